//! Site search: the index holds the sample's text, and in headless Chromium the /search/ page
//! shows results as a query is typed, under a base path, served from 127.0.0.1.

mod common;
#[path = "support/http.rs"]
mod http;
#[path = "support/page.rs"]
mod page;
#[path = "support/static_site.rs"]
mod static_site;

use std::collections::BTreeMap;
use std::io::Read;
use std::path::Path;
use std::time::Duration;

use common::*;
use newsdesk::search::encode::decode_word_chunk;
use page::wait_query;

fn gunzip(b: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    flate2::read::GzDecoder::new(b)
        .read_to_end(&mut out)
        .unwrap();
    out
}

/// word → [(document, weight)].
type Words = BTreeMap<String, Vec<(u32, u8)>>;

/// Every word chunk's words, and the documents.
fn read_index(out: &Path) -> (Words, Vec<serde_json::Value>) {
    let meta: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out.join("search/meta.json")).unwrap()).unwrap();
    let mut words = BTreeMap::new();
    let mut previous_last: Option<String> = None;
    for k in 0..meta["chunks"].as_array().unwrap().len() {
        let raw = std::fs::read(out.join(format!("search/t/{k}.bin"))).unwrap();
        let entries = decode_word_chunk(&gunzip(&raw));
        if let (Some(first), Some(want)) = (entries.first(), meta["chunks"][k].as_str()) {
            assert_eq!(first.0, want, "meta names chunk {k}'s first word");
        }
        for (w, p) in entries {
            if let Some(prev) = &previous_last {
                assert!(prev < &w, "words sorted across chunks: {prev} !< {w}");
            }
            previous_last = Some(w.clone());
            words.insert(w, p);
        }
    }
    let per = meta["docs_per_chunk"].as_u64().unwrap() as usize;
    let n = meta["docs"].as_u64().unwrap() as usize;
    let mut docs = Vec::new();
    for c in 0..n.div_ceil(per) {
        let raw = std::fs::read(out.join(format!("search/d/{c}.bin"))).unwrap();
        let list: Vec<serde_json::Value> = serde_json::from_slice(&gunzip(&raw)).unwrap();
        docs.extend(list);
    }
    assert_eq!(docs.len(), n);
    (words, docs)
}

#[test]
fn index_holds_titles_names_places_and_body_text() {
    let out = tempfile::tempdir().unwrap();
    build_sample(out.path(), &[]);
    let (words, docs) = read_index(out.path());
    assert_eq!(docs.len(), 21);
    let doc_of = |word: &str| -> Vec<String> {
        words
            .get(word)
            .unwrap_or_else(|| panic!("`{word}` not indexed"))
            .iter()
            .map(|&(d, _)| docs[d as usize][1].as_str().unwrap().to_string())
            .collect()
    };
    let blinken = "Blinken and a Top Chinese Official in Talks on U.S.-China Tensions";
    // Title, person, place (front matter only: "Vientiane" is also in the body), body text.
    assert!(doc_of("blinken").contains(&blinken.to_string()));
    assert!(
        doc_of("saleumxay").contains(&blinken.to_string()),
        "a person"
    );
    assert!(
        doc_of("vientiane").contains(&blinken.to_string()),
        "a place"
    );
    assert!(
        doc_of("counternarcotics").contains(&blinken.to_string()),
        "body text"
    );
    assert!(doc_of("haniyeh").iter().any(|t| t.contains("Haniyeh")));
    // Folded like the browser folds queries; stop words left out.
    assert!(words.contains_key("brasilia") && !words.contains_key("brasília"));
    assert!(!words.contains_key("the"));
    // A title word weighs more than the same word in passing.
    let (d, w) = words["blinken"]
        .iter()
        .copied()
        .max_by_key(|&(_, w)| w)
        .unwrap();
    assert_eq!(docs[d as usize][1], blinken, "weight {w}");
    // Results link to the article under the site's base path (added by the page).
    let doc = docs.iter().find(|d| d[1] == blinken).unwrap();
    assert_eq!(
        doc[0],
        "articles/2024/07/blinken-and-a-top-chinese-official-in-talks-on-u-s-china-tensions/"
    );
    assert_eq!(doc[2], "2024-07-27");
    assert_eq!(doc[3], "The New York Times");
    assert!(out.path().join("search/index.html").is_file());
    assert!(out.path().join("search.js").is_file());
}

#[test]
fn index_changes_with_content_and_only_then() {
    let s = TempSite::new(&[
        (
            "content/2024/07/a.md",
            &article("Alpha story", "2024-07-01", ""),
        ),
        (
            "content/2024/07/b.md",
            &article("Beta story", "2024-07-02", ""),
        ),
    ]);
    assert!(s.build(&["--quiet"]).status.success());
    let before = snapshot(&s.out().join("search"));
    assert!(s.build(&["--quiet"]).status.success());
    assert_eq!(before, snapshot(&s.out().join("search")));
    s.write(
        "content/2024/07/c.md",
        &article("Gamma zebra story", "2024-07-03", ""),
    );
    assert!(s.build(&["--quiet"]).status.success());
    let (words, docs) = read_index(&s.out());
    assert_eq!(docs.len(), 3);
    // Documents are numbered oldest first: the new article is the last one.
    // Weight: title 8 + summary (cut from the lead) 3 + body 1.
    assert_eq!(words["zebra"], [(2, 8 + 3 + 1)]);
    assert_eq!(docs[0][1], "Alpha story");
}

#[test]
fn index_files_removed_or_cut_short_are_repaired_when_nothing_else_changed() {
    // 100 articles: three word chunks and seven document chunks.
    let files: Vec<(String, String)> = (0..100)
        .map(|k| {
            let title = format!("Story {k} about harbour number {k}");
            let date = format!("2024-{:02}-{:02}", 1 + k % 12, 1 + k % 28);
            (format!("content/s{k:03}.md"), article(&title, &date, ""))
        })
        .collect();
    let s = TempSite::with_files(&files);
    assert!(s.build(&["--quiet"]).status.success());
    let search = s.out().join("search");
    let before = snapshot(&search);
    assert!(before.contains_key("t/2.bin") && before.contains_key("d/6.bin"));
    std::fs::remove_file(search.join("t/1.bin")).unwrap();
    let cut = &before["d/3.bin"];
    std::fs::write(search.join("d/3.bin"), &cut[..cut.len() / 2]).unwrap();
    assert!(s.build(&["--quiet"]).status.success());
    assert_eq!(before, snapshot(&search));
}

/// The text of the results list.
fn results(tab: &headless_chrome::Tab) -> Vec<String> {
    let items = tab.wait_for_elements(".search-results li").unwrap();
    items.iter().map(|e| e.get_inner_text().unwrap()).collect()
}

#[test]
fn browser_search_shows_results_as_you_type_under_a_base_path() {
    let out = tempfile::tempdir().unwrap();
    let server = static_site::serve(out.path().to_path_buf(), "/sub/");
    let base = server.url("/sub/");
    build_sample(out.path(), &["--base-url", &base]);

    // Skipped (saying so) without Chromium, unless NEWSDESK_REQUIRE_BROWSER is set (CI).
    let Some(browser) = browser() else { return };
    let tab = browser.new_tab().unwrap();
    tab.set_default_timeout(Duration::from_secs(20));
    tab.navigate_to(&server.url("/sub/search/")).unwrap();
    tab.wait_until_navigated().unwrap();
    let input = tab.wait_for_element("#search-query").unwrap();
    input.click().unwrap();
    // Typed key by key, with no submit: results appear as you type.
    tab.type_str("blinke").unwrap();
    wait_query(&tab, "blinke");
    let list = results(&tab);
    assert!(
        list.iter()
            .any(|t| t.contains("Blinken and a Top Chinese Official")),
        "{list:?}"
    );
    let href = tab
        .evaluate(
            "document.querySelector('.search-results li a').getAttribute('href')",
            false,
        )
        .unwrap()
        .value
        .unwrap();
    assert!(
        href.as_str().unwrap().starts_with("/sub/articles/"),
        "{href}"
    );
    let marked = tab.find_elements(".search-results mark").unwrap();
    assert!(!marked.is_empty(), "matched words are highlighted");
    let one_word = list.len();
    assert!(tab.get_url().contains("?q=blinke"), "{}", tab.get_url());

    // Two words: only articles with both.
    tab.type_str("n laos").unwrap();
    wait_query(&tab, "blinken laos");
    let status = tab
        .wait_for_element(".search-status")
        .unwrap()
        .get_inner_text()
        .unwrap();
    assert!(status.contains("match “blinken laos”"), "{status}");
    let list = results(&tab);
    assert!(list.len() < one_word, "{list:?}");
    assert!(
        list[0].starts_with("Blinken and a Top Chinese Official"),
        "{list:?}"
    );
    assert!(list.iter().all(|t| !t.contains("Kenya")), "{list:?}");

    // A link with ?q= (what the header box submits) shows results on arrival.
    tab.navigate_to(&server.url("/sub/search/?q=haniyeh"))
        .unwrap();
    tab.wait_until_navigated().unwrap();
    wait_query(&tab, "haniyeh");
    let list = results(&tab);
    assert!(list[0].contains("Haniyeh"), "{list:?}");

    // The header box on any page leads there.
    tab.navigate_to(&base).unwrap();
    tab.wait_until_navigated().unwrap();
    tab.wait_for_element(".site-search input")
        .unwrap()
        .click()
        .unwrap();
    tab.type_str("Ruto").unwrap();
    tab.press_key("Enter").unwrap();
    tab.wait_until_navigated().unwrap();
    wait_query(&tab, "Ruto");
    let list = results(&tab);
    assert!(list[0].contains("Kenya"), "{list:?}");
    assert!(
        tab.get_url()
            .starts_with(&server.url("/sub/search/?q=Ruto"))
    );

    let nothing = server
        .log
        .lock()
        .unwrap()
        .iter()
        .filter(|(_, p)| !p.starts_with("/sub/"))
        .count();
    assert_eq!(nothing, 0, "every request stays under the base path");
}
