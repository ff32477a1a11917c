//! Page heads: what link previews and search engines read, each said once. A real build of a
//! small site; the heads are parsed as HTML and the JSON-LD as JSON.

mod common;

use std::fs;

use common::*;
use dom_query::Document;

const SUMMARY: &str = "Ferry crews walked out over pay, stranding islanders for a second day.";

fn page(site: &TempSite, rel: &str) -> Document {
    Document::from(fs::read_to_string(site.out().join(rel)).unwrap())
}

/// The `content` of every `<meta>` whose `name` or `property` is `key`.
fn metas(doc: &Document, key: &str) -> Vec<String> {
    doc.select(&format!(r#"meta[name="{key}"], meta[property="{key}"]"#))
        .iter()
        .map(|m| m.attr("content").unwrap_or_default().to_string())
        .collect()
}

fn json_ld(doc: &Document) -> serde_json::Value {
    let scripts = doc.select(r#"script[type="application/ld+json"]"#);
    assert_eq!(scripts.length(), 1, "one JSON-LD script");
    serde_json::from_str(&scripts.text()).unwrap()
}

#[test]
fn an_article_head_says_each_thing_once_and_keeps_what_previews_need() {
    let site = TempSite::new(&[
        (
            "content/ferry.md",
            &format!(
                "---\ntitle: Ferry strike strands islanders\ndate: 2024-07-08\nupdated: 2024-07-09\n\
                 summary: {SUMMARY}\nauthors: [Ana Lima]\npeople: [Ann Lee]\nplaces: [Greece]\n\
                 tags: [transport]\nsource_url: https://example.com/ferry\n---\n\n\
                 The strike began on Monday. Crews want more pay.\n"
            ),
        ),
        (
            "content/quiet.md",
            &article("Harbour reopens", "2024-07-01", "places: [Greece]\n"),
        ),
    ]);
    site.write(
        "site.yaml",
        "title: Test Digest\ndescription: Island news, curated.\nbase_url: https://example.org/\n",
    );
    let o = site.build(&["--quiet"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));

    let doc = page(&site, "articles/2024/07/ferry/index.html");
    let head = doc.select("head");
    // The summary is one element, read by search engines (name) and previews (property).
    assert_eq!(head.html().matches(SUMMARY).count(), 1, "{}", head.html());
    let description = doc.select(r#"meta[name="description"]"#);
    assert_eq!(
        description.attr("property").as_deref(),
        Some("og:description")
    );
    assert_eq!(description.attr("content").as_deref(), Some(SUMMARY));
    // What a link preview needs; Twitter's reader falls back to the og:* values.
    let permalink = "https://example.org/articles/2024/07/ferry/";
    assert_eq!(metas(&doc, "og:title"), ["Ferry strike strands islanders"]);
    assert_eq!(metas(&doc, "og:url"), [permalink]);
    assert_eq!(metas(&doc, "og:type"), ["article"]);
    assert_eq!(metas(&doc, "og:site_name"), ["Test Digest"]);
    assert_eq!(metas(&doc, "twitter:card"), ["summary"]);
    for gone in [
        "twitter:title",
        "twitter:description",
        "twitter:image",
        "article:tag",
    ] {
        assert!(
            metas(&doc, gone).is_empty(),
            "{gone} repeats another element"
        );
    }
    assert_eq!(
        doc.select(r#"link[rel="canonical"]"#)
            .attr("href")
            .as_deref(),
        Some(permalink)
    );
    assert_eq!(
        metas(&doc, "article:published_time"),
        ["2024-07-08T00:00:00+00:00"]
    );
    // The JSON-LD NewsArticle: what the elements above do not say, and the basics.
    let ld = json_ld(&doc);
    assert_eq!(ld["@type"], "NewsArticle");
    assert_eq!(ld["headline"], "Ferry strike strands islanders");
    assert_eq!(ld["datePublished"], "2024-07-08T00:00:00+00:00");
    assert_eq!(ld["dateModified"], "2024-07-09T00:00:00+00:00");
    assert_eq!(ld["author"][0]["name"], "Ana Lima");
    assert_eq!(ld["keywords"], "transport");
    assert_eq!(ld["isBasedOn"], "https://example.com/ferry");
    let about: Vec<&str> = ld["about"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["name"].as_str().unwrap())
        .collect();
    assert_eq!(about, ["Ann Lee", "Greece"]);
    // The site is og:site_name, its address the canonical link's.
    assert_eq!(metas(&doc, "og:site_name"), ["Test Digest"]);
    for gone in [
        "description",
        "url",
        "mainEntityOfPage",
        "inLanguage",
        "publisher",
    ] {
        assert!(
            ld.get(gone).is_none(),
            "JSON-LD {gone} repeats the head: {ld}"
        );
    }

    // An article never updated has no dateModified; one without a summary falls back to
    // the site's description.
    let quiet = page(&site, "articles/2024/07/quiet/index.html");
    let ld = json_ld(&quiet);
    assert_eq!(ld["datePublished"], "2024-07-01T00:00:00+00:00");
    assert!(ld.get("dateModified").is_none(), "{ld}");
    assert_eq!(
        metas(&quiet, "description"),
        metas(&quiet, "og:description")
    );

    // Other pages: the site's description, once; a website, not an article; no JSON-LD.
    let home = page(&site, "index.html");
    assert_eq!(metas(&home, "description"), ["Island news, curated."]);
    assert_eq!(metas(&home, "og:description"), ["Island news, curated."]);
    assert_eq!(
        home.select("head")
            .html()
            .matches("Island news, curated.")
            .count(),
        1
    );
    assert_eq!(metas(&home, "og:type"), ["website"]);
    assert_eq!(metas(&home, "twitter:card"), ["summary"]);
    assert!(metas(&home, "twitter:title").is_empty());
    assert_eq!(
        home.select(r#"script[type="application/ld+json"]"#)
            .length(),
        0
    );
}

#[test]
fn an_article_in_another_language_names_it_in_its_json_ld() {
    let site = TempSite::new(&[(
        "content/fr.md",
        "---\ntitle: La grève des ferries\ndate: 2024-07-08\nlanguage: fr\n---\n\nLes équipages réclament une hausse des salaires.\n",
    )]);
    let o = site.build(&["--quiet"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let doc = page(&site, "articles/2024/07/fr/index.html");
    assert_eq!(json_ld(&doc)["inLanguage"], "fr");
    // Link previews read the page's own language, with the territory they expect.
    assert_eq!(metas(&doc, "og:locale"), ["fr_FR"]);
    let home = page(&site, "index.html");
    assert_eq!(metas(&home, "og:locale"), ["en_US"]);
}
