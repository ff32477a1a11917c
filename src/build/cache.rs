//! The persistent build cache: what a [`super::Builder`] keeps between builds of one process
//! (story grouping's index and mates, the search index's words, parsed front matter), written to
//! `.newsdesk/cache/build/` after a CLI build and read by the next one, so a build in a new
//! process reuses it as the preview server does.
//!
//! The file starts with a line naming newsdesk's version, the cache's format and the
//! executable that wrote it, then a
//! checksum of the rest. Each entry inside is keyed by what it was computed from (a hash of
//! the article's file and enrichment, a search document's inputs), so stale entries are
//! never used; a cache of another version, or one that fails its checksum or does not
//! decode, is ignored with one warning. Deleting the folder is always safe.

use std::path::{Path, PathBuf};

use crate::search;
use crate::site::{Lasting, ModelMemo};

/// The cache's folder under the site root (`images/` beside it belongs to image renditions).
pub const DIR: &str = ".newsdesk/cache/build";
/// The cache file in [`DIR`].
const FILE: &str = "memo.bin";
/// What the file starts with.
const MAGIC: &str = "newsdesk build cache";
/// Bumped whenever what is cached changes meaning or shape within one newsdesk version.
const FORMAT: u32 = 3;

/// The cache file of the site at `root`.
pub fn path(root: &Path) -> PathBuf {
    root.join(DIR).join(FILE)
}

/// The first line this newsdesk writes and accepts. Besides the version and format it names
/// this very executable (a stamp of its file): a rebuilt newsdesk may cache things in
/// another shape or meaning without anyone bumping [`FORMAT`], and must not trust them.
pub(super) fn header() -> &'static str {
    static HEADER: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
        let build = std::env::current_exe()
            .and_then(std::fs::metadata)
            .map_or(0, |m| crate::filestamp::stamp_now(&m));
        format!(
            "{MAGIC} {} format {FORMAT} build {build:016x}\n",
            env!("CARGO_PKG_VERSION")
        )
    });
    &HEADER
}

/// What was read back: the model's lasting memo and the search memo.
pub struct Loaded {
    /// Story grouping's index and mates.
    pub model: Lasting,
    /// The search index's words.
    pub search: search::Memo,
    /// Parsed front matter by its YAML's hash.
    pub fronts: crate::content::Fronts,
    /// The file's checksum, so an unchanged cache is not written again.
    pub checksum: u64,
}

/// Reads the cache of the site at `root`: `Ok(None)` when there is none, `Err(warning)`
/// when there is one that must not be trusted.
pub fn load(root: &Path) -> Result<Option<Loaded>, String> {
    let file = path(root);
    let Some(bytes) = read(&file)? else {
        return Ok(None);
    };
    let (payload, checksum) = unframe(&bytes, &file)?;
    let corrupt = |why: &str| damaged(&file, why);
    let (mut model, mut search, fronts): (Lasting, search::Memo, Vec<(u64, String)>) =
        postcard::from_bytes(payload).map_err(|e| corrupt(&e.to_string()))?;
    let fronts = fronts.into_iter().map(|(k, j)| (k, j.into())).collect();
    if let Some(index) = &mut model.0 {
        index.after_load();
    }
    if !search.after_load() {
        return Err(corrupt("inconsistent search words"));
    }
    Ok(Some(Loaded {
        model,
        search,
        fronts,
        checksum,
    }))
}

/// The bytes of the cache file `file`: `Ok(None)` when there is none, `Err(warning)` when
/// it cannot be read.
pub(super) fn read(file: &Path) -> Result<Option<Vec<u8>>, String> {
    match std::fs::read(file) {
        Ok(b) => Ok(Some(b)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(format!(
            "{}: cannot read the build cache ({e}); ignoring it",
            file.display()
        )),
    }
}

/// The warning for a cache file that is damaged, and why.
pub(super) fn damaged(file: &Path, why: &str) -> String {
    format!(
        "{}: the build cache is damaged ({why}); ignoring it, the next build rewrites it",
        file.display()
    )
}

/// The payload of a cache file's `bytes` (read from `file`) and its checksum, once its
/// header and checksum are checked; otherwise the warning to give.
pub(super) fn unframe<'a>(bytes: &'a [u8], file: &Path) -> Result<(&'a [u8], u64), String> {
    let line_end = bytes
        .iter()
        .position(|&b| b == b'\n')
        .filter(|&n| bytes.starts_with(MAGIC.as_bytes()) && n < 200)
        .ok_or_else(|| damaged(file, "no header"))?;
    let line = String::from_utf8_lossy(&bytes[..=line_end]);
    if line != header() {
        return Err(format!(
            "{}: the build cache was written by another version or build of newsdesk ({}); ignoring it, the next build rewrites it",
            file.display(),
            line.trim_end().trim_start_matches(MAGIC).trim()
        ));
    }
    let rest = &bytes[line_end + 1..];
    if rest.len() < 8 {
        return Err(damaged(file, "truncated"));
    }
    let (sum, payload) = rest.split_at(8);
    let checksum = u64::from_le_bytes(sum.try_into().expect("8 bytes"));
    if checksum != xxhash_rust::xxh3::xxh3_64(payload) {
        return Err(damaged(file, "checksum mismatch"));
    }
    Ok((payload, checksum))
}

/// Writes `payload` framed by the header and its checksum to `file` in [`DIR`] atomically
/// (a reader sees the old file or the new one).
pub(super) fn write_framed(root: &Path, file: &Path, payload: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let dir = root.join(DIR);
    std::fs::create_dir_all(&dir)?;
    let mut tmp = tempfile::NamedTempFile::new_in(&dir)?;
    // Written in three parts: a framed copy of the payload (33 MB at 10,000 articles) would
    // add to the build's peak memory.
    tmp.write_all(header().as_bytes())?;
    tmp.write_all(&xxhash_rust::xxh3::xxh3_64(payload).to_le_bytes())?;
    tmp.write_all(payload)?;
    tmp.persist(file).map_err(|e| e.error)?;
    Ok(())
}

/// Writes the cache of the site at `root` (atomically: a reader sees the old file or the
/// new one) unless its checksum is `last` (what was read or written before), which it
/// updates. An error is returned as a warning's text; the build itself succeeded.
pub fn save(
    root: &Path,
    memo: &ModelMemo,
    search: &search::Memo,
    fronts: &crate::content::Fronts,
    last: &mut Option<u64>,
) -> Result<(), String> {
    let file = path(root);
    let fail = |e: &dyn std::fmt::Display| {
        format!("{}: cannot write the build cache ({e})", file.display())
    };
    // Sorted, so the same fronts make the same bytes (an unchanged cache is not rewritten).
    let mut fronts: Vec<(u64, &str)> = fronts.iter().map(|(k, j)| (*k, &**j)).collect();
    fronts.sort_unstable_by_key(|(k, _)| *k);
    // Serialised straight into the file: the payload (33 MB at 10,000 articles) held in
    // memory was the peak of a cold build, which writes it at the very end.
    let (tmp, checksum) = write_framed_with(root, |w| {
        postcard::to_io(&(memo.lasting(), search, fronts), w)
            .map(drop)
            .map_err(std::io::Error::other)
    })
    .map_err(|e| fail(&e))?;
    // An unchanged cache is left as it is (the temporary file is removed when dropped).
    if *last == Some(checksum) && file.exists() {
        return Ok(());
    }
    tmp.persist(&file).map_err(|e| fail(&e.error))?;
    *last = Some(checksum);
    Ok(())
}

/// Writes a framed payload to a temporary file in [`DIR`] as `payload` serialises it, and
/// returns the file (not yet in place) and the payload's checksum.
fn write_framed_with(
    root: &Path,
    payload: impl FnOnce(&mut dyn std::io::Write) -> std::io::Result<()>,
) -> std::io::Result<(tempfile::NamedTempFile, u64)> {
    use std::io::{Seek, SeekFrom, Write};
    let dir = root.join(DIR);
    std::fs::create_dir_all(&dir)?;
    let mut tmp = tempfile::NamedTempFile::new_in(&dir)?;
    let head = header().as_bytes();
    tmp.write_all(head)?;
    // The checksum goes before the payload, so it is written last, in its place.
    tmp.write_all(&[0; 8])?;
    let mut out = std::io::BufWriter::with_capacity(1 << 16, Hashing::new(tmp.as_file_mut()));
    payload(&mut out)?;
    let checksum = out.into_inner().map_err(|e| e.into_error())?.digest();
    tmp.seek(SeekFrom::Start(head.len() as u64))?;
    tmp.write_all(&checksum.to_le_bytes())?;
    Ok((tmp, checksum))
}

/// A writer that hashes what passes through it.
struct Hashing<W> {
    inner: W,
    hash: xxhash_rust::xxh3::Xxh3,
}

impl<W> Hashing<W> {
    fn new(inner: W) -> Self {
        Hashing {
            inner,
            hash: xxhash_rust::xxh3::Xxh3::new(),
        }
    }

    /// The hash of everything written (the same as `xxh3_64` of the bytes).
    fn digest(&self) -> u64 {
        self.hash.digest()
    }
}

impl<W: std::io::Write> std::io::Write for Hashing<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.hash.update(&buf[..n]);
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}
