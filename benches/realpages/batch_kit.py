"""What the written batches' scripts (batch5.py to batch10.py) share: the page list and
`page()` that fills it, inline marks (`**bold**`, `[text](url)`) as HTML and as plain text,
escaping, the document's head and end, the Open Graph head, navigation and lists, and
writing each page's HTML, expected text and labels into `extra/`."""
import html
import json
import os
import re

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "extra")

# The batch being written: each script runs on its own, so one list per process.
PAGES = []


def page(name, meta, text, body):
    """`text`: the expected paragraphs in order; `body`: the whole HTML document."""
    PAGES.append((name, meta, [plain(t) for t in text], body))


def h(s):
    return html.escape(s, quote=False)


def head(title, lang, extra=""):
    """A UTF-8 document's start up to its `<title>` (`extra`: more attributes of `<html>`)."""
    return f'<!DOCTYPE html>\n<html lang="{lang}"{extra}>\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>{html.escape(title, quote=False)}</title>\n'


def end():
    return "</body>\n</html>\n"


def nav(items, cls="nav"):
    """A navigation list of (path, label) links."""
    return f'<nav class="{cls}"><ul>' + "".join(f'<li><a href="/{u}/">{a}</a></li>' for u, a in items) + "</ul></nav>"


def lis(items, tag="ul", attrs=""):
    return f"<{tag}{attrs}>" + "".join(f"<li>{h(x)}</li>" for x in items) + f"</{tag}>"


def og(title, site, url, desc=None):
    """Open Graph title, site name (left out when `site` is empty), type and URL, the
    canonical link, and the description when given."""
    s = f'<meta property="og:title" content="{html.escape(title)}">\n'
    if site:
        s += f'<meta property="og:site_name" content="{html.escape(site)}">\n'
    s += f'<meta property="og:type" content="article">\n<meta property="og:url" content="{url}">\n<link rel="canonical" href="{url}">\n'
    if desc:
        s += f'<meta name="description" content="{html.escape(desc)}">\n<meta property="og:description" content="{html.escape(desc)}">\n'
    return s


def plain(s):
    s = re.sub(r"\*\*(.+?)\*\*", r"\1", s)
    return re.sub(r"\[(.+?)\]\((.+?)\)", r"\1", s)


def marked(s):
    s = html.escape(s, quote=False)
    s = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", s)
    return re.sub(r"\[(.+?)\]\((.+?)\)", r'<a href="\2">\1</a>', s)


def ps(paras, tag="p", attrs=""):
    return "\n".join(f"<{tag}{attrs}>{marked(p)}</{tag}>" for p in paras)


def jsonld(obj):
    return f'<script type="application/ld+json">{json.dumps(obj, ensure_ascii=False)}</script>\n'


def write(pages):
    """`pages`: (name, labels, expected paragraphs, HTML document) for each page."""
    for name, meta, text, body in pages:
        with open(os.path.join(OUT, name + ".html"), "w", encoding="utf-8") as f:
            f.write(body)
        with open(os.path.join(OUT, name + ".txt"), "w", encoding="utf-8") as f:
            f.write("\n\n".join(text) + "\n")
        lines = [f"title: {json.dumps(meta['title'], ensure_ascii=False)}"]
        if meta.get("titles_also"):
            lines.append(f"titles_also: {json.dumps(meta['titles_also'], ensure_ascii=False)}")
        lines += [
            f"date: {meta['date']}",
        ]
        if meta.get("dates_also"):
            lines.append(f"dates_also: {json.dumps(meta['dates_also'])}")
        lines += [
            f"language: {meta['language']}",
            "has_article: true",
            f"url: {json.dumps(meta['url'], ensure_ascii=False)}",
            f"people: {json.dumps(meta['people'], ensure_ascii=False)}",
            f"countries: {json.dumps(meta['countries'])}",
            f"note: {json.dumps(meta['note'], ensure_ascii=False)}",
        ]
        with open(os.path.join(OUT, name + ".yaml"), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
    print(f"{len(pages)} pages written to {OUT}")

