//! Ranking quality measures for the matcher's labelled evaluation set: nDCG@k (graded), Recall@k
//! and MRR (first result with any relevance), averaged over the queries.

use std::collections::HashMap;

/// The graded judgements of one query: reference → grade (1 somewhat, 2 good, 3 exact).
pub type Judgements = HashMap<String, u8>;

/// Averages over the queries evaluated.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Scores {
    pub ndcg: f64,
    pub recall: f64,
    pub mrr: f64,
    pub queries: usize,
}

/// Gain of a grade: 2^grade − 1, the usual graded-relevance gain.
fn gain(grade: u8) -> f64 {
    (2f64.powi(i32::from(grade))) - 1.0
}

fn discount(rank: usize) -> f64 {
    1.0 / ((rank as f64) + 2.0).log2()
}

/// nDCG@k of one ranking (references, best first) against its judgements.
pub fn ndcg_at(k: usize, ranking: &[String], judged: &Judgements) -> f64 {
    let dcg: f64 = ranking
        .iter()
        .take(k)
        .enumerate()
        .map(|(i, r)| judged.get(r).map_or(0.0, |g| gain(*g) * discount(i)))
        .sum();
    let mut ideal: Vec<u8> = judged.values().copied().filter(|g| *g > 0).collect();
    ideal.sort_unstable_by(|a, b| b.cmp(a));
    let idcg: f64 = ideal
        .iter()
        .take(k)
        .enumerate()
        .map(|(i, g)| gain(*g) * discount(i))
        .sum();
    if idcg == 0.0 { 0.0 } else { dcg / idcg }
}

/// Share of the relevant references found in the first k.
pub fn recall_at(k: usize, ranking: &[String], judged: &Judgements) -> f64 {
    let relevant = judged.values().filter(|g| **g > 0).count();
    if relevant == 0 {
        return 0.0;
    }
    let found = ranking
        .iter()
        .take(k)
        .filter(|r| judged.get(*r).is_some_and(|g| *g > 0))
        .count();
    found as f64 / relevant as f64
}

/// 1 / rank of the first relevant reference (0 when none is ranked).
pub fn reciprocal_rank(ranking: &[String], judged: &Judgements) -> f64 {
    ranking
        .iter()
        .position(|r| judged.get(r).is_some_and(|g| *g > 0))
        .map_or(0.0, |i| 1.0 / (i as f64 + 1.0))
}

/// Averages nDCG@k, Recall@k and MRR over `(ranking, judgements)` per query.
pub fn evaluate<'a>(
    k: usize,
    runs: impl IntoIterator<Item = (&'a [String], &'a Judgements)>,
) -> Scores {
    let mut s = Scores::default();
    for (ranking, judged) in runs {
        s.ndcg += ndcg_at(k, ranking, judged);
        s.recall += recall_at(k, ranking, judged);
        s.mrr += reciprocal_rank(ranking, judged);
        s.queries += 1;
    }
    if s.queries > 0 {
        let n = s.queries as f64;
        s.ndcg /= n;
        s.recall /= n;
        s.mrr /= n;
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refs(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    fn judged(list: &[(&str, u8)]) -> Judgements {
        list.iter().map(|(r, g)| (r.to_string(), *g)).collect()
    }

    #[test]
    fn a_perfect_ranking_scores_one() {
        let j = judged(&[("a", 3), ("b", 1)]);
        let r = refs(&["a", "b", "x"]);
        assert!((ndcg_at(10, &r, &j) - 1.0).abs() < 1e-12);
        assert_eq!(recall_at(10, &r, &j), 1.0);
        assert_eq!(reciprocal_rank(&r, &j), 1.0);
    }

    #[test]
    fn order_matters_for_ndcg_and_mrr_not_for_recall() {
        let j = judged(&[("a", 3), ("b", 1)]);
        let swapped = refs(&["x", "b", "a"]);
        let ndcg = ndcg_at(10, &swapped, &j);
        assert!(ndcg > 0.0 && ndcg < 1.0, "{ndcg}");
        assert_eq!(recall_at(10, &swapped, &j), 1.0);
        assert_eq!(reciprocal_rank(&swapped, &j), 0.5);
        // Only the first k count.
        assert_eq!(recall_at(1, &swapped, &j), 0.0);
    }

    #[test]
    fn hand_computed_ndcg() {
        // Gains 7 (grade 3) at rank 2 and 1 (grade 1) at rank 1; ideal has them swapped.
        let j = judged(&[("a", 3), ("b", 1)]);
        let r = refs(&["b", "a"]);
        let dcg = 1.0 / 2f64.log2() + 7.0 / 3f64.log2();
        let idcg = 7.0 / 2f64.log2() + 1.0 / 3f64.log2();
        assert!((ndcg_at(10, &r, &j) - dcg / idcg).abs() < 1e-12);
    }

    #[test]
    fn averages_over_queries_and_handles_nothing_found() {
        let j1 = judged(&[("a", 2)]);
        let j2 = judged(&[("b", 2)]);
        let r1 = refs(&["a"]);
        let r2 = refs(&["x"]);
        let s = evaluate(10, [(r1.as_slice(), &j1), (r2.as_slice(), &j2)]);
        assert_eq!(s.queries, 2);
        assert!((s.recall - 0.5).abs() < 1e-12);
        assert!((s.mrr - 0.5).abs() < 1e-12);
        assert!((s.ndcg - 0.5).abs() < 1e-12);
        assert_eq!(evaluate(10, std::iter::empty()), Scores::default());
    }
}
