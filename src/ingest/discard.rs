//! The discard store: articles the curator removed, remembered so nothing brings them back.
//!
//! `newsdesk fetch` and `newsdesk ingest` consult it before writing an article (`ingest
//! --force` still brings one back on purpose). An article is known by any of three keys: its
//! fingerprint (the `fingerprint:` front matter ingest records), its canonical URL
//! (`source_url:`, compared as [`url_key`]) and its feed entry id.
//!
//! # API
//!
//! ```no_run
//! use newsdesk::ingest::discard::{Discarded, Discards};
//! # fn main() -> newsdesk::Result<()> {
//! let root = std::path::Path::new(".");
//! // Remember an article the curator threw away (e.g. an inbox's Discard action):
//! Discards::add(root, &Discarded {
//!     fingerprint: Some("sha256:…".into()),
//!     url: Some("https://example.org/story".into()),
//!     entry_id: None,
//!     title: "The story".into(),
//! })?;
//! // Ask before writing:
//! let store = Discards::load(root)?;
//! assert!(store.contains(None, Some("https://example.org/story/"), None));
//! # Ok(()) }
//! ```
//!
//! [`Discards::add`] appends one line, so concurrent callers never lose each other's entries
//! (each line is written with a single `write` in append mode) and a git merge of two
//! branches' stores is a plain union of lines.
//!
//! # On disk
//!
//! [`FILE`] (`.newsdesk/state/discarded.jsonl`), one JSON object per line. It lives in
//! `.newsdesk/state/`, which — unlike the caches elsewhere under `.newsdesk/` — is meant to be
//! committed, so a scheduled run on a fresh clone still knows what the curator discarded.
//! A line that cannot be read (a bad merge, a hand edit) is skipped, never fatal.

use std::collections::HashSet;
use std::io::Write;
use std::path::Path;

use serde::{Deserialize, Serialize};

use super::write::url_key;
use crate::error::{Error, Result};

/// The folder under the site root whose files are committed (state, not cache).
pub const STATE_DIR: &str = ".newsdesk/state";

/// The store, relative to the site root.
pub const FILE: &str = ".newsdesk/state/discarded.jsonl";

/// One removed article: at least one key should be set.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Discarded {
    /// The article's `fingerprint:`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fingerprint: Option<String>,
    /// The article's `source_url:` (any form; compared canonically).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The feed entry's id or guid.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entry_id: Option<String>,
    /// The headline, for a person reading the file.
    #[serde(default)]
    pub title: String,
}

/// Everything discarded so far, for lookups.
#[derive(Debug, Default, Clone)]
pub struct Discards {
    fingerprints: HashSet<String>,
    urls: HashSet<String>,
    entry_ids: HashSet<String>,
}

impl Discards {
    /// Reads the store of the site at `root` (empty when there is none yet).
    pub fn load(root: &Path) -> Result<Discards> {
        let path = root.join(FILE);
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
            Err(e) => return Err(Error::io(&path, e)),
        };
        let mut store = Discards::default();
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            if let Ok(d) = serde_json::from_str::<Discarded>(line) {
                store.insert(&d);
            }
        }
        Ok(store)
    }

    /// Appends `d` to the store of the site at `root`, creating it when needed.
    pub fn add(root: &Path, d: &Discarded) -> Result<()> {
        let path = root.join(FILE);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        }
        let mut line = serde_json::to_string(d)
            .map_err(|e| Error::Msg(format!("cannot record a discarded article: {e}")))?;
        line.push('\n');
        let mut f = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&path)
            .map_err(|e| Error::io(&path, e))?;
        f.write_all(line.as_bytes())
            .and_then(|()| f.sync_data())
            .map_err(|e| Error::io(&path, e))
    }

    /// Forgets records (an undone discard): the last line equal to each of `gone` is dropped,
    /// every other line is kept as it was, and the file is replaced atomically.
    pub fn remove(root: &Path, gone: &[Discarded]) -> Result<()> {
        let path = root.join(FILE);
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
            Err(e) => return Err(Error::io(&path, e)),
        };
        let mut lines: Vec<&str> = text.split_inclusive('\n').collect();
        for g in gone {
            let hit = lines.iter().rposition(|l| {
                serde_json::from_str::<Discarded>(l.trim_end()).is_ok_and(|d| d == *g)
            });
            if let Some(i) = hit {
                lines.remove(i);
            }
        }
        let mut pending = super::atomic::PendingDirs::default();
        super::atomic::replace(&path, &lines.concat(), &mut pending)?;
        pending.sync()
    }

    /// Records `d` in this in-memory copy too (after [`Discards::add`]).
    pub fn insert(&mut self, d: &Discarded) {
        if let Some(f) = d.fingerprint.as_deref().filter(|f| !f.is_empty()) {
            self.fingerprints.insert(f.to_string());
        }
        if let Some(u) = d.url.as_deref().filter(|u| !u.trim().is_empty()) {
            self.urls.insert(url_key(u));
        }
        if let Some(i) = d.entry_id.as_deref().filter(|i| !i.is_empty()) {
            self.entry_ids.insert(i.to_string());
        }
    }

    /// Was an article with any of these keys discarded?
    pub fn contains(
        &self,
        fingerprint: Option<&str>,
        url: Option<&str>,
        entry_id: Option<&str>,
    ) -> bool {
        fingerprint.is_some_and(|f| self.fingerprints.contains(f))
            || url.is_some_and(|u| self.urls.contains(&url_key(u)))
            || entry_id.is_some_and(|i| self.entry_ids.contains(i))
    }

    /// How many keys the store holds.
    pub fn len(&self) -> usize {
        self.fingerprints.len() + self.urls.len() + self.entry_ids.len()
    }

    /// Is the store empty?
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn added_articles_are_found_by_any_key_and_bad_lines_are_skipped() {
        let dir = tempfile::tempdir().unwrap();
        assert!(Discards::load(dir.path()).unwrap().is_empty());
        Discards::add(
            dir.path(),
            &Discarded {
                fingerprint: Some("sha256:ab".into()),
                url: Some("HTTPS://Example.org/a/".into()),
                entry_id: Some("urn:1".into()),
                title: "A".into(),
            },
        )
        .unwrap();
        let path = dir.path().join(FILE);
        let mut text = std::fs::read_to_string(&path).unwrap();
        text.push_str("{not json\n");
        std::fs::write(&path, text).unwrap();
        Discards::add(
            dir.path(),
            &Discarded {
                entry_id: Some("urn:2".into()),
                ..Discarded::default()
            },
        )
        .unwrap();
        let s = Discards::load(dir.path()).unwrap();
        assert!(s.contains(Some("sha256:ab"), None, None));
        assert!(s.contains(None, Some("https://example.org/a"), None));
        assert!(s.contains(None, None, Some("urn:2")));
        assert!(!s.contains(
            Some("sha256:cd"),
            Some("https://example.org/b"),
            Some("urn:3")
        ));
        assert_eq!(s.len(), 4);

        // Forgetting one record keeps every other line, the unreadable one included.
        Discards::remove(
            dir.path(),
            &[Discarded {
                entry_id: Some("urn:2".into()),
                ..Discarded::default()
            }],
        )
        .unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(
            text.contains("{not json\n") && text.contains("urn:1"),
            "{text}"
        );
        assert!(
            !Discards::load(dir.path())
                .unwrap()
                .contains(None, None, Some("urn:2"))
        );
    }
}
