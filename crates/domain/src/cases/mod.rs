//! Soft-landing cases: a company of one city asks for support to open an office in the partner
//! city. One case is shared by the home city's agency, which qualifies and refers it, and the host
//! city's agency, which runs it, each with its own case manager; one history.

mod attachment;
mod establishment;
mod request;
mod stage;
mod vocab;
mod working_days;

pub use attachment::{
    Attachment, CheckedFile, FileType, MAX_ATTACHMENT_BYTES, MAX_FILE_NAME, Upload, size_text,
};
pub use establishment::{Establishment, EstablishmentInput, MAX_ADDRESS, MAX_JOBS, MAX_LEGAL_FORM};
pub use request::{CaseRequestInput, MAX_MESSAGE, MAX_TIMELINE, ValidCaseRequest};
pub use stage::{Move, Side, Stage, moves_from};
pub use vocab::{ActivityKind, DropReason, Need, Plan};
pub use working_days::{is_overdue, response_due, working_days_between};

use crate::Lang;
use crate::validation::Validation;
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

/// First-response target of an agency that has not set its own, in working days.
pub const DEFAULT_FIRST_RESPONSE_DAYS: u32 = 3;

/// Longest note, call or meeting record.
pub const MAX_ACTIVITY: usize = 4000;

/// A soft-landing case as the pages and the API show it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Case {
    pub id: i64,
    /// Slug of the company that is landing.
    pub company: String,
    pub company_name: crate::Localized,
    pub sectors: Vec<String>,
    pub home_city: String,
    pub host_city: String,
    /// Slug of the home city's agency.
    pub home_agency: String,
    /// Slug of the host city's agency, once the case is referred to it.
    pub host_agency: Option<String>,
    pub home_manager: Option<Manager>,
    pub host_manager: Option<Manager>,
    pub plan: Plan,
    pub timeline: Option<String>,
    pub team_size: Option<u32>,
    pub needs: Vec<Need>,
    pub message: String,
    pub lang: Lang,
    pub stage: Stage,
    pub drop_reason: Option<DropReason>,
    pub drop_note: Option<String>,
    pub establishment: Option<Establishment>,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub opened_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339::option")]
    #[schema(value_type = Option<String>, format = DateTime)]
    pub referred_at: Option<OffsetDateTime>,
    /// When the home agency first answered (qualified, dropped or logged contact).
    #[serde(with = "time::serde::rfc3339::option")]
    #[schema(value_type = Option<String>, format = DateTime)]
    pub first_response_at: Option<OffsetDateTime>,
    /// The home agency's first-response target, in working days.
    pub first_response_days: u32,
    /// Steps of the case's checklist done, of all (0 of 0 before a playbook is applied).
    #[serde(default)]
    pub checklist: crate::playbooks::Progress,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub updated_at: OffsetDateTime,
}

impl Case {
    pub fn is_referred(&self) -> bool {
        self.host_agency.is_some()
    }

    /// The first response is late (as of `now`).
    pub fn is_overdue(&self, now: OffsetDateTime) -> bool {
        is_overdue(
            self.opened_at.date(),
            now.date(),
            self.first_response_days,
            self.first_response_at.is_some() || self.stage.is_final(),
        )
    }
}

/// A staff member managing a case for one agency.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Manager {
    pub user_id: i64,
    pub name: String,
}

/// What happened on a case: the one history both agencies and the company read.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct CaseEvent {
    pub id: i64,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub at: OffsetDateTime,
    /// Display name of who did it (absent for the platform itself).
    pub actor: Option<String>,
    /// home, host or company.
    pub side: String,
    /// opened, qualify, refer, start, establish, aftercare, close, drop, manager, note, call,
    /// meeting, email.
    pub kind: String,
    /// The note or call record, the drop note, the manager's name.
    pub text: Option<String>,
}

/// A note, call, meeting or e-mail logged by hand.
#[derive(Debug, Clone, Default, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct ActivityInput {
    /// note, call, meeting or email.
    pub kind: String,
    pub text: String,
}

impl ActivityInput {
    pub fn validate(self) -> Result<(ActivityKind, String), Validation> {
        let mut v = Validation::new();
        let kind = crate::validation::choice(
            &mut v,
            "kind",
            Some(self.kind.as_str())
                .filter(|k| !k.trim().is_empty())
                .or(Some("note")),
            ActivityKind::parse,
            ActivityKind::codes,
        );
        let text = v.required("text", &self.text, MAX_ACTIVITY);
        v.finish()?;
        Ok((kind.expect("checked"), text))
    }
}

/// A stage move as forms and the API send it.
#[derive(Debug, Clone, Default, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct MoveInput {
    /// qualify, start, establish, aftercare, close or drop.
    pub action: String,
    /// For drop: no_response, plans_changed, went_elsewhere, not_eligible, funding_failed, other.
    pub reason: Option<String>,
    /// For drop: optional words.
    pub note: Option<String>,
    /// For establish: the office.
    pub establishment: Option<EstablishmentInput>,
}

impl MoveInput {
    pub fn validate(self, today: time::Date) -> Result<Move, Validation> {
        match self.action.trim() {
            "qualify" => Ok(Move::Qualify),
            "start" => Ok(Move::Start),
            "aftercare" => Ok(Move::Aftercare),
            "close" => Ok(Move::Close),
            "establish" => {
                let e = self.establishment.unwrap_or_default().validate(today)?;
                Ok(Move::Establish(e))
            }
            "drop" => {
                let mut v = Validation::new();
                let reason = match self.reason.as_deref().map(str::trim) {
                    None | Some("") => {
                        v.add(
                            "reason",
                            "required",
                            format!("must be one of {}", DropReason::codes()),
                        );
                        None
                    }
                    r => crate::validation::choice(
                        &mut v,
                        "reason",
                        r,
                        DropReason::parse,
                        DropReason::codes,
                    ),
                };
                let note = v.optional("note", self.note.as_deref(), MAX_ACTIVITY);
                v.finish()?;
                Ok(Move::Drop {
                    reason: reason.expect("checked"),
                    note,
                })
            }
            "" => Err(Validation::single("action", "required", "is required")),
            other => Err(Validation::single(
                "action",
                "invalid-choice",
                format!(
                    "{other:?} is not a move; must be one of qualify, start, establish, aftercare, close, drop"
                ),
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::{date, datetime};

    #[test]
    fn a_move_is_read_from_its_form() {
        let today = date!(2026 - 12 - 01);
        let m = MoveInput {
            action: "qualify".into(),
            ..Default::default()
        };
        assert_eq!(m.validate(today), Ok(Move::Qualify));
        let m = MoveInput {
            action: "drop".into(),
            reason: Some("went_elsewhere".into()),
            note: Some("  Chose Munich  ".into()),
            ..Default::default()
        };
        assert_eq!(
            m.validate(today),
            Ok(Move::Drop {
                reason: DropReason::WentElsewhere,
                note: Some("Chose Munich".into())
            })
        );
    }

    #[test]
    fn a_bad_move_names_its_field() {
        let today = date!(2026 - 12 - 01);
        let e = MoveInput {
            action: "fly".into(),
            ..Default::default()
        }
        .validate(today)
        .unwrap_err();
        assert_eq!(e.first().unwrap().field, "action");
        let e = MoveInput {
            action: "drop".into(),
            ..Default::default()
        }
        .validate(today)
        .unwrap_err();
        assert_eq!(e.first().unwrap().field, "reason");
        let e = MoveInput {
            action: "establish".into(),
            ..Default::default()
        }
        .validate(today)
        .unwrap_err();
        assert!(e.for_field("date").is_some(), "{e:?}");
    }

    #[test]
    fn an_activity_needs_words() {
        let e = ActivityInput {
            kind: "call".into(),
            text: " ".into(),
        }
        .validate()
        .unwrap_err();
        assert_eq!(e.first().unwrap().field, "text");
        let e = ActivityInput {
            kind: "fax".into(),
            text: "x".into(),
        }
        .validate()
        .unwrap_err();
        assert_eq!(e.first().unwrap().field, "kind");
        assert_eq!(
            ActivityInput {
                kind: String::new(),
                text: "Called".into()
            }
            .validate(),
            Ok((ActivityKind::Note, "Called".into()))
        );
    }

    #[test]
    fn an_unanswered_case_is_overdue_after_its_target() {
        let opened = datetime!(2026-11-23 9:00 UTC); // a Monday
        let mut c = Case {
            id: 1,
            company: "c".into(),
            company_name: crate::Localized::all("C", "C", "C"),
            sectors: vec![],
            home_city: "sofia".into(),
            host_city: "vienna".into(),
            home_agency: "a".into(),
            host_agency: None,
            home_manager: None,
            host_manager: None,
            plan: Plan::Branch,
            timeline: None,
            team_size: None,
            needs: vec![Need::Tax],
            message: "m".into(),
            lang: Lang::Bg,
            stage: Stage::Inquiry,
            drop_reason: None,
            drop_note: None,
            establishment: None,
            opened_at: opened,
            referred_at: None,
            first_response_at: None,
            first_response_days: 3,
            checklist: Default::default(),
            updated_at: opened,
        };
        assert!(
            !c.is_overdue(datetime!(2026-11-26 9:00 UTC)),
            "3 working days: on time"
        );
        assert!(
            c.is_overdue(datetime!(2026-11-27 9:00 UTC)),
            "4 working days: late"
        );
        c.first_response_at = Some(datetime!(2026-11-24 9:00 UTC));
        assert!(!c.is_overdue(datetime!(2026-12-27 9:00 UTC)));
    }
}
