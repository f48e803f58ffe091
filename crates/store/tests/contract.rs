//! The storage contract: every case runs unchanged on SQLite and on PostgreSQL.

use city2city_domain::accounts::Role;
use city2city_domain::cities::CityInput;
use city2city_domain::opportunities::{Opportunity, OpportunityInput, Status, ValidOpportunity};
use city2city_domain::organisations::{OrgKind, OrganisationInput, ValidOrganisation};
use city2city_domain::partnerships::{EventInput, PartnershipInput, Party};
use city2city_domain::people::PersonInput;
use city2city_domain::{Lang, Localized};
use city2city_store::{
    Actor, Db, NewUser, OrgQuery, OrgSort, PeopleQuery, StatusChange, Store, StoreError,
    StoredVector, each_backend,
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
    let case = sofia_case(&db.store).await;
    db.store.move_case(&cli(), &case, &qualify()).await.unwrap();
    let home = db
        .store
        .organisation("sofia-investment-agency")
        .await
        .unwrap();
    db.store
        .set_first_response_days(&cli(), home.id, 4)
        .await
        .unwrap();
    let exported = db.store.export_snapshot().await.unwrap();
    assert_eq!((exported.cases.len(), exported.case_events.len()), (1, 2));
    assert_eq!(exported.agency_settings.len(), 1);
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

// Opportunity vectors.

const MODEL: &str = "intfloat/multilingual-e5-small";

fn today() -> time::Date {
    OffsetDateTime::now_utc().date()
}

fn opportunity_input(title: &str) -> ValidOpportunity {
    OpportunityInput {
        kind: "business_offer".into(),
        lang: "en".into(),
        title: title.into(),
        summary: format!("{title}: summary"),
        description: format!("{title}: description"),
        target_cities: vec!["vienna".into()],
        valid_until: (today() + Duration::days(200)).to_string(),
        ..Default::default()
    }
    .validate(today())
    .unwrap()
}

/// An opportunity of Balkan Pay (after [`seed_orgs`]).
async fn opportunity(store: &Store, title: &str, status: Status) -> Opportunity {
    let owner = store.organisation("balkan-pay").await.unwrap();
    store
        .insert_opportunity(&cli(), owner.id, None, &opportunity_input(title), status)
        .await
        .unwrap()
}

/// The organisations, and two published opportunities of Balkan Pay: "Card payments" and
/// "Mobile wallets" (the vector tests' usual start).
async fn two_published(store: &Store) -> (Opportunity, Opportunity) {
    seed_orgs(store).await;
    (
        opportunity(store, "Card payments", Status::Published).await,
        opportunity(store, "Mobile wallets", Status::Published).await,
    )
}

fn bits(v: &[f32]) -> Vec<u32> {
    v.iter().map(|x| x.to_bits()).collect()
}

fn ids(vectors: &[StoredVector]) -> Vec<i64> {
    vectors.iter().map(|v| v.opportunity_id).collect()
}

/// A number from a query of the tables themselves (what the repository does not show).
async fn count_rows(store: &Store, sql: &'static str) -> i64 {
    match store.db() {
        Db::Sqlite(pool) => sqlx::query_scalar(sql).fetch_one(pool).await.unwrap(),
        Db::Postgres(pool) => sqlx::query_scalar(sql).fetch_one(pool).await.unwrap(),
    }
}

each_backend!(vectors_are_saved_and_read_back_exactly, |db| {
    let (a, b) = two_published(&db.store).await;
    let c = opportunity(&db.store, "Fraud detection", Status::Published).await;
    let seq = db.store.last_change_seq().await.unwrap();
    let audited = db.store.audit_log(None, 1, 0).await.unwrap();

    let va = vec![0.1, -2.5, 3.0e-8, f32::MAX, f32::MIN_POSITIVE, -0.0];
    db.store
        .save_vector(a.id, MODEL, &va, a.updated_at)
        .await
        .unwrap();
    let back = db.store.vector_of(a.id, MODEL).await.unwrap().unwrap();
    assert_eq!(bits(&back), bits(&va), "bit for bit");
    let listed = db.store.vectors(MODEL, 0, 10).await.unwrap();
    assert_eq!(
        listed,
        vec![StoredVector {
            opportunity_id: a.id,
            model: MODEL.into(),
            vector: va.clone()
        }]
    );

    // Saving again replaces.
    let va2 = vec![1.0, 2.0, 3.0];
    db.store
        .save_vector(a.id, MODEL, &va2, a.updated_at)
        .await
        .unwrap();
    assert_eq!(db.store.vector_of(a.id, MODEL).await.unwrap(), Some(va2));

    // Keyset pages in id order.
    for o in [&b, &c] {
        db.store
            .save_vector(o.id, MODEL, &[o.id as f32, 0.5], o.updated_at)
            .await
            .unwrap();
    }
    let first = db.store.vectors(MODEL, 0, 2).await.unwrap();
    assert_eq!(ids(&first), [a.id, b.id]);
    let rest = db.store.vectors(MODEL, b.id, 2).await.unwrap();
    assert_eq!(ids(&rest), [c.id]);
    assert_eq!(rest[0].vector, [c.id as f32, 0.5]);
    assert!(db.store.vectors(MODEL, c.id, 2).await.unwrap().is_empty());
    assert_eq!(db.store.vector_stats(MODEL).await.unwrap(), (3, 3));

    // Derived data: no audit entry, no change-feed row.
    assert_eq!(db.store.last_change_seq().await.unwrap(), seq);
    assert_eq!(db.store.audit_log(None, 1, 0).await.unwrap(), audited);

    // Nothing to attach it to; nothing worth storing.
    assert!(matches!(
        db.store
            .save_vector(c.id + 1000, MODEL, &[1.0], c.updated_at)
            .await,
        Err(StoreError::NotFound)
    ));
    assert!(matches!(
        db.store.save_vector(a.id, MODEL, &[], a.updated_at).await,
        Err(StoreError::Invalid(_))
    ));
    assert!(matches!(
        db.store
            .save_vector(a.id, MODEL, &[f32::NAN], a.updated_at)
            .await,
        Err(StoreError::Invalid(_))
    ));
});

each_backend!(
    only_current_vectors_of_published_opportunities_count,
    |db| {
        let (a, b) = two_published(&db.store).await;
        let draft = opportunity(&db.store, "Not ready yet", Status::Draft).await;
        let now = OffsetDateTime::now_utc();
        assert_eq!(
            db.store
                .opportunities_needing_vectors(MODEL, now, 10)
                .await
                .unwrap(),
            [a.id, b.id],
            "published ones only"
        );
        assert_eq!(
            db.store
                .count_opportunities_needing_vectors(MODEL, now)
                .await
                .unwrap(),
            2
        );
        assert_eq!(
            db.store
                .opportunities_needing_vectors(MODEL, now, 1)
                .await
                .unwrap(),
            [a.id]
        );
        assert_eq!(db.store.vector_stats(MODEL).await.unwrap(), (0, 2));
        for o in [&a, &b, &draft] {
            db.store
                .save_vector(o.id, MODEL, &[1.0, 0.0], o.updated_at)
                .await
                .unwrap();
        }
        assert!(
            db.store
                .opportunities_needing_vectors(MODEL, now, 10)
                .await
                .unwrap()
                .is_empty()
        );
        assert_eq!(
            db.store
                .count_opportunities_needing_vectors(MODEL, now)
                .await
                .unwrap(),
            0
        );
        assert_eq!(
            ids(&db.store.vectors(MODEL, 0, 10).await.unwrap()),
            [a.id, b.id]
        );
        assert_eq!(db.store.vector_of(draft.id, MODEL).await.unwrap(), None);
        assert_eq!(db.store.vector_stats(MODEL).await.unwrap(), (2, 2));

        // An edit makes the vector outdated: it is no longer handed out, and is needed again.
        let edited = db
            .store
            .update_opportunity(
                &cli(),
                &a,
                &opportunity_input("Card payments, contactless"),
                Status::Published,
            )
            .await
            .unwrap();
        assert_ne!(edited.updated_at, a.updated_at);
        assert_eq!(db.store.vector_of(a.id, MODEL).await.unwrap(), None);
        assert_eq!(ids(&db.store.vectors(MODEL, 0, 10).await.unwrap()), [b.id]);
        assert_eq!(
            db.store
                .opportunities_needing_vectors(MODEL, now, 10)
                .await
                .unwrap(),
            [a.id]
        );
        assert_eq!(
            db.store
                .count_opportunities_needing_vectors(MODEL, now)
                .await
                .unwrap(),
            1
        );
        assert_eq!(db.store.vector_stats(MODEL).await.unwrap(), (1, 2));
        // A vector of the edited text is current again.
        db.store
            .save_vector(a.id, MODEL, &[0.0, 1.0], edited.updated_at)
            .await
            .unwrap();
        assert_eq!(
            db.store.vector_of(a.id, MODEL).await.unwrap(),
            Some(vec![0.0, 1.0])
        );
        // A vector made from the old text while the edit happened stays outdated.
        db.store
            .save_vector(a.id, MODEL, &[0.5, 0.5], a.updated_at)
            .await
            .unwrap();
        assert_eq!(db.store.vector_of(a.id, MODEL).await.unwrap(), None);
        db.store
            .save_vector(a.id, MODEL, &[0.0, 1.0], edited.updated_at)
            .await
            .unwrap();

        // Withdrawn: neither listed nor needed.
        db.store
            .set_opportunity_status(
                &cli(),
                &b,
                &StatusChange {
                    from: Status::Published,
                    to: Status::Withdrawn,
                    action: "opportunity.withdraw".into(),
                    staff_comment: None,
                    valid_until: None,
                },
            )
            .await
            .unwrap();
        assert_eq!(ids(&db.store.vectors(MODEL, 0, 10).await.unwrap()), [a.id]);
        assert_eq!(db.store.vector_of(b.id, MODEL).await.unwrap(), None);
        assert!(
            db.store
                .opportunities_needing_vectors(MODEL, now, 10)
                .await
                .unwrap()
                .is_empty()
        );
        assert_eq!(db.store.vector_stats(MODEL).await.unwrap(), (1, 1));
    }
);

each_backend!(another_models_vectors_are_not_returned, |db| {
    let (a, b) = two_published(&db.store).await;
    let old = "old/model";
    db.store
        .save_vector(a.id, old, &[1.0, 2.0], a.updated_at)
        .await
        .unwrap();
    db.store
        .save_vector(b.id, MODEL, &[3.0, 4.0], b.updated_at)
        .await
        .unwrap();
    let now = OffsetDateTime::now_utc();
    assert_eq!(ids(&db.store.vectors(MODEL, 0, 10).await.unwrap()), [b.id]);
    assert_eq!(ids(&db.store.vectors(old, 0, 10).await.unwrap()), [a.id]);
    assert_eq!(db.store.vector_of(a.id, MODEL).await.unwrap(), None);
    assert_eq!(
        db.store.vector_of(a.id, old).await.unwrap(),
        Some(vec![1.0, 2.0])
    );
    assert_eq!(
        db.store
            .opportunities_needing_vectors(MODEL, now, 10)
            .await
            .unwrap(),
        [a.id]
    );
    assert_eq!(
        db.store
            .opportunities_needing_vectors(old, now, 10)
            .await
            .unwrap(),
        [b.id]
    );
    assert_eq!(db.store.vector_stats(MODEL).await.unwrap(), (1, 2));

    assert_eq!(
        db.store
            .delete_vectors_of_other_models(MODEL)
            .await
            .unwrap(),
        1
    );
    assert_eq!(db.store.vector_of(a.id, old).await.unwrap(), None);
    assert_eq!(
        db.store.vector_of(b.id, MODEL).await.unwrap(),
        Some(vec![3.0, 4.0])
    );
    assert_eq!(
        db.store
            .opportunities_needing_vectors(MODEL, now, 10)
            .await
            .unwrap(),
        [a.id]
    );
    assert_eq!(
        db.store
            .delete_vectors_of_other_models(MODEL)
            .await
            .unwrap(),
        0
    );
    // Embedding with the new model replaces the old model's vector.
    db.store
        .save_vector(a.id, old, &[1.0, 2.0], a.updated_at)
        .await
        .unwrap();
    db.store
        .save_vector(a.id, MODEL, &[5.0, 6.0], a.updated_at)
        .await
        .unwrap();
    assert_eq!(db.store.vector_of(a.id, old).await.unwrap(), None);
    assert_eq!(
        ids(&db.store.vectors(MODEL, 0, 10).await.unwrap()),
        [a.id, b.id]
    );
});

each_backend!(a_failure_postpones_until_retry_after, |db| {
    let (a, b) = two_published(&db.store).await;
    let now = OffsetDateTime::now_utc();
    let later = now + Duration::minutes(10);
    db.store
        .record_vector_failure(&[a.id, b.id + 1000], "embedder timed out", later)
        .await
        .unwrap();
    let needing = |at: OffsetDateTime| {
        let store = db.store.clone();
        async move {
            store
                .opportunities_needing_vectors(MODEL, at, 10)
                .await
                .unwrap()
        }
    };
    assert_eq!(needing(now).await, [b.id], "postponed");
    assert_eq!(
        db.store
            .count_opportunities_needing_vectors(MODEL, now)
            .await
            .unwrap(),
        1
    );
    assert_eq!(needing(later + Duration::seconds(1)).await, [a.id, b.id]);
    let failure = db.store.vector_failure(a.id).await.unwrap().unwrap();
    assert_eq!(failure.attempts, 1);
    assert_eq!(failure.last_error, "embedder timed out");
    assert!(failure.retry_after >= later);
    assert!(failure.retry_after - later < Duration::seconds(1));
    assert_eq!(db.store.vector_failure(b.id + 1000).await.unwrap(), None);
    assert_eq!(db.store.vector_failure(b.id).await.unwrap(), None);

    // Another failure counts up and moves the time; it is due from retry_after on.
    let at = (now + Duration::hours(1)).replace_nanosecond(0).unwrap();
    db.store
        .record_vector_failure(&[a.id, b.id], "model not loaded", at)
        .await
        .unwrap();
    let failure = db.store.vector_failure(a.id).await.unwrap().unwrap();
    assert_eq!(failure.attempts, 2);
    assert_eq!(failure.last_error, "model not loaded");
    assert_eq!(failure.retry_after, at);
    assert_eq!(
        db.store
            .vector_failure(b.id)
            .await
            .unwrap()
            .unwrap()
            .attempts,
        1
    );
    assert!(needing(later + Duration::seconds(1)).await.is_empty());
    assert!(needing(at - Duration::seconds(1)).await.is_empty());
    assert_eq!(needing(at).await, [a.id, b.id]);
    assert_eq!(
        needing(at + Duration::milliseconds(500)).await,
        [a.id, b.id]
    );
    db.store
        .record_vector_failure(&[], "nothing", at)
        .await
        .unwrap();

    // A stored vector clears the failures.
    db.store
        .save_vector(a.id, MODEL, &[1.0], a.updated_at)
        .await
        .unwrap();
    assert_eq!(db.store.vector_failure(a.id).await.unwrap(), None);
    assert!(needing(now).await.is_empty());
    assert_eq!(needing(at).await, [b.id]);
    // No audit entry, no change-feed row for failures either.
    let seq = db.store.last_change_seq().await.unwrap();
    db.store
        .record_vector_failure(&[b.id], "again", at)
        .await
        .unwrap();
    assert_eq!(db.store.last_change_seq().await.unwrap(), seq);
});

each_backend!(deleting_an_opportunity_deletes_its_vector, |db| {
    seed_orgs(&db.store).await;
    let kept = opportunity(&db.store, "Card payments", Status::Published).await;
    let draft = opportunity(&db.store, "Not ready yet", Status::Draft).await;
    for o in [&kept, &draft] {
        db.store
            .save_vector(o.id, MODEL, &[1.0, 2.0], o.updated_at)
            .await
            .unwrap();
    }
    db.store
        .record_vector_failure(&[draft.id], "later", OffsetDateTime::now_utc())
        .await
        .unwrap();
    assert_eq!(
        count_rows(&db.store, "SELECT COUNT(*) FROM opportunity_vectors").await,
        2
    );
    db.store
        .delete_draft_opportunity(&cli(), &draft)
        .await
        .unwrap();
    assert_eq!(
        count_rows(&db.store, "SELECT COUNT(*) FROM opportunity_vectors").await,
        1
    );
    assert_eq!(
        count_rows(
            &db.store,
            "SELECT COUNT(*) FROM opportunity_vector_attempts"
        )
        .await,
        0
    );
    assert_eq!(db.store.vector_failure(draft.id).await.unwrap(), None);
    assert!(db.store.vector_of(kept.id, MODEL).await.unwrap().is_some());
    // A late result or failure for the deleted one is refused or skipped.
    assert!(matches!(
        db.store
            .save_vector(draft.id, MODEL, &[1.0], draft.updated_at)
            .await,
        Err(StoreError::NotFound)
    ));
    db.store
        .record_vector_failure(&[draft.id], "gone", OffsetDateTime::now_utc())
        .await
        .unwrap();
    assert_eq!(
        count_rows(
            &db.store,
            "SELECT COUNT(*) FROM opportunity_vector_attempts"
        )
        .await,
        0
    );
});

each_backend!(vectors_are_left_out_of_the_export, |db| {
    seed_orgs(&db.store).await;
    let a = opportunity(&db.store, "Card payments", Status::Published).await;
    db.store
        .save_vector(a.id, MODEL, &[1.0, 2.0], a.updated_at)
        .await
        .unwrap();
    db.store
        .record_vector_failure(&[a.id], "x", OffsetDateTime::now_utc())
        .await
        .unwrap();
    let exported = db.store.export_snapshot().await.unwrap();
    let json = serde_json::to_string(&exported).unwrap();
    assert!(!json.contains("vector"), "no vector tables in the export");
    let target = db.sibling().await;
    target.store.import_snapshot(&exported).await.unwrap();
    assert_eq!(target.store.vector_of(a.id, MODEL).await.unwrap(), None);
    assert_eq!(
        target
            .store
            .opportunities_needing_vectors(MODEL, OffsetDateTime::now_utc(), 10)
            .await
            .unwrap(),
        [a.id]
    );
    // The imported opportunity's updated_at is the one a vector is checked against.
    let imported = target.store.opportunity_by_id(a.id).await.unwrap();
    assert_eq!(imported.updated_at, a.updated_at);
    target
        .store
        .save_vector(a.id, MODEL, &[1.0, 2.0], imported.updated_at)
        .await
        .unwrap();
    assert_eq!(
        target.store.vector_of(a.id, MODEL).await.unwrap(),
        Some(vec![1.0, 2.0])
    );
});

each_backend!(a_damaged_stored_vector_is_a_clear_error, |db| {
    seed_orgs(&db.store).await;
    let a = opportunity(&db.store, "Card payments", Status::Published).await;
    db.store
        .save_vector(a.id, MODEL, &[1.0, 2.0], a.updated_at)
        .await
        .unwrap();
    let damage = |bytes: Vec<u8>| {
        let store = db.store.clone();
        async move {
            let sql = "UPDATE opportunity_vectors SET vector = $1";
            match store.db() {
                Db::Sqlite(pool) => {
                    sqlx::query(sql).bind(bytes).execute(pool).await.unwrap();
                }
                Db::Postgres(pool) => {
                    sqlx::query(sql).bind(bytes).execute(pool).await.unwrap();
                }
            }
        }
    };
    damage(vec![0, 0, 128, 63, 0, 0, 0]).await;
    let err = db.store.vector_of(a.id, MODEL).await.unwrap_err();
    assert!(err.to_string().contains("not a multiple of 4"), "{err}");
    let err = db.store.vectors(MODEL, 0, 10).await.unwrap_err();
    assert!(err.to_string().contains("not a multiple of 4"), "{err}");
    damage(vec![0, 0, 128, 63]).await;
    let err = db.store.vector_of(a.id, MODEL).await.unwrap_err();
    assert!(err.to_string().contains("2 dimensions"), "{err}");
});

// ---- soft-landing cases ----

use city2city_domain::cases::{DropReason, Need, Plan, Stage as CaseStage};
use city2city_store::{CaseQuery, NewCase, NewEvent, StageChange};

/// A case of Balkan Pay (Sofia) landing in Vienna, with the Sofia agency as home agency.
async fn sofia_case(store: &Store) -> city2city_store::CaseRecord {
    let company = store.organisation("balkan-pay").await.unwrap();
    let home = store.organisation("sofia-investment-agency").await.unwrap();
    let vienna = store.city("vienna").await.unwrap();
    store
        .insert_case(
            &cli(),
            &NewCase {
                company_id: company.id,
                host_city_id: vienna.id,
                home_agency_id: home.id,
                plan: Plan::Subsidiary,
                timeline: Some("Q2 2027".into()),
                team_size: Some(4),
                needs: vec![Need::LegalForm, Need::Banking],
                message: "Искаме да открием GmbH във Виена.".into(),
                lang: Lang::Bg,
                side: "company",
                actor_name: Some("Maria".into()),
            },
        )
        .await
        .unwrap()
}

fn qualify() -> StageChange {
    StageChange {
        from: CaseStage::Inquiry,
        to: CaseStage::Qualified,
        action: "qualify",
        side: "home",
        actor_name: Some("Sofia staff".into()),
        drop_reason: None,
        drop_note: None,
        establishment: None,
        first_response: true,
    }
}

each_backend!(
    a_case_is_opened_qualified_referred_and_keeps_one_history,
    |db| {
        seed_orgs(&db.store).await;
        let c = sofia_case(&db.store).await;
        assert_eq!(c.case.stage, CaseStage::Inquiry);
        assert_eq!(
            (c.case.home_city.as_str(), c.case.host_city.as_str()),
            ("sofia", "vienna")
        );
        assert_eq!(c.case.company_name.get(Lang::En), "Balkan Pay");
        assert_eq!(c.case.sectors, ["fintech", "ict"]);
        assert_eq!(c.case.needs, [Need::LegalForm, Need::Banking]);
        assert_eq!(c.case.team_size, Some(4));
        assert_eq!(c.case.first_response_at, None);
        assert_eq!(c.case.first_response_days, 3, "the default target");

        let q = db.store.move_case(&cli(), &c, &qualify()).await.unwrap();
        assert_eq!(q.case.stage, CaseStage::Qualified);
        assert!(q.case.first_response_at.is_some());
        // The same move again, from a stale copy, changes nothing.
        let err = db
            .store
            .move_case(&cli(), &c, &qualify())
            .await
            .unwrap_err();
        assert!(matches!(err, StoreError::Conflict { .. }), "{err}");

        let host = db
            .store
            .organisation("vienna-business-agency")
            .await
            .unwrap();
        let r = db
            .store
            .refer_case(&cli(), &q, host.id, Some("Sofia staff".into()))
            .await
            .unwrap();
        assert_eq!(
            r.case.host_agency.as_deref(),
            Some("vienna-business-agency")
        );
        assert_eq!(r.host_agency_id, Some(host.id));
        assert!(r.case.referred_at.is_some());
        assert!(
            db.store
                .refer_case(&cli(), &r, host.id, None)
                .await
                .is_err(),
            "referred once"
        );

        db.store
            .add_case_event(
                &cli(),
                c.case.id,
                &NewEvent {
                    side: "host",
                    kind: "call",
                    text: Some("Called about the GmbH.".into()),
                    actor_name: Some("Vienna staff".into()),
                    first_response: false,
                },
            )
            .await
            .unwrap();
        let history = db.store.case_events(c.case.id).await.unwrap();
        let kinds: Vec<&str> = history.iter().map(|e| e.kind.as_str()).collect();
        assert_eq!(kinds, ["opened", "qualify", "refer", "call"]);
        assert_eq!(history[0].side, "company");
        assert_eq!(history[3].text.as_deref(), Some("Called about the GmbH."));
        assert_eq!(history[3].actor.as_deref(), Some("Vienna staff"));
    }
);

each_backend!(
    cases_are_listed_by_who_is_on_them_and_unanswered_first,
    |db| {
        seed_orgs(&db.store).await;
        let first = sofia_case(&db.store).await;
        let second = sofia_case(&db.store).await;
        db.store
            .move_case(&cli(), &second, &qualify())
            .await
            .unwrap();
        let third = sofia_case(&db.store).await;
        db.store
            .backdate_case(
                third.case.id,
                OffsetDateTime::now_utc() - Duration::days(20),
            )
            .await
            .unwrap();
        let home = db
            .store
            .organisation("sofia-investment-agency")
            .await
            .unwrap();
        let host = db
            .store
            .organisation("vienna-business-agency")
            .await
            .unwrap();
        let company = db.store.organisation("balkan-pay").await.unwrap();
        let list = |q: CaseQuery| {
            let store = db.store.clone();
            async move {
                store
                    .list_cases(&CaseQuery { per_page: 50, ..q })
                    .await
                    .unwrap()
                    .items
                    .into_iter()
                    .map(|c| c.case.id)
                    .collect::<Vec<_>>()
            }
        };
        // Unanswered inquiries first, oldest first; then the answered one.
        assert_eq!(
            list(CaseQuery {
                agency_id: Some(home.id),
                ..Default::default()
            })
            .await,
            [third.case.id, first.case.id, second.case.id]
        );
        assert!(
            list(CaseQuery {
                agency_id: Some(host.id),
                ..Default::default()
            })
            .await
            .is_empty()
        );
        assert_eq!(
            list(CaseQuery {
                company_id: Some(company.id),
                ..Default::default()
            })
            .await
            .len(),
            3
        );
        assert_eq!(
            list(CaseQuery {
                stages: vec![CaseStage::Qualified],
                ..Default::default()
            })
            .await,
            [second.case.id]
        );
        assert_eq!(
            list(CaseQuery {
                sector: Some("fintech".into()),
                ..Default::default()
            })
            .await
            .len(),
            3
        );
        assert!(
            list(CaseQuery {
                sector: Some("health".into()),
                ..Default::default()
            })
            .await
            .is_empty()
        );
        assert_eq!(
            list(CaseQuery {
                city: Some("vienna".into()),
                ..Default::default()
            })
            .await
            .len(),
            3
        );

        db.store
            .set_first_response_days(&cli(), home.id, 5)
            .await
            .unwrap();
        assert_eq!(
            db.store
                .case(first.case.id)
                .await
                .unwrap()
                .case
                .first_response_days,
            5
        );

        let user = db
            .store
            .insert_user(
                &cli(),
                &NewUser {
                    email: "staff@sia.example".into(),
                    name: "Staff Sofia".into(),
                    password_hash: "x".into(),
                    role: Role::Staff,
                    organisation: Some("sofia-investment-agency".into()),
                },
            )
            .await
            .unwrap();
        let managed = db
            .store
            .set_case_manager(
                &cli(),
                first.case.id,
                "home",
                Some((user.id, user.name.clone())),
                None,
            )
            .await
            .unwrap();
        assert_eq!(
            managed.case.home_manager.as_ref().map(|m| m.name.as_str()),
            Some("Staff Sofia")
        );
        assert_eq!(
            list(CaseQuery {
                manager_id: Some(user.id),
                ..Default::default()
            })
            .await,
            [first.case.id]
        );
    }
);

each_backend!(
    a_dropped_case_keeps_its_reason_and_an_established_one_its_office,
    |db| {
        seed_orgs(&db.store).await;
        let c = sofia_case(&db.store).await;
        let dropped = db
            .store
            .move_case(
                &cli(),
                &c,
                &StageChange {
                    from: CaseStage::Inquiry,
                    to: CaseStage::Dropped,
                    action: "drop",
                    side: "home",
                    actor_name: None,
                    drop_reason: Some(DropReason::WentElsewhere),
                    drop_note: Some("Chose Munich".into()),
                    establishment: None,
                    first_response: true,
                },
            )
            .await
            .unwrap();
        assert_eq!(dropped.case.stage, CaseStage::Dropped);
        assert_eq!(dropped.case.drop_reason, Some(DropReason::WentElsewhere));
        assert_eq!(dropped.case.drop_note.as_deref(), Some("Chose Munich"));
        let last = db
            .store
            .case_events(c.case.id)
            .await
            .unwrap()
            .pop()
            .unwrap();
        assert_eq!(last.text.as_deref(), Some("went_elsewhere: Chose Munich"));

        let c = sofia_case(&db.store).await;
        let office = city2city_domain::cases::Establishment {
            date: time::macros::date!(2026 - 11 - 02),
            address: "Mariahilfer Straße 1, 1060 Wien".into(),
            legal_form: "GmbH".into(),
            jobs_planned: 8,
            jobs_created: 5,
            investment_eur: Some(250_000),
        };
        let done = db
            .store
            .move_case(
                &cli(),
                &c,
                &StageChange {
                    from: CaseStage::Inquiry,
                    to: CaseStage::Established,
                    action: "establish",
                    side: "host",
                    actor_name: None,
                    drop_reason: None,
                    drop_note: None,
                    establishment: Some(office.clone()),
                    first_response: false,
                },
            )
            .await
            .unwrap();
        assert_eq!(done.case.establishment, Some(office));
        assert_eq!(
            done.case.first_response_at, None,
            "only the home agency answers"
        );
    }
);

// ---- files attached to cases ----

use city2city_domain::cases::FileType;
use city2city_store::NewAttachment;

each_backend!(
    an_attached_file_is_kept_on_disk_with_its_row_and_travels_in_the_export,
    |db| {
        seed_orgs(&db.store).await;
        let c = sofia_case(&db.store).await;
        let pdf = b"%PDF-1.7\n% a business plan\n".to_vec();
        let stored = db
            .store
            .insert_attachment(
                &cli(),
                c.case.id,
                &NewAttachment {
                    file_name: "Бизнес план.pdf",
                    file_type: FileType::Pdf,
                    bytes: &pdf,
                    side: "company",
                    actor_name: Some("Maria".into()),
                },
            )
            .await
            .unwrap();
        assert_eq!(stored.file_name, "Бизнес план.pdf");
        assert_eq!(
            (stored.size, stored.side.as_str()),
            (pdf.len() as u64, "company")
        );
        assert_eq!(
            stored.sha256,
            "0f0370632607e2b9148d5ca76075d5e0227aade75f6538301ba7b7c66bc6528b"
        );
        let path = db.store.attachment_path(c.case.id, stored.id);
        assert!(path.starts_with(&db.data_dir), "kept in the data directory");
        assert_eq!(std::fs::read(&path).unwrap(), pdf);
        assert_eq!(db.store.attachment_content(&stored).await.unwrap(), pdf);
        assert_eq!(
            db.store.attachments(c.case.id).await.unwrap(),
            std::slice::from_ref(&stored)
        );
        let kinds: Vec<String> = db
            .store
            .case_events(c.case.id)
            .await
            .unwrap()
            .into_iter()
            .map(|e| e.kind)
            .collect();
        assert_eq!(kinds, ["opened", "file_added"]);

        // The export carries the content; the import puts it back on disk beside the rows.
        let exported = db.store.export_snapshot().await.unwrap();
        assert_eq!(exported.case_attachments.len(), 1);
        assert_eq!(exported.attachment_files.len(), 1);
        let target = db.sibling().await;
        target.store.import_snapshot(&exported).await.unwrap();
        let copied = target.store.attachment(c.case.id, stored.id).await.unwrap();
        assert_eq!(copied, stored);
        assert_eq!(target.store.attachment_content(&copied).await.unwrap(), pdf);
        // A damaged export is refused before anything is written.
        let mut damaged = exported.clone();
        damaged.attachment_files[0].content_base64 = "JVBERi0xLjQK".into();
        let third = db.sibling().await;
        let err = third.store.import_snapshot(&damaged).await.unwrap_err();
        assert!(
            err.to_string().contains("does not match its SHA-256"),
            "{err}"
        );
        assert!(third.store.is_empty().await.unwrap());

        // Removing it removes row and file and says so in the history.
        db.store
            .delete_attachment(&cli(), &stored, "company", Some("Maria".into()))
            .await
            .unwrap();
        assert!(db.store.attachments(c.case.id).await.unwrap().is_empty());
        assert!(!path.exists());
        let last = db
            .store
            .case_events(c.case.id)
            .await
            .unwrap()
            .pop()
            .unwrap();
        assert_eq!(
            (last.kind.as_str(), last.text.as_deref()),
            ("file_removed", Some("Бизнес план.pdf"))
        );
        assert!(matches!(
            db.store.attachment(c.case.id, stored.id).await,
            Err(StoreError::NotFound)
        ));
    }
);

each_backend!(a_file_for_a_missing_case_writes_nothing, |db| {
    seed_orgs(&db.store).await;
    let err = db
        .store
        .insert_attachment(
            &cli(),
            4242,
            &NewAttachment {
                file_name: "plan.pdf",
                file_type: FileType::Pdf,
                bytes: b"%PDF-1.7",
                side: "home",
                actor_name: None,
            },
        )
        .await
        .unwrap_err();
    assert!(matches!(err, StoreError::NotFound), "{err}");
    assert!(!db.data_dir.join("attachments").join("4242").exists());
});
