//! The web pages end to end: every page in bg, de and en for every role, sessions, CSRF, rate
//! limits and forms, on SQLite and on PostgreSQL.

mod support;

use reqwest::StatusCode;

const DEMO_USERS: [&str; 7] = [
    "admin@demo.city2city.eu",
    "staff.sofia@demo.city2city.eu",
    "staff.vienna@demo.city2city.eu",
    "official.sofia@demo.city2city.eu",
    "official.vienna@demo.city2city.eu",
    "member.sofia@demo.city2city.eu",
    "member.vienna@demo.city2city.eu",
];

/// Message ids of the interface, to catch untranslated ones in pages.
fn message_ids() -> Vec<String> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../web/locales/en");
    let mut ids = vec![];
    for entry in std::fs::read_dir(dir).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        for line in text.lines() {
            if let Some((id, _)) = line.split_once(" =")
                && !id.starts_with([' ', '#', '-', '.'])
                && !id.is_empty()
            {
                ids.push(id.trim().to_string());
            }
        }
    }
    ids
}

/// The visible text of a page (tags dropped).
fn visible_text(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

fn assert_translated(html: &str, ids: &[String], what: &str) {
    let text = visible_text(html);
    for word in text.split_whitespace() {
        assert!(
            !ids.iter().any(|id| id == word),
            "{what}: untranslated message id '{word}'"
        );
    }
}

const PAGES: [&str; 14] = [
    "/",
    "/opportunities/SOF-2026-0014",
    "/partnerships",
    "/partnerships/sofia-vienna",
    "/cities",
    "/cities/vienna",
    "/organisations",
    "/organisations?city=sofia&kind=company&sort=newest",
    "/organisations/vienna-business-agency",
    "/organisations/sigil-trust",
    "/people",
    "/sectors",
    "/login",
    "/api/v1/docs/",
];

app_test!(
    every_page_renders_in_bulgarian_german_and_english_for_every_role,
    |t| {
        let ids = message_ids();
        let mut clients = vec![("public", t.visitor())];
        for email in DEMO_USERS {
            clients.push((email, t.login(email).await));
        }
        for (who, c) in &clients {
            // Signed-in users are sent on from the login page.
            let mut pages: Vec<String> = PAGES
                .iter()
                .filter(|p| *who == "public" || **p != "/login")
                .map(|p| p.to_string())
                .collect();
            if *who != "public" {
                pages.extend(
                    [
                        "/account",
                        "/account/tokens",
                        "/organisations/zahlwerk-payments",
                    ]
                    .map(String::from),
                );
                let person =
                    t.db.store
                        .list_people(&Default::default())
                        .await
                        .unwrap()
                        .items[0]
                        .id;
                pages.push(format!("/people/{person}"));
            }
            if *who == "admin@demo.city2city.eu" {
                pages.extend(
                    [
                        "/admin/users",
                        "/admin/users/new",
                        "/admin/audit",
                        "/cities/new",
                        "/organisations/new",
                        "/partnerships/new",
                        "/partnerships/sofia-vienna/edit",
                        "/partnerships/sofia-vienna/events/new",
                    ]
                    .map(String::from),
                );
            }
            for lang in ["bg", "de", "en"] {
                c.set_cookie("c2c_lang", lang);
                for page in &pages {
                    let res = c.get(page).await;
                    assert_eq!(
                        res.status,
                        StatusCode::OK,
                        "{who} {lang} {page}: {}",
                        &res.text[..res.text.len().min(300)]
                    );
                    if page.starts_with("/api/") {
                        continue;
                    }
                    assert!(
                        res.text.contains(&format!("<html lang=\"{lang}\"")),
                        "{who} {lang} {page}: wrong language"
                    );
                    assert_eq!(
                        res.text.matches("<h1").count(),
                        1,
                        "{who} {lang} {page}: exactly one h1"
                    );
                    assert_translated(&res.text, &ids, &format!("{who} {lang} {page}"));
                }
            }
        }
    }
);

app_test!(
    the_language_comes_from_accept_language_first_then_the_choice_persists,
    |t| {
        let c = t.visitor();
        let first = c
            .get_with("/", &[("accept-language", "de-AT,de;q=0.9,en;q=0.5")])
            .await;
        assert!(first.text.contains("<html lang=\"de\""));
        let english = c.get_with("/", &[("accept-language", "fr-FR")]).await;
        assert!(
            english.text.contains("<html lang=\"en\""),
            "unsupported languages fall back to English"
        );
        let switch = c.get("/lang/bg?next=%2Forganisations").await;
        assert_eq!(switch.status, StatusCode::SEE_OTHER);
        assert_eq!(switch.location(), "/organisations");
        let after = c
            .get_with("/organisations", &[("accept-language", "de")])
            .await;
        assert!(
            after.text.contains("<html lang=\"bg\""),
            "the choice beats Accept-Language"
        );
        assert_eq!(
            c.get("/lang/bg?next=https%3A%2F%2Fevil.example.com")
                .await
                .location(),
            "/",
            "no open redirect"
        );
        assert_eq!(c.get("/lang/xx").await.status, StatusCode::NOT_FOUND);
        // Signed in, the choice is kept on the account.
        let user = t.login("staff.vienna@demo.city2city.eu").await;
        user.get("/lang/de?next=%2F").await;
        let stored =
            t.db.store
                .user_by_email("staff.vienna@demo.city2city.eu")
                .await
                .unwrap()
                .user
                .lang;
        assert_eq!(stored, Some(city2city_domain::Lang::De));
    }
);

app_test!(sessions_use_secure_cookies_and_end_at_logout, |t| {
    let c = t.visitor();
    let csrf = c.csrf().await;
    let res = c
        .request(
            reqwest::Method::POST,
            "/login",
            Some((
                "application/x-www-form-urlencoded",
                format!("csrf={csrf}&email=admin%40demo.city2city.eu&password=demo-password-2026")
                    .into_bytes(),
            )),
            &[],
        )
        .await;
    let cookie = res
        .headers
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_string())
        .find(|v| v.starts_with("c2c_session="))
        .expect("session cookie");
    for flag in ["HttpOnly", "Secure", "SameSite=Lax", "Path=/"] {
        assert!(
            cookie.contains(flag),
            "session cookie lacks {flag}: {cookie}"
        );
    }
    let secret = c.cookie("c2c_session").unwrap();
    assert_eq!(c.get("/account").await.status, StatusCode::OK);
    let out = c.post_form("/logout", &[]).await;
    assert_eq!(out.status, StatusCode::SEE_OTHER);
    assert!(c.cookie("c2c_session").is_none());
    // The old session secret no longer works.
    let replay = t.visitor();
    replay.set_cookie("c2c_session", &secret);
    assert_eq!(
        replay.get("/account").await.status,
        StatusCode::SEE_OTHER,
        "ended session"
    );
    // Headers that keep pages safe.
    let home = c.get("/").await;
    assert_eq!(home.headers["x-frame-options"], "DENY");
    assert!(
        home.headers["content-security-policy"]
            .to_str()
            .unwrap()
            .contains("default-src 'self'")
    );
});

app_test!(
    forms_without_the_csrf_token_or_from_another_site_are_refused,
    |t| {
        let staff = t.login("staff.vienna@demo.city2city.eu").await;
        let before = t.db.store.count_organisations().await.unwrap();
        let body = b"kind=company&city=vienna&name_de=Forged+GmbH&size_band=small".to_vec();
        let res = staff
            .request(
                reqwest::Method::POST,
                "/organisations/new",
                Some(("application/x-www-form-urlencoded", body.clone())),
                &[],
            )
            .await;
        assert_eq!(res.status, StatusCode::FORBIDDEN);
        let csrf = staff.csrf().await;
        let mut with_token = format!("csrf={csrf}&").into_bytes();
        with_token.extend_from_slice(&body);
        let res = staff
            .request(
                reqwest::Method::POST,
                "/organisations/new",
                Some(("application/x-www-form-urlencoded", with_token)),
                &[("origin", "https://evil.example.com")],
            )
            .await;
        assert_eq!(res.status, StatusCode::FORBIDDEN);
        assert_eq!(t.db.store.count_organisations().await.unwrap(), before);
    }
);

app_test!(login_attempts_are_rate_limited, |t| {
    let c = t.visitor();
    for _ in 0..5 {
        let res = c
            .post_form(
                "/login",
                &[
                    ("email", "admin@demo.city2city.eu"),
                    ("password", "wrong-password-1"),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.text.contains("aria-invalid=\"true\""));
    }
    let res = c
        .post_form(
            "/login",
            &[
                ("email", "admin@demo.city2city.eu"),
                ("password", "demo-password-2026"),
            ],
        )
        .await;
    assert_eq!(
        res.status,
        StatusCode::TOO_MANY_REQUESTS,
        "even the right password waits"
    );
    // Another account from the same client is not blocked by these failures.
    let other = c
        .post_form(
            "/login",
            &[
                ("email", "staff.sofia@demo.city2city.eu"),
                ("password", "demo-password-2026"),
            ],
        )
        .await;
    assert_eq!(other.status, StatusCode::SEE_OTHER);
});

app_test!(
    a_form_with_bad_input_shows_the_message_next_to_the_field_and_writes_nothing,
    |t| {
        let staff = t.login("staff.vienna@demo.city2city.eu").await;
        let before = t.db.store.count_organisations().await.unwrap();
        let res = staff
            .post_form(
                "/organisations/new",
                &[
                    ("kind", "company"),
                    ("city", "vienna"),
                    ("name_de", "Formular GmbH"),
                    ("size_band", "small"),
                    ("website", "not a url"),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.text.contains("id=\"website\""));
        let input = res
            .text
            .split("id=\"website\"")
            .nth(1)
            .unwrap()
            .split('>')
            .next()
            .unwrap();
        assert!(
            input.contains("aria-invalid=\"true\"") && input.contains("website-error"),
            "error tied to the field: {input}"
        );
        assert!(res.text.contains("id=\"website-error\""));
        assert!(res.text.contains("Formular GmbH"), "what was typed is kept");
        assert_eq!(t.db.store.count_organisations().await.unwrap(), before);
        let ok = staff
            .post_form(
                "/organisations/new",
                &[
                    ("kind", "company"),
                    ("city", "vienna"),
                    ("name_de", "Formular GmbH"),
                    ("size_band", "small"),
                    ("website", "https://formular.example.com"),
                    ("sectors", "ict"),
                    ("sectors", "fintech"),
                ],
            )
            .await;
        assert_eq!(ok.status, StatusCode::SEE_OTHER, "{}", ok.text);
        let created = t.db.store.organisation("formular-gmbh").await.unwrap();
        assert_eq!(created.sectors, ["fintech", "ict"]);
    }
);

app_test!(
    a_password_change_keeps_this_session_and_ends_the_others,
    |t| {
        let here = t.login("official.sofia@demo.city2city.eu").await;
        let elsewhere = t.login("official.sofia@demo.city2city.eu").await;
        let bad = here
            .post_form(
                "/account/password",
                &[
                    ("current_password", "wrong"),
                    ("new_password", "a-new-password-1"),
                    ("new_password_again", "a-new-password-1"),
                ],
            )
            .await;
        assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
        let ok = here
            .post_form(
                "/account/password",
                &[
                    ("current_password", support::DEMO_PASSWORD),
                    ("new_password", "a-new-password-1"),
                    ("new_password_again", "a-new-password-1"),
                ],
            )
            .await;
        assert_eq!(ok.status, StatusCode::SEE_OTHER, "{}", ok.text);
        assert_eq!(here.get("/account").await.status, StatusCode::OK);
        assert_eq!(
            elsewhere.get("/account").await.status,
            StatusCode::SEE_OTHER
        );
        let c = t.visitor();
        let res = c
            .post_form(
                "/login",
                &[
                    ("email", "official.sofia@demo.city2city.eu"),
                    ("password", "a-new-password-1"),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER);
    }
);

app_test!(only_admins_reach_the_admin_pages, |t| {
    let staff = t.login("staff.sofia@demo.city2city.eu").await;
    assert_eq!(
        staff.get("/admin/users").await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        staff.get("/api/v1/users").await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        t.visitor().get("/admin/users").await.status,
        StatusCode::SEE_OTHER
    );
    let admin = t.login("admin@demo.city2city.eu").await;
    assert_eq!(admin.get("/admin/users").await.status, StatusCode::OK);
    let users = admin.get("/api/v1/users").await.json();
    assert_eq!(users["total"], 7);
});
