//! Who may do what: every authorisation decision of the platform, one function per capability.
//! Handlers and CLI commands never decide by themselves; they ask here.
//!
//! The rules:
//! - admins may do everything;
//! - everyone acting for an organisation may edit that organisation and its people;
//! - staff and officials of a public body (municipality, business agency) also look after the
//!   companies, universities, service providers and NGOs of their own city, but not after
//!   other public bodies, nor anything in another city;
//! - company members see contact details of their own organisation only; staff, officials and
//!   admins see all; the public sees none;
//! - a partnership is kept by admins, officials of a municipality in one of its cities, and staff
//!   of an organisation that is party to it;
//! - opportunities and expressions of interest: see [`opportunities`];
//! - soft-landing cases: see [`cases`]; playbooks and checklists: see [`playbooks`].

use crate::auth::Principal;
use crate::{AppError, Result};
use city2city_domain::accounts::Role;
use city2city_domain::organisations::OrgKind;
use city2city_domain::partnerships::Partnership;
use city2city_store::OrgSummary;

mod cases;
mod contacts;
mod opportunities;
mod packs;
mod playbooks;
pub use cases::*;
pub use contacts::*;
pub use opportunities::*;
pub use packs::*;
pub use playbooks::*;

pub(crate) fn allow(ok: bool) -> Result<()> {
    if ok { Ok(()) } else { Err(AppError::Forbidden) }
}

pub(crate) fn signed_in(p: Option<&Principal>) -> Result<&Principal> {
    p.ok_or(AppError::Unauthenticated)
}

/// Staff or official of a public body in `city`.
pub(crate) fn looks_after_city(p: &Principal, city: &str) -> bool {
    matches!(p.role(), Role::Staff | Role::Official)
        && p.org
            .as_ref()
            .is_some_and(|o| o.kind.is_public_body() && o.city == city)
}

/// Writes a city's guidance for companies (playbooks, information packs, directory entries):
/// staff and officials of a public body of the city, admins.
pub(crate) fn keeps_city_guidance(p: Option<&Principal>, city: &str) -> Result<()> {
    let p = signed_in(p)?;
    allow(p.is_admin() || looks_after_city(p, city))
}

pub fn manage_cities(p: Option<&Principal>) -> Result<()> {
    allow(signed_in(p)?.is_admin())
}

pub fn manage_users(p: Option<&Principal>) -> Result<()> {
    allow(signed_in(p)?.is_admin())
}

pub fn view_audit_log(p: Option<&Principal>) -> Result<()> {
    allow(signed_in(p)?.is_admin())
}

pub fn create_organisation(p: Option<&Principal>, kind: OrgKind, city: &str) -> Result<()> {
    let p = signed_in(p)?;
    allow(p.is_admin() || (!kind.is_public_body() && looks_after_city(p, city)))
}

pub fn edit_organisation(p: Option<&Principal>, org: &OrgSummary) -> Result<()> {
    let p = signed_in(p)?;
    let own = p.org.as_ref().is_some_and(|o| o.id == org.id);
    allow(p.is_admin() || own || (!org.kind.is_public_body() && looks_after_city(p, &org.city)))
}

/// Moving an organisation (changing its city or kind) must keep it within the editor's reach.
pub fn edit_organisation_into(
    p: Option<&Principal>,
    org: &OrgSummary,
    kind: OrgKind,
    city: &str,
) -> Result<()> {
    edit_organisation(p, org)?;
    let p = signed_in(p)?;
    if p.is_admin() || (org.kind == kind && org.city == city) {
        return Ok(());
    }
    allow(!kind.is_public_body() && looks_after_city(p, city))
}

pub fn delete_organisation(p: Option<&Principal>) -> Result<()> {
    allow(signed_in(p)?.is_admin())
}

/// Creating, changing or removing a person is editing their organisation.
pub fn edit_people_of(p: Option<&Principal>, org: &OrgSummary) -> Result<()> {
    edit_organisation(p, org)
}

/// Whether `p` may see e-mail and phone of people of organisation `org_slug`.
pub fn see_contacts(p: Option<&Principal>, org_slug: &str) -> bool {
    match p {
        None => false,
        Some(p) => match p.role() {
            Role::Admin | Role::Staff | Role::Official => true,
            Role::CompanyMember => p.org.as_ref().is_some_and(|o| o.slug == org_slug),
        },
    }
}

pub fn create_partnership(p: Option<&Principal>, cities: &[String]) -> Result<()> {
    let p = signed_in(p)?;
    let official_of_a_city = p.role() == Role::Official
        && p.org
            .as_ref()
            .is_some_and(|o| o.kind == OrgKind::Municipality && cities.contains(&o.city));
    allow(p.is_admin() || official_of_a_city)
}

pub fn manage_partnership(p: Option<&Principal>, partnership: &Partnership) -> Result<()> {
    let p = signed_in(p)?;
    if p.is_admin() {
        return Ok(());
    }
    let Some(org) = p.org.as_ref() else {
        return Err(AppError::Forbidden);
    };
    let official = p.role() == Role::Official
        && org.kind == OrgKind::Municipality
        && partnership.cities.contains(&org.city);
    let party_staff = matches!(p.role(), Role::Staff | Role::Official)
        && partnership
            .parties
            .iter()
            .any(|party| party.organisation == org.slug);
    allow(official || party_staff)
}

pub fn delete_partnership(p: Option<&Principal>) -> Result<()> {
    allow(signed_in(p)?.is_admin())
}

#[cfg(test)]
mod tests {
    use super::*;
    use city2city_domain::accounts::User;
    use city2city_domain::partnerships::Party;

    pub(super) fn org(id: i64, slug: &str, kind: OrgKind, city: &str) -> OrgSummary {
        OrgSummary {
            id,
            slug: slug.into(),
            kind,
            city: city.into(),
        }
    }

    pub(super) fn principal(role: Role, o: Option<OrgSummary>) -> Principal {
        Principal {
            user: User {
                id: 1,
                email: "x@example.org".into(),
                name: "X".into(),
                role,
                organisation: o.as_ref().map(|o| o.slug.clone()),
                lang: None,
                disabled: false,
            },
            org: o,
        }
    }

    fn vba() -> OrgSummary {
        org(
            1,
            "vienna-business-agency",
            OrgKind::BusinessAgency,
            "vienna",
        )
    }
    fn sia() -> OrgSummary {
        org(
            2,
            "sofia-investment-agency",
            OrgKind::BusinessAgency,
            "sofia",
        )
    }
    fn sofia_company() -> OrgSummary {
        org(3, "balkan-pay", OrgKind::Company, "sofia")
    }
    fn vienna_company() -> OrgSummary {
        org(4, "donau-soft", OrgKind::Company, "vienna")
    }

    #[test]
    fn vienna_agency_staff_cannot_change_the_sofia_agency_or_sofia_companies() {
        let staff = principal(Role::Staff, Some(vba()));
        assert!(edit_organisation(Some(&staff), &vba()).is_ok());
        assert!(edit_organisation(Some(&staff), &vienna_company()).is_ok());
        assert!(matches!(
            edit_organisation(Some(&staff), &sia()),
            Err(AppError::Forbidden)
        ));
        assert!(matches!(
            edit_organisation(Some(&staff), &sofia_company()),
            Err(AppError::Forbidden)
        ));
        assert!(create_organisation(Some(&staff), OrgKind::Company, "vienna").is_ok());
        assert!(create_organisation(Some(&staff), OrgKind::Company, "sofia").is_err());
        assert!(create_organisation(Some(&staff), OrgKind::BusinessAgency, "vienna").is_err());
        assert!(
            edit_organisation_into(Some(&staff), &vienna_company(), OrgKind::Company, "sofia")
                .is_err()
        );
    }

    #[test]
    fn a_company_member_changes_only_their_own_company() {
        let member = principal(Role::CompanyMember, Some(sofia_company()));
        assert!(edit_organisation(Some(&member), &sofia_company()).is_ok());
        assert!(edit_organisation(Some(&member), &vienna_company()).is_err());
        assert!(create_organisation(Some(&member), OrgKind::Company, "sofia").is_err());
        assert!(see_contacts(Some(&member), "balkan-pay"));
        assert!(!see_contacts(Some(&member), "donau-soft"));
    }

    #[test]
    fn the_public_is_asked_to_sign_in_and_sees_no_contacts() {
        assert!(matches!(
            edit_organisation(None, &sia()),
            Err(AppError::Unauthenticated)
        ));
        assert!(!see_contacts(None, "sofia-investment-agency"));
        assert!(matches!(
            manage_cities(None),
            Err(AppError::Unauthenticated)
        ));
    }

    #[test]
    fn partnerships_are_kept_by_officials_of_their_cities_and_staff_of_their_parties() {
        let p = Partnership {
            id: 1,
            slug: "sofia-vienna".into(),
            name: Default::default(),
            cities: vec!["sofia".into(), "vienna".into()],
            parties: vec![Party {
                organisation: "vienna-business-agency".into(),
                role: None,
            }],
            events: vec![],
        };
        let official = principal(
            Role::Official,
            Some(org(5, "sofia-municipality", OrgKind::Municipality, "sofia")),
        );
        let staff = principal(Role::Staff, Some(vba()));
        let other = principal(
            Role::Staff,
            Some(org(6, "graz-agency", OrgKind::BusinessAgency, "graz")),
        );
        let member = principal(Role::CompanyMember, Some(sofia_company()));
        assert!(manage_partnership(Some(&official), &p).is_ok());
        assert!(manage_partnership(Some(&staff), &p).is_ok());
        assert!(manage_partnership(Some(&other), &p).is_err());
        assert!(manage_partnership(Some(&member), &p).is_err());
        assert!(create_partnership(Some(&official), &p.cities).is_ok());
        assert!(create_partnership(Some(&staff), &p.cities).is_err());
    }

    #[test]
    fn only_admins_manage_users_and_cities() {
        let admin = principal(Role::Admin, None);
        let staff = principal(Role::Staff, Some(vba()));
        assert!(manage_users(Some(&admin)).is_ok());
        assert!(matches!(
            manage_users(Some(&staff)),
            Err(AppError::Forbidden)
        ));
        assert!(manage_cities(Some(&staff)).is_err());
        assert!(delete_organisation(Some(&staff)).is_err());
    }
}
