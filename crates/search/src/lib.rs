//! Full-text search over opportunities and organisations (tantivy), with per-language
//! analysis from the text crate: Bulgarian stemming, German compounds, English and German
//! Snowball stemming, and folded, transliterated words so that any script finds any name.
//!
//! The index is derived data: the application feeds it [`Document`]s, records how far it got
//! in the change feed with each commit ([`SearchIndex::applied_seq`]), and rebuilds it with
//! [`SearchIndex::replace_all`] when [`SearchIndex::needs_rebuild`] says so.

mod analyzers;
mod collector;
mod document;
pub mod embed;
mod error;
pub mod eval;
mod highlight;
mod index;
mod indexing;
pub mod matcher;
mod query;
mod query_builder;
mod schema;
#[cfg(feature = "synthetic")]
pub mod synthetic;

pub use document::{DocKind, Document, Translation};
pub use error::SearchError;
pub use index::{Changes, SearchIndex};
pub use query::{FacetCount, Facets, Hit, MAX_LIMIT, MAX_OFFSET, SearchQuery, SearchResults, Sort};
