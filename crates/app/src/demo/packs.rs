//! Loads the demo information packs (`soft_landing/packs/*.md`: each city's articles on legal
//! forms, tax, hiring, permits, office space, funding and banking in bg, de and en), each a
//! Markdown file with a front matter of its city, topic, language, owner, review date and
//! visibility, checked like the editor does.

use crate::{App, AppError, Result};
use city2city_domain::packs::{PackInput, pack_slug};
use city2city_store::{Actor, PackRecord};
use std::collections::BTreeMap;

const FILES: &[&str] = &[
    include_str!("soft_landing/packs/sofia-banking-bg.md"),
    include_str!("soft_landing/packs/sofia-banking-de.md"),
    include_str!("soft_landing/packs/sofia-banking-en.md"),
    include_str!("soft_landing/packs/sofia-funding-bg.md"),
    include_str!("soft_landing/packs/sofia-funding-de.md"),
    include_str!("soft_landing/packs/sofia-funding-en.md"),
    include_str!("soft_landing/packs/sofia-hiring-bg.md"),
    include_str!("soft_landing/packs/sofia-hiring-de.md"),
    include_str!("soft_landing/packs/sofia-hiring-en.md"),
    include_str!("soft_landing/packs/sofia-legal-forms-bg.md"),
    include_str!("soft_landing/packs/sofia-legal-forms-de.md"),
    include_str!("soft_landing/packs/sofia-legal-forms-en.md"),
    include_str!("soft_landing/packs/sofia-office-space-bg.md"),
    include_str!("soft_landing/packs/sofia-office-space-de.md"),
    include_str!("soft_landing/packs/sofia-office-space-en.md"),
    include_str!("soft_landing/packs/sofia-permits-bg.md"),
    include_str!("soft_landing/packs/sofia-permits-de.md"),
    include_str!("soft_landing/packs/sofia-permits-en.md"),
    include_str!("soft_landing/packs/sofia-tax-bg.md"),
    include_str!("soft_landing/packs/sofia-tax-de.md"),
    include_str!("soft_landing/packs/sofia-tax-en.md"),
    include_str!("soft_landing/packs/vienna-banking-bg.md"),
    include_str!("soft_landing/packs/vienna-banking-de.md"),
    include_str!("soft_landing/packs/vienna-banking-en.md"),
    include_str!("soft_landing/packs/vienna-funding-bg.md"),
    include_str!("soft_landing/packs/vienna-funding-de.md"),
    include_str!("soft_landing/packs/vienna-funding-en.md"),
    include_str!("soft_landing/packs/vienna-hiring-bg.md"),
    include_str!("soft_landing/packs/vienna-hiring-de.md"),
    include_str!("soft_landing/packs/vienna-hiring-en.md"),
    include_str!("soft_landing/packs/vienna-legal-forms-bg.md"),
    include_str!("soft_landing/packs/vienna-legal-forms-de.md"),
    include_str!("soft_landing/packs/vienna-legal-forms-en.md"),
    include_str!("soft_landing/packs/vienna-office-space-bg.md"),
    include_str!("soft_landing/packs/vienna-office-space-de.md"),
    include_str!("soft_landing/packs/vienna-office-space-en.md"),
    include_str!("soft_landing/packs/vienna-permits-bg.md"),
    include_str!("soft_landing/packs/vienna-permits-de.md"),
    include_str!("soft_landing/packs/vienna-permits-en.md"),
    include_str!("soft_landing/packs/vienna-tax-bg.md"),
    include_str!("soft_landing/packs/vienna-tax-de.md"),
    include_str!("soft_landing/packs/vienna-tax-en.md"),
];

fn bad(what: impl std::fmt::Display) -> AppError {
    AppError::Internal(format!("demo packs: {what}"))
}

/// The front matter's fields and the Markdown after it.
fn split(text: &str) -> Result<(BTreeMap<&str, &str>, &str)> {
    let rest = text
        .strip_prefix("---\n")
        .ok_or_else(|| bad("a file without front matter"))?;
    let (head, body) = rest
        .split_once("\n---\n")
        .ok_or_else(|| bad("front matter not closed"))?;
    let fields = head
        .lines()
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim(), v.trim()))
        .collect();
    Ok((fields, body.trim()))
}

/// Loads every pack; returns them by slug.
pub(super) async fn load(app: &App, actor: &Actor) -> Result<BTreeMap<String, PackRecord>> {
    let today = App::today();
    let mut loaded = BTreeMap::new();
    for text in FILES {
        let (f, body) = split(text)?;
        let get = |k: &str| f.get(k).copied().unwrap_or_default().to_string();
        let input = PackInput {
            city: get("city"),
            topic: get("topic").replace('-', "_"),
            lang: get("lang"),
            title: get("title"),
            body: body.to_string(),
            public: get("public") == "true",
            last_reviewed: get("last_reviewed"),
        };
        let valid = input.validate(today)?;
        let city = app.store.city(&valid.city).await?;
        let owner = app.store.organisation_summary(&get("owner")).await?;
        let slug = pack_slug(&city.slug, valid.topic, valid.lang);
        let record = app
            .store
            .insert_pack(actor, &slug, city.id, owner.id, &valid)
            .await?;
        loaded.insert(slug, record);
    }
    Ok(loaded)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_pack_file_has_its_front_matter() {
        for text in FILES {
            let (f, body) = split(text).unwrap();
            for key in [
                "title",
                "city",
                "topic",
                "lang",
                "owner",
                "last_reviewed",
                "public",
            ] {
                assert!(f.contains_key(key), "{key} in {text:.80}");
            }
            assert!(!body.is_empty());
        }
    }
}
