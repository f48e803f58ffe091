//! Page tests of the opportunity pages, through the whole router on a fresh SQLite database with
//! the demo data: every page for the public, a company member and agency staff in the three
//! languages; the editor's errors and preview; what an anonymous profile hides; the lifecycle,
//! expressions of interest, saved searches and notifications as people use them.

use crate::{AppState, WebConfig, router};
use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use city2city_app::{App, AppConfig};
use city2city_store::Store;
use tower::ServiceExt;

const CSRF: &str = "test-csrf-token";
const MEMBER_SOFIA: &str = "member.sofia@demo.city2city.eu";
const MEMBER_VIENNA: &str = "member.vienna@demo.city2city.eu";
const STAFF_SOFIA: &str = "staff.sofia@demo.city2city.eu";
const STAFF_VIENNA: &str = "staff.vienna@demo.city2city.eu";

struct Site {
    router: Router,
    dir: std::path::PathBuf,
}

impl Drop for Site {
    fn drop(&mut self) {
        std::fs::remove_dir_all(&self.dir).ok();
    }
}

async fn site() -> Site {
    use std::sync::atomic::{AtomicU64, Ordering};
    static N: AtomicU64 = AtomicU64::new(0);
    let dir = std::env::temp_dir().join(format!(
        "c2c-web-opportunity-pages-{}-{}",
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
    Site {
        router: router(AppState::new(app, config)),
        dir,
    }
}

struct Answer {
    status: StatusCode,
    location: String,
    cookies: Vec<String>,
    body: String,
}

async fn send(site: &Site, req: Request<Body>) -> Answer {
    let res = site.router.clone().oneshot(req).await.unwrap();
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

async fn get(site: &Site, path: &str, lang: &str, session: Option<&str>) -> Answer {
    let req = Request::get(path)
        .header(header::COOKIE, cookie_header(lang, session))
        .body(Body::empty())
        .unwrap();
    send(site, req).await
}

async fn post(site: &Site, path: &str, session: Option<&str>, fields: &[(&str, &str)]) -> Answer {
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
async fn login(site: &Site, email: &str) -> String {
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

fn date_in(days: i64) -> String {
    let d = time::OffsetDateTime::now_utc().date() + time::Duration::days(days);
    format!("{:04}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day())
}

/// A complete editor form for a business request of a Sofia company, with `title`.
fn opportunity_form(title: &str, show_name: bool) -> Vec<(&'static str, String)> {
    let mut f = vec![
        ("kind", "business_request".to_string()),
        ("lang", "en".to_string()),
        ("title", title.to_string()),
        (
            "summary",
            "A Sofia trust-service provider looks for a distribution partner among Viennese banks."
                .to_string(),
        ),
        (
            "description",
            "We sign documents for banks and insurers.\n\nWe look for a partner who brings us to \
             the Austrian market."
                .to_string(),
        ),
        ("tr0_lang", "de".to_string()),
        ("tr0_title", format!("{title} (Deutsch)")),
        (
            "tr0_summary",
            "Ein Sofioter Vertrauensdiensteanbieter sucht einen Vertriebspartner.".to_string(),
        ),
        ("tr0_description", String::new()),
        ("tr1_lang", "bg".to_string()),
        ("tr1_title", String::new()),
        ("tr1_summary", String::new()),
        ("tr1_description", String::new()),
        ("sectors", "fintech".to_string()),
        ("sectors", "cybersecurity".to_string()),
        ("keywords", "e-signature, eIDAS, banking".to_string()),
        ("partner_kinds", "company".to_string()),
        (
            "partner_role",
            "Distribute our signing service to Austrian banks.".to_string(),
        ),
        ("cooperation", "distribution".to_string()),
        ("cooperation", "commercial_agreement".to_string()),
        ("stage", String::new()),
        ("ipr", String::new()),
        ("target_cities", "vienna".to_string()),
        ("valid_until", date_in(300)),
        ("deadline", date_in(60)),
    ];
    if show_name {
        f.push(("show_name", "on".to_string()));
    }
    f
}

fn with_action<'a>(form: &'a [(&'static str, String)], action: &'a str) -> Vec<(&'a str, &'a str)> {
    let mut out: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
    out.push(("action", action));
    out
}

/// The reference of the opportunity a redirect points at.
fn reference_of(location: &str) -> String {
    location
        .strip_prefix("/opportunities/")
        .and_then(|r| r.split(['?', '#']).next())
        .unwrap_or_else(|| panic!("not an opportunity's address: {location}"))
        .to_string()
}

/// A Sofia company's opportunity, submitted by its member and published by Sofia staff.
async fn published(site: &Site, member: &str, staff: &str, title: &str, show_name: bool) -> String {
    let form = opportunity_form(title, show_name);
    let created = post(
        site,
        "/opportunities/new",
        Some(member),
        &with_action(&form, "submit"),
    )
    .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.body);
    assert!(
        created.location.ends_with("?done=submitted"),
        "{}",
        created.location
    );
    let reference = reference_of(&created.location);
    let publish = post(
        site,
        &format!("/opportunities/{reference}/move"),
        Some(staff),
        &[("action", "publish")],
    )
    .await;
    assert_eq!(publish.status, StatusCode::SEE_OTHER, "{}", publish.body);
    assert_eq!(
        publish.location,
        format!("/opportunities/{reference}?done=published")
    );
    reference
}

/// Every message id of the interface (from the English message files).
fn message_ids() -> Vec<String> {
    let dir = format!("{}/locales/en", env!("CARGO_MANIFEST_DIR"));
    let mut ids = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        ids.extend(
            text.lines()
                .filter(|l| !l.starts_with([' ', '#', '-', '.', '*', '[']) && l.contains(" ="))
                .map(|l| l.split(" =").next().unwrap().trim().to_string()),
        );
    }
    ids
}

/// The text a visitor reads: the content between tags, and labels given in attributes.
fn visible_text(body: &str) -> String {
    let mut out = String::new();
    let mut rest = body;
    while let Some(start) = rest.find('<') {
        out.push_str(&rest[..start]);
        out.push(' ');
        let Some(end) = rest[start..].find('>') else {
            break;
        };
        let tag = &rest[start..start + end];
        for attr in ["aria-label=\"", "title=\"", "placeholder=\""] {
            if let Some(i) = tag.find(attr) {
                let v = &tag[i + attr.len()..];
                out.push_str(v.split('"').next().unwrap_or(""));
                out.push(' ');
            }
        }
        rest = &rest[start + end + 1..];
    }
    out.push_str(rest);
    out
}

/// A page as it should be: found, with one h1, every message translated.
fn assert_good_page(a: &Answer, what: &str, ids: &[String]) {
    assert_eq!(a.status, StatusCode::OK, "{what}: {}", a.body);
    assert_eq!(a.body.matches("<h1").count(), 1, "{what}: one h1");
    let text = visible_text(&a.body);
    for id in ids {
        let untranslated = text
            .split(|c: char| c.is_whitespace() || "()[],.:;\"“”„".contains(c))
            .any(|w| w == id);
        assert!(!untranslated, "{what}: message id {id} shown as text");
    }
}

#[tokio::test]
async fn every_opportunity_page_renders_for_public_member_and_staff_in_three_languages() {
    let site = site().await;
    let ids = message_ids();
    let member = login(&site, MEMBER_SOFIA).await;
    let other = login(&site, MEMBER_VIENNA).await;
    let staff = login(&site, STAFF_SOFIA).await;
    let reference = published(
        &site,
        &member,
        &staff,
        "Distribution partner for e-signatures",
        true,
    )
    .await;
    // A draft for the editor and the delete confirmation.
    let form = opportunity_form("Draft about qualified seals", false);
    let draft = post(
        &site,
        "/opportunities/new",
        Some(&member),
        &with_action(&form, "draft"),
    )
    .await;
    assert_eq!(draft.status, StatusCode::SEE_OTHER, "{}", draft.body);
    let draft = reference_of(&draft.location);
    // An expression of interest, which also notifies the Sofia company.
    let sent = post(
        &site,
        &format!("/opportunities/{reference}/interest"),
        Some(&other),
        &[
            (
                "message",
                "We distribute payment services to Austrian banks.",
            ),
            ("contribution", "Contacts at twelve regional banks."),
        ],
    )
    .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
    let inbox = get(&site, "/interests", "en", Some(&member)).await;
    let at = inbox
        .body
        .find("/interests/")
        .expect("an interest in the inbox");
    let interest: String = inbox.body[at + "/interests/".len()..]
        .chars()
        .take_while(|c| c.is_ascii_digit())
        .collect();
    // A saved search.
    let saved = post(
        &site,
        "/opportunities/saved",
        Some(&other),
        &[
            ("name", "Trust services"),
            ("q", "signature"),
            ("kind", "business_request"),
            ("alerts", "on"),
        ],
    )
    .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let list = get(&site, "/opportunities/saved", "en", Some(&other)).await;
    let at = list
        .body
        .find("/opportunities/saved/")
        .expect("a saved search");
    let saved: String = list.body[at + "/opportunities/saved/".len()..]
        .chars()
        .take_while(|c| c.is_ascii_digit())
        .collect();

    let public_pages = vec![
        "/opportunities".to_string(),
        "/opportunities?q=signature&kind=business_request&sort=newest".to_string(),
        format!("/opportunities/{reference}"),
    ];
    let member_pages = vec![
        "/opportunities".to_string(),
        format!("/opportunities/{reference}"),
        format!("/opportunities/{draft}"),
        "/opportunities/new".to_string(),
        format!("/opportunities/{draft}/edit"),
        format!("/opportunities/{draft}/delete"),
        "/opportunities/mine".to_string(),
        "/opportunities/mine?status=draft".to_string(),
        "/interests".to_string(),
        "/interests?box=outbox".to_string(),
        format!("/interests/{interest}"),
        "/notifications".to_string(),
        "/opportunities/saved".to_string(),
        "/".to_string(),
    ];
    let other_pages = vec![
        format!("/opportunities/{reference}"),
        "/interests?box=outbox".to_string(),
        "/opportunities/saved".to_string(),
        format!("/opportunities/saved/{saved}/delete"),
        "/notifications".to_string(),
    ];
    let staff_pages = vec![
        "/opportunities".to_string(),
        format!("/opportunities/{reference}"),
        format!("/opportunities/{draft}"),
        "/opportunities/new".to_string(),
        "/opportunities/queue".to_string(),
        "/interests".to_string(),
        format!("/interests/{interest}"),
        "/notifications".to_string(),
        "/".to_string(),
    ];
    for lang in ["bg", "de", "en"] {
        for (who, session, pages) in [
            ("public", None, &public_pages),
            ("member", Some(member.as_str()), &member_pages),
            ("other member", Some(other.as_str()), &other_pages),
            ("staff", Some(staff.as_str()), &staff_pages),
        ] {
            for path in pages {
                let a = get(&site, path, lang, session).await;
                assert_good_page(&a, &format!("{who} {lang} {path}"), &ids);
                assert!(a.body.contains(&format!("<html lang=\"{lang}\">")));
            }
        }
    }
    // The interface speaks the visitor's language.
    let de = get(&site, "/opportunities", "de", None).await;
    assert!(de.body.contains("Kooperationsprofile"));
    let bg = get(&site, &format!("/opportunities/{reference}"), "bg", None).await;
    assert!(bg.body.contains("Основни данни"));
    // The German translation is shown to German readers, tagged with its language.
    let de = get(&site, &format!("/opportunities/{reference}"), "de", None).await;
    assert!(
        de.body
            .contains(r#"<h1 lang="de">Distribution partner for e-signatures (Deutsch)</h1>"#),
        "{}",
        de.body
    );
    assert!(
        de.body
            .contains(r#"<section class="opp-version" lang="en">"#)
    );
}

#[tokio::test]
async fn pages_ask_for_sign_in_or_refuse_what_the_role_may_not_do() {
    let site = site().await;
    for path in [
        "/opportunities/new",
        "/opportunities/mine",
        "/opportunities/queue",
        "/opportunities/saved",
        "/interests",
        "/notifications",
    ] {
        let a = get(&site, path, "en", None).await;
        assert_eq!(a.status, StatusCode::SEE_OTHER, "{path}");
        assert!(a.location.starts_with("/login?next="), "{path}");
    }
    let member = login(&site, MEMBER_SOFIA).await;
    let queue = get(&site, "/opportunities/queue", "en", Some(&member)).await;
    assert_eq!(queue.status, StatusCode::FORBIDDEN);
    // A draft does not exist for the public nor for another company.
    let form = opportunity_form("Unpublished idea", false);
    let draft = post(
        &site,
        "/opportunities/new",
        Some(&member),
        &with_action(&form, "draft"),
    )
    .await;
    let draft = reference_of(&draft.location);
    assert_eq!(
        get(&site, &format!("/opportunities/{draft}"), "en", None)
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    let other = login(&site, MEMBER_VIENNA).await;
    assert_eq!(
        get(
            &site,
            &format!("/opportunities/{draft}"),
            "en",
            Some(&other)
        )
        .await
        .status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        get(
            &site,
            &format!("/opportunities/{draft}/edit"),
            "en",
            Some(&other)
        )
        .await
        .status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn the_editor_shows_field_errors_keeps_what_was_typed_and_writes_nothing() {
    let site = site().await;
    let member = login(&site, MEMBER_SOFIA).await;
    let mut form = opportunity_form("", false);
    form.retain(|(k, _)| *k != "tr0_summary");
    form.push(("tr0_summary", String::new()));
    let a = post(
        &site,
        "/opportunities/new",
        Some(&member),
        &with_action(&form, "draft"),
    )
    .await;
    assert_eq!(a.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(a.body.matches("<h1").count(), 1);
    assert!(
        a.body
            .contains(r#"<span class="field-error" id="title-error">"#),
        "{}",
        a.body
    );
    assert!(a.body.contains(r##"<a href="#title">"##));
    assert!(
        a.body
            .contains(r#"aria-describedby="title-hint title-error" aria-invalid="true""#)
    );
    // The translation's missing summary is reported at its own input.
    assert!(a.body.contains(r#"id="tr0_summary-error""#));
    assert!(a.body.contains(r##"<a href="#tr0_summary">"##));
    // What was typed comes back.
    assert!(
        a.body
            .contains("looks for a distribution partner among Viennese banks")
    );
    assert!(a.body.contains(r#"value="fintech" checked"#));
    // Stage on a business request is refused and explained.
    let mut form = opportunity_form("Business request with a stage", false);
    form.retain(|(k, _)| *k != "stage");
    form.push(("stage", "prototype".into()));
    let b = post(
        &site,
        "/opportunities/new",
        Some(&member),
        &with_action(&form, "submit"),
    )
    .await;
    assert_eq!(b.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(b.body.contains(r#"id="stage-error""#));
    let mine = get(&site, "/opportunities/mine", "en", Some(&member)).await;
    assert!(!mine.body.contains("Business request with a stage"));
    assert_eq!(mine.status, StatusCode::OK);
}

#[tokio::test]
async fn the_preview_shows_the_public_profile_and_saves_nothing() {
    let site = site().await;
    let member = login(&site, MEMBER_SOFIA).await;
    let form = opportunity_form("Previewed partnership for qualified seals", false);
    let a = post(
        &site,
        "/opportunities/new",
        Some(&member),
        &with_action(&form, "preview"),
    )
    .await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.body);
    assert!(a.body.contains(r#"<h2 id="preview-heading">Preview</h2>"#));
    assert!(
        a.body
            .contains(r#"<h3 lang="en">Previewed partnership for qualified seals</h3>"#)
    );
    assert!(a.body.contains("Nothing has been saved yet."));
    assert!(a.body.contains("anonymous profile"));
    // The form is there again, filled in.
    assert!(
        a.body
            .contains(r#"value="Previewed partnership for qualified seals""#)
    );
    let mine = get(&site, "/opportunities/mine", "en", Some(&member)).await;
    assert!(!mine.body.contains("Previewed partnership"));
    // A preview with a problem says so and still saves nothing.
    let mut bad = form.clone();
    bad.retain(|(k, _)| *k != "valid_until");
    bad.push(("valid_until", "2001-01-01".into()));
    let b = post(
        &site,
        "/opportunities/new",
        Some(&member),
        &with_action(&bad, "preview"),
    )
    .await;
    assert_eq!(b.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(b.body.contains(r#"id="valid_until-error""#));
    assert!(b.body.contains(r#"id="preview-heading""#));
    let mine = get(&site, "/opportunities/mine", "en", Some(&member)).await;
    assert!(!mine.body.contains("Previewed partnership"));
}

#[tokio::test]
async fn an_anonymous_profile_shows_the_public_no_owner_name_nor_e_mail() {
    let site = site().await;
    let member = login(&site, MEMBER_SOFIA).await;
    let staff = login(&site, STAFF_SOFIA).await;
    let reference = published(
        &site,
        &member,
        &staff,
        "Anonymous Quokkafold request for a bank partner",
        false,
    )
    .await;
    for lang in ["bg", "de", "en"] {
        let a = get(&site, &format!("/opportunities/{reference}"), lang, None).await;
        assert_eq!(a.status, StatusCode::OK);
        for hidden in ["Sigil", "Сигил", "sigil-trust", "mailto:", "tel:", "@"] {
            assert!(!a.body.contains(hidden), "{lang}: the public sees {hidden}");
        }
    }
    let en = get(&site, &format!("/opportunities/{reference}"), "en", None).await;
    assert!(en.body.contains("This is an anonymous profile"));
    assert!(
        en.body
            .contains("Sign in as a member of a company to express interest")
    );
    // The search does not give the owner away either.
    let found = get(&site, "/opportunities?q=quokkafold", "en", None).await;
    assert!(found.body.contains(&reference), "{}", found.body);
    assert!(!found.body.contains("Sigil"));
    // The owner's side and the city's staff see who it is, with the contact person.
    let own = get(
        &site,
        &format!("/opportunities/{reference}"),
        "en",
        Some(&member),
    )
    .await;
    assert!(own.body.contains("Sigil Trust"));
    assert!(own.body.contains("mailto:"));
    let agency = get(
        &site,
        &format!("/opportunities/{reference}"),
        "en",
        Some(&staff),
    )
    .await;
    assert!(agency.body.contains("Sigil Trust"));
}

#[tokio::test]
async fn staff_return_with_a_comment_and_publish_and_the_search_finds_it() {
    let site = site().await;
    let member = login(&site, MEMBER_SOFIA).await;
    let staff = login(&site, STAFF_SOFIA).await;
    let form = opportunity_form("Cloud signing gateway Wombatrix for insurers", true);
    let created = post(
        &site,
        "/opportunities/new",
        Some(&member),
        &with_action(&form, "submit"),
    )
    .await;
    let reference = reference_of(&created.location);
    let queue = get(&site, "/opportunities/queue", "en", Some(&staff)).await;
    assert!(queue.body.contains(&reference));
    // Vienna's staff do not validate Sofia's companies.
    let vienna = login(&site, STAFF_VIENNA).await;
    let refused = post(
        &site,
        &format!("/opportunities/{reference}/move"),
        Some(&vienna),
        &[("action", "publish")],
    )
    .await;
    assert!(refused.status.is_client_error());
    // Returning needs a comment.
    let page = get(
        &site,
        &format!("/opportunities/{reference}"),
        "en",
        Some(&staff),
    )
    .await;
    assert!(page.body.contains(r#"name="action" value="publish""#));
    let no_comment = post(
        &site,
        &format!("/opportunities/{reference}/move"),
        Some(&staff),
        &[("action", "return"), ("comment", " ")],
    )
    .await;
    assert_eq!(no_comment.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(no_comment.body.contains(r#"id="comment-error""#));
    assert!(no_comment.body.contains(r##"<a href="#comment">"##));
    let returned = post(
        &site,
        &format!("/opportunities/{reference}/move"),
        Some(&staff),
        &[
            ("action", "return"),
            ("comment", "Please name the target market."),
        ],
    )
    .await;
    assert_eq!(returned.status, StatusCode::SEE_OTHER);
    let seen = get(
        &site,
        &format!("/opportunities/{reference}"),
        "en",
        Some(&member),
    )
    .await;
    assert!(seen.body.contains("Please name the target market."));
    assert!(seen.body.contains("Returned with comments"));
    // The author resubmits from the editor; staff publish; the public finds it.
    let again = post(
        &site,
        &format!("/opportunities/{reference}/edit"),
        Some(&member),
        &with_action(&form, "submit"),
    )
    .await;
    assert_eq!(again.status, StatusCode::SEE_OTHER, "{}", again.body);
    assert!(again.location.ends_with("?done=submitted"));
    let published = post(
        &site,
        &format!("/opportunities/{reference}/move"),
        Some(&staff),
        &[("action", "publish")],
    )
    .await;
    assert_eq!(published.status, StatusCode::SEE_OTHER);
    let found = get(&site, "/opportunities?q=wombatrix", "en", None).await;
    assert!(
        found.body.contains(&format!("/opportunities/{reference}")),
        "{}",
        found.body
    );
    assert!(found.body.contains("<mark>"), "highlighted: {}", found.body);
    assert!(
        found.body.contains("Sigil Trust"),
        "the owner shows its name"
    );
    // Renewing needs a later date.
    let early = post(
        &site,
        &format!("/opportunities/{reference}/move"),
        Some(&member),
        &[("action", "renew"), ("valid_until", &date_in(10))],
    )
    .await;
    assert_eq!(early.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(early.body.contains(r#"id="renew_until-error""#));
}

#[tokio::test]
async fn a_draft_is_deleted_after_a_confirmation() {
    let site = site().await;
    let member = login(&site, MEMBER_SOFIA).await;
    let form = opportunity_form("Short-lived draft", false);
    let draft = post(
        &site,
        "/opportunities/new",
        Some(&member),
        &with_action(&form, "draft"),
    )
    .await;
    assert!(draft.location.ends_with("?done=created"));
    let reference = reference_of(&draft.location);
    let confirm = get(
        &site,
        &format!("/opportunities/{reference}/delete"),
        "en",
        Some(&member),
    )
    .await;
    assert_eq!(confirm.status, StatusCode::OK);
    assert!(confirm.body.contains("Short-lived draft"));
    let deleted = post(
        &site,
        &format!("/opportunities/{reference}/delete"),
        Some(&member),
        &[],
    )
    .await;
    assert_eq!(deleted.status, StatusCode::SEE_OTHER);
    assert_eq!(deleted.location, "/opportunities/mine?done=deleted");
    assert_eq!(
        get(
            &site,
            &format!("/opportunities/{reference}"),
            "en",
            Some(&member)
        )
        .await
        .status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn an_accepted_expression_of_interest_introduces_both_sides_and_notifies() {
    let site = site().await;
    let member = login(&site, MEMBER_SOFIA).await;
    let staff = login(&site, STAFF_SOFIA).await;
    let other = login(&site, MEMBER_VIENNA).await;
    let reference = published(
        &site,
        &member,
        &staff,
        "Anonymous signing partner wanted",
        false,
    )
    .await;
    // The interested company sees the form; an empty one comes back with errors at its fields.
    let page = get(
        &site,
        &format!("/opportunities/{reference}"),
        "en",
        Some(&other),
    )
    .await;
    assert!(page.body.contains(r#"<textarea id="message""#));
    let empty = post(
        &site,
        &format!("/opportunities/{reference}/interest"),
        Some(&other),
        &[("message", ""), ("contribution", "")],
    )
    .await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(empty.body.contains(r#"id="message-error""#));
    assert!(empty.body.contains(r#"id="contribution-error""#));
    let sent = post(
        &site,
        &format!("/opportunities/{reference}/interest"),
        Some(&other),
        &[
            (
                "message",
                "Our payment platform could offer your signatures.",
            ),
            ("contribution", "A network of Austrian merchants."),
        ],
    )
    .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
    let page = get(
        &site,
        &format!("/opportunities/{reference}"),
        "en",
        Some(&other),
    )
    .await;
    assert!(page.body.contains(r#"id="my-interest""#));
    assert!(
        !page.body.contains(r#"<textarea id="message""#),
        "one open expression at a time"
    );
    // The owner is told, in the navigation and on the notifications page.
    let home = get(&site, "/", "en", Some(&member)).await;
    assert!(home.body.contains("unread)"), "{}", home.body);
    let notes = get(&site, "/notifications", "en", Some(&member)).await;
    assert!(notes.body.contains("received an expression of interest"));
    let inbox = get(&site, "/interests", "en", Some(&member)).await;
    assert!(
        inbox
            .body
            .contains("Our payment platform could offer your signatures.")
    );
    assert!(
        inbox.body.contains("Zahlwerk"),
        "the owner sees who is interested"
    );
    // The sender finds its expression of interest from the opportunity's page.
    let at = page
        .body
        .find("/interests/")
        .expect("a link to my interest");
    let id: String = page.body[at + "/interests/".len()..]
        .chars()
        .take_while(|c| c.is_ascii_digit())
        .collect();
    // Before the answer, the sender does not know who the anonymous owner is.
    let before = get(&site, &format!("/interests/{id}"), "en", Some(&other)).await;
    assert!(before.body.contains("Anonymous author"), "{}", before.body);
    assert!(!before.body.contains("Sigil"));
    assert!(!before.body.contains("sigil-trust"));
    let accepted = post(
        &site,
        &format!("/interests/{id}/move"),
        Some(&member),
        &[("action", "accept")],
    )
    .await;
    assert_eq!(accepted.status, StatusCode::SEE_OTHER);
    assert_eq!(accepted.location, format!("/interests/{id}?done=accepted"));
    let shown = get(&site, &format!("/interests/{id}"), "en", Some(&other)).await;
    assert!(shown.body.contains("Sigil Trust"), "{}", shown.body);
    assert!(shown.body.contains("mailto:"));
    let outcome = post(
        &site,
        &format!("/interests/{id}/move"),
        Some(&other),
        &[("action", "outcome"), ("outcome", "met")],
    )
    .await;
    assert_eq!(outcome.status, StatusCode::SEE_OTHER);
    let notes = get(&site, "/notifications", "en", Some(&other)).await;
    assert!(notes.body.contains("was accepted"));
    let read = post(
        &site,
        "/notifications/read",
        Some(&other),
        &[("next", "/notifications")],
    )
    .await;
    assert_eq!(read.status, StatusCode::SEE_OTHER);
    assert_eq!(read.location, "/notifications?done=all-read");
    let after = get(&site, "/notifications", "en", Some(&other)).await;
    assert!(!after.body.contains("unread)"));
    assert!(!after.body.contains("Mark all as read"));
}

#[tokio::test]
async fn a_saved_search_is_named_toggled_and_deleted_after_a_confirmation() {
    let site = site().await;
    let other = login(&site, MEMBER_VIENNA).await;
    let search = get(
        &site,
        "/opportunities?q=signing&sector=fintech",
        "en",
        Some(&other),
    )
    .await;
    assert!(
        search
            .body
            .contains(r#"<input type="hidden" name="q" value="signing">"#)
    );
    assert!(
        search
            .body
            .contains(r#"<input type="hidden" name="sector" value="fintech">"#)
    );
    let unnamed = post(
        &site,
        "/opportunities/saved",
        Some(&other),
        &[("name", ""), ("q", "signing"), ("sector", "fintech")],
    )
    .await;
    assert_eq!(unnamed.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(unnamed.body.contains(r#"id="search_name-error""#));
    assert!(unnamed.body.contains(r##"<a href="#search_name">"##));
    let saved = post(
        &site,
        "/opportunities/saved",
        Some(&other),
        &[
            ("name", "Signing in fintech"),
            ("q", "signing"),
            ("sector", "fintech"),
            ("alerts", "on"),
        ],
    )
    .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    let list = get(&site, "/opportunities/saved", "de", Some(&other)).await;
    assert!(list.body.contains("Signing in fintech"));
    assert!(
        list.body
            .contains(r#"href="/opportunities?q=signing&#38;sector=fintech""#),
        "{}",
        list.body
    );
    let at = list.body.find("/opportunities/saved/").unwrap();
    let id: String = list.body[at + "/opportunities/saved/".len()..]
        .chars()
        .take_while(|c| c.is_ascii_digit())
        .collect();
    let off = post(
        &site,
        &format!("/opportunities/saved/{id}/alerts"),
        Some(&other),
        &[("alerts", "off")],
    )
    .await;
    assert_eq!(off.location, "/opportunities/saved?done=alerts-off");
    let list = get(&site, "/opportunities/saved", "en", Some(&other)).await;
    assert!(list.body.contains("Turn alerts on"));
    // Another account cannot touch it.
    let member = login(&site, MEMBER_SOFIA).await;
    let foreign = get(
        &site,
        &format!("/opportunities/saved/{id}/delete"),
        "en",
        Some(&member),
    )
    .await;
    assert_eq!(foreign.status, StatusCode::NOT_FOUND);
    let confirm = get(
        &site,
        &format!("/opportunities/saved/{id}/delete"),
        "en",
        Some(&other),
    )
    .await;
    assert_eq!(confirm.status, StatusCode::OK);
    let deleted = post(
        &site,
        &format!("/opportunities/saved/{id}/delete"),
        Some(&other),
        &[],
    )
    .await;
    assert_eq!(deleted.location, "/opportunities/saved?done=deleted");
    let list = get(&site, "/opportunities/saved", "en", Some(&other)).await;
    assert!(!list.body.contains("Signing in fintech"));
}

#[tokio::test]
async fn odd_search_input_is_read_leniently_never_an_error() {
    let site = site().await;
    for path in [
        "/opportunities?q=%22unbalanced+%28+AND+*",
        "/opportunities?kind=nonsense&sector=nowhere&lang=xx&city=..%2F&sort=sideways",
        "/opportunities?page=abc",
        "/opportunities?page=999999",
        "/opportunities?q=%D0%BF%D0%BE%D0%B4%D0%BF%D0%B8%D1%81&lang=bg&lang=bg",
    ] {
        let a = get(&site, path, "en", None).await;
        assert_eq!(a.status, StatusCode::OK, "{path}: {}", a.body);
        assert_eq!(a.body.matches("<h1").count(), 1, "{path}");
    }
    // Unknown references and ids are simply not found.
    for path in [
        "/opportunities/NO-SUCH-REF",
        "/interests/abc",
        "/opportunities/saved/abc/delete",
    ] {
        let member = login(&site, MEMBER_SOFIA).await;
        let a = get(&site, path, "en", Some(&member)).await;
        assert_eq!(a.status, StatusCode::NOT_FOUND, "{path}");
    }
}
