//! People: anyone reads names and titles; contact details only as `policy::see_contacts` says.

use crate::cities::actor;
use crate::{App, AppError, Principal, Result, policy};
use city2city_domain::Validation;
use city2city_domain::people::{Person, PersonInput};
use city2city_store::{Page, PeopleQuery, StoreError};

/// Hides e-mail and phone from whoever may not see them.
pub fn redact(p: Option<&Principal>, mut person: Person) -> Person {
    if !policy::see_contacts(p, &person.organisation) {
        person.email = None;
        person.phone = None;
    }
    person
}

impl App {
    pub async fn people(&self, p: Option<&Principal>, q: &PeopleQuery) -> Result<Page<Person>> {
        let mut page = self.store.list_people(q).await?;
        page.items = page.items.into_iter().map(|x| redact(p, x)).collect();
        Ok(page)
    }

    pub async fn person(&self, p: Option<&Principal>, id: i64) -> Result<Person> {
        Ok(redact(p, self.store.person(id).await?))
    }

    async fn org_for_person(&self, slug: &str) -> Result<city2city_store::OrgSummary> {
        self.store
            .organisation_summary(slug)
            .await
            .map_err(|e| match e {
                StoreError::NotFound => Validation::single(
                    "organisation",
                    "unknown-organisation",
                    format!("no organisation '{slug}'"),
                )
                .into(),
                e => AppError::from(e),
            })
    }

    pub async fn create_person(&self, p: Option<&Principal>, input: PersonInput) -> Result<Person> {
        if p.is_none() {
            return Err(AppError::Unauthenticated);
        }
        let input = input.validate()?;
        let org = self.org_for_person(&input.organisation).await?;
        policy::edit_people_of(p, &org)?;
        Ok(self.store.insert_person(&actor(p), &input).await?)
    }

    pub async fn update_person(
        &self,
        p: Option<&Principal>,
        id: i64,
        input: PersonInput,
    ) -> Result<Person> {
        let current = self.store.person(id).await?;
        policy::edit_people_of(
            p,
            &self
                .store
                .organisation_summary(&current.organisation)
                .await?,
        )?;
        let input = input.validate()?;
        let org = self.org_for_person(&input.organisation).await?;
        policy::edit_people_of(p, &org)?;
        Ok(self.store.update_person(&actor(p), id, &input).await?)
    }

    pub async fn delete_person(&self, p: Option<&Principal>, id: i64) -> Result<()> {
        let current = self.store.person(id).await?;
        policy::edit_people_of(
            p,
            &self
                .store
                .organisation_summary(&current.organisation)
                .await?,
        )?;
        Ok(self.store.delete_person(&actor(p), id).await?)
    }
}
