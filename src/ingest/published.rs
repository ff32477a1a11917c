//! Finding when a page was published: metadata, `<time>`, the URL, or a dateline.
//!
//! Machine-readable dates (JSON-LD, meta tags, `<time datetime>`) come first; then a date in
//! the URL's path (`/2020/01/15/`); then a dateline written near the headline in the page's
//! language ("15. Januar 2020", "15/01/2020", "Jan 15, 2020", "2020年1月15日"). A date in a
//! comment, a copyright line or far below the headline is never taken.

use std::sync::LazyLock;

use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, Weekday};
use dom_query::{Document, NodeRef};
use regex::Regex;

/// Month names (full; any prefix of three letters or more also matches) in the major news
/// languages: en, de, fr, es, it, pt, nl, pl, ru, tr, id, sv, da/no, cs, ro, uk, hi, bn, th,
/// ar (Egyptian and Levantine names), sk, hr, sr, bg, ca, tl, ms, ur, ta; and lt and lv (the
/// nominative and the genitive datelines use), et, hu, sq, sw, hy, az, ka, mk, is, eu, mr,
/// ne (Gregorian months only: Bikram Sambat months are another calendar) and af. Names
/// shorter than three letters ("मई", "মে") match
/// only whole.
const MONTHS: [&[&str]; 12] = [
    &[
        "january",
        "januar",
        "janvier",
        "enero",
        "gennaio",
        "janeiro",
        "januari",
        "stycznia",
        "styczeń",
        "января",
        "январь",
        "ocak",
        "janúar",
        "leden",
        "ledna",
        "jänner",
        "يناير",
        "ianuarie",
        "січня",
        "जनवरी",
        "জানুয়ারি",
        "জানুয়ারী",
        "มกราคม",
        "januára",
        "siječnja",
        "siječanj",
        "januara",
        "јануар",
        "јануара",
        "януари",
        "gener",
        "جنوری",
        "ஜனவரி",
        "sausio",
        "sausis",
        "janvāris",
        "janvāra",
        "jaanuar",
        "janar",
        "հունվար",
        "հունվարի",
        "yanvar",
        "იანვარი",
        "јануари",
        "urtarrila",
        "urtarrilaren",
        "जानेवारी",
        "januarie",
        "január",
    ],
    &[
        "february",
        "februar",
        "février",
        "fevrier",
        "febrero",
        "febbraio",
        "fevereiro",
        "februari",
        "lutego",
        "luty",
        "февраля",
        "февраль",
        "şubat",
        "subat",
        "únor",
        "února",
        "feber",
        "فبراير",
        "شباط",
        "februarie",
        "лютого",
        "फ़रवरी",
        "फरवरी",
        "ফেব্রুয়ারি",
        "ফেব্রুয়ারী",
        "กุมภาพันธ์",
        "februára",
        "veljače",
        "veljača",
        "februara",
        "фебруар",
        "фебруара",
        "февруари",
        "febrer",
        "pebrero",
        "فروری",
        "பிப்ரவரி",
        "vasario",
        "vasaris",
        "februāris",
        "februāra",
        "veebruar",
        "shkurt",
        "փետրվար",
        "փետրվարի",
        "fevral",
        "თებერვალი",
        "febrúar",
        "otsaila",
        "otsailaren",
        "फेब्रुवारी",
        "फेब्रुअरी",
        "február",
    ],
    &[
        "march",
        "märz",
        "maerz",
        "mars",
        "marzo",
        "março",
        "marco",
        "maart",
        "marca",
        "marzec",
        "марта",
        "март",
        "mart",
        "maret",
        "březen",
        "března",
        "marts",
        "مارس",
        "آذار",
        "martie",
        "березня",
        "मार्च",
        "মার্চ",
        "มีนาคม",
        "ožujka",
        "ožujak",
        "marta",
        "març",
        "marso",
        "mac",
        "مارچ",
        "மார்ச்",
        "kovo",
        "kovas",
        "märts",
        "machi",
        "մարտ",
        "մարտի",
        "მარტი",
        "martxoa",
        "martxoaren",
        "március",
    ],
    &[
        "april",
        "avril",
        "abril",
        "aprile",
        "kwietnia",
        "kwiecień",
        "апреля",
        "апрель",
        "nisan",
        "duben",
        "dubna",
        "أبريل",
        "إبريل",
        "ابريل",
        "نيسان",
        "aprilie",
        "квітня",
        "अप्रैल",
        "अप्रेल",
        "এপ্রিল",
        "เมษายน",
        "apríla",
        "travnja",
        "travanj",
        "aprila",
        "април",
        "априла",
        "اپریل",
        "ஏப்ரல்",
        "balandžio",
        "balandis",
        "aprīlis",
        "aprīļa",
        "aprill",
        "prill",
        "aprili",
        "ապրիլ",
        "ապրիլի",
        "aprel",
        "აპრილი",
        "apríl",
        "apirila",
        "apirilaren",
        "एप्रिल",
        "अप्रिल",
        "április",
    ],
    &[
        "may",
        "mai",
        "mayo",
        "maggio",
        "maio",
        "mei",
        "maja",
        "maj",
        "мая",
        "май",
        "mayıs",
        "mayis",
        "květen",
        "května",
        "مايو",
        "أيار",
        "травня",
        "मई",
        "মে",
        "พฤษภาคม",
        "mája",
        "svibnja",
        "svibanj",
        "мај",
        "маја",
        "maig",
        "مئی",
        "மே",
        "gegužės",
        "gegužė",
        "maijs",
        "maija",
        "մայիս",
        "մայիսի",
        "მაისი",
        "maí",
        "maiatza",
        "maiatzaren",
        "május",
    ],
    &[
        "june",
        "juni",
        "juin",
        "junio",
        "giugno",
        "junho",
        "czerwca",
        "czerwiec",
        "июня",
        "июнь",
        "haziran",
        "červen",
        "června",
        "يونيو",
        "يونية",
        "حزيران",
        "iunie",
        "червня",
        "जून",
        "জুন",
        "มิถุนายน",
        "júna",
        "lipnja",
        "lipanj",
        "juna",
        "јун",
        "јуна",
        "юни",
        "juny",
        "hunyo",
        "جون",
        "ஜூன்",
        "birželio",
        "birželis",
        "jūnijs",
        "jūnija",
        "juuni",
        "qershor",
        "հունիս",
        "հունիսի",
        "iyun",
        "ივნისი",
        "јуни",
        "júní",
        "ekaina",
        "ekainaren",
        "जुन",
        "junie",
        "június",
    ],
    &[
        "july",
        "juli",
        "juillet",
        "julio",
        "luglio",
        "julho",
        "lipca",
        "lipiec",
        "июля",
        "июль",
        "temmuz",
        "červenec",
        "července",
        "يوليو",
        "يولية",
        "تموز",
        "iulie",
        "липня",
        "जुलाई",
        "জুলাই",
        "กรกฎาคม",
        "júla",
        "srpnja",
        "srpanj",
        "jula",
        "јул",
        "јула",
        "юли",
        "juliol",
        "hulyo",
        "julai",
        "جولائی",
        "ஜூலை",
        "liepos",
        "liepa",
        "jūlijs",
        "jūlija",
        "juuli",
        "korrik",
        "հուլիս",
        "հուլիսի",
        "iyul",
        "ივლისი",
        "јули",
        "júlí",
        "uztaila",
        "uztailaren",
        "जुलै",
        "julie",
        "július",
    ],
    &[
        "august",
        "août",
        "aout",
        "agosto",
        "augustus",
        "sierpnia",
        "sierpień",
        "августа",
        "август",
        "ağustos",
        "agustos",
        "agustus",
        "augusti",
        "srpen",
        "srpna",
        "أغسطس",
        "اغسطس",
        "серпня",
        "अगस्त",
        "আগস্ট",
        "আগষ্ট",
        "สิงหาคม",
        "augusta",
        "kolovoza",
        "kolovoz",
        "avgust",
        "avgusta",
        "agost",
        "ogos",
        "اگست",
        "ஆகஸ்ட்",
        "rugpjūčio",
        "rugpjūtis",
        "augusts",
        "gusht",
        "agosti",
        "օգոստոս",
        "օգոստոսի",
        "avqust",
        "აგვისტო",
        "ágúst",
        "abuztua",
        "abuztuaren",
        "ऑगस्ट",
        "अगस्ट",
        "augusztus",
    ],
    &[
        "september",
        "septembre",
        "septiembre",
        "setiembre",
        "settembre",
        "setembro",
        "września",
        "wrzesień",
        "сентября",
        "сентябрь",
        "eylül",
        "eylul",
        "září",
        "سبتمبر",
        "أيلول",
        "septembrie",
        "вересня",
        "सितंबर",
        "सितम्बर",
        "সেপ্টেম্বর",
        "กันยายน",
        "septembra",
        "rujna",
        "rujan",
        "septembar",
        "септембар",
        "септембра",
        "септември",
        "setembre",
        "setyembre",
        "ستمبر",
        "செப்டம்பர்",
        "rugsėjo",
        "rugsėjis",
        "septembris",
        "shtator",
        "septemba",
        "սեպտեմբեր",
        "սեպտեմբերի",
        "sentyabr",
        "სექტემბერი",
        "iraila",
        "irailaren",
        "सप्टेंबर",
        "सेप्टेम्बर",
        "szeptember",
    ],
    &[
        "october",
        "oktober",
        "octobre",
        "octubre",
        "ottobre",
        "outubro",
        "października",
        "październik",
        "октября",
        "октябрь",
        "ekim",
        "říjen",
        "října",
        "أكتوبر",
        "اكتوبر",
        "octombrie",
        "жовтня",
        "अक्टूबर",
        "अक्तूबर",
        "অক্টোবর",
        "ตุลาคม",
        "októbra",
        "oktobar",
        "oktobra",
        "октобар",
        "октобра",
        "октомври",
        "oktubre",
        "اکتوبر",
        "அக்டோபர்",
        "spalio",
        "spalis",
        "oktobris",
        "oktoober",
        "tetor",
        "oktoba",
        "հոկտեմբեր",
        "հոկտեմբերի",
        "oktyabr",
        "ოქტომბერი",
        "október",
        "urria",
        "urriaren",
        "ऑक्टोबर",
        "अक्टोबर",
    ],
    &[
        "november",
        "novembre",
        "noviembre",
        "novembro",
        "listopada",
        "listopad",
        "ноября",
        "ноябрь",
        "kasım",
        "kasim",
        "nopember",
        "listopadu",
        "نوفمبر",
        "noiembrie",
        "листопада",
        "नवंबर",
        "नवम्बर",
        "নভেম্বর",
        "พฤศจิกายน",
        "novembra",
        "studenoga",
        "studenog",
        "studeni",
        "novembar",
        "новембар",
        "новембра",
        "ноември",
        "nobyembre",
        "نومبر",
        "நவம்பர்",
        "lapkričio",
        "lapkritis",
        "novembris",
        "nëntor",
        "nentor",
        "novemba",
        "նոյեմբեր",
        "նոյեմբերի",
        "noyabr",
        "ნოემბერი",
        "nóvember",
        "azaroa",
        "azaroaren",
        "नोव्हेंबर",
        "नोभेम्बर",
    ],
    &[
        "december",
        "dezember",
        "décembre",
        "decembre",
        "diciembre",
        "dicembre",
        "dezembro",
        "grudnia",
        "grudzień",
        "декабря",
        "декабрь",
        "aralık",
        "aralik",
        "desember",
        "prosinec",
        "prosince",
        "ديسمبر",
        "decembrie",
        "грудня",
        "दिसंबर",
        "दिसम्बर",
        "ডিসেম্বর",
        "ธันวาคม",
        "decembra",
        "prosinca",
        "prosinac",
        "decembar",
        "децембар",
        "децембра",
        "декември",
        "desembre",
        "disyembre",
        "disember",
        "دسمبر",
        "டிசம்பர்",
        "gruodžio",
        "gruodis",
        "decembris",
        "detsember",
        "dhjetor",
        "desemba",
        "դեկտեմբեր",
        "դեկտեմբերի",
        "dekabr",
        "დეკემბერი",
        "abendua",
        "abenduaren",
        "डिसेंबर",
        "डिसेम्बर",
    ],
];

/// The month a word names (`Jan.`, `Januar`, `janv.`, `sept`), if any.
pub fn month(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.').to_lowercase();
    if w.chars().count() < 3 {
        return MONTHS
            .iter()
            .position(|names| names.contains(&w.as_str()))
            .map(|i| i as u32 + 1);
    }
    let mut found = None;
    for (i, names) in MONTHS.iter().enumerate() {
        if names.iter().any(|n| n.starts_with(w.as_str())) {
            // A prefix two months share ("ma") names neither.
            if found.is_some_and(|f| f != i) {
                return None;
            }
            found = Some(i);
        }
    }
    found.map(|i| i as u32 + 1)
}

/// Normalises a machine-written date (ISO 8601 with or without offset colon, RFC 2822,
/// `2020/01/15`, `20200115`, `15.01.2020`) to what front matter takes: `YYYY-MM-DD` or an
/// RFC 3339 date-time. `None` when it is no plausible publication date.
pub fn normalise(s: &str) -> Option<String> {
    let s = s.trim();
    if let Ok(dt) = DateTime::parse_from_rfc3339(s) {
        // Already what front matter takes: kept as the page wrote it.
        return plausible(dt.date_naive()).then(|| s.to_string());
    }
    for fmt in [
        "%Y-%m-%dT%H:%M:%S%.f%z",
        "%Y-%m-%dT%H:%M%z",
        "%Y-%m-%d %H:%M:%S%.f%z",
        "%Y-%m-%d %H:%M:%S %z",
    ] {
        if let Ok(dt) = DateTime::parse_from_str(s, fmt) {
            return plausible(dt.date_naive()).then(|| dt.to_rfc3339());
        }
    }
    if let Ok(dt) = DateTime::parse_from_rfc2822(s) {
        return plausible(dt.date_naive()).then(|| dt.to_rfc3339());
    }
    for fmt in [
        "%Y-%m-%dT%H:%M:%S%.f",
        "%Y-%m-%d %H:%M:%S%.f",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M",
    ] {
        if let Ok(dt) = NaiveDateTime::parse_from_str(s, fmt) {
            return plausible(dt.date()).then(|| dt.format("%Y-%m-%dT%H:%M:%S").to_string());
        }
    }
    dateline(s).map(|d| d.to_string())
}

/// `utc` (a machine date in UTC, as JSON-LD often gives it) in the page's own time zone, when
/// `local` (a `<time datetime>` without an offset) is the same instant in that zone: the
/// two differ by a whole number of quarter hours within a day's time zones. Papers write
/// "2023-01-17T00:30:41Z" in JSON-LD and "2023-01-16 16:30:41" beside the byline: the story
/// is of the 16th where it was published.
pub fn in_local_time(utc: &str, local: &str) -> Option<String> {
    let utc = DateTime::parse_from_rfc3339(utc).ok()?;
    if utc.offset().local_minus_utc() != 0 {
        return None;
    }
    let local = NaiveDateTime::parse_from_str(local, "%Y-%m-%dT%H:%M:%S").ok()?;
    let diff = (local - utc.naive_utc()).num_seconds();
    let zone = chrono::FixedOffset::east_opt(i32::try_from(diff).ok()?)?;
    (diff != 0 && diff.abs() <= 14 * 3600 && diff % 900 == 0)
        .then(|| local.and_local_timezone(zone).single())
        .flatten()
        .map(|d| d.to_rfc3339())
}

/// Publication dates run from the web's beginnings to tomorrow (time zones).
fn plausible(d: NaiveDate) -> bool {
    let tomorrow = chrono::Utc::now().date_naive() + chrono::Days::new(1);
    d >= NaiveDate::from_ymd_opt(1991, 1, 1).expect("valid") && d <= tomorrow
}

static URL_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:^|[/_-])((?:19|20)\d\d)(?:[/_.-](\d\d?)[/_.-](\d\d?)|(\d\d)(\d\d))(?:$|[/_.?#-])",
    )
    .expect("valid")
});

/// A full date in a URL's path (`/2020/01/15/`, `/2020-01-15-title`, `/20200115/`).
pub fn from_url(url: &str) -> Option<NaiveDate> {
    let path = url
        .split_once("://")
        .map_or(url, |(_, r)| r.find('/').map_or("", |i| &r[i..]));
    URL_DATE.captures_iter(path).find_map(|c| {
        let y = c[1].parse().ok()?;
        let (m, d) = match (c.get(2), c.get(3)) {
            (Some(m), Some(d)) => (m.as_str(), d.as_str()),
            _ => (c.get(4)?.as_str(), c.get(5)?.as_str()),
        };
        NaiveDate::from_ymd_opt(y, m.parse().ok()?, d.parse().ok()?).filter(|d| plausible(*d))
    })
}

static NUMERIC: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)
        \b((?:19|20)\d\d)(?:[-/.]|\.\x20)(\d\d?)(?:[-/.]|\.\x20)(\d\d?)\b   # 2020-01-15, 2020. 1. 15
        | \b(\d\d?)\s?[./-]\s?(\d\d?)\s?[./-]\s?((?:19|20)\d\d)\b       # 15.01.2020
        | ((?:19|20)\d\d)\s*[年년]\s*(\d\d?)\s*[月월]\s*(\d\d?)\s*[日일]  # 2020年1月15日
        ",
    )
    .expect("valid")
});

static WORDY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?xi)
        \b(\d\d?)(?:\.|st|nd|rd|th|er|º|°)?(?:\s+(?:de\s+|of\s+)?|-)([\p{L}\p{M}]{2,12}\.?)(?:\s*,?\s+(?:de\s+|del\s+)?|-)((?:19|20)\d\d)\b  # 15. Januar 2020, 4-Dec-2025
        | \b([\p{L}\p{M}]{2,12}\.?)\s+(\d\d?)(?:st|nd|rd|th)?\s*,?\s+((?:19|20)\d\d)\b                                    # Jan 15, 2020
        | \b((?:19|20)\d\d)(?:\.|\s*m\.|eko)?\s+([\p{L}\p{M}]{3,12})\s+(\d\d?)(?:\.|\s*d\.|e?an\b|a\b|\b)          # 2025 m. gruodžio 5 d., 2025eko abenduaren 5a
        ",
    )
    .expect("valid")
});

/// The first date written in `text` as people write them, in any of the major news
/// languages; day-first where the order is ambiguous ("05/06/2020" is 5 June) unless
/// `month_first` (US English).
pub fn dateline(text: &str) -> Option<NaiveDate> {
    dateline_in(text, false).map(|(d, _)| d)
}

/// Like [`dateline`], also giving the match's byte offset.
fn dateline_in(text: &str, month_first: bool) -> Option<(NaiveDate, usize)> {
    match native(text) {
        Some((mapped, back)) => {
            dateline_ascii(&mapped, month_first).map(|(d, at)| (d, back[at.min(back.len() - 1)]))
        }
        None => dateline_ascii(text, month_first),
    }
}

/// Weekday names and their usual abbreviations in English, German, French, Spanish,
/// Italian, Dutch and Portuguese, lower case, Monday first.
const WEEKDAYS: [&[&str]; 7] = [
    &[
        "monday", "mon", "montag", "mo", "lundi", "lun", "lunes", "lunedì", "maandag", "ma",
        "segunda", "seg",
    ],
    &[
        "tuesday", "tue", "tues", "dienstag", "di", "mardi", "mar", "martes", "martedì", "dinsdag",
        "terça", "ter",
    ],
    &[
        "wednesday",
        "wed",
        "mittwoch",
        "mi",
        "mercredi",
        "mer",
        "miércoles",
        "mié",
        "mercoledì",
        "woensdag",
        "wo",
        "quarta",
        "qua",
    ],
    &[
        "thursday",
        "thu",
        "thur",
        "thurs",
        "donnerstag",
        "do",
        "jeudi",
        "jeu",
        "jueves",
        "jue",
        "giovedì",
        "gio",
        "donderdag",
        "quinta",
        "qui",
    ],
    &[
        "friday", "fri", "freitag", "fr", "vendredi", "ven", "viernes", "vie", "venerdì",
        "vrijdag", "vr", "sexta", "sex",
    ],
    &[
        "saturday", "sat", "samstag", "sa", "samedi", "sam", "sábado", "sáb", "sabato", "sab",
        "zaterdag", "za",
    ],
    &[
        "sunday", "sun", "sonntag", "so", "dimanche", "dim", "domingo", "dom", "domenica",
        "zondag", "zo",
    ],
];

/// The weekday named right before a date (`before` is the text up to it): the last word,
/// with a comma, a dot or a space after it ("Fri, ", "Freitag, ", "ven. ").
fn weekday_before(before: &str) -> Option<Weekday> {
    let tail = before.trim_end().trim_end_matches([',', '.']).trim_end();
    let word = tail
        .rsplit(|c: char| !c.is_alphabetic())
        .next()?
        .to_lowercase();
    if word.is_empty() {
        return None;
    }
    let days = [
        Weekday::Mon,
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
        Weekday::Sat,
        Weekday::Sun,
    ];
    WEEKDAYS
        .iter()
        .position(|names| names.contains(&word.as_str()))
        .map(|i| days[i])
}

/// Thai months as Thai papers abbreviate them ("5 มี.ค. 2568"), with their full names.
const THAI_ABBREVIATIONS: &[(&str, &str)] = &[
    ("ม.ค.", "มกราคม"),
    ("ก.พ.", "กุมภาพันธ์"),
    ("มี.ค.", "มีนาคม"),
    ("เม.ย.", "เมษายน"),
    ("พ.ค.", "พฤษภาคม"),
    ("มิ.ย.", "มิถุนายน"),
    ("ก.ค.", "กรกฎาคม"),
    ("ส.ค.", "สิงหาคม"),
    ("ก.ย.", "กันยายน"),
    ("ต.ค.", "ตุลาคม"),
    ("พ.ย.", "พฤศจิกายน"),
    ("ธ.ค.", "ธันวาคม"),
];

/// The ASCII digit a decimal digit of another script stands for (Devanagari, Bengali, Thai,
/// Arabic-Indic and Persian).
fn native_digit(c: char) -> Option<char> {
    let zero = match c {
        '\u{966}'..='\u{96f}' => 0x966,
        '\u{9e6}'..='\u{9ef}' => 0x9e6,
        '\u{e50}'..='\u{e59}' => 0xe50,
        '\u{660}'..='\u{669}' => 0x660,
        '\u{6f0}'..='\u{6f9}' => 0x6f0,
        _ => return None,
    };
    char::from_digit(c as u32 - zero, 10)
}

/// `text` with other scripts' digits as ASCII, Thai month abbreviations written out and
/// Thai Buddhist-era years (2568) as common-era ones (2025), so the patterns read them; with
/// each byte's offset in `text`. `None` when there is nothing to rewrite.
fn native(text: &str) -> Option<(String, Vec<usize>)> {
    let thai = text.chars().any(|c| ('\u{e00}'..='\u{e7f}').contains(&c));
    if !thai && !text.chars().any(|c| native_digit(c).is_some()) {
        return None;
    }
    let mut mapped = String::with_capacity(text.len());
    let mut back = Vec::with_capacity(text.len() + 1);
    let mut i = 0;
    while i < text.len() {
        let rest = &text[i..];
        if let Some((abbr, full)) = THAI_ABBREVIATIONS.iter().find(|(a, _)| rest.starts_with(a)) {
            mapped.push_str(full);
            back.extend(std::iter::repeat_n(i, full.len()));
            i += abbr.len();
            continue;
        }
        let c = rest.chars().next()?;
        let out = native_digit(c).unwrap_or(c);
        mapped.push(out);
        back.extend(std::iter::repeat_n(i, out.len_utf8()));
        i += c.len_utf8();
    }
    back.push(text.len());
    if thai {
        // A year written the same length either way, so the offsets hold.
        mapped = BUDDHIST_YEAR
            .replace_all(&mapped, |c: &regex::Captures| {
                let y: i32 = c[1].parse().unwrap_or(0);
                if (2534..=2643).contains(&y) {
                    (y - 543).to_string()
                } else {
                    c[1].to_string()
                }
            })
            .into_owned();
    }
    Some((mapped, back))
}

/// A four-digit year of the Thai Buddhist era (543 years ahead).
static BUDDHIST_YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(2[56]\d\d)\b").expect("valid"));

/// [`dateline_in`] on text whose digits are ASCII.
fn dateline_ascii(text: &str, month_first: bool) -> Option<(NaiveDate, usize)> {
    let numeric = NUMERIC.captures_iter(text).find_map(|c| {
        let n = |i: usize| c.get(i).and_then(|m| m.as_str().parse::<u32>().ok());
        let date = if let (Some(y), Some(m), Some(d)) = (n(1), n(2), n(3)) {
            NaiveDate::from_ymd_opt(y as i32, m, d)
        } else if let (Some(a), Some(b), Some(y)) = (n(4), n(5), n(6)) {
            let (d, m) = if month_first && a <= 12 {
                (b, a)
            } else {
                (a, b)
            };
            let start = c.get(0).map_or(0, |m| m.start());
            let said = NaiveDate::from_ymd_opt(y as i32, m, d);
            let other = NaiveDate::from_ymd_opt(y as i32, d, m);
            // A weekday before an ambiguous date says which order it is in ("Fri,
            // 12/05/2025" is 5 December, a Friday; 12 May was a Monday).
            match (weekday_before(&text[..start]), said, other) {
                (Some(w), Some(s), Some(o)) if s.weekday() != w && o.weekday() == w => Some(o),
                _ => said.or(other),
            }
        } else {
            NaiveDate::from_ymd_opt(n(7)? as i32, n(8)?, n(9)?)
        };
        date.filter(|d| plausible(*d))
            .map(|d| (d, c.get(0).map_or(0, |m| m.start())))
    });
    let wordy = WORDY.captures_iter(text).find_map(|c| {
        let n = |i: usize| c.get(i).and_then(|m| m.as_str().parse::<u32>().ok());
        let date = if let (Some(d), Some(m), Some(y)) = (n(1), c.get(2), n(3)) {
            NaiveDate::from_ymd_opt(y as i32, month(m.as_str())?, d)
        } else if let (Some(y), Some(m), Some(d)) = (n(7), c.get(8), n(9)) {
            NaiveDate::from_ymd_opt(y as i32, month(m.as_str())?, d)
        } else {
            NaiveDate::from_ymd_opt(n(6)? as i32, month(c.get(4)?.as_str())?, n(5)?)
        };
        date.filter(|d| plausible(*d))
            .map(|d| (d, c.get(0).map_or(0, |m| m.start())))
    });
    match (numeric, wordy) {
        (Some(a), Some(b)) => Some(if a.1 <= b.1 { a } else { b }),
        (a, b) => a.or(b),
    }
}

/// Class and id words of elements whose dates are not the article's.
const NOT_THE_ARTICLE: &[&str] = &[
    "comment",
    "reply",
    "respon",
    "related",
    "sidebar",
    "footer",
    "teaser",
    "recent",
    "archive",
    "copyright",
    "disqus",
    "popular",
    "more-",
    "newsletter",
];

fn in_other_content(node: &NodeRef) -> bool {
    std::iter::once(*node)
        .chain(node.ancestors_it(Some(40)))
        .any(|n| {
            let name = n.node_name().unwrap_or_default().to_ascii_lowercase();
            // A `<footer>` inside an `<article>` is the post's own (its permalink and date,
            // as blog themes write it), not the site's.
            if name == "footer" && in_article(&n) {
                return false;
            }
            if matches!(name.as_str(), "footer" | "aside" | "nav") {
                return true;
            }
            in_class(&n)
        })
}

/// Whether an `<article>` element holds the node.
fn in_article(node: &NodeRef) -> bool {
    node.ancestors_it(Some(40)).any(|a| {
        a.node_name()
            .is_some_and(|n| n.eq_ignore_ascii_case("article"))
    })
}

/// The publication date a `<time>` element states: one marked as published first, else the
/// first outside comments, sidebars and footers.
pub fn from_time(doc: &Document) -> Option<String> {
    let times = doc.select("time");
    let nodes: Vec<NodeRef> = times
        .nodes()
        .iter()
        .filter(|t| !in_other_content(t))
        .cloned()
        .collect();
    let marked = |t: &NodeRef| {
        t.has_attr("pubdate")
            || t.attr("itemprop")
                .is_some_and(|v| v.contains("datePublished"))
            || t.attr("class").is_some_and(|c| {
                let c = c.to_ascii_lowercase();
                c.contains("publish") || c.contains("entry-date") || c.contains("post-date")
            })
    };
    let value = |t: &NodeRef| {
        t.attr("datetime")
            .and_then(|d| normalise(&d))
            .or_else(|| normalise(&t.text()))
    };
    // One declared as the publication date in microdata counts wherever the template puts
    // it (TYPO3's news extension puts it in a block classed `footer`), but not in comments.
    let declared = times.nodes().iter().find(|t| {
        t.attr("itemprop")
            .is_some_and(|v| v.contains("datePublished"))
            && !t.ancestors_it(Some(40)).any(|a| in_comments(&a))
    });
    declared
        .into_iter()
        .chain(nodes.iter().filter(|t| marked(t)))
        .chain(nodes.iter())
        .find_map(value)
}

/// Whether the element is a comment thread or a reply.
fn in_comments(node: &NodeRef) -> bool {
    let words = format!(
        "{} {}",
        node.attr("class").unwrap_or_default(),
        node.attr("id").unwrap_or_default()
    )
    .to_ascii_lowercase();
    ["comment", "reply", "respon", "disqus"]
        .iter()
        .any(|n| words.contains(n))
}

/// A dateline near the headline: the first date written within a short stretch of text
/// around the first `<h1>` (or, on a page without one, where the text first states one of
/// `headlines`, the titles its metadata gives; else the top of the body), skipping
/// copyright lines, comments, sidebars and footers. `lang` (the page's `lang` attribute)
/// decides the order of ambiguous numeric dates.
pub fn near_headline(doc: &Document, lang: Option<&str>, headlines: &[&str]) -> Option<NaiveDate> {
    let mut text = String::new();
    let mut h1_at = None;
    for body in doc.select("body").nodes() {
        visible_text(body, &mut text, &mut h1_at);
    }
    let month_first = lang.is_some_and(|l| l.eq_ignore_ascii_case("en-us"))
        || declares_us_english(doc)
        || (lang.is_none_or(|l| l.to_ascii_lowercase().starts_with("en"))
            && numeric_order(&text) == Some(true));
    // A date labelled as the publication's outranks one that merely stands near the
    // headline (often today's date in the site's header).
    if let Some(d) = labelled(&text, month_first) {
        return Some(d);
    }
    if let Some(d) = doc
        .select("body")
        .nodes()
        .iter()
        .find_map(|b| sent_line(&b.text()))
    {
        return Some(d);
    }
    let window = |from: usize, to: usize| {
        let (from, to) = (
            floor_char(&text, from),
            floor_char(&text, to.min(text.len())),
        );
        first_uncopyrighted(&text[from..to], month_first)
    };
    if let Some(at) = h1_at {
        return window(at.saturating_sub(400), at + 1500);
    }
    // A headline set in a styled <div>: the text well above it is the site's header, where
    // a consent banner's "25 May 2018" stands, so the text after it is read first.
    let at = headlines
        .iter()
        .map(|h| h.trim())
        .filter(|h| h.chars().count() >= MIN_HEADLINE_CHARS)
        .find_map(|h| text.find(h));
    match at {
        Some(at) => window(at, at + 1500).or_else(|| window(at.saturating_sub(400), at)),
        None => window(0, 1500),
    }
}

/// Whether the page's metadata says it is written in US English (`og:locale` "en_US", a
/// `content-language` of "en-US"), where `<html lang>` says only "en".
fn declares_us_english(doc: &Document) -> bool {
    doc.select("meta[property='og:locale'], meta[http-equiv='content-language'], meta[http-equiv='Content-Language']")
        .nodes()
        .iter()
        .filter_map(|m| m.attr("content"))
        .any(|c| c.trim().replace('_', "-").eq_ignore_ascii_case("en-us"))
}

/// The order the page's own unambiguous numeric dates are written in: `Some(true)` when
/// some put the month first ("11/20/2025") and none the day, `Some(false)` the other way
/// round, `None` when none says or they disagree.
fn numeric_order(text: &str) -> Option<bool> {
    let (mut month_first, mut day_first) = (false, false);
    for c in NUMERIC.captures_iter(text) {
        let n = |i: usize| c.get(i).and_then(|m| m.as_str().parse::<u32>().ok());
        if let (Some(a), Some(b)) = (n(4), n(5)) {
            month_first |= a <= 12 && (13..=31).contains(&b);
            day_first |= b <= 12 && (13..=31).contains(&a);
        }
    }
    match (month_first, day_first) {
        (true, false) => Some(true),
        (false, true) => Some(false),
        _ => None,
    }
}

/// A title shorter than this is too slight to find the headline by.
const MIN_HEADLINE_CHARS: usize = 12;

static LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:(?:published|posted|submitted) by|(?:gespeichert|erstellt|verfasst|geschrieben|eingestellt|veröffentlicht) von|(?:publié|posté) par|publicado por|pubblicato da|(?:geplaatst|gepubliceerd) door)\s+(?:[^\s.!?]+\s+){1,5}?(?:on|am|le|el|em|il|op)\s+|\b(?:date|datum|published|posted|veröffentlicht|erschienen|erstellt|publiziert|online seit|publié|mis en ligne|publicado|pubblicato|gepubliceerd|geplaatst|opublikowano|dodano|data publikacji|опубликовано|опубліковано|publicat|publiceret|publisert|publicerad|פורסם|yayınlanma|diterbitkan|fecha|data)\b\s*(?:am|on|le|el|il|op|:|-)?\s*:?\s*",
    )
    .expect("valid")
});

/// The same labels in Korean, Chinese and Japanese, written without spaces around them
/// ("입력 2025.03.12", "发布时间：2025-03-12", "公開日：2025年3月12日").
static LABEL_CJK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:기사입력|입력|등록|发布时间|发布日期|發布時間|發佈時間|公開日|配信日時?|掲載日)\s*[:：]?\s*")
        .expect("valid")
});

/// A year-first date and a clock time followed by a word saying it was sent or published:
/// the agency line under a Korean story ("2025/03/12 10:15 송고"), a Japanese "配信" and a
/// Chinese "发布". The time is required: a date alone before "发布" is news about a release.
static LABEL_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"((?:19|20)\d\d[-/.]\d\d?[-/.]\d\d?\.?|(?:19|20)\d\d\s*[年년]\s*\d\d?\s*[月월]\s*\d\d?\s*[日일])\s*(?:\([^)]{1,3}\)\s*)?\d\d?:\d\d(?::\d\d)?\s*(?:송고|配信|发布|發布|發佈)",
    )
    .expect("valid")
});

/// A date right after a label saying it is the publication date ("Date 19.01.2020",
/// "Veröffentlicht am 3. März 2020", "입력 2025.03.12"), anywhere in the page's main text.
fn labelled(text: &str, month_first: bool) -> Option<NaiveDate> {
    LABEL
        .find_iter(text)
        .chain(LABEL_CJK.find_iter(text))
        .find_map(|m| {
            let rest = &text[m.end()..floor_char(text, (m.end() + 40).min(text.len()))];
            dateline_in(rest, month_first)
                .filter(|(_, at)| *at <= 12)
                .map(|(d, _)| d)
                .or_else(|| short_year(rest, month_first))
        })
}

/// A numeric date with a two-digit year right at the start of `rest` ("10.03.25, 08:12").
static SHORT_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\d\d?)([./])(\d\d?)([./])(\d\d)\b(?:[^./\d]|$)").expect("valid")
});

/// The date a label puts before a two-digit year, as Israeli sites print it ("פורסם:
/// 10.03.25"): read only after a publication label, where it cannot be a version number or
/// a score, with the same separator twice, and in this century.
fn short_year(rest: &str, month_first: bool) -> Option<NaiveDate> {
    let c = SHORT_YEAR.captures(rest)?;
    if c[2] != c[4] {
        return None;
    }
    let (a, b): (u32, u32) = (c[1].parse().ok()?, c[3].parse().ok()?);
    let y = 2000 + c[5].parse::<i32>().ok()?;
    let (d, m) = if month_first { (b, a) } else { (a, b) };
    NaiveDate::from_ymd_opt(y, m, d).filter(|d| plausible(*d))
}

/// A date marked as sent ("2025/03/12 10:15 송고") anywhere in `text`. Agencies print the
/// line in the story's copyright block, which the other readers skip: the word after the
/// time says what the date is, wherever it stands.
fn sent_line(text: &str) -> Option<NaiveDate> {
    LABEL_AFTER
        .captures_iter(text)
        .find_map(|c| dateline(c.get(1)?.as_str()))
}

/// The first date in `window` that is not part of a copyright line.
fn first_uncopyrighted(window: &str, month_first: bool) -> Option<NaiveDate> {
    let mut offset = 0;
    while let Some((d, at)) = dateline_in(&window[offset..], month_first) {
        let before = &window[floor_char(window, (offset + at).saturating_sub(30))..offset + at];
        let lower = before.to_lowercase();
        if !(lower.contains('©') || lower.contains("copyright") || lower.contains("(c)")) {
            return Some(d);
        }
        offset = ceil_char(window, offset + at + 1);
    }
    None
}

fn floor_char(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_char(s: &str, mut i: usize) -> usize {
    while i < s.len() && !s.is_char_boundary(i) {
        i += 1;
    }
    i.min(s.len())
}

/// Text of what the page shows, elements kept apart by spaces, noting where the first
/// `<h1>` starts. Stops after 200 KB: a dateline is near the top.
fn visible_text(node: &NodeRef, out: &mut String, h1_at: &mut Option<usize>) {
    for child in node.children() {
        if out.len() > 200_000 {
            return;
        }
        if child.is_text() {
            out.push_str(&child.text());
        } else if child.is_element() {
            let name = child.node_name().unwrap_or_default().to_ascii_lowercase();
            if matches!(
                name.as_str(),
                "script"
                    | "style"
                    | "noscript"
                    | "template"
                    | "svg"
                    | "nav"
                    | "footer"
                    | "aside"
                    | "form"
                    | "select"
            ) || in_class(&child)
            {
                continue;
            }
            if name == "h1" && h1_at.is_none() {
                *h1_at = Some(out.len());
            }
            out.push(' ');
            visible_text(&child, out, h1_at);
            out.push(' ');
        }
    }
}

/// Whether the element itself is a comment, sidebar or footer block.
fn in_class(node: &NodeRef) -> bool {
    let words = format!(
        "{} {}",
        node.attr("class").unwrap_or_default(),
        node.attr("id").unwrap_or_default()
    )
    .to_ascii_lowercase();
    words
        .split_whitespace()
        // WordPress marks a post with its categories and tags ("category-popular"): they
        // name what the post is about, not what the block is.
        .filter(|w| !w.starts_with("category-") && !w.starts_with("tag-"))
        .any(|w| NOT_THE_ARTICLE.iter().any(|n| w.contains(n)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, day)
    }

    #[test]
    fn a_weekday_settles_the_order_of_an_ambiguous_date() {
        // 5 December 2025 was a Friday, 12 May 2025 a Monday.
        assert_eq!(dateline("Fri, 12/05/2025 - 10:15"), d(2025, 12, 5));
        assert_eq!(dateline("Mon, 12/05/2025"), d(2025, 5, 12));
        assert_eq!(dateline("Freitag, 12.05.2025"), d(2025, 12, 5));
        // No weekday, or one that fits neither: day first, as before.
        assert_eq!(dateline("12/05/2025"), d(2025, 5, 12));
        assert_eq!(dateline("Sun, 12/05/2025"), d(2025, 5, 12));
    }

    #[test]
    fn an_english_page_writing_the_month_first_is_read_so() {
        let page = |lang: &str| {
            let html = format!(
                "<html lang='{lang}'><body><h1>Volunteers finish the bridge</h1><p>Posted 12/05/2025</p><p>Story.</p><p>Older: 11/20/2025</p></body></html>"
            );
            near_headline(&Document::from(html.as_str()), Some(lang), &[])
        };
        assert_eq!(page("en"), d(2025, 12, 5));
        // Day-first dates elsewhere, or another language: day first.
        let mixed = "<html><body><h1>Volunteers finish the bridge</h1><p>Posted 12/05/2025</p><p>Older: 20/11/2025</p></body></html>";
        assert_eq!(
            near_headline(&Document::from(mixed), Some("en"), &[]),
            d(2025, 5, 12)
        );
        assert_eq!(page("de"), d(2025, 5, 12));
        // The social card's locale says US English where the page's lang says only "en".
        let us = "<html lang='en'><head><meta property='og:locale' content='en_US'></head><body><h1>Volunteers finish the bridge</h1><p>Posted 12/05/2025</p></body></html>";
        assert_eq!(
            near_headline(&Document::from(us), Some("en"), &[]),
            d(2025, 12, 5)
        );
        let gb = us.replace("en_US", "en_GB");
        assert_eq!(
            near_headline(&Document::from(gb.as_str()), Some("en"), &[]),
            d(2025, 5, 12)
        );
    }

    #[test]
    fn labelled_dates_in_cjk_and_the_agency_sent_line() {
        assert_eq!(
            labelled("김태호 기자 입력 2025.03.12 10:15 수정 2025.03.13", false),
            d(2025, 3, 12)
        );
        assert_eq!(
            labelled("发布时间：2025-03-12 09:30 来源：新华网", false),
            d(2025, 3, 12)
        );
        // "Published by <publication> on <date>": the label names who published it first.
        assert_eq!(
            labelled(
                "died on November 29, 2025. Published by Prairie Sentinel on Dec. 2, 2025.",
                false
            ),
            d(2025, 12, 2)
        );
        assert_eq!(
            sent_line("무단 전재-재배포 금지> 2025/03/12 10:15 송고"),
            d(2025, 3, 12)
        );
        assert_eq!(sent_line("2025年3月12日(水) 18:05配信"), d(2025, 3, 12));
        // A date without a time before "发布" is what the story says was released.
        assert_eq!(sent_line("国家统计局2025年2月28日发布的数据显示"), None);
        let doc = Document::from(
            "<html><body><h1>경남도, 청년 월세 지원 확대</h1><p>창원시가 지원을 늘린다.</p><p class=\"txt-copyright\">&lt;저작권자(c) 연합뉴스&gt;<br>2025/03/12 10:15 송고</p></body></html>",
        );
        assert_eq!(near_headline(&doc, Some("ko"), &[]), d(2025, 3, 12));
    }

    #[test]
    fn creation_and_online_labels_in_german_french_dutch_and_polish() {
        for (text, want) in [
            (
                "Politik Erstellt: 22. Mai 2014 Die Fraktion begrüßt",
                d(2014, 5, 22),
            ),
            ("Publiziert: 05.12.2025, 10:15 Uhr", d(2025, 12, 5)),
            ("Online seit 3. März 2020", d(2020, 3, 3)),
            ("Mis en ligne le 5 décembre 2025 à 10h15", d(2025, 12, 5)),
            ("Geplaatst op 5 december 2025", d(2025, 12, 5)),
            ("Dodano: 5 grudnia 2025", d(2025, 12, 5)),
        ] {
            assert_eq!(labelled(text, false), want, "{text}");
        }
        // A date the story gives before the word is no label's.
        assert_eq!(
            labelled("Der Plan, am 3. März 2020 erstellt, sah vor", false),
            None
        );
    }

    #[test]
    fn a_submitted_by_line_labels_its_date_in_several_languages() {
        for (text, want) in [
            (
                "Am 23.-26.8.2017 fahren wir hin. Gespeichert von rasos am 24. Juli 2017 - 18:55",
                d(2017, 7, 24),
            ),
            (
                "Trip 23.-26.8.2017. Submitted by admin on Thu, 11/20/2025 - 19:42",
                d(2025, 11, 20),
            ),
            (
                "Le 3 mai 2020 déjà. Publié par Jean Dupont le 12 mars 2021",
                d(2021, 3, 12),
            ),
        ] {
            assert_eq!(labelled(text, false), want, "{text}");
        }
    }

    #[test]
    fn a_utc_date_read_in_the_zone_a_local_time_gives() {
        assert_eq!(
            in_local_time("2023-01-17T00:30:41Z", "2023-01-16T16:30:41").as_deref(),
            Some("2023-01-16T16:30:41-08:00")
        );
        // Not the same instant (an update time), the same time, or already zoned: unchanged.
        assert_eq!(
            in_local_time("2023-01-17T00:30:41Z", "2023-01-16T16:31:02"),
            None
        );
        assert_eq!(
            in_local_time("2023-01-17T00:30:41Z", "2023-01-17T00:30:41"),
            None
        );
        assert_eq!(
            in_local_time("2023-01-17T00:30:41+01:00", "2023-01-16T16:30:41"),
            None
        );
        assert_eq!(
            in_local_time("2023-01-17T00:30:41Z", "2023-01-15T16:30:41"),
            None
        );
    }

    #[test]
    fn datelines_in_many_languages() {
        let cases = [
            ("Freitag | 14. Juni 2019 | 15:49", d(2019, 6, 14)),
            ("15. Januar 2020", d(2020, 1, 15)),
            ("le 15 janvier 2020 à 10h", d(2020, 1, 15)),
            ("15 de enero de 2020", d(2020, 1, 15)),
            ("15 gennaio 2020", d(2020, 1, 15)),
            ("Jan. 15, 2020, 10:00 AM", d(2020, 1, 15)),
            ("January 15th, 2020", d(2020, 1, 15)),
            ("15/01/2020", d(2020, 1, 15)),
            ("19.01.2020 | DW", d(2020, 1, 19)),
            ("2020-01-15", d(2020, 1, 15)),
            ("2020年1月15日", d(2020, 1, 15)),
            ("15 января 2020 г.", d(2020, 1, 15)),
            ("15 stycznia 2020", d(2020, 1, 15)),
            ("15 Ocak 2020", d(2020, 1, 15)),
            ("15 Mei 2020", d(2020, 5, 15)),
            ("3. Dez. 2019", d(2019, 12, 3)),
            ("الأحد 06 أبريل 2025 - 12:15 م", d(2025, 4, 6)),
            ("15 يناير 2025", d(2025, 1, 15)),
            ("3 تموز 2024", d(2024, 7, 3)),
            ("Publicat: 12 februarie 2025", d(2025, 2, 12)),
            ("प्रकाशित: 03 नवंबर 2025", d(2025, 11, 3)),
            ("5 मई 2025", d(2025, 5, 5)),
            ("প্রকাশ: ০৫ মার্চ ২০২৫, ১০: ৩০", d(2025, 3, 5)),
            ("5 มี.ค. 2568 10:15 น.", d(2025, 3, 5)),
            ("วันที่ 12 มกราคม 2567", d(2024, 1, 12)),
            ("۱۴۰۳/۱۲/۱۴", None),
            ("Понеділок, 3 березня 2025, 14:20", d(2025, 3, 3)),
            ("6. decembra 2025 o 14:20", d(2025, 12, 6)),
            ("6. децембра 2025.", d(2025, 12, 6)),
            ("5. svibnja 2025.", d(2025, 5, 5)),
            ("6 дек 2025, 12:03", d(2025, 12, 6)),
            ("06 دسمبر 2025", d(2025, 12, 6)),
            ("பதிவு: டிசம்பர் 06, 2025 10:15", d(2025, 12, 6)),
            ("Disyembre 6, 2025 - 08:30 AM", d(2025, 12, 6)),
            ("Disember 6, 2025 @ 10:15am", d(2025, 12, 6)),
            ("06 de juliol de 2025", d(2025, 7, 6)),
            ("입력 2025. 12. 6. 10:15", d(2025, 12, 6)),
            ("2025 m. gegužės 7 d. 14:32", d(2025, 5, 7)),
            ("2025. március 5.", d(2025, 3, 5)),
            ("2024. december 5. 10:15", d(2024, 12, 5)),
            ("2025eko martxoaren 3a, 09:30", d(2025, 3, 3)),
            ("5. decembris, 2025, 10:15", d(2025, 12, 5)),
            ("12. märts 2025, 12:41", d(2025, 3, 12)),
            ("Ijumaa, Julai 04, 2025", d(2025, 7, 4)),
            ("11:40, 5 Դեկտեմբեր, 2025", d(2025, 12, 5)),
            ("ԵՐԵՎԱՆ, 5 ՄԱՐՏԻ 2025", d(2025, 3, 5)),
            ("5 Prill, 2025 11:20", d(2025, 4, 5)),
            ("05 oktyabr 2025 14:08", d(2025, 10, 5)),
            ("05 თებერვალი 2025 13:20", d(2025, 2, 5)),
            ("5 септември 2025, 10:15", d(2025, 9, 5)),
            ("3. nóvember 2025 kl. 10:15", d(2025, 11, 3)),
            ("प्रकाशित: ५ ऑगस्ट २०२५", d(2025, 8, 5)),
            ("4-DEC-2025", d(2025, 12, 4)),
            ("NEWS RELEASE 14-Mar-2024", d(2024, 3, 14)),
            ("no date here, 12 monkeys in 2020", None),
            ("31.02.2020", None),
        ];
        for (text, want) in cases {
            assert_eq!(dateline(text), want, "{text}");
        }
        assert_eq!(month("Sept."), Some(9));
        assert_eq!(month("ma"), None);
        assert_eq!(month("mar"), Some(3));
    }

    #[test]
    fn machine_dates_normalise() {
        assert_eq!(
            normalise("2020-01-15T10:00:00+0100").as_deref(),
            Some("2020-01-15T10:00:00+01:00")
        );
        assert_eq!(
            normalise("2020-01-15T10:00:00.000Z").as_deref(),
            Some("2020-01-15T10:00:00.000Z")
        );
        assert_eq!(
            normalise("Wed, 15 Jan 2020 10:00:00 GMT").as_deref(),
            Some("2020-01-15T10:00:00+00:00")
        );
        assert_eq!(
            normalise("2019-05-15 05:28:29").as_deref(),
            Some("2019-05-15T05:28:29")
        );
        assert_eq!(normalise("15.01.2020").as_deref(), Some("2020-01-15"));
        assert_eq!(normalise("1970-01-01").as_deref(), None);
        assert_eq!(normalise("soon"), None);
    }

    #[test]
    fn url_paths() {
        assert_eq!(from_url("https://x.org/2020/01/15/story/"), d(2020, 1, 15));
        assert_eq!(
            from_url("https://x.org/news/2020-01-15-story"),
            d(2020, 1, 15)
        );
        assert_eq!(
            from_url("https://x.org/a/20200115/story.html"),
            d(2020, 1, 15)
        );
        assert_eq!(from_url("https://x.org/2020/01/story"), None);
        assert_eq!(from_url("https://2020.x.org/id/12345678"), None);
    }

    #[test]
    fn a_two_digit_year_only_after_a_publication_label() {
        let doc = Document::from(
            "<body><h1>חיפה תפעיל רכבל חדש</h1><div><span>דנה כהן</span><span>פורסם: 10.03.25, 08:12</span></div><p>Text.</p></body>",
        );
        assert_eq!(near_headline(&doc, None, &[]), d(2025, 3, 10));
        // Unlabelled, or with two separators, it is a version, a score or a time.
        for text in [
            "<h1>T</h1><p>Version 10.03.25 fixes the bug.</p>",
            "<h1>T</h1><p>Published: 10.03/25</p>",
        ] {
            let doc = Document::from(format!("<body>{text}</body>"));
            assert_eq!(near_headline(&doc, None, &[]), None, "{text}");
        }
    }

    #[test]
    fn page_datelines_skip_copyright_and_comments() {
        let doc = Document::from(
            "<body><div class=header>© 2018 Site</div><h1>Headline</h1><p>By Jane, 3 March 2020</p>\
             <div class=comments><p>Comment of 4 March 2020</p></div></body>",
        );
        assert_eq!(near_headline(&doc, None, &[]), d(2020, 3, 3));
        let doc = Document::from(
            "<body><h1>Headline</h1><p>Text.</p><footer>Copyright 01.01.2020</footer>\
             <ol class=commentlist><li><time datetime=2020-02-02>x</time></li></ol></body>",
        );
        assert_eq!(near_headline(&doc, None, &[]), None);
        assert_eq!(from_time(&doc), None);
        let doc = Document::from(
            "<body><div class=\"post category-popular tag-recent\"><h1>T</h1><p>January 22, 2014</p></div></body>",
        );
        assert_eq!(near_headline(&doc, None, &[]), d(2014, 1, 22));
        let doc = Document::from(
            "<body><div class=news><h3>T</h3><div class=footer><time itemprop=datePublished datetime=2025-01-15>15.01.2025</time></div>\
             <div class=comments><time itemprop=datePublished datetime=2025-01-16>x</time></div></div></body>",
        );
        assert_eq!(
            from_time(&doc).as_deref().and_then(|t| t.get(..10)),
            Some("2025-01-15")
        );
        // A post's own `<footer>` (inside its `<article>`) holds its date; the site's does not.
        let doc = Document::from(
            "<body><article><h2>T</h2><p>Text.</p><footer class=post-meta><a href=/post/1><time datetime=2025-01-23T19:04:12Z>January 23, 2025</time></a></footer></article>\
             <footer><time datetime=2025-12-01>Today</time></footer></body>",
        );
        assert_eq!(
            from_time(&doc).as_deref().and_then(|t| t.get(..10)),
            Some("2025-01-23")
        );
        let doc = Document::from(
            "<body><article><p>Text.</p></article><footer><time datetime=2025-12-01>Today</time></footer></body>",
        );
        assert_eq!(from_time(&doc), None);
        // No <h1>: the headline the metadata gives marks where the article starts.
        let doc = Document::from(
            "<body><div class=rodo>Since 25 May 2018 the GDPR applies.</div><div class=t>The bridge closes for two years</div>\
             <div>15 stycznia 2025, 10:30</div><p>Text.</p></body>",
        );
        assert_eq!(near_headline(&doc, None, &[]), d(2018, 5, 25));
        assert_eq!(
            near_headline(&doc, None, &["The bridge closes for two years"]),
            d(2025, 1, 15)
        );
        let doc = Document::from(
            "<body><time datetime=2019-01-01>old</time><time class=published datetime=2020-02-02T10:00:00Z>x</time></body>",
        );
        assert_eq!(from_time(&doc).as_deref(), Some("2020-02-02T10:00:00Z"));
    }
}
