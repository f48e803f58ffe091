//! Matches as the pages, the API and the CLI show them.

use super::profiles::{embedding_text, profile};
use crate::{App, Principal, Result, policy};
use city2city_domain::Lang;
use city2city_domain::opportunities::{Opportunity, OpportunityKind};
use city2city_search::embed::Role;
use city2city_search::matcher::{Match, Reason, Weights};
use serde::Serialize;

/// Most matches asked for at once.
pub const MAX_MATCHES: usize = 50;

/// Whether semantic similarity took part in the ranking.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum SemanticState {
    /// Vectors on both sides: semantic, lexical and sector evidence.
    On,
    /// No embedder is configured: lexical and sector evidence only.
    Off,
    /// The embedder could not give this opportunity a vector yet (pending or failing): lexical
    /// and sector evidence for now.
    Pending,
}

/// Why a match was made.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum MatchReason {
    /// Cosine similarity of the two texts' sentence vectors (any languages).
    Semantic { similarity: f32 },
    /// Terms both texts share after analysis (stems, compound parts), most specific first.
    SharedTerms { terms: Vec<String> },
    /// Sector slugs both have.
    SharedSectors { sectors: Vec<String> },
    /// The closer pairing of kinds (business offer ↔ request; technology offer ↔ technology or
    /// research request).
    ClosePairing,
}

impl From<Reason> for MatchReason {
    fn from(r: Reason) -> Self {
        match r {
            Reason::Semantic(s) => MatchReason::Semantic {
                similarity: (s * 1000.0).round() / 1000.0,
            },
            Reason::SharedTerms(terms) => MatchReason::SharedTerms { terms },
            Reason::SharedSectors(sectors) => MatchReason::SharedSectors { sectors },
            Reason::ClosePairing => MatchReason::ClosePairing,
        }
    }
}

/// One matching opportunity (published, so public; never its owner).
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct MatchView {
    #[serde(rename = "ref")]
    pub reference: String,
    pub score: f32,
    pub reasons: Vec<MatchReason>,
    pub kind: OpportunityKind,
    pub city: String,
    pub lang: Lang,
    pub title: String,
    pub summary: String,
}

/// The matches of one opportunity, best first.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct Matches {
    #[serde(rename = "ref")]
    pub reference: String,
    pub semantic: SemanticState,
    pub matches: Vec<MatchView>,
}

/// A recommended opportunity for a company: a match of one of its own.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct Recommendation {
    #[serde(flatten)]
    pub matched: MatchView,
    /// The company's own opportunity it matches.
    pub for_ref: String,
    pub for_title: String,
    /// Its kind (the pairing reason names both kinds).
    pub for_kind: OpportunityKind,
}

impl App {
    /// The best matches for the opportunity `reference`, for a viewer who may see it.
    pub async fn matches(
        &self,
        p: Option<&Principal>,
        reference: &str,
        limit: usize,
    ) -> Result<Matches> {
        let o = self.store.opportunity(reference).await?;
        let owner = self.owner_of(&o).await?;
        policy::view_opportunity(p, &o, &owner)?;
        self.matches_of(&o, limit.clamp(1, MAX_MATCHES)).await
    }

    /// The matches of any opportunity, for the operator's command line.
    pub async fn matches_as_operator(&self, reference: &str, limit: usize) -> Result<Matches> {
        let o = self.store.opportunity(reference).await?;
        self.matches_of(&o, limit.clamp(1, MAX_MATCHES)).await
    }

    /// References of every published opportunity, oldest first.
    pub async fn published_references(&self) -> Result<Vec<String>> {
        let mut out = Vec::new();
        let mut after = 0;
        loop {
            let batch = self.store.opportunities_after(after, 2000).await?;
            let Some(last) = batch.last() else { break };
            after = last.id;
            out.extend(
                batch
                    .into_iter()
                    .filter(|o| o.is_public())
                    .map(|o| o.reference),
            );
        }
        Ok(out)
    }

    /// The matches of a record (no permission check: callers have done it).
    pub(crate) async fn matches_of(&self, o: &Opportunity, limit: usize) -> Result<Matches> {
        // A fresh instance may be asked before the change feed has run once.
        self.fill_pool_once().await?;
        let mut query = profile(o);
        let in_pool = self.matcher.read().contains(o.id);
        let has_vector = in_pool && self.matcher.read().has_vector(o.id);
        let semantic = match self.matcher.embedder() {
            None => SemanticState::Off,
            Some(_) if has_vector => SemanticState::On,
            Some(e) => {
                // Not yet published (staff validating) or not yet embedded: embed it now.
                let e = e.clone();
                let text = vec![embedding_text(o)];
                match tokio::task::spawn_blocking(move || e.embed(Role::Query, &text)).await {
                    Ok(Ok(mut v)) if !v.is_empty() => {
                        query.vector = Some(v.remove(0));
                        SemanticState::On
                    }
                    Ok(Err(e)) => {
                        tracing::warn!(error = %e, reference = %o.reference, "no vector for matching; lexical evidence only");
                        SemanticState::Pending
                    }
                    _ => SemanticState::Pending,
                }
            }
        };
        let weights = if semantic == SemanticState::On {
            Weights::HYBRID
        } else {
            Weights::LEXICAL
        };
        let found: Vec<Match> = {
            let pool = self.matcher.read();
            let q = pool.query(&query, Some(o.id));
            pool.rank(&q, weights, limit)
        };
        let ids: Vec<i64> = found.iter().map(|m| m.id).collect();
        let records = self.store.opportunities_by_ids(&ids).await?;
        let matches = found
            .into_iter()
            .filter_map(|m| {
                let r = records.iter().find(|r| r.id == m.id && r.is_public())?;
                Some(MatchView {
                    reference: m.reference,
                    score: (m.score * 1000.0).round() / 1000.0,
                    reasons: m.reasons.into_iter().map(MatchReason::from).collect(),
                    kind: r.kind,
                    city: r.city.clone(),
                    lang: r.lang,
                    title: r.title.clone(),
                    summary: r.summary.clone(),
                })
            })
            .collect();
        Ok(Matches {
            reference: o.reference.clone(),
            semantic,
            matches,
        })
    }

    /// Published opportunities that match the open opportunities of the viewer's company, best
    /// first, each once. Empty for viewers without an organisation.
    pub async fn recommendations(
        &self,
        p: Option<&Principal>,
        limit: usize,
    ) -> Result<Vec<Recommendation>> {
        let Some(org) = p.and_then(|p| p.org.as_ref()) else {
            return Ok(vec![]);
        };
        let ids = self.store.opportunity_ids_of(org.id).await?;
        let mut own = self.store.opportunities_by_ids(&ids).await?;
        own.retain(|o| o.is_public());
        own.sort_by_key(|o| std::cmp::Reverse(o.published_at));
        let mut out: Vec<Recommendation> = Vec::new();
        for o in own.iter().take(10) {
            for m in self.matches_of(o, limit).await?.matches {
                match out.iter_mut().find(|r| r.matched.reference == m.reference) {
                    Some(r) if r.matched.score >= m.score => {}
                    Some(r) => {
                        r.matched = m;
                        r.for_ref = o.reference.clone();
                        r.for_title = o.title.clone();
                        r.for_kind = o.kind;
                    }
                    None => out.push(Recommendation {
                        matched: m,
                        for_ref: o.reference.clone(),
                        for_title: o.title.clone(),
                        for_kind: o.kind,
                    }),
                }
            }
        }
        out.sort_by(|a, b| b.matched.score.total_cmp(&a.matched.score));
        out.truncate(limit);
        Ok(out)
    }
}
