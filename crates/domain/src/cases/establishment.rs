//! The office opened in the host city: the figures the partnership reports on.

use crate::validation::Validation;
use serde::{Deserialize, Serialize};
use time::Date;

pub const MAX_ADDRESS: usize = 300;
pub const MAX_LEGAL_FORM: usize = 80;
pub const MAX_JOBS: u32 = 100_000;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Establishment {
    #[schema(value_type = String, format = Date)]
    pub date: Date,
    pub address: String,
    /// In the host country's terms: GmbH, FlexCo, Zweigniederlassung, ЕООД, клон …
    pub legal_form: String,
    pub jobs_planned: u32,
    pub jobs_created: u32,
    /// Investment in euro, when told.
    pub investment_eur: Option<u64>,
}

/// What the establishment form and the API send (numbers as text, as forms do).
#[derive(Debug, Clone, Default, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct EstablishmentInput {
    /// YYYY-MM-DD, not in the future.
    pub date: String,
    pub address: String,
    pub legal_form: String,
    pub jobs_planned: Option<String>,
    pub jobs_created: Option<String>,
    pub investment_eur: Option<String>,
}

fn count(v: &mut Validation, field: &str, value: Option<&str>, max: u64) -> Option<u64> {
    match value.map(str::trim) {
        None | Some("") => None,
        Some(s) => match s.replace([' ', '_'], "").parse::<u64>() {
            Ok(n) if n <= max => Some(n),
            _ => {
                v.add(
                    field,
                    "out-of-range",
                    format!("must be a whole number from 0 to {max}"),
                );
                None
            }
        },
    }
}

impl EstablishmentInput {
    /// `today` bounds the date: an office is recorded once it is open.
    pub fn validate(self, today: Date) -> Result<Establishment, Validation> {
        let mut v = Validation::new();
        let date = crate::opportunities::parse_date(&self.date);
        match date {
            None if self.date.trim().is_empty() => v.add("date", "required", "is required"),
            None => v.add("date", "invalid-date", "must be a date, YYYY-MM-DD"),
            Some(d) if d > today => v.add("date", "in-future", "must not be in the future"),
            Some(_) => {}
        }
        let address = v.required("address", &self.address, MAX_ADDRESS);
        let legal_form = v.required("legal_form", &self.legal_form, MAX_LEGAL_FORM);
        let max = u64::from(MAX_JOBS);
        let jobs_planned = count(&mut v, "jobs_planned", self.jobs_planned.as_deref(), max);
        let jobs_created = count(&mut v, "jobs_created", self.jobs_created.as_deref(), max);
        let investment_eur = count(
            &mut v,
            "investment_eur",
            self.investment_eur.as_deref(),
            1_000_000_000_000,
        );
        v.finish()?;
        let created = jobs_created.unwrap_or(0) as u32;
        Ok(Establishment {
            date: date.expect("checked"),
            address,
            legal_form,
            jobs_planned: jobs_planned.map_or(created, |n| n as u32),
            jobs_created: created,
            investment_eur,
        })
    }
}

impl Establishment {
    /// A valid establishment, for tests.
    pub fn example() -> Establishment {
        Establishment {
            date: time::macros::date!(2026 - 10 - 01),
            address: "Mariahilfer Straße 1, 1060 Wien".into(),
            legal_form: "GmbH".into(),
            jobs_planned: 5,
            jobs_created: 3,
            investment_eur: Some(250_000),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    const TODAY: Date = date!(2026 - 12 - 01);

    #[test]
    fn an_office_is_recorded_with_its_figures() {
        let e = EstablishmentInput {
            date: "2026-11-20".into(),
            address: " Mariahilfer Straße 1, 1060 Wien ".into(),
            legal_form: "GmbH".into(),
            jobs_planned: Some("8".into()),
            jobs_created: Some("5".into()),
            investment_eur: Some("250 000".into()),
        }
        .validate(TODAY)
        .unwrap();
        assert_eq!(e.address, "Mariahilfer Straße 1, 1060 Wien");
        assert_eq!((e.jobs_planned, e.jobs_created), (8, 5));
        assert_eq!(e.investment_eur, Some(250_000));
    }

    #[test]
    fn jobs_planned_default_to_jobs_created() {
        let e = EstablishmentInput {
            date: "2026-11-20".into(),
            address: "ul. Graf Ignatiev 1, Sofia".into(),
            legal_form: "ЕООД".into(),
            jobs_created: Some("5".into()),
            ..Default::default()
        }
        .validate(TODAY)
        .unwrap();
        assert_eq!((e.jobs_planned, e.jobs_created), (5, 5));
    }

    #[test]
    fn bad_figures_are_named() {
        let e = EstablishmentInput {
            date: "2027-01-01".into(),
            address: String::new(),
            legal_form: String::new(),
            jobs_planned: Some("-1".into()),
            jobs_created: Some("many".into()),
            investment_eur: Some("1.5".into()),
        }
        .validate(TODAY)
        .unwrap_err();
        let fields: Vec<&str> = e.errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(
            fields,
            [
                "date",
                "address",
                "legal_form",
                "jobs_planned",
                "jobs_created",
                "investment_eur"
            ]
        );
        assert_eq!(e.for_field("date").unwrap().code, "in-future");
    }
}
