//! Driving a page in headless Chromium for the browser tests: evaluating script, the
//! viewport and colour scheme, whole-page screenshots, and the errors a page logged.
#![allow(dead_code)]

use std::path::Path;

use headless_chrome::Tab;
use headless_chrome::protocol::cdp::{Emulation, Page};

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

/// The value of `js` on the current page (`Null` when it has none).
pub fn eval(tab: &Tab, js: &str) -> serde_json::Value {
    tab.evaluate(js, true)
        .unwrap_or_else(|e| panic!("evaluating {js}: {e}"))
        .value
        .unwrap_or(serde_json::Value::Null)
}

/// Emulates a device of this size (a phone below 600 px).
pub fn set_viewport(tab: &Tab, width: u32, height: u32) {
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

/// Emulates `prefers-color-scheme: light` or `dark`.
pub fn set_scheme(tab: &Tab, scheme: &str) {
    tab.call_method(Emulation::SetEmulatedMedia {
        media: None,
        features: Some(vec![Emulation::MediaFeature {
            name: "prefers-color-scheme".into(),
            value: scheme.into(),
        }]),
    })
    .unwrap();
}

/// Turns Chromium's forced dark mode (what some mail apps do to a page) on or off.
pub fn force_dark(tab: &Tab, on: bool) {
    tab.call_method(Emulation::SetAutoDarkModeOverride { enabled: Some(on) })
        .unwrap();
}

/// Writes a PNG of the whole page at `width` to `file`, then restores a 900 px high viewport.
pub fn screenshot(tab: &Tab, file: &Path, width: u32) {
    // Grow the viewport to the document's height (capped) so the capture holds all of it.
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

/// Installs the error hook in every page the tab opens from now on.
pub fn record_errors(tab: &Tab) {
    tab.call_method(Page::AddScriptToEvaluateOnNewDocument {
        source: ERROR_HOOK.into(),
        world_name: None,
        include_command_line_api: None,
        run_immediately: None,
    })
    .unwrap();
}

/// The errors and failed loads the current page recorded since `record_errors`.
pub fn errors(tab: &Tab) -> Vec<String> {
    let json = eval(
        tab,
        "JSON.stringify(window.__newsdeskErrors || ['no error hook'])",
    );
    serde_json::from_str(json.as_str().unwrap_or("[]")).unwrap()
}

/// Pixels by which the page is wider than the viewport, with up to five elements that stick
/// out, or `None` when it fits.
pub fn overflow(tab: &Tab) -> Option<String> {
    let px = eval(
        tab,
        "document.documentElement.scrollWidth - window.innerWidth",
    )
    .as_i64()
    .unwrap_or(0);
    if px <= 0 {
        return None;
    }
    let wide = eval(
        tab,
        "Array.from(document.querySelectorAll('body *')).filter(function (e) {
           return e.getBoundingClientRect().right > window.innerWidth + 1;
         }).slice(0, 5).map(function (e) { return e.tagName + '.' + e.className; }).join(', ')",
    );
    Some(format!("{px}px of horizontal overflow ({wide})"))
}

/// Opens `url` and waits until it has loaded.
pub fn open(tab: &Tab, url: &str) {
    tab.navigate_to(url).unwrap();
    tab.wait_until_navigated().unwrap();
    assert!(
        super::common::wait_until(10, || eval(tab, "document.readyState") == "complete"),
        "{url} did not finish loading"
    );
}

/// Waits until the search page has shown the results of `q` (its script marks the form).
pub fn wait_query(tab: &Tab, q: &str) {
    // Null-safe: the tab may still show the page it is leaving.
    let js =
        "(document.querySelector('form[data-search]') || {dataset: {}}).dataset.lastQuery || ''";
    let mut last = serde_json::Value::Null;
    let done = super::common::wait_until(20, || {
        last = tab.evaluate(js, false).unwrap().value.unwrap_or_default();
        last.as_str() == Some(q)
    });
    assert!(done, "no results for {q:?} (last: {last})");
}
