//! Extractive summaries: TextRank over the article's sentences with a lead-position
//! prior (a personalised PageRank whose restart favours early sentences), then the best
//! sentences that do not repeat one another, kept verbatim and in their original order.

use super::lexicon::WordState;
use std::collections::HashSet;
use std::hash::{BuildHasher, Hasher};
use std::sync::LazyLock;

const STOPWORDS: &[&str] = &[
    "a",
    "about",
    "above",
    "after",
    "again",
    "against",
    "all",
    "also",
    "am",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "below",
    "between",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "doing",
    "down",
    "during",
    "each",
    "even",
    "few",
    "for",
    "from",
    "further",
    "had",
    "has",
    "have",
    "having",
    "he",
    "her",
    "here",
    "hers",
    "herself",
    "him",
    "himself",
    "his",
    "how",
    "i",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "itself",
    "just",
    "last",
    "like",
    "made",
    "make",
    "many",
    "may",
    "me",
    "more",
    "most",
    "much",
    "must",
    "my",
    "new",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "off",
    "on",
    "once",
    "one",
    "only",
    "or",
    "other",
    "our",
    "ours",
    "out",
    "over",
    "own",
    "said",
    "same",
    "say",
    "says",
    "she",
    "should",
    "since",
    "so",
    "some",
    "still",
    "such",
    "than",
    "that",
    "the",
    "their",
    "theirs",
    "them",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "to",
    "told",
    "too",
    "two",
    "under",
    "until",
    "up",
    "us",
    "very",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "whom",
    "why",
    "will",
    "with",
    "would",
    "year",
    "years",
    "you",
    "your",
    "mr",
    "mrs",
    "ms",
    "dr",
    "according",
    "week",
    "including",
    "another",
    "three",
    "percent",
    "per",
    "cent",
    "it's",
    "there's",
    "that's",
    "don't",
    "didn't",
    "won't",
    "can't",
];

static STOP: LazyLock<HashSet<&'static str, WordState>> =
    LazyLock::new(|| STOPWORDS.iter().copied().collect());

/// The content words of a sentence as sorted, unique hashes (lower-cased, crude plural folding).
pub fn features(sentence: &str) -> Vec<u64> {
    let mut out: Vec<u64> = Vec::with_capacity(24);
    let mut word = String::with_capacity(16);
    let flush = |word: &mut String, out: &mut Vec<u64>| {
        if word.len() >= 2 && !STOP.contains(word.as_str()) {
            // Every trailing "'s" off, as `trim_end_matches("'s")` does, without its
            // substring searcher (1.4% of enrichment).
            let mut w = word.as_str();
            while let Some(stem) = w.strip_suffix("'s") {
                w = stem;
            }
            let w = if w.len() > 4 && w.ends_with('s') && !w.ends_with("ss") {
                &w[..w.len() - 1]
            } else {
                w
            };
            let mut h = WordState::default().build_hasher();
            h.write(w.as_bytes());
            out.push(h.finish());
        }
        word.clear();
    };
    // Scripts without spaces: overlapping character pairs stand for words.
    let mut prev_cjk: Option<char> = None;
    for c in sentence.chars() {
        if crate::lang::is_spaceless_char(c) {
            flush(&mut word, &mut out);
            if let Some(p) = prev_cjk {
                let mut h = WordState::default().build_hasher();
                h.write_u32(p as u32);
                h.write_u32(c as u32);
                out.push(h.finish());
            }
            prev_cjk = Some(c);
            continue;
        }
        prev_cjk = None;
        if c.is_ascii_alphanumeric() || c == '\'' {
            word.push(c.to_ascii_lowercase());
        } else if c.is_alphanumeric() {
            word.extend(c.to_lowercase());
        } else if c == '\u{2019}' {
            word.push('\'');
        } else {
            flush(&mut word, &mut out);
        }
    }
    flush(&mut word, &mut out);
    out.sort_unstable();
    out.dedup();
    out
}

fn overlap(a: &[u64], b: &[u64]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// TextRank's sentence similarity: shared words over the log of the lengths.
pub fn similarity(a: &[u64], b: &[u64]) -> f32 {
    if a.len() < 2 || b.len() < 2 {
        return 0.0;
    }
    let shared = overlap(a, b) as f32;
    shared / ((a.len() as f32).ln() + (b.len() as f32).ln())
}

/// How much two sentences say the same thing (cosine of their word sets).
pub fn redundancy(a: &[u64], b: &[u64]) -> f32 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    overlap(a, b) as f32 / ((a.len() * b.len()) as f32).sqrt()
}

/// Personalised PageRank over the similarity graph; `prior` is the restart distribution.
pub fn rank(features: &[Vec<u64>], prior: &[f32]) -> Vec<f32> {
    let n = features.len();
    if n == 0 {
        return Vec::new();
    }
    let logs: Vec<f32> = features.iter().map(|f| (f.len() as f32).ln()).collect();
    // Shared-word counts through an inverted index: each word adds one to every pair of
    // sentences containing it, which costs far less than comparing all pairs.
    let mut postings: Vec<(u64, u32)> = features
        .iter()
        .enumerate()
        .filter(|(_, f)| f.len() >= 2)
        .flat_map(|(i, f)| f.iter().map(move |&h| (h, i as u32)))
        .collect();
    postings.sort_unstable();
    let mut shared = vec![0u16; n * n];
    let mut g = 0;
    while g < postings.len() {
        let mut e = g + 1;
        while e < postings.len() && postings[e].0 == postings[g].0 {
            e += 1;
        }
        for a in g..e {
            for b in (a + 1)..e {
                let (i, j) = (postings[a].1 as usize, postings[b].1 as usize);
                shared[i * n + j] = shared[i * n + j].saturating_add(1);
            }
        }
        g = e;
    }
    // Sparse symmetric graph: for each node, its neighbours and edge weights.
    let mut edges: Vec<Vec<(u32, f32)>> = vec![Vec::new(); n];
    let mut out_sum = vec![0f32; n];
    for i in 0..n {
        for j in (i + 1)..n {
            let c = shared[i * n + j];
            if c > 0 {
                let s = f32::from(c) / (logs[i] + logs[j]);
                edges[i].push((j as u32, s));
                edges[j].push((i as u32, s));
                out_sum[i] += s;
                out_sum[j] += s;
            }
        }
    }
    // Normalise once so each iteration is a plain weighted sum.
    for list in edges.iter_mut() {
        for e in list.iter_mut() {
            e.1 /= out_sum[e.0 as usize].max(f32::MIN_POSITIVE);
        }
    }
    let total: f32 = prior.iter().sum::<f32>().max(f32::MIN_POSITIVE);
    let p: Vec<f32> = prior.iter().map(|x| x / total).collect();
    let d = 0.85f32;
    let mut r = p.clone();
    let mut next = vec![0f32; n];
    for _ in 0..40 {
        let dangling: f32 = (0..n).filter(|&j| out_sum[j] == 0.0).map(|j| r[j]).sum();
        let mut delta = 0.0;
        for i in 0..n {
            let s: f32 = edges[i].iter().map(|&(j, w)| r[j as usize] * w).sum();
            next[i] = (1.0 - d) * p[i] + d * (s + dangling * p[i]);
            delta += (next[i] - r[i]).abs();
        }
        std::mem::swap(&mut r, &mut next);
        if delta < 1e-5 {
            break;
        }
    }
    r
}

/// Sentences considered for a summary: ranking is quadratic in their number, and the lead
/// prior makes sentences past the first few hundred all but unpickable anyway.
pub const MAX_CANDIDATES: usize = 400;

/// Picks up to `n` sentences (indexes into `sentences`, returned in text order).
pub fn summarise(text: &str, sentences: &[(usize, usize)], n: usize) -> Vec<usize> {
    if n == 0 || sentences.is_empty() {
        return Vec::new();
    }
    let sentences = &sentences[..sentences.len().min(MAX_CANDIDATES)];
    let feats: Vec<Vec<u64>> = sentences
        .iter()
        .map(|&(s, e)| features(&text[s..e]))
        .collect();
    let eligible: Vec<bool> = sentences
        .iter()
        .zip(&feats)
        .map(|(&(s, e), f)| {
            let words = crate::lang::word_count(&text[s..e]);
            (5..=70).contains(&words) && f.len() >= 3 && !text[s..e].trim_end().ends_with(':')
        })
        .collect();
    // The lead prior: news puts what matters first.
    let prior: Vec<f32> = (0..sentences.len())
        .map(|i| {
            if eligible[i] {
                1.0 / (1.0 + i as f32)
            } else {
                0.0
            }
        })
        .collect();
    let scores = rank(&feats, &prior);
    let mut order: Vec<usize> = (0..sentences.len()).filter(|&i| eligible[i]).collect();
    if order.is_empty() {
        return vec![0];
    }
    order.sort_by(|&a, &b| scores[b].total_cmp(&scores[a]).then(a.cmp(&b)));
    let mut chosen: Vec<usize> = Vec::new();
    for i in order {
        if chosen.len() == n {
            break;
        }
        if chosen
            .iter()
            .all(|&c| redundancy(&feats[c], &feats[i]) < 0.5)
        {
            chosen.push(i);
        }
    }
    chosen.sort_unstable();
    chosen
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::enrich::sentences;

    #[test]
    fn picks_central_sentences_in_order_and_verbatim() {
        let text = "Floods swept through the northern province on Monday, killing dozens of people and displacing thousands. \
            The weather was warm last week. \
            Rescue teams said the floods had cut roads to dozens of villages in the province. \
            Officials said thousands of people displaced by the floods need shelter. \
            A local football match was postponed.";
        let s = sentences::split(text);
        let picked = summarise(text, &s, 2);
        assert_eq!(picked.len(), 2);
        assert_eq!(picked[0], 0, "the lead sentence wins");
        assert!(picked.windows(2).all(|w| w[0] < w[1]));
        assert!(!picked.contains(&1) && !picked.contains(&4));
    }

    #[test]
    fn huge_texts_rank_only_the_first_sentences() {
        let one = "The minister said the budget would rise again next year. ";
        let text = one.repeat(MAX_CANDIDATES * 20);
        let spans: Vec<(usize, usize)> = (0..MAX_CANDIDATES * 20)
            .map(|i| (i * one.len(), (i + 1) * one.len()))
            .collect();
        let picked = summarise(&text, &spans, 2);
        assert!(!picked.is_empty() && picked.iter().all(|&i| i < MAX_CANDIDATES));
    }

    #[test]
    fn redundant_sentences_are_skipped() {
        let text = "The central bank raised interest rates to fight inflation. \
            The central bank raised interest rates to fight inflation again. \
            Markets in Asia fell after the decision by the bank.";
        let s = sentences::split(text);
        assert_eq!(summarise(text, &s, 2), [0, 2]);
    }

    #[test]
    fn degenerate_input() {
        assert!(summarise("", &[], 2).is_empty());
        let t = "Short.";
        assert_eq!(summarise(t, &sentences::split(t), 3), [0]);
    }
}
