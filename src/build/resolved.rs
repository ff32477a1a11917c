//! What the last CLI build made of its pictures (each picture's renditions, paths and
//! warnings: [`Resolved`]), kept so that a build whose pictures and image cache index are
//! as they were takes it instead of reading the index and making every picture's paths
//! again. Keyed by the pictures the articles show in order, with their settled stamps, and
//! by the index's bytes:
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
    /// [`shown_key`] of the articles' pictures it was made from.
    shown: u64,
    /// The checksum of the image cache's index after it.
    index: u64,
    /// When the image cache has entries due for removal (seconds since the epoch): a later
    /// build makes the pictures as usual, so that it prunes them.
    due: u64,
    /// Each picture's, in the order the articles first show them.
    pictures: Vec<Resolved>,
}

/// A key of the pictures the articles of `site` show, in order (a picture shown twice
/// counts twice), with their stamps (`stamp_of`); `None` when one has no settled stamp.
fn shown_key(site: &Site, stamp_of: &(dyn Fn(&str) -> Option<u64> + Sync)) -> Option<u64> {
    let mut h = crate::keyhash::KeyHasher::new(0x5245_534f);
    for rel in site.local_image_sequence() {
        h.str(rel);
        h.num(stamp_of(rel)?);
    }
    Some(h.finish())
}

/// The checksum of the image cache's index of the site at `root`, when there is one.
fn index_sum(root: &Path) -> Option<u64> {
    let index = root
        .join(crate::imaging::renditions::CACHE_DIR)
        .join(crate::imaging::index::INDEX_FILE);
    std::fs::read(index)
        .ok()
        .map(|bytes| xxhash_rust::xxh3::xxh3_64(&bytes))
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
    let shown = shown_key(site, stamp_of);
    let mut warning = None;
    if let Some(shown) = shown {
        match load(root) {
            Ok(Some(r)) if r.shown == shown && now < r.due && Some(r.index) == index_sum(root) => {
                return (site.apply_resolved(r.pictures), None);
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
    // Summed after the build: making the pictures may have changed the index.
    match (recorded, shown, index_sum(root)) {
        (Some(pictures), Some(shown), Some(index)) => {
            let record = Record {
                shown,
                index,
                due,
                pictures,
            };
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
