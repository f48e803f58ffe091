//! Playbooks.
//!
//! - Everyone signed in reads playbooks: they are guidance, with public registers and offices.
//! - Staff and officials of a public body of the city write its playbooks (admins: any).
//! - Either agency on a case applies a playbook of the case's host city to it; ticking the
//!   steps is for the company and both agencies (see [`super::tick_case_steps`]).

use super::signed_in;
use crate::Result;
use crate::auth::Principal;

pub fn read_playbooks(p: Option<&Principal>) -> Result<()> {
    signed_in(p).map(|_| ())
}

pub fn write_playbook(p: Option<&Principal>, city: &str) -> Result<()> {
    super::keeps_city_guidance(p, city)
}

/// Whether `p` may write the city's playbooks, for showing the edit links.
pub fn may_write_playbook(p: Option<&Principal>, city: &str) -> bool {
    write_playbook(p, city).is_ok()
}

#[cfg(test)]
mod tests {
    use super::super::tests::{org, principal};
    use super::*;
    use city2city_domain::accounts::Role;
    use city2city_domain::organisations::OrgKind;

    #[test]
    fn a_citys_playbooks_are_written_by_its_public_bodies() {
        let vienna = principal(
            Role::Staff,
            Some(org(
                1,
                "vienna-business-agency",
                OrgKind::BusinessAgency,
                "vienna",
            )),
        );
        let sofia = principal(
            Role::Staff,
            Some(org(
                2,
                "sofia-investment-agency",
                OrgKind::BusinessAgency,
                "sofia",
            )),
        );
        let member = principal(
            Role::CompanyMember,
            Some(org(3, "sigil-trust", OrgKind::Company, "vienna")),
        );
        assert!(write_playbook(Some(&vienna), "vienna").is_ok());
        assert!(write_playbook(Some(&sofia), "vienna").is_err());
        assert!(write_playbook(Some(&member), "vienna").is_err());
        assert!(read_playbooks(Some(&member)).is_ok());
        assert!(read_playbooks(None).is_err());
    }
}
