//! Minimal readers that turn an input file into a [`Document`] (title + plain-text
//! paragraphs). Kept in one place so ingest's full cleaner can replace `read_file`.

use std::path::Path;

use super::Document;
use crate::content::front_matter;
use crate::error::{Error, Result};

/// Reads a content `.md` (front matter title + Markdown body; its people/places lists
/// are ignored) or raw scraped text (first non-empty line is the title).
pub fn read_file(path: &Path) -> Result<Document> {
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    let text = String::from_utf8(bytes)
        .map_err(|_| Error::at(path, 0, 0, "not UTF-8: save the file as UTF-8"))?;
    match path.extension().and_then(|e| e.to_str()) {
        Some("md" | "markdown") => {
            let split = front_matter::split(&text, path)?;
            let front = front_matter::parse(&split, path)?;
            Ok(from_article(&front, split.body))
        }
        Some("html" | "htm") => Err(Error::at(
            path,
            0,
            0,
            "HTML input is read by `newsdesk ingest`; ingest the page first, then enrich the .md it writes",
        )),
        _ => Ok(from_raw_text(&text)),
    }
}

/// A content file's text with what its front matter says about it (language, authors), as
/// the build, the inbox and `newsdesk enrich` all read it.
pub fn from_article(front: &crate::content::FrontMatter, body: &str) -> Document {
    let mut doc = from_markdown(&front.title, body);
    doc.language = front.language.clone();
    doc.authors = front.authors.clone();
    doc.source_url = front.source_url.clone();
    doc
}

/// Scraped text: the first non-empty line is the title, the rest are paragraphs (one per
/// line or blank-line-separated block); obvious page furniture is dropped.
pub fn from_raw_text(text: &str) -> Document {
    let mut lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
    let title = lines.next().unwrap_or("").to_string();
    let paragraphs: Vec<&str> = lines.filter(|l| !is_furniture(l)).collect();
    Document {
        title,
        body: paragraphs.join("\n\n"),
        ..Document::default()
    }
}

/// Lines scrapers leave around articles: ad markers, "Read More:" links, comment notices.
fn is_furniture(line: &str) -> bool {
    let lower = line.to_lowercase();
    (line.starts_with("[ad_") && line.ends_with(']'))
        || lower.starts_with("read more:")
        || lower.starts_with("read more ")
        || lower == "read more"
        || lower.starts_with("comments are closed")
        || lower.starts_with("share this")
        || lower == "advertisement"
        || lower.starts_with("sign up for")
        || lower.starts_with("click here")
        || lower.starts_with("follow us")
}

/// A Markdown body as plain paragraphs: headings are set apart, code, tables and images are
/// dropped, links keep their text, emphasis markers go.
pub fn from_markdown(title: &str, body: &str) -> Document {
    let mut paragraphs: Vec<String> = Vec::new();
    let mut headings: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut fence: Option<&str> = None;
    for raw in body.lines() {
        let line = raw.trim();
        if let Some(f) = fence {
            if line.starts_with(f) {
                fence = None;
            }
            continue;
        }
        if line.starts_with("```") || line.starts_with("~~~") {
            fence = Some(&line[..3]);
            flush(&mut current, &mut paragraphs);
            continue;
        }
        if let Some(h) = heading_text(line) {
            flush(&mut current, &mut paragraphs);
            let h = inline_text(h);
            if !h.trim().is_empty() {
                headings.push(h.trim().to_string());
            }
            continue;
        }
        if line.is_empty()
            || line.starts_with('#')
            || line.starts_with('|')
            || line.starts_with("---")
            || line.starts_with("***")
            || raw.starts_with("    ")
        {
            flush(&mut current, &mut paragraphs);
            continue;
        }
        let line = strip_block_markers(line);
        if !current.is_empty() {
            current.push(' ');
        }
        current.push_str(&inline_text(line));
    }
    flush(&mut current, &mut paragraphs);
    Document {
        title: title.trim().to_string(),
        body: paragraphs.join("\n\n"),
        headings,
        ..Document::default()
    }
}

/// The text of an ATX heading line ("## Day one"), or `None`.
fn heading_text(line: &str) -> Option<&str> {
    let hashes = line.bytes().take_while(|&b| b == b'#').count();
    if !(1..=6).contains(&hashes) {
        return None;
    }
    let rest = &line[hashes..];
    rest.starts_with(' ')
        .then(|| rest.trim().trim_end_matches('#').trim())
}

fn flush(current: &mut String, out: &mut Vec<String>) {
    let t = current.trim();
    if !t.is_empty() {
        out.push(t.to_string());
    }
    current.clear();
}

fn strip_block_markers(mut line: &str) -> &str {
    while let Some(rest) = line.strip_prefix('>') {
        line = rest.trim_start();
    }
    for marker in ["- ", "* ", "+ "] {
        if let Some(rest) = line.strip_prefix(marker) {
            return rest;
        }
    }
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 && line[digits..].starts_with(". ") {
        return &line[digits + 2..];
    }
    line
}

/// Inline Markdown to text: `[text](url)` → text, `![alt](src)` → nothing, `**b**` → b,
/// `` `code` `` → code, `<tags>` → nothing.
fn inline_text(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let chars: Vec<char> = line.chars().collect();
    // Searching afresh from every `[` or `<` is quadratic (100,000 `[` took a minute).
    let mut seek = Seekers::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match c {
            '!' if chars.get(i + 1) == Some(&'[') => {
                if let Some(end) = link_end(&chars, i + 1, &mut seek) {
                    i = end;
                    continue;
                }
                out.push(c);
            }
            '[' => {
                if let Some(close) = seek.bracket.find(&chars, i)
                    && let Some(end) = link_end(&chars, i, &mut seek)
                {
                    out.extend(&chars[i + 1..close]);
                    i = end;
                    continue;
                }
                out.push(c);
            }
            '*' | '`' => {}
            '_' if chars.get(i + 1) == Some(&'_')
                || i == 0
                || !chars[i - 1].is_alphanumeric()
                || chars.get(i + 1).is_none_or(|n| !n.is_alphanumeric()) => {}
            '<' => match chars
                .get(i + 1)
                .is_some_and(|n| n.is_alphabetic() || *n == '/')
                .then(|| seek.angle.find(&chars, i))
                .flatten()
            {
                Some(gt) => {
                    i = gt + 1;
                    continue;
                }
                None => out.push(c),
            },
            _ => out.push(c),
        }
        i += 1;
    }
    out
}

/// For `[text](url)` starting at `open` ('['), the index just past ')'.
fn link_end(chars: &[char], open: usize, seek: &mut Seekers) -> Option<usize> {
    let close = seek.bracket.find(chars, open)?;
    if chars.get(close + 1) != Some(&'(') {
        return None;
    }
    let paren = seek.paren.find(chars, close + 1)?;
    Some(paren + 1)
}

/// The closing characters [`inline_text`] looks ahead for.
struct Seekers {
    bracket: Seeker,
    paren: Seeker,
    angle: Seeker,
}

impl Seekers {
    fn new() -> Seekers {
        Seekers {
            bracket: Seeker::new(']'),
            paren: Seeker::new(')'),
            angle: Seeker::new('>'),
        }
    }
}

/// Finds the next `target` at or after positions that never move backwards, looking at each
/// character at most once over a whole line.
struct Seeker {
    target: char,
    /// Where the last search started.
    from: usize,
    /// The first `target` at or after `from` (the line's length if none).
    next: Option<usize>,
}

impl Seeker {
    fn new(target: char) -> Seeker {
        Seeker {
            target,
            from: 0,
            next: None,
        }
    }

    fn find(&mut self, chars: &[char], at: usize) -> Option<usize> {
        debug_assert!(at >= self.from, "searches only move forwards");
        // No target lies in from..next, so for any `at` up to `next` the answer is `next`.
        let next = match self.next {
            Some(n) if n >= at => n,
            _ => {
                let found = chars[at.min(chars.len())..]
                    .iter()
                    .position(|&c| c == self.target);
                found.map_or(chars.len(), |p| p + at)
            }
        };
        self.from = at;
        self.next = Some(next);
        (next < chars.len()).then_some(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn raw_text_drops_furniture() {
        let d = from_raw_text(
            "\n  Headline here\n[ad_1]\nFirst para.\nSecond para.\n[ad_2]\nRead More:Headline here\nComments are closed.",
        );
        assert_eq!(d.title, "Headline here");
        assert_eq!(d.body, "First para.\n\nSecond para.");
    }

    #[test]
    fn hostile_runs_of_openers_are_read_in_linear_time() {
        let n = 200_000;
        for line in [
            format!("{}x{}", "[".repeat(n), "]".repeat(n)),
            format!("{}x", "![".repeat(n)),
            format!("{}(", "[a](".repeat(n / 4)),
            "<a".repeat(n),
            format!("{}>", "<a ".repeat(n / 3)),
        ] {
            // A quadratic scan would take minutes here; a linear one a fraction of a second.
            let text = inline_text(&line);
            assert!(text.len() <= line.len());
        }
        assert_eq!(inline_text("[[a](u) b](v) <i>c</i> [d]"), "[a b](v) c [d]");
        assert_eq!(inline_text("a < b > c <x"), "a < b > c <x");
    }

    #[test]
    fn markdown_keeps_prose_only() {
        let d = from_markdown(
            "T",
            "Intro with a [link](https://x.org) and **bold** and `code`.\nSame para.\n\n## Heading\n\n```rust\nlet Mr = 1;\n```\n\n- item one\n> quoted\n\n![img](a.png) <b>tag</b> snake_case",
        );
        assert_eq!(
            d.body,
            "Intro with a link and bold and code. Same para.\n\nitem one quoted\n\ntag snake_case"
        );
        assert_eq!(d.headings, ["Heading"]);
        let d = from_markdown(
            "T",
            "#hashtag line\n\n### 3. *Anna Karenina*, by Leo Tolstoy ###\n\nText.",
        );
        assert_eq!(d.headings, ["3. Anna Karenina, by Leo Tolstoy"]);
        assert_eq!(d.body, "Text.");
    }
}
