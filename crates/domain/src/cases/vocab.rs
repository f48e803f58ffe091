//! The closed vocabularies of a soft-landing case.

use crate::vocabulary::vocabulary;

vocabulary! {
    /// How the company means to be present in the host city.
    Plan {
        Branch => "branch",
        Subsidiary => "subsidiary",
        RepresentativeOffice => "representative_office",
        Relocation => "relocation",
    }
}

vocabulary! {
    /// What the company needs help with.
    Need {
        LegalForm => "legal_form",
        Tax => "tax",
        Banking => "banking",
        Hiring => "hiring",
        Permits => "permits",
        OfficeSpace => "office_space",
        Funding => "funding",
        Contacts => "contacts",
    }
}

vocabulary! {
    /// Why a case was dropped.
    DropReason {
        NoResponse => "no_response",
        PlansChanged => "plans_changed",
        WentElsewhere => "went_elsewhere",
        NotEligible => "not_eligible",
        FundingFailed => "funding_failed",
        Other => "other",
    }
}

vocabulary! {
    /// What was logged on a case by hand.
    ActivityKind {
        Note => "note",
        Call => "call",
        Meeting => "meeting",
        Email => "email",
    }
}

impl DropReason {
    /// How a drop reads in the case's history: the reason's code, then the note if any.
    pub fn history_text(self, note: Option<&str>) -> String {
        match note {
            Some(n) => format!("{}: {n}", self.code()),
            None => self.code().to_string(),
        }
    }
}
