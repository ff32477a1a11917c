#!/usr/bin/env python3
"""Writes the sixth round's fresh pages (issue #15, enrichment round 6): each page's HTML,
its expected text and its labels, from the specs in `pages6.py` beside this file, with the
page template of round 4 (`../fresh/make_fresh.py`).

People and countries were labelled while the pages were written, before enrichment was run
on them. Run from anywhere: `python3 benches/realpages/fresh6/make_fresh6.py`.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "fresh"))
from make_fresh import block_text, page_html  # noqa: E402
from pages6 import PAGES  # noqa: E402


def main():
    for p in PAGES:
        name = p["name"]
        with open(os.path.join(HERE, name + ".html"), "w", encoding="utf-8") as f:
            f.write(page_html(p))
        text = [t for t in (block_text(b) for b in p["blocks"]) if t]
        with open(os.path.join(HERE, name + ".txt"), "w", encoding="utf-8") as f:
            f.write("\n\n".join(text) + "\n")
        q = lambda s: json.dumps(s, ensure_ascii=False)  # noqa: E731
        note = (
            "Fresh page (enrichment round 6, written and labelled before enrichment ran on "
            "it; fictional event). Traps: " + p["traps"]
        )
        yaml = [
            f"title: {q(p['title'])}",
            f"date: {p['published'][:10]}",
            f"language: {p['lang']}",
            "has_article: true",
            f"url: {q(p['url'])}",
            f"people: {q(p['people'])}",
            f"countries: {q(p['countries'])}",
            f"note: {q(note)}",
        ]
        with open(os.path.join(HERE, name + ".yaml"), "w", encoding="utf-8") as f:
            f.write("\n".join(yaml) + "\n")


if __name__ == "__main__":
    main()
