//! The persistent build cache: what a [`super::Builder`] keeps between builds of one process
//! (story grouping's index and mates, related lists, the search index's words, parsed front
//! matter, brief texts, briefs, outlines), written to
//! `.newsdesk/cache/build/` after a CLI build and read by the next one, so a build in a new
//! process reuses it as the preview server does.
//!
//! Each kind has a file of its own ([`FILES`]), read in parallel and rewritten only when its
//! content changed: an edit to an article's body leaves the front matter's file alone. Each
//! file starts with a line naming newsdesk's version, the cache's format and the executable
//! that wrote it, then a checksum of the rest. Each entry inside is keyed by what it was
//! computed from (a hash of the article's file and enrichment, a search document's inputs),
//! so stale entries are never used; a file of another version, or one that fails its checksum
//! or does not decode, is ignored with one warning (the other kinds are still used: each is
//! right on its own). Deleting the folder is always safe.

use std::path::{Path, PathBuf};

use crate::enrich::brief::BriefItem;
use crate::enrich::kept_text::{self, Text};
use crate::enrich::story_index::Kept;
use crate::search;
use crate::site::outlines;
use crate::site::{Lasting, ModelMemo};

use super::shards;
use crate::mapped::Bytes;

/// The cache's folder under the site root (`images/` beside it belongs to image renditions).
pub const DIR: &str = ".newsdesk/cache/build";
/// The cache's files in [`DIR`]: story grouping, search words, front matter, brief texts,
/// briefs (outlines are in [`OUTLINES`]).
pub const FILES: [&str; 5] = [
    "stories.bin",
    "search.bin",
    "fronts.bin",
    "texts.bin",
    "briefs.bin",
];
/// The folder of the outlines' shards (`00.bin`…`15.bin`, [`crate::site::outlines`]).
pub const OUTLINES: &str = "outlines";
/// Files older builds wrote, removed by the next save: the single file of the first, and
/// the outlines in one file, read whole and rewritten whole after every edit.
const LEGACY: [&str; 2] = ["memo.bin", "outlines.bin"];
/// What the file starts with.
const MAGIC: &str = "newsdesk build cache";
/// Bumped whenever what is cached changes meaning or shape within one newsdesk version.
const FORMAT: u32 = 20;

/// The cache files of the site at `root`, in the order of [`FILES`].
pub fn paths(root: &Path) -> [PathBuf; 5] {
    FILES.map(|f| root.join(DIR).join(f))
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

/// What was read back; a kind whose file is missing or untrusted is empty.
#[derive(Default)]
pub struct Loaded {
    /// Story grouping's index and mates, and the related lists.
    pub model: Option<Lasting>,
    /// The search index's words.
    pub search: Option<search::Memo>,
    /// Parsed front matter by its YAML's hash.
    pub fronts: crate::content::Fronts,
    /// Brief texts by what they are made from ([`crate::enrich::derive::text_key`]).
    pub texts: Vec<(u64, Text)>,
    /// Briefs by what they are made from (a hash of their quoted texts' keys and focus).
    pub briefs: Vec<(u64, Vec<BriefItem>)>,
    /// Articles' word counts and leads by [`crate::site::memo::outline_key`], one packed
    /// shard each: the cards of the pages one edit changes need ~1,000 of them, each a
    /// Markdown render.
    pub outlines: Vec<outlines::Packed>,
}

/// What each file held when last read or written, so an unchanged kind is not written again:
/// a checksum of the story and search files' payloads, and a hash of the front matter's,
/// brief texts', briefs' and each outline shard's keys (each key is a hash of what its entry
/// is made from, so the keys decide the content).
#[derive(Debug, Default, Clone, Copy)]
pub struct Sums {
    files: [Option<u64>; 5],
    /// The outlines' shards.
    outlines: [Option<u64>; outlines::SHARDS],
    /// Story grouping's articles ([`super::shards`]).
    stories: shards::Sums,
    /// The search index's documents.
    search: shards::Sums,
    /// The search index's posting lists (a checksum of the payload).
    postings: Option<u64>,
}

/// Reads the cache of the site at `root`, the files in parallel, noting what each
/// held in `sums`. The warning is the first file's that must not be trusted (that kind is
/// left empty).
pub fn load(root: &Path, sums: &mut Sums) -> (Loaded, Option<String>) {
    let [stories, search_file, fronts_file, texts_file, briefs_file] = paths(root);
    let (stories_sums, search_sums) = (&mut sums.stories, &mut sums.search);
    let lists_sum = &mut sums.postings;
    let outline_sums = &mut sums.outlines;
    let ((model, (texts, briefs)), (search, (fronts, outlines))) = rayon::join(
        || {
            rayon::join(
                || load_stories(root, &stories, stories_sums),
                || rayon::join(|| load_texts(&texts_file), || load_keyed(&briefs_file)),
            )
        },
        || {
            rayon::join(
                || load_search(root, &search_file, search_sums, lists_sum),
                || {
                    rayon::join(
                        || load_fronts(&fronts_file),
                        || load_outlines(root, outline_sums),
                    )
                },
            )
        },
    );
    let mut loaded = Loaded::default();
    let mut warning = None;
    let mut first = |e: String| {
        warning.get_or_insert(e);
    };
    match model {
        Ok(Some((m, sum))) => (loaded.model, sums.files[0]) = (Some(m), Some(sum)),
        Ok(None) => {}
        Err(e) => first(e),
    }
    match search {
        Ok(Some((m, sum))) => (loaded.search, sums.files[1]) = (Some(m), Some(sum)),
        Ok(None) => {}
        Err(e) => first(e),
    }
    match fronts {
        Ok(Some((f, sum))) => (loaded.fronts, sums.files[2]) = (f, Some(sum)),
        Ok(None) => {}
        Err(e) => first(e),
    }
    match texts {
        Ok(Some((t, sum))) => (loaded.texts, sums.files[3]) = (t, Some(sum)),
        Ok(None) => {}
        Err(e) => first(e),
    }
    match briefs {
        Ok(Some((b, sum))) => (loaded.briefs, sums.files[4]) = (b, Some(sum)),
        Ok(None) => {}
        Err(e) => first(e),
    }
    let (packed, outline_warning) = outlines;
    loaded.outlines = packed;
    if let Some(e) = outline_warning {
        first(e);
    }
    (loaded, warning)
}

/// A file's decoded payload and what [`Sums`] keeps of it; `Ok(None)` when there is none.
type Part<T> = Result<Option<(T, u64)>, String>;

/// The folders of the per-article entries of the story and search files ([`shards`]).
const STORY_SHARDS: &str = "stories";
const SEARCH_SHARDS: &str = "search";

fn load_stories(root: &Path, file: &Path, sums: &mut shards::Sums) -> Part<Lasting> {
    sums.clear();
    let Some(bytes) = read(file)? else {
        return Ok(None);
    };
    let (payload, checksum) = unframe(&bytes, file)?;
    let (expected, mut model): (shards::Expected, Lasting) =
        postcard::from_bytes(payload).map_err(|e| damaged(file, &e.to_string()))?;
    // The articles are read even without an index: they must be the ones written with it.
    let docs: Vec<(u64, Kept)> = shards::load(root, STORY_SHARDS, 0, &expected, sums)?;
    if let Some(index) = &mut model.0 {
        index.set_kept(docs);
        index.after_load();
    }
    Ok(Some((model, checksum)))
}

fn load_search(
    root: &Path,
    file: &Path,
    sums: &mut shards::Sums,
    lists_sum: &mut Option<u64>,
) -> Part<search::Memo> {
    sums.clear();
    *lists_sum = None;
    let Some(bytes) = read(file)? else {
        return Ok(None);
    };
    let (payload, checksum) = unframe(&bytes, file)?;
    let (expected, mut memo): (shards::Expected, search::Memo) =
        postcard::from_bytes(payload).map_err(|e| damaged(file, &e.to_string()))?;
    // The posting lists are of this memo only if they name its generation; any lists of
    // its words and documents' keys are right (the keys decide the words), so lists left
    // by an earlier save are as good as the last one's.
    let lists_file = postings_path(root);
    let (generation, words) = (memo.generation(), memo.words());
    let (docs, lists) = rayon::join(
        || shards::load(root, SEARCH_SHARDS, generation, &expected, sums),
        || -> Result<_, String> {
            let Some(bytes) = read_payload(&lists_file)? else {
                return Ok(None);
            };
            let sum = xxhash_rust::xxh3::xxh3_64(&bytes);
            let lists = search::postings::Postings::read(bytes, generation, words)
                .map_err(|why| damaged(&lists_file, &why))?;
            Ok(lists.map(|l| (l, sum)))
        },
    );
    memo.set_docs(docs?);
    if !memo.after_load() {
        sums.clear();
        return Err(damaged(file, "inconsistent search words"));
    }
    if let Some((lists, sum)) = lists? {
        memo.set_postings(lists);
        *lists_sum = Some(sum);
    }
    Ok(Some((memo, checksum)))
}

/// The file of the search index's posting lists ([`search::postings`]), beside its shards.
fn postings_path(root: &Path) -> PathBuf {
    root.join(DIR).join(SEARCH_SHARDS).join("postings.bin")
}

/// The front matter's file: entries of a key (8 bytes), a length (4 bytes, both
/// little-endian) and that many bytes of encoded front matter ([`crate::content::front_bin`]),
/// each kept as a slice of the mapped file (decoded as each article is loaded).
fn load_fronts(file: &Path) -> Part<crate::content::Fronts> {
    let Some(payload) = read_payload(file)? else {
        return Ok(None);
    };
    let mut fronts = crate::content::Fronts::default();
    let mut at = 0;
    while at < payload.len() {
        let head = payload
            .get(at..at + 12)
            .ok_or_else(|| damaged(file, "truncated"))?;
        let key = u64::from_le_bytes(head[..8].try_into().expect("8 bytes"));
        let len = u32::from_le_bytes(head[8..].try_into().expect("4 bytes")) as usize;
        let entry = payload
            .slice(at + 12..at + 12 + len)
            .ok_or_else(|| damaged(file, "truncated"))?;
        fronts.insert(key, entry);
        at += 12 + len;
    }
    let sum = keys_sum(fronts.keys().copied());
    Ok(Some((fronts, sum)))
}

/// The payload [`load_fronts`] reads, entries sorted by key (the same fronts make the same
/// bytes).
fn fronts_payload(fronts: &crate::content::Fronts) -> Vec<u8> {
    let mut list: Vec<(u64, &[u8])> = fronts.iter().map(|(k, b)| (*k, &**b)).collect();
    list.sort_unstable_by_key(|(k, _)| *k);
    let mut out = Vec::with_capacity(list.iter().map(|(_, b)| 12 + b.len()).sum());
    for (k, b) in list {
        out.extend_from_slice(&k.to_le_bytes());
        out.extend_from_slice(&(b.len() as u32).to_le_bytes());
        out.extend_from_slice(b);
    }
    out
}

/// A file of entries keyed by what they are made from (brief texts, briefs).
fn load_keyed<T: serde::de::DeserializeOwned>(file: &Path) -> Part<Vec<(u64, T)>> {
    let Some(bytes) = read(file)? else {
        return Ok(None);
    };
    let (payload, _) = unframe(&bytes, file)?;
    let entries: Vec<(u64, T)> =
        postcard::from_bytes(payload).map_err(|e| damaged(file, &e.to_string()))?;
    let sum = keys_sum(entries.iter().map(|(k, _)| *k));
    Ok(Some((entries, sum)))
}

/// The brief texts' file, each text left encoded until read ([`kept_text`]).
fn load_texts(file: &Path) -> Part<Vec<(u64, Text)>> {
    let Some(payload) = read_payload(file)? else {
        return Ok(None);
    };
    let entries = kept_text::split(&payload).map_err(|why| damaged(file, why))?;
    let sum = keys_sum(entries.iter().map(|(k, _)| *k));
    Ok(Some((entries, sum)))
}

/// The outline shard file `n` of the site at `root`.
fn outline_path(root: &Path, n: usize) -> PathBuf {
    root.join(DIR).join(OUTLINES).join(format!("{n:02}.bin"))
}

/// Reads the outlines' shards in parallel, noting each one's keys in `sums`, without
/// decoding them; a shard missing is simply absent. Each outline is keyed by what it is made
/// from, so a damaged or foreign shard is left out alone (with the warning returned) and
/// the others are used.
fn load_outlines(
    root: &Path,
    sums: &mut [Option<u64>; outlines::SHARDS],
) -> (Vec<outlines::Packed>, Option<String>) {
    use rayon::prelude::*;
    let read: Vec<Result<Option<(outlines::Packed, u64)>, String>> = (0..outlines::SHARDS)
        .into_par_iter()
        .map(|n| {
            let file = outline_path(root, n);
            let Some(payload) = read_payload(&file)? else {
                return Ok(None);
            };
            let packed = outlines::Packed::read(payload).map_err(|why| damaged(&file, why))?;
            let keys: Vec<u64> = packed.keys().collect();
            if keys.iter().any(|&k| outlines::shard_of(k) != n) {
                return Err(damaged(&file, "entries out of place"));
            }
            Ok(Some((packed, keys_sum(keys.into_iter()))))
        })
        .collect();
    let mut packed = Vec::new();
    let mut warning = None;
    for (n, r) in read.into_iter().enumerate() {
        sums[n] = None;
        match r {
            Ok(Some((p, sum))) => {
                sums[n] = Some(sum);
                packed.push(p);
            }
            Ok(None) => {}
            Err(e) => {
                warning.get_or_insert(e);
            }
        }
    }
    (packed, warning)
}

/// Writes each outline shard whose keys are not those `last` says it held (atomically), in
/// parallel; returns each shard's keys' hash (`None` for one not written).
fn save_outlines(
    root: &Path,
    kept: &outlines::Outlines,
    last: [Option<u64>; outlines::SHARDS],
) -> Result<[Option<u64>; outlines::SHARDS], String> {
    use rayon::prelude::*;
    let dir = root.join(DIR).join(OUTLINES);
    let fail = |file: &Path, e: &dyn std::fmt::Display| {
        format!("{}: cannot write the build cache ({e})", file.display())
    };
    std::fs::create_dir_all(&dir).map_err(|e| fail(&dir, &e))?;
    let done: Vec<Result<u64, String>> = kept
        .by_shard()
        .into_par_iter()
        .enumerate()
        .map(|(n, kept)| {
            let sum = keys_sum(kept.iter().map(|e| e.0));
            let file = outline_path(root, n);
            if last[n] == Some(sum) && file.exists() {
                return Ok(sum);
            }
            let entries = outlines::Outlines::entries(&kept);
            write_framed(root, &file, &outlines::Packed::write(&entries))
                .map_err(|e| fail(&file, &e))?;
            Ok(sum)
        })
        .collect();
    let mut sums = [None; outlines::SHARDS];
    let mut first = None;
    for (n, d) in done.into_iter().enumerate() {
        match d {
            Ok(s) => sums[n] = Some(s),
            Err(e) => {
                first.get_or_insert(e);
            }
        }
    }
    first.map_or(Ok(sums), Err)
}

/// A hash of a file's entry keys, sorted.
fn keys_sum(keys: impl Iterator<Item = u64>) -> u64 {
    let mut keys: Vec<u64> = keys.collect();
    keys.sort_unstable();
    let mut h = crate::keyhash::KeyHasher::new(0x4652_4f4e);
    for k in keys {
        h.num(k);
    }
    h.finish()
}

/// The bytes of the cache file `file` (mapped, [`crate::mapped`]): `Ok(None)` when there
/// is none, `Err(warning)` when it cannot be read.
pub(super) fn read(file: &Path) -> Result<Option<Bytes>, String> {
    Bytes::map(file).map_err(|e| {
        format!(
            "{}: cannot read the build cache ({e}); ignoring it",
            file.display()
        )
    })
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
    let rest = after_header(bytes, file)?;
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

/// [`read`] and [`unframe`] of the cache file `file`: its payload, sharing the file's
/// mapped pages (nothing is copied); `Ok(None)` when there is no file.
pub(super) fn read_payload(file: &Path) -> Result<Option<Bytes>, String> {
    let Some(bytes) = read(file)? else {
        return Ok(None);
    };
    let (payload, _) = unframe(&bytes, file)?;
    let at = payload.as_ptr() as usize - bytes.as_ptr() as usize;
    Ok(bytes.slice(at..at + payload.len()))
}

/// What follows the header line of the cache file `bytes` (read from `file`), once the
/// header is this newsdesk's; otherwise the warning to give.
fn after_header<'a>(bytes: &'a [u8], file: &Path) -> Result<&'a [u8], String> {
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
    Ok(&bytes[line_end + 1..])
}

/// Writes `payload` framed by the header and its checksum to `file` in [`DIR`] atomically
/// (a reader sees the old file or the new one).
pub(super) fn write_framed(root: &Path, file: &Path, payload: &[u8]) -> std::io::Result<()> {
    write_framed_summed(root, file, payload).map(|_| ())
}

/// Whether `file` is this build's framing of a payload of `len` bytes with checksum `sum`,
/// judged from its header and length alone (for a writer that need not write it again; a
/// reader still checks the checksum against the bytes).
pub(super) fn holds(file: &Path, len: usize, sum: u64) -> bool {
    use std::io::Read;
    let head = header().as_bytes();
    let mut start = vec![0; head.len() + 8];
    std::fs::File::open(file).is_ok_and(|mut f| {
        f.metadata()
            .is_ok_and(|m| m.len() == (start.len() + len) as u64)
            && f.read_exact(&mut start).is_ok()
            && start[..head.len()] == *head
            && start[head.len()..] == sum.to_le_bytes()
    })
}

/// [`write_framed`], returning the payload's checksum (as [`unframe`] gives it).
pub(super) fn write_framed_summed(
    root: &Path,
    file: &Path,
    payload: &[u8],
) -> std::io::Result<u64> {
    use std::io::Write;
    let dir = root.join(DIR);
    std::fs::create_dir_all(&dir)?;
    let mut tmp = tempfile::NamedTempFile::new_in(&dir)?;
    // Written in three parts rather than copied into one framed buffer first.
    tmp.write_all(header().as_bytes())?;
    let checksum = xxhash_rust::xxh3::xxh3_64(payload);
    tmp.write_all(&checksum.to_le_bytes())?;
    tmp.write_all(payload)?;
    tmp.persist(file).map_err(|e| e.error)?;
    Ok(checksum)
}

/// Writes each of the cache's files of the site at `root` whose content is not what `sums`
/// says it held (atomically: a reader sees the old file or the new one), in parallel, and
/// updates `sums`. An error is returned as a warning's text; the build itself succeeded.
pub fn save(
    root: &Path,
    memo: &ModelMemo,
    search: &search::Memo,
    fronts: &crate::content::Fronts,
    sums: &mut Sums,
) -> Result<(), String> {
    let files = paths(root);
    for legacy in LEGACY {
        let _ = std::fs::remove_file(root.join(DIR).join(legacy));
    }
    let fail = |file: &Path, e: &dyn std::fmt::Display| {
        format!("{}: cannot write the build cache ({e})", file.display())
    };
    // Each payload is serialised straight into its temporary file, and put in place when its
    // checksum is not the one held: a payload held whole in memory (33 MB at 10,000 articles,
    // and a framed copy of it) was the peak of a cold build, which saves at its very end.
    let put = |file: &Path, last: Option<u64>, value: &dyn erased::Serialize| {
        let (tmp, checksum) =
            write_framed_with(root, |w| value.to_io(w)).map_err(|e| fail(file, &e))?;
        if last != Some(checksum) || !file.exists() {
            tmp.persist(file).map_err(|e| fail(file, &e.error))?;
        }
        Ok::<_, String>(Some(checksum))
    };
    let [s0, s1, s2, s3, s4] = sums.files;
    let outline_sums = &mut sums.outlines;
    let (story_sums, search_sums) = (&mut sums.stories, &mut sums.search);
    let postings_sum = &mut sums.postings;
    // The keys decide the content: serialise only when they changed.
    let put_keyed = |n: usize, last: Option<u64>, list: &dyn erased::Serialize, sum: u64| {
        if last == Some(sum) && files[n].exists() {
            return Ok(Some(sum));
        }
        put(&files[n], None, list).map(|_| Some(sum))
    };
    let ((stories, (texts, briefs)), (words, (front, outlines))) = rayon::join(
        || {
            rayon::join(
                || {
                    // The articles first: the main file names the shards it goes with.
                    let lasting = memo.lasting();
                    let docs = lasting.0.iter().flat_map(|i| i.kept()).collect();
                    let expected = shards::save(root, STORY_SHARDS, 0, docs, story_sums)?;
                    put(&files[0], s0, &(expected, lasting))
                },
                || {
                    rayon::join(
                        || {
                            let (list, sum) = keyed(memo.derive.lasting_texts());
                            if s3 == Some(sum) && files[3].exists() {
                                return Ok(Some(sum));
                            }
                            // Texts read back are written as the bytes they were read from.
                            write_framed(root, &files[3], &kept_text::join(&list))
                                .map_err(|e| fail(&files[3], &e))?;
                            Ok(Some(sum))
                        },
                        || {
                            let (list, sum) = keyed(memo.lasting_briefs());
                            put_keyed(4, s4, &list, sum)
                        },
                    )
                },
            )
        },
        || {
            rayon::join(
                || {
                    // A document's key decides its words.
                    let docs = search.docs().map(|(k, d)| (k, k, d)).collect();
                    let generation = search.generation();
                    let expected =
                        shards::save(root, SEARCH_SHARDS, generation, docs, search_sums)?;
                    let file = postings_path(root);
                    match search.postings() {
                        Some(lists) => {
                            let (tmp, sum) =
                                write_framed_with(root, |w| lists.write(generation, w))
                                    .map_err(|e| fail(&file, &e))?;
                            if *postings_sum != Some(sum) || !file.exists() {
                                tmp.persist(&file).map_err(|e| fail(&file, &e.error))?;
                                *postings_sum = Some(sum);
                            }
                        }
                        // None made (the index was not built): none kept, so no lists of an
                        // earlier memo or newsdesk are left to be read with this memo.
                        None => {
                            let _ = std::fs::remove_file(&file);
                            *postings_sum = None;
                        }
                    }
                    put(&files[1], s1, &(expected, search))
                },
                || {
                    rayon::join(
                        || {
                            let sum = keys_sum(fronts.keys().copied());
                            if s2 == Some(sum) && files[2].exists() {
                                return Ok(Some(sum));
                            }
                            write_framed(root, &files[2], &fronts_payload(fronts))
                                .map_err(|e| fail(&files[2], &e))?;
                            Ok(Some(sum))
                        },
                        || {
                            let last = *outline_sums;
                            let done = save_outlines(root, memo.lasting_outlines(), last);
                            // A shard not written is written again by the next save.
                            *outline_sums = match &done {
                                Ok(s) => *s,
                                Err(_) => [None; outlines::SHARDS],
                            };
                            done.map(drop)
                        },
                    )
                },
            )
        },
    );
    // Each kind's sum is updated only when its file was written: a failed one is retried.
    let mut first = None;
    for (k, done) in [stories, words, front, texts, briefs]
        .into_iter()
        .enumerate()
    {
        match done {
            Ok(sum) => sums.files[k] = sum,
            Err(e) => {
                sums.files[k] = None;
                first.get_or_insert(e);
            }
        }
    }
    if let Err(e) = outlines {
        first.get_or_insert(e);
    }
    first.map_or(Ok(()), Err)
}

/// Entries keyed by what they are made from, sorted by key without repeats (so the same
/// entries make the same bytes), and the hash of their keys, which decide the content.
fn keyed<T>(mut list: Vec<(u64, T)>) -> (Vec<(u64, T)>, u64) {
    list.sort_unstable_by_key(|(k, _)| *k);
    list.dedup_by_key(|(k, _)| *k);
    let sum = keys_sum(list.iter().map(|(k, _)| *k));
    (list, sum)
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

/// Serialising to a writer behind a trait object, so one closure writes every kind.
mod erased {
    /// A value postcard can serialise into a writer.
    pub trait Serialize: Sync {
        /// Serialises `self` into `w`.
        fn to_io(&self, w: &mut dyn std::io::Write) -> std::io::Result<()>;
    }

    impl<T: serde::Serialize + Sync> Serialize for T {
        fn to_io(&self, w: &mut dyn std::io::Write) -> std::io::Result<()> {
            postcard::to_io(self, w)
                .map(drop)
                .map_err(std::io::Error::other)
        }
    }
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
