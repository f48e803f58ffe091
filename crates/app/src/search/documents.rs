//! Index documents made from records. An opportunity carries its owner's name only when the
//! owner shows it: the index must not reveal an anonymous owner.

use city2city_domain::Localized;
use city2city_domain::cities::City;
use city2city_domain::opportunities::Opportunity;
use city2city_domain::organisations::Organisation;
use city2city_search::{DocKind, Document, Translation};

fn city_names(slug: &str, cities: &[City]) -> Vec<String> {
    cities
        .iter()
        .find(|c| c.slug == slug)
        .map(|c| c.name.values().map(|(_, n)| n.to_string()).collect())
        .unwrap_or_default()
}

pub(super) fn opportunity(o: &Opportunity, owner: Option<&Localized>, cities: &[City]) -> Document {
    let mut names: Vec<String> = Vec::new();
    if o.show_name
        && let Some(owner) = owner
    {
        names.extend(owner.values().map(|(_, n)| n.to_string()));
    }
    names.extend(city_names(&o.city, cities));
    for t in &o.target_cities {
        names.extend(city_names(t, cities));
    }
    Document {
        kind: DocKind::Opportunity,
        id: o.id,
        reference: o.reference.clone(),
        lang: o.lang.code().to_string(),
        title: o.title.clone(),
        summary: o.summary.clone(),
        body: o.description.clone(),
        translations: o
            .translations
            .iter()
            .map(|t| Translation {
                lang: t.lang.code().to_string(),
                title: t.title.clone(),
                summary: t.summary.clone(),
                body: t.description.clone().unwrap_or_default(),
            })
            .collect(),
        names,
        keywords: o.keywords.clone(),
        category: Some(o.kind.code().to_string()),
        sectors: o.sectors.clone(),
        city: o.city.clone(),
        target_cities: o.target_cities.clone(),
        published_at: o.published_at.unwrap_or(o.updated_at).unix_timestamp(),
        deadline: o
            .deadline
            .map(|d| d.midnight().assume_utc().unix_timestamp()),
    }
}

pub(super) fn organisation(o: &Organisation, cities: &[City]) -> Document {
    let mut names: Vec<String> = o.name.values().map(|(_, n)| n.to_string()).collect();
    names.extend(city_names(&o.city, cities));
    let lang = o.description_lang.map(|l| l.code()).unwrap_or("en");
    Document {
        kind: DocKind::Organisation,
        id: o.id,
        reference: o.slug.clone(),
        lang: lang.to_string(),
        title: o
            .name
            .get(o.description_lang.unwrap_or(city2city_domain::Lang::En))
            .to_string(),
        summary: o.description.clone().unwrap_or_default(),
        body: String::new(),
        translations: vec![],
        names,
        keywords: vec![],
        category: Some(o.kind.code().to_string()),
        sectors: o.sectors.clone(),
        city: o.city.clone(),
        target_cities: vec![],
        published_at: 0,
        deadline: None,
    }
}
