//! Digest editions: articles grouped by day or ISO week in the site's time zone.

use chrono::{Datelike, Duration, NaiveDate, Weekday};

use crate::config::EditionKind;
use crate::content::Article;
use crate::content::intro::Intro;
use crate::error::Located;
use crate::i18n::{Arg, Interface};

/// One edition of the digest.
#[derive(Debug, Clone)]
pub struct Edition {
    /// `2024-07-27` (daily) or `2024-W30` (weekly): also its URL segment.
    pub id: String,
    /// `Saturday, 27 July 2024` or `Week 30, 2024 (22–28 July)`, in the site's language.
    pub title: String,
    /// First day.
    pub start: NaiveDate,
    /// Last day.
    pub end: NaiveDate,
    /// Articles, newest first.
    pub articles: Vec<usize>,
    /// The editor's intro (`content/editions/<id>.md`), if written.
    pub intro: Option<std::sync::Arc<Intro>>,
    /// The articles the intro's `order` names, in that order: shown before the rest.
    pub lead: Vec<usize>,
}

/// Groups articles (already newest first) into editions, newest first.
pub fn build(
    kind: EditionKind,
    dates: &[NaiveDate],
    interface: &Interface,
) -> (Vec<Edition>, Vec<usize>) {
    let mut editions: Vec<Edition> = Vec::new();
    let mut by_start: std::collections::HashMap<NaiveDate, usize> = Default::default();
    let mut of_article = Vec::with_capacity(dates.len());
    for (i, &d) in dates.iter().enumerate() {
        let (start, end) = span(kind, d);
        match by_start.get(&start).copied() {
            Some(e) => {
                editions[e].articles.push(i);
                of_article.push(e);
            }
            None => {
                editions.push(Edition {
                    id: id(kind, start),
                    title: title(kind, start, end, interface),
                    start,
                    end,
                    articles: vec![i],
                    intro: None,
                    lead: Vec::new(),
                });
                by_start.insert(start, editions.len() - 1);
                of_article.push(editions.len() - 1);
            }
        }
    }
    // Articles arrive newest first, so editions already are; sort anyway for safety.
    let mut order: Vec<usize> = (0..editions.len()).collect();
    order.sort_by(|&a, &b| editions[b].start.cmp(&editions[a].start));
    let mut remap = vec![0; editions.len()];
    for (new, &old) in order.iter().enumerate() {
        remap[old] = new;
    }
    let mut slots: Vec<Option<Edition>> = editions.into_iter().map(Some).collect();
    let editions = order
        .iter()
        .map(|&o| slots[o].take().expect("once"))
        .collect();
    (editions, of_article.into_iter().map(|e| remap[e]).collect())
}

fn span(kind: EditionKind, d: NaiveDate) -> (NaiveDate, NaiveDate) {
    match kind {
        EditionKind::Daily => (d, d),
        EditionKind::Weekly => {
            let start = d - Duration::days(d.weekday().num_days_from_monday() as i64);
            (start, start + Duration::days(6))
        }
    }
}

fn id(kind: EditionKind, start: NaiveDate) -> String {
    match kind {
        EditionKind::Daily => start.format("%Y-%m-%d").to_string(),
        EditionKind::Weekly => {
            let w = start.iso_week();
            format!("{}-W{:02}", w.year(), w.week())
        }
    }
}

/// An edition's title in the interface's language: its date with the weekday (daily), or
/// its ISO week, year and span of days (weekly).
pub fn title(kind: EditionKind, start: NaiveDate, end: NaiveDate, interface: &Interface) -> String {
    let locale = interface.locale();
    match kind {
        EditionKind::Daily => locale.weekday_date(start),
        EditionKind::Weekly => {
            let w = start.iso_week();
            // The ISO week's year (its Thursday's), in the locale's digits, never grouped.
            let thursday =
                NaiveDate::from_isoywd_opt(w.year(), w.week(), Weekday::Thu).unwrap_or(start);
            interface.text(
                "edition-week",
                &[
                    ("week", Arg::Num(w.week() as f64)),
                    (
                        "year",
                        Arg::from(locale.decimal(thursday.year() as f64, false)),
                    ),
                    ("days", Arg::from(locale.day_span(start, end))),
                ],
            )
        }
    }
}

/// Titles the editions again in `interface`'s language.
pub fn retitle(editions: &mut [Edition], kind: EditionKind, interface: &Interface) {
    for e in editions {
        e.title = title(kind, e.start, e.end, interface);
    }
}

/// Gives each edition its intro and resolves the intro's `order` to articles. An intro with
/// no edition, or an `order` slug not in its edition, is a warning naming the file.
pub fn attach_intros(
    editions: &mut [Edition],
    articles: &[std::sync::Arc<Article>],
    intros: Vec<Intro>,
    warnings: &mut Vec<Located>,
) {
    for intro in intros {
        let Some(ed) = editions.iter_mut().find(|e| e.id == intro.id) else {
            let known: Vec<&str> = editions.iter().take(5).map(|e| e.id.as_str()).collect();
            warnings.push(Located {
                path: intro.path.clone(),
                line: 0,
                column: 0,
                message: format!(
                    "no edition `{}` has articles, so this intro is not shown (latest editions: {})",
                    intro.id,
                    if known.is_empty() { "none".to_string() } else { known.join(", ") }
                ),
            });
            continue;
        };
        let mut lead = Vec::new();
        for slug in &intro.order {
            match ed.articles.iter().find(|&&i| articles[i].slug == *slug) {
                Some(&i) if !lead.contains(&i) => lead.push(i),
                Some(_) => {}
                None => warnings.push(Located {
                    path: intro.path.clone(),
                    line: intro.order_line,
                    column: 1,
                    message: format!(
                        "`order` names `{slug}`, which is not an article of edition {}{}",
                        intro.id,
                        crate::suggest::did_you_mean(
                            slug,
                            ed.articles.iter().map(|&i| articles[i].slug.as_str())
                        )
                    ),
                }),
            }
        }
        ed.lead = lead;
        ed.intro = Some(std::sync::Arc::new(intro));
    }
}

/// The id of the edition of `kind` that day `d` falls in.
pub fn id_of(kind: EditionKind, d: NaiveDate) -> String {
    id(kind, span(kind, d).0)
}

/// The title of the edition `id` of `kind`, if `id` is one.
pub fn title_of(kind: EditionKind, id: &str, interface: &Interface) -> Option<String> {
    let start = match kind {
        EditionKind::Daily => NaiveDate::parse_from_str(id, "%Y-%m-%d").ok()?,
        EditionKind::Weekly => {
            let (year, week) = id.split_once("-W")?;
            NaiveDate::from_isoywd_opt(year.parse().ok()?, week.parse().ok()?, Weekday::Mon)?
        }
    };
    let (start, end) = span(kind, start);
    (id_of(kind, start) == id).then(|| title(kind, start, end, interface))
}

/// Monday of the ISO week, exposed for callers that bucket by week (timelines).
pub fn week_start(d: NaiveDate) -> NaiveDate {
    NaiveDate::from_isoywd_opt(d.iso_week().year(), d.iso_week().week(), Weekday::Mon).unwrap_or(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn daily_and_weekly() {
        let dates = [
            d("2024-07-28"),
            d("2024-07-27"),
            d("2024-07-27"),
            d("2024-07-21"),
        ];
        let en = Interface::builtin("en");
        let (e, of) = build(EditionKind::Daily, &dates, &en);
        assert_eq!(e.len(), 3);
        assert_eq!(e[0].id, "2024-07-28");
        assert_eq!(e[1].title, "Saturday, 27 July 2024");
        assert_eq!(e[1].articles, vec![1, 2]);
        assert_eq!(of, vec![0, 1, 1, 2]);
        let (w, _) = build(EditionKind::Weekly, &dates, &en);
        assert_eq!(w.len(), 2);
        assert_eq!(w[0].id, "2024-W30");
        assert_eq!(w[0].title, "Week 30, 2024 (22–28 July)");
        assert_eq!(w[1].id, "2024-W29");
        assert_eq!(week_start(d("2024-07-28")), d("2024-07-22"));
    }
}
