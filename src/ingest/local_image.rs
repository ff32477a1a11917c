//! `--images local`: downloading an article's lead image into the site, where the build
//! resizes it. Capped in size, typed by its bytes, and never written over another file.

use std::io::Write;
use std::path::Path;
use std::time::Duration;

use chrono::NaiveDate;

use super::fetch;
use crate::content::Image;
use crate::imaging::sniff;

/// The largest image downloaded.
pub const MAX_BYTES: u64 = 10 * 1024 * 1024;

/// Downloads `img` (an http(s) address) into `root/static/images/YYYY/MM/<slug>.<ext>`, the
/// extension from the bytes; a name already taken gets `-2`, `-3`, …. Returns the image
/// pointing at its path in the site (`/images/…`), or a one-line reason.
pub fn download(
    root: &Path,
    img: &Image,
    day: NaiveDate,
    slug: &str,
    timeout: Duration,
) -> Result<Image, String> {
    let got = fetch::get_capped(&img.src, timeout, MAX_BYTES)?;
    let kind = sniff::kind(&got.bytes).ok_or_else(|| {
        let said = got.content_type.as_deref().unwrap_or("no type");
        format!("not a JPEG, PNG, WebP, GIF or AVIF image (the server said {said})")
    })?;
    let rel_dir = format!("images/{}", day.format("%Y/%m"));
    let dir = root.join("static").join(&rel_dir);
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let slug = if slug.is_empty() { "image" } else { slug };
    for n in 1.. {
        let name = match n {
            1 => format!("{slug}.{}", kind.extension()),
            n => format!("{slug}-{n}.{}", kind.extension()),
        };
        let path = dir.join(&name);
        let file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path);
        let mut file = match file {
            Ok(f) => f,
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(format!("{}: {e}", path.display())),
        };
        if let Err(e) = file.write_all(&got.bytes).and_then(|()| file.sync_all()) {
            drop(file);
            let _ = std::fs::remove_file(&path);
            return Err(format!("{}: {e}", path.display()));
        }
        return Ok(Image {
            src: format!("/{rel_dir}/{name}"),
            ..img.clone()
        });
    }
    unreachable!("the loop returns")
}
