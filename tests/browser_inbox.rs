//! The inbox end to end in headless Chromium: a curator publishes, discards, edits a note,
//! undoes, runs into a file changed on disk, and works by keyboard alone; the page passes
//! axe-core with no serious or critical violation. Every check reads the real files.

#[path = "support/axe.rs"]
mod axe;
mod common;

use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use common::*;
use headless_chrome::{Browser, Tab};
use newsdesk::serve::{self, ServeOptions};

const FERRY: &str = "---\n# From the morning fetch\ntitle: Ferry fire off Corfu, all 290 rescued\ndate: 2024-08-19\nsource: Kathimerini\nsource_url: https://example.com/k/ferry\ntags: [greece]   # region\ndraft: true\n---\n\nA fire broke out in the garage of the ferry Ionian Sun off Corfu on Monday. The Hellenic Coast Guard said all 290 people were rescued.\n";

fn site() -> TempSite {
    TempSite::new(&[
        ("content/2024/08/ferry.md", FERRY),
        (
            "content/2024/08/ferry-reuters.md",
            "---\ntitle: Greek ferry Ionian Sun catches fire near Corfu\ndate: 2024-08-19\nsource: Reuters\ndraft: true\n---\n\nGreek coast guard vessels rescued all 290 people aboard the ferry Ionian Sun after a fire off Corfu.\n",
        ),
        (
            "content/2024/08/budget.md",
            &article(
                "Parliament passes the budget",
                "2024-08-21",
                "source: AP\ndraft: true\n",
            ),
        ),
        (
            "content/2024/08/quake.md",
            &article(
                "Earthquake shakes Antofagasta",
                "2024-08-20",
                "source: AFP\ndraft: true\n",
            ),
        ),
    ])
}

fn start(site: &TempSite) -> serve::Server {
    let mut opts = ServeOptions::new(site.root().to_path_buf());
    opts.port = Some(0);
    opts.drafts = true;
    opts.output = Some(site.root().join(".preview"));
    serve::start(opts).expect("server starts")
}

fn open(browser: &Browser, server: &serve::Server) -> Arc<Tab> {
    let tab = browser.new_tab().unwrap();
    tab.set_default_timeout(Duration::from_secs(20));
    tab.navigate_to(&format!(
        "http://127.0.0.1:{}/__newsdesk/inbox/",
        server.addr.port()
    ))
    .unwrap()
    .wait_until_navigated()
    .unwrap();
    ready(&tab);
    tab
}

fn eval(tab: &Tab, js: &str) -> String {
    tab.evaluate(js, false)
        .ok()
        .and_then(|r| r.value)
        .map(|v| {
            v.as_str()
                .map(String::from)
                .unwrap_or_else(|| v.to_string())
        })
        .unwrap_or_default()
}

/// Waits until `what` holds (polling), or fails naming it.
fn wait(what: &str, mut done: impl FnMut() -> bool) {
    let start = Instant::now();
    while !done() {
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "timed out waiting for {what}"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// Waits for the (re)loaded inbox script to be running.
fn ready(tab: &Tab) {
    wait("the inbox page", || {
        eval(tab, "document.documentElement.dataset.inboxReady || ''") == "true"
    });
}

fn file(site: &TempSite, name: &str) -> Option<String> {
    std::fs::read_to_string(site.root().join("content/2024/08").join(name)).ok()
}

fn focused_slug(tab: &Tab) -> String {
    eval(
        tab,
        "document.activeElement.closest('article.draft')?.dataset.slug || ''",
    )
}

fn click(tab: &Tab, selector: &str) {
    tab.wait_for_element(selector).unwrap().click().unwrap();
}

fn reloaded(tab: &Tab) {
    // The action's own reload replaces the document: wait for the mark to go, then come back.
    wait("the page to reload", || {
        eval(tab, "window.__before ? 'old' : 'new'") == "new"
    });
    ready(tab);
}

fn mark(tab: &Tab) {
    eval(tab, "window.__before = true; 'ok'");
}

#[test]
fn a_curator_triages_drafts_in_the_browser() {
    let Some(browser) = browser() else { return };
    let site = site();
    let server = start(&site);
    let tab = open(&browser, &server);

    // Grouped: the two ferry reports are one story; the newest story comes first.
    let sections = eval(
        &tab,
        "String(document.querySelectorAll('section.group').length)",
    );
    assert_eq!(sections, "3");
    let first = eval(&tab, "document.querySelector('article.draft').dataset.slug");
    assert_eq!(first, "budget");
    let ferry_group = eval(
        &tab,
        "Array.from(document.querySelectorAll('section.group')).map(s => s.querySelectorAll('article').length).join(',')",
    );
    assert_eq!(ferry_group, "1,1,2");

    if let Some(axe) = axe::source() {
        let v = axe::violations(&tab, &axe);
        assert!(v.is_empty(), "axe: {v:#?}");
    }

    // Publish with the mouse.
    mark(&tab);
    click(
        &tab,
        "article[data-slug='quake'] button[data-act='publish']",
    );
    reloaded(&tab);
    let quake = file(&site, "quake.md").unwrap();
    assert!(!quake.contains("draft: true"), "{quake}");
    wait("the published draft to leave the list", || {
        eval(
            &tab,
            "String(document.querySelectorAll('article.draft').length)",
        ) == "3"
    });

    // Edit a note: only the note is added, the rest stays byte for byte.
    mark(&tab);
    click(&tab, "article[data-slug='ferry'] button[data-act='edit']");
    let note = tab.wait_for_element("#note-ferry").unwrap();
    note.click().unwrap();
    tab.type_str("Lead story: check the count").unwrap();
    click(
        &tab,
        "article[data-slug='ferry'] form.edit button[type='submit']",
    );
    reloaded(&tab);
    assert_eq!(
        file(&site, "ferry.md").unwrap(),
        FERRY.replace(
            "draft: true\n",
            "draft: true\nnote: \"Lead story: check the count\"\n"
        )
    );
    wait("the note on the page", || {
        eval(
            &tab,
            "document.querySelector(\"article[data-slug='ferry'] .note-text\")?.textContent || ''",
        )
        .contains("check the count")
    });

    // Undo the edit: the file is back, byte for byte.
    mark(&tab);
    click(&tab, "#undo");
    reloaded(&tab);
    assert_eq!(file(&site, "ferry.md").unwrap(), FERRY);

    // A file changed on disk while the curator edits is not overwritten: the open form holds
    // the reload back, saving is refused, the page says so and reloads.
    click(&tab, "article[data-slug='ferry'] button[data-act='edit']");
    tab.wait_for_element("#note-ferry")
        .unwrap()
        .click()
        .unwrap();
    tab.type_str("A note typed against the old version")
        .unwrap();
    mark(&tab);
    let hand = FERRY.replace("all 290 people", "all 291 people");
    site.write("content/2024/08/ferry.md", &hand);
    wait("the page to notice the change", || {
        eval(&tab, "document.getElementById('status').textContent")
            .contains("Files changed on disk")
    });
    assert_eq!(
        eval(&tab, "window.__before ? 'old' : 'new'"),
        "old",
        "the typing was kept"
    );
    click(
        &tab,
        "article[data-slug='ferry'] form.edit button[type='submit']",
    );
    wait("the conflict message", || {
        eval(&tab, "document.getElementById('status').textContent")
            .contains("changed on disk since it was loaded")
    });
    assert_eq!(file(&site, "ferry.md").unwrap(), hand);
    reloaded(&tab);
    assert_eq!(file(&site, "ferry.md").unwrap(), hand);
    wait("the new version on the page", || {
        eval(
            &tab,
            "document.querySelector(\"article[data-slug='ferry'] .summary\")?.textContent || ''",
        )
        .contains("291")
    });
    server.stop();
}

#[test]
fn the_inbox_works_by_keyboard_alone() {
    let Some(browser) = browser() else { return };
    let site = site();
    let server = start(&site);
    let tab = open(&browser, &server);
    let order = eval(
        &tab,
        "Array.from(document.querySelectorAll('article.draft')).map(a => a.dataset.slug).join(' ')",
    );
    let order: Vec<String> = order.split(' ').map(String::from).collect();
    assert_eq!(order.len(), 4);

    tab.press_key("j").unwrap();
    assert_eq!(focused_slug(&tab), order[0]);
    tab.press_key("j").unwrap();
    tab.press_key("j").unwrap();
    assert_eq!(focused_slug(&tab), order[2]);
    tab.press_key("k").unwrap();
    assert_eq!(focused_slug(&tab), order[1]);

    // ? opens the help, ? again closes it.
    tab.press_key("?").unwrap();
    assert_eq!(
        eval(&tab, "String(document.getElementById('help').open)"),
        "true"
    );
    tab.press_key("?").unwrap();
    assert_eq!(
        eval(&tab, "String(document.getElementById('help').open)"),
        "false"
    );

    // d discards the current draft for good; focus comes back near it after the reload.
    let gone = order[1].clone();
    let before = file(&site, &format!("{gone}.md")).unwrap();
    let title = before
        .lines()
        .find_map(|l| l.strip_prefix("title: "))
        .unwrap()
        .to_string();
    mark(&tab);
    tab.press_key("d").unwrap();
    reloaded(&tab);
    assert!(file(&site, &format!("{gone}.md")).is_none());
    let store =
        std::fs::read_to_string(site.root().join(".newsdesk/state/discarded.jsonl")).unwrap();
    assert!(store.contains(&format!("\"title\":\"{title}\"")), "{store}");
    assert_ne!(focused_slug(&tab), "", "focus restored after the reload");

    // u brings it back, byte for byte, and forgets the discard.
    mark(&tab);
    tab.press_key("u").unwrap();
    reloaded(&tab);
    assert_eq!(file(&site, &format!("{gone}.md")).unwrap(), before);
    let store =
        std::fs::read_to_string(site.root().join(".newsdesk/state/discarded.jsonl")).unwrap();
    assert_eq!(store, "");

    // e opens the form with the title focused; Escape closes it; p publishes.
    tab.press_key("j").unwrap();
    let slug = focused_slug(&tab);
    tab.press_key("e").unwrap();
    assert_eq!(eval(&tab, "document.activeElement.name"), "title");
    tab.press_key("Escape").unwrap();
    assert_eq!(focused_slug(&tab), slug);
    assert_eq!(
        eval(
            &tab,
            "String(document.activeElement.querySelector('form.edit').hidden)"
        ),
        "true"
    );
    mark(&tab);
    tab.press_key("p").unwrap();
    reloaded(&tab);
    assert!(
        !file(&site, &format!("{slug}.md"))
            .unwrap()
            .contains("draft: true")
    );
    assert!(Path::new(&site.root().join(".newsdesk/inbox-journal.json")).exists());
    server.stop();
}
