//! The index itself: opening (and rebuilding when the layout changed), writing with one
//! writer, and searching through a reader that every commit reloads.

use crate::analyzers;
use crate::collector::FacetedTop;
use crate::document::{DocKind, Document};
use crate::error::SearchError;
use crate::highlight::{Version, highlight};
use crate::indexing::{key_term, to_tantivy};
use crate::query::{
    FacetCount, Facets, Hit, MAX_LIMIT, MAX_OFFSET, SearchQuery, SearchResults, Sort,
};
use crate::query_builder;
use crate::schema::{self, Facet, Fields, SCHEMA_VERSION};
use std::collections::HashMap;
use std::fs;
use std::path::Path;
use std::sync::{Arc, Mutex, MutexGuard};
use tantivy::query::{AllQuery, Query};
use tantivy::schema::Value;
use tantivy::{Index, IndexReader, IndexWriter, ReloadPolicy, TantivyDocument, TantivyError};

/// Indexing threads: the machines we run on have two cores.
const WRITER_THREADS: usize = 2;
/// Split between the threads; large enough that a full rebuild flushes few segments.
const WRITER_MEMORY: usize = 256 * 1024 * 1024;
const PAYLOAD_PREFIX: &str = "applied_seq=";

/// A full-text index of opportunities and organisations. Cheap to clone; searches run in
/// parallel, writes are serialised.
#[derive(Clone)]
pub struct SearchIndex {
    inner: Arc<Inner>,
}

struct Inner {
    fields: Fields,
    reader: IndexReader,
    writer: Mutex<Writer>,
    /// Kept apart from the writer so reading it never waits for a rebuild.
    applied_seq: Mutex<Option<i64>>,
    needs_rebuild: bool,
}

struct Writer {
    writer: IndexWriter<TantivyDocument>,
    // Keeps the index (and its directory) alive as long as the writer.
    _index: Index,
}

/// A batch of changes committed at once.
#[derive(Debug, Clone, Default)]
pub struct Changes {
    /// Records to add or replace.
    pub upserts: Vec<Document>,
    pub deletes: Vec<(DocKind, i64)>,
    /// The change-feed position these changes bring the index to.
    pub applied_seq: Option<i64>,
}

impl SearchIndex {
    /// Opens the index in `dir`, creating it if missing. An index of an older layout (or one
    /// that cannot be read) is replaced by an empty one; [`SearchIndex::needs_rebuild`] then
    /// says the caller must feed every record again.
    pub fn open(dir: &Path) -> Result<SearchIndex, SearchError> {
        fs::create_dir_all(dir)?;
        remove_other_versions(dir)?;
        let path = dir.join(format!("v{SCHEMA_VERSION}"));
        let (schema, fields) = schema::build();
        let existing = if path.join("meta.json").exists() {
            match Index::open_in_dir(&path) {
                Ok(index) if index.schema() == schema => Some(index),
                Ok(_) => {
                    tracing::warn!(?path, "search index layout changed; rebuilding");
                    None
                }
                Err(err) if is_unreadable(&err) => {
                    tracing::warn!(?path, %err, "search index unreadable; rebuilding");
                    None
                }
                Err(err) => return Err(err.into()),
            }
        } else {
            None
        };
        match existing {
            Some(index) => SearchIndex::start(index, fields, false),
            None => {
                if path.exists() {
                    fs::remove_dir_all(&path)?;
                }
                fs::create_dir_all(&path)?;
                let index = Index::create_in_dir(&path, schema)?;
                SearchIndex::start(index, fields, true)
            }
        }
    }

    /// An index held in memory, for tests.
    pub fn in_memory() -> Result<SearchIndex, SearchError> {
        let (schema, fields) = schema::build();
        SearchIndex::start(Index::create_in_ram(schema), fields, true)
    }

    fn start(index: Index, fields: Fields, created: bool) -> Result<SearchIndex, SearchError> {
        analyzers::register(&index);
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        let writer = index.writer_with_num_threads(WRITER_THREADS, WRITER_MEMORY)?;
        let applied_seq = if created {
            None
        } else {
            parse_payload(index.load_metas()?.payload)
        };
        Ok(SearchIndex {
            inner: Arc::new(Inner {
                fields,
                reader,
                writer: Mutex::new(Writer {
                    writer,
                    _index: index,
                }),
                applied_seq: Mutex::new(applied_seq),
                needs_rebuild: created,
            }),
        })
    }

    /// True when the index was created empty by this open (new, or replaced because its
    /// layout changed): the caller should run a full [`SearchIndex::replace_all`].
    pub fn needs_rebuild(&self) -> bool {
        self.inner.needs_rebuild
    }

    /// The last change-feed sequence number committed with the index, if any.
    pub fn applied_seq(&self) -> Option<i64> {
        *lock(&self.inner.applied_seq)
    }

    /// Adds or replaces records (by kind and id), visible to the next search.
    pub fn upsert(&self, docs: Vec<Document>) -> Result<(), SearchError> {
        self.apply(Changes {
            upserts: docs,
            ..Changes::default()
        })
    }

    pub fn delete(&self, kind: DocKind, ids: &[i64]) -> Result<(), SearchError> {
        let deletes = ids.iter().map(|&id| (kind, id)).collect();
        self.apply(Changes {
            deletes,
            ..Changes::default()
        })
    }

    pub fn set_applied_seq(&self, seq: i64) -> Result<(), SearchError> {
        self.apply(Changes {
            applied_seq: Some(seq),
            ..Changes::default()
        })
    }

    /// Upserts, deletes and the new sequence number in one commit: after a crash the index
    /// holds either all of it or none.
    pub fn apply(&self, changes: Changes) -> Result<(), SearchError> {
        if changes.upserts.is_empty() && changes.deletes.is_empty() && changes.applied_seq.is_none()
        {
            return Ok(());
        }
        let fields = &self.inner.fields;
        let mut w = self.writer()?;
        let result = (|| {
            for (kind, id) in &changes.deletes {
                w.writer.delete_term(key_term(fields, *kind, *id));
            }
            for doc in &changes.upserts {
                w.writer.delete_term(key_term(fields, doc.kind, doc.id));
                w.writer.add_document(to_tantivy(fields, doc))?;
            }
            self.commit(&mut w, changes.applied_seq)
        })();
        self.rollback_on_error(&mut w, result)
    }

    /// Replaces the whole content by `docs` in one commit (for a full reindex); searches see
    /// the old content until it is done.
    pub fn replace_all(
        &self,
        docs: impl IntoIterator<Item = Document>,
        applied_seq: Option<i64>,
    ) -> Result<(), SearchError> {
        let fields = &self.inner.fields;
        let mut w = self.writer()?;
        let result = (|| {
            w.writer.delete_all_documents()?;
            for doc in docs {
                w.writer.add_document(to_tantivy(fields, &doc))?;
            }
            self.commit(&mut w, applied_seq)
        })();
        self.rollback_on_error(&mut w, result)
    }

    /// Number of records in the index as last committed.
    pub fn doc_count(&self) -> u64 {
        self.inner.reader.searcher().num_docs()
    }

    pub fn search(&self, q: &SearchQuery) -> Result<SearchResults, SearchError> {
        let fields = &self.inner.fields;
        let built = query_builder::build(fields, &q.text);
        let sort = match (&built, q.sort) {
            (None, Sort::Relevance) => Sort::Newest,
            (_, sort) => sort,
        };
        let limit = q.limit.min(MAX_LIMIT);
        let offset = q.offset.min(MAX_OFFSET);
        let kind: Vec<String> = q.kind.map(|k| k.code().to_string()).into_iter().collect();
        let collector = FacetedTop {
            filters: [
                kind,
                q.categories.clone(),
                q.sectors.clone(),
                q.cities.clone(),
                q.target_cities.clone(),
                q.langs.iter().map(|l| l.trim().to_lowercase()).collect(),
            ],
            sort,
            top: offset + limit,
        };
        let all: Box<dyn Query> = Box::new(AllQuery);
        let query = built.as_ref().map_or(&all, |b| &b.query);

        let searcher = self.inner.reader.searcher();
        let harvest = searcher.search(query.as_ref(), &collector)?;
        let mut hits = Vec::new();
        for ranked in harvest.top.iter().skip(offset).take(limit) {
            let doc: TantivyDocument = searcher.doc(ranked.address)?;
            hits.push(self.hit(&doc, ranked.score, built.as_ref().map(|b| &b.terms)));
        }
        let [kinds, categories, sectors, cities, target_cities, langs] =
            harvest.counts.map(sorted_counts);
        Ok(SearchResults {
            total: harvest.total,
            hits,
            facets: Facets {
                kinds,
                categories,
                sectors,
                cities,
                target_cities,
                langs,
            },
        })
    }

    fn hit(
        &self,
        doc: &TantivyDocument,
        score: f32,
        terms: Option<&query_builder::HighlightTerms>,
    ) -> Hit {
        let fields = &self.inner.fields;
        let text = |field| {
            doc.get_first(field)
                .and_then(|v| v.as_str())
                .unwrap_or_default()
        };
        let stored: Vec<&str> = doc
            .get_all(fields.texts)
            .map(|v| v.as_str().unwrap_or_default())
            .collect();
        let versions: Vec<Version<'_>> = stored
            .chunks_exact(4)
            .map(|c| Version {
                lang: c[0],
                title: c[1],
                summary: c[2],
                body: c[3],
            })
            .collect();
        let shown = highlight(terms, &versions);
        Hit {
            kind: DocKind::from_code(text(fields.facet(Facet::Kind)))
                .unwrap_or(DocKind::Opportunity),
            id: doc
                .get_first(fields.id)
                .and_then(|v| v.as_i64())
                .unwrap_or_default(),
            reference: text(fields.reference).to_string(),
            score: if terms.is_some() { score } else { 0.0 },
            lang: shown.lang,
            title_html: shown.title_html,
            snippet_html: shown.snippet_html,
        }
    }

    fn writer(&self) -> Result<MutexGuard<'_, Writer>, SearchError> {
        self.inner.writer.lock().map_err(|_| SearchError::Poisoned)
    }

    fn commit(&self, w: &mut Writer, applied_seq: Option<i64>) -> Result<(), SearchError> {
        let mut seq = lock(&self.inner.applied_seq);
        let next = applied_seq.or(*seq);
        let mut prepared = w.writer.prepare_commit()?;
        if let Some(s) = next {
            prepared.set_payload(&format!("{PAYLOAD_PREFIX}{s}"));
        }
        prepared.commit()?;
        *seq = next;
        drop(seq);
        self.inner.reader.reload()?;
        Ok(())
    }

    fn rollback_on_error(
        &self,
        w: &mut Writer,
        result: Result<(), SearchError>,
    ) -> Result<(), SearchError> {
        if result.is_err()
            && let Err(err) = w.writer.rollback()
        {
            tracing::error!(%err, "search index rollback failed");
        }
        result
    }
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    // The guarded values stay consistent even if a holder panicked.
    m.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

fn parse_payload(payload: Option<String>) -> Option<i64> {
    payload?.strip_prefix(PAYLOAD_PREFIX)?.trim().parse().ok()
}

/// Errors after which the files are better thrown away (the index is derived data).
fn is_unreadable(err: &TantivyError) -> bool {
    matches!(
        err,
        TantivyError::DataCorruption(_)
            | TantivyError::IncompatibleIndex(_)
            | TantivyError::SchemaError(_)
            | TantivyError::OpenReadError(_)
            | TantivyError::DeserializeError(_)
    )
}

/// Index directories of other layout versions ("v1", "v2", ...) are left-overs.
fn remove_other_versions(dir: &Path) -> Result<(), SearchError> {
    let current = format!("v{SCHEMA_VERSION}");
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        let versioned = name
            .strip_prefix('v')
            .is_some_and(|n| n.parse::<u32>().is_ok());
        if versioned && name != current && entry.file_type()?.is_dir() {
            tracing::info!(name, "removing search index of another layout");
            fs::remove_dir_all(entry.path())?;
        }
    }
    Ok(())
}

fn sorted_counts(counts: HashMap<String, usize>) -> Vec<FacetCount> {
    let mut list: Vec<FacetCount> = counts
        .into_iter()
        .map(|(value, count)| FacetCount { value, count })
        .collect();
    list.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.value.cmp(&b.value)));
    list
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn payload_round_trips() {
        assert_eq!(parse_payload(Some(format!("{PAYLOAD_PREFIX}42"))), Some(42));
        assert_eq!(parse_payload(Some("garbage".into())), None);
        assert_eq!(parse_payload(None), None);
    }
}
