//! Words for the search index. The browser (`search.js`) splits queries the same way: lower
//! case, Latin letters folded by the table shipped in `meta.json`, words of letters and digits
//! split at anything else (apostrophes too), one-letter words and stop words dropped.

use std::collections::BTreeMap;
use std::sync::LazyLock;

/// English words too common to search by; used when the site's language is English.
pub const STOP_WORDS: &[&str] = &[
    "a", "an", "and", "are", "as", "at", "be", "been", "but", "by", "for", "from", "had", "has",
    "have", "he", "her", "his", "in", "into", "is", "it", "its", "of", "on", "or", "said", "she",
    "that", "the", "their", "they", "this", "to", "was", "were", "which", "who", "will", "with",
];

/// Lower-case Latin letters with diacritics (U+00C0–U+024F) and their ASCII spelling.
pub static FOLD: LazyLock<BTreeMap<char, String>> = LazyLock::new(|| {
    let mut m = BTreeMap::new();
    for c in '\u{c0}'..='\u{24f}' {
        if !c.is_alphabetic() || !c.is_lowercase() {
            continue;
        }
        if let Some(ascii) = deunicode::deunicode_char(c) {
            let ascii = ascii.to_lowercase();
            if !ascii.is_empty()
                && ascii.chars().all(|a| a.is_ascii_alphanumeric())
                && ascii != c.to_string()
            {
                m.insert(c, ascii);
            }
        }
    }
    m
});

/// A stop list ready for look-ups: every word is checked against it, so words of up to
/// eight bytes (all of the English list) are packed into integers and hashed as such; a
/// binary search over strings spent most of its time in `memcmp` calls, and one over the
/// packed integers still cost 13 ns a word in mispredicted branches.
pub struct StopWords<'a> {
    /// The list as given (sorted), for `meta.json`.
    pub list: &'a [&'a str],
    /// Words of up to eight bytes, packed by [`pack`].
    packed: rustc_hash::FxHashSet<u64>,
    /// Longer words, sorted.
    long: Vec<&'a str>,
    /// The length of the longest word: longer words need no look-up.
    longest: usize,
}

impl<'a> StopWords<'a> {
    /// Prepares the sorted list `list`.
    pub fn new(list: &'a [&'a str]) -> Self {
        debug_assert!(list.windows(2).all(|p| p[0] < p[1]), "stop words unsorted");
        let packed = list.iter().filter_map(|w| pack(w)).collect();
        let long = list.iter().copied().filter(|w| w.len() > 8).collect();
        let longest = list.iter().map(|s| s.len()).max().unwrap_or(0);
        StopWords {
            list,
            packed,
            long,
            longest,
        }
    }

    /// Whether `w` is a stop word.
    pub fn contains(&self, w: &str) -> bool {
        if w.len() > self.longest {
            return false;
        }
        match pack(w) {
            Some(key) => self.packed.contains(&key),
            None => self.long.binary_search(&w).is_ok(),
        }
    }
}

/// `w` as one integer when it has at most eight bytes (zero-padded; no word contains NUL).
fn pack(w: &str) -> Option<u64> {
    let b = w.as_bytes();
    if b.len() > 8 {
        return None;
    }
    let mut buf = [0u8; 8];
    buf[..b.len()].copy_from_slice(b);
    Some(u64::from_le_bytes(buf))
}

/// Splits `text` into index words, calling `f` for each; words in `stop` are dropped.
pub fn words(text: &str, stop: &StopWords<'_>, f: impl FnMut(&str)) {
    // Lower case as it is read: a lowered copy of every article's text cost a pass and an
    // allocation the size of the text. `str::to_lowercase` differs from lowering char by char
    // only for a capital sigma (final or not by its neighbours), so Greek text with one takes
    // the copy.
    if memchr::memmem::find(text.as_bytes(), "Σ".as_bytes()).is_some() {
        split(text.to_lowercase().chars(), stop, f);
    } else {
        split_text(text, stop, f);
    }
}

/// What [`split`] does with the chars of `text` lowered one by one, with runs of ASCII
/// letters and digits read as bytes: decoding and lowering every char of mostly ASCII text
/// was about half of tokenising it. A lower-case ASCII word between two ASCII separators
/// is handed out as a slice of `text`, without copying it.
fn split_text(text: &str, stop: &StopWords<'_>, mut f: impl FnMut(&str)) {
    let bytes = text.as_bytes();
    let mut word = String::new();
    let mut at = 0;
    while at < bytes.len() {
        let b = bytes[at];
        if b.is_ascii_alphanumeric() {
            let start = at;
            let mut upper = false;
            while at < bytes.len() && bytes[at].is_ascii_alphanumeric() {
                upper |= bytes[at].is_ascii_uppercase();
                at += 1;
            }
            let run = &text[start..at];
            let ends_word = at == bytes.len() || bytes[at].is_ascii();
            if word.is_empty() && !upper && ends_word {
                keep_word(run, stop, &mut f);
            } else if upper {
                word.extend(run.bytes().map(|c| char::from(c.to_ascii_lowercase())));
            } else {
                word.push_str(run);
            }
        } else if b.is_ascii() {
            flush(&mut word, stop, &mut f);
            at += 1;
        } else {
            let c = text[at..].chars().next().expect("a char starts here");
            at += c.len_utf8();
            for c in c.to_lowercase() {
                push_char(c, &mut word, stop, &mut f);
            }
        }
    }
    flush(&mut word, stop, &mut f);
}

/// [`words`] of text already in lower case.
fn split(lower: impl Iterator<Item = char>, stop: &StopWords<'_>, mut f: impl FnMut(&str)) {
    let mut word = String::new();
    for c in lower {
        push_char(c, &mut word, stop, &mut f);
    }
    flush(&mut word, stop, &mut f);
}

/// Adds the lower-case char `c` to `word`, or ends the word there.
fn push_char(c: char, word: &mut String, stop: &StopWords<'_>, f: &mut impl FnMut(&str)) {
    if c.is_ascii_alphanumeric() {
        word.push(c);
    } else if c.is_ascii() {
        flush(word, stop, f);
    } else if c.is_alphanumeric() {
        match FOLD.get(&c) {
            Some(a) => word.push_str(a),
            None => word.push(c),
        }
    } else {
        flush(word, stop, f);
    }
}

/// Hands out `word` if it is one to index, and empties it.
fn flush(word: &mut String, stop: &StopWords<'_>, f: &mut impl FnMut(&str)) {
    keep_word(word, stop, f);
    word.clear();
}

/// Calls `f` with `w` unless it is empty, one letter, or a stop word (a lone digit stays).
fn keep_word(w: &str, stop: &StopWords<'_>, f: &mut impl FnMut(&str)) {
    let keep = w.len() > 1 && (w.len() > 4 || w.chars().nth(1).is_some())
        || w.chars().all(|c| c.is_numeric());
    if !w.is_empty() && keep && !stop.contains(w) {
        f(w);
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn stop_words_are_sorted_for_binary_search() {
        assert!(super::STOP_WORDS.windows(2).all(|p| p[0] < p[1]));
    }

    use super::*;

    fn all(t: &str) -> Vec<String> {
        let mut v = Vec::new();
        words(t, &StopWords::new(STOP_WORDS), |w| v.push(w.to_string()));
        v
    }

    #[test]
    fn words_lower_case_as_the_whole_text_would() {
        let stop = StopWords::new(STOP_WORDS);
        let by = |lower: &mut dyn Iterator<Item = char>| {
            let mut v = Vec::new();
            split(lower, &stop, |w| v.push(w.to_string()));
            v
        };
        // Letters that lower to two, title case, ligatures, full-width forms, Greek tonos.
        for t in [
            "İstanbul ǅemal ẞtraße ΌΨΗ ΆΛΛΟΙ",
            "İİ ǅ Ǆ ﬃ Ａ１ Ωmega",
            "plain ASCII, 42 words",
        ] {
            let whole = by(&mut t.to_lowercase().chars());
            assert_eq!(
                by(&mut t.chars().flat_map(char::to_lowercase)),
                whole,
                "{t}"
            );
            assert_eq!(all(t), whole, "{t}");
        }
        // Capital sigma lowers by its neighbours (final ς): the whole text is lowered.
        let t = "ΟΔΟΣ ΣΟΦΟΣ ΑΣΣ";
        assert_eq!(all(t), by(&mut t.to_lowercase().chars()));
        assert_ne!(
            by(&mut t.chars().flat_map(char::to_lowercase)),
            by(&mut t.to_lowercase().chars()),
            "char by char would differ here"
        );
    }

    /// Words as [`split`] gives them for `t` lowered char by char (the reference).
    fn by_chars(t: &str) -> Vec<String> {
        let mut v = Vec::new();
        split(
            t.chars().flat_map(char::to_lowercase),
            &StopWords::new(STOP_WORDS),
            |w| v.push(w.to_string()),
        );
        v
    }

    #[test]
    fn byte_runs_split_as_chars_do() {
        for t in [
            "The MAYOR's café, São Paulo; 5 x 42 İstanbul KELVIN \u{212a}elvin",
            "caféS Café ÉCOLE naïveTÉ aÆb Ωmega ΑΘΗΝΑ 10km 3½ x\u{301}y",
            "ends in ASCII Word",
            "é",
            "",
        ] {
            assert_eq!(all(t), by_chars(t), "{t}");
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]
        #[test]
        fn byte_runs_split_as_chars_do_anywhere(
            t in "[a-zA-Z0-9 ,.'’\\-éÉèİıǅẞßΩωÆﬃ１\u{212a}\u{301}½\u{4e2d}]{0,40}"
        ) {
            proptest::prop_assert_eq!(all(&t), by_chars(&t));
        }
    }

    #[test]
    fn words_fold_split_and_drop() {
        assert_eq!(
            all("São Paulo’s MAYOR met the Straße-Ærø team in 2024, a 5% rise."),
            [
                "sao", "paulo", "mayor", "met", "strasse", "aero", "team", "2024", "5", "rise"
            ]
        );
        assert_eq!(all("Ελλάδα ΟΔΟΣ"), ["ελλάδα", "οδος"]);
    }

    #[test]
    fn stop_words_found_by_length_and_bytes() {
        let stop = StopWords::new(&["an", "extraordinarily", "the", "théâtre"]);
        for w in ["an", "the", "théâtre", "extraordinarily"] {
            assert!(stop.contains(w), "{w}");
        }
        for w in [
            "a",
            "and",
            "th",
            "them",
            "théâtr",
            "extraordinary",
            "extraordinarilyy",
            "",
        ] {
            assert!(!stop.contains(w), "{w}");
        }
        assert!(!StopWords::new(&[]).contains("the"));
    }
}
