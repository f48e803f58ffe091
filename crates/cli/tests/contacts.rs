//! The contact directory and introductions end to end, on SQLite and on PostgreSQL: who sees the
//! directory, keeping an entry with its consent, introducing a case's company to a contact
//! (refused without consent, nothing changed), moving the introduction on to its outcome with
//! each step in the case's history, and the same through the pages.

mod support;

use reqwest::StatusCode;
use serde_json::{Value, json};

const MEMBER_SOFIA: &str = "member.sofia@demo.city2city.eu";
const STAFF_SOFIA: &str = "staff.sofia@demo.city2city.eu";
const STAFF_VIENNA: &str = "staff.vienna@demo.city2city.eu";

fn history(detail: &Value) -> Vec<(String, String)> {
    detail["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["kind"].as_str().unwrap().to_string(),
                e["text"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

/// A Sofia company's case, referred to Vienna and started there.
async fn started_case(t: &support::TestApp) -> i64 {
    let company = t.login(MEMBER_SOFIA).await;
    let sofia = t.login(STAFF_SOFIA).await;
    let vienna = t.login(STAFF_VIENNA).await;
    let opened = company
        .post_json(
            "/api/v1/cases",
            &json!({"host_city": "vienna", "plan": "subsidiary", "needs": ["legal_form", "contacts"],
                    "message": "Търсим адвокат във Виена.", "lang": "bg"}),
        )
        .await;
    assert_eq!(opened.status, StatusCode::CREATED, "{}", opened.text);
    let id = opened.json()["id"].as_i64().unwrap();
    let path = format!("/api/v1/cases/{id}");
    for (who, url, body) in [
        (
            &sofia,
            format!("{path}/moves"),
            json!({"action": "qualify"}),
        ),
        (&sofia, format!("{path}/referral"), json!({})),
        (&vienna, format!("{path}/moves"), json!({"action": "start"})),
    ] {
        let r = who.post_json(&url, &body).await;
        assert_eq!(r.status, StatusCode::OK, "{url}: {}", r.text);
    }
    id
}

app_test!(the_directory_is_for_the_agencies_and_records_consent, |t| {
    let company = t.login(MEMBER_SOFIA).await;
    let vienna = t.login(STAFF_VIENNA).await;
    let sofia = t.login(STAFF_SOFIA).await;

    assert_eq!(
        t.visitor().get("/api/v1/contacts").await.status,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        company.get("/api/v1/contacts").await.status,
        StatusCode::FORBIDDEN,
        "companies do not browse the directory"
    );
    assert_eq!(company.get("/contacts").await.status, StatusCode::FORBIDDEN);
    let all = vienna.get("/api/v1/contacts").await.json();
    assert_eq!(all.as_array().unwrap().len(), 19);
    let lawyers = vienna
        .get("/api/v1/contacts?city=vienna&kind=lawyer&lang=bg")
        .await
        .json();
    assert!(
        lawyers
            .as_array()
            .unwrap()
            .iter()
            .all(|c| c["kind"] == "lawyer"
                && c["languages"].as_array().unwrap().contains(&json!("bg"))),
        "{lawyers}"
    );
    assert!(!lawyers.as_array().unwrap().is_empty());
    let consenting = vienna.get("/api/v1/contacts?consenting=true").await.json();
    assert_eq!(consenting.as_array().unwrap().len(), 16);

    // A new contact: consent needs its day; Sofia's staff keep Sofia's entries only.
    let body = json!({
        "name": "Mag. Eva Huber", "organisation": "Huber Notariat", "kind": "public_office",
        "expertise": "Notarial deeds for GmbH foundations.", "languages": ["de", "en"],
        "sectors": ["fintech"], "email": "eva.huber@notariat.example.at", "consent": true,
    });
    let missing = vienna.post_json("/api/v1/contacts", &body).await;
    assert_eq!(
        missing.field_error(),
        ("consent_date".into(), "required".into())
    );
    let mut body = body;
    body["consent_date"] = json!("2026-11-20");
    assert_eq!(
        sofia
            .post_json(
                "/api/v1/contacts",
                &json!({"city": "vienna", "name": "X", "kind": "expert", "expertise": "x"})
            )
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    let created = vienna.post_json("/api/v1/contacts", &body).await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.text);
    let c = created.json();
    assert_eq!(c["slug"], "mag-eva-huber");
    assert_eq!(c["city"], "vienna");
    assert_eq!(c["consent_date"], "2026-11-20");
    let mut withdrawn = body.clone();
    withdrawn["consent"] = json!(false);
    let changed = vienna
        .put_json("/api/v1/contacts/mag-eva-huber", &withdrawn)
        .await;
    assert_eq!(changed.status, StatusCode::OK, "{}", changed.text);
    assert_eq!(changed.json()["consent"], false);
    assert!(changed.json()["consent_date"].is_null());

    // The pages.
    let list = vienna.get("/contacts?kind=lawyer").await;
    assert_eq!(list.status, StatusCode::OK);
    assert!(
        list.text
            .contains("href=\"/contacts/leitner-aigner-corporate\""),
        "{}",
        list.text
    );
    let page = vienna.get("/contacts/mag-eva-huber").await;
    assert!(page.text.contains("Huber Notariat"));
    let bad = vienna
        .post_form(
            "/contacts",
            &[
                ("name", ""),
                ("kind", "lawyer"),
                ("city", "vienna"),
                ("expertise", "x"),
            ],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", bad.text);
    assert!(bad.text.contains("href=\"#name\""));
    let saved = vienna
        .post_form(
            "/contacts",
            &[
                ("name", "Dr. Paul Berger"),
                ("kind", "expert"),
                ("city", "vienna"),
                ("expertise", "Grants of the Vienna Business Agency."),
                ("languages", "de"),
                ("consent", "1"),
                ("consent_date", "2026-11-01"),
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.text);
    assert!(
        saved
            .location()
            .starts_with("/contacts/dr-paul-berger?done=created")
    );
});

app_test!(
    a_company_is_introduced_step_by_step_and_never_without_consent,
    |t| {
        let company = t.login(MEMBER_SOFIA).await;
        let vienna = t.login(STAFF_VIENNA).await;
        let id = started_case(&t).await;
        let case = format!("/api/v1/cases/{id}");
        let before = vienna.get(&case).await.json();

        // Without consent: refused, nothing written.
        let refused = vienna
            .post_json(
                &format!("{case}/introductions"),
                &json!({"contact": "baumgartner-trust-compliance"}),
            )
            .await;
        assert_eq!(
            refused.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{}",
            refused.text
        );
        assert_eq!(
            refused.field_error(),
            ("contact".into(), "no-consent".into())
        );
        let wrong = vienna
            .post_json(
                &format!("{case}/introductions"),
                &json!({"contact": "iliev-regulatory"}),
            )
            .await;
        assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
        let by_company = company
            .post_json(
                &format!("{case}/introductions"),
                &json!({"contact": "leitner-aigner-corporate"}),
            )
            .await;
        assert_eq!(by_company.status, StatusCode::FORBIDDEN);
        let after = vienna.get(&case).await.json();
        assert_eq!(after["history"], before["history"]);
        assert_eq!(after["introductions"], json!([]));

        // Requested → made → met → outcome, each in the history.
        let asked = vienna
            .post_json(
                &format!("{case}/introductions"),
                &json!({"contact": "leitner-aigner-corporate"}),
            )
            .await;
        assert_eq!(asked.status, StatusCode::CREATED, "{}", asked.text);
        let intro = asked.json()["introductions"][0].clone();
        assert_eq!(intro["status"], "requested");
        assert_eq!(intro["contact_kind"], "lawyer");
        let iid = intro["id"].as_i64().unwrap();
        let twice = vienna
            .post_json(
                &format!("{case}/introductions"),
                &json!({"contact": "leitner-aigner-corporate"}),
            )
            .await;
        assert_eq!(twice.status, StatusCode::CONFLICT);
        let step = format!("{case}/introductions/{iid}");
        let skipped = vienna.put_json(&step, &json!({"status": "met"})).await;
        assert_eq!(
            skipped.field_error(),
            ("status".into(), "illegal-move".into())
        );
        for status in ["made", "met"] {
            let r = vienna.put_json(&step, &json!({"status": status})).await;
            assert_eq!(r.status, StatusCode::OK, "{}", r.text);
            assert_eq!(r.json()["introductions"][0]["status"], status);
        }
        let empty = vienna.put_json(&step, &json!({"status": "outcome"})).await;
        assert_eq!(empty.field_error(), ("outcome".into(), "required".into()));
        let done = vienna
            .put_json(
                &step,
                &json!({"status": "outcome", "outcome": "Engaged for the GmbH's articles."}),
            )
            .await;
        assert_eq!(done.status, StatusCode::OK, "{}", done.text);
        let detail = done.json();
        assert_eq!(
            detail["introductions"][0]["outcome"],
            "Engaged for the GmbH's articles."
        );
        let kinds: Vec<String> = history(&detail).into_iter().map(|(k, _)| k).collect();
        for k in [
            "intro_requested",
            "intro_made",
            "intro_met",
            "intro_outcome",
        ] {
            assert!(kinds.contains(&k.to_string()), "{k} in {kinds:?}");
        }
        assert!(
            history(&detail)
                .iter()
                .any(|(k, t)| k == "intro_outcome" && t.contains("Engaged")),
        );
        // The company sees its introductions, but cannot move them.
        let seen = company.get(&case).await.json();
        assert_eq!(seen["introductions"][0]["status"], "outcome");
        assert_eq!(seen["contact_choices"], json!([]));

        // The pages: introduce with the form, move it on with its button.
        let page = vienna.get(&format!("/cases/{id}")).await;
        assert!(page.text.contains("name=\"contact\""), "the introduce form");
        let posted = vienna
            .post_form(
                &format!("/cases/{id}/introductions"),
                &[("contact", "moser-hub-gumpendorf")],
            )
            .await;
        assert_eq!(posted.status, StatusCode::SEE_OTHER, "{}", posted.text);
        let refused = vienna
            .post_form(
                &format!("/cases/{id}/introductions"),
                &[("contact", "baumgartner-trust-compliance")],
            )
            .await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            refused.text.contains("href=\"#contact\""),
            "{}",
            refused.text
        );
        let second = vienna.get(&case).await.json()["introductions"][1]["id"]
            .as_i64()
            .unwrap();
        let made = vienna
            .post_form(
                &format!("/cases/{id}/introductions/{second}"),
                &[("status", "made")],
            )
            .await;
        assert_eq!(made.status, StatusCode::SEE_OTHER, "{}", made.text);
        let field = format!("outcome-{second}");
        let outcome = vienna
            .post_form(
                &format!("/cases/{id}/introductions/{second}"),
                &[("status", "outcome"), (field.as_str(), "Desk rented.")],
            )
            .await;
        assert_eq!(outcome.status, StatusCode::SEE_OTHER, "{}", outcome.text);
        assert_eq!(
            vienna.get(&case).await.json()["introductions"][1]["outcome"],
            "Desk rented."
        );
    }
);
