//! Turning text into index terms: per-language analysis (stop words, stemming, German compound
//! parts) and the language-neutral folded analysis used for names and exact words in any script.
//!
//! Every token keeps the byte range of the word it came from, so a search hit can be
//! highlighted in the original text. Search indexes store these terms: a change to the analysis
//! (or to the lexicon and stop lists behind it) needs a new index layout version there.

use crate::decompound_de;
use crate::lang::Language;
use crate::normalize::fold;
use crate::snowball::{stem_de, stem_en};
use crate::stem_bg;
use crate::stopwords::is_stop_word;
use crate::translit::fold_cyrillic_word;
use unicode_segmentation::UnicodeSegmentation;

/// Longer "words" (pasted hashes, base64, runs of letters) carry no meaning for search and are
/// dropped.
pub const MAX_WORD_CHARS: usize = 64;

/// German words shorter than this are not tried as compounds (two parts of three letters).
const MIN_COMPOUND_CHARS: usize = 6;

/// One index term and where it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnalysedToken {
    pub term: String,
    /// Byte range of the source word in the analysed text.
    pub start: usize,
    pub end: usize,
    /// Index of the source word among the text's words (stop words count, so gaps stay).
    pub position: usize,
    /// An extra term for the same word: a compound part or a spelling variant.
    pub part: bool,
}

/// The words of a text (Unicode word boundaries), with their byte offsets. A colon also
/// separates words here ("Wien:Sofia", "title:software"), though Unicode keeps it inside one.
pub fn words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.unicode_word_indices()
        .flat_map(|(start, word)| {
            word.split(':')
                .scan(start, |at, piece| {
                    let item = (*at, piece);
                    *at += piece.len() + 1;
                    Some(item)
                })
                .filter(|(_, piece)| !piece.is_empty())
        })
        .filter(|(_, w)| w.chars().count() <= MAX_WORD_CHARS)
}

/// One of the ways text is analysed: as written in a language, or language-neutral folded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Analysis {
    Lang(Language),
    Folded,
}

impl Analysis {
    pub const ALL: [Analysis; 4] = [
        Analysis::Lang(Language::Bg),
        Analysis::Lang(Language::De),
        Analysis::Lang(Language::En),
        Analysis::Folded,
    ];

    /// The tokens of a text.
    pub fn tokens(self, text: &str) -> Vec<AnalysedToken> {
        match self {
            Analysis::Lang(lang) => analyse_tokens(lang, text),
            Analysis::Folded => fold_tokens(text),
        }
    }

    /// The tokens of a single word: the main term first, then parts and variants.
    pub fn word(self, word: &str) -> Vec<AnalysedToken> {
        match self {
            Analysis::Lang(lang) => analyse_word(lang, word),
            Analysis::Folded => fold_word(word),
        }
    }
}

/// Analyses `text` as written in `lang`.
pub fn analyse_tokens(lang: Language, text: &str) -> Vec<AnalysedToken> {
    let mut out = Vec::new();
    for (position, (start, word)) in words(text).enumerate() {
        analyse_word_into(lang, word, start, position, &mut out);
    }
    out
}

/// The terms of `text` as written in `lang`: lower-cased, without stop words, stemmed, and for
/// German with the parts of compounds.
pub fn analyse(lang: Language, text: &str) -> Vec<String> {
    analyse_tokens(lang, text)
        .into_iter()
        .map(|t| t.term)
        .collect()
}

/// The terms of a single word in `lang`: the stem first, then compound parts; empty for a stop
/// word.
pub fn analyse_word(lang: Language, word: &str) -> Vec<AnalysedToken> {
    let mut out = Vec::new();
    analyse_word_into(lang, word, 0, 0, &mut out);
    out
}

fn analyse_word_into(
    lang: Language,
    word: &str,
    start: usize,
    position: usize,
    out: &mut Vec<AnalysedToken>,
) {
    let end = start + word.len();
    let token = |term: String, part: bool| AnalysedToken {
        term,
        start,
        end,
        position,
        part,
    };
    match lang {
        Language::Bg => {
            let lower: String = word
                .chars()
                .flat_map(char::to_lowercase)
                .filter(|c| !matches!(c, '\u{300}' | '\u{301}'))
                .map(|c| match c {
                    'ѝ' => 'и',
                    'ѐ' => 'е',
                    c => c,
                })
                .collect();
            if !is_stop_word(Language::Bg, &lower) {
                out.push(token(stem_bg::stem(&lower), false));
            }
        }
        Language::De => {
            let lower = word.to_lowercase();
            if is_stop_word(Language::De, &lower) {
                return;
            }
            let stem = stem_de(&lower);
            let parts = if lower.chars().count() >= MIN_COMPOUND_CHARS {
                decompound_de::split(&lower)
            } else {
                Vec::new()
            };
            let mut seen = vec![stem.clone()];
            out.push(token(stem, false));
            for part in parts {
                let part = stem_de(&part);
                if !seen.contains(&part) {
                    seen.push(part.clone());
                    out.push(token(part, true));
                }
            }
        }
        Language::En => {
            let lower = word.to_lowercase().replace('\u{2019}', "'");
            if !is_stop_word(Language::En, &lower) {
                out.push(token(stem_en(&lower), false));
            }
        }
    }
}

/// Language-neutral analysis: every word folded (lower case, Cyrillic transliterated, accents
/// stripped), no stop words, no stemming. A word with German umlauts also yields its "ae/oe/ue"
/// spelling, so "Mueller" and "Müller" meet.
pub fn fold_tokens(text: &str) -> Vec<AnalysedToken> {
    let mut out = Vec::new();
    for (position, (start, word)) in words(text).enumerate() {
        fold_word_into(word, start, position, &mut out);
    }
    out
}

/// The folded terms of a single word: the folded form, then a spelling variant if any.
pub fn fold_word(word: &str) -> Vec<AnalysedToken> {
    let mut out = Vec::new();
    fold_word_into(word, 0, 0, &mut out);
    out
}

fn fold_word_into(word: &str, start: usize, position: usize, out: &mut Vec<AnalysedToken>) {
    let end = start + word.len();
    // Most words are plain ASCII or plain Bulgarian; `fold` is the general (slower) path.
    let folded = if word.is_ascii() {
        word.to_ascii_lowercase()
    } else {
        fold_cyrillic_word(word).unwrap_or_else(|| fold(word))
    };
    let variant = umlaut_spelling(word)
        .map(|v| fold(&v))
        .filter(|v| *v != folded);
    out.push(AnalysedToken {
        term: folded,
        start,
        end,
        position,
        part: false,
    });
    if let Some(term) = variant {
        out.push(AnalysedToken {
            term,
            start,
            end,
            position,
            part: true,
        });
    }
}

fn umlaut_spelling(word: &str) -> Option<String> {
    if !word
        .chars()
        .any(|c| matches!(c, 'ä' | 'ö' | 'ü' | 'Ä' | 'Ö' | 'Ü'))
    {
        return None;
    }
    let mut out = String::with_capacity(word.len() + 4);
    for c in word.chars() {
        match c {
            'ä' | 'Ä' => out.push_str("ae"),
            'ö' | 'Ö' => out.push_str("oe"),
            'ü' | 'Ü' => out.push_str("ue"),
            c => out.push(c),
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(lang: Language, text: &str) -> Vec<String> {
        analyse(lang, text)
    }

    #[test]
    fn bulgarian_query_and_document_forms_meet() {
        assert_eq!(
            terms(Language::Bg, "плащания"),
            terms(Language::Bg, "плащане")
        );
        assert_eq!(
            terms(Language::Bg, "Партньорите на банките"),
            terms(Language::Bg, "партньор банка")
        );
    }

    #[test]
    fn german_adds_stemmed_compound_parts() {
        let t = terms(Language::De, "Die Zahlungsverkehrsschnittstelle");
        assert!(t.contains(&stem_de("zahlung")), "{t:?}");
        assert!(t.contains(&stem_de("schnittstelle")), "{t:?}");
        assert!(!t.iter().any(|t| t == "die"), "{t:?}");
        let t = terms(Language::De, "Softwareentwicklung und Energiespeicher");
        assert!(t.contains(&stem_de("software")), "{t:?}");
        assert!(t.contains(&stem_de("energie")), "{t:?}");
    }

    #[test]
    fn english_is_stemmed_without_stop_words() {
        assert_eq!(
            terms(Language::En, "The payments of companies"),
            vec!["payment", "compani"]
        );
        assert_eq!(
            terms(Language::En, "partner’s"),
            terms(Language::En, "partner's")
        );
    }

    #[test]
    fn tokens_point_at_their_words() {
        let text = "Neue Zahlungsschnittstelle für Wien";
        let tokens = analyse_tokens(Language::De, text);
        let compound: Vec<_> = tokens.iter().filter(|t| t.position == 1).collect();
        assert!(compound.len() >= 2, "{tokens:?}");
        for t in &compound {
            assert_eq!(&text[t.start..t.end], "Zahlungsschnittstelle");
        }
        assert!(compound[1..].iter().all(|t| t.part));
        let wien = tokens.last().map(|t| (t.position, &text[t.start..t.end]));
        assert_eq!(wien, Some((3, "Wien")));
    }

    #[test]
    fn folding_crosses_scripts_and_spellings() {
        let terms = |s: &str| {
            fold_tokens(s)
                .into_iter()
                .map(|t| t.term)
                .collect::<Vec<_>>()
        };
        assert_eq!(terms("София"), vec!["sofia"]);
        assert_eq!(terms("Сигил Тръст"), vec!["sigil", "trast"]);
        assert_eq!(terms("Müller"), vec!["muller", "mueller"]);
        assert_eq!(terms("SOFIA, Wien"), vec!["sofia", "wien"]);
        assert_eq!(terms("Wien:Sofia"), vec!["wien", "sofia"]);
    }

    #[test]
    fn odd_input_does_not_break_analysis() {
        for lang in Language::ALL {
            assert!(analyse(lang, "").is_empty());
            assert!(analyse(lang, "🙂 *** \" :").is_empty());
            assert!(analyse(lang, &"x".repeat(10_000)).is_empty());
            let _ = analyse(lang, "AND OR NOT ( София Wien 2026 ü ß");
        }
        assert!(fold_tokens("👍").is_empty());
    }
}
