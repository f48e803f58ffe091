//! Expressions of interest: a company answers a published opportunity; the owner accepts or
//! declines; on acceptance both sides see each other's contact person (an introduction), and the
//! outcome is recorded later.

use crate::validation::Validation;
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

pub const MAX_MESSAGE: usize = 3000;
pub const MAX_CONTRIBUTION: usize = 1500;
pub const MAX_REASON: usize = 1000;
/// How many expressions of interest one company may send in a day.
pub const DAILY_LIMIT: i64 = 10;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum InterestStatus {
    Sent,
    Accepted,
    Declined,
    Withdrawn,
}

impl InterestStatus {
    pub const ALL: [InterestStatus; 4] = [
        InterestStatus::Sent,
        InterestStatus::Accepted,
        InterestStatus::Declined,
        InterestStatus::Withdrawn,
    ];

    pub fn code(self) -> &'static str {
        match self {
            InterestStatus::Sent => "sent",
            InterestStatus::Accepted => "accepted",
            InterestStatus::Declined => "declined",
            InterestStatus::Withdrawn => "withdrawn",
        }
    }

    pub fn parse(s: &str) -> Option<InterestStatus> {
        InterestStatus::ALL
            .into_iter()
            .find(|k| k.code() == s.trim())
    }

    /// Still open: a company has at most one open expression per opportunity.
    pub fn is_open(self) -> bool {
        matches!(self, InterestStatus::Sent | InterestStatus::Accepted)
    }
}

impl std::fmt::Display for InterestStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// What came of an introduction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Met,
    AgreementSigned,
    NoDeal,
}

impl Outcome {
    pub const ALL: [Outcome; 3] = [Outcome::Met, Outcome::AgreementSigned, Outcome::NoDeal];

    pub fn code(self) -> &'static str {
        match self {
            Outcome::Met => "met",
            Outcome::AgreementSigned => "agreement_signed",
            Outcome::NoDeal => "no_deal",
        }
    }

    pub fn parse(s: &str) -> Option<Outcome> {
        Outcome::ALL.into_iter().find(|k| k.code() == s.trim())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Interest {
    pub id: i64,
    /// Reference of the opportunity.
    pub opportunity: String,
    /// Slug of the interested organisation.
    pub organisation: String,
    pub message: String,
    pub contribution: String,
    pub status: InterestStatus,
    #[serde(default)]
    pub decline_reason: Option<String>,
    #[serde(default)]
    pub outcome: Option<Outcome>,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub created_at: OffsetDateTime,
    #[serde(default, with = "time::serde::rfc3339::option")]
    #[schema(value_type = Option<String>, format = DateTime)]
    pub decided_at: Option<OffsetDateTime>,
}

/// A new expression of interest.
#[derive(Debug, Clone, Default, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct InterestInput {
    pub message: String,
    /// What the interested company brings.
    pub contribution: String,
}

impl InterestInput {
    pub fn validate(self) -> Result<(String, String), Validation> {
        let mut v = Validation::new();
        let message = v.required("message", &self.message, MAX_MESSAGE);
        let contribution = v.required("contribution", &self.contribution, MAX_CONTRIBUTION);
        v.finish()?;
        Ok((message, contribution))
    }
}

/// A move of an expression of interest.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InterestMove {
    /// The owner accepts: the introduction.
    Accept,
    Decline {
        reason: Option<String>,
    },
    /// The sender takes it back before the owner answers.
    Withdraw,
    /// Either side records what came of the introduction.
    Outcome(Outcome),
}

impl InterestMove {
    /// The move a user asks for by name: `accept`, `decline` (with an optional reason),
    /// `withdraw`, or `outcome` with one of met, agreement_signed, no_deal.
    pub fn from_request(
        action: &str,
        reason: Option<&str>,
        outcome: Option<&str>,
    ) -> Result<InterestMove, Validation> {
        Ok(match action.trim() {
            "accept" => InterestMove::Accept,
            "decline" => InterestMove::Decline {
                reason: reason
                    .map(str::trim)
                    .filter(|r| !r.is_empty())
                    .map(str::to_string),
            },
            "withdraw" => InterestMove::Withdraw,
            "outcome" => {
                InterestMove::Outcome(outcome.and_then(Outcome::parse).ok_or_else(|| {
                    Validation::single(
                        "outcome",
                        "invalid-choice",
                        "must be met, agreement_signed or no_deal",
                    )
                })?)
            }
            _ => {
                return Err(Validation::single(
                    "action",
                    "invalid-choice",
                    "must be accept, decline, withdraw or outcome",
                ));
            }
        })
    }

    pub fn action(&self) -> &'static str {
        match self {
            InterestMove::Accept => "accept",
            InterestMove::Decline { .. } => "decline",
            InterestMove::Withdraw => "withdraw",
            InterestMove::Outcome(_) => "outcome",
        }
    }

    /// The status after the move, or why it is refused.
    pub fn apply(&self, from: InterestStatus) -> Result<InterestStatus, Validation> {
        let refuse = |what: &str| {
            Err(Validation::single(
                "status",
                "invalid-transition",
                format!("{what} is not possible: the expression of interest is {from}"),
            ))
        };
        match self {
            InterestMove::Accept => match from {
                InterestStatus::Sent => Ok(InterestStatus::Accepted),
                _ => refuse("accepting"),
            },
            InterestMove::Decline { reason } => {
                if from != InterestStatus::Sent {
                    return refuse("declining");
                }
                if reason
                    .as_deref()
                    .is_some_and(|r| r.chars().count() > MAX_REASON)
                {
                    return Err(Validation::single(
                        "reason",
                        "too-long",
                        format!("must be at most {MAX_REASON} characters"),
                    ));
                }
                Ok(InterestStatus::Declined)
            }
            InterestMove::Withdraw => match from {
                InterestStatus::Sent => Ok(InterestStatus::Withdrawn),
                _ => refuse("withdrawing"),
            },
            InterestMove::Outcome(_) => match from {
                InterestStatus::Accepted => Ok(InterestStatus::Accepted),
                _ => refuse("recording an outcome"),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepted_then_outcome() {
        let s = InterestMove::Accept.apply(InterestStatus::Sent).unwrap();
        assert_eq!(s, InterestStatus::Accepted);
        assert_eq!(
            InterestMove::Outcome(Outcome::Met).apply(s).unwrap(),
            InterestStatus::Accepted
        );
    }

    #[test]
    fn a_withdrawn_expression_cannot_be_accepted() {
        let err = InterestMove::Accept
            .apply(InterestStatus::Withdrawn)
            .unwrap_err();
        assert_eq!(err.errors[0].code, "invalid-transition");
        assert!(err.errors[0].message.contains("withdrawn"));
    }

    #[test]
    fn no_outcome_before_acceptance() {
        assert!(
            InterestMove::Outcome(Outcome::NoDeal)
                .apply(InterestStatus::Sent)
                .is_err()
        );
    }

    #[test]
    fn message_and_contribution_are_required() {
        let err = InterestInput::default().validate().unwrap_err();
        assert_eq!(err.errors.len(), 2);
    }
}
