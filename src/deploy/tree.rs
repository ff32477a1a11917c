//! Turning a folder of built files into a git tree object, without touching the user's index.
//!
//! Blobs are written with `hash-object --no-filters`, so the published bytes are exactly the
//! built bytes (no line-ending conversion, no clean filters, no ignore rules), and the tree is
//! assembled in a throwaway index named by `GIT_INDEX_FILE`.

use std::fmt::Write as _;
use std::path::Path;

use super::git::Git;
use crate::error::{Error, Result};

/// How a published tree differs from the previous one.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Changes {
    /// Files that are new.
    pub added: usize,
    /// Files whose contents changed.
    pub modified: usize,
    /// Files no longer published.
    pub deleted: usize,
}

impl Changes {
    /// Files changed in total.
    pub fn total(&self) -> usize {
        self.added + self.modified + self.deleted
    }
}

/// Writes every file under `dir` into the object database and returns the tree's id.
/// `index` is a path for the throwaway index (it must not be the repository's own index).
pub fn write_tree(git: &Git, dir: &Path, index: &Path) -> Result<String> {
    let mut rel_paths = Vec::new();
    let mut abs_list = String::new();
    for entry in walkdir::WalkDir::new(dir).sort_by_file_name() {
        let entry = entry.map_err(|e| Error::Msg(format!("reading the built site: {e}")))?;
        if !entry.file_type().is_file() {
            continue;
        }
        let abs = entry.path();
        let rel = abs.strip_prefix(dir).expect("walked under dir");
        let rel = rel
            .to_str()
            .ok_or_else(|| {
                Error::Msg(format!(
                    "{}: file name is not UTF-8 and cannot be published",
                    abs.display()
                ))
            })?
            .replace('\\', "/");
        let abs_s = abs
            .to_str()
            .ok_or_else(|| Error::Msg(format!("{}: path is not UTF-8", abs.display())))?;
        if rel.contains(['\n', '\0']) || abs_s.contains('\n') {
            return Err(Error::Msg(format!(
                "{}: file names with line breaks cannot be published",
                abs.display()
            )));
        }
        abs_list.push_str(abs_s);
        abs_list.push('\n');
        rel_paths.push(rel);
    }
    if rel_paths.is_empty() {
        return Err(Error::Msg(
            "the built site is empty: refusing to publish nothing".into(),
        ));
    }
    let ids = git.run_with_input(
        &["hash-object", "-w", "--no-filters", "--stdin-paths"],
        Some(abs_list.as_bytes()),
    )?;
    let ids: Vec<&str> = ids.lines().collect();
    if ids.len() != rel_paths.len() {
        return Err(Error::Msg(format!(
            "git stored {} of {} built files",
            ids.len(),
            rel_paths.len()
        )));
    }
    let mut info = String::new();
    for (id, rel) in ids.iter().zip(&rel_paths) {
        write!(info, "100644 {id}\t{rel}\0").expect("write to String");
    }
    let temp = git.with_env("GIT_INDEX_FILE", index);
    temp.run_with_input(
        &["update-index", "-z", "--index-info"],
        Some(info.as_bytes()),
    )?;
    temp.run(&["write-tree"])
}

/// The tree of a commit.
pub fn tree_of(git: &Git, commit: &str) -> Result<String> {
    git.run(&["rev-parse", &format!("{commit}^{{tree}}")])
}

/// Counts the files that differ between `old` (none for a first publish) and `new`.
pub fn changes(git: &Git, old: Option<&str>, new: &str) -> Result<Changes> {
    let Some(old) = old else {
        let all = git.run(&["ls-tree", "-r", "-z", "--name-only", new])?;
        return Ok(Changes {
            added: all.split('\0').filter(|s| !s.is_empty()).count(),
            ..Changes::default()
        });
    };
    let diff = git.run(&[
        "diff-tree",
        "-r",
        "-z",
        "--no-renames",
        "--name-status",
        old,
        new,
    ])?;
    let mut c = Changes::default();
    // -z output alternates status and path fields.
    for status in diff.split('\0').step_by(2) {
        match status.chars().next() {
            Some('A') => c.added += 1,
            Some('D') => c.deleted += 1,
            Some(_) => c.modified += 1,
            None => {}
        }
    }
    Ok(c)
}
