//! Realistic-looking opportunities in Bulgarian, German and English from a fixed vocabulary,
//! generated deterministically from a seed: for benchmarks and load tests, never for content.
//!
//! Word frequencies are skewed as in real text (function words, a domain vocabulary of common
//! business words, and a long tail of rare made-up words), and texts have the usual lengths: a
//! title of about 8 words, a summary of about 40 and a body of about 150.

use crate::document::{DocKind, Document, Translation};

pub const CATEGORIES: [&str; 5] = [
    "business_offer",
    "business_request",
    "technology_offer",
    "research_request",
    "public_tender",
];
pub const SECTORS: [&str; 12] = [
    "ict",
    "energy",
    "health",
    "tourism",
    "mobility",
    "finance",
    "construction",
    "food",
    "education",
    "creative",
    "manufacturing",
    "public-services",
];
pub const CITIES: [&str; 2] = ["sofia", "vienna"];
/// The first publication time (2026-01-01) and the spacing of records after it.
const EPOCH: i64 = 1_767_225_600;
const SPACING: i64 = 300;

#[rustfmt::skip]
const BG_WORDS: &[&str] = &[
    "партньор", "партньори", "партньорите", "фирма", "фирмата", "компания", "компании", "софтуер",
    "софтуера", "разработка", "разработки", "плащане", "плащания", "плащанията", "банка", "банки",
    "банките", "услуга", "услуги", "услугите", "проект", "проекти", "проектите", "пазар", "пазари",
    "пазара", "клиент", "клиенти", "клиентите", "инвестиция", "инвестиции", "иновации",
    "технология", "технологии", "технологиите", "енергия", "енергийна", "ефективност", "туризъм",
    "туризма", "хотел", "хотели", "ресторант", "логистика", "транспорт", "доставчик", "доставчици",
    "производство", "производител", "търговец", "търговци", "договор", "договори", "споразумение",
    "сътрудничество", "обучение", "обучения", "университет", "изследвания", "здравеопазване",
    "болница", "медицински", "изделия", "строителство", "сграда", "сгради", "недвижими", "имоти",
    "община", "общината", "град", "градове", "градовете", "център", "центрове", "система",
    "системи", "системата", "решение", "решения", "качество", "опит", "екип", "експерти",
    "консултации", "маркетинг", "продажби", "износ", "внос", "европейски", "български",
    "австрийски", "дигитален", "онлайн", "платформа", "мобилни", "приложения", "данни", "сигурност",
    "облачни", "автоматизация", "храни", "вино", "земеделие", "култура", "дизайн", "архитектура",
    "финансиране", "кредит", "застраховане", "съвместно", "предприятие", "възможност",
    "възможности", "дистрибуция", "франчайз", "лиценз",
];
#[rustfmt::skip]
const BG_FUNCTION: &[&str] = &[
    "и", "в", "за", "на", "с", "от", "по", "към", "със", "които", "който", "е", "са", "ние",
    "търсим", "предлагаме", "имаме", "нашата", "нашия", "нови", "добър", "много",
];

#[rustfmt::skip]
const DE_WORDS: &[&str] = &[
    "Partner", "Partnerschaft", "Unternehmen", "Firma", "Software", "Softwareentwicklung",
    "Zahlung", "Zahlungen", "Zahlungsverkehrsschnittstelle", "Bank", "Banken", "Bankkonto",
    "Dienstleistung", "Dienstleistungen", "Projekt", "Projekte", "Projektpartner", "Markt",
    "Märkte", "Kunden", "Kundenservice", "Investition", "Investitionen", "Innovation",
    "Technologie", "Technologien", "Energie", "Energiespeicher", "Energieeffizienz", "Solaranlage",
    "Windkraft", "Tourismus", "Hotel", "Hotels", "Restaurant", "Logistik", "Transport", "Lieferant",
    "Lieferanten", "Lieferkette", "Produktion", "Hersteller", "Handel", "Handelskammer", "Vertrag",
    "Verträge", "Kooperation", "Kooperationspartner", "Ausbildung", "Weiterbildung", "Universität",
    "Forschung", "Forschungseinrichtung", "Gesundheit", "Gesundheitsversorgung", "Krankenhaus",
    "Medizinprodukte", "Pflege", "Pflegeheim", "Bau", "Gebäude", "Immobilien", "Immobilienmarkt",
    "Gemeinde", "Stadt", "Stadtverwaltung", "Städte", "Zentrum", "System", "Systeme", "Lösung",
    "Lösungen", "Softwarelösungen", "Qualität", "Erfahrung", "Team", "Experten", "Beratung",
    "Unternehmensberatung", "Marketing", "Vertrieb", "Export", "Import", "europäische",
    "österreichische", "bulgarische", "digitale", "Digitalisierung", "Plattform", "Apps", "Daten",
    "Datenschutz", "Sicherheit", "Cloud", "Automatisierung", "Lebensmittel", "Wein",
    "Landwirtschaft", "Kultur", "Design", "Architektur", "Finanzierung", "Kredit", "Versicherung",
    "Gemeinschaftsunternehmen", "Möglichkeit", "Möglichkeiten", "Vertriebspartner", "Lizenz",
    "Elektromobilität", "Ladestationen", "Verkehr", "Fernwärme",
];
#[rustfmt::skip]
const DE_FUNCTION: &[&str] = &[
    "und", "in", "für", "mit", "der", "die", "das", "den", "von", "zu", "auf", "wir", "suchen",
    "bieten", "haben", "unsere", "einen", "eine", "neue", "sehr", "gute", "im",
];

#[rustfmt::skip]
const EN_WORDS: &[&str] = &[
    "partner", "partners", "partnership", "company", "companies", "software", "development",
    "developers", "payment", "payments", "bank", "banks", "banking", "service", "services",
    "project", "projects", "market", "markets", "customer", "customers", "investment",
    "investments", "innovation", "technology", "technologies", "energy", "storage", "efficiency",
    "solar", "wind", "tourism", "hotel", "hotels", "restaurant", "logistics", "transport",
    "supplier", "suppliers", "supply", "chain", "production", "manufacturer", "trade", "contract",
    "contracts", "cooperation", "training", "education", "university", "research", "health",
    "healthcare", "hospital", "medical", "devices", "care", "construction", "building", "buildings",
    "real", "estate", "municipality", "city", "cities", "centre", "system", "systems", "solution",
    "solutions", "quality", "experience", "team", "experts", "consulting", "marketing", "sales",
    "export", "import", "european", "austrian", "bulgarian", "digital", "digitalisation",
    "platform", "mobile", "apps", "data", "protection", "security", "cloud", "automation", "food",
    "wine", "agriculture", "culture", "design", "architecture", "financing", "loan", "insurance",
    "joint", "venture", "opportunity", "opportunities", "distribution", "franchise", "licence",
    "mobility", "charging", "stations", "traffic", "heating",
];
#[rustfmt::skip]
const EN_FUNCTION: &[&str] = &[
    "and", "in", "for", "with", "the", "a", "of", "to", "on", "we", "are", "looking", "offer",
    "have", "our", "new", "very", "good", "an", "by", "from", "is",
];

const BG_ORGS: &[&str] = &[
    "Сигил Тръст",
    "Балкан Софт",
    "Витоша Енерджи",
    "Дунав Логистик",
];
const DE_ORGS: &[&str] = &[
    "Donau Consulting",
    "Wiener Werkstatt",
    "Alpen Energie",
    "Ring Data",
];
const EN_ORGS: &[&str] = &[
    "Blue Bridge Ltd",
    "Danube Ventures",
    "Serdika Labs",
    "Capital Care",
];

/// SplitMix64: tiny, fast and good enough to make text look random.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in 0..n (n > 0).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// Skewed towards the start of 0..n: low indices are common, high ones rare.
    fn skewed(&mut self, n: usize) -> usize {
        let u = (self.next() >> 11) as f64 / (1u64 << 53) as f64;
        ((u * u) * n as f64) as usize % n
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }

    /// A rank in 0..n with Zipf-like frequencies (rank r about as common as 1/r).
    fn zipf(&mut self, n: u64) -> u64 {
        let u = (self.next() >> 11) as f64 / (1u64 << 53) as f64;
        ((n as f64).powf(u) as u64).saturating_sub(1).min(n - 1)
    }

    /// About `mean` (±50 %).
    fn around(&mut self, mean: usize) -> usize {
        mean / 2 + self.below(mean + 1)
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

struct Vocabulary {
    code: &'static str,
    words: &'static [&'static str],
    function: &'static [&'static str],
    orgs: &'static [&'static str],
}

const VOCABULARIES: [Vocabulary; 3] = [
    Vocabulary {
        code: "bg",
        words: BG_WORDS,
        function: BG_FUNCTION,
        orgs: BG_ORGS,
    },
    Vocabulary {
        code: "de",
        words: DE_WORDS,
        function: DE_FUNCTION,
        orgs: DE_ORGS,
    },
    Vocabulary {
        code: "en",
        words: EN_WORDS,
        function: EN_FUNCTION,
        orgs: EN_ORGS,
    },
];

/// Share of running text (in percent) taken by function words, by the domain vocabulary
/// above, and (the rest) by a long tail of rarer made-up words, as real text has thousands of
/// words that each occur seldom.
struct Mix {
    function: u64,
    domain: u64,
}

const TITLE_MIX: Mix = Mix {
    function: 15,
    domain: 50,
};
const TEXT_MIX: Mix = Mix {
    function: 35,
    domain: 20,
};
/// Size of each language's long tail.
const TAIL_WORDS: u64 = 20_000;

impl Vocabulary {
    /// About `mean` words of running text, optionally in sentences.
    fn text(&self, rng: &mut Rng, mean: usize, mix: &Mix, sentences: bool) -> String {
        let words = rng.around(mean).max(1);
        let mut out = String::with_capacity(words * 10);
        let mut tail = String::new();
        let mut in_sentence = 0;
        for i in 0..words {
            let roll = rng.below(100) as u64;
            let word = if roll < mix.function {
                rng.pick(self.function)
            } else if roll < mix.function + mix.domain {
                rng.pick(self.words)
            } else {
                tail.clear();
                self.tail_word(rng.zipf(TAIL_WORDS), &mut tail);
                tail.as_str()
            };
            if i > 0 {
                out.push(' ');
            }
            if in_sentence == 0 && sentences {
                let mut chars = word.chars();
                if let Some(first) = chars.next() {
                    out.extend(first.to_uppercase());
                    out.push_str(chars.as_str());
                }
            } else {
                out.push_str(word);
            }
            in_sentence += 1;
            if sentences && (in_sentence > 6 && rng.chance(15) || i + 1 == words) {
                out.push('.');
                in_sentence = 0;
            }
        }
        out
    }

    /// The made-up word of a rank: two to four syllables and an ending typical of the
    /// language, the same for the same rank.
    fn tail_word(&self, rank: u64, out: &mut String) {
        let (syllables, endings): (&[&str], &[&str]) = match self.code {
            "bg" => (BG_SYLLABLES, BG_ENDINGS),
            "de" => (DE_SYLLABLES, DE_ENDINGS),
            _ => (EN_SYLLABLES, EN_ENDINGS),
        };
        let mut rng = Rng(rank.wrapping_mul(0x2545_F491_4F6C_DD1D) ^ self.code.len() as u64);
        for _ in 0..2 + rng.below(3) {
            out.push_str(rng.pick(syllables));
        }
        out.push_str(rng.pick(endings));
    }
}

#[rustfmt::skip]
const BG_SYLLABLES: &[&str] = &[
    "ра", "то", "ни", "ка", "ве", "ло", "ми", "сте", "де", "за", "бо", "пре", "гра", "ко", "ду",
    "ли", "на", "по", "ри", "со", "тру", "хи", "це", "чу", "шо", "жи", "бла", "дре",
];
const BG_ENDINGS: &[&str] = &[
    "ия", "ане", "ост", "ник", "ка", "ство", "ен", "ни", "ът", "ите",
];
#[rustfmt::skip]
const DE_SYLLABLES: &[&str] = &[
    "ver", "ge", "bau", "werk", "lan", "stein", "hof", "mar", "ten", "ro", "sal", "kun", "berg",
    "feld", "tor", "wal", "brun", "ach", "ler", "mit", "zer", "all", "dorf", "wie",
];
const DE_ENDINGS: &[&str] = &[
    "ung", "heit", "keit", "schaft", "er", "en", "lich", "e", "nis",
];
#[rustfmt::skip]
const EN_SYLLABLES: &[&str] = &[
    "con", "pro", "ver", "al", "tri", "mo", "den", "lo", "ra", "sta", "ber", "cor", "fin", "gar",
    "hel", "mar", "nor", "pel", "quin", "ros", "sel", "tan", "vor", "wes",
];
const EN_ENDINGS: &[&str] = &[
    "tion", "ment", "able", "ing", "er", "ity", "ness", "al", "s",
];

/// The `i`-th synthetic opportunity of the set generated from `seed`; the same arguments give
/// the same record.
pub fn opportunity(seed: u64, i: u64) -> Document {
    let mut rng = Rng(seed ^ i.wrapping_mul(0xA076_1D64_78BD_642F));
    rng.next();
    let lang = match rng.below(10) {
        0..=3 => 0,
        4..=6 => 1,
        _ => 2,
    };
    let vocabulary = &VOCABULARIES[lang];
    let city = CITIES[rng.below(2)];
    let other = CITIES
        .iter()
        .filter(|c| **c != city)
        .map(|c| c.to_string())
        .collect();
    let prefix = if city == "sofia" { "SOF" } else { "VIE" };
    let title = vocabulary.text(&mut rng, 8, &TITLE_MIX, false);
    let summary = vocabulary.text(&mut rng, 40, &TEXT_MIX, true);
    let body = vocabulary.text(&mut rng, 150, &TEXT_MIX, true);
    let translations = if rng.chance(20) {
        let to = &VOCABULARIES[(lang + 1 + rng.below(2)) % 3];
        vec![Translation {
            lang: to.code.to_string(),
            title: to.text(&mut rng, 8, &TITLE_MIX, false),
            summary: to.text(&mut rng, 40, &TEXT_MIX, true),
            body: String::new(),
        }]
    } else {
        Vec::new()
    };
    let mut sectors = vec![SECTORS[rng.skewed(SECTORS.len())].to_string()];
    if rng.chance(30) {
        let second = SECTORS[rng.below(SECTORS.len())].to_string();
        if second != sectors[0] {
            sectors.push(second);
        }
    }
    let keywords = (0..3)
        .map(|_| vocabulary.words[rng.skewed(vocabulary.words.len())].to_string())
        .collect();
    let published_at = EPOCH + i as i64 * SPACING;
    let deadline = rng
        .chance(70)
        .then(|| published_at + 86_400 * (7 + rng.below(120)) as i64);
    Document {
        kind: DocKind::Opportunity,
        id: i as i64 + 1,
        reference: format!("{prefix}-2026-{:06}", i + 1),
        lang: vocabulary.code.to_string(),
        title,
        summary,
        body,
        translations,
        names: vec![rng.pick(vocabulary.orgs).to_string()],
        keywords,
        category: Some(CATEGORIES[rng.skewed(CATEGORIES.len())].to_string()),
        sectors,
        city: city.to_string(),
        target_cities: other,
        published_at,
        deadline,
    }
}

/// `n` synthetic opportunities, ids 1..=n.
pub fn opportunities(seed: u64, n: u64) -> impl Iterator<Item = Document> {
    (0..n).map(move |i| opportunity(seed, i))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generation_is_deterministic_and_varied() {
        assert_eq!(opportunity(7, 42), opportunity(7, 42));
        assert_ne!(opportunity(7, 42), opportunity(8, 42));
        let docs: Vec<Document> = opportunities(1, 300).collect();
        for code in ["bg", "de", "en"] {
            assert!(
                docs.iter().filter(|d| d.lang == code).count() > 50,
                "{code}"
            );
        }
        let words: usize = docs.iter().map(|d| d.body.split_whitespace().count()).sum();
        let mean = words / docs.len();
        assert!((120..=180).contains(&mean), "{mean}");
        assert_eq!(docs[9].id, 10);
    }
}
