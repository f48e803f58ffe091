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
}

/// The candidate filter's view of a slot: side, city, and the target cities as a bit set of
/// place ids (ids from 64 on fall back to the entry's list).
#[derive(Clone, Copy, Default)]
struct Meta {
    live: bool,
    offer: bool,
    city: u32,
    targets: u64,
    wide: bool,
}

fn bit(id: u32) -> u64 {
    if id < 64 { 1u64 << id } else { 0 }
}

/// A profile prepared for asking: its terms and vector as the pool sees them.
pub struct Query<'a> {
    profile: &'a Profile,
    /// The query's own slot, when it is in the pool (never its own match).
    own: Option<usize>,
    offer: bool,
    terms: Vec<u32>,
    vector: Option<(Vec<i8>, f32)>,
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
    /// City slugs apart from the other names, so that their ids stay small (bit sets).
    cities: Interner,
    entries: Vec<Option<Entry>>,
    /// The 8-bit vectors of all slots, one after the other (`dims` each), and their scales
    /// (0 for a slot without a vector): one contiguous scan per match.
    vectors: Vec<i8>,
    scales: Vec<f32>,
    dims: usize,
    /// What the candidate filter needs of each slot, contiguous (the scan reads nothing else).
    meta: Vec<Meta>,
    slot_of: HashMap<i64, usize>,
    free: Vec<usize>,
    live: usize,
}

fn quantize(v: &[f32]) -> (Box<[i8]>, f32) {
    let max = v.iter().fold(0f32, |m, x| m.max(x.abs()));
    let scale = if max > 0.0 { max / 127.0 } else { 1.0 };
    (v.iter().map(|x| (x / scale).round() as i8).collect(), scale)
}

fn dot_i8(q: &[i8], v: &[i8]) -> i32 {
    // Independent integer sums over fixed-size chunks let the compiler vectorise.
    let mut acc = [0i32; 16];
    let (qc, qr) = q.as_chunks::<16>();
    let (vc, vr) = v.as_chunks::<16>();
    for (a, b) in qc.iter().zip(vc) {
        for i in 0..16 {
            acc[i] += i32::from(a[i]) * i32::from(b[i]);
        }
    }
    let tail: i32 = qr
        .iter()
        .zip(vr)
        .map(|(a, b)| i32::from(*a) * i32::from(*b))
        .sum();
    acc.iter().sum::<i32>() + tail
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
        self.scales.iter().filter(|s| **s > 0.0).count()
    }

    pub fn contains(&self, id: i64) -> bool {
        self.slot_of.contains_key(&id)
    }

    pub fn has_vector(&self, id: i64) -> bool {
        self.slot_of.get(&id).is_some_and(|s| self.scales[*s] > 0.0)
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
            .enumerate()
            .filter_map(|(slot, e)| e.as_ref().filter(|_| self.scales[slot] == 0.0))
            .map(|e| e.id)
            .collect();
        ids.sort_unstable();
        ids
    }

    /// Adds or replaces the profile of record `id`. Its vector is kept when the profile comes
    /// without one and `keep_vector` is set (an unchanged text).
    pub fn upsert(&mut self, id: i64, p: &Profile, keep_vector: bool) {
        let old_vector = match self.slot_of.get(&id) {
            Some(slot) if keep_vector && self.scales[*slot] > 0.0 => Some(self.vector_at(*slot)),
            _ => None,
        };
        self.remove_entry(id);
        let mut terms: Vec<u32> = p.terms.iter().map(|t| self.terms.id(t)).collect();
        terms.sort_unstable();
        terms.dedup();
        if self.df.len() < self.terms.names.len() {
            self.df.resize(self.terms.names.len(), 0);
        }
        for t in &terms {
            self.df[*t as usize] += 1;
        }
        let entry = Entry {
            id,
            reference: p.reference.clone(),
            offer: p.kind.ends_with("_offer"),
            kind: p.kind.clone(),
            city: self.cities.id(&p.city),
            targets: p.target_cities.iter().map(|c| self.cities.id(c)).collect(),
            sectors: p.sectors.iter().map(|s| self.places.id(s)).collect(),
            terms,
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
        if self.scales.len() < self.entries.len() {
            self.scales.resize(self.entries.len(), 0.0);
            self.meta.resize(self.entries.len(), Meta::default());
            self.vectors.resize(self.entries.len() * self.dims, 0);
        }
        let e = self.entries[slot].as_ref().expect("just stored");
        self.meta[slot] = Meta {
            live: true,
            offer: e.offer,
            city: e.city,
            targets: e.targets.iter().fold(0, |m, t| m | bit(*t)),
            wide: e.targets.iter().any(|t| *t >= 64),
        };
        self.scales[slot] = 0.0;
        if let Some(v) = p.vector.as_deref().or(old_vector.as_deref()) {
            self.store_vector(slot, v);
        }
    }

    /// The slot's vector, back in floats.
    fn vector_at(&self, slot: usize) -> Vec<f32> {
        let s = self.scales[slot];
        self.vectors[slot * self.dims..(slot + 1) * self.dims]
            .iter()
            .map(|x| f32::from(*x) * s)
            .collect()
    }

    /// Stores a vector in a slot; the first vector sets the length all must have.
    fn store_vector(&mut self, slot: usize, v: &[f32]) -> bool {
        if self.dims == 0 && !v.is_empty() {
            self.dims = v.len();
            self.vectors = vec![0; self.entries.len() * self.dims];
        }
        if v.len() != self.dims {
            return false;
        }
        let (q, scale) = quantize(v);
        self.vectors[slot * self.dims..(slot + 1) * self.dims].copy_from_slice(&q);
        self.scales[slot] = scale;
        true
    }

    /// Sets the vector of a profile in the pool; false when the profile is not there.
    pub fn set_vector(&mut self, id: i64, v: &[f32]) -> bool {
        match self.slot_of.get(&id).copied() {
            Some(slot) => self.store_vector(slot, v),
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
        self.scales[slot] = 0.0;
        self.meta[slot].live = false;
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
        let own = id.and_then(|id| self.slot_of.get(&id).copied());
        let vector = match (&p.vector, own) {
            (Some(v), _) => {
                let (q, s) = quantize(v);
                Some((q.into_vec(), s))
            }
            (None, Some(slot)) if self.scales[slot] > 0.0 => Some((
                self.vectors[slot * self.dims..(slot + 1) * self.dims].to_vec(),
                self.scales[slot],
            )),
            _ => None,
        };
        Query {
            profile: p,
            own,
            offer: p.kind.ends_with("_offer"),
            terms,
            vector,
            city: self.cities.get(&p.city),
            targets: p
                .target_cities
                .iter()
                .filter_map(|c| self.cities.get(c))
                .collect(),
        }
    }

    /// The candidate filter on the slot's compact data (the scan touches nothing else).
    fn is_candidate(&self, q: &Query, slot: usize) -> bool {
        let m = &self.meta[slot];
        if !m.live || q.own == Some(slot) || m.offer == q.offer || !q.targets.contains(&m.city) {
            return false;
        }
        let Some(c) = q.city else { return false };
        if c < 64 && !m.wide {
            m.targets & bit(c) != 0
        } else {
            self.entries[slot]
                .as_ref()
                .is_some_and(|e| e.targets.contains(&c))
        }
    }

    /// Whether the slot holds the query itself under another id (a profile asked by value that
    /// is also stored): checked only for the few slots that reach the shortlist.
    fn is_query_itself(&self, q: &Query, slot: usize) -> bool {
        q.own.is_none()
            && self.entries[slot]
                .as_ref()
                .is_none_or(|e| e.reference == q.profile.reference)
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
        let candidates = (0..self.meta.len()).filter(|slot| self.is_candidate(q, *slot));
        let shortlist: Vec<(usize, Option<f32>)> = match &q.vector {
            Some((qv, qs)) if weights.semantic > 0.0 && qv.len() == self.dims => {
                let keep = (limit * SHORTLIST_PER_MATCH).max(SHORTLIST_MIN);
                let mut heap: BinaryHeap<Scored> = BinaryHeap::with_capacity(keep + 1);
                let mut without = Vec::new();
                for slot in candidates {
                    let scale = self.scales[slot];
                    if scale == 0.0 {
                        if !self.is_query_itself(q, slot) {
                            without.push((slot, None));
                        }
                        continue;
                    }
                    let v = &self.vectors[slot * self.dims..(slot + 1) * self.dims];
                    let sim = dot_i8(qv, v) as f32 * qs * scale;
                    let full = heap.len() >= keep;
                    if full && heap.peek().is_some_and(|w| -sim >= w.0) {
                        continue;
                    }
                    if self.is_query_itself(q, slot) {
                        continue;
                    }
                    if full {
                        heap.pop();
                    }
                    heap.push(Scored(-sim, slot));
                }
                heap.into_iter()
                    .map(|Scored(s, slot)| (slot, Some(-s)))
                    .chain(without)
                    .collect()
            }
            _ => candidates
                .filter(|slot| !self.is_query_itself(q, *slot))
                .map(|slot| (slot, None))
                .collect(),
        };
        let mut out: Vec<Match> = shortlist
            .into_iter()
            .filter_map(|(slot, semantic)| {
                let e = self.entries[slot].as_ref()?;
                Some(self.score(q, e, semantic, weights))
            })
            // A candidate that shares nothing with the query is no match, whatever its kind.
            .filter(Match::has_evidence)
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

/// A candidate slot by negated similarity, so that the max-heap drops the least similar first
/// (ties by slot, for a stable result).
struct Scored(f32, usize);

impl PartialEq for Scored {
    fn eq(&self, o: &Self) -> bool {
        self.cmp(o).is_eq()
    }
}
impl Eq for Scored {}
impl PartialOrd for Scored {
    fn partial_cmp(&self, o: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(o))
    }
}
impl Ord for Scored {
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
        let (qa, sa) = quantize(&a);
        let (qb, sb) = quantize(&b);
        let approx = dot_i8(&qa, &qb) as f32 * sa * sb;
        assert!(
            (approx - exact).abs() < 0.01 * exact.abs().max(1.0),
            "{approx} {exact}"
        );
    }
}
