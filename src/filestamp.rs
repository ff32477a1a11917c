//! A file's stamp: a hash of what changes whenever the file is written (its size, modification
//! and change times, inode and device), so a rebuild can tell an unchanged file without
//! reading it — the way `git status` and `make` do.

use std::fs::Metadata;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// A file modified this recently could be written again within the file system's timestamp
/// granularity without its stamp changing ("racy" in git's words): its bytes must be read.
pub const SETTLE: Duration = Duration::from_secs(2);

/// The stamp of a file with metadata `meta`, or `None` when it was modified too recently
/// (or in the future) to be trusted.
pub fn stamp(meta: &Metadata) -> Option<u64> {
    stamp_at(meta, SystemTime::now())
}

/// [`stamp`] as seen at `now`.
pub fn stamp_at(meta: &Metadata, now: SystemTime) -> Option<u64> {
    let modified = meta.modified().ok()?;
    if now
        .duration_since(modified)
        .map_or(true, |age| age < SETTLE)
    {
        return None;
    }
    Some(stamp_now(meta))
}

/// The stamp of `meta` however recent: for what only newsdesk writes (a cache folder, whose
/// stamp changes when a file in it is added or removed), where a stale stamp costs an error
/// that names the file, never a wrong output.
pub fn stamp_now(meta: &Metadata) -> u64 {
    let modified = meta.modified().unwrap_or(UNIX_EPOCH);
    let nanos = |t: SystemTime| {
        t.duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos() as u64)
    };
    // Hashed in one call over a fixed buffer: a streaming hasher's set-up and per-field
    // updates were ~800 instructions a stamp, and a build stamps every input file (a site
    // with 1,000 local images has 1,000 more).
    let mut fields = [0u64; 6];
    fields[0] = meta.len();
    fields[1] = nanos(modified);
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        // The change time moves on every write and cannot be set back by `touch`, and a file
        // replaced by a rename (what editors do) has a new inode.
        fields[2] = meta.ctime() as u64;
        fields[3] = meta.ctime_nsec() as u64;
        fields[4] = meta.ino();
        fields[5] = meta.dev();
    }
    let mut bytes = [0u8; 48];
    for (chunk, n) in bytes.chunks_exact_mut(8).zip(fields) {
        chunk.copy_from_slice(&n.to_le_bytes());
    }
    xxhash_rust::xxh3::xxh3_64_with_seed(&bytes, SEED)
}

/// Seeds the stamps' hash (changed from the streaming hasher's, so no stamp of the old
/// scheme can match one of this).
const SEED: u64 = 0x5747_4d50_0001;

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    fn aged(path: &std::path::Path, secs: u64) {
        let f = fs::File::options().write(true).open(path).unwrap();
        f.set_modified(SystemTime::now() - Duration::from_secs(secs))
            .unwrap();
    }

    #[test]
    fn a_settled_file_has_a_stamp_that_changes_when_it_is_written() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.jpg");
        fs::write(&p, b"one").unwrap();
        assert_eq!(stamp(&fs::metadata(&p).unwrap()), None, "just written");
        aged(&p, 60);
        let first = stamp(&fs::metadata(&p).unwrap()).expect("settled");
        assert_eq!(stamp(&fs::metadata(&p).unwrap()), Some(first));
        // Same size, and the modification time set back to what it was: the change time
        // (and, here, the inode) still tell.
        let mtime = fs::metadata(&p).unwrap().modified().unwrap();
        let q = dir.path().join("b.jpg");
        fs::write(&q, b"two").unwrap();
        fs::rename(&q, &p).unwrap();
        fs::File::options()
            .write(true)
            .open(&p)
            .unwrap()
            .set_modified(mtime)
            .unwrap();
        let second = stamp(&fs::metadata(&p).unwrap()).expect("settled");
        assert_ne!(first, second);
        // Written in place with the same size.
        fs::write(&p, b"six").unwrap();
        aged(&p, 60);
        assert_ne!(stamp(&fs::metadata(&p).unwrap()), Some(second));
    }

    #[test]
    fn a_file_from_the_future_is_not_trusted() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a");
        fs::write(&p, b"x").unwrap();
        fs::File::options()
            .write(true)
            .open(&p)
            .unwrap()
            .set_modified(SystemTime::now() + Duration::from_secs(3600))
            .unwrap();
        assert_eq!(stamp(&fs::metadata(&p).unwrap()), None);
    }
}
