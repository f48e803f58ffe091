//! A case's checklist on its page: the steps the applied playbooks made, who does each, what it
//! waits for, who ticked it; the tick buttons and the form to apply a host-city playbook.

use super::detail::{Typed, answer, parse_id};
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::PageError;
use crate::form::FormData;
use crate::pages::opportunities::common::Opt;
use crate::pages::organisations::Text;
use crate::pages::partnerships::common::When;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use city2city_app::cases::CaseDetail;
use city2city_domain::playbooks::{ApplyInput, Progress, Responsible};

pub(in crate::pages) fn responsible_label(ctx: &Ctx, r: Responsible) -> String {
    ctx.t(&format!("playbook-responsible-{}", r.code()))
}

/// Typical duration as words: "about 5 working days".
pub(in crate::pages) fn duration_label(ctx: &Ctx, days: Option<u32>) -> Option<String> {
    days.map(|d| ctx.ta("playbook-duration", "days", &d.to_string()))
}

pub(super) struct StepView {
    pub id: i64,
    pub number: u32,
    pub title: Text,
    /// Rendered from the step's Markdown.
    pub description_html: String,
    pub description_lang: String,
    pub responsible: String,
    pub duration: Option<String>,
    /// "1, 2": the step numbers it waits for.
    pub waits_for: String,
    /// Some step it waits for is not done yet.
    pub waiting: bool,
    pub done: bool,
    pub done_at: Option<When>,
    pub done_by: Option<Text>,
}

pub(super) struct ChecklistView {
    pub steps: Vec<StepView>,
    pub progress: Progress,
    pub percent: u32,
    pub progress_text: String,
    pub can_tick: bool,
    /// Playbooks the viewer may apply now.
    pub choices: Vec<Opt>,
}

impl ChecklistView {
    pub fn of(ctx: &Ctx, d: &CaseDetail) -> ChecklistView {
        let lang = ctx.lang;
        let done = |n: u32| {
            d.checklist
                .iter()
                .any(|s| s.number == n && s.done_at.is_some())
        };
        let progress = d.view.case.checklist;
        ChecklistView {
            steps: d
                .checklist
                .iter()
                .map(|s| StepView {
                    id: s.id,
                    number: s.number,
                    title: Text::of(&s.step.title, lang),
                    description_html: crate::markdown::to_html(s.step.description.get(lang), 4),
                    description_lang: s.step.description.lang_of(lang).code().to_string(),
                    responsible: responsible_label(ctx, s.step.responsible),
                    duration: duration_label(ctx, s.step.duration_days),
                    waits_for: s
                        .waits_for
                        .iter()
                        .map(u32::to_string)
                        .collect::<Vec<_>>()
                        .join(", "),
                    waiting: s.done_at.is_none() && s.waits_for.iter().any(|n| !done(*n)),
                    done: s.done_at.is_some(),
                    done_at: s.done_at.map(|t| When::instant(lang, t)),
                    done_by: s.done_by.as_deref().map(|a| Text::guess(a, lang)),
                })
                .collect(),
            progress,
            percent: progress.percent(),
            progress_text: super::common::steps_text(ctx, progress),
            can_tick: d.can_tick,
            choices: d
                .playbook_choices
                .iter()
                .map(|c| {
                    Opt::new(
                        &c.slug,
                        ctx.ta(
                            "playbook-choice",
                            "title",
                            &format!("{} (v{})", c.title.get(lang), c.version),
                        ),
                        false,
                    )
                })
                .collect(),
        }
    }
}

pub(super) async fn apply(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    form: FormData,
) -> Result<Response, PageError> {
    let id = parse_id(&ctx, &id)?;
    let input = ApplyInput {
        playbook: form.get("playbook").to_string(),
    };
    let result = state.app.apply_playbook(ctx.principal(), id, input).await;
    answer(
        &state,
        ctx,
        id,
        result,
        "playbook",
        Typed::default(),
        |_| Some("playbook".into()),
    )
    .await
}

pub(super) async fn tick(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, step)): Path<(String, String)>,
    form: FormData,
) -> Result<Response, PageError> {
    let id = parse_id(&ctx, &id)?;
    let result = match step.parse::<i64>() {
        Ok(step) => {
            let done = form.get("done") != "false";
            let ticked = state
                .app
                .tick_case_step(ctx.principal(), id, step, done)
                .await;
            if ticked.is_ok() {
                // Back to the step just ticked, so ticking several in a row keeps one's place.
                return Ok(
                    Redirect::to(&format!("/cases/{id}?done=step#step-{step}")).into_response()
                );
            }
            ticked
        }
        Err(_) => Err(city2city_domain::Validation::single(
            "step",
            "not-on-case",
            "that step is not on this case's checklist",
        )
        .into()),
    };
    answer(&state, ctx, id, result, "step", Typed::default(), |_| {
        Some("checklist".into())
    })
    .await
}
