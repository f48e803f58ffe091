//! Opening a case: the company's request for support, or staff opening one on its behalf.

use super::CaseView;
use super::views::shape;
use crate::cities::actor;
use crate::policy::{self, CaseRole};
use crate::{App, AppError, Principal, Result};
use city2city_domain::Validation;
use city2city_domain::accounts::Role;
use city2city_domain::cases::{CaseRequestInput, Side};
use city2city_store::{NewCase, StoreError};

impl App {
    pub async fn open_case(
        &self,
        p: Option<&Principal>,
        input: CaseRequestInput,
    ) -> Result<CaseView> {
        let principal = p.ok_or(AppError::Unauthenticated)?;
        let req = input.validate()?;
        let company_slug = match (&req.company, &principal.org) {
            (Some(slug), _) => slug.clone(),
            (None, Some(org)) if principal.role() == Role::CompanyMember => org.slug.clone(),
            (None, _) => {
                return Err(Validation::single(
                    "company",
                    "required",
                    "name the company the case is for",
                )
                .into());
            }
        };
        let company = match self.store.organisation_summary(&company_slug).await {
            Ok(c) => c,
            Err(StoreError::NotFound) => {
                return Err(Validation::single(
                    "company",
                    "unknown",
                    format!("there is no organisation {company_slug:?}"),
                )
                .into());
            }
            Err(e) => return Err(e.into()),
        };
        policy::open_case(p, &company)?;
        let mut v = Validation::new();
        let host = match self.store.city(&req.host_city).await {
            Ok(city) => Some(city),
            Err(StoreError::NotFound) => {
                v.add(
                    "host_city",
                    "unknown",
                    format!("there is no city {:?}", req.host_city),
                );
                None
            }
            Err(e) => return Err(e.into()),
        };
        if let Some(host) = &host {
            if host.slug == company.city {
                v.add(
                    "host_city",
                    "own-city",
                    "must be another city than the company's own",
                );
            } else if self.store.agency_of_city(&host.slug).await?.is_none() {
                v.add(
                    "host_city",
                    "no-agency",
                    format!("no business agency takes cases in {} yet", host.slug),
                );
            }
        }
        let home_agency = self.store.agency_of_city(&company.city).await?;
        if home_agency.is_none() {
            v.add(
                "company",
                "no-agency",
                format!(
                    "there is no business agency in {} to take the case",
                    company.city
                ),
            );
        }
        v.finish()?;
        let (host, home_agency) = (host.expect("checked"), home_agency.expect("checked"));
        let side = if principal.role() == Role::CompanyMember {
            "company"
        } else {
            "home"
        };
        let new = NewCase::from_request(
            req,
            company.id,
            host.id,
            home_agency.id,
            side,
            Some(principal.user.name.clone()),
        );
        let record = self.store.insert_case(&actor(p), &new).await?;
        self.notify_agency(home_agency.id, "case_opened", &record)
            .await?;
        let role = policy::view_case(p, &record).unwrap_or(CaseRole::Agency(Side::Home));
        Ok(shape(role, record, city2city_store::now()))
    }
}
