//! Soft-landing cases end to end through the JSON API, on SQLite and on PostgreSQL: a request,
//! the home agency's qualification and referral, the host agency's work, refused moves, and who
//! may see a case at all.

mod support;

use reqwest::StatusCode;
use serde_json::{Value, json};

const MEMBER_SOFIA: &str = "member.sofia@demo.city2city.eu";
const MEMBER_VIENNA: &str = "member.vienna@demo.city2city.eu";
const STAFF_SOFIA: &str = "staff.sofia@demo.city2city.eu";
const STAFF_VIENNA: &str = "staff.vienna@demo.city2city.eu";

fn request_body() -> Value {
    json!({
        "host_city": "vienna",
        "plan": "subsidiary",
        "needs": ["legal_form", "tax"],
        "message": "Искаме да открием дъщерно дружество във Виена за клиентите си в Австрия.",
        "lang": "bg",
        "team_size": "5",
        "timeline": "до средата на следващата година",
    })
}

fn ids(list: &Value) -> Vec<i64> {
    list["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_i64().unwrap())
        .collect()
}

fn first_error(answer: &support::Answer) -> (String, String) {
    let body = answer.json();
    let code = body["errors"][0]["code"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    (body["field"].as_str().unwrap_or_default().to_string(), code)
}

app_test!(
    a_request_is_qualified_referred_and_established_with_one_history,
    |t| {
        let company = t.login(MEMBER_SOFIA).await;
        let sofia = t.login(STAFF_SOFIA).await;
        let vienna = t.login(STAFF_VIENNA).await;

        let opened = company.post_json("/api/v1/cases", &request_body()).await;
        assert_eq!(opened.status, StatusCode::CREATED, "{}", opened.text);
        let case = opened.json();
        assert_eq!(case["stage"], "inquiry");
        assert_eq!(case["company"], "sigil-trust");
        assert_eq!(case["home_agency"], "sofia-investment-agency");
        assert!(case["host_agency"].is_null());
        assert_eq!(case["team_size"], 5);
        assert_eq!(case["viewer"], "company");
        let id = case["id"].as_i64().unwrap();
        let path = format!("/api/v1/cases/{id}");
        let moves = format!("{path}/moves");

        // The home agency hears of it; the host agency does not know the case yet.
        let notes = sofia.get("/api/v1/notifications").await.json();
        assert!(
            notes["items"]
                .as_array()
                .unwrap()
                .iter()
                .any(|n| n["kind"] == "case_opened" && n["detail"]["case"] == id),
            "{notes}"
        );
        assert_eq!(vienna.get(&path).await.status, StatusCode::NOT_FOUND);

        // The company cannot move its own case.
        let by_company = company
            .post_json(&moves, &json!({"action": "qualify"}))
            .await;
        assert_eq!(
            by_company.status,
            StatusCode::FORBIDDEN,
            "{}",
            by_company.text
        );

        let qualified = sofia.post_json(&moves, &json!({"action": "qualify"})).await;
        assert_eq!(qualified.status, StatusCode::OK, "{}", qualified.text);
        assert_eq!(qualified.json()["stage"], "qualified");
        assert!(qualified.json()["first_response_at"].is_string());
        assert_eq!(qualified.json()["can_refer"], true);

        // Work cannot start before the host agency has the case.
        let early = sofia.post_json(&moves, &json!({"action": "start"})).await;
        assert_eq!(early.status, StatusCode::FORBIDDEN, "{}", early.text);

        let referred = sofia
            .post_json(&format!("{path}/referral"), &json!({}))
            .await;
        assert_eq!(referred.status, StatusCode::OK, "{}", referred.text);
        assert_eq!(referred.json()["host_agency"], "vienna-business-agency");
        let again = sofia
            .post_json(&format!("{path}/referral"), &json!({}))
            .await;
        assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(
            first_error(&again),
            ("case".into(), "already-referred".into())
        );

        let notes = vienna.get("/api/v1/notifications").await.json();
        assert!(
            notes["items"]
                .as_array()
                .unwrap()
                .iter()
                .any(|n| n["kind"] == "case_referred" && n["detail"]["case"] == id),
            "{notes}"
        );
        let seen = vienna.get(&path).await;
        assert_eq!(seen.status, StatusCode::OK, "{}", seen.text);
        assert_eq!(seen.json()["viewer"], "host");
        assert_eq!(seen.json()["moves"], json!(["start", "drop"]));

        // Only the home agency qualifies; Vienna starts the work and names its manager.
        let wrong_side = vienna
            .post_json(&moves, &json!({"action": "qualify"}))
            .await;
        assert_eq!(wrong_side.status, StatusCode::FORBIDDEN);
        let started = vienna.post_json(&moves, &json!({"action": "start"})).await;
        assert_eq!(started.json()["stage"], "in_progress", "{}", started.text);

        let choices = seen.json()["manager_choices"].clone();
        let manager = choices[0]["user_id"]
            .as_i64()
            .expect("a Vienna staff member");
        let named = vienna
            .put_json(&format!("{path}/manager"), &json!({"user_id": manager}))
            .await;
        assert_eq!(named.status, StatusCode::OK, "{}", named.text);
        assert_eq!(named.json()["host_manager"]["user_id"], manager);
        let sofia_staff = sofia.get(&path).await.json()["manager_choices"][0]["user_id"].clone();
        let foreign = vienna
            .put_json(&format!("{path}/manager"), &json!({"user_id": sofia_staff}))
            .await;
        assert_eq!(
            foreign.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{}",
            foreign.text
        );
        assert_eq!(
            first_error(&foreign),
            ("user".into(), "not-agency-staff".into())
        );

        let logged = vienna
            .post_json(
                &format!("{path}/activities"),
                &json!({"kind": "call", "text": "Called about the GmbH's share capital."}),
            )
            .await;
        assert_eq!(logged.status, StatusCode::CREATED, "{}", logged.text);
        let bad_kind = vienna
            .post_json(
                &format!("{path}/activities"),
                &json!({"kind": "telegram", "text": "stop"}),
            )
            .await;
        assert_eq!(first_error(&bad_kind).0, "kind");
        let by_company = company
            .post_json(
                &format!("{path}/activities"),
                &json!({"kind": "note", "text": "hello"}),
            )
            .await;
        assert_eq!(by_company.status, StatusCode::FORBIDDEN);

        let established = vienna
            .post_json(
                &moves,
                &json!({"action": "establish", "establishment": {
                    "date": "2026-11-30",
                    "address": "Mariahilfer Straße 1, 1060 Wien",
                    "legal_form": "GmbH",
                    "jobs_planned": "5",
                    "jobs_created": "5",
                    "investment_eur": "120 000",
                }}),
            )
            .await;
        assert_eq!(established.status, StatusCode::OK, "{}", established.text);
        let done = established.json();
        assert_eq!(done["stage"], "established");
        assert_eq!(done["establishment"]["jobs_created"], 5);
        assert_eq!(done["establishment"]["investment_eur"], 120000);
        assert_eq!(done["establishment"]["legal_form"], "GmbH");

        // One history, seen alike by the company and both agencies, with actor and side.
        let history = company.get(&path).await.json();
        assert_eq!(
            support::history_kinds(&history),
            [
                "opened",
                "qualify",
                "refer",
                "start",
                "manager",
                "call",
                "establish"
            ]
        );
        let events = history["history"].as_array().unwrap();
        let sides: Vec<&str> = events.iter().map(|e| e["side"].as_str().unwrap()).collect();
        assert_eq!(
            sides,
            ["company", "home", "home", "host", "host", "host", "host"]
        );
        assert!(
            events
                .iter()
                .all(|e| e["actor"].is_string() && e["at"].is_string())
        );
        assert_eq!(
            support::history_kinds(&vienna.get(&path).await.json()),
            support::history_kinds(&history)
        );
    }
);

app_test!(illegal_moves_and_bad_requests_change_nothing, |t| {
    let company = t.login(MEMBER_SOFIA).await;
    let sofia = t.login(STAFF_SOFIA).await;

    let mut own_city = request_body();
    own_city["host_city"] = json!("sofia");
    let refused = company.post_json("/api/v1/cases", &own_city).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        first_error(&refused),
        ("host_city".into(), "own-city".into())
    );

    let mut bad = request_body();
    bad["plan"] = json!("franchise");
    bad["needs"] = json!([]);
    let refused = company.post_json("/api/v1/cases", &bad).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    let fields: Vec<String> = refused.json()["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["field"].as_str().unwrap().to_string())
        .collect();
    assert!(
        fields.iter().any(|f| f == "plan") && fields.iter().any(|f| f == "needs"),
        "{fields:?}"
    );
    assert!(refused.json()["message"].as_str().unwrap().contains("plan"));

    let mut other = request_body();
    other["company"] = json!("zahlwerk-payments");
    let refused = company.post_json("/api/v1/cases", &other).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);

    let before = company.get("/api/v1/cases").await.json()["total"].clone();
    let id = company
        .post_json("/api/v1/cases", &request_body())
        .await
        .json()["id"]
        .as_i64()
        .unwrap();
    assert_eq!(
        company.get("/api/v1/cases").await.json()["total"],
        before.as_i64().unwrap() + 1
    );
    let path = format!("/api/v1/cases/{id}");
    let moves = format!("{path}/moves");

    let illegal = sofia
        .post_json(&moves, &json!({"action": "aftercare"}))
        .await;
    assert_eq!(
        illegal.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        illegal.text
    );
    assert_eq!(
        first_error(&illegal),
        ("stage".into(), "illegal-move".into())
    );
    assert!(
        illegal.json()["message"]
            .as_str()
            .unwrap()
            .contains("qualify"),
        "the message names the possible moves: {}",
        illegal.text
    );
    let not_qualified = sofia
        .post_json(&format!("{path}/referral"), &json!({}))
        .await;
    assert_eq!(
        first_error(&not_qualified),
        ("stage".into(), "not-qualified".into())
    );
    let no_reason = sofia.post_json(&moves, &json!({"action": "drop"})).await;
    assert_eq!(first_error(&no_reason).0, "reason");
    let unknown = sofia
        .post_json(&moves, &json!({"action": "teleport"}))
        .await;
    assert_eq!(first_error(&unknown).0, "action");

    let after = sofia.get(&path).await.json();
    assert_eq!(after["stage"], "inquiry");
    assert_eq!(support::history_kinds(&after), ["opened"]);
    assert!(after["first_response_at"].is_null());

    let dropped = sofia
        .post_json(
            &moves,
            &json!({"action": "drop", "reason": "plans_changed", "note": "Postponed a year."}),
        )
        .await;
    assert_eq!(dropped.json()["stage"], "dropped", "{}", dropped.text);
    assert_eq!(dropped.json()["drop_reason"], "plans_changed");
    assert_eq!(dropped.json()["moves"], json!([]));
    let final_move = sofia.post_json(&moves, &json!({"action": "qualify"})).await;
    assert!(
        final_move.json()["message"]
            .as_str()
            .unwrap()
            .contains("final"),
        "{}",
        final_move.text
    );
});

app_test!(a_case_is_seen_only_by_its_company_and_its_agencies, |t| {
    let company = t.login(MEMBER_SOFIA).await;
    let other_company = t.login(MEMBER_VIENNA).await;
    let sofia = t.login(STAFF_SOFIA).await;
    let vienna = t.login(STAFF_VIENNA).await;
    let visitor = t.visitor();

    let id = company
        .post_json("/api/v1/cases", &request_body())
        .await
        .json()["id"]
        .as_i64()
        .unwrap();
    let path = format!("/api/v1/cases/{id}");

    assert_eq!(
        visitor.get("/api/v1/cases").await.status,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(visitor.get(&path).await.status, StatusCode::NOT_FOUND);
    assert_eq!(other_company.get(&path).await.status, StatusCode::NOT_FOUND);
    let theirs = other_company.get("/api/v1/cases").await.json();
    assert!(!ids(&theirs).contains(&id));
    assert!(
        theirs["items"]
            .as_array()
            .unwrap()
            .iter()
            .all(|c| c["company"] == "zahlwerk-payments"),
        "{theirs}"
    );
    let ours = company.get("/api/v1/cases").await.json();
    assert!(ids(&ours).contains(&id));
    assert!(
        ours["items"]
            .as_array()
            .unwrap()
            .iter()
            .all(|c| c["company"] == "sigil-trust")
    );
    // Not the host agency until referral; an unknown move by a stranger is still "not found".
    assert!(!ids(&vienna.get("/api/v1/cases").await.json()).contains(&id));
    let stranger = other_company
        .post_json(&format!("{path}/moves"), &json!({"action": "qualify"}))
        .await;
    assert_eq!(stranger.status, StatusCode::NOT_FOUND);
    assert!(!stranger.text.contains("sigil"));

    // The board: late first responses first, then the rest.
    let board = sofia.get("/api/v1/cases?per_page=100").await.json();
    let overdue: Vec<bool> = board["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["overdue"].as_bool().unwrap())
        .collect();
    assert!(overdue[0], "{board}");
    let first_on_time = overdue.iter().position(|o| !o).unwrap();
    assert!(overdue[first_on_time..].iter().all(|o| !o), "{overdue:?}");
    let late = sofia.get("/api/v1/cases?overdue=true").await.json();
    assert_eq!(late["total"].as_i64().unwrap() as usize, first_on_time);
    let bad_stage = sofia.get("/api/v1/cases?stage=limbo").await;
    assert_eq!(bad_stage.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(bad_stage.json()["field"], "stage");
    let inquiries = sofia
        .get("/api/v1/cases?stage=inquiry,qualified")
        .await
        .json();
    assert!(
        inquiries["items"]
            .as_array()
            .unwrap()
            .iter()
            .all(|c| c["stage"] == "inquiry" || c["stage"] == "qualified")
    );
});

app_test!(
    the_case_pages_carry_a_request_from_form_to_referral_and_refuse_bad_input,
    |t| {
        let company = t.login(MEMBER_SOFIA).await;
        let sofia = t.login(STAFF_SOFIA).await;
        let vienna = t.login(STAFF_VIENNA).await;
        let stranger = t.login(MEMBER_VIENNA).await;

        // A request without a plan is refused with the field named; nothing is opened.
        let before = company.get("/api/v1/cases").await.json()["total"].clone();
        let bad = company
            .post_form(
                "/cases/new",
                &[
                    ("host_city", "vienna"),
                    ("message", "Ein Büro in Wien"),
                    ("lang", "de"),
                ],
            )
            .await;
        assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", bad.text);
        assert!(bad.text.contains("error-summary") && bad.text.contains("href=\"#plan\""));
        assert_eq!(company.get("/api/v1/cases").await.json()["total"], before);

        let opened = company
            .post_form(
                "/cases/new",
                &[
                    ("host_city", "vienna"),
                    ("plan", "subsidiary"),
                    ("needs", "legal_form"),
                    ("needs", "banking"),
                    ("team_size", "5"),
                    (
                        "message",
                        "Wir planen eine GmbH in Wien für Kunden in Österreich.",
                    ),
                    ("lang", "de"),
                ],
            )
            .await;
        assert_eq!(opened.status, StatusCode::SEE_OTHER, "{}", opened.text);
        let location = opened.location().to_string();
        let id: i64 = location
            .trim_start_matches("/cases/")
            .split('?')
            .next()
            .unwrap()
            .parse()
            .unwrap();
        let page = company.get(&location).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(
            page.text.contains("Wir planen eine GmbH in Wien"),
            "{}",
            page.text
        );
        assert!(
            !page.text.contains("/move\""),
            "a company has no stage moves"
        );
        assert!(
            company
                .get("/cases")
                .await
                .text
                .contains(&format!("/cases/{id}\""))
        );

        // The home agency finds it on its board and qualifies and refers it with the forms.
        let board = sofia.get("/cases").await;
        assert_eq!(board.status, StatusCode::OK);
        assert!(board.text.contains(&format!("/cases/{id}\"")));
        let inquiries = sofia.get("/cases?stage=inquiry").await;
        assert!(inquiries.text.contains(&format!("/cases/{id}\"")));
        let path = format!("/cases/{id}");
        let qualified = sofia
            .post_form(&format!("{path}/move"), &[("action", "qualify")])
            .await;
        assert_eq!(
            qualified.status,
            StatusCode::SEE_OTHER,
            "{}",
            qualified.text
        );
        let referred = sofia.post_form(&format!("{path}/referral"), &[]).await;
        assert_eq!(referred.status, StatusCode::SEE_OTHER, "{}", referred.text);

        // The host agency takes it on; an establishment without a date is refused.
        assert_eq!(vienna.get(&path).await.status, StatusCode::OK);
        let started = vienna
            .post_form(&format!("{path}/move"), &[("action", "start")])
            .await;
        assert_eq!(started.status, StatusCode::SEE_OTHER, "{}", started.text);
        let undated = vienna
            .post_form(
                &format!("{path}/move"),
                &[
                    ("action", "establish"),
                    ("address", "Mariahilfer Straße 1"),
                    ("legal_form", "GmbH"),
                ],
            )
            .await;
        assert_eq!(
            undated.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{}",
            undated.text
        );
        assert!(undated.text.contains("href=\"#date\""));
        let logged = vienna
            .post_form(
                &format!("{path}/activity"),
                &[("kind", "call"), ("text", "Gründung der GmbH besprochen")],
            )
            .await;
        assert_eq!(logged.status, StatusCode::SEE_OTHER, "{}", logged.text);
        let detail = t
            .login(MEMBER_SOFIA)
            .await
            .get(&format!("/api/v1/cases/{id}"))
            .await
            .json();
        assert_eq!(detail["stage"], "in_progress");
        assert_eq!(
            support::history_kinds(&detail),
            ["opened", "qualify", "refer", "start", "call"]
        );
        let history = company.get(&path).await.text;
        assert!(history.contains("Gründung der GmbH besprochen"));

        // Nobody else sees the case's page.
        assert_eq!(stranger.get(&path).await.status, StatusCode::NOT_FOUND);
        assert!(!t.visitor().get("/cases").await.status.is_success());
    }
);
