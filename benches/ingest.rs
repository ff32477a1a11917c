//! Ingest throughput: articles per second for scraped text and HTML, through the readers alone
//! and end to end (into a temporary site), plus the scan of a 10,000-article site.
//!
//! Run with `cargo bench --bench ingest`.

use std::fs;
use std::time::Instant;

use newsdesk::ingest::{self, clean::Cleaner};

const TEXT: &str = include_str!("../tests/fixtures/ingest/text/sample-000.txt");
const HTML: &str = include_str!("../tests/fixtures/ingest/html/article.html");

/// The `i`-th distinct variant of an input (distinct title and first words, so nothing is skipped).
fn variant(base: &str, i: usize) -> String {
    base.replacen("Blinken", &format!("Blinken{i}"), 2)
        .replacen("US to Overhaul", &format!("US{i} to Overhaul"), 4)
        .replacen(
            "The United States will",
            &format!("The United States ({i}) will"),
            1,
        )
        .replace("us-japan-command", &format!("us-japan-command-{i}"))
}

fn rate(label: &str, n: usize, start: Instant) {
    let secs = start.elapsed().as_secs_f64();
    println!(
        "{label:<40} {n:>6} articles in {secs:>7.3} s = {:>9.0} articles/s",
        n as f64 / secs
    );
}

fn readers() {
    let cleaner = Cleaner::new(&[]).unwrap();
    let n = 2000;
    let inputs: Vec<String> = (0..n).map(|i| variant(TEXT, i)).collect();
    let start = Instant::now();
    for t in &inputs {
        std::hint::black_box(ingest::text::read(t, &cleaner).unwrap());
    }
    rate("text reader + cleaning", n, start);
    let n = 300;
    let inputs: Vec<String> = (0..n).map(|i| variant(HTML, i)).collect();
    let start = Instant::now();
    for h in &inputs {
        std::hint::black_box(ingest::html::read(h, None, &cleaner).unwrap());
    }
    rate("HTML reader (readability + Markdown)", n, start);
}

fn site() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("site.yaml"),
        "title: Bench\nbase_url: https://example.org/\n",
    )
    .unwrap();
    dir
}

fn end_to_end(kind: &str, base: &str, n: usize, ext: &str) {
    let site = site();
    let inputs = tempfile::tempdir().unwrap();
    for i in 0..n {
        fs::write(
            inputs.path().join(format!("{i:05}.{ext}")),
            variant(base, i),
        )
        .unwrap();
    }
    let mut opts = ingest::Options::new(site.path());
    opts.paths = vec![inputs.path().to_path_buf()];
    opts.date = chrono::NaiveDate::from_ymd_opt(2024, 7, 27);
    let start = Instant::now();
    let report = ingest::run(&opts, &mut |_| {}).unwrap();
    assert_eq!(report.ingested, n, "{report:?}");
    rate(&format!("end to end, {kind}"), n, start);
}

fn scan_large_site() {
    let site = site();
    let body = TEXT
        .lines()
        .skip(2)
        .take(18)
        .collect::<Vec<_>>()
        .join("\n\n");
    for i in 0..10_000 {
        let dir = site.path().join(format!("content/2024/{:02}", i % 12 + 1));
        fs::create_dir_all(&dir).unwrap();
        fs::write(
            dir.join(format!("article-{i}.md")),
            format!("---\ntitle: Article {i}\ndate: 2024-07-27\nfingerprint: sha256:{i:032x}\n---\n\n{i} {body}\n"),
        )
        .unwrap();
    }
    // One input against 10,000 existing articles: the scan plus the duplicate checks.
    let input = site.path().join("one.txt");
    fs::write(&input, variant(TEXT, 999_999)).unwrap();
    let mut opts = ingest::Options::new(site.path());
    opts.paths = vec![input];
    opts.date = chrono::NaiveDate::from_ymd_opt(2024, 7, 27);
    let start = Instant::now();
    let report = ingest::run(&opts, &mut |_| {}).unwrap();
    println!(
        "{:<40} {:>7.3} s (1 input vs 10,000 articles: {})",
        "ingest into a 10,000-article site",
        start.elapsed().as_secs_f64(),
        report.summary()
    );
}

fn main() {
    readers();
    end_to_end("text", TEXT, 1000, "txt");
    end_to_end("HTML", HTML, 200, "html");
    scan_large_site();
}
