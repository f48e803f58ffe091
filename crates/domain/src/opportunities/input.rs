//! What an author (or an import) sends to create or edit an opportunity, and its validation.
//! Every field is checked and every problem reported at once, by field name.

use super::{Cooperation, Ipr, OpportunityKind, Stage, Translation, check_valid_until};
use crate::organisations::OrgKind;
use crate::validation::{Validation, choice, choices, is_slug};
use crate::{Lang, sectors};
use serde::{Deserialize, Serialize};
use time::Date;

pub const MAX_TITLE: usize = 150;
pub const MAX_SUMMARY: usize = 600;
pub const MAX_DESCRIPTION: usize = 8000;
pub const MAX_KEYWORDS: usize = 12;
pub const MAX_KEYWORD: usize = 60;
pub const MAX_ROLE: usize = 500;
pub const MAX_REFERENCE: usize = 40;

#[derive(Debug, Clone, Default, Serialize, Deserialize, utoipa::ToSchema)]
pub struct TranslationInput {
    pub lang: String,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub summary: String,
    #[serde(default)]
    pub description: Option<String>,
}

/// Input for creating or editing an opportunity. Dates are `YYYY-MM-DD`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct OpportunityInput {
    pub kind: String,
    /// Language of title, summary and description: bg, de or en.
    pub lang: String,
    pub title: String,
    pub summary: String,
    pub description: String,
    pub translations: Vec<TranslationInput>,
    pub sectors: Vec<String>,
    pub keywords: Vec<String>,
    pub partner_kinds: Vec<String>,
    pub partner_role: Option<String>,
    pub cooperation: Vec<String>,
    pub stage: Option<String>,
    pub ipr: Option<String>,
    pub target_cities: Vec<String>,
    pub valid_until: String,
    pub deadline: Option<String>,
    pub show_name: bool,
}

/// A validated opportunity (the cities still have to exist).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidOpportunity {
    pub kind: OpportunityKind,
    pub lang: Lang,
    pub title: String,
    pub summary: String,
    pub description: String,
    pub translations: Vec<Translation>,
    pub sectors: Vec<String>,
    pub keywords: Vec<String>,
    pub partner_kinds: Vec<OrgKind>,
    pub partner_role: Option<String>,
    pub cooperation: Vec<Cooperation>,
    pub stage: Option<Stage>,
    pub ipr: Option<Ipr>,
    pub target_cities: Vec<String>,
    pub valid_until: Date,
    pub deadline: Option<Date>,
    pub show_name: bool,
}

/// Parses a `YYYY-MM-DD` date.
pub fn parse_date(s: &str) -> Option<Date> {
    let format = time::macros::format_description!("[year]-[month]-[day]");
    Date::parse(s.trim(), format).ok()
}

/// A public reference an import may give: letters, digits, `-`, `_`, `.` (it appears in URLs).
pub fn is_reference(s: &str) -> bool {
    !s.is_empty()
        && s.chars().count() <= MAX_REFERENCE
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c))
        && s.chars().next().is_some_and(|c| c.is_ascii_alphanumeric())
}

impl OpportunityInput {
    /// `today` bounds the dates.
    pub fn validate(self, today: Date) -> Result<ValidOpportunity, Validation> {
        let mut v = Validation::new();
        let kind = OpportunityKind::parse(&self.kind);
        if kind.is_none() {
            v.add(
                "kind",
                if self.kind.trim().is_empty() {
                    "required"
                } else {
                    "invalid-choice"
                },
                format!("must be one of {}", OpportunityKind::codes()),
            );
        }
        let lang = Lang::parse(&self.lang);
        if lang.is_none() {
            v.add("lang", "invalid-choice", "must be bg, de or en");
        }
        let title = v.required("title", &self.title, MAX_TITLE);
        let summary = v.required("summary", &self.summary, MAX_SUMMARY);
        let description = v.required("description", &self.description, MAX_DESCRIPTION);
        let translations = translations(&mut v, self.translations, lang);
        let sectors = sector_list(&mut v, &self.sectors);
        let keywords = keyword_list(&mut v, &self.keywords);
        let partner_kinds = choices(
            &mut v,
            "partner_kinds",
            &self.partner_kinds,
            OrgKind::parse,
            || {
                OrgKind::ALL
                    .iter()
                    .map(|k| k.code())
                    .collect::<Vec<_>>()
                    .join(", ")
            },
        );
        let partner_role = v.optional("partner_role", self.partner_role.as_deref(), MAX_ROLE);
        let cooperation = choices(
            &mut v,
            "cooperation",
            &self.cooperation,
            Cooperation::parse,
            Cooperation::codes,
        );
        let stage = choice(
            &mut v,
            "stage",
            self.stage.as_deref(),
            Stage::parse,
            Stage::codes,
        );
        let ipr = choice(&mut v, "ipr", self.ipr.as_deref(), Ipr::parse, Ipr::codes);
        if let Some(k) = kind
            && !k.is_technology()
        {
            if stage.is_some() {
                v.add(
                    "stage",
                    "not-applicable",
                    "applies only to technology and research profiles",
                );
            }
            if ipr.is_some() {
                v.add(
                    "ipr",
                    "not-applicable",
                    "applies only to technology and research profiles",
                );
            }
        }
        let target_cities = city_list(&mut v, &self.target_cities);
        let valid_until = match parse_date(&self.valid_until) {
            Some(d) => {
                if let Err(e) = check_valid_until(d, today) {
                    v.errors.extend(e.errors);
                }
                Some(d)
            }
            None => {
                v.add(
                    "valid_until",
                    if self.valid_until.trim().is_empty() {
                        "required"
                    } else {
                        "invalid-date"
                    },
                    "must be a date, YYYY-MM-DD",
                );
                None
            }
        };
        let deadline = match self
            .deadline
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            None => None,
            Some(s) => match parse_date(s) {
                None => {
                    v.add("deadline", "invalid-date", "must be a date, YYYY-MM-DD");
                    None
                }
                Some(d) => {
                    if d < today {
                        v.add("deadline", "in-the-past", "must be today or later");
                    } else if valid_until.is_some_and(|u| d > u) {
                        v.add(
                            "deadline",
                            "after-validity",
                            "must not be after the end of validity",
                        );
                    }
                    Some(d)
                }
            },
        };
        v.finish()?;
        Ok(ValidOpportunity {
            kind: kind.expect("validated"),
            lang: lang.expect("validated"),
            title,
            summary,
            description,
            translations,
            sectors,
            keywords,
            partner_kinds,
            partner_role,
            cooperation,
            stage,
            ipr,
            target_cities,
            valid_until: valid_until.expect("validated"),
            deadline,
            show_name: self.show_name,
        })
    }
}

fn translations(
    v: &mut Validation,
    input: Vec<TranslationInput>,
    original: Option<Lang>,
) -> Vec<Translation> {
    let mut out: Vec<Translation> = Vec::new();
    for (i, t) in input.into_iter().enumerate() {
        // An empty translation row (as a form sends it) is no translation.
        if t.title.trim().is_empty()
            && t.summary.trim().is_empty()
            && t.description.as_deref().is_none_or(|d| d.trim().is_empty())
        {
            continue;
        }
        let field = |name: &str| format!("translations[{i}].{name}");
        let Some(lang) = Lang::parse(&t.lang) else {
            v.add(&field("lang"), "invalid-choice", "must be bg, de or en");
            continue;
        };
        if Some(lang) == original {
            v.add(
                &field("lang"),
                "same-language",
                "is the language of the original",
            );
            continue;
        }
        if out.iter().any(|x| x.lang == lang) {
            v.add(
                &field("lang"),
                "duplicate",
                "this language is translated twice",
            );
            continue;
        }
        let title = v.required(&field("title"), &t.title, MAX_TITLE);
        let summary = v.required(&field("summary"), &t.summary, MAX_SUMMARY);
        let description = v.optional(
            &field("description"),
            t.description.as_deref(),
            MAX_DESCRIPTION,
        );
        out.push(Translation {
            lang,
            title,
            summary,
            description,
        });
    }
    out
}

fn sector_list(v: &mut Validation, input: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for s in input.iter().map(|s| s.trim()).filter(|s| !s.is_empty()) {
        if sectors::find(s).is_none() {
            v.add("sectors", "unknown-sector", format!("unknown sector '{s}'"));
        } else if !out.iter().any(|x| x == s) {
            out.push(s.to_string());
        }
    }
    out
}

fn keyword_list(v: &mut Validation, input: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for k in input.iter().map(|s| s.trim()).filter(|s| !s.is_empty()) {
        if k.chars().count() > MAX_KEYWORD {
            v.add(
                "keywords",
                "too-long",
                format!("each keyword may have at most {MAX_KEYWORD} characters"),
            );
            return out;
        }
        if !out.iter().any(|x| x.to_lowercase() == k.to_lowercase()) {
            out.push(k.to_string());
        }
    }
    if out.len() > MAX_KEYWORDS {
        v.add(
            "keywords",
            "too-many",
            format!("at most {MAX_KEYWORDS} keywords"),
        );
    }
    out
}

fn city_list(v: &mut Validation, input: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for c in input.iter().map(|s| s.trim()).filter(|s| !s.is_empty()) {
        if !is_slug(c) {
            v.add(
                "target_cities",
                "invalid-slug",
                format!("'{c}' is not a city slug"),
            );
        } else if !out.iter().any(|x| x == c) {
            out.push(c.to_string());
        }
    }
    if out.is_empty() && v.for_field("target_cities").is_none() {
        v.add(
            "target_cities",
            "required",
            "name at least one city where partners are sought",
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    const TODAY: Date = date!(2026 - 11 - 28);

    fn request() -> OpportunityInput {
        OpportunityInput {
            kind: "business_request".into(),
            lang: "bg".into(),
            title: "Търсим доставчик на облачно хостване".into(),
            summary: "Софийска компания търси партньор във Виена.".into(),
            description: "Подробно описание.".into(),
            sectors: vec!["ict".into(), "ict".into()],
            target_cities: vec!["vienna".into()],
            valid_until: "2027-06-30".into(),
            ..Default::default()
        }
    }

    #[test]
    fn a_complete_request_is_valid() {
        let o = request().validate(TODAY).unwrap();
        assert_eq!(o.kind, OpportunityKind::BusinessRequest);
        assert_eq!(o.sectors, ["ict"]);
        assert_eq!(o.valid_until, date!(2027 - 06 - 30));
    }

    #[test]
    fn every_problem_is_named_by_its_field() {
        let input = OpportunityInput {
            kind: "partnership".into(),
            title: "x".repeat(MAX_TITLE + 1),
            valid_until: "30.06.2027".into(),
            stage: Some("prototype".into()),
            ..Default::default()
        };
        let err = input.validate(TODAY).unwrap_err();
        let fields: Vec<_> = err.errors.iter().map(|e| e.field.as_str()).collect();
        for f in [
            "kind",
            "lang",
            "title",
            "summary",
            "description",
            "target_cities",
            "valid_until",
        ] {
            assert!(fields.contains(&f), "{f} missing in {fields:?}");
        }
        assert_eq!(err.for_field("title").unwrap().code, "too-long");
    }

    #[test]
    fn stage_and_ipr_only_for_technology() {
        let mut input = request();
        input.stage = Some("prototype".into());
        assert_eq!(
            input.clone().validate(TODAY).unwrap_err().errors[0].code,
            "not-applicable"
        );
        input.kind = "technology_request".into();
        input.ipr = Some("patent_granted".into());
        let o = input.validate(TODAY).unwrap();
        assert_eq!(o.stage, Some(Stage::Prototype));
    }

    #[test]
    fn dates_are_bounded() {
        let mut input = request();
        input.valid_until = "2026-11-01".into();
        input.deadline = Some("2028-01-01".into());
        let err = input.validate(TODAY).unwrap_err();
        assert_eq!(err.for_field("valid_until").unwrap().code, "in-the-past");
        let mut input = request();
        input.deadline = Some("2027-12-01".into());
        assert_eq!(
            input.validate(TODAY).unwrap_err().errors[0].code,
            "after-validity"
        );
    }

    #[test]
    fn translations_in_another_language_only() {
        let mut input = request();
        input.translations = vec![
            TranslationInput {
                lang: "bg".into(),
                title: "x".into(),
                summary: "y".into(),
                description: None,
            },
            TranslationInput {
                lang: "de".into(),
                title: "".into(),
                summary: "".into(),
                description: None,
            },
            TranslationInput {
                lang: "en".into(),
                title: "Cloud hosting sought".into(),
                summary: "".into(),
                description: None,
            },
        ];
        let err = input.validate(TODAY).unwrap_err();
        assert_eq!(err.errors[0].field, "translations[0].lang");
        assert_eq!(err.errors[1].field, "translations[2].summary");
    }

    #[test]
    fn references_are_plain() {
        assert!(is_reference("SOF-2026-0042"));
        assert!(is_reference("BRDE20231004001"));
        assert!(!is_reference("een/BRDE20231004001"));
        assert!(!is_reference("-x"));
        assert!(!is_reference("a b"));
        assert!(!is_reference(&"x".repeat(41)));
    }
}
