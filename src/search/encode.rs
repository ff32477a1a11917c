//! The binary layout of word chunks (read by `search.js`), and gzip.
//!
//! A word chunk is: the number of words, then per word: bytes shared with the previous word
//! (varint), the length of the rest (varint), the rest (UTF-8), the length of its postings
//! (varint, so a reader can skip them), and the postings: the number of documents, then per
//! document the gap from the previous document number (varint) and a weight byte.
//! Varints are LEB128: seven bits a byte, low bits first, high bit set on all but the last.

use std::io::Write;

/// Appends `v` as a LEB128 varint.
pub fn varint(out: &mut Vec<u8>, mut v: usize) {
    while v >= 0x80 {
        out.push((v as u8 & 0x7f) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

/// One document's `(word id, weight)` pairs, packed: ids ascending, each as its gap from the
/// previous id (a varint) followed by its weight byte. A memo keeps every article's words
/// for the next build: at 100,000 articles (~35 million pairs) 8-byte pairs held ~280 MB
/// through rendering; the gaps take one or two bytes.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub struct Packed {
    #[serde(with = "crate::serde_packed::bytes")]
    pairs: Box<[u8]>,
    /// The largest word id (0 when there are none), kept so a memo read back is checked
    /// against its vocabulary without decoding every document's pairs (~45 M instructions
    /// a CLI build at 10,000 articles).
    last: u32,
}

impl Packed {
    /// Packs `pairs` (each word once, in any order).
    pub fn new(mut pairs: Vec<(u32, u8)>) -> Packed {
        pairs.sort_unstable_by_key(|p| p.0);
        let mut out = Vec::with_capacity(pairs.len() * 3);
        let mut last = 0u32;
        for (w, weight) in pairs {
            varint(&mut out, (w - last) as usize);
            out.push(weight);
            last = w;
        }
        Packed {
            pairs: out.into_boxed_slice(),
            last,
        }
    }

    /// The largest word id, `None` when there are no pairs.
    pub fn last(&self) -> Option<u32> {
        (!self.pairs.is_empty()).then_some(self.last)
    }

    /// The pairs, word ids ascending.
    pub fn iter(&self) -> impl Iterator<Item = (u32, u8)> + '_ {
        let mut at = 0;
        let mut last = 0u32;
        std::iter::from_fn(move || {
            let bytes = &self.pairs;
            if at >= bytes.len() {
                return None;
            }
            let (mut gap, mut shift) = (0u32, 0);
            loop {
                let b = bytes[at];
                at += 1;
                gap |= u32::from(b & 0x7f) << shift;
                if b < 0x80 {
                    break;
                }
                shift += 7;
            }
            last += gap;
            let weight = bytes[at];
            at += 1;
            Some((last, weight))
        })
    }
}

/// Every word's posting list (the layout above), from each document's packed words in
/// document order (document `d` is the `d`-th), for words numbered below `words`. Encoded
/// as they come rather than gathered first: at 100,000 articles the gathered
/// `(document, weight)` pairs were ~280 MB beside the encoded lists, the peak of building
/// the index.
pub fn all_postings(docs: &[&Packed], words: usize) -> Vec<Vec<u8>> {
    postings_in_parts(docs, words, rayon::current_num_threads().clamp(1, 8))
}

/// [`all_postings`], the words split into `parts` ranges of ids with about as many postings
/// each, encoded side by side. Each range reads every document (a list's ids ascend, so it
/// stops at its range's end) and writes only its own lists: the serial loop was ~60 ms at
/// 10,000 articles, on the critical path of a build after one edit. The lists are the same
/// whatever the split.
fn postings_in_parts(docs: &[&Packed], words: usize, parts: usize) -> Vec<Vec<u8>> {
    use rayon::prelude::*;
    // One count per part, not per rayon job: each is as long as the vocabulary.
    let parts = parts.max(1);
    let count: Vec<u32> = docs
        .par_chunks(docs.len().div_ceil(parts).max(1))
        .map(|chunk| {
            let mut count = vec![0u32; words];
            for list in chunk {
                for (w, _) in list.iter() {
                    count[w as usize] += 1;
                }
            }
            count
        })
        .reduce_with(|mut a, b| {
            a.iter_mut().zip(b).for_each(|(x, y)| *x += y);
            a
        })
        .unwrap_or_else(|| vec![0u32; words]);
    let total: usize = count.iter().map(|&c| c as usize).sum();
    let per_part = total.div_ceil(parts).max(1);
    let mut bounds = vec![0];
    let mut run = 0;
    for (w, &c) in count.iter().enumerate() {
        run += c as usize;
        if run >= per_part && w + 1 < words {
            bounds.push(w + 1);
            run = 0;
        }
    }
    bounds.push(words);
    let ranges: Vec<(usize, usize)> = bounds.windows(2).map(|b| (b[0], b[1])).collect();
    let pieces: Vec<Vec<Vec<u8>>> = ranges
        .par_iter()
        .map(|&(lo, hi)| {
            let mut out: Vec<Vec<u8>> = vec![Vec::new(); hi - lo];
            let mut last = vec![0u32; hi - lo];
            for (d, list) in docs.iter().enumerate() {
                let d = d as u32;
                for (w, weight) in list.iter() {
                    let w = w as usize;
                    if w < lo {
                        continue;
                    }
                    if w >= hi {
                        break;
                    }
                    let (list, c) = (&mut out[w - lo], count[w] as usize);
                    if list.is_empty() {
                        list.reserve_exact(c * 2 + 2);
                        varint(list, c);
                        varint(list, d as usize);
                    } else {
                        varint(list, (d - last[w - lo]) as usize);
                    }
                    list.push(weight);
                    last[w - lo] = d;
                }
            }
            out
        })
        .collect();
    pieces.into_iter().flatten().collect()
}

/// Encodes a word chunk from sorted `(word, encoded postings)` pairs.
pub fn word_chunk(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut out = Vec::new();
    varint(&mut out, entries.len());
    let mut prev: &[u8] = &[];
    for (word, posts) in entries {
        let w = word.as_bytes();
        let shared = prev.iter().zip(w).take_while(|(a, b)| a == b).count();
        varint(&mut out, shared);
        varint(&mut out, w.len() - shared);
        out.extend_from_slice(&w[shared..]);
        varint(&mut out, posts.len());
        out.extend_from_slice(posts);
        prev = w;
    }
    out
}

/// Gzip at level 5, through zlib-rs (2.4 times as fast as miniz_oxide at the same level,
/// output 0.4% smaller); no name and a zero time in the header, so output is deterministic.
/// Level 6 follows match chains four times as long (128 against 32): on the word chunks'
/// delta-coded postings, which grow more repetitive as the archive grows, it cost 2.9 CPU s
/// at 100,000 articles (12 times 10,000's) for 2.7% smaller chunks; level 9 took 2.5 times
/// level 6's time for 1% less.
pub fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::new(5));
    enc.write_all(bytes).expect("writing to memory");
    enc.finish().expect("writing to memory")
}

/// Reads a LEB128 varint at `*pos` (for tests and tools).
pub fn read_varint(b: &[u8], pos: &mut usize) -> usize {
    let (mut v, mut shift) = (0usize, 0);
    loop {
        let byte = b[*pos];
        *pos += 1;
        v |= ((byte & 0x7f) as usize) << shift;
        if byte < 0x80 {
            return v;
        }
        shift += 7;
    }
}

/// Decodes a word chunk into `(word, [(document, weight)])` (for tests and tools).
pub fn decode_word_chunk(b: &[u8]) -> Vec<(String, Vec<(u32, u8)>)> {
    let mut pos = 0;
    let count = read_varint(b, &mut pos);
    let mut prev: Vec<u8> = Vec::new();
    let mut out = Vec::with_capacity(count);
    for _ in 0..count {
        let shared = read_varint(b, &mut pos);
        let rest = read_varint(b, &mut pos);
        prev.truncate(shared);
        prev.extend_from_slice(&b[pos..pos + rest]);
        pos += rest;
        let _len = read_varint(b, &mut pos);
        let n = read_varint(b, &mut pos);
        let mut doc = 0u32;
        let mut list = Vec::with_capacity(n);
        for i in 0..n {
            let gap = read_varint(b, &mut pos) as u32;
            doc = if i == 0 { gap } else { doc + gap };
            list.push((doc, b[pos]));
            pos += 1;
        }
        out.push((String::from_utf8_lossy(&prev).into_owned(), list));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One posting list (documents ascending), encoded the straightforward way: the
    /// reference that `all_postings` must match.
    fn postings(list: &[(u32, u8)]) -> Vec<u8> {
        let mut out = Vec::new();
        varint(&mut out, list.len());
        let mut last = 0u32;
        for (i, &(doc, weight)) in list.iter().enumerate() {
            let gap = if i == 0 { doc } else { doc - last };
            varint(&mut out, gap as usize);
            out.push(weight);
            last = doc;
        }
        out
    }

    #[test]
    fn postings_encoded_as_they_come_match_the_gathered_ones() {
        // 300 documents over 50 words, some words in no document, gaps past one varint byte.
        let mut seed = 7u64;
        let docs: Vec<Vec<(u32, u8)>> = (0..300)
            .map(|d| {
                (0..50u32)
                    .filter(|w| {
                        seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                        w % 7 != 3 && (seed >> 33).is_multiple_of(2 + u64::from(*w) * 4) || d == 299
                    })
                    .map(|w| (w, (w % 9) as u8))
                    .collect()
            })
            .collect();
        let packed: Vec<Packed> = docs.iter().map(|d| Packed::new(d.clone())).collect();
        let refs: Vec<&Packed> = packed.iter().collect();
        let all = all_postings(&refs, 50);
        for parts in [1, 2, 3, 7, 60] {
            assert_eq!(postings_in_parts(&refs, 50, parts), all, "{parts} parts");
        }
        let mut nonempty = 0;
        for w in 0..50u32 {
            let gathered: Vec<(u32, u8)> = (0..docs.len() as u32)
                .filter_map(|d| docs[d as usize].iter().find(|p| p.0 == w).map(|p| (d, p.1)))
                .collect();
            if gathered.is_empty() {
                assert!(all[w as usize].is_empty(), "word {w}");
            } else {
                nonempty += 1;
                assert_eq!(all[w as usize], postings(&gathered), "word {w}");
            }
        }
        assert!(nonempty > 30, "{nonempty}");
        // Rare words have gaps of two varint bytes.
        assert!(all.iter().any(|l| l.len() > 200), "some long lists");
        assert!(
            all.iter()
                .any(|l| l.len() > 2 && l[2..].iter().any(|&b| b >= 0x80))
        );
    }

    #[test]
    fn packed_words_give_back_their_pairs_by_id() {
        let pairs = vec![
            (70_000, 3),
            (5, 255),
            (0, 1),
            (127, 9),
            (128, 2),
            (u32::MAX, 7),
        ];
        let packed = Packed::new(pairs.clone());
        let mut sorted = pairs;
        sorted.sort_unstable();
        assert_eq!(packed.iter().collect::<Vec<_>>(), sorted);
        assert_eq!(Packed::new(Vec::new()).iter().count(), 0);
    }

    #[test]
    fn round_trips() {
        let a = postings(&[(3, 9), (300, 1), (70_000, 255)]);
        let b = postings(&[(0, 2)]);
        let chunk = word_chunk(&[("laos", &a), ("laotian", &b), ("éclair", &b)]);
        let back = decode_word_chunk(&chunk);
        assert_eq!(
            back[0],
            ("laos".into(), vec![(3, 9), (300, 1), (70_000, 255)])
        );
        assert_eq!(back[1], ("laotian".into(), vec![(0, 2)]));
        assert_eq!(back[2].0, "éclair");
        assert_eq!(gzip(b"same"), gzip(b"same"));
    }
}
