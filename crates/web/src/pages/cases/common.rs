//! What the case pages share: labels of the case vocabularies in the page language and a case
//! as a card of the board.

use crate::ctx::Ctx;
use crate::pages::organisations::{Text, city_text, sector_label};
use crate::pages::partnerships::common::When;
use city2city_app::cases::CaseView;
use city2city_domain::cases::{ActivityKind, DropReason, Need, Plan, Stage};
use city2city_domain::cities::City;

pub(super) fn stage_label(ctx: &Ctx, s: Stage) -> String {
    ctx.t(&format!("case-stage-{}", s.code()))
}

pub(super) fn plan_label(ctx: &Ctx, p: Plan) -> String {
    ctx.t(&format!("case-plan-{}", p.code()))
}

pub(super) fn need_label(ctx: &Ctx, n: Need) -> String {
    ctx.t(&format!("case-need-{}", n.code()))
}

pub(super) fn drop_label(ctx: &Ctx, r: DropReason) -> String {
    ctx.t(&format!("case-drop-{}", r.code()))
}

pub(super) fn activity_label(ctx: &Ctx, k: ActivityKind) -> String {
    ctx.t(&format!("case-activity-{}", k.code()))
}

/// What a history entry says happened, by its kind (a move, the referral, a note…).
pub(super) fn event_label(ctx: &Ctx, kind: &str) -> String {
    match kind {
        "opened" | "qualify" | "refer" | "start" | "establish" | "aftercare" | "close" | "drop"
        | "manager" | "note" | "call" | "meeting" | "email" | "playbook" | "pack"
        | "intro_requested" | "intro_made" | "intro_met" | "intro_outcome" | "step_done"
        | "step_undone" | "file_added" | "file_removed" => {
            ctx.t(&format!("case-event-{}", kind.replace('_', "-")))
        }
        other => other.to_string(),
    }
}

/// Who acted on a case: the home city's agency, the host city's or the company.
pub(super) fn side_label(ctx: &Ctx, side: &str) -> String {
    match side {
        "home" | "host" | "company" => ctx.t(&format!("case-side-{side}")),
        other => other.to_string(),
    }
}

/// A case as a card of the board (and of a company's list).
pub(super) struct CaseCard {
    pub id: i64,
    pub company: Text,
    pub home_city: Text,
    pub host_city: Text,
    pub plan: String,
    pub sectors: Vec<String>,
    pub managers: Vec<String>,
    pub opened: When,
    pub overdue: bool,
    /// Checklist steps done and in all (0 of 0: no playbook applied yet).
    pub steps_done: u32,
    pub steps_total: u32,
    pub percent: u32,
    /// "3 of 10 steps done".
    pub progress_text: String,
}

impl CaseCard {
    pub fn of(ctx: &Ctx, v: &CaseView, cities: &[City]) -> CaseCard {
        let c = &v.case;
        CaseCard {
            id: c.id,
            company: Text::of(&c.company_name, ctx.lang),
            home_city: city_text(cities, &c.home_city, ctx.lang),
            host_city: city_text(cities, &c.host_city, ctx.lang),
            plan: plan_label(ctx, c.plan),
            sectors: c.sectors.iter().map(|s| sector_label(ctx, s)).collect(),
            managers: c
                .home_manager
                .iter()
                .chain(c.host_manager.iter())
                .map(|m| m.name.clone())
                .collect(),
            opened: When::date(ctx.lang, c.opened_at.date()),
            overdue: v.overdue,
            steps_done: c.checklist.done,
            steps_total: c.checklist.total,
            percent: c.checklist.percent(),
            progress_text: steps_text(ctx, c.checklist),
        }
    }
}

/// "3 of 10 steps done", in the page language.
pub(super) fn steps_text(ctx: &Ctx, p: city2city_domain::playbooks::Progress) -> String {
    crate::i18n::t_args(
        ctx.lang,
        "case-steps-progress",
        &[("done", p.done.to_string()), ("total", p.total.to_string())],
    )
}
