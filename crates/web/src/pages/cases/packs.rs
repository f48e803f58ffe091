//! The information packs on a case's page: those sent, and the form to send one.

use super::detail::{Typed, answer, parse_id};
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::PageError;
use crate::form::FormData;
use crate::pages::opportunities::common::Opt;
use crate::pages::organisations::{Text, lang_label};
use crate::pages::partnerships::common::When;
use axum::extract::{Path, State};
use axum::response::Response;
use city2city_app::cases::CaseDetail;
use city2city_domain::packs::SendPackInput;

pub(super) struct SentPackView {
    pub slug: String,
    pub title: String,
    pub lang: String,
    pub lang_name: String,
    pub sent: When,
    pub by: Option<Text>,
}

pub(super) struct PacksView {
    pub sent: Vec<SentPackView>,
    pub choices: Vec<Opt>,
}

impl PacksView {
    pub fn of(ctx: &Ctx, d: &CaseDetail) -> PacksView {
        PacksView {
            sent: d
                .packs
                .iter()
                .map(|p| SentPackView {
                    slug: p.slug.clone(),
                    title: p.title.clone(),
                    lang: p.lang.code().to_string(),
                    lang_name: lang_label(ctx, p.lang),
                    sent: When::instant(ctx.lang, p.sent_at),
                    by: p.sent_by.as_deref().map(|b| Text::guess(b, ctx.lang)),
                })
                .collect(),
            choices: d
                .pack_choices
                .iter()
                .map(|c| {
                    Opt::new(
                        &c.slug,
                        format!("{} ({})", c.title, lang_label(ctx, c.lang)),
                        false,
                    )
                })
                .collect(),
        }
    }
}

pub(super) async fn send(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    form: FormData,
) -> Result<Response, PageError> {
    let id = parse_id(&ctx, &id)?;
    let input = SendPackInput {
        pack: form.get("pack").to_string(),
    };
    let result = state.app.send_pack(ctx.principal(), id, input).await;
    answer(&state, ctx, id, result, "pack", Typed::default(), |_| {
        Some("pack".into())
    })
    .await
}
