//! The one error type of the search index. User input never produces one: only the index's
//! storage can fail.

use tantivy::TantivyError;
use tantivy::directory::error::OpenDirectoryError;

#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    #[error("search index: {0}")]
    Index(#[from] TantivyError),
    #[error("search index directory: {0}")]
    Directory(#[from] OpenDirectoryError),
    #[error("search index files: {0}")]
    Io(#[from] std::io::Error),
    #[error("search index writer is unusable after a panic")]
    Poisoned,
}
