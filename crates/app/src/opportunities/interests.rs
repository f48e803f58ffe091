//! Expressions of interest: sent by a company on a published opportunity, answered by the owner;
//! an acceptance introduces the two companies to each other.

use super::views::Contact;
use crate::cities::actor;
use crate::{App, AppError, Principal, Result, policy};
use city2city_domain::Localized;
use city2city_domain::Validation;
use city2city_domain::opportunities::Status;
use city2city_domain::opportunities::interests::{
    DAILY_LIMIT, InterestInput, InterestMove, InterestStatus,
};
use city2city_store::{InterestChange, InterestQuery, InterestRecord, Page, PeopleQuery};
use serde::Serialize;

/// An expression of interest with what the viewer may see of the two sides.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct InterestView {
    #[serde(flatten)]
    pub record: InterestRecord,
    /// The interested organisation's name.
    pub sender_name: Localized,
    /// The owner's name: shown to the owner's side, staff, and once accepted to the sender.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner_name: Option<Localized>,
    /// The other side's contact person, once the introduction is made (accepted).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sender_contact: Option<Contact>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner_contact: Option<Contact>,
    /// What the viewer may do.
    pub can_answer: bool,
    pub can_withdraw: bool,
    pub can_record_outcome: bool,
}

/// Which expressions of interest to list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InterestBox {
    /// Received on the viewer's organisation's opportunities.
    Inbox,
    /// Sent by the viewer's organisation.
    Outbox,
    /// Staff: those touching their city (either side).
    City,
}

impl App {
    /// The first contact person of an organisation, with e-mail and phone (callers decide who
    /// may see it).
    pub(crate) async fn first_contact(&self, org: &str) -> Result<Option<Contact>> {
        Ok(self
            .store
            .list_people(&PeopleQuery {
                organisation: Some(org.to_string()),
                page: 1,
                per_page: 1,
                ..Default::default()
            })
            .await?
            .items
            .into_iter()
            .next()
            .map(|c| Contact {
                name: c.name,
                title: c.title,
                email: c.email,
                phone: c.phone,
            }))
    }

    async fn shape_interest(
        &self,
        p: Option<&Principal>,
        record: InterestRecord,
    ) -> Result<InterestView> {
        let owner = self.store.organisation_summary(&record.owner).await?;
        let accepted = record.interest.status == InterestStatus::Accepted;
        let owner_side = policy::author_opportunity(p, &owner).is_ok();
        let sender_side = p
            .and_then(|p| p.org.as_ref())
            .is_some_and(|o| o.id == record.sender_id)
            || p.is_some_and(|p| p.is_admin());
        let staff = policy::staff_desk(p).is_ok();
        let sender_name = self
            .store
            .organisation(&record.interest.organisation)
            .await?
            .name;
        let opportunity = self.store.opportunity_by_id(record.opportunity_id).await?;
        let owner_name = if owner_side || staff || accepted || opportunity.show_name {
            Some(self.store.organisation(&record.owner).await?.name)
        } else {
            None
        };
        let sender_contact = if accepted && (owner_side || staff) || sender_side {
            self.first_contact(&record.interest.organisation).await?
        } else {
            None
        };
        let owner_contact = if accepted && (sender_side || staff) || owner_side {
            self.first_contact(&record.owner).await?
        } else {
            None
        };
        let open = record.interest.status == InterestStatus::Sent;
        Ok(InterestView {
            can_answer: open && owner_side,
            can_withdraw: open && sender_side,
            can_record_outcome: accepted,
            sender_name,
            owner_name,
            sender_contact,
            owner_contact,
            record,
        })
    }

    /// Sends an expression of interest for the signed-in user's organisation.
    pub async fn express_interest(
        &self,
        p: Option<&Principal>,
        reference: &str,
        input: InterestInput,
    ) -> Result<InterestView> {
        let principal = p.ok_or(AppError::Unauthenticated)?;
        let o = self.store.opportunity(reference).await?;
        let owner = self.owner_of(&o).await?;
        policy::view_opportunity(p, &o, &owner)?;
        policy::express_interest(p, &owner, principal.org.as_ref())?;
        let sender = principal.org.as_ref().ok_or(AppError::Forbidden)?;
        if o.status != Status::Published {
            return Err(Validation::single(
                "opportunity",
                "not-published",
                format!(
                    "interest can be expressed only in published opportunities; this one is {}",
                    o.status
                ),
            )
            .into());
        }
        let (message, contribution) = input.validate()?;
        if self.store.open_interest(o.id, sender.id).await?.is_some() {
            return Err(AppError::Conflict {
                field: "opportunity".into(),
                message: "your organisation already has an open expression of interest in it"
                    .into(),
            });
        }
        let since = city2city_store::now() - time::Duration::days(1);
        if self.store.interests_sent_since(sender.id, since).await? >= DAILY_LIMIT {
            return Err(AppError::RateLimited {
                retry_after_secs: 3600,
            });
        }
        let record = self
            .store
            .insert_interest(&actor(p), o.id, sender.id, &message, &contribution)
            .await?;
        let owners = self.store.organisation_user_ids(owner.id).await?;
        let detail = serde_json::json!({"opportunity": o.reference, "title": o.title, "interest": record.interest.id});
        self.store
            .notify(
                &owners,
                "interest_received",
                &format!("interest:{}", record.interest.id),
                &detail,
            )
            .await?;
        self.shape_interest(p, record).await
    }

    pub async fn interest(&self, p: Option<&Principal>, id: i64) -> Result<InterestView> {
        let record = self.store.interest(id).await?;
        policy::view_interest(p, &record)?;
        self.shape_interest(p, record).await
    }

    /// Accepts, declines, withdraws or records the outcome.
    pub async fn move_interest(
        &self,
        p: Option<&Principal>,
        id: i64,
        m: InterestMove,
    ) -> Result<InterestView> {
        let before = self.store.interest(id).await?;
        policy::view_interest(p, &before)?;
        let owner = self.store.organisation_summary(&before.owner).await?;
        match &m {
            InterestMove::Accept | InterestMove::Decline { .. } => {
                policy::answer_interest(p, &before, &owner)?
            }
            InterestMove::Withdraw => policy::withdraw_interest(p, &before)?,
            InterestMove::Outcome(_) => policy::record_outcome(p, &before)?,
        }
        let to = m.apply(before.interest.status)?;
        if m == InterestMove::Accept {
            let o = self.store.opportunity_by_id(before.opportunity_id).await?;
            if o.status != Status::Published {
                return Err(Validation::single(
                    "opportunity",
                    "not-published",
                    format!(
                        "the opportunity is {}: it can no longer be answered",
                        o.status
                    ),
                )
                .into());
            }
        }
        let change = InterestChange {
            from: before.interest.status,
            to,
            action: format!("interest.{}", m.action()),
            decline_reason: match &m {
                InterestMove::Decline { reason } => reason
                    .as_deref()
                    .map(str::trim)
                    .filter(|r| !r.is_empty())
                    .map(str::to_string),
                _ => None,
            },
            outcome: match &m {
                InterestMove::Outcome(o) => Some(*o),
                _ => None,
            },
        };
        let record = self
            .store
            .set_interest_status(&actor(p), &before, &change)
            .await?;
        let notice = match m {
            InterestMove::Accept => Some("interest_accepted"),
            InterestMove::Decline { .. } => Some("interest_declined"),
            _ => None,
        };
        if let Some(kind) = notice {
            let senders = self.store.organisation_user_ids(record.sender_id).await?;
            let detail = serde_json::json!({"opportunity": record.interest.opportunity, "title": record.opportunity_title, "interest": id});
            self.store
                .notify(&senders, kind, &format!("interest:{id}"), &detail)
                .await?;
        }
        self.shape_interest(p, record).await
    }

    /// A page of expressions of interest for the viewer.
    pub async fn interests(
        &self,
        p: Option<&Principal>,
        which: InterestBox,
        statuses: Vec<InterestStatus>,
        page: i64,
        per_page: i64,
    ) -> Result<Page<InterestView>> {
        let principal = p.ok_or(AppError::Unauthenticated)?;
        let mut q = InterestQuery {
            statuses,
            page,
            per_page,
            ..Default::default()
        };
        match which {
            InterestBox::Inbox => {
                q.owner_id = Some(principal.org.as_ref().ok_or(AppError::Forbidden)?.id)
            }
            InterestBox::Outbox => {
                q.sender_id = Some(principal.org.as_ref().ok_or(AppError::Forbidden)?.id)
            }
            InterestBox::City => {
                policy::staff_desk(p)?;
                if !principal.is_admin() {
                    q.city = principal.org.as_ref().map(|o| o.city.clone());
                }
            }
        }
        let found = self.store.list_interests(&q).await?;
        let mut items = Vec::with_capacity(found.items.len());
        for r in found.items {
            items.push(self.shape_interest(p, r).await?);
        }
        Ok(Page {
            items,
            total: found.total,
            page: found.page,
            per_page: found.per_page,
        })
    }
}
