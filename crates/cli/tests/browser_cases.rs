//! Soft landing in a real browser (headless Chromium through chromedriver), every page checked
//! with axe-core: a Sofia company asks for support; Sofia staff qualify and refer the case; Vienna
//! staff start it, apply the Vienna GmbH playbook, send two information packs and introduce the
//! company to a lawyer from the directory; the company ticks a step, reads a pack and attaches
//! its business plan; Vienna staff mark the office established with 5 jobs; the history shows
//! each step with who and when.
//! And the pipeline board, used with the keyboard alone.
//!
//! Run with `scripts/test -p city2city --test browser_cases`.

mod support;
#[path = "support/browser.rs"]
mod web;

use city2city_store::Backend;
use support::TestApp;
use web::{Browser, Env};

const MEMBER_SOFIA: &str = "member.sofia@demo.city2city.eu";
const STAFF_SOFIA: &str = "staff.sofia@demo.city2city.eu";
const STAFF_VIENNA: &str = "staff.vienna@demo.city2city.eu";

/// WebDriver key codes.
const TAB: &str = "\u{E004}";
const ENTER: &str = "\u{E007}";
const SPACE: &str = " ";

async fn act_as(b: &Browser, email: &str) {
    b.client.delete_all_cookies().await.expect("forget cookies");
    b.login(email).await;
}

/// Sets a select or date input by id, as choosing it would (typing dates depends on the locale).
async fn set(b: &Browser, id: &str, value: &str) {
    b.js(&format!(
        "const e = document.getElementById({id:?}); e.value = {value:?}; \
         e.dispatchEvent(new Event('change', {{bubbles: true}}));"
    ))
    .await;
    let now = b
        .js(&format!("return document.getElementById({id:?}).value;"))
        .await;
    assert_eq!(now.as_str(), Some(value), "{id} set");
}

async fn type_into(b: &Browser, css: &str, text: &str) {
    let e = b.find(css).await;
    e.clear().await.ok();
    e.send_keys(text)
        .await
        .unwrap_or_else(|err| panic!("type into {css}: {err}"));
}

/// Clicks the button matching `css` and expects the next page to answer 200.
async fn click(b: &Browser, css: &str, what: &str) {
    let button = b.find(css).await;
    let status = b.click_to_next_page(&button, what).await;
    assert_eq!(
        status,
        200,
        "{what}: ended on {} with {status}:\n{}",
        b.path().await,
        b.main_text().await
    );
}

async fn press(b: &Browser, key: &str) {
    b.client
        .active_element()
        .await
        .expect("a focused element")
        .send_keys(key)
        .await
        .expect("key press");
}

/// Presses Tab until the focused element matches `css` (at most `max` times).
async fn tab_to(b: &Browser, css: &str, max: usize) {
    for _ in 0..max {
        press(b, TAB).await;
        let hit = b
            .js(&format!(
                "return document.activeElement && document.activeElement.matches({css:?});"
            ))
            .await;
        if hit.as_bool() == Some(true) {
            return;
        }
    }
    panic!(
        "{css} not reached with {max} presses of Tab on {}",
        b.path().await
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_sofia_company_lands_in_vienna_with_both_agencies() {
    let Some(env) = Env::get("a_sofia_company_lands_in_vienna_with_both_agencies") else {
        return;
    };
    let app = TestApp::new(Backend::Sqlite, true).await.expect("server");
    web::run(&env, &app.base, &[], |b| async move {
        // The company asks for support.
        act_as(&b, MEMBER_SOFIA).await;
        b.visit("/cases/new").await;
        set(&b, "host_city", "vienna").await;
        set(&b, "plan", "subsidiary").await;
        b.find("input[name=needs][value=legal_form]")
            .await
            .click()
            .await
            .expect("tick a need");
        type_into(
            &b,
            "#message",
            "Искаме да открием дружество във Виена за клиентите си в Австрия.",
        )
        .await;
        set(&b, "lang", "bg").await;
        click(&b, "main form button[type=submit]", "asking for support").await;
        let path = b.path().await;
        let case = path.split('?').next().unwrap().to_string();
        assert!(case.starts_with("/cases/"), "on the case page: {path}");

        // Sofia staff qualify and refer it.
        act_as(&b, STAFF_SOFIA).await;
        b.visit(&case).await;
        click(&b, "button[name=action][value=qualify]", "qualifying").await;
        click(&b, "form[action$='/referral'] button", "referring").await;

        // Vienna staff start it and apply the Vienna playbook.
        act_as(&b, STAFF_VIENNA).await;
        b.visit(&case).await;
        click(&b, "button[name=action][value=start]", "starting").await;
        set(&b, "playbook", "vienna-gmbh").await;
        click(
            &b,
            "form[action$='/playbooks'] button",
            "applying the playbook",
        )
        .await;
        let steps = b.find_all("ol.checklist > li").await;
        assert_eq!(steps.len(), 12, "the GmbH checklist");
        // ... and send two information packs.
        for pack in ["vienna-legal-forms-bg", "vienna-banking-bg"] {
            set(&b, "pack", pack).await;
            click(&b, "form[action$='/packs'] button", "sending a pack").await;
        }
        let sent = b.find_all("section#packs li a[href^='/packs/']").await;
        assert_eq!(sent.len(), 2, "two packs sent");
        // ... and introduce the company to a lawyer from the directory.
        set(&b, "contact", "leitner-aigner-corporate").await;
        click(
            &b,
            "form[action$='/introductions'] button",
            "introducing to a lawyer",
        )
        .await;
        let intro = b.text("section#introductions li").await;
        assert!(intro.contains("Leitner"), "{intro}");

        // The company ticks the first step and lands back on it.
        act_as(&b, MEMBER_SOFIA).await;
        b.visit(&case).await;
        click(
            &b,
            "ol.checklist > li:first-child form button",
            "ticking step 1",
        )
        .await;
        let url = b.client.current_url().await.unwrap();
        assert!(
            url.fragment().is_some_and(|f| f.starts_with("step-")),
            "back at the step: {url}"
        );
        let done = b
            .js("return document.querySelectorAll('ol.checklist > li.done').length;")
            .await;
        assert_eq!(done.as_u64(), Some(1));
        b.follow("section#packs li a[href='/packs/vienna-banking-bg']")
            .await;
        assert!(!b.page_lang().await.is_empty());
        b.visit(&case).await;
        // ... and attaches its business plan, chosen with the page's file field.
        let dir = std::env::temp_dir().join(format!("c2c-upload-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let plan = dir.join("Бизнес план.pdf");
        std::fs::write(
            &plan,
            b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n",
        )
        .unwrap();
        b.find("input#file")
            .await
            .send_keys(plan.to_str().unwrap())
            .await
            .expect("choose the file");
        click(&b, "form[action$='/files'] button", "attaching a file").await;
        let files = b.text("section#files table").await;
        assert!(
            files.contains("Бизнес план.pdf") && files.contains("PDF"),
            "{files}"
        );
        std::fs::remove_dir_all(&dir).ok();

        // Vienna staff record the office: established with 5 jobs.
        act_as(&b, STAFF_VIENNA).await;
        b.visit(&case).await;
        let today = time::OffsetDateTime::now_utc().date().to_string();
        set(&b, "date", &today).await;
        type_into(&b, "#address", "Mariahilfer Straße 1, 1060 Wien").await;
        type_into(&b, "#legal_form", "GmbH").await;
        type_into(&b, "#jobs_planned", "5").await;
        type_into(&b, "#jobs_created", "5").await;
        click(
            &b,
            "form:has(input[name=action][value=establish]) button[type=submit]",
            "establishing",
        )
        .await;
        let facts = b.text("section[aria-labelledby=case-establishment]").await;
        assert!(facts.contains("GmbH") && facts.contains('5'), "{facts}");

        // One history: every step, each with who did it and when.
        let entries = b
            .js(
                "return [...document.querySelectorAll('ol.history > li')].map(li => \
                 ({time: !!li.querySelector('time[datetime]'), text: li.innerText}));",
            )
            .await;
        let entries = entries.as_array().unwrap();
        for key in [
            "case-event-opened",
            "case-event-qualify",
            "case-event-refer",
            "case-event-start",
            "case-event-playbook",
            "case-event-pack",
            "case-event-intro-requested",
            "case-event-step-done",
            "case-event-file-added",
            "case-event-establish",
        ] {
            let what = b.t(key).await;
            assert!(
                entries
                    .iter()
                    .any(|e| e["text"].as_str().unwrap().contains(&what)),
                "{what} in the history: {entries:?}"
            );
        }
        assert!(entries.iter().all(|e| e["time"] == true), "{entries:?}");
        let text: String = entries
            .iter()
            .map(|e| e["text"].as_str().unwrap().to_string())
            .collect::<Vec<_>>()
            .join("\n");
        for actor in ["Sofia", "Vienna"] {
            assert!(text.contains(actor), "{actor} staff named: {text}");
        }
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_board_puts_late_answers_first_and_works_with_the_keyboard_alone() {
    let Some(env) = Env::get("the_board_puts_late_answers_first_and_works_with_the_keyboard_alone")
    else {
        return;
    };
    let app = TestApp::new(Backend::Sqlite, true).await.expect("server");
    web::run(&env, &app.base, &[], |b| async move {
        act_as(&b, STAFF_SOFIA).await;
        b.visit("/cases").await;
        let order = b
            .js("return [...document.querySelectorAll('#stage-inquiry .case-card')]\
                 .map(c => c.classList.contains('overdue'));")
            .await;
        let order: Vec<bool> = order
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_bool().unwrap())
            .collect();
        assert!(order.first() == Some(&true), "a late inquiry first: {order:?}");
        assert!(
            order.windows(2).all(|w| w[0] || !w[1]),
            "late ones before the others: {order:?}"
        );

        // Filter with the keyboard: the overdue box, then the submit button.
        b.js("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);")
            .await;
        tab_to(&b, "#overdue", 80).await;
        press(&b, SPACE).await;
        tab_to(&b, "form.filters button[type=submit]", 5).await;
        b.mark_page().await;
        press(&b, ENTER).await;
        assert_eq!(b.wait_for_next_page("filtering by keyboard").await, 200);
        assert!(b.path().await.contains("overdue=1"), "{}", b.path().await);
        let cards = b.find_all(".case-card").await;
        assert!(!cards.is_empty(), "the late inquiries are listed");
        let flags = b
            .js("return [...document.querySelectorAll('.case-card')].every(c => c.classList.contains('overdue'));")
            .await;
        assert_eq!(flags.as_bool(), Some(true));

        // Open the first card with the keyboard.
        let href = b
            .js("return document.querySelector('.case-card h3 a').getAttribute('href');")
            .await;
        let href = href.as_str().unwrap().to_string();
        tab_to(&b, ".case-card h3 a", 120).await;
        b.mark_page().await;
        press(&b, ENTER).await;
        assert_eq!(b.wait_for_next_page("opening a case by keyboard").await, 200);
        assert_eq!(b.path().await, href);
    })
    .await;
}
