//! The writer's lines after the story: a sign-off that is only the reporter's name in bold
//! (Vietnamese and Indonesian dailies sign their stories so), and the author's bio as the
//! story's last paragraph ("*Maria Gomez is a transportation economist at …*").
//!
//! Both sit inside the story's container in the same markup as its paragraphs, so neither
//! class names nor readability tell them apart; their place (last) and form tell.

use super::clean::key;

/// A sign-off names one or two people: no more words than this.
const MAX_NAME_WORDS: usize = 6;

/// A bio is a sentence or three: no more words than this.
const MAX_BIO_WORDS: usize = 80;

/// What follows an author's name at the start of an English bio ("… is a reporter").
const BIO_VERBS: &[&str] = &["is", "was", "writes", "has", "covers", "teaches", "works"];

/// Drops the sign-off and bio blocks at the end of `kept` (Markdown blocks), leaving at
/// least one block; `authors` are the names the page gives its authors.
pub fn trim(kept: &mut Vec<String>, authors: &[String]) {
    while kept.len() > 1 {
        let last = kept.last().map(String::as_str).unwrap_or_default();
        if !(is_bold_name(last) || is_bio(last, authors)) {
            break;
        }
        kept.pop();
    }
}

/// A block that is only a name in bold: "**Minh Anh**", "**Hoài Thu - Võ Hải**".
fn is_bold_name(block: &str) -> bool {
    let Some(inner) = block
        .trim()
        .strip_prefix("**")
        .and_then(|b| b.strip_suffix("**"))
    else {
        return false;
    };
    let words: Vec<&str> = inner
        .split_whitespace()
        .filter(|w| !matches!(*w, "-" | "–" | "&" | "và" | "dan"))
        .collect();
    !words.is_empty()
        && words.len() <= MAX_NAME_WORDS
        && !inner.contains(['*', '.', '!', '?', ':', ';', ',', '[', '(', '@'])
        && !inner.chars().any(|c| c.is_ascii_digit())
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
}

/// An author's bio: a paragraph beginning with one of `authors`, either all in italics or
/// going on with a verb that introduces a person ("… is a transportation economist").
fn is_bio(block: &str, authors: &[String]) -> bool {
    let b = block.trim();
    let italic = ["*", "_"]
        .iter()
        .any(|m| b.starts_with(m) && b.ends_with(m) && !b.starts_with("**") && b.len() > 2);
    let plain = b.trim_matches(['*', '_']).trim();
    if plain.split_whitespace().count() > MAX_BIO_WORDS {
        return false;
    }
    authors.iter().any(|a| {
        let name: Vec<&str> = a.split_whitespace().collect();
        let words: Vec<&str> = plain.split_whitespace().collect();
        if name.len() < 2 || words.len() <= name.len() {
            return false;
        }
        let starts = name
            .iter()
            .zip(&words)
            .all(|(n, w)| key(n) == key(w.trim_end_matches([',', '.'])));
        starts
            && (italic
                || BIO_VERBS
                    .iter()
                    .any(|v| words[name.len()].eq_ignore_ascii_case(v)))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn trimmed(blocks: &[&str], authors: &[&str]) -> Vec<String> {
        let mut kept: Vec<String> = blocks.iter().map(|b| b.to_string()).collect();
        let authors: Vec<String> = authors.iter().map(|a| a.to_string()).collect();
        trim(&mut kept, &authors);
        kept
    }

    #[test]
    fn a_bold_name_after_the_story_goes() {
        let story = "Đây là tuyến metro thứ ba của Hà Nội được khởi công.";
        assert_eq!(trimmed(&[story, "**Minh Anh**"], &[]), [story]);
        assert_eq!(trimmed(&[story, "**Hoài Thu - Võ Hải**"], &[]), [story]);
        // A bold sentence or a bold label is the story's, and the story is never emptied.
        for kept in [
            "**The vote is next month.**",
            "**Update 2: the line reopened**",
        ] {
            assert_eq!(trimmed(&[story, kept], &[]).len(), 2, "{kept}");
        }
        assert_eq!(trimmed(&["**Minh Anh**"], &[]).len(), 1);
    }

    #[test]
    fn the_authors_bio_goes() {
        let story = "The council votes on the plan next month.";
        let bio = "*Maria Gomez is a transportation economist at Lakeshore University.*";
        assert_eq!(trimmed(&[story, bio], &["Maria Gomez"]), [story]);
        let plain = "Maria Gomez is a transportation economist at Lakeshore University.";
        assert_eq!(trimmed(&[story, plain], &["Maria Gomez"]), [story]);
        // Not without the author's name, nor a paragraph about the author's own doings.
        assert_eq!(trimmed(&[story, bio], &["Sam Cole"]).len(), 2);
        let about = "Maria Gomez said the plan would pass.";
        assert_eq!(trimmed(&[story, about], &["Maria Gomez"]).len(), 2);
    }
}
