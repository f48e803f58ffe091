//! Matchmaking through the JSON API and the pages, without an embedder (matches rest on shared
//! terms and sectors, and say so), on SQLite and on PostgreSQL: an opportunity's matches, the
//! recommendations of a company, the sections on the opportunity's page and the home page, and
//! the notification the owner of a fitting opportunity receives when a new one is published.

mod support;

use reqwest::StatusCode;
use serde_json::{Value, json};
use std::collections::HashSet;

const MEMBER_SOFIA: &str = "member.sofia@demo.city2city.eu";
const MEMBER_VIENNA: &str = "member.vienna@demo.city2city.eu";
const STAFF_SOFIA: &str = "staff.sofia@demo.city2city.eu";
const ADMIN: &str = "admin@demo.city2city.eu";

/// A published business offer of a Sofia company with complementary requests in Vienna.
const OFFER: &str = "SOF-2026-0014";
/// A draft of the Sofia demo company.
const DRAFT: &str = "SOF-2026-0003";
/// An opportunity of the Sofia demo company waiting for validation.
const SUBMITTED: &str = "SOF-2026-0009";
/// A published request of the Vienna demo company: trust services for remote signatures.
const VIENNA_REQUEST: &str = "VIE-2026-0001";

const LANGS: [&str; 3] = ["bg", "de", "en"];

fn in_a_year() -> String {
    (time::OffsetDateTime::now_utc().date() + time::Duration::days(365)).to_string()
}

fn array(v: &Value) -> &Vec<Value> {
    v.as_array().unwrap_or_else(|| panic!("not an array: {v}"))
}

/// An offer is answered by a request (research requests included), and the other way round.
fn is_offer(kind: &str) -> bool {
    kind.ends_with("_offer")
}

fn scores(matches: &[Value]) -> Vec<f64> {
    matches
        .iter()
        .map(|m| m["score"].as_f64().unwrap())
        .collect()
}

fn assert_descending(scores: &[f64], what: &str) {
    assert!(
        scores.windows(2).all(|w| w[0] >= w[1]),
        "{what}: scores descend: {scores:?}"
    );
}

app_test!(
    the_matches_of_a_published_offer_are_requests_from_the_other_city,
    |t| {
        let visitor = t.visitor();
        let own = visitor
            .get(&format!("/api/v1/opportunities/{OFFER}"))
            .await
            .json();
        let own_kind = own["kind"].as_str().unwrap().to_string();
        assert_eq!(own["city"], "sofia");

        let res = visitor
            .get(&format!("/api/v1/opportunities/{OFFER}/matches"))
            .await;
        assert_eq!(res.status, StatusCode::OK, "{}", res.text);
        let body = res.json();
        assert_eq!(body["ref"], OFFER);
        assert_eq!(body["semantic"], "off", "no embedder in the tests");
        let matches = array(&body["matches"]);
        assert!(!matches.is_empty(), "the demo has matches for {OFFER}");
        assert!(matches.len() <= 10, "10 by default: {}", matches.len());
        for m in matches {
            let reference = m["ref"].as_str().unwrap();
            assert!(reference.starts_with("VIE-"), "{m}");
            assert_eq!(m["city"], "vienna", "{m}");
            let kind = m["kind"].as_str().unwrap();
            assert_ne!(is_offer(kind), is_offer(&own_kind), "the other side: {m}");
            assert!(["bg", "de", "en"].contains(&m["lang"].as_str().unwrap()));
            assert!(!m["title"].as_str().unwrap().is_empty());
            assert!(!m["summary"].as_str().unwrap().is_empty());
            let reasons = array(&m["reasons"]);
            assert!(!reasons.is_empty(), "every match says why: {m}");
            for r in reasons {
                match r["kind"].as_str().unwrap() {
                    "shared_terms" => assert!(!array(&r["terms"]).is_empty(), "{r}"),
                    "shared_sectors" => assert!(!array(&r["sectors"]).is_empty(), "{r}"),
                    "close_pairing" => {}
                    other => panic!("no semantic evidence without an embedder: {other} in {m}"),
                }
            }
            // Matches are public: never their owner or a contact.
            for field in ["organisation", "owner", "contact"] {
                assert!(m.get(field).is_none(), "{field} in {m}");
            }
            assert!(!m.to_string().contains('@'), "{m}");
        }
        let all = scores(matches);
        assert_descending(&all, OFFER);

        let three = visitor
            .get(&format!("/api/v1/opportunities/{OFFER}/matches?limit=3"))
            .await
            .json();
        let three = array(&three["matches"]);
        assert_eq!(three.len(), 3.min(matches.len()), "the limit is respected");
        assert_eq!(
            three.iter().map(|m| &m["ref"]).collect::<Vec<_>>(),
            matches
                .iter()
                .take(3)
                .map(|m| &m["ref"])
                .collect::<Vec<_>>(),
            "the first three of the same ranking"
        );
        let one = visitor
            .get(&format!("/api/v1/opportunities/{OFFER}/matches?limit=1"))
            .await
            .json();
        assert_eq!(array(&one["matches"]).len(), 1);
        let fifty = visitor
            .get(&format!("/api/v1/opportunities/{OFFER}/matches?limit=50"))
            .await;
        assert_eq!(fifty.status, StatusCode::OK);
        assert!(array(&fifty.json()["matches"]).len() >= matches.len());

        // Both endpoints are in the OpenAPI document.
        let doc = visitor.get("/api/v1/openapi.json").await.json();
        for path in [
            "/api/v1/opportunities/{ref}/matches",
            "/api/v1/recommendations",
        ] {
            assert!(doc["paths"][path]["get"].is_object(), "{path} documented");
        }
        for schema in ["Matches", "MatchView", "MatchReason", "Recommendation"] {
            assert!(
                doc["components"]["schemas"][schema].is_object(),
                "{schema} documented"
            );
        }
    }
);

app_test!(
    an_unpublished_opportunity_has_no_matches_for_outsiders,
    |t| {
        let visitor = t.visitor();
        for reference in [DRAFT, SUBMITTED, "SOF-1999-9999"] {
            let res = visitor
                .get(&format!("/api/v1/opportunities/{reference}/matches"))
                .await;
            assert_eq!(
                res.status,
                StatusCode::NOT_FOUND,
                "{reference}: {}",
                res.text
            );
            assert_eq!(res.json()["error"], "not_found");
        }
        // The other city's company does not see the draft either; its owner does.
        let vienna = t.login(MEMBER_VIENNA).await;
        let res = vienna
            .get(&format!("/api/v1/opportunities/{DRAFT}/matches"))
            .await;
        assert_eq!(res.status, StatusCode::NOT_FOUND);
        let owner = t.login(MEMBER_SOFIA).await;
        let res = owner
            .get(&format!("/api/v1/opportunities/{DRAFT}/matches"))
            .await;
        assert_eq!(res.status, StatusCode::OK, "{}", res.text);
        assert_eq!(res.json()["ref"], DRAFT);
        // Staff validating a submitted one see the matches it would have.
        let staff = t.login(STAFF_SOFIA).await;
        let res = staff
            .get(&format!("/api/v1/opportunities/{SUBMITTED}/matches"))
            .await;
        assert_eq!(res.status, StatusCode::OK, "{}", res.text);
        for m in array(&res.json()["matches"]) {
            assert!(m["ref"].as_str().unwrap().starts_with("VIE-"), "{m}");
        }
    }
);

app_test!(a_limit_that_is_not_a_number_from_1_to_50_is_refused, |t| {
    let visitor = t.visitor();
    let member = t.login(MEMBER_SOFIA).await;
    for limit in ["abc", "0", "51", "-1", "1.5", "", "1e3"] {
        let limit = urlencoding::encode(limit);
        for (who, c, path) in [
            (
                "public",
                &visitor,
                format!("/api/v1/opportunities/{OFFER}/matches?limit={limit}"),
            ),
            (
                "member",
                &member,
                format!("/api/v1/recommendations?limit={limit}"),
            ),
        ] {
            let res = c.get(&path).await;
            assert_eq!(
                res.status,
                StatusCode::UNPROCESSABLE_ENTITY,
                "{who} {path}: {}",
                res.text
            );
            let body = res.json();
            assert_eq!(body["error"], "validation_failed", "{body}");
            assert_eq!(body["field"], "limit", "{body}");
        }
    }
});

app_test!(
    a_company_is_recommended_matches_of_its_own_opportunities_never_its_own,
    |t| {
        assert_eq!(
            t.visitor().get("/api/v1/recommendations").await.status,
            StatusCode::UNAUTHORIZED
        );
        let member = t.login(MEMBER_SOFIA).await;
        let mine = member
            .get("/api/v1/opportunities/mine?per_page=200")
            .await
            .json();
        let own: HashSet<String> = array(&mine["items"])
            .iter()
            .map(|o| o["reference"].as_str().unwrap().to_string())
            .collect();
        assert!(!own.is_empty());

        let res = member.get("/api/v1/recommendations").await;
        assert_eq!(res.status, StatusCode::OK, "{}", res.text);
        let recs = res.json();
        let recs = array(&recs);
        assert!(
            !recs.is_empty(),
            "the Sofia demo company gets recommendations"
        );
        assert!(recs.len() <= 10);
        let mut seen = HashSet::new();
        for r in recs {
            let reference = r["ref"].as_str().unwrap();
            assert!(!own.contains(reference), "its own opportunity: {r}");
            assert!(seen.insert(reference.to_string()), "each once: {reference}");
            assert!(reference.starts_with("VIE-"), "{r}");
            let for_ref = r["for_ref"].as_str().unwrap();
            assert!(own.contains(for_ref), "matches one of its own: {r}");
            assert!(!r["for_title"].as_str().unwrap().is_empty());
            assert!(!array(&r["reasons"]).is_empty(), "{r}");
            assert!(r.get("organisation").is_none(), "{r}");
        }
        assert_descending(&scores(recs), "recommendations");
        let two = member.get("/api/v1/recommendations?limit=2").await.json();
        assert_eq!(array(&two).len(), 2.min(recs.len()));

        // Without an organisation, or for one without opportunities: nothing to recommend.
        let admin = t.login(ADMIN).await;
        let none = admin.get("/api/v1/recommendations").await;
        assert_eq!(none.status, StatusCode::OK);
        assert_eq!(none.json(), json!([]));
        let staff = t.login(STAFF_SOFIA).await;
        assert_eq!(staff.get("/api/v1/recommendations").await.json(), json!([]));
    }
);

/// The matches heading for Vienna, and the note that semantic matching is off, per language.
fn matches_words(lang: &str) -> (&'static str, &'static str) {
    match lang {
        "bg" => (
            "Подходящи партньори от Виена",
            "Смисловото съпоставяне е изключено",
        ),
        "de" => (
            "Passende Partner in Wien",
            "Der inhaltliche Abgleich ist auf dieser Plattform ausgeschaltet",
        ),
        _ => (
            "Matching partners in Vienna",
            "Semantic matching is off on this platform",
        ),
    }
}

app_test!(
    the_opportunity_page_shows_its_matching_partners_in_three_languages,
    |t| {
        let top = t
            .visitor()
            .get(&format!("/api/v1/opportunities/{OFFER}/matches?limit=1"))
            .await
            .json();
        let best = top["matches"][0]["ref"].as_str().unwrap().to_string();
        let best_lang = top["matches"][0]["lang"].as_str().unwrap().to_string();
        let mut clients = vec![("public", t.visitor())];
        for email in [MEMBER_SOFIA, MEMBER_VIENNA, STAFF_SOFIA, ADMIN] {
            clients.push((email, t.login(email).await));
        }
        for (who, c) in &clients {
            for lang in LANGS {
                c.set_cookie("c2c_lang", lang);
                let page = c.get(&format!("/opportunities/{OFFER}")).await;
                assert_eq!(page.status, StatusCode::OK, "{who} {lang}");
                let (heading, note) = matches_words(lang);
                assert!(
                    page.text
                        .contains(&format!("<h2 id=\"matches-title\">{heading}</h2>")),
                    "{who} {lang}: the matches heading"
                );
                assert!(
                    page.text.contains(note),
                    "{who} {lang}: the semantic-off note"
                );
                assert_eq!(page.text.matches("<h1").count(), 1, "{who} {lang}: one h1");
                // The best match is linked, in its own language, with its score in words.
                assert!(
                    page.text.contains(&format!(
                        "<a href=\"/opportunities/{best}\" lang=\"{best_lang}\">"
                    )),
                    "{who} {lang}: the best match is linked"
                );
                assert!(page.text.contains(&format!("id=\"score-{best}\"")));
                let section = page
                    .text
                    .split("<section class=\"matches\"")
                    .nth(1)
                    .unwrap()
                    .split("</section>")
                    .next()
                    .unwrap();
                assert!(section.matches("<li class=\"hit match\">").count() <= 5);
                assert!(!section.contains('@'), "no contact details in matches");
            }
        }
        // Staff validating a submitted opportunity see suggested matches.
        let staff = &clients[3].1;
        for (lang, heading) in [
            ("bg", "Предложени съвпадения"),
            ("de", "Vorgeschlagene Treffer"),
            ("en", "Suggested matches"),
        ] {
            staff.set_cookie("c2c_lang", lang);
            let page = staff.get(&format!("/opportunities/{SUBMITTED}")).await;
            assert_eq!(page.status, StatusCode::OK);
            assert!(
                page.text
                    .contains(&format!("<h2 id=\"matches-title\">{heading}</h2>")),
                "staff {lang}: {heading}"
            );
        }
        // A company member's home page recommends, with the own opportunity matched.
        let member = &clients[1].1;
        for (lang, heading) in [
            ("bg", "Препоръчани за вас"),
            ("de", "Für Sie empfohlen"),
            ("en", "Recommended for you"),
        ] {
            member.set_cookie("c2c_lang", lang);
            let home = member.get("/").await;
            assert_eq!(home.status, StatusCode::OK);
            assert!(
                home.text
                    .contains(&format!("<h2 id=\"recommended-title\">{heading}</h2>")),
                "member {lang}: {heading}"
            );
            assert!(home.text.contains("class=\"match-for\""), "member {lang}");
        }
        // Staff and the public get no recommendations.
        staff.set_cookie("c2c_lang", "en");
        assert!(!staff.get("/").await.text.contains("recommended-title"));
        assert!(
            !clients[0]
                .1
                .get("/")
                .await
                .text
                .contains("recommended-title")
        );
    }
);

app_test!(
    publishing_an_opportunity_tells_the_owner_of_a_fitting_one,
    |t| {
        let author = t.login(MEMBER_SOFIA).await;
        let staff = t.login(STAFF_SOFIA).await;
        let vienna = t.login(MEMBER_VIENNA).await;
        let wanted = vienna
            .get(&format!("/api/v1/opportunities/{VIENNA_REQUEST}"))
            .await
            .json();
        assert_eq!(wanted["status"], "published");
        assert_eq!(wanted["kind"], "business_request");

        // A Sofia offer that answers the Vienna request, in its words and sectors.
        let body = json!({
            "kind": "business_offer",
            "lang": "de",
            "title": "Qualifizierte Fernsignatur für das digitale Händler-Onboarding von Zahlungsdienstleistern",
            "summary": "Ein Sofioter Vertrauensdiensteanbieter aus der EU-Vertrauensliste bietet Zahlungsdienstleistern eine qualifizierte Fernsignatur, mit der neue Händlerinnen und Händler Rahmenverträge und Lastschriftmandate papierlos und rechtsverbindlich am Smartphone unterschreiben.",
            "description": "Unsere Programmierschnittstelle bindet die Fernsignatur in die Onboarding-Strecke ein: Nach der Identitätsprüfung per Video unterschreibt die Geschäftsführung des Händlers mit einer Signatur, die der eigenhändigen Unterschrift gleichgestellt ist. Benachrichtigungen über den Signaturstatus, Rechenzentren in der EU und ein fairer Preis pro Unterschrift. Wir bieten einen Pilot innerhalb von drei Monaten und einen mehrjährigen Rahmenvertrag.",
            "sectors": wanted["sectors"],
            "keywords": ["Fernsignatur", "qualifizierte elektronische Signatur", "Händler-Onboarding", "Vertrauensdiensteanbieter"],
            "cooperation": ["commercial_agreement"],
            "partner_kinds": ["company"],
            "target_cities": ["vienna"],
            "valid_until": in_a_year(),
            "submit": true,
        });
        let created = author.post_json("/api/v1/opportunities", &body).await;
        assert_eq!(created.status, StatusCode::CREATED, "{}", created.text);
        let reference = created.json()["reference"].as_str().unwrap().to_string();
        let published = staff
            .post_json(
                &format!("/api/v1/opportunities/{reference}/transitions"),
                &json!({"action": "publish"}),
            )
            .await;
        assert_eq!(
            published.json()["status"],
            "published",
            "{}",
            published.text
        );

        // The Vienna company hears of it (created as the transition ends; wait a little).
        let mut note = None;
        for _ in 0..50 {
            let notes = vienna
                .get("/api/v1/notifications?per_page=100")
                .await
                .json();
            note = array(&notes["items"])
                .iter()
                .find(|n| n["kind"] == "new_match" && n["detail"]["opportunity"] == reference)
                .cloned();
            if note.is_some() {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        let note = note.expect("a new_match notification for the Vienna company");
        let detail = &note["detail"];
        assert_eq!(detail["for"], VIENNA_REQUEST, "{note}");
        assert_eq!(detail["for_title"], wanted["title"], "{note}");
        assert_eq!(detail["title"], body["title"], "{note}");
        assert!(detail["score"].as_f64().unwrap() > 0.0, "{note}");
        // The author's own company is not told of its own opportunity.
        let own = author
            .get("/api/v1/notifications?per_page=100")
            .await
            .json();
        assert!(
            !array(&own["items"])
                .iter()
                .any(|n| n["kind"] == "new_match" && n["detail"]["opportunity"] == reference),
            "{own}"
        );

        // The notifications page says it in words, linked to the new opportunity.
        for (lang, words) in [
            ("bg", "Нова възможност подхожда на вашия профил „"),
            ("de", "Ein neues Kooperationsprofil passt zu Ihrem Profil „"),
            ("en", "A new opportunity matches your “"),
        ] {
            vienna.set_cookie("c2c_lang", lang);
            let page = vienna.get("/notifications").await;
            assert_eq!(page.status, StatusCode::OK);
            let text = page.text.replace("&quot;", "\"");
            let title = wanted["title"].as_str().unwrap();
            assert!(
                text.contains(&format!("{words}{title}")),
                "{lang}: the notification in words"
            );
            assert!(
                page.text
                    .contains(&format!("<a href=\"/opportunities/{reference}\">")),
                "{lang}: linked to the new opportunity"
            );
        }
    }
);
