//! Towns in other scripts and languages: the 34,006 places of 15,000 people or more in
//! GeoNames' cities15000 (CC BY 4.0, <https://www.geonames.org>), each with the names a
//! language's text may use for it ("敦賀市", "Кострома", "עפולה", "Skellefteå"), kept by
//! `towns/make_towns.py` under precision rules (see `towns/README.md`): a town abroad only
//! when it is big, a shared name only for a much bigger town, no name that is a common
//! word of the language, short CJK names only with their suffix. Parsed on first use: an
//! English-only site never reads it.

use std::sync::LazyLock;

use super::gazetteer;
use super::i18n::{LangSet, language_bit};

const TOWNS_TSV: &str = include_str!("towns/towns.tsv");

/// A town of the list.
#[derive(Debug, Clone, Copy)]
pub struct Town {
    /// Its name in GeoNames (the local name in Latin letters: "Skellefteå", "Kakegawa").
    pub name: &'static str,
    /// Its country (index into `Gazetteer::countries()`).
    pub country: usize,
    /// Its population.
    pub population: u32,
}

/// One name of a town, as some languages write it.
#[derive(Debug, Clone, Copy)]
pub struct TownName {
    /// The name ("掛川市").
    pub name: &'static str,
    /// Index into [`towns`].
    pub town: usize,
    /// Bit set over `i18n::LANGUAGES`: the languages whose text may use it.
    pub languages: LangSet,
}

struct Data {
    towns: Vec<Town>,
    names: Vec<TownName>,
}

static DATA: LazyLock<Data> = LazyLock::new(|| parse(TOWNS_TSV));

/// Every town of the list.
pub fn towns() -> &'static [Town] {
    &DATA.towns
}

/// Every local name of every town.
pub fn names() -> &'static [TownName] {
    &DATA.names
}

/// Parses the data; panics with the line number on malformed rows, since the data is
/// compiled in and any error is a bug caught by the tests.
fn parse(src: &'static str) -> Data {
    let gaz = gazetteer();
    let mut data = Data {
        towns: Vec::new(),
        names: Vec::new(),
    };
    for (n, line) in src.lines().enumerate().skip(2) {
        let mut cols = line.split('\t');
        let (Some(name), Some(code), Some(population)) = (cols.next(), cols.next(), cols.next())
        else {
            panic!("towns.tsv:{}: expected name, country and population", n + 1);
        };
        // Territories the gazetteer lacks have no region to file a story under.
        let Some(country) = gaz.country_by_code(code) else {
            continue;
        };
        let population = population
            .parse()
            .unwrap_or_else(|_| panic!("towns.tsv:{}: bad population", n + 1));
        let town = data.towns.len();
        data.towns.push(Town {
            name,
            country,
            population,
        });
        for local in cols {
            let (langs, local) = local
                .split_once(':')
                .unwrap_or_else(|| panic!("towns.tsv:{}: expected languages:name", n + 1));
            let mut languages = 0;
            for l in langs.split(',') {
                let bit = language_bit(l);
                assert!(bit != 0, "towns.tsv:{}: unknown language {l}", n + 1);
                languages |= bit;
            }
            data.names.push(TownName {
                name: local,
                town,
                languages,
            });
        }
    }
    data
}

#[cfg(test)]
mod tests {
    use super::*;

    fn town_of(name: &str, lang: &str) -> Option<(&'static str, &'static str)> {
        let gaz = gazetteer();
        names()
            .iter()
            .find(|n| n.name == name && n.languages & language_bit(lang) != 0)
            .map(|n| {
                let t = towns()[n.town];
                (t.name, gaz.countries()[t.country].name)
            })
    }

    #[test]
    fn towns_in_their_own_scripts_and_languages_only() {
        assert!(towns().len() > 10_000);
        assert_eq!(town_of("敦賀市", "ja"), Some(("Tsuruga", "Japan")));
        assert_eq!(town_of("Кострома", "ru"), Some(("Kostroma", "Russia")));
        assert_eq!(town_of("Narvik", "sv"), None, "a small town abroad");
        // A Latin name only in its country's languages; a small town only at home.
        assert_eq!(town_of("Tarnów", "pl"), Some(("Tarnów", "Poland")));
        assert_eq!(town_of("Tarnów", "de"), None);
        assert_eq!(
            town_of("敦賀", "ja"),
            None,
            "two characters need their suffix"
        );
        // A common word of the language is no town there ("vitória": victory).
        assert_eq!(town_of("Vitória", "pt"), None);
    }

    #[test]
    fn towns_of_the_languages_added_later() {
        assert_eq!(town_of("Šiauliai", "lt"), Some(("Šiauliai", "Lithuania")));
        assert_eq!(town_of("Trnava", "sk"), Some(("Trnava", "Slovakia")));
        assert_eq!(town_of("Пловдив", "bg"), Some(("Plovdiv", "Bulgaria")));
        assert_eq!(town_of("ქუთაისი", "ka"), Some(("Kutaisi", "Georgia")));
        assert_eq!(town_of("Trnava", "lt"), None, "a small town abroad");
        // Serbian's frequent words, in Cyrillic too: "Ово" (this) is no Nigerian town there.
        assert_eq!(town_of("Ово", "sr"), None);
        assert!(town_of("Ово", "ru").is_some());
    }
}
