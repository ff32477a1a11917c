//! End-to-end checks of enrichment on the raw sample and tricky cases.

use super::*;

const SAMPLE: &str = include_str!("../../tests/data/raw_sample.txt");

fn sample_registry() -> Registry {
    let mut r = Registry::default();
    r.add_people(
        "people:\n  - name: Joe Biden\n    aliases: [Biden]\n",
        std::path::Path::new("data/people.yaml"),
    )
    .unwrap();
    r
}

fn sorted(v: &[String]) -> Vec<String> {
    let mut v = v.to_vec();
    v.sort();
    v
}

#[test]
fn raw_sample_people_exactly() {
    let doc = reader::from_raw_text(SAMPLE);
    let e = Enricher::new(sample_registry(), 2).enrich(&doc);
    assert_eq!(
        e.people,
        [
            "Antony J. Blinken",
            "Wang Yi",
            "Sergey V. Lavrov",
            "Joe Biden",
            "Xi Jinping",
            "Kamala Harris",
            "Donald J. Trump",
            "Benjamin Netanyahu",
            "Nguyen Phu Trong",
            "Saleumxay Kommasith"
        ]
    );
    // Without a registry, "Biden" stays as written.
    let plain = enrich(&doc, 2);
    assert!(
        plain.people.contains(&"Biden".to_string()),
        "{:?}",
        plain.people
    );
}

#[test]
fn raw_sample_countries_exactly() {
    let doc = reader::from_raw_text(SAMPLE);
    let e = enrich(&doc, 2);
    let mut want: Vec<String> = [
        "United States",
        "China",
        "Russia",
        "Ukraine",
        "Laos",
        "Vietnam",
        "Israel",
        "North Korea",
        "Myanmar",
        "Taiwan",
        "Palestine",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    want.sort();
    assert_eq!(sorted(&e.countries), want);
    assert_eq!(e.countries.len(), e.country_codes.len());
    assert!(e.country_codes.contains(&"LA".to_string()));
    assert!(e.regions.contains(&"Southeast Asia".to_string()));
    assert!(e.places.contains(&"Vientiane".to_string()));
    assert!(!e.places.iter().any(|p| p == "Laotian"));
}

#[test]
fn raw_sample_summary_is_verbatim() {
    let doc = reader::from_raw_text(SAMPLE);
    let e = enrich(&doc, 2);
    assert!(!e.summary.is_empty());
    for s in sentences::split(&e.summary) {
        let sent = &e.summary[s.0..s.1];
        assert!(doc.body.contains(sent), "not verbatim: {sent}");
    }
    assert!(
        e.summary
            .starts_with("Secretary of State Antony J. Blinken"),
        "{}",
        e.summary
    );
}

#[test]
fn explanations_name_rule_and_span() {
    let doc = reader::from_raw_text(SAMPLE);
    assert!(enrich(&doc, 2).explain.is_empty(), "only on request");
    let e = Enricher::new(Registry::default(), 2)
        .with_explanations()
        .enrich(&doc);
    let laos: Vec<&Explanation> = e.explain.iter().filter(|x| x.entity == "Laos").collect();
    assert!(
        laos.iter()
            .any(|x| x.span == "Laotian" && x.rule == "place:country:demonym")
    );
    assert!(
        laos.iter()
            .any(|x| x.span == "Vientiane" && x.rule == "place:country:capital")
    );
    let wang = e
        .explain
        .iter()
        .find(|x| x.entity == "Wang Yi" && x.span == "Wang")
        .unwrap();
    assert_eq!(wang.rule, "person:coreference");
}

fn doc(body: &str) -> Document {
    Document {
        title: "Report".into(),
        body: body.into(),
        language: None,
        ..Default::default()
    }
}

#[test]
fn tricky_cases() {
    let e = enrich(
        &doc("Washington said on Monday that the sanctions would stay."),
        1,
    );
    assert_eq!(e.countries, ["United States"]);
    assert!(e.people.is_empty());
    let e = enrich(
        &doc("Jordan Bardella, the National Rally leader, spoke in Paris."),
        1,
    );
    assert_eq!(e.people, ["Jordan Bardella"]);
    assert_eq!(e.countries, ["France"]);
    let e = enrich(&doc("King Abdullah of Jordan met officials in Amman."), 1);
    assert_eq!(e.countries, ["Jordan"]);
    let e = enrich(&doc("Tensions rose in the South China Sea."), 1);
    assert!(e.countries.is_empty(), "{:?}", e.countries);
    assert_eq!(e.places, ["South China Sea"]);
    let e = enrich(
        &doc("Gov. Brian Kemp of Georgia, a Republican, signed the bill."),
        1,
    );
    assert_eq!(e.countries, ["United States"]);
    assert_eq!(e.people, ["Brian Kemp"]);
    let e = enrich(
        &doc("Georgia's ruling party pushed the law through parliament in Tbilisi."),
        1,
    );
    assert_eq!(e.countries, ["Georgia"]);
    let e = enrich(&doc("The fund raised $US40 million."), 1);
    assert!(e.countries.is_empty());
}

#[test]
fn washington_the_government_and_washington_the_name() {
    let e = enrich(
        &doc("Washington imposed new tariffs, and Beijing vowed to respond."),
        1,
    );
    assert_eq!(e.countries, ["United States", "China"]);
    let e = enrich(
        &doc(
            "A portrait of George Washington hung in the hall. Washington was the first president.",
        ),
        1,
    );
    assert_eq!(e.people, ["George Washington"]);
    assert!(e.countries.is_empty(), "{:?}", e.countries);
}

#[test]
fn a_capitalised_particle_of_a_named_person_is_no_place() {
    let e = enrich(
        &doc(
            "It builds on the work of Madeleine van Oppen of the University of Melbourne. \
             Van Oppen, who was not an author, said the next step was hard.",
        ),
        1,
    );
    assert_eq!(e.people, ["Madeleine van Oppen"]);
    assert_eq!(e.countries, ["Australia"]);
    let e = enrich(&doc("Protesters gathered in Van, in eastern Turkey."), 1);
    assert_eq!(e.countries, ["Turkey"]);
}

#[test]
fn jordan_the_person_across_mentions() {
    let e = enrich(
        &doc("Michael Jordan scored 40 points. Jordan later retired."),
        1,
    );
    assert_eq!(e.people, ["Michael Jordan"]);
    assert!(e.countries.is_empty(), "{:?}", e.countries);
}

#[test]
fn datelines_and_nicknames() {
    let e = enrich(
        &doc("BEIRUT — Ismael \"El Mayo\" Zambada spoke. Mr. Zambada left for Damascus."),
        1,
    );
    assert_eq!(e.people, ["Ismael Zambada"]);
    assert_eq!(e.countries, ["Lebanon", "Syria"]);
}

#[test]
fn the_articles_own_authors_are_not_people_of_the_story() {
    let mut d = doc(
        "Carrie Lam spoke on Friday. Alice Wu has been writing about local politics \
         since 2008.",
    );
    assert_eq!(enrich(&d, 1).people, ["Carrie Lam", "Alice Wu"]);
    d.authors = vec!["Alice Wu".into()];
    assert_eq!(enrich(&d, 1).people, ["Carrie Lam"]);
}

#[test]
fn names_in_subheadings_stand_on_the_body() {
    let doc = reader::from_markdown(
        "Books to read this winter",
        "Our picks for long nights.\n\n## 3. Anna Karenina, by Leo Tolstoy\n\nThe new translation makes Tolstoy's Russia feel immediate.\n\n## 7. Daisy Jones & The Six, by Taylor Jenkins Reid\n\nReid based the band loosely on a real one.\n\n## 8. Orbital, by Samantha Harvey\n\nA short novel set in orbit.\n\n## Reaching Riverwood\n\nSoon we made it to Riverwood.",
    );
    let e = enrich(&doc, 1);
    // Tolstoy and Reid are used again in the body; Anna Karenina, Daisy Jones and
    // Samantha Harvey are only in headings.
    assert_eq!(e.people, ["Leo Tolstoy", "Taylor Jenkins Reid"]);
    assert_eq!(e.countries, ["Russia"]);
    assert_eq!(e.summary, "Our picks for long nights.");
}
