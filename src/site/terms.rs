//! Flat indexes: people, tags and sources, each term listing its articles newest first.

use rustc_hash::FxHashMap as HashMap;

use crate::slug::slugify;

/// One person, tag or source.
#[derive(Debug, Clone)]
pub struct Term {
    /// The display name (the first spelling seen in date order).
    pub name: String,
    /// Its URL slug, unique within its index.
    pub slug: String,
    /// Indexes into `Site::articles`, newest first.
    pub articles: Vec<usize>,
}

/// The flat indexes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TermKind {
    /// `/people/`.
    People,
    /// `/tags/`.
    Tags,
    /// `/sources/`.
    Sources,
}

impl TermKind {
    /// All three, in page order.
    pub const ALL: [TermKind; 3] = [TermKind::People, TermKind::Tags, TermKind::Sources];

    /// The folder of its pages (`people`), also the index's name.
    pub fn dir(self) -> &'static str {
        match self {
            TermKind::People => "people",
            TermKind::Tags => "tags",
            TermKind::Sources => "sources",
        }
    }

    /// One term of it (`person`), as templates name it.
    pub fn singular(self) -> &'static str {
        match self {
            TermKind::People => "person",
            TermKind::Tags => "tag",
            TermKind::Sources => "source",
        }
    }

    /// The terms of this index.
    pub fn terms(self, site: &super::Site) -> &[Term] {
        match self {
            TermKind::People => &site.people,
            TermKind::Tags => &site.tags,
            TermKind::Sources => &site.sources,
        }
    }
}

/// Builds an index from each article's names; names that share a slug share a term.
/// Returns the terms (sorted by slug) and, per article, the term indexes it belongs to.
pub fn index<'a, F, I>(count: usize, names_of: F) -> (Vec<Term>, Vec<Vec<usize>>)
where
    F: Fn(usize) -> I,
    I: IntoIterator<Item = &'a str>,
{
    index_with(count, names_of, slugify)
}

/// Like [`index`], with the slug of each name chosen by `slug_of` (e.g. a curator's pinned slug).
pub fn index_with<'a, F, I, S>(
    count: usize,
    names_of: F,
    slug_of: S,
) -> (Vec<Term>, Vec<Vec<usize>>)
where
    F: Fn(usize) -> I,
    I: IntoIterator<Item = &'a str>,
    S: Fn(&str) -> String,
{
    let mut by_slug: HashMap<String, usize> = HashMap::default();
    // The same spellings recur across thousands of articles: slugify each only once.
    let mut by_name: HashMap<&'a str, usize> = HashMap::default();
    let mut terms: Vec<Term> = Vec::new();
    let mut per_article: Vec<Vec<usize>> = Vec::with_capacity(count);
    for i in 0..count {
        let mut mine = Vec::new();
        for name in names_of(i) {
            let name = name.trim();
            if name.is_empty() {
                continue;
            }
            let t = match by_name.get(name) {
                Some(&t) => t,
                None => {
                    let slug = slug_of(name);
                    let t = *by_slug.entry(slug.clone()).or_insert_with(|| {
                        terms.push(Term {
                            name: name.to_string(),
                            slug,
                            articles: Vec::new(),
                        });
                        terms.len() - 1
                    });
                    by_name.insert(name, t);
                    t
                }
            };
            if !mine.contains(&t) {
                mine.push(t);
                terms[t].articles.push(i);
            }
        }
        per_article.push(mine);
    }
    // Stable order by slug, remapping the per-article indexes.
    let mut order: Vec<usize> = (0..terms.len()).collect();
    order.sort_by(|&a, &b| terms[a].slug.cmp(&terms[b].slug));
    let mut new_index = vec![0; terms.len()];
    for (new, &old) in order.iter().enumerate() {
        new_index[old] = new;
    }
    let mut sorted: Vec<Option<Term>> = terms.into_iter().map(Some).collect();
    let terms: Vec<Term> = order
        .iter()
        .map(|&old| sorted[old].take().expect("each term once"))
        .collect();
    for mine in &mut per_article {
        for t in mine.iter_mut() {
            *t = new_index[*t];
        }
    }
    (terms, per_article)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn merges_spellings_and_sorts() {
        let names = [
            vec!["José Pérez", "Ann"],
            vec!["Jose Perez"],
            vec![" ", "Ann", "Ann"],
        ];
        let (terms, per) = index(3, |i| names[i].iter().copied());
        assert_eq!(terms.len(), 2);
        assert_eq!(terms[0].slug, "ann");
        assert_eq!(terms[0].articles, vec![0, 2]);
        assert_eq!(terms[1].name, "José Pérez");
        assert_eq!(terms[1].articles, vec![0, 1]);
        assert_eq!(per, vec![vec![1, 0], vec![1], vec![0]]);
    }
}
