//! Every relative link in the README and the docs leads somewhere: the file or folder exists,
//! and a `#fragment` names a heading (as GitHub slugs it) or an explicit `id` in the target.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// The repository root.
fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// GitHub's heading anchor: lower case, punctuation other than `-` and `_` dropped, spaces to `-`.
fn slug(heading: &str) -> String {
    heading
        .chars()
        .flat_map(char::to_lowercase)
        .filter_map(|c| match c {
            ' ' => Some('-'),
            c if c.is_alphanumeric() || c == '-' || c == '_' => Some(c),
            _ => None,
        })
        .collect()
}

/// What one Markdown file offers and asks for.
struct Doc {
    /// Anchors a link may name: heading slugs (repeats get `-1`, `-2`, …) and explicit ids.
    anchors: BTreeSet<String>,
    /// Link and image destinations, in order.
    links: Vec<String>,
}

fn options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_FOOTNOTES | Options::ENABLE_STRIKETHROUGH
}

fn read_doc(path: &Path) -> Doc {
    let text = fs::read_to_string(path).unwrap();
    let id = regex::Regex::new(r#"\bid="([^"]+)""#).unwrap();
    let mut anchors = BTreeSet::new();
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    let mut links = Vec::new();
    let mut heading: Option<String> = None;
    for event in Parser::new_ext(&text, options()) {
        match event {
            Event::Start(Tag::Heading { .. }) => heading = Some(String::new()),
            Event::End(TagEnd::Heading(_)) => {
                let base = slug(&heading.take().unwrap());
                let n = seen.entry(base.clone()).or_insert(0);
                anchors.insert(if *n == 0 {
                    base.clone()
                } else {
                    format!("{base}-{n}")
                });
                *n += 1;
            }
            Event::Text(t) | Event::Code(t) => {
                if let Some(h) = heading.as_mut() {
                    h.push_str(&t);
                }
            }
            Event::Html(h) | Event::InlineHtml(h) => {
                anchors.extend(id.captures_iter(&h).map(|c| c[1].to_string()));
            }
            Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) => {
                links.push(dest_url.to_string());
            }
            _ => {}
        }
    }
    Doc { anchors, links }
}

/// The README, SECURITY.md and every Markdown file under docs/.
fn documents() -> Vec<PathBuf> {
    let root = repo();
    let mut files = vec![root.join("README.md"), root.join("SECURITY.md")];
    files.extend(
        walkdir::WalkDir::new(root.join("docs"))
            .into_iter()
            .map(Result::unwrap)
            .filter(|e| e.path().extension().is_some_and(|x| x == "md"))
            .map(|e| e.into_path()),
    );
    files.sort();
    files
}

/// Broken links of one file: `(link, why)`.
fn broken(file: &Path, docs: &mut BTreeMap<PathBuf, Doc>) -> Vec<(String, String)> {
    let links = docs
        .entry(file.to_path_buf())
        .or_insert_with(|| read_doc(file))
        .links
        .clone();
    let mut out = Vec::new();
    for link in links {
        if link.contains("://") || link.starts_with("mailto:") {
            continue;
        }
        let (path, fragment) = match link.split_once('#') {
            Some((p, f)) => (p, Some(f)),
            None => (link.as_str(), None),
        };
        let target = if path.is_empty() {
            file.to_path_buf()
        } else {
            file.parent().unwrap().join(path)
        };
        if !target.exists() {
            out.push((link.clone(), format!("{} does not exist", target.display())));
            continue;
        }
        let Some(fragment) = fragment else { continue };
        if target.extension().is_none_or(|x| x != "md") {
            out.push((
                link.clone(),
                "a fragment on a file that is not Markdown".into(),
            ));
            continue;
        }
        let target = target.canonicalize().unwrap();
        let doc = docs
            .entry(target.clone())
            .or_insert_with(|| read_doc(&target));
        if !doc.anchors.contains(fragment) {
            out.push((
                link.clone(),
                format!("no heading or id `{fragment}` in {}", target.display()),
            ));
        }
    }
    out
}

#[test]
fn github_heading_slugs() {
    assert_eq!(
        slug("`newsdesk serve`: preview with live reload"),
        "newsdesk-serve-preview-with-live-reload"
    );
    assert_eq!(
        slug("Overriding a template: the sample site's footer"),
        "overriding-a-template-the-sample-sites-footer"
    );
    assert_eq!(
        slug("The curator's registry: `data/*.yaml`"),
        "the-curators-registry-datayaml"
    );
    assert_eq!(
        slug("Full builds, against Hugo"),
        "full-builds-against-hugo"
    );
}

#[test]
fn every_relative_link_in_the_readme_and_docs_resolves() {
    let mut docs = BTreeMap::new();
    let files = documents();
    assert!(files.len() > 10, "{files:?}");
    let mut problems = Vec::new();
    let mut checked = 0;
    for file in &files {
        let file = file.canonicalize().unwrap();
        for (link, why) in broken(&file, &mut docs) {
            problems.push(format!("{}: {link}: {why}", file.display()));
        }
        checked += docs[&file].links.len();
    }
    assert!(checked > 100, "only {checked} links found");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_checker_catches_a_missing_file_and_a_missing_anchor() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("a.md");
    fs::write(
        dir.path().join("b.md"),
        "# Real heading\n\n<a id=\"kept\"></a>\n",
    )
    .unwrap();
    fs::write(
        &page,
        "# A\n\n[ok](b.md#real-heading) [id](b.md#kept) [self](#a) [web](https://example.org/#x)\n\
         [gone](c.md) [bad anchor](b.md#nope) [bad self](#b)\n",
    )
    .unwrap();
    let found: Vec<String> = broken(&page, &mut BTreeMap::new())
        .into_iter()
        .map(|(l, _)| l)
        .collect();
    assert_eq!(found, ["c.md", "b.md#nope", "#b"]);
}

#[test]
fn the_readme_stays_a_five_minute_read() {
    // Issue 20: the README is at most 200 lines; reference material belongs in docs/.
    let readme = fs::read_to_string(repo().join("README.md")).unwrap();
    let lines = readme.lines().count();
    assert!(
        lines <= 200,
        "README.md has {lines} lines: move reference material into a docs/ page (see docs/README.md)"
    );
    for command in [
        "cargo run --release -- build",
        "cargo test",
        "newsdesk init",
        "newsdesk ingest",
        "newsdesk serve",
        "newsdesk check",
        "newsdesk deploy",
    ] {
        assert!(
            readme.contains(command),
            "the README's tour lost `{command}`"
        );
    }
}
