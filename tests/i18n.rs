//! The theme in the site's language: the sample site built with `language: de` and with
//! `language: ar` has no English interface string on any page (article text, which is
//! English, excepted), the right `lang` and `dir`, and counts in each language's plural forms.

mod common;
#[path = "support/language_site.rs"]
mod language_site;

use std::collections::BTreeSet;
use std::fs;

use common::*;
use language_site::{files, sample_in};
use newsdesk::i18n::Interface;

/// Removes every element that opens with `open` (a `<div …>` or `<svg …>` start tag), with
/// its nested elements of the same name.
fn remove_elements(html: &str, open: &str, name: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(start) = rest.find(open) {
        out.push_str(&rest[..start]);
        let mut depth = 0usize;
        let mut i = start;
        let (o, c) = (format!("<{name}"), format!("</{name}>"));
        loop {
            let next_o = rest[i + 1..].find(&o).map(|k| k + i + 1);
            let next_c = rest[i..].find(&c).map(|k| k + i).expect("closed element");
            if let Some(k) = next_o.filter(|&k| k < next_c) {
                depth += 1;
                i = k;
            } else if depth == 0 {
                i = next_c + c.len();
                break;
            } else {
                depth -= 1;
                i = next_c + c.len() - 1;
            }
        }
        rest = &rest[i..];
    }
    out.push_str(rest);
    out
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&#x2F;", "/")
        .replace("&amp;", "&")
}

fn normalise(s: &str) -> String {
    let s: String = s
        .chars()
        .map(|c| match c {
            '’' | '‘' => '\'',
            '“' | '”' => '"',
            '*' | '_' | '`' => ' ',
            c => c,
        })
        .collect();
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Every visible string of an HTML page: text between tags and the text of `aria-label`,
/// `placeholder`, `title` and `alt` attributes. Article bodies and edition intros (`.prose`
/// outside the 404 page) and the sample's own "About this digest" box are curator text.
fn visible_strings(html: &str) -> Vec<String> {
    let re_drop = regex::Regex::new(r"(?s)<script.*?</script>|<style.*?</style>").unwrap();
    let mut h = re_drop.replace_all(html, " ").into_owned();
    h = remove_elements(&h, "<svg", "svg");
    h = remove_elements(&h, "<div class=about-digest", "div");
    if !h.contains("class=page-404") {
        h = remove_elements(&h, "<div class=prose", "div");
    }
    let mut out = Vec::new();
    // Values quoted or, minified, not.
    let attr =
        regex::Regex::new(r#"(?:aria-label|placeholder|title|alt)=(?:"([^"]*)"|([^\s"'=<>`]+))"#)
            .unwrap();
    for c in attr.captures_iter(&h) {
        out.push(unescape(c.get(1).or(c.get(2)).unwrap().as_str()));
    }
    let tags = regex::Regex::new(r"(?s)<[^>]*>").unwrap();
    for t in tags.split(&h) {
        let t = unescape(t.trim());
        if !t.is_empty() {
            out.push(t);
        }
    }
    out
}

/// Words (letters only, two or more) of the values of a translation file, but for the
/// welcome article's.
fn words_of(ftl: &str) -> BTreeSet<String> {
    let mut words = BTreeSet::new();
    let var = regex::Regex::new(r"\{[^}]*\}|\[[a-z]+\]").unwrap();
    for line in ftl.lines() {
        // The welcome article's messages (the last ones) quote paths and commands.
        if line.starts_with("init-") {
            break;
        }
        if line.trim_start().starts_with('#') {
            continue;
        }
        let value = line.split_once(" = ").map(|x| x.1).unwrap_or(line);
        let value = var.replace_all(value, " ");
        for w in value.split(|c: char| !c.is_alphabetic()) {
            if w.chars().count() >= 2 {
                words.insert(w.to_lowercase());
            }
        }
    }
    words
}

fn theme_file(lang: &str) -> String {
    fs::read_to_string(repo().join(format!("themes/default/i18n/{lang}.ftl"))).unwrap()
}

/// Builds the sample in `lang` and returns the interface strings that contain a word only
/// English uses (a word of en.ftl that `lang`'s file does not use), with their page.
fn english_left(lang: &str) -> (Vec<String>, usize, tempfile::TempDir) {
    let (dir, out) = sample_in(lang, &[]);
    // The curator's text: content, registry and the site's own title and description.
    let mut corpus = String::new();
    let mut sources = Vec::new();
    files(&repo().join("content"), "md", &mut sources);
    files(&repo().join("data"), "yaml", &mut sources);
    sources.push(repo().join("site.yaml"));
    for p in sources {
        corpus.push_str(&fs::read_to_string(p).unwrap());
        corpus.push('\n');
    }
    // Words only, one space apart: punctuation and Markdown marks do not break a match.
    let corpus = corpus
        .split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    let corpus = format!(" {corpus} ");
    let english_only: BTreeSet<String> = words_of(&theme_file("en"))
        .difference(&words_of(&theme_file(lang)))
        .cloned()
        .collect();
    assert!(english_only.contains("articles") && english_only.contains("edition"));
    let mut pages = Vec::new();
    files(&out, "html", &mut pages);
    assert!(pages.len() > 100, "every page type is built");
    let mut found = Vec::new();
    for page in &pages {
        let html = fs::read_to_string(page).unwrap();
        for s in visible_strings(&html) {
            let n = normalise(&s);
            // A word of the interface in English, unless it sits in a run of two or three
            // words found in the curator's text (a title, a name such as "BBC News").
            let tokens: Vec<&str> = n
                .split(|c: char| !c.is_alphanumeric())
                .filter(|t| !t.is_empty())
                .collect();
            let quoted = |k: usize| {
                (2..=3).any(|len| {
                    (k.saturating_sub(len - 1)..=k)
                        .filter(|&from| from + len <= tokens.len())
                        .any(|from| {
                            corpus.contains(&format!(" {} ", tokens[from..from + len].join(" ")))
                        })
                })
            };
            let english: Vec<&str> = tokens
                .iter()
                .enumerate()
                .filter(|(k, t)| {
                    t.split(|c: char| !c.is_alphabetic())
                        .any(|w| english_only.contains(&w.to_lowercase()))
                        && !quoted(*k)
                })
                .map(|(_, t)| *t)
                .collect();
            if !english.is_empty() {
                found.push(format!(
                    "{}: {s:?} ({english:?})",
                    page.strip_prefix(&out).unwrap().display()
                ));
            }
        }
    }
    found.sort();
    found.dedup();
    (found, pages.len(), dir)
}

#[test]
fn german_and_arabic_sites_have_no_english_interface_string() {
    for lang in ["de", "ar"] {
        let (found, pages, dir) = english_left(lang);
        assert!(
            found.is_empty(),
            "{lang}: English left on {} of {pages} pages:\n{}",
            found.len(),
            found.join("\n")
        );
        let out = dir.path().join("public");
        let home = fs::read_to_string(out.join("index.html")).unwrap();
        let article = fs::read_to_string(out.join(
            "articles/2024/07/blinken-and-a-top-chinese-official-in-talks-on-u-s-china-tensions/index.html",
        ))
        .unwrap();
        let email = fs::read_to_string(out.join("editions/2024-W31/email.html")).unwrap();
        let text = fs::read_to_string(out.join("editions/2024-W31/email.txt")).unwrap();
        match lang {
            "de" => {
                assert!(home.contains("<html lang=de>"), "lang, no dir for ltr");
                assert!(home.contains("Woche 31, 2024 (29. Juli–4. August)"));
                assert!(home.contains(">Vereinigte Staaten <span class=count>3"));
                assert!(article.contains("Min. Lesezeit"));
                assert!(email.contains("Diese Ausgabe im Web lesen"));
                assert!(text.contains("5 Artikel"));
            }
            _ => {
                assert!(home.contains("<html lang=ar dir=rtl>"));
                assert!(email.contains("lang=\"ar\" dir=\"rtl\""));
                assert!(home.contains("الأسبوع 31"), "edition label in Arabic");
                assert!(home.contains("الولايات المتحدة"), "place names in Arabic");
                assert!(text.contains("اقرأ هذا العدد على الويب"));
            }
        }
        // Countries keep their place on the map under their local names: only those too
        // small to draw (none of the sample's big ones) say they are off it.
        let regions = fs::read_to_string(out.join("regions/index.html")).unwrap();
        let off_map = regions.matches("class=off-map").count();
        let listed = regions.matches("class=\"swatch map-c").count();
        assert!(
            listed >= 20 && off_map * 4 < listed,
            "{lang}: {off_map} of {listed} off the map"
        );
        assert!(
            regions.matches("<a href=/regions/").count() > listed + 5,
            "{lang}: the map links its countries"
        );
        // Feeds and <time datetime> stay ISO; URLs stay English.
        assert!(article.contains("<time datetime=2024-07-27T"));
        assert!(home.contains("href=/regions/united-states/"));
        let feed = fs::read_to_string(out.join("atom.xml")).unwrap();
        assert!(
            feed.contains("<updated>2024-08-0"),
            "feed dates are RFC 3339"
        );
    }
}

#[test]
fn plural_forms_follow_cldr_in_english_russian_polish_and_arabic() {
    let cases: [(&str, [&str; 6]); 4] = [
        (
            "en",
            [
                "0 articles",
                "1 article",
                "2 articles",
                "5 articles",
                "21 articles",
                "101 articles",
            ],
        ),
        (
            "ru",
            [
                "0 статей",
                "1 статья",
                "2 статьи",
                "5 статей",
                "21 статья",
                "101 статья",
            ],
        ),
        (
            "pl",
            [
                "0 artykułów",
                "1 artykuł",
                "2 artykuły",
                "5 artykułów",
                "21 artykułów",
                "101 artykułów",
            ],
        ),
        (
            "ar",
            [
                "لا مقالات",
                "مقال واحد",
                "مقالان",
                "5 مقالات",
                "21 مقالًا",
                "101 مقال",
            ],
        ),
    ];
    for (lang, want) in cases {
        let ui = Interface::builtin(lang);
        for (n, w) in [0, 1, 2, 5, 21, 101].into_iter().zip(want) {
            assert_eq!(ui.count("articles-count", n), w, "{lang} {n}");
        }
    }
}

#[test]
fn a_site_file_overrides_the_theme_and_a_language_without_one_warns_once() {
    let site = TempSite::new(&[(
        "content/2024/07/a.md",
        "---\ntitle: A\ndate: 2024-07-27\n---\n\nText.\n",
    )]);
    site.write(
        "site.yaml",
        "title: T\nbase_url: https://example.org/\nlanguage: de\n",
    );
    site.write("i18n/de.ftl", "nav-editions = Hefte\n");
    let o = newsdesk(&["build", "--root", site.root().to_str().unwrap()]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let home = fs::read_to_string(site.root().join("public/index.html")).unwrap();
    assert!(home.contains(">Hefte</a>") && home.contains("Regionen"));

    site.write(
        "site.yaml",
        "title: T\nbase_url: https://example.org/\nlanguage: sw\n",
    );
    let o = newsdesk(&["build", "--root", site.root().to_str().unwrap()]);
    assert!(o.status.success());
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert_eq!(
        stderr.matches("no translation into `sw`").count(),
        1,
        "{stderr}"
    );
    assert!(stderr.contains("nav-editions") && stderr.contains("reading-time"));
    let home = fs::read_to_string(site.root().join("public/index.html")).unwrap();
    assert!(home.contains("<html lang=sw>") && home.contains(">Editions</a>"));

    site.write("i18n/sw.ftl", "nav-editions = {\n");
    let o = newsdesk(&["build", "--root", site.root().to_str().unwrap()]);
    assert!(!o.status.success());
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("i18n/sw.ftl:"),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
}

#[test]
fn every_shipped_language_has_every_message() {
    let langs = newsdesk::i18n::builtin_languages();
    for want in [
        "en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru", "tr", "ar", "zh", "ja", "id",
    ] {
        assert!(langs.iter().any(|l| l == want), "{want}.ftl is shipped");
    }
    let site = tempfile::tempdir().unwrap();
    for lang in &langs {
        let (ui, warnings) = Interface::load(site.path(), "default", lang).unwrap();
        assert!(warnings.is_empty(), "{lang}: {warnings:?}");
        assert!(ui.ids().count() > 100);
    }
}
