//! Writing opportunities and moving them through their lifecycle.

use crate::cities::actor;
use crate::{App, AppError, Principal, Result, policy};
use city2city_domain::Validation;
use city2city_domain::opportunities::{
    Opportunity, OpportunityInput, Status, Transition, ValidOpportunity,
};
use city2city_store::{Actor, OppQuery, OrgSummary, Page, StatusChange};

/// Which opportunities a listing is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ListingScope {
    /// The signed-in user's organisation's own, in every state.
    Mine,
    /// Submitted ones waiting for the viewer (staff) to validate: their city's.
    ValidationQueue,
    /// One organisation's published ones (on its page).
    PublishedBy(String),
}

/// A page of opportunities for a listing.
#[derive(Debug, Clone)]
pub struct Listing {
    pub scope: ListingScope,
    pub statuses: Vec<Status>,
    pub page: i64,
    pub per_page: i64,
}

impl App {
    async fn check_target_cities(&self, o: &ValidOpportunity) -> Result<()> {
        let known = self.store.list_cities().await?;
        for c in &o.target_cities {
            if !known.iter().any(|k| &k.slug == c) {
                return Err(Validation::single(
                    "target_cities",
                    "unknown-city",
                    format!("no city '{c}'"),
                )
                .into());
            }
        }
        Ok(())
    }

    /// Creates an opportunity for `organisation` (default: the author's own), as a draft, or
    /// submitted at once when `submit` is set.
    pub async fn create_opportunity(
        &self,
        p: Option<&Principal>,
        organisation: Option<&str>,
        input: OpportunityInput,
        submit: bool,
    ) -> Result<Opportunity> {
        let principal = p.ok_or(AppError::Unauthenticated)?;
        let slug = match organisation.filter(|s| !s.trim().is_empty()) {
            Some(s) => s.trim().to_string(),
            None => principal
                .org
                .as_ref()
                .map(|o| o.slug.clone())
                .ok_or_else(|| {
                    Validation::single(
                        "organisation",
                        "required",
                        "say which organisation this is for",
                    )
                })?,
        };
        let owner = match self.store.organisation_summary(&slug).await {
            Ok(o) => o,
            Err(city2city_store::StoreError::NotFound) => {
                return Err(Validation::single(
                    "organisation",
                    "unknown",
                    format!("no organisation '{slug}'"),
                )
                .into());
            }
            Err(e) => return Err(e.into()),
        };
        policy::author_opportunity(p, &owner)?;
        if !policy::may_own_opportunities(owner.kind) {
            return Err(Validation::single(
                "organisation",
                "not-a-company",
                "opportunities belong to companies, universities, service providers or NGOs",
            )
            .into());
        }
        let v = input.validate(App::today())?;
        self.check_target_cities(&v).await?;
        let status = if submit {
            Status::Submitted
        } else {
            Status::Draft
        };
        let o = self
            .store
            .insert_opportunity(&actor(p), owner.id, None, &v, status)
            .await?;
        self.after_opportunity_change().await;
        Ok(o)
    }

    /// Replaces the texts and fields. An edit of a published opportunity sends it back to
    /// validation, so nothing reaches the public unchecked.
    pub async fn update_opportunity(
        &self,
        p: Option<&Principal>,
        reference: &str,
        input: OpportunityInput,
    ) -> Result<Opportunity> {
        let before = self.store.opportunity(reference).await?;
        let owner = self.owner_of(&before).await?;
        policy::view_opportunity(p, &before, &owner)?;
        policy::author_opportunity(p, &owner)?;
        if !before.status.is_editable() {
            return Err(Validation::single(
                "status",
                "not-editable",
                format!("cannot be edited: the opportunity is {}", before.status),
            )
            .into());
        }
        let v = input.validate(App::today())?;
        self.check_target_cities(&v).await?;
        let status = if before.status == Status::Published {
            Status::Submitted
        } else {
            before.status
        };
        let o = self
            .store
            .update_opportunity(&actor(p), &before, &v, status)
            .await?;
        self.after_opportunity_change().await;
        Ok(o)
    }

    /// Moves an opportunity: authors submit, withdraw, fulfil and renew; staff return and
    /// publish; the expiry job expires.
    pub async fn move_opportunity(
        &self,
        p: Option<&Principal>,
        reference: &str,
        t: Transition,
    ) -> Result<Opportunity> {
        let before = self.store.opportunity(reference).await?;
        let owner = self.owner_of(&before).await?;
        policy::view_opportunity(p, &before, &owner)?;
        match &t {
            Transition::Return { .. } | Transition::Publish => {
                policy::validate_opportunity(p, &owner.city)?
            }
            Transition::Expire => return Err(AppError::Forbidden),
            _ => policy::author_opportunity(p, &owner)?,
        }
        self.apply_transition(&actor(p), before, &owner, t).await
    }

    async fn apply_transition(
        &self,
        actor: &Actor,
        before: Opportunity,
        _owner: &OrgSummary,
        t: Transition,
    ) -> Result<Opportunity> {
        let to = t.apply(before.status, before.valid_until, App::today())?;
        let staff_comment = match &t {
            Transition::Return { comment } => Some(comment.trim().to_string()),
            // A resubmission keeps the comment for the staff to compare; publication clears it.
            Transition::Publish => None,
            _ => before.staff_comment.clone(),
        };
        let valid_until = match &t {
            Transition::Renew { valid_until } => Some(*valid_until),
            _ => None,
        };
        let change = StatusChange {
            from: before.status,
            to,
            action: format!("opportunity.{}", t.action()),
            staff_comment,
            valid_until,
        };
        let o = self
            .store
            .set_opportunity_status(actor, &before, &change)
            .await?;
        self.after_opportunity_change().await;
        if to == Status::Published && before.status == Status::Submitted {
            self.alert_saved_searches(&o).await;
            // With an embedder, the owners of the best matches hear of it once its vector is
            // computed (see `embed_pending`); without one, lexical matches are told now.
            if self.matcher.embedder().is_none() {
                self.notify_new_match_once(&o).await;
            }
        }
        Ok(o)
    }

    /// Deletes a draft.
    pub async fn delete_opportunity(&self, p: Option<&Principal>, reference: &str) -> Result<()> {
        let before = self.store.opportunity(reference).await?;
        let owner = self.owner_of(&before).await?;
        policy::view_opportunity(p, &before, &owner)?;
        policy::author_opportunity(p, &owner)?;
        if before.status != Status::Draft {
            return Err(Validation::single(
                "status",
                "not-a-draft",
                format!(
                    "only drafts can be deleted; this one is {}: withdraw it instead",
                    before.status
                ),
            )
            .into());
        }
        self.store
            .delete_draft_opportunity(&actor(p), &before)
            .await?;
        self.after_opportunity_change().await;
        Ok(())
    }

    /// Expires every published opportunity whose validity has passed. Run by the background
    /// job; safe to run on several instances at once (each change is a compare-and-set).
    pub async fn expire_due_opportunities(&self) -> Result<usize> {
        let due = self.store.opportunities_due_to_expire(App::today()).await?;
        let actor = Actor::system("expiry");
        let mut expired = 0;
        for reference in due {
            let before = self.store.opportunity(&reference).await?;
            let owner = self.owner_of(&before).await?;
            match self
                .apply_transition(&actor, before, &owner, Transition::Expire)
                .await
            {
                Ok(_) => expired += 1,
                // Another instance got there first, or it was renewed meanwhile.
                Err(AppError::Conflict { .. } | AppError::Validation(_)) => {}
                Err(e) => return Err(e),
            }
        }
        Ok(expired)
    }

    /// A page of opportunities for one of the listings.
    pub async fn list_opportunities(
        &self,
        p: Option<&Principal>,
        l: &Listing,
    ) -> Result<Page<Opportunity>> {
        let mut q = OppQuery {
            statuses: l.statuses.clone(),
            page: l.page,
            per_page: l.per_page,
            ..Default::default()
        };
        match &l.scope {
            ListingScope::Mine => {
                let p = p.ok_or(AppError::Unauthenticated)?;
                let org = p.org.as_ref().ok_or(AppError::Forbidden)?;
                q.organisation_id = Some(org.id);
            }
            ListingScope::ValidationQueue => {
                policy::staff_desk(p)?;
                let p = p.ok_or(AppError::Unauthenticated)?;
                if !p.is_admin() {
                    q.city = p.org.as_ref().map(|o| o.city.clone());
                }
                if q.statuses.is_empty() {
                    q.statuses = vec![Status::Submitted];
                }
                q.oldest_first = true;
            }
            ListingScope::PublishedBy(slug) => {
                let org = self.store.organisation_summary(slug).await?;
                q.organisation_id = Some(org.id);
                q.statuses = vec![Status::Published];
            }
        }
        if let ListingScope::PublishedBy(slug) = &l.scope {
            // Others see only the ones the owner shows with its name.
            let org = self.store.organisation_summary(slug).await?;
            let privileged =
                policy::author_opportunity(p, &org).is_ok() || policy::staff_desk(p).is_ok();
            q.named_only = !privileged;
        }
        Ok(self.store.list_opportunities(&q).await?)
    }
}
