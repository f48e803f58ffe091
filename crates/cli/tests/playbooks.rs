//! Playbooks and checklists end to end, on SQLite and on PostgreSQL: the demo playbooks, writing
//! and versioning one, applying it to a case (which keeps the version it got), ticking steps by
//! the company and the staff, progress on the board, refused input that changes nothing, and the
//! same through the pages.

mod support;

use reqwest::StatusCode;
use serde_json::{Value, json};

const MEMBER_SOFIA: &str = "member.sofia@demo.city2city.eu";
const MEMBER_VIENNA: &str = "member.vienna@demo.city2city.eu";
const STAFF_SOFIA: &str = "staff.sofia@demo.city2city.eu";
const STAFF_VIENNA: &str = "staff.vienna@demo.city2city.eu";

fn playbook_body(steps: Value) -> Value {
    json!({
        "city": "vienna",
        "title": {"en": "Open a FlexCo", "de": "FlexCo gründen"},
        "summary": {"en": "The flexible company form of 2024."},
        "last_reviewed": "2026-11-15",
        "steps": steps,
    })
}

fn two_steps() -> Value {
    json!([
        {"title": {"en": "Articles of association", "de": "Gesellschaftsvertrag"},
         "description": {"en": "Signed before a notary or a lawyer. See [the register](https://www.justiz.gv.at)."},
         "responsible": "company", "duration_days": 5},
        {"title": {"de": "Eintragung ins Firmenbuch"}, "responsible": "external",
         "duration_days": "10", "depends_on": [1]},
    ])
}

/// A Sofia company's case, qualified and referred by Sofia and started by Vienna.
async fn started_case(t: &support::TestApp) -> i64 {
    let company = t.login(MEMBER_SOFIA).await;
    let sofia = t.login(STAFF_SOFIA).await;
    let vienna = t.login(STAFF_VIENNA).await;
    let opened = company
        .post_json(
            "/api/v1/cases",
            &json!({
                "host_city": "vienna", "plan": "subsidiary", "needs": ["legal_form"],
                "message": "Искаме дружество във Виена.", "lang": "bg",
            }),
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
    let r = vienna
        .post_json(&format!("{path}/moves"), &json!({"action": "start"}))
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    id
}

app_test!(the_demo_has_the_host_cities_playbooks_on_its_cases, |t| {
    let member = t.login(MEMBER_SOFIA).await;
    let list = member.get("/api/v1/playbooks").await;
    assert_eq!(list.status, StatusCode::OK, "{}", list.text);
    let slugs: Vec<String> = list
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["slug"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        slugs,
        ["sofia-company", "vienna-eu-registration", "vienna-gmbh"]
    );
    let gmbh = member.get("/api/v1/playbooks/vienna-gmbh").await.json();
    assert_eq!(gmbh["city"], "vienna");
    assert_eq!(gmbh["version"], 1);
    assert!(gmbh["title"]["bg"].is_string() && gmbh["title"]["de"].is_string());
    assert_eq!(gmbh["last_reviewed"], "2026-10-20");
    assert_eq!(gmbh["steps"].as_array().unwrap().len(), 12);
    assert_eq!(gmbh["can_edit"], false, "a company does not edit playbooks");
    assert_eq!(
        t.visitor().get("/api/v1/playbooks").await.status,
        StatusCode::UNAUTHORIZED
    );

    // The trust-service company's Vienna case has the GmbH checklist, four steps ticked.
    let cases = member.get("/api/v1/cases").await.json();
    let sigil = cases["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["host_city"] == "vienna" && c["stage"] == "in_progress")
        .expect("the demo's Vienna case of Sigil Trust")
        .clone();
    assert_eq!(sigil["checklist"], json!({"done": 4, "total": 12}));
    let detail = member
        .get(&format!("/api/v1/cases/{}", sigil["id"]))
        .await
        .json();
    let done: Vec<&Value> = detail["checklist"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["done_at"].is_string())
        .collect();
    assert_eq!(done.len(), 4);
    let opened = detail["opened_at"].as_str().unwrap();
    assert!(
        done.iter().all(|s| s["done_at"].as_str().unwrap() > opened),
        "ticks are dated within the case's history: {detail}"
    );
    let history = support::history_kinds(&detail);
    assert_eq!(history.iter().filter(|k| *k == "playbook").count(), 1);
    assert_eq!(history.iter().filter(|k| *k == "step_done").count(), 4);
});

app_test!(
    a_playbook_is_versioned_and_a_case_keeps_the_version_it_got,
    |t| {
        let company = t.login(MEMBER_SOFIA).await;
        let sofia = t.login(STAFF_SOFIA).await;
        let vienna = t.login(STAFF_VIENNA).await;
        let stranger = t.login(MEMBER_VIENNA).await;

        // Only the city's own staff write its playbooks; bad steps are refused, nothing saved.
        assert_eq!(
            company
                .post_json("/api/v1/playbooks", &playbook_body(two_steps()))
                .await
                .status,
            StatusCode::FORBIDDEN
        );
        assert_eq!(
            sofia
                .post_json("/api/v1/playbooks", &playbook_body(two_steps()))
                .await
                .status,
            StatusCode::FORBIDDEN
        );
        let bad = vienna
            .post_json(
                "/api/v1/playbooks",
                &playbook_body(json!([
                    {"title": {"en": "A"}, "responsible": "company", "depends_on": [2]},
                    {"title": {"en": "B"}, "responsible": "notary"},
                ])),
            )
            .await;
        assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", bad.text);
        let fields: Vec<String> = bad.json()["errors"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["field"].as_str().unwrap().to_string())
            .collect();
        assert_eq!(fields, ["steps.1.depends_on", "steps.2.responsible"]);
        let future = vienna
            .post_json(
                "/api/v1/playbooks",
                &json!({"title": {"en": "X"}, "last_reviewed": "2999-01-01", "steps": two_steps()}),
            )
            .await;
        assert_eq!(
            future.field_error(),
            ("last_reviewed".into(), "in-future".into())
        );
        let count = |list: Value| list.as_array().unwrap().len();
        assert_eq!(count(vienna.get("/api/v1/playbooks").await.json()), 3);

        let created = vienna
            .post_json("/api/v1/playbooks", &playbook_body(two_steps()))
            .await;
        assert_eq!(created.status, StatusCode::CREATED, "{}", created.text);
        let pb = created.json();
        assert_eq!(pb["slug"], "vienna-open-a-flexco");
        assert_eq!(pb["version"], 1);
        assert_eq!(pb["can_edit"], true);
        assert_eq!(pb["steps"][1]["depends_on"], json!([1]));
        assert_eq!(pb["steps"][1]["duration_days"], 10);
        let again = vienna
            .post_json("/api/v1/playbooks", &playbook_body(two_steps()))
            .await;
        assert_eq!(
            again.json()["slug"],
            "vienna-open-a-flexco-2",
            "a second playbook of the same title gets a slug of its own"
        );

        // Applied to a case, its two steps are the checklist.
        let id = started_case(&t).await;
        let case = format!("/api/v1/cases/{id}");
        let by_company = company
            .post_json(
                &format!("{case}/playbooks"),
                &json!({"playbook": "vienna-open-a-flexco"}),
            )
            .await;
        assert_eq!(by_company.status, StatusCode::FORBIDDEN);
        let wrong_city = vienna
            .post_json(
                &format!("{case}/playbooks"),
                &json!({"playbook": "sofia-company"}),
            )
            .await;
        assert_eq!(
            wrong_city.field_error(),
            ("playbook".into(), "wrong-city".into())
        );
        let applied = vienna
            .post_json(
                &format!("{case}/playbooks"),
                &json!({"playbook": "vienna-open-a-flexco"}),
            )
            .await;
        assert_eq!(applied.status, StatusCode::CREATED, "{}", applied.text);
        let detail = applied.json();
        assert_eq!(detail["checklist"].as_array().unwrap().len(), 2);
        assert_eq!(detail["checklist"][1]["waits_for"], json!([1]));
        assert_eq!(detail["checklist"][0]["playbook_version"], 1);
        assert_eq!(
            detail["checklist"][0]["title"]["en"],
            "Articles of association"
        );
        assert!(support::history_kinds(&detail).contains(&"playbook".to_string()));
        let twice = vienna
            .post_json(
                &format!("{case}/playbooks"),
                &json!({"playbook": "vienna-open-a-flexco"}),
            )
            .await;
        assert_eq!(twice.status, StatusCode::CONFLICT, "{}", twice.text);

        // A new version: the case keeps its two steps of version 1.
        let mut three = two_steps();
        three.as_array_mut().unwrap().push(json!(
            {"title": {"en": "Trade licence"}, "responsible": "external", "depends_on": "2"}
        ));
        let mut revision = playbook_body(three);
        revision["base_version"] = json!(1);
        let by_sofia = sofia
            .put_json("/api/v1/playbooks/vienna-open-a-flexco", &revision)
            .await;
        assert_eq!(by_sofia.status, StatusCode::FORBIDDEN);
        let revised = vienna
            .put_json("/api/v1/playbooks/vienna-open-a-flexco", &revision)
            .await;
        assert_eq!(revised.status, StatusCode::OK, "{}", revised.text);
        assert_eq!(revised.json()["version"], 2);
        assert_eq!(revised.json()["versions"].as_array().unwrap().len(), 2);
        let stale = vienna
            .put_json("/api/v1/playbooks/vienna-open-a-flexco", &revision)
            .await;
        assert_eq!(stale.status, StatusCode::CONFLICT, "{}", stale.text);
        let old = vienna
            .get("/api/v1/playbooks/vienna-open-a-flexco?version=1")
            .await
            .json();
        assert_eq!(old["version"], 1);
        assert_eq!(old["latest_version"], 2);
        assert_eq!(old["steps"].as_array().unwrap().len(), 2);
        let kept = vienna.get(&case).await.json();
        assert_eq!(kept["checklist"].as_array().unwrap().len(), 2);

        // The company and the staff tick; the board shows the progress.
        let first = kept["checklist"][0]["id"].as_i64().unwrap();
        let second = kept["checklist"][1]["id"].as_i64().unwrap();
        let ticked = company
            .put_json(&format!("{case}/steps/{first}"), &json!({"done": true}))
            .await;
        assert_eq!(ticked.status, StatusCode::OK, "{}", ticked.text);
        let ticked = ticked.json();
        assert!(ticked["checklist"][0]["done_at"].is_string());
        assert_eq!(
            ticked["checklist"][0]["done_by"],
            ticked["history"].as_array().unwrap().last().unwrap()["actor"]
        );
        let last = ticked["history"]
            .as_array()
            .unwrap()
            .last()
            .unwrap()
            .clone();
        assert_eq!(last["kind"], "step_done");
        assert_eq!(last["side"], "company");
        assert!(last["text"].as_str().unwrap().starts_with("1. "));
        let by_vienna = vienna
            .put_json(&format!("{case}/steps/{second}"), &json!({"done": true}))
            .await;
        assert_eq!(by_vienna.status, StatusCode::OK);
        assert_eq!(
            by_vienna.json()["history"]
                .as_array()
                .unwrap()
                .last()
                .unwrap()["side"],
            "host"
        );
        let board = vienna.get("/api/v1/cases?stage=in_progress").await.json();
        let on_board = board["items"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["id"] == id)
            .unwrap()
            .clone();
        assert_eq!(on_board["checklist"], json!({"done": 2, "total": 2}));
        let reopened = vienna
            .put_json(&format!("{case}/steps/{second}"), &json!({"done": false}))
            .await
            .json();
        assert!(reopened["checklist"][1]["done_at"].is_null());
        assert_eq!(reopened["checklist"][1]["done_by"], Value::Null);
        assert_eq!(
            reopened["history"].as_array().unwrap().last().unwrap()["kind"],
            "step_undone"
        );

        // A step of another case is refused, and so is anyone not on the case; nothing changes.
        let events = reopened["history"].as_array().unwrap().len();
        let other = vienna.get("/api/v1/cases?stage=in_progress").await.json()["items"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["id"] != id && c["checklist"]["total"].as_u64().unwrap_or(0) > 0)
            .unwrap()["id"]
            .as_i64()
            .unwrap();
        let foreign_step = vienna.get(&format!("/api/v1/cases/{other}")).await.json()["checklist"]
            [0]["id"]
            .as_i64()
            .unwrap();
        let other_before =
            vienna.get(&format!("/api/v1/cases/{other}")).await.json()["checklist"].clone();
        let refused = vienna
            .put_json(
                &format!("{case}/steps/{foreign_step}"),
                &json!({"done": true}),
            )
            .await;
        assert_eq!(
            refused.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{}",
            refused.text
        );
        assert_eq!(refused.field_error(), ("step".into(), "not-on-case".into()));
        assert_eq!(
            stranger
                .put_json(&format!("{case}/steps/{first}"), &json!({"done": false}))
                .await
                .status,
            StatusCode::NOT_FOUND
        );
        let after = vienna.get(&case).await.json();
        assert_eq!(after["history"].as_array().unwrap().len(), events);
        assert!(after["checklist"][0]["done_at"].is_string());
        assert_eq!(
            vienna.get(&format!("/api/v1/cases/{other}")).await.json()["checklist"],
            other_before
        );
    }
);

app_test!(the_pages_write_playbooks_and_tick_checklists, |t| {
    let company = t.login(MEMBER_SOFIA).await;
    let vienna = t.login(STAFF_VIENNA).await;

    let list = vienna.get("/playbooks").await;
    assert_eq!(list.status, StatusCode::OK);
    assert!(
        list.text.contains("href=\"/playbooks/vienna-gmbh\""),
        "{}",
        list.text
    );
    assert!(list.text.contains("href=\"/playbooks/new\""));
    assert!(
        !company
            .get("/playbooks")
            .await
            .text
            .contains("href=\"/playbooks/new\"")
    );
    let gmbh = company.get("/playbooks/vienna-gmbh").await;
    assert_eq!(gmbh.status, StatusCode::OK);
    assert!(gmbh.text.contains("Firmenbuch"), "{}", gmbh.text);
    assert!(!gmbh.text.contains("/playbooks/vienna-gmbh/edit"));
    assert!(
        !gmbh.text.contains("&lt;a href"),
        "step descriptions are rendered Markdown"
    );

    // The editor: a step waiting for a later one is refused with the field named.
    let form = |deps: &'static str| -> Vec<(&'static str, &'static str)> {
        vec![
            ("city", "vienna"),
            ("title-en", "Register a branch"),
            ("last_reviewed", "2026-11-30"),
            ("count", "4"),
            ("steps.1.title-en", "Resolution of the parent company"),
            ("steps.1.responsible", "company"),
            ("steps.1.depends_on", deps),
            ("steps.2.title-de", "Firmenbuchantrag"),
            ("steps.2.responsible", "external"),
            ("steps.2.duration_days", "10"),
            ("steps.3.title-en", "Trade licence"),
            ("steps.3.responsible", "external"),
            ("steps.3.depends_on", "2"),
        ]
    };
    let bad = vienna.post_form("/playbooks", &form("2")).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", bad.text);
    assert!(
        bad.text.contains("href=\"#steps.1.depends_on\""),
        "{}",
        bad.text
    );
    assert!(
        bad.text.contains("value=\"Firmenbuchantrag\""),
        "what was typed stays"
    );
    let saved = vienna.post_form("/playbooks", &form("")).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.text);
    assert!(
        saved
            .location()
            .starts_with("/playbooks/vienna-register-a-branch?done=created")
    );
    let edit = vienna.get("/playbooks/vienna-register-a-branch/edit").await;
    assert_eq!(edit.status, StatusCode::OK);
    assert!(edit.text.contains("name=\"base_version\" value=\"1\""));
    assert_eq!(
        company
            .get("/playbooks/vienna-register-a-branch/edit")
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    // Removing step 2: step 3 no longer waits for anything.
    let mut removal = form("");
    removal.retain(|(k, _)| *k != "city");
    removal.push(("base_version", "1"));
    removal.push(("steps.2.remove", "1"));
    let revised = vienna
        .post_form("/playbooks/vienna-register-a-branch/edit", &removal)
        .await;
    assert_eq!(revised.status, StatusCode::SEE_OTHER, "{}", revised.text);
    let v2 = vienna
        .get("/api/v1/playbooks/vienna-register-a-branch")
        .await
        .json();
    assert_eq!(v2["version"], 2);
    assert_eq!(v2["steps"].as_array().unwrap().len(), 2);
    assert_eq!(v2["steps"][1]["depends_on"], json!([]));
    let page = vienna
        .get("/playbooks/vienna-register-a-branch?version=1")
        .await;
    assert!(
        page.text
            .contains("href=\"/playbooks/vienna-register-a-branch\""),
        "a link to the latest"
    );

    // The case page: staff apply the playbook, the company ticks a step.
    let id = started_case(&t).await;
    let path = format!("/cases/{id}");
    let case_page = vienna.get(&path).await;
    assert!(
        case_page.text.contains("name=\"playbook\""),
        "the apply form"
    );
    assert!(!company.get(&path).await.text.contains("name=\"playbook\""));
    let applied = vienna
        .post_form(
            &format!("{path}/playbooks"),
            &[("playbook", "vienna-register-a-branch")],
        )
        .await;
    assert_eq!(applied.status, StatusCode::SEE_OTHER, "{}", applied.text);
    let detail = company.get(&format!("/api/v1/cases/{id}")).await.json();
    let step = detail["checklist"][0]["id"].as_i64().unwrap();
    let page = company.get(&path).await;
    assert!(
        page.text
            .contains(&format!("action=\"/cases/{id}/steps/{step}\"")),
        "{}",
        page.text
    );
    let ticked = company
        .post_form(&format!("{path}/steps/{step}"), &[("done", "true")])
        .await;
    assert_eq!(ticked.status, StatusCode::SEE_OTHER, "{}", ticked.text);
    assert_eq!(
        ticked.location(),
        format!("/cases/{id}?done=step#step-{step}")
    );
    let page = company.get(&path).await;
    assert!(page.text.contains("1 of 2 steps done"), "{}", page.text);
    let board = vienna.get("/cases?stage=in_progress").await;
    assert!(
        board.text.contains("<progress max=\"2\" value=\"1\""),
        "{}",
        board.text
    );
    let refused = company
        .post_form(&format!("{path}/steps/999999"), &[("done", "true")])
        .await;
    assert_eq!(
        refused.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        refused.text
    );
    assert!(refused.text.contains("error-summary"));
});
