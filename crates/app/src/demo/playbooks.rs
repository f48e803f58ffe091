//! Loads the demo playbooks (`soft_landing/playbooks/*.json`, one file per playbook and language:
//! opening a GmbH in Vienna, registering there as an EU company, opening a company or branch in
//! Sofia), merging the languages of each into one playbook and checking it like the editor does.

use crate::{App, AppError, Result};
use city2city_domain::Localized;
use city2city_domain::playbooks::{PlaybookInput, StepInput};
use city2city_store::{Actor, PlaybookRecord};
use serde::Deserialize;
use std::collections::BTreeMap;

const FILES: &[&str] = &[
    include_str!("soft_landing/playbooks/sofia-company-bg.json"),
    include_str!("soft_landing/playbooks/sofia-company-de.json"),
    include_str!("soft_landing/playbooks/sofia-company-en.json"),
    include_str!("soft_landing/playbooks/vienna-eu-registration-bg.json"),
    include_str!("soft_landing/playbooks/vienna-eu-registration-de.json"),
    include_str!("soft_landing/playbooks/vienna-eu-registration-en.json"),
    include_str!("soft_landing/playbooks/vienna-gmbh-bg.json"),
    include_str!("soft_landing/playbooks/vienna-gmbh-de.json"),
    include_str!("soft_landing/playbooks/vienna-gmbh-en.json"),
];

#[derive(Debug, Deserialize)]
struct FileSpec {
    slug: String,
    city: String,
    lang: String,
    title: String,
    summary: String,
    owner: String,
    last_reviewed: String,
    steps: Vec<StepSpec>,
}

#[derive(Debug, Deserialize)]
struct StepSpec {
    key: String,
    title: String,
    description: String,
    responsible: String,
    typical_days: Option<u32>,
    #[serde(default)]
    depends_on: Vec<String>,
}

/// A loaded demo playbook and the keys of its steps (in step order), which the demo cases name.
pub(super) struct DemoPlaybook {
    pub record: PlaybookRecord,
    pub keys: Vec<String>,
}

fn bad(what: impl std::fmt::Display) -> AppError {
    AppError::Internal(format!("demo playbooks: {what}"))
}

fn set(l: &mut Localized, lang: &str, text: &str) {
    let text = Some(text.to_string());
    match lang {
        "bg" => l.bg = text,
        "de" => l.de = text,
        _ => l.en = text,
    }
}

pub(super) async fn load(app: &App, actor: &Actor) -> Result<BTreeMap<String, DemoPlaybook>> {
    let mut by_slug: BTreeMap<String, Vec<FileSpec>> = BTreeMap::new();
    for text in FILES {
        let spec: FileSpec =
            serde_json::from_str(text).map_err(|e| bad(format!("not readable: {e}")))?;
        let base = spec
            .slug
            .strip_suffix(&format!("-{}", spec.lang))
            .ok_or_else(|| bad(format!("{} does not end in its language", spec.slug)))?
            .to_string();
        by_slug.entry(base).or_default().push(spec);
    }
    let today = App::today();
    let mut loaded = BTreeMap::new();
    for (slug, files) in by_slug {
        let first = &files[0];
        let keys: Vec<String> = first.steps.iter().map(|s| s.key.clone()).collect();
        let mut input = PlaybookInput {
            last_reviewed: first.last_reviewed.clone(),
            steps: first
                .steps
                .iter()
                .map(|s| {
                    let numbers: Vec<String> = s
                        .depends_on
                        .iter()
                        .map(|k| {
                            keys.iter()
                                .position(|x| x == k)
                                .map(|i| (i + 1).to_string())
                                .ok_or_else(|| bad(format!("{slug}: no step {k:?}")))
                        })
                        .collect::<Result<_>>()?;
                    Ok(StepInput {
                        responsible: s.responsible.clone(),
                        duration_days: s.typical_days.map(|d| d.to_string()),
                        depends_on: numbers.join(", "),
                        ..Default::default()
                    })
                })
                .collect::<Result<_>>()?,
            ..Default::default()
        };
        for f in &files {
            let same: Vec<&str> = f.steps.iter().map(|s| s.key.as_str()).collect();
            if same != keys || f.city != first.city || f.owner != first.owner {
                return Err(bad(format!(
                    "{}: the languages disagree on the steps",
                    f.slug
                )));
            }
            set(&mut input.title, &f.lang, &f.title);
            set(&mut input.summary, &f.lang, &f.summary);
            for (step, s) in input.steps.iter_mut().zip(&f.steps) {
                set(&mut step.title, &f.lang, &s.title);
                set(&mut step.description, &f.lang, &s.description);
            }
        }
        let content = input.validate(today)?;
        let city = app.store.city(&first.city).await?;
        let owner = app.store.organisation_summary(&first.owner).await?;
        let author = app
            .store
            .agency_staff(owner.id)
            .await?
            .into_iter()
            .next()
            .map(|m| m.name);
        let record = app
            .store
            .insert_playbook(actor, &slug, city.id, &content, author)
            .await?;
        loaded.insert(slug, DemoPlaybook { record, keys });
    }
    Ok(loaded)
}
