//! One step of a playbook: what to do, who does it, how long it usually takes, what comes first.

use crate::Localized;
use crate::validation::Validation;
use crate::vocabulary::vocabulary;
use serde::{Deserialize, Deserializer, Serialize};

pub const MAX_STEP_TITLE: usize = 200;
pub const MAX_DESCRIPTION: usize = 4000;
/// A step longer than a year is a project, not a step.
pub const MAX_DURATION_DAYS: u32 = 365;

vocabulary! {
    /// Who does a step.
    Responsible {
        Company => "company",
        Agency => "agency",
        External => "external",
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct PlaybookStep {
    pub title: Localized,
    #[serde(default)]
    pub description: Localized,
    pub responsible: Responsible,
    /// Typical duration in working days, when known.
    #[serde(default)]
    pub duration_days: Option<u32>,
    /// Numbers of the earlier steps of the same playbook this one waits for.
    #[serde(default)]
    pub depends_on: Vec<u32>,
}

/// A step as the editor and the API send it (numbers may come as text, as forms do).
#[derive(Debug, Clone, Default, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct StepInput {
    pub title: Localized,
    pub description: Localized,
    /// company, agency or external.
    pub responsible: String,
    /// Working days, 0 to 365.
    #[serde(deserialize_with = "number_or_text")]
    #[schema(value_type = Option<String>)]
    pub duration_days: Option<String>,
    /// Earlier step numbers: a list of numbers, or text such as "1, 3".
    #[serde(deserialize_with = "numbers_or_text")]
    #[schema(value_type = String)]
    pub depends_on: String,
}

fn number_or_text<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum V {
        N(u64),
        S(String),
    }
    Ok(Option::<V>::deserialize(d)?.map(|v| match v {
        V::N(n) => n.to_string(),
        V::S(s) => s,
    }))
}

fn numbers_or_text<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum V {
        N(Vec<u64>),
        S(String),
    }
    Ok(match Option::<V>::deserialize(d)? {
        None => String::new(),
        Some(V::N(ns)) => ns.iter().map(u64::to_string).collect::<Vec<_>>().join(", "),
        Some(V::S(s)) => s,
    })
}

/// Texts in each language, every one within `max`; `required`: at least one language.
pub(crate) fn localized(
    v: &mut Validation,
    field: &str,
    value: &Localized,
    max: usize,
    required: bool,
) -> Localized {
    let clean = Localized::new(value.bg.clone(), value.de.clone(), value.en.clone());
    if required && clean.is_empty() {
        v.add(field, "required", "is required in at least one language");
    }
    for (lang, text) in clean.values() {
        if text.chars().count() > max {
            v.add(
                field,
                "too-long",
                format!("the {} text must be at most {max} characters", lang.code()),
            );
            break;
        }
    }
    clean
}

impl StepInput {
    /// All fields blank: a spare row of the editor.
    pub fn is_blank(&self) -> bool {
        self.title.is_empty()
            && self.description.is_empty()
            && self
                .duration_days
                .as_deref()
                .unwrap_or("")
                .trim()
                .is_empty()
            && self.depends_on.trim().is_empty()
    }

    /// Checks step `number` (1-based); errors are named `steps.N.field`.
    pub(crate) fn validate(&self, v: &mut Validation, number: u32) -> Option<PlaybookStep> {
        let field = |f: &str| format!("steps.{number}.{f}");
        let before = v.errors.len();
        let title = localized(v, &field("title"), &self.title, MAX_STEP_TITLE, true);
        let description = localized(
            v,
            &field("description"),
            &self.description,
            MAX_DESCRIPTION,
            false,
        );
        let responsible = if self.responsible.trim().is_empty() {
            v.add(
                &field("responsible"),
                "required",
                format!("must be one of {}", Responsible::codes()),
            );
            None
        } else {
            crate::validation::choice(
                v,
                &field("responsible"),
                Some(&self.responsible),
                Responsible::parse,
                Responsible::codes,
            )
        };
        let duration_days = match self.duration_days.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(s) => {
                match s.parse::<u32>() {
                    Ok(n) if n <= MAX_DURATION_DAYS => Some(n),
                    _ => {
                        v.add(
                        &field("duration_days"),
                        "out-of-range",
                        format!("must be a whole number of working days from 0 to {MAX_DURATION_DAYS}"),
                    );
                        None
                    }
                }
            }
        };
        let mut depends_on = Vec::new();
        for part in self
            .depends_on
            .split([',', ' ', ';'])
            .filter(|s| !s.is_empty())
        {
            match part.trim_start_matches('#').parse::<u32>() {
                Ok(n) if n >= 1 && n < number => {
                    if !depends_on.contains(&n) {
                        depends_on.push(n);
                    }
                }
                _ => {
                    v.add(
                        &field("depends_on"),
                        "invalid-dependency",
                        format!(
                            "'{part}' is not an earlier step; a step can only wait for steps 1 to {}",
                            number - 1
                        ),
                    );
                    break;
                }
            }
        }
        depends_on.sort_unstable();
        (v.errors.len() == before).then(|| PlaybookStep {
            title,
            description,
            responsible: responsible.expect("checked"),
            duration_days,
            depends_on,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn step(depends_on: &str) -> StepInput {
        StepInput {
            title: Localized::new(None, Some("Firmenbuch".into()), None),
            responsible: "external".into(),
            duration_days: Some(" 5 ".into()),
            depends_on: depends_on.into(),
            ..Default::default()
        }
    }

    #[test]
    fn a_step_waits_only_for_earlier_steps() {
        let mut v = Validation::new();
        let s = step("2, 1, #2").validate(&mut v, 3).unwrap();
        assert_eq!(s.depends_on, [1, 2]);
        assert_eq!(s.duration_days, Some(5));
        let mut v = Validation::new();
        assert!(step("3").validate(&mut v, 3).is_none());
        assert_eq!(v.first().unwrap().field, "steps.3.depends_on");
        let mut v = Validation::new();
        assert!(step("x").validate(&mut v, 2).is_none());
    }

    #[test]
    fn a_step_needs_a_title_and_who_does_it() {
        let mut v = Validation::new();
        let input = StepInput {
            duration_days: Some("400".into()),
            ..Default::default()
        };
        assert!(input.validate(&mut v, 1).is_none());
        let fields: Vec<_> = v.errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(
            fields,
            [
                "steps.1.title",
                "steps.1.responsible",
                "steps.1.duration_days"
            ]
        );
    }

    #[test]
    fn numbers_come_as_a_list_or_as_text() {
        let s: StepInput =
            serde_json::from_str(r#"{"duration_days": 3, "depends_on": [1, 2]}"#).unwrap();
        assert_eq!(s.duration_days.as_deref(), Some("3"));
        assert_eq!(s.depends_on, "1, 2");
        let s: StepInput = serde_json::from_str(r#"{"depends_on": "1 2"}"#).unwrap();
        assert_eq!(s.depends_on, "1 2");
    }
}
