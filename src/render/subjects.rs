//! What the theme shows about a subject beyond its article list: the coverage map's countries,
//! articles per week and the most co-mentioned people and places. Each is computed from many
//! articles, so page keys hash these results (see `keys.rs`) rather than the page's own cards.

use std::collections::HashMap;

use chrono::{Datelike, Duration, NaiveDate};

use super::map::{self, Covered};
use super::values::region_loc;
use crate::site::TermKind;
use crate::site::urls::{List, Loc};
use crate::site::{Site, regions::RegionKind};

/// Every country with articles, most covered first (then by name), with its ISO code.
pub fn covered_countries(site: &Site) -> Vec<Covered> {
    let mut list: Vec<Covered> = site
        .regions
        .nodes
        .iter()
        .enumerate()
        .filter(|(_, n)| n.kind == RegionKind::Country)
        .map(|(i, n)| Covered {
            code: n.code.clone(),
            name: n.name.clone(),
            url: site.urls.url(region_loc(site, i)),
            count: n.articles.len(),
        })
        .collect();
    list.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.name.cmp(&b.name)));
    list
}

/// The Monday of the week holding `d`.
fn week_of(d: NaiveDate) -> NaiveDate {
    d - Duration::days(d.weekday().num_days_from_monday() as i64)
}

/// Weeks shown by a timeline at most (the latest ones).
pub const MAX_WEEKS: usize = 52;

/// The weeks every timeline of a site shows: the first one's Monday and how many.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Axis {
    start: NaiveDate,
    weeks: usize,
}

impl Axis {
    /// From the site's first week (or the last [`MAX_WEEKS`]) to its latest; `None` for a
    /// site without articles. A pass over every article: made once per site, not per subject
    /// (per person it made the timelines quadratic in the archive).
    pub fn of(site: &Site) -> Option<Axis> {
        let dates = site.articles.iter().map(|a| a.local_date);
        let first = week_of(dates.clone().min()?);
        let last = week_of(dates.max()?);
        let weeks = (((last - first).num_days() / 7) as usize + 1).min(MAX_WEEKS);
        let start = last - Duration::weeks(weeks as i64 - 1);
        Some(Axis { start, weeks })
    }

    /// Articles per week among `articles`, on this axis: the first week's Monday and the
    /// counts.
    pub fn count(&self, site: &Site, articles: &[usize]) -> (NaiveDate, Vec<usize>) {
        let mut counts = vec![0usize; self.weeks];
        for &i in articles {
            let w = week_of(site.articles[i].local_date);
            if w >= self.start {
                counts[((w - self.start).num_days() / 7) as usize] += 1;
            }
        }
        (self.start, counts)
    }
}

/// A subject mentioned alongside another: `{ name, url, count }` (url root-relative).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Mention {
    /// Display name.
    pub name: String,
    /// Root-relative URL of its page.
    pub url: String,
    /// Articles (among the subject's) that mention both.
    pub count: usize,
}

/// How many co-mentions of each kind a page lists.
pub const TOP: usize = 6;

fn top(counts: HashMap<(String, String), usize>) -> Vec<Mention> {
    let mut list: Vec<Mention> = counts
        .into_iter()
        .map(|((name, url), count)| Mention { name, url, count })
        .collect();
    list.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.name.cmp(&b.name)));
    list.truncate(TOP);
    list
}

/// The people most often in `articles`, leaving out `except_person` (the page's own subject).
pub fn people_in(site: &Site, articles: &[usize], except_person: Option<usize>) -> Vec<Mention> {
    let mut counts: HashMap<(String, String), usize> = HashMap::new();
    for &i in articles {
        for &p in &site.article_people[i] {
            if Some(p) == except_person {
                continue;
            }
            let t = &site.people[p];
            let url = site
                .urls
                .url(Loc::List(List::Term(TermKind::People, &t.slug), 1));
            *counts.entry((t.name.clone(), url)).or_default() += 1;
        }
    }
    top(counts)
}

/// The countries most often in `articles`, leaving out `except_node` and the nodes above and
/// below it (a country page need not list itself, nor Europe's page list France).
pub fn countries_in(site: &Site, articles: &[usize], except_node: Option<usize>) -> Vec<Mention> {
    let nodes = &site.regions.nodes;
    let related = |n: usize| -> bool {
        let Some(e) = except_node else { return false };
        let above = |mut a: usize, b: usize| loop {
            if a == b {
                return true;
            }
            match nodes[a].parent {
                Some(p) => a = p,
                None => return false,
            }
        };
        above(n, e) || above(e, n)
    };
    let mut counts: HashMap<(String, String), usize> = HashMap::new();
    for &i in articles {
        for &n in &site.regions.countries[i] {
            if related(n) {
                continue;
            }
            let url = site.urls.url(region_loc(site, n));
            *counts.entry((nodes[n].name.clone(), url)).or_default() += 1;
        }
    }
    top(counts)
}

/// Whether the map can draw this country (for the list's "not on the map" note).
pub fn on_map(c: &Covered) -> bool {
    !c.code.is_empty() && map::has_outline(&c.code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weeks_start_on_monday() {
        let d = NaiveDate::from_ymd_opt(2024, 7, 27).unwrap(); // a Saturday
        assert_eq!(week_of(d), NaiveDate::from_ymd_opt(2024, 7, 22).unwrap());
        assert_eq!(week_of(week_of(d)), week_of(d));
    }
}

/// What a region or person page shows about all of its subject's articles. Every page of a
/// paginated subject shows the same, and page keys hash it too: computed once per subject.
#[derive(Debug, Clone)]
pub struct Summary {
    /// Most co-mentioned people.
    pub people: Vec<Mention>,
    /// Most co-mentioned countries.
    pub countries: Vec<Mention>,
    /// Articles per week: the first Monday and the counts.
    pub weekly: Option<(chrono::NaiveDate, Vec<usize>)>,
    /// The timeline drawn from `weekly`.
    pub timeline: Option<super::sparkline::Timeline>,
}

/// Subject summaries of one site, computed on first use.
pub struct Memo {
    axis: Option<Axis>,
    regions: Vec<std::sync::OnceLock<Summary>>,
    people: Vec<std::sync::OnceLock<Summary>>,
}

impl Memo {
    /// Room for every region node and person of `site`.
    pub fn new(site: &Site) -> Memo {
        let slots = |n: usize| (0..n).map(|_| std::sync::OnceLock::new()).collect();
        Memo {
            axis: Axis::of(site),
            regions: slots(site.regions.nodes.len()),
            people: slots(site.people.len()),
        }
    }

    /// The summary of region node `r`.
    pub fn region(&self, site: &Site, r: usize) -> &Summary {
        self.regions[r].get_or_init(|| {
            let articles = &site.regions.nodes[r].articles;
            summary(
                site,
                self.axis,
                articles,
                people_in(site, articles, None),
                countries_in(site, articles, Some(r)),
            )
        })
    }

    /// The summary of person `t`.
    pub fn person(&self, site: &Site, t: usize) -> &Summary {
        self.people[t].get_or_init(|| {
            let articles = &site.people[t].articles;
            summary(
                site,
                self.axis,
                articles,
                people_in(site, articles, Some(t)),
                countries_in(site, articles, None),
            )
        })
    }
}

fn summary(
    site: &Site,
    axis: Option<Axis>,
    articles: &[usize],
    people: Vec<Mention>,
    countries: Vec<Mention>,
) -> Summary {
    let weekly = axis.map(|a| a.count(site, articles));
    let timeline = weekly
        .as_ref()
        .map(|(start, counts)| super::sparkline::timeline(*start, counts, &site.interface));
    Summary {
        people,
        countries,
        weekly,
        timeline,
    }
}
