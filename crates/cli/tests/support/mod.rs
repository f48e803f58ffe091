//! Test harness: the real server on a free port with a fresh database on either backend, and
//! an HTTP client that keeps cookies like a browser (without caring about the Secure flag).

#![allow(dead_code)]

use city2city_app::{App, AppConfig};
use city2city_search::embed::Embedder;
use city2city_store::Backend;
use city2city_store::testing::TestDb;
use city2city_web::{AppState, WebConfig};
use reqwest::header::{COOKIE, HeaderMap, SET_COOKIE};
use reqwest::{Method, StatusCode};
use serde_json::Value;
use std::collections::BTreeMap;
use std::sync::Mutex;

pub const DEMO_PASSWORD: &str = "demo-password-2026";

pub struct TestApp {
    pub db: TestDb,
    pub app: App,
    pub base: String,
    client: reqwest::Client,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
}

/// Runs a test body once per backend, with the demo data loaded: `name::sqlite`, `name::postgres`.
#[macro_export]
macro_rules! app_test {
    ($name:ident, |$t:ident| $body:block) => {
        mod $name {
            #[allow(unused_imports)]
            use super::*;

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                let $t = support::TestApp::new(city2city_store::Backend::Sqlite, true)
                    .await
                    .expect("SQLite");
                $body
            }

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                let Some($t) =
                    support::TestApp::new(city2city_store::Backend::Postgres, true).await
                else {
                    return;
                };
                $body
            }
        }
    };
}

impl TestApp {
    /// Starts the server on 127.0.0.1 port 0; `None` when the backend is not available (skip).
    pub async fn new(backend: Backend, demo: bool) -> Option<TestApp> {
        TestApp::start(backend, demo, None).await
    }

    /// Like [`TestApp::new`], matching with `embedder` (none: lexical evidence only). With the
    /// demo, the search index and the match pool have caught up before the server starts.
    pub async fn start(
        backend: Backend,
        demo: bool,
        embedder: Option<Embedder>,
    ) -> Option<TestApp> {
        let db = TestDb::new(backend).await?;
        let app = App::new(
            db.store.clone(),
            AppConfig {
                fast_password_hashing: true,
            },
        )
        .with_embedder(embedder);
        if demo {
            city2city_app::demo::load(&app)
                .await
                .expect("demo data loads");
            app.sync_index().await.expect("the index follows");
        }
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let base = format!("http://{}", listener.local_addr().unwrap());
        let (tx, rx) = tokio::sync::oneshot::channel::<()>();
        let state = AppState::new(app.clone(), WebConfig::default());
        tokio::spawn(async move {
            city2city_web::serve(listener, state, async {
                let _ = rx.await;
            })
            .await
            .expect("server runs");
        });
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap();
        Some(TestApp {
            db,
            app,
            base,
            client,
            shutdown: Some(tx),
        })
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.base, path)
    }

    /// A visitor with no account (a fresh cookie jar).
    pub fn visitor(&self) -> Client<'_> {
        Client {
            t: self,
            cookies: Mutex::new(BTreeMap::new()),
            bearer: None,
            lang: None,
        }
    }

    /// A client that authenticates with an API token.
    pub fn with_token(&self, token: &str) -> Client<'_> {
        Client {
            t: self,
            cookies: Mutex::new(BTreeMap::new()),
            bearer: Some(token.to_string()),
            lang: None,
        }
    }

    /// Signs in through the login form, like a browser.
    pub async fn login(&self, email: &str) -> Client<'_> {
        let c = self.visitor();
        let res = c
            .post_form(
                "/login",
                &[("email", email), ("password", DEMO_PASSWORD), ("next", "/")],
            )
            .await;
        assert_eq!(
            res.status,
            StatusCode::SEE_OTHER,
            "login of {email} failed: {}",
            res.text
        );
        assert!(c.cookie("c2c_session").is_some(), "session cookie set");
        c
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
    }
}

pub struct Answer {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub text: String,
}

impl Answer {
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.text).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.text))
    }

    /// The first field error of a JSON error answer: (field, code).
    pub fn field_error(&self) -> (String, String) {
        let body = self.json();
        let text = |v: &Value| v.as_str().unwrap_or_default().to_string();
        (
            body["errors"][0]["field"]
                .as_str()
                .map(str::to_string)
                .unwrap_or_else(|| text(&body["field"])),
            text(&body["errors"][0]["code"]),
        )
    }

    pub fn location(&self) -> &str {
        self.headers
            .get("location")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
    }
}

pub struct Client<'a> {
    t: &'a TestApp,
    cookies: Mutex<BTreeMap<String, String>>,
    bearer: Option<String>,
    lang: Option<String>,
}

impl Client<'_> {
    pub fn cookie(&self, name: &str) -> Option<String> {
        self.cookies.lock().unwrap().get(name).cloned()
    }

    pub fn set_cookie(&self, name: &str, value: &str) {
        self.cookies
            .lock()
            .unwrap()
            .insert(name.into(), value.into());
    }

    /// The CSRF token forms must carry (fetched with a first page view when needed).
    pub async fn csrf(&self) -> String {
        if self.cookie("c2c_csrf").is_none() {
            self.get("/login").await;
        }
        self.cookie("c2c_csrf").expect("CSRF cookie")
    }

    pub async fn request(
        &self,
        method: Method,
        path: &str,
        body: Option<(&str, Vec<u8>)>,
        extra: &[(&str, &str)],
    ) -> Answer {
        let mut req = self.t.client.request(method, self.t.url(path));
        let jar: String = self
            .cookies
            .lock()
            .unwrap()
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ");
        if !jar.is_empty() {
            req = req.header(COOKIE, jar);
        }
        if let Some(token) = &self.bearer {
            req = req.bearer_auth(token);
        }
        if let Some(lang) = &self.lang {
            req = req.header("accept-language", lang.as_str());
        }
        for (k, v) in extra {
            req = req.header(*k, *v);
        }
        if let Some((content_type, bytes)) = body {
            req = req.header("content-type", content_type).body(bytes);
        }
        let res = req.send().await.expect("request sent");
        let status = res.status();
        let headers = res.headers().clone();
        for sc in headers.get_all(SET_COOKIE) {
            let sc = sc.to_str().unwrap();
            let (pair, attrs) = sc.split_once(';').unwrap_or((sc, ""));
            let (name, value) = pair.split_once('=').unwrap();
            if value.is_empty() || attrs.contains("Max-Age=0") {
                self.cookies.lock().unwrap().remove(name);
            } else {
                self.cookies
                    .lock()
                    .unwrap()
                    .insert(name.to_string(), value.to_string());
            }
        }
        let text = res.text().await.unwrap_or_default();
        Answer {
            status,
            headers,
            text,
        }
    }

    pub async fn get(&self, path: &str) -> Answer {
        self.request(Method::GET, path, None, &[]).await
    }

    pub async fn get_with(&self, path: &str, headers: &[(&str, &str)]) -> Answer {
        self.request(Method::GET, path, None, headers).await
    }

    pub async fn post_form(&self, path: &str, fields: &[(&str, &str)]) -> Answer {
        let csrf = self.csrf().await;
        let mut all: Vec<(&str, &str)> = vec![("csrf", csrf.as_str())];
        all.extend_from_slice(fields);
        let body = serde_urlencoded_body(&all);
        self.request(
            Method::POST,
            path,
            Some(("application/x-www-form-urlencoded", body)),
            &[],
        )
        .await
    }

    pub async fn send_json(&self, method: Method, path: &str, json: &Value) -> Answer {
        self.request(
            method,
            path,
            Some(("application/json", serde_json::to_vec(json).unwrap())),
            &[],
        )
        .await
    }

    pub async fn post_json(&self, path: &str, json: &Value) -> Answer {
        self.send_json(Method::POST, path, json).await
    }

    pub async fn put_json(&self, path: &str, json: &Value) -> Answer {
        self.send_json(Method::PUT, path, json).await
    }

    pub async fn delete(&self, path: &str) -> Answer {
        self.request(Method::DELETE, path, None, &[]).await
    }

    /// Sends a `multipart/form-data` form: the text fields, then the file (if any) in the field
    /// `file`, as a browser does.
    pub async fn post_multipart(
        &self,
        path: &str,
        fields: &[(&str, &str)],
        file: Option<(&str, &[u8])>,
    ) -> Answer {
        let boundary = "c2c-test-boundary-7d1f0a";
        let mut body = Vec::new();
        for (name, value) in fields {
            body.extend_from_slice(
                format!(
                    "--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"
                )
                .as_bytes(),
            );
        }
        if let Some((file_name, bytes)) = file {
            body.extend_from_slice(
                format!(
                    "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{file_name}\"\r\nContent-Type: application/octet-stream\r\n\r\n"
                )
                .as_bytes(),
            );
            body.extend_from_slice(bytes);
            body.extend_from_slice(b"\r\n");
        }
        body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
        let content_type = format!("multipart/form-data; boundary={boundary}");
        self.request(Method::POST, path, Some((&content_type, body)), &[])
            .await
    }
}

/// The kinds of a case's history entries, oldest first (`detail`: a case from the API).
pub fn history_kinds(detail: &Value) -> Vec<String> {
    detail["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["kind"].as_str().unwrap().to_string())
        .collect()
}

fn serde_urlencoded_body(fields: &[(&str, &str)]) -> Vec<u8> {
    fields
        .iter()
        .map(|(k, v)| format!("{}={}", urlencoding::encode(k), urlencoding::encode(v)))
        .collect::<Vec<_>>()
        .join("&")
        .into_bytes()
}
