//! Code highlighting into short CSS classes (the theme ships the colours); the grammar set
//! loads on first use.
//!
//! syntect's own HTML nests a span per scope with a class per scope atom
//! (`<span class="hl-meta hl-function hl-rust"><span class="hl-storage hl-type …">`): a
//! 40-line block cost ~10 KB. Here each run of text gets one flat span whose classes are the
//! style the theme's rules gave it before (see [`Style`]), so code looks the same at about a
//! fifth of the bytes.

use std::sync::LazyLock;

use rustc_hash::FxHashMap as HashMap;
use syntect::parsing::{ParseState, Scope, ScopeStack, SyntaxSet};
use syntect::util::LinesWithEndings;

/// Loaded only when a page has a fenced code block: it costs tens of milliseconds.
static SYNTAXES: LazyLock<SyntaxSet> = LazyLock::new(SyntaxSet::load_defaults_newlines);

/// Colour classes in the order of the theme's rules (a later rule wins, as in CSS), by the
/// scope atom that selects them.
const COLOURS: [(&str, &str); 10] = [
    ("comment", "hc"),
    ("keyword", "hk"),
    ("storage", "hs"),
    ("string", "hq"),
    ("constant", "hn"),
    ("entity", "he"),
    ("support", "hu"),
    ("variable", "hv"),
    ("punctuation", "hp"),
    ("invalid", "hx"),
];
const COMMENT: u8 = 0;
const STRING: u8 = 3;
const ENTITY: u8 = 5;
const INVALID: u8 = 9;

/// How a run of code looks: a colour (index into [`COLOURS`]) and the font changes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Style {
    colour: Option<u8>,
    italic: bool,
    bold: bool,
    wavy: bool,
    /// Inside a comment or a string, whose colour reaches every nested scope.
    in_comment: bool,
    in_string: bool,
}

impl Style {
    /// The style of a scope nested in one styled `self`: the cascade of the theme's rules
    /// (`.hl-comment, .hl-comment *`, `.hl-markup.hl-heading`, …) over the scope's atoms.
    fn nest(self, atoms: &[&str]) -> Style {
        let has = |a: &str| atoms.contains(&a);
        let mut colour = None;
        for (i, (atom, _)) in COLOURS.iter().enumerate() {
            let i = i as u8;
            let inherited = (i == COMMENT && self.in_comment) || (i == STRING && self.in_string);
            if has(atom) || inherited {
                colour = Some(i);
            }
        }
        let markup = has("markup");
        if markup && has("heading") {
            colour = Some(ENTITY);
        }
        Style {
            colour: colour.or(self.colour),
            italic: self.italic || colour == Some(COMMENT) || (markup && has("italic")),
            bold: self.bold || (markup && (has("heading") || has("bold"))),
            wavy: self.wavy || colour == Some(INVALID),
            in_comment: self.in_comment || has("comment"),
            in_string: self.in_string || has("string"),
        }
    }

    /// The classes to write, or `None` for plain text.
    fn classes(self) -> Option<String> {
        let mut c: Vec<&str> = Vec::new();
        if let Some(i) = self.colour {
            c.push(COLOURS[i as usize].1);
        }
        // `hc` is italic and `hx` wavy by themselves.
        if self.italic && self.colour != Some(COMMENT) {
            c.push("hi");
        }
        if self.bold {
            c.push("hb");
        }
        if self.wavy && self.colour != Some(INVALID) {
            c.push("hw");
        }
        (!c.is_empty()).then(|| c.join(" "))
    }
}

/// The style of a scope stack, with the atoms of each scope looked up once per block.
fn style_of(stack: &[Scope], atoms: &mut HashMap<Scope, Vec<String>>) -> Style {
    stack.iter().fold(Style::default(), |style, scope| {
        let list = atoms.entry(*scope).or_insert_with(|| {
            scope
                .build_string()
                .split('.')
                .map(str::to_string)
                .collect()
        });
        let refs: Vec<&str> = list.iter().map(String::as_str).collect();
        style.nest(&refs)
    })
}

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
    let mut state = ParseState::new(syntax);
    let mut stack = ScopeStack::new();
    let mut atoms = HashMap::default();
    let mut out = String::with_capacity(code.len() * 2);
    // The open run: its classes and text, written when the style changes.
    let mut run: (Option<String>, String) = (None, String::new());
    let flush = |run: &mut (Option<String>, String), out: &mut String| {
        if run.1.is_empty() {
            return;
        }
        match &run.0 {
            Some(c) => {
                out.push_str(&format!("<span class=\"{c}\">"));
                out.push_str(&escape(&run.1));
                out.push_str("</span>");
            }
            None => out.push_str(&escape(&run.1)),
        }
        run.1.clear();
    };
    for line in LinesWithEndings::from(code) {
        let ops = state.parse_line(line, ss).ok()?;
        let mut at = 0;
        let mut text = |to: usize,
                        stack: &ScopeStack,
                        run: &mut (Option<String>, String),
                        out: &mut String| {
            if to <= at {
                return;
            }
            let classes = style_of(stack.as_slice(), &mut atoms).classes();
            if classes != run.0 {
                flush(run, out);
                run.0 = classes;
            }
            run.1.push_str(&line[at..to]);
            at = to;
        };
        for (pos, op) in ops {
            text(pos, &stack, &mut run, &mut out);
            stack.apply(&op).ok()?;
        }
        text(line.len(), &stack, &mut run, &mut out);
    }
    flush(&mut run, &mut out);
    Some(out)
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
        // `def` and `return` are keywords or storage, each one flat span.
        assert!(
            h.contains("<span class=\"hs\">def</span>")
                || h.contains("<span class=\"hk\">def</span>"),
            "{h}"
        );
        assert!(h.contains("<span class=\"hk\">return</span>"), "{h}");
        assert!(!h.contains("</span></span>"), "nested spans: {h}");
        let p = code_block("<b>", "nosuchlang");
        assert!(p.contains("&lt;b&gt;"), "{p}");
        let q = code_block("x", "py\"><script>");
        assert!(!q.contains("<script>"), "{q}");
    }

    /// The classes of a nesting of scopes, each given by its atoms.
    fn classes(stack: &[&[&str]]) -> Option<String> {
        stack
            .iter()
            .fold(Style::default(), |st, atoms| st.nest(atoms))
            .classes()
    }

    #[test]
    fn styles_follow_the_themes_cascade() {
        let c = |s: &[&[&str]]| classes(s).unwrap_or_default();
        assert_eq!(c(&[&["source"], &["comment", "line"]]), "hc");
        // A later rule wins on one element: a string's quote is punctuation-coloured.
        assert_eq!(
            c(&[&["string"], &["punctuation", "definition", "string"]]),
            "hp"
        );
        // Comments and strings colour every nested scope, unless it matches a later rule;
        // italics are inherited.
        assert_eq!(c(&[&["string"], &["meta", "interpolation"]]), "hq");
        assert_eq!(c(&[&["comment"], &["punctuation", "definition"]]), "hp hi");
        assert_eq!(c(&[&["comment"], &["meta", "x"]]), "hc");
        // Other colours are plainly inherited.
        assert_eq!(c(&[&["keyword"], &["meta", "x"]]), "hk");
        assert_eq!(c(&[&["support", "constant"]]), "hu");
        assert_eq!(c(&[&["markup", "heading"]]), "he hb");
        assert_eq!(c(&[&["markup", "italic"]]), "hi");
        assert_eq!(c(&[&["invalid", "illegal"]]), "hx");
        assert_eq!(c(&[&["invalid"], &["keyword"]]), "hk hw");
        assert_eq!(classes(&[&["source", "rust"], &["meta", "block"]]), None);
    }

    #[test]
    fn runs_merge_and_text_is_escaped() {
        let h = code_block("let s = \"<a>&\"; // x < y\n", "rust");
        assert!(h.contains("&lt;a&gt;&amp;"), "{h}");
        assert!(!h.contains("<a>"), "{h}");
        // The comment's text (several scopes' worth of tokens) is one span.
        assert!(h.contains("<span class=\"hc\"> x &lt; y\n</span>"), "{h}");
    }
}
