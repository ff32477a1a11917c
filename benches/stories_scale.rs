//! Story grouping alone on a large archive: how its time grows with the number of articles
//! (issue 21 item 5 asks the whole build at 100,000 articles to take at most 10x the time
//! at 10,000, and grouping is the part that grew faster than the rest).
//!
//!     cargo bench --bench stories_scale -- DIR...
//!
//! Each DIR is a site root (say the corpora of `benches/scale.py`, made with
//! `../shared/bench/gen_corpus.py`). Its articles are loaded, counted as the build counts
//! them, then grouped cold three times; it prints the best wall and CPU (user + system of
//! the whole process, so rayon's threads count) of the three, and how many articles ended
//! in groups of each size.

use std::path::Path;
use std::time::Instant;

use newsdesk::enrich::stories::{self, Doc, StoryIndex};
use rayon::prelude::*;

/// The process's user + system CPU seconds so far (Linux; 0 elsewhere).
fn cpu_seconds() -> f64 {
    let Ok(stat) = std::fs::read_to_string("/proc/self/stat") else {
        return 0.0;
    };
    // Fields after the command name (which may hold spaces) start after its ')'.
    let rest = &stat[stat.rfind(')').map_or(0, |i| i + 2)..];
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let ticks = |k: usize| {
        fields
            .get(k)
            .and_then(|f| f.parse::<f64>().ok())
            .unwrap_or(0.0)
    };
    // utime and stime are fields 14 and 15 of the line, 12 and 13 after the name.
    (ticks(11) + ticks(12)) / 100.0
}

fn main() {
    let dirs: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with("--"))
        .collect();
    if dirs.is_empty() {
        eprintln!("usage: cargo bench --bench stories_scale -- SITE_ROOT...");
        return;
    }
    for dir in dirs {
        let articles = newsdesk::content::load(Path::new(&dir), chrono_tz::UTC, false)
            .expect("the site's content loads");
        let docs: Vec<Doc> = articles
            .par_iter()
            .enumerate()
            .map(|(k, a)| Doc {
                id: k as u64,
                input: 0,
                counts: std::sync::Arc::new(stories::counts(&stories::Item {
                    title: &a.front.title,
                    body: &a.body,
                    day: 0,
                    people: a.front.people.as_deref().unwrap_or_default(),
                    places: a.front.places.as_deref().unwrap_or_default(),
                })),
                day: i64::from(chrono::Datelike::num_days_from_ce(&a.local_date)),
            })
            .collect();
        let (mut wall, mut cpu) = (f64::MAX, f64::MAX);
        let mut groups = Vec::new();
        for _ in 0..3 {
            let (t, c) = (Instant::now(), cpu_seconds());
            // As the build: articles with fewer than 12 distinct terms are not grouped.
            groups = StoryIndex::new(12).group(docs.clone());
            wall = wall.min(t.elapsed().as_secs_f64());
            cpu = cpu.min(cpu_seconds() - c);
        }
        let mut sizes = std::collections::BTreeMap::<usize, usize>::new();
        for g in &groups {
            *sizes.entry(g.len()).or_default() += g.len();
        }
        println!(
            "{dir}: {} articles, grouped in {wall:.2} s wall, {cpu:.2} s CPU (best of 3); \
             articles by group size: {sizes:?}",
            docs.len()
        );
    }
}
