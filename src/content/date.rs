//! Article dates: a plain date or an RFC 3339 date-time, placed in the site's time zone.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Tz;

/// A date as written in front matter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ArticleDate {
    /// `2024-07-27`: a calendar day in the site's time zone.
    Day(NaiveDate),
    /// `2024-07-27T08:30:00+07:00`: an instant.
    Instant(DateTime<FixedOffset>),
}

impl ArticleDate {
    /// Parses `YYYY-MM-DD`, RFC 3339, or `YYYY-MM-DD HH:MM[:SS]` (read in the site's time zone).
    pub fn parse(s: &str, tz: Tz) -> Result<ArticleDate, String> {
        let s = s.trim();
        if let Ok(d) = NaiveDate::parse_from_str(s, "%Y-%m-%d") {
            return Ok(ArticleDate::Day(d));
        }
        if let Ok(dt) = DateTime::parse_from_rfc3339(s) {
            return Ok(ArticleDate::Instant(dt));
        }
        for fmt in [
            "%Y-%m-%d %H:%M:%S",
            "%Y-%m-%d %H:%M",
            "%Y-%m-%dT%H:%M:%S",
            "%Y-%m-%dT%H:%M",
        ] {
            if let Ok(naive) = NaiveDateTime::parse_from_str(s, fmt)
                && let Some(local) = tz.from_local_datetime(&naive).earliest()
            {
                return Ok(ArticleDate::Instant(local.fixed_offset()));
            }
        }
        Err(format!(
            "`{s}` is not a date: use YYYY-MM-DD or an RFC 3339 date-time such as 2024-07-27T08:30:00Z"
        ))
    }

    /// The calendar day in the site's time zone (what editions and URLs use).
    pub fn local_date(&self, tz: Tz) -> NaiveDate {
        match self {
            ArticleDate::Day(d) => *d,
            ArticleDate::Instant(dt) => dt.with_timezone(&tz).date_naive(),
        }
    }

    /// The instant, for ordering and feeds (a plain day is midnight in the site's zone).
    pub fn instant(&self, tz: Tz) -> DateTime<Utc> {
        match self {
            ArticleDate::Day(d) => tz
                .from_local_datetime(&d.and_hms_opt(0, 0, 0).expect("midnight"))
                .earliest()
                .map(|t| t.with_timezone(&Utc))
                .unwrap_or_else(|| {
                    Utc.from_utc_datetime(&d.and_hms_opt(0, 0, 0).expect("midnight"))
                }),
            ArticleDate::Instant(dt) => dt.with_timezone(&Utc),
        }
    }

    /// RFC 3339 for feeds and `<time datetime>`.
    pub fn rfc3339(&self, tz: Tz) -> String {
        match self {
            ArticleDate::Day(_) => self
                .instant(tz)
                .with_timezone(&tz)
                .fixed_offset()
                .to_rfc3339(),
            ArticleDate::Instant(dt) => dt.to_rfc3339(),
        }
    }
}

/// `27 July 2024`.
pub fn display(d: NaiveDate) -> String {
    d.format("%-d %B %Y").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_all_forms() {
        let tz: Tz = "Asia/Bangkok".parse().unwrap();
        let d = ArticleDate::parse("2024-07-27", tz).unwrap();
        assert_eq!(d.local_date(tz).to_string(), "2024-07-27");
        assert_eq!(d.rfc3339(tz), "2024-07-27T00:00:00+07:00");
        let i = ArticleDate::parse("2024-07-26T20:00:00Z", tz).unwrap();
        assert_eq!(i.local_date(tz).to_string(), "2024-07-27");
        let n = ArticleDate::parse("2024-07-27 09:15", tz).unwrap();
        assert_eq!(n.rfc3339(tz), "2024-07-27T09:15:00+07:00");
        assert!(ArticleDate::parse("27/07/2024", tz).is_err());
        assert_eq!(display(d.local_date(tz)), "27 July 2024");
    }
}
