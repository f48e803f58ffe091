//! Turning a [`Document`] into a tantivy document: each text into the field of its language
//! and into the folded fields, facets as fast columns, texts stored for highlighting.

use crate::document::{DocKind, Document};
use crate::schema::{Facet, Fields, NO_DEADLINE, Section};
use city2city_text::{Analysis, Language};
use tantivy::{TantivyDocument, Term};

/// The identity term of a record: upserts and deletes go by it.
pub(crate) fn key_term(fields: &Fields, kind: DocKind, id: i64) -> Term {
    Term::from_field_text(fields.key, &format!("{}:{id}", kind.code()))
}

/// The analysis for a text in `code`; unknown languages are analysed as English, whose
/// stemming is the mildest.
pub(crate) fn language_of(code: &str) -> Language {
    Language::from_code(code).unwrap_or(Language::En)
}

pub(crate) fn to_tantivy(fields: &Fields, doc: &Document) -> TantivyDocument {
    let mut out = TantivyDocument::new();
    out.add_text(fields.key, format!("{}:{}", doc.kind.code(), doc.id));
    out.add_i64(fields.id, doc.id);
    out.add_text(fields.reference, &doc.reference);
    out.add_text(fields.reference_key, doc.reference.trim().to_lowercase());

    let original = (doc.lang.as_str(), &doc.title, &doc.summary, &doc.body);
    let translations = doc
        .translations
        .iter()
        .map(|t| (t.lang.as_str(), &t.title, &t.summary, &t.body));
    let mut langs: Vec<String> = Vec::new();
    for (code, title, summary, body) in std::iter::once(original).chain(translations) {
        let code = code.trim().to_lowercase();
        let analysis = Analysis::Lang(language_of(&code));
        for (section, text) in [
            (Section::Title, title),
            (Section::Summary, summary),
            (Section::Body, body),
        ] {
            if !text.is_empty() {
                out.add_text(fields.text(analysis, section), text);
                out.add_text(fields.text(Analysis::Folded, section), text);
            }
        }
        for text in [&code, title, summary, body] {
            out.add_text(fields.texts, text);
        }
        push_unique(&mut langs, code);
    }

    // Keywords count like summary text of the original language.
    let keyword_analysis = Analysis::Lang(language_of(&doc.lang));
    for keyword in &doc.keywords {
        out.add_text(fields.text(keyword_analysis, Section::Summary), keyword);
        out.add_text(fields.text(Analysis::Folded, Section::Summary), keyword);
    }
    for name in &doc.names {
        out.add_text(fields.names, name);
    }

    let mut facet = |facet: Facet, values: &mut dyn Iterator<Item = &str>| {
        let mut seen: Vec<&str> = Vec::new();
        for value in values.map(str::trim).filter(|v| !v.is_empty()) {
            if !seen.contains(&value) {
                seen.push(value);
                out.add_text(fields.facet(facet), value);
            }
        }
    };
    facet(Facet::Kind, &mut std::iter::once(doc.kind.code()));
    facet(
        Facet::Category,
        &mut doc.category.iter().map(String::as_str),
    );
    facet(Facet::Sector, &mut doc.sectors.iter().map(String::as_str));
    facet(Facet::City, &mut std::iter::once(doc.city.as_str()));
    facet(
        Facet::TargetCity,
        &mut doc.target_cities.iter().map(String::as_str),
    );
    facet(Facet::Lang, &mut langs.iter().map(String::as_str));

    out.add_i64(fields.published_at, doc.published_at);
    out.add_i64(fields.deadline, doc.deadline.unwrap_or(NO_DEADLINE));
    out
}

fn push_unique(list: &mut Vec<String>, value: String) {
    if !value.is_empty() && !list.contains(&value) {
        list.push(value);
    }
}
