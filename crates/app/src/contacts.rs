//! The contact directory, and introductions of a case's company to its contacts.

use crate::cases::{CaseDetail, side_code};
use crate::cities::actor;
use crate::{App, AppError, Principal, Result, policy};
use city2city_domain::Validation;
use city2city_domain::cases::Side;
use city2city_domain::contacts::{
    Contact, ContactInput, IntroStepInput, IntroduceInput, ValidContact,
};
use city2city_store::{ContactQuery, StepActor, StoreError};
use serde::Serialize;

/// A contact with what the viewer may do.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct ContactView {
    #[serde(flatten)]
    pub contact: Contact,
    pub can_edit: bool,
}

impl App {
    pub async fn contacts(&self, p: Option<&Principal>, q: ContactQuery) -> Result<Vec<Contact>> {
        policy::read_contacts(p)?;
        Ok(self
            .store
            .contacts(&q)
            .await?
            .into_iter()
            .map(|r| r.contact)
            .collect())
    }

    pub async fn contact(&self, p: Option<&Principal>, slug: &str) -> Result<ContactView> {
        policy::read_contacts(p)?;
        let r = self.store.contact(slug).await?;
        Ok(ContactView {
            can_edit: policy::may_write_contact(p, &r.contact.city),
            contact: r.contact,
        })
    }

    async fn contact_city(
        &self,
        p: &Principal,
        c: &ValidContact,
    ) -> Result<city2city_domain::cities::City> {
        let slug = if c.city.is_empty() {
            p.org.as_ref().map(|o| o.city.clone()).unwrap_or_default()
        } else {
            c.city.clone()
        };
        match self.store.city(&slug).await {
            Ok(city) => Ok(city),
            Err(StoreError::NotFound) => {
                Err(
                    Validation::single("city", "unknown", format!("there is no city {slug:?}"))
                        .into(),
                )
            }
            Err(e) => Err(e.into()),
        }
    }

    pub async fn create_contact(
        &self,
        p: Option<&Principal>,
        input: ContactInput,
    ) -> Result<ContactView> {
        let principal = p.ok_or(AppError::Unauthenticated)?;
        let valid = input.validate(Self::today())?;
        let city = self.contact_city(principal, &valid).await?;
        policy::write_contact(p, &city.slug)?;
        let base = city2city_text::slugify(&valid.name);
        let mut slug = base.clone();
        let mut n = 2;
        while self.store.contact_slug_taken(&slug).await? {
            slug = format!("{base}-{n}");
            n += 1;
        }
        self.store
            .insert_contact(&actor(p), &slug, city.id, &valid)
            .await?;
        self.contact(p, &slug).await
    }

    pub async fn update_contact(
        &self,
        p: Option<&Principal>,
        slug: &str,
        input: ContactInput,
    ) -> Result<ContactView> {
        let principal = p.ok_or(AppError::Unauthenticated)?;
        let before = self.store.contact(slug).await?;
        policy::write_contact(p, &before.contact.city)?;
        let mut valid = input.validate(Self::today())?;
        if valid.city.is_empty() {
            valid.city = before.contact.city.clone();
        }
        let city = self.contact_city(principal, &valid).await?;
        policy::write_contact(p, &city.slug)?;
        self.store
            .update_contact(&actor(p), &before, city.id, &valid)
            .await?;
        self.contact(p, slug).await
    }

    /// Introduces the case's company to a contact of the host city who agreed to it.
    pub async fn introduce(
        &self,
        p: Option<&Principal>,
        case_id: i64,
        input: IntroduceInput,
    ) -> Result<CaseDetail> {
        let case = self.store.case(case_id).await?;
        let side = policy::act_on_case(p, &case, &[Side::Host, Side::Home])?;
        let slug = input.contact.trim();
        if slug.is_empty() {
            return Err(Validation::single("contact", "required", "choose a contact").into());
        }
        let contact = match self.store.contact(slug).await {
            Ok(c) => c,
            Err(StoreError::NotFound) => {
                return Err(Validation::single(
                    "contact",
                    "unknown",
                    format!("there is no contact {slug:?}"),
                )
                .into());
            }
            Err(e) => return Err(e.into()),
        };
        if !contact.contact.consent {
            return Err(Validation::single(
                "contact",
                "no-consent",
                format!(
                    "{} has not agreed to be introduced to companies; record their consent first",
                    contact.contact.name
                ),
            )
            .into());
        }
        if contact.contact.city != case.case.host_city {
            return Err(Validation::single(
                "contact",
                "wrong-city",
                format!(
                    "the contact works in {}, but the company lands in {}",
                    contact.contact.city, case.case.host_city
                ),
            )
            .into());
        }
        let who = StepActor {
            side: side_code(side),
            name: p.map(|p| p.user.name.clone()),
        };
        self.store
            .insert_introduction(&actor(p), case_id, &contact, &who)
            .await?;
        self.case(p, case_id).await
    }

    /// Records that an introduction was made, that they met, or what came of it.
    pub async fn advance_introduction(
        &self,
        p: Option<&Principal>,
        case_id: i64,
        intro_id: i64,
        input: IntroStepInput,
    ) -> Result<CaseDetail> {
        let case = self.store.case(case_id).await?;
        let side = policy::act_on_case(p, &case, &[Side::Host, Side::Home])?;
        let intro = self.store.introduction(case_id, intro_id).await?;
        let (to, outcome) = input.validate(intro.status)?;
        let who = StepActor {
            side: side_code(side),
            name: p.map(|p| p.user.name.clone()),
        };
        self.store
            .advance_introduction(&actor(p), case_id, &intro, to, outcome, &who)
            .await?;
        self.case(p, case_id).await
    }
}
