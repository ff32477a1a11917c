//! The image cache's index: what became of each local image file at a given stamp (size,
//! times, inode: see [`crate::filestamp`]), so a rebuild finds its renditions without reading
//! or hashing the original. When a stamp differs, the file is read and hashed as before and
//! its renditions are found by content hash; the index only saves work, it never decides
//! what an image looks like. A missing, damaged or foreign index is ignored and rewritten.
//!
//! The cache entry an index entry names is not looked at here: a rebuild whose output still
//! holds the renditions never needs it, and one that must copy a rendition finds a missing
//! cache file then and makes the entry again ([`super::renditions::restore`]).
//!
//! `index.json` is the index; beside it, `index.bin` holds the same in postcard with the
//! checksum of the JSON bytes it was written with, and is read instead of parsing the JSON
//! (2 ms for 1,000 pictures, a build's largest cost of its pictures after one edit) only
//! while those bytes are what `index.json` holds. So the JSON stays what counts: edited,
//! replaced or damaged by hand, it is parsed as before; a missing, damaged or stale
//! `index.bin` is written again.

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::renditions::{Made, Processed};

/// The index file, inside the cache folder (so deleting the cache deletes it too).
pub const INDEX_FILE: &str = "index.json";
/// Its binary copy (see the module docs).
pub const BINARY_FILE: &str = "index.bin";
/// The binary copy's layout; raised whenever [`Binary`] or what it holds changes.
const BINARY_FORMAT: u32 = 1;

/// What a processed image file came to, as the index keeps it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
enum Outcome {
    /// Renditions in the cache entry named by `made.hash` (shared with what the build makes
    /// of them, not copied: nine strings a picture).
    Made(#[serde(with = "crate::serde_arc")] std::sync::Arc<Made>),
    /// Served as it is, with its size when known.
    AsIs(Option<(u32, u32)>),
    /// Not usable: the reason.
    Bad(String),
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct Entry {
    stamp: u64,
    outcome: Outcome,
    /// A warning worth giving though the image is used (a wrong extension).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    note: Option<String>,
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct File {
    /// The renditions' settings: an index written with others is not used.
    settings: String,
    /// By path under `static/` (Fx-hashed: a site's pictures are looked up on every build).
    entries: rustc_hash::FxHashMap<String, Entry>,
    /// Cache entries no file uses any more, by hash: when they were first found unused
    /// (seconds since the epoch; see [`super::prune`]).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    unused: BTreeMap<String, u64>,
}

/// [`File`] as `index.bin` holds it (postcard has no optional fields); written from borrowed
/// parts, read into owned ones, the same bytes.
#[derive(Serialize, Deserialize)]
struct Binary<S, O, N, U> {
    settings: S,
    entries: Vec<(S, u64, O, N)>,
    unused: U,
}

type BinaryOwned = Binary<String, Outcome, Option<String>, BTreeMap<String, u64>>;

/// The first line of `index.bin`: another newsdesk's copy is never read.
fn binary_magic() -> String {
    format!(
        "newsdesk image index {} binary {BINARY_FORMAT}\n",
        env!("CARGO_PKG_VERSION")
    )
}

/// The index in `index.bin` of the folder `cache`, when it was written from `json`.
fn read_binary(cache: &Path, json: &[u8]) -> Option<File> {
    let bytes = std::fs::read(cache.join(BINARY_FILE)).ok()?;
    let rest = bytes.strip_prefix(binary_magic().as_bytes())?;
    let (sums, payload) = rest.split_at_checked(16)?;
    let sum = |at: usize| u64::from_le_bytes(sums[at..at + 8].try_into().expect("8 bytes"));
    let xxh3 = xxhash_rust::xxh3::xxh3_64;
    if sum(0) != xxh3(json) || sum(8) != xxh3(payload) {
        return None;
    }
    let b: BinaryOwned = postcard::from_bytes(payload).ok()?;
    let mut entries = rustc_hash::FxHashMap::default();
    entries.reserve(b.entries.len());
    for (rel, stamp, outcome, note) in b.entries {
        entries.insert(
            rel,
            Entry {
                stamp,
                outcome,
                note,
            },
        );
    }
    Some(File {
        settings: b.settings,
        entries,
        unused: b.unused,
    })
}

/// Writes `file`'s binary copy for the JSON bytes of checksum `json_sum` into the folder
/// `cache`.
fn write_binary(cache: &Path, file: &File, json_sum: u64) -> std::io::Result<()> {
    let binary = Binary {
        settings: file.settings.as_str(),
        entries: file
            .entries
            .iter()
            .map(|(rel, e)| (rel.as_str(), e.stamp, &e.outcome, &e.note))
            .collect(),
        unused: &file.unused,
    };
    let payload = postcard::to_stdvec(&binary).map_err(std::io::Error::other)?;
    let mut tmp = tempfile::Builder::new()
        .prefix(".tmp-index-")
        .tempfile_in(cache)?;
    let xxh3 = xxhash_rust::xxh3::xxh3_64;
    let f = tmp.as_file_mut();
    std::io::Write::write_all(f, binary_magic().as_bytes())?;
    std::io::Write::write_all(f, &json_sum.to_le_bytes())?;
    std::io::Write::write_all(f, &xxh3(&payload).to_le_bytes())?;
    std::io::Write::write_all(f, &payload)?;
    tmp.persist(cache.join(BINARY_FILE)).map_err(|e| e.error)?;
    Ok(())
}

/// The index of one site's image cache.
#[derive(Debug)]
pub struct Index {
    cache: PathBuf,
    file: File,
    changed: bool,
    /// The checksum of the JSON read, when its binary copy was missing or not of those
    /// bytes: the copy is written again by the next [`Index::save`] even when nothing else
    /// changed.
    binary_stale: Option<u64>,
}

impl Index {
    /// Reads the index of the cache folder `cache` (empty when missing, damaged or written
    /// with other settings than `settings`).
    /// A file that is there but unusable is rewritten by the next [`Index::save`].
    pub fn load(cache: &Path, settings: &str) -> Index {
        let mut binary_stale = None;
        let (file, usable) = match std::fs::read(cache.join(INDEX_FILE)) {
            Err(_) => (None, true),
            Ok(bytes) => {
                let file = read_binary(cache, &bytes)
                    .or_else(|| {
                        binary_stale = Some(xxhash_rust::xxh3::xxh3_64(&bytes));
                        serde_json::from_slice::<File>(&bytes).ok()
                    })
                    .filter(|f| f.settings == settings);
                let usable = file.is_some();
                (file, usable)
            }
        };
        Index {
            cache: cache.to_path_buf(),
            file: file.unwrap_or_else(|| File {
                settings: settings.to_string(),
                ..File::default()
            }),
            changed: !usable,
            binary_stale,
        }
    }

    /// The cache folder.
    pub fn dir(&self) -> &Path {
        &self.cache
    }

    /// Whether the index differs from the file it was read from.
    pub fn changed(&self) -> bool {
        self.changed
    }

    /// The hashes of the cache entries its files use.
    pub fn used(&self) -> HashSet<&str> {
        self.file
            .entries
            .values()
            .filter_map(|e| match &e.outcome {
                Outcome::Made(made) => Some(made.hash.as_str()),
                _ => None,
            })
            .collect()
    }

    /// The cache entries found unused, with when they were first found so.
    pub fn unused(&self) -> &BTreeMap<String, u64> {
        &self.file.unused
    }

    /// Replaces what [`Index::unused`] gives.
    pub fn set_unused(&mut self, unused: BTreeMap<String, u64>) {
        if unused != self.file.unused {
            self.file.unused = unused;
            self.changed = true;
        }
    }

    /// What `rel` came to when it had `stamp`, if the index knows (the cache entry it names
    /// is not checked: see the module docs).
    pub fn get(&self, rel: &str, stamp: u64) -> Option<super::renditions::Result> {
        let e = self.file.entries.get(rel).filter(|e| e.stamp == stamp)?;
        let processed = match &e.outcome {
            Outcome::Bad(why) => return Some(Err(why.clone())),
            Outcome::AsIs(size) => Processed::AsIs(*size),
            Outcome::Made(made) => Processed::Made(std::sync::Arc::clone(made)),
        };
        Some(Ok((processed, e.note.clone())))
    }

    /// Remembers what `rel` with `stamp` came to.
    pub fn put(&mut self, rel: &str, stamp: u64, result: &super::renditions::Result) {
        let (outcome, note) = match result {
            Err(why) => (Outcome::Bad(why.clone()), None),
            Ok((Processed::AsIs(size), note)) => (Outcome::AsIs(*size), note.clone()),
            Ok((Processed::Made(made), note)) => (Outcome::Made(made.clone()), note.clone()),
        };
        let entry = Entry {
            stamp,
            outcome,
            note,
        };
        if self.file.entries.get(rel) != Some(&entry) {
            self.file.entries.insert(rel.to_string(), entry);
            self.changed = true;
        }
    }

    /// Forgets every file not in `keep` (images no longer used).
    pub fn retain(&mut self, keep: &dyn Fn(&str) -> bool) {
        let before = self.file.entries.len();
        self.file.entries.retain(|rel, _| keep(rel));
        self.changed |= self.file.entries.len() != before;
    }

    /// Writes the index if it changed (atomically: a reader sees the old or the new one).
    /// A cache that cannot be written only costs the next build time, so errors are returned
    /// for the caller to ignore or report.
    /// The binary copy is written after the JSON (see the module docs), and again when it
    /// was found stale.
    pub fn save(&mut self) -> std::io::Result<()> {
        let json_sum = match (self.changed, self.binary_stale) {
            (false, None) => return Ok(()),
            (false, Some(sum)) => sum,
            (true, _) => {
                std::fs::create_dir_all(&self.cache)?;
                let mut tmp = tempfile::Builder::new()
                    .prefix(".tmp-index-")
                    .tempfile_in(&self.cache)?;
                let json = serde_json::to_vec(&self.file)?;
                std::io::Write::write_all(tmp.as_file_mut(), &json)?;
                tmp.persist(self.cache.join(INDEX_FILE))
                    .map_err(|e| e.error)?;
                self.changed = false;
                xxhash_rust::xxh3::xxh3_64(&json)
            }
        };
        write_binary(&self.cache, &self.file, json_sum)?;
        self.binary_stale = None;
        Ok(())
    }
}
