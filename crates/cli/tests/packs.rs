//! Information packs end to end, on SQLite and on PostgreSQL: the demo's packs, who may read
//! which, writing and changing one, sending packs to a case (logged in its history), refused
//! input that changes nothing, and the pages with their Markdown rendered safely.

mod support;

use reqwest::StatusCode;
use serde_json::{Value, json};

const MEMBER_SOFIA: &str = "member.sofia@demo.city2city.eu";
const MEMBER_VIENNA: &str = "member.vienna@demo.city2city.eu";
const STAFF_SOFIA: &str = "staff.sofia@demo.city2city.eu";
const STAFF_VIENNA: &str = "staff.vienna@demo.city2city.eu";

fn slugs(list: &Value) -> Vec<String> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|p| p["slug"].as_str().unwrap().to_string())
        .collect()
}

/// A Sofia company's case referred to Vienna.
async fn referred_case(t: &support::TestApp) -> i64 {
    let company = t.login(MEMBER_SOFIA).await;
    let sofia = t.login(STAFF_SOFIA).await;
    let opened = company
        .post_json(
            "/api/v1/cases",
            &json!({"host_city": "vienna", "plan": "branch", "needs": ["tax"],
                    "message": "Клон във Виена.", "lang": "bg"}),
        )
        .await;
    assert_eq!(opened.status, StatusCode::CREATED, "{}", opened.text);
    let id = opened.json()["id"].as_i64().unwrap();
    let path = format!("/api/v1/cases/{id}");
    let r = sofia
        .post_json(&format!("{path}/moves"), &json!({"action": "qualify"}))
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let r = sofia
        .post_json(&format!("{path}/referral"), &json!({}))
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    id
}

app_test!(the_public_reads_only_public_packs, |t| {
    let visitor = t.visitor();
    let member = t.login(MEMBER_VIENNA).await;
    let staff = t.login(STAFF_SOFIA).await;

    let public = visitor.get("/api/v1/packs").await;
    assert_eq!(public.status, StatusCode::OK, "{}", public.text);
    let public = public.json();
    assert_eq!(public.as_array().unwrap().len(), 36);
    assert!(
        public
            .as_array()
            .unwrap()
            .iter()
            .all(|p| p["public"] == true)
    );
    let all = staff.get("/api/v1/packs").await.json();
    assert_eq!(
        all.as_array().unwrap().len(),
        42,
        "staff read the internal ones too"
    );
    let internal: Vec<String> = all
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["public"] == false)
        .map(|p| p["slug"].as_str().unwrap().to_string())
        .collect();
    let hidden = &internal[0];
    assert_eq!(
        visitor.get(&format!("/api/v1/packs/{hidden}")).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        visitor.get(&format!("/packs/{hidden}")).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        member.get(&format!("/api/v1/packs/{hidden}")).await.status,
        StatusCode::NOT_FOUND,
        "a company reads an internal pack only once it is sent to its case"
    );
    assert!(
        !visitor
            .get("/packs")
            .await
            .text
            .contains(&format!("/packs/{hidden}\""))
    );
    assert!(
        staff
            .get("/packs")
            .await
            .text
            .contains(&format!("/packs/{hidden}\""))
    );

    // Filters, and the other languages of a pack.
    let german = visitor
        .get("/api/v1/packs?city=vienna&topic=banking&lang=de")
        .await
        .json();
    assert_eq!(slugs(&german), ["vienna-banking-de"]);
    let bad = visitor.get("/api/v1/packs?topic=weather").await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    let one = visitor.get("/api/v1/packs/vienna-banking-de").await.json();
    assert_eq!(one["owner"], "vienna-business-agency");
    assert_eq!(one["last_reviewed"], "2026-10-21");
    assert_eq!(one["can_edit"], false);
    let langs: Vec<&str> = one["translations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["lang"].as_str().unwrap())
        .collect();
    assert_eq!(langs.len(), 2, "{one}");
    let page = visitor.get("/packs/vienna-banking-de").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.text.contains("<h2>"),
        "Markdown headings below the page's own"
    );
    assert!(page.text.contains("hreflang=\"en\""));
});

app_test!(staff_write_packs_and_send_them_to_cases, |t| {
    let company = t.login(MEMBER_SOFIA).await;
    let sofia = t.login(STAFF_SOFIA).await;
    let vienna = t.login(STAFF_VIENNA).await;
    let stranger = t.login(MEMBER_VIENNA).await;

    let body = json!({
        "city": "vienna", "topic": "funding", "lang": "de",
        "title": "Förderungen", "body": "Text", "public": true, "last_reviewed": "2026-11-01",
    });
    // One pack per city, topic and language: the demo has this one already.
    let taken = vienna.post_json("/api/v1/packs", &body).await;
    assert_eq!(
        taken.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        taken.text
    );
    assert_eq!(taken.field_error(), ("topic".into(), "taken".into()));
    assert_eq!(
        sofia.post_json("/api/v1/packs", &body).await.status,
        StatusCode::FORBIDDEN,
        "Vienna's packs are written in Vienna"
    );
    assert_eq!(
        company.post_json("/api/v1/packs", &body).await.status,
        StatusCode::FORBIDDEN
    );
    let mut bad = body.clone();
    bad["topic"] = json!("weather");
    bad["body"] = json!("  ");
    let bad = vienna.post_json("/api/v1/packs", &bad).await;
    let fields: Vec<String> = bad.json()["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["field"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(fields, ["topic", "body"]);

    // A city without packs: an admin adds it and its agency; its first pack is kept by the agency.
    let admin = t.login("admin@demo.city2city.eu").await;
    let city = admin
        .post_json(
            "/api/v1/cities",
            &json!({"slug": "graz", "name": {"de": "Graz", "en": "Graz"}, "country": "AT",
                    "languages": ["de"], "time_zone": "Europe/Vienna"}),
        )
        .await;
    assert_eq!(city.status, StatusCode::CREATED, "{}", city.text);
    let no_agency = admin
        .post_json(
            "/api/v1/packs",
            &json!({"city": "graz", "topic": "tax", "lang": "de", "title": "Steuern",
                    "body": "Text", "last_reviewed": "2026-11-30"}),
        )
        .await;
    assert_eq!(no_agency.field_error(), ("city".into(), "no-agency".into()));
    let agency = admin
        .post_json(
            "/api/v1/organisations",
            &json!({"slug": "graz-agency", "kind": "business_agency", "city": "graz",
                    "name": {"de": "Wirtschaftsagentur Graz"}}),
        )
        .await;
    assert_eq!(agency.status, StatusCode::CREATED, "{}", agency.text);
    let created = admin
        .post_json(
            "/api/v1/packs",
            &json!({"city": "graz", "topic": "tax", "lang": "de", "title": "Steuern in Graz",
                    "body": "Hallo <script>alert(1)</script> [Firmenbuch](https://www.justiz.gv.at)",
                    "public": false, "last_reviewed": "2026-11-30"}),
        )
        .await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.text);
    assert_eq!(created.json()["slug"], "graz-tax-de");
    assert_eq!(created.json()["owner"], "graz-agency");
    assert_eq!(
        t.visitor().get("/api/v1/packs/graz-tax-de").await.status,
        StatusCode::NOT_FOUND,
        "an internal pack"
    );
    let page = vienna.get("/packs/graz-tax-de").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(!page.text.contains("<script>alert"), "raw HTML is text");
    assert!(page.text.contains("&lt;script&gt;"));
    assert!(
        page.text
            .contains("<a href=\"https://www.justiz.gv.at\">Firmenbuch</a>")
    );

    // Vienna's permits pack in Bulgarian (not sent to the company yet), made internal.
    let slug = "vienna-permits-bg".to_string();
    let mut internal = vienna.get(&format!("/api/v1/packs/{slug}")).await.json();
    internal["public"] = json!(false);
    let made = vienna
        .put_json(&format!("/api/v1/packs/{slug}"), &internal)
        .await;
    assert_eq!(made.status, StatusCode::OK, "{}", made.text);
    assert_eq!(made.json()["public"], false);
    let title = made.json()["title"].as_str().unwrap().to_string();

    // Sent to a case: logged, readable by the company, not by others.
    let id = referred_case(&t).await;
    let case = format!("/api/v1/cases/{id}");
    assert_eq!(
        company.get(&format!("/api/v1/packs/{slug}")).await.status,
        StatusCode::NOT_FOUND
    );
    let by_company = company
        .post_json(&format!("{case}/packs"), &json!({"pack": slug}))
        .await;
    assert_eq!(by_company.status, StatusCode::FORBIDDEN);
    let wrong = vienna
        .post_json(&format!("{case}/packs"), &json!({"pack": "sofia-tax-en"}))
        .await;
    assert_eq!(wrong.field_error(), ("pack".into(), "wrong-city".into()));
    let sent = vienna
        .post_json(&format!("{case}/packs"), &json!({"pack": slug}))
        .await;
    assert_eq!(sent.status, StatusCode::CREATED, "{}", sent.text);
    let detail = sent.json();
    assert_eq!(detail["packs"][0]["slug"], slug.as_str());
    let last = detail["history"]
        .as_array()
        .unwrap()
        .last()
        .unwrap()
        .clone();
    assert_eq!(last["kind"], "pack");
    assert_eq!(last["side"], "host");
    assert_eq!(last["text"], title.as_str());
    let again = vienna
        .post_json(&format!("{case}/packs"), &json!({"pack": slug}))
        .await;
    assert_eq!(again.status, StatusCode::CONFLICT, "{}", again.text);
    let events = vienna.get(&case).await.json()["history"]
        .as_array()
        .unwrap()
        .len();
    assert_eq!(events, detail["history"].as_array().unwrap().len());
    assert_eq!(
        company.get(&format!("/api/v1/packs/{slug}")).await.status,
        StatusCode::OK,
        "the company reads the internal pack sent to its case"
    );
    assert_eq!(
        stranger.get(&format!("/api/v1/packs/{slug}")).await.status,
        StatusCode::NOT_FOUND
    );

    // Changed: the text, made public; its city, topic and language stay.
    let changed = vienna
        .put_json(
            &format!("/api/v1/packs/{slug}"),
            &json!({"title": "Разрешения 2", "body": "Ново", "public": true,
                    "last_reviewed": "2026-12-01", "city": "sofia", "lang": "de"}),
        )
        .await;
    assert_eq!(changed.status, StatusCode::OK, "{}", changed.text);
    assert_eq!(changed.json()["city"], "vienna");
    assert_eq!(changed.json()["lang"], "bg");
    assert_eq!(changed.json()["public"], true);
    assert_eq!(
        t.visitor()
            .get(&format!("/api/v1/packs/{slug}"))
            .await
            .json()["title"],
        "Разрешения 2"
    );
    assert_eq!(
        sofia
            .put_json(&format!("/api/v1/packs/{slug}"), &json!({"title": "x"}))
            .await
            .status,
        StatusCode::FORBIDDEN
    );

    // The pages: the editor refuses a bad form, the case page sends a pack.
    let bad = vienna
        .post_form(
            "/packs",
            &[
                ("city", "vienna"),
                ("topic", ""),
                ("lang", "en"),
                ("title", "x"),
                ("body", "y"),
                ("last_reviewed", "2026-11-01"),
            ],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", bad.text);
    assert!(bad.text.contains("href=\"#topic\""));
    let case_page = vienna.get(&format!("/cases/{id}")).await;
    assert!(case_page.text.contains("name=\"pack\""), "the send form");
    let posted = vienna
        .post_form(&format!("/cases/{id}/packs"), &[("pack", "vienna-tax-bg")])
        .await;
    assert_eq!(posted.status, StatusCode::SEE_OTHER, "{}", posted.text);
    let company_page = company.get(&format!("/cases/{id}")).await;
    assert!(
        company_page.text.contains("href=\"/packs/vienna-tax-bg\""),
        "{}",
        company_page.text
    );
    assert!(
        !company_page.text.contains("name=\"pack\""),
        "no send form for the company"
    );
});
