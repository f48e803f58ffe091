//! Notes, calls, meetings and e-mails logged on a case by either agency.

use super::CaseDetail;
use super::moves::side_code;
use crate::cities::actor;
use crate::{App, Principal, Result, policy};
use city2city_domain::cases::{ActivityInput, Side};
use city2city_store::NewEvent;

impl App {
    pub async fn log_case_activity(
        &self,
        p: Option<&Principal>,
        id: i64,
        input: ActivityInput,
    ) -> Result<CaseDetail> {
        let before = self.store.case(id).await?;
        let side = policy::act_on_case(p, &before, &[Side::Home, Side::Host])?;
        let (kind, text) = input.validate()?;
        self.store
            .add_case_event(
                &actor(p),
                id,
                &NewEvent {
                    side: side_code(side),
                    kind: kind.code(),
                    text: Some(text),
                    actor_name: p.map(|p| p.user.name.clone()),
                    first_response: side == Side::Home,
                },
            )
            .await?;
        self.case(p, id).await
    }
}
