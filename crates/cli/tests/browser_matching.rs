//! Matching partners in a real browser (headless Chromium through chromedriver), every page
//! checked with axe-core: a company member's recommendations on the home page, an opportunity's
//! matching partners, and the suggested matches staff see while validating.
//!
//! Run with `scripts/test -p city2city --test browser_matching`.

mod support;
#[path = "support/browser.rs"]
mod web;

use city2city_store::Backend;
use support::TestApp;
use web::Env;

const MEMBER_SOFIA: &str = "member.sofia@demo.city2city.eu";
const STAFF_SOFIA: &str = "staff.sofia@demo.city2city.eu";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn recommendations_and_matching_partners_are_accessible() {
    let Some(env) = Env::get("recommendations_and_matching_partners_are_accessible") else {
        return;
    };
    let app = TestApp::new(Backend::Sqlite, true).await.expect("server");
    web::run(&env, &app.base, &[], |b| async move {
        b.login(MEMBER_SOFIA).await;
        b.visit("/").await;
        assert_eq!(b.text("#recommended-title").await, "Recommended for you");
        let first = b.find_all(".recommended .match h3 a").await;
        assert!(!first.is_empty(), "the home page recommends opportunities");
        let href = first[0].attr("href").await.unwrap().expect("a link");
        assert!(href.starts_with("/opportunities/VIE-"), "{href}");

        // The recommended opportunity's page lists its own matching partners, in Sofia.
        b.visit(&href).await;
        assert_eq!(b.text("#matches-title").await, "Matching partners in Sofia");
        assert!(
            b.text(".matches .match-note")
                .await
                .contains("Semantic matching is off")
        );

        // In German, on a Sofia offer.
        b.visit("/lang/de?next=%2Fopportunities%2FSOF-2026-0014")
            .await;
        assert_eq!(b.text("#matches-title").await, "Passende Partner in Wien");
        let reasons = b.text(".matches .match-reasons").await;
        assert!(!reasons.is_empty(), "the reasons in words");

        // Staff validating a submitted opportunity see suggested matches.
        b.client.delete_all_cookies().await.expect("forget cookies");
        b.login(STAFF_SOFIA).await;
        b.visit("/opportunities/SOF-2026-0009").await;
        assert_eq!(b.text("#matches-title").await, "Suggested matches");
    })
    .await;
}
