//! One problem `check` reports: where (file, line, column), how bad, and what.

use std::fmt;
use std::path::Path;

use serde::Serialize;

use crate::error::Error;

/// Errors fail `check`; warnings are reported but pass.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Must be fixed: the build fails or readers meet a broken page.
    Error,
    /// Worth a look: e.g. a name the registry does not know, a host that refused the checker.
    Warning,
}

/// A problem at a place in the site's files.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    /// Path relative to the site root (`content/2024/07/x.md`), or a page URL (`/tags/`) for
    /// problems in template output; empty when the problem belongs to no file.
    pub file: String,
    /// 1-based line, 0 when unknown.
    pub line: usize,
    /// 1-based column, 0 when unknown.
    pub column: usize,
    /// Error or warning.
    pub severity: Severity,
    /// What is wrong, phrased so a person can act on it.
    pub message: String,
}

impl Problem {
    /// A problem at `file:line`.
    pub fn new(
        file: impl Into<String>,
        line: usize,
        severity: Severity,
        message: impl Into<String>,
    ) -> Problem {
        Problem {
            file: file.into(),
            line,
            column: 0,
            severity,
            message: message.into(),
        }
    }
}

impl fmt::Display for Problem {
    /// `file:line:column: severity: message`, leaving out what is unknown.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !self.file.is_empty() {
            write!(f, "{}", self.file)?;
            if self.line > 0 {
                write!(f, ":{}", self.line)?;
                if self.column > 0 {
                    write!(f, ":{}", self.column)?;
                }
            }
            write!(f, ": ")?;
        }
        let sev = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{sev}: {}", self.message)
    }
}

/// Flattens a library error into problems, keeping each one's file and position.
pub fn from_error(e: &Error, root: &Path, severity: Severity) -> Vec<Problem> {
    match e {
        Error::Located(l) => vec![Problem {
            file: super::rel_path(root, &l.path),
            line: l.line,
            column: l.column,
            severity,
            message: l.message.clone(),
        }],
        Error::Many(list) => list
            .iter()
            .flat_map(|e| from_error(e, root, severity))
            .collect(),
        Error::Io { path, source } => {
            vec![Problem::new(
                super::rel_path(root, path),
                0,
                severity,
                source.to_string(),
            )]
        }
        Error::Template(m) | Error::Msg(m) => vec![from_message(m, root, severity)],
    }
}

/// Reads a leading `file:line:column: ` or `file: ` (when `file` looks like a site file) off
/// a message phrased for the terminal.
pub fn from_message(m: &str, root: &Path, severity: Severity) -> Problem {
    let (first, rest) = m.split_once('\n').unwrap_or((m, ""));
    let with_rest = |msg: &str| {
        if rest.is_empty() {
            msg.to_string()
        } else {
            format!("{msg}\n{rest}")
        }
    };
    if let Some((file, line, column, msg)) = split_position(first) {
        return Problem {
            file: super::rel_path(root, Path::new(file)),
            line,
            column,
            severity,
            message: with_rest(&msg),
        };
    }
    if let Some((file, msg)) = first.split_once(": ")
        && !file.contains(' ')
        && [".md", ".yaml", ".html", ".xml", ".txt"]
            .iter()
            .any(|x| file.ends_with(x))
    {
        return Problem::new(
            super::rel_path(root, Path::new(file)),
            0,
            severity,
            with_rest(msg),
        );
    }
    Problem::new("", 0, severity, m)
}

/// Splits `path:12:3: message` or `path:12: message`; a lead-in before the path
/// (`rendering x with y: path:3:1: message`) is kept at the end of the message.
fn split_position(s: &str) -> Option<(&str, usize, usize, String)> {
    let mut search = 0;
    while let Some(i) = s[search..].find(':').map(|i| i + search) {
        let after = &s[i + 1..];
        let digits = after.bytes().take_while(u8::is_ascii_digit).count();
        let position = || -> Option<(usize, usize, &str)> {
            if digits == 0 || i == 0 {
                return None;
            }
            let line: usize = after[..digits].parse().ok()?;
            let tail = &after[digits..];
            if let Some(msg) = tail.strip_prefix(": ") {
                return Some((line, 0, msg));
            }
            let col_part = tail.strip_prefix(':')?;
            let cd = col_part.bytes().take_while(u8::is_ascii_digit).count();
            let msg = col_part[cd..].strip_prefix(": ").filter(|_| cd > 0)?;
            Some((line, col_part[..cd].parse().ok()?, msg))
        };
        if let Some((line, column, msg)) = position() {
            let (lead, file) = match s[..i].rfind(": ") {
                Some(k) => (&s[..k], &s[k + 2..i]),
                None => ("", &s[..i]),
            };
            let message = if lead.is_empty() {
                msg.to_string()
            } else {
                format!("{msg} ({lead})")
            };
            return Some((file, line, column, message));
        }
        search = i + 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_keep_their_position() {
        let root = Path::new("/site");
        let p = from_message(
            "themes/default (built in)/templates/x.html:3:7: oops\n  snippet",
            root,
            Severity::Error,
        );
        assert_eq!(p.file, "themes/default (built in)/templates/x.html");
        assert_eq!((p.line, p.column), (3, 7));
        assert_eq!(p.message, "oops\n  snippet");
        let p = from_message(
            "rendering tags/index.html with tags.html: templates/tags.html:2:1: bad",
            root,
            Severity::Error,
        );
        assert_eq!((p.file.as_str(), p.line), ("templates/tags.html", 2));
        assert_eq!(p.message, "bad (rendering tags/index.html with tags.html)");
        let p = from_message(
            "content/a.md: duplicate_of `x` names no article",
            root,
            Severity::Warning,
        );
        assert_eq!(p.file, "content/a.md");
        assert_eq!(
            p.to_string(),
            "content/a.md: warning: duplicate_of `x` names no article"
        );
        let p = from_message("no file here: at all", root, Severity::Error);
        assert_eq!(p.file, "");
        assert_eq!(p.to_string(), "error: no file here: at all");
    }
}
