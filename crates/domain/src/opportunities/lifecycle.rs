//! The life of an opportunity: draft → submitted → published (after validation by staff of an
//! agency in the owner's city), or returned to the author with comments → edited → submitted
//! again; a published one expires when its validity ends, or is withdrawn or fulfilled by its
//! owner, and can be renewed.

use crate::validation::Validation;
use serde::{Deserialize, Serialize};
use time::Date;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Draft,
    Submitted,
    Returned,
    Published,
    Expired,
    Withdrawn,
    Fulfilled,
}

impl Status {
    pub const ALL: [Status; 7] = [
        Status::Draft,
        Status::Submitted,
        Status::Returned,
        Status::Published,
        Status::Expired,
        Status::Withdrawn,
        Status::Fulfilled,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Status::Draft => "draft",
            Status::Submitted => "submitted",
            Status::Returned => "returned",
            Status::Published => "published",
            Status::Expired => "expired",
            Status::Withdrawn => "withdrawn",
            Status::Fulfilled => "fulfilled",
        }
    }

    pub fn parse(s: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|k| k.code() == s.trim())
    }

    /// The author may still change the text.
    pub fn is_editable(self) -> bool {
        matches!(
            self,
            Status::Draft | Status::Returned | Status::Submitted | Status::Published
        )
    }

    /// Closed for good (an expired one can still be renewed).
    pub fn is_closed(self) -> bool {
        matches!(self, Status::Withdrawn | Status::Fulfilled)
    }
}

impl std::fmt::Display for Status {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// A move in the lifecycle.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Transition {
    /// The author sends a draft (or a returned one) for validation.
    Submit,
    /// Staff send it back with comments.
    Return {
        comment: String,
    },
    /// Staff publish it.
    Publish,
    /// Its validity has passed (the background job).
    Expire,
    Withdraw,
    Fulfil,
    /// The author extends the validity of a published or expired one.
    Renew {
        valid_until: Date,
    },
}

impl Transition {
    /// The move a user asks for by name (`submit`, `return`, `publish`, `withdraw`, `fulfil`,
    /// `renew`), with its comment or new date. `expire` is the system's alone.
    pub fn from_request(
        action: &str,
        comment: Option<&str>,
        valid_until: Option<&str>,
    ) -> Result<Transition, Validation> {
        Ok(match action.trim() {
            "submit" => Transition::Submit,
            "return" => Transition::Return {
                comment: comment.unwrap_or("").trim().to_string(),
            },
            "publish" => Transition::Publish,
            "withdraw" => Transition::Withdraw,
            "fulfil" => Transition::Fulfil,
            "renew" => {
                let raw = valid_until.unwrap_or("").trim();
                let date = super::parse_date(raw).ok_or_else(|| {
                    Validation::single(
                        "valid_until",
                        if raw.is_empty() {
                            "required"
                        } else {
                            "invalid-date"
                        },
                        "must be a date, YYYY-MM-DD",
                    )
                })?;
                Transition::Renew { valid_until: date }
            }
            _ => {
                return Err(Validation::single(
                    "action",
                    "invalid-choice",
                    "must be submit, return, publish, withdraw, fulfil or renew",
                ));
            }
        })
    }

    /// The action's name in the audit log and in the API.
    pub fn action(&self) -> &'static str {
        match self {
            Transition::Submit => "submit",
            Transition::Return { .. } => "return",
            Transition::Publish => "publish",
            Transition::Expire => "expire",
            Transition::Withdraw => "withdraw",
            Transition::Fulfil => "fulfil",
            Transition::Renew { .. } => "renew",
        }
    }

    /// The status after the move, or why it is not allowed from `from`. `today` checks dates:
    /// nothing is published or renewed that would already have expired.
    pub fn apply(
        &self,
        from: Status,
        valid_until: Date,
        today: Date,
    ) -> Result<Status, Validation> {
        use Status::*;
        let refuse = |what: &str| {
            Err(Validation::single(
                "status",
                "invalid-transition",
                format!("{what} is not possible: the opportunity is {from}"),
            ))
        };
        match self {
            Transition::Submit => match from {
                Draft | Returned => Ok(Submitted),
                _ => refuse("submitting"),
            },
            Transition::Return { comment } => {
                if from != Submitted {
                    return refuse("returning to the author");
                }
                if comment.trim().is_empty() {
                    return Err(Validation::single(
                        "comment",
                        "required",
                        "say what the author should change",
                    ));
                }
                if comment.chars().count() > 2000 {
                    return Err(Validation::single(
                        "comment",
                        "too-long",
                        "must be at most 2000 characters",
                    ));
                }
                Ok(Returned)
            }
            Transition::Publish => {
                if from != Submitted {
                    return refuse("publishing");
                }
                if valid_until < today {
                    return Err(Validation::single(
                        "valid_until",
                        "in-the-past",
                        "has passed: the author must renew it first",
                    ));
                }
                Ok(Published)
            }
            Transition::Expire => match from {
                Published if valid_until < today => Ok(Expired),
                Published => refuse("expiring before its date"),
                _ => refuse("expiring"),
            },
            Transition::Withdraw => match from {
                Submitted | Returned | Published | Expired => Ok(Withdrawn),
                _ => refuse("withdrawing"),
            },
            Transition::Fulfil => match from {
                Published | Expired => Ok(Fulfilled),
                _ => refuse("marking as fulfilled"),
            },
            Transition::Renew { valid_until: new } => {
                if !matches!(from, Published | Expired) {
                    return refuse("renewing");
                }
                check_valid_until(*new, today).map_err(|e| *e)?;
                if *new <= valid_until {
                    return Err(Validation::single(
                        "valid_until",
                        "not-later",
                        "must be later than the current end of validity",
                    ));
                }
                Ok(Published)
            }
        }
    }
}

/// Opportunities are valid for at most two years ahead, and not already in the past.
pub const MAX_VALIDITY_DAYS: i64 = 731;

pub fn check_valid_until(valid_until: Date, today: Date) -> Result<(), Box<Validation>> {
    if valid_until < today {
        return Err(Box::new(Validation::single(
            "valid_until",
            "in-the-past",
            "must be today or later",
        )));
    }
    if (valid_until - today).whole_days() > MAX_VALIDITY_DAYS {
        return Err(Box::new(Validation::single(
            "valid_until",
            "too-far",
            "may be at most two years ahead",
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    const TODAY: Date = date!(2026 - 11 - 28);
    const LATER: Date = date!(2027 - 05 - 31);

    fn go(t: Transition, from: Status) -> Result<Status, Validation> {
        t.apply(from, LATER, TODAY)
    }

    #[test]
    fn the_validation_round_trip() {
        let s = go(Transition::Submit, Status::Draft).unwrap();
        let s = go(
            Transition::Return {
                comment: "Add the target market".into(),
            },
            s,
        )
        .unwrap();
        assert_eq!(s, Status::Returned);
        let s = go(Transition::Submit, s).unwrap();
        assert_eq!(go(Transition::Publish, s).unwrap(), Status::Published);
    }

    #[test]
    fn a_draft_cannot_be_published() {
        let err = go(Transition::Publish, Status::Draft).unwrap_err();
        assert_eq!(err.errors[0].code, "invalid-transition");
        assert!(err.errors[0].message.contains("draft"));
    }

    #[test]
    fn returning_needs_a_comment() {
        let err = go(
            Transition::Return {
                comment: " ".into(),
            },
            Status::Submitted,
        )
        .unwrap_err();
        assert_eq!(err.errors[0].field, "comment");
    }

    #[test]
    fn expiry_only_after_the_date() {
        assert!(go(Transition::Expire, Status::Published).is_err());
        assert_eq!(
            Transition::Expire
                .apply(Status::Published, date!(2026 - 11 - 27), TODAY)
                .unwrap(),
            Status::Expired
        );
    }

    #[test]
    fn renewal_moves_the_date_forward_and_republishes() {
        let renew = Transition::Renew {
            valid_until: date!(2027 - 11 - 01),
        };
        assert_eq!(
            go(renew.clone(), Status::Expired).unwrap(),
            Status::Published
        );
        assert!(go(renew, Status::Withdrawn).is_err());
        let backwards = Transition::Renew {
            valid_until: date!(2027 - 01 - 01),
        };
        assert_eq!(
            go(backwards, Status::Published).unwrap_err().errors[0].code,
            "not-later"
        );
    }

    #[test]
    fn closed_ones_stay_closed() {
        for t in [Transition::Submit, Transition::Publish, Transition::Fulfil] {
            assert!(go(t, Status::Withdrawn).is_err());
        }
    }
}
