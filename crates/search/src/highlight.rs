//! Title and snippet of a hit as HTML: escaped text with `<mark>` around the words the query
//! matched, taken from the version (original or translation) that matched best.

use crate::indexing::language_of;
use crate::query_builder::HighlightTerms;
use city2city_text::Analysis;

/// Snippet length in characters.
const SNIPPET_CHARS: usize = 240;
/// Characters of context kept before the first highlighted word of a snippet.
const LEAD_CHARS: usize = 50;

/// One stored version of a record's text.
pub(crate) struct Version<'a> {
    pub lang: &'a str,
    pub title: &'a str,
    pub summary: &'a str,
    pub body: &'a str,
}

pub(crate) struct Highlighted {
    pub lang: String,
    pub title_html: String,
    pub snippet_html: String,
}

/// Byte ranges of matched words, sorted and disjoint.
type Ranges = Vec<(usize, usize)>;

pub(crate) fn highlight(terms: Option<&HighlightTerms>, versions: &[Version<'_>]) -> Highlighted {
    let ranges = |version: &Version<'_>, text: &str| match terms {
        Some(terms) => matched_ranges(terms, Analysis::Lang(language_of(version.lang)), text),
        None => Vec::new(),
    };
    // Bodies are long: pick the version by title and summary, and look into bodies only when
    // those show no match.
    let mut best: Option<(usize, &Version<'_>, Ranges, Ranges)> = None;
    for version in versions {
        let title = ranges(version, version.title);
        let summary = ranges(version, version.summary);
        let weight = 3 * title.len() + summary.len();
        if best.as_ref().is_none_or(|(w, ..)| weight > *w) {
            best = Some((weight, version, title, summary));
        }
    }
    let Some((weight, mut version, mut title, summary)) = best else {
        return Highlighted {
            lang: String::new(),
            title_html: String::new(),
            snippet_html: String::new(),
        };
    };
    let snippet_html = if !summary.is_empty() {
        snippet(version.summary, &summary)
    } else {
        let mut body = Vec::new();
        if terms.is_some() {
            let candidates: &[Version<'_>] = if weight == 0 {
                versions
            } else {
                std::slice::from_ref(version)
            };
            for candidate in candidates {
                let matches = ranges(candidate, candidate.body);
                if matches.len() > body.len() {
                    if !std::ptr::eq(candidate, version) {
                        title = ranges(candidate, candidate.title);
                        version = candidate;
                    }
                    body = matches;
                }
            }
        }
        if body.is_empty() && !version.summary.is_empty() {
            snippet(version.summary, &[])
        } else {
            snippet(version.body, &body)
        }
    };
    Highlighted {
        lang: version.lang.to_string(),
        title_html: mark(version.title, &title),
        snippet_html,
    }
}

/// Byte ranges of the words of `text` whose terms the query asked for, in the language's own
/// analysis or folded, sorted and merged.
fn matched_ranges(terms: &HighlightTerms, analysis: Analysis, text: &str) -> Ranges {
    let mut ranges = terms.matcher(analysis).find(text);
    ranges.extend(terms.matcher(Analysis::Folded).find(text));
    ranges.sort_unstable();
    let mut merged: Ranges = Vec::with_capacity(ranges.len());
    for (start, end) in ranges {
        match merged.last_mut() {
            Some(last) if start <= last.1 => last.1 = last.1.max(end),
            _ => merged.push((start, end)),
        }
    }
    merged
}

/// A window of at most [`SNIPPET_CHARS`] around the densest run of matches.
fn snippet(text: &str, ranges: &[(usize, usize)]) -> String {
    let starts: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
    let chars = starts.len();
    if chars <= SNIPPET_CHARS {
        return mark(text, ranges);
    }
    let char_at = |byte: usize| starts.partition_point(|&b| b < byte);
    let byte_at = |ch: usize| starts.get(ch).copied().unwrap_or(text.len());

    let mut from = 0;
    let mut best = 0;
    for &(anchor, _) in ranges {
        let start = char_at(anchor).saturating_sub(LEAD_CHARS);
        let end = start + SNIPPET_CHARS;
        let n = ranges
            .iter()
            .filter(|r| char_at(r.0) >= start && char_at(r.1) <= end)
            .count();
        if n > best {
            best = n;
            from = start;
        }
    }
    from = from.min(chars - SNIPPET_CHARS);
    let mut to = from + SNIPPET_CHARS;
    // Cut at spaces rather than inside words when one is close.
    if from > 0
        && let Some(space) =
            (from..(from + 20).min(to)).find(|&c| text[byte_at(c)..].starts_with(' '))
    {
        from = space + 1;
    }
    if to < chars
        && let Some(space) = ((to.saturating_sub(20)).max(from)..to)
            .rev()
            .find(|&c| text[byte_at(c)..].starts_with(' '))
    {
        to = space;
    }
    let (start, end) = (byte_at(from), byte_at(to));
    let inside: Vec<(usize, usize)> = ranges
        .iter()
        .filter(|r| r.0 >= start && r.1 <= end)
        .map(|r| (r.0 - start, r.1 - start))
        .collect();
    let mut out = String::new();
    if from > 0 {
        out.push('…');
    }
    out.push_str(&mark(&text[start..end], &inside));
    if to < chars {
        out.push('…');
    }
    out
}

/// `text` escaped, with the (sorted, disjoint) byte ranges wrapped in `<mark>`.
fn mark(text: &str, ranges: &[(usize, usize)]) -> String {
    let mut out = String::with_capacity(text.len() + ranges.len() * 13);
    let mut at = 0;
    for &(start, end) in ranges {
        if start < at || end > text.len() {
            continue;
        }
        escape_into(&mut out, &text[at..start]);
        out.push_str("<mark>");
        escape_into(&mut out, &text[start..end]);
        out.push_str("</mark>");
        at = end;
    }
    escape_into(&mut out, &text[at..]);
    out
}

fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_and_escapes() {
        assert_eq!(
            mark("a <b> & c", &[(0, 1), (8, 9)]),
            "<mark>a</mark> &lt;b&gt; &amp; <mark>c</mark>"
        );
        assert_eq!(mark("x", &[]), "x");
    }

    #[test]
    fn snippets_centre_on_matches_and_stay_short() {
        let text = format!("{} Zahlung {}", "lorem ".repeat(100), "ipsum ".repeat(100));
        let at = text.find("Zahlung").unwrap_or_default();
        let s = snippet(&text, &[(at, at + "Zahlung".len())]);
        assert!(s.contains("<mark>Zahlung</mark>"), "{s}");
        assert!(s.starts_with('…') && s.ends_with('…'), "{s}");
        assert!(s.chars().count() <= SNIPPET_CHARS + 2 + "<mark></mark>".len());
    }

    #[test]
    fn snippets_cut_multibyte_text_safely() {
        let text = "София ".repeat(200);
        let s = snippet(&text, &[(0, "София".len())]);
        assert!(s.starts_with("<mark>София</mark>"), "{s}");
        let s = snippet(&text, &[]);
        assert!(s.ends_with('…'));
    }
}
