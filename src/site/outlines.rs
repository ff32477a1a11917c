//! Articles' outlines (word count and lead) kept between builds by [`super::memo::outline_key`]:
//! those this process made, and those a build cache kept, left as the bytes it read. A build
//! after one edit needs ~1,000 of the 10,000 a cache keeps at 10,000 articles; decoding all
//! of them (an allocation and a copy of each lead) and encoding them all again after the edit
//! was most of what keeping them cost.

use std::sync::Arc;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::Outline;

/// How many files a build cache spreads outlines over (by key), so an edit rewrites the one
/// or two holding the changed article's old and new outline.
pub const SHARDS: usize = 16;

/// The shard holding the outline with `key` (keys are hashes already).
pub fn shard_of(key: u64) -> usize {
    (key.rotate_right(17) % SHARDS as u64) as usize
}

/// Outlines by key: made in this process, or kept packed ([`Packed`]).
#[derive(Default)]
pub struct Outlines {
    made: HashMap<u64, Outline>,
    packed: Vec<Packed>,
    /// The keys still in use, once a build said so ([`Outlines::retain`]): packed outlines
    /// of other keys are left out of what is kept.
    live: Option<HashSet<u64>>,
}

impl Outlines {
    /// The outline with `key`, if known.
    pub fn get(&self, key: u64) -> Option<Outline> {
        if let Some(o) = self.made.get(&key) {
            return Some(o.clone());
        }
        self.packed.iter().find_map(|p| {
            p.get(key).map(|(word_count, lead)| Outline {
                word_count,
                lead: Arc::from(lead),
            })
        })
    }

    /// Whether the outline with `key` is known.
    pub fn contains(&self, key: u64) -> bool {
        self.made.contains_key(&key) || self.packed.iter().any(|p| p.find(key).is_some())
    }

    /// Adds an outline made in this process.
    pub fn insert(&mut self, key: u64, outline: Outline) {
        if let Some(live) = &mut self.live {
            live.insert(key);
        }
        self.made.insert(key, outline);
    }

    /// Adds outlines a build cache kept (one shard's file).
    pub fn add_packed(&mut self, packed: Packed) {
        self.packed.push(packed);
    }

    /// Adds outlines made elsewhere.
    pub fn extend(&mut self, outlines: impl IntoIterator<Item = (u64, Outline)>) {
        for (k, o) in outlines {
            self.insert(k, o);
        }
    }

    /// Keeps only the outlines with keys in `live`.
    pub fn retain(&mut self, live: HashSet<u64>) {
        self.made.retain(|k, _| live.contains(k));
        self.live = Some(live);
    }

    /// How many outlines are known (an outline both made and packed counts twice).
    pub fn len(&self) -> usize {
        self.made.len() + self.packed.iter().map(Packed::len).sum::<usize>()
    }

    /// Whether no outline is known.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Every kept outline's key and where it is, by shard, each shard sorted by key without
    /// repeats (so the same outlines make the same bytes). Nothing is decoded: a shard whose
    /// keys are those a cache file holds need not be written ([`Outlines::entries`]).
    pub fn by_shard(&self) -> Vec<Vec<(u64, Kept<'_>)>> {
        let mut shards: Vec<Vec<(u64, Kept<'_>)>> = (0..SHARDS).map(|_| Vec::new()).collect();
        let live = |k: &u64| self.live.as_ref().is_none_or(|l| l.contains(k));
        for (&k, o) in &self.made {
            shards[shard_of(k)].push((k, Kept::Made(o)));
        }
        for p in &self.packed {
            for (n, k) in p.keys().enumerate() {
                if live(&k) && !self.made.contains_key(&k) {
                    shards[shard_of(k)].push((k, Kept::Packed(p, n)));
                }
            }
        }
        for s in &mut shards {
            s.sort_unstable_by_key(|e| e.0);
            s.dedup_by_key(|e| e.0);
        }
        shards
    }

    /// The key, word count and lead of each of `kept` (one shard of [`Outlines::by_shard`]),
    /// leaving out a packed lead that is not UTF-8 (as [`Outlines::get`] never finds it).
    pub fn entries<'a>(kept: &[(u64, Kept<'a>)]) -> Vec<(u64, usize, &'a str)> {
        kept.iter()
            .filter_map(|&(k, at)| match at {
                Kept::Made(o) => Some((k, o.word_count, &*o.lead)),
                Kept::Packed(p, n) => p.entry(n).map(|(w, l)| (k, w, l)),
            })
            .collect()
    }
}

/// Where a kept outline is: made in this process, or entry `n` of a packed shard.
#[derive(Clone, Copy)]
pub enum Kept<'a> {
    /// Made (or decoded) in this process.
    Made(&'a Outline),
    /// Entry `n` of outlines a cache kept.
    Packed(&'a Packed, usize),
}

impl std::fmt::Debug for Outlines {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Outlines")
            .field("made", &self.made.len())
            .field(
                "packed",
                &self.packed.iter().map(Packed::len).sum::<usize>(),
            )
            .finish()
    }
}

/// Outlines as a build cache stores them, read without decoding: the number of entries `n`
/// (u32), their keys ascending (`n` u64), word counts (`n` u64) and the end of each lead in
/// the text that follows (`n` u32), then the leads' UTF-8 text; numbers little-endian. An
/// outline is decoded only when asked for; a lead that is not UTF-8 is not found.
pub struct Packed {
    bytes: crate::mapped::Bytes,
    n: usize,
}

impl Packed {
    /// Checks the layout of `bytes` (numbers in range, keys strictly ascending, lead ends
    /// ascending within the text); the reason when it is not right.
    pub fn read(bytes: impl Into<crate::mapped::Bytes>) -> Result<Packed, &'static str> {
        let bytes: crate::mapped::Bytes = bytes.into();
        let n = bytes
            .get(..4)
            .map(|b| u32::from_le_bytes(b.try_into().expect("4 bytes")) as usize)
            .ok_or("truncated")?;
        let text_at = n
            .checked_mul(20)
            .and_then(|t| t.checked_add(4))
            .filter(|&t| t <= bytes.len())
            .ok_or("truncated")?;
        let packed = Packed { bytes, n };
        let text_len = packed.bytes.len() - text_at;
        let keys_ascend = (1..n).all(|i| packed.key(i - 1) < packed.key(i));
        let ends_ascend = (0..n).all(|i| packed.start(i) <= packed.end(i));
        if !keys_ascend || !ends_ascend || (n > 0 && packed.end(n - 1) > text_len) {
            return Err("entries out of order");
        }
        Ok(packed)
    }

    /// Encodes `entries` (key, word count, lead), which must be sorted by key without repeats.
    pub fn write(entries: &[(u64, usize, &str)]) -> Vec<u8> {
        let text: usize = entries.iter().map(|e| e.2.len()).sum();
        let mut out = Vec::with_capacity(4 + entries.len() * 20 + text);
        out.extend_from_slice(&(entries.len() as u32).to_le_bytes());
        for e in entries {
            out.extend_from_slice(&e.0.to_le_bytes());
        }
        for e in entries {
            out.extend_from_slice(&(e.1 as u64).to_le_bytes());
        }
        let mut end = 0u32;
        for e in entries {
            end += e.2.len() as u32;
            out.extend_from_slice(&end.to_le_bytes());
        }
        for e in entries {
            out.extend_from_slice(e.2.as_bytes());
        }
        out
    }

    /// How many outlines it holds.
    pub fn len(&self) -> usize {
        self.n
    }

    /// Whether it holds none.
    pub fn is_empty(&self) -> bool {
        self.n == 0
    }

    /// Every key it holds, ascending.
    pub fn keys(&self) -> impl Iterator<Item = u64> + '_ {
        (0..self.n).map(|i| self.key(i))
    }

    fn num<const W: usize>(&self, at: usize) -> u64 {
        let mut b = [0u8; 8];
        b[..W].copy_from_slice(&self.bytes[at..at + W]);
        u64::from_le_bytes(b)
    }

    /// The key of entry `i`.
    fn key(&self, i: usize) -> u64 {
        self.num::<8>(4 + 8 * i)
    }

    fn end(&self, i: usize) -> usize {
        self.num::<4>(4 + 16 * self.n + 4 * i) as usize
    }

    fn start(&self, i: usize) -> usize {
        if i == 0 { 0 } else { self.end(i - 1) }
    }

    /// Entry `i`'s word count and lead, unless its lead is not UTF-8.
    fn entry(&self, i: usize) -> Option<(usize, &str)> {
        let text = &self.bytes[4 + 20 * self.n..];
        let lead = std::str::from_utf8(&text[self.start(i)..self.end(i)]).ok()?;
        let words = usize::try_from(self.num::<8>(4 + 8 * self.n + 8 * i)).ok()?;
        Some((words, lead))
    }

    /// The entry with `key`, by binary search.
    fn find(&self, key: u64) -> Option<usize> {
        let (mut lo, mut hi) = (0, self.n);
        while lo < hi {
            let mid = (lo + hi) / 2;
            match self.key(mid).cmp(&key) {
                std::cmp::Ordering::Less => lo = mid + 1,
                std::cmp::Ordering::Greater => hi = mid,
                std::cmp::Ordering::Equal => return Some(mid),
            }
        }
        None
    }

    /// The word count and lead of the outline with `key`.
    fn get(&self, key: u64) -> Option<(usize, &str)> {
        self.find(key).and_then(|i| self.entry(i))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn outline(words: usize, lead: &str) -> Outline {
        Outline {
            word_count: words,
            lead: Arc::from(lead),
        }
    }

    #[test]
    fn packed_outlines_read_back_as_written_and_bad_layouts_are_refused() {
        let entries = [(3u64, 10, "Tëst lead"), (9, 0, ""), (40, 7, "Another")];
        let bytes = Packed::write(&entries);
        let p = Packed::read(bytes.clone()).unwrap();
        assert_eq!(p.len(), 3);
        for (k, w, l) in entries {
            assert_eq!(p.get(k), Some((w, l)));
        }
        assert_eq!(p.get(4), None);
        assert!(Packed::read(Packed::write(&[])).unwrap().is_empty());
        // Truncated anywhere in the numbers or text.
        for cut in [0, 3, 20, bytes.len() - 1] {
            assert!(Packed::read(bytes[..cut].to_vec()).is_err(), "cut at {cut}");
        }
        // Keys out of order.
        let swapped = Packed::write(&[(9, 1, "a"), (3, 1, "b")]);
        assert_eq!(Packed::read(swapped).err(), Some("entries out of order"));
        // A lead end past the text.
        let mut long = bytes.clone();
        let last_end = 4 + 16 * 3 + 8;
        long[last_end] = 200;
        assert!(Packed::read(long).is_err());
        // A lead cut inside a character is not found, never decoded.
        let mut split = Packed::write(&[(1, 1, "é")]);
        let end_at = 4 + 16;
        split[end_at] = 1;
        let p = Packed::read(split).unwrap();
        assert_eq!(p.get(1), None);
    }

    #[test]
    fn made_outlines_come_before_packed_ones_and_only_live_ones_are_kept() {
        let mut o = Outlines::default();
        let packed = Packed::write(&[(5, 1, "old five"), (8, 2, "eight"), (77, 3, "gone")]);
        o.add_packed(Packed::read(packed).unwrap());
        o.insert(5, outline(4, "new five"));
        o.insert(6, outline(5, "six"));
        assert_eq!(o.get(5).unwrap().lead.as_ref(), "new five");
        assert_eq!(o.get(8).unwrap().word_count, 2);
        assert!(o.contains(77) && !o.contains(1));
        o.retain([5, 6, 8].into_iter().collect());
        let kept: Vec<(u64, usize, String)> = o
            .by_shard()
            .iter()
            .flat_map(|s| Outlines::entries(s))
            .map(|(k, w, l)| (k, w, l.to_string()))
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .collect();
        assert_eq!(
            kept,
            [
                (5, 4, "new five".to_string()),
                (6, 5, "six".into()),
                (8, 2, "eight".into())
            ]
        );
        for (n, shard) in o.by_shard().iter().enumerate() {
            assert!(shard.iter().all(|e| shard_of(e.0) == n));
            assert!(shard.windows(2).all(|w| w[0].0 < w[1].0));
        }
    }
}
