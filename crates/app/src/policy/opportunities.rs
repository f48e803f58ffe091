//! Opportunities and expressions of interest.
//!
//! - The *author side* of an opportunity: people acting for the owning organisation, staff and
//!   officials of a public body in the owner's city (they may write on a company's behalf), and
//!   admins. They create, edit, submit, withdraw, renew and answer expressions of interest.
//! - Staff of a public body in the owner's city validate (return or publish); admins too.
//! - Published opportunities are public, without the owner's name unless the owner shows it;
//!   everything else is seen by the author side and by staff of public bodies in the owner's
//!   city. Staff and officials of public bodies anywhere see who the owner is.
//! - A company member sends expressions of interest for their own organisation, never on its own
//!   opportunities. The expression is seen by both sides and the staff of both cities.

use super::{allow, looks_after_city, signed_in};
use crate::auth::Principal;
use crate::{AppError, Result};
use city2city_domain::accounts::Role;
use city2city_domain::opportunities::Opportunity;
use city2city_domain::organisations::OrgKind;
use city2city_store::{InterestRecord, OrgSummary};

fn acts_for(p: &Principal, org_id: i64) -> bool {
    p.org.as_ref().is_some_and(|o| o.id == org_id)
}

/// Staff or official of any municipality or business agency.
fn public_body_staff(p: &Principal) -> bool {
    matches!(p.role(), Role::Staff | Role::Official)
        && p.org.as_ref().is_some_and(|o| o.kind.is_public_body())
}

/// May write an opportunity for `owner` (create, edit, submit, withdraw, renew, fulfil, answer).
pub fn author_opportunity(p: Option<&Principal>, owner: &OrgSummary) -> Result<()> {
    let p = signed_in(p)?;
    allow(
        p.is_admin()
            || acts_for(p, owner.id)
            || (!owner.kind.is_public_body() && looks_after_city(p, &owner.city)),
    )
}

/// May return or publish an opportunity of an owner in `owner_city`.
pub fn validate_opportunity(p: Option<&Principal>, owner_city: &str) -> Result<()> {
    let p = signed_in(p)?;
    let agency_staff = p.role() == Role::Staff
        && p.org
            .as_ref()
            .is_some_and(|o| o.kind.is_public_body() && o.city == owner_city);
    allow(p.is_admin() || agency_staff)
}

/// May see the opportunity at all (published ones: everyone).
pub fn view_opportunity(p: Option<&Principal>, o: &Opportunity, owner: &OrgSummary) -> Result<()> {
    if o.is_public() {
        return Ok(());
    }
    // Not found rather than "sign in": unpublished ones do not exist for outsiders.
    let p = p.ok_or(AppError::NotFound)?;
    allow(
        p.is_admin()
            || acts_for(p, owner.id)
            || (public_body_staff(p) && p.org.as_ref().is_some_and(|org| org.city == owner.city)),
    )
    .map_err(|_| AppError::NotFound)
}

/// May see who owns it (name and contact person). Without that right the page is anonymous.
/// `introduced` is true when `p`'s organisation has an accepted expression of interest in it.
pub fn see_owner(
    p: Option<&Principal>,
    o: &Opportunity,
    owner: &OrgSummary,
    introduced: bool,
) -> bool {
    let Some(p) = p else {
        return o.show_name;
    };
    p.is_admin() || acts_for(p, owner.id) || public_body_staff(p) || introduced || o.show_name
}

/// May send an expression of interest for `sender` on `o`.
pub fn express_interest(
    p: Option<&Principal>,
    owner: &OrgSummary,
    sender: Option<&OrgSummary>,
) -> Result<()> {
    let p = signed_in(p)?;
    let Some(sender) = sender else {
        return Err(AppError::Forbidden);
    };
    if sender.id == owner.id {
        return Err(city2city_domain::Validation::single(
            "opportunity",
            "own-opportunity",
            "this is your own organisation's opportunity",
        )
        .into());
    }
    allow(
        p.role() == Role::CompanyMember && acts_for(p, sender.id) && !sender.kind.is_public_body(),
    )
}

/// May see the expression of interest.
pub fn view_interest(p: Option<&Principal>, i: &InterestRecord) -> Result<()> {
    let p = signed_in(p)?;
    let city_staff = public_body_staff(p)
        && p.org
            .as_ref()
            .is_some_and(|o| o.city == i.owner_city || o.city == i.sender_city);
    allow(p.is_admin() || acts_for(p, i.owner_id) || acts_for(p, i.sender_id) || city_staff)
        .map_err(|_| AppError::NotFound)
}

/// May accept or decline it: the owner's side.
pub fn answer_interest(
    p: Option<&Principal>,
    i: &InterestRecord,
    owner: &OrgSummary,
) -> Result<()> {
    view_interest(p, i)?;
    author_opportunity(p, owner)
}

/// May withdraw it: the sender's side.
pub fn withdraw_interest(p: Option<&Principal>, i: &InterestRecord) -> Result<()> {
    view_interest(p, i)?;
    let p = signed_in(p)?;
    allow(p.is_admin() || acts_for(p, i.sender_id))
}

/// May record the outcome: either side, or staff of either city.
pub fn record_outcome(p: Option<&Principal>, i: &InterestRecord) -> Result<()> {
    view_interest(p, i)
}

/// The validation queue and the staff's view of interests: staff of public bodies and admins.
pub fn staff_desk(p: Option<&Principal>) -> Result<()> {
    let p = signed_in(p)?;
    allow(p.is_admin() || public_body_staff(p))
}

/// Only companies and other non-public organisations own opportunities.
pub fn may_own_opportunities(kind: OrgKind) -> bool {
    !kind.is_public_body()
}

#[cfg(test)]
mod tests {
    use super::super::tests::{org, principal};
    use super::*;

    fn sofia_company() -> OrgSummary {
        org(3, "sigil-trust", OrgKind::Company, "sofia")
    }
    fn vienna_company() -> OrgSummary {
        org(4, "zahlwerk", OrgKind::Company, "vienna")
    }
    fn sia() -> OrgSummary {
        org(
            2,
            "sofia-investment-agency",
            OrgKind::BusinessAgency,
            "sofia",
        )
    }
    fn vba() -> OrgSummary {
        org(
            1,
            "vienna-business-agency",
            OrgKind::BusinessAgency,
            "vienna",
        )
    }

    #[test]
    fn sofia_staff_validate_sofia_opportunities_only() {
        let sofia = principal(Role::Staff, Some(sia()));
        let vienna = principal(Role::Staff, Some(vba()));
        let member = principal(Role::CompanyMember, Some(sofia_company()));
        assert!(validate_opportunity(Some(&sofia), "sofia").is_ok());
        assert!(validate_opportunity(Some(&vienna), "sofia").is_err());
        assert!(validate_opportunity(Some(&member), "sofia").is_err());
        assert!(matches!(
            validate_opportunity(None, "sofia"),
            Err(AppError::Unauthenticated)
        ));
    }

    #[test]
    fn authors_are_the_owner_and_its_city_staff() {
        let member = principal(Role::CompanyMember, Some(sofia_company()));
        let other = principal(Role::CompanyMember, Some(vienna_company()));
        let sofia = principal(Role::Staff, Some(sia()));
        assert!(author_opportunity(Some(&member), &sofia_company()).is_ok());
        assert!(author_opportunity(Some(&sofia), &sofia_company()).is_ok());
        assert!(author_opportunity(Some(&other), &sofia_company()).is_err());
    }

    #[test]
    fn no_interest_in_your_own_opportunity_and_none_from_staff() {
        let member = principal(Role::CompanyMember, Some(sofia_company()));
        let err =
            express_interest(Some(&member), &sofia_company(), Some(&sofia_company())).unwrap_err();
        assert!(matches!(err, AppError::Validation(_)));
        let vienna = principal(Role::CompanyMember, Some(vienna_company()));
        assert!(express_interest(Some(&vienna), &sofia_company(), Some(&vienna_company())).is_ok());
        let staff = principal(Role::Staff, Some(vba()));
        assert!(express_interest(Some(&staff), &sofia_company(), Some(&vba())).is_err());
    }
}
