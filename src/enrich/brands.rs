//! Brands named after people ("Hugo Boss", "Calvin Klein", "Massimo Dutti", "Kate Spade"):
//! a known given name before a surname makes them look like people in any language. A name
//! on the list (`data/eponymous_brands.txt`) is a person only on stronger evidence than its
//! given name — a title, honorific or role cue, a speech verb, the registry, a name the site
//! knows — so "Modeschöpfer Giorgio Armani" stays a person and "il marchio Giorgio Armani"
//! does not.

use std::collections::HashSet;
use std::sync::LazyLock;

use super::people::Person;

/// The list, folded (see [`fold`]).
static BRANDS: LazyLock<HashSet<String>> = LazyLock::new(|| {
    include_str!("data/eponymous_brands.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(fold)
        .collect()
});

/// Rules that rest on the name's own look (a given name first) or repeat an earlier mention.
const WEAK_RULES: &[&str] = &[
    "person:given-name",
    "person:surname",
    "person:coreference",
    "person:full-name",
    "person:bare",
];

/// Lower case, accents and apostrophe kinds folded, one space between words.
fn fold(name: &str) -> String {
    deunicode::deunicode(name)
        .to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// True when `name` is a brand named after a person.
pub fn is_brand(name: &str) -> bool {
    BRANDS.contains(&fold(name))
}

/// Drops the brands that only their look made people.
pub fn drop_brands(people: &mut Vec<Person>) {
    people.retain(|p| {
        !(is_brand(&p.name) && p.mentions.iter().all(|m| WEAK_RULES.contains(&m.rule)))
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::enrich::people::PersonMention;

    fn person(name: &str, rules: &[&'static str]) -> Person {
        Person {
            name: name.to_string(),
            mentions: rules
                .iter()
                .enumerate()
                .map(|(i, &rule)| PersonMention {
                    start: i * 10,
                    end: i * 10 + 5,
                    rule,
                })
                .collect(),
            regnal: false,
        }
    }

    #[test]
    fn brands_are_matched_ignoring_case_and_accents() {
        assert!(is_brand("Hugo Boss"));
        assert!(is_brand("ESTEE LAUDER"));
        assert!(is_brand("Estée  Lauder"));
        assert!(!is_brand("Hugo Chávez"));
        assert!(!is_brand("Boss"));
        assert!(is_brand("Eli Lilly"));
        assert!(is_brand("Julius Baer"));
    }

    #[test]
    fn a_brand_found_by_its_given_name_alone_goes_but_a_cued_one_stays() {
        let mut people = vec![
            person("Calvin Klein", &["person:given-name"]),
            person("Giorgio Armani", &["person:given-name", "person:cue"]),
            person("Angela Merkel", &["person:given-name"]),
            person("Kate Spade", &["person:given-name", "person:surname"]),
        ];
        drop_brands(&mut people);
        let names: Vec<&str> = people.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Giorgio Armani", "Angela Merkel"]);
    }
}
