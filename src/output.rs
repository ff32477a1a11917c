//! Writing the output folder safely, as a transaction: each rendered file is compared with what
//! is on disk and, when different, staged under a temporary name next to its destination; only
//! when every page rendered and staged are the staged files renamed into place. A failed build
//! removes its staged files and leaves the previous output untouched; unchanged files are never
//! rewritten (their modification times stay); stale files that newsdesk wrote before are removed.

pub mod size;

use std::collections::BTreeSet;

use rayon::prelude::*;
use rustc_hash::FxHashMap as HashMap;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use crate::error::{Error, Result};

/// The record of what newsdesk wrote, so only its own stale files are ever removed.
pub const MANIFEST: &str = ".newsdesk-manifest";
/// Paths being replaced by a commit in progress; their manifest keys are not trusted.
const JOURNAL: &str = ".newsdesk-journal";

/// Independent sets of output files, each with its own manifest: transactions over different
/// sets never touch each other's files, so they may run one after the other or at once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutputSet {
    /// Pages, feeds and static files.
    Pages,
    /// The search index (rebuilt whenever any article changes, so the preview server writes it
    /// apart from the pages an edit touches).
    SearchIndex,
}

impl OutputSet {
    fn manifest(self) -> &'static str {
        match self {
            OutputSet::Pages => MANIFEST,
            OutputSet::SearchIndex => ".newsdesk-search-manifest",
        }
    }
    fn journal(self) -> &'static str {
        match self {
            OutputSet::Pages => JOURNAL,
            OutputSet::SearchIndex => ".newsdesk-search-journal",
        }
    }
    /// One lock per set: two builds of one folder are refused, while a build's own pages and
    /// search index (disjoint files) may be written at the same time.
    fn lock(self) -> &'static str {
        match self {
            OutputSet::Pages => LOCK,
            OutputSet::SearchIndex => ".newsdesk-search-lock",
        }
    }
}

/// The manifest files of an output folder (what the next build reads of the last one).
pub fn manifest_files() -> [&'static str; 2] {
    [
        OutputSet::Pages.manifest(),
        OutputSet::SearchIndex.manifest(),
    ]
}

/// newsdesk's own bookkeeping files in an output folder (not part of the published site).
pub fn bookkeeping_files() -> [&'static str; 6] {
    [
        OutputSet::Pages.manifest(),
        OutputSet::Pages.journal(),
        OutputSet::Pages.lock(),
        OutputSet::SearchIndex.manifest(),
        OutputSet::SearchIndex.journal(),
        OutputSet::SearchIndex.lock(),
    ]
}
const TMP_SUFFIX: &str = ".newsdesk-tmp";
/// Held (an OS file lock) by the one build writing the folder.
pub const LOCK: &str = ".newsdesk-lock";

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

/// What the manifest remembers of each file: the page key it was rendered from, and its size.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Entry {
    key: Option<u64>,
    len: u64,
}

/// Files written and kept together under one manifest entry: a common path (`prefix`) and
/// each member's name after it (an image's renditions: `_img/a/quay-<hash>-` and `400.webp`,
/// `800.webp`, …). A site with 1,000 pictures has 7,000 renditions: one entry per picture
/// instead of one per file is what its manifest, ledger and build record scale with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    key: Option<u64>,
    /// `name:len` of each member, comma-separated, as the manifest line holds them (one
    /// string a group, shared when the group is kept).
    members: std::sync::Arc<str>,
    /// [`group_totals`] of `members`, summed once: a build asks for them when it keeps the
    /// group and again for the site's size.
    totals: (u64, usize),
}

impl Group {
    /// A group of `members` (`name:len,…`) written from `key`.
    fn new(key: Option<u64>, members: std::sync::Arc<str>) -> Group {
        let totals = group_totals(&members);
        Group {
            key,
            members,
            totals,
        }
    }

    /// Each member's name (after the prefix) and size in bytes.
    pub fn members(&self) -> impl Iterator<Item = (&str, u64)> {
        group_members(&self.members)
    }

    /// The members' list as the manifest writes it (`name:len,…`).
    pub fn members_text(&self) -> &str {
        &self.members
    }

    /// The members' total size in bytes and how many they are, as [`Group::members`] gives
    /// them.
    pub fn totals(&self) -> (u64, usize) {
        self.totals
    }
}

/// [`group_members`]' sizes summed (saturating) and counted, by one pass over the bytes: an
/// edit build sums every group for the site's size, and splitting 1,000 pictures' members
/// into names and parsed sizes was ~3,000 instructions a group (callgrind).
fn group_totals(text: &str) -> (u64, usize) {
    let (mut total, mut n) = (0u64, 0usize);
    for member in text.as_bytes().split(|&b| b == b',') {
        if member.is_empty() {
            continue;
        }
        n += 1;
        let digits = match memchr::memrchr(b':', member) {
            Some(colon) => &member[colon + 1..],
            None => &[][..],
        };
        let mut len = Some(0u64);
        for &d in digits {
            len = match d {
                b'0'..=b'9' => {
                    len.and_then(|l| l.checked_mul(10)?.checked_add(u64::from(d - b'0')))
                }
                _ => None,
            };
        }
        // Anything but plain digits (or none) is read as `group_members` reads it.
        let len = match len {
            Some(l) if !digits.is_empty() => l,
            _ => std::str::from_utf8(digits)
                .ok()
                .and_then(|t| t.parse().ok())
                .unwrap_or(u64::MAX),
        };
        total = total.saturating_add(len);
    }
    (total, n)
}

/// Each member's name and size in a group's members list (`name:len,…`; a size that cannot
/// be read is `u64::MAX`, which no file has).
pub fn group_members(text: &str) -> impl Iterator<Item = (&str, u64)> {
    text.split(',').filter(|m| !m.is_empty()).map(|m| {
        let (name, len) = m.rsplit_once(':').unwrap_or((m, ""));
        (name, len.parse().unwrap_or(u64::MAX))
    })
}

/// Whether `name` may be a group member's name: one path component without the
/// manifest's separators.
fn valid_member(name: &str) -> bool {
    !name.is_empty()
        && name != "."
        && name != ".."
        && !name.contains([',', ':', '/', '\\', '\t', '\n', '\r', '\0'])
}

#[derive(Default)]
struct Ledger {
    paths: HashMap<String, Entry>,
    /// Groups by prefix.
    groups: HashMap<String, Group>,
    /// Prefixes recorded with another group than the previous build's (new ones included).
    changed_groups: Vec<String>,
    /// How many recorded groups the previous build did not have.
    new_groups: usize,
    /// Prefixes of the groups with a member staged.
    written_groups: Vec<String>,
    staged: Vec<(PathBuf, PathBuf)>,
    unchanged: usize,
    /// Paths recorded with an entry other than the previous build's (new ones included), so
    /// that a commit need not compare every entry of a large site.
    changed: Vec<String>,
    /// How many recorded paths the previous build did not have.
    new: usize,
}

/// How a recorded file's entry compares with the previous build's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Change {
    Same,
    Differs,
    New,
}

/// What a committed transaction wrote: handed to the next transaction of the same process, it
/// saves re-reading the manifest and checking every file (the preview server's fast path).
#[derive(Debug, Clone, Default)]
pub struct Manifest {
    out: PathBuf,
    set: Option<OutputSet>,
    entries: HashMap<String, Entry>,
    groups: HashMap<String, Group>,
    /// Files the commit moved into place, relative to the output folder.
    written: Vec<String>,
    /// Groups of which the commit moved a member into place.
    written_groups: Vec<String>,
}

impl Manifest {
    /// Every file this transaction's set holds, with its size in bytes.
    pub fn files(&self) -> impl Iterator<Item = (&str, u64)> {
        self.entries.iter().map(|(p, e)| (p.as_str(), e.len))
    }

    /// The files the commit that made this manifest wrote (the others it left as they were).
    pub fn written(&self) -> &[String] {
        &self.written
    }

    /// Every group this transaction's set holds, by prefix.
    pub fn groups(&self) -> impl Iterator<Item = (&str, &Group)> {
        self.groups.iter().map(|(p, g)| (p.as_str(), g))
    }

    /// The groups of which the commit wrote a member, by prefix.
    pub fn written_groups(&self) -> &[String] {
        &self.written_groups
    }

    /// Every file and group with its size in bytes and how many files it is (a group's
    /// members counted under its prefix).
    pub fn sized(&self) -> impl Iterator<Item = (&str, u64, usize)> {
        let files = self.entries.iter().map(|(p, e)| (p.as_str(), e.len, 1));
        let groups = self.groups.iter().map(|(p, g)| {
            let (bytes, n) = g.totals();
            (p.as_str(), bytes, n)
        });
        files.chain(groups)
    }
}

/// An output transaction; files may be added from many threads at once.
pub struct Transaction {
    out: PathBuf,
    set: OutputSet,
    previous: HashMap<String, Entry>,
    previous_groups: HashMap<String, Group>,
    /// The previous manifest came from this process's own commit: files need no re-check.
    trusted: bool,
    /// The folder held no file but bookkeeping when the transaction began (a cold build):
    /// nothing on disk can match a new file, so none is read back to compare.
    fresh: bool,
    ledger: Mutex<Ledger>,
    done: bool,
    /// Released by the OS when the build ends, however it ends (a killed build holds no lock).
    _lock: Lock,
}

/// The output folder's lock, released by the OS when the file closes.
struct Lock(#[allow(dead_code)] fs::File);

impl Transaction {
    /// Starts writing into `out` (created if missing).
    pub fn begin(out: &Path) -> Result<Transaction> {
        Transaction::begin_after(out, None)
    }

    /// Starts writing into `out`, trusting `last` (this process's previous commit there) instead
    /// of the manifest on disk.
    pub fn begin_after(out: &Path, last: Option<Manifest>) -> Result<Transaction> {
        Transaction::begin_set(out, OutputSet::Pages, last)
    }

    /// Starts writing one set of files into `out`; files of other sets are never touched.
    pub fn begin_set(out: &Path, set: OutputSet, last: Option<Manifest>) -> Result<Transaction> {
        fs::create_dir_all(out).map_err(|e| Error::io(out, e))?;
        let lock = lock(out, set)?;
        let fresh = holds_only_bookkeeping(out);
        let ((mut previous, mut previous_groups), trusted) = match last {
            Some(m) if m.out == out && m.set == Some(set) => ((m.entries, m.groups), true),
            _ => (read_manifest(out, set), false),
        };
        // A commit that was interrupted left its journal: those files may hold either version,
        // so forget their keys (they are compared byte by byte instead). Groups are the
        // lines starting with a tab.
        if let Ok(journal) = fs::read_to_string(out.join(set.journal())) {
            for path in journal.lines() {
                if let Some(prefix) = path.strip_prefix('\t') {
                    if let Some(g) = previous_groups.get_mut(prefix) {
                        g.key = None;
                    }
                } else if let Some(e) = previous.get_mut(path) {
                    e.key = None;
                }
            }
        }
        // Sized for a build like the last one: growing the ledger file by file rehashes it
        // a dozen times on a site with many pictures (each rendition is a file).
        let ledger = Ledger {
            paths: HashMap::with_capacity_and_hasher(previous.len(), Default::default()),
            groups: HashMap::with_capacity_and_hasher(previous_groups.len(), Default::default()),
            ..Ledger::default()
        };
        Ok(Transaction {
            out: out.to_path_buf(),
            set,
            previous,
            previous_groups,
            trusted,
            fresh,
            ledger: Mutex::new(ledger),
            done: false,
            _lock: lock,
        })
    }

    /// Forgets the page keys of the last build, so that every file is rendered and compared
    /// with what is on disk (which files exist is still known, so stale ones are removed).
    pub fn forget_keys(&mut self) {
        for e in self.previous.values_mut() {
            e.key = None;
        }
        for g in self.previous_groups.values_mut() {
            g.key = None;
        }
        self.trusted = false;
    }

    /// Forgets the page keys of `paths` (found changed on disk since the last build), so
    /// they are rendered and compared with what is on disk, like files of an interrupted commit.
    /// A group's prefix among `paths` forgets the group's key.
    pub fn distrust(&mut self, paths: &[String]) {
        for p in paths {
            if let Some(e) = self.previous.get_mut(p) {
                e.key = None;
            }
            if let Some(g) = self.previous_groups.get_mut(p) {
                g.key = None;
            }
        }
    }

    /// Trusts every file of the previous manifest to be as it was written, but for those
    /// passed to [`Transaction::distrust`]: for a caller that has just checked them all
    /// (the CLI's record of the last build), so keeping a file needs no `stat` of it.
    pub fn trust_checked(&mut self) {
        self.trusted = true;
    }

    /// The key `path` was written with by the last build, if it had one.
    pub fn previous_key(&self, path: &str) -> Option<u64> {
        self.previous.get(path).and_then(|e| e.key)
    }

    /// Keeps a file as it is when the last build wrote it from the same page `key` and it is
    /// still there at the size written; returns false when the page must be rendered.
    pub fn keep_if_fresh(&self, path: &str, key: u64) -> bool {
        let Some(prev) = self.previous.get(path).filter(|e| e.key == Some(key)) else {
            return false;
        };
        let intact = self.trusted
            || fs::metadata(self.out.join(path)).is_ok_and(|m| m.is_file() && m.len() == prev.len);
        intact && self.record(path, *prev, None, Change::Same).is_ok()
    }

    /// Adds one file: left alone if identical on disk, otherwise staged for the commit.
    /// `key` is the page key it was rendered from, if any.
    pub fn put(&self, path: &str, bytes: &[u8], key: Option<u64>) -> Result<()> {
        check_relative(path)?;
        let dest = self.out.join(path);
        let staged = if !self.fresh && same_contents(&dest, bytes) {
            None
        } else {
            Some((stage(&dest, bytes)?, dest))
        };
        let entry = Entry {
            key,
            len: bytes.len() as u64,
        };
        // Looked up before taking the ledger's lock, which every rendering thread shares.
        let change = match self.previous.get(path) {
            None => Change::New,
            Some(prev) if *prev == entry => Change::Same,
            Some(_) => Change::Differs,
        };
        self.record(path, entry, staged, change)
    }

    /// [`Transaction::keep_if_fresh`] of many files at once, under one lock of the ledger:
    /// whether each was kept. For the pages and image renditions, thousands of files an
    /// edit build keeps nearly all of, which one by one contend for the lock every
    /// rendering thread shares.
    pub fn keep_all_if_fresh(&self, files: &[(&str, u64)]) -> Vec<bool> {
        let fresh = |&(path, key): &(&str, u64)| -> Option<Entry> {
            let prev = self.previous.get(path).filter(|e| e.key == Some(key))?;
            let intact = self.trusted
                || fs::metadata(self.out.join(path))
                    .is_ok_and(|m| m.is_file() && m.len() == prev.len);
            intact.then_some(*prev)
        };
        // Files must be looked at only when untrusted: then in parallel, before the lock.
        let found: Vec<Option<Entry>> = match self.trusted {
            true => files.iter().map(fresh).collect(),
            false => files.par_iter().map(fresh).collect(),
        };
        let mut ledger = self.ledger.lock().expect("ledger lock");
        files
            .iter()
            .zip(found)
            .map(|(&(path, _), prev)| {
                prev.is_some_and(|prev| {
                    Self::record_in(&mut ledger, path, prev, None, Change::Same).is_ok()
                })
            })
            .collect()
    }

    /// Keeps groups as they are when the last build wrote each under the same prefix from
    /// the same `key` (which must change whenever the members' names or bytes do) and all
    /// its members are still there at the sizes written: whether each was kept. Under one
    /// lock of the ledger, like [`Transaction::keep_all_if_fresh`].
    pub fn keep_groups_if_fresh(&self, groups: &[(&str, u64)]) -> Vec<bool> {
        let fresh = |&(prefix, key): &(&str, u64)| -> Option<Group> {
            let prev = self
                .previous_groups
                .get(prefix)
                .filter(|g| g.key == Some(key))?;
            let intact = self.trusted
                || prev.members().all(|(name, len)| {
                    let path = self.out.join(format!("{prefix}{name}"));
                    fs::metadata(path).is_ok_and(|m| m.is_file() && m.len() == len)
                });
            intact.then(|| prev.clone())
        };
        let found: Vec<Option<Group>> = match self.trusted {
            true => groups.iter().map(fresh).collect(),
            false => groups.par_iter().map(fresh).collect(),
        };
        let mut ledger = self.ledger.lock().expect("ledger lock");
        groups
            .iter()
            .zip(found)
            .map(|(&(prefix, _), prev)| {
                prev.is_some_and(|prev| {
                    let n = prev.totals().1;
                    let ok = Self::record_group_in(&mut ledger, prefix, prev, Change::Same).is_ok();
                    if ok {
                        ledger.unchanged += n;
                    }
                    ok
                })
            })
            .collect()
    }

    /// Adds a group of files, `prefix` followed by each member's name: each left alone if
    /// identical on disk, otherwise staged for the commit; the manifest holds one entry.
    pub fn put_group(&self, prefix: &str, key: Option<u64>, files: &[(&str, &[u8])]) -> Result<()> {
        let mut members = String::with_capacity(files.len() * 16);
        let mut decimal = itoa::Buffer::new();
        let mut staged = Vec::new();
        let mut unchanged = 0;
        let abandon = |staged: &mut Vec<(PathBuf, PathBuf)>| {
            for (tmp, _) in staged.drain(..) {
                let _ = fs::remove_file(tmp);
            }
        };
        for (name, bytes) in files {
            let path = format!("{prefix}{name}");
            if !valid_member(name) || check_relative(&path).is_err() {
                abandon(&mut staged);
                return Err(Error::Msg(format!(
                    "refusing to write `{path}`: not a file of the output folder's group `{prefix}`"
                )));
            }
            let dest = self.out.join(&path);
            if !self.fresh && same_contents(&dest, bytes) {
                unchanged += 1;
            } else {
                match stage(&dest, bytes) {
                    Ok(tmp) => staged.push((tmp, dest)),
                    Err(e) => {
                        abandon(&mut staged);
                        return Err(e);
                    }
                }
            }
            if !members.is_empty() {
                members.push(',');
            }
            members.push_str(name);
            members.push(':');
            members.push_str(decimal.format(bytes.len()));
        }
        let group = Group::new(key, members.into());
        let change = match self.previous_groups.get(prefix) {
            None => Change::New,
            Some(prev) if *prev == group => Change::Same,
            Some(_) => Change::Differs,
        };
        let mut ledger = self.ledger.lock().expect("ledger lock");
        if let Err(e) = Self::record_group_in(&mut ledger, prefix, group, change) {
            abandon(&mut staged);
            return Err(e);
        }
        ledger.unchanged += unchanged;
        if !staged.is_empty() {
            ledger.written_groups.push(prefix.to_string());
            ledger.staged.append(&mut staged);
        }
        Ok(())
    }

    /// Records the group `prefix` in `ledger`.
    fn record_group_in(
        ledger: &mut Ledger,
        prefix: &str,
        group: Group,
        change: Change,
    ) -> Result<()> {
        if ledger.groups.insert(prefix.to_string(), group).is_some() {
            return Err(Error::Msg(format!(
                "two outputs want the same files `{prefix}…`"
            )));
        }
        if change != Change::Same {
            ledger.changed_groups.push(prefix.to_string());
            ledger.new_groups += usize::from(change == Change::New);
        }
        Ok(())
    }

    fn record(
        &self,
        path: &str,
        entry: Entry,
        staged: Option<(PathBuf, PathBuf)>,
        change: Change,
    ) -> Result<()> {
        let mut ledger = self.ledger.lock().expect("ledger lock");
        Self::record_in(&mut ledger, path, entry, staged, change)
    }

    /// Records `path` in `ledger` (see [`Transaction::record`]).
    fn record_in(
        ledger: &mut Ledger,
        path: &str,
        entry: Entry,
        staged: Option<(PathBuf, PathBuf)>,
        change: Change,
    ) -> Result<()> {
        if ledger.paths.insert(path.to_string(), entry).is_some() {
            if let Some((tmp, _)) = staged {
                let _ = fs::remove_file(tmp);
            }
            return Err(Error::Msg(format!(
                "two outputs want the same file `{path}` (a static file clashes with a page?)"
            )));
        }
        match staged {
            Some(pair) => ledger.staged.push(pair),
            None => ledger.unchanged += 1,
        }
        if change != Change::Same {
            ledger.changed.push(path.to_string());
            ledger.new += usize::from(change == Change::New);
        }
        Ok(())
    }

    /// Moves every staged file into place and removes stale files.
    pub fn commit(self) -> Result<WriteReport> {
        self.commit_keeping().map(|(report, _)| report)
    }

    /// Like [`Transaction::commit`], also returning the manifest for [`Transaction::begin_after`].
    pub fn commit_keeping(mut self) -> Result<(WriteReport, Manifest)> {
        self.done = true;
        let ledger = std::mem::take(&mut *self.ledger.lock().expect("ledger lock"));
        // Journal what is about to change, so an interruption neither orphans a new file
        // (it is listed for removal) nor lets a stale key vouch for a half-updated one.
        if !ledger.staged.is_empty() {
            let mut journal = String::new();
            for p in &ledger.changed {
                journal.push_str(p);
                journal.push('\n');
            }
            for p in &ledger.changed_groups {
                journal.push('\t');
                journal.push_str(p);
                journal.push('\n');
            }
            let new_paths: Vec<&String> = ledger
                .changed
                .iter()
                .filter(|p| !self.previous.contains_key(*p))
                .collect();
            let new_groups: Vec<&String> = ledger
                .changed_groups
                .iter()
                .filter(|p| !self.previous_groups.contains_key(*p))
                .collect();
            if !new_paths.is_empty() || !new_groups.is_empty() {
                // Only new files need the manifest itself to know them before they exist.
                let mut union: HashMap<String, Entry> =
                    self.previous.iter().map(|(p, e)| (p.clone(), *e)).collect();
                for p in new_paths {
                    union.insert(
                        p.clone(),
                        Entry {
                            key: None,
                            len: u64::MAX,
                        },
                    );
                }
                let mut groups = self.previous_groups.clone();
                for p in new_groups {
                    let members = ledger.groups[p].members.clone();
                    groups.insert(p.clone(), Group::new(None, members));
                }
                write_manifest(&self.out, self.set, &union, &groups, true)?;
            }
            let path = self.out.join(self.set.journal());
            fs::write(&path, journal).map_err(|e| Error::io(&path, e))?;
        }
        // In parallel: each rename locks only its own folder, and a cold build moves
        // every file.
        ledger
            .staged
            .par_iter()
            .try_for_each(|(tmp, dest)| -> Result<()> {
                // A folder in the way (a page where a folder was) fails the rename: only then
                // is it removed, so a cold build's files cost no extra look-up each.
                if fs::rename(tmp, dest).is_ok() {
                    return Ok(());
                }
                if dest.is_dir() {
                    fs::remove_dir_all(dest).map_err(|e| Error::io(dest, e))?;
                }
                fs::rename(tmp, dest).map_err(|e| Error::io(dest, e))
            })?;
        let removed = self.remove_stale(&ledger);
        // Skip rewriting an identical manifest: a build that changed nothing writes nothing.
        let same = removed == 0
            && ledger.paths.len() == self.previous.len()
            && ledger.changed.is_empty()
            && ledger.groups.len() == self.previous_groups.len()
            && ledger.changed_groups.is_empty();
        if !same {
            write_manifest(&self.out, self.set, &ledger.paths, &ledger.groups, true)?;
        } else if !self.trusted {
            write_manifest(&self.out, self.set, &ledger.paths, &ledger.groups, false)?;
        }
        let _ = fs::remove_file(self.out.join(self.set.journal()));
        let report = WriteReport {
            written: ledger.staged.len(),
            unchanged: ledger.unchanged,
            removed,
        };
        let written = ledger
            .staged
            .iter()
            .filter_map(|(_, dest)| {
                let rel = dest.strip_prefix(&self.out).ok()?.to_str()?;
                Some(rel.replace(std::path::MAIN_SEPARATOR, "/"))
            })
            .collect();
        let manifest = Manifest {
            out: self.out.clone(),
            set: Some(self.set),
            entries: ledger.paths,
            groups: ledger.groups,
            written,
            written_groups: ledger.written_groups,
        };
        Ok((report, manifest))
    }

    /// Removes the files of the previous build that this one did not record, alone or in a
    /// group; returns how many.
    fn remove_stale(&self, ledger: &Ledger) -> usize {
        // When every previous path and group was recorded again, with the same members,
        // none is stale.
        let all_files = ledger.paths.len() - ledger.new == self.previous.len();
        let all_groups = ledger.groups.len() - ledger.new_groups == self.previous_groups.len()
            && ledger.changed_groups.is_empty();
        let mut stale: BTreeSet<String> = BTreeSet::new();
        if !all_files {
            stale.extend(
                self.previous
                    .keys()
                    .filter(|p| !ledger.paths.contains_key(*p))
                    .cloned(),
            );
        }
        if !all_groups {
            for (prefix, prev) in &self.previous_groups {
                let now = ledger.groups.get(prefix);
                for (name, _) in prev.members() {
                    if now.is_some_and(|g| g.members().any(|(n, _)| n == name)) {
                        continue;
                    }
                    stale.insert(format!("{prefix}{name}"));
                }
            }
        }
        if stale.is_empty() {
            return 0;
        }
        // A file may move between a group and standing alone (a manifest of an older
        // newsdesk listed renditions one by one): one recorded either way is not stale.
        let mut in_groups: std::collections::HashSet<String> = Default::default();
        for (prefix, g) in &ledger.groups {
            in_groups.extend(g.members().map(|(name, _)| format!("{prefix}{name}")));
        }
        let mut removed = 0;
        for stale in stale {
            if ledger.paths.contains_key(&stale)
                || in_groups.contains(&stale)
                || check_relative(&stale).is_err()
            {
                continue;
            }
            let p = self.out.join(&stale);
            if p.is_file() && fs::remove_file(&p).is_ok() {
                removed += 1;
                prune_empty_dirs(&self.out, p.parent());
            }
        }
        removed
    }
}

impl Drop for Transaction {
    /// An abandoned transaction (an error anywhere) removes what it staged.
    fn drop(&mut self) {
        if self.done {
            return;
        }
        if let Ok(ledger) = self.ledger.get_mut() {
            for (tmp, dest) in ledger.staged.drain(..) {
                let _ = fs::remove_file(&tmp);
                prune_empty_dirs(&self.out, dest.parent());
            }
        }
    }
}

/// Takes the output folder's lock, or refuses naming the build that holds it.
fn lock(out: &Path, set: OutputSet) -> Result<Lock> {
    let path = out.join(set.lock());
    let file = fs::OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(&path)
        .map_err(|e| Error::io(&path, e))?;
    // std's File::try_lock (flock on Unix, LockFileEx on Windows) is stable since 1.89.
    match file.try_lock() {
        Ok(()) => {}
        Err(fs::TryLockError::WouldBlock) => {
            return Err(Error::Msg(format!(
                "{}: another newsdesk build is writing this output folder; wait for it to \
                 finish (or choose another --output)",
                out.display()
            )));
        }
        Err(fs::TryLockError::Error(e)) => return Err(Error::io(&path, e)),
    }
    // The file stays empty and untouched, so a build that changes nothing changes no mtime.
    Ok(Lock(file))
}

/// Writes a complete set of files in one transaction (for callers that hold them all).
pub fn write(out: &Path, files: &[OutputFile]) -> Result<WriteReport> {
    let tx = Transaction::begin(out)?;
    for f in files {
        tx.put(&f.path, &f.bytes, None)?;
    }
    tx.commit()
}

/// Whether the folder `out` holds nothing but the bookkeeping files of output sets.
fn holds_only_bookkeeping(out: &Path) -> bool {
    let Ok(entries) = fs::read_dir(out) else {
        return false;
    };
    let keep = bookkeeping_files();
    entries
        .into_iter()
        .all(|e| e.is_ok_and(|e| e.file_name().to_str().is_some_and(|n| keep.contains(&n))))
}

fn same_contents(path: &Path, bytes: &[u8]) -> bool {
    match fs::metadata(path) {
        Ok(m) if m.is_file() && m.len() == bytes.len() as u64 => {
            fs::read(path).map(|old| old == bytes).unwrap_or(false)
        }
        _ => false,
    }
}

fn stage(dest: &Path, bytes: &[u8]) -> Result<PathBuf> {
    let parent = dest.parent().expect("inside the output folder");
    let name = dest
        .file_name()
        .map(|n| n.to_string_lossy())
        .unwrap_or_default();
    let tmp = parent.join(temp_name(&name));
    // The folder is made when creating the file finds it missing, not looked up first: most
    // files go into a folder that exists by then.
    let file = match fs::File::create(&tmp) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
            fs::File::create(&tmp)
        }
        other => other,
    };
    match file.and_then(|mut f| f.write_all(bytes)) {
        Ok(()) => Ok(tmp),
        Err(e) => {
            let _ = fs::remove_file(&tmp);
            Err(Error::io(dest, e))
        }
    }
}

/// The staging name for `name`: hidden, and within the 255-byte limit of common file systems
/// even when `name` itself is near it (a long name is cut and told apart by its hash).
fn temp_name(name: &str) -> String {
    const MAX: usize = 255;
    let plain = format!(".{name}{TMP_SUFFIX}");
    if plain.len() <= MAX {
        return plain;
    }
    let hash = format!("{:016x}", xxhash_rust::xxh3::xxh3_64(name.as_bytes()));
    let mut keep = MAX - 1 - 1 - hash.len() - TMP_SUFFIX.len();
    while !name.is_char_boundary(keep) {
        keep -= 1;
    }
    format!(".{}~{hash}{TMP_SUFFIX}", &name[..keep])
}

/// Refuses paths that could escape the output folder.
fn check_relative(p: &str) -> Result<()> {
    let bad = p.is_empty()
        || p.starts_with('/')
        || p.contains('\\')
        || p.contains('\0')
        // `C:x` is a path on drive C: on Windows, whatever folder it is joined to.
        || (cfg!(windows) && p.split('/').next().is_some_and(|c| c.contains(':')))
        || p.split('/').any(|c| c.is_empty() || c == "." || c == "..");
    if bad {
        return Err(Error::Msg(format!(
            "refusing to write outside the output folder: `{p}`"
        )));
    }
    Ok(())
}

/// Manifest lines are `path<TAB>key<TAB>size`; a line with only a path is understood too.
/// A group's line starts with a tab (no path is empty): `<TAB>prefix<TAB>key<TAB>members`,
/// its members `name:size` separated by commas.
fn read_manifest(out: &Path, set: OutputSet) -> (HashMap<String, Entry>, HashMap<String, Group>) {
    let Ok(text) = fs::read_to_string(out.join(set.manifest())) else {
        return Default::default();
    };
    let bytes = text.as_bytes();
    // Sized at once: grown line by line, a manifest of 10,000 files is rehashed a dozen times.
    let mut entries = HashMap::with_capacity_and_hasher(
        memchr::memchr_iter(b'\n', bytes).count(),
        Default::default(),
    );
    let mut groups = HashMap::default();
    // Lines and fields found with `memchr` rather than `lines()` and `split('\t')`: the
    // searches' set-up per field was most of reading a manifest of many files.
    // A field up to the next tab, and what follows that tab.
    fn split(s: &str) -> (&str, Option<&str>) {
        match memchr::memchr(b'\t', s.as_bytes()) {
            Some(i) => (&s[..i], Some(&s[i + 1..])),
            None => (s, None),
        }
    }
    let mut start = 0;
    while start < bytes.len() {
        // As `str::lines`: a line ends at `\n` or `\r\n`; the last may end at the end.
        let line = match memchr::memchr(b'\n', &bytes[start..]) {
            Some(i) => {
                let line = &text[start..start + i];
                start += i + 1;
                line.strip_suffix('\r').unwrap_or(line)
            }
            None => {
                let line = &text[start..];
                start = bytes.len();
                line
            }
        };
        if line.is_empty() {
            continue;
        }
        if let Some(group) = line.strip_prefix('\t') {
            let (prefix, rest) = split(group);
            let (key, members) = rest.map_or(("", ""), |r| {
                let (key, rest) = split(r);
                (key, rest.map_or("", |m| split(m).0))
            });
            if !prefix.is_empty() {
                let group = Group::new(u64::from_str_radix(key, 16).ok(), members.into());
                groups.insert(prefix.to_string(), group);
            }
            continue;
        }
        let (path, rest) = split(line);
        let (key, rest) = rest.map_or((None, None), |r| {
            let (key, rest) = split(r);
            (Some(key), rest)
        });
        let key = key.and_then(|k| u64::from_str_radix(k, 16).ok());
        let len = rest
            .and_then(|r| split(r).0.parse().ok())
            .unwrap_or(u64::MAX);
        entries.insert(path.to_string(), Entry { key, len });
    }
    (entries, groups)
}

/// Writes the manifest of `set`, groups first (their lines start with a tab, so the file
/// stays sorted); unless the caller knows it `changed`, an identical file on disk is left
/// alone.
fn write_manifest(
    out: &Path,
    set: OutputSet,
    entries: &HashMap<String, Entry>,
    groups: &HashMap<String, Group>,
    changed: bool,
) -> Result<()> {
    let mut sorted: Vec<(&String, &Entry)> = entries.iter().collect();
    rayon::slice::ParallelSliceMut::par_sort_unstable_by(&mut sorted[..], |a, b| a.0.cmp(b.0));
    let mut sorted_groups: Vec<(&String, &Group)> = groups.iter().collect();
    sorted_groups.sort_unstable_by(|a, b| a.0.cmp(b.0));
    let mut text = String::with_capacity(entries.len() * 64 + groups.len() * 128);
    // Written digit by digit rather than through `write!`: the formatting machinery was
    // most of writing a manifest of many files.
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut line = Vec::with_capacity(48);
    let mut decimal = itoa::Buffer::new();
    let hex = |line: &mut Vec<u8>, key: Option<u64>| {
        if let Some(k) = key {
            line.extend((0..16).rev().map(|i| HEX[((k >> (i * 4)) & 0xf) as usize]));
        }
    };
    for (p, g) in sorted_groups {
        text.push('\t');
        text.push_str(p);
        line.clear();
        line.push(b'\t');
        hex(&mut line, g.key);
        line.push(b'\t');
        text.push_str(std::str::from_utf8(&line).expect("ASCII digits"));
        text.push_str(&g.members);
        text.push('\n');
    }
    for (p, e) in sorted {
        text.push_str(p);
        line.clear();
        line.push(b'\t');
        hex(&mut line, e.key);
        line.push(b'\t');
        line.extend_from_slice(decimal.format(e.len).as_bytes());
        line.push(b'\n');
        text.push_str(std::str::from_utf8(&line).expect("ASCII digits"));
    }
    let dest = out.join(set.manifest());
    if !changed && fs::read(&dest).is_ok_and(|old| old == text.as_bytes()) {
        return Ok(());
    }
    let tmp = out.join(format!("{}{TMP_SUFFIX}", set.manifest()));
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
    fn manifest_lines_are_path_hex_key_and_size_and_read_back() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path();
        let mut entries = HashMap::default();
        let entry = |key, len| Entry { key, len };
        entries.insert("b/index.html".to_string(), entry(Some(0xab), 0));
        entries.insert("a.css".to_string(), entry(None, 1234567));
        entries.insert("z.jpg".to_string(), entry(Some(u64::MAX), u64::MAX - 1));
        write_manifest(out, OutputSet::Pages, &entries, &HashMap::default(), true).unwrap();
        let text = fs::read_to_string(out.join(MANIFEST)).unwrap();
        assert_eq!(
            text,
            "a.css\t\t1234567\nb/index.html\t00000000000000ab\t0\n\
             z.jpg\tffffffffffffffff\t18446744073709551614\n"
        );
        assert_eq!(read_manifest(out, OutputSet::Pages).0, entries);
    }

    #[test]
    fn manifest_lines_with_fewer_or_more_fields_read_as_before() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path();
        let text = "only-path.html\nkey-only\t00ff\n\r\nbad\tzz\t12\r\nextra\t1\t2\t3\n\nlast\t\t7";
        fs::write(out.join(MANIFEST), text).unwrap();
        // What `lines()` and `split('\t')` made of the same text.
        let mut expect: HashMap<String, Entry> = HashMap::default();
        for line in text.lines().filter(|l| !l.is_empty()) {
            let mut parts = line.split('\t');
            let path = parts.next().unwrap().to_string();
            let key = parts.next().and_then(|k| u64::from_str_radix(k, 16).ok());
            let len = parts
                .next()
                .and_then(|l| l.parse().ok())
                .unwrap_or(u64::MAX);
            expect.insert(path, Entry { key, len });
        }
        assert_eq!(expect.len(), 5);
        assert_eq!(read_manifest(out, OutputSet::Pages).0, expect);
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
    fn a_folder_with_files_not_in_the_manifest_is_compared_a_fresh_one_is_not() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        // Files of an earlier build whose manifest is gone: the same bytes stay untouched.
        fs::create_dir_all(out.join("x")).unwrap();
        fs::write(out.join("x/index.html"), "b").unwrap();
        let tx = Transaction::begin(&out).unwrap();
        assert!(!tx.fresh, "a folder holding a page is not fresh");
        tx.put("x/index.html", b"b", None).unwrap();
        tx.put("y/z/index.html", b"c", None).unwrap();
        let r = tx.commit().unwrap();
        assert_eq!((r.written, r.unchanged), (1, 1));
        assert_eq!(fs::read_to_string(out.join("y/z/index.html")).unwrap(), "c");
        // An empty folder (its bookkeeping files aside) is fresh: every file is staged.
        let empty = dir.path().join("empty");
        let tx = Transaction::begin(&empty).unwrap();
        assert!(tx.fresh, "only the lock file is there");
        tx.put("a/b/index.html", b"a", None).unwrap();
        tx.put("a/c.html", b"c", None).unwrap();
        let r = tx.commit().unwrap();
        assert_eq!((r.written, r.unchanged), (2, 0));
        assert_eq!(
            fs::read_to_string(empty.join("a/b/index.html")).unwrap(),
            "a"
        );
        let tx = Transaction::begin(&empty).unwrap();
        assert!(!tx.fresh, "a built folder is not fresh");
    }

    #[test]
    fn a_page_replaces_a_folder_in_its_way() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        fs::create_dir_all(out.join("page.html/old")).unwrap();
        fs::write(out.join("page.html/old/x.txt"), "x").unwrap();
        write(&out, &[file("page.html", "now a page")]).unwrap();
        assert_eq!(
            fs::read_to_string(out.join("page.html")).unwrap(),
            "now a page"
        );
    }

    #[test]
    fn abandoned_transaction_leaves_the_old_output() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        write(&out, &[file("index.html", "old")]).unwrap();
        {
            let tx = Transaction::begin(&out).unwrap();
            tx.put("index.html", b"new", Some(1)).unwrap();
            tx.put("new/page.html", b"new", None).unwrap();
            // dropped without commit, as when a later page fails to render
        }
        assert_eq!(fs::read_to_string(out.join("index.html")).unwrap(), "old");
        assert!(!out.join("new").exists());
        let names: Vec<_> = fs::read_dir(&out)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert!(
            names
                .iter()
                .all(|n| !n.to_string_lossy().contains(TMP_SUFFIX)),
            "{names:?}"
        );
    }

    #[test]
    fn an_interrupted_commit_does_not_let_old_keys_vouch_for_new_files() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        let tx = Transaction::begin(&out).unwrap();
        tx.put("page.html", b"version one", Some(1)).unwrap();
        tx.commit().unwrap();
        // As if a commit of key 2 died after renaming the file but before its manifest.
        fs::write(out.join("page.html"), b"version two!").unwrap();
        fs::write(out.join(JOURNAL), "page.html\n").unwrap();
        let tx = Transaction::begin(&out).unwrap();
        assert!(
            !tx.keep_if_fresh("page.html", 1),
            "the journal voids the old key"
        );
        drop(tx);
        fs::remove_file(out.join(JOURNAL)).unwrap();
        fs::write(out.join("page.html"), b"version one").unwrap();
        let tx = Transaction::begin(&out).unwrap();
        assert!(tx.keep_if_fresh("page.html", 1));
        assert!(!tx.keep_if_fresh("other.html", 1));
    }

    #[test]
    fn the_changed_list_is_what_a_full_comparison_finds() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path();
        let tx = Transaction::begin(out).unwrap();
        for (p, k) in [("a.html", 1), ("b.html", 2), ("c.html", 3), ("e.html", 5)] {
            tx.put(p, p.as_bytes(), Some(k)).unwrap();
        }
        let (_, last) = tx.commit_keeping().unwrap();
        let tx = Transaction::begin_after(out, Some(last)).unwrap();
        assert!(tx.keep_if_fresh("a.html", 1));
        tx.put("b.html", b"b changed", Some(2)).unwrap(); // new bytes
        tx.put("e.html", b"e.html", Some(6)).unwrap(); // same bytes, new key
        tx.put("d.html", b"d", Some(4)).unwrap(); // new file; c.html goes away
        let ledger = tx.ledger.lock().unwrap();
        let mut full: Vec<&String> = ledger
            .paths
            .iter()
            .filter(|(p, e)| tx.previous.get(*p) != Some(*e))
            .map(|(p, _)| p)
            .collect();
        full.sort();
        let mut changed: Vec<&String> = ledger.changed.iter().collect();
        changed.sort();
        assert_eq!(changed, full);
        assert_eq!(changed, ["b.html", "d.html", "e.html"]);
        assert_eq!(ledger.new, 1);
        drop(ledger);
        let report = tx.commit().unwrap();
        assert_eq!((report.written, report.removed), (2, 1));
        assert!(!out.join("c.html").exists());
    }

    #[test]
    fn a_commit_that_stops_half_way_leaves_no_key_vouching_for_a_replaced_file() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path();
        let tx = Transaction::begin(out).unwrap();
        tx.put("a.html", b"aaaa", Some(1)).unwrap();
        tx.put("b.html", b"bbbb", Some(2)).unwrap();
        tx.commit().unwrap();
        // The next commit replaces a.html (same size) and then fails on b.html, whose staged
        // file vanished: it stops after the first rename, before the manifest is updated.
        let tx = Transaction::begin(out).unwrap();
        tx.put("a.html", b"AAAA", Some(9)).unwrap();
        tx.put("b.html", b"BBBB", Some(8)).unwrap();
        let staged: Vec<PathBuf> = tx
            .ledger
            .lock()
            .unwrap()
            .staged
            .iter()
            .map(|s| s.0.clone())
            .collect();
        assert_eq!(staged.len(), 2);
        let b_tmp = staged
            .iter()
            .find(|t| t.to_string_lossy().contains("b.html"))
            .unwrap();
        fs::remove_file(b_tmp).unwrap();
        assert!(tx.commit().is_err());
        assert_eq!(fs::read(out.join("a.html")).unwrap(), b"AAAA");
        // The manifest on disk still says a.html is key 1 at 4 bytes, which the file still
        // is in size: only the journal stops that old key from vouching for the new bytes.
        let tx = Transaction::begin(out).unwrap();
        assert!(
            !tx.keep_if_fresh("a.html", 1),
            "a stale key vouched for a replaced file"
        );
        tx.put("a.html", b"aaaa", Some(1)).unwrap();
        tx.put("b.html", b"bbbb", Some(2)).unwrap();
        tx.commit().unwrap();
        assert_eq!(fs::read(out.join("a.html")).unwrap(), b"aaaa");
    }

    #[test]
    fn keeping_many_at_once_is_keeping_each() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path();
        let tx = Transaction::begin(out).unwrap();
        for (p, k) in [("a.jpg", 1), ("b.jpg", 2), ("c.jpg", 3), ("d.jpg", 4)] {
            tx.put(p, p.as_bytes(), Some(k)).unwrap();
        }
        tx.commit().unwrap();
        fs::remove_file(out.join("c.jpg")).unwrap();
        fs::write(out.join("d.jpg"), "longer than written").unwrap();
        // Read from disk (untrusted): a missing file or one of another size is not kept, nor
        // one of another key, a new one, or a path asked for twice.
        let tx = Transaction::begin(out).unwrap();
        let files = [
            ("a.jpg", 1),
            ("b.jpg", 9),
            ("c.jpg", 3),
            ("d.jpg", 4),
            ("e.jpg", 5),
            ("a.jpg", 1),
        ];
        assert_eq!(
            tx.keep_all_if_fresh(&files),
            [true, false, false, false, false, false]
        );
        assert!(
            tx.put("a.jpg", b"a.jpg", Some(1)).is_err(),
            "a kept file is in the ledger: a second one clashes"
        );
        for (p, k) in &files[1..5] {
            tx.put(p, p.as_bytes(), Some(*k)).unwrap();
        }
        let report = tx.commit().unwrap();
        assert_eq!((report.unchanged, report.written), (2, 3));
        assert_eq!(fs::read_to_string(out.join("d.jpg")).unwrap(), "d.jpg");
    }

    fn names(out: &Path, dir: &str) -> Vec<String> {
        let mut v: Vec<String> = fs::read_dir(out.join(dir))
            .map(|d| {
                d.map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                    .collect()
            })
            .unwrap_or_default();
        v.sort();
        v
    }

    #[test]
    fn a_group_is_one_manifest_line_kept_and_removed_whole() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path();
        let tx = Transaction::begin(out).unwrap();
        tx.put("index.html", b"home", Some(7)).unwrap();
        let members: [(&str, &[u8]); 2] = [("400.webp", b"aa"), ("800.jpg", b"bbb")];
        tx.put_group("_img/a/q-", Some(1), &members).unwrap();
        let (report, manifest) = tx.commit_keeping().unwrap();
        assert_eq!(report.written, 3);
        assert_eq!(
            fs::read_to_string(out.join(MANIFEST)).unwrap(),
            "\t_img/a/q-\t0000000000000001\t400.webp:2,800.jpg:3\n\
             index.html\t0000000000000007\t4\n"
        );
        assert_eq!(names(out, "_img/a"), ["q-400.webp", "q-800.jpg"]);
        let sized: Vec<(&str, u64, usize)> = {
            let mut v: Vec<_> = manifest.sized().collect();
            v.sort();
            v
        };
        assert_eq!(sized, [("_img/a/q-", 5, 2), ("index.html", 4, 1)]);
        assert_eq!(manifest.written_groups(), ["_img/a/q-"]);
        // Read back from disk: the same key keeps it, another key or prefix does not.
        let tx = Transaction::begin(out).unwrap();
        assert_eq!(
            tx.keep_groups_if_fresh(&[("_img/a/q-", 2), ("_img/b/q-", 1)]),
            [false, false]
        );
        assert_eq!(tx.keep_groups_if_fresh(&[("_img/a/q-", 1)]), [true]);
        assert!(tx.keep_if_fresh("index.html", 7));
        let report = tx.commit().unwrap();
        assert_eq!(
            (report.written, report.unchanged, report.removed),
            (0, 3, 0)
        );
        // A member gone or of another size: the group is not kept.
        fs::write(out.join("_img/a/q-800.jpg"), "bbbb").unwrap();
        let tx = Transaction::begin(out).unwrap();
        assert_eq!(tx.keep_groups_if_fresh(&[("_img/a/q-", 1)]), [false]);
        assert!(tx.keep_if_fresh("index.html", 7));
        tx.put_group("_img/a/q-", Some(1), &members).unwrap();
        let report = tx.commit().unwrap();
        assert_eq!(
            (report.written, report.unchanged, report.removed),
            (1, 2, 0)
        );
        assert_eq!(fs::read(out.join("_img/a/q-800.jpg")).unwrap(), b"bbb");
        // A group no longer recorded has its members removed; a member dropped from a group
        // recorded again is removed too.
        let tx = Transaction::begin(out).unwrap();
        assert!(tx.keep_if_fresh("index.html", 7));
        tx.put_group("_img/a/q-", Some(3), &members[..1]).unwrap();
        let report = tx.commit().unwrap();
        assert_eq!(report.removed, 1);
        assert_eq!(names(out, "_img/a"), ["q-400.webp"]);
        let tx = Transaction::begin(out).unwrap();
        tx.put("index.html", b"home", Some(7)).unwrap();
        let report = tx.commit().unwrap();
        assert_eq!(report.removed, 1);
        assert!(!out.join("_img").exists(), "empty folders pruned");
        assert_eq!(
            fs::read_to_string(out.join(MANIFEST)).unwrap(),
            "index.html\t0000000000000007\t4\n"
        );
    }

    #[test]
    fn files_listed_one_by_one_then_grouped_are_not_removed() {
        // A manifest of an older newsdesk lists renditions one by one.
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path();
        let tx = Transaction::begin(out).unwrap();
        tx.put("_img/a/q-400.webp", b"aa", Some(1)).unwrap();
        tx.put("_img/a/q-800.jpg", b"bbb", Some(1)).unwrap();
        tx.commit().unwrap();
        let tx = Transaction::begin(out).unwrap();
        let members: [(&str, &[u8]); 2] = [("400.webp", b"aa"), ("800.jpg", b"bbb")];
        tx.put_group("_img/a/q-", Some(1), &members).unwrap();
        let report = tx.commit().unwrap();
        assert_eq!(
            (report.written, report.unchanged, report.removed),
            (0, 2, 0)
        );
        assert_eq!(names(out, "_img/a"), ["q-400.webp", "q-800.jpg"]);
        // And back: files recorded one by one again are not removed as the group's.
        let tx = Transaction::begin(out).unwrap();
        tx.put("_img/a/q-400.webp", b"aa", Some(1)).unwrap();
        tx.put("_img/a/q-800.jpg", b"bbb", Some(1)).unwrap();
        let report = tx.commit().unwrap();
        assert_eq!(report.removed, 0);
        assert_eq!(names(out, "_img/a"), ["q-400.webp", "q-800.jpg"]);
    }

    #[test]
    fn an_interrupted_commit_voids_a_groups_key_and_names_its_new_members() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path();
        let members: [(&str, &[u8]); 1] = [("400.webp", b"aa")];
        let tx = Transaction::begin(out).unwrap();
        tx.put_group("_img/a/q-", Some(1), &members).unwrap();
        tx.commit().unwrap();
        fs::write(out.join(JOURNAL), "\t_img/a/q-\n").unwrap();
        let tx = Transaction::begin(out).unwrap();
        assert_eq!(tx.keep_groups_if_fresh(&[("_img/a/q-", 1)]), [false]);
        drop(tx);
        fs::remove_file(out.join(JOURNAL)).unwrap();
        // A new group is in the manifest (keyless) before its files are renamed into place.
        let tx = Transaction::begin(out).unwrap();
        tx.put_group("_img/a/q-", Some(1), &members).unwrap();
        tx.put_group("_img/b/r-", Some(2), &members).unwrap();
        let ledger = std::mem::take(&mut *tx.ledger.lock().unwrap());
        assert_eq!(ledger.new_groups, 1);
        assert_eq!(ledger.changed_groups, ["_img/b/r-"]);
        for (tmp, _) in &ledger.staged {
            let _ = fs::remove_file(tmp);
        }
    }

    #[test]
    fn a_group_refuses_members_that_are_not_one_plain_name() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path();
        let tx = Transaction::begin(out).unwrap();
        for bad in ["", "a/b", "x,y", "x:1", "..", "a\tb"] {
            let members: [(&str, &[u8]); 2] = [("ok.webp", b"aa"), (bad, b"b")];
            assert!(
                tx.put_group("_img/a/q-", Some(1), &members).is_err(),
                "{bad:?}"
            );
        }
        assert!(tx.put_group("../q-", Some(1), &[("a.webp", b"a")]).is_err());
        tx.put_group("_img/a/q-", Some(1), &[("a.webp", b"a")])
            .unwrap();
        assert!(
            tx.put_group("_img/a/q-", Some(1), &[("a.webp", b"a")])
                .is_err(),
            "a prefix twice clashes"
        );
        drop(tx);
        let left: Vec<String> = names(out, "_img/a");
        assert!(left.is_empty(), "nothing staged is left: {left:?}");
    }

    #[test]
    fn a_second_writer_is_refused_while_the_first_holds_the_lock() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        let first = Transaction::begin(&out).unwrap();
        let err = Transaction::begin(&out)
            .err()
            .expect("second writer refused");
        let msg = err.to_string();
        assert!(msg.contains("another newsdesk build"), "{msg}");
        drop(first);
        Transaction::begin(&out).expect("free again once the first ends");
    }

    #[test]
    fn staging_names_fit_even_for_the_longest_names() {
        let dir = tempfile::tempdir().unwrap();
        let long = format!("{}.txt", "é".repeat(125));
        assert_eq!(long.len(), 254);
        let other = format!("{}.css", "é".repeat(125));
        assert!(temp_name(&long).len() <= 255 && temp_name(&long) != temp_name(&other));
        let r = write(dir.path(), &[file(&long, "a"), file(&other, "b")]).unwrap();
        assert_eq!(r.written, 2);
        assert_eq!(fs::read_to_string(dir.path().join(&long)).unwrap(), "a");
    }

    #[test]
    fn refuses_escaping_paths_and_clashes() {
        let dir = tempfile::tempdir().unwrap();
        for p in ["../x", "/etc/x", "a/../../b", "a//b", ""] {
            assert!(write(dir.path(), &[file(p, "x")]).is_err(), "{p}");
        }
        assert!(write(dir.path(), &[file("a", "1"), file("a", "2")]).is_err());
    }

    /// A group's totals are what its members give, read one by one, whatever the text.
    #[test]
    fn group_totals_sum_the_members_as_listed() {
        for text in [
            "400.jpg:19333,400.webp:6988,800.jpg:104116",
            "",
            ",,a:1,,b:2,",
            "a:,b:x,c:+5,d:18446744073709551615,e:18446744073709551616,f",
            "a:b:7,c:18446744073709551615,d:3",
            "ünï:12,x:3",
        ] {
            let (bytes, n) = group_members(text).fold((0u64, 0usize), |(b, n), (_, len)| {
                (b.saturating_add(len), n + 1)
            });
            assert_eq!(group_totals(text), (bytes, n), "{text:?}");
        }
        assert_eq!(group_totals("a.jpg:10,a.webp:5").0, 15);
    }
}
