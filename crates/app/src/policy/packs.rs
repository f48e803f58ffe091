//! Information packs.
//!
//! - A public pack is for anyone, signed in or not.
//! - The others are for staff and officials of public bodies (and admins), and for members of a
//!   company to whose case the pack was sent.
//! - Staff and officials of a public body of the city write its packs (admins: any).
//! - Either agency on a case sends packs of the case's host city to it.

use crate::Result;
use crate::auth::Principal;
use city2city_domain::accounts::Role;

/// Sees every pack, public or not: staff and officials of public bodies, admins.
pub fn sees_all_packs(p: Option<&Principal>) -> bool {
    p.is_some_and(|p| {
        p.is_admin()
            || (matches!(p.role(), Role::Staff | Role::Official)
                && p.org.as_ref().is_some_and(|o| o.kind.is_public_body()))
    })
}

/// May read a pack; `sent_to_own_case`: it was sent to a case of the viewer's company.
pub fn read_pack(p: Option<&Principal>, public: bool, sent_to_own_case: bool) -> Result<()> {
    if public || sees_all_packs(p) || (p.is_some() && sent_to_own_case) {
        Ok(())
    } else {
        // A pack one may not read does not exist for them.
        Err(crate::AppError::NotFound)
    }
}

pub fn write_pack(p: Option<&Principal>, city: &str) -> Result<()> {
    super::keeps_city_guidance(p, city)
}

pub fn may_write_pack(p: Option<&Principal>, city: &str) -> bool {
    write_pack(p, city).is_ok()
}

#[cfg(test)]
mod tests {
    use super::super::tests::{org, principal};
    use super::*;
    use city2city_domain::organisations::OrgKind;

    #[test]
    fn the_public_reads_only_public_packs() {
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
        assert!(read_pack(None, true, false).is_ok());
        assert!(read_pack(None, false, false).is_err());
        assert!(read_pack(Some(&member), false, false).is_err());
        assert!(read_pack(Some(&member), false, true).is_ok());
        assert!(read_pack(Some(&vienna), false, false).is_ok());
        assert!(write_pack(Some(&vienna), "vienna").is_ok());
        assert!(write_pack(Some(&vienna), "sofia").is_err());
        assert!(write_pack(Some(&member), "sofia").is_err());
    }
}
