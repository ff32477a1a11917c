//! Writing the output folder safely: nothing is touched until every page rendered; changed
//! files are staged under temporary names and renamed into place only when all staged;
//! unchanged files are left alone (their modification times stay); stale files are removed.

use std::collections::BTreeSet;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::error::{Error, Result};

/// The record of what newsdesk wrote, so only its own stale files are ever removed.
pub const MANIFEST: &str = ".newsdesk-manifest";
const TMP_SUFFIX: &str = ".newsdesk-tmp";

/// One file of output.
#[derive(Debug, Clone)]
pub struct OutputFile {
    /// Path relative to the output folder, `/`-separated.
    pub path: String,
    /// Contents.
    pub bytes: Vec<u8>,
}

/// What a write changed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WriteReport {
    /// Files created or rewritten.
    pub written: usize,
    /// Files already identical (not touched).
    pub unchanged: usize,
    /// Stale files removed.
    pub removed: usize,
}

/// Writes `files` into `out`, atomically per file and all-or-nothing for the staging step.
pub fn write(out: &Path, files: &[OutputFile]) -> Result<WriteReport> {
    for f in files {
        check_relative(&f.path)?;
    }
    fs::create_dir_all(out).map_err(|e| Error::io(out, e))?;
    let changed: Vec<&OutputFile> = files
        .par_iter()
        .filter(|f| !same_contents(&out.join(&f.path), &f.bytes))
        .collect();
    // Stage every changed file; on any failure remove what was staged and leave the old output.
    let staged: Vec<Result<PathBuf>> = changed.par_iter().map(|f| stage(out, f)).collect();
    if staged.iter().any(|r| r.is_err()) {
        let mut first = None;
        for r in staged {
            match r {
                Ok(tmp) => {
                    let _ = fs::remove_file(tmp);
                }
                Err(e) if first.is_none() => first = Some(e),
                Err(_) => {}
            }
        }
        return Err(first.expect("an error"));
    }
    let old: BTreeSet<String> = read_manifest(out);
    let new: BTreeSet<String> = files.iter().map(|f| f.path.clone()).collect();
    // Record old ∪ new first, so an interruption never orphans a file we wrote.
    write_manifest(out, old.union(&new))?;
    for (f, tmp) in changed.iter().zip(staged) {
        let tmp = tmp.expect("staged");
        let dest = out.join(&f.path);
        if dest.is_dir() {
            fs::remove_dir_all(&dest).map_err(|e| Error::io(&dest, e))?;
        }
        fs::rename(&tmp, &dest).map_err(|e| Error::io(&dest, e))?;
    }
    let mut removed = 0;
    for stale in old.difference(&new) {
        if check_relative(stale).is_err() {
            continue;
        }
        let p = out.join(stale);
        if p.is_file() && fs::remove_file(&p).is_ok() {
            removed += 1;
            prune_empty_dirs(out, p.parent());
        }
    }
    write_manifest(out, new.iter())?;
    Ok(WriteReport {
        written: changed.len(),
        unchanged: files.len() - changed.len(),
        removed,
    })
}

fn same_contents(path: &Path, bytes: &[u8]) -> bool {
    match fs::metadata(path) {
        Ok(m) if m.is_file() && m.len() == bytes.len() as u64 => {
            fs::read(path).map(|old| old == bytes).unwrap_or(false)
        }
        _ => false,
    }
}

fn stage(out: &Path, f: &OutputFile) -> Result<PathBuf> {
    let dest = out.join(&f.path);
    let parent = dest.parent().unwrap_or(out);
    fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
    let name = dest
        .file_name()
        .map(|n| n.to_string_lossy())
        .unwrap_or_default();
    let tmp = parent.join(format!(".{name}{TMP_SUFFIX}"));
    let result = (|| {
        let mut file = fs::File::create(&tmp)?;
        file.write_all(&f.bytes)?;
        file.sync_data()
    })();
    match result {
        Ok(()) => Ok(tmp),
        Err(e) => {
            let _ = fs::remove_file(&tmp);
            Err(Error::io(&dest, e))
        }
    }
}

/// Refuses paths that could escape the output folder.
fn check_relative(p: &str) -> Result<()> {
    let bad = p.is_empty()
        || p.starts_with('/')
        || p.contains('\\')
        || p.contains('\0')
        || p.split('/').any(|c| c.is_empty() || c == "." || c == "..");
    if bad {
        return Err(Error::Msg(format!(
            "refusing to write outside the output folder: `{p}`"
        )));
    }
    Ok(())
}

fn read_manifest(out: &Path) -> BTreeSet<String> {
    fs::read_to_string(out.join(MANIFEST))
        .map(|s| {
            s.lines()
                .filter(|l| !l.is_empty())
                .map(String::from)
                .collect()
        })
        .unwrap_or_default()
}

fn write_manifest<'a>(out: &Path, paths: impl Iterator<Item = &'a String>) -> Result<()> {
    let mut text = String::new();
    for p in paths {
        text.push_str(p);
        text.push('\n');
    }
    let dest = out.join(MANIFEST);
    if fs::read(&dest).is_ok_and(|old| old == text.as_bytes()) {
        return Ok(());
    }
    let tmp = out.join(format!("{MANIFEST}{TMP_SUFFIX}"));
    fs::write(&tmp, text).map_err(|e| Error::io(&tmp, e))?;
    fs::rename(&tmp, &dest).map_err(|e| Error::io(&dest, e))
}

fn prune_empty_dirs(out: &Path, mut dir: Option<&Path>) {
    while let Some(d) = dir {
        if d == out || !d.starts_with(out) || fs::remove_dir(d).is_err() {
            break;
        }
        dir = d.parent();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(p: &str, s: &str) -> OutputFile {
        OutputFile {
            path: p.into(),
            bytes: s.as_bytes().to_vec(),
        }
    }

    #[test]
    fn writes_skips_and_removes() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        let r = write(&out, &[file("index.html", "a"), file("x/index.html", "b")]).unwrap();
        assert_eq!(
            r,
            WriteReport {
                written: 2,
                unchanged: 0,
                removed: 0
            }
        );
        fs::write(out.join("mine.txt"), "user file").unwrap();
        let r = write(&out, &[file("index.html", "a2")]).unwrap();
        assert_eq!(
            r,
            WriteReport {
                written: 1,
                unchanged: 0,
                removed: 1
            }
        );
        assert!(!out.join("x").exists(), "empty folder pruned");
        assert!(
            out.join("mine.txt").exists(),
            "files newsdesk did not write are kept"
        );
        let r = write(&out, &[file("index.html", "a2")]).unwrap();
        assert_eq!(r.unchanged, 1);
    }

    #[test]
    fn refuses_escaping_paths() {
        let dir = tempfile::tempdir().unwrap();
        for p in ["../x", "/etc/x", "a/../../b", "a//b", ""] {
            assert!(write(dir.path(), &[file(p, "x")]).is_err(), "{p}");
        }
    }
}
