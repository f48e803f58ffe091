//! The JSON API end to end: the real server, a fresh database with the demo data, on SQLite and
//! on PostgreSQL.

mod support;

use reqwest::StatusCode;
use serde_json::json;

app_test!(
    organisations_are_listed_with_pagination_filters_and_sorting,
    |t| {
        let c = t.visitor();
        let page = c.get("/api/v1/organisations?limit=5").await;
        assert_eq!(page.status, StatusCode::OK);
        let body = page.json();
        assert_eq!(body["items"].as_array().unwrap().len(), 5);
        assert_eq!(body["per_page"], 5);
        let total = body["total"].as_i64().unwrap();
        assert!(total >= 40, "demo has about 40 organisations, got {total}");
        let last = c
            .get(&format!(
                "/api/v1/organisations?limit=5&page={}",
                (total + 4) / 5
            ))
            .await
            .json();
        assert!(!last["items"].as_array().unwrap().is_empty());
        let companies = c
            .get("/api/v1/organisations?kind=company&city=vienna&per_page=200")
            .await
            .json();
        assert!(
            companies["items"]
                .as_array()
                .unwrap()
                .iter()
                .all(|o| o["kind"] == "company" && o["city"] == "vienna")
        );
        let fintech = c.get("/api/v1/organisations?sector=fintech").await.json();
        assert!(
            fintech["items"]
                .as_array()
                .unwrap()
                .iter()
                .all(|o| o["sectors"].as_array().unwrap().contains(&json!("fintech")))
        );
        let newest = c
            .get("/api/v1/organisations?sort=newest&limit=1")
            .await
            .json();
        assert_eq!(newest["total"], body["total"]);
        let bad = c.get("/api/v1/organisations?kind=spaceship").await;
        assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(bad.json()["field"], "kind");
        let search = c
            .get("/api/v1/organisations?q=%D0%A1%D0%BE%D1%84%D0%B8%D0%B9%D1%81%D0%BA%D0%B0")
            .await
            .json();
        assert!(
            search["items"]
                .as_array()
                .unwrap()
                .iter()
                .any(|o| o["slug"] == "sofia-investment-agency"),
            "Cyrillic search: {search}"
        );
    }
);

fn new_company(slug: &str, city: &str) -> serde_json::Value {
    json!({
        "slug": slug, "kind": "company", "city": city,
        "name": {"de": "Neue Firma GmbH"}, "size_band": "small", "sectors": ["ict"],
        "website": "https://neue-firma.example.com"
    })
}

app_test!(
    bad_input_is_refused_with_the_field_and_nothing_is_written,
    |t| {
        let staff = t.login("staff.vienna@demo.city2city.eu").await;
        let before = t.db.store.count_organisations().await.unwrap();
        let audit_before = t.db.store.audit_log(None, 10_000, 0).await.unwrap().len();
        let mut bad = new_company("neue-firma", "vienna");
        bad["website"] = json!("not a url");
        let res = staff.post_json("/api/v1/organisations", &bad).await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        let body = res.json();
        assert_eq!(body["error"], "validation_failed");
        assert_eq!(body["field"], "website");
        assert!(
            body["message"].as_str().unwrap().contains("https://"),
            "{body}"
        );
        let missing = staff
            .post_json("/api/v1/organisations", &json!({"city": "vienna"}))
            .await;
        assert_eq!(missing.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(missing.json()["field"], "kind");
        let unknown_city = staff
            .post_json("/api/v1/organisations", &new_company("x-co", "graz"))
            .await;
        assert_eq!(unknown_city.status, StatusCode::UNPROCESSABLE_ENTITY);
        let malformed = staff
            .request(
                reqwest::Method::POST,
                "/api/v1/organisations",
                Some(("application/json", b"{not json".to_vec())),
                &[],
            )
            .await;
        assert_eq!(malformed.status, StatusCode::BAD_REQUEST);
        assert_eq!(malformed.json()["error"], "invalid_request");
        let taken = staff
            .post_json(
                "/api/v1/organisations",
                &new_company("zahlwerk-payments", "vienna"),
            )
            .await;
        assert_eq!(taken.status, StatusCode::CONFLICT);
        assert_eq!(taken.json()["field"], "slug");
        assert!(
            !taken.text.to_lowercase().contains("unique constraint"),
            "no SQL in errors: {}",
            taken.text
        );
        assert_eq!(
            t.db.store.count_organisations().await.unwrap(),
            before,
            "nothing written"
        );
        assert_eq!(
            t.db.store.audit_log(None, 10_000, 0).await.unwrap().len(),
            audit_before
        );
        let ok = staff
            .post_json(
                "/api/v1/organisations",
                &new_company("neue-firma", "vienna"),
            )
            .await;
        assert_eq!(ok.status, StatusCode::CREATED, "{}", ok.text);
        assert_eq!(ok.json()["slug"], "neue-firma");
    }
);

app_test!(unknown_ids_are_404_and_signed_out_writes_are_401, |t| {
    let c = t.visitor();
    for path in [
        "/api/v1/organisations/nope",
        "/api/v1/people/999999",
        "/api/v1/partnerships/nope",
        "/api/v1/cities/atlantis",
        "/api/v1/nothing-here",
    ] {
        let res = c.get(path).await;
        assert_eq!(res.status, StatusCode::NOT_FOUND, "{path}");
        assert_eq!(res.json()["error"], "not_found", "{path}");
    }
    let before = t.db.store.count_organisations().await.unwrap();
    let res = c
        .post_json("/api/v1/organisations", &new_company("anon-co", "vienna"))
        .await;
    assert_eq!(res.status, StatusCode::UNAUTHORIZED);
    assert_eq!(res.json()["error"], "unauthenticated");
    let res = c.delete("/api/v1/organisations/zahlwerk-payments").await;
    assert_eq!(res.status, StatusCode::UNAUTHORIZED);
    assert_eq!(t.db.store.count_organisations().await.unwrap(), before);
    assert_eq!(c.get("/api/v1/me").await.status, StatusCode::UNAUTHORIZED);
    // Pages ask for sign-in with a redirect that comes back.
    let page = c.get("/organisations/new").await;
    assert_eq!(page.status, StatusCode::SEE_OTHER);
    assert_eq!(page.location(), "/login?next=%2Forganisations%2Fnew");
});

app_test!(a_company_member_cannot_change_another_organisation, |t| {
    let member = t.login("member.sofia@demo.city2city.eu").await;
    let other = t.db.store.organisation("zahlwerk-payments").await.unwrap();
    let mut edit = new_company("zahlwerk-payments", "vienna");
    edit["name"] = json!({"de": "Gekapert"});
    let res = member
        .put_json("/api/v1/organisations/zahlwerk-payments", &edit)
        .await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    assert_eq!(res.json()["error"], "forbidden");
    assert_eq!(
        t.db.store.organisation("zahlwerk-payments").await.unwrap(),
        other,
        "nothing changed"
    );
    let res = member
        .post_json(
            "/api/v1/people",
            &json!({"organisation": "zahlwerk-payments", "name": "Intruder"}),
        )
        .await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    // Their own company they may change.
    let own = t.db.store.organisation("sigil-trust").await.unwrap();
    let mut body = serde_json::to_value(&own).unwrap();
    body["website"] = json!("https://sigil-trust.example.com/new");
    body["size_band"] = json!("medium");
    let res = member
        .put_json("/api/v1/organisations/sigil-trust", &body)
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text);
    assert_eq!(res.json()["size_band"], "medium");
});

app_test!(vienna_agency_staff_cannot_change_the_sofia_agency, |t| {
    let staff = t.login("staff.vienna@demo.city2city.eu").await;
    let sia =
        t.db.store
            .organisation("sofia-investment-agency")
            .await
            .unwrap();
    let mut body = serde_json::to_value(&sia).unwrap();
    body["website"] = json!("https://evil.example.com");
    let res = staff
        .put_json("/api/v1/organisations/sofia-investment-agency", &body)
        .await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    assert_eq!(
        t.db.store
            .organisation("sofia-investment-agency")
            .await
            .unwrap(),
        sia
    );
    // Nor a Sofia company, nor create in Sofia; but a Vienna company, yes.
    let res = staff
        .post_json("/api/v1/organisations", &new_company("wiener-co", "sofia"))
        .await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    let own_city = t.db.store.organisation("zahlwerk-payments").await.unwrap();
    let mut body = serde_json::to_value(&own_city).unwrap();
    body["website"] = json!("https://zahlwerk.example.com/at");
    assert_eq!(
        staff
            .put_json("/api/v1/organisations/zahlwerk-payments", &body)
            .await
            .status,
        StatusCode::OK
    );
    // The page form refuses the same way.
    let page = staff
        .post_form(
            "/organisations/sofia-investment-agency/edit",
            &[
                ("kind", "business_agency"),
                ("city", "sofia"),
                ("name_en", "Hijacked"),
            ],
        )
        .await;
    assert_eq!(page.status, StatusCode::FORBIDDEN);
    assert_eq!(
        t.db.store
            .organisation("sofia-investment-agency")
            .await
            .unwrap(),
        sia
    );
});

app_test!(the_public_sees_no_e_mail_or_phone, |t| {
    let public = t.visitor();
    let people = public.get("/api/v1/people?per_page=200").await.json();
    let items = people["items"].as_array().unwrap();
    assert!(items.len() > 10);
    assert!(
        items
            .iter()
            .all(|p| p["email"].is_null() && p["phone"].is_null()),
        "public list leaks contacts"
    );
    let id = items[0]["id"].as_i64().unwrap();
    let one = public.get(&format!("/api/v1/people/{id}")).await.json();
    assert!(one["email"].is_null() && one["phone"].is_null());
    let full = t.db.store.person(id).await.unwrap();
    let email = full.email.expect("demo people have e-mail");
    let page = public.get(&format!("/people/{id}")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(!page.text.contains(&email), "public page shows the e-mail");
    let org_page = public
        .get(&format!("/organisations/{}", full.organisation))
        .await;
    assert!(!org_page.text.contains(&email));
    // Agency staff see contact details.
    let staff = t.login("staff.sofia@demo.city2city.eu").await;
    assert_eq!(
        staff.get(&format!("/api/v1/people/{id}")).await.json()["email"],
        email.as_str()
    );
});

app_test!(a_revoked_api_token_is_refused, |t| {
    let user = t.login("staff.sofia@demo.city2city.eu").await;
    let created = user
        .post_json("/api/v1/tokens", &json!({"name": "CRM sync"}))
        .await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.text);
    let body = created.json();
    let secret = body["token"].as_str().unwrap().to_string();
    let id = body["id"].as_i64().unwrap();
    let api = t.with_token(&secret);
    let me = api.get("/api/v1/me").await;
    assert_eq!(me.status, StatusCode::OK);
    assert_eq!(me.json()["email"], "staff.sofia@demo.city2city.eu");
    let listed = user.get("/api/v1/tokens").await.json();
    assert!(
        listed
            .as_array()
            .unwrap()
            .iter()
            .all(|t| t.get("token").is_none()),
        "secrets are never listed"
    );
    assert_eq!(
        user.delete(&format!("/api/v1/tokens/{id}")).await.status,
        StatusCode::NO_CONTENT
    );
    let refused = api.get("/api/v1/me").await;
    assert_eq!(refused.status, StatusCode::UNAUTHORIZED);
    let refused = api.get("/api/v1/organisations").await;
    assert_eq!(
        refused.status,
        StatusCode::UNAUTHORIZED,
        "a revoked token is refused even on public endpoints"
    );
    assert_eq!(
        t.with_token("c2c_made-up").get("/api/v1/me").await.status,
        StatusCode::UNAUTHORIZED
    );
});

app_test!(the_demo_partnership_shows_its_history, |t| {
    let c = t.visitor();
    let p = c.get("/api/v1/partnerships/sofia-vienna").await.json();
    let events: Vec<(String, String)> = p["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["kind"].as_str().unwrap().to_string(),
                e["date"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(events[0], ("signed".into(), "2018-10-22".into()));
    assert_eq!(events[1].0, "extended");
    assert!(events[1].1.starts_with("2019-09"));
    assert_eq!(events[2].0, "scope_changed");
    assert!(events[2].1.starts_with("2020-02"));
    assert_eq!(p["status"], "expired");
    assert!(p["state"]["areas"].as_array().unwrap().len() >= 3);
    for lang in ["en", "de", "bg"] {
        let page = c
            .get_with("/partnerships/sofia-vienna", &[("accept-language", lang)])
            .await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.text.contains(&format!("<html lang=\"{lang}\"")));
        for date in [
            "datetime=\"2018-10-22\"",
            &format!("datetime=\"{}\"", events[1].1),
            &format!("datetime=\"{}\"", events[2].1),
        ] {
            assert!(page.text.contains(date), "{lang} page lacks {date}");
        }
    }
});

app_test!(illegal_agreement_moves_are_refused, |t| {
    let official = t.login("official.vienna@demo.city2city.eu").await;
    let res = official
        .post_json(
            "/api/v1/partnerships/sofia-vienna/events",
            &json!({"kind": "signed", "date": "2021-01-01"}),
        )
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(res.json()["field"], "kind");
    let res = official
        .post_json(
            "/api/v1/partnerships/sofia-vienna/events",
            &json!({"kind": "extended", "date": "2021-01-10", "term_end": "2020-06-30"}),
        )
        .await;
    assert_eq!(res.json()["field"], "term_end");
    let ok = official.post_json("/api/v1/partnerships/sofia-vienna/events", &json!({"kind": "extended", "date": "2021-01-10", "term_end": "2030-12-31", "note": {"en": "Renewed"}})).await;
    assert_eq!(ok.status, StatusCode::CREATED, "{}", ok.text);
    assert_eq!(ok.json()["status"], "active");
    let member = t.login("member.vienna@demo.city2city.eu").await;
    let res = member
        .post_json(
            "/api/v1/partnerships/sofia-vienna/events",
            &json!({"kind": "terminated", "date": "2022-01-01"}),
        )
        .await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
});

app_test!(oversized_bodies_are_refused, |t| {
    let staff = t.login("staff.vienna@demo.city2city.eu").await;
    // Announce a 2 MiB body and send only the headers: the server must refuse from the
    // announced size alone (a client writing the whole body could see the connection close first).
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let host = t.base.trim_start_matches("http://");
    let mut stream = tokio::net::TcpStream::connect(host).await.unwrap();
    let head = format!(
        "POST /api/v1/organisations HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n",
        2 * 1024 * 1024
    );
    stream.write_all(head.as_bytes()).await.unwrap();
    let mut answer = vec![0u8; 64];
    let n = tokio::time::timeout(std::time::Duration::from_secs(10), stream.read(&mut answer))
        .await
        .unwrap()
        .unwrap();
    let status_line = String::from_utf8_lossy(&answer[..n]).to_string();
    assert!(status_line.starts_with("HTTP/1.1 413"), "{status_line}");
    let long = {
        let mut b = new_company("long-co", "vienna");
        b["description"] = json!("x".repeat(6000));
        b["description_lang"] = json!("en");
        b
    };
    let res = staff.post_json("/api/v1/organisations", &long).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(res.json()["field"], "description");
});

app_test!(the_openapi_document_and_viewer_are_served, |t| {
    let c = t.visitor();
    let doc = c.get("/api/v1/openapi.json").await;
    assert_eq!(doc.status, StatusCode::OK);
    let doc = doc.json();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    for path in [
        "/api/v1/organisations",
        "/api/v1/organisations/{slug}",
        "/api/v1/people",
        "/api/v1/partnerships/{slug}/events",
        "/api/v1/tokens",
        "/api/v1/cities",
        "/api/v1/cases/{id}/files",
        "/api/v1/cases/{id}/files/{file}",
    ] {
        assert!(doc["paths"].get(path).is_some(), "{path} documented");
    }
    let upload = &doc["paths"]["/api/v1/cases/{id}/files"]["post"]["requestBody"]["content"];
    assert!(
        upload.get("multipart/form-data").is_some(),
        "the upload is described as a multipart form: {upload}"
    );
    let viewer = c.get("/api/v1/docs/").await;
    assert_eq!(viewer.status, StatusCode::OK);
    assert!(viewer.text.contains("swagger"), "viewer page");
    assert!(!viewer.text.contains("https://cdn"), "nothing from a CDN");
});
