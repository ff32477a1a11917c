//! Each article's lead image as pages show it: where it is served from, its size, and the
//! resized renditions a build made of it (for a local image), turned into the addresses and
//! `srcset` lists that templates, feeds, link previews and the search index use.

use std::collections::HashMap;
use std::path::Path;

use serde::Serialize;

use super::Site;
use super::urls::Urls;
use crate::content::Image;
use crate::error::Located;
use crate::imaging::renditions::{self, Processed};

/// A rendition's output path: a range of one shared text holding every path of its
/// picture (one allocation a picture rather than one a rendition: an edit build of 1,000
/// pictures made 6,000 of them).
#[derive(Clone)]
pub struct RenditionPath {
    text: std::sync::Arc<str>,
    start: u32,
    end: u32,
}

impl RenditionPath {
    /// The paths `ends` (each one's end in `text`, in order) of one text.
    fn split(text: String, ends: &[usize]) -> Vec<RenditionPath> {
        let text: std::sync::Arc<str> = text.into();
        let mut start = 0;
        ends.iter()
            .map(|&end| {
                let p = RenditionPath {
                    text: std::sync::Arc::clone(&text),
                    start: start as u32,
                    end: end as u32,
                };
                start = end;
                p
            })
            .collect()
    }
}

impl std::ops::Deref for RenditionPath {
    type Target = str;
    fn deref(&self) -> &str {
        &self.text[self.start as usize..self.end as usize]
    }
}

impl PartialEq for RenditionPath {
    fn eq(&self, other: &Self) -> bool {
        **self == **other
    }
}

impl Eq for RenditionPath {}

impl std::hash::Hash for RenditionPath {
    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
        (**self).hash(h);
    }
}

impl std::fmt::Debug for RenditionPath {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        (**self).fmt(f)
    }
}

impl From<String> for RenditionPath {
    fn from(path: String) -> RenditionPath {
        let end = path.len();
        RenditionPath::split(path, &[end]).remove(0)
    }
}

/// One resized copy of a local image, written into the output.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Rendition {
    /// The output path, relative to the site root (`_img/a/quay-a0…-800.webp`); shared with
    /// the file written and every article showing the picture.
    pub path: RenditionPath,
    /// Pixels.
    pub width: u32,
    /// Pixels.
    pub height: u32,
}

/// What a build made of a local image: its true size and its renditions, smallest first.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Renditions {
    /// The original's width in pixels.
    pub width: u32,
    /// The original's height in pixels.
    pub height: u32,
    /// Renditions in the original's format (JPEG, PNG or GIF), smallest first.
    pub fallback: Vec<Rendition>,
    /// The `image/…` type of `fallback`.
    pub fallback_type: &'static str,
    /// Lossy WebP renditions, smallest first (none when WebP would not be smaller).
    pub webp: Vec<Rendition>,
    /// A hash of every rendition's path and size, made once per picture; 0 when not made
    /// (the renditions are then hashed one by one).
    pub key: u64,
}

/// Hashed by `key` when there is one: every article's card key hashes its picture's
/// renditions, and six paths fed field by field to a streaming hasher were ~4,000
/// instructions an article (callgrind, one-edit build of 1,000 pictures).
impl std::hash::Hash for Renditions {
    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
        self.width.hash(h);
        self.height.hash(h);
        self.fallback_type.hash(h);
        self.key.hash(h);
        if self.key == 0 {
            self.fallback.hash(h);
            self.webp.hash(h);
        }
    }
}

/// An article's lead image, resolved for the build.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct LeadImage {
    /// The front matter value.
    pub image: Image,
    /// The renditions of a local image, once the build made them.
    pub renditions: Option<Renditions>,
}

/// The width cards and article pages show by default: `src` is the rendition nearest it.
const DEFAULT_WIDTH: u32 = 800;

/// The width link previews ask for (`og:image`, JSON-LD).
const PREVIEW_WIDTH: u32 = 1200;

/// A lead image as templates see it (`card.image`).
#[derive(Debug, Clone, Serialize)]
pub struct ImageView {
    /// Root-relative (local) or absolute (remote) address for `<img src>`.
    pub src: String,
    /// Whether the image is served by another site (shown as it is, sent no referrer).
    pub remote: bool,
    /// Absolute address of `src` (emails and feeds).
    pub src_abs: String,
    /// `width` of `src`, when known.
    pub width: Option<u32>,
    /// `height` of `src`, when known.
    pub height: Option<u32>,
    /// The text alternative; empty marks the image as decoration beside its headline.
    pub alt: String,
    /// Who made the image.
    pub credit: Option<String>,
    /// `srcset` in the fallback format, when there are renditions.
    pub srcset: Option<String>,
    /// The `type` of `srcset` (`image/jpeg`, …).
    pub srcset_type: Option<&'static str>,
    /// `srcset` in WebP, when there are WebP renditions.
    pub webp_srcset: Option<String>,
    /// The link-preview image: absolute address of the rendition nearest 1200 px.
    pub preview: String,
    /// Its width, when known.
    pub preview_width: Option<u32>,
    /// Its height, when known.
    pub preview_height: Option<u32>,
}

impl LeadImage {
    /// The lead image of front matter `image`, before any rendition is made.
    pub fn new(image: &Image) -> LeadImage {
        LeadImage {
            image: image.clone(),
            renditions: None,
        }
    }

    /// For a local image: its path under the site's `static/` folder (and in the output).
    pub fn local_path(&self) -> Option<&str> {
        (!self.image.is_remote()).then(|| self.image.src.trim_start_matches('/'))
    }

    /// The image as templates see it, with addresses made against `urls`.
    pub fn view(&self, urls: &Urls) -> ImageView {
        let img = &self.image;
        let alt = img.alt.clone().unwrap_or_default();
        let credit = img.credit.clone().filter(|c| !c.is_empty());
        let Some(local) = self.local_path() else {
            return ImageView {
                remote: true,
                src: img.src.clone(),
                src_abs: img.src.clone(),
                width: img.width,
                height: img.height,
                alt,
                credit,
                srcset: None,
                srcset_type: None,
                webp_srcset: None,
                preview: img.src.clone(),
                preview_width: img.width,
                preview_height: img.height,
            };
        };
        // Joined by hand rather than with `format!` and `join`: a build renders a view per
        // card shown, and the formatting machinery was most of it (callgrind).
        let joined = |a: &str, b: &str| {
            let mut s = String::with_capacity(a.len() + b.len());
            s.push_str(a);
            s.push_str(b);
            s
        };
        let rel = |p: &str| joined(&urls.base_path, p);
        let abs = |p: &str| joined(&urls.base_url, p);
        let srcset = |list: &[Rendition]| {
            (!list.is_empty()).then(|| {
                let each = urls.base_path.len() + list.first().map_or(0, |r| r.path.len()) + 9;
                let mut s = String::with_capacity(list.len() * each);
                let mut decimal = itoa::Buffer::new();
                for (i, r) in list.iter().enumerate() {
                    if i > 0 {
                        s.push_str(", ");
                    }
                    s.push_str(&urls.base_path);
                    s.push_str(&r.path);
                    s.push(' ');
                    s.push_str(decimal.format(r.width));
                    s.push('w');
                }
                s
            })
        };
        match self.renditions.as_ref().filter(|r| !r.fallback.is_empty()) {
            Some(r) => {
                let src = nearest(&r.fallback, DEFAULT_WIDTH);
                let preview = nearest(&r.fallback, PREVIEW_WIDTH);
                ImageView {
                    remote: false,
                    src: rel(&src.path),
                    src_abs: abs(&src.path),
                    width: Some(src.width),
                    height: Some(src.height),
                    alt,
                    credit,
                    srcset: srcset(&r.fallback),
                    srcset_type: Some(r.fallback_type),
                    webp_srcset: srcset(&r.webp),
                    preview: abs(&preview.path),
                    preview_width: Some(preview.width),
                    preview_height: Some(preview.height),
                }
            }
            None => {
                let (w, h) = match &self.renditions {
                    Some(r) if r.width > 0 => (Some(r.width), Some(r.height)),
                    _ => (img.width, img.height),
                };
                ImageView {
                    remote: false,
                    src: rel(local),
                    src_abs: abs(local),
                    width: w,
                    height: h,
                    alt,
                    credit,
                    srcset: None,
                    srcset_type: None,
                    webp_srcset: None,
                    preview: abs(local),
                    preview_width: w,
                    preview_height: h,
                }
            }
        }
    }
}

/// A picture's renditions in the output and where their bytes are (the image cache): one
/// group of files for the output transaction, its prefix the renditions' common path.
#[derive(Debug, Clone)]
pub struct OutputImage {
    /// The renditions' common path (`_img/<hash's first digit>/<name>-<hash>-`).
    pub prefix: String,
    /// A key that changes with the renditions' bytes (the content hash) and names.
    pub key: u64,
    /// Each rendition's output path (`prefix` and its name) and which of the cache entry's
    /// files it is.
    pub files: Vec<(RenditionPath, usize)>,
    /// The picture whose renditions these are.
    source: std::sync::Arc<Source>,
}

/// The original of a picture's renditions and its cache entry.
#[derive(Debug)]
struct Source {
    /// The original, under `static/`: to make the cache entry again.
    rel: String,
    /// The cache entry's content hash.
    hash: String,
    /// The cache entry (its hash, folder and files), shared with the cache index rather
    /// than copied: a build of 1,000 unchanged pictures would copy 9,000 strings. `None`
    /// when the build took the picture from the last build's record ([`Resolved`]): then
    /// each cached file is named as its rendition's path after the prefix.
    made: Option<std::sync::Arc<renditions::Made>>,
}

impl OutputImage {
    /// The cached file of the `nth` rendition of the site at `root`, to copy.
    pub fn file(&self, nth: usize, root: &Path) -> std::path::PathBuf {
        match &self.source.made {
            Some(made) => made.folder(root).join(&made.variants[nth].file),
            None => {
                let name = self
                    .files
                    .iter()
                    .find(|(_, n)| *n == nth)
                    .map_or("", |(path, _)| &path[self.prefix.len()..]);
                root.join(renditions::CACHE_DIR)
                    .join(&self.source.hash)
                    .join(name)
            }
        }
    }

    /// The rendition's bytes, from the cache; a cached file that is gone (the cache is safe
    /// to delete) is made again from the original of the site at `root`.
    pub fn bytes(&self, nth: usize, root: &Path) -> std::result::Result<Vec<u8>, String> {
        let file = self.file(nth, root);
        if let Ok(bytes) = std::fs::read(&file) {
            return Ok(bytes);
        }
        // The renditions of one picture are copied in parallel: one thread remakes the entry
        // while the others wait for it, rather than replace it under each other.
        static REMAKING: std::sync::Mutex<Vec<(String, std::sync::Arc<std::sync::Mutex<()>>)>> =
            std::sync::Mutex::new(Vec::new());
        let (rel, hash) = (&self.source.rel, &self.source.hash);
        let lock = {
            let mut all = REMAKING.lock().unwrap_or_else(|p| p.into_inner());
            match all.iter().find(|(h, _)| h == hash) {
                Some((_, l)) => l.clone(),
                None => {
                    let l = std::sync::Arc::default();
                    all.push((hash.clone(), std::sync::Arc::clone(&l)));
                    l
                }
            }
        };
        let _one = lock.lock().unwrap_or_else(|p| p.into_inner());
        if let Ok(bytes) = std::fs::read(&file) {
            return Ok(bytes);
        }
        let made = renditions::restore(root, rel, hash)?;
        let name = made.variants.get(nth).map_or("", |v| v.file.as_str());
        std::fs::read(made.folder(root).join(name)).map_err(|e| format!("{}: {e}", file.display()))
    }
}

impl Site {
    /// Makes (or takes from the cache) the renditions of every local lead image of the site
    /// at `root`, in parallel, and returns the files to write. A bad image is one warning
    /// naming the article and the image, and the article is shown without it.
    /// `stamp_of` gives the stamp of a file under `static/` the caller has just listed.
    pub fn make_renditions(
        &mut self,
        root: &Path,
        stamp_of: &(dyn Fn(&str) -> Option<u64> + Sync),
    ) -> Vec<OutputImage> {
        let done = renditions::process_all(root, &self.local_images(), stamp_of);
        self.apply_renditions(done)
    }

    /// [`Site::make_renditions`], also returning what became of each picture in the order
    /// the articles first show them (`None` when one cannot be recorded), and when the
    /// image cache next has entries due for removal (seconds since the epoch).
    pub fn make_renditions_recorded(
        &mut self,
        root: &Path,
        stamp_of: &(dyn Fn(&str) -> Option<u64> + Sync),
    ) -> (Vec<OutputImage>, Option<Vec<Resolved>>, u64) {
        let (done, due) = renditions::process_all_due(root, &self.local_images(), stamp_of);
        let (files, recorded) = self.apply_renditions_recorded(done);
        (files, recorded, due)
    }

    /// What `newsdesk check` does instead of [`Site::make_renditions`]: the same warnings,
    /// and bad images dropped, but nothing made; pages then show the originals (which are
    /// static files), so their links check without any rendition.
    pub fn check_images(&mut self, root: &Path) {
        let done = renditions::inspect_all(root, &self.local_images());
        let files = self.apply_renditions(done);
        debug_assert!(files.is_empty(), "inspection makes no renditions");
    }

    /// Every local lead image's path under `static/`, once each.
    fn local_images(&self) -> Vec<&str> {
        let mut wanted: Vec<&str> = self
            .images
            .iter()
            .flatten()
            .filter_map(LeadImage::local_path)
            .collect();
        wanted.sort_unstable();
        wanted.dedup();
        wanted
    }

    /// Gives each article what became of its image (a warning and no image when it is bad)
    /// and returns the rendition files to write, each once.
    fn apply_renditions(&mut self, done: HashMap<String, renditions::Result>) -> Vec<OutputImage> {
        self.apply_renditions_recorded(done).0
    }

    /// [`Site::apply_renditions`], also returning what became of each picture as the build
    /// cache records it, in the order the articles first show them; `None` when one cannot
    /// be recorded.
    fn apply_renditions_recorded(
        &mut self,
        mut done: HashMap<String, renditions::Result>,
    ) -> (Vec<OutputImage>, Option<Vec<Resolved>>) {
        let mut recorded = Some(Vec::with_capacity(done.len()));
        let files = self.apply_outcomes(|rel| {
            let Some((rel, result)) = done.remove_entry(rel) else {
                recorded = None;
                return None;
            };
            let outcome = match result {
                Err(why) => Outcome::Bad(why),
                Ok((processed, note)) => {
                    let (r, group) = renditions_of(&rel, processed);
                    Outcome::Shown(r, note, group)
                }
            };
            match (Resolved::of(&outcome), &mut recorded) {
                (Some(resolved), Some(all)) => all.push(resolved),
                _ => recorded = None,
            }
            Some(outcome)
        });
        (files, recorded)
    }

    /// Makes the renditions of every local lead image as the last build did, from what it
    /// recorded of each (`resolved`, in the order the articles first show them) while the
    /// articles show the same pictures in the same order and the pictures and the image
    /// cache's index are as they were: nothing is looked up or made again (an edit build
    /// of 1,000 pictures spent a twentieth of its work on them).
    pub fn apply_resolved(&mut self, resolved: Vec<Resolved>) -> Vec<OutputImage> {
        let mut each = resolved.into_iter();
        let files = self.apply_outcomes(|rel| Some(each.next()?.outcome(rel)));
        debug_assert!(each.next().is_none(), "one record a picture");
        files
    }

    /// Every article's local lead image's path under `static/`, in the order of the
    /// articles (a picture shown twice comes twice).
    pub fn local_image_sequence(&self) -> impl Iterator<Item = &str> {
        self.images
            .iter()
            .flatten()
            .filter_map(LeadImage::local_path)
    }

    /// Gives each article what `resolve` says became of its picture (asked once per picture,
    /// by path under `static/`) and returns the rendition files to write, each once.
    fn apply_outcomes(
        &mut self,
        mut resolve: impl FnMut(&str) -> Option<Outcome>,
    ) -> Vec<OutputImage> {
        // Each picture's renditions are made into paths once, however many articles show it:
        // a build of 1,000 unchanged pictures builds 6,000 paths, and nothing per article.
        // With the picture's note (a wrong extension), repeated for each article showing it.
        // By the first article showing it, whose renditions the others copy: most pictures
        // are shown once, and a copy kept here for the others was two lists a picture.
        let mut known: rustc_hash::FxHashMap<String, (usize, Option<String>)> = Default::default();
        // Pictures that cannot be shown, with why: every article showing one is warned.
        let mut bad: rustc_hash::FxHashMap<String, String> = Default::default();
        // Two files of the same bytes and name in different folders share their renditions:
        // found by the paths' common part, once per picture, rather than by sorting the
        // 6,000 paths of 1,000 pictures.
        let mut written: rustc_hash::FxHashSet<String> = Default::default();
        let mut files: Vec<OutputImage> = Vec::new();
        for i in 0..self.images.len() {
            let Some(rel) = self.images[i].as_ref().and_then(LeadImage::local_path) else {
                continue;
            };
            let warn = |message: String| Located {
                path: self.articles[i].path.clone(),
                line: 0,
                column: 0,
                message,
            };
            if let Some((first, note)) = known.get(rel) {
                if let Some(note) = note {
                    self.warnings.push(warn(format!("image `/{rel}`: {note}")));
                }
                let r = self.images[*first]
                    .as_ref()
                    .and_then(|l| l.renditions.clone());
                self.images[i].as_mut().expect("a local image").renditions = r;
                continue;
            }
            let outcome = match bad.get(rel) {
                Some(why) => Outcome::Bad(why.clone()),
                None => match resolve(rel) {
                    Some(outcome) => outcome,
                    None => continue,
                },
            };
            let rel = rel.to_string();
            match outcome {
                Outcome::Bad(why) => {
                    self.warnings.push(warn(format!(
                        "image `{}`: {why}; shown without it",
                        self.images[i].as_ref().map_or("", |l| l.image.src.as_str())
                    )));
                    self.images[i] = None;
                    bad.insert(rel, why);
                }
                Outcome::Shown(r, note, group) => {
                    if let Some(note) = &note {
                        self.warnings.push(warn(format!("image `/{rel}`: {note}")));
                    }
                    if let Some(group) = group
                        && !written.contains(&group.prefix)
                    {
                        written.insert(group.prefix.clone());
                        files.push(group);
                    }
                    self.images[i].as_mut().expect("a local image").renditions = Some(r);
                    known.insert(rel, (i, note));
                }
            }
        }
        files
    }
}

/// What became of one picture, for the articles showing it.
enum Outcome {
    /// Not usable: why.
    Bad(String),
    /// Shown with these renditions and note; its rendition files, when it has any.
    Shown(Renditions, Option<String>, Option<OutputImage>),
}

/// What became of one picture, as the build cache records it for the next build (see
/// [`Site::apply_resolved`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub enum Resolved {
    /// Not usable: why.
    Bad(String),
    /// Shown as it is, with its size (0 when unknown) and note.
    AsIs(u32, u32, Option<String>),
    /// Renditions made.
    Made(Box<ResolvedMade>),
}

/// A picture with renditions, as [`Resolved`] records it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct ResolvedMade {
    note: Option<String>,
    width: u32,
    height: u32,
    png: bool,
    /// [`Renditions::key`].
    key: u64,
    /// [`OutputImage::key`].
    group_key: u64,
    /// The cache entry's content hash.
    hash: String,
    /// The renditions' common path.
    prefix: String,
    /// Each rendition's name after the prefix, comma-separated (also its cached file's
    /// name: a picture whose cached files are named otherwise is not recorded).
    names: String,
    /// Each rendition's width, height and whether it is WebP, in the order of `names`.
    sizes: Vec<(u32, u32, bool)>,
}

impl Resolved {
    /// The record of `outcome`; `None` when it cannot be recorded.
    fn of(outcome: &Outcome) -> Option<Resolved> {
        let (r, note, group) = match outcome {
            Outcome::Bad(why) => return Some(Resolved::Bad(why.clone())),
            Outcome::Shown(r, note, group) => (r, note, group),
        };
        let Some(group) = group else {
            return r
                .fallback
                .is_empty()
                .then(|| Resolved::AsIs(r.width, r.height, note.clone()));
        };
        let made = group.source.made.as_ref()?;
        let mut names = String::with_capacity(group.files.len() * 10);
        let mut sizes = Vec::with_capacity(group.files.len());
        for (nth, (path, n)) in group.files.iter().enumerate() {
            let name = path.get(group.prefix.len()..)?;
            let v = made.variants.get(*n)?;
            if nth != *n || v.file != name || name.contains(',') {
                return None;
            }
            if nth > 0 {
                names.push(',');
            }
            names.push_str(name);
            sizes.push((v.width, v.height, v.webp));
        }
        Some(Resolved::Made(Box::new(ResolvedMade {
            note: note.clone(),
            width: r.width,
            height: r.height,
            png: r.fallback_type == "image/png",
            key: r.key,
            group_key: group.key,
            hash: made.hash.clone(),
            prefix: group.prefix.clone(),
            names,
            sizes,
        })))
    }

    /// What became of the picture `static/<rel>` that this records.
    fn outcome(self, rel: &str) -> Outcome {
        let m = match self {
            Resolved::Bad(why) => return Outcome::Bad(why),
            Resolved::AsIs(width, height, note) => {
                let r = Renditions {
                    width,
                    height,
                    ..Renditions::default()
                };
                return Outcome::Shown(r, note, None);
            }
            Resolved::Made(m) => *m,
        };
        let count = m.sizes.len();
        let mut r = Renditions {
            width: m.width,
            height: m.height,
            fallback_type: if m.png { "image/png" } else { "image/jpeg" },
            fallback: Vec::with_capacity(count / 2 + 1),
            webp: Vec::with_capacity(count / 2 + 1),
            key: m.key,
        };
        let mut text = String::with_capacity((m.prefix.len() + 10) * count);
        let mut ends = Vec::with_capacity(count);
        for name in m.names.split(',').take(count) {
            text.push_str(&m.prefix);
            text.push_str(name);
            ends.push(text.len());
        }
        let paths = RenditionPath::split(text, &ends);
        let mut files = Vec::with_capacity(count);
        for (nth, (path, &(width, height, webp))) in paths.into_iter().zip(&m.sizes).enumerate() {
            files.push((path.clone(), nth));
            let out = Rendition {
                path,
                width,
                height,
            };
            if webp {
                r.webp.push(out);
            } else {
                r.fallback.push(out);
            }
        }
        let group = OutputImage {
            prefix: m.prefix,
            key: m.group_key,
            files,
            source: std::sync::Arc::new(Source {
                rel: rel.to_string(),
                hash: m.hash,
                made: None,
            }),
        };
        Outcome::Shown(r, m.note, Some(group))
    }
}

/// What pages show of the picture `static/<rel>` that became `processed`, and its rendition
/// files when it has any.
fn renditions_of(rel: &str, processed: Processed) -> (Renditions, Option<OutputImage>) {
    let made = match processed {
        Processed::AsIs(size) => {
            let r = Renditions {
                width: size.map_or(0, |s| s.0),
                height: size.map_or(0, |s| s.1),
                ..Renditions::default()
            };
            return (r, None);
        }
        Processed::Made(made) => made,
    };
    let stem = Path::new(rel)
        .file_stem()
        .map(|s| crate::slug::slugify(&s.to_string_lossy()))
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "image".into());
    let count = made.variants.len();
    let key = u64::from_str_radix(&made.hash[..16], 16).unwrap_or(0);
    let mut r = Renditions {
        width: made.width,
        height: made.height,
        fallback_type: if made.mime == "image/png" {
            "image/png"
        } else {
            "image/jpeg"
        },
        fallback: Vec::with_capacity(count / 2 + 1),
        webp: Vec::with_capacity(count / 2 + 1),
        key: 0,
    };
    // Sixteen folders by the hash's first digit: a build with nothing to do vouches for
    // each folder's renditions by its one stamp, and a picture added or changed leaves a
    // sixteenth of them unsettled (checked one by one until a build records the folder
    // again).
    let hash = made.hash.get(..16).unwrap_or(&made.hash);
    let mut prefix = String::with_capacity(RENDITIONS_DIR.len() + stem.len() + hash.len() + 8);
    prefix.push_str(RENDITIONS_DIR);
    prefix.push('/');
    prefix.push_str(hash.get(..1).unwrap_or("0"));
    prefix.push('/');
    prefix.push_str(&stem);
    prefix.push('-');
    prefix.push_str(hash);
    prefix.push('-');
    let mut text = String::with_capacity((prefix.len() + 10) * count);
    let mut ends = Vec::with_capacity(count);
    let mut decimal = itoa::Buffer::new();
    // What the paths are made of, hashed at once below for `Renditions::key`.
    let mut keyed = Vec::with_capacity(prefix.len() + made.variants.len() * 16);
    keyed.extend_from_slice(prefix.as_bytes());
    for v in &made.variants {
        // By bytes: `rsplit_once('.')`'s char searcher was ~150 instructions a name.
        let ext = match v.file.as_bytes().iter().rposition(|&b| b == b'.') {
            Some(dot) => &v.file[dot + 1..],
            None => "",
        };
        keyed.push(0);
        keyed.extend_from_slice(&v.width.to_le_bytes());
        keyed.extend_from_slice(&v.height.to_le_bytes());
        keyed.push(u8::from(v.webp));
        keyed.extend_from_slice(ext.as_bytes());
        // Made without `format!`, into one text shared by all of them: a build of 1,000
        // unchanged pictures makes 6,000 of them.
        text.push_str(&prefix);
        text.push_str(decimal.format(v.width));
        text.push('.');
        text.push_str(ext);
        ends.push(text.len());
    }
    let mut paths = Vec::with_capacity(count);
    for (nth, (path, v)) in RenditionPath::split(text, &ends)
        .into_iter()
        .zip(&made.variants)
        .enumerate()
    {
        paths.push((path.clone(), nth));
        let out = Rendition {
            path,
            width: v.width,
            height: v.height,
        };
        if v.webp {
            r.webp.push(out);
        } else {
            r.fallback.push(out);
        }
    }
    // Never 0, which means "not made".
    r.key = xxhash_rust::xxh3::xxh3_64(&keyed).max(1);
    // The names are in `r.key`, the bytes in the content hash: the group's key changes
    // with either.
    let mut both = [0u8; 16];
    both[..8].copy_from_slice(&key.to_le_bytes());
    both[8..].copy_from_slice(&r.key.to_le_bytes());
    let group = OutputImage {
        prefix,
        key: xxhash_rust::xxh3::xxh3_64(&both),
        files: paths,
        source: std::sync::Arc::new(Source {
            rel: rel.to_string(),
            hash: made.hash.clone(),
            made: Some(made),
        }),
    };
    (r, Some(group))
}

/// The output folder of renditions.
pub const RENDITIONS_DIR: &str = "_img";

/// The rendition whose width is nearest `want` from above, else the largest.
fn nearest(list: &[Rendition], want: u32) -> &Rendition {
    list.iter()
        .find(|r| r.width >= want)
        .unwrap_or_else(|| list.last().expect("a non-empty list"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn urls() -> Urls {
        Urls::new("https://news.example.org/desk/")
    }

    #[test]
    fn remote_images_are_shown_as_they_are() {
        let mut img = Image::url("https://cdn.example.net/a.jpg");
        img.width = Some(1600);
        img.height = Some(900);
        img.credit = Some("Jane Roe".into());
        let v = LeadImage::new(&img).view(&urls());
        assert_eq!(v.src, "https://cdn.example.net/a.jpg");
        assert_eq!(v.preview, "https://cdn.example.net/a.jpg");
        assert_eq!((v.width, v.height), (Some(1600), Some(900)));
        assert_eq!(v.credit.as_deref(), Some("Jane Roe"));
        assert!(v.srcset.is_none() && v.webp_srcset.is_none());
    }

    #[test]
    fn local_images_are_served_under_the_base_path() {
        let v = LeadImage::new(&Image::url("/images/2026/01/quay.jpg")).view(&urls());
        assert_eq!(v.src, "/desk/images/2026/01/quay.jpg");
        assert_eq!(
            v.preview,
            "https://news.example.org/desk/images/2026/01/quay.jpg"
        );
        let v = LeadImage::new(&Image::url("images/q.png")).view(&urls());
        assert_eq!(v.src, "/desk/images/q.png");
    }

    #[test]
    fn renditions_give_srcsets_and_the_nearest_sizes() {
        let r = |w: u32, ext: &str| Rendition {
            path: format!("_img/ab/q-{w}.{ext}").into(),
            width: w,
            height: w * 9 / 16,
        };
        let mut lead = LeadImage::new(&Image::url("/images/q.jpg"));
        lead.renditions = Some(Renditions {
            width: 1600,
            height: 900,
            fallback: vec![r(400, "jpg"), r(800, "jpg"), r(1200, "jpg")],
            fallback_type: "image/jpeg",
            webp: vec![r(400, "webp"), r(800, "webp"), r(1200, "webp")],
            key: 0,
        });
        let v = lead.view(&urls());
        assert_eq!(v.src, "/desk/_img/ab/q-800.jpg");
        assert_eq!((v.width, v.height), (Some(800), Some(450)));
        assert_eq!(
            v.srcset.as_deref(),
            Some(
                "/desk/_img/ab/q-400.jpg 400w, /desk/_img/ab/q-800.jpg 800w, /desk/_img/ab/q-1200.jpg 1200w"
            )
        );
        assert!(v.webp_srcset.unwrap().ends_with("q-1200.webp 1200w"));
        assert_eq!(
            v.preview,
            "https://news.example.org/desk/_img/ab/q-1200.jpg"
        );
        assert_eq!(v.preview_width, Some(1200));
        // A small original has only renditions up to its own width: the largest stands in.
        lead.renditions.as_mut().unwrap().fallback.truncate(1);
        let v = lead.view(&urls());
        assert_eq!(v.src, "/desk/_img/ab/q-400.jpg");
        assert_eq!(v.preview_width, Some(400));
    }

    fn made(hash: &str, widths: &[u32]) -> renditions::Made {
        let variants = widths
            .iter()
            .flat_map(|&w| {
                [false, true].map(|webp| renditions::Variant {
                    width: w,
                    height: w / 2,
                    webp,
                    file: format!("{w}.{}", if webp { "webp" } else { "jpg" }),
                })
            })
            .collect();
        renditions::Made {
            hash: hash.into(),
            width: 1600,
            height: 800,
            mime: "image/jpeg".into(),
            variants,
            dir: Default::default(),
        }
    }

    /// The picture's key stands for its renditions in card keys: it differs whenever a
    /// rendition's path or size does, and hashes as the renditions do not (only the key).
    #[test]
    fn a_pictures_key_changes_with_its_renditions() {
        let key = |rel: &str, hash: &str, widths: &[u32]| {
            let (r, _) = renditions_of(rel, Processed::Made(made(hash, widths).into()));
            assert_ne!(r.key, 0);
            r.key
        };
        let h1 = "0123456789abcdef0123";
        let h2 = "1123456789abcdef0123";
        let base = key("images/quay.jpg", h1, &[400, 800]);
        assert_eq!(base, key("images/quay.jpg", h1, &[400, 800]));
        assert_ne!(base, key("images/pier.jpg", h1, &[400, 800]), "name");
        assert_ne!(base, key("images/quay.jpg", h2, &[400, 800]), "content");
        assert_ne!(base, key("images/quay.jpg", h1, &[400, 1200]), "widths");
        // Beyond the 16 digits the paths use, the hash names the same files.
        assert_eq!(
            base,
            key("images/quay.jpg", "0123456789abcdef9999", &[400, 800])
        );
    }
}
