//! The discard store: what the curator threw away, remembered by fingerprint, source URL and
//! feed entry id so that `ingest` and `fetch` never bring it back; `ingest --force` still can.
//!
//! # API
//!
//! - [`Discards::load`]`(root)` reads the store (empty when there is none).
//! - [`Discards::contains`]`(fingerprint, source_url, entry_id)`: was an article with any of
//!   these keys discarded? URLs compare in canonical form ([`url_key`]).
//! - [`Discards::add`]`(records)` remembers [`Record`]s and saves; [`Discards::remove`] forgets
//!   them again (the inbox's undo). Call `add` before deleting the files, so a crash in
//!   between leaves a record rather than a lost discard.
//!
//! Users: the inbox's Discard action, `newsdesk fetch` (which also records articles it wrote
//! that the curator deleted by hand), and ingest's writer, which consults it.
//!
//! # On disk
//!
//! One JSON object per line in [`STORE`] (`ROOT/.newsdesk/state/discarded.jsonl`), rewritten
//! atomically. `.newsdesk/state/` is committed (the caches elsewhere under `.newsdesk/` are
//! not), so a fresh clone — and the scheduled fetch workflow, which commits it — still knows
//! what was discarded. A store at the earlier place, `.newsdesk/discarded.jsonl`, is read
//! and moved on the next save.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::write::url_key;
use crate::error::{Error, Result};

/// The store's file, relative to the site root.
pub const STORE: &str = ".newsdesk/state/discarded.jsonl";

/// Where the store was kept before it moved into the committed `state/` folder.
const OLD_STORE: &str = ".newsdesk/discarded.jsonl";

/// One discarded article.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Record {
    /// The fingerprint ingest wrote into the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fingerprint: Option<String>,
    /// The original article's address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_url: Option<String>,
    /// The feed entry's id, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entry_id: Option<String>,
    /// The slug it had, for people reading the file.
    #[serde(default)]
    pub slug: String,
    /// Its title, for people reading the file.
    #[serde(default)]
    pub title: String,
    /// When it was discarded (RFC 3339).
    #[serde(default)]
    pub at: String,
}

/// Every discard of a site, with lookups by each key.
#[derive(Debug, Default)]
pub struct Discards {
    path: PathBuf,
    records: Vec<Record>,
    fingerprints: HashSet<String>,
    urls: HashSet<String>,
    entry_ids: HashSet<String>,
}

impl Discards {
    /// Reads the store of the site at `root` (empty when there is none). A damaged line is an
    /// error naming the file and line: silently dropping it would bring an article back.
    pub fn load(root: &Path) -> Result<Discards> {
        let mut d = Discards {
            path: root.join(STORE),
            ..Discards::default()
        };
        let path = if d.path.exists() || !root.join(OLD_STORE).exists() {
            d.path.clone()
        } else {
            root.join(OLD_STORE)
        };
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(d),
            Err(e) => return Err(Error::io(&path, e)),
        };
        for (i, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let r: Record = serde_json::from_str(line).map_err(|e| {
                Error::at(
                    &path,
                    i + 1,
                    e.column(),
                    format!("not a discard record: {e}"),
                )
            })?;
            d.index(r);
        }
        Ok(d)
    }

    fn index(&mut self, r: Record) {
        if let Some(f) = &r.fingerprint {
            self.fingerprints.insert(f.clone());
        }
        if let Some(u) = &r.source_url {
            self.urls.insert(url_key(u));
        }
        if let Some(id) = &r.entry_id {
            self.entry_ids.insert(id.clone());
        }
        self.records.push(r);
    }

    /// The records, oldest first.
    pub fn records(&self) -> &[Record] {
        &self.records
    }

    /// Was an article with any of these keys discarded?
    pub fn contains(
        &self,
        fingerprint: Option<&str>,
        source_url: Option<&str>,
        entry_id: Option<&str>,
    ) -> bool {
        fingerprint.is_some_and(|f| self.fingerprints.contains(f))
            || source_url.is_some_and(|u| self.urls.contains(&url_key(u)))
            || entry_id.is_some_and(|id| self.entry_ids.contains(id))
    }

    /// Adds records and saves the store.
    pub fn add(&mut self, records: Vec<Record>) -> Result<()> {
        for r in records {
            self.index(r);
        }
        self.save()
    }

    /// Removes records equal to any of `gone` (an undone discard) and saves the store.
    pub fn remove(&mut self, gone: &[Record]) -> Result<()> {
        let kept: Vec<Record> = std::mem::take(&mut self.records)
            .into_iter()
            .filter(|r| !gone.contains(r))
            .collect();
        let path = std::mem::take(&mut self.path);
        *self = Discards {
            path,
            ..Discards::default()
        };
        for r in kept {
            self.index(r);
        }
        self.save()
    }

    fn save(&self) -> Result<()> {
        let mut text = String::new();
        for r in &self.records {
            let line = serde_json::to_string(r)
                .map_err(|e| Error::Msg(format!("cannot write a discard record: {e}")))?;
            text.push_str(&line);
            text.push('\n');
        }
        if let Some(dir) = self.path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        }
        let mut pending = super::atomic::PendingDirs::default();
        super::atomic::replace(&self.path, &text, &mut pending)?;
        pending.sync()?;
        // Everything the old file held is in the new one now.
        if let Some(root) = self
            .path
            .parent()
            .and_then(Path::parent)
            .and_then(Path::parent)
        {
            let _ = std::fs::remove_file(root.join(OLD_STORE));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn remembers_by_each_key_and_forgets_on_remove() {
        let dir = tempfile::tempdir().unwrap();
        let mut d = Discards::load(dir.path()).unwrap();
        assert!(!d.contains(Some("sha256:1"), None, None));
        let r = Record {
            fingerprint: Some("sha256:1".into()),
            source_url: Some("https://X.org/a/".into()),
            entry_id: Some("urn:1".into()),
            slug: "a".into(),
            ..Record::default()
        };
        d.add(vec![r.clone()]).unwrap();
        let d = Discards::load(dir.path()).unwrap();
        assert!(d.contains(Some("sha256:1"), None, None));
        assert!(d.contains(None, Some("https://x.org/a"), None));
        assert!(d.contains(None, None, Some("urn:1")));
        assert!(!d.contains(Some("sha256:2"), Some("https://x.org/b"), Some("urn:2")));
        let mut d = d;
        d.remove(&[r]).unwrap();
        let d = Discards::load(dir.path()).unwrap();
        assert!(d.records().is_empty());
        assert!(!d.contains(Some("sha256:1"), None, None));
    }

    #[test]
    fn a_damaged_line_is_an_error_naming_it() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join(".newsdesk/state")).unwrap();
        std::fs::write(dir.path().join(STORE), "{\"slug\":\"a\"}\nnot json\n").unwrap();
        let e = Discards::load(dir.path()).unwrap_err().to_string();
        assert!(e.contains("discarded.jsonl:2:"), "{e}");
    }

    #[test]
    fn a_store_at_the_old_place_is_read_and_moved() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join(".newsdesk")).unwrap();
        std::fs::write(
            dir.path().join(OLD_STORE),
            "{\"fingerprint\":\"sha256:9\",\"slug\":\"old\"}\n",
        )
        .unwrap();
        let mut d = Discards::load(dir.path()).unwrap();
        assert!(d.contains(Some("sha256:9"), None, None));
        d.add(vec![Record {
            entry_id: Some("urn:2".into()),
            ..Record::default()
        }])
        .unwrap();
        assert!(!dir.path().join(OLD_STORE).exists());
        let d = Discards::load(dir.path()).unwrap();
        assert!(d.contains(Some("sha256:9"), None, Some("urn:2")));
    }
}
