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
            .map(|l| position(text, l.index()))
            .unwrap_or((0, 0));
        YamlError {
            line,
            column,
            message: strip_location(&e.to_string()),
        }
    })
}

/// The 1-based line and character column of byte `index` in `text`. Lines end at `\n` only,
/// as editors and the content loader count them: the YAML parser also breaks lines at a
/// lone `\r`, U+2028 and U+2029, which would put its own line numbers past the file's end.
fn position(text: &str, index: usize) -> (usize, usize) {
    let mut i = index.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    let before = &text[..i];
    let line_start = before.rfind('\n').map_or(0, |p| p + 1);
    (
        before.matches('\n').count() + 1,
        before[line_start..].chars().count() + 1,
    )
}

/// Serialises a value to YAML (used by writers such as ingest).
pub fn to_string<T: serde::Serialize>(value: &T) -> Result<String, String> {
    serde_yaml::to_string(value).map_err(|e| e.to_string())
}

/// serde_yaml embeds " at line X column Y" (relative to the YAML, not the file) in messages;
/// we report positions ourselves, so drop every such phrase.
fn strip_location(msg: &str) -> String {
    let mut out = String::with_capacity(msg.len());
    let mut rest = msg;
    while let Some(i) = rest.find(" at line ") {
        out.push_str(&rest[..i]);
        let tail = &rest[i + " at line ".len()..];
        let digits = |s: &str| s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
        let mut skip = digits(tail);
        if let Some(col) = tail[skip..].strip_prefix(" column ") {
            skip += " column ".len() + digits(col);
        }
        rest = &tail[skip..];
    }
    out.push_str(rest);
    out
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

#[cfg(test)]
mod tests {
    #[test]
    fn positions_count_newline_lines_only() {
        // The parser sees four lines here (a lone CR breaks one); the file has two.
        let e = super::from_str::<serde_json::Value>("a: x\rb: y\nc: [1,\r2\n")
            .expect_err("unclosed flow sequence");
        assert_eq!((e.line, e.column), (3, 1), "{e:?}");
        let e = super::from_str::<serde_json::Value>("k: é\rb: [1,\rc:\r")
            .expect_err("unclosed flow sequence");
        // At the end: 15 characters (é is one), so column 16.
        assert_eq!((e.line, e.column), (1, 16), "{e:?}");
    }

    #[test]
    fn strips_embedded_positions() {
        assert_eq!(
            super::strip_location(
                "did not find ',' at line 3 column 5, while parsing a flow sequence at line 2 column 7"
            ),
            "did not find ',', while parsing a flow sequence"
        );
    }
}
