//! The client-side search index, built with the site: a compact inverted index of titles,
//! summaries, people, places, tags, sources and body text, split so that a query downloads
//! only the little it needs.
//!
//! Files (all under `search/`):
//! - `meta.json`: the number of documents, the first word of every word chunk, the letter
//!   folding table and stop words (a few KB even at 10,000 articles);
//! - `t/N.bin`: word chunk N, gzip: words in sorted order (front-coded), each with its
//!   postings (document, weight) delta-coded;
//! - `d/N.bin`: document chunk N, gzip JSON: `[url, title, date, source, summary]` of
//!   [`DOCS_PER_CHUNK`] documents.
//!
//! The number of chunks depends only on the number of articles, so a build can list the
//! files before it builds the index (and skip building it when no article changed). A chunk
//! file's key is a hash of its uncompressed bytes, so after an edit only the chunks that
//! changed are compressed and written; a [`Memo`] keeps each article's words between builds
//! of one process (the preview server), so only edited articles are tokenised again. Document
//! numbers run oldest first, so a new article does not renumber the old ones.

pub mod encode;
pub mod postings;
pub mod text;
pub mod write;

use std::sync::Arc;

use chrono::Datelike;
use rayon::prelude::*;
use rustc_hash::FxHashMap;
use serde::Serialize;
use xxhash_rust::xxh3::xxh3_64_with_seed;

use crate::keyhash::KeyHasher;
use crate::markdown::plain::plain_text;
use crate::site::Site;
use crate::site::urls::{self, Loc};

/// Documents per document chunk.
pub const DOCS_PER_CHUNK: usize = 16;
/// Articles per word chunk: sets how many word chunks a site has.
pub const ARTICLES_PER_WORD_CHUNK: usize = 40;
/// The longest summary kept for result lists, in characters.
const SUMMARY_CHARS: usize = 220;

/// Documents tokenised before their words are interned (bounds the words in flight).
const TOKENISE_BATCH: usize = 256;

/// Field weights: a word in the title counts eight times a word of the body.
const W_TITLE: u32 = 8;
const W_NAME: u32 = 6;
const W_TAG: u32 = 4;
const W_SUMMARY: u32 = 3;
const W_SOURCE: u32 = 2;
/// Body occurrences counted per word, so long articles do not drown short ones.
const BODY_CAP: u32 = 12;

/// How many word chunks a site of `articles` has.
pub fn word_chunks(articles: usize) -> usize {
    articles.div_ceil(ARTICLES_PER_WORD_CHUNK).max(1)
}

/// How many document chunks a site of `articles` has.
pub fn doc_chunks(articles: usize) -> usize {
    articles.div_ceil(DOCS_PER_CHUNK).max(1)
}

/// The built index: the bytes of every file, compressed as written.
pub struct SearchIndex {
    /// `meta.json`.
    pub meta: Vec<u8>,
    /// Word chunks, in order.
    pub words: Vec<Vec<u8>>,
    /// Document chunks, in order.
    pub docs: Vec<Vec<u8>>,
}

/// The index before compression: `meta.json` and the chunks' uncompressed bytes.
pub struct RawIndex {
    /// `meta.json`.
    pub meta: Vec<u8>,
    /// Word chunks, in order, before gzip.
    pub words: Vec<Vec<u8>>,
    /// Each document chunk's [`chunk_key`], in order.
    doc_keys: Vec<u64>,
    /// Document chunks before gzip, in order; `None` for one whose key the memo knew from
    /// the same documents, made only if asked for ([`RawIndex::doc_chunk`]).
    docs: Vec<Option<Vec<u8>>>,
    /// Every document, oldest first, for the chunks not made yet.
    all_docs: Vec<Arc<Doc>>,
}

impl RawIndex {
    /// The [`chunk_key`] of document chunk `c`.
    pub fn doc_key(&self, c: usize) -> u64 {
        self.doc_keys[c]
    }

    /// The uncompressed bytes of document chunk `c`.
    pub fn doc_chunk(&self, c: usize) -> std::borrow::Cow<'_, [u8]> {
        match &self.docs[c] {
            Some(bytes) => std::borrow::Cow::Borrowed(bytes),
            None => std::borrow::Cow::Owned(doc_chunk(&self.all_docs, c)),
        }
    }
}

/// Document chunk `c` of `docs` (oldest first), uncompressed: JSON of what each result shows.
fn doc_chunk(docs: &[Arc<Doc>], c: usize) -> Vec<u8> {
    let n = docs.len();
    let end = ((c + 1) * DOCS_PER_CHUNK).min(n);
    let list: Vec<&Shown> = docs[(c * DOCS_PER_CHUNK).min(n)..end]
        .iter()
        .map(|d| &d.shown)
        .collect();
    serde_json::to_vec(&list).expect("serialisable")
}

/// What document chunk `c` is made from: the keys of its documents ([`doc_key`], which
/// decide what each shows), so equal inputs make equal bytes.
fn doc_chunk_input(keys: &[u64], c: usize) -> u64 {
    let n = keys.len();
    let mut h = KeyHasher::new(0x444f_4353);
    for &k in &keys[(c * DOCS_PER_CHUNK).min(n)..((c + 1) * DOCS_PER_CHUNK).min(n)] {
        h.num(k);
    }
    h.finish()
}

#[derive(Serialize)]
struct Meta<'a> {
    version: u32,
    docs: usize,
    docs_per_chunk: usize,
    /// First word of each word chunk (`None` for an empty chunk of a tiny site).
    chunks: Vec<Option<String>>,
    fold: &'a std::collections::BTreeMap<char, String>,
    stop: &'a [&'a str],
}

/// What a result shows: URL, title, date, source and summary.
/// URL, title, date, source, summary, thumbnail (site-relative or absolute; empty when none)
/// and its `WIDTHxHEIGHT` (empty when unknown).
type Shown = (String, String, String, String, String, String, String);

/// A document freshly tokenised: its words (not yet interned) with weights, and what it shows.
type Tokens = (Vec<(String, u8)>, Shown);

/// One document's words (interned) with their weights, and what its result shows
/// (serialisable apart from the memo, see [`Memo::docs`]).
#[derive(serde::Serialize, serde::Deserialize)]
pub struct Doc {
    words: encode::Packed,
    shown: Shown,
}

/// What one process keeps between builds of the index: the words of every article by a hash
/// of everything they are made from, and one interned, sorted vocabulary. Tokenising every
/// article took half of an index build; an edit changes one of them. Serialisable, so a build
/// cache can keep it between processes (call [`Memo::after_load`] on one read back).
#[derive(serde::Serialize, serde::Deserialize)]
pub struct Memo {
    /// Interned words by id.
    terms: Vec<Box<str>>,
    #[serde(skip)]
    ids: FxHashMap<Box<str>, u32>,
    /// `ids` holds every word; otherwise only those not yet in `sorted` (a memo read back).
    #[serde(skip)]
    ids_complete: bool,
    /// Every interned word's id, in the order the browser sorts words.
    sorted: Vec<u32>,
    /// Documents by [`doc_key`]; not serialised with the memo but apart ([`Memo::docs`]), so
    /// a build cache can write only those that changed.
    #[serde(skip)]
    docs: FxHashMap<u64, Arc<Doc>>,
    /// Names this memo's word ids: a memo started afresh numbers its words anew, so
    /// documents kept apart are used only with the memo of the same generation.
    generation: u64,
    /// The last build's compressed chunks by [`chunk_key`]. Not serialised: a build in
    /// another process needs a chunk's bytes only when its file must be written again, and
    /// keeping them made the build cache's main search file as large as the index (2.8 MB
    /// at 10,000 articles), read and written again after every edit.
    #[serde(skip)]
    compressed: FxHashMap<u64, Compressed>,
    /// The last build's posting lists, which the next one updates where documents changed;
    /// kept by a build cache apart from the memo ([`Memo::postings`]).
    #[serde(skip)]
    postings: Option<postings::Postings>,
    /// The last build's document chunks: the [`chunk_key`] of their bytes by what they were
    /// made from ([`doc_chunk_input`]). After an edit every chunk was serialised and hashed
    /// again (~3 MB of JSON at 10,000 articles) to find the one that changed.
    doc_chunks: FxHashMap<u64, u64>,
}

/// A chunk file's bytes, as written.
pub type Compressed = Arc<[u8]>;

impl Default for Memo {
    fn default() -> Self {
        // Unique enough across the memos one site's cache ever sees: time and process.
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos() as u64);
        let mut h = crate::keyhash::KeyHasher::new(0x4745_4e53);
        h.num(now).num(u64::from(std::process::id()));
        Memo {
            terms: Vec::new(),
            ids: FxHashMap::default(),
            ids_complete: true,
            sorted: Vec::new(),
            docs: FxHashMap::default(),
            generation: h.finish(),
            compressed: FxHashMap::default(),
            postings: None,
            doc_chunks: FxHashMap::default(),
        }
    }
}

impl Memo {
    /// Which numbering of words this memo's documents use (see the field).
    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// Every document, by the key of what its words are made from (which decides them).
    pub fn docs(&self) -> impl Iterator<Item = (u64, &Doc)> {
        self.docs.iter().map(|(&k, d)| (k, &**d))
    }

    /// Puts back the documents [`Memo::docs`] gave, before [`Memo::after_load`].
    pub fn set_docs(&mut self, docs: Vec<(u64, Doc)>) {
        self.docs = docs.into_iter().map(|(k, d)| (k, Arc::new(d))).collect();
    }

    /// Checks a memo read back; false if it is inconsistent (then it must not be used). The
    /// word ids by word are not rebuilt here: a build after an edit interns a few hundred
    /// words, found in the sorted vocabulary (a map of 100,000 words was ~10 ms of CPU at
    /// 10,000 articles); a build that tokenises many documents makes the map first.
    pub fn after_load(&mut self) -> bool {
        self.ids.clear();
        self.ids_complete = false;
        let n = self.terms.len();
        let terms = &self.terms;
        // Strictly ascending words: every id once, so each word has one id.
        self.sorted.len() == n
            && self.sorted.iter().all(|&id| (id as usize) < n)
            && self
                .sorted
                .windows(2)
                .all(|w| utf16_cmp(&terms[w[0] as usize], &terms[w[1] as usize]).is_lt())
            && self
                .docs
                .values()
                .all(|d| d.words.last().is_none_or(|id| (id as usize) < n))
    }

    /// Makes the map of every word's id, for a build that interns many words.
    fn index_words(&mut self) {
        if self.ids_complete {
            return;
        }
        self.ids = self
            .terms
            .iter()
            .enumerate()
            .map(|(id, w)| (w.clone(), id as u32))
            .collect();
        self.ids_complete = true;
    }

    /// The last build's posting lists, for a build cache.
    pub fn postings(&self) -> Option<&postings::Postings> {
        self.postings.as_ref()
    }

    /// Takes posting lists a build cache kept for this memo ([`postings::Postings::read`]
    /// checks they are of its generation).
    pub fn set_postings(&mut self, lists: postings::Postings) {
        self.postings = Some(lists);
    }

    /// How many words this memo has numbered.
    pub fn words(&self) -> usize {
        self.terms.len()
    }

    /// The compressed bytes of a chunk whose uncompressed bytes have `key`, if known.
    pub fn compressed(&self, key: u64) -> Option<Compressed> {
        self.compressed.get(&key).cloned()
    }

    /// Remembers this build's compressed chunks; with `all` (every chunk was looked at),
    /// forgets the others.
    pub fn keep_compressed(&mut self, chunks: impl Iterator<Item = (u64, Compressed)>, all: bool) {
        if all {
            self.compressed = chunks.collect();
        } else {
            self.compressed.extend(chunks);
        }
    }

    /// The id of `word`, interning it (and listing it in `fresh`) when new.
    fn intern(&mut self, word: String, fresh: &mut Vec<u32>) -> u32 {
        if let Some(&id) = self.ids.get(word.as_str()) {
            return id;
        }
        // Without the whole map, words interned before are found in the sorted vocabulary
        // (the words interned since are in the map).
        if !self.ids_complete
            && let Ok(at) = self
                .sorted
                .binary_search_by(|&id| utf16_cmp(&self.terms[id as usize], &word))
        {
            return self.sorted[at];
        }
        let id = u32::try_from(self.terms.len()).expect("fewer than 4 billion words");
        let word: Box<str> = word.into_boxed_str();
        self.terms.push(word.clone());
        self.ids.insert(word, id);
        fresh.push(id);
        id
    }

    /// Adds newly interned ids to the sorted vocabulary.
    fn merge_sorted(&mut self, mut fresh: Vec<u32>) {
        if fresh.is_empty() {
            return;
        }
        let terms = &self.terms;
        fresh.sort_by(|&a, &b| utf16_cmp(&terms[a as usize], &terms[b as usize]));
        let old = std::mem::take(&mut self.sorted);
        let mut merged = Vec::with_capacity(old.len() + fresh.len());
        let (mut i, mut j) = (0, 0);
        while i < old.len() && j < fresh.len() {
            let (a, b) = (old[i], fresh[j]);
            if utf16_cmp(&terms[a as usize], &terms[b as usize]).is_le() {
                merged.push(a);
                i += 1;
            } else {
                merged.push(b);
                j += 1;
            }
        }
        merged.extend_from_slice(&old[i..]);
        merged.extend_from_slice(&fresh[j..]);
        self.sorted = merged;
    }
}

fn utf16_cmp(a: &str, b: &str) -> std::cmp::Ordering {
    // The browser compares strings by UTF-16 code units: sort the same way. A common prefix
    // of whole characters is the same code units in both, so only what follows it is
    // encoded: sorted neighbours share most of their bytes, and encoding both whole was
    // most of checking a memo's 100,000 words read back (~30 M instructions).
    let common = a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count();
    let mut at = common;
    while !a.is_char_boundary(at) {
        at -= 1;
    }
    a[at..].encode_utf16().cmp(b[at..].encode_utf16())
}

/// Bumped whenever the bytes written for the same uncompressed chunk would change (format,
/// compression level), so that chunk keys from older builds are not trusted.
const CHUNK_FORMAT: u64 = 2;

/// The key of a chunk file written from `raw` (its uncompressed bytes): a file whose key is
/// unchanged need not be compressed and compared again.
pub fn chunk_key(raw: &[u8]) -> u64 {
    xxh3_64_with_seed(raw, CHUNK_FORMAT)
}

/// Builds the index of every article of `site`, compressed.
pub fn build(site: &Site) -> SearchIndex {
    let raw = build_raw(site, &mut Memo::default());
    let docs = (0..raw.docs.len())
        .into_par_iter()
        .map(|c| encode::gzip(&raw.doc_chunk(c)))
        .collect();
    SearchIndex {
        meta: raw.meta,
        words: raw.words.par_iter().map(|c| encode::gzip(c)).collect(),
        docs,
    }
}

/// Builds the index of every article of `site` without compressing it, reusing the words of
/// articles `memo` has seen with the same inputs.
pub fn build_raw(site: &Site, memo: &mut Memo) -> RawIndex {
    let english = site.config.language.to_ascii_lowercase().starts_with("en");
    let stop = text::StopWords::new(if english { text::STOP_WORDS } else { &[] });
    let n = site.articles.len();
    // Document d is article n-1-d: oldest first.
    let keys: Vec<u64> = (0..n)
        .into_par_iter()
        .map(|d| doc_key(site, n - 1 - d, english))
        .collect();
    // Many documents to tokenise: their words are looked up in a map of every word.
    if keys
        .iter()
        .filter(|k| !memo.docs.contains_key(k))
        .nth(64)
        .is_some()
    {
        memo.index_words();
    }
    let mut fresh = Vec::new();
    let mut docs: Vec<Arc<Doc>> = Vec::with_capacity(n);
    // Tokenised a batch at a time and interned at once: a fresh document's words are each
    // their own string, and holding every document's at once was the peak of a cold build.
    for batch in (0..n).collect::<Vec<_>>().chunks(TOKENISE_BATCH) {
        let tokenised: Vec<Option<Tokens>> = batch
            .par_iter()
            .map(|&d| match memo.docs.contains_key(&keys[d]) {
                true => None,
                false => Some(doc(site, n - 1 - d, &stop)),
            })
            .collect();
        for (&d, new) in batch.iter().zip(tokenised) {
            let doc = match new {
                None => Arc::clone(&memo.docs[&keys[d]]),
                Some((words, shown)) => {
                    let words = encode::Packed::new(
                        words
                            .into_iter()
                            .map(|(w, weight)| (memo.intern(w, &mut fresh), weight))
                            .collect(),
                    );
                    Arc::new(Doc { words, shown })
                }
            };
            docs.push(doc);
        }
    }
    memo.merge_sorted(fresh);

    // Every word's postings, documents ascending, encoded: the last build's lists where
    // they apply (its documents' words are still the memo's), else all made afresh.
    let packed: Vec<&encode::Packed> = docs.iter().map(|d| &d.words).collect();
    let words_known = memo.terms.len();
    let last = memo.postings.take();
    let updated = last.and_then(|p| {
        let old = |k: u64| memo.docs.get(&k).map(|d| &d.words);
        p.updated(&keys, &packed, old, words_known)
    });
    let lists = updated.unwrap_or_else(|| {
        postings::Postings::new(keys.clone(), encode::all_postings(&packed, words_known))
    });
    drop(packed);
    memo.docs = keys.iter().copied().zip(docs.iter().cloned()).collect();
    let lists = &*memo.postings.insert(lists);
    let order: Vec<u32> = memo
        .sorted
        .iter()
        .copied()
        .filter(|&t| !lists.list(t).is_empty())
        .collect();
    let terms = &memo.terms;
    let encoded: Vec<&[u8]> = order.iter().map(|&t| lists.list(t)).collect();

    // Cut the sorted words into exactly `count` chunks of about equal size.
    let count = word_chunks(n);
    let total: usize = order
        .iter()
        .zip(&encoded)
        .map(|(&t, p)| terms[t as usize].len() + p.len() + 4)
        .sum();
    let target = total.div_ceil(count).max(1);
    let mut chunks: Vec<Vec<usize>> = vec![Vec::new(); count];
    let (mut k, mut size) = (0, 0);
    for (pos, &t) in order.iter().enumerate() {
        let remaining_words = order.len() - pos;
        let remaining_chunks = count - k;
        // Move on when this chunk is full, or when every later chunk needs a word.
        if !chunks[k].is_empty()
            && k + 1 < count
            && (size >= target || remaining_words < remaining_chunks)
        {
            k += 1;
            size = 0;
        }
        chunks[k].push(pos);
        size += terms[t as usize].len() + encoded[pos].len() + 4;
    }
    let word = |pos: usize| -> &str { &terms[order[pos] as usize] };
    let words: Vec<Vec<u8>> = chunks
        .par_iter()
        .map(|list| {
            let entries: Vec<(&str, &[u8])> =
                list.iter().map(|&pos| (word(pos), encoded[pos])).collect();
            encode::word_chunk(&entries)
        })
        .collect();
    drop(encoded);
    let meta = Meta {
        version: 1,
        docs: n,
        docs_per_chunk: DOCS_PER_CHUNK,
        chunks: chunks
            .iter()
            .map(|l| l.first().map(|&pos| word(pos).to_string()))
            .collect(),
        fold: &text::FOLD,
        stop: stop.list,
    };
    let meta = serde_json::to_vec(&meta).expect("serialisable");
    // A chunk made from the same documents as one of the last build has its bytes: only
    // its key is needed unless its file must be written.
    let chunk_docs: Vec<(u64, u64, Option<Vec<u8>>)> = (0..doc_chunks(n))
        .into_par_iter()
        .map(|c| {
            let input = doc_chunk_input(&keys, c);
            match memo.doc_chunks.get(&input) {
                Some(&key) => (input, key, None),
                None => {
                    let bytes = doc_chunk(&docs, c);
                    (input, chunk_key(&bytes), Some(bytes))
                }
            }
        })
        .collect();
    memo.doc_chunks = chunk_docs
        .iter()
        .map(|&(input, key, _)| (input, key))
        .collect();
    let (doc_keys, chunk_docs): (Vec<u64>, Vec<Option<Vec<u8>>>) = chunk_docs
        .into_iter()
        .map(|(_, key, bytes)| (key, bytes))
        .unzip();
    // Words of deleted or edited articles stay interned: start over once they are most.
    if order.len() * 2 < memo.terms.len() {
        *memo = Memo::default();
    }
    RawIndex {
        meta,
        words,
        doc_keys,
        docs: chunk_docs,
        all_docs: docs,
    }
}

/// A hash of everything article `i`'s document is made from (its file's text covers the body).
fn doc_key(site: &Site, i: usize, english: bool) -> u64 {
    let a = &site.articles[i];
    let f = &a.front;
    let mut h = KeyHasher::new(0);
    h.str(&f.title);
    for list in [&f.people, &f.places] {
        h.str("\0list");
        for name in list.iter().flatten() {
            h.str(name);
        }
    }
    h.str("\0tags");
    for tag in &f.tags {
        h.str(tag);
    }
    h.str(f.source.as_deref().unwrap_or("\0none"))
        .str(f.summary.as_deref().unwrap_or("\0none"))
        .str(&urls::rel(Loc::Article(a)))
        .num(a.source_hash)
        .num(a.body.len() as u64)
        .num(a.local_date.num_days_from_ce() as u64)
        .num(site.config.summary_sentences as u64)
        .num(u64::from(english));
    if let Some(img) = &site.images[i] {
        std::hash::Hash::hash(img, &mut h);
    }
    h.finish()
}

/// The weighted words of article `i` (sorted) and what its result shows.
fn doc(site: &Site, i: usize, stop: &text::StopWords<'_>) -> Tokens {
    let a = &site.articles[i];
    let f = &a.front;
    // One map for all fields; `field` tells when a word's per-field cap starts again.
    struct Acc {
        weight: u32,
        field: u32,
        count: u32,
    }
    // FxHash: these maps are per document and sorted afterwards, so a fast hash is safe.
    let mut weights: rustc_hash::FxHashMap<String, Acc> =
        rustc_hash::FxHashMap::with_capacity_and_hasher(512, Default::default());
    let mut field = 0u32;
    let mut add = |text: &str, weight: u32, cap: u32| {
        field += 1;
        text::words(text, stop, |w| match weights.get_mut(w) {
            Some(a) => {
                if a.field != field {
                    a.field = field;
                    a.count = 0;
                }
                if a.count < cap {
                    a.count += 1;
                    a.weight += weight;
                }
            }
            None => {
                let acc = Acc {
                    weight,
                    field,
                    count: 1,
                };
                weights.insert(w.to_string(), acc);
            }
        });
    };
    let body = plain_text(&a.body);
    let summary = site.summary(i);
    add(&f.title, W_TITLE, 3);
    for name in f.people.iter().flatten().chain(f.places.iter().flatten()) {
        add(name, W_NAME, 1);
    }
    for tag in &f.tags {
        add(tag, W_TAG, 1);
    }
    if let Some(s) = &f.source {
        add(s, W_SOURCE, 1);
    }
    add(&summary, W_SUMMARY, 3);
    add(&body, 1, BODY_CAP);
    let mut words: Vec<(String, u8)> = weights
        .into_iter()
        .map(|(w, a)| (w, a.weight.min(255) as u8))
        .collect();
    // The words are a map's keys, all different: an unstable sort gives the same order.
    words.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    let thumb = thumbnail(site, i);
    let shown = (
        urls::rel(Loc::Article(a)),
        f.title.clone(),
        a.local_date.format("%Y-%m-%d").to_string(),
        f.source.clone().unwrap_or_default(),
        cut(&summary, SUMMARY_CHARS),
        thumb.0,
        thumb.1,
    );
    (words, shown)
}

/// Article `i`'s smallest image for a search result, relative to the site root when local,
/// and its size as `WIDTHxHEIGHT` when known.
fn thumbnail(site: &Site, i: usize) -> (String, String) {
    let Some(img) = &site.images[i] else {
        return Default::default();
    };
    let size = |w: Option<u32>, h: Option<u32>| match (w, h) {
        (Some(w), Some(h)) => format!("{w}x{h}"),
        _ => String::new(),
    };
    match (img.local_path(), &img.renditions) {
        (None, _) => (
            img.image.src.clone(),
            size(img.image.width, img.image.height),
        ),
        (Some(_), Some(r)) if !r.fallback.is_empty() => {
            let t = &r.fallback[0];
            (t.path.to_string(), size(Some(t.width), Some(t.height)))
        }
        (Some(p), r) => {
            let (w, h) = match r {
                Some(r) if r.width > 0 => (Some(r.width), Some(r.height)),
                _ => (img.image.width, img.image.height),
            };
            (p.to_string(), size(w, h))
        }
    }
}

/// `s` cut at a word boundary to at most `max` characters, with an ellipsis when cut.
fn cut(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let end = s.char_indices().nth(max).map_or(s.len(), |(i, _)| i);
    let head = &s[..end];
    let head = head.rfind(' ').map_or(head, |i| &head[..i]);
    format!("{}…", head.trim_end_matches([',', ';', ':', ' ']))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunk_counts_depend_on_article_count_only() {
        assert_eq!(word_chunks(0), 1);
        assert_eq!(word_chunks(21), 1);
        assert_eq!(word_chunks(10_000), 250);
        assert_eq!(doc_chunks(16), 1);
        assert_eq!(doc_chunks(17), 2);
        assert_eq!(cut("one two three", 9), "one two…");
    }

    #[test]
    fn words_compare_by_utf16_code_units_past_a_shared_prefix() {
        // U+FFFD is below U+1F600 as a code point but above it in UTF-16 (whose surrogate
        // pair starts with 0xD83D); the shared prefixes hold multi-byte characters.
        let words = [
            "",
            "a",
            "ab",
            "abc",
            "b",
            "é",
            "éa",
            "éb",
            "ée",
            "ê",
            "中",
            "中文",
            "中\u{FFFD}",
            "中\u{1F600}",
            "\u{FFFD}",
            "\u{1F600}",
            "\u{1F600}a",
            "\u{1F601}",
            "zz",
        ];
        for a in words {
            for b in words {
                assert_eq!(
                    utf16_cmp(a, b),
                    a.encode_utf16().cmp(b.encode_utf16()),
                    "{a:?} {b:?}"
                );
            }
        }
        assert!(utf16_cmp("中\u{1F600}", "中\u{FFFD}").is_lt());
    }
}
