//! Throughput of enrichment (people, places, countries and a summary) on one core.
//!
//! `cargo bench --bench speed` builds ~800-word articles from the evaluation set
//! (paragraphs of several articles joined, so every article is different), enriches
//! them on the current thread, and prints articles per second. Target: ≥ 2,000/s.
//! The articles carry no `language` key, so detection is part of the cost. Besides
//! wall-clock time it prints the thread's CPU time: on a shared machine the wall clock also
//! counts the time other processes held the core, while "on one core" means CPU time.
//! It runs with the binary's allocator (mimalloc), as `newsdesk enrich` and the build do.

use std::fs;
use std::path::Path;
use std::time::Instant;

use newsdesk::enrich::{self, Document, reader};

// The allocator of the `newsdesk` binary (src/main.rs), so the bench measures enrichment
// as the shipped commands run it; with the system allocator malloc and free were 15% of
// the profile.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
            ..Default::default()
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
    let cpu_start = thread_cpu_secs();
    let mut found = 0usize;
    for _ in 0..rounds {
        for a in &articles {
            let e = enrich::enrich(a, 2);
            found += e.people.len() + e.countries.len() + e.summary.len().min(1);
        }
    }
    let cpu = thread_cpu_secs() - cpu_start;
    let secs = start.elapsed().as_secs_f64();
    let n = articles.len() * rounds;
    println!(
        "enrich: {n} articles of {} words on average in {secs:.2} s on one thread: {:.0} articles/s, {:.1} MB/s ({found} entities)",
        total_words / articles.len(),
        n as f64 / secs,
        articles.iter().map(|a| a.body.len()).sum::<usize>() as f64 * rounds as f64 / secs / 1e6,
    );
    println!(
        "enrich: {cpu:.2} s of CPU time on that thread: {:.0} articles/s of CPU time",
        n as f64 / cpu
    );
}

/// CPU time of the current thread, in seconds.
fn thread_cpu_secs() -> f64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid, writable timespec for the duration of the call.
    let rc = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    assert_eq!(rc, 0, "clock_gettime(CLOCK_THREAD_CPUTIME_ID)");
    ts.tv_sec as f64 + ts.tv_nsec as f64 / 1e9
}
