//! What the fuzzers found stays fixed: every input kept under `tests/fuzz_regressions/<target>/`
//! (and the seed corpus under `fuzz/seeds/<target>/`) is run through the fuzz target's own
//! invariant checks, compiled here on stable from `fuzz/src/checks.rs`.

#[path = "../fuzz/src/checks.rs"]
mod checks;

use std::fs;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};

/// A fuzz target's invariant check over one raw input.
type Check = fn(&[u8]);

/// Each fuzz target's name (its folder name) and check.
const TARGETS: &[(&str, Check)] = &[
    ("front_matter", checks::front_matter),
    ("clean_text", checks::clean_text),
    ("clean_html", checks::clean_html),
    ("enrich", checks::enrich),
    ("markdown", checks::markdown),
];

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The input files of one folder, sorted; a missing folder holds none.
fn inputs(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries
        .map(|e| e.expect("read folder entry").path())
        .filter(|p| p.is_file())
        .filter(|p| {
            !p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with('.'))
        })
        .collect();
    files.sort();
    files
}

/// Runs every target's check over `<root>/<target>/*`; returns (inputs run, failures).
fn run_all(root: &Path) -> (usize, Vec<String>) {
    let mut ran = 0;
    let mut failures = Vec::new();
    for (target, check) in TARGETS {
        for file in inputs(&root.join(target)) {
            let data = fs::read(&file).expect("read input");
            ran += 1;
            if let Err(panic) = catch_unwind(AssertUnwindSafe(|| check(&data))) {
                let msg = panic
                    .downcast_ref::<String>()
                    .cloned()
                    .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                    .unwrap_or_default();
                failures.push(format!("{target}: {}: {msg}", file.display()));
            }
        }
    }
    (ran, failures)
}

#[test]
fn fuzz_findings_stay_fixed() {
    let (_, failures) = run_all(&repo().join("tests/fuzz_regressions"));
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn seed_corpus_passes_every_check() {
    let (ran, failures) = run_all(&repo().join("fuzz/seeds"));
    assert!(ran >= 40, "only {ran} seed inputs found");
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// The checks are only worth running if they can fail: each is shown a violation.
#[test]
fn checks_catch_what_they_must() {
    for bad in [
        "<script>alert(1)</script>",
        "<a href=\" JaVa&#x09;Script:alert(1)\">x</a>",
        "<img src=x onerror=alert(1)>",
        "<iframe srcdoc=\"x\"></iframe>",
        "<svg><a xlink:href=\"data:text/html,x\">x</a></svg>",
    ] {
        assert!(!checks::html_problems(bad).is_empty(), "missed {bad:?}");
    }
    for fine in [
        "<p><a href=\"https://example.org/javascript:x\">x</a></p>",
        "<h2 id=\"onload\">onclick=x</h2>",
        "<pre><code>&lt;script&gt;</code></pre>",
    ] {
        assert!(checks::html_problems(fine).is_empty(), "flagged {fine:?}");
    }

    let path = Path::new("content/a.md");
    let at = |line, column| newsdesk::Error::at(path, line, column, "x");
    let caught = |e: newsdesk::Error, text: &str| {
        catch_unwind(AssertUnwindSafe(|| {
            checks::assert_located_inside(&e, text, path)
        }))
        .is_err()
    };
    assert!(!caught(at(2, 4), "---\nabc\n---\n"));
    assert!(caught(at(5, 1), "---\nabc\n---\n"), "line past the end");
    assert!(caught(at(2, 5), "---\nabc\n---\n"), "column past the line");
    assert!(caught(at(0, 0), "---\n"), "line 0");
    assert!(
        caught(newsdesk::Error::Msg("x".into()), "---\n"),
        "no position"
    );

    assert!(
        catch_unwind(|| checks::assert_spans("s", "é", &[(0, 1)])).is_err(),
        "a span inside a character"
    );
    assert!(catch_unwind(|| checks::assert_no_raw_html("a <b>x</b>")).is_err());
    checks::assert_no_raw_html("a \\<b\\> `<i>` <https://example.org>");
}
