//! Checklists: a playbook applied to a case, and its steps ticked by the company and the staff.

use crate::cases::CaseDetail;
use crate::cities::actor;
use crate::policy;
use crate::{App, Principal, Result};
use city2city_domain::Validation;
use city2city_domain::cases::Side;
use city2city_domain::playbooks::ApplyInput;
use city2city_store::{StepActor, StoreError};

fn closed() -> Validation {
    Validation::single(
        "stage",
        "closed",
        "the case is closed or dropped; its checklist no longer changes",
    )
}

impl App {
    /// Copies the latest version of a host-city playbook onto the case as checklist steps.
    pub async fn apply_playbook(
        &self,
        p: Option<&Principal>,
        case_id: i64,
        input: ApplyInput,
    ) -> Result<CaseDetail> {
        let case = self.store.case(case_id).await?;
        let side = policy::act_on_case(p, &case, &[Side::Host, Side::Home])?;
        if case.case.stage.is_final() {
            return Err(closed().into());
        }
        let slug = input.playbook.trim();
        if slug.is_empty() {
            return Err(Validation::single("playbook", "required", "choose a playbook").into());
        }
        let playbook = match self.store.playbook(slug, None).await {
            Ok(pb) => pb,
            Err(StoreError::NotFound) => {
                return Err(Validation::single(
                    "playbook",
                    "unknown",
                    format!("there is no playbook {slug:?}"),
                )
                .into());
            }
            Err(e) => return Err(e.into()),
        };
        if playbook.playbook.city != case.case.host_city {
            return Err(Validation::single(
                "playbook",
                "wrong-city",
                format!(
                    "the playbook is for {}, but the company lands in {}",
                    playbook.playbook.city, case.case.host_city
                ),
            )
            .into());
        }
        let who = StepActor {
            side: crate::cases::side_code(side),
            name: p.map(|p| p.user.name.clone()),
        };
        self.store
            .apply_playbook(&actor(p), case_id, &playbook, &who)
            .await?;
        self.case(p, case_id).await
    }

    /// Marks a step of the case's checklist done, or not done after all.
    pub async fn tick_case_step(
        &self,
        p: Option<&Principal>,
        case_id: i64,
        step_id: i64,
        done: bool,
    ) -> Result<CaseDetail> {
        let case = self.store.case(case_id).await?;
        let role = policy::tick_case_steps(p, &case)?;
        if case.case.stage.is_final() {
            return Err(closed().into());
        }
        let steps = self.store.case_steps(case_id).await?;
        let Some(step) = steps.iter().find(|s| s.id == step_id) else {
            return Err(Validation::single(
                "step",
                "not-on-case",
                format!("step {step_id} is not on this case's checklist"),
            )
            .into());
        };
        let who = StepActor {
            side: role.side(),
            name: p.map(|p| p.user.name.clone()),
        };
        let text = format!("{}. {}", step.number, step.step.title.get(case.case.lang));
        self.store
            .tick_case_step(&actor(p), case_id, step, done, &who, text)
            .await?;
        self.case(p, case_id).await
    }
}
