//! End-to-end tests of `newsdesk build` on real files in temporary folders.

mod common;

use std::fs;
use std::time::SystemTime;

use common::*;

const SAMPLE_BASE: &str = "https://newsdesk.example.org/";

#[test]
fn sample_site_has_every_page_type() {
    let out = tempfile::tempdir().unwrap();
    build_sample(out.path(), &[]);
    let files = snapshot(out.path());
    for must in [
        "index.html",
        "page/2/index.html",
        "articles/2024/07/blinken-and-a-top-chinese-official-in-talks-on-u-s-china-tensions/index.html",
        "regions/index.html",
        "regions/asia/index.html",
        "regions/southeast-asia/index.html",
        "regions/laos/index.html",
        "regions/laos/atom.xml",
        "people/index.html",
        "people/antony-j-blinken/index.html",
        "people/antony-j-blinken/atom.xml",
        "tags/index.html",
        "tags/diplomacy/index.html",
        "tags/diplomacy/atom.xml",
        "sources/index.html",
        "sources/the-new-york-times/index.html",
        "sources/the-new-york-times/atom.xml",
        "editions/index.html",
        "editions/2024-W30/index.html",
        "atom.xml",
        "sitemap.xml",
        "robots.txt",
        "404.html",
        "style.css",
    ] {
        assert!(files.contains_key(must), "missing {must}");
    }
    // Four weeks or more of editions, and the code block got highlighted.
    let editions = files
        .keys()
        .filter(|k| k.starts_with("editions/") && k.ends_with("/index.html"))
        .count();
    assert!(
        editions >= 5,
        "expected ≥ 4 editions plus the index, got {editions}"
    );
    let highlighted = files
        .values()
        .any(|b| String::from_utf8_lossy(b).contains("<span class=\"hk\">"));
    assert!(highlighted, "no highlighted code block in the sample");
    // The article page shows the source link, people, places and the body verbatim.
    let page = String::from_utf8(files["articles/2024/07/blinken-and-a-top-chinese-official-in-talks-on-u-s-china-tensions/index.html"].clone()).unwrap();
    assert!(page.contains("href=/people/wang-yi/"));
    assert!(page.contains("href=/regions/laos/"));
    assert!(page.contains("Mr. Blinken met with the Chinese official, Wang Yi,"));
    // Vientiane rolls up: Laos → Southeast Asia → Asia each list the article.
    for region in ["laos", "southeast-asia", "asia"] {
        let p =
            String::from_utf8_lossy(&files[&format!("regions/{region}/index.html")]).to_string();
        assert!(
            p.contains("blinken-and-a-top-chinese-official"),
            "{region} lacks the sample"
        );
    }
}

#[test]
fn sample_site_has_no_broken_internal_links() {
    for base in [SAMPLE_BASE, "https://user.github.io/repo/"] {
        let out = tempfile::tempdir().unwrap();
        build_sample(out.path(), &["--base-url", base]);
        let (broken, checked) = broken_links(out.path(), base);
        assert!(checked > 1000, "walker checked only {checked} links");
        assert!(
            broken.is_empty(),
            "broken links under {base}: {:#?}",
            &broken[..broken.len().min(20)]
        );
    }
}

#[test]
fn base_url_path_is_honoured_everywhere() {
    let base = "https://user.github.io/repo/";
    let out = tempfile::tempdir().unwrap();
    build_sample(out.path(), &["--base-url", base]);
    let href = regex::Regex::new(r#"(?:href|src)="(/[^"]*)""#).unwrap();
    for (path, bytes) in snapshot(out.path()) {
        let text = String::from_utf8_lossy(&bytes);
        for c in href.captures_iter(&text) {
            assert!(
                c[1].starts_with("/repo/"),
                "{path}: root link {} ignores the base path",
                &c[1]
            );
        }
        if path.ends_with(".xml") {
            assert!(
                !text.contains("https://newsdesk.example.org"),
                "{path} still uses site.yaml's base_url"
            );
        }
    }
    let feed = fs::read_to_string(out.path().join("atom.xml")).unwrap();
    assert!(feed.contains("href=\"https://user.github.io/repo/atom.xml\""));
}

#[test]
fn feeds_and_sitemap_are_well_formed() {
    let out = tempfile::tempdir().unwrap();
    build_sample(out.path(), &[]);
    let mut feeds = 0;
    for (path, bytes) in snapshot(out.path()) {
        if path.ends_with("atom.xml") {
            let feed = feed_rs::parser::parse(&bytes[..]).unwrap_or_else(|e| panic!("{path}: {e}"));
            assert!(!feed.entries.is_empty(), "{path} has no entries");
            for e in &feed.entries {
                assert!(
                    e.links.iter().any(|l| l.href.starts_with(SAMPLE_BASE)),
                    "{path}: entry without permalink"
                );
                assert!(e.content.is_some(), "{path}: entry without content");
            }
            roxmltree::Document::parse(std::str::from_utf8(&bytes).unwrap())
                .unwrap_or_else(|e| panic!("{path}: {e}"));
            feeds += 1;
        }
    }
    assert!(feeds > 20, "only {feeds} feeds");
    let home = feed_rs::parser::parse(&fs::read(out.path().join("atom.xml")).unwrap()[..]).unwrap();
    assert_eq!(home.entries.len(), 20, "feed_limit default of 20");
    // Full content, escaped as text inside the XML.
    let body = home
        .entries
        .iter()
        .find_map(|e| e.content.as_ref()?.body.clone())
        .unwrap();
    assert!(
        body.contains("<p>"),
        "content should carry the article HTML"
    );
    let sitemap = fs::read_to_string(out.path().join("sitemap.xml")).unwrap();
    let doc = roxmltree::Document::parse(&sitemap).unwrap();
    let locs = doc.descendants().filter(|n| n.has_tag_name("loc")).count();
    assert!(locs > 50, "sitemap lists {locs} URLs");
    let robots = fs::read_to_string(out.path().join("robots.txt")).unwrap();
    assert!(robots.contains(&format!("Sitemap: {SAMPLE_BASE}sitemap.xml")));
}

/// Term feeds carry each entry's summary and a link to its page, in Atom only; the home feed
/// carries whole articles, in Atom and JSON Feed; `term_feeds: {entries: full, json_feed:
/// true}` puts whole articles in term feeds too, and brings their JSON Feeds back.
#[test]
fn term_feeds_carry_summaries_unless_full() {
    let body_marker = "Second paragraph.";
    let site = TempSite::new(&[(
        "content/2024/05/one.md",
        &article(
            "Budget vote in Ghana",
            "2024-05-02T10:00:00Z",
            "summary: Lawmakers passed the budget.\ntags: [budget]\npeople: [Ama Mensah]\nplaces: [Ghana]\n",
        ),
    )]);
    let o = site.build(&["--quiet"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let read = |p: &str| fs::read_to_string(site.out().join(p)).unwrap();
    let home = feed_rs::parser::parse(read("atom.xml").as_bytes()).unwrap();
    let content =
        |f: &feed_rs::model::Feed| f.entries[0].content.as_ref().unwrap().body.clone().unwrap();
    assert!(
        content(&home).contains(body_marker),
        "home feed keeps the whole article"
    );
    assert!(home.entries[0].summary.is_some(), "and its summary");
    let permalink = "https://example.org/articles/2024/05/one/";
    for feed in [
        "tags/budget/atom.xml",
        "people/ama-mensah/atom.xml",
        "regions/ghana/atom.xml",
    ] {
        let f =
            feed_rs::parser::parse(read(feed).as_bytes()).unwrap_or_else(|e| panic!("{feed}: {e}"));
        let c = content(&f);
        assert!(!c.contains(body_marker), "{feed} repeats the body: {c}");
        assert!(c.contains("Lawmakers passed the budget."), "{feed}: {c}");
        // The content is the summary already: no <summary> repeating its first paragraph.
        assert!(f.entries[0].summary.is_none(), "{feed} repeats the summary");
        assert!(
            c.contains(&format!("<a href=\"{permalink}\">")),
            "{feed}: {c}"
        );
    }
    // Term feeds are Atom only: no JSON Feed copy, and no page links one.
    for json in [
        "tags/budget/feed.json",
        "people/ama-mensah/feed.json",
        "regions/ghana/feed.json",
    ] {
        assert!(!site.out().join(json).exists(), "{json} is published");
    }
    let tag_page = read("tags/budget/index.html");
    assert!(
        tag_page.contains(
            r#"type=application/atom+xml title="budget · Test Digest" href=/tags/budget/atom.xml>"#
        ),
        "{tag_page}"
    );
    assert!(
        !tag_page.contains("application/feed+json"),
        "no JSON Feed to link: {tag_page}"
    );
    let json: serde_json::Value = serde_json::from_str(&read("feed.json")).unwrap();
    assert!(
        json["items"][0]["content_html"]
            .as_str()
            .unwrap()
            .contains(body_marker)
    );
    assert!(site.out().join("editions/feed.json").exists());

    site.write(
        "site.yaml",
        "title: Test Digest\nbase_url: https://example.org/\nterm_feeds: {entries: full, json_feed: true}\n",
    );
    let o = site.build(&["--quiet"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let f = feed_rs::parser::parse(read("tags/budget/atom.xml").as_bytes()).unwrap();
    assert!(content(&f).contains(body_marker), "term_feeds: full");
    let json: serde_json::Value = serde_json::from_str(&read("tags/budget/feed.json")).unwrap();
    assert!(
        json["items"][0]["content_html"]
            .as_str()
            .unwrap()
            .contains(body_marker)
    );
    assert!(site.out().join("regions/ghana/feed.json").exists());
    assert!(read("tags/budget/index.html").contains(
        r#"type=application/feed+json title="budget · Test Digest" href=/tags/budget/feed.json>"#
    ));

    // Back to the default: the JSON copies leave the output.
    site.write(
        "site.yaml",
        "title: Test Digest\nbase_url: https://example.org/\nterm_feeds: summary\n",
    );
    let o = site.build(&["--quiet"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(!site.out().join("tags/budget/feed.json").exists());
    assert!(site.out().join("tags/budget/atom.xml").exists());
}

/// The bytes and files of a built output folder, without newsdesk's bookkeeping files.
fn published_size(out: &std::path::Path) -> (u64, usize) {
    snapshot(out)
        .iter()
        .filter(|(p, _)| !p.rsplit('/').next().unwrap().starts_with(".newsdesk-"))
        .fold((0, 0), |(b, n), (_, bytes)| (b + bytes.len() as u64, n + 1))
}

/// `build -v` reports the site's size; past the warning size (lowered here through the
/// test-only variable, as no test can build 800 MB) the build warns, naming the biggest groups.
#[test]
fn builds_report_their_size_and_warn_near_the_pages_limit() {
    // A long article, so that article pages are the biggest group.
    let long = format!(
        "---\ntitle: Budget vote\ndate: 2024-05-02\n---\n\n{}",
        "Lawmakers debated the budget until late at night. ".repeat(2000)
    );
    let site = TempSite::new(&[("content/2024/05/one.md", &long)]);
    let run = |limit: Option<&str>| {
        let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_newsdesk"));
        cmd.args(["build", "-v", "--root", site.root().to_str().unwrap()]);
        if let Some(l) = limit {
            cmd.env("NEWSDESK_TEST_SIZE_WARNING_BYTES", l);
        }
        let o = cmd.output().unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        String::from_utf8_lossy(&o.stderr).into_owned()
    };
    let err = run(None);
    assert!(!err.contains("warning"), "{err}");
    let (bytes, files) = published_size(&site.out());
    let line = err
        .lines()
        .find(|l| l.starts_with("site size: "))
        .unwrap_or_else(|| panic!("{err}"));
    assert!(
        line.starts_with(&format!(
            "site size: {:.1} MB in {files} files (biggest: ",
            bytes as f64 / 1e6
        )),
        "{line} (published: {bytes} bytes, {files} files)"
    );
    // Just above the real size: no warning; just below: one, naming groups.
    assert!(!run(Some(&bytes.to_string())).contains("warning"));
    let err = run(Some(&(bytes - 1).to_string()));
    let warning = err
        .lines()
        .find(|l| l.starts_with("warning: the site is "))
        .unwrap_or_else(|| panic!("{err}"));
    assert!(
        warning.contains("near GitHub Pages' limit of 1 GB"),
        "{warning}"
    );
    assert!(
        warning.contains("articles/ ") && warning.contains("feeds "),
        "{warning}"
    );
}

#[test]
fn builds_are_deterministic() {
    let a = tempfile::tempdir().unwrap();
    let b = tempfile::tempdir().unwrap();
    build_sample(a.path(), &[]);
    build_sample(b.path(), &[]);
    let (sa, sb) = (snapshot(a.path()), snapshot(b.path()));
    assert_eq!(sa.keys().collect::<Vec<_>>(), sb.keys().collect::<Vec<_>>());
    for (k, v) in &sa {
        assert!(v == &sb[k], "{k} differs between two builds");
    }
}

#[test]
fn a_second_build_rewrites_nothing() {
    let out = tempfile::tempdir().unwrap();
    build_sample(out.path(), &[]);
    let mtimes = |dir: &std::path::Path| -> Vec<(String, SystemTime)> {
        snapshot(dir)
            .keys()
            .map(|k| {
                (
                    k.clone(),
                    fs::metadata(dir.join(k)).unwrap().modified().unwrap(),
                )
            })
            .collect()
    };
    let before = mtimes(out.path());
    std::thread::sleep(std::time::Duration::from_millis(20));
    let repo = repo();
    let o = newsdesk(&[
        "build",
        "--root",
        repo.to_str().unwrap(),
        "--output",
        out.path().to_str().unwrap(),
    ]);
    assert!(o.status.success());
    let msg = String::from_utf8_lossy(&o.stderr);
    assert!(msg.contains("(0 written,"), "{msg}");
    let after = mtimes(out.path());
    let touched: Vec<&String> = before
        .iter()
        .zip(&after)
        .filter(|(a, b)| a != b)
        .map(|(a, _)| &a.0)
        .collect();
    assert_eq!(before.len(), after.len());
    assert!(
        touched.is_empty(),
        "rewritten by a no-op build: {touched:?}"
    );
}

#[test]
fn drafts_only_with_flag() {
    let site = TempSite::new(&[
        (
            "content/a.md",
            &article("Published piece", "2024-07-01", ""),
        ),
        (
            "content/b.md",
            &article("Secret draft", "2024-07-02", "draft: true\n"),
        ),
    ]);
    assert!(site.build(&[]).status.success());
    assert!(site.out().join("articles/2024/07/a/index.html").exists());
    assert!(!site.out().join("articles/2024/07/b/index.html").exists());
    assert!(
        !fs::read_to_string(site.out().join("index.html"))
            .unwrap()
            .contains("Secret draft")
    );
    assert!(site.build(&["--drafts"]).status.success());
    assert!(site.out().join("articles/2024/07/b/index.html").exists());
    // Turning drafts off again removes the page that is no longer published.
    assert!(site.build(&[]).status.success());
    assert!(!site.out().join("articles/2024/07/b/index.html").exists());
}

#[test]
fn site_templates_override_theme_templates() {
    let site = TempSite::new(&[
        ("content/a.md", &article("Hello", "2024-07-01", "")),
        (
            "templates/article.html",
            "{% extends \"base.html\" %}{% block content %}<p id=\"custom\">CUSTOM {{ article.title }}</p>{% endblock content %}",
        ),
        ("static/extra.txt", "static file"),
    ]);
    let o = site.build(&[]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let page = fs::read_to_string(site.out().join("articles/2024/07/a/index.html")).unwrap();
    assert!(page.contains("<p id=custom>CUSTOM Hello"), "{page}");
    assert!(
        page.contains("<html"),
        "the override still extends the theme's base.html"
    );
    assert_eq!(
        fs::read_to_string(site.out().join("extra.txt")).unwrap(),
        "static file"
    );
}

#[test]
fn static_files_are_kept_by_stamp_and_recopied_whenever_they_change() {
    let site = TempSite::new(&[
        ("content/a.md", &article("Hello", "2024-07-01", "")),
        ("static/docs/a.txt", "first version"),
        ("static/fresh.txt", "AAAA"),
    ]);
    let src = site.root().join("static/docs/a.txt");
    settle(&src);
    let out = site.out().join("docs/a.txt");
    assert!(site.build(&[]).status.success());
    assert_eq!(fs::read_to_string(&out).unwrap(), "first version");
    let copied = fs::metadata(&out).unwrap().modified().unwrap();
    assert!(site.build(&[]).status.success());
    assert_eq!(
        fs::metadata(&out).unwrap().modified().unwrap(),
        copied,
        "an unchanged static file is not copied again"
    );
    // Rewritten in place at the same size, its modification time put back: the change time
    // still tells.
    let mtime = fs::metadata(&src).unwrap().modified().unwrap();
    fs::write(&src, "other version").unwrap();
    set_mtime(&src, mtime);
    assert!(site.build(&[]).status.success());
    assert_eq!(fs::read_to_string(&out).unwrap(), "other version");
    // A file changed within the same second as the build before (stamps too recent to trust)
    // is compared byte for byte.
    site.write("static/fresh.txt", "BBBB");
    assert!(site.build(&[]).status.success());
    assert_eq!(
        fs::read_to_string(site.out().join("fresh.txt")).unwrap(),
        "BBBB"
    );
    site.write("static/fresh.txt", "CCCC");
    assert!(site.build(&[]).status.success());
    assert_eq!(
        fs::read_to_string(site.out().join("fresh.txt")).unwrap(),
        "CCCC"
    );
    // An output file deleted by hand is written again; one gone from static/ is removed.
    fs::remove_file(&out).unwrap();
    assert!(site.build(&[]).status.success());
    assert_eq!(fs::read_to_string(&out).unwrap(), "other version");
    fs::remove_file(&src).unwrap();
    assert!(site.build(&[]).status.success());
    assert!(!out.exists());
}

#[test]
fn site_without_themes_folder_uses_the_embedded_theme() {
    let site = TempSite::new(&[(
        "content/a.md",
        &article("Hello", "2024-07-01", "places: [Laos]\npeople: [Wang Yi]\n"),
    )]);
    assert!(!site.root().join("themes").exists());
    assert!(site.build(&[]).status.success());
    assert!(site.out().join("style.css").exists());
    assert!(
        site.out()
            .join("regions/southeast-asia/index.html")
            .exists()
    );
    let (broken, _) = broken_links(&site.out(), "https://example.org/");
    assert!(broken.is_empty(), "{broken:?}");
}

fn failing(site: &TempSite) -> String {
    let o = site.build(&[]);
    assert!(!o.status.success(), "build should fail");
    assert_eq!(o.status.code(), Some(1));
    String::from_utf8_lossy(&o.stderr).to_string()
}

#[test]
fn front_matter_errors_name_file_line_and_column() {
    let site = TempSite::new(&[(
        "content/2024/bad.md",
        "---\ntitle: Fine\ntags: [a, b\ndate: 2024-07-01\n---\nBody\n",
    )]);
    let err = failing(&site);
    assert!(err.contains("content/2024/bad.md:"), "{err}");
    let loc = regex::Regex::new(r"bad\.md:(\d+):(\d+):").unwrap();
    let c = loc
        .captures(&err)
        .unwrap_or_else(|| panic!("no line:col in {err}"));
    let line: usize = c[1].parse().unwrap();
    assert!((3..=5).contains(&line), "line {line} in {err}");
}

#[test]
fn error_cases_have_clear_messages() {
    let cases: &[(&str, &[u8], &str)] = &[
        (
            "content/x.md",
            b"---\ntitle: A\ntitel: B\ndate: 2024-07-01\n---\n",
            "content/x.md:3:1: unknown front matter key `titel`; did you mean `title`?",
        ),
        (
            "content/x.md",
            b"Just text, no front matter\n",
            "content/x.md:1:1: no front matter",
        ),
        (
            "content/x.md",
            b"---\ntitle: A\ndate: 2024-07-01\n---\nbad \xff byte\n",
            "content/x.md:5: not UTF-8",
        ),
        (
            "content/x.md",
            b"---\ntitle: A\ndate: 27/07/2024\n---\n",
            "content/x.md:3:1: `27/07/2024` is not a date",
        ),
        ("content/x.md", b"---\ntitle: A\n---\n", "missing `date`"),
        (
            "content/x.md",
            b"---\ndate: 2024-07-01\n---\n",
            "`title` is required",
        ),
    ];
    for (path, bytes, expected) in cases {
        let site = TempSite::new(&[]);
        let p = site.root().join(path);
        fs::create_dir_all(p.parent().unwrap()).unwrap();
        fs::write(&p, bytes).unwrap();
        let err = failing(&site);
        assert!(err.contains(expected), "expected {expected:?} in: {err}");
    }
}

#[test]
fn duplicate_slugs_are_an_error_naming_both_files() {
    let site = TempSite::new(&[
        (
            "content/2024/07/story.md",
            &article("One", "2024-07-01", ""),
        ),
        (
            "content/2024/07/other.md",
            &article("Two", "2024-07-09", "slug: story\n"),
        ),
    ]);
    let err = failing(&site);
    assert!(err.contains("duplicate slug `story` in 2024/07"), "{err}");
    assert!(
        err.contains("content/2024/07/story.md") && err.contains("content/2024/07/other.md"),
        "{err}"
    );
}

#[test]
fn the_same_slug_in_different_months_is_fine() {
    // Archives repeat headlines; the month is part of the URL, so both get a page.
    let site = TempSite::new(&[
        (
            "content/2024/07/story.md",
            &article("One", "2024-07-01", ""),
        ),
        (
            "content/2024/08/story.md",
            &article("Two", "2024-08-01", ""),
        ),
    ]);
    assert!(site.build(&[]).status.success());
    assert!(
        site.out()
            .join("articles/2024/07/story/index.html")
            .exists()
    );
    assert!(
        site.out()
            .join("articles/2024/08/story/index.html")
            .exists()
    );
}

#[test]
fn config_errors_suggest_and_name_the_key() {
    let site = TempSite::new(&[]);
    site.write(
        "site.yaml",
        "title: T\nbase_url: https://example.org/\npaginate_bye: 5\n",
    );
    let err = failing(&site);
    assert!(
        err.contains("site.yaml:3:1: unknown key `paginate_bye`; did you mean `paginate_by`?"),
        "{err}"
    );
    site.write("site.yaml", "title: T\n");
    assert!(failing(&site).contains("`base_url` is not set"));
    let empty = tempfile::tempdir().unwrap();
    let o = newsdesk(&["build", "--root", empty.path().to_str().unwrap()]);
    assert!(String::from_utf8_lossy(&o.stderr).contains("is not a newsdesk site"));
}

#[test]
fn template_errors_name_the_template_and_line() {
    let site = TempSite::new(&[
        ("content/a.md", &article("Hello", "2024-07-01", "")),
        (
            "templates/article.html",
            "{% extends \"base.html\" %}\n{% block content %}\n{{ article.no_such_field }}\n{% endblock content %}",
        ),
    ]);
    let err = failing(&site);
    assert!(err.contains("templates/article.html:3:"), "{err}");
}

#[test]
fn a_failed_build_keeps_the_previous_output() {
    let site = TempSite::new(&[
        ("content/a.md", &article("First", "2024-07-01", "")),
        ("content/b.md", &article("Second", "2024-07-02", "")),
    ]);
    assert!(site.build(&[]).status.success());
    let before = snapshot(&site.out());
    // One good change and one broken file: nothing of either may reach the output.
    site.write("content/a.md", &article("First, edited", "2024-07-01", ""));
    site.write("content/b.md", "---\ntitle: [unclosed\n---\n");
    let err = failing(&site);
    assert!(err.contains("content/b.md:"), "{err}");
    assert_eq!(
        before,
        snapshot(&site.out()),
        "output changed after a failed build"
    );
    // A template error is caught before writing, too.
    site.write("content/b.md", &article("Second", "2024-07-02", ""));
    site.write("templates/index.html", "{{ nope }}");
    failing(&site);
    assert_eq!(before, snapshot(&site.out()));
    let leftovers: Vec<_> = before
        .keys()
        .filter(|k| k.contains("newsdesk-tmp"))
        .collect();
    assert!(leftovers.is_empty());
}

#[test]
fn duplicates_fold_into_the_original_crediting_both_sources() {
    let site = TempSite::new(&[
        (
            "content/a.md",
            &article("Wire story", "2024-07-01", "source: Reuters\n"),
        ),
        (
            "content/b.md",
            &article(
                "Wire story again",
                "2024-07-01",
                "source: AP\nsource_url: https://example.com/ap\nduplicate_of: a\n",
            ),
        ),
        (
            "content/c.md",
            &article(
                "Wire story third",
                "2024-07-01",
                "source: AFP\nduplicate_of: a\n",
            ),
        ),
    ]);
    assert!(site.build(&[]).status.success());
    assert!(!site.out().join("articles/2024/07/b/index.html").exists());
    let page = fs::read_to_string(site.out().join("articles/2024/07/a/index.html")).unwrap();
    assert!(
        page.contains("<a href=https://example.com/ap>AP</a>"),
        "the duplicate's source is credited with its link"
    );
    assert!(page.contains("AFP"), "{page}");
    assert!(
        !page.contains("href=\"\"") && !page.contains("href>"),
        "a credit without a URL is not an empty link: {page}"
    );
    let home = fs::read_to_string(site.out().join("index.html")).unwrap();
    assert!(home.contains("Wire story"));
    assert!(!home.contains("Wire story again"));
}

#[test]
fn summary_mode_links_out_instead_of_republishing() {
    let site = TempSite::new(&[(
        "content/a.md",
        "---\ntitle: Theirs\ndate: 2024-07-01\nsource: Le Monde\nsource_url: https://example.com/orig\nsummary: Short take.\n---\n\nUNIQUE-BODY-TEXT paragraph.\n",
    )]);
    site.write(
        "site.yaml",
        "title: T\nbase_url: https://example.org/\narticle_pages: summary\n",
    );
    assert!(site.build(&[]).status.success());
    let page = fs::read_to_string(site.out().join("articles/2024/07/a/index.html")).unwrap();
    assert!(!page.contains("UNIQUE-BODY-TEXT"));
    assert!(page.contains("https://example.com/orig"));
    let feed = fs::read_to_string(site.out().join("atom.xml")).unwrap();
    assert!(!feed.contains("UNIQUE-BODY-TEXT"));
    assert!(feed.contains("Short take."));
}

#[test]
fn output_refuses_the_site_root() {
    let site = TempSite::new(&[("content/a.md", &article("A", "2024-07-01", ""))]);
    let o = site.build(&["--output", site.root().to_str().unwrap()]);
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("refusing to write output"));
    assert!(site.root().join("content/a.md").exists());
}

fn mtimes(dir: &std::path::Path) -> std::collections::BTreeMap<String, SystemTime> {
    snapshot(dir)
        .into_keys()
        .map(|k| {
            let t = fs::metadata(dir.join(&k)).unwrap().modified().unwrap();
            (k, t)
        })
        .collect()
}

#[test]
fn an_edit_rewrites_exactly_the_pages_that_show_the_article() {
    let site = TempSite::new(&[
        (
            "content/a.md",
            &article(
                "Alpha story",
                "2024-07-01",
                "people: [Ann Lee]\nplaces: [Laos]\n",
            ),
        ),
        (
            "content/b.md",
            &article(
                "Beta story",
                "2024-07-02",
                "people: [Bob Ray]\nplaces: [Peru]\n",
            ),
        ),
    ]);
    assert!(site.build(&[]).status.success());
    let before = mtimes(&site.out());
    std::thread::sleep(std::time::Duration::from_millis(30));
    site.write(
        "content/a.md",
        &article(
            "Alpha story, corrected",
            "2024-07-01",
            "people: [Ann Lee]\nplaces: [Laos]\n",
        ),
    );
    let o = site.build(&[]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let after = mtimes(&site.out());
    let changed: Vec<&String> = after
        .keys()
        .filter(|k| before.get(*k) != after.get(*k))
        .collect();
    for must in [
        "articles/2024/07/a/index.html",
        "index.html",
        "people/ann-lee/index.html",
        "regions/laos/index.html",
        "regions/asia/atom.xml",
        "atom.xml",
    ] {
        assert!(
            changed.iter().any(|c| c == &must),
            "{must} was not rewritten; changed: {changed:?}"
        );
        let text = fs::read_to_string(site.out().join(must)).unwrap();
        assert!(text.contains("Alpha story, corrected"), "{must} is stale");
    }
    for untouched in [
        "articles/2024/07/b/index.html",
        "people/bob-ray/index.html",
        "regions/peru/index.html",
        "style.css",
    ] {
        assert!(
            !changed.iter().any(|c| c == &untouched),
            "{untouched} was rewritten needlessly"
        );
    }
}

#[test]
fn template_changes_and_deleted_pages_are_rebuilt() {
    let site = TempSite::new(&[("content/a.md", &article("Alpha", "2024-07-01", ""))]);
    assert!(site.build(&[]).status.success());
    fs::remove_file(site.out().join("articles/2024/07/a/index.html")).unwrap();
    assert!(site.build(&[]).status.success());
    assert!(
        site.out().join("articles/2024/07/a/index.html").exists(),
        "a deleted page is restored"
    );
    site.write(
        "templates/partials/footer.html",
        "<footer>NEW FOOTER</footer>",
    );
    assert!(site.build(&[]).status.success());
    for page in [
        "index.html",
        "articles/2024/07/a/index.html",
        "tags/index.html",
    ] {
        let text = fs::read_to_string(site.out().join(page)).unwrap();
        assert!(text.contains("NEW FOOTER"), "{page} kept the old template");
    }
    site.write(
        "site.yaml",
        "title: Renamed Digest\nbase_url: https://example.org/\n",
    );
    assert!(site.build(&[]).status.success());
    let text = fs::read_to_string(site.out().join("articles/2024/07/a/index.html")).unwrap();
    assert!(
        text.contains("Renamed Digest"),
        "a config change re-renders pages"
    );
}

#[test]
fn registry_changes_reach_pages_that_were_otherwise_unchanged() {
    let site = TempSite::new(&[(
        "content/a.md",
        &article("Talks", "2024-07-01", "people: [Joe Biden]\n"),
    )]);
    assert!(site.build(&[]).status.success());
    site.write(
        "data/people.yaml",
        "people:\n  - name: Joe Biden\n    role: President of the United States\n",
    );
    assert!(site.build(&[]).status.success());
    let page = fs::read_to_string(site.out().join("people/joe-biden/index.html")).unwrap();
    assert!(
        page.contains("President of the United States"),
        "the registry's role reached the person page"
    );
}

#[test]
fn a_reused_builder_derives_again_what_an_edit_changes() {
    let site = TempSite::new(&[(
        "content/a.md",
        "---\ntitle: Talks\ndate: 2024-07-01\n---\n\nPrime Minister Anthony Albanese met officials in Canberra on Monday.\n",
    )]);
    let mut builder = newsdesk::build::Builder::new(newsdesk::BuildOptions {
        root: site.root().to_path_buf(),
        output: None,
        base_url: None,
        drafts: false,
    });
    builder.build().unwrap();
    assert!(
        site.out()
            .join("people/anthony-albanese/index.html")
            .exists()
    );
    assert!(site.out().join("regions/australia/index.html").exists());
    site.write(
        "content/a.md",
        "---\ntitle: Talks\ndate: 2024-07-01\n---\n\nPresident Emmanuel Macron met officials in Paris on Monday.\n",
    );
    builder.build().unwrap();
    assert!(
        site.out()
            .join("people/emmanuel-macron/index.html")
            .exists(),
        "edit re-derived"
    );
    assert!(
        !site
            .out()
            .join("people/anthony-albanese/index.html")
            .exists(),
        "old derivation dropped"
    );
    assert!(site.out().join("regions/france/index.html").exists());
    // A registry change re-derives unchanged files too.
    site.write("data/people.yaml", "ignore:\n  - Emmanuel Macron\n");
    builder.build().unwrap();
    assert!(
        !site
            .out()
            .join("people/emmanuel-macron/index.html")
            .exists(),
        "registry applied"
    );
}

/// Timelines and co-mentions come from every article of a subject (and the site's date span),
/// not only the cards a page lists: an edit to an article on a later page, or elsewhere on the
/// site, must still reach the first page.
#[test]
fn timelines_and_co_mentions_follow_articles_beyond_the_page() {
    let site = TempSite::new(&[
        (
            "content/a.md",
            &article("Older", "2024-07-01", "places: [Laos]\npeople: [Ann Lee]\n"),
        ),
        (
            "content/b.md",
            &article("Newer", "2024-07-08", "places: [Laos]\npeople: [Ann Lee]\n"),
        ),
    ]);
    site.write(
        "site.yaml",
        "title: Test Digest\nbase_url: https://example.org/\npaginate_by: 1\n",
    );
    assert!(site.build(&[]).status.success());
    let laos = || fs::read_to_string(site.out().join("regions/laos/index.html")).unwrap();
    let ann = || fs::read_to_string(site.out().join("people/ann-lee/index.html")).unwrap();
    assert!(laos().contains("2 articles in the 2 weeks"), "{}", laos());
    assert!(!laos().contains("Cy Doe"));

    // The older article (page 2 of both lists) gains a person and a country.
    site.write(
        "content/a.md",
        &article(
            "Older",
            "2024-07-01",
            "places: [Laos, Peru]\npeople: [Ann Lee, Cy Doe]\n",
        ),
    );
    assert!(site.build(&[]).status.success());
    assert!(laos().contains("Cy Doe"), "co-mentioned people are stale");
    assert!(ann().contains("Cy Doe"), "a person's co-mentions are stale");
    assert!(
        ann().contains("Peru"),
        "a person's co-mentioned places are stale"
    );

    // An article about something else widens the site's time axis.
    site.write(
        "content/c.md",
        &article("Later", "2024-07-22", "places: [Chile]\n"),
    );
    assert!(site.build(&[]).status.success());
    assert!(laos().contains("2 articles in the 4 weeks"), "{}", laos());
    assert!(ann().contains("2 articles in the 4 weeks"), "{}", ann());

    // The regions overview's map shades and lists the new country.
    let regions = fs::read_to_string(site.out().join("regions/index.html")).unwrap();
    assert!(
        regions.contains("<title>Chile: 1 article</title>"),
        "{regions}"
    );
    assert!(regions.contains("<title>Laos: 2 articles</title>"));
}

/// The preview server's builder keeps results between builds (derivations, related lists,
/// briefs, page keys). After every kind of edit its output must be byte for byte what a
/// fresh build of the same files writes.
#[test]
fn a_reused_builder_writes_what_a_fresh_build_writes_after_every_edit() {
    let people = ["Ann Lee", "Bo Chen", "Cy Doe", "Di Ruiz"];
    let places = ["Laos", "Peru", "Chile", "Vientiane", "Japan"];
    let tags = ["trade", "energy", "security"];
    let mut files = Vec::new();
    for k in 0..24 {
        let who = [people[k % 4], people[(k / 4) % 4]];
        let text = format!(
            "---\ntitle: Story {k}\ndate: 2024-07-{:02}\npeople: [{}, {}]\nplaces: [{}]\ntags: [{}]\nsummary: {} spoke about story {k}.\n---\n\n{} said on day {k} that talks would go on. Officials from {} agreed.\n",
            1 + k % 28,
            who[0],
            who[1],
            places[k % 5],
            tags[k % 3],
            who[0],
            who[0],
            places[k % 5],
        );
        files.push((format!("content/s{k:02}.md"), text));
    }
    let site = TempSite::with_files(&files);
    // No people or places in front matter: they are detected, so registry changes reach it.
    site.write(
        "content/detected.md",
        "---\ntitle: Island talks\ndate: 2024-07-05\n---\n\nAntony J. Blinken met officials in Kinmen on Monday. Mr. Blinken said the talks on Kinmen went well.\n",
    );
    site.write(
        "site.yaml",
        "title: Test Digest\nbase_url: https://example.org/\npaginate_by: 3\nfeed_limit: 4\n",
    );
    let opts = |out: std::path::PathBuf| site.options(out);
    let warm_out = site.root().join("warm");
    let mut warm = newsdesk::build::Builder::new(opts(warm_out.clone()));
    warm.build().unwrap();
    let bookkeeping = newsdesk::output::bookkeeping_files();
    let pages = |dir: &std::path::Path| {
        let mut s = snapshot(dir);
        s.retain(|p, _| !bookkeeping.contains(&p.as_str()));
        s
    };
    // Each step names the files it touched, as the preview server's watcher does.
    let check = |step: &str, warm: &mut newsdesk::build::Builder, touched: &[&str]| {
        let touched: Vec<std::path::PathBuf> =
            touched.iter().map(|t| site.root().join(t)).collect();
        if !touched.is_empty() {
            warm.hint_changed(&touched);
        }
        warm.build().unwrap();
        let cold_out = site.root().join("cold");
        let _ = fs::remove_dir_all(&cold_out);
        newsdesk::build(&opts(cold_out.clone())).unwrap();
        let (w, c) = (pages(&warm_out), pages(&cold_out));
        let differ: std::collections::BTreeSet<&String> = c
            .keys()
            .chain(w.keys())
            .filter(|p| w.get(*p) != c.get(*p))
            .collect();
        assert!(differ.is_empty(), "after {step}, these differ: {differ:?}");
    };
    let edit = |rel: &str, from: &str, to: &str| {
        let path = site.root().join(rel);
        let text = fs::read_to_string(&path).unwrap();
        assert!(text.contains(from), "{rel} lacks {from}");
        site.write(rel, &text.replacen(from, to, 1));
    };
    edit("content/s05.md", "talks would go on", "talks had ended");
    check("a body edit", &mut warm, &["content/s05.md"]);
    edit(
        "content/s05.md",
        "people: [Bo Chen, Bo Chen]",
        "people: [Di Ruiz]",
    );
    check("a change of people", &mut warm, &["content/s05.md"]);
    edit("content/s07.md", "places: [Chile]", "places: [Peru, Chile]");
    check("a change of places", &mut warm, &["content/s07.md"]);
    edit("content/s09.md", "summary: Bo Chen", "summary: Nobody");
    check("a summary edit", &mut warm, &["content/s09.md"]);
    edit("content/s10.md", "date: 2024-07-11", "date: 2024-06-02");
    check(
        "a date change that reorders the archive",
        &mut warm,
        &["content/s10.md"],
    );
    edit("content/s11.md", "tags: [security]", "tags: [energy]");
    check("a change of tags", &mut warm, &["content/s11.md"]);
    // The indexes are kept while no article's names change: each kind of change must
    // reach its pages (the source's pages here, the detected places' below).
    edit(
        "content/s13.md",
        "title: Story 13\n",
        "title: Story 13\nsource: Herald\n",
    );
    check("a new source", &mut warm, &["content/s13.md"]);
    edit("content/s13.md", "source: Herald", "source: Courier");
    check("a change of source", &mut warm, &["content/s13.md"]);
    edit(
        "content/detected.md",
        "in Kinmen on Monday",
        "in Lima on Monday",
    );
    check(
        "a body edit that changes the detected places",
        &mut warm,
        &["content/detected.md"],
    );
    edit(
        "content/detected.md",
        "in Lima on Monday",
        "in Kinmen on Monday",
    );
    check(
        "a body edit that changes them back",
        &mut warm,
        &["content/detected.md"],
    );
    site.write(
        "content/new.md",
        &article(
            "Breaking",
            "2024-07-30",
            "people: [Ann Lee]\nplaces: [Laos]\ntags: [trade]\n",
        ),
    );
    check("a new article", &mut warm, &["content/new.md"]);
    fs::remove_file(site.root().join("content/s00.md")).unwrap();
    check("a deleted article", &mut warm, &["content/s00.md"]);
    site.write(
        "content/extra/one.md",
        &article("Extra one", "2024-07-03", "places: [Laos]\n"),
    );
    site.write(
        "content/extra/two.md",
        &article("Extra two", "2024-07-04", "people: [Cy Doe]\n"),
    );
    check("a new folder", &mut warm, &["content/extra"]);
    edit("content/s12.md", "talks would go on", "talks paused");
    check("an edit the watcher did not name", &mut warm, &[]);
    fs::remove_dir_all(site.root().join("content/extra")).unwrap();
    check("a deleted folder", &mut warm, &["content/extra"]);
    // Editor's intros: the edition page, the home page (latest edition), the emails and the
    // edition feeds follow them.
    site.write(
        "content/editions/2024-07-05.md",
        "---\ntitle: Island day\norder: [detected, s04]\n---\nRead [the talks](/articles/2024/07/detected/) first.\n",
    );
    check(
        "a new intro",
        &mut warm,
        &["content/editions/2024-07-05.md"],
    );
    edit("content/editions/2024-07-05.md", "[detected, s04]", "[s04]");
    check(
        "an intro's order edit",
        &mut warm,
        &["content/editions/2024-07-05.md"],
    );
    site.write(
        "content/editions/2024-07-30.md",
        "The latest, on the home page.\n",
    );
    check(
        "an intro for the latest edition",
        &mut warm,
        &["content/editions/2024-07-30.md"],
    );
    edit(
        "content/editions/2024-07-30.md",
        "The latest",
        "Still the latest",
    );
    check(
        "an edit the watcher did not name, in an intro",
        &mut warm,
        &[],
    );
    fs::remove_file(site.root().join("content/editions/2024-07-05.md")).unwrap();
    check(
        "a deleted intro",
        &mut warm,
        &["content/editions/2024-07-05.md"],
    );
    assert!(
        fs::read_to_string(warm_out.join("editions/2024-07-30/email.txt"))
            .unwrap()
            .contains("Still the latest"),
        "the email follows the intro"
    );
    site.write("content/s03.md", "---\ntitle: [broken\n---\n");
    assert!(warm.build().is_err(), "a broken file fails the build");
    site.write(
        "content/s03.md",
        &article("Fixed", "2024-07-04", "people: [Ann Lee]\n"),
    );
    check("a fixed file", &mut warm, &["content/s03.md"]);
    site.write(
        "data/people.yaml",
        "people:\n  - name: Ann Lee\n    aliases: [Officials]\n",
    );
    check("a registry change", &mut warm, &["data/people.yaml"]);
    site.write(
        "data/people.yaml",
        "people:\n  - name: Antony Blinken\n    aliases: [Antony J. Blinken, Mr. Blinken]\n",
    );
    site.write(
        "data/places.yaml",
        "places:\n  - name: Kinmen\n    country: Taiwan\n",
    );
    check(
        "registry changes that rename a detected person and add a place",
        &mut warm,
        &["data/people.yaml", "data/places.yaml"],
    );
}

/// Story grouping keeps term counts, vectors and pair scores between builds of one process.
/// After edits that move articles between stories, add, delete and redate them, and add
/// enough to change every weight, a reused builder writes byte for byte what a fresh build
/// writes, and the stories it shows change with the edits.
#[test]
fn a_reused_builder_groups_stories_as_a_fresh_build_does() {
    let sources = ["Reuters", "Agence", "Herald", "Courier"];
    let mut files = Vec::new();
    for event in 0..12 {
        for (r, source) in sources.iter().enumerate().take(2 + event % 3) {
            let date = format!("2024-07-{:02}", 1 + (event * 2) % 28);
            files.push((
                format!("content/e{event:02}-{r}.md"),
                event_report(event, source, r, &date),
            ));
        }
    }
    let site = TempSite::with_files(&files);
    site.write(
        "site.yaml",
        "title: Test Digest\nbase_url: https://example.org/\npaginate_by: 5\n",
    );
    let warm_out = site.root().join("warm");
    let mut warm = newsdesk::build::Builder::new(site.options(warm_out.clone()));
    warm.build().unwrap();
    let bookkeeping = newsdesk::output::bookkeeping_files();
    let pages = |dir: &std::path::Path| {
        let mut s = snapshot(dir);
        s.retain(|p, _| !bookkeeping.contains(&p.as_str()));
        s
    };
    // How many article pages name other coverage of their story.
    let covered = |dir: &std::path::Path| {
        pages(dir)
            .iter()
            .filter(|(p, bytes)| {
                p.starts_with("articles/")
                    && p.ends_with("index.html")
                    && String::from_utf8_lossy(bytes).contains("article-also")
            })
            .count()
    };
    let first = covered(&warm_out);
    assert!(
        first >= 20,
        "reports of one event form stories: {first} pages"
    );
    let mut seen = vec![first];
    let mut check = |step: &str, touched: &[&str]| {
        let touched: Vec<std::path::PathBuf> =
            touched.iter().map(|t| site.root().join(t)).collect();
        warm.hint_changed(&touched);
        warm.build().unwrap();
        let cold_out = site.root().join("cold");
        let _ = fs::remove_dir_all(&cold_out);
        newsdesk::build(&site.options(cold_out.clone())).unwrap();
        let (w, c) = (pages(&warm_out), pages(&cold_out));
        let differ: std::collections::BTreeSet<&String> = c
            .keys()
            .chain(w.keys())
            .filter(|p| w.get(*p) != c.get(*p))
            .collect();
        assert!(differ.is_empty(), "after {step}, these differ: {differ:?}");
        seen.push(covered(&warm_out));
    };
    site.write(
        "content/e03-0.md",
        &event_report(3, "Reuters", 0, "2024-07-07").replace("More later.", "Rescuers arrived."),
    );
    check("an edit of a report's lead", &["content/e03-0.md"]);
    site.write(
        "content/e04-1.md",
        &event_report(7, "Agence", 1, "2024-07-15"),
    );
    check(
        "a report rewritten about another event",
        &["content/e04-1.md"],
    );
    site.write(
        "content/e05-9.md",
        &event_report(5, "Wire", 3, "2024-07-11"),
    );
    check("a new report", &["content/e05-9.md"]);
    fs::remove_file(site.root().join("content/e06-0.md")).unwrap();
    check("a deleted report", &["content/e06-0.md"]);
    site.write(
        "content/e08-1.md",
        &event_report(8, "Agence", 1, "2024-07-28"),
    );
    check(
        "a report moved out of its story's days",
        &["content/e08-1.md"],
    );
    for k in 0..8 {
        site.write(
            &format!("content/more/m{k}.md"),
            &event_report(20 + k / 2, sources[k % 4], k % 2, "2024-07-25"),
        );
    }
    check(
        "enough new reports to change every weight",
        &["content/more"],
    );
    assert!(
        seen.windows(2).filter(|w| w[0] != w[1]).count() >= 3,
        "the edits change which pages name other coverage: {seen:?}"
    );
}

#[test]
fn build_full_repairs_output_files_damaged_outside_newsdesk() {
    let site = TempSite::new(&[
        (
            "content/2024/07/a.md",
            &article("Alpha story", "2024-07-01", "places: [Laos]\n"),
        ),
        (
            "content/2024/07/b.md",
            &article("Beta story", "2024-07-02", ""),
        ),
    ]);
    assert!(site.build(&["--quiet"]).status.success());
    let out = site.out();
    let bookkeeping = newsdesk::output::bookkeeping_files();
    let pages = || {
        let mut s = snapshot(&out);
        s.retain(|p, _| !bookkeeping.contains(&p.as_str()));
        s
    };
    let good = pages();
    // Damage of the same size (as a power loss can leave) and a truncation.
    let same_size = |rel: &str| {
        let p = out.join(rel);
        let len = fs::metadata(&p).unwrap().len() as usize;
        fs::write(&p, vec![b'#'; len]).unwrap();
    };
    same_size("articles/2024/07/a/index.html");
    same_size("search/t/0.bin");
    let feed = out.join("atom.xml");
    let text = fs::read(&feed).unwrap();
    fs::write(&feed, &text[..text.len() / 2]).unwrap();
    let untouched = out.join("articles/2024/07/b/index.html");
    let stamp = fs::metadata(&untouched).unwrap().modified().unwrap();

    // A plain build sees every file changed since the last build (its record of the
    // output holds each file's stamp) and redoes those three alone.
    let o = site.build(&[]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success() && err.contains("(3 written,"), "{err}");
    assert_eq!(pages(), good);
    assert_eq!(fs::metadata(&untouched).unwrap().modified().unwrap(), stamp);

    // Without that record (a deleted build cache), a plain build trusts the manifest where
    // sizes match: only the truncated feed is redone.
    same_size("articles/2024/07/a/index.html");
    same_size("search/t/0.bin");
    fs::write(&feed, &text[..text.len() / 2]).unwrap();
    fs::remove_dir_all(site.root().join(".newsdesk/cache/build")).unwrap();
    assert!(site.build(&["--quiet"]).status.success());
    let after_plain = pages();
    assert_eq!(after_plain["atom.xml"], good["atom.xml"]);
    assert_ne!(
        after_plain["articles/2024/07/a/index.html"],
        good["articles/2024/07/a/index.html"]
    );

    // --full renders everything, compares, and rewrites exactly the two damaged files.
    let o = site.build(&["--full"]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{err}");
    assert!(err.contains("(2 written,"), "{err}");
    assert_eq!(pages(), good);
    assert_eq!(fs::metadata(&untouched).unwrap().modified().unwrap(), stamp);
}

#[test]
fn a_reused_builder_writes_the_same_search_index_when_a_new_word_shifts_every_chunk() {
    // 81 articles (three word chunks) using two words in all: one word per chunk, so a new
    // word that sorts first moves every word to the next chunk, and the reused builder takes
    // the moved chunks' compressed bytes from its memo.
    let files: Vec<(String, String)> = (0..81)
        .map(|k| {
            let text = format!(
                "---\ntitle: Alpha\ndate: 2024-07-{:02}\n---\n\nAlpha beta.\n",
                1 + k % 28
            );
            (format!("content/a{k:02}.md"), text)
        })
        .collect();
    let site = TempSite::with_files(&files);
    let opts = |out: std::path::PathBuf| site.options(out);
    let warm_out = site.root().join("warm");
    let mut warm = newsdesk::build::Builder::new(opts(warm_out.clone()));
    warm.build().unwrap();
    let search = |dir: &std::path::Path| snapshot(&dir.join("search"));
    let before = search(&warm_out);
    assert!(before.contains_key("t/2.bin"));
    let cold_out = site.root().join("cold");
    for (step, body) in [
        ("a new first word", "Aardvark alpha beta."),
        ("its removal", "Alpha beta."),
    ] {
        site.write(
            "content/a05.md",
            &format!("---\ntitle: Alpha\ndate: 2024-07-06\n---\n\n{body}\n"),
        );
        warm.build().unwrap();
        let _ = fs::remove_dir_all(&cold_out);
        newsdesk::build(&opts(cold_out.clone())).unwrap();
        let (w, c) = (search(&warm_out), search(&cold_out));
        let differ: Vec<&String> = w.keys().filter(|p| w.get(*p) != c.get(*p)).collect();
        assert!(w == c, "after {step}, these differ: {differ:?}");
    }
    assert!(search(&warm_out) == before, "not back to the first index");
}

/// Region, person, tag and source feeds carry `term_feeds.limit` entries (10 by default, at
/// most `feed_limit`); the home feed keeps `feed_limit`.
#[test]
fn term_feeds_carry_their_own_limit_of_entries() {
    let files: Vec<(String, String)> = (0..25)
        .map(|i| {
            (
                format!("content/a{i:02}.md"),
                article(
                    &format!("Budget story {i}"),
                    &format!("2024-07-{:02}", i + 1),
                    "tags: [budget]\npeople: [Ama Mensah]\nplaces: [Ghana]\nsource: AP\n",
                ),
            )
        })
        .collect();
    let site = TempSite::with_files(&files);
    let entries = |rel: &str| {
        let text = fs::read_to_string(site.out().join(rel)).unwrap();
        feed_rs::parser::parse(text.as_bytes())
            .unwrap()
            .entries
            .len()
    };
    let terms = [
        "tags/budget/atom.xml",
        "people/ama-mensah/atom.xml",
        "regions/ghana/atom.xml",
        "sources/ap/atom.xml",
    ];
    let check = |yaml: &str, home: usize, term: usize| {
        site.write(
            "site.yaml",
            &format!("title: Test Digest\nbase_url: https://example.org/\n{yaml}"),
        );
        let o = site.build(&["--quiet"]);
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        assert_eq!(entries("atom.xml"), home, "{yaml}");
        for t in terms {
            assert_eq!(entries(t), term, "{t} with {yaml:?}");
        }
    };
    check("", 20, 10);
    check("term_feeds: {limit: 20}\n", 20, 20);
    check("term_feeds: {limit: 15, json_feed: true}\n", 20, 15);
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(
            &fs::read_to_string(site.out().join("tags/budget/feed.json")).unwrap()
        )
        .unwrap()["items"]
            .as_array()
            .unwrap()
            .len(),
        15
    );
    check("feed_limit: 5\n", 5, 5);
    site.write(
        "site.yaml",
        "title: Test Digest\nbase_url: https://example.org/\nterm_feeds:\n  limit: 0\n",
    );
    let o = site.build(&["--quiet"]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(!o.status.success());
    assert!(
        err.contains("site.yaml:3") && err.contains("`term_feeds.limit` must be at least 1"),
        "{err}"
    );
}

#[test]
fn related_coverage_lists_as_many_headlines_as_related_limit_says() {
    let article = "articles/2024/07/blinken-and-a-top-chinese-official-in-talks-on-u-s-china-tensions/index.html";
    let mut lists = Vec::new();
    for (extra, want) in [
        ("", 3),
        ("related: {limit: 5}\n", 5),
        ("related: {limit: 2}\n", 2),
        ("related: {limit: 0}\n", 0),
    ] {
        let site = tempfile::tempdir().unwrap();
        copy_sample(site.path(), extra);
        let root = site.path().to_str().unwrap();
        let o = newsdesk(&["build", "--quiet", "--root", root]);
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        let page = fs::read_to_string(site.path().join("public").join(article)).unwrap();
        let doc = dom_query::Document::from(page.as_str());
        let links: Vec<String> = doc
            .select("aside.related li > a")
            .iter()
            .map(|a| a.attr("href").unwrap().to_string())
            .collect();
        assert_eq!(links.len(), want, "{extra:?}: {links:?}");
        // No empty "Related coverage" box without headlines.
        assert_eq!(doc.select("aside.related").exists(), want > 0, "{extra:?}");
        lists.push(links);
    }
    // A shorter list is the longer one's first headlines: the best-related ones.
    assert_eq!(lists[0][..], lists[1][..3]);
    assert_eq!(lists[2][..], lists[0][..2]);
}

/// The `<loc>` texts of a sitemap file, and whether it is an index.
fn sitemap_locs(path: &std::path::Path) -> (Vec<String>, bool) {
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let doc =
        roxmltree::Document::parse(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let locs = doc
        .descendants()
        .filter(|n| n.has_tag_name("loc"))
        .map(|n| n.text().unwrap_or("").to_string())
        .collect();
    (locs, doc.root_element().has_tag_name("sitemapindex"))
}

/// Past `sitemap_urls` URLs (the protocol's 50,000 by default) the sitemap is split: an
/// index at `sitemap.xml` naming parts that together list exactly the URLs one file would;
/// a theme written before the index existed still builds it; a limit out of range is refused.
#[test]
fn a_sitemap_past_its_limit_is_an_index_of_parts() {
    let whole = tempfile::tempdir().unwrap();
    build_sample(whole.path(), &[]);
    let (all, index) = sitemap_locs(&whole.path().join("sitemap.xml"));
    assert!(!index && all.len() > 50, "{} URLs", all.len());

    let site = tempfile::tempdir().unwrap();
    copy_sample(site.path(), "\nsitemap_urls: 20\n");
    // An older theme: the default one, copied without the index template.
    let theme = site.path().join("themes/old");
    for e in walkdir::WalkDir::new(repo().join("themes/default")) {
        let e = e.unwrap();
        let dest = theme.join(
            e.path()
                .strip_prefix(repo().join("themes/default"))
                .unwrap(),
        );
        if e.file_type().is_dir() {
            fs::create_dir_all(&dest).unwrap();
        } else if e.file_name() != "sitemap_index.xml" {
            fs::copy(e.path(), &dest).unwrap();
        }
    }
    let yaml = fs::read_to_string(site.path().join("site.yaml")).unwrap();
    let yaml: String = yaml
        .lines()
        .filter(|l| !l.starts_with("theme:"))
        .map(|l| format!("{l}\n"))
        .collect();
    fs::write(site.path().join("site.yaml"), format!("{yaml}theme: old\n")).unwrap();
    let out = tempfile::tempdir().unwrap();
    let o = newsdesk(&[
        "build",
        "--quiet",
        "--root",
        site.path().to_str().unwrap(),
        "--output",
        out.path().to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let (parts, index) = sitemap_locs(&out.path().join("sitemap.xml"));
    assert!(index, "sitemap.xml should be an index");
    assert_eq!(parts.len(), all.len().div_ceil(20));
    let mut listed = Vec::new();
    for (k, part) in parts.iter().enumerate() {
        let name = format!("sitemap-{}.xml", k + 1);
        assert!(part.ends_with(&name), "{part}");
        let (locs, index) = sitemap_locs(&out.path().join(&name));
        assert!(
            !index && !locs.is_empty() && locs.len() <= 20,
            "{name}: {}",
            locs.len()
        );
        listed.extend(locs);
    }
    assert_eq!(
        listed, all,
        "the parts list the whole sitemap's URLs, in order"
    );

    let bad = tempfile::tempdir().unwrap();
    copy_sample(bad.path(), "\nsitemap_urls: 60000\n");
    let o = newsdesk(&["build", "--quiet", "--root", bad.path().to_str().unwrap()]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        !o.status.success() && err.contains("sitemap_urls") && err.contains("site.yaml"),
        "{err}"
    );
}
