//! Soft-landing cases.
//!
//! - A case is seen by the company it is for (its members), by staff and officials of the home
//!   city's agency, by those of the host city's agency once it is referred, and by admins. For
//!   everyone else it does not exist (not found, not "forbidden").
//! - A company member asks for support for their own company; staff of a public body open a case
//!   on behalf of a company of their city.
//! - Moves, referral, managers and activities are the agencies' work: each move names the sides
//!   that may make it (see `Move::sides`). Admins act for whichever side a move needs.
//! - The company and the staff of both agencies tick checklist steps.

use super::{allow, looks_after_city, signed_in};
use crate::auth::Principal;
use crate::{AppError, Result};
use city2city_domain::accounts::Role;
use city2city_domain::cases::Side;
use city2city_store::{CaseRecord, OrgSummary};

/// How the viewer stands to a case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CaseRole {
    /// Staff of the home or host agency.
    Agency(Side),
    /// A member of the company the case is for.
    Company,
    Admin,
}

impl CaseRole {
    /// The side the viewer writes the case's history for (admins act for the home agency).
    pub fn side(self) -> &'static str {
        match self {
            CaseRole::Agency(Side::Home) | CaseRole::Admin => "home",
            CaseRole::Agency(Side::Host) => "host",
            CaseRole::Company => "company",
        }
    }
}

fn agency_staff_of(p: &Principal, org_id: Option<i64>) -> bool {
    matches!(p.role(), Role::Staff | Role::Official)
        && org_id.is_some()
        && p.org.as_ref().map(|o| o.id) == org_id
}

/// How `p` stands to the case, or not found.
pub fn view_case(p: Option<&Principal>, c: &CaseRecord) -> Result<CaseRole> {
    let p = p.ok_or(AppError::NotFound)?;
    if p.is_admin() {
        Ok(CaseRole::Admin)
    } else if agency_staff_of(p, Some(c.home_agency_id)) {
        Ok(CaseRole::Agency(Side::Home))
    } else if agency_staff_of(p, c.host_agency_id) {
        Ok(CaseRole::Agency(Side::Host))
    } else if p.role() == Role::CompanyMember
        && p.org.as_ref().is_some_and(|o| o.id == c.company_id)
    {
        Ok(CaseRole::Company)
    } else {
        Err(AppError::NotFound)
    }
}

/// May open a case for `company`.
pub fn open_case(p: Option<&Principal>, company: &OrgSummary) -> Result<()> {
    let p = signed_in(p)?;
    let own = p.role() == Role::CompanyMember && p.org.as_ref().is_some_and(|o| o.id == company.id);
    allow(
        !company.kind.is_public_body()
            && (p.is_admin() || own || looks_after_city(p, &company.city)),
    )
}

/// The side `p` acts for when doing something only `sides` may do on the case.
pub fn act_on_case(p: Option<&Principal>, c: &CaseRecord, sides: &[Side]) -> Result<Side> {
    match view_case(p, c)? {
        CaseRole::Admin => sides.first().copied().ok_or(AppError::Forbidden),
        CaseRole::Agency(side) if sides.contains(&side) => Ok(side),
        _ => Err(AppError::Forbidden),
    }
}

/// May tick steps of the case's checklist: the company and both agencies.
pub fn tick_case_steps(p: Option<&Principal>, c: &CaseRecord) -> Result<CaseRole> {
    view_case(p, c)
}

/// May attach files to the case: the company and both agencies, like ticking steps.
pub fn attach_to_case(p: Option<&Principal>, c: &CaseRecord) -> Result<CaseRole> {
    view_case(p, c)
}

/// May remove a file attached for `file_side`: those who act for that side (the company's
/// members its files, an agency's staff their agency's), and admins.
pub fn remove_attachment(
    p: Option<&Principal>,
    c: &CaseRecord,
    file_side: &str,
) -> Result<CaseRole> {
    let role = view_case(p, c)?;
    if role == CaseRole::Admin || role.side() == file_side {
        Ok(role)
    } else {
        Err(AppError::Forbidden)
    }
}

/// May see an agency's pipeline board: its own staff and officials (admins: any).
pub fn case_board(p: Option<&Principal>) -> Result<()> {
    let p = signed_in(p)?;
    allow(
        p.is_admin()
            || (matches!(p.role(), Role::Staff | Role::Official)
                && p.org.as_ref().is_some_and(|o| o.kind.is_public_body())),
    )
}

/// May set an agency's first-response target: its own staff (admins: any).
pub fn set_agency_target(p: Option<&Principal>, agency: &OrgSummary) -> Result<()> {
    let p = signed_in(p)?;
    allow(p.is_admin() || agency_staff_of(p, Some(agency.id)))
}

#[cfg(test)]
mod tests {
    use super::super::tests::{org, principal};
    use super::*;
    use city2city_domain::Localized;
    use city2city_domain::cases::{Case, Plan, Stage};
    use city2city_domain::{Lang, organisations::OrgKind};

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
    fn company() -> OrgSummary {
        org(3, "sigil-trust", OrgKind::Company, "sofia")
    }
    fn other_company() -> OrgSummary {
        org(4, "balkan-pay", OrgKind::Company, "sofia")
    }

    fn record(host: Option<i64>) -> CaseRecord {
        let at = time::macros::datetime!(2026-11-02 9:00 UTC);
        CaseRecord {
            company_id: 3,
            home_agency_id: 2,
            host_agency_id: host,
            case: Case {
                id: 7,
                company: "sigil-trust".into(),
                company_name: Localized::all("Сигил", "Sigil", "Sigil"),
                sectors: vec![],
                home_city: "sofia".into(),
                host_city: "vienna".into(),
                home_agency: "sofia-investment-agency".into(),
                host_agency: host.map(|_| "vienna-business-agency".into()),
                home_manager: None,
                host_manager: None,
                plan: Plan::Subsidiary,
                timeline: None,
                team_size: None,
                needs: vec![],
                message: "m".into(),
                lang: Lang::Bg,
                stage: Stage::Inquiry,
                drop_reason: None,
                drop_note: None,
                establishment: None,
                opened_at: at,
                referred_at: None,
                first_response_at: None,
                first_response_days: 3,
                checklist: Default::default(),
                updated_at: at,
            },
        }
    }

    #[test]
    fn a_company_sees_only_its_own_cases() {
        let own = principal(Role::CompanyMember, Some(company()));
        let other = principal(Role::CompanyMember, Some(other_company()));
        assert_eq!(
            view_case(Some(&own), &record(None)).unwrap(),
            CaseRole::Company
        );
        assert!(matches!(
            view_case(Some(&other), &record(None)),
            Err(AppError::NotFound)
        ));
        assert!(matches!(
            view_case(None, &record(None)),
            Err(AppError::NotFound)
        ));
        assert!(act_on_case(Some(&own), &record(None), &[Side::Home, Side::Host]).is_err());
        assert!(tick_case_steps(Some(&own), &record(None)).is_ok());
    }

    #[test]
    fn the_host_agency_sees_a_case_only_once_it_is_referred() {
        let vienna = principal(Role::Staff, Some(vba()));
        let sofia = principal(Role::Staff, Some(sia()));
        assert!(view_case(Some(&vienna), &record(None)).is_err());
        assert_eq!(
            view_case(Some(&vienna), &record(Some(1))).unwrap(),
            CaseRole::Agency(Side::Host)
        );
        assert_eq!(
            act_on_case(Some(&sofia), &record(Some(1)), &[Side::Home]).unwrap(),
            Side::Home
        );
        assert!(act_on_case(Some(&vienna), &record(Some(1)), &[Side::Home]).is_err());
        let graz = principal(
            Role::Staff,
            Some(org(9, "graz-agency", OrgKind::BusinessAgency, "graz")),
        );
        assert!(view_case(Some(&graz), &record(Some(1))).is_err());
    }

    #[test]
    fn files_are_removed_only_by_the_side_that_attached_them() {
        let own = principal(Role::CompanyMember, Some(company()));
        let sofia = principal(Role::Staff, Some(sia()));
        let vienna = principal(Role::Staff, Some(vba()));
        let referred = record(Some(1));
        assert_eq!(
            attach_to_case(Some(&own), &referred).unwrap().side(),
            "company"
        );
        assert_eq!(
            attach_to_case(Some(&vienna), &referred).unwrap().side(),
            "host"
        );
        assert!(remove_attachment(Some(&own), &referred, "company").is_ok());
        assert!(matches!(
            remove_attachment(Some(&own), &referred, "host"),
            Err(AppError::Forbidden)
        ));
        assert!(remove_attachment(Some(&vienna), &referred, "host").is_ok());
        assert!(remove_attachment(Some(&sofia), &referred, "host").is_err());
        assert!(matches!(
            remove_attachment(Some(&vienna), &record(None), "host"),
            Err(AppError::NotFound)
        ));
        let other = principal(Role::CompanyMember, Some(other_company()));
        assert!(matches!(
            attach_to_case(Some(&other), &referred),
            Err(AppError::NotFound)
        ));
    }

    #[test]
    fn cases_are_opened_by_the_company_or_its_citys_staff() {
        let own = principal(Role::CompanyMember, Some(company()));
        let sofia = principal(Role::Staff, Some(sia()));
        let vienna = principal(Role::Staff, Some(vba()));
        assert!(open_case(Some(&own), &company()).is_ok());
        assert!(open_case(Some(&own), &other_company()).is_err());
        assert!(open_case(Some(&sofia), &company()).is_ok());
        assert!(open_case(Some(&vienna), &company()).is_err());
        assert!(open_case(Some(&sofia), &sia()).is_err());
        assert!(matches!(
            open_case(None, &company()),
            Err(AppError::Unauthenticated)
        ));
    }
}
