//! People in scripts without capitals (Arabic, Hebrew, Persian, Hindi, Thai, Chinese,
//! Japanese, Korean): nothing marks a name there but the words around it, so a name is
//! taken only where a title or honorific of the language stands right beside it
//! ("الرئيس", "ד\"ר", "آقای", "श्रीमती", "นาย", "市长", "さん", "씨"), never from a bare
//! word. Each language writes its cue on one side of the name (Japanese and Korean after
//! it, Thai glued before it), and its names have a shape (two or three Han characters
//! starting with a family name, two Hindi words, a Thai given name and surname) that the
//! finder checks before it takes one. Reporters' titles ("記者", "기자") are left out:
//! they mark bylines and photo credits, whose people are not in the story.

/// A name found beside a cue: its byte span and its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// Byte offset of the name.
    pub start: usize,
    /// Byte offset past its end.
    pub end: usize,
    /// The name as written.
    pub name: String,
    /// A family name alone ("松井さん", "Mr. X" in Hebrew): it refers to a full name
    /// found elsewhere and stands for no one by itself.
    pub partial: bool,
}

/// True for the languages this module reads: their scripts have no capitals.
pub fn is_caseless(language: &str) -> bool {
    matches!(
        language,
        "ar" | "he" | "fa" | "ur" | "hi" | "th" | "zh" | "ja" | "ko"
    )
}

/// The names beside cues in `text[from..]`, in text order; `places` are the byte spans of
/// place names, which are never names.
pub fn find(text: &str, from: usize, places: &[(usize, usize)], language: &str) -> Vec<Found> {
    let mut out = match language {
        "ar" | "fa" | "ur" | "he" | "hi" => spaced(text, from, places, language),
        "th" => thai(text, from),
        "ja" => japanese(text, from),
        "zh" => chinese(text, from),
        "ko" => korean(text, from),
        _ => Vec::new(),
    };
    out.retain(|f| !places.iter().any(|p| p.0 < f.end && f.start < p.1));
    out.sort_by_key(|f| f.start);
    out.dedup_by_key(|f| f.start);
    out
}

/// A word of spaced text with its byte span, and whether punctuation ends it (a comma
/// closes an apposition, a full stop a sentence).
#[derive(Debug, Clone, Copy)]
struct Word<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    comma: bool,
    stop: bool,
}

fn words(text: &str, from: usize) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    let mut at = from;
    for raw in text[from..].split_inclusive(char::is_whitespace) {
        let start = at;
        at += raw.len();
        let trimmed = raw.trim_end();
        let word = trimmed.trim_matches(|c: char| PUNCT.contains(c));
        if word.is_empty() {
            if let Some(last) = out.last_mut() {
                let last: &mut Word<'_> = last;
                last.stop |= trimmed.chars().any(|c| PUNCT.contains(c));
                last.comma |= trimmed.contains(['،', ',']);
            }
            continue;
        }
        let lead = trimmed.len()
            - trimmed
                .trim_start_matches(|c: char| PUNCT.contains(c))
                .len();
        let tail = &trimmed[lead + word.len()..];
        out.push(Word {
            start: start + lead,
            end: start + lead + word.len(),
            text: word,
            comma: tail.contains(['،', ',']),
            stop: !tail.is_empty() || trimmed.ends_with('\n') || raw.contains('\n'),
        });
    }
    out
}

const PUNCT: &str = ".,،;؛:!?؟\"'«»“”„()[]{}<>|—–-·।॥…";

struct Spaced {
    /// Titles and honorifics before a name (one word, or two joined by a space).
    before: &'static [&'static str],
    /// Those of them that are honorifics: the name follows at once, never a complement.
    honorifics: &'static [&'static str],
    /// Nouns of institutions that open a title's complement, never a name ("جمعية").
    institutions: &'static [&'static str],
    /// A title other than an honorific cues a name only after its complement and a comma
    /// (Persian: "مدیر میراث فرهنگی شهرستان" is all title).
    comma_only: bool,
    /// Words that end a name: function words, time words, verbs of speech.
    stop: &'static [&'static str],
    /// Words after a comma that make the two words before it a name ("…, תושב עפולה").
    after: &'static [&'static str],
    /// A name's first word never opens with these (Arabic "ال", the article, and with a
    /// preposition glued before it, "للشركة"; Hebrew "ה").
    article: &'static [&'static str],
    /// The most words a name has.
    most: usize,
    /// Nouns of things named after a title ("मुख्यमंत्री सौर पंप योजना", the Chief
    /// Minister's solar pump scheme): within or right after the words, no name.
    things: &'static [&'static str],
}

const AR: Spaced = Spaced {
    before: &[
        "السيد",
        "السيدة",
        "الرئيس",
        "الرئيسة",
        "الوزير",
        "الوزيرة",
        "وزير",
        "وزيرة",
        "رئيس",
        "رئيسة",
        "المهندس",
        "المهندسة",
        "الدكتور",
        "الدكتورة",
        "د.",
        "الشيخ",
        "الأستاذ",
        "الأستاذة",
        "عامل",
        "والي",
        "محافظ",
        "مدير",
        "مديرة",
        "العقيد",
        "اللواء",
        "العميد",
        "النائب",
        "النائبة",
        "الملك",
        "الأمير",
        "الأميرة",
        "المستشار",
        "المتحدث",
        "قال",
        "وقال",
        "أكد",
        "وأكد",
        "أوضح",
        "وأوضح",
        "أضاف",
        "وأضاف",
        "وأضافت",
        "أضافت",
        "قالت",
        "وقالت",
    ],
    stop: &[
        "في",
        "من",
        "على",
        "إلى",
        "عن",
        "مع",
        "أن",
        "إن",
        "قد",
        "لا",
        "ما",
        "الذي",
        "التي",
        "هذا",
        "هذه",
        "ذلك",
        "كان",
        "كانت",
        "يوم",
        "صباح",
        "مساء",
        "أمس",
        "اليوم",
        "خلال",
        "بعد",
        "قبل",
        "حول",
        "بين",
        "عند",
        "منذ",
        "إن",
        "بحضور",
        "وعدد",
        "أو",
        "ثم",
        "حيث",
        "لدى",
        "عبر",
        "ضمن",
        "إنه",
        "إنها",
        "أنه",
        "أنها",
        // "his counterpart": after a name, the next person's role.
        "نظيره",
        "نظيرته",
        "نظيرها",
        "أيضا",
        "أيضاً",
    ],
    after: &[
        "رئيس",
        "رئيسة",
        "مدير",
        "مديرة",
        "وزير",
        "وزيرة",
        "عضو",
        "الناطق",
    ],
    honorifics: &[
        "السيد",
        "السيدة",
        "المهندس",
        "المهندسة",
        "الدكتور",
        "الدكتورة",
        "د.",
        "الشيخ",
        "الأستاذ",
        "الأستاذة",
    ],
    institutions: &[
        "جمعية",
        "شركة",
        "وزارة",
        "مجلس",
        "وكالة",
        "صحيفة",
        "قناة",
        "مصادر",
        "مصدر",
        "جامعة",
        "هيئة",
        "مؤسسة",
        "نادي",
        "حزب",
        "مكتب",
        "إدارة",
        "مديرية",
        "لجنة",
        "بلدية",
        "جماعة",
        "إقليم",
        "ولاية",
        "محافظة",
        "مدينة",
        "حي",
        "منطقة",
        "قسم",
        "مصلحة",
        "مستشفى",
        "مركز",
        "بنك",
        "غرفة",
        "اتحاد",
        "نقابة",
    ],
    comma_only: false,
    article: &["ال", "لل", "بال", "وال", "فال", "كال"],
    most: 3,
    things: &[],
};

const HE: Spaced = Spaced {
    before: &[
        "ראש העיר",
        "ראש העירייה",
        "ראש המועצה",
        "ראש הממשלה",
        "ד\"ר",
        "דר'",
        "פרופ'",
        "פרופסור",
        "מר",
        "גב'",
        "הגב'",
        "השר",
        "השרה",
        "שר",
        "שרת",
        "ח\"כ",
        "עו\"ד",
        "הנשיא",
        "הנשיאה",
        "מנכ\"ל",
        "מנכ\"לית",
        "יו\"ר",
        "דובר",
        "דוברת",
        "הרב",
        "סגן",
        "סגנית",
        "אמר",
        "אמרה",
        "סיפר",
        "סיפרה",
        "הוסיף",
        "הוסיפה",
        "לדברי",
        "מנהל",
        "מנהלת",
    ],
    stop: &[
        "של",
        "את",
        "על",
        "עם",
        "כי",
        "גם",
        "לא",
        "הוא",
        "היא",
        "אתמול",
        "היום",
        "יחד",
        "אמר",
        "אמרה",
        "סייר",
        "סיירה",
        "בחודש",
        "ביום",
        "מחר",
        "אך",
        "אבל",
        "או",
        "כמו",
    ],
    after: &[
        "תושב",
        "תושבת",
        "מנהל",
        "מנהלת",
        "ראש",
        "דובר",
        "דוברת",
        "יו\"ר",
        "מנכ\"ל",
        "חבר",
        "חברת",
        "בעל",
        "בעלת",
    ],
    honorifics: &[
        "ד\"ר",
        "דר'",
        "פרופ'",
        "פרופסור",
        "מר",
        "גב'",
        "הגב'",
        "ח\"כ",
        "עו\"ד",
        "הרב",
    ],
    institutions: &["בית", "עיריית", "משרד", "חברת", "מועצת", "אגף", "מחלקת"],
    comma_only: false,
    article: &["ה"],
    most: 3,
    things: &[],
};

const FA: Spaced = Spaced {
    before: &[
        "آقای",
        "خانم",
        "دکتر",
        "مهندس",
        "فرماندار",
        "استاندار",
        "شهردار",
        "وزیر",
        "رئیس",
        "مدیر",
        "مدیرکل",
        "نماینده",
        "سرپرست",
        "حجت‌الاسلام",
        "سردار",
        "سرهنگ",
        "استاد",
        "رئیس‌جمهور",
        "معاون",
    ],
    stop: &[
        "در",
        "از",
        "به",
        "که",
        "و",
        "با",
        "را",
        "این",
        "آن",
        "گفت",
        "است",
        "بود",
        "یکی",
        "نیز",
        "هم",
        "روز",
        "برای",
        "تا",
        "اما",
        "گفته",
        "افزود",
        "کرد",
        "شد",
    ],
    after: &[
        "فرماندار",
        "استاندار",
        "شهردار",
        "مدیر",
        "رئیس",
        "معاون",
        "نماینده",
    ],
    honorifics: &[
        "آقای",
        "خانم",
        "دکتر",
        "مهندس",
        "حجت‌الاسلام",
        "سردار",
        "سرهنگ",
    ],
    institutions: &[],
    comma_only: true,
    article: &[],
    most: 3,
    things: &[],
};

const HI: Spaced = Spaced {
    before: &[
        "श्री",
        "श्रीमती",
        "सुश्री",
        "डॉ.",
        "डॉ",
        "डा.",
        "कलेक्टर",
        "मंत्री",
        "मुख्यमंत्री",
        "प्रधानमंत्री",
        "राष्ट्रपति",
        "निदेशक",
        "प्रोफेसर",
        "प्रो.",
        "विधायक",
        "सांसद",
        "अध्यक्ष",
        "महापौर",
        "जिलाधिकारी",
        "एसपी",
        "कमिश्नर",
        "न्यायाधीश",
        "राज्यपाल",
    ],
    stop: &[
        "ने",
        "का",
        "की",
        "के",
        "को",
        "से",
        "में",
        "पर",
        "और",
        "है",
        "हैं",
        "था",
        "थी",
        "थे",
        "भी",
        "तो",
        "जी",
        "कहा",
        "बताया",
        "यह",
        "वह",
        "एक",
        "इस",
        "उस",
    ],
    after: &[],
    honorifics: &["श्री", "श्रीमती", "सुश्री", "डॉ.", "डॉ", "डा.", "प्रो."],
    institutions: &[],
    comma_only: false,
    article: &[],
    most: 3,
    things: &[
        "योजना",
        "अभियान",
        "मिशन",
        "कार्यक्रम",
        "पुरस्कार",
        "निधि",
        "आवास",
        "कार्यालय",
        "सम्मान",
        "पोर्टल",
        "नीति",
        "कोष",
    ],
};

/// Arabic, Hebrew, Persian, Hindi: a title, then (after its complement or a comma) a
/// name of two words or more; or, in Hebrew and Persian, two words at a sentence's start
/// before a comma and a role noun.
fn spaced(text: &str, from: usize, places: &[(usize, usize)], language: &str) -> Vec<Found> {
    let cues = match language {
        "ar" => &AR,
        "he" => &HE,
        "fa" | "ur" => &FA,
        _ => &HI,
    };
    let ws = words(text, from);
    let place = |w: &Word<'_>| places.iter().any(|p| p.0 < w.end && w.start < p.1);
    let is_cue_at = |i: usize| -> usize {
        let w = &ws[i];
        for c in cues.before {
            if let Some((a, b)) = c.split_once(' ') {
                if w.text == a && !w.stop && ws.get(i + 1).is_some_and(|n| n.text == b) {
                    return 2;
                }
            } else if w.text == *c {
                return 1;
            }
        }
        0
    };
    let stopword =
        |w: &Word<'_>| cues.stop.contains(&w.text) || w.text.chars().any(|c| c.is_numeric());
    let mut out = Vec::new();
    let mut i = 0;
    while i < ws.len() {
        let n = is_cue_at(i);
        if n == 0 {
            i += 1;
            continue;
        }
        let mut j = i + n;
        let cue_end = j - 1;
        if ws[cue_end].stop {
            i += n;
            continue;
        }
        // A title's complement: up to three words ("رئيس المجلس الجماعي", "ראש העיר
        // עפולה,") before the name. A comma ends it when the words before it are a
        // place, an article-word or the comma is followed by an honorific; else the
        // comma ends the name itself ("آقای رضا احمدی، یکی از…"). Without a comma the
        // name is the first word that is no article-word, place or cue.
        if !cues.honorifics.contains(&ws[cue_end].text) {
            let complement_word =
                |w: &Word<'_>| place(w) || cues.article.iter().any(|a| w.text.starts_with(a));
            let mut k = j;
            let mut comma = None;
            let mut honorific = None;
            while k < ws.len() && k < j + 4 {
                if cues.honorifics.contains(&ws[k].text) {
                    honorific = Some(k);
                    break;
                }
                if ws[k].comma {
                    comma = Some(k);
                    break;
                }
                if ws[k].stop {
                    break;
                }
                k += 1;
            }
            // "وقال المهندس يوسف العلمي،": an honorific opens the name.
            if let Some(h) = honorific {
                j = h;
            } else {
                match comma {
                    // One word before the comma is no name (names have two or more).
                    Some(c)
                        if c == j
                            || cues.comma_only
                            || ws[j..=c].iter().any(complement_word)
                            || ws
                                .get(c + 1)
                                .is_some_and(|w| cues.honorifics.contains(&w.text)) =>
                    {
                        j = c + 1
                    }
                    Some(_) => {}
                    None if cues.comma_only => {
                        i += n;
                        continue;
                    }
                    None => {
                        let mut skipped = 0;
                        while j < ws.len() && skipped < 3 && complement_word(&ws[j]) && !ws[j].stop
                        {
                            j += 1;
                            skipped += 1;
                        }
                    }
                }
            }
        }
        // Honorifics after the title ("ד\"ר" after a comma, "خانم دکتر").
        while j < ws.len() && is_cue_at(j) == 1 && !ws[j].stop {
            j += 1;
        }
        if let Some(f) = name_from(&ws, j, cues, &stopword, &place) {
            out.push(f);
            i = j.max(i + n);
        } else {
            // "وأكد رئيس الوزراء مصطفى مدبولي": a speech verb before a title leaves the
            // title to be read as a cue of its own.
            i += n;
        }
    }
    // "יוסי אלמוג, תושב עפולה": two words opening a sentence, a comma and a role noun.
    for k in 0..ws.len().saturating_sub(2) {
        let opens = k == 0 || ws[k - 1].stop;
        if opens
            && !ws[k].stop
            && ws[k + 1].comma
            && cues.after.contains(&ws[k + 2].text)
            && ![&ws[k], &ws[k + 1]].iter().any(|w| stopword(w) || place(w))
            && !cues.article.iter().any(|a| ws[k].text.starts_with(a))
            && is_cue_at(k) == 0
        {
            out.push(Found {
                start: ws[k].start,
                end: ws[k + 1].end,
                name: text[ws[k].start..ws[k + 1].end].to_string(),
                partial: false,
            });
        }
    }
    out
}

/// The name that starts at word `j`: two words or more, ended by punctuation, a stop
/// word or the language's most; Hindi takes a third word only before "ने", a comma or
/// "जी" (its names have two words more often than three).
fn name_from(
    ws: &[Word<'_>],
    j: usize,
    cues: &Spaced,
    stopword: &dyn Fn(&Word<'_>) -> bool,
    place: &dyn Fn(&Word<'_>) -> bool,
) -> Option<Found> {
    let first = ws.get(j)?;
    if stopword(first)
        || place(first)
        || cues.institutions.contains(&first.text)
        || cues.article.iter().any(|a| first.text.starts_with(a))
    {
        return None;
    }
    let mut end = j;
    while end + 1 < ws.len() && end + 1 - j < cues.most && !ws[end].stop {
        let next = &ws[end + 1];
        if stopword(next) || cues.before.contains(&next.text) {
            break;
        }
        // A conjunction glued to a later word ("وعدد", and a number; "ואבי", and Avi)
        // ends the name.
        if !cues.article.is_empty()
            && (next.text.starts_with('و') || next.text.starts_with('ו'))
            && next.text.chars().count() > 2
        {
            break;
        }
        end += 1;
    }
    if cues.most == 3 && cues.stop.contains(&"ने") && end - j == 2 {
        let closes = ws[end].stop
            || ws
                .get(end + 1)
                .is_some_and(|w| matches!(w.text, "ने" | "जी"));
        if !closes {
            end -= 1;
        }
    }
    if end == j
        || ws[j..(end + 2).min(ws.len())]
            .iter()
            .any(|w| cues.things.contains(&w.text))
    {
        return None;
    }
    let (start, stop) = (first.start, ws[end].end);
    Some(Found {
        start,
        end: stop,
        name: ws[j..=end]
            .iter()
            .map(|w| w.text)
            .collect::<Vec<_>>()
            .join(" "),
        partial: false,
    })
}

/// Thai: an honorific glued to the given name, a space, the surname ("นายประเสริฐ
/// แก้วมณี"). "นายก…" (mayor, prime minister) and other nouns opening with "นาย" are no
/// honorific.
fn thai(text: &str, from: usize) -> Vec<Found> {
    const HONORIFICS: &[&str] = &[
        "นางสาว",
        "นายแพทย์",
        "แพทย์หญิง",
        "นาง",
        "นาย",
        "ดร.",
        "น.ส.",
        "นพ.",
        "พญ.",
    ];
    const NOT_AFTER_NAI: &[&str] = &[
        "ก",
        "จ้าง",
        "ทุน",
        "อำเภอ",
        "ตำรวจ",
        "ทหาร",
        "หน้า",
        "ช่าง",
        "ประตู",
        "ทะเบียน",
        "ด่าน",
        "สถานี",
        "ท่า",
        "ห้าง",
        "พราน",
        "ประกัน",
        "หน่วย",
        "งาน",
    ];
    const NOT_SURNAME: &[&str] = &[
        "เป็น",
        "ได้",
        "ที่",
        "และ",
        "ว่า",
        "กล่าว",
        "ซึ่ง",
        "จาก",
        "ใน",
        "ของ",
        "กับ",
        "เมื่อ",
        "โดย",
        "ให้",
        "ผู้",
        "ประธาน",
        "นายก",
        "ตรวจ",
        "ด้วย",
    ];
    let mut out = Vec::new();
    let body = &text[from..];
    let mut at = 0;
    while at < body.len() {
        let Some((h, honorific)) = HONORIFICS
            .iter()
            .filter_map(|h| body[at..].find(h).map(|i| (at + i, *h)))
            .min_by_key(|&(i, h)| (i, std::cmp::Reverse(h.len())))
        else {
            break;
        };
        at = h + honorific.len();
        let rest = &body[at..];
        if honorific == "นาย" && NOT_AFTER_NAI.iter().any(|w| rest.starts_with(w)) {
            continue;
        }
        let given: String = rest.chars().take_while(|&c| is_thai_letter(c)).collect();
        let after_given = &rest[given.len()..];
        let Some(surname_part) = after_given.strip_prefix(' ') else {
            continue;
        };
        let surname: String = surname_part
            .chars()
            .take_while(|&c| is_thai_letter(c))
            .collect();
        let (g, s) = (given.chars().count(), surname.chars().count());
        if !(2..=10).contains(&g) || !(2..=12).contains(&s) {
            continue;
        }
        if NOT_SURNAME.iter().any(|w| surname.starts_with(w)) {
            continue;
        }
        let start = from + at;
        let end = start + given.len() + 1 + surname.len();
        out.push(Found {
            start,
            end,
            name: format!("{given} {surname}"),
            partial: false,
        });
        at += given.len() + 1 + surname.len();
    }
    out
}

fn is_thai_letter(c: char) -> bool {
    ('\u{0E01}'..='\u{0E4E}').contains(&c) && c != '\u{0E2F}' && c != '\u{0E46}'
}

fn is_han(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '々')
}

/// A katakana letter, the long-vowel mark or the middle dot that joins foreign names.
pub(super) fn is_katakana(c: char) -> bool {
    matches!(c, '\u{30A1}'..='\u{30FA}' | 'ー' | '・')
}

/// Japanese: a name of Han characters (or katakana with "・") right before an honorific
/// or title written after it ("松井孝之さん", "久保田誠市長", "中川由紀子教授"). Three to
/// five characters make a full name; two are a family name alone, which refers to a full
/// name found elsewhere. A run ending in an institution's or place's suffix ("静岡県知事",
/// "東京大学教授") is no name.
fn japanese(text: &str, from: usize) -> Vec<Found> {
    const AFTER: &[&str] = &[
        "さん",
        "氏",
        "様",
        "君",
        "ちゃん",
        "市長",
        "町長",
        "村長",
        "知事",
        "首相",
        "大臣",
        "教授",
        "准教授",
        "社長",
        "会長",
        "監督",
        "選手",
        "議員",
        "容疑者",
        "被告",
        "院長",
        "校長",
        "理事長",
        "委員長",
        "代表",
        "部長",
        "課長",
        "所長",
        "館長",
        "署長",
        "官房長官",
        "長官",
        "総裁",
        "頭取",
        "外相",
        "財務相",
        "防衛相",
        "法相",
        "農相",
        "環境相",
        "経産相",
        "厚労相",
        "文科相",
        "国交相",
    ];
    const NOT_LAST: &str = "県市町村区都府道国省州学部所院社会庁局団校館党軍港駅園場店課署室";
    const MINISTRIES: &[&str] = &[
        "国土交通",
        "文部科学",
        "厚生労働",
        "経済産業",
        "農林水産",
        "外務",
        "財務",
        "防衛",
        "環境",
        "総務",
        "法務",
        "内閣",
        "官房",
        "国家",
        "政府",
        "復興",
        "デジタル",
    ];
    let mut out = Vec::new();
    for cue in AFTER {
        for (i, _) in text[from..].match_indices(cue) {
            let at = from + i;
            let before = &text[..at];
            let run_start = before
                .char_indices()
                .rev()
                .take_while(|&(_, c)| is_han(c) || is_katakana(c))
                .last()
                .map_or(at, |(k, _)| k);
            let run = &text[run_start..at];
            let n = run.chars().count();
            let katakana = run.chars().all(is_katakana);
            let han = run.chars().all(is_han);
            if !(han || katakana) || run.starts_with('・') {
                continue;
            }
            // "市長" after a town ("掛川市長") is the town's mayor, not a person's name;
            // "国土交通大臣" a ministry's minister.
            if run
                .chars()
                .next_back()
                .is_some_and(|c| NOT_LAST.contains(c))
                || MINISTRIES.iter().any(|m| run.contains(m))
                || JA_TITLE_PARTS.iter().any(|t| run.contains(t))
            {
                continue;
            }
            // The title's own first character may be glued to a longer title ("副市長").
            let (full, partial) = if katakana {
                (n >= 3, false)
            } else {
                ((3..=5).contains(&n), n == 2)
            };
            if !full && !partial {
                continue;
            }
            out.push(Found {
                start: run_start,
                end: at,
                name: run.to_string(),
                partial,
            });
        }
    }
    out.extend(japanese_after_titles(text, from));
    out
}

/// Words of company and government titles: a run of Han characters holding one is a title
/// ("代表取締役社長"), not the name before it.
const JA_TITLE_PARTS: &[&str] = &[
    "取締役",
    "代表",
    "役員",
    "執行",
    "専務",
    "常務",
    "社長",
    "会長",
    "理事",
    "長官",
    "総裁",
    "次官",
    "担当",
];

/// Common Japanese family names (the hundred or so most frequent, and a few of public
/// life): after a title, a name is only taken when it opens with one, since any noun may
/// follow "社長の".
const JA_FAMILY_NAMES: &str = "佐藤 鈴木 高橋 田中 伊藤 渡辺 渡邊 山本 中村 小林 加藤 吉田 山田 佐々木 山口 松本 井上 木村 斎藤 斉藤 清水 山崎 池田 橋本 阿部 石川 山下 \
     中島 石井 小川 前田 岡田 長谷川 藤田 後藤 近藤 村上 遠藤 青木 坂本 福田 太田 西村 藤井 金子 岡本 藤原 中野 三浦 原田 中川 松田 竹内 小野 \
     田村 中山 和田 石田 森田 上田 柴田 酒井 工藤 横山 宮崎 宮本 内田 高木 安藤 島田 谷口 大野 丸山 今井 高田 藤本 武田 村田 上野 杉山 増田 \
     小山 大塚 平野 菅原 久保 松井 千葉 岩崎 桜井 木下 野口 松尾 菊地 野村 新井 渡部 佐野 大西 杉本 浜田 菅野 市川 水野 北村 河野 岸田 小池 \
     植田 豊田 上川 石破 安倍 麻生 林 森 原 菅 岸";

/// Japanese: a title, then "の" or a colon, then a name opening with a common family name
/// ("代表取締役社長の佐藤恵美は", "代表取締役社長：佐藤恵美）"), three to five Han characters
/// ending where the particle or punctuation after it starts.
fn japanese_after_titles(text: &str, from: usize) -> Vec<Found> {
    const TITLES: &[&str] = &[
        "代表取締役",
        "取締役",
        "社長",
        "会長",
        "代表",
        "市長",
        "知事",
        "首相",
        "大臣",
        "教授",
        "監督",
        "委員長",
        "理事長",
        "総裁",
        "長官",
        "院長",
        "所長",
        "部長",
        "校長",
    ];
    let mut out = Vec::new();
    for title in TITLES {
        for (i, _) in text[from..].match_indices(title) {
            let mut at = from + i + title.len();
            let Some(sep) = ["の", "：", ":"]
                .iter()
                .find(|s| text[at..].starts_with(**s))
            else {
                continue;
            };
            at += sep.len();
            let rest = &text[at..];
            let run_len: usize = rest
                .chars()
                .take_while(|&c| is_han(c))
                .map(char::len_utf8)
                .sum();
            let run = &rest[..run_len];
            let n = run.chars().count();
            if !(3..=5).contains(&n)
                || !JA_FAMILY_NAMES
                    .split_whitespace()
                    .any(|f| run.starts_with(f) && run.len() > f.len())
                || JA_TITLE_PARTS.iter().any(|t| run.contains(t))
            {
                continue;
            }
            out.push(Found {
                start: at,
                end: at + run_len,
                name: run.to_string(),
                partial: false,
            });
        }
    }
    out
}

/// Chinese family names (the most common, single and double), which open every name the
/// rules below take.
const ZH_SURNAMES: &str = "习習王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何林高罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖田董袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋付方白邹鄒孟熊秦邱江尹薛闫閻段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯常温康施文牛樊葛邢安齐齊易乔喬伍庞龐颜顏倪庄莊聂聶章鲁魯岳翟殷詹申欧歐耿关關兰蘭焦俞左柳甘祝包宁寧尚符舒阮柯纪紀梅童凌毕畢单單季裴霍涂成苗谷盛曲翁冉骆駱蓝藍路游辛靳管柴蒙鲍鮑华華喻祁蒲房滕屈饶饒解牟艾尤阳陽时時穆农農司卓古吉缪繆简簡车車项項连連芦蘆麦麥褚娄婁窦竇戚岑景党宫宮费費卜冷晏席卫衛米柏宗瞿桂全佟应應臧闵閔苟邬鄔边邊卞姬师師和仇栾欒隋商刁沙荣榮巫寇桑郎甄丛叢仲虞敖巩鞏明佘池查麻苑迟遲邝鄺";
const ZH_DOUBLE: &[&str] = &[
    "欧阳", "歐陽", "司马", "司馬", "诸葛", "諸葛", "上官", "皇甫", "令狐", "司徒", "东方", "東方",
    "慕容", "尉迟", "长孙",
];

/// Characters that never end a Chinese name taken after a title: function words and the
/// first characters of verbs of speech ("在", "说", "表示", "介绍").
const ZH_NOT_IN: &str = "的在说說表称稱介是和与與也等对對向为為已将將曾还還就都被指认認透讲講坦告了着著从從于於到及并並但而呼提回接答今昨日年后後前时時上下出会會见見参參周";

/// Chinese: a title or role noun right before the name ("市长刘晓峰", "教授王建华",
/// "艺人张秀兰"), or an honorific right after it ("王建华教授", "李明先生"); the name is a
/// family name and one or two more characters.
fn chinese(text: &str, from: usize) -> Vec<Found> {
    const BEFORE: &[&str] = &[
        "市长",
        "市長",
        "县长",
        "縣長",
        "省长",
        "省長",
        "区长",
        "區長",
        "镇长",
        "鎮長",
        "村长",
        "主席",
        "总理",
        "總理",
        "总统",
        "總統",
        "部长",
        "部長",
        "局长",
        "局長",
        "厅长",
        "廳長",
        "书记",
        "書記",
        "教授",
        "院士",
        "博士",
        "医生",
        "醫生",
        "董事长",
        "董事長",
        "总经理",
        "總經理",
        "主任",
        "经理",
        "經理",
        "专家",
        "專家",
        "校长",
        "校長",
        "委员长",
        "委員長",
        "委员",
        "委員",
        "代表",
        "艺人",
        "藝人",
        "村民",
        "市民",
        "居民",
        "工程师",
        "工程師",
        "负责人",
        "負責人",
        "发言人",
        "發言人",
        "队长",
        "隊長",
        "教练",
        "教練",
        "院长",
        "院長",
        "所长",
        "所長",
    ];
    const AFTER: &[&str] = &[
        "先生", "女士", "教授", "院士", "博士", "同志", "老师", "老師",
    ];
    let mut out = Vec::new();
    let body = &text[from..];
    for cue in BEFORE {
        for (i, _) in body.match_indices(cue) {
            let at = from + i + cue.len();
            if let Some((len, double)) = zh_name_at(&text[at..]) {
                let end = at + len;
                let _ = double;
                out.push(Found {
                    start: at,
                    end,
                    name: text[at..end].to_string(),
                    partial: false,
                });
            }
        }
    }
    for cue in AFTER {
        for (i, _) in body.match_indices(cue) {
            let at = from + i;
            // Three characters before, else two: the longest that is a name.
            let chars: Vec<(usize, char)> = text[..at].char_indices().rev().take(3).collect();
            for take in [3usize, 2] {
                let Some(&(start, _)) = chars.get(take - 1) else {
                    continue;
                };
                let run = &text[start..at];
                let before = text[..start].chars().next_back();
                if run.chars().all(is_han)
                    && zh_opens_name(run)
                    && !run.chars().skip(1).any(|c| ZH_NOT_IN.contains(c))
                    && !before.is_some_and(is_han)
                {
                    out.push(Found {
                        start,
                        end: at,
                        name: run.to_string(),
                        partial: false,
                    });
                    break;
                }
            }
        }
    }
    out
}

fn zh_opens_name(run: &str) -> bool {
    zh_family_at(run).is_some()
}

/// The byte length of a Chinese family name opening `rest`, and whether it is a double one.
fn zh_family_at(rest: &str) -> Option<(usize, bool)> {
    if let Some(d) = ZH_DOUBLE.iter().find(|d| rest.starts_with(**d)) {
        return Some((d.len(), true));
    }
    let c = rest.chars().next()?;
    ZH_SURNAMES.contains(c).then_some((c.len_utf8(), false))
}

/// The byte length of a Chinese name opening `rest`: a family name, then one or two
/// given-name characters up to a function word or a non-Han character.
fn zh_name_at(rest: &str) -> Option<(usize, bool)> {
    let (family_len, double) = zh_family_at(rest)?;
    let mut len = family_len;
    let mut given = 0;
    for c in rest[family_len..].chars() {
        if !is_han(c) || ZH_NOT_IN.contains(c) || given == 2 {
            break;
        }
        len += c.len_utf8();
        given += 1;
    }
    (given >= 1).then_some((len, double))
}

/// Korean family names, which open the names taken.
const KO_SURNAMES: &str = "김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반라왕금옥육인맹제모탁국어은편용예경봉사부";

/// Korean: a name of three syllables (four with a two-syllable family name), a space (and an age in brackets), then a
/// title or "씨" ("박민호 통영시장은", "김순자(67) 씨는", "최영진 박사는").
fn korean(text: &str, from: usize) -> Vec<Found> {
    const TITLES: &[&str] = &[
        "씨",
        "대통령",
        "장관",
        "의원",
        "교수",
        "박사",
        "대표",
        "회장",
        "위원장",
        "지사",
        "군수",
        "구청장",
        "시장",
        "총리",
        "원장",
        "사장",
        "감독",
        "선수",
        "변호사",
        "판사",
        "검사",
        "소장",
        "이사장",
        "국장",
        "과장",
        "부장",
        "실장",
        "차관",
        "청장",
        "여사",
        "선생",
        "작가",
    ];
    const PARTICLES: &[&str] = &[
        "은", "는", "이", "가", "을", "를", "의", "에게", "과", "와", "도", "께서", "이다", "으로",
        "에", "님",
    ];
    let ws = words(text, from);
    let mut out = Vec::new();
    for (k, w) in ws.iter().enumerate() {
        // "김순자(67)": the age stays in the name's word; "(" is punctuation there.
        let name_part: &str = w.text.split('(').next().unwrap_or(w.text);
        let n = name_part.chars().count();
        let double = ["남궁", "제갈", "선우", "황보", "독고", "사공", "서문"]
            .iter()
            .any(|d| name_part.starts_with(d));
        // Korean names are three syllables, four with a two-syllable family name: a
        // four-syllable word before "대표" is mostly a company ("한빛철도").
        if n != 3 && !(n == 4 && double)
            || !name_part
                .chars()
                .all(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c))
            || !name_part
                .chars()
                .next()
                .is_some_and(|c| KO_SURNAMES.contains(c))
            || (w.stop && !w.text.contains('('))
        {
            continue;
        }
        let Some(next) = ws.get(k + 1) else {
            continue;
        };
        let mut title = next.text;
        for p in PARTICLES {
            if let Some(t) = title.strip_suffix(p)
                && !t.is_empty()
            {
                title = t;
                break;
            }
        }
        if TITLES.iter().any(|t| title.ends_with(t)) {
            out.push(Found {
                start: w.start,
                end: w.start + name_part.len(),
                name: name_part.to_string(),
                partial: false,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str, language: &str) -> Vec<String> {
        find(text, 0, &[], language)
            .into_iter()
            .filter(|f| !f.partial)
            .map(|f| f.name)
            .collect()
    }

    #[test]
    fn japanese_names_before_honorifics_and_titles() {
        assert_eq!(
            names("農家の山下和也さん（58）が語った。山下さんは笑った。", "ja"),
            ["山下和也"]
        );
        assert_eq!(
            names("浜松市の鈴木康友市長が出席した。", "ja"),
            ["鈴木康友"]
        );
        // A prefecture's governor and a university's professor are no names.
        assert!(names("静岡県知事と東京大学教授が来た。", "ja").is_empty());
        // A title before the name, after "の" or a colon; a title is no name.
        assert_eq!(
            names(
                "株式会社ミドリテック（代表取締役社長：佐藤恵美）は発表した。代表取締役社長の佐藤恵美は述べた。",
                "ja"
            ),
            ["佐藤恵美", "佐藤恵美"]
        );
        assert_eq!(
            names("林芳正官房長官と日本銀行の植田和男総裁が会談した。", "ja"),
            ["林芳正", "植田和男"]
        );
        // Any noun may follow "社長の": only a family name opens a name there.
        assert!(names("社長の経営方針は明確だ。", "ja").is_empty());
    }

    #[test]
    fn chinese_names_after_titles_and_before_honorifics() {
        assert_eq!(names("扬州市市长陈明在会上表示。", "zh"), ["陈明"]);
        assert_eq!(names("当地村民赵桂芳说，收成不错。", "zh"), ["赵桂芳"]);
        assert_eq!(names("会上，李国强教授介绍了成果。", "zh"), ["李国强"]);
        // A verb glued after a two-character name is not its third character.
        assert_eq!(
            names(
                "国家主席习近平周二会见了来宾。总理李强出席了会议。委员长赵乐际也出席。",
                "zh"
            ),
            ["习近平", "李强", "赵乐际"]
        );
        // A title before no family name is no name.
        assert!(names("市长表示，今年产值突破。", "zh").is_empty());
    }

    #[test]
    fn korean_names_before_titles() {
        assert_eq!(
            names(
                "정수민 여수시장은 3일 방문했다. 이말순(71) 씨는 말했다.",
                "ko"
            ),
            ["정수민", "이말순"]
        );
        assert!(names("여수시 앞바다에서 조업이 시작됐다.", "ko").is_empty());
    }

    #[test]
    fn thai_names_after_glued_honorifics() {
        assert_eq!(
            names(
                "นายสมพงษ์ ใจดี นายกเทศมนตรีเมืองตรัง เป็นประธาน นางสาวกนกพร มีสุข กล่าว",
                "th"
            ),
            ["สมพงษ์ ใจดี", "กนกพร มีสุข"]
        );
    }

    #[test]
    fn arabic_names_after_titles_and_appositions() {
        assert_eq!(
            names(
                "دشن والي جهة الشرق، خالد الصالحي، يوم الأحد المشروع بحضور رئيس المجلس البلدي أحمد العمراني وعدد من المسؤولين.",
                "ar"
            ),
            ["خالد الصالحي", "أحمد العمراني"]
        );
        // An adjective after a title is no name.
        assert!(names("قال الرئيس الأمريكي إن الاتفاق قريب.", "ar").is_empty());
        // A speech verb before a title; "his counterpart" ends a name; an agency is none.
        assert_eq!(
            names(
                "وأكد رئيس الوزراء مصطفى مدبولي أن الحكومة ستدعم الفقراء. والتقى وزير الخارجية سامح شكري نظيره الأمريكي. وقالت وكالة رويترز إن البنك سيخفض الفائدة.",
                "ar"
            ),
            ["مصطفى مدبولي", "سامح شكري"]
        );
    }

    #[test]
    fn hebrew_persian_and_hindi_names() {
        assert_eq!(
            names("ראש העיר טבריה, דני כהן, ביקר אתמול בנמל.", "he"),
            ["דני כהן"]
        );
        assert_eq!(
            names("آقای رضا احمدی، یکی از کشاورزان، گفت.", "fa"),
            ["رضا احمدی"]
        );
        assert_eq!(
            names("जिला कलेक्टर श्रीमती सुनीता वर्मा ने उद्घाटन किया।", "hi"),
            ["सुनीता वर्मा"]
        );
        assert_eq!(
            names("मंत्री सुनीता वर्मा किसानों का स्वागत करती हुईं।", "hi"),
            ["सुनीता वर्मा"]
        );
        // A scheme named after a title is no person.
        assert!(names("सरकार ने मुख्यमंत्री सौर पंप योजना के तहत आवेदन मांगे।", "hi").is_empty());
    }
}
