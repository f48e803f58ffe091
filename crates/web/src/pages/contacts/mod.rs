//! The contact directory for agency staff: the list with filters (`list`), one contact (`show`)
//! and the editor (`edit`).

mod edit;
mod list;
mod show;

use crate::AppState;
use crate::ctx::Ctx;
use axum::Router;
use axum::routing::get;
use city2city_domain::contacts::ContactKind;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/contacts", get(list::list).post(edit::create))
        .route("/contacts/new", get(edit::new_form))
        .route("/contacts/{slug}", get(show::show))
        .route(
            "/contacts/{slug}/edit",
            get(edit::edit_form).post(edit::update),
        )
}

pub(in crate::pages) fn kind_label(ctx: &Ctx, k: ContactKind) -> String {
    ctx.t(&format!("contact-kind-{}", k.code().replace('_', "-")))
}
