//! The content files' texts in the persistent build cache (`sources/NN.bin` in
//! [`cache::DIR`]): each file's text as parsed, with the settled stamp it was read at, so a
//! CLI build neither opens nor strips a file whose stamp is unchanged
//! ([`crate::content::Sources`]).
//!
//! The texts are as large as the content (50 MB at 10,000 articles), so they are spread over
//! [`SHARDS`] files by a hash of the path: an edit rewrites the one shard holding the file.
//! Each shard is framed like the rest of the cache (version header, checksum); a damaged or
//! foreign shard is ignored with a warning, its files read from disk. An entry is used only
//! at the very stamp it was recorded with, and only stamps that had settled are recorded
//! (see [`crate::filestamp`]), so a write since is always seen.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;

use crate::content::Sources;
use crate::keyhash::KeyHasher;

use super::cache;

/// The shards' folder in [`cache::DIR`].
const DIR: &str = "sources";
/// How many shards the texts are spread over.
pub const SHARDS: usize = 32;

/// What each shard held when last read or written (a hash of its paths and stamps, which
/// decide its content), so an unchanged shard is not written again.
#[derive(Debug, Clone, Copy)]
pub struct Sums([Option<u64>; SHARDS]);

impl Default for Sums {
    fn default() -> Self {
        Sums([None; SHARDS])
    }
}

/// The shard file `n` of the site at `root`.
pub fn shard_path(root: &Path, n: usize) -> PathBuf {
    root.join(cache::DIR).join(DIR).join(format!("{n:02}.bin"))
}

/// The shard holding `path`.
fn shard_of(path: &Path) -> usize {
    let mut h = KeyHasher::new(0x5352_4353);
    h.str(&path.to_string_lossy());
    (h.finish() % SHARDS as u64) as usize
}

/// A shard's entries as stored: path (as the OS gives it), stamp, text; read borrowed from
/// the shard's bytes, so each text is copied once, into the [`Sources`] it goes to.
type Entries<'a> = Vec<(&'a str, u64, &'a str)>;

/// A hash of a shard's paths and stamps, in its sorted order.
fn sum<'a>(entries: impl Iterator<Item = (&'a str, u64)>) -> u64 {
    let mut h = KeyHasher::new(0x5355_4d53);
    for (p, s) in entries {
        h.str(p).num(s);
    }
    h.finish()
}

/// Reads every shard of the site at `root` in parallel, noting what each held in `sums`;
/// the warning is the first untrusted shard's (its texts are left out).
pub fn load(root: &Path, sums: &mut Sums) -> (Sources, Option<String>) {
    type Shard = Vec<(PathBuf, (u64, Arc<str>))>;
    let shards: Vec<Result<Option<(Shard, u64)>, String>> = (0..SHARDS)
        .into_par_iter()
        .map(|n| {
            let file = shard_path(root, n);
            let Some(bytes) = cache::read(&file)? else {
                return Ok(None);
            };
            let (payload, _) = cache::unframe(&bytes, &file)?;
            let entries: Entries =
                postcard::from_bytes(payload).map_err(|e| cache::damaged(&file, &e.to_string()))?;
            // An entry in the wrong shard means the file is not what this newsdesk wrote.
            if entries.iter().any(|(p, ..)| shard_of(Path::new(p)) != n) {
                return Err(cache::damaged(&file, "entries of another shard"));
            }
            let s = sum(entries.iter().map(|(p, s, _)| (*p, *s)));
            let entries = entries
                .into_iter()
                .map(|(p, stamp, text)| (PathBuf::from(p), (stamp, Arc::from(text))))
                .collect();
            Ok(Some((entries, s)))
        })
        .collect();
    let mut sources = Sources::default();
    let mut warning = None;
    for (n, shard) in shards.into_iter().enumerate() {
        match shard {
            Ok(Some((entries, s))) => {
                sums.0[n] = Some(s);
                sources.extend(entries);
            }
            Ok(None) => sums.0[n] = None,
            Err(e) => {
                sums.0[n] = None;
                warning.get_or_insert(e);
            }
        }
    }
    (sources, warning)
}

/// Writes each shard whose paths and stamps differ from what `sums` says it held, in
/// parallel, and updates `sums`. An error is returned as a warning's text.
pub fn save(root: &Path, sources: &Sources, sums: &mut Sums) -> Result<(), String> {
    let mut shards: Vec<Vec<(&str, u64, &str)>> = vec![Vec::new(); SHARDS];
    for (path, (stamp, text)) in sources {
        // A path that is not UTF-8 is simply read from disk each time.
        if let Some(p) = path.to_str() {
            shards[shard_of(path)].push((p, *stamp, text));
        }
    }
    let dir = root.join(cache::DIR).join(DIR);
    std::fs::create_dir_all(&dir)
        .map_err(|e| format!("{}: cannot write the build cache ({e})", dir.display()))?;
    let done: Vec<Result<Option<u64>, String>> = shards
        .into_par_iter()
        .enumerate()
        .map(|(n, mut entries)| {
            // Sorted, so the same texts make the same bytes.
            entries.sort_unstable_by(|a, b| a.0.cmp(b.0));
            let s = sum(entries.iter().map(|(p, s, _)| (*p, *s)));
            let file = shard_path(root, n);
            if sums.0[n] == Some(s) && file.exists() {
                return Ok(Some(s));
            }
            let payload = postcard::to_stdvec(&entries).map_err(|e| e.to_string());
            payload
                .and_then(|b| cache::write_framed(root, &file, &b).map_err(|e| e.to_string()))
                .map(|()| Some(s))
                .map_err(|e| format!("{}: cannot write the build cache ({e})", file.display()))
        })
        .collect();
    let mut first = None;
    for (n, d) in done.into_iter().enumerate() {
        match d {
            Ok(s) => sums.0[n] = s,
            Err(e) => {
                sums.0[n] = None;
                first.get_or_insert(e);
            }
        }
    }
    first.map_or(Ok(()), Err)
}
