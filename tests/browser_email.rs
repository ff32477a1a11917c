//! The edition email in a real browser: the sample site served over HTTP under a base path,
//! `editions/2024-W30/email.html` at 600 px (the email's column) and 375 px (a phone), in
//! light and dark, and with Chromium's forced dark mode (what some mail apps do). It must
//! fit each width, load nothing that fails, hide its preheader and keep every text readable
//! (WCAG AA contrast against the background it sits on). Screenshots go to
//! `target/screenshots/` with the theme's.

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

const EMAILS: [&str; 2] = [
    "editions/2024-W30/email.html",
    "editions/2024-W29/email.html",
];

const WIDTHS: [u32; 2] = [600, 375];

/// Text elements whose contrast with their effective background is under WCAG AA (4.5:1,
/// 3:1 for large text), one line each.
const CONTRAST: &str = r#"
(function () {
  function rgba(s) {
    var m = s.match(/rgba?\(([^)]+)\)/);
    if (!m) return [0, 0, 0, 0];
    var p = m[1].split(',').map(parseFloat);
    return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
  }
  function lum(c) {
    var a = c.slice(0, 3).map(function (v) {
      v /= 255;
      return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    });
    return 0.2126 * a[0] + 0.7152 * a[1] + 0.0722 * a[2];
  }
  function background(el) {
    for (var e = el; e; e = e.parentElement) {
      var c = rgba(getComputedStyle(e).backgroundColor);
      if (c[3] > 0.5) return c;
      var attr = e.getAttribute && e.getAttribute('bgcolor');
      if (attr) { var d = document.createElement('div'); d.style.color = attr; document.body.appendChild(d); var x = rgba(getComputedStyle(d).color); d.remove(); return x; }
    }
    return [255, 255, 255, 1];
  }
  var bad = [];
  var els = document.querySelectorAll('body *');
  for (var i = 0; i < els.length; i++) {
    var el = els[i];
    if (el.closest('.preheader')) continue;
    var own = Array.prototype.some.call(el.childNodes, function (n) { return n.nodeType === 3 && n.textContent.trim(); });
    if (!own) continue;
    var cs = getComputedStyle(el);
    var fg = rgba(cs.color), bg = background(el);
    var l1 = lum(fg), l2 = lum(bg);
    var ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
    var size = parseFloat(cs.fontSize), bold = parseInt(cs.fontWeight, 10) >= 700;
    var need = (size >= 24 || (bold && size >= 18.66)) ? 3 : 4.5;
    if (ratio < need) bad.push(el.tagName + '.' + el.className + ' "' + el.textContent.trim().slice(0, 30) + '" ' + ratio.toFixed(2) + ':1');
  }
  return JSON.stringify(bad);
})()
"#;

#[test]
fn the_email_fits_600_and_375_px_stays_readable_in_dark_mode_and_loads_nothing_that_fails() {
    let out = tempfile::tempdir().unwrap();
    let server = static_site::serve(out.path().to_path_buf(), "/sub/");
    let base = server.url("/sub/");
    build_sample(out.path(), &["--base-url", &base]);

    let Some(browser) = browser() else { return };
    let shots: PathBuf = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/screenshots");
    std::fs::create_dir_all(&shots).unwrap();
    let tab = browser.new_tab().unwrap();
    tab.set_default_timeout(Duration::from_secs(30));
    record_errors(&tab);

    let mut problems: Vec<String> = Vec::new();
    let mut shots_taken = 0;
    for path in EMAILS {
        let name = path.split('/').nth(1).unwrap();
        for width in WIDTHS {
            set_viewport(&tab, width, 900);
            set_scheme(&tab, "light");
            let url = format!("{base}{path}");
            open(&tab, &url);
            let at = format!("{name} at {width}px");
            let stories = eval(&tab, "document.querySelectorAll('h2.story-title').length");
            assert!(
                stories.as_u64().unwrap_or(0) >= 2,
                "{at}: {stories} stories"
            );
            if let Some(o) = overflow(&tab) {
                problems.push(format!("{at}: {o}"));
            }
            let frame = eval(
                &tab,
                "document.querySelector('table.frame').getBoundingClientRect().width",
            )
            .as_f64()
            .unwrap_or(0.0);
            // The column fills the window up to 600 px (a scroll bar takes its share).
            let room = eval(&tab, "document.documentElement.clientWidth")
                .as_f64()
                .unwrap_or(0.0);
            if (frame - room.min(600.0)).abs() > 1.0 {
                problems.push(format!("{at}: the column is {frame}px wide"));
            }
            let hidden = eval(
                &tab,
                "(function(){var p=document.querySelector('.preheader');var r=p.getBoundingClientRect();return r.width*r.height===0||getComputedStyle(p).display==='none';})()",
            );
            if hidden != serde_json::Value::Bool(true) {
                problems.push(format!("{at}: the preheader shows"));
            }
            for scheme in ["light", "dark"] {
                set_scheme(&tab, scheme);
                let bad = eval(&tab, CONTRAST);
                let bad: Vec<String> = serde_json::from_str(bad.as_str().unwrap()).unwrap();
                for b in bad {
                    problems.push(format!("{at} ({scheme}): low contrast {b}"));
                }
                screenshot(
                    &tab,
                    &shots.join(format!("email-{name}-{width}-{scheme}.png")),
                    width,
                );
                shots_taken += 1;
            }
            // Forced dark mode recolours at paint time, so only a screenshot shows it.
            set_scheme(&tab, "light");
            force_dark(&tab, true);
            screenshot(
                &tab,
                &shots.join(format!("email-{name}-{width}-forced-dark.png")),
                width,
            );
            force_dark(&tab, false);
            shots_taken += 1;
            for e in errors(&tab) {
                problems.push(format!("{at}: {e}"));
            }
        }
    }
    assert_eq!(shots_taken, EMAILS.len() * WIDTHS.len() * 3);
    // The contrast check can fail: grey on grey is caught.
    tab.evaluate(
        "document.querySelector('p.summary').style.color = '#bbbbbb'",
        false,
    )
    .unwrap();
    set_scheme(&tab, "light");
    let bad = eval(&tab, CONTRAST);
    assert!(
        bad.as_str().unwrap_or("").contains("P.summary"),
        "the contrast check missed grey text: {bad}"
    );
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
