//! The agencies' work on a case: stage moves, the referral to the host city's agency, case
//! managers, and each agency's first-response target.

use super::CaseDetail;
use crate::cities::actor;
use crate::policy;
use crate::{App, Principal, Result};
use city2city_domain::Validation;
use city2city_domain::cases::{Move, MoveInput, Side, Stage};
use city2city_store::{CaseRecord, StageChange};

pub(crate) fn side_code(side: Side) -> &'static str {
    match side {
        Side::Home => "home",
        Side::Host => "host",
    }
}

fn actor_name(p: Option<&Principal>) -> Option<String> {
    p.map(|p| p.user.name.clone())
}

impl App {
    /// Tells the staff of an agency about the case (`kind`: case_opened, case_referred).
    pub(super) async fn notify_agency(
        &self,
        agency_id: i64,
        kind: &str,
        record: &CaseRecord,
    ) -> Result<()> {
        let staff: Vec<i64> = self
            .store
            .agency_staff(agency_id)
            .await?
            .into_iter()
            .map(|m| m.user_id)
            .collect();
        let c = &record.case;
        let detail = serde_json::json!({
            "case": c.id,
            "company": c.company,
            "title": c.company_name.get(c.lang),
        });
        self.store
            .notify(&staff, kind, &format!("case:{}", c.id), &detail)
            .await?;
        Ok(())
    }

    /// Moves the case to another stage (qualify, start, establish, aftercare, close, drop).
    pub async fn move_case(
        &self,
        p: Option<&Principal>,
        id: i64,
        input: MoveInput,
    ) -> Result<CaseDetail> {
        let before = self.store.case(id).await?;
        policy::view_case(p, &before)?;
        let m = input.validate(App::today())?;
        let side = policy::act_on_case(p, &before, m.sides())?;
        let to = m.check(before.case.stage, before.case.is_referred())?;
        let (drop_reason, drop_note) = match &m {
            Move::Drop { reason, note } => (Some(*reason), note.clone()),
            _ => (None, None),
        };
        let change = StageChange {
            from: before.case.stage,
            to,
            action: m.code(),
            side: side_code(side),
            actor_name: actor_name(p),
            drop_reason,
            drop_note,
            establishment: match m {
                Move::Establish(e) => Some(e),
                _ => None,
            },
            first_response: side == Side::Home,
        };
        let after = self.store.move_case(&actor(p), &before, &change).await?;
        self.case_after(p, after).await
    }

    /// Refers a qualified case to the host city's business agency.
    pub async fn refer_case(&self, p: Option<&Principal>, id: i64) -> Result<CaseDetail> {
        let before = self.store.case(id).await?;
        policy::view_case(p, &before)?;
        policy::act_on_case(p, &before, &[Side::Home])?;
        if before.case.is_referred() {
            return Err(Validation::single(
                "case",
                "already-referred",
                "the case is already referred to the host city's agency",
            )
            .into());
        }
        if before.case.stage != Stage::Qualified {
            return Err(Validation::single(
                "stage",
                "not-qualified",
                format!(
                    "only a qualified case is referred; this one is {}",
                    before.case.stage
                ),
            )
            .into());
        }
        let host = self
            .store
            .agency_of_city(&before.case.host_city)
            .await?
            .ok_or_else(|| {
                Validation::single(
                    "host_city",
                    "no-agency",
                    format!(
                        "no business agency takes cases in {} yet",
                        before.case.host_city
                    ),
                )
            })?;
        let after = self
            .store
            .refer_case(&actor(p), &before, host.id, actor_name(p))
            .await?;
        self.notify_agency(host.id, "case_referred", &after).await?;
        self.case_after(p, after).await
    }

    /// Names (or, with `None`, removes) the case manager of the viewer's agency. Admins name
    /// the given side's.
    pub async fn set_case_manager(
        &self,
        p: Option<&Principal>,
        id: i64,
        side: Option<Side>,
        user_id: Option<i64>,
    ) -> Result<CaseDetail> {
        let before = self.store.case(id).await?;
        let sides = match side {
            Some(s) => vec![s],
            None => vec![Side::Home, Side::Host],
        };
        let side = policy::act_on_case(p, &before, &sides)?;
        let agency = match side {
            Side::Home => Some(before.home_agency_id),
            Side::Host => before.host_agency_id,
        };
        let manager = match (user_id, agency) {
            (None, _) => None,
            (Some(_), None) => {
                return Err(Validation::single(
                    "side",
                    "not-referred",
                    "the case has no host agency yet",
                )
                .into());
            }
            (Some(user), Some(agency)) => {
                let staff = self.store.agency_staff(agency).await?;
                let m = staff
                    .into_iter()
                    .find(|m| m.user_id == user)
                    .ok_or_else(|| {
                        Validation::single(
                            "user",
                            "not-agency-staff",
                            "must be a staff member of the agency",
                        )
                    })?;
                Some((m.user_id, m.name))
            }
        };
        let after = self
            .store
            .set_case_manager(&actor(p), id, side_code(side), manager, actor_name(p))
            .await?;
        self.case_after(p, after).await
    }

    /// Sets an agency's first-response target, in working days (1 to 60).
    pub async fn set_first_response_days(
        &self,
        p: Option<&Principal>,
        agency: &str,
        days: u32,
    ) -> Result<u32> {
        let org = self.store.organisation_summary(agency).await?;
        policy::set_agency_target(p, &org)?;
        if !(1..=60).contains(&days) {
            return Err(Validation::single(
                "first_response_days",
                "out-of-range",
                "must be between 1 and 60 working days",
            )
            .into());
        }
        self.store
            .set_first_response_days(&actor(p), org.id, days)
            .await?;
        Ok(days)
    }

    pub async fn first_response_days(&self, agency: &str) -> Result<u32> {
        let org = self.store.organisation_summary(agency).await?;
        Ok(self.store.first_response_days(org.id).await?)
    }

    /// The case as the viewer sees it after a change.
    pub(crate) async fn case_after(
        &self,
        p: Option<&Principal>,
        after: city2city_store::CaseRecord,
    ) -> Result<CaseDetail> {
        let role = policy::view_case(p, &after)?;
        self.detail(role, after).await
    }
}
