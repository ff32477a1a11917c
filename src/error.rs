//! The crate's error type: every message names the file (and line and column where known).

use std::fmt;
use std::path::{Path, PathBuf};

/// A result with the crate's error type.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Everything that can go wrong, phrased so a person can act on it.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A problem at a known place in a file.
    #[error("{0}")]
    Located(Located),
    /// An I/O failure on a named path.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file or folder involved.
        path: PathBuf,
        /// What the OS said.
        source: std::io::Error,
    },
    /// A template failed to parse or render.
    #[error("template error: {0}")]
    Template(TemplateError),
    /// An error with what was being done when it happened (`rendering x with y`).
    #[error("{context}: {source}")]
    Context {
        /// What was being done, phrased to precede the error.
        context: String,
        /// The error.
        source: Box<Error>,
    },
    /// Several independent problems (e.g. one per broken content file).
    #[error("{}", join_lines(.0))]
    Many(Vec<Error>),
    /// Anything else, already phrased for the user.
    #[error("{0}")]
    Msg(String),
}

/// A message tied to `file:line:column`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Located {
    /// The file, as given (relative to the site root where possible).
    pub path: PathBuf,
    /// 1-based line, 0 when unknown.
    pub line: usize,
    /// 1-based column, 0 when unknown.
    pub column: usize,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for Located {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.path.display())?;
        if self.line > 0 {
            write!(f, ":{}", self.line)?;
            if self.column > 0 {
                write!(f, ":{}", self.column)?;
            }
        }
        write!(f, ": {}", self.message)
    }
}

/// A template that failed to parse or render, at its file, line and column when Tera knows
/// them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TemplateError {
    /// Where: the template file as shown to the user (relative to the site root, or inside
    /// the built-in theme), 1-based line and column; `None` when Tera gave no position.
    pub at: Option<(PathBuf, usize, usize)>,
    /// What is wrong.
    pub message: String,
    /// Tera's excerpt of the offending source (may be empty).
    pub snippet: String,
}

impl fmt::Display for TemplateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.at {
            Some((file, line, column)) => write!(
                f,
                "{}:{line}:{column}: {}\n{}",
                file.display(),
                self.message,
                self.snippet
            ),
            None => write!(f, "{}", self.message),
        }
    }
}

/// How many of many errors are listed; a broken batch should not flood the terminal.
const MAX_LISTED: usize = 20;

fn join_lines(errors: &[Error]) -> String {
    let mut s = String::new();
    for (i, e) in errors.iter().take(MAX_LISTED).enumerate() {
        if i > 0 {
            s.push('\n');
        }
        s.push_str(&e.to_string());
    }
    if errors.len() > MAX_LISTED {
        s.push_str(&format!("\n… and {} more", errors.len() - MAX_LISTED));
    }
    if errors.len() > 1 {
        s.push_str(&format!("\n{} errors", errors.len()));
    }
    s
}

impl Error {
    /// An error at `path:line:column`.
    pub fn at(path: &Path, line: usize, column: usize, message: impl Into<String>) -> Self {
        Error::Located(Located {
            path: path.to_path_buf(),
            line,
            column,
            message: message.into(),
        })
    }

    /// An I/O error on `path`.
    pub fn io(path: &Path, source: std::io::Error) -> Self {
        Error::Io {
            path: path.to_path_buf(),
            source,
        }
    }

    /// This error with what was being done when it happened.
    pub fn context(self, context: impl Into<String>) -> Self {
        Error::Context {
            context: context.into(),
            source: Box::new(self),
        }
    }

    /// Wraps several errors, or returns the single one unchanged.
    pub fn many(mut errors: Vec<Error>) -> Self {
        if errors.len() == 1 {
            errors.pop().expect("one error")
        } else {
            Error::Many(errors)
        }
    }
}
