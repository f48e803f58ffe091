//! Match latency: the top 10 for one profile among 100,000 in the pool, each with a 384-dim
//! vector, against a baseline of the same scan with the semantic score only (no lexical or
//! sector evidence, no reasons). Also prints p50/p99 over many different queries by a plain loop
//! and the process's resident memory before and after the pool is filled.
//!
//! `cargo bench -p city2city-search --bench matching` (`C2C_BENCH_PROFILES` for fewer)

use city2city_search::matcher::{MatchPool, Profile, Weights, terms_of};
use city2city_search::synthetic::opportunities;
use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use std::sync::OnceLock;
use std::time::Instant;

const SEED: u64 = 2026;
const DIMS: usize = 384;

fn rss_mb() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        .map_or(0.0, |kb| kb / 1024.0)
}

/// A deterministic unit vector: profiles of one sector lean the same way, as real ones do.
fn vector(i: u64, sector: usize) -> Vec<f32> {
    let mut x = i.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    let mut v: Vec<f32> = (0..DIMS)
        .map(|d| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let noise = (x % 2000) as f32 / 1000.0 - 1.0;
            noise + if d % 12 == sector % 12 { 1.5 } else { 0.0 }
        })
        .collect();
    let n = v.iter().map(|a| a * a).sum::<f32>().sqrt();
    v.iter_mut().for_each(|a| *a /= n);
    v
}

struct Setup {
    pool: MatchPool,
    queries: Vec<Profile>,
}

fn setup() -> &'static Setup {
    static SETUP: OnceLock<Setup> = OnceLock::new();
    SETUP.get_or_init(|| {
        let n: u64 = std::env::var("C2C_BENCH_PROFILES")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(100_000);
        let before = rss_mb();
        let started = Instant::now();
        let mut pool = MatchPool::new();
        let mut queries = Vec::new();
        for d in opportunities(SEED, n) {
            let kind = match d.category.as_deref() {
                Some("public_tender") | None => "business_request".to_string(),
                Some(k) => k.to_string(),
            };
            let sector = d.sectors.first().map_or(0, |s| s.len());
            let p = Profile {
                reference: d.reference.clone(),
                kind,
                city: d.city.clone(),
                target_cities: d.target_cities.clone(),
                sectors: d.sectors.clone(),
                terms: terms_of(&d.lang, &[&d.title, &d.summary, &d.body]),
                vector: Some(vector(d.id as u64, sector)),
            };
            if queries.len() < 200 && d.id % 97 == 0 {
                queries.push(p.clone());
            }
            pool.upsert(d.id, &p, false);
        }
        eprintln!(
            "pool of {} profiles ({} with vectors) built in {:.1} s; resident memory {:.0} MB before, {:.0} MB after",
            pool.len(),
            pool.with_vectors(),
            started.elapsed().as_secs_f64(),
            before,
            rss_mb()
        );
        Setup { pool, queries }
    })
}

fn percentiles(mut ms: Vec<f64>) -> (f64, f64) {
    ms.sort_by(f64::total_cmp);
    let at = |q: f64| ms[((ms.len() - 1) as f64 * q).round() as usize];
    (at(0.5), at(0.99))
}

fn bench(c: &mut Criterion) {
    let s = setup();
    let semantic_only = Weights {
        semantic: 1.0,
        lexical: 0.0,
        sectors: 0.0,
        pairing: 0.0,
    };
    for (name, w) in [
        ("hybrid", Weights::HYBRID),
        ("semantic_only", semantic_only),
    ] {
        let mut ms = Vec::new();
        for _ in 0..3 {
            for q in &s.queries {
                let t = Instant::now();
                black_box(s.pool.rank(&s.pool.query(q, None), w, 10));
                ms.push(t.elapsed().as_secs_f64() * 1000.0);
            }
        }
        let (p50, p99) = percentiles(ms);
        eprintln!(
            "{name}: top 10 of {}: p50 {p50:.2} ms, p99 {p99:.2} ms",
            s.pool.len()
        );
    }
    let mut lexical = Vec::new();
    for q in s.queries.iter().take(50) {
        let mut q = q.clone();
        q.vector = None;
        let t = Instant::now();
        black_box(s.pool.rank(&s.pool.query(&q, None), Weights::LEXICAL, 10));
        lexical.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    let (p50, p99) = percentiles(lexical);
    eprintln!("lexical only (no vectors): p50 {p50:.2} ms, p99 {p99:.2} ms");

    let q = &s.queries[0];
    c.bench_function("match_top10_hybrid", |b| {
        b.iter(|| black_box(s.pool.rank(&s.pool.query(q, None), Weights::HYBRID, 10)))
    });
    c.bench_function("match_top10_semantic_only_baseline", |b| {
        b.iter(|| black_box(s.pool.rank(&s.pool.query(q, None), semantic_only, 10)))
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(30);
    targets = bench
}
criterion_main!(benches);
