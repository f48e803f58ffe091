//! The profiles the matcher ranks, held compactly in memory: terms as ids into one dictionary
//! (with document frequencies kept up to date for the idf weights), vectors as 8-bit integers
//! with one scale each (a quarter of f32's memory; cosines change by well under 0.01), cities and
//! sectors interned. 100,000 profiles take some 60 MB.

use super::{Match, Profile, Reason, Weights, pairing};
use std::collections::{BinaryHeap, HashMap};

/// Candidates kept by semantic similarity before the full score is computed, per match asked.
const SHORTLIST_PER_MATCH: usize = 20;
const SHORTLIST_MIN: usize = 200;

#[derive(Default)]
struct Interner {
    ids: HashMap<String, u32>,
    names: Vec<String>,
}

impl Interner {
    fn id(&mut self, s: &str) -> u32 {
        if let Some(id) = self.ids.get(s) {
            return *id;
        }
        let id = self.names.len() as u32;
        self.names.push(s.to_string());
        self.ids.insert(s.to_string(), id);
        id
    }

    fn get(&self, s: &str) -> Option<u32> {
        self.ids.get(s).copied()
    }

    fn name(&self, id: u32) -> &str {
        &self.names[id as usize]
    }
}

struct Entry {
    id: i64,
    reference: String,
    offer: bool,
    kind: String,
    city: u32,
    targets: Vec<u32>,
    sectors: Vec<u32>,
    /// Sorted term ids.
    terms: Vec<u32>,
    /// 8-bit vector and its scale, when one is known.
    vector: Option<(Box<[i8]>, f32)>,
}

/// A profile prepared for asking: its terms and vector as the pool sees them.
pub struct Query<'a> {
    profile: &'a Profile,
    terms: Vec<u32>,
    vector: Option<Vec<f32>>,
    city: Option<u32>,
    targets: Vec<u32>,
}

/// The pool of profiles that can be matched.
#[derive(Default)]
pub struct MatchPool {
    terms: Interner,
    /// Document frequency per term id.
    df: Vec<u32>,
    places: Interner,
    entries: Vec<Option<Entry>>,
    slot_of: HashMap<i64, usize>,
    free: Vec<usize>,
    live: usize,
}

fn quantize(v: &[f32]) -> (Box<[i8]>, f32) {
    let max = v.iter().fold(0f32, |m, x| m.max(x.abs()));
    let scale = if max > 0.0 { max / 127.0 } else { 1.0 };
    (v.iter().map(|x| (x / scale).round() as i8).collect(), scale)
}

fn dot_i8(q: &[f32], v: &[i8]) -> f32 {
    // Eight independent sums let the compiler vectorise.
    let mut acc = [0f32; 8];
    let (qc, qr) = q.as_chunks::<8>();
    let (vc, vr) = v.as_chunks::<8>();
    for (a, b) in qc.iter().zip(vc) {
        for i in 0..8 {
            acc[i] += a[i] * f32::from(b[i]);
        }
    }
    let tail: f32 = qr.iter().zip(vr).map(|(a, b)| a * f32::from(*b)).sum();
    acc.iter().sum::<f32>() + tail
}

impl MatchPool {
    pub fn new() -> MatchPool {
        MatchPool::default()
    }

    pub fn len(&self) -> usize {
        self.live
    }

    pub fn is_empty(&self) -> bool {
        self.live == 0
    }

    /// How many profiles have a vector.
    pub fn with_vectors(&self) -> usize {
        self.entries
            .iter()
            .flatten()
            .filter(|e| e.vector.is_some())
            .count()
    }

    pub fn contains(&self, id: i64) -> bool {
        self.slot_of.contains_key(&id)
    }

    pub fn has_vector(&self, id: i64) -> bool {
        self.slot_of
            .get(&id)
            .and_then(|s| self.entries[*s].as_ref())
            .is_some_and(|e| e.vector.is_some())
    }

    /// The record ids in the pool, in no order.
    pub fn ids(&self) -> impl Iterator<Item = i64> + '_ {
        self.slot_of.keys().copied()
    }

    /// Ids of the profiles that have no vector yet.
    pub fn without_vectors(&self) -> Vec<i64> {
        let mut ids: Vec<i64> = self
            .entries
            .iter()
            .flatten()
            .filter(|e| e.vector.is_none())
            .map(|e| e.id)
            .collect();
        ids.sort_unstable();
        ids
    }

    /// Adds or replaces the profile of record `id`. Its vector is kept when the profile comes
    /// without one and `keep_vector` is set (an unchanged text).
    pub fn upsert(&mut self, id: i64, p: &Profile, keep_vector: bool) {
        let old_vector = self.remove_entry(id).and_then(|e| e.vector);
        let mut terms: Vec<u32> = p.terms.iter().map(|t| self.terms.id(t)).collect();
        terms.sort_unstable();
        terms.dedup();
        if self.df.len() < self.terms.names.len() {
            self.df.resize(self.terms.names.len(), 0);
        }
        for t in &terms {
            self.df[*t as usize] += 1;
        }
        let vector = match &p.vector {
            Some(v) => Some(quantize(v)),
            None if keep_vector => old_vector,
            None => None,
        };
        let entry = Entry {
            id,
            reference: p.reference.clone(),
            offer: p.kind.ends_with("_offer"),
            kind: p.kind.clone(),
            city: self.places.id(&p.city),
            targets: p.target_cities.iter().map(|c| self.places.id(c)).collect(),
            sectors: p.sectors.iter().map(|s| self.places.id(s)).collect(),
            terms,
            vector,
        };
        let slot = match self.free.pop() {
            Some(s) => {
                self.entries[s] = Some(entry);
                s
            }
            None => {
                self.entries.push(Some(entry));
                self.entries.len() - 1
            }
        };
        self.slot_of.insert(id, slot);
        self.live += 1;
    }

    /// Sets the vector of a profile in the pool; false when the profile is not there.
    pub fn set_vector(&mut self, id: i64, v: &[f32]) -> bool {
        match self
            .slot_of
            .get(&id)
            .and_then(|s| self.entries[*s].as_mut())
        {
            Some(e) => {
                e.vector = Some(quantize(v));
                true
            }
            None => false,
        }
    }

    pub fn remove(&mut self, id: i64) {
        self.remove_entry(id);
    }

    fn remove_entry(&mut self, id: i64) -> Option<Entry> {
        let slot = self.slot_of.remove(&id)?;
        let e = self.entries[slot].take()?;
        for t in &e.terms {
            self.df[*t as usize] -= 1;
        }
        self.free.push(slot);
        self.live -= 1;
        Some(e)
    }

    fn idf(&self, term: u32) -> f32 {
        let df = self.df.get(term as usize).copied().unwrap_or(0).max(1);
        (1.0 + self.live.max(1) as f32 / df as f32).ln()
    }

    /// Prepares a profile (in the pool or not) for [`MatchPool::rank`].
    /// `id` is the profile's record id when it may be in the pool (its vector is used then).
    pub fn query<'a>(&self, p: &'a Profile, id: Option<i64>) -> Query<'a> {
        let mut terms: Vec<u32> = p.terms.iter().filter_map(|t| self.terms.get(t)).collect();
        terms.sort_unstable();
        terms.dedup();
        let vector = p.vector.clone().or_else(|| {
            let slot = self.slot_of.get(&id?)?;
            let e = self.entries[*slot].as_ref()?;
            e.vector
                .as_ref()
                .map(|(v, s)| v.iter().map(|x| f32::from(*x) * s).collect())
        });
        Query {
            profile: p,
            terms,
            vector,
            city: self.places.get(&p.city),
            targets: p
                .target_cities
                .iter()
                .filter_map(|c| self.places.get(c))
                .collect(),
        }
    }

    fn is_candidate(&self, q: &Query, e: &Entry) -> bool {
        e.reference != q.profile.reference
            && e.offer != q.profile.kind.ends_with("_offer")
            && q.targets.contains(&e.city)
            && q.city.is_some_and(|c| e.targets.contains(&c))
    }

    /// Lexical similarity (idf-weighted cosine over the term sets) and the shared terms, most
    /// specific first.
    fn lexical(&self, q: &Query, e: &Entry) -> (f32, Vec<u32>) {
        let (mut i, mut j) = (0, 0);
        let mut shared = Vec::new();
        while i < q.terms.len() && j < e.terms.len() {
            match q.terms[i].cmp(&e.terms[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    shared.push(q.terms[i]);
                    i += 1;
                    j += 1;
                }
            }
        }
        if shared.is_empty() {
            return (0.0, shared);
        }
        let w2 = |t: &u32| {
            let w = self.idf(*t);
            w * w
        };
        // Terms of the query unknown to the pool still count in its norm, at the highest idf.
        let unknown = q.profile.terms.len().saturating_sub(q.terms.len()) as f32;
        let top = (1.0 + self.live.max(1) as f32).ln();
        let qn = (q.terms.iter().map(w2).sum::<f32>() + unknown * top * top).sqrt();
        let en = e.terms.iter().map(w2).sum::<f32>().sqrt();
        let overlap: f32 = shared.iter().map(w2).sum();
        shared.sort_by(|a, b| self.idf(*b).total_cmp(&self.idf(*a)).then(a.cmp(b)));
        shared.truncate(8);
        let score = if qn * en > 0.0 {
            overlap / (qn * en)
        } else {
            0.0
        };
        (score, shared)
    }

    /// The best `limit` candidates for the query, best first, each with its reasons. With
    /// vectors on both sides, candidates are shortlisted by semantic similarity first; a
    /// candidate without a vector is scored on the other evidence, rescaled.
    pub fn rank(&self, q: &Query, weights: Weights, limit: usize) -> Vec<Match> {
        if limit == 0 {
            return vec![];
        }
        let candidates = self
            .entries
            .iter()
            .flatten()
            .filter(|e| self.is_candidate(q, e));
        let shortlist: Vec<(&Entry, Option<f32>)> = match &q.vector {
            Some(qv) if weights.semantic > 0.0 => {
                let keep = (limit * SHORTLIST_PER_MATCH).max(SHORTLIST_MIN);
                let mut heap = BinaryHeap::new();
                let mut without = Vec::new();
                for e in candidates {
                    match &e.vector {
                        Some((v, s)) => {
                            let sim = dot_i8(qv, v) * s;
                            heap.push(Scored(-sim, e.id, e));
                            if heap.len() > keep {
                                heap.pop();
                            }
                        }
                        None => without.push((e, None)),
                    }
                }
                heap.into_iter()
                    .map(|Scored(s, _, e)| (e, Some(-s)))
                    .chain(without)
                    .collect()
            }
            _ => candidates.map(|e| (e, None)).collect(),
        };
        let mut out: Vec<Match> = shortlist
            .into_iter()
            .map(|(e, semantic)| self.score(q, e, semantic, weights))
            .collect();
        out.sort_by(|a, b| {
            b.score
                .total_cmp(&a.score)
                .then(a.reference.cmp(&b.reference))
        });
        out.truncate(limit);
        out
    }

    fn score(&self, q: &Query, e: &Entry, semantic: Option<f32>, w: Weights) -> Match {
        let (lex, terms) = self.lexical(q, e);
        let q_sectors: Vec<u32> = q
            .profile
            .sectors
            .iter()
            .filter_map(|s| self.places.get(s))
            .collect();
        let shared: Vec<u32> = e
            .sectors
            .iter()
            .copied()
            .filter(|s| q_sectors.contains(s))
            .collect();
        let union = q.profile.sectors.len() + e.sectors.len() - shared.len();
        let sec = if union == 0 {
            0.0
        } else {
            shared.len() as f32 / union as f32
        };
        let pair = pairing(&q.profile.kind, &e.kind).unwrap_or(0.0);
        let rest = w.lexical + w.sectors + w.pairing;
        let evidence = w.lexical * lex + w.sectors * sec + w.pairing * pair;
        let score = match semantic {
            Some(s) => w.semantic * s + evidence,
            // The semantic share is left out and the rest rescaled to the same total.
            None if rest > 0.0 => evidence * (w.semantic + rest) / rest,
            None => 0.0,
        };
        let mut reasons = Vec::new();
        if let Some(s) = semantic {
            reasons.push(Reason::Semantic(s));
        }
        if !terms.is_empty() {
            reasons.push(Reason::SharedTerms(
                terms
                    .iter()
                    .map(|t| self.terms.name(*t).to_string())
                    .collect(),
            ));
        }
        if !shared.is_empty() {
            reasons.push(Reason::SharedSectors(
                shared
                    .iter()
                    .map(|s| self.places.name(*s).to_string())
                    .collect(),
            ));
        }
        if pair >= 1.0 {
            reasons.push(Reason::ClosePairing);
        }
        Match {
            id: e.id,
            reference: e.reference.clone(),
            score,
            reasons,
        }
    }
}

/// A candidate by negated similarity, so that the max-heap drops the least similar first.
struct Scored<'a>(f32, i64, &'a Entry);

impl PartialEq for Scored<'_> {
    fn eq(&self, o: &Self) -> bool {
        self.0 == o.0 && self.1 == o.1
    }
}
impl Eq for Scored<'_> {}
impl PartialOrd for Scored<'_> {
    fn partial_cmp(&self, o: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(o))
    }
}
impl Ord for Scored<'_> {
    fn cmp(&self, o: &Self) -> std::cmp::Ordering {
        self.0.total_cmp(&o.0).then(self.1.cmp(&o.1))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn eight_bit_vectors_keep_the_cosine() {
        let a: Vec<f32> = (0..384)
            .map(|i| ((i * 7 % 13) as f32 - 6.0) / 40.0)
            .collect();
        let b: Vec<f32> = (0..384)
            .map(|i| ((i * 5 % 11) as f32 - 5.0) / 30.0)
            .collect();
        let exact: f32 = a.iter().zip(&b).map(|(x, y)| x * y).sum();
        let (qb, s) = quantize(&b);
        assert!((dot_i8(&a, &qb) * s - exact).abs() < 0.01 * exact.abs().max(1.0));
    }
}
