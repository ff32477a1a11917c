//! The undo journal: for each inbox action, every file's bytes before it and a hash of them
//! after it, and the discard records it added. Undo restores the bytes exactly, but only
//! when the files still hold what the action left (a later hand edit is never overwritten).

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::ingest::atomic::{self, PendingDirs};
use crate::ingest::discard::Record;

/// The journal's file, relative to the site root.
pub const JOURNAL: &str = ".newsdesk/inbox-journal.json";
/// Actions remembered for undo; older ones are forgotten.
const KEEP: usize = 100;

/// One file an action changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Change {
    /// The file, relative to the site root.
    pub path: PathBuf,
    /// Its text before the action (`None`: it did not exist).
    pub before: Option<String>,
    /// The hash of its bytes after the action (`None`: it was removed).
    pub after: Option<String>,
}

/// One action, as undo needs it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    /// What was done, for messages (`publish 2 drafts`).
    pub action: String,
    /// When (RFC 3339).
    pub at: String,
    /// The files it changed.
    pub changes: Vec<Change>,
    /// The discard records it added.
    #[serde(default)]
    pub discarded: Vec<Record>,
}

/// Reads the journal of the site at `root` (empty when there is none).
pub fn load(root: &Path) -> Result<Vec<Entry>> {
    let path = root.join(JOURNAL);
    match std::fs::read_to_string(&path) {
        Ok(text) => serde_json::from_str(&text).map_err(|e| {
            Error::at(
                &path,
                e.line(),
                e.column(),
                format!("the undo journal is damaged ({e}): delete it to start a new one"),
            )
        }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Vec::new()),
        Err(e) => Err(Error::io(&path, e)),
    }
}

/// Writes the journal atomically, keeping the newest entries.
pub fn save(root: &Path, entries: &[Entry]) -> Result<()> {
    let path = root.join(JOURNAL);
    let keep = &entries[entries.len().saturating_sub(KEEP)..];
    let text = serde_json::to_string_pretty(keep)
        .map_err(|e| Error::Msg(format!("cannot write the undo journal: {e}")))?;
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    }
    let mut pending = PendingDirs::default();
    atomic::replace(&path, &text, &mut pending)?;
    pending.sync()
}
