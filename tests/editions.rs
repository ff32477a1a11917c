//! Editions that reach readers (issue #18): the editor's intro and `order`, the email and its
//! text twin, the edition feeds, JSON Feed beside every Atom feed, and `newsdesk edition`.
//! Real builds of the sample site and of temporary sites, read back from disk.

mod common;

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use common::*;
use dom_query::Document;

const SAMPLE_BASE: &str = "https://newsdesk.example.org/";

fn text(files: &BTreeMap<String, Vec<u8>>, path: &str) -> String {
    String::from_utf8(
        files
            .get(path)
            .unwrap_or_else(|| panic!("missing {path}"))
            .clone(),
    )
    .unwrap()
}

fn sample() -> (tempfile::TempDir, BTreeMap<String, Vec<u8>>) {
    let out = tempfile::tempdir().unwrap();
    build_sample(out.path(), &[]);
    let files = snapshot(out.path());
    (out, files)
}

fn is_absolute(url: &str) -> bool {
    url.starts_with("https://") || url.starts_with("http://") || url.starts_with("mailto:")
}

/// The top-level CSS rules of a style sheet, each as its text up to its opening brace.
fn top_level_rules(css: &str) -> Vec<String> {
    let mut rules = Vec::new();
    let mut depth = 0;
    let mut head = String::new();
    for c in css.chars() {
        match c {
            '{' => {
                if depth == 0 {
                    rules.push(head.trim().to_string());
                    head.clear();
                }
                depth += 1;
            }
            '}' => depth -= 1,
            _ if depth == 0 => head.push(c),
            _ => {}
        }
    }
    rules
}

/// Every problem with one email's HTML, as lines.
fn email_problems(html: &str) -> Vec<String> {
    let doc = Document::from(html);
    let mut problems = Vec::new();
    if doc.select("script").length() > 0 {
        problems.push("has a <script>".into());
    }
    for link in doc.select("link").iter() {
        problems.push(format!(
            "has a <link rel={:?}>",
            link.attr("rel").map(|r| r.to_string())
        ));
    }
    for style in doc.select("style").iter() {
        for rule in top_level_rules(&style.text()) {
            if !rule.starts_with('@') {
                problems.push(format!(
                    "<style> keeps `{rule}`, which the inliner should have inlined"
                ));
            }
        }
    }
    if html.contains("@import") || html.contains("@font-face") || html.contains("fonts.googleapis")
    {
        problems.push("loads a web font or an external style sheet".into());
    }
    for el in doc.select("[href], [src]").iter() {
        for attr in ["href", "src"] {
            if let Some(u) = el.attr(attr)
                && !is_absolute(&u)
            {
                problems.push(format!("{attr}=\"{u}\" is not absolute"));
            }
        }
    }
    for img in doc.select("img").iter() {
        if img.attr("alt").is_none() {
            problems.push(format!("<img src={:?}> has no alt", img.attr("src")));
        }
    }
    let px = regex::Regex::new(r"(?:^|[;\s])(?:min-)?width:\s*(\d+)px").unwrap();
    for el in doc.select("[width], [style]").iter() {
        if let Some(w) = el.attr("width")
            && w.trim_end_matches("px")
                .parse::<u32>()
                .is_ok_and(|w| w > 600)
        {
            problems.push(format!("width=\"{w}\" is wider than 600 px"));
        }
        if let Some(style) = el.attr("style") {
            for c in px.captures_iter(&style) {
                if c[1].parse::<u32>().unwrap() > 600 {
                    problems.push(format!("style `{style}` is wider than 600 px"));
                }
            }
        }
    }
    // Styles reached the elements: the frame table and every story title carry them inline.
    for sel in ["table.frame", "h2.story-title", "p.meta"] {
        for el in doc.select(sel).iter() {
            if el.attr("style").is_none_or(|s| s.trim().is_empty()) {
                problems.push(format!("{sel} has no inlined style"));
            }
        }
    }
    let frame = doc.select("table.frame");
    if frame.attr("width").as_deref() != Some("600") {
        problems.push(format!(
            "the frame table is not 600 px: width={:?}",
            frame.attr("width")
        ));
    }
    let pre = doc.select("body > .preheader");
    if pre.length() != 1 || pre.text().trim().is_empty() {
        problems.push("no preheader".into());
    } else if !pre
        .attr("style")
        .is_some_and(|s| s.contains("display: none"))
    {
        problems.push("the preheader is not hidden".into());
    }
    if doc.select("meta[name=color-scheme]").length() != 1 {
        problems.push("no color-scheme meta: clients cannot tell it handles dark mode".into());
    }
    problems
}

#[test]
fn every_edition_has_a_self_contained_600px_email() {
    let (_out, files) = sample();
    let emails: Vec<&String> = files
        .keys()
        .filter(|p| p.starts_with("editions/") && p.ends_with("/email.html"))
        .collect();
    let editions = files
        .keys()
        .filter(|p| p.starts_with("editions/20") && p.ends_with("/index.html"))
        .count();
    assert!(editions >= 5 && emails.len() == editions, "{emails:?}");
    for path in emails {
        let html = text(&files, path);
        let problems = email_problems(&html);
        assert!(problems.is_empty(), "{path}:\n{}", problems.join("\n"));
        // Every article of the edition is in its email, linked to its page.
        let id = path.split('/').nth(1).unwrap();
        let page = Document::from(text(&files, &format!("editions/{id}/index.html")));
        let doc = Document::from(html.as_str());
        let hrefs: Vec<String> = doc
            .select("a[href]")
            .iter()
            .map(|a| a.attr("href").unwrap().to_string())
            .collect();
        let cards: Vec<String> = page
            .select("article.card h3 a[href]")
            .iter()
            .map(|a| a.attr("href").unwrap().to_string())
            .collect();
        assert!(!cards.is_empty(), "{id}: no cards on the edition page");
        for c in &cards {
            let abs = format!("{}{}", SAMPLE_BASE.trim_end_matches('/'), c);
            assert!(hrefs.contains(&abs), "{path} lacks {abs}");
        }
    }
}

#[test]
fn the_email_checks_catch_what_they_claim_to() {
    // The checks above must be able to fail: a page of the web theme breaks most of them.
    let (_out, files) = sample();
    let web = text(&files, "editions/2024-W30/index.html");
    let problems = email_problems(&web).join("\n");
    for expected in [
        "<link rel=",
        "is not absolute",
        "the frame table is not 600 px",
        "no preheader",
    ] {
        assert!(problems.contains(expected), "missed {expected}: {problems}");
    }
    let styled = "<html><head><style>.a{color:red} @media (max-width:1px){.a{color:blue}}</style></head><body><table class=\"frame\" width=\"700\"><tr><td style=\"width: 640px\"><img src=\"x.png\"></td></tr></table></body></html>";
    let problems = email_problems(styled).join("\n");
    for expected in [
        "inliner should have inlined",
        "width=\"700\"",
        "wider than 600 px",
        "has no alt",
        "table.frame has no inlined style",
    ] {
        assert!(problems.contains(expected), "missed {expected}: {problems}");
    }
}

/// Display width as a terminal shows it: what "78 columns" means for curly quotes and dashes.
fn columns(line: &str) -> usize {
    line.chars().count()
}

/// Every problem with one text email: line widths and the numbered references.
fn text_problems(txt: &str) -> Vec<String> {
    let mut problems = Vec::new();
    let reference = regex::Regex::new(r"^\[(\d+)\] (\S+)$").unwrap();
    let mark = regex::Regex::new(r"\[(\d+)\]").unwrap();
    let mut marked: Vec<usize> = Vec::new();
    let mut listed: Vec<usize> = Vec::new();
    for (n, line) in txt.lines().enumerate() {
        if let Some(c) = reference.captures(line) {
            let k: usize = c[1].parse().unwrap();
            if !marked.contains(&k) {
                problems.push(format!("line {}: reference [{k}] before its mark", n + 1));
            }
            if !is_absolute(&c[2]) {
                problems.push(format!("line {}: [{k}] is not an absolute URL", n + 1));
            }
            listed.push(k);
            continue;
        }
        let url_only = line.starts_with("https://") && !line.contains(' ');
        if columns(line) > 78 && !url_only {
            problems.push(format!(
                "line {} is {} columns: {line}",
                n + 1,
                columns(line)
            ));
        }
        for c in mark.captures_iter(line) {
            marked.push(c[1].parse().unwrap());
        }
    }
    let expected: Vec<usize> = (1..=marked.len()).collect();
    if marked != expected {
        problems.push(format!("marks are not numbered 1, 2, 3…: {marked:?}"));
    }
    if listed != expected {
        problems.push(format!("references are not listed 1, 2, 3…: {listed:?}"));
    }
    if txt.contains('<') && txt.contains("</") {
        problems.push("HTML in the text email".into());
    }
    problems
}

#[test]
fn the_text_twin_wraps_at_78_and_lists_numbered_links_below_each_story() {
    let (_out, files) = sample();
    let mut checked = 0;
    let title_mark = regex::Regex::new(r"\[(\d+)\]$").unwrap();
    for (path, bytes) in &files {
        if !(path.starts_with("editions/") && path.ends_with("/email.txt")) {
            continue;
        }
        let txt = String::from_utf8(bytes.clone()).unwrap();
        let problems = text_problems(&txt);
        assert!(problems.is_empty(), "{path}:\n{}", problems.join("\n"));
        // A story's references come right below it: before the next story's title.
        let blocks: Vec<&str> = txt.split("\n\n").collect();
        let mut pending: Vec<String> = Vec::new();
        for b in blocks {
            for line in b.lines() {
                if let Some(rest) = line.strip_prefix('[')
                    && let Some((n, _)) = rest.split_once("] ")
                {
                    pending.retain(|p| p != n);
                }
            }
            let marks: Vec<String> = title_mark
                .captures_iter(b.lines().next().unwrap_or(""))
                .map(|c| c[1].to_string())
                .collect();
            if !marks.is_empty() {
                assert!(
                    pending.is_empty(),
                    "{path}: references {pending:?} not listed before the next story"
                );
                pending = marks;
            }
        }
        checked += 1;
    }
    assert!(checked >= 5, "only {checked} text emails");
    // The checks can fail.
    let bad = format!(
        "Title [1]\n\n{}\n\n[2] https://x.example/\n",
        "word ".repeat(20)
    );
    let problems = text_problems(&bad).join("\n");
    assert!(problems.contains("columns"), "{problems}");
    assert!(problems.contains("before its mark"), "{problems}");
}

fn json_feed_problems(path: &str, bytes: &[u8]) -> Vec<String> {
    let mut problems = Vec::new();
    let v: serde_json::Value = match serde_json::from_slice(bytes) {
        Ok(v) => v,
        Err(e) => return vec![format!("{path}: not JSON: {e}")],
    };
    if v["version"] != "https://jsonfeed.org/version/1.1" {
        problems.push(format!("{path}: version {}", v["version"]));
    }
    if v["title"].as_str().is_none_or(str::is_empty) {
        problems.push(format!("{path}: no title"));
    }
    for key in ["home_page_url", "feed_url"] {
        if !v[key].as_str().is_some_and(is_absolute) {
            problems.push(format!("{path}: {key} is not an absolute URL"));
        }
    }
    if !v["feed_url"]
        .as_str()
        .is_some_and(|u| u.ends_with(&format!("/{path}")))
    {
        problems.push(format!(
            "{path}: feed_url {} is not its own address",
            v["feed_url"]
        ));
    }
    let Some(items) = v["items"].as_array() else {
        problems.push(format!("{path}: no items array"));
        return problems;
    };
    for (k, item) in items.iter().enumerate() {
        if item["id"].as_str().is_none_or(str::is_empty) {
            problems.push(format!("{path}: item {k} has no id"));
        }
        if !item["content_html"].is_string() && !item["content_text"].is_string() {
            problems.push(format!(
                "{path}: item {k} has neither content_html nor content_text"
            ));
        }
        if item
            .get("url")
            .is_some_and(|u| !u.as_str().is_some_and(is_absolute))
        {
            problems.push(format!("{path}: item {k} url is not absolute"));
        }
        for date in ["date_published", "date_modified"] {
            if let Some(d) = item.get(date)
                && chrono::DateTime::parse_from_rfc3339(d.as_str().unwrap_or("")).is_err()
            {
                problems.push(format!("{path}: item {k} {date} is not RFC 3339"));
            }
        }
        if let Some(a) = item.get("authors")
            && !a
                .as_array()
                .is_some_and(|a| a.iter().all(|x| x["name"].is_string()))
        {
            problems.push(format!("{path}: item {k} authors malformed"));
        }
    }
    problems
}

/// The home and edition feeds have a JSON Feed beside their Atom feed, carrying the same
/// entries; region, person, tag and source feeds are Atom only (`term_feeds: {json_feed:
/// true}` brings theirs back: tests/build.rs), and their pages link no JSON Feed of their own.
#[test]
fn home_and_edition_feeds_have_a_json_feed_beside_them_and_term_feeds_do_not() {
    let (_out, files) = sample();
    let mut pairs = 0;
    let mut atom_only = 0;
    for (path, bytes) in &files {
        let Some(dir) = path.strip_suffix("atom.xml") else {
            continue;
        };
        let json_path = format!("{dir}feed.json");
        let atom = feed_rs::parser::parse(&bytes[..]).unwrap_or_else(|e| panic!("{path}: {e}"));
        if !matches!(dir, "" | "editions/") {
            assert!(!files.contains_key(&json_path), "{json_path} is published");
            atom_only += 1;
            continue;
        }
        let json = files
            .get(&json_path)
            .unwrap_or_else(|| panic!("no {json_path} beside {path}"));
        let parsed =
            feed_rs::parser::parse(&json[..]).unwrap_or_else(|e| panic!("{json_path}: {e}"));
        let problems = json_feed_problems(&json_path, json);
        assert!(problems.is_empty(), "{}", problems.join("\n"));
        // The two carry the same entries in the same order.
        let ids = |f: &feed_rs::model::Feed| -> Vec<String> {
            f.entries
                .iter()
                .map(|e| e.links.first().map(|l| l.href.clone()).unwrap_or_default())
                .collect()
        };
        assert_eq!(ids(&atom), ids(&parsed), "{path} and {json_path} differ");
        assert!(!parsed.entries.is_empty(), "{json_path} is empty");
        pairs += 1;
    }
    assert_eq!(pairs, 2, "the home and edition feeds");
    assert!(atom_only > 20, "only {atom_only} term feeds");
    assert!(
        !files.keys().any(|p| p.ends_with("feed.json")
            && !matches!(p.as_str(), "feed.json" | "editions/feed.json"))
    );
    // Pages link their feeds with rel=alternate, root-relative: their own Atom feed (an
    // article the site's), and a JSON Feed only where they have one.
    let article = "articles/2024/07/blinken-and-a-top-chinese-official-in-talks-on-u-s-china-tensions/index.html";
    for (page, feed, json) in [
        ("index.html", "", Some("")),
        ("regions/laos/index.html", "regions/laos/", None),
        (
            "people/antony-j-blinken/index.html",
            "people/antony-j-blinken/",
            None,
        ),
        ("tags/diplomacy/index.html", "tags/diplomacy/", None),
        (
            "sources/the-new-york-times/index.html",
            "sources/the-new-york-times/",
            None,
        ),
        (
            "editions/2024-W30/index.html",
            "editions/",
            Some("editions/"),
        ),
        ("editions/index.html", "editions/", Some("editions/")),
        (article, "", None),
    ] {
        let doc = Document::from(text(&files, page));
        for (kind, file, dir) in [
            ("application/atom+xml", "atom.xml", Some(feed)),
            ("application/feed+json", "feed.json", json),
        ] {
            let href = doc
                .select(&format!("link[rel=alternate][type=\"{kind}\"]"))
                .attr("href")
                .map(|h| h.to_string());
            assert_eq!(
                href,
                dir.map(|dir| format!("/{dir}{file}")),
                "{page}: {kind}"
            );
        }
    }
    // The checks can fail.
    let broken = br#"{"version":"https://jsonfeed.org/version/1","items":[{"url":"/x"}]}"#;
    let problems = json_feed_problems("feed.json", broken).join("\n");
    for expected in [
        "version",
        "no title",
        "has no id",
        "neither content_html",
        "not absolute",
    ] {
        assert!(problems.contains(expected), "missed {expected}: {problems}");
    }
}

#[test]
fn the_edition_feeds_carry_whole_digests() {
    let (_out, files) = sample();
    let atom = feed_rs::parser::parse(&files["editions/atom.xml"][..]).unwrap();
    let json = feed_rs::parser::parse(&files["editions/feed.json"][..]).unwrap();
    let editions: Vec<String> = files
        .keys()
        .filter_map(|p| p.strip_prefix("editions/")?.strip_suffix("/index.html"))
        .map(str::to_string)
        .collect();
    assert_eq!(atom.entries.len(), editions.len());
    assert_eq!(json.entries.len(), editions.len());
    for entry in atom.entries.iter().chain(&json.entries) {
        let url = &entry.links[0].href;
        let id = url
            .strip_prefix(&format!("{SAMPLE_BASE}editions/"))
            .and_then(|s| s.strip_suffix('/'))
            .unwrap_or_else(|| panic!("entry link {url}"));
        let body = entry.content.as_ref().and_then(|c| c.body.clone()).unwrap();
        // Every article of the edition, with its summary, is in the entry.
        let page = Document::from(text(&files, &format!("editions/{id}/index.html")));
        let titles: Vec<String> = page
            .select("article.card h3 a")
            .iter()
            .map(|a| a.text().to_string())
            .collect();
        assert!(!titles.is_empty());
        for t in &titles {
            let escaped = t.replace('&', "&amp;");
            assert!(
                body.contains(t.as_str()) || body.contains(&escaped),
                "{id}: entry lacks {t}"
            );
        }
        let doc = Document::from(body.as_str());
        for a in doc.select("a[href]").iter() {
            assert!(is_absolute(&a.attr("href").unwrap()), "{id}: relative link");
        }
    }
    // The W30 entry opens with the intro's headline.
    let w30 = atom
        .entries
        .iter()
        .find(|e| e.links[0].href.ends_with("/2024-W30/"))
        .unwrap();
    assert_eq!(
        w30.title.as_ref().unwrap().content,
        "Week 30, 2024 (22–28 July): The week the Olympics opened"
    );
}

const OLYMPICS: &str = "rain-sabotage-and-the-seine-paris-opens-its-olympic-games";

#[test]
fn the_sample_intro_and_order_lead_the_edition_page_and_email() {
    let (_out, files) = sample();
    let page = Document::from(text(&files, "editions/2024-W30/index.html"));
    assert_eq!(
        page.select(".edition-intro-title").text().trim(),
        "The week the Olympics opened"
    );
    let intro = page.select(".edition-intro .prose");
    assert!(intro.text().contains("Paris opened the Games on the Seine"));
    // Links in the intro are made absolute to the site.
    assert_eq!(
        intro.select("a").attr("href").unwrap().to_string(),
        format!("{SAMPLE_BASE}articles/2024/07/us-to-overhaul-command-of-its-forces-in-japan/")
    );
    let first = page
        .select(".edition-section")
        .first()
        .select("article.card h3 a")
        .first()
        .attr("href")
        .unwrap()
        .to_string();
    assert!(first.contains(OLYMPICS), "first card: {first}");
    // The ordered article leads once, not again in its region's section.
    let count = page
        .select("article.card h3 a")
        .iter()
        .filter(|a| a.attr("href").unwrap().contains(OLYMPICS))
        .count();
    assert_eq!(count, 1);

    let email = Document::from(text(&files, "editions/2024-W30/email.html"));
    assert_eq!(
        email.select("h1.headline").text().trim(),
        "The week the Olympics opened"
    );
    assert_eq!(
        email.select(".preheader").text().trim(),
        "Paris opened the Games on the Seine while Tokyo and Washington rewired their alliance."
    );
    let first = email
        .select("h2.story-title a")
        .first()
        .attr("href")
        .unwrap();
    assert!(first.contains(OLYMPICS), "first story: {first}");
    assert_eq!(
        email.select("td.section").first().text().trim(),
        "Top stories"
    );
    let txt = text(&files, "editions/2024-W30/email.txt");
    let intro_at = txt.find("Paris opened the Games").unwrap();
    let lead_at = txt.find("TOP STORIES").unwrap();
    let story_at = txt.find("Rain, sabotage and the Seine").unwrap();
    assert!(intro_at < lead_at && lead_at < story_at, "{txt}");
    // Editions without an intro use the lead story's summary as the preheader.
    let w29 = Document::from(text(&files, "editions/2024-W29/email.html"));
    let pre = w29.select(".preheader").text().trim().to_string();
    let summary = w29.select("p.summary").first().text().trim().to_string();
    assert_eq!(pre, summary);
    assert!(w29.select("h1.headline").length() == 0);
}

fn two_day_site() -> TempSite {
    let site = TempSite::new(&[
        ("content/a.md", &article("Alpha talks", "2024-07-02", "")),
        ("content/b.md", &article("Beta vote", "2024-07-02", "")),
        ("content/c.md", &article("Gamma storm", "2024-07-02", "")),
        (
            "content/d.md",
            &article("Delta élection", "2024-07-02", "language: fr\n"),
        ),
        ("content/old.md", &article("Old news", "2024-07-01", "")),
    ]);
    site.write(
        "content/editions/2024-07-02.md",
        "---\ntitle: A day of votes\norder: [c, b]\n---\nThe vote *mattered* most. Then the storm.\n",
    );
    site.write(
        "content/editions/2024-07-01.md",
        "The first day, not on the home page.\n",
    );
    site
}

fn headlines(doc: &Document, sel: &str) -> Vec<String> {
    doc.select(sel)
        .iter()
        .map(|a| a.text().trim().to_string())
        .collect()
}

#[test]
fn intro_and_order_show_on_the_home_page_while_the_edition_is_latest() {
    let site = two_day_site();
    let o = site.build(&["--quiet"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let out = site.out();
    let home = Document::from(fs::read_to_string(out.join("index.html")).unwrap());
    assert_eq!(
        home.select(".edition-intro-title").text().trim(),
        "A day of votes"
    );
    assert!(home.select(".edition-intro em").text().contains("mattered"));
    assert!(!home.html().contains("The first day, not on"));
    let lead = headlines(&home, ".edition-lead article.card h3 a");
    assert_eq!(lead, ["Gamma storm", "Beta vote"]);
    for page in [
        "editions/2024-07-02/index.html",
        "editions/2024-07-02/email.html",
    ] {
        let doc = Document::from(fs::read_to_string(out.join(page)).unwrap());
        let sel = if page.ends_with("email.html") {
            "h2.story-title a"
        } else {
            ".edition-section article.card h3 a"
        };
        assert_eq!(
            headlines(&doc, sel),
            ["Gamma storm", "Beta vote", "Alpha talks", "Delta élection"],
            "{page}"
        );
    }
    // An article in another language keeps its `lang` in the email and the feed entry.
    let email =
        Document::from(fs::read_to_string(out.join("editions/2024-07-02/email.html")).unwrap());
    let french = email.select("td.story[lang=fr] h2.story-title a");
    assert_eq!(french.text().trim(), "Delta élection");
    assert_eq!(email.select("td.story[lang]").length(), 1);
    let day1 = fs::read_to_string(out.join("editions/2024-07-01/index.html")).unwrap();
    assert!(day1.contains("The first day, not on"));
    // The intro is content, not an article: not in the sitemap, the search index or the
    // article count, and `check` passes.
    let sitemap = fs::read_to_string(out.join("sitemap.xml")).unwrap();
    assert!(!sitemap.contains("2024-07-02.md") && !sitemap.contains("A day of votes"));
    let files = snapshot(&out);
    let search: String = files
        .iter()
        .filter(|(p, _)| p.starts_with("search/"))
        .map(|(_, b)| String::from_utf8_lossy(b).to_string())
        .collect();
    assert!(
        !search.contains("mattered"),
        "the intro got into the search index"
    );
    assert_eq!(
        files.keys().filter(|p| p.starts_with("articles/")).count(),
        5
    );
    let o = newsdesk(&["check", "--root", site.root().to_str().unwrap()]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stdout));
}

#[test]
fn bad_intros_are_named_by_file_and_line() {
    let site = two_day_site();
    site.write(
        "content/editions/2024-07-02.md",
        "---\ntitle: Fine\norder:\n  - c\n  - nope\n---\nText.\n",
    );
    let o = site.build(&[]);
    assert!(o.status.success());
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("content/editions/2024-07-02.md:3:1: `order` names `nope`"),
        "{err}"
    );
    site.write("content/editions/2024-09-09.md", "No such edition.\n");
    let o = site.build(&[]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("content/editions/2024-09-09.md: no edition `2024-09-09`"),
        "{err}"
    );
    let o = newsdesk(&["check", "--root", site.root().to_str().unwrap()]);
    let report =
        String::from_utf8_lossy(&o.stdout).to_string() + &String::from_utf8_lossy(&o.stderr);
    assert!(
        report.contains("content/editions/2024-07-02.md:3"),
        "{report}"
    );
    // A broken one is an error, and the previous output stays.
    let before = snapshot(&site.out());
    site.write("content/editions/2024-07-02.md", "---\ntitel: x\n---\n");
    let o = site.build(&[]);
    assert!(!o.status.success());
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("content/editions/2024-07-02.md:2:1: unknown intro key `titel`"),
        "{err}"
    );
    assert_eq!(snapshot(&site.out()), before);
    let o = newsdesk(&["check", "--root", site.root().to_str().unwrap()]);
    assert!(!o.status.success());
    site.write("content/editions/notes.md", "x");
    let o = site.build(&[]);
    assert!(String::from_utf8_lossy(&o.stderr).contains("`notes` is not an edition id"));
}

fn edition_cmd(root: &Path, args: &[&str]) -> std::process::Output {
    let mut all = vec!["edition", "--root", root.to_str().unwrap()];
    all.extend_from_slice(args);
    newsdesk(&all)
}

#[test]
fn the_edition_command_prints_every_format() {
    let site = two_day_site();
    assert!(site.build(&["--quiet"]).status.success());
    let out = site.out();
    let root = site.root();
    let stdout = |args: &[&str]| {
        let o = edition_cmd(root, args);
        assert!(
            o.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
        String::from_utf8(o.stdout).unwrap()
    };
    // email and text are exactly the built files; latest is the newest edition.
    let email = fs::read_to_string(out.join("editions/2024-07-02/email.html")).unwrap();
    assert_eq!(stdout(&["latest", "--format", "email"]), email);
    assert_eq!(stdout(&["2024-07-02", "--format", "email"]), email);
    let txt = fs::read_to_string(out.join("editions/2024-07-02/email.txt")).unwrap();
    assert_eq!(stdout(&["--format", "text"]), txt);
    assert!(text_problems(&txt).is_empty(), "{txt}");
    // html (the default) is the fragment the edition feed carries.
    let html = stdout(&[]);
    let feed =
        feed_rs::parser::parse(&fs::read(out.join("editions/atom.xml")).unwrap()[..]).unwrap();
    let body = feed.entries[0]
        .content
        .as_ref()
        .unwrap()
        .body
        .clone()
        .unwrap();
    assert_eq!(html.trim_end(), body.trim_end());
    assert_eq!(stdout(&["--format", "html"]), html);
    assert!(!html.contains("<html") && html.contains("<h2>A day of votes</h2>"));
    // markdown: headings and absolute links.
    let md = stdout(&["2024-07-02", "--format", "markdown"]);
    assert!(
        md.starts_with("# Test Digest: Tuesday, 2 July 2024\n"),
        "{md}"
    );
    assert!(md.contains("## A day of votes"), "{md}");
    assert!(
        md.contains("### [Gamma storm](<https://example.org/articles/2024/07/c/>)"),
        "{md}"
    );
    assert!(
        md.find("Gamma storm").unwrap() < md.find("Beta vote").unwrap(),
        "{md}"
    );
    // An unknown id lists the editions; a bad format is refused.
    let o = edition_cmd(root, &["2023-01-01"]);
    assert!(!o.status.success());
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("no edition `2023-01-01`") && err.contains("2024-07-02, 2024-07-01"),
        "{err}"
    );
    let o = edition_cmd(root, &["--format", "pdf"]);
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("unknown format `pdf`"));
}

#[test]
fn edition_new_scaffolds_an_intro_and_never_overwrites() {
    let site = TempSite::new(&[("content/a.md", &article("Alpha", "2024-07-02", ""))]);
    site.write(
        "site.yaml",
        "title: Test Digest\nbase_url: https://example.org/\neditions: weekly\n",
    );
    let root = site.root();
    let o = edition_cmd(root, &["new", "2024-W27"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let path = root.join("content/editions/2024-W27.md");
    let scaffold = fs::read_to_string(&path).unwrap();
    assert!(scaffold.contains("Week 27, 2024 (1–7 July)"), "{scaffold}");
    // The scaffold builds as it is, and shows on the edition.
    assert!(site.build(&["--quiet"]).status.success());
    let page = fs::read_to_string(site.out().join("editions/2024-W27/index.html")).unwrap();
    assert!(page.contains("A few words of your own"));
    fs::write(&path, "Mine.\n").unwrap();
    let o = newsdesk(&[
        "edition",
        "new",
        "2024-W27",
        "--root",
        root.to_str().unwrap(),
    ]);
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("already exists"));
    assert_eq!(fs::read_to_string(&path).unwrap(), "Mine.\n");
    // Without an id: the edition today falls in (the site's time zone is UTC).
    let today = chrono::Utc::now().date_naive();
    let week = chrono::Datelike::iso_week(&today);
    let o = edition_cmd(root, &["new"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let id = format!("{}-W{:02}", week.year(), week.week());
    assert!(
        root.join(format!("content/editions/{id}.md")).exists(),
        "{id}"
    );
    let o = edition_cmd(root, &["new", "next-week"]);
    assert!(String::from_utf8_lossy(&o.stderr).contains("`next-week` is not an edition id"));
}

/// One event reported by two outlets, and an unrelated story the same day.
fn story_site() -> TempSite {
    let report = |title: &str, source: &str, body: &str| {
        format!(
            "---\ntitle: {title}\ndate: 2024-08-19\nsource: {source}\nsource_url: https://{}.example/ferry\n---\n\n{body}\n",
            source.to_lowercase()
        )
    };
    TempSite::new(&[
        (
            "content/ferry-kathimerini.md",
            &report(
                "Ferry Ionian Sun catches fire off Corfu, all 290 rescued",
                "Kathimerini",
                "A fire broke out on the ferry Ionian Sun off Corfu on Monday. The coastguard rescued all 290 passengers and crew, and tugboats towed the burning ship towards Igoumenitsa.",
            ),
        ),
        (
            "content/ferry-reuters.md",
            &report(
                "Coastguard saves 290 as Ionian Sun ferry burns near Corfu",
                "Reuters",
                "All 290 people aboard the Ionian Sun were rescued after fire swept the ferry near Corfu, the Greek coastguard said. Tugboats were towing the ship to Igoumenitsa.",
            ),
        ),
        (
            "content/ferry-kathimerini-follow-up.md",
            &report(
                "Ionian Sun ferry towed to Igoumenitsa after Corfu fire",
                "Kathimerini",
                "Tugboats towed the burnt ferry Ionian Sun into Igoumenitsa on Tuesday, a day after the fire off Corfu from which the coastguard rescued all 290 passengers and crew.",
            )
            .replace("2024-08-19", "2024-08-20"),
        ),
        (
            "content/budget.md",
            &report(
                "Parliament passes the budget after a long night",
                "Agence",
                "Members of parliament passed the budget bill after a session that ran past midnight, with the finance minister promising lower deficits.",
            ),
        ),
    ])
}

#[test]
fn a_story_reported_twice_is_told_once_with_its_other_sources() {
    let site = story_site();
    let o = site.build(&["--quiet"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let out = site.out();
    let page = |p: &str| Document::from(fs::read_to_string(out.join(p)).unwrap());
    // Each report names the other on its page, linking to our page of it.
    let mut pages = BTreeMap::new();
    for entry in walkdir::WalkDir::new(out.join("articles")) {
        let entry = entry.unwrap();
        if entry.file_name() == "index.html" {
            let doc = Document::from(fs::read_to_string(entry.path()).unwrap());
            let title = doc.select("h1").text().trim().to_string();
            let rel = entry.path().strip_prefix(&out).unwrap().parent().unwrap();
            pages.insert(title, (format!("/{}/", rel.display()), doc));
        }
    }
    assert_eq!(pages.len(), 4, "{:?}", pages.keys());
    let (k_url, k) = &pages["Ferry Ionian Sun catches fire off Corfu, all 290 rescued"];
    let (r_url, r) = &pages["Coastguard saves 290 as Ionian Sun ferry burns near Corfu"];
    let (_, b) = &pages["Parliament passes the budget after a long night"];
    let also = |d: &Document| {
        d.select(".article-also a")
            .iter()
            .map(|a| (a.text().to_string(), a.attr("href").unwrap().to_string()))
            .collect::<Vec<_>>()
    };
    let (f_url, f) = &pages["Ionian Sun ferry towed to Igoumenitsa after Corfu fire"];
    // Kathimerini's own follow-up is not other coverage of its first report, but Reuters
    // names both.
    assert_eq!(also(k), [("Reuters".to_string(), r_url.clone())]);
    assert_eq!(also(f), [("Reuters".to_string(), r_url.clone())]);
    assert_eq!(
        also(r),
        [
            ("Kathimerini".to_string(), f_url.clone()),
            ("Kathimerini".to_string(), k_url.clone())
        ]
    );
    assert!(also(b).is_empty());
    assert!(!b.html().contains("Also covered by"));
    // The edition tells the story once, naming the other report beside it.
    let edition = page("editions/2024-08-19/index.html");
    let told = headlines(&edition, "article.card h3 a");
    assert_eq!(told.len(), 2, "{told:?}");
    assert!(told.iter().any(|t| t.starts_with("Parliament")), "{told:?}");
    let covered = edition.select("article.card .card-also").text();
    assert!(covered.contains("Also covered by"), "{covered}");
    // So do the email and its text twin.
    let email = page("editions/2024-08-19/email.html");
    assert_eq!(headlines(&email, "h2.story-title a").len(), 2);
    assert!(email.text().contains("Also covered by"));
    let txt = fs::read_to_string(out.join("editions/2024-08-19/email.txt")).unwrap();
    assert_eq!(
        txt.matches("Ferry Ionian Sun catches fire").count(),
        1,
        "{txt}"
    );
    assert!(!txt.contains("Coastguard saves 290"), "{txt}");
    assert!(txt.contains("· Also covered by Reuters ["), "{txt}");
    // A rebuild after the other report changes its source rewrites this page too.
    let path = site.root().join("content/ferry-reuters.md");
    let renamed = fs::read_to_string(&path)
        .unwrap()
        .replace("source: Reuters", "source: Reuters Athens");
    fs::write(&path, renamed).unwrap();
    let o = site.build(&["--quiet"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let k_file = out.join(k_url.trim_start_matches('/')).join("index.html");
    let k = Document::from(fs::read_to_string(k_file).unwrap());
    assert_eq!(also(&k), [("Reuters Athens".to_string(), r_url.clone())]);
}

/// Twelve daily editions: the latest ten publish their email and its text twin; the 11th and
/// 12th newest do not, their pages do not link them, `newsdesk edition` still prints them,
/// and `editions: {email_archive: all}` publishes every one.
#[test]
fn only_the_latest_ten_editions_publish_their_email() {
    let files: Vec<(String, String)> = (1..=12)
        .map(|d| {
            (
                format!("content/2024/07/day{d:02}.md"),
                article(&format!("News of day {d}"), &format!("2024-07-{d:02}"), ""),
            )
        })
        .collect();
    let site = TempSite::with_files(&files);
    assert!(site.build(&["--quiet"]).status.success());
    let out = site.out();
    for d in 1..=12 {
        let id = format!("2024-07-{d:02}");
        let published = d >= 3;
        for file in ["email.html", "email.txt"] {
            let path = out.join(format!("editions/{id}/{file}"));
            assert_eq!(path.exists(), published, "{id}/{file}");
        }
        let page = fs::read_to_string(out.join(format!("editions/{id}/index.html"))).unwrap();
        assert_eq!(
            page.contains("email.html"),
            published,
            "{id}: link to its email"
        );
        assert_eq!(
            page.contains("email.txt"),
            published,
            "{id}: link to its text"
        );
    }
    // The 11th newest edition's email is still printed on demand, without a link to a text
    // twin the site does not have.
    let o = edition_cmd(site.root(), &["2024-07-02", "--format", "email"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let email = String::from_utf8(o.stdout).unwrap();
    assert!(
        email.contains("News of day 2") && !email.contains("email.txt"),
        "{email}"
    );
    let latest = fs::read_to_string(out.join("editions/2024-07-12/email.html")).unwrap();
    assert!(latest.contains("https://example.org/editions/2024-07-12/email.txt"));
    let (broken, _) = broken_links(&out, "https://example.org/");
    assert!(broken.is_empty(), "{broken:?}");
    let o = newsdesk(&["check", "--root", site.root().to_str().unwrap()]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stdout));

    site.write(
        "site.yaml",
        "title: Test Digest\nbase_url: https://example.org/\neditions: {email_archive: all}\n",
    );
    assert!(site.build(&["--quiet"]).status.success());
    assert!(out.join("editions/2024-07-01/email.html").exists());
    let page = fs::read_to_string(out.join("editions/2024-07-01/index.html")).unwrap();
    assert!(page.contains("/editions/2024-07-01/email.txt"));
    site.write(
        "site.yaml",
        "title: Test Digest\nbase_url: https://example.org/\neditions: {cut: daily, email_archive: 2}\n",
    );
    assert!(site.build(&["--quiet"]).status.success());
    assert!(out.join("editions/2024-07-11/email.txt").exists());
    assert!(!out.join("editions/2024-07-10/email.html").exists());
    assert!(!out.join("editions/2024-07-01/email.html").exists());
}
