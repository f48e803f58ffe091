//! Asking for support to land in the partner city: a company member's own request, or staff
//! opening a case on behalf of a company of their city.

use super::common::{need_label, plan_label};
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::{PageError, PageResultExt, render};
use crate::form::{FieldErrors, FormData};
use crate::pages::opportunities::common::{Check, Opt, checks, field_errors};
use crate::pages::organisations::{Text, lang_label};
use crate::pages::partnerships::common::all_organisations;
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use city2city_app::AppError;
use city2city_domain::Lang;
use city2city_domain::accounts::Role;
use city2city_domain::cases::{CaseRequestInput, MAX_MESSAGE, MAX_TIMELINE, Need, Plan};

#[derive(Template)]
#[template(path = "cases/request.html")]
struct RequestPage {
    ctx: Ctx,
    title: String,
    /// Staff choose the company; a company member asks for its own.
    companies: Option<Vec<Opt>>,
    host_cities: Vec<Opt>,
    plans: Vec<Opt>,
    timeline: String,
    team_size: String,
    needs: Vec<Check>,
    message: String,
    langs: Vec<Opt>,
    max_message: usize,
    max_timeline: usize,
    errors: FieldErrors,
}

/// Whether the viewer asks for its own company (true) or acts for a company as staff (false).
fn asks_for_itself(ctx: &Ctx) -> Result<bool, AppError> {
    let p = ctx.principal().ok_or(AppError::Unauthenticated)?;
    if p.role() == Role::CompanyMember && p.org.as_ref().is_some_and(|o| !o.kind.is_public_body()) {
        Ok(true)
    } else if ctx.works_cases() {
        Ok(false)
    } else {
        Err(AppError::Forbidden)
    }
}

async fn page(
    state: &AppState,
    ctx: Ctx,
    input: &CaseRequestInput,
    errors: FieldErrors,
) -> Result<RequestPage, PageError> {
    let own = asks_for_itself(&ctx).page(&ctx)?;
    let cities = state.app.cities().await.page(&ctx)?;
    let home = ctx
        .principal()
        .and_then(|p| p.org.as_ref())
        .map(|o| o.city.clone());
    let companies = if own {
        None
    } else {
        let admin = ctx.is_admin();
        let mut list: Vec<Opt> = all_organisations(&state.app)
            .await
            .page(&ctx)?
            .into_iter()
            .filter(|o| !o.kind.is_public_body() && (admin || Some(&o.city) == home.as_ref()))
            .map(|o| {
                let name = Text::of(&o.name, ctx.lang).text;
                Opt::new(
                    &o.slug,
                    name,
                    input.company.as_deref() == Some(o.slug.as_str()),
                )
            })
            .collect();
        list.sort_by(|a, b| a.label.cmp(&b.label));
        Some(list)
    };
    let mut host_cities: Vec<Opt> = cities
        .iter()
        .filter(|c| !own || home.as_ref() != Some(&c.slug))
        .map(|c| {
            Opt::new(
                &c.slug,
                Text::of(&c.name, ctx.lang).text,
                input.host_city == c.slug,
            )
        })
        .collect();
    host_cities.sort_by(|a, b| a.label.cmp(&b.label));
    let lang = Lang::parse(&input.lang).unwrap_or(ctx.lang);
    Ok(RequestPage {
        title: ctx.t("case-request-title"),
        companies,
        host_cities,
        plans: Plan::ALL
            .iter()
            .map(|p| Opt::new(p.code(), plan_label(&ctx, *p), input.plan == p.code()))
            .collect(),
        timeline: input.timeline.clone().unwrap_or_default(),
        team_size: input.team_size.clone().unwrap_or_default(),
        needs: checks(
            "needs",
            Need::ALL
                .iter()
                .map(|n| {
                    (
                        n.code().to_string(),
                        need_label(&ctx, *n),
                        input.needs.iter().any(|x| x == n.code()),
                    )
                })
                .collect(),
        ),
        message: input.message.clone(),
        langs: Lang::ALL
            .iter()
            .map(|l| Opt::new(l.code(), lang_label(&ctx, *l), *l == lang))
            .collect(),
        max_message: MAX_MESSAGE,
        max_timeline: MAX_TIMELINE,
        errors,
        ctx,
    })
}

pub(super) async fn form(State(state): State<AppState>, ctx: Ctx) -> Result<Response, PageError> {
    let p = page(
        &state,
        ctx,
        &CaseRequestInput::default(),
        FieldErrors::default(),
    )
    .await?;
    Ok(render(&p))
}

pub(super) async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    form: FormData,
) -> Result<Response, PageError> {
    let own = asks_for_itself(&ctx).page(&ctx)?;
    let input = CaseRequestInput {
        company: if own { None } else { form.opt("company") },
        host_city: form.get("host_city").to_string(),
        plan: form.get("plan").to_string(),
        timeline: form.opt("timeline"),
        team_size: form.opt("team_size"),
        needs: form.all("needs"),
        message: form.get("message").to_string(),
        lang: form.get("lang").to_string(),
    };
    match state.app.open_case(ctx.principal(), input.clone()).await {
        Ok(v) => Ok(Redirect::to(&format!("/cases/{}?done=opened", v.case.id)).into_response()),
        Err(AppError::Validation(v)) => {
            let errors = field_errors(&ctx, v, |_| None);
            let p = page(&state, ctx, &input, errors).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&p)).into_response())
        }
        Err(e) => Err(e).page(&ctx),
    }
}
