//! Place names in other languages (country, region and city names from the Unicode CLDR,
//! made by `i18n/make_names.py`; see `i18n/README.md`), each usable only in text of the
//! languages that write it so, since "Germania" or "Jerman" mean something else in English.

use std::collections::HashMap;
use std::sync::LazyLock;

use super::{GeoRef, gazetteer};

const NAMES_TSV: &str = include_str!("i18n/names.tsv");
/// Names CLDR lacks (cities that are no time-zone city, regions), written by hand.
const LOCAL_TSV: &str = include_str!("i18n/local.tsv");
const DISPLAY_TSV: &str = include_str!("i18n/display.tsv");

/// A set of [`LANGUAGES`], one bit each.
pub type LangSet = u64;

/// The languages `names.tsv` covers, in bit order for [`LocalName::languages`].
/// fa, hi, th, el, vi and fi came with the towns (`towns.tsv`); ro and hu with their own
/// towns; the rest after them (eighteenth session), so that pages in the major news
/// languages of Europe, South and Southeast Asia and the Caucasus name their countries.
pub const LANGUAGES: &[&str] = &[
    "de", "fr", "es", "it", "pt", "nl", "pl", "ru", "tr", "id", "zh", "ja", "ko", "ar", "he", "uk",
    "sv", "da", "cs", "fa", "hi", "th", "el", "vi", "fi", "ro", "hu", "bg", "sr", "hr", "bs", "sk",
    "sl", "ca", "ms", "tl", "ta", "nb", "et", "lv", "lt", "bn", "mk", "ur", "sq", "sw", "af", "gl",
    "eu", "is", "ka", "hy", "az", "be", "kk", "uz", "ne", "mr",
];

/// Other tags for a language of [`LANGUAGES`]: Norwegian as `no` (and Nynorsk, whose
/// country names are Bokmål's), Filipino as Tagalog.
const ALIASES: &[(&str, &str)] = &[("no", "nb"), ("nn", "nb"), ("fil", "tl")];

/// Languages with case endings or suffixes, whose names also match by stem ("России";
/// "Polsce" stays unmatched: only the final vowel varies) or with up to three letters after
/// them.
pub const INFLECTING: LangSet = bits(&[
    "pl", "ru", "uk", "cs", "ro", "hu", "sr", "hr", "bs", "sk", "sl", "et", "lv", "lt", "be",
    // Suffixing languages that write the suffix onto the name ("Երևանի", "თბილისის",
    // "Bakıda", "Íslandi", "Kosovës", "Espainiako", "काठमाडौंमा").
    "hy", "ka", "az", "kk", "uz", "eu", "is", "sq", "ne", "mr",
]);

/// The set of `tags`, at compile time.
const fn bits(tags: &[&str]) -> LangSet {
    let mut set = 0;
    let mut i = 0;
    while i < tags.len() {
        let mut j = 0;
        while j < LANGUAGES.len() {
            if tags[i].len() == 2
                && LANGUAGES[j].as_bytes()[0] == tags[i].as_bytes()[0]
                && LANGUAGES[j].as_bytes()[1] == tags[i].as_bytes()[1]
            {
                set |= 1 << j;
            }
            j += 1;
        }
        i += 1;
    }
    set
}

/// A place name in one or more languages other than English.
#[derive(Debug, Clone, Copy)]
pub struct LocalName {
    /// The name as those languages write it ("Moskau").
    pub name: &'static str,
    /// What it names: a country, a region, or a city (a capital resolves to its country).
    pub target: GeoRef,
    /// Bit set over [`LANGUAGES`].
    pub languages: LangSet,
}

static NAMES: LazyLock<Vec<LocalName>> = LazyLock::new(|| {
    let mut names = parse(NAMES_TSV, "names.tsv");
    names.extend(parse(LOCAL_TSV, "local.tsv"));
    names
});

/// Every local name of the built-in data.
pub fn names() -> &'static [LocalName] {
    &NAMES
}

/// Display names: (English name, language) → the name that language shows. Its languages
/// are the first 19 of [`LANGUAGES`], Persian and Urdu.
static DISPLAY: LazyLock<HashMap<(&'static str, &'static str), &'static str>> =
    LazyLock::new(|| parse_display(DISPLAY_TSV));

/// The name a page in language `tag` shows the country, region or city whose English
/// gazetteer name is `english` by ("Vereinigte Staaten", "Asien", "Moskau"); `None` when
/// that language writes it as English does or has no data.
pub fn display_name(english: &str, tag: &str) -> Option<&'static str> {
    let primary = crate::lang::primary(tag);
    let display: &HashMap<(&str, &str), &'static str> = &DISPLAY;
    display.get(&(english, primary.as_str())).copied()
}

/// Parses `display.tsv` (same format as `names.tsv`, one name per place and language).
/// City rows go in first so that a country or region of the same English name wins.
fn parse_display(src: &'static str) -> HashMap<(&'static str, &'static str), &'static str> {
    let gaz = gazetteer();
    let mut rows: Vec<(bool, &'static str, &'static str, &'static str)> = Vec::new();
    for (n, line) in src.lines().enumerate().skip(1) {
        let cols: Vec<&'static str> = line.split('\t').collect();
        let [name, target, langs] = cols[..] else {
            panic!("i18n/display.tsv:{}: expected 3 columns", n + 1);
        };
        let (city, english) = if let Some(r) = target.strip_prefix("region:") {
            (false, r)
        } else if let Some(c) = target.strip_prefix("city:") {
            (true, c)
        } else {
            let c = gaz
                .country_by_code(target)
                .unwrap_or_else(|| panic!("i18n/display.tsv:{}: unknown country", n + 1));
            (false, gaz.countries()[c].name)
        };
        rows.push((city, english, name, langs));
    }
    rows.sort_by_key(|r| !r.0);
    let mut out = HashMap::new();
    for (_, english, name, langs) in rows {
        for l in langs.split(',') {
            out.insert((english, l), name);
        }
    }
    out
}

/// The bit of a language tag in [`LocalName::languages`]; 0 for a language without data.
pub fn language_bit(tag: &str) -> LangSet {
    let primary = crate::lang::primary(tag);
    let primary = ALIASES
        .iter()
        .find(|(alias, _)| *alias == primary)
        .map_or(primary.as_str(), |(_, tag)| tag);
    LANGUAGES
        .iter()
        .position(|l| *l == primary)
        .map_or(0, |i| 1 << i)
}

/// Parses the data; panics with the line number on malformed rows, since the data is
/// compiled in and any error is a bug caught by the tests.
fn parse(src: &'static str, file: &str) -> Vec<LocalName> {
    let gaz = gazetteer();
    let mut out = Vec::new();
    let mut lines = src.lines().enumerate();
    assert_eq!(
        lines.next().map(|l| l.1),
        Some("name\ttarget\tlanguages"),
        "i18n/{file}: bad header"
    );
    for (n, line) in lines {
        let cols: Vec<&'static str> = line.split('\t').collect();
        let [name, target, langs] = cols[..] else {
            panic!("i18n/{file}:{}: expected 3 columns", n + 1);
        };
        let target = if let Some(region) = target.strip_prefix("region:") {
            gaz.lookup(region)
                .filter(|r| matches!(r, GeoRef::Region(_)))
        } else if let Some(city) = target.strip_prefix("city:") {
            gaz.lookup_city(city)
                .map(GeoRef::City)
                .or_else(|| gaz.lookup(city).filter(|r| matches!(r, GeoRef::Country(_))))
        } else {
            gaz.country_by_code(target).map(GeoRef::Country)
        };
        let target = target.unwrap_or_else(|| panic!("i18n/{file}:{}: unknown target", n + 1));
        let mut languages = 0;
        for l in langs.split(',') {
            let bit = language_bit(l);
            assert!(bit != 0, "i18n/{file}:{}: unknown language {l}", n + 1);
            languages |= bit;
        }
        out.push(LocalName {
            name,
            target,
            languages,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn target_of(name: &str, lang: &str) -> Option<GeoRef> {
        names()
            .iter()
            .find(|n| n.name == name && n.languages & language_bit(lang) != 0)
            .map(|n| n.target)
    }

    #[test]
    fn every_row_resolves_and_the_issue_examples_are_there() {
        let gaz = gazetteer();
        assert!(names().len() > 4000);
        let de = gaz.country_by_code("DE").map(GeoRef::Country);
        assert_eq!(target_of("Deutschland", "de"), de);
        assert_eq!(
            target_of("Frankreich", "de").map(|r| gaz.name(r)),
            Some("France")
        );
        assert_eq!(
            target_of("Estados Unidos", "es").map(|r| gaz.name(r)),
            Some("United States")
        );
        assert_eq!(
            target_of("Moskau", "de").map(|r| gaz.name(r)),
            Some("Moscow")
        );
        assert_eq!(
            target_of("Москва", "ru").map(|r| gaz.name(r)),
            Some("Moscow")
        );
        // Hand-written local names: cities that are no time-zone city, regions.
        for (name, lang, english) in [
            ("Múnich", "es", "Munich"),
            ("Antwerpen", "nl", "Antwerp"),
            ("Казань", "ru", "Kazan"),
            ("Niedersachsen", "de", "Germany"),
        ] {
            assert_eq!(
                target_of(name, lang).map(|r| gaz.name(r)),
                Some(english),
                "{name}"
            );
        }
        assert_eq!(target_of("德国", "zh"), de);
        assert_eq!(target_of("ドイツ", "ja"), de);
        // Only for the languages that write it so.
        assert_eq!(target_of("Deutschland", "fr"), None);
    }

    #[test]
    fn display_names_are_cldr_standard_forms() {
        assert_eq!(display_name("Germany", "de"), Some("Deutschland"));
        assert_eq!(
            display_name("United States", "de-AT"),
            Some("Vereinigte Staaten")
        );
        assert_eq!(display_name("Laos", "ar"), Some("لاوس"));
        assert_eq!(
            display_name("Laos", "de"),
            None,
            "German writes it as English does"
        );
        assert_eq!(display_name("Asia", "ru"), Some("Азия"));
        assert_eq!(display_name("Moscow", "de"), Some("Moskau"));
        assert_eq!(display_name("Germany", "en"), None);
        // Persian and Urdu sites show names.
        assert_eq!(display_name("Germany", "fa"), Some("آلمان"));
        assert_eq!(display_name("Asia", "ur"), Some("ایشیا"));
    }

    #[test]
    fn language_bits() {
        assert_eq!(language_bit("de"), 1);
        assert_eq!(language_bit("pt-BR"), language_bit("pt"));
        assert_eq!(language_bit("en"), 0);
        assert_eq!(language_bit("xx"), 0);
        // Past 32 languages; Norwegian and Filipino under their other tags.
        assert_eq!(language_bit("mr"), 1 << (LANGUAGES.len() - 1));
        assert_eq!(language_bit("no"), language_bit("nb"));
        assert_eq!(language_bit("fil-PH"), language_bit("tl"));
        assert_ne!(language_bit("tl"), 0);
        assert_eq!(INFLECTING & language_bit("bg"), 0, "Bulgarian has no cases");
        assert_ne!(INFLECTING & language_bit("hr"), 0);
    }
}
