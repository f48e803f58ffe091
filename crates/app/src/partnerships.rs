//! Partnerships and their agreement history: anyone reads; `policy` says who keeps them.

use crate::cities::actor;
use crate::{App, AppError, Principal, Result, policy};
use city2city_domain::partnerships::{
    AgreementState, EventInput, Partnership, PartnershipInput, Status,
};
use serde::Serialize;

/// A partnership with what its history adds up to today.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct PartnershipView {
    #[serde(flatten)]
    pub partnership: Partnership,
    pub status: Status,
    pub state: AgreementState,
}

impl PartnershipView {
    pub fn of(partnership: Partnership) -> PartnershipView {
        let state = AgreementState::of(&partnership.events);
        let status = state.status_on(App::today());
        PartnershipView {
            partnership,
            status,
            state,
        }
    }
}

impl App {
    pub async fn partnerships(&self) -> Result<Vec<PartnershipView>> {
        Ok(self
            .store
            .list_partnerships()
            .await?
            .into_iter()
            .map(PartnershipView::of)
            .collect())
    }

    pub async fn partnership(&self, slug: &str) -> Result<PartnershipView> {
        Ok(PartnershipView::of(self.store.partnership(slug).await?))
    }

    pub async fn create_partnership(
        &self,
        p: Option<&Principal>,
        input: PartnershipInput,
    ) -> Result<PartnershipView> {
        if p.is_none() {
            return Err(AppError::Unauthenticated);
        }
        let input = input.validate(city2city_text::slugify)?;
        policy::create_partnership(p, &input.cities)?;
        Ok(PartnershipView::of(
            self.store.insert_partnership(&actor(p), &input).await?,
        ))
    }

    pub async fn update_partnership(
        &self,
        p: Option<&Principal>,
        slug: &str,
        input: PartnershipInput,
    ) -> Result<PartnershipView> {
        let current = self.store.partnership(slug).await?;
        policy::manage_partnership(p, &current)?;
        let input = input.validate(city2city_text::slugify)?;
        Ok(PartnershipView::of(
            self.store
                .update_partnership(&actor(p), slug, &input)
                .await?,
        ))
    }

    /// Appends an event to the agreement history, refusing illegal moves (see the domain's
    /// agreement state machine).
    pub async fn add_agreement_event(
        &self,
        p: Option<&Principal>,
        slug: &str,
        input: EventInput,
    ) -> Result<PartnershipView> {
        let current = self.store.partnership(slug).await?;
        policy::manage_partnership(p, &current)?;
        let event = input.validate_after(&current.events)?;
        Ok(PartnershipView::of(
            self.store
                .add_agreement_event(&actor(p), slug, &event)
                .await?,
        ))
    }

    pub async fn delete_partnership(&self, p: Option<&Principal>, slug: &str) -> Result<()> {
        self.store.partnership(slug).await?;
        policy::delete_partnership(p)?;
        Ok(self.store.delete_partnership(&actor(p), slug).await?)
    }
}
