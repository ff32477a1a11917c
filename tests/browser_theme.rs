//! The default theme in a real browser: the sample site, served over HTTP under a base path,
//! at a phone and a desktop width, in light and dark, page 1 of lists and their archive pages. Each page must fit the width, log no
//! errors and pass axe-core with no serious or critical violation. Screenshots go to
//! `target/screenshots/` for review.

#[path = "support/axe.rs"]
mod axe;
mod common;
#[path = "support/http.rs"]
mod http;
#[path = "support/page.rs"]
mod page;
#[path = "support/static_site.rs"]
mod static_site;

use std::path::{Path, PathBuf};
use std::time::Duration;

use common::*;
use page::*;

/// Pages to check: a name for the screenshot file and the path under the base.
const PAGES: [(&str, &str); 8] = [
    ("home", ""),
    // Archive pages (page 2 and later of a list): compact rows rather than cards.
    ("archive", "page/2/"),
    ("region-archive", "regions/united-states/page/2/"),
    (
        "article",
        "articles/2024/07/blinken-and-a-top-chinese-official-in-talks-on-u-s-china-tensions/",
    ),
    ("region", "regions/china/"),
    // A world region whose countries list its older articles: "Older articles, by country".
    ("world-region", "regions/americas/"),
    ("person", "people/antony-j-blinken/"),
    ("regions", "regions/"),
];

const WIDTHS: [u32; 2] = [375, 1280];

#[test]
fn the_theme_fits_phones_and_desktops_logs_no_errors_and_passes_axe() {
    let out = tempfile::tempdir().unwrap();
    let server = static_site::serve(out.path().to_path_buf(), "/sub/");
    let base = server.url("/sub/");
    build_sample(out.path(), &["--base-url", &base]);

    let Some(browser) = browser() else { return };
    let Some(axe) = axe::source() else { return };
    let shots: PathBuf = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/screenshots");
    std::fs::create_dir_all(&shots).unwrap();

    let tab = browser.new_tab().unwrap();
    tab.set_default_timeout(Duration::from_secs(30));
    record_errors(&tab);

    let mut problems: Vec<String> = Vec::new();
    for width in WIDTHS {
        set_viewport(&tab, width, 900);
        for (name, path) in PAGES {
            let url = format!("{base}{path}");
            set_scheme(&tab, "light");
            open(&tab, &url);
            let at = format!("{name} at {width}px");
            let title = eval(&tab, "document.title");
            assert!(
                !title.as_str().unwrap_or("").contains("404"),
                "{url} is missing: {title}"
            );
            if let Some(o) = overflow(&tab) {
                problems.push(format!("{at}: {o}"));
            }
            for scheme in ["light", "dark"] {
                set_scheme(&tab, scheme);
                for v in axe::violations(&tab, &axe) {
                    problems.push(format!("{at} ({scheme}): axe {v}"));
                }
                screenshot(
                    &tab,
                    &shots.join(format!("{name}-{width}-{scheme}.png")),
                    width,
                );
            }
            for e in errors(&tab) {
                problems.push(format!("{at}: {e}"));
            }
        }
    }
    // The pages under test show what this issue promises.
    tab.navigate_to(&format!("{base}regions/")).unwrap();
    tab.wait_until_navigated().unwrap();
    let links = eval(&tab, "document.querySelectorAll('svg.map a[href]').length");
    assert!(
        links.as_u64().unwrap_or(0) >= 5,
        "the coverage map links the covered countries: {links}"
    );
    tab.navigate_to(&format!("{base}regions/china/")).unwrap();
    tab.wait_until_navigated().unwrap();
    let bars = eval(
        &tab,
        "document.querySelectorAll('svg.sparkline rect').length",
    );
    assert!(bars.as_u64().unwrap_or(0) >= 1, "a timeline: {bars}");

    // Metadata separators are drawn by the stylesheet, silent for screen readers: between a
    // card's date, source, original and reading time, and between kicker places.
    let seps = eval(
        &tab,
        "['.card-meta > a', '.card-meta > span', '.card-kicker a + a'].map(function (s) {
           var e = document.querySelector(s); return e ? getComputedStyle(e, '::before').content : 'missing ' + s;
         }).join(' | ')",
    );
    assert_eq!(
        seps.as_str().unwrap_or(""),
        r#""· " / "" | "· " / "" | " · " / """#,
        "separators"
    );
    // An archive page: a row per article, its headline linked, then its date (text with a
    // year) and source, the separator drawn between them; no card, kicker, summary or people.
    open(&tab, &format!("{base}regions/united-states/page/2/"));
    let rows = eval(
        &tab,
        "JSON.stringify({rows: document.querySelectorAll('ul.rows > li').length,
          linked: document.querySelectorAll('ul.rows > li > a[href*=\"/articles/\"]').length,
          dated: [...document.querySelectorAll('ul.rows > li > a + span')]
            .filter(s => /\\d{4}/.test(s.textContent)).length,
          cards: document.querySelectorAll('.card, .card-summary, .card-people').length,
          sep: getComputedStyle(document.querySelector('ul.rows li > span + span'), '::before').content,
          pages: document.querySelectorAll('nav.pagination a[rel=prev]').length})",
    );
    let rows: serde_json::Value = serde_json::from_str(rows.as_str().unwrap()).unwrap();
    let n = rows["rows"].as_u64().unwrap();
    assert!(n >= 1, "rows: {rows}");
    assert_eq!(rows["linked"], n, "{rows}");
    assert_eq!(rows["dated"], n, "{rows}");
    assert_eq!(rows["cards"], 0, "{rows}");
    assert_eq!(rows["sep"], "\"· \" / \"\"", "{rows}");
    assert_eq!(rows["pages"], 1, "{rows}");

    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
