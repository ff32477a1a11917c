//! The `language` front matter key end to end: validated with a positioned error, carried
//! as `lang` (and `dir`) on article pages and cards, as `xml:lang` on feed entries, and
//! reported (given or detected) by `enrich --json`.

mod common;

use std::fs;

use common::*;

const GERMAN: &str = "---\ntitle: Neue Regeln für den Wohnungsbau\ndate: 2024-07-02\nlanguage: de\n---\n\nDie Bundesregierung hat am Dienstag neue Regeln für den Wohnungsbau beschlossen, wie die Ministerin in Berlin mitteilte.\n";
const ARABIC: &str = "---\ntitle: الحكومة ترفع الضرائب\ndate: 2024-07-03\nlanguage: ar\n---\n\nأعلنت الحكومة يوم الثلاثاء أنها سترفع الضرائب على الشركات الكبرى لتمويل المستشفيات الجديدة.\n";
const ENGLISH: &str = "---\ntitle: Taxes rise\ndate: 2024-07-01\n---\n\nThe government said on Tuesday that it would raise taxes on large companies.\n";

fn site() -> TempSite {
    TempSite::new(&[
        ("content/en.md", ENGLISH),
        ("content/de.md", GERMAN),
        ("content/ar.md", ARABIC),
    ])
}

#[test]
fn article_pages_and_cards_carry_the_articles_language() {
    let site = site();
    let o = site.build(&["--quiet"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let out = site.out();
    let page = |slug: &str| {
        let dir = walkdir::WalkDir::new(&out)
            .into_iter()
            .filter_map(|e| e.ok())
            .find(|e| e.path().ends_with(format!("{slug}/index.html")))
            .unwrap_or_else(|| panic!("no page for {slug}"));
        fs::read_to_string(dir.path()).unwrap()
    };
    let de = page("de");
    assert!(
        de.contains("<html lang=en>"),
        "the site's language stays on <html>"
    );
    assert!(de.contains("<article class=article lang=de>"), "{de}");
    let ar = page("ar");
    assert!(ar.contains("<article class=article lang=ar dir=rtl>"));
    let en = page("en");
    assert!(
        en.contains("<article class=article>"),
        "same as the site: no lang"
    );
    // JSON-LD names the article's own language.
    assert!(de.contains("\"inLanguage\":\"de\""), "{de}");
    let home = fs::read_to_string(out.join("index.html")).unwrap();
    assert!(home.contains(" lang=de>"), "cards carry lang");
    assert!(home.contains(" lang=ar dir=rtl>"), "cards carry dir");
}

#[test]
fn feed_entries_carry_xml_lang_when_it_differs() {
    let site = site();
    let o = site.build(&["--quiet"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let feed = walkdir::WalkDir::new(site.out())
        .into_iter()
        .filter_map(|e| e.ok())
        .find(|e| e.file_name() == "atom.xml")
        .expect("an Atom feed");
    let xml = fs::read_to_string(feed.path()).unwrap();
    let doc = roxmltree::Document::parse(&xml).unwrap();
    const XML_NS: &str = "http://www.w3.org/XML/1998/namespace";
    assert_eq!(doc.root_element().attribute((XML_NS, "lang")), Some("en"));
    let mut langs: Vec<(String, Option<String>)> = doc
        .root_element()
        .children()
        .filter(|n| n.has_tag_name("entry"))
        .map(|e| {
            let title = e
                .children()
                .find(|c| c.has_tag_name("title"))
                .and_then(|t| t.text())
                .unwrap_or("")
                .to_string();
            (title, e.attribute((XML_NS, "lang")).map(str::to_string))
        })
        .collect();
    langs.sort();
    assert_eq!(
        langs,
        [
            ("Neue Regeln für den Wohnungsbau".into(), Some("de".into())),
            ("Taxes rise".into(), None),
            ("الحكومة ترفع الضرائب".into(), Some("ar".into())),
        ]
    );
}

#[test]
fn a_bad_language_value_is_one_positioned_error_with_a_suggestion() {
    let site = TempSite::new(&[(
        "content/a.md",
        "---\ntitle: A\ndate: 2024-07-01\nlanguage: German\n---\n\nText.\n",
    )]);
    let o = site.build(&["--quiet"]);
    assert!(!o.status.success());
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("content/a.md:4:1:"), "{err}");
    assert!(err.contains("did you mean `de`"), "{err}");
}

#[test]
fn enrich_json_reports_the_given_or_detected_language() {
    let site = TempSite::new(&[
        ("content/de.md", GERMAN),
        (
            "raw_fr.txt",
            "Le gouvernement augmente les impôts\nLe gouvernement a annoncé mardi qu'il augmenterait les impôts des grandes entreprises pour financer les nouveaux hôpitaux, a déclaré le ministre devant l'Assemblée nationale à Paris.\n",
        ),
        ("raw_short.txt", "Hi\nOk.\n"),
    ]);
    let root = site.root();
    let files: Vec<String> = ["content/de.md", "raw_fr.txt", "raw_short.txt"]
        .iter()
        .map(|f| root.join(f).to_str().unwrap().to_string())
        .collect();
    let mut args = vec!["enrich", "--json", "--root", root.to_str().unwrap()];
    args.extend(files.iter().map(String::as_str));
    let o = newsdesk(&args);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v[0]["language"], "de");
    assert_eq!(v[1]["language"], "fr");
    // Too little text to tell: the site's default.
    assert_eq!(v[2]["language"], "en");
}

#[test]
fn chinese_german_and_russian_articles_get_places_summaries_and_reading_time() {
    let long_zh = "会谈持续了三个小时，双方同意继续就电动汽车关税问题进行磋商。".repeat(40);
    let site = TempSite::new(&[
        (
            "content/zh.md",
            &format!(
                "---\ntitle: 德国总理访问北京\ndate: 2024-07-02\nlanguage: zh\n---\n\n德国总理周二抵达北京，与中国领导人举行会谈。双方讨论了贸易问题！\n\n{long_zh}\n"
            ),
        ),
        (
            "content/de.md",
            "---\ntitle: Reise nach Frankreich\ndate: 2024-07-03\nlanguage: de\n---\n\nAm Dienstag reiste Bundeskanzler Olaf Scholz nach Frankreich. Aber Sie wissen das schon. Deutschland und Frankreich wollen enger zusammenarbeiten.\n",
        ),
        (
            "content/ru.md",
            "---\ntitle: Переговоры\ndate: 2024-07-04\nlanguage: ru\n---\n\nВо вторник в Москве президент Владимир Путин провёл переговоры. Делегация из Казахстана прибыла утром.\n",
        ),
    ]);
    let o = site.build(&["--quiet"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let out = site.out();
    for region in ["germany", "china", "france", "russia", "kazakhstan"] {
        assert!(
            out.join(format!("regions/{region}/index.html")).is_file(),
            "no region page {region}"
        );
    }
    assert!(out.join("people/olaf-scholz/index.html").is_file());
    assert!(
        out.join("people/владимир-путин/index.html").is_file() || {
            let people = fs::read_to_string(out.join("people/index.html")).unwrap();
            people.contains("Владимир Путин")
        }
    );
    let people = fs::read_to_string(out.join("people/index.html")).unwrap();
    for junk in ["Am Dienstag", "Aber Sie", "Deutschland und"] {
        assert!(!people.contains(junk), "{junk} became a person");
    }
    let home = fs::read_to_string(out.join("index.html")).unwrap();
    // The summary is whole sentences cut at 。 and ！, verbatim, joined without spaces.
    let summary = home
        .split("class=card-summary>")
        .map(|s| s.split('<').next().unwrap_or(""))
        .find(|s| s.contains('。'))
        .expect("a Chinese card summary");
    assert!(
        summary.starts_with("德国总理周二抵达北京，与中国领导人举行会谈。"),
        "{summary}"
    );
    assert!(!summary.contains(' '), "{summary}");
    // About 1,200 characters: reading time by characters (two to a word, 230 a minute).
    let zh = walkdir::WalkDir::new(&out)
        .into_iter()
        .filter_map(|e| e.ok())
        .find(|e| e.path().ends_with("zh/index.html"))
        .expect("zh page");
    let page = fs::read_to_string(zh.path()).unwrap();
    assert!(page.contains(">3 min read<"), "reading time by characters");
}
