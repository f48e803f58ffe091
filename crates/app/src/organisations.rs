//! Organisations: anyone reads; who may create and change is decided in `policy`.

use crate::cities::actor;
use crate::{App, AppError, Principal, Result, policy};
use city2city_domain::Validation;
use city2city_domain::organisations::{Organisation, OrganisationInput, ValidOrganisation};
use city2city_store::{OrgQuery, Page};

impl App {
    pub async fn organisations(&self, q: &OrgQuery) -> Result<Page<Organisation>> {
        Ok(self.store.list_organisations(q).await?)
    }

    pub async fn organisation(&self, slug: &str) -> Result<Organisation> {
        Ok(self.store.organisation(slug).await?)
    }

    fn validate_org(input: OrganisationInput) -> Result<ValidOrganisation> {
        Ok(input.validate(city2city_text::slugify)?)
    }

    pub async fn create_organisation(
        &self,
        p: Option<&Principal>,
        input: OrganisationInput,
    ) -> Result<Organisation> {
        // Sign-in first: an anonymous caller learns nothing from validation messages.
        if p.is_none() {
            return Err(AppError::Unauthenticated);
        }
        let o = Self::validate_org(input)?;
        self.ensure_city(&o.city).await?;
        policy::create_organisation(p, o.kind, &o.city)?;
        Ok(self.store.insert_organisation(&actor(p), &o).await?)
    }

    pub async fn update_organisation(
        &self,
        p: Option<&Principal>,
        slug: &str,
        input: OrganisationInput,
    ) -> Result<Organisation> {
        let current = self.store.organisation_summary(slug).await?;
        policy::edit_organisation(p, &current)?;
        let o = Self::validate_org(input)?;
        self.ensure_city(&o.city).await?;
        policy::edit_organisation_into(p, &current, o.kind, &o.city)?;
        Ok(self.store.update_organisation(&actor(p), slug, &o).await?)
    }

    pub async fn delete_organisation(&self, p: Option<&Principal>, slug: &str) -> Result<()> {
        self.store.organisation_summary(slug).await?;
        policy::delete_organisation(p)?;
        Ok(self.store.delete_organisation(&actor(p), slug).await?)
    }

    async fn ensure_city(&self, slug: &str) -> Result<()> {
        match self.store.city(slug).await {
            Ok(_) => Ok(()),
            Err(city2city_store::StoreError::NotFound) => {
                Err(Validation::single("city", "unknown-city", format!("no city '{slug}'")).into())
            }
            Err(e) => Err(e.into()),
        }
    }
}
