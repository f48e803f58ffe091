//! Page tests of the partnership, account and administration pages, through the whole router on
//! a fresh SQLite database with the demo data.

use crate::{AppState, WebConfig, router};
use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use city2city_app::{App, AppConfig};
use city2city_store::Store;
use tower::ServiceExt;

const CSRF: &str = "test-csrf-token";

async fn site() -> (Router, std::path::PathBuf) {
    use std::sync::atomic::{AtomicU64, Ordering};
    static N: AtomicU64 = AtomicU64::new(0);
    let dir = std::env::temp_dir().join(format!(
        "c2c-web-partnership-pages-{}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    ));
    std::fs::create_dir_all(&dir).unwrap();
    let store = Store::open(&dir, None).await.unwrap();
    store.migrate().await.unwrap();
    let app = App::new(
        store,
        AppConfig {
            fast_password_hashing: true,
        },
    );
    city2city_app::demo::load(&app).await.unwrap();
    let config = WebConfig {
        cookie_secure: false,
        ..WebConfig::default()
    };
    (router(AppState::new(app, config)), dir)
}

struct Answer {
    status: StatusCode,
    location: String,
    cookies: Vec<String>,
    body: String,
}

async fn send(site: &Router, req: Request<Body>) -> Answer {
    let res = site.clone().oneshot(req).await.unwrap();
    let status = res.status();
    let location = res
        .headers()
        .get(header::LOCATION)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    let cookies = res
        .headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .map(|v| v.split(';').next().unwrap_or("").to_string())
        .collect();
    let bytes = axum::body::to_bytes(res.into_body(), 4 << 20)
        .await
        .unwrap();
    Answer {
        status,
        location,
        cookies,
        body: String::from_utf8_lossy(&bytes).into_owned(),
    }
}

fn cookie_header(lang: &str, session: Option<&str>) -> String {
    let mut c = format!("c2c_lang={lang}; c2c_csrf={CSRF}");
    if let Some(s) = session {
        c.push_str(&format!("; {s}"));
    }
    c
}

async fn get(site: &Router, path: &str, lang: &str, session: Option<&str>) -> Answer {
    let req = Request::get(path)
        .header(header::COOKIE, cookie_header(lang, session))
        .body(Body::empty())
        .unwrap();
    send(site, req).await
}

async fn post(site: &Router, path: &str, session: Option<&str>, fields: &[(&str, &str)]) -> Answer {
    let mut body = format!("csrf={CSRF}");
    for (k, v) in fields {
        body.push_str(&format!(
            "&{}={}",
            urlencoding::encode(k),
            urlencoding::encode(v)
        ));
    }
    let req = Request::post(path)
        .header(header::COOKIE, cookie_header("en", session))
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from(body))
        .unwrap();
    send(site, req).await
}

/// Signs a demo account in; answers its session cookie (`c2c_session=…`).
async fn login(site: &Router, email: &str) -> String {
    let a = post(
        site,
        "/login",
        None,
        &[("email", email), ("password", "demo-password-2026")],
    )
    .await;
    assert_eq!(a.status, StatusCode::SEE_OTHER, "login of {email}");
    a.cookies
        .into_iter()
        .find(|c| c.starts_with("c2c_session="))
        .expect("session cookie")
}

fn position(body: &str, needle: &str) -> usize {
    body.find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not in the page"))
}

#[tokio::test]
async fn the_agreement_page_tells_its_history_in_order_in_the_page_language() {
    let (site, dir) = site().await;
    let a = get(&site, "/partnerships/sofia-vienna", "de", None).await;
    assert_eq!(a.status, StatusCode::OK);
    assert!(a.body.contains(r#"<ol class="timeline">"#));
    let signed = position(
        &a.body,
        r#"<time datetime="2018-10-22">22. Oktober 2018</time>"#,
    );
    let extended = position(
        &a.body,
        r#"<time datetime="2019-09-16">16. September 2019</time>"#,
    );
    let widened = position(
        &a.body,
        r#"<time datetime="2020-02-14">14. Februar 2020</time>"#,
    );
    assert!(signed < extended && extended < widened);
    assert!(a.body.contains("Verlängert bis 31. Dezember 2020"));
    assert!(a.body.contains("Abgelaufen"), "status in words");
    // The public sees no management actions.
    assert!(!a.body.contains("/partnerships/sofia-vienna/edit"));
    let bg = get(&site, "/partnerships", "bg", None).await;
    assert!(bg.body.contains("31 декември 2020 г."), "{}", bg.body);
    std::fs::remove_dir_all(dir).ok();
}

#[tokio::test]
async fn an_illegal_agreement_event_comes_back_with_the_error_at_its_field() {
    let (site, dir) = site().await;
    let official = login(&site, "official.sofia@demo.city2city.eu").await;
    let form = get(
        &site,
        "/partnerships/sofia-vienna/events/new",
        "en",
        Some(&official),
    )
    .await;
    assert_eq!(form.status, StatusCode::OK);
    let a = post(
        &site,
        "/partnerships/sofia-vienna/events",
        Some(&official),
        &[("kind", "signed"), ("date", "2021-01-01")],
    )
    .await;
    assert_eq!(a.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(a.body.contains(r#"id="kind-error""#), "{}", a.body);
    assert!(a.body.contains(r##"href="#kind""##));
    let ok = post(
        &site,
        "/partnerships/sofia-vienna/events",
        Some(&official),
        &[
            ("kind", "extended"),
            ("date", "2020-11-30"),
            ("term_end", "2022-12-31"),
            ("note_en", "Extended by two years."),
        ],
    )
    .await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER);
    assert_eq!(ok.location, "/partnerships/sofia-vienna?done=event");
    // A company member may not record events.
    let member = login(&site, "member.sofia@demo.city2city.eu").await;
    let denied = get(
        &site,
        "/partnerships/sofia-vienna/events/new",
        "en",
        Some(&member),
    )
    .await;
    assert_eq!(denied.status, StatusCode::FORBIDDEN);
    std::fs::remove_dir_all(dir).ok();
}

#[tokio::test]
async fn account_pages_ask_for_sign_in_and_admin_pages_for_an_admin() {
    let (site, dir) = site().await;
    for path in [
        "/account",
        "/account/tokens",
        "/admin/users",
        "/admin/audit",
    ] {
        let a = get(&site, path, "en", None).await;
        assert_eq!(a.status, StatusCode::SEE_OTHER, "{path}");
        assert!(a.location.starts_with("/login?next="), "{path}");
    }
    let staff = login(&site, "staff.vienna@demo.city2city.eu").await;
    assert_eq!(
        get(&site, "/account", "en", Some(&staff)).await.status,
        StatusCode::OK
    );
    for path in ["/admin/users", "/admin/users/new", "/admin/audit"] {
        let a = get(&site, path, "en", Some(&staff)).await;
        assert_eq!(a.status, StatusCode::FORBIDDEN, "{path}");
    }
    let admin = login(&site, "admin@demo.city2city.eu").await;
    let users = get(&site, "/admin/users", "en", Some(&admin)).await;
    assert_eq!(users.status, StatusCode::OK);
    assert!(users.body.contains("staff.vienna@demo.city2city.eu"));
    let audit = get(&site, "/admin/audit", "en", Some(&admin)).await;
    assert!(audit.body.contains("<details>"));
    std::fs::remove_dir_all(dir).ok();
}

#[tokio::test]
async fn a_new_api_token_is_shown_once_and_mismatched_passwords_are_refused() {
    let (site, dir) = site().await;
    let me = login(&site, "staff.sofia@demo.city2city.eu").await;
    let created = post(&site, "/account/tokens", Some(&me), &[("name", "CRM")]).await;
    assert_eq!(created.status, StatusCode::OK);
    let start = position(&created.body, r#"<code class="secret" id="new-token">"#);
    let secret: String = created.body[start..]
        .split('>')
        .nth(1)
        .unwrap()
        .split('<')
        .next()
        .unwrap()
        .to_string();
    assert!(secret.starts_with("c2c_"), "{secret}");
    let list = get(&site, "/account/tokens", "en", Some(&me)).await;
    assert!(list.body.contains("CRM"));
    assert!(
        !list.body.contains(&secret),
        "the secret is shown only once"
    );
    let mismatch = post(
        &site,
        "/account/password",
        Some(&me),
        &[
            ("current_password", "demo-password-2026"),
            ("new_password", "a-new-password-1"),
            ("new_password_again", "a-new-password-2"),
        ],
    )
    .await;
    assert_eq!(mismatch.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(mismatch.body.contains(r#"id="new_password_again-error""#));
    std::fs::remove_dir_all(dir).ok();
}
