//! Throughput of enrichment (people, places, countries and a summary) on one core.
//!
//! `cargo bench --bench speed` builds ~800-word articles from the evaluation set
//! (paragraphs of several articles joined, so every article is different), enriches
//! them on the current thread, and prints articles per second. Target: ≥ 2,000/s.

use std::fs;
use std::path::Path;
use std::time::Instant;

use newsdesk::enrich::{self, Document, reader};

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/eval");
    let mut docs: Vec<Document> = Vec::new();
    for split in ["dev", "heldout"] {
        let mut files: Vec<_> = fs::read_dir(root.join(split))
            .expect("eval folder")
            .map(|e| e.expect("entry").path())
            .filter(|p| p.extension().is_some_and(|e| e == "md"))
            .collect();
        files.sort();
        for f in files {
            docs.push(reader::read_file(&f).expect("article"));
        }
    }
    let paragraphs: Vec<&str> = docs.iter().flat_map(|d| d.body.split("\n\n")).collect();
    // ~800-word articles: consecutive paragraphs, starting at a different one each time.
    let mut articles: Vec<Document> = Vec::new();
    for start in 0..paragraphs.len() {
        let mut body = String::new();
        let mut words = 0;
        let mut k = start;
        while words < 800 {
            let p = paragraphs[k % paragraphs.len()];
            words += p.split_whitespace().count();
            if !body.is_empty() {
                body.push_str("\n\n");
            }
            body.push_str(p);
            k += 1;
        }
        articles.push(Document {
            title: docs[start % docs.len()].title.clone(),
            body,
            language: None,
        });
    }
    let total_words: usize = articles
        .iter()
        .map(|a| a.body.split_whitespace().count())
        .sum();
    // Warm up: compile the gazetteer automaton and word lists.
    let _ = enrich::enrich(&articles[0], 2);
    let rounds = 8;
    let start = Instant::now();
    let mut found = 0usize;
    for _ in 0..rounds {
        for a in &articles {
            let e = enrich::enrich(a, 2);
            found += e.people.len() + e.countries.len() + e.summary.len().min(1);
        }
    }
    let secs = start.elapsed().as_secs_f64();
    let n = articles.len() * rounds;
    println!(
        "enrich: {n} articles of {} words on average in {secs:.2} s on one thread: {:.0} articles/s, {:.1} MB/s ({found} entities)",
        total_words / articles.len(),
        n as f64 / secs,
        articles.iter().map(|a| a.body.len()).sum::<usize>() as f64 * rounds as f64 / secs / 1e6,
    );
}
