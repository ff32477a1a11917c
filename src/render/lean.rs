//! Lean markup: removes the indentation and blank lines templates leave in HTML and XML
//! output, except inside `<pre>`, `<textarea>`, `<script>` and `<style>`, where whitespace
//! is content. Every run of whitespace keeps at least one newline, so text reads the same
//! and pages render the same; only bytes go (about 4% of a page, more on list pages).
//!
//! A hand-written pass rather than a minifier crate: minify-html also minifies CSS and
//! JavaScript and pulls in lightningcss and oxc for it, while this one line-by-line pass costs
//! about as much as copying the page.

/// Elements whose text keeps its whitespace.
const RAW: [&[u8]; 4] = [b"pre", b"textarea", b"script", b"style"];

/// `text` without leading indentation or blank lines outside raw elements.
pub fn lean(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    // The raw element we are inside, by index into RAW.
    let mut raw: Option<usize> = None;
    let mut start = 0;
    // Lines and tags found with memchr's vectorised search: a byte-at-a-time scan made this
    // pass cost as much as a tenth of rendering.
    while start < bytes.len() {
        let end = memchr::memchr(b'\n', &bytes[start..]).map_or(bytes.len(), |i| start + i + 1);
        let line = &text[start..end];
        start = end;
        let starts_raw = raw.is_some();
        raw = scan(line.as_bytes(), raw);
        if starts_raw {
            out.push_str(line);
            continue;
        }
        let trimmed = line.trim_start_matches([' ', '\t']);
        if trimmed == "\n" || trimmed == "\r\n" {
            continue;
        }
        out.push_str(trimmed);
    }
    out
}

/// The raw element open at the end of `line`, given the one open at its start.
fn scan(line: &[u8], mut raw: Option<usize>) -> Option<usize> {
    for off in memchr::memchr_iter(b'<', line) {
        let at = off + 1;
        match raw {
            Some(r) => {
                if line.get(at) == Some(&b'/') && tag_at(line, at + 1, RAW[r]) {
                    raw = None;
                }
            }
            None => raw = RAW.iter().position(|name| tag_at(line, at, name)),
        }
    }
    raw
}

/// Whether `line[at..]` starts with the tag name `name` (any case), ended by `>`, `/` or
/// whitespace (or the line's end).
fn tag_at(line: &[u8], at: usize, name: &[u8]) -> bool {
    let Some(found) = line.get(at..at + name.len()) else {
        return false;
    };
    found.eq_ignore_ascii_case(name)
        && line
            .get(at + name.len())
            .is_none_or(|&c| c == b'>' || c == b'/' || c.is_ascii_whitespace())
}

#[cfg(test)]
mod tests {
    use super::lean;

    #[test]
    fn strips_indentation_and_blank_lines() {
        let page = "<ul>\n    <li>a</li>\n\n  \n    <li>b\n      c</li>\n</ul>\n";
        assert_eq!(lean(page), "<ul>\n<li>a</li>\n<li>b\nc</li>\n</ul>\n");
    }

    #[test]
    fn keeps_raw_elements() {
        let page = "  <div>\n  <pre class=\"x\"><code>fn a() {\n    b();\n\n}\n</code></pre>\n    <p>x</p>\n  <textarea>\n  kept\n</textarea>\n  <SCRIPT>\n  if (a) {\n  }\n</script>\n<style>\n  p { }\n</style>\n";
        assert_eq!(
            lean(page),
            "<div>\n<pre class=\"x\"><code>fn a() {\n    b();\n\n}\n</code></pre>\n<p>x</p>\n<textarea>\n  kept\n</textarea>\n<SCRIPT>\n  if (a) {\n  }\n</script>\n<style>\n  p { }\n</style>\n"
        );
    }

    #[test]
    fn raw_element_closed_on_its_line() {
        let page = "<pre>one line</pre>\n   <p>next</p>\n<preview>\n  x\n";
        assert_eq!(
            lean(page),
            "<pre>one line</pre>\n<p>next</p>\n<preview>\nx\n"
        );
    }

    #[test]
    fn text_without_newline_at_end() {
        assert_eq!(lean("  a\n    b"), "a\nb");
        assert_eq!(lean(""), "");
    }
}
