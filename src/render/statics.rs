//! Static files copied into the output as they are (the theme's, then the site's `static/`
//! over them). Files on disk are listed with their stamp, not read: a rebuild keeps an
//! output file the last build wrote from the same stamp without reading either copy, so a
//! site with a gigabyte of photos in `static/` rebuilds as fast as one without.

use std::borrow::Cow;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::filestamp;
use crate::output::Transaction;

/// A file of the site's `static/` folder as the build's walk of the inputs found it, so the
/// templates need not list the folder again: a site's pictures are most of it (1,000
/// pictures are 1,000 `stat`s).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListedStatic {
    /// Its path under `static/`, `/`-separated.
    pub name: String,
    /// Its [`crate::filestamp`] stamp, when it had settled (else it is compared byte for byte).
    pub settled: Option<u64>,
}

/// One static file.
#[derive(Debug, Clone)]
pub struct StaticFile {
    source: Source,
    /// Changes whenever the bytes do (a hash of built-in bytes, the stamp of a file on disk);
    /// `None` for a file changed too recently to trust its stamp (compared byte for byte).
    pub key: Option<u64>,
}

#[derive(Debug, Clone)]
enum Source {
    BuiltIn(&'static [u8]),
    Disk(PathBuf),
}

impl StaticFile {
    /// A file compiled into newsdesk (the default theme's).
    pub fn built_in(bytes: &'static [u8]) -> StaticFile {
        StaticFile {
            source: Source::BuiltIn(bytes),
            key: Some(xxhash_rust::xxh3::xxh3_64(bytes)),
        }
    }

    /// The file at `path`, whose metadata is `meta`.
    pub fn on_disk(path: &Path, meta: &std::fs::Metadata) -> StaticFile {
        StaticFile {
            source: Source::Disk(path.to_path_buf()),
            key: filestamp::stamp(meta),
        }
    }

    /// The file at `path`, as a walk of the site found it (see [`ListedStatic`]).
    pub fn listed(path: PathBuf, settled: Option<u64>) -> StaticFile {
        StaticFile {
            source: Source::Disk(path),
            key: settled,
        }
    }

    /// The stamp of the file, when it is the file at `path` on disk and old enough to trust
    /// it (see [`crate::filestamp`]).
    pub fn stamp_at(&self, path: &Path) -> Option<u64> {
        match &self.source {
            Source::Disk(p) if p == path => self.key,
            _ => None,
        }
    }

    /// [`StaticFile::stamp_at`] of `dir` joined with `rel` (`/`-separated), compared
    /// without making the joined path when it can be (a build asks for each picture's).
    pub fn stamp_under(&self, dir: &Path, rel: &str) -> Option<u64> {
        let Source::Disk(p) = &self.source else {
            return None;
        };
        let (p, d) = (
            p.as_os_str().as_encoded_bytes(),
            dir.as_os_str().as_encoded_bytes(),
        );
        let same = p.len() == d.len() + 1 + rel.len()
            && p.starts_with(d)
            && p[d.len()] == b'/'
            && p.ends_with(rel.as_bytes());
        match same {
            true => self.key,
            false => self.stamp_at(&dir.join(rel)),
        }
    }

    /// The file's bytes (read now, for a file on disk).
    pub fn bytes(&self) -> Result<Cow<'static, [u8]>> {
        match &self.source {
            Source::BuiltIn(b) => Ok(Cow::Borrowed(b)),
            Source::Disk(p) => std::fs::read(p)
                .map(Cow::Owned)
                .map_err(|e| Error::io(p, e)),
        }
    }

    /// Adds the file to `tx` as `name`: kept without reading when the last build wrote it
    /// from the same key, else read and compared.
    pub fn put_into(&self, tx: &Transaction, name: &str) -> Result<()> {
        if self.key.is_some_and(|k| tx.keep_if_fresh(name, k)) {
            return Ok(());
        }
        tx.put(name, &self.bytes()?, self.key)
    }
}
