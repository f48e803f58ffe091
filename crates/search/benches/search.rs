//! Search latency over 100,000 synthetic opportunities (bg, de, en): our tantivy index against
//! SQLite FTS5 (`unicode61 remove_diacritics 2`, bm25, 20 rows with highlight and snippet) on
//! the same texts, with a fixed set of queries in the three languages.
//!
//! `cargo bench -p city2city-search --bench search`
//!
//! Set `C2C_BENCH_DOCS` for a smaller corpus. Besides criterion's per-query figures the run
//! prints the time to build each index and p50/p90/p99 over all queries, measured by a plain
//! loop. Note the engines do not do the same work: FTS5 returns the 20 best rows (all words
//! required, no stemming); ours also counts every match, computes the facets and highlights
//! from the stored texts.

use city2city_search::synthetic::opportunities;
use city2city_search::{Document, SearchIndex, SearchQuery};
use criterion::{Criterion, criterion_group, criterion_main};
use sqlx::sqlite::{SqliteConnectOptions, SqlitePoolOptions};
use sqlx::{Row, SqlitePool};
use std::hint::black_box;
use std::str::FromStr;
use std::sync::OnceLock;
use std::time::{Duration, Instant};
use tokio::runtime::Runtime;

const SEED: u64 = 2026;
const DEFAULT_DOCS: u64 = 100_000;
const LOOP_ROUNDS: usize = 30;

const QUERIES: [&str; 20] = [
    "плащания",
    "партньор софтуер",
    "енергийна ефективност",
    "инвестиции в недвижими имоти",
    "доставчици на медицински изделия",
    "туризъм хотели",
    "обучение",
    "Zahlung",
    "Softwareentwicklung",
    "Energiespeicher",
    "Partner für Digitalisierung",
    "Pflege Krankenhaus",
    "Logistik und Transport",
    "payment platform",
    "software developers",
    "renewable energy storage",
    "hotel partners",
    "medical devices",
    "supply chain logistics",
    "Сигил Тръст",
];

struct Setup {
    index: SearchIndex,
    pool: SqlitePool,
    runtime: Runtime,
    _dir: tempfile::TempDir,
}

fn setup() -> &'static Setup {
    static SETUP: OnceLock<Setup> = OnceLock::new();
    SETUP.get_or_init(|| {
        let n = std::env::var("C2C_BENCH_DOCS")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(DEFAULT_DOCS);
        let dir = tempfile::tempdir().expect("tempdir");

        let started = Instant::now();
        let docs: Vec<Document> = opportunities(SEED, n).collect();
        let words: usize = docs
            .iter()
            .map(|d| {
                d.title.split(' ').count()
                    + d.summary.split(' ').count()
                    + d.body.split(' ').count()
            })
            .sum();
        println!(
            "generated {n} documents ({} words on average) in {:.1?}",
            words / docs.len().max(1),
            started.elapsed()
        );

        let index = SearchIndex::open(&dir.path().join("tantivy")).expect("open index");
        let started = Instant::now();
        index
            .replace_all(docs.iter().cloned(), Some(0))
            .expect("index");
        println!(
            "tantivy: indexed {} documents in {:.1?}",
            index.doc_count(),
            started.elapsed()
        );

        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("runtime");
        let pool = runtime.block_on(async {
            let options = SqliteConnectOptions::from_str("sqlite://fts.db")
                .expect("url")
                .filename(dir.path().join("fts.db"))
                .create_if_missing(true);
            let pool = SqlitePoolOptions::new()
                .max_connections(1)
                .connect_with(options)
                .await
                .expect("sqlite");
            let started = Instant::now();
            fill_fts(&pool, &docs).await;
            println!(
                "fts5: indexed {} documents in {:.1?}",
                docs.len(),
                started.elapsed()
            );
            pool
        });
        Setup {
            index,
            pool,
            runtime,
            _dir: dir,
        }
    })
}

async fn fill_fts(pool: &SqlitePool, docs: &[Document]) {
    sqlx::query(
        "CREATE VIRTUAL TABLE docs USING fts5(title, summary, body, \
         tokenize = 'unicode61 remove_diacritics 2')",
    )
    .execute(pool)
    .await
    .expect("create");
    let mut tx = pool.begin().await.expect("begin");
    for d in docs {
        // Translations are searchable too, as in our index.
        let mut title = d.title.clone();
        let mut summary = d.summary.clone();
        for t in &d.translations {
            title.push('\n');
            title.push_str(&t.title);
            summary.push('\n');
            summary.push_str(&t.summary);
        }
        summary.push('\n');
        summary.push_str(&d.names.join(" "));
        sqlx::query("INSERT INTO docs(rowid, title, summary, body) VALUES (?, ?, ?, ?)")
            .bind(d.id)
            .bind(title)
            .bind(summary)
            .bind(&d.body)
            .execute(&mut *tx)
            .await
            .expect("insert");
    }
    tx.commit().await.expect("commit");
}

/// Each word quoted, so nothing in the text is FTS5 syntax; words are ANDed.
fn fts_match(text: &str) -> String {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| format!("\"{w}\""))
        .collect::<Vec<_>>()
        .join(" ")
}

fn tantivy_search(index: &SearchIndex, text: &str) -> (usize, usize) {
    let results = index.search(&SearchQuery::text(text)).expect("search");
    (results.total, results.hits.len())
}

async fn fts_search(pool: &SqlitePool, expr: &str) -> usize {
    let rows = sqlx::query(
        "SELECT rowid, highlight(docs, 0, '<mark>', '</mark>') AS title, \
         snippet(docs, 2, '<mark>', '</mark>', '…', 32) AS snippet \
         FROM docs WHERE docs MATCH ? ORDER BY bm25(docs, 3.0, 1.5, 1.0) LIMIT 20",
    )
    .bind(expr)
    .fetch_all(pool)
    .await
    .expect("fts query");
    rows.iter()
        .map(|r| r.get::<i64, _>(0))
        .filter(|id| *id > 0)
        .count()
}

fn percentiles(label: &str, mut samples: Vec<Duration>) {
    samples.sort();
    let at = |p: f64| samples[((samples.len() as f64 - 1.0) * p).round() as usize];
    let mean = samples.iter().sum::<Duration>() / samples.len() as u32;
    println!(
        "{label}: {} searches, p50 {:.2?}, p90 {:.2?}, p99 {:.2?}, max {:.2?}, mean {:.2?}",
        samples.len(),
        at(0.50),
        at(0.90),
        at(0.99),
        at(1.0),
        mean
    );
}

/// p50/p99 over all queries by a plain loop, and what each query finds.
fn latency_summary(s: &Setup) {
    for q in QUERIES {
        let (total, hits) = tantivy_search(&s.index, q);
        let fts = s.runtime.block_on(fts_search(&s.pool, &fts_match(q)));
        println!("  {q:40} tantivy: {total:6} matches, {hits:2} shown | fts5: {fts:2} rows");
    }
    let mut ours = Vec::new();
    let mut theirs = Vec::new();
    for _ in 0..LOOP_ROUNDS {
        for q in QUERIES {
            let started = Instant::now();
            black_box(tantivy_search(&s.index, q));
            ours.push(started.elapsed());
            let expr = fts_match(q);
            let started = Instant::now();
            black_box(s.runtime.block_on(fts_search(&s.pool, &expr)));
            theirs.push(started.elapsed());
        }
    }
    percentiles("tantivy (total + facets + highlight)", ours);
    percentiles("fts5 (top 20 + highlight + snippet)", theirs);
}

fn benches(c: &mut Criterion) {
    let s = setup();
    latency_summary(s);

    let mut group = c.benchmark_group("tantivy");
    for (i, q) in QUERIES.iter().enumerate() {
        group.bench_function(format!("{i:02} {q}"), |b| {
            b.iter(|| black_box(tantivy_search(&s.index, q)))
        });
    }
    group.finish();

    let mut group = c.benchmark_group("fts5");
    for (i, q) in QUERIES.iter().enumerate() {
        let expr = fts_match(q);
        group.bench_function(format!("{i:02} {q}"), |b| {
            b.iter(|| black_box(s.runtime.block_on(fts_search(&s.pool, &expr))))
        });
    }
    group.finish();
}

fn config() -> Criterion {
    Criterion::default()
        .sample_size(20)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
}

criterion_group! {
    name = search;
    config = config();
    targets = benches
}
criterion_main!(search);
