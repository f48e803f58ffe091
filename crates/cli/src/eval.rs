//! `city2city eval matching FILE [--tune]`: ranking quality of the matcher on a labelled set
//! (profiles and graded judgements, see `data/eval/`), printed as nDCG@10, Recall@10 and MRR for
//! lexical and sector evidence alone and, with an embedder, for semantic similarity alone and
//! the hybrid ranking. `--tune` searches the hybrid weights on the set.

use anyhow::{Context, Result, anyhow};
use city2city_search::embed::{Embedder, Role};
use city2city_search::eval::{Judgements, Scores, evaluate};
use city2city_search::matcher::{MatchPool, Profile, Weights, embedding_text, terms_of};
use serde::Deserialize;
use std::collections::HashMap;
use std::path::Path;
use std::time::Instant;

#[derive(Deserialize)]
struct LabelledSet {
    profiles: Vec<LabelledProfile>,
    judgements: Vec<Judgement>,
}

#[derive(Deserialize)]
struct LabelledProfile {
    #[serde(rename = "ref")]
    reference: String,
    kind: String,
    city: String,
    language: String,
    title: String,
    summary: String,
    #[serde(default)]
    description: String,
    #[serde(default)]
    sectors: Vec<String>,
    #[serde(default)]
    target_cities: Vec<String>,
}

impl LabelledProfile {
    /// The text embedded, as for stored opportunities.
    fn text(&self) -> String {
        embedding_text(&self.title, &self.summary, &self.description)
    }
}

#[derive(Deserialize)]
struct Judgement {
    query: String,
    relevant: HashMap<String, u8>,
}

/// How many matches count.
const K: usize = 10;

fn read(file: &Path) -> Result<LabelledSet> {
    let text =
        std::fs::read_to_string(file).with_context(|| format!("reading {}", file.display()))?;
    let set: LabelledSet = serde_json::from_str(&text).with_context(|| {
        format!(
            "{} is not a labelled set (profiles, judgements)",
            file.display()
        )
    })?;
    for j in &set.judgements {
        if !set.profiles.iter().any(|p| p.reference == j.query) {
            return Err(anyhow!("judgement for unknown profile {}", j.query));
        }
    }
    Ok(set)
}

/// The scores of one weighting over every judged query.
fn score(pool: &MatchPool, profiles: &[Profile], set: &LabelledSet, w: Weights) -> Scores {
    let index: HashMap<&str, usize> = profiles
        .iter()
        .enumerate()
        .map(|(i, p)| (p.reference.as_str(), i))
        .collect();
    let runs: Vec<(Vec<String>, &Judgements)> = set
        .judgements
        .iter()
        .map(|j| {
            let i = index[j.query.as_str()];
            let ranking = pool
                .rank(&pool.query(&profiles[i], Some(i as i64)), w, K)
                .into_iter()
                .map(|m| m.reference)
                .collect();
            (ranking, &j.relevant)
        })
        .collect();
    evaluate(K, runs.iter().map(|(r, j)| (r.as_slice(), *j)))
}

fn print_row(name: &str, s: &Scores) {
    println!("{name:<28}{:>9.3}{:>11.3}{:>8.3}", s.ndcg, s.recall, s.mrr);
}

pub fn matching(file: &Path, embedder: Option<&Embedder>, tune: bool) -> Result<()> {
    let set = read(file)?;
    let mut profiles: Vec<Profile> = set
        .profiles
        .iter()
        .map(|p| Profile {
            reference: p.reference.clone(),
            kind: p.kind.clone(),
            city: p.city.clone(),
            target_cities: p.target_cities.clone(),
            sectors: p.sectors.clone(),
            terms: terms_of(&p.language, &[&p.title, &p.summary, &p.description]),
            vector: None,
        })
        .collect();
    if let Some(e) = embedder {
        let started = Instant::now();
        let texts: Vec<String> = set.profiles.iter().map(LabelledProfile::text).collect();
        let vectors = e
            .embed(Role::Query, &texts)
            .map_err(|e| anyhow!("embedding the labelled profiles: {e}"))?;
        eprintln!(
            "embedded {} profiles with {} in {:.1} s",
            vectors.len(),
            e.model_id(),
            started.elapsed().as_secs_f64()
        );
        for (p, v) in profiles.iter_mut().zip(vectors) {
            p.vector = Some(v);
        }
    }
    let mut pool = MatchPool::new();
    for (i, p) in profiles.iter().enumerate() {
        pool.upsert(i as i64, p, false);
    }
    println!(
        "{} profiles, {} queries; embedder: {}",
        profiles.len(),
        set.judgements.len(),
        embedder.map_or("none", |e| e.model_id())
    );
    println!(
        "{:<28}{:>9}{:>11}{:>8}",
        "evidence", "nDCG@10", "Recall@10", "MRR"
    );
    print_row(
        "lexical and sectors",
        &score(&pool, &profiles, &set, Weights::LEXICAL),
    );
    if embedder.is_none() {
        println!("(no embedder: semantic and hybrid rankings need a model, see the README)");
        return Ok(());
    }
    let semantic_only = Weights {
        semantic: 1.0,
        lexical: 0.0,
        sectors: 0.0,
        pairing: 0.0,
    };
    print_row(
        "semantic only",
        &score(&pool, &profiles, &set, semantic_only),
    );
    print_row("hybrid", &score(&pool, &profiles, &set, Weights::HYBRID));
    if tune {
        let (best, s) = tune_weights(&pool, &profiles, &set);
        println!(
            "best weights on this set: semantic {:.2}, lexical {:.2}, sectors {:.2}, pairing {:.2}",
            best.semantic, best.lexical, best.sectors, best.pairing
        );
        print_row("hybrid, tuned", &s);
    }
    Ok(())
}

/// A grid over the weights (summing to 1), best nDCG@10 first, then MRR; ties keep the
/// larger semantic weight (the evidence that carries across languages).
fn tune_weights(pool: &MatchPool, profiles: &[Profile], set: &LabelledSet) -> (Weights, Scores) {
    let mut best: Option<(Weights, Scores)> = None;
    let steps: Vec<f32> = (0..=20).map(|i| i as f32 * 0.05).collect();
    for &semantic in &steps {
        for &lexical in &steps {
            for &sectors in &steps {
                let pairing = 1.0 - semantic - lexical - sectors;
                if pairing < -1e-6 || semantic < 0.3 {
                    continue;
                }
                let w = Weights {
                    semantic,
                    lexical,
                    sectors,
                    pairing: pairing.max(0.0),
                };
                let s = score(pool, profiles, set, w);
                // Ties go to the later, larger semantic weight.
                let better = best.as_ref().is_none_or(|(_, b)| {
                    s.ndcg > b.ndcg + 1e-9
                        || ((s.ndcg - b.ndcg).abs() <= 1e-9 && s.mrr >= b.mrr - 1e-9)
                });
                if better {
                    best = Some((w, s));
                }
            }
        }
    }
    best.expect("the grid is not empty")
}
