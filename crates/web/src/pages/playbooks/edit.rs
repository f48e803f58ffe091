//! The playbook editor: the first version of a new playbook, or a new version of one. Steps are
//! rows of one form (no script needed): the existing steps, then a few spare rows; a row can be
//! removed, and the step numbers other steps wait for follow the rows that remain.

use crate::AppState;
use crate::ctx::Ctx;
use crate::error::{PageError, PageResultExt, render};
use crate::form::{FieldErrors, FormData};
use crate::pages::cases::responsible_label;
use crate::pages::opportunities::common::Opt;
use crate::pages::organisations::{Text, lang_label};
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use city2city_app::AppError;
use city2city_app::playbooks::{NewPlaybookInput, PlaybookView, RevisionInput};
use city2city_domain::playbooks::{
    MAX_DESCRIPTION, MAX_STEP_TITLE, MAX_STEPS, MAX_SUMMARY, MAX_TITLE, PlaybookInput, Responsible,
    StepInput,
};
use city2city_domain::{Lang, Localized};

/// Empty rows offered after the steps, for adding new ones.
const SPARE_ROWS: usize = 3;

/// One language's input of a text given in several languages.
pub(super) struct LangInput {
    pub id: String,
    pub code: &'static str,
    pub name: String,
    pub value: String,
}

/// A text in the three languages: a fieldset with one input per language, the page's first.
pub(super) struct LocalizedField {
    pub id: String,
    pub legend: String,
    pub inputs: Vec<LangInput>,
    pub area: bool,
    pub max: usize,
}

impl LocalizedField {
    fn new(ctx: &Ctx, id: &str, legend: String, value: &Localized, area: bool, max: usize) -> Self {
        let mut langs = vec![ctx.lang];
        langs.extend(Lang::ALL.into_iter().filter(|l| *l != ctx.lang));
        LocalizedField {
            id: id.to_string(),
            legend,
            inputs: langs
                .into_iter()
                .map(|l| LangInput {
                    id: format!("{id}-{}", l.code()),
                    code: l.code(),
                    name: lang_label(ctx, l),
                    value: value.get_exact(l).unwrap_or("").to_string(),
                })
                .collect(),
            area,
            max,
        }
    }
}

pub(super) struct StepRow {
    pub n: usize,
    pub existing: bool,
    pub title: LocalizedField,
    pub description: LocalizedField,
    pub responsible: Vec<Opt>,
    pub duration: String,
    pub depends_on: String,
}

#[derive(Template)]
#[template(path = "playbooks/edit.html")]
struct EditPage {
    ctx: Ctx,
    title: String,
    /// Where the form goes: /playbooks or /playbooks/{slug}/edit.
    action: String,
    /// Back link: the list, or the playbook.
    back: String,
    is_new: bool,
    base_version: u32,
    cities: Vec<Opt>,
    pb_title: LocalizedField,
    summary: LocalizedField,
    last_reviewed: String,
    steps: Vec<StepRow>,
    count: usize,
    errors: FieldErrors,
}

fn localized(form: &FormData, id: &str) -> Localized {
    Localized::new(
        form.opt(&format!("{id}-bg")),
        form.opt(&format!("{id}-de")),
        form.opt(&format!("{id}-en")),
    )
}

/// The playbook as typed: removed and blank rows dropped, dependencies renumbered to match.
fn read(form: &FormData) -> PlaybookInput {
    let count = form
        .get("count")
        .trim()
        .parse::<usize>()
        .unwrap_or(0)
        .min(MAX_STEPS + SPARE_ROWS * 4);
    let mut kept: Vec<(u32, StepInput)> = Vec::new();
    for n in 1..=count {
        let f = |x: &str| format!("steps.{n}.{x}");
        let step = StepInput {
            title: localized(form, &f("title")),
            description: localized(form, &f("description")),
            responsible: form.get(&f("responsible")).trim().to_string(),
            duration_days: form.opt(&f("duration_days")),
            depends_on: form.get(&f("depends_on")).to_string(),
        };
        if !form.checked(&f("remove")) && !step.is_blank() {
            kept.push((n as u32, step));
        }
    }
    let new_number = |old: u32| {
        kept.iter()
            .position(|(n, _)| *n == old)
            .map(|i| i as u32 + 1)
    };
    let renumbered: Vec<String> = kept
        .iter()
        .map(|(_, s)| {
            s.depends_on
                .split([',', ' ', ';'])
                .filter(|t| !t.is_empty())
                .filter_map(|t| match t.trim_start_matches('#').parse::<u32>() {
                    Ok(old) => match new_number(old) {
                        Some(n) => Some(n.to_string()),
                        // A removed row: nothing to wait for any more.
                        None if old >= 1 && old as usize <= count => None,
                        None => Some(t.to_string()),
                    },
                    Err(_) => Some(t.to_string()),
                })
                .collect::<Vec<_>>()
                .join(", ")
        })
        .collect();
    PlaybookInput {
        title: localized(form, "title"),
        summary: localized(form, "summary"),
        last_reviewed: form.get("last_reviewed").trim().to_string(),
        steps: kept
            .into_iter()
            .zip(renumbered)
            .map(|((_, mut s), deps)| {
                s.depends_on = deps;
                s
            })
            .collect(),
    }
}

fn responsible_opts(ctx: &Ctx, chosen: &str) -> Vec<Opt> {
    Responsible::ALL
        .iter()
        .map(|r| Opt::new(r.code(), responsible_label(ctx, *r), chosen == r.code()))
        .collect()
}

fn step_row(ctx: &Ctx, n: usize, s: &StepInput, existing: bool) -> StepRow {
    let id = |x: &str| format!("steps.{n}.{x}");
    StepRow {
        n,
        existing,
        title: LocalizedField::new(
            ctx,
            &id("title"),
            ctx.t("playbook-field-step-title"),
            &s.title,
            false,
            MAX_STEP_TITLE,
        ),
        description: LocalizedField::new(
            ctx,
            &id("description"),
            ctx.t("playbook-field-description"),
            &s.description,
            true,
            MAX_DESCRIPTION,
        ),
        responsible: responsible_opts(ctx, &s.responsible),
        duration: s.duration_days.clone().unwrap_or_default(),
        depends_on: s.depends_on.clone(),
    }
}

/// Error messages of the summary name the field (and the step) they are about.
fn label_errors(ctx: &Ctx, errors: FieldErrors) -> FieldErrors {
    errors.labelled(
        |field| match field.split('.').collect::<Vec<_>>().as_slice() {
            ["steps", n, f] => Some(format!(
                "{} – {}",
                ctx.ta("playbook-step-n", "number", n),
                ctx.t(&format!("playbook-field-step-{}", f.replace('_', "-")))
            )),
            [f] => Some(ctx.t(&format!("playbook-field-{}", f.replace('_', "-")))),
            _ => None,
        },
    )
}

struct Target {
    is_new: bool,
    slug: Option<String>,
    base_version: u32,
    city: String,
}

async fn page(
    state: &AppState,
    ctx: Ctx,
    target: Target,
    input: &PlaybookInput,
    errors: FieldErrors,
) -> Result<EditPage, PageError> {
    let cities = state.app.cities().await.page(&ctx)?;
    let writable: Vec<Opt> = cities
        .iter()
        .filter(|c| city2city_app::policy::may_write_playbook(ctx.principal(), &c.slug))
        .map(|c| {
            Opt::new(
                &c.slug,
                Text::of(&c.name, ctx.lang).text,
                c.slug == target.city,
            )
        })
        .collect();
    let mut steps: Vec<StepRow> = input
        .steps
        .iter()
        .enumerate()
        .map(|(i, s)| step_row(&ctx, i + 1, s, true))
        .collect();
    let spare = StepInput::default();
    for _ in 0..SPARE_ROWS {
        let n = steps.len() + 1;
        if n > MAX_STEPS {
            break;
        }
        steps.push(step_row(&ctx, n, &spare, false));
    }
    let (title, action, back) = match &target.slug {
        Some(slug) => (
            ctx.ta("playbook-edit-title", "version", &(target.base_version + 1)),
            format!("/playbooks/{slug}/edit"),
            format!("/playbooks/{slug}"),
        ),
        None => (
            ctx.t("playbook-new-title"),
            "/playbooks".to_string(),
            "/playbooks".to_string(),
        ),
    };
    Ok(EditPage {
        title,
        action,
        back,
        is_new: target.is_new,
        base_version: target.base_version,
        cities: writable,
        pb_title: LocalizedField::new(
            &ctx,
            "title",
            ctx.t("playbook-field-title"),
            &input.title,
            false,
            MAX_TITLE,
        ),
        summary: LocalizedField::new(
            &ctx,
            "summary",
            ctx.t("playbook-field-summary"),
            &input.summary,
            true,
            MAX_SUMMARY,
        ),
        last_reviewed: input.last_reviewed.clone(),
        count: steps.len(),
        steps,
        errors: label_errors(&ctx, errors),
        ctx,
    })
}

/// A failed save: the form again with what was typed and why it failed.
async fn again(
    state: &AppState,
    ctx: Ctx,
    target: Target,
    input: &PlaybookInput,
    e: AppError,
) -> Result<Response, PageError> {
    let errors = match e {
        AppError::Validation(v) => FieldErrors::from_validation(&ctx, &v),
        AppError::Conflict { field, message } => FieldErrors::single(
            if field == "version" {
                "version"
            } else {
                "title"
            },
            crate::i18n::field_error(ctx.lang, "stale-version", &message),
        ),
        e => return Err(e).page(&ctx),
    };
    let p = page(state, ctx, target, input, errors).await?;
    Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&p)).into_response())
}

fn saved(view: &PlaybookView, done: &str) -> Response {
    Redirect::to(&format!(
        "/playbooks/{}?done={done}#notice",
        view.playbook.slug
    ))
    .into_response()
}

pub(super) async fn new_form(
    State(state): State<AppState>,
    ctx: Ctx,
) -> Result<Response, PageError> {
    let p = ctx
        .principal()
        .ok_or(AppError::Unauthenticated)
        .page(&ctx)?;
    let city = p.org.as_ref().map(|o| o.city.clone()).unwrap_or_default();
    let cities = state.app.cities().await.page(&ctx)?;
    if !cities
        .iter()
        .any(|c| city2city_app::policy::may_write_playbook(ctx.principal(), &c.slug))
    {
        return Err(AppError::Forbidden).page(&ctx);
    }
    let input = PlaybookInput {
        last_reviewed: city2city_store::now().date().to_string(),
        ..Default::default()
    };
    let target = Target {
        is_new: true,
        slug: None,
        base_version: 0,
        city,
    };
    let p = page(&state, ctx, target, &input, FieldErrors::default()).await?;
    Ok(render(&p))
}

pub(super) async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    form: FormData,
) -> Result<Response, PageError> {
    let input = read(&form);
    let city = form.get("city").trim().to_string();
    let result = state
        .app
        .create_playbook(
            ctx.principal(),
            NewPlaybookInput {
                city: city.clone(),
                content: input.clone(),
            },
        )
        .await;
    match result {
        Ok(view) => Ok(saved(&view, "created")),
        Err(e) => {
            let target = Target {
                is_new: true,
                slug: None,
                base_version: 0,
                city,
            };
            again(&state, ctx, target, &input, e).await
        }
    }
}

pub(super) async fn edit_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> Result<Response, PageError> {
    let view = state
        .app
        .playbook(ctx.principal(), &slug, None)
        .await
        .page(&ctx)?;
    if !view.can_edit {
        return Err(AppError::Forbidden).page(&ctx);
    }
    let input = PlaybookInput::from(&view.playbook.content);
    let target = Target {
        is_new: false,
        slug: Some(slug),
        base_version: view.playbook.version,
        city: view.playbook.city.clone(),
    };
    let p = page(&state, ctx, target, &input, FieldErrors::default()).await?;
    Ok(render(&p))
}

pub(super) async fn revise(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    form: FormData,
) -> Result<Response, PageError> {
    let input = read(&form);
    let base_version = form.get("base_version").trim().parse::<u32>().unwrap_or(0);
    let result = state
        .app
        .revise_playbook(
            ctx.principal(),
            &slug,
            RevisionInput {
                base_version,
                content: input.clone(),
            },
        )
        .await;
    match result {
        Ok(view) => Ok(saved(&view, "revised")),
        Err(e) => {
            let target = Target {
                is_new: false,
                slug: Some(slug),
                base_version,
                city: String::new(),
            };
            again(&state, ctx, target, &input, e).await
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(pairs: &[(&str, &str)]) -> FormData {
        FormData::from_pairs(
            pairs
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
        )
    }

    #[test]
    fn removed_rows_renumber_the_steps_that_wait_for_others() {
        let f = form(&[
            ("count", "4"),
            ("steps.1.title-en", "Articles"),
            ("steps.1.responsible", "company"),
            ("steps.2.title-en", "Notary"),
            ("steps.2.responsible", "external"),
            ("steps.2.remove", "1"),
            ("steps.3.title-de", "Firmenbuch"),
            ("steps.3.responsible", "external"),
            ("steps.3.depends_on", "1, 2"),
            ("steps.4.responsible", "company"),
        ]);
        let input = read(&f);
        assert_eq!(
            input.steps.len(),
            2,
            "the removed and the blank row are gone"
        );
        assert_eq!(input.steps[1].depends_on, "1");
        assert_eq!(input.steps[1].title.de.as_deref(), Some("Firmenbuch"));
    }
}
