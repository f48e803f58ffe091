//! Use cases: each operation checks who may do it (the `policy` module), validates its input
//! (domain types) and stores the result (store). The web pages, the JSON API and the CLI all go
//! through here, so a rule holds everywhere at once.

pub mod auth;
pub mod cities;
pub mod demo;
mod error;
pub mod opportunities;
pub mod organisations;
pub mod partnerships;
pub mod people;
pub mod policy;
pub mod ratelimit;
mod search;
pub mod users;

pub use auth::Principal;
pub use error::AppError;

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
}

impl App {
    pub fn new(store: Store, config: AppConfig) -> App {
        App {
            store,
            config: Arc::new(config),
            login_limiter: Arc::new(ratelimit::LoginLimiter::default()),
        }
    }

    pub fn today() -> time::Date {
        time::OffsetDateTime::now_utc().date()
    }
}
