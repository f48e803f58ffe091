//! The contact directory and introductions.
//!
//! - The directory is for staff and officials of public bodies (and admins): contacts' details
//!   are given to the agencies, not published.
//! - Staff and officials of a public body of the contact's city keep its entry (admins: any).
//! - Either agency on a case introduces the company to a contact and records how it goes; the
//!   company sees its introductions on its case.

use super::{allow, signed_in};
use crate::Result;
use crate::auth::Principal;

pub fn read_contacts(p: Option<&Principal>) -> Result<()> {
    signed_in(p)?;
    allow(super::sees_all_packs(p))
}

pub fn write_contact(p: Option<&Principal>, city: &str) -> Result<()> {
    super::keeps_city_guidance(p, city)
}

pub fn may_write_contact(p: Option<&Principal>, city: &str) -> bool {
    write_contact(p, city).is_ok()
}

#[cfg(test)]
mod tests {
    use super::super::tests::{org, principal};
    use super::*;
    use city2city_domain::accounts::Role;
    use city2city_domain::organisations::OrgKind;

    #[test]
    fn the_directory_is_for_the_agencies() {
        let member = principal(
            Role::CompanyMember,
            Some(org(3, "sigil-trust", OrgKind::Company, "sofia")),
        );
        let vienna = principal(
            Role::Staff,
            Some(org(
                1,
                "vienna-business-agency",
                OrgKind::BusinessAgency,
                "vienna",
            )),
        );
        assert!(read_contacts(Some(&member)).is_err());
        assert!(read_contacts(None).is_err());
        assert!(read_contacts(Some(&vienna)).is_ok());
        assert!(write_contact(Some(&vienna), "vienna").is_ok());
        assert!(write_contact(Some(&vienna), "sofia").is_err());
    }
}
