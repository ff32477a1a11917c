//! Writing content files safely: what is already there, slugs, near-duplicates, atomic no-clobber writes.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use chrono_tz::Tz;
use rayon::prelude::*;
use serde::Deserialize;
use sha2::{Digest, Sha256};

use super::clean::key;
use crate::content::{ArticleDate, CONTENT_DIR, FrontMatter, front_matter};
use crate::error::{Error, Result};
use crate::{slug, yaml};

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
fn word_hashes(text: &str) -> Vec<u64> {
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

fn shingles_of(words: &[u64]) -> Vec<u64> {
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

fn body_hash(words: &[u64]) -> u64 {
    words.iter().fold(0u64, |acc, h| {
        acc.rotate_left(7) ^ h.wrapping_mul(0x9e37_79b9_7f4a_7c15)
    })
}

/// What ingest needs to know of a content file already in the site.
#[derive(Debug, Clone)]
pub struct Known {
    /// The file, relative to the site root.
    pub path: PathBuf,
    /// Its URL slug.
    pub slug: String,
    /// Its title in comparison form.
    pub title_key: String,
    /// Its publication day, when readable.
    pub date: Option<NaiveDate>,
    /// The fingerprint ingest recorded, if any.
    pub fingerprint: Option<String>,
    /// Its canonical source URL in comparison form.
    pub source_url: Option<String>,
    /// What it repeats, if it is itself a near-duplicate.
    pub duplicate_of: Option<String>,
    body_hash: u64,
    shingles: Vec<u64>,
}

/// The subset of front matter the scan reads; unknown keys are ignored so a file a curator
/// broke in some other way still counts as present.
#[derive(Deserialize, Default)]
#[serde(default)]
struct Seen {
    title: String,
    date: Option<String>,
    slug: Option<String>,
    fingerprint: Option<String>,
    source_url: Option<String>,
    duplicate_of: Option<String>,
}

/// How an input relates to what is already in the site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Match {
    /// The same input (fingerprint) was ingested before.
    Fingerprint,
    /// An article with the same canonical URL exists.
    SourceUrl,
    /// A file without a fingerprint has the same title and date, or the same body text.
    Unfingerprinted,
}

impl Match {
    /// Why the input counts as already present, for the skip message.
    pub fn reason(&self) -> &'static str {
        match self {
            Match::Fingerprint => "same input",
            Match::SourceUrl => "same source URL",
            Match::Unfingerprinted => "same title and date, or same text",
        }
    }
}

/// Everything already in `content/`, for no-clobber, slug and duplicate checks.
#[derive(Debug, Default)]
pub struct Index {
    known: Vec<Known>,
    slugs: HashSet<String>,
}

impl Index {
    /// Scans `ROOT/content` in parallel, reading only what the checks need.
    pub fn scan(root: &Path, tz: Tz) -> Result<Index> {
        let dir = root.join(CONTENT_DIR);
        let mut files = Vec::new();
        if dir.is_dir() {
            for entry in walkdir::WalkDir::new(&dir) {
                let entry = entry.map_err(|e| {
                    let p = e.path().unwrap_or(&dir).to_path_buf();
                    Error::io(&p, e.into())
                })?;
                let name = entry.file_name().to_string_lossy();
                if entry.file_type().is_file() && name.ends_with(".md") && !name.starts_with('.') {
                    files.push(entry.into_path());
                }
            }
        }
        let known: Vec<Known> = files
            .par_iter()
            .map(|file| {
                let rel = file.strip_prefix(root).unwrap_or(file).to_path_buf();
                // An unreadable file still holds its slug, so nothing is written over it.
                let text = std::fs::read_to_string(file).unwrap_or_default();
                known_from(&text, rel, tz)
            })
            .collect();
        let slugs = known.iter().map(|k| k.slug.clone()).collect();
        Ok(Index { known, slugs })
    }

    /// How many content files the index holds.
    pub fn len(&self) -> usize {
        self.known.len()
    }

    /// Is the index empty?
    pub fn is_empty(&self) -> bool {
        self.known.is_empty()
    }

    /// The existing file this input is, if any.
    pub fn find_same(
        &self,
        fingerprint: &str,
        source_url: Option<&str>,
        title: &str,
        date: Option<NaiveDate>,
        body: &str,
    ) -> Option<(&Known, Match)> {
        if let Some(k) = self
            .known
            .iter()
            .find(|k| k.fingerprint.as_deref() == Some(fingerprint))
        {
            return Some((k, Match::Fingerprint));
        }
        if let Some(url) = source_url.map(url_key) {
            if let Some(k) = self
                .known
                .iter()
                .find(|k| k.source_url.as_deref() == Some(url.as_str()))
            {
                return Some((k, Match::SourceUrl));
            }
        }
        // Files written by hand (or before ingest recorded fingerprints) are recognised by
        // title and date, or by identical text.
        let title_key = key(title);
        let hash = body_hash(&word_hashes(body));
        self.known
            .iter()
            .filter(|k| k.fingerprint.is_none())
            .find(|k| {
                (k.title_key == title_key && date.is_some() && k.date == date)
                    || k.body_hash == hash
            })
            .map(|k| (k, Match::Unfingerprinted))
    }

    /// The existing article this body repeats (≥ [`NEAR_DUPLICATE`] shingle overlap), resolved
    /// to the original when the match is itself a duplicate.
    pub fn near_duplicate(&self, body: &str) -> Option<&Known> {
        let mine = shingles(body);
        let best = self
            .known
            .iter()
            .map(|k| (k, overlap(&mine, &k.shingles)))
            .filter(|(_, o)| *o >= NEAR_DUPLICATE)
            .max_by(|a, b| a.1.total_cmp(&b.1))?
            .0;
        match &best.duplicate_of {
            Some(orig) => self.known.iter().find(|k| &k.slug == orig).or(Some(best)),
            None => Some(best),
        }
    }

    /// `base`, or `base-2`, `base-3`… — the first slug no article has (at most 80 characters).
    pub fn unique_slug(&self, base: &str, root: &Path, dir: &Path) -> String {
        let free =
            |s: &str| !self.slugs.contains(s) && !root.join(dir).join(format!("{s}.md")).exists();
        if free(base) {
            return base.to_string();
        }
        (2..)
            .map(|n| {
                let suffix = format!("-{n}");
                let mut stem = base.to_string();
                if stem.len() + suffix.len() > slug::MAX_LEN {
                    stem.truncate(slug::MAX_LEN - suffix.len());
                    stem = stem.trim_end_matches('-').to_string();
                }
                format!("{stem}{suffix}")
            })
            .find(|s| free(s))
            .expect("some suffix is free")
    }

    /// Records a file just written (or replaced), so later inputs of the batch see it.
    pub fn add(&mut self, text: &str, rel: PathBuf, tz: Tz) {
        self.known.retain(|k| k.path != rel);
        let k = known_from(text, rel, tz);
        self.slugs.insert(k.slug.clone());
        self.known.push(k);
    }
}

fn known_from(text: &str, rel: PathBuf, tz: Tz) -> Known {
    let stem = rel
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("")
        .to_string();
    let (seen, body) = match front_matter::split(text, &rel) {
        Ok(split) => (
            yaml::from_str::<Seen>(split.yaml).unwrap_or_default(),
            split.body,
        ),
        Err(_) => (Seen::default(), text),
    };
    let words = word_hashes(body);
    Known {
        slug: slug::slugify(seen.slug.as_deref().unwrap_or(&stem)),
        title_key: key(&seen.title),
        date: seen
            .date
            .as_deref()
            .and_then(|d| ArticleDate::parse(d, tz).ok())
            .map(|d| d.local_date(tz)),
        fingerprint: seen.fingerprint,
        source_url: seen.source_url.as_deref().map(url_key),
        duplicate_of: seen.duplicate_of,
        body_hash: body_hash(&words),
        shingles: shingles_of(&words),
        path: rel,
    }
}

/// A content file's full text: front matter (through the one YAML module), a blank line, the body.
pub fn render(front: &FrontMatter, body: &str) -> Result<String> {
    let yaml = yaml::to_string(front).map_err(Error::Msg)?;
    Ok(format!("---\n{yaml}---\n\n{}\n", body.trim()))
}

/// Writes a new file without ever replacing one: the text goes to a hidden temporary file
/// that is then linked to its name (which fails if the name exists). Returns false if it exists.
pub fn create_new(path: &Path, text: &str) -> Result<bool> {
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    let tmp = temp_path(path);
    std::fs::write(&tmp, text).map_err(|e| Error::io(&tmp, e))?;
    let linked = std::fs::hard_link(&tmp, path);
    let result = match linked {
        Ok(()) => Ok(true),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(false),
        // Some file systems have no hard links: fall back to a checked rename.
        Err(_) if !path.exists() => std::fs::rename(&tmp, path)
            .map(|()| true)
            .map_err(|e| Error::io(path, e)),
        Err(_) => Ok(false),
    };
    let _ = std::fs::remove_file(&tmp);
    result
}

/// Replaces a file atomically (temporary file, then rename): used only with `--force`.
pub fn replace(path: &Path, text: &str) -> Result<()> {
    let tmp = temp_path(path);
    std::fs::write(&tmp, text).map_err(|e| Error::io(&tmp, e))?;
    std::fs::rename(&tmp, path).map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        Error::io(path, e)
    })
}

/// `dir/.name.md.<pid>.tmp`: hidden, so the content loader never reads a half-written file.
fn temp_path(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    path.with_file_name(format!(".{name}.{}.tmp", std::process::id()))
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

    #[test]
    fn create_new_never_clobbers() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("x/a.md");
        assert!(create_new(&p, "one").unwrap());
        assert!(!create_new(&p, "two").unwrap());
        assert_eq!(std::fs::read_to_string(&p).unwrap(), "one");
        replace(&p, "three").unwrap();
        assert_eq!(std::fs::read_to_string(&p).unwrap(), "three");
        let left: Vec<_> = std::fs::read_dir(p.parent().unwrap()).unwrap().collect();
        assert_eq!(left.len(), 1, "no temporary file left behind");
    }
}
