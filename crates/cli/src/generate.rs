//! Synthetic data for load tests: `city2city generate organisations N [--city SLUG]...`.
//!
//! Creates N fictional companies spread over the platform's cities, with names in the script of
//! each city (Bulgarian Cyrillic for Bulgarian cities, German for German-speaking ones), one to
//! three sectors, a size band, and a description in the company's language. Everything goes
//! through the same validation and storage path as a company created by hand (with its audit
//! entry and change-feed row), so the data looks like a real directory, not like a bulk import.
//!
//! The names come from a seeded generator: the same database state gives the same companies.

use anyhow::{Context, Result, anyhow, bail};
use city2city_app::App;
use city2city_domain::cities::{City, CityInput};
use city2city_domain::organisations::OrganisationInput;
use city2city_domain::sectors::{SECTORS, Sector};
use city2city_domain::{Lang, Localized};
use city2city_store::{Actor, StoreError};
use std::collections::{HashMap, HashSet};
use std::time::Instant;

/// How often progress is printed.
const PROGRESS_EVERY: usize = 1000;

/// Creates `n` companies spread over the cities named in `cities`, or over all existing cities
/// when `cities` is empty.
pub async fn organisations_in(app: &App, n: usize, cities: &[String]) -> Result<()> {
    let started = Instant::now();
    let cities = target_cities(app, cities).await?;
    let existing = app.store.count_organisations().await?;
    let actor = Actor::system("generate");
    let mut rng = Rng::new(0x0c17_2c17_5eed ^ existing as u64);
    let mut used_names: HashSet<String> = HashSet::new();
    let mut used_slugs: HashMap<String, usize> = HashMap::new();
    for i in 0..n {
        let city = &cities[i % cities.len()];
        let company = Company::draw(&mut rng, city, &cities, &mut used_names);
        let mut input = company.input(&city.slug);
        let base = city2city_text::slugify(company.slug_source());
        // A name can repeat (an earlier run, a saturated pool): the slug then gets a number.
        let seen = used_slugs.entry(base.clone()).or_insert(0);
        let mut attempt = *seen;
        loop {
            input.slug = if attempt == 0 {
                base.clone()
            } else {
                // Slugs have at most 64 characters; keep room for the number.
                let stem = base[..base.len().min(58)].trim_end_matches('-');
                format!("{stem}-{}", attempt + 1)
            };
            let valid = input
                .clone()
                .validate(city2city_text::slugify)
                .map_err(|v| {
                    anyhow!(
                        "generated organisation '{}' is invalid: {}",
                        input.slug,
                        v.errors
                            .iter()
                            .map(|e| format!("{}: {}", e.field, e.message))
                            .collect::<Vec<_>>()
                            .join("; ")
                    )
                })?;
            match app.store.insert_organisation(&actor, &valid).await {
                Ok(_) => break,
                Err(StoreError::Conflict { field, .. }) if field == "slug" && attempt < 1000 => {
                    attempt += 1;
                }
                Err(e) => {
                    return Err(e).with_context(|| format!("storing organisation {}", valid.slug));
                }
            }
        }
        *used_slugs.get_mut(&base).expect("inserted above") = attempt + 1;
        let done = i + 1;
        if done % PROGRESS_EVERY == 0 || done == n {
            println!("{done}/{n} organisations");
        }
    }
    let secs = started.elapsed().as_secs_f64();
    println!(
        "Generated {n} organisations in {secs:.1} s ({:.0} per second) in {}.",
        n as f64 / secs.max(1e-9),
        cities
            .iter()
            .map(|c| c.slug.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    );
    Ok(())
}

/// The cities to fill: those named, or all; Sofia and Vienna when there is none yet.
async fn target_cities(app: &App, wanted: &[String]) -> Result<Vec<City>> {
    let mut all = app.cities().await?;
    if all.is_empty() {
        for input in default_cities() {
            let city = app
                .create_city_as_operator(input)
                .await
                .map_err(|e| anyhow!("creating a city: {e}"))?;
            println!("City {} created.", city.slug);
            all.push(city);
        }
    }
    if wanted.is_empty() {
        return Ok(all);
    }
    let mut chosen = Vec::new();
    for slug in wanted {
        match all.iter().find(|c| &c.slug == slug) {
            Some(c) if !chosen.iter().any(|x: &City| x.slug == c.slug) => chosen.push(c.clone()),
            Some(_) => {}
            None => bail!(
                "city: no city '{slug}' (there are: {})",
                all.iter()
                    .map(|c| c.slug.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        }
    }
    Ok(chosen)
}

fn default_cities() -> Vec<CityInput> {
    vec![
        CityInput {
            slug: "sofia".into(),
            name: Localized::all("София", "Sofia", "Sofia"),
            country: "BG".into(),
            languages: vec![Lang::Bg],
            time_zone: "Europe/Sofia".into(),
        },
        CityInput {
            slug: "vienna".into(),
            name: Localized::all("Виена", "Wien", "Vienna"),
            country: "AT".into(),
            languages: vec![Lang::De],
            time_zone: "Europe/Vienna".into(),
        },
    ]
}

// ---------------------------------------------------------------------------------------------
// Drawing one company.

/// SplitMix64: small, fast and good enough for test data; no dependency.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (n > 0).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// True with probability `percent` / 100.
    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
}

/// The script and language a company of a city names and describes itself in.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Style {
    Bulgarian,
    German,
    English,
}

impl Style {
    fn of(city: &City) -> Style {
        if city.languages.contains(&Lang::Bg) {
            Style::Bulgarian
        } else if city.languages.contains(&Lang::De) {
            Style::German
        } else {
            Style::English
        }
    }
}

struct Company {
    name: Localized,
    description: String,
    description_lang: Lang,
    website: bool,
    sectors: Vec<&'static str>,
    size_band: &'static str,
}

impl Company {
    fn draw(rng: &mut Rng, city: &City, cities: &[City], used: &mut HashSet<String>) -> Company {
        let style = Style::of(city);
        let sectors = draw_sectors(rng);
        let main = sector(sectors[0]);
        let size = draw_size(rng);
        // A few draws to avoid a name already given; a rare repeat is fine (the slug differs).
        // The short name (without the legal form) is what English names and slugs are made of.
        let mut name = draw_name(rng, style, main.slug);
        for _ in 0..12 {
            if used.insert(name.1.clone()) {
                break;
            }
            name = draw_name(rng, style, main.slug);
        }
        let (full, short) = name;
        let localized = match style {
            Style::Bulgarian => {
                // Most Sofia companies also give a Latin name, as on their websites.
                let en = rng.chance(60).then(|| city2city_text::bg_to_latin(&short));
                Localized::new(Some(full.clone()), None, en)
            }
            Style::German => {
                let en = rng.chance(25).then(|| short.clone());
                Localized::new(None, Some(full.clone()), en)
            }
            Style::English => Localized::new(None, None, Some(full.clone())),
        };
        // Some companies describe themselves in English whatever their city.
        let lang = match style {
            _ if rng.chance(15) => Lang::En,
            Style::Bulgarian => Lang::Bg,
            Style::German => Lang::De,
            Style::English => Lang::En,
        };
        let partner = cities
            .iter()
            .find(|c| c.slug != city.slug)
            .unwrap_or(city)
            .name
            .get(lang)
            .to_string();
        // An English text names a Bulgarian company in Latin letters.
        let own_name = if style == Style::Bulgarian && lang == Lang::En {
            city2city_text::bg_to_latin(&short)
        } else {
            short.clone()
        };
        let description = describe(
            rng,
            lang,
            &own_name,
            &sectors,
            size,
            city.name.get(lang),
            &partner,
        );
        Company {
            name: localized,
            description,
            description_lang: lang,
            website: rng.chance(70),
            sectors,
            size_band: size,
        }
    }

    /// The name the slug is made from: as the validation would derive it.
    fn slug_source(&self) -> &str {
        self.name.get(Lang::En)
    }

    fn input(&self, city: &str) -> OrganisationInput {
        let slug_hint = city2city_text::slugify(self.slug_source());
        OrganisationInput {
            slug: String::new(),
            kind: "company".into(),
            city: city.into(),
            name: self.name.clone(),
            description: Some(self.description.clone()),
            description_lang: Some(self.description_lang.code().into()),
            website: self
                .website
                .then(|| format!("https://{slug_hint}.example.com")),
            sectors: self.sectors.iter().map(|s| s.to_string()).collect(),
            size_band: Some(self.size_band.into()),
        }
    }
}

fn sector(slug: &str) -> &'static Sector {
    SECTORS
        .iter()
        .find(|s| s.slug == slug)
        .unwrap_or(&SECTORS[0])
}

/// One to three distinct sectors; ICT, fintech and business services a little more often.
fn draw_sectors(rng: &mut Rng) -> Vec<&'static str> {
    let count = match rng.below(10) {
        0..=4 => 1,
        5..=8 => 2,
        _ => 3,
    };
    let mut out: Vec<&'static str> = Vec::new();
    while out.len() < count {
        let s = if rng.chance(25) {
            *rng.pick(&["ict", "fintech", "business-services"])
        } else {
            rng.pick(SECTORS).slug
        };
        if !out.contains(&s) {
            out.push(s);
        }
    }
    out
}

/// Mostly micro and small companies, as in any real directory.
fn draw_size(rng: &mut Rng) -> &'static str {
    match rng.below(100) {
        0..=44 => "micro",
        45..=74 => "small",
        75..=92 => "medium",
        _ => "large",
    }
}

/// Words a company of a sector puts in its name: (Bulgarian, German).
fn trade_words(sector: &str) -> (&'static [&'static str], &'static [&'static str]) {
    match sector {
        "fintech" => (
            &[
                "Пей",
                "Финанс",
                "Кредит",
                "Капитал",
                "Инвест",
                "Платежни системи",
            ],
            &[
                "Pay", "Finanz", "Kapital", "Payments", "Zahlwerk", "Fintech",
            ],
        ),
        "ict" => (
            &[
                "Софт",
                "Системс",
                "Технолоджис",
                "Дижитал",
                "Клауд",
                "Дейта",
                "ИТ Решения",
            ],
            &[
                "Software",
                "Systems",
                "Digital",
                "Datenwerk",
                "IT-Lösungen",
                "Cloud",
                "Informatik",
            ],
        ),
        "creative-industries" => (
            &["Студио", "Медиа", "Дизайн", "Филм", "Арт", "Продъкшънс"],
            &["Studio", "Medien", "Design", "Film", "Atelier", "Kreativ"],
        ),
        "biotech-life-sciences" => (
            &["Биотех", "Фарма", "Лаб", "Биомед", "Генетикс"],
            &["Biotech", "Pharma", "Labor", "Biomedizin", "Life Sciences"],
        ),
        "cleantech-energy" => (
            &[
                "Солар",
                "Енерджи",
                "Еко",
                "Грийн Пауър",
                "Енергийни системи",
            ],
            &[
                "Solar",
                "Energie",
                "Umwelttechnik",
                "Wärme",
                "Windkraft",
                "Green Energy",
            ],
        ),
        "mobility" => (
            &["Мобилити", "Транс", "Аутомотив", "Е-Мобил"],
            &["Mobilität", "Verkehr", "E-Mobility", "Fahrzeugtechnik"],
        ),
        "agrifood" => (
            &["Агро", "Фууд", "Млечни продукти", "Био Ферма", "Вина"],
            &["Agrar", "Feinkost", "Lebensmittel", "Biohof", "Weinbau"],
        ),
        "tourism" => (
            &["Травел", "Турс", "Хотели", "Холидейс"],
            &["Reisen", "Touristik", "Hotels", "Gastro"],
        ),
        "manufacturing" => (
            &["Индъстрис", "Машини", "Метал", "Пластмаси", "Инженеринг"],
            &[
                "Maschinenbau",
                "Metallbau",
                "Kunststofftechnik",
                "Fertigung",
                "Präzision",
            ],
        ),
        "smart-city" => (
            &["Смарт Сити", "Урбан Тех", "Сензорика"],
            &["Smart City", "Urban Tech", "Sensorik"],
        ),
        "cybersecurity" => (
            &["Секюрити", "Кибер", "Тръст", "Защита"],
            &["Security", "Cyber", "Sicherheit", "Trust"],
        ),
        "edtech" => (
            &[
                "Академия",
                "Едюкейшън",
                "Лърнинг",
                "Образователни технологии",
            ],
            &["Akademie", "Bildung", "Lernen", "EduTech"],
        ),
        "health-medtech" => (
            &["Медикал", "Хелт", "Мед", "Диагностика"],
            &["Medizintechnik", "Health", "Diagnostik", "Praxis"],
        ),
        "logistics" => (
            &["Логистик", "Транспорт", "Експрес", "Спедиция", "Карго"],
            &["Logistik", "Transporte", "Spedition", "Cargo", "Express"],
        ),
        "business-services" => (
            &["Консулт", "Партнърс", "Одит", "Мениджмънт", "Сървисиз"],
            &[
                "Consulting",
                "Beratung",
                "Treuhand",
                "Management",
                "Services",
            ],
        ),
        "construction-real-estate" => (
            &["Строй", "Билд", "Имоти", "Инвест Билд", "Архитектура"],
            &[
                "Bau",
                "Immobilien",
                "Architektur",
                "Hochbau",
                "Projektentwicklung",
            ],
        ),
        _ => (&["Груп", "Трейд"], &["Gruppe", "Handel"]),
    }
}

const BG_PLACES: &[&str] = &[
    "Витоша",
    "Балкан",
    "Родопа",
    "Пирин",
    "Рила",
    "Искър",
    "Средец",
    "Сердика",
    "Тракия",
    "Дунав",
    "Струма",
    "Марица",
    "Янтра",
    "Мусала",
    "Хемус",
    "Емона",
    "Странджа",
    "Люлин",
    "Лозенец",
    "Младост",
    "Изгрев",
    "Черни връх",
    "Орфей",
    "Арда",
    "Мизия",
    "Шипка",
    "Камчия",
    "Одесос",
    "Бояна",
    "Евксиноград",
];

const BG_WORDS: &[&str] = &[
    "Нова",
    "Зора",
    "Звезда",
    "Сигма",
    "Вектор",
    "Алфа",
    "Омега",
    "Прима",
    "Орбита",
    "Кристал",
    "Импулс",
    "Зенит",
    "Меридиан",
    "Хоризонт",
    "Спектър",
];

const BG_SURNAMES: &[&str] = &[
    "Иванов",
    "Георгиев",
    "Димитров",
    "Петров",
    "Николов",
    "Христов",
    "Стоянов",
    "Тодоров",
    "Илиев",
    "Василев",
    "Атанасов",
    "Петков",
    "Ангелов",
    "Колев",
    "Йорданов",
    "Маринов",
    "Попов",
    "Стефанов",
    "Костов",
    "Михайлов",
];

const BG_FORMS: &[&str] = &["ООД", "ЕООД", "ЕООД", "ООД", "АД", "ЕАД", "ЕТ"];

const DE_PLACES: &[&str] = &[
    "Donau",
    "Alpen",
    "Wiener",
    "Kahlenberg",
    "Leopoldsberg",
    "Prater",
    "Wienerwald",
    "Wachau",
    "Semmering",
    "Schneeberg",
    "Marchfeld",
    "Belvedere",
    "Hietzing",
    "Ottakring",
    "Favoriten",
    "Neubau",
    "Josefstadt",
    "Vindobona",
    "Danubia",
    "Ostmark",
    "Bisamberg",
    "Lobau",
    "Nussdorf",
    "Grinzing",
    "Simmering",
];

const DE_WORDS: &[&str] = &[
    "Nova", "Vektor", "Kristall", "Impuls", "Zenit", "Meridian", "Horizont", "Spektrum", "Lumen",
    "Astra", "Quant", "Kern", "Brücke", "Quelle", "Fokus",
];

const DE_SURNAMES: &[&str] = &[
    "Huber",
    "Gruber",
    "Bauer",
    "Wagner",
    "Müller",
    "Pichler",
    "Steiner",
    "Moser",
    "Mayer",
    "Hofer",
    "Leitner",
    "Berger",
    "Fuchs",
    "Eder",
    "Fischer",
    "Schmid",
    "Winkler",
    "Weber",
    "Schwarz",
    "Brunner",
    "Wimmer",
    "Egger",
    "Baumgartner",
    "Auer",
    "Reiter",
];

const DE_FORMS: &[&str] = &["GmbH", "GmbH", "GmbH", "GmbH", "OG", "KG", "AG", "e.U."];

const EN_PLACES: &[&str] = &[
    "Riverside",
    "Northgate",
    "Harbour",
    "Meadow",
    "Summit",
    "Bridge",
    "Crown",
    "Oakwood",
];

const EN_FORMS: &[&str] = &["Ltd", "Ltd", "Inc.", "LLC", "plc"];

/// A company name and its short form (without the legal form).
fn draw_name(rng: &mut Rng, style: Style, sector: &str) -> (String, String) {
    let (bg_trade, de_trade) = trade_words(sector);
    let short = match style {
        Style::Bulgarian => match rng.below(10) {
            0..=4 => format!("{} {}", rng.pick(BG_PLACES), rng.pick(bg_trade)),
            5..=6 => format!("{} {}", rng.pick(BG_WORDS), rng.pick(bg_trade)),
            7 => format!("{} и синове", rng.pick(BG_SURNAMES)),
            8 => format!("{} {}", rng.pick(BG_SURNAMES), rng.pick(bg_trade)),
            _ => format!(
                "{} {} {}",
                rng.pick(BG_WORDS),
                rng.pick(BG_PLACES),
                rng.pick(bg_trade)
            ),
        },
        Style::German => match rng.below(10) {
            0..=3 => format!("{} {}", rng.pick(DE_PLACES), rng.pick(de_trade)),
            4..=5 => format!("{} {}", rng.pick(DE_WORDS), rng.pick(de_trade)),
            6 => format!("{} & {}", rng.pick(DE_SURNAMES), rng.pick(DE_SURNAMES)),
            7 => format!("{} & Partner {}", rng.pick(DE_SURNAMES), rng.pick(de_trade)),
            8 => format!("{} {}", rng.pick(DE_SURNAMES), rng.pick(de_trade)),
            _ => format!(
                "{} {} {}",
                rng.pick(DE_WORDS),
                rng.pick(DE_PLACES),
                rng.pick(de_trade)
            ),
        },
        Style::English => format!("{} {}", rng.pick(EN_PLACES), rng.pick(de_trade)),
    };
    let form = match style {
        Style::Bulgarian => rng.pick(BG_FORMS),
        Style::German => rng.pick(DE_FORMS),
        Style::English => rng.pick(EN_FORMS),
    };
    let full = if style == Style::Bulgarian && *form == "ЕТ" {
        // A sole trader puts the legal form first: ЕТ „Иванов и синове“.
        format!("ЕТ „{short}“")
    } else {
        format!("{short} {form}")
    };
    (full, short)
}

const BG_CLIENTS: &[&str] = &[
    "малки и средни предприятия",
    "банки и застрахователи",
    "общини и държавни институции",
    "търговски вериги",
    "болници и клиники",
    "производствени компании",
    "логистични оператори",
    "университети и училища",
    "хотели и ресторанти",
    "стартиращи компании",
];

const BG_GOALS: &[&str] = &[
    "съвместни проекти по програми на ЕС",
    "навлизане на австрийския пазар",
    "обмен на опит и специалисти",
    "пилотни внедрявания при клиенти",
    "дистрибуция на нашите продукти",
    "съвместна разработка на нови услуги",
];

const DE_CLIENTS: &[&str] = &[
    "kleine und mittlere Unternehmen",
    "Banken und Versicherungen",
    "Gemeinden und öffentliche Einrichtungen",
    "Handelsketten",
    "Krankenhäuser und Arztpraxen",
    "Industriebetriebe",
    "Logistikunternehmen",
    "Hochschulen und Schulen",
    "Hotellerie und Gastronomie",
    "Start-ups",
];

const DE_GOALS: &[&str] = &[
    "gemeinsame EU-Projekte",
    "den Eintritt in den bulgarischen Markt",
    "den Austausch von Erfahrung und Fachkräften",
    "Pilotprojekte bei Kunden",
    "den Vertrieb unserer Produkte",
    "die gemeinsame Entwicklung neuer Dienste",
];

const EN_CLIENTS: &[&str] = &[
    "small and medium-sized businesses",
    "banks and insurers",
    "municipalities and public bodies",
    "retail chains",
    "hospitals and clinics",
    "manufacturers",
    "logistics operators",
    "universities and schools",
];

const EN_GOALS: &[&str] = &[
    "joint EU-funded projects",
    "entering a new market",
    "exchanging experience and staff",
    "pilot projects with customers",
    "distributing our products",
];

/// Two to five sentences in `lang`; lengths vary from about 150 to 600 characters.
fn describe(
    rng: &mut Rng,
    lang: Lang,
    name: &str,
    sectors: &[&'static str],
    size: &str,
    city: &str,
    partner: &str,
) -> String {
    let labels: Vec<&str> = sectors.iter().map(|s| sector(s).label(lang)).collect();
    let year = 1991 + rng.below(34);
    let staff = match size {
        "micro" => 2 + rng.below(8),
        "small" => 10 + rng.below(40),
        "medium" => 50 + rng.below(200),
        _ => 250 + rng.below(1500),
    };
    let mut parts = Vec::new();
    match lang {
        Lang::Bg => {
            parts.push(format!(
                "{name} е компания от {city} в сектор „{}“, основана през {year} г.",
                labels[0]
            ));
            if labels.len() > 1 {
                parts.push(format!(
                    "Работим също в областта на {}.",
                    labels[1..].join(" и ").to_lowercase()
                ));
            }
            let (a, b) = two(rng, BG_CLIENTS);
            parts.push(format!(
                "Екипът ни от {staff} души обслужва {a}, както и {b}."
            ));
            if rng.chance(60) {
                // "във" before в and ф: във Виена.
                let prep = if partner.starts_with(['В', 'в', 'Ф', 'ф']) {
                    "във"
                } else {
                    "в"
                };
                parts.push(format!(
                    "Търсим партньори {prep} {partner} за {}.",
                    rng.pick(BG_GOALS)
                ));
            }
            if rng.chance(30) {
                parts.push("Работим на български, английски и немски език.".into());
            }
        }
        Lang::De => {
            parts.push(format!(
                "{name} ist ein {year} gegründetes Unternehmen aus {city} im Bereich {}.",
                labels[0]
            ));
            if labels.len() > 1 {
                parts.push(format!(
                    "Weitere Schwerpunkte: {}.",
                    labels[1..].join(" sowie ")
                ));
            }
            let (a, b) = two(rng, DE_CLIENTS);
            parts.push(format!(
                "Unser Team aus {staff} Leuten arbeitet für {a} sowie für {b}."
            ));
            if rng.chance(60) {
                parts.push(format!(
                    "Wir suchen Partner in {partner} für {}.",
                    rng.pick(DE_GOALS)
                ));
            }
            if rng.chance(30) {
                parts.push("Wir arbeiten auf Deutsch und Englisch.".into());
            }
        }
        Lang::En => {
            parts.push(format!(
                "{name} is a company from {city} in {}, founded in {year}.",
                labels[0].to_lowercase()
            ));
            if labels.len() > 1 {
                parts.push(format!(
                    "We also work in {}.",
                    labels[1..].join(" and ").to_lowercase()
                ));
            }
            let (a, b) = two(rng, EN_CLIENTS);
            parts.push(format!("Our team of {staff} serves {a} as well as {b}."));
            if rng.chance(60) {
                parts.push(format!(
                    "We are looking for partners in {partner} for {}.",
                    rng.pick(EN_GOALS)
                ));
            }
        }
    }
    parts.join(" ")
}

/// Two different items of `items` (which has at least two).
fn two(rng: &mut Rng, items: &[&'static str]) -> (&'static str, &'static str) {
    let a = rng.below(items.len());
    let b = (a + 1 + rng.below(items.len() - 1)) % items.len();
    (items[a], items[b])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn city(slug: &str, lang: Lang) -> City {
        City {
            id: 1,
            slug: slug.into(),
            name: Localized::all("София", "Sofia", "Sofia"),
            country: "BG".into(),
            languages: vec![lang],
            time_zone: "Europe/Sofia".into(),
        }
    }

    #[test]
    fn drawn_companies_are_valid_and_varied() {
        let cities = [city("sofia", Lang::Bg), city("vienna", Lang::De)];
        let mut rng = Rng::new(7);
        let mut used = HashSet::new();
        let mut slugs = HashSet::new();
        for i in 0..500 {
            let c = &cities[i % 2];
            let company = Company::draw(&mut rng, c, &cities, &mut used);
            let valid = company
                .input(&c.slug)
                .validate(city2city_text::slugify)
                .unwrap();
            assert!(!valid.sectors.is_empty() && valid.sectors.len() <= 3);
            assert!(valid.description.is_some());
            slugs.insert(valid.slug);
        }
        // Names rarely repeat.
        assert!(slugs.len() > 450, "{}", slugs.len());
        let cyrillic = used
            .iter()
            .filter(|n| n.chars().any(|c| ('\u{0400}'..='\u{04FF}').contains(&c)))
            .count();
        assert!(cyrillic > 150 && cyrillic < 350, "{cyrillic}");
    }
}
