//! The scraped-text reader: title line, then paragraphs (one per line unless hard-wrapped).

use super::clean::Cleaner;

/// A scraped page split into its title and cleaned paragraphs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scraped {
    /// The first non-empty line that is not furniture.
    pub title: String,
    /// Body paragraphs, verbatim but for boilerplate removal.
    pub paragraphs: Vec<String>,
}

/// Decodes HTML entities, once more when the text was evidently encoded twice (`&amp;#8217;`).
pub fn decode_entities(line: &str) -> String {
    if !line.contains('&') {
        return line.to_string();
    }
    let once = html_escape::decode_html_entities(line).into_owned();
    if once.contains('&') && once != line && has_entity(&once) {
        return html_escape::decode_html_entities(&once).into_owned();
    }
    once
}

fn has_entity(s: &str) -> bool {
    s.match_indices('&').any(|(i, _)| {
        let rest = &s[i + 1..];
        let end = rest.find(';').unwrap_or(usize::MAX);
        end <= 10
            && end > 0
            && rest[..end]
                .trim_start_matches('#')
                .chars()
                .all(|c| c.is_ascii_alphanumeric())
    })
}

/// Normalises one raw line: entities decoded, no-break and zero-width spaces handled, trimmed.
pub fn normalise_line(line: &str) -> String {
    decode_entities(line)
        .replace('\u{a0}', " ")
        .replace(['\u{200b}', '\u{feff}'], "")
        .trim()
        .to_string()
}

/// Lines of the input with BOM, CRLF/CR line ends and entities handled.
pub fn lines(text: &str) -> Vec<String> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    text.replace("\r\n", "\n")
        .replace('\r', "\n")
        .split('\n')
        .map(normalise_line)
        .collect()
}

/// Reads scraped text: title, then cleaned paragraphs. Errors say what is missing.
pub fn read(text: &str, cleaner: &Cleaner) -> Result<Scraped, String> {
    let lines = lines(text);
    let title_at = lines
        .iter()
        .position(|l| !l.is_empty() && !cleaner.is_furniture(l, ""))
        .ok_or("no text: every line is empty or boilerplate")?;
    let title = lines[title_at].clone();
    let body = &lines[title_at + 1..];
    let raw = if let Some(width) = wrap_width(body) {
        join_wrapped(body, width, cleaner, &title)
    } else {
        body.iter().filter(|l| !l.is_empty()).cloned().collect()
    };
    let paragraphs = cleaner.clean(&title, &raw);
    if paragraphs.is_empty() {
        return Err(format!(
            "no article text under the title `{title}` once boilerplate is removed"
        ));
    }
    Ok(Scraped { title, paragraphs })
}

/// The wrap width when the text is evidently hard-wrapped: most lines break near one width,
/// in the middle of a sentence.
fn wrap_width(lines: &[String]) -> Option<usize> {
    let lens: Vec<usize> = lines
        .iter()
        .filter(|l| !l.is_empty())
        .map(|l| l.chars().count())
        .collect();
    if lens.len() < 6 {
        return None;
    }
    let mut sorted = lens.clone();
    sorted.sort_unstable();
    let width = sorted[sorted.len() * 9 / 10 - usize::from(sorted.len() * 9 / 10 > 0)];
    if !(30..=120).contains(&width) || sorted[sorted.len() - 1] > width * 3 / 2 {
        return None;
    }
    let near: Vec<&String> = lines
        .iter()
        .filter(|l| {
            let n = l.chars().count();
            n >= width * 3 / 4 && n <= width + 2
        })
        .collect();
    let mid_sentence = near.iter().filter(|l| !ends_sentence(l)).count();
    (near.len() * 2 >= lens.len() && mid_sentence * 10 >= near.len() * 6).then_some(width)
}

fn ends_sentence(line: &str) -> bool {
    line.trim_end_matches(['"', '”', '’', '\'', ')', ']'])
        .ends_with(['.', '!', '?', ':', '…'])
}

/// Joins hard-wrapped lines into paragraphs: blank lines, furniture lines and short lines that
/// end a sentence all end a paragraph.
fn join_wrapped(lines: &[String], width: usize, cleaner: &Cleaner, title: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let flush = |cur: &mut String, out: &mut Vec<String>| {
        if !cur.is_empty() {
            out.push(std::mem::take(cur));
        }
    };
    for line in lines {
        if line.is_empty() {
            flush(&mut cur, &mut out);
            continue;
        }
        if cleaner.is_furniture(line, title) {
            flush(&mut cur, &mut out);
            out.push(line.clone());
            continue;
        }
        // A word broken at a hyphen ("high-" / "level") is rejoined without a space.
        let hyphenated = cur.ends_with('-') && cur[..cur.len() - 1].ends_with(char::is_alphabetic);
        if !cur.is_empty() && !hyphenated {
            cur.push(' ');
        }
        cur.push_str(line);
        if line.chars().count() < width * 3 / 5 && ends_sentence(line) {
            flush(&mut cur, &mut out);
        }
    }
    flush(&mut cur, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c() -> Cleaner {
        Cleaner::new(&[]).unwrap()
    }

    #[test]
    fn entities_bom_crlf_trailing_spaces() {
        let raw = "\u{feff}Title &amp; More\r\n\r\nIt&#8217;s a &ldquo;test&rdquo;.   \r\n&nbsp;\r\nNext&nbsp;line &amp;#8217; done.\t\r\n";
        let s = read(raw, &c()).unwrap();
        assert_eq!(s.title, "Title & More");
        assert_eq!(s.paragraphs, vec!["It’s a “test”.", "Next line ’ done."]);
    }

    #[test]
    fn one_paragraph_per_line_when_not_wrapped() {
        let raw = "Title\nFirst line is short.\nSecond line is a much longer paragraph that goes on and on without any wrapping at all, as scraped text does.\n";
        assert_eq!(read(raw, &c()).unwrap().paragraphs.len(), 2);
    }

    #[test]
    fn hard_wrapped_text_is_joined() {
        let raw = "A Wrapped Story\n\
\n\
The minister said on Tuesday that the talks would resume\n\
next week in Geneva, after a pause of several months in\n\
which both sides had traded accusations of bad faith.\n\
\n\
Officials from the two countries have met six times this\n\
year without agreeing on a text, and diplomats say a deal\n\
is unlikely before the elections in the autumn of next\n\
year, when a new government could change the terms.\n\
\n\
Advertisement\n\
\n\
A third paragraph is here, and it also wraps around the\n\
same width as the others did.\n";
        let s = read(raw, &c()).unwrap();
        assert_eq!(s.paragraphs.len(), 3, "{:#?}", s.paragraphs);
        assert!(s.paragraphs[0].starts_with("The minister said"));
        assert!(s.paragraphs[0].ends_with("bad faith."));
        assert!(s.paragraphs[2].ends_with("the others did."));
    }

    #[test]
    fn title_skips_leading_furniture_and_empty_body_errors() {
        let s = read("[ad_1]\n\nReal Title\nBody text here.\n", &c()).unwrap();
        assert_eq!(s.title, "Real Title");
        let e = read("Only A Title\n[ad_1]\nComments are closed.\n", &c()).unwrap_err();
        assert!(e.contains("no article text"), "{e}");
    }
}
