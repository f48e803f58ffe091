//! Organisations: municipalities, business agencies, companies, universities, service providers
//! and NGOs, each in one city.

use crate::validation::Validation;
use crate::{Lang, Localized, sectors};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum OrgKind {
    Municipality,
    BusinessAgency,
    Company,
    University,
    ServiceProvider,
    Ngo,
}

impl OrgKind {
    pub const ALL: [OrgKind; 6] = [
        OrgKind::Municipality,
        OrgKind::BusinessAgency,
        OrgKind::Company,
        OrgKind::University,
        OrgKind::ServiceProvider,
        OrgKind::Ngo,
    ];

    pub fn code(self) -> &'static str {
        match self {
            OrgKind::Municipality => "municipality",
            OrgKind::BusinessAgency => "business_agency",
            OrgKind::Company => "company",
            OrgKind::University => "university",
            OrgKind::ServiceProvider => "service_provider",
            OrgKind::Ngo => "ngo",
        }
    }

    pub fn parse(s: &str) -> Option<OrgKind> {
        OrgKind::ALL.into_iter().find(|k| k.code() == s.trim())
    }

    /// Public bodies run the programme: their staff support companies and keep partnerships.
    pub fn is_public_body(self) -> bool {
        matches!(self, OrgKind::Municipality | OrgKind::BusinessAgency)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum SizeBand {
    /// Fewer than 10 people.
    Micro,
    /// 10–49 people.
    Small,
    /// 50–249 people.
    Medium,
    /// 250 people or more.
    Large,
}

impl SizeBand {
    pub const ALL: [SizeBand; 4] = [
        SizeBand::Micro,
        SizeBand::Small,
        SizeBand::Medium,
        SizeBand::Large,
    ];

    pub fn code(self) -> &'static str {
        match self {
            SizeBand::Micro => "micro",
            SizeBand::Small => "small",
            SizeBand::Medium => "medium",
            SizeBand::Large => "large",
        }
    }

    pub fn parse(s: &str) -> Option<SizeBand> {
        SizeBand::ALL.into_iter().find(|k| k.code() == s.trim())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Organisation {
    pub id: i64,
    pub slug: String,
    pub kind: OrgKind,
    pub city: String,
    pub name: Localized,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The language the description is written in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description_lang: Option<Lang>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    #[serde(default)]
    pub sectors: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size_band: Option<SizeBand>,
}

/// Input for creating or updating an organisation.
#[derive(Debug, Clone, Default, Serialize, Deserialize, utoipa::ToSchema)]
pub struct OrganisationInput {
    #[serde(default)]
    pub slug: String,
    pub kind: String,
    pub city: String,
    #[serde(default)]
    pub name: Localized,
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default)]
    pub description_lang: Option<String>,
    #[serde(default)]
    pub website: Option<String>,
    #[serde(default)]
    pub sectors: Vec<String>,
    #[serde(default)]
    pub size_band: Option<String>,
}

/// A validated organisation, ready to store (the city still has to exist).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidOrganisation {
    pub slug: String,
    pub kind: OrgKind,
    pub city: String,
    pub name: Localized,
    pub description: Option<String>,
    pub description_lang: Option<Lang>,
    pub website: Option<String>,
    pub sectors: Vec<String>,
    pub size_band: Option<SizeBand>,
}

impl OrganisationInput {
    /// `slugify` derives a slug from the name when none is given.
    pub fn validate(
        self,
        slugify: impl Fn(&str) -> String,
    ) -> Result<ValidOrganisation, Validation> {
        let mut v = Validation::new();
        let kind = OrgKind::parse(&self.kind);
        if kind.is_none() {
            v.add("kind", "invalid-choice", "must be one of municipality, business_agency, company, university, service_provider, ngo");
        }
        let city = self.city.trim().to_string();
        if city.is_empty() {
            v.add("city", "required", "is required");
        }
        let name = Localized::new(self.name.bg, self.name.de, self.name.en);
        if name.is_empty() {
            v.add("name", "required", "needs a name in at least one language");
        }
        for (lang, text) in name.values() {
            v.max_len(&format!("name_{lang}"), text, 200);
        }
        let slug_source = if self.slug.trim().is_empty() {
            slugify(name.get(Lang::En))
        } else {
            self.slug
        };
        let slug = if name.is_empty() && slug_source.is_empty() {
            String::new()
        } else {
            v.slug("slug", &slug_source)
        };
        let description = v.optional("description", self.description.as_deref(), 5000);
        let description_lang = match self
            .description_lang
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            None => None,
            Some(code) => {
                let lang = Lang::parse(code);
                if lang.is_none() {
                    v.add("description_lang", "invalid-choice", "must be bg, de or en");
                }
                lang
            }
        };
        if description.is_some()
            && description_lang.is_none()
            && v.for_field("description_lang").is_none()
        {
            v.add(
                "description_lang",
                "required",
                "say which language the description is written in",
            );
        }
        let website = v.url("website", self.website.as_deref());
        let mut sectors = Vec::new();
        for s in self
            .sectors
            .iter()
            .map(|s| s.trim())
            .filter(|s| !s.is_empty())
        {
            if sectors::find(s).is_none() {
                v.add("sectors", "unknown-sector", format!("unknown sector '{s}'"));
            } else if !sectors.iter().any(|x: &String| x == s) {
                sectors.push(s.to_string());
            }
        }
        let size_band = match self
            .size_band
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            None => None,
            Some(code) => {
                let band = SizeBand::parse(code);
                if band.is_none() {
                    v.add(
                        "size_band",
                        "invalid-choice",
                        "must be micro, small, medium or large",
                    );
                }
                band
            }
        };
        if kind == Some(OrgKind::Company)
            && size_band.is_none()
            && v.for_field("size_band").is_none()
        {
            v.add("size_band", "required", "is required for a company");
        }
        if kind.is_some_and(|k| k != OrgKind::Company) && size_band.is_some() {
            v.add("size_band", "not-applicable", "applies only to companies");
        }
        v.finish()?;
        Ok(ValidOrganisation {
            slug,
            kind: kind.expect("validated"),
            city,
            name,
            description,
            description_lang,
            website,
            sectors,
            size_band,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn slugify(s: &str) -> String {
        s.to_lowercase().replace(' ', "-")
    }

    fn company() -> OrganisationInput {
        OrganisationInput {
            kind: "company".into(),
            city: "vienna".into(),
            name: Localized::new(None, Some("Donau Pay GmbH".into()), None),
            size_band: Some("small".into()),
            sectors: vec!["fintech".into(), "fintech".into()],
            ..Default::default()
        }
    }

    #[test]
    fn slug_is_derived_from_the_name_and_sectors_deduplicated() {
        let o = company().validate(slugify).unwrap();
        assert_eq!(o.slug, "donau-pay-gmbh");
        assert_eq!(o.sectors, ["fintech"]);
    }

    #[test]
    fn a_company_needs_a_size_band_and_known_sectors() {
        let mut input = company();
        input.size_band = None;
        input.sectors = vec!["astrology".into()];
        let err = input.validate(slugify).unwrap_err();
        assert_eq!(err.for_field("size_band").unwrap().code, "required");
        assert_eq!(err.for_field("sectors").unwrap().code, "unknown-sector");
    }

    #[test]
    fn a_description_needs_its_language() {
        let mut input = company();
        input.description = Some("Zahlungen".into());
        assert_eq!(
            input.validate(slugify).unwrap_err().errors[0].field,
            "description_lang"
        );
    }
}
