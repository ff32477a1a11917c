//! Pruning the image cache: its entries (one folder of renditions per picture and encoder
//! settings, named by content hash) outlive the pictures they were made from, since a picture
//! replaced, removed or no longer named by any article leaves its entry behind.
//!
//! An entry is in use while the cache index names it for a file some article shows: such an
//! entry is never removed. Every build notes when an entry fell out of use (in the index) and
//! removes those unused for [`KEEP_UNUSED`], so switching branches, a draft shown only by the
//! preview server or an article removed for a while costs no encoding when it comes back;
//! `newsdesk build --prune` removes every entry the build did not use at once
//! ([`prune_now`]). Either way the cache stays a cache: a removed entry is made again, byte
//! for byte the same, when a picture needs it.

use std::collections::{BTreeMap, HashSet};
use std::path::Path;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use super::index::Index;

/// How long a build keeps a cache entry no article uses.
pub const KEEP_UNUSED: Duration = Duration::from_secs(30 * 24 * 60 * 60);

/// How old a half-written entry or index (`.tmp-…`, left by an interrupted build) must be
/// to be removed: a build writes one for seconds, so a day old means abandoned.
const KEEP_TEMPORARY: Duration = Duration::from_secs(24 * 60 * 60);

/// What a pruning removed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Pruned {
    /// Cache entries (pictures).
    pub entries: usize,
    /// Their bytes.
    pub bytes: u64,
}

/// After a build's index knows every file in use: notes the entries that fell out of use and
/// removes those unused for `keep` (as of `now`). The cache folder is listed only when the
/// index changed (a picture added, changed or no longer shown, or an unreadable index
/// replaced) or a noted entry is due, so a build that changes no image lists nothing.
pub fn after_build(index: &mut Index, now: SystemTime, keep: Duration) -> Pruned {
    let secs = seconds(now);
    let due = index
        .unused()
        .values()
        .any(|&since| secs.saturating_sub(since) >= keep.as_secs());
    if !index.changed() && !due {
        return Pruned::default();
    }
    sweep(index, now, keep)
}

/// Removes every cache entry of the site at `root` that its index does not name for a file
/// in use, at once: what `newsdesk build --prune` does after its build (whose index names
/// exactly the pictures it showed). A cache index that is there but cannot be read, or was
/// written with other settings, is an error and nothing is removed.
pub fn prune_now(root: &Path, settings: &str) -> Result<Pruned, String> {
    let cache = root.join(super::renditions::CACHE_DIR);
    let mut index = Index::load(&cache, settings);
    if index.changed() {
        return Err(format!(
            "{}: the image cache's index cannot be read; nothing pruned (a build rewrites it)",
            cache.join(super::index::INDEX_FILE).display()
        ));
    }
    let pruned = sweep(&mut index, SystemTime::now(), Duration::ZERO);
    index
        .save()
        .map_err(|e| format!("{}: {e}", cache.display()))?;
    Ok(pruned)
}

/// Lists the cache folder: notes entries newly found unused, removes those unused for `keep`
/// and leftovers of interrupted builds, and forgets notes of entries no longer there.
fn sweep(index: &mut Index, now: SystemTime, keep: Duration) -> Pruned {
    let secs = seconds(now);
    let mut pruned = Pruned::default();
    let Ok(list) = std::fs::read_dir(index.dir()) else {
        index.set_unused(BTreeMap::new());
        return pruned;
    };
    let used: HashSet<String> = index.used().into_iter().map(str::to_string).collect();
    let mut unused = BTreeMap::new();
    for entry in list.flatten() {
        let name = entry.file_name().to_string_lossy().to_string();
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        if name.starts_with(".tmp-") {
            let old = entry
                .metadata()
                .and_then(|m| m.modified())
                .is_ok_and(|t| now.duration_since(t).is_ok_and(|age| age >= KEEP_TEMPORARY));
            if old {
                let _ = match kind.is_dir() {
                    true => std::fs::remove_dir_all(entry.path()),
                    false => std::fs::remove_file(entry.path()),
                };
            }
            continue;
        }
        if !kind.is_dir() || !is_entry_name(&name) || used.contains(&name) {
            continue;
        }
        let since = index.unused().get(&name).copied().unwrap_or(secs);
        if secs.saturating_sub(since) < keep.as_secs() {
            unused.insert(name, since);
            continue;
        }
        let bytes = folder_bytes(&entry.path());
        match std::fs::remove_dir_all(entry.path()) {
            Ok(()) => {
                pruned.entries += 1;
                pruned.bytes += bytes;
            }
            // Kept, and tried again by a later build.
            Err(_) => {
                unused.insert(name, since);
            }
        }
    }
    index.set_unused(unused);
    pruned
}

/// Whether `name` is a cache entry's (a 128-bit content hash in hex).
fn is_entry_name(name: &str) -> bool {
    name.len() == 32 && name.bytes().all(|b| b.is_ascii_hexdigit())
}

/// The bytes of the files in `dir` (an entry holds files only).
fn folder_bytes(dir: &Path) -> u64 {
    std::fs::read_dir(dir).map_or(0, |list| {
        list.flatten()
            .filter_map(|e| e.metadata().ok())
            .map(|m| m.len())
            .sum()
    })
}

fn seconds(t: SystemTime) -> u64 {
    t.duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entry_names_are_hashes_only() {
        assert!(is_entry_name("0123456789abcdef0123456789abcdef"));
        assert!(!is_entry_name("0123456789abcdef"));
        assert!(!is_entry_name("index.json"));
        assert!(!is_entry_name(".tmp-0123456789abcdef0123456789ab"));
        assert!(!is_entry_name("0123456789abcdef0123456789abcdeg"));
    }
}
