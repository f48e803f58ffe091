//! Headless Chromium through chromedriver (fantoccini) for the browser tests, with an axe-core
//! accessibility check (WCAG 2.1 A and AA) of every page a test visits.
//!
//! Needs `CITY2CITY_WEBDRIVER_URL`, `CITY2CITY_CHROMIUM` and `CITY2CITY_AXE_JS` (set by
//! `scripts/test`). Without them a test skips, unless `CITY2CITY_REQUIRE_ALL=1`.

#![allow(dead_code)]

use city2city_domain::Lang;
use city2city_web::i18n;
use fantoccini::elements::Element;
use fantoccini::wd::TimeoutConfiguration;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{Value, json};
use std::future::Future;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// The axe-core rule tags checked: WCAG 2.0 and 2.1, levels A and AA.
pub const WCAG_TAGS: [&str; 4] = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/// True once a new document replaced the one `mark_page` marked, and has loaded.
const NEW_PAGE_LOADED: &str =
    "return window.__c2cPreviousPage === undefined && document.readyState === 'complete';";

/// How long to wait for a page to load after a click or a form submission.
const NAVIGATION_TIMEOUT: Duration = Duration::from_secs(20);

/// Where the browser and axe-core are.
pub struct Env {
    webdriver: String,
    chromium: String,
    axe_js: Arc<String>,
}

impl Env {
    /// The browser set-up from the environment; `None` (after saying why) when it is missing,
    /// a panic instead when every service is required.
    pub fn get(test: &str) -> Option<Env> {
        let var = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
        let names = [
            "CITY2CITY_WEBDRIVER_URL",
            "CITY2CITY_CHROMIUM",
            "CITY2CITY_AXE_JS",
        ];
        let missing: Vec<&str> = names.iter().copied().filter(|n| var(n).is_none()).collect();
        if !missing.is_empty() {
            let why = format!(
                "{} not set (scripts/test sets them when chromium, chromium-driver \
                 and npm are installed)",
                missing.join(", ")
            );
            if city2city_store::testing::require_all() {
                panic!("{test}: {why}; required because CITY2CITY_REQUIRE_ALL=1");
            }
            eprintln!("skipping browser test {test}: {why}");
            return None;
        }
        let axe_path = var("CITY2CITY_AXE_JS").unwrap();
        let axe_js = std::fs::read_to_string(&axe_path)
            .unwrap_or_else(|e| panic!("CITY2CITY_AXE_JS={axe_path} cannot be read: {e}"));
        Some(Env {
            webdriver: var("CITY2CITY_WEBDRIVER_URL").unwrap(),
            chromium: var("CITY2CITY_CHROMIUM").unwrap(),
            axe_js: Arc::new(axe_js),
        })
    }
}

/// Chromium's command line: headless, no sandbox, a fresh profile, and no way out of
/// 127.0.0.1. The proxy (nothing listens on port 9) takes every request except to loopback,
/// which Chromium never sends through a proxy (`--proxy-bypass-list=<-loopback>` would change
/// that and make 127.0.0.1 unreachable); the resolver rule makes every other name unknown, so
/// nothing is looked up outside either.
fn chromium_args(profile: &std::path::Path, extra: &[&str]) -> Vec<String> {
    let mut args: Vec<String> = [
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--proxy-server=http://127.0.0.1:9",
        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
        "--window-size=1280,900",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    args.push(format!("--user-data-dir={}", profile.display()));
    args.extend(extra.iter().map(|s| s.to_string()));
    args
}

/// One browser session on one server. Cheap to clone (the session is shared).
#[derive(Clone)]
pub struct Browser {
    pub client: Client,
    /// The server's address, such as `http://127.0.0.1:PORT`.
    pub base: String,
    axe_js: Arc<String>,
    /// Accessibility problems found so far, one formatted report per page.
    findings: Arc<Mutex<Vec<String>>>,
}

/// Starts Chromium with `extra_args`, runs `body`, and always ends the session, also when the
/// body panics. Fails afterwards when axe-core found violations on any page visited.
pub async fn run<F, Fut>(env: &Env, base: &str, extra_args: &[&str], body: F)
where
    F: FnOnce(Browser) -> Fut,
    Fut: Future<Output = ()> + Send + 'static,
{
    let profile = tempfile::Builder::new()
        .prefix("c2c-chromium-")
        .tempdir()
        .expect("temporary profile directory");
    let caps = json!({
        "browserName": "chrome",
        "pageLoadStrategy": "normal",
        "goog:chromeOptions": {
            "binary": env.chromium,
            "args": chromium_args(profile.path(), extra_args),
        },
    });
    let Value::Object(caps) = caps else {
        unreachable!()
    };
    let client = ClientBuilder::rustls()
        .expect("TLS set-up for the WebDriver connection")
        .capabilities(caps)
        .connect(&env.webdriver)
        .await
        .unwrap_or_else(|e| {
            panic!(
                "cannot start Chromium through chromedriver at {}: {e}",
                env.webdriver
            )
        });
    let browser = Browser {
        client: client.clone(),
        base: base.to_string(),
        axe_js: env.axe_js.clone(),
        findings: Arc::default(),
    };
    let findings = browser.findings.clone();
    let timeouts = TimeoutConfiguration::new(
        Some(Duration::from_secs(60)),
        Some(Duration::from_secs(30)),
        Some(Duration::ZERO),
    );
    let outcome = match client.update_timeouts(timeouts).await {
        // The body runs as its own task so that a failing assertion still lets us end the session.
        Ok(()) => tokio::spawn(body(browser)).await,
        Err(e) => tokio::spawn(async move { panic!("setting WebDriver timeouts: {e}") }).await,
    };
    if let Err(e) = client.close().await {
        eprintln!("closing the browser session: {e}");
    }
    drop(profile);
    if let Err(e) = outcome {
        match e.try_into_panic() {
            Ok(panic) => std::panic::resume_unwind(panic),
            Err(e) => panic!("browser test body did not finish: {e}"),
        }
    }
    let findings = findings.lock().unwrap();
    assert!(
        findings.is_empty(),
        "axe-core found WCAG 2.1 A/AA violations on {} page(s):\n\n{}",
        findings.len(),
        findings.join("\n")
    );
}

impl Browser {
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// Path and query of the page shown.
    pub async fn path(&self) -> String {
        let url = self.client.current_url().await.expect("current URL");
        match url.query() {
            Some(q) => format!("{}?{q}", url.path()),
            None => url.path().to_string(),
        }
    }

    /// Opens `path`, expects HTTP 200 and checks the page with axe-core.
    pub async fn visit(&self, path: &str) {
        self.visit_expecting(path, 200).await;
    }

    /// Opens `path`, expects HTTP `status` and checks the page with axe-core.
    pub async fn visit_expecting(&self, path: &str, status: u16) {
        self.client
            .goto(&self.url(path))
            .await
            .unwrap_or_else(|e| panic!("cannot open {path}: {e}"));
        let got = self.status().await;
        assert_eq!(
            got,
            status,
            "GET {path} answered {got}, expected {status}; page text:\n{}",
            self.main_text().await
        );
        self.axe_check(path).await;
    }

    /// The HTTP status of the document shown (from the Navigation Timing entry).
    pub async fn status(&self) -> u16 {
        let v = self
            .js("const n = performance.getEntriesByType('navigation')[0];
             return n ? n.responseStatus : 0;")
            .await;
        v.as_u64().unwrap_or(0) as u16
    }

    /// Runs `script` in the page and returns its value.
    pub async fn js(&self, script: &str) -> Value {
        match self.client.execute(script, vec![]).await {
            Ok(v) => v,
            Err(e) => panic!("script failed on {}: {e}\n{script}", self.path().await),
        }
    }

    /// `<html lang>` of the page shown.
    pub async fn page_lang(&self) -> String {
        self.js("return document.documentElement.lang;")
            .await
            .as_str()
            .unwrap_or("")
            .to_string()
    }

    /// The text of `<main>`, for failure messages.
    pub async fn main_text(&self) -> String {
        let v = self
            .js("const m = document.querySelector('main') || document.body;
             return m ? m.innerText : '';")
            .await;
        let s = v.as_str().unwrap_or("").trim().to_string();
        if s.chars().count() > 1500 {
            s.chars().take(1500).collect::<String>() + " …"
        } else {
            s
        }
    }

    /// The element matching `css`; fails naming what was expected and on which page.
    pub async fn find(&self, css: &str) -> Element {
        match self.client.find(Locator::Css(css)).await {
            Ok(e) => e,
            Err(e) => panic!(
                "no element `{css}` on {} ({e}); page text:\n{}",
                self.path().await,
                self.main_text().await
            ),
        }
    }

    /// Elements matching `css` (maybe none).
    pub async fn find_all(&self, css: &str) -> Vec<Element> {
        self.client
            .find_all(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("find_all `{css}`: {e}"))
    }

    /// Visible text of the element matching `css`.
    pub async fn text(&self, css: &str) -> String {
        self.find(css)
            .await
            .text()
            .await
            .expect("element text")
            .trim()
            .to_string()
    }

    /// The form control a `<label>` with exactly this text names, as a user finds it: through
    /// the label's `for` attribute, or the control inside the label.
    pub async fn field(&self, label: &str) -> Element {
        let xpath = format!("//label[normalize-space(.)={}]", xpath_literal(label));
        let found = match self.client.find(Locator::XPath(&xpath)).await {
            Ok(l) => l,
            Err(e) => {
                const LABELS: &str = "return [...document.querySelectorAll('label')]
                    .map(l => l.textContent.trim().replace(/\\s+/g, ' '));";
                let labels: Vec<String> = match self.js(LABELS).await {
                    Value::Array(a) => a
                        .into_iter()
                        .filter_map(|v| v.as_str().map(str::to_string))
                        .collect(),
                    _ => vec![],
                };
                panic!(
                    "no label {label:?} on {} ({e}); labels there: {labels:?}",
                    self.path().await
                )
            }
        };
        if let Some(id) = found.attr("for").await.expect("label for") {
            return self.find(&format!("[id=\"{id}\"]")).await;
        }
        found
            .find(Locator::Css("input, select, textarea"))
            .await
            .unwrap_or_else(|e| panic!("label {label:?} names no control ({e})"))
    }

    /// Types `text` into the field labelled `label` (after clearing it).
    pub async fn fill(&self, label: &str, text: &str) {
        let f = self.field(label).await;
        f.clear()
            .await
            .unwrap_or_else(|e| panic!("clear field {label:?}: {e}"));
        if !text.is_empty() {
            f.send_keys(text)
                .await
                .unwrap_or_else(|e| panic!("type into field {label:?}: {e}"));
        }
    }

    /// Chooses the option with visible text `option` in the select labelled `label`.
    pub async fn choose(&self, label: &str, option: &str) {
        let f = self.field(label).await;
        f.select_by_label(option)
            .await
            .unwrap_or_else(|e| panic!("choose {option:?} in {label:?}: {e}"));
    }

    /// Ticks the checkbox labelled `label` (when not ticked yet).
    pub async fn tick(&self, label: &str) {
        let f = self.field(label).await;
        if !f.is_selected().await.expect("checkbox state") {
            f.click()
                .await
                .unwrap_or_else(|e| panic!("tick {label:?}: {e}"));
        }
        assert!(
            f.is_selected().await.expect("checkbox state"),
            "checkbox {label:?} is ticked"
        );
    }

    /// Clicks `element`, waits for the next page, checks it with axe-core and returns its status.
    pub async fn click_to_next_page(&self, element: &Element, what: &str) -> u16 {
        self.mark_page().await;
        element
            .click()
            .await
            .unwrap_or_else(|e| panic!("click {what}: {e}"));
        self.wait_for_next_page(what).await
    }

    /// Follows the link (`<a>`) matching `css` to the next page; expects HTTP 200.
    pub async fn follow(&self, css: &str) {
        let link = self.find(css).await;
        let status = self
            .click_to_next_page(&link, &format!("link `{css}`"))
            .await;
        assert_eq!(
            status,
            200,
            "following `{css}` led to {} with status {status}",
            self.path().await
        );
    }

    /// Marks the page shown, so that `wait_for_next_page` can tell when another replaced it.
    pub async fn mark_page(&self) {
        self.js("window.__c2cPreviousPage = true;").await;
    }

    /// Waits until a new document replaced the marked one and has loaded, checks it with
    /// axe-core and returns its HTTP status.
    pub async fn wait_for_next_page(&self, what: &str) -> u16 {
        let start = Instant::now();
        loop {
            // During the navigation scripts may fail (no document yet): keep waiting.
            let ready = self
                .client
                .execute(NEW_PAGE_LOADED, vec![])
                .await
                .ok()
                .and_then(|v| v.as_bool())
                .unwrap_or(false);
            if ready {
                break;
            }
            assert!(
                start.elapsed() < NAVIGATION_TIMEOUT,
                "{what}: no new page within {NAVIGATION_TIMEOUT:?}; still on {}",
                self.path().await
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let label = format!("after {what}: {}", self.path().await);
        self.axe_check(&label).await;
        self.status().await
    }

    /// Signs in through the login page as `email` (the demo password) and checks the account
    /// link shows who is signed in. Ends on the page the login form leads to.
    pub async fn login(&self, email: &str) {
        self.visit("/login").await;
        self.fill_login(email).await;
        let submit = self.find("main form button[type=submit]").await;
        let status = self
            .click_to_next_page(&submit, &format!("signing in as {email}"))
            .await;
        assert_eq!(
            status,
            200,
            "signing in as {email} ended on {} with status {status}:\n{}",
            self.path().await,
            self.main_text().await
        );
        let account = self
            .find(".account-nav a[href=\"/account\"]")
            .await
            .text()
            .await
            .unwrap_or_default();
        assert!(
            !account.trim().is_empty(),
            "after signing in as {email}, the account link names the user"
        );
    }

    /// Types the demo credentials of `email` into the login form shown.
    pub async fn fill_login(&self, email: &str) {
        self.fill(&self.t("login-email").await, email).await;
        self.fill(
            &self.t("login-password").await,
            crate::support::DEMO_PASSWORD,
        )
        .await;
    }

    /// The interface language of the page shown.
    pub async fn lang(&self) -> Lang {
        let code = self.page_lang().await;
        match Lang::parse(&code) {
            Some(lang) => lang,
            None => panic!(
                "page {} has <html lang={code:?}>, not one of bg, de, en",
                self.path().await
            ),
        }
    }

    /// The interface message `key` in the language of the page shown (to find labels and
    /// buttons as a user reads them).
    pub async fn t(&self, key: &str) -> String {
        i18n::t(self.lang().await, key)
    }

    /// Checks the page shown with axe-core against WCAG 2.1 A and AA. Violations are printed at
    /// once and make the test fail when it ends (so one run lists the problems of every page).
    pub async fn axe_check(&self, label: &str) {
        let violations = self.axe_violations(label).await;
        if violations.is_empty() {
            return;
        }
        let lang = self.page_lang().await;
        let url = self.path().await;
        let report = format_violations(&format!("{label} [{url}, lang={lang}]"), &violations);
        eprintln!("{report}");
        self.findings.lock().unwrap().push(report);
    }

    /// Runs axe-core (WCAG 2.1 A and AA rules) on the page shown and returns its violations as
    /// axe reports them (`id`, `impact`, `help`, `helpUrl`, `nodes[].target`, ...). A failure
    /// of axe itself comes back as a violation with the id `axe-error`.
    pub async fn axe_violations(&self, label: &str) -> Vec<Value> {
        let present = self
            .client
            .execute(
                "return typeof window.axe === 'object' && typeof window.axe.run === 'function';",
                vec![],
            )
            .await;
        if present.ok().and_then(|v| v.as_bool()) != Some(true) {
            self.client
                .execute(&self.axe_js, vec![])
                .await
                .unwrap_or_else(|e| panic!("injecting axe-core into {label}: {e}"));
        }
        const RUN: &str = r#"
            const done = arguments[arguments.length - 1];
            const tags = arguments[0];
            const failed = e => done(JSON.stringify(
                [{ id: "axe-error", impact: "error", help: String(e), nodes: [] }]));
            try {
                axe.run(document, { runOnly: { type: "tag", values: tags },
                                    resultTypes: ["violations"] })
                    .then(r => done(JSON.stringify(r.violations)))
                    .catch(failed);
            } catch (e) {
                failed(e);
            }
        "#;
        let out = self
            .client
            .execute_async(RUN, vec![json!(WCAG_TAGS)])
            .await
            .unwrap_or_else(|e| panic!("running axe-core on {label}: {e}"));
        serde_json::from_str(out.as_str().unwrap_or("[]"))
            .unwrap_or_else(|e| panic!("axe-core result on {label} is not JSON ({e}): {out}"))
    }
}

/// A readable list of axe-core violations: rule, impact, help, and each failing element.
pub fn format_violations(page: &str, violations: &[Value]) -> String {
    let mut s = format!("== {page}: {} violation(s)\n", violations.len());
    for v in violations {
        let str_of = |k: &str| v[k].as_str().unwrap_or("").to_string();
        s.push_str(&format!(
            "  - {} ({}): {}  {}\n",
            str_of("id"),
            str_of("impact"),
            str_of("help"),
            str_of("helpUrl")
        ));
        for node in v["nodes"].as_array().map(Vec::as_slice).unwrap_or(&[]) {
            let target: Vec<String> = node["target"]
                .as_array()
                .map(|a| {
                    a.iter()
                        .map(|t| {
                            t.as_str()
                                .map(str::to_string)
                                .unwrap_or_else(|| t.to_string())
                        })
                        .collect()
                })
                .unwrap_or_default();
            let html: String = node["html"]
                .as_str()
                .unwrap_or("")
                .chars()
                .take(160)
                .collect();
            // One selector, or one per frame / shadow root on the way to the element.
            let target = match target.as_slice() {
                [one] => one.clone(),
                _ => format!("{target:?}"),
            };
            s.push_str(&format!("      at {target}: {html}\n"));
            if let Some(summary) = node["failureSummary"].as_str() {
                for line in summary.lines().filter(|l| !l.trim().is_empty()) {
                    s.push_str(&format!("         {}\n", line.trim()));
                }
            }
        }
    }
    s
}

/// `s` as an XPath string literal (XPath 1.0 has no escapes: split at double quotes).
fn xpath_literal(s: &str) -> String {
    if !s.contains('"') {
        format!("\"{s}\"")
    } else {
        let parts: Vec<String> = s.split('"').map(|p| format!("\"{p}\"")).collect();
        format!("concat({})", parts.join(", '\"', "))
    }
}
