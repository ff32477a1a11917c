//! Minified HTML: what [`super::lean`] does for every template, plus what the HTML syntax
//! lets a page leave out without changing the document a browser builds from it:
//!
//! - attribute values without quotes where the value has no space, quote, `=`, `<`, `>` or
//!   backtick (`class=card`, `href=/tags/x/`);
//! - the end tags HTML makes optional (`</li>`, `</p>`, `</option>`, `</dt>`, `</dd>`,
//!   `</tr>`, `</td>`, `</th>`, `</head>`, `</body>`, `</html>`) where the next tag closes
//!   the element anyway, with the whitespace between the two, which a browser drops there
//!   (block and flex layouts render none of it);
//! - whitespace between the tags of the head and around `<head>` and `<body>`;
//! - whitespace-only text right after or right before a tag of an element that is a block
//!   by default (`<div>`, `<p>`, `<li>`, `<section>` … see [`BLOCK`]): a line starts or ends
//!   there, where a browser renders no space; the theme makes none of them inline;
//! - one newline for every other run of whitespace that holds a newline, so words never
//!   run together.
//!
//! `<pre>`, `<textarea>`, `<script>` and `<style>` keep their content byte for byte, comments
//! and the doctype are copied, and SVG and MathML keep their self-closing tags. One pass over
//! the bytes, fused with the lean pass rather than run after it: a second pass (or the
//! minify-html crate, which also parses CSS and JavaScript) costs more CPU for fewer bytes
//! saved (docs/performance.md).

use std::cell::Cell;
use std::sync::LazyLock;

use rustc_hash::FxHashSet;

/// Elements whose content is copied unchanged.
const RAW: [&str; 4] = ["pre", "textarea", "script", "style"];

/// Void elements: no end tag, so never on the stack of open elements.
const VOID: [&str; 14] = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
];

/// Start tags that close an open `<p>` (HTML's "p end tag may be omitted" list).
const CLOSES_P: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "details",
    "dialog",
    "div",
    "dl",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "main",
    "menu",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "ul",
];

/// Elements that are blocks by default, besides [`CLOSES_P`] (which all are): whitespace
/// next to one of their tags starts or ends a line, so it renders nothing.
const BLOCK: &[&str] = &[
    "html", "head", "body", "li", "dt", "dd", "summary", "legend", "search", "caption", "thead",
    "tbody", "tfoot", "tr", "td", "th",
];

/// Parents whose end does not close an open `<p>` inside them.
const KEEPS_P_OPEN: [&str; 7] = ["a", "audio", "del", "ins", "map", "noscript", "video"];

/// `html` minified as the module docs say.
pub fn minify(html: &str) -> String {
    let mut m = Minifier {
        src: html,
        at: 0,
        out: String::with_capacity(html.len()),
        open: Vec::new(),
        foreign: 0,
        after_block: false,
        peeked: Cell::new(None),
    };
    m.run();
    m.out
}

struct Minifier<'a> {
    src: &'a str,
    /// Byte offset of the next unread byte of `src`.
    at: usize,
    out: String,
    /// Names of the open elements, innermost last, lowercase when the source was.
    open: Vec<&'a str>,
    /// How many `<svg>` or `<math>` elements are open: inside them `/>` closes a tag.
    foreign: usize,
    /// Whether the last thing written is a tag of a block element ([`is_block`]).
    after_block: bool,
    /// The last tag read ahead (its offset, the tag and its length): whitespace before a tag
    /// is judged by that tag, which is read again right after.
    peeked: Cell<Option<(usize, Tag<'a>, usize)>>,
}

/// A start or end tag as read from the source.
#[derive(Clone, Copy)]
struct Tag<'a> {
    name: &'a str,
    end: bool,
    /// The source between the name and the closing `>` (attributes, maybe a final `/`).
    attrs: &'a str,
}

impl<'a> Minifier<'a> {
    fn run(&mut self) {
        while self.at < self.src.len() {
            let rest = &self.src[self.at..];
            let text_len = rest.find('<').unwrap_or(rest.len());
            if text_len > 0 {
                let text = &rest[..text_len];
                self.at += text_len;
                self.text(text);
                continue;
            }
            match self.tag_at(self.at) {
                Some((tag, len)) => {
                    self.at += len;
                    if tag.end {
                        self.end_tag(&tag);
                    } else {
                        self.start_tag(&tag);
                    }
                }
                // An unclosed tag runs to the end of the page: copy the rest as it is
                // rather than look for a `>` again from every `<` after it.
                None if tag_start(rest) => {
                    self.out.push_str(rest);
                    self.at = self.src.len();
                }
                None => self.markup_or_char(rest),
            }
        }
    }

    /// Copies a comment, doctype or processing instruction whole, or a lone `<` as text.
    fn markup_or_char(&mut self, rest: &str) {
        let len = if rest.starts_with("<!--") {
            rest.find("-->").map_or(rest.len(), |i| i + 3)
        } else if rest.starts_with("<!") || rest.starts_with("<?") {
            rest.find('>').map_or(rest.len(), |i| i + 1)
        } else {
            1
        };
        self.out.push_str(&rest[..len]);
        self.at += len;
        self.after_block = false;
    }

    /// Text between tags: whitespace-only text is dropped where the page's structure makes
    /// it inert, and every run of whitespace holding a newline becomes one newline.
    fn text(&mut self, text: &str) {
        if text.bytes().all(is_space) && (self.inert_whitespace() || self.next_to_block()) {
            return;
        }
        self.after_block = false;
        // Only runs of whitespace holding a newline change: find each newline, widen it to
        // its run, and copy the text between runs as it is.
        let bytes = text.as_bytes();
        let mut copied = 0;
        let mut from = 0;
        while let Some(nl) = text[from..].find('\n').map(|i| from + i) {
            let mut start = nl;
            while start > copied && is_space(bytes[start - 1]) {
                start -= 1;
            }
            let mut end = nl + 1;
            while end < bytes.len() && is_space(bytes[end]) {
                end += 1;
            }
            self.out.push_str(&text[copied..start]);
            self.out.push('\n');
            copied = end;
            from = end;
        }
        self.out.push_str(&text[copied..]);
    }

    /// Whether whitespace here creates no rendered text: at the start, in `<html>` outside
    /// `<body>` and in `<head>` (the parser drops the first, the others are never rendered).
    fn inert_whitespace(&self) -> bool {
        match self.open.last() {
            Some(n) => is(n, "html") || is(n, "head"),
            None => self.out.is_empty(),
        }
    }

    /// Whether whitespace-only text here touches a block element's tag: the one written
    /// before it or the one after it (outside SVG and MathML, where no element is a block).
    fn next_to_block(&self) -> bool {
        self.foreign == 0
            && (self.after_block || self.tag_at(self.at).is_some_and(|(t, _)| is_block(t.name)))
    }

    /// The tag at byte `at` of the source (see [`tag_at`]), read once however often asked.
    fn tag_at(&self, at: usize) -> Option<(Tag<'a>, usize)> {
        if let Some((_, tag, len)) = self.peeked.get().filter(|p| p.0 == at) {
            return Some((tag, len));
        }
        let found = tag_at(&self.src[at..]);
        if let Some((tag, len)) = found {
            self.peeked.set(Some((at, tag, len)));
        }
        found
    }

    fn start_tag(&mut self, tag: &Tag<'a>) {
        let name = tag.name;
        let mut buf = [0u8; 8];
        let lower = lowercase(name, &mut buf).unwrap_or("");
        let self_closing = tag.attrs.trim_end().ends_with('/');
        let foreign_start = matches!(lower, "svg" | "math");
        let foreign = self.foreign > 0 || foreign_start;
        self.after_block = !foreign && is_block(name);
        self.out.push('<');
        self.out.push_str(name);
        write_attrs(&mut self.out, tag.attrs, foreign && self_closing);
        if foreign && self_closing {
            self.out.push('/');
        }
        self.out.push('>');
        if VOID.contains(&lower) || (foreign && self_closing) {
            return;
        }
        if foreign_start {
            self.foreign += 1;
        }
        self.open.push(name);
        if let Some(raw) = RAW.iter().find(|&&r| r == lower) {
            self.copy_raw(raw);
        }
    }

    /// Copies a raw element's content up to (not including) its end tag.
    fn copy_raw(&mut self, name: &str) {
        let rest = &self.src[self.at..];
        let mut from = 0;
        let len = loop {
            match rest[from..].find("</") {
                None => break rest.len(),
                Some(i) => {
                    let at = from + i;
                    let after = &rest[at + 2..];
                    if starts_with_name(after, name) {
                        break at;
                    }
                    from = at + 2;
                }
            }
        };
        self.out.push_str(&rest[..len]);
        self.at += len;
    }

    fn end_tag(&mut self, tag: &Tag<'a>) {
        let name = tag.name;
        let top = self.open.last().copied();
        let matches_top = top.is_some_and(|t| t.eq_ignore_ascii_case(name));
        if matches_top && self.foreign == 0 && self.end_tag_optional(name) {
            // The next tag closes the element: skip the end tag and the whitespace after it.
            self.open.pop();
            self.at += self.src[self.at..]
                .bytes()
                .take_while(|&b| is_space(b))
                .count();
            return;
        }
        if let Some(i) = self.open.iter().rposition(|n| n.eq_ignore_ascii_case(name)) {
            for closed in self.open.drain(i..) {
                if is(closed, "svg") || is(closed, "math") {
                    self.foreign = self.foreign.saturating_sub(1);
                }
            }
        }
        self.after_block = self.foreign == 0 && is_block(name);
        self.out.push_str("</");
        self.out.push_str(name);
        self.out.push('>');
    }

    /// Whether the end tag of the open element `name` may go because of what follows it
    /// (after any whitespace).
    fn end_tag_optional(&self, name: &str) -> bool {
        let rest = self.src[self.at..].trim_start_matches(|c: char| c.is_ascii_whitespace());
        let next = self.tag_at(self.src.len() - rest.len()).map(|(t, _)| t);
        let parent = self.open.len().checked_sub(2).map(|i| self.open[i]);
        let next_start = |names: &[&str]| {
            next.as_ref()
                .is_some_and(|t| !t.end && names.iter().any(|n| is(t.name, n)))
        };
        let parent_ends = |parents: &[&str]| {
            next.as_ref().is_some_and(|t| {
                t.end
                    && parent.is_some_and(|p| is(t.name, p))
                    && parents.iter().any(|n| is(t.name, n))
            })
        };
        let mut buf = [0u8; 6];
        let Some(lower) = lowercase(name, &mut buf) else {
            return false;
        };
        match lower {
            "li" => next_start(&["li"]) || parent_ends(&["ul", "ol", "menu"]),
            "dt" => next_start(&["dt", "dd"]),
            "dd" => next_start(&["dt", "dd"]) || parent_ends(&["dl"]),
            "option" => {
                next_start(&["option", "optgroup"])
                    || parent_ends(&["select", "datalist", "optgroup"])
            }
            "tr" => next_start(&["tr"]) || parent_ends(&["tbody", "thead", "tfoot", "table"]),
            "td" | "th" => next_start(&["td", "th"]) || parent_ends(&["tr"]),
            "p" => {
                next_start(CLOSES_P)
                    || next.as_ref().is_some_and(|t| {
                        t.end
                            && parent.is_some_and(|p| is(t.name, p))
                            && !KEEPS_P_OPEN.iter().any(|n| is(t.name, n))
                    })
            }
            // A comment after these would move into the element: only a tag may follow.
            "head" => rest.starts_with("<body") || rest.starts_with("<BODY"),
            "body" => rest.is_empty() || next.is_some_and(|t| t.end && is(t.name, "html")),
            "html" => rest.is_empty(),
            _ => false,
        }
    }
}

/// Writes `attrs` (the source between a tag's name and its `>`) as ` name=value` pairs,
/// unquoting values that need no quotes. `keep_last_quoted`: the tag ends in `/>`, so the
/// last value keeps its quotes (an unquoted one would swallow the slash).
fn write_attrs(out: &mut String, attrs: &str, keep_last_quoted: bool) {
    let b = attrs.as_bytes();
    let skip = |mut i: usize, slash: bool| {
        while i < b.len() && (is_space(b[i]) || (slash && b[i] == b'/')) {
            i += 1;
        }
        i
    };
    let mut i = 0;
    loop {
        i = skip(i, true);
        if i >= b.len() {
            return;
        }
        let start = i;
        i += 1; // a name may start with `=`
        while i < b.len() && !is_space(b[i]) && b[i] != b'/' && b[i] != b'=' {
            i += 1;
        }
        out.push(' ');
        out.push_str(&attrs[start..i]);
        let j = skip(i, false);
        if j >= b.len() || b[j] != b'=' {
            continue;
        }
        let j = skip(j + 1, false);
        let value = match b.get(j) {
            Some(&q) if q == b'"' || q == b'\'' => {
                let end = attrs[j + 1..]
                    .find(q as char)
                    .map_or(b.len(), |e| j + 1 + e);
                i = (end + 1).min(b.len());
                &attrs[(j + 1).min(end)..end]
            }
            _ => {
                let end = attrs[j..]
                    .find(|c: char| c.is_ascii_whitespace())
                    .map_or(b.len(), |e| j + e);
                i = end;
                &attrs[j..end]
            }
        };
        out.push('=');
        let last = skip(i, true) >= b.len();
        if unquotable(value) && !(keep_last_quoted && last) {
            out.push_str(value);
        } else if value.contains('"') {
            out.push('\'');
            out.push_str(value);
            out.push('\'');
        } else {
            out.push('"');
            out.push_str(value);
            out.push('"');
        }
    }
}

/// Whether an attribute value may be written without quotes.
fn unquotable(value: &str) -> bool {
    !value.is_empty()
        && !value
            .bytes()
            .any(|c| is_space(c) || matches!(c, b'"' | b'\'' | b'=' | b'<' | b'>' | b'`'))
}

/// The tag at the start of `s` (which starts with `<`) and its length in bytes, or `None`
/// if `s` does not start with a start or end tag.
fn tag_at(s: &str) -> Option<(Tag<'_>, usize)> {
    let b = s.as_bytes();
    let end = b.get(1) == Some(&b'/');
    let name_at = if end { 2 } else { 1 };
    if !b.get(name_at)?.is_ascii_alphabetic() {
        return None;
    }
    let name_len = b[name_at..]
        .iter()
        .position(|&c| is_space(c) || c == b'/' || c == b'>')?;
    let name = &s[name_at..name_at + name_len];
    let attrs_at = name_at + name_len;
    // The closing `>`, outside quoted values.
    let mut quote = None;
    let mut close = None;
    for (i, &c) in b[attrs_at..].iter().enumerate() {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if c == b'"' || c == b'\'' => {
                // Only a quote right after `=` (and spaces) opens a quoted value.
                let before = b[attrs_at..attrs_at + i]
                    .iter()
                    .rev()
                    .find(|&&p| !is_space(p));
                if before == Some(&b'=') {
                    quote = Some(c);
                }
            }
            None if c == b'>' => {
                close = Some(attrs_at + i);
                break;
            }
            None => {}
        }
    }
    let close = close?;
    let tag = Tag {
        name,
        end,
        attrs: &s[attrs_at..close],
    };
    Some((tag, close + 1))
}

/// `name` in lowercase in `buf`, or `None` if it is longer than `buf` (and so not one of the
/// element names compared with).
fn lowercase<'b>(name: &str, buf: &'b mut [u8]) -> Option<&'b str> {
    let out = buf.get_mut(..name.len())?;
    out.copy_from_slice(name.as_bytes());
    out.make_ascii_lowercase();
    std::str::from_utf8(out).ok()
}

/// Whether `s` starts like a start or end tag (`<` or `</` and a letter).
fn tag_start(s: &str) -> bool {
    let b = s.as_bytes();
    let at = if b.get(1) == Some(&b'/') { 2 } else { 1 };
    b.get(at).is_some_and(u8::is_ascii_alphabetic)
}

/// Whether `s` starts with the tag name `name` (any case) followed by `>`, `/` or space.
fn starts_with_name(s: &str, name: &str) -> bool {
    s.get(..name.len())
        .is_some_and(|n| n.eq_ignore_ascii_case(name))
        && s.as_bytes()
            .get(name.len())
            .is_none_or(|&c| c == b'>' || c == b'/' || is_space(c))
}

/// Whether `name` is an element that is a block by default.
fn is_block(name: &str) -> bool {
    // Asked for every tag: one look-up in a set rather than 47 comparisons.
    static BLOCKS: LazyLock<FxHashSet<&str>> =
        LazyLock::new(|| CLOSES_P.iter().chain(BLOCK).copied().collect());
    let mut buf = [0u8; 16];
    lowercase(name, &mut buf).is_some_and(|n| BLOCKS.contains(n))
}

fn is(a: &str, b: &str) -> bool {
    a.eq_ignore_ascii_case(b)
}

fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c')
}

#[cfg(test)]
mod tests {
    use super::minify;

    #[test]
    fn blocks_are_the_listed_names_in_any_case() {
        use super::{BLOCK, CLOSES_P, is_block};
        for name in CLOSES_P.iter().chain(BLOCK) {
            assert!(is_block(name), "{name}");
            assert!(is_block(&name.to_ascii_uppercase()), "{name}");
        }
        for name in [
            "a",
            "span",
            "svg",
            "blockquotes",
            "divx",
            "",
            "h7",
            "articleheaderfooter",
        ] {
            assert!(!is_block(name), "{name}");
        }
    }

    #[test]
    fn unquotes_values_that_need_no_quotes() {
        let page = "<body><a  href=\"/tags/x/\"\n    class=\"chip\" title=\"two words\" data-q='say \"hi\"' data-e=\"\" hidden>x</a>";
        assert_eq!(
            minify(page),
            "<body><a href=/tags/x/ class=chip title=\"two words\" data-q='say \"hi\"' data-e=\"\" hidden>x</a>"
        );
        // `=`, `<`, `>`, a backtick or a quote inside keep the quotes.
        for v in ["a=b", "a<b", "a>b", "a`b", "it's"] {
            let page = format!("<body><p title=\"{v}\">x</p>");
            assert!(minify(&page).contains(&format!("title=\"{v}\"")), "{v}");
        }
    }

    #[test]
    fn drops_optional_end_tags_only_where_the_next_tag_closes_them() {
        let page = "<body><ul>\n  <li>a</li>\n  <li>b</li>\n</ul>\n<div>\n<p>one</p>\n<p>two</p>\n<ul><li>x</li></ul>\n<p>last</p>\n</div>\n";
        assert_eq!(
            minify(page),
            "<body><ul><li>a<li>b</ul><div><p>one<p>two<ul><li>x</ul><p>last</div>"
        );
        // Followed by text or an inline element, or ending an `<a>`, the end tag stays.
        let kept = "<body><div><p>a</p> tail<p>b</p><span>c</span><a href=x><p>d</p></a></div>";
        assert_eq!(
            minify(kept),
            "<body><div><p>a</p> tail<p>b</p><span>c</span><a href=x><p>d</p></a></div>"
        );
        let table = "<body><table><tr><td>1</td>\n<td>2</td></tr>\n<tr><th>3</th></tr></table><dl><dt>k</dt><dd>v</dd></dl><select><option>a</option><option>b</option></select>";
        assert_eq!(
            minify(table),
            "<body><table><tr><td>1<td>2<tr><th>3</table><dl><dt>k<dd>v</dl><select><option>a<option>b</select>"
        );
    }

    #[test]
    fn keeps_whitespace_between_inline_elements_and_words() {
        let page = "<body><p>\n  <a href=\"/a\">one</a>\n  <a href=\"/b\">two</a> <b>three</b>  four\n</p>\n";
        assert_eq!(
            minify(page),
            "<body><p><a href=/a>one</a>\n<a href=/b>two</a> <b>three</b>  four\n</p>"
        );
    }

    #[test]
    fn whitespace_goes_only_where_it_touches_a_block() {
        // Next to a block's start or end tag a line starts or ends: nothing renders.
        let page = "<body><main>\n<section>\n<h2>T</h2>\n<span>a</span>\n</section>\n</main>\n";
        assert_eq!(
            minify(page),
            "<body><main><section><h2>T</h2><span>a</span></section></main>"
        );
        // Between inline elements, inside inline elements and in SVG it stays.
        let page = "<body><nav><a href=/a>a</a>\n<a href=/b>b</a> <span> </span><em><b>x</b> </em>\n<svg><text>a</text> <text>b</text></svg></nav>";
        assert_eq!(
            minify(page),
            "<body><nav><a href=/a>a</a>\n<a href=/b>b</a> <span> </span><em><b>x</b> </em>\n<svg><text>a</text> <text>b</text></svg></nav>"
        );
        // Text that is not only whitespace keeps its spaces, a comment ends the block's run.
        let page = "<body><div> a </div><div><!-- c --> <i>b</i></div>";
        assert_eq!(
            minify(page),
            "<body><div> a </div><div><!-- c --> <i>b</i></div>"
        );
    }

    #[test]
    fn head_loses_its_whitespace_and_document_end_tags_go() {
        let page = "<!doctype html>\n<html lang=\"en\">\n<head>\n  <meta charset=\"utf-8\">\n  <title>T  t</title>\n</head>\n<body class=\"x\">\n<p>a</p>\n</body>\n</html>\n";
        assert_eq!(
            minify(page),
            "<!doctype html><html lang=en><head><meta charset=utf-8><title>T  t</title><body class=x><p>a"
        );
    }

    #[test]
    fn raw_elements_comments_and_foreign_content_are_kept() {
        let page = "<body><pre class=\"c\"><code>  a\n\n    </p></li> b\n</code></pre>\n  <textarea>\n  t </textarea><script type=\"module\">\n  if (a < b) { x = \"</div>\" }\n</script><style>\n p > a { }\n</style><!-- <li> a  \n b --><svg viewBox=\"0 0 2 2\"><path d=\"M0\" fill=\"red\"/><g><title>x</title></g></svg><br/>";
        assert_eq!(
            minify(page),
            "<body><pre class=c><code>  a\n\n    </p></li> b\n</code></pre><textarea>\n  t </textarea><script type=module>\n  if (a < b) { x = \"</div>\" }\n</script><style>\n p > a { }\n</style><!-- <li> a  \n b --><svg viewBox=\"0 0 2 2\"><path d=M0 fill=\"red\"/><g><title>x</title></g></svg><br>"
        );
    }

    #[test]
    fn malformed_markup_is_copied_not_lost() {
        let unclosed = "<a ".repeat(50_000);
        assert_eq!(minify(&unclosed), unclosed);
        for page in [
            "<body>a < b",
            "<body><p title=\"unclosed>x",
            "<body></p>x</li>",
            "<",
            "",
        ] {
            let out = minify(page);
            let words = |s: &str| s.split_whitespace().collect::<String>();
            assert!(out.len() <= page.len(), "{page:?} grew to {out:?}");
            assert_eq!(
                words(&out).replace(['"', '\''], ""),
                words(page).replace(['"', '\''], ""),
                "{page:?}"
            );
        }
    }
}
