//! Building the tantivy query from free text. Nothing of the text is syntax: it is cut into
//! words, each word is analysed the way every field is analysed, and the word matches if any
//! field matches it (title above summary above body, names above all).

use crate::analyzers::{ANALYSES, slot};
use crate::schema::{Fields, Section};
use city2city_text::analyse::words;
use city2city_text::{Analysis, Language, TermMatcher, analyse_word, fold_word};
use std::collections::HashSet;
use tantivy::Term;
use tantivy::query::{BooleanQuery, BoostQuery, DisjunctionMaxQuery, Occur, Query, TermQuery};
use tantivy::schema::IndexRecordOption;

/// Words beyond this are ignored: a pasted page is not a better query than its first sentence.
pub(crate) const MAX_QUERY_WORDS: usize = 32;

const SECTION_BOOSTS: [(Section, f32); 3] = [
    (Section::Title, 3.0),
    (Section::Summary, 1.5),
    (Section::Body, 1.0),
];
const NAMES_BOOST: f32 = 4.0;
/// The folded fields are a fallback (another language's document, another script): an exact
/// word there counts a little less than a match by the language's own analysis.
const FOLDED_WEIGHT: f32 = 0.8;
/// A compound matched through its parts ("Zahlung" + "Verkehr" for "Zahlungsverkehr").
const PARTS_WEIGHT: f32 = 0.7;
/// How much the best field's score is topped up by other fields matching the same word.
const TIE_BREAKER: f32 = 0.2;
const REFERENCE_BOOST: f32 = 20.0;

/// The query, and the terms to highlight in each analysis.
pub(crate) struct BuiltQuery {
    pub query: Box<dyn Query>,
    pub terms: HighlightTerms,
}

/// The query's terms per analysis, to find them again in the texts of hits.
pub(crate) struct HighlightTerms {
    matchers: [TermMatcher; ANALYSES],
}

impl HighlightTerms {
    pub(crate) fn matcher(&self, analysis: Analysis) -> &TermMatcher {
        &self.matchers[slot(analysis)]
    }
}

#[derive(Default)]
struct TermSets([HashSet<String>; ANALYSES]);

impl TermSets {
    fn insert(&mut self, analysis: Analysis, term: &str) {
        self.0[slot(analysis)].insert(term.to_string());
    }

    fn into_highlight_terms(self) -> HighlightTerms {
        let mut sets = self.0.into_iter();
        HighlightTerms {
            matchers: Analysis::ALL
                .map(|analysis| TermMatcher::new(analysis, sets.next().unwrap_or_default())),
        }
    }
}

/// The query for `text`, or `None` when it has no words (match everything).
pub(crate) fn build(fields: &Fields, text: &str) -> Option<BuiltQuery> {
    let mut terms = TermSets::default();
    let mut required: Vec<Box<dyn Query>> = Vec::new();
    let mut optional: Vec<Box<dyn Query>> = Vec::new();
    let mut seen: HashSet<String> = HashSet::new();

    for (_, word) in words(text).take(MAX_QUERY_WORDS) {
        let folded = fold_word(word);
        let Some(first) = folded.first() else {
            continue;
        };
        if !seen.insert(first.term.clone()) {
            continue;
        }
        let (query, is_stop_word) = word_query(fields, word, &mut terms);
        if is_stop_word {
            optional.push(query);
        } else {
            required.push(query);
        }
    }
    if required.is_empty() && optional.is_empty() {
        return None;
    }

    let words_query: Box<dyn Query> = if required.is_empty() {
        Box::new(BooleanQuery::union(optional))
    } else {
        let r = required.len();
        let min = min_should_match(r);
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        if min < r {
            // Records with every word rank above those missing one.
            let all: Vec<Box<dyn Query>> = required.iter().map(|q| q.box_clone()).collect();
            clauses.push((Occur::Should, Box::new(BooleanQuery::intersection(all))));
        }
        let group: Box<dyn Query> = if r == 1 {
            required.remove(0)
        } else {
            Box::new(BooleanQuery::union_with_minimum_required_clauses(
                required, min,
            ))
        };
        clauses.push((Occur::Must, group));
        clauses.extend(optional.into_iter().map(|q| (Occur::Should, q)));
        Box::new(BooleanQuery::new(clauses))
    };

    let mut top: Vec<Box<dyn Query>> = vec![words_query];
    let reference = text.trim();
    if !reference.is_empty() && reference.len() <= 64 && !reference.contains(char::is_whitespace) {
        let term = Term::from_field_text(fields.reference_key, &reference.to_lowercase());
        top.push(boosted(term_query(term), REFERENCE_BOOST));
    }
    let query: Box<dyn Query> = if top.len() == 1 {
        top.remove(0)
    } else {
        Box::new(BooleanQuery::union(top))
    };
    Some(BuiltQuery {
        query,
        terms: terms.into_highlight_terms(),
    })
}

/// How many of `r` significant words a record must match: all of one or two, then one fewer,
/// and about two thirds of long queries.
fn min_should_match(r: usize) -> usize {
    match r {
        0..=2 => r,
        3..=4 => r - 1,
        _ => (r * 2).div_ceil(3),
    }
}

/// One word as a query over all fields, and whether it is a stop word in some language (then
/// it may be missing from a match: "die" in "die Bank").
fn word_query(fields: &Fields, word: &str, terms: &mut TermSets) -> (Box<dyn Query>, bool) {
    let mut disjuncts: Vec<Box<dyn Query>> = Vec::new();
    let mut is_stop_word = false;

    for lang in Language::ALL {
        let analysis = Analysis::Lang(lang);
        let tokens = analyse_word(lang, word);
        let Some(stem) = tokens.iter().find(|t| !t.part) else {
            is_stop_word = true;
            continue;
        };
        let parts: Vec<&str> = tokens
            .iter()
            .filter(|t| t.part)
            .map(|t| t.term.as_str())
            .collect();
        terms.insert(analysis, &stem.term);
        for part in &parts {
            terms.insert(analysis, part);
        }
        for (section, boost) in SECTION_BOOSTS {
            let field = fields.text(analysis, section);
            disjuncts.push(boosted(
                term_query(Term::from_field_text(field, &stem.term)),
                boost,
            ));
            if parts.len() >= 2 {
                let all = parts
                    .iter()
                    .map(|p| term_query(Term::from_field_text(field, p)))
                    .collect();
                disjuncts.push(boosted(
                    Box::new(BooleanQuery::intersection(all)),
                    boost * PARTS_WEIGHT,
                ));
            }
        }
    }

    for token in fold_word(word) {
        terms.insert(Analysis::Folded, &token.term);
        for (section, boost) in SECTION_BOOSTS {
            let field = fields.text(Analysis::Folded, section);
            let term = Term::from_field_text(field, &token.term);
            disjuncts.push(boosted(term_query(term), boost * FOLDED_WEIGHT));
        }
        let term = Term::from_field_text(fields.names, &token.term);
        disjuncts.push(boosted(term_query(term), NAMES_BOOST));
    }

    let query = Box::new(DisjunctionMaxQuery::with_tie_breaker(
        disjuncts,
        TIE_BREAKER,
    ));
    (query, is_stop_word)
}

fn term_query(term: Term) -> Box<dyn Query> {
    Box::new(TermQuery::new(term, IndexRecordOption::WithFreqs))
}

fn boosted(query: Box<dyn Query>, boost: f32) -> Box<dyn Query> {
    Box::new(BoostQuery::new(query, boost))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_queries_need_most_words() {
        assert_eq!(min_should_match(1), 1);
        assert_eq!(min_should_match(2), 2);
        assert_eq!(min_should_match(3), 2);
        assert_eq!(min_should_match(4), 3);
        assert_eq!(min_should_match(6), 4);
        assert_eq!(min_should_match(32), 22);
    }

    #[test]
    fn text_without_words_matches_everything() {
        let (_, fields) = crate::schema::build();
        for text in ["", "   ", "\"", "*", ":", "🙂🙂", "( ) [ ] { } ^ ~ ! + -"] {
            assert!(build(&fields, text).is_none(), "{text:?}");
        }
        assert!(build(&fields, "AND OR NOT (").is_some());
    }
}
