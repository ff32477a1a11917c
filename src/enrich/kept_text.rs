//! Brief texts as a build cache keeps them: each is left as the bytes the cache file holds
//! until something reads it. A build after one edit quotes ~7,000 kept texts at 10,000
//! articles but recomputes a handful of briefs; decoding every text (a `String` per
//! sentence, ~130,000 of them) was ~45 M instructions of such a build, and encoding them all
//! again whenever one changed as much again.
//!
//! The bytes are postcard's encoding of an [`ArticleText`] (each list as its length, then
//! each sentence as its length and UTF-8 bytes, lengths as LEB128 varints), so a file of
//! `(key, text)` entries is what postcard writes for them. [`walk`] reads that encoding for
//! both checking and decoding: bytes that passed the check always decode.

use std::sync::OnceLock;

use super::derive::ArticleText;
use crate::mapped::Bytes;

/// A brief text: made in this process, or kept encoded and decoded when first read.
pub struct Text {
    /// The encoding read back from a build cache ([`walk`] checked it).
    raw: Option<Bytes>,
    decoded: OnceLock<ArticleText>,
}

impl Text {
    /// A text made in this process.
    pub fn new(text: ArticleText) -> Text {
        Text {
            raw: None,
            decoded: OnceLock::from(text),
        }
    }

    /// The text.
    pub fn get(&self) -> &ArticleText {
        self.decoded.get_or_init(|| {
            let raw = self.raw.as_deref().unwrap_or_default();
            let mut text = ArticleText::default();
            // Checked when read back (see `split`): the same walk cannot fail now.
            let _ = walk(raw, Some(&mut text));
            text
        })
    }

    /// Appends the text's encoding to `out` (the bytes it was read from, if any).
    fn encode_into(&self, out: &mut Vec<u8>) {
        match (&self.raw, self.decoded.get()) {
            (Some(raw), _) => out.extend_from_slice(raw),
            (None, Some(t)) => {
                for list in [&t.sentences, &t.summary] {
                    varint(out, list.len() as u64);
                    for s in list {
                        varint(out, s.len() as u64);
                        out.extend_from_slice(s.as_bytes());
                    }
                }
            }
            (None, None) => unreachable!("a text is made decoded or read encoded"),
        }
    }
}

impl Default for Text {
    fn default() -> Self {
        Text::new(ArticleText::default())
    }
}

impl std::fmt::Debug for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.get().fmt(f)
    }
}

/// Appends `v` as a LEB128 varint (postcard's).
fn varint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8 & 0x7f) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

/// The varint at `raw[*at..]`, moving `at` past it; `None` when it is cut off or too long.
fn read_varint(raw: &[u8], at: &mut usize) -> Option<u64> {
    let mut v = 0u64;
    for shift in (0..70).step_by(7) {
        let b = *raw.get(*at)?;
        *at += 1;
        let bits = u64::from(b & 0x7f);
        if shift == 63 && bits > 1 {
            return None;
        }
        v |= bits << shift;
        if b < 0x80 {
            return Some(v);
        }
    }
    None
}

/// Reads the text encoded at the start of `raw`, checking every sentence is UTF-8; with
/// `out`, fills it in. The length of the encoding, or `None` when `raw` does not start
/// with one.
fn walk(raw: &[u8], mut out: Option<&mut ArticleText>) -> Option<usize> {
    let mut at = 0;
    for list in 0..2 {
        let n = read_varint(raw, &mut at)?;
        for _ in 0..n {
            let len = usize::try_from(read_varint(raw, &mut at)?).ok()?;
            let end = at.checked_add(len).filter(|&e| e <= raw.len())?;
            let s = std::str::from_utf8(&raw[at..end]).ok()?;
            if let Some(t) = out.as_deref_mut() {
                let into = if list == 0 {
                    &mut t.sentences
                } else {
                    &mut t.summary
                };
                into.push(s.to_string());
            }
            at = end;
        }
    }
    Some(at)
}

/// The `(key, text)` entries of a payload postcard wrote for a list of them, each text
/// left encoded (a slice of `payload`); `Err` says why the payload is not such a list.
pub fn split(payload: &Bytes) -> Result<Vec<(u64, Text)>, &'static str> {
    let mut at = 0;
    let n = read_varint(payload, &mut at).ok_or("undecodable texts")?;
    // Each entry takes at least three bytes: no count beyond that is believed.
    let n = usize::try_from(n)
        .ok()
        .filter(|&n| n <= payload.len() / 3)
        .ok_or("undecodable texts")?;
    let mut entries = Vec::with_capacity(n);
    for _ in 0..n {
        let key = read_varint(payload, &mut at).ok_or("undecodable texts")?;
        let len = walk(&payload[at..], None).ok_or("undecodable texts")?;
        let raw = payload.slice(at..at + len).ok_or("undecodable texts")?;
        entries.push((
            key,
            Text {
                raw: Some(raw),
                decoded: OnceLock::new(),
            },
        ));
        at += len;
    }
    if at != payload.len() {
        return Err("bytes beyond the texts");
    }
    Ok(entries)
}

/// The payload postcard would write for `entries` (what [`split`] reads), copying the bytes
/// of texts still encoded rather than decoding them.
pub fn join(entries: &[(u64, &Text)]) -> Vec<u8> {
    let mut out = Vec::new();
    varint(&mut out, entries.len() as u64);
    for (key, text) in entries {
        varint(&mut out, *key);
        text.encode_into(&mut out);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(sentences: &[&str], summary: &[&str]) -> ArticleText {
        ArticleText {
            sentences: sentences.iter().map(|s| s.to_string()).collect(),
            summary: summary.iter().map(|s| s.to_string()).collect(),
        }
    }

    #[test]
    fn the_encoding_is_postcards_and_reads_back_lazily() {
        let a = text(&["One é.", "Two."], &["Sum."]);
        let b = text(&[], &[]);
        let long = "x".repeat(300);
        let c = text(&[&long], &["中文"]);
        let entries = vec![
            (7u64, a.clone()),
            (u64::MAX, b.clone()),
            (1 << 40, c.clone()),
        ];
        let by_postcard = postcard::to_stdvec(&entries).unwrap();
        let made: Vec<Text> = entries.iter().map(|(_, t)| Text::new(t.clone())).collect();
        let refs: Vec<(u64, &Text)> = entries.iter().map(|(k, _)| *k).zip(&made).collect();
        assert_eq!(join(&refs), by_postcard);

        let read = split(&Bytes::from(by_postcard.clone())).unwrap();
        assert_eq!(read.len(), 3);
        assert!(
            read.iter().all(|(_, t)| t.decoded.get().is_none()),
            "not decoded yet"
        );
        let refs: Vec<(u64, &Text)> = read.iter().map(|(k, t)| (*k, t)).collect();
        assert_eq!(join(&refs), by_postcard, "written back as read, undecoded");
        assert_eq!(read[0].0, 7);
        assert_eq!(read[1].0, u64::MAX);
        assert_eq!(read[0].1.get(), &a);
        assert_eq!(read[1].1.get(), &b);
        assert_eq!(read[2].1.get(), &c);
    }

    #[test]
    fn a_payload_that_is_not_texts_is_refused() {
        let good = postcard::to_stdvec(&vec![(3u64, text(&["Abc."], &["D."]))]).unwrap();
        let mut cut = good.clone();
        cut.pop();
        assert!(split(&Bytes::from(cut)).is_err(), "cut short");
        let mut longer = good.clone();
        longer.push(0);
        assert!(split(&Bytes::from(longer)).is_err(), "bytes beyond");
        let mut not_utf8 = good.clone();
        let at = not_utf8.iter().position(|&b| b == b'A').unwrap();
        not_utf8[at] = 0xff;
        assert!(split(&Bytes::from(not_utf8)).is_err(), "not UTF-8");
        assert!(
            split(&Bytes::from(vec![0xff; 11])).is_err(),
            "varint too long"
        );
        assert!(split(&Bytes::from(good)).is_ok());
    }
}
