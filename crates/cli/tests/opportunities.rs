//! Opportunities and expressions of interest end to end through the JSON API, on SQLite and on
//! PostgreSQL: the validation cycle, anonymity, introductions, and refused moves.

mod support;

use reqwest::StatusCode;
use serde_json::{Value, json};

const MEMBER_SOFIA: &str = "member.sofia@demo.city2city.eu";
const MEMBER_VIENNA: &str = "member.vienna@demo.city2city.eu";
const STAFF_SOFIA: &str = "staff.sofia@demo.city2city.eu";
const STAFF_VIENNA: &str = "staff.vienna@demo.city2city.eu";

fn in_a_year() -> String {
    (time::OffsetDateTime::now_utc().date() + time::Duration::days(365)).to_string()
}

fn request_body() -> Value {
    json!({
        "kind": "business_request",
        "lang": "bg",
        "title": "Търсим партньор за квалифицирани електронни подписи в Австрия",
        "summary": "Доставчик на удостоверителни услуги търси дистрибутор във Виена.",
        "description": "Търсим партньор с опит в продажбите на софтуер за банки и застрахователи.",
        "sectors": ["cybersecurity", "fintech"],
        "keywords": ["eIDAS", "електронен подпис"],
        "cooperation": ["distribution"],
        "partner_kinds": ["company"],
        "target_cities": ["vienna"],
        "valid_until": in_a_year(),
    })
}

fn status_of(v: &Value) -> &str {
    v["status"].as_str().unwrap_or_default()
}

app_test!(
    an_opportunity_goes_through_validation_and_introduces_two_companies,
    |t| {
        let author = t.login(MEMBER_SOFIA).await;
        let staff = t.login(STAFF_SOFIA).await;
        let vienna_staff = t.login(STAFF_VIENNA).await;
        let vienna = t.login(MEMBER_VIENNA).await;
        let visitor = t.visitor();

        let created = author
            .post_json("/api/v1/opportunities", &request_body())
            .await;
        assert_eq!(created.status, StatusCode::CREATED, "{}", created.text);
        let o = created.json();
        let reference = o["reference"].as_str().unwrap().to_string();
        assert!(reference.starts_with("SOF-"), "{reference}");
        assert_eq!(status_of(&o), "draft");
        let path = format!("/api/v1/opportunities/{reference}");
        let moves = format!("{path}/transitions");

        // A draft is nobody else's business, and cannot be published.
        assert_eq!(visitor.get(&path).await.status, StatusCode::NOT_FOUND);
        let refused = staff.post_json(&moves, &json!({"action": "publish"})).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(refused.json()["field"], "status");
        assert!(
            refused.json()["message"]
                .as_str()
                .unwrap()
                .contains("draft")
        );

        let submitted = author.post_json(&moves, &json!({"action": "submit"})).await;
        assert_eq!(status_of(&submitted.json()), "submitted");
        // Only staff of the owner's city validate: to others, an unpublished one does not exist.
        let foreign = vienna_staff
            .post_json(&moves, &json!({"action": "publish"}))
            .await;
        assert_eq!(foreign.status, StatusCode::NOT_FOUND);
        let no_comment = staff.post_json(&moves, &json!({"action": "return"})).await;
        assert_eq!(no_comment.json()["field"], "comment");
        let returned = staff
            .post_json(
                &moves,
                &json!({"action": "return", "comment": "Моля, посочете целевите клиенти."}),
            )
            .await;
        assert_eq!(status_of(&returned.json()), "returned");
        let seen = author.get(&path).await.json();
        assert_eq!(seen["staff_comment"], "Моля, посочете целевите клиенти.");

        let mut edited = request_body();
        edited["description"] = json!("Целеви клиенти: банки и застрахователи във Виена.");
        let put = author.put_json(&path, &edited).await;
        assert_eq!(put.status, StatusCode::OK, "{}", put.text);
        assert_eq!(status_of(&put.json()), "returned");
        author.post_json(&moves, &json!({"action": "submit"})).await;
        let published = staff.post_json(&moves, &json!({"action": "publish"})).await;
        assert_eq!(
            status_of(&published.json()),
            "published",
            "{}",
            published.text
        );

        // The public sees the texts, not who wrote them.
        let public = visitor.get(&path).await;
        assert_eq!(public.status, StatusCode::OK);
        let public = public.json();
        assert_eq!(public["title"], request_body()["title"]);
        assert!(public.get("organisation").is_none(), "{public}");
        assert!(public.get("owner").is_none(), "{public}");
        assert!(public.get("staff_comment").is_none(), "{public}");
        assert!(!public.to_string().contains("sigil"), "{public}");

        // A Vienna company expresses interest, once.
        let before = vienna.get(&path).await.json();
        assert_eq!(before["can"]["express_interest"], true);
        assert!(before.get("owner").is_none());
        let interest_body = json!({"message": "Wir vertreiben Signaturlösungen an Banken.", "contribution": "Kontakte zu 20 Banken"});
        let sent = vienna
            .post_json(&format!("{path}/interests"), &interest_body)
            .await;
        assert_eq!(sent.status, StatusCode::CREATED, "{}", sent.text);
        let interest = sent.json();
        let id = interest["id"].as_i64().unwrap();
        assert_eq!(interest["status"], "sent");
        let again = vienna
            .post_json(&format!("{path}/interests"), &interest_body)
            .await;
        assert_eq!(again.status, StatusCode::CONFLICT);
        let own = author
            .post_json(&format!("{path}/interests"), &interest_body)
            .await;
        assert_eq!(own.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(own.json()["field"], "opportunity");

        // The owner sees it in the inbox, without the sender's contact before accepting.
        let inbox = author.get("/api/v1/interests?box=inbox").await.json();
        let item = inbox["items"]
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["id"] == id)
            .unwrap()
            .clone();
        assert!(item.get("sender_contact").is_none(), "{item}");
        assert_eq!(item["can_answer"], true);
        // Staff of both cities see it too.
        for c in [&staff, &vienna_staff] {
            let city = c.get("/api/v1/interests?box=city").await.json();
            assert!(
                city["items"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|i| i["id"] == id),
                "{city}"
            );
        }

        let accepted = author
            .post_json(
                &format!("/api/v1/interests/{id}/transitions"),
                &json!({"action": "accept"}),
            )
            .await;
        assert_eq!(accepted.status, StatusCode::OK, "{}", accepted.text);
        let accepted = accepted.json();
        assert_eq!(accepted["status"], "accepted");
        assert!(
            accepted["sender_contact"]["email"]
                .as_str()
                .unwrap()
                .contains("zahlwerk"),
            "{accepted}"
        );

        // Introduced: the Vienna company now sees the owner and its contact person.
        let after = vienna.get(&path).await.json();
        assert_eq!(after["owner"]["slug"], "sigil-trust", "{after}");
        assert!(
            after["owner"]["contact"]["email"]
                .as_str()
                .unwrap()
                .contains("sigil-trust")
        );
        // A second Vienna visitor without introduction still does not.
        assert!(visitor.get(&path).await.json().get("owner").is_none());

        // Illegal moves change nothing.
        let twice = author
            .post_json(
                &format!("/api/v1/interests/{id}/transitions"),
                &json!({"action": "accept"}),
            )
            .await;
        assert_eq!(twice.status, StatusCode::UNPROCESSABLE_ENTITY);
        let late = vienna
            .post_json(
                &format!("/api/v1/interests/{id}/transitions"),
                &json!({"action": "withdraw"}),
            )
            .await;
        assert_eq!(late.status, StatusCode::UNPROCESSABLE_ENTITY);
        let met = vienna
            .post_json(
                &format!("/api/v1/interests/{id}/transitions"),
                &json!({"action": "outcome", "outcome": "met"}),
            )
            .await;
        assert_eq!(met.json()["outcome"], "met", "{}", met.text);
        let outbox = vienna.get("/api/v1/interests?box=outbox").await.json();
        assert!(
            outbox["items"]
                .as_array()
                .unwrap()
                .iter()
                .any(|i| i["id"] == id && i["outcome"] == "met")
        );
    }
);

app_test!(
    withdrawn_expressions_cannot_be_accepted_and_drafts_cannot_be_published,
    |t| {
        let author = t.login(MEMBER_SOFIA).await;
        let staff = t.login(STAFF_SOFIA).await;
        let vienna = t.login(MEMBER_VIENNA).await;
        let mut body = request_body();
        body["submit"] = json!(true);
        let o = author
            .post_json("/api/v1/opportunities", &body)
            .await
            .json();
        let reference = o["reference"].as_str().unwrap();
        assert_eq!(status_of(&o), "submitted");
        let path = format!("/api/v1/opportunities/{reference}");
        staff
            .post_json(
                &format!("{path}/transitions"),
                &json!({"action": "publish"}),
            )
            .await;
        let sent = vienna
            .post_json(
                &format!("{path}/interests"),
                &json!({"message": "Interesse", "contribution": "Vertrieb"}),
            )
            .await
            .json();
        let id = sent["id"].as_i64().unwrap();
        let withdrawn = vienna
            .post_json(
                &format!("/api/v1/interests/{id}/transitions"),
                &json!({"action": "withdraw"}),
            )
            .await;
        assert_eq!(withdrawn.json()["status"], "withdrawn");
        let accept = author
            .post_json(
                &format!("/api/v1/interests/{id}/transitions"),
                &json!({"action": "accept"}),
            )
            .await;
        assert_eq!(accept.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            accept.json()["message"]
                .as_str()
                .unwrap()
                .contains("withdrawn")
        );
        assert_eq!(
            author.get(&format!("/api/v1/interests/{id}")).await.json()["status"],
            "withdrawn"
        );

        // Bad input names its fields and writes nothing.
        let before = author.get("/api/v1/opportunities/mine").await.json()["total"].clone();
        let bad = author
        .post_json(
            "/api/v1/opportunities",
            &json!({"kind": "merger", "lang": "xx", "title": "x".repeat(151), "valid_until": "soon", "target_cities": ["atlantis"]}),
        )
        .await;
        assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
        let fields: Vec<String> = bad.json()["errors"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["field"].as_str().unwrap().to_string())
            .collect();
        for f in ["kind", "lang", "title", "summary", "valid_until"] {
            assert!(fields.contains(&f.to_string()), "{f} in {fields:?}");
        }
        let mut nowhere = request_body();
        nowhere["target_cities"] = json!(["atlantis"]);
        let unknown_city = author.post_json("/api/v1/opportunities", &nowhere).await;
        assert_eq!(unknown_city.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(unknown_city.json()["field"], "target_cities");
        assert_eq!(
            author.get("/api/v1/opportunities/mine").await.json()["total"],
            before
        );

        // A Vienna company cannot touch a Sofia company's opportunity.
        let put = vienna.put_json(&path, &request_body()).await;
        assert_eq!(put.status, StatusCode::FORBIDDEN);
    }
);

app_test!(
    the_public_searches_published_opportunities_in_any_language,
    |t| {
        let visitor = t.visitor();
        // Demo data: German compounds, Bulgarian inflections, facets.
        let found = visitor
            .get("/api/v1/opportunities?q=Zahlung&per_page=5")
            .await;
        assert_eq!(found.status, StatusCode::OK, "{}", found.text);
        let body = found.json();
        assert!(body["total"].as_i64().unwrap() >= 1, "{body}");
        assert!(body["items"][0]["title_html"].as_str().is_some());
        assert!(body["facets"]["kind"].as_array().is_some());
        let all = visitor
            .get("/api/v1/opportunities?per_page=100")
            .await
            .json();
        let total = all["total"].as_i64().unwrap();
        assert!(total >= 40, "published demo opportunities: {total}");
        let kinds: i64 = all["facets"]["kind"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["count"].as_i64().unwrap())
            .sum();
        assert_eq!(kinds, total);
        for item in all["items"].as_array().unwrap() {
            assert!(item.get("organisation").is_none());
            if item.get("owner_name").is_some() {
                continue;
            }
            assert!(
                !item.to_string().contains('@'),
                "no contact details: {item}"
            );
        }
        let filtered = visitor
            .get("/api/v1/opportunities?kind=technology_offer&lang=de&sort=deadline")
            .await
            .json();
        for item in filtered["items"].as_array().unwrap() {
            assert_eq!(item["kind"], "technology_offer");
        }
        let bad = visitor.get("/api/v1/opportunities?sort=random").await;
        assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(bad.json()["field"], "sort");
        for q in [
            "%22",
            "AND%20OR%20(",
            "*",
            &"x".repeat(3000),
            "%F0%9F%99%82",
        ] {
            let r = visitor.get(&format!("/api/v1/opportunities?q={q}")).await;
            assert_eq!(r.status, StatusCode::OK, "query {q:.20}");
        }
        let orgs = visitor
            .get("/api/v1/organisations/search?q=Sofia")
            .await
            .json();
        assert!(orgs["total"].as_i64().unwrap() >= 1, "{orgs}");
    }
);

app_test!(saved_searches_and_notifications_through_the_api, |t| {
    let member = t.login(MEMBER_VIENNA).await;
    assert_eq!(
        t.visitor().get("/api/v1/saved-searches").await.status,
        StatusCode::UNAUTHORIZED
    );
    let saved = member
        .post_json(
            "/api/v1/saved-searches",
            &json!({"name": "Signaturen", "q": "подпис", "alerts": true}),
        )
        .await;
    assert_eq!(saved.status, StatusCode::CREATED, "{}", saved.text);
    let id = saved.json()["id"].as_i64().unwrap();
    let list = member.get("/api/v1/saved-searches").await.json();
    assert_eq!(list.as_array().unwrap().len(), 1);
    let nameless = member
        .post_json("/api/v1/saved-searches", &json!({"name": "", "q": "x"}))
        .await;
    assert_eq!(nameless.json()["field"], "name");

    // A Sofia request about e-signatures is published: the saved search alerts.
    let author = t.login(MEMBER_SOFIA).await;
    let staff = t.login(STAFF_SOFIA).await;
    let mut body = request_body();
    body["submit"] = json!(true);
    let o = author
        .post_json("/api/v1/opportunities", &body)
        .await
        .json();
    let reference = o["reference"].as_str().unwrap();
    staff
        .post_json(
            &format!("/api/v1/opportunities/{reference}/transitions"),
            &json!({"action": "publish"}),
        )
        .await;
    let notes = member.get("/api/v1/notifications").await.json();
    assert!(notes["unread"].as_i64().unwrap() >= 1, "{notes}");
    assert!(
        notes["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|n| n["kind"] == "saved_search_match" && n["detail"]["opportunity"] == reference),
        "{notes}"
    );
    member
        .post_json("/api/v1/notifications/read", &json!({}))
        .await;
    assert_eq!(
        member.get("/api/v1/notifications").await.json()["unread"],
        0
    );
    assert_eq!(
        member
            .delete(&format!("/api/v1/saved-searches/{id}"))
            .await
            .status,
        StatusCode::NO_CONTENT
    );
    assert_eq!(
        member
            .delete(&format!("/api/v1/saved-searches/{id}"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
});

app_test!(
    a_company_can_send_only_so_many_expressions_of_interest_a_day,
    |t| {
        let vienna = t.login(MEMBER_VIENNA).await;
        let sofia = vienna
            .get("/api/v1/opportunities?city=sofia&per_page=60")
            .await
            .json();
        let refs: Vec<String> = sofia["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["reference"].as_str().unwrap().to_string())
            .collect();
        assert!(
            refs.len() > 12,
            "enough published Sofia opportunities in the demo: {}",
            refs.len()
        );
        let body = json!({"message": "Wir sind interessiert.", "contribution": "Erfahrung im Zahlungsverkehr"});
        let mut sent = 0;
        let mut limited = None;
        for r in &refs {
            let res = vienna
                .post_json(&format!("/api/v1/opportunities/{r}/interests"), &body)
                .await;
            match res.status {
                StatusCode::CREATED => sent += 1,
                StatusCode::CONFLICT => {} // already open from the demo
                StatusCode::TOO_MANY_REQUESTS => {
                    limited = Some(res.json());
                    break;
                }
                other => panic!("{r}: {other} {}", res.text),
            }
        }
        let limited = limited.expect("the daily limit stops the company");
        assert!(sent <= 10, "sent {sent}");
        assert_eq!(limited["error"], "rate_limited");
    }
);
