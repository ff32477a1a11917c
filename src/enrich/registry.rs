//! The curator's registry in a site's `data/` folder: `people.yaml` (canonical names,
//! aliases, role, description, pinned slug, names to ignore) and `places.yaml` (extra
//! places and aliases, names to ignore). Errors name the file and line.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;
use std::sync::Arc;

use serde::Deserialize;

use crate::error::{Error, Result};
use crate::geo;
use crate::slug::slugify;
use crate::yaml;

/// The registry folder inside a site root.
pub const DATA_DIR: &str = "data";

/// One person as the curator describes them.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct PersonEntry {
    /// The canonical name every alias is shown as.
    pub name: String,
    /// Other names the person appears under ("Biden", "Joseph R. Biden Jr.").
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Their role ("Secretary of State").
    #[serde(default)]
    pub role: Option<String>,
    /// A short description for the person page.
    #[serde(default)]
    pub description: Option<String>,
    /// A pinned URL slug, so the page survives a change of canonical name.
    #[serde(default)]
    pub slug: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct PeopleFile {
    #[serde(default)]
    people: Vec<PersonEntry>,
    #[serde(default)]
    ignore: Vec<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct PlaceEntryRaw {
    name: String,
    #[serde(default)]
    country: Option<String>,
    #[serde(default)]
    aliases: Vec<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct PlacesFile {
    #[serde(default)]
    places: Vec<PlaceEntryRaw>,
    #[serde(default)]
    ignore: Vec<String>,
}

/// A place the curator adds (or re-points) in `data/places.yaml`.
#[derive(Debug, Clone, PartialEq)]
pub struct ExtraPlace {
    /// The name shown.
    pub name: String,
    /// Other spellings.
    pub aliases: Vec<String>,
    /// The country it lies in (gazetteer index), if any.
    pub country: Option<usize>,
}

/// The curator's registry, parsed and indexed.
#[derive(Debug, Clone, Default)]
pub struct Registry {
    /// People, in file order.
    pub people: Vec<PersonEntry>,
    /// Names never reported as people.
    pub ignore_people: Vec<String>,
    /// Extra places, in file order.
    pub places: Vec<ExtraPlace>,
    /// Names never reported as places.
    pub ignore_places: Vec<String>,
    by_key: HashMap<String, usize>,
    ignored: HashSet<String>,
    regions: Option<Arc<geo::Gazetteer>>,
    /// A hash of the registry files read: pages re-render when the registry changes.
    pub fingerprint: u64,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RegionsFile {
    #[serde(default)]
    subregions: BTreeMap<String, String>,
    #[serde(default)]
    countries: BTreeMap<String, String>,
}

impl Registry {
    /// Loads `ROOT/data/people.yaml`, `places.yaml` and `regions.yaml`; missing files are
    /// empty. Errors of all three files are returned together, each with file and line.
    pub fn load(root: &Path) -> Result<Registry> {
        let mut reg = Registry::default();
        let dir = root.join(DATA_DIR);
        let mut hasher = xxhash_rust::xxh3::Xxh3::new();
        let mut read = |path: &Path| -> Result<Option<String>> {
            if !path.is_file() {
                return Ok(None);
            }
            let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
            for part in [path.to_string_lossy().as_bytes(), text.as_bytes()] {
                hasher.update(&(part.len() as u64).to_le_bytes());
                hasher.update(part);
            }
            Ok(Some(text))
        };
        // Every file is read even when an earlier one is broken, so one run shows all errors.
        let mut errors = Vec::new();
        let mut keep = |r: Result<()>| match r {
            Err(Error::Many(list)) => errors.extend(list),
            Err(e) => errors.push(e),
            Ok(()) => {}
        };
        let people = dir.join("people.yaml");
        if let Some(text) = read(&people)? {
            keep(reg.add_people(&text, &rel(root, &people)));
        }
        let places = dir.join("places.yaml");
        if let Some(text) = read(&places)? {
            keep(reg.add_places(&text, &rel(root, &places)));
        }
        let regions = dir.join("regions.yaml");
        if let Some(text) = read(&regions)? {
            keep(reg.set_regions(&text, &rel(root, &regions)));
        }
        if !errors.is_empty() {
            return Err(Error::many(errors));
        }
        reg.fingerprint = hasher.digest();
        Ok(reg)
    }

    /// Parses a `regions.yaml` text (new subregions, countries moved between subregions).
    pub fn set_regions(&mut self, text: &str, path: &Path) -> Result<()> {
        let file: RegionsFile = parse(text, path, "`subregions:`, `countries:`")?;
        let gaz = geo::gazetteer();
        // Region names live as long as the program, like the built-in ones.
        let subregions: Vec<(&'static str, &str)> = file
            .subregions
            .iter()
            .map(|(name, parent)| {
                let name: &'static str = intern(name.trim());
                (name, parent.as_str())
            })
            .collect();
        let mut moves = Vec::new();
        for (country, sub) in &file.countries {
            let c = gaz
                .country_by_code(country)
                .or_else(|| match gaz.lookup(country) {
                    Some(geo::GeoRef::Country(i)) => Some(i),
                    _ => None,
                });
            let Some(c) = c else {
                return Err(Error::at(
                    path,
                    line_of(text, country),
                    0,
                    format!("unknown country `{country}` (use a country name or ISO code)"),
                ));
            };
            moves.push((c, sub.as_str()));
        }
        let g = gaz.with_overrides(&subregions, &moves).map_err(|m| {
            let needle = m.split('`').nth(1).unwrap_or("");
            Error::at(path, line_of(text, needle), 0, m)
        })?;
        self.regions = Some(Arc::new(g));
        Ok(())
    }

    /// The gazetteer this site uses: the built-in one, or its `data/regions.yaml` version.
    pub fn gazetteer(&self) -> &geo::Gazetteer {
        match &self.regions {
            Some(g) => g,
            None => geo::gazetteer(),
        }
    }

    /// Parses a `people.yaml` text; `path` is used in errors.
    pub fn add_people(&mut self, text: &str, path: &Path) -> Result<()> {
        let file: PeopleFile = parse(text, path, "`people:`, `ignore:`")?;
        let mut errors = Vec::new();
        // Entries are searched for in file order, so a repeated alias is found in its own entry.
        let mut next = 0;
        for p in file.people {
            let line = line_from(text, next, &p.name);
            next = next.max(line + 1);
            if p.name.trim().is_empty() {
                errors.push(Error::at(
                    path,
                    line,
                    0,
                    "a person needs a non-empty `name`",
                ));
                continue;
            }
            if let Some(slug) = &p.slug
                && slugify(slug) != *slug
            {
                errors.push(Error::at(
                    path,
                    line_from(text, line, slug),
                    0,
                    format!("slug `{slug}` is not a URL slug (try `{}`)", slugify(slug)),
                ));
            }
            let index = self.people.len();
            for n in std::iter::once(&p.name).chain(&p.aliases) {
                let key = key(n);
                if key.is_empty() {
                    errors.push(Error::at(
                        path,
                        line,
                        0,
                        format!("empty alias for {}", p.name),
                    ));
                    continue;
                }
                match self.by_key.get(&key) {
                    Some(&other) if other != index => errors.push(Error::at(
                        path,
                        line_from(text, line, n),
                        0,
                        format!(
                            "`{n}` already names {}: an alias may belong to one person only",
                            self.people[other].name
                        ),
                    )),
                    _ => {
                        self.by_key.insert(key, index);
                    }
                }
            }
            self.people.push(p);
        }
        for n in file.ignore {
            self.ignored.insert(key(&n));
            self.ignore_people.push(n);
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(Error::many(errors))
        }
    }

    /// Parses a `places.yaml` text; `path` is used in errors.
    pub fn add_places(&mut self, text: &str, path: &Path) -> Result<()> {
        let file: PlacesFile = parse(text, path, "`places:`, `ignore:`")?;
        let gaz = geo::gazetteer();
        let mut errors = Vec::new();
        let mut next = 0;
        for p in file.places {
            let line = line_from(text, next, &p.name);
            next = next.max(line + 1);
            if p.name.trim().is_empty() {
                errors.push(Error::at(path, line, 0, "a place needs a non-empty `name`"));
                continue;
            }
            let country = match p.country.as_deref().map(str::trim) {
                None | Some("") => None,
                Some(c) => {
                    let found = gaz.country_by_code(c).or_else(|| match gaz.lookup(c) {
                        Some(geo::GeoRef::Country(i)) => Some(i),
                        _ => None,
                    });
                    if found.is_none() {
                        errors.push(Error::at(
                            path,
                            line_from(text, line, c),
                            0,
                            format!(
                                "unknown country `{c}` for {} (use a country name or ISO code)",
                                p.name
                            ),
                        ));
                        continue;
                    }
                    found
                }
            };
            self.places.push(ExtraPlace {
                name: p.name,
                aliases: p.aliases,
                country,
            });
        }
        self.ignore_places.extend(file.ignore);
        if errors.is_empty() {
            Ok(())
        } else {
            Err(Error::many(errors))
        }
    }

    /// The registry entry a name or alias belongs to.
    pub fn person(&self, name: &str) -> Option<&PersonEntry> {
        if self.by_key.is_empty() {
            return None;
        }
        self.by_key.get(&key(name)).map(|&i| &self.people[i])
    }

    /// True when the curator listed `name` under `ignore`.
    pub fn ignores(&self, name: &str) -> bool {
        !self.ignored.is_empty() && self.ignored.contains(&key(name))
    }

    /// True when nothing was loaded.
    pub fn is_empty(&self) -> bool {
        self.people.is_empty()
            && self.places.is_empty()
            && self.ignore_people.is_empty()
            && self.ignore_places.is_empty()
    }
}

/// The matching key of a name: its slug, so case, accents and punctuation do not matter.
pub fn key(name: &str) -> String {
    slugify(name)
}

/// Parses one registry file; `keys` names its top-level keys for the message when the file
/// is not a mapping (serde would name an internal struct instead).
fn parse<T: serde::de::DeserializeOwned + Default>(
    text: &str,
    path: &Path,
    keys: &str,
) -> Result<T> {
    if text.trim().is_empty() {
        return Ok(T::default());
    }
    yaml::from_str(text).map_err(|e| {
        let message = match e.message.strip_prefix("invalid type: ") {
            Some(rest) if rest.contains("expected struct") => {
                let found = rest.split(',').next().unwrap_or(rest);
                format!("expected a mapping of keys ({keys}) at the top level, found a {found}")
            }
            _ => e.message,
        };
        Error::at(path, e.line, e.column, message)
    })
}

/// The 1-based line where `needle` first appears at or after line `from` (1-based; 0 for
/// the start), falling back to its first appearance anywhere (0 when not found).
fn line_from(text: &str, from: usize, needle: &str) -> usize {
    if needle.is_empty() {
        return 0;
    }
    text.lines()
        .enumerate()
        .skip(from.saturating_sub(1))
        .find(|(_, l)| l.contains(needle))
        .map_or_else(|| line_of(text, needle), |(i, _)| i + 1)
}

/// The 1-based line where `needle` first appears (0 when not found).
fn line_of(text: &str, needle: &str) -> usize {
    if needle.is_empty() {
        return 0;
    }
    text.lines()
        .position(|l| l.contains(needle))
        .map_or(0, |i| i + 1)
}

fn rel(root: &Path, p: &Path) -> std::path::PathBuf {
    p.strip_prefix(root).unwrap_or(p).to_path_buf()
}

/// Region names live as long as the program, like the built-in ones; each distinct name is
/// allocated once, so a preview server rebuilding many times does not grow.
fn intern(name: &str) -> &'static str {
    static NAMES: std::sync::LazyLock<std::sync::Mutex<HashSet<&'static str>>> =
        std::sync::LazyLock::new(Default::default);
    let mut names = NAMES.lock().expect("interner lock");
    if let Some(&n) = names.get(name) {
        return n;
    }
    let leaked: &'static str = Box::leak(name.to_string().into_boxed_str());
    names.insert(leaked);
    leaked
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn people_aliases_and_ignores() {
        let mut r = Registry::default();
        r.add_people(
            "people:\n  - name: Joe Biden\n    aliases: [Biden, Joseph R. Biden Jr.]\n    slug: joe-biden\n    role: President\nignore: [Hang Seng]\n",
            Path::new("data/people.yaml"),
        )
        .unwrap();
        assert_eq!(r.person("biden").unwrap().name, "Joe Biden");
        assert_eq!(r.person("Joseph R. Biden Jr").unwrap().name, "Joe Biden");
        assert!(r.person("Jill Biden").is_none());
        assert!(r.ignores("hang seng"));
    }

    #[test]
    fn errors_name_file_and_line() {
        let mut r = Registry::default();
        let e = r
            .add_people(
                "people:\n  - name: A B\n    aliases: [X]\n  - name: C D\n    aliases: [X]\n",
                Path::new("data/people.yaml"),
            )
            .unwrap_err()
            .to_string();
        // The line of the second `X`, in the entry that repeats it.
        assert!(e.starts_with("data/people.yaml:5:"), "{e}");
        assert!(e.contains("already names A B"), "{e}");
        let e = Registry::default()
            .add_people("people:\n  - nam: A\n", Path::new("data/people.yaml"))
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("data/people.yaml:2:"), "{e}");
        let e = Registry::default()
            .add_places(
                "places:\n  - name: Sado\n    country: Atlantis\n",
                Path::new("data/places.yaml"),
            )
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("data/places.yaml:3:"), "{e}");
        assert!(e.contains("unknown country `Atlantis`"), "{e}");
        let e = Registry::default()
            .add_people(
                "people:\n  - name: A B\n    slug: Not A Slug\n",
                Path::new("data/people.yaml"),
            )
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("data/people.yaml:3:"), "{e}");
    }

    #[test]
    fn regions_file_overrides_the_tree_with_line_errors() {
        let mut r = Registry::default();
        r.set_regions(
            "subregions:\n  Horn of Africa: Africa\ncountries:\n  Ethiopia: Horn of Africa\n  SO: Horn of Africa\n",
            Path::new("data/regions.yaml"),
        )
        .unwrap();
        let g = r.gazetteer();
        let et = g.lookup("Ethiopia").unwrap();
        let names: Vec<&str> = g.ancestors(et).into_iter().map(|x| g.name(x)).collect();
        assert_eq!(names, ["Ethiopia", "Horn of Africa", "Africa"]);
        let e = Registry::default()
            .set_regions(
                "countries:\n  Ethiopia: Horn of Africa\n  Turkey: Middle East\n",
                Path::new("data/regions.yaml"),
            )
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("data/regions.yaml:2:"), "{e}");
        let e = Registry::default()
            .set_regions(
                "countries:\n  Narnia: Levant\n",
                Path::new("data/regions.yaml"),
            )
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("data/regions.yaml:2:"), "{e}");
    }

    #[test]
    fn places_resolve_countries_by_name_or_code() {
        let mut r = Registry::default();
        r.add_places(
            "places:\n  - name: Sado\n    country: JP\n  - name: Atlantis Reef\n  - name: Kiribati Line\n    country: Kiribati\nignore: [Jordan]\n",
            Path::new("data/places.yaml"),
        )
        .unwrap();
        let gaz = geo::gazetteer();
        assert_eq!(gaz.countries()[r.places[0].country.unwrap()].code, "JP");
        assert_eq!(r.places[1].country, None);
        assert_eq!(gaz.countries()[r.places[2].country.unwrap()].code, "KI");
        assert_eq!(r.ignore_places, ["Jordan"]);
    }
}
