//! `newsdesk fetch`: gathers new entries from the curator's sources (`data/sources.yaml`),
//! politely and incrementally, and hands them to ingest's writer as articles.
//!
//! Workers take tasks (a feed, a host's `robots.txt`, an entry's page) from a [`polite`]
//! queue that keeps to two requests per host with a pause between; each source's result goes
//! to the calling thread, which alone writes articles and the [`state`]. One failing source
//! never stops the others.

pub mod discover;
pub mod http;
pub mod list;
pub mod opml;
pub mod polite;
pub mod sources;
pub mod state;

use std::collections::{HashMap, HashSet};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::mpsc;
use std::time::Duration;

use chrono::{DateTime, Utc};

use crate::config::Config;
use crate::error::{Error, Result};
use crate::ingest::clean::Cleaner;
use crate::ingest::discard::{Discards, Record};
use crate::ingest::feed::{FeedEntry, ReadFeed};
use crate::ingest::{self, Draft, Extra, Outcome, Writer, detect, html};
use http::{Client, Failure, Got, Validators};
use sources::{FullText, Source, Sources};
use state::{Key, SourceState, State, Written};

/// Requests in flight at once by default (over all hosts).
pub const DEFAULT_CONCURRENCY: usize = 64;

/// The default per-request timeout.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);

/// No request starts after the run has lasted this long; a second run waits at most this
/// long for the first.
pub const OVERALL_TIMEOUT: Duration = Duration::from_secs(15 * 60);

/// A page that answers 429 or 503 asking for at most this wait is tried once more in the run.
const RETRY_WITHIN_RUN: Duration = Duration::from_secs(30);

pub(crate) const FEED_ACCEPT: &str = "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.5, */*;q=0.1";
const PAGE_ACCEPT: &str = "text/html, application/xhtml+xml;q=0.9, */*;q=0.1";

/// What to fetch and how.
#[derive(Debug, Clone)]
pub struct Options {
    /// The site root.
    pub root: PathBuf,
    /// Only these sources (names or URLs); all enabled ones when empty.
    pub only: Vec<String>,
    /// Fetch and report, write nothing (neither articles nor state).
    pub dry_run: bool,
    /// Requests in flight at once.
    pub concurrency: usize,
    /// Per-request timeout.
    pub timeout: Duration,
    /// The whole run's limit (and how long to wait for another run's lock).
    pub overall: Duration,
}

impl Options {
    /// Defaults for the site at `root`.
    pub fn new(root: impl Into<PathBuf>) -> Options {
        Options {
            root: root.into(),
            only: Vec::new(),
            dry_run: false,
            concurrency: DEFAULT_CONCURRENCY,
            timeout: DEFAULT_TIMEOUT,
            overall: OVERALL_TIMEOUT,
        }
    }
}

/// How one source went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    /// Read: this many new articles written (some maybe partial).
    New {
        /// Articles written.
        count: usize,
        /// Of those, kept as summaries because the page failed.
        partial: usize,
        /// New entries left for lack of room (`max_per_run`).
        passed_over: usize,
    },
    /// The server said nothing changed (304).
    NotModified,
    /// Could not be read.
    Failed(String),
    /// Not tried: backing off until then.
    BackingOff(DateTime<Utc>),
}

impl std::fmt::Display for Status {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Status::New {
                count,
                partial,
                passed_over,
            } => {
                write!(f, "new {count}")?;
                if *partial > 0 {
                    write!(f, " ({partial} partial: page unavailable, summary kept)")?;
                }
                if *passed_over > 0 {
                    write!(f, " ({passed_over} older entries passed over: max_per_run)")?;
                }
                Ok(())
            }
            Status::NotModified => write!(f, "not modified"),
            Status::Failed(e) => write!(f, "failed: {e}"),
            Status::BackingOff(t) => write!(
                f,
                "skipped: backing off after failures until {}",
                t.format("%Y-%m-%d %H:%M UTC")
            ),
        }
    }
}

/// Progress for the caller to show.
#[derive(Debug, Clone)]
pub enum Event {
    /// A source is done.
    Source {
        /// Its name.
        name: String,
        /// How it went.
        status: Status,
    },
    /// An article was written (or would be, with `--dry-run`).
    Article {
        /// The source's name.
        source: String,
        /// The file, relative to the root.
        path: PathBuf,
        /// The article it repeats, if a near-duplicate.
        duplicate_of: Option<String>,
    },
    /// Something the curator should know.
    Warning(String),
}

/// Counts for the summary.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Report {
    /// Sources tried.
    pub sources: usize,
    /// Articles written.
    pub new_articles: usize,
    /// Sources that answered 304.
    pub not_modified: usize,
    /// Sources that failed.
    pub failed: usize,
    /// Sources skipped while backing off.
    pub backing_off: usize,
}

impl Report {
    /// `fetched N sources: N new articles, N not modified, N failed`.
    pub fn summary(&self) -> String {
        let mut s = format!(
            "fetched {} sources: {} new articles, {} not modified, {} failed",
            self.sources, self.new_articles, self.not_modified, self.failed
        );
        if self.backing_off > 0 {
            s.push_str(&format!(" ({} backing off, not tried)", self.backing_off));
        }
        s
    }

    /// Could at least one source be read (or was there nothing to try)?
    pub fn any_read(&self) -> bool {
        self.sources == 0 || self.failed < self.sources
    }
}

/// The name a source goes by: its `name`, else the feed's title, else its address.
pub fn display_name(source: &Source, state: Option<&SourceState>) -> String {
    source
        .name
        .clone()
        .or_else(|| state.and_then(|s| s.title.clone()))
        .unwrap_or_else(|| source.url.clone())
}

/// One source being fetched this run.
struct Job {
    source: Source,
    name: String,
    url: String,
    validators: Validators,
    seen: HashSet<String>,
    first_run: bool,
    cleaner: Cleaner,
}

enum Task {
    Feed(usize),
    Robots(String),
    Page {
        job: usize,
        entry: usize,
        tries: u32,
    },
}

/// A feed read, with the entries picked for writing (sent on one by one as [`SourceResult::Entry`]).
struct FeedOk {
    title: Option<String>,
    validators: Validators,
    feed_url: Option<String>,
    picked: Vec<Picked>,
    /// How many entries will follow.
    expected: usize,
    all_keys: Vec<String>,
    passed_over: usize,
}

struct Picked {
    entry: FeedEntry,
    keys: Vec<String>,
    page: Option<std::result::Result<Draft, String>>,
}

/// What workers send the writing thread. A read feed's entries follow its `Read` one by one,
/// as their pages come in, so articles are written while other pages are still awaited.
enum SourceResult {
    NotModified,
    Read(FeedOk),
    Entry(Box<Picked>),
    Failed(Failure),
}

/// A source whose entries are still coming in.
struct Pending {
    ok: FeedOk,
    name: String,
    got: usize,
    count: usize,
    partial: usize,
    lost: Vec<String>,
}

enum Robots {
    Pending(Vec<(usize, usize)>),
    Ready(String),
}

struct Shared<'a> {
    jobs: &'a [Job],
    client: Client,
    queue: polite::Queue<Task>,
    discards: &'a Discards,
    robots: Mutex<HashMap<String, Robots>>,
    /// Entries waiting for their page, by (source, entry).
    waiting: Mutex<HashMap<(usize, usize), Picked>>,
    tx: Mutex<mpsc::Sender<(usize, SourceResult)>>,
}

/// Fetches every due source of the site at `opts.root`, reporting through `on_event`.
/// Fails only on a configuration problem, a damaged state file or a held lock.
pub fn run(opts: &Options, on_event: &mut dyn FnMut(&Event)) -> Result<Report> {
    let config = Config::load(&opts.root)?;
    let list = Sources::load(&opts.root)?;
    let wanted = select(&list, &opts.only)?;
    let _lock = state::lock(&opts.root, opts.overall, &mut |m| {
        on_event(&Event::Warning(m.to_string()))
    })?;
    let mut state = State::load(&opts.root)?;
    let ingest_opts = ingest::Options {
        dry_run: opts.dry_run,
        ..ingest::Options::new(&opts.root)
    };
    // Opened (scanning content/) only when there is something to write or check: a run where
    // every feed answers 304 reads no article file.
    let mut writer: Option<Writer> = None;
    notice_deletions(
        &opts.root,
        &mut state,
        &mut writer,
        &ingest_opts,
        opts.dry_run,
    )?;
    let discards = Discards::load(&opts.root)?;
    let now = Utc::now();
    let mut report = Report::default();
    let mut jobs = Vec::new();
    for i in wanted {
        let source = &list.sources[i];
        let st = state.sources.get(&source.url);
        let name = display_name(source, st);
        // A source named on the command line is tried even while backing off.
        if opts.only.is_empty()
            && let Some(until) = st.and_then(|s| s.backing_off(now))
        {
            report.backing_off += 1;
            on_event(&Event::Source {
                name,
                status: Status::BackingOff(until),
            });
            continue;
        }
        let mut patterns = config.ingest.boilerplate.clone();
        patterns.extend(source.boilerplate.iter().cloned());
        let cleaner = Cleaner::new(&patterns).map_err(Error::Msg)?;
        jobs.push(Job {
            name,
            url: st
                .and_then(|s| s.feed_url.clone())
                .unwrap_or_else(|| source.url.clone()),
            validators: Validators {
                etag: st.and_then(|s| s.etag.clone()),
                last_modified: st.and_then(|s| s.last_modified.clone()),
            },
            seen: st.map(SourceState::seen_set).unwrap_or_default(),
            first_run: st.is_none_or(|s| s.first_success.is_none()),
            cleaner,
            source: source.clone(),
        });
    }
    report.sources = jobs.len();
    let base_url = crate::config::normalise_base_url(&config.base_url).unwrap_or_default();
    let (tx, rx) = mpsc::channel();
    let shared = Shared {
        jobs: &jobs,
        client: Client::new(&base_url, opts.timeout, opts.overall),
        queue: polite::Queue::new(Duration::from_secs_f64(list.pause_seconds)),
        discards: &discards,
        robots: Mutex::new(HashMap::new()),
        waiting: Mutex::new(HashMap::new()),
        tx: Mutex::new(tx),
    };
    for (i, job) in jobs.iter().enumerate() {
        shared.queue.push(polite::host_of(&job.url), Task::Feed(i));
    }
    let bar = progress_bar(jobs.len());
    std::thread::scope(|scope| -> Result<()> {
        for _ in 0..opts
            .concurrency
            .clamp(1, 256)
            .min(jobs.len().max(1) * polite::PER_HOST)
        {
            scope.spawn(|| worker(&shared));
        }
        let mut outcome = Ok(());
        let mut pending: HashMap<usize, Pending> = HashMap::new();
        let mut finished = 0;
        while finished < jobs.len() {
            let Ok((i, result)) = rx.recv() else { break };
            let job = &jobs[i];
            let st = state.sources.entry(job.source.url.clone()).or_default();
            let mut emit = |e: &Event| bar.suspend(|| on_event(e));
            let status = match result {
                SourceResult::Read(ok) => {
                    let p = start_source(job, ok, st);
                    if p.ok.expected > 0 {
                        pending.insert(i, p);
                        continue;
                    }
                    finish_source(p, st)
                }
                SourceResult::Entry(picked) => {
                    let Some(p) = pending.get_mut(&i) else {
                        continue;
                    };
                    let written = match &mut writer {
                        Some(w) => Ok(w),
                        None => Writer::open(&ingest_opts).map(|w| writer.insert(w)),
                    }
                    .and_then(|w| write_entry(job, *picked, p, st, w, &mut emit));
                    if let Err(e) = written {
                        // The site itself cannot be written: stop fetching, keep what is done.
                        shared.queue.stop();
                        outcome = Err(e);
                        break;
                    }
                    p.got += 1;
                    if p.got < p.ok.expected {
                        continue;
                    }
                    let p = pending.remove(&i).expect("pending source");
                    finish_source(p, st)
                }
                other => finish_unread(other, st),
            };
            finished += 1;
            match &status {
                Status::New { count, .. } => report.new_articles += count,
                Status::NotModified => report.not_modified += 1,
                Status::Failed(_) => report.failed += 1,
                Status::BackingOff(_) => {}
            }
            bar.suspend(|| {
                on_event(&Event::Source {
                    name: job.name.clone(),
                    status,
                })
            });
            bar.inc(1);
        }
        shared.queue.stop();
        outcome
    })?;
    bar.finish_and_clear();
    if let Some(w) = writer {
        w.finish()?;
    }
    if !opts.dry_run {
        state.save(&opts.root)?;
    }
    Ok(report)
}

/// The indices of the sources to fetch: the named ones, or every enabled one.
fn select(list: &Sources, only: &[String]) -> Result<Vec<usize>> {
    if only.is_empty() {
        return Ok((0..list.sources.len())
            .filter(|&i| list.sources[i].enabled)
            .collect());
    }
    let mut out = Vec::new();
    for name in only {
        let i = list.find(name).ok_or_else(|| {
            let names: Vec<&str> = list
                .sources
                .iter()
                .filter_map(|s| s.name.as_deref())
                .collect();
            Error::Msg(format!(
                "{}: no source named `{name}`{}",
                list.path.display(),
                crate::suggest::did_you_mean(name, names)
            ))
        })?;
        if !out.contains(&i) {
            out.push(i);
        }
    }
    Ok(out)
}

/// Articles fetch wrote that are gone from `content/` (and not elsewhere under another name)
/// were deleted by the curator: they go to the discard store so nothing brings them back.
fn notice_deletions<'a>(
    root: &Path,
    state: &mut State,
    writer: &mut Option<Writer<'a>>,
    opts: &'a ingest::Options,
    dry_run: bool,
) -> Result<()> {
    let mut gone = Vec::new();
    for st in state.sources.values_mut() {
        let mut kept = Vec::with_capacity(st.written.len());
        for w in std::mem::take(&mut st.written) {
            let exists = root.join(&w.path).exists() || {
                let open = match writer {
                    Some(o) => o,
                    None => writer.insert(Writer::open(opts)?),
                };
                open.knows(&w.fingerprint, w.url.as_deref())
            };
            if exists {
                kept.push(w);
            } else {
                let slug = Path::new(&w.path)
                    .file_stem()
                    .map(|s| s.to_string_lossy().into_owned())
                    .unwrap_or_default();
                gone.push(Record {
                    fingerprint: Some(w.fingerprint),
                    source_url: w.url,
                    entry_id: Some(w.entry_id),
                    slug,
                    title: w.title,
                    at: Utc::now().to_rfc3339(),
                });
            }
        }
        st.written = kept;
    }
    if !gone.is_empty() && !dry_run {
        let mut store = Discards::load(root)?;
        // The inbox may have recorded it already.
        gone.retain(|r| {
            !store.contains(
                r.fingerprint.as_deref(),
                r.source_url.as_deref(),
                r.entry_id.as_deref(),
            )
        });
        if !gone.is_empty() {
            store.add(gone)?;
        }
    }
    Ok(())
}

fn progress_bar(len: usize) -> indicatif::ProgressBar {
    if len < 2 || !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(len as u64);
    if let Ok(style) =
        indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} sources ({eta} left)")
    {
        bar.set_style(style);
    }
    bar
}

fn worker(shared: &Shared) {
    while let Some((mut ticket, task)) = shared.queue.next() {
        let hold = match task {
            Task::Feed(i) => feed_task(shared, i, &mut ticket),
            Task::Robots(origin) => robots_task(shared, &origin),
            Task::Page { job, entry, tries } => page_task(shared, job, entry, tries, &mut ticket),
        };
        shared.queue.done(ticket, hold);
    }
}

fn send(shared: &Shared, job: usize, r: SourceResult) {
    let tx = shared.tx.lock().unwrap_or_else(|e| e.into_inner());
    let _ = tx.send((job, r));
}

/// Reads one feed and queues the pages its new entries need; returns a host hold.
fn feed_task(shared: &Shared, i: usize, ticket: &mut polite::Ticket) -> Option<Duration> {
    let job = &shared.jobs[i];
    let mut got = shared.client.get(
        &job.url,
        Some(&job.validators),
        FEED_ACCEPT,
        http::MAX_FEED_BYTES,
    );
    // A feed that moved for good is asked for at its new address from now on.
    let mut feed_url = match &got {
        Ok(Got::Body { moved, .. }) => moved.clone(),
        _ => None,
    };
    // A page that links its feed: follow the link (and remember it for next time).
    let linked = match &got {
        Ok(Got::Body {
            bytes,
            content_type,
            url,
            ..
        }) if is_html(bytes, content_type.as_deref(), url) => {
            Some(discover::feed_link(&String::from_utf8_lossy(bytes), url))
        }
        _ => None,
    };
    match linked {
        Some(Some(link)) => {
            got = shared
                .client
                .get(&link, None, FEED_ACCEPT, http::MAX_FEED_BYTES);
            feed_url = match &got {
                Ok(Got::Body {
                    moved: Some(to), ..
                }) => Some(to.clone()),
                _ => Some(link),
            };
        }
        Some(None) => {
            got = Err(failure(
                "this is a web page that links no feed (no <link rel=\"alternate\">)",
            ));
        }
        None => {}
    }
    // The host is free for others while the feed is parsed.
    shared
        .queue
        .release(ticket, got.as_ref().err().and_then(|f| f.retry_after));
    let (bytes, validators) = match got {
        Ok(Got::NotModified) => {
            send(shared, i, SourceResult::NotModified);
            return None;
        }
        Ok(Got::Body {
            bytes, validators, ..
        }) => (bytes, validators),
        Err(f) => {
            let hold = f.retry_after;
            send(shared, i, SourceResult::Failed(f));
            return hold;
        }
    };
    let feed = match guarded(|| read_feed(&bytes, &job.cleaner)) {
        Ok(f) => f,
        Err(e) => {
            send(shared, i, SourceResult::Failed(failure(e)));
            return None;
        }
    };
    let mut ok = pick(shared, job, feed, validators, feed_url);
    let picked = std::mem::take(&mut ok.picked);
    ok.expected = picked.len();
    send(shared, i, SourceResult::Read(ok));
    // Oldest first, so a near-duplicate is credited to the earlier story.
    for (n, p) in picked.into_iter().enumerate().rev() {
        if needs_page(job.source.full_text, &p.entry) {
            shared
                .waiting
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .insert((i, n), p);
            queue_page(shared, i, n);
        } else {
            send(shared, i, SourceResult::Entry(Box::new(p)));
        }
    }
    None
}

/// Runs a reader so that a bug it hits on one input fails that input, not the run (a lost
/// result would leave its source waiting for ever).
fn guarded<T>(
    read: impl FnOnce() -> std::result::Result<T, String>,
) -> std::result::Result<T, String> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(read))
        .unwrap_or_else(|_| Err("the reader failed on this input (a bug: please report it)".into()))
}

fn failure(message: impl Into<String>) -> Failure {
    Failure {
        message: message.into(),
        retry_after: None,
        gone: false,
        status: None,
        out_of_time: false,
    }
}

pub(crate) fn is_html(bytes: &[u8], content_type: Option<&str>, url: &str) -> bool {
    let ct = content_type.unwrap_or("").to_ascii_lowercase();
    if ct.contains("html") {
        return true;
    }
    if ct.contains("xml") || ct.contains("json") {
        return false;
    }
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]);
    detect::sniff(&head, url) == ingest::Format::Html
}

/// Parses feed bytes. A declared legacy encoding is decoded by the feed reader itself; bytes
/// that are not UTF-8 and declare nothing are tried once more as clearly-Windows-1252 text.
pub(crate) fn read_feed(bytes: &[u8], cleaner: &Cleaner) -> std::result::Result<ReadFeed, String> {
    match ingest::feed::read_entries(bytes, cleaner) {
        Ok(f) => Ok(f),
        Err(e) if std::str::from_utf8(bytes).is_err() => {
            let text = detect::decode(bytes).map_err(|_| e)?;
            ingest::feed::read_entries(text.as_bytes(), cleaner)
        }
        Err(e) => Err(e),
    }
}

/// The keys an entry is known by.
fn keys_of(e: &FeedEntry) -> Vec<String> {
    let mut keys = vec![
        Key::Id(&e.id).hash(),
        Key::Fingerprint(&e.draft.fingerprint).hash(),
    ];
    if let Some(link) = &e.draft.source_url {
        keys.push(Key::Link(link).hash());
    }
    keys
}

/// The new entries to take, newest first up to the source's limit.
fn pick(
    shared: &Shared,
    job: &Job,
    feed: ReadFeed,
    validators: Validators,
    feed_url: Option<String>,
) -> FeedOk {
    let mut all_keys = Vec::new();
    let mut fresh = Vec::new();
    for e in feed.entries {
        let keys = keys_of(&e);
        all_keys.extend(keys.iter().cloned());
        let known = keys.iter().any(|k| job.seen.contains(k))
            || shared.discards.contains(
                Some(&e.draft.fingerprint),
                e.draft.source_url.as_deref(),
                Some(&e.id),
            );
        if !known {
            fresh.push(Picked {
                entry: e,
                keys,
                page: None,
            });
        }
    }
    // Newest first; entries without a date keep their place (feeds list newest first).
    fresh.sort_by_key(|p| {
        std::cmp::Reverse(
            p.entry
                .draft
                .date
                .as_deref()
                .and_then(|d| DateTime::parse_from_rfc3339(d).ok())
                .map(|d| d.timestamp()),
        )
    });
    let limit = job.source.limit(job.first_run);
    let passed_over = fresh.len().saturating_sub(limit);
    fresh.truncate(limit);
    FeedOk {
        title: feed.title,
        validators,
        feed_url,
        picked: fresh,
        expected: 0,
        all_keys,
        passed_over,
    }
}

fn needs_page(mode: FullText, e: &FeedEntry) -> bool {
    e.draft.source_url.is_some()
        && match mode {
            FullText::Always => true,
            FullText::Auto => e.draft.partial,
            FullText::Never => false,
        }
}

fn origin_of(url: &str) -> Option<String> {
    let u = url::Url::parse(url).ok()?;
    Some(u.origin().ascii_serialization())
}

/// Queues an entry's page, first fetching its host's `robots.txt` when not known yet.
fn queue_page(shared: &Shared, job: usize, entry: usize) {
    let url = page_url(shared, job, entry);
    let Some(origin) = origin_of(&url) else {
        page_done(shared, job, entry, Err("not an http(s) address".into()));
        return;
    };
    let mut robots = shared.robots.lock().unwrap_or_else(|e| e.into_inner());
    match robots.get_mut(&origin) {
        Some(Robots::Ready(_)) => {
            drop(robots);
            shared.queue.push(
                polite::host_of(&url),
                Task::Page {
                    job,
                    entry,
                    tries: 0,
                },
            );
        }
        Some(Robots::Pending(waiting)) => waiting.push((job, entry)),
        None => {
            robots.insert(origin.clone(), Robots::Pending(vec![(job, entry)]));
            drop(robots);
            shared
                .queue
                .push(polite::host_of(&origin), Task::Robots(origin));
        }
    }
}

fn page_url(shared: &Shared, job: usize, entry: usize) -> String {
    let waiting = shared.waiting.lock().unwrap_or_else(|e| e.into_inner());
    waiting
        .get(&(job, entry))
        .and_then(|p| p.entry.draft.source_url.clone())
        .unwrap_or_default()
}

fn robots_task(shared: &Shared, origin: &str) -> Option<Duration> {
    let url = format!("{origin}/robots.txt");
    let (rules, hold) = match shared
        .client
        .get(&url, None, "text/plain", http::MAX_ROBOTS_BYTES)
    {
        Ok(Got::Body { bytes, .. }) => (String::from_utf8_lossy(&bytes).into_owned(), None),
        Ok(Got::NotModified) => (String::new(), None),
        // No robots.txt (4xx): everything is allowed.
        Err(f)
            if f.status
                .is_some_and(|s| (400..500).contains(&s) && s != 429) =>
        {
            (String::new(), None)
        }
        // Unreachable: assume everything is disallowed (RFC 9309, 2.3.1.4).
        Err(f) => ("User-agent: *\nDisallow: /\n".into(), f.retry_after),
    };
    let waiting = {
        let mut robots = shared.robots.lock().unwrap_or_else(|e| e.into_inner());
        match robots.insert(origin.to_string(), Robots::Ready(rules)) {
            Some(Robots::Pending(w)) => w,
            _ => Vec::new(),
        }
    };
    for (job, entry) in waiting {
        let url = page_url(shared, job, entry);
        shared.queue.push(
            polite::host_of(&url),
            Task::Page {
                job,
                entry,
                tries: 0,
            },
        );
    }
    hold
}

fn allowed_by_robots(shared: &Shared, url: &str) -> bool {
    let Some(origin) = origin_of(url) else {
        return false;
    };
    let robots = shared.robots.lock().unwrap_or_else(|e| e.into_inner());
    match robots.get(&origin) {
        Some(Robots::Ready(rules)) => {
            let mut m = robotstxt::DefaultMatcher::default();
            m.one_agent_allowed_by_robots(rules, "newsdesk", url)
        }
        _ => true,
    }
}

fn page_task(
    shared: &Shared,
    job: usize,
    entry: usize,
    tries: u32,
    ticket: &mut polite::Ticket,
) -> Option<Duration> {
    let url = page_url(shared, job, entry);
    if !allowed_by_robots(shared, &url) {
        page_done(
            shared,
            job,
            entry,
            Err("robots.txt disallows the page".into()),
        );
        return None;
    }
    let result = match shared
        .client
        .get(&url, None, PAGE_ACCEPT, http::MAX_PAGE_BYTES)
    {
        Ok(Got::Body {
            bytes,
            url: final_url,
            ..
        }) => {
            // The host is free for others while the page is read.
            shared.queue.release(ticket, None);
            guarded(|| {
                detect::decode(&bytes)
                    .and_then(|text| html::read(&text, Some(&final_url), &shared.jobs[job].cleaner))
            })
        }
        Ok(Got::NotModified) => Err("unexpected 304".into()),
        Err(f) => {
            if let Some(wait) = f.retry_after
                && tries == 0
                && wait <= RETRY_WITHIN_RUN
                && wait < shared.client.remaining()
            {
                shared.queue.push(
                    polite::host_of(&url),
                    Task::Page {
                        job,
                        entry,
                        tries: 1,
                    },
                );
                return Some(wait);
            }
            let hold = f.retry_after;
            page_done(shared, job, entry, Err(f.message));
            return hold;
        }
    };
    page_done(shared, job, entry, result);
    None
}

fn page_done(shared: &Shared, job: usize, entry: usize, r: std::result::Result<Draft, String>) {
    let picked = shared
        .waiting
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .remove(&(job, entry));
    if let Some(mut p) = picked {
        p.page = Some(r);
        send(shared, job, SourceResult::Entry(Box::new(p)));
    }
}

/// Records a source that was not read (304 or a failure).
fn finish_unread(result: SourceResult, st: &mut SourceState) -> Status {
    let now = Utc::now();
    match result {
        SourceResult::NotModified => {
            st.succeeded(now, "not modified".into());
            Status::NotModified
        }
        SourceResult::Failed(f) if f.out_of_time => {
            // Not the source's fault: no back-off, tried first thing next run.
            st.last_fetch = Some(now);
            st.status = Some(format!("failed: {}", f.message));
            Status::Failed(f.message)
        }
        SourceResult::Failed(f) => {
            st.failed(now, &f.message, f.retry_after, f.gone);
            Status::Failed(f.message)
        }
        SourceResult::Read(_) | SourceResult::Entry(_) => {
            unreachable!("read sources are finished by finish_source")
        }
    }
}

/// A read source about to receive its entries.
fn start_source(job: &Job, ok: FeedOk, st: &mut SourceState) -> Pending {
    if ok.title.is_some() {
        st.title.clone_from(&ok.title);
    }
    if ok.feed_url.is_some() {
        st.feed_url.clone_from(&ok.feed_url);
    }
    let name = job
        .source
        .name
        .clone()
        .or(ok.title.clone())
        .unwrap_or_else(|| job.name.clone());
    Pending {
        ok,
        name,
        got: 0,
        count: 0,
        partial: 0,
        lost: Vec::new(),
    }
}

/// Writes one new entry of a source as an article (or says why not).
fn write_entry(
    job: &Job,
    picked: Picked,
    p: &mut Pending,
    st: &mut SourceState,
    writer: &mut Writer,
    on_event: &mut dyn FnMut(&Event),
) -> Result<()> {
    let Picked { entry, keys, page } = picked;
    let id = entry.id.clone();
    let mut d = entry.draft;
    match page {
        Some(Ok(full)) => {
            d.body = full.body;
            if d.authors.is_empty() {
                d.authors = full.authors;
            }
            if d.date.is_none() {
                d.date = full.date;
            }
            if d.image.is_none() {
                d.image = full.image;
            }
            if d.title.trim().is_empty() || d.title == "Untitled" {
                d.title = full.title;
            }
            d.partial = false;
        }
        Some(Err(e)) if d.body.trim().is_empty() => {
            on_event(&Event::Warning(format!(
                "{}: {}: no text: the feed has none and the page failed ({e}); tried again when the feed changes",
                job.name,
                d.source_url.as_deref().unwrap_or(&id)
            )));
            p.lost.extend(keys);
            return Ok(());
        }
        Some(Err(e)) => {
            on_event(&Event::Warning(format!(
                "{}: {}: page unavailable ({e}): kept the feed's summary (`partial: true`)",
                job.name,
                d.source_url.as_deref().unwrap_or(&id)
            )));
            d.partial = true;
        }
        None => {}
    }
    if d.body.trim().is_empty() {
        return Ok(());
    }
    d.source = Some(p.name.clone());
    let extra = Extra {
        tags: job.source.tags.clone(),
        draft: Some(job.source.draft),
    };
    let fingerprint = d.fingerprint.clone();
    let url = d.source_url.clone();
    let title = d.title.clone();
    let was_partial = d.partial;
    let outcome = writer.place(d, &extra, &job.name, &mut |w| {
        on_event(&Event::Warning(format!("{}: {title}: {w}", job.name)))
    })?;
    if let Outcome::Ingested {
        path, duplicate_of, ..
    } = outcome
    {
        p.count += 1;
        p.partial += usize::from(was_partial);
        st.wrote(Written {
            path: path.to_string_lossy().replace('\\', "/"),
            fingerprint,
            url,
            entry_id: id,
            title,
        });
        on_event(&Event::Article {
            source: job.name.clone(),
            path,
            duplicate_of,
        });
    }
    Ok(())
}

/// Records a read source's outcome once all its entries are written.
fn finish_source(p: Pending, st: &mut SourceState) -> Status {
    let lost: HashSet<String> = p.lost.into_iter().collect();
    st.remember(p.ok.all_keys.into_iter().filter(|k| !lost.contains(k)));
    if lost.is_empty() {
        st.etag = p.ok.validators.etag;
        st.last_modified = p.ok.validators.last_modified;
    } else {
        // Ask for the whole feed next time, so the entries without text are tried again.
        st.etag = None;
        st.last_modified = None;
    }
    let status = Status::New {
        count: p.count,
        partial: p.partial,
        passed_over: p.ok.passed_over,
    };
    st.succeeded(Utc::now(), status.to_string());
    status
}

#[cfg(test)]
mod tests {
    use super::*;

    fn titles(bytes: &[u8]) -> Vec<String> {
        let cleaner = Cleaner::new(&[]).unwrap();
        read_feed(bytes, &cleaner)
            .unwrap()
            .entries
            .into_iter()
            .map(|e| e.draft.title)
            .collect()
    }

    #[test]
    fn legacy_encodings_declared_or_not_are_read() {
        let feed = |decl: &str| {
            format!(
                "{decl}<rss version=\"2.0\"><channel><title>Netz</title><item><title>Förderung für Glasfaser</title><link>https://example.org/a</link><description>Der Bund fördert den Ausbau.</description></item></channel></rss>"
            )
        };
        let latin1 = |text: String| encoding_rs::WINDOWS_1252.encode(&text).0.into_owned();
        // Declared: the feed reader decodes it.
        let declared = latin1(feed("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n"));
        assert_eq!(titles(&declared), ["Förderung für Glasfaser"]);
        // Undeclared and not UTF-8: clearly Windows-1252.
        let undeclared = latin1(feed(""));
        assert_eq!(titles(&undeclared), ["Förderung für Glasfaser"]);
    }
}
