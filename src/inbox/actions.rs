//! The inbox's actions on content files. Each one runs under a lock file (so the preview
//! server and the command line never interleave), checks every file it will touch before
//! touching any, writes atomically, and records itself in the undo journal.

use std::collections::HashMap;
use std::fs::File;
use std::path::{Path, PathBuf};

use super::journal::{self, Change, Entry};
use super::{content_files, hash_of};
use crate::config::Config;
use crate::content::{self, edit, edit::Value};
use crate::error::Error;
use crate::ingest::atomic::{self, PendingDirs};
use crate::ingest::discard::{Discards, Record};

/// The lock file actions hold, relative to the site root.
pub const LOCK: &str = ".newsdesk/inbox.lock";

/// Something a curator does to drafts.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Remove `draft: true`: the articles go live.
    Publish(Vec<String>),
    /// Delete the files and remember them so they are never ingested again.
    Discard(Vec<String>),
    /// Set or clear `title`, `summary`, `note`, `tags` or `pin` of one article.
    Edit(String, Vec<(String, Value)>),
    /// Mark the first article a duplicate of the second (`duplicate_of`).
    Duplicate(String, String),
    /// Undo the last action.
    Undo,
}

/// What an action did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// One line for the curator.
    pub message: String,
    /// The files changed, relative to the site root.
    pub changed: Vec<PathBuf>,
}

/// Why an action was refused; nothing was changed.
#[derive(Debug, thiserror::Error)]
pub enum ActionError {
    /// A file changed on disk since the caller read it.
    #[error("{0}")]
    Conflict(String),
    /// No article has the slug named.
    #[error("{0}")]
    NotFound(String),
    /// The request makes no sense (an empty title, publishing a published article, …).
    #[error("{0}")]
    Invalid(String),
    /// Reading or writing failed.
    #[error("{0}")]
    Failed(#[from] Error),
}

type Result<T> = std::result::Result<T, ActionError>;

/// An article's file as an action found it.
struct Target {
    slug: String,
    rel: PathBuf,
    text: String,
    front: content::FrontMatter,
}

/// Applies `action` to the site at `root`. `expected` maps slugs to the file hashes the
/// caller saw ([`super::Draft::hash`]): a file whose hash differs is not touched.
pub fn apply(root: &Path, action: &Action, expected: &HashMap<String, String>) -> Result<Outcome> {
    let _lock = lock(root)?;
    match action {
        Action::Publish(slugs) => publish(root, slugs, expected),
        Action::Discard(slugs) => discard(root, slugs, expected),
        Action::Edit(slug, fields) => edit_fields(root, slug, fields, expected),
        Action::Duplicate(slug, of) => duplicate(root, slug, of, expected),
        Action::Undo => undo(root),
    }
}

/// Holds the site's inbox lock until dropped.
fn lock(root: &Path) -> Result<File> {
    let path = root.join(LOCK);
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    }
    let f = File::options()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(|e| Error::io(&path, e))?;
    f.lock().map_err(|e| Error::io(&path, e))?;
    Ok(f)
}

/// Finds the articles named, reading each file once. Most files are named after their slug,
/// so those are tried first; a full scan is the fallback.
fn find(root: &Path, slugs: &[String], expected: &HashMap<String, String>) -> Result<Vec<Target>> {
    if slugs.is_empty() {
        return Err(ActionError::Invalid("no article named".into()));
    }
    let tz = Config::load(root)?.tz();
    let files = content_files(root)?;
    let mut found: HashMap<String, Target> = HashMap::new();
    let read = |rel: &PathBuf, found: &mut HashMap<String, Target>| -> Result<()> {
        let text = std::fs::read_to_string(root.join(rel)).map_err(|e| Error::io(rel, e))?;
        let Ok(a) = content::parse_article(&text, rel, tz) else {
            return Ok(());
        };
        if slugs.contains(&a.slug) && !found.contains_key(&a.slug) {
            found.insert(
                a.slug.clone(),
                Target {
                    slug: a.slug,
                    rel: rel.clone(),
                    text,
                    front: a.front,
                },
            );
        }
        Ok(())
    };
    let stem = |rel: &PathBuf| {
        crate::slug::slugify(&rel.file_stem().unwrap_or_default().to_string_lossy())
    };
    for rel in files.iter().filter(|r| slugs.contains(&stem(r))) {
        read(rel, &mut found)?;
    }
    if found.len() < slugs.len() {
        for rel in files.iter().filter(|r| !slugs.contains(&stem(r))) {
            read(rel, &mut found)?;
        }
    }
    let mut out = Vec::new();
    for s in slugs {
        let t = found
            .remove(s)
            .ok_or_else(|| ActionError::NotFound(format!("no article has the slug `{s}`")))?;
        if let Some(want) = expected.get(s)
            && *want != hash_of(t.text.as_bytes())
        {
            return Err(ActionError::Conflict(format!(
                "{} changed on disk since it was loaded: reload to see the new version (nothing was changed)",
                t.rel.display()
            )));
        }
        out.push(t);
    }
    Ok(out)
}

/// Writes the new texts (`None`: remove the file) and journals the action.
fn commit(
    root: &Path,
    label: String,
    targets: &[Target],
    texts: Vec<Option<String>>,
    discarded: Vec<Record>,
) -> Result<Outcome> {
    let mut entries = journal::load(root)?;
    let mut pending = PendingDirs::default();
    let mut changes = Vec::new();
    for (t, new) in targets.iter().zip(texts) {
        let path = root.join(&t.rel);
        match &new {
            Some(text) if *text == t.text => continue,
            Some(text) => atomic::replace(&path, text, &mut pending)?,
            None => std::fs::remove_file(&path).map_err(|e| Error::io(&t.rel, e))?,
        }
        changes.push(Change {
            path: t.rel.clone(),
            before: Some(t.text.clone()),
            after: new.as_deref().map(|s| hash_of(s.as_bytes())),
        });
    }
    pending.sync()?;
    let changed = changes.iter().map(|c| c.path.clone()).collect();
    if !changes.is_empty() {
        entries.push(Entry {
            action: label.clone(),
            at: chrono::Utc::now().to_rfc3339(),
            changes,
            discarded,
        });
        journal::save(root, &entries)?;
    }
    Ok(Outcome {
        message: label,
        changed,
    })
}

fn plural(n: usize, what: &str) -> String {
    format!("{n} {what}{}", if n == 1 { "" } else { "s" })
}

fn publish(root: &Path, slugs: &[String], expected: &HashMap<String, String>) -> Result<Outcome> {
    let targets = find(root, slugs, expected)?;
    if let Some(t) = targets.iter().find(|t| !t.front.draft) {
        return Err(ActionError::Invalid(format!(
            "{} is already published (it has no `draft: true`)",
            t.rel.display()
        )));
    }
    let mut texts = Vec::new();
    for t in &targets {
        texts.push(Some(edit::apply(
            &t.text,
            &t.rel,
            &[("draft", Value::Remove)],
        )?));
    }
    let label = match targets.as_slice() {
        [one] => format!("published {}", one.slug),
        many => format!("published {}", plural(many.len(), "article")),
    };
    commit(root, label, &targets, texts, Vec::new())
}

/// The feed entry each fetched file came from, by its path from the site root, as `fetch`
/// recorded it: a discard remembers the id too, so the entry stays out even if its link and
/// text change. Without a readable fetch state there is nothing to add.
fn entry_ids(root: &Path) -> HashMap<PathBuf, String> {
    let Ok(state) = crate::fetch::state::State::load(root) else {
        return HashMap::new();
    };
    state
        .sources
        .into_values()
        .flat_map(|s| s.written)
        .map(|w| (PathBuf::from(w.path), w.entry_id))
        .collect()
}

fn discard(root: &Path, slugs: &[String], expected: &HashMap<String, String>) -> Result<Outcome> {
    let targets = find(root, slugs, expected)?;
    let at = chrono::Utc::now().to_rfc3339();
    let entry_ids = entry_ids(root);
    let records: Vec<Record> = targets
        .iter()
        .map(|t| Record {
            fingerprint: t.front.fingerprint.clone(),
            source_url: t.front.source_url.clone(),
            entry_id: entry_ids.get(&t.rel).cloned(),
            slug: t.slug.clone(),
            title: t.front.title.clone(),
            at: at.clone(),
        })
        .collect();
    // Remembered before the files go: a crash in between leaves a record, never a lost discard.
    Discards::load(root)?.add(records.clone())?;
    let label = match targets.as_slice() {
        [one] => format!("discarded {}", one.slug),
        many => format!("discarded {}", plural(many.len(), "article")),
    };
    let gone = vec![None; targets.len()];
    commit(root, label, &targets, gone, records)
}

/// The keys the inbox edits.
pub const EDITABLE: &[&str] = &["title", "summary", "note", "tags", "pin"];

fn edit_fields(
    root: &Path,
    slug: &str,
    fields: &[(String, Value)],
    expected: &HashMap<String, String>,
) -> Result<Outcome> {
    for (k, v) in fields {
        if !EDITABLE.contains(&k.as_str()) {
            return Err(ActionError::Invalid(format!(
                "`{k}` cannot be edited in the inbox (only {})",
                EDITABLE.join(", ")
            )));
        }
        if k == "title" && !matches!(v, Value::Text(t) if !t.trim().is_empty()) {
            return Err(ActionError::Invalid("the title cannot be empty".into()));
        }
    }
    let targets = find(root, &[slug.to_string()], expected)?;
    let t = &targets[0];
    let edits: Vec<(&str, Value)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.clone()))
        .collect();
    let text = edit::apply(&t.text, &t.rel, &edits)?;
    let names: Vec<&str> = fields.iter().map(|(k, _)| k.as_str()).collect();
    let label = format!("edited {} of {}", names.join(", "), t.slug);
    commit(root, label, &targets, vec![Some(text)], Vec::new())
}

fn duplicate(
    root: &Path,
    slug: &str,
    of: &str,
    expected: &HashMap<String, String>,
) -> Result<Outcome> {
    if slug == of {
        return Err(ActionError::Invalid(format!(
            "`{slug}` cannot be a duplicate of itself"
        )));
    }
    let both = find(root, &[slug.to_string(), of.to_string()], expected)?;
    let t = &both[0];
    let text = edit::apply(
        &t.text,
        &t.rel,
        &[("duplicate_of", Value::Text(of.to_string()))],
    )?;
    let label = format!("marked {slug} a duplicate of {of}");
    commit(root, label, &both[..1], vec![Some(text)], Vec::new())
}

fn undo(root: &Path) -> Result<Outcome> {
    let mut entries = journal::load(root)?;
    let Some(last) = entries.pop() else {
        return Err(ActionError::Invalid("nothing to undo".into()));
    };
    // Every file must still hold what the action left, or undo would overwrite a later edit.
    for c in &last.changes {
        let now = match std::fs::read(root.join(&c.path)) {
            Ok(bytes) => Some(hash_of(&bytes)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => return Err(Error::io(&c.path, e).into()),
        };
        if now != c.after {
            return Err(ActionError::Conflict(format!(
                "cannot undo “{}”: {} changed since (nothing was changed)",
                last.action,
                c.path.display()
            )));
        }
    }
    let mut pending = PendingDirs::default();
    for c in &last.changes {
        let path = root.join(&c.path);
        match &c.before {
            Some(text) => {
                if let Some(dir) = path.parent() {
                    std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
                }
                atomic::replace(&path, text, &mut pending)?;
            }
            None => std::fs::remove_file(&path).map_err(|e| Error::io(&c.path, e))?,
        }
    }
    pending.sync()?;
    if !last.discarded.is_empty() {
        Discards::load(root)?.remove(&last.discarded)?;
    }
    journal::save(root, &entries)?;
    Ok(Outcome {
        message: format!("undid “{}”", last.action),
        changed: last.changes.iter().map(|c| c.path.clone()).collect(),
    })
}
