//! The nominative of a declined full name in Polish and Russian ("Karola Nawrockiego" →
//! "Karol Nawrocki", "Галине Улановой" → "Галина Уланова"), so a person named only in the
//! genitive, dative or instrumental gets a page under the name itself. The case is read from
//! the given name, which must become a known given name; the surname then takes the same
//! case's ending off by the rules of its kind (adjectival "-ski"/"-ский", possessive
//! "-ов"/"-ин", or a plain noun).

/// The nominative of `words` (a given name first) in `language`, if they are declined.
pub fn nominative(
    words: &[String],
    language: &str,
    known_given: impl Fn(&str) -> bool,
) -> Option<Vec<String>> {
    if words.len() < 2 || known_given(&words[0]) && !declined_surname(words.last()?, language) {
        return None;
    }
    let rules: &[Case] = match language {
        "pl" => POLISH,
        "ru" | "uk" => RUSSIAN,
        _ => return None,
    };
    for case in rules {
        let Some(given) = replace_end(&words[0], case.given) else {
            continue;
        };
        if !known_given(&given) {
            continue;
        }
        let mut out = vec![given];
        for w in &words[1..] {
            let parts: Vec<String> = w
                .split('-')
                .map(|p| replace_end(p, case.surname).unwrap_or_else(|| p.to_string()))
                .collect();
            out.push(parts.join("-"));
        }
        if out != words {
            return Some(out);
        }
    }
    None
}

/// True when `word` is a declined form of a known given name ("Mariusza", "Галине").
pub fn declined_given(word: &str, language: &str, known_given: impl Fn(&str) -> bool) -> bool {
    let rules: &[Case] = match language {
        "pl" => POLISH,
        "ru" | "uk" => RUSSIAN,
        _ => return false,
    };
    rules
        .iter()
        .filter_map(|c| replace_end(word, c.given))
        .any(|g| known_given(&g))
}

/// A surname ending that no nominative has ("Nawrockiego", "Улановой").
fn declined_surname(word: &str, language: &str) -> bool {
    let endings: &[&str] = match language {
        "pl" => &[
            "skiego", "ckiego", "dzkiego", "skiemu", "ckiemu", "skiej", "ckiej",
        ],
        "ru" | "uk" => &["ского", "скому", "овой", "евой", "иной"],
        _ => &[],
    };
    endings.iter().any(|e| word.ends_with(e))
}

/// One case of one gender: endings of the given name and of surnames, each (declined,
/// nominative), tried in order.
struct Case {
    given: &'static [(&'static str, &'static str)],
    surname: &'static [(&'static str, &'static str)],
}

const POLISH: &[Case] = &[
    // Masculine genitive/accusative: "Karola Nawrockiego", "Donalda Tuska", "Marka Dudy".
    Case {
        // A vowel that drops when declined: "Marka" of "Marek", "Pawła" of "Paweł".
        given: &[("ka", "ek"), ("ła", "eł"), ("a", "")],
        surname: &[
            ("skiego", "ski"),
            ("ckiego", "cki"),
            ("dzkiego", "dzki"),
            ("iego", "i"),
            ("ego", "y"),
            ("a", ""),
            // A surname that is a noun in -a: "Marka Dudy", "Lecha Wałęsy".
            ("ki", "ka"),
            ("gi", "ga"),
            ("y", "a"),
        ],
    },
    // Masculine instrumental: "Donaldem Tuskiem", "Karolem Nawrockim".
    Case {
        given: &[("kiem", "ek"), ("łem", "eł"), ("iem", ""), ("em", "")],
        surname: &[
            ("skim", "ski"),
            ("ckim", "cki"),
            ("kiem", "k"),
            ("giem", "g"),
            ("em", ""),
            ("ym", "y"),
        ],
    },
    // Masculine dative: "Donaldowi Tuskowi".
    Case {
        given: &[("kowi", "ek"), ("łowi", "eł"), ("owi", "")],
        surname: &[("skiemu", "ski"), ("ckiemu", "cki"), ("owi", "")],
    },
    // Feminine genitive, dative, accusative, instrumental: "Olgi Tokarczuk", "Anny
    // Kowalskiej", "Annę Kowalską".
    Case {
        given: &[
            ("ii", "ia"),
            ("y", "a"),
            ("i", "a"),
            ("ę", "a"),
            ("ą", "a"),
            ("ie", "a"),
        ],
        surname: &[
            ("skiej", "ska"),
            ("ckiej", "cka"),
            ("ską", "ska"),
            ("cką", "cka"),
        ],
    },
];

const RUSSIAN: &[Case] = &[
    // Feminine genitive, dative, accusative, instrumental: "Галине Улановой", "Ольги
    // Любимовой", "Марии Захаровой".
    Case {
        given: &[
            ("ии", "ия"),
            ("ией", "ия"),
            ("ию", "ия"),
            ("ы", "а"),
            ("е", "а"),
            ("у", "а"),
            ("ой", "а"),
            ("и", "а"),
            ("ю", "я"),
            ("ей", "я"),
        ],
        surname: &[
            ("овой", "ова"),
            ("евой", "ева"),
            ("иной", "ина"),
            ("ову", "ова"),
            ("еву", "ева"),
            ("ину", "ина"),
            ("ской", "ская"),
            ("скую", "ская"),
        ],
    },
    // Masculine genitive/accusative, dative, instrumental, prepositional: "Андрея
    // Травникова", "Владимиру Путину", "Сергеем Собяниным".
    Case {
        given: &[
            ("ем", "й"),
            ("ом", ""),
            ("я", "й"),
            ("ю", "й"),
            ("а", ""),
            ("у", ""),
            ("е", ""),
        ],
        surname: &[
            ("ского", "ский"),
            ("скому", "ский"),
            ("ским", "ский"),
            ("ском", "ский"),
            ("овым", "ов"),
            ("евым", "ев"),
            ("иным", "ин"),
            ("ова", "ов"),
            ("ева", "ев"),
            ("ина", "ин"),
            ("ову", "ов"),
            ("еву", "ев"),
            ("ину", "ин"),
            ("ове", "ов"),
            ("ине", "ин"),
        ],
    },
];

/// `word` with the first matching declined ending replaced by its nominative; the stem
/// left must keep two letters.
fn replace_end(word: &str, endings: &[(&str, &str)]) -> Option<String> {
    endings.iter().find_map(|(from, to)| {
        let stem = word.strip_suffix(from)?;
        (stem.chars().count() >= 2).then(|| format!("{stem}{to}"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nom(name: &str, language: &str) -> Option<String> {
        let given = [
            "Karol",
            "Donald",
            "Mariusz",
            "Marek",
            "Paweł",
            "Anna",
            "Olga",
            "Галина",
            "Ольга",
            "Андрей",
            "Владимир",
            "Сергей",
            "Мария",
        ];
        let words: Vec<String> = name.split(' ').map(String::from).collect();
        nominative(&words, language, |w| given.contains(&w)).map(|w| w.join(" "))
    }

    #[test]
    fn polish_cases_give_the_nominative() {
        for (declined, base) in [
            ("Karola Nawrockiego", "Karol Nawrocki"),
            ("Donaldem Tuskiem", "Donald Tusk"),
            ("Donalda Tuska", "Donald Tusk"),
            ("Mariusza Błaszczaka", "Mariusz Błaszczak"),
            ("Marka Dudy", "Marek Duda"),
            ("Anny Kowalskiej", "Anna Kowalska"),
            ("Olgi Tokarczuk", "Olga Tokarczuk"),
            ("Donaldowi Trumpowi", "Donald Trump"),
            ("Pawła Orłowskiego", "Paweł Orłowski"),
            ("Pawłem Orłowskim", "Paweł Orłowski"),
            ("Markowi Kowalczykowi", "Marek Kowalczyk"),
        ] {
            assert_eq!(nom(declined, "pl").as_deref(), Some(base), "{declined}");
        }
        // Nominatives stay.
        assert_eq!(nom("Karol Nawrocki", "pl"), None);
        assert_eq!(nom("Anna Kowalska", "pl"), None);
    }

    #[test]
    fn russian_cases_give_the_nominative() {
        for (declined, base) in [
            ("Галине Улановой", "Галина Уланова"),
            ("Ольги Любимовой", "Ольга Любимова"),
            ("Андрея Травникова", "Андрей Травников"),
            ("Владимиру Путину", "Владимир Путин"),
            ("Сергеем Собяниным", "Сергей Собянин"),
            ("Марии Захаровой", "Мария Захарова"),
        ] {
            assert_eq!(nom(declined, "ru").as_deref(), Some(base), "{declined}");
        }
        assert_eq!(nom("Андрей Травников", "ru"), None);
        assert_eq!(nom("Ольга Любимова", "ru"), None);
    }
}
