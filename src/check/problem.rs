//! One problem `check` reports: where (file, line, column), how bad, and what.

use std::fmt;
use std::path::Path;

use serde::Serialize;

use crate::error::{Error, Located};

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

/// Flattens a library error into problems, keeping each one's file and position; what was
/// being done (an [`Error::Context`]) follows the message in brackets.
pub fn from_error(e: &Error, root: &Path, severity: Severity) -> Vec<Problem> {
    let mut out = Vec::new();
    collect(e, root, severity, None, &mut out);
    out
}

/// A located message (an error, or a warning of the site model) as a problem.
pub fn from_located(l: &Located, root: &Path, severity: Severity) -> Problem {
    Problem {
        file: super::rel_path(root, &l.path),
        line: l.line,
        column: l.column,
        severity,
        message: l.message.clone(),
    }
}

fn collect(e: &Error, root: &Path, severity: Severity, lead: Option<&str>, out: &mut Vec<Problem>) {
    // `lead` goes after the message's first line: later lines are a template's snippet.
    let with_lead = |message: &str, lead: Option<&str>| match lead {
        None => message.to_string(),
        Some(lead) => match message.split_once('\n') {
            Some((first, rest)) => format!("{first} ({lead})\n{rest}"),
            None => format!("{message} ({lead})"),
        },
    };
    match e {
        Error::Located(l) => {
            let mut p = from_located(l, root, severity);
            p.message = with_lead(&p.message, lead);
            out.push(p);
        }
        Error::Many(list) => {
            for e in list {
                collect(e, root, severity, lead, out);
            }
        }
        Error::Io { path, source } => out.push(Problem::new(
            super::rel_path(root, path),
            0,
            severity,
            with_lead(&source.to_string(), lead),
        )),
        Error::Template(t) => {
            let lead = match lead {
                Some(lead) => format!("{lead}: template error"),
                None => "template error".to_string(),
            };
            let message = match t.snippet.as_str() {
                "" => t.message.clone(),
                snippet => format!("{}\n{snippet}", t.message),
            };
            let message = with_lead(&message, Some(&lead));
            out.push(match &t.at {
                Some((file, line, column)) => Problem {
                    file: super::rel_path(root, file),
                    line: *line,
                    column: *column,
                    severity,
                    message,
                },
                None => Problem::new("", 0, severity, message),
            });
        }
        Error::Context { context, source } => {
            let lead = match lead {
                Some(lead) => format!("{lead}: {context}"),
                None => context.clone(),
            };
            collect(source, root, severity, Some(&lead), out);
        }
        Error::Msg(m) => out.push(Problem::new("", 0, severity, with_lead(m, lead))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    #[test]
    fn errors_keep_their_position_and_context() {
        let root = Path::new("/site");
        let template = |file: &str| {
            Error::Template(crate::error::TemplateError {
                at: Some((PathBuf::from(file), 3, 7)),
                message: "oops".into(),
                snippet: "  snippet".into(),
            })
        };
        let p = &from_error(
            &template("themes/default (built in)/templates/x.html"),
            root,
            Severity::Error,
        )[0];
        assert_eq!(p.file, "themes/default (built in)/templates/x.html");
        assert_eq!((p.line, p.column), (3, 7));
        assert_eq!(p.message, "oops (template error)\n  snippet");
        let e = template("/site/templates/tags.html")
            .context("rendering tags/index.html with tags.html");
        let p = &from_error(&e, root, Severity::Error)[0];
        assert_eq!((p.file.as_str(), p.line), ("templates/tags.html", 3));
        assert_eq!(
            p.message,
            "oops (rendering tags/index.html with tags.html: template error)\n  snippet"
        );
        let w = Located {
            path: PathBuf::from("/site/content/a.md"),
            line: 0,
            column: 0,
            message: "duplicate_of `x` names no article".into(),
        };
        let p = from_located(&w, root, Severity::Warning);
        assert_eq!(
            p.to_string(),
            "content/a.md: warning: duplicate_of `x` names no article"
        );
        // A message is not read for a file name: it has none.
        let p = &from_error(
            &Error::Msg("content/a.md: looks located".into()),
            root,
            Severity::Error,
        )[0];
        assert_eq!(p.file, "");
        assert_eq!(p.to_string(), "error: content/a.md: looks located");
        let many = Error::many(vec![
            Error::at(Path::new("/site/b.md"), 2, 0, "x"),
            template("t.html"),
        ]);
        let ps = from_error(&many.context("loading"), root, Severity::Error);
        assert_eq!(ps.len(), 2);
        assert_eq!(ps[0].to_string(), "b.md:2: error: x (loading)");
        assert_eq!(ps[1].message, "oops (loading: template error)\n  snippet");
    }
}
