//! The three interface languages and text kept per language.

use serde::{Deserialize, Serialize};

/// An interface and content language.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    PartialOrd,
    Ord,
    utoipa::ToSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Bg,
    De,
    En,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::Bg, Lang::De, Lang::En];

    pub fn code(self) -> &'static str {
        match self {
            Lang::Bg => "bg",
            Lang::De => "de",
            Lang::En => "en",
        }
    }

    pub fn parse(s: &str) -> Option<Lang> {
        match s.trim().to_ascii_lowercase().as_str() {
            "bg" => Some(Lang::Bg),
            "de" => Some(Lang::De),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The language's own name, as shown in a language switcher.
    pub fn endonym(self) -> &'static str {
        match self {
            Lang::Bg => "Български",
            Lang::De => "Deutsch",
            Lang::En => "English",
        }
    }

    /// Picks the best supported language from an HTTP `Accept-Language` header.
    pub fn from_accept_language(header: &str) -> Option<Lang> {
        let mut best: Option<(Lang, f32)> = None;
        for part in header.split(',') {
            let mut pieces = part.trim().split(';');
            let tag = pieces.next().unwrap_or("").trim();
            let q = pieces
                .find_map(|p| p.trim().strip_prefix("q="))
                .and_then(|q| q.trim().parse::<f32>().ok())
                .unwrap_or(1.0);
            let primary = tag.split('-').next().unwrap_or("");
            if let Some(lang) = Lang::parse(primary)
                && q > 0.0
                && best.is_none_or(|(_, bq)| q > bq)
            {
                best = Some((lang, q));
            }
        }
        best.map(|(l, _)| l)
    }

    /// Parses a comma-separated list such as `"bg,en"`, ignoring unknown codes.
    pub fn parse_list(s: &str) -> Vec<Lang> {
        let mut out: Vec<Lang> = s.split(',').filter_map(Lang::parse).collect();
        out.dedup();
        out
    }

    pub fn join(langs: &[Lang]) -> String {
        langs.iter().map(|l| l.code()).collect::<Vec<_>>().join(",")
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// A text given in some of the three languages (at least one, checked by validation).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Localized {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bg: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub de: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub en: Option<String>,
}

impl Localized {
    pub fn new(bg: Option<String>, de: Option<String>, en: Option<String>) -> Self {
        let clean = |s: Option<String>| s.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
        Localized {
            bg: clean(bg),
            de: clean(de),
            en: clean(en),
        }
    }

    pub fn all(bg: &str, de: &str, en: &str) -> Self {
        Localized::new(Some(bg.into()), Some(de.into()), Some(en.into()))
    }

    pub fn get_exact(&self, lang: Lang) -> Option<&str> {
        match lang {
            Lang::Bg => self.bg.as_deref(),
            Lang::De => self.de.as_deref(),
            Lang::En => self.en.as_deref(),
        }
    }

    /// The text in `lang`, else in English, else in any language given.
    pub fn get(&self, lang: Lang) -> &str {
        self.get_exact(lang)
            .or(self.en.as_deref())
            .or(self.de.as_deref())
            .or(self.bg.as_deref())
            .unwrap_or("")
    }

    /// Which language `get(lang)` answers in, so pages can tag text with `lang`.
    pub fn lang_of(&self, lang: Lang) -> Lang {
        if self.get_exact(lang).is_some() {
            lang
        } else if self.en.is_some() {
            Lang::En
        } else if self.de.is_some() {
            Lang::De
        } else {
            Lang::Bg
        }
    }

    pub fn is_empty(&self) -> bool {
        self.bg.is_none() && self.de.is_none() && self.en.is_none()
    }

    pub fn values(&self) -> impl Iterator<Item = (Lang, &str)> {
        Lang::ALL
            .into_iter()
            .filter_map(|l| self.get_exact(l).map(|s| (l, s)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_prefers_highest_quality_supported_tag() {
        assert_eq!(
            Lang::from_accept_language("fr-FR,de;q=0.8,en;q=0.5"),
            Some(Lang::De)
        );
        assert_eq!(Lang::from_accept_language("bg-BG"), Some(Lang::Bg));
        assert_eq!(Lang::from_accept_language("fr, it"), None);
        assert_eq!(
            Lang::from_accept_language("en;q=0, de;q=0.1"),
            Some(Lang::De)
        );
    }

    #[test]
    fn localized_falls_back_to_english_then_any() {
        let l = Localized::new(Some("София".into()), None, Some("Sofia".into()));
        assert_eq!(l.get(Lang::De), "Sofia");
        assert_eq!(l.lang_of(Lang::De), Lang::En);
        let only_bg = Localized::new(Some("Пловдив".into()), Some("  ".into()), None);
        assert_eq!(only_bg.get(Lang::En), "Пловдив");
        assert_eq!(only_bg.de, None);
    }
}
