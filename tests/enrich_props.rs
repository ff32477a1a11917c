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
        let doc = Document { title, body, language: None };
        let _ = enrich::enrich(&doc, 2);
        let _ = reader::from_raw_text(&doc.body);
        let _ = reader::from_markdown(&doc.title, &doc.body);
        let _ = sentences::split(&doc.body);
    }

    #[test]
    fn never_panics_on_news_like_text(title in newsish(), body in newsish()) {
        let _ = enrich::enrich(&Document { title, body, language: None }, 3);
    }

    #[test]
    fn deterministic(title in newsish(), body in newsish()) {
        let doc = Document { title, body, language: None };
        prop_assert_eq!(enrich::enrich(&doc, 2), enrich::enrich(&doc, 2));
    }

    #[test]
    fn summary_sentences_occur_verbatim(body in newsish(), n in 1usize..4) {
        let doc = Document { title: "T".into(), body, language: None };
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

/// Is `text` some of `sents[from..]`, in order, joined by single spaces? Backtracks, since a
/// sentence may be a prefix of a later one ("Washington" and "Washington Mr. Lee …").
fn joins_sentences(text: &str, sents: &[&str], from: usize) -> bool {
    text.is_empty()
        || (from..sents.len()).any(|k| {
            text.strip_prefix(sents[k])
                .is_some_and(|rest| match rest.strip_prefix(' ') {
                    Some(more) => joins_sentences(more, sents, k + 1),
                    None => rest.is_empty(),
                })
        })
}

#[test]
fn a_sentence_that_prefixes_a_later_one_is_not_mistaken_for_it() {
    // Found by proptest: the summary is the second sentence, which starts with the first.
    let body = "Washington \n\n Washington Mr. Mr. \u{11D00}:\u{0BD0} Mr.".to_string();
    let doc = Document {
        title: "T".into(),
        body,
        language: None,
    };
    let e = enrich::enrich(&doc, 1);
    let sents: Vec<&str> = sentences::split(&doc.body)
        .into_iter()
        .map(|(s, e)| &doc.body[s..e])
        .collect();
    assert!(!e.summary.is_empty());
    assert!(joins_sentences(&e.summary, &sents, 0), "{:?}", e.summary);
}
