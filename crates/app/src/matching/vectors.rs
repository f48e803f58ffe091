//! Computing, storing and loading the vectors of published opportunities.
//!
//! The database says which opportunities need a vector (none yet, another model's, or older
//! than the text); [`App::embed_pending`] computes them a batch at a time. A failing embedder
//! (a server down, slow or answering garbage) never blocks anything: the batch is marked to be
//! retried later, and matching falls back to lexical evidence meanwhile.

use super::profiles::embedding_text;
use crate::{App, AppError, Result};
use city2city_search::embed::Role;
use city2city_search::matcher::MatchPool;
use std::time::Duration;

/// Opportunities embedded per call of the embedder.
const EMBED_BATCH: i64 = 16;
/// How long a failed batch waits before it is tried again.
const RETRY_AFTER: Duration = Duration::from_secs(60);
/// Vectors read per query when the pool is filled.
const LOAD_BATCH: i64 = 2000;
/// Missing vectors looked up per sweep (vectors another instance computed).
const SWEEP_BATCH: usize = 500;

/// What an embedding run did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct EmbedReport {
    pub embedded: usize,
    pub failed: usize,
}

impl App {
    /// How many published opportunities still need a vector (0 without an embedder).
    pub async fn vectors_pending(&self) -> Result<i64> {
        let Some(model) = self.matcher.model() else {
            return Ok(0);
        };
        Ok(self
            .store
            .count_opportunities_needing_vectors(model, time::OffsetDateTime::now_utc())
            .await?)
    }

    /// Computes the vectors that are missing or out of date; `progress` hears the number done
    /// so far. Stops at the first failing batch (marked for a later retry) and reports it.
    /// With `notify`, owners of the best matches of each newly embedded opportunity are told
    /// (the serving instance does; bulk imports on the command line do not).
    pub async fn embed_pending(
        &self,
        notify: bool,
        mut progress: impl FnMut(usize),
    ) -> Result<EmbedReport> {
        let Some(embedder) = self.matcher.embedder().cloned() else {
            return Ok(EmbedReport::default());
        };
        let _one_at_a_time = self.matcher.embedding.lock().await;
        let model = embedder.model_id().to_string();
        let mut report = EmbedReport::default();
        loop {
            let now = time::OffsetDateTime::now_utc();
            let ids = self
                .store
                .opportunities_needing_vectors(&model, now, EMBED_BATCH)
                .await?;
            if ids.is_empty() {
                break;
            }
            let records = self.store.opportunities_by_ids(&ids).await?;
            let texts: Vec<String> = records.iter().map(embedding_text).collect();
            let e = embedder.clone();
            let result = tokio::task::spawn_blocking(move || e.embed(Role::Query, &texts))
                .await
                .map_err(|e| AppError::Internal(format!("embedding task: {e}")))?;
            match result {
                Ok(vectors) => {
                    for (o, v) in records.iter().zip(&vectors) {
                        self.store
                            .save_vector(o.id, &model, v, o.updated_at)
                            .await?;
                    }
                    {
                        let mut pool = self.matcher.write();
                        for (o, v) in records.iter().zip(&vectors) {
                            pool.set_vector(o.id, v);
                        }
                    }
                    report.embedded += records.len();
                    progress(report.embedded);
                    if notify {
                        for o in &records {
                            self.notify_new_match_once(o).await;
                        }
                    }
                }
                Err(err) => {
                    tracing::warn!(error = %err, n = ids.len(), "embedding failed; retrying later");
                    let retry = now + RETRY_AFTER;
                    self.store
                        .record_vector_failure(&ids, &err.to_string(), retry)
                        .await?;
                    report.failed += ids.len();
                    break;
                }
            }
        }
        Ok(report)
    }

    /// Gives the profiles of `pool` the stored vectors of the current model (at start, into the
    /// live pool; in a rebuild, into the pool that replaces it).
    pub(crate) async fn load_vectors_into(&self, pool: Target<'_>) -> Result<usize> {
        let Some(model) = self.matcher.model().map(str::to_string) else {
            return Ok(0);
        };
        let mut pool = pool;
        let mut after = 0;
        let mut loaded = 0;
        loop {
            let batch = self.store.vectors(&model, after, LOAD_BATCH).await?;
            let Some(last) = batch.last() else { break };
            after = last.opportunity_id;
            let mut set = |p: &mut MatchPool| {
                for v in &batch {
                    loaded += usize::from(p.set_vector(v.opportunity_id, &v.vector));
                }
            };
            match &mut pool {
                Target::Live => set(&mut self.matcher.write()),
                Target::Building(p) => set(p),
            }
        }
        Ok(loaded)
    }

    /// Picks up vectors that another instance sharing the database computed.
    pub(crate) async fn sweep_vectors(&self) -> Result<usize> {
        let Some(model) = self.matcher.model().map(str::to_string) else {
            return Ok(0);
        };
        let missing = self.matcher.read().without_vectors();
        let mut found = 0;
        for id in missing.into_iter().take(SWEEP_BATCH) {
            if let Some(v) = self.store.vector_of(id, &model).await? {
                let set = self.matcher.write().set_vector(id, &v);
                found += usize::from(set);
            }
        }
        Ok(found)
    }
}

/// Which pool stored vectors go to.
pub(crate) enum Target<'a> {
    /// The pool in use (locked per batch).
    Live,
    /// A pool being built, not yet in use.
    Building(&'a mut MatchPool),
}
