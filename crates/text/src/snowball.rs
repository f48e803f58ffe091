//! English and German stemming with the Snowball algorithms, from the crate tantivy's own
//! stemmer filter is built on.

use frostem::{Algorithm, Stemmer};
use std::sync::LazyLock;

static ENGLISH: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::new(Algorithm::English));
static GERMAN: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::new(Algorithm::German));

/// Snowball English stem of a lower-cased word: "payments" → "payment".
pub fn stem_en(word: &str) -> String {
    ENGLISH.stem(word).into_owned()
}

/// Snowball German stem of a lower-cased word: "zahlungen" → "zahlung"; umlauts and "ß" are
/// folded by the algorithm itself.
pub fn stem_de(word: &str) -> String {
    GERMAN.stem(word).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_inflections_meet() {
        assert_eq!(stem_en("payments"), stem_en("payment"));
        assert_eq!(stem_en("partners"), stem_en("partner"));
        assert_eq!(stem_en("developing"), stem_en("develop"));
        assert_eq!(stem_en("companies"), stem_en("company"));
    }

    #[test]
    fn german_inflections_meet() {
        assert_eq!(stem_de("zahlungen"), stem_de("zahlung"));
        assert_eq!(stem_de("unternehmens"), stem_de("unternehmen"));
        assert_eq!(stem_de("städte"), stem_de("stadte"));
        assert_eq!(stem_de("lösungen"), stem_de("losung"));
    }
}
