//! The index layout: one text field per (analysis, section) so that each section can carry its
//! own boost and each language its own analyser, plus names, facets and sort keys.

use crate::analyzers::{ANALYSES, field_prefix, slot, tokenizer_name};
use city2city_text::Analysis;
use tantivy::schema::{
    FAST, Field, INDEXED, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing, TextOptions,
};

/// Bump whenever the schema or the text crate's analysis (stemmers, lexicon, stop lists)
/// changes: an index of another version is rebuilt.
pub(crate) const SCHEMA_VERSION: u32 = 1;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Section {
    Title,
    Summary,
    Body,
}

impl Section {
    pub(crate) const ALL: [Section; 3] = [Section::Title, Section::Summary, Section::Body];

    fn name(self) -> &'static str {
        match self {
            Section::Title => "title",
            Section::Summary => "summary",
            Section::Body => "body",
        }
    }
}

/// The facets, in the order of [`Fields::facets`]; each is a fast string column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Facet {
    Kind,
    Category,
    Sector,
    City,
    TargetCity,
    Lang,
}

impl Facet {
    pub(crate) const COUNT: usize = 6;
    pub(crate) const ALL: [Facet; Facet::COUNT] = [
        Facet::Kind,
        Facet::Category,
        Facet::Sector,
        Facet::City,
        Facet::TargetCity,
        Facet::Lang,
    ];

    pub(crate) fn field_name(self) -> &'static str {
        match self {
            Facet::Kind => "kind",
            Facet::Category => "category",
            Facet::Sector => "sector",
            Facet::City => "city",
            Facet::TargetCity => "target_city",
            Facet::Lang => "lang",
        }
    }
}

pub(crate) const PUBLISHED_AT: &str = "published_at";
pub(crate) const DEADLINE: &str = "deadline";
/// Sort value of a record without a deadline: after every real one.
pub(crate) const NO_DEADLINE: i64 = i64::MAX;

#[derive(Debug, Clone)]
pub(crate) struct Fields {
    /// "kind:id", the identity upserts and deletes go by.
    pub key: Field,
    pub id: Field,
    pub reference: Field,
    /// The reference lower-cased, matched exactly.
    pub reference_key: Field,
    /// Stored texts: lang, title, summary, body for the original, then each translation.
    pub texts: Field,
    pub names: Field,
    /// `text[analysis][section]`.
    text: [[Field; 3]; ANALYSES],
    pub facets: [Field; Facet::COUNT],
    pub published_at: Field,
    pub deadline: Field,
}

impl Fields {
    pub(crate) fn text(&self, analysis: Analysis, section: Section) -> Field {
        self.text[slot(analysis)][section as usize]
    }

    pub(crate) fn facet(&self, facet: Facet) -> Field {
        self.facets[facet as usize]
    }
}

fn analysed(analysis: Analysis) -> TextOptions {
    // Frequencies without positions: ranking needs no phrases, and indexing is faster.
    TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(&tokenizer_name(analysis))
            .set_index_option(IndexRecordOption::WithFreqs),
    )
}

pub(crate) fn build() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let key = b.add_text_field("key", STRING);
    let id = b.add_i64_field("id", STORED | INDEXED | FAST);
    let reference = b.add_text_field("reference", STORED);
    let reference_key = b.add_text_field("reference_key", STRING);
    let texts = b.add_text_field("texts", STORED);
    let names = b.add_text_field("names", analysed(Analysis::Folded));
    let text = Analysis::ALL.map(|analysis| {
        Section::ALL.map(|section| {
            let name = format!("{}_{}", field_prefix(analysis), section.name());
            b.add_text_field(&name, analysed(analysis))
        })
    });
    let facets = Facet::ALL.map(|facet| {
        let options = if facet == Facet::Kind {
            STRING | FAST | STORED
        } else {
            STRING | FAST
        };
        b.add_text_field(facet.field_name(), options)
    });
    let published_at = b.add_i64_field(PUBLISHED_AT, FAST);
    let deadline = b.add_i64_field(DEADLINE, FAST);
    let fields = Fields {
        key,
        id,
        reference,
        reference_key,
        texts,
        names,
        text,
        facets,
        published_at,
        deadline,
    };
    (b.build(), fields)
}
