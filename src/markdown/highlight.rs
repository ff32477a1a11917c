//! Code highlighting into CSS classes (the theme ships the colours); the grammar set loads on first use.

use std::sync::LazyLock;

use syntect::html::{ClassStyle, ClassedHTMLGenerator};
use syntect::parsing::SyntaxSet;
use syntect::util::LinesWithEndings;

/// Loaded only when a page has a fenced code block: it costs tens of milliseconds.
static SYNTAXES: LazyLock<SyntaxSet> = LazyLock::new(SyntaxSet::load_defaults_newlines);

/// The class prefix for highlighted spans (`hl-keyword`, …).
pub const CLASS_PREFIX: &str = "hl-";

/// Renders a code block as `<pre class="code"><code class="language-x">…</code></pre>`.
pub fn code_block(code: &str, lang: &str) -> String {
    let lang: String = lang
        .split([' ', ',', '{'])
        .next()
        .unwrap_or("")
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '+' | '#' | '.'))
        .collect();
    let body = if lang.is_empty() {
        escape(code)
    } else {
        highlight(code, &lang).unwrap_or_else(|| escape(code))
    };
    if lang.is_empty() {
        format!("<pre class=\"code\"><code>{body}</code></pre>\n")
    } else {
        format!("<pre class=\"code\"><code class=\"language-{lang}\">{body}</code></pre>\n")
    }
}

fn highlight(code: &str, lang: &str) -> Option<String> {
    let ss = &*SYNTAXES;
    let syntax = ss
        .find_syntax_by_token(lang)
        .or_else(|| ss.find_syntax_by_token(&lang.to_ascii_lowercase()))?;
    let mut generator = ClassedHTMLGenerator::new_with_class_style(
        syntax,
        ss,
        ClassStyle::SpacedPrefixed {
            prefix: CLASS_PREFIX,
        },
    );
    for line in LinesWithEndings::from(code) {
        generator
            .parse_html_for_line_which_includes_newline(line)
            .ok()?;
    }
    Some(generator.finalize())
}

fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn highlights_known_and_escapes_unknown() {
        let h = code_block("def f():\n    return 1\n", "python");
        assert!(h.contains("class=\"language-python\""), "{h}");
        assert!(h.contains("hl-keyword"), "{h}");
        let p = code_block("<b>", "nosuchlang");
        assert!(p.contains("&lt;b&gt;"), "{p}");
        let q = code_block("x", "py\"><script>");
        assert!(!q.contains("<script>"), "{q}");
    }
}
