//! The image cache's index: what became of each local image file at a given stamp (size,
//! times, inode: see [`crate::filestamp`]), so a rebuild finds its renditions without reading
//! or hashing the original. When a stamp differs, the file is read and hashed as before and
//! its renditions are found by content hash; the index only saves work, it never decides
//! what an image looks like. A missing, damaged or foreign index is ignored and rewritten.
//!
//! The cache entry an index entry names is not looked at here: a rebuild whose output still
//! holds the renditions never needs it, and one that must copy a rendition finds a missing
//! cache file then and makes the entry again ([`super::renditions::restore`]).

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::renditions::{Made, Processed};

/// The index file, inside the cache folder (so deleting the cache deletes it too).
pub const INDEX_FILE: &str = "index.json";

/// What a processed image file came to, as the index keeps it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
enum Outcome {
    /// Renditions in the cache entry named by `made.hash`.
    Made(Made),
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

/// The index of one site's image cache.
#[derive(Debug)]
pub struct Index {
    cache: PathBuf,
    file: File,
    changed: bool,
}

impl Index {
    /// Reads the index of the cache folder `cache` (empty when missing, damaged or written
    /// with other settings than `settings`).
    /// A file that is there but unusable is rewritten by the next [`Index::save`].
    pub fn load(cache: &Path, settings: &str) -> Index {
        let (file, usable) = match std::fs::read(cache.join(INDEX_FILE)) {
            Err(_) => (None, true),
            Ok(bytes) => {
                let file = serde_json::from_slice::<File>(&bytes)
                    .ok()
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
            Outcome::Made(made) => {
                let mut made = made.clone();
                made.dir = self.cache.join(&made.hash);
                Processed::Made(made)
            }
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
    pub fn save(&mut self) -> std::io::Result<()> {
        if !self.changed {
            return Ok(());
        }
        std::fs::create_dir_all(&self.cache)?;
        let mut tmp = tempfile::Builder::new()
            .prefix(".tmp-index-")
            .tempfile_in(&self.cache)?;
        let json = serde_json::to_vec(&self.file)?;
        std::io::Write::write_all(tmp.as_file_mut(), &json)?;
        tmp.persist(self.cache.join(INDEX_FILE))
            .map_err(|e| e.error)?;
        self.changed = false;
        Ok(())
    }
}
