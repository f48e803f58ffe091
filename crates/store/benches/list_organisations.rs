//! Listing organisations on SQLite with 10,000 of them in the table: the first page, a deep page,
//! a text search and a sector filter, against `store.ping()` (a `SELECT 1` round trip through the
//! pool) as the baseline of the same run.
//!
//! `cargo bench -p city2city-store --bench list_organisations`
//!
//! The database is seeded once through the store API (validation, audit entry and all), with
//! varied Bulgarian and German company names, so the rows look like what the platform stores.

use city2city_domain::cities::CityInput;
use city2city_domain::organisations::OrganisationInput;
use city2city_domain::sectors::SECTORS;
use city2city_domain::{Lang, Localized};
use city2city_store::testing::TestDb;
use city2city_store::{Actor, Backend, OrgQuery, Store};
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use std::time::{Duration, Instant};
use tokio::runtime::Runtime;

const ORGANISATIONS: usize = 10_000;
const PER_PAGE: i64 = 50;

fn runtime() -> Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("tokio runtime")
}

/// SplitMix64: reproducible data without a dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }
}

const BG_STEMS: &[&str] = &[
    "Витоша",
    "Балкан",
    "Родопа",
    "Пирин",
    "Рила",
    "Искър",
    "Средец",
    "Тракия",
    "Дунав",
    "Струма",
    "Марица",
    "Янтра",
    "Мусала",
    "Хемус",
    "Сигма",
    "Вектор",
    "Алфа",
    "Зенит",
    "Орбита",
    "Импулс",
];
const BG_TRADES: &[&str] = &[
    "Софт",
    "Системс",
    "Дижитал",
    "Логистик",
    "Консулт",
    "Солар",
    "Енерджи",
    "Агро",
    "Фарма",
    "Медикал",
    "Строй",
    "Пей",
    "Финанс",
    "Студио",
    "Медиа",
    "Секюрити",
    "Транспорт",
    "Инженеринг",
];
const BG_FORMS: &[&str] = &["ООД", "ЕООД", "АД", "ЕАД"];
const DE_STEMS: &[&str] = &[
    "Donau",
    "Alpen",
    "Wiener",
    "Kahlenberg",
    "Prater",
    "Wachau",
    "Semmering",
    "Marchfeld",
    "Huber",
    "Gruber",
    "Bauer",
    "Wagner",
    "Pichler",
    "Steiner",
    "Moser",
    "Hofer",
    "Nova",
    "Zenit",
];
const DE_TRADES: &[&str] = &[
    "Software",
    "Systems",
    "Digital",
    "Logistik",
    "Consulting",
    "Solar",
    "Energie",
    "Agrar",
    "Pharma",
    "Medizintechnik",
    "Bau",
    "Pay",
    "Finanz",
    "Studio",
    "Medien",
    "Security",
    "Transporte",
    "Maschinenbau",
];
const DE_FORMS: &[&str] = &["GmbH", "GmbH", "OG", "KG", "AG"];

/// A company of Sofia (even `i`) or Vienna (odd `i`), valid by the domain rules.
fn company(rng: &mut Rng, i: usize) -> OrganisationInput {
    let sofia = i.is_multiple_of(2);
    let (name, city, lang, description) = if sofia {
        let name = format!(
            "{} {} {}",
            rng.pick(BG_STEMS),
            rng.pick(BG_TRADES),
            rng.pick(BG_FORMS)
        );
        let description = format!(
            "{name} е компания от София. Екипът ни обслужва малки и средни предприятия, банки и \
             общини и търси партньори във Виена за съвместни проекти по програми на ЕС."
        );
        (
            Localized::new(Some(name), None, None),
            "sofia",
            "bg",
            description,
        )
    } else {
        let name = format!(
            "{} {} {}",
            rng.pick(DE_STEMS),
            rng.pick(DE_TRADES),
            rng.pick(DE_FORMS)
        );
        let description = format!(
            "{name} ist ein Unternehmen aus Wien. Unser Team arbeitet für kleine und mittlere \
             Unternehmen, Banken und Gemeinden und sucht Partner in Sofia für gemeinsame EU-Projekte."
        );
        (
            Localized::new(None, Some(name), None),
            "vienna",
            "de",
            description,
        )
    };
    let first = (rng.next() % SECTORS.len() as u64) as usize;
    let mut sectors = vec![SECTORS[first].slug.to_string()];
    if rng.next().is_multiple_of(2) {
        sectors.push(
            SECTORS[(first + 1 + i % 5) % SECTORS.len()]
                .slug
                .to_string(),
        );
    }
    OrganisationInput {
        // Names repeat in a pool this small; the number keeps slugs unique.
        slug: format!(
            "{}-{i}",
            city2city_text::slugify(name.get(Lang::En))
                .chars()
                .take(50)
                .collect::<String>()
                .trim_end_matches('-')
        ),
        kind: "company".into(),
        city: city.into(),
        name,
        description: Some(description),
        description_lang: Some(lang.into()),
        website: None,
        sectors,
        size_band: Some(["micro", "small", "medium", "large"][i % 4].into()),
    }
}

/// A migrated SQLite database in a temporary directory with `ORGANISATIONS` companies.
async fn seeded() -> TestDb {
    let db = TestDb::new(Backend::Sqlite).await.expect("SQLite");
    let actor = Actor::system("bench");
    for (slug, bg, de, en, country, lang, tz) in [
        (
            "sofia",
            "София",
            "Sofia",
            "Sofia",
            "BG",
            Lang::Bg,
            "Europe/Sofia",
        ),
        (
            "vienna",
            "Виена",
            "Wien",
            "Vienna",
            "AT",
            Lang::De,
            "Europe/Vienna",
        ),
    ] {
        let city = CityInput {
            slug: slug.into(),
            name: Localized::all(bg, de, en),
            country: country.into(),
            languages: vec![lang],
            time_zone: tz.into(),
        }
        .validate()
        .expect("valid city");
        db.store.insert_city(&actor, &city).await.expect("city");
    }
    let started = Instant::now();
    let mut rng = Rng(0x5eed);
    for i in 0..ORGANISATIONS {
        let valid = company(&mut rng, i)
            .validate(city2city_text::slugify)
            .expect("valid organisation");
        db.store
            .insert_organisation(&actor, &valid)
            .await
            .expect("insert organisation");
    }
    eprintln!(
        "seeded {ORGANISATIONS} organisations in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    db
}

fn query(page: i64) -> OrgQuery {
    OrgQuery {
        page,
        per_page: PER_PAGE,
        ..OrgQuery::default()
    }
}

fn list_organisations(c: &mut Criterion) {
    let rt = runtime();
    let db = rt.block_on(seeded());
    let store: &Store = &db.store;

    // What each case returns, so the figures can be read against the work done.
    let cases: Vec<(&str, OrgQuery)> = vec![
        ("page_1", query(1)),
        ("page_100", query(100)),
        (
            "search_q_solar",
            OrgQuery {
                q: Some("solar".into()),
                ..query(1)
            },
        ),
        (
            "sector_logistics",
            OrgQuery {
                sector: Some("logistics".into()),
                ..query(1)
            },
        ),
    ];
    for (name, q) in &cases {
        let page = rt.block_on(store.list_organisations(q)).expect("list");
        eprintln!(
            "{name}: {} rows of {} matching",
            page.items.len(),
            page.total
        );
        assert_eq!(page.items.len() as i64, PER_PAGE.min(page.total));
    }

    let mut group = c.benchmark_group("list_organisations_10k_sqlite");
    group.bench_function("baseline_ping", |b| {
        b.to_async(&rt)
            .iter(|| async { store.ping().await.expect("ping") })
    });
    for (name, q) in &cases {
        group.bench_with_input(BenchmarkId::from_parameter(name), q, |b, q| {
            b.to_async(&rt)
                .iter(|| async { black_box(store.list_organisations(q).await.expect("list")) })
        });
    }
    group.finish();
    drop(db);
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .sample_size(30)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(4));
    targets = list_organisations
}
criterion_main!(benches);
