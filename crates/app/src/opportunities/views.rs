//! What a viewer may see of an opportunity: the texts always (once visible at all); the owner's
//! name and contact person only for those entitled; the buttons they may press.

use crate::{App, Principal, Result, policy};
use city2city_domain::Localized;
use city2city_domain::opportunities::interests::InterestStatus;
use city2city_domain::opportunities::{Opportunity, Status};
use city2city_store::{InterestQuery, InterestRecord, OrgSummary};
use serde::Serialize;

/// A contact person of an organisation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct Contact {
    pub name: String,
    pub title: Localized,
    pub email: Option<String>,
    pub phone: Option<String>,
}

/// The owner, for viewers entitled to know it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct Owner {
    pub slug: String,
    pub name: Localized,
    pub city: String,
    /// The first contact person; shown with e-mail and phone only to the owner's side, staff,
    /// admins and companies introduced through an accepted expression of interest.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contact: Option<Contact>,
}

/// What the viewer may do with the opportunity.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct Permissions {
    pub edit: bool,
    pub submit: bool,
    pub validate: bool,
    pub withdraw: bool,
    pub fulfil: bool,
    pub renew: bool,
    pub delete: bool,
    pub express_interest: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct OpportunityView {
    #[serde(flatten)]
    pub opportunity: Opportunity,
    /// Absent when the viewer may not know who the owner is.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<Owner>,
    pub can: Permissions,
    /// The viewer's organisation's open or latest expression of interest in it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub my_interest: Option<InterestRecord>,
}

impl App {
    /// What authorisation needs to know of the opportunity's owner.
    pub(crate) async fn owner_of(&self, o: &Opportunity) -> Result<OrgSummary> {
        Ok(self.store.organisation_summary(&o.organisation).await?)
    }

    /// The viewer's organisation's latest expression of interest in `o`.
    async fn my_interest(
        &self,
        p: Option<&Principal>,
        o: &Opportunity,
    ) -> Result<Option<InterestRecord>> {
        let Some(org) = p.and_then(|p| p.org.as_ref()) else {
            return Ok(None);
        };
        let page = self
            .store
            .list_interests(&InterestQuery {
                sender_id: Some(org.id),
                opportunity_id: Some(o.id),
                page: 1,
                per_page: 1,
                ..Default::default()
            })
            .await?;
        Ok(page.items.into_iter().next())
    }

    /// The opportunity as `p` may see it; not found when `p` may not see it at all.
    pub async fn opportunity_view(
        &self,
        p: Option<&Principal>,
        reference: &str,
    ) -> Result<OpportunityView> {
        let o = self.store.opportunity(reference).await?;
        let owner = self.owner_of(&o).await?;
        policy::view_opportunity(p, &o, &owner)?;
        let mine = self.my_interest(p, &o).await?;
        let introduced = mine
            .as_ref()
            .is_some_and(|i| i.interest.status == InterestStatus::Accepted);
        self.shape_view(p, o, &owner, introduced, mine).await
    }

    /// Cuts an opportunity to what `p` may see of it.
    pub(crate) async fn shape_view(
        &self,
        p: Option<&Principal>,
        mut o: Opportunity,
        owner: &OrgSummary,
        introduced: bool,
        mine: Option<InterestRecord>,
    ) -> Result<OpportunityView> {
        let author = policy::author_opportunity(p, owner).is_ok();
        let staff = policy::validate_opportunity(p, &owner.city).is_ok();
        let show_owner = policy::see_owner(p, &o, owner, introduced);
        let owner_view = if show_owner {
            let org = self.store.organisation(&owner.slug).await?;
            let contacts_allowed = author || introduced || policy::see_contacts(p, &owner.slug);
            let contact = if contacts_allowed {
                self.first_contact(&owner.slug).await?
            } else {
                None
            };
            Some(Owner {
                slug: org.slug,
                name: org.name,
                city: owner.city.clone(),
                contact,
            })
        } else {
            o.organisation.clear();
            None
        };
        if !author && !staff {
            o.staff_comment = None;
        }
        let s = o.status;
        let open_interest = mine.as_ref().is_some_and(|i| i.interest.status.is_open());
        let sender = p.and_then(|p| p.org.as_ref());
        let can = Permissions {
            edit: author && s.is_editable(),
            submit: author && matches!(s, Status::Draft | Status::Returned),
            validate: staff && s == Status::Submitted,
            withdraw: author
                && matches!(
                    s,
                    Status::Submitted | Status::Returned | Status::Published | Status::Expired
                ),
            fulfil: author && matches!(s, Status::Published | Status::Expired),
            renew: author && matches!(s, Status::Published | Status::Expired),
            delete: author && s == Status::Draft,
            express_interest: s == Status::Published
                && !open_interest
                && policy::express_interest(p, owner, sender).is_ok(),
        };
        Ok(OpportunityView {
            opportunity: o,
            owner: owner_view,
            can,
            my_interest: mine,
        })
    }
}
