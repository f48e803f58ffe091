//! Full-text search through the application, on SQLite and on PostgreSQL: what the index finds
//! (Bulgarian stemming, German compounds, names in either script, facets), what it must never
//! show (unpublished and anonymous owners), and that it follows the database through the change
//! feed, also when two instances share one database.

use city2city_app::search::{SearchRequest, SearchSort};
use city2city_app::{App, AppConfig};
use city2city_domain::cities::CityInput;
use city2city_domain::opportunities::{OpportunityInput, Status};
use city2city_domain::organisations::OrganisationInput;
use city2city_domain::{Lang, Localized};
use city2city_search::SearchIndex;
use city2city_store::{Actor, Store, each_backend};

fn actor() -> Actor {
    Actor::system("test")
}

async fn city(store: &Store, slug: &str, bg: &str, de: &str, en: &str, country: &str, lang: Lang) {
    let input = CityInput {
        slug: slug.into(),
        name: Localized::all(bg, de, en),
        country: country.into(),
        languages: vec![lang],
        time_zone: if country == "BG" {
            "Europe/Sofia"
        } else {
            "Europe/Vienna"
        }
        .into(),
    };
    store
        .insert_city(&actor(), &input.validate().unwrap())
        .await
        .unwrap();
}

async fn company(store: &Store, slug: &str, city: &str, name: Localized) -> i64 {
    let input = OrganisationInput {
        slug: slug.into(),
        kind: "company".into(),
        city: city.into(),
        name,
        size_band: Some("small".into()),
        ..Default::default()
    };
    let valid = input.validate(city2city_text::slugify).unwrap();
    store
        .insert_organisation(&actor(), &valid)
        .await
        .unwrap()
        .id
}

fn opportunity(
    kind: &str,
    lang: &str,
    title: &str,
    summary: &str,
    sectors: &[&str],
    target: &str,
) -> OpportunityInput {
    OpportunityInput {
        kind: kind.into(),
        lang: lang.into(),
        title: title.into(),
        summary: summary.into(),
        description: summary.into(),
        sectors: sectors.iter().map(|s| s.to_string()).collect(),
        target_cities: vec![target.into()],
        valid_until: (App::today() + time::Duration::days(200)).to_string(),
        ..Default::default()
    }
}

/// Two cities, a Sofia company known only by its Cyrillic name, a Vienna company known only by
/// its Latin name, and published opportunities in the three languages.
async fn world(store: &Store) -> (i64, i64) {
    city(store, "sofia", "София", "Sofia", "Sofia", "BG", Lang::Bg).await;
    city(store, "vienna", "Виена", "Wien", "Vienna", "AT", Lang::De).await;
    let sofia = company(
        store,
        "vitosha-play",
        "sofia",
        Localized::new(Some("Витоша Плей ООД".into()), None, None),
    )
    .await;
    let vienna = company(
        store,
        "donau-pay",
        "vienna",
        Localized::new(None, Some("Donau Pay GmbH".into()), None),
    )
    .await;
    let publish = |org: i64, input: OpportunityInput, reference: &'static str| {
        let store = store.clone();
        async move {
            let valid = input.validate(App::today()).unwrap();
            store
                .insert_opportunity(&actor(), org, Some(reference), &valid, Status::Published)
                .await
                .unwrap();
        }
    };
    publish(
        sofia,
        opportunity(
            "business_request",
            "bg",
            "Търсим партньори за безконтактни плащания",
            "Софийска компания търси доставчик на платежни решения за своите магазини.",
            &["fintech"],
            "vienna",
        ),
        "T-BG-1",
    )
    .await;
    publish(
        vienna,
        opportunity(
            "business_offer",
            "de",
            "Offene Zahlungsverkehrsschnittstelle für Händler",
            "Wir bieten Händlern eine Schnittstelle zu österreichischen Banken.",
            &["fintech", "ict"],
            "sofia",
        ),
        "T-DE-1",
    )
    .await;
    publish(
        vienna,
        opportunity(
            "technology_offer",
            "en",
            "Energy storage controllers for housing",
            "Battery controllers for residential buildings, field tested in Vienna.",
            &["cleantech-energy"],
            "sofia",
        ),
        "T-EN-1",
    )
    .await;
    (sofia, vienna)
}

async fn app_on(store: &Store) -> App {
    let app = App::new(
        store.clone(),
        AppConfig {
            fast_password_hashing: true,
        },
    );
    app.sync_index().await.unwrap();
    app
}

async fn refs(app: &App, q: &str) -> Vec<String> {
    let r = SearchRequest {
        q: q.into(),
        page: 1,
        per_page: 20,
        ..Default::default()
    };
    app.search_opportunities(None, &r)
        .await
        .unwrap()
        .items
        .into_iter()
        .map(|h| h.reference)
        .collect()
}

each_backend!(bulgarian_words_are_found_in_other_inflected_forms, |db| {
    world(&db.store).await;
    let app = app_on(&db.store).await;
    // The text says "плащания" and "партньори"; the queries use other forms.
    assert_eq!(refs(&app, "плащане").await, ["T-BG-1"]);
    assert_eq!(refs(&app, "партньорите").await, ["T-BG-1"]);
    assert_eq!(refs(&app, "магазин").await, ["T-BG-1"]);
});

each_backend!(german_compounds_are_found_by_their_parts, |db| {
    world(&db.store).await;
    let app = app_on(&db.store).await;
    assert_eq!(refs(&app, "Zahlung").await, ["T-DE-1"]);
    assert_eq!(refs(&app, "Schnittstellen").await, ["T-DE-1"]);
    // English stemming too.
    assert_eq!(refs(&app, "controller").await, ["T-EN-1"]);
    let page = app
        .search_opportunities(
            None,
            &SearchRequest {
                q: "Zahlung".into(),
                page: 1,
                per_page: 5,
                ..Default::default()
            },
        )
        .await
        .unwrap();
    assert!(
        page.items[0].title_html.contains("<mark>"),
        "{}",
        page.items[0].title_html
    );
});

each_backend!(names_are_found_in_either_script, |db| {
    world(&db.store).await;
    let app = app_on(&db.store).await;
    let orgs = |q: &'static str| {
        let app = app.clone();
        async move {
            let r = SearchRequest {
                q: q.into(),
                page: 1,
                per_page: 10,
                ..Default::default()
            };
            app.search_organisations(&r)
                .await
                .unwrap()
                .items
                .into_iter()
                .map(|h| h.slug)
                .collect::<Vec<_>>()
        }
    };
    assert_eq!(orgs("Vitosha").await, ["vitosha-play"]);
    assert_eq!(orgs("Витоша").await, ["vitosha-play"]);
    assert_eq!(orgs("Донау").await, ["donau-pay"]);
    // City names: "Sofia" finds what is in София, "Виена" what targets Vienna.
    assert!(refs(&app, "Sofia").await.contains(&"T-BG-1".to_string()));
    assert!(refs(&app, "Виена").await.contains(&"T-BG-1".to_string()));
});

each_backend!(facets_count_and_filter, |db| {
    world(&db.store).await;
    let app = app_on(&db.store).await;
    let all = app
        .search_opportunities(
            None,
            &SearchRequest {
                page: 1,
                per_page: 10,
                ..Default::default()
            },
        )
        .await
        .unwrap();
    assert_eq!(all.total, 3);
    let count = |list: &[city2city_app::search::FacetCount], v: &str| {
        list.iter().find(|c| c.value == v).map_or(0, |c| c.count)
    };
    assert_eq!(count(&all.facets.sector, "fintech"), 2);
    assert_eq!(count(&all.facets.kind, "technology_offer"), 1);
    assert_eq!(count(&all.facets.lang, "de"), 1);
    assert_eq!(count(&all.facets.city, "vienna"), 2);
    let fintech = app
        .search_opportunities(
            None,
            &SearchRequest {
                sectors: vec!["fintech".into()],
                cities: vec!["vienna".into()],
                page: 1,
                per_page: 10,
                ..Default::default()
            },
        )
        .await
        .unwrap();
    assert_eq!(
        fintech
            .items
            .iter()
            .map(|h| h.reference.as_str())
            .collect::<Vec<_>>(),
        ["T-DE-1"]
    );
    let bad = app
        .search_opportunities(
            None,
            &SearchRequest {
                kinds: vec!["merger".into()],
                ..Default::default()
            },
        )
        .await;
    assert!(bad.is_err());
    let newest = app
        .search_opportunities(
            None,
            &SearchRequest {
                sort: SearchSort::Newest,
                page: 1,
                per_page: 1,
                ..Default::default()
            },
        )
        .await
        .unwrap();
    assert_eq!(newest.items.len(), 1);
    assert_eq!(newest.total, 3);
});

each_backend!(
    any_query_is_answered_and_nothing_unpublished_or_anonymous_leaks,
    |db| {
        let (_, vienna) = world(&db.store).await;
        let draft = opportunity(
            "business_offer",
            "de",
            "Geheimer Entwurf Quantenbuchhaltung",
            "Noch nicht veröffentlicht.",
            &[],
            "sofia",
        );
        db.store
            .insert_opportunity(
                &actor(),
                vienna,
                Some("T-DRAFT"),
                &draft.validate(App::today()).unwrap(),
                Status::Draft,
            )
            .await
            .unwrap();
        let app = app_on(&db.store).await;
        assert!(refs(&app, "Quantenbuchhaltung").await.is_empty());
        // The owner does not show its name: its name finds none of its opportunities.
        assert!(refs(&app, "Donau").await.is_empty());
        let long = "ä".repeat(10_000);
        for q in [
            "\"",
            "AND OR NOT (",
            "*",
            "title:",
            "a:b:c",
            "🙂🙂",
            "Zahlung\" OR \"",
            "))((",
            long.as_str(),
            "Sofia София Wien",
        ] {
            let r = SearchRequest {
                q: q.into(),
                page: 1,
                per_page: 20,
                ..Default::default()
            };
            assert!(
                app.search_opportunities(None, &r).await.is_ok(),
                "query {q:.20}"
            );
        }
        let deep = SearchRequest {
            page: 1_000_000,
            per_page: 100,
            ..Default::default()
        };
        assert!(
            app.search_opportunities(None, &deep)
                .await
                .unwrap()
                .items
                .is_empty()
        );
    }
);

each_backend!(
    two_instances_sharing_a_database_each_follow_the_change_feed,
    |db| {
        let (sofia, _) = world(&db.store).await;
        let dir = tempfile::tempdir().unwrap();
        let first = App::with_index(
            db.store.clone(),
            AppConfig::default(),
            SearchIndex::open(&dir.path().join("a")).unwrap(),
        );
        let second = App::with_index(
            db.store.clone(),
            AppConfig::default(),
            SearchIndex::open(&dir.path().join("b")).unwrap(),
        );
        first.sync_index().await.unwrap();
        second.sync_index().await.unwrap();
        assert_eq!(refs(&second, "магазин").await, ["T-BG-1"]);
        // Written through the first instance (its index follows at once)...
        let input = opportunity(
            "business_request",
            "bg",
            "Търсим счетоводители във Виена",
            "Счетоводни услуги за клон.",
            &["business-services"],
            "vienna",
        );
        let o = first
            .store
            .insert_opportunity(
                &actor(),
                sofia,
                None,
                &input.validate(App::today()).unwrap(),
                Status::Published,
            )
            .await
            .unwrap();
        first.sync_index().await.unwrap();
        assert_eq!(refs(&first, "счетоводител").await, [o.reference.as_str()]);
        // ...the second finds it after following the feed, and drops it when it is withdrawn.
        assert!(refs(&second, "счетоводител").await.is_empty());
        second.sync_index().await.unwrap();
        assert_eq!(refs(&second, "счетоводител").await, [o.reference.as_str()]);
        let change = city2city_store::StatusChange {
            from: Status::Published,
            to: Status::Withdrawn,
            action: "opportunity.withdraw".into(),
            staff_comment: None,
            valid_until: None,
        };
        first
            .store
            .set_opportunity_status(&actor(), &o, &change)
            .await
            .unwrap();
        second.sync_index().await.unwrap();
        assert!(refs(&second, "счетоводител").await.is_empty());
        // A restarted instance resumes from where its index stopped.
        drop(second);
        let reopened = App::with_index(
            db.store.clone(),
            AppConfig::default(),
            SearchIndex::open(&dir.path().join("b")).unwrap(),
        );
        assert!(reopened.index.applied_seq().is_some());
        assert_eq!(reopened.sync_index().await.unwrap(), 0);
        assert_eq!(refs(&reopened, "магазин").await, ["T-BG-1"]);
    }
);

async fn principal(
    store: &Store,
    email: &str,
    role: city2city_domain::accounts::Role,
    org: &str,
) -> city2city_app::Principal {
    let user = store
        .insert_user(
            &actor(),
            &city2city_store::NewUser {
                email: email.into(),
                name: email.into(),
                password_hash: "-".into(),
                role,
                organisation: Some(org.into()),
            },
        )
        .await
        .unwrap();
    city2city_app::Principal {
        user,
        org: Some(store.organisation_summary(org).await.unwrap()),
    }
}

each_backend!(
    a_saved_search_alerts_when_a_fitting_opportunity_is_published,
    |db| {
        use city2city_domain::accounts::Role;
        use city2city_domain::opportunities::Transition;
        world(&db.store).await;
        let agency = OrganisationInput {
            slug: "vienna-agency".into(),
            kind: "business_agency".into(),
            city: "vienna".into(),
            name: Localized::new(None, Some("Wiener Agentur".into()), None),
            ..Default::default()
        };
        db.store
            .insert_organisation(&actor(), &agency.validate(city2city_text::slugify).unwrap())
            .await
            .unwrap();
        let app = app_on(&db.store).await;
        let reader = principal(
            &db.store,
            "reader@vitosha.example.com",
            Role::CompanyMember,
            "vitosha-play",
        )
        .await;
        let author = principal(
            &db.store,
            "author@donau.example.com",
            Role::CompanyMember,
            "donau-pay",
        )
        .await;
        let staff = principal(
            &db.store,
            "staff@agency.example.com",
            Role::Staff,
            "vienna-agency",
        )
        .await;
        let wanted = SearchRequest {
            q: "Zahlung".into(),
            cities: vec!["vienna".into()],
            ..Default::default()
        };
        app.save_search(Some(&reader), "Zahlungen in Wien", &wanted, true)
            .await
            .unwrap();
        let unrelated = SearchRequest {
            q: "Tourismus".into(),
            ..Default::default()
        };
        app.save_search(Some(&reader), "Tourismus", &unrelated, true)
            .await
            .unwrap();
        let bad = app.save_search(Some(&reader), " ", &wanted, true).await;
        assert!(bad.is_err());

        let input = opportunity(
            "business_offer",
            "de",
            "Zahlungsabwicklung für Onlinehändler",
            "Sichere Abwicklung von Kartenzahlungen.",
            &["fintech"],
            "sofia",
        );
        let o = app
            .create_opportunity(Some(&author), None, input, true)
            .await
            .unwrap();
        assert_eq!(
            app.unread_notifications(Some(&reader)).await.unwrap(),
            0,
            "nothing before publication"
        );
        app.move_opportunity(Some(&staff), &o.reference, Transition::Publish)
            .await
            .unwrap();
        let notes = app.notifications(Some(&reader), 1, 10).await.unwrap();
        assert_eq!(notes.total, 1, "{:?}", notes.items);
        assert_eq!(notes.items[0].kind, "saved_search_match");
        assert_eq!(notes.items[0].detail["opportunity"], o.reference.as_str());
        assert_eq!(notes.items[0].detail["search"], "Zahlungen in Wien");
        assert_eq!(app.unread_notifications(Some(&reader)).await.unwrap(), 1);
        app.mark_notifications_read(Some(&reader), None)
            .await
            .unwrap();
        assert_eq!(app.unread_notifications(Some(&reader)).await.unwrap(), 0);
        // The author is not alerted to their own; nobody else has saved searches.
        assert_eq!(
            app.notifications(Some(&author), 1, 10).await.unwrap().total,
            0
        );
    }
);

each_backend!(
    published_opportunities_expire_when_their_validity_has_passed,
    |db| {
        world(&db.store).await;
        let app = app_on(&db.store).await;
        assert_eq!(refs(&app, "магазин").await, ["T-BG-1"]);
        assert_eq!(
            app.expire_due_opportunities().await.unwrap(),
            0,
            "nothing is due yet"
        );
        // Its validity ended yesterday (as if time had passed).
        let o = db.store.opportunity("T-BG-1").await.unwrap();
        let change = city2city_store::StatusChange {
            from: Status::Published,
            to: Status::Published,
            action: "opportunity.test".into(),
            staff_comment: None,
            valid_until: Some(App::today() - time::Duration::days(1)),
        };
        db.store
            .set_opportunity_status(&actor(), &o, &change)
            .await
            .unwrap();
        assert_eq!(app.expire_due_opportunities().await.unwrap(), 1);
        assert_eq!(
            db.store.opportunity("T-BG-1").await.unwrap().status,
            Status::Expired
        );
        assert!(
            refs(&app, "магазин").await.is_empty(),
            "expired ones leave the public search"
        );
        assert_eq!(
            app.expire_due_opportunities().await.unwrap(),
            0,
            "running again changes nothing"
        );
        let log = db
            .store
            .audit_log(Some(("opportunity", &o.id.to_string())), 10, 0)
            .await
            .unwrap();
        assert_eq!(log[0].action, "opportunity.expire");
        assert_eq!(log[0].actor, "expiry");
    }
);
