//! Stop words per language: the ISO lists of the `stop-words` crate, less the content words
//! those lists carry that matter when searching for business partners ("information",
//! "research", "system", "Recht", "екип", ...).

use crate::fnv::FnvHashSet;
use crate::lang::Language;
use std::sync::LazyLock;

/// Words of the ISO lists we keep searchable.
#[rustfmt::skip]
const KEEP_EN: &[&str] = &[
    "area", "areas", "bill", "billion", "buy", "case", "cases", "computer", "copy", "course",
    "date", "detail", "effect", "example", "fire", "free", "goods", "group", "grouped", "groups",
    "help", "high", "home", "homepage", "index", "information", "interest", "interests",
    "invention", "large", "line", "low", "member", "members", "microsoft", "million", "name", "net",
    "novel", "number", "numbers", "order", "orders", "page", "pages", "part", "parts", "place",
    "places", "point", "points", "problem", "problems", "research", "results", "room", "rooms",
    "section", "site", "small", "state", "states", "system", "test", "text", "thousand", "trillion",
    "value", "web", "webpage", "website", "work", "worked", "working", "works", "world", "year",
    "years", "young",
];
#[rustfmt::skip]
const KEEP_DE: &[&str] = &[
    "beispiel", "ende", "jahr", "jahre", "jahren", "mensch", "menschen", "mittel", "ordnung",
    "recht", "sache", "startseite", "suche", "tag", "tage", "tagen", "teil", "uhr", "zeit",
];
#[rustfmt::skip]
const KEEP_BG: &[&str] = &[
    "време", "година", "години", "екип", "живот", "месец", "новина", "часа",
];

struct StopList(FnvHashSet<&'static str>);

impl StopList {
    fn build(code: &str, keep: &[&str]) -> StopList {
        let words = stop_words::lookup(code).unwrap_or_default();
        StopList(
            words
                .iter()
                .copied()
                .filter(|w| !keep.contains(w))
                .collect(),
        )
    }
}

static BG: LazyLock<StopList> = LazyLock::new(|| StopList::build("bg", KEEP_BG));
static DE: LazyLock<StopList> = LazyLock::new(|| StopList::build("de", KEEP_DE));
static EN: LazyLock<StopList> = LazyLock::new(|| StopList::build("en", KEEP_EN));

/// Whether a lower-cased word is a stop word of `lang`.
pub fn is_stop_word(lang: Language, word: &str) -> bool {
    let list = match lang {
        Language::Bg => &BG,
        Language::De => &DE,
        Language::En => &EN,
    };
    list.0.contains(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn function_words_are_stop_words() {
        assert!(is_stop_word(Language::En, "the"));
        assert!(is_stop_word(Language::En, "and"));
        assert!(is_stop_word(Language::De, "und"));
        assert!(is_stop_word(Language::De, "für"));
        assert!(is_stop_word(Language::Bg, "за"));
        assert!(is_stop_word(Language::Bg, "и"));
    }

    #[test]
    fn content_words_are_not() {
        assert!(!is_stop_word(Language::En, "bank"));
        assert!(!is_stop_word(Language::En, "information"));
        assert!(!is_stop_word(Language::En, "research"));
        assert!(!is_stop_word(Language::De, "recht"));
        assert!(!is_stop_word(Language::De, "zahlung"));
        assert!(!is_stop_word(Language::Bg, "екип"));
        assert!(!is_stop_word(Language::Bg, "банка"));
    }

    #[test]
    fn lists_are_per_language() {
        assert!(is_stop_word(Language::De, "die"));
        assert!(!is_stop_word(Language::En, "die"));
    }
}
