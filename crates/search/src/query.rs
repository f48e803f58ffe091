//! What a search asks for and what it answers.

use crate::document::DocKind;

/// A search: free text plus facet filters. Any text is accepted; none of it is query syntax.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchQuery {
    /// Free text in any language and script. Empty (or without any word) matches every record
    /// that passes the filters.
    pub text: String,
    pub kind: Option<DocKind>,
    /// Filters: a record passes a facet when it has any of the listed values (OR), and must
    /// pass every facet that lists values (AND). An empty list does not filter.
    pub categories: Vec<String>,
    pub sectors: Vec<String>,
    /// The owner's city.
    pub cities: Vec<String>,
    pub target_cities: Vec<String>,
    /// Languages the record can be read in: the original and its translations.
    pub langs: Vec<String>,
    pub sort: Sort,
    pub offset: usize,
    /// At most [`MAX_LIMIT`] hits are returned.
    pub limit: usize,
}

/// Hits per page are capped here, and paging stops at [`MAX_OFFSET`].
pub const MAX_LIMIT: usize = 100;
pub const MAX_OFFSET: usize = 10_000;

impl Default for SearchQuery {
    fn default() -> Self {
        SearchQuery {
            text: String::new(),
            kind: None,
            categories: Vec::new(),
            sectors: Vec::new(),
            cities: Vec::new(),
            target_cities: Vec::new(),
            langs: Vec::new(),
            sort: Sort::Relevance,
            offset: 0,
            limit: 20,
        }
    }
}

impl SearchQuery {
    /// A query for `text` with default filters, sort and page.
    pub fn text(text: impl Into<String>) -> SearchQuery {
        SearchQuery {
            text: text.into(),
            ..SearchQuery::default()
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sort {
    /// Best match first; without query text, newest first.
    #[default]
    Relevance,
    /// Most recently published first.
    Newest,
    /// Soonest deadline first, records without a deadline last.
    Deadline,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SearchResults {
    /// Records that match the text and pass every filter.
    pub total: usize,
    pub hits: Vec<Hit>,
    pub facets: Facets,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub kind: DocKind,
    pub id: i64,
    pub reference: String,
    /// Relevance score; 0 when sorted by date.
    pub score: f32,
    /// Language of `title_html` and `snippet_html`: the original's or the translation's that
    /// matched best.
    pub lang: String,
    /// HTML-escaped, matched words wrapped in `<mark>`.
    pub title_html: String,
    pub snippet_html: String,
}

/// Counts per facet value, for standard faceted navigation: each facet is counted over the
/// records that match the text and pass the filters of all *other* facets, so selecting a
/// sector still shows how many records the other sectors would give. `kinds` counts respect
/// every filter but the kind.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Facets {
    pub kinds: Vec<FacetCount>,
    pub categories: Vec<FacetCount>,
    pub sectors: Vec<FacetCount>,
    pub cities: Vec<FacetCount>,
    pub target_cities: Vec<FacetCount>,
    pub langs: Vec<FacetCount>,
}

/// Most frequent first, then by value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FacetCount {
    pub value: String,
    pub count: usize,
}

impl Facets {
    /// The count of `value` in a facet list, 0 if absent.
    pub fn count(list: &[FacetCount], value: &str) -> usize {
        list.iter()
            .find(|c| c.value == value)
            .map_or(0, |c| c.count)
    }
}
