//! Towns a country's own press names: the 5,000-people-or-more places of GeoNames'
//! cities5000 (CC BY 4.0, <https://www.geonames.org>) as that country's sites write them
//! ("Harrogate", "Kendal", "Valencia", "Καλαμαριά"), kept by `towns/make_source_towns.py`
//! (see `towns/README.md`). Too small or too shared to be evidence in any article, such a
//! name is evidence in an article from a site of the town's country (known by the country
//! code of its domain, [`country_of_url`]): a .co.uk paper's "Harrogate" is in England.
//! Parsed on first use: a site whose sources have no country code never reads it.

use std::ops::Range;
use std::sync::LazyLock;

use super::gazetteer;

const SOURCE_TOWNS_TSV: &str = include_str!("towns/source_towns.tsv");

/// One name of the list.
#[derive(Debug, Clone, Copy)]
pub struct SourceTown {
    /// The name as the country's press writes it.
    pub name: &'static str,
    /// Its country (index into `Gazetteer::countries()`).
    pub country: usize,
    /// The name is also a word or a given name ("Bath", "Reading", "Bradford"): it counts
    /// only inside a sentence, where a capital marks a name.
    pub inside_only: bool,
}

struct Data {
    names: Vec<SourceTown>,
    /// Per country index, its names' range in `names`.
    ranges: Vec<Range<usize>>,
}

static DATA: LazyLock<Data> = LazyLock::new(|| parse(SOURCE_TOWNS_TSV));

/// Every name of the list, grouped by country.
pub fn names() -> &'static [SourceTown] {
    &DATA.names
}

/// The range of `names()` that are `country`'s (empty for a country without any).
pub fn range_of(country: usize) -> Range<usize> {
    DATA.ranges.get(country).cloned().unwrap_or(0..0)
}

/// Parses the data; panics with the line number on a malformed row, since the data is
/// compiled in and any error is a bug the tests catch.
fn parse(src: &'static str) -> Data {
    let gaz = gazetteer();
    let mut data = Data {
        names: Vec::new(),
        ranges: vec![0..0; gaz.countries().len()],
    };
    for (n, line) in src.lines().enumerate() {
        if n < 2 || line.is_empty() {
            continue;
        }
        let mut fields = line.split('\t');
        let code = fields.next().unwrap_or("");
        let country = gaz
            .country_by_code(code)
            .unwrap_or_else(|| panic!("source_towns.tsv line {}: unknown country {code}", n + 1));
        let start = data.names.len();
        for name in fields.filter(|f| !f.is_empty()) {
            let (name, inside_only) = match name.strip_prefix('~') {
                Some(rest) => (rest, true),
                None => (name, false),
            };
            data.names.push(SourceTown {
                name,
                country,
                inside_only,
            });
        }
        data.ranges[country] = start..data.names.len();
    }
    data
}

/// Country-code domains that mostly are not about their country: sold as generic names
/// (.io, .tv, .co, .me, .ly for bit.ly). Under them only `com.`/`gov.`-style names count
/// ("eltiempo.com.co").
const GENERIC_CC: &[&str] = &[
    "ac", "ag", "ai", "am", "as", "bz", "cc", "cf", "co", "cx", "fm", "ga", "gg", "gq", "gs", "im",
    "io", "je", "la", "ly", "me", "ml", "ms", "nu", "sh", "so", "st", "tk", "to", "tv", "vc", "vg",
    "ws",
];

/// Second-level labels that make a generic country-code domain national.
const NATIONAL_SECOND: &[&str] = &["com", "gov", "gob", "org", "net", "edu", "ac", "co", "nic"];

/// The country of a page's site by its country-code top-level domain ("bbc.co.uk" → United
/// Kingdom, "elpais.es" → Spain; .gov, .mil and .edu → United States), or `None` for generic domains (.com, .org, .io) and URLs
/// without a host.
pub fn country_of_url(url: &str) -> Option<usize> {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
    let host = host.split(':').next().unwrap_or("").trim_end_matches('.');
    let mut labels = host.rsplit('.');
    let tld = labels.next()?.to_ascii_lowercase();
    // The top-level domains only the United States' government, army and colleges hold.
    if matches!(tld.as_str(), "gov" | "mil" | "edu") {
        return gazetteer().country_by_code("US");
    }
    if tld.len() != 2 || !tld.bytes().all(|b| b.is_ascii_lowercase()) {
        return None;
    }
    let second = labels.next()?.to_ascii_lowercase();
    if GENERIC_CC.contains(&tld.as_str()) && !NATIONAL_SECOND.contains(&second.as_str()) {
        return None;
    }
    let code = match tld.as_str() {
        "uk" => "GB",
        "eu" | "su" => return None,
        other => other,
    };
    gazetteer().country_by_code(code)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(url: &str) -> Option<&'static str> {
        country_of_url(url).map(|c| gazetteer().countries()[c].code)
    }

    #[test]
    fn country_code_domains_name_their_country() {
        assert_eq!(code("https://www.bbc.co.uk/news/x"), Some("GB"));
        assert_eq!(code("https://elpais.es/a?b=1"), Some("ES"));
        assert_eq!(code("http://user@zeitung.de:8080/x"), Some("DE"));
        assert_eq!(code("https://www.eltiempo.com.co/x"), Some("CO"));
        assert_eq!(code("https://www.brookfieldwi.gov/news"), Some("US"));
        assert_eq!(code("https://news.example.com/x"), None);
        assert_eq!(code("https://startup.io/blog"), None);
        assert_eq!(code("https://bit.ly/abc"), None);
        assert_eq!(code("https://europa.eu/x"), None);
        assert_eq!(code("not a url"), None);
        assert_eq!(code(""), None);
    }

    #[test]
    fn every_country_line_parses_and_marks_words() {
        let gb = gazetteer().country_by_code("GB").unwrap();
        let gb_names = &names()[range_of(gb)];
        let find = |n: &str| gb_names.iter().find(|t| t.name == n).copied();
        assert!(find("Harrogate").is_some_and(|t| t.country == gb));
        assert!(find("Bath").is_some_and(|t| t.inside_only), "a word too");
        assert!(find("Kendal").is_some_and(|t| !t.inside_only));
        assert!(find("March").is_none(), "month names are left out");
        assert!(
            find("Stockton").is_some(),
            "Stockton-on-Tees as the press writes it"
        );
        assert!(names().len() > 50_000);
    }
}
