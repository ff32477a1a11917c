//! Paths stay inside: slugs and file names derived from hostile titles, front matter and names
//! (`..`, absolute paths, NUL and other controls, Windows device names, over-long names, names
//! that normalise to one slug, case-only differences) never leave the output or content folder
//! and never produce a name some system cannot hold. Each test works in a sandbox folder a few
//! levels above the site, so an escape of any depth would show up in its listing.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use common::*;
use newsdesk::slug::is_reserved;

/// A site at `sandbox/a/b/site`: escapes of up to three levels land inside the sandbox.
struct Sandbox {
    dir: tempfile::TempDir,
}

impl Sandbox {
    fn new() -> Sandbox {
        let s = Sandbox {
            dir: tempfile::tempdir().unwrap(),
        };
        s.write(
            "site.yaml",
            "title: Paths\nbase_url: https://example.org/\ntimezone: UTC\n",
        );
        s
    }

    fn top(&self) -> &Path {
        self.dir.path()
    }

    fn root(&self) -> PathBuf {
        self.top().join("a/b/site")
    }

    fn write(&self, rel: &str, text: &str) {
        let p = self.root().join(rel);
        fs::create_dir_all(p.parent().unwrap()).unwrap();
        fs::write(p, text).unwrap();
    }

    fn run(&self, args: &[&str]) -> (bool, String, String) {
        let root = self.root();
        let mut all = vec![args[0], "--root", root.to_str().unwrap()];
        all.extend_from_slice(&args[1..]);
        let o = newsdesk(&all);
        (
            o.status.success(),
            String::from_utf8_lossy(&o.stdout).into_owned(),
            String::from_utf8_lossy(&o.stderr).into_owned(),
        )
    }

    /// Every file and folder in the sandbox, relative and `/`-separated.
    fn tree(&self) -> BTreeSet<String> {
        walkdir::WalkDir::new(self.top())
            .min_depth(1)
            .into_iter()
            .map(|e| {
                let e = e.unwrap();
                e.path()
                    .strip_prefix(self.top())
                    .unwrap()
                    .to_string_lossy()
                    .into_owned()
            })
            .collect()
    }
}

/// Fails unless every component of every path below `dir` is a name all common systems can
/// hold, and no two paths differ only in case (they would clash on macOS and Windows).
fn assert_portable_names(dir: &Path) {
    let mut folded: BTreeMap<String, String> = BTreeMap::new();
    for e in walkdir::WalkDir::new(dir).min_depth(1) {
        let e = e.unwrap();
        let rel = e.path().strip_prefix(dir).unwrap().to_string_lossy();
        for part in rel.split('/') {
            assert!(part.len() <= 255, "component over 255 bytes in {rel}");
            assert!(
                !part
                    .chars()
                    .any(|c| c.is_control() || "\\:*?\"<>|".contains(c)),
                "unportable character in {rel:?}"
            );
            assert!(!is_reserved(part), "Windows device name in {rel}");
            assert!(
                !part.ends_with(['.', ' ']),
                "trailing dot or space in {rel:?}"
            );
        }
        if let Some(other) = folded.insert(rel.to_lowercase(), rel.to_string()) {
            panic!("`{rel}` and `{other}` differ only in case");
        }
    }
}

/// Hostile `slug:` values and what each must become (one article per month, so each gets its
/// own URL even when two normalise alike).
const SLUGS: &[(&str, &str)] = &[
    ("\"..\"", "untitled"),
    ("\".\"", "untitled"),
    ("\"../../x\"", "x"),
    ("\"../../../../../../../../tmp/escaped\"", "tmp-escaped"),
    ("\"/etc/x\"", "etc-x"),
    ("'C:\\x'", "c-x"),
    ("'\\\\server\\share\\x'", "server-share-x"),
    ("\"a\\0b\"", "ab"),
    ("\"tab\\tand\\x01bell\\x07\\x7f\"", "tab-andbell"),
    ("\"a\\u2028b\\u202Ec\"", "a-bc"),
    ("CON", "con-1"),
    ("nul", "nul-1"),
    ("Aux", "aux-1"),
    ("PRN", "prn-1"),
    ("com1", "com1-1"),
    ("LPT9", "lpt9-1"),
    ("\"con.txt\"", "con-txt"),
    ("\"%2e%2e%2f\"", "2e-2e-2f"),
    ("\"~\"", "untitled"),
];

fn article_with(title: &str, date: &str, extra: &str) -> String {
    format!("---\ntitle: {title}\ndate: {date}\n{extra}---\n\nBody text of this article.\n")
}

#[test]
fn hostile_slugs_and_names_stay_inside_the_output_folder() {
    let sb = Sandbox::new();
    let long_slug = "x".repeat(300);
    let cjk_slug = "北京".repeat(200);
    let mut slugs: Vec<(String, String)> = SLUGS
        .iter()
        .map(|(s, e)| (s.to_string(), e.to_string()))
        .collect();
    slugs.push((long_slug, "x".repeat(80)));
    // Cut at the last hyphen within 80 bytes.
    slugs.push((cjk_slug, format!("{}bei", "bei-jing-".repeat(8))));
    // Every hostile string is also a tag, a person, a place and a source.
    let hostile_names: Vec<&str> = [
        "../../x", "..", "/etc/x", "C:\\x", "CON", "nul.txt", "Com1", "lpt1", "a\\0b",
    ]
    .to_vec();
    let names_yaml = format!(
        "[{}]",
        hostile_names
            .iter()
            .map(|n| format!("\"{}\"", n.replace('\\', "\\\\").replace("\\\\0", "\\0")))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let mut expected = Vec::new();
    for (i, (slug, want)) in slugs.iter().enumerate() {
        let year = 2001 + i;
        sb.write(
            &format!("content/{year}/article-{i}.md"),
            &article_with(
                &format!("Article {i}"),
                &format!("{year}-07-01"),
                &format!(
                    "slug: {slug}\ntags: {names_yaml}\npeople: {names_yaml}\nplaces: {names_yaml}\nsource: \"{}\"\n",
                    hostile_names[i % hostile_names.len()].replace('\\', "\\\\")
                ),
            ),
        );
        expected.push(format!("articles/{year}/07/{want}/index.html"));
    }
    // Hostile file names with no `slug:`: the file stem is the slug.
    let long_name = format!("{}.md", "y".repeat(250));
    let files = [
        ("CON.md", "con-1"),
        ("nul.txt.md", "nul-txt"),
        ("\u{1}ctl\u{7f}.md", "ctl"),
        ("Ａｕｘ.md", "aux-1"),
        (long_name.as_str(), &"y".repeat(80)),
    ];
    for (i, (name, want)) in files.iter().enumerate() {
        let year = 2101 + i;
        sb.write(
            &format!("content/{year}/{name}"),
            &article_with(&format!("File {i}"), &format!("{year}-03-01"), ""),
        );
        expected.push(format!("articles/{year}/03/{want}/index.html"));
    }
    // A static file whose name is at the 255-byte limit (its staging name must fit too).
    let static_name = format!("{}.txt", "s".repeat(251));
    sb.write(&format!("static/{static_name}"), "kept");
    expected.push(static_name);
    let before = sb.tree();

    let (ok, _, err) = sb.run(&["build", "--quiet"]);
    assert!(ok, "{err}");

    let out = sb.root().join("public");
    for page in &expected {
        assert!(out.join(page).is_file(), "missing {page}");
    }
    // Only the output folder, and the build cache in the site's own `.newsdesk/cache/`.
    for rel in sb.tree().difference(&before) {
        assert!(
            rel.starts_with("a/b/site/public") || rel.starts_with("a/b/site/.newsdesk"),
            "written outside the output folder: {rel}"
        );
        if rel.starts_with("a/b/site/.newsdesk/") {
            assert!(
                rel.starts_with("a/b/site/.newsdesk/cache"),
                "only the cache under .newsdesk: {rel}"
            );
        }
    }
    assert!(!Path::new("/etc/x").exists() && !Path::new("/tmp/escaped").exists());
    assert_portable_names(&out);
    // Term pages exist for the hostile names, under their folders.
    for dir in ["tags", "people"] {
        for slug in [
            "x", "untitled", "etc-x", "c-x", "con-1", "nul-txt", "com1-1", "lpt1-1", "ab",
        ] {
            let page = out.join(format!("{dir}/{slug}/index.html"));
            assert!(page.is_file(), "missing {dir}/{slug}/");
        }
    }
}

#[test]
fn two_files_with_one_slug_are_refused_naming_both_and_the_output_is_kept() {
    let sb = Sandbox::new();
    sb.write(
        "content/2024/07/first.md",
        &article_with("First", "2024-07-01", ""),
    );
    let (ok, _, err) = sb.run(&["build", "--quiet"]);
    assert!(ok, "{err}");
    let out = sb.root().join("public");
    let before = snapshot(&out);

    for (a, b) in [
        // Case-only difference: one file on Linux, a clash on macOS and Windows.
        (
            ("content/2024/07/Foo.md", ""),
            ("content/2024/07/foo.md", ""),
        ),
        // Two spellings that normalise to one slug.
        (
            ("content/2024/07/news/a-b.md", ""),
            ("content/2024/07/other/A B!.md", ""),
        ),
        // Explicit slugs that agree once normalised.
        (
            ("content/2024/07/one.md", "slug: Same Thing\n"),
            ("content/2024/07/two.md", "slug: same-thing\n"),
        ),
    ] {
        sb.write(a.0, &article_with("A", "2024-07-02", a.1));
        sb.write(b.0, &article_with("B", "2024-07-03", b.1));
        let (ok, _, err) = sb.run(&["build", "--quiet"]);
        assert!(!ok, "a clash of {} and {} must fail", a.0, b.0);
        assert!(err.contains("duplicate slug"), "{err}");
        assert!(
            err.contains(a.0) && err.contains(b.0),
            "both files named: {err}"
        );
        assert_eq!(snapshot(&out), before, "previous output kept");
        fs::remove_file(sb.root().join(a.0)).unwrap();
        fs::remove_file(sb.root().join(b.0)).unwrap();
    }
    // The same slug in different months is two URLs: both build.
    sb.write(
        "content/2024/07/same.md",
        &article_with("July", "2024-07-05", ""),
    );
    sb.write(
        "content/2024/08/same.md",
        &article_with("August", "2024-08-05", ""),
    );
    let (ok, _, err) = sb.run(&["build", "--quiet"]);
    assert!(ok, "{err}");
    assert!(out.join("articles/2024/07/same/index.html").is_file());
    assert!(out.join("articles/2024/08/same/index.html").is_file());
}

#[test]
fn names_differing_only_in_case_share_one_term_page() {
    let sb = Sandbox::new();
    sb.write(
        "content/2024/07/one.md",
        &article_with("One", "2024-07-01", "tags: [Foo]\npeople: [Ann Lee]\n"),
    );
    sb.write(
        "content/2024/07/two.md",
        &article_with("Two", "2024-07-02", "tags: [foo]\npeople: [ANN LEE]\n"),
    );
    let (ok, _, err) = sb.run(&["build", "--quiet"]);
    assert!(ok, "{err}");
    let out = sb.root().join("public");
    for page in ["tags/foo/index.html", "people/ann-lee/index.html"] {
        let html = fs::read_to_string(out.join(page)).unwrap();
        for a in ["/articles/2024/07/one/", "/articles/2024/07/two/"] {
            assert!(html.contains(a), "{page} lists {a}");
        }
    }
    assert_portable_names(&out);
}

/// A scraped-text input: the first line is the title.
fn text_input(title: &str, i: usize) -> String {
    format!(
        "{title}\n\nParagraph {i} of a report about budget number {i}, with its own words.\n\n\
         A second paragraph, number {i}, so the reader keeps the text.\n"
    )
}

#[test]
fn ingest_writes_only_safe_unique_names_inside_content() {
    let sb = Sandbox::new();
    // A curator's file whose name differs from an ingested title only in case.
    sb.write(
        "content/2024/07/Foo.md",
        &article_with("Curated", "2024-07-01", ""),
    );
    let long = "Long ".repeat(80);
    let utf8 = "Ünïcødé ✓ ".repeat(40);
    let cjk = "北京".repeat(300);
    let titles: Vec<&str> = vec![
        "..",
        "../../../../x",
        "/etc/passwd",
        "C:\\Windows\\x",
        "\\\\server\\share",
        "a&#0;b",
        "bell&#7;&#1;and&#127;del",
        "CON",
        "nul.txt",
        "Aux",
        "com1",
        "LPT1.md",
        "Foo",
        "foo bar",
        "Foo Bar",
        "FOO BAR!",
        "foo-bar",
        &long,
        &utf8,
        &cjk,
    ];
    let inputs = sb.top().join("inputs");
    fs::create_dir_all(&inputs).unwrap();
    for (i, t) in titles.iter().enumerate() {
        fs::write(inputs.join(format!("{i:02}.txt")), text_input(t, i)).unwrap();
    }
    let before = sb.tree();
    let (ok, stdout, err) = sb.run(&["ingest", inputs.to_str().unwrap(), "--date", "2024-07-04"]);
    assert!(ok, "{stdout}\n{err}");
    assert!(
        stdout.contains(&format!("ingested {}", titles.len())),
        "{stdout}"
    );

    let content = sb.root().join("content");
    let new: Vec<String> = sb.tree().difference(&before).cloned().collect();
    for rel in &new {
        assert!(
            rel.starts_with("a/b/site/content/2024/07/"),
            "written outside content/2024/07: {rel}"
        );
    }
    assert!(!Path::new("/etc/passwd.md").exists());
    let names: BTreeSet<String> = fs::read_dir(content.join("2024/07"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), titles.len() + 1, "{names:?}");
    for n in &names {
        let stem = n.strip_suffix(".md").expect("only .md files");
        assert!(
            n == "Foo.md" || newsdesk::slug::is_valid(stem),
            "not a valid slug: {n}"
        );
    }
    // Deterministic: titles that normalise alike get -2, -3… in input order, and the
    // curator's Foo.md is never shadowed by a foo.md.
    for want in [
        "foo-2.md",
        "foo-bar.md",
        "foo-bar-2.md",
        "foo-bar-3.md",
        "foo-bar-4.md",
        "con-1.md",
        "nul-txt.md",
        "aux-1.md",
        "com1-1.md",
        "lpt1-md.md",
        "x.md",
        "etc-passwd.md",
        "c-windows-x.md",
        "server-share.md",
    ] {
        assert!(names.contains(want), "missing {want} in {names:?}");
    }
    let by_title = |title: &str| -> String {
        names
            .iter()
            .find(|n| {
                fs::read_to_string(content.join("2024/07").join(n))
                    .unwrap()
                    .contains(&format!("title: {title}\n"))
            })
            .cloned()
            .unwrap_or_default()
    };
    assert_eq!(by_title("foo bar"), "foo-bar.md");
    assert_eq!(by_title("Foo Bar"), "foo-bar-2.md");
    assert_eq!(by_title("FOO BAR!"), "foo-bar-3.md");
    assert_portable_names(&content);

    // Everything written builds, and a second run writes nothing new.
    let (ok, _, err) = sb.run(&["build", "--quiet"]);
    assert!(ok, "{err}");
    let after_first = snapshot(&content);
    let (ok, stdout, err) = sb.run(&["ingest", inputs.to_str().unwrap(), "--date", "2024-07-04"]);
    assert!(ok, "{err}");
    assert!(
        stdout.contains(&format!("ingested 0, skipped {}", titles.len())),
        "{stdout}"
    );
    assert_eq!(snapshot(&content), after_first);
}

#[test]
fn ingest_dates_far_from_now_stay_inside_content() {
    let sb = Sandbox::new();
    let inputs = sb.top().join("inputs");
    fs::create_dir_all(&inputs).unwrap();
    let feed = format!(
        "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>F</title>{}</channel></rss>\n",
        [
            "0001-01-01T00:00:00Z",
            "9999-12-31T23:59:59Z",
            "1970-01-01T00:00:00Z"
        ]
        .iter()
        .enumerate()
        .map(|(i, d)| format!(
            "<item><title>Entry {i}</title><link>https://example.org/{i}</link>\
                 <pubDate>{d}</pubDate><description>Text of entry {i} with enough words to \
                 keep.</description></item>"
        ))
        .collect::<String>()
    );
    fs::write(inputs.join("feed.xml"), feed).unwrap();
    let before = sb.tree();
    let (ok, stdout, err) = sb.run(&["ingest", inputs.join("feed.xml").to_str().unwrap()]);
    assert!(ok, "{stdout}\n{err}");
    for rel in sb.tree().difference(&before) {
        assert!(
            rel.starts_with("a/b/site/content"),
            "written outside content/: {rel}"
        );
    }
    assert_portable_names(&sb.root().join("content"));
}

#[test]
fn registry_pinned_slugs_must_be_safe() {
    for (bad, hint) in [
        ("../../x", "x"),
        ("/etc/x", "etc-x"),
        ("CON", "con-1"),
        ("con", "con-1"),
        ("lpt1", "lpt1-1"),
    ] {
        let sb = Sandbox::new();
        sb.write(
            "content/2024/07/a.md",
            &article_with("A", "2024-07-01", "people: [Ann Lee]\n"),
        );
        sb.write(
            "data/people.yaml",
            &format!("people:\n  - name: Ann Lee\n    slug: \"{bad}\"\n"),
        );
        let before = sb.tree();
        let (ok, _, err) = sb.run(&["build", "--quiet"]);
        assert!(!ok, "pinned slug {bad:?} accepted");
        assert!(
            err.contains("data/people.yaml:3") && err.contains(&format!("try `{hint}`")),
            "{err}"
        );
        let written: Vec<_> = sb.tree().difference(&before).cloned().collect();
        assert!(
            written.iter().all(|p| p.starts_with("a/b/site/public")),
            "{written:?}"
        );
    }
}
