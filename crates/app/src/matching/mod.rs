//! Matchmaking across languages: every published opportunity is a profile in an in-memory pool
//! (kept in step with the change feed, like the search index), with a sentence vector once the
//! embedder has computed one. Vectors are computed in the background ([`App::embed_pending`]),
//! stored in the database, and loaded into the pool of every instance. Without an embedder, or
//! while a vector is missing, matches rest on lexical and sector evidence, and say so.

mod notify;
mod profiles;
mod vectors;
mod views;

pub(crate) use vectors::Target;
pub use views::{MAX_MATCHES, MatchReason, MatchView, Matches, Recommendation, SemanticState};

use city2city_search::embed::Embedder;
use city2city_search::matcher::{MatchPool, Weights};
use std::sync::RwLock;

/// The matcher of one instance: its embedder (if any) and the pool of profiles.
pub struct Matcher {
    embedder: Option<Embedder>,
    pool: RwLock<MatchPool>,
    /// One embedding run at a time per instance.
    embedding: tokio::sync::Mutex<()>,
    /// The pool has been filled from the database.
    loaded: std::sync::atomic::AtomicBool,
}

impl Matcher {
    pub fn new(embedder: Option<Embedder>) -> Matcher {
        Matcher {
            embedder,
            pool: RwLock::new(MatchPool::new()),
            embedding: tokio::sync::Mutex::new(()),
            loaded: std::sync::atomic::AtomicBool::new(false),
        }
    }

    pub fn embedder(&self) -> Option<&Embedder> {
        self.embedder.as_ref()
    }

    /// The model id vectors are stored under, when there is an embedder.
    pub fn model(&self) -> Option<&str> {
        self.embedder.as_ref().map(|e| e.model_id())
    }

    /// The weights in force: hybrid with an embedder, lexical without.
    pub fn weights(&self) -> Weights {
        if self.embedder.is_some() {
            Weights::HYBRID
        } else {
            Weights::LEXICAL
        }
    }

    /// Profiles in the pool, and how many of them have a vector.
    pub fn pool_size(&self) -> (usize, usize) {
        let pool = self.read();
        (pool.len(), pool.with_vectors())
    }

    fn read(&self) -> std::sync::RwLockReadGuard<'_, MatchPool> {
        // A panic while holding the lock leaves a pool that is still consistent per entry.
        self.pool.read().unwrap_or_else(|e| e.into_inner())
    }

    fn write(&self) -> std::sync::RwLockWriteGuard<'_, MatchPool> {
        self.pool.write().unwrap_or_else(|e| e.into_inner())
    }
}
