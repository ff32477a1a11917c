//! The one place YAML is parsed, so the YAML crate can be swapped without touching callers.

use serde::de::DeserializeOwned;

/// A YAML parse or schema error with a 1-based position inside the parsed text.
#[derive(Debug, Clone)]
pub struct YamlError {
    /// 1-based line within the parsed text (0 when unknown).
    pub line: usize,
    /// 1-based column (0 when unknown).
    pub column: usize,
    /// The parser's message, without location.
    pub message: String,
}

/// Parses `text` as YAML into `T`, reporting positions relative to `text`.
pub fn from_str<T: DeserializeOwned>(text: &str) -> Result<T, YamlError> {
    serde_yaml::from_str(text).map_err(|e| {
        let (line, column) = e
            .location()
            .map(|l| (l.line(), l.column()))
            .unwrap_or((0, 0));
        YamlError {
            line,
            column,
            message: strip_location(&e.to_string()),
        }
    })
}

/// Serialises a value to YAML (used by writers such as ingest).
pub fn to_string<T: serde::Serialize>(value: &T) -> Result<String, String> {
    serde_yaml::to_string(value).map_err(|e| e.to_string())
}

/// serde_yaml appends " at line X column Y" to messages; we report positions ourselves.
fn strip_location(msg: &str) -> String {
    match msg.rfind(" at line ") {
        Some(i) => msg[..i].to_string(),
        None => msg.to_string(),
    }
}

/// Finds the 1-based line of the top-level `key:` in a YAML mapping, for errors serde reports without a position.
pub fn key_line(text: &str, key: &str) -> Option<usize> {
    text.lines()
        .position(|l| {
            l.strip_prefix(key)
                .is_some_and(|rest| rest.trim_start().starts_with(':'))
        })
        .map(|i| i + 1)
}
