//! The curator's inbox: every draft of a site, grouped by story, and the actions that triage
//! them (publish, discard, edit, mark as duplicate, undo). The preview server's
//! `/__newsdesk/inbox/` and the `newsdesk inbox` command both sit on this module, so the two
//! behave the same. Files are only ever changed key by key ([`crate::content::edit`]),
//! atomically, and never when they changed on disk since the caller last read them.

pub mod actions;
pub mod journal;
pub mod text;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use rayon::prelude::*;
use serde::Serialize;

use crate::config::Config;
use crate::content::{self, CONTENT_DIR};
use crate::enrich::{self, Enricher, Registry, stories};
use crate::error::{Error, Result};

pub use actions::{Action, Outcome, apply};

/// Grouping reads no further into a body than this.
const LEAD_WORDS: usize = 300;

/// One draft as the inbox shows it.
#[derive(Debug, Clone, Serialize)]
pub struct Draft {
    /// The URL slug (how actions name it).
    pub slug: String,
    /// The file, relative to the site root.
    pub path: PathBuf,
    /// The headline.
    pub title: String,
    /// The publication that ran it.
    pub source: Option<String>,
    /// The original article's address.
    pub source_url: Option<String>,
    /// The publication day (`YYYY-MM-DD`).
    pub date: String,
    /// The curator's summary, or the derived one.
    pub summary: String,
    /// The curator's note.
    pub note: Option<String>,
    /// Topic tags.
    pub tags: Vec<String>,
    /// Ordering within an edition.
    pub pin: Option<i64>,
    /// People named (the front matter's list, or detected).
    pub people: Vec<String>,
    /// Places named (the front matter's list, or detected).
    pub places: Vec<String>,
    /// Words in the body.
    pub words: usize,
    /// Only a feed summary was available.
    pub partial: bool,
    /// The slug this repeats, when marked.
    pub duplicate_of: Option<String>,
    /// The site-relative path of its page (`articles/YYYY/MM/slug/`).
    pub page: String,
    /// A hash of the file's bytes: actions given it refuse to touch a file changed since.
    pub hash: String,
    #[serde(skip)]
    instant: chrono::DateTime<chrono::Utc>,
    #[serde(skip)]
    day: i64,
    /// The body's first words, for grouping.
    #[serde(skip)]
    lead: String,
}

/// Drafts that report one story, best candidate first.
#[derive(Debug, Clone, Serialize)]
pub struct Group {
    /// The best candidate's slug (names the group).
    pub slug: String,
    /// The drafts, best candidate first.
    pub articles: Vec<Draft>,
}

/// Every draft of a site, grouped, plus files that could not be read.
#[derive(Debug, Default)]
pub struct Inbox {
    /// Groups, newest story first.
    pub groups: Vec<Group>,
    /// Content files that could not be read (one message each, naming the file).
    pub problems: Vec<String>,
}

impl Inbox {
    /// Every draft, in group order.
    pub fn drafts(&self) -> impl Iterator<Item = &Draft> {
        self.groups.iter().flat_map(|g| g.articles.iter())
    }

    /// The draft with this slug.
    pub fn find(&self, slug: &str) -> Option<&Draft> {
        self.drafts().find(|d| d.slug == slug)
    }

    /// The group holding the draft with this slug.
    pub fn group_of(&self, slug: &str) -> Option<&Group> {
        self.groups
            .iter()
            .find(|g| g.articles.iter().any(|d| d.slug == slug))
    }
}

/// A file's hash as actions compare it.
pub fn hash_of(bytes: &[u8]) -> String {
    format!("{:016x}", xxhash_rust::xxh3::xxh3_64(bytes))
}

/// Every content file of the site with its text, as (relative path, text).
pub(crate) fn content_files(root: &Path) -> Result<Vec<PathBuf>> {
    let dir = root.join(CONTENT_DIR);
    let mut files = Vec::new();
    if !dir.is_dir() {
        return Ok(files);
    }
    // Edition intros are content but not articles, so never drafts.
    let intros = dir.join(crate::content::intro::INTRO_DIR);
    for entry in walkdir::WalkDir::new(&dir)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.path() != intros)
    {
        let entry = entry.map_err(|e| {
            let p = e.path().unwrap_or(&dir).to_path_buf();
            Error::io(&p, e.into())
        })?;
        let name = entry.file_name().to_string_lossy();
        if entry.file_type().is_file() && name.ends_with(".md") && !name.starts_with('.') {
            files.push(
                entry
                    .path()
                    .strip_prefix(root)
                    .unwrap_or(entry.path())
                    .to_path_buf(),
            );
        }
    }
    Ok(files)
}

/// What enrichment found in each draft, kept between loads by a long-running caller (the
/// preview server), keyed by file and checked against the file's hash: detection costs far
/// more than the rest of a load, and an unchanged file gives the same result.
#[derive(Default)]
pub struct Cache {
    found: Mutex<HashMap<PathBuf, (String, Arc<enrich::Enrichment>)>>,
    /// The registry and summary length the entries were made with.
    stamp: Mutex<Option<(u64, usize)>>,
}

/// Reads every draft of the site at `root` and groups them by story.
pub fn load(root: &Path) -> Result<Inbox> {
    load_cached(root, &Cache::default())
}

/// Like [`load`], reusing what `cache` holds and refreshing it.
pub fn load_cached(root: &Path, cache: &Cache) -> Result<Inbox> {
    let config = Config::load(root)?;
    let tz = config.tz();
    let registry = Registry::load(root)?;
    let stamp = Some((registry.fingerprint, config.summary_sentences));
    {
        let mut was = cache.stamp.lock().expect("lock");
        if *was != stamp {
            cache.found.lock().expect("lock").clear();
            *was = stamp;
        }
    }
    let enricher = Enricher::new(registry, config.summary_sentences);
    let files = content_files(root)?;
    let read: Vec<std::result::Result<Option<Draft>, String>> = files
        .par_iter()
        .map(|rel| {
            let bytes = std::fs::read(root.join(rel)).map_err(|e| Error::io(rel, e).to_string())?;
            let text = String::from_utf8(bytes.clone())
                .map_err(|_| format!("{}: not UTF-8: save the file as UTF-8", rel.display()))?;
            let a = content::parse_article(&text, rel, tz).map_err(|e| e.to_string())?;
            if !a.front.draft {
                return Ok(None);
            }
            Ok(Some(draft_of(&a, &enricher, hash_of(&bytes), cache)))
        })
        .collect();
    let mut drafts = Vec::new();
    let mut problems = Vec::new();
    for r in read {
        match r {
            Ok(Some(d)) => drafts.push(d),
            Ok(None) => {}
            Err(e) => problems.push(e),
        }
    }
    Ok(Inbox {
        groups: group(drafts),
        problems,
    })
}

fn draft_of(a: &content::Article, enricher: &Enricher, hash: String, cache: &Cache) -> Draft {
    let f = &a.front;
    let needs_enrichment = f.people.is_none() || f.places.is_none() || f.summary.is_none();
    let found = needs_enrichment.then(|| {
        let known = cache.found.lock().expect("lock").get(&a.path).cloned();
        match known {
            Some((h, e)) if h == hash => e,
            _ => {
                let e = Arc::new(enricher.enrich(&enrich::reader::from_article(f, &a.body)));
                cache
                    .found
                    .lock()
                    .expect("lock")
                    .insert(a.path.clone(), (hash.clone(), Arc::clone(&e)));
                e
            }
        }
    });
    let pick = |own: &Option<Vec<String>>, derived: fn(&enrich::Enrichment) -> &Vec<String>| {
        own.clone()
            .or_else(|| found.as_ref().map(|e| derived(e).clone()))
            .unwrap_or_default()
    };
    Draft {
        slug: a.slug.clone(),
        path: a.path.clone(),
        title: f.title.clone(),
        source: f.source.clone(),
        source_url: f.source_url.clone(),
        date: a.local_date.to_string(),
        summary: f
            .summary
            .clone()
            .or_else(|| found.as_ref().map(|e| e.summary.clone()))
            .unwrap_or_default(),
        note: f.note.clone(),
        tags: f.tags.clone(),
        pin: f.pin,
        people: pick(&f.people, |e| &e.people),
        places: pick(&f.places, |e| &e.places),
        words: a.body.split_whitespace().count(),
        partial: f.partial,
        duplicate_of: f.duplicate_of.clone(),
        page: crate::site::urls::rel(crate::site::urls::Loc::Article(a)),
        hash,
        instant: a.instant,
        day: a.local_date.num_days_from_ce_i64(),
        lead: a
            .body
            .split_whitespace()
            .take(LEAD_WORDS)
            .collect::<Vec<_>>()
            .join(" "),
    }
}

/// Days since the common era, signed, for the grouping window.
trait DayNumber {
    fn num_days_from_ce_i64(&self) -> i64;
}

impl DayNumber for chrono::NaiveDate {
    fn num_days_from_ce_i64(&self) -> i64 {
        i64::from(chrono::Datelike::num_days_from_ce(self))
    }
}

/// The story similarity of every pair of drafts within the grouping window, by slug (for the
/// grouping benchmark's margins).
pub fn similarities(inbox: &Inbox) -> Vec<(String, String, f32)> {
    let drafts: Vec<&Draft> = inbox.drafts().collect();
    let items: Vec<stories::Item<'_>> = drafts.iter().map(|d| item(d)).collect();
    stories::similarities(&items)
        .into_iter()
        .map(|(i, j, s)| (drafts[i].slug.clone(), drafts[j].slug.clone(), s))
        .collect()
}

fn item(d: &Draft) -> stories::Item<'_> {
    stories::Item {
        title: &d.title,
        body: &d.lead,
        day: d.day,
        people: &d.people,
        places: &d.places,
    }
}

/// Groups drafts by story (what grouping finds, plus the curator's `duplicate_of` marks
/// between drafts), best candidate first, newest story first.
fn group(drafts: Vec<Draft>) -> Vec<Group> {
    let items: Vec<stories::Item<'_>> = drafts.iter().map(item).collect();
    let found = stories::group(&items);
    // Union the found groups with explicit marks.
    let mut parent: Vec<usize> = (0..drafts.len()).collect();
    fn root(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    for g in &found {
        for w in g.windows(2) {
            let (a, b) = (root(&mut parent, w[0]), root(&mut parent, w[1]));
            parent[a] = b;
        }
    }
    for (i, d) in drafts.iter().enumerate() {
        if let Some(of) = &d.duplicate_of
            && let Some(j) = drafts.iter().position(|x| &x.slug == of)
        {
            let (a, b) = (root(&mut parent, i), root(&mut parent, j));
            parent[a] = b;
        }
    }
    let mut by_root: std::collections::BTreeMap<usize, Vec<Draft>> = Default::default();
    let roots: Vec<usize> = (0..drafts.len()).map(|i| root(&mut parent, i)).collect();
    for (d, r) in drafts.into_iter().zip(roots) {
        by_root.entry(r).or_default().push(d);
    }
    let mut groups: Vec<Group> = by_root
        .into_values()
        .map(|mut articles| {
            articles.sort_by(best_first);
            Group {
                slug: articles[0].slug.clone(),
                articles,
            }
        })
        .collect();
    let newest = |g: &Group| g.articles.iter().map(|d| d.instant).max();
    groups.sort_by(|a, b| newest(b).cmp(&newest(a)).then(a.slug.cmp(&b.slug)));
    groups
}

/// The best candidate of a story: not a marked duplicate, full text over a feed summary,
/// then the longest report, then the earliest, then by slug (for a stable order).
fn best_first(a: &Draft, b: &Draft) -> std::cmp::Ordering {
    (a.duplicate_of.is_some(), a.partial)
        .cmp(&(b.duplicate_of.is_some(), b.partial))
        .then(b.words.cmp(&a.words))
        .then(a.instant.cmp(&b.instant))
        .then(a.slug.cmp(&b.slug))
}
