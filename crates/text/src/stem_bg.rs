//! A light stemmer for Bulgarian, the language no published stemmer crate covers.
//!
//! It follows the shape of Savoy's light stemmer (remove the definite article, then plural
//! endings, then a final vowel) and extends it where that stemmer leaves common business words
//! unconflated: the article is removed only where the remaining word can carry it, every final
//! vowel goes (so "компания", "компании" and "компаниите" meet), fleeting vowels are dropped
//! ("център"/"центрове", "основен"/"основни") and the consonant alternations of plurals are
//! undone ("работник"/"работници", "диалог"/"диалози"). Stems are index terms, not words.

/// The stem of a lower-cased word. Words with anything but Cyrillic letters come back as they
/// are, so Latin brand names and numbers in Bulgarian text survive untouched.
pub fn stem(word: &str) -> String {
    if word.is_empty() || !word.chars().all(is_cyrillic_letter) {
        return word.to_string();
    }
    let mut w: Vec<char> = word
        .chars()
        .map(|c| if c == 'ѝ' { 'и' } else { c })
        .collect();
    if w.len() < 4 {
        return w.into_iter().collect();
    }
    remove_article(&mut w);
    remove_plural(&mut w);
    strip_final_vowels(&mut w);
    drop_fleeting_vowel(&mut w);
    undo_alternation(&mut w);
    w.into_iter().collect()
}

fn is_cyrillic_letter(c: char) -> bool {
    matches!(c, 'а'..='я' | 'ѐ'..='џ')
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'а' | 'е' | 'и' | 'о' | 'у' | 'ъ' | 'ю' | 'я')
}

fn ends_with(w: &[char], suffix: &str) -> bool {
    let n = suffix.chars().count();
    w.len() >= n && w[w.len() - n..].iter().copied().eq(suffix.chars())
}

/// The definite article: "-ът/-ят" (masculine), "-та" (feminine), "-то" (neuter), "-те"
/// (plural) and the adjectival "-ият". "-та", "-то" and "-те" are removed only after a letter
/// that can carry them, so "проекта" (short article on "проект") and "работа" keep their "т".
fn remove_article(w: &mut Vec<char>) {
    let n = w.len();
    if n > 5 && ends_with(w, "ият") {
        w.truncate(n - 3);
    } else if n > 4 && ends_with(w, "ът") && !is_vowel(w[n - 3]) {
        w.truncate(n - 2);
    } else if n > 4 && ends_with(w, "ят") {
        // After a vowel too: "музеят" is "музей" with its article.
        w.truncate(n - 2);
    } else if n > 5 && ends_with(w, "та") {
        let rest = &w[..n - 2];
        let feminine = matches!(w[n - 3], 'а' | 'я') || ends_with(rest, "ст") || w[n - 3] == 'щ';
        if feminine {
            w.truncate(n - 2);
        }
    } else if n > 5
        && ((ends_with(w, "то") && matches!(w[n - 3], 'о' | 'е' | 'и' | 'у' | 'ю'))
            || (ends_with(w, "те") && matches!(w[n - 3], 'и' | 'е')))
    {
        w.truncate(n - 2);
    }
}

/// Masculine plural endings that a final-vowel strip would not undo.
fn remove_plural(w: &mut Vec<char>) {
    let n = w.len();
    // Savoy also maps "-овци" to "-о" ("дядовци"), but that breaks the far more common
    // "-овец"/"-овци" nouns ("търговец"/"търговци"), so it is left out.
    if n >= 6 && ends_with(w, "ове") {
        // "градове" → "град"
        w.truncate(n - 3);
    } else if n > 6 && ends_with(w, "еве") {
        // "боеве" → "бой"
        w.truncate(n - 3);
        w.push('й');
    }
}

/// Gender, number and short-article vowels, and a final "й" ("музей"/"музеи"), while at least
/// three letters remain.
fn strip_final_vowels(w: &mut Vec<char>) {
    while w.len() > 3 && w.last().is_some_and(|&c| is_vowel(c) || c == 'й') {
        w.pop();
    }
}

/// The vowel that disappears in other forms: "център" → "центр" (as in "центрове"),
/// "основен" → "основн" (as in "основна"), "търговец" → "търговц" (as in "търговци").
fn drop_fleeting_vowel(w: &mut Vec<char>) {
    let n = w.len();
    if n <= 4 || is_vowel(w[n - 1]) || is_vowel(w[n - 3]) {
        return;
    }
    let fleeting = w[n - 2] == 'ъ' || (w[n - 2] == 'е' && matches!(w[n - 1], 'н' | 'ц'));
    if fleeting {
        w.remove(n - 2);
    }
}

/// Plurals soften a final consonant ("работник" → "работници", "диалог" → "диалози"); mapping
/// the soft form back in every form keeps them together.
fn undo_alternation(w: &mut [char]) {
    if let Some(last) = w.last_mut() {
        *last = match *last {
            'ц' => 'к',
            'з' => 'г',
            c => c,
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every form in each group must share one stem.
    fn assert_conflate(forms: &[&str]) {
        let first = stem(forms[0]);
        for form in &forms[1..] {
            assert_eq!(stem(form), first, "{form} vs {}", forms[0]);
        }
    }

    #[test]
    fn nouns_conflate_across_number_and_article() {
        let groups: &[&[&str]] = &[
            &["плащане", "плащания", "плащанията", "плащането"],
            &[
                "партньор",
                "партньори",
                "партньорите",
                "партньорът",
                "партньора",
            ],
            &["компания", "компании", "компаниите", "компанията"],
            &["технология", "технологии", "технологиите", "технологията"],
            &["банка", "банки", "банките", "банката"],
            &["град", "градове", "градовете", "града", "градът"],
            &["проект", "проекта", "проектът", "проекти", "проектите"],
            &["услуга", "услуги", "услугите", "услугата"],
            &["център", "центъра", "центърът", "центрове", "центровете"],
            &["договор", "договори", "договорите", "договора", "договорът"],
            &["търговец", "търговци", "търговците"],
            &["работник", "работници", "работниците"],
            &["доставчик", "доставчици", "доставчиците", "доставчика"],
            &["диалог", "диалози", "диалозите"],
            &["възможност", "възможности", "възможността", "възможностите"],
            &["инвестиция", "инвестиции", "инвестициите", "инвестицията"],
            &["пазар", "пазари", "пазарите", "пазарът", "пазара"],
            &[
                "споразумение",
                "споразумения",
                "споразумението",
                "споразуменията",
            ],
            &["сътрудничество", "сътрудничеството"],
            &["фирма", "фирми", "фирмите", "фирмата"],
            &["клиент", "клиенти", "клиентите", "клиентът", "клиента"],
            &["иновация", "иновации", "иновациите", "иновацията"],
            &["система", "системи", "системите", "системата"],
            &["продукт", "продукти", "продуктите", "продукта"],
            &["решение", "решения", "решенията", "решението"],
            &["община", "общини", "общините", "общината"],
            &[
                "предприятие",
                "предприятия",
                "предприятията",
                "предприятието",
            ],
            &["туризъм", "туризма", "туризмът"],
            &["механизъм", "механизми", "механизмите"],
            &["училище", "училища", "училищата"],
            &["идея", "идеи", "идеите", "идеята"],
            &["цена", "цени", "цените", "цената"],
            &["музей", "музеи", "музея", "музеят"],
            &["учител", "учители", "учителят", "учителите"],
            &["текст", "текста", "текстът", "текстове"],
            &["помощ", "помощта"],
            &["енергия", "енергии", "енергията"],
        ];
        for group in groups {
            assert_conflate(group);
        }
    }

    #[test]
    fn adjectives_conflate_across_gender_and_article() {
        assert_conflate(&[
            "основен",
            "основна",
            "основно",
            "основни",
            "основния",
            "основният",
        ]);
        assert_conflate(&[
            "български",
            "българска",
            "българско",
            "българския",
            "българските",
        ]);
        assert_conflate(&["нов", "нова", "ново", "нови", "новият", "новата"]);
    }

    #[test]
    fn different_words_stay_apart() {
        assert_ne!(stem("банка"), stem("бизнес"));
        assert_ne!(stem("работа"), stem("работник"));
        assert_ne!(stem("град"), stem("градина"));
    }

    #[test]
    fn keeps_short_latin_and_mixed_words() {
        assert_eq!(stem("от"), "от");
        assert_eq!(stem("при"), "при");
        assert_eq!(stem("software"), "software");
        assert_eq!(stem("2026"), "2026");
        assert_eq!(stem("it-фирма"), "it-фирма");
        assert_eq!(stem(""), "");
    }

    #[test]
    fn never_shortens_below_three_letters() {
        for word in ["идея", "зона", "ново", "аааа", "ъъъъъъ", "тетете", "ятятят"]
        {
            assert!(stem(word).chars().count() >= 3, "{word} → {}", stem(word));
        }
    }
}
