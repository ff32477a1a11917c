//! People and places named in front matter, against what the site knows: the built-in
//! gazetteer (countries, regions, cities and other places) and the curator's registry in
//! `data/`. Unknown names are warnings with a "did you mean" from the known ones.
//!
//! The registry is read by [`Registry::load`](crate::enrich::Registry::load), the loader the
//! build uses, so its errors (with file, line and column) are exactly the build's.

use std::collections::HashSet;
use std::path::Path;
use std::sync::LazyLock;

use super::{Problem, Severity, rel_path};
use crate::content::Article;
use crate::enrich::Registry;
use crate::{geo, slug, suggest};

/// The registry folder inside a site root.
pub const DATA_DIR: &str = crate::enrich::registry::DATA_DIR;

/// Names compare by slug, so case, accents and punctuation do not matter; a leading "the"
/// does not either, as in the gazetteer ("the Philippines").
fn key(name: &str) -> String {
    let name = name.trim();
    let bare = ["the ", "The ", "THE "]
        .iter()
        .find_map(|p| name.strip_prefix(p))
        .unwrap_or(name);
    slug::slugify(bare)
}

/// A name as written, with its key.
type Known = (String, &'static str);

/// A suggestion only for a likely typo: close by Jaro-Winkler *and* at most one edit in four
/// letters, so `Gaza` does not become `Ghana`.
fn did_you_mean<'a>(word: &str, candidates: impl Iterator<Item = (&'a str, &'a str)>) -> String {
    let w = key(word);
    let limit = (w.chars().count() / 4).max(1);
    let mut seen = HashSet::new();
    let near: Vec<&str> = candidates
        .filter(|&(k, name)| strsim::levenshtein(&w, k) <= limit && seen.insert(name))
        .map(|(_, name)| name)
        .collect();
    suggest::did_you_mean(word, near)
}

/// Every place name of the built-in gazetteer with its key: countries with their aliases and
/// capitals, regions, and every city and place with its aliases (also those shared by
/// several countries, which resolve to no single region but are real names).
static GAZETTEER_NAMES: LazyLock<Vec<Known>> = LazyLock::new(|| {
    let g = geo::gazetteer();
    let mut names: Vec<&'static str> = Vec::new();
    for c in g.countries() {
        names.push(c.name);
        names.extend(c.aliases.iter().copied());
        names.extend(c.capital);
    }
    names.extend(g.regions().iter().map(|r| r.name));
    for p in g.places() {
        names.push(p.name);
        names.extend(p.aliases.iter().copied());
    }
    names.into_iter().map(|n| (key(n), n)).collect()
});

static GAZETTEER_KEYS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| GAZETTEER_NAMES.iter().map(|(k, _)| k.as_str()).collect());

/// What the site knows of names: its registry and the gazetteer that registry configures.
#[derive(Debug, Default)]
pub struct Names {
    registry: Registry,
    /// Keys and names of places the site adds: `data/places.yaml` entries, aliases and
    /// ignores, and `data/regions.yaml` subregions.
    extra_places: Vec<(String, String)>,
    extra_place_keys: HashSet<String>,
    /// Keys and names of people: canonical names and aliases.
    people: Vec<(String, String)>,
}

impl Names {
    /// Loads `data/*.yaml` under `root` with the build's loader; its errors are added to
    /// `problems` and `None` is returned, since names cannot be judged against a broken registry.
    pub fn load(root: &Path, problems: &mut Vec<Problem>) -> Option<Names> {
        match Registry::load(root) {
            Ok(r) => Some(Names::new(r)),
            Err(e) => {
                problems.extend(super::problem::from_error(&e, root, Severity::Error));
                None
            }
        }
    }

    /// Indexes `registry`'s names for checks and suggestions.
    pub fn new(registry: Registry) -> Names {
        let mut extra: Vec<String> = Vec::new();
        for p in &registry.places {
            extra.push(p.name.clone());
            extra.extend(p.aliases.iter().cloned());
        }
        extra.extend(registry.ignore_places.iter().cloned());
        let builtin_regions = geo::gazetteer().regions().len();
        extra.extend(
            registry.gazetteer().regions()[builtin_regions..]
                .iter()
                .map(|r| r.name.to_string()),
        );
        let extra_places: Vec<(String, String)> = extra.into_iter().map(|n| (key(&n), n)).collect();
        let people = registry
            .people
            .iter()
            .flat_map(|p| std::iter::once(&p.name).chain(&p.aliases))
            .map(|n| (key(n), n.clone()))
            .collect();
        Names {
            extra_place_keys: extra_places.iter().map(|(k, _)| k.clone()).collect(),
            extra_places,
            people,
            registry,
        }
    }

    /// The registry the names were read from.
    pub fn registry(&self) -> &Registry {
        &self.registry
    }

    /// True when the registry lists any person: only then are unknown people reported, since
    /// a site without a people registry would otherwise be warned about every person.
    pub fn checks_people(&self) -> bool {
        !self.registry.people.is_empty()
    }

    /// True when the registry knows `name` as a person (by name or alias) or ignores it.
    pub fn knows_person(&self, name: &str) -> bool {
        self.registry.person(name).is_some() || self.registry.ignores(name)
    }

    /// True when the gazetteer (with the site's region overrides) or the registry knows `name`.
    pub fn knows_place(&self, name: &str) -> bool {
        if self.registry.gazetteer().lookup(name).is_some() {
            return true;
        }
        let k = key(name);
        GAZETTEER_KEYS.contains(k.as_str()) || self.extra_place_keys.contains(&k)
    }

    /// " ; did you mean …?" for an unknown place, or nothing.
    pub fn suggest_place(&self, name: &str) -> String {
        let builtin = GAZETTEER_NAMES.iter().map(|(k, n)| (k.as_str(), *n));
        let extra = self
            .extra_places
            .iter()
            .map(|(k, n)| (k.as_str(), n.as_str()));
        did_you_mean(name, builtin.chain(extra))
    }

    /// " ; did you mean …?" for an unknown person, from canonical names and aliases.
    pub fn suggest_person(&self, name: &str) -> String {
        did_you_mean(
            name,
            self.people.iter().map(|(k, n)| (k.as_str(), n.as_str())),
        )
    }
}

/// Warns about people and places in an article's front matter (the curator's own lists,
/// read before enrichment fills the missing ones) that the site does not know.
pub fn check_article(a: &Article, root: &Path, names: &Names, problems: &mut Vec<Problem>) {
    let text = std::fs::read_to_string(root.join(&a.path)).unwrap_or_default();
    let file = rel_path(root, &a.path);
    for place in a.front.places.iter().flatten() {
        if place.trim().is_empty() || names.knows_place(place) {
            continue;
        }
        problems.push(Problem::new(
            file.clone(),
            front_matter_line(&text, a.body_line, "places", place),
            Severity::Warning,
            format!(
                "unknown place `{place}`: neither the gazetteer nor data/places.yaml knows it, \
                 so it is filed under no region{}",
                names.suggest_place(place)
            ),
        ));
    }
    if !names.checks_people() {
        return;
    }
    for person in a.front.people.iter().flatten() {
        if person.trim().is_empty() || names.knows_person(person) {
            continue;
        }
        problems.push(Problem::new(
            file.clone(),
            front_matter_line(&text, a.body_line, "people", person),
            Severity::Warning,
            format!(
                "`{person}` is not in data/people.yaml{}",
                names.suggest_person(person)
            ),
        ));
    }
}

/// The line of `value` under the front matter key `key` (the key's own line as a fallback).
fn front_matter_line(text: &str, body_line: usize, key: &str, value: &str) -> usize {
    let lines: Vec<&str> = text.lines().take(body_line.saturating_sub(1)).collect();
    let Some(start) = lines.iter().position(|l| {
        l.strip_prefix(key)
            .is_some_and(|r| r.trim_start().starts_with(':'))
    }) else {
        return 0;
    };
    lines[start..]
        .iter()
        .position(|l| l.contains(value))
        .map_or(start + 1, |i| start + i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(people: &str, places: &str, regions: &str) -> Names {
        let mut r = Registry::default();
        r.add_people(people, Path::new("data/people.yaml")).unwrap();
        r.add_places(places, Path::new("data/places.yaml")).unwrap();
        r.set_regions(regions, Path::new("data/regions.yaml"))
            .unwrap();
        Names::new(r)
    }

    #[test]
    fn finds_list_items_in_block_and_flow_style() {
        let t = "---\ntitle: x\nplaces:\n  - Laos\n  - Vientianne\npeople: [A, B]\n---\nbody\n";
        assert_eq!(front_matter_line(t, 8, "places", "Vientianne"), 5);
        assert_eq!(front_matter_line(t, 8, "people", "B"), 6);
        assert_eq!(front_matter_line(t, 8, "tags", "x"), 0);
    }

    #[test]
    fn gazetteer_suggests_close_names() {
        let n = Names::default();
        assert!(n.suggest_place("Vientianne").contains("`Vientiane`"));
        assert!(n.suggest_place("Brazill").contains("`Brazil`"));
        // Cities and places are candidates too, not only countries and capitals.
        assert!(n.suggest_place("Shanghia").contains("`Shanghai`"));
        assert!(n.suggest_place("Bavarria").contains("`Bavaria`"));
        // One letter off a water body's name is a plausible typo; far from all names is not.
        assert_eq!(n.suggest_place("Atlantis"), "; did you mean `Atlantic`?");
        assert_eq!(n.suggest_place("Xanadu Heights"), "");
    }

    #[test]
    fn the_whole_gazetteer_is_known() {
        let n = Names::default();
        // A country, a capital, a city, a state, an area, a landmark, a region.
        for place in [
            "Laos",
            "Vientiane",
            "Shanghai",
            "Bavaria",
            "Gaza",
            "the Kremlin",
            "Southeast Asia",
        ] {
            assert!(n.knows_place(place), "{place}");
        }
        // Shared or country-less places resolve to no region but are real names.
        assert!(n.knows_place("Punjab"));
        assert!(n.knows_place("South China Sea"));
        assert!(!n.knows_place("Vientianne"));
        assert!(!n.knows_place("Atlantis"));
    }

    #[test]
    fn registry_places_and_regions_are_known_and_suggested() {
        let n = names(
            "",
            "places:\n  - name: Atlantis Reef\n    aliases: [The Reef]\nignore: [Nowhere Town]\n",
            "subregions:\n  Mekong Basin: Asia\n",
        );
        for place in ["Atlantis Reef", "the reef", "Nowhere Town", "Mekong Basin"] {
            assert!(n.knows_place(place), "{place}");
        }
        assert!(!Names::default().knows_place("Mekong Basin"));
        assert!(
            n.suggest_place("Atlantis Reeef")
                .contains("`Atlantis Reef`")
        );
        assert!(n.suggest_place("Mekong Basn").contains("`Mekong Basin`"));
    }

    #[test]
    fn people_resolve_aliases_and_suggest_from_names_and_aliases() {
        let n = names(
            "people:\n  - name: Antony J. Blinken\n    aliases: [Antony Blinken, Blinken]\n  - name: Wang Yi\nignore: [Hang Seng]\n",
            "",
            "",
        );
        assert!(n.checks_people());
        for p in [
            "Antony J. Blinken",
            "antony blinken",
            "Blinken",
            "Wang Yi",
            "Hang Seng",
        ] {
            assert!(n.knows_person(p), "{p}");
        }
        assert!(!n.knows_person("Antony Blinkin"));
        assert_eq!(
            n.suggest_person("Antony Blinkin"),
            "; did you mean `Antony Blinken`?"
        );
        assert_eq!(n.suggest_person("Wang Yu"), "; did you mean `Wang Yi`?");
        assert_eq!(n.suggest_person("Kamala Harris"), "");
        assert!(!Names::default().checks_people());
    }
}
