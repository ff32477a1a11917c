//! What `newsdesk fetch` remembers between runs, per source: validators for conditional
//! requests, the entries already seen, failures and back-off. One JSON file, written
//! atomically under a lock that a second `fetch` waits for.
//!
//! The file lives in `.newsdesk/state/`, which is committed (the scheduled workflow commits it
//! back), so a fresh clone still knows what was fetched; the lock file beside it is not. What
//! changes on every run without mattering to the next (when each source was last tried and
//! how it went) goes to [`RECENT`] in the ignored cache instead, so a run that finds nothing
//! new leaves the committed file as it was and the workflow commits nothing.

use std::collections::{BTreeMap, HashSet};
use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// The state file, relative to the site root.
pub const FILE: &str = ".newsdesk/state/fetch.json";

/// Each source's last try and outcome, relative to the site root (a cache: not committed).
pub const RECENT: &str = ".newsdesk/cache/fetch-recent.json";

/// The lock file, relative to the site root (not committed).
pub const LOCK: &str = ".newsdesk/fetch.lock";

/// Keys remembered per source; the oldest are forgotten first (a feed lists far fewer).
const MAX_SEEN: usize = 3000;

/// Articles remembered per source to notice when the curator deletes one.
const MAX_WRITTEN: usize = 500;

/// The first back-off after a failure; it doubles with each further failure.
pub const BACKOFF_START: Duration = Duration::from_secs(15 * 60);

/// The longest back-off.
pub const BACKOFF_MAX: Duration = Duration::from_secs(24 * 3600);

/// An article fetch wrote, to notice when the curator deletes it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Written {
    /// The file, relative to the site root.
    pub path: String,
    /// Its fingerprint.
    pub fingerprint: String,
    /// Its link.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The feed entry's id.
    pub entry_id: String,
    /// The headline.
    pub title: String,
}

/// One source's memory.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct SourceState {
    /// The feed's own title, last time it was read.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Where the feed is, when the configured URL is a page that links it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub feed_url: Option<String>,
    /// The last `ETag`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
    /// The last `Last-Modified`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_modified: Option<String>,
    /// When it was first read successfully (its first run takes fewer entries).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first_success: Option<DateTime<Utc>>,
    /// When it was last tried (kept in [`RECENT`]).
    #[serde(skip)]
    pub last_fetch: Option<DateTime<Utc>>,
    /// The last outcome: `new 3`, `not modified`, `failed: …` (kept in [`RECENT`]).
    #[serde(skip)]
    pub status: Option<String>,
    /// The last error, while it keeps failing.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// Failures in a row.
    pub failures: u32,
    /// Not fetched again before this (back-off or `Retry-After`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_due: Option<DateTime<Utc>>,
    /// Hashed keys (entry id, link, fingerprint) of every entry seen, oldest first.
    pub seen: Vec<String>,
    /// Articles written from this source, oldest first.
    pub written: Vec<Written>,
}

/// The kinds of key an entry is known by.
#[derive(Debug, Clone, Copy)]
pub enum Key<'a> {
    /// The feed entry's id or guid.
    Id(&'a str),
    /// The canonical link (compared as [`crate::ingest::write::url_key`]).
    Link(&'a str),
    /// The entry's fingerprint.
    Fingerprint(&'a str),
}

impl Key<'_> {
    /// The short hash stored in `seen`.
    pub fn hash(&self) -> String {
        let text = match self {
            Key::Id(s) => format!("id\n{s}"),
            Key::Link(s) => format!("url\n{}", crate::ingest::write::url_key(s)),
            Key::Fingerprint(s) => format!("fp\n{s}"),
        };
        format!("{:016x}", xxhash_rust::xxh3::xxh3_64(text.as_bytes()))
    }
}

impl SourceState {
    /// The set of seen keys, for lookups during a run.
    pub fn seen_set(&self) -> HashSet<String> {
        self.seen.iter().cloned().collect()
    }

    /// Remembers keys, forgetting the oldest beyond the cap.
    pub fn remember(&mut self, keys: impl IntoIterator<Item = String>) {
        let have: HashSet<String> = self.seen.iter().cloned().collect();
        let mut added = HashSet::new();
        for k in keys {
            if !have.contains(&k) && added.insert(k.clone()) {
                self.seen.push(k);
            }
        }
        if self.seen.len() > MAX_SEEN {
            let cut = self.seen.len() - MAX_SEEN;
            self.seen.drain(..cut);
        }
    }

    /// Records an article written from this source.
    pub fn wrote(&mut self, w: Written) {
        self.written.push(w);
        if self.written.len() > MAX_WRITTEN {
            let cut = self.written.len() - MAX_WRITTEN;
            self.written.drain(..cut);
        }
    }

    /// Records a success at `now`.
    pub fn succeeded(&mut self, now: DateTime<Utc>, status: String) {
        self.last_fetch = Some(now);
        self.first_success.get_or_insert(now);
        self.status = Some(status);
        self.error = None;
        self.failures = 0;
        self.next_due = None;
    }

    /// Records a failure at `now`: the back-off doubles (capped at a day), or the server's
    /// `Retry-After` applies when it asks for longer.
    pub fn failed(
        &mut self,
        now: DateTime<Utc>,
        error: &str,
        retry_after: Option<Duration>,
        permanent: bool,
    ) {
        self.last_fetch = Some(now);
        self.status = Some(format!("failed: {error}"));
        self.error = Some(error.to_string());
        self.failures = self.failures.saturating_add(1);
        let wait = if permanent {
            BACKOFF_MAX
        } else {
            backoff(self.failures).max(retry_after.unwrap_or_default().min(BACKOFF_MAX))
        };
        self.next_due = chrono::Duration::from_std(wait).ok().map(|d| now + d);
    }

    /// Is the source backing off at `now`?
    pub fn backing_off(&self, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
        self.next_due.filter(|d| *d > now)
    }
}

/// The wait after `failures` failures in a row: 15 min, 30 min, 1 h, … at most a day.
pub fn backoff(failures: u32) -> Duration {
    let doublings = failures.saturating_sub(1).min(16);
    BACKOFF_START
        .saturating_mul(1u32 << doublings)
        .min(BACKOFF_MAX)
}

/// The whole state file.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct State {
    /// The file format's version.
    #[serde(default)]
    pub version: u32,
    /// Per source, by its configured URL.
    #[serde(default)]
    pub sources: BTreeMap<String, SourceState>,
}

impl State {
    /// Reads the state of the site at `root` (empty when there is none); a damaged file is
    /// an error naming it rather than a silent fresh start that would fetch everything again.
    pub fn load(root: &Path) -> Result<State> {
        let mut state = State::load_committed(root)?;
        let recent: BTreeMap<String, Recent> = std::fs::read_to_string(root.join(RECENT))
            .ok()
            .and_then(|t| serde_json::from_str(&t).ok())
            .unwrap_or_default();
        for (url, r) in recent {
            if let Some(st) = state.sources.get_mut(&url) {
                st.last_fetch = r.last_fetch;
                st.status = r.status;
            }
        }
        Ok(state)
    }

    fn load_committed(root: &Path) -> Result<State> {
        let path = root.join(FILE);
        match std::fs::read_to_string(&path) {
            Ok(t) => serde_json::from_str(&t).map_err(|e| {
                Error::at(
                    &path,
                    e.line(),
                    e.column(),
                    format!(
                        "{e}: the fetch state is damaged (fix or delete the file; deleting it makes the next run fetch every source as new)"
                    ),
                )
            }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(State {
                version: 1,
                ..State::default()
            }),
            Err(e) => Err(Error::io(&path, e)),
        }
    }

    /// Writes the state atomically, leaving the committed file untouched when only the
    /// recent outcomes changed.
    pub fn save(&self, root: &Path) -> Result<()> {
        let recent: BTreeMap<&String, Recent> = self
            .sources
            .iter()
            .map(|(url, st)| {
                (
                    url,
                    Recent {
                        last_fetch: st.last_fetch,
                        status: st.status.clone(),
                    },
                )
            })
            .collect();
        write_atomic(&root.join(RECENT), &pretty(&recent)?)?;
        let text = pretty(self)?;
        let path = root.join(FILE);
        if std::fs::read(&path).is_ok_and(|old| old == text) {
            return Ok(());
        }
        write_atomic(&path, &text)
    }
}

/// A source's last try, kept out of the committed state.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
struct Recent {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    last_fetch: Option<DateTime<Utc>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    status: Option<String>,
}

fn pretty<T: Serialize>(v: &T) -> Result<Vec<u8>> {
    let mut text = serde_json::to_string_pretty(v)
        .map_err(|e| Error::Msg(format!("cannot write the fetch state: {e}")))?;
    text.push('\n');
    Ok(text.into_bytes())
}

/// Replaces `path` with `bytes` in one step: readers see the old file or the new, never half.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    let mut tmp = tempfile::Builder::new()
        .prefix(".newsdesk-tmp")
        .tempfile_in(dir)
        .map_err(|e| Error::io(dir, e))?;
    tmp.write_all(bytes)
        .and_then(|()| tmp.as_file().sync_all())
        .map_err(|e| Error::io(path, e))?;
    tmp.persist(path).map_err(|e| Error::io(path, e.error))?;
    Ok(())
}

/// The held lock: released when dropped.
#[derive(Debug)]
pub struct Lock {
    _file: File,
    /// The lock file.
    pub path: PathBuf,
}

/// Takes the fetch lock of the site at `root`, waiting up to `wait` for another run (telling
/// `on_wait` once, with that run's process id) and failing with the reason after that.
pub fn lock(root: &Path, wait: Duration, on_wait: &mut dyn FnMut(&str)) -> Result<Lock> {
    let path = root.join(LOCK);
    let dir = path.parent().unwrap_or(root);
    std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    let mut file = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .read(true)
        .write(true)
        .open(&path)
        .map_err(|e| Error::io(&path, e))?;
    let start = Instant::now();
    let mut told = false;
    loop {
        match file.try_lock() {
            Ok(()) => break,
            Err(std::fs::TryLockError::WouldBlock) => {
                let holder = std::fs::read_to_string(&path).unwrap_or_default();
                let holder = holder.trim();
                let who = if holder.is_empty() {
                    "another `newsdesk fetch`".to_string()
                } else {
                    format!("another `newsdesk fetch` (process {holder})")
                };
                if start.elapsed() >= wait {
                    return Err(Error::Msg(format!(
                        "{who} is still running on this site after {} s (it holds {}): stopped without fetching",
                        wait.as_secs(),
                        path.display()
                    )));
                }
                if !told {
                    on_wait(&format!("waiting for {who} to finish"));
                    told = true;
                }
                std::thread::sleep(Duration::from_millis(100));
            }
            Err(std::fs::TryLockError::Error(e)) => return Err(Error::io(&path, e)),
        }
    }
    // Who holds it, for the message a second run prints.
    let _ = file.set_len(0);
    let _ = file.write_all(std::process::id().to_string().as_bytes());
    Ok(Lock { _file: file, path })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_up_to_a_day() {
        assert_eq!(backoff(1), Duration::from_secs(900));
        assert_eq!(backoff(2), Duration::from_secs(1800));
        assert_eq!(backoff(3), Duration::from_secs(3600));
        assert_eq!(backoff(8), BACKOFF_MAX);
        assert_eq!(backoff(60), BACKOFF_MAX);
        let mut s = SourceState::default();
        let now = Utc::now();
        s.failed(now, "x", Some(Duration::from_secs(7200)), false);
        assert_eq!(s.next_due, Some(now + chrono::Duration::hours(2)));
        s.succeeded(now, "new 1".into());
        assert_eq!((s.failures, s.next_due), (0, None));
    }

    #[test]
    fn remembered_keys_are_capped_oldest_first() {
        let mut s = SourceState::default();
        s.remember((0..MAX_SEEN + 5).map(|i| i.to_string()));
        assert_eq!(s.seen.len(), MAX_SEEN);
        assert_eq!(s.seen[0], "5");
        s.remember(["5".to_string()]);
        assert_eq!(s.seen.len(), MAX_SEEN);
    }

    #[test]
    fn state_round_trips_and_damage_is_named() {
        let dir = tempfile::tempdir().unwrap();
        let mut st = State::load(dir.path()).unwrap();
        st.sources.entry("https://a/".into()).or_default().etag = Some("\"x\"".into());
        st.save(dir.path()).unwrap();
        let back = State::load(dir.path()).unwrap();
        assert_eq!(back.sources["https://a/"].etag.as_deref(), Some("\"x\""));
        std::fs::write(dir.path().join(FILE), "{\"sources\": [").unwrap();
        let e = State::load(dir.path()).unwrap_err().to_string();
        assert!(e.contains("fetch.json:1:") && e.contains("damaged"), "{e}");
    }
}
