//! Targeted edits of a content file's front matter: only the keys asked for change; every
//! other byte (comments, key order, other keys, quoting, line ends, the body) stays as it was.
//! A serde round trip would lose comments and reorder keys, so the YAML block is edited as
//! text, one top-level key's lines at a time, and the result is parsed again to prove it.

use std::path::Path;

use super::front_matter::{self, FrontMatter};
use crate::error::{Error, Result};

/// The new value of one top-level key.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// Remove the key (nothing happens when it is absent).
    Remove,
    /// A string.
    Text(String),
    /// `true` or `false`.
    Bool(bool),
    /// An integer.
    Int(i64),
    /// A list of strings (written in flow style: `[a, b]`).
    List(Vec<String>),
}

/// Applies `edits` to the front matter of `text` (a whole content file). Keys not named keep
/// their bytes; a key edited to the value it already has is left untouched. Errors name `path`.
pub fn apply(text: &str, path: &Path, edits: &[(&str, Value)]) -> Result<String> {
    let split = front_matter::split(text, path)?;
    // `split.yaml` borrows from `text`: its offset locates the block in the file.
    let start = split.yaml.as_ptr() as usize - text.as_ptr() as usize;
    let end = start + split.yaml.len();
    let before: FrontMatter = front_matter::parse(&split, path)?;
    let newline = if split.yaml.contains("\r\n") || text[..start].ends_with("\r\n") {
        "\r\n"
    } else {
        "\n"
    };
    let mut yaml = split.yaml.to_string();
    for (key, value) in edits {
        if !front_matter::KEYS.contains(key) || *key == "extra" {
            return Err(Error::at(
                path,
                0,
                0,
                format!("`{key}` cannot be edited here"),
            ));
        }
        if holds(&before, key, value) {
            continue;
        }
        yaml = set_key(&yaml, key, value, newline);
    }
    let out = format!("{}{yaml}{}", &text[..start], &text[end..]);
    // Prove the edit: the file still parses and holds what was asked.
    let check = front_matter::split(&out, path)?;
    let after = front_matter::parse(&check, path).map_err(|e| {
        Error::at(
            path,
            0,
            0,
            format!("the edit would not parse ({e}); the file was left alone"),
        )
    })?;
    for (key, value) in edits {
        if !holds(&after, key, value) {
            return Err(Error::at(
                path,
                0,
                0,
                format!(
                    "the edit of `{key}` did not read back as written; the file was left alone"
                ),
            ));
        }
    }
    Ok(out)
}

/// Does the parsed front matter already hold `value` for `key`?
fn holds(fm: &FrontMatter, key: &str, value: &Value) -> bool {
    let text = |v: &Option<String>| match value {
        Value::Remove => v.is_none(),
        Value::Text(t) => v.as_deref() == Some(t.as_str()),
        _ => false,
    };
    let list = |v: Option<&Vec<String>>| match value {
        Value::Remove => v.is_none_or(Vec::is_empty),
        Value::List(l) => v == Some(l),
        _ => false,
    };
    let flag = |b: bool| match value {
        Value::Remove => !b,
        Value::Bool(x) => *x == b,
        _ => false,
    };
    match key {
        "title" => matches!(value, Value::Text(t) if *t == fm.title),
        "date" => text(&fm.date),
        "updated" => text(&fm.updated),
        "source" => text(&fm.source),
        "source_url" => text(&fm.source_url),
        "summary" => text(&fm.summary),
        "note" => text(&fm.note),
        "slug" => text(&fm.slug),
        "fingerprint" => text(&fm.fingerprint),
        "duplicate_of" => text(&fm.duplicate_of),
        "pin" => match value {
            Value::Remove => fm.pin.is_none(),
            Value::Int(n) => fm.pin == Some(*n),
            _ => false,
        },
        "authors" => list(Some(&fm.authors)),
        "tags" => list(Some(&fm.tags)),
        "people" => list(fm.people.as_ref()),
        "places" => list(fm.places.as_ref()),
        "draft" => flag(fm.draft),
        "date_inferred" => flag(fm.date_inferred),
        "partial" => flag(fm.partial),
        _ => false,
    }
}

/// The byte range of a top-level key's lines in `yaml`: its own line and the indented (or
/// `- ` list) lines under it, without trailing blank or comment lines.
fn key_span(yaml: &str, key: &str) -> Option<(usize, usize)> {
    let mut offset = 0;
    let mut found: Option<(usize, usize)> = None;
    let mut block_scalar = false;
    for line in yaml.split_inclusive('\n') {
        let bare = line.trim_end_matches(['\n', '\r']);
        let at = offset;
        offset += line.len();
        let Some((_, end)) = found.as_mut() else {
            if top_level_key(bare) == Some(key) {
                found = Some((at, offset));
                let value = bare.split_once(':').map_or("", |x| x.1).trim_start();
                block_scalar = value.starts_with(['|', '>']);
            }
            continue;
        };
        let indented = bare.starts_with([' ', '\t']);
        let inner = bare.trim_start();
        if inner.is_empty() || (indented && inner.starts_with('#') && !block_scalar) {
            // Blank lines and indented comments belong to the key only if more of it follows.
            continue;
        }
        if indented || bare.starts_with("- ") || bare == "-" {
            *end = offset;
        } else {
            break;
        }
    }
    found
}

/// The key a line defines at the top level, if it does.
fn top_level_key(line: &str) -> Option<&str> {
    if line.starts_with([' ', '\t', '#', '-']) {
        return None;
    }
    let (key, rest) = line.split_once(':')?;
    let key = key.trim_end();
    let quoted = key.len() >= 2
        && ((key.starts_with('"') && key.ends_with('"'))
            || (key.starts_with('\'') && key.ends_with('\'')));
    let key = if quoted { &key[1..key.len() - 1] } else { key };
    (rest.is_empty() || rest.starts_with([' ', '\t']))
        .then_some(key)
        .filter(|k| !k.is_empty())
}

/// `yaml` with `key` set to `value` (replaced where it stands, else appended), or removed.
fn set_key(yaml: &str, key: &str, value: &Value, newline: &str) -> String {
    let line = match value {
        Value::Remove => None,
        v => Some(format!("{key}: {}{newline}", emit(v))),
    };
    match (key_span(yaml, key), line) {
        (Some((s, e)), line) => {
            let mut out = String::with_capacity(yaml.len() + 64);
            out.push_str(&yaml[..s]);
            if let Some(l) = line {
                out.push_str(&l);
            }
            out.push_str(&yaml[e..]);
            out
        }
        (None, Some(l)) => {
            let mut out = yaml.to_string();
            if !out.is_empty() && !out.ends_with('\n') {
                out.push_str(newline);
            }
            out.push_str(&l);
            out
        }
        (None, None) => yaml.to_string(),
    }
}

/// A value as YAML on one line.
fn emit(v: &Value) -> String {
    match v {
        Value::Remove => String::new(),
        Value::Text(t) => scalar(t),
        Value::Bool(b) => b.to_string(),
        Value::Int(n) => n.to_string(),
        Value::List(items) => {
            let parts: Vec<String> = items.iter().map(|s| scalar(s)).collect();
            format!("[{}]", parts.join(", "))
        }
    }
}

/// A string as a YAML scalar: plain when that reads back as the same string, otherwise
/// double-quoted (JSON's escapes are valid in YAML's double-quoted style).
fn scalar(s: &str) -> String {
    if is_plain(s) {
        s.to_string()
    } else {
        serde_json::to_string(s).unwrap_or_else(|_| "\"\"".into())
    }
}

fn is_plain(s: &str) -> bool {
    const RESERVED: &[&str] = &[
        "true", "false", "yes", "no", "on", "off", "null", "y", "n", "~",
    ];
    let Some(first) = s.chars().next() else {
        return false;
    };
    first.is_alphabetic()
        && s.trim() == s
        && !RESERVED.contains(&s.to_ascii_lowercase().as_str())
        && s.chars().all(|c| {
            c.is_alphanumeric() || matches!(c, ' ' | '.' | '-' | '_' | '(' | ')' | '/' | '\'')
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = "---\n# Written by ingest; fix the title by hand.\ntitle: \"Old: title\"  # keep?\ndate: 2024-07-01\ntags:\n  - a   # first\n  - b\nsummary: >\n  Folded text\n\n  second para\n# the curator's part\nnote: |\n  Line one\ndraft: true\n---\nBody *stays*.\n\n---\nnot front matter\n";

    fn edit(text: &str, edits: &[(&str, Value)]) -> String {
        apply(text, Path::new("content/a.md"), edits).unwrap()
    }

    #[test]
    fn replaces_only_the_touched_key() {
        let out = edit(FILE, &[("draft", Value::Remove)]);
        assert_eq!(out, FILE.replace("draft: true\n", ""));
        let out = edit(FILE, &[("note", Value::Text("New note: here".into()))]);
        assert_eq!(
            out,
            FILE.replace("note: |\n  Line one\n", "note: \"New note: here\"\n")
        );
        let out = edit(
            FILE,
            &[("tags", Value::List(vec!["x y".into(), "z".into()]))],
        );
        assert_eq!(
            out,
            FILE.replace("tags:\n  - a   # first\n  - b\n", "tags: [x y, z]\n")
        );
        let out = edit(FILE, &[("summary", Value::Text("Short.".into()))]);
        assert_eq!(
            out,
            FILE.replace(
                "summary: >\n  Folded text\n\n  second para\n",
                "summary: Short.\n"
            )
        );
    }

    #[test]
    fn appends_missing_keys_and_keeps_crlf() {
        let text = "---\r\ntitle: A\r\n---\r\nBody\r\n";
        let out = edit(
            text,
            &[
                ("pin", Value::Int(1)),
                ("duplicate_of", Value::Text("b".into())),
            ],
        );
        assert_eq!(
            out,
            "---\r\ntitle: A\r\npin: 1\r\nduplicate_of: b\r\n---\r\nBody\r\n"
        );
    }

    #[test]
    fn unchanged_values_touch_nothing() {
        let out = edit(
            FILE,
            &[
                ("title", Value::Text("Old: title".into())),
                ("pin", Value::Remove),
            ],
        );
        assert_eq!(out, FILE);
    }

    #[test]
    fn awkward_strings_read_back() {
        for s in [
            "yes",
            "123",
            "a: b",
            "#tag",
            "- x",
            "quote \" and \\",
            "tab\there",
            "[x]",
            "",
            " lead",
            "über café",
            "null",
            "line\nbreak",
        ] {
            let out = edit(FILE, &[("note", Value::Text(s.into()))]);
            let split = front_matter::split(&out, Path::new("a")).unwrap();
            let fm = front_matter::parse(&split, Path::new("a")).unwrap();
            assert_eq!(fm.note.as_deref(), Some(s), "{out}");
            assert!(out.ends_with("---\nBody *stays*.\n\n---\nnot front matter\n"));
        }
    }

    #[test]
    fn refuses_unknown_keys_and_broken_files() {
        let e = apply(
            FILE,
            Path::new("content/a.md"),
            &[("colour", Value::Remove)],
        )
        .unwrap_err();
        assert!(e.to_string().contains("content/a.md: `colour`"), "{e}");
        let e = apply("no front matter", Path::new("content/b.md"), &[]).unwrap_err();
        assert!(e.to_string().starts_with("content/b.md:1:1"), "{e}");
    }
}
