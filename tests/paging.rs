//! How lists are cut into pages, on real builds: page 1 of full cards (`paginate_by`, 10 on a
//! person's page), archive pages of 100 compact rows, no archive pages for a world region or
//! subregion whose countries list its older articles (a "by country" list instead), and every
//! link between them resolved.

mod common;

use std::collections::BTreeSet;

use common::*;
use dom_query::Document;

const BASE: &str = "https://example.org/";

/// 150 articles, one a day, each about France, tagged `budget` and naming Ama Mensah.
fn site() -> TempSite {
    let files: Vec<(String, String)> = (0..150)
        .map(|i| {
            let day =
                chrono::NaiveDate::from_ymd_opt(2024, 1, 1).unwrap() + chrono::Duration::days(i);
            (
                format!("content/{}/a{i:03}.md", day.format("%Y/%m")),
                article(
                    &format!("Vote number {i}"),
                    &format!("{day}T10:00:00Z"),
                    "tags: [budget]\npeople: [Ama Mensah]\nplaces: [France]\n",
                ),
            )
        })
        .collect();
    TempSite::with_files(&files)
}

fn page(site: &TempSite, rel: &str) -> Document {
    let path = site.out().join(rel);
    let html = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{rel}: {e}"));
    Document::from(html.as_str())
}

/// The article links of a list page: its cards' headlines or its rows.
fn listed(doc: &Document) -> Vec<String> {
    doc.select(".cards-list article.card :is(h2, h3) a[href], ul.rows > li > a[href]")
        .iter()
        .map(|a| a.attr("href").unwrap().to_string())
        .collect()
}

fn build(site: &TempSite) {
    let o = site.build(&["--quiet"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
}

fn exists(site: &TempSite, rel: &str) -> bool {
    site.out().join(rel).exists()
}

/// Page 1 shows `cards` cards, then pages of at most 100 rows; together they list each of the
/// 150 articles once, newest first, and their pagination links one another.
fn assert_list(site: &TempSite, dir: &str, cards: usize) {
    let rows = 150 - cards;
    let pages = 1 + rows.div_ceil(100);
    let mut all = Vec::new();
    for n in 1..=pages {
        let rel = match n {
            1 => format!("{dir}index.html"),
            n => format!("{dir}page/{n}/index.html"),
        };
        let doc = page(site, &rel);
        let here = listed(&doc);
        let expect = match n {
            1 => cards,
            n if n < pages => 100,
            _ => rows - 100 * (pages - 2),
        };
        assert_eq!(here.len(), expect, "{rel}");
        if n == 1 {
            assert_eq!(
                doc.select(".cards-list article.card").length(),
                cards,
                "{rel}"
            );
        } else {
            assert_eq!(doc.select("ul.rows > li").length(), expect, "{rel}");
        }
        let status = doc.select(".pagination-status").text();
        assert_eq!(status.trim(), format!("Page {n} of {pages}"), "{rel}");
        let next = doc.select(".pagination a[rel=next]");
        match n < pages {
            true => assert_eq!(
                next.attr("href").unwrap().to_string(),
                format!("/{dir}page/{}/", n + 1),
                "{rel}"
            ),
            false => assert_eq!(next.length(), 0, "{rel}"),
        }
        all.extend(here);
    }
    assert!(!exists(
        site,
        &format!("{dir}page/{}/index.html", pages + 1)
    ));
    let distinct: BTreeSet<&String> = all.iter().collect();
    assert_eq!(distinct.len(), 150, "{dir}: every article once");
    assert!(
        all[0].ends_with("/a149/"),
        "{dir}: newest first: {}",
        all[0]
    );
    assert!(all[149].ends_with("/a000/"), "{dir}: {}", all[149]);
}

#[test]
fn archive_pages_hold_100_rows_after_page_one_and_people_show_10_cards() {
    let site = site();
    build(&site);
    assert_list(&site, "", 20);
    assert_list(&site, "tags/budget/", 10);
    assert_list(&site, "regions/france/", 10);
    assert_list(&site, "people/ama-mensah/", 10);
    // The sitemap lists page 1 of each list only, and nothing links to a page that is not there.
    let sitemap = std::fs::read_to_string(site.out().join("sitemap.xml")).unwrap();
    assert!(!sitemap.contains("/page/"), "{sitemap}");
    let (broken, checked) = broken_links(&site.out(), BASE);
    assert!(broken.is_empty() && checked > 500, "{broken:?}");
    assert!(orphan_pages(&site.out(), BASE).is_empty());
    let o = newsdesk(&["check", "--root", site.root().to_str().unwrap()]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stdout));

    // The old cut is one key each away; the extra pages come back and the rest go.
    site.write(
        "site.yaml",
        "title: Test Digest\nbase_url: https://example.org/\narchive_rows: 20\nperson_cards: 20\nlist_cards: 20\n",
    );
    build(&site);
    for dir in ["", "people/ama-mensah/", "tags/budget/", "regions/france/"] {
        let doc = page(&site, &format!("{dir}page/7/index.html"));
        assert_eq!(listed(&doc).len(), 20, "{dir}");
        let first = page(&site, &format!("{dir}index.html"));
        assert_eq!(first.select(".cards-list article.card").length(), 20);
        assert_eq!(
            listed(&page(&site, &format!("{dir}page/8/index.html"))).len(),
            10
        );
    }
    site.write(
        "site.yaml",
        "title: Test Digest\nbase_url: https://example.org/\n",
    );
    build(&site);
    assert!(!exists(&site, "page/4/index.html"));
    assert!(exists(&site, "page/3/index.html"));
    assert!(!exists(&site, "people/ama-mensah/page/4/index.html"));
    assert!(exists(&site, "people/ama-mensah/page/3/index.html"));
}

/// The countries a region page sends its reader to for older articles: (href, count).
fn older_by_country(doc: &Document) -> Vec<(String, String)> {
    doc.select("#older-title + ul > li")
        .iter()
        .map(|li| {
            let a = li.select("a");
            (
                a.attr("href").unwrap().to_string(),
                li.select(".count")
                    .text()
                    .split_whitespace()
                    .next()
                    .unwrap_or("")
                    .to_string(),
            )
        })
        .collect()
}

#[test]
fn world_regions_point_to_their_countries_instead_of_repeating_their_archive() {
    let site = site();
    build(&site);
    for (dir, kind) in [
        ("regions/europe/", "world"),
        ("regions/western-europe/", "subregion"),
    ] {
        let doc = page(&site, &format!("{dir}index.html"));
        assert_eq!(listed(&doc).len(), 10, "{kind}");
        assert!(!exists(&site, &format!("{dir}page/2/index.html")), "{kind}");
        assert_eq!(doc.select(".pagination").length(), 0, "{kind}");
        assert_eq!(
            older_by_country(&doc),
            [("/regions/france/".to_string(), "150".to_string())],
            "{kind}"
        );
        assert!(
            doc.select("#older-title")
                .text()
                .contains("Older articles, by country"),
            "{kind}"
        );
    }
    // The country keeps the archive the world region points to.
    assert!(exists(&site, "regions/france/page/2/index.html"));
    let (broken, _) = broken_links(&site.out(), BASE);
    assert!(broken.is_empty(), "{broken:?}");

    // An old article placed in Europe but in no country: only Europe's pages list it, so
    // Europe keeps its archive; Western Europe's countries still list all of its articles.
    site.write(
        "content/2023/12/europe.md",
        &article(
            "A vote across Europe",
            "2023-12-01T10:00:00Z",
            "places: [Europe]\n",
        ),
    );
    build(&site);
    let europe = page(&site, "regions/europe/index.html");
    assert!(older_by_country(&europe).is_empty());
    let last = page(&site, "regions/europe/page/3/index.html");
    assert!(
        listed(&last)
            .iter()
            .any(|h| h.ends_with("/2023/12/europe/"))
    );
    assert!(!exists(&site, "regions/western-europe/page/2/index.html"));

    // `world_region_archives: true` keeps every archive.
    site.write(
        "site.yaml",
        "title: Test Digest\nbase_url: https://example.org/\nworld_region_archives: true\n",
    );
    build(&site);
    let doc = page(&site, "regions/western-europe/index.html");
    assert!(older_by_country(&doc).is_empty());
    assert_eq!(
        listed(&page(&site, "regions/western-europe/page/2/index.html")).len(),
        100
    );
    let (broken, _) = broken_links(&site.out(), BASE);
    assert!(broken.is_empty(), "{broken:?}");
}
