//! Story grouping kept between runs: each article's term counts, vector and key terms, the
//! batch's document frequencies and every pair score at or above half the link threshold,
//! so that after an edit only the pairs of the articles whose vectors changed are scored
//! again (a preview server regroups 10,000 articles in milliseconds, not 100 ms).
//!
//! The result never depends on what was kept: vectors are a function of the batch (IDF is
//! rounded, see [`super::stories`], so an edit changes the vectors of the edited article and
//! of the articles sharing a term whose rounded frequency moved, and all of them when the
//! rounded batch size moves), pairs of unchanged vectors keep their scores, and clustering
//! runs over every kept score in batch order. A cold run is the same code with everything new.
//!
//! A key term finds an article partners only where it is distinctive: when more than
//! [`CROWD`] articles hold it as a key term within the window of either article's day, it is
//! common there (a busy archive's everyday words) and the pair is not compared through it;
//! when more than [`LONE`] hold it, it is a running topic rather than one event's mark, and
//! the pair is compared only if it shares a second such key term (two reports of one event
//! share several of its names, places and numbers). Without these bounds the pairs compared
//! grow with the square of the articles per day: at 100,000 synthetic articles over two
//! years (137 a day) the words that 2–4 articles of a window hold at 10,000 are held by
//! 20–40, and scoring and clustering the pairs took most of the model's time. Whether a term
//! is crowded at a day depends on other articles, so an edit also rescores the articles near
//! it whose crowding may have flipped.

use std::sync::{Arc, OnceLock};

use rayon::prelude::*;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use serde::{Deserialize, Serialize};

use super::day_postings::DayPostings;
use super::stories::{self, Counts, LINK, Vector, WINDOW_DAYS};

/// One article as the index receives it.
#[derive(Debug, Clone)]
pub struct Doc {
    /// Identifies the article between runs (a hash of its file's path); unique in a batch
    /// (a batch with repeated ids is grouped from scratch).
    pub id: u64,
    /// A hash of what `counts` were made from, so a caller can ask for them back
    /// ([`StoryIndex::counts`]) instead of counting again.
    pub input: u64,
    /// Its term counts ([`stories::counts`]).
    pub counts: Arc<Counts>,
    /// Its day, as days since any fixed epoch.
    pub day: i64,
}

/// What the index keeps of one article (serialisable apart from the index, see
/// [`StoryIndex::kept`]).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Kept {
    input: u64,
    #[serde(with = "crate::serde_arc")]
    counts: Arc<Counts>,
    day: i64,
    /// Has enough terms to be grouped (then it counts in document frequencies).
    eligible: bool,
    /// Unit TF-IDF vector (unless eligible, never made), made when first needed: it is a
    /// function of the counts and the batch's current weights (an article whose weights moved
    /// is weighed again), so one read back needs none until an edit scores a pair with it.
    #[serde(skip)]
    vector: OnceLock<Vector>,
    /// Key terms (empty unless eligible); kept, so a cache read back lists postings without
    /// weighing every article.
    #[serde(with = "crate::serde_packed::u64s")]
    keys: Vec<u64>,
}

/// A key term held (as a key term) by more than this many articles within [`WINDOW_DAYS`]
/// of an article's day is too common there to find that article partners (three a day in
/// the week around it). Finding partners walks every key term's window up to this bound, so
/// it sets how the work grows with the articles per day: at 100,000 bench articles (137 a
/// day) most key terms' windows hold 20–40. At 20 (40 until the seventeenth session) the
/// 10,000-article bench corpus (14 a day) groups exactly as before, and at 100,000 the
/// windows walked fall from 11.7 to 8.8 million entries and the pairs scored from 1.24 to
/// 0.93 million; 20,698 of the 100,000 articles change group there (its groups are
/// coincidences of shared words: the synthetic corpus has no real stories).
pub const CROWD: usize = 20;

/// A key term held (as a key term) by at most this many articles within [`WINDOW_DAYS`] of
/// both articles' days finds them as partners alone; one held by more (up to [`CROWD`]) only
/// together with a second shared key term. At 10,000 bench articles (14 a day) most key
/// terms' windows hold 2–4 articles, at 100,000 (137 a day) 20–40: with this bound the
/// candidate pairs there fell from 4.1 million to 1.2 million (10,000: 80,000 to 65,000).
pub const LONE: usize = 8;

/// Story grouping that keeps its work between runs (see the module doc); serialisable, so
/// a build cache can keep it between processes.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct StoryIndex {
    /// Articles with fewer distinct terms are never grouped.
    min_terms: usize,
    /// [`CROWD`], or less in tests.
    #[serde(skip, default = "crowd")]
    crowd: usize,
    /// [`LONE`], or less in tests.
    #[serde(skip, default = "lone")]
    lone: usize,
    /// By article id; not serialised with the index but apart ([`StoryIndex::kept`]), so a
    /// build cache can write only those that changed.
    #[serde(skip)]
    docs: HashMap<u64, Kept>,
    /// Eligible articles per term.
    df: HashMap<u64, u32>,
    /// Eligible articles.
    eligible: usize,
    /// The rounded log batch size the kept vectors were weighed with.
    ln_n: Option<f32>,
    /// The eligible articles holding each term in at most [`RARE`] of them (any order).
    #[serde(skip)]
    rare: HashMap<u64, Vec<u64>>,
    /// Terms that became rare again this run, their holders not yet listed.
    #[serde(skip)]
    unlisted: HashSet<u64>,
    /// Each key term's articles as (day, id), sorted.
    #[serde(skip)]
    postings: HashMap<u64, DayPostings>,
    /// Pair scores at or above `LINK / 2`, by (smaller id, larger id).
    scores: HashMap<(u64, u64), f32>,
    /// Each article's partners in `scores`.
    #[serde(skip)]
    partners: HashMap<u64, Vec<u64>>,
    /// Key postings added or removed this run, as (term, day): where crowding may flip.
    #[serde(skip)]
    moved: Vec<(u64, i64)>,
}

fn crowd() -> usize {
    CROWD
}

fn lone() -> usize {
    LONE
}

impl Default for StoryIndex {
    fn default() -> StoryIndex {
        StoryIndex {
            min_terms: 0,
            crowd: CROWD,
            lone: LONE,
            docs: HashMap::default(),
            df: HashMap::default(),
            eligible: 0,
            ln_n: None,
            rare: HashMap::default(),
            unlisted: HashSet::default(),
            postings: HashMap::default(),
            scores: HashMap::default(),
            partners: HashMap::default(),
            moved: Vec::new(),
        }
    }
}

/// The range of `postings` within [`WINDOW_DAYS`] of `day`.
fn window(postings: &DayPostings, day: i64) -> std::ops::Range<usize> {
    postings.window(day, WINDOW_DAYS)
}

/// Whether `counts` hold any of the sorted `terms` (one merge pass over both).
fn shares(counts: &Counts, terms: &[u64]) -> bool {
    let held = counts.terms();
    let (mut i, mut j) = (0, 0);
    while i < held.len() && j < terms.len() {
        match held[i].cmp(&terms[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => return true,
        }
    }
    false
}

/// Terms in at most this many articles have their holders listed: an edit moves the
/// weight of every rare term it adds or removes, and those articles are found at once.
const RARE: u32 = 32;

fn pair(a: u64, b: u64) -> (u64, u64) {
    (a.min(b), a.max(b))
}

impl StoryIndex {
    /// An empty index that leaves articles with fewer than `min_terms` distinct terms alone.
    pub fn new(min_terms: usize) -> StoryIndex {
        StoryIndex {
            min_terms,
            ..StoryIndex::default()
        }
    }

    /// An empty index whose key terms are crowded above `crowd` articles (tests bind it).
    #[cfg(test)]
    fn with_crowd(min_terms: usize, crowd: usize) -> StoryIndex {
        StoryIndex::with_bounds(min_terms, crowd, crowd)
    }

    /// An empty index whose key terms find partners alone up to `lone` articles in a window,
    /// and with a second shared key term up to `crowd`.
    #[cfg(test)]
    fn with_bounds(min_terms: usize, lone: usize, crowd: usize) -> StoryIndex {
        StoryIndex {
            lone,
            crowd,
            ..StoryIndex::new(min_terms)
        }
    }

    /// Makes again what is not serialised (rare-term holders, postings, partners) from the
    /// counts, key terms, frequencies and scores read back: a fraction of scoring every pair,
    /// which is what the scores spare. Vectors are made when first needed.
    pub fn after_load(&mut self) {
        if self.ln_n.is_none() {
            return;
        }
        let df = &self.df;
        let mut rare: HashMap<u64, Vec<u64>> = HashMap::default();
        let mut postings: HashMap<u64, DayPostings> = HashMap::default();
        for (&id, k) in self.docs.iter().filter(|(_, k)| k.eligible) {
            for &t in k.counts.terms() {
                if df.get(&t).is_some_and(|&d| d <= RARE) {
                    rare.entry(t).or_default().push(id);
                }
            }
            for &t in &k.keys {
                postings.entry(t).or_default().push(k.day, id);
            }
        }
        for list in postings.values_mut() {
            list.sort();
        }
        let mut partners: HashMap<u64, Vec<u64>> = HashMap::default();
        for &(a, b) in self.scores.keys() {
            partners.entry(a).or_default().push(b);
            partners.entry(b).or_default().push(a);
        }
        (self.rare, self.postings, self.partners) = (rare, postings, partners);
    }

    /// Every article kept, by id, with a sum of what decides what is kept of it (its input,
    /// day and key terms: the counts are a function of the input, the vector of the counts
    /// and the index's frequencies).
    pub fn kept(&self) -> impl Iterator<Item = (u64, u64, &Kept)> {
        self.docs.iter().map(|(&id, k)| {
            let mut h = crate::keyhash::KeyHasher::new(0x4b45_5054);
            h.num(k.input).num(k.day as u64).num(k.eligible as u64);
            for &t in &k.keys {
                h.num(t);
            }
            (id, h.finish(), k)
        })
    }

    /// Puts back the articles [`StoryIndex::kept`] gave, before [`StoryIndex::after_load`].
    pub fn set_kept(&mut self, docs: Vec<(u64, Kept)>) {
        self.docs = docs.into_iter().collect();
    }

    /// The counts kept for article `id` if they were made from `input`.
    pub fn counts(&self, id: u64, input: u64) -> Option<Arc<Counts>> {
        self.docs
            .get(&id)
            .filter(|k| k.input == input)
            .map(|k| Arc::clone(&k.counts))
    }

    /// Groups `batch` into stories, reusing what the last run kept. Each group lists its
    /// members' positions in `batch`, sorted; groups come in the order of their first
    /// member; every eligible article is in exactly one group (ineligible ones in none).
    pub fn group(&mut self, mut batch: Vec<Doc>) -> Vec<Vec<usize>> {
        let mut seen = HashSet::with_capacity_and_hasher(batch.len(), Default::default());
        if !batch.iter().all(|d| seen.insert(d.id)) {
            *self = StoryIndex::new(self.min_terms);
            for (k, d) in batch.iter_mut().enumerate() {
                d.id = k as u64;
            }
            seen = batch.iter().map(|d| d.id).collect();
        }
        // Document frequencies before this run, of the terms it changes.
        let mut before: HashMap<u64, u32> = HashMap::default();
        let mut dirty: HashSet<u64> = HashSet::default();
        let gone: Vec<u64> = self
            .docs
            .keys()
            .filter(|id| !seen.contains(id))
            .copied()
            .collect();
        for id in gone {
            self.forget(&[id]);
            let k = self.docs.remove(&id).expect("kept");
            if k.eligible {
                self.count(id, &k.counts, -1, &mut before);
            }
        }
        let fresh = self.docs.is_empty() && self.df.is_empty();
        if fresh {
            // A cold run: every article is new, so nothing needs noting one at a time.
            self.count_fresh(&batch);
            dirty.extend(
                self.docs
                    .iter()
                    .filter(|(_, k)| k.eligible)
                    .map(|(&id, _)| id),
            );
        }
        for d in batch.iter().filter(|_| !fresh) {
            let eligible = d.counts.len() >= self.min_terms;
            match self.docs.get_mut(&d.id) {
                Some(k)
                    if k.day == d.day
                        && (Arc::ptr_eq(&k.counts, &d.counts) || k.counts == d.counts) =>
                {
                    k.input = d.input;
                    continue;
                }
                Some(_) => {
                    self.forget(&[d.id]);
                    let old = self.docs.insert(d.id, Kept::new(d, eligible));
                    if let Some(old) = old.filter(|o| o.eligible) {
                        self.count(d.id, &old.counts, -1, &mut before);
                    }
                }
                None => {
                    self.docs.insert(d.id, Kept::new(d, eligible));
                }
            }
            if eligible {
                self.count(d.id, &d.counts, 1, &mut before);
                dirty.insert(d.id);
            }
        }
        self.relist();
        let ln_n = stories::ln_batch(self.eligible);
        if self.ln_n != Some(ln_n) {
            // Every weight moved: start the vectors and scores over.
            self.ln_n = Some(ln_n);
            self.postings.clear();
            self.scores.clear();
            self.partners.clear();
            self.moved.clear();
            dirty = self
                .docs
                .iter()
                .filter(|(_, k)| k.eligible)
                .map(|(&id, _)| id)
                .collect();
        } else {
            self.reweigh(&before, &mut dirty);
        }
        // A run that weighed every article (a cold one, or one whose batch size moved the
        // weights) holds every vector at once: as large as the counts, and only scoring
        // reads them, so they are dropped and made again when an edit next scores a pair
        // with them (as after a cache is read back). A run after an edit weighed a few and
        // keeps them: dropping them made every later edit weigh its partners again.
        let weighed_all = dirty.len() == self.eligible;
        self.rescore(dirty);
        let groups = self.clusters(&batch);
        if weighed_all {
            for k in self.docs.values_mut() {
                k.vector = OnceLock::new();
            }
        }
        groups
    }

    /// Adds (`delta` 1) or removes (-1) eligible article `id`'s terms from the frequencies,
    /// noting each term's frequency before this run in `before`, and keeps the holders of
    /// rare terms.
    fn count(&mut self, id: u64, counts: &Counts, delta: i32, before: &mut HashMap<u64, u32>) {
        for &t in counts.terms() {
            let df = self.df.entry(t).or_default();
            before.entry(t).or_insert(*df);
            let was = *df;
            *df = df.checked_add_signed(delta).expect("frequency below zero");
            let now = *df;
            if now == 0 {
                self.df.remove(&t);
            }
            if delta > 0 {
                if now <= RARE {
                    self.rare.entry(t).or_default().push(id);
                } else if was == RARE {
                    self.rare.remove(&t);
                }
            } else if was <= RARE {
                if let Some(list) = self.rare.get_mut(&t) {
                    list.retain(|&x| x != id);
                    if list.is_empty() {
                        self.rare.remove(&t);
                    }
                }
            } else if now == RARE {
                // Rare again: its holders are listed by a scan before they are needed.
                self.unlisted.insert(t);
            }
        }
        self.eligible = self
            .eligible
            .checked_add_signed(delta as isize)
            .expect("count");
    }

    /// Counts a whole batch into an empty index at once: what [`StoryIndex::count`] does one
    /// article at a time (frequencies, rare-term holders), gathered in parallel, since at
    /// 100,000 articles the serial count of ~15 million terms held up the model.
    fn count_fresh(&mut self, batch: &[Doc]) {
        let min_terms = self.min_terms;
        self.docs = batch
            .iter()
            .map(|d| (d.id, Kept::new(d, d.counts.len() >= min_terms)))
            .collect();
        let eligible: Vec<&Doc> = batch
            .iter()
            .filter(|d| d.counts.len() >= min_terms)
            .collect();
        self.eligible = eligible.len();
        self.df = eligible
            .par_iter()
            .fold(HashMap::default, |mut df: HashMap<u64, u32>, d| {
                for &t in d.counts.terms() {
                    *df.entry(t).or_default() += 1;
                }
                df
            })
            .reduce(HashMap::default, |a, b| {
                let (mut big, small) = if a.len() >= b.len() { (a, b) } else { (b, a) };
                for (t, n) in small {
                    *big.entry(t).or_default() += n;
                }
                big
            });
        let df = &self.df;
        self.rare = eligible
            .par_iter()
            .fold(HashMap::default, |mut rare: HashMap<u64, Vec<u64>>, d| {
                for &t in d.counts.terms() {
                    if df[&t] <= RARE {
                        rare.entry(t).or_default().push(d.id);
                    }
                }
                rare
            })
            .reduce(HashMap::default, |a, b| {
                let (mut big, small) = if a.len() >= b.len() { (a, b) } else { (b, a) };
                for (t, list) in small {
                    big.entry(t).or_default().extend(list);
                }
                big
            });
    }

    /// The eligible articles holding any of the sorted `terms` (a scan of every article
    /// unless all of them are rare).
    fn holders(&self, terms: &[u64]) -> Vec<u64> {
        let (listed, scan): (Vec<u64>, Vec<u64>) = terms
            .iter()
            .partition(|t| self.rare.contains_key(t) || !self.df.contains_key(t));
        let mut found: Vec<u64> = listed
            .iter()
            .filter_map(|t| self.rare.get(t))
            .flatten()
            .copied()
            .collect();
        if !scan.is_empty() {
            found.extend(
                self.docs
                    .iter()
                    .filter(|(_, k)| k.eligible && shares(&k.counts, &scan))
                    .map(|(&id, _)| id),
            );
        }
        found.sort_unstable();
        found.dedup();
        found
    }

    /// Marks dirty the articles holding a term whose rounded frequency moved, and forgets
    /// the scores and key postings of every dirty article.
    fn reweigh(&mut self, before: &HashMap<u64, u32>, dirty: &mut HashSet<u64>) {
        let df = |t: &u64| self.df.get(t).copied().unwrap_or(0);
        let mut moved: Vec<u64> = before
            .iter()
            .filter(|(t, was)| stories::ln_docs(**was) != stories::ln_docs(df(t)))
            .map(|(&t, _)| t)
            .collect();
        moved.sort_unstable();
        if !moved.is_empty() {
            let holders = self.holders(&moved);
            dirty.extend(holders);
        }
        let list: Vec<u64> = dirty.iter().copied().collect();
        self.forget(&list);
    }

    /// Lists the holders of the terms that became rare again this run.
    fn relist(&mut self) {
        let mut terms: Vec<u64> = std::mem::take(&mut self.unlisted)
            .into_iter()
            .filter(|t| self.df.get(t).is_some_and(|&d| d <= RARE))
            .collect();
        if terms.is_empty() {
            return;
        }
        terms.sort_unstable();
        for &t in &terms {
            self.rare.remove(&t);
        }
        let mut lists: HashMap<u64, Vec<u64>> = HashMap::default();
        for (&id, k) in self.docs.iter().filter(|(_, k)| k.eligible) {
            for &t in k.counts.terms() {
                if terms.binary_search(&t).is_ok() {
                    lists.entry(t).or_default().push(id);
                }
            }
        }
        self.rare.extend(lists);
    }

    /// Drops the kept scores and key postings of `ids` (their vectors are about to change).
    fn forget(&mut self, ids: &[u64]) {
        let set: HashSet<u64> = ids.iter().copied().collect();
        let mut terms: HashSet<u64> = HashSet::default();
        for id in ids {
            if let Some(k) = self.docs.get(id) {
                terms.extend(k.keys.iter().copied());
                self.moved.extend(k.keys.iter().map(|&t| (t, k.day)));
            }
        }
        self.drop_scores(ids);
        for t in terms {
            if let Some(list) = self.postings.get_mut(&t) {
                list.retain_ids(|id| !set.contains(&id));
                if list.is_empty() {
                    self.postings.remove(&t);
                }
            }
        }
    }

    /// Drops the kept scores of `ids`.
    fn drop_scores(&mut self, ids: &[u64]) {
        for id in ids {
            for p in self.partners.remove(id).unwrap_or_default() {
                self.scores.remove(&pair(*id, p));
                if let Some(list) = self.partners.get_mut(&p) {
                    list.retain(|x| x != id);
                }
            }
        }
    }

    /// The articles, besides `dirty`, whose crowding on a key term may have flipped with
    /// this run's moved postings (a window's count moves by at most the term's moves).
    fn crowd_flips(&self, dirty: &HashSet<u64>) -> Vec<u64> {
        if dirty.len() == self.eligible {
            // Every article is rescored (a cold run): none is left to flip.
            return Vec::new();
        }
        let mut moves: HashMap<u64, (usize, Vec<i64>)> = HashMap::default();
        for &(t, day) in &self.moved {
            let m = moves.entry(t).or_default();
            m.0 += 1;
            m.1.push(day);
        }
        let mut found: Vec<u64> = Vec::new();
        for (t, (count, mut days)) in moves {
            let Some(list) = self.postings.get(&t) else {
                continue;
            };
            days.sort_unstable();
            days.dedup();
            for day in days {
                for &(d, id) in &list.list()[window(list, day)] {
                    let now = window(list, d).len();
                    // Either bound may have been crossed by up to `count` moves.
                    let flips = |bound: usize| now + count > bound && now <= bound + count;
                    if (flips(self.crowd) || flips(self.lone)) && !dirty.contains(&id) {
                        found.push(id);
                    }
                }
            }
        }
        found.sort_unstable();
        found.dedup();
        found
    }

    /// Weighs the `dirty` articles again and scores their candidate pairs.
    fn rescore(&mut self, dirty: HashSet<u64>) {
        let ln_n = self.ln_n.expect("weighed");
        let mut dirty: Vec<u64> = dirty.into_iter().collect();
        dirty.sort_unstable();
        let weighed: Vec<(OnceLock<Vector>, Vec<u64>)> = dirty
            .par_iter()
            .map(|id| {
                let v = stories::vector(&self.docs[id].counts, ln_n, |t| self.df[&t]);
                let keys = stories::key_terms(&v);
                (OnceLock::from(v), keys)
            })
            .collect();
        let mut touched: HashSet<u64> = HashSet::default();
        for (id, (vector, keys)) in dirty.iter().zip(weighed) {
            let k = self.docs.get_mut(id).expect("kept");
            for &t in &keys {
                self.postings.entry(t).or_default().push(k.day, *id);
                self.moved.push((t, k.day));
                touched.insert(t);
            }
            k.vector = vector;
            k.keys = keys;
        }
        // A cold run touched every list: sorted and counted by day side by side.
        if touched.len() * 2 >= self.postings.len() {
            self.postings
                .par_iter_mut()
                .filter(|(t, _)| touched.contains(t))
                .for_each(|(_, list)| list.sort());
        } else {
            for t in touched {
                self.postings.get_mut(&t).expect("posted").sort();
            }
        }
        // Articles whose vectors stayed but whose partners may not have: scored again too.
        let is_dirty: HashSet<u64> = dirty.iter().copied().collect();
        let flipped = self.crowd_flips(&is_dirty);
        self.moved.clear();
        self.drop_scores(&flipped);
        dirty.extend(flipped);
        dirty.sort_unstable();
        let is_dirty: HashSet<u64> = dirty.iter().copied().collect();
        // A cold run rescores every eligible article: no need to look each partner up.
        let all_dirty = is_dirty.len() == self.eligible;
        let (docs, postings, df, crowd, lone) =
            (&self.docs, &self.postings, &self.df, self.crowd, self.lone);

        let found: Vec<((u64, u64), f32)> = dirty
            .par_iter()
            .map_init(stories::Spread::default, |spread, &id| {
                let k = &docs[&id];
                // (partner, shares a lone key term with it): the links through each key term.
                let mut links: Vec<(u64, bool)> = Vec::new();
                for t in &k.keys {
                    let list = &postings[t];
                    let near = &list.list()[window(list, k.day)];
                    if near.len() > crowd {
                        continue;
                    }
                    let own_lone = near.len() <= lone;
                    // The partner's own window, counted once per day (the list is by day).
                    let mut last: Option<(i64, usize)> = None;
                    for &(day, j) in near {
                        // A pair of two rescored articles is scored once, from its smaller id.
                        if j == id || (j < id && (all_dirty || is_dirty.contains(&j))) {
                            continue;
                        }
                        let held = match last {
                            Some((d, held)) if d == day => held,
                            _ => {
                                let held = window(list, day).len();
                                last = Some((day, held));
                                held
                            }
                        };
                        if held <= crowd {
                            links.push((j, own_lone && held <= lone));
                        }
                    }
                }
                links.sort_unstable();
                // A partner through lone key terms, or through two crowded ones at least.
                let partners: Vec<u64> = links
                    .chunk_by(|a, b| a.0 == b.0)
                    .filter(|run| run.len() >= 2 || run.iter().any(|l| l.1))
                    .map(|run| run[0].0)
                    .collect();
                spread.load(k.vector(ln_n, df));
                partners
                    .into_iter()
                    .filter_map(|j| {
                        let s = spread.cosine(docs[&j].vector(ln_n, df));
                        (s >= LINK / 2.0).then_some((pair(id, j), s))
                    })
                    .collect::<Vec<_>>()
            })
            .flatten_iter()
            .collect();
        self.scores.reserve(found.len());
        for ((a, b), s) in found {
            self.scores.insert((a, b), s);
            self.partners.entry(a).or_default().push(b);
            self.partners.entry(b).or_default().push(a);
        }
    }

    /// Clusters the batch's eligible articles from the kept scores, in batch order.
    fn clusters(&self, batch: &[Doc]) -> Vec<Vec<usize>> {
        let members: Vec<usize> = (0..batch.len())
            .filter(|&i| self.docs[&batch[i].id].eligible)
            .collect();
        let position: HashMap<u64, u32> = members
            .iter()
            .enumerate()
            .map(|(p, &i)| (batch[i].id, p as u32))
            .collect();
        // Every kept score between two of them (an ineligible article has none).
        let scores: Vec<(f32, u32, u32)> = self
            .scores
            .iter()
            .filter_map(|(&(a, b), &s)| {
                let (x, y) = (*position.get(&a)?, *position.get(&b)?);
                Some((s, x.min(y), x.max(y)))
            })
            .collect();
        let groups = stories::cluster(members.len(), scores);
        groups
            .into_iter()
            .map(|g| g.into_iter().map(|p| members[p]).collect())
            .collect()
    }
}

impl Kept {
    /// The unit vector, weighed now if it was not yet with the batch's current frequencies
    /// `df`: the vector an earlier run of this index made, as an article whose weights moved
    /// since is weighed again anyway (see `reweigh`).
    fn vector(&self, ln_n: f32, df: &HashMap<u64, u32>) -> &Vector {
        self.vector
            .get_or_init(|| stories::vector(&self.counts, ln_n, |t| df[&t]))
    }

    fn new(d: &Doc, eligible: bool) -> Kept {
        Kept {
            input: d.input,
            counts: Arc::clone(&d.counts),
            day: d.day,
            eligible,
            vector: OnceLock::new(),
            keys: Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small deterministic generator (xorshift), so failures reproduce.
    struct Rng(u64);
    impl Rng {
        fn next(&mut self, below: u64) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0 % below
        }
    }

    /// An article of story `story`: some of the story's own terms and common words (a few
    /// articles are stubs with too few terms to be grouped).
    fn article(rng: &mut Rng, id: u64, story: u64) -> Doc {
        let mut c: Vec<(u64, f32)> = Vec::new();
        let own = if rng.next(10) == 0 { 4 } else { 14 };
        for k in 0..own {
            if rng.next(4) > 0 {
                c.push((1000 + story * 20 + k, 1.0 + rng.next(3) as f32));
            }
        }
        for _ in 0..12 {
            // Skewed: low numbers are common words.
            let spread = 1 + rng.next(60);
            let w = rng.next(spread);
            c.push((w, 1.0));
        }
        c.sort_by_key(|x| x.0);
        c.dedup_by_key(|x| x.0);
        Doc {
            id,
            input: rng.next(u64::MAX),
            counts: Arc::new(Counts::from(c)),
            day: (story * 2 + rng.next(3)) as i64,
        }
    }

    fn cold(batch: &[Doc], (lone, crowd): (usize, usize)) -> (Vec<Vec<usize>>, StoryIndex) {
        let mut fresh = StoryIndex::with_bounds(8, lone, crowd);
        (fresh.group(batch.to_vec()), fresh)
    }

    fn sorted_scores(ix: &StoryIndex) -> Vec<((u64, u64), u32)> {
        let mut v: Vec<_> = ix.scores.iter().map(|(&k, s)| (k, s.to_bits())).collect();
        v.sort_unstable();
        v
    }

    /// The kept frequencies and rare-term holders are what the kept articles give, and each
    /// eligible article's key terms and vector (if made) are what its counts weigh now.
    fn check_kept(ix: &StoryIndex) {
        let ln_n = stories::ln_batch(ix.eligible);
        for k in ix.docs.values().filter(|k| k.eligible) {
            let now = stories::vector(&k.counts, ln_n, |t| ix.df[&t]);
            assert_eq!(k.keys, stories::key_terms(&now));
            if let Some(v) = k.vector.get() {
                assert_eq!(v, &now);
            }
            assert_eq!(k.vector(ln_n, &ix.df), &now);
        }
        let mut df: HashMap<u64, u32> = HashMap::default();
        let mut holders: HashMap<u64, Vec<u64>> = HashMap::default();
        for (&id, k) in ix.docs.iter().filter(|(_, k)| k.eligible) {
            for &t in k.counts.terms() {
                *df.entry(t).or_default() += 1;
                holders.entry(t).or_default().push(id);
            }
        }
        assert_eq!(ix.df, df);
        holders.retain(|t, _| df[t] <= RARE);
        let mut rare = ix.rare.clone();
        for list in rare.values_mut().chain(holders.values_mut()) {
            list.sort_unstable();
        }
        assert_eq!(rare, holders);
    }

    #[test]
    fn kept_index_groups_as_a_fresh_one_after_every_kind_of_edit() {
        // Unbound, and bound so tightly that a story's own words crowd some windows (its
        // reports lie a few days apart) and edits move windows across the bound.
        // Then with a lone bound under the crowd bound, so pairs through crowded terms need
        // two of them and edits move windows across either bound.
        for bounds in [(LONE, CROWD), (2, 2), (3, 3), (1, 4), (2, 6), (3, 9)] {
            edits_keep_the_index_fresh(bounds);
        }
    }

    fn edits_keep_the_index_fresh(bounds: (usize, usize)) {
        let mut regrouped = 0;
        for seed in 1..=12u64 {
            let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15));
            let mut next_id = 0;
            let mut batch: Vec<Doc> = (0..90)
                .map(|_| {
                    next_id += 1;
                    let story = rng.next(25);
                    article(&mut rng, next_id, story)
                })
                .collect();
            let mut kept = StoryIndex::with_bounds(8, bounds.0, bounds.1);
            kept.group(batch.clone());
            for _ in 0..40 {
                match rng.next(6) {
                    // Rewrite an article as a report of another story.
                    0 | 1 => {
                        let i = rng.next(batch.len() as u64) as usize;
                        let story = rng.next(25);
                        batch[i] = article(&mut rng, batch[i].id, story);
                    }
                    // A new article somewhere in the list.
                    2 => {
                        next_id += 1;
                        let story = rng.next(25);
                        let at = rng.next(batch.len() as u64 + 1) as usize;
                        batch.insert(at, article(&mut rng, next_id, story));
                    }
                    // A deleted one.
                    3 => {
                        let i = rng.next(batch.len() as u64) as usize;
                        batch.remove(i);
                    }
                    // A move to another day, the words kept.
                    4 => {
                        let i = rng.next(batch.len() as u64) as usize;
                        batch[i].day += rng.next(5) as i64 - 2;
                    }
                    // A reordered archive, nothing else.
                    _ => {
                        let (i, j) = (
                            rng.next(batch.len() as u64) as usize,
                            rng.next(batch.len() as u64) as usize,
                        );
                        batch.swap(i, j);
                    }
                }
                let warm = kept.group(batch.clone());
                let (fresh, fresh_index) = cold(&batch, bounds);
                assert_eq!(warm, fresh, "seed {seed}, bounds {bounds:?}");
                assert_eq!(sorted_scores(&kept), sorted_scores(&fresh_index));
                check_kept(&kept);
                // A cold run counts the batch at once (in parallel): the same frequencies.
                check_kept(&fresh_index);
                regrouped += warm.iter().filter(|g| g.len() > 1).count();
            }
        }
        assert!(regrouped > 1000, "the articles form stories: {regrouped}");
    }

    #[test]
    fn a_key_term_crowded_in_a_window_finds_no_partners() {
        // Ten reports on one day sharing a heavy term, each with a word of its own.
        let batch = |day_of: &dyn Fn(u64) -> i64| -> Vec<Doc> {
            (0..10u64)
                .map(|k| Doc {
                    id: k,
                    input: k,
                    counts: Arc::new(Counts::from(vec![(7, 5.0), (100 + k, 1.0)])),
                    day: day_of(k),
                })
                .collect()
        };
        let same_day = batch(&|_| 0);
        let all: Vec<usize> = (0..10).collect();
        assert_eq!(
            StoryIndex::with_crowd(0, 10).group(same_day.clone()),
            vec![all]
        );
        let apart: Vec<Vec<usize>> = (0..10).map(|k| vec![k]).collect();
        assert_eq!(StoryIndex::with_crowd(0, 9).group(same_day), apart);
        // Spread over weeks, no window holds more than three of them: pairs within one.
        let spread = StoryIndex::with_crowd(0, 3).group(batch(&|k| (k / 3 * 30) as i64));
        assert_eq!(
            spread,
            vec![vec![0, 1, 2], vec![3, 4, 5], vec![6, 7, 8], vec![9]]
        );
    }

    #[test]
    fn a_key_term_above_the_lone_bound_needs_a_second_shared_one() {
        // Six reports on one day share the heavy term 7; four of them also share term 8.
        let batch: Vec<Doc> = (0..6u64)
            .map(|k| {
                let mut c = vec![(7, 5.0), (100 + k, 1.0)];
                if k < 4 {
                    c.push((8, 5.0));
                }
                c.sort_by_key(|x| x.0);
                Doc {
                    id: k,
                    input: k,
                    counts: Arc::new(Counts::from(c)),
                    day: 0,
                }
            })
            .collect();
        let all: Vec<usize> = (0..6).collect();
        assert_eq!(
            StoryIndex::with_bounds(0, 6, 6).group(batch.clone()),
            vec![all]
        );
        // Both terms crowded (above 3): only the four sharing both are compared.
        let two_keys = vec![vec![0, 1, 2, 3], vec![4], vec![5]];
        assert_eq!(
            StoryIndex::with_bounds(0, 3, 6).group(batch.clone()),
            two_keys
        );
        // Above the crowd bound (5), term 7 finds no partners at all; term 8 still does.
        assert_eq!(StoryIndex::with_bounds(0, 4, 5).group(batch), two_keys);
    }

    #[test]
    fn an_index_read_back_goes_on_as_the_one_written() {
        let mut rng = Rng(11);
        let mut batch: Vec<Doc> = (0..80).map(|k| article(&mut rng, k, k / 3)).collect();
        let mut kept = StoryIndex::new(8);
        kept.group(batch.clone());
        let bytes = postcard::to_stdvec(&kept).unwrap();
        let docs: Vec<(u64, &Kept)> = kept.kept().map(|(id, _, k)| (id, k)).collect();
        let docs = postcard::to_stdvec(&docs).unwrap();
        let mut read: StoryIndex = postcard::from_bytes(&bytes).unwrap();
        read.set_kept(postcard::from_bytes(&docs).unwrap());
        read.after_load();
        check_kept(&read);
        for step in 0..20u64 {
            let i = rng.next(batch.len() as u64) as usize;
            let story = rng.next(30);
            batch[i] = article(&mut rng, batch[i].id, story);
            if step % 4 == 0 {
                batch.push(article(&mut rng, 1000 + step, story));
            }
            let (fresh, fresh_index) = cold(&batch, (LONE, CROWD));
            assert_eq!(read.group(batch.clone()), fresh);
            assert_eq!(sorted_scores(&read), sorted_scores(&fresh_index));
            check_kept(&read);
        }
    }

    #[test]
    fn repeated_ids_and_ineligible_articles_are_handled() {
        let mut rng = Rng(7);
        let mut batch: Vec<Doc> = (0..30).map(|k| article(&mut rng, k / 2, k / 6)).collect();
        let (fresh, _) = cold(&batch, (LONE, CROWD));
        let mut kept = StoryIndex::new(8);
        assert_eq!(kept.group(batch.clone()), fresh);
        for (k, d) in batch.iter_mut().enumerate() {
            d.id = k as u64 + 100;
        }
        assert_eq!(kept.group(batch.clone()), fresh);
        let grouped: usize = fresh.iter().map(Vec::len).sum();
        let eligible = batch.iter().filter(|d| d.counts.len() >= 8).count();
        assert_eq!(grouped, eligible, "every eligible article in one group");
    }
}
