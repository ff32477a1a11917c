//! Plain text for the email's text twin: wrapping at a column and numbered link references.

use serde::Serialize;

/// One numbered link reference: `[n] url`.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Ref {
    /// Its number, from 1.
    pub n: usize,
    /// The absolute URL.
    pub url: String,
}

/// Numbers links in order of appearance across one document.
#[derive(Debug, Default)]
pub struct Refs {
    list: Vec<Ref>,
}

impl Refs {
    /// Numbers `url` (a repeated URL gets a new number: references sit below each story).
    pub fn add(&mut self, url: &str) -> usize {
        let n = self.list.len() + 1;
        self.list.push(Ref {
            n,
            url: url.to_string(),
        });
        n
    }

    /// Every reference so far.
    pub fn list(&self) -> &[Ref] {
        &self.list
    }

    /// The references numbered from `from` on (those of the latest block).
    pub fn since(&self, from: usize) -> Vec<Ref> {
        self.list.iter().filter(|r| r.n >= from).cloned().collect()
    }

    /// The number the next reference will get.
    pub fn next(&self) -> usize {
        self.list.len() + 1
    }
}

/// Wraps `text` at `width` columns (display width); a list item's continuation lines are
/// indented under its text; explicit line breaks are kept.
pub fn wrap(text: &str, width: usize) -> String {
    text.lines()
        .map(|line| {
            let body = line.trim_start();
            let lead = line.len() - body.len();
            let marker = if body.starts_with("- ") {
                2
            } else {
                body.find(". ")
                    .filter(|&i| i > 0 && i <= 3 && body[..i].bytes().all(|b| b.is_ascii_digit()))
                    .map_or(0, |i| i + 2)
            };
            let indent = " ".repeat(lead + marker);
            let opts = textwrap::Options::new(width)
                .subsequent_indent(&indent)
                .break_words(false);
            textwrap::fill(line, opts)
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// `====` under a heading, as wide as it (display width).
pub fn underline(text: &str, ch: char) -> String {
    std::iter::repeat_n(ch, textwrap::core::display_width(text).clamp(3, 78)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_at_width_with_hanging_indent() {
        let long = "- ".to_string() + &"word ".repeat(40);
        let w = wrap(&long, 30);
        let lines: Vec<&str> = w.lines().collect();
        assert!(lines.len() > 3);
        assert!(lines.iter().all(|l| l.chars().count() <= 30), "{w}");
        assert!(lines[1].starts_with("  word"), "{w}");
        assert_eq!(underline("Héllo", '='), "=====");
    }
}
