//! Place recognition: every name, alias, demonym, capital, city, state, area, landmark
//! and region of the gazetteer (plus the curator's `data/places.yaml`) compiled into one
//! Aho-Corasick automaton, matched case-sensitively on word boundaries, then filtered and
//! disambiguated by context so a country counts only on real evidence.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, MatchKind};

use super::lexicon::{LANGUAGE_AFTER, LANGUAGE_BEFORE, LANGUAGE_DEMONYMS, is_given_name};
use super::place_forms;
use super::registry::Registry;
use crate::geo::i18n::LangSet;
use crate::geo::{self, Gazetteer, PlaceKind};

/// What a matched name points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Target {
    /// A country or territory (index into `Gazetteer::countries()`).
    Country(usize),
    /// A place of the gazetteer (index into `Gazetteer::places()`).
    Place(usize),
    /// A place from the curator's `data/places.yaml` (index into the registry's places).
    Extra(usize),
    /// A node of the region tree (index into `Gazetteer::regions()`).
    Region(usize),
    /// A town of `geo::towns` (index into `geo::towns::towns()`), named in another
    /// script or language.
    Town(usize),
    /// A town of `geo::source_towns` (index into `geo::source_towns::names()`): evidence
    /// only in articles from a site of its country.
    Local(usize),
    /// A phrase that contains a place name but is no evidence of it ("Latin American").
    Block,
}

/// How a name refers to its target; the rule an explanation names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Via {
    /// The country's own name.
    Name,
    /// Another name or abbreviation ("U.S.", "Burma").
    Alias,
    /// The capital city.
    Capital,
    /// A demonym or adjective ("Laotian", "Texan").
    Demonym,
    /// A place's name or alias.
    Place,
    /// A region's name.
    Region,
    /// The curator's registry.
    Registry,
    /// A blocking phrase.
    Block,
}

/// One meaning of a compiled name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sense {
    /// What it points at.
    pub target: Target,
    /// How.
    pub via: Via,
}

/// A compiled name: its senses and how much it may be trusted alone.
#[derive(Debug, Clone)]
struct Entry {
    senses: Vec<Sense>,
    /// Needs other evidence for the same country (Victoria, Brussels as the EU).
    weak: bool,
    /// The country a shared name prefers when context says nothing (Congo → DR Congo).
    default: Option<usize>,
    /// Languages whose text may use the name (bits of `geo::i18n::LANGUAGES`); 0 for all.
    languages: LangSet,
    /// A name or stem in a language with case endings ("Росси" for "Россия", "Казахстан"):
    /// up to three more letters may follow.
    stem: bool,
}

/// Names that often mean something other than the place, or a place only as a metonym
/// for an international body: counted only when their country is otherwise evidenced.
const WEAK: &[&str] = &[
    "Stanley",
    "Douglas",
    "Hamilton",
    "Kingston",
    "Georgetown",
    "Jamestown",
    "The Valley",
    "Saint-Denis",
    "St. John's",
    "Victoria",
    "Praia",
    "West Island",
    "Brades",
    "Adamstown",
    "Saint-Pierre",
    "Road Town",
    "Nassau",
    "Salvador",
    "León",
    "Leon",
    "Columbus",
    "Charlotte",
    "Richmond",
    "Orlando",
    "Phoenix",
    "Medina",
    "Florence",
    "Nice",
    "Cork",
    "Austin",
    "Java",
    "Jersey",
    "Kobe",
    "Brussels",
    "Strasbourg",
    "The Hague",
    "the Hague",
    "Geneva",
    "Davos",
    "Basel",
    "Lancaster",
    "Mobile",
    "Reading",
    "Plymouth",
    "Alexandria",
    "Hyderabad",
    "Sun",
    "Split",
    "Bristol",
    "Rio",
    "Santa Cruz de la Sierra",
    "Wellington",
    "Cleveland",
    "Roseau",
    "Victoria",
    "Ibiza",
    "Rafah",
];

/// Place names that are a common word in some languages, with those languages: in their text
/// the word is no evidence of the place ("libur Natal" is the Christmas holiday in
/// Indonesian, not the Brazilian city; "el Palau de Pedralbes" is a Catalan palace, not the
/// Pacific state, which Spanish calls Palaos).
const LOCAL_WORDS: &[(&str, &[&str])] = &[("Natal", &["id", "ms"]), ("Palau", &["es", "ca"])];

/// True when `surface` is a word of the language of bit `language`, not a place.
fn local_word(surface: &str, language: LangSet) -> bool {
    language != 0
        && LOCAL_WORDS.iter().any(|(w, langs)| {
            *w == surface && langs.iter().any(|l| geo::i18n::language_bit(l) == language)
        })
}

/// Phrases that contain a place name but are no evidence of it.
const BLOCKERS: &[&str] = &[
    "Latin American",
    "South American",
    "North American",
    "Central American",
    "Native American",
    "African American",
    "Asian American",
    "Pan-American",
    "Inter-American",
    "American Indian",
    "West Indian",
    "New York Times",
    // The New York hospital, far more often in the news than the mountain.
    "Mount Sinai",
    "Washington Post",
    "Wall Street Journal",
    "Los Angeles Times",
    "Times of India",
    "South China Morning Post",
    "Japan Times",
    "Korea Herald",
    "Korea Times",
    "Jerusalem Post",
    "Tehran Times",
    "Moscow Times",
    "Bangkok Post",
    "Jakarta Post",
    "Kyiv Independent",
    "Kyiv Post",
    "Straits Times",
    "Sydney Morning Herald",
    "Hindustan Times",
    "Indian Express",
    "China Daily",
    "Global Times",
    "Arab News",
    "Korean War",
    "Chinese New Year",
    "French fries",
    "Russian roulette",
    "Spanish flu",
    "German measles",
    "Turkish delight",
    "Indian summer",
    "Dutch auction",
    "Brussels sprouts",
    "Rio Tinto",
    "Rio Grande",
    "Paris Agreement",
    "Paris climate",
    "Kyoto Protocol",
    "Geneva Convention",
    "Geneva Conventions",
    "Minsk agreements",
    "Oslo Accords",
    "Camp David Accords",
    "Good Friday Agreement",
    "Helsinki Final Act",
    "Warsaw Pact",
    "Georgia Tech",
    "Indiana Jones",
    "Washington Consensus",
    "Panama Papers",
    "Pandora Papers",
    "Mexico City policy",
    "Hong Kong dollar",
    "Singapore Airlines",
    "Turkish Airlines",
    "American Airlines",
    "American Express",
    "Bank of America",
    "British Airways",
    "Air France",
    "Air India",
    "Air China",
    "Japan Airlines",
    "Qatar Airways",
    "Deutsche Bank",
    "Deutsche Welle",
    "Voice of America",
    "Radio Free Europe",
    "Radio Free Asia",
    "Al Jazeera",
    "Arab Spring",
    "Persian Gulf War",
    "Jordan Valley",
    "Sudan's RSF",
    "Chinese Taipei",
];

/// Names shared by two countries, with the one news usually means.
const SHARED: &[(&str, &[&str], Option<&str>)] = &[
    ("Congo", &["CD", "CG"], Some("CD")),
    ("Congolese", &["CD", "CG"], Some("CD")),
    ("Dominican", &["DO", "DM"], Some("DO")),
    ("Korea", &["KR", "KP"], None),
    ("Korean", &["KR", "KP"], None),
    ("Koreans", &["KR", "KP"], None),
    ("Brest", &["BY", "FR"], Some("BY")),
];

/// The countries where a language is the main one of the news: a city name shared by
/// several countries is read as the one at home in the text's language ("Brest" in
/// French text is in Brittany).
fn home_countries(language: &str) -> &'static [&'static str] {
    match crate::lang::primary(language).as_str() {
        "de" => &["DE", "AT", "CH"],
        "fr" => &["FR", "BE", "CH"],
        "es" => &["ES", "MX", "AR", "CO"],
        "it" => &["IT"],
        "pt" => &["PT", "BR"],
        "nl" => &["NL", "BE"],
        "pl" => &["PL"],
        "ru" => &["RU", "BY"],
        "tr" => &["TR"],
        "id" => &["ID"],
        "uk" => &["UA"],
        "sv" => &["SE"],
        "fi" => &["FI"],
        "ro" => &["RO", "MD"],
        "hu" => &["HU"],
        "el" => &["GR", "CY"],
        "he" => &["IL"],
        "fa" => &["IR"],
        "hi" => &["IN"],
        "th" => &["TH"],
        "vi" => &["VN"],
        "ja" => &["JP"],
        "ko" => &["KR"],
        "zh" => &["CN", "TW"],
        _ => &[],
    }
}

/// Words near a US state name that place it in American politics (Georgia the state).
const US_STATE_CUES: &[&str] = &[
    "Republican",
    "Republicans",
    "Democrat",
    "Democrats",
    "Democratic",
    "Gov.",
    "governor",
    "county",
    "County",
    "Sen.",
    "GOP",
    "legislature",
    "statehouse",
    "Atlanta",
    "Peach",
];

/// The compiled matcher (cheap to clone: the automaton is shared).
#[derive(Clone)]
pub struct Matcher {
    /// The names every text may use (English and the registry's), one per entry of
    /// `english_entries`.
    english: AhoCorasick,
    english_entries: Vec<usize>,
    /// Per language of `geo::i18n::LANGUAGES`: those names plus the language's own, built
    /// on first use. One automaton for all languages would run every text through
    /// thousands of foreign names and stems, and a longer foreign match would hide a
    /// shorter one of the text's own language.
    local: Vec<std::sync::OnceLock<Local>>,
    patterns: std::sync::Arc<Vec<String>>,
    entries: std::sync::Arc<Vec<Entry>>,
    /// Display names of the registry's extra places, with their country.
    extras: Vec<(String, Option<usize>)>,
}

/// The names text in one language may use.
#[derive(Clone)]
struct Local {
    /// Finds them.
    ac: AhoCorasick,
    /// The entry of each of the automaton's patterns.
    map: Vec<usize>,
    /// In languages whose case endings change a name ([`place_forms`]): the single-word
    /// names a declined word may come from, with their entry.
    bases: HashMap<String, usize>,
}

/// A place name found in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mention {
    /// Byte offset.
    pub start: usize,
    /// Byte offset past the end.
    pub end: usize,
    entry: usize,
}

/// Nouns after an all-capitals code that make it a file format ("PNG image").
const FORMAT_NOUNS: &[&str] = &[
    "file", "files", "image", "images", "format", "formats", "icon", "icons", "export",
];

/// Nouns after a city that make it the name of an agreement made there ("the Paris
/// accords", "the Minsk agreements", "the Kyoto Protocol"): no evidence of its country.
const AGREEMENT_NOUNS: &[&str] = &[
    "accord",
    "accords",
    "Accord",
    "Accords",
    "agreement",
    "agreements",
    "Agreement",
    "Agreements",
    "protocol",
    "Protocol",
    "convention",
    "conventions",
    "Convention",
    "Conventions",
    "treaty",
    "Treaty",
    "pact",
    "Pact",
    "Club",
    "Consensus",
    "Declaration",
];

/// " der Maaten", " den Berg", " van Gogh": a Dutch or German name particle, then a
/// capitalised word.
fn name_particle_follows(after: &str) -> bool {
    let Some(rest) = after.strip_prefix(' ') else {
        return false;
    };
    let (particle, tail) = rest.split_once(' ').unwrap_or((rest, ""));
    matches!(particle, "der" | "den" | "van" | "von" | "ter" | "ten")
        && tail.chars().next().is_some_and(char::is_uppercase)
}

impl Matcher {
    /// Compiles the gazetteer and the registry's places into one automaton.
    pub fn new(registry: &Registry) -> Matcher {
        let gaz = geo::gazetteer();
        let mut index: HashMap<String, usize> = HashMap::new();
        let mut patterns: Vec<String> = Vec::new();
        let mut entries: Vec<Entry> = Vec::new();
        // Set while the local names of other languages are added.
        let local: std::cell::Cell<(LangSet, bool)> = std::cell::Cell::new((0, false));
        let mut add = |name: &str, sense: Sense| {
            let (languages, stem) = local.get();
            for variant in variants(name) {
                if let Some(&e) = index.get(&variant)
                    && languages != 0
                {
                    // An English meaning of the same spelling wins.
                    if entries[e].languages == 0 || entries[e].stem != stem {
                        continue;
                    }
                    entries[e].languages |= languages;
                }
                let e = *index.entry(variant.clone()).or_insert_with(|| {
                    patterns.push(variant);
                    entries.push(Entry {
                        senses: Vec::new(),
                        weak: false,
                        default: None,
                        languages,
                        stem,
                    });
                    entries.len() - 1
                });
                if !entries[e].senses.contains(&sense) {
                    entries[e].senses.push(sense);
                }
            }
        };
        let sense = |target, via| Sense { target, via };
        for (i, r) in gaz.regions().iter().enumerate() {
            add(r.name, sense(Target::Region(i), Via::Region));
        }
        for (i, c) in gaz.countries().iter().enumerate() {
            add(c.name, sense(Target::Country(i), Via::Name));
            add_caps(&mut add, c.name, sense(Target::Country(i), Via::Name));
            for a in &c.aliases {
                // Formal names never appear bare in prose in a misleading way, but two-letter
                // codes other than the well-known ones would ("CAR", "ROC" are fine).
                if a.len() >= 2 {
                    add(a, sense(Target::Country(i), Via::Alias));
                }
            }
            for d in &c.demonyms {
                add(d, sense(Target::Country(i), Via::Demonym));
            }
            if let Some(cap) = c.capital {
                add(cap, sense(Target::Country(i), Via::Capital));
                add_caps(&mut add, cap, sense(Target::Country(i), Via::Capital));
            }
        }
        for (i, p) in gaz.places().iter().enumerate() {
            for n in std::iter::once(&p.name).chain(&p.aliases) {
                add(n, sense(Target::Place(i), Via::Place));
                if matches!(p.kind, PlaceKind::City | PlaceKind::State) {
                    add_caps(&mut add, n, sense(Target::Place(i), Via::Place));
                }
            }
            for d in &p.demonyms {
                add(d, sense(Target::Place(i), Via::Demonym));
            }
        }
        let mut extras = Vec::new();
        for (i, p) in registry.places.iter().enumerate() {
            extras.push((p.name.clone(), p.country));
            for n in std::iter::once(&p.name).chain(&p.aliases) {
                add(n, sense(Target::Extra(i), Via::Registry));
            }
        }
        for l in geo::i18n::names() {
            let (target, via) = match l.target {
                geo::GeoRef::Country(c) => (Target::Country(c), Via::Alias),
                geo::GeoRef::Region(r) => (Target::Region(r), Via::Region),
                geo::GeoRef::City(p) => (Target::Place(p), Via::Place),
            };
            let inflecting = l.languages & geo::i18n::INFLECTING;
            // "Казахстан|а", "Polsk|a": in languages with case endings a name ending in a
            // consonant takes its ending straight after it.
            let open_end =
                inflecting != 0 && inflection_stem(l.name).is_none() && !l.name.contains(' ');
            local.set((l.languages, open_end));
            add(l.name, sense(target, via));
            if inflecting != 0
                && let Some(stem) = inflection_stem(l.name)
            {
                local.set((inflecting, true));
                add(stem, sense(target, via));
            }
        }
        // Country adjectives of other languages ("deutsche", "espagnol"), each only in
        // text of its language.
        for d in geo::demonyms::demonyms() {
            local.set((d.languages, false));
            add(&d.form, sense(Target::Country(d.country), Via::Demonym));
        }
        local.set((0, false));
        for b in BLOCKERS
            .iter()
            .map(|s| s.to_string())
            .chain(registry.ignore_places.clone())
        {
            add(&b, sense(Target::Block, Via::Block));
        }
        // The curator's extra places and ignores replace built-in meanings of the same name.
        for e in entries.iter_mut() {
            if e.senses.iter().any(|s| s.via == Via::Block) {
                e.senses.retain(|s| s.via == Via::Block);
            } else if e.senses.iter().any(|s| s.via == Via::Registry) {
                e.senses.retain(|s| s.via == Via::Registry);
            }
        }
        for w in WEAK {
            // Every spelling the name is matched under: "the Valley Line" is no Anguilla.
            let mut keys = variants(w);
            keys.push(w.to_uppercase());
            for key in keys {
                if let Some(&e) = index.get(&key) {
                    entries[e].weak = true;
                }
            }
        }
        for (name, codes, default) in SHARED {
            if let Some(&e) = index.get(*name) {
                let via = entries[e].senses.first().map_or(Via::Name, |s| s.via);
                entries[e].senses = codes
                    .iter()
                    .filter_map(|c| gaz.country_by_code(c))
                    .map(|c| sense(Target::Country(c), via))
                    .collect();
                entries[e].default = default.and_then(|d| gaz.country_by_code(d));
            }
        }
        let (english, english_entries) = automaton(&patterns, &entries, 0);
        Matcher {
            english,
            english_entries,
            local: (0..geo::i18n::LANGUAGES.len())
                .map(|_| std::sync::OnceLock::new())
                .collect(),
            patterns: std::sync::Arc::new(patterns),
            entries: std::sync::Arc::new(entries),
            extras,
        }
    }

    /// The entry of a mention: one of this matcher's, or past them one of the towns', or
    /// from [`LOCAL_BASE`] on one of the source towns'.
    fn entry(&self, i: usize) -> &Entry {
        if i >= LOCAL_BASE {
            return &LOCAL_ENTRIES[i - LOCAL_BASE];
        }
        self.entries
            .get(i)
            .unwrap_or_else(|| &TOWNS.entries[i - self.entries.len()])
    }

    /// The towns of `country` (`geo::source_towns`) named in `text`, for an article from a
    /// site of that country: on word boundaries (none needed in scripts without spaces),
    /// not beside another capitalised word ("Bath Road", "Chris Kendal"), not naming a
    /// street, and a name that is also a word ("Bath", "Reading") only inside a sentence.
    pub fn find_source_towns(&self, text: &str, country: usize, language: LangSet) -> Vec<Mention> {
        let range = geo::source_towns::range_of(country);
        if range.is_empty() {
            return Vec::new();
        }
        let ac = local_automaton(country);
        let names = &geo::source_towns::names()[range.clone()];
        let mut out = Vec::new();
        for m in ac.find_iter(text) {
            let (s, e) = (m.start(), m.end());
            let town = &names[m.pattern().as_usize()];
            let first = text[s..e].chars().next();
            let last = text[s..e].chars().next_back();
            let before = text[..s].chars().next_back();
            let after = text[e..].chars().next();
            let spaceless_name = first.is_some_and(spaceless) || last.is_some_and(spaceless);
            if !spaceless_name
                && (before.is_some_and(is_word_char) || after.is_some_and(is_word_char))
            {
                continue;
            }
            if !spaceless_name && (beside_capitalised(text, s, e) || name_goes_on(&text[e..])) {
                continue;
            }
            if after_street_noun(&text[..s], language) {
                continue;
            }
            if town.inside_only && (sentence_start(&text[..s]) || common_noun_use(text, s, e)) {
                continue;
            }
            out.push(Mention {
                start: s,
                end: e,
                entry: LOCAL_BASE + range.start + m.pattern().as_usize(),
            });
        }
        out
    }

    /// The automaton for text in the language of bit `language`, the entry of each of its
    /// patterns, and the names declined words may come from (empty in most languages).
    fn automaton_for(
        &self,
        language: LangSet,
    ) -> (&AhoCorasick, &[usize], &HashMap<String, usize>) {
        static NONE: LazyLock<HashMap<String, usize>> = LazyLock::new(HashMap::new);
        let bit = language.trailing_zeros() as usize;
        match self.local.get(bit) {
            Some(cell) if language != 0 => {
                let l = cell.get_or_init(|| {
                    let (ac, map) = automaton(&self.patterns, &self.entries, language);
                    let bases = self.declinable(&map, bit);
                    Local { ac, map, bases }
                });
                (&l.ac, &l.map, &l.bases)
            }
            _ => (&self.english, &self.english_entries, &NONE),
        }
    }

    /// The single-word place names among `map`'s entries that [`place_forms`] may find
    /// declined, in the language of index `bit` (none when its rules do not cover it).
    fn declinable(&self, map: &[usize], bit: usize) -> HashMap<String, usize> {
        let mut out = HashMap::new();
        let Some(code) = geo::i18n::LANGUAGES.get(bit) else {
            return out;
        };
        if !place_forms::covers(code) {
            return out;
        }
        // An English name is declined only where the language spells the place alike:
        // Polish names the country Jordan "Jordania", so "Jordana" is a man's name.
        let mut own: HashMap<Target, Vec<&str>> = HashMap::new();
        let mut full: HashSet<&str> = HashSet::new();
        for l in geo::i18n::names()
            .iter()
            .filter(|l| l.languages & (1 << bit) != 0)
        {
            let target = match l.target {
                geo::GeoRef::Country(c) => Target::Country(c),
                geo::GeoRef::Region(r) => Target::Region(r),
                geo::GeoRef::City(p) => Target::Place(p),
            };
            own.entry(target).or_default().push(l.name);
            full.insert(l.name);
        }
        full.extend(
            geo::towns::names()
                .iter()
                .filter(|n| n.languages & (1 << bit) != 0)
                .map(|n| n.name),
        );
        for &i in map {
            let pattern = match self.patterns.get(i) {
                Some(p) => p.as_str(),
                None => TOWNS.patterns[i - self.entries.len()].as_str(),
            };
            let entry = self.entry(i);
            let names_place = entry.senses.iter().all(|x| {
                !matches!(x.via, Via::Block | Via::Demonym) && !matches!(x.target, Target::Block)
            });
            // A capital's sense names its country, which has names of its own.
            let spelt_alike = entry.languages != 0
                || entry
                    .senses
                    .iter()
                    .filter(|x| x.via != Via::Capital)
                    .all(|x| own.get(&x.target).is_none_or(|v| v.contains(&pattern)));
            // A stem ("Mark" of the town Marki) is no name to decline.
            let whole = !entry.stem || full.contains(pattern);
            // Codes and acronyms ("USA", "NATO") are not declined by changing them.
            if names_place
                && spelt_alike
                && whole
                && !entry.senses.is_empty()
                && !pattern.contains(' ')
                && pattern.chars().count() >= 4
                && pattern.chars().next().is_some_and(char::is_uppercase)
                && pattern.chars().skip(1).any(char::is_lowercase)
            {
                out.entry(pattern.to_string()).or_insert(i);
            }
        }
        out
    }

    /// Every place name of English text in `text` that stands on word boundaries (a plural
    /// "s" is allowed after demonyms, so "Laotians" counts).
    pub fn find(&self, text: &str) -> Vec<Mention> {
        self.find_in(text, 0)
    }

    /// Like [`Matcher::find`], for text in the language of bit `language`
    /// (`geo::i18n::language_bit`): its own names for places count too. Names in scripts
    /// written without spaces need no word boundary.
    pub fn find_in(&self, text: &str, language: LangSet) -> Vec<Mention> {
        let bytes = text.as_bytes();
        let mut out = Vec::new();
        let (ac, map, declinable) = self.automaton_for(language);
        for m in ac.find_iter(text) {
            let (s, mut e) = (m.start(), m.end());
            let index = map[m.pattern().as_usize()];
            let entry = self.entry(index);
            let first = text[s..e].chars().next();
            let last = text[s..e].chars().next_back();
            let before = text[..s].chars().next_back();
            if before.is_some_and(is_word_char)
                && !first.is_some_and(spaceless)
                && !before.is_some_and(spaceless)
                && !after_clitic(&text[..s], language)
            {
                continue;
            }
            if entry.stem {
                // "Росси|и", "Москв|е": the ending the stem left off, then a boundary.
                let ending = text[e..].chars().take_while(|&c| is_word_char(c)).count();
                if ending > 3 {
                    continue;
                }
                e += text[e..]
                    .chars()
                    .take(ending)
                    .map(char::len_utf8)
                    .sum::<usize>();
                // "Katarina Barley": a stem and its ending that make a given name before a
                // capitalised word are the name, not the place.
                let next = text[e..].strip_prefix(' ').and_then(|r| r.chars().next());
                if next.is_some_and(char::is_uppercase) && is_given_name(&text[s..e]) {
                    continue;
                }
                // A town's stem takes only the case endings of nouns: "Костром|е",
                // "Katowic|ach", never an adjective's or a patronymic's ("Уральск|ого").
                let town = index >= self.entries.len();
                let ending_text = &text[e - ending_len(text, e, ending)..e];
                if town && (!noun_ending(ending_text, language) || beside_capitalised(text, s, e)) {
                    continue;
                }
                // A country's or city's name in Cyrillic too: "Лима|на" is Novi Sad's
                // district Liman, not Lima.
                let cyrillic =
                    text[s..].starts_with(|c: char| ('\u{400}'..='\u{4ff}').contains(&c));
                if !town && cyrillic && !noun_ending(ending_text, language) {
                    continue;
                }
                out.push(Mention {
                    start: s,
                    end: e,
                    entry: index,
                });
                continue;
            }
            let after = text[e..].chars().next();
            if (last.is_some_and(spaceless) || after.is_some_and(spaceless))
                && after.is_some_and(is_word_char)
            {
                out.push(Mention {
                    start: s,
                    end: e,
                    entry: index,
                });
                continue;
            }
            let gaz = geo::gazetteer();
            let plural_ok = entry.senses.iter().any(|x| {
                matches!(x.via, Via::Demonym | Via::Block)
                    || matches!(x.target, Target::Place(p) if gaz.places()[p].kind == PlaceKind::Water)
            });
            let after = text[e..].chars().next();
            if after.is_some_and(is_word_char) {
                let plural = plural_ok
                    && bytes.get(e) == Some(&b's')
                    && !text[e + 1..].chars().next().is_some_and(is_word_char);
                if !plural {
                    continue;
                }
                e += 1;
            }
            // "$US", "US$", "a US cent": currencies are no evidence of a country.
            if text[..s].ends_with('$') || text[e..].starts_with('$') {
                continue;
            }
            let surface = &text[s..e];
            if local_word(surface, language) {
                continue;
            }
            // "Fátima Bezerra", "Marta Ibarra Soler", "Remedios Varo": a town's name beside
            // a capitalised word is part of a person's or a thing's name (a listed place,
            // not a town, is trusted there).
            if index >= self.entries.len()
                && (beside_capitalised(text, s, e) || name_goes_on(&text[e..]))
            {
                continue;
            }
            // "Rua Augusta", "Avenida Venezuela", "Via Roma": a street or square named after
            // a place is no evidence of it.
            if after_street_noun(&text[..s], language) {
                continue;
            }
            if matches!(surface, "US" | "U.S.") {
                let next = text[e..].trim_start();
                if ["cent", "dollar"].iter().any(|c| next.starts_with(c)) {
                    continue;
                }
            }
            // "PNG files", "a PNG image": a code that names a file format, not a country.
            if surface.len() <= 4 && surface.chars().all(|c| c.is_ascii_uppercase()) {
                let next = text[e..].trim_start();
                let word = next
                    .split(|c: char| !c.is_alphabetic())
                    .next()
                    .unwrap_or("");
                if FORMAT_NOUNS.contains(&word) {
                    continue;
                }
            }
            // "the Paris accords": a city naming an agreement (a country's name or
            // demonym before one, "a Ukraine agreement", is still evidence).
            if entry
                .senses
                .iter()
                .all(|x| matches!(x.via, Via::Capital | Via::Place))
            {
                let next = text[e..].trim_start_matches(' ');
                let word = next
                    .split(|c: char| !c.is_alphabetic())
                    .next()
                    .unwrap_or("");
                if AGREEMENT_NOUNS.contains(&word) {
                    continue;
                }
            }
            // "Van der Maaten", "Van den Berg": in English text, a name particle after a
            // place word makes it a surname (Dutch and German names); in any language
            // when the place word is itself a particle ("Van der Bellens Appell").
            let particle_place = matches!(&text[s..e], "Van" | "Von" | "De" | "Den" | "Ter");
            if (language == 0 || particle_place) && name_particle_follows(&text[e..]) {
                continue;
            }
            out.push(Mention {
                start: s,
                end: e,
                entry: index,
            });
        }
        if !declinable.is_empty() {
            self.find_declined(text, language, declinable, &mut out);
        }
        out
    }

    /// Adds the words of `text` that no name matched and that are declined forms of a
    /// name in `declinable` ("Krakowie", "Helsingissä", "Budapesten"), keeping `out` in
    /// text order.
    fn find_declined(
        &self,
        text: &str,
        language: LangSet,
        declinable: &HashMap<String, usize>,
        out: &mut Vec<Mention>,
    ) {
        let code = geo::i18n::LANGUAGES[language.trailing_zeros() as usize];
        let taken: Vec<(usize, usize)> = out.iter().map(|m| (m.start, m.end)).collect();
        let mut found = Vec::new();
        let mut rest = text.char_indices().peekable();
        while let Some((s, c)) = rest.next() {
            if !is_word_char(c) {
                continue;
            }
            let mut e = s + c.len_utf8();
            while let Some(&(i, c)) = rest.peek() {
                if !is_word_char(c) {
                    break;
                }
                e = i + c.len_utf8();
                rest.next();
            }
            let word = &text[s..e];
            let adjective = code == "hu" && word.ends_with(['i', 'k']);
            if !(c.is_uppercase() || adjective)
                || word.chars().count() < 4
                || taken.iter().any(|&(ts, te)| ts < e && s < te)
                || text[..s].ends_with(['-', '\'', '\u{2019}'])
            {
                continue;
            }
            let Some(&entry) = place_forms::bases(word, code)
                .iter()
                .find_map(|b| declinable.get(b.as_str()))
            else {
                continue;
            };
            // A capitalised neighbour makes it part of a person's or a thing's name, and so
            // does a given name before it even when that opens the sentence ("Jari Lahden");
            // a street noun, a street ("ulica Krakowska").
            let previous = text[..s]
                .trim_end_matches(' ')
                .rsplit(|c: char| !is_word_char(c))
                .next()
                .unwrap_or("");
            if beside_capitalised(text, s, e)
                || is_given_name(previous)
                || after_street_noun(&text[..s], language)
            {
                continue;
            }
            found.push(Mention {
                start: s,
                end: e,
                entry,
            });
        }
        if !found.is_empty() {
            out.extend(found);
            out.sort_by_key(|m| m.start);
        }
    }

    /// The senses of a mention.
    pub fn senses(&self, m: &Mention) -> &[Sense] {
        &self.entry(m.entry).senses
    }

    /// True for mentions that place a demonym, region or name (not a blocker).
    pub fn is_place(&self, m: &Mention) -> bool {
        self.senses(m).iter().any(|s| s.via != Via::Block)
    }

    /// Resolves mentions (already stripped of those inside person names) into places and
    /// countries. `source` is the country of the article's site, if its domain tells
    /// ([`geo::source_towns::country_of_url`]): a shared name leans to it as to the
    /// countries of the text's language.
    pub fn resolve(
        &self,
        text: &str,
        mentions: &[Mention],
        title_end: usize,
        language: &str,
        source: Option<usize>,
    ) -> Resolved {
        let gaz = geo::gazetteer();
        let mut home: Vec<usize> = home_countries(language)
            .iter()
            .filter_map(|c| gaz.country_by_code(c))
            .collect();
        let main_home = home.first().copied();
        if let Some(c) = source
            && !home.contains(&c)
        {
            home.push(c);
        }
        let mut evidence: Vec<PlaceEvidence> = Vec::new();
        let mut ambiguous: Vec<(usize, Vec<usize>)> = Vec::new();
        let mut weak: Vec<(usize, usize)> = Vec::new();
        let is_state = |e: &Entry| {
            e.senses.iter().any(|x| {
                matches!(x.target, Target::Place(p) if gaz.places()[p].kind == PlaceKind::State)
            })
        };
        for (k, m) in mentions.iter().enumerate() {
            let entry = self.entry(m.entry);
            if entry.senses.iter().any(|s| s.via == Via::Block) {
                continue;
            }
            // "Oxford, Wisconsin", "Paris, Texas": a town named with its state is in the
            // state's country, which the state's own mention gives.
            let is_city = entry.senses.iter().all(|x| {
                x.via == Via::Capital
                    || matches!(x.target, Target::Place(p) if gaz.places()[p].kind == PlaceKind::City)
            });
            let with_state = is_city
                && mentions.get(k + 1).is_some_and(|n| {
                    text.get(m.end..n.start) == Some(", ") && is_state(self.entry(n.entry))
                });
            if with_state {
                continue;
            }
            let demonym = entry.senses.iter().all(|s| s.via == Via::Demonym);
            if is_language(text, m, demonym) {
                continue;
            }
            let mut countries: Vec<usize> = Vec::new();
            for s in &entry.senses {
                for c in self.countries_of(gaz, s.target) {
                    if !countries.contains(&c) {
                        countries.push(c);
                    }
                }
            }
            match countries.len() {
                0 => evidence.push(PlaceEvidence::new(k, None, entry.senses[0])),
                1 if entry.weak => weak.push((k, countries[0])),
                1 => evidence.push(PlaceEvidence::new(
                    k,
                    Some(countries[0]),
                    pick(entry, countries[0], gaz, self),
                )),
                _ => ambiguous.push((k, countries)),
            }
        }
        // Context for shared names: what the unambiguous mentions already establish.
        let mut support: HashMap<usize, f32> = HashMap::new();
        for ev in &evidence {
            if let Some(c) = ev.country {
                let w = match ev.sense.via {
                    Via::Place | Via::Registry => 1.0,
                    _ => 0.5,
                };
                *support.entry(c).or_default() += w;
            }
        }
        let us = gaz.country_by_code("US");
        // Counted only when a shared name needs it (Georgia the state or the country).
        let us_cues = std::cell::OnceCell::new();
        let us_cues = || {
            *us_cues.get_or_init(|| {
                US_STATE_CUES
                    .iter()
                    .filter(|cue| contains_word(text, cue))
                    .count()
                    .min(2) as f32
            })
        };
        for (k, candidates) in ambiguous {
            let m = &mentions[k];
            let entry = self.entry(m.entry);
            let surface = &text[m.start..m.end];
            let score = |c: usize| -> f32 {
                let mut s = support.get(&c).copied().unwrap_or(0.0);
                if entry.default.is_none() && gaz.countries()[c].name == surface {
                    s += 0.6;
                }
                if entry.default == Some(c) {
                    s += 0.3;
                }
                if home.contains(&c) {
                    s += 0.5;
                }
                let state_sense = entry.senses.iter().any(|x| {
                    matches!(x.target, Target::Place(p) if gaz.places()[p].kind == PlaceKind::State)
                });
                if Some(c) == us && state_sense {
                    s += us_cues();
                }
                s
            };
            let mut best: Option<(usize, f32)> = None;
            let mut tie = false;
            for &c in &candidates {
                let s = score(c);
                match best {
                    Some((_, b)) if (s - b).abs() < 1e-6 => tie = true,
                    Some((_, b)) if s < b => {}
                    _ => {
                        best = Some((c, s));
                        tie = false;
                    }
                }
            }
            match best {
                Some((c, s)) if s > 0.0 && !tie => {
                    let mut ev = PlaceEvidence::new(k, Some(c), pick(entry, c, gaz, self));
                    ev.resolved_by_context = true;
                    evidence.push(ev);
                }
                _ => evidence.push(PlaceEvidence::unresolved(k, entry.senses[0])),
            }
        }
        for (k, c) in weak {
            // "Strasbourg" in French text is the French city, not the Parliament: a weak
            // name in the main country of the text's language stands alone, unless a given
            // name too (Spanish text is at home in Mexico as well, but "León" there is
            // as often Castile and León).
            let at_home = (main_home == Some(c) || source == Some(c)) && {
                let m = &mentions[k];
                !is_given_name(&text[m.start..m.end])
            };
            if support.contains_key(&c) || at_home {
                let entry = self.entry(mentions[k].entry);
                evidence.push(PlaceEvidence::new(k, Some(c), pick(entry, c, gaz, self)));
            }
        }
        evidence.sort_by_key(|e| mentions[e.mention].start);

        // Countries by salience: mentions, double in the title and the first paragraph.
        let lead_end = text[title_end..]
            .find("\n\n")
            .map_or(text.len(), |i| title_end + i + 2)
            .max(title_end);
        let lead_end = text[lead_end..]
            .find("\n\n")
            .map_or(text.len(), |i| lead_end + i);
        let mut salience: Vec<(usize, f32, usize)> = Vec::new();
        for ev in &evidence {
            let Some(c) = ev.country.map(sovereign) else {
                continue;
            };
            let at = mentions[ev.mention].start;
            let w = if at < title_end {
                3.0
            } else if at < lead_end {
                2.0
            } else {
                1.0
            };
            match salience.iter_mut().find(|x| x.0 == c) {
                Some(x) => x.1 += w,
                None => salience.push((c, w, at)),
            }
        }
        salience.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.2.cmp(&b.2)));
        let countries: Vec<usize> = salience.iter().map(|x| x.0).collect();

        let mut places: Vec<String> = Vec::new();
        for ev in &evidence {
            if let Some(name) = self.place_name(gaz, ev)
                && !places.iter().any(|p| p == name)
            {
                places.push(name.to_string());
            }
        }
        Resolved {
            countries,
            places,
            evidence,
        }
    }

    fn countries_of(&self, gaz: &Gazetteer, t: Target) -> Vec<usize> {
        match t {
            Target::Country(c) => vec![c],
            Target::Town(t) => vec![geo::towns::towns()[t].country],
            Target::Local(t) => vec![geo::source_towns::names()[t].country],
            Target::Place(p) => gaz.places()[p].countries.clone(),
            Target::Extra(i) => self.extras[i].1.into_iter().collect(),
            Target::Region(_) | Target::Block => Vec::new(),
        }
    }

    /// The normalised name of what a piece of evidence names, if it is a place to list
    /// (demonyms and landmarks count for their country but are not places).
    pub fn place_name<'a>(&'a self, gaz: &'a Gazetteer, ev: &PlaceEvidence) -> Option<&'a str> {
        if ev.sense.via == Via::Demonym {
            return None;
        }
        match ev.sense.target {
            Target::Country(c) => {
                let country = &gaz.countries()[c];
                Some(match ev.sense.via {
                    Via::Capital => country.capital.unwrap_or(country.name),
                    _ => country.name,
                })
            }
            Target::Place(p) => {
                let place = &gaz.places()[p];
                (place.kind != PlaceKind::Landmark).then_some(place.name)
            }
            Target::Extra(i) => Some(self.extras[i].0.as_str()),
            Target::Town(t) => Some(geo::towns::towns()[t].name),
            Target::Local(t) => Some(geo::source_towns::names()[t].name),
            Target::Region(r) => Some(gaz.regions()[r].name),
            Target::Block => None,
        }
    }

    /// A short description of the rule behind a piece of evidence, for `--explain`.
    pub fn rule(&self, gaz: &Gazetteer, ev: &PlaceEvidence) -> String {
        let what = match ev.sense.target {
            Target::Place(p) => gaz.places()[p].kind.as_str(),
            Target::Extra(_) => "registry place",
            Target::Town(_) => "town",
            Target::Local(_) => "town of the source's country",
            Target::Region(_) => "region",
            Target::Country(_) => "country",
            Target::Block => "blocked",
        };
        let how = match ev.sense.via {
            Via::Name => "name",
            Via::Alias => "alias",
            Via::Capital => "capital",
            Via::Demonym => "demonym",
            Via::Place => "name",
            Via::Region => "name",
            Via::Registry => "data/places.yaml",
            Via::Block => "blocker",
        };
        let mut rule = format!("place:{what}:{how}");
        if ev.resolved_by_context {
            rule.push_str(":context");
        }
        rule
    }
}

/// The sense of `entry` that leads to country `c` (the first one that does).
fn pick(entry: &Entry, c: usize, gaz: &Gazetteer, m: &Matcher) -> Sense {
    entry
        .senses
        .iter()
        .copied()
        .find(|s| m.countries_of(gaz, s.target).contains(&c))
        .unwrap_or(entry.senses[0])
}

/// Hong Kong and Macau are reported as China: news desks file them there.
fn sovereign(c: usize) -> usize {
    let gaz = geo::gazetteer();
    match gaz.countries()[c].code {
        "HK" | "MO" => gaz.country_by_code("CN").unwrap_or(c),
        _ => c,
    }
}

/// The country a piece of evidence counts for, after folding territories into their state.
pub fn country_of(ev: &PlaceEvidence) -> Option<usize> {
    ev.country.map(sovereign)
}

/// Why a place mention counts.
#[derive(Debug, Clone, Copy)]
pub struct PlaceEvidence {
    /// Index into the mentions passed to [`Matcher::resolve`].
    pub mention: usize,
    /// The country it places (before folding territories), if any.
    pub country: Option<usize>,
    /// The sense used.
    pub sense: Sense,
    /// Chosen among several countries by context.
    pub resolved_by_context: bool,
}

impl PlaceEvidence {
    fn new(mention: usize, country: Option<usize>, sense: Sense) -> Self {
        PlaceEvidence {
            mention,
            country,
            sense,
            resolved_by_context: false,
        }
    }

    fn unresolved(mention: usize, sense: Sense) -> Self {
        PlaceEvidence::new(mention, None, sense)
    }
}

/// The outcome of place resolution.
#[derive(Debug, Clone, Default)]
pub struct Resolved {
    /// Countries (gazetteer indexes, territories folded), most salient first.
    pub countries: Vec<usize>,
    /// Places named, normalised, in order of first mention.
    pub places: Vec<String>,
    /// Every counted mention, in text order.
    pub evidence: Vec<PlaceEvidence>,
}

/// An automaton over the patterns text in the language of bit `language` may use (every
/// language's own names when `language` is 0 is never wanted: 0 means English), with the
/// entry of each pattern. The towns' names of the language come last, numbered past
/// `entries`, and only where no other name is spelt the same: the gazetteer, CLDR and the
/// curator know a place better than a list of towns.
fn automaton(
    patterns: &[String],
    entries: &[Entry],
    language: LangSet,
) -> (AhoCorasick, Vec<usize>) {
    let mut keep: Vec<usize> = (0..patterns.len())
        .filter(|&i| entries[i].languages == 0 || entries[i].languages & language != 0)
        .collect();
    let mut all: Vec<&str> = keep.iter().map(|&i| patterns[i].as_str()).collect();
    if language != 0 {
        let towns = &*TOWNS;
        let taken: HashSet<&str> = all.iter().copied().collect();
        for (i, e) in towns.entries.iter().enumerate() {
            let pattern = towns.patterns[i].as_str();
            if e.languages & language != 0 && !taken.contains(pattern) {
                keep.push(entries.len() + i);
                all.push(pattern);
            }
        }
    }
    let ac = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(&all)
        .expect("place patterns compile");
    (ac, keep)
}

/// Where the source towns' entries start in a mention's entry numbers: past any matcher's
/// entries and towns, without parsing the towns to know how many there are.
const LOCAL_BASE: usize = 1 << 40;

/// One entry per name of `geo::source_towns`, in its order.
static LOCAL_ENTRIES: LazyLock<Vec<Entry>> = LazyLock::new(|| {
    (0..geo::source_towns::names().len())
        .map(|i| Entry {
            senses: vec![Sense {
                target: Target::Local(i),
                via: Via::Place,
            }],
            weak: false,
            default: None,
            languages: 0,
            stem: false,
        })
        .collect()
});

/// The automaton over one country's source towns (built on the first article from a site
/// of that country), patterns in the order of its range of `geo::source_towns::names()`.
fn local_automaton(country: usize) -> &'static AhoCorasick {
    static CELLS: LazyLock<Vec<std::sync::OnceLock<AhoCorasick>>> = LazyLock::new(|| {
        (0..geo::gazetteer().countries().len())
            .map(|_| std::sync::OnceLock::new())
            .collect()
    });
    CELLS[country].get_or_init(|| {
        AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(
                geo::source_towns::names()[geo::source_towns::range_of(country)]
                    .iter()
                    .map(|t| t.name),
            )
            .expect("source town patterns compile")
    })
}

/// True when a name that is also an English word is used as the word: after an article
/// ("the College", "a Reading") or naming what it is of ("College of Engineering").
fn common_noun_use(text: &str, s: usize, e: usize) -> bool {
    let before = text[..s].trim_end_matches(' ');
    let word = before
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    matches!(word, "the" | "The" | "a" | "A" | "an" | "An") || text[e..].starts_with(" of ")
}

/// True when nothing but opening quotes or brackets stands between the last sentence's end
/// (or a paragraph's start) and here: a capital there marks no name.
fn sentence_start(before: &str) -> bool {
    let trimmed = before.trim_end_matches(|c: char| {
        c == ' '
            || c == '"'
            || c == '\''
            || c == '('
            || c == '\u{201c}'
            || c == '\u{2018}'
            || c == '\u{ab}'
    });
    match trimmed.chars().next_back() {
        None => true,
        Some(c) => matches!(
            c,
            '.' | '!' | '?' | ':' | '\n' | '\u{2014}' | '\u{2013}' | '|' | '•'
        ),
    }
}

/// The towns' names as entries (one sense each, for the languages that write the name
/// so; in languages with case endings also by stem, as the CLDR names are), built on the
/// first text in a language that has them.
struct Towns {
    patterns: Vec<String>,
    entries: Vec<Entry>,
}

static TOWNS: LazyLock<Towns> = LazyLock::new(|| {
    let mut towns = Towns {
        patterns: Vec::new(),
        entries: Vec::new(),
    };
    let mut push = |pattern: &str, town: usize, languages: LangSet, stem: bool| {
        towns.patterns.push(pattern.to_string());
        towns.entries.push(Entry {
            senses: vec![Sense {
                target: Target::Town(town),
                via: Via::Place,
            }],
            weak: false,
            default: None,
            languages,
            stem,
        });
    };
    let gaz = geo::gazetteer();
    for n in geo::towns::names() {
        let inflecting = n.languages & geo::i18n::INFLECTING;
        let country = gaz.countries()[geo::towns::towns()[n.town].country].code;
        // Japanese papers write their own towns in kanji or hiragana ("豊田市", "つくば");
        // katakana spells brands and foreign words: "トヨタ" is the carmaker.
        if country == "JP" && n.name.chars().all(super::honorifics::is_katakana) {
            continue;
        }
        let stem = (inflecting != 0)
            .then(|| inflection_stem(n.name))
            .flatten()
            .filter(|_| declines(n.name, country));
        let open_end = inflecting != 0
            && stem.is_none()
            && !n.name.contains(' ')
            && n.name.chars().count() >= 4;
        push(n.name, n.town, n.languages, open_end);
        if let Some(stem) = stem {
            push(stem, n.town, inflecting, true);
        }
    }
    towns
});

/// Adds the all-capitals spelling of a name, as datelines write it ("BEIRUT —"); short
/// names are left out because their capitals are often acronyms.
fn add_caps(add: &mut impl FnMut(&str, Sense), name: &str, sense: Sense) {
    let upper = name.to_uppercase();
    if upper != name && name.chars().filter(|c| c.is_alphabetic()).count() >= 5 {
        add(&upper, sense);
    }
}

/// The spellings a name is matched under: curly apostrophes and a lower-case "the".
fn variants(name: &str) -> Vec<String> {
    let mut out = vec![name.to_string()];
    if name.contains('\'') {
        out.push(name.replace('\'', "\u{2019}"));
    }
    if let Some(rest) = name.strip_prefix("The ") {
        out.push(format!("the {rest}"));
    }
    out
}

/// The byte length of the last `chars` characters before `e`.
fn ending_len(text: &str, e: usize, chars: usize) -> usize {
    text[..e]
        .chars()
        .rev()
        .take(chars)
        .map(char::len_utf8)
        .sum()
}

/// True for the case endings a town's name takes as a noun in the language of bit
/// `language` (Polish, Czech, else those of the Cyrillic Slavic languages: Russian,
/// Ukrainian, Belarusian, Serbian), or none.
fn noun_ending(ending: &str, language: LangSet) -> bool {
    const SLAVIC_CYRILLIC: &[&str] = &[
        "а", "я", "у", "ю", "е", "і", "и", "ы", "ом", "ем", "ём", "ой", "ою", "ей", "ові", "еві",
        "ах", "ях", "ој", "ији", "ију", "ија", "ијом", "ії", "ію", "ія", "ією",
    ];
    const POLISH: &[&str] = &[
        "a", "u", "ie", "em", "owi", "y", "i", "ą", "ę", "o", "ach", "ami", "om", "e",
    ];
    const CZECH: &[&str] = &["a", "u", "e", "ě", "em", "i", "y", "ou", "ách", "ích", "o"];
    if ending.is_empty() {
        return true;
    }
    let list = if language == geo::i18n::language_bit("pl") {
        POLISH
    } else if language == geo::i18n::language_bit("cs") {
        CZECH
    } else {
        SLAVIC_CYRILLIC
    };
    list.contains(&ending)
}

/// "San José| del Rincón", "Santa Cruz| de la Sierra": a particle and a capitalised word
/// after a town's name make a longer name, another place.
fn name_goes_on(after: &str) -> bool {
    let mut rest = after;
    let mut particles = 0;
    while let Some(r) = rest.strip_prefix(' ') {
        let word_end = r.find(' ').unwrap_or(r.len());
        let word = &r[..word_end];
        if matches!(
            word,
            "de" | "del" | "la" | "las" | "los" | "do" | "da" | "dos" | "das" | "di"
        ) {
            particles += 1;
            rest = &r[word_end..];
            continue;
        }
        return particles > 0 && word.chars().next().is_some_and(char::is_uppercase);
    }
    false
}

/// True when the word right before `s` (not opening a sentence) or right after `e` is
/// capitalised. Only scripts with capitals have any.
fn beside_capitalised(text: &str, s: usize, e: usize) -> bool {
    let next = text[e..].strip_prefix(' ').and_then(|r| r.chars().next());
    if next.is_some_and(char::is_uppercase) {
        return true;
    }
    let Some(before) = text[..s].strip_suffix(' ') else {
        return false;
    };
    let word_start = before
        .rfind(|c: char| !c.is_alphanumeric() && c != '-')
        .map_or(0, |i| {
            i + before[i..].chars().next().map_or(1, char::len_utf8)
        });
    let word = &before[word_start..];
    let opens_sentence = before[..word_start]
        .trim_end()
        .chars()
        .next_back()
        .is_none_or(|c| {
            matches!(
                c,
                '.' | '!' | '?' | '\n' | ':' | '"' | '“' | '„' | '«' | '–' | '—'
            )
        });
    word.chars().next().is_some_and(char::is_uppercase) && !opens_sentence
}

/// True when `before` (the text before a name) ends in one or two one-letter prefixes of
/// the language glued to the name, after a word boundary: Hebrew "ב", "מ", "ו" ("בעפולה",
/// "ומבית שאן") and Arabic "ب", "و", "ل" ("بخريبكة").
fn after_clitic(before: &str, language: LangSet) -> bool {
    let clitics = if language == geo::i18n::language_bit("he") {
        "ובלמהשכ"
    } else if language == geo::i18n::language_bit("ar") {
        "وبلفك"
    } else {
        return false;
    };
    let mut rest = before.chars().rev();
    for n in 0..2 {
        match rest.clone().next() {
            Some(c) if clitics.contains(c) => {
                rest.next();
            }
            Some(c) => return n > 0 && !is_word_char(c),
            None => return n > 0,
        }
    }
    !rest.next().is_some_and(is_word_char)
}

/// True when `before` (the text before a name) ends in a street noun of the language
/// ([`super::cues::Cues::streets`]), maybe followed by a particle ("Avenida de Mayo", "rue de
/// Paris", "Via di Roma").
fn after_street_noun(before: &str, language: LangSet) -> bool {
    if language == 0 {
        return false;
    }
    let code = geo::i18n::LANGUAGES.get(language.trailing_zeros() as usize);
    let Some(nouns) = code.and_then(|l| super::cues::of(l)).map(|c| c.streets) else {
        return false;
    };
    let mut words = before
        .trim_end()
        .rsplit(|c: char| c.is_whitespace())
        .map(|w| w.trim_end_matches('.'));
    let mut word = words.next().unwrap_or("");
    if matches!(
        word,
        "de" | "di" | "del" | "da" | "do" | "du" | "des" | "della" | "la"
    ) {
        word = words.next().unwrap_or("");
        if word == "de" {
            // "Avenida de la Constitución"
            word = words.next().unwrap_or("");
        }
    }
    let lower = word.to_lowercase();
    nouns.contains(&lower.as_str())
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

fn spaceless(c: char) -> bool {
    crate::lang::is_spaceless_char(c)
}

/// Countries whose own town names take Slavic case endings whatever their last vowel
/// ("Иваново" → "в Иванове", "Gniezno" → "w Gnieźnie").
const SLAVIC_COUNTRIES: &[&str] = &[
    "RU", "UA", "BY", "PL", "CZ", "SK", "BG", "RS", "HR", "SI", "BA", "ME", "MK", "KZ", "KG",
];

/// True when a town's name is declined in the Slavic languages: a foreign name ending in
/// "о", "е", "и" or "у" is not ("в Совето", "w Oslo"), so its stem would only match common
/// words ("Совета безопасности" is no "Soweto"); names in "а"/"я" are, wherever the town is.
fn declines(name: &str, country: &str) -> bool {
    SLAVIC_COUNTRIES.contains(&country)
        || name
            .chars()
            .next_back()
            .is_some_and(|c| "аяaą".contains(c.to_lowercase().next().unwrap_or(c)))
}

/// The stem of a name in a language with case endings: the name less its final vowel, when
/// at least four letters remain ("Россия" → "Росси", "Polska" → "Polsk").
fn inflection_stem(name: &str) -> Option<&str> {
    if name.contains(' ') {
        return None;
    }
    let last = name.chars().next_back()?;
    let vowel = "аяоеёыиуюьйaeiouyąęі".contains(last.to_lowercase().next()?);
    let stem = &name[..name.len() - last.len_utf8()];
    (vowel && stem.chars().count() >= 4).then_some(stem)
}

/// "said in French", "Spanish-speaking": a language, not a nationality.
fn is_language(text: &str, m: &Mention, demonym: bool) -> bool {
    let word = &text[m.start..m.end];
    // "en français", "in italiano", "het Nederlands": another language's name (a country's
    // name spelt alike, German "in Italien", stays a place).
    if demonym && geo::demonyms::is_language_name(word) {
        let prev = text[..m.start]
            .trim_end()
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        return geo::demonyms::LANGUAGE_BEFORE.contains(&prev.to_lowercase().as_str());
    }
    if !LANGUAGE_DEMONYMS.contains(word) {
        return false;
    }
    let after = &text[m.end..];
    if LANGUAGE_AFTER
        .iter()
        .any(|a| after.starts_with(a) || after.trim_start().starts_with(a))
    {
        return true;
    }
    let before = text[..m.start].trim_end();
    let prev = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    // "in Polish and Portuguese": the second of a pair of languages.
    if matches!(prev, "and" | "or") {
        let rest = before[..before.len() - prev.len()].trim_end();
        let first = rest
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        if !first.is_empty() && LANGUAGE_DEMONYMS.contains(first) {
            let start = rest.len() - first.len();
            let pair = Mention {
                start,
                end: rest.len(),
                entry: m.entry,
            };
            return is_language(text, &pair, false);
        }
    }
    if !LANGUAGE_BEFORE.contains(&prev) {
        return false;
    }
    // "in French politics" is about France; "said in French." is a language.
    if matches!(prev, "in" | "from" | "into") {
        let next = after.trim_start().chars().next();
        return next.is_none_or(|c| !c.is_alphanumeric())
            || after.trim_start().starts_with("and ")
            || after.trim_start().starts_with("or ");
    }
    true
}

/// True when `word` occurs in `text` on word boundaries.
fn contains_word(text: &str, word: &str) -> bool {
    let mut from = 0;
    while let Some(i) = text[from..].find(word) {
        let s = from + i;
        let e = s + word.len();
        let before_ok = !text[..s]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric);
        let after_ok = !text[e..].chars().next().is_some_and(char::is_alphanumeric);
        if before_ok && after_ok {
            return true;
        }
        from = e;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn countries(text: &str) -> Vec<&'static str> {
        countries_in(text, "en")
    }

    /// The countries found in `text` written in `language` (names of that language count).
    fn countries_in(text: &str, language: &str) -> Vec<&'static str> {
        let m = Matcher::new(&Registry::default());
        let found = m.find_in(text, geo::i18n::language_bit(language));
        let r = m.resolve(text, &found, 0, language, None);
        let gaz = geo::gazetteer();
        r.countries
            .iter()
            .map(|&c| gaz.countries()[c].name)
            .collect()
    }

    #[test]
    fn declined_names_count_in_their_language() {
        assert_eq!(
            countries_in(
                "Wystawę otwarto w Krakowie, a potem w Kanadzie i w Egipcie.",
                "pl"
            ),
            ["Poland", "Canada", "Egypt"]
        );
        assert_eq!(
            countries_in(
                "Rząd obradował w Niemczech. Delegacja z Poznania wróciła.",
                "pl"
            ),
            ["Germany", "Poland"]
        );
        assert_eq!(
            countries_in("Vláda zasedala v Praze.", "cs"),
            ["Czech Republic"]
        );
        assert_eq!(
            countries_in("Vláda zasedala v Brně.", "cs"),
            ["Czech Republic"]
        );
        assert_eq!(
            countries_in(
                "Ministeri vieraili Tampereella ja Oulussa. Saksassa satoi.",
                "fi"
            ),
            ["Finland", "Germany"]
        );
        assert_eq!(
            countries_in(
                "A miniszter Szegeden járt, a budapesti kormány döntött. Ausztriában esett.",
                "hu"
            ),
            ["Hungary", "Austria"]
        );
        assert_eq!(
            countries_in("Primarul Clujului a vizitat Brașovul.", "ro"),
            ["Romania"]
        );
    }

    #[test]
    fn declined_names_stay_apart_from_people_and_other_languages() {
        // A surname that looks like a declined town, beside a given name, is the person;
        // an English name the language spells otherwise is not declined ("Jordania").
        assert!(countries_in("Według Michaela Jordana mecz był trudny.", "pl").is_empty());
        assert!(countries_in("Zaproszono Jordana i Adama.", "pl").is_empty());
        // A stem of the matcher's ("Mark" of Marki) is no base: "Marce" is no town.
        assert!(countries_in("Sąd w Marce obradował.", "pl").is_empty());
        assert!(countries_in("A beszédet Szegedi Zoltán tartotta.", "hu").is_empty());
        assert!(countries_in("Jari Lahden mukaan hanke etenee.", "fi").is_empty());
        // Another language's text reads none of these rules.
        assert!(countries_in("Die Band Krakowie spielte.", "de").is_empty());
    }

    #[test]
    fn a_shared_city_name_is_read_at_home_in_the_texts_language() {
        assert_eq!(
            countries_in("Brest tient son nouveau pôle scientifique.", "fr"),
            ["France"]
        );
        assert_eq!(
            countries_in("Brest lies on the Bug river.", "en"),
            ["Belarus"]
        );
        // Declined Polish names the stem rule cannot reach (two words, short stems).
        let mut pl = countries_in(
            "Czołgi z Korei Południowej, kontrakty ze Stanami Zjednoczonymi, szczyt w Hadze.",
            "pl",
        );
        pl.sort_unstable();
        assert_eq!(pl, ["Netherlands", "South Korea", "United States"]);
    }

    #[test]
    fn a_foreign_town_in_o_is_not_declined_in_slavic_text() {
        // "Совета" is the council's genitive, not Soweto declined (foreign names in "о"
        // are not).
        assert!(
            countries_in(
                "Путин провёл совещание с членами Совета безопасности.",
                "ru"
            )
            .is_empty()
        );
        // Names in "а" decline wherever the town is; the country's own do in any vowel.
        assert_eq!(
            countries_in("Делегация прибыла из Москвы.", "ru"),
            ["Russia"]
        );
    }

    #[test]
    fn a_japanese_town_in_katakana_is_a_brand() {
        assert_eq!(
            countries_in("トヨタの新型車は米国で発売された。", "ja"),
            ["United States"]
        );
        // Big cities CLDR names no time zone after: "北京", "大阪".
        assert_eq!(
            countries_in("习近平周二在北京会见了客人。", "zh"),
            ["China"]
        );
        assert_eq!(countries_in("大阪で万博が開かれた。", "ja"), ["Japan"]);
    }

    #[test]
    fn a_street_named_after_a_place_is_no_evidence_of_it() {
        assert!(countries_in("A Rua Augusta ficou lotada no sábado.", "pt").is_empty());
        assert!(countries_in("El accidente ocurrió en la avenida Venezuela.", "es").is_empty());
        assert!(countries_in("Il negozio di via Roma ha chiuso.", "it").is_empty());
        assert!(countries_in("Il a habité rue de Paris.", "fr").is_empty());
        // The place itself still counts.
        assert_eq!(
            countries_in("A Augusta, nos Estados Unidos, choveu.", "pt"),
            ["United States"]
        );
        assert_eq!(countries_in("Elle est partie à Paris.", "fr"), ["France"]);
    }

    #[test]
    fn a_town_named_with_its_state_is_in_the_states_country() {
        assert_eq!(
            countries("He must report to the prison in Oxford, Wisconsin, by Jan. 15."),
            ["United States"]
        );
        assert_eq!(countries("She grew up in Paris, Texas."), ["United States"]);
    }

    #[test]
    fn names_demonyms_capitals_cities_states() {
        assert_eq!(countries("A Laotian official met in Vientiane."), ["Laos"]);
        assert_eq!(countries("Floods hit Bavaria."), ["Germany"]);
        assert_eq!(countries("The Kremlin said no."), ["Russia"]);
        assert_eq!(
            countries("Rain in Sichuan and Texas."),
            ["China", "United States"]
        );
        assert_eq!(countries("Laotians voted."), ["Laos"]);
    }

    #[test]
    fn file_formats_and_name_particles_are_not_places() {
        assert!(countries("Save the chart as a PNG image or PNG files.").is_empty());
        assert!(countries("Van der Maaten and Hinton proposed it.").is_empty());
        assert_eq!(
            countries("Aid reached PNG on Monday."),
            ["Papua New Guinea"]
        );
        assert_eq!(countries("An earthquake struck Van."), ["Turkey"]);
    }

    #[test]
    fn longest_match_and_blockers() {
        assert!(countries("Ships in the South China Sea.").is_empty());
        assert!(countries("Latin American leaders met.").is_empty());
        assert!(countries("The New York Times reported it.").is_empty());
        assert_eq!(
            countries("He flew to Papua New Guinea."),
            ["Papua New Guinea"]
        );
    }

    #[test]
    fn currency_and_language_are_not_countries() {
        assert!(countries("It cost $US5 million, or 7 million US$.").is_empty());
        assert!(countries("She said in Spanish, then in French.").is_empty());
        assert!(countries("Spanish-speaking voters").is_empty());
        assert_eq!(countries("in French politics"), ["France"]);
    }

    #[test]
    fn a_common_word_of_the_language_is_no_place_in_it() {
        // Christmas in Indonesian, a palace in Catalan names in Spanish text.
        assert!(countries_in("Menjelang libur Natal, bandara padat.", "id").is_empty());
        assert!(countries_in("La cena en el Palau de Pedralbes.", "es").is_empty());
        // The Brazilian city in Portuguese and in English text.
        assert_eq!(countries_in("A ponte nova em Natal.", "pt"), ["Brazil"]);
        assert_eq!(countries("Flights to Natal resumed."), ["Brazil"]);
    }

    #[test]
    fn country_names_in_the_languages_added_last() {
        // CLDR's names, in the cases those languages put them in.
        let cases: &[(&str, &str, &[&str])] = &[
            (
                "Германия и Франция подписаха споразумението.",
                "bg",
                &["Germany", "France"],
            ),
            (
                "Ministar je boravio u Njemačkoj i Austriji.",
                "hr",
                &["Germany", "Austria"],
            ),
            ("Председник је допутовао у Немачку.", "sr", &["Germany"]),
            ("Predsednik je doputovao u Nemačku.", "sr", &["Germany"]),
            (
                "Premiér rokoval na Slovensku a v Nemecku.",
                "sk",
                &["Slovakia", "Germany"],
            ),
            (
                "El Govern ha signat un acord amb Alemanya.",
                "ca",
                &["Germany"],
            ),
            (
                "Pemimpin Jerman melawat Malaysia.",
                "ms",
                &["Germany", "Malaysia"],
            ),
            (
                "Bumisita ang pangulo sa Estados Unidos.",
                "tl",
                &["United States"],
            ),
            (
                "Regjeringen i Tyskland og Sverige ble enige.",
                "nb",
                &["Germany", "Sweden"],
            ),
            ("Regjeringen i Tyskland ble enige.", "no", &["Germany"]),
            ("Ministras lankėsi Vokietijoje.", "lt", &["Germany"]),
            (
                "جرمنی اور فرانس نے معاہدہ کیا۔",
                "ur",
                &["Germany", "France"],
            ),
            ("ஜெர்மனி அரசு அறிவித்தது.", "ta", &["Germany"]),
            ("Երևանի քաղաքապետը հայտնեց.", "hy", &["Armenia"]),
            ("თბილისის მერიამ გამოაცხადა.", "ka", &["Georgia"]),
            ("Nazirlik Bakıda iclas keçirdi.", "az", &["Azerbaijan"]),
            ("काठमाडौंमा नयाँ बस सेवा सुरु भयो।", "ne", &["Nepal"]),
        ];
        for (text, lang, want) in cases {
            assert_eq!(countries_in(text, lang), *want, "{lang}: {text}");
        }
        // Only in their own languages: "Jerman" is no place in English text.
        assert!(countries_in("Jerman said so.", "en").is_empty());
    }

    #[test]
    fn country_adjectives_of_other_languages() {
        assert_eq!(
            countries_in("Ein chinesischer Investor kauft die Anlage.", "de"),
            ["China"]
        );
        assert_eq!(
            countries_in("Le groupe espagnol exploite le parc.", "fr"),
            ["Spain"]
        );
        assert_eq!(
            countries_in(
                "Inwestuje niemiecki koncern. Chińscy producenci czekają.",
                "pl"
            ),
            ["Germany", "China"]
        );
        // Only in their own language; the language itself is no country; a country's
        // name spelt like another language's adjective stays a place.
        assert!(countries_in("Le groupe espagnol", "en").is_empty());
        assert!(countries_in("Il parle en français et en espagnol.", "fr").is_empty());
        assert!(countries_in("Das Buch ist auf Deutsch erschienen.", "de").is_empty());
        assert_eq!(countries_in("Urlaub in Italien.", "de"), ["Italy"]);
    }

    #[test]
    fn agreements_named_after_cities_and_former_names() {
        // A city naming an agreement made there is no evidence of its country.
        for text in [
            "He won a prize for the Paris accords.",
            "The Minsk agreements failed.",
            "Under the Kyoto Protocol, emissions fell.",
        ] {
            assert!(countries(text).is_empty(), "{text}: {:?}", countries(text));
        }
        // A country's own name before "agreement" still counts; so does the city alone.
        assert_eq!(countries("A Ukraine agreement is near."), ["Ukraine"]);
        assert_eq!(countries("Talks in Paris resumed."), ["France"]);
        assert_eq!(countries("détente with the Soviet Union"), ["Russia"]);
        assert_eq!(countries("Houthi attacks in the Red Sea"), ["Yemen"]);
    }

    #[test]
    fn shared_names_need_context() {
        assert_eq!(
            countries("Georgia's Republican governor signed the bill in Atlanta."),
            ["United States"]
        );
        assert_eq!(
            countries("Protesters in Georgia rallied in Tbilisi against the law."),
            ["Georgia"]
        );
        assert!(countries("Floods in Punjab.").is_empty());
        assert_eq!(countries("Floods in Punjab hit Lahore."), ["Pakistan"]);
        assert_eq!(
            countries("Fighting in Congo."),
            ["Democratic Republic of the Congo"]
        );
    }

    #[test]
    fn weak_names_need_support() {
        assert!(countries("Brussels demanded more.").is_empty());
        assert_eq!(countries("Belgium and Brussels."), ["Belgium"]);
        // In text of its country's main language a weak name stands alone.
        assert!(countries("The Parliament met in Strasbourg.").is_empty());
        assert_eq!(
            countries_in(
                "Comme Strasbourg le fait déjà, la ville aide à l'achat.",
                "fr"
            ),
            ["France"]
        );
        assert!(countries_in("La provincia de León pide más médicos.", "es").is_empty());
        // Under every spelling it is matched by.
        assert!(countries("Trains run again on the Valley Line.").is_empty());
        assert!(countries("It answered in Polish and Portuguese without help.").is_empty());
        assert_eq!(
            countries("Polish and Czech farmers protested."),
            ["Poland", "Czech Republic"]
        );
        assert!(countries("She ran the clinic at Mount Sinai.").is_empty());
        assert_eq!(
            countries("Anguilla's capital, the Valley, flooded."),
            ["Anguilla"]
        );
    }

    #[test]
    fn romanian_and_hungarian_name_their_own_countries() {
        assert_eq!(
            countries_in(
                "Podurile de pe drumurile județene din România vor fi reparate.",
                "ro"
            ),
            ["Romania"]
        );
        assert_eq!(
            countries_in("Lucrările încep la București și Chișinău.", "ro"),
            ["Romania", "Moldova"]
        );
        assert_eq!(
            countries_in("Magyarországon jövőre kezdődik az építkezés.", "hu"),
            ["Hungary"]
        );
    }

    #[test]
    fn a_town_whose_name_goes_on_after_a_particle_is_another_place() {
        assert!(
            countries_in(
                "La costanera de San José del Rincón tendrá tres kilómetros.",
                "es"
            )
            .is_empty()
        );
        assert_eq!(
            countries_in("El alcalde de San José de Costa Rica habló.", "es"),
            ["Costa Rica"]
        );
    }

    #[test]
    fn territories_fold_into_their_state() {
        assert_eq!(countries("Protests in Hong Kong."), ["China"]);
    }
}
