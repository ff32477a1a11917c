#!/usr/bin/env python3
"""Writes the eighth round's fresh pages (issue #15, enrichment round 8): each page's HTML,
its expected text and its labels, from the specs in `pages8.py` beside this file, with the
page template of round 4 (`../fresh/make_fresh.py`).

People and countries were labelled while the pages were written, before enrichment was run
on them. Run from anywhere: `python3 benches/realpages/fresh8/make_fresh8.py`.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "fresh"))
from make_fresh import write_pages  # noqa: E402
from pages8 import PAGES  # noqa: E402


def main():
    write_pages(PAGES, HERE, 8)


if __name__ == "__main__":
    main()
