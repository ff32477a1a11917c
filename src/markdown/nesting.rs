//! Bounding block nesting before Markdown is parsed. pulldown-cmark walks every open container
//! (block quotes, list items) on every line, so one line of 10,000 `> ` followed by 10,000
//! plain lines costs 100 million steps: 20,000 of each took 25 s. Real articles nest a few
//! levels; when a body's nesting would cost more than [`WORK_BUDGET`], container markers
//! beyond [`MAX_DEPTH`] levels on a line are escaped (shown as text), which bounds the work
//! by the body's length times [`MAX_DEPTH`]. Cheaper bodies are left exactly as written.

use std::borrow::Cow;

/// Nesting levels kept on a line of a body over budget.
pub const MAX_DEPTH: usize = 32;

/// Lines × open containers a body may cost before it is bounded (well under a second).
pub const WORK_BUDGET: usize = 4_000_000;

/// One piece of a line's leading container prefix.
enum Token {
    /// Spaces or a tab: `width` columns, `len` bytes.
    Space { width: usize, len: usize },
    /// `>`, or a list marker (`-`, `+`, `*`, `1.`, `1)`) with the one space after it that
    /// belongs to it: `len` bytes, the one at `escape` the character to escape.
    Marker { len: usize, escape: usize },
}

/// The token at the start of `rest`, if it can open or continue a container.
fn token(rest: &[u8]) -> Option<Token> {
    let spaced = |at: usize| rest.get(at).is_none_or(|b| matches!(b, b' ' | b'\t'));
    let marker = |escape: usize| Token::Marker {
        len: (escape + 2).min(rest.len()),
        escape,
    };
    match rest.first()? {
        b' ' => Some(Token::Space { width: 1, len: 1 }),
        b'\t' => Some(Token::Space { width: 4, len: 1 }),
        b'>' => Some(Token::Marker {
            len: if spaced(1) { 2.min(rest.len()) } else { 1 },
            escape: 0,
        }),
        b'-' | b'+' | b'*' if spaced(1) => Some(marker(0)),
        b'0'..=b'9' => {
            let digits = rest
                .iter()
                .take(10)
                .take_while(|b| b.is_ascii_digit())
                .count();
            let delimiter = matches!(rest.get(digits), Some(b'.' | b')'));
            (digits <= 9 && delimiter && spaced(digits + 1)).then(|| marker(digits))
        }
        _ => None,
    }
}

/// How many nesting levels a line's prefix can reach: one per marker, one per two columns of
/// indentation (the least a nested list item needs).
fn depth(line: &[u8]) -> usize {
    let (mut markers, mut columns, mut at) = (0, 0, 0);
    while let Some(t) = token(&line[at..]) {
        match t {
            Token::Space { width, len } => {
                columns += width;
                at += len;
            }
            Token::Marker { len, .. } => {
                markers += 1;
                at += len;
            }
        }
    }
    markers + columns / 2
}

/// `markdown` as written, or, when its nesting would cost more than [`WORK_BUDGET`], with
/// container markers beyond [`MAX_DEPTH`] levels escaped.
pub fn bounded(markdown: &str) -> Cow<'_, str> {
    // Containers stay open across lines, so each line may cost the deepest nesting so far.
    let mut deepest = 0;
    let mut work = 0usize;
    for line in markdown.lines() {
        deepest = deepest.max(depth(line.as_bytes()));
        work = work.saturating_add(deepest);
    }
    if work <= WORK_BUDGET {
        return Cow::Borrowed(markdown);
    }
    let mut out = String::with_capacity(markdown.len() + markdown.len() / 64);
    for line in markdown.split_inclusive('\n') {
        cap_line(line, &mut out);
    }
    Cow::Owned(out)
}

/// Appends `line` with its prefix cut at [`MAX_DEPTH`] levels: deeper indentation is dropped
/// and the next marker escaped, so the rest of the line is plain text.
fn cap_line(line: &str, out: &mut String) {
    let bytes = line.as_bytes();
    let (mut markers, mut columns, mut at) = (0, 0, 0);
    while let Some(t) = token(&bytes[at..]) {
        let (next_markers, next_columns, len) = match t {
            Token::Space { width, len } => (markers, columns + width, len),
            Token::Marker { len, .. } => (markers + 1, columns, len),
        };
        if next_markers + next_columns / 2 > MAX_DEPTH {
            out.push_str(&line[..at]);
            let rest = line[at..].trim_start_matches([' ', '\t']);
            if let Some(Token::Marker { escape, .. }) = token(rest.as_bytes()) {
                // That is `>`, `-`, `+`, `*`, `.` or `)`: all escapable.
                out.push_str(&rest[..escape]);
                out.push('\\');
                out.push_str(&rest[escape..]);
            } else {
                out.push_str(rest);
            }
            return;
        }
        (markers, columns) = (next_markers, next_columns);
        at += len;
    }
    out.push_str(line);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_bodies_are_untouched() {
        let body = "> quote\n> > nested\n\n- a\n  - b\n    1. c\n\n        code\n\nText *b*.\n";
        assert!(matches!(bounded(body), Cow::Borrowed(_)));
        // Deep but short: cheap to parse, so left as written.
        let deep = format!("{}x\n", "> ".repeat(1_000));
        assert!(matches!(bounded(&deep), Cow::Borrowed(_)));
    }

    #[test]
    fn depth_counts_markers_and_indentation() {
        assert_eq!(depth(b"> > - 1. x"), 4);
        assert_eq!(depth(b"        code"), 4);
        assert_eq!(depth(b"\t- x"), 3);
        assert_eq!(depth(b"-x *y 1.5 1234567890. z"), 0);
        assert_eq!(depth(b"---"), 0);
    }

    #[test]
    fn costly_nesting_is_cut_at_the_maximum_depth() {
        let lazy = "b\n".repeat(10_000);
        for opener in ["> ", "- ", "* ", "+ ", "1. ", "> 1) "] {
            let body = format!("{}a\n{lazy}", opener.repeat(5_000));
            let out = bounded(&body);
            let first = out.lines().next().unwrap();
            assert!(first.contains('\\'), "{opener:?}: a marker is escaped");
            assert_eq!(depth(first.as_bytes()), MAX_DEPTH, "{opener:?}");
            assert!(out.ends_with(&lazy), "later lines untouched");
        }
        assert!(bounded(&format!("{}a\n{lazy}", "1. ".repeat(5_000))).starts_with("1. 1. "));
        assert!(bounded(&format!("{}a\n{lazy}", "> ".repeat(5_000))).contains("> \\> > "));
        let spaces = format!("{}a\n{}", " ".repeat(300), "b\n".repeat(50_000));
        let out = bounded(&spaces);
        let first = out.lines().next().unwrap();
        assert_eq!(first.trim_start(), "a");
        assert_eq!(depth(first.as_bytes()), MAX_DEPTH);
    }
}
