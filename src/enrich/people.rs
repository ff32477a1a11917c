//! People recognition: capitalised phrases are cut into candidate names, stripped of
//! titles, honorifics, demonyms and places ("Chinese Foreign Minister Wang Yi" → Wang Yi),
//! rejected when they are organisations, places, events or nationalities, and resolved
//! within the article ("Mr. Blinken" → Antony J. Blinken, "Mr. Wang" → Wang Yi).
//! English text only (see `people_other` for the rest). A multi-word phrase must stand on
//! evidence: a title, honorific or role cue, a known given name (`data/given_names.txt`),
//! the registry, a speech verb before it, a description in apposition after it ("…, a
//! trader"), "of" and a place after it, or its surname used again alone. Capitals alone make
//! headings, products and page furniture ("Ad Feedback", "Magic Mouse"), not people.

use super::lexicon::{
    APPOSITION_NOUNS, FAMILY_FIRST, GIVEN_NAMES, HEAD_TITLES, HONORIFICS, KEEP_TITLE, NOT_NAME,
    ORG_NOUNS, ORG_WORDS, PARTICLES, PLACE_FIRST, PLACE_NOUNS, PLACE_PREPOSITIONS, REGNAL_TITLES,
    ROLE_CUES, SPEECH_VERBS, STOP_CAPS, SUFFIXES, THING_NOUNS, TIME_WORDS, TITLES, WordSet,
    is_acronym, is_capitalised, is_dotted_initials, is_given_name, is_initial, is_role_noun,
};
use super::registry::Registry;
use super::tokens::{Token, tokens};

/// Lower-case particles that a capitalised form may stand for at a sentence's start.
pub const PARTICLE_WORDS: &[&str] = &[
    "van", "von", "de", "der", "den", "da", "di", "du", "del", "la", "le",
];

/// A person found in an article.
#[derive(Debug, Clone, PartialEq)]
pub struct Person {
    /// The fullest name the article (or the registry) gives.
    pub name: String,
    /// Every mention: byte span and the rule that produced it.
    pub mentions: Vec<PersonMention>,
    /// Introduced by a royal title somewhere, so "Prince Mohammed" may refer to them.
    pub regnal: bool,
}

/// One mention of a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PersonMention {
    /// Byte offset of the name.
    pub start: usize,
    /// Byte offset past the name.
    pub end: usize,
    /// The rule ("person:title", "person:coreference", …).
    pub rule: &'static str,
}

/// Why a phrase was taken as a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cue {
    None,
    Honorific,
    Title(&'static str),
    Role,
}

/// A candidate name cut from a sentence.
#[derive(Debug, Clone)]
struct Candidate {
    start: usize,
    end: usize,
    words: Vec<String>,
    cue: Cue,
    rule: &'static str,
    /// One name word (plus suffixes or a royal title): resolved against full names.
    single: bool,
    /// The word a one-word mention is matched by.
    key: String,
    /// Introduced by a royal or papal title ("Prince Mohammed").
    regnal: bool,
}

/// Finds the people of an article. `text` holds the title, then a blank line, then the
/// subheadings (from `zones.0`) and the body (from `zones.1`); `sentences` are byte ranges of `text`; `places` are
/// spans of place names (so "Chinese President Xi Jinping" loses its demonym).
pub fn detect(
    text: &str,
    sentences: &[(usize, usize)],
    zones: (usize, usize),
    places: &[(usize, usize)],
    registry: &Registry,
) -> Vec<Person> {
    let (heading_start, body_start) = zones;
    let mut full: Vec<Candidate> = Vec::new();
    let mut singles: Vec<Candidate> = Vec::new();
    let mut heading_full: Vec<Candidate> = Vec::new();
    let mut heading_singles: Vec<Candidate> = Vec::new();
    let mut all_tokens: Vec<Vec<Token<'_>>> = Vec::with_capacity(sentences.len());
    for &(s, e) in sentences {
        let toks = tokens(text, s, e);
        if s >= body_start {
            cut_candidates(&toks, places, registry, &mut full, &mut singles);
        } else if s >= heading_start {
            cut_candidates(
                &toks,
                places,
                registry,
                &mut heading_full,
                &mut heading_singles,
            );
        }
        all_tokens.push(toks);
    }
    // A name in a subheading stands only on a later mention in the body ("3. Anna
    // Karenina, by Leo Tolstoy" … "Tolstoy's Russia"): headings capitalise every word.
    for mut c in heading_full {
        // A cue or a known given name of either list ("1. Mira Murati, Thinking Machines
        // Lab" … "Murati says"); the body's use of the surname is checked below.
        let named = c.cue != Cue::None || c.words.first().is_some_and(|w| known_given(w));
        c.rule = if c.rule != UNEVIDENCED && named {
            IN_HEADING_NAMED
        } else {
            IN_HEADING
        };
        full.push(c);
    }
    full.sort_by_key(|c| c.start);
    let mut people = merge_full(full);
    resolve_singles(&mut people, singles, registry);
    claim_surnames(&mut people, &all_tokens);
    // A capitalised phrase with nothing else for it (no cue, known given name, registry
    // entry, or its surname used again alone) is a heading, product or page furniture.
    // A word used again "alone" is evidence only where it truly stands alone: not opening
    // a sentence or line (unless a speech verb follows),
    // not before another capitalised word, not after an article ("the Collection"), and
    // not a product's camel case ("ARKit").
    // Headlines capitalise every word, so a word "alone" in the title proves nothing.
    let evidenced: Vec<bool> = people
        .iter()
        .map(|p| {
            // A name known only from a heading, with no evidence of its own, is a heading's
            // capitals even when the body repeats a word of it ("Reaching Riverwood").
            let from_heading = p.mentions.iter().any(|m| m.rule == IN_HEADING)
                && p.mentions.iter().all(|m| {
                    matches!(m.rule, IN_HEADING | "person:surname" | "person:coreference")
                });
            if from_heading {
                return false;
            }
            let surname = p.name.rsplit(' ').next().unwrap_or("");
            p.mentions.iter().any(|m| match m.rule {
                UNEVIDENCED | IN_HEADING => false,
                // A heading's name with its own evidence (a known given name, a cue) holds when
                // the body uses its surname.
                IN_HEADING_NAMED => p
                    .mentions
                    .iter()
                    .any(|n| n.start >= body_start && &text[n.start..n.end] == surname),
                "person:surname" | "person:coreference" => {
                    m.start >= body_start
                        && stands_alone(text, m.start, m.end)
                        && !used_in_lower_case(text, &text[m.start..m.end])
                }
                _ => true,
            })
        })
        .collect();
    let keep = listed_with_people(text, &mut people, evidenced);
    let mut keep = keep.into_iter();
    people.retain(|_| keep.next().unwrap_or(false));
    // Bylines ("Author: Julia Hitz") and works cited ("Marcel Niekus et al.", a reference
    // list's "^ Linderman, George C.") name writers, not people in the story.
    for p in &mut people {
        p.mentions
            .retain(|m| !is_byline(text, m.start) && !is_citation(text, m.start, m.end));
    }
    people.retain(|p| !p.mentions.is_empty());
    // Photo credits ("Photograph: Guy Smallman/Getty Images", "REUTERS/Mike Blake") name
    // photographers, not people in the story.
    for p in &mut people {
        p.mentions.retain(|m| !is_credit(text, m.start, m.end));
    }
    people.retain(|p| !p.mentions.is_empty());
    canonicalise(&mut people, registry);
    for p in &mut people {
        p.mentions.sort_by_key(|m| m.start);
    }
    people.sort_by_key(|p| p.mentions.first().map_or(usize::MAX, |m| m.start));
    people
}

/// "Joel Mokyr, Philippe Aghion and Peter Howitt" (after "to"), "saves from Callum
/// Hudson-Odoi and Morgan Gibbs-White": a full name with no evidence of its own is a person when it is listed (a comma, "and",
/// ", and") right beside a full name that has evidence. `evidenced` says which of `people`
/// has it; the result says which to keep. Runs of such names pass it along the list. The
/// unevidenced name must open with a known given name.
fn listed_with_people(text: &str, people: &mut [Person], mut evidenced: Vec<bool>) -> Vec<bool> {
    let joined = |a: &PersonMention, b: &PersonMention| {
        a.end <= b.start && matches!(&text[a.end..b.start], ", " | " and " | ", and ")
    };
    // Only a phrase opened by a known given name: bands and firms are listed beside people
    // too ("Fleetwood Mac and Stevie Nicks").
    let full = |m: &PersonMention| {
        m.rule == UNEVIDENCED
            && text[m.start..m.end]
                .split(' ')
                .next()
                .is_some_and(known_given)
    };
    loop {
        let mut changed = false;
        for n in 0..people.len() {
            if evidenced[n] {
                continue;
            }
            let beside = people[n].mentions.iter().filter(|m| full(m)).any(|m| {
                people.iter().enumerate().any(|(o, q)| {
                    evidenced[o]
                        && o != n
                        && q.name.contains(' ')
                        && q.mentions.iter().any(|x| joined(m, x) || joined(x, m))
                })
            });
            if beside {
                evidenced[n] = true;
                changed = true;
                for m in &mut people[n].mentions {
                    if m.rule == UNEVIDENCED {
                        m.rule = LISTED;
                    }
                }
            }
        }
        if !changed {
            return evidenced;
        }
    }
}

/// The text also writes `word` in lower case, as a word of the language ("colonial
/// aspirations"): the capitalised word used again alone is no surname then.
fn used_in_lower_case(text: &str, word: &str) -> bool {
    let lower = word.to_lowercase();
    lower != word
        && text.match_indices(lower.as_str()).any(|(at, _)| {
            let before = text[..at].chars().next_back();
            let after = text[at + lower.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
}

/// Geographic nouns that, right after a capitalised phrase or before "of" and it, make
/// it a place's name.
const GEO_NOUNS: &[&str] = &[
    "island",
    "islands",
    "river",
    "lake",
    "bay",
    "valley",
    "peninsula",
    "archipelago",
    "province",
    "provinces",
    "state",
    "states",
    "county",
    "counties",
    "district",
    "districts",
    "region",
    "regions",
    "village",
    "town",
    "beach",
    "mountains",
    "mountain",
    "coast",
    "municipality",
    "prefecture",
    "oblast",
];

/// Agencies and picture libraries that follow a photographer's name after a slash.
const PICTURE_AGENCIES: &[&str] = &[
    "Getty",
    "Reuters",
    "REUTERS",
    "AP",
    "AFP",
    "EPA",
    "Shutterstock",
    "Alamy",
    "Bloomberg",
    "dpa",
    "Anadolu",
    "Xinhua",
    "Pool",
    "SOPA",
    "NurPhoto",
    "Redux",
    "Corbis",
    "iStock",
];

/// Words that introduce a photo or illustration credit.
const CREDIT_WORDS: &[&str] = &[
    "Photo",
    "Photos",
    "Photograph",
    "Photographs",
    "Picture",
    "Pictures",
    "Image",
    "Images",
    "Illustration",
    "Credit",
    "Credits",
    "Photography",
    "Video",
    "©",
];

/// A name standing in a photo credit: after "Photo:" or "REUTERS/", or before "/Getty".
fn is_credit(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].trim_end();
    let after = text[end..].trim_start();
    let agency_after = after.strip_prefix('/').is_some_and(|a| {
        PICTURE_AGENCIES
            .iter()
            .any(|g| a.trim_start().starts_with(g))
    }) || after.starts_with("for Getty");
    let agency_before = before
        .strip_suffix('/')
        .is_some_and(|b| PICTURE_AGENCIES.iter().any(|g| b.trim_end().ends_with(g)));
    let credit_before = {
        let b = before
            .strip_suffix(':')
            .or_else(|| before.strip_suffix(" by"))
            .unwrap_or(if before.ends_with('©') { before } else { "" })
            .trim_end();
        !b.is_empty() && CREDIT_WORDS.iter().any(|w| b.ends_with(w))
    };
    agency_after || agency_before || credit_before
}

/// A one-word mention standing on its own in running text (see `detect`).
fn stands_alone(text: &str, start: usize, end: usize) -> bool {
    let word = &text[start..end];
    if has_inner_capital(word)
        || word
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase)
    {
        return false;
    }
    let before = text[..start].trim_end_matches([' ', '\t']);
    let Some(prev) = before.chars().next_back() else {
        return false;
    };
    let after = text[end..].trim_start_matches([' ', '\t']);
    let after = after
        .strip_prefix("'s")
        .or_else(|| after.strip_prefix("’s"))
        .unwrap_or(after)
        .trim_start_matches([' ', '\t']);
    // Opening a sentence, line or quote, capitals prove nothing, unless a speech verb
    // follows ("Onwurah said").
    if !(prev.is_alphanumeric() || matches!(prev, ',' | ';' | '(')) {
        let next_word = after
            .split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        return SPEECH_VERBS.contains(next_word);
    }
    let prev_word = before
        .rsplit(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .next()
        .unwrap_or("");
    // The end of a longer capitalised phrase ("Pinot Noir", "Phu Quoc") is not alone,
    // unless that phrase is a title ("Secretary Blinken").
    if prev.is_alphanumeric() && is_capitalised(prev_word) && !STOP_CAPS.contains(prev_word) {
        return TITLES.contains(prev_word) || HONORIFICS.contains(prev_word);
    }
    // "the Collection", "a 2009 Goldkapsel": an article or a number (a vintage, a
    // model year, a count) before the word makes it a thing.
    if matches!(prev_word, "the" | "a" | "an" | "The" | "A" | "An")
        || (!prev_word.is_empty() && prev_word.chars().all(|c| c.is_ascii_digit()))
    {
        return false;
    }
    !after.chars().next().is_some_and(char::is_uppercase)
}

/// "FaceTime", "ARKit", "iPhone": a capital inside a word marks a product or brand, except
/// after the name prefixes that take one (McCarthy, MacKenzie, DeSantis, DiCaprio, LeBron,
/// al-Assad) or a given name joined to another (MaryKay, JoAnne).
pub(super) fn has_inner_capital(word: &str) -> bool {
    // Most words have no lower-case letter followed by a capital: tell so without
    // collecting their letters.
    let mut prev_lower = false;
    let mut inner = false;
    for c in word.chars() {
        if prev_lower && c.is_uppercase() {
            inner = true;
            break;
        }
        prev_lower = c.is_lowercase();
    }
    if !inner {
        return false;
    }
    let letters: Vec<char> = word.chars().collect();
    let upper: Vec<usize> = (1..letters.len())
        .filter(|&i| letters[i].is_uppercase() && letters[i - 1].is_lowercase())
        .collect();
    if upper.is_empty() {
        return false;
    }
    if letters.iter().filter(|c| c.is_uppercase()).count() == letters.len() {
        return false;
    }
    let prefix_ok = |i: usize| {
        let p: String = letters[..i].iter().collect();
        matches!(
            p.as_str(),
            "Mc" | "Mac" | "De" | "Di" | "Da" | "Du" | "Le" | "La" | "Van" | "Von" | "Fitz"
        ) || p.ends_with('-')
            || is_given_name(&p)
    };
    !(upper.len() == 1 && prefix_ok(upper[0]))
}

/// A name right after "Author:", "By", "Written by", "Reporting by" opening a line or
/// sentence ("… negotiations. Author: Julia Hitz (eg)").
fn is_byline(text: &str, start: usize) -> bool {
    // "Reporting by Sarah Lindqvist; editing by James Porter": a semicolon parts credits.
    let line_start = text[..start]
        .rfind(['\n', '.', '!', '?', ';'])
        .map_or(0, |i| i + 1);
    let lead = text[line_start..start]
        .trim()
        .trim_end_matches(':')
        .trim_end();
    const BYLINES: &[&str] = &[
        "author",
        "authors",
        "by",
        "written by",
        "writing by",
        "reporting by",
        "editing by",
        "additional reporting by",
        "text",
        "interview",
        "editor",
        "edited by",
        "compiled by",
    ];
    let lower = lead.to_lowercase();
    // "Reporting by Ana Ruiz and Tom Cole": the names after the first are credited too.
    let listed = |b: &str| {
        lower.strip_prefix(b).is_some_and(|rest| {
            rest.starts_with(' ') && (rest.ends_with(" and") || rest.ends_with(','))
        })
    };
    BYLINES
        .iter()
        .any(|b| lower == *b || (b.len() > 2 && listed(b)))
}

/// A name in a citation: followed by "et al.", or in a line of a reference list ("^ …").
fn is_citation(text: &str, start: usize, end: usize) -> bool {
    let after = text[end..].trim_start_matches([' ', ',']);
    if after.starts_with("et al") {
        return true;
    }
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let line = &text[line_start..];
    line.starts_with("^ ") || line.starts_with("More information:")
}

/// Articles, prepositions and conjunctions that never stand inside a name (short ones
/// that are also surnames, "An", "To", "Do", are left out).
const INNER_FUNCTION_WORDS: &[&str] = &[
    "The", "Of", "And", "Or", "For", "From", "With", "In", "At", "By", "As", "But", "Into", "Onto",
    "Upon", "Without", "Within", "Through", "Against", "Between", "Among", "Versus",
];

/// The rule of a multi-word phrase that only its capitals make a name.
const UNEVIDENCED: &str = "person:full-name";

/// The rule of a full name with no evidence of its own listed beside a person who has it.
const LISTED: &str = "person:listed";

/// The rule of a surname after an honorific or title that resolves to a full name met
/// before ("Ms. Okonkwo"): evidence for it.
const TITLED_SURNAME: &str = "person:titled-surname";

/// The rule of a name cut from a subheading: never evidence on its own.
const IN_HEADING: &str = "person:heading";

/// The rule of a name cut from a subheading with evidence of its own (a known given name,
/// a cue): evidence once the body uses its surname.
const IN_HEADING_NAMED: &str = "person:heading-named";

fn is_hyphen_particle(w: &str) -> bool {
    match w.split_once('-') {
        Some((p, rest)) => PARTICLES.contains(p) && is_capitalised(rest),
        None => false,
    }
}

fn name_ish(t: &Token<'_>) -> bool {
    t.word
        && ((is_capitalised(t.text) && !lower_after_hyphen(t.text)) || is_hyphen_particle(t.text))
}

/// A capitalised compound whose later part is lower case ("On-premise", "Self-hosted",
/// "E-mail"): names capitalise every part ("Smith-Jones", "Jean-Pierre"), except a short
/// particle before a capitalised part ("Waker-uz-Zaman", "Zia-ul-Haq").
fn lower_after_hyphen(w: &str) -> bool {
    // Runs for every capitalised word: no allocation, and nothing to do without a hyphen.
    if !w.contains('-') {
        return false;
    }
    let mut parts = w.split('-').skip(1).peekable();
    while let Some(part) = parts.next() {
        let lower = part.chars().next().is_some_and(char::is_lowercase);
        let particle =
            part.chars().count() <= 3 && parts.peek().is_some_and(|next| is_capitalised(next));
        if lower && !particle {
            return true;
        }
    }
    false
}

/// A kinship noun just before `toks[i]`, or before a comma there: "a sister, Grace".
fn kin_before(toks: &[Token<'_>], i: usize) -> bool {
    let at = match i.checked_sub(1).map(|p| toks[p].text) {
        Some(",") => i.checked_sub(2),
        _ => i.checked_sub(1),
    };
    at.is_some_and(|p| {
        matches!(
            toks[p].text.to_lowercase().as_str(),
            "sister"
                | "brother"
                | "daughter"
                | "son"
                | "wife"
                | "husband"
                | "widow"
                | "widower"
                | "mother"
                | "father"
                | "grandson"
                | "granddaughter"
                | "grandmother"
                | "grandfather"
                | "niece"
                | "nephew"
                | "cousin"
                | "aunt"
                | "uncle"
                | "stepson"
                | "stepdaughter"
        )
    })
}

/// A given name of syllables joined by a hyphen, the later ones in lower case, right after
/// a family name written first: "Han Dong-hoon", "Tsai Ing-wen", "Lee Jae-myung".
fn syllable_given_name(prev: &Token<'_>, t: &Token<'_>) -> bool {
    // The set look-up last: this runs for every token after a capitalised one.
    t.word
        && is_capitalised(t.text)
        && t.text.contains('-')
        && FAMILY_FIRST.contains(prev.text)
        && t.text.split('-').all(|part| {
            let n = part.chars().count();
            (1..=6).contains(&n) && part.chars().all(char::is_alphabetic)
        })
}

/// A given name of syllables written first, before a family name: "Hye-jin Moon",
/// "Ji-won Park" (the hyphen rule would read "Hye-jin" as a compound like "On-premise").
fn syllables_before(t: &Token<'_>, family: &Token<'_>) -> bool {
    // The set look-up last: this runs for every lower-case word.
    t.word
        && is_capitalised(t.text)
        && t.text.contains('-')
        && FAMILY_FIRST.contains(family.text)
        && t.text.split('-').enumerate().all(|(n, part)| {
            let len = part.chars().count();
            (2..=4).contains(&len)
                && part.chars().all(char::is_alphabetic)
                && (n == 0 || !is_capitalised(part))
        })
}

fn overlaps(places: &[(usize, usize)], s: usize, e: usize) -> bool {
    // Place spans are sorted; binary search for the first that ends after `s`.
    let i = places.partition_point(|p| p.1 <= s);
    places.get(i).is_some_and(|p| p.0 < e)
}

/// A given name of the hand-kept list, or a family name written first (Wang, Kim): safe to
/// shape a name by ("Jordan Bardella" starts at Jordan).
pub(super) fn given_like(w: &str) -> bool {
    GIVEN_NAMES.contains(w) || FAMILY_FIRST.contains(w)
}

/// Any known given name (the wide list too): evidence that a phrase it opens is a name,
/// never used to cut phrases.
pub(super) fn known_given(w: &str) -> bool {
    is_given_name(w) || FAMILY_FIRST.contains(w)
}

/// True when `set` holds `word` in lower case; short ASCII words are lowered on the stack
/// (this runs for the word before every capitalised run).
fn contains_lowered(set: &WordSet, word: &str) -> bool {
    let mut buf = [0u8; 24];
    if word.is_ascii() && word.len() <= buf.len() {
        let lowered = &mut buf[..word.len()];
        lowered.copy_from_slice(word.as_bytes());
        lowered.make_ascii_lowercase();
        // Lowering ASCII keeps it ASCII, hence UTF-8.
        return std::str::from_utf8(lowered).is_ok_and(|w| set.contains(w));
    }
    set.contains(word.to_lowercase().as_str())
}

/// A word that can stand inside a name (not a title, organisation or function word).
fn plain_name_word(t: &Token<'_>) -> bool {
    name_ish(t)
        && !TITLES.contains(t.text)
        && !HONORIFICS.contains(t.text)
        && !ORG_WORDS.contains(t.text)
        && !STOP_CAPS.contains(t.text)
        && !NOT_NAME.contains(t.text)
}

/// The end of the capitalised run starting at `i` (particles allowed inside).
fn run_end(toks: &[Token<'_>], i: usize) -> usize {
    let n = toks.len();
    let mut j = i + 1;
    while j < n && !toks[j - 1].possessive {
        let t = &toks[j];
        let particle = t.word && PARTICLES.contains(t.text) && j > i && {
            // "von der Leyen": particles run until a capitalised word.
            let mut m = j;
            while m < n && toks[m].word && PARTICLES.contains(toks[m].text) {
                m += 1;
            }
            m < n && name_ish(&toks[m])
        };
        if name_ish(t) || particle || syllable_given_name(&toks[j - 1], t) {
            j += 1;
        } else {
            break;
        }
    }
    j
}

fn is_open_quote(t: &Token<'_>) -> bool {
    matches!(t.text, "\"" | "\u{201C}" | "\u{2018}")
}

fn is_close_quote(t: &Token<'_>) -> bool {
    matches!(t.text, "\"" | "\u{201D}" | "\u{2019}")
}

/// `Ismael "El Mayo" Zambada`: the index of the closing quote of a short quoted
/// nickname right after `toks[..j]`, when a capitalised name follows it. After a family
/// name written first, a gamer tag of any case may stand before a given name of syllables
/// (`Lee "Faker" Sang-hyeok`, `Kim "kkOma" Jeong-gyun`).
fn nickname_end(toks: &[Token<'_>], j: usize) -> Option<usize> {
    if j == 0 || !toks.get(j).is_some_and(is_open_quote) {
        return None;
    }
    let close = (j + 1..(j + 5).min(toks.len())).find(|&q| is_close_quote(&toks[q]))?;
    let inside = &toks[j + 1..close];
    let after = toks.get(close + 1);
    let syllables = after.is_some_and(|t| syllable_given_name(&toks[j - 1], t));
    let ok = !inside.is_empty()
        && inside
            .iter()
            .all(|t| t.word && (is_capitalised(t.text) || syllables));
    (ok && (syllables || after.is_some_and(name_ish))).then_some(close)
}

fn cut_candidates(
    toks: &[Token<'_>],
    places: &[(usize, usize)],
    registry: &Registry,
    full: &mut Vec<Candidate>,
    singles: &mut Vec<Candidate>,
) {
    let n = toks.len();
    let mut i = 0;
    while i < n {
        if !name_ish(&toks[i])
            && !toks
                .get(i + 1)
                .is_some_and(|f| syllables_before(&toks[i], f))
        {
            i += 1;
            continue;
        }
        let j = run_end(toks, i);
        // A quoted nickname inside a name is left out of it.
        if let Some(close) = nickname_end(toks, j) {
            let j2 = run_end(toks, close + 1);
            let joined: Vec<Token<'_>> = toks[..j]
                .iter()
                .chain(&toks[close + 1..])
                .copied()
                .collect();
            let end = j + (j2 - close - 1);
            if let Some(c) = analyse(&joined, i, end, places, registry) {
                if c.single {
                    singles.push(c);
                } else {
                    full.push(c);
                }
            }
            i = j2;
            continue;
        }
        // A capitalised phrase alone inside quotes is a title of a work: “Stone Yard Devotional”.
        if i > 0
            && is_open_quote(&toks[i - 1])
            && toks.get(j).is_some_and(is_close_quote)
            && j - i > 1
        {
            i = j;
            continue;
        }
        if let Some(c) = analyse(toks, i, j, places, registry) {
            if c.single {
                singles.push(c);
            } else {
                full.push(c);
            }
        }
        i = j;
    }
}

/// Turns the capitalised run `toks[i..j]` into a candidate name, or rejects it.
fn analyse(
    toks: &[Token<'_>],
    i: usize,
    j: usize,
    places: &[(usize, usize)],
    registry: &Registry,
) -> Option<Candidate> {
    // "welcome back to The Long Game", "a column in The Atlantic": a capitalised article
    // inside a sentence opens the name of a work, publication or company, never a person.
    if toks[i].text == "The" && i > 0 && toks[i - 1].word {
        return None;
    }
    let mut cue = Cue::None;
    // The cue is a noun of the wide list only: enough for a full name, not for one word
    // ("her neighbour Kwame (Paapa Essiedu)" names a character; "Critics Choice award").
    let mut wide_role = false;
    let lower_in = |t: &Token<'_>, set: &WordSet| {
        t.word
            && (set.contains(t.text) || (is_capitalised(t.text) && contains_lowered(set, t.text)))
    };
    // A lower-case role noun just before ("foreign minister Wang Yi") or in apposition
    // ("Delhi's water minister, Atishi,").
    if let Some(p) = i.checked_sub(1).map(|p| &toks[p]) {
        // The wider vocabulary of `data/role_nouns.txt` in lower case only ("the playwright
        // Enda Walsh", "a newly hired auditor, Hye-jin Moon,").
        let old = |t: &Token<'_>| lower_in(t, &ROLE_CUES);
        let apposition = p.text == "," && i >= 2 && old(&toks[i - 2]);
        let wide = lower_role_noun(p) || (p.text == "," && i >= 2 && lower_role_noun(&toks[i - 2]));
        // "a man named Osgood Flint", "a teacher called Ana Ruiz".
        let named = matches!(p.text, "named" | "called")
            && i >= 2
            && (PERSON_NOUNS.contains(&toks[i - 2].text)
                || old(&toks[i - 2])
                || lower_role_noun(&toks[i - 2]));
        if old(p) || apposition {
            cue = Cue::Role;
        } else if wide || named {
            cue = Cue::Role;
            wide_role = true;
        }
    }
    let mut k = i;
    while k < j {
        let t = &toks[k];
        let w = t.text;
        let next = (k + 1 < j).then(|| &toks[k + 1]);
        // Closures, not values: each costs set look-ups and most words need none of them.
        let next_plain = || next.is_some_and(plain_name_word);
        let next_title =
            || next.is_some_and(|n| TITLES.contains(n.text) || HONORIFICS.contains(n.text));
        if REGNAL_TITLES.contains(w) {
            cue = Cue::Title(title_static(w));
            k += 1;
            continue;
        }
        if HONORIFICS.contains(w) {
            cue = Cue::Honorific;
            k += 1;
            continue;
        }
        // "Cinematographer Ari Wegner", "Neighbor Jamal Whitaker-Price", "Councilmembers
        // Ray Szymanski and …": a role noun opening the phrase (a sentence's capital) is
        // a cue, not part of the name; unless it is a given name too ("Dean Smith").
        if k == i
            && cue == Cue::None
            && is_capitalised(w)
            && (is_role_noun(w) || (has_inner_capital(w) && is_role_noun(&w.to_lowercase())))
            && !known_given(w)
            && !TITLES.contains(w)
            && next.is_some_and(|n| plain_name_word(n) || HONORIFICS.contains(n.text))
        {
            cue = Cue::Role;
            wide_role = true;
            k += 1;
            continue;
        }
        // "Forecaster Joanna Pike said", "Host Dana Whitlock visits": an unknown word
        // opening the sentence before a given name and a surname is the sentence's
        // capital (an occupation the lists lack), not part of the name.
        if k == i
            && cue == Cue::None
            && j == i + 3
            && (i == 0 || is_open_quote(&toks[i - 1]))
            && !known_given(w)
            && !TITLES.contains(w)
            && known_given(toks[i + 1].text)
            && plain_name_word(&toks[i + 2])
        {
            k += 1;
            continue;
        }
        // "Jordan Bardella", "Kim Jong Un", "Hassan Sheikh Mohamud": a given name that is
        // also a place or word starts the name.
        let next_namey = || next.is_some_and(|n| name_ish(n) && !TITLES.contains(n.text));
        // "the former Marine Paul Whelan": a word that is a given name but also a noun,
        // before a given name and a surname, is the noun.
        if NOT_NAME.contains(w)
            && next.is_some_and(|n| GIVEN_NAMES.contains(n.text))
            && k + 2 < j
            && plain_name_word(&toks[k + 2])
        {
            k += 1;
            continue;
        }
        // After a title, a given name that is also a place opens a two-word name
        // ("Tucson Mayor Regina Romero", "Sheriff Victoria Ortiz").
        // "Mayor T.J. Osei", "Line K. Bay": initials before a surname, or a known given
        // name before a middle initial and a surname, open a name whatever else the first
        // word is (an organisation word, an acronym).
        if initials_open_name(toks, k, j) {
            break;
        }
        let titled_given = matches!(cue, Cue::Title(_) | Cue::Honorific | Cue::Role)
            && k + 2 == j
            && known_given(w)
            && next_plain();
        // "whose goalkeeper Dean Henderson": after a role noun, a title word that is also a
        // given name, before one surname, is the given name.
        let given_not_title = !TITLES.contains(w) || (cue == Cue::Role && k == i && titled_given);
        if (given_like(w) || titled_given) && (next_plain() || next_namey()) && given_not_title {
            break;
        }
        if TITLES.contains(w) {
            if cue != Cue::Honorific {
                cue = Cue::Title(title_static(w));
            }
            k += 1;
            continue;
        }
        let placey = overlaps(places, t.start, t.end);
        // "County District Attorney Pamela Price", "Harvard University Professor Jane
        // Doe": an organisation word before a title says whose title it is.
        let title_follows = || {
            toks[k + 1..j]
                .iter()
                .any(|u| TITLES.contains(u.text) || HONORIFICS.contains(u.text))
        };
        // "Park Ji-won": a family name written first that is also an organisation word,
        // before a given name of syllables.
        let family_first = next.is_some_and(|n| syllable_given_name(t, n));
        if ORG_WORDS.contains(w) && !placey && !family_first {
            if title_follows() {
                k += 1;
                continue;
            }
            return None;
        }
        if placey
            || STOP_CAPS.contains(w)
            || (NOT_NAME.contains(w) && !(known_given(w) && next_plain()))
            || (is_acronym(w) && !is_initial(w))
        {
            k += 1;
            continue;
        }
        // An unknown word before a title describes it: "Outgoing President …", "Alameda
        // County District Attorney …".
        let org_then_title = next.is_some_and(|n| ORG_WORDS.contains(n.text)) && title_follows();
        // "said Travis Head, who …": a known given name before a title word that ends the
        // phrase opens a name whose surname is that word.
        let title_ends = next_title()
            && known_given(w)
            && !toks[k + 2..j].iter().any(plain_name_word)
            && toks[k + 1].text != "Mr."
            && toks[k + 1].text != "Dr.";
        if (next_title() || org_then_title) && !given_like(w) && !title_ends {
            k += 1;
            continue;
        }
        break;
    }
    // Any organisation word left makes the phrase an organisation ("Fifth Circuit"),
    // except a family name that happens to be one ("Park Dan").
    let initials_first = initials_open_name(toks, k, j);
    for (n, t) in toks[k..j].iter().enumerate() {
        // After a middle initial the surname may be an organisation word ("Line K. Bay").
        let surname_after_initial = initials_first && n == 2;
        if ORG_WORDS.contains(t.text)
            && !surname_after_initial
            && !(n == 0 && (given_like(t.text) || initials_first))
        {
            return None;
        }
    }
    let mut end = j;
    while end > k {
        let w = toks[end - 1].text;
        let strip = TIME_WORDS.contains(&w)
            || STOP_CAPS.contains(w)
            || (is_acronym(w) && !SUFFIXES.contains(w));
        if strip {
            end -= 1;
        } else {
            break;
        }
    }
    if k >= end {
        return None;
    }
    // A function word inside ("Sarah The Implausible", "Lord Of The Rings") makes the
    // phrase a title of something; the name, if any, ends before it.
    if let Some(f) = (k + 1..end).find(|&f| INNER_FUNCTION_WORDS.contains(&toks[f].text)) {
        end = f;
    }
    let core = &toks[k..end];
    if core.len() > 6 {
        return None;
    }
    // Model numbers ("Dell R630", "Powerbeats3") are products, not names.
    if core
        .iter()
        .any(|t| t.text.chars().any(|c| c.is_ascii_digit()))
    {
        return None;
    }
    let first = core[0].text;
    let first_given = given_like(first);
    // "Ben Nevis", "Glen Coe" are places; "councillor Ben Otieno", "Ben Otieno said" a
    // person: a given name that opens place names needs a cue or a speech verb.
    let spoken = |at: Option<&Token<'_>>| at.is_some_and(|t| SPEECH_VERBS.contains(t.text));
    let given_with_cue = GIVEN_NAMES.contains(first)
        && (cue != Cue::None
            || spoken(toks.get(end))
            || (k == i && spoken(i.checked_sub(1).map(|p| &toks[p])))
            || apposition(toks, end));
    if PLACE_FIRST.contains(&first) && cue != Cue::Honorific && !given_with_cue {
        return None;
    }
    for (n, t) in core.iter().enumerate() {
        let w = t.text;
        let opening_initials = n == 0 && initials_first;
        if is_acronym(w) && !is_initial(w) && !SUFFIXES.contains(w) && !opening_initials {
            return None;
        }
        if has_inner_capital(w) {
            return None;
        }
        // "auditor Hye-jin Moon": after a cue, a family name that is also a word ends a name.
        let cued_family =
            cue != Cue::None && n > 0 && n + 1 == core.len() && FAMILY_FIRST.contains(w);
        let excused = (n == 0 && (known_given(first) || initials_first))
            || SUFFIXES.contains(w)
            || cued_family;
        if NOT_NAME.contains(w) && !excused {
            return None;
        }
        if !t.word {
            return None;
        }
    }
    if core
        .iter()
        .all(|t| is_initial(t.text) || SUFFIXES.contains(t.text))
    {
        return None;
    }
    // Place words inside: allowed only as a given name ("Jordan Bardella") or as the
    // surname of a given name ("George Washington"); a place spanning two words of the
    // phrase ("San Francisco", "Hong Kong") makes it a place.
    let last_name = core
        .iter()
        .rposition(|t| !SUFFIXES.contains(t.text))
        .unwrap_or(0);
    for (n, t) in core.iter().enumerate() {
        let span = places
            .get(places.partition_point(|p| p.1 <= t.start))
            .filter(|p| p.0 < t.end);
        let Some(&(ps, pe)) = span else { continue };
        let covered = core.iter().filter(|u| u.start < pe && ps < u.end).count();
        // Any known given name may take a place as surname ("Joaquin Phoenix", "Otto von
        // Bismarck"); only the hand-kept list may be a place itself ("Jordan Bardella").
        // After a title, any known given name may be a place too ("Mayor Regina Romero").
        let titled =
            matches!(cue, Cue::Title(_) | Cue::Honorific | Cue::Role) && known_given(first);
        // "Sharon Van Etten": a capitalised particle between a given name and the surname
        // is the particle, not the Turkish city.
        let particle = n > 0
            && n < last_name
            && known_given(first)
            && PARTICLE_WORDS.contains(&t.text.to_lowercase().as_str());
        let ok = covered == 1
            && (particle
                || (n == 0 && (first_given || titled) && core.len() > 1)
                || (n == last_name && n > 0 && (first_given || known_given(first)))
                || (core.len() == 1 && cue == Cue::Honorific));
        if !ok {
            return None;
        }
    }
    // A generic title word ("National", "Former") is no cue for a one-word name.
    if let Cue::Title(t) = cue
        && !HEAD_TITLES.contains(&t)
        && !REGNAL_TITLES.contains(t)
    {
        cue = Cue::None;
    }
    let start = core[0].start;
    let stop = core[core.len() - 1].end;
    let words: Vec<String> = core.iter().map(|t| t.text.to_string()).collect();
    let joined = words.join(" ");
    if registry.ignores(&joined) {
        return None;
    }
    let known = registry.person(&joined).is_some();
    // "an official Python 3.7 image", "volunteer Wikipedia editor", "Docker users": a
    // phrase before a version number, a thing noun or a role noun modifies it, so a role
    // word before it is an adjective ("official") or describes the whole ("volunteer …
    // editor"), not this phrase.
    let modifier = toks.get(j).is_some_and(|t| {
        (t.word && THING_NOUNS.contains(t.text)) || t.text.starts_with(|c: char| c.is_ascii_digit())
    });
    let role_after = toks
        .get(j)
        .is_some_and(|t| t.word && ROLE_CUES.contains(t.text));
    // "the official Rust Programming Language Discord": a role word that is also an
    // adjective cues a name only when a known given name opens it ("official Jake
    // Sullivan", "official Wang Yi").
    let adjective_role = i.checked_sub(1).is_some_and(|p| {
        matches!(
            toks[p].text,
            "official" | "executive" | "general" | "chief" | "senior"
        )
    });
    if cue == Cue::Role
        && (modifier || role_after || (adjective_role && core.len() > 1 && !known_given(first)))
    {
        cue = Cue::None;
    }
    let regnal = matches!(cue, Cue::Title(t) if REGNAL_TITLES.contains(t));
    let name_words = words
        .iter()
        .filter(|w| !SUFFIXES.contains(w.as_str()))
        .count();
    // "Charles IV was furious", "Louis XIV": a given name with a regnal number names a
    // monarch or pope, cue enough on its own.
    // The Roman numerals among the name suffixes ("Charles III", "Leo XIV"): one list.
    let regnal_number = words.len() == 2
        && known_given(&words[0])
        && SUFFIXES.contains(words[1].as_str())
        && words[1].bytes().all(|b| matches!(b, b'I' | b'V' | b'X'));
    if name_words == 1 && regnal_number && cue == Cue::None && !known {
        return Some(Candidate {
            start,
            end: stop,
            key: words[0].clone(),
            words,
            cue: Cue::Role,
            rule: "person:regnal-number",
            single: false,
            regnal: true,
        });
    }
    if name_words == 1 {
        if wide_role && cue == Cue::Role {
            cue = Cue::None;
        }
        // "a sister, Grace", "her widow Grazina": a relative named by a given name alone
        // is no person of the story (the story names no one it could be looked up by).
        if cue == Cue::Role && k == i && kin_before(toks, i) {
            return None;
        }
        // "the Biden administration", "the Trump campaign" name a person.
        let before_the = k == i && i > 0 && matches!(toks[i - 1].text, "the" | "a");
        let eponym = toks.get(end).is_some_and(|a| {
            matches!(a.text, "administration" | "presidency" | "campaign" | "era")
        });
        if cue == Cue::None && before_the && eponym {
            cue = Cue::Role;
        }
        // "said Yusran, a resident of Penajam": a speaker described right after.
        let described_speaker = cue == Cue::None
            && k == i
            && i.checked_sub(1)
                .is_some_and(|p| SPEECH_VERBS.contains(toks[p].text))
            && apposition(toks, end);
        if described_speaker {
            cue = Cue::Role;
        }
        let rule = match cue {
            Cue::Role if described_speaker => "person:speaker",
            Cue::Honorific => "person:honorific",
            Cue::Title(_) => "person:title",
            Cue::Role => "person:role-cue",
            Cue::None if known => "person:registry",
            Cue::None => "person:bare",
        };
        let key = words[0].clone();
        let mut words = words;
        if let Cue::Title(t) = cue
            && KEEP_TITLE.contains(&t)
        {
            words.insert(0, t.to_string());
        }
        return Some(Candidate {
            start,
            end: stop,
            words,
            cue,
            rule,
            single: true,
            key,
            regnal,
        });
    }
    // Multi-word phrases are names unless context makes them places or organisations.
    // "said Muse Bihi Abdi": a name right after a speech verb is a speaker.
    let speaker = k == i
        && i.checked_sub(1)
            .is_some_and(|p| SPEECH_VERBS.contains(toks[p].text));
    let strong = cue != Cue::None || first_given || known || speaker;
    if !strong && modifier {
        return None;
    }
    // "the private Hong Bang island", "the Mato Grosso state": a geographic noun after
    // the phrase names a place, whatever given name opens it, unless a cue says person.
    // "the Brazilian states of Mato Grosso and Paraná": after such a noun and "of" too.
    let geo_of =
        k == i && i >= 2 && toks[i - 1].text == "of" && GEO_NOUNS.contains(&toks[i - 2].text);
    let geo_after = !toks[end - 1].possessive
        && toks
            .get(end)
            .is_some_and(|a| a.word && GEO_NOUNS.contains(&a.text));
    if cue == Cue::None && !known && (geo_of || geo_after) {
        return None;
    }
    // After a place preposition only a given name of the hand-kept list makes a name; one
    // of the wide list leaves the phrase unevidenced, to be a name only on other evidence
    // (its surname used again, a person it is listed with: "saves from Callum Hudson-Odoi
    // and Morgan Gibbs-White").
    let mut weak = false;
    if !strong {
        let before = if k > i {
            Some(&toks[k - 1])
        } else {
            i.checked_sub(1).map(|p| &toks[p])
        };
        if let Some(b) = before
            && lower_in(b, &PLACE_PREPOSITIONS)
        {
            if !known_given(first) {
                return None;
            }
            // "I spoke to Ingrid Solberg, who …", "born to Aurelio Villarreal, a railway
            // clerk": one is spoken to, or described as a person, not travelled to.
            let addressed =
                b.text == "to" && k >= 2 && ADDRESSED_BEFORE_TO.contains(&toks[k - 2].text);
            weak = !addressed && !apposition(toks, end);
        }
        // "the Shining Path", "the Islamist group Hayat Tahrir al-Sham": names of things.
        if let Some(b) = before
            && (matches!(b.text, "the" | "The" | "a" | "an" | "A" | "An")
                || lower_in(b, &ORG_NOUNS))
        {
            return None;
        }
        // "the city of Viña del Mar", "the province of Idlib" (but "the party of Akhilesh
        // Yadav": a known given name first).
        if let Some(b) = before
            && b.text == "of"
            && i >= 2
            && lower_in(&toks[i - 2], &PLACE_NOUNS)
            && !known_given(first)
        {
            return None;
        }
        if let Some(a) = toks.get(end)
            && a.word
            && PLACE_NOUNS.contains(a.text)
            && !toks[end - 1].possessive
        {
            return None;
        }
        // In a list of places: "in Kyiv, Dnipro, Kryvyi Rih and other cities".
        let joiner = |t: &Token<'_>| t.text == "," || t.text == "and" || t.text == "or";
        let place_at = |t: &Token<'_>| overlaps(places, t.start, t.end);
        let listed_before = i >= 2 && joiner(&toks[i - 1]) && place_at(&toks[i - 2]);
        let listed_after = k == i
            && j + 1 < toks.len()
            && place_at(&toks[j + 1])
            && (matches!(toks[j].text, "and" | "or")
                || (toks[j].text == ","
                    && !toks[j + 1].possessive
                    && toks.get(j + 2).is_some_and(joiner)));
        // A known given name first is a person listed beside a place ("Joaquin Phoenix
        // and Renee Zellweger").
        if (listed_before || listed_after) && !known_given(first) {
            return None;
        }
    }
    let rule = match cue {
        Cue::Honorific => "person:honorific",
        Cue::Title(_) => "person:title",
        Cue::Role => "person:role-cue",
        Cue::None if known => "person:registry",
        Cue::None if weak => UNEVIDENCED,
        Cue::None if first_given || known_given(first) => "person:given-name",
        Cue::None if speaker => "person:speaker",
        Cue::None if apposition(toks, end) => "person:apposition",
        Cue::None if of_country(toks, end, places) => "person:of-country",
        Cue::None => UNEVIDENCED,
    };
    let key = words[words.len() - 1].clone();
    Some(Candidate {
        start,
        end: stop,
        words,
        cue,
        rule,
        single: false,
        key,
        regnal,
    })
}

/// Nouns for a person that "named" or "called" after them cue a name.
const PERSON_NOUNS: &[&str] = &[
    "man",
    "woman",
    "men",
    "women",
    "boy",
    "girl",
    "child",
    "person",
    "someone",
    "somebody",
    "friend",
    "guy",
    "lady",
    "gentleman",
    "baby",
    "pupil",
    "neighbour",
    "neighbor",
];

/// Verbs before "to" that make it address a person ("spoke to", "born to"), not a place.
const ADDRESSED_BEFORE_TO: &[&str] = &[
    "spoke",
    "speaks",
    "speak",
    "speaking",
    "talked",
    "talks",
    "talk",
    "talking",
    "wrote",
    "writes",
    "write",
    "writing",
    "listened",
    "listen",
    "replied",
    "responded",
    "explained",
    "said",
    "says",
    "married",
    "engaged",
    "born",
    "Thanks",
    "thanks",
    "according",
    "belonged",
    "belongs",
    "apologised",
    "apologized",
    "introduced",
    "handed",
    "gave",
    "given",
    "sent",
    "addressed",
    "dedicated",
    "tribute",
    "credit",
    "grateful",
    "letter",
];

/// "Vassilis Kikilias, the civil protection minister,", "Aigerim Nurlanovna, who herds
/// sheep": a description of a person right after the phrase ending at `end`.
fn apposition(toks: &[Token<'_>], end: usize) -> bool {
    let at = |n: usize| toks.get(end + n).map(|t| t.text);
    if at(0) != Some(",") {
        return false;
    }
    match at(1) {
        Some("who" | "whose") => true,
        Some("a" | "an" | "the") => {
            // "…, a trader", "…, the governor of": a role word within the next few words.
            toks[end + 2..]
                .iter()
                .take(4)
                .take_while(|t| t.text != "," && t.text != ".")
                .any(|t| {
                    ROLE_CUES.contains(t.text)
                        || APPOSITION_NOUNS.contains(&t.text)
                        || lower_role_noun(t)
                })
        }
        Some(w) => w.bytes().all(|b| b.is_ascii_digit()) && at(2) == Some(","),
        None => false,
    }
}

/// `toks[k]` opens a name by its initials: "T.J. Osei", or a known given name, a middle
/// initial and a surname ("Line K. Bay").
fn initials_open_name(toks: &[Token<'_>], k: usize, j: usize) -> bool {
    let Some(w) = toks.get(k).filter(|_| k < j).map(|t| t.text) else {
        return false;
    };
    let plain_at = |m: usize| m < j && plain_name_word(&toks[m]);
    // After a middle initial a surname may be a word of organisations ("Bay", "Park").
    let surname_at = |m: usize| {
        m < j && name_ish(&toks[m]) && !TITLES.contains(toks[m].text) && !is_initial(toks[m].text)
    };
    // The cheap test of the next token first: few words stand before an initial.
    (is_dotted_initials(w) && plain_at(k + 1))
        || (k + 1 < j
            && is_initial(toks[k + 1].text)
            && known_given(w)
            && !TITLES.contains(w)
            && surname_at(k + 2))
}

/// A role noun of `data/role_nouns.txt` written in lower case ("playwright", "auditors").
fn lower_role_noun(t: &Token<'_>) -> bool {
    t.word && !is_capitalised(t.text) && is_role_noun(t.text)
}

/// "Remco Evenepoel of Belgium": a phrase followed by "of" and a place (organisations of a
/// place carry an organisation word and were rejected before).
fn of_country(toks: &[Token<'_>], end: usize, places: &[(usize, usize)]) -> bool {
    toks.get(end).is_some_and(|t| t.text == "of")
        && toks
            .get(end + 1)
            .is_some_and(|t| overlaps(places, t.start, t.end))
}

fn title_static(w: &str) -> &'static str {
    TITLES
        .get(w)
        .or_else(|| REGNAL_TITLES.get(w))
        .copied()
        .unwrap_or("")
}

/// The words that identify a name for merging: no initials or suffixes, case-folded.
fn core_words(words: &[String]) -> Vec<String> {
    words
        .iter()
        .filter(|w| !is_initial(w) && !SUFFIXES.contains(w.as_str()))
        .map(|w| fold(w))
        .collect()
}

/// A cheap comparison key for words: lower case (accents kept; rare mismatches merge later
/// through the site-wide slug key).
fn fold(w: &str) -> String {
    w.to_lowercase()
}

fn is_subsequence(short: &[String], long: &[String]) -> bool {
    let mut it = long.iter();
    short.iter().all(|w| it.any(|x| x == w))
}

/// Groups full names: same core words, or one a subsequence of the other ending alike
/// ("Antony Blinken" and "Antony J. Blinken"; "Lula da Silva" and "Luiz Inácio Lula da Silva").
fn merge_full(full: Vec<Candidate>) -> Vec<Person> {
    let mut groups: Vec<(Vec<String>, Vec<Candidate>)> = Vec::new();
    for c in full {
        let core = core_words(&c.words);
        let found = groups.iter().position(|(g, _)| {
            g == &core
                || ((g.last() == core.last() || particle_tail(g, &core) || particle_tail(&core, g))
                    && (is_subsequence(&core, g) || is_subsequence(g, &core)))
        });
        match found {
            Some(i) => {
                if core.len() > groups[i].0.len() {
                    groups[i].0 = core;
                }
                groups[i].1.push(c);
            }
            None => groups.push((core, vec![c])),
        }
    }
    groups
        .into_iter()
        .map(|(_, cands)| {
            let best = cands
                .iter()
                .max_by(|a, b| {
                    a.words
                        .len()
                        .cmp(&b.words.len())
                        .then(display(a).len().cmp(&display(b).len()))
                        .then(b.start.cmp(&a.start))
                })
                .map(display)
                .unwrap_or_default();
            Person {
                name: best,
                regnal: cands.iter().any(|c| c.regnal),
                mentions: cands
                    .iter()
                    .map(|c| PersonMention {
                        start: c.start,
                        end: c.end,
                        rule: c.rule,
                    })
                    .collect(),
            }
        })
        .collect()
}

/// "Rosa Villarreal" in "Rosa Elena Villarreal de la Garza": the short form has the long
/// one's first word, and the long one goes on past the short one's last word with a
/// particle. A plain word there is another surname, often another person ("Joaquín Guzmán
/// López, a son of Joaquín Guzmán").
fn particle_tail(long: &[String], short: &[String]) -> bool {
    if short.len() < 2 || long.len() <= short.len() || long.first() != short.first() {
        return false;
    }
    let Some(at) = long.iter().rposition(|w| Some(w) == short.last()) else {
        return false;
    };
    long.get(at + 1)
        .is_some_and(|w| PARTICLES.contains(w.as_str()))
}

fn display(c: &Candidate) -> String {
    c.words.join(" ")
}

fn words_of(name: &str) -> Vec<&str> {
    name.split(' ').collect()
}

/// The surname of a full name: its last word before any suffix.
fn surname(name: &str) -> Option<&str> {
    name.rsplit(' ')
        .find(|w| !SUFFIXES.contains(w) && !is_initial(w))
}

/// Which person a one-word mention names, preferring the latest one mentioned before it.
fn match_single(people: &[Person], word: &str, at: usize, any_word: bool) -> Option<usize> {
    let mut by_rank: [Vec<usize>; 3] = [Vec::new(), Vec::new(), Vec::new()];
    // Words read off the name in place: this runs for every one-word mention against
    // every person, and collecting the words each time was 2% of enrichment.
    for (i, p) in people.iter().enumerate() {
        let Some((first, _)) = p.name.split_once(' ') else {
            continue;
        };
        if surname(&p.name) == Some(word) {
            by_rank[0].push(i);
        } else if first == word && FAMILY_FIRST.contains(word) {
            by_rank[1].push(i);
        } else if any_word
            && p.name
                .split(' ')
                .skip(if FAMILY_FIRST.contains(first) { 1 } else { 0 })
                .any(|w| w == word)
        {
            by_rank[2].push(i);
        }
    }
    for list in by_rank {
        match list.len() {
            0 => continue,
            1 => return Some(list[0]),
            _ => {
                // Several share the name: the one mentioned last before this point.
                let latest = list.iter().copied().max_by_key(|&i| {
                    people[i]
                        .mentions
                        .iter()
                        .filter(|m| m.start < at)
                        .map(|m| m.start + 1)
                        .max()
                        .unwrap_or(0)
                });
                return latest;
            }
        }
    }
    None
}

fn resolve_singles(people: &mut Vec<Person>, mut singles: Vec<Candidate>, registry: &Registry) {
    singles.sort_by_key(|c| c.start);
    for c in singles {
        let cued = c.cue != Cue::None;
        let found = if c.regnal {
            // "Prince Mohammed" names a royal already met: "Crown Prince Mohammed bin Salman".
            people
                .iter()
                .position(|p| p.regnal && p.name.split(' ').any(|w| w == c.key))
        } else {
            match_single(people, &c.key, c.start, cued)
        };
        // "Mr. Blakey" after "Art Blakey and the Jazz Messengers": an honorific or title
        // before the surname is evidence for the full name too.
        let titled = matches!(c.cue, Cue::Honorific | Cue::Title(_))
            && found.is_some_and(|i| surname(&people[i].name) == Some(c.key.as_str()));
        let m = PersonMention {
            start: c.start,
            end: c.end,
            rule: match found {
                Some(_) if titled => TITLED_SURNAME,
                Some(_) => "person:coreference",
                None => c.rule,
            },
        };
        match found {
            Some(i) => people[i].mentions.push(m),
            // Cued one-word names with no full form ("President Biden") stand on their
            // own, and later mentions ("Ms. Hasina" after "Sheikh Hasina") find them.
            None if cued || registry.person(&c.key).is_some() => {
                let name = display(&c);
                match people.iter_mut().find(|p| p.name == name) {
                    Some(p) => p.mentions.push(m),
                    None => people.push(Person {
                        name,
                        mentions: vec![m],
                        regnal: c.regnal,
                    }),
                }
            }
            None => {}
        }
    }
}

/// Bare surnames of people already found also mention them ("Austin said" after
/// "Lloyd J. Austin III"), so those words are not read as places.
pub(super) fn claim_surnames(people: &mut [Person], all: &[Vec<Token<'_>>]) {
    let mut keys: Vec<(String, usize)> = Vec::new();
    for (i, p) in people.iter().enumerate() {
        let ws = words_of(&p.name);
        if ws.len() == 1 || REGNAL_TITLES.contains(ws[0]) {
            keys.push((ws[ws.len() - 1].to_string(), i));
            continue;
        }
        if let Some(s) = surname(&p.name) {
            keys.push((s.to_string(), i));
        }
        if FAMILY_FIRST.contains(ws[0]) {
            keys.push((ws[0].to_string(), i));
        }
    }
    // A word shared by two people is left alone.
    let mut counts: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for (k, _) in &keys {
        *counts.entry(k.as_str()).or_default() += 1;
    }
    let unique: Vec<(String, usize)> = keys
        .iter()
        .filter(|(k, _)| counts[k.as_str()] == 1)
        .cloned()
        .collect();
    if unique.is_empty() {
        return;
    }
    // The first bytes the keys start with: most words start otherwise and need no
    // comparison with each key (those comparisons were 4% of enrichment).
    let mut firsts = [false; 256];
    for (k, _) in &unique {
        if let Some(&b) = k.as_bytes().first() {
            firsts[usize::from(b)] = true;
        }
    }
    for toks in all {
        for t in toks {
            if !t.word
                || !t
                    .text
                    .as_bytes()
                    .first()
                    .is_some_and(|&b| firsts[usize::from(b)])
            {
                continue;
            }
            let Some((_, i)) = unique.iter().find(|(k, _)| k == t.text) else {
                continue;
            };
            let taken = people.iter().any(|p| {
                p.mentions
                    .iter()
                    .any(|m| m.start <= t.start && t.end <= m.end)
            });
            if !taken {
                people[*i].mentions.push(PersonMention {
                    start: t.start,
                    end: t.end,
                    rule: "person:surname",
                });
            }
        }
    }
}

/// Applies the registry (aliases → canonical names, ignores) and merges people who end
/// up with the same name.
pub(super) fn canonicalise(people: &mut Vec<Person>, registry: &Registry) {
    let mut out: Vec<Person> = Vec::new();
    // Each kept name folded once (folding every pair again was 4% of enrichment).
    let mut folded: Vec<String> = Vec::new();
    for mut p in std::mem::take(people) {
        if registry.ignores(&p.name) {
            continue;
        }
        if let Some(entry) = registry.person(&p.name) {
            p.name = entry.name.clone();
        }
        let key = fold(&p.name);
        match out
            .iter()
            .zip(&folded)
            .position(|(q, f)| q.name == p.name || *f == key)
        {
            Some(at) => out[at].mentions.extend(p.mentions),
            None => {
                out.push(p);
                folded.push(key);
            }
        }
    }
    *people = out;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::enrich::sentences;

    fn names_with(text: &str, registry: &Registry) -> Vec<String> {
        let text = format!("Title\n\n{text}");
        let s = sentences::split(&text);
        let m = crate::enrich::places::Matcher::new(registry);
        let spans: Vec<(usize, usize)> = m
            .find(&text)
            .iter()
            .filter(|x| m.is_place(x))
            .map(|x| (x.start, x.end))
            .collect();
        detect(&text, &s, (7, 7), &spans, registry)
            .into_iter()
            .map(|p| p.name)
            .collect()
    }

    fn names(text: &str) -> Vec<String> {
        names_with(text, &Registry::default())
    }

    #[test]
    fn geographic_nouns_make_a_phrase_a_place() {
        for text in [
            "Smoke covered parts of the Brazilian states of Mato Grosso and Paraná.",
            "The private Hong Bang island offers a venue for weddings.",
        ] {
            assert!(names(text).is_empty(), "{text}: {:?}", names(text));
        }
        // A cue still makes a person.
        assert_eq!(
            names("Governor Mato Grosso island-hopped all week."),
            ["Mato Grosso"]
        );
    }

    #[test]
    fn a_word_the_text_writes_in_lower_case_is_no_surname() {
        let text = "Germany's colonial history Colonial ambitions of the Third Reich Colonial \
            aspirations resurged. Colonial projects followed.";
        assert!(names(text).is_empty(), "{:?}", names(text));
    }

    #[test]
    fn gamer_tags_inside_korean_names_are_left_out() {
        assert_eq!(
            names("Lee \u{201C}Faker\u{201D} Sang-hyeok has won six titles."),
            ["Lee Sang-hyeok"]
        );
        assert_eq!(
            names("Head coach Kim \u{201C}kkOma\u{201D} Jeong-gyun praised him."),
            ["Kim Jeong-gyun"]
        );
        // Lower case inside quotes is no nickname before a plain name.
        assert!(names("Fans of \u{201C}kkOma\u{201D} Arena cheered.").is_empty());
    }

    #[test]
    fn a_capitalised_article_inside_a_sentence_opens_no_name() {
        assert!(names("Welcome back to The Long Game, our podcast.").is_empty());
        assert_eq!(
            names("The Long family met Jane Austen's heirs."),
            ["Jane Austen"]
        );
    }

    #[test]
    fn a_given_name_with_a_regnal_number_is_a_monarch() {
        assert_eq!(
            names("In Madrid, Charles IV was furious about the sale."),
            ["Charles IV"]
        );
        assert!(names("Rules of the World War II era applied.").is_empty());
    }

    #[test]
    fn a_capitalised_particle_inside_a_name_is_no_place() {
        assert_eq!(
            names("Sharon Van Etten played her new record."),
            ["Sharon Van Etten"]
        );
    }

    #[test]
    fn a_title_word_that_is_a_given_name_after_a_role_noun() {
        assert_eq!(
            names("Palace, whose goalkeeper Dean Henderson was outstanding, held on."),
            ["Dean Henderson"]
        );
    }

    #[test]
    fn a_name_listed_beside_a_person_is_a_person() {
        assert_eq!(
            names("The prize went to Joel Mokyr, Philippe Aghion and Peter Howitt."),
            ["Joel Mokyr", "Philippe Aghion", "Peter Howitt"]
        );
        assert_eq!(
            names("He made saves from Callum Hudson-Odoi and Morgan Gibbs-White."),
            ["Callum Hudson-Odoi", "Morgan Gibbs-White"]
        );
        // A band or firm listed beside a person opens with no given name.
        assert_eq!(
            names("She based the band on Fleetwood Mac and Stevie Nicks."),
            ["Stevie Nicks"]
        );
        // After a place preposition, a wide-list given name alone is no evidence.
        assert!(names("They drove on to Santa Rosa in the rain.").is_empty());
    }

    #[test]
    fn role_nouns_of_the_wide_list_cue_full_names_only() {
        assert_eq!(
            names("It was adapted by Ramsay and the playwright Enda Walsh last year."),
            ["Enda Walsh"]
        );
        assert_eq!(
            names("Cinematographer Ari Wegner shoots the town in blue light."),
            ["Ari Wegner"]
        );
        assert_eq!(
            names("Councilmembers Ray Szymanski and Doug Petrakis voted no."),
            ["Ray Szymanski", "Doug Petrakis"]
        );
        assert_eq!(
            names("Neighbor Jamal Whitaker-Price, 27, saw the flames."),
            ["Jamal Whitaker-Price"]
        );
        // A given name that is also a city, after a role noun.
        assert_eq!(
            names("Lt. Kevin Oyelaran and Engineer Sofia Marchetti found him upstairs."),
            ["Kevin Oyelaran", "Sofia Marchetti"]
        );
        // One word after a noun of the wide list is no person: a character, an award.
        assert!(names("She meets her neighbour Kwame at the yard.").is_empty());
        assert!(names("He won a Critics Choice award last week.").is_empty());
    }

    #[test]
    fn syllable_given_names_written_first_and_titles_as_surnames() {
        assert_eq!(
            names("The fraud came to light when a newly hired auditor, Hye-jin Moon, noticed it."),
            ["Hye-jin Moon"]
        );
        assert_eq!(
            names("“We'll have to bowl well,” said Travis Head, who fielded at gully."),
            ["Travis Head"]
        );
        // A title before a name still describes it.
        assert_eq!(
            names("The talks were led by Deputy Head Maria Lopez in May."),
            ["Maria Lopez"]
        );
    }

    #[test]
    fn initials_and_middle_initials_open_names() {
        assert_eq!(
            names("Mayor T.J. Osei, who does not vote, said he would sign it."),
            ["T.J. Osei"]
        );
        assert_eq!(
            names("His co-authors include Line K. Bay, also of the institute."),
            ["Line K. Bay"]
        );
        // An organisation named after a person with an initial stays an organisation.
        assert!(names("Funding came from the Paul G. Allen Family Foundation.").is_empty());
    }

    #[test]
    fn a_short_form_joins_a_long_name_only_before_its_particles() {
        assert_eq!(
            names(
                "Rosa Elena Villarreal de la Garza taught for years. A professor, Sister \
                 Mary Ignatius Boyle, persuaded her. Rosa Villarreal said so in 1972."
            ),
            ["Rosa Elena Villarreal de la Garza", "Mary Ignatius Boyle"]
        );
        // A plain surname after the short form is another person: father and son.
        assert_eq!(
            names("Joaquín Guzmán López, a son of Joaquín Guzmán, was arrested."),
            ["Joaquín Guzmán López", "Joaquín Guzmán"]
        );
    }

    #[test]
    fn professor_is_an_honorific() {
        assert_eq!(
            names("“These are the numbers,” said Professor Adrian Hill, the director."),
            ["Adrian Hill"]
        );
    }

    #[test]
    fn titles_demonyms_and_honorifics_are_stripped() {
        assert_eq!(
            names("Chinese Foreign Minister Wang Yi met Secretary of State Antony J. Blinken."),
            ["Wang Yi", "Antony J. Blinken"]
        );
        assert_eq!(
            names("Russian President Vladimir Putin spoke."),
            ["Vladimir Putin"]
        );
        assert_eq!(
            names("Dr. Tedros Adhanom Ghebreyesus warned."),
            ["Tedros Adhanom Ghebreyesus"]
        );
    }

    #[test]
    fn a_given_name_that_is_also_a_place_after_a_title() {
        assert_eq!(
            names("Tucson Mayor Regina Romero signed. Mayor Florence Ndlovu of Harare agreed."),
            ["Regina Romero", "Florence Ndlovu"]
        );
        // Without a title, the place stays a place.
        assert_eq!(
            names("Flights from Regina resumed on Monday."),
            Vec::<String>::new()
        );
    }

    #[test]
    fn compounds_with_a_lower_case_part_are_not_names() {
        // The real Element blog post: "On-premise" used again alone was taken for a surname.
        assert_eq!(
            names(
                "Deployed as Element Cloud or Element On-premise it costs $3. Element Enterprise On-premise costs $4. It is deployed Cloud or On-premise."
            ),
            Vec::<String>::new()
        );
        assert_eq!(
            names("Mary Smith-Jones met Jean-Pierre Raffarin. Smith-Jones said no."),
            ["Mary Smith-Jones", "Jean-Pierre Raffarin"]
        );
    }

    #[test]
    fn syllable_given_names_particles_plural_titles_and_service_nouns() {
        // Hyphenated given names after a family name written first.
        assert_eq!(
            names("Han Dong-hoon met Tsai Ing-wen. Lee Jae-myung stayed away."),
            ["Han Dong-hoon", "Tsai Ing-wen", "Lee Jae-myung"]
        );
        assert_eq!(
            names("I told my boss, Kwak Noh-jung, about it."),
            ["Kwak Noh-jung"]
        );
        assert_eq!(
            names("Park Ji-won left SK Hynix in 2021. We met at Olympic Park Stadium."),
            ["Park Ji-won"]
        );
        // A relative named by a given name alone; a relative named in full stays.
        assert_eq!(
            names("She is survived by a daughter, Nneka Reyes; a sister, Grace; and a son."),
            ["Nneka Reyes"]
        );
        assert!(names("The novel follows a Lithuanian widow, Grazina.").is_empty());
        // A surname after an honorific vouches for a full name met without evidence.
        assert_eq!(
            names("She toured with Art Blakey and the Jazz Messengers. Mr. Blakey said so."),
            ["Art Blakey"]
        );
        // A short particle inside a compound name.
        assert_eq!(
            names("The army chief, Gen. Waker-uz-Zaman, spoke."),
            ["Waker-uz-Zaman"]
        );
        // A plural title before a list of names; a service noun before a name.
        assert_eq!(
            names("He served Presidents Richard Nixon and Gerald Ford."),
            ["Richard Nixon", "Gerald Ford"]
        );
        assert_eq!(
            names("Russia freed the former Marine Paul Whelan. Marine Le Pen said so."),
            ["Paul Whelan", "Marine Le Pen"]
        );
        // "official" as an adjective before a product or community.
        assert!(names("Join the official Rust Programming Language Discord to chat.").is_empty());
        assert_eq!(
            names("The senior official Jake Sullivan said so."),
            ["Jake Sullivan"]
        );
        // A known given name after "the party of" (a place noun for "the city of …").
        assert_eq!(
            names("The Samajwadi Party of Akhilesh Yadav won 37 seats."),
            ["Akhilesh Yadav"]
        );
        // A one-word speaker described right after the speech verb.
        assert_eq!(
            names("\"We were promised jobs,\" said Yusran, a resident of Penajam."),
            ["Yusran"]
        );
        assert!(names("\"Prices rose,\" said Reuters, a news agency.").is_empty());
    }

    #[test]
    fn coreference_within_an_article() {
        assert_eq!(
            names(
                "Antony J. Blinken met Wang Yi. Mr. Blinken and Mr. Wang talked. Mr. Xi, or Xi Jinping, agreed."
            ),
            ["Antony J. Blinken", "Wang Yi", "Xi Jinping"]
        );
        assert_eq!(names("President Biden spoke. Mr. Biden left."), ["Biden"]);
        assert_eq!(
            names(
                "Luiz Inácio Lula da Silva spoke. Later Lula da Silva left. President Lula smiled."
            ),
            ["Luiz Inácio Lula da Silva"]
        );
        assert_eq!(
            names("Crown Prince Mohammed bin Salman hosted talks. Prince Mohammed said little."),
            ["Mohammed bin Salman"]
        );
    }

    #[test]
    fn organisations_places_events_nationalities_are_not_people() {
        for text in [
            "The State Department said so.",
            "The White House said so.",
            "The Association of Southeast Asian Nations met.",
            "The Communist Party ruled.",
            "She was the Democratic nominee.",
            "The Supreme Court ruled. The Olympic Games opened. Hurricane Beryl hit.",
            "The Chinese and the Laotians met in Hong Kong.",
            "Refugees fled to Khan Younis and Deir al-Balah.",
            "Ships crossed the Bab el-Mandeb strait.",
            "The New Popular Front won. The National Rally came third.",
        ] {
            assert!(names(text).is_empty(), "{text}: {:?}", names(text));
        }
    }

    #[test]
    fn names_that_are_also_places() {
        assert_eq!(names("Jordan Bardella led the party."), ["Jordan Bardella"]);
        assert_eq!(
            names("Defense Secretary Lloyd J. Austin III spoke. Austin said more."),
            ["Lloyd J. Austin III"]
        );
        assert_eq!(
            names("King Charles III met Pope Francis."),
            ["Charles III", "Pope Francis"]
        );
    }

    #[test]
    fn many_naming_cultures() {
        assert_eq!(
            names("Nguyen Phu Trong died. Mr. Trong had led the party. To Lam succeeded him."),
            ["Nguyen Phu Trong", "To Lam"]
        );
        assert_eq!(
            names(
                "Bashar al-Assad fled. Ursula von der Leyen spoke. Recep Tayyip Erdoğan listened."
            ),
            [
                "Bashar al-Assad",
                "Ursula von der Leyen",
                "Recep Tayyip Erdoğan"
            ]
        );
        assert_eq!(
            names("Kim Jong Un fired a missile. Mr. Kim watched."),
            ["Kim Jong Un"]
        );
    }

    #[test]
    fn photo_credits_are_not_people() {
        for text in [
            "Protesters marched. Photograph: Guy Smallman/Getty Images",
            "The CEO spoke in Seattle. REUTERS/Mike Blake",
            "Forest at dawn. Photo: Tomas Munita for The New York Times",
        ] {
            assert!(names(text).is_empty(), "{text}: {:?}", names(text));
        }
        assert_eq!(
            names("Guy Smallman, a photographer, said the march was calm."),
            ["Guy Smallman"]
        );
    }

    #[test]
    fn web_page_furniture_and_products_need_evidence() {
        for text in [
            "Ad Feedback appears here. Fact Checker rated it. Happy Thanksgiving to all.",
            "The Magic Mouse and the Powerbeats3 Wireless were reviewed by Business Insider.",
            "Read more at Policy Research. Email Newsletter signups rose.",
        ] {
            assert!(names(text).is_empty(), "{text}: {:?}", names(text));
        }
    }

    #[test]
    fn names_stand_on_given_names_speech_apposition_or_a_surname_used_again() {
        assert_eq!(
            names("Thitinan Pongsudhirak, a political scientist, was not surprised."),
            ["Thitinan Pongsudhirak"]
        );
        assert_eq!(
            names("\"It is over,\" said Chidinma Okafor."),
            ["Chidinma Okafor"]
        );
        assert_eq!(names("Bettina Lemke wrote the book."), ["Bettina Lemke"]);
        assert_eq!(
            names("Remco Evenepoel of Belgium was third."),
            ["Remco Evenepoel"]
        );
        assert_eq!(
            names("Zorbax Quillfeather arrived. Later Quillfeather left."),
            ["Zorbax Quillfeather"]
        );
        assert!(names("Zorbax Quillfeather arrived.").is_empty());
    }

    #[test]
    fn occupations_opening_a_sentence_and_addressed_names_are_cues() {
        // An occupation opening the sentence is no part of the name, listed or not.
        assert_eq!(
            names("Forecaster Joanna Pike said the wind would drop."),
            ["Joanna Pike"]
        );
        assert_eq!(
            names("Host Dana Whitlock visits a farm."),
            ["Dana Whitlock"]
        );
        assert_eq!(
            names("Singer Maren Holt has said the band was ready."),
            ["Maren Holt"]
        );
        assert_eq!(
            names("As the YouTuber Marques Brownlee put it, the camera is the product."),
            ["Marques Brownlee"]
        );
        // One is spoken to, or described as a person, not travelled to.
        assert_eq!(
            names("I spoke to Ingrid Solberg, who fits heat pumps."),
            ["Ingrid Solberg"]
        );
        assert_eq!(
            names("She was born to Aurelio Villarreal, a railway clerk."),
            ["Aurelio Villarreal"]
        );
        assert!(names("The road to Victoria Falls was closed.").is_empty());
        // A given name that opens place names ("Ben Nevis") needs a cue.
        assert_eq!(
            names("Local councillor Ben Otieno said the road was closed."),
            ["Ben Otieno"]
        );
        assert_eq!(
            names("Ben Otieno said the road was closed."),
            ["Ben Otieno"]
        );
        assert!(names("They climbed Ben Nevis in the rain.").is_empty());
        assert_eq!(
            names("Thanks to Reverend Claire Pennock for the keys."),
            ["Claire Pennock"]
        );
        assert_eq!(
            names("It is one plan that County Administrator Gwen Hollis laid out."),
            ["Gwen Hollis"]
        );
        assert_eq!(
            names("A woman named Greta Lindqvist answered the door."),
            ["Greta Lindqvist"]
        );
    }

    #[test]
    fn credits_at_a_storys_end_and_regnal_numbers() {
        assert_eq!(
            names(
                "Mayor Daniel Okafor will sign it. Reporting by Sarah Lindqvist; editing by James Porter"
            ),
            ["Daniel Okafor"]
        );
        assert_eq!(
            names("Mayor Daniel Okafor will sign it. Reporting by Sarah Lindqvist and Tom Cole."),
            ["Daniel Okafor"]
        );
        assert_eq!(names("Pope Leo XIV offered prayers."), ["Pope Leo XIV"]);
    }

    #[test]
    fn bylines_citations_products_and_words_reused_at_sentence_starts_are_not_people() {
        let text = "Wine notes\n\nLabels such as Pinot Noir are in demand. Noir is a grape. \
            The new FaceTime Attention feature works. Author: Julia Hitz\n\n\
            More information: Marcel J. L. Th. Niekus et al. Middle Paleolithic tools.";
        assert!(names(text).is_empty(), "{:?}", names(text));
        // Bare surnames used again in running text, an office behind an organisation
        // word, and a given name joined to another still make names.
        let text = "Budget\n\nAlameda County District Attorney Pamela Price spoke. Critics of \
            Price were loud. The ambassador, MaryKay Carlson, condemned it. Onwurah said so \
            after Chi Onwurah wrote to them.";
        let found = names(text);
        for want in ["Pamela Price", "MaryKay Carlson", "Chi Onwurah"] {
            assert!(found.contains(&want.to_string()), "{want}: {found:?}");
        }
    }

    #[test]
    fn products_titles_of_works_and_modifiers_are_not_people() {
        for text in [
            // A version number or thing noun after the phrase; a role word as adjective.
            "Start from an official Python 3.7 image. Python is flexible.",
            "She is an international volunteer Wikipedia editor. Wikipedia grew.",
            "We looked at the Dell R630 for the rack.",
            // A function word inside: the title of a work, not a name.
            "The quest of Sarah The Implausible ends here.",
            // After an indefinite article, with a description: a creature, not a person.
            "It is interrupted by a Plot Dragon, who deals no damage.",
            // The end of a longer phrase or a vintage is not a surname used again alone.
            "Labels praise Pinot Noir. Growers prefer the Pinot Noir of the valley.",
            "He poured the 2011 B Goldkapsel, then a 2009 Goldkapsel.",
        ] {
            assert!(names(text).is_empty(), "{text}: {:?}", names(text));
        }
        // A title before a surname used again still counts as evidence.
        assert_eq!(
            names("Zorbax Quillfeather arrived. Secretary Quillfeather left."),
            ["Zorbax Quillfeather"]
        );
    }

    #[test]
    fn a_place_as_surname_and_people_listed_beside_places() {
        assert_eq!(
            names("Joaquin Phoenix and Renee Zellweger were named best actors."),
            ["Joaquin Phoenix", "Renee Zellweger"]
        );
        assert_eq!(
            names("Under Chancellor Otto von Bismarck, the empire grew."),
            ["Otto von Bismarck"]
        );
        assert!(names("Flights to Phoenix and Kryvyi Rih resumed.").is_empty());
    }

    #[test]
    fn words_in_the_headline_are_not_used_again_alone() {
        let text = "Kevin Drennan started a Grateful Dead Weblog\n\nKevin Drennan started his \
            Grateful Dead Weblog today.";
        let s = sentences::split(text);
        let body = text.find("\n\n").unwrap() + 2;
        let found: Vec<String> = detect(text, &s, (body, body), &[], &Registry::default())
            .into_iter()
            .map(|p| p.name)
            .collect();
        assert_eq!(found, ["Kevin Drennan"]);
    }

    #[test]
    fn registry_aliases_canonicalise() {
        let mut r = Registry::default();
        r.add_people(
            "people:\n  - name: Joe Biden\n    aliases: [Biden]\nignore: [Hang Seng]\n",
            std::path::Path::new("data/people.yaml"),
        )
        .unwrap();
        assert_eq!(names_with("President Biden spoke.", &r), ["Joe Biden"]);
        assert_eq!(names_with("Joe Biden and Mr. Biden.", &r), ["Joe Biden"]);
    }
}
