//! `newsdesk ingest`: turns scraped text, HTML pages and feeds into clean content files.
//!
//! Each input is read ([`detect`]), parsed by its reader ([`text`], [`html`], [`feed`]),
//! cleaned of boilerplate ([`clean`]), given its language ([`language`]) and written without
//! clobbering anything ([`write`]).
//! A bad input is reported and the rest of the batch goes on. Ingest writes no `people`,
//! `places` or `summary`: the build derives what an article lacks on every build, so a
//! better detector or a registry edit reaches every article, and those keys in a file are
//! always the curator's (which win over detection).

pub mod anchor;
pub mod atomic;
pub mod claim;
pub mod clean;
pub mod density;
pub mod detect;
pub mod discard;
pub mod feed;
pub mod fetch;
pub mod furniture;
pub mod heading_names;
pub mod headline;
pub mod held_back;
pub mod html;
pub mod index;
pub mod interrupt;
pub mod key_points;
pub mod labels;
pub mod language;
pub mod layout_table;
pub mod lead_caption;
pub mod lead_image;
pub mod links;
pub mod local_image;
pub mod meta_row;
pub mod page_data;
pub mod published;
pub mod review_box;
pub mod signoff;
pub mod standfirst;
pub mod teasers;
pub mod text;
pub mod write;

use std::io::{IsTerminal, Read};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use chrono::NaiveDate;
use chrono_tz::Tz;

pub use detect::Format;

use crate::config::{Config, ImageMode};
use crate::content::{ArticleDate, CONTENT_DIR, FrontMatter, front_matter};
use crate::error::{Error, Result};
use clean::Cleaner;
use index::{BodyKeys, Index};

/// The path that means standard input.
pub const STDIN: &str = "-";

/// Batches at least this long get a progress bar (on a terminal only).
const PROGRESS_MIN: usize = 20;

/// What to ingest and how.
#[derive(Debug, Clone)]
pub struct Options {
    /// The site root (holding `site.yaml`).
    pub root: PathBuf,
    /// Files, folders (walked recursively) and `-` for standard input.
    pub paths: Vec<PathBuf>,
    /// Pages or feeds to fetch over HTTP(S).
    pub urls: Vec<String>,
    /// The input format, or `Auto` to sniff each input.
    pub format: Format,
    /// The publication to credit (overrides what the input says).
    pub source: Option<String>,
    /// The date for inputs whose metadata has none.
    pub date: Option<NaiveDate>,
    /// Report what would be written, write nothing.
    pub dry_run: bool,
    /// Re-ingest inputs already present, replacing their files.
    pub force: bool,
    /// Mark new articles `draft: true`.
    pub draft: bool,
    /// The HTTP timeout for `urls` (and image downloads).
    pub timeout: Duration,
    /// Keep or download lead images; `None` follows `site.yaml` (`ingest: {images: …}`).
    pub images: Option<ImageMode>,
    /// When set (e.g. by [`interrupt::flag`] on Ctrl-C), the run stops before the next
    /// article: everything written so far is complete, and a rerun finishes the rest.
    pub stop: Option<Arc<AtomicBool>>,
}

impl Options {
    /// Options for `root` with everything else at its default.
    pub fn new(root: impl Into<PathBuf>) -> Options {
        Options {
            root: root.into(),
            paths: Vec::new(),
            urls: Vec::new(),
            format: Format::Auto,
            source: None,
            date: None,
            dry_run: false,
            force: false,
            draft: false,
            timeout: Duration::from_secs(30),
            images: None,
            stop: None,
        }
    }
}

/// One article a reader produced, cleaned, before it becomes a file.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Draft {
    /// The headline.
    pub title: String,
    /// The cleaned Markdown body.
    pub body: String,
    /// The publication date the input gave, as written (validated when placed).
    pub date: Option<String>,
    /// Bylines.
    pub authors: Vec<String>,
    /// The publication.
    pub source: Option<String>,
    /// The canonical address.
    pub source_url: Option<String>,
    /// Only a summary was available (feeds).
    pub partial: bool,
    /// The input's fingerprint (set by the reader for feed entries, else from the whole input).
    pub fingerprint: String,
    /// The language the input declares (`<html lang>`, a feed's `language`), a hint that
    /// detection from the text overrides when it is sure.
    pub language: Option<String>,
    /// The lead image ([`lead_image`]), its address absolute.
    pub image: Option<crate::content::Image>,
}

/// What happened to one article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Written (or, with `--dry-run`, would be).
    Ingested {
        /// The file, relative to the site root.
        path: PathBuf,
        /// The article it repeats, when it is a near-duplicate.
        duplicate_of: Option<String>,
        /// No date was found: today's was used.
        date_inferred: bool,
        /// An existing file was replaced (`--force`).
        replaced: bool,
    },
    /// Already present: nothing written.
    Skipped {
        /// The file it is already in.
        existing: PathBuf,
        /// How it was recognised.
        reason: &'static str,
    },
    /// The curator discarded it before (see [`discard`]): nothing written.
    Discarded,
}

/// A progress report for the caller to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    /// An article from `input` was handled.
    Done {
        /// The input as named on the command line (or `<stdin>`, or the URL).
        input: String,
        /// The article's title.
        title: String,
        /// What happened.
        outcome: Outcome,
    },
    /// `input` could not be ingested.
    Failed {
        /// The input's name.
        input: String,
        /// Why, in one line.
        error: String,
    },
    /// Something the curator should know (e.g. a guessed date).
    Warning {
        /// The input's name.
        input: String,
        /// The warning.
        message: String,
    },
}

/// Counts for the final summary line.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Report {
    /// Articles written.
    pub ingested: usize,
    /// Articles already present.
    pub skipped: usize,
    /// Inputs that failed.
    pub failed: usize,
    /// The run was stopped (see [`Options::stop`]) before every input was handled.
    pub interrupted: bool,
    /// Inputs handled completely.
    pub inputs_done: usize,
    /// Inputs named (files found in folders, URLs, standard input).
    pub inputs_total: usize,
}

impl Report {
    /// `ingested N, skipped N, failed N`, saying where an interrupted run stopped.
    pub fn summary(&self) -> String {
        let counts = format!(
            "ingested {}, skipped {}, failed {}",
            self.ingested, self.skipped, self.failed
        );
        if self.interrupted {
            format!(
                "interrupted after {} of {} inputs: {counts}; every file written is complete. \
                 Run the same command again to finish: what is already written is skipped",
                self.inputs_done, self.inputs_total
            )
        } else {
            counts
        }
    }
}

/// One input to read.
#[derive(Debug, Clone)]
enum Input {
    File(PathBuf),
    Stdin,
    Url(String),
}

impl Input {
    fn name(&self) -> String {
        match self {
            Input::File(p) => p.display().to_string(),
            Input::Stdin => "<stdin>".into(),
            Input::Url(u) => u.clone(),
        }
    }
}

/// A session's shared state: configuration, rules and what the site already holds.
struct Session<'a> {
    opts: &'a Options,
    tz: Tz,
    cleaner: Cleaner,
    draft: bool,
    /// What to do with lead images.
    images: ImageMode,
    index: Index,
    /// What the curator discarded: never ingested again without `--force`.
    discards: discard::Discards,
    /// Tags added to every article written (a fetch source's `tags`).
    tags: Vec<String>,
    today: NaiveDate,
    /// Folders to flush before the run ends.
    pending: write::PendingDirs,
}

/// Ingests every input of `opts`, reporting each article through `on_event`.
/// Fails only when the site itself cannot be used (no `site.yaml`, bad patterns).
pub fn run(opts: &Options, on_event: &mut dyn FnMut(&Event)) -> Result<Report> {
    let config = Config::load(&opts.root)?;
    let tz = config.tz();
    let mut session = Session {
        opts,
        tz,
        cleaner: Cleaner::new(&config.ingest.boilerplate).map_err(Error::Msg)?,
        draft: opts.draft || config.ingest.draft,
        images: opts.images.unwrap_or(config.ingest.images),
        index: Index::scan(&opts.root, tz, !opts.dry_run)?,
        discards: discard::Discards::load(&opts.root)?,
        tags: Vec::new(),
        today: chrono::Utc::now().with_timezone(&tz).date_naive(),
        pending: write::PendingDirs::default(),
    };
    let (inputs, missing) = expand(&opts.paths, &opts.urls);
    let mut report = Report {
        inputs_total: inputs.len() + missing.len(),
        inputs_done: missing.len(),
        ..Report::default()
    };
    let bar = progress_bar(inputs.len());
    let mut counts = Report::default();
    let mut emit = |e: Event| {
        match &e {
            Event::Done {
                outcome: Outcome::Ingested { .. },
                ..
            } => counts.ingested += 1,
            Event::Done {
                outcome: Outcome::Skipped { .. } | Outcome::Discarded,
                ..
            } => counts.skipped += 1,
            Event::Failed { .. } => counts.failed += 1,
            Event::Warning { .. } => {}
        }
        bar.suspend(|| on_event(&e));
    };
    for (input, error) in missing {
        emit(Event::Failed { input, error });
    }
    for input in &inputs {
        if session.stopped() {
            report.interrupted = true;
            break;
        }
        let name = input.name();
        match session.ingest(input, &mut emit) {
            Ok(Flow::Finished) => report.inputs_done += 1,
            Ok(Flow::Stopped) => {
                report.interrupted = true;
                break;
            }
            Err(error) => {
                emit(Event::Failed { input: name, error });
                report.inputs_done += 1;
            }
        }
        bar.inc(1);
    }
    bar.finish_and_clear();
    // Also after an interruption: what was written, and said to be, must last.
    session.pending.sync()?;
    Ok(Report {
        ingested: counts.ingested,
        skipped: counts.skipped,
        failed: counts.failed,
        ..report
    })
}

/// What a caller that reads its own inputs (such as `newsdesk fetch`) adds to each article.
#[derive(Debug, Clone, Default)]
pub struct Extra {
    /// Tags for the article's `tags:`.
    pub tags: Vec<String>,
    /// `draft:` for this article, overriding the options and `site.yaml`.
    pub draft: Option<bool>,
}

/// Ingest's writer for callers that read their own inputs: the same no-clobber,
/// near-duplicate, discard and front matter rules as `newsdesk ingest`.
pub struct Writer<'a> {
    session: Session<'a>,
    default_draft: bool,
}

impl<'a> Writer<'a> {
    /// Opens the site at `opts.root` for writing (`opts.paths` and `opts.urls` are ignored).
    pub fn open(opts: &'a Options) -> Result<Writer<'a>> {
        let config = Config::load(&opts.root)?;
        let tz = config.tz();
        let draft = opts.draft || config.ingest.draft;
        Ok(Writer {
            session: Session {
                opts,
                tz,
                cleaner: Cleaner::new(&config.ingest.boilerplate).map_err(Error::Msg)?,
                draft,
                images: opts.images.unwrap_or(config.ingest.images),
                index: Index::scan(&opts.root, tz, !opts.dry_run)?,
                discards: discard::Discards::load(&opts.root)?,
                tags: Vec::new(),
                today: chrono::Utc::now().with_timezone(&tz).date_naive(),
                pending: write::PendingDirs::default(),
            },
            default_draft: draft,
        })
    }

    /// The site's cleaning rules (`ingest.boilerplate` of `site.yaml` included).
    pub fn cleaner(&self) -> &Cleaner {
        &self.session.cleaner
    }

    /// The site's time zone.
    pub fn tz(&self) -> Tz {
        self.session.tz
    }

    /// Does the site hold an article with this fingerprint or canonical URL?
    pub fn knows(&self, fingerprint: &str, source_url: Option<&str>) -> bool {
        self.session.index.knows(fingerprint, source_url)
    }

    /// Writes one article (or says why not), reporting warnings through `on_warning`.
    pub fn place(
        &mut self,
        d: Draft,
        extra: &Extra,
        name: &str,
        on_warning: &mut dyn FnMut(&str),
    ) -> Result<Outcome> {
        self.session.draft = extra.draft.unwrap_or(self.default_draft);
        self.session.tags.clone_from(&extra.tags);
        let mut emit = |e: Event| {
            if let Event::Warning { message, .. } = &e {
                on_warning(message);
            }
        };
        self.session.place(d, name, &mut emit)
    }

    /// Makes everything written durable (flushes the folders written to).
    pub fn finish(mut self) -> Result<()> {
        self.session.pending.sync()
    }
}

/// Whether an input was read to its end.
enum Flow {
    Finished,
    Stopped,
}

fn progress_bar(len: usize) -> indicatif::ProgressBar {
    if len < PROGRESS_MIN || !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(len as u64);
    if let Ok(style) =
        indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} inputs ({eta} left)")
    {
        bar.set_style(style);
    }
    bar
}

/// The largest local input read (a file or standard input; `--url` has its own limit). Memory
/// grows with the input: about ten times its size, or 1.3 KB per feed entry if more.
pub const MAX_INPUT_BYTES: u64 = 64 * 1024 * 1024;

/// Reads all of `r`, refusing inputs over [`MAX_INPUT_BYTES`] without reading them whole.
fn read_limited(r: impl Read) -> std::io::Result<Vec<u8>> {
    let mut buf = Vec::new();
    r.take(MAX_INPUT_BYTES + 1).read_to_end(&mut buf)?;
    if buf.len() as u64 > MAX_INPUT_BYTES {
        return Err(std::io::Error::other(format!(
            "input is over the {} MiB limit: split it into smaller files",
            MAX_INPUT_BYTES >> 20
        )));
    }
    Ok(buf)
}

/// Expands folders into their files (sorted, hidden ones skipped); names paths that do not exist.
fn expand(paths: &[PathBuf], urls: &[String]) -> (Vec<Input>, Vec<(String, String)>) {
    let mut inputs = Vec::new();
    let mut missing = Vec::new();
    for p in paths {
        if p.as_os_str() == STDIN {
            inputs.push(Input::Stdin);
        } else if p.is_dir() {
            for entry in walkdir::WalkDir::new(p)
                .sort_by_file_name()
                .into_iter()
                .filter_entry(|e| {
                    e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.')
                })
            {
                match entry {
                    Ok(e) if e.file_type().is_file() => inputs.push(Input::File(e.into_path())),
                    Ok(_) => {}
                    Err(e) => {
                        missing.push((e.path().unwrap_or(p).display().to_string(), e.to_string()))
                    }
                }
            }
        } else if p.exists() {
            inputs.push(Input::File(p.clone()));
        } else {
            missing.push((p.display().to_string(), "no such file or folder".into()));
        }
    }
    inputs.extend(urls.iter().cloned().map(Input::Url));
    (inputs, missing)
}

impl Session<'_> {
    fn stopped(&self) -> bool {
        self.opts
            .stop
            .as_ref()
            .is_some_and(|s| s.load(Ordering::Relaxed))
    }

    /// Reads, parses and places one input, reporting each article as it is written; an `Err`
    /// is that input's one-line failure (articles already reported stay written).
    fn ingest(
        &mut self,
        input: &Input,
        emit: &mut dyn FnMut(Event),
    ) -> std::result::Result<Flow, String> {
        let name = input.name();
        let (bytes, content_type, url) = match input {
            Input::File(p) => {
                let file = std::fs::File::open(p).map_err(|e| e.to_string())?;
                (read_limited(file).map_err(|e| e.to_string())?, None, None)
            }
            Input::Stdin => {
                let buf = read_limited(std::io::stdin())
                    .map_err(|e| format!("cannot read standard input: {e}"))?;
                (buf, None, None)
            }
            Input::Url(u) => {
                let got = fetch::get(u, self.opts.timeout)?;
                (got.bytes, got.content_type, Some(got.url))
            }
        };
        let text = detect::decode(&bytes)?;
        // A large input is held once, as text, from here on.
        drop(bytes);
        let format = match self.opts.format {
            Format::Auto => match content_type.as_deref().map(str::to_ascii_lowercase) {
                Some(ct) if ct.contains("html") => Format::Html,
                Some(ct) if ct.contains("rss") || ct.contains("atom") => Format::Feed,
                _ => detect::sniff(&text, &name),
            },
            f => f,
        };
        let fp = write::fingerprint(&text);
        let drafts = match format {
            Format::Feed => feed::read(&text, &self.cleaner)?,
            Format::Html => {
                let mut d = html::read(&text, url.as_deref(), &self.cleaner)?;
                d.fingerprint = fp;
                vec![d]
            }
            Format::Text | Format::Auto => {
                let s = text::read(&text, &self.cleaner)?;
                vec![Draft {
                    title: s.title,
                    body: s.paragraphs.join("\n\n"),
                    source_url: url,
                    fingerprint: fp,
                    ..Draft::default()
                }]
            }
        };
        for d in drafts {
            if self.stopped() {
                return Ok(Flow::Stopped);
            }
            let title = d.title.clone();
            let outcome = self.place(d, &name, emit).map_err(|e| e.to_string())?;
            emit(Event::Done {
                input: name.clone(),
                title,
                outcome,
            });
        }
        Ok(Flow::Finished)
    }

    /// Decides the date, recognises what is already present, and writes the file.
    fn place(&mut self, d: Draft, name: &str, emit: &mut dyn FnMut(Event)) -> Result<Outcome> {
        let meta_date = d.date.as_deref().and_then(|s| normalise_date(s, self.tz));
        let (date, day, inferred) = match (meta_date, self.opts.date) {
            (Some((s, day)), _) => (s, day, false),
            (None, Some(day)) => (day.to_string(), day, false),
            (None, None) => (self.today.to_string(), self.today, true),
        };
        if !self.opts.force
            && self
                .discards
                .contains(Some(&d.fingerprint), d.source_url.as_deref(), None)
        {
            return Ok(Outcome::Discarded);
        }
        let keys = BodyKeys::new(&d.body);
        let existing = self
            .index
            .find_same(
                &d.fingerprint,
                d.source_url.as_deref(),
                &d.title,
                Some(day),
                &keys,
            )
            .map(|(k, m)| (k.path.clone(), m));
        if let Some((path, m)) = &existing
            && !self.opts.force
        {
            return Ok(Outcome::Skipped {
                existing: path.clone(),
                reason: m.reason(),
            });
        }
        if inferred {
            emit(Event::Warning {
                input: name.to_string(),
                message: format!(
                    "no date in the input and no --date: using today ({day}) and marking it `date_inferred: true`"
                ),
            });
        }
        let mut front = FrontMatter {
            title: d.title.clone(),
            date: Some(date),
            source: self.opts.source.clone().or(d.source),
            source_url: d.source_url,
            authors: d.authors,
            draft: self.draft,
            fingerprint: Some(d.fingerprint),
            date_inferred: inferred,
            partial: d.partial,
            tags: self.tags.clone(),
            language: d.language,
            image: d.image,
            ..FrontMatter::default()
        };
        language::record(&mut front, &d.body);
        let root = &self.opts.root;
        if let Some((path, _)) = existing {
            keep_curator_fields(&mut front, &root.join(&path));
            self.drop_shared_image(&mut front, &keys, Some(&path), name, emit);
            let slug = path.file_stem().map(|s| s.to_string_lossy().to_string());
            self.localise_image(&mut front, day, &slug.unwrap_or_default(), name, emit);
            let text = write::render(&front, &d.body)?;
            if !self.opts.dry_run {
                write::replace(&root.join(&path), &text, &mut self.pending)?;
            }
            self.index.add_written(&front, keys, path.clone(), self.tz);
            return Ok(Outcome::Ingested {
                path,
                duplicate_of: front.duplicate_of,
                date_inferred: inferred,
                replaced: true,
            });
        }
        front.duplicate_of = self.index.near_duplicate(&keys).map(|k| k.slug.clone());
        self.drop_shared_image(&mut front, &keys, None, name, emit);
        let dir = Path::new(CONTENT_DIR)
            .join(day.format("%Y").to_string())
            .join(day.format("%m").to_string());
        let base = crate::slug::slugify(&d.title);
        // The slug names the downloaded image too, so it is chosen (once) before rendering.
        let mut slug = self.index.unique_slug(&base, root, &dir);
        self.localise_image(&mut front, day, &slug, name, emit);
        let text = write::render(&front, &d.body)?;
        let path = loop {
            let path = dir.join(format!("{slug}.md"));
            if self.opts.dry_run || write::create_new(&root.join(&path), &text, &mut self.pending)?
            {
                break path;
            }
            // Someone created it between the check and the write: take the next suffix.
            self.index.add("", path, self.tz);
            slug = self.index.unique_slug(&base, root, &dir);
        };
        self.index.add_written(&front, keys, path.clone(), self.tz);
        Ok(Outcome::Ingested {
            path,
            duplicate_of: front.duplicate_of,
            date_inferred: inferred,
            replaced: false,
        })
    }
}

impl Session<'_> {
    /// Leaves out a remote lead image that is already the lead image of
    /// [`index::SHARED_IMAGE_MIN`] unrelated articles from the same site: the site's default
    /// share picture, not this story's. `except` is the file being replaced, if any.
    fn drop_shared_image(
        &self,
        front: &mut FrontMatter,
        body: &BodyKeys,
        except: Option<&Path>,
        name: &str,
        emit: &mut dyn FnMut(Event),
    ) {
        let Some(img) = &front.image else { return };
        let others =
            self.index
                .shared_image(front.source_url.as_deref(), img, &front.title, body, except);
        if others >= index::SHARED_IMAGE_MIN {
            emit(Event::Warning {
                input: name.to_string(),
                message: format!(
                    "lead image {} left out: {others} other stories from this site already show it (the site's default picture, not this story's)",
                    img.src
                ),
            });
            front.image = None;
        }
    }

    /// With `images: local`, downloads a remote lead image into the site and points `front`
    /// at it; a failed download is a warning and the image stays remote (nothing is lost).
    fn localise_image(
        &self,
        front: &mut FrontMatter,
        day: NaiveDate,
        slug: &str,
        name: &str,
        emit: &mut dyn FnMut(Event),
    ) {
        if self.images != ImageMode::Local || self.opts.dry_run {
            return;
        }
        let Some(img) = front.image.as_ref().filter(|i| i.is_remote()) else {
            return;
        };
        match local_image::download(&self.opts.root, img, day, slug, self.opts.timeout) {
            Ok(local) => front.image = Some(local),
            Err(e) => emit(Event::Warning {
                input: name.to_string(),
                message: format!("lead image {}: {e}; kept as a remote address", img.src),
            }),
        }
    }
}

/// A metadata date as front matter text and its day in the site's zone; `None` if unreadable.
fn normalise_date(s: &str, tz: Tz) -> Option<(String, NaiveDate)> {
    let s = s.trim();
    if let Ok(d) = ArticleDate::parse(s, tz) {
        return Some((s.to_string(), d.local_date(tz)));
    }
    let dt = chrono::DateTime::parse_from_rfc2822(s)
        .ok()
        .or_else(|| chrono::DateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S%.f%z").ok())?;
    Some((dt.to_rfc3339(), ArticleDate::Instant(dt).local_date(tz)))
}

/// With `--force`, what the curator added to the old file (notes, tags, pins, their own people,
/// places and summary, publication choice) survives the re-ingest.
fn keep_curator_fields(front: &mut FrontMatter, existing: &Path) {
    let Ok(text) = std::fs::read_to_string(existing) else {
        return;
    };
    let Ok(split) = front_matter::split(&text, existing) else {
        return;
    };
    let Ok(old) = front_matter::parse(&split, existing) else {
        return;
    };
    front.note = old.note;
    front.pin = old.pin;
    front.tags = old.tags;
    front.extra = old.extra;
    front.slug = old.slug;
    front.draft = old.draft;
    front.duplicate_of = old.duplicate_of;
    // Ingest never writes these: any in the old file are the curator's.
    front.people = old.people;
    front.places = old.places;
    front.summary = old.summary;
    // A language the curator set (or corrected) is theirs.
    front.language = old.language.or(front.language.take());
    // An image in the site (set by hand or downloaded) is the curator's; a URL is refreshed.
    if old.image.as_ref().is_some_and(|i| !i.is_remote()) || front.image.is_none() {
        front.image = old.image;
    }
    if front.source.is_none() {
        front.source = old.source;
    }
    if front.source_url.is_none() {
        front.source_url = old.source_url;
    }
}
