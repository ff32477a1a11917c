//! People and places named in front matter, against what the site knows: the built-in
//! gazetteer and the curator's registry in `data/`. Unknown names are warnings with a
//! "did you mean" from the known ones.
//!
//! The seam for the enrichment module's registry: [`Registry::load`] is the only code that
//! reads `data/*.yaml`. Until `enrich::Registry` is merged it reads the files loosely (YAML
//! syntax errors are reported with their line; names and aliases are collected from
//! `people:`/`places:` entries and `ignore:` lists); afterwards it should delegate to
//! `enrich::Registry::load` (whose errors carry file and line) and fill the same fields.

use std::collections::HashSet;
use std::path::Path;
use std::sync::LazyLock;

use serde_json::Value;

use super::{Problem, Severity, rel_path};
use crate::content::Article;
use crate::{geo, slug, suggest, yaml};

/// A suggestion only for a likely typo: close by Jaro-Winkler *and* at most one edit in four
/// letters, so `Gaza` does not become `Ghana`.
fn did_you_mean<'a>(word: &str, candidates: impl Iterator<Item = &'a str>) -> String {
    let w = key(word);
    let near: Vec<&str> = candidates
        .filter(|c| {
            let k = key(c);
            strsim::levenshtein(&w, &k) <= (w.chars().count() / 4).max(1)
        })
        .collect();
    suggest::did_you_mean(word, near)
}

/// The registry folder inside a site root.
pub const DATA_DIR: &str = "data";
/// The registry files `check` reads.
pub const FILES: [&str; 3] = ["people.yaml", "places.yaml", "regions.yaml"];

/// What the curator's registry knows, as far as `check` needs it.
#[derive(Debug, Default)]
pub struct Registry {
    /// Canonical names and aliases of people, as written.
    pub people: Vec<String>,
    people_keys: HashSet<String>,
    /// Names and aliases of extra places, as written.
    pub places: Vec<String>,
    place_keys: HashSet<String>,
    /// Names the curator says are not places.
    ignored_places: HashSet<String>,
}

/// Names compare by slug, so case, accents and punctuation do not matter.
fn key(name: &str) -> String {
    slug::slugify(name.trim())
}

impl Registry {
    /// Reads `data/*.yaml` under `root`; problems in them are added to `problems`.
    pub fn load(root: &Path, problems: &mut Vec<Problem>) -> Registry {
        let mut reg = Registry::default();
        for name in FILES {
            let path = root.join(DATA_DIR).join(name);
            if !path.exists() {
                continue;
            }
            let shown = rel_path(root, &path);
            let text = match std::fs::read_to_string(&path) {
                Ok(t) => t,
                Err(e) => {
                    problems.push(Problem::new(shown, 0, Severity::Error, e.to_string()));
                    continue;
                }
            };
            let value: Value = match yaml::from_str(&text) {
                Ok(v) => v,
                Err(e) => {
                    problems.push(Problem {
                        file: shown,
                        line: e.line,
                        column: e.column,
                        severity: Severity::Error,
                        message: e.message,
                    });
                    continue;
                }
            };
            if !(value.is_object() || value.is_null()) {
                problems.push(Problem::new(
                    shown,
                    1,
                    Severity::Error,
                    "expected a mapping of keys (e.g. `people:` and `ignore:`) at the top level",
                ));
                continue;
            }
            match name {
                "people.yaml" => {
                    for n in entry_names(&value, "people") {
                        reg.people_keys.insert(key(&n));
                        reg.people.push(n);
                    }
                }
                "places.yaml" => {
                    for n in entry_names(&value, "places") {
                        reg.place_keys.insert(key(&n));
                        reg.places.push(n);
                    }
                    if let Some(list) = value.get("ignore").and_then(Value::as_array) {
                        reg.ignored_places
                            .extend(list.iter().filter_map(Value::as_str).map(key));
                    }
                }
                _ => {}
            }
        }
        reg
    }

    /// True when the registry lists any person: only then are unknown people reported.
    pub fn has_people(&self) -> bool {
        !self.people.is_empty()
    }

    fn knows_person(&self, name: &str) -> bool {
        self.people_keys.contains(&key(name))
    }

    fn knows_place(&self, name: &str) -> bool {
        let k = key(name);
        self.place_keys.contains(&k) || self.ignored_places.contains(&k)
    }
}

/// `name` and `aliases` of every entry of the list under `list_key`.
fn entry_names(value: &Value, list_key: &str) -> Vec<String> {
    let mut out = Vec::new();
    for entry in value
        .get(list_key)
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        if let Some(n) = entry.get("name").and_then(Value::as_str) {
            out.push(n.to_string());
        }
        let aliases = entry.get("aliases").and_then(Value::as_array);
        out.extend(
            aliases
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .map(str::to_string),
        );
    }
    out
}

/// Every name the gazetteer resolves: countries, their aliases and capitals, regions.
static GAZETTEER_NAMES: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let g = geo::gazetteer();
    let mut names: Vec<&'static str> = Vec::new();
    for c in g.countries() {
        names.push(c.name);
        names.extend(c.aliases.iter().copied());
        names.extend(c.capital);
    }
    names.extend(g.regions().iter().map(|r| r.name));
    names
});

/// Warns about people and places in an article's front matter that nothing knows.
pub fn check_article(a: &Article, root: &Path, reg: &Registry, problems: &mut Vec<Problem>) {
    let text = std::fs::read_to_string(root.join(&a.path)).unwrap_or_default();
    let file = rel_path(root, &a.path);
    for place in a.front.places.iter().flatten() {
        if place.trim().is_empty()
            || geo::gazetteer().lookup(place).is_some()
            || reg.knows_place(place)
        {
            continue;
        }
        let candidates = GAZETTEER_NAMES
            .iter()
            .copied()
            .chain(reg.places.iter().map(String::as_str));
        problems.push(Problem::new(
            file.clone(),
            front_matter_line(&text, a.body_line, "places", place),
            Severity::Warning,
            format!(
                "unknown place `{place}`: neither the gazetteer nor data/places.yaml knows it, \
                 so it is filed under no region{}",
                did_you_mean(place, candidates)
            ),
        ));
    }
    if !reg.has_people() {
        return;
    }
    for person in a.front.people.iter().flatten() {
        if person.trim().is_empty() || reg.knows_person(person) {
            continue;
        }
        problems.push(Problem::new(
            file.clone(),
            front_matter_line(&text, a.body_line, "people", person),
            Severity::Warning,
            format!(
                "`{person}` is not in data/people.yaml{}",
                did_you_mean(person, reg.people.iter().map(String::as_str))
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

    #[test]
    fn finds_list_items_in_block_and_flow_style() {
        let t = "---\ntitle: x\nplaces:\n  - Laos\n  - Vientianne\npeople: [A, B]\n---\nbody\n";
        assert_eq!(front_matter_line(t, 8, "places", "Vientianne"), 5);
        assert_eq!(front_matter_line(t, 8, "people", "B"), 6);
        assert_eq!(front_matter_line(t, 8, "tags", "x"), 0);
    }

    #[test]
    fn gazetteer_suggests_close_names() {
        let names = || GAZETTEER_NAMES.iter().copied();
        assert!(did_you_mean("Vientianne", names()).contains("`Vientiane`"));
        assert!(did_you_mean("Brasília", names()).contains("`Brasilia`"));
        assert_eq!(did_you_mean("Gaza", names()), "");
        assert_eq!(did_you_mean("Sado", names()), "");
    }
}
