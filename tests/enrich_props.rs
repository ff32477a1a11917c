//! Property tests: enrichment never panics, is deterministic, and summaries quote the text.

use newsdesk::enrich::{self, Document, reader, sentences};
use proptest::prelude::*;

/// Text with news-like pieces (names, places, abbreviations, quotes) mixed with noise.
fn newsish() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "Mr.",
        "Ms.",
        "Dr.",
        "U.S.",
        "President",
        "Biden",
        "Wang Yi",
        "Xi",
        "said",
        "in",
        "Vientiane",
        "Laotian",
        "Georgia",
        "Jordan",
        "Washington",
        "the",
        "South China Sea",
        "$US",
        "Hong Kong",
        ".",
        ",",
        "“",
        "”",
        "’s",
        "...",
        "…",
        "\n\n",
        "\n",
        " ",
        "J.",
        "al-",
        "von der",
        "Kim",
        "Gaza",
        "Mr. Wang",
        "Prime Minister",
        "é",
        "ß",
        "日本",
        "🙂",
        "\u{200b}",
        "-",
        "'",
        "?",
        "!",
        "Ö",
        "İ",
        "ﬁ",
    ]);
    prop::collection::vec(
        prop_oneof![pieces.prop_map(String::from), any::<String>()],
        0..60,
    )
    .prop_map(|v| v.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, .. ProptestConfig::default() })]

    #[test]
    fn never_panics_on_arbitrary_unicode(title in any::<String>(), body in any::<String>()) {
        let doc = Document { title, body, language: None, ..Default::default() };
        let _ = enrich::enrich(&doc, 2);
        let _ = reader::from_raw_text(&doc.body);
        let _ = reader::from_markdown(&doc.title, &doc.body);
        let _ = sentences::split(&doc.body);
    }

    #[test]
    fn never_panics_on_news_like_text(title in newsish(), body in newsish()) {
        let _ = enrich::enrich(&Document { title, body, language: None, ..Default::default() }, 3);
    }

    #[test]
    fn deterministic(title in newsish(), body in newsish()) {
        let doc = Document { title, body, language: None, ..Default::default() };
        prop_assert_eq!(enrich::enrich(&doc, 2), enrich::enrich(&doc, 2));
    }

    #[test]
    fn summary_sentences_occur_verbatim(body in newsish(), n in 1usize..4) {
        let doc = Document { title: "T".into(), body, language: None, ..Default::default() };
        let e = enrich::enrich(&doc, n);
        // The summary is whole body sentences joined by single spaces, in text order.
        let sents: Vec<&str> = sentences::split(&doc.body)
            .into_iter()
            .map(|(s, e)| &doc.body[s..e])
            .collect();
        prop_assert!(
            joins_sentences(&e.summary, &sents, 0),
            "summary is not body sentences in order: {:?} from {:?}",
            e.summary,
            sents
        );
    }

    #[test]
    fn sentence_spans_are_in_bounds_and_ordered(text in newsish()) {
        let spans = sentences::split(&text);
        let mut last = 0;
        for (s, e) in spans {
            prop_assert!(s >= last && s < e && e <= text.len());
            prop_assert!(text.is_char_boundary(s) && text.is_char_boundary(e));
            last = e;
        }
    }
}

/// Is `text` some of `sents[from..]`, in order, joined by single spaces (or nothing after a
/// full-width end mark such as 。)? Backtracks, since a sentence may be a prefix of a later
/// one ("Washington" and "Washington Mr. Lee …").
fn joins_sentences(text: &str, sents: &[&str], from: usize) -> bool {
    text.is_empty()
        || (from..sents.len()).any(|k| {
            text.strip_prefix(sents[k]).is_some_and(|rest| {
                let spaceless = sents[k].ends_with(['。', '！', '？', '」', '』']);
                match rest.strip_prefix(' ') {
                    _ if rest.is_empty() => true,
                    Some(more) if !spaceless => joins_sentences(more, sents, k + 1),
                    None if spaceless => joins_sentences(rest, sents, k + 1),
                    _ => false,
                }
            })
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 150, .. ProptestConfig::default() })]

    /// Any script, mixed languages, code-heavy text: no panic, and people only when the
    /// language's rules find evidence (never from capitals alone in a language without cues).
    #[test]
    fn any_script_or_language_never_panics_and_summaries_stay_verbatim(
        parts in proptest::collection::vec(prop_oneof![
            Just("政府周二宣布提高税收。"), Just("東京で地震があった！"), Just("أعلنت الحكومة القرار؟ "),
            Just("Die Regierung Am Dienstag Aber Sie. "), Just("Президент Владимир Путин заявил. "),
            Just("fn main() { let X = Y::new(); } "), Just("¿Qué pasó? "), Just("\u{200B}\u{FEFF}"),
            Just("Ad Feedback Magic Mouse. "), Just("\n\n"), Just(" "),
        ], 0..14),
        lang in prop_oneof![Just(None), Just(Some("zh")), Just(Some("de")), Just(Some("ar")), Just(Some("xx"))],
    ) {
        let body: String = parts.concat();
        let doc = Document { title: "T".into(), body, language: lang.map(str::to_string), ..Default::default() };
        let e = enrich::enrich(&doc, 2);
        prop_assert!(!e.people.iter().any(|p| p.contains("Dienstag") || p.contains("Aber") || p == "Ad Feedback" || p == "Magic Mouse"), "{:?}", e.people);
        let sents: Vec<&str> = sentences::split(&doc.body)
            .into_iter()
            .map(|(s, e)| &doc.body[s..e])
            .collect();
        prop_assert!(joins_sentences(&e.summary, &sents, 0), "{:?} from {:?}", e.summary, sents);
    }
}

#[test]
fn a_sentence_that_prefixes_a_later_one_is_not_mistaken_for_it() {
    // Found by proptest: the summary is the second sentence, which starts with the first.
    let body = "Washington \n\n Washington Mr. Mr. \u{11D00}:\u{0BD0} Mr.".to_string();
    let doc = Document {
        title: "T".into(),
        body,
        language: None,
        ..Default::default()
    };
    let e = enrich::enrich(&doc, 1);
    let sents: Vec<&str> = sentences::split(&doc.body)
        .into_iter()
        .map(|(s, e)| &doc.body[s..e])
        .collect();
    assert!(!e.summary.is_empty());
    assert!(joins_sentences(&e.summary, &sents, 0), "{:?}", e.summary);
}
