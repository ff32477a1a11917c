//! Bytes read from a file by mapping it into memory, or owned: the build cache's files are
//! mapped rather than copied into fresh buffers. Reading ~100 MB of them with `read()` was
//! 39% of an edit build's page faults at 10,000 articles (each copied page a fresh,
//! zeroed one), and the content texts kept from them are slices of their file's pages.
//!
//! A mapped file must not change while mapped. The build cache's files are never written in
//! place: each is written to a temporary file and renamed over the old one, so a mapping
//! keeps the old file's pages whatever a later build does (a program truncating a cache file
//! in place could still make a read fault; deleting the folder is safe).

use std::ops::{Deref, Range};
use std::path::Path;
use std::sync::Arc;

/// Bytes of a mapped file, or of a buffer; cloning shares them.
#[derive(Clone)]
pub struct Bytes {
    whole: Whole,
    range: Range<usize>,
}

#[derive(Clone)]
enum Whole {
    Owned(Arc<Vec<u8>>),
    Mapped(Arc<memmap2::Mmap>),
}

impl Bytes {
    /// The whole file `file`, mapped (read when it cannot be mapped); `Ok(None)` when
    /// there is no such file.
    pub fn map(file: &Path) -> std::io::Result<Option<Bytes>> {
        let f = match std::fs::File::open(file) {
            Ok(f) => f,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(e),
        };
        let len = f.metadata()?.len();
        if len == 0 {
            return Ok(Some(Bytes::from(Vec::new())));
        }
        // Windows refuses to rename a file over one that is mapped, as the cache's writes
        // do while a build still holds what it read: there the files are read.
        if cfg!(not(unix)) {
            return std::fs::read(file).map(|b| Some(Bytes::from(b)));
        }
        // SAFETY: the build cache's files are replaced by renaming, never changed in place
        // (see the module's documentation), so the mapped pages stay as they were read.
        // Populated at once: every byte is read (checksums), and one call maps the pages
        // that thousands of faults would.
        let mapped = unsafe { memmap2::MmapOptions::new().populate().map(&f) };
        match mapped {
            Ok(m) => {
                let range = 0..m.len();
                Ok(Some(Bytes {
                    whole: Whole::Mapped(Arc::new(m)),
                    range,
                }))
            }
            // A file system that cannot map files: read it.
            Err(_) => std::fs::read(file).map(|b| Some(Bytes::from(b))),
        }
    }

    /// The part `range` of these bytes (relative to them), sharing them; `None` when out
    /// of bounds.
    pub fn slice(&self, range: Range<usize>) -> Option<Bytes> {
        self.get(range.clone())?;
        Some(Bytes {
            whole: self.whole.clone(),
            range: self.range.start + range.start..self.range.start + range.end,
        })
    }
}

impl Deref for Bytes {
    type Target = [u8];

    fn deref(&self) -> &[u8] {
        let whole: &[u8] = match &self.whole {
            Whole::Owned(v) => v,
            Whole::Mapped(m) => m,
        };
        &whole[self.range.clone()]
    }
}

impl From<Vec<u8>> for Bytes {
    fn from(bytes: Vec<u8>) -> Self {
        let range = 0..bytes.len();
        Bytes {
            whole: Whole::Owned(Arc::new(bytes)),
            range,
        }
    }
}

impl PartialEq for Bytes {
    fn eq(&self, other: &Self) -> bool {
        **self == **other
    }
}

impl Eq for Bytes {}

impl std::fmt::Debug for Bytes {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let kind = match self.whole {
            Whole::Owned(_) => "owned",
            Whole::Mapped(_) => "mapped",
        };
        write!(f, "Bytes({} {kind})", self.len())
    }
}

/// [`Bytes`] checked to be UTF-8 once, read as a `str` from then on.
pub struct Utf8Bytes(Bytes);

impl Utf8Bytes {
    /// `bytes` as text, or the error when they are not UTF-8.
    pub fn new(bytes: Bytes) -> Result<Utf8Bytes, std::str::Utf8Error> {
        std::str::from_utf8(&bytes)?;
        Ok(Utf8Bytes(bytes))
    }

    /// The text.
    pub fn as_str(&self) -> &str {
        // SAFETY: checked to be UTF-8 when made, and the bytes never change (owned ones are
        // never handed out mutably; mapped files are not changed in place, see above).
        unsafe { std::str::from_utf8_unchecked(&self.0) }
    }
}

impl From<String> for Utf8Bytes {
    fn from(text: String) -> Self {
        Utf8Bytes(Bytes::from(text.into_bytes()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_mapped_file_reads_as_its_bytes_and_slices_share_them() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("f.bin");
        std::fs::write(&file, b"header\npayload").unwrap();
        let b = Bytes::map(&file).unwrap().unwrap();
        assert_eq!(&*b, b"header\npayload");
        assert!(format!("{b:?}").contains("mapped"));
        let payload = b.slice(7..14).unwrap();
        assert_eq!(&*payload, b"payload");
        assert_eq!(&*payload.slice(3..7).unwrap(), b"load");
        assert!(payload.slice(3..8).is_none(), "out of bounds");
        // Replaced by renaming, as the cache writes: the mapping keeps the old bytes.
        let new = dir.path().join("new.bin");
        std::fs::write(&new, b"other").unwrap();
        std::fs::rename(&new, &file).unwrap();
        assert_eq!(&*payload, b"payload");
        assert_eq!(&*Bytes::map(&file).unwrap().unwrap(), b"other");
        assert!(Bytes::map(&dir.path().join("none")).unwrap().is_none());
        std::fs::write(&file, b"").unwrap();
        assert!(Bytes::map(&file).unwrap().unwrap().is_empty());
    }

    #[test]
    fn only_utf8_is_text() {
        let ok = Utf8Bytes::new(Bytes::from("é!".as_bytes().to_vec())).unwrap();
        assert_eq!(ok.as_str(), "é!");
        assert!(Utf8Bytes::new(Bytes::from(vec![b'a', 0xff])).is_err());
    }
}
