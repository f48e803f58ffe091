//! The matcher's pure core: which profiles are candidates for one another, and how evidence adds
//! up to a score with its reasons. Semantic similarity comes from an embedder (computed
//! elsewhere); lexical evidence from the analysed terms both profiles share; sector evidence from
//! their sectors; the pairing of kinds is evidence too, never a filter beyond offer ↔ request.

mod pool;

pub use pool::{MatchPool, Query};

use city2city_text::{Language, analyse};
use std::collections::HashSet;

/// A profile as the matcher sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct Profile {
    pub reference: String,
    /// Opportunity kind code: business_offer, business_request, technology_offer, …
    pub kind: String,
    /// The owner's city.
    pub city: String,
    pub target_cities: Vec<String>,
    pub sectors: Vec<String>,
    /// Analysed terms of title, summary, description and keywords (see [`terms_of`]).
    pub terms: HashSet<String>,
    /// The embedding (L2-normalised), when one has been computed.
    pub vector: Option<Vec<f32>>,
}

/// The analysed terms of a text in its language: stemmed, stop words out, compound parts in.
pub fn terms_of(lang: &str, texts: &[&str]) -> HashSet<String> {
    let lang = Language::from_code(lang).unwrap_or(Language::En);
    texts.iter().flat_map(|t| analyse(lang, t)).collect()
}

/// The text embedded for a profile: title and summary, then the description (when there is
/// one). Stored opportunities and the labelled set go through here alike.
pub fn embedding_text(title: &str, summary: &str, description: &str) -> String {
    let (title, summary, description) = (title.trim(), summary.trim(), description.trim());
    let mut s = String::with_capacity(title.len() + summary.len() + description.len() + 3);
    s.push_str(title);
    s.push_str(". ");
    s.push_str(summary);
    if !description.is_empty() {
        s.push('\n');
        s.push_str(description);
    }
    s
}

fn is_offer(kind: &str) -> bool {
    kind.ends_with("_offer")
}

/// How well two kinds pair: 1 for the closer pairing (business offer ↔ business request;
/// technology offer ↔ technology or research request), 0.5 for any other offer ↔ request,
/// `None` when both are on the same side (never candidates).
pub fn pairing(a: &str, b: &str) -> Option<f32> {
    if is_offer(a) == is_offer(b) {
        return None;
    }
    let (offer, request) = if is_offer(a) { (a, b) } else { (b, a) };
    let close = matches!(
        (offer, request),
        ("business_offer", "business_request")
            | ("technology_offer", "technology_request")
            | ("technology_offer", "research_request")
    );
    Some(if close { 1.0 } else { 0.5 })
}

/// `candidate` may be matched to `query`: the other side, in a city the query targets, and
/// targeting the query's city.
pub fn is_candidate(query: &Profile, candidate: &Profile) -> bool {
    query.reference != candidate.reference
        && pairing(&query.kind, &candidate.kind).is_some()
        && query.target_cities.contains(&candidate.city)
        && candidate.target_cities.contains(&query.city)
}

/// Weights of the evidence; tuned on the labelled evaluation set.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Weights {
    pub semantic: f32,
    pub lexical: f32,
    pub sectors: f32,
    pub pairing: f32,
}

impl Weights {
    /// Lexical and sector evidence only (no embedder).
    pub const LEXICAL: Weights = Weights {
        semantic: 0.0,
        lexical: 0.6,
        sectors: 0.3,
        pairing: 0.1,
    };

    /// Semantic similarity with lexical, sector and pairing evidence (see `eval matching`).
    pub const HYBRID: Weights = Weights {
        semantic: 0.7,
        lexical: 0.15,
        sectors: 0.1,
        pairing: 0.05,
    };
}

/// Why two profiles match.
#[derive(Debug, Clone, PartialEq)]
pub enum Reason {
    /// Cosine similarity of the embeddings.
    Semantic(f32),
    /// Terms both texts share (analysed forms), most specific first.
    SharedTerms(Vec<String>),
    SharedSectors(Vec<String>),
    /// The closer pairing of kinds (such as technology offer ↔ technology request).
    ClosePairing,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Match {
    /// The record id of the matching profile.
    pub id: i64,
    pub reference: String,
    pub score: f32,
    pub reasons: Vec<Reason>,
}

impl Match {
    /// Whether anything about the two texts supports the match (a kind pairing alone does not).
    pub fn has_evidence(&self) -> bool {
        self.reasons
            .iter()
            .any(|r| !matches!(r, Reason::ClosePairing))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn profile(
        r: &str,
        kind: &str,
        city: &str,
        target: &str,
        sectors: &[&str],
        lang: &str,
        text: &str,
    ) -> Profile {
        Profile {
            reference: r.into(),
            kind: kind.into(),
            city: city.into(),
            target_cities: vec![target.into()],
            sectors: sectors.iter().map(|s| s.to_string()).collect(),
            terms: terms_of(lang, &[text]),
            vector: None,
        }
    }

    fn pool_of(profiles: &[Profile]) -> MatchPool {
        let mut pool = MatchPool::new();
        for (i, p) in profiles.iter().enumerate() {
            pool.upsert(i as i64, p, false);
        }
        pool
    }

    #[test]
    fn pairing_is_offer_against_request() {
        assert_eq!(pairing("business_offer", "business_request"), Some(1.0));
        assert_eq!(pairing("technology_request", "technology_offer"), Some(1.0));
        assert_eq!(pairing("research_request", "technology_offer"), Some(1.0));
        assert_eq!(pairing("technology_request", "business_offer"), Some(0.5));
        assert_eq!(pairing("business_offer", "technology_offer"), None);
        assert_eq!(pairing("business_request", "research_request"), None);
    }

    #[test]
    fn candidates_are_across_the_partnership_and_on_the_other_side() {
        let q = profile(
            "Q",
            "business_request",
            "sofia",
            "vienna",
            &[],
            "bg",
            "облачно хостване",
        );
        let offer = profile(
            "A",
            "business_offer",
            "vienna",
            "sofia",
            &[],
            "de",
            "Cloud-Hosting",
        );
        let same_city = profile(
            "B",
            "business_offer",
            "sofia",
            "vienna",
            &[],
            "bg",
            "хостване",
        );
        let same_side = profile(
            "C",
            "business_request",
            "vienna",
            "sofia",
            &[],
            "de",
            "Hosting",
        );
        let elsewhere = profile(
            "D",
            "business_offer",
            "vienna",
            "graz",
            &[],
            "de",
            "Hosting",
        );
        assert!(is_candidate(&q, &offer));
        for not in [&same_city, &same_side, &elsewhere, &q] {
            assert!(!is_candidate(&q, not), "{}", not.reference);
        }
    }

    #[test]
    fn lexical_and_sector_evidence_rank_and_explain() {
        let q = profile(
            "Q",
            "business_request",
            "sofia",
            "vienna",
            &["fintech"],
            "en",
            "payment gateway for online shops",
        );
        let pool = vec![
            profile(
                "A",
                "business_offer",
                "vienna",
                "sofia",
                &["fintech"],
                "en",
                "payment gateway integration for shops",
            ),
            profile(
                "B",
                "business_offer",
                "vienna",
                "sofia",
                &["tourism"],
                "en",
                "hotel booking software",
            ),
            profile(
                "C",
                "technology_offer",
                "vienna",
                "sofia",
                &["fintech"],
                "en",
                "payments",
            ),
        ];
        let pool = pool_of(&pool);
        let ranked = pool.rank(&pool.query(&q, None), Weights::LEXICAL, 10);
        assert_eq!(ranked[0].reference, "A");
        assert!(ranked[0].reasons.iter().any(
            |r| matches!(r, Reason::SharedTerms(t) if t.iter().any(|t| t.contains("gateway")))
        ));
        assert!(
            ranked[0]
                .reasons
                .contains(&Reason::SharedSectors(vec!["fintech".into()]))
        );
        assert!(ranked[0].reasons.contains(&Reason::ClosePairing));
        // B shares no term and no sector: its closer pairing alone does not make it a match.
        assert!(ranked.iter().all(|m| m.reference != "B"), "{ranked:?}");
        assert_eq!(ranked.len(), 2);
        assert_eq!(
            pool.rank(&pool.query(&q, None), Weights::LEXICAL, 1).len(),
            1
        );
    }

    #[test]
    fn semantic_similarity_carries_across_languages_when_vectors_exist() {
        let mut q = profile(
            "Q",
            "business_request",
            "sofia",
            "vienna",
            &[],
            "bg",
            "облачно хостване",
        );
        let mut a = profile(
            "A",
            "business_offer",
            "vienna",
            "sofia",
            &[],
            "de",
            "Rechenzentrum",
        );
        let mut b = profile(
            "B",
            "business_offer",
            "vienna",
            "sofia",
            &[],
            "de",
            "Bäckerei",
        );
        q.vector = Some(vec![1.0, 0.0]);
        a.vector = Some(vec![0.9, 0.435_89]);
        b.vector = Some(vec![0.1, 0.994_99]);
        let w = Weights {
            semantic: 0.7,
            lexical: 0.15,
            sectors: 0.1,
            pairing: 0.05,
        };
        let pool = pool_of(&[b, a]);
        let ranked = pool.rank(&pool.query(&q, None), w, 10);
        assert_eq!(ranked[0].reference, "A");
        assert!(matches!(ranked[0].reasons[0], Reason::Semantic(s) if (s - 0.9).abs() < 0.01));
    }
}
