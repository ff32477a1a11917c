//! Site-wide canonical person names: the registry's name where it has one, otherwise the
//! fullest spelling seen anywhere on the site, so "Biden" in one article and "Joe Biden"
//! in another share one person page. Deterministic whatever the article order.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use super::lexicon::{SUFFIXES, is_initial};
use super::registry::{self, Registry};

/// The words that identify a name: no initials or suffixes, case- and accent-folded.
fn core(name: &str) -> Vec<String> {
    name.split_whitespace()
        .filter(|w| !is_initial(w) && !SUFFIXES.contains(w))
        .map(registry::key)
        .filter(|w| !w.is_empty())
        .collect()
}

fn is_subsequence(short: &[String], long: &[String]) -> bool {
    let mut it = long.iter();
    short.iter().all(|w| it.any(|x| x == w))
}

/// Which of two spellings is fuller: more words, then longer, then alphabetical.
fn fuller<'a>(a: &'a str, b: &'a str) -> &'a str {
    let key = |s: &str| (s.split_whitespace().count(), s.len());
    match key(a).cmp(&key(b)) {
        std::cmp::Ordering::Greater => a,
        std::cmp::Ordering::Less => b,
        std::cmp::Ordering::Equal => a.min(b),
    }
}

/// Maps every name in `names` to its canonical form.
pub fn canonical_names<'a, I>(names: I, registry: &Registry) -> HashMap<String, String>
where
    I: IntoIterator<Item = &'a str>,
{
    let all: BTreeSet<&str> = names
        .into_iter()
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .collect();
    let mut out: HashMap<String, String> = HashMap::new();
    // Groups of identical core words, each with its fullest spelling.
    let mut groups: BTreeMap<Vec<String>, String> = BTreeMap::new();
    for &n in &all {
        if let Some(e) = registry.person(n) {
            out.insert(n.to_string(), e.name.clone());
            continue;
        }
        let c = core(n);
        if c.is_empty() {
            out.insert(n.to_string(), n.to_string());
            continue;
        }
        let best = match groups.get(&c) {
            Some(prev) => fuller(prev, n).to_string(),
            None => n.to_string(),
        };
        groups.insert(c, best);
    }
    // Shorter forms fold into a unique longer form ending alike: "Biden" → "Joe Biden",
    // "Lula da Silva" → "Luiz Inácio Lula da Silva". Registry names are targets too.
    let mut targets: Vec<(Vec<String>, String)> =
        groups.iter().map(|(c, n)| (c.clone(), n.clone())).collect();
    for e in &registry.people {
        targets.push((core(&e.name), e.name.clone()));
    }
    let mut resolved: BTreeMap<Vec<String>, String> = BTreeMap::new();
    for (c, n) in &groups {
        let longer: BTreeSet<&String> = targets
            .iter()
            .filter(|(tc, _)| tc.len() > c.len() && tc.last() == c.last() && is_subsequence(c, tc))
            .map(|(_, tn)| tn)
            .collect();
        let target = if longer.len() == 1 {
            (*longer.iter().next().expect("one")).clone()
        } else {
            n.clone()
        };
        resolved.insert(c.clone(), target);
    }
    for &n in &all {
        if out.contains_key(n) {
            continue;
        }
        let c = core(n);
        let mut target = resolved.get(&c).cloned().unwrap_or_else(|| n.to_string());
        // A fold may land on a name that itself folds further (chains are short).
        for _ in 0..3 {
            match resolved.get(&core(&target)) {
                Some(t) if *t != target => target = t.clone(),
                _ => break,
            }
        }
        if let Some(e) = registry.person(&target) {
            target = e.name.clone();
        }
        out.insert(n.to_string(), target);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fullest_name_wins_and_single_words_fold() {
        let names = [
            "Biden",
            "Joe Biden",
            "Antony Blinken",
            "Antony J. Blinken",
            "Lula da Silva",
            "Luiz Inácio Lula da Silva",
            "Harris",
            "Kamala Harris",
            "Harris Brown",
            "Wang Yi",
        ];
        let m = canonical_names(names.iter().copied(), &Registry::default());
        assert_eq!(m["Biden"], "Joe Biden");
        assert_eq!(m["Antony Blinken"], "Antony J. Blinken");
        assert_eq!(m["Antony J. Blinken"], "Antony J. Blinken");
        assert_eq!(m["Lula da Silva"], "Luiz Inácio Lula da Silva");
        assert_eq!(
            m["Harris"], "Kamala Harris",
            "Harris Brown ends differently"
        );
        assert_eq!(m["Wang Yi"], "Wang Yi");
    }

    #[test]
    fn ambiguous_single_words_stay() {
        let m = canonical_names(["Kim", "Kim Jong Un", "Kim Yo Jong"], &Registry::default());
        assert_eq!(m["Kim"], "Kim");
    }

    #[test]
    fn registry_names_win() {
        let mut r = Registry::default();
        r.add_people(
            "people:\n  - name: Joe Biden\n    aliases: [Joseph R. Biden Jr.]\n",
            std::path::Path::new("data/people.yaml"),
        )
        .unwrap();
        let m = canonical_names(["Biden", "Joseph R. Biden Jr."], &r);
        assert_eq!(m["Biden"], "Joe Biden");
        assert_eq!(m["Joseph R. Biden Jr."], "Joe Biden");
    }

    #[test]
    fn order_does_not_matter() {
        let a = canonical_names(["Joe Biden", "Biden", "Joseph Biden"], &Registry::default());
        let b = canonical_names(["Joseph Biden", "Biden", "Joe Biden"], &Registry::default());
        assert_eq!(a, b);
    }
}
