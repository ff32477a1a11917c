//! The no-op check of CLI builds: a record of every input file (by stamp, or by content when
//! it was too recently modified for its stamp to be trusted), the options, and every output
//! file as the last build left it. When the inputs match the record and every output file
//! is still as written, the build's output is already what a build would write: the build
//! stops there and writes nothing. Any difference means an ordinary build.
//!
//! Inputs are every file under the site root except the output folder, `.git` and
//! `.newsdesk` (newsdesk's own state and caches) but for the image cache's index; the
//! built-in theme is part of the executable, which the cache header names. Stored as
//! `.newsdesk/cache/build/inputs.bin`, framed like the rest of the build cache (version
//! header, checksum).
//!
//! Pictures in the output (image renditions under `_img/`, pictures copied from `static/`)
//! are checked by their folder: a build only ever writes them whole under a new name and
//! renames them into place, and a file added to, removed from or renamed into a folder
//! changes the folder's stamp, so an unchanged folder stamp vouches for its pictures without
//! a `stat` each (1,000 lead images are 7,000 files). A folder modified too recently when
//! recorded is checked file by file. A picture overwritten in place by something else than
//! newsdesk is found by `build --full`. Pages, feeds and every other file are checked one by
//! one. The pictures' own entries follow the record in the file and are decoded only when a
//! folder's stamp moved or a build needs them, not by a build with nothing to do.

use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use crate::content::Listed;
use crate::filestamp;
use crate::keyhash::KeyHasher;
use crate::render::statics::ListedStatic;

use super::cache;

/// The record's file in [`cache::DIR`].
const FILE: &str = "inputs.bin";
/// The pictures of the record's folders, in [`cache::DIR`].
const PICTURES: &str = "pictures.bin";

/// What an input file is known by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
enum Seen {
    /// Its stamp, taken when it had settled: any later write changes it.
    Stamp(u64),
    /// A hash of its bytes: it was modified too recently for its stamp to be trusted.
    Content(u64),
}

/// The input files as found now, before the build reads them.
pub struct Inputs {
    /// In the walk's order (each folder's listing order, which stays while the folder does not
    /// change; another order only means a build, never a missed change; sorting 1,000
    /// pictures' paths was a sixth of their cost in a build with nothing to do), by path
    /// (relative to the root, `/`-separated): each file's stamp, and its content hash when
    /// the stamp has not settled (hashed now: the build reads it later, so a write in
    /// between makes the record older than the output, never newer).
    files: Vec<(String, u64, Option<u64>)>,
    root: PathBuf,
    out: PathBuf,
    /// A hash of the options and environment the output also depends on.
    options: u64,
    /// The content files among them, for the build to load without walking again; `None`
    /// when the walk skipped some (the output folder is inside the content folder).
    listed: Option<Vec<Listed>>,
    /// The files of `static/` among them that the templates do not take (links, hidden
    /// files: most often none), by path; `None` when the walk skipped some. The others are
    /// made into [`ListedStatic`]s from `files` only when a build takes them: a build with
    /// nothing to do made 1,000 names of a site's 1,000 pictures for nothing.
    statics: Option<Vec<String>>,
}

impl Inputs {
    /// The content files found ([`crate::content::load_listed`]), once.
    pub fn take_listed(&mut self) -> Option<Vec<Listed>> {
        self.listed.take()
    }

    /// The files of `static/` found ([`crate::render::templates::load_listed`]), once.
    pub fn take_statics(&mut self) -> Option<Vec<ListedStatic>> {
        let unshown = self.statics.take()?;
        let statics = self.files.iter().filter_map(|(rel, stamp, content)| {
            let name = rel.strip_prefix(STATIC_DIR)?.strip_prefix('/')?;
            (!unshown.contains(rel)).then(|| ListedStatic {
                name: name.to_string(),
                // Settled exactly when the record trusts its stamp.
                settled: content.is_none().then_some(*stamp),
            })
        });
        Some(statics.collect())
    }
}

/// An input file as found: its path, stamp, and content hash when the stamp is too recent.
type Found = (String, u64, Option<u64>);

/// One output file as the build left it.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct Output {
    path: String,
    len: u64,
    stamp: u64,
    /// Counted in the site's size (the bookkeeping files are not).
    counted: bool,
}

/// A group of output files (a picture's renditions, see [`crate::output::Group`]) as the
/// build left it: one entry for all its members, not one each.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct GroupOut {
    prefix: String,
    /// The members as the manifest lists them (`name:len,…`).
    members: String,
    /// Each member's stamp, in the order of `members`.
    stamps: Vec<u64>,
}

impl GroupOut {
    /// Whether every member is in the output folder `out` as recorded.
    fn intact(&self, out: &Path) -> bool {
        let members = crate::output::group_members(&self.members);
        let mut n = 0;
        let all = members.zip(&self.stamps).all(|((name, len), &stamp)| {
            n += 1;
            let path = out.join(format!("{}{name}", self.prefix));
            std::fs::symlink_metadata(path)
                .is_ok_and(|m| m.is_file() && m.len() == len && filestamp::stamp_now(&m) == stamp)
        });
        all && n == self.stamps.len()
    }
}

/// The files and groups of one folder of pictures.
type Pictures = (Vec<Output>, Vec<GroupOut>);

/// A folder whose settled stamp vouches for the pictures in it.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct Folder {
    path: String,
    stamp: u64,
}

/// What a successful build leaves for the next one to compare with.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Record {
    options: u64,
    out: PathBuf,
    /// The input files' paths one after another, in the order of `seen` (one string to
    /// read back, not one a file).
    paths: String,
    /// Each input file's path's length in `paths` and what it is known by, in the order
    /// [`Inputs`] found them.
    seen: Vec<(u32, Seen)>,
    /// Output files checked one by one.
    outputs: Vec<Output>,
    /// Groups of output files checked one by one (those of folders not settled).
    groups: Vec<GroupOut>,
    /// Folders checked by their stamp; their pictures are in [`Record::pictures`].
    folders: Vec<Folder>,
    /// The output's size as the build counted it.
    size: crate::output::size::SiteSize,
    /// The build's report, for a build that finds nothing to do.
    pub articles: usize,
    /// Files in the output.
    pub files: usize,
    /// The warnings the build gave (repeated by a build that does nothing).
    pub warnings: Vec<String>,
    /// The checksum of the payload of [`PICTURES`] written with this record (the pictures of
    /// each of `folders`, in order): a pictures file of another build is never taken for
    /// this one's. 1,000 lead images are 7,000 entries a build with nothing to do need not read.
    pictures_sum: u64,
    /// The length of that payload (to tell the file is still there, unread).
    pictures_len: u64,
    /// [`pictures_key`] of the build's pictures (all of them, not only those in `folders`).
    pictures_key: u64,
    /// Every picture of the build is in one of `folders` (none checked one by one).
    pictures_settled: bool,
    /// Where the record was read from (to find its pictures).
    #[serde(skip)]
    root: PathBuf,
}

impl Record {
    /// The output's size as the recorded build counted it.
    pub fn size(&self) -> crate::output::size::SiteSize {
        self.size.clone()
    }

    /// The pictures of each folder, in the order of `folders`; `Ok(None)` when their file is
    /// missing or not the one written with this record, `Err(warning)` when it is damaged
    /// (either way the record is then not trusted).
    fn pictures(&self) -> Result<Option<Vec<Pictures>>, String> {
        read_pictures(&self.root, self.pictures_sum, self.folders.len())
    }
}

/// The pictures file of the site at `root`, when it holds the payload of checksum `sum` for
/// `folders` folders: `Ok(None)` when it is missing or holds another build's, `Err(warning)`
/// when it is damaged.
fn read_pictures(root: &Path, sum: u64, folders: usize) -> Result<Option<Vec<Pictures>>, String> {
    let file = root.join(cache::DIR).join(PICTURES);
    let Some(bytes) = cache::read(&file)? else {
        return Ok(None);
    };
    let (payload, found) = cache::unframe(&bytes, &file)?;
    if found != sum {
        // Left by a build that stopped before its record was written: not damage.
        return Ok(None);
    }
    match postcard::from_bytes::<Vec<Pictures>>(payload) {
        Ok(p) if p.len() == folders => Ok(Some(p)),
        Ok(_) => Err(cache::damaged(&file, "wrong number of folders")),
        Err(e) => Err(cache::damaged(&file, &e.to_string())),
    }
}

/// Whether the pictures file of the site at `root` holds the payload of checksum `sum` and
/// length `len`: read and checksummed, not decoded; `Err(warning)` when it is damaged.
fn pictures_hold(root: &Path, sum: u64, len: u64) -> Result<bool, String> {
    let file = root.join(cache::DIR).join(PICTURES);
    let Some(bytes) = cache::read(&file)? else {
        return Ok(false);
    };
    let (payload, found) = cache::unframe(&bytes, &file)?;
    Ok(found == sum && payload.len() as u64 == len)
}

/// A key of a build's pictures: each picture file's path and size, each group's prefix and
/// members, in any order. Equal keys mean the same pictures at the same sizes, so a record's
/// stamps of them still hold while nothing wrote them and their folders' stamps held.
fn pictures_key<'a>(
    files: impl Iterator<Item = (&'a str, u64)>,
    groups: impl Iterator<Item = (&'a str, &'a str)>,
) -> u64 {
    let xxh3 = xxhash_rust::xxh3::xxh3_64_with_seed;
    let files = files
        .filter(|(path, _)| is_picture(path))
        .map(|(path, len)| xxh3(path.as_bytes(), len));
    let groups = groups.map(|(prefix, members)| {
        xxh3(
            members.as_bytes(),
            xxhash_rust::xxh3::xxh3_64(prefix.as_bytes()),
        )
    });
    files.chain(groups).fold(0u64, u64::wrapping_add)
}

/// The record's path for the site at `root`.
pub fn path(root: &Path) -> PathBuf {
    root.join(cache::DIR).join(FILE)
}

/// Finds every input file of the site at `root` building into `out` with options summed up
/// in `options`. `None` when the folder cannot be read completely (the build will say why).
pub fn scan(root: &Path, out: &Path, options: &[&str]) -> Option<Inputs> {
    let canon_root = root.canonicalize().ok()?;
    let canon_out = out.canonicalize().unwrap_or_else(|_| out.to_path_buf());
    // Of newsdesk's own folder a build reads the image cache, but a rendition there is read
    // only to copy it into the output, where the output check finds it missing or changed:
    // the cache's index alone decides what a build makes, so it is the one input there
    // (1,000 images are 1,000 folders and 6,000 files that need neither a listing nor a
    // `stat`).
    let skip = [
        canon_out.clone(),
        canon_root.join(".git"),
        canon_root.join(".newsdesk"),
    ];
    let now = std::time::SystemTime::now();
    let (mut files, listed, statics) = walk(&canon_root, "", &skip, now)?;
    let listed =
        (!canon_out.starts_with(canon_root.join(crate::content::CONTENT_DIR))).then_some(listed);
    let statics = (!canon_out.starts_with(canon_root.join(STATIC_DIR))).then_some(statics);
    let index = format!(
        "{}/{}",
        crate::imaging::renditions::CACHE_DIR,
        crate::imaging::index::INDEX_FILE
    );
    let index_path = canon_root.join(&index);
    if let Ok(meta) = std::fs::metadata(&index_path)
        && meta.is_file()
    {
        files.push(seen(index, || index_path.clone(), &meta, now)?);
    }
    let mut h = KeyHasher::new(0x4650_5254);
    h.str(cache::header());
    for o in options {
        h.str(o);
    }
    Some(Inputs {
        files,
        root: canon_root,
        out: canon_out,
        options: h.finish(),
        listed,
        statics,
    })
}

/// An input file as found at `now`: its stamp, and its content hash when the stamp has not
/// settled (see [`Inputs`]); `path` is made only then.
fn seen(
    rel: String,
    path: impl FnOnce() -> PathBuf,
    meta: &std::fs::Metadata,
    now: std::time::SystemTime,
) -> Option<(String, u64, Option<u64>)> {
    Some(match filestamp::stamp_at(meta, now) {
        Some(stamp) => (rel, stamp, None),
        None => (
            rel,
            filestamp::stamp_now(meta),
            Some(content_hash(&path())?),
        ),
    })
}

/// The site's folder of static files, whose files the walk also hands to the templates.
const STATIC_DIR: &str = "static";

/// Files of one folder stat-ed on one thread; a folder with more (a site's `static/images`
/// may hold thousands of pictures) is stat-ed in parallel chunks of this many.
const STAT_CHUNK: usize = 256;

/// Every file under `dir` (`rel` under the root) but the folders `skip`, its subfolders and
/// the files of a large folder in parallel. Each file is stat-ed through its folder's
/// listing (`statx` relative to the open folder: one path component to look up, not the
/// whole path, which was most of a no-op build's time); a link is followed, and a link to a
/// folder (whose files the walk would not see) means `None`, as does a folder that cannot
/// be read. Besides the inputs, the content files the build loads as articles
/// ([`crate::content::is_article_path`]) and the files of `static/` the templates copy
/// (plain files, not links, not hidden: what [`crate::render::templates::load`] lists).
fn walk(dir: &Path, rel: &str, skip: &[PathBuf], now: std::time::SystemTime) -> Option<Walked> {
    let mut entries = Vec::new();
    let mut folders = Vec::new();
    for entry in std::fs::read_dir(dir).ok()? {
        let entry = entry.ok()?;
        let kind = entry.file_type().ok()?;
        if kind.is_dir() {
            let path = entry.path();
            if !skip.contains(&path) {
                let name = entry.file_name();
                folders.push((path, joined(rel, name.to_str()?)));
            }
            continue;
        }
        entries.push((entry, kind.is_symlink()));
    }
    let stat = |(entry, link): &(std::fs::DirEntry, bool)| {
        let name = entry.file_name();
        let rel = joined(rel, name.to_str()?);
        let meta = match link {
            true => std::fs::metadata(entry.path()).ok()?,
            false => entry.metadata().ok()?,
        };
        if meta.is_dir() {
            return None;
        }
        // Loading articles does not follow links, so a link is no article.
        let article = !link && crate::content::is_article_path(&rel);
        let file = seen(rel, || entry.path(), &meta, now)?;
        // Settled exactly when the record trusts its stamp.
        let settled = file.2.is_none().then_some(file.1);
        let listed = article.then(|| Listed {
            rel: PathBuf::from(&file.0),
            modified: meta.modified().ok(),
            len: meta.len(),
            settled,
        });
        let shown = !link && meta.is_file() && !name.to_str()?.starts_with('.');
        let in_static = file
            .0
            .strip_prefix(STATIC_DIR)
            .is_some_and(|r| r.starts_with('/'));
        let unshown = (!shown && in_static).then(|| file.0.clone());
        Some((file, listed, unshown))
    };
    let found: Vec<(Found, Option<Listed>, Option<String>)> = match entries.len() > STAT_CHUNK {
        true => entries
            .par_chunks(STAT_CHUNK)
            .map(|chunk| chunk.iter().map(stat).collect::<Option<Vec<_>>>())
            .collect::<Option<Vec<_>>>()?
            .into_iter()
            .flatten()
            .collect(),
        false => entries.iter().map(stat).collect::<Option<_>>()?,
    };
    let mut listed = Vec::new();
    let mut statics = Vec::new();
    let mut files = Vec::with_capacity(found.len());
    for (file, l, st) in found {
        files.push(file);
        listed.extend(l);
        statics.extend(st);
    }
    let below: Vec<Walked> = folders
        .par_iter()
        .map(|(path, rel)| walk(path, rel, skip, now))
        .collect::<Option<_>>()?;
    for (f, l, st) in below {
        files.extend(f);
        listed.extend(l);
        statics.extend(st);
    }
    Some((files, listed, statics))
}

/// What [`walk`] finds: the input files, the content files, the files of `static/` the
/// templates do not take (see [`Inputs`]).
type Walked = (Vec<Found>, Vec<Listed>, Vec<String>);

/// `name` under the folder `rel` (`""` for the root).
fn joined(rel: &str, name: &str) -> String {
    match rel {
        "" => name.to_string(),
        _ => {
            let mut s = String::with_capacity(rel.len() + 1 + name.len());
            s.push_str(rel);
            s.push('/');
            s.push_str(name);
            s
        }
    }
}

/// Reads the record of the site at `root`: `Ok(None)` when there is none, `Err(warning)`
/// when there is one that must not be trusted.
pub fn load(root: &Path) -> Result<Option<Record>, String> {
    let file = path(root);
    let Some(bytes) = cache::read(&file)? else {
        return Ok(None);
    };
    let (payload, _) = cache::unframe(&bytes, &file)?;
    let mut record = postcard::from_bytes::<Record>(payload)
        .map_err(|e| cache::damaged(&file, &e.to_string()))?;
    record.root = root.to_path_buf();
    Ok(Some(record))
}

/// How the output compares with a record.
pub enum Verdict {
    /// Inputs and output are as recorded: nothing to do.
    Current,
    /// The record's pictures are damaged: a build, told nothing of the output, and a warning.
    Untrusted(String),
    /// Inputs or output differ: a build. Unless the record is of another output folder, the
    /// output files were checked: those changed or removed since (relative paths) must be
    /// rendered again and compared byte for byte, and the others are as recorded.
    Build(Option<(Vec<String>, Checked)>),
}

/// Output files found as the last build left them, with their size and stamp: a build keeps
/// them without looking again, and records them with these stamps unless it rewrote them.
/// Groups likewise, by prefix: their members and the members' stamps.
pub struct Checked {
    files: rustc_hash::FxHashMap<String, (u64, u64)>,
    groups: rustc_hash::FxHashMap<String, (String, Vec<u64>)>,
    /// The record's pictures, found as recorded by their folders' stamps but not read (an
    /// edit build most often leaves every picture alone: then their part of the record is
    /// neither read nor written again); `None` when they are in `files` and `groups`.
    pictures: Option<Unread>,
}

/// A record's pictures left unread (see [`Checked`]).
struct Unread {
    root: PathBuf,
    folders: Vec<Folder>,
    sum: u64,
    len: u64,
    key: u64,
}

impl Checked {
    /// Whether `path` was found as recorded.
    pub fn contains(&self, path: &str) -> bool {
        self.files.contains_key(path)
    }
}

impl Record {
    /// Compares `inputs` (found now) and their output folder with this record. A verdict to
    /// build takes the record's output files (moved into [`Checked`], not copied).
    pub fn compare(&mut self, inputs: &Inputs) -> Verdict {
        let out = &inputs.out;
        if self.out != *out {
            return Verdict::Build(None);
        }
        let paths = self.paths.as_bytes();
        let mut at = 0;
        let same =
            self.options == inputs.options
                && self.seen.len() == inputs.files.len()
                && self.seen.iter().zip(&inputs.files).all(
                    |(&(len, seen), (rel, stamp, content))| {
                        let path = paths.get(at..at + len as usize);
                        at += len as usize;
                        path == Some(rel.as_bytes())
                            && match (seen, content) {
                                (Seen::Stamp(s), _) => s == *stamp,
                                (Seen::Content(h), Some(now)) => h == *now,
                                (Seen::Content(h), None) => {
                                    content_hash(&inputs.root.join(rel)).is_some_and(|now| now == h)
                                }
                            }
                    },
                );
        // Stat-ed once here: a build then neither checks the files it keeps nor stats them
        // again for its own record.
        let intact_file = |o: &Output| {
            std::fs::symlink_metadata(out.join(&o.path)).is_ok_and(|m| {
                m.is_file() && m.len() == o.len && filestamp::stamp_now(&m) == o.stamp
            })
        };
        let intact: Vec<bool> = self.outputs.par_iter().map(intact_file).collect();
        let intact_groups: Vec<bool> = self.groups.par_iter().map(|g| g.intact(out)).collect();
        let kept: Vec<bool> = self
            .folders
            .par_iter()
            .map(|folder| {
                std::fs::symlink_metadata(out.join(&folder.path))
                    .is_ok_and(|m| m.is_dir() && filestamp::stamp_now(&m) == folder.stamp)
            })
            .collect();
        let all_intact = intact.iter().chain(&intact_groups).all(|&ok| ok);
        let all_kept = kept.iter().all(|&ok| ok);
        if same && all_intact && all_kept {
            return Verdict::Current;
        }
        if all_kept && self.pictures_settled {
            return Verdict::Build(Some(self.checked_but_pictures(intact, intact_groups)));
        }
        let pictures = self.pictures();
        let Ok(Some(pictures)) = pictures else {
            // Removed, so that the next record writes it again rather than finding it
            // of the right length and checksum but damaged inside.
            let _ = std::fs::remove_file(self.root.join(cache::DIR).join(PICTURES));
            return match pictures {
                Err(warning) => Verdict::Untrusted(warning),
                _ => Verdict::Build(None),
            };
        };
        // A folder whose stamp moved has its pictures looked at one by one.
        let in_folders: Vec<(Vec<bool>, Vec<bool>)> = pictures
            .par_iter()
            .zip(kept.par_iter())
            .map(|((files, groups), &kept)| match kept {
                true => (vec![true; files.len()], vec![true; groups.len()]),
                false => (
                    files.iter().map(intact_file).collect(),
                    groups.iter().map(|g| g.intact(out)).collect(),
                ),
            })
            .collect();
        let all_in_folders = in_folders
            .iter()
            .all(|(f, g)| f.iter().chain(g).all(|&ok| ok));
        if same && all_intact && all_in_folders {
            return Verdict::Current;
        }
        let mut changed = Vec::new();
        let mut files = rustc_hash::FxHashMap::default();
        let mut groups = rustc_hash::FxHashMap::default();
        let (picture_files, picture_groups): (Vec<_>, Vec<_>) = pictures
            .into_iter()
            .zip(in_folders)
            .map(|((f, g), (f_ok, g_ok))| (f.into_iter().zip(f_ok), g.into_iter().zip(g_ok)))
            .unzip();
        let outputs = std::mem::take(&mut self.outputs);
        files.reserve(outputs.len());
        let all_files = outputs
            .into_iter()
            .zip(intact)
            .chain(picture_files.into_iter().flatten());
        for (o, ok) in all_files {
            match ok {
                true => {
                    files.insert(o.path, (o.len, o.stamp));
                }
                false => changed.push(o.path),
            }
        }
        let all_groups = std::mem::take(&mut self.groups)
            .into_iter()
            .zip(intact_groups)
            .chain(picture_groups.into_iter().flatten());
        for (g, ok) in all_groups {
            match ok {
                true => {
                    groups.insert(g.prefix, (g.members, g.stamps));
                }
                false => changed.push(g.prefix),
            }
        }
        let checked = Checked {
            files,
            groups,
            pictures: None,
        };
        Verdict::Build(Some((changed, checked)))
    }

    /// What a build is told when every picture folder is as recorded: the files and groups
    /// checked one by one (moved out of the record), and the pictures unread.
    fn checked_but_pictures(
        &mut self,
        intact: Vec<bool>,
        intact_groups: Vec<bool>,
    ) -> (Vec<String>, Checked) {
        let mut changed = Vec::new();
        let mut files = rustc_hash::FxHashMap::default();
        let mut groups = rustc_hash::FxHashMap::default();
        let outputs = std::mem::take(&mut self.outputs);
        files.reserve(outputs.len());
        for (o, ok) in outputs.into_iter().zip(intact) {
            match ok {
                true => {
                    files.insert(o.path, (o.len, o.stamp));
                }
                false => changed.push(o.path),
            }
        }
        for (g, ok) in std::mem::take(&mut self.groups)
            .into_iter()
            .zip(intact_groups)
        {
            match ok {
                true => {
                    groups.insert(g.prefix, (g.members, g.stamps));
                }
                false => changed.push(g.prefix),
            }
        }
        let pictures = Unread {
            root: self.root.clone(),
            folders: std::mem::take(&mut self.folders),
            sum: self.pictures_sum,
            len: self.pictures_len,
            key: self.pictures_key,
        };
        let checked = Checked {
            files,
            groups,
            pictures: Some(pictures),
        };
        (changed, checked)
    }
}

fn content_hash(path: &Path) -> Option<u64> {
    std::fs::read(path)
        .ok()
        .map(|b| xxhash_rust::xxh3::xxh3_64(&b))
}

/// What [`save`] records of a finished build besides its inputs.
pub struct Finished<'a> {
    /// The output folder's files with their sizes, as the manifests list them.
    pub files: Vec<(&'a str, u64)>,
    /// The output folder's groups of files, by prefix, as the manifests list them.
    pub groups: Vec<(&'a str, &'a crate::output::Group)>,
    /// Bookkeeping files that must stay as they are too.
    pub bookkeeping: &'a [&'a str],
    /// Articles, files and warnings for the report of a build that does nothing.
    pub articles: usize,
    /// Files in the report.
    pub report_files: usize,
    /// Warnings of the build.
    pub warnings: Vec<String>,
    /// Output files found as the last build left them before this one.
    pub checked: Option<&'a Checked>,
    /// Output files this build wrote (the others it left alone), and the prefixes of the
    /// groups it wrote a member of.
    pub written: rustc_hash::FxHashSet<&'a str>,
    /// Whether it wrote a member of any group.
    pub groups_written: bool,
    /// The size of `files` as the build counted it (a record is made only when every one of
    /// them is on disk at that size, so it is the recorded output's size too).
    pub size: crate::output::size::SiteSize,
}

/// Records `inputs` (found before the build read them) and the output a build made from them.
/// An error is returned as a warning's text; the build itself succeeded. `Ok(Some(warning))`:
/// recorded, but the last record's pictures were found damaged (and are written again).
pub fn save(inputs: Inputs, done: Finished<'_>) -> Result<Option<String>, String> {
    let root = inputs.root.clone();
    let file = path(&root);
    let fail = |e: &dyn std::fmt::Display| {
        format!("{}: cannot write the build cache ({e})", file.display())
    };
    // The output folder exists now, if it did not when the inputs were found.
    let out = &inputs
        .out
        .canonicalize()
        .unwrap_or_else(|_| inputs.out.clone());
    let pictures_file = root.join(cache::DIR).join(PICTURES);
    let key = pictures_key(
        done.files.iter().copied(),
        done.groups.iter().map(|&(p, g)| (p, g.members_text())),
    );
    // The pictures as the record left them unread, when this build wrote none of them, has
    // the same ones at the same sizes, and their folders' stamps still hold (a page written
    // into one moves it): their part of the record is then this build's too, and stays.
    let unread = done.checked.and_then(|c| c.pictures.as_ref());
    let wrote_pictures = done.groups_written || done.written.iter().any(|p| is_picture(p));
    let mut damage = None;
    // Checksummed (a damaged file is never vouched for again), after the cheaper checks.
    let reused = unread.filter(|u| {
        !wrote_pictures
            && u.key == key
            && folders_hold(out, &u.folders)
            && pictures_hold(&u.root, u.sum, u.len).unwrap_or_else(|w| {
                damage = Some(w);
                false
            })
    });
    // Otherwise the stamps of the pictures left alone are read from the record after all.
    let decoded: Option<Vec<Pictures>> = match (reused, unread, &damage) {
        (None, Some(u), None) => {
            read_pictures(&u.root, u.sum, u.folders.len()).unwrap_or_else(|w| {
                damage = Some(w);
                None
            })
        }
        _ => None,
    };
    if damage.is_some() {
        // Else found again of the right length and checksum field, and left as it is.
        let _ = std::fs::remove_file(&pictures_file);
    }
    let mut decoded_files = rustc_hash::FxHashMap::default();
    let mut decoded_groups = rustc_hash::FxHashMap::default();
    for (files, groups) in decoded.into_iter().flatten() {
        decoded_files.extend(files.into_iter().map(|o| (o.path, (o.len, o.stamp))));
        decoded_groups.extend(
            groups
                .into_iter()
                .map(|g| (g.prefix, (g.members, g.stamps))),
        );
    }
    let stamp_of = |path: &str| -> Option<(u64, u64)> {
        let m = std::fs::symlink_metadata(out.join(path)).ok()?;
        m.is_file().then(|| (m.len(), filestamp::stamp_now(&m)))
    };
    // Files left alone since they were checked keep the stamp they were found with.
    let known = |path: &str, len: u64| -> Option<(u64, u64)> {
        let checked = done.checked?;
        let &(was, stamp) = checked
            .files
            .get(path)
            .or_else(|| decoded_files.get(path))?;
        (was == len && !done.written.contains(path)).then_some((len, stamp))
    };
    // Groups too, when their members are as they were.
    let known_group = |prefix: &str, members: &str| -> Option<Vec<u64>> {
        let checked = done.checked?;
        let (was, stamps) = checked
            .groups
            .get(prefix)
            .or_else(|| decoded_groups.get(prefix))?;
        (was == members && !done.written.contains(prefix)).then(|| stamps.clone())
    };
    let groups: Option<Vec<GroupOut>> = match reused {
        // Every group is a picture's renditions, recorded in the reused part.
        Some(_) => Some(Vec::new()),
        None => done
            .groups
            .par_iter()
            .map(|&(prefix, group)| {
                let members = group.members_text();
                let stamps = match known_group(prefix, members) {
                    Some(stamps) => stamps,
                    None => group
                        .members()
                        .map(|(name, len)| {
                            let (on_disk, stamp) = stamp_of(&format!("{prefix}{name}"))?;
                            (on_disk == len).then_some(stamp)
                        })
                        .collect::<Option<Vec<u64>>>()?,
                };
                Some(GroupOut {
                    prefix: prefix.to_string(),
                    members: members.to_string(),
                    stamps,
                })
            })
            .collect(),
    };
    // Output files missing or not of the size written: no record, so the next build checks.
    let counted: Option<Vec<Output>> = done
        .files
        .par_iter()
        .filter(|(path, _)| reused.is_none() || !is_picture(path))
        .map(|&(path, len)| {
            let (on_disk, stamp) = known(path, len).or_else(|| stamp_of(path))?;
            (on_disk == len).then(|| Output {
                path: path.to_string(),
                len,
                stamp,
                counted: true,
            })
        })
        .collect();
    let bookkeeping = done.bookkeeping.iter().filter_map(|p| {
        stamp_of(p).map(|(len, stamp)| Output {
            path: p.to_string(),
            len,
            stamp,
            counted: false,
        })
    });
    let (Some(mut outputs), Some(groups)) = (counted, groups) else {
        let _ = std::fs::remove_file(&file);
        return Ok(damage);
    };
    let size = done.size;
    outputs.extend(bookkeeping);
    let mut paths = String::with_capacity(inputs.files.iter().map(|f| f.0.len()).sum());
    let seen: Vec<(u32, Seen)> = inputs
        .files
        .iter()
        .map(|(rel, stamp, content)| {
            paths.push_str(rel);
            let seen = content.map_or(Seen::Stamp(*stamp), Seen::Content);
            (rel.len() as u32, seen)
        })
        .collect();
    let (outputs, groups, folders, pictures_sum, pictures_len, settled) = match reused {
        Some(u) => (outputs, groups, u.folders.clone(), u.sum, u.len, true),
        None => {
            let (outputs, groups, folders, settled) = by_folder(out, outputs, groups);
            let (folders, pictures): (Vec<Folder>, Vec<Pictures>) = folders.into_iter().unzip();
            // The pictures first: a record is never on disk without the pictures it names
            // (a build that stops in between leaves the old record, whose checksum the new
            // pictures fail). When they are as they were, the file is left alone.
            let pictures = postcard::to_stdvec(&pictures).map_err(|e| fail(&e))?;
            let mut sum = xxhash_rust::xxh3::xxh3_64(&pictures);
            if !cache::holds(&pictures_file, pictures.len(), sum) {
                sum =
                    cache::write_framed_summed(&root, &pictures_file, &pictures).map_err(|e| {
                        format!(
                            "{}: cannot write the build cache ({e})",
                            pictures_file.display()
                        )
                    })?;
            }
            let len = pictures.len() as u64;
            (outputs, groups, folders, sum, len, settled)
        }
    };
    let record = Record {
        options: inputs.options,
        out: out.clone(),
        paths,
        seen,
        outputs,
        groups,
        folders,
        size,
        articles: done.articles,
        files: done.report_files,
        warnings: done.warnings,
        pictures_sum,
        pictures_len,
        pictures_key: key,
        pictures_settled: settled,
        root: PathBuf::new(),
    };
    let payload = postcard::to_stdvec(&record).map_err(|e| fail(&e))?;
    cache::write_framed(&root, &file, &payload).map_err(|e| fail(&e))?;
    Ok(damage)
}

/// Whether each of `folders` is in the output folder `out` with its recorded stamp.
fn folders_hold(out: &Path, folders: &[Folder]) -> bool {
    folders.iter().all(|folder| {
        std::fs::symlink_metadata(out.join(&folder.path))
            .is_ok_and(|m| m.is_dir() && filestamp::stamp_now(&m) == folder.stamp)
    })
}

/// Whether the output file `path` is a picture, checked by its folder.
fn is_picture(path: &str) -> bool {
    let ext = path.rsplit_once('.').map_or("", |(_, e)| e);
    ["jpg", "jpeg", "png", "webp", "gif", "avif"]
        .iter()
        .any(|p| ext.eq_ignore_ascii_case(p))
}

/// What [`by_folder`] gives: the files and groups checked one by one, the settled folders
/// with their pictures, and whether every picture is in one of them.
type ByFolder = (Vec<Output>, Vec<GroupOut>, Vec<(Folder, Pictures)>, bool);

/// Splits `outputs` and `groups` into those checked one by one and the folders checked by
/// their stamp (settled ones holding pictures; see the module's doc), each with its pictures,
/// and tells whether every picture is in such a folder.
/// Every group is pictures (a picture's renditions).
fn by_folder(out: &Path, outputs: Vec<Output>, groups: Vec<GroupOut>) -> ByFolder {
    let mut single = Vec::new();
    // Found by hash and sorted once at the end: a sorted map compared each of 7,000
    // pictures' folder names with several others.
    let mut at: rustc_hash::FxHashMap<String, usize> = Default::default();
    let mut grouped: Vec<(String, Pictures)> = Vec::new();
    // The folder's name is made once, not once per picture.
    fn slot(
        at: &mut rustc_hash::FxHashMap<String, usize>,
        grouped: &mut Vec<(String, Pictures)>,
        path: &str,
    ) -> usize {
        let folder = path.rsplit_once('/').map_or("", |(dir, _)| dir);
        if let Some(&n) = at.get(folder) {
            return n;
        }
        at.insert(folder.to_string(), grouped.len());
        grouped.push((folder.to_string(), Default::default()));
        grouped.len() - 1
    }
    for o in outputs {
        if o.counted && is_picture(&o.path) {
            let n = slot(&mut at, &mut grouped, &o.path);
            grouped[n].1.0.push(o);
        } else {
            single.push(o);
        }
    }
    for g in groups {
        let n = slot(&mut at, &mut grouped, &g.prefix);
        grouped[n].1.1.push(g);
    }
    grouped.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    let now = std::time::SystemTime::now();
    let folders: Vec<(String, Pictures, Option<u64>)> = grouped
        .into_par_iter()
        .map(|(path, pictures)| {
            let meta = std::fs::symlink_metadata(out.join(&path)).ok();
            let settled = meta
                .filter(|m| m.is_dir())
                .and_then(|m| filestamp::stamp_at(&m, now));
            (path, pictures, settled)
        })
        .collect();
    let mut kept = Vec::new();
    let mut single_groups = Vec::new();
    let mut all_settled = true;
    for (path, pictures, settled) in folders {
        match settled {
            Some(stamp) => kept.push((Folder { path, stamp }, pictures)),
            None => {
                all_settled = false;
                single.extend(pictures.0);
                single_groups.extend(pictures.1);
            }
        }
    }
    (single, single_groups, kept, all_settled)
}
