//! `data/sources.yaml`: the curator's subscriptions, read with errors that name the file and
//! line, and edited in place (`sources add`/`remove`) so the curator's comments survive.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::ingest::write::url_key;
use crate::{suggest, yaml};

/// The sources file, relative to the site root.
pub const FILE: &str = "data/sources.yaml";

/// Entries taken per run when `max_per_run` is left out.
pub const DEFAULT_MAX_PER_RUN: usize = 50;

/// At most this many entries are taken on a source's first run, so subscribing does not
/// flood the site with a feed's whole backlog.
pub const FIRST_RUN_MAX: usize = 20;

const TOP_KEYS: &[&str] = &["sources", "pause_seconds"];
const SOURCE_KEYS: &[&str] = &[
    "url",
    "name",
    "full_text",
    "draft",
    "tags",
    "boilerplate",
    "max_per_run",
    "enabled",
];

/// When to fetch an entry's own page for its text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FullText {
    /// Only when the feed carries just a summary.
    #[default]
    Auto,
    /// For every entry.
    Always,
    /// Never: keep what the feed carries.
    Never,
}

fn yes() -> bool {
    true
}

/// One subscription.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// A feed (RSS, Atom, JSON Feed) or a page that links one.
    pub url: String,
    /// Shown as `source:`; the feed's title when left out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// When to fetch each entry's page.
    #[serde(default)]
    pub full_text: FullText,
    /// New articles are drafts (the default); false for sources trusted to go live.
    #[serde(default = "yes")]
    pub draft: bool,
    /// Added to every article from this source.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// Extra whole-line cleaning patterns for this source's text.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub boilerplate: Vec<String>,
    /// Newest entries taken per run.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_per_run: Option<usize>,
    /// Fetched at all.
    #[serde(default = "yes")]
    pub enabled: bool,
}

impl Source {
    /// A new enabled source for `url` with every default.
    pub fn new(url: &str, name: Option<String>) -> Source {
        Source {
            url: url.to_string(),
            name,
            full_text: FullText::Auto,
            draft: true,
            tags: Vec::new(),
            boilerplate: Vec::new(),
            max_per_run: None,
            enabled: true,
        }
    }

    /// Entries to take this run (`first`: the source has never been fetched).
    pub fn limit(&self, first: bool) -> usize {
        let n = self.max_per_run.unwrap_or(DEFAULT_MAX_PER_RUN);
        if first { n.min(FIRST_RUN_MAX) } else { n }
    }

    /// Does `what` (a name, case-insensitively, or a URL in any canonical form) name this source?
    pub fn is_named(&self, what: &str) -> bool {
        self.name
            .as_deref()
            .is_some_and(|n| n.trim().eq_ignore_ascii_case(what.trim()))
            || url_key(&self.url) == url_key(what)
    }
}

#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileForm {
    #[serde(default)]
    sources: Vec<Source>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pause_seconds: Option<f64>,
}

/// The parsed file.
#[derive(Debug, Clone, Default)]
pub struct Sources {
    /// The file it came from.
    pub path: PathBuf,
    /// The subscriptions, in file order.
    pub sources: Vec<Source>,
    /// The 1-based line of each source's `-`, for errors.
    pub lines: Vec<usize>,
    /// Seconds between two requests to one host (`pause_seconds`, default 1).
    pub pause_seconds: f64,
    /// The file's text ("" when it does not exist yet).
    text: String,
}

impl Sources {
    /// Reads `ROOT/data/sources.yaml`; a missing file is an empty list.
    pub fn load(root: &Path) -> Result<Sources> {
        let path = root.join(FILE);
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
            Err(e) => return Err(Error::io(&path, e)),
        };
        Sources::parse(&text, &path)
    }

    /// Parses and validates the text of a sources file.
    pub fn parse(text: &str, path: &Path) -> Result<Sources> {
        let form: FileForm = if text.trim().is_empty() {
            FileForm::default()
        } else {
            yaml::from_str(text).map_err(|e| {
                let mut message = e.message.clone();
                if let Some(field) = suggest::unknown_field(&e.message) {
                    let keys = if e.message.contains("`full_text`") {
                        SOURCE_KEYS
                    } else {
                        TOP_KEYS
                    };
                    message = format!(
                        "unknown key `{field}`{}",
                        suggest::did_you_mean(field, keys.iter().copied())
                    );
                }
                Error::at(path, e.line, e.column, message)
            })?
        };
        let lines = item_lines(text, form.sources.len());
        let at = |i: usize, msg: String| Error::at(path, lines[i], 0, msg);
        for (i, s) in form.sources.iter().enumerate() {
            check_url(&s.url).map_err(|m| at(i, m))?;
            if s.max_per_run == Some(0) {
                return Err(at(i, "`max_per_run` must be at least 1".into()));
            }
            if s.name.as_deref().is_some_and(|n| n.trim().is_empty()) {
                return Err(at(
                    i,
                    "`name` is empty: give a name or leave the key out".into(),
                ));
            }
            for (j, p) in s.boilerplate.iter().enumerate() {
                regex::Regex::new(&format!("(?i)^(?:{p})$")).map_err(|e| {
                    at(
                        i,
                        format!("boilerplate[{j}] `{p}` is not a valid regular expression: {e}"),
                    )
                })?;
            }
            for (k, other) in form.sources[..i].iter().enumerate() {
                if url_key(&other.url) == url_key(&s.url) {
                    return Err(at(
                        i,
                        format!("{} is already listed on line {}", s.url, lines[k]),
                    ));
                }
                if let (Some(a), Some(b)) = (&other.name, &s.name)
                    && a.trim().eq_ignore_ascii_case(b.trim())
                {
                    return Err(at(
                        i,
                        format!("the name `{b}` is already used on line {}", lines[k]),
                    ));
                }
            }
        }
        let pause = form.pause_seconds.unwrap_or(1.0);
        if !(pause.is_finite() && (0.0..=3600.0).contains(&pause)) {
            return Err(Error::at(
                path,
                yaml::key_line(text, "pause_seconds").unwrap_or(0),
                0,
                "`pause_seconds` must be a number of seconds from 0 to 3600",
            ));
        }
        Ok(Sources {
            path: path.to_path_buf(),
            sources: form.sources,
            lines,
            pause_seconds: pause,
            text: text.to_string(),
        })
    }

    /// The index of the source `what` names (name or URL).
    pub fn find(&self, what: &str) -> Option<usize> {
        self.sources.iter().position(|s| s.is_named(what))
    }

    /// Adds `source` at the end of the list, keeping the rest of the file as written.
    pub fn add(&mut self, source: Source) -> Result<()> {
        check_url(&source.url).map_err(Error::Msg)?;
        if let Some(i) = self.find(&source.url).or_else(|| {
            source
                .name
                .as_deref()
                .and_then(|n| self.sources.iter().position(|s| s.is_named(n)))
        }) {
            return Err(Error::at(
                &self.path,
                self.lines[i],
                0,
                format!(
                    "{} is already subscribed (as {})",
                    source.url,
                    self.sources[i]
                        .name
                        .as_deref()
                        .unwrap_or(&self.sources[i].url)
                ),
            ));
        }
        let item = item_text(&source)?;
        let text = insert_item(&self.text, &item).unwrap_or_else(|| self.rewritten(&source));
        self.replace_text(text)
    }

    /// Removes the source at `index`, keeping the rest of the file as written.
    pub fn remove(&mut self, index: usize) -> Result<Source> {
        let gone = self.sources[index].clone();
        let text = remove_item(&self.text, &self.lines, index).unwrap_or_else(|| {
            let mut rest = self.sources.clone();
            rest.remove(index);
            self.render(&rest)
        });
        self.replace_text(text)?;
        Ok(gone)
    }

    /// Adds many sources at once (OPML import), skipping those already listed; returns those added.
    pub fn add_all(&mut self, new: Vec<Source>) -> Result<Vec<Source>> {
        let mut added = Vec::new();
        let mut text = self.text.clone();
        for s in new {
            if self.find(&s.url).is_some() || added.iter().any(|a: &Source| a.is_named(&s.url)) {
                continue;
            }
            let named_twice = s.name.as_deref().is_some_and(|n| {
                self.sources.iter().any(|o| o.is_named(n)) || added.iter().any(|a| a.is_named(n))
            });
            let s = if named_twice {
                Source { name: None, ..s }
            } else {
                s
            };
            let item = item_text(&s)?;
            text = match insert_item(&text, &item) {
                Some(t) => t,
                None => {
                    let mut all = self.sources.clone();
                    all.extend(added.iter().cloned());
                    all.push(s.clone());
                    self.render(&all)
                }
            };
            added.push(s);
        }
        if !added.is_empty() {
            self.replace_text(text)?;
        }
        Ok(added)
    }

    /// Checks the new text parses, then writes it atomically and takes it on.
    fn replace_text(&mut self, text: String) -> Result<()> {
        let parsed = Sources::parse(&text, &self.path).map_err(|e| {
            Error::Msg(format!(
                "{}: could not edit the file safely ({e}); it is left as it was",
                self.path.display()
            ))
        })?;
        super::state::write_atomic(&self.path, text.as_bytes())?;
        *self = parsed;
        Ok(())
    }

    /// The whole file written anew (used only when its layout is not a plain block list).
    fn rewritten(&self, extra: &Source) -> String {
        let mut all = self.sources.clone();
        all.push(extra.clone());
        self.render(&all)
    }

    fn render(&self, sources: &[Source]) -> String {
        let form = FileForm {
            sources: sources.to_vec(),
            pause_seconds: (self.pause_seconds != 1.0).then_some(self.pause_seconds),
        };
        format!(
            "{HEADER}{}",
            yaml::to_string(&form).unwrap_or_else(|_| "sources: []\n".into())
        )
    }
}

/// The comment a new sources file starts with.
const HEADER: &str = "# Subscriptions for `newsdesk fetch` (see docs/fetch.md).\n";

/// Only absolute http(s) addresses with a host.
pub fn check_url(url: &str) -> std::result::Result<(), String> {
    match url::Url::parse(url.trim()) {
        Ok(u) if matches!(u.scheme(), "http" | "https") && u.host_str().is_some() => Ok(()),
        Ok(u) => Err(format!(
            "`{url}`: only http:// and https:// addresses can be fetched, not {}:",
            u.scheme()
        )),
        Err(e) => Err(format!("`{url}` is not an address: {e}")),
    }
}

/// One list item in block form, indented for a `sources:` list at column 0.
fn item_text(s: &Source) -> Result<String> {
    let yaml = yaml::to_string(&vec![s]).map_err(Error::Msg)?;
    Ok(yaml.lines().map(|l| format!("  {l}\n")).collect::<String>())
}

/// Where the `sources:` block list is: the line after `sources:` and the line past its end.
fn block(text: &str) -> Option<(usize, usize, usize)> {
    let lines: Vec<&str> = text.lines().collect();
    let key = lines.iter().position(|l| {
        l.strip_prefix("sources")
            .is_some_and(|r| r.trim_start().starts_with(':'))
    })?;
    let after_colon = lines[key].split_once(':')?.1.trim();
    if !(after_colon.is_empty() || after_colon.starts_with('#') || after_colon == "[]") {
        return None;
    }
    let mut end = key + 1;
    let mut last_item = key + 1;
    while end < lines.len() {
        let l = lines[end];
        let top = !l.is_empty() && !l.starts_with([' ', '\t', '#', '-']);
        if top {
            break;
        }
        if !l.trim().is_empty() && !l.trim_start().starts_with('#') {
            last_item = end + 1;
        }
        end += 1;
    }
    Some((key, last_item.max(key + 1), lines.len()))
}

/// The text with `item` appended to the `sources:` list; `None` when the layout is unusual.
fn insert_item(text: &str, item: &str) -> Option<String> {
    if text.trim().is_empty() {
        return Some(format!("{HEADER}sources:\n{item}"));
    }
    let (key, at, _) = block(text)?;
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    if lines[key].contains("[]") {
        lines[key] = "sources:".into();
    }
    let item_lines: Vec<String> = item.lines().map(str::to_string).collect();
    lines.splice(at..at, item_lines);
    let mut out = lines.join("\n");
    out.push('\n');
    Some(out)
}

/// The text without the item at `index` (which starts on 1-based line `lines[index]`).
fn remove_item(text: &str, lines_of: &[usize], index: usize) -> Option<String> {
    let (_, end, _) = block(text)?;
    let start = lines_of.get(index)?.checked_sub(1)?;
    let stop = lines_of.get(index + 1).map_or(end, |l| l - 1);
    let mut lines: Vec<&str> = text.lines().collect();
    if start >= stop || stop > lines.len() || !lines[start].trim_start().starts_with('-') {
        return None;
    }
    lines.drain(start..stop);
    let mut out = lines.join("\n");
    out.push('\n');
    Some(out)
}

/// The 1-based line of each item of the `sources:` list (0 where it cannot be told).
fn item_lines(text: &str, count: usize) -> Vec<usize> {
    let mut found = Vec::new();
    if let Some((key, _, _)) = block(text) {
        let mut indent = None;
        for (i, l) in text.lines().enumerate().skip(key + 1) {
            if !l.is_empty() && !l.starts_with([' ', '\t', '#', '-']) {
                break;
            }
            let trimmed = l.trim_start();
            let width = l.len() - trimmed.len();
            if (trimmed.starts_with("- ") || trimmed == "-")
                && *indent.get_or_insert(width) == width
            {
                found.push(i + 1);
            }
        }
    }
    if found.len() != count {
        found = vec![yaml::key_line(text, "sources").unwrap_or(0); count];
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Sources> {
        Sources::parse(text, Path::new("data/sources.yaml"))
    }

    #[test]
    fn reads_every_key_with_defaults() {
        let s = parse(
            "sources:\n  - url: https://a.example/rss\n    name: A\n    full_text: always\n    draft: false\n    tags: [wire]\n    boilerplate: ['Read more']\n    max_per_run: 5\n    enabled: false\n  - url: https://b.example/feed\n",
        )
        .unwrap();
        assert_eq!(s.sources.len(), 2);
        let a = &s.sources[0];
        assert_eq!(a.full_text, FullText::Always);
        assert!(!a.draft && !a.enabled);
        assert_eq!((a.limit(true), a.limit(false)), (5, 5));
        let b = &s.sources[1];
        assert!(b.draft && b.enabled && b.full_text == FullText::Auto);
        assert_eq!((b.limit(true), b.limit(false)), (20, 50));
        assert_eq!(s.lines, vec![2, 10]);
    }

    #[test]
    fn errors_name_file_line_and_the_closest_key() {
        let e = parse("sources:\n  - url: https://a.example/rss\n    ful_text: auto\n")
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("data/sources.yaml:3:"), "{e}");
        assert!(e.contains("did you mean `full_text`"), "{e}");
        let e = parse("sources:\n  - url: https://a.example/\n  - url: ftp://b.example/x\n")
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("data/sources.yaml:3: "), "{e}");
        assert!(e.contains("only http:// and https://"), "{e}");
        let e = parse("sources:\n  - url: https://a.example/\n  - url: HTTPS://A.example\n")
            .unwrap_err()
            .to_string();
        assert!(e.contains("already listed on line 2"), "{e}");
        let e = parse("sourcse: []\n").unwrap_err().to_string();
        assert!(e.contains("did you mean `sources`"), "{e}");
    }

    #[test]
    fn add_and_remove_keep_comments() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sources.yaml");
        let text = "# my feeds\nsources:\n  # the wire\n  - url: https://a.example/rss\n    name: A # first\n  - url: https://b.example/rss\npause_seconds: 2\n";
        let mut s = Sources::parse(text, &path).unwrap();
        s.add(Source::new("https://c.example/feed", Some("C".into())))
            .unwrap();
        let written = std::fs::read_to_string(&path).unwrap();
        assert!(written.contains("# the wire") && written.contains("# first"));
        assert_eq!(s.sources.len(), 3);
        assert_eq!(s.pause_seconds, 2.0);
        let i = s.find("a").unwrap();
        s.remove(i).unwrap();
        let written = std::fs::read_to_string(&path).unwrap();
        assert!(!written.contains("a.example") && written.contains("# my feeds"));
        assert_eq!(
            s.sources.iter().map(|s| s.url.as_str()).collect::<Vec<_>>(),
            ["https://b.example/rss", "https://c.example/feed"]
        );
        assert!(s.add(Source::new("https://b.example/rss/", None)).is_err());
    }
}
