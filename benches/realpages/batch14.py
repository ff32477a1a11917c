#!/usr/bin/env python3
"""Writes batch 14 of the written pages (issue #15, extraction round 14) into `extra/`.

Each page is its HTML, its expected text and its labels, written together before anything
ran on them; events and people are fictional. Batch 14 aims at what a held-out set of real
pages would most likely hold and the earlier batches took one at a time: titles whose site
name sits in an unusual place or behind an unusual separator (`~`, a fullwidth bracket and
a portal's name, a section between headline and site, a kicker inside the `<h1>`, a blog
name as the `<h1>`), headlines cut in `og:title` and JSON-LD while the `<h1>` is whole,
datelines in forms and languages no batch had (Austrian "Jänner", Levantine Arabic months,
Indonesian abbreviated months, Spanish abbreviated months, "Sept." and US numeric dates,
Polish "Data utworzenia", Japanese "12/5(金)" with a `<time>`), pages dated only by a
`<time>` in the byline or by metadata under a relative "2 days ago", a listicle with buy
buttons, a photo gallery with counters and credits, a paywalled teaser, an AMP page, a
German live ticker of "+++" entries, and pages whose reader comments outweigh the story.
Run from anywhere: `python3 benches/realpages/batch14.py`.
"""
import html

from batch_kit import end, h, head, jsonld, lis, nav, og, page, PAGES, ps, write


def art(url, headline, date, site, typ="NewsArticle", author="Staff", modified=None):
    obj = {"@context": "https://schema.org", "@type": typ, "mainEntityOfPage": url, "headline": headline}
    if date:
        obj["datePublished"] = date
    if modified:
        obj["dateModified"] = modified
    obj["author"] = {"@type": "Person", "name": author}
    obj["publisher"] = {"@type": "Organization", "name": site}
    return jsonld(obj)


def comments(items, cls):
    """A rendered comment thread: (name, when, text) each, under a heading and a form."""
    out = f'<section class="{cls}"><h3>{len(items) + 38} comments</h3><form><textarea placeholder="Join the discussion"></textarea><button>Post</button></form><ul>'
    for name, when, text in items:
        out += f'<li class="{cls}-item"><div class="{cls}-meta"><b>{h(name)}</b> <span>{h(when)}</span></div><p>{h(text)}</p><div class="{cls}-actions"><a href="#">Reply</a> <a href="#">Like</a></div></li>'
    return out + '</ul><a href="#" class="more">Load more comments</a></section>'


# 1. A travel blog whose <h1> is the blog's name and whose post title is an <h2>; <title>
# "Post ~ Blog"; the only date a <time> in "Posted on" showing no year; a comment thread
# rendered by Commento (its own class names), longer than the post.
t = "Three days on the Rheinsteig in November, with the vineyards to ourselves"
P = [
    "We had wanted to walk the Rheinsteig for years, and everyone told us to go in September for the grape harvest. We went in November instead, and I think we were right.",
    "Day one: Bingen to Assmannshausen",
    "The first stage climbs straight out of the ferry landing into steep terraces. The leaves had turned orange and we met four other walkers all day. We stayed at a family guesthouse that serves its own Riesling and closes its kitchen at eight sharp.",
    "Day two: Assmannshausen to Kaub",
    "The longest day, about 22 kilometres, with three climbs of more than 300 metres. The views of the Pfalz castle in the middle of the river at Kaub are worth every one of them. Bring lunch: nothing on this stretch is open after October.",
    "Day three: Kaub to St. Goarshausen",
    "A shorter stage past the Loreley rock. The visitor centre was closed for the season, but the viewpoint is open all year and we had it to ourselves at ten in the morning.",
    "If you go: trains along the river run every hour, so you can start and stop wherever you like, and most guesthouses will carry your bags to the next one for about 10 euros.",
]
url = "https://theoverlandreview.com/2025/11/rheinsteig-in-november/"
page(
    "theoverlandreview.com.rheinsteig-in-november",
    dict(
        title=t,
        date="2025-11-28",
        language="en",
        url=url,
        people=[],
        countries=["Germany"],
        note="Batch 14 (written before anything ran on it; fictional). Imitates a one-person travel blog: <title> 'Post title ~ The Overland Review' (a tilde separator), og:title the post title, no og:site_name and no JSON-LD; the <h1> is the blog's name in the header, the post title an <h2 class=post-title>; the only date is 'Posted on <time datetime=2025-11-28T07:30:00+01:00>November 28</time>' (no year visible); subheadings as <h3>; a Commento thread (div#commento, .commento-card) of five long comments after the post, longer than it; 'Previous post / Next post' links and a blogroll sidebar (none expected). Rheinsteig, Bingen, Kaub place it in Germany.",
    ),
    P,
    head(f"{t} ~ The Overland Review", "en-GB")
    + f'<meta property="og:title" content="{html.escape(t)}">\n<meta property="og:type" content="article">\n<link rel="canonical" href="{url}">\n'
    + '</head>\n<body class="single">\n<header id="masthead"><h1 class="site-title"><a href="/">The Overland Review</a></h1><p class="site-description">Slow walks and long trains</p>' + nav([("walks", "Walks"), ("trains", "Trains"), ("about", "About")]) + '</header>\n'
    + '<div id="content"><div class="post"><h2 class="post-title">' + h(t) + '</h2><div class="post-meta">Posted on <time datetime="2025-11-28T07:30:00+01:00">November 28</time> by Hannah</div><div class="post-body">'
    + ps([P[0]]) + "".join(f"<h3>{h(P[i])}</h3><p>{h(P[i + 1])}</p>" for i in (1, 3, 5)) + ps([P[7]])
    + '</div><div class="post-footer">Filed under <a href="/walks/">Walks</a>, <a href="/germany/">Germany</a></div></div>'
    + '<div class="post-nav"><a href="/2025/10/cinque-terre-off-season/">&laquo; Cinque Terre off season</a> <a href="/2025/12/sleeper-to-vienna/">The sleeper to Vienna &raquo;</a></div>'
    + '<div id="commento"><div class="commento-main-area"><div class="commento-login">Login to comment</div><div class="commento-comments">'
    + "".join(f'<div class="commento-card"><div class="commento-header"><div class="commento-name">{h(n)}</div><div class="commento-timeago">{h(w)}</div></div><div class="commento-body"><p>{h(c)}</p></div><div class="commento-options"><button>Reply</button></div></div>' for n, w, c in [
        ("Markus Feldhaus", "6 days ago", "Lovely write-up. We did the same stretch two years ago in late October and had rain every single day, so you were lucky with the weather. One tip for anyone going: the guesthouse in Kaub right by the ferry does a very good Flammkuchen and stays open later than the others in town, which matters after the long second day."),
        ("Jo Pettigrew", "5 days ago", "How muddy was the path between Assmannshausen and Kaub? I am thinking of going in early December with my teenage son and wondering whether trail shoes are enough or whether we really need proper boots for the descents into the side valleys. Any advice welcome, and thanks for the post."),
        ("Hannah (author)", "5 days ago", "Hi Jo, boots! The descents into the side valleys were slippery on leaves even on dry days, and one of them has a chain to hold on to. Trail shoes would be fine for the first and third days, but not the second. Have a wonderful time."),
        ("Ruth Anand", "3 days ago", "This is exactly the kind of post I come here for. We keep putting off the Rhine because we assume it is all coach tours and river cruises, but the idea of having the viewpoints to yourself in November is very appealing. Did you book the guesthouses in advance or just turn up?"),
        ("Hannah (author)", "2 days ago", "Ruth, we booked the first night and rang ahead the other two from the trail. In November half of them are closed, so ringing ahead is wise even if you do not book weeks before."),
    ])
    + '</div></div></div></div>'
    + '<aside id="sidebar"><h4>Blogroll</h4><ul><li><a href="#">Walk the Alps</a></li><li><a href="#">Seat 61</a></li><li><a href="#">Rail and Trail</a></li></ul></aside>\n'
    + '<footer><p>&copy; 2025 The Overland Review. Powered by WordPress.</p></footer>\n'
    + end(),
)

# 2. A listicle of products: the <h1> shorter than og:title; "Updated 2 days ago" visible,
# the dates in meta; numbered <h3> items, each with a photo, a verdict, pros and cons lists
# and a buy button with a price; "Why you can trust us", a jump-to list at the top.
t = "The best head torches for winter walking, tested"
t_og = "9 best head torches for winter walking 2025, tested and reviewed"
items = [
    ("1. Lumera Trail 450", "Best overall", "Bright enough for a night descent, light enough to forget about, and its battery lasted 11 hours on the middle setting in our cold-room test.", ["Red light mode that keeps night vision", "USB-C charging"], ["Strap slips on a bare head"], "\u00a349 at Outdoor Kit"),
    ("2. Fenwick Beam 300", "Best budget", "At under \u00a320 it does everything a beginner needs. The beam is narrower than the Lumera's, so you see less of the path's edges.", ["Runs on AAA batteries", "Very cheap"], ["Only two brightness settings"], "\u00a318 at Hillside"),
    ("3. Northcrest Vega RL", "Best for running", "A reactive beam that dims when you look at a map and brightens when you look ahead. Runners will love the balanced weight at the back.", ["Reactive lighting", "Stable when running"], ["Expensive", "Rear pack is bulky under a hood"], "\u00a395 at Run Depot"),
]
intro = [
    "A good head torch turns a winter walk that runs late from a worry into a pleasure. We tested 14 models on the fells of the Lake District over six weeks to find the best.",
]
outro = [
    "How we tested",
    "Each torch was worn on three evening walks of at least two hours and left running on its middle setting in a cold room at 2C until the light dropped below a usable level.",
]
P = list(intro)
for name, tag, verdict, pros, cons, buy in items:
    P += [name, tag, verdict, "Pros:", *pros, "Cons:", *cons]
P += outro
url = "https://www.fellandfield.co.uk/gear/best-head-torches-winter-walking"
body_items = ""
for name, tag, verdict, pros, cons, buy in items:
    body_items += f'<div class="product-card"><h3>{h(name)}</h3><p class="product-tag"><strong>{h(tag)}</strong></p><figure><img src="/img/{name[3:].lower().replace(" ", "-")}.jpg" alt=""><figcaption><span class="credit">Photograph: Fell and Field</span></figcaption></figure><p>{h(verdict)}</p><p>Pros:</p>{lis(pros)}<p>Cons:</p>{lis(cons)}<a class="buy-button" rel="sponsored nofollow" href="https://go.skimresources.example/?id=1">{h(buy)}</a></div>'
page(
    "fellandfield.co.uk.best-head-torches",
    dict(
        title=t,
        titles_also=[t_og],
        date="2025-11-20",
        dates_also=["2025-12-03"],
        language="en",
        url=url,
        people=[],
        countries=["United Kingdom"],
        note="Batch 14 (written before anything ran on it; fictional). Imitates a UK outdoor magazine's buying guide: <title> 'og title | Fell and Field', og:title '9 best head torches for winter walking 2025, tested and reviewed' (longer than the <h1>, titles_also), the <h1> 'The best head torches for winter walking, tested'; 'Updated 2 days ago' visible, article:published_time 2025-11-20 and article:modified_time 2025-12-03 in meta (dates_also); an affiliate disclosure line, a 'Jump to' list of the products and a 'Why you can trust us' box before the text (none expected); each product a div.product-card with an <h3>, a bold tag line, a photo whose caption is only a credit, a verdict, 'Pros:' and 'Cons:' lists (expected), and a 'buy' button with a price (not expected); 'How we tested' at the end (expected); then newsletter and related guides. The Lake District places it in the United Kingdom.",
    ),
    P,
    head(f"{t_og} | Fell and Field", "en-GB")
    + og(t_og, "Fell and Field", url, intro[0])
    + '<meta property="article:published_time" content="2025-11-20T09:00:00+00:00">\n<meta property="article:modified_time" content="2025-12-03T16:20:00+00:00">\n'
    + '</head>\n<body>\n<header><a class="logo" href="/">Fell and Field</a>' + nav([("walks", "Walks"), ("gear", "Gear"), ("skills", "Skills"), ("subscribe", "Subscribe")]) + '</header>\n'
    + '<main><article class="guide"><nav class="breadcrumbs"><a href="/">Home</a> &gt; <a href="/gear/">Gear</a></nav><h1>' + h(t) + '</h1>'
    + '<div class="meta"><span class="author">By Tom Eastwood</span> <span class="updated">Updated 2 days ago</span></div>'
    + '<p class="affiliate-disclosure"><em>We may earn a commission if you buy through links on this page.</em></p>'
    + '<div class="guide-body">' + ps(intro)
    + '<div class="jump-to"><p>Jump to:</p>' + lis([x[0] for x in items]) + '</div>'
    + '<div class="trust-box"><h4>Why you can trust us</h4><p>Our reviewers spend hundreds of hours testing gear in the hills every year.</p></div>'
    + body_items
    + f'<h2>{h(outro[0])}</h2><p>{h(outro[1])}</p></div></article>'
    + '<aside class="newsletter"><h3>Get the Fell and Field newsletter</h3><p>The best routes and gear, every Thursday.</p><input type="email"><button>Sign up</button></aside>'
    + '<section class="related"><h3>More buying guides</h3><ul><li><a href="#">The best walking poles</a></li><li><a href="#">The best waterproof jackets</a></li><li><a href="#">The best flasks</a></li></ul></section></main>\n'
    + '<footer><p>&copy; 2025 Fell and Field Media Ltd</p></footer>\n'
    + end(),
)

# 3. A photo gallery: "In pictures" headline; a standfirst; each photo a <figure> whose
# caption holds the text, a "3 of 7" counter and a "Photograph: X/Agency" credit in their
# own spans; the date "Fri 5 Dec 2025 14.20 GMT" (Guardian-style, a dot in the clock).
t = "In pictures: the winter lantern festival lights up the Old Town"
caps = [
    "More than two hundred paper lanterns line the bridge over the river on the festival's opening night.",
    "A volunteer adjusts a dragon lantern 12 metres long, made by pupils of three primary schools over six weeks.",
    "Visitors crowd the market square, where a choir of 80 sang carols from a stage built on the old tram stop.",
    "The festival's organiser, Lena Marsh, lights the last lantern at the cathedral steps.",
    "Children follow a parade of illuminated swans along the quay.",
    "The festival runs until 21 December, and entry is free every evening from 5pm.",
]
stand = "Thousands of people came out on Thursday evening for the opening of York's winter lantern festival, now in its tenth year."
P = [stand] + caps
url = "https://www.northernlens.co.uk/news/gallery/2025/dec/05/winter-lantern-festival-york"
figs = "".join(f'<figure class="gallery-item"><img src="/img/lantern-{i + 1}.jpg" alt=""><figcaption><span class="counter">{i + 1} of {len(caps)}</span><span class="caption-text">{h(c)}</span><span class="credit">Photograph: {["Mia Kowalski", "Ian Forbes/PA", "Mia Kowalski", "Ian Forbes/PA", "Sam Ode/Getty Images", "Mia Kowalski"][i]}</span></figcaption></figure>' for i, c in enumerate(caps))
page(
    "northernlens.co.uk.winter-lantern-festival",
    dict(
        title=t,
        date="2025-12-05",
        language="en",
        url=url,
        people=["Lena Marsh"],
        countries=["United Kingdom"],
        note="Batch 14 (written before anything ran on it; fictional). Imitates a newspaper photo gallery (Guardian-like): <title> 'headline | Northern Lens'; the standfirst in div.standfirst (expected); 'Fri 5 Dec 2025 14.20 GMT' visible and article:published_time; six <figure>s each with a counter '1 of 6', the caption and a 'Photograph: X/Agency' credit in their own spans (captions expected, counters and credits not); share buttons, 'Most viewed' list and 'More galleries' after. York places it in the United Kingdom.",
    ),
    P,
    head(f"{t} | Northern Lens", "en-GB")
    + og(t, "Northern Lens", url, stand)
    + '<meta property="article:published_time" content="2025-12-05T14:20:00Z">\n'
    + '</head>\n<body>\n<header><a class="logo" href="/">Northern Lens</a>' + nav([("news", "News"), ("sport", "Sport"), ("culture", "Culture"), ("gallery", "Galleries")]) + '</header>\n'
    + '<main><article class="gallery"><div class="series-label"><a href="/news/gallery">Galleries</a></div><h1>' + h(t) + '</h1><div class="standfirst"><p>' + h(stand) + '</p></div>'
    + '<div class="meta"><time datetime="2025-12-05T14:20:00Z">Fri 5 Dec 2025 14.20 GMT</time></div>'
    + '<div class="share-row"><a href="#">Facebook</a><a href="#">X</a><a href="#">Email</a></div>'
    + '<div class="gallery-body">' + figs + '</div></article>'
    + '<section class="most-viewed"><h2>Most viewed</h2><ol><li><a href="#">Council to cut bin collections to every three weeks</a></li><li><a href="#">Storm Bram: rail lines closed across the north</a></li></ol></section>'
    + '<section class="more-galleries"><h2>More galleries</h2><ul><li><a href="#">The week in wildlife</a></li><li><a href="#">Autumn in the Dales</a></li></ul></section></main>\n'
    + '<footer><p>&copy; 2025 Northern Lens Media</p></footer>\n'
    + end(),
)

# 4. A metered US paper: the date only in a <time> in the byline ("Dec. 4, 2025 5:30 a.m.
# ET"); no meta date, no JSON-LD; three paragraphs, then the gate.
t = "County jail to end cash bail for most misdemeanors starting in March"
P = [
    "Judges in Larimer Valley County will no longer set cash bail for most misdemeanor charges starting March 1, under an order signed Wednesday by Chief Judge Patricia Okafor.",
    "The order applies to nonviolent misdemeanors and petty offenses. People arrested on those charges will be released with a court date unless a judge finds they pose a danger to a specific person.",
    "About 140 people a month are booked into the county jail on such charges, according to the sheriff's office, and roughly a third stay more than two nights because they cannot pay bail of $500 or less.",
]
url = "https://www.frontrangeledger.com/2025/12/04/larimer-valley-cash-bail-misdemeanors/"
page(
    "frontrangeledger.com.cash-bail-misdemeanors",
    dict(
        title=t,
        date="2025-12-04",
        language="en",
        url=url,
        people=["Patricia Okafor"],
        countries=[],
        note="Batch 14 (written before anything ran on it; fictional). Imitates a metered US daily: <title> 'headline \u2013 Front Range Ledger' (an en dash), og:title the headline; no meta date, no JSON-LD; the byline 'By Cole Hendricks | chendricks@frontrangeledger.com | Front Range Ledger' and '<time datetime=2025-12-04T05:30:00-07:00>Dec. 4, 2025 5:30 a.m. MT</time>'; three paragraphs (expected), then a paywall gate ('You've reached your limit of free articles', 'Subscribe for $1 a week', 'Already a subscriber? Log in') and 'Trending now' (none expected). The URL has the date too. No country: the county is fictional and the text names no place that implies one.",
    ),
    P,
    head(f"{t} \u2013 Front Range Ledger", "en-US")
    + f'<meta property="og:title" content="{html.escape(t)}">\n<meta property="og:site_name" content="Front Range Ledger">\n<link rel="canonical" href="{url}">\n'
    + '</head>\n<body>\n<header><a class="logo" href="/">Front Range Ledger</a>' + nav([("news", "News"), ("crime", "Crime &amp; Courts"), ("opinion", "Opinion"), ("subscribe", "Subscribe")]) + '</header>\n'
    + '<main><article><div class="kicker"><a href="/news/crime-courts/">Crime &amp; Courts</a></div><h1 class="entry-title">' + h(t) + '</h1>'
    + '<div class="byline">By <a href="/author/cole-hendricks/">Cole Hendricks</a> | <a href="mailto:chendricks@frontrangeledger.com">chendricks@frontrangeledger.com</a> | Front Range Ledger</div><div class="dateline"><time datetime="2025-12-04T05:30:00-07:00">Dec. 4, 2025 5:30 a.m. MT</time></div>'
    + '<div class="entry-content">' + ps(P) + '</div>'
    + '<div class="paywall-gate"><h3>You\u2019ve reached your limit of free articles</h3><p>Subscribe for $1 a week to keep reading local news that matters.</p><a href="/subscribe" class="btn">Subscribe now</a><p>Already a subscriber? <a href="/login">Log in</a></p></div></article>'
    + '<aside class="trending"><h3>Trending now</h3><ol><li><a href="#">Snowplow drivers threaten strike</a></li><li><a href="#">New brewery opens in old fire station</a></li></ol></aside></main>\n'
    + '<footer><p>Copyright &copy; 2025 Front Range Ledger</p></footer>\n'
    + end(),
)

# 5. An AMP page: <html amp>, amp-img with captions, amp-ad slots labelled "Advertisement",
# amp-social-share, an amp-sidebar menu, an amp-carousel of related stories.
t = "Harbor seal pup found on Route 1 returned to the ocean after two weeks of care"
P = [
    "A harbor seal pup found lying on the shoulder of Route 1 near Gloucester two weeks ago was released back into the ocean on Tuesday, after gaining nearly eight pounds at a rescue center in Ipswich.",
    "A driver spotted the pup before dawn on Nov. 18 and called police, who kept traffic away until staff from the North Shore Marine Rescue arrived.",
    "The pup, nicknamed Clam by the staff, was dehydrated and underweight when it arrived, said the center's director, Dr. Evelyn Tran.",
    "\u201cWe think he followed the tide up the marsh and got confused by the road lights,\u201d Tran said. \u201cHe was lucky someone stopped.\u201d",
    "Staff and volunteers release the pup at Good Harbor Beach on Tuesday.",
    "Clam was released at Good Harbor Beach with a small tag glued to his fur that will fall off when he molts.",
]
url = "https://www.capeannsignal.com/news/2025/12/02/seal-pup-route-1-released/"
page(
    "capeannsignal.com.amp.seal-pup-released",
    dict(
        title=t,
        date="2025-12-02",
        language="en",
        url=url,
        people=["Evelyn Tran"],
        countries=["United States"],
        note="Batch 14 (written before anything ran on it; fictional). Imitates a newspaper's AMP page: <html amp lang=en>, the AMP boilerplate style, <title> 'headline | Cape Ann Signal', a canonical link to the non-AMP URL; JSON-LD NewsArticle with datePublished 2025-12-02; an amp-sidebar menu, the <h1>, 'Posted Dec. 2, 2025' and share buttons (amp-social-share); paragraphs with two amp-ad slots labelled 'Advertisement' between them; an <amp-img> photo with a figcaption (caption expected, the 'Photo courtesy of North Shore Marine Rescue' credit not); 'Read more' amp-carousel of three stories and the footer (none expected). Gloucester and Route 1 place it in the United States (Massachusetts).",
    ),
    P,
    '<!doctype html>\n<html amp lang="en">\n<head>\n<meta charset="utf-8">\n<script async src="https://cdn.ampproject.org/v0.js"></script>\n<title>' + h(t) + ' | Cape Ann Signal</title>\n<link rel="canonical" href="' + url + '">\n<meta name="viewport" content="width=device-width">\n<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}</style>\n'
    + art(url, t, "2025-12-02T11:05:00-05:00", "Cape Ann Signal", author="Beth Morales")
    + '</head>\n<body>\n<amp-sidebar id="menu" layout="nodisplay" side="left"><ul><li><a href="/news/">News</a></li><li><a href="/sports/">Sports</a></li><li><a href="/obituaries/">Obituaries</a></li></ul></amp-sidebar>'
    + '<header class="amp-header"><button on="tap:menu.toggle">Menu</button><a href="/" class="logo"><amp-img src="/logo.png" width="160" height="30" alt="Cape Ann Signal"></amp-img></a></header>\n'
    + '<article class="amp-article"><h1>' + h(t) + '</h1><div class="amp-byline">By Beth Morales <span class="amp-date">Posted Dec. 2, 2025</span></div>'
    + '<div class="amp-share"><amp-social-share type="facebook"></amp-social-share><amp-social-share type="twitter"></amp-social-share><amp-social-share type="email"></amp-social-share></div>'
    + '<div class="amp-article-body">' + ps(P[:2])
    + '<div class="amp-ad-wrapper"><span class="ad-label">Advertisement</span><amp-ad width="300" height="250" type="doubleclick" data-slot="/1234/capeann/amp"></amp-ad></div>'
    + ps(P[2:4])
    + f'<figure><amp-img src="/img/seal-release.jpg" width="800" height="533" layout="responsive" alt=""></amp-img><figcaption>{h(P[4])} <span class="credit">Photo courtesy of North Shore Marine Rescue</span></figcaption></figure>'
    + ps([P[5]])
    + '<div class="amp-ad-wrapper"><span class="ad-label">Advertisement</span><amp-ad width="300" height="250" type="doubleclick" data-slot="/1234/capeann/amp2"></amp-ad></div>'
    + '</div></article>'
    + '<section class="amp-related"><h2>Read more</h2><amp-carousel height="200" layout="fixed-height" type="carousel"><a href="#">Rockport lobstermen brace for winter quota</a><a href="#">Gloucester schools add late buses</a><a href="#">Fire destroys barn in Essex</a></amp-carousel></section>\n'
    + '<footer class="amp-footer"><a href="' + url + '">View full site</a> <span>&copy; 2025 Cape Ann Signal</span></footer>\n'
    + end(),
)

# 6. A UK local news story whose reader comments (a rendered thread under its own class
# names) are three times the story; "Posted: 14 November 2025"; "Have your say" form.
t = "Plans for 300 homes on Hollins Farm fields thrown out by councillors"
P = [
    "Plans to build 300 homes on farmland at the edge of Bramcote were rejected on Thursday night after more than 900 residents objected.",
    "Councillors on the planning committee voted seven to two against the scheme by Oakridge Homes, saying the village's only primary school and its GP surgery could not cope with the extra families.",
    "Committee chair Cllr Denise Hartley said the decision was not about opposing new homes. \u201cWe need houses, but they have to come with the schools and doctors to serve them, and this plan offered neither,\u201d she said.",
    "Oakridge Homes said it was disappointed and would consider an appeal to the Planning Inspectorate.",
]
url = "https://www.trentsidetelegraph.co.uk/news/local/hollins-farm-homes-rejected-9912044"
thread = [
    ("BramcoteBorn", "14/11/2025 21:02", "About time the council listened. Every winter the lane past Hollins Farm floods and the drains cannot cope with what is there now, let alone another three hundred houses worth of run-off. Anyone who has lived here more than five years knows that field is a lake from November to March."),
    ("Realist2025", "14/11/2025 21:15", "And where exactly are our kids supposed to live? My daughter is 29, works full time as a nurse and still lives in her old bedroom because there is nothing she can afford within twenty miles. Every single scheme gets the same objections and then people wonder why young families leave."),
    ("BramcoteBorn", "14/11/2025 21:31", "Nobody is saying no houses. The plan had no school places, no surgery, no bus. Put them on the brownfield site by the old depot and I will help carry the bricks."),
    ("PeterK", "15/11/2025 07:48", "The committee did its job. The developer offered a playground and some cycle racks and expected that to be enough. If they come back with money for a second form entry at the primary school it will be a different conversation, and I suspect that is exactly what will happen at appeal."),
    ("Sue from Chilwell", "15/11/2025 09:12", "Same thing happened here three years ago. Refused, appealed, approved by the inspector, and the school extension still has not been built. Do not celebrate yet."),
]
page(
    "trentsidetelegraph.co.uk.hollins-farm-homes",
    dict(
        title=t,
        date="2025-11-14",
        language="en",
        url=url,
        people=["Denise Hartley"],
        countries=["United Kingdom"],
        note="Batch 14 (written before anything ran on it; fictional). Imitates a UK regional paper (Reach-like): <title> 'headline - Trentside Telegraph'; 'Posted: 14 November 2025' and meta article:published_time; four paragraphs with an inline 'Read more: ...' link line (not expected); then a rendered reader thread (section.talk-thread, five long comments with names and dates, 'Have your say', 'Load more comments'), three times the story's length (none expected); 'Most read' after. Bramcote, the Planning Inspectorate place it in the United Kingdom.",
    ),
    P,
    head(f"{t} - Trentside Telegraph", "en-GB")
    + og(t, "Trentside Telegraph", url, P[0])
    + '<meta property="article:published_time" content="2025-11-14T22:40:00+00:00">\n'
    + '</head>\n<body>\n<header><a class="logo" href="/">Trentside Telegraph</a>' + nav([("news", "News"), ("sport", "Sport"), ("whats-on", "What\'s On"), ("jobs", "Jobs")]) + '</header>\n'
    + '<main><div class="article-wrapper"><h1>' + h(t) + '</h1><p class="byline">By Priya Nandra, Local Democracy Reporter</p><p class="date">Posted: 14 November 2025</p>'
    + '<div class="article-body">' + ps(P[:2]) + '<p><strong>Read more: <a href="/news/local/bramcote-school-places-9901233">Bramcote primary school to turn away pupils for first time</a></strong></p>' + ps(P[2:]) + '</div></div>'
    + '<div class="have-your-say"><h3>Have your say</h3><p>Comments are moderated and may take a few minutes to appear.</p></div>'
    + comments(thread, "talk-thread")
    + '<aside class="most-read"><h3>Most read</h3><ol><li><a href="#">Bus route 36 to be axed in January</a></li><li><a href="#">Pub named best in the county</a></li></ol></aside></main>\n'
    + '<footer><p>&copy; 2025 Trentside Telegraph</p></footer>\n'
    + end(),
)

# 7. A US school district news page dated only "Posted 11/14/2025" (month first), no meta.
t = "Westbrook High robotics team heads to world championship"
P = [
    "The Westbrook High School robotics team, the Iron Herons, has qualified for the FIRST Tech Challenge World Championship in Houston next April after winning the state title on Saturday.",
    "The team of eleven students built a robot that stacks cones and hangs from a bar in the final seconds of each match. It won five of its six matches in the final round.",
    "\u201cThey rebuilt the arm three times this season, and every time it got better,\u201d said coach Daniel Reyes, who teaches physics at the school.",
    "The team needs to raise about $18,000 for travel. Families can donate through the district's education foundation.",
]
url = "https://www.westbrookschools.org/news/robotics-world-championship"
page(
    "westbrookschools.org.robotics-world-championship",
    dict(
        title=t,
        date="2025-11-14",
        language="en",
        url=url,
        people=["Daniel Reyes"],
        countries=["United States"],
        note="Batch 14 (written before anything ran on it; fictional). Imitates a US school district site (Finalsite-like): <title> 'headline - Westbrook School District' with no og tags; the <h1>; 'Posted 11/14/2025' (month first, the only date; no meta, no JSON-LD); a photo caption 'Photo submitted'; a 'Return to headlines' link, a 'Quick links' sidebar and a footer with the district's address (none expected). Houston places it in the United States.",
    ),
    P,
    head(f"{t} - Westbrook School District", "en")
    + '</head>\n<body>\n<div id="fsHeader"><a href="/" class="fsLogo">Westbrook School District</a>' + nav([("district", "District"), ("schools", "Schools"), ("families", "Families"), ("staff", "Staff")]) + '</div>\n'
    + '<div id="fsPageContent"><div class="fsPostElement"><a href="/news" class="return">Return to headlines</a><h1 class="fsTitle">' + h(t) + '</h1><div class="fsDate">Posted 11/14/2025</div>'
    + '<div class="fsThumbnail"><img src="/uploaded/news/robotics.jpg" alt=""><p class="fsCaption">Photo submitted</p></div>'
    + '<div class="fsBody">' + ps(P) + '</div></div>'
    + '<aside class="quick-links"><h3>Quick links</h3><ul><li><a href="#">Lunch menus</a></li><li><a href="#">Calendar</a></li><li><a href="#">Bus routes</a></li></ul></aside></div>\n'
    + '<footer><p>Westbrook School District, 400 Maple Ave, Westbrook, ME 04092 | Phone: 207-555-0110</p></footer>\n'
    + end(),
)

# 8. Austrian regional broadcaster: "12. Jänner 2026, 09.41 Uhr" (the Austrian month name,
# a dot in the clock), <title> 'headline - kaernten.orf-like host'; no date in metadata.
t = "Lawinenwarnstufe vier in Oberkärnten: Straßen gesperrt"
P = [
    "Nach starken Schneefällen in der Nacht gilt in weiten Teilen Oberkärntens seit Montagfrüh die Lawinenwarnstufe vier von fünf. Mehrere Straßen sind gesperrt.",
    "Betroffen sind unter anderem die Großglockner Hochalpenstraße auf Kärntner Seite, die Straße auf die Turracher Höhe und die Mallnitzer Tauernstraße. In Heiligenblut sind rund 400 Gäste eingeschneit.",
    "„Wir raten dringend davon ab, Skitouren abseits gesicherter Pisten zu unternehmen“, sagte der Leiter des Lawinenwarndienstes, Gernot Wieser.",
    "Für Dienstag wird weiterer Neuschnee erwartet. Die Landesstraßenverwaltung hat zusätzliche Räumfahrzeuge angefordert.",
]
url = "https://alpenfunk.at/kaernten/stories/3301945/"
page(
    "alpenfunk.at.lawinenwarnstufe-oberkaernten",
    dict(
        title=t,
        date="2026-01-12",
        language="de",
        url=url,
        people=["Gernot Wieser"],
        countries=["Austria"],
        note="Batch 14 (written before anything ran on it; fictional). Imitates an Austrian regional broadcaster's news page (ORF-like): <title> 'headline - kaernten.alpenfunk.at', og:site_name 'kaernten.alpenfunk.at'; the only date '12. Jänner 2026, 09.41 Uhr' (the Austrian name of January, a dot in the clock) under the text in div.story-meta; no meta date, no JSON-LD; a 'Link:' box with an external link and 'Publiziert am 12.01.2026' in the footer of the story (same date); 'Mehr aus Kärnten' list after (not expected). Oberkärnten, Heiligenblut place it in Austria.",
    ),
    P,
    head(f"{t} - kaernten.alpenfunk.at", "de-AT")
    + og(t, "kaernten.alpenfunk.at", url, P[0])
    + '</head>\n<body>\n<header><a href="/" class="logo">alpenfunk</a>' + nav([("kaernten", "Kärnten"), ("tirol", "Tirol"), ("salzburg", "Salzburg"), ("wetter", "Wetter")]) + '</header>\n'
    + '<main><div class="story"><div class="story-lead"><h1>' + h(t) + '</h1></div><div class="story-content">' + ps(P) + '</div>'
    + '<div class="story-links"><p>Link:</p><ul><li><a href="https://lawinenwarndienst.example.at/">Lawinenwarndienst Kärnten</a></li></ul></div>'
    + '<div class="story-meta"><p class="byline">red, kaernten.alpenfunk.at</p><p>12. Jänner 2026, 09.41 Uhr</p></div></div>'
    + '<section class="more"><h2>Mehr aus Kärnten</h2><ul><li><a href="#">Klagenfurt: Neue Buslinie ab Februar</a></li><li><a href="#">Villach: Fasching abgesagt</a></li></ul></section></main>\n'
    + '<footer><p>Publiziert am 12.01.2026</p></footer>\n'
    + end(),
)

# 9. Swiss regional paper: the <h1> holds a kicker span before the headline; "Publiziert:
# 05.12.2025, 10:15 Uhr" and "Aktualisiert: vor 2 Stunden"; <title> 'headline | Site'.
t = "Zentralbahn kauft zwölf neue Züge für die Brünigstrecke"
kick = "Verkehr"
P = [
    "Die Zentralbahn ersetzt ihre ältesten Triebzüge auf der Strecke zwischen Luzern und Interlaken. Der Verwaltungsrat hat den Kauf von zwölf neuen Zügen für 280 Millionen Franken beschlossen.",
    "Die neuen Fahrzeuge sollen ab 2029 verkehren und bieten rund ein Drittel mehr Sitzplätze. Sie sind für die Zahnradabschnitte am Brünigpass ausgelegt.",
    "«Zur Hauptreisezeit stehen unsere Fahrgäste heute oft zwischen Luzern und Giswil», sagte Direktorin Sabine Ammann vor den Medien in Stansstad.",
    "Der Entscheid fiel zugunsten eines Schweizer Herstellers. Ein unterlegener Anbieter kann den Zuschlag noch anfechten.",
]
url = "https://www.luzerner-landbote.ch/zentralschweiz/zentralbahn-kauft-zwoelf-neue-zuege-ld.2814"
page(
    "luzerner-landbote.ch.zentralbahn-neue-zuege",
    dict(
        title=t,
        date="2025-12-05",
        language="de",
        url=url,
        people=["Sabine Ammann"],
        countries=["Switzerland"],
        note="Batch 14 (written before anything ran on it; fictional). Imitates a Swiss regional daily (CH Media-like): <title> 'headline | Luzerner Landbote', og:title the headline; the <h1> holds <span class=kicker>Verkehr</span> then <span class=title>headline</span> (the kicker is a label, not part of the headline); the lead in p.lead (expected); 'Publiziert: 05.12.2025, 10:15 Uhr' and 'Aktualisiert: vor 2 Stunden' visible, article:published_time too; guillemet quotes; 'Mehr zum Thema' teasers and a comment prompt ('Kommentare (12)') after (not expected). Luzern, Interlaken place it in Switzerland.",
    ),
    P,
    head(f"{t} | Luzerner Landbote", "de-CH")
    + og(t, "Luzerner Landbote", url, P[0])
    + '<meta property="article:published_time" content="2025-12-05T10:15:00+01:00">\n'
    + '</head>\n<body>\n<header><a href="/" class="logo">Luzerner Landbote</a>' + nav([("zentralschweiz", "Zentralschweiz"), ("schweiz", "Schweiz"), ("sport", "Sport"), ("abo", "Abo")]) + '</header>\n'
    + '<main><article><header class="article-header"><h1><span class="kicker">' + kick + '</span> <span class="title">' + h(t) + '</span></h1>'
    + '<p class="lead">' + h(P[0]) + '</p><div class="meta"><span class="author">Martin Zgraggen</span> <span>Publiziert: 05.12.2025, 10:15 Uhr</span> <span>Aktualisiert: vor 2 Stunden</span></div></header>'
    + '<div class="article-body">' + ps(P[1:]) + '</div></article>'
    + '<section class="more"><h2>Mehr zum Thema</h2><ul><li><a href="#">Brünig: Streckensperrung im März</a></li><li><a href="#">Luzern: Neuer Tiefbahnhof verzögert sich</a></li></ul></section>'
    + '<div class="comments-teaser"><a href="#">Kommentare (12)</a></div></main>\n'
    + '<footer><p>&copy; Luzerner Landbote 2025</p></footer>\n'
    + end(),
)

# 10. A French national daily (Le Monde-like): "Publié le 05 décembre 2025 à 10h15, modifié
# le 06 décembre 2025 à 08h02", "Lecture 3 min.", "Article réservé aux abonnés",
# "Lire aussi | …" inside the text; only visible dates.
t = "À Marseille, la deuxième ligne de tramway entre en service avec trois ans de retard"
P = [
    "Attendue depuis 2022, la ligne T4 relie désormais la gare Saint-Charles aux quartiers nord en vingt-cinq minutes. Elle transportera 40 000 voyageurs par jour, selon la métropole.",
    "Le chantier a été retardé par la découverte de vestiges antiques sous la rue de la République, puis par des recours d'habitants contre l'abattage de platanes.",
    "« Ce tramway change la vie de quartiers qui n'avaient qu'un bus toutes les vingt minutes », a déclaré la présidente de la métropole, Agnès Ferrandi, lors de l'inauguration samedi.",
    "Le coût final atteint 410 millions d'euros, soit 90 millions de plus que prévu. La métropole assure que l'État en financera un quart.",
]
url = "https://www.lequotidien-national.fr/societe/article/2025/12/05/a-marseille-la-deuxieme-ligne-de-tramway-entre-en-service_6612345_3224.html"
page(
    "lequotidien-national.fr.marseille-tramway-t4",
    dict(
        title=t,
        date="2025-12-05",
        dates_also=["2025-12-06"],
        language="fr",
        url=url,
        people=["Agnès Ferrandi"],
        countries=["France"],
        note="Batch 14 (written before anything ran on it; fictional). Imitates a French national daily (Le Monde-like): <title> the headline alone, og:title the headline, og:site_name 'Le Quotidien national'; the lead in p.article__desc (expected); 'Article réservé aux abonnés' label, 'Le Quotidien national avec AFP', 'Publié le 05 décembre 2025 à 10h15, modifié le 06 décembre 2025 à 08h02' and 'Lecture 3 min.' in the meta (no meta date, no JSON-LD; dates_also the modified day); 'Lire aussi | Marseille : ...' inside the text (not expected); 'Offrir cet article', 'Contribuer' and 'Voir les contributions' after (not expected). Marseille places it in France.",
    ),
    P,
    head(t, "fr")
    + og(t, "Le Quotidien national", url, P[0])
    + '</head>\n<body>\n<header><a href="/" class="logo">Le Quotidien national</a>' + nav([("international", "International"), ("politique", "Politique"), ("societe", "Société"), ("economie", "Économie")]) + '</header>\n'
    + '<main><article class="article"><section class="article__heading"><h1 class="article__title">' + h(t) + '</h1><p class="article__desc">' + h(P[0]) + '</p>'
    + '<p class="article__status">Article réservé aux abonnés</p><div class="meta"><span class="author">Le Quotidien national avec AFP</span><span class="meta__date">Publié le 05 décembre 2025 à 10h15, modifié le 06 décembre 2025 à 08h02</span><span class="meta__reading-time">Lecture 3 min.</span></div></section>'
    + '<section class="article__content">' + ps(P[1:3]) + '<p class="article__paragraph article__paragraph--lf">Lire aussi | <a href="#">Marseille : le chantier du tramway suspendu après une découverte archéologique</a></p>' + ps(P[3:]) + '</section>'
    + '<div class="article__gift"><button>Offrir cet article</button></div><section class="contributions"><a href="#">Contribuer</a> <a href="#">Voir les contributions</a></section></article></main>\n'
    + '<footer><p>© Le Quotidien national 2025</p></footer>\n'
    + end(),
)

# 11. A Spanish digital daily: "05 dic 2025 - 10:15 CET" (abbreviated month), only visible;
# <title> 'headline | Site'; "Te puede interesar" box inside the text.
t = "Valencia aprueba la primera zona de bajas emisiones que multará desde julio"
P = [
    "El pleno del Ayuntamiento de Valencia aprobó este jueves la ordenanza de la zona de bajas emisiones, que empezará a multar a los vehículos más contaminantes a partir del 1 de julio.",
    "La zona abarcará el centro histórico y los barrios de Ruzafa y El Carmen. Los coches sin etiqueta ambiental de la DGT no podrán circular por ella entre las siete de la mañana y las ocho de la tarde.",
    "«Damos seis meses para que nadie se lleve una sorpresa», explicó el concejal de Movilidad, Jorge Sanchis Mira.",
    "Las multas serán de 200 euros. Los vecinos empadronados en la zona tendrán una moratoria de dos años.",
]
url = "https://www.eldiario-levantino.es/valencia/2025/12/05/valencia-zona-bajas-emisiones-multas.html"
page(
    "eldiario-levantino.es.valencia-zona-bajas-emisiones",
    dict(
        title=t,
        date="2025-12-05",
        language="es",
        url=url,
        people=["Jorge Sanchis Mira"],
        countries=["Spain"],
        note="Batch 14 (written before anything ran on it; fictional). Imitates a Spanish digital daily: <title> 'headline | El Diario Levantino', og:title the headline; no standfirst; the only date '05 dic 2025 - 10:15 CET' (abbreviated month) in the byline row with 'Actualizado: 05 dic 2025 - 12:40 CET'; a 'Te puede interesar' box with two headlines between paragraphs and 'Sigue toda la actualidad en nuestro canal de WhatsApp' at the end (none expected). Valencia places it in Spain.",
    ),
    P,
    head(f"{t} | El Diario Levantino", "es")
    + og(t, "El Diario Levantino", url, P[0])
    + '</head>\n<body>\n<header><a href="/" class="logo">El Diario Levantino</a>' + nav([("valencia", "Valencia"), ("alicante", "Alicante"), ("castellon", "Castellón"), ("deportes", "Deportes")]) + '</header>\n'
    + '<main><article><h1>' + h(t) + '</h1><div class="byline"><span class="author">Lucía Ferrer</span><span class="date">05 dic 2025 - 10:15 CET</span><span class="updated">Actualizado: 05 dic 2025 - 12:40 CET</span></div>'
    + '<div class="article-body">' + ps(P[:2]) + '<div class="related-inline"><p class="title">Te puede interesar</p><ul><li><a href="#">Así funcionan las etiquetas de la DGT</a></li><li><a href="#">Madrid amplía su zona de bajas emisiones</a></li></ul></div>' + ps(P[2:])
    + '<p class="whatsapp-cta"><a href="#">Sigue toda la actualidad en nuestro canal de WhatsApp</a></p></div></article></main>\n'
    + '<footer><p>© 2025 El Diario Levantino</p></footer>\n'
    + end(),
)

# 12. A Lebanese daily in Arabic: Levantine month names ("الجمعة 05 كانون الأول 2025"),
# only visible; <title> 'Site - headline' (the site first).
t = "بلدية طرابلس تطلق خطة لإعادة تأهيل الأسواق القديمة"
P = [
    "أطلقت بلدية طرابلس أمس خطة لإعادة تأهيل الأسواق القديمة في المدينة بكلفة تقارب ثمانية ملايين دولار، بتمويل من صندوق عربي للتنمية.",
    "وتشمل الخطة ترميم واجهات المحال في سوق العطارين وسوق الصاغة، وتجديد شبكة الصرف الصحي وإنارة الأزقة.",
    "وقال رئيس البلدية المهندس سمير الحلبي إن الأعمال ستبدأ في آذار المقبل وتستمر سنتين، مؤكداً أن المحال ستبقى مفتوحة خلال الترميم.",
    "ويأمل التجار أن تعيد الخطة الزوار إلى الأسواق التي تراجعت حركتها في السنوات الأخيرة.",
]
url = "https://www.alshamal-news.com.lb/local/2025/12/05/tripoli-old-souks"
page(
    "alshamal-news.com.lb.tripoli-old-souks",
    dict(
        title=t,
        date="2025-12-05",
        language="ar",
        url=url,
        people=["سمير الحلبي"],
        countries=["Lebanon"],
        note="Batch 14 (written before anything ran on it; fictional). Imitates a Lebanese daily: <html lang=ar dir=rtl>; <title> 'الشمال نيوز - headline' (the site first, behind a hyphen), og:title the headline, og:site_name 'الشمال نيوز'; the only date 'الجمعة 05 كانون الأول 2025' (Levantine month names, used in Lebanon, Syria, Jordan and Iraq) under the <h1>; 'اقرأ أيضاً' box and the share row (none expected). Tripoli (طرابلس) with its souks, on a Lebanese paper: Lebanon (the name is also Libya's capital's).",
    ),
    P,
    head(f"الشمال نيوز - {t}", "ar", ' dir="rtl"')
    + og(t, "الشمال نيوز", url, P[0])
    + '</head>\n<body>\n<header><a href="/" class="logo">الشمال نيوز</a>' + nav([("local", "محليات"), ("politics", "سياسة"), ("economy", "اقتصاد"), ("sport", "رياضة")]) + '</header>\n'
    + '<main><article><h1>' + h(t) + '</h1><div class="post-date">الجمعة 05 كانون الأول 2025</div>'
    + '<div class="share"><a href="#">فيسبوك</a> <a href="#">واتساب</a> <a href="#">تويتر</a></div>'
    + '<div class="post-content">' + ps(P[:2]) + '<div class="read-more-box"><span>اقرأ أيضاً</span><a href="#">ترميم قلعة طرابلس يدخل مرحلته الثانية</a></div>' + ps(P[2:]) + '</div></article></main>\n'
    + '<footer><p>جميع الحقوق محفوظة © 2025 الشمال نيوز</p></footer>\n'
    + end(),
)

# 13. An Indonesian portal (detik-like): "Jumat, 05 Des 2025 10:15 WIB" (abbreviated month),
# "ADVERTISEMENT" and "SCROLL TO CONTINUE WITH CONTENT" inside the text, "Baca juga:" links,
# "(abc/xyz)" editor initials at the end; <title> 'headline'.
t = "Jembatan Gantung Baru Hubungkan Dua Desa Terisolir di Lebak"
P = [
    "Jembatan gantung di Lebak",
    "Warga Desa Cibarani dan Desa Sukamaju di Kabupaten Lebak, Banten, kini tidak perlu lagi menyeberangi sungai dengan rakit. Jembatan gantung sepanjang 120 meter diresmikan pada Jumat pagi.",
    "Selama ini anak-anak dari kedua desa harus menyeberangi Sungai Ciujung untuk bersekolah. Saat musim hujan, penyeberangan sering ditutup karena arus terlalu deras.",
    "\"Sekarang anak-anak bisa ke sekolah setiap hari, tidak tergantung cuaca lagi,\" kata Kepala Desa Cibarani, Asep Hidayat.",
    "Jembatan dibangun oleh Kementerian Pekerjaan Umum dengan biaya Rp 4,2 miliar dan dapat dilalui sepeda motor.",
]
url = "https://news.kabarbanten.id/berita/d-7712345/jembatan-gantung-baru-hubungkan-dua-desa-terisolir-di-lebak"
page(
    "kabarbanten.id.jembatan-gantung-lebak",
    dict(
        title=t,
        date="2025-12-05",
        language="id",
        url=url,
        people=["Asep Hidayat"],
        countries=["Indonesia"],
        note="Batch 14 (written before anything ran on it; fictional). Imitates an Indonesian portal (detik-like): <title> the headline alone, og:title the headline; 'Jumat, 05 Des 2025 10:15 WIB' (abbreviated month) the only date, in div.detail__date; the photo caption 'Jembatan gantung di Lebak (Foto: Dok. Pemkab Lebak)' whose credit is bracketed (the caption expected, the credit not); inside the text 'ADVERTISEMENT' and 'SCROLL TO CONTINUE WITH CONTENT' (detik's inline ad), a 'Baca juga: ...' link line, and '(abc/xyz)' editor initials at the end (none expected); 'Berita Terkait' and 'Berita Terpopuler' after. Lebak, Banten place it in Indonesia.",
    ),
    P,
    head(t, "id")
    + og(t, "kabarbanten.id", url, P[1])
    + '</head>\n<body>\n<header><a href="/" class="logo">kabarbanten</a>' + nav([("berita", "Berita"), ("ekonomi", "Ekonomi"), ("olahraga", "Olahraga")]) + '</header>\n'
    + '<main><article class="detail"><h1 class="detail__title">' + h(t) + '</h1><div class="detail__author">Rizky Pratama - kabarbanten</div><div class="detail__date">Jumat, 05 Des 2025 10:15 WIB</div>'
    + '<div class="detail__media"><figure><img src="/foto/jembatan.jpg" alt=""><figcaption>Jembatan gantung di Lebak (Foto: Dok. Pemkab Lebak)</figcaption></figure></div>'
    + '<div class="detail__body-text">' + ps(P[1:2]) + '<div class="parallaxindetail"><p class="para_caption">ADVERTISEMENT</p><p class="para_caption">SCROLL TO CONTINUE WITH CONTENT</p></div>' + ps(P[2:3])
    + '<p>Baca juga: <a href="#">Banjir Rendam Ratusan Rumah di Rangkasbitung</a></p>' + ps(P[3:]) + '<p><strong>(abc/xyz)</strong></p></div></article>'
    + '<section class="terkait"><h3>Berita Terkait</h3><ul><li><a href="#">Jalan Rusak di Lebak Mulai Diperbaiki</a></li></ul></section></main>\n'
    + '<footer><p>Copyright @ 2025 kabarbanten.id</p></footer>\n'
    + end(),
)

# 14. A Japanese news portal (Yahoo-like): <title> 'headline（Provider） - Portal'; the
# headline an <h1>; "12/5(金) 10:15配信" in a <time datetime> (no year visible); the
# provider's name and a "最終更新" line; "【関連記事】" links at the end.
t = "富山の路面電車、新型車両10編成を導入へ　2028年までに"
P = [
    "富山市は5日、市内を走る路面電車に新型の低床車両10編成を導入すると発表した。老朽化した車両を2028年までに順次置き換える。",
    "新型車両は全長約18メートルで、車いすやベビーカーでも段差なく乗り降りできる。冬の積雪に備え、床下に融雪装置を備える。",
    "総事業費は約45億円で、国の補助金を活用する。市交通政策課の中川洋子課長は「観光客の増加にも対応したい」と話した。",
]
url = "https://news.portal-yahoo.example.jp/articles/8f3a2c1d9e0b"
page(
    "news.portal-yahoo.example.jp.toyama-tram",
    dict(
        title=t,
        date="2025-12-05",
        language="ja",
        url=url,
        people=["中川洋子"],
        countries=["Japan"],
        note="Batch 14 (written before anything ran on it; fictional). Imitates a Japanese news portal's syndicated story (Yahoo! News Japan-like): <title> 'headline（北日本テレビ） - ポータルニュース' (the provider in fullwidth brackets, then the portal behind a hyphen), og:title 'headline（北日本テレビ）'; the <h1> the headline; '12/5(金) 10:15配信' in <time datetime=2025-12-05T10:15:00+09:00> (no year visible), the provider's name linked; the text in div.article_body; '最終更新:12/5(金) 11:02' and '【関連記事】' links after, then a comment prompt ('コメント 24件') and ranking (none expected). Toyama places it in Japan.",
    ),
    P,
    head(f"{t}（北日本テレビ） - ポータルニュース", "ja")
    + og(f"{t}（北日本テレビ）", "ポータルニュース", url, P[0])
    + '</head>\n<body>\n<header><a href="/" class="logo">ポータルニュース</a>' + nav([("topics", "トピックス"), ("ranking", "ランキング"), ("weather", "天気")]) + '</header>\n'
    + '<main><article><header><h1>' + h(t) + '</h1><div class="provider"><a href="#">北日本テレビ</a> <time datetime="2025-12-05T10:15:00+09:00">12/5(金) 10:15</time>配信</div></header>'
    + '<div class="article_body">' + ps(P) + '</div>'
    + '<p class="updated">最終更新:12/5(金) 11:02</p><div class="related"><p>【関連記事】</p><ul><li><a href="#">富山駅前に新しい商業施設　来春開業</a></li><li><a href="#">北陸新幹線、大雪で一部運休</a></li></ul></div>'
    + '<a class="comment-link" href="#">コメント 24件</a></article><aside class="ranking"><h2>アクセスランキング</h2><ol><li><a href="#">金沢で初雪</a></li></ol></aside></main>\n'
    + '<footer><p>© LY Corporation</p></footer>\n'
    + end(),
)

# 15. A Polish portal: "Data utworzenia: 5 grudnia 2025, 10:15" and "Data aktualizacji:
# 5 grudnia 2025, 14:02"; <title> 'headline - Site Wiadomości'; "Dalsza część artykułu pod
# materiałem wideo" and "Zobacz także:" inside the text.
t = "Szczecin: nowy most na Odrze otwarty dla pieszych i rowerzystów"
P = [
    "Po dwóch latach budowy otwarto w piątek kładkę pieszo-rowerową łączącą Łasztownię z bulwarami w centrum Szczecina. Ma 230 metrów długości.",
    "Kładka jest zwodzona: jej środkowe przęsło podnosi się kilka razy dziennie, by przepuścić jachty i statki wycieczkowe.",
    "– To brakujące ogniwo między centrum a wyspą, na której powstają nowe mieszkania i biura – powiedziała prezydent miasta Joanna Wiśniewska.",
    "Budowa kosztowała 98 mln zł, z czego połowę pokryły fundusze unijne.",
]
url = "https://wiadomosci.pomorze-zachodnie24.pl/szczecin-nowy-most-na-odrze-otwarty/8h2kd1x"
page(
    "pomorze-zachodnie24.pl.szczecin-kladka-odra",
    dict(
        title=t,
        date="2025-12-05",
        language="pl",
        url=url,
        people=["Joanna Wiśniewska"],
        countries=["Poland"],
        note="Batch 14 (written before anything ran on it; fictional). Imitates a Polish portal (Onet-like): <title> 'headline - Pomorze Zachodnie24 Wiadomości' (the site's name and section after a hyphen), og:site_name 'Pomorze Zachodnie24'; the lead in <p class=hyphenate lead> (expected); 'Data utworzenia: 5 grudnia 2025, 10:15' and 'Data aktualizacji: 5 grudnia 2025, 14:02' the only dates; 'Dalsza część artykułu pod materiałem wideo' before a video player, and 'Zobacz także: ...' inside the text (none expected); 'Źródło: Pomorze Zachodnie24' at the end (not expected). Szczecin, the Oder (Odra) place it in Poland.",
    ),
    P,
    head(f"{t} - Pomorze Zachodnie24 Wiadomości", "pl")
    + og(t, "Pomorze Zachodnie24", url, P[0])
    + '</head>\n<body>\n<header><a href="/" class="logo">Pomorze Zachodnie24</a>' + nav([("kraj", "Kraj"), ("swiat", "Świat"), ("szczecin", "Szczecin"), ("sport", "Sport")]) + '</header>\n'
    + '<main><article><h1 class="mainTitle">' + h(t) + '</h1><div class="articleDetail"><span class="author">Oprac.: Tomasz Nowicki</span><span class="datePublished">Data utworzenia: 5 grudnia 2025, 10:15</span><span class="dateModified">Data aktualizacji: 5 grudnia 2025, 14:02</span></div>'
    + '<p class="hyphenate lead">' + h(P[0]) + '</p><div class="articleBody">' + ps(P[1:2])
    + '<p class="video-info">Dalsza część artykułu pod materiałem wideo</p><div class="video-player"><span>Odtwórz</span></div>'
    + ps(P[2:3]) + '<p>Zobacz także: <a href="#">Szczecin: tramwaj na Warszewo później</a></p>' + ps(P[3:]) + '<p class="source">Źródło: Pomorze Zachodnie24</p></div></article></main>\n'
    + '<footer><p>© 2025 Pomorze Zachodnie24</p></footer>\n'
    + end(),
)

# 16. A German live ticker: entries headed "+++ … +++", each with a clock line "14:32 Uhr";
# a summary box; JSON-LD LiveBlogPosting; "Stand: 05.12.2025, 16:05 Uhr"; <title>
# 'headline | Site'; the headline starts with "Liveticker".
t = "Sturmtief „Xenia“ im Liveticker: Bahn stellt Fernverkehr im Norden ein"
summary = [
    "Die Deutsche Bahn hat den Fernverkehr in Schleswig-Holstein, Hamburg und Niedersachsen bis Samstagmittag eingestellt.",
    "Der Deutsche Wetterdienst warnt vor Orkanböen bis 130 km/h an der Küste.",
]
entries = [
    ("16:05 Uhr", "+++ Hamburger Hafen stoppt Containerumschlag +++", "Wegen der Böen hat der Hafen den Umschlag an allen Terminals unterbrochen. Die Fähren auf der Elbe fahren nicht."),
    ("15:20 Uhr", "+++ Baum stürzt auf Auto in Lübeck +++", "In Lübeck ist ein Baum auf ein fahrendes Auto gestürzt. Der Fahrer blieb nach Angaben der Polizei unverletzt."),
    ("14:32 Uhr", "+++ Bahn stellt Fernverkehr im Norden ein +++", "Die Bahn hat alle Fernzüge nördlich von Hannover gestrichen. Reisende sollen ihre Fahrt verschieben, Tickets bleiben gültig, sagte ein Sprecher."),
]
P = ["Das Wichtigste in Kürze"] + summary
for _, head_, text_ in entries:
    P += [head_, text_]
url = "https://www.nordkurier-online.de/panorama/sturmtief-xenia-liveticker-bahn-fernverkehr-101.html"
page(
    "nordkurier-online.de.sturmtief-xenia-liveticker",
    dict(
        title=t,
        date="2025-12-05",
        language="de",
        url=url,
        people=[],
        countries=["Germany"],
        note="Batch 14 (written before anything ran on it; fictional). Imitates a German live ticker: <title> 'headline | Nordkurier Online'; JSON-LD LiveBlogPosting (datePublished 2025-12-05T09:00+01:00, no articleBody); 'Stand: 05.12.2025, 16:05 Uhr' under the <h1>; a 'Das Wichtigste in Kürze' box (its <h2> and list expected; the <h2> was first left out, corrected after the first score to match how batches 7-11 label a key-points box's heading); entries newest first, each a div.ticker-entry with a clock line '16:05 Uhr' (not expected), an <h3> '+++ … +++' and a paragraph (expected); a 'Weitere Einträge laden' button, 'Mehr zum Thema' (none expected). Schleswig-Holstein, Hamburg place it in Germany.",
    ),
    P,
    head(f"{t} | Nordkurier Online", "de")
    + og(t, "Nordkurier Online", url, summary[0])
    + jsonld({"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": t, "datePublished": "2025-12-05T09:00:00+01:00", "dateModified": "2025-12-05T16:05:00+01:00", "coverageStartTime": "2025-12-05T09:00:00+01:00", "publisher": {"@type": "Organization", "name": "Nordkurier Online"}})
    + '</head>\n<body>\n<header><a href="/" class="logo">Nordkurier Online</a>' + nav([("politik", "Politik"), ("panorama", "Panorama"), ("sport", "Sport"), ("wetter", "Wetter")]) + '</header>\n'
    + '<main><article class="liveticker"><h1>' + h(t) + '</h1><p class="stand">Stand: 05.12.2025, 16:05 Uhr</p>'
    + '<div class="summary-box"><h2>Das Wichtigste in Kürze</h2>' + lis(summary) + '</div>'
    + '<div class="ticker">' + "".join(f'<div class="ticker-entry"><p class="ticker-time">{a}</p><h3>{h(b)}</h3><p>{h(c)}</p></div>' for a, b, c in entries) + '</div>'
    + '<button class="load-more">Weitere Einträge laden</button></article>'
    + '<section class="more"><h2>Mehr zum Thema</h2><ul><li><a href="#">So schützen Sie Ihr Haus vor Sturmschäden</a></li></ul></section></main>\n'
    + '<footer><p>© Nordkurier Online 2025</p></footer>\n'
    + end(),
)

# 17. A US magazine: the <h1> a long headline; og:title cut with "...", JSON-LD headline
# cut at 110 characters without one, <title> cut with "…" before the site; the date
# "Sept. 30, 2025" (AP's four-letter abbreviation) visible, JSON-LD datePublished too.
t = "The quiet collapse of America's small-town hardware stores, and the family in Nebraska trying to keep one open for a fourth generation"
P = [
    "When Ruth Kaminski took over the hardware store on Main Street in Ord, Nebraska, from her father in 1994, there were six independent hardware stores within 40 miles. Today there is hers.",
    "The others closed one by one as big-box stores opened along the highway and online sellers learned to ship a box of screws overnight. Across the country, the number of independent hardware stores has fallen by about a third since 2000, according to an industry group.",
    "Kaminski's son, Eli, came home from Omaha three years ago to learn the business. He has added a website and a key-cutting machine that works from a photo of a key, but most of the store's income still comes from the farmers who need a part today, not tomorrow.",
    "\u201cAmazon can get you anything in two days,\u201d Eli Kaminski said. \u201cA broken baler in August cannot wait two days.\u201d",
]
url = "https://www.heartlandmonthly.com/features/small-town-hardware-stores-nebraska-kaminski"
og_cut = t[:90].rsplit(" ", 1)[0] + "..."
ld_cut = t[:110]
page(
    "heartlandmonthly.com.small-town-hardware-stores",
    dict(
        title=t,
        date="2025-09-30",
        language="en",
        url=url,
        people=["Ruth Kaminski", "Eli Kaminski"],
        countries=["United States"],
        note="Batch 14 (written before anything ran on it; fictional). Imitates a US magazine feature: the <h1> a 134-character headline; og:title cut at a word with '...', JSON-LD headline cut at 110 characters mid-word without an ellipsis, <title> the og:title's cut '… | Heartland Monthly'; 'Sept. 30, 2025' visible (AP's four-letter abbreviation) and JSON-LD datePublished; a pull quote repeating a quoted sentence in an <aside class=pullquote> (not expected); 'Read More' teasers after. Nebraska places it in the United States.",
    ),
    P,
    head(f"{og_cut[:-3]}\u2026 | Heartland Monthly", "en-US")
    + og(og_cut, "Heartland Monthly", url, P[0])
    + art(url, ld_cut, "2025-09-30T06:00:00-05:00", "Heartland Monthly", author="Carla Nguyen")
    + '</head>\n<body>\n<header><a href="/" class="logo">Heartland Monthly</a>' + nav([("features", "Features"), ("food", "Food"), ("travel", "Travel"), ("subscribe", "Subscribe")]) + '</header>\n'
    + '<main><article><p class="rubric"><a href="/features/">Features</a></p><h1>' + h(t) + '</h1><div class="byline">By Carla Nguyen <span class="sep">|</span> <span class="date">Sept. 30, 2025</span></div>'
    + '<div class="body">' + ps(P[:2]) + '<aside class="pullquote"><p>\u201cA broken baler in August cannot wait two days.\u201d</p></aside>' + ps(P[2:]) + '</div></article>'
    + '<section class="read-more"><h2>Read More</h2><ul><li><a href="#">The last drive-in theater in Kansas</a></li><li><a href="#">Inside a grain elevator at harvest</a></li></ul></section></main>\n'
    + '<footer><p>&copy; 2025 Heartland Monthly</p></footer>\n'
    + end(),
)

# 18. A sports club's news page: the <h1> the club's name in the header, the headline an
# <h2>; <title> 'Club » News » headline' (breadcrumbs, the site first, behind "»").
t = "Harriers complete double over Eastfield in Boxing Day derby"
P = [
    "Harriers made it two wins from two against Eastfield this season with a 3-1 victory in front of 2,314 supporters at Millbrook Park.",
    "Jordan Okafor opened the scoring after eleven minutes, heading in Sam Pryce's corner at the near post. Eastfield levelled before half-time through a penalty.",
    "Two goals in six minutes after the break settled it: Pryce curled in a free kick and substitute Aaron Bell finished a counter-attack.",
    "Manager Kevin Doyle said: \u201cThe lads showed real character after the penalty. That second-half performance is what we have been working towards.\u201d",
    "Harriers travel to Castleford on New Year's Day.",
]
url = "https://www.millbrookharriersfc.co.uk/news/harriers-complete-double-over-eastfield"
page(
    "millbrookharriersfc.co.uk.boxing-day-derby",
    dict(
        title=t,
        date="2025-12-26",
        language="en",
        url=url,
        people=["Jordan Okafor", "Sam Pryce", "Aaron Bell", "Kevin Doyle"],
        countries=["United Kingdom"],
        note="Batch 14 (written before anything ran on it; fictional). Imitates a non-league football club's site: <title> 'Millbrook Harriers FC » News » headline' (breadcrumbs, the site first, behind '»'), no og tags; the <h1> the club's name in the header, the headline an <h2 class=news-title>; '26th December 2025' (an ordinal day) under it, the only date; a 'Match sponsor' box and 'Next fixture' widget, the club shop promo and the league table sidebar (none expected). Castleford places it in the United Kingdom.",
    ),
    P,
    head(f"Millbrook Harriers FC \u00bb News \u00bb {t}", "en-GB")
    + f'<link rel="canonical" href="{url}">\n'
    + '</head>\n<body>\n<header><h1 class="club-name"><a href="/">Millbrook Harriers FC</a></h1>' + nav([("news", "News"), ("fixtures", "Fixtures"), ("tickets", "Tickets"), ("shop", "Shop")]) + '</header>\n'
    + '<div class="container"><main><h2 class="news-title">' + h(t) + '</h2><p class="news-date">26th December 2025</p>'
    + '<div class="news-content">' + ps(P) + '</div><div class="sponsor-box"><p>Match sponsor: Millbrook Motors</p></div></main>'
    + '<aside class="sidebar"><div class="next-fixture"><h3>Next fixture</h3><p>Castleford Town v Harriers, Thu 1 Jan, 3pm</p></div><div class="table"><h3>League table</h3><table><tr><td>1</td><td>Harriers</td><td>44</td></tr><tr><td>2</td><td>Eastfield</td><td>41</td></tr></table></div><div class="shop"><a href="/shop">New home shirt now in stock</a></div></aside></div>\n'
    + '<footer><p>&copy; 2025 Millbrook Harriers FC. Website by ClubSites.</p></footer>\n'
    + end(),
)


if __name__ == "__main__":
    write(PAGES)
