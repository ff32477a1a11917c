//! Dates and numbers as the site's language writes them, from the Unicode CLDR data that
//! ICU4X compiles in: month and day names, their order and punctuation, digits and grouping.
//! Always the Gregorian calendar: editions are cut by ISO week, and feeds stay ISO 8601.

use chrono::{Datelike, NaiveDate};
use icu_calendar::{Date, Gregorian};
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_datetime::fieldsets::{D, MD, Y, YMD, YMDE};
use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;
use icu_decimal::options::{DecimalFormatterOptions, GroupingStrategy};
use icu_locale_core::Locale;

/// The CLDR locale for a site's language tag. Plain `en` reads dates day first
/// ("27 July 2024", as British and international English do); `en-US` gives "July 27, 2024".
/// A tag ICU cannot parse falls back to that English.
pub fn icu_locale(tag: &str) -> Locale {
    let tag = tag.trim().replace('_', "-");
    if tag.eq_ignore_ascii_case("en") || tag.is_empty() {
        return english();
    }
    tag.parse().unwrap_or_else(|_| english())
}

/// The Open Graph locale (`language_TERRITORY`, as link previews expect) for a language
/// tag: `de` → `de_DE`, `pt-BR` → `pt_BR`, `zh-Hant` → `zh_TW`. The territory a bare
/// language tag lacks is CLDR's likeliest one; a tag that names none and has no likely
/// territory stays the bare language, and an unparsable tag gives `en_US`, Open Graph's default.
pub fn og_locale(tag: &str) -> String {
    use icu_locale::LocaleExpander;
    static EXPANDER: std::sync::OnceLock<LocaleExpander> = std::sync::OnceLock::new();
    let Ok(mut locale) = tag.trim().replace('_', "-").parse::<Locale>() else {
        return "en_US".to_string();
    };
    if locale.id.language.is_unknown() {
        return "en_US".to_string();
    }
    if locale.id.region.is_none() {
        EXPANDER
            .get_or_init(LocaleExpander::new_common)
            .maximize(&mut locale.id);
    }
    match locale.id.region {
        Some(region) => format!("{}_{}", locale.id.language, region),
        None => locale.id.language.to_string(),
    }
}

fn english() -> Locale {
    "en-GB".parse().expect("en-GB is a locale")
}

/// Compares words as the language of `tag` orders them ("Ägypten" beside "Algerien" in
/// German, not after "Z"), from CLDR's collation data.
pub fn collation(tag: &str) -> impl Fn(&str, &str) -> std::cmp::Ordering {
    use icu_collator::{Collator, options::CollatorOptions};
    let collator = Collator::try_new((&icu_locale(tag)).into(), CollatorOptions::default()).ok();
    move |a: &str, b: &str| match &collator {
        Some(c) => c.compare(a, b),
        // Compiled data covers every locale; should it fail, code point order still sorts.
        None => a.cmp(b),
    }
}

/// Date and number formatters for one locale, made once per build.
pub struct LocaleFormat {
    long_date: FixedCalendarDateTimeFormatter<Gregorian, YMD>,
    weekday_date: FixedCalendarDateTimeFormatter<Gregorian, YMDE>,
    month_day: FixedCalendarDateTimeFormatter<Gregorian, MD>,
    day: FixedCalendarDateTimeFormatter<Gregorian, D>,
    year: FixedCalendarDateTimeFormatter<Gregorian, Y>,
    decimal: DecimalFormatter,
    plain_decimal: DecimalFormatter,
}

impl LocaleFormat {
    /// Formatters for the language tag `tag` (see [`icu_locale`]).
    pub fn new(tag: &str) -> LocaleFormat {
        let locale = icu_locale(tag);
        // Compiled data covers every CLDR locale and falls back along the locale's parents
        // (de-AT → de → root), so these succeed for any parsed locale.
        LocaleFormat {
            long_date: FixedCalendarDateTimeFormatter::try_new((&locale).into(), YMD::long())
                .expect("compiled date data"),
            weekday_date: FixedCalendarDateTimeFormatter::try_new((&locale).into(), YMDE::long())
                .expect("compiled date data"),
            month_day: FixedCalendarDateTimeFormatter::try_new((&locale).into(), MD::long())
                .expect("compiled date data"),
            day: FixedCalendarDateTimeFormatter::try_new((&locale).into(), D::long())
                .expect("compiled date data"),
            year: FixedCalendarDateTimeFormatter::try_new((&locale).into(), Y::long())
                .expect("compiled date data"),
            decimal: DecimalFormatter::try_new((&locale).into(), Default::default())
                .expect("compiled number data"),
            plain_decimal: DecimalFormatter::try_new(
                (&locale).into(),
                DecimalFormatterOptions::from(GroupingStrategy::Never),
            )
            .expect("compiled number data"),
        }
    }

    /// "27 July 2024", "27. Juli 2024", "27 de julio de 2024", "2024年7月27日".
    pub fn date(&self, d: NaiveDate) -> String {
        self.long_date.format(&gregorian(d)).to_string()
    }

    /// The date with its weekday: "Saturday 27 July 2024", "Samstag, 27. Juli 2024".
    pub fn weekday_date(&self, d: NaiveDate) -> String {
        self.weekday_date.format(&gregorian(d)).to_string()
    }

    /// Day and month: "29 July", "29. Juli", "7月29日".
    pub fn month_day(&self, d: NaiveDate) -> String {
        self.month_day.format(&gregorian(d)).to_string()
    }

    /// The year alone, in the locale's digits: "2024".
    pub fn year(&self, d: NaiveDate) -> String {
        self.year.format(&gregorian(d)).to_string()
    }

    /// Two days of one year as a span: "22–28 July", "29 July–4 August", "22.–28. Juli",
    /// "7月22日–28日". Within a month the month is written once, on the side where the
    /// locale's own day-and-month format puts it.
    pub fn day_span(&self, start: NaiveDate, end: NaiveDate) -> String {
        let (a, b) = (self.month_day(start), self.month_day(end));
        if start.month() == end.month() && start.year() == end.year() {
            let (da, db) = (
                self.day.format(&gregorian(start)).to_string(),
                self.day.format(&gregorian(end)).to_string(),
            );
            // Day first ("22 July", "22. Juli"): keep the first day alone, with the
            // punctuation the locale writes after a day ("22.").
            if a.starts_with(&da) && b.starts_with(&db) {
                let mark: String = a[da.len()..]
                    .chars()
                    .take_while(|c| c.is_ascii_punctuation())
                    .collect();
                return format!("{da}{mark}–{b}");
            }
            // Month first ("7月22日", "July 22"): keep the last day alone.
            if a.ends_with(&da) && b.ends_with(&db) {
                return format!("{a}–{db}");
            }
        }
        format!("{a}–{b}")
    }

    /// An integer with the locale's digits and grouping: "12,345", "12.345", "12 345".
    pub fn number(&self, n: i64) -> String {
        self.decimal.format(&Decimal::from(n)).to_string()
    }

    /// A number with the locale's digits, grouped or not; fractions keep their digits.
    pub fn decimal(&self, n: f64, grouping: bool) -> String {
        let f = if grouping {
            &self.decimal
        } else {
            &self.plain_decimal
        };
        if n.fract() == 0.0 && n.abs() < 9.0e15 {
            return f.format(&Decimal::from(n as i64)).to_string();
        }
        match Decimal::try_from_str(&n.to_string()) {
            Ok(d) => f.format(&d).to_string(),
            Err(_) => n.to_string(),
        }
    }
}

fn gregorian(d: NaiveDate) -> Date<Gregorian> {
    // chrono's years (±262,143) and months are all valid Gregorian dates.
    Date::try_new_gregorian(d.year(), d.month() as u8, d.day() as u8).expect("a valid date")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn og_locales_name_a_territory_from_cldr_likely_subtags() {
        for (tag, want) in [
            ("en", "en_US"),
            ("en-GB", "en_GB"),
            ("de", "de_DE"),
            ("pt", "pt_BR"),
            ("pt_PT", "pt_PT"),
            ("ja", "ja_JP"),
            ("zh", "zh_CN"),
            ("zh-Hant", "zh_TW"),
            ("ar", "ar_EG"),
            ("sr-Latn", "sr_RS"),
            (" fr ", "fr_FR"),
            ("", "en_US"),
            ("not a tag!", "en_US"),
        ] {
            assert_eq!(og_locale(tag), want, "{tag:?}");
        }
    }

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn long_dates_follow_each_locale() {
        let d = day(2024, 7, 27);
        assert_eq!(LocaleFormat::new("en").date(d), "27 July 2024");
        assert_eq!(LocaleFormat::new("en-US").date(d), "July 27, 2024");
        assert_eq!(LocaleFormat::new("de").date(d), "27. Juli 2024");
        assert_eq!(LocaleFormat::new("es").date(d), "27 de julio de 2024");
        assert_eq!(LocaleFormat::new("ja").date(d), "2024年7月27日");
        assert_eq!(LocaleFormat::new("zh").date(d), "2024年7月27日");
        assert_eq!(LocaleFormat::new("fr").date(d), "27 juillet 2024");
        assert_eq!(
            LocaleFormat::new("en").weekday_date(d),
            "Saturday, 27 July 2024"
        );
        assert_eq!(
            LocaleFormat::new("de").weekday_date(d),
            "Samstag, 27. Juli 2024"
        );
    }

    #[test]
    fn names_sort_as_the_language_orders_them() {
        let mut de = vec!["Österreich", "Zypern", "Ägypten", "Algerien"];
        let order = collation("de");
        de.sort_by(|a, b| order(a, b));
        assert_eq!(de, ["Ägypten", "Algerien", "Österreich", "Zypern"]);
        // Swedish puts Ö after Z.
        let mut sv = vec!["Österrike", "Zypern", "Algeriet"];
        let order = collation("sv");
        sv.sort_by(|a, b| order(a, b));
        assert_eq!(sv, ["Algeriet", "Zypern", "Österrike"]);
    }

    #[test]
    fn spans_write_a_shared_month_once() {
        let en = LocaleFormat::new("en");
        assert_eq!(
            en.day_span(day(2024, 7, 22), day(2024, 7, 28)),
            "22–28 July"
        );
        assert_eq!(
            en.day_span(day(2024, 7, 29), day(2024, 8, 4)),
            "29 July–4 August"
        );
        let de = LocaleFormat::new("de");
        assert_eq!(
            de.day_span(day(2024, 7, 22), day(2024, 7, 28)),
            "22.–28. Juli"
        );
        let ja = LocaleFormat::new("ja");
        assert_eq!(
            ja.day_span(day(2024, 7, 22), day(2024, 7, 28)),
            "7月22日–28日"
        );
    }

    #[test]
    fn numbers_group_by_locale() {
        assert_eq!(LocaleFormat::new("en").number(12345), "12,345");
        assert_eq!(LocaleFormat::new("de").number(12345), "12.345");
        assert_eq!(LocaleFormat::new("fr").number(12345), "12\u{202f}345");
        assert_eq!(LocaleFormat::new("en").decimal(2024.0, false), "2024");
        assert_eq!(LocaleFormat::new("xx-invalid-!").number(5), "5");
    }
}
