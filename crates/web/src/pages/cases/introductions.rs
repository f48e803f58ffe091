//! Introductions on a case's page: to whom the company is being introduced and how far it got,
//! the buttons that move each on, and the form to introduce it to a contact of the directory.

use super::detail::{Typed, answer, parse_id};
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::PageError;
use crate::form::FormData;
use crate::pages::contacts::kind_label;
use crate::pages::opportunities::common::Opt;
use crate::pages::partnerships::common::When;
use axum::extract::{Path, State};
use axum::response::Response;
use city2city_app::cases::CaseDetail;
use city2city_domain::contacts::{IntroStatus, IntroStepInput, IntroduceInput};

pub(super) struct IntroView {
    pub id: i64,
    pub contact: String,
    pub name: String,
    pub organisation: Option<String>,
    pub kind: String,
    pub status_code: &'static str,
    pub status: String,
    pub outcome: Option<String>,
    pub since: When,
    /// The statuses it may move to, as (code, button label).
    pub next: Vec<(&'static str, String)>,
}

pub(super) struct IntrosView {
    pub list: Vec<IntroView>,
    pub choices: Vec<Opt>,
    /// The viewer may move introductions on (agency staff).
    pub can_advance: bool,
}

pub(super) fn status_label(ctx: &Ctx, s: IntroStatus) -> String {
    ctx.t(&format!("intro-status-{}", s.code()))
}

impl IntrosView {
    pub fn of(ctx: &Ctx, d: &CaseDetail) -> IntrosView {
        let agency = matches!(d.view.viewer.as_str(), "home" | "host" | "admin");
        let open = d.can_tick;
        IntrosView {
            list: d
                .introductions
                .iter()
                .map(|i| IntroView {
                    id: i.id,
                    contact: i.contact.clone(),
                    name: i.contact_name.clone(),
                    organisation: i.contact_organisation.clone(),
                    kind: kind_label(ctx, i.contact_kind),
                    status_code: i.status.code(),
                    status: status_label(ctx, i.status),
                    outcome: i.outcome.clone(),
                    since: When::instant(ctx.lang, i.updated_at),
                    next: if agency && open {
                        i.status
                            .next()
                            .iter()
                            .map(|s| (s.code(), ctx.t(&format!("intro-move-{}", s.code()))))
                            .collect()
                    } else {
                        vec![]
                    },
                })
                .collect(),
            choices: d
                .contact_choices
                .iter()
                .map(|c| {
                    let mut label = format!("{} – {}", c.name, kind_label(ctx, c.kind));
                    if let Some(o) = &c.organisation {
                        label = format!("{} ({o}) – {}", c.name, kind_label(ctx, c.kind));
                    }
                    if !c.consent {
                        label = format!("{label} – {}", ctx.t("contact-consent-no"));
                    }
                    Opt::new(&c.slug, label, false)
                })
                .collect(),
            can_advance: agency && open,
        }
    }
}

pub(super) async fn introduce(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    form: FormData,
) -> Result<Response, PageError> {
    let id = parse_id(&ctx, &id)?;
    let input = IntroduceInput {
        contact: form.get("contact").to_string(),
    };
    let result = state.app.introduce(ctx.principal(), id, input).await;
    answer(
        &state,
        ctx,
        id,
        result,
        "introduction",
        Typed::default(),
        |_| Some("contact".into()),
    )
    .await
}

pub(super) async fn advance(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, intro)): Path<(String, String)>,
    form: FormData,
) -> Result<Response, PageError> {
    let id = parse_id(&ctx, &id)?;
    let intro = parse_id(&ctx, &intro)?;
    let input = IntroStepInput {
        status: form.get("status").to_string(),
        // The outcome's text area is named after the introduction (one form per introduction).
        outcome: form
            .opt(&format!("outcome-{intro}"))
            .or_else(|| form.opt("outcome")),
    };
    let typed = Typed {
        text: form.get(&format!("outcome-{intro}")).to_string(),
        ..Typed::default()
    };
    let result = state
        .app
        .advance_introduction(ctx.principal(), id, intro, input)
        .await;
    let field = format!("outcome-{intro}");
    answer(&state, ctx, id, result, "introduction", typed, move |_| {
        Some(field.clone())
    })
    .await
}
