//! Editor's intros: `content/editions/<id>.md`, the curator's own words at the top of an
//! edition (its page, the home page while it is the latest, its email and feed entry).
//! They are content but not articles: the article loader skips their folder.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::{CONTENT_DIR, controls, front_matter};
use crate::error::{Error, Result};
use crate::{suggest, yaml};

/// The folder under `content/` that holds the intros.
pub const INTRO_DIR: &str = "editions";

/// The front matter keys an intro knows.
pub const KEYS: &[&str] = &["title", "order"];

/// One edition's intro, as written.
#[derive(Debug, Clone, PartialEq)]
pub struct Intro {
    /// The edition id: the file's stem (`2024-07-27`, `2024-W30`).
    pub id: String,
    /// The file, relative to the site root (for messages).
    pub path: PathBuf,
    /// A headline for the edition ("The week the Olympics opened").
    pub title: Option<String>,
    /// Article slugs to show first, in this order.
    pub order: Vec<String>,
    /// 1-based file line of the `order` key (for messages about its slugs).
    pub order_line: usize,
    /// The Markdown body.
    pub body: String,
    /// A stable hash of the file's text: the edition's pages re-render only when it changes.
    pub source_hash: u64,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct IntroFront {
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    order: Vec<String>,
}

/// True for a path (relative to the site root) inside `content/editions/`: not an article.
pub fn is_intro_path(rel: &Path) -> bool {
    let mut parts = rel.components().map(|c| c.as_os_str());
    parts.next() == Some(std::ffi::OsStr::new(CONTENT_DIR))
        && parts.next() == Some(std::ffi::OsStr::new(INTRO_DIR))
}

/// The intro file of edition `id`, relative to the site root.
pub fn intro_path(id: &str) -> PathBuf {
    Path::new(CONTENT_DIR)
        .join(INTRO_DIR)
        .join(format!("{id}.md"))
}

/// Loads every `content/editions/*.md`, sorted by id; all file errors are reported together.
/// A missing folder means no intros.
pub fn load_all(root: &Path) -> Result<Vec<Intro>> {
    let dir = root.join(CONTENT_DIR).join(INTRO_DIR);
    if !dir.is_dir() {
        return Ok(Vec::new());
    }
    let mut intros = Vec::new();
    let mut errors = Vec::new();
    for entry in walkdir::WalkDir::new(&dir).min_depth(1).sort_by_file_name() {
        let entry = entry.map_err(|e| {
            let p = e.path().unwrap_or(&dir).to_path_buf();
            Error::io(&p, e.into())
        })?;
        let name = entry.file_name().to_string_lossy();
        if !entry.file_type().is_file() || !name.ends_with(".md") || name.starts_with('.') {
            continue;
        }
        let rel = entry
            .path()
            .strip_prefix(root)
            .unwrap_or(entry.path())
            .to_path_buf();
        if entry.depth() > 1 {
            errors.push(Error::at(
                &rel,
                0,
                0,
                "an edition intro must sit directly in content/editions/ (named <edition id>.md)",
            ));
            continue;
        }
        match read(entry.path(), &rel) {
            Ok(i) => intros.push(i),
            Err(e) => errors.push(e),
        }
    }
    if !errors.is_empty() {
        return Err(Error::many(errors));
    }
    Ok(intros)
}

fn read(file: &Path, rel: &Path) -> Result<Intro> {
    let size = std::fs::metadata(file)
        .map_err(|e| Error::io(rel, e))?
        .len();
    if size > super::MAX_FILE_BYTES {
        return Err(Error::at(
            rel,
            1,
            1,
            format!(
                "file is {} MiB, over the {} MiB limit for a content file",
                size.div_ceil(1024 * 1024),
                super::MAX_FILE_BYTES / (1024 * 1024)
            ),
        ));
    }
    let bytes = std::fs::read(file).map_err(|e| Error::io(rel, e))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        let valid = e.utf8_error().valid_up_to();
        let line = e.as_bytes()[..valid]
            .iter()
            .filter(|&&b| b == b'\n')
            .count()
            + 1;
        Error::at(
            rel,
            line,
            0,
            format!("not UTF-8 (invalid byte at offset {valid}): save the file as UTF-8"),
        )
    })?;
    parse(&text, rel)
}

/// Parses an intro's text; the front matter is optional. `path` is relative to the site root.
pub fn parse(text: &str, path: &Path) -> Result<Intro> {
    let text = controls::strip(text);
    let id = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("")
        .to_string();
    if !looks_like_id(&id) {
        return Err(Error::at(
            path,
            0,
            0,
            format!(
                "`{id}` is not an edition id: name the file after its edition, e.g. 2024-07-27.md (daily) or 2024-W30.md (weekly)"
            ),
        ));
    }
    let starts_with_front = text.trim_start_matches('\u{feff}').starts_with("---");
    let (front, body, order_line) = if starts_with_front {
        let split = front_matter::split(&text, path)?;
        let front = if split.yaml.trim().is_empty() {
            IntroFront {
                title: None,
                order: Vec::new(),
            }
        } else {
            yaml::from_str::<IntroFront>(split.yaml).map_err(|e| {
                let mut message = e.message.clone();
                if let Some(field) = suggest::unknown_field(&e.message) {
                    message = format!(
                        "unknown intro key `{field}`{} (an edition intro knows `title` and `order`)",
                        suggest::did_you_mean(field, KEYS.iter().copied())
                    );
                }
                let line = if e.line > 0 {
                    split.yaml_line + e.line - 1
                } else {
                    split.yaml_line
                };
                Error::at(path, line, e.column, message)
            })?
        };
        let order_line = front_matter::key_line(&split, "order");
        (front, split.body.to_string(), order_line)
    } else {
        (
            IntroFront {
                title: None,
                order: Vec::new(),
            },
            text.to_string(),
            1,
        )
    };
    Ok(Intro {
        id,
        path: path.to_path_buf(),
        // YAML escapes can still spell control characters, which XML cannot carry.
        title: front
            .title
            .map(|t| controls::strip(t.trim()).into_owned())
            .filter(|t| !t.is_empty()),
        order: front
            .order
            .iter()
            .map(|s| controls::strip(s.trim()).into_owned())
            .filter(|s| !s.is_empty())
            .collect(),
        order_line,
        body: body.trim().to_string(),
        source_hash: xxhash_rust::xxh3::xxh3_64(text.as_bytes()),
    })
}

/// `2024-07-27` or `2024-W30`: the two shapes of edition id.
pub fn looks_like_id(id: &str) -> bool {
    let daily = chrono::NaiveDate::parse_from_str(id, "%Y-%m-%d").is_ok();
    let weekly = id.len() == 8
        && id.as_bytes()[4] == b'-'
        && id.as_bytes()[5] == b'W'
        && id[..4].bytes().all(|b| b.is_ascii_digit())
        && id[6..].parse::<u32>().is_ok_and(|w| (1..=53).contains(&w));
    daily || weekly
}

/// The text `newsdesk edition new` writes: a commented starting point.
pub fn scaffold(edition_title: &str) -> String {
    format!(
        "---\n\
         # The edition's headline, shown above the intro (optional).\n\
         title: \"\"\n\
         # Article slugs to show first, in this order (optional).\n\
         order: []\n\
         ---\n\
         A few words of your own about {edition_title}: what mattered, what to read first.\n"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_front_matter_and_body() {
        let i = parse(
            "---\ntitle: The week the Olympics opened\norder:\n  - b\n  - a\n---\nHello *there*.\n",
            Path::new("content/editions/2024-W30.md"),
        )
        .unwrap();
        assert_eq!(i.id, "2024-W30");
        assert_eq!(i.title.as_deref(), Some("The week the Olympics opened"));
        assert_eq!(i.order, ["b", "a"]);
        assert_eq!(i.order_line, 3);
        assert_eq!(i.body, "Hello *there*.");
    }

    #[test]
    fn front_matter_is_optional_and_keys_are_checked() {
        let p = Path::new("content/editions/2024-07-27.md");
        let i = parse("Just words.\n", p).unwrap();
        assert_eq!((i.title, i.body.as_str()), (None, "Just words."));
        let e = parse("---\ntitel: x\n---\n", p).unwrap_err().to_string();
        assert!(
            e.starts_with("content/editions/2024-07-27.md:2:1: unknown intro key `titel`"),
            "{e}"
        );
        assert!(e.contains("did you mean `title`"), "{e}");
        let e = parse("x", Path::new("content/editions/notes.md"))
            .unwrap_err()
            .to_string();
        assert!(e.contains("`notes` is not an edition id"), "{e}");
        assert!(parse("x", Path::new("content/editions/2024-W54.md")).is_err());
        let i = parse("---\ntitle: \"A\\u0001B\"\n---\nx", p).unwrap();
        assert_eq!(i.title.as_deref(), Some("AB"));
    }

    #[test]
    fn intro_paths_are_recognised() {
        assert!(is_intro_path(Path::new("content/editions/2024-W30.md")));
        assert!(!is_intro_path(Path::new("content/2024/07/a.md")));
        assert!(!is_intro_path(Path::new("content/editions.md")));
        assert_eq!(
            intro_path("2024-W30"),
            Path::new("content/editions/2024-W30.md")
        );
    }
}
