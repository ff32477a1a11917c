//! How each list is cut into pages: page 1 shows full cards (`paginate_by` on the home page,
//! `person_cards` on a person's page, `list_cards` on a region's, tag's or source's), each
//! later page — the archive — compact rows (`archive_rows`). A world
//! region or subregion has no archive pages when its countries list every article past page 1
//! (unless `world_region_archives: true`): those pages repeated the countries' pages.

use std::ops::Range;

use crate::site::regions::RegionKind;
use crate::site::{Site, TermKind};

/// A list's cut into pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Paging {
    /// Cards on page 1.
    pub cards: usize,
    /// Rows on each later page.
    pub rows: usize,
    /// Whether the list has pages past page 1 at all.
    pub archive: bool,
}

impl Paging {
    /// The number of pages of a list of `count` articles (at least 1).
    pub fn pages(self, count: usize) -> usize {
        if !self.archive || count <= self.cards {
            1
        } else {
            1 + (count - self.cards).div_ceil(self.rows)
        }
    }

    /// The articles (as indexes into the list) shown on page `page` (1-based).
    pub fn range(self, count: usize, page: usize) -> Range<usize> {
        let (start, len) = match page {
            0 | 1 => (0, self.cards),
            n => (self.cards + (n - 2) * self.rows, self.rows),
        };
        start.min(count)..(start + len).min(count)
    }
}

/// The paging of the home page's list of every article.
pub fn home(site: &Site) -> Paging {
    standard(site)
}

/// The paging of a person's, tag's or source's page.
pub fn term(site: &Site, kind: TermKind) -> Paging {
    match kind {
        TermKind::People => Paging {
            cards: site.config.person_cards,
            ..standard(site)
        },
        TermKind::Tags | TermKind::Sources => Paging {
            cards: site.config.list_cards,
            ..standard(site)
        },
    }
}

/// The paging of region node `r`'s page.
pub fn region(site: &Site, r: usize) -> Paging {
    let paging = Paging {
        cards: site.config.list_cards,
        ..standard(site)
    };
    Paging {
        archive: site.config.world_region_archives || !countries_list_the_rest(site, r, paging),
        ..paging
    }
}

/// The countries under region node `r` whose pages list its articles past page 1: empty
/// when `r` keeps its archive pages.
pub fn archive_countries(site: &Site, r: usize) -> Vec<usize> {
    let paging = region(site, r);
    let count = site.regions.nodes[r].articles.len();
    if paging.archive || count <= paging.cards {
        return Vec::new();
    }
    let mut countries: Vec<usize> = (0..site.regions.nodes.len())
        .filter(|&n| site.regions.nodes[n].kind == RegionKind::Country && is_below(site, n, r))
        .collect();
    // Most covered first, as a reader looking for older articles would want them.
    countries.sort_by(|&a, &b| {
        let len = |n: usize| site.regions.nodes[n].articles.len();
        len(b).cmp(&len(a)).then(a.cmp(&b))
    });
    countries
}

fn standard(site: &Site) -> Paging {
    Paging {
        cards: site.config.paginate_by,
        rows: site.config.archive_rows,
        archive: true,
    }
}

/// True when `r` is a world region or subregion and every article past its page 1 is listed
/// by a country below it.
fn countries_list_the_rest(site: &Site, r: usize, paging: Paging) -> bool {
    let node = &site.regions.nodes[r];
    if !matches!(node.kind, RegionKind::World | RegionKind::Subregion) {
        return false;
    }
    let rest = &node.articles[node.articles.len().min(paging.cards)..];
    rest.iter().all(|&i| {
        site.regions.countries[i]
            .iter()
            .any(|&c| is_below(site, c, r))
    })
}

/// Whether node `n` is strictly below node `r` in the region tree.
fn is_below(site: &Site, n: usize, r: usize) -> bool {
    let mut up = site.regions.nodes[n].parent;
    while let Some(p) = up {
        if p == r {
            return true;
        }
        up = site.regions.nodes[p].parent;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_one_holds_cards_and_later_pages_rows() {
        let p = Paging {
            cards: 10,
            rows: 100,
            archive: true,
        };
        assert_eq!(p.pages(0), 1);
        assert_eq!(p.pages(10), 1);
        assert_eq!(p.pages(11), 2);
        assert_eq!(p.pages(110), 2);
        assert_eq!(p.pages(111), 3);
        assert_eq!(p.range(111, 1), 0..10);
        assert_eq!(p.range(111, 2), 10..110);
        assert_eq!(p.range(111, 3), 110..111);
        assert_eq!(p.range(5, 1), 0..5);
        let none = Paging {
            archive: false,
            ..p
        };
        assert_eq!(none.pages(500), 1);
        assert_eq!(none.range(500, 1), 0..10);
    }
}
