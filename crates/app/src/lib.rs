//! Use cases: each operation checks who may do it (the `policy` module), validates its input
//! (domain types) and stores the result (store). The web pages, the JSON API and the CLI all go
//! through here, so a rule holds everywhere at once.

pub mod alerts;
pub mod auth;
pub mod cases;
pub mod cities;
pub mod contacts;
pub mod demo;
mod error;
mod jobs;
pub mod matching;
pub mod opportunities;
pub mod organisations;
pub mod packs;
pub mod partnerships;
pub mod people;
pub mod playbooks;
pub mod policy;
pub mod ratelimit;
pub mod search;
pub mod users;

pub use auth::Principal;
pub use error::AppError;

use city2city_search::SearchIndex;
use city2city_store::Store;
use std::sync::Arc;

pub type Result<T> = std::result::Result<T, AppError>;

#[derive(Debug, Clone, Default)]
pub struct AppConfig {
    /// Cheap password hashing for tests only; never in production.
    pub fast_password_hashing: bool,
}

/// The application: storage plus the rules around it. Cheap to clone.
#[derive(Clone)]
pub struct App {
    pub store: Store,
    pub config: Arc<AppConfig>,
    pub login_limiter: Arc<ratelimit::LoginLimiter>,
    /// The full-text index, derived from the store (see [`search`]).
    pub index: SearchIndex,
    /// One index follower at a time per instance.
    index_lock: Arc<tokio::sync::Mutex<()>>,
    /// Matchmaking: the embedder and the pool of profiles (see [`matching`]).
    pub matcher: Arc<matching::Matcher>,
}

impl App {
    /// An application with an index in memory (tests, and commands that do not search).
    pub fn new(store: Store, config: AppConfig) -> App {
        let index = SearchIndex::in_memory().expect("an in-memory index opens");
        App::with_index(store, config, index)
    }

    /// An application with the given index (usually [`SearchIndex::open`] in the data directory).
    pub fn with_index(store: Store, config: AppConfig, index: SearchIndex) -> App {
        App {
            store,
            config: Arc::new(config),
            login_limiter: Arc::new(ratelimit::LoginLimiter::default()),
            index,
            index_lock: Arc::new(tokio::sync::Mutex::new(())),
            matcher: Arc::new(matching::Matcher::new(None)),
        }
    }

    /// The same application matching with `embedder` (`None`: lexical evidence only). Set it
    /// before the index is first followed, so that the pool loads the stored vectors.
    pub fn with_embedder(mut self, embedder: Option<city2city_search::embed::Embedder>) -> App {
        self.matcher = Arc::new(matching::Matcher::new(embedder));
        self
    }

    pub fn today() -> time::Date {
        time::OffsetDateTime::now_utc().date()
    }
}
