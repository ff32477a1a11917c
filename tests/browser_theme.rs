//! The default theme in a real browser: the sample site, served over HTTP under a base path,
//! at a phone and a desktop width, in light and dark. Each page must fit the width, log no
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
const PAGES: [(&str, &str); 5] = [
    ("home", ""),
    (
        "article",
        "articles/2024/07/blinken-and-a-top-chinese-official-in-talks-on-u-s-china-tensions/",
    ),
    ("region", "regions/china/"),
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

    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
