//! Finding the words of a text whose analysis yields one of a set of terms (a query's), for
//! highlighting. Analysing every word of every hit is the costly part of showing results, and
//! most words cannot match: a cheap test on the letters that analysis keeps skips them.

use crate::analyse::{Analysis, words};
use crate::lang::Language;
use crate::normalize::fold;
use crate::translit::latin_initial;
use std::collections::HashSet;

#[derive(Debug, Clone)]
pub struct TermMatcher {
    analysis: Analysis,
    terms: HashSet<String>,
    /// What a word must show to possibly yield a term: the first letter of a term, or for
    /// German (whose compound parts start anywhere in a word) the first three letters.
    keys: Vec<String>,
}

impl TermMatcher {
    pub fn new(analysis: Analysis, terms: impl IntoIterator<Item = String>) -> TermMatcher {
        let terms: HashSet<String> = terms.into_iter().filter(|t| !t.is_empty()).collect();
        let key_len = if analysis == Analysis::Lang(Language::De) {
            3
        } else {
            1
        };
        let mut keys: Vec<String> = terms
            .iter()
            .map(|t| t.chars().take(key_len).collect())
            .collect();
        keys.sort();
        keys.dedup();
        TermMatcher {
            analysis,
            terms,
            keys,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// Whether `term` is one of the terms.
    pub fn contains(&self, term: &str) -> bool {
        self.terms.contains(term)
    }

    /// Byte ranges of the words of `text` whose analysis yields one of the terms, in order.
    pub fn find(&self, text: &str) -> Vec<(usize, usize)> {
        if self.terms.is_empty() {
            return Vec::new();
        }
        words(text)
            .filter(|(_, word)| self.may_match(word))
            .filter(|(_, word)| {
                self.analysis
                    .word(word)
                    .iter()
                    .any(|t| self.terms.contains(&t.term))
            })
            .map(|(start, word)| (start, start + word.len()))
            .collect()
    }

    /// False only for words that cannot yield a term; it relies on how each analysis treats
    /// the start of a word (kept by the stemmers; umlauts and "ß" folded by German; letters
    /// transliterated by folding).
    fn may_match(&self, word: &str) -> bool {
        let Some(first) = word.chars().next() else {
            return false;
        };
        let has_key = |key: char| self.keys.iter().any(|k| k.starts_with(key));
        match self.analysis {
            Analysis::Lang(Language::De) => {
                let normalised = german_letters(word);
                self.keys.iter().any(|k| normalised.contains(k.as_str()))
            }
            Analysis::Lang(lang) => {
                let lower = first.to_lowercase().next().unwrap_or(first);
                has_key(if lang == Language::Bg && lower == 'ѝ' {
                    'и'
                } else {
                    lower
                })
            }
            Analysis::Folded => {
                let key = if first.is_ascii() {
                    Some(first.to_ascii_lowercase())
                } else {
                    latin_initial(first)
                        .or_else(|| fold(first.encode_utf8(&mut [0; 4])).chars().next())
                };
                key.is_some_and(has_key)
            }
        }
    }
}

/// Lower case with umlauts and "ß" as the German stemmer writes them.
fn german_letters(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars().flat_map(char::to_lowercase) {
        match c {
            'ä' => out.push('a'),
            'ö' => out.push('o'),
            'ü' => out.push('u'),
            'ß' => out.push_str("ss"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matcher(analysis: Analysis, query: &str) -> TermMatcher {
        let terms = words(query)
            .flat_map(|(_, w)| analysis.word(w))
            .map(|t| t.term);
        TermMatcher::new(analysis, terms)
    }

    fn found<'a>(m: &TermMatcher, text: &'a str) -> Vec<&'a str> {
        m.find(text).into_iter().map(|(a, b)| &text[a..b]).collect()
    }

    #[test]
    fn finds_inflected_forms_and_compounds() {
        let bg = matcher(Analysis::Lang(Language::Bg), "плащания партньори");
        assert_eq!(
            found(&bg, "Плащането на партньорите, не на банките"),
            ["Плащането", "партньорите"]
        );
        let de = matcher(Analysis::Lang(Language::De), "Zahlung Ärzte");
        assert_eq!(
            found(
                &de,
                "Die Zahlungsverkehrsschnittstelle für Ärzte und Zahlungen"
            ),
            ["Zahlungsverkehrsschnittstelle", "Ärzte", "Zahlungen"]
        );
        let en = matcher(Analysis::Lang(Language::En), "payment");
        assert_eq!(
            found(&en, "Payments, paid, PAYMENT"),
            ["Payments", "PAYMENT"]
        );
    }

    #[test]
    fn folded_terms_cross_scripts() {
        let m = matcher(Analysis::Folded, "Sofia Mueller shtast");
        assert_eq!(
            found(&m, "София, Müller и Щаст"),
            ["София", "Müller", "Щаст"]
        );
        let m = matcher(Analysis::Folded, "София");
        // Mixed scripts fold alike too.
        assert_eq!(
            found(&m, "Sofia SOFIA Soфия Sofija"),
            ["Sofia", "SOFIA", "Soфия"]
        );
    }

    #[test]
    fn the_quick_test_never_hides_a_match() {
        // Every word of a varied text must be found when it is itself the query.
        let text = "Ärzte Übersetzung Öl Straße Zahlungsverkehrsschnittstelle Юли ѝ Щит \
                    яхта партньорът Yield 'quoted' İstanbul Éclair";
        for analysis in Analysis::ALL {
            for (_, word) in words(text) {
                let m = matcher(analysis, word);
                if m.is_empty() {
                    continue;
                }
                assert!(found(&m, text).contains(&word), "{analysis:?} {word}");
            }
        }
    }

    #[test]
    fn no_terms_find_nothing() {
        let m = TermMatcher::new(Analysis::Folded, Vec::new());
        assert!(m.is_empty());
        assert!(m.find("anything").is_empty());
    }
}
