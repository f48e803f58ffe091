//! Cities: anyone reads; admins create and change.

use crate::{App, Principal, Result, policy};
use city2city_domain::cities::{City, CityInput};
use city2city_store::Actor;

impl App {
    pub async fn cities(&self) -> Result<Vec<City>> {
        Ok(self.store.list_cities().await?)
    }

    pub async fn city(&self, slug: &str) -> Result<City> {
        Ok(self.store.city(slug).await?)
    }

    pub async fn create_city(&self, p: Option<&Principal>, input: CityInput) -> Result<City> {
        policy::manage_cities(p)?;
        let input = input.validate()?;
        Ok(self.store.insert_city(&actor(p), &input).await?)
    }

    /// For the CLI, which runs with the operator's authority.
    pub async fn create_city_as_operator(&self, input: CityInput) -> Result<City> {
        let input = input.validate()?;
        Ok(self
            .store
            .insert_city(&Actor::system("cli"), &input)
            .await?)
    }

    pub async fn update_city(
        &self,
        p: Option<&Principal>,
        slug: &str,
        input: CityInput,
    ) -> Result<City> {
        policy::manage_cities(p)?;
        let input = input.validate()?;
        Ok(self.store.update_city(&actor(p), slug, &input).await?)
    }
}

pub(crate) fn actor(p: Option<&Principal>) -> Actor {
    p.map(Principal::actor)
        .unwrap_or_else(|| Actor::system("anonymous"))
}
