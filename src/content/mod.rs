//! The content model: articles loaded from `content/**/*.md` (parsed in parallel).

pub mod controls;
pub mod date;
pub mod edit;
pub mod front_bin;
pub mod front_matter;
pub mod image;
pub mod intro;

use rustc_hash::FxHashMap as HashMap;
use std::borrow::Cow;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use chrono_tz::Tz;
use rayon::prelude::*;

pub use date::ArticleDate;
pub use front_matter::FrontMatter;
pub use image::Image;

use crate::error::{Error, Result};
use crate::mapped::Bytes;
use crate::shared_str::SharedStr;
use crate::slug;

/// The content folder's name inside a site root.
pub const CONTENT_DIR: &str = "content";

/// One article, validated.
#[derive(Debug, Clone)]
pub struct Article {
    /// The file, relative to the site root (for messages).
    pub path: PathBuf,
    /// The front matter as written.
    pub front: FrontMatter,
    /// The Markdown body (a slice of the file's text, shared with the build cache's copy).
    pub body: SharedStr,
    /// 1-based file line where the body starts.
    pub body_line: usize,
    /// The URL slug, unique across the site.
    pub slug: String,
    /// The publication date.
    pub date: ArticleDate,
    /// The publication day in the site's time zone.
    pub local_date: NaiveDate,
    /// The publication instant, for ordering.
    pub instant: DateTime<Utc>,
    /// The correction date, if any.
    pub updated: Option<ArticleDate>,
    /// A stable hash of the file's text: pages showing this article re-render only when it changes.
    pub source_hash: u64,
}

/// Every content file under `dir`, with its stamp, as paths relative to `root`; with
/// `settled`, also its [`crate::filestamp`] stamp when it has settled.
fn walk(root: &Path, dir: &Path, settled: bool) -> Result<Vec<(PathBuf, Stamp, Option<u64>)>> {
    let now = std::time::SystemTime::now();
    let mut files = Vec::new();
    // No sorted walk: articles are sorted afterwards, and errors by path. Edition intros
    // are content but not articles.
    let intros = dir.join(intro::INTRO_DIR);
    for entry in walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_entry(|e| e.path() != intros)
    {
        let entry = entry.map_err(|e| {
            let p = e.path().unwrap_or(dir).to_path_buf();
            Error::io(&p, e.into())
        })?;
        let name = entry.file_name().to_string_lossy();
        if entry.file_type().is_file() && is_content_name(&name) {
            let meta = entry.metadata().ok();
            // The walk does not follow links, so this is the file's own stamp.
            let settled = meta
                .as_ref()
                .filter(|_| settled)
                .and_then(|m| crate::filestamp::stamp_at(m, now));
            let stamp = stamp_of(meta);
            let rel = entry
                .path()
                .strip_prefix(root)
                .unwrap_or(entry.path())
                .to_path_buf();
            files.push((rel, stamp, settled));
        }
    }
    Ok(files)
}

fn is_content_name(name: &str) -> bool {
    name.ends_with(".md") && !name.starts_with('.')
}

/// A content file as another walk of the site found it (the CLI build's check of its
/// inputs), so loading need not list and `stat` the content folder a second time.
#[derive(Debug, Clone)]
pub struct Listed {
    /// The path relative to the site root.
    pub rel: PathBuf,
    /// Its modification time and size, as the walk found them.
    pub modified: Option<std::time::SystemTime>,
    /// Its size in bytes.
    pub len: u64,
    /// Its [`crate::filestamp`] stamp, when it had settled.
    pub settled: Option<u64>,
}

/// Whether the plain file (not a link) `rel`, relative to the site root and `/`-separated,
/// is one that [`load`] reads as an article: what a [`Listed`] list must hold.
pub fn is_article_path(rel: &str) -> bool {
    rel.strip_prefix("content/").is_some_and(|r| {
        let mut parts = r.split('/');
        parts.next() != Some(intro::INTRO_DIR) && r.rsplit('/').next().is_some_and(is_content_name)
    })
}

/// What the hinted edits did to the file list, without walking: per hinted path, its new
/// stamp, or `None` when it is gone (a file, or a folder and everything under it). `None`
/// overall when the hint cannot be trusted to describe every change (no previous list, or
/// anything but plain files).
fn changes_from_hint(
    root: &Path,
    hint: &[PathBuf],
    cache: &Cache,
) -> Option<Vec<(PathBuf, Option<Stamp>)>> {
    if cache.files.is_empty() {
        return None;
    }
    let mut changes = Vec::new();
    for rel in hint {
        if rel.components().next().map(|c| c.as_os_str()) != Some(std::ffi::OsStr::new(CONTENT_DIR))
            || intro::is_intro_path(rel)
        {
            continue;
        }
        match std::fs::symlink_metadata(root.join(rel)) {
            Ok(m) if m.is_file() => {
                let name = rel
                    .file_name()
                    .map(|n| n.to_string_lossy())
                    .unwrap_or_default();
                if is_content_name(&name) {
                    changes.push((rel.clone(), Some(stamp_of(Some(m)))));
                }
            }
            Ok(_) => return None,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => changes.push((rel.clone(), None)),
            Err(_) => return None,
        }
    }
    Some(changes)
}

/// The largest content file accepted: far above any real article, low enough that one
/// hostile file cannot exhaust memory (see SECURITY.md).
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

fn read_article(file: &Path, rel: &Path, tz: Tz, fronts: &Fronts) -> Result<Parsed> {
    read_source(file, rel, tz, fronts, false).map(|(p, _)| p)
}

/// [`read_article`], returning with `keep` the file's text as parsed (controls stripped),
/// which the article's body is a slice of.
fn read_source(
    file: &Path,
    rel: &Path,
    tz: Tz,
    fronts: &Fronts,
    keep: bool,
) -> Result<(Parsed, Option<SharedStr>)> {
    let size = std::fs::metadata(file)
        .map_err(|e| Error::io(rel, e))?
        .len();
    if size > MAX_FILE_BYTES {
        return Err(Error::at(
            rel,
            1,
            1,
            format!(
                "file is {} MiB, over the {} MiB limit for a content file: split or trim it",
                size.div_ceil(1024 * 1024),
                MAX_FILE_BYTES / (1024 * 1024)
            ),
        ));
    }
    let bytes = std::fs::read(file).map_err(|e| Error::io(rel, e))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        let valid = e.utf8_error().valid_up_to();
        let bytes = e.as_bytes();
        let line = bytes[..valid].iter().filter(|&&b| b == b'\n').count() + 1;
        Error::at(
            rel,
            line,
            0,
            format!("not UTF-8 (invalid byte at offset {valid}): save the file as UTF-8"),
        )
    })?;
    let text = SharedStr::from(match controls::strip(&text) {
        Cow::Borrowed(_) => text,
        Cow::Owned(t) => t,
    });
    let parsed = parse_stripped(&text, rel, tz, fronts, None)?;
    Ok((parsed, keep.then_some(text)))
}

/// Content files' text as parsed (controls stripped) by path relative to the site root,
/// with the settled [`crate::filestamp`] stamp it was read at and the text's hash
/// ([`Article::source_hash`]): a build cache keeps them between processes, so a file whose
/// stamp is unchanged is neither read nor stripped nor hashed again.
pub type Sources = HashMap<PathBuf, (u64, SharedStr, u64)>;

/// Parsed front matter by a hash of its YAML text, encoded ([`front_bin`], which it
/// round-trips through exactly): parsing YAML costs more than everything else in loading an
/// article, and the same text always parses to the same front matter. A build cache keeps it
/// between processes (each entry a slice of its mapped file); the entries of the last load
/// are exported with [`Cache::fronts`].
pub type Fronts = HashMap<u64, Bytes>;

/// An article parsed, with its front matter's YAML hash and encoding.
struct Parsed {
    article: Article,
    front: Option<(u64, Bytes)>,
}

/// Parses one content file's text. `path` is relative to the site root.
pub fn parse_article(text: &str, path: &Path, tz: Tz) -> Result<Article> {
    parse_with(text, path, tz, &Fronts::default()).map(|p| p.article)
}

/// [`parse_article`], taking the front matter from `fronts` when its YAML is known there.
fn parse_with(text: &str, path: &Path, tz: Tz, fronts: &Fronts) -> Result<Parsed> {
    let text = SharedStr::from(controls::strip(text).into_owned());
    parse_stripped(&text, path, tz, fronts, None)
}

/// [`parse_with`] for a text whose control characters are already stripped; the body is a
/// slice of `text`. `hash` is the text's hash when known (a build cache kept it with the
/// text): hashing every text again was ~40 M instructions a build at 10,000 articles.
fn parse_stripped(
    text: &SharedStr,
    path: &Path,
    tz: Tz,
    fronts: &Fronts,
    hash: Option<u64>,
) -> Result<Parsed> {
    let split = front_matter::split(text, path)?;
    let yaml_hash = xxhash_rust::xxh3::xxh3_64(split.yaml.as_bytes());
    let known = fronts
        .get(&yaml_hash)
        .and_then(|bin| front_bin::decode(bin).map(|f| (f, bin.clone())));
    let (front, bin) = match known {
        Some((front, bin)) => (front, Some(bin)),
        None => {
            let mut front = front_matter::parse(&split, path)?;
            controls::strip_front_matter(&mut front);
            // Kept only if it reads back as the very same front matter.
            let bin = front_bin::encode(&front).map(Bytes::from);
            (front, bin)
        }
    };
    if front.title.trim().is_empty() {
        return Err(Error::at(
            path,
            front_matter::key_line(&split, "title"),
            1,
            "`title` is empty",
        ));
    }
    if let Some(lang) = front.language.as_deref() {
        crate::lang::validate(lang)
            .map_err(|m| Error::at(path, front_matter::key_line(&split, "language"), 1, m))?;
    }
    let date_of = |key: &str, value: &Option<String>| -> Result<Option<ArticleDate>> {
        value
            .as_deref()
            .map(|v| {
                ArticleDate::parse(v, tz)
                    .map_err(|m| Error::at(path, front_matter::key_line(&split, key), 1, m))
            })
            .transpose()
    };
    let date = date_of("date", &front.date)?.ok_or_else(|| {
        Error::at(
            path,
            split.yaml_line,
            1,
            "missing `date` (YYYY-MM-DD or RFC 3339): it places the article in its edition and URL",
        )
    })?;
    let updated = date_of("updated", &front.updated)?;
    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
    let slug = slug::slugify(front.slug.as_deref().unwrap_or(stem));
    // The YAML is whole lines (each ending in `\n`), so its lines are its newlines, counted
    // with memchr rather than `lines()` (~27 M instructions a build at 10,000 articles).
    let yaml = split.yaml.as_bytes();
    let yaml_lines = memchr::memchr_iter(b'\n', yaml).count()
        + usize::from(yaml.last().is_some_and(|&b| b != b'\n'));
    let body_line = split.yaml_line + yaml_lines + 1;
    let article = Article {
        path: path.to_path_buf(),
        slug,
        local_date: date.local_date(tz),
        instant: date.instant(tz),
        date,
        updated,
        body: text.sub(split.body),
        body_line,
        front,
        source_hash: hash.unwrap_or_else(|| xxhash_rust::xxh3::xxh3_64(text.as_bytes())),
    };
    Ok(Parsed {
        article,
        front: bin.map(|b| (yaml_hash, b)),
    })
}

/// Parsed files kept between builds in one process (the preview server), so an edit
/// re-parses only the files that changed.
#[derive(Default)]
pub struct Cache {
    tz: Option<Tz>,
    /// Keyed by the path relative to the site root; failures are kept so they are reported
    /// again until fixed.
    files: HashMap<PathBuf, CachedFile>,
    /// Files the caller knows changed (from a file watcher), relative to the site root.
    hint: Option<Vec<PathBuf>>,
    /// Front matter read back from a build cache, for files not parsed in this process yet.
    fronts: Fronts,
    /// Keep each file's text as parsed, for a build cache ([`Cache::keep_sources`]).
    keep_sources: bool,
    /// Texts read back from a build cache, for files not parsed in this process yet.
    sources: Sources,
}

struct CachedFile {
    modified: Option<std::time::SystemTime>,
    len: u64,
    article: Option<Arc<Article>>,
    /// The front matter's YAML hash and encoding.
    front: Option<(u64, Bytes)>,
    /// The text as parsed, its settled stamp and its hash, when sources are kept and it had
    /// settled.
    source: Option<(u64, SharedStr, u64)>,
}

impl Cache {
    /// Takes front matter kept by a build cache ([`Cache::fronts`] of another process).
    pub fn add_fronts(&mut self, fronts: Fronts) {
        // Taken whole when there are none yet (a CLI build's only call): no rehashing.
        if self.fronts.is_empty() {
            self.fronts = fronts;
        } else {
            self.fronts.extend(fronts);
        }
    }

    /// The front matter of every article of the last load, for a build cache.
    pub fn fronts(&self) -> Fronts {
        let mut fronts = Fronts::with_capacity_and_hasher(self.files.len(), Default::default());
        fronts.extend(self.files.values().filter_map(|c| c.front.clone()));
        fronts
    }

    /// Keeps each file's text as parsed from now on, for a build cache ([`Cache::sources`]).
    pub fn keep_sources(&mut self) {
        self.keep_sources = true;
    }

    /// Takes texts kept by a build cache ([`Cache::sources`] of another process).
    pub fn add_sources(&mut self, sources: Sources) {
        // Taken whole when there are none yet, as for the front matter: a path's hash
        // parses its components, and growing the map hashed each ~2 times more.
        if self.sources.is_empty() {
            self.sources = sources;
        } else {
            self.sources.extend(sources);
        }
    }

    /// Moves out the text of every article of the last load whose stamp had settled, for a
    /// build cache: saved once, they need not stay in memory for the rest of the build.
    pub fn take_sources(&mut self) -> Sources {
        let mut sources = Sources::with_capacity_and_hasher(self.files.len(), Default::default());
        sources.extend(
            self.files
                .iter_mut()
                .filter_map(|(p, c)| Some((p.clone(), c.source.take()?))),
        );
        sources
    }

    /// The text of every article of the last load whose stamp had settled, for a build cache.
    pub fn sources(&self) -> Sources {
        self.files
            .iter()
            .filter_map(|(p, c)| Some((p.clone(), c.source.clone()?)))
            .collect()
    }
}

type Stamp = (Option<std::time::SystemTime>, u64);

impl Cache {
    /// Tells the next load which files changed (paths relative to the site root, or absolute
    /// under it), so it can skip walking the content folder. Only plain file edits are used
    /// this way; anything else (a folder, an unknown path) makes the next load walk as usual.
    pub fn hint(&mut self, root: &Path, changed: &[PathBuf]) {
        let canon = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
        let rel: Option<Vec<PathBuf>> = changed
            .iter()
            .map(|p| {
                p.strip_prefix(&canon)
                    .or_else(|_| p.strip_prefix(root))
                    .ok()
                    .map(Path::to_path_buf)
                    .or_else(|| p.is_relative().then(|| p.clone()))
            })
            .collect();
        self.hint = rel;
    }
}

fn stamp_of(meta: Option<std::fs::Metadata>) -> Stamp {
    (
        meta.as_ref().and_then(|m| m.modified().ok()),
        meta.map_or(0, |m| m.len()),
    )
}

/// Loads every `.md` under `ROOT/content`, in parallel; all file errors are reported together.
/// Drafts are dropped unless `drafts`. The result is sorted newest first (then by slug).
pub fn load(root: &Path, tz: Tz, drafts: bool) -> Result<Vec<Arc<Article>>> {
    load_cached(root, tz, drafts, &mut Cache::default())
}

/// Like [`load`], reusing articles from `cache` whose file is unchanged (same size and time).
pub fn load_cached(
    root: &Path,
    tz: Tz,
    drafts: bool,
    cache: &mut Cache,
) -> Result<Vec<Arc<Article>>> {
    load_listed(root, tz, drafts, cache, None)
}

/// [`load_cached`], taking the content files from `listed` (every file [`is_article_path`]
/// accepts, found just before) instead of walking the content folder, unless a hint names
/// the changes.
pub fn load_listed(
    root: &Path,
    tz: Tz,
    drafts: bool,
    cache: &mut Cache,
    listed: Option<Vec<Listed>>,
) -> Result<Vec<Arc<Article>>> {
    let hint = cache.hint.take();
    if cache.tz != Some(tz) {
        cache.files.clear();
        cache.tz = Some(tz);
    }
    let dir = root.join(CONTENT_DIR);
    if !dir.is_dir() {
        cache.files.clear();
        return Ok(Vec::new());
    }
    let changes = hint
        .as_deref()
        .and_then(|h| changes_from_hint(root, h, cache));
    let results: Vec<Result<Arc<Article>>> = match changes {
        // The watcher named every change: patch the cache in place, parsing the changed
        // files even if size and time look the same, and files that failed last time.
        Some(changes) => {
            for (rel, stamp) in changes {
                match stamp {
                    Some((modified, len)) => {
                        let parsed = read_article(&root.join(&rel), &rel, tz, &cache.fronts);
                        let (article, front) = match parsed {
                            Ok(p) => (Some(Arc::new(p.article)), p.front),
                            Err(_) => (None, None),
                        };
                        let entry = CachedFile {
                            modified,
                            len,
                            article,
                            front,
                            source: None,
                        };
                        cache.files.insert(rel, entry);
                    }
                    None => cache.files.retain(|p, _| !p.starts_with(&rel)),
                }
            }
            cache
                .files
                .par_iter()
                .map(|(rel, c)| match &c.article {
                    Some(a) => Ok(Arc::clone(a)),
                    None => read_article(&root.join(rel), rel, tz, &cache.fronts)
                        .map(|p| Arc::new(p.article)),
                })
                .collect()
        }
        None => {
            let keep = cache.keep_sources;
            let files = match listed {
                Some(listed) => listed
                    .into_iter()
                    .map(|l| (l.rel, (l.modified, l.len), l.settled.filter(|_| keep)))
                    .collect(),
                None => walk(root, &dir, keep)?,
            };
            let cached = &cache.files;
            let (fronts, sources) = (&cache.fronts, &cache.sources);
            type Source = Option<(u64, SharedStr, u64)>;
            type Loaded = (Result<Arc<Article>>, Option<(u64, Bytes)>, Source);
            // A text kept is the very buffer the article's body is a slice of: no copy (a
            // copy kept apart once cost a cold build at 10,000 articles ~50 MiB more).
            let results: Vec<(PathBuf, Stamp, Loaded)> = files
                .into_par_iter()
                .map(|(rel, stamp, settled)| {
                    if let Some(c) = cached.get(&rel).filter(|c| (c.modified, c.len) == stamp)
                        && let Some(a) = &c.article
                    {
                        let source = c.source.clone().filter(|(s, ..)| settled == Some(*s));
                        return (rel, stamp, (Ok(Arc::clone(a)), c.front.clone(), source));
                    }
                    // A text kept by a build cache at this very stamp is the file's text.
                    if let Some(now) = settled
                        && let Some((then, text, hash)) = sources.get(&rel)
                        && *then == now
                        && let Ok(p) = parse_stripped(text, &rel, tz, fronts, Some(*hash))
                    {
                        let source = Some((now, text.clone(), *hash));
                        return (rel, stamp, (Ok(Arc::new(p.article)), p.front, source));
                    }
                    let loaded = match read_source(&root.join(&rel), &rel, tz, fronts, keep) {
                        Ok((p, text)) => {
                            let hash = p.article.source_hash;
                            let source = settled.zip(text).map(|(s, t)| (s, t, hash));
                            (Ok(Arc::new(p.article)), p.front, source)
                        }
                        Err(e) => (Err(e), None, None),
                    };
                    (rel, stamp, loaded)
                })
                .collect();
            let mut fresh = HashMap::with_capacity_and_hasher(results.len(), Default::default());
            let results = results
                .into_iter()
                .map(|(rel, (modified, len), (r, front, source))| {
                    let article = r.as_ref().ok().map(Arc::clone);
                    fresh.insert(
                        rel,
                        CachedFile {
                            modified,
                            len,
                            article,
                            front,
                            source,
                        },
                    );
                    r
                })
                .collect();
            cache.files = fresh;
            // What a cache brought is in the files' entries now (if still current).
            cache.fronts = Fronts::default();
            cache.sources = Sources::default();
            results
        }
    };
    let mut articles = Vec::with_capacity(results.len());
    let mut errors = Vec::new();
    for r in results {
        match r {
            Ok(a) if a.front.draft && !drafts => {}
            Ok(a) => articles.push(a),
            Err(e) => errors.push(e),
        }
    }
    // Slugs need only be unique per month: the URL is /articles/YYYY/MM/<slug>/.
    let mut seen: HashMap<(NaiveDate, &str), &Path> = HashMap::default();
    for a in &articles {
        let month = a.local_date.with_day(1).unwrap_or(a.local_date);
        if let Some(first) = seen.insert((month, &a.slug), &a.path) {
            errors.push(Error::at(
                &a.path,
                0,
                0,
                format!(
                    "duplicate slug `{}` in {}: {} has the same URL (set a different `slug:` in one of them)",
                    a.slug,
                    a.local_date.format("%Y/%m"),
                    first.display()
                ),
            ));
        }
    }
    if !errors.is_empty() {
        errors.sort_by_key(|e| e.to_string());
        return Err(Error::many(errors));
    }
    articles.sort_by(|a, b| {
        b.instant
            .cmp(&a.instant)
            .then_with(|| a.slug.cmp(&b.slug))
            .then_with(|| a.path.cmp(&b.path))
    });
    Ok(articles)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "---\ntitle: \"A\u{7}lpha\"\ndate: 2024-07-01T10:00:00+02:00\npeople: [Ann Lee]\ntags: [x, y]\npin: 2\nimage:\n  src: /a.jpg\n  alt: An image\nextra:\n  n: 1.5\n  list: [1, \"two\", null, {k: true}]\n---\n\nBody.\n";

    #[test]
    fn front_matter_from_the_memo_is_what_parsing_gives() {
        let path = Path::new("content/a.md");
        let parsed = parse_with(TEXT, path, chrono_tz::UTC, &Fronts::default()).unwrap();
        let (hash, bin) = parsed.front.clone().expect("kept for the memo");
        let fronts: Fronts = [(hash, bin)].into_iter().collect();
        let again = parse_with(TEXT, path, chrono_tz::UTC, &fronts).unwrap();
        assert_eq!(again.article.front, parsed.article.front);
        assert_eq!(
            again.article.front.title, "Alpha",
            "control characters stripped"
        );
        assert_eq!(again.article.body, parsed.article.body);
        assert_eq!(again.article.source_hash, parsed.article.source_hash);
        assert_eq!(again.article.instant, parsed.article.instant);
        // The memo is used (by the YAML's hash): another title there shows through.
        let memo = FrontMatter {
            title: "From the memo".into(),
            date: Some("2024-07-01".into()),
            ..FrontMatter::default()
        };
        let other: Fronts = [(hash, Bytes::from(front_bin::encode(&memo).unwrap()))]
            .into_iter()
            .collect();
        let from_memo = parse_with(TEXT, path, chrono_tz::UTC, &other).unwrap();
        assert_eq!(from_memo.article.front.title, "From the memo");
        // An entry that does not read back is not used: the YAML is parsed instead.
        let broken: Fronts = [(hash, Bytes::from(b"{not json".to_vec()))]
            .into_iter()
            .collect();
        let parsed_again = parse_with(TEXT, path, chrono_tz::UTC, &broken).unwrap();
        assert_eq!(parsed_again.article.front, parsed.article.front);
    }

    #[test]
    fn the_body_starts_after_the_closing_line_whatever_the_line_ends() {
        let path = Path::new("content/a.md");
        for (text, line, body) in [
            (
                "---\ntitle: A\ndate: 2024-07-01\n---\nBody.\n",
                5,
                "Body.\n",
            ),
            (
                "---\r\ntitle: A\r\ndate: 2024-07-01\r\n---\r\n\r\nBody.",
                5,
                "\r\nBody.",
            ),
            (
                "\u{feff}---\ntitle: A\n\ndate: 2024-07-01\n...\nBody.",
                6,
                "Body.",
            ),
            ("---\ntitle: A\ndate: 2024-07-01\n---", 5, ""),
        ] {
            let a = parse_article(text, path, chrono_tz::UTC).unwrap();
            assert_eq!((a.body_line, &*a.body), (line, body), "{text:?}");
        }
        let open = "---\ntitle: A\ndate: 2024-07-01\n--- \n";
        assert!(
            parse_article(open, path, chrono_tz::UTC).is_err(),
            "not closed"
        );
    }

    #[test]
    fn article_paths_are_the_content_files_the_walk_takes() {
        for rel in [
            "content/a.md",
            "content/2024/07/b.md",
            "content/.drafts/c.md",
        ] {
            assert!(is_article_path(rel), "{rel}");
        }
        for rel in [
            "content/.a.md",
            "content/a.txt",
            "content/editions/2024-07-01.md",
            "notes/a.md",
            "contents/a.md",
            "content/sub/.b.md",
        ] {
            assert!(!is_article_path(rel), "{rel}");
        }
        assert!(
            is_article_path("content/editions.md"),
            "a file, not the intros' folder"
        );
    }

    /// A site with two articles, written long enough ago for their stamps to be trusted.
    fn settled_site() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        let content = dir.path().join(CONTENT_DIR);
        std::fs::create_dir_all(&content).unwrap();
        let past = std::time::SystemTime::now() - std::time::Duration::from_secs(60);
        for (name, title) in [("a.md", "On disk A"), ("b.md", "On disk B")] {
            let file = content.join(name);
            std::fs::write(
                &file,
                format!("---\ntitle: {title}\ndate: 2024-07-01\n---\n\nBody.\n"),
            )
            .unwrap();
            let f = std::fs::File::options().write(true).open(&file).unwrap();
            f.set_modified(past).unwrap();
        }
        dir
    }

    #[test]
    fn kept_texts_are_used_at_their_stamp_and_only_there() {
        let site = settled_site();
        let root = site.path();
        let mut first = Cache::default();
        first.keep_sources();
        load_cached(root, chrono_tz::UTC, false, &mut first).unwrap();
        let mut kept = first.sources();
        assert_eq!(kept.len(), 2, "both settled texts are kept");
        let a = Path::new("content/a.md");
        assert!(kept[a].1.contains("On disk A"));
        let hash = |t: &str| xxhash_rust::xxh3::xxh3_64(t.as_bytes());
        assert_eq!(
            kept[a].2,
            hash(&kept[a].1),
            "the text's hash is kept with it"
        );
        // Another process, given a text for a.md at a.md's stamp, uses it without reading.
        let stamp = kept[a].0;
        let other = "---\ntitle: From the cache\ndate: 2024-07-01\n---\n\nBody.\n";
        kept.insert(
            a.to_path_buf(),
            (stamp, SharedStr::from(other), hash(other)),
        );
        let b = Path::new("content/b.md");
        kept.insert(
            b.to_path_buf(),
            (kept[b].0 ^ 1, SharedStr::from(other), hash(other)),
        );
        let mut second = Cache::default();
        second.keep_sources();
        second.add_sources(kept);
        let titles = |articles: Vec<Arc<Article>>| {
            let mut t: Vec<String> = articles.iter().map(|a| a.front.title.clone()).collect();
            t.sort();
            t
        };
        let loaded = load_cached(root, chrono_tz::UTC, false, &mut second).unwrap();
        let from_cache = loaded.iter().find(|x| x.path == a).unwrap().source_hash;
        assert_eq!(from_cache, hash(other), "the kept hash is the article's");
        assert_eq!(
            titles(loaded),
            ["From the cache", "On disk B"],
            "a text is used at its stamp, and not at another"
        );
        // Without keeping sources nothing is kept, and the files are read.
        let mut plain = Cache::default();
        let loaded = load_cached(root, chrono_tz::UTC, false, &mut plain).unwrap();
        assert_eq!(titles(loaded), ["On disk A", "On disk B"]);
        assert!(plain.sources().is_empty());
    }

    #[test]
    fn texts_of_files_too_recent_to_trust_are_not_kept() {
        let site = settled_site();
        std::fs::write(
            site.path().join("content/c.md"),
            "---\ntitle: Fresh\ndate: 2024-07-02\n---\n\nNew.\n",
        )
        .unwrap();
        let mut cache = Cache::default();
        cache.keep_sources();
        load_cached(site.path(), chrono_tz::UTC, false, &mut cache).unwrap();
        let kept = cache.sources();
        assert_eq!(kept.len(), 2);
        assert!(!kept.contains_key(Path::new("content/c.md")));
    }
}
