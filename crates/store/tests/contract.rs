//! The storage contract: every case runs unchanged on SQLite and on PostgreSQL.

use city2city_domain::accounts::Role;
use city2city_domain::cities::CityInput;
use city2city_domain::organisations::{OrgKind, OrganisationInput, ValidOrganisation};
use city2city_domain::partnerships::{EventInput, PartnershipInput, Party};
use city2city_domain::people::PersonInput;
use city2city_domain::{Lang, Localized};
use city2city_store::{
    Actor, NewUser, OrgQuery, OrgSort, PeopleQuery, Store, StoreError, each_backend,
};
use time::{Duration, OffsetDateTime};

fn cli() -> Actor {
    Actor::system("test")
}

async fn seed_cities(store: &Store) {
    for (slug, bg, en, country, lang, tz) in [
        ("sofia", "София", "Sofia", "BG", Lang::Bg, "Europe/Sofia"),
        ("vienna", "Виена", "Vienna", "AT", Lang::De, "Europe/Vienna"),
    ] {
        let input = CityInput {
            slug: slug.into(),
            name: Localized::new(Some(bg.into()), None, Some(en.into())),
            country: country.into(),
            languages: vec![lang],
            time_zone: tz.into(),
        }
        .validate()
        .unwrap();
        store.insert_city(&cli(), &input).await.unwrap();
    }
}

fn org(
    slug: &str,
    kind: &str,
    city: &str,
    bg: Option<&str>,
    en: &str,
    sectors: &[&str],
) -> ValidOrganisation {
    OrganisationInput {
        slug: slug.into(),
        kind: kind.into(),
        city: city.into(),
        name: Localized::new(bg.map(Into::into), None, Some(en.into())),
        sectors: sectors.iter().map(|s| s.to_string()).collect(),
        size_band: (kind == "company").then(|| "small".to_string()),
        ..Default::default()
    }
    .validate(city2city_text::slugify)
    .unwrap()
}

async fn seed_orgs(store: &Store) {
    seed_cities(store).await;
    let a = Actor::system("test");
    store
        .insert_organisation(
            &a,
            &org(
                "sofia-investment-agency",
                "business_agency",
                "sofia",
                Some("Софийска инвестиционна агенция"),
                "Sofia Investment Agency",
                &[],
            ),
        )
        .await
        .unwrap();
    store
        .insert_organisation(
            &a,
            &org(
                "vienna-business-agency",
                "business_agency",
                "vienna",
                None,
                "Vienna Business Agency",
                &[],
            ),
        )
        .await
        .unwrap();
    store
        .insert_organisation(
            &a,
            &org(
                "balkan-pay",
                "company",
                "sofia",
                Some("Балкан Пей"),
                "Balkan Pay",
                &["fintech", "ict"],
            ),
        )
        .await
        .unwrap();
    store
        .insert_organisation(
            &a,
            &org(
                "donau-bio",
                "company",
                "vienna",
                None,
                "Donau Bio",
                &["biotech-life-sciences"],
            ),
        )
        .await
        .unwrap();
}

each_backend!(cities_round_trip_and_slugs_are_unique, |db| {
    seed_cities(&db.store).await;
    let sofia = db.store.city("sofia").await.unwrap();
    assert_eq!(sofia.name.bg.as_deref(), Some("София"));
    assert_eq!(sofia.languages, vec![Lang::Bg]);
    assert_eq!(db.store.list_cities().await.unwrap().len(), 2);
    let dup = CityInput {
        slug: "sofia".into(),
        name: Localized::all("a", "b", "c"),
        country: "BG".into(),
        languages: vec![Lang::Bg],
        time_zone: "Europe/Sofia".into(),
    };
    match db.store.insert_city(&cli(), &dup).await {
        Err(StoreError::Conflict { field, .. }) => assert_eq!(field, "slug"),
        other => panic!("expected a conflict, got {other:?}"),
    }
    assert!(matches!(
        db.store.city("graz").await,
        Err(StoreError::NotFound)
    ));
});

each_backend!(
    organisation_listing_filters_sorts_pages_and_matches_any_script,
    |db| {
        seed_orgs(&db.store).await;
        let all = db
            .store
            .list_organisations(&OrgQuery {
                page: 1,
                per_page: 3,
                ..Default::default()
            })
            .await
            .unwrap();
        assert_eq!(all.total, 4);
        assert_eq!(all.items.len(), 3);
        assert_eq!(all.items[0].slug, "balkan-pay", "sorted by name");
        let second = db
            .store
            .list_organisations(&OrgQuery {
                page: 2,
                per_page: 3,
                ..Default::default()
            })
            .await
            .unwrap();
        assert_eq!(second.items.len(), 1);
        let desc = db
            .store
            .list_organisations(&OrgQuery {
                sort: OrgSort::NameDesc,
                page: 1,
                per_page: 10,
                ..Default::default()
            })
            .await
            .unwrap();
        assert_eq!(desc.items[0].slug, "vienna-business-agency");
        let fintech = db
            .store
            .list_organisations(&OrgQuery {
                sector: Some("fintech".into()),
                page: 1,
                per_page: 10,
                ..Default::default()
            })
            .await
            .unwrap();
        assert_eq!(
            fintech
                .items
                .iter()
                .map(|o| o.slug.as_str())
                .collect::<Vec<_>>(),
            ["balkan-pay"]
        );
        assert_eq!(fintech.items[0].sectors, ["fintech", "ict"]);
        let companies_in_vienna = db
            .store
            .list_organisations(&OrgQuery {
                kind: Some(OrgKind::Company),
                city: Some("vienna".into()),
                page: 1,
                per_page: 10,
                ..Default::default()
            })
            .await
            .unwrap();
        assert_eq!(companies_in_vienna.total, 1);
        // Latin finds Cyrillic and back; case and accents do not matter.
        let latin = db
            .store
            .list_organisations(&OrgQuery {
                q: Some("sofiyska".into()),
                page: 1,
                per_page: 10,
                ..Default::default()
            })
            .await
            .unwrap();
        assert_eq!(latin.total, 1);
        let cyrillic = db
            .store
            .list_organisations(&OrgQuery {
                q: Some("ПЕЙ".into()),
                page: 1,
                per_page: 10,
                ..Default::default()
            })
            .await
            .unwrap();
        assert_eq!(cyrillic.items[0].slug, "balkan-pay");
        let wildcard = db
            .store
            .list_organisations(&OrgQuery {
                q: Some("%_".into()),
                page: 1,
                per_page: 10,
                ..Default::default()
            })
            .await
            .unwrap();
        assert_eq!(wildcard.total, 0, "LIKE wildcards in the query are literal");
    }
);

each_backend!(
    organisation_updates_deletes_and_unknown_city_are_handled,
    |db| {
        seed_orgs(&db.store).await;
        let mut changed = org(
            "balkan-pay",
            "company",
            "sofia",
            Some("Балкан Пей"),
            "Balkan Pay",
            &["cybersecurity"],
        );
        changed.website = Some("https://balkanpay.example.com".into());
        let o = db
            .store
            .update_organisation(&cli(), "balkan-pay", &changed)
            .await
            .unwrap();
        assert_eq!(o.sectors, ["cybersecurity"]);
        assert_eq!(o.website.as_deref(), Some("https://balkanpay.example.com"));
        let bad = org("x", "company", "graz", None, "X", &[]);
        match db.store.insert_organisation(&cli(), &bad).await {
            Err(StoreError::Invalid(v)) => assert_eq!(v.errors[0].field, "city"),
            other => panic!("expected invalid city, got {other:?}"),
        }
        assert_eq!(
            db.store.count_organisations().await.unwrap(),
            4,
            "nothing written"
        );
        db.store
            .delete_organisation(&cli(), "donau-bio")
            .await
            .unwrap();
        assert!(matches!(
            db.store.organisation("donau-bio").await,
            Err(StoreError::NotFound)
        ));
    }
);

each_backend!(people_belong_to_organisations, |db| {
    seed_orgs(&db.store).await;
    let input = PersonInput {
        organisation: "vienna-business-agency".into(),
        name: "Regional Manager CEE".into(),
        title: Localized::new(
            None,
            Some("Regionalmanager".into()),
            Some("Regional manager".into()),
        ),
        email: Some("cee@wirtschaftsagentur.example.org".into()),
        phone: Some("+43 1 4000 8600".into()),
        languages: vec![Lang::De, Lang::Bg],
    }
    .validate()
    .unwrap();
    let p = db.store.insert_person(&cli(), &input).await.unwrap();
    assert_eq!(p.languages, vec![Lang::De, Lang::Bg]);
    let listed = db
        .store
        .list_people(&PeopleQuery {
            organisation: Some("vienna-business-agency".into()),
            page: 1,
            per_page: 10,
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(listed.total, 1);
    db.store.delete_person(&cli(), p.id).await.unwrap();
    assert!(matches!(
        db.store.person(p.id).await,
        Err(StoreError::NotFound)
    ));
    // People go with their organisation.
    let p2 = db
        .store
        .insert_person(
            &cli(),
            &PersonInput {
                organisation: "donau-bio".into(),
                name: "A".into(),
                ..Default::default()
            }
            .validate()
            .unwrap(),
        )
        .await
        .unwrap();
    db.store
        .delete_organisation(&cli(), "donau-bio")
        .await
        .unwrap();
    assert!(matches!(
        db.store.person(p2.id).await,
        Err(StoreError::NotFound)
    ));
});

each_backend!(partnership_history_is_kept_in_order, |db| {
    seed_orgs(&db.store).await;
    let input = PartnershipInput {
        slug: "sofia-vienna".into(),
        name: Localized::new(None, None, Some("Sofia–Vienna".into())),
        cities: vec!["sofia".into(), "vienna".into()],
        parties: vec![
            Party {
                organisation: "vienna-business-agency".into(),
                role: Some("signatory".into()),
            },
            Party {
                organisation: "sofia-investment-agency".into(),
                role: Some("signatory".into()),
            },
        ],
    }
    .validate(city2city_text::slugify)
    .unwrap();
    db.store.insert_partnership(&cli(), &input).await.unwrap();
    let events = [
        ("signed", "2018-10-22", Some("2019-12-31")),
        ("extended", "2019-09-16", Some("2020-12-31")),
        ("scope_changed", "2020-02-14", None),
    ];
    for (kind, date, end) in events {
        let p = db.store.partnership("sofia-vienna").await.unwrap();
        let e = EventInput {
            kind: kind.into(),
            date: date.into(),
            term_end: end.map(Into::into),
            areas: vec!["Digital transformation".into()],
            sectors: vec![],
            note: Localized::default(),
        };
        let e = if kind == "scope_changed" {
            e
        } else {
            EventInput { areas: vec![], ..e }
        };
        db.store
            .add_agreement_event(
                &cli(),
                "sofia-vienna",
                &e.validate_after(&p.events).unwrap(),
            )
            .await
            .unwrap();
    }
    let p = db.store.partnership("sofia-vienna").await.unwrap();
    assert_eq!(p.cities, ["sofia", "vienna"]);
    assert_eq!(p.parties[0].organisation, "vienna-business-agency");
    let kinds: Vec<_> = p
        .events
        .iter()
        .map(|e| (e.kind.code(), e.date.to_string()))
        .collect();
    assert_eq!(
        kinds,
        [
            ("signed", "2018-10-22".to_string()),
            ("extended", "2019-09-16".into()),
            ("scope_changed", "2020-02-14".into())
        ]
    );
    assert_eq!(p.events[2].areas, ["Digital transformation"]);
    // A party cannot be deleted while it is party to a partnership.
    assert!(matches!(
        db.store
            .delete_organisation(&cli(), "vienna-business-agency")
            .await,
        Err(StoreError::Conflict { .. })
    ));
});

each_backend!(accounts_sessions_and_tokens, |db| {
    seed_orgs(&db.store).await;
    let new = NewUser {
        email: "staff@vba.example.org".into(),
        name: "Staff".into(),
        password_hash: "h".into(),
        role: Role::Staff,
        organisation: Some("vienna-business-agency".into()),
    };
    let u = db.store.insert_user(&cli(), &new).await.unwrap();
    assert_eq!(u.organisation.as_deref(), Some("vienna-business-agency"));
    match db.store.insert_user(&cli(), &new).await {
        Err(StoreError::Conflict { field, .. }) => assert_eq!(field, "email"),
        other => panic!("expected conflict, got {other:?}"),
    }
    let later = OffsetDateTime::now_utc() + Duration::days(1);
    db.store.insert_session("live", u.id, later).await.unwrap();
    db.store
        .insert_session(
            "old",
            u.id,
            OffsetDateTime::now_utc() - Duration::minutes(1),
        )
        .await
        .unwrap();
    assert_eq!(
        db.store.session("live").await.unwrap().unwrap().user.id,
        u.id
    );
    assert!(
        db.store.session("old").await.unwrap().is_none(),
        "expired sessions do not count"
    );
    let t = db
        .store
        .insert_api_token(&cli(), u.id, "crm", "tokenhash", "c2c_abc")
        .await
        .unwrap();
    assert_eq!(
        db.store
            .user_by_api_token("tokenhash")
            .await
            .unwrap()
            .unwrap()
            .id,
        u.id
    );
    db.store.revoke_api_token(&cli(), u.id, t.id).await.unwrap();
    assert!(
        db.store
            .user_by_api_token("tokenhash")
            .await
            .unwrap()
            .is_none()
    );
    assert!(matches!(
        db.store.revoke_api_token(&cli(), u.id, t.id).await,
        Err(StoreError::NotFound)
    ));
    // A password change ends the other sessions.
    db.store
        .set_password(&cli(), u.id, "h2", Some("live"))
        .await
        .unwrap();
    assert!(db.store.session("live").await.unwrap().is_some());
    db.store
        .update_user_access(
            &cli(),
            u.id,
            Role::Staff,
            Some("vienna-business-agency"),
            true,
        )
        .await
        .unwrap();
    assert!(
        db.store.session("live").await.unwrap().is_none(),
        "disabling ends sessions"
    );
});

each_backend!(every_change_is_audited_and_fed_in_order, |db| {
    seed_orgs(&db.store).await;
    let before = org(
        "balkan-pay",
        "company",
        "sofia",
        Some("Балкан Пей"),
        "Balkan Pay",
        &["fintech", "ict"],
    );
    let mut after = before.clone();
    after.name.en = Some("Balkan Pay AD".into());
    db.store
        .update_organisation(&Actor::user(7, "editor@example.org"), "balkan-pay", &after)
        .await
        .unwrap();
    let id = db
        .store
        .organisation("balkan-pay")
        .await
        .unwrap()
        .id
        .to_string();
    let log = db
        .store
        .audit_log(Some(("organisation", &id)), 10, 0)
        .await
        .unwrap();
    assert_eq!(log.len(), 2);
    assert_eq!(log[0].action, "organisation.update");
    assert_eq!(log[0].actor, "editor@example.org");
    assert_eq!(log[0].actor_user_id, Some(7));
    assert!(
        log[0]
            .before_json
            .as_deref()
            .unwrap()
            .contains("\"Balkan Pay\"")
    );
    assert!(
        log[0]
            .after_json
            .as_deref()
            .unwrap()
            .contains("Balkan Pay AD")
    );
    let changes = db.store.changes_since(0, 1000).await.unwrap();
    assert_eq!(changes.len(), 2 + 4 + 1);
    assert!(changes.windows(2).all(|w| w[0].seq < w[1].seq), "monotonic");
    let last = changes.last().unwrap();
    assert_eq!(
        (
            last.entity.as_str(),
            last.entity_id.as_str(),
            last.op.as_str()
        ),
        ("organisation", id.as_str(), "update")
    );
    assert_eq!(db.store.changes_since(last.seq, 10).await.unwrap().len(), 0);
});

each_backend!(export_then_import_reproduces_the_same_data, |db| {
    seed_orgs(&db.store).await;
    db.store
        .insert_person(
            &cli(),
            &PersonInput {
                organisation: "balkan-pay".into(),
                name: "Мария Петрова".into(),
                email: Some("maria@balkanpay.example.com".into()),
                ..Default::default()
            }
            .validate()
            .unwrap(),
        )
        .await
        .unwrap();
    let new = NewUser {
        email: "a@example.org".into(),
        name: "A".into(),
        password_hash: "$argon2id$x".into(),
        role: Role::Admin,
        organisation: None,
    };
    let u = db.store.insert_user(&cli(), &new).await.unwrap();
    db.store
        .insert_api_token(&cli(), u.id, "t", "hash1", "c2c_1")
        .await
        .unwrap();
    let exported = db.store.export_snapshot().await.unwrap();
    let target = db.sibling().await;
    target.store.import_snapshot(&exported).await.unwrap();
    let again = target.store.export_snapshot().await.unwrap();
    assert_eq!(exported, again);
    // Ids continue after the imported ones.
    let next = target
        .store
        .insert_organisation(
            &cli(),
            &org("new-co", "company", "vienna", None, "New Co", &[]),
        )
        .await
        .unwrap();
    assert!(next.id > exported.organisations.iter().map(|o| o.id).max().unwrap());
    // An import never mixes into existing data.
    assert!(target.store.import_snapshot(&exported).await.is_err());
});
