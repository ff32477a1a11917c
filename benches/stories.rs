//! Story grouping: pairwise precision and recall on hand-written sets of several outlets'
//! reports of the same events among unrelated stories on the same topics and places
//! (`benches/stories/dev` tuned the threshold; `heldout` was not looked at while tuning),
//! and how long the inbox takes to read and group 500 drafts.
//!
//! Run with `cargo bench --bench stories`. Target: F1 ≥ 0.90 with precision ≥ 0.95.

use std::time::Instant;

#[path = "stories_set.rs"]
mod stories_set;

fn main() {
    for set in ["dev", "heldout"] {
        let files = stories_set::read_set(set);
        let (p, r, f1) = stories_set::score(&files);
        println!(
            "{set:<8} {:>3} articles  precision {p:.3}  recall {r:.3}  F1 {f1:.3}",
            files.len()
        );
    }
    // 500 drafts: both sets repeated, each copy moved 10 days on so copies are other stories.
    let mut all = stories_set::read_set("dev");
    all.extend(stories_set::read_set("heldout"));
    let mut many = Vec::new();
    let mut copy = 0;
    while many.len() < 500 {
        for (name, text) in &all {
            let shifted = shift_date(text, copy * 10);
            many.push((format!("c{copy}-{name}"), shifted));
        }
        copy += 1;
    }
    many.truncate(500);
    let dir = stories_set::site(&many);
    let mut best = f64::MAX;
    for _ in 0..3 {
        let t = Instant::now();
        let inbox = newsdesk::inbox::load(dir.path()).unwrap();
        best = best.min(t.elapsed().as_secs_f64());
        assert_eq!(inbox.drafts().count(), 500);
    }
    println!(
        "inbox load + grouping of 500 drafts: {:.0} ms (best of 3)",
        best * 1000.0
    );
}

/// The text with its `date:` moved `days` later.
fn shift_date(text: &str, days: i64) -> String {
    text.lines()
        .map(|l| match l.strip_prefix("date: ") {
            Some(d) => {
                let day = chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").unwrap()
                    + chrono::Duration::days(days);
                format!("date: {day}")
            }
            None => l.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n")
        + "\n"
}
