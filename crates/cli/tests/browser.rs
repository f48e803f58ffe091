//! The pages in a real browser: headless Chromium through chromedriver, on the real server with
//! a fresh SQLite database and the demo data. Every page a test visits is checked with axe-core
//! against WCAG 2.1 A and AA; any violation fails the test, listed with its rule and elements.
//!
//! Run with `scripts/test -p city2city --test browser` (it starts chromedriver and installs
//! axe-core). Without the browser set-up these tests skip, unless `CITY2CITY_REQUIRE_ALL=1`.

mod support;
#[path = "support/browser.rs"]
mod web;

use city2city_domain::Lang;
use city2city_store::Backend;
use city2city_web::i18n::t;
use fantoccini::key::Key;
use support::TestApp;
use web::{Browser, Env};

const STAFF_VIENNA: &str = "staff.vienna@demo.city2city.eu";
const STAFF_VIENNA_NAME: &str = "Demo staff, Vienna Business Agency";
const ADMIN: &str = "admin@demo.city2city.eu";

/// The browser set-up and a server with the demo data, or `None` to skip.
async fn setup(test: &str) -> Option<(Env, TestApp)> {
    let env = Env::get(test)?;
    let app = TestApp::new(Backend::Sqlite, true)
        .await
        .expect("server on SQLite");
    Some((env, app))
}

/// Asserts the page shown is in `lang`: `<html lang>` and the main navigation's wording.
async fn assert_language(b: &Browser, lang: Lang) {
    let path = b.path().await;
    assert_eq!(b.page_lang().await, lang.code(), "<html lang> of {path}");
    let nav = b.text(".site-nav").await;
    let expected = t(lang, "nav-organisations");
    assert!(
        nav.contains(&expected),
        "the main navigation of {path} should read {expected:?} in {lang}, it reads {nav:?}"
    );
}

/// Clicks the language switcher's link to `lang` and checks the same page comes back in it.
async fn switch_language(b: &Browser, lang: Lang) {
    let before = b.path().await;
    b.follow(&format!(".lang-switch a[hreflang=\"{}\"]", lang.code()))
        .await;
    assert_eq!(
        b.path().await,
        before,
        "switching to {lang} returns to the page it was chosen on"
    );
    assert_language(b, lang).await;
    let current = b
        .find(".lang-switch a[aria-current]")
        .await
        .attr("hreflang")
        .await
        .unwrap();
    assert_eq!(
        current.as_deref(),
        Some(lang.code()),
        "the switcher marks {lang} as current"
    );
}

/// The `<h1>` of the page shown, which must not be empty.
async fn heading(b: &Browser) -> String {
    let h1 = b.text("main h1").await;
    assert!(!h1.is_empty(), "{} has an empty <h1>", b.path().await);
    h1
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn signing_in_and_switching_language() {
    let Some((env, app)) = setup("signing_in_and_switching_language").await else {
        return;
    };
    web::run(&env, &app.base, &[], |b| async move {
        // Anonymous: the home page in the browser's language (English), with a sign-in link.
        b.visit("/").await;
        assert_language(&b, Lang::En).await;
        assert!(
            b.find_all(".account-nav a[href=\"/account\"]")
                .await
                .is_empty(),
            "nobody is signed in yet"
        );

        // The link to the login page, then the form.
        b.follow(".account-nav a[href^=\"/login\"]").await;
        assert!(
            b.path().await.starts_with("/login"),
            "the sign-in link leads to /login, not {}",
            b.path().await
        );
        assert_eq!(heading(&b).await, t(Lang::En, "login-title"));
        b.fill_login(STAFF_VIENNA).await;
        let submit = b.find("main form button[type=submit]").await;
        let status = b
            .click_to_next_page(&submit, "submitting the login form")
            .await;
        assert_eq!(
            status,
            200,
            "signing in ended on {} with {status}: {}",
            b.path().await,
            b.main_text().await
        );
        assert_eq!(b.path().await, "/", "signing in returns to the home page");
        assert_eq!(
            b.text(".account-nav a[href=\"/account\"]").await,
            STAFF_VIENNA_NAME,
            "the account link names who is signed in"
        );

        // Chromium keeps the server's Secure, HttpOnly, SameSite=Lax cookies on http://127.0.0.1
        // (loopback counts as a secure context), or the session above would not have held.
        let cookies = b.client.get_all_cookies().await.expect("cookies");
        let session = cookies
            .iter()
            .find(|c| c.name() == "c2c_session")
            .expect("the session cookie is kept");
        assert_eq!(session.secure(), Some(true), "session cookie is Secure");
        assert_eq!(
            session.http_only(),
            Some(true),
            "session cookie is HttpOnly"
        );

        // Bulgarian, then German, with the switcher; the choice survives a reload and other pages.
        switch_language(&b, Lang::Bg).await;
        assert_eq!(
            b.text(".account-nav a[href=\"/account\"]").await,
            STAFF_VIENNA_NAME,
            "still signed in after switching language"
        );
        switch_language(&b, Lang::De).await;
        b.mark_page().await;
        b.client.refresh().await.expect("reload");
        b.wait_for_next_page("reloading the home page").await;
        assert_language(&b, Lang::De).await;
        let cookies = b.client.get_all_cookies().await.expect("cookies");
        let lang = cookies
            .iter()
            .find(|c| c.name() == "c2c_lang")
            .map(|c| c.value().to_string());
        assert_eq!(
            lang.as_deref(),
            Some("de"),
            "the language choice is kept in a cookie"
        );

        // The main pages, in German.
        b.visit("/organisations").await;
        assert_language(&b, Lang::De).await;
        assert_eq!(heading(&b).await, t(Lang::De, "org-list-title"));
        let rows = b.find_all("main table tbody tr").await;
        assert!(
            rows.len() >= 10,
            "the organisations list shows the demo organisations, found {} rows",
            rows.len()
        );
        b.follow("main table tbody tr a[href^=\"/organisations/\"]")
            .await;
        assert!(
            b.path().await.starts_with("/organisations/"),
            "a row links to an organisation page"
        );
        heading(&b).await;
        assert_language(&b, Lang::De).await;

        b.visit("/partnerships/sofia-vienna").await;
        assert_language(&b, Lang::De).await;
        heading(&b).await;
        for date in ["2018-10-22", "2019-09-16", "2020-02-14"] {
            let found = b
                .find_all(&format!("main .timeline time[datetime=\"{date}\"]"))
                .await;
            assert_eq!(
                found.len(),
                1,
                "the partnership's timeline shows the event of {date}; timeline text:\n{}",
                b.text("main .timeline").await
            );
        }

        for path in [
            "/account",
            "/account/tokens",
            "/people",
            "/cities",
            "/sectors",
        ] {
            b.visit(path).await;
            assert_language(&b, Lang::De).await;
            heading(&b).await;
        }
        b.visit("/account").await;
        let account = b.main_text().await;
        assert!(
            account.contains(STAFF_VIENNA),
            "the account page shows the e-mail address:\n{account}"
        );
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn first_visit_follows_the_browsers_language() {
    let Some((env, app)) = setup("first_visit_follows_the_browsers_language").await else {
        return;
    };
    // Headless Chromium ignores --lang for Accept-Language; --accept-lang sets it.
    web::run(
        &env,
        &app.base,
        &["--accept-lang=de-DE,de"],
        |b| async move {
            b.visit("/").await;
            assert_language(&b, Lang::De).await;
            b.follow(".account-nav a[href^=\"/login\"]").await;
            assert_language(&b, Lang::De).await;
            assert_eq!(heading(&b).await, t(Lang::De, "login-title"));
            // A wrong password: the error is announced in German at the field and in the summary.
            b.fill(&t(Lang::De, "login-email"), STAFF_VIENNA).await;
            b.fill(&t(Lang::De, "login-password"), "not-the-password")
                .await;
            let submit = b.find("main form button[type=submit]").await;
            let status = b
                .click_to_next_page(&submit, "signing in with a wrong password")
                .await;
            assert_eq!(status, 422, "a wrong password answers 422");
            let summary = b.text("#error-summary").await;
            let expected = t(Lang::De, "err-bad-credentials");
            assert!(
                summary.contains(&expected),
                "the summary says {expected:?}: {summary:?}"
            );

            // The accessibility check itself sees problems: break the page and ask axe-core.
            const BREAK: &str = "document.documentElement.removeAttribute('lang');
            const img = document.createElement('img');
            img.src = '/static/none.png';
            document.querySelector('main').append(img);";
            b.js(BREAK).await;
            let found = b.axe_violations("a deliberately broken page").await;
            let ids: Vec<&str> = found.iter().filter_map(|v| v["id"].as_str()).collect();
            let both = ids.contains(&"html-has-lang") && ids.contains(&"image-alt");
            assert!(
                both,
                "axe-core reports a missing lang and alt text, got {ids:?}"
            );
        },
    )
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn creating_an_organisation_through_the_form_and_seeing_a_validation_error() {
    let Some((env, app)) =
        setup("creating_an_organisation_through_the_form_and_seeing_a_validation_error").await
    else {
        return;
    };
    web::run(&env, &app.base, &[], |b| async move {
        let en = |key: &str| t(Lang::En, key);
        b.login(STAFF_VIENNA).await;
        b.visit("/organisations/new").await;
        assert_eq!(heading(&b).await, en("org-new-title"));

        // No name and a malformed website, submitted with Enter from the website field.
        b.fill(&en("org-field-website"), "not a url").await;
        let website = b.field(&en("org-field-website")).await;
        b.mark_page().await;
        website
            .send_keys(&Key::Enter.to_string())
            .await
            .expect("press Enter");
        let status = b
            .wait_for_next_page("submitting the incomplete form with Enter")
            .await;
        assert_eq!(
            status,
            422,
            "an invalid organisation answers 422; page:\n{}",
            b.main_text().await
        );
        assert_eq!(
            b.path().await,
            "/organisations/new",
            "the form is shown again at its address"
        );

        // The website field: marked invalid, described by its message, which the summary links to.
        let website = b.field(&en("org-field-website")).await;
        assert_eq!(
            website.attr("aria-invalid").await.unwrap().as_deref(),
            Some("true"),
            "the website field is marked invalid"
        );
        assert_eq!(
            website.prop("value").await.unwrap().as_deref(),
            Some("not a url"),
            "what was typed is kept"
        );
        let described_by = website
            .attr("aria-describedby")
            .await
            .unwrap()
            .unwrap_or_default();
        assert!(
            described_by
                .split_whitespace()
                .any(|id| id == "website-error"),
            "the website field is described by its error: aria-describedby={described_by:?}"
        );
        let message = b.text("#website-error").await;
        assert_eq!(
            message,
            en("err-invalid-url"),
            "the message next to the website field"
        );
        let link = b.find("#error-summary a[href=\"#website\"]").await;
        assert_eq!(
            link.text().await.unwrap().trim(),
            message,
            "the error summary links to the website field with the same message"
        );

        // The names: at least one is required; the summary links to the first name field.
        let name_bg = b.field(&en("org-lang-bg")).await;
        assert_eq!(
            name_bg.attr("aria-invalid").await.unwrap().as_deref(),
            Some("true"),
            "the name fields are marked invalid"
        );
        let described_by = name_bg
            .attr("aria-describedby")
            .await
            .unwrap()
            .unwrap_or_default();
        assert!(
            described_by.split_whitespace().any(|id| id == "name-error"),
            "the name fields are described by the error: {described_by:?}"
        );
        assert!(
            !b.text("#name-error").await.is_empty(),
            "the name error has a message"
        );
        b.find("#error-summary a[href=\"#name_bg\"]").await;

        // The summary has the focus, so keyboard and screen-reader users hear what went wrong.
        let focused = b
            .js("return document.activeElement ? document.activeElement.id : '';")
            .await;
        assert_eq!(
            focused.as_str(),
            Some("error-summary"),
            "focus moves to the error summary"
        );

        // Now correctly, field by field as a keyboard user would.
        let name = "Donaukanal Datenwerkstatt GmbH";
        b.choose(&en("org-field-kind"), &en("kind-company")).await;
        b.choose(&en("org-field-city"), "Vienna").await;
        b.fill(&en("org-lang-de"), name).await;
        b.choose(&en("org-field-size"), &en("size-small")).await;
        b.tick("Fintech").await;
        b.fill(
            &en("org-field-website"),
            "https://datenwerkstatt.example.com",
        )
        .await;
        b.fill(
            &en("org-field-description"),
            "Datenanalyse für Zahlungsdienstleister in Wien und Sofia.",
        )
        .await;
        b.choose(&en("org-field-description-lang"), &en("org-lang-de"))
            .await;
        let submit = b.find("main form button[type=submit]").await;
        assert_eq!(submit.text().await.unwrap().trim(), en("org-create-submit"));
        let status = b
            .click_to_next_page(&submit, "creating the organisation")
            .await;
        assert_eq!(
            status,
            200,
            "creating the organisation ended on {} with {status}:\n{}",
            b.path().await,
            b.main_text().await
        );

        let path = b.path().await;
        assert!(
            path.starts_with("/organisations/") && !path.starts_with("/organisations/new"),
            "lands on the new organisation's page, not {path}"
        );
        assert_eq!(
            heading(&b).await,
            name,
            "the new organisation's name is the heading"
        );
        assert_eq!(
            b.find("main h1")
                .await
                .attr("lang")
                .await
                .unwrap()
                .as_deref(),
            Some("de"),
            "the German name is marked lang=de on an English page"
        );
        let notice = b.text("main [role=status]").await;
        assert_eq!(
            notice,
            en("org-done-created"),
            "a notice confirms the creation"
        );
        let page = b.main_text().await;
        assert!(
            page.contains("https://datenwerkstatt.example.com"),
            "the website is shown:\n{page}"
        );
        assert!(page.contains("Fintech"), "the sector is shown:\n{page}");

        // And it can be found.
        b.visit(&format!("/organisations?q={}", urlencoding::encode(name)))
            .await;
        let rows = b.find_all("main table tbody tr").await;
        let mut names = vec![];
        for r in &rows {
            names.push(r.text().await.unwrap_or_default());
        }
        assert!(
            names.iter().any(|r| r.contains(name)),
            "searching for {name:?} lists it; rows: {names:?}"
        );
        b.follow(&format!(
            "main table tbody a[href=\"{path}\"]",
            path = path.split('?').next().unwrap()
        ))
        .await;
        assert_eq!(heading(&b).await, name);
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn admin_pages_are_accessible() {
    let Some((env, app)) = setup("admin_pages_are_accessible").await else {
        return;
    };
    web::run(&env, &app.base, &[], |b| async move {
        b.login(ADMIN).await;
        assert_language(&b, Lang::En).await;
        let pages = [
            "/admin/users",
            "/admin/users/new",
            "/admin/audit",
            "/cities/new",
            "/partnerships/new",
            "/partnerships/sofia-vienna/events/new",
            "/organisations/vienna-business-agency/edit",
        ];
        for path in pages {
            b.visit(path).await;
            heading(&b).await;
            assert_eq!(b.page_lang().await, "en", "<html lang> of {path}");
        }
        let users = b.find(".site-nav a[href=\"/admin/users\"]").await;
        assert_eq!(
            users.text().await.unwrap().trim(),
            t(Lang::En, "nav-users"),
            "administrators see the users link"
        );

        // One form in Bulgarian and one in German.
        b.visit("/admin/users/new").await;
        switch_language(&b, Lang::Bg).await;
        heading(&b).await;
        b.visit("/partnerships/sofia-vienna/events/new").await;
        switch_language(&b, Lang::De).await;
        heading(&b).await;
    })
    .await;
}
