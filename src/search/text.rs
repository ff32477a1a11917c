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

/// Splits `text` into index words, calling `f` for each; `stop` (sorted) lists words to drop.
pub fn words(text: &str, stop: &[&str], mut f: impl FnMut(&str)) {
    let lower = text.to_lowercase();
    let mut word = String::new();
    // Stop words are short: only short words need the (linear) look-up.
    let longest_stop = stop.iter().map(|s| s.len()).max().unwrap_or(0);
    let mut flush = |w: &mut String| {
        let keep = w.len() > 1 && (w.len() > 4 || w.chars().nth(1).is_some())
            || w.chars().all(|c| c.is_numeric());
        if !w.is_empty() && keep && (w.len() > longest_stop || !is_stop(stop, w)) {
            f(w);
        }
        w.clear();
    };
    for c in lower.chars() {
        if c.is_ascii_alphanumeric() {
            word.push(c);
        } else if c.is_ascii() {
            flush(&mut word);
        } else if c.is_alphanumeric() {
            match FOLD.get(&c) {
                Some(a) => word.push_str(a),
                None => word.push(c),
            }
        } else {
            flush(&mut word);
        }
    }
    flush(&mut word);
}

/// Whether `w` is in the sorted list `stop`: a binary search, as a linear scan's string
/// compares were a visible share of indexing time.
fn is_stop(stop: &[&str], w: &str) -> bool {
    debug_assert!(stop.windows(2).all(|p| p[0] < p[1]), "stop words unsorted");
    stop.binary_search(&w).is_ok()
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
        words(t, STOP_WORDS, |w| v.push(w.to_string()));
        v
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
}
