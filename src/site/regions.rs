//! The region tree (world region → subregion → country) restricted to nodes with articles.

use rustc_hash::FxHashMap as HashMap;

use crate::geo::{self, GeoRef};
use crate::i18n::Interface;
use crate::slug::slugify;

/// The level of a node in the region tree.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RegionKind {
    /// Africa, Asia, …
    World,
    /// Southeast Asia, …
    Subregion,
    /// Laos, …
    Country,
    /// Vientiane, … (below its country)
    City,
}

impl RegionKind {
    /// The name templates see.
    pub fn as_str(self) -> &'static str {
        match self {
            RegionKind::World => "world",
            RegionKind::Subregion => "subregion",
            RegionKind::Country => "country",
            RegionKind::City => "city",
        }
    }
}

/// A node of the tree that has at least one article.
#[derive(Debug, Clone)]
pub struct RegionNode {
    /// Display name.
    pub name: String,
    /// URL slug.
    pub slug: String,
    /// Level.
    pub kind: RegionKind,
    /// A country's ISO 3166-1 code ("CN"); empty for other nodes. The name may be localised,
    /// the code never is: the map and anything keyed by country use it.
    pub code: String,
    /// Parent node, if any.
    pub parent: Option<usize>,
    /// Child nodes, by name.
    pub children: Vec<usize>,
    /// Articles (newest first) about this node or anything below it.
    pub articles: Vec<usize>,
}

/// The region index of a site.
#[derive(Debug, Clone, Default)]
pub struct RegionTree {
    /// All nodes, sorted by slug.
    pub nodes: Vec<RegionNode>,
    /// World-region nodes, by name.
    pub roots: Vec<usize>,
    /// Per article: the country nodes it covers (in front matter order).
    pub countries: Vec<Vec<usize>>,
    /// Per article: its places as written, with the node each resolved to.
    pub places: Vec<Vec<(String, Option<usize>)>>,
    /// Per article: the world region it is filed under in editions (its first place's).
    pub primary_world: Vec<Option<usize>>,
}

impl RegionTree {
    /// Names every place as `interface`'s language does: a `place-<slug>` message of the
    /// site's translations first, then the CLDR name, else the English one, and orders
    /// regions' lists by the names shown. Slugs, and so URLs, stay as they are.
    pub fn localise(&mut self, interface: &Interface) {
        let lang = interface.language();
        let local = |english: &str, slug: &str| -> Option<String> {
            interface
                .try_text(&format!("place-{slug}"), &[])
                .or_else(|| geo::i18n::display_name(english, lang).map(str::to_string))
        };
        let mut renamed: std::collections::HashMap<String, String> = Default::default();
        for node in &mut self.nodes {
            if let Some(name) = local(&node.name, &node.slug) {
                renamed.insert(std::mem::replace(&mut node.name, name.clone()), name);
            }
        }
        // Lists of regions read in the order of the names shown, as the language sorts them.
        let names: Vec<String> = self.nodes.iter().map(|n| n.name.clone()).collect();
        let order = crate::i18n::locale::collation(lang);
        let by_name = |list: &mut Vec<usize>| list.sort_by(|&a, &b| order(&names[a], &names[b]));
        for node in &mut self.nodes {
            by_name(&mut node.children);
        }
        by_name(&mut self.roots);
        for places in &mut self.places {
            for (name, node) in places.iter_mut() {
                // The node's own new name when the place is written as the node is named.
                let shown = node.and(renamed.get(name.as_str()).cloned());
                if let Some(local) =
                    shown.or_else(|| geo::i18n::display_name(name, lang).map(str::to_string))
                {
                    *name = local;
                }
            }
        }
    }
}

/// Resolves every article's places through the gazetteer and builds the tree.
pub fn build<'a, F, I>(count: usize, places_of: F) -> RegionTree
where
    F: Fn(usize) -> I,
    I: IntoIterator<Item = &'a str>,
{
    build_with(geo::gazetteer(), count, places_of)
}

/// Like [`build`], with a given gazetteer (a site's `data/regions.yaml` overrides).
pub fn build_with<'a, F, I>(gaz: &geo::Gazetteer, count: usize, places_of: F) -> RegionTree
where
    F: Fn(usize) -> I,
    I: IntoIterator<Item = &'a str>,
{
    let mut node_of: HashMap<GeoRef, usize> = HashMap::default();
    let mut refs: Vec<GeoRef> = Vec::new();
    let mut tree = RegionTree::default();
    let mut node_articles: Vec<Vec<usize>> = Vec::new();
    let mut resolved_places: Vec<Vec<(String, Option<GeoRef>)>> = Vec::with_capacity(count);
    let mut primary: Vec<Option<GeoRef>> = Vec::with_capacity(count);
    // An archive names a few hundred places thousands of times: resolve each name once.
    let mut resolved: HashMap<String, (Option<GeoRef>, Vec<GeoRef>)> = HashMap::default();
    let mut resolve = |place: &str| -> (Option<GeoRef>, Vec<GeoRef>) {
        if let Some(r) = resolved.get(place) {
            return r.clone();
        }
        let mut found = gaz.lookup(place);
        // A city gets its own node below its country ("Vientiane" under Laos).
        if let (Some(GeoRef::Country(c)), Some(city)) = (found, gaz.lookup_city(place))
            && gaz.places()[city].countries.first() == Some(&c)
        {
            found = Some(GeoRef::City(city));
        }
        let chain = found.map(|r| gaz.ancestors(r)).unwrap_or_default();
        resolved.insert(place.to_string(), (found, chain.clone()));
        (found, chain)
    };
    let mut country_of: Vec<Vec<GeoRef>> = Vec::with_capacity(count);
    for i in 0..count {
        let mut mine: Vec<(String, Option<GeoRef>)> = Vec::new();
        let mut first_world = None;
        let mut countries = Vec::new();
        for place in places_of(i) {
            let place = place.trim();
            if place.is_empty() {
                continue;
            }
            let (found, chain) = resolve(place);
            mine.push((place.to_string(), found));
            if found.is_none() {
                continue;
            }
            if let Some(&c) = chain.iter().find(|a| matches!(a, GeoRef::Country(_)))
                && !countries.contains(&c)
            {
                countries.push(c);
            }
            for &anc in &chain {
                let n = *node_of.entry(anc).or_insert_with(|| {
                    refs.push(anc);
                    node_articles.push(Vec::new());
                    refs.len() - 1
                });
                if node_articles[n].last() != Some(&i) {
                    node_articles[n].push(i);
                }
            }
            if first_world.is_none() {
                first_world = chain.last().copied();
            }
        }
        country_of.push(countries);
        resolved_places.push(mine);
        primary.push(first_world);
    }
    // Sort nodes by slug for stable output, then wire parents and children.
    let mut order: Vec<usize> = (0..refs.len()).collect();
    let slugs: Vec<String> = refs.iter().map(|r| slugify(gaz.name(*r))).collect();
    order.sort_by(|&a, &b| slugs[a].cmp(&slugs[b]));
    let mut index_of: HashMap<GeoRef, usize> = HashMap::default();
    for (new, &old) in order.iter().enumerate() {
        index_of.insert(refs[old], new);
    }
    for &old in &order {
        let r = refs[old];
        let chain = gaz.ancestors(r);
        let kind = match (r, chain.len()) {
            (GeoRef::Country(_), _) => RegionKind::Country,
            (GeoRef::City(_), _) => RegionKind::City,
            (GeoRef::Region(_), 1) => RegionKind::World,
            _ => RegionKind::Subregion,
        };
        let code = match r {
            GeoRef::Country(c) => gaz.countries()[c].code.to_string(),
            _ => String::new(),
        };
        tree.nodes.push(RegionNode {
            name: gaz.name(r).to_string(),
            slug: slugs[old].clone(),
            kind,
            code,
            parent: chain.get(1).and_then(|p| index_of.get(p).copied()),
            children: Vec::new(),
            articles: std::mem::take(&mut node_articles[old]),
        });
    }
    for n in 0..tree.nodes.len() {
        match tree.nodes[n].parent {
            Some(p) => tree.nodes[p].children.push(n),
            None => tree.roots.push(n),
        }
    }
    // Children and roots by name (slug order equals name order for these ASCII names).
    tree.countries = country_of
        .into_iter()
        .map(|list| list.into_iter().map(|c| index_of[&c]).collect())
        .collect();
    tree.places = resolved_places
        .into_iter()
        .map(|places| {
            places
                .into_iter()
                .map(|(name, r)| (name, r.map(|r| index_of[&r])))
                .collect()
        })
        .collect();
    tree.primary_world = primary
        .into_iter()
        .map(|r| r.map(|r| index_of[&r]))
        .collect();
    tree
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names_of(tree: &RegionTree, list: &[usize]) -> Vec<String> {
        list.iter().map(|&n| tree.nodes[n].name.clone()).collect()
    }

    #[test]
    fn localised_regions_are_listed_in_the_order_of_their_shown_names() {
        let places = [
            vec!["Austria"],
            vec!["Egypt"],
            vec!["Algeria"],
            vec!["Japan"],
        ];
        let mut tree = build(places.len(), |i| places[i].iter().copied());
        let english = names_of(&tree, &tree.roots);
        assert_eq!(english, ["Africa", "Asia", "Europe"]);

        tree.localise(&Interface::builtin("ar"));
        // Arabic: أفريقيا، آسيا، أوروبا sort by their letters, not their English slugs.
        let arabic = names_of(&tree, &tree.roots);
        let mut sorted = arabic.clone();
        let order = crate::i18n::locale::collation("ar");
        sorted.sort_by(|a, b| order(a, b));
        assert_eq!(arabic, sorted);
        assert_ne!(arabic[0], "أفريقيا", "{arabic:?}");

        let north = tree
            .nodes
            .iter()
            .position(|n| n.slug == "north-africa")
            .unwrap();
        let mut de = build(places.len(), |i| places[i].iter().copied());
        de.localise(&Interface::builtin("de"));
        let kids = names_of(&de, &de.nodes[north].children);
        assert_eq!(kids, ["Ägypten", "Algerien"]);
    }
}
