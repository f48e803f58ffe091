//! Import and export of opportunities in the exchange format of the contract: JSON Lines (one
//! object a line) or a JSON array of objects, each
//! `{"ref", "kind", "city", "organization", "language", "title", "summary", "description",
//! "sectors", "target_cities", "valid_until"}`. A file is imported whole or not at all: every
//! bad line is reported with its number and field, and nothing is written.

use crate::{App, AppError, Result};
use city2city_domain::opportunities::{OpportunityInput, is_reference};
use city2city_store::{Actor, ImportReport, ImportRow};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::{HashMap, HashSet};

/// One bad line of an import file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ImportLineError {
    pub line: usize,
    pub field: String,
    pub message: String,
}

impl std::fmt::Display for ImportLineError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: {}: {}", self.line, self.field, self.message)
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// The file is not JSON Lines or a JSON array.
    #[error("line {line}: not valid JSON: {message}")]
    Syntax { line: usize, message: String },
    #[error("{} bad line(s); nothing was imported", .0.len())]
    Lines(Vec<ImportLineError>),
    #[error(transparent)]
    App(#[from] AppError),
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ImportSummary {
    pub lines: usize,
    #[serde(flatten)]
    pub report: ImportReport,
    /// The references, in file order.
    pub references: Vec<String>,
}

/// One opportunity in the exchange format.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExportLine {
    #[serde(rename = "ref")]
    pub reference: String,
    pub kind: String,
    pub city: String,
    pub organization: String,
    pub language: String,
    pub title: String,
    pub summary: String,
    pub description: String,
    pub sectors: Vec<String>,
    pub target_cities: Vec<String>,
    pub valid_until: String,
    /// Not read by the import (imported ones are published): for the reader's information.
    pub status: String,
}

/// The objects of the file with the line each starts on.
fn split_items(text: &str) -> std::result::Result<Vec<(usize, Value)>, ImportError> {
    let line_of = |offset: usize| text[..offset].bytes().filter(|b| *b == b'\n').count() + 1;
    let trimmed = text.trim_start();
    if trimmed.starts_with('[') {
        let raw: Vec<&serde_json::value::RawValue> =
            serde_json::from_str(text).map_err(|e| ImportError::Syntax {
                line: e.line(),
                message: e.to_string(),
            })?;
        raw.into_iter()
            .map(|r| {
                let offset = r.get().as_ptr() as usize - text.as_ptr() as usize;
                let line = line_of(offset);
                serde_json::from_str(r.get())
                    .map(|v| (line, v))
                    .map_err(|e| ImportError::Syntax {
                        line,
                        message: e.to_string(),
                    })
            })
            .collect()
    } else {
        let mut out = Vec::new();
        for (i, l) in text.lines().enumerate() {
            if l.trim().is_empty() {
                continue;
            }
            let v: Value = serde_json::from_str(l).map_err(|e| ImportError::Syntax {
                line: i + 1,
                message: e.to_string(),
            })?;
            out.push((i + 1, v));
        }
        Ok(out)
    }
}

/// Reads a string field; a wrong type is an error naming the field.
fn text_field(
    obj: &serde_json::Map<String, Value>,
    name: &str,
    errs: &mut Vec<(String, String)>,
) -> String {
    match obj.get(name) {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(_) => {
            errs.push((name.into(), "must be a string".into()));
            String::new()
        }
    }
}

fn list_field(
    obj: &serde_json::Map<String, Value>,
    name: &str,
    errs: &mut Vec<(String, String)>,
) -> Vec<String> {
    match obj.get(name) {
        None | Some(Value::Null) => vec![],
        Some(Value::Array(items)) => {
            let mut out = Vec::new();
            for it in items {
                match it {
                    Value::String(s) => out.push(s.clone()),
                    _ => {
                        errs.push((name.into(), "must be a list of strings".into()));
                        return vec![];
                    }
                }
            }
            out
        }
        Some(_) => {
            errs.push((name.into(), "must be a list of strings".into()));
            vec![]
        }
    }
}

/// The contract's field names for our validation's field names.
fn contract_field(field: &str) -> &str {
    match field {
        "lang" => "language",
        other => other,
    }
}

impl App {
    /// Checks every line and, if all are good, writes the file in one transaction.
    pub async fn import_opportunities(
        &self,
        actor: &Actor,
        text: &str,
    ) -> std::result::Result<ImportSummary, ImportError> {
        let items = split_items(text)?;
        let cities: HashSet<String> = self
            .store
            .list_cities()
            .await
            .map_err(AppError::from)?
            .into_iter()
            .map(|c| c.slug)
            .collect();
        let today = App::today();
        let mut errors = Vec::new();
        let mut rows = Vec::new();
        let mut seen: HashMap<String, usize> = HashMap::new();
        for (line, value) in &items {
            let mut errs: Vec<(String, String)> = Vec::new();
            let Some(obj) = value.as_object() else {
                errors.push(ImportLineError {
                    line: *line,
                    field: "-".into(),
                    message: "must be a JSON object".into(),
                });
                continue;
            };
            let reference = text_field(obj, "ref", &mut errs).trim().to_string();
            if reference.is_empty() {
                errs.push(("ref".into(), "is required".into()));
            } else if !is_reference(&reference) {
                errs.push((
                    "ref".into(),
                    "may contain only letters, digits, '-', '_' and '.' (at most 40)".into(),
                ));
            } else if let Some(first) = seen.insert(reference.clone(), *line) {
                errs.push((
                    "ref".into(),
                    format!("appears twice in the file (first on line {first})"),
                ));
            }
            let city = text_field(obj, "city", &mut errs).trim().to_string();
            if city.is_empty() {
                errs.push(("city".into(), "is required".into()));
            } else if !cities.contains(&city) {
                errs.push(("city".into(), format!("no city '{city}'")));
            }
            let organisation = text_field(obj, "organization", &mut errs)
                .trim()
                .to_string();
            if organisation.is_empty() {
                errs.push(("organization".into(), "is required".into()));
            } else if organisation.chars().count() > 200 {
                errs.push((
                    "organization".into(),
                    "must be at most 200 characters".into(),
                ));
            }
            let input = OpportunityInput {
                kind: text_field(obj, "kind", &mut errs),
                lang: text_field(obj, "language", &mut errs),
                title: text_field(obj, "title", &mut errs),
                summary: text_field(obj, "summary", &mut errs),
                description: text_field(obj, "description", &mut errs),
                sectors: list_field(obj, "sectors", &mut errs),
                target_cities: list_field(obj, "target_cities", &mut errs),
                valid_until: text_field(obj, "valid_until", &mut errs),
                ..Default::default()
            };
            let valid = match input.validate(today) {
                Ok(v) => {
                    for c in &v.target_cities {
                        if !cities.contains(c) {
                            errs.push(("target_cities".into(), format!("no city '{c}'")));
                        }
                    }
                    Some(v)
                }
                Err(v) => {
                    for e in v.errors {
                        if !errs.iter().any(|(f, _)| f == contract_field(&e.field)) {
                            errs.push((contract_field(&e.field).into(), e.message));
                        }
                    }
                    None
                }
            };
            if errs.is_empty()
                && let Some(opportunity) = valid
            {
                rows.push(ImportRow {
                    reference,
                    organisation,
                    city,
                    opportunity,
                });
            } else {
                errors.extend(errs.into_iter().map(|(field, message)| ImportLineError {
                    line: *line,
                    field,
                    message,
                }));
            }
        }
        if !errors.is_empty() {
            return Err(ImportError::Lines(errors));
        }
        let report = self
            .store
            .import_opportunities(actor, &rows)
            .await
            .map_err(AppError::from)?;
        self.after_opportunity_change().await;
        Ok(ImportSummary {
            lines: items.len(),
            report,
            references: rows.into_iter().map(|r| r.reference).collect(),
        })
    }

    /// Every opportunity in the exchange format, oldest first, a batch at a time.
    pub async fn export_opportunities(
        &self,
        mut each: impl FnMut(ExportLine) -> std::io::Result<()>,
    ) -> Result<usize> {
        let mut after = 0;
        let mut count = 0;
        let mut names: HashMap<String, city2city_domain::Localized> = HashMap::new();
        loop {
            let batch = self.store.opportunities_after(after, 1000).await?;
            let Some(last) = batch.last() else { break };
            after = last.id;
            for o in batch {
                if !names.contains_key(&o.organisation) {
                    let org = self.store.organisation(&o.organisation).await?;
                    names.insert(o.organisation.clone(), org.name);
                }
                let organization = names
                    .get(&o.organisation)
                    .map(|n| n.get(o.lang).to_string())
                    .unwrap_or_default();
                each(ExportLine {
                    reference: o.reference,
                    kind: o.kind.code().into(),
                    city: o.city,
                    organization,
                    language: o.lang.code().into(),
                    title: o.title,
                    summary: o.summary,
                    description: o.description,
                    sectors: o.sectors,
                    target_cities: o.target_cities,
                    valid_until: o.valid_until.to_string(),
                    status: o.status.code().into(),
                })
                .map_err(|e| AppError::Internal(e.to_string()))?;
                count += 1;
            }
        }
        Ok(count)
    }
}
