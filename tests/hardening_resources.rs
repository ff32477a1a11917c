//! Bounded resources: hostile sizes and shapes finish, or fail with a clear error naming the
//! file, instead of exhausting memory or time. The heavy case is `#[ignore]`d: run it with
//! `cargo test --release --test hardening_resources -- --ignored`.

mod common;

use std::time::{Duration, Instant};

use common::*;

fn site_with(front: &str, body: &str) -> TempSite {
    TempSite::new(&[(
        "content/2024/08/a.md",
        &format!("---\ntitle: T\ndate: 2024-08-02\n{front}---\n\n{body}\n"),
    )])
}

/// Builds and returns (success, stderr, seconds).
fn build(site: &TempSite) -> (bool, String, f64) {
    let t = Instant::now();
    let o = site.build(&["--quiet"]);
    (
        o.status.success(),
        String::from_utf8_lossy(&o.stderr).into_owned(),
        t.elapsed().as_secs_f64(),
    )
}

#[test]
fn yaml_alias_bomb_is_refused_with_the_file_named() {
    let mut bomb = String::from(
        "extra:\n  a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n",
    );
    let mut prev = 'a';
    for c in "bcdefghi".chars() {
        bomb.push_str(&format!(
            "  {c}: &{c} [{}]\n",
            vec![format!("*{prev}"); 9].join(",")
        ));
        prev = c;
    }
    let (ok, err, _) = build(&site_with(&bomb, "Body."));
    assert!(!ok);
    assert!(err.contains("content/2024/08/a.md:"), "{err}");
}

#[test]
fn deep_markdown_nesting_builds() {
    for body in [
        format!("{} deep", ">".repeat(100_000)),
        format!("{}deep", "- ".repeat(100_000)),
        format!("{}deep", "* > 1. ".repeat(30_000)),
        format!("{}x{}", "*".repeat(100_000), "*".repeat(100_000)),
    ] {
        let site = site_with("", &body);
        let (ok, err, secs) = build(&site);
        assert!(ok, "{err}");
        assert!(site.out().join("index.html").exists());
        eprintln!("nesting case built in {secs:.1} s");
    }
}

#[test]
fn ten_megabyte_single_line_builds() {
    let site = site_with("", &"word ".repeat(2_000_000));
    let (ok, err, secs) = build(&site);
    assert!(ok, "{err}");
    eprintln!("10 MB line built in {secs:.1} s");
}

#[test]
fn fifty_megabyte_article_is_refused_quickly() {
    let site = site_with("", &"Some words in a sentence. ".repeat(2_000_000));
    let (ok, err, _) = build(&site);
    assert!(!ok);
    assert!(
        err.contains("content/2024/08/a.md:1:1: file is 50 MiB, over the 16 MiB limit"),
        "{err}"
    );
}

#[test]
fn huge_front_matter_is_refused() {
    let front = format!("summary: \"{}\"\n", "x".repeat(300 * 1024));
    let (ok, err, _) = build(&site_with(&front, "Body."));
    assert!(!ok);
    assert!(
        err.contains("content/2024/08/a.md:2:1: front matter is"),
        "{err}"
    );
}

/// 100,000 nested brackets: finishes, but slowly (64 s in a debug build, found by this
/// test; the time goes to link-reference scanning), so it runs only on request.
#[test]
#[ignore = "slow: about a minute in debug; run with --ignored"]
fn hundred_thousand_nested_brackets_build() {
    let site = site_with(
        "",
        &format!("{}x{}", "[".repeat(100_000), "]".repeat(100_000)),
    );
    let (ok, err, _) = build(&site);
    assert!(ok, "{err}");
}

/// An article just under the size limit with 400,000 sentences (summary ranking used to
/// be quadratic in sentences and aborted allocating terabytes).
#[test]
#[ignore = "heavy: about 15 s and 250 MB in debug; run with --ignored"]
fn largest_allowed_article_builds() {
    let para = format!(
        "{}\n\n",
        "Some paragraph text here with words. ".repeat(100)
    );
    let site = site_with("", &para.repeat(4_000));
    let t = Instant::now();
    let (ok, err, _) = build(&site);
    assert!(ok, "{err}");
    assert!(t.elapsed() < Duration::from_secs(600));
}
