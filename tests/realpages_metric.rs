//! The measures of the real-pages benchmark (`benches/realpages.rs`) on small inputs whose
//! scores can be worked out by hand.

#[allow(dead_code)]
#[path = "../benches/realpages/metric.rs"]
mod metric;

use metric::{day_of, found_in, norm_title, plain_paragraphs, prf, text_paragraphs, tokens};

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

#[test]
fn identical_texts_score_one_and_disjoint_texts_zero() {
    let t = "The quick brown fox jumps over the lazy dog";
    assert_eq!(prf(t, t), (1.0, 1.0, 1.0));
    let (p, r, f) = prf(
        t,
        "Completely different words appear in this other sentence",
    );
    assert_eq!((p, r, f), (0.0, 0.0, 0.0));
}

#[test]
fn shingles_count_overlap_of_four_token_windows() {
    // want: a b c d e f (3 shingles); got: a b c d x (2 shingles, one shared).
    let (p, r, f) = prf("a b c d e f", "a b c d x");
    assert!(close(p, 0.5), "precision {p}");
    assert!(close(r, 1.0 / 3.0), "recall {r}");
    assert!(close(f, 0.4), "f1 {f}");
}

#[test]
fn repeated_text_is_counted_as_often_as_it_occurs() {
    // The extraction repeats the article: precision halves, recall stays whole.
    let t = "one two three four five";
    let (p, r, _) = prf(t, &format!("{t}\n\n{t}"));
    assert!(r > 0.99 && p < 0.7, "p {p} r {r}");
}

#[test]
fn an_empty_extraction_scores_zero_against_text() {
    assert_eq!(prf("some words of an article", ""), (0.0, 0.0, 0.0));
}

#[test]
fn tokens_are_lowercase_words_and_single_cjk_characters() {
    assert_eq!(tokens("Hello, World! 3.6"), ["hello", "world", "3", "6"]);
    assert_eq!(
        tokens("上海港与新加坡"),
        ["上", "海", "港", "与", "新", "加", "坡"]
    );
    assert_eq!(tokens("札幌市の佐藤"), ["札", "幌", "市", "の", "佐", "藤"]);
    assert_eq!(tokens("Straße ÄRGER"), ["straße", "ärger"]);
}

#[test]
fn invisible_characters_do_not_split_words() {
    assert_eq!(tokens("can\u{ad}di\u{ad}da\u{ad}ture"), ["candidature"]);
    assert_eq!(tokens("zero\u{200b}width"), ["zerowidth"]);
}

#[test]
fn combining_marks_stay_in_their_word() {
    // Arabic with a shadda and Hindi with a vowel sign are one token each.
    assert_eq!(tokens("محمّد").len(), 1);
    assert_eq!(tokens("हिंदी").len(), 1);
}

#[test]
fn markdown_keeps_link_text_and_drops_targets_and_images() {
    let md = "# Heading\n\nSee [the report](https://example.com/r) now.\n\n![a chart](c.png)\n\n- one\n- two\n\n| a | b |\n|---|---|\n| 1 | 2 |\n";
    let paras = plain_paragraphs(md);
    assert_eq!(paras[0], "Heading");
    assert_eq!(paras[1], "See the report now.");
    assert!(
        paras
            .iter()
            .all(|p| !p.contains("example.com") && !p.contains("chart"))
    );
    assert!(paras.contains(&"one".to_string()) && paras.contains(&"two".to_string()));
    assert!(paras.iter().any(|p| p.contains('1') && p.contains('2')));
}

#[test]
fn expected_text_splits_on_blank_lines() {
    assert_eq!(
        text_paragraphs("First  line\ncontinues.\n\n\nSecond.\n"),
        ["First line continues.", "Second."]
    );
}

#[test]
fn titles_compare_after_quote_dash_and_space_normalisation() {
    assert_eq!(
        norm_title("Android Ransomware Spreads Via \u{2018}Sex Game\u{2019}  Links"),
        norm_title("Android Ransomware Spreads Via 'Sex Game' Links")
    );
    assert_eq!(norm_title("A \u{2013} B"), norm_title("A - B"));
    assert_ne!(norm_title("Title | Site"), norm_title("Title"));
}

#[test]
fn dates_are_read_as_the_day_they_state() {
    assert_eq!(
        day_of("2019-06-19T14:29:08Z").as_deref(),
        Some("2019-06-19")
    );
    // The day in the page's own offset, not shifted to UTC.
    assert_eq!(
        day_of("2023-01-16T23:30:00-08:00").as_deref(),
        Some("2023-01-16")
    );
    assert_eq!(
        day_of("Thu, 28 Jul 2011 10:00:00 +0200").as_deref(),
        Some("2011-07-28")
    );
    assert_eq!(day_of("not a date"), None);
}

#[test]
fn a_heading_is_found_verbatim_and_a_paraphrase_is_not() {
    let text = "Intro words here.\n\nWas so alles in eine Tasche passt\n\nMore body text follows.";
    assert!(found_in("Was so alles in eine Tasche passt", text));
    assert!(!found_in("Ganz andere Worte stehen hier", text));
}

#[test]
fn relative_links_and_images_are_reported_and_absolute_ones_are_not() {
    let md = "[a](/about/programs/) [b](https://example.org/x) [c](#notes) \
              [d](mailto:x@example.org) ![e](/wp-content/uploads/p.png) [f](../wiki/Data_mining)";
    assert_eq!(
        metric::unresolved_links(md),
        [
            "/about/programs/",
            "/wp-content/uploads/p.png",
            "../wiki/Data_mining"
        ]
    );
}
