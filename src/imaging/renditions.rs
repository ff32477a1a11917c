//! Build-time renditions of a local image: decoded once, resized to the theme's widths (never
//! up), encoded as lossy WebP and in the original's format, and cached by content hash under
//! `.newsdesk/cache/images/` so a rebuild encodes nothing it encoded before.
//!
//! Every way an image file can be bad (missing, too big, not an image, corrupt or truncated,
//! a decompression bomb, an SVG with script) is an `Err` with a one-line reason: the caller
//! warns and shows no image, and the build goes on.

use std::collections::HashMap;
use std::io::Cursor;
use std::path::{Path, PathBuf};

use fast_image_resize as fir;
use image::{DynamicImage, ImageFormat, ImageReader, Limits};
use serde::{Deserialize, Serialize};

use rayon::prelude::*;

use super::index::Index;
use super::sniff::{self, Kind};
use crate::filestamp;

/// The widths made (each capped at the original's width, so never upscaled).
pub const WIDTHS: [u32; 3] = [400, 800, 1200];

/// The largest file read.
pub const MAX_FILE_BYTES: u64 = 50 * 1024 * 1024;

/// The most pixels decoded: a bigger picture is a decompression bomb, not a photograph.
pub const MAX_PIXELS: u64 = 50_000_000;

/// The longest side decoded.
pub const MAX_SIDE: u32 = 20_000;

/// Where renditions are cached, under the site root. Safe to delete.
pub const CACHE_DIR: &str = ".newsdesk/cache/images";

/// Changes whenever the encoders or their settings do, so old cache entries are not reused.
const SETTINGS: &str = "v2 fir-catmullrom jpeg80 webp75 png";

/// JPEG quality of the fallback renditions.
const JPEG_QUALITY: u8 = 80;

/// WebP quality (libwebp's 0–100 scale).
const WEBP_QUALITY: f32 = 75.0;

/// One encoded size.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Variant {
    /// Pixels.
    pub width: u32,
    /// Pixels.
    pub height: u32,
    /// WebP (else the original's format).
    pub webp: bool,
    /// The file's name in the cache entry.
    pub file: String,
}

/// The renditions of one image, as cached.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Made {
    /// The content hash (hex) naming the cache entry.
    pub hash: String,
    /// The original's width.
    pub width: u32,
    /// The original's height.
    pub height: u32,
    /// The media type of the non-WebP variants.
    pub mime: String,
    /// Smallest first, fallback and WebP interleaved.
    pub variants: Vec<Variant>,
    /// The cache entry's folder; empty for an entry the cache index gave (see
    /// [`Made::folder`]).
    #[serde(skip)]
    pub dir: PathBuf,
}

impl Made {
    /// The cache entry's folder for the site at `root`. Entries the index gives are shared,
    /// not copied, and their folder is made only when a file must be copied from it: an
    /// edit build of 1,000 unchanged pictures made 1,000 paths it never used.
    pub fn folder(&self, root: &Path) -> PathBuf {
        match self.dir.as_os_str().is_empty() {
            true => root.join(CACHE_DIR).join(&self.hash),
            false => self.dir.clone(),
        }
    }
}

/// What became of one image file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Processed {
    /// Resized renditions (from the cache or just made), shared with the cache index.
    Made(std::sync::Arc<Made>),
    /// Served as it is (a GIF, an AVIF or a script-free SVG), with its size when known.
    AsIs(Option<(u32, u32)>),
}

/// A processed image and what is worth a warning though it was used (a wrong extension).
pub type Result = std::result::Result<(Processed, Option<String>), String>;

/// Processes every file `static/<rel>` of `rels` for the site at `root`, in parallel: what
/// the cache index knows of a file whose stamp is unchanged is taken without reading it;
/// anything else is [`process`]ed and remembered. The index then forgets files not in `rels`.
/// `stamp_of` gives the stamp of a file the caller has just listed (saving a `stat`), else
/// `None` and the file is looked at here.
pub fn process_all(
    root: &Path,
    rels: &[&str],
    stamp_of: &(dyn Fn(&str) -> Option<u64> + Sync),
) -> HashMap<String, Result> {
    process_all_due(root, rels, stamp_of).0
}

/// [`process_all`], also returning when the cache next has entries due for removal
/// (seconds since the epoch; `u64::MAX` when none is unused): until then another build of
/// the same pictures and index would find the same and remove nothing.
pub fn process_all_due(
    root: &Path,
    rels: &[&str],
    stamp_of: &(dyn Fn(&str) -> Option<u64> + Sync),
) -> (HashMap<String, Result>, u64) {
    let mut index = Index::load(&root.join(CACHE_DIR), SETTINGS);
    let done: Vec<(&str, Option<u64>, bool, Result)> = rels
        .par_iter()
        .map(|&rel| {
            let listed = stamp_of(rel);
            if let Some(known) = listed.and_then(|s| index.get(rel, s)) {
                return (rel, listed, false, known);
            }
            let meta = std::fs::metadata(root.join("static").join(rel));
            let stamp = meta.as_ref().ok().and_then(filestamp::stamp);
            if let Some(known) = stamp.and_then(|s| index.get(rel, s)) {
                return (rel, stamp, false, known);
            }
            let result = match meta {
                Ok(meta) => process_file(root, rel, &meta),
                Err(_) => Err(format!("no file static/{rel}")),
            };
            (rel, stamp, true, result)
        })
        .collect();
    let mut out = HashMap::with_capacity(done.len());
    for (rel, stamp, fresh, result) in done {
        if let (Some(stamp), true) = (stamp, fresh) {
            index.put(rel, stamp, &result);
        }
        out.insert(rel.to_string(), result);
    }
    index.retain(&|rel| out.contains_key(rel));
    // Entries no picture uses any more: noted, and removed once unused for long enough.
    super::prune::after_build(
        &mut index,
        std::time::SystemTime::now(),
        super::prune::KEEP_UNUSED,
    );
    // The index only saves time: a build whose cache cannot be written still succeeds.
    let _ = index.save();
    let due = index.unused().values().min().map_or(u64::MAX, |&since| {
        since.saturating_add(super::prune::KEEP_UNUSED.as_secs())
    });
    (out, due)
}

/// Removes at once every cache entry of the site at `root` that the last build did not use
/// (`newsdesk build --prune`; see [`super::prune`]).
pub fn prune_unused(root: &Path) -> std::result::Result<super::prune::Pruned, String> {
    super::prune::prune_now(root, SETTINGS)
}

/// Makes the cache entry `hash` of `static/<rel>` again, for a rendition the output needs
/// whose cached file is gone (the index vouches for what an entry holds, not that it is
/// still there). Fails when the file no longer has that content.
pub fn restore(
    root: &Path,
    rel: &str,
    hash: &str,
) -> std::result::Result<std::sync::Arc<Made>, String> {
    match process(root, rel)? {
        (Processed::Made(made), _) if made.hash == hash => Ok(made),
        _ => Err(format!(
            "static/{rel} changed during the build: build again"
        )),
    }
}

/// Processes `static/<rel>` of the site at `root` (see the module docs).
pub fn process(root: &Path, rel: &str) -> Result {
    let meta = std::fs::metadata(root.join("static").join(rel))
        .map_err(|_| format!("no file static/{rel}"))?;
    process_file(root, rel, &meta)
}

/// [`process`] of a file whose metadata is `meta`.
fn process_file(root: &Path, rel: &str, meta: &std::fs::Metadata) -> Result {
    examine(root, rel, meta, false)
}

/// Every check of the file, then its renditions (or, `inspect_only`, its size from its header).
fn examine(root: &Path, rel: &str, meta: &std::fs::Metadata, inspect_only: bool) -> Result {
    let path = root.join("static").join(rel);
    if !meta.is_file() {
        return Err(format!("static/{rel} is not a file"));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(format!(
            "static/{rel} is {} bytes, over the {MAX_FILE_BYTES}-byte limit",
            meta.len()
        ));
    }
    let bytes = std::fs::read(&path).map_err(|e| format!("static/{rel}: {e}"))?;
    if looks_like_svg(&bytes) {
        return if svg_is_active(&bytes) {
            Err("an SVG with script or event handlers: not shown".into())
        } else {
            Ok((Processed::AsIs(None), None))
        };
    }
    let kind = sniff::kind(&bytes).ok_or("not a JPEG, PNG, WebP, GIF or AVIF image")?;
    let ext = Path::new(rel)
        .extension()
        .map(|e| e.to_string_lossy().to_string())
        .unwrap_or_default();
    let warning = (!kind.matches_extension(&ext)).then(|| {
        format!(
            "static/{rel} is a {} named .{ext}: rename it .{}",
            kind.extension().to_uppercase(),
            kind.extension()
        )
    });
    let processed = match kind {
        Kind::Gif => Processed::AsIs(gif_size(&bytes)),
        // No AVIF decoder is built in: shown as it is.
        Kind::Avif => Processed::AsIs(None),
        Kind::Jpeg | Kind::Png | Kind::Webp if inspect_only => {
            Processed::AsIs(Some(check_header(&bytes, kind)?))
        }
        Kind::Jpeg | Kind::Png | Kind::Webp => {
            Processed::Made(renditions(root, &bytes, kind)?.into())
        }
    };
    Ok((processed, warning))
}

/// What `newsdesk check` needs of every file `static/<rel>` of `rels`: the same verdicts and
/// warnings as a build, without making (or writing) anything. What the cache index knows of
/// an unchanged file is taken from it; any other file is read and its header checked, but
/// its pixels are not decoded, so damage past the header is found only by a build. A usable
/// image comes back as [`Processed::AsIs`] with its size.
pub fn inspect_all(root: &Path, rels: &[&str]) -> HashMap<String, Result> {
    let index = Index::load(&root.join(CACHE_DIR), SETTINGS);
    rels.par_iter()
        .map(|&rel| {
            let meta = std::fs::metadata(root.join("static").join(rel));
            let known = meta
                .as_ref()
                .ok()
                .and_then(filestamp::stamp)
                .and_then(|s| index.get(rel, s));
            let result = match (known, meta) {
                (Some(Ok((Processed::Made(m), note))), _) => {
                    Ok((Processed::AsIs(Some((m.width, m.height))), note))
                }
                (Some(known), _) => known,
                (None, Ok(meta)) => examine(root, rel, &meta, true),
                (None, Err(_)) => Err(format!("no file static/{rel}")),
            };
            (rel.to_string(), result)
        })
        .collect()
}

/// The cache entry of `bytes`, made if missing.
fn renditions(root: &Path, bytes: &[u8], kind: Kind) -> std::result::Result<Made, String> {
    let mut h = xxhash_rust::xxh3::Xxh3::new();
    h.update(SETTINGS.as_bytes());
    h.update(bytes);
    let hash = format!("{:032x}", h.digest128());
    let cache = root.join(CACHE_DIR);
    let dir = cache.join(&hash);
    if let Some(made) = read_entry(&dir) {
        return Ok(made);
    }
    let img = decode(bytes, kind)?;
    let (width, height) = (img.width(), img.height());
    let mut targets: Vec<u32> = WIDTHS.iter().map(|&w| w.min(width)).collect();
    targets.dedup();
    let alpha = img.color().has_alpha();
    // The fallback is a JPEG, or a PNG for images with transparency (a WebP original has none).
    let (fallback, mime) = match kind {
        Kind::Png if alpha => (ImageFormat::Png, "image/png"),
        Kind::Webp if alpha => (ImageFormat::Png, "image/png"),
        _ => (ImageFormat::Jpeg, "image/jpeg"),
    };
    let fallback_ext = if fallback == ImageFormat::Png {
        "png"
    } else {
        "jpg"
    };
    std::fs::create_dir_all(&cache).map_err(|e| format!("{}: {e}", cache.display()))?;
    let tmp = tempfile::Builder::new()
        .prefix(".tmp-")
        .tempdir_in(&cache)
        .map_err(|e| format!("{}: {e}", cache.display()))?;
    let mut variants = Vec::new();
    // Largest first: each smaller size is resized from the one before (cheaper, as sharp).
    // Eight bits a channel, with alpha only when there is some: what the encoders take.
    let mut source = if alpha {
        DynamicImage::ImageRgba8(img.into_rgba8())
    } else {
        DynamicImage::ImageRgb8(img.into_rgb8())
    };
    let mut resizer = fir::Resizer::new();
    for &w in targets.iter().rev() {
        let h = ((u64::from(height) * u64::from(w) + u64::from(width) / 2) / u64::from(width))
            .max(1) as u32;
        let sized = if w == source.width() {
            source.clone()
        } else {
            resize(&mut resizer, &source, w, h)?
        };
        // Pushed WebP first: the list is reversed below, smallest first and fallback first.
        let name = format!("{w}.webp");
        std::fs::write(tmp.path().join(&name), encode_webp(&sized)?)
            .map_err(|e| format!("cache: {e}"))?;
        variants.push(Variant {
            width: w,
            height: h,
            webp: true,
            file: name,
        });
        let name = format!("{w}.{fallback_ext}");
        let encoded = encode(&sized, fallback)?;
        std::fs::write(tmp.path().join(&name), encoded).map_err(|e| format!("cache: {e}"))?;
        variants.push(Variant {
            width: w,
            height: h,
            webp: false,
            file: name,
        });
        source = sized;
    }
    variants.reverse();
    let made = Made {
        hash,
        width,
        height,
        mime: mime.into(),
        variants,
        dir: dir.clone(),
    };
    let json = serde_json::to_vec(&made).expect("JSON of plain data");
    std::fs::write(tmp.path().join("meta.json"), json).map_err(|e| format!("cache: {e}"))?;
    let tmp = tmp.keep();
    if std::fs::rename(&tmp, &dir).is_err() {
        // Another build made the same entry meanwhile (theirs is as good), or a damaged entry
        // is in the way (a file of it was deleted): that one is replaced.
        if let Some(theirs) = read_entry(&dir) {
            let _ = std::fs::remove_dir_all(&tmp);
            return Ok(theirs);
        }
        let _ = std::fs::remove_dir_all(&dir);
        if std::fs::rename(&tmp, &dir).is_err() {
            let _ = std::fs::remove_dir_all(&tmp);
            return read_entry(&dir)
                .ok_or_else(|| format!("cache: could not write {}", dir.display()));
        }
    }
    Ok(made)
}

/// `img` resized to `w`×`h` with Catmull-Rom: fast_image_resize, about ten times faster than
/// the `image` crate's resize here, whose pixels it matches within 50 dB PSNR
/// (docs/images.md, "Resizing").
fn resize(
    resizer: &mut fir::Resizer,
    img: &DynamicImage,
    w: u32,
    h: u32,
) -> std::result::Result<DynamicImage, String> {
    let options = fir::ResizeOptions::new()
        .resize_alg(fir::ResizeAlg::Convolution(fir::FilterType::CatmullRom));
    let mut out = DynamicImage::new(w, h, img.color());
    resizer
        .resize(img, &mut out, &options)
        .map_err(|e| format!("resizing: {e}"))?;
    Ok(out)
}

/// A complete cache entry, or `None` (missing or damaged entries are made again).
fn read_entry(dir: &Path) -> Option<Made> {
    let text = std::fs::read(dir.join("meta.json")).ok()?;
    let mut made: Made = serde_json::from_slice(&text).ok()?;
    made.dir = dir.to_path_buf();
    made.variants
        .iter()
        .all(|v| dir.join(&v.file).is_file())
        .then_some(made)
}

/// Decodes with limits: the size is read from the header and checked before any pixel is.
fn decode(bytes: &[u8], kind: Kind) -> std::result::Result<DynamicImage, String> {
    check_header(bytes, kind)?;
    reader(bytes, format_of(kind)).decode().map_err(|e| {
        format!(
            "corrupt or truncated {}: {e}",
            kind.extension().to_uppercase()
        )
    })
}

/// A reader of `bytes` with the size limits set.
fn reader(bytes: &[u8], format: ImageFormat) -> ImageReader<Cursor<&[u8]>> {
    let mut r = ImageReader::with_format(Cursor::new(bytes), format);
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(MAX_PIXELS * 4 + 64 * 1024 * 1024);
    r.limits(limits);
    r
}

fn format_of(kind: Kind) -> ImageFormat {
    match kind {
        Kind::Jpeg => ImageFormat::Jpeg,
        Kind::Png => ImageFormat::Png,
        _ => ImageFormat::WebP,
    }
}

/// The size from the header, checked against the limits (a decompression bomb is refused
/// before any pixel is decoded), and for a JPEG that it is not cut off.
fn check_header(bytes: &[u8], kind: Kind) -> std::result::Result<(u32, u32), String> {
    let bomb = |w: String| {
        format!(
            "{w} pixels, over the limit of {MAX_SIDE} a side and {MAX_PIXELS} in all (a decompression bomb?)"
        )
    };
    let (w, h) = reader(bytes, format_of(kind))
        .into_dimensions()
        .map_err(|e| match e {
            image::ImageError::Limits(_) => bomb("more".into()),
            e => format!("unreadable {} header: {e}", kind.extension().to_uppercase()),
        })?;
    if u64::from(w) * u64::from(h) > MAX_PIXELS || w > MAX_SIDE || h > MAX_SIDE {
        return Err(bomb(format!("{w}×{h}")));
    }
    if w == 0 || h == 0 {
        return Err(format!("{w}×{h} pixels"));
    }
    // The JPEG decoder fills a cut-off file with grey rather than fail: look for the end.
    if kind == Kind::Jpeg && !jpeg_is_complete(bytes) {
        return Err("corrupt or truncated JPEG: no end-of-image marker".into());
    }
    Ok((w, h))
}

fn encode(img: &DynamicImage, format: ImageFormat) -> std::result::Result<Vec<u8>, String> {
    let mut out = Vec::new();
    match format {
        ImageFormat::Jpeg => {
            let rgb = img.to_rgb8();
            image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, JPEG_QUALITY)
                .encode_image(&rgb)
                .map_err(|e| format!("JPEG encoding: {e}"))?;
        }
        _ => {
            img.write_to(&mut Cursor::new(&mut out), ImageFormat::Png)
                .map_err(|e| format!("PNG encoding: {e}"))?;
        }
    }
    Ok(out)
}

/// Lossy WebP through libwebp (the `image` crate's own WebP encoder is lossless only).
fn encode_webp(img: &DynamicImage) -> std::result::Result<Vec<u8>, String> {
    let (w, h) = (img.width(), img.height());
    let memory = if img.color().has_alpha() {
        let rgba = img.to_rgba8();
        webp::Encoder::from_rgba(&rgba, w, h).encode(WEBP_QUALITY)
    } else {
        let rgb = img.to_rgb8();
        webp::Encoder::from_rgb(&rgb, w, h).encode(WEBP_QUALITY)
    };
    Ok(memory.to_vec())
}

/// Whether a JPEG ends with its end-of-image marker (ignoring trailing padding).
fn jpeg_is_complete(bytes: &[u8]) -> bool {
    let end = bytes.len() - bytes.iter().rev().take_while(|&&b| b == 0).count();
    let tail = &bytes[end.saturating_sub(1024)..end];
    tail.windows(2).any(|w| w == [0xFF, 0xD9])
}

/// A GIF's logical screen size (bytes 6–9, little-endian).
fn gif_size(b: &[u8]) -> Option<(u32, u32)> {
    let w = u32::from(u16::from_le_bytes([*b.get(6)?, *b.get(7)?]));
    let h = u32::from(u16::from_le_bytes([*b.get(8)?, *b.get(9)?]));
    (w > 0 && h > 0).then_some((w, h))
}

fn looks_like_svg(bytes: &[u8]) -> bool {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(1024)]).to_ascii_lowercase();
    let head = head.trim_start_matches('\u{feff}').trim_start();
    (head.starts_with("<?xml") || head.starts_with("<svg") || head.starts_with("<!doctype svg"))
        && head.contains("<svg")
}

/// Whether an SVG can run code when opened on its own: scripts, event handlers,
/// `javascript:` links or embedded foreign HTML.
fn svg_is_active(bytes: &[u8]) -> bool {
    let text = String::from_utf8_lossy(bytes).to_ascii_lowercase();
    let handler = regex::Regex::new(r"\son[a-z]+\s*=").expect("a valid pattern");
    text.contains("<script")
        || text.contains("javascript:")
        || text.contains("<foreignobject")
        || handler.is_match(&text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn jpeg(w: u32, h: u32) -> Vec<u8> {
        let img = image::RgbImage::from_fn(w, h, |x, y| image::Rgb([x as u8, y as u8, 40]));
        let mut out = Vec::new();
        image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 90)
            .encode_image(&img)
            .unwrap();
        out
    }

    fn site(files: &[(&str, &[u8])]) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        for (rel, bytes) in files {
            let p = dir.path().join("static").join(rel);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, bytes).unwrap();
        }
        dir
    }

    #[test]
    fn widths_are_capped_never_upscaled_and_webp_is_lossy_and_smaller() {
        let big = jpeg(1600, 900);
        let small = jpeg(600, 300);
        let dir = site(&[("a.jpg", &big), ("b.jpg", &small)]);
        let (Processed::Made(m), None) = process(dir.path(), "a.jpg").unwrap() else {
            panic!("renditions")
        };
        let sizes: Vec<(u32, u32, bool)> = m
            .variants
            .iter()
            .map(|v| (v.width, v.height, v.webp))
            .collect();
        assert_eq!(
            sizes,
            [
                (400, 225, false),
                (400, 225, true),
                (800, 450, false),
                (800, 450, true),
                (1200, 675, false),
                (1200, 675, true)
            ]
        );
        assert_eq!(
            (m.width, m.height, m.mime.as_str()),
            (1600, 900, "image/jpeg")
        );
        for v in &m.variants {
            let b = std::fs::read(m.dir.join(&v.file)).unwrap();
            let kind = sniff::kind(&b).unwrap();
            assert_eq!(kind, if v.webp { Kind::Webp } else { Kind::Jpeg });
            let d = image::load_from_memory(&b).unwrap();
            assert_eq!((d.width(), d.height()), (v.width, v.height));
        }
        let (Processed::Made(m), _) = process(dir.path(), "b.jpg").unwrap() else {
            panic!("renditions")
        };
        let widths: Vec<u32> = m.variants.iter().map(|v| v.width).collect();
        assert_eq!(
            widths,
            [400, 400, 600, 600],
            "the original's width is the largest"
        );
    }

    #[test]
    fn transparency_survives_resizing_without_dark_fringes() {
        // Left half fully transparent (black, as editors often store it), right half opaque red.
        let img = image::RgbaImage::from_fn(800, 400, |x, _| {
            if x < 400 {
                image::Rgba([0, 0, 0, 0])
            } else {
                image::Rgba([200, 30, 30, 255])
            }
        });
        let mut png = std::io::Cursor::new(Vec::new());
        img.write_to(&mut png, ImageFormat::Png).unwrap();
        let dir = site(&[("t.png", &png.into_inner())]);
        let (Processed::Made(m), None) = process(dir.path(), "t.png").unwrap() else {
            panic!("renditions")
        };
        assert_eq!(m.mime, "image/png");
        let v = m
            .variants
            .iter()
            .find(|v| v.width == 400 && !v.webp)
            .unwrap();
        let small = image::open(m.dir.join(&v.file)).unwrap().to_rgba8();
        assert_eq!(small.dimensions(), (400, 200));
        assert_eq!(
            small.get_pixel(50, 100)[3],
            0,
            "transparent stays transparent"
        );
        assert_eq!(small.get_pixel(350, 100).0, [200, 30, 30, 255]);
        // Pixels at the edge are partly transparent but still red, not darkened by the
        // transparent black beside them (the resizer weighs colours by their alpha).
        let edge: Vec<_> = (195..205)
            .map(|x| small.get_pixel(x, 100).0)
            .filter(|p| p[3] > 0 && p[3] < 255)
            .collect();
        assert!(!edge.is_empty(), "a soft edge");
        for p in edge {
            assert!(p[0] >= 190, "{p:?}");
        }
    }

    #[test]
    fn the_cache_is_reused_and_rebuilt_when_deleted() {
        let dir = site(&[("a.jpg", &jpeg(900, 500))]);
        let (Processed::Made(first), _) = process(dir.path(), "a.jpg").unwrap() else {
            panic!()
        };
        let file = first.dir.join(&first.variants[0].file);
        let stamp = std::fs::metadata(&file).unwrap().modified().unwrap();
        let (Processed::Made(again), _) = process(dir.path(), "a.jpg").unwrap() else {
            panic!()
        };
        assert_eq!(again, first);
        assert_eq!(std::fs::metadata(&file).unwrap().modified().unwrap(), stamp);
        std::fs::remove_dir_all(dir.path().join(CACHE_DIR)).unwrap();
        let (Processed::Made(remade), _) = process(dir.path(), "a.jpg").unwrap() else {
            panic!()
        };
        assert_eq!(remade, first);
    }

    #[test]
    fn bad_files_are_errors_with_reasons() {
        let good = jpeg(300, 200);
        let truncated = &good[..good.len() / 3];
        // A PNG header claiming 30000×30000 pixels and no pixel data.
        let mut bomb = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
        bomb.extend_from_slice(&30000u32.to_be_bytes());
        bomb.extend_from_slice(&30000u32.to_be_bytes());
        bomb.extend_from_slice(&[8, 2, 0, 0, 0]);
        let crc = crc32fast::hash(&bomb[12..]);
        bomb.extend_from_slice(&crc.to_be_bytes());
        let svg = br#"<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>"#;
        let svg_handler =
            br#"<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>"#;
        let clean_svg = br#"<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>"#;
        let dir = site(&[
            ("t.jpg", truncated),
            ("bomb.png", &bomb),
            ("s.svg", svg),
            ("h.svg", svg_handler),
            ("ok.svg", clean_svg),
            ("text.jpg", b"hello, not an image"),
            ("named.jpg", &{
                let mut out = std::io::Cursor::new(Vec::new());
                image::RgbImage::new(500, 300)
                    .write_to(&mut out, ImageFormat::Png)
                    .unwrap();
                out.into_inner()
            }),
        ]);
        let err = |rel: &str| process(dir.path(), rel).unwrap_err();
        assert!(
            err("t.jpg").contains("corrupt or truncated JPEG"),
            "{}",
            err("t.jpg")
        );
        assert!(
            err("bomb.png").contains("decompression bomb"),
            "{}",
            err("bomb.png")
        );
        assert!(err("s.svg").contains("SVG with script"));
        assert!(err("h.svg").contains("SVG with script"));
        assert_eq!(
            process(dir.path(), "ok.svg").unwrap(),
            (Processed::AsIs(None), None)
        );
        assert!(err("text.jpg").contains("not a JPEG, PNG"));
        assert_eq!(err("missing.jpg"), "no file static/missing.jpg");
        let (Processed::Made(m), Some(w)) = process(dir.path(), "named.jpg").unwrap() else {
            panic!("a PNG named .jpg is used, with a warning")
        };
        assert!(w.contains("is a PNG named .jpg"), "{w}");
        assert_eq!(m.width, 500);
        assert!(
            !dir.path().join(CACHE_DIR).read_dir().unwrap().any(|e| e
                .unwrap()
                .file_name()
                .to_string_lossy()
                .starts_with(".tmp-")),
            "no half-written cache entry is left"
        );
    }
}
