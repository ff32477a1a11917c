//! End-to-end tests of enrichment: the `enrich` command on real files, and the build
//! deriving people, places, summaries and briefs for articles that lack them.

mod common;

use std::fs;

use common::*;

const RAW: &str = include_str!("data/raw_sample.txt");

fn enrich_json(root: &std::path::Path, files: &[&str]) -> serde_json::Value {
    let mut args = vec!["enrich", "--json", "--root", root.to_str().unwrap()];
    args.extend_from_slice(files);
    let o = newsdesk(&args);
    assert!(
        o.status.success(),
        "enrich failed: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    serde_json::from_slice(&o.stdout).expect("JSON output")
}

fn strings(v: &serde_json::Value) -> Vec<String> {
    v.as_array()
        .expect("array")
        .iter()
        .map(|s| s.as_str().unwrap().to_string())
        .collect()
}

#[test]
fn enrich_json_on_the_raw_sample_gives_the_expected_lists() {
    let site = TempSite::new(&[
        ("raw.txt", RAW),
        (
            "data/people.yaml",
            "people:\n  - name: Joe Biden\n    aliases: [Biden]\n    role: President of the United States\n",
        ),
    ]);
    let raw = site.root().join("raw.txt");
    let out = enrich_json(site.root(), &[raw.to_str().unwrap()]);
    let obj = &out[0];
    assert_eq!(obj["file"], raw.to_str().unwrap());
    assert_eq!(
        obj["title"],
        "Blinken and a Top Chinese Official in Talks on U.S.-China Tensions"
    );
    let mut people = strings(&obj["people"]);
    people.sort();
    assert_eq!(
        people,
        [
            "Antony J. Blinken",
            "Benjamin Netanyahu",
            "Donald J. Trump",
            "Joe Biden",
            "Kamala Harris",
            "Nguyen Phu Trong",
            "Saleumxay Kommasith",
            "Sergey V. Lavrov",
            "Wang Yi",
            "Xi Jinping"
        ]
    );
    let mut countries = strings(&obj["countries"]);
    countries.sort();
    assert_eq!(
        countries,
        [
            "China",
            "Israel",
            "Laos",
            "Myanmar",
            "North Korea",
            "Palestine",
            "Russia",
            "Taiwan",
            "Ukraine",
            "United States",
            "Vietnam"
        ]
    );
    assert_eq!(
        strings(&obj["country_codes"]).len(),
        strings(&obj["countries"]).len()
    );
    assert!(strings(&obj["regions"]).contains(&"Southeast Asia".to_string()));
    assert!(strings(&obj["places"]).contains(&"Vientiane".to_string()));
    // The summary is whole sentences of the article, verbatim.
    let summary = obj["summary"].as_str().unwrap();
    assert!(!summary.is_empty());
    for sentence in summary.split(". ") {
        let s = sentence.trim_end_matches('.');
        assert!(RAW.contains(s), "not verbatim: {s}");
    }
    assert!(obj.get("explain").is_none());
}

#[test]
fn without_a_registry_biden_stays_as_written_and_explain_shows_rules() {
    let site = TempSite::new(&[("raw.txt", RAW)]);
    let raw = site.root().join("raw.txt");
    let o = newsdesk(&[
        "enrich",
        "--json",
        "--explain",
        "--root",
        site.root().to_str().unwrap(),
        raw.to_str().unwrap(),
    ]);
    assert!(o.status.success());
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert!(strings(&v[0]["people"]).contains(&"Biden".to_string()));
    let explain = v[0]["explain"].as_array().unwrap();
    assert!(explain.iter().any(|e| e["entity"] == "Laos"
        && e["span"] == "Laotian"
        && e["rule"] == "place:country:demonym"));
    assert!(explain.iter().any(|e| e["entity"] == "Wang Yi"
        && e["span"] == "Wang"
        && e["rule"] == "person:coreference"));
    // Text mode prints the same lists for people to read.
    let o = newsdesk(&[
        "enrich",
        "--explain",
        "--root",
        site.root().to_str().unwrap(),
        raw.to_str().unwrap(),
    ]);
    let text = String::from_utf8(o.stdout).unwrap();
    assert!(
        text.contains("people:    Antony J. Blinken, Wang Yi"),
        "{text}"
    );
    assert!(text.contains("place:country:capital"), "{text}");
}

#[test]
fn enrich_reads_content_md_ignoring_its_lists() {
    let site = TempSite::new(&[(
        "content/a.md",
        "---\ntitle: Talks in Hanoi\ndate: 2024-07-01\npeople: [Nobody Here]\nplaces: [Peru]\n---\n\nPresident To Lam met Prime Minister Anthony Albanese in Hanoi on Monday.\n\n```\nMr. Code Block said nothing.\n```\n",
    )]);
    let md = site.root().join("content/a.md");
    let v = enrich_json(site.root(), &[md.to_str().unwrap()]);
    assert_eq!(strings(&v[0]["people"]), ["To Lam", "Anthony Albanese"]);
    assert_eq!(strings(&v[0]["countries"]), ["Vietnam"]);
    assert_eq!(v[0]["title"], "Talks in Hanoi");
}

#[test]
fn enrich_reports_bad_files_by_name() {
    let site = TempSite::new(&[("content/bad.md", "no front matter\n")]);
    let md = site.root().join("content/bad.md");
    let o = newsdesk(&["enrich", md.to_str().unwrap(), "missing.txt"]);
    assert!(!o.status.success());
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("bad.md:1:1: no front matter"), "{err}");
    assert!(err.contains("missing.txt"), "{err}");
}

#[test]
fn build_derives_people_places_and_summaries_with_site_wide_names() {
    let site = TempSite::new(&[
        (
            "content/one.md",
            "---\ntitle: Talks in Vientiane\ndate: 2024-07-27\n---\n\nJoe Biden spoke with Laotian officials in Vientiane on Saturday about trade and the Mekong.\n\nThe talks ran late into the night, aides said.\n",
        ),
        (
            "content/two.md",
            "---\ntitle: A call with Berlin\ndate: 2024-07-28\n---\n\nPresident Biden called Chancellor Olaf Scholz of Germany on Sunday to discuss aid for Ukraine.\n",
        ),
        (
            "content/three.md",
            "---\ntitle: Curated\ndate: 2024-07-29\npeople: [Someone Else]\nplaces: [Peru]\nsummary: The curator wrote this.\n---\n\nPresident Biden visited Kenya and met William Ruto in Nairobi.\n",
        ),
    ]);
    let o = site.build(&["--quiet"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let out = site.out();
    let exists = |p: &str| out.join(p).is_file();
    // "Biden" and "Joe Biden" share one page; the curator's list wins in three.md.
    assert!(exists("people/joe-biden/index.html"));
    assert!(!exists("people/biden/index.html"));
    assert!(exists("people/olaf-scholz/index.html"));
    assert!(exists("people/someone-else/index.html"));
    assert!(!exists("people/william-ruto/index.html"));
    let joe = fs::read_to_string(out.join("people/joe-biden/index.html")).unwrap();
    assert!(joe.contains("2 articles"), "one page for both spellings");
    // Countries come from demonyms, capitals and names; Peru only from the curator.
    for r in [
        "laos",
        "southeast-asia",
        "asia",
        "germany",
        "ukraine",
        "peru",
    ] {
        assert!(
            exists(&format!("regions/{r}/index.html")),
            "no region page {r}"
        );
    }
    assert!(!exists("regions/kenya/index.html"));
    // Cities are nodes below their country, with flat URLs.
    let vientiane = fs::read_to_string(out.join("regions/vientiane/index.html")).unwrap();
    assert!(
        vientiane.contains("href=/regions/laos/"),
        "breadcrumb to Laos"
    );
    let laos = fs::read_to_string(out.join("regions/laos/index.html")).unwrap();
    assert!(laos.contains(">Cities<") && laos.contains("href=/regions/vientiane/"));
    // Derived summaries are verbatim; the curator's is kept.
    let home = fs::read_to_string(out.join("index.html")).unwrap();
    assert!(home.contains("The curator wrote this."));
    assert!(home.contains("President Biden called Chancellor Olaf Scholz of Germany"));
}

#[test]
fn region_person_and_edition_pages_show_briefs() {
    let body = |s: &str| format!("{s}\n\nOfficials said more talks were planned for next month.\n");
    let site = TempSite::new(&[
        (
            "content/a.md",
            &format!(
                "---\ntitle: Floods in Bavaria\ndate: 2024-06-03\n---\n\n{}",
                body("Markus Söder toured flooded towns in Bavaria as the Danube rose on Monday.")
            ),
        ),
        (
            "content/b.md",
            &format!(
                "---\ntitle: Munich counts the cost\ndate: 2024-06-04\n---\n\n{}",
                body(
                    "Insurers in Munich said the damage from the floods would run into billions of euros."
                )
            ),
        ),
    ]);
    let o = site.build(&["--quiet"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let read = |p: &str| fs::read_to_string(site.out().join(p)).unwrap();
    let germany = read("regions/germany/index.html");
    assert!(germany.contains("<section class=brief "), "{germany}");
    assert!(germany.contains("Insurers in Munich said the damage"));
    assert!(germany.contains("href=/articles/2024/06/b/"));
    let person = read("people/markus-soder/index.html");
    assert!(person.contains("<section class=brief "));
    assert!(person.contains("Markus Söder toured flooded towns"));
    let home = read("index.html");
    assert!(home.contains("<section class=brief "));
}

#[test]
fn registry_pins_slugs_adds_roles_and_reports_errors_with_lines() {
    let site = TempSite::new(&[
        (
            "content/a.md",
            "---\ntitle: T\ndate: 2024-07-01\n---\n\nPresident Biden spoke in Washington on Monday about the economy and jobs.\n",
        ),
        (
            "data/people.yaml",
            "people:\n  - name: Joseph R. Biden Jr.\n    aliases: [Biden, Joe Biden]\n    role: 46th president of the United States\n    description: Democrat, elected in 2020.\n    slug: joe-biden\n",
        ),
    ]);
    let o = site.build(&["--quiet"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let page = fs::read_to_string(site.out().join("people/joe-biden/index.html")).unwrap();
    assert!(page.contains("Joseph R. Biden Jr."));
    assert!(page.contains("46th president of the United States"));
    assert!(page.contains("Democrat, elected in 2020."));

    site.write(
        "data/people.yaml",
        "people:\n  - name: A B\n    aliases: [X]\n  - name: C D\n    aliases: [X]\n",
    );
    let o = site.build(&["--quiet"]);
    assert!(!o.status.success());
    let err = String::from_utf8_lossy(&o.stderr);
    // The line of the repeated alias, in the second entry.
    assert!(err.contains("data/people.yaml:5:"), "{err}");
    site.write("data/people.yaml", "");
    site.write(
        "data/places.yaml",
        "places:\n  - name: Sado\n    country: Narnia\n",
    );
    let o = site.build(&["--quiet"]);
    assert!(!o.status.success());
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("data/places.yaml:3:"), "{err}");
    assert!(err.contains("unknown country `Narnia`"), "{err}");
}

#[test]
fn curator_places_registry_adds_a_place() {
    let site = TempSite::new(&[
        (
            "content/a.md",
            "---\ntitle: Gold mines listed\ndate: 2024-07-01\n---\n\nThe old gold mines of Sado won heritage status on Saturday after a long campaign.\n",
        ),
        (
            "data/places.yaml",
            "places:\n  - name: Sado\n    country: Japan\n",
        ),
    ]);
    let o = site.build(&["--quiet"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(site.out().join("regions/japan/index.html").is_file());
}

#[test]
fn regions_yaml_reshapes_the_region_tree() {
    let site = TempSite::new(&[
        (
            "content/a.md",
            "---\ntitle: Port deal\ndate: 2024-01-02\n---\n\nEthiopia signed a port deal with officials in Berbera on Monday, angering Mogadishu.\n",
        ),
        (
            "data/regions.yaml",
            "subregions:\n  Horn of Africa: Africa\ncountries:\n  Ethiopia: Horn of Africa\n  Somalia: Horn of Africa\n",
        ),
    ]);
    let o = site.build(&["--quiet"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let horn = fs::read_to_string(site.out().join("regions/horn-of-africa/index.html")).unwrap();
    assert!(horn.contains("href=/regions/ethiopia/"));
    assert!(horn.contains("href=/regions/somalia/"));
    assert!(!site.out().join("regions/east-africa/index.html").exists());
    let v = enrich_json(
        site.root(),
        &[site.root().join("content/a.md").to_str().unwrap()],
    );
    assert!(strings(&v[0]["regions"]).contains(&"Horn of Africa".to_string()));

    site.write("data/regions.yaml", "countries:\n  Ethiopia: Africa\n");
    let o = site.build(&["--quiet"]);
    assert!(!o.status.success());
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("data/regions.yaml:2:"), "{err}");
    assert!(err.contains("world region"), "{err}");
}
