//! Writing content files: their text, the fingerprints and shingles that recognise inputs
//! again, and (from [`super::atomic`]) writes that never clobber and never leave a
//! half-written file, however the process ends.

use sha2::{Digest, Sha256};

pub use super::atomic::{PendingDirs, create_new, replace};

use crate::content::FrontMatter;
use crate::error::{Error, Result};
use crate::yaml;

/// Words per shingle for near-duplicate detection.
const SHINGLE_WORDS: usize = 5;
/// Share of the shorter article's shingles that must recur for a near-duplicate.
pub const NEAR_DUPLICATE: f64 = 0.8;
/// Articles shorter than this many shingles are too short to call near-duplicates.
const MIN_SHINGLES: usize = 10;

/// The fingerprint recorded for an input: SHA-256 of its text with line ends and trailing
/// spaces normalised, so the same input saved on another system is still recognised.
pub fn fingerprint(text: &str) -> String {
    let mut h = Sha256::new();
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    for line in text.split('\n') {
        h.update(line.trim_end().as_bytes());
        h.update(b"\n");
    }
    let digest = h.finalize();
    let hex: String = digest[..16].iter().map(|b| format!("{b:02x}")).collect();
    format!("sha256:{hex}")
}

/// A canonical URL in comparable form: no fragment, no trailing slash, lowercase scheme and host.
pub fn url_key(url: &str) -> String {
    let url = url.trim();
    let url = url.split('#').next().unwrap_or(url);
    let (scheme, rest) = url.split_once("://").unwrap_or(("", url));
    let (host, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
    format!(
        "{}://{}{}",
        scheme.to_ascii_lowercase(),
        host.to_ascii_lowercase(),
        path.trim_end_matches('/')
    )
}

/// FNV-1a hashes of a text's words, lowercased (the same words [`key`] yields), without allocating.
pub(super) fn word_hashes(text: &str) -> Vec<u64> {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    let mut out = Vec::with_capacity(text.len() / 5);
    let mut h = OFFSET;
    let mut in_word = false;
    for c in text.chars() {
        if c.is_alphanumeric() {
            for l in c.to_lowercase() {
                let mut buf = [0u8; 4];
                for b in l.encode_utf8(&mut buf).bytes() {
                    h = (h ^ u64::from(b)).wrapping_mul(PRIME);
                }
            }
            in_word = true;
        } else if in_word {
            out.push(h);
            h = OFFSET;
            in_word = false;
        }
    }
    if in_word {
        out.push(h);
    }
    out
}

/// Hashed word shingles of a body, sorted and unique.
pub fn shingles(body: &str) -> Vec<u64> {
    shingles_of(&word_hashes(body))
}

pub(super) fn shingles_of(words: &[u64]) -> Vec<u64> {
    let mut out: Vec<u64> = words
        .windows(SHINGLE_WORDS)
        .map(|w| {
            w.iter().fold(0u64, |acc, h| {
                acc.rotate_left(13) ^ h.wrapping_mul(0x9e37_79b9_7f4a_7c15)
            })
        })
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// The share of the smaller set found in the larger (0 when either is too short to judge).
pub fn overlap(a: &[u64], b: &[u64]) -> f64 {
    let small = a.len().min(b.len());
    if small < MIN_SHINGLES {
        return 0.0;
    }
    let (mut i, mut j, mut common) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
        }
    }
    common as f64 / small as f64
}

pub(super) fn body_hash(words: &[u64]) -> u64 {
    words.iter().fold(0u64, |acc, h| {
        acc.rotate_left(7) ^ h.wrapping_mul(0x9e37_79b9_7f4a_7c15)
    })
}

/// A content file's full text: front matter (through the one YAML module), a blank line, the body.
pub fn render(front: &FrontMatter, body: &str) -> Result<String> {
    let yaml = yaml::to_string(front).map_err(Error::Msg)?;
    Ok(format!("---\n{yaml}---\n\n{}\n", body.trim()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprint_ignores_line_ends_and_trailing_spaces() {
        assert_eq!(fingerprint("a\nb\n"), fingerprint("a  \r\nb\r\n"));
        assert_ne!(fingerprint("a\nb\n"), fingerprint("a\nc\n"));
        assert!(fingerprint("x").starts_with("sha256:"));
    }

    #[test]
    fn overlap_of_reworded_copies() {
        let a = "The quick brown fox jumps over the lazy dog near the river bank while the farmer watches from the hill and the sun sets slowly behind the old mill.";
        let b = format!("{a} One extra closing sentence from the second source.");
        assert!(overlap(&shingles(a), &shingles(&b)) >= NEAR_DUPLICATE);
        let c = "Completely different words about a parliament vote on the budget in a distant capital city with many ministers present today.";
        assert!(overlap(&shingles(a), &shingles(c)) < 0.1);
        assert_eq!(overlap(&shingles("too short"), &shingles("too short")), 0.0);
    }

    #[test]
    fn url_keys_compare_canonical_forms() {
        assert_eq!(
            url_key("HTTPS://Example.com/a/b/#top"),
            url_key("https://example.com/a/b")
        );
    }
}
