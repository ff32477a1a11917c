//! Every word's posting list as the last index build made it, kept between builds with the
//! documents it was made from, so a build after an edit re-encodes only the lists of the
//! words its changed documents had or have: making every list again from every document's
//! words was ~50 ms of CPU at 10,000 articles, on the critical path of a CLI build after one
//! edit. The lists are the same bytes [`super::encode::all_postings`] makes.
//!
//! A build cache keeps them in one file ([`Postings::write`], [`Postings::read`]): the memo's
//! generation (which numbers the words), the documents' keys in order (which decide their
//! words), each list's start and the lists end to end, read back as one buffer.

use super::encode::{Packed, varint};

/// Changed documents beyond which the lists are made afresh (each changed document touches
/// a few hundred lists; a full build touches every list once).
const MOST_CHANGED: usize = 64;

/// Every word's posting list by word id, end to end, with the documents they list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Postings {
    /// Each document's key, in document order.
    keys: Vec<u64>,
    /// Where each word's list starts in `buf` (after `base`); one more than the words.
    starts: Vec<u32>,
    /// The lists, from `base` on (a mapped cache file's bytes when read back).
    buf: crate::mapped::Bytes,
    base: usize,
}

impl Postings {
    /// The lists `all` (by word id, as [`super::encode::all_postings`] makes them) of the
    /// documents with `keys`, in order; each list is freed once copied.
    pub fn new(keys: Vec<u64>, all: Vec<Vec<u8>>) -> Postings {
        let mut starts = Vec::with_capacity(all.len() + 1);
        let mut buf = Vec::with_capacity(all.iter().map(Vec::len).sum());
        starts.push(0);
        for list in all {
            buf.extend_from_slice(&list);
            starts.push(offset(buf.len()));
        }
        Postings {
            keys,
            starts,
            buf: buf.into(),
            base: 0,
        }
    }

    /// Word `w`'s list (empty when no document has it).
    pub fn list(&self, w: u32) -> &[u8] {
        let w = w as usize;
        match (self.starts.get(w), self.starts.get(w + 1)) {
            (Some(&a), Some(&b)) => &self.buf[self.base + a as usize..self.base + b as usize],
            _ => &[],
        }
    }

    /// The lists of the documents `docs` with `keys` (in order, words numbered below
    /// `words`), made from these by re-encoding only the lists of words that the documents
    /// whose key changed had (`old` gives a key's words as these were made) or have. `None`
    /// when that does not apply: another number of documents, too many changed, or an old
    /// document or list not known.
    pub fn updated<'a>(
        &self,
        keys: &[u64],
        docs: &[&Packed],
        old: impl Fn(u64) -> Option<&'a Packed>,
        words: usize,
    ) -> Option<Postings> {
        if keys.len() != self.keys.len() || docs.len() != keys.len() || self.words() > words {
            return None;
        }
        let changed: Vec<usize> = (0..keys.len())
            .filter(|&d| keys[d] != self.keys[d])
            .take(MOST_CHANGED + 1)
            .collect();
        if changed.len() > MOST_CHANGED {
            return None;
        }
        // What each touched word's list gets: (word, document, weight), where no weight
        // takes the document out and a weight puts it in (its new words come after its old).
        let mut touched: Vec<(u32, u32, Option<u8>)> = Vec::new();
        for &d in &changed {
            let d32 = d as u32;
            touched.extend(old(self.keys[d])?.iter().map(|(w, _)| (w, d32, None)));
            touched.extend(docs[d].iter().map(|(w, weight)| (w, d32, Some(weight))));
        }
        // By word and document, a document's new weight after its removal: the last wins.
        touched.sort_by_key(|&(w, d, weight)| (w, d, weight.is_some()));
        touched.dedup_by(|later, earlier| {
            let same = (later.0, later.1) == (earlier.0, earlier.1);
            if same {
                *earlier = *later;
            }
            same
        });
        let mut starts = Vec::with_capacity(words + 1);
        let mut buf = Vec::with_capacity(self.buf.len() - self.base + touched.len() * 4);
        let mut body = Vec::new();
        let mut edits: Vec<(u32, Option<u8>)> = Vec::new();
        starts.push(0);
        let mut next = 0u32;
        for group in touched.chunk_by(|a, b| a.0 == b.0) {
            let w = group[0].0;
            // The untouched lists before `w`, copied as one run.
            self.copy_run(next, w, &mut starts, &mut buf);
            edits.clear();
            edits.extend(group.iter().map(|&(_, d, weight)| (d, weight)));
            splice(self.list(w), &edits, &mut buf, &mut body)?;
            starts.push(offset(buf.len()));
            next = w + 1;
        }
        self.copy_run(next, offset(words), &mut starts, &mut buf);
        Some(Postings {
            keys: keys.to_vec(),
            starts,
            buf: buf.into(),
            base: 0,
        })
    }

    /// Copies the lists of words `from..to` into `buf`, noting where each ends in `starts`.
    fn copy_run(&self, from: u32, to: u32, starts: &mut Vec<u32>, buf: &mut Vec<u8>) {
        if from >= to {
            return;
        }
        let known = self.words() as u32;
        let (a, b) = (from.min(known) as usize, to.min(known) as usize);
        let shift = buf.len() as i64 - i64::from(self.starts[a]);
        buf.extend_from_slice(
            &self.buf[self.base + self.starts[a] as usize..self.base + self.starts[b] as usize],
        );
        starts.extend(
            self.starts[a + 1..=b]
                .iter()
                .map(|&s| (i64::from(s) + shift) as u32),
        );
        // Words numbered since have no list yet.
        let end = offset(buf.len());
        starts.extend((b.max(from as usize)..to as usize).map(|_| end));
    }

    /// How many words have a list here.
    fn words(&self) -> usize {
        self.starts.len().saturating_sub(1)
    }

    /// Writes the lists for a build cache, with `generation`, the memo's numbering of words.
    pub fn write(&self, generation: u64, w: &mut dyn std::io::Write) -> std::io::Result<()> {
        let mut head = Vec::with_capacity(24 + self.keys.len() * 8 + self.starts.len() * 4);
        head.extend_from_slice(&generation.to_le_bytes());
        head.extend_from_slice(&(self.keys.len() as u64).to_le_bytes());
        for k in &self.keys {
            head.extend_from_slice(&k.to_le_bytes());
        }
        head.extend_from_slice(&(self.starts.len() as u64).to_le_bytes());
        for s in &self.starts {
            head.extend_from_slice(&s.to_le_bytes());
        }
        w.write_all(&head)?;
        w.write_all(&self.buf[self.base..])
    }

    /// The lists [`Postings::write`] wrote in `bytes`, if they are of the memo of
    /// `generation` with `words` words: `Ok(None)` for another generation, `Err` when the
    /// bytes are not such lists.
    pub fn read(
        bytes: impl Into<crate::mapped::Bytes>,
        generation: u64,
        words: usize,
    ) -> Result<Option<Postings>, String> {
        let bytes: crate::mapped::Bytes = bytes.into();
        let bad = |why: &str| Err(format!("posting lists: {why}"));
        let mut at = 0;
        let mut u64_at = |bytes: &[u8]| -> Option<u64> {
            let v = bytes.get(at..at + 8)?;
            at += 8;
            Some(u64::from_le_bytes(v.try_into().expect("8 bytes")))
        };
        let Some(gen_read) = u64_at(&bytes) else {
            return bad("truncated");
        };
        if gen_read != generation {
            return Ok(None);
        }
        let Some(n) = u64_at(&bytes).filter(|&n| n <= (bytes.len() / 8) as u64) else {
            return bad("truncated");
        };
        let mut keys = Vec::with_capacity(n as usize);
        for _ in 0..n {
            match u64_at(&bytes) {
                Some(k) => keys.push(k),
                None => return bad("truncated"),
            }
        }
        let Some(count) = u64_at(&bytes).filter(|&c| c >= 1 && c <= (bytes.len() / 4) as u64)
        else {
            return bad("truncated");
        };
        let count = count as usize;
        if count - 1 > words {
            return bad("more words than the memo has");
        }
        let Some(raw) = bytes.get(at..at + count * 4) else {
            return bad("truncated");
        };
        let starts: Vec<u32> = raw
            .chunks_exact(4)
            .map(|c| u32::from_le_bytes(c.try_into().expect("4 bytes")))
            .collect();
        let base = at + count * 4;
        let ordered = starts[0] == 0 && starts.windows(2).all(|s| s[0] <= s[1]);
        if !ordered || starts[count - 1] as usize != bytes.len() - base {
            return bad("lists out of place");
        }
        Ok(Some(Postings {
            keys,
            starts,
            buf: bytes,
            base,
        }))
    }
}

/// A list's length as a start (lists stay far below 4 GB: ~6 MB at 10,000 articles).
fn offset(len: usize) -> u32 {
    u32::try_from(len).expect("posting lists under 4 GB")
}

/// Appends to `out` the posting list `list` with `edits` applied (documents ascending: no
/// weight takes the document out, a weight puts it in or replaces its weight), using `body`
/// as scratch. Only the entries up to the last edit are read; the bytes of those between
/// edits and after the last are copied as they are, and only the entry after an edit is
/// encoded again (its gap changes): a common word lists most documents, and decoding and
/// encoding its whole list for one edit cost more than making every list afresh. `None` if
/// `list` is not well formed where it was read.
fn splice(
    list: &[u8],
    edits: &[(u32, Option<u8>)],
    out: &mut Vec<u8>,
    body: &mut Vec<u8>,
) -> Option<()> {
    body.clear();
    let mut at = 0;
    let count = if list.is_empty() {
        0
    } else {
        read(list, &mut at)?
    };
    let mut entries = count;
    // `body` and then `list[run..]` up to the entry being read encode everything before it;
    // `last` is the last document in `body`, `old_last` the last read from `list`, and while
    // they are equal the entries read are left in the run rather than encoded again.
    let mut run = at;
    let mut last: Option<u32> = None;
    let mut old_last: Option<u32> = None;
    let put = |body: &mut Vec<u8>, last: &mut Option<u32>, d: u32, weight: u8| {
        varint(body, (d - last.unwrap_or(0)) as usize);
        body.push(weight);
        *last = Some(d);
    };
    let (mut read_n, mut e) = (0, 0);
    while read_n < count && e < edits.len() {
        let start = at;
        let gap = u32::try_from(read(list, &mut at)?).ok()?;
        let weight = *list.get(at)?;
        at += 1;
        read_n += 1;
        let doc = match old_last {
            None => gap,
            Some(p) => p.checked_add(gap)?,
        };
        let synced = last == old_last;
        old_last = Some(doc);
        if synced && edits[e].0 > doc {
            // Left in the run, which now ends with it.
            last = old_last;
            continue;
        }
        if synced {
            body.extend_from_slice(&list[run..start]);
        }
        // Documents put in before this entry.
        while e < edits.len() && edits[e].0 < doc {
            if let Some(w) = edits[e].1 {
                put(body, &mut last, edits[e].0, w);
                entries += 1;
            }
            e += 1;
        }
        if e < edits.len() && edits[e].0 == doc {
            match edits[e].1 {
                Some(w) => put(body, &mut last, doc, w),
                None => entries -= 1,
            }
            e += 1;
        } else {
            put(body, &mut last, doc, weight);
        }
        run = at;
    }
    let synced = last == old_last;
    if read_n == count {
        // Every entry read: the run, then the documents put in after them all.
        if synced {
            body.extend_from_slice(&list[run..at]);
            last = old_last;
        }
        for &(d, weight) in &edits[e..] {
            if let Some(w) = weight {
                put(body, &mut last, d, w);
                entries += 1;
            }
        }
        if at != list.len() {
            return None;
        }
    } else if synced {
        body.extend_from_slice(&list[run..]);
    } else {
        // The entry after the last edit has a new gap; the rest is as it was.
        let gap = u32::try_from(read(list, &mut at)?).ok()?;
        let doc = old_last.unwrap_or(0).checked_add(gap)?;
        let weight = *list.get(at)?;
        at += 1;
        put(body, &mut last, doc, weight);
        body.extend_from_slice(&list[at..]);
    }
    if entries > 0 {
        varint(out, entries);
        out.extend_from_slice(body);
    }
    Some(())
}

/// A varint at `*at`, bounds-checked.
fn read(b: &[u8], at: &mut usize) -> Option<usize> {
    let (mut v, mut shift) = (0usize, 0);
    loop {
        let byte = *b.get(*at)?;
        *at += 1;
        if shift >= usize::BITS {
            return None;
        }
        v |= ((byte & 0x7f) as usize) << shift;
        if byte < 0x80 {
            return Some(v);
        }
        shift += 7;
    }
}

#[cfg(test)]
mod tests {
    use super::super::encode::all_postings;
    use super::*;

    /// A posting list's `(document, weight)` pairs; `None` if it is not a well-formed list.
    fn decode(list: &[u8]) -> Option<Vec<(u32, u8)>> {
        if list.is_empty() {
            return Some(Vec::new());
        }
        let mut at = 0;
        let count = read(list, &mut at)?;
        let mut out = Vec::with_capacity(count.min(list.len()));
        let mut doc = 0usize;
        for i in 0..count {
            let gap = read(list, &mut at)?;
            doc = if i == 0 { gap } else { doc.checked_add(gap)? };
            let weight = *list.get(at)?;
            at += 1;
            out.push((u32::try_from(doc).ok()?, weight));
        }
        (at == list.len()).then_some(out)
    }

    /// Appends the list of `pairs` (documents ascending) as [`super::encode::all_postings`]
    /// encodes it; nothing for no pairs.
    fn encode(pairs: &[(u32, u8)], out: &mut Vec<u8>) {
        let Some(&(first, _)) = pairs.first() else {
            return;
        };
        varint(out, pairs.len());
        let mut last = first;
        for (i, &(d, weight)) in pairs.iter().enumerate() {
            varint(out, if i == 0 { d } else { d - last } as usize);
            out.push(weight);
            last = d;
        }
    }

    #[test]
    fn spliced_lists_are_the_lists_encoded_afresh() {
        let mut s = 17u64;
        let mut next = |m: u64| {
            s = s.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            (s >> 33) % m
        };
        let mut body = Vec::new();
        for trial in 0..400 {
            let span = [3, 40, 400, 3_000][trial % 4];
            // Sparse lists have gaps of two varint bytes.
            let density = [1, 2, 4, 300][next(4) as usize];
            let (mut list, mut edits) = (Vec::new(), Vec::new());
            for d in 0..span as u32 {
                if next(density + 1) == 0 {
                    list.push((d, next(255) as u8 + 1));
                }
                if next(span.min(60)) == 0 {
                    let weight = next(9) as u8;
                    edits.push((d, (next(2) == 0).then_some(weight)));
                }
            }
            if trial % 5 == 0 {
                edits.truncate(1);
            }
            let mut expected: Vec<(u32, u8)> = list
                .iter()
                .copied()
                .filter(|(d, _)| !edits.iter().any(|e| e.0 == *d))
                .chain(edits.iter().filter_map(|&(d, w)| Some((d, w?))))
                .collect();
            expected.sort_unstable();
            let (mut old, mut want, mut got) = (Vec::new(), Vec::new(), Vec::new());
            encode(&list, &mut old);
            encode(&expected, &mut want);
            splice(&old, &edits, &mut got, &mut body).expect("well formed");
            assert_eq!(got, want, "trial {trial}: {list:?} with {edits:?}");
        }
        // Lists that are not well formed where they are read are refused.
        assert_eq!(
            splice(&[3, 0, 1], &[(9, Some(1))], &mut Vec::new(), &mut body),
            None
        );
        assert_eq!(
            splice(&[1, 0, 1, 7], &[(9, Some(1))], &mut Vec::new(), &mut body),
            None
        );
    }

    /// `count` documents over `words` words, from `seed`.
    fn docs(count: usize, words: u32, seed: u64) -> Vec<Packed> {
        let mut s = seed;
        (0..count)
            .map(|_| {
                let mut pairs = Vec::new();
                for w in 0..words {
                    s = s.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                    if (s >> 33).is_multiple_of(1 + u64::from(w % 5)) {
                        pairs.push((w, (s % 200) as u8 + 1));
                    }
                }
                Packed::new(pairs)
            })
            .collect()
    }

    fn fresh(keys: &[u64], docs: &[Packed], words: usize) -> Postings {
        let refs: Vec<&Packed> = docs.iter().collect();
        Postings::new(keys.to_vec(), all_postings(&refs, words))
    }

    #[test]
    fn updated_lists_are_the_lists_made_afresh() {
        let words = 40;
        let mut now = docs(300, words as u32, 3);
        let keys: Vec<u64> = (0..300).collect();
        let before = fresh(&keys, &now, words);
        let old = now.clone();
        // Three documents change their words, one of them to words never seen (ids 40..45).
        let mut keys2 = keys.clone();
        for (d, seed) in [(0usize, 11u64), (150, 12), (299, 13)] {
            now[d] = docs(1, words as u32, seed).remove(0);
            keys2[d] = 1000 + d as u64;
        }
        now[150] = Packed::new((38..45).map(|w| (w, 9)).collect());
        let refs: Vec<&Packed> = now.iter().collect();
        let by_key = |k: u64| old.get(k as usize);
        let updated = before.updated(&keys2, &refs, by_key, 45).expect("applies");
        let made = fresh(&keys2, &now, 45);
        assert_eq!(updated, made);
        for w in 0..45 {
            assert_eq!(updated.list(w), made.list(w), "word {w}");
        }
        // Nothing changed: the same lists.
        assert_eq!(before.updated(&keys, &refs[..0], by_key, 40), None);
        let same: Vec<&Packed> = old.iter().collect();
        assert_eq!(
            before.updated(&keys, &same, by_key, 40),
            Some(before.clone())
        );
    }

    #[test]
    fn lists_that_do_not_apply_are_not_used() {
        let now = docs(100, 20, 5);
        let keys: Vec<u64> = (0..100).collect();
        let p = fresh(&keys, &now, 20);
        let refs: Vec<&Packed> = now.iter().collect();
        // Another number of documents, an unknown old document, too many changes.
        assert_eq!(p.updated(&keys[1..], &refs[1..], |_| None, 20), None);
        let mut one = keys.clone();
        one[4] = 999;
        assert_eq!(p.updated(&one, &refs, |_| None, 20), None);
        let all: Vec<u64> = keys.iter().map(|k| k + 500).collect();
        assert_eq!(p.updated(&all, &refs, |k| now.get(k as usize), 20), None);
    }

    #[test]
    fn written_lists_read_back_only_for_their_generation() {
        let now = docs(50, 30, 9);
        let keys: Vec<u64> = (0..50).map(|k| k * 77).collect();
        let p = fresh(&keys, &now, 30);
        let mut bytes = Vec::new();
        p.write(42, &mut bytes).unwrap();
        let back = Postings::read(bytes.clone(), 42, 30).unwrap().unwrap();
        for w in 0..30 {
            assert_eq!(back.list(w), p.list(w));
        }
        assert_eq!(back.keys, p.keys);
        assert_eq!(Postings::read(bytes.clone(), 43, 30), Ok(None));
        assert!(
            Postings::read(bytes.clone(), 42, 29).is_err(),
            "too few words"
        );
        for cut in [3, 20, bytes.len() - 1] {
            assert!(
                Postings::read(bytes[..cut].to_vec(), 42, 30).is_err(),
                "{cut}"
            );
        }
        // A list that is not well formed is not decoded.
        assert_eq!(decode(&[3, 0, 1]), None);
        assert_eq!(decode(&[1, 0, 1]), Some(vec![(0, 1)]));
    }
}
