//! Built-in gazetteer: countries and territories with aliases, the world region tree,
//! and the places inside countries that news names (cities, states, areas, landmarks).
//!
//! Attribution: region groupings compiled from the UN M49 standard (United Nations
//! Statistics Division), adapted to the names news desks use; country codes and names
//! from ISO 3166-1 (plus the user-assigned code `XK` for Kosovo, which newsrooms need).
//! Cities (every city of about a million people or more, plus news datelines) and
//! first-level divisions are facts as published by GeoNames (CC BY 4.0,
//! <https://www.geonames.org>) and Natural Earth (public domain), written out by hand.
//! The data lives in `countries.tsv`, `regions.tsv`, `cities.tsv` and `places.tsv`
//! beside this file.
//!
//! Editorial departures from M49, so that region pages match how desks file stories:
//! - "Middle East" is a world region (M49 has "Western Asia") with two subregions:
//!   "Levant" (Israel, Palestine, Lebanon, Syria, Jordan) and "Gulf" (Gulf
//!   Cooperation Council states plus Iraq, Iran and Yemen; Iran is in M49 Southern Asia).
//!   Egypt stays in North Africa; Turkey and Cyprus go to Southern Europe, as most
//!   newsrooms file them under Europe.
//! - Armenia, Azerbaijan and Georgia form "Caucasus" under Europe.
//! - "Balkans" (Albania, Bosnia and Herzegovina, Bulgaria, Croatia, Kosovo, Montenegro,
//!   North Macedonia, Serbia) is split out of M49 Southern/Eastern Europe; Slovenia stays
//!   in Southern Europe.
//! - The UK, Ireland and the Crown Dependencies are in "Western Europe" (how desks talk
//!   about the UK, France and Germany); "Northern Europe" is the Nordics and Baltics.
//! - Mexico is in "North America" (M49 puts it in Central America, which desks use for
//!   Guatemala to Panama only).
//! - "Southern Africa" also takes Angola, Malawi, Mozambique, Zambia and Zimbabwe, which
//!   M49 puts in Middle/Eastern Africa but desks cover from the southern Africa bureau.
//! - Antarctica, Bouvet Island, South Georgia, Heard and McDonald Islands and the French
//!   Southern Territories sit in "Southern Ocean" under the world region "Antarctic"
//!   (not "Antarctica", which would share a slug with the country entry).
//!
//! Capitals use AP-style ASCII spellings (Bogota, Reykjavik, Sanaa) because front matter
//! is typed that way. Where a country splits its capital, the city newsrooms call the
//! capital is used (La Paz, Colombo, Amsterdam). Israel and Palestine list the capital
//! each declares (Jerusalem, East Jerusalem).
//!
//! `places.tsv` rows have a kind: `state` (first-level division), `area` (a territory
//! news names, such as Gaza or Crimea), `landmark` (a building or institution that
//! stands for its government: the Kremlin, the White House), `water` (seas, straits,
//! rivers) or `region` (a multi-country area: Sahel, Indo-Pacific). Their `country` is
//! one ISO code, several separated by `|` when the name is shared (Punjab: India and
//! Pakistan), or empty.
//!
//! Lookup collisions: a key is resolved by precedence country name > region name >
//! alias > capital > city > place, ties going to the earlier row, so a capital can
//! never shadow a country and a city never a capital. Places naming several countries
//! or none do not resolve. The only clash in the data is "Kingston" (Jamaica and Norfolk Island), which
//! resolves to Jamaica. Capitals equal to their own country's name (Singapore,
//! Luxembourg, Djibouti, ...) resolve to that country either way.

use std::collections::HashMap;
use std::collections::hash_map::Entry;
use std::fmt::Display;
use std::sync::LazyLock;

pub mod demonyms;
pub mod i18n;
pub mod source_towns;
pub mod towns;

const COUNTRIES_TSV: &str = include_str!("countries.tsv");
const REGIONS_TSV: &str = include_str!("regions.tsv");

const CITIES_TSV: &str = include_str!("cities.tsv");
const PLACES_TSV: &str = include_str!("places.tsv");

const COUNTRIES_HEADER: &str = "code\tname\taliases\tdemonyms\tcapital\tsubregion";
const REGIONS_HEADER: &str = "name\tparent";
const CITIES_HEADER: &str = "name\taliases\tcountry";
const PLACES_HEADER: &str = "name\taliases\tdemonyms\tcountry\tkind";

static GAZETTEER: LazyLock<Gazetteer> = LazyLock::new(|| {
    let mut g = Gazetteer::parse(COUNTRIES_TSV, REGIONS_TSV);
    g.add_places(CITIES_TSV, PLACES_TSV);
    g
});

/// What kind of place a [`Place`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PlaceKind {
    /// A city or town.
    City,
    /// A first-level division: a state, province, nation of the UK.
    State,
    /// A territory, island or district news names on its own (Gaza, Crimea, Bali).
    Area,
    /// A building or institution standing for its government (the Kremlin).
    Landmark,
    /// A sea, strait, gulf or river.
    Water,
    /// An area spanning several countries (Sahel, Indo-Pacific).
    Region,
}

impl PlaceKind {
    /// The name used in `places.tsv` and in explanations.
    pub fn as_str(self) -> &'static str {
        match self {
            PlaceKind::City => "city",
            PlaceKind::State => "state",
            PlaceKind::Area => "area",
            PlaceKind::Landmark => "landmark",
            PlaceKind::Water => "water",
            PlaceKind::Region => "region",
        }
    }

    fn parse(s: &str) -> Option<PlaceKind> {
        Some(match s {
            "city" => PlaceKind::City,
            "state" => PlaceKind::State,
            "area" => PlaceKind::Area,
            "landmark" => PlaceKind::Landmark,
            "water" => PlaceKind::Water,
            "region" => PlaceKind::Region,
            _ => return None,
        })
    }
}

/// A place below (or across) countries: a city, state, area, landmark, body of water or region.
#[derive(Debug, Clone)]
pub struct Place {
    /// The name newsrooms use.
    pub name: &'static str,
    /// Other spellings.
    pub aliases: Vec<&'static str>,
    /// Adjectives and demonyms (Texan, Tibetan).
    pub demonyms: Vec<&'static str>,
    /// Indexes into `Gazetteer::countries()`: one, several when the name is shared, or none.
    pub countries: Vec<usize>,
    /// What it is.
    pub kind: PlaceKind,
}

/// A country or territory, as listed in ISO 3166-1 (plus Kosovo).
#[derive(Debug, Clone)]
pub struct Country {
    /// ISO 3166-1 alpha-2 code, uppercase.
    pub code: &'static str,
    /// Common English name used by newsrooms.
    pub name: &'static str,
    /// Other names and abbreviations that unambiguously mean this country.
    pub aliases: Vec<&'static str>,
    /// Adjectives and demonyms (not used by `lookup`).
    pub demonyms: Vec<&'static str>,
    /// Capital city, if the territory has one.
    pub capital: Option<&'static str>,
    /// Index into `Gazetteer::regions()` of the country's subregion.
    pub subregion: usize,
}

/// A node of the region tree: a world region or one of its subregions.
#[derive(Debug, Clone)]
pub struct Region {
    /// Display name, unique across regions and countries.
    pub name: &'static str,
    /// Index of the parent world region; `None` for a world region.
    pub parent: Option<usize>,
}

/// A reference to a country, region or city in the gazetteer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum GeoRef {
    /// Index into `Gazetteer::countries()`.
    Country(usize),
    /// Index into `Gazetteer::regions()`.
    Region(usize),
    /// Index into `Gazetteer::places()` of a city (a node below its country in the tree).
    City(usize),
}

/// The parsed gazetteer with its lookup indexes.
#[derive(Debug, Clone)]
pub struct Gazetteer {
    countries: Vec<Country>,
    regions: Vec<Region>,
    places: Vec<Place>,
    by_code: HashMap<&'static str, usize>,
    by_key: HashMap<String, GeoRef>,
    by_city: HashMap<String, usize>,
}

/// The built-in gazetteer, parsed on first use.
pub fn gazetteer() -> &'static Gazetteer {
    &GAZETTEER
}

impl Gazetteer {
    /// All countries and territories, in file order.
    pub fn countries(&self) -> &[Country] {
        &self.countries
    }

    /// All regions (world regions and subregions), in file order.
    pub fn regions(&self) -> &[Region] {
        &self.regions
    }

    /// Cities and other places inside or across countries, in file order (cities first).
    pub fn places(&self) -> &[Place] {
        &self.places
    }

    /// Finds a country by ISO 3166-1 alpha-2 code, case-insensitively.
    pub fn country_by_code(&self, code: &str) -> Option<usize> {
        self.by_code
            .get(code.to_ascii_uppercase().as_str())
            .copied()
    }

    /// Resolves a place name as written in front matter: country names, aliases, capitals, cities and places inside one country (→ that country), region names. Case-insensitive, ignores surrounding whitespace, folds "’" to "'", and ignores a leading "the " ("the Philippines", "The Gambia").
    pub fn lookup(&self, name: &str) -> Option<GeoRef> {
        self.by_key.get(&normalise(name)).copied()
    }

    /// Finds a city by name or alias (case-insensitive, like `lookup`), unless the name is
    /// also a country's or region's (Singapore, Luxembourg): those stay countries.
    pub fn lookup_city(&self, name: &str) -> Option<usize> {
        self.by_city.get(&normalise(name)).copied()
    }

    /// The chain from a node up to its world region, node first (a country's chain: country, subregion, world region; a city's starts with the city and its country).
    pub fn ancestors(&self, r: GeoRef) -> Vec<GeoRef> {
        let mut chain = vec![r];
        let country = match r {
            GeoRef::City(i) => {
                let c = self.places[i].countries[0];
                chain.push(GeoRef::Country(c));
                Some(c)
            }
            _ => None,
        };
        let mut next = match (r, country) {
            (_, Some(c)) | (GeoRef::Country(c), None) => Some(self.countries[c].subregion),
            (GeoRef::Region(i), None) => self.regions[i].parent,
            (GeoRef::City(_), None) => None,
        };
        // Terminates because parsing guarantees the tree is two levels deep.
        while let Some(i) = next {
            chain.push(GeoRef::Region(i));
            next = self.regions[i].parent;
        }
        chain
    }

    /// Display name of a country or region.
    pub fn name(&self, r: GeoRef) -> &'static str {
        match r {
            GeoRef::Country(i) => self.countries[i].name,
            GeoRef::Region(i) => self.regions[i].name,
            GeoRef::City(i) => self.places[i].name,
        }
    }

    /// Parses the two data files; panics with file and line number on malformed data,
    /// since the data is compiled in and any error is a bug caught by the tests.
    fn parse(countries_src: &'static str, regions_src: &'static str) -> Gazetteer {
        let regions = parse_regions(regions_src);
        let region_index: HashMap<&'static str, usize> = regions
            .iter()
            .enumerate()
            .map(|(i, r)| (r.name, i))
            .collect();

        // Names become URL slugs, so a country may not share a normalised name with a
        // region or another country.
        let mut names: HashMap<String, &'static str> = regions
            .iter()
            .map(|r| (normalise(r.name), r.name))
            .collect();

        let mut countries = Vec::new();
        let mut by_code = HashMap::new();
        for (line_no, line) in data_lines(countries_src, "countries.tsv", COUNTRIES_HEADER) {
            let fail = |msg: String| -> ! { bad_row("countries.tsv", line_no, msg) };
            let fields: Vec<&'static str> = line.split('\t').collect();
            let [code, name, aliases, demonyms, capital, subregion] = fields[..] else {
                fail(format!(
                    "expected 6 tab-separated fields, found {}",
                    fields.len()
                ));
            };
            for field in [code, name, aliases, demonyms, capital, subregion] {
                if field != field.trim() {
                    fail(format!("field {field:?} has surrounding whitespace"));
                }
            }
            if code.len() != 2 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
                fail(format!("code {code:?} is not two uppercase ASCII letters"));
            }
            if name.is_empty() {
                fail("empty name".to_owned());
            }
            let Some(&sub) = region_index.get(subregion) else {
                fail(format!("unknown subregion {subregion:?}"));
            };
            if regions[sub].parent.is_none() {
                fail(format!("{subregion:?} is a world region, not a subregion"));
            }
            if let Some(other) = names.insert(normalise(name), name) {
                fail(format!("name {name:?} clashes with {other:?}"));
            }
            if by_code.insert(code, countries.len()).is_some() {
                fail(format!("duplicate code {code}"));
            }
            countries.push(Country {
                code,
                name,
                aliases: split_list(aliases)
                    .unwrap_or_else(|| fail(format!("empty entry in aliases {aliases:?}"))),
                demonyms: split_list(demonyms)
                    .unwrap_or_else(|| fail(format!("empty entry in demonyms {demonyms:?}"))),
                capital: (!capital.is_empty()).then_some(capital),
                subregion: sub,
            });
        }

        let by_key = build_index(&countries, &regions, &[]);
        Gazetteer {
            countries,
            regions,
            places: Vec::new(),
            by_code,
            by_key,
            by_city: HashMap::new(),
        }
    }

    /// A copy with a site's region overrides: `subregions` adds (name, world region)
    /// pairs and `moves` puts countries (by index) under another subregion by name.
    /// Errors are phrased for the curator and name the offending entry.
    pub fn with_overrides(
        &self,
        subregions: &[(&'static str, &str)],
        moves: &[(usize, &str)],
    ) -> Result<Gazetteer, String> {
        let mut g = self.clone();
        for &(name, parent) in subregions {
            let key = normalise(name);
            if name.trim().is_empty() {
                return Err("a subregion needs a name".into());
            }
            if g.regions.iter().any(|r| normalise(r.name) == key)
                || g.countries.iter().any(|c| normalise(c.name) == key)
            {
                return Err(format!(
                    "subregion `{name}` already exists as a region or country"
                ));
            }
            let Some(p) = g
                .regions
                .iter()
                .position(|r| normalise(r.name) == normalise(parent))
            else {
                return Err(format!(
                    "unknown world region `{parent}` for subregion `{name}`"
                ));
            };
            if g.regions[p].parent.is_some() {
                return Err(format!(
                    "`{parent}` is a subregion; subregion `{name}` must sit under a world region"
                ));
            }
            g.regions.push(Region {
                name,
                parent: Some(p),
            });
        }
        for &(c, sub) in moves {
            let Some(r) = g
                .regions
                .iter()
                .position(|r| normalise(r.name) == normalise(sub))
            else {
                return Err(format!(
                    "unknown subregion `{sub}` for {}",
                    g.countries[c].name
                ));
            };
            if g.regions[r].parent.is_none() {
                return Err(format!(
                    "`{sub}` is a world region: put {} under one of its subregions",
                    g.countries[c].name
                ));
            }
            g.countries[c].subregion = r;
        }
        g.by_key = build_index(&g.countries, &g.regions, &g.places);
        Ok(g)
    }

    /// Parses the city and place files and adds them to the lookup index; panics with
    /// file and line on malformed data, like [`Gazetteer::parse`].
    fn add_places(&mut self, cities_src: &'static str, places_src: &'static str) {
        let mut places = Vec::new();
        let mut seen: HashMap<String, usize> = HashMap::new();
        let mut check = |file: &str, line_no: usize, name: &str| {
            if name.is_empty() || name != name.trim() {
                bad_row(file, line_no, format!("bad name {name:?}"));
            }
            if let Some(prev) = seen.insert(normalise(name), line_no) {
                bad_row(file, line_no, format!("{name:?} repeats line {prev}"));
            }
        };
        let country = |file: &str, line_no: usize, code: &str| -> usize {
            self.country_by_code(code)
                .unwrap_or_else(|| bad_row(file, line_no, format!("unknown country {code:?}")))
        };
        for (line_no, line) in data_lines(cities_src, "cities.tsv", CITIES_HEADER) {
            let fields: Vec<&'static str> = line.split('\t').collect();
            let [name, aliases, code] = fields[..] else {
                bad_row("cities.tsv", line_no, "expected 3 tab-separated fields");
            };
            check("cities.tsv", line_no, name);
            places.push(Place {
                name,
                aliases: split_list(aliases)
                    .unwrap_or_else(|| bad_row("cities.tsv", line_no, "empty alias")),
                demonyms: Vec::new(),
                countries: vec![country("cities.tsv", line_no, code)],
                kind: PlaceKind::City,
            });
        }
        for (line_no, line) in data_lines(places_src, "places.tsv", PLACES_HEADER) {
            let fields: Vec<&'static str> = line.split('\t').collect();
            let [name, aliases, demonyms, codes, kind] = fields[..] else {
                bad_row("places.tsv", line_no, "expected 5 tab-separated fields");
            };
            check("places.tsv", line_no, name);
            let kind = PlaceKind::parse(kind).unwrap_or_else(|| {
                bad_row("places.tsv", line_no, format!("unknown kind {kind:?}"))
            });
            let codes = split_list(codes)
                .unwrap_or_else(|| bad_row("places.tsv", line_no, "empty country code"));
            places.push(Place {
                name,
                aliases: split_list(aliases)
                    .unwrap_or_else(|| bad_row("places.tsv", line_no, "empty alias")),
                demonyms: split_list(demonyms)
                    .unwrap_or_else(|| bad_row("places.tsv", line_no, "empty demonym")),
                countries: codes
                    .iter()
                    .map(|c| country("places.tsv", line_no, c))
                    .collect(),
                kind,
            });
        }
        self.by_key = build_index(&self.countries, &self.regions, &places);
        let taken: std::collections::HashSet<String> = self
            .countries
            .iter()
            .map(|c| normalise(c.name))
            .chain(self.regions.iter().map(|r| normalise(r.name)))
            .collect();
        for (i, p) in places.iter().enumerate() {
            if p.kind != PlaceKind::City || p.countries.len() != 1 {
                continue;
            }
            for n in std::iter::once(&p.name).chain(&p.aliases) {
                let key = normalise(n);
                if !taken.contains(&key) && !taken.contains(&normalise(p.name)) {
                    self.by_city.entry(key).or_insert(i);
                }
            }
        }
        self.places = places;
    }
}

/// Precedence of a lookup key's source; lower wins, so capitals never shadow countries.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Rank {
    CountryName,
    RegionName,
    Alias,
    Capital,
    City,
    Place,
}

fn build_index(
    countries: &[Country],
    regions: &[Region],
    places: &[Place],
) -> HashMap<String, GeoRef> {
    let mut ranked: HashMap<String, (GeoRef, Rank)> = HashMap::new();
    let mut add = |key: &str, target: GeoRef, rank: Rank| match ranked.entry(normalise(key)) {
        Entry::Vacant(slot) => {
            slot.insert((target, rank));
        }
        // Ties keep the earlier row so the result does not depend on hash order.
        Entry::Occupied(mut slot) => {
            if rank < slot.get().1 {
                slot.insert((target, rank));
            }
        }
    };
    for (i, region) in regions.iter().enumerate() {
        add(region.name, GeoRef::Region(i), Rank::RegionName);
    }
    for (i, country) in countries.iter().enumerate() {
        let target = GeoRef::Country(i);
        add(country.name, target, Rank::CountryName);
        for &alias in &country.aliases {
            add(alias, target, Rank::Alias);
        }
        if let Some(capital) = country.capital {
            add(capital, target, Rank::Capital);
        }
    }
    for place in places {
        // Only a place inside exactly one country resolves; shared names stay unresolved.
        let [c] = place.countries[..] else { continue };
        let rank = match place.kind {
            PlaceKind::City => Rank::City,
            _ => Rank::Place,
        };
        for key in std::iter::once(&place.name).chain(&place.aliases) {
            add(key, GeoRef::Country(c), rank);
        }
    }
    ranked
        .into_iter()
        .map(|(key, (target, _))| (key, target))
        .collect()
}

fn parse_regions(src: &'static str) -> Vec<Region> {
    let mut rows: Vec<(usize, &'static str, &'static str)> = Vec::new();
    for (line_no, line) in data_lines(src, "regions.tsv", REGIONS_HEADER) {
        let fields: Vec<&'static str> = line.split('\t').collect();
        // A world region's empty parent may lose its trailing tab to an editor.
        let (name, parent) = match fields[..] {
            [name] => (name, ""),
            [name, parent] => (name, parent),
            _ => bad_row(
                "regions.tsv",
                line_no,
                format!("expected 2 tab-separated fields, found {}", fields.len()),
            ),
        };
        if name.is_empty() || name != name.trim() || parent != parent.trim() {
            bad_row(
                "regions.tsv",
                line_no,
                format!("bad name {name:?} or parent {parent:?}"),
            );
        }
        if rows
            .iter()
            .any(|&(_, other, _)| normalise(other) == normalise(name))
        {
            bad_row("regions.tsv", line_no, format!("duplicate region {name:?}"));
        }
        rows.push((line_no, name, parent));
    }

    let position = |wanted: &str| rows.iter().position(|&(_, name, _)| name == wanted);
    rows.iter()
        .map(|&(line_no, name, parent)| {
            if parent.is_empty() {
                return Region { name, parent: None };
            }
            let Some(p) = position(parent) else {
                bad_row("regions.tsv", line_no, format!("unknown parent {parent:?}"));
            };
            // Keeping the tree two levels deep is what lets `ancestors` assume termination.
            if !rows[p].2.is_empty() {
                bad_row(
                    "regions.tsv",
                    line_no,
                    format!("parent {parent:?} is not a world region"),
                );
            }
            Region {
                name,
                parent: Some(p),
            }
        })
        .collect()
}

/// Checks the header and yields the remaining non-empty lines with 1-based line numbers.
fn data_lines(
    src: &'static str,
    file: &'static str,
    header: &str,
) -> impl Iterator<Item = (usize, &'static str)> {
    let mut lines = src.lines().enumerate().map(|(i, line)| (i + 1, line));
    match lines.next() {
        Some((_, first)) if first == header => {}
        _ => bad_row(file, 1, format!("expected header {header:?}")),
    }
    lines.filter(|(_, line)| !line.is_empty())
}

/// Splits a `|`-separated list; `None` if any entry is empty or padded.
fn split_list(field: &'static str) -> Option<Vec<&'static str>> {
    if field.is_empty() {
        return Some(Vec::new());
    }
    let items: Vec<&'static str> = field.split('|').collect();
    items
        .iter()
        .all(|item| !item.is_empty() && *item == item.trim())
        .then_some(items)
}

fn bad_row(file: &str, line_no: usize, msg: impl Display) -> ! {
    panic!("malformed gazetteer data: src/geo/{file} line {line_no}: {msg}")
}

/// Builds the lookup key: front matter varies in case, spacing, curly apostrophes and
/// a leading article, none of which change the place meant.
fn normalise(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        for c in word.chars() {
            match c {
                '\u{2019}' | '\u{2018}' | '\u{02BC}' => out.push('\''),
                c => out.extend(c.to_lowercase()),
            }
        }
    }
    match out.strip_prefix("the ") {
        Some(rest) => rest.to_owned(),
        None => out,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    fn g() -> &'static Gazetteer {
        gazetteer()
    }

    fn chain(name: &str) -> Vec<&'static str> {
        let r = g()
            .lookup(name)
            .unwrap_or_else(|| panic!("{name:?} not found"));
        g().ancestors(r).into_iter().map(|a| g().name(a)).collect()
    }

    fn country(name: &str) -> &'static str {
        match g().lookup(name) {
            Some(GeoRef::Country(i)) => g().countries()[i].code,
            other => panic!("{name:?} resolved to {other:?}, expected a country"),
        }
    }

    #[test]
    fn every_subregion_hangs_off_a_world_region() {
        let regions = g().regions();
        for c in g().countries() {
            let sub = &regions[c.subregion];
            let parent = sub
                .parent
                .unwrap_or_else(|| panic!("{}: {} is a world region", c.code, sub.name));
            assert!(
                regions[parent].parent.is_none(),
                "{}: {} is nested too deep",
                c.code,
                sub.name
            );
        }
        for r in regions {
            if let Some(p) = r.parent {
                assert!(
                    regions[p].parent.is_none(),
                    "{} has a non-world-region parent",
                    r.name
                );
            }
        }
    }

    #[test]
    fn every_region_is_used() {
        let g = g();
        for (i, r) in g.regions().iter().enumerate() {
            let used = match r.parent {
                Some(_) => g.countries().iter().any(|c| c.subregion == i),
                None => g.regions().iter().any(|s| s.parent == Some(i)),
            };
            assert!(used, "region {} is empty", r.name);
        }
    }

    #[test]
    fn names_are_unique_across_countries_and_regions() {
        let mut seen = HashSet::new();
        let names = g()
            .countries()
            .iter()
            .map(|c| c.name)
            .chain(g().regions().iter().map(|r| r.name));
        for name in names {
            assert!(seen.insert(normalise(name)), "duplicate name {name}");
        }
    }

    #[test]
    fn codes_are_unique_two_uppercase_letters() {
        let countries = g().countries();
        assert!(countries.len() >= 249, "only {} countries", countries.len());
        let mut seen = HashSet::new();
        for c in countries {
            assert!(
                c.code.len() == 2 && c.code.bytes().all(|b| b.is_ascii_uppercase()),
                "{}",
                c.code
            );
            assert!(seen.insert(c.code), "duplicate code {}", c.code);
        }
        assert!(seen.contains("XK"));
    }

    #[test]
    fn country_by_code_is_case_insensitive() {
        let gb = g().country_by_code("gb").unwrap();
        assert_eq!(g().countries()[gb].name, "United Kingdom");
        assert_eq!(g().country_by_code("GB"), Some(gb));
        assert_eq!(g().country_by_code("zz"), None);
        assert_eq!(g().country_by_code(""), None);
    }

    #[test]
    fn documented_chains() {
        assert_eq!(chain("Vientiane"), ["Laos", "Southeast Asia", "Asia"]);
        assert_eq!(chain("China"), ["China", "East Asia", "Asia"]);
        assert_eq!(chain("Israel"), ["Israel", "Levant", "Middle East"]);
        assert_eq!(
            chain("United States"),
            ["United States", "North America", "Americas"]
        );
        assert_eq!(
            chain("United Kingdom"),
            ["United Kingdom", "Western Europe", "Europe"]
        );
        assert_eq!(chain("Egypt"), ["Egypt", "North Africa", "Africa"]);
        assert_eq!(chain("Southeast Asia"), ["Southeast Asia", "Asia"]);
        assert_eq!(chain("Europe"), ["Europe"]);
    }

    #[test]
    fn lookup_normalises_input() {
        assert_eq!(country("U.S."), "US");
        assert_eq!(country("usa"), "US");
        assert_eq!(country("  United   States "), "US");
        assert_eq!(country("Burma"), "MM");
        assert_eq!(country("the Philippines"), "PH");
        assert_eq!(country("The Gambia"), "GM");
        assert_eq!(country("Cote d\u{2019}Ivoire"), "CI");
        assert_eq!(country("People\u{2019}s Republic of China"), "CN");
        assert_eq!(country("Türkiye"), "TR");
        assert_eq!(country("Congo"), "CG");
        assert_eq!(country("DR Congo"), "CD");
        assert_eq!(
            g().lookup("the Middle East").map(|r| g().name(r)),
            Some("Middle East")
        );
        assert_eq!(g().lookup(""), None);
        assert_eq!(g().lookup("Atlantis"), None);
    }

    #[test]
    fn names_and_aliases_resolve_to_their_own_country() {
        let g = g();
        for (i, c) in g.countries().iter().enumerate() {
            for key in std::iter::once(&c.name).chain(&c.aliases) {
                assert_eq!(
                    g.lookup(key),
                    Some(GeoRef::Country(i)),
                    "{key:?} should mean {}",
                    c.name
                );
            }
        }
        for (i, r) in g.regions().iter().enumerate() {
            assert_eq!(g.lookup(r.name), Some(GeoRef::Region(i)), "{:?}", r.name);
        }
    }

    #[test]
    fn capitals_resolve_to_their_country_except_documented_clashes() {
        let g = g();
        // Keep in sync with the collision note in the module docs.
        let clashes = [("NF", "Kingston")];
        for (i, c) in g.countries().iter().enumerate() {
            let Some(capital) = c.capital else { continue };
            if clashes.contains(&(c.code, capital)) {
                assert!(matches!(g.lookup(capital), Some(GeoRef::Country(j)) if j != i));
            } else {
                assert_eq!(
                    g.lookup(capital),
                    Some(GeoRef::Country(i)),
                    "{capital:?} should mean {}",
                    c.name
                );
            }
        }
        assert_eq!(country("Kingston"), "JM");
    }

    #[test]
    fn cities_and_places_resolve_to_their_country() {
        assert_eq!(country("Shanghai"), "CN");
        assert_eq!(country("Sao Paulo"), "BR");
        assert_eq!(country("São Paulo"), "BR");
        assert_eq!(country("Kiev"), "UA");
        assert_eq!(country("Bavaria"), "DE");
        assert_eq!(country("Tibet"), "CN");
        assert_eq!(country("Gaza"), "PS");
        assert_eq!(country("the Kremlin"), "RU");
        assert_eq!(country("Texas"), "US");
        // A country name still wins over a state of the same name.
        assert_eq!(country("Georgia"), "GE");
        // Shared and country-less places do not resolve.
        assert_eq!(g().lookup("Punjab"), None);
        assert_eq!(g().lookup("South China Sea"), None);
        let n = g()
            .places()
            .iter()
            .filter(|p| p.kind == PlaceKind::City)
            .count();
        assert!(n >= 500, "only {n} cities");
    }

    #[test]
    fn overrides_move_countries_and_add_subregions() {
        let et = g().country_by_code("ET").unwrap();
        let tr = g().country_by_code("TR").unwrap();
        let o = g()
            .with_overrides(
                &[("Horn of Africa", "Africa")],
                &[(et, "Horn of Africa"), (tr, "Levant")],
            )
            .unwrap();
        let chain = |name: &str| -> Vec<&str> {
            o.ancestors(o.lookup(name).unwrap())
                .into_iter()
                .map(|r| o.name(r))
                .collect()
        };
        assert_eq!(
            chain("Addis Ababa"),
            ["Ethiopia", "Horn of Africa", "Africa"]
        );
        assert_eq!(chain("Turkey"), ["Turkey", "Levant", "Middle East"]);
        assert_eq!(chain("Horn of Africa"), ["Horn of Africa", "Africa"]);
        assert!(
            g().with_overrides(&[], &[(tr, "Middle East")])
                .unwrap_err()
                .contains("world region")
        );
        assert!(
            g().with_overrides(&[("Asia", "Africa")], &[])
                .unwrap_err()
                .contains("already exists")
        );
        assert!(
            g().with_overrides(&[("X", "Levant")], &[])
                .unwrap_err()
                .contains("is a subregion")
        );
        assert!(
            g().with_overrides(&[], &[(tr, "Nowhere")])
                .unwrap_err()
                .contains("unknown subregion")
        );
    }

    #[test]
    fn cities_are_nodes_below_their_country() {
        let v = g().lookup_city("Vientiane").unwrap();
        let chain: Vec<&str> = g()
            .ancestors(GeoRef::City(v))
            .into_iter()
            .map(|r| g().name(r))
            .collect();
        assert_eq!(chain, ["Vientiane", "Laos", "Southeast Asia", "Asia"]);
        assert_eq!(g().lookup_city("kiev"), g().lookup_city("Kyiv"));
        assert_eq!(
            g().lookup_city("Singapore"),
            None,
            "a city-state stays a country"
        );
        assert_eq!(g().lookup_city("Laos"), None);
    }

    #[test]
    fn every_city_over_a_million_is_listed() {
        // A sample across continents; the file lists each city once.
        for city in [
            "Lagos",
            "Kinshasa",
            "Karachi",
            "Chongqing",
            "Surabaya",
            "Lima",
            "Bogota",
            "Ho Chi Minh City",
            "Yangon",
            "Riyadh",
            "Ankara",
            "Kharkiv",
            "Hamburg",
            "Barcelona",
            "Montreal",
            "Guadalajara",
            "Johannesburg",
            "Addis Ababa",
        ] {
            assert!(g().lookup(city).is_some(), "{city}");
        }
    }

    const REGIONS_OK: &str = "name\tparent\nAsia\t\nEast Asia\tAsia\n";

    #[test]
    #[should_panic(expected = "countries.tsv line 3")]
    fn malformed_country_row_reports_line() {
        let countries = "code\tname\taliases\tdemonyms\tcapital\tsubregion\n\
                         CN\tChina\t\tChinese\tBeijing\tEast Asia\n\
                         JP\tJapan\tTokyo\tEast Asia\n";
        Gazetteer::parse(countries, REGIONS_OK);
    }

    #[test]
    #[should_panic(expected = "countries.tsv line 2")]
    fn country_in_world_region_is_rejected() {
        let countries = "code\tname\taliases\tdemonyms\tcapital\tsubregion\n\
                         CN\tChina\t\tChinese\tBeijing\tAsia\n";
        Gazetteer::parse(countries, REGIONS_OK);
    }

    #[test]
    #[should_panic(expected = "regions.tsv line 3")]
    fn unknown_region_parent_reports_line() {
        let regions = "name\tparent\nAsia\t\nEast Asia\tAsai\n";
        Gazetteer::parse(
            "code\tname\taliases\tdemonyms\tcapital\tsubregion\n",
            regions,
        );
    }
}
