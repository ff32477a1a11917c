//! The writer's lines after the story: a sign-off that is only the reporter's name in bold
//! (Vietnamese and Indonesian dailies sign their stories so), a press office signing an
//! institution's release ("**Biroul de presă al Guvernului**", "*Пресс-служба министерства
//! …*"), a release's boilerplate about its issuer, and the author's bio as the story's last
//! paragraph ("*Maria Gomez is a transportation economist at …*").
//!
//! All sit inside the story's container in the same markup as its paragraphs, so neither
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
    cut_boilerplate(kept);
    while kept.len() > 1 {
        let last = kept.last().map(String::as_str).unwrap_or_default();
        if !(is_bold_name(last) || is_bio(last, authors) || is_press_office(last)) {
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

/// Headings that open a release's boilerplate about the issuer, before its name
/// ("About Lakeshore Optics", "À propos de Sentinelles de l'Estran", "Über die Stadtwerke").
const ABOUT: &[&str] = &[
    "about ",
    "à propos de ",
    "à propos d'",
    "à propos d’",
    "a propos de ",
    "über ",
    "acerca de ",
    "sobre ",
    "informazioni su ",
    "a proposito di ",
    "over ",
    "despre ",
];

/// A release's boilerplate and what follows it (forward-looking statements, contacts) is
/// short: no more blocks and words than these from its heading to the end.
const MAX_BOILERPLATE_BLOCKS: usize = 6;
const MAX_BOILERPLATE_WORDS: usize = 300;

/// Cuts a press release's closing boilerplate: from a heading (Markdown or wholly bold)
/// "About X" whose X is a name (capitalised) and whose next block names X in its first
/// words ("Lakeshore Optics, Inc. designs …", "Fondée en 2009, Sentinelles de l'Estran est
/// …") to the end, when that tail is short and at least two blocks of story precede it.
/// "About the study" is no name, so a story's own closing section stays.
fn cut_boilerplate(kept: &mut Vec<String>) {
    let n = kept.len();
    let Some(at) = (2..n.saturating_sub(1)).rev().find(|&i| {
        n - i <= MAX_BOILERPLATE_BLOCKS
            && about_heading(&kept[i]).is_some_and(|name| names_early(&kept[i + 1], &name))
    }) else {
        return;
    };
    let words: usize = kept[at..]
        .iter()
        .map(|b| b.split_whitespace().count())
        .sum();
    if words <= MAX_BOILERPLATE_WORDS {
        kept.truncate(at);
    }
}

/// The name after "About" in a heading block, when it is one.
fn about_heading(block: &str) -> Option<String> {
    let b = block.trim();
    let inner = if let Some(h) = b.strip_prefix('#') {
        h.trim_start_matches('#').trim()
    } else {
        b.strip_prefix("**")?.strip_suffix("**")?.trim()
    };
    if inner.split_whitespace().count() > 8 || inner.ends_with(['.', '!', '?']) {
        return None;
    }
    let lower = inner.to_lowercase();
    let label = ABOUT.iter().find(|a| lower.starts_with(*a))?;
    let name = inner.get(label.len()..)?.trim();
    let name = name
        .strip_prefix("the ")
        .or_else(|| name.strip_prefix("die "))
        .or_else(|| name.strip_prefix("der "))
        .or_else(|| name.strip_prefix("das "))
        .unwrap_or(name);
    name.chars()
        .next()
        .is_some_and(char::is_uppercase)
        .then(|| key(name))
}

/// Whether `block` names `name` (a key) within its first words.
fn names_early(block: &str, name: &str) -> bool {
    let head: Vec<&str> = block.split_whitespace().take(15).collect();
    !name.is_empty() && key(&head.join(" ")).contains(name)
}

/// How a press office names itself at the start of its sign-off, in the languages of the
/// institutions whose releases curators collect (lower case).
const PRESS_OFFICES: &[&str] = &[
    "press office",
    "press service",
    "press team",
    "media office",
    "media relations",
    "communications office",
    "пресс-служба",
    "прес-служба",
    "пресс-центр",
    "прес-центр",
    "biroul de presă",
    "biroul de presa",
    "serviciul de presă",
    "pressestelle",
    "pressebüro",
    "service de presse",
    "bureau de presse",
    "oficina de prensa",
    "gabinete de prensa",
    "gabinete de imprensa",
    "assessoria de imprensa",
    "ufficio stampa",
    "biuro prasowe",
    "persdienst",
    "basın birimi",
    "basın ofisi",
    "biro pers",
    "tiskové oddělení",
    "sajtóiroda",
];

/// A press office's sign-off is a name, perhaps with its institution's: no longer than this.
const MAX_OFFICE_WORDS: usize = 15;

/// A block wholly in bold or italics naming a press office ([`PRESS_OFFICES`]) and nothing
/// else: no sentence, no digits (a phone line is a contact, which other rules weigh).
fn is_press_office(block: &str) -> bool {
    let b = block.trim();
    let emphasised = ["**", "*", "_"]
        .iter()
        .any(|m| b.len() > 2 * m.len() && b.starts_with(m) && b.ends_with(m));
    let inner = b.trim_matches(['*', '_']).trim();
    let lower = inner.to_lowercase();
    emphasised
        && inner.split_whitespace().count() <= MAX_OFFICE_WORDS
        && !inner.contains(['*', '!', '?', ':', ';', '@'])
        && !inner.trim_end_matches('.').contains('.')
        && !inner.chars().any(|c| c.is_ascii_digit())
        && PRESS_OFFICES.iter().any(|p| lower.starts_with(p))
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
    fn a_releases_boilerplate_about_its_issuer_goes_to_the_end() {
        let story = [
            "ROCHESTER, N.Y.--(BUSINESS WIRE)--Lakeshore Optics today announced a plant.",
            "Construction is expected to begin in 2026.",
        ];
        let tail = [
            "**About Lakeshore Optics**",
            "Lakeshore Optics, Inc. designs and manufactures precision optical components.",
            "**Forward-Looking Statements**",
            "This press release contains forward-looking statements.",
        ];
        let all: Vec<&str> = story.iter().chain(&tail).copied().collect();
        assert_eq!(trimmed(&all, &[]), story);
        let ngo = [
            story[0],
            story[1],
            "### À propos de Sentinelles de l’Estran",
            "Fondée en 2009 à Vannes, Sentinelles de l’Estran est une association.",
        ];
        assert_eq!(trimmed(&ngo, &[]), story);
        // A story's closing section about a study, or a heading the next block does not
        // name, stays.
        for heading in ["## About the study", "**About Brookfield**"] {
            let blocks = [
                story[0],
                story[1],
                heading,
                "The study was published in March.",
            ];
            assert_eq!(trimmed(&blocks, &[]).len(), 4, "{heading}");
        }
    }

    #[test]
    fn a_press_office_signing_a_release_goes() {
        let story = "Consiliile județene vor asigura o cofinanțare de 10%.";
        for office in [
            "**Biroul de presă al Guvernului**",
            "*Пресс-служба министерства транспорта и дорожного хозяйства Новосибирской области*",
            "_Press Office, City of Brookfield_",
        ] {
            assert_eq!(trimmed(&[story, office], &[]), [story], "{office}");
        }
        // Not in plain text, nor a sentence about the office, nor its phone line.
        for kept in [
            "Biroul de presă al Guvernului",
            "**The press office said the report would follow.**",
            "*Press office: +40 21 555 0100*",
        ] {
            assert_eq!(trimmed(&[story, kept], &[]).len(), 2, "{kept}");
        }
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
