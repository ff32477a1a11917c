//! Languages: which language a text is written in (ISO 639-1), detected with whatlang, and
//! the few facts about a language tag that the layers above need (English rules, scripts
//! written without spaces, right-to-left scripts).
//!
//! Bottom layer: it knows nothing of articles or sites, so ingest, enrichment and rendering
//! can all use it.

use whatlang::{Detector, Lang};

/// How much text detection reads: trigram statistics settle long before this, and the cost
/// of detection grows with the sample.
const SAMPLE_BYTES: usize = 4096;

/// Fewer letters than this and only an unambiguous script can tell the language.
const MIN_LETTERS: usize = 12;

/// A detected language.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Detection {
    /// ISO 639-1 code, lowercase (`en`, `de`, `zh`, …).
    pub code: &'static str,
    /// How sure detection is, 0 to 1 (whatlang's confidence, or the share of English
    /// function words among the function words counted).
    pub confidence: f64,
    /// Enough text and a clear enough winner to trust over a site's default.
    pub reliable: bool,
}

/// Languages whatlang knows that no news text here is written in, and that its trigram
/// models wrongly pick for short or mixed Latin-script text (Esperanto above all).
const DENIED: &[Lang] = &[
    Lang::Epo,
    Lang::Lat,
    Lang::Jav,
    Lang::Aka,
    Lang::Sna,
    Lang::Zul,
    Lang::Tuk,
];

fn detector() -> &'static Detector {
    static D: std::sync::OnceLock<Detector> = std::sync::OnceLock::new();
    D.get_or_init(|| Detector::with_denylist(DENIED.to_vec()))
}

/// Whether detection can name the language `code` (ISO 639-1): whatlang has a model for it
/// and it is not denied. Norwegian's macrolanguage `no` counts, as detection names `nb`.
pub fn detectable(code: &str) -> bool {
    code == "no"
        || Lang::all()
            .iter()
            .any(|l| !DENIED.contains(l) && iso639_1(*l) == code)
}

/// The language of `text` (a title and body, Markdown or plain), or `None` when there is too
/// little text to tell. Links, addresses and code are skipped: their letters are English-ish
/// in every language.
pub fn detect(text: &str) -> Option<Detection> {
    let sample = sample(text);
    // Letters and East Asian characters in one pass over the sample.
    let (mut letters, mut han, mut kana, mut hangul) = (0usize, 0usize, 0usize, 0usize);
    for c in sample.chars() {
        if c.is_ascii() {
            letters += usize::from(c.is_ascii_alphabetic());
            continue;
        }
        match c {
            '\u{3040}'..='\u{30FF}' => kana += 1,
            '\u{AC00}'..='\u{D7AF}' => hangul += 1,
            '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' => han += 1,
            _ => {}
        }
        letters += usize::from(c.is_alphabetic());
    }
    if letters == 0 {
        return None;
    }
    if let Some(d) = east_asian(han, kana, hangul, letters) {
        return Some(d);
    }
    if let Some(d) = plainly_english(&sample) {
        return Some(d);
    }
    let info = detector().detect(&sample)?;
    let code = iso639_1(info.lang());
    // Scripts used by one language only (Hangul, kana, Thai, Greek, Hebrew, …) decide
    // on a few letters; Latin and Cyrillic need more.
    let own_script = matches!(
        code,
        "ko" | "ja"
            | "th"
            | "el"
            | "he"
            | "ka"
            | "hy"
            | "km"
            | "my"
            | "si"
            | "am"
            | "ta"
            | "te"
            | "kn"
            | "ml"
            | "gu"
            | "pa"
            | "or"
    );
    if letters < MIN_LETTERS && !own_script && code != "zh" {
        return None;
    }
    let reliable = own_script || code == "zh" || (letters >= 80 && info.confidence() >= 0.5);
    Some(Detection {
        code,
        confidence: info.confidence(),
        reliable,
    })
}

/// Chinese, Japanese or Korean when their characters carry the text: one of them stands for
/// a word or syllable, so they are weighed at three Latin letters each, and Chinese news
/// full of Latin product names ("iPhone 16 Pro Max") stays Chinese.
/// `han`, `kana` and `hangul` count those characters of the sample, `letters` all its letters.
fn east_asian(han: usize, kana: usize, hangul: usize, letters: usize) -> Option<Detection> {
    let cjk = han + kana + hangul;
    let others = letters.saturating_sub(cjk);
    if cjk < 4 || cjk * 3 < others {
        return None;
    }
    let code = if hangul > han + kana {
        "ko"
    } else if kana * 10 >= han + kana {
        // Japanese prose is rarely less than a tenth kana; Chinese has none.
        "ja"
    } else {
        "zh"
    };
    Some(Detection {
        code,
        confidence: cjk as f64 / (cjk + others) as f64,
        reliable: true,
    })
}

/// Function words frequent in English prose and rare in the prose of other languages (not
/// "of", "was", "will", "for": Dutch, German and the Nordic languages use them too), given
/// lower case. A `match` (compiled to a switch on length and bytes): this runs for every
/// short word of every article without a `language` key.
fn english_word(w: &[u8]) -> bool {
    matches!(
        w,
        b"the"
            | b"and"
            | b"that"
            | b"with"
            | b"this"
            | b"from"
            | b"which"
            | b"were"
            | b"have"
            | b"been"
            | b"would"
            | b"their"
            | b"they"
            | b"there"
            | b"what"
            | b"about"
            | b"into"
            | b"said"
            | b"its"
            | b"has"
            | b"are"
            | b"who"
    )
}

/// The commonest function words of the other major Latin-script news languages (de, fr, es,
/// it, pt, nl), given lower case: a text full of them is not plainly English, whatever
/// English it quotes. ("não" is not ASCII: such words count against English anyway.)
fn other_word(w: &[u8]) -> bool {
    matches!(
        w,
        b"der"
            | b"die"
            | b"und"
            | b"ist"
            | b"nicht"
            | b"das"
            | b"den"
            | b"mit"
            | b"sich"
            | b"auf"
            | b"le"
            | b"les"
            | b"et"
            | b"est"
            | b"une"
            | b"des"
            | b"du"
            | b"dans"
            | b"el"
            | b"los"
            | b"las"
            | b"y"
            | b"que"
            | b"del"
            | b"por"
            | b"il"
            | b"di"
            | b"che"
            | b"della"
            | b"non"
            | b"het"
            | b"een"
            | b"en"
            | b"van"
            | b"o"
            | b"os"
            | b"da"
            | b"em"
    )
}

/// English without whatlang: its trigram scoring costs a fixed ~0.4 ms a text (every Latin
/// language's profile is scored), most of enrichment's time for articles that carry no
/// `language` key, while English prose is told by its function words alone. Needs 60
/// words, an eighth of them English function words and four times as many as the other
/// languages' (so a German article quoting English tweets still goes to whatlang).
fn plainly_english(sample: &str) -> Option<Detection> {
    let (mut words, mut english, mut other) = (0usize, 0usize, 0usize);
    let mut lower = [0u8; 5];
    for w in sample.split(|c: char| !c.is_alphanumeric() && c != '\'') {
        if w.is_empty() {
            continue;
        }
        if !w.is_ascii() {
            // Accented and non-Latin words count against English.
            words += 1;
            other += usize::from(w.chars().any(|c| c.is_alphabetic() && !c.is_ascii()));
            continue;
        }
        words += 1;
        // Function words are short: longer words need no lookup.
        if w.len() > 5 {
            continue;
        }
        let lower = &mut lower[..w.len()];
        lower.copy_from_slice(w.as_bytes());
        lower.make_ascii_lowercase();
        if english_word(lower) {
            english += 1;
        } else if other_word(lower) {
            other += 1;
        }
    }
    if words < 60 || english * 8 < words || english < other * 4 {
        return None;
    }
    Some(Detection {
        code: "en",
        confidence: english as f64 / (english + other) as f64,
        reliable: true,
    })
}

/// Just the code of [`detect`], for writers that record it.
pub fn detect_code(text: &str) -> Option<&'static str> {
    detect(text).map(|d| d.code)
}

/// The text detection reads: prose only, at most [`SAMPLE_BYTES`].
fn sample(text: &str) -> String {
    let mut out = String::with_capacity(SAMPLE_BYTES.min(text.len()) + 16);
    let mut fence = false;
    'lines: for line in text.lines() {
        let t = line.trim_start();
        if t.starts_with("```") || t.starts_with("~~~") {
            fence = !fence;
            continue;
        }
        if fence || line.starts_with("    ") || line.starts_with('\t') {
            continue;
        }
        for word in t.split_whitespace() {
            // One pass over the bytes first: most words hold none of these.
            let suspect = word
                .bytes()
                .any(|b| matches!(b, b':' | b']' | b'@' | b'<' | b'{' | b'_' | b'.'));
            if suspect
                && (word.contains("://")
                    || word.contains("](")
                    || word.starts_with("www.")
                    || word.contains('@')
                    || word.contains('<')
                    || word.contains('{')
                    || word.contains('_'))
            {
                continue;
            }
            let word = word.trim_matches(|c: char| {
                matches!(c, '#' | '*' | '>' | '[' | ']' | '(' | ')' | '`' | '|' | '-')
            });
            if word.is_empty() {
                continue;
            }
            out.push_str(word);
            out.push(' ');
            if out.len() >= SAMPLE_BYTES {
                break 'lines;
            }
        }
        out.push('\n');
    }
    out
}

/// whatlang's language as an ISO 639-1 code.
fn iso639_1(lang: Lang) -> &'static str {
    match lang {
        Lang::Epo => "eo",
        Lang::Eng => "en",
        Lang::Rus => "ru",
        Lang::Cmn => "zh",
        Lang::Spa => "es",
        Lang::Por => "pt",
        Lang::Ita => "it",
        Lang::Ben => "bn",
        Lang::Fra => "fr",
        Lang::Deu => "de",
        Lang::Ukr => "uk",
        Lang::Kat => "ka",
        Lang::Ara => "ar",
        Lang::Hin => "hi",
        Lang::Jpn => "ja",
        Lang::Heb => "he",
        Lang::Yid => "yi",
        Lang::Pol => "pl",
        Lang::Amh => "am",
        Lang::Jav => "jv",
        Lang::Kor => "ko",
        Lang::Nob => "nb",
        Lang::Dan => "da",
        Lang::Swe => "sv",
        Lang::Fin => "fi",
        Lang::Tur => "tr",
        Lang::Nld => "nl",
        Lang::Hun => "hu",
        Lang::Ces => "cs",
        Lang::Ell => "el",
        Lang::Bul => "bg",
        Lang::Bel => "be",
        Lang::Mar => "mr",
        Lang::Kan => "kn",
        Lang::Ron => "ro",
        Lang::Slv => "sl",
        Lang::Hrv => "hr",
        Lang::Srp => "sr",
        Lang::Mkd => "mk",
        Lang::Lit => "lt",
        Lang::Lav => "lv",
        Lang::Est => "et",
        Lang::Tam => "ta",
        Lang::Vie => "vi",
        Lang::Urd => "ur",
        Lang::Tha => "th",
        Lang::Guj => "gu",
        Lang::Uzb => "uz",
        Lang::Pan => "pa",
        Lang::Aze => "az",
        Lang::Ind => "id",
        Lang::Tel => "te",
        Lang::Pes => "fa",
        Lang::Mal => "ml",
        Lang::Ori => "or",
        Lang::Mya => "my",
        Lang::Nep => "ne",
        Lang::Sin => "si",
        Lang::Khm => "km",
        Lang::Tuk => "tk",
        Lang::Aka => "ak",
        Lang::Zul => "zu",
        Lang::Sna => "sn",
        Lang::Afr => "af",
        Lang::Lat => "la",
        Lang::Slk => "sk",
        Lang::Cat => "ca",
        Lang::Tgl => "tl",
        Lang::Hye => "hy",
        Lang::Cym => "cy",
    }
}

/// The primary language subtag of a tag, lowercase: `pt-BR` → `pt`, `zh_Hant` → `zh`.
pub fn primary(tag: &str) -> String {
    tag.split(['-', '_'])
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase()
}

/// English rules (capitalisation as evidence of a name, English cue words) apply.
pub fn is_english(tag: &str) -> bool {
    primary(tag) == "en"
}

/// Written without spaces between words: length and reading time go by characters.
pub fn is_spaceless(tag: &str) -> bool {
    matches!(
        primary(tag).as_str(),
        "zh" | "ja" | "th" | "lo" | "km" | "my" | "bo"
    )
}

/// A letter of a script written without spaces (Han, kana, Thai, Lao, Khmer, Myanmar) or
/// with particles glued to nouns (Hangul): no word boundary is needed beside it.
pub fn is_spaceless_char(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}' | '\u{AC00}'..='\u{D7AF}' | '\u{0E00}'..='\u{0EFF}'
        | '\u{1000}'..='\u{109F}' | '\u{1780}'..='\u{17FF}')
}

/// Words in `text` for length and reading time: whitespace-separated words, except that
/// scripts written without spaces count by characters, two to a word (a Chinese or
/// Japanese word averages under two characters; 230 words a minute is then about 460
/// characters, the reading speed measured for those scripts).
pub fn word_count(text: &str) -> usize {
    if text.is_ascii() {
        // Most text is ASCII: counting starts of runs over bytes avoids decoding chars.
        let mut prev_space = true;
        let mut words = 0;
        for &b in text.as_bytes() {
            let space = b.is_ascii_whitespace() || b == 0x0b;
            words += usize::from(prev_space && !space);
            prev_space = space;
        }
        return words;
    }
    text.split_whitespace()
        .map(|w| {
            if w.is_ascii() {
                return 1;
            }
            let (mut words, mut run, mut other) = (0usize, 0usize, false);
            for c in w.chars() {
                if is_spaceless_char(c) {
                    run += 1;
                } else {
                    words += run.div_ceil(2);
                    run = 0;
                    other |= c.is_alphanumeric();
                }
            }
            words += run.div_ceil(2);
            (words + usize::from(other)).max(1)
        })
        .sum()
}

/// The `lang` and `dir` attributes a passage in `language` needs inside a page in `site`:
/// `lang` when the languages differ, `dir` when their directions do.
pub fn attrs_within<'a>(language: &'a str, site: &str) -> (Option<&'a str>, Option<&'static str>) {
    let lang = (!language.eq_ignore_ascii_case(site)).then_some(language);
    let dir = match (is_rtl(language), is_rtl(site)) {
        (true, false) => Some("rtl"),
        (false, true) => Some("ltr"),
        _ => None,
    };
    (lang, dir)
}

/// Written right to left.
pub fn is_rtl(tag: &str) -> bool {
    matches!(
        primary(tag).as_str(),
        "ar" | "he" | "fa" | "ur" | "yi" | "ps" | "sd" | "ug" | "dv" | "ckb"
    )
}

/// Checks a curator's `language` value: an ISO 639-1 code, optionally with BCP 47 subtags
/// (`en`, `pt-BR`, `zh-Hant`). The error says what was expected, with a suggestion when the
/// value names a language ("German" → `de`).
pub fn validate(tag: &str) -> Result<(), String> {
    let mut parts = tag.split('-');
    let first = parts.next().unwrap_or("");
    let primary_ok = first.len() == 2 && first.bytes().all(|b| b.is_ascii_lowercase());
    let rest_ok =
        parts.all(|p| (2..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()));
    if primary_ok && rest_ok {
        return Ok(());
    }
    let hint = suggest_code(tag)
        .map(|c| format!(" (did you mean `{c}`?)"))
        .unwrap_or_default();
    Err(format!(
        "`language: {tag}` is not a language code: use a two-letter ISO 639-1 code such as `en`, `de` or `pt-BR`{hint}"
    ))
}

/// A code for a value that names a language: a code in the wrong case, an ISO 639-3 code, or
/// the language's English or native name.
fn suggest_code(value: &str) -> Option<&'static str> {
    let lower = value.trim().to_lowercase();
    let known = |code: &str| {
        Lang::all()
            .iter()
            .map(|&l| iso639_1(l))
            .find(|&c| c == code)
    };
    let prefix = primary(&lower);
    if prefix.len() == 2 {
        return known(&prefix);
    }
    Lang::all()
        .iter()
        .copied()
        .find(|l| {
            l.code() == lower
                || l.eng_name().to_lowercase() == lower
                || l.name().to_lowercase() == lower
        })
        .map(iso639_1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(t: &str) -> Option<&'static str> {
        detect_code(t)
    }

    #[test]
    fn detects_major_news_languages() {
        let cases = [
            (
                "en",
                "The government announced on Tuesday that it would raise taxes on large companies to pay for the new hospitals.",
            ),
            (
                "de",
                "Die Bundesregierung hat am Dienstag angekündigt, die Steuern für große Unternehmen zu erhöhen, um neue Krankenhäuser zu bezahlen.",
            ),
            (
                "fr",
                "Le gouvernement a annoncé mardi qu'il augmenterait les impôts des grandes entreprises pour financer les nouveaux hôpitaux.",
            ),
            (
                "es",
                "El gobierno anunció el martes que subirá los impuestos a las grandes empresas para pagar los nuevos hospitales.",
            ),
            (
                "it",
                "Il governo ha annunciato martedì che aumenterà le tasse alle grandi aziende per pagare i nuovi ospedali.",
            ),
            (
                "pt",
                "O governo anunciou na terça-feira que vai aumentar os impostos das grandes empresas para pagar os novos hospitais.",
            ),
            (
                "nl",
                "De regering heeft dinsdag aangekondigd dat zij de belastingen voor grote bedrijven verhoogt om de nieuwe ziekenhuizen te betalen.",
            ),
            (
                "pl",
                "Rząd ogłosił we wtorek, że podniesie podatki dla dużych firm, aby zapłacić za nowe szpitale.",
            ),
            (
                "ru",
                "Правительство объявило во вторник, что повысит налоги для крупных компаний, чтобы оплатить новые больницы.",
            ),
            (
                "tr",
                "Hükümet salı günü yeni hastanelerin parasını ödemek için büyük şirketlerin vergilerini artıracağını açıkladı.",
            ),
            (
                "id",
                "Pemerintah mengumumkan pada hari Selasa bahwa mereka akan menaikkan pajak perusahaan besar untuk membiayai rumah sakit baru.",
            ),
            (
                "zh",
                "政府周二宣布，将提高大型企业的税收，用于支付新建医院的费用。",
            ),
            (
                "ja",
                "政府は火曜日、新しい病院の費用を賄うため、大企業への課税を強化すると発表した。",
            ),
            (
                "ar",
                "أعلنت الحكومة يوم الثلاثاء أنها سترفع الضرائب على الشركات الكبرى لتمويل المستشفيات الجديدة.",
            ),
            (
                "he",
                "הממשלה הודיעה ביום שלישי כי תעלה את המסים על חברות גדולות כדי לממן את בתי החולים החדשים.",
            ),
        ];
        for (want, text) in cases {
            assert_eq!(code(text), Some(want), "{text}");
        }
    }

    #[test]
    fn short_titles_of_distinct_scripts_still_detected() {
        assert_eq!(code("東京で地震"), Some("ja"));
        assert_eq!(code("서울 뉴스"), Some("ko"));
        assert_eq!(code("北京新闻"), Some("zh"));
    }

    #[test]
    fn chinese_with_latin_product_names_stays_chinese() {
        let text = "苹果公司周二在加州发布了新款 iPhone 16 Pro Max，售价 999 美元起。\
            分析师认为，这款手机的 Apple Intelligence 功能将推动销量增长，但在中国市场仍面临华为的竞争。";
        assert_eq!(code(text), Some("zh"));
        // A few Chinese words in English prose do not make it Chinese.
        let text = "The restaurant, called 北京饭店 (Beijing Hotel), opened on Tuesday in London \
            and served food to hundreds of guests who had waited for weeks.";
        assert_eq!(code(text), Some("en"));
    }

    #[test]
    fn english_prose_is_told_by_its_function_words_and_quotes_do_not_fool_it() {
        let english = "The minister said on Tuesday that the plan, which had been delayed for \
            months, would go ahead. They have promised that the money will come from the \
            budget and that there are no new taxes. Critics say it is too little and too late, \
            and that the cost of the delay has been paid by the families who were waiting for \
            their new homes in the north of the country.";
        assert!(plainly_english(&sample(english)).is_some());
        assert_eq!(code(english), Some("en"));
        // German with English tweets quoted: not plainly English, and whatlang says German.
        let german = "Die Ministerin hat am Dienstag gesagt, dass der Plan nicht mehr verschoben \
            wird. Auf Twitter schrieb sie: \"The plan is on track and the money is there.\" Die \
            Opposition kritisiert, dass die Kosten für die Verzögerung von den Familien getragen \
            werden, die seit Monaten auf ihre neuen Wohnungen im Norden des Landes warten und \
            sich nun fragen, wann die Bauarbeiten wirklich beginnen.";
        assert!(plainly_english(&sample(german)).is_none());
        assert_eq!(code(german), Some("de"));
        // Too short to tell by function words: left to whatlang.
        assert!(plainly_english("The plan and the money.").is_none());
    }

    #[test]
    fn too_little_latin_text_is_unknown() {
        assert_eq!(code("Hello"), None);
        assert_eq!(code(""), None);
        assert_eq!(code("123 456 — !!"), None);
        assert_eq!(code("https://example.com/a/b"), None);
    }

    #[test]
    fn links_and_code_do_not_outvote_the_prose() {
        let text = "Die Regierung in Berlin hat am Montag neue Regeln für den Wohnungsbau beschlossen, \
            wie die Ministerin mitteilte. Mehr dazu unter https://www.example.com/the-news-of-the-day-and-more \
            [hier](https://example.com/read/the/whole/thing/in/english).\n\n```\nfn main() { println!(\"hello world\"); }\n```\n";
        assert_eq!(code(text), Some("de"));
    }

    #[test]
    fn long_text_is_reliable_short_latin_is_not() {
        let long =
            "The government announced on Tuesday that it would raise taxes on large companies. "
                .repeat(5);
        assert!(detect(&long).unwrap().reliable);
        let short = "The minister spoke on Tuesday.";
        assert!(!detect(short).unwrap().reliable);
    }

    #[test]
    fn validate_accepts_codes_and_explains_names() {
        for ok in ["en", "de", "pt-BR", "zh-Hant", "sr-Latn-RS"] {
            assert!(validate(ok).is_ok(), "{ok}");
        }
        let e = validate("German").unwrap_err();
        assert!(e.contains("did you mean `de`"), "{e}");
        let e = validate("deu").unwrap_err();
        assert!(e.contains("did you mean `de`"), "{e}");
        let e = validate("EN").unwrap_err();
        assert!(e.contains("did you mean `en`"), "{e}");
        let e = validate("Deutsch").unwrap_err();
        assert!(e.contains("did you mean `de`"), "{e}");
        let e = validate("klingon").unwrap_err();
        assert!(!e.contains("did you mean"), "{e}");
        assert!(validate("").is_err());
        assert!(validate("en-").is_err());
    }

    #[test]
    fn words_count_by_characters_in_scripts_without_spaces() {
        assert_eq!(word_count("The cat sat."), 3);
        assert_eq!(word_count("Größe über alles"), 3);
        // 20 Han characters and 2 punctuation marks: 10 words.
        assert_eq!(
            word_count("政府周二宣布，将提高大型企业的税收用于支付新建医"),
            12
        );
        assert_eq!(word_count("東京で地震"), 3);
        assert_eq!(word_count(""), 0);
        assert_eq!(word_count("مرحبا بالعالم"), 2);
    }

    #[test]
    fn ascii_words_count_as_split_whitespace_counts_them() {
        for t in [
            "  two\twords\n",
            "a\x0bb\x0cc\rd",
            "x\x1cy",
            "",
            " ",
            "one",
            "end. ",
        ] {
            assert_eq!(word_count(t), t.split_whitespace().count(), "{t:?}");
        }
    }

    #[test]
    fn tag_facts() {
        assert_eq!(primary("pt-BR"), "pt");
        assert!(is_english("en-GB"));
        assert!(!is_english("de"));
        assert!(is_spaceless("zh-Hant") && is_spaceless("ja") && is_spaceless("th"));
        assert!(!is_spaceless("ko"));
        assert!(is_rtl("ar") && is_rtl("he") && !is_rtl("en"));
        assert_eq!(attrs_within("en", "ar"), (Some("en"), Some("ltr")));
        assert_eq!(attrs_within("fa", "en"), (Some("fa"), Some("rtl")));
        assert_eq!(attrs_within("de", "en"), (Some("de"), None));
        assert_eq!(attrs_within("EN", "en"), (None, None));
    }
}
