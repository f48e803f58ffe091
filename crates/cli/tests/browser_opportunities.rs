//! The whole life of an opportunity in a real browser (headless Chromium through chromedriver),
//! every page checked with axe-core: a Sofia company drafts and submits a request; Sofia staff
//! return it with a comment; the company edits and submits again; staff publish; an anonymous
//! visitor finds it by search and sees no contact details; a Vienna company expresses interest;
//! the owner accepts; both now see each other's contact person.
//!
//! Run with `scripts/test -p city2city --test browser_opportunities`.

mod support;
#[path = "support/browser.rs"]
mod web;

use city2city_store::Backend;
use support::TestApp;
use web::{Browser, Env};

const MEMBER_SOFIA: &str = "member.sofia@demo.city2city.eu";
const MEMBER_VIENNA: &str = "member.vienna@demo.city2city.eu";
const STAFF_SOFIA: &str = "staff.sofia@demo.city2city.eu";

/// Signs out by forgetting the session, then signs in as `email` (or stays anonymous).
async fn act_as(b: &Browser, email: Option<&str>) {
    b.client.delete_all_cookies().await.expect("forget cookies");
    if let Some(email) = email {
        b.login(email).await;
    }
}

/// Sets a select or date input by id, as choosing it would (typing dates depends on the locale).
async fn set(b: &Browser, id: &str, value: &str) {
    b.js(&format!(
        "const e = document.getElementById({id:?}); e.value = {value:?}; \
         e.dispatchEvent(new Event('change', {{bubbles: true}}));"
    ))
    .await;
    let now = b
        .js(&format!("return document.getElementById({id:?}).value;"))
        .await;
    assert_eq!(now.as_str(), Some(value), "{id} set");
}

/// Ticks the checkbox matching `css` unless it is ticked already.
async fn check(b: &Browser, css: &str) {
    let e = b.find(css).await;
    if !e.is_selected().await.expect("checkbox state") {
        e.click().await.expect("tick");
    }
}

async fn click(b: &Browser, css: &str, what: &str) {
    let button = b.find(css).await;
    let status = b.click_to_next_page(&button, what).await;
    if status != 200 {
        let invalid = b
            .js("return [...document.querySelectorAll('[aria-invalid=true]')].map(e => (e.name || e.id) + ': ' + (document.getElementById((e.name || e.id) + '-error') || {textContent: ''}).textContent);")
            .await;
        panic!(
            "{what}: ended on {} with {status}; fields in error: {invalid}",
            b.path().await
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_opportunity_from_draft_to_introduction() {
    let Some(env) = Env::get("an_opportunity_from_draft_to_introduction") else {
        return;
    };
    let app = TestApp::new(Backend::Sqlite, true).await.expect("server");
    web::run(&env, &app.base, &[], |b| async move {
        // A Sofia company drafts a request.
        act_as(&b, Some(MEMBER_SOFIA)).await;
        b.visit("/opportunities/new").await;
        set(&b, "kind", "business_request").await;
        set(&b, "lang", "bg").await;
        b.fill(
            "Title",
            "Търсим дистрибутори на квалифицирани електронни подписи във Виена",
        )
        .await;
        b.fill(
            "Summary",
            "Доставчик на удостоверителни услуги търси търговски партньори за австрийския пазар.",
        )
        .await;
        b.fill("Description", "Предлагаме отдалечено подписване за банки.")
            .await;
        check(&b, "input[name=sectors][value=cybersecurity]").await;
        check(&b, "input[name=target_cities][value=vienna]").await;
        let until =
            (time::OffsetDateTime::now_utc().date() + time::Duration::days(200)).to_string();
        set(&b, "valid_until", &until).await;
        click(&b, "button[name=action][value=draft]", "saving the draft").await;
        let path = b.path().await;
        assert!(
            path.starts_with("/opportunities/SOF-"),
            "the draft's page: {path}"
        );
        let detail = path.split('?').next().unwrap().to_string();
        let reference = detail.trim_start_matches("/opportunities/").to_string();
        assert!(b.main_text().await.contains("Draft"));

        // ... and submits it.
        click(
            &b,
            "main form:has(input[name=action][value=submit]) button[type=submit]",
            "submitting",
        )
        .await;
        assert!(b.main_text().await.contains("Submitted for validation"));

        // Sofia staff find it in their queue and return it with a comment.
        act_as(&b, Some(STAFF_SOFIA)).await;
        b.visit("/opportunities/queue").await;
        b.follow(&format!("main a[href^=\"{detail}\"]")).await;
        b.fill(
            "What should the author change?",
            "Моля, опишете целевите клиенти.",
        )
        .await;
        click(
            &b,
            "main form:has(input[name=action][value=return]) button[type=submit]",
            "returning it",
        )
        .await;
        assert!(b.main_text().await.contains("Returned with comments"));

        // The company reads the comment, edits and submits again.
        act_as(&b, Some(MEMBER_SOFIA)).await;
        b.visit(&detail).await;
        assert!(
            b.main_text()
                .await
                .contains("Моля, опишете целевите клиенти.")
        );
        b.follow(&format!("main a[href=\"{detail}/edit\"]")).await;
        b.fill(
            "Description",
            "Предлагаме отдалечено подписване за банки и застрахователи във Виена.",
        )
        .await;
        click(
            &b,
            "button[name=action][value=submit]",
            "saving and submitting again",
        )
        .await;
        assert!(b.main_text().await.contains("Submitted for validation"));

        // Staff publish it.
        act_as(&b, Some(STAFF_SOFIA)).await;
        b.visit(&detail).await;
        click(
            &b,
            "main form:has(input[name=action][value=publish]) button[type=submit]",
            "publishing",
        )
        .await;
        assert!(b.main_text().await.contains("Published"));

        // An anonymous visitor finds it by searching another form of a word, without contacts.
        act_as(&b, None).await;
        b.visit("/opportunities").await;
        b.fill("Search words", "дистрибутор").await;
        click(
            &b,
            "main form[role=search] button[type=submit]",
            "searching",
        )
        .await;
        b.follow(&format!("main a[href^=\"{detail}\"]")).await;
        let public = b.main_text().await;
        assert!(public.contains("дистрибутори"), "{public}");
        for secret in ["Sigil", "Сигил", "@", "+359"] {
            assert!(
                !public.contains(secret),
                "the public sees {secret:?}: {public}"
            );
        }

        // A Vienna company expresses interest.
        act_as(&b, Some(MEMBER_VIENNA)).await;
        b.visit(&detail).await;
        assert!(
            !b.main_text().await.contains("@"),
            "no contact details before an introduction"
        );
        b.fill(
            "Your message",
            "Wir vertreiben Signaturlösungen an Wiener Banken.",
        )
        .await;
        b.fill("What your organisation brings", "Kontakte zu 20 Banken")
            .await;
        click(
            &b,
            "main form[action$=\"/interest\"] button[type=submit]",
            "sending interest",
        )
        .await;

        // The owner accepts it in the inbox.
        act_as(&b, Some(MEMBER_SOFIA)).await;
        b.visit("/interests?box=inbox").await;
        b.follow("main a[href^=\"/interests/\"]").await;
        assert!(b.main_text().await.contains("Wiener Banken"));
        click(
            &b,
            "main form:has(input[name=action][value=accept]) button[type=submit]",
            "accepting",
        )
        .await;
        let owner_view = b.main_text().await;
        assert!(
            owner_view.contains("zahlwerk"),
            "the owner sees the Vienna contact: {owner_view}"
        );

        // Both sides now see each other's contact person.
        act_as(&b, Some(MEMBER_VIENNA)).await;
        b.visit(&detail).await;
        let introduced = b.main_text().await;
        assert!(
            introduced.contains("sigil-trust"),
            "the Vienna company sees the Sofia contact: {introduced}"
        );
        assert!(introduced.contains(&reference));
    })
    .await;
}
