//! Bulgarian Cyrillic to Latin, by the official Bulgarian system (Transliteration Act 2009),
//! used for slugs and so that a Latin query finds a Cyrillic name.

fn map(c: char) -> Option<&'static str> {
    Some(match c {
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' => "g",
        'д' => "d",
        'е' => "e",
        'ж' => "zh",
        'з' => "z",
        'и' => "i",
        'й' => "y",
        'к' => "k",
        'л' => "l",
        'м' => "m",
        'н' => "n",
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' => "u",
        'ф' => "f",
        'х' => "h",
        'ц' => "ts",
        'ч' => "ch",
        'ш' => "sh",
        'щ' => "sht",
        'ъ' => "a",
        'ь' => "y",
        'ю' => "yu",
        'я' => "ya",
        'ѝ' => "i",
        'ё' => "yo",
        'ы' => "y",
        'э' => "e",
        'А' => "A",
        'Б' => "B",
        'В' => "V",
        'Г' => "G",
        'Д' => "D",
        'Е' => "E",
        'Ж' => "Zh",
        'З' => "Z",
        'И' => "I",
        'Й' => "Y",
        'К' => "K",
        'Л' => "L",
        'М' => "M",
        'Н' => "N",
        'О' => "O",
        'П' => "P",
        'Р' => "R",
        'С' => "S",
        'Т' => "T",
        'У' => "U",
        'Ф' => "F",
        'Х' => "H",
        'Ц' => "Ts",
        'Ч' => "Ch",
        'Ш' => "Sh",
        'Щ' => "Sht",
        'Ъ' => "A",
        'Ь' => "Y",
        'Ю' => "Yu",
        'Я' => "Ya",
        _ => return None,
    })
}

/// Transliterates Bulgarian Cyrillic letters; other characters pass through. The ending "-ия"
/// is written "-ia" as the law prescribes (София → Sofia).
pub fn bg_to_latin(s: &str) -> String {
    // The law's one exception: the country keeps its established name.
    let s = s
        .replace("България", "Bulgaria")
        .replace("БЪЛГАРИЯ", "BULGARIA");
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let at_word_end = |j: usize| chars.get(j).is_none_or(|n| !n.is_alphabetic());
        if (c == 'и' || c == 'И')
            && matches!(chars.get(i + 1), Some('я' | 'Я'))
            && at_word_end(i + 2)
        {
            out.push_str(if c == 'И' { "I" } else { "i" });
            out.push(if chars[i + 1] == 'Я' { 'A' } else { 'a' });
            i += 2;
            continue;
        }
        match map(c) {
            Some(latin) => out.push_str(latin),
            None => out.push(c),
        }
        i += 1;
    }
    out
}

/// The first Latin letter, lower-cased, a Cyrillic letter transliterates to.
pub(crate) fn latin_initial(c: char) -> Option<char> {
    map(c)?.chars().next().map(|l| l.to_ascii_lowercase())
}

/// A word of Bulgarian letters in lower-case Latin, as `fold` would give it, without its
/// general (slower) path; `None` for any other word, and for the country's name, which has
/// its own spelling.
pub(crate) fn fold_cyrillic_word(word: &str) -> Option<String> {
    if word.contains("България") || word.contains("БЪЛГАРИЯ") {
        return None;
    }
    let mut out = String::with_capacity(word.len());
    let mut chars = word.chars().peekable();
    while let Some(c) = chars.next() {
        if matches!(c, 'и' | 'И') && matches!(chars.peek(), Some('я' | 'Я')) {
            chars.next();
            if chars.peek().is_none() {
                out.push_str("ia");
                continue;
            }
            out.push('i');
            out.push_str("ya");
            continue;
        }
        out.extend(map(c)?.chars().map(|l| l.to_ascii_lowercase()));
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn follows_the_official_system() {
        assert_eq!(bg_to_latin("София"), "Sofia");
        assert_eq!(bg_to_latin("Виена"), "Viena");
        assert_eq!(bg_to_latin("Щастлива България"), "Shtastliva Bulgaria");
        assert_eq!(bg_to_latin("Юнак Пловдив"), "Yunak Plovdiv");
        assert_eq!(bg_to_latin("Wien 1010"), "Wien 1010");
    }

    #[test]
    fn the_quick_fold_of_cyrillic_words_agrees() {
        let words = [
            "София",
            "СОФИЯ",
            "компания",
            "компании",
            "Щастлива",
            "Юнак",
            "ѝ",
            "Ъгъл",
            "Ия",
            "ИЯ",
            "история",
            "Тръст",
            "йод",
            "иял",
        ];
        for word in words {
            assert_eq!(fold_cyrillic_word(word), Some(crate::fold(word)), "{word}");
        }
        // Anything the quick path does not know goes the general way.
        for word in ["Sofia", "Ѐ", "Ёж", "България", "Българияинвест", "Soфия"]
        {
            assert_eq!(fold_cyrillic_word(word), None, "{word}");
        }
    }
}
