//! The theme in German and in Arabic in a real browser: the sample site built with
//! `language: de` and with `language: ar`, its home, an archive page and an article at 1280 and 375 px. Each
//! page has the site's `lang` and `dir`, mirrors in Arabic (the site title starts at the
//! right) while its English articles keep their own direction, fits the width, logs no errors and passes axe-core with no serious or critical
//! violation; its search page counts in the language. Screenshots go to `target/screenshots/i18n-*.png` for review.

#[path = "support/axe.rs"]
mod axe;
mod common;
#[path = "support/http.rs"]
mod http;
#[path = "support/language_site.rs"]
mod language_site;
#[path = "support/page.rs"]
mod page;
#[path = "support/static_site.rs"]
mod static_site;

use std::path::{Path, PathBuf};
use std::time::Duration;

use common::*;
use newsdesk::i18n::{Arg, Interface};
use page::*;

const PAGES: [(&str, &str); 4] = [
    ("home", ""),
    ("archive", "page/2/"),
    ("world-region", "regions/americas/"),
    (
        "article",
        "articles/2024/07/blinken-and-a-top-chinese-official-in-talks-on-u-s-china-tensions/",
    ),
];

const WIDTHS: [u32; 2] = [1280, 375];

/// Builds the sample in `language`, opens each page at each width and returns the problems.
fn check(language: &str, dir: &str) -> Option<Vec<String>> {
    // The server needs its folder before the build knows the server's address.
    let holder = tempfile::tempdir().unwrap();
    let out = holder.path().join("public");
    let server = static_site::serve(out.clone(), "/sub/");
    let base = server.url("/sub/");
    let _site = language_site::sample_in(
        language,
        &["--output", out.to_str().unwrap(), "--base-url", &base],
    );

    let browser = browser()?;
    let axe = axe::source()?;
    let shots: PathBuf = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/screenshots");
    std::fs::create_dir_all(&shots).unwrap();
    let tab = browser.new_tab().unwrap();
    tab.set_default_timeout(Duration::from_secs(30));
    record_errors(&tab);

    let mut problems = Vec::new();
    for width in WIDTHS {
        set_viewport(&tab, width, 900);
        for (name, path) in PAGES {
            open(&tab, &format!("{base}{path}"));
            let at = format!("{language} {name} at {width}px");
            let lang = eval(&tab, "document.documentElement.lang");
            let page_dir = eval(&tab, "getComputedStyle(document.body).direction");
            if lang != language || page_dir != dir {
                problems.push(format!("{at}: lang {lang}, direction {page_dir}"));
            }
            // The layout mirrors: the site title sits at the start of the line, which is the
            // right in a right-to-left page.
            let centre = eval(
                &tab,
                "(function(){var r=document.querySelector('.site-title').getBoundingClientRect();return (r.left+r.right)/2/window.innerWidth;})()",
            )
            .as_f64()
            .unwrap_or(0.5);
            if (dir == "rtl") != (centre > 0.5) {
                problems.push(format!(
                    "{at}: the site title's centre is at {:.0}% of the width",
                    centre * 100.0
                ));
            }
            // The sample's English articles keep their own direction inside an Arabic page;
            // the interface around them (dates, sources, reading time) keeps the site's.
            if dir == "rtl" {
                let directions = eval(
                    &tab,
                    "(function(){function d(s){var e=document.querySelector(s);return e?getComputedStyle(e).direction:'missing '+s;}
                      return [d('.card-title, .article-title, .rows a'), d('.card-meta, .article-meta, .rows li'), d('.brief-list li, .prose, .rows a')].join(' ');})()",
                );
                if directions != "ltr rtl ltr" {
                    problems.push(format!(
                        "{at}: English title, interface, English text run {directions}"
                    ));
                }
            }
            if let Some(o) = overflow(&tab) {
                problems.push(format!("{at}: {o}"));
            }
            for v in axe::violations(&tab, &axe) {
                problems.push(format!("{at}: axe {v}"));
            }
            for e in errors(&tab) {
                problems.push(format!("{at}: {e}"));
            }
            screenshot(
                &tab,
                &shots.join(format!("i18n-{language}-{name}-{width}.png")),
                width,
            );
        }
    }
    // The search page's script speaks the language too: the count in its plural form and
    // digits, as the build writes them, and dates as the locale writes them.
    open(&tab, &format!("{base}search/?q=blinken"));
    wait_query(&tab, "blinken");
    let shown = eval(
        &tab,
        "document.querySelectorAll('.search-results li').length",
    )
    .as_u64()
    .unwrap() as usize;
    assert!(shown >= 2, "{language}: {shown} results");
    let status = eval(&tab, "document.querySelector('.search-status').textContent");
    let ui = Interface::builtin(language);
    let want = ui.text(
        "search-results",
        &[("count", Arg::from(shown)), ("query", Arg::from("blinken"))],
    );
    if status != want.as_str() {
        problems.push(format!("{language} search: status {status}, want {want:?}"));
    }
    let first_date = eval(
        &tab,
        "document.querySelector('.search-results time').textContent",
    );
    if first_date.as_str().is_none_or(|d| d.starts_with("20")) {
        problems.push(format!("{language} search: date {first_date}"));
    }
    Some(problems)
}

#[test]
fn german_and_arabic_sites_fit_both_widths_mirror_and_pass_axe() {
    let mut problems = Vec::new();
    for (language, dir) in [("de", "ltr"), ("ar", "rtl")] {
        let Some(p) = check(language, dir) else {
            return;
        };
        problems.extend(p);
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
