//! People in text that is not English. Capitalisation alone proves nothing there (German
//! capitalises every noun; many scripts have no capitals), so a name must stand on evidence:
//! the curator's registry, a name the site already knows, a cue of the text's own language
//! right before it ("Bundeskanzler Olaf Scholz", "M. Macron", "президент Владимир Путин"),
//! or a known given name starting a two- or three-word name. A surname used again alone
//! refers back to the full name.

use super::cues::{self, Cues};
use super::honorifics;
use super::lexicon::{
    GIVEN_NAMES, ORG_WORDS, PARTICLES, PLACE_FIRST, is_acronym, is_capitalised, is_initial,
};
use super::people::{Person, PersonMention, canonicalise, claim_surnames, known_given};
use super::registry::Registry;
use super::tokens::{Token, tokens};

/// Finds the people of a non-English article (same inputs as [`super::people::detect`],
/// plus names the site already knows and the article's language).
pub fn detect(
    text: &str,
    sentences: &[(usize, usize)],
    body_start: usize,
    places: &[(usize, usize)],
    registry: &Registry,
    known: &[String],
    language: &str,
) -> Vec<Person> {
    let cues = cues::of(&crate::lang::primary(language));
    let mut people: Vec<Person> = Vec::new();
    let mut singles: Vec<(usize, usize, String, bool)> = Vec::new();
    let mut all_tokens: Vec<Vec<Token<'_>>> = Vec::with_capacity(sentences.len());
    for &(s, e) in sentences {
        let toks = tokens(text, s, e);
        // A byline or credit line ("Von Markus Balser und Klaus Ott", "Foto: …") names
        // people who are not in the story.
        let credit_line = toks.first().is_some_and(|t| is_credit(t.text))
            && toks
                .iter()
                .skip(1)
                .find(|t| t.text != ":")
                .is_some_and(|t| is_capitalised(t.text));
        if s >= body_start && !credit_line {
            for c in candidates(text, &toks, places, cues, &crate::lang::primary(language)) {
                if c.words.len() == 1 {
                    singles.push((c.start, c.end, c.words[0].clone(), c.rule == RULE_CUE));
                } else {
                    add(&mut people, c.words.join(" "), c.start, c.end, c.rule);
                }
            }
        }
        all_tokens.push(toks);
    }
    let primary = crate::lang::primary(language);
    if honorifics::is_caseless(&primary) {
        add_caseless(&mut people, text, body_start, places, &primary);
    }
    let german = matches!(primary.as_str(), "de" | "lb");
    if german {
        drop_nouns_after_given_names(&mut people);
        merge_genitives(&mut people, text);
    }
    if primary == "fi" {
        merge_finnish_genitives(&mut people, text);
    }
    for (name, rule) in literal_names(registry, known) {
        for (s, e) in occurrences(text, &name, body_start) {
            add(&mut people, name.clone(), s, e, rule);
        }
    }
    // A cued surname alone refers to the full name that ends with it, else stands alone
    // ("Kanzler Scholz").
    let inflects = cues.is_some_and(|c| c.inflects);
    if inflects {
        to_nominative(&mut people, &crate::lang::primary(language));
        merge_inflected(&mut people);
    }
    merge_tails(&mut people);
    // Indonesian and Malay press calls people by the given name after "Pak"/"Bu" ("kata Pak
    // Budi" of Budi Santoso): a cued word that opens one full name is that person.
    let by_given_name = matches!(primary.as_str(), "id" | "ms");
    // "Prezes Orlenu Ireneusz Fąfara": one cued word right before a full name is what the
    // role is of (here in the genitive), not a person, there and wherever else it stands
    // ("prezes Orlenu").
    let complements: std::collections::HashSet<String> = singles
        .iter()
        .filter(|(_, _, word, cued)| {
            *cued
                && people.iter().any(|p| {
                    p.name.contains(' ')
                        && p.mentions.iter().any(|m| {
                            text[..m.start]
                                .strip_suffix(' ')
                                .and_then(|b| b.strip_suffix(word.as_str()))
                                .is_some_and(|b| !b.ends_with(char::is_alphanumeric))
                        })
                })
        })
        .map(|(_, _, word, _)| word.clone())
        .collect();
    people.retain(|p| !complements.contains(&p.name));
    let singles = singles
        .into_iter()
        .filter(|(_, _, word, _)| !complements.contains(word));
    for (s, e, word, cued) in singles {
        let owner = people.iter().position(|p| {
            p.name.split(' ').count() > 1
                && p.name.rsplit(' ').next().is_some_and(|last| {
                    last == word
                        || (inflects && inflected(&word, last))
                        || (german && genitive_of(&word, last))
                })
                || (by_given_name
                    && cued
                    && p.name
                        .split_once(' ')
                        .is_some_and(|(first, _)| first == word))
        });
        match owner {
            Some(i) => people[i].mentions.push(PersonMention {
                start: s,
                end: e,
                rule: "person:coreference",
            }),
            None if cued => add(&mut people, word, s, e, RULE_CUE),
            None => {}
        }
    }
    // Overlapping finds of one span (a registry name also cued) keep the first.
    people.retain(|p| !p.mentions.is_empty());
    claim_surnames(&mut people, &all_tokens);
    canonicalise(&mut people, registry);
    for p in &mut people {
        p.mentions.sort_by_key(|m| m.start);
        p.mentions.dedup_by_key(|m| (m.start, m.end));
    }
    people.sort_by_key(|p| p.mentions.first().map_or(usize::MAX, |m| m.start));
    people
}

/// People of a script without capitals, where only a title or honorific beside a name
/// marks it (`honorifics`): each name found so, its other occurrences, and a family name
/// alone ("松井さん") as a mention of the full name that opens with it (or, in scripts that
/// put the family name last, ends with it).
fn add_caseless(
    people: &mut Vec<Person>,
    text: &str,
    body_start: usize,
    places: &[(usize, usize)],
    language: &str,
) {
    let found = honorifics::find(text, body_start, places, language);
    for f in found.iter().filter(|f| !f.partial) {
        add(people, f.name.clone(), f.start, f.end, RULE_CUE);
    }
    let names: Vec<String> = people.iter().map(|p| p.name.clone()).collect();
    for name in names {
        for (s, e) in occurrences(text, &name, body_start) {
            add(people, name.clone(), s, e, "person:coreference");
        }
    }
    for f in found.iter().filter(|f| f.partial) {
        if let Some(p) = people.iter_mut().find(|p| {
            p.name != f.name && (p.name.starts_with(&f.name) || p.name.ends_with(&f.name))
        }) {
            p.mentions.push(PersonMention {
                start: f.start,
                end: f.end,
                rule: "person:coreference",
            });
        }
    }
}

/// A name that is the tail of a longer one opening with a given name of the hand-kept list
/// (the wide one holds German nouns such as "Name"), ignoring case, is
/// that person: a compound surname alone ("Díaz Ayuso" of Isabel Díaz Ayuso) or a particle
/// capitalised at a sentence's start ("Te Kloese" of Dennis te Kloese); or the name less its
/// middle names ("Marco Wendling" of Marco Hans-Peter Wendling).
fn merge_tails(people: &mut Vec<Person>) {
    let lower = |n: &str| -> Vec<String> { n.split(' ').map(str::to_lowercase).collect() };
    fold_each(people, |people, i| {
        let short = lower(&people[i].name);
        (0..people.len()).find(|&j| {
            let long = lower(&people[j].name);
            // The longer name must open with a given name: "Name Sebastian K." is a noun
            // before a name, not a fuller one.
            // "Marco Wendling" of "Marco Hans-Peter Wendling": a middle name left out.
            let middle_left_out = long.first() == short.first()
                && long.last() == short.last()
                && short.iter().all(|w| long.contains(w));
            j != i
                && short.len() >= 2
                && long.len() > short.len()
                && (long.ends_with(&short) || middle_left_out)
                && people[j]
                    .name
                    .split(' ')
                    .next()
                    .is_some_and(|w| GIVEN_NAMES.contains(w))
        })
    });
}

/// Walks `people` in order and folds each one for which `owner` names another person into
/// that person (its mentions join theirs); the others stay, in order.
fn fold_each(people: &mut Vec<Person>, owner: impl Fn(&[Person], usize) -> Option<usize>) {
    let mut i = 0;
    while i < people.len() {
        match owner(people, i) {
            Some(j) => fold_into(people, i, j),
            None => i += 1,
        }
    }
}

/// Person `from` is person `into`: its mentions join theirs and it leaves the list.
fn fold_into(people: &mut Vec<Person>, from: usize, into: usize) {
    let moved = std::mem::take(&mut people[from].mentions);
    people[into].mentions.extend(moved);
    people.remove(from);
}

/// `form` is `base` with a case ending ("Tuska" of "Tusk", "Метшина" of "Метшин",
/// "Morawieckiego" of "Morawiecki"): `base` less a final vowel, then one to four letters.
fn inflected(form: &str, base: &str) -> bool {
    let stem = base
        .strip_suffix(|c: char| "aeiouyąęаеёиоуыэюяйь".contains(c))
        .unwrap_or(base);
    stem.chars().count() >= 3
        && form != base
        && form.strip_prefix(stem).is_some_and(|end| {
            (1..=4).contains(&end.chars().count()) && end.chars().all(char::is_lowercase)
        })
}

/// Names met in a declined form take their nominative ("Karola Nawrockiego" is Karol
/// Nawrocki); two finds of one person then join.
fn to_nominative(people: &mut Vec<Person>, language: &str) {
    for p in people.iter_mut() {
        let words: Vec<String> = p.name.split(' ').map(String::from).collect();
        if let Some(n) = super::declension::nominative(&words, language, given) {
            p.name = n.join(" ");
        }
    }
    fold_each(people, |people, i| {
        (0..i).find(|&j| people[j].name == people[i].name)
    });
}

/// In languages that decline names, "Donalda Tuska" is Donald Tusk: a name whose every word
/// is a declined form of another found name's word joins that name (the shorter, the base
/// form).
fn merge_inflected(people: &mut Vec<Person>) {
    let words = |p: &Person| p.name.split(' ').map(String::from).collect::<Vec<_>>();
    fold_each(people, |people, i| {
        let a = words(&people[i]);
        (a.len() >= 2)
            .then(|| {
                people.iter().position(|p| {
                    let b = words(p);
                    b.len() == a.len()
                        && b != a
                        && a.iter().zip(&b).all(|(x, y)| x == y || inflected(x, y))
                })
            })
            .flatten()
    });
}

/// A German genitive of a name: "Merkels" of "Merkel", "Strauss'" of "Strauss".
fn genitive_of(form: &str, base: &str) -> bool {
    match form.strip_prefix(base) {
        Some("s") => !base.ends_with(['s', 'x', 'z', 'ß']),
        Some("'") | Some("’") => base.ends_with(['s', 'x', 'z', 'ß']),
        _ => false,
    }
}

/// German genitives before the noun they govern ("Robert Boschs Enkel", "Van der
/// Bellens Appell") are the name: each joins the name it is the genitive of, or, when
/// every mention precedes a capitalised noun, becomes that name.
fn merge_genitives(people: &mut Vec<Person>, text: &str) {
    let mut i = 0;
    while i < people.len() {
        let name = people[i].name.clone();
        let Some((head, last)) = name.rsplit_once(' ') else {
            i += 1;
            continue;
        };
        let Some(base) = last
            .strip_suffix('s')
            .filter(|b| b.chars().count() >= 3 && !b.ends_with(['s', 'x', 'z', 'ß']))
        else {
            i += 1;
            continue;
        };
        let base_name = format!("{head} {base}");
        // The bare form must stand somewhere as a word of its own ("Bosch-Stiftung"), or
        // "Manuel Gerres Tweet" would lose its s.
        let stands = stands_alone(text, base);
        let before_noun = stands
            && people[i].mentions.iter().all(|m| {
                text[m.end..]
                    .strip_prefix(' ')
                    .and_then(|r| r.chars().next())
                    .is_some_and(char::is_uppercase)
            });
        match people.iter().position(|p| p.name == base_name) {
            Some(b) => fold_into(people, i, b),
            None if before_noun => {
                people[i].name = base_name;
                i += 1;
            }
            None => i += 1,
        }
    }
}

/// Finnish puts a name in the genitive with "-n" ("Orpon", "Stubbin", "Häkkäsen" of
/// Häkkänen): a name whose last word is such a genitive becomes the name it is the genitive
/// of when that name is met too, or its surname stands alone in the text ("Stubb sanoi").
/// Without either it stays: "Marin" is a nominative ending in "-in".
fn merge_finnish_genitives(people: &mut Vec<Person>, text: &str) {
    let mut i = 0;
    while i < people.len() {
        let name = people[i].name.clone();
        let Some((head, last)) = name.rsplit_once(' ') else {
            i += 1;
            continue;
        };
        let mut merged = false;
        for base in finnish_genitive_bases(last) {
            let base_name = format!("{head} {base}");
            if let Some(b) = people.iter().position(|p| p.name == base_name) {
                fold_into(people, i, b);
                merged = true;
                break;
            }
            if stands_alone(text, &base) {
                people[i].name = base_name;
                break;
            }
        }
        if !merged {
            i += 1;
        }
    }
}

/// The nominatives a Finnish genitive may be of: "-sen" of "-nen", "-in" after a
/// consonant, "-n" after a vowel.
fn finnish_genitive_bases(word: &str) -> Vec<String> {
    let vowel = |c: char| "aeiouyäöå".contains(c.to_lowercase().next().unwrap_or(' '));
    let mut out = Vec::new();
    if let Some(stem) = word.strip_suffix("sen") {
        out.push(format!("{stem}nen"));
    }
    if let Some(stem) = word.strip_suffix("in")
        && stem
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphabetic() && !vowel(c))
    {
        out.push(stem.to_string());
    }
    if let Some(stem) = word.strip_suffix('n')
        && stem.chars().next_back().is_some_and(vowel)
    {
        out.push(stem.to_string());
    }
    out.retain(|b| b.chars().count() >= 3);
    out
}

/// `word` stands in `text` as a word of its own.
fn stands_alone(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// In German, a given name may stand alone before any capitalised noun ("macht Vreni Mut",
/// "für Pamela von Innen"): a name met once, on its given name only, goes when the same
/// given name opens a name met more often ("Vreni Frost", "Pamela Reif").
fn drop_nouns_after_given_names(people: &mut Vec<Person>) {
    let first = |p: &Person| p.name.split(' ').next().unwrap_or("").to_string();
    let weak = |p: &Person| p.mentions.len() == 1 && p.mentions[0].rule == RULE_GIVEN;
    let strong: Vec<(String, usize)> = people
        .iter()
        .filter(|p| p.name.contains(' '))
        .map(|p| (first(p), p.mentions.len()))
        .collect();
    people.retain(|p| {
        !(weak(p) && p.name.contains(' ') && strong.iter().any(|(f, n)| *f == first(p) && *n > 1))
    });
}

const RULE_CUE: &str = "person:cue";
const RULE_GIVEN: &str = "person:given-name";

struct Candidate {
    start: usize,
    end: usize,
    words: Vec<String>,
    rule: &'static str,
}

fn add(people: &mut Vec<Person>, name: String, start: usize, end: usize, rule: &'static str) {
    let taken = people.iter().any(|p| {
        p.mentions
            .iter()
            .any(|m| m.start < end && start < m.end && p.name != name)
    });
    if taken {
        return;
    }
    let m = PersonMention { start, end, rule };
    match people.iter_mut().find(|p| p.name == name) {
        Some(p) => {
            if !p.mentions.contains(&m) {
                p.mentions.push(m);
            }
        }
        None => people.push(Person {
            name,
            mentions: vec![m],
            regnal: false,
        }),
    }
}

fn placey(places: &[(usize, usize)], t: &Token<'_>) -> bool {
    let i = places.partition_point(|p| p.1 <= t.start);
    places.get(i).is_some_and(|p| p.0 < t.end)
}

/// The token is a whole place name of its own (not part of a longer one).
fn place_within(places: &[(usize, usize)], t: &Token<'_>) -> bool {
    let i = places.partition_point(|p| p.1 <= t.start);
    places
        .get(i)
        .is_some_and(|p| p.0 >= t.start && p.1 <= t.end && p.0 < t.end)
}

fn is_cue(cues: Option<&Cues>, t: &Token<'_>) -> bool {
    t.word && cues.is_some_and(|c| c.is_cue(t.text))
}

fn is_speech(cues: Option<&Cues>, t: &Token<'_>) -> bool {
    t.word && cues.is_some_and(|c| c.is_speech(t.text))
}

/// Particles that may open the particles inside a name ("von der Leyen", "da Silva"), unlike
/// articles ("Vorsitzende der Enquete-Kommission").
fn opens_particles(w: &str) -> bool {
    PARTICLES.contains(w)
        && !matches!(
            w,
            "der" | "den" | "das" | "des" | "dem" | "la" | "le" | "y" | "e" | "do" | "du" | "op"
        )
}

/// A known given name, or one written with plain letters ("Zoë" → "Zoe"; not umlauts, so
/// "Hände" does not pass as "Hande").
fn given(word: &str) -> bool {
    // Umlauts and ß are German letters, not accents the list left off ("Hände" is no "Hande").
    let foldable = |w: &str| !w.is_ascii() && !w.contains(['ä', 'ö', 'ü', 'ß']);
    let one = |w: &str| known_given(w) || (foldable(w) && known_given(&deunicode::deunicode(w)));
    // "Jean-Yves", "Pierre-Éric", "Anna-Lena": every part a given name.
    one(word) || (word.contains('-') && word.split('-').all(|p| !p.is_empty() && one(p)))
}

/// Endings of the abstract nouns of the Romance languages, which no surname has: "Alta
/// Complejidad" (a prosecutors' unit; "Alta" is a given name in English lists), "Seguridad",
/// "Comunicação", "Sanità", "Société".
fn abstract_noun(word: &str, language: &str) -> bool {
    let endings: &[&str] = match language {
        "es" => &["idad", "ción", "ciones", "sión", "siones"],
        "pt" => &["idade", "ção", "ções", "são", "sões"],
        "it" => &["ità", "zione", "zioni", "sione", "sioni"],
        "fr" => &["ité", "tion", "tions", "sion", "sions"],
        "ca" => &["itat", "ció", "cions", "sió"],
        "ro" => &["itate", "ție", "ţie", "țiune"],
        _ => return false,
    };
    // Marian and virtue names are given names and surnames too ("María Concepción López",
    // "Fernando Conceição").
    const NAMES: &[&str] = &[
        "concepción",
        "conceição",
        "asunción",
        "assunção",
        "encarnación",
        "encarnação",
        "ascensión",
        "purificación",
        "anunciación",
        "visitación",
        "trinidad",
        "soledad",
        "caridad",
        "piedad",
        "felicidad",
        "natividad",
        "sion",
        "simão",
    ];
    let w = word.to_lowercase();
    endings
        .iter()
        .any(|e| w.ends_with(e) && w.chars().count() > e.chars().count() + 2)
        && !NAMES.contains(&w.as_str())
        && !given(word)
}

/// English nouns of roads and buildings, which other languages' news keeps in the names of
/// the places they end ("Marcos Highway" in Manila, "Jalan Tun Razak" aside): a run ending
/// in one is that place, never a person after a given name. Not `lexicon::ORG_WORDS`, which
/// also holds surnames ("Park", "Hall", "Law", "Sun") a name may end in.
const FACILITIES: &[&str] = &[
    "Highway",
    "Expressway",
    "Freeway",
    "Avenue",
    "Street",
    "Road",
    "Boulevard",
    "Bridge",
    "Airport",
    "Station",
    "Stadium",
    "Hospital",
    "University",
    "College",
    "School",
    "Museum",
    "Hotel",
    "Mall",
    "Plaza",
    "Arena",
    "Tower",
    "Center",
    "Centre",
    "Church",
    "Cathedral",
];

/// Endings of German common nouns that surnames do not have ("Liebhaberin", "Freiheit",
/// "Gesellschaft"); "-ung" only on long words (Jung, Hartung are surnames).
fn german_noun(word: &str) -> bool {
    let w = word.to_lowercase();
    const ENDINGS: &[&str] = &[
        "heit", "keit", "schaft", "erin", "ismus", "ität", "tion", "innen", "nisse",
    ];
    ENDINGS
        .iter()
        .any(|e| w.len() > e.len() + 2 && w.ends_with(e))
        || (w.chars().count() >= 8 && w.ends_with("ung"))
}

/// Last parts of compounds that make a hyphenated word an institution, place or thing
/// ("Robert Koch-Institut", "Max-Planck-Gesellschaft", "Nobel-Preis").
const COMPOUND_TAILS: &[&str] = &[
    "institut",
    "institute",
    "stiftung",
    "verein",
    "verband",
    "klinik",
    "klinikum",
    "universität",
    "schule",
    "gymnasium",
    "preis",
    "straße",
    "strasse",
    "platz",
    "gesellschaft",
    "partei",
    "museum",
    "theater",
    "zentrum",
    "center",
    "gesetz",
    "haus",
    "brücke",
    "allee",
    "bahnhof",
    "flughafen",
    "stadion",
    "arena",
    "award",
    "prize",
    "syndrom",
    "effekt",
    "virus",
    "kaserne",
    "kirche",
    "schloss",
    "see",
    "berg",
];

fn compound_thing(word: &str) -> bool {
    word.rsplit_once('-')
        .is_some_and(|(_, tail)| COMPOUND_TAILS.contains(&tail.to_lowercase().as_str()))
}

/// A noble title that German names carry between the given name and the particle:
/// "Tobias Freiherr von Gemmingen", "Karl-Theodor Freiherr zu Guttenberg".
fn noble(w: &str) -> bool {
    matches!(
        w,
        "Freiherr"
            | "Freifrau"
            | "Freiin"
            | "Graf"
            | "Gräfin"
            | "Prinz"
            | "Prinzessin"
            | "Fürst"
            | "Fürstin"
            | "Ritter"
            | "Edler"
            | "Reichsgraf"
            | "Erbprinz"
    )
}

/// A word that may stand in a name here.
fn name_word(cues: Option<&Cues>, t: &Token<'_>) -> bool {
    t.word
        && is_capitalised(t.text)
        && (is_initial(t.text) || !is_acronym(t.text))
        && !t.text.chars().any(|c| c.is_ascii_digit())
        && !ORG_WORDS.contains(t.text)
        && !compound_thing(t.text)
        && !cues.is_some_and(|c| c.is_never(t.text) || c.is_institution(t.text))
}

/// Candidate names of one sentence: capitalised runs with a cue right before them or a
/// known given name first.
fn candidates(
    text: &str,
    toks: &[Token<'_>],
    places: &[(usize, usize)],
    cues: Option<&Cues>,
    language: &str,
) -> Vec<Candidate> {
    // "di", "de" are prepositions in Indonesian and Turkish names have no particles;
    // Malay and Indonesian names have "bin"/"binti" ("Mahmud bin Abdullah").
    let patronymic_only = matches!(language, "id" | "ms");
    let particles = language != "tr";
    // German capitalises nouns, so a capitalised word after a name may be anything.
    let nouns_capitalised = matches!(language, "de" | "lb");
    let mut out = Vec::new();
    let n = toks.len();
    let mut i = 0;
    while i < n {
        let t = &toks[i];
        // Function words capitalised at the start of a sentence ("O presidente …") are
        // not part of the run.
        if !(t.word && is_capitalised(t.text)) || cues.is_some_and(|c| c.is_never(t.text)) {
            i += 1;
            continue;
        }
        // The capitalised run, particles inside ("Ursula von der Leyen").
        // Particles only after a name that is surely one ("Fan von Smoothies" is no name).
        let sure_given = |w: &str| {
            if nouns_capitalised {
                GIVEN_NAMES.contains(w)
            } else {
                given(w)
            }
        };
        let opened =
            particles && (sure_given(t.text) || is_cue(cues, t) || cue_before(toks, i, cues));
        let mut j = i + 1;
        while j < n {
            let u = &toks[j];
            // Or after a sure given name inside the run ("Buurtbewoonster Marieke van der
            // Linden").
            // A capitalised particle after a given name opens a group too ("Alexander
            // Van der Bellen").
            let cap_particle = j >= i + 2
                && PARTICLES.contains(toks[j - 1].text.to_lowercase().as_str())
                && sure_given(toks[j - 2].text);
            let particles = opened
                || (particles
                    && (sure_given(toks[j - 1].text) || cap_particle || noble(toks[j - 1].text)));
            let capital = u.word && is_capitalised(u.text) && !toks[j - 1].possessive;
            // Dutch and German particles stand between the given names and the one
            // surname: after a surname, "van"/"von" starts a place or body ("Frank
            // Dijkhuizen van Nieuwegein", "Pieter de Groot van de Universiteit").
            let before_surname = !(nouns_capitalised || language == "nl")
                || j - 1 == i
                || given(toks[j - 1].text)
                || cap_particle
                || is_initial(toks[j - 1].text)
                || noble(toks[j - 1].text);
            let particle_ok = if patronymic_only {
                matches!(u.text, "bin" | "binti" | "bint")
                    && toks
                        .get(j + 1)
                        .is_some_and(|v| v.word && is_capitalised(v.text))
            } else {
                // After "Van", the group is open: an article may follow ("Van der Bellen").
                particles_then_capital(toks, j, cap_particle)
            };
            if !(capital || (particles && before_surname && particle_ok)) {
                break;
            }
            // Past the whole group of particles to the surname ("de la Torre", "van der
            // Berg"): the second particle need not be one that opens a group.
            if !capital {
                while j + 1 < n && toks[j + 1].word && PARTICLES.contains(toks[j + 1].text) {
                    j += 1;
                }
            }
            j += 1;
        }
        // Cue words inside the run ("Bundeskanzler Olaf Scholz") end before the name.
        let mut start = i;
        let mut cued = false;
        for k in i..j {
            if is_cue(cues, &toks[k]) {
                start = k + 1;
                // "Vorsitzende der Enquete-Kommission": a role of something, not a name;
                // "Kepala Dinas Perhubungan DKI Syafrin Liputo": past an acronym or place.
                cued = toks[k + 1..j]
                    .iter()
                    .find(|t| !(is_acronym(t.text) || placey(places, t)))
                    .is_some_and(|t| name_word(cues, t));
            }
        }
        if start == i {
            cued = cue_before(toks, i, cues);
        }
        // "Pengarah Jabatan Pertahanan Awam negeri": a cue inside an institution's name
        // ("Jabatan …") is what the office is of, and one word after it ends that name;
        // a name after it has two words or more ("… Kementerian Luar Negeri Lalu Muhamad
        // Iqbal").
        if start > i
            && j - start < 2
            && toks[i..start]
                .iter()
                .any(|t| cues.is_some_and(|c| c.is_institution(t.text)))
        {
            i = j;
            continue;
        }
        // "мэр города Ильсур Метшин", "minister funduszy Katarzyna Pełczyńska": a cue, then
        // the lower-case words of what the role is of, then a name of two words or more.
        // Not in Greek, where the words between are the genitive of what the title is of
        // ("ο πρόεδρος του Οργανισμού Λιμένος, Γιώργος Σταθόπουλος").
        let phrase_cued =
            start == i && !cued && language != "el" && cue_phrase_before(toks, i, places, cues);
        let spoken = start == i && i.checked_sub(1).is_some_and(|p| is_speech(cues, &toks[p]));
        // "la señora Guadalupe Espinoza": after a cue, a given name that is also a place
        // opens the name.
        let given_place = |k: usize| {
            (cued || spoken)
                && k + 1 < j
                && given(toks[k].text)
                && name_word(cues, &toks[k + 1])
                && !placey(places, &toks[k + 1])
        };
        while start < j
            && ((placey(places, &toks[start]) && !given_place(start))
                || !name_word(cues, &toks[start]))
        {
            // A place or article before the name describes it: "Frankreichs Präsident …".
            start += 1;
        }
        let mut end = j;
        while end > start && !name_word(cues, &toks[end - 1]) {
            end -= 1;
        }
        // Photo credits and bylines name people who are not in the story.
        if credit_before(text, toks, i, j) || (start < j && is_credit(toks[start].text)) {
            i = j;
            continue;
        }
        // "Menteri Perhubungan Budi Santoso", "Gdańska Tomasz Wiśniewski": the name starts
        // at its given name.
        // "Według PiS Mariusza Błaszczaka": a declined given name too.
        let given_at = |f: usize| {
            given(toks[f].text) || super::declension::declined_given(toks[f].text, language, given)
        };
        if let Some(f) = (start + 1..end.saturating_sub(1)).find(|&f| given_at(f))
            && !given(toks[start].text)
        {
            start = f;
        }
        // Greek: what a title is of stands between it and the name, in the genitive and
        // capitalised ("ο υπουργός Υποδομών Χρίστος Δήμας", "ο δήμαρχος Θεσσαλονίκης
        // Στέλιος Αγγελούδης"); the press names a person by two words.
        if language == "el" && (cued || spoken) && end > start + 2 {
            start = end - 2;
        }
        // In German, after the given names comes one surname; capitalised nouns after it
        // are not the name ("Manuel Gerres Tweet", "John Barbour Bekleidung").
        if nouns_capitalised && given(toks[start.min(end.saturating_sub(1))].text) {
            let mut m = start;
            while m + 1 < end
                && (given(toks[m].text) || is_initial(toks[m].text) || noble(toks[m].text))
            {
                m += 1;
            }
            while m + 1 < end && PARTICLES.contains(toks[m].text.to_lowercase().as_str()) {
                m += 1;
            }
            end = end.min(m + 1);
        }
        // What follows a German name in its run may hold another ("Robert Boschs Enkel
        // Christof Bosch").
        let next = if nouns_capitalised && end > i && end < j {
            end
        } else {
            j
        };
        let core = &toks[start..end];
        // "Bill & Melinda Gates Foundation", "Robert Bosch Stiftung": an organisation
        // named after someone; „Belle Femme du Monde No.1“: a quoted title of a product
        // or work.
        if toks[end.min(j)..j]
            .iter()
            .any(|t| ORG_WORDS.contains(t.text))
            || quoted_title(toks, i, j)
            || named_thing(toks, i, start, end, cues, language)
        {
            i = j;
            continue;
        }
        // After a known given name, a place of one word may be the surname ("Alexander
        // Pereira", "Luís Montenegro") or a capitalised particle in it ("Alexander Van der
        // Bellen"); a place of several words ("Santa Cruz") stays a place.
        let given_first = core.len() >= 2 && given(core[0].text);
        let place_given = start < end && given_place(start);
        let ok_words = !core.is_empty()
            && core
                .iter()
                .filter(|t| !PARTICLES.contains(t.text) && !matches!(t.text, "bin" | "binti"))
                .count()
                <= 4
            && core.iter().enumerate().all(|(n, t)| {
                // A capitalised particle inside a name: "Sophie Le Bihan", "Luigi Di Maio".
                let inner_particle = n > 0
                    && n + 1 < core.len()
                    && PARTICLES.contains(t.text.to_lowercase().as_str());
                let surname_place = given_first
                    && n > 0
                    && (n + 1 == core.len() || inner_particle)
                    && place_within(places, t);
                (name_word(cues, t) || PARTICLES.contains(t.text) || inner_particle)
                    && (!placey(places, t) || surname_place || (n == 0 && place_given))
            })
            && !(nouns_capitalised && core[1..].iter().any(|t| german_noun(t.text)))
            && !core[1..].iter().any(|t| abstract_noun(t.text, language))
            && !(core.len() >= 2 && FACILITIES.contains(&core[core.len() - 1].text));
        if ok_words {
            let words: Vec<String> = core.iter().map(|t| t.text.to_string()).collect();
            // "Mariusza Błaszczaka", "Галине Улановой": a declined given name too, but not
            // opening the sentence ("Власти Свердловской области" is "the authorities").
            let first_word = toks[..start].iter().all(|t| !t.word);
            let first_given = (given(core[0].text)
                || (!first_word
                    && super::declension::declined_given(core[0].text, language, given)))
                && core.len() >= 2;
            let speaker =
                (spoken || toks.get(end).is_some_and(|a| is_speech(cues, a))) && core.len() >= 2;
            // "Santa Croce", "San Marco", "Villa Ada": a word that opens place names is a
            // given name only with a cue ("Gorka" is one; "Santa" too).
            // "San José del Rincón": the word before the name in its run counts too.
            let place_first = PLACE_FIRST.contains(&core[0].text)
                || (start > i && PLACE_FIRST.contains(&toks[start - 1].text));
            // Greek: one word after a title in the genitive plural ("υπουργός Υποδομών") or
            // before a comma and a name ("ο δήμαρχος Βόλου, Αντώνης Καραγιάννης") is what
            // the title is of.
            let greek_complement = language == "el"
                && core.len() == 1
                && (core[0].text.ends_with("ών")
                    || (toks.get(end).is_some_and(|t| t.text == ",")
                        && toks
                            .get(end + 1)
                            .is_some_and(|t| t.word && is_capitalised(t.text))));
            if greek_complement {
                i = next;
                continue;
            }
            let rule = if cued || speaker || (phrase_cued && core.len() >= 2) {
                Some(RULE_CUE)
            } else if first_given && !place_first {
                Some(RULE_GIVEN)
            } else {
                None
            };
            if let Some(rule) = rule {
                out.push(Candidate {
                    start: core[0].start,
                    end: core[core.len() - 1].end,
                    words,
                    rule,
                });
            }
        }
        i = next;
    }
    out
}

/// The run `toks[i..j]` stands inside a short quotation of capitalised words, particles
/// and numbers only: the title of a work or product („Belle Femme du Monde No.1“).
fn quoted_title(toks: &[Token<'_>], i: usize, j: usize) -> bool {
    let opens = |t: &Token<'_>| matches!(t.text, "\"" | "„" | "“" | "«" | "‚" | "‘" | "»");
    let closes = |t: &Token<'_>| matches!(t.text, "\"" | "“" | "”" | "»" | "‘" | "’" | "«");
    let breaks = |t: &Token<'_>| {
        (t.word
            && !is_capitalised(t.text)
            && !PARTICLES.contains(t.text)
            && !t.text.chars().all(|c| c.is_ascii_digit()))
            || matches!(t.text, "," | ";" | "!" | "?" | ":")
    };
    let opened = toks[..i]
        .iter()
        .rev()
        .take(6)
        .find(|t| opens(t) || breaks(t))
        .is_some_and(opens);
    opened
        && toks
            .iter()
            .skip(j)
            .take(6)
            .find(|t| closes(t) || breaks(t))
            .is_some_and(closes)
}

/// A thing named after someone, not a person: a noun of the language before the name, in
/// its capitalised run ("Universidad Pablo de Olavide") or just before it ("avenida Juan
/// Sebastián Elcano", "ulicy Wojciecha Korfantego"), or after it ("Kemal Atatürk Caddesi",
/// "Herman Gorterlaan"). `toks[run..start]` is the run before the name `toks[start..end]`.
fn named_thing(
    toks: &[Token<'_>],
    run: usize,
    start: usize,
    end: usize,
    cues: Option<&Cues>,
    language: &str,
) -> bool {
    let Some(c) = cues else { return false };
    let bare = |t: &Token<'_>| t.text.trim_end_matches('.').to_lowercase();
    let mut before: Vec<&Token<'_>> = toks[run..start.min(toks.len())].iter().collect();
    // Up to two words before the run, past an article or particle ("la plaza de …").
    let mut p = run;
    for _ in 0..3 {
        let Some(q) = p.checked_sub(1) else { break };
        before.push(&toks[q]);
        // Past an abbreviation's full stop too ("Fundacji im. Kazimierza Pułaskiego").
        if !(PARTICLES.contains(toks[q].text) || matches!(toks[q].text, "la" | "el" | "il" | ".")) {
            break;
        }
        p = q;
    }
    // Dutch and German write the noun as a compound's tail ("het baggerbedrijf Jan De
    // Nul", "der Modekonzern Hugo Boss").
    let compounds = matches!(language, "nl" | "de" | "lb");
    let thing_before = |w: &str| {
        c.is_thing_before(w)
            || (compounds
                && c.things_before
                    .iter()
                    .chain(c.streets)
                    .any(|e| w.len() > e.len() + 3 && w.ends_with(e)))
    };
    if before.iter().any(|t| t.word && thing_before(&bare(t))) {
        return true;
    }
    // Such a noun inside the name, before its last word: "Fan Fest del Parque Fundidora"
    // (a last word may be a surname that is a noun: "Óscar Puente").
    if toks[start..end.saturating_sub(1).max(start)]
        .iter()
        .skip(1)
        .any(|t| {
            t.word
                && is_capitalised(t.text)
                && t.text.chars().count() >= 4
                && c.is_thing_before(&bare(t))
        })
    {
        return true;
    }
    let thing_word = |w: &str| {
        c.things_after.iter().any(|e| {
            w == *e
                || (matches!(language, "tr" | "ru" | "uk") && w.starts_with(e))
                || (w.ends_with(e) && w.len() > e.len() + 2)
        })
    };
    let after = toks.get(end).filter(|t| t.word).map(bare);
    let last = end
        .checked_sub(1)
        .filter(|&l| l > start)
        .map(|l| bare(&toks[l]));
    // One word that is a compound thing: "Koning Boudewijnstichting", "Prins Filipsdok".
    let single = (compounds && end == start + 1)
        .then(|| bare(&toks[start]))
        .is_some_and(|w| {
            c.things_after
                .iter()
                .any(|e| w.len() > e.len() + 2 && w.ends_with(e))
        });
    single
        || after.is_some_and(|w| thing_word(&w))
        || last.is_some_and(|w| thing_word(&w))
        || toks[start..end]
            .iter()
            .skip(1)
            .any(|t| language == "tr" && thing_word(&bare(t)))
}

/// Words that introduce a photo credit or byline ("Foto: …", "© …", "Von …").
fn is_credit(word: &str) -> bool {
    matches!(
        word.to_lowercase().trim_end_matches(':'),
        "foto"
            | "fotos"
            | "bild"
            | "bilder"
            | "photo"
            | "photos"
            | "credit"
            | "credits"
            | "quelle"
            | "source"
            | "text"
            | "©"
            | "copyright"
            | "von"
            | "by"
            | "par"
            | "por"
            | "door"
            | "autor"
            | "autorin"
            | "illustration"
            | "grafik"
            | "video"
            | "mitarbeit"
            | "redaktion"
            | "texto"
            | "testo"
            | "tekst"
            | "fotografía"
            | "fotografia"
            | "autore"
            | "autora"
            | "crédito"
            | "crédit"
            | "zdjęcie"
            | "fot"
            | "kuva"
            | "kuvat"
            | "kuvaaja"
            | "billede"
            | "bilde"
            | "fotó"
            | "фото"
            | "lähde"
            | "källa"
            | "kilde"
            | "zdroj"
            | "źródło"
            | "источник"
            | "kaynak"
            | "sumber"
            | "fuente"
            | "fonte"
            | "bron"
    )
}

/// A credit word (and perhaps a colon) right before token `i`, or before a list of names
/// that ends at `i` ("Von Markus Balser und Klaus Ott"); or the name `toks[i..j]` beside a
/// slash at a line's edge, as an image credit gives it ("SalzburgerLand Tourismus /
/// Markus Greber").
fn credit_before(text: &str, toks: &[Token<'_>], i: usize, j: usize) -> bool {
    // A line starts before token `q`: the sentence's first word, or a line break or a
    // Markdown hard break ("\") before it.
    let line_start = |q: usize| {
        q == 0
            || toks[..q].iter().all(|t| !t.word)
            || toks[q - 1].text == "\\"
            || text[toks[q - 1].end..toks[q].start].contains('\n')
    };
    let line_end =
        |k: usize| k >= toks.len() || text[toks[k - 1].end..toks[k].start].contains('\n');
    if i > 0 && toks[i - 1].text == "/" {
        // The capitalised words after the slash, up to the line's end.
        let mut k = i;
        while k < j.min(i + 4) && !(k > i && line_end(k)) {
            k += 1;
        }
        if line_end(k) {
            return true;
        }
    }
    let mut p = i;
    while let Some(q) = p.checked_sub(1) {
        let t = toks[q].text;
        if matches!(t, ":" | "|" | "/") {
            p = q;
            continue;
        }
        // Earlier names of the same byline: "Von A B, C D und E F".
        if toks[q].word
            && (matches!(
                t,
                "und" | "and" | "et" | "y" | "e" | "en" | "i" | "и" | "ve" | "dan"
            ) || is_capitalised(t))
            && !is_credit(t)
            || t == ","
        {
            p = q;
            if i - q > 12 {
                return false;
            }
            continue;
        }
        // "von", "par", "por", "by" are bylines only at the start of a line, in capitals
        // ("VON Sina Giebel") or after "geschrieben"/"written"; in prose they introduce
        // the agent ("annoncé par Emmanuel Macron").
        let lower = t.to_lowercase();
        let byline_word = matches!(
            lower.as_str(),
            "von" | "by" | "par" | "por" | "door" | "text" | "source" | "quelle"
        );
        let written = q > 0
            && matches!(
                toks[q - 1].text.to_lowercase().as_str(),
                "geschrieben" | "verfasst" | "written" | "posted" | "écrit" | "escrito" | "scritto"
            );
        let shouted = t.len() > 1 && t.chars().all(|c| !c.is_lowercase());
        return is_credit(t) && (!byline_word || line_start(q) || written || shouted);
    }
    false
}

/// Particles from `j` on that continue a name ("von der" before "Leyen"); `open`: a
/// capitalised particle came before, so any particle may come first.
fn particles_then_capital(toks: &[Token<'_>], j: usize, open: bool) -> bool {
    let first = if open {
        PARTICLES.contains(toks[j].text)
    } else {
        opens_particles(toks[j].text)
    };
    if !(toks[j].word && first) {
        return false;
    }
    let mut m = j;
    while m < toks.len() && toks[m].word && PARTICLES.contains(toks[m].text) {
        m += 1;
    }
    m < toks.len() && toks[m].word && is_capitalised(toks[m].text)
}

/// A cue right before token `i`: "Präsident Macron", "M. Macron", "la ministra, Nadia".
fn cue_before(toks: &[Token<'_>], i: usize, cues: Option<&Cues>) -> bool {
    let mut p = i;
    for _ in 0..2 {
        let Some(q) = p.checked_sub(1) else {
            return false;
        };
        let t = &toks[q];
        if is_cue(cues, t) {
            return true;
        }
        if !matches!(t.text, "." | ",") {
            return false;
        }
        p = q;
    }
    false
}

/// In a language that declines nouns, a cue, then up to four lower-case words (or
/// institution adjectives of Russian, "Государственной думы"), right before token `i`:
/// the role and what it is of, in the genitive. Not where particles join the role to an
/// institution ("presidente della Regione Piemonte", "ministro do Meio Ambiente").
fn cue_phrase_before(
    toks: &[Token<'_>],
    i: usize,
    places: &[(usize, usize)],
    cues: Option<&Cues>,
) -> bool {
    let Some(c) = cues.filter(|c| c.inflects) else {
        return false;
    };
    let mut gap = 0;
    for q in (0..i).rev() {
        let t = &toks[q];
        if !t.word {
            return false;
        }
        if gap > 0 && c.is_cue(t.text) {
            return true;
        }
        if (is_capitalised(t.text) && !c.is_institution(t.text) && !placey(places, t))
            || PARTICLES.contains(t.text)
        {
            return false;
        }
        gap += 1;
        if gap > 4 {
            return false;
        }
    }
    false
}

/// Names matched as written anywhere in the text: the registry's names and aliases and
/// the site's known names of two words or more.
fn literal_names(registry: &Registry, known: &[String]) -> Vec<(String, &'static str)> {
    let mut out: Vec<(String, &'static str)> = Vec::new();
    for p in &registry.people {
        for n in std::iter::once(&p.name).chain(&p.aliases) {
            if n.chars().count() >= 2 {
                out.push((n.clone(), "person:registry"));
            }
        }
    }
    for n in known {
        if n.contains(' ') {
            out.push((n.clone(), "person:known"));
        }
    }
    // Longest first, so "Olaf Scholz" claims its span before an alias "Scholz".
    out.sort_by_key(|(n, _)| std::cmp::Reverse(n.len()));
    out.dedup_by(|a, b| a.0 == b.0);
    out
}

/// Where `name` occurs in the body on word boundaries (none needed beside scripts written
/// without spaces).
fn occurrences(text: &str, name: &str, body_start: usize) -> Vec<(usize, usize)> {
    let spaceless = |c: char| crate::lang::is_spaceless_char(c);
    text[body_start..]
        .match_indices(name)
        .map(|(s, m)| (body_start + s, body_start + s + m.len()))
        .filter(|&(s, e)| {
            let before = text[..s].chars().next_back();
            let after = text[e..].chars().next();
            let first = name.chars().next().is_some_and(spaceless);
            let last = name.chars().next_back().is_some_and(spaceless);
            (first || !before.is_some_and(char::is_alphanumeric))
                && (last || !after.is_some_and(char::is_alphanumeric))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::enrich::{places::Matcher, sentences};

    fn names_with(text: &str, lang: &str, registry: &Registry, known: &[String]) -> Vec<String> {
        let text = format!("Titel\n\n{text}");
        let s = sentences::split(&text);
        let m = Matcher::new(registry);
        let spans: Vec<(usize, usize)> = m
            .find_in(&text, crate::geo::i18n::language_bit(lang))
            .iter()
            .filter(|x| m.is_place(x))
            .map(|x| (x.start, x.end))
            .collect();
        detect(&text, &s, 7, &spans, registry, known, lang)
            .into_iter()
            .map(|p| p.name)
            .collect()
    }

    fn names(text: &str, lang: &str) -> Vec<String> {
        names_with(text, lang, &Registry::default(), &[])
    }

    #[test]
    fn place_openers_need_a_cue_and_middle_names_may_be_left_out() {
        assert!(names("Il restauro delle mura di Santa Croce è finito.", "it").is_empty());
        assert!(names("Los vecinos de San José del Rincón esperan la obra.", "es").is_empty());
        assert_eq!(
            names(
                "Die Anklage wirft Marco Hans-Peter Wendling Betrug vor. Der Angeklagte Marco Wendling schwieg.",
                "de"
            ),
            ["Marco Hans-Peter Wendling"]
        );
    }

    #[test]
    fn a_place_that_is_a_given_name_after_a_cue_and_credits_in_more_languages() {
        assert_eq!(
            names(
                "«Nos prometieron agua», recordó la señora Guadalupe Espinoza, representante de la comunidad.",
                "es"
            ),
            ["Guadalupe Espinoza"]
        );
        assert!(
            names(
                "Raitiovaunu Hervannan valtaväylällä. Kuva: Jussi Koskinen / Yle",
                "fi"
            )
            .is_empty()
        );
    }

    #[test]
    fn greek_and_vietnamese_titles_honorifics_and_institutions() {
        assert_eq!(
            names(
                "Ο πρωθυπουργός Κυριάκος Μητσοτάκης εγκαινίασε το έργο. «Είναι γιορτή», δήλωσε ο δήμαρχος Θεσσαλονίκης Στέλιος Αγγελούδης.",
                "el"
            ),
            ["Κυριάκος Μητσοτάκης", "Στέλιος Αγγελούδης"]
        );
        assert_eq!(
            names(
                "Theo Bộ Tài chính, dự án dùng vốn ODA. Ông Nguyễn Văn Thắng đánh giá cao dự án.",
                "vi"
            ),
            ["Nguyễn Văn Thắng"]
        );
    }

    #[test]
    fn a_german_noble_title_stays_inside_the_name() {
        assert_eq!(
            names(
                "Das sagte sein Anwalt Tobias Freiherr von Gemmingen am Mittwoch.",
                "de"
            ),
            ["Tobias Freiherr von Gemmingen"]
        );
    }

    #[test]
    fn a_compound_surname_or_capitalised_particle_alone_is_the_full_name() {
        assert_eq!(
            names(
                "La presidenta Isabel Díaz Ayuso habló. «No», dijo Díaz Ayuso a la salida.",
                "es"
            ),
            ["Isabel Díaz Ayuso"]
        );
        assert_eq!(
            names(
                "Directeur Dennis te Kloese reageerde. „Blij”, zei Te Kloese.",
                "nl"
            ),
            ["Dennis te Kloese"]
        );
    }

    #[test]
    fn a_place_after_a_given_name_is_a_surname() {
        assert_eq!(
            names(
                "Bundespräsident Alexander Van der Bellen eröffnete. Sein Vorgänger \
                 Alexander Pereira arbeitete mit Sponsoren.",
                "de"
            ),
            ["Alexander Van der Bellen", "Alexander Pereira"]
        );
        assert_eq!(
            names(
                "O primeiro-ministro, Luís Montenegro, falou. Montenegro garantiu a obra.",
                "pt"
            ),
            ["Luís Montenegro"]
        );
        // A place of two words after a given name stays a place.
        assert!(names("Der Zug fährt über Santa Monica weiter.", "de").is_empty());
    }

    #[test]
    fn tagalog_articles_and_titles_and_malay_institutions() {
        assert_eq!(
            names("Ayon kay Mayor Rodel Reyes, handa ang lungsod.", "tl"),
            ["Rodel Reyes"]
        );
        assert_eq!(
            names("Sinabi ni Sen. Maria Lopez na tuloy ang pagdinig.", "fil"),
            ["Maria Lopez"]
        );
        assert!(names("Bumisita ang grupo sa Lunes sa Quezon City.", "tl").is_empty());
        assert_eq!(
            names(
                "Pengarah Jabatan Pertahanan Awam negeri, Ahmad Faizal Rahman, berkata hujan lebat.",
                "ms"
            ),
            ["Ahmad Faizal Rahman"]
        );
        // A name after an institution's name still counts.
        assert_eq!(
            names(
                "Juru Bicara Kementerian Luar Negeri Lalu Muhamad Iqbal mengatakan itu.",
                "id"
            ),
            ["Lalu Muhamad Iqbal"]
        );
    }

    #[test]
    fn finnish_genitives_of_names_met_in_the_nominative() {
        assert_eq!(finnish_genitive_bases("Häkkäsen"), ["Häkkänen", "Häkkäse"]);
        assert_eq!(finnish_genitive_bases("Stubbin")[0], "Stubb");
        assert_eq!(finnish_genitive_bases("Orpon"), ["Orpo"]);
        let found = names(
            "Presidentti Alexander Stubbin mukaan neuvottelut jatkuvat. Stubb puhui tiistaina.",
            "fi",
        );
        assert_eq!(found, ["Alexander Stubb"]);
        // "Marin" is a nominative: with no "Mar" in the text it stays.
        let found = names(
            "Pääministeri Sanna Marin vieraili Tampereella. Marin puhui.",
            "fi",
        );
        assert_eq!(found, ["Sanna Marin"]);
    }

    #[test]
    fn a_cued_word_before_a_full_name_is_what_the_role_is_of() {
        assert_eq!(
            names(
                "Prezes Orlenu Ireneusz Fąfara zapowiedział inwestycje. Decyzję ogłosił prezes Orlenu w Płocku.",
                "pl"
            ),
            ["Ireneusz Fąfara"]
        );
        // Alone, a cued surname stays a person.
        assert_eq!(
            names("Decyzję ogłosił premier Tusk w Warszawie.", "pl"),
            ["Tusk"]
        );
    }

    #[test]
    fn abstract_nouns_and_facilities_end_no_name() {
        assert!(abstract_noun("Complejidad", "es"));
        assert!(abstract_noun("Comunicação", "pt"));
        assert!(!abstract_noun("Concepción", "es"), "a given name");
        assert!(!abstract_noun("Complejidad", "de"), "Romance endings only");
        assert!(
            names(
                "La fiscal jefa de Alta Complejidad, Carolina Fuentealba, habló.",
                "es"
            )
            .iter()
            .all(|n| n != "Alta Complejidad")
        );
        assert!(names("Bukas naman ang Marcos Highway sa lahat ng sasakyan.", "tl").is_empty());
        assert!(
            names("Lo dijo Ana Soledad Pérez ayer en Lima.", "es")
                .iter()
                .any(|n| n == "Ana Soledad Pérez")
        );
    }

    #[test]
    fn given_names_of_the_hand_list_and_no_folded_umlauts() {
        assert_eq!(
            names(
                "Dort, wo unsere Hände Besseres zu tun haben, sprach Justizministerin \
                 Katarina Barley mit Jürgen Trittin und Giorgi Mamardashvili.",
                "de"
            ),
            ["Katarina Barley", "Jürgen Trittin", "Giorgi Mamardashvili"]
        );
    }

    #[test]
    fn names_met_only_declined_get_their_nominative() {
        assert_eq!(
            names(
                "Doszło do spotkania prezydenta Karola Nawrockiego z premierem Donaldem \
                 Tuskiem. Według posła PiS Mariusza Błaszczaka rząd oszczędza. Eksperci \
                 Fundacji im. Kazimierza Pułaskiego przypominają.",
                "pl"
            ),
            ["Karol Nawrocki", "Donald Tusk", "Mariusz Błaszczak"]
        );
        assert_eq!(
            names(
                "Власти Свердловской области решили. Выставка посвящена Галине Улановой.",
                "ru"
            ),
            ["Галина Уланова"]
        );
    }

    #[test]
    fn german_genitives_are_the_name() {
        assert_eq!(
            names(
                "Robert Boschs Enkel Christoph Bosch erinnerte an ihn. Schon Angela \
                 Merkel war da, Merkels Nachfolger nicht.",
                "de"
            ),
            ["Robert Bosch", "Christoph Bosch", "Angela Merkel"]
        );
        // A surname that ends in s before a verb stays as written.
        assert_eq!(
            names("Dann sagte Hans Fels nichts mehr.", "de"),
            ["Hans Fels"]
        );
    }

    #[test]
    fn things_named_after_people_are_not_people() {
        for (text, lang) in [
            (
                "Los camiones esperan en la avenida Juan Sebastián Elcano.",
                "es",
            ),
            (
                "I commercianti di corso Vittorio Emanuele protestano.",
                "it",
            ),
            (
                "En grève aujourd'hui : lycée Angela Davis et salle Louise Michel.",
                "fr",
            ),
            ("Magazyn powstanie przy ulicy Wojciecha Korfantego.", "pl"),
            (
                "Öztürk, Kemal Atatürk Caddesi'ndeki trafiğe dikkat çekti.",
                "tr",
            ),
            ("Bewoners van de Herman Gorterlaan klagen.", "nl"),
            (
                "De koning opende de nieuwe Johan Cruijff-tribune in Amsterdam.",
                "nl",
            ),
            ("Rozmawiali uczniowie z liceum im. Jana Pawła II.", "pl"),
            ("Essa ponte é do povo do Rio Grande do Norte.", "pt"),
            (
                "Hay más turistas en la Isla Margarita y el Río Grande.",
                "es",
            ),
            ("Maskapai Garuda Indonesia menambah 30 penerbangan.", "id"),
            (
                "Новый мост появится у аэропорта имени Габдуллы Тукая.",
                "ru",
            ),
            (
                "Ze werken in het Centro de Saúde Maria Fernanda Monteiro.",
                "pt",
            ),
        ] {
            assert!(
                names(text, lang).is_empty(),
                "{text}: {:?}",
                names(text, lang)
            );
        }
        // The same names as people.
        assert_eq!(
            names("Según la economista Elena Paredes, el tráfico crece.", "es"),
            ["Elena Paredes"]
        );
    }

    #[test]
    fn ships_companies_compounds_and_venues_named_after_people() {
        for (text, lang) in [
            ("Het baggerbedrijf Jan De Nul voerde de werken uit.", "nl"),
            (
                "De Koning Boudewijnstichting financiert het Prins Filipsdok.",
                "nl",
            ),
            ("Ils veulent accueillir le Marion Dufresne au port.", "fr"),
            (
                "Onde está atracado o navio Gil Eannes, os autarcas reclamam.",
                "pt",
            ),
            (
                "Verán los partidos en el Fan Fest del Parque Fundidora.",
                "es",
            ),
        ] {
            assert!(
                names(text, lang).is_empty(),
                "{text}: {:?}",
                names(text, lang)
            );
        }
        // A surname that is such a noun stays a name.
        assert_eq!(
            names(
                "El ministro de Transportes, Óscar Puente, envió un mensaje.",
                "es"
            ),
            ["Óscar Puente"]
        );
    }

    #[test]
    fn organisations_and_quoted_titles_named_after_people() {
        for text in [
            "Geld kommt von der Bill & Melinda Gates Foundation.",
            "Die Edition nennt sich „Belle Femme du Monde No.1“ und kostet viel.",
        ] {
            assert!(
                names(text, "de").is_empty(),
                "{text}: {:?}",
                names(text, "de")
            );
        }
        assert_eq!(
            names("„Wir schaffen das“, sagte Angela Merkel.", "de"),
            ["Angela Merkel"]
        );
        assert_eq!(
            names("Bernadette La Hengst sang mit.", "de"),
            ["Bernadette La Hengst"]
        );
    }

    #[test]
    fn particles_inside_and_after_names() {
        // Dutch and German particles come before the surname, not after it.
        assert_eq!(
            names(
                "Burgemeester Frank Dijkhuizen van Nieuwegein is blij.",
                "nl"
            ),
            ["Frank Dijkhuizen"]
        );
        assert_eq!(
            names(
                "Volgens verkeerskundige Pieter de Groot van de Universiteit Utrecht.",
                "nl"
            ),
            ["Pieter de Groot"]
        );
        // A capitalised particle inside a name.
        assert_eq!(
            names("La ministre de la Mer, Sophie Le Bihan, viendra.", "fr"),
            ["Sophie Le Bihan"]
        );
    }

    #[test]
    fn german_nouns_are_not_people() {
        let text = "Am Dienstag sagte die Regierung, dass Allgemeine Geschäftsbedingungen \
            künftig strenger geprüft werden. Aber Sie müssen nichts tun. Die Deutsche Bahn \
            und das Bundesamt für Verbraucherschutz begrüßten die Neuen Regeln.";
        assert_eq!(names(text, "de"), Vec::<String>::new());
    }

    #[test]
    fn german_common_nouns_after_given_names_and_compounds_are_not_people() {
        // An institution named after a person.
        assert!(names("Das sagt das Robert Koch-Institut heute.", "de").is_empty());
        // Noun endings no surname has.
        assert!(names("Du bist Anna Liebhaberin der Mode.", "de").is_empty());
        // The same given name before a noun, beside the full name met more often.
        let text = "Vreni Frost klagt. Das Geld macht Vreni Mut. Vreni Frost bleibt.";
        assert_eq!(names(text, "de"), ["Vreni Frost"]);
        // A compound role noun is a cue: the name is the surname alone.
        assert_eq!(
            names("Das ist falsch, sagt Flixbus-Manager Fabian Stenger.", "de"),
            ["Fabian Stenger"]
        );
    }

    #[test]
    fn german_parties_and_labels_after_a_role_are_not_people() {
        let text = "Der Abgeordnete Konstantin von Notz, stellv. Fraktionsvorsitzender Bündnis 90/Die Grünen, \
            sprach. Unter den Firmen steht der Name Sebastian K. als Geschäftsführer.";
        assert_eq!(names(text, "de"), ["Konstantin von Notz", "Sebastian K."]);
    }

    #[test]
    fn nordic_and_romanian_cues() {
        // Local given names the list lacks, named after a title or a speech verb.
        assert_eq!(
            names(
                "Statsminister Ulf Kristersson träffade borgmästaren Karin Wanngård i \
                 Stockholm. – Vi är överens, säger Kristersson.",
                "sv"
            ),
            ["Ulf Kristersson", "Karin Wanngård"]
        );
        assert_eq!(
            names(
                "Overborgmester Sophie Hæstorp Andersen åbnede broen. Det siger \
                 formanden Jens Rohde.",
                "da"
            ),
            ["Sophie Hæstorp Andersen", "Jens Rohde"]
        );
        assert_eq!(
            names(
                "Statsminister Jonas Gahr Støre møtte ordfører Marianne Borgen i Oslo.",
                "nb"
            ),
            ["Jonas Gahr Støre", "Marianne Borgen"]
        );
        assert_eq!(
            names(
                "Președintele Nicușor Dan s-a întâlnit cu premierul Ilie Bolojan la \
                 București. Mandatul lui Bolojan începe acum, a declarat Dan.",
                "ro"
            ),
            ["Nicușor Dan", "Ilie Bolojan"]
        );
        assert_eq!(
            names(
                "Pääministeri Petteri Orpo ja pormestari Juhana Vartiainen tapasivat \
                 tiistaina. Asiasta kertoi tiedottaja Aino Mäkelä.",
                "fi"
            ),
            ["Petteri Orpo", "Juhana Vartiainen", "Aino Mäkelä"]
        );
        // Function words that open a sentence are no names, nor institutions after a title.
        assert!(names("Det sa ministern. Han kommer i morgon.", "sv").is_empty());
        assert!(names("Ministrul Finanțelor a anunțat bugetul.", "ro").is_empty());
    }

    #[test]
    fn german_cues_and_given_names() {
        let text = "Bundeskanzler Olaf Scholz traf am Montag Frankreichs Präsident Emmanuel \
            Macron in Berlin. Scholz sagte, man sei sich einig. Auch Annalena Baerbock war dabei.";
        assert_eq!(
            names(text, "de"),
            ["Olaf Scholz", "Emmanuel Macron", "Annalena Baerbock"]
        );
    }

    #[test]
    fn credits_bylines_and_nouns_after_names_are_left_out() {
        assert_eq!(
            names(
                "Von Markus Balser und Klaus Ott\n\nFoto: Christian Charisius\n\nDas sagte Manuel Gerres Tweet am Montag. Ein Fan von Smoothies.",
                "de"
            ),
            ["Manuel Gerres"]
        );
        assert_eq!(
            names(
                "La ministra Elena Robles Aranda habló. Il a été reçu par Emmanuel Macron.",
                "es"
            ),
            ["Elena Robles Aranda", "Emmanuel Macron"]
        );
    }

    #[test]
    fn french_spanish_russian_cues() {
        assert!(
            names(
                "Laut Herstellerangaben und laut Schätzungen sagte die Vorsitzende der \
                 Enquete-Kommission nichts. Die Bill Gates Foundation zahlt.",
                "de"
            )
            .is_empty()
        );
        assert_eq!(
            names(
                "Selon M. Macron, la réforme est nécessaire. Mme Borne a confirmé.",
                "fr"
            ),
            ["Macron", "Borne"]
        );
        assert_eq!(
            names(
                "El presidente Gustavo Petro viajó a Madrid. Petro habló con la prensa.",
                "es"
            ),
            ["Gustavo Petro"]
        );
        assert_eq!(
            names(
                "Президент Владимир Путин заявил, что Москва готова к переговорам.",
                "ru"
            ),
            ["Владимир Путин"]
        );
    }

    #[test]
    fn registry_and_known_names_in_any_script() {
        let mut r = Registry::default();
        r.add_people(
            "people:\n  - name: Xi Jinping\n    aliases: [习近平]\n",
            std::path::Path::new("data/people.yaml"),
        )
        .unwrap();
        assert_eq!(
            names_with("习近平周二在北京会见了来访的代表团。", "zh", &r, &[]),
            ["Xi Jinping"]
        );
        let known = vec!["Nadia Calviño".to_string()];
        assert_eq!(
            names_with(
                "La economía creció, según Nadia Calviño en Bruselas.",
                "es",
                &Registry::default(),
                &known
            ),
            ["Nadia Calviño"]
        );
        // Capitalisation alone is not enough.
        assert!(
            names(
                "La Comisión Nacional Electoral publicó los Resultados Oficiales.",
                "es"
            )
            .is_empty()
        );
    }

    #[test]
    fn declined_names_join_their_base_form() {
        let text = "Prezydent Andrzej Nowicki przyjechał w piątek. Andrzeja Nowickiego \
                    witali mieszkańcy, a o Nowickim mówiono długo.";
        assert_eq!(names(text, "pl"), ["Andrzej Nowicki"]);
        let text =
            "Губернатор Олег Смирнов открыл мост. По словам Смирнова, движение начнётся завтра.";
        assert_eq!(names(text, "ru"), ["Олег Смирнов"]);
        assert!(inflected("Tuska", "Tusk") && inflected("Kowalskiego", "Kowalski"));
        assert!(!inflected("Tusk", "Tusk") && !inflected("Warszawa", "Tusk"));
    }

    #[test]
    fn a_role_of_something_then_a_name() {
        assert_eq!(
            names("Мэр города Тимур Газизов открыл станцию.", "ru"),
            ["Тимур Газизов"]
        );
        // An institution's adjective after a cue is no surname.
        assert_eq!(
            names(
                "Депутат Государственной думы Ринат Галеев раскритиковал сроки.",
                "ru"
            ),
            ["Ринат Галеев"]
        );
        assert_eq!(
            names(
                "Menteri Perhubungan Dadang Sutisna meninjau pelabuhan.",
                "id"
            ),
            ["Dadang Sutisna"]
        );
        assert_eq!(
            names("Kepala Dinas Pendidikan DKI Sarwono Hadi hadir.", "id"),
            ["Sarwono Hadi"]
        );
        // Lower-case words alone, with no cue before them, prove nothing.
        assert!(names("Wczoraj w mieście Nowa Huta padał deszcz.", "pl").is_empty());
        // A region's adjective after a cue is no name.
        assert_eq!(
            names(
                "Губернатор Московской области Андрей Воробьёв также присутствовал.",
                "ru"
            ),
            ["Андрей Воробьёв"]
        );
        assert_eq!(
            names(
                "Derbi Şükrü Saracoğlu Stadı'nda oynanacak, dedi Bakan Ali Yerlikaya.",
                "tr"
            ),
            ["Ali Yerlikaya"]
        );
    }

    #[test]
    fn indonesian_offices_of_places_ranks_and_given_names() {
        // What an office is of (a province, a city, "sea transport") is no name; ranks
        // stand before names; "Pak" and a given name refer to the full name.
        assert_eq!(
            names(
                "Gubernur Jawa Barat, Ibu Ratna Kartika, menyambut baik. Dinas Perhubungan \
                 Provinsi Nusa Tenggara Barat menambah jadwal. Direktur Jenderal Perhubungan \
                 Laut, Antoni Arif Priadi, mengatakan kapal ditambah. Wali Kota Surabaya Eri \
                 Cahyadi hadir. Kapolda Metro Jaya Irjen Karyoto menyatakan aman.",
                "id"
            ),
            [
                "Ratna Kartika",
                "Antoni Arif Priadi",
                "Eri Cahyadi",
                "Karyoto"
            ]
        );
        let found = names(
            "Menteri Perhubungan Budi Santoso meninjau stasiun. \"Kami siap,\" ujar Pak Budi.",
            "id",
        );
        assert_eq!(found, ["Budi Santoso"]);
    }

    #[test]
    fn groups_of_particles() {
        assert_eq!(
            names("El portavoz, Tomás de la Fuente, recordó los plazos.", "es"),
            ["Tomás de la Fuente"]
        );
        assert_eq!(
            names(
                "Buurtbewoonster Marieke van der Linden-Bos: „Eindelijk rust.”",
                "nl"
            ),
            ["Marieke van der Linden-Bos"]
        );
    }

    #[test]
    fn long_names_particles_and_compound_given_names() {
        assert_eq!(
            names(
                "O presidente Luiz Carlos Moreira da Costa chegou ontem.",
                "pt"
            ),
            ["Luiz Carlos Moreira da Costa"]
        );
        assert_eq!(
            names("Warga, Haji Usman bin Yusuf, berharap tarif murah.", "id"),
            ["Usman bin Yusuf"]
        );
        assert_eq!(
            names(
                "L'accord a été signé par Jean-Marc Leroux et Anne-Sophie Béranger.",
                "fr"
            ),
            ["Jean-Marc Leroux", "Anne-Sophie Béranger"]
        );
    }

    #[test]
    fn bylines_of_teasers_and_credits_at_a_slash_are_not_people() {
        let text = "Die Bahn müsse handeln, fordert er.\\\nVon Jonas Albers und Petra Lindqvist\n\nMinister Jörg Wendel widersprach.";
        assert_eq!(names(text, "de"), ["Jörg Wendel"]);
        let text = "Radweg an der Salzach.\nStadt Salzburg Tourismus / Bernhard Aichinger\nDer Weg ist 12 km lang, sagte Bürgermeister Anton Riedl.";
        assert_eq!(names(text, "de"), ["Anton Riedl"]);
        let text = "15:49 VON Karin Weißmann IN Mode. Die Sängerin Lena Hartwig trägt Gold.";
        assert_eq!(names(text, "de"), ["Lena Hartwig"]);
        // In prose, "von" introduces the agent.
        assert_eq!(
            names(
                "Das Gesetz wurde von Klaus Berger und Maria Lenz vorgelegt.",
                "de"
            ),
            ["Klaus Berger", "Maria Lenz"]
        );
        // Credit lines of other languages' papers.
        let text = "Minister Jörg Wendel widersprach.\n\nMitarbeit: Anna Schmidt";
        assert_eq!(names(text, "de"), ["Jörg Wendel"]);
        let text = "El ministro Luis Planas habló.\n\nTexto: Ana Ruiz\n\nFotografía: Pedro Gil";
        assert_eq!(names(text, "es"), ["Luis Planas"]);
    }
}
