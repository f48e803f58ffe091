//! Splitting German compounds into their parts, so that "Zahlung" finds
//! "Zahlungsverkehrsschnittstelle" and "Energie" finds "Energiespeicher".
//!
//! Parts must be words of our own lexicon (`data/de_lexicon.txt`), joined directly or by a
//! linking element (Fugenelement). A word the lexicon does not explain is left whole: a missed
//! split only costs recall, a false one would make unrelated documents match.

use crate::fnv::FnvHashSet;
use std::sync::LazyLock;

/// Shortest part we accept: "Amt", "Bau", "Rat", "Zug".
const MIN_PART: usize = 3;
/// Longer words are not looked at (and no lexicon entry is longer).
const MAX_WORD: usize = 64;
/// Linking elements between parts: Zahlung-s-verkehr, Kind-er-garten, Sonne-n-energie.
const LINKERS: [&str; 8] = ["", "s", "es", "n", "en", "e", "er", "ens"];
/// Inflection of the last part: Energiespeicher-n, Softwarelösung-en.
const ENDINGS: [&str; 8] = ["e", "n", "en", "s", "es", "er", "ern", "nen"];

struct Lexicon {
    words: FnvHashSet<String>,
    /// Lexicon words ending in "-e" without it, for parts like "Schul-" in "Schulbuch".
    elided: FnvHashSet<String>,
}

static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| {
    let words: FnvHashSet<String> = include_str!("../data/de_lexicon.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(normalise)
        .collect();
    let elided = words
        .iter()
        .filter(|w| w.ends_with('e') && w.chars().count() > MIN_PART + 1)
        .map(|w| w[..w.len() - 1].to_string())
        .filter(|w| !words.contains(w))
        .collect();
    Lexicon { words, elided }
});

/// Lower case with "ß" as "ss", the form both the lexicon and the input are compared in.
fn normalise(word: &str) -> String {
    word.to_lowercase().replace('ß', "ss")
}

/// The parts of a compound, lower-cased and in their lexicon form ("Schulbuch" → "schule",
/// "buch"); empty when the word is not a compound we can explain. The word itself is not among
/// the parts: callers index it too.
pub fn split(word: &str) -> Vec<String> {
    let lexicon = &*LEXICON;
    let w = normalise(word);
    let len = w.chars().count();
    if !(2 * MIN_PART..=MAX_WORD).contains(&len) || !w.chars().all(char::is_alphabetic) {
        return Vec::new();
    }
    if lexicon.words.contains(&w) {
        return Vec::new();
    }
    // Byte offset of every char boundary, so parts are slices of `w`.
    let bounds: Vec<usize> = w
        .char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(w.len()))
        .collect();
    let slice = |from: usize, to: usize| &w[bounds[from]..bounds[to]];

    // best[i]: the fewest parts covering chars 0..i, the next part starting at i, with the
    // previous state and the part (start, end, elided) that got us here.
    let mut best: Vec<Option<Step>> = vec![None; len + 1];
    best[0] = Some(Step {
        parts: 0,
        prev: 0,
        part: (0, 0, false),
    });
    let mut finish: Option<Step> = None;

    for start in 0..len {
        let Some(here) = best[start] else { continue };
        for end in start + MIN_PART..=len {
            let part = slice(start, end);
            let whole = lexicon.words.contains(part);
            let elided = !whole && end < len && lexicon.elided.contains(part);
            if !whole && !elided {
                continue;
            }
            let step = Step {
                parts: here.parts + 1,
                prev: start,
                part: (start, end, elided),
            };
            let tail = slice(end, len);
            if whole && (end == len || ENDINGS.contains(&tail)) {
                if step.parts >= 2 && finish.is_none_or(|f| step.parts < f.parts) {
                    finish = Some(step);
                }
                continue;
            }
            for linker in LINKERS {
                if !tail.starts_with(linker) {
                    continue;
                }
                let next = end + linker.chars().count();
                if len - next < MIN_PART {
                    continue;
                }
                if best[next].is_none_or(|b| step.parts < b.parts) {
                    best[next] = Some(step);
                }
            }
        }
    }

    let Some(last) = finish else {
        return Vec::new();
    };
    let mut parts = Vec::with_capacity(last.parts);
    let mut step = last;
    loop {
        let (from, to, elided) = step.part;
        let mut part = slice(from, to).to_string();
        if elided {
            part.push('e');
        }
        parts.push(part);
        if step.prev == 0 {
            break;
        }
        match best[step.prev] {
            Some(prev) => step = prev,
            None => break,
        }
    }
    parts.reverse();
    parts
}

#[derive(Clone, Copy)]
struct Step {
    parts: usize,
    prev: usize,
    part: (usize, usize, bool),
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(word: &str) -> Vec<String> {
        split(word)
    }

    #[test]
    fn splits_compounds_with_and_without_linking_elements() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Zahlungsverkehrsschnittstelle",
                &["zahlung", "verkehr", "schnittstelle"],
            ),
            ("Softwareentwicklung", &["software", "entwicklung"]),
            ("Energiespeicher", &["energie", "speicher"]),
            ("Energiespeichern", &["energie", "speicher"]),
            ("Softwarelösungen", &["software", "lösung"]),
            ("Wasserstoffspeicher", &["wasserstoff", "speicher"]),
            ("Handelskammer", &["handel", "kammer"]),
            ("Stadtverwaltung", &["stadt", "verwaltung"]),
            ("Gesundheitsversorgung", &["gesundheit", "versorgung"]),
            (
                "Krankenhausinformationssystem",
                &["krankenhaus", "information", "system"],
            ),
            ("Datenschutz", &["daten", "schutz"]),
            ("Datenschutzbeauftragter", &[]),
            ("Fernwärmenetz", &["fernwärme", "netz"]),
            ("Sonnenenergie", &["sonne", "energie"]),
            ("Kinderbetreuung", &["kind", "betreuung"]),
            ("Sprachschule", &["sprache", "schule"]),
            ("Schulbuch", &["schule", "buch"]),
            ("Elektromobilität", &[]),
            ("Elektrofahrzeug", &["elektro", "fahrzeug"]),
            ("Ladestationen", &["lade", "station"]),
            ("Kreditkartenzahlung", &["kreditkarte", "zahlung"]),
            ("Immobilienmarkt", &["immobilie", "markt"]),
            ("Rathausplatz", &["rathaus", "platz"]),
            ("Wirtschaftsagentur", &["wirtschaft", "agentur"]),
            ("Projektpartner", &["projekt", "partner"]),
            ("Geschäftspartnerschaft", &["geschäft", "partnerschaft"]),
            ("Großhandel", &["gross", "handel"]),
            ("Straßenbahnhaltestelle", &["strassenbahn", "haltestelle"]),
            ("Fachkräftemangel", &["fachkräfte", "mangel"]),
            ("Forschungseinrichtung", &["forschung", "einrichtung"]),
            (
                "Digitalisierungsstrategie",
                &["digitalisierung", "strategie"],
            ),
            ("Tourismusverband", &["tourismus", "verband"]),
            ("Abfallwirtschaft", &["abfall", "wirtschaft"]),
            ("Lieferkettengesetz", &["lieferkette", "gesetz"]),
        ];
        for (word, expected) in cases {
            assert_eq!(parts(word), *expected, "{word}");
        }
    }

    #[test]
    fn leaves_simple_and_unknown_words_whole() {
        for word in [
            "Verkehr",
            "Bank",
            "Wien",
            "Unternehmen",
            "Landschaft",
            "Beratung",
            "Gestalt",
            "Bauer",
            "Vereinbarung",
            "Xylophon",
            "Sofia",
            "Report",
            "Export",
            "Zahlungen",
        ] {
            assert!(parts(word).is_empty(), "{word} split as {:?}", parts(word));
        }
    }

    #[test]
    fn ignores_non_words_and_extremes() {
        assert!(parts("").is_empty());
        assert!(parts("Energie2030speicher").is_empty());
        assert!(parts(&"energie".repeat(20)).is_empty());
    }
}
