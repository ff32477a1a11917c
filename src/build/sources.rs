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
//! (see [`crate::filestamp`]), so a write since is always seen. A shard's texts are read
//! as one buffer (its file's mapped pages, [`crate::mapped`]) that each text, and the body
//! of each article parsed from it, is a slice of ([`SharedStr`]): they are never copied.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;

use crate::content::Sources;
use crate::keyhash::KeyHasher;
use crate::mapped::{Bytes, Utf8Bytes};
use crate::shared_str::SharedStr;

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

/// A shard's index as stored after its texts: path (as the OS gives it), stamp, the
/// length of its text and its hash, the texts lying end to end in the index's order before it. The
/// payload ends with the index's length (8 bytes, little-endian), so the texts are read as
/// one `String` that every text of the shard is a slice of: nothing is copied out of it.
type Index<'a> = Vec<(&'a str, u64, u64, u64)>;

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
    type Shard = Vec<(PathBuf, (u64, SharedStr, u64))>;
    let shards: Vec<Result<Option<(Shard, u64)>, String>> = (0..SHARDS)
        .into_par_iter()
        .map(|n| {
            let file = shard_path(root, n);
            match cache::read_payload(&file)? {
                Some(payload) => decode(payload, n)
                    .map(Some)
                    .map_err(|why| cache::damaged(&file, why)),
                None => Ok(None),
            }
        })
        .collect();
    // Sized at once: a path's hash parses its components, and growing the map rehashed
    // every path already in it.
    let total = shards
        .iter()
        .flatten()
        .flatten()
        .map(|(e, _)| e.len())
        .sum();
    let mut sources = Sources::with_capacity_and_hasher(total, Default::default());
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

/// The entries of shard `n` from its checked payload, and its sum; `Err` says why the
/// shard is not what this newsdesk wrote.
#[allow(clippy::type_complexity)]
fn decode(
    payload: Bytes,
    n: usize,
) -> Result<(Vec<(PathBuf, (u64, SharedStr, u64))>, u64), &'static str> {
    let len_at = payload.len().checked_sub(8).ok_or("truncated")?;
    let index_len = u64::from_le_bytes(payload[len_at..].try_into().expect("8 bytes"));
    let index_at = usize::try_from(index_len)
        .ok()
        .and_then(|l| len_at.checked_sub(l))
        .ok_or("index out of bounds")?;
    let index: Index =
        postcard::from_bytes(&payload[index_at..len_at]).map_err(|_| "undecodable index")?;
    // An entry in the wrong shard means the file is not what this newsdesk wrote.
    if index.iter().any(|(p, ..)| shard_of(Path::new(p)) != n) {
        return Err("entries of another shard");
    }
    let s = sum(index.iter().map(|(p, s, ..)| (*p, *s)));
    let index: Vec<(PathBuf, u64, u64, u64)> = index
        .into_iter()
        .map(|(p, stamp, len, hash)| (PathBuf::from(p), stamp, len, hash))
        .collect();
    let texts = payload.slice(0..index_at).ok_or("index out of bounds")?;
    let texts = Arc::new(Utf8Bytes::new(texts).map_err(|_| "texts not UTF-8")?);
    let mut at = 0usize;
    let mut entries = Vec::with_capacity(index.len());
    for (path, stamp, len, hash) in index {
        let end = usize::try_from(len)
            .ok()
            .and_then(|l| at.checked_add(l))
            .ok_or("text out of bounds")?;
        let text = SharedStr::slice(&texts, at..end).ok_or("text out of bounds")?;
        entries.push((path, (stamp, text, hash)));
        at = end;
    }
    if at != texts.as_str().len() {
        return Err("texts beyond the index");
    }
    Ok((entries, s))
}

/// Writes each shard whose paths and stamps differ from what `sums` says it held, in
/// parallel, and updates `sums`. An error is returned as a warning's text.
pub fn save(root: &Path, sources: &Sources, sums: &mut Sums) -> Result<(), String> {
    let mut shards: Vec<Vec<(&str, u64, &str, u64)>> = vec![Vec::new(); SHARDS];
    for (path, (stamp, text, hash)) in sources {
        // A path that is not UTF-8 is simply read from disk each time.
        if let Some(p) = path.to_str() {
            shards[shard_of(path)].push((p, *stamp, &**text, *hash));
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
            let s = sum(entries.iter().map(|(p, s, ..)| (*p, *s)));
            let file = shard_path(root, n);
            if sums.0[n] == Some(s) && file.exists() {
                return Ok(Some(s));
            }
            encode(&entries)
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

/// A shard's payload: its texts end to end, then the index and its length ([`Index`]).
fn encode(entries: &[(&str, u64, &str, u64)]) -> Result<Vec<u8>, String> {
    let total: usize = entries.iter().map(|(_, _, t, _)| t.len()).sum();
    let index: Index = entries
        .iter()
        .map(|(p, s, t, h)| (*p, *s, t.len() as u64, *h))
        .collect();
    let index = postcard::to_stdvec(&index).map_err(|e| e.to_string())?;
    let mut payload = Vec::with_capacity(total + index.len() + 8);
    for (_, _, text, _) in entries {
        payload.extend_from_slice(text.as_bytes());
    }
    payload.extend_from_slice(&index);
    payload.extend_from_slice(&(index.len() as u64).to_le_bytes());
    Ok(payload)
}
