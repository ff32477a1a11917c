#!/usr/bin/env python3
"""Where a built site's bytes go: by page group, and inside a group by markup element.

    benches/output_weight.py OUTPUT_DIR                  # bytes by page group
    benches/output_weight.py OUTPUT_DIR --elements GROUP # one group's bytes by element
    benches/output_weight.py OUTPUT_DIR --compare OTHER  # two outputs side by side

The groups follow docs/performance.md's "Output size" table, with list pages split into
page 1 and archive pages (page 2 and later). `--elements` charges every byte of a page to
the innermost element holding it: its tags (start and end) to `tag.class`, its text to
`tag.class text`, attribute bytes also to `@name`. Sizes do not depend on the machine's load.
"""

import argparse
import os
import re
import sys
from collections import Counter
from html.parser import HTMLParser

TERMS = ("regions", "people", "tags", "sources")
VOID = {"meta", "link", "img", "input", "br", "hr", "source", "wbr", "area", "base", "col"}


def group_of(rel):
    """The page group of a path relative to the output root."""
    parts = rel.split("/")
    name = parts[-1]
    if parts[0] == "articles" and name == "index.html":
        return "article pages"
    if parts[0] in TERMS and name in ("atom.xml", "feed.json") and len(parts) > 2:
        return "term feeds"
    if parts[0] in TERMS and name == "index.html":
        return "list pages, archive (page 2+)" if "page" in parts[1:-1] else "list pages, page 1"
    if parts[0] == "editions" and name in ("email.html", "email.txt"):
        return "edition emails"
    if parts[0] == "editions" and name == "index.html":
        return "edition pages"
    if rel == "index.html":
        return "home, page 1"
    if parts[0] == "page" and name == "index.html":
        return "home, archive (page 2+)"
    return "search, sitemap, feeds, rest"


def walk(root):
    for d, _, files in os.walk(root):
        for f in files:
            if f.startswith("."):
                continue  # build state (.newsdesk-*), not published
            path = os.path.join(d, f)
            yield os.path.relpath(path, root), path


def groups(root):
    """{group: [bytes, files]}."""
    out = {}
    for rel, path in walk(root):
        g = out.setdefault(group_of(rel), [0, 0])
        g[0] += os.path.getsize(path)
        g[1] += 1
    return out


class Charger(HTMLParser):
    """Charges each byte of a page to the element it belongs to."""

    def __init__(self, tally):
        super().__init__(convert_charrefs=False)
        self.tally = tally
        self.stack = []

    def key(self, tag, attrs):
        cls = dict(attrs).get("class") or ""
        first = cls.split()[0] if cls else ""
        return f"{tag}.{first}" if first else tag

    def handle_starttag(self, tag, attrs):
        raw = self.get_starttag_text() or ""
        k = self.key(tag, attrs)
        self.tally[k] += len(raw.encode())
        for name, value in attrs:
            self.tally["@" + name] += len(name) + (len(value.encode()) + 3 if value is not None else 0) + 1
        if tag == "span" and dict(attrs).get("aria-hidden") == "true":
            self.tally["~separator spans"] += len(raw) + len("</span>")
        if tag not in VOID:
            self.stack.append(k)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        self.tally[(self.stack[-1] if self.stack else tag)] += len(tag) + 3
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i].split(".")[0] == tag:
                del self.stack[i:]
                break

    def text(self, data):
        where = self.stack[-1] if self.stack else "(top)"
        self.tally[where + " text"] += len(data.encode())

    handle_data = text

    def handle_entityref(self, name):
        self.text("&%s;" % name)

    def handle_charref(self, name):
        self.text("&#%s;" % name)

    def handle_decl(self, decl):
        self.tally["doctype"] += len(decl) + 3

    def handle_comment(self, data):
        self.tally["comments"] += len(data) + 7


def elements(root, group, top):
    tally = Counter()
    total = files = 0
    for rel, path in walk(root):
        if group_of(rel) != group or not rel.endswith(".html"):
            continue
        with open(path, encoding="utf-8") as f:
            html = f.read()
        total += len(html.encode())
        files += 1
        # newlines between tags are text of the enclosing element; count them apart
        tally["(newlines)"] += html.count("\n")
        p = Charger(tally)
        p.feed(html)
        p.close()
    print(f"{group}: {files} files, {total / 1e6:.1f} MB, {total / max(files, 1) / 1e3:.1f} KB each")
    for k, v in tally.most_common(top):
        print(f"{v / 1e6:9.2f} MB {100 * v / max(total, 1):5.1f}%  {k}")


def table(rows, heads):
    width = max(len(r[0]) for r in rows)
    print(" " * width + "".join(f"{h:>22}" for h in heads))
    for r in rows:
        print(f"{r[0]:<{width}}" + "".join(f"{c:>22}" for c in r[1:]))


def cell(g):
    if not g:
        return "-"
    return f"{g[0] / 1e6:.1f} MB / {g[1]:,}"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("output")
    ap.add_argument("--elements", metavar="GROUP")
    ap.add_argument("--compare", metavar="OTHER")
    ap.add_argument("--top", type=int, default=40)
    a = ap.parse_args()
    if not os.path.isdir(a.output):
        sys.exit(f"{a.output}: not a folder")
    if a.elements:
        elements(a.output, a.elements, a.top)
        return
    outs = [a.output] + ([a.compare] if a.compare else [])
    gs = [groups(o) for o in outs]
    names = sorted({k for g in gs for k in g}, key=lambda k: -max(g.get(k, [0])[0] for g in gs))
    rows = [[n] + [cell(g.get(n)) for g in gs] for n in names]
    totals = [[sum(v[0] for v in g.values()), sum(v[1] for v in g.values())] for g in gs]
    rows.append(["whole site"] + [cell(t) for t in totals])
    table(rows, [os.path.basename(os.path.normpath(o)) for o in outs])
    articles = [g.get("article pages", [0, 0])[1] for g in gs]
    print("per article all-in: " + ", ".join(
        f"{t[0] / max(n, 1) / 1e3:.1f} KB" for t, n in zip(totals, articles)))


if __name__ == "__main__":
    main()
