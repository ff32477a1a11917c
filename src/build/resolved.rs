//! What the last CLI build made of its pictures (each picture's renditions, paths and
//! warnings: [`Resolved`]), kept so that a build whose pictures and image cache index are
//! as they were takes it instead of reading the index and making every picture's paths
//! again. Keyed by every shown picture's path and settled stamp and by the index's bytes:
//! any difference, a picture whose stamp has not settled, or a cache entry due for
//! pruning means the pictures are made as usual and the record written again. Framed like
//! the rest of the build cache (header, checksum): a damaged or foreign record is a warning
//! and never trusted.

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::site::Site;
use crate::site::images::{OutputImage, Resolved};

use super::cache;

/// The record's file in [`cache::DIR`].
const FILE: &str = "images.bin";

/// What a build resolved of its pictures, for the next.
#[derive(Serialize, Deserialize)]
struct Record {
    /// [`key`] of the pictures it was made from.
    key: u64,
    /// When the image cache has entries due for removal (seconds since the epoch): a later
    /// build makes the pictures as usual, so that it prunes them.
    due: u64,
    /// Each picture's, in the order of [`Site::wanted_images`].
    pictures: Vec<Resolved>,
}

/// A key of the pictures `wanted` of the site at `root` as found now: their paths and
/// stamps (`stamp_of`), and the bytes of the image cache's index. `None` when a picture has
/// no settled stamp or there is no index.
fn key<'a>(
    root: &Path,
    wanted: impl Iterator<Item = &'a str>,
    stamp_of: &(dyn Fn(&str) -> Option<u64> + Sync),
) -> Option<u64> {
    let index = root
        .join(crate::imaging::renditions::CACHE_DIR)
        .join(crate::imaging::index::INDEX_FILE);
    let bytes = std::fs::read(index).ok()?;
    let mut h = crate::keyhash::KeyHasher::new(0x5245_534f);
    h.num(xxhash_rust::xxh3::xxh3_64(&bytes));
    for rel in wanted {
        h.str(rel);
        h.num(stamp_of(rel)?);
    }
    Some(h.finish())
}

/// The record of the site at `root`: `Ok(None)` when there is none, `Err(warning)` when it
/// must not be trusted.
fn load(root: &Path) -> Result<Option<Record>, String> {
    let file = root.join(cache::DIR).join(FILE);
    let Some(bytes) = cache::read(&file)? else {
        return Ok(None);
    };
    let (payload, _) = cache::unframe(&bytes, &file)?;
    postcard::from_bytes(payload)
        .map(Some)
        .map_err(|e| cache::damaged(&file, &e.to_string()))
}

/// Makes (or takes from the last build's record) the renditions of every local lead image
/// of `site` at `root`, as [`Site::make_renditions`] does, and records them for the next
/// build. Also returns a warning when the record was found damaged or cannot be written.
pub fn make(
    root: &Path,
    site: &mut Site,
    stamp_of: &(dyn Fn(&str) -> Option<u64> + Sync),
) -> (Vec<OutputImage>, Option<String>) {
    let file = root.join(cache::DIR).join(FILE);
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let wanted: Vec<String> = site
        .wanted_images()
        .iter()
        .map(|w| w.to_string())
        .collect();
    let mut warning = None;
    let found = key(root, wanted.iter().map(String::as_str), stamp_of);
    if let Some(found) = found {
        match load(root) {
            Ok(Some(r)) if r.key == found && now < r.due && r.pictures.len() == wanted.len() => {
                return (site.apply_resolved(&r.pictures), None);
            }
            Ok(_) => {}
            Err(w) => {
                // Removed, so that a build unable to record its pictures warns only once.
                let _ = std::fs::remove_file(&file);
                warning = Some(w);
            }
        }
    }
    let (images, recorded, due) = site.make_renditions_recorded(root, stamp_of);
    // Keyed after the build: making the pictures may have changed the index.
    let key = key(root, wanted.iter().map(String::as_str), stamp_of);
    match (recorded, key) {
        (Some(pictures), Some(key)) => {
            let record = Record { key, due, pictures };
            let written = postcard::to_stdvec(&record)
                .map_err(std::io::Error::other)
                .and_then(|payload| cache::write_framed(root, &file, &payload));
            if let Err(e) = written {
                warning.get_or_insert(format!(
                    "{}: cannot write the build cache ({e})",
                    file.display()
                ));
            }
        }
        _ => {
            let _ = std::fs::remove_file(&file);
        }
    }
    (images, warning)
}
