//! The content languages the platform analyses.

use std::fmt;

/// A language whose text we analyse (stop words, stemming, compounds).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Language {
    Bg,
    De,
    En,
}

impl Language {
    pub const ALL: [Language; 3] = [Language::Bg, Language::De, Language::En];

    /// The ISO 639-1 code: "bg", "de" or "en".
    pub fn code(self) -> &'static str {
        match self {
            Language::Bg => "bg",
            Language::De => "de",
            Language::En => "en",
        }
    }

    /// Parses an ISO 639-1 code, ignoring case and a region suffix ("de-AT" is German).
    pub fn from_code(code: &str) -> Option<Language> {
        let primary = code.split(['-', '_']).next().unwrap_or_default();
        match primary.to_ascii_lowercase().as_str() {
            "bg" => Some(Language::Bg),
            "de" => Some(Language::De),
            "en" => Some(Language::En),
            _ => None,
        }
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for lang in Language::ALL {
            assert_eq!(Language::from_code(lang.code()), Some(lang));
        }
        assert_eq!(Language::from_code("de-AT"), Some(Language::De));
        assert_eq!(Language::from_code("EN"), Some(Language::En));
        assert_eq!(Language::from_code("fr"), None);
        assert_eq!(Language::from_code(""), None);
    }
}
