//! Front matter: the YAML header of a content file, split off and parsed with file:line:column errors.

use std::path::Path;

use serde::{Deserialize, Serialize};

use super::image::Image;
use crate::error::{Error, Result};
use crate::{suggest, yaml};

/// The front matter keys newsdesk knows; anything else is an error (put own fields under `extra`).
pub const KEYS: &[&str] = &[
    "title",
    "date",
    "updated",
    "source",
    "source_url",
    "authors",
    "summary",
    "language",
    "image",
    "note",
    "pin",
    "people",
    "places",
    "tags",
    "draft",
    "slug",
    "fingerprint",
    "date_inferred",
    "partial",
    "duplicate_of",
    "extra",
];

/// A content file's front matter as written (dates still text; validated by the loader).
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct FrontMatter {
    /// The headline (required).
    pub title: String,
    /// Publication date: `YYYY-MM-DD` or RFC 3339.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// Date of the last correction.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated: Option<String>,
    /// The publication that ran it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// The original article's address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_url: Option<String>,
    /// Bylines.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub authors: Vec<String>,
    /// A short summary (derived when absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// The article's language, ISO 639-1 (`de`, `pt-BR`); written by ingest, the site's
    /// `language` when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// The lead image: a URL or `{src, alt, credit, width, height}` (written by ingest).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<Image>,
    /// The curator's own comment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Ordering within an edition (lower first).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pin: Option<i64>,
    /// People mentioned (the curator's list wins over detection).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub people: Option<Vec<String>>,
    /// Places mentioned (rolled up into regions).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub places: Option<Vec<String>>,
    /// Topic tags.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// Left out of builds unless `--drafts`.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub draft: bool,
    /// The URL slug (default: the file name).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    /// Written by ingest: recognises the same input again.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fingerprint: Option<String>,
    /// Written by ingest when no date was found.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub date_inferred: bool,
    /// Written by ingest when a feed gave only a summary.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub partial: bool,
    /// Written by ingest for near-duplicates: the slug of the article this repeats.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duplicate_of: Option<String>,
    /// The curator's own fields, passed to templates as `article.extra`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extra: Option<serde_json::Value>,
}

/// A file split into its front matter text and body.
#[derive(Debug)]
pub struct Split<'a> {
    /// The YAML between the `---` lines.
    pub yaml: &'a str,
    /// 1-based line of the first YAML line in the file.
    pub yaml_line: usize,
    /// The Markdown after the closing `---`.
    pub body: &'a str,
}

/// Splits `---\n<yaml>\n---\n<body>`; a BOM and CRLF line ends are accepted.
pub fn split<'a>(text: &'a str, path: &Path) -> Result<Split<'a>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let after_open = text
        .strip_prefix("---\r\n")
        .or_else(|| text.strip_prefix("---\n"))
        .ok_or_else(|| {
            Error::at(
                path,
                1,
                1,
                "no front matter: a content file must start with a `---` line, then YAML with at least `title:`, then `---`",
            )
        })?;
    // Lines found with memchr: `split_inclusive('\n')` cost ~190 instructions a line, and
    // every article's front matter is split on every build (~28 M at 10,000 articles).
    let mut offset = 0;
    while offset < after_open.len() {
        let end = memchr::memchr(b'\n', &after_open.as_bytes()[offset..])
            .map_or(after_open.len(), |i| offset + i + 1);
        let line = &after_open[offset..end];
        let trimmed = line.trim_end_matches(['\n', '\r']);
        if trimmed == "---" || trimmed == "..." {
            return Ok(Split {
                yaml: &after_open[..offset],
                yaml_line: 2,
                body: &after_open[offset + line.len()..],
            });
        }
        offset += line.len();
    }
    Err(Error::at(
        path,
        1,
        1,
        "front matter is not closed: add a `---` line after the YAML",
    ))
}

/// The largest front matter accepted (YAML parsing cost grows with it).
pub const MAX_YAML_BYTES: usize = 256 * 1024;

/// Parses front matter YAML; errors are positioned in the whole file.
pub fn parse(split: &Split<'_>, path: &Path) -> Result<FrontMatter> {
    if split.yaml.trim().is_empty() {
        return Err(Error::at(
            path,
            split.yaml_line,
            1,
            "front matter is empty: `title:` is required",
        ));
    }
    if split.yaml.len() > MAX_YAML_BYTES {
        return Err(Error::at(
            path,
            split.yaml_line,
            1,
            format!(
                "front matter is {} KiB, over the {} KiB limit: move long text into the body",
                split.yaml.len().div_ceil(1024),
                MAX_YAML_BYTES / 1024
            ),
        ));
    }
    yaml::from_str::<FrontMatter>(split.yaml).map_err(|e| {
        let mut message = e.message.clone();
        if let Some(field) = suggest::unknown_field(&e.message) {
            message = format!(
                "unknown front matter key `{field}`{} (put your own fields under `extra:`)",
                suggest::did_you_mean(field, KEYS.iter().copied())
            );
        } else if message.starts_with("missing field `title`") {
            message = "`title` is required".into();
        }
        let line = if e.line > 0 {
            split.yaml_line + e.line - 1
        } else {
            split.yaml_line
        };
        Error::at(path, line, e.column, message)
    })
}

/// The 1-based file line of a top-level front matter key, for errors found after parsing.
pub fn key_line(split: &Split<'_>, key: &str) -> usize {
    yaml::key_line(split.yaml, key)
        .map(|l| split.yaml_line + l - 1)
        .unwrap_or(split.yaml_line)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(t: &str) -> Result<FrontMatter> {
        let path = Path::new("content/a.md");
        let s = split(t, path)?;
        parse(&s, path)
    }

    #[test]
    fn parses_full_front_matter() {
        let fm = p(
            "---\ntitle: Hello\ndate: 2024-07-27\npeople: [A B]\nextra:\n  mood: calm\n---\nBody\n",
        )
        .unwrap();
        assert_eq!(fm.title, "Hello");
        assert_eq!(fm.date.as_deref(), Some("2024-07-27"));
        assert_eq!(fm.people, Some(vec!["A B".to_string()]));
        assert_eq!(fm.extra.unwrap()["mood"], "calm");
    }

    #[test]
    fn errors_name_line_and_column() {
        let e = p("---\ntitle: Hello\ntags: [a, b\n---\n")
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("content/a.md:"), "{e}");
        let e = p("---\ntitle: Hi\ntitel: x\n---\n")
            .unwrap_err()
            .to_string();
        assert!(
            e.starts_with("content/a.md:3:1: unknown front matter key `titel`"),
            "{e}"
        );
        assert!(e.contains("did you mean `title`"), "{e}");
        let e = p("---\ndate: 2024-01-01\n---\n").unwrap_err().to_string();
        assert!(e.contains("`title` is required"), "{e}");
        let e = p("no front matter").unwrap_err().to_string();
        assert!(e.starts_with("content/a.md:1:1: no front matter"), "{e}");
        let e = p("---\ntitle: x\n").unwrap_err().to_string();
        assert!(e.contains("not closed"), "{e}");
    }

    #[test]
    fn crlf_and_bom_accepted() {
        let fm = p("\u{feff}---\r\ntitle: Hi\r\n---\r\nBody").unwrap();
        assert_eq!(fm.title, "Hi");
    }

    #[test]
    fn image_is_a_url_or_a_map() {
        let fm = p("---\ntitle: Hi\nimage: https://e.org/a.jpg\n---\n").unwrap();
        let img = fm.image.unwrap();
        assert_eq!(img, Image::url("https://e.org/a.jpg"));
        assert!(img.is_remote());
        let fm = p("---\ntitle: Hi\nimage:\n  src: /images/a.png\n  alt: A  quay\n  credit: Reuters\n  width: 1200\n  height: 675\n---\n")
            .unwrap();
        let img = fm.image.unwrap();
        assert_eq!(img.src, "/images/a.png");
        assert!(!img.is_remote());
        assert_eq!(img.alt.as_deref(), Some("A quay"));
        assert_eq!(img.credit.as_deref(), Some("Reuters"));
        assert_eq!((img.width, img.height), (Some(1200), Some(675)));
    }

    #[test]
    fn image_round_trips_in_both_forms() {
        for img in [
            Image::url("https://e.org/a.jpg"),
            Image {
                src: "https://e.org/b.jpg".into(),
                alt: Some("x: y".into()),
                credit: None,
                width: Some(800),
                height: None,
            },
        ] {
            let fm = FrontMatter {
                title: "T".into(),
                image: Some(img.clone()),
                ..FrontMatter::default()
            };
            let text = format!("---\n{}---\n", crate::yaml::to_string(&fm).unwrap());
            assert_eq!(p(&text).unwrap().image, Some(img), "{text}");
        }
        let plain = crate::yaml::to_string(&FrontMatter {
            title: "T".into(),
            image: Some(Image::url("https://e.org/a.jpg")),
            ..FrontMatter::default()
        })
        .unwrap();
        assert!(plain.contains("image: https://e.org/a.jpg\n"), "{plain}");
    }

    #[test]
    fn bad_images_name_line_and_column() {
        let cases = [
            ("image: javascript:alert(1)", 3, "only http(s) URLs"),
            ("image: ''", 3, "needs a `src`"),
            ("image: http://", 3, "not a valid URL"),
            ("image: ../../etc/passwd", 3, "leaves the site"),
            ("image: //cdn.e.org/a.jpg", 3, "no scheme"),
            ("image:\n  alt: no src", 4, "needs a `src`"),
            (
                "image:\n  src: https://e.org/a.jpg\n  widht: 3",
                4,
                "did you mean `width`",
            ),
            (
                "image:\n  src: https://e.org/a.jpg\n  width: 0",
                4,
                "between 1 and",
            ),
            (
                "image:\n  src: https://e.org/a.jpg\n  height: 99999",
                4,
                "between 1 and",
            ),
            (
                "image:\n  src: https://e.org/a.jpg\n  width: wide",
                5,
                "width",
            ),
            ("image: [a, b]", 3, "an image URL or a map"),
        ];
        // Errors inside the map form are placed at the map (serde reports them there); a wrong type at the value.
        for (yaml, line, want) in cases {
            let e = p(&format!("---\ntitle: Hi\n{yaml}\n---\n"))
                .unwrap_err()
                .to_string();
            assert!(
                e.starts_with(&format!("content/a.md:{line}:")),
                "{yaml}: {e}"
            );
            assert!(e.contains(want), "{yaml}: {e}");
        }
    }
}
