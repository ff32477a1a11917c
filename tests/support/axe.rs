//! axe-core in headless Chromium: fetched once from the npm registry (cached under
//! `target/`), injected into a page, and its serious and critical violations listed.
#![allow(dead_code)]

use std::path::Path;
use std::process::Command;

use headless_chrome::Tab;

/// axe-core from the npm registry, cached under `target/` (fetched with `npm pack` once).
pub fn source() -> Option<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = root.join("target/test-cache/axe-core");
    let file = dir.join("package/axe.min.js");
    if !file.exists() {
        std::fs::create_dir_all(&dir).unwrap();
        let packed = Command::new("npm")
            .args(["pack", "axe-core@4", "--silent", "--pack-destination"])
            .arg(&dir)
            .output();
        let ok = match &packed {
            Ok(o) if o.status.success() => {
                let name = String::from_utf8_lossy(&o.stdout).trim().to_string();
                Command::new("tar")
                    .arg("xzf")
                    .arg(dir.join(&name))
                    .arg("-C")
                    .arg(&dir)
                    .status()
                    .is_ok_and(|s| s.success())
            }
            _ => false,
        };
        if !ok {
            let why = format!("could not fetch axe-core with `npm pack axe-core@4`: {packed:?}");
            if std::env::var_os("NEWSDESK_REQUIRE_BROWSER").is_some() {
                panic!("{why}");
            }
            eprintln!("skipping the browser test: {why}");
            return None;
        }
    }
    Some(std::fs::read_to_string(&file).unwrap())
}

fn eval(tab: &Tab, js: &str) -> serde_json::Value {
    tab.evaluate(js, true)
        .unwrap_or_else(|e| panic!("evaluating {js}: {e}"))
        .value
        .unwrap_or(serde_json::Value::Null)
}

/// Serious and critical axe violations on the current page, one line each.
pub fn violations(tab: &Tab, axe: &str) -> Vec<String> {
    if eval(tab, "typeof window.axe") != "object" {
        tab.evaluate(axe, false).expect("inject axe-core");
    }
    let json = eval(
        tab,
        "axe.run(document, { resultTypes: ['violations'] }).then(function (r) {
           return JSON.stringify(r.violations
             .filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })
             .map(function (v) {
               return v.impact + ' ' + v.id + ': ' + v.help + ' at ' +
                 v.nodes.slice(0, 4).map(function (n) { return n.target.join(' '); }).join(', ');
             }));
         })",
    );
    serde_json::from_str(json.as_str().unwrap_or("[]")).unwrap()
}
