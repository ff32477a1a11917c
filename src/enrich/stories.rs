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
use serde::{Deserialize, Serialize};

use super::lexicon::WordState;
pub use super::story_index::{Doc, StoryIndex};
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
const PRIOR_DOCS: u32 = 12;

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
pub(crate) type Vector = Vec<(u64, f32)>;

fn term(prefix: &str, text: &str) -> u64 {
    let mut h = WordState::default().build_hasher();
    h.write(prefix.as_bytes());
    h.write(text.to_lowercase().as_bytes());
    h.finish()
}

/// Raw term counts of one article: what grouping keeps of it, so a caller may keep them
/// between runs and recount only the articles that changed.
/// Sorted by term, compact: a build keeps one per article until the build cache is saved.
/// Terms and counts lie in two arrays (10 bytes a term, not 16 as padded pairs: ~60 MB at
/// 100,000 articles); counts are whole numbers (title words count 2, people 3), kept exactly.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Counts {
    #[serde(with = "crate::serde_packed::u64s")]
    terms: Box<[u64]>,
    #[serde(with = "crate::serde_packed::u16s")]
    tf: Box<[u16]>,
}

impl Counts {
    /// Distinct terms.
    pub fn len(&self) -> usize {
        self.terms.len()
    }

    /// Whether no term was counted.
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// The terms, ascending.
    pub fn terms(&self) -> &[u64] {
        &self.terms
    }

    /// Each term with its count, terms ascending.
    pub fn iter(&self) -> impl Iterator<Item = (u64, f32)> + '_ {
        self.terms
            .iter()
            .zip(self.tf.iter())
            .map(|(&t, &n)| (t, f32::from(n)))
    }
}

impl From<Vec<(u64, f32)>> for Counts {
    /// From (term, count) pairs sorted by term; counts are rounded to whole numbers.
    fn from(pairs: Vec<(u64, f32)>) -> Counts {
        debug_assert!(
            pairs.windows(2).all(|w| w[0].0 < w[1].0),
            "sorted, distinct"
        );
        Counts {
            terms: pairs.iter().map(|p| p.0).collect(),
            // `as` saturates: a count past 65,535 (a title of that many repeats) stays huge.
            tf: pairs.iter().map(|p| p.1.round() as u16).collect(),
        }
    }
}

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
    Counts::from(c)
}

/// Below this many documents a term's IDF is exact; above, its logarithm is rounded to
/// [`IDF_STEP`] (about 9% in document frequency). A kept index then re-weighs a common
/// term's articles only when its frequency crosses a step, not on every edit, and the
/// weights stay a function of the batch alone (the same from a cold start as after edits).
const EXACT_DF: u32 = 16;
/// The step of rounded log document frequencies.
const IDF_STEP: f32 = std::f32::consts::LN_2 / 8.0;

/// The logarithm of a document count as IDF uses it: exact for small counts, rounded to
/// [`IDF_STEP`] above [`EXACT_DF`].
pub(crate) fn ln_docs(count: u32) -> f32 {
    let ln = (count as f32).ln();
    if count <= EXACT_DF {
        ln
    } else {
        (ln / IDF_STEP).round() * IDF_STEP
    }
}

/// The IDF numerator's log for a batch of `eligible` documents (with the prior documents).
pub(crate) fn ln_batch(eligible: usize) -> f32 {
    ln_docs(eligible as u32 + PRIOR_DOCS)
}

/// Article `c`'s unit TF-IDF vector, with `ln_n` from [`ln_batch`] and `df` each term's
/// document frequency in the batch.
pub(crate) fn vector(c: &Counts, ln_n: f32, df: impl Fn(u64) -> u32) -> Vector {
    let mut v: Vector = c
        .iter()
        .map(|(t, tf)| (t, (1.0 + tf.ln()) * (ln_n - ln_docs(df(t)))))
        .filter(|(_, w)| *w > 0.0)
        .collect();
    let norm = v.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
    if norm > 0.0 {
        for (_, w) in &mut v {
            *w /= norm;
        }
    }
    v
}

/// Unit TF-IDF vectors for a batch.
fn vectors(raw: &[&Counts]) -> Vec<Vector> {
    let mut df: HashMap<u64, u32> = HashMap::default();
    for c in raw {
        for t in c.terms() {
            *df.entry(*t).or_default() += 1;
        }
    }
    let ln_n = ln_batch(raw.len());
    raw.par_iter()
        .map(|c| vector(c, ln_n, |t| df[&t]))
        .collect()
}

/// The similarity of two unit vectors (the same bits whichever comes first).
pub(crate) fn cosine(a: &Vector, b: &Vector) -> f32 {
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

/// One article's vector spread into a small open-addressed table, so that its similarity to
/// each of its candidate partners is a lookup of the partner's terms rather than a merge of
/// two sorted lists (whose branches the processor cannot predict): at 100,000 articles an
/// article is compared with a few hundred others. [`Spread::cosine`] multiplies the same
/// pairs of weights and adds them in the same (term) order as [`cosine`], so the two give
/// the same bits.
#[derive(Default)]
pub(crate) struct Spread {
    /// Terms by slot; 0 marks a free slot (a term 0 is kept in `zero`).
    keys: Vec<u64>,
    weights: Vec<f32>,
    /// The weight of term 0, if the vector holds it.
    zero: Option<f32>,
    /// The slots in use, to free them for the next vector.
    used: Vec<usize>,
    /// `keys.len()`'s base-2 logarithm.
    bits: u32,
}

impl Spread {
    /// The slot where probing for `term` starts (terms are hashes, but of any quality:
    /// the multiply spreads them over the high bits).
    fn home(&self, term: u64) -> usize {
        (term.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - self.bits)) as usize
    }

    /// Holds `v` from now on (forgetting the vector held before).
    pub(crate) fn load(&mut self, v: &Vector) {
        for &slot in &self.used {
            self.keys[slot] = 0;
        }
        self.used.clear();
        self.zero = None;
        // At most a quarter full, so most lookups end at their first slot.
        let bits = (v.len() * 4).next_power_of_two().max(64).trailing_zeros();
        if bits > self.bits {
            self.bits = bits;
            self.keys = vec![0; 1 << bits];
            self.weights = vec![0.0; 1 << bits];
        }
        let mask = self.keys.len() - 1;
        for &(t, w) in v {
            if t == 0 {
                self.zero = Some(w);
                continue;
            }
            let mut slot = self.home(t);
            while self.keys[slot] != 0 {
                slot = (slot + 1) & mask;
            }
            self.keys[slot] = t;
            self.weights[slot] = w;
            self.used.push(slot);
        }
    }

    /// The held vector's weight of `term`.
    fn get(&self, term: u64) -> Option<f32> {
        if term == 0 {
            return self.zero;
        }
        let mask = self.keys.len() - 1;
        let mut slot = self.home(term);
        loop {
            match self.keys[slot] {
                0 => return None,
                k if k == term => return Some(self.weights[slot]),
                _ => slot = (slot + 1) & mask,
            }
        }
    }

    /// The similarity of the held vector and `b`: [`cosine`]'s bits.
    pub(crate) fn cosine(&self, b: &Vector) -> f32 {
        let mut s = 0.0;
        for &(t, w) in b {
            if let Some(a) = self.get(t) {
                s += a * w;
            }
        }
        s
    }
}

/// How many of an article's heaviest terms find its candidate partners.
const KEY_TERMS: usize = 12;

/// An article's [`KEY_TERMS`] heaviest terms. Only pairs sharing one of them are compared:
/// two reports of one story share their rare words, and comparing every pair in a busy week
/// of a large archive (hundreds of articles a day) would cost too much.
pub(crate) fn key_terms(v: &Vector) -> Vec<u64> {
    let mut heavy: Vec<(u64, f32)> = v.clone();
    heavy.sort_unstable_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    // A fresh vector of its own length: collecting from `heavy` would reuse its buffer
    // (the whole vector's size; every article keeps its keys, 160 MB at 100,000 articles).
    heavy.iter().take(KEY_TERMS).map(|&(t, _)| t).collect()
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
    let docs = items
        .par_iter()
        .enumerate()
        .map(|(k, item)| Doc {
            id: k as u64,
            input: 0,
            counts: std::sync::Arc::new(counts(item)),
            day: item.day,
        })
        .collect();
    StoryIndex::new(0).group(docs)
}

/// Merges items into stories by average linkage. `scores` are the compared pairs
/// `(score, i, j)`, `i < j`, each once (pairs never compared score 0); those at or above
/// [`LINK`] are the candidate merges. The strongest pair merges first (ties by position), so
/// the result depends on the scores and positions alone.
///
/// A merge test averages the scores of every pair across the two groups. Pairs never
/// compared add 0, which leaves a sum of positive scores unchanged, so only the compared
/// pairs are visited (through each member's partners, from the smaller group) and added in
/// the order of the full |A|x|B| walk: the same bits as summing every pair. At 100,000 bench
/// articles (137 a day, groups of tens) walking every pair through a hash map of a million
/// scores took 213 samples against 2 at 10,000, serially, in the middle of the build.
pub(crate) fn cluster(n: usize, scores: Vec<(f32, u32, u32)>) -> Vec<Vec<usize>> {
    let partners = Partners::new(n, &scores);
    let mut edges: Vec<(f32, u32, u32)> = scores.into_iter().filter(|e| e.0 >= LINK).collect();
    edges.sort_by(|a, b| b.0.total_cmp(&a.0).then((a.1, a.2).cmp(&(b.1, b.2))));
    let mut cluster_of: Vec<u32> = (0..n as u32).collect();
    // Each item's index in its group's member list (the order the full walk sums in).
    let mut slot: Vec<u32> = vec![0; n];
    let mut members: Vec<Vec<u32>> = (0..n as u32).map(|i| vec![i]).collect();
    let mut hits: Vec<(u64, f32)> = Vec::new();
    for (_, i, j) in edges {
        let (a, b) = (cluster_of[i as usize], cluster_of[j as usize]);
        if a == b {
            continue;
        }
        hits.clear();
        let (small, other, small_is_a) = if members[b as usize].len() < members[a as usize].len() {
            (b, a, false)
        } else {
            (a, b, true)
        };
        for &x in &members[small as usize] {
            for &(y, s) in partners.of(x) {
                if cluster_of[y as usize] == other {
                    let (sa, sb) = if small_is_a {
                        (slot[x as usize], slot[y as usize])
                    } else {
                        (slot[y as usize], slot[x as usize])
                    };
                    hits.push(((u64::from(sa) << 32) | u64::from(sb), s));
                }
            }
        }
        hits.sort_unstable_by_key(|h| h.0);
        let mut total = 0.0;
        for &(_, s) in &hits {
            total += s;
        }
        let average = total / (members[a as usize].len() * members[b as usize].len()) as f32;
        if average >= LINK {
            let moved = std::mem::take(&mut members[b as usize]);
            let base = members[a as usize].len() as u32;
            for (k, &m) in moved.iter().enumerate() {
                cluster_of[m as usize] = a;
                slot[m as usize] = base + k as u32;
            }
            members[a as usize].extend(moved);
        }
    }
    let mut groups: Vec<Vec<usize>> = members
        .into_iter()
        .filter(|m| !m.is_empty())
        .map(|m| {
            let mut g: Vec<usize> = m.into_iter().map(|x| x as usize).collect();
            g.sort_unstable();
            g
        })
        .collect();
    groups.sort_by_key(|g| g[0]);
    groups
}

/// Each item's compared partners with their scores, in one array (offsets by item).
struct Partners {
    start: Vec<u32>,
    list: Vec<(u32, f32)>,
}

impl Partners {
    fn new(n: usize, scores: &[(f32, u32, u32)]) -> Partners {
        let mut start = vec![0u32; n + 1];
        for &(_, i, j) in scores {
            start[i as usize + 1] += 1;
            start[j as usize + 1] += 1;
        }
        for k in 0..n {
            start[k + 1] += start[k];
        }
        let mut next = start.clone();
        let mut list = vec![(0u32, 0.0f32); start[n] as usize];
        for &(s, i, j) in scores {
            list[next[i as usize] as usize] = (j, s);
            next[i as usize] += 1;
            list[next[j as usize] as usize] = (i, s);
            next[j as usize] += 1;
        }
        Partners { start, list }
    }

    fn of(&self, x: u32) -> &[(u32, f32)] {
        &self.list[self.start[x as usize] as usize..self.start[x as usize + 1] as usize]
    }
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

    /// The next number of a xorshift sequence.
    fn rand(seed: &mut u64) -> u64 {
        *seed ^= *seed << 13;
        *seed ^= *seed >> 7;
        *seed ^= *seed << 17;
        *seed
    }

    /// A unit vector over terms drawn from `0..range` (so two vectors share some), sorted.
    fn random_vector(seed: &mut u64, len: usize, range: u64) -> Vector {
        let mut next = || {
            *seed ^= *seed << 13;
            *seed ^= *seed >> 7;
            *seed ^= *seed << 17;
            *seed
        };
        let mut v: Vector = (0..len)
            .map(|_| (next() % range, (next() % 1000) as f32 / 997.0 + 0.001))
            .collect();
        v.sort_unstable_by_key(|&(t, _)| t);
        v.dedup_by_key(|&mut (t, _)| t);
        let norm = v.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
        v.iter_mut().for_each(|(_, w)| *w /= norm);
        v
    }

    #[test]
    fn a_spread_vector_scores_the_same_bits_as_the_merge() {
        let mut seed = 0x5eed_u64;
        let mut spread = Spread::default();
        let mut shared = 0;
        for round in 0..400 {
            // Small ranges crowd the table's slots and hold term 0; the last rounds use
            // terms spread over the whole range, as hashes are.
            let range = if round < 300 {
                64 + round as u64
            } else {
                u64::MAX
            };
            let a = random_vector(&mut seed, 1 + round % 180, range);
            spread.load(&a);
            for _ in 0..8 {
                let len = 1 + (seed % 200) as usize;
                let b = random_vector(&mut seed, len, range);
                let merged = cosine(&a, &b);
                assert_eq!(spread.cosine(&b).to_bits(), merged.to_bits());
                shared += usize::from(merged > 0.0);
            }
        }
        assert!(shared > 1000, "most pairs share terms: {shared}");
    }

    /// Average linkage walking every pair across two groups through a score lookup: what
    /// [`cluster`] computes, the slow way.
    fn cluster_walking_every_pair(n: usize, scores: &[(f32, u32, u32)]) -> Vec<Vec<usize>> {
        let score: HashMap<(usize, usize), f32> = scores
            .iter()
            .map(|&(s, i, j)| ((i as usize, j as usize), s))
            .collect();
        let mut edges: Vec<(f32, u32, u32)> =
            scores.iter().copied().filter(|e| e.0 >= LINK).collect();
        edges.sort_by(|a, b| b.0.total_cmp(&a.0).then((a.1, a.2).cmp(&(b.1, b.2))));
        let mut cluster_of: Vec<usize> = (0..n).collect();
        let mut members: Vec<Vec<usize>> = (0..n).map(|i| vec![i]).collect();
        for (_, i, j) in edges {
            let (a, b) = (cluster_of[i as usize], cluster_of[j as usize]);
            if a == b {
                continue;
            }
            let mut total = 0.0f32;
            for &x in &members[a] {
                for &y in &members[b] {
                    total += score.get(&(x.min(y), x.max(y))).copied().unwrap_or(0.0);
                }
            }
            if total / (members[a].len() * members[b].len()) as f32 >= LINK {
                let moved = std::mem::take(&mut members[b]);
                for &m in &moved {
                    cluster_of[m] = a;
                }
                members[a].extend(moved);
            }
        }
        let mut groups: Vec<Vec<usize>> = members.into_iter().filter(|m| !m.is_empty()).collect();
        groups.iter_mut().for_each(|g| g.sort_unstable());
        groups.sort_by_key(|g| g[0]);
        groups
    }

    #[test]
    fn clustering_through_partners_groups_as_walking_every_pair() {
        let mut seed = 0xc1u64;
        let mut merged = 0;
        for round in 0..300 {
            let n = 2 + round % 60;
            // Dense rounds make groups of many members whose averages sit near the threshold.
            let pairs = n * (1 + round % 7);
            let mut seen = std::collections::HashSet::new();
            let mut scores = Vec::new();
            for _ in 0..pairs {
                let (i, j) = (rand(&mut seed) as usize % n, rand(&mut seed) as usize % n);
                if i == j || !seen.insert((i.min(j), i.max(j))) {
                    continue;
                }
                let s = LINK / 2.0 + (rand(&mut seed) % 1000) as f32 / 1000.0 * (1.0 - LINK / 2.0);
                scores.push((s, i.min(j) as u32, i.max(j) as u32));
            }
            let expected = cluster_walking_every_pair(n, &scores);
            merged += n - expected.len();
            assert_eq!(cluster(n, scores), expected, "round {round}");
        }
        assert!(merged > 1000, "most rounds merge: {merged}");
    }

    #[test]
    fn key_terms_hold_no_more_than_they_list() {
        let mut seed = 0x006b_6579_u64;
        let v = random_vector(&mut seed, 150, u64::MAX);
        let keys = key_terms(&v);
        assert_eq!(keys.len(), KEY_TERMS);
        // Every article keeps its keys for the whole build: no room for the rest of `v`.
        assert_eq!(keys.capacity(), KEY_TERMS);
        let heaviest = v.iter().max_by(|a, b| a.1.total_cmp(&b.1)).unwrap().0;
        assert_eq!(keys[0], heaviest);
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
