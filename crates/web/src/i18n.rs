//! Interface translations: Fluent message files in `locales/{bg,de,en}/main.ftl`, compiled into
//! the binary. English is the fallback for a missing message.

use city2city_domain::Lang;
use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader};
use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::OnceLock;

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "en",
        // Without this, Fluent wraps arguments in invisible bidi marks that end up in HTML.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

fn langid(lang: Lang) -> &'static LanguageIdentifier {
    static IDS: OnceLock<[LanguageIdentifier; 3]> = OnceLock::new();
    let ids = IDS
        .get_or_init(|| ["bg", "de", "en"].map(|c| c.parse().expect("valid language identifier")));
    &ids[match lang {
        Lang::Bg => 0,
        Lang::De => 1,
        Lang::En => 2,
    }]
}

/// The message `key` in `lang`; the key itself when no language has it (visible in tests).
pub fn t(lang: Lang, key: &str) -> String {
    LOCALES
        .try_lookup(langid(lang), key)
        .unwrap_or_else(|| key.to_string())
}

/// The message `key` with named arguments.
pub fn t_args(lang: Lang, key: &str, args: &[(&str, String)]) -> String {
    let map: HashMap<Cow<'static, str>, FluentValue<'_>> = args
        .iter()
        .map(|(k, v)| (Cow::Owned(k.to_string()), FluentValue::from(v.clone())))
        .collect();
    LOCALES
        .try_lookup_with_args(langid(lang), key, &map)
        .unwrap_or_else(|| key.to_string())
}

/// The message for a validation error code (`err-<code>`), else the English text given.
pub fn field_error(lang: Lang, code: &str, fallback: &str) -> String {
    let key = format!("err-{code}");
    LOCALES
        .try_lookup(langid(lang), &key)
        .unwrap_or_else(|| fallback.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Message ids of every `.ftl` file of a language.
    fn keys(lang: &str) -> Vec<String> {
        let dir = format!("{}/locales/{lang}", env!("CARGO_MANIFEST_DIR"));
        let mut text = String::new();
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "ftl") {
                text.push_str(&std::fs::read_to_string(path).unwrap());
                text.push('\n');
            }
        }
        let mut keys: Vec<String> = text
            .lines()
            .filter(|l| !l.starts_with([' ', '#', '-', '.', '*', '[']) && l.contains(" ="))
            .map(|l| l.split(" =").next().unwrap().trim().to_string())
            .collect();
        keys.sort();
        keys
    }

    #[test]
    fn every_message_exists_in_all_three_languages() {
        let en = keys("en");
        assert!(en.len() > 50, "English messages: {}", en.len());
        for lang in ["bg", "de"] {
            let other = keys(lang);
            let missing: Vec<_> = en.iter().filter(|k| !other.contains(k)).collect();
            let extra: Vec<_> = other.iter().filter(|k| !en.contains(k)).collect();
            assert!(missing.is_empty(), "{lang} lacks {missing:?}");
            assert!(extra.is_empty(), "{lang} has keys English lacks: {extra:?}");
        }
        let mut dedup = en.clone();
        dedup.dedup();
        assert_eq!(dedup.len(), en.len(), "a message id is defined twice");
    }

    #[test]
    fn messages_are_translated_without_bidi_marks() {
        assert_eq!(t(Lang::De, "nav-organisations"), "Organisationen");
        assert_eq!(t(Lang::Bg, "nav-organisations"), "Организации");
        let s = t_args(
            Lang::En,
            "pagination-summary",
            &[
                ("from", "1".into()),
                ("to", "50".into()),
                ("total", "120".into()),
            ],
        );
        assert!(!s.contains('\u{2068}'), "{s:?}");
        assert!(s.contains("120"));
    }
}
