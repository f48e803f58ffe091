//! Folding text for comparison and turning names into URL slugs.

use crate::translit::bg_to_latin;
use unicode_normalization::UnicodeNormalization;

/// Lower-cases, transliterates Cyrillic and strips accents, so "София", "Sofia" and "SOFIA"
/// fold alike, as do "Wien" and "wien", "Müller" and "muller".
pub fn fold(s: &str) -> String {
    let latin = bg_to_latin(s);
    let lower = latin.replace('ß', "ss").to_lowercase();
    lower.nfd().filter(|c| !is_combining_mark(*c)).collect()
}

fn is_combining_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

/// A lower-case ASCII slug of at most 64 characters: "Софийска инвестиционна агенция" →
/// "sofiyska-investitsionna-agentsia".
pub fn slugify(s: &str) -> String {
    let folded = fold(s)
        .replace('ä', "ae")
        .replace('ö', "oe")
        .replace('ü', "ue");
    let mut out = String::new();
    let mut dash = false;
    for c in folded.chars() {
        if c.is_ascii_alphanumeric() {
            if dash && !out.is_empty() {
                out.push('-');
            }
            out.push(c);
            dash = false;
        } else {
            dash = true;
        }
        if out.len() >= 64 {
            break;
        }
    }
    out.truncate(64);
    out.trim_end_matches('-').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_scripts_case_and_accents() {
        assert_eq!(fold("София"), fold("SOFIA"));
        assert_eq!(fold("Müller Straße"), "muller strasse");
    }

    #[test]
    fn slugs_are_ascii() {
        assert_eq!(slugify("Vienna Business Agency"), "vienna-business-agency");
        assert_eq!(
            slugify("Софийска инвестиционна агенция"),
            "sofiyska-investitsionna-agentsia"
        );
        assert_eq!(
            slugify("  Wirtschaftsagentur Wien!! "),
            "wirtschaftsagentur-wien"
        );
        assert!(slugify(&"x ".repeat(100)).len() <= 64);
    }
}
