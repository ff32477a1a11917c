//! Multi-article briefs: the most central, non-redundant sentences about a region, a
//! person or an edition, taken from its most recent articles, each linked to its article.

use super::summary::{features, rank, redundancy};

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
