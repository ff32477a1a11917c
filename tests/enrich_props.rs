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
        let doc = Document { title, body };
        let _ = enrich::enrich(&doc, 2);
        let _ = reader::from_raw_text(&doc.body);
        let _ = reader::from_markdown(&doc.title, &doc.body);
        let _ = sentences::split(&doc.body);
    }

    #[test]
    fn never_panics_on_news_like_text(title in newsish(), body in newsish()) {
        let _ = enrich::enrich(&Document { title, body }, 3);
    }

    #[test]
    fn deterministic(title in newsish(), body in newsish()) {
        let doc = Document { title, body };
        prop_assert_eq!(enrich::enrich(&doc, 2), enrich::enrich(&doc, 2));
    }

    #[test]
    fn summary_sentences_occur_verbatim(body in newsish(), n in 1usize..4) {
        let doc = Document { title: "T".into(), body };
        let e = enrich::enrich(&doc, n);
        // The summary is whole body sentences joined by single spaces, in text order.
        let sents: Vec<&str> = sentences::split(&doc.body)
            .into_iter()
            .map(|(s, e)| &doc.body[s..e])
            .collect();
        let mut rest = e.summary.as_str();
        let mut from = 0;
        while !rest.is_empty() {
            let k = (from..sents.len()).find(|&k| rest.starts_with(sents[k]));
            prop_assert!(k.is_some(), "summary part not a body sentence: {:?}", rest);
            let k = k.unwrap();
            prop_assert!(doc.body.contains(sents[k]));
            rest = rest[sents[k].len()..].strip_prefix(' ').unwrap_or(&rest[sents[k].len()..]);
            from = k + 1;
        }
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
