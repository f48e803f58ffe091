//! Loads the demo contact directory (`soft_landing/contacts.json`: lawyers, accountants, banks,
//! real estate agents, coworking spaces, universities, clusters and experts in both cities, a few
//! of them without consent to be introduced), checked like the editor does.

use crate::{App, AppError, Result};
use city2city_domain::contacts::ContactInput;
use city2city_store::{Actor, ContactRecord};
use serde::Deserialize;
use std::collections::BTreeMap;

const CONTACTS: &str = include_str!("soft_landing/contacts.json");

#[derive(Debug, Deserialize)]
struct Spec {
    key: String,
    #[serde(flatten)]
    input: ContactInput,
}

pub(super) async fn load(app: &App, actor: &Actor) -> Result<BTreeMap<String, ContactRecord>> {
    let specs: Vec<Spec> = serde_json::from_str(CONTACTS)
        .map_err(|e| AppError::Internal(format!("demo contacts: not readable: {e}")))?;
    let today = App::today();
    let mut loaded = BTreeMap::new();
    for spec in specs {
        let valid = spec.input.validate(today)?;
        let city = app.store.city(&valid.city).await?;
        let record = app
            .store
            .insert_contact(actor, &spec.key, city.id, &valid)
            .await?;
        loaded.insert(spec.key, record);
    }
    Ok(loaded)
}
