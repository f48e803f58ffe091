//! Background work of a serving instance: follow the change feed into the search index (so
//! writes of other instances sharing the database become searchable), and expire opportunities
//! whose validity has passed.

use crate::App;
use std::time::Duration;

/// How often the index looks for changes written by other instances.
pub const FOLLOW_EVERY: Duration = Duration::from_secs(2);
/// How often published opportunities are checked for expiry.
pub const EXPIRE_EVERY: Duration = Duration::from_secs(15 * 60);

impl App {
    /// Runs the background jobs until the task is aborted.
    pub fn spawn_background_jobs(&self) -> tokio::task::JoinHandle<()> {
        let app = self.clone();
        tokio::spawn(async move {
            let mut follow = tokio::time::interval(FOLLOW_EVERY);
            let mut expire = tokio::time::interval(EXPIRE_EVERY);
            loop {
                tokio::select! {
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
