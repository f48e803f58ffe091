//! What a viewer sees of a case, and the listings (the pipeline board among them).

use crate::policy::{self, CaseRole};
use crate::{App, AppError, Principal, Result};
use city2city_domain::Localized;
use city2city_domain::cases::{Case, CaseEvent, Manager, Side, Stage, moves_from};
use city2city_domain::contacts::Introduction;
use city2city_domain::packs::SentPack;
use city2city_domain::playbooks::CaseStep;
use city2city_store::{CaseQuery, CaseRecord, Page};
use serde::Serialize;
use time::OffsetDateTime;

/// A case with what the viewer may do with it.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct CaseView {
    #[serde(flatten)]
    pub case: Case,
    /// The home agency's first response is late.
    pub overdue: bool,
    /// How the viewer stands to the case: home, host, company or admin.
    pub viewer: String,
    /// The stage moves the viewer may make now.
    pub moves: Vec<String>,
    /// The viewer may refer the case to the host city's agency now.
    pub can_refer: bool,
    /// The viewer may log notes, calls, meetings and e-mails and name case managers.
    pub can_log: bool,
}

/// A case with its history and, for agency staff, whom they may name manager.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct CaseDetail {
    #[serde(flatten)]
    pub view: CaseView,
    /// Oldest first.
    pub history: Vec<CaseEvent>,
    /// Staff of the viewer's agency who may manage the case (empty for others).
    pub manager_choices: Vec<Manager>,
    /// The checklist made by the playbooks applied to the case, in step order.
    pub checklist: Vec<CaseStep>,
    /// The viewer may tick steps (the company and both agencies, until the case is closed).
    pub can_tick: bool,
    /// Playbooks of the host city the viewer may apply to the case now.
    pub playbook_choices: Vec<PlaybookChoice>,
    /// Information packs sent to the case, oldest first.
    pub packs: Vec<SentPack>,
    /// Packs of the host city the viewer may send now (agency staff; not those sent already).
    pub pack_choices: Vec<PackChoice>,
    /// Introductions of the company to contacts of the directory, oldest first.
    pub introductions: Vec<Introduction>,
    /// Contacts of the host city the viewer may introduce the company to now (agency staff;
    /// those without consent are listed with `consent: false` and refused).
    pub contact_choices: Vec<ContactChoice>,
    /// Files attached to the case, oldest first.
    pub files: Vec<super::CaseFile>,
}

/// A contact the company may be introduced to.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct ContactChoice {
    pub slug: String,
    pub name: String,
    pub organisation: Option<String>,
    pub kind: city2city_domain::contacts::ContactKind,
    pub consent: bool,
}

/// An information pack that may be sent to a case.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct PackChoice {
    pub slug: String,
    pub title: String,
    pub lang: city2city_domain::Lang,
}

/// A playbook that may be applied to a case.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct PlaybookChoice {
    pub slug: String,
    pub title: Localized,
    pub version: u32,
}

/// Filters of a case listing.
#[derive(Debug, Clone, Default)]
pub struct CaseFilter {
    pub stages: Vec<Stage>,
    pub sector: Option<String>,
    pub manager_id: Option<i64>,
    pub city: Option<String>,
    /// Only inquiries whose first response is late.
    pub overdue: bool,
    pub page: i64,
    pub per_page: i64,
}

pub(crate) fn role_code(role: CaseRole) -> &'static str {
    match role {
        CaseRole::Agency(Side::Home) => "home",
        CaseRole::Agency(Side::Host) => "host",
        CaseRole::Company => "company",
        CaseRole::Admin => "admin",
    }
}

pub(crate) fn shape(role: CaseRole, record: CaseRecord, now: OffsetDateTime) -> CaseView {
    let c = &record.case;
    let agency_side = match role {
        CaseRole::Agency(side) => Some(side),
        CaseRole::Admin => None,
        CaseRole::Company => {
            return CaseView {
                overdue: c.is_overdue(now),
                viewer: role_code(role).into(),
                moves: vec![],
                can_refer: false,
                can_log: false,
                case: record.case,
            };
        }
    };
    let moves = moves_from(c.stage)
        .iter()
        .filter(|code| {
            let sides = move_sides(code);
            agency_side.is_none_or(|s| sides.contains(&s))
        })
        .filter(|code| **code != "start" || c.is_referred())
        .map(|code| code.to_string())
        .collect();
    let can_refer = c.stage == Stage::Qualified
        && !c.is_referred()
        && agency_side.is_none_or(|s| s == Side::Home);
    CaseView {
        overdue: c.is_overdue(now),
        viewer: role_code(role).into(),
        moves,
        can_refer,
        can_log: true,
        case: record.case,
    }
}

/// The sides of a move by its code (the same as `Move::sides`).
pub(crate) fn move_sides(code: &str) -> &'static [Side] {
    match code {
        "qualify" => &[Side::Home],
        "start" | "establish" => &[Side::Host],
        _ => &[Side::Home, Side::Host],
    }
}

impl App {
    pub async fn case(&self, p: Option<&Principal>, id: i64) -> Result<CaseDetail> {
        let record = self.store.case(id).await?;
        let role = policy::view_case(p, &record)?;
        self.detail(role, record).await
    }

    pub(crate) async fn detail(&self, role: CaseRole, record: CaseRecord) -> Result<CaseDetail> {
        let history = self.store.case_events(record.case.id).await?;
        let agency = match role {
            CaseRole::Agency(Side::Home) | CaseRole::Admin => Some(record.home_agency_id),
            CaseRole::Agency(Side::Host) => record.host_agency_id,
            CaseRole::Company => None,
        };
        let manager_choices = match agency {
            Some(id) => self.store.agency_staff(id).await?,
            None => vec![],
        };
        let checklist = self.store.case_steps(record.case.id).await?;
        let open = !record.case.stage.is_final();
        let playbook_choices = if open && role != CaseRole::Company {
            let applied: Vec<&str> = checklist.iter().map(|s| s.playbook.as_str()).collect();
            self.store
                .playbooks(Some(record.case.host_city.as_str()))
                .await?
                .into_iter()
                .filter(|r| !applied.contains(&r.playbook.slug.as_str()))
                .map(|r| PlaybookChoice {
                    slug: r.playbook.slug,
                    title: r.playbook.content.title,
                    version: r.playbook.version,
                })
                .collect()
        } else {
            vec![]
        };
        let packs = self.store.case_packs(record.case.id).await?;
        let pack_choices = if open && role != CaseRole::Company {
            let q = city2city_store::PackQuery {
                city: Some(record.case.host_city.clone()),
                ..Default::default()
            };
            self.store
                .packs(&q)
                .await?
                .into_iter()
                .filter(|r| !packs.iter().any(|s| s.slug == r.pack.slug))
                .map(|r| PackChoice {
                    slug: r.pack.slug,
                    title: r.pack.title,
                    lang: r.pack.lang,
                })
                .collect()
        } else {
            vec![]
        };
        let introductions = self.store.introductions(record.case.id).await?;
        let contact_choices = if open && role != CaseRole::Company {
            let q = city2city_store::ContactQuery {
                city: Some(record.case.host_city.clone()),
                ..Default::default()
            };
            self.store
                .contacts(&q)
                .await?
                .into_iter()
                .filter(|r| !introductions.iter().any(|i| i.contact == r.contact.slug))
                .map(|r| ContactChoice {
                    slug: r.contact.slug,
                    name: r.contact.name,
                    organisation: r.contact.organisation,
                    kind: r.contact.kind,
                    consent: r.contact.consent,
                })
                .collect()
        } else {
            vec![]
        };
        let files = self
            .store
            .attachments(record.case.id)
            .await?
            .into_iter()
            .map(|a| super::attachments::case_file(role, a))
            .collect();
        Ok(CaseDetail {
            view: shape(role, record, city2city_store::now()),
            history,
            manager_choices,
            checklist,
            can_tick: open,
            playbook_choices,
            packs,
            pack_choices,
            introductions,
            contact_choices,
            files,
        })
    }

    /// The cases the viewer may see: a company its own, agency staff their agency's, admins all.
    pub async fn cases(&self, p: Option<&Principal>, f: CaseFilter) -> Result<Page<CaseView>> {
        let principal = p.ok_or(AppError::Unauthenticated)?;
        let mut q = query(f.clone());
        if !principal.is_admin() {
            let org = principal.org.as_ref().ok_or(AppError::Forbidden)?;
            if org.kind.is_public_body() {
                policy::case_board(p)?;
                q.agency_id = Some(org.id);
            } else {
                q.company_id = Some(org.id);
            }
        }
        self.listing(q, f.overdue, |r| policy::view_case(p, r))
            .await
    }

    /// Staff of the viewer's agency, whom the board filters by manager (empty for others).
    pub async fn case_managers(&self, p: Option<&Principal>) -> Result<Vec<Manager>> {
        match p.and_then(|p| p.org.as_ref()) {
            Some(org) if org.kind.is_public_body() => Ok(self.store.agency_staff(org.id).await?),
            _ => Ok(vec![]),
        }
    }

    /// All cases, for the CLI, which runs with the operator's authority.
    pub async fn cases_as_operator(&self, f: CaseFilter) -> Result<Page<CaseView>> {
        self.listing(query(f.clone()), f.overdue, |_| Ok(CaseRole::Admin))
            .await
    }

    /// One case with its history, for the CLI.
    pub async fn case_as_operator(&self, id: i64) -> Result<CaseDetail> {
        let record = self.store.case(id).await?;
        self.detail(CaseRole::Admin, record).await
    }

    async fn listing(
        &self,
        mut q: CaseQuery,
        overdue: bool,
        role: impl Fn(&CaseRecord) -> Result<CaseRole>,
    ) -> Result<Page<CaseView>> {
        let now = city2city_store::now();
        let view = |r: CaseRecord| -> Result<CaseView> { Ok(shape(role(&r)?, r, now)) };
        if !overdue {
            let found = self.store.list_cases(&q).await?;
            return Ok(Page {
                items: found.items.into_iter().map(view).collect::<Result<_>>()?,
                total: found.total,
                page: found.page,
                per_page: found.per_page,
            });
        }
        // Lateness depends on the day and each agency's target: filter the unanswered ones.
        let (page, per_page) = (q.page.max(1), q.per_page.clamp(1, 500));
        q.page = 1;
        q.per_page = 500;
        let late: Vec<CaseRecord> = self
            .store
            .list_cases(&q)
            .await?
            .items
            .into_iter()
            .filter(|r| r.case.is_overdue(now))
            .collect();
        let total = late.len() as i64;
        let items = late
            .into_iter()
            .skip(((page - 1) * per_page) as usize)
            .take(per_page as usize)
            .map(view)
            .collect::<Result<_>>()?;
        Ok(Page {
            items,
            total,
            page,
            per_page,
        })
    }
}

fn query(f: CaseFilter) -> CaseQuery {
    CaseQuery {
        stages: f.stages,
        sector: f.sector,
        manager_id: f.manager_id,
        city: f.city,
        unanswered: f.overdue,
        page: f.page,
        per_page: f.per_page,
        ..Default::default()
    }
}
