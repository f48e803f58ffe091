//! `city2city eval matching FILE`: ranking quality of the matcher on a labelled set (profiles and
//! graded judgements, see `data/eval/`), printed as nDCG@10, Recall@10 and MRR.

use anyhow::{Context, Result, anyhow};
use city2city_search::eval::{Judgements, evaluate};
use city2city_search::matcher::{Profile, Weights, idf, rank, terms_of};
use serde::Deserialize;
use std::collections::HashMap;
use std::path::Path;

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

#[derive(Deserialize)]
struct Judgement {
    query: String,
    relevant: HashMap<String, u8>,
}

/// How many matches count.
const K: usize = 10;

pub fn matching(file: &Path) -> Result<()> {
    let text =
        std::fs::read_to_string(file).with_context(|| format!("reading {}", file.display()))?;
    let set: LabelledSet = serde_json::from_str(&text).with_context(|| {
        format!(
            "{} is not a labelled set (profiles, judgements)",
            file.display()
        )
    })?;
    let profiles: Vec<Profile> = set
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
    let by_ref: HashMap<&str, &Profile> =
        profiles.iter().map(|p| (p.reference.as_str(), p)).collect();
    let idf = idf(&profiles);
    let mut runs: Vec<(Vec<String>, &Judgements)> = Vec::new();
    for j in &set.judgements {
        let query = by_ref
            .get(j.query.as_str())
            .ok_or_else(|| anyhow!("judgement for unknown profile {}", j.query))?;
        let ranking = rank(query, &profiles, &idf, Weights::LEXICAL, K)
            .into_iter()
            .map(|m| m.reference)
            .collect();
        runs.push((ranking, &j.relevant));
    }
    let scores = evaluate(K, runs.iter().map(|(r, j)| (r.as_slice(), *j)));
    println!(
        "{} profiles, {} queries; embedder: none (lexical and sector evidence)",
        profiles.len(),
        scores.queries
    );
    println!("nDCG@{K}\t{:.3}", scores.ndcg);
    println!("Recall@{K}\t{:.3}", scores.recall);
    println!("MRR\t{:.3}", scores.mrr);
    Ok(())
}
