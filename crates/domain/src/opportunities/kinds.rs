//! The closed vocabularies of a partnering profile: kind, cooperation types, stage of
//! development and intellectual-property status (the Enterprise Europe Network's profile model).

use crate::vocabulary::vocabulary;

vocabulary! {
    /// What a profile is: someone offers or looks for business or technology, or a research
    /// partner.
    OpportunityKind {
        BusinessOffer => "business_offer",
        BusinessRequest => "business_request",
        TechnologyOffer => "technology_offer",
        TechnologyRequest => "technology_request",
        ResearchRequest => "research_request",
    }
}

impl OpportunityKind {
    /// Technology and research profiles describe a technology: stage and IPR apply to them.
    pub fn is_technology(self) -> bool {
        matches!(
            self,
            OpportunityKind::TechnologyOffer
                | OpportunityKind::TechnologyRequest
                | OpportunityKind::ResearchRequest
        )
    }

    pub fn is_offer(self) -> bool {
        matches!(
            self,
            OpportunityKind::BusinessOffer | OpportunityKind::TechnologyOffer
        )
    }
}

vocabulary! {
    /// The kind of cooperation the author seeks.
    Cooperation {
        CommercialAgreement => "commercial_agreement",
        Distribution => "distribution",
        Licensing => "licensing",
        JointVenture => "joint_venture",
        ResearchCooperation => "research_cooperation",
        Subcontracting => "subcontracting",
        Acquisition => "acquisition",
        ServicesAgreement => "services_agreement",
        TechnicalCooperation => "technical_cooperation",
        Investment => "investment",
    }
}

vocabulary! {
    /// How far a technology has come.
    Stage {
        Concept => "concept",
        UnderDevelopment => "under_development",
        Prototype => "prototype",
        FieldTested => "field_tested",
        OnMarket => "on_market",
    }
}

vocabulary! {
    /// How a technology is protected.
    Ipr {
        None => "none",
        SecretKnowHow => "secret_know_how",
        PatentApplied => "patent_applied",
        PatentGranted => "patent_granted",
        Copyright => "copyright",
        Trademark => "trademark",
        DesignRights => "design_rights",
        Other => "other",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for k in OpportunityKind::ALL {
            assert_eq!(OpportunityKind::parse(k.code()), Some(*k));
        }
        assert_eq!(
            Cooperation::parse(" joint_venture "),
            Some(Cooperation::JointVenture)
        );
        assert_eq!(Stage::parse("finished"), None);
        assert!(OpportunityKind::ResearchRequest.is_technology());
        assert!(!OpportunityKind::BusinessOffer.is_technology());
    }
}
