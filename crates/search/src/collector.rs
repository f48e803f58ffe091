//! One pass over the records matching the text that applies the facet filters, counts facet
//! values (each facet over the records passing the *other* facets' filters) and keeps the top
//! of the page in the requested order.

use crate::query::Sort;
use crate::schema::{DEADLINE, Facet, NO_DEADLINE, PUBLISHED_AT};
use std::cmp::{Ordering, Reverse};
use std::collections::{BinaryHeap, HashMap};
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::{Column, StrColumn};
use tantivy::{DocAddress, DocId, Score, SegmentOrdinal, SegmentReader};

pub(crate) struct FacetedTop {
    /// Accepted values per facet; empty = no filter.
    pub filters: [Vec<String>; Facet::COUNT],
    pub sort: Sort,
    /// How many of the best records to keep (offset + limit).
    pub top: usize,
}

/// A candidate hit; larger `rank` is better.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Ranked {
    rank: (i64, i64),
    pub score: Score,
    pub address: DocAddress,
}

impl Ranked {
    /// Ties go to the earlier document, so pages are stable.
    fn key(&self) -> ((i64, i64), Reverse<(u32, u32)>) {
        (
            self.rank,
            Reverse((self.address.segment_ord, self.address.doc_id)),
        )
    }
}

impl PartialEq for Ranked {
    fn eq(&self, other: &Self) -> bool {
        self.key() == other.key()
    }
}
impl Eq for Ranked {}
impl PartialOrd for Ranked {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Ranked {
    fn cmp(&self, other: &Self) -> Ordering {
        self.key().cmp(&other.key())
    }
}

pub(crate) struct Harvest {
    pub total: usize,
    /// Counts per facet value, unsorted.
    pub counts: [HashMap<String, usize>; Facet::COUNT],
    /// Best first.
    pub top: Vec<Ranked>,
}

pub(crate) struct SegmentHarvest {
    total: usize,
    counts: [Vec<u32>; Facet::COUNT],
    columns: [Option<StrColumn>; Facet::COUNT],
    top: Vec<Ranked>,
}

impl Collector for FacetedTop {
    type Fruit = Harvest;
    type Child = SegmentFacetedTop;

    fn for_segment(
        &self,
        segment_ord: SegmentOrdinal,
        segment: &SegmentReader,
    ) -> tantivy::Result<SegmentFacetedTop> {
        let fast = segment.fast_fields();
        let mut columns: [Option<StrColumn>; Facet::COUNT] = Default::default();
        let mut allowed: [Option<Vec<u64>>; Facet::COUNT] = Default::default();
        let mut counts: [Vec<u32>; Facet::COUNT] = Default::default();
        for facet in Facet::ALL {
            let i = facet as usize;
            let column = fast.str(facet.field_name())?;
            if !self.filters[i].is_empty() {
                let mut ords = Vec::new();
                if let Some(column) = &column {
                    for value in &self.filters[i] {
                        if let Some(ord) = column.dictionary().term_ord(value)? {
                            ords.push(ord);
                        }
                    }
                }
                allowed[i] = Some(ords);
            }
            counts[i] = vec![0; column.as_ref().map_or(0, |c| c.num_terms())];
            columns[i] = column;
        }
        Ok(SegmentFacetedTop {
            segment_ord,
            columns,
            allowed,
            counts,
            published_at: fast.i64(PUBLISHED_AT)?,
            deadline: fast.i64(DEADLINE)?,
            sort: self.sort,
            top: self.top,
            heap: BinaryHeap::new(),
            total: 0,
        })
    }

    fn requires_scoring(&self) -> bool {
        self.sort == Sort::Relevance
    }

    fn merge_fruits(&self, segments: Vec<SegmentHarvest>) -> tantivy::Result<Harvest> {
        let mut total = 0;
        let mut counts: [HashMap<String, usize>; Facet::COUNT] = Default::default();
        let mut top = Vec::new();
        let mut value = String::new();
        for segment in segments {
            total += segment.total;
            top.extend(segment.top);
            for (i, column) in segment.columns.iter().enumerate() {
                let Some(column) = column else { continue };
                for (ord, &n) in segment.counts[i].iter().enumerate() {
                    if n > 0 && column.ord_to_str(ord as u64, &mut value)? {
                        *counts[i].entry(value.clone()).or_default() += n as usize;
                    }
                }
            }
        }
        top.sort_unstable_by(|a, b| b.cmp(a));
        top.truncate(self.top);
        Ok(Harvest { total, counts, top })
    }
}

pub(crate) struct SegmentFacetedTop {
    segment_ord: SegmentOrdinal,
    columns: [Option<StrColumn>; Facet::COUNT],
    /// Term ordinals accepted per filtered facet; `None` = not filtered.
    allowed: [Option<Vec<u64>>; Facet::COUNT],
    counts: [Vec<u32>; Facet::COUNT],
    published_at: Column<i64>,
    deadline: Column<i64>,
    sort: Sort,
    top: usize,
    /// The best `top` so far, worst on top of the heap.
    heap: BinaryHeap<Reverse<Ranked>>,
    total: usize,
}

impl SegmentFacetedTop {
    fn passes(&self, i: usize, doc: DocId) -> bool {
        let Some(allowed) = &self.allowed[i] else {
            return true;
        };
        match &self.columns[i] {
            Some(column) => column.term_ords(doc).any(|ord| allowed.contains(&ord)),
            None => false,
        }
    }

    fn rank(&self, doc: DocId, score: Score) -> (i64, i64) {
        let published = self.published_at.first(doc).unwrap_or(0);
        match self.sort {
            Sort::Relevance => (ordered(score), published),
            Sort::Newest => (published, 0),
            Sort::Deadline => {
                let deadline = self.deadline.first(doc).unwrap_or(NO_DEADLINE);
                (deadline.saturating_neg(), published)
            }
        }
    }
}

impl SegmentCollector for SegmentFacetedTop {
    type Fruit = SegmentHarvest;

    fn collect(&mut self, doc: DocId, score: Score) {
        // Bit i set: the record fails facet i's filter. Failing two, it counts nowhere.
        let mut failed = 0u32;
        for i in 0..Facet::COUNT {
            if !self.passes(i, doc) {
                failed |= 1 << i;
                if failed.count_ones() > 1 {
                    return;
                }
            }
        }
        for i in 0..Facet::COUNT {
            if failed & !(1 << i) != 0 {
                continue;
            }
            if let Some(column) = &self.columns[i] {
                for ord in column.term_ords(doc) {
                    if let Some(n) = self.counts[i].get_mut(ord as usize) {
                        *n += 1;
                    }
                }
            }
        }
        if failed != 0 {
            return;
        }
        self.total += 1;
        if self.top == 0 {
            return;
        }
        let candidate = Ranked {
            rank: self.rank(doc, score),
            score,
            address: DocAddress::new(self.segment_ord, doc),
        };
        if self.heap.len() < self.top {
            self.heap.push(Reverse(candidate));
        } else if self
            .heap
            .peek()
            .is_some_and(|Reverse(worst)| candidate > *worst)
        {
            self.heap.pop();
            self.heap.push(Reverse(candidate));
        }
    }

    fn harvest(self) -> SegmentHarvest {
        SegmentHarvest {
            total: self.total,
            counts: self.counts,
            columns: self.columns,
            top: self.heap.into_iter().map(|Reverse(r)| r).collect(),
        }
    }
}

/// An `i64` that orders like the score: the bits of a float with the negative range flipped.
fn ordered(score: Score) -> i64 {
    let bits = score.to_bits() as i32;
    i64::from(if bits < 0 { bits ^ i32::MAX } else { bits })
}

#[cfg(test)]
mod tests {
    use super::ordered;

    #[test]
    fn score_order_is_kept() {
        let scores = [-3.5f32, -0.0, 0.0, 0.1, 1.0, 2.5, 1e9];
        for pair in scores.windows(2) {
            assert!(ordered(pair[0]) <= ordered(pair[1]), "{pair:?}");
        }
    }
}
