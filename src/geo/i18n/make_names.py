#!/usr/bin/env python3
"""Writes names.tsv: country, region and city names in the news languages newsdesk reads,
from the Unicode CLDR (Unicode License v3; see README.md beside this script).

Usage: npm pack cldr-localenames-modern cldr-dates-modern, unpack both, then
    python3 make_names.py LOCALENAMES_DIR DATES_DIR > names.tsv
    python3 make_names.py --display LOCALENAMES_DIR DATES_DIR > display.tsv

With --display it writes, in the same format, the one name each language shows a place by
(CLDR's standard form, no short or variant ones): what pages, breadcrumbs and chips print
on a site in that language. Regions map to CLDR's UN M49 areas by DISPLAY_REGIONS; the
regions CLDR has no area for (Balkans, Gulf, ...) are named in the theme's translations.

Rows: name, target, languages (comma-separated ISO 639-1). target is a country code
(`DE`), `region:<English region name>` or `city:<English city name>`, always one that
newsdesk's own gazetteer (../countries.tsv, ../regions.tsv, ../cities.tsv) knows. Names
identical to the English one are left out: the English gazetteer already matches them.
"""
import csv
import json
import os
import sys

FIRST_LANGS = ["de", "fr", "es", "it", "pt", "nl", "pl", "ru", "tr", "id", "zh", "ja", "ko", "ar", "he", "uk", "sv", "da", "cs"]
# Added with the towns (../towns/): their text is matched, their sites show English names.
LANGS = FIRST_LANGS + ["fa", "hi", "th", "el", "vi", "fi"]
# Romanian and Hungarian came with their towns (hand-written names in local.tsv first); the
# rest in the eighteenth session, so that a page in any of the major news languages of
# Europe, South Asia and Southeast Asia names its countries.
MORE_LANGS = ["ro", "hu", "bg", "sr", "hr", "bs", "sk", "sl", "ca", "ms", "tl", "ta", "nb",
              "et", "lv", "lt", "bn", "mk", "ur", "sq", "sw", "af", "gl", "eu", "is", "ka",
              "hy", "az", "be", "kk", "uz", "ne", "mr"]
LANGS = LANGS + MORE_LANGS
# CLDR's locales for a language tag: Serbian is written in both scripts; CLDR calls
# Tagalog Filipino.
CLDR_LOCALES = {"sr": ["sr", "sr-Latn"], "tl": ["fil"]}
# Names that are a common word of a language, hand-picked: Hunspell dictionaries were tried
# as the judge and list most country names in lower case too (declension and adjectives:
# Hungarian "japán", Serbian "немачка"), so they would have removed the names themselves.
WORD_NAMES = {"nb": {"Man"}, "gl": {"Granada"}}


def common_word(name, lang):
    """True when `name` is a common word of `lang` (or, in Galician, another place)."""
    return name in WORD_NAMES.get(lang, set())
# Languages whose sites show place names (display.tsv); Urdu text is not matched.
DISPLAY_LANGS = FIRST_LANGS + ["fa", "ur"]


THAI_WORDS = []


def thai_words():
    """The words of Debian's Thai Hunspell dictionary (hunspell-th), if installed."""
    if not THAI_WORDS:
        try:
            with open("/usr/share/hunspell/th_TH.dic", encoding="utf-8") as f:
                THAI_WORDS.extend(l.split("/")[0].strip() for l in list(f)[1:])
        except OSError:
            sys.exit("make_names.py: install hunspell-th for the Thai names")
    return THAI_WORDS


def too_short(name, lang):
    """Thai is written without spaces, so a short name, or one found inside a longer
    word of the Thai dictionary, would match inside words; a one-syllable Vietnamese
    name ("Anh", "Đức", "Mỹ") is also a given name or a word."""
    if lang == "th":
        return len(name) < 4 or any(name in w and name != w for w in thai_words())
    if lang == "vi":
        return " " not in name
    return False
HERE = os.path.dirname(os.path.abspath(__file__))


def rows(name):
    with open(os.path.join(HERE, "..", name), encoding="utf-8") as f:
        r = csv.reader(f, delimiter="\t")
        next(r)
        return [x for x in r if x]


# newsdesk's regions (../regions.tsv) that are UN M49 areas, by CLDR territory code.
DISPLAY_REGIONS = {
    "Africa": "002", "North Africa": "015", "West Africa": "011", "Central Africa": "017",
    "East Africa": "014", "Southern Africa": "018", "Americas": "019", "North America": "003",
    "Central America": "013", "Caribbean": "029", "South America": "005", "Asia": "142",
    "East Asia": "030", "Southeast Asia": "035", "South Asia": "034", "Central Asia": "143",
    "Europe": "150", "Western Europe": "155", "Northern Europe": "154",
    "Southern Europe": "039", "Eastern Europe": "151", "Oceania": "009",
    "Australia and New Zealand": "053", "Antarctic": "AQ",
}


def display(ln, dt):
    countries = {r[0]: r[1] for r in rows("countries.tsv")}
    cities = {r[0] for r in rows("cities.tsv")}
    capitals = {r[4]: r[0] for r in rows("countries.tsv") if r[4]}
    en_zone = json.load(open(f"{dt}/main/en/timeZoneNames.json"))["main"]["en"]["dates"]["timeZoneNames"]["zone"]
    out = {}  # (name, target) -> set(langs)

    def add(name, target, lang, english):
        name = name.strip()
        if name and name != english:
            out.setdefault((name, target), set()).add(lang)

    def zones(tree, path=()):
        for k, v in tree.items():
            if isinstance(v, dict) and "exemplarCity" in v:
                yield path + (k,), v["exemplarCity"]
            elif isinstance(v, dict):
                yield from zones(v, path + (k,))

    def en_city(path):
        node = en_zone
        for p in path:
            node = node.get(p, {}) if isinstance(node, dict) else {}
        if isinstance(node, dict) and "exemplarCity" in node:
            return node["exemplarCity"]
        return path[-1].replace("_", " ")

    for lang in DISPLAY_LANGS:
        terr = json.load(open(f"{ln}/main/{lang}/territories.json"))["main"][lang]["localeDisplayNames"]["territories"]
        for code, english in countries.items():
            if code in terr:
                add(terr[code], code, lang, english)
        for english, code in DISPLAY_REGIONS.items():
            if code in terr:
                add(terr[code], "region:" + english, lang, english)
        tz = json.load(open(f"{dt}/main/{lang}/timeZoneNames.json"))["main"][lang]["dates"]["timeZoneNames"]["zone"]
        seen = set()
        for path, name in zones(tz):
            english = en_city(path)
            if (english in cities or english in capitals) and english not in seen:
                seen.add(english)
                add(name, "city:" + english, lang, english)
    w = sys.stdout
    w.write("name\ttarget\tlanguages\n")
    for (name, target), langs in sorted(out.items(), key=lambda x: (x[0][1], x[0][0])):
        w.write(f"{name}\t{target}\t{','.join(sorted(langs))}\n")


def main(ln, dt):
    countries = {r[0]: r[1] for r in rows("countries.tsv")}
    regions = {r[0] for r in rows("regions.tsv")}
    cities = {r[0] for r in rows("cities.tsv")}
    capitals = {r[4]: r[0] for r in rows("countries.tsv") if r[4]}
    en_terr = json.load(open(f"{ln}/main/en/territories.json"))["main"]["en"]["localeDisplayNames"]["territories"]
    en_zone = json.load(open(f"{dt}/main/en/timeZoneNames.json"))["main"]["en"]["dates"]["timeZoneNames"]["zone"]

    def zones(tree, path=()):
        for k, v in tree.items():
            if isinstance(v, dict) and "exemplarCity" in v:
                yield path + (k,), v["exemplarCity"]
            elif isinstance(v, dict):
                yield from zones(v, path + (k,))

    en_cities = {}
    for path, _ in zones(en_zone):
        pass
    # English city name of each zone: en's exemplar city, else the zone id's last part.
    def en_city(path):
        node = en_zone
        for p in path:
            node = node.get(p, {}) if isinstance(node, dict) else {}
        if isinstance(node, dict) and "exemplarCity" in node:
            return node["exemplarCity"]
        return path[-1].replace("_", " ")

    out = {}  # (name, target) -> set(langs)

    def add(name, target, lang, english):
        name = name.strip()
        if not name or name == english or "(" in name or len(name) < 2 or too_short(name, lang):
            return
        if common_word(name, lang):
            print(f"left out ({lang}, a word): {name}", file=sys.stderr)
            return
        out.setdefault((name, target), set()).add(lang)

    for lang, loc in ((lang, loc) for lang in LANGS for loc in CLDR_LOCALES.get(lang, [lang])):
        terr = json.load(open(f"{ln}/main/{loc}/territories.json"))["main"][loc]["localeDisplayNames"]["territories"]
        for key, name in terr.items():
            code = key.split("-alt-")[0]
            alt = key.split("-alt-")[1] if "-alt-" in key else None
            if alt not in (None, "short", "variant"):
                continue
            if code in countries:
                add(name, code, lang, countries[code])
            elif code in en_terr and en_terr[code] in regions:
                add(name, "region:" + en_terr[code], lang, en_terr[code])
        tz = json.load(open(f"{dt}/main/{loc}/timeZoneNames.json"))["main"][loc]["dates"]["timeZoneNames"]["zone"]
        for path, name in zones(tz):
            english = en_city(path)
            if english in cities or english in capitals:
                add(name, "city:" + english, lang, english)

    w = sys.stdout
    w.write("name\ttarget\tlanguages\n")
    for (name, target), langs in sorted(out.items(), key=lambda x: (x[0][1], x[0][0])):
        w.write(f"{name}\t{target}\t{','.join(sorted(langs))}\n")


if __name__ == "__main__":
    if sys.argv[1] == "--display":
        display(sys.argv[2], sys.argv[3])
    else:
        main(sys.argv[1], sys.argv[2])
