//! The measures behind `benches/realpages.rs`: text normalisation, tokens, shingle
//! precision/recall/F1, title and date comparison forms. Kept apart so that
//! `tests/realpages_metric.rs` can check them on small inputs.

use std::collections::HashMap;

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

/// Shingles of this many consecutive tokens, as in the public article-extraction benchmarks.
pub const SHINGLE: usize = 4;

/// The calendar day a date string states, in its own offset (`YYYY-MM-DD`).
pub fn day_of(s: &str) -> Option<String> {
    let s = s.trim();
    if let Some(p) = s.get(..10)
        && chrono::NaiveDate::parse_from_str(p, "%Y-%m-%d").is_ok()
    {
        return Some(p.to_string());
    }
    if let Ok(dt) = chrono::DateTime::parse_from_rfc2822(s) {
        return Some(dt.date_naive().to_string());
    }
    None
}

/// A title in comparison form: quotes and dashes unified, whitespace collapsed.
pub fn norm_title(t: &str) -> String {
    t.chars()
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{2032}' | '`' | '\u{b4}' => '\'',
            '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{ab}' | '\u{bb}' | '\u{2033}' => '"',
            '\u{2013}' | '\u{2014}' | '\u{2212}' => '-',
            '\u{a0}' => ' ',
            c => c,
        })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Markdown as plain paragraphs: text and code kept, link targets and images dropped.
pub fn plain_paragraphs(md: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut in_image = 0usize;
    for ev in Parser::new_ext(md, pulldown_cmark::Options::ENABLE_TABLES) {
        match ev {
            Event::Start(Tag::Image { .. }) => in_image += 1,
            Event::End(TagEnd::Image) => in_image = in_image.saturating_sub(1),
            Event::Text(t) | Event::Code(t) if in_image == 0 => cur.push_str(&t),
            Event::SoftBreak | Event::HardBreak => cur.push(' '),
            Event::End(
                TagEnd::Paragraph
                | TagEnd::Heading(_)
                | TagEnd::Item
                | TagEnd::CodeBlock
                | TagEnd::TableRow
                | TagEnd::TableHead,
            ) => flush(&mut cur, &mut out),
            Event::End(TagEnd::TableCell) => cur.push(' '),
            _ => {}
        }
    }
    flush(&mut cur, &mut out);
    out
}

fn flush(cur: &mut String, out: &mut Vec<String>) {
    let t = cur.split_whitespace().collect::<Vec<_>>().join(" ");
    if !t.is_empty() {
        out.push(t);
    }
    cur.clear();
}

/// Expected text as paragraphs (separated by blank lines).
pub fn text_paragraphs(text: &str) -> Vec<String> {
    text.split("\n\n")
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|p| !p.is_empty())
        .collect()
}

/// Scripts written without spaces: each character is a token.
fn is_unspaced(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF
        | 0x0E00..=0x0E7F | 0x0E80..=0x0EFF | 0x1000..=0x109F | 0x1780..=0x17FF
        | 0x20000..=0x2FA1F)
}

/// Lowercase word tokens: runs of letters and digits, one token per character in scripts
/// written without spaces; punctuation is not a token and invisible characters are skipped.
pub fn tokens(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for c in text.chars() {
        // Invisible characters (soft hyphens, zero-width spaces and joiners) are not read.
        if matches!(
            c,
            '\u{ad}' | '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}'
        ) {
            continue;
        }
        if is_unspaced(c) {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            out.push(c.to_string());
        } else if c.is_alphanumeric() {
            cur.extend(c.to_lowercase());
        } else if !cur.is_empty() && is_mark(c) {
            cur.push(c);
        } else if !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// Combining marks (Arabic harakat, Devanagari vowel signs, …) belong to their word.
fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x0610..=0x061A | 0x064B..=0x065F | 0x0670 | 0x0900..=0x0DFF)
}

/// Multiset of token shingles; a text shorter than one shingle is one shingle.
fn shingles(tokens: &[String]) -> HashMap<Vec<&str>, usize> {
    let mut m = HashMap::new();
    if tokens.is_empty() {
        return m;
    }
    let n = SHINGLE.min(tokens.len());
    for w in tokens.windows(n) {
        *m.entry(w.iter().map(String::as_str).collect()).or_insert(0) += 1;
    }
    m
}

/// Shingle precision, recall and F1 of `got` against `want`.
pub fn prf(want: &str, got: &str) -> (f64, f64, f64) {
    let (tw, tg) = (tokens(want), tokens(got));
    let (sw, sg) = (shingles(&tw), shingles(&tg));
    let common: usize = sg
        .iter()
        .map(|(k, n)| (*n).min(*sw.get(k).unwrap_or(&0)))
        .sum();
    let total = |m: &HashMap<Vec<&str>, usize>| m.values().sum::<usize>();
    let (ng, nw) = (total(&sg), total(&sw));
    // An empty extraction of an empty expectation is right; otherwise empty scores zero.
    if ng == 0 && nw == 0 {
        return (1.0, 1.0, 1.0);
    }
    let p = if ng == 0 {
        0.0
    } else {
        common as f64 / ng as f64
    };
    let r = if nw == 0 {
        0.0
    } else {
        common as f64 / nw as f64
    };
    let f = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    (p, r, f)
}

/// Whether a paragraph appears in a text: verbatim (as tokens), or most of its shingles do.
pub fn found_in(para: &str, text: &str) -> bool {
    let (p, t) = (tokens(para).join(" "), tokens(text).join(" "));
    if p.is_empty() || format!(" {t} ").contains(&format!(" {p} ")) {
        return true;
    }
    tokens(para).len() >= SHINGLE && prf(para, text).1 >= 0.5
}

/// Link and image targets in Markdown that are neither absolute (`http(s)://`, `mailto:`,
/// `tel:`, `data:`) nor `#fragment`s: on a digest page they resolve against the digest and
/// break.
pub fn unresolved_links(md: &str) -> Vec<String> {
    let mut out = Vec::new();
    for ev in Parser::new_ext(md, pulldown_cmark::Options::ENABLE_TABLES) {
        let dest = match ev {
            Event::Start(Tag::Link { dest_url, .. })
            | Event::Start(Tag::Image { dest_url, .. }) => dest_url,
            _ => continue,
        };
        let lower = dest.trim().to_ascii_lowercase();
        let absolute = ["http://", "https://", "mailto:", "tel:", "data:", "#"]
            .iter()
            .any(|p| lower.starts_with(p));
        if !absolute {
            out.push(dest.to_string());
        }
    }
    out
}
