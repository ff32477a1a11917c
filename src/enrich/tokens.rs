//! Word tokens with byte offsets, as the people recogniser sees them: abbreviations keep
//! their period ("Mr.", "U.S.", "J."), possessives are split off ("Blinken’s" → "Blinken"),
//! hyphens and apostrophes inside words stay ("al-Assad", "Xi'an", "O'Brien").

/// One token of a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token<'a> {
    /// The token as written (possessive ending removed).
    pub text: &'a str,
    /// Byte offset of the token in the analysed text.
    pub start: usize,
    /// Byte offset just past the token (before any possessive ending).
    pub end: usize,
    /// A word (letters or digits) rather than punctuation.
    pub word: bool,
    /// The word was followed by a possessive "'s", "’s" or a bare "’".
    pub possessive: bool,
}

/// Abbreviations that keep their trailing period as part of the token.
const DOTTED: &[&str] = &[
    "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Gov", "Sen", "Rep", "Gen", "Lt", "Col", "Sgt", "Capt",
    "Cmdr", "Adm", "Maj", "Rev", "Fr", "Amb", "Atty", "St", "Jr", "Sr", "Jan", "Feb", "Aug",
    "Sept", "Sep", "Oct", "Nov", "Dec", "Inc", "Corp", "Ltd", "Co", "No", "vs", "Hon", "Pres",
    "Supt", "Insp", "Det", "Cpl", "Pvt", "Brig", "Mt", "Ft", "Ret",
];

/// Tokens of `text[start..end]` (offsets relative to `text`).
pub fn tokens(text: &str, start: usize, end: usize) -> Vec<Token<'_>> {
    // About one token per five bytes of English prose: growing the vector from empty was
    // a fifth of this function's time.
    let mut out = Vec::with_capacity(end.saturating_sub(start) / 5 + 4);
    let bytes = text.as_bytes();
    let mut i = start;
    while i < end {
        let c = char_at(text, i);
        if c.is_whitespace() {
            i += c.len_utf8();
            continue;
        }
        if !c.is_alphanumeric() {
            out.push(Token {
                text: &text[i..i + c.len_utf8()],
                start: i,
                end: i + c.len_utf8(),
                word: false,
                possessive: false,
            });
            i += c.len_utf8();
            continue;
        }
        let w_start = i;
        let mut j = i;
        while j < end {
            let ch = char_at(text, j);
            if ch.is_alphanumeric() {
                j += ch.len_utf8();
                continue;
            }
            // Inner hyphen, apostrophe or period followed by a letter or digit joins.
            if matches!(ch, '-' | '\'' | '\u{2019}' | '.' | '\u{2010}' | '\u{2011}') {
                let next = text[j + ch.len_utf8()..end].chars().next();
                if next.is_some_and(char::is_alphanumeric) {
                    // A period joins only inside dotted acronyms and initials: "U.S", "D.C".
                    let digits = text[w_start..j].ends_with(|c: char| c.is_ascii_digit())
                        && next.is_some_and(|c| c.is_ascii_digit());
                    if ch == '.' && !digits && !dotted_so_far(&text[w_start..j]) {
                        break;
                    }
                    // An apostrophe before "s" + boundary is a possessive, not part of the word.
                    if ch != '-' && ch != '.' && is_possessive_s(text, j + ch.len_utf8(), end) {
                        break;
                    }
                    j += ch.len_utf8();
                    continue;
                }
            }
            break;
        }
        let mut w_end = j;
        // Keep the period of abbreviations, initials and dotted acronyms.
        if w_end < end && bytes[w_end] == b'.' {
            let w = &text[w_start..w_end];
            let single_upper = w.chars().count() == 1 && w.chars().all(char::is_uppercase);
            if single_upper || DOTTED.contains(&w) || w.contains('.') {
                w_end += 1;
            }
        }
        let mut next = w_end;
        let mut possessive = false;
        if let Some(rest) = text.get(w_end..end) {
            for apos in ["'s", "\u{2019}s"] {
                if rest.starts_with(apos) && is_possessive_s(text, w_end + apos.len() - 1, end) {
                    possessive = true;
                    next = w_end + apos.len();
                }
            }
            // Plural possessive: "Houthis’ attacks".
            if !possessive && text[w_start..w_end].ends_with('s') {
                let mut chars = rest.chars();
                if let Some(a @ ('\'' | '\u{2019}')) = chars.next()
                    && chars.next().is_none_or(|c| !c.is_alphanumeric())
                {
                    possessive = true;
                    next = w_end + a.len_utf8();
                }
            }
        }
        out.push(Token {
            text: &text[w_start..w_end],
            start: w_start,
            end: w_end,
            word: true,
            possessive,
        });
        i = next.max(w_end).max(w_start + 1);
    }
    out
}

/// The character at byte `i` of `text` (a space past the end); ASCII without decoding.
fn char_at(text: &str, i: usize) -> char {
    match text.as_bytes().get(i) {
        Some(&b) if b.is_ascii() => char::from(b),
        _ => text[i..].chars().next().unwrap_or(' '),
    }
}

/// "U", "U.S", "D": letters separated by periods so far, so one more period may join.
fn dotted_so_far(w: &str) -> bool {
    w.split('.')
        .all(|p| p.chars().count() == 1 && p.chars().all(char::is_alphabetic))
}

/// True when `text[s_at..]` is an "s" that ends the word (the "s" of a possessive).
fn is_possessive_s(text: &str, s_at: usize, end: usize) -> bool {
    let rest = &text[s_at..end];
    rest.starts_with('s')
        && rest[1..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(t: &str) -> Vec<(&str, bool)> {
        tokens(t, 0, t.len())
            .into_iter()
            .map(|t| (t.text, t.possessive))
            .collect()
    }

    #[test]
    fn abbreviations_initials_possessives() {
        assert_eq!(
            words("Mr. Blinken’s talks with Antony J. Blinken in the U.S.-China row"),
            [
                ("Mr.", false),
                ("Blinken", true),
                ("talks", false),
                ("with", false),
                ("Antony", false),
                ("J.", false),
                ("Blinken", false),
                ("in", false),
                ("the", false),
                ("U.S.", false),
                ("-", false),
                ("China", false),
                ("row", false)
            ]
        );
        assert_eq!(
            words("Bashar al-Assad's O'Brien Xi'an Houthis’ end."),
            [
                ("Bashar", false),
                ("al-Assad", true),
                ("O'Brien", false),
                ("Xi'an", false),
                ("Houthis", true),
                ("end", false),
                (".", false)
            ]
        );
    }

    #[test]
    fn numbers_and_punctuation() {
        let t = tokens("3.8 percent, “yes”", 0, 22);
        let texts: Vec<&str> = t.iter().map(|t| t.text).collect();
        assert_eq!(texts, ["3.8", "percent", ",", "“", "yes", "”"]);
    }
}
