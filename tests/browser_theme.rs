//! The default theme in a real browser: the sample site, served over HTTP under a base path,
//! at a phone and a desktop width, in light and dark. Each page must fit the width, log no
//! errors and pass axe-core with no serious or critical violation. Screenshots go to
//! `target/screenshots/` for review.

#[path = "support/axe.rs"]
mod axe;
mod common;
#[path = "support/http.rs"]
mod http;
#[path = "support/static_site.rs"]
mod static_site;

use std::path::{Path, PathBuf};
use std::time::Duration;

use common::*;
use headless_chrome::Tab;
use headless_chrome::protocol::cdp::{Emulation, Page};

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

/// Records errors and failed resource loads from before the first script of each page runs.
const ERROR_HOOK: &str = r#"
window.__newsdeskErrors = [];
window.addEventListener('error', function (e) {
  var t = e.target;
  var what = t && t !== window && (t.src || t.href) ? 'failed to load ' + (t.src || t.href) : (e.message || String(e));
  window.__newsdeskErrors.push(what);
}, true);
window.addEventListener('unhandledrejection', function (e) { window.__newsdeskErrors.push('unhandled rejection: ' + e.reason); });
(function () {
  var original = console.error;
  console.error = function () {
    window.__newsdeskErrors.push('console.error: ' + Array.prototype.join.call(arguments, ' '));
    return original.apply(console, arguments);
  };
})();
"#;

fn eval(tab: &Tab, js: &str) -> serde_json::Value {
    tab.evaluate(js, true)
        .unwrap_or_else(|e| panic!("evaluating {js}: {e}"))
        .value
        .unwrap_or(serde_json::Value::Null)
}

fn set_viewport(tab: &Tab, width: u32, height: u32) {
    tab.call_method(Emulation::SetDeviceMetricsOverride {
        width,
        height,
        device_scale_factor: 1.0,
        mobile: width < 600,
        scale: None,
        screen_width: None,
        screen_height: None,
        position_x: None,
        position_y: None,
        dont_set_visible_size: None,
        screen_orientation: None,
        viewport: None,
        display_feature: None,
        device_posture: None,
    })
    .unwrap();
}

fn set_scheme(tab: &Tab, scheme: &str) {
    tab.call_method(Emulation::SetEmulatedMedia {
        media: None,
        features: Some(vec![Emulation::MediaFeature {
            name: "prefers-color-scheme".into(),
            value: scheme.into(),
        }]),
    })
    .unwrap();
}

fn screenshot(tab: &Tab, file: &Path, width: u32) {
    // The whole page: grow the viewport to the document's height (capped) for the capture.
    let height = eval(tab, "document.documentElement.scrollHeight")
        .as_u64()
        .unwrap_or(900)
        .clamp(600, 8000) as u32;
    set_viewport(tab, width, height);
    let png = tab
        .capture_screenshot(Page::CaptureScreenshotFormatOption::Png, None, None, true)
        .unwrap();
    std::fs::write(file, png).unwrap();
    set_viewport(tab, width, 900);
}

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
    tab.call_method(Page::AddScriptToEvaluateOnNewDocument {
        source: ERROR_HOOK.into(),
        world_name: None,
        include_command_line_api: None,
        run_immediately: None,
    })
    .unwrap();

    let mut problems: Vec<String> = Vec::new();
    for width in WIDTHS {
        set_viewport(&tab, width, 900);
        for (name, path) in PAGES {
            let url = format!("{base}{path}");
            set_scheme(&tab, "light");
            tab.navigate_to(&url).unwrap();
            tab.wait_until_navigated().unwrap();
            assert!(
                wait_until(10, || eval(&tab, "document.readyState") == "complete"),
                "{url} did not finish loading"
            );
            let at = format!("{name} at {width}px");
            let title = eval(&tab, "document.title");
            assert!(
                !title.as_str().unwrap_or("").contains("404"),
                "{url} is missing: {title}"
            );
            let overflow = eval(
                &tab,
                "document.documentElement.scrollWidth - window.innerWidth",
            );
            if overflow.as_i64().unwrap_or(0) > 0 {
                let wide = eval(
                    &tab,
                    "Array.from(document.querySelectorAll('body *')).filter(function (e) {
                       return e.getBoundingClientRect().right > window.innerWidth + 1;
                     }).slice(0, 5).map(function (e) { return e.tagName + '.' + e.className; }).join(', ')",
                );
                problems.push(format!(
                    "{at}: {overflow}px of horizontal overflow ({wide})"
                ));
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
            let errors = eval(
                &tab,
                "JSON.stringify(window.__newsdeskErrors || ['no error hook'])",
            );
            let errors: Vec<String> = serde_json::from_str(errors.as_str().unwrap()).unwrap();
            for e in errors {
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
