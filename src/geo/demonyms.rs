//! Country adjectives in other languages ("deutsche", "espagnol", "marroquí", "tedesco",
//! "niemiecki", "Alman"), written by hand in `i18n/demonyms.tsv` (one base form per
//! country and language; see `i18n/README.md`) and inflected here by each language's
//! regular endings. They are evidence of the country as the English demonyms are
//! ("Chinese" → China), matched only in text of their own language.

use std::collections::HashSet;
use std::sync::LazyLock;

use super::gazetteer;
use super::i18n::{LangSet, language_bit};

const DEMONYMS_TSV: &str = include_str!("i18n/demonyms.tsv");

/// One written form of a country adjective.
#[derive(Debug, Clone)]
pub struct Demonym {
    /// The form as text writes it ("deutschen", "Deutsche").
    pub form: String,
    /// Index into `Gazetteer::countries()`.
    pub country: usize,
    /// Bit of `i18n::LANGUAGES` of the one language that writes it.
    pub languages: LangSet,
}

static ALL: LazyLock<(Vec<Demonym>, HashSet<String>)> = LazyLock::new(|| parse(DEMONYMS_TSV));

/// Every inflected form of the built-in data.
pub fn demonyms() -> &'static [Demonym] {
    &ALL.0
}

/// True for a base form that is also the name of a language ("français", "español",
/// "Nederlands"): after "en", "in", "auf" and their kin it is the language, not the country.
pub fn is_language_name(word: &str) -> bool {
    ALL.1.contains(word) || ALL.1.contains(&word.to_lowercase())
}

/// Words before a language name that make it the language ("en français", "in italiano",
/// "auf Deutsch", "het Nederlands", "po polsku" has its own form).
pub const LANGUAGE_BEFORE: &[&str] = &[
    "en", "in", "em", "auf", "ins", "im", "het", "le", "el", "il", "o", "du", "del", "do", "parle",
    "parler", "habla", "hablar", "parla", "parlare", "fala", "falar", "spreekt", "spreken",
    "spricht", "sprechen",
];

/// Parses the table; panics with the line number on a malformed row (compiled-in data, so
/// an error is a bug the tests catch).
fn parse(src: &str) -> (Vec<Demonym>, HashSet<String>) {
    let gaz = gazetteer();
    let mut lines = src.lines().enumerate();
    let header: Vec<&str> = lines
        .next()
        .map(|l| l.1)
        .unwrap_or("")
        .split('\t')
        .collect();
    assert_eq!(
        header.first(),
        Some(&"code"),
        "i18n/demonyms.tsv: bad header"
    );
    let mut out = Vec::new();
    let mut language_names = HashSet::new();
    for (n, line) in lines {
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(
            cols.len(),
            header.len(),
            "i18n/demonyms.tsv:{}: expected {} columns",
            n + 1,
            header.len()
        );
        let country = gaz
            .country_by_code(cols[0])
            .unwrap_or_else(|| panic!("i18n/demonyms.tsv:{}: unknown country", n + 1));
        for (lang, cell) in header[1..].iter().zip(&cols[1..]) {
            let bit = language_bit(lang);
            assert!(bit != 0, "i18n/demonyms.tsv: unknown language {lang}");
            for base in cell.split(',').map(str::trim).filter(|b| !b.is_empty()) {
                language_names.insert(base.to_string());
                let mut forms = inflect(lang, base);
                let caps: Vec<String> = forms.iter().map(|f| capitalise(f)).collect();
                forms.extend(caps);
                forms.sort();
                forms.dedup();
                for form in forms {
                    out.push(Demonym {
                        form,
                        country,
                        languages: bit,
                    });
                }
            }
        }
    }
    (out, language_names)
}

fn capitalise(w: &str) -> String {
    let mut c = w.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// Replaces the ending `from` of `base` by each of `to`.
fn swap(base: &str, from: &str, to: &[&str]) -> Vec<String> {
    let stem = &base[..base.len() - from.len()];
    to.iter().map(|t| format!("{stem}{t}")).collect()
}

/// The regular forms of an adjective's base form (masculine singular) in `lang`.
fn inflect(lang: &str, base: &str) -> Vec<String> {
    let mut forms = match lang {
        // The bare form is mostly the language ("auf Deutsch"); the declined forms are
        // the country's ("die deutsche Regierung", "die Deutschen").
        "de" => swap(base, "", &["e", "en", "er", "es", "em"]),
        "fr" => {
            if base.ends_with("ien") {
                swap(base, "", &["", "ne", "nes", "s"])
            } else if base.ends_with("ec") {
                swap(base, "", &["", "que", "ques", "s"])
            } else if base.ends_with('c') {
                swap(base, "c", &["c", "que", "ques", "cs"])
            } else if base.ends_with('e') {
                swap(base, "", &["", "s"])
            } else if base.ends_with('s') || base.ends_with('x') {
                swap(base, "", &["", "e", "es"])
            } else {
                swap(base, "", &["", "e", "s", "es"])
            }
        }
        "es" => {
            if let Some(v) = ["án", "és", "ín"].iter().find(|v| base.ends_with(*v)) {
                let plain = match *v {
                    "án" => "an",
                    "és" => "es",
                    _ => "in",
                };
                let mut f = vec![base.to_string()];
                f.extend(
                    swap(base, v, &[plain])
                        .iter()
                        .flat_map(|s| [format!("{s}a"), format!("{s}es"), format!("{s}as")]),
                );
                f
            } else if base.ends_with('o') {
                swap(base, "o", &["o", "a", "os", "as"])
            } else if base.ends_with('í') {
                swap(base, "", &["", "es", "s"])
            } else if base.ends_with('e') || base.ends_with('a') || base.ends_with('ú') {
                swap(base, "", &["", "s"])
            } else {
                swap(base, "", &["", "a", "es", "as"])
            }
        }
        "it" => {
            if base.ends_with("co") {
                swap(base, "co", &["co", "ca", "chi", "ci", "che"])
            } else if base.ends_with('o') {
                swap(base, "o", &["o", "a", "i", "e"])
            } else if base.ends_with('a') {
                swap(base, "a", &["a", "i", "e"])
            } else {
                swap(base, "e", &["e", "i"])
            }
        }
        "pt" => {
            if base.ends_with("ão") {
                swap(base, "ão", &["ão", "ã", "ães", "ãs", "ões"])
            } else if base.ends_with("ês") {
                swap(base, "ês", &["ês", "esa", "eses", "esas"])
            } else if base.ends_with("ol") {
                swap(base, "ol", &["ol", "ola", "óis", "olas"])
            } else if base.ends_with('o') {
                swap(base, "o", &["o", "a", "os", "as"])
            } else {
                swap(base, "", &["", "s"])
            }
        }
        "nl" => vec![base.to_string(), dutch_inflected(base)],
        "pl" => {
            let stem = &base[..base.len() - 1];
            let mut f: Vec<String> = [
                "i", "a", "ie", "iego", "iej", "im", "ich", "imi", "ą", "iemu",
            ]
            .iter()
            .map(|e| format!("{stem}{e}"))
            .collect();
            // Masculine personal plural: "niemieccy", "chińscy".
            if let Some(s) = base.strip_suffix("cki") {
                f.push(format!("{s}ccy"));
            } else if let Some(s) = base.strip_suffix("ski") {
                f.push(format!("{s}scy"));
            } else if let Some(s) = base.strip_suffix("zki") {
                f.push(format!("{s}zcy"));
            }
            f
        }
        // "-ский"/"-кий" adjectives: every case and gender but the prepositional "-ком",
        // which is mostly the language ("на немецком").
        "ru" => match base.strip_suffix("ий") {
            Some(stem) => [
                "ий", "ая", "ое", "ие", "ого", "ому", "им", "ой", "ую", "их", "ими",
            ]
            .iter()
            .map(|e| format!("{stem}{e}"))
            .collect(),
            None => vec![base.to_string()],
        },
        "tr" => {
            let back = base
                .chars()
                .rev()
                .find(|c| "aeıioöuü".contains(*c))
                .is_some_and(|c| "aıou".contains(c));
            vec![
                base.to_string(),
                format!("{base}{}", if back { "lar" } else { "ler" }),
            ]
        }
        _ => vec![base.to_string()],
    };
    forms.retain(|f| !f.is_empty());
    forms
}

/// "Duits" → "Duitse", "Chinees" → "Chinese" (a doubled vowel before one final consonant is
/// written single once the ending opens the syllable).
fn dutch_inflected(base: &str) -> String {
    let chars: Vec<char> = base.chars().collect();
    let n = chars.len();
    if n >= 3 {
        let (a, b, c) = (chars[n - 3], chars[n - 2], chars[n - 1]);
        if a == b && "aeou".contains(a) && !"aeiou".contains(c) {
            let stem: String = chars[..n - 2].iter().collect();
            return format!("{stem}{c}e");
        }
    }
    format!("{base}e")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn forms(lang: &str, base: &str) -> Vec<String> {
        inflect(lang, base)
    }

    #[test]
    fn every_row_resolves_and_inflects() {
        assert!(demonyms().len() > 2000);
        let gaz = gazetteer();
        let de = gaz.country_by_code("DE").unwrap();
        let has = |form: &str, lang: &str| {
            demonyms()
                .iter()
                .any(|d| d.form == form && d.languages == language_bit(lang) && d.country == de)
        };
        for (form, lang) in [
            ("deutschen", "de"),
            ("Deutsche", "de"),
            ("allemande", "fr"),
            ("alemanes", "es"),
            ("tedeschi", "it"),
            ("alemães", "pt"),
            ("Duitse", "nl"),
            ("niemiecki", "pl"),
            ("niemieccy", "pl"),
            ("Almanlar", "tr"),
        ] {
            assert!(has(form, lang), "{form} ({lang})");
        }
        // The bare German form is the language.
        assert!(!has("deutsch", "de"));
    }

    #[test]
    fn regular_endings() {
        assert!(forms("fr", "italien").contains(&"italiennes".to_string()));
        assert!(forms("fr", "turc").contains(&"turque".to_string()));
        assert!(forms("fr", "grec").contains(&"grecque".to_string()));
        assert!(forms("es", "francés").contains(&"francesa".to_string()));
        assert!(forms("es", "marroquí").contains(&"marroquíes".to_string()));
        assert!(forms("pt", "espanhol").contains(&"espanhóis".to_string()));
        assert!(forms("pt", "chinês").contains(&"chineses".to_string()));
        assert_eq!(dutch_inflected("Chinees"), "Chinese");
        assert_eq!(dutch_inflected("Spaans"), "Spaanse");
        assert!(forms("pl", "chiński").contains(&"chińscy".to_string()));
        assert!(forms("tr", "Rus").contains(&"Ruslar".to_string()));
        assert!(forms("ru", "китайский").contains(&"китайского".to_string()));
        assert!(!forms("ru", "немецкий").contains(&"немецком".to_string()));
        assert!(forms("tr", "İngiliz").contains(&"İngilizler".to_string()));
        assert!(is_language_name("español"));
    }
}
