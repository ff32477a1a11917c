//! Per-article entries of a build cache kind spread over [`SHARDS`] files
//! (`KIND/NN.bin` in [`cache::DIR`]) by key, so an edit rewrites the one or two shards holding
//! what changed instead of re-encoding every article's entry (story grouping's term counts,
//! the search index's words: ~25 MB at 10,000 articles, re-encoded after every edit before).
//!
//! Each entry is stored with a sum of what decides its content (given by the kind), and each
//! shard's sum (of its keys, entry sums and a seed) is recorded by the kind's main file,
//! written after its shards: a shard is used only when it is the one the main file was
//! written with. A missing, damaged or foreign shard, or one of another write (a save cut
//! short), means the whole kind is ignored with a warning: its entries belong together.

use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::keyhash::KeyHasher;

use super::cache;

/// How many shards a kind's entries are spread over.
pub const SHARDS: usize = 16;

/// Each shard's sum, as the kind's main file records them.
pub type Expected = Vec<u64>;

/// What each shard of a kind held when last read or written, so an unchanged shard is not
/// written again.
#[derive(Debug, Clone, Copy, Default)]
pub struct Sums([Option<u64>; SHARDS]);

impl Sums {
    /// Forgets every shard (the next save writes them all).
    pub fn clear(&mut self) {
        *self = Sums::default();
    }
}

/// The shard file `n` of `kind` of the site at `root`.
pub fn shard_path(root: &Path, kind: &str, n: usize) -> PathBuf {
    root.join(cache::DIR).join(kind).join(format!("{n:02}.bin"))
}

/// The shard holding the entry with `key` (keys are hashes already).
fn shard_of(key: u64) -> usize {
    (key.rotate_right(17) % SHARDS as u64) as usize
}

/// A shard's sum: its (key, entry sum) pairs in key order, and `seed`.
fn sum(seed: u64, entries: impl Iterator<Item = (u64, u64)>) -> u64 {
    let mut h = KeyHasher::new(0x5348_5244);
    h.num(seed);
    for (k, s) in entries {
        h.num(k).num(s);
    }
    h.finish()
}

/// Reads the shards of `kind` and checks them against the sums its main file recorded
/// (`expected`, written with `seed`): every entry as (key, value), or the warning to give.
pub fn load<T: DeserializeOwned + Send>(
    root: &Path,
    kind: &str,
    seed: u64,
    expected: &[u64],
    sums: &mut Sums,
) -> Result<Vec<(u64, T)>, String> {
    sums.clear();
    if expected.len() != SHARDS {
        return Err(cache::damaged(
            &root.join(cache::DIR).join(kind),
            "wrong number of shards",
        ));
    }
    let shards: Vec<Result<Vec<(u64, T)>, String>> = (0..SHARDS)
        .into_par_iter()
        .map(|n| {
            let file = shard_path(root, kind, n);
            let bytes = cache::read(&file)?.ok_or_else(|| cache::damaged(&file, "missing"))?;
            let (payload, _) = cache::unframe(&bytes, &file)?;
            let entries: Vec<(u64, u64, T)> =
                postcard::from_bytes(payload).map_err(|e| cache::damaged(&file, &e.to_string()))?;
            let sorted = entries.windows(2).all(|w| w[0].0 < w[1].0);
            if !sorted || entries.iter().any(|(k, ..)| shard_of(*k) != n) {
                return Err(cache::damaged(&file, "entries out of place"));
            }
            if sum(seed, entries.iter().map(|(k, s, _)| (*k, *s))) != expected[n] {
                return Err(cache::damaged(&file, "a shard of another write"));
            }
            Ok(entries.into_iter().map(|(k, _, v)| (k, v)).collect())
        })
        .collect();
    let mut all = Vec::new();
    for shard in shards {
        all.extend(shard?);
    }
    for (n, &s) in expected.iter().enumerate() {
        sums.0[n] = Some(s);
    }
    Ok(all)
}

/// Writes the shards of `kind` whose entries (key, entry sum, value) differ from what
/// `sums` says they held, in parallel, and returns every shard's sum for the main file
/// (to be written after this returned). An error is returned as a warning's text.
pub fn save<T: Serialize + Sync>(
    root: &Path,
    kind: &str,
    seed: u64,
    entries: Vec<(u64, u64, &T)>,
    sums: &mut Sums,
) -> Result<Expected, String> {
    let mut shards: Vec<Vec<(u64, u64, &T)>> = (0..SHARDS).map(|_| Vec::new()).collect();
    for e in entries {
        shards[shard_of(e.0)].push(e);
    }
    let dir = root.join(cache::DIR).join(kind);
    let fail = |file: &Path, e: &dyn std::fmt::Display| {
        format!("{}: cannot write the build cache ({e})", file.display())
    };
    std::fs::create_dir_all(&dir).map_err(|e| fail(&dir, &e))?;
    let last = sums.0;
    let done: Vec<Result<u64, String>> = shards
        .into_par_iter()
        .enumerate()
        .map(|(n, mut list)| {
            // Sorted, so the same entries make the same bytes.
            list.sort_unstable_by_key(|e| e.0);
            let s = sum(seed, list.iter().map(|(k, s, _)| (*k, *s)));
            let file = shard_path(root, kind, n);
            if last[n] == Some(s) && file.exists() {
                return Ok(s);
            }
            let payload = postcard::to_stdvec(&list).map_err(|e| fail(&file, &e))?;
            cache::write_framed(root, &file, &payload).map_err(|e| fail(&file, &e))?;
            Ok(s)
        })
        .collect();
    let mut expected = Vec::with_capacity(SHARDS);
    let mut first = None;
    for (n, d) in done.into_iter().enumerate() {
        match d {
            Ok(s) => {
                sums.0[n] = Some(s);
                expected.push(s);
            }
            Err(e) => {
                sums.0[n] = None;
                first.get_or_insert(e);
            }
        }
    }
    first.map_or(Ok(expected), Err)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entries(n: u64) -> Vec<(u64, u64, String)> {
        (0..n)
            .map(|k| {
                (
                    k.wrapping_mul(0x9E37_79B9_7F4A_7C15),
                    k,
                    format!("entry {k}"),
                )
            })
            .collect()
    }

    fn refs(list: &[(u64, u64, String)]) -> Vec<(u64, u64, &String)> {
        list.iter().map(|(k, s, v)| (*k, *s, v)).collect()
    }

    #[test]
    fn shards_read_back_as_written_and_only_changed_ones_are_rewritten() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        let mut list = entries(200);
        let mut sums = Sums::default();
        let expected = save(root, "kind", 7, refs(&list), &mut sums).unwrap();
        let mut read: Vec<(u64, String)> =
            load(root, "kind", 7, &expected, &mut Sums::default()).unwrap();
        read.sort();
        let mut want: Vec<(u64, String)> = list.iter().map(|(k, _, v)| (*k, v.clone())).collect();
        want.sort();
        assert_eq!(read, want);

        let stamps = |root: &Path| -> Vec<std::time::SystemTime> {
            (0..SHARDS)
                .map(|n| {
                    std::fs::metadata(shard_path(root, "kind", n))
                        .unwrap()
                        .modified()
                        .unwrap()
                })
                .collect()
        };
        let before = stamps(root);
        std::thread::sleep(std::time::Duration::from_millis(20));
        list[3] = (list[3].0, 1000, "edited".into());
        let changed = shard_of(list[3].0);
        let again = save(root, "kind", 7, refs(&list), &mut sums).unwrap();
        let after = stamps(root);
        for n in 0..SHARDS {
            assert_eq!(before[n] != after[n], n == changed, "shard {n}");
            assert_eq!(expected[n] != again[n], n == changed, "shard {n}");
        }
        // The main file's record of the first write no longer matches the edited shard.
        let err = load::<String>(root, "kind", 7, &expected, &mut Sums::default()).unwrap_err();
        assert!(err.contains("another write"), "{err}");
        // Nor does a record written with another seed.
        let err = load::<String>(root, "kind", 8, &again, &mut Sums::default()).unwrap_err();
        assert!(err.contains("another write"), "{err}");
        assert!(load::<String>(root, "kind", 7, &again, &mut Sums::default()).is_ok());
    }

    #[test]
    fn a_missing_or_damaged_shard_fails_the_whole_kind() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        let list = entries(50);
        let expected = save(root, "kind", 1, refs(&list), &mut Sums::default()).unwrap();
        let file = shard_path(root, "kind", 5);
        let bytes = std::fs::read(&file).unwrap();
        std::fs::write(&file, &bytes[..bytes.len() - 3]).unwrap();
        let err = load::<String>(root, "kind", 1, &expected, &mut Sums::default()).unwrap_err();
        assert!(err.contains("05.bin") && err.contains("damaged"), "{err}");
        std::fs::remove_file(&file).unwrap();
        let err = load::<String>(root, "kind", 1, &expected, &mut Sums::default()).unwrap_err();
        assert!(err.contains("05.bin") && err.contains("missing"), "{err}");
    }
}
