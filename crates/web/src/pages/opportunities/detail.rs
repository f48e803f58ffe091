//! One opportunity's page: the profile, its owner (or the note that it is anonymous), the
//! lifecycle buttons the viewer may press, the expression-of-interest form, its matching
//! partners (the suggested matches for the staff validating it), and deleting a draft after a
//! confirmation.

use super::common::{ContactView, ProfileView, field_errors, interest_status_label};
use super::matches::MatchesSection;
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::{PageError, PageResultExt, render};
use crate::form::{FieldErrors, FormData};
use crate::pages::organisations::{Params, Text, city_text};
use crate::pages::partnerships::common::{When, iso_date};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use city2city_app::opportunities::{OpportunityView, Permissions};
use city2city_app::{App, AppError, policy};
use city2city_domain::Validation;
use city2city_domain::opportunities::Transition;
use city2city_domain::opportunities::interests::InterestInput;

/// The owner, for those who may know it.
struct OwnerView {
    slug: String,
    name: Text,
    city: Text,
    contact: Option<ContactView>,
}

/// The viewer's organisation's expression of interest in it.
struct MyInterest {
    id: i64,
    status_code: &'static str,
    status: String,
    sent: When,
}

/// What a failed form on the page brings back: its errors and what was typed.
#[derive(Default)]
struct Typed {
    errors: FieldErrors,
    message: String,
    contribution: String,
    comment: String,
    renew_until: String,
}

#[derive(Template)]
#[template(path = "opportunities/detail.html")]
struct DetailPage {
    ctx: Ctx,
    title: String,
    title_lang: String,
    notice: Option<String>,
    reference: String,
    profile: ProfileView,
    owner: Option<OwnerView>,
    staff_comment: Option<String>,
    can: Permissions,
    has_actions: bool,
    my_interest: Option<MyInterest>,
    /// The author's side: a link to the expressions of interest received.
    author: bool,
    /// A signed-in visitor who cannot express interest in a published one (to say why).
    interest_hint: Option<String>,
    /// Its matching partners; `None` when they could not be computed.
    matches: Option<MatchesSection>,
    today: String,
    errors: FieldErrors,
    message: String,
    contribution: String,
    comment: String,
    renew_until: String,
}

/// Matches shown on the page.
const MATCHES_SHOWN: usize = 5;
/// Matches asked for, so that enough remain once those without a reason are left out.
const MATCHES_ASKED: usize = 10;

const DONE: &[&str] = &[
    "created",
    "saved",
    "submitted",
    "returned",
    "published",
    "withdrawn",
    "fulfilled",
    "renewed",
    "interest",
];

async fn page(
    app: &App,
    ctx: Ctx,
    view: OpportunityView,
    notice: Option<String>,
    typed: Typed,
) -> Result<DetailPage, PageError> {
    let cities = app.cities().await.page(&ctx)?;
    let o = &view.opportunity;
    let author = view.can.edit || view.can.withdraw || view.can.submit || view.can.delete;
    let staff = ctx.signed_in() && policy::validate_opportunity(ctx.principal(), &o.city).is_ok();
    let profile = ProfileView::of(&ctx, o, &cities, 2, !o.is_public() || author || staff);
    let owner = view.owner.as_ref().map(|w| OwnerView {
        slug: w.slug.clone(),
        name: Text::of(&w.name, ctx.lang),
        city: city_text(&cities, &w.city, ctx.lang),
        contact: w.contact.as_ref().map(|c| ContactView::of(&ctx, c)),
    });
    let my_interest = view.my_interest.as_ref().map(|i| MyInterest {
        id: i.interest.id,
        status_code: i.interest.status.code(),
        status: interest_status_label(&ctx, i.interest.status),
        sent: When::instant(ctx.lang, i.interest.created_at),
    });
    let can = view.can;
    let interest_hint = (ctx.signed_in()
        && o.is_public()
        && !can.express_interest
        && !author
        && my_interest.is_none()
        && !ctx.authors_opportunities())
    .then(|| ctx.t("opp-interest-members-only"));
    // Matches help, but never at the cost of the page: a failure is logged and leaves them out.
    let matches = match app
        .matches(ctx.principal(), &o.reference, MATCHES_ASKED)
        .await
    {
        Ok(found) => {
            let mut section = MatchesSection::of(
                &ctx,
                &found,
                o.kind,
                &o.target_cities,
                &cities,
                can.validate,
            );
            section.items.truncate(MATCHES_SHOWN);
            Some(section)
        }
        Err(e) => {
            tracing::warn!(error = %e, reference = %o.reference, "matches not shown");
            None
        }
    };
    let title = profile.main.title.clone();
    Ok(DetailPage {
        title_lang: profile.main.lang.code().to_string(),
        title,
        notice,
        reference: o.reference.clone(),
        staff_comment: o.staff_comment.clone().filter(|c| !c.trim().is_empty()),
        has_actions: can.edit
            || can.submit
            || can.validate
            || can.withdraw
            || can.fulfil
            || can.renew
            || can.delete,
        renew_until: if typed.renew_until.is_empty() {
            // A year more, within the two years allowed.
            let limit = App::today() + time::Duration::days(730);
            iso_date((o.valid_until + time::Duration::days(365)).min(limit))
        } else {
            typed.renew_until
        },
        profile,
        owner,
        can,
        my_interest,
        author,
        interest_hint,
        matches,
        today: iso_date(App::today()),
        errors: typed.errors,
        message: typed.message,
        contribution: typed.contribution,
        comment: typed.comment,
        ctx,
    })
}

pub(super) async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(reference): Path<String>,
    Query(params): Query<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let params = Params(params);
    let view = state
        .app
        .opportunity_view(ctx.principal(), &reference)
        .await
        .page(&ctx)?;
    let notice = params.notice(&ctx, "opp", DONE);
    let page = page(&state.app, ctx, view, notice, Typed::default()).await?;
    Ok(render(&page))
}

/// A failed form: the page again with the errors, or an error page for anything else.
async fn again(
    state: &AppState,
    ctx: Ctx,
    reference: &str,
    e: AppError,
    mut typed: Typed,
) -> Result<Response, PageError> {
    let (status, errors) = match e {
        AppError::Validation(v) => (
            StatusCode::UNPROCESSABLE_ENTITY,
            field_errors(&ctx, v, |f| match f {
                // A refused move is about the opportunity's state: shown at the actions.
                "status" | "action" | "opportunity" => Some("actions".into()),
                "valid_until" => Some("renew_until".into()),
                _ => None,
            }),
        ),
        AppError::Conflict { .. } => (
            StatusCode::CONFLICT,
            FieldErrors::single("message", ctx.t("opp-error-interest-open")),
        ),
        AppError::RateLimited { .. } => (
            StatusCode::TOO_MANY_REQUESTS,
            FieldErrors::single("message", ctx.t("opp-error-interest-limit")),
        ),
        e => return Err(e).page(&ctx),
    };
    typed.errors = errors;
    let view = state
        .app
        .opportunity_view(ctx.principal(), reference)
        .await
        .page(&ctx)?;
    let page = page(&state.app, ctx, view, None, typed).await?;
    Ok((status, render(&page)).into_response())
}

/// A lifecycle move from the page's buttons: submit, withdraw, fulfil, renew (with a date),
/// publish, return (with a comment).
pub(super) async fn move_it(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(reference): Path<String>,
    form: FormData,
) -> Result<Response, PageError> {
    let action = form.get("action").to_string();
    let typed = Typed {
        comment: form.get("comment").to_string(),
        renew_until: form.get("valid_until").to_string(),
        ..Typed::default()
    };
    let t = match Transition::from_request(
        &action,
        form.opt("comment").as_deref(),
        form.opt("valid_until").as_deref(),
    ) {
        Ok(t) => t,
        Err(v) => return again(&state, ctx, &reference, v.into(), typed).await,
    };
    let done = match &t {
        Transition::Submit => "submitted",
        Transition::Return { .. } => "returned",
        Transition::Publish => "published",
        Transition::Withdraw => "withdrawn",
        Transition::Fulfil => "fulfilled",
        Transition::Renew { .. } => "renewed",
        Transition::Expire => "saved",
    };
    match state
        .app
        .move_opportunity(ctx.principal(), &reference, t)
        .await
    {
        Ok(o) => Ok(Redirect::to(&format!(
            "/opportunities/{}?done={done}",
            urlencoding::encode(&o.reference)
        ))
        .into_response()),
        Err(e) => again(&state, ctx, &reference, e, typed).await,
    }
}

/// Sends an expression of interest for the viewer's organisation.
pub(super) async fn express(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(reference): Path<String>,
    form: FormData,
) -> Result<Response, PageError> {
    let typed = Typed {
        message: form.get("message").to_string(),
        contribution: form.get("contribution").to_string(),
        ..Typed::default()
    };
    let input = InterestInput {
        message: typed.message.clone(),
        contribution: typed.contribution.clone(),
    };
    match state
        .app
        .express_interest(ctx.principal(), &reference, input)
        .await
    {
        Ok(_) => Ok(Redirect::to(&format!(
            "/opportunities/{}?done=interest#my-interest",
            urlencoding::encode(&reference)
        ))
        .into_response()),
        Err(e) => again(&state, ctx, &reference, e, typed).await,
    }
}

// ---------------------------------------------------------------------------------------------
// Deleting a draft.

#[derive(Template)]
#[template(path = "opportunities/delete.html")]
struct DeletePage {
    ctx: Ctx,
    title: String,
    reference: String,
    name: Text,
    error: Option<String>,
}

fn delete_page(ctx: Ctx, view: &OpportunityView, error: Option<String>) -> DeletePage {
    let o = &view.opportunity;
    let (lang, title, _, _) = o.texts(ctx.lang);
    DeletePage {
        title: ctx.t("opp-delete-title"),
        reference: o.reference.clone(),
        name: Text::in_lang(title, lang, ctx.lang),
        error,
        ctx,
    }
}

pub(super) async fn delete_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(reference): Path<String>,
) -> Result<Response, PageError> {
    let view = state
        .app
        .opportunity_view(ctx.principal(), &reference)
        .await
        .page(&ctx)?;
    if !view.can.delete {
        let e = if ctx.signed_in() {
            AppError::Forbidden
        } else {
            AppError::Unauthenticated
        };
        return Err(e).page(&ctx);
    }
    Ok(render(&delete_page(ctx, &view, None)))
}

pub(super) async fn delete(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(reference): Path<String>,
    _form: FormData,
) -> Result<Response, PageError> {
    match state
        .app
        .delete_opportunity(ctx.principal(), &reference)
        .await
    {
        Ok(()) => Ok(Redirect::to("/opportunities/mine?done=deleted").into_response()),
        Err(AppError::Validation(v)) => {
            let view = state
                .app
                .opportunity_view(ctx.principal(), &reference)
                .await
                .page(&ctx)?;
            let message = first_message(&ctx, &v);
            let page = delete_page(ctx, &view, Some(message));
            Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)).into_response())
        }
        Err(e) => Err(e).page(&ctx),
    }
}

fn first_message(ctx: &Ctx, v: &Validation) -> String {
    FieldErrors::from_validation(ctx, v)
        .summary
        .into_iter()
        .next()
        .map(|(_, m)| m)
        .unwrap_or_else(|| ctx.t("error-invalid"))
}
