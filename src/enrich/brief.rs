//! Multi-article briefs: the most central, non-redundant sentences about a region, a
//! person or an edition, taken from its most recent articles, each linked to its article.

use super::kept_text::Text;
use super::summary::{features, rank, redundancy};

/// One line of a brief.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct BriefItem {
    /// The article it comes from.
    pub article: usize,
    /// The sentence, verbatim.
    pub text: String,
}

/// What a brief is about.
#[derive(Debug, Clone, Copy)]
pub enum Focus<'a> {
    /// Everything its articles are about (regions, editions): their summaries.
    Summaries,
    /// A person: sentences naming them (by any of these words), else summaries.
    Person(&'a [String]),
}

/// Articles considered for a brief: the most recent ones.
pub const RECENT: usize = 8;

/// Builds a brief of up to `n` sentences from `articles` (newest first), using each
/// article's kept sentences.
pub fn brief(
    articles: &[usize],
    texts: &[std::sync::Arc<Text>],
    focus: Focus<'_>,
    n: usize,
) -> Vec<BriefItem> {
    let mut offers: Vec<Offer<'_>> = Vec::new();
    for (recency, &a) in articles.iter().take(RECENT).enumerate() {
        let t = texts[a].get();
        let mut mine: Vec<&str> = Vec::new();
        if let Focus::Person(words) = focus {
            mine.extend(
                t.sentences
                    .iter()
                    .filter(|s| words.iter().any(|w| has_word(s, w)))
                    .map(String::as_str)
                    .take(4),
            );
        }
        if mine.is_empty() {
            mine.extend(t.summary.iter().map(String::as_str));
        }
        for (position, text) in mine.into_iter().enumerate() {
            offers.push(Offer {
                article: a,
                text,
                recency,
                position,
            });
        }
    }
    pick(&offers, n)
        .into_iter()
        .map(|i| BriefItem {
            article: offers[i].article,
            text: offers[i].text.to_string(),
        })
        .collect()
}

fn has_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(i, _)| {
        let before = text[..i].chars().next_back();
        let after = text[i + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// A sentence offered to a brief.
#[derive(Debug, Clone, Copy)]
pub struct Offer<'a> {
    /// The article it comes from (any id the caller uses).
    pub article: usize,
    /// The sentence, verbatim.
    pub text: &'a str,
    /// 0 for the newest article, 1 for the next, …
    pub recency: usize,
    /// 0 for the article's most important sentence (its summary's first), 1 for the next, …
    pub position: usize,
}

/// Picks up to `n` offers (indexes into `offers`): central across articles, at most one
/// per article, none repeating another; returned newest article first.
pub fn pick(offers: &[Offer<'_>], n: usize) -> Vec<usize> {
    if offers.is_empty() || n == 0 {
        return Vec::new();
    }
    let feats: Vec<Vec<u64>> = offers.iter().map(|o| features(o.text)).collect();
    let prior: Vec<f32> = offers
        .iter()
        .map(|o| 1.0 / ((1.0 + o.recency as f32) * (1.0 + o.position as f32)))
        .collect();
    let scores = rank(&feats, &prior);
    let mut order: Vec<usize> = (0..offers.len()).filter(|&i| feats[i].len() >= 3).collect();
    order.sort_by(|&a, &b| {
        scores[b]
            .total_cmp(&scores[a])
            .then(offers[a].recency.cmp(&offers[b].recency))
            .then(a.cmp(&b))
    });
    let mut chosen: Vec<usize> = Vec::new();
    for i in order {
        if chosen.len() == n {
            break;
        }
        let fresh = chosen.iter().all(|&c| {
            offers[c].article != offers[i].article && redundancy(&feats[c], &feats[i]) < 0.5
        });
        if fresh {
            chosen.push(i);
        }
    }
    chosen.sort_by_key(|&i| (offers[i].recency, offers[i].position));
    chosen
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::enrich::derive::ArticleText;

    #[test]
    fn person_briefs_prefer_sentences_naming_them() {
        let texts = vec![
            ArticleText {
                sentences: vec![
                    "Markets rallied across the region on Monday afternoon.".into(),
                    "Ms. Okafor said the central bank would act on prices soon.".into(),
                ],
                summary: vec!["Markets rallied across the region on Monday afternoon.".into()],
            },
            ArticleText {
                sentences: vec!["Rain fell on the capital for a third straight day.".into()],
                summary: vec!["Rain fell on the capital for a third straight day.".into()],
            },
        ];
        let texts: Vec<std::sync::Arc<Text>> = texts
            .into_iter()
            .map(|t| std::sync::Arc::new(Text::new(t)))
            .collect();
        let words = vec!["Okafor".to_string()];
        let b = brief(&[0, 1], &texts, Focus::Person(&words), 3);
        assert_eq!(b[0].article, 0);
        assert!(b[0].text.contains("Okafor"));
        let s = brief(&[1, 0], &texts, Focus::Summaries, 3);
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].article, 1, "newest first");
    }

    #[test]
    fn one_sentence_per_article_no_repeats_newest_first() {
        let offers = [
            Offer {
                article: 7,
                text: "Floods in the north killed dozens of people on Monday.",
                recency: 1,
                position: 0,
            },
            Offer {
                article: 7,
                text: "Rescue teams reached the flooded villages in the north.",
                recency: 1,
                position: 1,
            },
            Offer {
                article: 3,
                text: "Floods in the north killed dozens of people on Monday, officials said.",
                recency: 0,
                position: 0,
            },
            Offer {
                article: 5,
                text: "The government promised aid for villages hit by floods in the north.",
                recency: 2,
                position: 0,
            },
        ];
        let picked = pick(&offers, 3);
        let articles: Vec<usize> = picked.iter().map(|&i| offers[i].article).collect();
        assert!(articles.len() >= 2);
        let mut unique = articles.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), articles.len(), "one per article");
        // The two near-identical lead sentences never both appear.
        assert!(!(picked.contains(&0) && picked.contains(&2)));
        let rec: Vec<usize> = picked.iter().map(|&i| offers[i].recency).collect();
        assert!(rec.windows(2).all(|w| w[0] <= w[1]), "newest first");
        assert!(pick(&[], 3).is_empty());
    }
}
