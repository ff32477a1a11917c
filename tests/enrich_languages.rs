//! Enrichment of news in nine languages the saved real pages lack (es, it, pt, nl, pl, ru, tr,
//! id, ja), written for this test with hand-made expectations, through `newsdesk enrich
//! --json` as a curator runs it. The scores are printed; the test holds the issue's
//! non-English targets (people precision ≥ 0.85, countries F1 ≥ 0.80) over the set, and
//! checks each page's language.

mod common;

use std::collections::BTreeSet;

use common::*;

/// (file, language, people, countries): people under the name a reader would look up.
const PAGES: &[(&str, &str, &[&str], &[&str])] = &[
    (
        "es",
        "es",
        &["Gustavo Petro", "Felipe VI", "Pedro Sánchez"],
        &["Colombia", "Spain", "France"],
    ),
    (
        "it",
        "it",
        &["Viktor Orbán", "Giorgia Meloni"],
        &["Hungary", "Italy", "Ukraine", "Germany"],
    ),
    (
        "pt",
        "pt",
        &["Luiz Inácio Lula da Silva", "Javier Milei", "Marina Silva"],
        &["Brazil", "Argentina", "Paraguay"],
    ),
    (
        "nl",
        "nl",
        &["Dick Schoof", "Olaf Scholz"],
        &["Germany", "Netherlands", "Poland"],
    ),
    (
        "pl",
        "pl",
        &["Donald Tusk", "Wołodymyr Zełenski", "Radosław Sikorski"],
        &["Ukraine", "Poland"],
    ),
    (
        "ru",
        "ru",
        &["Касым-Жомарт Токаев", "Владимир Путин", "Сергей Лавров"],
        &["Kazakhstan", "Russia", "China"],
    ),
    (
        "tr",
        "tr",
        &["Recep Tayyip Erdoğan", "Olaf Scholz", "Hakan Fidan"],
        &["Germany", "Turkey", "Syria"],
    ),
    (
        "id",
        "id",
        &["Prabowo Subianto", "Shigeru Ishiba", "Sugiono"],
        &["Japan", "Indonesia", "Malaysia"],
    ),
    (
        "ja",
        "ja",
        &["石破茂"],
        &["United States", "China", "North Korea", "Japan", "Canada"],
    ),
];

#[test]
fn nine_languages_people_precision_and_countries_f1_hold_the_targets() {
    let site = TempSite::new(&[]);
    let dir = repo().join("tests/data/languages");
    let files: Vec<String> = PAGES
        .iter()
        .map(|(f, ..)| dir.join(format!("{f}.txt")).to_str().unwrap().to_string())
        .collect();
    let mut args = vec!["enrich", "--json", "--root", site.root().to_str().unwrap()];
    args.extend(files.iter().map(String::as_str));
    let o = newsdesk(&args);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let (mut ptp, mut pfound, mut pwant) = (0usize, 0usize, 0usize);
    let (mut ctp, mut cfound, mut cwant) = (0usize, 0usize, 0usize);
    let strings = |x: &serde_json::Value| -> BTreeSet<String> {
        x.as_array()
            .unwrap()
            .iter()
            .map(|s| s.as_str().unwrap().to_string())
            .collect()
    };
    for (k, (file, lang, people, countries)) in PAGES.iter().enumerate() {
        let r = &v[k];
        assert_eq!(r["language"], *lang, "{file}: language");
        let got_p = strings(&r["people"]);
        let want_p: BTreeSet<String> = people.iter().map(|s| s.to_string()).collect();
        let got_c = strings(&r["countries"]);
        let want_c: BTreeSet<String> = countries.iter().map(|s| s.to_string()).collect();
        println!(
            "{file}: people missed {:?} extra {:?}; countries missed {:?} extra {:?}",
            want_p.difference(&got_p).collect::<Vec<_>>(),
            got_p.difference(&want_p).collect::<Vec<_>>(),
            want_c.difference(&got_c).collect::<Vec<_>>(),
            got_c.difference(&want_c).collect::<Vec<_>>(),
        );
        ptp += got_p.intersection(&want_p).count();
        pfound += got_p.len();
        pwant += want_p.len();
        ctp += got_c.intersection(&want_c).count();
        cfound += got_c.len();
        cwant += want_c.len();
    }
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    let (pp, pr) = (ratio(ptp, pfound), ratio(ptp, pwant));
    let (cp, cr) = (ratio(ctp, cfound), ratio(ctp, cwant));
    let cf = if cp + cr == 0.0 {
        0.0
    } else {
        2.0 * cp * cr / (cp + cr)
    };
    println!("people P {pp:.3} R {pr:.3}; countries P {cp:.3} R {cr:.3} F1 {cf:.3}");
    assert!(pp >= 0.85, "people precision {pp:.3}");
    assert!(cf >= 0.80, "countries F1 {cf:.3}");
}

/// Towns of Lithuania, Latvia and Estonia in the cases their languages put them in
/// ("Kaune", "Ventspilī", "Tartus"): each names its country, and nothing else does.
#[test]
fn baltic_towns_in_their_cases_name_their_country() {
    let site = TempSite::new(&[]);
    let texts = [
        (
            "lt",
            "Kaune atnaujins stoteles\nKauno miesto savivaldybė šią žiemą atnaujins 40 \
             stotelių. Darbai vyks ir Vilniuje, o kitais metais Panevėžyje.\n",
            "Lithuania",
        ),
        (
            "lv",
            "Jelgavā atklāj jaunu tiltu\nJaunais tilts savienos pilsētas daļas. Līdzīgs \
             projekts tiek plānots arī Ventspilī un Tukumā.\n",
            "Latvia",
        ),
        (
            "et",
            "Tallinnas avati uus trammiliin\nUus trammiliin avati eile. Sarnane liin on \
             plaanis ka Tartus.\n",
            "Estonia",
        ),
    ];
    // Declared, as a curator's feed settings would: short texts are too short to detect.
    let pages: Vec<(&str, String, &str)> = texts
        .iter()
        .map(|(lang, text, _)| {
            let (title, body) = text.split_once('\n').unwrap();
            (*lang, format!("title: {title}\nlanguage: {lang}\n"), body)
        })
        .collect();
    let v = enrich_json(&site, &pages);
    for (k, (lang, _, country)) in texts.iter().enumerate() {
        assert_eq!(v[k]["language"], *lang, "{lang}: {}", v[k]);
        assert_eq!(
            v[k]["countries"],
            serde_json::json!([country]),
            "{lang}: {}",
            v[k]
        );
    }
}

/// Small towns count for their country in articles from a site of that country (its
/// country-code domain in `source_url`), and only there: the same English story from a
/// .co.uk paper is filed under the United Kingdom, from a .com site or with no source
/// under nothing. A town's name that is also a word ("Bath") counts inside a sentence
/// only, and one beside another capitalised word ("Kendal Road") not at all.
#[test]
fn towns_of_the_sites_country_count_in_its_articles_only() {
    let site = TempSite::new(&[]);
    let body = "Council officers in Harrogate and Kendal agreed the new bus timetable on \
                Tuesday. Passengers had waited three years for the change, officers said.";
    let word_only = "Bath is where the plan began. Reading the report took an hour. \
                     Buses along Kendal Road will run later, said the College of \
                     Engineering, which runs the Reading room.";
    let cases: [(&str, &str, Option<&str>, &[&str]); 5] = [
        (
            "uk",
            body,
            Some("https://www.dalesherald.co.uk/news/buses"),
            &["United Kingdom"],
        ),
        (
            "com",
            body,
            Some("https://www.dalesherald.com/news/buses"),
            &[],
        ),
        ("none", body, None, &[]),
        ("io", body, Some("https://dales.io/buses"), &[]),
        (
            "words",
            word_only,
            Some("https://www.dalesherald.co.uk/news/words"),
            &[],
        ),
    ];
    let pages: Vec<(&str, String, &str)> = cases
        .iter()
        .map(|(name, text, url, _)| {
            let source = url.map_or(String::new(), |u| format!("source_url: {u}\n"));
            (
                *name,
                format!("title: Buses return\nlanguage: en\n{source}"),
                *text,
            )
        })
        .collect();
    let v = enrich_json(&site, &pages);
    for (k, (name, _, _, countries)) in cases.iter().enumerate() {
        assert_eq!(
            v[k]["countries"],
            serde_json::json!(countries),
            "{name}: {}",
            v[k]
        );
    }
    // Inside a sentence the word-like name is the town.
    let front = "title: Buses return\nlanguage: en\nsource_url: https://www.dalesherald.co.uk/x\n";
    let body = "The new timetable starts in Bath next week, officers said.";
    let v = enrich_json(&site, &[("inside", front.to_string(), body)]);
    assert_eq!(
        v[0]["countries"],
        serde_json::json!(["United Kingdom"]),
        "{}",
        v[0]
    );
}

/// Writes each `(file stem, front matter lines, body)` as an article of `site` and returns
/// `newsdesk enrich --json`'s answer for them, in order.
fn enrich_json(site: &TempSite, pages: &[(&str, String, &str)]) -> serde_json::Value {
    let mut files = Vec::new();
    for (stem, front, body) in pages {
        let path = site.root().join(format!("{stem}.md"));
        std::fs::write(&path, format!("---\n{front}---\n{body}\n")).unwrap();
        files.push(path.to_str().unwrap().to_string());
    }
    let mut args = vec!["enrich", "--json", "--root", site.root().to_str().unwrap()];
    args.extend(files.iter().map(String::as_str));
    let o = newsdesk(&args);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    serde_json::from_slice(&o.stdout).unwrap()
}
