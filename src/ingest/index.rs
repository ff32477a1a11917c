//! What `content/` already holds, indexed so each ingested article is checked in constant
//! time (same input, same URL, same hand-written article, near-duplicate, free slug): a feed
//! of 100,000 entries must not compare every entry with every file written before it.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use chrono_tz::Tz;
use rayon::prelude::*;
use serde::Deserialize;

use super::clean::key;
use super::write::{NEAR_DUPLICATE, body_hash, overlap, shingles_of, url_key, word_hashes};
use crate::content::{ArticleDate, CONTENT_DIR, FrontMatter, Image, front_matter};
use crate::error::{Error, Result};
use crate::{slug, yaml};

/// Candidates for a near-duplicate are looked up through at most this many articles per
/// shingle: a phrase every wire story repeats would otherwise make each lookup scan them all.
/// The earliest articles are kept, since a near-duplicate is credited to its original.
const POSTINGS_PER_SHINGLE: usize = 64;

/// A picture that is already the lead image of this many unrelated articles from the same
/// site is the site's default share picture, not the story's (see [`Index::shared_image`]).
/// One fewer would take the agency photo a site reuses for two or three stories on one
/// subject (a central bank's building, a minister's portrait); a default share picture is on
/// every article that has no picture of its own, so it passes this count within days.
pub const SHARED_IMAGE_MIN: usize = 3;

/// Articles whose bodies share at least this part of their shingles tell one story (an
/// update, a rewrite): they may share its picture whatever their number. Unrelated stories
/// share well under a tenth (a site's boilerplate lines at most).
const RELATED_STORY: f64 = 0.25;

/// A body's comparison forms, computed once per article.
#[derive(Debug, Clone)]
pub struct BodyKeys {
    hash: u64,
    shingles: Vec<u64>,
}

impl BodyKeys {
    /// The keys of a Markdown body.
    pub fn new(body: &str) -> BodyKeys {
        let words = word_hashes(body);
        BodyKeys {
            hash: body_hash(&words),
            shingles: shingles_of(&words),
        }
    }
}

/// What ingest needs to know of a content file already in the site.
#[derive(Debug, Clone)]
pub struct Known {
    /// The file, relative to the site root.
    pub path: PathBuf,
    /// Its URL slug.
    pub slug: String,
    /// Its title in comparison form.
    pub title_key: String,
    /// Its publication day, when readable.
    pub date: Option<NaiveDate>,
    /// The fingerprint ingest recorded, if any.
    pub fingerprint: Option<String>,
    /// Its canonical source URL in comparison form.
    pub source_url: Option<String>,
    /// What it repeats, if it is itself a near-duplicate.
    pub duplicate_of: Option<String>,
    /// Its site (the host of its source URL) and its remote lead image, in comparison form.
    site_image: Option<(String, String)>,
    body: BodyKeys,
}

/// The subset of front matter the scan reads; unknown keys are ignored so a file a curator
/// broke in some other way still counts as present.
#[derive(Deserialize, Default)]
#[serde(default)]
struct Seen {
    title: String,
    date: Option<String>,
    slug: Option<String>,
    fingerprint: Option<String>,
    source_url: Option<String>,
    duplicate_of: Option<String>,
    /// A plain address or a map with `src`; anything else is ignored here (the build says
    /// what is wrong with it).
    image: Option<serde_json::Value>,
}

/// How an input relates to what is already in the site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Match {
    /// The same input (fingerprint) was ingested before.
    Fingerprint,
    /// An article with the same canonical URL exists.
    SourceUrl,
    /// A file without a fingerprint has the same title and date, or the same body text.
    Unfingerprinted,
}

impl Match {
    /// Why the input counts as already present, for the skip message.
    pub fn reason(&self) -> &'static str {
        match self {
            Match::Fingerprint => "same input",
            Match::SourceUrl => "same source URL",
            Match::Unfingerprinted => "same title and date, or same text",
        }
    }
}

/// Everything already in `content/`, for no-clobber, slug and duplicate checks. Each lookup
/// map points into `known`; when two files share a key the first one indexed answers.
#[derive(Debug, Default)]
pub struct Index {
    known: Vec<Known>,
    by_path: HashMap<PathBuf, usize>,
    by_fingerprint: HashMap<String, usize>,
    by_url: HashMap<String, usize>,
    by_slug: HashMap<String, usize>,
    /// Files without a fingerprint, by title key and day.
    by_title_day: HashMap<(String, NaiveDate), usize>,
    /// Files without a fingerprint, by body text.
    by_body: HashMap<u64, usize>,
    /// (site, remote lead image) → the articles showing it.
    by_site_image: HashMap<(String, String), Vec<usize>>,
    /// Shingle → the first article that has it (most shingles occur once: no list for them).
    first_with: HashMap<u64, usize>,
    /// Shingle → the next articles that have it, when it recurs.
    also_with: HashMap<u64, Vec<usize>>,
    /// Every slug taken (also by files that could not be read).
    slugs: HashSet<String>,
    /// Per base slug, the next numeric suffix worth trying.
    next_suffix: HashMap<String, usize>,
}

impl Index {
    /// Scans `ROOT/content` in parallel, reading only what the checks need. With `sweep`,
    /// temporary files an interrupted ingest left behind are removed on the way.
    pub fn scan(root: &Path, tz: Tz, sweep: bool) -> Result<Index> {
        let dir = root.join(CONTENT_DIR);
        let mut files = Vec::new();
        if dir.is_dir() {
            let intros = dir.join(crate::content::intro::INTRO_DIR);
            for entry in walkdir::WalkDir::new(&dir)
                .sort_by_file_name()
                .into_iter()
                .filter_entry(|e| e.path() != intros)
            {
                let entry = entry.map_err(|e| {
                    let p = e.path().unwrap_or(&dir).to_path_buf();
                    Error::io(&p, e.into())
                })?;
                let name = entry.file_name().to_string_lossy();
                if !entry.file_type().is_file() {
                    continue;
                }
                if super::atomic::is_temp_name(&name) {
                    if sweep {
                        super::atomic::sweep(entry.path());
                    }
                } else if name.ends_with(".md") && !name.starts_with('.') {
                    files.push(entry.into_path());
                }
            }
        }
        let known: Vec<Known> = files
            .par_iter()
            .map(|file| {
                let rel = file.strip_prefix(root).unwrap_or(file).to_path_buf();
                // An unreadable file still holds its slug, so nothing is written over it.
                let text = std::fs::read_to_string(file).unwrap_or_default();
                known_from(&text, rel, tz)
            })
            .collect();
        let mut index = Index::default();
        for k in known {
            index.insert(k);
        }
        Ok(index)
    }

    /// How many content files the index holds.
    pub fn len(&self) -> usize {
        self.known.len()
    }

    /// Is the index empty?
    pub fn is_empty(&self) -> bool {
        self.known.is_empty()
    }

    /// The existing file this input is, if any.
    pub fn find_same(
        &self,
        fingerprint: &str,
        source_url: Option<&str>,
        title: &str,
        date: Option<NaiveDate>,
        body: &BodyKeys,
    ) -> Option<(&Known, Match)> {
        if let Some(&i) = self.by_fingerprint.get(fingerprint) {
            return Some((&self.known[i], Match::Fingerprint));
        }
        if let Some(&i) = source_url.and_then(|u| self.by_url.get(&url_key(u))) {
            return Some((&self.known[i], Match::SourceUrl));
        }
        // Files written by hand (or before ingest recorded fingerprints) are recognised by
        // title and date, or by identical text.
        let by_title = date.and_then(|d| self.by_title_day.get(&(key(title), d)));
        by_title
            .or_else(|| self.by_body.get(&body.hash))
            .map(|&i| (&self.known[i], Match::Unfingerprinted))
    }

    /// Does an article with this fingerprint or canonical URL exist?
    pub fn knows(&self, fingerprint: &str, source_url: Option<&str>) -> bool {
        self.by_fingerprint.contains_key(fingerprint)
            || source_url.is_some_and(|u| self.by_url.contains_key(&url_key(u)))
    }

    /// The existing article this body repeats (≥ [`NEAR_DUPLICATE`] shingle overlap), resolved
    /// to the original when the match is itself a duplicate.
    pub fn near_duplicate(&self, body: &BodyKeys) -> Option<&Known> {
        let mine = &body.shingles;
        let mut candidates: HashSet<usize> = HashSet::new();
        for s in mine {
            candidates.extend(self.first_with.get(s));
            candidates.extend(self.also_with.get(s).into_iter().flatten());
        }
        // Ties go to the earliest indexed, as a scan in file order would find them.
        let mut candidates: Vec<usize> = candidates.into_iter().collect();
        candidates.sort_unstable();
        let best = candidates
            .into_iter()
            .map(|i| (i, overlap(mine, &self.known[i].body.shingles)))
            .filter(|(_, o)| *o >= NEAR_DUPLICATE)
            .fold(None::<(usize, f64)>, |best, (i, o)| match best {
                Some((_, b)) if b >= o => best,
                _ => Some((i, o)),
            })?
            .0;
        let best = &self.known[best];
        match &best.duplicate_of {
            Some(orig) => self
                .by_slug
                .get(orig)
                .map(|&i| &self.known[i])
                .or(Some(best)),
            None => Some(best),
        }
    }

    /// How many articles from the site of `source_url` already show `image` as their lead
    /// image while telling another story than `body` (titled `title`): neither near in text
    /// ([`RELATED_STORY`]) nor of the same title, nor the file at `except` (the one being
    /// replaced). One story updated in several articles keeps its picture in each; a picture
    /// on [`SHARED_IMAGE_MIN`] unrelated ones is the site's furniture.
    pub fn shared_image(
        &self,
        source_url: Option<&str>,
        image: &Image,
        title: &str,
        body: &BodyKeys,
        except: Option<&Path>,
    ) -> usize {
        let Some(key) = source_url.and_then(|u| site_image(u, image)) else {
            return 0;
        };
        let title = super::clean::key(title);
        self.by_site_image.get(&key).map_or(0, |users| {
            users
                .iter()
                .map(|&i| &self.known[i])
                .filter(|k| Some(k.path.as_path()) != except)
                .filter(|k| k.title_key != title || title.is_empty())
                .filter(|k| overlap(&body.shingles, &k.body.shingles) < RELATED_STORY)
                .count()
        })
    }

    /// `base`, or `base-2`, `base-3`… — the first slug no article has (at most 80 characters).
    pub fn unique_slug(&mut self, base: &str, root: &Path, dir: &Path) -> String {
        let free =
            |s: &str| !self.slugs.contains(s) && !root.join(dir).join(format!("{s}.md")).exists();
        if free(base) {
            return base.to_string();
        }
        // Suffixes below the last one handed out for this base were taken then; start after.
        let from = self.next_suffix.get(base).copied().unwrap_or(2);
        let (n, slug) = (from..)
            .map(|n| (n, suffixed(base, n)))
            .find(|(_, s)| free(s))
            .expect("some suffix is free");
        self.next_suffix.insert(base.to_string(), n + 1);
        slug
    }

    /// Records a file just written (or replaced), so later inputs of the batch see it.
    pub fn add(&mut self, text: &str, rel: PathBuf, tz: Tz) {
        self.insert(known_from(text, rel, tz));
    }

    /// Like [`Index::add`] for a file written from `front` and `body`, without parsing it back.
    pub fn add_written(&mut self, front: &FrontMatter, body: BodyKeys, rel: PathBuf, tz: Tz) {
        let seen = Seen {
            title: front.title.clone(),
            date: front.date.clone(),
            slug: front.slug.clone(),
            fingerprint: front.fingerprint.clone(),
            source_url: front.source_url.clone(),
            duplicate_of: front.duplicate_of.clone(),
            image: front
                .image
                .as_ref()
                .map(|i| serde_json::Value::String(i.src.clone())),
        };
        self.insert(known_of(seen, body, rel, tz));
    }

    fn insert(&mut self, k: Known) {
        let existing = self.by_path.get(&k.path).copied();
        if let Some(i) = existing {
            self.unlink(i);
        }
        let i = existing.unwrap_or(self.known.len());
        self.by_path.insert(k.path.clone(), i);
        self.slugs.insert(k.slug.clone());
        self.by_slug.entry(k.slug.clone()).or_insert(i);
        if let Some(fp) = &k.fingerprint {
            self.by_fingerprint.entry(fp.clone()).or_insert(i);
        } else {
            if let Some(d) = k.date {
                self.by_title_day
                    .entry((k.title_key.clone(), d))
                    .or_insert(i);
            }
            self.by_body.entry(k.body.hash).or_insert(i);
        }
        if let Some(url) = &k.source_url {
            self.by_url.entry(url.clone()).or_insert(i);
        }
        if let Some(si) = &k.site_image {
            self.by_site_image.entry(si.clone()).or_default().push(i);
        }
        for s in &k.body.shingles {
            if let Some(&first) = self.first_with.get(s) {
                if first != i {
                    let more = self.also_with.entry(*s).or_default();
                    if more.len() + 1 < POSTINGS_PER_SHINGLE {
                        more.push(i);
                    }
                }
            } else {
                self.first_with.insert(*s, i);
            }
        }
        match existing {
            Some(i) => self.known[i] = k,
            None => self.known.push(k),
        }
    }

    /// Drops the lookups that lead to slot `i` before it is replaced (its slug stays taken).
    fn unlink(&mut self, i: usize) {
        let old = &self.known[i];
        let mine = |map_value: Option<&usize>| map_value == Some(&i);
        if let Some(fp) = &old.fingerprint
            && mine(self.by_fingerprint.get(fp))
        {
            self.by_fingerprint.remove(fp);
        }
        if let Some(url) = &old.source_url
            && mine(self.by_url.get(url))
        {
            self.by_url.remove(url);
        }
        if let Some(d) = old.date {
            let k = (old.title_key.clone(), d);
            if mine(self.by_title_day.get(&k)) {
                self.by_title_day.remove(&k);
            }
        }
        if mine(self.by_body.get(&old.body.hash)) {
            self.by_body.remove(&old.body.hash);
        }
        if mine(self.by_slug.get(&old.slug)) {
            self.by_slug.remove(&old.slug);
        }
        if let Some(si) = &old.site_image
            && let Some(users) = self.by_site_image.get_mut(si)
        {
            users.retain(|&j| j != i);
        }
        for s in &old.body.shingles {
            if mine(self.first_with.get(s)) {
                // The next article with this shingle, if any, takes the first place.
                match self.also_with.get_mut(s) {
                    Some(more) if !more.is_empty() => {
                        let next = more.remove(0);
                        self.first_with.insert(*s, next);
                    }
                    _ => {
                        self.first_with.remove(s);
                    }
                }
            } else if let Some(more) = self.also_with.get_mut(s) {
                more.retain(|&j| j != i);
            }
        }
    }
}

/// `base-n`, cut so the whole stays within [`slug::MAX_LEN`].
fn suffixed(base: &str, n: usize) -> String {
    let suffix = format!("-{n}");
    let mut stem = base.to_string();
    if stem.len() + suffix.len() > slug::MAX_LEN {
        stem.truncate(slug::MAX_LEN - suffix.len());
        stem = stem.trim_end_matches('-').to_string();
    }
    format!("{stem}{suffix}")
}

fn known_from(text: &str, rel: PathBuf, tz: Tz) -> Known {
    let (seen, body) = match front_matter::split(text, &rel) {
        Ok(split) => (
            yaml::from_str::<Seen>(split.yaml).unwrap_or_default(),
            split.body,
        ),
        Err(_) => (Seen::default(), text),
    };
    known_of(seen, BodyKeys::new(body), rel, tz)
}

/// A site (the host of `source_url`, without `www.`) and a remote image address, in the
/// form [`Index::shared_image`] compares; `None` for a local image or an unreadable URL.
fn site_image(source_url: &str, image: &Image) -> Option<(String, String)> {
    let host = url::Url::parse(source_url.trim())
        .ok()?
        .host_str()?
        .to_ascii_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host).to_string();
    image.is_remote().then(|| (host, url_key(&image.src)))
}

/// The lead image of front matter read loosely (a plain address or a map with `src`).
fn seen_image(v: &serde_json::Value) -> Option<Image> {
    let src = match v {
        serde_json::Value::String(s) => s,
        serde_json::Value::Object(m) => m.get("src")?.as_str()?,
        _ => return None,
    };
    Some(Image::url(src))
}

fn known_of(seen: Seen, body: BodyKeys, rel: PathBuf, tz: Tz) -> Known {
    let stem = rel.file_stem().and_then(|s| s.to_str()).unwrap_or("");
    let site_image = seen
        .image
        .as_ref()
        .and_then(seen_image)
        .zip(seen.source_url.as_deref())
        .and_then(|(img, url)| site_image(url, &img));
    Known {
        site_image,
        slug: slug::slugify(seen.slug.as_deref().unwrap_or(stem)),
        title_key: key(&seen.title),
        date: seen
            .date
            .as_deref()
            .and_then(|d| ArticleDate::parse(d, tz).ok())
            .map(|d| d.local_date(tz)),
        fingerprint: seen.fingerprint,
        source_url: seen.source_url.as_deref().map(url_key),
        duplicate_of: seen.duplicate_of,
        body,
        path: rel,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(title: &str, extra: &str, body: &str) -> String {
        format!("---\ntitle: {title}\ndate: 2024-07-01\n{extra}---\n\n{body}\n")
    }

    fn keys(body: &str) -> BodyKeys {
        BodyKeys::new(body)
    }

    const BODY: &str = "The quick brown fox jumps over the lazy dog near the river bank while \
        the farmer watches from the hill and the sun sets slowly behind the old mill.";

    #[test]
    fn finds_by_fingerprint_url_title_and_text() {
        let tz = chrono_tz::UTC;
        let mut ix = Index::default();
        ix.add(
            &file(
                "A",
                "fingerprint: sha256:1\nsource_url: https://x.org/a/\n",
                "One.",
            ),
            "content/a.md".into(),
            tz,
        );
        ix.add(&file("Hand Made", "", BODY), "content/b.md".into(), tz);
        let day = NaiveDate::from_ymd_opt(2024, 7, 1);
        let path = |r: Option<(&Known, Match)>| r.map(|(k, m)| (k.path.clone(), m));
        assert_eq!(
            path(ix.find_same("sha256:1", None, "x", day, &keys(""))),
            Some(("content/a.md".into(), Match::Fingerprint))
        );
        assert_eq!(
            path(ix.find_same("sha256:2", Some("HTTPS://X.org/a#top"), "x", day, &keys(""))),
            Some(("content/a.md".into(), Match::SourceUrl))
        );
        assert_eq!(
            path(ix.find_same("sha256:2", None, "hand made", day, &keys(""))),
            Some(("content/b.md".into(), Match::Unfingerprinted))
        );
        assert_eq!(
            path(ix.find_same("sha256:2", None, "Other", None, &keys(BODY))),
            Some(("content/b.md".into(), Match::Unfingerprinted))
        );
        assert!(
            ix.find_same("sha256:2", None, "A", day, &keys("One."))
                .is_none()
        );
    }

    #[test]
    fn a_written_file_is_known_as_if_read_back() {
        let tz = chrono_tz::UTC;
        let front = FrontMatter {
            title: "Budget Vote".into(),
            date: Some("2024-07-01".into()),
            fingerprint: Some("sha256:5".into()),
            source_url: Some("https://x.org/v".into()),
            ..FrontMatter::default()
        };
        let text = super::super::write::render(&front, BODY).unwrap();
        let (mut read, mut written) = (Index::default(), Index::default());
        read.add(&text, "c/budget-vote.md".into(), tz);
        written.add_written(&front, keys(BODY), "c/budget-vote.md".into(), tz);
        let (a, b) = (&read.known[0], &written.known[0]);
        assert_eq!(
            (&a.slug, &a.title_key, a.date, &a.fingerprint, &a.source_url),
            (&b.slug, &b.title_key, b.date, &b.fingerprint, &b.source_url)
        );
        assert_eq!(
            (a.body.hash, &a.body.shingles),
            (b.body.hash, &b.body.shingles)
        );
    }

    #[test]
    fn a_replaced_file_answers_with_its_new_contents_only() {
        let tz = chrono_tz::UTC;
        let mut ix = Index::default();
        ix.add(
            &file("A", "fingerprint: sha256:1\n", BODY),
            "c/a.md".into(),
            tz,
        );
        ix.add(
            &file("A", "fingerprint: sha256:9\n", "New."),
            "c/a.md".into(),
            tz,
        );
        assert_eq!(ix.len(), 1);
        assert!(
            ix.find_same("sha256:1", None, "", None, &keys(""))
                .is_none()
        );
        assert!(
            ix.find_same("sha256:9", None, "", None, &keys(""))
                .is_some()
        );
        assert!(ix.near_duplicate(&keys(BODY)).is_none());
    }

    #[test]
    fn near_duplicates_resolve_to_the_original() {
        let tz = chrono_tz::UTC;
        let mut ix = Index::default();
        ix.add(&file("O", "", BODY), "c/original.md".into(), tz);
        ix.add(
            &file("C", "duplicate_of: original\n", &format!("{BODY} Copy.")),
            "c/copy.md".into(),
            tz,
        );
        let found = ix.near_duplicate(&keys(&format!("{BODY} Another ending here.")));
        assert_eq!(found.map(|k| k.slug.as_str()), Some("original"));
        let other = keys("Nothing like it at all, a different text.");
        assert!(ix.near_duplicate(&other).is_none());
    }

    #[test]
    fn repeated_titles_get_increasing_suffixes_without_rescanning() {
        let dir = tempfile::tempdir().unwrap();
        let mut ix = Index::default();
        let tz = chrono_tz::UTC;
        let rel = Path::new("content/2024/07");
        for want in ["same", "same-2", "same-3", "same-4"] {
            let s = ix.unique_slug("same", dir.path(), rel);
            assert_eq!(s, want);
            ix.add("", rel.join(format!("{s}.md")), tz);
        }
        let long = "x".repeat(slug::MAX_LEN);
        ix.add("", rel.join(format!("{long}.md")), tz);
        let s = ix.unique_slug(&long, dir.path(), rel);
        assert!(s.len() <= slug::MAX_LEN && s.ends_with("-2"), "{s}");
    }
}
