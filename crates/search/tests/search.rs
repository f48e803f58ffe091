//! The search index end to end: analysis in every language, ranking, facets, sorting, paging,
//! highlighting, odd input, updates and persistence.

use city2city_search::{
    Changes, DocKind, Document, Facets, SearchIndex, SearchQuery, SearchResults, Sort, Translation,
};

fn doc(id: i64, lang: &str, title: &str, summary: &str, body: &str) -> Document {
    Document {
        kind: DocKind::Opportunity,
        id,
        reference: format!("SOF-2026-{id:04}"),
        lang: lang.into(),
        title: title.into(),
        summary: summary.into(),
        body: body.into(),
        translations: Vec::new(),
        names: Vec::new(),
        keywords: Vec::new(),
        category: Some("business_offer".into()),
        sectors: Vec::new(),
        city: "sofia".into(),
        target_cities: vec!["vienna".into()],
        published_at: 1_700_000_000 + id,
        deadline: None,
    }
}

fn index_with(docs: Vec<Document>) -> SearchIndex {
    let index = SearchIndex::in_memory().expect("index");
    index.upsert(docs).expect("upsert");
    index
}

fn search(index: &SearchIndex, text: &str) -> SearchResults {
    index.search(&SearchQuery::text(text)).expect("search")
}

fn ids(results: &SearchResults) -> Vec<i64> {
    results.hits.iter().map(|h| h.id).collect()
}

#[test]
fn bulgarian_inflections_find_each_other() {
    let index = index_with(vec![
        doc(
            1,
            "bg",
            "Система за онлайн плащане",
            "",
            "Търсим партньор за разработка.",
        ),
        doc(2, "bg", "Банките в София", "Партньорите на банките", ""),
        doc(3, "bg", "Градовете и технологиите", "", ""),
    ]);
    assert_eq!(ids(&search(&index, "плащания")), vec![1]);
    assert_eq!(ids(&search(&index, "плащанията")), vec![1]);
    let mut partners = ids(&search(&index, "партньори"));
    partners.sort();
    assert_eq!(partners, vec![1, 2]);
    assert!(ids(&search(&index, "партньорът")).contains(&1));
    assert_eq!(ids(&search(&index, "банка")), vec![2]);
    assert_eq!(ids(&search(&index, "град технология")), vec![3]);
}

#[test]
fn german_compounds_are_found_by_their_parts() {
    let index = index_with(vec![
        doc(1, "de", "Neue Zahlungsverkehrsschnittstelle", "", ""),
        doc(2, "de", "Softwareentwicklung für Behörden", "", ""),
        doc(3, "de", "Energiespeicher für Gemeinden", "", ""),
        doc(4, "de", "Verkehr in Wien", "", ""),
    ]);
    assert_eq!(ids(&search(&index, "Zahlung")), vec![1]);
    assert_eq!(ids(&search(&index, "Zahlungen")), vec![1]);
    assert_eq!(ids(&search(&index, "Schnittstelle")), vec![1]);
    assert_eq!(ids(&search(&index, "Software")), vec![2]);
    assert_eq!(ids(&search(&index, "Entwicklung")), vec![2]);
    assert_eq!(ids(&search(&index, "Energie")), vec![3]);
    // The compound as a query finds the record through its parts too.
    let results = search(&index, "Zahlungsverkehr");
    assert_eq!(ids(&results), vec![1]);
    // "Verkehr" is a word of its own and a part of the compound: both records.
    let mut verkehr = ids(&search(&index, "Verkehr"));
    verkehr.sort();
    assert_eq!(verkehr, vec![1, 4]);
}

#[test]
fn english_inflections_find_each_other() {
    let index = index_with(vec![
        doc(
            1,
            "en",
            "Payment processing partner",
            "",
            "We develop software for companies.",
        ),
        doc(2, "en", "Tourism cooperation", "", ""),
    ]);
    assert_eq!(ids(&search(&index, "payments")), vec![1]);
    assert_eq!(ids(&search(&index, "developing")), vec![1]);
    assert_eq!(ids(&search(&index, "company")), vec![1]);
}

#[test]
fn names_and_places_cross_scripts() {
    let mut sigil = doc(1, "bg", "Одит и счетоводство", "Офис в София", "");
    sigil.kind = DocKind::Organisation;
    sigil.reference = "sigil-trust".into();
    sigil.names = vec!["Сигил Тръст".into()];
    let vienna = doc(2, "en", "Office in Sofia and Vienna", "", "");
    let index = index_with(vec![sigil, vienna]);

    assert_eq!(ids(&search(&index, "sigil")), vec![1]);
    assert_eq!(ids(&search(&index, "Сигил")), vec![1]);
    assert_eq!(ids(&search(&index, "SIGIL TRAST")), vec![1]);
    let mut sofia = ids(&search(&index, "Sofia"));
    sofia.sort();
    assert_eq!(sofia, vec![1, 2]);
    let mut sofia = ids(&search(&index, "софия"));
    sofia.sort();
    assert_eq!(sofia, vec![1, 2]);
}

#[test]
fn translations_are_searched_and_shown() {
    let mut d = doc(1, "bg", "Търсим партньор за софтуер", "Кратко описание", "");
    d.translations = vec![Translation {
        lang: "de".into(),
        title: "Wir suchen einen Softwarepartner".into(),
        summary: "Kurze Beschreibung".into(),
        body: String::new(),
    }];
    let index = index_with(vec![d]);
    let results = search(&index, "Beschreibung");
    assert_eq!(ids(&results), vec![1]);
    let hit = &results.hits[0];
    assert_eq!(hit.lang, "de");
    assert_eq!(hit.title_html, "Wir suchen einen Softwarepartner");
    assert_eq!(hit.snippet_html, "Kurze <mark>Beschreibung</mark>");

    let hit = &search(&index, "партньори").hits[0];
    assert_eq!(hit.lang, "bg");
    assert_eq!(hit.title_html, "Търсим <mark>партньор</mark> за софтуер");

    // Filtering by language counts translations.
    let q = SearchQuery {
        langs: vec!["de".into()],
        ..SearchQuery::default()
    };
    assert_eq!(index.search(&q).expect("search").total, 1);
}

#[test]
fn highlighting_escapes_html_and_marks_words() {
    let index = index_with(vec![doc(
        1,
        "en",
        "Payments <script>alert(1)</script> & more",
        "Secure payment gateway",
        "",
    )]);
    let hit = &search(&index, "payment").hits[0];
    assert_eq!(
        hit.title_html,
        "<mark>Payments</mark> &lt;script&gt;alert(1)&lt;/script&gt; &amp; more"
    );
    assert_eq!(hit.snippet_html, "Secure <mark>payment</mark> gateway");

    // A German compound is marked as a whole word.
    let index = index_with(vec![doc(
        2,
        "de",
        "Die Zahlungsverkehrsschnittstelle",
        "",
        "",
    )]);
    let hit = &search(&index, "zahlung").hits[0];
    assert_eq!(
        hit.title_html,
        "Die <mark>Zahlungsverkehrsschnittstelle</mark>"
    );

    // Long bodies give a short snippet around the match.
    let body = format!(
        "{} Kooperation {}",
        "Lorem ipsum. ".repeat(60),
        "Dolor sit. ".repeat(60)
    );
    let index = index_with(vec![doc(3, "de", "Titel", "", &body)]);
    let hit = &search(&index, "Kooperation").hits[0];
    assert!(
        hit.snippet_html.contains("<mark>Kooperation</mark>"),
        "{}",
        hit.snippet_html
    );
    assert!(hit.snippet_html.chars().count() < 300);
}

#[test]
fn ranking_prefers_titles_and_all_words() {
    let index = index_with(vec![
        doc(
            1,
            "en",
            "General news",
            "",
            "Something about renewable energy storage here.",
        ),
        doc(2, "en", "Energy storage for cities", "", ""),
        doc(
            3,
            "en",
            "Energy consulting",
            "",
            "Storage is not our topic, renewable is.",
        ),
        doc(4, "en", "Storage solutions", "", ""),
    ]);
    let results = search(&index, "energy storage");
    assert_eq!(results.hits[0].id, 2, "{results:?}");
    assert!(
        !ids(&results).contains(&4),
        "both words are required: {results:?}"
    );

    let results = search(&index, "renewable energy storage");
    let ids = ids(&results);
    // Records with all three words come before those with two.
    let pos = |id| ids.iter().position(|&i| i == id).unwrap_or(usize::MAX);
    assert!(pos(1) < pos(2), "{ids:?}");
    assert!(pos(3) < pos(2), "{ids:?}");
}

#[test]
fn references_find_their_record() {
    let index = index_with(vec![
        doc(42, "en", "Anything", "", ""),
        doc(43, "en", "Other", "", ""),
    ]);
    assert_eq!(ids(&search(&index, "SOF-2026-0042")), vec![42]);
    assert_eq!(ids(&search(&index, "sof-2026-0043"))[0], 43);
}

fn faceted_corpus() -> SearchIndex {
    let mut docs = Vec::new();
    for id in 1..=12 {
        let mut d = doc(
            id,
            if id % 3 == 0 { "de" } else { "en" },
            "Software partner",
            "",
            "",
        );
        d.sectors = vec![if id % 2 == 0 { "ict" } else { "energy" }.into()];
        if id % 4 == 0 {
            d.sectors.push("health".into());
        }
        d.category = Some(
            if id <= 4 {
                "business_request"
            } else {
                "business_offer"
            }
            .into(),
        );
        d.city = if id <= 6 { "sofia" } else { "vienna" }.into();
        docs.push(d);
    }
    let mut org = doc(100, "en", "Software company", "", "");
    org.kind = DocKind::Organisation;
    org.category = Some("company".into());
    org.sectors = vec!["ict".into()];
    org.city = "vienna".into();
    docs.push(org);
    index_with(docs)
}

#[test]
fn facets_count_over_the_other_filters() {
    let index = faceted_corpus();
    let all = index
        .search(&SearchQuery::text("software"))
        .expect("search");
    assert_eq!(all.total, 13);
    assert_eq!(Facets::count(&all.facets.sectors, "ict"), 7);
    assert_eq!(Facets::count(&all.facets.sectors, "energy"), 6);
    assert_eq!(Facets::count(&all.facets.sectors, "health"), 3);
    assert_eq!(Facets::count(&all.facets.kinds, "organisation"), 1);
    assert_eq!(all.facets.sectors[0].value, "ict", "most frequent first");

    let q = SearchQuery {
        kind: Some(DocKind::Opportunity),
        sectors: vec!["ict".into()],
        cities: vec!["sofia".into()],
        ..SearchQuery::text("software")
    };
    let r = index.search(&q).expect("search");
    // ict and sofia: 2, 4, 6.
    assert_eq!(r.total, 3);
    let mut got = ids(&r);
    got.sort();
    assert_eq!(got, vec![2, 4, 6]);
    // Sector counts ignore the sector filter but keep the city and kind: 1..=6 in sofia.
    assert_eq!(Facets::count(&r.facets.sectors, "ict"), 3);
    assert_eq!(Facets::count(&r.facets.sectors, "energy"), 3);
    // City counts keep the sector filter: ict opportunities in each city.
    assert_eq!(Facets::count(&r.facets.cities, "sofia"), 3);
    assert_eq!(Facets::count(&r.facets.cities, "vienna"), 3);
    // Other facets count the hits themselves.
    assert_eq!(Facets::count(&r.facets.categories, "business_request"), 2);
    assert_eq!(Facets::count(&r.facets.categories, "business_offer"), 1);
    // Kind counts ignore only the kind filter.
    assert_eq!(Facets::count(&r.facets.kinds, "organisation"), 0);

    // OR within a facet.
    let q = SearchQuery {
        sectors: vec!["health".into(), "energy".into()],
        ..SearchQuery::text("software")
    };
    assert_eq!(index.search(&q).expect("search").total, 9);

    // A value nobody has matches nothing; the facet still shows the alternatives.
    let q = SearchQuery {
        sectors: vec!["nothing".into()],
        ..SearchQuery::default()
    };
    let r = index.search(&q).expect("search");
    assert_eq!(r.total, 0);
    assert!(r.hits.is_empty());
    assert_eq!(Facets::count(&r.facets.sectors, "ict"), 7);
}

#[test]
fn empty_text_lists_everything_newest_first() {
    let index = faceted_corpus();
    let r = index
        .search(&SearchQuery {
            limit: 3,
            ..SearchQuery::default()
        })
        .expect("search");
    assert_eq!(r.total, 13);
    assert_eq!(ids(&r), vec![100, 12, 11]);
    assert!(r.hits.iter().all(|h| h.score == 0.0));
    assert_eq!(r.hits[0].title_html, "Software company");
}

#[test]
fn sorts_by_newest_and_deadline() {
    let mut docs = Vec::new();
    for (id, published, deadline) in [
        (1, 100, Some(5_000)),
        (2, 300, None),
        (3, 200, Some(1_000)),
        (4, 50, Some(3_000)),
    ] {
        let mut d = doc(id, "en", "Tender for software", "", "");
        d.published_at = published;
        d.deadline = deadline;
        docs.push(d);
    }
    let index = index_with(docs);
    let q = |sort| SearchQuery {
        sort,
        ..SearchQuery::text("software")
    };
    assert_eq!(
        ids(&index.search(&q(Sort::Newest)).expect("search")),
        vec![2, 3, 1, 4]
    );
    assert_eq!(
        ids(&index.search(&q(Sort::Deadline)).expect("search")),
        vec![3, 4, 1, 2]
    );
    let r = index.search(&q(Sort::Relevance)).expect("search");
    assert_eq!(r.hits.len(), 4);
    assert!(r.hits.iter().all(|h| h.score > 0.0));
}

#[test]
fn pages_are_disjoint_and_complete() {
    let docs = (1..=25)
        .map(|id| doc(id, "en", "Partner wanted", "", ""))
        .collect();
    let index = index_with(docs);
    let mut seen = Vec::new();
    for page in 0..3 {
        let q = SearchQuery {
            offset: page * 10,
            limit: 10,
            sort: Sort::Newest,
            ..SearchQuery::text("partner")
        };
        let r = index.search(&q).expect("search");
        assert_eq!(r.total, 25);
        assert_eq!(r.hits.len(), if page < 2 { 10 } else { 5 });
        seen.extend(ids(&r));
    }
    let expected: Vec<i64> = (1..=25).rev().collect();
    assert_eq!(seen, expected);
    let beyond = SearchQuery {
        offset: 100,
        ..SearchQuery::text("partner")
    };
    assert!(index.search(&beyond).expect("search").hits.is_empty());
    let huge = SearchQuery {
        offset: usize::MAX,
        limit: usize::MAX,
        ..SearchQuery::default()
    };
    assert!(index.search(&huge).expect("search").hits.is_empty());
}

#[test]
fn odd_queries_never_fail() {
    let index = index_with(vec![doc(1, "en", "Software partner in Sofia", "", "")]);
    let long = "партньор Zahlung software ".repeat(400);
    let queries = [
        "\"",
        "\"software",
        "AND OR NOT (",
        "*",
        "soft*",
        ":",
        "title:software",
        "software^10",
        "+software -partner",
        "[1 TO 5]",
        "~",
        "\\",
        "🙂🚀",
        "софтуер Software ソフトウェア برنامج",
        "\u{0}\u{1}\u{200b}",
        &"x".repeat(10_000),
        &long,
    ];
    for text in queries {
        let r = index.search(&SearchQuery::text(text));
        assert!(r.is_ok(), "{text:?}: {r:?}");
    }
    assert_eq!(ids(&search(&index, "\"software\"")), vec![1]);
}

#[test]
fn upsert_replaces_and_delete_removes() {
    let index = index_with(vec![
        doc(1, "en", "Outdated title", "", ""),
        doc(2, "en", "Keep", "", ""),
    ]);
    index
        .upsert(vec![doc(1, "en", "Renewed title", "", "")])
        .expect("upsert");
    assert_eq!(index.doc_count(), 2);
    assert!(search(&index, "outdated").hits.is_empty());
    assert_eq!(ids(&search(&index, "renewed")), vec![1]);

    // The same id of another kind is another record.
    let mut org = doc(1, "en", "Renewed organisation", "", "");
    org.kind = DocKind::Organisation;
    index.upsert(vec![org]).expect("upsert");
    assert_eq!(index.doc_count(), 3);

    index
        .delete(DocKind::Opportunity, &[1, 999])
        .expect("delete");
    assert_eq!(index.doc_count(), 2);
    let r = search(&index, "renewed");
    assert_eq!(r.hits.len(), 1);
    assert_eq!(r.hits[0].kind, DocKind::Organisation);
}

#[test]
fn changes_commit_together_with_their_sequence() {
    let index = index_with(vec![doc(1, "en", "First", "", "")]);
    index
        .apply(Changes {
            upserts: vec![doc(2, "en", "Second", "", "")],
            deletes: vec![(DocKind::Opportunity, 1)],
            applied_seq: Some(7),
        })
        .expect("apply");
    assert_eq!(index.applied_seq(), Some(7));
    assert_eq!(index.doc_count(), 1);
    // Commits without a sequence number keep the last one.
    index
        .upsert(vec![doc(3, "en", "Third", "", "")])
        .expect("upsert");
    assert_eq!(index.applied_seq(), Some(7));
}

#[test]
fn state_survives_reopening() {
    let dir = tempfile::tempdir().expect("tempdir");
    {
        let index = SearchIndex::open(dir.path()).expect("open");
        assert!(index.needs_rebuild());
        assert_eq!(index.applied_seq(), None);
        index
            .replace_all(vec![doc(1, "en", "Persistent", "", "")], Some(10))
            .expect("replace");
        index.set_applied_seq(11).expect("seq");
    }
    let index = SearchIndex::open(dir.path()).expect("reopen");
    assert!(!index.needs_rebuild());
    assert_eq!(index.applied_seq(), Some(11));
    assert_eq!(ids(&search(&index, "persistent")), vec![1]);

    index
        .replace_all(vec![doc(2, "en", "Fresh", "", "")], Some(20))
        .expect("replace");
    assert_eq!(index.doc_count(), 1);
    assert!(search(&index, "persistent").hits.is_empty());
    assert_eq!(index.applied_seq(), Some(20));
}

#[test]
fn other_layouts_and_broken_files_are_rebuilt() {
    let dir = tempfile::tempdir().expect("tempdir");
    let old = dir.path().join("v0");
    std::fs::create_dir_all(&old).expect("mkdir");
    std::fs::write(old.join("meta.json"), "{}").expect("write");
    let unrelated = dir.path().join("notes.txt");
    std::fs::write(&unrelated, "keep me").expect("write");
    {
        let index = SearchIndex::open(dir.path()).expect("open");
        assert!(index.needs_rebuild());
        index
            .replace_all(vec![doc(1, "en", "Indexed", "", "")], Some(3))
            .expect("replace");
    }
    assert!(!old.exists(), "an index of another layout is removed");
    assert!(unrelated.exists(), "other files are left alone");

    // Damage the current index: it is recreated empty and says so.
    let current = std::fs::read_dir(dir.path())
        .expect("read_dir")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| p.is_dir())
        .expect("index dir");
    std::fs::write(current.join("meta.json"), "not json").expect("write");
    let index = SearchIndex::open(dir.path()).expect("reopen");
    assert!(index.needs_rebuild());
    assert_eq!(index.doc_count(), 0);
    assert_eq!(index.applied_seq(), None);
}

#[test]
fn the_index_is_shared_across_threads() {
    let index = SearchIndex::in_memory().expect("index");
    let writers: Vec<_> = (0..4)
        .map(|t| {
            let index = index.clone();
            std::thread::spawn(move || {
                for i in 0..5 {
                    let id = t * 100 + i;
                    index
                        .upsert(vec![doc(id, "en", "Concurrent partner", "", "")])
                        .expect("upsert");
                    index.search(&SearchQuery::text("partner")).expect("search");
                }
            })
        })
        .collect();
    for w in writers {
        w.join().expect("thread");
    }
    assert_eq!(index.doc_count(), 20);
}
