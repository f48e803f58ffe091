//! Searching published opportunities and organisations, for pages, the API and the CLI.

use super::index_error;
use crate::{App, Principal, Result};
use city2city_domain::opportunities::{Opportunity, OpportunityKind};
use city2city_domain::organisations::OrgKind;
use city2city_domain::{Lang, Localized, Validation};
use city2city_search::{DocKind, SearchQuery, Sort};
use serde::{Deserialize, Serialize};
use time::Date;

/// Longest query text taken into account; longer text is cut, never refused.
pub const MAX_QUERY_CHARS: usize = 500;
/// Longest query text a saved search keeps.
pub const MAX_QUERY_CHARS_SAVED: usize = 300;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum SearchSort {
    #[default]
    Relevance,
    Newest,
    Deadline,
}

impl SearchSort {
    pub fn parse(s: &str) -> Option<SearchSort> {
        Some(match s.trim() {
            "" | "relevance" => SearchSort::Relevance,
            "newest" => SearchSort::Newest,
            "deadline" => SearchSort::Deadline,
            _ => return None,
        })
    }

    pub fn code(self) -> &'static str {
        match self {
            SearchSort::Relevance => "relevance",
            SearchSort::Newest => "newest",
            SearchSort::Deadline => "deadline",
        }
    }
}

/// A search: text and facet filters (any of the values within a facet, all facets at once).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct SearchRequest {
    pub q: String,
    /// Opportunity kinds (or, for organisations, organisation kinds).
    pub kinds: Vec<String>,
    pub sectors: Vec<String>,
    /// The owner's city.
    pub cities: Vec<String>,
    /// Languages it can be read in.
    pub langs: Vec<String>,
    pub sort: SearchSort,
    /// From 1.
    pub page: i64,
    pub per_page: i64,
}

impl SearchRequest {
    /// Checks the filter values (unknown ones are named); the text is taken as it is.
    pub fn validate(&self, opportunities: bool) -> Result<()> {
        let mut v = Validation::new();
        for k in &self.kinds {
            let ok = if opportunities {
                OpportunityKind::parse(k).is_some()
            } else {
                OrgKind::parse(k).is_some()
            };
            if !ok {
                v.add("kind", "invalid-choice", format!("unknown kind '{k}'"));
            }
        }
        for s in &self.sectors {
            if city2city_domain::sectors::find(s).is_none() {
                v.add("sector", "unknown-sector", format!("unknown sector '{s}'"));
            }
        }
        for l in &self.langs {
            if Lang::parse(l).is_none() {
                v.add("lang", "invalid-choice", "must be bg, de or en");
            }
        }
        Ok(v.finish()?)
    }

    fn to_query(&self, kind: DocKind) -> SearchQuery {
        let per_page = self.per_page.clamp(1, 100) as usize;
        let page = self.page.max(1) as usize;
        SearchQuery {
            text: self.q.chars().take(MAX_QUERY_CHARS).collect(),
            kind: Some(kind),
            categories: self.kinds.clone(),
            sectors: self.sectors.clone(),
            cities: self.cities.clone(),
            langs: self.langs.clone(),
            sort: match self.sort {
                SearchSort::Relevance => Sort::Relevance,
                SearchSort::Newest => Sort::Newest,
                SearchSort::Deadline => Sort::Deadline,
            },
            offset: (page - 1)
                .saturating_mul(per_page)
                .min(city2city_search::MAX_OFFSET),
            limit: per_page,
            ..Default::default()
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct FacetCount {
    pub value: String,
    pub count: usize,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct SearchFacets {
    pub kind: Vec<FacetCount>,
    pub sector: Vec<FacetCount>,
    pub city: Vec<FacetCount>,
    pub lang: Vec<FacetCount>,
}

/// A published opportunity found by a search.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct OpportunityHit {
    pub reference: String,
    pub kind: OpportunityKind,
    /// Language of the title and snippet shown.
    pub lang: Lang,
    /// HTML: escaped text with the matched words in `<mark>`.
    pub title_html: String,
    pub snippet_html: String,
    pub sectors: Vec<String>,
    pub city: String,
    pub target_cities: Vec<String>,
    pub valid_until: Date,
    pub deadline: Option<Date>,
    /// The owner's name, when it shows it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner_name: Option<Localized>,
    pub score: f32,
}

/// An organisation found by a search.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct OrganisationHit {
    pub slug: String,
    pub kind: OrgKind,
    pub name: Localized,
    pub city: String,
    pub title_html: String,
    pub snippet_html: String,
    pub score: f32,
}

#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct SearchPage<T> {
    pub items: Vec<T>,
    pub total: i64,
    pub page: i64,
    pub per_page: i64,
    pub facets: SearchFacets,
}

fn counts(list: &[city2city_search::FacetCount]) -> Vec<FacetCount> {
    list.iter()
        .map(|c| FacetCount {
            value: c.value.clone(),
            count: c.count,
        })
        .collect()
}

impl App {
    async fn run_search(&self, q: SearchQuery) -> Result<city2city_search::SearchResults> {
        let index = self.index.clone();
        tokio::task::spawn_blocking(move || index.search(&q))
            .await
            .map_err(index_error)?
            .map_err(index_error)
    }

    /// Published opportunities for any visitor.
    pub async fn search_opportunities(
        &self,
        _p: Option<&Principal>,
        r: &SearchRequest,
    ) -> Result<SearchPage<OpportunityHit>> {
        r.validate(true)?;
        let q = r.to_query(DocKind::Opportunity);
        let (page, per_page) = (r.page.max(1), q.limit as i64);
        let found = self.run_search(q).await?;
        let ids: Vec<i64> = found.hits.iter().map(|h| h.id).collect();
        let records: Vec<Opportunity> = self.store.opportunities_by_ids(&ids).await?;
        let owners = self.owner_names(&records).await?;
        let mut items = Vec::new();
        for h in found.hits {
            // The index may trail the database by a moment: skip what is no longer public.
            let Some(o) = records.iter().find(|o| o.id == h.id && o.is_public()) else {
                continue;
            };
            items.push(OpportunityHit {
                reference: o.reference.clone(),
                kind: o.kind,
                lang: Lang::parse(&h.lang).unwrap_or(o.lang),
                title_html: h.title_html,
                snippet_html: h.snippet_html,
                sectors: o.sectors.clone(),
                city: o.city.clone(),
                target_cities: o.target_cities.clone(),
                valid_until: o.valid_until,
                deadline: o.deadline,
                owner_name: if o.show_name {
                    owners.get(&o.organisation).cloned()
                } else {
                    None
                },
                score: h.score,
            });
        }
        Ok(SearchPage {
            items,
            total: found.total as i64,
            page,
            per_page,
            facets: SearchFacets {
                kind: counts(&found.facets.categories),
                sector: counts(&found.facets.sectors),
                city: counts(&found.facets.cities),
                lang: counts(&found.facets.langs),
            },
        })
    }

    /// Organisations (all are public).
    pub async fn search_organisations(
        &self,
        r: &SearchRequest,
    ) -> Result<SearchPage<OrganisationHit>> {
        r.validate(false)?;
        let q = r.to_query(DocKind::Organisation);
        let (page, per_page) = (r.page.max(1), q.limit as i64);
        let found = self.run_search(q).await?;
        let mut items = Vec::new();
        for h in found.hits {
            let Ok(o) = self.store.organisation(&h.reference).await else {
                continue;
            };
            items.push(OrganisationHit {
                slug: o.slug,
                kind: o.kind,
                name: o.name,
                city: o.city,
                title_html: h.title_html,
                snippet_html: h.snippet_html,
                score: h.score,
            });
        }
        Ok(SearchPage {
            items,
            total: found.total as i64,
            page,
            per_page,
            facets: SearchFacets {
                kind: counts(&found.facets.categories),
                sector: counts(&found.facets.sectors),
                city: counts(&found.facets.cities),
                lang: counts(&found.facets.langs),
            },
        })
    }

    /// Whether the published opportunity `reference` fits the search `r` (for alerts).
    pub(crate) async fn fits(&self, r: &SearchRequest, reference: &str) -> Result<bool> {
        let mut q = r.to_query(DocKind::Opportunity);
        // The one just published is the newest of those that fit, if it fits.
        q.sort = Sort::Newest;
        q.offset = 0;
        q.limit = 20;
        let found = self.run_search(q).await?;
        Ok(found.hits.iter().any(|h| h.reference == reference))
    }
}
