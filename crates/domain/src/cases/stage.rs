//! The life of a case: inquiry → qualified (by the home city's agency, which then refers it to
//! the host city's agency) → in progress (the host agency works on it) → established (the office
//! is open) → aftercare → closed; or dropped, with a reason, before it is established.

use super::{DropReason, Establishment};
use crate::validation::Validation;
use crate::vocabulary::vocabulary;

vocabulary! {
    Stage {
        Inquiry => "inquiry",
        Qualified => "qualified",
        InProgress => "in_progress",
        Established => "established",
        Aftercare => "aftercare",
        Closed => "closed",
        Dropped => "dropped",
    }
}

impl Stage {
    /// The stages of the pipeline board, in order (dropped cases are listed apart).
    pub const PIPELINE: [Stage; 6] = [
        Stage::Inquiry,
        Stage::Qualified,
        Stage::InProgress,
        Stage::Established,
        Stage::Aftercare,
        Stage::Closed,
    ];

    /// No further moves.
    pub fn is_final(self) -> bool {
        matches!(self, Stage::Closed | Stage::Dropped)
    }
}

/// Which agency acts: the one of the company's home city or the one of the host city.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Home,
    Host,
}

/// A move of a case from one stage to another.
#[derive(Debug, Clone, PartialEq)]
pub enum Move {
    /// The home agency has checked the request: a real plan, a fit for the programme.
    Qualify,
    /// The host agency takes the referred case on.
    Start,
    /// The office is open.
    Establish(Establishment),
    Aftercare,
    Close,
    Drop {
        reason: DropReason,
        note: Option<String>,
    },
}

impl Move {
    pub fn code(&self) -> &'static str {
        match self {
            Move::Qualify => "qualify",
            Move::Start => "start",
            Move::Establish(_) => "establish",
            Move::Aftercare => "aftercare",
            Move::Close => "close",
            Move::Drop { .. } => "drop",
        }
    }

    /// The stage a case is in after the move.
    pub fn target(&self) -> Stage {
        match self {
            Move::Qualify => Stage::Qualified,
            Move::Start => Stage::InProgress,
            Move::Establish(_) => Stage::Established,
            Move::Aftercare => Stage::Aftercare,
            Move::Close => Stage::Closed,
            Move::Drop { .. } => Stage::Dropped,
        }
    }

    /// The agencies that may make the move: qualifying is the home agency's, the host agency
    /// runs the case once referred; either may drop, close or move it to aftercare.
    pub fn sides(&self) -> &'static [Side] {
        match self {
            Move::Qualify => &[Side::Home],
            Move::Start | Move::Establish(_) => &[Side::Host],
            Move::Aftercare | Move::Close | Move::Drop { .. } => &[Side::Home, Side::Host],
        }
    }

    /// Checks the move from stage `from`; `referred` says whether the host agency has the case.
    pub fn check(&self, from: Stage, referred: bool) -> Result<Stage, Validation> {
        let ok = match self {
            Move::Qualify => from == Stage::Inquiry,
            Move::Start => from == Stage::Qualified,
            Move::Establish(_) => from == Stage::InProgress,
            Move::Aftercare => from == Stage::Established,
            Move::Close => matches!(from, Stage::Established | Stage::Aftercare),
            Move::Drop { .. } => {
                matches!(from, Stage::Inquiry | Stage::Qualified | Stage::InProgress)
            }
        };
        if !ok {
            return Err(Validation::single(
                "stage",
                "illegal-move",
                format!(
                    "a case in stage {from} cannot {}; {}",
                    self.code(),
                    allowed_from(from)
                ),
            ));
        }
        if matches!(self, Move::Start) && !referred {
            return Err(Validation::single(
                "stage",
                "not-referred",
                "the case must be referred to the host city's agency before work starts",
            ));
        }
        Ok(self.target())
    }
}

/// The moves open from a stage, in words, for error messages.
fn allowed_from(stage: Stage) -> String {
    match moves_from(stage) {
        [] => format!("a {stage} case is final"),
        moves => format!("possible moves: {}", moves.join(", ")),
    }
}

/// The moves a case in `stage` can make (their codes), for forms.
pub fn moves_from(stage: Stage) -> &'static [&'static str] {
    match stage {
        Stage::Inquiry => &["qualify", "drop"],
        Stage::Qualified => &["start", "drop"],
        Stage::InProgress => &["establish", "drop"],
        Stage::Established => &["aftercare", "close"],
        Stage::Aftercare => &["close"],
        Stage::Closed | Stage::Dropped => &[],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn drop() -> Move {
        Move::Drop {
            reason: DropReason::PlansChanged,
            note: None,
        }
    }

    #[test]
    fn the_pipeline_runs_forward_only() {
        assert_eq!(
            Move::Qualify.check(Stage::Inquiry, false),
            Ok(Stage::Qualified)
        );
        assert_eq!(
            Move::Start.check(Stage::Qualified, true),
            Ok(Stage::InProgress)
        );
        assert_eq!(
            Move::Aftercare.check(Stage::Established, true),
            Ok(Stage::Aftercare)
        );
        assert_eq!(Move::Close.check(Stage::Aftercare, true), Ok(Stage::Closed));
        assert_eq!(
            Move::Close.check(Stage::Established, true),
            Ok(Stage::Closed)
        );
        let e = Move::Qualify.check(Stage::InProgress, true).unwrap_err();
        let e = e.first().unwrap();
        assert_eq!((e.field.as_str(), e.code), ("stage", "illegal-move"));
        assert!(
            e.message.contains("in_progress") && e.message.contains("establish"),
            "{}",
            e.message
        );
        assert!(Move::Start.check(Stage::Inquiry, true).is_err());
        assert!(Move::Close.check(Stage::InProgress, true).is_err());
    }

    #[test]
    fn work_starts_only_once_referred() {
        let e = Move::Start.check(Stage::Qualified, false).unwrap_err();
        assert_eq!(e.first().unwrap().code, "not-referred");
    }

    #[test]
    fn only_open_cases_are_dropped_and_final_stages_stay() {
        for s in [Stage::Inquiry, Stage::Qualified, Stage::InProgress] {
            assert_eq!(drop().check(s, true), Ok(Stage::Dropped));
        }
        for s in [
            Stage::Established,
            Stage::Aftercare,
            Stage::Closed,
            Stage::Dropped,
        ] {
            assert!(drop().check(s, true).is_err(), "{s}");
        }
        for s in [Stage::Closed, Stage::Dropped] {
            assert!(moves_from(s).is_empty());
            let e = Move::Close.check(s, true).unwrap_err();
            assert!(e.first().unwrap().message.contains("final"));
        }
    }

    #[test]
    fn the_moves_offered_are_the_moves_allowed() {
        for stage in Stage::ALL.iter().copied() {
            for code in moves_from(stage) {
                let m = match *code {
                    "qualify" => Move::Qualify,
                    "start" => Move::Start,
                    "establish" => Move::Establish(Establishment::example()),
                    "aftercare" => Move::Aftercare,
                    "close" => Move::Close,
                    "drop" => drop(),
                    other => panic!("{other}"),
                };
                assert!(m.check(stage, true).is_ok(), "{stage} {code}");
            }
        }
    }
}
