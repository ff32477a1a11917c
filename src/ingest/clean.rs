//! Boilerplate removal: the scraped-page furniture rules, kept as one table of data.
//!
//! Every rule is matched case-insensitively against a paragraph's *plain* form (Markdown
//! markers and link syntax stripped, whitespace trimmed), never against a fragment of a longer
//! sentence unless the rule is a [`Action::Strip`] token such as `[ad_1]`. Word limits keep a
//! rule from eating a real paragraph that merely starts the same way.

use std::sync::LazyLock;

use regex::Regex;

/// What a rule does with a paragraph it matches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Remove the matched text wherever it occurs (tokens glued to a paragraph), replacing it
    /// with the given text (`$1` keeps a captured group).
    Strip(&'static str),
    /// Drop the paragraph when the whole of it matches.
    Drop,
    /// Drop the paragraph, and the headline-like lines listed under it (related-article lists).
    Heading,
    /// The story ends here (a comment thread's or the next story's heading): drop the
    /// paragraph and every one after it, once the story before it has [`END_MIN_WORDS`].
    /// With `heading_only`, the rule applies to Markdown headings only (other rules may
    /// still drop a line with the same words).
    End {
        /// Only a heading (`#`) ends the story.
        heading_only: bool,
    },
}

/// Words of story that must come before a paragraph for it to end the story: a meta row
/// above the story ("12 comments") never cuts it.
pub const END_MIN_WORDS: usize = 25;

/// One boilerplate rule.
#[derive(Debug, Clone, Copy)]
pub struct Rule {
    /// A short name, used in tests and docs.
    pub name: &'static str,
    /// What to do on a match.
    pub action: Action,
    /// The paragraph must have at most this many words for a `Drop`/`Heading` to apply (0: any).
    pub max_words: usize,
    /// The regular expression; `{DATE}`, `{TIME}` and `{SEP}` expand to the shared sub-patterns.
    pub pattern: &'static str,
}

const fn drop(name: &'static str, max_words: usize, pattern: &'static str) -> Rule {
    Rule {
        name,
        action: Action::Drop,
        max_words,
        pattern,
    }
}

const fn heading(name: &'static str, pattern: &'static str) -> Rule {
    Rule {
        name,
        action: Action::Heading,
        max_words: 8,
        pattern,
    }
}

const fn end(name: &'static str, heading_only: bool, pattern: &'static str) -> Rule {
    Rule {
        name,
        action: Action::End { heading_only },
        max_words: 30,
        pattern,
    }
}

const fn strip(name: &'static str, replace: &'static str, pattern: &'static str) -> Rule {
    Rule {
        name,
        action: Action::Strip(replace),
        max_words: 0,
        pattern,
    }
}

/// Month names and abbreviations in English, German, French, Spanish, Italian, Portuguese and
/// Dutch ("20. Mai 2019", "5 de marzo de 2024", "14 janvier 2020").
const MONTH: &str = r"(?:jan(?:uary|uar|vier|uari)?|j[äa]nner|feb(?:ruary|ruar|ruari)?|f[ée]vr(?:ier)?|mar(?:ch|s)?|m[äa]rz|maart|apr(?:il)?|avr(?:il)?|may|mai|mei|june?|juni|juin|july?|juli|juil(?:let)?|aug(?:ust|ustus)?|ao[ûu]t|sep(?:t(?:ember|embre)?)?|oct(?:ober|obre)?|okt(?:ober)?|nov(?:ember|embre)?|dec(?:ember)?|dez(?:ember)?|d[ée]c(?:embre)?|enero|febrero|marzo|abril|mayo|junio|julio|agosto|sept?iembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|janeiro|fevereiro|mar[çc]o|maio|junho|julho|setembro|outubro|novembro|dezembro)\.?";
const WEEKDAY: &str = r"(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?\.?,?";
/// Separators that scraped pages put between furniture items.
const SEP: &str = r"[\s:|•·»›>\-–—/]";

/// Labels marking an ad, in the major news languages.
const AD_LABEL: &str = r"advertisement|advertising|advert|ads?|sponsored(?: content| links?)?|paid (?:content|post)|promoted(?: content)?|partner content|anzeige|werbung|publicité|pub|publicidad|publicidade|pubblicità|advertentie|reklama|реклама|reklam|iklan|إعلان|広告|广告|廣告|광고|تبلیغات|آگهی|quảng cáo|mainos|annons|inzerce|διαφήμιση|פרסומת|โฆษณา|विज्ञापन";

/// Prompts to read on past an ad, in the major news languages.
const READ_ON: &str = r"(?:continue|keep) reading(?: (?:below|on|the (?:main )?story|this (?:story|article)|after (?:the |this )?(?:ad|advertisement)))?(?: below)?|(?:scroll|swipe)(?: down)? to (?:continue|keep|read)(?: reading| more)?(?: with (?:the )?(?:content|article|story))?|(?:the )?(?:story|article|content|text|post) continues(?: below| after(?: (?:the|this))? (?:ad|advertisement)| below (?:this |the )?(?:ad|advertisement))?|read on|weiterlesen(?: unten)?|lesen sie weiter|(?:der )?(?:artikel|text|beitrag) (?:geht|wird) (?:unten |unter (?:der|dem) (?:anzeige|werbung|werbeblock) |nach der (?:anzeige|werbung) )?(?:weiter|fortgesetzt)|la suite (?:après|ci-dessous)(?: la publicité)?|lire la suite|sigue leyendo|continúa leyendo|continua a leggere|continue lendo|lees verder|czytaj dalej|читать далее|devamını oku|baca selengkapnya|{READ_ON_MORE}";

/// More prompts to read on past an ad, the place named ("below", "after the ad") in the
/// language of the prompt.
const READ_ON_MORE: &str = r"(?:keep )?scrolling(?: down)? to (?:read|continue)(?: reading)?(?: more)?|weiterlesen (?:nach|unter) (?:der|dem) (?:anzeige|werbung|werbeblock)|(?:der )?(?:artikel|text|beitrag) wird (?:unterhalb|weiter unten|nach der (?:anzeige|werbung)) fortgesetzt|(?:la )?(?:noticia|información|nota|historia) (?:continúa|sigue)(?: (?:debajo|abajo|más abajo|tras la publicidad|después de la publicidad))?|sigue leyendo (?:debajo|abajo|más abajo)|poursuivez (?:votre |la )?lecture(?: ci-dessous| (?:après|sous) (?:la |cette )?publicité)?|l['’]article continue(?: ci-dessous| après (?:la |cette )?publicité)?|continua a leggere (?:sotto|qui sotto|dopo la pubblicità)|l['’]articolo continua(?: sotto| dopo la pubblicità)?|continue lendo (?:abaixo|após a publicidade)|(?:a )?(?:matéria|reportagem|notícia) continua(?: abaixo| após a publicidade| depois da publicidade)?|continua (?:após|depois d)a publicidade|lees verder (?:onder|na) de advertentie|lees hieronder verder|(?:het )?artikel gaat (?:hieronder )?verder(?: (?:onder|na) de advertentie)?|czytaj dalej (?:pod reklamą|po reklamie)|dalsza część (?:artykułu|tekstu) (?:pod|po) reklam(?:ą|ie)|dalsz(?:y ciąg|a część) (?:artykułu|tekstu|materiału) (?:pod|po) (?:materiałem (?:wideo|video)|reklamą|reklamie|filmem|wideo)|(?:the )?(?:story|article) continues (?:below|after) (?:the |this )?video|продолжение (?:ниже|после рекламы|следует)|читайте далее|(?:статья|материал) продолжается ниже|(?:haberin|yazının) devamı(?: aşağıda| reklamdan sonra)?|lanjutkan membaca(?: di bawah(?: ini)?)?|(?:scroll|gulir) (?:ke bawah )?untuk melanjutkan(?: membaca)?|(?:広告の(?:後|あと|下)に)?(?:記事|本文)(?:が|は)続きます|記事の続きは(?:下|以下)(?:へ|に)?|広告の(?:後|あと)に(?:も)?続きます|(?:아래에서 )?기사(?:가|는)? (?:계속됩니다|이어집니다)|기사 계속 읽기|(?:下滑|向下滑动)?继续阅读(?:下文|全文)?|تابع القراءة(?: أدناه| بالأسفل)?|أكمل القراءة(?: أدناه)?|تكملة الخبر(?: بالأسفل| أدناه)?|ادامه (?:خبر|مطلب)(?: را)?(?: در (?:زیر|ادامه))?(?: بخوانید)?|(?:नीचे )?प(?:\x{922}\x{93C}|\x{95D})ना जारी रखें|खबर आगे प(?:\x{922}\x{93C}|\x{95D})ें";

/// Verbs that ask a reader to subscribe, in the major news languages.
const SUBSCRIBE: &str = r"\b(?:abonnieren|abonniere|melden sie sich|melde dich|anmelden|registrieren|inscrivez-vous|abonnez-vous|suscríbete|suscribite|regístrate|iscriviti|abbonati|assine|inscreva-se|cadastre-se|meld je aan|schrijf je in|abonneer|zapisz się|subskrybuj|подпишитесь|подписывайтесь|abone ol|kaydolun|berlangganan|daftar sekarang)\b|اشترك|سجل|登録|订阅|訂閱|구독";

/// Words for a newsletter or an e-mail briefing, in the major news languages.
const NEWSLETTER: &str = r"(?i:newsletter|nieuwsbrief|boletín|boletim|infolettre|lettre d['’]information|рассылк|bülten|buletin)|النشرة|ニュースレター|电子报|简报|뉴스레터";

/// "Read also" and "see also" in the major news languages.
const READ_ALSO: &str = r"[aà] lire aussi|lire aussi|voir aussi|lesen sie auch|lesen sie mehr|auch interessant|siehe auch|leggi anche|leggi pure|lee también|lea también|ver también|leia também|leia mais|veja também|lees ook|lees meer|czytaj też|czytaj także|zobacz też|zobacz także|читайте также|смотрите также|ayrıca okuyun|ilginizi çekebilir|baca juga|اقرأ أيضًا|اقرأ أيضاً|اقرأ أيضا|اقرأ ايضاً|اقرأ ايضا|আরও পড়ুন|আরো পড়ুন|関連記事|関連ニュース|相关新闻|相关阅读|相关文章|延伸阅读|延伸閱讀|相關新聞|相關閱讀|관련 ?기사|ये भी पढ़ें|यह भी पढ़ें|इसे भी पढ़ें|xem thêm|đọc thêm|tin liên quan|čtěte také|čtěte též|přečtěte si také|läs också|läs även|lue myös|читайте також|διαβάστε (?:ακόμη|επίσης)|קראו גם|อ่านเพิ่มเติม|ข่าวที่เกี่ยวข้อง|prečítajte si (?:aj|tiež)|pročitajte (?:i|još|više)|прочитајте (?:и|још)|още по темата|прочетете (?:още|също)|مزید پڑھیں|یہ بھی پڑھیں|இதையும் படிக்க(?:வும்)?|மேலும் படிக்க|basahin(?: din| rin)?|llegiu també|llegeix també|vegeu també|preberite (?:še|tudi)|taip pat skaitykite|skaitykite (?:taip pat|daugiau)|lasiet arī|lasi arī|loe ka|loe lisaks|ასევე წაიკითხეთ|წაიკითხეთ ასევე|կարդացեք (?:նաև|նաեւ)|həmçinin (?:oxuyun|oxu)|прочитај(?:те)? (?:повеќе|и)|lexo (?:edhe|më shumë)|soma (?:zaidi|pia)|irakurri (?:ere|gehiago)|हेही वाचा|हे पण वाचा|यो पनि पढ्नुहोस्|lestu (?:einnig|líka|meira)|baca";

/// Headings over related-article lists in other languages.
const RELATED_INTL: &str = r"weitere meldungen|weitere nachrichten|más información|meistgelesen|meist gelesen|altre notizie|le più lette|más noticias|lo más leído|lo más visto|mais notícias|mais lidas|les plus lus|les plus populaires|meer nieuws|meest gelezen|więcej wiadomości|najczęściej czytane|polecane|en çok okunanlar|son dakika|terpopuler|الأكثر قراءة|weiterführende links?|weiterführender link|verwandte (?:themen|artikel|beiträge)(?: auf unserem blog)?|ähnliche (?:beiträge|artikel)|mehr (?:artikel|news|nachrichten)|articles? similaires|sur le même sujet|noticias relacionadas|artículos relacionados|notizie correlate|articoli correlati|notícias relacionadas|gerelateerde artikelen|podobne artykuły|похожие (?:новости|статьи)|ilgili haberler|benzer haberler|berita terkait|أخبار ذات صلة";

/// "About the author" in the major news languages.
const ABOUT_AUTHOR: &str = r"über den autor|über die autorin|à propos de l['’]auteur|sobre el autor|sobre la autora|sobre la firma|sull['’]autore|sobre o autor|over de auteur|o autorze|об авторе|yazar hakkında|tentang penulis";

/// A row of furniture items is short.
const META_ROW_WORDS: usize = 24;

/// What separates the items of a row of furniture.
const META_ROW_SEPARATORS: &[char] = &['·', '|', '•', '∙'];

/// The built-in rules. Order matters only in that `Strip` rules run before the others.
pub const RULES: &[Rule] = &[
    // Ad placeholders, standalone or glued: [ad_1], [ad_2], [ad], [ads], [advertisement].
    strip(
        "ad-placeholder",
        "",
        r"\[\s*(?:ad|ads|advert|adverts|advertisement|adsense|ad[\s_-]?slot|ad[\s_-]?unit)(?:[\s_-]*\d+)?\s*\]",
    ),
    // "AdvertisementThe talks…": a label glued to the start of a paragraph.
    // Korean agencies' photo terms glued to a caption ("… 전경. [부산시 제공. 재판매 및 DB
    // 금지]": provided by, no resale or database use): the caption stays, the terms go.
    strip(
        "photo-terms-ko",
        "$1",
        r"\s*\\?\[[^\[\]]{0,40}(?:재판매 및 DB 금지|DB 금지|재배포 금지)\\?\]\s*([*_]*)\s*$",
    ),
    // A Korean caption's credit in brackets at its end ("… 전경 (부산시 제공)", "(사진=연합뉴스
    // 제공)": provided by): the caption stays, the credit goes.
    strip(
        "photo-provided-ko",
        "$1",
        r"\s*\((?:사진\s*[=:]\s*)?[^()\n]{1,25}?\s*제공\)\s*([*_]*)\s*$",
    ),
    // A caption's credit in brackets at its end ("Jembatan gantung di Lebak (Foto: Dok.
    // Pemkab Lebak)", "… at the quay (Photo: Reuters)"): the caption stays, the credit goes.
    // Not "(Source: …)", which attributes the story's figures.
    strip(
        "photo-credit-bracketed",
        "$1",
        r"\\?\s*\((?:foto|fotos|photo|photos|fotó|fotografía|fotografia|gambar|bild|image|imagem|imagen|zdjęcie|fot\.|ảnh|фото|credit|crédit|crédito)\s*[:：]\s*[^()\n]{1,60}\)\s*([*_]*)\s*$",
    ),
    strip(
        "advertisement-glued",
        "$1",
        r"^(?-i:Advertisement|ADVERTISEMENT)\s*(?-i:(\p{Lu}))",
    ),
    // "…other ships.Read More:Blinken…" / "…ships. Source link": trailers glued to the last sentence.
    // A trailer never holds a backtick: cutting a code span's closing one would expose its
    // unescaped text (raw HTML) as Markdown.
    strip(
        "trailer-glued",
        "$1",
        r#"([.!?”"’)\]])\s*(?:(?-i:Read More|READ MORE|Read more)\s*(?::|»|›|…|\.\.\.|>)\s*[^`]{0,200}|(?-i:Source link|Source Link)|(?-i:Comments are closed)\.?|(?-i:Share this|Like this):[^`]*|(?-i:The post) [^`]{1,250} appeared first on [^`]{1,120})$"#,
    ),
    // Where a comment thread starts, whatever the markup calls it: WordPress's "9 thoughts on
    // “Title”", "12 responses to …", uCoz's "Kommentare insgesamt: 0". Threads follow the story.
    end(
        "comment-thread",
        false,
        r#"(?:\d+|one)\s+(?:thoughts? on|responses? to|comments? on|repl(?:y|ies) (?:to|on)|kommentare? (?:zu|für)|gedanken zu|antworten (?:auf|zu)|commentaires? (?:sur|pour)|r[ée]ponses? (?:à|a)|comentarios? (?:a|en|sobre|para)|respuestas? a|commenti (?:a|su)|risposte a|coment[áa]rios? (?:em|sobre|para)|reacties op|komentarz[ey]? do)\s*[“"„«‘'‚‹].+|(?:kommentare|comments|commentaires|comentarios|commenti) (?:insgesamt|total)\s*:?\s*\d+"#,
    ),
    // A comment thread's heading ("Comments", "3 Kommentare", "Leave a Reply") ends the story
    // when it is a heading; as a line ("12 comments" in a meta row) it is dropped alone.
    end(
        "comment-heading",
        true,
        r"(?:(?:\d+|one|no)\s+)?(?:comments?|responses?|replies|reader comments|kommentare?|leserkommentare|commentaires?|comentarios?|commenti|coment[áa]rios|reacties|komentarze|комментарии|yorumlar)(?:\s*\(\d+\))?|leave a (?:reply|comment|response)|join the (?:conversation|discussion)|(?:schreibe|hinterlasse) einen kommentar|kommentar (?:schreiben|hinterlassen)|laisser un commentaire|deja (?:un comentario|una respuesta)|lascia un commento|deixe (?:um comentário|uma resposta)|laat een reactie achter|dodaj komentarz",
    ),
    // The next story previewed below this one: "Read next: <headline>", "Up next".
    end(
        "next-story",
        true,
        r"(?:read next|up next|next up|next story|next article|what to read next|nächster artikel|als nächstes lesen|article suivant|[àa] lire ensuite|siguiente (?:artículo|noticia)|leggi dopo|prossimo articolo|próxim[ao] (?:artigo|notícia)|volgend artikel|następny artykuł|следующая (?:статья|новость))\s*[:：»›\-–—|]?\s*.*",
    ),
    // Labels where an ad was.
    drop(
        "advertisement",
        8,
        r"[-–—_*\s(\[]*(?:advertis(?:e)?ments?|advertising|adverts?|ad|ads|anzeige|werbung|publicité|pub|publicidad|publicidade|pubblicità|advertentie|reklama|реклама|reklam|iklan|إعلان|تبلیغات|آگهی|広告|广告|廣告|광고|quảng cáo|mainos|annons|inzerce|διαφήμιση|פרסומת|โฆษณา|विज्ञापन|sponsored|sponsored content|sponsored links?|paid content|paid post|promoted|promoted content|partner content|skip advertisement|remove ads?|ad feedback|supported by)[-–—_*\s).:\]]*",
    ),
    // An ad label with a prompt to read on, or the prompt alone: "Advertisement - Continue
    // reading below", "ADVERTISEMENT · SCROLL TO CONTINUE READING", "Ad | Keep reading",
    // "Advertisement (scroll down to continue reading)", "Story continues below".
    drop(
        "advertisement-prompt",
        14,
        r"[-–—_*\s(\[]*(?:(?:{AD_LABEL})[\s)\]]*[-–—_*:|·•/.,(\[]*\s*)?(?:{READ_ON})[-–—_*\s).:…\]]*",
    ),
    // The ad widget's own chrome.
    drop(
        "ad-chrome",
        6,
        r"[-–—_*\s(]*(?:(?:advertisement|ad) feedback|report (?:this|an) ad|close (?:this )?ad|skip (?:this )?ad|ads? by google|advertisement continues below|sponsored by [^.!?]{1,40}|hide ad|why this ad\??|feedback|ad ?choices|(?:sponsored|promoted|partner) (?:stories|posts|articles|content|links)|(?:recommended|promoted|content) by (?:outbrain|taboola|revcontent|mgid|zergnet))[-–—_*\s).:]*",
    ),
    // Read-more and source trailers.
    drop(
        "read-more",
        40,
        r"(?:read more(?:\s*(?::|»|›|…|\.\.\.|>|→|\||-|–|—)\s*.*)?|continue reading(?:\s*(?::|»|›|…|\.\.\.|>|→|\|)\s*.*)?|read the (?:full|original) (?:story|article|post)\b.*|read full (?:story|article)\b.*|keep reading|click here to read more\b.*|full story(?:\s*[:»›>→].*)?|more details\s*[:»›>→].*|read the rest(?: of this (?:story|article|entry))?\b.*|view original (?:article|post)\b.*)",
    ),
    drop(
        "source-link",
        4,
        r"(?:source link|source|sources|original source|via|link to (?:article|source))\s*[.:»›>]?",
    ),
    drop(
        "source-site",
        12,
        r"(?:source|sources|original source|via|courtesy(?: of)?|źródło|źródła|quelle|fuente|fonte|bron|источник|kaynak|sumber|المصدر|المصادر|منبع|מקור|(?:originally )?published (?:on|at|by)|this (?:article|story|post) (?:was )?(?:originally |first )?(?:appeared|published) (?:on|in|at))\s*[:|\-–—]\s*.+",
    ),
    drop(
        "originally-published",
        30,
        r"(?:this (?:article|story|post|piece) (?:was )?(?:originally |first )?(?:appeared|published|ran) (?:on|in|at|by)|(?:originally|first) (?:appeared|published) (?:on|in|at|by)) .+",
    ),
    // WordPress feed footers.
    drop("feed-footer", 60, r"the post .+ appeared first on .+"),
    // Bylines and dateline furniture.
    drop(
        "posted-by",
        20,
        r"(?:posted|published|written|filed|submitted|uploaded|last updated|updated|first published|last modified|modified)\s*(?:on|at|by|in|:)\s*(?:[^.!?]*?(?:{DATE}|\bby\s+[^\s.!?]+|\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago)[^.!?]*(?:\d\.)?|(?-i:\p{Lu})[^.!?]*)|(?:posted|written|submitted|uploaded)\s+by\s+[^.!?]+|(?:published|posted)\s+by\s+[^.!?]{1,60}?\s+on\s+{DATE}(?:{SEP}*{TIME})?\.?",
    ),
    drop(
        "dateline",
        16,
        r"(?:(?:published|posted|updated|last updated|first published|modified|date)\s*(?:on|at)?\s*[:\-–—]?\s*)?{DATE}(?:{SEP}*{TIME})?(?:\s*[|•·\-–—]\s*(?:(?:updated|atualizado|actualizado|aggiornato|aktualisiert|mis à jour)\s+(?:há|hace|vor|il y a)\s+\d+\s+\p{L}+|(?:updated\s*)?(?:{DATE})?(?:{SEP}*{TIME})?))?\.?",
    ),
    // The clock before the date, as US chains print it ("Published 6:00 a.m. ET Dec. 5,
    // 2025 | Updated 9:12 a.m. ET Dec. 5, 2025"), and a date run into its time and an
    // "Updated … ago" ("December 5, 20251:15 PM GMTUpdated 2 hours ago").
    drop(
        "dateline-time-first",
        24,
        r"(?:(?:published|posted|updated)\s*:?\s*{TIME}\s*{DATE}(?:\s*[|•·]\s*(?:updated|published)\s*:?\s*{TIME}\s*{DATE})?|{DATE}\s*{TIME}\s*updated\s*(?:\d+|an?|one)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?)\s+ago)\.?",
    ),
    // A press release's header and end marks ("FOR IMMEDIATE RELEASE", "###", "-ends-").
    drop(
        "release-marks",
        6,
        r"(?:for immediate release|für sofortige veröffentlichung|zur sofortigen veröffentlichung|pour diffusion immédiate|para (?:su )?(?:publicación|difusión) inmediata|para divulgação imediata|per (?:la )?diffusione immediata|voor onmiddellijke publicatie|do natychmiastowej publikacji|#{3}|-\s*(?:ends|end|30)\s*-|\*{3})",
    ),
    // A prompt to watch the story's video ("Bekijk hier de video", "Watch the video below")
    // and the heading of a rail of the site's videos ("VÍDEOS: mais assistidos do g1 PR").
    drop(
        "video-prompt",
        8,
        r"(?:(?:bekijk|kijk) (?:hier )?(?:de|deze) video(?: hieronder| hier)?|(?:watch|see) the (?:full )?video(?: here| below| above)?|(?:hier )?(?:das )?video (?:ansehen|anschauen)|regardez la vidéo(?: ci-dessous)?|mira el (?:vídeo|video)(?: a continuación)?|guarda il video|(?:assista|veja) (?:ao|o) vídeo|смотрите видео|videoyu izle(?:yin)?|(?:vídeos?|videos?)\s*:\s*(?:(?:os |the )?mais assistidos|most watched|most viewed|más vistos|les plus vus|meistgesehen|più visti|top videos)\b.*)[.:!]?",
    ),
    // A caption's credit glued to its last sentence, as a photographer and an outlet
    // ("… built in 1974.Rachel Ortiz/The Daily Courier"): the caption stays.
    strip(
        "caption-credit-glued",
        "$1",
        r"(?-i:([.!?]))(?-i:\p{Lu})[\p{L}'’.-]+(?: (?-i:\p{Lu})[\p{L}'’.-]+){0,3}\s*/\s*(?-i:\p{Lu})[\p{L}&.'’ -]{1,40}$",
    ),
    // A photo's caption behind its toggle buttons ("Hide Caption", "toggle caption").
    strip(
        "caption-toggle",
        "",
        r"^(?:show caption|hide caption|toggle caption)\s*",
    ),
    // A staff byline in Bengali and Hindi ("নিজস্ব প্রতিবেদক, চট্টগ্রাম": own reporter, the
    // city), with the place after a comma.
    drop(
        "staff-byline-indic",
        5,
        r"(?:নিজস্ব (?:প্রতিবেদক|সংবাদদাতা)|স্টাফ রিপোর্টার|নিজস্ব প্রতিনিধি|निज संवाददाता|संवाददाता|ब्यूरो रिपोर्ट|न्यूज़ डेस्क)(?:\s*[,،]\s*\S+(?:\s+\S+)?)?",
    ),
    // A live blog entry's time as a line of its own ("14.32 GMT", "Updated at 14.05 GMT").
    drop(
        "clock-time",
        5,
        r"(?:(?:updated|posted|published|last updated|aktualisiert|mis à jour|actualizado)\s*(?:at|um|à|a las|:)?\s*|(?:opdateret|oppdatert|uppdaterad|publiceret|publisert|publicerad|(?:fréttin var |frétt )?uppfærð|päivitetty|uuendatud|atjaunināts|atnaujinta)(?:\s+i\s*(?:dag|går))?\s*(?:kl\.?|klo\.?|kell)?\s*)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*(?:gmt|bst|utc|cet|cest|eet|eest|est|edt|cst|cdt|mst|mdt|pst|pdt|mez|mesz|ist|jst|kst|aest|aedt|uhr|h))?\.?",
    ),
    drop(
        "time-ago",
        8,
        r"(?:published|posted|updated|last updated)?\s*:?\s*(?:\d+|an?|one)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\.?",
    ),
    drop(
        "byline",
        12,
        r"(?:by|written by|words by|story by|author|von|par|por|di|door|przez|автор|yazan|oleh)\s*:?\s+(?-i:(?:(?:\p{Lu}[\p{L}'’.-]*|\p{Ll}+\d[\p{L}\d]*|and|&|,|e|y|et|und|i|ve|dan|en|de|da|van|von|der|del|la|le|bin|al|staff|reporter|correspondent|editor|writer|team|desk|news|wire|agencies)\s*)+)(?:[|•·\-–—,]\s*(?:{DATE}|(?-i:(?:\p{Lu}[\p{L}&'’.-]*\s*)+))(?:{SEP}*{TIME})?)?",
    ),
    drop(
        "reading-time-intl",
        8,
        r"(?:temps de )?lecture\s*:?\s*\d+\s*min(?:utes?)?\.?|\d+\s*min(?:utes?)?\.?\s*(?:de lecture|lesezeit|leestijd|de lectura|di lettura|de leitura|czytania|okuma süresi)|(?:lesezeit|leestijd|tiempo de lectura|tempo di lettura|tempo de leitura|czas czytania|okuma süresi)\s*:?\s*(?:ca\.\s*)?\d+\s*(?:min(?:\.|uten|utos|uti|ut)?|dk\.?)",
    ),
    drop(
        "reading-time",
        8,
        r"(?:reading time\s*:?\s*)?(?:\d+|one|two|three|four|five)\s*(?:-|\s)?(?:min|mins|minute|minutes)\.?\s*(?:read|reading time|to read)(?:\s*time)?\.?|estimated reading time\s*:?.*",
    ),
    // Reuters / AP production credits.
    drop(
        "production-credits",
        60,
        r"\((?:reporting|writing|editing|additional reporting|compiled|reporting and writing) by\b[^()]*\)\.?|(?:reporting|writing|additional reporting) by (?-i:\p{Lu})[^.;]*;\s*(?:editing|additional reporting|writing) by .*",
    ),
    // Tag and category lines.
    drop(
        "tags",
        40,
        r"(?:tags?|tagged(?: with| as| in)?|categories|category|filed under|topics?|related topics|related tags|posted in|labels?|keywords|more about|more on|see more on|explore more on these topics|schlagw(?:ö|oe)rter|schlagworte|stichw(?:ö|oe)rter|stichworte|mots[- ]cl[ée]s|étiquettes|etiquetas|palabras clave|parole chiave|etichette|trefwoorden|tagi|etiketler|метки|теги|archivado en|arquivado em|archiviato (?:in|sotto))\s*[:\-–—|»]\s*.*",
    ),
    drop(
        "posted-in",
        8,
        r"(?:posted|filed|published) in\s+(?-i:\p{Lu})[^.!?]*",
    ),
    heading(
        "tags-heading",
        r"(?:tags|categories|related topics|topics|more topics|related tags)\s*:?",
    ),
    // The label of a table of contents over a guide or a long read ("Jump to:", "In this
    // article", "Inhaltsverzeichnis"); its list goes by [`contents_lists`].
    drop(
        "contents-label",
        4,
        r"(?:jump to|skip to|in this (?:article|guide|story|post)|on this page|table of contents|contents|inhalt|inhaltsverzeichnis|sommaire|dans cet article|índice|tabla de contenidos?|contenido|indice|in questo articolo|inhoud|spis treści|содержание|içindekiler|daftar isi|目次|目录)\s*[:：]?",
    ),
    // Previous / next article links.
    drop(
        "prev-next",
        30,
        r"[«‹<←\s]*(?:previous|prev|next|older|newer)\s*(?:(?:post|article|story|entry|page|item)s?\s*(?:[:\-–—»›>→|].*)?|[:»›>→|].*)",
    ),
    drop("post-navigation", 4, r"(?:post|article|posts) navigation"),
    // A reactions widget's question under the story.
    drop(
        "reaction-prompt",
        10,
        r"(?:what did you think of this (?:article|story)|how do you feel about this (?:article|story)|was this (?:article|story) helpful|¿?qué te pareció (?:esta|este) (?:noticia|nota|artículo)|o que (?:você )?achou (?:desta|deste) (?:notícia|matéria|artigo)|wie (?:gefällt|fanden) (?:ihnen|sie) (?:dieser|diesen) artikel|qu['’]avez-vous pensé de cet article|cosa ne pensi di questo articolo)\s*[?？]?",
    ),
    // A story paginated over several pages: the line sending the reader to the next one.
    drop(
        "next-page",
        10,
        r"(?:(?:the )?(?:story|article) )?continue[sd]? (?:on|reading on) (?:the )?next page|pokračování (?:článku )?na další straně|(?:die )?fortsetzung (?:des artikels )?auf (?:der )?(?:nächsten|folgenden) seite|lesen sie (?:weiter )?auf (?:der )?(?:nächsten|folgenden) seite|(?:la )?suite (?:de l['’]article )?(?:en|à la|sur la) page suivante|(?:la nota )?continúa en la (?:página )?siguiente(?: página)?|(?:l['’]articolo )?continua (?:nella|alla) pagina (?:successiva|seguente)|ciąg dalszy (?:artykułu )?na (?:następnej|kolejnej) stronie|продолжение (?:статьи )?на следующей странице\.?",
    ),
    drop(
        "back-to",
        8,
        r"[«‹<←\s]*(?:back to|zurück(?: zu(?:r|m|den)?)?|retour (?:à|aux?)|volver a|torna a|voltar para|terug naar|powrót do|takaisin)\b.*|(?:возврат|вернуться|назад) к (?:списку|новостям|разделу).*",
    ),
    drop(
        "posted-by-intl",
        16,
        r"(?:(?:(?-i:\p{Lu})[\p{L}'’-]*\s+){0,3}(?-i:\p{Lu})[\p{L}'’-]*\.\s+)?(?:gespeichert|veröffentlicht|geschrieben|erstellt|aktualisiert|publié|mis à jour|publicado|actualizado|pubblicato|aggiornato|gepubliceerd|bijgewerkt|opublikowano|опубликовано)\s+(?:von|am|um|par|le|por|el|da|il|door|op|przez|:)\b?.{0,100}",
    ),
    // A German date label with a colon ("Zuletzt aktualisiert: 05.12.2025 · Lesezeit: 3
    // Min.", "Stand: 05.12.2025"), and a page's hit counter ("Zugriffe: 312").
    drop(
        "date-label-de",
        12,
        r"(?:(?:zuletzt\s+)?(?:aktualisiert|geändert|bearbeitet)|veröffentlicht|erstellt|stand)\s*:\s*{DATE}(?:{SEP}*{TIME})?(?:\s*[|•·]\s*(?:lesezeit\s*:?\s*(?:ca\.\s*)?\d+\s*min(?:\.|uten)?|\d+\s*min(?:\.|uten)?\s*lesezeit))?\.?",
    ),
    drop(
        "hit-count",
        3,
        r"(?:zugriffe|aufrufe|hits|views)\s*:\s*\d[\d.,]*",
    ),
    // Comment furniture.
    drop(
        "comments",
        25,
        r"(?:comments are closed|comments? (?:are|is) (?:disabled|off|turned off)|comments? closed|no comments(?: yet)?|be the first to comment|leave a (?:reply|comment|response)(?:\s*cancel reply)?|cancel reply|post (?:a )?comment|add (?:a )?comment|write a comment|view (?:all )?comments|show comments|hide comments|load comments|join the (?:conversation|discussion)|(?:\d+|one)\s+(?:comments?|responses?|replies)|comments?\s*\(\d+\)|comments?|discussion|reply|report comment|you must be (?:logged|signed) in to (?:post|leave|write) a comment|log ?in to (?:post a )?comment|sign in to comment|your email address will not be published|required fields are marked|save my name, email, and website in this browser for the next time i comment|notify me of (?:follow-up comments|new posts)|this site uses akismet to reduce spam|(?:name|email|e-mail|website|comment)\s*\*?)\.?[\s.*]*",
    ),
    // The same in the other major news languages.
    drop(
        "comments-intl",
        8,
        r"(?:#?\d+\s+)?(?:kommentare?|kommentar schreiben|kommentare schreiben|kommentieren|keine kommentare|(?:\d+|keine) kommentare?|kommentar von .+|commentaires?|laisser un commentaire|ajouter un commentaire|comentarios?|deja un comentario|deja una respuesta|commenti|lascia un commento|reacties|reageer|komentarze|komentarzy|dodaj komentarz|комментари(?:и|й|я|ев)|yorum(?:lar)?|komentar)\s*:?[\s.*]*",
    ),
    drop(
        "comment-form",
        40,
        r"(?:your email address will not be published|save my name, email,? and website|notify me of (?:follow-up comments|new posts)|this site uses akismet|you must be (?:logged|signed) in to (?:post|leave|write) a comment)\b.*",
    ),
    // Share and like widgets.
    drop(
        "share",
        8,
        r"(?:share (?:this|on|via|full)\b[^.!?]*:?|share\s*:?|shares|teilen|merken|drucken|artikel (?:teilen|drucken|merken|empfehlen)|partager|imprimer|compartir|imprimir|condividi|stampa|delen|udostępnij|поделиться|paylaş|bagikan|deel dit(?: artikel| bericht)?|teilen sie (?:diesen|den) artikel|partager (?:cet|l['’]) article|compartir (?:este artículo|esta noticia)|condividi (?:questo articolo|l['’]articolo)|compartilhe(?: esta notícia| este artigo)?|udostępnij artykuł|поделиться (?:статьей|новостью)|haberi paylaş|bagikan artikel ini|email this link|(?:tarifi )?yazdır|print (?:this )?recipe|rezept drucken|imprimer la recette|imprimir (?:la )?receta|stampa la ricetta|recept afdrukken|drukuj(?: przepis)?|распечатать|cetak(?: resep)?|donate(?: now| today)?|spenden|slideshow\s*\(?\s*\d+\s*(?:images|photos|bilder|fotos)\s*\)?|share this:?|share full article|like this:?|like loading\.*…?|loading\.*…?|be the first to like this\.?|tweet(?: this)?|pin it|print(?: this)?(?: (?:article|page|story))?|email(?: this)?(?: (?:article|page|story))?|send (?:any )?friend a story|gift (?:this )?article|give this article|save (?:this )?(?:article|story)|copy link|link copied|(?:\d+\s*)?shares?)\.?",
    ),
    drop(
        "click-to-share",
        14,
        r"click to (?:share|email|print|tweet|pin|save)\b.*",
    ),
    drop(
        "social-row",
        14,
        r"(?:(?:share(?: on| via)?|facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|tumblr|email|e-mail|print|messenger|flipboard|pocket|copy link|sms|vk|line|viber|threads|bluesky|mastodon)\b[\s:|,•·/]*){2,}",
    ),
    // Related-article lists: the heading and the headlines under it.
    heading(
        "related",
        r"(?:related(?: posts?| articles?| stories| news| content| coverage| reading| links)?|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|recommended(?: for you| stories| articles| reading)?|more (?:from|in|on) .{1,40}|more (?:stories|news|articles|headlines|to read)|most (?:read|popular|viewed|shared)|trending(?: now| stories)?|popular (?:posts|stories|now)|latest (?:news|posts|stories|articles|headlines)|top stories|read next|what to read next|don[’']t miss|(?:also|further) read(?:ing)?|editor[’']s picks|in other news|more on this story|around the web|from the web|you missed|recent posts|recent articles|popular|latest|up next|explore more|more stories from .{1,30}|about the author|editors?[’']?s? (?:recommendations|picks)|das könnte (?:sie|dich) auch interessieren|mehr zum thema|weitere artikel|te puede interesar|{READ_ALSO}|{RELATED_INTL}|{ABOUT_AUTHOR})\s*[:：]?",
    ),
    // "Lire aussi A Lyon, la zone …": the label run into a headline without a colon, or
    // glued to the link after it ("Читайте такжеСобянин рассказал …").
    drop(
        "also-read-headline",
        30,
        r"(?:{READ_ALSO})\s*(?-i:\p{Lu}).+",
    ),
    drop(
        "also-read",
        30,
        r"(?:also read|read also|see also|related|related story|related article|recommended|recommended reading|don[’']t miss|watch|watch video|video|listen|must read|must watch|suggested reading|more information|journal information|{READ_ALSO})\s*[:：|»›\-–—]\s*.+",
    ),
    // A science story's citation of the paper it reports ("More information: Marcel J. L.
    // Th. Niekus et al. Middle Paleolithic …, PNAS (2019). DOI: …"), however long and
    // whether or not a line break follows the label: a label, then authors with "et al.", a
    // DOI or a year in brackets.
    drop(
        "citation",
        150,
        r"(?s:(?:more information|journal information|reference|references|citation|original (?:study|paper|publication|article)|originalpublikation|originalveröffentlichung|publication originale|référence|referencia|riferimento|bron)\s*[:：]\s*\\?\s*.{0,600}?(?:\bet al\.|\bdoi\b|doi\.org|\((?:19|20)\d\d\)).*)",
    ),
    // A tag list too long for the rule above: a label, then three or more short items
    // between commas ("Schlagwörter : abnehmen, Blog, Blog Leandra-Lou von …, Botox, …").
    drop(
        "tags-long",
        0,
        r"(?:tags?|tagged(?: with| as| in)?|categories|filed under|topics|keywords|schlagw(?:ö|oe)rter|schlagworte|stichw(?:ö|oe)rter|stichworte|mots[- ]cl[ée]s|étiquettes|etiquetas|palabras clave|parole chiave|trefwoorden|tagi|etiketler|метки|теги)\s*[:\-–—|»]\s*(?:[^,.!?\n]{1,60},\s*){3,}[^,.!?\n]{1,60}\.?",
    ),
    // Newsletter and follow-us prompts.
    drop(
        "newsletter",
        40,
        r"(?:sign up|signup|subscribe|register|get|join|want|don[’']t miss|never miss|stay (?:informed|updated|up to date|in the know)|enter your email|receive|click here to subscribe|download)\b.*\b(?:newsletters?|inbox|e-?mail alerts?|news alerts|daily briefing|briefings|(?:our|the) (?:[\w-]+ ){0,2}app|whatsapp (?:channel|community|group)|telegram (?:channel|community|group)|updates? (?:from|delivered))\b.*",
    ),
    // Other languages only (English has the rule above, verb first): a story's own sentence
    // may name signing up and e-mail anywhere, and prompts are short.
    drop(
        "newsletter-intl",
        25,
        r"(?:.*(?:{SUBSCRIBE}).*(?:{NEWSLETTER}).*|.*(?:{NEWSLETTER}).*(?:{SUBSCRIBE}).*)",
    ),
    drop(
        "follow-us",
        30,
        r"(?:follow us|follow (?:\S+\s+){0,3}on (?:twitter|x|facebook|instagram|linkedin|threads|bluesky|tiktok|youtube|telegram|whatsapp|google news)|like us on facebook|find us on|connect with us|join us on|stay connected|follow @\S+|join our (?:whatsapp|telegram|community)\b).*",
    ),
    drop(
        "follow-button",
        3,
        r"\+?\s*(?:follow|folgen|suivre|seguir|segui)\s*\+?",
    ),
    drop(
        "subscribe",
        4,
        r"(?:subscribe(?: now| today| here)?|sign up(?: now| here)?|sign in|log in|login|register|sign up here|newsletters?)[.!]?",
    ),
    // Copyright and rights lines.
    drop(
        "copyright",
        45,
        r"(?:©|\(c\)\s*\d{4}|copyright\s*(?:©|\(c\))?\s*(?:\d{4}|(?-i:\p{Lu}))|all rights reserved|this material may not be (?:published|reproduced)|reproduction (?:in whole or in part )?(?:is )?(?:prohibited|forbidden)).*",
    ),
    drop("rights-reserved", 45, r".*\ball rights reserved\b.*"),
    drop(
        "subject-to-copyright",
        60,
        r"this (?:document|article|material|content) is (?:subject to|protected by) copyright\b.*",
    ),
    // A picture's caption with its credit: "Radfahren in Salzburg © Tourismus Salzburg",
    // "… skulls from the museum. Credit: DrMikeBaxter".
    drop(
        "caption-credit",
        30,
        r".{0,200}(?:©|\((?:c|©)\)|\b(?:credit|credits|photo|foto|bild|image|source|quelle)\s*:)\s*(?-i:\p{Lu}|\d)[^.!?]{0,80}\.?",
    ),
    // Page chrome that leaks into scraped text.
    drop(
        "page-chrome",
        8,
        r"(?:published|updated|posted|last updated|skip to (?:main )?content|skip to navigation|toggle navigation|menu|main menu|search|close|back to top|scroll to top|home|listen to (?:this )?article.*|play video|watch video|video|image|photo|loading video|your browser does not support the video tag\.?|please enable javascript.*|click to enlarge|enlarge this image|view image in fullscreen|open image in gallery|expand|zoom|print article|font size|a\s*a\s*a|accept(?: all)?(?: cookies)?|cookie settings|manage consent|we use cookies.*|this (?:web)?site uses cookies.*|read in app|open in app|listen|audio|gallery|view gallery|\d+\s*(?:photos|images)|image \d+ of \d+)\.?",
    ),
    drop(
        "cookie-notice",
        45,
        r"(?:we use cookies|this (?:web)?site uses cookies|by (?:continuing to use|using) this (?:web)?site).*",
    ),
    drop("breadcrumb", 14, r"home\s*[»›>|/]\s*.*"),
    drop(
        "photo-credit",
        16,
        r"(?:photo|photos|image|images|picture|pictures|photograph|file photo|credit|credits|image source|photo credit|image credit|caption|foto|fotos|bild|bilder|quelle|crédits?(?: photo)?)\s*(?:credit)?\s*[:,|/]\s*.*|\(?(?:photo|image|picture|photograph|foto|bild)s? (?:by|von|de|di|por)\s+(?-i:\p{Lu}).*|©\s*\S.{0,60}|.*/(?:getty images|afp|reuters|ap|shutterstock|epa|alamy)\)?\.?",
    ),
    drop(
        "photo-credit-glued",
        60,
        r".*(?-i:Credit)(?:\.{3}|…)\s*\S.*",
    ),
    drop(
        "disclaimer",
        60,
        r"(?:disclaimer|editor[’']s note|note to readers)\s*:.*",
    ),
    drop(
        "our-standards",
        12,
        r"our standards:? the thomson reuters trust principles\.?",
    ),
    drop(
        "licensing",
        80,
        r".*\b(?:purchase|acquire) licensing rights\b.*|.*,? opens new tab\.?",
    ),
    drop(
        "gift-articles",
        40,
        r"(?:as a subscriber, you have \d+ gift articles|anyone can read what you share|give this article|listen to this article|learn more about audio|discover more from)\b.*",
    ),
    drop(
        "follow-coverage",
        30,
        r"(?:follow|read more of) (?:\S+ ){0,2}coverage (?:of|at|on)\b.*|please follow (?:and|&) like us:?|subscribe to get the latest posts(?: sent)? to your email\.?|type your email(?:…|\.\.\.)?",
    ),
    drop(
        "original-link",
        6,
        r"(?:original article|original post|view original|originally posted (?:at|on)\b.*|link to (?:the )?original(?: article| post)?)\s*[:.»›>]?",
    ),
    drop(
        "network-name",
        1,
        r"(?:facebook|twitter|linkedin|whatsapp|telegram|reddit|pinterest|tumblr|messenger|flipboard|x\.com|bluesky|threads)",
    ),
    // Chinese portals' lines around the text: the original headline of a reprint and the
    // editor in charge ("原标题：…", "（责任编辑：刘洋）", "【编辑：王敏】").
    drop("original-title", 0, r"原标题\s*[:：].{1,120}"),
    drop(
        "editor-in-charge",
        0,
        r"[（(【\[]\s*(?:责任编辑|責任編輯|编辑|編輯|责编|校对|审核|作者|来源|來源)\s*[:：][^）)】\]]{1,40}[）)】\]]",
    ),
    // A Chinese portal's prompt to install its app ("海量资讯、精准解读，尽在新浪财经APP").
    drop(
        "app-prompt-zh",
        0,
        r".{0,30}尽在.{1,20}(?:app|客户端)[。！!]?",
    ),
    // Indonesian portals close a story with the editors' initials ("(rdp/imk)").
    drop(
        "editor-initials",
        2,
        r"\(\s*[a-z]{2,6}(?:\s*/\s*[a-z]{2,6}){1,3}\s*\)",
    ),
    // Korean bylines, posting times and comment counts as lines of their own ("김민수 기자",
    // "입력 2025.04.02 10:15", "댓글 0").
    drop(
        "byline-ko",
        4,
        r"[가-힣]{2,4}\s?(?:기자|특파원|객원기자|인턴기자|통신원)(?:\s+[(<]?[\w.+-]+@[\w.-]+[)>]?)?",
    ),
    drop(
        "posted-ko",
        12,
        r"(?:\s*[|·]?\s*(?:입력|수정|승인|등록|업데이트|기사입력|최종수정)\s*:?\s*\d{4}[.\-/]\s?\d{1,2}[.\-/]\s?\d{1,2}\.?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)+",
    ),
    drop(
        "comments-ko",
        3,
        r"댓글\s*\d+\s*(?:개|건)?|댓글을 (?:입력|작성)하세요\.?|댓글 (?:쓰기|달기)",
    ),
    // Advertising and affiliate disclosures at the top of a blog post.
    drop(
        "affiliate-disclosure",
        45,
        r"[*\s]*(?:(?:dieser|der) (?:beitrag|artikel|post) enthält (?:unbezahlte |unbeauftragte )?(?:werbung|affiliate-links?)|enthält (?:unbezahlte )?werbung|werbung\s*[/|&]\s*affiliate-links?|(?:anzeige|werbung)\s*[/|]\s*(?:anzeige|werbung)|this (?:post|article|page) (?:may )?contains? affiliate links|(?:affiliate )?disclosure\s*:|cet article contient des liens (?:affiliés|sponsorisés)|este (?:post|artículo) contiene enlaces de afiliados|questo articolo contiene link di affiliazione|.{0,60}\b(?:may|might|can|will) (?:earn|receive|get) (?:a )?(?:small )?(?:affiliate )?(?:commission|share of (?:the )?(?:sales|revenue))\b).*",
    ),
    // A French regional daily's prompt to follow the site after the story.
    drop(
        "was-this-useful",
        60,
        r"(?:cet article vous a été utile|cet article vous a plu|was this (?:article|story) (?:helpful|useful)|war dieser artikel hilfreich|¿te ha resultado útil (?:este artículo|esta noticia)?)\s*\?.*",
    ),
    // Archive-picture and gallery labels, and credits in other languages ("fot. Jan Nowak").
    drop(
        "archive-photo",
        4,
        r"(?:foto d['’]archivio|foto de archivo|foto de arquivo|photo d['’]archives|archivbild|archivfoto|archive (?:photo|picture|image)|file (?:photo|picture)|archieffoto)\.?",
    ),
    drop(
        "gallery-label",
        6,
        r"(?:galeria de fotos|galería de fotos|galerie photos?|fotogalerie|bildergalerie|fotogalleria|photo gallery|fotogalerij|galeria zdjęć|foto galeri|galeri foto)\s*[(:|·]?\s*(?:\d+\s*(?:fotos?|bilder|photos?|images|foto|zdjęć|zdjęcia))?\s*\)?",
    ),
    drop(
        "photo-credit-intl",
        8,
        r"(?:fot\.|fot\s*:|zdj\.|фото\s*:|foto\s*[©:]|写真\s*[:：]|图\s*[:：]|摄影\s*[:：]?|تصوير\s*:|צילום\s*:|عکس\s*:|ছবি\s*:|ภาพ\s*:|φωτογραφία\s*:)\s*\S.{0,80}",
    ),
    // A portrait's caption that is only its subject's name and the credit ("Salma Benali -
    // تصوير: …", "Jan Novák | Foto: …"): a name of a few words, a dash or bar, a credit label.
    drop(
        "name-and-credit",
        10,
        r"(?:\S+\s+){0,3}\S+\s+[-–—|/]\s*(?:photo|foto|fot\.|фото|تصوير|צילום|عکس|फोटो|ছবি|ภาพ|ảnh|φωτογραφία)\s*[:：]\s*\S.{0,60}",
    ),
    // Japanese and Chinese paywall and sign-up prompts ("無料会員登録はこちら").
    drop(
        "member-prompt",
        0,
        r".{0,80}(?:読み放題|無料会員登録|会員登録はこちら|続きを読むには|ログインして続きを|有料会員|登录后阅读全文|订阅后阅读).{0,80}",
    ),
    drop(
        "caption",
        40,
        r"(?:image caption|media caption|photo caption)\s*[:,|]\s*.*",
    ),
    // Prompts to follow the site on a messenger or news app, in other languages (English
    // has "follow-us"): "Folgen Sie uns auf Google News", "Siga o nosso canal no WhatsApp",
    // "Simak breaking news … WhatsApp Channel".
    drop(
        "follow-us-intl",
        45,
        r"(?:dapatkan (?:update|informasi|berita)\b|folgen sie uns|folge uns|suivez-nous|rejoignez-nous sur|síguenos|siga-nos|siga (?:o )?nosso canal|seguici|volg ons|obserwuj nas|подписывайтесь на (?:наш|нас)|підписуйтеся на (?:наш|нас)|bizi (?:\S+ )?takip edin|ikuti (?:kami|saluran)|simak (?:breaking news|berita)|последвайте ни|пратите нас|pratite nas|sledujte nás|segueix-nos|seguiu-nos|sundan kami|i-follow (?:kami|ang)|следете н[èе]|ndiqni (?:na|lajmet)|sekite mus|seko(?:jiet)? mums|jälgi(?:ge)? meid|გამოგვყევით|հետևեք մեզ|bizi izləyin|tufuate|fylgstu með okkur|jarraitu gaitzazu).*(?:whatsapp|telegram|viber|google news|facebook|instagram|twitter|tiktok|youtube|kanal|channel|canal|saluran|ponsel).*",
    ),
    // Hindi follow prompts name the platform first ("Google News पर फॉलो करें").
    drop(
        "follow-us-hi",
        15,
        r".{0,40}(?:google news|whatsapp|telegram|facebook|instagram|twitter|youtube|x)\s*(?:पर|से)?\s*(?:हमें\s*)?(?:फॉलो करें|जुड़ें|ज्वाइन करें)\.?",
    ),
    // Credits for a wire or a colleague after the story ("The Associated Press contributed to
    // this report.", "Contributing: Jane Doe").
    drop(
        "contributed-credit",
        30,
        r".{0,120}\b(?:also )?contributed(?: reporting)? to (?:this|the) (?:report|story|article)\.?|contributing\s*:\s*.{1,120}",
    ),
    // A newsletter platform's own prompts (Substack's after a paragraph).
    drop(
        "newsletter-platform",
        40,
        r"thanks for reading\b.{0,80}[!.]\s*(?:subscribe\b.*|this post is public so feel free to share it\.?)|.{1,80} is a reader-supported publication\b.*",
    ),
    // A press-release wire's lines after the release.
    drop(
        "release-wire",
        20,
        r"(?-i:SOURCE)\s+(?-i:\p{Lu}).{0,60}|(?:cision )?view original content(?: to download multimedia)?\s*:.*|このプレスリリースには.{0,30}(?:あります|ございます)。?|(?:企業)?プレスリリース詳細へ|.{1,20}トップへ",
    ),
    // A marker closing the story ("- END -", "(完)", Persian agencies' "انتهای پیام").
    drop(
        "end-marker",
        4,
        r"[-–—=_*\s/(（]*(?:end|the end|完|全文完|終|انتهای پیام)[-–—=_*\s/)）]*",
    ),
    // A messaging app's article chrome (WeChat).
    drop(
        "wechat-chrome",
        0,
        r"预览时标签不可点|阅读原文|轻触阅读原文|微信扫一扫\s*(?:关注该公众号|可打开此内容.*)|继续滑动看下一个|向上滑动看下一个|喜欢此内容的人还喜欢",
    ),
    // A news agency's tip line ("제보는 카톡 okjebo").
    drop(
        "tip-line",
        8,
        r"[▶►]?\s*제보(?:는|하기)?\s*[:：]?\s*(?:카카오톡|카톡|이메일|전화).{0,40}",
    ),
    // A button back to the top of the page, in the major news languages.
    drop(
        "back-to-top",
        6,
        r"(?:back to top|nach oben|zurück nach oben|retour en haut(?: de la page)?|volver arriba|torna su|voltar ao topo|naar boven|do góry|наверх|başa dön|kembali ke atas|زر الذهاب إلى الأعلى|العودة إلى الأعلى|ページ(?:の)?トップへ|返回顶部|맨 위로)\s*[↑⬆^]?",
    ),
    // A release's contact block and company profile end it ("Media Contact:", "会社概要").
    end(
        "release-contact",
        false,
        r"[■□◆●\s]*(?:media contacts?|press contacts?|media (?:inquiries|enquiries)|pressekontakt|(?:für )?rückfragen(?: bitte)? an|kontakt für (?:medien|die presse)|contact presse|contacto (?:de prensa|para medios)|contatto stampa|contato (?:de imprensa|para imprensa)|perskontakt|kontakt dla mediów|kontak media|会社概要|本件に関するお問い合わせ(?:先)?|报道联系|媒体联系).*",
    ),
    // A reporter's sign-off with an address: "박지현 기자 jihyun@busan-ilbo.kr",
    // "Max Mustermann, max@zeitung.de" (an address alone may be the story's own).
    drop(
        "reporter-email",
        6,
        r"(?:[^@\s]+[\s,]+){1,5}[\w.+-]+@[\w-]+(?:\.[\w-]+)+\.?\)?",
    ),
    // A prompt to download the site's app in Tamil, Hindi, Marathi and Nepali ("…
    // செயலியை பதிவிறக்கம் செய்யுங்கள்", "… ऐप डाउनलोड करें", "… ॲप डाउनलोड करा आणि …").
    drop(
        "app-prompt-indic",
        25,
        r".{0,120}(?:செயலியை|ஆப்பை|ऐप|ॲप|अ\x{200D}?ॅप|एप)\s*(?:பதிவிறக்கம் செய்யுங்கள்|டவுன்லோட் செய்யுங்கள்|डाउनलोड करें|डाउनलोड करा|डाउनलोड गर्नुहोस्)(?:\s+(?:आणि|र|और)\s.{0,80})?[.।]?",
    ),
    // An Indian agency's editor codes closing a syndicated story ("PTI ABC DV KSS KSS").
    drop(
        "agency-codes",
        10,
        r"(?-i:(?:PTI|IANS|ANI|UNI)(?:\s+[A-Z]{2,4}){1,8})",
    ),
    // A site's terms for reusing its stories ("… წყაროს მითითება სავალდებულოა", "При
    // использовании материалов ссылка обязательна"): the source must be named.
    drop(
        "reuse-terms",
        30,
        r".{0,160}(?:წყაროს მითითება სავალდებულოა|(?:ссылка|гиперссылка) (?:на [^.]{1,60} )?обязательна|посилання (?:на [^.]{1,60} )?обов['’]язкове|հղումը (?:պարտադիր է|պարտադիր)|istinad (?:mütləqdir|vacibdir)|линкот? (?:до [^.]{1,60} )?е задолжителен|navođenje izvora (?:je )?obavezno)[.!]?",
    ),
    // How to reach the reporter, as US papers close a story ("Reach Dana Whitlock at
    // 701-555-0143 or dwhitlock@…", "Jane Doe can be reached at …"): a name and a phone
    // number or an address, nothing else.
    drop(
        "reach-reporter",
        25,
        r"(?:(?:reach|contact|email|e-mail|call|follow) (?-i:\p{Lu})[\p{L}'’.-]*(?: (?-i:\p{Lu})[\p{L}'’.-]*){0,3}|(?-i:\p{Lu})[\p{L}'’.-]*(?: (?-i:\p{Lu})[\p{L}'’.-]*){0,3},? (?:can|may) be (?:reached|contacted)) (?:at|by|via|on)\b.*(?:@[\w-]+\.|\d{3}[-. )]+\d{3,4}).*",
    ),
    // The same after a line on the reporter's beat ("Mark Benson covers county government.
    // Reach him at … or 307-555-0134.").
    drop(
        "reporter-beat",
        40,
        r"(?-i:\p{Lu})[\p{L}'’.-]*(?: (?-i:\p{Lu})[\p{L}'’.-]*){0,3} (?:covers|writes about|reports on|is a (?:staff )?(?:reporter|writer|correspondent)\b)[^.!?]{0,100}[.!]\s*(?:reach|contact|email|e-mail|call|follow|write to) (?:him|her|them)\b.*(?:@[\w-]+\.|\d{3}[-. )]+\d{3,4}).*",
    ),
    // A rating widget's summary ("4,8 sur 5 (126 votes)", "4.5 out of 5 (12 ratings)", "3
    // von 5, (1 Bewertung)", perhaps over two lines).
    drop(
        "rating-summary",
        10,
        r"(?:rated |note : )?\d(?:[.,]\d)?\s*(?:/|sur|out of|von|de|su|van|z|из)\s*\d+\s*,?\s*\\?\s*\(?\s*\d+\s*(?:votes?|ratings?|reviews?|avis|bewertung(?:en)?|stimmen?|valoraci(?:ón|ones)|votos?|voti|avaliaç(?:ão|ões)|stem(?:men)?|ocen[ay]?|głos(?:y|ów)?|оцен\w*)\s*\)?\.?",
    ),
    // A fact check's or a report's list of sources after the story: its heading ends it.
    end(
        "sources-heading",
        true,
        r"(?:our |my )?sources(?: used| cited| and (?:notes|methods))?|quellen(?:angaben)?|nos sources|fuentes consultadas|fonti",
    ),
    // A prompt to turn on scripts for what the page would load ("Please turn on JavaScript
    // to receive live updates").
    drop(
        "javascript-note",
        20,
        r"(?:please )?(?:turn on|enable|activate|switch on) javascript\b.*|javascript (?:is )?(?:required|disabled|must be (?:enabled|turned on))\b.*|bitte (?:aktivieren sie|aktiviere) javascript.*|veuillez activer (?:le )?javascript.*|(?:por favor,? )?(?:activa|habilita) (?:el )?javascript.*",
    ),
    // An interview's credit line ("Propos recueillis par Julien Marchand", "Das Interview
    // führte Anna Berg", "Interview by Sam Cole").
    drop(
        "interview-credit",
        10,
        r"(?:propos recueillis par|interview(?:ed)? by|das interview führte|interview\s*:|entrevista (?:realizada )?por|intervista (?:a cura )?di|wywiad przeprowadził[ao]?|interview afgenomen door)\s+(?-i:\p{Lu}).*",
    ),
    // An opinion column's disclaimer after the story.
    drop(
        "opinion-disclaimer",
        45,
        r"(?:the )?(?:views|opinions) expressed (?:in this (?:column|article|piece|op-ed|commentary|post|blog) |here(?:in)? )?(?:are|is) (?:those of the (?:author|writer)|the (?:author|writer)['’]s own|solely those|the personal).*|(?:die )?meinung des autors (?:muss|spiegelt|gibt).*|(?:dieser|der) (?:beitrag|gastbeitrag|kommentar|text) gibt (?:die|ausschließlich die) (?:meinung|auffassung) (?:des autors|der autorin|der verfasser).*|(?:les propos|cette tribune|ce texte) n['’]engage(?:nt)? que (?:son|leur)s? auteurs?.*|las opiniones expresadas .*son (?:responsabilidad|exclusiva responsabilidad) de.*|le opinioni espresse .*(?:sono|rappresentano) (?:quelle|esclusivamente).*",
    ),
    // A news agency's note on its subscriber service (Anadolu's HAS).
    drop(
        "wire-disclaimer",
        40,
        r".*\b(?:haber akış sistemi|abonelere sunulan haberler)\b.*",
    ),
    // A source line in Chinese ("来源：新华网") and rights lines in Chinese, Japanese and
    // Korean ("无断转载", "무단전재 및 재배포 금지").
    drop(
        "source-cjk",
        3,
        r"(?:来源|來源|稿源|出处|出處)\s*[:：]\s*\S.{0,30}",
    ),
    drop(
        "rights-cjk",
        20,
        r".{0,60}(?:무단\s?전재|재배포\s?금지|無断転載|無断複製|禁止转载|不得转载).{0,60}",
    ),
    // A broadcaster's note on when the story was on air ("Über dieses Thema berichtete die
    // tagesschau am 15. Januar 2025 um 20:00 Uhr.", "This story aired on Morning Edition").
    drop(
        "broadcast-note",
        30,
        r"(?:über dieses thema berichte(?:te|n)|darüber berichtete|this (?:story|segment|report) (?:first |originally )?aired) .+",
    ),
    // An app promotion in lenticular brackets on Chinese-language portals
    // ("【不用抽 不用搶 現在用APP看新聞 保證天天中獎】").
    drop(
        "app-promo-cjk",
        0,
        r"【[^】]{0,60}(?:app|下載|下载|應用程式|应用程序)[^】]{0,60}】",
    ),
    // A link to the story as a file ("Télécharger le communiqué de presse PDF - 184,25 Ko",
    // "Download the full report (PDF, 2.4 MB)"): the format and its size end the line.
    drop(
        "file-download",
        14,
        r".{0,100}?\(?\b(?:pdf|docx?|xlsx?|pptx?|odt|ods|zip|epub)\b\s*[,\-–—:|]?\s*\d+(?:[.,]\d+)?\s*(?:[kmg]o|[kmg]i?b|bytes?|octets?)\)?",
    ),
    // A multi-page story's page row ("1|2 次のページへ", "Pagina successiva »", "Seite 1 2
    // Nächste Seite").
    drop(
        "pagination",
        10,
        r"(?:(?:pages?|pagine|seiten?|páginas?|страницы?)\s*:?\s*)?(?:\d+\s*[|·/]?\s*)*(?:次のページへ|前のページへ|次ページ|下一页|下一頁|다음 페이지|pagina successiva|pagina precedente|página siguiente|page suivante|nächste seite|next page|previous page|volgende pagina|następna strona|следующая страница|sonraki sayfa|halaman berikutnya|próxima página)\s*[»›>]?",
    ),
    // A release's type as a line of its own, with its number ("Press release",
    // "Communiqué de presse", "SIARAN PERS No. 14/SP/I/BKIP/2025").
    drop(
        "release-label",
        6,
        r"(?:press release|news release|media release|pressemitteilung|pressemeldung|communiqué de presse|communiqué|nota de prensa|comunicado de prensa|comunicato stampa|comunicado de imprensa|nota à imprensa|persbericht|komunikat prasowy|basın bülteni|basın duyurusu|пресс-релиз|siaran pers)(?:\s+(?:no\.?|nr\.?|n°|nº|№)\s*[\w/.\-]+)?",
    ),
    // The typo-report prompt ("Нашли опечатку? Выделите текст и нажмите Ctrl+Enter").
    drop("typo-prompt", 16, r".{0,60}\bctrl\s*\+\s*enter\b.{0,60}"),
    // A page-feedback widget's question ("Is this page useful?").
    drop(
        "page-feedback",
        8,
        r"(?:is this page useful|was this (?:page|article|information) (?:useful|helpful)|war diese seite hilfreich|war dieser artikel hilfreich|cette page vous a-t-elle été utile|¿?(?:te ha|le ha) resultado útil(?: esta página)?)\s*\??",
    ),
    // A reader-funding appeal after the story ("Before you go… The Common Room is funded
    // by readers like you. Support us from £1.").
    drop(
        "reader-appeal",
        30,
        r"before you go\b.*\b(?:support|fund|donat|subscri|member)\w*\b.*|.*\b(?:funded|supported|paid for|made possible) by (?:our )?readers(?: like you)?\b.*",
    ),
    // A search widget's and a loader's words left in the page ("Keine Suchergebnisse
    // gefunden!", "Lade weitere Inhalte ...").
    drop(
        "widget-words",
        6,
        r"(?:no (?:search )?results found|keine (?:such)?ergebnisse gefunden|weitere suchvorschläge|search suggestions|aucun résultat(?: trouvé)?|no se (?:han )?encontra(?:do|ron) resultados|nessun risultato(?: trovato)?|geen resultaten gevonden|load more(?: (?:stories|articles|posts|content))?|lade weitere (?:inhalte|artikel|beiträge)|mehr laden|weitere (?:artikel|beiträge|inhalte) laden|charger plus(?: d['’]articles)?|cargar más|carica altri|meer laden|załaduj więcej|загрузить ещё|daha fazla yükle|muat lebih banyak)\s*[!.…]*",
    ),
    // A gallery's picture counter as a line of its own ("3/7", "Bild 3 von 7").
    drop(
        "image-counter",
        4,
        r"(?:(?:bild|foto|photo|image|picture|kuva|bilde|obrázek)\s+)?\d{1,2}\s*(?:/|von|of|sur|de|di|av|z|/\s*)\s*\d{1,2}",
    ),
    // A gallery's or pager's previous/next buttons as a line ("上一张 下一张", "« Previous |
    // Next »", "Précédent Suivant"): only the words, so "下一篇：…" with a headline stays.
    drop(
        "prev-next",
        6,
        r"(?:[«‹<←]\s*)?(?:previous|prev|next|上一张|下一张|上一頁|下一頁|上一页|下一页|上一張|下一張|前へ|次へ|이전|다음|zurück|weiter|vorheriges|nächstes|précédent|précédente|suivant|suivante|anterior|siguiente|precedente|successivo|successiva|vorige|volgende|poprzednie|następne|назад|вперёд|вперед|далее|önceki|sonraki|sebelumnya|selanjutnya)(?:\s*[»›>→|/·]?\s*(?:previous|prev|next|上一张|下一张|上一頁|下一頁|上一页|下一页|上一張|下一張|前へ|次へ|이전|다음|zurück|weiter|vorheriges|nächstes|précédent|précédente|suivant|suivante|anterior|siguiente|precedente|successivo|successiva|vorige|volgende|poprzednie|następne|назад|вперёд|вперед|далее|önceki|sonraki|sebelumnya|selanjutnya))?\s*[»›>→]?",
    ),
    // A picture's controls as text ("Enlarge this image", "toggle caption").
    drop(
        "image-controls",
        4,
        r"(?:enlarge this image|toggle caption|hide caption|show caption|view larger image|expand image|bild vergrößern|agrandir l['’]image|ampliar (?:la )?imagen|ingrandisci (?:l['’])?immagine)",
    ),
    // A shop's button under a product in a buying guide ("£49 at Outdoor Kit", "$129.99 at
    // Amazon", "Check price at Best Buy", "Bei Thalia ansehen"): a price or a verb, a shop.
    drop(
        "buy-button",
        8,
        r"(?:(?:[£$€¥₹]\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|eur|usd|zł|kr|chf))(?:\s+(?:at|@|bei|chez|en|su|na|op|w|från|hos))\s+[^.!?]{1,40}|(?:buy|buy now|shop|shop now|check price|check prices|see price|see prices|view deal|see deal|view|see it|get it|view product|read more)\s+(?:it\s+)?(?:at|on|from)\s+[^.!?]{1,30}|(?:jetzt\s+)?bei\s+[^.!?]{1,30}\s+(?:kaufen|ansehen|bestellen)|voir (?:le prix |l['’]offre )?(?:chez|sur)\s+[^.!?]{1,30}|(?:ver|comprar) (?:precio |oferta )?en\s+[^.!?]{1,30})",
    ),
    // A paywalled story's label ("Article réservé aux abonnés", "Subscribers only", "Nur
    // für Abonnenten"), a line of its own.
    drop(
        "subscriber-label",
        6,
        r"(?:article |contenu )?réservé aux abonnés|pour les abonnés|(?:for |exclusive (?:to|for) )?subscribers? (?:only|exclusive)|(?:for|exclusive to) subscribers|(?:exklusiv |nur )?für abonnent(?:en|innen)|abo(?:nnenten)?[- ]?(?:inhalt|artikel)|(?:exclusivo|solo|sólo) para (?:suscriptores|socios|assinantes)|(?:riservato agli|solo per (?:gli )?)abbonati|exclusivo para assinantes|(?:alleen )?voor abonnees|tylko dla (?:subskrybentów|prenumeratorów)|только для подписчиков|abonelere özel|khusus (?:pelanggan|pelanggan premium)|会員限定(?:記事)?|有料(?:会員限定)?記事|유료 ?기사|付费内容|会员专享",
    ),
    // A comment widget's buttons as a line ("Contribuer Voir les contributions", "Show
    // comments", "Kommentare anzeigen"): only the words.
    drop(
        "comment-buttons",
        8,
        r"(?:(?:contribuer|voir les contributions|réagir|voir les commentaires|show comments|view comments|read comments|add (?:a )?comment|post (?:a )?comment|kommentare (?:anzeigen|lesen)|kommentieren|ver comentarios|comentar|mostra commenti|commenta|ver comentários|comentários|reageer|bekijk reacties|skomentuj|pokaż komentarze|комментировать|показать комментарии|yorum yap|yorumları gör)\s*[|·•]?\s*){1,3}",
    ),
    // A video player's button left as text ("Odtwórz", "Video abspielen", "Play").
    drop(
        "play-button",
        3,
        r"(?:play|play now|odtwórz(?: wideo| film)?|abspielen|video abspielen|lire(?: la vidéo)?|reproducir(?: (?:vídeo|video))?|riproduci(?: video)?|reproduzir(?: vídeo)?|afspelen|video afspelen|spela upp|toista|přehrát(?: video)?|oynat|videoyu oynat|putar(?: video)?|воспроизвести|смотреть видео|動画を再生|再生|播放|재생)\s*[▶►]?",
    ),
    // A prompt to follow the site's channel on a messenger ("Sigue toda la actualidad en
    // nuestro canal de WhatsApp", "Folgen Sie unserem WhatsApp-Kanal"): the site's own
    // channel, so a story's "a WhatsApp channel for flood warnings" stays.
    drop(
        "channel-prompt",
        16,
        r#"[^“"«„]{0,80}\b(?:nuestro|our|notre|unser(?:en|em)?|nosso|nostro|onze|naszym?|nasz|наш(?:ем|ему)?)\s+(?:(?:canal|channel|chaîne|kanal|canale|kanaal)\s+(?:de\s+|on\s+|sur\s+|auf\s+|no\s+|su\s+|op\s+|na\s+|в\s+|di\s+)?(?:whatsapp|telegram|viber)|(?:whatsapp|telegram|viber)[- ]?(?:canal|channel|chaîne|kanal|canale|kanaal))\b.{0,60}"#,
    ),
    // A review site's note on its own trustworthiness ("Why you can trust us", "Why trust
    // TechRadar"), a heading over the guide.
    drop(
        "why-trust-us",
        8,
        r"why (?:you can )?trust (?:us|\S+(?:\s\S+){0,2})\??",
    ),
    // A read-aloud player's note ("Voz gerada automaticamente").
    drop(
        "synthetic-voice",
        8,
        r"(?:voz gerada automaticamente|voz generada automáticamente|voix générée automatiquement|voce generata automaticamente|automatically generated (?:voice|audio)|(?:ai|computer)-generated (?:voice|audio)|künstliche stimme|computerstimme)\.?",
    ),
];

/// Expands the shared sub-patterns in a rule's pattern.
fn expand(pattern: &str) -> String {
    let date = format!(
        r"(?:{WEEKDAY}\s*)?(?:{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th|\.|er)?\s+(?:of\s+|de\s+)?{MONTH},?\s+(?:de\s+)?\d{{4}}|{MONTH}\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}})"
    );
    let time = r"(?:at\s+|@\s*)?\d{1,2}(?:[:.]\d{2}){1,2}\s*(?:[ap]\.?m\.?)?\s*(?:[a-z]{2,4}\b|(?:gmt|utc)\s*[+-]?\s*\d{0,2}(?::?\d{2})?)?|\d{1,2}\s*[ap]\.?m\.?(?:\s*[a-z]{2,4}\b)?|\d{1,2}h\d{2}";
    pattern
        .replace("{DATE}", &date)
        .replace("{TIME}", &format!("(?:{time})"))
        .replace("{SEP}", SEP)
        .replace("{AD_LABEL}", AD_LABEL)
        .replace("{READ_ON}", READ_ON)
        .replace("{READ_ON_MORE}", READ_ON_MORE)
        .replace("{SUBSCRIBE}", SUBSCRIBE)
        .replace("{NEWSLETTER}", NEWSLETTER)
        .replace("{READ_ALSO}", READ_ALSO)
        .replace("{RELATED_INTL}", RELATED_INTL)
        .replace("{ABOUT_AUTHOR}", ABOUT_AUTHOR)
}

/// A rule compiled for matching.
#[derive(Debug)]
struct Compiled {
    name: String,
    action: Action,
    max_words: usize,
    re: Regex,
}

fn compile(rule: &Rule) -> Compiled {
    let body = expand(rule.pattern);
    let full = match rule.action {
        Action::Strip(_) => format!("(?i){body}"),
        Action::Drop | Action::Heading | Action::End { .. } => format!("(?i)^(?:{body})$"),
    };
    Compiled {
        name: rule.name.to_string(),
        action: rule.action,
        max_words: rule.max_words,
        re: Regex::new(&full)
            .unwrap_or_else(|e| panic!("built-in rule `{}` does not compile: {e}", rule.name)),
    }
}

static BUILTIN: LazyLock<Vec<Compiled>> = LazyLock::new(|| RULES.iter().map(compile).collect());

static MD_LINK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"!?\[([^\]]*)\]\([^)]*\)").expect("link regex"));
static MD_PREFIX: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:#{1,6}\s+|>\s*|[-*+]\s+|\d{1,3}[.)]\s+)+").expect("prefix regex")
});
static URL_ONLY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^(?:<)?(?:https?://|www\.)\S+(?:>)?$").expect("url regex"));

/// Removes boilerplate paragraphs from an article; built from the built-in rules plus a site's own.
#[derive(Debug)]
pub struct Cleaner {
    extra: Vec<Compiled>,
}

/// Why a paragraph was removed (for tests and `--dry-run` explanations).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Removed {
    /// The paragraph as it was.
    pub text: String,
    /// The rule that removed it.
    pub rule: String,
}

impl Cleaner {
    /// A cleaner with the built-in rules and `extra` whole-line patterns (from `site.yaml`'s
    /// `ingest.boilerplate`); a bad pattern is reported with its index.
    pub fn new(extra: &[String]) -> Result<Cleaner, String> {
        let extra = extra
            .iter()
            .enumerate()
            .map(|(i, p)| {
                Regex::new(&format!("(?i)^(?:{p})$"))
                    .map(|re| Compiled {
                        name: format!("site.yaml ingest.boilerplate[{i}]"),
                        action: Action::Drop,
                        max_words: 0,
                        re,
                    })
                    .map_err(|e| {
                        format!("site.yaml: ingest.boilerplate[{i}] `{p}` is not a valid regular expression: {e}")
                    })
            })
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Cleaner { extra })
    }

    /// Cleans paragraphs, returning the kept ones (each trimmed, otherwise verbatim).
    pub fn clean(&self, title: &str, paragraphs: &[String]) -> Vec<String> {
        self.clean_explained(title, paragraphs).0
    }

    /// Like [`Cleaner::clean`], also returning what was removed and by which rule.
    pub fn clean_explained(
        &self,
        title: &str,
        paragraphs: &[String],
    ) -> (Vec<String>, Vec<Removed>) {
        let title_key = key(title);
        let mut kept = Vec::with_capacity(paragraphs.len());
        let mut removed = Vec::new();
        let mut in_list = false;
        let mut story_words = 0;
        for (i, para) in paragraphs.iter().enumerate() {
            let text = self.strip_tokens(para);
            if text.is_empty() {
                if !para.trim().is_empty() {
                    removed.push(Removed {
                        text: para.clone(),
                        rule: "ad-placeholder".into(),
                    });
                }
                continue;
            }
            let plain = plain(&text);
            let verdict = self.verdict(&text, &plain, &title_key);
            match verdict {
                Some((rule, Action::End { .. })) if story_words >= END_MIN_WORDS => {
                    removed.push(Removed {
                        text,
                        rule: rule.clone(),
                    });
                    removed.extend(paragraphs[i + 1..].iter().map(|p| Removed {
                        text: p.clone(),
                        rule: format!("after-{rule}"),
                    }));
                    break;
                }
                Some((rule, Action::Heading)) => {
                    in_list = true;
                    removed.push(Removed { text, rule });
                }
                Some((rule, _)) => removed.push(Removed { text, rule }),
                None if in_list && is_list_item(&text, &plain) => removed.push(Removed {
                    text,
                    rule: "related-list-item".into(),
                }),
                None => {
                    in_list = false;
                    if !text.starts_with('#') {
                        // Counted as the reader counts them: Japanese and Chinese have no
                        // spaces, and a release's five paragraphs are more than five words.
                        story_words += super::html::word_count(&plain);
                    }
                    kept.push(text);
                }
            }
        }
        contents_lists(&mut kept, &mut removed);
        (kept, removed)
    }

    /// Applies the `Strip` rules until nothing changes (glued tokens can nest).
    fn strip_tokens(&self, para: &str) -> String {
        let mut text = para.trim().to_string();
        loop {
            let before = text.len();
            for c in BUILTIN.iter() {
                if let Action::Strip(replace) = c.action
                    && c.re.is_match(&text)
                {
                    text = c.re.replace_all(&text, replace).trim().to_string();
                }
            }
            if text.len() == before {
                return text;
            }
        }
    }

    /// The rule that makes `text` (its plain form `plain`) furniture, if any.
    fn verdict(&self, text: &str, plain: &str, title_key: &str) -> Option<(String, Action)> {
        let heading = text.starts_with('#');
        // A lone character (a form's hidden "Δ", a bullet) is never a paragraph.
        if plain.chars().count() <= 1 || !plain.chars().any(char::is_alphanumeric) {
            return Some(("punctuation-only".into(), Action::Drop));
        }
        if URL_ONLY.is_match(plain) {
            return Some(("url-only".into(), Action::Drop));
        }
        if repeats_title(plain, title_key) {
            return Some(("title-repeat".into(), Action::Drop));
        }
        if furniture_list(text, |item| {
            self.verdict(item, &self::plain(item), title_key)
        }) {
            return Some(("furniture-list".into(), Action::Drop));
        }
        if about_boilerplate(plain) {
            return Some((
                "about-boilerplate".into(),
                Action::End {
                    heading_only: false,
                },
            ));
        }
        let words = plain.split_whitespace().count();
        let found = BUILTIN
            .iter()
            .chain(&self.extra)
            .filter(|c| !matches!(c.action, Action::Strip(_)))
            .filter(|c| heading || c.action != Action::End { heading_only: true })
            .find(|c| (c.max_words == 0 || words <= c.max_words) && c.re.is_match(plain))
            .map(|c| (c.name.clone(), c.action));
        found.or_else(|| self.meta_row(plain, words)).or_else(|| {
            (!heading && !LIST_ITEM.is_match(text) && dated_line(plain))
                .then(|| ("dated-line".to_string(), Action::Drop))
        })
    }

    /// A row of furniture items between separators ("7 min read · Oct 2, 2024", "By Jane
    /// Doe | 5 min read | Updated 3 hours ago"): dropped when every item is furniture alone.
    fn meta_row(&self, plain: &str, words: usize) -> Option<(String, Action)> {
        if words > META_ROW_WORDS || !plain.contains(META_ROW_SEPARATORS) {
            return None;
        }
        let items: Vec<&str> = plain
            .split(META_ROW_SEPARATORS)
            .map(str::trim)
            .filter(|i| !i.is_empty())
            .collect();
        let furniture = |item: &str| {
            let n = item.split_whitespace().count();
            BUILTIN
                .iter()
                .chain(&self.extra)
                .filter(|c| c.action == Action::Drop)
                .any(|c| (c.max_words == 0 || n <= c.max_words) && c.re.is_match(item))
        };
        (items.len() >= 2 && items.iter().all(|i| furniture(i)))
            .then(|| ("meta-row".to_string(), Action::Drop))
    }

    /// Is this paragraph furniture (used for hard-wrap joining and tests)?
    pub fn is_furniture(&self, para: &str, title: &str) -> bool {
        let text = self.strip_tokens(para);
        text.is_empty() || self.verdict(&text, &plain(&text), &key(title)).is_some()
    }
}

/// Whether `text` is a list of two or more items each of which is furniture alone (a share
/// row written as a list: "- Share on Facebook", "- Email This Link", …).
fn furniture_list(text: &str, verdict: impl Fn(&str) -> Option<(String, Action)>) -> bool {
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    lines.len() >= 2
        && lines.iter().all(|l| LIST_ITEM.is_match(l))
        && lines
            .iter()
            .all(|l| matches!(verdict(l.trim()), Some((_, Action::Drop))))
}

/// A press release's boilerplate: a first line "About <Name>" (a few words) and a text
/// opening with the same name ("About Solvanta / Solvanta Inc. develops …"). The repeated
/// name is what tells it from a story's own "About the study" section.
fn about_boilerplate(plain: &str) -> bool {
    let mut lines = plain.lines().map(str::trim).filter(|l| !l.is_empty());
    let (Some(first), Some(second)) = (lines.next(), lines.next()) else {
        return false;
    };
    let lower = first.to_lowercase();
    let name = [
        "about ",
        "über ",
        "à propos de ",
        "acerca de ",
        "sobre ",
        "informazioni su ",
        "over ",
        "o firmie ",
        "tentang ",
    ]
    .iter()
    .find_map(|p| lower.strip_prefix(p))
    .map(|n| n.trim_end_matches(':').trim());
    name.is_some_and(|n| {
        let words = n.split_whitespace().count();
        (1..=5).contains(&words) && key(second).starts_with(&key(n))
    })
}

/// A paragraph's text with Markdown markers and link syntax removed, for matching.
pub fn plain(text: &str) -> String {
    let t = MD_PREFIX.replace(text.trim(), "");
    let t = MD_LINK.replace_all(&t, "$1");
    let t = t.replace("**", "").replace("__", "");
    // A single `*` left is emphasis ("*Read more*: …"): the Markdown writer escapes a
    // literal one as `\*`.
    let mut out = String::with_capacity(t.len());
    let mut prev = ' ';
    for c in t.chars() {
        if c != '*' || prev == '\\' {
            out.push(c);
        }
        prev = c;
    }
    // The writer's escapes are not text: "12\. Jänner 2026" (a day-first dateline, escaped
    // so it does not open a numbered list) is read as the date it shows.
    let mut unescaped = String::with_capacity(out.len());
    let mut chars = out.chars().peekable();
    while let Some(c) = chars.next() {
        match chars.peek() {
            Some(&next) if c == '\\' && next.is_ascii_punctuation() => {}
            _ => unescaped.push(c),
        }
    }
    let t = unescaped.trim_matches(|c: char| c == '_' || c.is_whitespace());
    t.to_string()
}

/// The fewest items of a list read as a table of contents.
const MIN_CONTENTS_ITEMS: usize = 2;

/// Removes tables of contents from `kept`: lists of [`MIN_CONTENTS_ITEMS`] items or more
/// whose every item is a heading further down (a guide's "Jump to" list, a long read's
/// contents), whatever their label says or whether they have one.
fn contents_lists(kept: &mut Vec<String>, removed: &mut Vec<Removed>) {
    let heading_at: Vec<(usize, String)> = kept
        .iter()
        .enumerate()
        .filter(|(_, b)| b.starts_with('#'))
        .map(|(i, b)| (i, unnumbered_key(b)))
        .collect();
    if heading_at.len() < MIN_CONTENTS_ITEMS {
        return;
    }
    let mut i = 0;
    while i < kept.len() {
        let lines: Vec<&str> = kept[i].lines().filter(|l| !l.trim().is_empty()).collect();
        let is_contents = lines.len() >= MIN_CONTENTS_ITEMS
            && lines.iter().all(|l| LIST_ITEM.is_match(l))
            && lines.iter().all(|l| {
                let k = unnumbered_key(l);
                !k.is_empty() && heading_at.iter().any(|(at, h)| *at > i && *h == k)
            });
        if is_contents {
            removed.push(Removed {
                text: kept.remove(i),
                rule: "contents-list".into(),
            });
        } else {
            i += 1;
        }
    }
}

/// The comparison form of a heading or a list item without its number (`1. Lumera`,
/// `1\. Lumera` and `Lumera` are one).
fn unnumbered_key(text: &str) -> String {
    let k = key(&plain(text));
    match k.split_once(' ') {
        Some((first, rest)) if first.chars().all(|c| c.is_ascii_digit()) => rest.to_string(),
        _ => k,
    }
}

/// Lowercase alphanumeric words joined by single spaces: the comparison form of a title.
pub fn key(text: &str) -> String {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// A dated line is short.
const DATED_LINE_WORDS: usize = 10;

/// A line this short (in characters) is counted in words by its spaces, in any script.
const DATED_LINE_CHARS: usize = 32;

/// Words without a digit a dated line may hold beside its date: a label ("Stand",
/// "Updated", "Yayınlanma"), a weekday, a month name, "Uhr", a source.
const DATED_LINE_LABELS: usize = 3;

/// A Markdown list item: a timeline's "- 15 March 2020: lockdown" is the story's.
static LIST_ITEM: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*(?:[-*+]|\d+[.)])\s").expect("valid"));

/// A line that only states when something was published or updated ("Stand: 15.01.2025,
/// 10:42 Uhr", "Yayınlanma: 15 Ocak 2025 Çarşamba 10:30", "2025年01月15日 10:30 来源：成都日报"):
/// a date in any of the major news languages' forms, at most [`DATED_LINE_LABELS`] words
/// without digits beside it, and not a sentence.
fn dated_line(plain: &str) -> bool {
    // Counted by characters in Chinese, Japanese and Thai, where a paragraph is one "word";
    // a line short enough to be only a date is counted by its spaces ("5 มี.ค. 2568 10:15 น.").
    let words = if plain.chars().count() <= DATED_LINE_CHARS {
        plain.split_whitespace().count()
    } else {
        super::html::word_count(plain)
    };
    // A sentence ends in a stop; an abbreviation after the time ("10:15 น.", "2020 г.") does
    // not make one.
    let abbreviated = plain
        .split_whitespace()
        .last()
        .and_then(|w| w.strip_suffix('.'))
        .is_some_and(|w| (1..=2).contains(&w.chars().count()));
    if words > DATED_LINE_WORDS
        || (words >= 4 && !abbreviated && plain.ends_with(['.', '!', '?', '。', '！', '？']))
    {
        return false;
    }
    // "de" and "of" belong to the date ("11 de febrero de 2025"); a bare "|" separates.
    let labels = plain
        .split_whitespace()
        .filter(|w| !w.chars().any(char::is_numeric))
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .filter(|w| !matches!(w.to_lowercase().as_str(), "de" | "del" | "of"))
        .count();
    labels <= DATED_LINE_LABELS && super::published::dateline(plain).is_some()
}

/// Is `plain` the title again (identical, nearly identical, or followed by a site name)?
/// The most words a date line run on after a repeated headline has.
const MAX_DATE_WORDS: usize = 8;

fn repeats_title(plain: &str, title_key: &str) -> bool {
    if title_key.is_empty() {
        return false;
    }
    let k = key(plain);
    if k == title_key {
        return true;
    }
    // "Title - Site Name" / "Title | Site": the title then a few words of site name.
    if let Some(rest) = k.strip_prefix(title_key)
        && rest.starts_with(' ')
        && rest.split_whitespace().count() <= 5
        && [" - ", " | ", " – ", " — ", ": "]
            .iter()
            .any(|sep| plain.contains(sep))
    {
        return true;
    }
    // The headline and the date under it run into one block ("… Miller's Ford\ Posted
    // 12/05/2025"), as pages without heading elements set them.
    if let Some(rest) = k.strip_prefix(title_key)
        && rest.starts_with(' ')
        && (1..=MAX_DATE_WORDS).contains(&rest.split_whitespace().count())
    {
        let n = rest.split_whitespace().count();
        let words: Vec<&str> = plain.split_whitespace().collect();
        let tail = words[words.len().saturating_sub(n)..].join(" ");
        if super::published::dateline(&tail).is_some() {
            return true;
        }
    }
    // A near-identical repeat (a typo, a changed quote mark) of a title of some length.
    title_key.len() >= 20
        && k.len() <= title_key.len() * 11 / 10
        && strsim::normalized_levenshtein(&k, title_key) >= 0.9
}

/// Does a paragraph look like an entry of a related-articles list (a headline, a date, a count)?
fn is_list_item(text: &str, plain: &str) -> bool {
    let words = plain.split_whitespace().count();
    let is_link_item = text.trim_start().starts_with(['-', '*', '+']) && text.contains("](");
    let end = plain.trim_end_matches(['"', '”', '’', '\'', ')']);
    // Headlines may end in a question or exclamation mark; body sentences after a list are long.
    let ends_sentence = end.ends_with('.') || (end.ends_with(['!', '?']) && words > 12);
    is_link_item || (words <= 20 && !ends_sentence)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_drops_emphasis_and_keeps_escaped_stars() {
        assert_eq!(
            plain("*Read more*: [Looted colonial art](https://x.org/a)"),
            "Read more: Looted colonial art"
        );
        assert_eq!(plain("**Bold** and *light* words"), "Bold and light words");
        assert_eq!(plain(r"Five \* three"), "Five * three");
        assert_eq!(plain(r"12\. Jänner 2026"), "12. Jänner 2026");
    }

    fn c() -> Cleaner {
        Cleaner::new(&[]).unwrap()
    }

    fn cleaned(title: &str, lines: &[&str]) -> Vec<String> {
        let paras: Vec<String> = lines.iter().map(|s| s.to_string()).collect();
        c().clean(title, &paras)
    }

    const BODY: &str =
        "The minister said on Tuesday that talks would resume next week, according to officials.";

    /// Each line after a story line is furniture: cleaning leaves the story line alone.
    fn assert_dropped(lines: &[&str]) {
        for line in lines {
            assert_eq!(
                cleaned("T", &[BODY, line]),
                vec![BODY.to_string()],
                "{line}"
            );
        }
    }

    /// Each line after a story line is story too: cleaning keeps both.
    fn assert_kept(lines: &[&str]) {
        for real in lines {
            assert_eq!(
                cleaned("T", &[BODY, real]),
                vec![BODY.to_string(), real.to_string()],
                "{real}"
            );
        }
    }

    #[test]
    fn every_builtin_rule_compiles() {
        assert_eq!(BUILTIN.len(), RULES.len());
    }

    #[test]
    fn ad_placeholders_standalone_and_glued() {
        assert_eq!(
            cleaned(
                "T",
                &[
                    "[ad_1]",
                    "[ad_2]",
                    "[ad]",
                    "[AD-3]",
                    &format!("[ad_1]{BODY}"),
                    &format!("{BODY}[ad_2]"),
                    &format!("{BODY} [ads]"),
                ]
            ),
            vec![BODY; 3]
        );
    }

    #[test]
    fn batch_ten_lines_go_and_sentences_like_them_stay() {
        for l in [
            "Dalszy ciąg artykułu pod materiałem wideo",
            "Źródło: Onet",
            "Fuente: EFE",
            "Возврат к списку",
            "Powrót do listy",
            "Más información",
            "海量资讯、精准解读，尽在新浪财经APP",
            "(rdp/imk)",
            "김민수 기자",
            "입력 2025.04.02 10:15",
            "입력 2025.04.02 10:15 | 수정 2025.04.02 11:20",
            "댓글 0",
            "Por Mariana Lopes, Rafael Dias, g1 Campinas e EPTV",
            "17/03/2025 16h42 · Atualizado há 2 horas",
        ] {
            assert!(cleaned("T", &[l]).is_empty(), "{l}");
        }
        for real in [
            "Źródło wody, z którego korzysta miasto, wyschło w lipcu po raz pierwszy od 1992 roku.",
            "Возврат к списку кандидатов обсуждался на заседании комиссии в среду вечером.",
            "El ministerio no dio más información sobre el acuerdo hasta el martes por la tarde.",
            "김민수 기자는 이날 현장에서 주민들의 이야기를 들었다고 전했다.",
            "The mayor (and her deputy) said the works would last until spring.",
            "Por 2 votos a 1, o tribunal decidiu manter a regra até o fim de 2026.",
        ] {
            assert_eq!(cleaned("T", &[real]), vec![real.to_string()], "{real}");
        }
    }

    #[test]
    fn advertisement_labels() {
        for l in [
            "Advertisement",
            "ADVERTISEMENT",
            "- Advertisement -",
            "Story continues below advertisement",
            "Continue reading the main story",
            "Sponsored",
            "SKIP ADVERTISEMENT",
            "Supported by",
            "Advertisement - Continue reading below",
            "ADVERTISEMENT · SCROLL TO CONTINUE READING",
            "Ad | Keep reading",
            "Advertisement — story continues below",
            "Anzeige - Weiterlesen",
            "- Advertisement - Scroll to continue with content",
            "(Advertisement) Read on…",
        ] {
            assert!(cleaned("T", &[l]).is_empty(), "{l}");
        }
        assert_eq!(
            cleaned("T", &[&format!("Advertisement{BODY}")]),
            vec![BODY.to_string()]
        );
        for real in [
            "Advertisement revenue fell by a third in the quarter, the company said.",
            "Ad buyers continue reading the signals from the market, analysts said on Monday.",
        ] {
            assert_eq!(cleaned("T", &[real]), vec![real.to_string()]);
        }
    }

    #[test]
    fn trailers() {
        let title = "Blinken and a Top Chinese Official in Talks on U.S.-China Tensions";
        for l in [
            "Read More:Blinken and a Top Chinese Official in Talks on U.S.-China Tensions",
            "Read more: Something else entirely",
            "READ MORE",
            "Source link",
            "Source: Reuters",
            "Source: Al Jazeera and news agencies",
            "Via: The Guardian",
            "Continue reading →",
            "The post Blinken meets Wang appeared first on World News Today.",
            "This article originally appeared on The Conversation.",
        ] {
            assert!(cleaned(title, &[l]).is_empty(), "{l}");
        }
        assert_eq!(
            cleaned(title, &[&format!("{BODY}Read More:{title}")]),
            vec![BODY.to_string()]
        );
        assert_eq!(
            cleaned(title, &[&format!("{BODY} Source link")]),
            vec![BODY.to_string()]
        );
        let real = "Source: a State Department official who spoke on condition of anonymity said the meeting was tense and that both sides left without agreement.";
        assert_eq!(cleaned(title, &[real]), vec![real.to_string()]);
    }

    #[test]
    fn trailers_never_cut_into_code() {
        let code = "The flag is `--x. Read more: <script>alert(1)</script>`";
        assert_eq!(cleaned("T", &[code]), vec![code.to_string()]);
        assert_eq!(
            cleaned("T", &[&format!("{BODY} Read more: the `x` story")]),
            vec![format!("{BODY} Read more: the `x` story")]
        );
    }

    #[test]
    fn read_also_follow_app_reuse_and_agency_lines_in_batch_13s_languages_leave() {
        for l in [
            "Taip pat skaitykite: Kaune – nauji troleibusai",
            "Lasiet arī: E-talona cenas nākamgad nemainīsies",
            "Loe ka: Tartu jõulumaa avatakse Raekoja platsil",
            "ასევე წაიკითხეთ: თბილისის მეტროში ახალი ვაგონები ჩადგება",
            "Կարդացեք նաև",
            "Прочитај повеќе: Пристигнаа првите 20 нови автобуси",
            "Lexo edhe: Prishtina me plan të ri për trafikun",
            "Soma zaidi: BRT awamu ya tatu kukamilika Machi",
            "हेही वाचा: पीएमपीच्या ताफ्यात नव्या ई-बस दाखल",
            "यो पनि पढ्नुहोस्: रिङरोडमा बस लेन छुट्याइने",
            "Следете нè и на Viber за најновите вести од Скопје.",
            "Ndiqni lajmet e fundit në Telegram",
            "पुणे वार्ताचे ॲप डाउनलोड करा आणि ताज्या बातम्या मिळवा.",
            "ქართული ამბების მასალების სრულად ან ნაწილობრივ გამოყენებისას წყაროს მითითება სავალდებულოა",
            "При использовании материалов ссылка на сайт обязательна.",
            "PTI ABC DV KSS KSS",
            "Fréttin var uppfærð kl. 11:02",
        ] {
            assert!(cleaned("T", &[l]).is_empty(), "{l}");
        }
        for real in [
            "PTI reported that the ministry had cut the fare by a tenth.",
            "Soma zaidi ya watu 200 walihudhuria mkutano huo jana jioni mjini Arusha.",
            "The union said a link to the report was mandatory reading for members.",
        ] {
            assert_eq!(cleaned("T", &[real]), vec![real.to_string()], "{real}");
        }
    }

    #[test]
    fn lines_a_paginated_story_an_agency_and_a_portrait_leave() {
        for l in [
            "Pokračování článku na další straně",
            "Continued on next page",
            "Fortsetzung auf der nächsten Seite",
            "سلمى بنعلي - تصوير: يوسف العلوي",
            "Jan Novák | Foto: Petr Dvořák",
            "اقرأ أيضاً: مهرجان تطوان يكرم رواد السينما الإفريقية",
            "Підписуйтеся на наш Telegram-канал, щоб першими дізнаватися новини Житомира.",
            "Thanks for reading The Plains Ledger! This post is public so feel free to share it.",
            "Opdateret i dag kl. 16.05",
            "[연합뉴스 자료사진. 재판매 및 DB 금지]",
            "¿Qué te pareció esta noticia?",
            "Martes 11 de febrero de 2025 | 19:40",
            "প্রকাশ: ০৫ মার্চ ২০২৫, ১০: ৩০",
            "নিজস্ব প্রতিবেদক, চট্টগ্রাম",
            "प्रकाशित: 03 नवंबर 2025",
            "5 มี.ค. 2568 10:15 น.",
        ] {
            assert!(cleaned("T", &[l]).is_empty(), "{l}");
        }
        for real in [
            "Write to the clerk at clerk@brookfield.gov before Friday to register.",
            "The mayor, Salma Benali - who took the photo: a heron - posted it at noon and it spread.",
            "The article continues a long tradition of reporting on the next page of the town's history.",
            "Martes 11 de febrero de 2025: el día en que se abrió la licitación de la costanera.",
        ] {
            assert_eq!(cleaned("T", &[real]), vec![real.to_string()], "{real}");
        }
        // A caption keeps its text when the agency's photo terms go.
        assert_eq!(
            cleaned(
                "T",
                &["부산 북항 재개발 2단계 사업 부지 전경. [부산시 제공. 재판매 및 DB 금지]"]
            ),
            ["부산 북항 재개발 2단계 사업 부지 전경."]
        );
        assert_eq!(
            cleaned(
                "T",
                &["*부산 북항 전경 \\[부산시 제공. 재판매 및 DB 금지\\]*"]
            ),
            ["*부산 북항 전경*"]
        );
    }

    #[test]
    fn bylines_and_datelines() {
        for l in [
            "Posted on July 27, 2024 by admin",
            "Posted by John Smith on July 27, 2024",
            "Published: 27 July 2024",
            "Published July 27, 2024 at 10:30 a.m. ET",
            "Updated 3 hours ago",
            "July 27, 2024",
            "Saturday, July 27, 2024 10:30 AM EDT",
            "2024-07-27",
            "By John Smith",
            "By JOHN SMITH and JANE DOE",
            "By Edward Wong | July 27, 2024",
            "By Reuters Staff",
            "5 min read",
            "7 min read · Oct 2, 2024",
            "By Jane Doe | 5 min read | Updated 3 hours ago",
            "(Reporting by David Brunnstrom; Editing by Leslie Adler)",
        ] {
            assert!(cleaned("T", &[l]).is_empty(), "{l}");
        }
        for real in [
            "By Monday, the talks had collapsed and both delegations had left the city.",
            "By the end of the year, more than 300 companies had been sanctioned.",
            "Published in 1990, the report was ignored by the government of the day.",
            "Tickets cost £12 · children go free · doors open at 7 pm on July 27, 2024.",
        ] {
            assert_eq!(cleaned("T", &[real]), vec![real.to_string()], "{real}");
        }
    }

    #[test]
    fn tags_prev_next_comments_share() {
        for l in [
            "Tags: China, Diplomacy, United States",
            "Filed Under: World",
            "Categories: Asia",
            "Posted in World News",
            "« Previous Post",
            "Next Post »",
            "Next article: Vietnam names new leader",
            "Previous article",
            "Comments are closed.",
            "Leave a Reply Cancel reply",
            "You must be logged in to post a comment.",
            "Your email address will not be published. Required fields are marked *",
            "Save my name, email, and website in this browser for the next time I comment.",
            "Name *",
            "3 Comments",
            "Share this:",
            "Click to share on Twitter (Opens in new window)",
            "Click to share on Facebook (Opens in new window)",
            "Like this:",
            "Like Loading...",
            "Facebook Twitter WhatsApp Email",
            "Share on Facebook",
        ] {
            assert!(cleaned("T", &[l]).is_empty(), "{l}");
        }
        for real in [
            "Next year, the ministers will meet again in Jakarta, officials said.",
            "Share prices fell sharply in Hong Kong after the announcement.",
            "Comments by the minister drew a sharp response from Beijing on Sunday.",
            "He declined to share details of the comments made during the closed session.",
            "Tags on the shipping containers identified them as bound for Russia.",
        ] {
            assert_eq!(cleaned("T", &[real]), vec![real.to_string()], "{real}");
        }
    }

    #[test]
    fn related_lists_and_headlines_under_them() {
        let out = cleaned(
            "T",
            &[
                BODY,
                "Related posts",
                "China warns US over Taiwan arms sales",
                "Vietnam’s leader dies at 80",
                "July 20, 2024",
                "You may also like",
                "- [Another headline](https://example.com/a)",
            ],
        );
        assert_eq!(out, vec![BODY.to_string()]);
        // A real paragraph after the list ends list mode.
        let out = cleaned("T", &[BODY, "Related", "A headline", BODY]);
        assert_eq!(out, vec![BODY.to_string(), BODY.to_string()]);
        assert!(cleaned("T", &["Also read: Laos hosts Asean ministers"]).is_empty());
    }

    #[test]
    fn sign_offs_disclaimers_and_follow_prompts_in_other_languages() {
        for l in [
            "박지현 기자 jihyun@busan-ilbo.kr",
            "Max Mustermann, max.mustermann@zeitung.de",
            "The views expressed in this column are the author's own and do not necessarily reflect those of the paper.",
            "Die Meinung des Autors muss nicht mit der Meinung der Redaktion übereinstimmen.",
            "Cette tribune n'engage que son auteur.",
            "Folgen Sie uns auf Google News",
            "Siga o nosso canal no WhatsApp",
            "Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu akses berita Wartanusa.com WhatsApp Channel.",
            "Anadolu Ajansı web sitesinde, AA Haber Akış Sistemi (HAS) üzerinden abonelere sunulan haberler, özetlenerek yayımlanmaktadır.",
            "来源：新华网",
            "저작권자 © 부산일보 무단전재 및 재배포 금지",
        ] {
            assert!(cleaned("T", &[l]).is_empty(), "{l}");
        }
        for real in [
            "Residents can write to the council at consult@city.gov.uk until the end of March, the mayor said.",
            "The views expressed by residents at the meeting were mixed, the council said afterwards.",
            // An address alone is what the story gives readers to write to.
            "suivi.reformes@gmail.com",
            "Folgen Sie uns nicht, rief der Bürgermeister den Demonstranten zu, die zum Rathaus zogen.",
            "The ministry launched a WhatsApp channel for flood warnings, which 40,000 people have joined.",
            "根据新规定，版权所有者可以要求平台删除侵权内容。",
        ] {
            assert_eq!(cleaned("T", &[real]), vec![real.to_string()], "{real}");
        }
    }

    #[test]
    fn newsletter_copyright_title() {
        for l in [
            "Sign up for our daily newsletter",
            "Subscribe to our newsletter to get the latest news in your inbox.",
            "Follow us on Twitter and Facebook",
            "Join our WhatsApp channel for updates",
            "© 2024 The New York Times Company",
            "Copyright 2024 The Associated Press. All rights reserved.",
            "All Rights Reserved.",
            "Blinken and a Top Chinese Official in Talks on U.S.-China Tensions",
            "Blinken and a top Chinese official in talks on US-China tensions",
            "Blinken and a Top Chinese Official in Talks on U.S.-China Tensions - The New York Times",
            "\u{a0}",
            "***",
            "https://example.com/story",
        ] {
            assert!(
                cleaned(
                    "Blinken and a Top Chinese Official in Talks on U.S.-China Tensions",
                    &[l]
                )
                .is_empty(),
                "{l}"
            );
        }
        let real = "Blinken and a top Chinese official held talks on Saturday on U.S.-China tensions, including Taiwan and trade, for more than an hour.";
        assert_eq!(
            cleaned(
                "Blinken and a Top Chinese Official in Talks on U.S.-China Tensions",
                &[real]
            ),
            vec![real.to_string()]
        );
    }

    #[test]
    fn news_site_furniture() {
        for l in [
            "Listen to this article · 5:04 min Learn more",
            "As a subscriber, you have 10 gift articles to give each month. Anyone can read what you share.",
            "Image source, Getty Images",
            "Image caption, Protesters gathered outside parliament in Nairobi on Tuesday",
            "Secretary Blinken in Vientiane on Saturday.Credit...Pool photo by Andy Wong",
            "Purchase Licensing Rights, opens new tab",
            "Follow AP’s coverage of the elections at https://apnews.com/hub/elections",
            "Please follow and like us:",
            "Discover more from World News Today",
            "Subscribe to get the latest posts sent to your email.",
            "Original Article",
            "WhatsApp",
            "Sign up here.",
            "Our Standards: The Thomson Reuters Trust Principles.",
            "Photograph: Kiyoshi Ota/Getty Images",
            "Radfahren in Salzburg © Tourismus Salzburg GmbH / Thomas Kujat",
            "Comparison of Modern Human and Neanderthal skulls. Credit: DrMikeBaxter",
            "This document is subject to copyright. Apart from any fair dealing for the purpose of private study, no part may be reproduced.",
            "Kommentare",
            "#1 Kommentar von Naru-chan",
            "Kommentare schreiben",
            "Laisser un commentaire",
            "+ FOLLOW",
        ] {
            assert!(cleaned("T", &[l]).is_empty(), "{l}");
        }
    }

    #[test]
    fn furniture_in_other_languages() {
        for l in [
            "Anzeige",
            "Anzeige:",
            "Reklama",
            "Advertentie",
            "Pubblicità",
            "إعلان",
            "广告",
            "Leggi anche: Treni, lavori sulla linea Genova-La Spezia",
            "Lee también: Tandeos en 30 colonias",
            "Читайте также: В Екатеринбурге закроют улицу",
            "اقرأ أيضًا: تعديل مواعيد الترام خلال شهر رمضان",
            "関連記事: 万博跡地の再開発、事業者を公募",
            "相关新闻：洋山港四期自动化码头吞吐量创新高",
            "A lire aussi :",
            "Auch interessant:",
            "Weiterführende Links:",
            "Verwandte Themen auf unserem Blog:",
            "Über den Autor",
            "Iscriviti alla newsletter della Gazzetta: ogni sera le notizie del Piemonte nella tua casella di posta.",
            "Elke ochtend het belangrijkste nieuws in je mailbox? Meld je aan voor onze nieuwsbrief.",
            "Zapisz się na newsletter i otrzymuj najważniejsze informacje z Pomorza każdego dnia.",
            "اشترك في النشرة البريدية لتصلك أهم الأخبار يوميًا.",
            "订阅华东日报电子报，每日早间推送重要新闻。",
            "北海道新報のニュースレターに登録すると、毎朝の主要ニュースをメールでお届けします。",
            "Keine Neuigkeiten mehr verpassen: Abonnieren Sie kostenlos die Newsletter.",
            "Von Gregory Lipinski",
            "Par Jacques Munier",
            "Gespeichert von rasos am 24. Juli 2017 - 18:55",
            "20. Mai 2019",
            "14 janvier 2020",
            "5 de marzo de 2024",
            "« Zurück zu den Veranstaltungen",
            "Photograph by Ed Marshall, Redonda Restoration Programme",
            "© privat",
            "Slideshow ( 15 images )",
            "Merken.",
            "Donate now",
            "More information: Marcel J. L. Th. Niekus et al. Middle Paleolithic complex technology, PNAS (2019).",
            "More information: Marcel J. L. Th. Niekus et al. Middle Paleolithic complex technology and a Neandertal tar-backed tool from the Dutch North Sea, Proceedings of the National Academy of Sciences (2019). DOI: 10.1073/pnas.1907828116",
            "**More information:**\\\nMarcel J. L. Th. Niekus et al. Middle Paleolithic complex technology, *PNAS* (2019). [DOI: 10.1073/pnas.1907828116](https://doi.org/10.1073/pnas.1907828116)",
            "3 von 5, (1 Bewertung)",
            "3 von 5,\\\n(1 Bewertung)",
            "Schlagwörter : abnehmen, Blog, Blog Leandra-Lou von Verena Stegemann und Orlando Hoetzel, Botox, Buch, Collection, Do-it-yourself, Fashion, Fashion Junkies, Mode, Modeblog, Zicke, Abnehmen von A bis Z, Leandra Lou, Lifestyle, Ratgeber, Frauen, Humor, Stil, Styling, Trends, Shopping, Schönheit",
        ] {
            assert!(cleaned("T", &[l]).is_empty(), "{l}");
        }
        for real in [
            "Von Berlin aus fuhr der Zug weiter nach Hamburg, sagte die Sprecherin am Montag.",
            "Die Zeitung verschickt ihren Newsletter seit 2019 an 40.000 Leser in der Region.",
            "Zurück in Madrid sprach der Minister von einem Erfolg für beide Seiten.",
            "Am 20. Mai 2019 begann der Umbau des Bahnhofs, der zwei Jahre dauern sollte.",
            "Pubblicità e sponsorizzazioni sono cresciute del 12 per cento nel primo trimestre.",
            "Sponsored by the city, the festival drew 20,000 visitors over the weekend.",
            "Continue reading the report and you find the numbers do not add up, she said.",
            "The story continues to unfold in the courts, where the case is due in March.",
        ] {
            assert_eq!(cleaned("T", &[real]), vec![real.to_string()], "{real}");
        }
        let out = cleaned("T", &[BODY, "Recent Posts", "Headline one", "Headline two"]);
        assert_eq!(out, vec![BODY.to_string()]);
        for real in [
            "Image rights have become a sore point between the league and its players, officials said.",
            "Popular anger over the tax bill spread quickly across Kenya in June and July.",
            "Latest figures show inflation slowing for a third straight month in the euro area.",
            "The photo agency said the credit line was wrong and would be corrected.",
            "Follow the money, the prosecutor told the jury on Tuesday.",
            "Kommentare in sozialen Netzwerken seien oft anonym, sagte die Ministerin am Montag.",
        ] {
            assert_eq!(cleaned("T", &[real]), vec![real.to_string()], "{real}");
        }
    }

    #[test]
    fn round_six_furniture_goes_and_story_lines_like_it_stay() {
        assert_dropped(&[
            "Über dieses Thema berichtete die tagesschau am 15. Januar 2025 um 20:00 Uhr.",
            "【不用抽 不用搶 現在用APP看新聞 保證天天中獎】",
            "Télécharger le communiqué de presse PDF - 184,25 Ko",
            "1|2 次のページへ",
            "Press release",
            "SIARAN PERS No. 14/SP/I/BKIP/2025",
            "Нашли опечатку? Выделите текст и нажмите Ctrl+Enter",
            "Is this page useful?",
            "Voz gerada automaticamente",
            "toggle caption",
            "Enlarge this image",
        ]);
        assert_kept(&[
            "The ministry published the report as a 40-page PDF on its website on Monday.",
            "In a press release, the ministry said the line would open in 2027.",
            "The next page of the plan deals with the stations.",
            "【台北】台鐵新自強號明年全面上線，花東線車程縮短20分鐘。",
        ]);
    }

    #[test]
    fn batch_fourteen_lines_go_and_story_lines_like_them_stay() {
        assert_dropped(&[
            "£49 at Outdoor Kit",
            "$129.99 at Amazon",
            "Check price at Best Buy",
            "Jetzt bei Thalia kaufen",
            "Article réservé aux abonnés",
            "Subscribers only",
            "Nur für Abonnenten",
            "Contribuer Voir les contributions",
            "Show comments",
            "Odtwórz",
            "Video abspielen",
            "Sigue toda la actualidad en nuestro canal de WhatsApp",
            "Folgen Sie unserem WhatsApp-Kanal",
            "Why you can trust us",
            "Why trust TechRadar?",
        ]);
        assert_kept(&[
            "The ministry launched a WhatsApp channel for flood warnings, which 40,000 people have joined.",
            "El ministerio lanzó un canal de WhatsApp para avisar de las inundaciones.",
            "$2 billion at stake for the city",
            "Tickets cost $5 at the door, and children under 12 go free.",
            "The subscribers only learned of the change in March.",
            "Why we trust the data from the census, and why you can too.",
        ]);
        // The credit in brackets leaves the caption.
        assert_eq!(
            cleaned(
                "T",
                &[BODY, "Jembatan gantung di Lebak (Foto: Dok. Pemkab Lebak)"]
            ),
            vec![BODY.to_string(), "Jembatan gantung di Lebak".to_string()]
        );
        // After a line break in the caption too, without leaving the break behind.
        assert_eq!(
            cleaned(
                "T",
                &[
                    BODY,
                    "Flixtrain setzt auf Reisende.\\\n(Foto: Christian Charisius/dpa)"
                ]
            ),
            vec![
                BODY.to_string(),
                "Flixtrain setzt auf Reisende.".to_string()
            ]
        );
        // A table of contents goes with its list; the story's headings stay.
        assert_eq!(
            cleaned(
                "T",
                &[
                    BODY,
                    "Jump to:",
                    "- 1\\. Lumera Trail 450\n- 2\\. Fenwick Beam 300",
                    "### 1. Lumera Trail 450",
                    BODY,
                    "### 2. Fenwick Beam 300"
                ]
            ),
            vec![
                BODY.to_string(),
                "### 1. Lumera Trail 450".to_string(),
                BODY.to_string(),
                "### 2. Fenwick Beam 300".to_string()
            ]
        );
        // A list of which one item only is a heading below is the story's.
        let facts = "- Lumera Trail 450\n- A red light mode";
        assert_eq!(
            cleaned(
                "T",
                &[BODY, facts, "## Lumera Trail 450", "## Fenwick Beam 300"]
            ),
            vec![
                BODY.to_string(),
                facts.to_string(),
                "## Lumera Trail 450".to_string(),
                "## Fenwick Beam 300".to_string()
            ]
        );
    }

    #[test]
    fn batch_fifteen_lines_go_and_story_lines_like_them_stay() {
        assert_dropped(&[
            "Читайте такжеСобянин рассказал о планах по строительству метро",
            "Lire aussiQuimper : le marché de Noël s’installe",
            "المصدر : الجزيرة + وكالات",
            "Join our Teesside Live WhatsApp community for the latest news direct to your phone.",
            "Published 6:00 a.m. ET Dec. 5, 2025 | Updated 9:12 a.m. ET Dec. 5, 2025",
            "December 5, 20251:15 PM GMTUpdated 2 hours ago",
            "FOR IMMEDIATE RELEASE",
            "###",
            "Bekijk hier de video",
            "Watch the video below",
            "VÍDEOS: mais assistidos do g1 PR",
            "*Mark Benson covers county government. Reach him at mbenson@dailycourier-news.com or 307-555-0134.*",
        ]);
        assert_kept(&[
            "Lire aussi le rapport de la Cour des comptes, qui chiffre le coût à 40 millions.",
            "Residents formed a WhatsApp group to share water-safety updates after the flood.",
            "Published in 1912, the guide sold 6,000 copies in its first year.",
            "The release was delayed until December 5, 2025, the company said.",
            "Video of the crash was shared 40,000 times before the police asked people to stop.",
            "Mark Benson covers county government for three papers and has won two state awards.",
        ]);
        // The toggle and a glued credit leave the caption.
        assert_eq!(
            cleaned(
                "T",
                &[
                    BODY,
                    "Hide CaptionThe Sheridan County Detention Center was built in 1974.Rachel Ortiz/The Daily Courier"
                ]
            ),
            vec![
                BODY.to_string(),
                "The Sheridan County Detention Center was built in 1974.".to_string()
            ]
        );
        // The headline run into the date line under it goes; a paragraph opening with the
        // headline's words and going on does not.
        let title = "Volunteers finish restoring the 1912 covered bridge at Miller's Ford";
        assert_eq!(
            cleaned(title, &[&format!("**{title}**\\\nPosted 12/05/2025"), BODY]),
            vec![BODY.to_string()]
        );
        let on = format!("{title} after three summers of weekend work by seventy people.");
        assert_eq!(
            cleaned(title, &[&on, BODY]),
            vec![on.clone(), BODY.to_string()]
        );
    }

    #[test]
    fn dated_lines_go_and_dated_story_lines_stay() {
        assert_dropped(&[
            "Stand: 15.01.2025, 10:42 Uhr",
            "Yayınlanma: 15 Ocak 2025 Çarşamba 10:30",
            "2025年01月15日 10:30 来源：成都日报",
            "mercoledì 15 gennaio 2025 ore 10:30",
            "15 ene 2025 - 10:30 CET",
            "12\\. Jänner 2026, 09.41 Uhr",
        ]);
        assert_kept(&[
            "The council will vote on the plan on 15 March 2025.",
            "- 15 March 2020: the first lockdown",
            "## The vote of 15 March 2025",
            "2025年1月15日，成都地铁30号线一期工程将于今年6月底开通试运营，线路全长约28公里。",
            "Samstag, 18. Januar, 19 Uhr, Stadthalle Lindenfeld, Eintritt frei",
        ]);
    }

    #[test]
    fn site_patterns_add_rules() {
        let c = Cleaner::new(&["this story was brought to you by .*".into()]).unwrap();
        let paras = vec![
            BODY.to_string(),
            "This story was brought to you by Acme".into(),
        ];
        assert_eq!(c.clean("T", &paras), vec![BODY.to_string()]);
        let e = Cleaner::new(&["(".into()]).unwrap_err();
        assert!(e.contains("ingest.boilerplate[0]"), "{e}");
    }

    mod properties {
        use super::*;
        use proptest::prelude::*;

        /// Everyday news words, including the ones furniture rules key on.
        const WORDS: &[&str] = &[
            "the",
            "minister",
            "said",
            "on",
            "share",
            "comments",
            "source",
            "by",
            "posted",
            "related",
            "next",
            "previous",
            "tags",
            "follow",
            "like",
            "advertisement",
            "photo",
            "print",
            "email",
            "home",
            "talks",
            "government",
            "market",
            "prices",
            "reported",
            "after",
            "week",
            "officials",
            "read",
            "more",
            "sign",
            "up",
            "copyright",
            "image",
            "video",
            "watch",
            "reply",
            "via",
            "and",
            "of",
            "a",
            "to",
            "in",
            "that",
            "loading",
            "posts",
            "navigation",
            "published",
            "updated",
            "july",
            "continue",
            "reading",
        ];

        const FURNITURE: &[&str] = &[
            "[ad_1]",
            "[ad_2]",
            "Advertisement",
            "Read More:Some Title",
            "Source link",
            "Comments are closed.",
            "Share this:",
            "Like Loading...",
            "Related posts",
            "Tags: a, b",
            "Next Post »",
            "© 2024 Site",
            "Posted on July 1, 2024 by admin",
            "Sign up for our newsletter",
            "The post X appeared first on Y.",
        ];

        fn sentence() -> impl Strategy<Value = String> {
            (
                proptest::sample::select(WORDS),
                proptest::collection::vec(proptest::sample::select(WORDS), 12..30),
                proptest::sample::select(&[".", "!", "?", ".”"][..]),
            )
                .prop_map(|(first, rest, end)| {
                    let mut first = first.to_string();
                    first[..1].make_ascii_uppercase();
                    format!("{first} {}{end}", rest.join(" "))
                })
        }

        fn line() -> impl Strategy<Value = String> {
            prop_oneof![
                sentence(),
                proptest::sample::select(FURNITURE).prop_map(str::to_string),
                Just("A related headline".to_string()),
                "[A-Za-z ]{0,30}".prop_map(|s| s),
            ]
        }

        proptest! {
            #[test]
            fn cleaning_is_idempotent(lines in proptest::collection::vec(line(), 0..20)) {
                let c = Cleaner::new(&[]).unwrap();
                let once = c.clean("Some Title", &lines);
                let twice = c.clean("Some Title", &once);
                prop_assert_eq!(once, twice);
            }

            #[test]
            fn boilerplate_free_paragraph_survives_unchanged(
                para in sentence(),
                before in proptest::collection::vec(proptest::sample::select(FURNITURE), 0..4),
                after in proptest::collection::vec(proptest::sample::select(FURNITURE), 0..4),
            ) {
                let c = Cleaner::new(&[]).unwrap();
                let mut lines: Vec<String> = before.iter().map(|s| s.to_string()).collect();
                lines.push(para.clone());
                lines.extend(after.iter().map(|s| s.to_string()));
                let kept = c.clean("Some Title", &lines);
                prop_assert_eq!(kept, vec![para]);
            }
        }
    }
}

#[cfg(test)]
mod end_tests {
    use super::*;

    const STORY: &str = "The council approved the plan on Tuesday after a long debate in which members of every party spoke, and work will start in the spring once the contracts are signed.";

    #[test]
    fn a_comment_thread_or_the_next_story_ends_the_story() {
        let c = Cleaner::new(&[]).unwrap();
        for end in [
            "## 9 thoughts on “Counting swifts from the church tower”",
            "One thought on \"Counting swifts\"",
            "Kommentare insgesamt: 0",
            "### 3 Kommentare",
            "## Leave a Reply",
            "## Read next: [Bypass roadworks to run overnight](https://example.com/news/2)",
        ] {
            let blocks: Vec<String> = [STORY, end, "Lovely post, thank you!", "Another long reply that goes on about something else entirely and names Maggie Rowe."]
                .map(String::from)
                .to_vec();
            assert_eq!(c.clean("Title", &blocks), vec![STORY.to_string()], "{end}");
        }
    }

    #[test]
    fn the_end_needs_a_story_before_it_and_a_heading_where_the_words_are_common() {
        let c = Cleaner::new(&[]).unwrap();
        // A meta row above the story is dropped alone.
        let blocks: Vec<String> = ["## 12 comments", STORY].map(String::from).to_vec();
        assert_eq!(c.clean("Title", &blocks), vec![STORY.to_string()]);
        // As a line, not a heading, a comment count is dropped alone too.
        let blocks: Vec<String> = [STORY, "12 comments", STORY].map(String::from).to_vec();
        assert_eq!(c.clean("Title", &blocks).len(), 2);
        // A sentence that reads like a thread's heading is story.
        let line = "Two responses to the plan emerged at the meeting.";
        let blocks: Vec<String> = [STORY, line, STORY].map(String::from).to_vec();
        assert_eq!(c.clean("Title", &blocks).len(), 3);
    }

    #[test]
    fn release_boilerplate_ends_the_story_in_any_script() {
        let c = Cleaner::new(&[]).unwrap();
        let about = "**About Harbourline**  \nHarbourline Ltd. builds ferries in Cork and employs 210 people.";
        for end in [
            about,
            "**Media Contact:** Jo Byrne, press@harbourline.ie",
            "## ■会社概要",
            "**Rückfragen bitte an:**",
            "## Our sources",
        ] {
            let blocks: Vec<String> = [STORY, end, "| 所在地 | 東京都 |"]
                .map(String::from)
                .to_vec();
            assert_eq!(c.clean("Title", &blocks), vec![STORY.to_string()], "{end}");
        }
        // Five Japanese paragraphs are a story before the profile, though they hold no space.
        let ja = "国内では年間約500万トンの食品ロスが発生しており、そのうち野菜の規格外品は産地で廃棄されることが少なくありません。";
        let blocks: Vec<String> = [ja, "## ■会社概要", "| 設立 | 2019年4月 |"]
            .map(String::from)
            .to_vec();
        assert_eq!(c.clean("Title", &blocks), vec![ja.to_string()]);
        // A story's own section about something is no boilerplate.
        let own = "**About the study**  \nThe researchers followed 2,000 households for a year.";
        let blocks: Vec<String> = [STORY, own].map(String::from).to_vec();
        assert_eq!(c.clean("Title", &blocks).len(), 2);
        // "Sources" ends a story only as a heading: as words in a line it is story.
        let line = "Sources said the council would vote again in March.";
        let blocks: Vec<String> = [STORY, "Sources", line].map(String::from).to_vec();
        assert!(c.clean("Title", &blocks).contains(&line.to_string()));
    }

    #[test]
    fn contact_lines_and_korean_caption_credits() {
        let c = Cleaner::new(&[]).unwrap();
        // How to reach the reporter goes; a sentence naming a phone line for readers stays.
        for (line, kept) in [
            (
                "*Reach Dana Whitlock at 701-555-0143 or dwhitlock@dailyrecordtribune.com.*",
                false,
            ),
            ("Jane Doe can be reached at jdoe@example.com.", false),
            (
                "Residents can call the hotline at 555-0100 from Monday.",
                true,
            ),
        ] {
            let blocks: Vec<String> = [STORY, line].map(String::from).to_vec();
            assert_eq!(c.clean("Title", &blocks).len() == 2, kept, "{line}");
        }
        // A Korean caption keeps its words and loses "(… 제공)".
        let blocks: Vec<String> = [STORY, "부산 도시철도 4호선 안평역 전경 (부산시 제공)"]
            .map(String::from)
            .to_vec();
        assert_eq!(
            c.clean("Title", &blocks)[1],
            "부산 도시철도 4호선 안평역 전경"
        );
    }

    #[test]
    fn german_date_labels_and_hit_counts_go_and_dated_sentences_stay() {
        let c = Cleaner::new(&[]).unwrap();
        for (line, kept) in [
            ("Zuletzt aktualisiert: 05.12.2025 · Lesezeit: 3 Min.", false),
            ("Stand: 05.12.2025, 10:15 Uhr", false),
            ("Zugriffe: 312", false),
            ("Aufrufe: 1.204", false),
            (
                "Stand: Am 05.12.2025 waren 41 Landkreise dabei, teilte das Ministerium mit.",
                true,
            ),
            ("Zugriffe: mehr als 300 am ersten Tag", true),
        ] {
            let blocks: Vec<String> = [STORY, line].map(String::from).to_vec();
            assert_eq!(c.clean("Title", &blocks).len() == 2, kept, "{line}");
        }
    }

    #[test]
    fn a_list_of_share_links_goes_and_a_list_of_facts_stays() {
        let c = Cleaner::new(&[]).unwrap();
        let share = "- Share on Facebook\n- Email This Link\n- Share on LinkedIn";
        let facts = "- Share prices fell 4 percent on Monday\n- Email traffic doubled";
        let blocks: Vec<String> = [STORY, share, facts].map(String::from).to_vec();
        assert_eq!(
            c.clean("Title", &blocks),
            vec![STORY.to_string(), facts.to_string()]
        );
    }
}
