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
//! files before it builds the index (and skip building it when no article changed). Document
//! numbers run oldest first, so a new article does not renumber the old ones.

pub mod encode;
pub mod text;

use std::collections::HashMap;

use rayon::prelude::*;
use serde::Serialize;

use crate::render::values::lead_sentences;
use crate::site::{Site, urls};

/// Documents per document chunk.
pub const DOCS_PER_CHUNK: usize = 16;
/// Articles per word chunk: sets how many word chunks a site has.
pub const ARTICLES_PER_WORD_CHUNK: usize = 40;
/// The longest summary kept for result lists, in characters.
const SUMMARY_CHARS: usize = 220;

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

/// The output path of the index description.
pub const META_PATH: &str = "search/meta.json";

/// The output path of word chunk `k`.
pub fn word_chunk_path(k: usize) -> String {
    format!("search/t/{k}.bin")
}

/// The output path of document chunk `k`.
pub fn doc_chunk_path(k: usize) -> String {
    format!("search/d/{k}.bin")
}

/// The built index: the bytes of every file.
pub struct SearchIndex {
    /// `meta.json`.
    pub meta: Vec<u8>,
    /// Word chunks, in order.
    pub words: Vec<Vec<u8>>,
    /// Document chunks, in order.
    pub docs: Vec<Vec<u8>>,
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

/// One document's words with their weights, and what a result shows.
struct Doc {
    words: Vec<(String, u8)>,
    shown: (String, String, String, String, String),
}

fn utf16_cmp(a: &str, b: &str) -> std::cmp::Ordering {
    // The browser compares strings by UTF-16 code units: sort the same way.
    a.encode_utf16().cmp(b.encode_utf16())
}

/// Builds the index of every article of `site`.
pub fn build(site: &Site) -> SearchIndex {
    let english = site.config.language.to_ascii_lowercase().starts_with("en");
    let stop: &[&str] = if english { text::STOP_WORDS } else { &[] };
    let n = site.articles.len();
    // Document d is article n-1-d: oldest first.
    let docs: Vec<Doc> = (0..n)
        .into_par_iter()
        .map(|d| doc(site, n - 1 - d, stop))
        .collect();

    let mut ids: HashMap<&str, usize> = HashMap::new();
    let mut terms: Vec<&str> = Vec::new();
    let mut postings: Vec<Vec<(u32, u8)>> = Vec::new();
    for (d, doc) in docs.iter().enumerate() {
        for (w, weight) in &doc.words {
            let id = *ids.entry(w.as_str()).or_insert_with(|| {
                terms.push(w.as_str());
                postings.push(Vec::new());
                terms.len() - 1
            });
            postings[id].push((d as u32, *weight));
        }
    }
    let mut order: Vec<usize> = (0..terms.len()).collect();
    order.sort_by(|&a, &b| utf16_cmp(terms[a], terms[b]));
    let encoded: Vec<Vec<u8>> = order
        .iter()
        .map(|&t| encode::postings(&postings[t]))
        .collect();

    // Cut the sorted words into exactly `count` chunks of about equal size.
    let count = word_chunks(n);
    let total: usize = order
        .iter()
        .zip(&encoded)
        .map(|(&t, p)| terms[t].len() + p.len() + 4)
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
        size += terms[t].len() + encoded[pos].len() + 4;
    }
    let words: Vec<Vec<u8>> = chunks
        .par_iter()
        .map(|list| {
            let entries: Vec<(&str, &[u8])> = list
                .iter()
                .map(|&pos| (terms[order[pos]], encoded[pos].as_slice()))
                .collect();
            encode::gzip(&encode::word_chunk(&entries))
        })
        .collect();
    let meta = Meta {
        version: 1,
        docs: n,
        docs_per_chunk: DOCS_PER_CHUNK,
        chunks: chunks
            .iter()
            .map(|l| l.first().map(|&pos| terms[order[pos]].to_string()))
            .collect(),
        fold: &text::FOLD,
        stop,
    };
    let docs: Vec<Vec<u8>> = (0..doc_chunks(n))
        .into_par_iter()
        .map(|c| {
            let end = ((c + 1) * DOCS_PER_CHUNK).min(n);
            let list: Vec<_> = docs[(c * DOCS_PER_CHUNK).min(n)..end]
                .iter()
                .map(|d| &d.shown)
                .collect();
            encode::gzip(&serde_json::to_vec(&list).expect("serialisable"))
        })
        .collect();
    SearchIndex {
        meta: serde_json::to_vec(&meta).expect("serialisable"),
        words,
        docs,
    }
}

/// The weighted words of article `i` and what its result shows.
fn doc(site: &Site, i: usize, stop: &[&str]) -> Doc {
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
    let (body, lead) = text::plain_text(&a.body);
    let summary = match &f.summary {
        Some(s) => s.trim().to_string(),
        None => lead_sentences(&lead, site.config.summary_sentences),
    };
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
    words.sort_by(|a, b| a.0.cmp(&b.0));
    let shown = (
        urls::article(a),
        f.title.clone(),
        a.local_date.format("%Y-%m-%d").to_string(),
        f.source.clone().unwrap_or_default(),
        cut(&summary, SUMMARY_CHARS),
    );
    Doc { words, shown }
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
}
