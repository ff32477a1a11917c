//! Sentence splitting for news English: abbreviations (Mr., Gov., U.S.), initials
//! (Antony J. Blinken), decimals, ellipses and closing quotes do not end a sentence
//! unless what follows plainly starts a new one.

/// Titles and abbreviations that never end a sentence: a name or number always follows.
const NEVER_FINAL: &[&str] = &[
    "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Gov", "Sen", "Rep", "Gen", "Lt", "Col", "Sgt", "Capt",
    "Cmdr", "Adm", "Maj", "Cpl", "Pvt", "Rev", "Fr", "Sr", "Hon", "Pres", "Supt", "Insp", "Det",
    "Amb", "Atty", "Msgr", "St", "Mt", "Ft", "No", "Nos", "Vol", "vol", "pp", "Jan", "Feb", "Mar",
    "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "vs", "v", "cf", "e.g", "i.e",
    "approx", "Gens", "Reps", "Sens", "Govs", "Dept", "Ave", "Blvd", "Rd", "Ph", "Esq",
    // Polish and Russian: "named after", street, saint, priest ("liceum im. Jana Pawła II").
    "im", "ul", "św", "ks", "им", "ул",
];

/// Abbreviations that may end a sentence ("... sanctions by the U.S. The move ...").
const MAYBE_FINAL: &[&str] = &[
    "U.S", "U.K", "U.N", "E.U", "D.C", "U.S.A", "a.m", "p.m", "Inc", "Corp", "Ltd", "Co", "Jr",
    "etc", "Bros", "L.A", "N.Y", "S.A", "Ph.D", "B.C", "A.D",
];

/// Words that start sentences and rarely follow an abbreviation mid-sentence.
const STARTERS: &[&str] = &[
    "The",
    "A",
    "An",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "You",
    "But",
    "And",
    "In",
    "On",
    "At",
    "This",
    "That",
    "These",
    "Those",
    "His",
    "Her",
    "Its",
    "Their",
    "Our",
    "There",
    "As",
    "After",
    "Before",
    "When",
    "While",
    "If",
    "For",
    "Since",
    "Some",
    "Many",
    "Most",
    "Officials",
    "Mr.",
    "Mrs.",
    "Ms.",
    "Dr.",
    "Yet",
    "So",
    "Still",
    "Meanwhile",
    "However",
    "Also",
    "Last",
    "On",
    "Under",
    "With",
    "By",
    "Earlier",
    "Later",
    "Now",
    "Then",
    "Both",
    "Neither",
    "One",
];

/// Splits `text` into sentences, returned as byte ranges with surrounding whitespace trimmed.
/// Paragraph breaks (blank lines) always end a sentence.
pub fn split(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut offset = 0;
    for para in text.split_inclusive('\n') {
        let end = offset + para.len();
        if para.trim().is_empty() {
            push_trimmed(text, start, offset, &mut out);
            start = end;
        }
        offset = end;
    }
    push_trimmed(text, start, text.len(), &mut out);
    // Each block is split further at sentence ends; blocks joined by single newlines
    // (hard-wrapped prose) stay one block.
    let mut sentences = Vec::with_capacity(out.len() * 4);
    for (s, e) in out {
        split_block(text, s, e, &mut sentences);
    }
    sentences
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<(usize, usize)>) {
    let slice = &text[start..end];
    let lead = slice.len() - slice.trim_start().len();
    let trail = slice.len() - slice.trim_end().len();
    if lead < slice.len() {
        out.push((start + lead, end - trail));
    }
}

fn split_block(text: &str, start: usize, end: usize, out: &mut Vec<(usize, usize)>) {
    let block = &text[start..end];
    let bytes = block.as_bytes();
    let mut sent_start = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        // Full-width and other scripts' marks (。！？ ؟ ۔ ।) end a sentence wherever they
        // stand: what follows needs no space and has no capital.
        if b >= 0xD8
            && let Some(c) = block[i..].chars().next()
            && is_script_end(c)
        {
            let mut j = i + c.len_utf8();
            while let Some(n) = block[j..].chars().next() {
                if is_script_end(n) || is_script_close(n) {
                    j += n.len_utf8();
                } else {
                    break;
                }
            }
            push_trimmed(text, start + sent_start, start + j, out);
            sent_start = j;
            i = j;
            continue;
        }
        let is_end =
            matches!(b, b'.' | b'!' | b'?') || (b == 0xE2 && block[i..].starts_with('\u{2026}'));
        if !is_end {
            i += 1;
            continue;
        }
        // The end mark run: "?!", "...", "…", then closing quotes and brackets.
        let mark = i;
        let mut j = i;
        while j < bytes.len() {
            let rest = &block[j..];
            let c = rest.chars().next().unwrap_or(' ');
            if matches!(
                c,
                '.' | '!' | '?' | '\u{2026}' | '"' | '\'' | '\u{201D}' | '\u{2019}' | ')' | ']'
            ) {
                j += c.len_utf8();
            } else {
                break;
            }
        }
        let after = &block[j..];
        let next_word_start = after.trim_start();
        let has_space = after.len() != next_word_start.len();
        if !has_space && !after.is_empty() {
            // "3.5", "U.S.-China", "example.com": not an end.
            i = j.max(i + 1);
            continue;
        }
        if after.is_empty() || ends_sentence(block, mark, j, next_word_start) {
            push_trimmed(text, start + sent_start, start + j, out);
            sent_start = j;
        }
        i = j.max(i + 1);
    }
    if sent_start < block.len() {
        push_trimmed(text, start + sent_start, end, out);
    }
}

/// Sentence-final marks of scripts other than Latin.
fn is_script_end(c: char) -> bool {
    matches!(
        c,
        '\u{3002}'
            | '\u{FF01}'
            | '\u{FF1F}'
            | '\u{FF61}'
            | '\u{061F}'
            | '\u{06D4}'
            | '\u{0964}'
            | '\u{0965}'
    )
}

/// Closing quotes and brackets that stay with the sentence before them (」』）”).
fn is_script_close(c: char) -> bool {
    matches!(
        c,
        '\u{300D}'
            | '\u{300F}'
            | '\u{FF09}'
            | '\u{201D}'
            | '\u{2019}'
            | '\u{3011}'
            | '\u{300B}'
            | '"'
            | ')'
    )
}

/// Decides whether the mark at `mark` (run ending at `run_end`) closes a sentence.
fn ends_sentence(block: &str, mark: usize, run_end: usize, next: &str) -> bool {
    let first = next.chars().next().unwrap_or(' ');
    // Scripts without case (Arabic, Hebrew, Thai, Han) open sentences with any letter.
    let opens = first.is_uppercase()
        || (first.is_alphabetic() && !first.is_lowercase())
        || first.is_ascii_digit()
        || matches!(
            first,
            '"' | '\u{201C}' | '\'' | '\u{2018}' | '(' | '[' | '-' | '\u{2014}'
        );
    if !opens {
        return false;
    }
    let run = &block[mark..run_end];
    if !run.starts_with('.') || run.starts_with("...") {
        // "!" and "?" end a sentence before a capital; so does an ellipsis.
        return !run.starts_with("...") || first.is_uppercase();
    }
    // The word before the period decides: abbreviations and initials usually don't end.
    let word = last_word(&block[..mark]);
    if word.is_empty() {
        return true;
    }
    let next_word: &str = next.split(|c: char| c.is_whitespace()).next().unwrap_or("");
    if NEVER_FINAL.contains(&word) {
        return false;
    }
    let single_initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
    if single_initial {
        // "Antony J. Blinken": an initial followed by a capitalised name.
        return STARTERS.contains(&next_word);
    }
    if MAYBE_FINAL.contains(&word) || is_dotted_acronym(word) {
        return STARTERS.contains(&next_word);
    }
    true
}

/// The word just before `end` (letters, digits, inner dots and apostrophes).
fn last_word(s: &str) -> &str {
    let trimmed = s;
    let start = trimmed
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '.' || c == '\'' || c == '\u{2019}'))
        .map(|(i, c)| i + c.len_utf8())
        .unwrap_or(0);
    trimmed[start..].trim_start_matches('.')
}

/// "U.S", "N.A.T.O": single letters joined by dots.
fn is_dotted_acronym(word: &str) -> bool {
    word.len() >= 3
        && word
            .split('.')
            .all(|p| p.chars().count() == 1 && p.chars().all(char::is_alphabetic))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sents(t: &str) -> Vec<&str> {
        split(t).into_iter().map(|(s, e)| &t[s..e]).collect()
    }

    #[test]
    fn abbreviations_and_initials_do_not_split() {
        assert_eq!(
            sents("Uczniowie z liceum im. Jana Pawła II. Przyszli też goście."),
            [
                "Uczniowie z liceum im. Jana Pawła II.",
                "Przyszli też goście."
            ]
        );
        assert_eq!(
            sents("Mr. Smith met Dr. J. Jones in Washington, D.C. on Jan. 5. They talked."),
            [
                "Mr. Smith met Dr. J. Jones in Washington, D.C. on Jan. 5.",
                "They talked."
            ]
        );
        assert_eq!(
            sents(
                "Secretary of State Antony J. Blinken met Gov. Kemp and Sen. Ossoff. Later, Mrs. Ng left."
            ),
            [
                "Secretary of State Antony J. Blinken met Gov. Kemp and Sen. Ossoff.",
                "Later, Mrs. Ng left."
            ]
        );
    }

    #[test]
    fn acronym_at_sentence_end_splits_before_a_starter() {
        assert_eq!(
            sents(
                "Sanctions were imposed by the U.S. The move angered Beijing. The U.N. Security Council met."
            ),
            [
                "Sanctions were imposed by the U.S.",
                "The move angered Beijing.",
                "The U.N. Security Council met."
            ]
        );
        assert_eq!(
            sents("The U.S. Navy sailed. Ferdinand Marcos Jr. spoke."),
            ["The U.S. Navy sailed.", "Ferdinand Marcos Jr. spoke."]
        );
    }

    #[test]
    fn quotes_decimals_and_ellipses() {
        assert_eq!(
            sents(
                "He said, “We will win.” She disagreed. Inflation was 3.8 percent... or so. Prices rose… Then fell!"
            ),
            [
                "He said, “We will win.”",
                "She disagreed.",
                "Inflation was 3.8 percent... or so.",
                "Prices rose…",
                "Then fell!"
            ]
        );
        assert_eq!(
            sents("“Is it over?” he asked. No."),
            ["“Is it over?” he asked.", "No."]
        );
    }

    #[test]
    fn paragraphs_always_split() {
        assert_eq!(
            sents("First para without stop\n\nSecond one. Two"),
            ["First para without stop", "Second one.", "Two"]
        );
        assert!(split("").is_empty());
        assert!(split("  \n\n ").is_empty());
    }

    #[test]
    fn scripts_without_spaces_or_case_split_on_their_own_marks() {
        assert_eq!(
            sents("政府周二宣布提高税收。企业表示反对！这会怎样？"),
            ["政府周二宣布提高税收。", "企业表示反对！", "这会怎样？"]
        );
        assert_eq!(
            sents("「地震だ」と彼は言った。東京は無事だった。"),
            ["「地震だ」と彼は言った。", "東京は無事だった。"]
        );
        assert_eq!(
            sents("أعلنت الحكومة القرار. ورفضت المعارضة ذلك؟ نعم"),
            ["أعلنت الحكومة القرار.", "ورفضت المعارضة ذلك؟", "نعم"]
        );
        assert_eq!(
            sents("הממשלה הודיעה על כך. האופוזיציה התנגדה."),
            ["הממשלה הודיעה על כך.", "האופוזיציה התנגדה."]
        );
    }
}
