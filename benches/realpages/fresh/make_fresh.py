#!/usr/bin/env python3
"""Writes the fresh pages (issue #15, enrichment round 4): each page's HTML, its expected
text and its labels, from the specs in `pages.py` beside this file.

The people and countries were labelled while the pages were written, before enrichment was
run on them. Run from anywhere: `python3 benches/realpages/fresh/make_fresh.py`.
"""
import html
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from pages import PAGES  # noqa: E402

E = html.escape


def block_html(b):
    kind = b[0]
    if kind == "p":
        return f"<p>{b[1]}</p>"
    if kind == "lead":
        return f'<p class="standfirst"><strong>{b[1]}</strong></p>'
    if kind == "h2":
        return f"<h2>{b[1]}</h2>"
    if kind == "quote":
        return f"<blockquote><p>{b[1]}</p></blockquote>"
    if kind == "fig":
        _, src, caption, credit = b
        return (
            f'<figure class="inline-image"><img src="{src}" alt="">'
            f'<figcaption>{caption} <span class="credit">{credit}</span></figcaption></figure>'
        )
    if kind == "ad":
        return f'<div class="ad-slot"><span class="ad-label">{b[1]}</span><div class="ad-unit"></div></div>'
    if kind == "related":
        items = "".join(f'<li><a href="{u}">{t}</a></li>' for t, u in b[2])
        return f'<aside class="related"><h3>{b[1]}</h3><ul>{items}</ul></aside>'
    if kind == "newsletter":
        return (
            f'<div class="newsletter-box"><h3>{b[1]}</h3><p>{b[2]}</p>'
            '<form><input type="email"><button>OK</button></form></div>'
        )
    if kind == "share":
        return '<div class="share-row">' + "".join(f"<a href=\"#\">{s}</a>" for s in b[1]) + "</div>"
    if kind == "raw":
        return b[1]
    raise ValueError(kind)


def block_text(b):
    """The block as the expected text has it: story blocks and captions without credits."""
    kind = b[0]
    if kind in ("p", "lead", "h2", "quote"):
        return html.unescape(strip_tags(b[1]))
    if kind == "fig":
        return html.unescape(strip_tags(b[2]))
    return None


def strip_tags(s):
    out, inside = [], False
    for c in s:
        if c == "<":
            inside = True
        elif c == ">":
            inside = False
        elif not inside:
            out.append(c)
    return "".join(out)


def page_html(p):
    body = "\n".join(block_html(b) for b in p["blocks"])
    nav = " ".join(f'<a href="/{n.lower()}/">{n}</a>' for n in p["nav"])
    jsonld = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": p["title"],
            "datePublished": p["published"],
            "author": {"@type": "Person", "name": p["author"]},
            "publisher": {"@type": "Organization", "name": p["site"]},
        },
        ensure_ascii=False,
    )
    after = "\n".join(block_html(b) for b in p.get("after", []))
    return f"""<!DOCTYPE html>
<html lang="{p['lang']}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(p['title'])} {p.get('sep', '|')} {E(p['site'])}</title>
<link rel="canonical" href="{p['url']}">
<meta property="og:site_name" content="{E(p['site'])}">
<meta property="og:title" content="{E(p['title'])}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{p['published']}">
<script type="application/ld+json">{jsonld}</script>
</head>
<body>
<div class="cookie-notice"><p>{p['cookie']}</p><button>OK</button></div>
<header class="site-header"><a class="logo" href="/">{E(p['site'])}</a><nav>{nav}</nav></header>
<main>
<article class="story">
<div class="kicker">{p['kicker']}</div>
<h1>{E(p['title'])}</h1>
<div class="meta"><span class="byline">{p['byline']}</span> <time datetime="{p['published']}">{p['dateline']}</time></div>
<div class="story-body">
{body}
</div>
<div class="author-box"><p>{p['author_box']}</p></div>
</article>
{after}
</main>
<footer class="site-footer"><p>{p['footer']}</p></footer>
</body>
</html>
"""


def write_pages(pages, folder, round_no):
    """Writes each page's HTML, expected text and labels into `folder`; the later rounds'
    scripts call this with their own specs."""
    for p in pages:
        name = p["name"]
        with open(os.path.join(folder, name + ".html"), "w", encoding="utf-8") as f:
            f.write(page_html(p))
        text = [t for t in (block_text(b) for b in p["blocks"]) if t]
        with open(os.path.join(folder, name + ".txt"), "w", encoding="utf-8") as f:
            f.write("\n\n".join(text) + "\n")
        q = lambda s: json.dumps(s, ensure_ascii=False)  # noqa: E731
        note = (
            f"Fresh page (enrichment round {round_no}, written and labelled before enrichment "
            "ran on it; fictional event). Traps: " + p["traps"]
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
        with open(os.path.join(folder, name + ".yaml"), "w", encoding="utf-8") as f:
            f.write("\n".join(yaml) + "\n")


def main():
    write_pages(PAGES, HERE, 4)


if __name__ == "__main__":
    main()
