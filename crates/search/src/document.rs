//! What the application feeds the index: one searchable record, in its original language and
//! any author translations.

use std::fmt;

/// The kinds of records the platform searches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DocKind {
    Opportunity,
    Organisation,
}

impl DocKind {
    pub const ALL: [DocKind; 2] = [DocKind::Opportunity, DocKind::Organisation];

    pub fn code(self) -> &'static str {
        match self {
            DocKind::Opportunity => "opportunity",
            DocKind::Organisation => "organisation",
        }
    }

    pub fn from_code(code: &str) -> Option<DocKind> {
        DocKind::ALL.into_iter().find(|k| k.code() == code)
    }
}

impl fmt::Display for DocKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// One record to index. `(kind, id)` identifies it: indexing it again replaces it.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    pub kind: DocKind,
    pub id: i64,
    /// An opportunity's reference ("SOF-2026-0042") or an organisation's slug; a query equal to
    /// it finds the record first.
    pub reference: String,
    /// Language of the original text: "bg", "de" or "en" (others are analysed as English).
    pub lang: String,
    pub title: String,
    pub summary: String,
    pub body: String,
    /// The author's own translations, searched and shown like the original.
    pub translations: Vec<Translation>,
    /// Proper names (organisation names in several scripts, city names): matched folded and
    /// transliterated, never stemmed.
    pub names: Vec<String>,
    pub keywords: Vec<String>,
    /// Opportunity kind code (`business_offer`, ...) or organisation kind (`company`, ...).
    pub category: Option<String>,
    /// Sector slugs.
    pub sectors: Vec<String>,
    /// City slug of the owner.
    pub city: String,
    pub target_cities: Vec<String>,
    /// Unix seconds; the "newest" order.
    pub published_at: i64,
    /// Unix seconds; the "deadline" order, records without one last.
    pub deadline: Option<i64>,
}

/// An author translation of a record's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Translation {
    pub lang: String,
    pub title: String,
    pub summary: String,
    pub body: String,
}
