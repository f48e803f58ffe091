//! Background work of a serving instance: follow the change feed into the search index and the
//! matching pool (so writes of other instances sharing the database become searchable), compute
//! the sentence vectors of published opportunities, and expire opportunities whose validity has
//! passed.

use crate::App;
use std::time::Duration;

/// How often the index looks for changes written by other instances.
pub const FOLLOW_EVERY: Duration = Duration::from_secs(2);
/// How often vectors are looked for when none were pending (or the embedder failed).
pub const EMBED_EVERY: Duration = Duration::from_secs(2);
/// How often vectors computed by other instances are picked up.
pub const SWEEP_EVERY: Duration = Duration::from_secs(30);
/// How often published opportunities are checked for expiry.
pub const EXPIRE_EVERY: Duration = Duration::from_secs(15 * 60);

impl App {
    /// Runs the background jobs until the task is aborted.
    pub fn spawn_background_jobs(&self) -> tokio::task::JoinHandle<()> {
        let app = self.clone();
        tokio::spawn(async move {
            // Embedding can take long (CPU or a remote server): it runs beside the rest.
            let embedding = app.matcher.embedder().is_some().then(|| {
                let app = app.clone();
                tokio::spawn(async move { app.embed_forever().await })
            });
            let _stop_embedding = AbortOnDrop(embedding);
            let mut follow = tokio::time::interval(FOLLOW_EVERY);
            let mut expire = tokio::time::interval(EXPIRE_EVERY);
            let mut sweep = tokio::time::interval(SWEEP_EVERY);
            loop {
                tokio::select! {
                    _ = sweep.tick() => {
                        if let Err(e) = app.sweep_vectors().await {
                            tracing::warn!(error = %e, "loading vectors failed; retrying");
                        }
                    }
                    _ = follow.tick() => {
                        if let Err(e) = app.sync_index().await {
                            tracing::warn!(error = %e, "following the change feed failed; retrying");
                        }
                    }
                    _ = expire.tick() => match app.expire_due_opportunities().await {
                        Ok(0) => {}
                        Ok(n) => tracing::info!(n, "opportunities expired"),
                        Err(e) => tracing::warn!(error = %e, "expiring opportunities failed"),
                    },
                }
            }
        })
    }
}

impl App {
    async fn embed_forever(&self) {
        loop {
            match self.embed_pending(true, |_| {}).await {
                Ok(r) if r.embedded > 0 && r.failed == 0 => continue,
                Ok(_) => {}
                Err(e) => tracing::warn!(error = %e, "computing vectors failed; retrying"),
            }
            tokio::time::sleep(EMBED_EVERY).await;
        }
    }
}

/// Aborts the embedding task when the background jobs end.
struct AbortOnDrop(Option<tokio::task::JoinHandle<()>>);

impl Drop for AbortOnDrop {
    fn drop(&mut self) {
        if let Some(t) = &self.0 {
            t.abort();
        }
    }
}
