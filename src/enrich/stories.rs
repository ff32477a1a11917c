//! Story grouping: which articles report the same event. Two reports of one story, even
//! worded differently by different outlets, share its people, its places and its distinctive
//! words (names of things, numbers, rare nouns) and appear within a few days of each other;
//! two stories about the same topic or place share only the common words of that topic.
//!
//! Each article becomes a TF-IDF vector over its title, lead and the people and places
//! enrichment found, weighted by how rare each term is in the batch (so "election" counts
//! for little in a batch of election stories); pairs closer than [`LINK`] by cosine are
//! merged by average linkage, strongest first, so one loose pair cannot chain two stories.

// Keys are already hashes (or small pairs): the fast hasher, not SipHash.
use rustc_hash::FxHashMap as HashMap;
use std::hash::{BuildHasher, Hasher};

use rayon::prelude::*;

use super::lexicon::WordState;
use super::summary::features;

/// Reports of one story lie at most this many days apart.
pub const WINDOW_DAYS: i64 = 3;
/// The cosine similarity two groups must average to be merged (tuned on the benchmark's
/// development set, checked on its held-out set: see `benches/stories.rs`).
pub const LINK: f32 = 0.22;
/// Only the start of a body is read: leads carry the story, tails drift into background.
const LEAD_WORDS: usize = 220;
/// Pseudo-documents in which every term is taken to be absent: keeps IDF meaningful in
/// small batches (with three drafts, every shared word would otherwise look common).
const PRIOR_DOCS: f32 = 12.0;

/// One article as grouping reads it.
#[derive(Debug, Clone, Copy)]
pub struct Item<'a> {
    /// The headline.
    pub title: &'a str,
    /// The body (Markdown or plain text).
    pub body: &'a str,
    /// Its day, as days since any fixed epoch.
    pub day: i64,
    /// People named in it (canonical names).
    pub people: &'a [String],
    /// Places named in it.
    pub places: &'a [String],
}

/// A sparse term vector, sorted by term, unit length.
type Vector = Vec<(u64, f32)>;

fn term(prefix: &str, text: &str) -> u64 {
    let mut h = WordState::default().build_hasher();
    h.write(prefix.as_bytes());
    h.write(text.to_lowercase().as_bytes());
    h.finish()
}

/// Raw term counts of one article: what grouping keeps of it, so a caller may keep them
/// between runs and recount only the articles that changed.
/// Sorted by term, compact: a preview server keeps one per article.
pub type Counts = Box<[(u64, f32)]>;

/// Raw term counts of one article (title words count twice; people and places as terms of their own).
pub fn counts(item: &Item<'_>) -> Counts {
    let mut c: HashMap<u64, f32> = HashMap::default();
    for w in features(item.title) {
        *c.entry(w).or_default() += 2.0;
    }
    let lead: String = item
        .body
        .split_whitespace()
        .take(LEAD_WORDS)
        .collect::<Vec<_>>()
        .join(" ");
    for w in features(&lead) {
        *c.entry(w).or_default() += 1.0;
    }
    for p in item.people {
        *c.entry(term("person:", p)).or_default() += 3.0;
    }
    for p in item.places {
        *c.entry(term("place:", p)).or_default() += 1.0;
    }
    let mut c: Vec<(u64, f32)> = c.into_iter().collect();
    c.sort_unstable_by_key(|(t, _)| *t);
    c.into_boxed_slice()
}

/// Unit TF-IDF vectors for a batch.
fn vectors(raw: &[&Counts]) -> Vec<Vector> {
    let mut df: HashMap<u64, f32> = HashMap::default();
    for c in raw {
        for (t, _) in c.iter() {
            *df.entry(*t).or_default() += 1.0;
        }
    }
    let n = raw.len() as f32 + PRIOR_DOCS;
    raw.par_iter()
        .map(|c| {
            let mut v: Vector = c
                .iter()
                .map(|&(t, tf)| {
                    let idf = (n / df[&t]).ln();
                    (t, (1.0 + tf.ln()) * idf)
                })
                .filter(|(_, w)| *w > 0.0)
                .collect();
            let norm = v.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
            if norm > 0.0 {
                for (_, w) in &mut v {
                    *w /= norm;
                }
            }
            v
        })
        .collect()
}

fn cosine(a: &Vector, b: &Vector) -> f32 {
    let (mut i, mut j, mut s) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                s += a[i].1 * b[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    s
}

/// How many of an article's heaviest terms find its candidate partners.
const KEY_TERMS: usize = 12;

/// Similarity of the pairs within the window that reach half the link threshold. Only pairs
/// sharing one of their [`KEY_TERMS`] heaviest terms are compared: two reports of one story
/// share their rare words, and comparing every pair in a busy week of a large archive
/// (hundreds of articles a day) would cost too much.
fn pair_scores(days: &[i64], vecs: &[Vector]) -> HashMap<(u32, u32), f32> {
    let mut by_day: Vec<usize> = (0..days.len()).collect();
    by_day.sort_by_key(|&i| (days[i], i));
    // Each key term's articles, in day order.
    let mut postings: HashMap<u64, Vec<usize>> = HashMap::default();
    let keys: Vec<Vec<u64>> = vecs
        .iter()
        .map(|v| {
            let mut heavy: Vec<(u64, f32)> = v.clone();
            heavy.sort_unstable_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
            heavy.truncate(KEY_TERMS);
            heavy.into_iter().map(|(t, _)| t).collect()
        })
        .collect();
    for &i in &by_day {
        for &t in &keys[i] {
            postings.entry(t).or_default().push(i);
        }
    }
    let found: Vec<((u32, u32), f32)> = (0..days.len())
        .into_par_iter()
        .flat_map_iter(|i| {
            let mut partners: Vec<usize> = Vec::new();
            for t in &keys[i] {
                let list = &postings[t];
                let from = list.partition_point(|&j| days[j] < days[i] - WINDOW_DAYS);
                partners.extend(
                    list[from..]
                        .iter()
                        .take_while(|&&j| days[j] <= days[i] + WINDOW_DAYS)
                        .filter(|&&j| j > i),
                );
            }
            partners.sort_unstable();
            partners.dedup();
            let vecs = &vecs;
            partners.into_iter().filter_map(move |j| {
                let s = cosine(&vecs[i], &vecs[j]);
                (s >= LINK / 2.0).then_some(((i as u32, j as u32), s))
            })
        })
        .collect();
    found.into_iter().collect()
}

/// The similarity of every pair of items within the window, for diagnostics (how far the
/// closest pair of different stories lies below [`LINK`], and the loosest pair of one story).
pub fn similarities(items: &[Item<'_>]) -> Vec<(usize, usize, f32)> {
    let raw: Vec<Counts> = items.par_iter().map(counts).collect();
    let vecs = vectors(&raw.iter().collect::<Vec<_>>());
    let mut out = Vec::new();
    for i in 0..items.len() {
        for j in i + 1..items.len() {
            if (items[i].day - items[j].day).abs() <= WINDOW_DAYS {
                out.push((i, j, cosine(&vecs[i], &vecs[j])));
            }
        }
    }
    out
}

/// Groups a batch into stories: each group lists its members' indices in input order; every
/// item is in exactly one group (a story reported once is a group of one). Groups come in
/// the order of their first member.
pub fn group(items: &[Item<'_>]) -> Vec<Vec<usize>> {
    let raw: Vec<Counts> = items.par_iter().map(counts).collect();
    let days: Vec<i64> = items.iter().map(|i| i.day).collect();
    group_counted(&raw.iter().collect::<Vec<_>>(), &days)
}

/// [`group`] from counts made earlier by [`counts`], with each item's day.
pub fn group_counted(raw: &[&Counts], days: &[i64]) -> Vec<Vec<usize>> {
    let vecs = vectors(raw);
    let scores = pair_scores(days, &vecs);
    let mut edges: Vec<(&(u32, u32), &f32)> = scores.iter().filter(|(_, s)| **s >= LINK).collect();
    edges.sort_by(|a, b| b.1.total_cmp(a.1).then(a.0.cmp(b.0)));
    let mut cluster_of: Vec<usize> = (0..days.len()).collect();
    let mut members: Vec<Vec<usize>> = (0..days.len()).map(|i| vec![i]).collect();
    for (&(i, j), _) in edges {
        let (a, b) = (cluster_of[i as usize], cluster_of[j as usize]);
        if a == b {
            continue;
        }
        let mut total = 0.0;
        for &x in &members[a] {
            for &y in &members[b] {
                let key = (x.min(y) as u32, x.max(y) as u32);
                total += scores.get(&key).copied().unwrap_or(0.0);
            }
        }
        let average = total / (members[a].len() * members[b].len()) as f32;
        if average >= LINK {
            let moved = std::mem::take(&mut members[b]);
            for &m in &moved {
                cluster_of[m] = a;
            }
            members[a].extend(moved);
        }
    }
    let mut groups: Vec<Vec<usize>> = members.into_iter().filter(|m| !m.is_empty()).collect();
    for g in &mut groups {
        g.sort_unstable();
    }
    groups.sort_by_key(|g| g[0]);
    groups
}

/// Pairwise precision and recall of `found` groups against `truth` labels (one per item):
/// a pair counts when both items are in one group.
pub fn pairwise_scores(found: &[Vec<usize>], truth: &[&str]) -> (f64, f64) {
    let mut group_of = vec![0; truth.len()];
    for (g, members) in found.iter().enumerate() {
        for &m in members {
            group_of[m] = g;
        }
    }
    let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
    for i in 0..truth.len() {
        for j in i + 1..truth.len() {
            match (group_of[i] == group_of[j], truth[i] == truth[j]) {
                (true, true) => tp += 1,
                (true, false) => fp += 1,
                (false, true) => fn_ += 1,
                (false, false) => {}
            }
        }
    }
    let precision = if tp + fp == 0 {
        1.0
    } else {
        tp as f64 / (tp + fp) as f64
    };
    let recall = if tp + fn_ == 0 {
        1.0
    } else {
        tp as f64 / (tp + fn_) as f64
    };
    (precision, recall)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item<'a>(title: &'a str, body: &'a str, day: i64) -> Item<'a> {
        Item {
            title,
            body,
            day,
            people: &[],
            places: &[],
        }
    }

    #[test]
    fn same_event_groups_and_other_days_do_not() {
        let items = [
            item(
                "Ferry Aurora capsizes off Lampedusa, 41 rescued",
                "The ferry Aurora capsized off Lampedusa on Tuesday; coastguard crews rescued 41 passengers.",
                0,
            ),
            item(
                "Coastguard saves 41 as Aurora ferry overturns near Lampedusa",
                "Forty-one people were pulled from the sea after the Aurora overturned near Lampedusa.",
                1,
            ),
            item(
                "Parliament passes budget after long night",
                "Members of parliament passed the budget bill after a session that ran past midnight.",
                0,
            ),
            item(
                "Ferry Aurora capsizes off Lampedusa, 41 rescued",
                "The ferry Aurora capsized off Lampedusa on Tuesday; coastguard crews rescued 41 passengers.",
                9,
            ),
        ];
        let g = group(&items);
        assert_eq!(g, vec![vec![0, 1], vec![2], vec![3]]);
        let (p, r) = pairwise_scores(&g, &["a", "a", "b", "a"]);
        assert_eq!(p, 1.0);
        assert!((r - 1.0 / 3.0).abs() < 1e-9);
    }
}
