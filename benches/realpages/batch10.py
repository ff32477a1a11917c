#!/usr/bin/env python3
"""Writes batch 10 of the written pages (issue #15, extraction round 10) into `extra/`.

Each page is its HTML, its expected text and its labels, written together before anything
ran on them; events and people are fictional. Batch 10 aims at markup no earlier batch
imitated: site builders (Squarespace's blocks, Wix's hashed classes, a Tumblr theme whose
`<h1>` and `og:title` are the blog's name), an AMP story with amp-carousel and a relative
"3 hours ago" beside a machine `<time>`, a client-rendered page whose story is only inside
`<noscript>`, a story whose last paragraphs wait in a `<template>`, paragraphs as `<div>`s
without `<p>`, text runs split by `<br><br>` inside one container, hashed styled-component
classes, national dailies' own furniture (El País, Globo's G1, Repubblica, NOS, Onet,
Dagens Nyheter, Yle, Hürriyet, Detik), and pages in legacy charsets declared in `<meta>`
(a Bitrix site in windows-1251, a Yahoo!ニュース-style syndication in Shift_JIS, a Sina-style
page in GBK, a Korean regional paper in EUC-KR). Several authors in one byline; dates
written only relatively on the page ("vor 3 Stunden", "Vandaag", "3 hours ago") beside a
machine-readable one.
Run from anywhere: `python3 benches/realpages/batch10.py`.
"""
import html
import os

from batch_kit import end, h, head, jsonld, lis, nav, og, OUT, page, PAGES, ps, write

# Pages written in a legacy charset (the HTML file is encoded with it; the expected text
# and labels stay UTF-8).
CHARSETS = {}


# 1. Squarespace 7.1 blog post: every paragraph group in its own sqs-block html-block, an
# image block with a caption between them, a quote block; "Newer Post / Older Post"
# pagination, a "Share" row, a newsletter block in the footer; <title> "headline — Site".
t = "What we learned from a year of growing rice in Vermont"
P = [
    "When we flooded our first paddy in May last year, most of our neighbours assumed we had lost our minds. Rice in Vermont? The growing season is barely long enough for sweet corn.",
    "But a handful of farms in the Champlain Valley have been growing cold-tolerant Japanese varieties for more than a decade, and we wanted to see whether a small diversified farm like ours could make it pay.",
    "The short answer is: almost. We harvested 1,180 pounds of rough rice from a quarter-acre, which milled down to about 820 pounds of brown rice. At the price our farmers' market customers were willing to pay, that covered the seed, the pump, the liner and about half of our labour.",
    "The paddy in late July, three weeks before the heads emerged.",
    "What worked",
    "Transplanting seedlings rather than direct seeding made all the difference. We started the seed in trays in the greenhouse in mid-April and set the plants out by hand in the last week of May, when the water had warmed to 15 degrees.",
    "Keeping the paddy flooded also kept the weeds down far better than we expected. We weeded twice in June and never again.",
    "\u201cThe water does the work that a cultivator does on dry land,\u201d our mentor Linh Takahashi told us on her first visit. She was right.",
    "What we would change",
    "We underestimated the birds. Red-winged blackbirds took perhaps a fifth of the crop in the two weeks before harvest, and the netting we put up came too late. This year the nets go on as soon as the grain starts to fill.",
    "We will also buy a second-hand dehuller together with two other farms. Sending our rice two hours away to be milled cost us almost as much as the liner.",
]
url = "https://www.hollowbrookfarmvt.com/journal/a-year-of-growing-rice"
page(
    "hollowbrookfarmvt.com.year-of-rice",
    dict(
        title=t,
        date="2025-02-18",
        language="en",
        url=url,
        people=["Linh Takahashi"],
        countries=["United States"],
        note="Batch 10 (written before anything ran on it; fictional). Imitates a Squarespace 7.1 blog post: <title> 'headline \u2014 Hollow Brook Farm', og:title the same with the site; the body is a fluid-engine grid of sqs-block html-block divs (each holding one to three <p>), an image block whose caption is a <p> in .image-caption (expected), a quote block (the quote is in the text once, expected), subheadings as <h3> inside html blocks; a byline 'Written by Ada Morrow and Ben Ruiz' (two authors), a 'Share' row, 'Newer Post / Older Post' pagination with the neighbouring titles, and a newsletter block in the footer (none expected). Date: <time class=dt-published datetime=2025-02-18> shown as 'Feb 18'.",
    ),
    P,
    head(f"{t} \u2014 Hollow Brook Farm", "en")
    + og(f"{t} \u2014 Hollow Brook Farm", "Hollow Brook Farm", url, P[0])
    + '<meta itemprop="datePublished" content="2025-02-18T09:30:00-0500">\n'
    + '</head>\n<body id="item-65d1" class="tweak-blog-alternating-side-by-side-width-full header-width-full collection-type-blog-alternating-side-by-side view-item">\n'
    + '<header id="header" class="header theme-col--primary"><div class="header-title"><a href="/" class="header-title-text">Hollow Brook Farm</a></div><nav class="header-nav"><div class="header-nav-item"><a href="/csa">CSA</a></div><div class="header-nav-item"><a href="/farm-stand">Farm Stand</a></div><div class="header-nav-item header-nav-item--active"><a href="/journal">Journal</a></div><div class="header-nav-item"><a href="/contact">Contact</a></div></nav></header>\n'
    + '<main id="page" class="container" role="main"><article class="sections" id="sections"><section class="page-section"><div class="content-wrapper"><div class="content"><div class="blog-item-wrapper"><article class="entry h-entry post-type-text"><div class="blog-item-top-wrapper"><div class="blog-item-meta-wrapper"><time class="dt-published blog-meta-item blog-meta-item--date" datetime="2025-02-18">Feb 18</time></div>'
    + '<h1 data-content-field="title" class="entry-title">' + h(t) + '</h1>'
    + '<div class="blog-item-author-profile-wrapper"><span class="blog-author-name">Written by Ada Morrow and Ben Ruiz</span></div></div>'
    + '<div class="blog-item-content-wrapper"><div class="blog-item-content e-content" data-content-field="main-content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="item"><div class="row sqs-row"><div class="col sqs-col-12 span-12">'
    + '<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">' + ps(P[:2]) + '</div></div></div>'
    + '<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">' + ps(P[2:3]) + '</div></div></div>'
    + '<div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content"><figure class="sqs-block-image-figure intrinsic"><div class="image-block-wrapper"><img data-src="https://images.squarespace-cdn.com/content/v1/5f2a/paddy-july.jpg" data-image-dimensions="2500x1667" alt=""></div><figcaption class="image-caption-wrapper"><div class="image-caption"><p>' + h(P[3]) + '</p></div></figcaption></figure></div></div>'
    + '<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content"><h3>' + h(P[4]) + '</h3>' + ps(P[5:7]) + '</div></div></div>'
    + '<div class="sqs-block quote-block sqs-block-quote" data-block-type="31"><div class="sqs-block-content"><figure><blockquote data-animation-role="quote"><span>\u201c</span>The water does the work that a cultivator does on dry land,<span>\u201d</span> our mentor Linh Takahashi told us on her first visit. She was right.</blockquote></figure></div></div>'
    + '<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content"><h3>' + h(P[8]) + '</h3>' + ps(P[9:]) + '</div></div></div>'
    + '</div></div></div></div></div>'
    + '<div class="blog-item-bottom-wrapper"><div class="blog-meta-section"><span class="blog-categories-list"><a href="/journal?category=Field+Notes" class="blog-categories">Field Notes</a></span></div><div class="blog-item-share"><span class="squarespace-social-buttons">Share</span><a href="https://www.facebook.com/sharer/sharer.php?u=' + url + '">Facebook</a> <a href="https://twitter.com/intent/tweet?url=' + url + '">Twitter</a> <a href="mailto:?subject=' + html.escape(t) + '">Email</a></div></div>'
    + '<section class="item-pagination item-pagination--prev-next" data-collection-type="blog-alternating-side-by-side"><a class="item-pagination-link item-pagination-link--prev" href="/journal/winter-csa-shares"><div class="item-pagination-prev-next">Newer Post</div><h2 class="item-pagination-title">Winter CSA shares are open</h2></a><a class="item-pagination-link item-pagination-link--next" href="/journal/building-a-paddy-liner"><div class="item-pagination-prev-next">Older Post</div><h2 class="item-pagination-title">How we built a paddy with a pond liner and a borrowed excavator</h2></a></section>'
    + '</article></div></div></div></section></article></main>\n'
    + '<footer class="sections" id="footer-sections"><section class="page-section"><div class="sqs-block newsletter-block"><h2>Get our farm letter</h2><p>A short note every other week about what is growing, what is for sale and when the farm stand is open.</p><form><input type="email" placeholder="Email Address"><button>Sign Up</button></form><p class="newsletter-form-footnote">We respect your privacy.</p></div><p>Hollow Brook Farm \u00b7 1420 Lower Notch Road, Bristol, Vermont</p></section></footer>\n'
    + end(),
)

# 2. Wix blog post: hashed class names, every paragraph a <p> with its text inside a <span>,
# headline <h1 data-hook="post-title">; "3 min read" and "Updated: Mar 5" in the header; a
# "Recent Posts" grid with excerpts and "See All"; a comments widget "Comments" and "Write a
# comment..."; <title> "headline" only.
t = "Our new kiln is finally here (and what it means for spring classes)"
P = [
    "After eighteen months of fundraising, one cancelled order and a very long wait at the freight depot, our new gas kiln was lifted into the back yard of the studio last Thursday.",
    "It is a 24-cubic-foot downdraft kiln built by a small workshop in Ohio, and it more than doubles the space we have for firing students' work. Until now we could fire one glaze load a week. From April we will be able to fire three.",
    "That changes what we can offer. The beginners' wheel course will go from eight students to twelve, and we are adding a Saturday morning class for families with children aged eight and up.",
    "A huge thank you to everyone who bought a mug at the open studio, came to the raffle night or simply sent us a few dollars. You paid for about two thirds of this kiln. The rest came from a small business grant from the county arts council.",
    "Our studio manager, Priya Raman, will run the first test firings in March. If everything goes well, the first class firing will be on March 29, and you are all welcome to come and watch the kiln being opened on Sunday, March 30.",
    "Spring class registration opens on Monday, March 10 at 9 a.m.",
]
url = "https://www.claymountainstudio.com/post/our-new-kiln-is-finally-here"
page(
    "claymountainstudio.com.new-kiln",
    dict(
        title=t,
        date="2025-03-04",
        language="en",
        url=url,
        people=["Priya Raman"],
        countries=["United States"],
        note="Batch 10 (written before anything ran on it; fictional). Imitates a Wix blog post: hashed class names everywhere (no 'content' or 'article' words), <article> wrapping the post, each paragraph a <p class=... dir=auto> holding a <span> (Wix's rich content viewer), headline <h1 data-hook=post-title>; header with the author's name, 'Mar 4' and '3 min read' and 'Updated: Mar 5'; after the post a like/views row ('128 views', '0 comments'), 'Recent Posts' with three cards holding an excerpt each and 'See All', and a comments widget ('Write a comment...'); <title> the headline alone, og:title the same. Date: JSON-LD datePublished 2025-03-04 (dateModified 2025-03-05).",
    ),
    P,
    head(t, "en")
    + og(t, "Clay Mountain Studio", url, P[0][:140] + "...")
    + jsonld({"@context": "https://schema.org", "@type": "BlogPosting", "headline": t, "datePublished": "2025-03-04T17:22:11.000Z", "dateModified": "2025-03-05T08:02:40.000Z", "author": {"@type": "Person", "name": "Nora Feld"}, "publisher": {"@type": "Organization", "name": "Clay Mountain Studio"}})
    + '</head>\n<body class="responsive">\n<div id="SITE_CONTAINER"><div id="main_MF"><header id="SITE_HEADER" class="xU8fqS"><div class="comp-kz9f"><a href="https://www.claymountainstudio.com" class="_1SQ9l"><span class="wixui-rich-text__text">Clay Mountain Studio</span></a></div><nav class="StylableHorizontalMenu3372578893__root"><ul><li><a href="/classes">Classes</a></li><li><a href="/membership">Membership</a></li><li><a href="/blog">Blog</a></li><li><a href="/shop">Shop</a></li></ul></nav></header>\n'
    + '<main id="PAGES_CONTAINER"><div id="SITE_PAGES"><section class="Oqnisf"><div class="_3n7dS"><div data-hook="post-page" class="pf7_1 blog-post-page-font">'
    + '<article class="blog-post-page-font _1w7ml"><div class="_39IOC"><div class="_3p8_V" data-hook="post-header"><div class="_2Rq3b"><span class="tQ0Q1A user-name" data-hook="user-name">Nora Feld</span><ul class="_3DmN3"><li><span class="post-metadata__date time-ago" data-hook="time-ago">Mar 4</span></li><li><span class="post-metadata__readTime" data-hook="time-to-read">3 min read</span></li></ul><span class="_2bNzK" data-hook="post-updated-date">Updated: Mar 5</span></div></div>'
    + '<h1 class="H3vOVf post-title blog-post-title-font" data-hook="post-title">' + h(t) + '</h1>'
    + '<div class="post-content__body" data-hook="post-description"><div class="moHCnT"><div data-rce-version="9.11.2" class="_6SyeS" dir="ltr"><div class="rich-content-viewer" data-id="rich-content-viewer">'
    + "".join(f'<p class="MMl86N public-DraftStyleDefault-block-depth0 fixed-tab-size public-DraftStyleDefault-text-ltr" dir="auto"><span class="_2PHJq">{h(p)}</span></p>' for p in P[:3])
    + '<div class="_3CWa- _1J-Cq" data-hook="imageViewer"><div class="_3WJnn"><img src="https://static.wixstatic.com/media/a1b2c3_kiln~mv2.jpg/v1/fill/w_740,h_493/kiln.jpg" alt=""></div></div>'
    + "".join(f'<p class="MMl86N public-DraftStyleDefault-block-depth0 fixed-tab-size public-DraftStyleDefault-text-ltr" dir="auto"><span class="_2PHJq">{h(p)}</span></p>' for p in P[3:])
    + '</div></div></div></div></div>'
    + '<div class="_2lTj1" data-hook="post-footer"><div class="_1Y2Uv"><span data-hook="views-count">128 views</span><span data-hook="comments-count">0 comments</span><button aria-label="Like post" class="_3nnam"><span data-hook="like-button-with-count__like-count">14</span></button></div></div></article>'
    + '<section class="_3Z2hx" data-hook="recent-posts"><div class="_1L-RO"><h2 class="_2Z8eN">Recent Posts</h2><a href="/blog" data-hook="see-all-posts">See All</a></div>'
    + '<div class="kuJLJ"><div class="gallery-item-container" data-hook="post-list-item"><a href="/post/glaze-chemistry-night"><h3 data-hook="post-title">Glaze chemistry night: what went wrong with the celadon</h3></a><div data-hook="post-description"><p>We tested six recipes side by side and learned more from the failures than from the successes. Here is what the crazing told us.</p></div></div>'
    + '<div class="gallery-item-container" data-hook="post-list-item"><a href="/post/members-show-2025"><h3 data-hook="post-title">Members\u2019 show opens February 7</h3></a><div data-hook="post-description"><p>Forty-one members, ninety pieces and one very nervous curator. The show runs through the end of the month.</p></div></div>'
    + '<div class="gallery-item-container" data-hook="post-list-item"><a href="/post/raffle-night-thank-you"><h3 data-hook="post-title">Thank you for a record raffle night</h3></a><div data-hook="post-description"><p>You raised $6,420 for the kiln fund in one evening, and someone went home with the giant teapot.</p></div></div></div></section>'
    + '<section class="_2B8iT" data-hook="comments-widget"><h2 data-hook="comments-header">Comments</h2><div class="_1KTj7"><button data-hook="comment-box-placeholder">Write a comment...</button></div></section>'
    + '</div></div></section></div></main>\n'
    + '<footer id="SITE_FOOTER"><p class="font_8 wixui-rich-text__text">Clay Mountain Studio \u00b7 88 Mill Street, Asheville, NC</p><p class="font_8">\u00a9 2025 by Clay Mountain Studio. Proudly created with Wix.com</p></footer></div></div>\n'
    + end(),
)

# 3. Tumblr theme: the blog's name is the <h1> and og:title; the post's title an <h2>
# inside the post; notes ("47 notes") and a long reblog/likes list below the post; tags.
t = "The mill town ledger that survived the 1927 flood"
P = [
    "A reader in Montpelier sent us photographs of something we had given up hope of ever seeing: the wage ledger of the Winooski River woollen mill for the years 1924 to 1928.",
    "Most of the mill's records were lost when the river rose eleven feet in November 1927. This ledger survived because the paymaster, a man named Osgood Flint, had taken it home to finish the monthly accounts.",
    "The pages list every worker by name, their department, the hours they worked and what they were paid. Weavers earned between 38 and 44 cents an hour; the boys who carried bobbins earned 15.",
    "The ledger stops on the week of November 3, 1927. The next entry, in a different hand, is dated February 1928, and the list of names is about a third shorter.",
    "We are transcribing the ledger now and will publish the full list of names in the spring. If your family worked at the mill, write to us.",
]
url = "https://lanternandloom.tumblr.com/post/742215530118/the-mill-town-ledger-that-survived-the-1927-flood"
notes = "".join(
    f'<li class="note {k}"><a href="https://{b}.tumblr.com/" class="avatar_frame"><img src="https://64.media.tumblr.com/avatar_{i}.png" alt=""></a><span class="action"><a href="https://{b}.tumblr.com/">{b}</a> {w}</span></li>'
    for i, (b, k, w) in enumerate([
        ("vermont-history-nerd", "reblog", "reblogged this from lanternandloom and added: my great-grandmother was a weaver there, I need to see this list"),
        ("oldmillsofnewengland", "like", "liked this"),
        ("textile-archive", "reblog", "reblogged this from lanternandloom"),
        ("greenmountaingirl", "like", "liked this"),
        ("floodof1927", "reblog", "reblogged this from vermont-history-nerd and added: the 1927 flood took 84 lives in Vermont. Records like this are priceless."),
        ("wool-and-water", "like", "liked this"),
        ("the-paymasters-desk", "reblog", "reblogged this from lanternandloom"),
        ("localhistorybot", "like", "liked this"),
        ("archive-rat", "reblog", "reblogged this from textile-archive and added: transcription projects like this are how family history gets found"),
        ("millworker-descendant", "like", "liked this"),
    ])
)
page(
    "lanternandloom.tumblr.com.mill-ledger",
    dict(
        title=t,
        date="2025-01-23",
        language="en",
        url=url,
        people=["Osgood Flint"],
        countries=["United States"],
        note="Batch 10 (written before anything ran on it; fictional). Imitates a custom Tumblr theme: the blog's name 'Lantern & Loom' is the <h1> and og:title, <title> 'Lantern & Loom \u2014 The mill town ledger…' (blog first); the post is an <article class=post text> with its title an <h2 class=title> and the text in <div class=body-text>; below it the post's date 'January 23, 2025', '47 notes', tags (#vermont #history …), and a notes list of reblogs and likes with comments added by other blogs (none expected); a sidebar with the blog's description and 'Ask me anything' link. Date in the visible 'January 23, 2025' and the <time datetime> of the permalink.",
    ),
    P,
    head(f"Lantern & Loom \u2014 {t}", "en")
    + '<meta property="og:title" content="Lantern &amp; Loom">\n<meta property="og:site_name" content="Tumblr">\n<meta property="og:type" content="tumblr-feed:text">\n'
    + f'<meta property="og:url" content="{url}">\n<meta property="og:description" content="{html.escape(P[0])}">\n<link rel="canonical" href="{url}">\n'
    + '</head>\n<body class="permalink-page">\n<div id="tumblr_controls"><a href="https://www.tumblr.com/follow/lanternandloom">Follow</a> <a href="https://www.tumblr.com/register">Sign up</a></div>\n'
    + '<div id="container"><header id="blog-header"><h1 class="blog-title"><a href="/">Lantern &amp; Loom</a></h1><p class="description">Notes from the mill town archive. Textile history of northern New England, one box of papers at a time.</p><nav><a href="/">Home</a> <a href="/archive">Archive</a> <a href="/ask">Ask me anything</a> <a href="/submit">Submit</a></nav></header>\n'
    + '<div id="posts"><article class="post text" id="post-742215530118"><div class="post-content"><h2 class="title"><a href="' + url + '">' + h(t) + '</a></h2><div class="body-text">' + ps(P) + '</div></div>'
    + '<footer class="post-meta"><a class="permalink" href="' + url + '"><time datetime="2025-01-23T19:04:12Z">January 23, 2025</time></a> \u00b7 <a class="notecount" href="' + url + '#notes">47 notes</a><ul class="tags"><li><a href="/tagged/vermont">#vermont</a></li><li><a href="/tagged/history">#history</a></li><li><a href="/tagged/textile-mills">#textile mills</a></li><li><a href="/tagged/1927-flood">#1927 flood</a></li><li><a href="/tagged/archives">#archives</a></li></ul></footer>'
    + '<section id="notes"><h3>Notes</h3><ol class="notes">' + notes + '</ol><a class="more_notes_link" href="#">Show more notes</a></section></article></div>'
    + '<aside id="sidebar"><img src="https://64.media.tumblr.com/avatar_lanternandloom_128.png" alt=""><p>We are two archivists and a retired weaver. We post what we find in attics, basements and town clerks\u2019 vaults.</p><p><a href="/ask">Send us a question</a></p></aside>'
    + '<div id="pagination"><a href="/post/741990012345/">Previous post</a> <a href="/post/742500901234/">Next post</a></div></div>\n'
    + end(),
)

# 4. An AMP story: <amp-carousel> of <amp-img> with captions, <amp-ad>, <amp-social-share>,
# the date shown only as "3 hours ago" beside <time datetime>, two authors, an
# <amp-list> of related stories rendered from JSON (a <template> inside), "Recommended".
t = "Port of Tacoma approves $212 million plan to electrify container cranes"
P = [
    "The Port of Tacoma commission voted 4-1 on Tuesday to spend $212 million over six years replacing diesel equipment at its two largest container terminals with electric cranes and yard vehicles.",
    "The plan covers 14 ship-to-shore cranes and about 120 straddle carriers and yard trucks. Port officials say it will cut the terminals' diesel use by roughly 70 percent by 2031.",
    "Crews replace a diesel generator on a crane at the Husky terminal.",
    "\u201cThis is the single largest investment in clean air this port has ever made,\u201d commission president Deanna Keller said before the vote. \u201cThe people who live on the tideflats have waited a long time for it.\u201d",
    "Commissioner Rob Ostrander, who cast the dissenting vote, said he supported the goal but worried about the cost to shipping lines at a time when cargo volumes are down. \u201cWe are asking our customers to pay for this, one way or another,\u201d he said.",
    "About half of the money is expected to come from federal and state clean-ports grants. The rest will be paid for with port revenue bonds.",
    "Work on the first cranes is scheduled to begin in early 2026.",
]
url = "https://www.pugetsoundledger.com/news/2025/06/10/port-of-tacoma-electric-cranes/"
page(
    "pugetsoundledger.com.tacoma-electric-cranes",
    dict(
        title=t,
        date="2025-06-10",
        language="en",
        url=url,
        people=["Deanna Keller", "Rob Ostrander"],
        countries=["United States"],
        note="Batch 10 (written before anything ran on it; fictional). Imitates an AMP article (<html amp>, amp-boilerplate style, amp-analytics): a byline with two authors 'By Jenna Solberg and Marcus Tate', the date shown only as '3 hours ago' inside <time datetime=2025-06-10T14:20:00-07:00> (and in JSON-LD); <amp-social-share> row; an <amp-carousel type=slides> of two <amp-img> each with a <figcaption> (the first caption expected; the second slide is a credit-only photo 'Photo: Port of Tacoma', not expected); an <amp-ad> with 'Advertisement' between paragraphs; 'Recommended' <amp-list> with a <template type=amp-mustache> and a fallback list of three headlines (not expected); <amp-sidebar> menu.",
    ),
    P,
    '<!doctype html>\n<html amp lang="en">\n<head>\n<meta charset="utf-8">\n<script async src="https://cdn.ampproject.org/v0.js"></script>\n<script async custom-element="amp-carousel" src="https://cdn.ampproject.org/v0/amp-carousel-0.2.js"></script>\n<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>\n<script async custom-element="amp-list" src="https://cdn.ampproject.org/v0/amp-list-0.1.js"></script>\n<script async custom-template="amp-mustache" src="https://cdn.ampproject.org/v0/amp-mustache-0.2.js"></script>\n'
    + f'<title>{h(t)} | Puget Sound Ledger</title>\n<meta name="viewport" content="width=device-width">\n'
    + og(t, "Puget Sound Ledger", url, P[0])
    + jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": t, "datePublished": "2025-06-10T14:20:00-07:00", "author": [{"@type": "Person", "name": "Jenna Solberg"}, {"@type": "Person", "name": "Marcus Tate"}], "publisher": {"@type": "Organization", "name": "Puget Sound Ledger"}})
    + '<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both}</style><noscript><style amp-boilerplate>body{-webkit-animation:none}</style></noscript>\n<style amp-custom>.byline{font-size:14px}</style>\n'
    + '</head>\n<body>\n<amp-sidebar id="menu" layout="nodisplay" side="left"><ul><li><a href="/news/">News</a></li><li><a href="/business/">Business</a></li><li><a href="/sports/">Sports</a></li><li><a href="/opinion/">Opinion</a></li></ul></amp-sidebar>\n'
    + '<header class="amp-header"><button on="tap:menu.toggle">Menu</button><a href="/" class="logo"><amp-img src="/logo.png" width="180" height="30" alt="Puget Sound Ledger"></amp-img></a></header>\n'
    + '<main><article class="amp-article"><div class="kicker"><a href="/news/business/">Business</a></div><h1 class="amp-headline">' + h(t) + '</h1>'
    + '<div class="byline">By <a href="/staff/jenna-solberg/">Jenna Solberg</a> and <a href="/staff/marcus-tate/">Marcus Tate</a> \u00b7 <time datetime="2025-06-10T14:20:00-07:00">3 hours ago</time></div>'
    + '<amp-social-share type="facebook" width="32" height="32"></amp-social-share><amp-social-share type="twitter" width="32" height="32"></amp-social-share><amp-social-share type="email" width="32" height="32"></amp-social-share>'
    + '<div class="amp-body">' + ps(P[:2])
    + '<amp-carousel type="slides" width="800" height="533" layout="responsive" controls><figure><amp-img src="https://www.pugetsoundledger.com/img/crane-1.jpg" width="800" height="533" layout="responsive" alt=""></amp-img><figcaption>' + h(P[2]) + ' <span class="credit">Jenna Solberg / Puget Sound Ledger</span></figcaption></figure><figure><amp-img src="https://www.pugetsoundledger.com/img/crane-2.jpg" width="800" height="533" layout="responsive" alt=""></amp-img><figcaption><span class="credit">Photo: Port of Tacoma</span></figcaption></figure></amp-carousel>'
    + ps(P[3:5])
    + '<div class="ad-container"><span class="ad-label">Advertisement</span><amp-ad width="300" height="250" type="doubleclick" data-slot="/1234/psl/amp/news"></amp-ad></div>'
    + ps(P[5:]) + '</div></article>'
    + '<section class="recommended"><h2>Recommended</h2><amp-list width="auto" height="240" layout="fixed-height" src="/api/recommended.json"><template type="amp-mustache"><div class="rec-item"><a href="{{url}}">{{title}}</a><p>{{summary}}</p></div></template><div fallback><ul><li><a href="/news/2025/06/09/tideflats-air-quality/">Tideflats air quality improves for third straight year</a></li><li><a href="/news/2025/06/05/container-volumes-dip/">Container volumes dip 6% at Northwest Seaport Alliance</a></li><li><a href="/news/2025/06/02/ferry-electric/">State ferries\u2019 first hybrid-electric boat delayed again</a></li></ul></div></amp-list></section></main>\n'
    + '<footer class="amp-footer"><p>\u00a9 2025 Puget Sound Ledger</p><a href="/privacy/">Privacy</a> <a href="' + url.replace("/news/", "/news/nonamp/") + '">View full site</a></footer>\n'
    + end(),
)

# 5. A client-rendered page whose story is only in <noscript> (the app mounts into an empty
# <div id=root>; the server sends the article for crawlers inside <noscript>); the
# visible shell has the site's navigation, a cookie banner and a "Loading…" skeleton.
t = "Mesa school board delays vote on four-day week after packed hearing"
P = [
    "The Mesa Unified school board postponed a vote on moving to a four-day school week on Thursday night after more than 200 parents, teachers and students signed up to speak at a hearing that ran past midnight.",
    "The district has proposed shifting its 38 elementary schools to a Monday-through-Thursday schedule from next August, lengthening each day by 70 minutes. Officials say the change would help recruit teachers and save about $3.5 million a year in transport and utility costs.",
    "Most speakers opposed the plan. Parents said they could not afford child care on Fridays, and several teachers said longer days would be too much for the youngest pupils.",
    "\u201cMy kindergartner is done by two o\u2019clock. I cannot imagine what she will be like at a quarter past four,\u201d said parent Luisa Fernandez.",
    "Board president Craig Whitcomb said the board would hold two more community meetings before voting in May. \u201cWe heard you tonight, and we are not going to rush this,\u201d he said.",
]
url = "https://www.valleysunherald.com/local/education/mesa-school-board-four-day-week-vote-delayed"
page(
    "valleysunherald.com.mesa-four-day-week",
    dict(
        title=t,
        date="2025-04-11",
        language="en",
        url=url,
        people=["Luisa Fernandez", "Craig Whitcomb"],
        countries=["United States"],
        note="Batch 10 (written before anything ran on it; fictional). Imitates a client-rendered news site that serves its article to non-JS readers only inside <noscript>: the body holds a cookie banner, the header and navigation, an empty <div id=root> with a 'Loading…' skeleton, and a <noscript> holding <article> with the <h1>, byline 'By Dana Whitfield and Omar Haddad', dateline and the five paragraphs (expected); a trending rail of six headlines and the footer outside it. Date in article:published_time 2025-04-11 and the noscript dateline 'April 11, 2025'.",
    ),
    P,
    head(f"{t} | Valley Sun Herald", "en")
    + og(t, "Valley Sun Herald", url, P[0])
    + '<meta property="article:published_time" content="2025-04-11T06:15:00-07:00">\n'
    + '<script>window.__APP_CONFIG__={"env":"prod","site":"vsh","ads":true};</script>\n<script defer src="/static/js/main.4f2a91c.js"></script>\n'
    + '</head>\n<body>\n<div class="cookie-consent" role="dialog"><p>We use cookies to personalise content and ads and to analyse our traffic. By clicking \u201cAccept\u201d you consent to our use of cookies.</p><button>Accept</button> <button>Manage settings</button></div>\n'
    + '<header class="masthead"><a href="/" class="brand">Valley Sun Herald</a>' + nav([("local", "Local"), ("sports", "Sports"), ("business", "Business"), ("opinion", "Opinion"), ("obituaries", "Obituaries"), ("e-edition", "e-Edition")]) + '<a class="subscribe-btn" href="/subscribe">Subscribe</a></header>\n'
    + '<div id="root"><div class="skeleton"><div class="skeleton-title"></div><div class="skeleton-line"></div><div class="skeleton-line"></div><p class="loading">Loading\u2026</p></div></div>\n'
    + '<noscript><article class="static-article"><h1>' + h(t) + '</h1><p class="byline">By Dana Whitfield and Omar Haddad</p><p class="dateline">April 11, 2025</p>' + ps(P) + '</article></noscript>\n'
    + '<aside class="trending"><h2>Trending</h2><ol><li><a href="/local/gilbert-water-rates">Gilbert council approves 9% water rate increase</a></li><li><a href="/sports/suns-draft">What the Suns can do with the 22nd pick</a></li><li><a href="/local/light-rail-extension">Light rail extension to Mesa Riverview on schedule</a></li><li><a href="/business/chip-plant-hiring">Chandler chip plant to hire 600 more</a></li><li><a href="/local/heat-relief-centers">Heat relief centers open early this year</a></li><li><a href="/opinion/four-day-week">Opinion: A four-day week is a teacher retention plan</a></li></ol></aside>\n'
    + '<footer class="site-footer"><p>\u00a9 2025 Valley Sun Herald. All rights reserved.</p><a href="/terms">Terms of Service</a> <a href="/privacy">Privacy Policy</a> <a href="/contact">Contact Us</a></footer>\n'
    + end(),
)

# 6. German: paragraphs as <div class="text"> without <p>, "vor 3 Stunden" beside
# <time datetime>, "Mehr zum Thema" box between the divs, "Anzeige" slots, two authors.
t = "Hochwasserschutz an der Elbe: Dresden baut neue Mauer am Terrassenufer"
P = [
    "Dresden will das Terrassenufer bis 2028 mit einer 1,4 Kilometer langen Hochwasserschutzmauer sichern. Der Stadtrat hat am Donnerstagabend den Bau beschlossen, die Kosten liegen bei rund 48 Millionen Euro.",
    "Die Mauer soll zwischen der Augustusbrücke und der Carolabrücke entstehen und bei einem Pegel von bis zu 9,40 Metern schützen. Beim Hochwasser 2002 hatte die Elbe in Dresden 9,40 Meter erreicht, 2013 waren es 8,76 Meter.",
    "Große Teile der Mauer werden als mobile Elemente gebaut, die nur bei Hochwasser aufgestellt werden. So soll der Blick auf die Elbe von der Brühlschen Terrasse erhalten bleiben.",
    "Umweltbürgermeisterin Eva Jähnigen sprach von einer „Investition, die wir hoffentlich nie brauchen werden“. Die Bauarbeiten sollen im Frühjahr 2026 beginnen.",
    "Kritik kam von Anwohnern der Altstadt. Sie befürchten jahrelange Sperrungen am Ufer. Die Stadt kündigte an, die Arbeiten in Abschnitten auszuführen, damit der Rad- und Fußweg offen bleibt.",
    "Der Freistaat Sachsen übernimmt nach Angaben der Stadt etwa 70 Prozent der Kosten.",
]
url = "https://www.elbtal-nachrichten.de/dresden/hochwasserschutz-terrassenufer-mauer-stadtrat-id4471230.html"
page(
    "elbtal-nachrichten.de.hochwasserschutz-terrassenufer",
    dict(
        title=t,
        date="2025-05-16",
        language="de",
        url=url,
        people=["Eva Jähnigen"],
        countries=["Germany"],
        note="Batch 10 (written before anything ran on it; fictional). Imitates a German regional portal whose paragraphs are <div class=\"text\"> blocks without any <p> (Funke-like markup), a 'Mehr zum Thema' box of two teasers with a sentence each between the text divs, two 'Anzeige' slots, the date shown only as 'vor 3 Stunden' inside <time datetime=2025-05-16T05:30:00+02:00> (no JSON-LD, no meta date), a byline with two authors 'Von Katrin Seidel und Jörg Neumann'; <title> 'headline | Elbtal Nachrichten'; after the story a 'Das könnte Sie auch interessieren' grid and a comment prompt.",
    ),
    P,
    head(f"{t} | Elbtal Nachrichten", "de")
    + og(t, "Elbtal Nachrichten", url, P[0])
    + '</head>\n<body class="page-article">\n<header class="header"><a class="logo" href="/">Elbtal Nachrichten</a>' + nav([("dresden", "Dresden"), ("sachsen", "Sachsen"), ("sport", "Sport"), ("kultur", "Kultur"), ("abo", "Abo")]) + '</header>\n'
    + '<main class="main"><div class="article"><div class="article-head"><span class="kicker">Dresden</span><h1 class="headline">' + h(t) + '</h1><div class="meta"><span class="author">Von Katrin Seidel und Jörg Neumann</span> <time datetime="2025-05-16T05:30:00+02:00" class="date">vor 3 Stunden</time></div></div>'
    + '<div class="article-body">' + "".join(f'<div class="text">{h(p)}</div>' for p in P[:2])
    + '<div class="ad-slot"><span class="ad-label">Anzeige</span><div id="div-gpt-ad-1"></div></div>'
    + '<div class="more-topic"><div class="more-topic-title">Mehr zum Thema</div><div class="teaser"><a href="/dresden/carolabruecke-abriss-id4460012.html">Carolabrücke: Abriss des letzten Zugs beginnt im Juni</a><div class="teaser-text">Die Stadt rechnet mit Sperrungen am Terrassenufer bis in den Herbst.</div></div><div class="teaser"><a href="/sachsen/elbe-pegel-niedrig-id4458800.html">Elbe-Pegel so niedrig wie seit Jahren nicht</a><div class="teaser-text">Die Personenschifffahrt musste mehrere Fahrten absagen.</div></div></div>'
    + "".join(f'<div class="text">{h(p)}</div>' for p in P[2:5])
    + '<div class="ad-slot"><span class="ad-label">Anzeige</span><div id="div-gpt-ad-2"></div></div>'
    + "".join(f'<div class="text">{h(p)}</div>' for p in P[5:])
    + '</div></div>'
    + '<div class="recommendations"><div class="rec-title">Das könnte Sie auch interessieren</div><div class="rec"><a href="/dresden/stadtrat-haushalt-id4469001.html">Stadtrat beschließt Doppelhaushalt mit Lücken</a></div><div class="rec"><a href="/dresden/neustadt-parken-id4468120.html">Anwohnerparken in der Neustadt wird teurer</a></div><div class="rec"><a href="/sachsen/talsperre-id4465500.html">Talsperre Malter: Sanierung abgeschlossen</a></div></div>'
    + '<div class="comments-teaser">Diskutieren Sie mit! <a href="/login">Jetzt anmelden und kommentieren</a></div></main>\n'
    + '<footer class="footer"><a href="/impressum">Impressum</a> <a href="/datenschutz">Datenschutz</a> <a href="/agb">AGB</a><p>© Elbtal Nachrichten 2025</p></footer>\n'
    + end(),
)

# 7. French: the first paragraphs in the page, the rest waiting in a <template> that the
# site's script inserts after a "Lire la suite" button; a "Lire aussi" line; an author
# block with two journalists; date in "Publié le 3 avril 2025 à 06h00".
t = "À Nantes, le pont Anne-de-Bretagne fermé aux voitures dès l’été"
P = [
    "Le pont Anne-de-Bretagne sera interdit aux voitures à partir du 1er juillet, a annoncé mercredi la métropole de Nantes. Seuls les bus, les tramways, les vélos et les piétons pourront encore le franchir.",
    "Les travaux de la nouvelle ligne de tramway vers l’île de Nantes doivent durer jusqu’à la fin de 2027. La fermeture du pont aux automobilistes, présentée d’abord comme provisoire, sera finalement définitive.",
    "« Nous faisons le choix d’un centre-ville apaisé », a déclaré Johanna Rolland, présidente de Nantes Métropole, lors d’une conférence de presse.",
    "Les commerçants du quai de la Fosse s’inquiètent. « La moitié de nos clients viennent en voiture depuis le sud de la Loire », explique Thierry Lemoine, qui préside leur association.",
    "La métropole promet un nouveau plan de circulation, présenté en mai, et le renforcement des navettes fluviales entre Trentemoult et la gare maritime.",
]
url = "https://www.ouest-loire.fr/nantes/pont-anne-de-bretagne-ferme-aux-voitures-des-l-ete-2025-04-03"
page(
    "ouest-loire.fr.pont-anne-de-bretagne",
    dict(
        title=t,
        date="2025-04-03",
        language="fr",
        url=url,
        people=["Johanna Rolland", "Thierry Lemoine"],
        countries=["France"],
        note="Batch 10 (written before anything ran on it; fictional). Imitates a French regional daily that lazy-loads the end of its stories: two paragraphs in the article, then a <button>Lire la suite</button> and a <template id=article-suite> holding the other three paragraphs (expected: the reader sees them after one click); a 'Lire aussi :' line with a link between paragraphs; 'Par Claire Morvan et Yann Le Goff' byline; 'Publié le 3 avril 2025 à 06h00' dateline (no JSON-LD date, no meta date); <title> 'headline - Ouest Loire'; a 'Les plus lus' list.",
    ),
    P,
    head(f"{t} - Ouest Loire", "fr")
    + og(t, "Ouest Loire", url, P[0])
    + '</head>\n<body>\n<header class="site-header"><a href="/" class="logo">Ouest Loire</a>' + nav([("nantes", "Nantes"), ("saint-nazaire", "Saint-Nazaire"), ("sports", "Sports"), ("abonnement", "S’abonner")]) + '</header>\n'
    + '<main><article class="article-detail"><p class="article-surtitre">Nantes</p><h1 class="article-titre">' + h(t) + '</h1><div class="article-signature"><span class="auteurs">Par Claire Morvan et Yann Le Goff</span><span class="date">Publié le 3 avril 2025 à 06h00</span></div>'
    + '<div class="article-corps">' + ps(P[:1])
    + '<p class="lire-aussi"><strong>Lire aussi :</strong> <a href="/nantes/tramway-ile-de-nantes-calendrier-2025-03-20">Tramway sur l’île de Nantes : le calendrier des travaux</a></p>'
    + ps(P[1:2])
    + '<div class="suite-article"><button class="bouton-suite" data-target="article-suite">Lire la suite</button></div>'
    + '<template id="article-suite">' + ps(P[2:]) + '</template></div></article>'
    + '<aside class="plus-lus"><h2>Les plus lus</h2><ol><li><a href="/nantes/chantier-gare-sud">Gare de Nantes : la passerelle fermée deux semaines</a></li><li><a href="/saint-nazaire/paquebot-livraison">Saint-Nazaire : le paquebot livré avec un mois d’avance</a></li><li><a href="/sports/fc-nantes-mercato">FC Nantes : trois départs annoncés</a></li></ol></aside></main>\n'
    + '<footer><p>© Ouest Loire 2025 – Tous droits réservés</p><a href="/mentions-legales">Mentions légales</a></footer>\n'
    + end(),
)

# 8. El País-style: standfirst as <h2 class="a_st">, two authors "Ana … | Luis …", the
# dateline "Madrid - 12 mar 2025 - 05:40 CET" in an <a> with a date attribute, a "Más
# información" box between paragraphs, a caption with credit ("EFE"), a "Archivado En"
# tag list and a comments count.
t = "El Gobierno aprueba el bono de alquiler joven para menores de 30 años"
P = [
    "La ayuda será de 300 euros al mes durante dos años y llegará a unos 90.000 jóvenes, según el ministerio de Vivienda",
    "El Consejo de Ministros aprobó este martes la nueva edición del bono de alquiler joven, una ayuda de 300 euros mensuales para inquilinos de entre 18 y 30 años con ingresos inferiores a tres veces el IPREM.",
    "La ministra de Vivienda, Isabel Rodríguez, explicó en la rueda de prensa posterior que las comunidades autónomas podrán empezar a tramitar las solicitudes a partir de junio y que el plazo para pedirla estará abierto hasta agotar el presupuesto, de 540 millones de euros.",
    "La ministra de Vivienda, Isabel Rodríguez, durante la rueda de prensa tras el Consejo de Ministros.",
    "Como novedad, el alquiler máximo para acceder a la ayuda sube de 600 a 700 euros al mes, y hasta 900 euros en las zonas declaradas tensionadas, como Madrid, Barcelona o Palma.",
    "Las asociaciones de inquilinos consideran que la medida es insuficiente. «Mientras no se controlen los precios, el bono acaba en el bolsillo del propietario», afirmó Javier Gil, portavoz del Sindicato de Inquilinas.",
]
url = "https://elpais.com/economia/2025-03-11/el-gobierno-aprueba-el-bono-de-alquiler-joven-para-menores-de-30-anos.html"
page(
    "elpais.com.bono-alquiler-joven",
    dict(
        title=t,
        date="2025-03-11",
        language="es",
        url=url,
        people=["Isabel Rodríguez", "Javier Gil"],
        countries=["Spain"],
        note="Batch 10 (written before anything ran on it; fictional). Imitates El País (Arc XP): <h1 class=a_t>, standfirst <h2 class=a_st> (expected), byline of two authors in <div class=a_md_a> 'Ana Torres | Luis Bermejo', dateline 'Madrid - 11 mar 2025 - 13:40 CET' inside <a data-date=2025-03-11T13:40:00+01:00> (and JSON-LD), a lead photo whose caption has the credit in a separate <span class=a_m_m> ('EFE'), a 'Más información' box of two linked headlines between paragraphs, 'Archivado En' tag list, a comments count and 'Sobre la firma' author cards (none expected); <title> 'headline | Economía | EL PAÍS'.",
    ),
    P[:1] + P[3:4] + P[1:3] + P[4:],
    head(f"{t} | Economía | EL PAÍS", "es")
    + og(t, "El País", url, P[0])
    + jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": t, "datePublished": "2025-03-11T13:40:00+01:00", "dateModified": "2025-03-11T18:02:11+01:00", "author": [{"@type": "Person", "name": "Ana Torres"}, {"@type": "Person", "name": "Luis Bermejo"}], "publisher": {"@type": "Organization", "name": "Ediciones EL PAÍS"}})
    + '</head>\n<body class="is-article">\n<header class="_g _g-md"><div class="ed_c"><a href="/" class="ep_l">EL PAÍS</a></div>' + nav([("espana", "España"), ("internacional", "Internacional"), ("economia", "Economía"), ("opinion", "Opinión"), ("suscripciones", "Suscríbete")], "sm") + '</header>\n'
    + '<main id="main-content"><article class="a _g _g-lg _g-o"><header class="a_e"><div class="a_k"><a href="/economia/vivienda/">Vivienda</a></div><div class="a_e_txt"><h1 class="a_t">' + h(t) + '</h1><h2 class="a_st">' + h(P[0]) + '</h2></div>'
    + '<figure class="a_m a_m-h"><span class="a_m_w"><img src="https://imagenes.elpais.com/resizer/v2/rodriguez.jpg?auth=1&amp;width=1200" alt=""></span><figcaption class="a_m_p"><span>' + h(P[3]) + '</span><span class="a_m_m">EFE</span></figcaption></figure>'
    + '<div class="a_md"><div class="a_md_a"><a href="/autor/ana-torres/">Ana Torres</a> | <a href="/autor/luis-bermejo/">Luis Bermejo</a></div><div class="a_md_f"><span>Madrid - </span><a data-date="2025-03-11T13:40:00+01:00" href="' + url + '"><span>11 mar 2025 - 13:40</span> CET</a></div></div>'
    + '<div class="a_s_b"><button>Compartir en Whatsapp</button><button>Compartir en Facebook</button><button>Compartir en Twitter</button><button>Copiar enlace</button><a href="#comments">Comentarios</a></div></header>'
    + '<div class="a_c clearfix" data-dtm-region="articulo_cuerpo">' + ps(P[1:3])
    + '<section class="a_ei"><div class="a_ei_t">Más información</div><article class="c c-x"><h2 class="c_t"><a href="/economia/2025-02-20/los-alquileres-suben.html">Los alquileres suben un 11% en un año y marcan un nuevo récord</a></h2></article><article class="c c-x"><h2 class="c_t"><a href="/economia/2025-01-30/ley-vivienda-balance.html">La ley de vivienda cumple dos años sin que ninguna comunidad regule precios</a></h2></article></section>'
    + ps(P[4:]) + '</div>'
    + '<div class="a_ft"><div class="a_ft_t">Archivado En</div><ul><li><a href="/noticias/vivienda/">Vivienda</a></li><li><a href="/noticias/alquiler/">Alquiler</a></li><li><a href="/noticias/jovenes/">Jóvenes</a></li><li><a href="/noticias/consejo-ministros/">Consejo de Ministros</a></li></ul></div>'
    + '<div class="a_aut"><div class="a_aut_t">Sobre la firma</div><div class="a_aut_c"><a href="/autor/ana-torres/">Ana Torres</a><p>Redactora de Economía especializada en vivienda. Antes trabajó en Cinco Días.</p></div><div class="a_aut_c"><a href="/autor/luis-bermejo/">Luis Bermejo</a><p>Periodista de la sección de Economía desde 2018.</p></div></div>'
    + '<div id="comments" class="a_com"><span>Comentarios (214)</span><p>Normas de participación</p></div></article></main>\n'
    + '<footer class="_g"><p>© EDICIONES EL PAÍS S.L.</p><a href="/estaticos/contacto/">Contacto</a> <a href="/estaticos/aviso-legal/">Aviso legal</a></footer>\n'
    + end(),
)

# 9. Globo G1-style: every paragraph in its own <div class="mc-column content-text">,
# standfirst <h2 class="content-head__subtitle">, a "LEIA TAMBÉM" bullet list, a video
# block with its title, "VÍDEOS: …" heading and a video list; <title> "headline | Region | G1".
t = "Chuva forte alaga ruas e deixa bairros sem energia em Campinas"
P = [
    "Temporal de quase duas horas derrubou 40 árvores; Defesa Civil registrou 68 milímetros de chuva no centro",
    "Uma chuva forte que atingiu Campinas (SP) na tarde desta segunda-feira (17) alagou ruas, derrubou árvores e deixou cerca de 45 mil imóveis sem energia elétrica, segundo a concessionária CPFL.",
    "De acordo com a Defesa Civil, o pluviômetro do centro registrou 68 milímetros em menos de duas horas, o equivalente a quase um terço da chuva esperada para todo o mês de março.",
    "Pelo menos 40 árvores caíram em diferentes bairros. Na Avenida Norte-Sul, a água chegou à altura das portas dos carros, e motoristas abandonaram os veículos.",
    "O coordenador da Defesa Civil de Campinas, Sidnei Furtado, pediu que os moradores evitem as áreas próximas aos córregos. \u201cO solo está encharcado e o risco de novos alagamentos continua à noite\u201d, disse.",
    "A CPFL informou que equipes extras foram enviadas e que a energia deve ser restabelecida na maior parte dos bairros até a manhã de terça-feira (18).",
]
url = "https://g1.globo.com/sp/campinas-regiao/noticia/2025/03/17/chuva-forte-alaga-ruas-e-deixa-bairros-sem-energia-em-campinas.ghtml"
page(
    "g1.globo.com.chuva-campinas",
    dict(
        title=t,
        date="2025-03-17",
        language="pt",
        url=url,
        people=["Sidnei Furtado"],
        countries=["Brazil"],
        note="Batch 10 (written before anything ran on it; fictional). Imitates Globo's G1: <h1 class=content-head__title>, standfirst <h2 class=content-head__subtitle> (expected), 'Por Mariana Lopes, Rafael Dias, g1 Campinas e EPTV' (two authors and two brands), <time itemprop=datePublished datetime>; every paragraph in its own <div class=\"mc-column content-text active-extra-styles\"><p class=content-text__container>; a 'LEIA TAMBÉM' <div class=mc-column> with a bullet list of three links, a video block whose title is a <p> ('Vídeo mostra alagamento na Norte-Sul'), and at the end 'VÍDEOS: tudo sobre Campinas e região' with a list (none expected); <title> 'headline | Campinas e Região | G1'.",
    ),
    P,
    head(f"{t} | Campinas e Região | G1", "pt-BR")
    + og(t, "g1", url, P[0])
    + jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": t, "datePublished": "2025-03-17T19:42:10.221Z", "author": [{"@type": "Person", "name": "Mariana Lopes"}, {"@type": "Person", "name": "Rafael Dias"}]})
    + '</head>\n<body class="glb-theme-g1">\n<header id="header-produto" class="header-produto"><a class="header-title" href="https://g1.globo.com/">g1</a><div class="header-editoria"><a href="https://g1.globo.com/sp/campinas-regiao/">Campinas e Região</a></div><div class="header-busca"><input placeholder="BUSCAR"></div></header>\n'
    + '<main class="mc-body theme"><div class="mc-article-header"><div class="title"><h1 class="content-head__title" itemprop="headline">' + h(t) + '</h1></div><div class="medium-centered subtitle"><h2 class="content-head__subtitle" itemprop="alternativeHeadline">' + h(P[0]) + '</h2></div>'
    + '<div class="content-publication-data"><p class="content-publication-data__from">Por Mariana Lopes, Rafael Dias, g1 Campinas e EPTV</p><p class="content-publication-data__updated"><time itemprop="datePublished" datetime="2025-03-17T19:42:10.221Z">17/03/2025 16h42</time> \u00b7 Atualizado há 2 horas</p></div></div>'
    + '<article itemprop="articleBody" class="mc-article-body"><div class="wall protected-content">'
    + "".join(f'<div class="mc-column content-text active-extra-styles " data-block-type="unstyled"><p class="content-text__container " data-track-category="Link no Texto">{h(p)}</p></div>' for p in P[1:3])
    + '<div class="mc-column content-text active-extra-styles "><p class="content-text__container"><strong>LEIA TAMBÉM</strong></p></div><div class="mc-column content-unordered-list"><ul class="content-unordered-list"><li><a href="https://g1.globo.com/sp/campinas-regiao/noticia/2025/03/10/calor-recorde.ghtml">Campinas registra maior temperatura do ano</a></li><li><a href="https://g1.globo.com/sp/campinas-regiao/noticia/2025/03/12/dengue-casos.ghtml">Casos de dengue sobem 30% na região</a></li><li><a href="https://g1.globo.com/sp/campinas-regiao/noticia/2025/03/14/obras-norte-sul.ghtml">Obras na Norte-Sul ficam para 2026</a></li></ul></div>'
    + "".join(f'<div class="mc-column content-text active-extra-styles " data-block-type="unstyled"><p class="content-text__container ">{h(p)}</p></div>' for p in P[3:5])
    + '<div class="mc-column content-video"><div class="content-video__placeholder"><div class="video-player" data-video-id="13450011"></div><p class="content-video__title">Vídeo mostra alagamento na Norte-Sul</p></div></div>'
    + "".join(f'<div class="mc-column content-text active-extra-styles " data-block-type="unstyled"><p class="content-text__container ">{h(p)}</p></div>' for p in P[5:])
    + '<div class="mc-column content-text active-extra-styles "><p class="content-text__container"><strong>VÍDEOS: tudo sobre Campinas e região</strong></p></div><div class="mc-column content-video-list"><ul><li><a href="/sp/campinas-regiao/video/1.ghtml">Bom Dia Cidade: previsão do tempo</a></li><li><a href="/sp/campinas-regiao/video/2.ghtml">EPTV 2: Trânsito na Anhanguera</a></li></ul></div>'
    + '</div></article><div class="mc-column entities"><a href="/tudo-sobre/campinas/">Campinas</a> <a href="/tudo-sobre/chuvas/">Chuvas</a></div></main>\n'
    + '<footer class="footer"><p>© Copyright 2000-2025 Globo Comunicação e Participações S.A.</p><a href="https://privacidade.globo.com/">princípios editoriais</a> <a href="https://g1.globo.com/politica-de-privacidade.ghtml">política de privacidade</a></footer>\n'
    + end(),
)

# 10. Repubblica-style: the story as text runs separated by <br><br> inside one <div>,
# an inline "Leggi anche" teaser as a <div> with headline among the runs, an <h2> summary,
# a video box; two authors; "12 marzo 2025" in the header; <title> "headline - la Repubblica".
t = "Bologna, la Città 30 compie un anno: incidenti in calo del 13%"
P = [
    "Meno incidenti, nessun pedone morto e tempi di viaggio quasi invariati: il Comune presenta i dati del primo anno",
    "A un anno dall'introduzione del limite di 30 chilometri orari su gran parte delle strade di Bologna, gli incidenti stradali sono diminuiti del 13 per cento e i feriti del 16 per cento. Nessun pedone è morto sulle strade della città nel 2024, per la prima volta da quando esistono le statistiche comunali.",
    "I dati sono stati presentati stamattina a Palazzo d'Accursio dal sindaco Matteo Lepore e dall'assessora alla Mobilità Valentina Orioli.",
    "«Abbiamo dimostrato che una città più lenta non è una città ferma», ha detto Lepore. Secondo il Comune, i tempi di percorrenza delle auto nelle ore di punta sono aumentati in media di 12 secondi per ogni tragitto.",
    "Le opposizioni contestano i numeri. «Il calo degli incidenti c'era già prima, e le multe sono triplicate», sostiene il consigliere comunale Stefano Cavedagna.",
    "Il Comune ha annunciato che nel 2025 saranno installati altri 40 attraversamenti pedonali rialzati e che le zone 30 saranno estese a tre strade della prima periferia.",
]
url = "https://bologna.repubblica.it/cronaca/2025/03/12/news/citta_30_un_anno_dati_incidenti-424060011/"
page(
    "bologna.repubblica.it.citta-30-un-anno",
    dict(
        title=t,
        date="2025-03-12",
        language="it",
        url=url,
        people=["Matteo Lepore", "Valentina Orioli", "Stefano Cavedagna"],
        countries=["Italy"],
        note="Batch 10 (written before anything ran on it; fictional). Imitates a Repubblica local edition: <h1 class=story__title>, summary <div class=story__summary> (expected), two authors 'di Eleonora Capelli, Silvia Bignami', '12 marzo 2025' in <time class=story__date datetime>; the story is one <div class=story__text> of text runs separated by <br><br> (no <p>), with an inline 'Leggi anche' teaser <div class=inline-article> (kicker, headline) and a video box with its title between the runs (neither expected); tags, 'Argomenti' and a subscriber box 'Abbonati a Repubblica' after it; <title> 'headline - la Repubblica'.",
    ),
    P,
    head(f"{t} - la Repubblica", "it")
    + og(t, "la Repubblica", url, P[0])
    + '</head>\n<body class="detail-article">\n<header class="rep-header"><a class="rep-logo" href="https://bologna.repubblica.it/">la Repubblica Bologna</a>' + nav([("cronaca", "Cronaca"), ("politica", "Politica"), ("sport", "Sport"), ("abbonati", "Abbonati")]) + '</header>\n'
    + '<main><article class="story"><div class="story__header"><div class="story__kicker">Mobilità</div><h1 class="story__title">' + h(t) + '</h1><div class="story__summary">' + h(P[0]) + '</div><div class="story__byline"><em class="story__author">di Eleonora Capelli, Silvia Bignami</em> <time class="story__date" datetime="2025-03-12T12:31:00+01:00">12 marzo 2025</time></div><div class="story__toolbar"><a href="#">Condividi</a> <a href="#">Commenta</a></div></div>'
    + '<div class="story__content"><div class="story__text">' + h(P[1]) + '<br><br>' + h(P[2]) + '<br><br>'
    + '<div class="inline-article"><span class="inline-article__kicker">Leggi anche</span><a class="inline-article__title" href="/cronaca/2025/01/16/news/citta_30_multe-423877001/">Città 30, le multe triplicano ma i vigili restano pochi</a></div>'
    + h(P[3]) + '<br><br>' + h(P[4]) + '<br><br>'
    + '<div class="video-box"><div class="video-box__player"></div><span class="video-box__title">Lepore: "Città 30, un anno dopo" - video</span></div>'
    + h(P[5]) + '</div></div>'
    + '<div class="story__tags"><span>Argomenti</span> <a href="/argomenti/citta_30">città 30</a> <a href="/argomenti/mobilita">mobilità</a> <a href="/argomenti/matteo_lepore">matteo lepore</a></div>'
    + '<div class="story__paywall-box">Abbonati a Repubblica: le notizie della tua città, ogni giorno. <a class="btn" href="/abbonati">Scopri l\'offerta</a></div></article></main>\n'
    + '<footer class="rep-footer"><p>GEDI Periodici e Servizi S.p.A. - P.IVA 01578251009</p><a href="/privacy">Privacy</a></footer>\n'
    + end(),
)

# 11. NOS-style: hashed styled-components classes (sc-…), the date as "Vandaag, 14:32"
# inside <time datetime>, an embedded video, "Bekijk ook" links, an <h2> mid-story.
t = "Utrecht krijgt eerste fietsenstalling onder water"
P = [
    "In Utrecht is vandaag de eerste fietsenstalling van Nederland geopend die onder water ligt. De stalling onder de Catharijnesingel biedt plek aan 1600 fietsen en is via twee roltrappen vanaf de kade bereikbaar.",
    "De bouw duurde drie jaar en kostte 24 miljoen euro. Omdat de singel boven de stalling weer water moest krijgen, werd de kelder gebouwd als een betonnen bak die in de bodem is verankerd.",
    "Twee jaar gratis",
    "Fietsers kunnen er de eerste 24 uur gratis parkeren. De gemeente wil daarmee de fietsen weghalen van de stoepen rond het winkelgebied Hoog Catharijne, waar dagelijks honderden fietsen worden weggesleept.",
    "\"We hebben in deze stad meer fietsen dan inwoners, en die moeten ergens staan\", zei wethouder Lot van Hooijdonk bij de opening. Volgens haar is de stalling voor de helft al gevuld met vaste gebruikers.",
    "De Fietsersbond is blij met de stalling, maar wijst erop dat er in de binnenstad nog steeds 3000 plekken tekort zijn.",
]
url = "https://nos.nl/artikel/2561234-utrecht-krijgt-eerste-fietsenstalling-onder-water"
page(
    "nos.nl.fietsenstalling-onder-water",
    dict(
        title=t,
        date="2025-04-24",
        language="nl",
        url=url,
        people=["Lot van Hooijdonk"],
        countries=["Netherlands"],
        note="Batch 10 (written before anything ran on it; fictional). Imitates NOS's Next.js article: every class a styled-components hash (sc-…), the date shown as 'Vandaag, 14:32' inside <time datetime=2025-04-24T14:32:11+0200> (JSON-LD has it too), an embedded video with its title and duration ('Zo ziet de stalling eruit (01:12)', not expected), an <h2> subheading mid-story (expected), 'Bekijk ook' with two linked cards between paragraphs (not), 'Deel artikel:' share row, 'In dit artikel: Binnenland, Utrecht' at the end; <title> 'headline | NOS'.",
    ),
    P,
    head(f"{t} | NOS", "nl")
    + og(t, "NOS", url, P[0])
    + jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": t, "datePublished": "2025-04-24T14:32:11+02:00", "publisher": {"@type": "Organization", "name": "NOS"}})
    + '</head>\n<body>\n<div id="__next"><header class="sc-f1a8a1d0-0 kPfUQx"><a href="/" class="sc-f1a8a1d0-1 gHYvzF" aria-label="NOS">NOS</a><nav class="sc-f1a8a1d0-2 jJQdyg"><a href="/nieuws/binnenland">Binnenland</a><a href="/nieuws/buitenland">Buitenland</a><a href="/nieuws/politiek">Politiek</a><a href="/sport">Sport</a></nav></header>\n'
    + '<main class="sc-d8ca5e5d-0 bcGkTz"><article class="sc-e4a0a7ad-0 gZTXpV"><div class="sc-e4a0a7ad-1 eAGkjM"><h1 class="sc-f9df6382-0 fCHmQg">' + h(t) + '</h1><div class="sc-a4b5c9d0-0 hWpZxb"><time datetime="2025-04-24T14:32:11+0200" class="sc-a4b5c9d0-1 dRvPqM">Vandaag, 14:32</time><span class="sc-a4b5c9d0-2">Binnenland</span></div></div>'
    + '<div class="sc-6d77a1d1-0 chzewu"><div class="sc-4e9b4f67-0 hLbLfT"><div class="sc-3f9d8a2e-0 bWkKxM" data-video-id="2561240"><span class="sc-3f9d8a2e-1">Zo ziet de stalling eruit</span><span class="sc-3f9d8a2e-2">01:12</span></div></div>'
    + "".join(f'<p class="sc-6d77a1d1-0 chzewu">{h(p)}</p>' for p in P[:2])
    + '<div class="sc-89d1dd2e-0 eSqlqz"><h3 class="sc-89d1dd2e-1 bTnRmn">Bekijk ook</h3><a href="/artikel/2559876-utrecht-sleept-recordaantal-fietsen-weg" class="sc-89d1dd2e-2 fAqPqz"><span>Utrecht sleept recordaantal fietsen weg</span></a><a href="/artikel/2541002-grootste-fietsenstalling-ter-wereld-vol" class="sc-89d1dd2e-2 fAqPqz"><span>Grootste fietsenstalling ter wereld zit vol</span></a></div>'
    + f'<h2 class="sc-1c3bd5a4-0 kDdYgP">{h(P[2])}</h2>'
    + "".join(f'<p class="sc-6d77a1d1-0 chzewu">{h(p)}</p>' for p in P[3:])
    + '</div><div class="sc-2f0a8e2b-0 jDxVfR"><span>Deel artikel:</span><a href="https://www.facebook.com/sharer.php?u=' + url + '">Facebook</a><a href="https://wa.me/?text=' + url + '">WhatsApp</a></div>'
    + '<div class="sc-8c7f2f6e-0 gPvVqR"><span>In dit artikel:</span> <a href="/nieuws/binnenland">Binnenland</a> <a href="/nieuws/utrecht">Utrecht</a></div></article></main>\n'
    + '<footer class="sc-7a5b3c2d-0 hQzKtM"><a href="/overnos">Over NOS</a> <a href="/privacy">Privacy</a> <span>© NOS 2025</span></footer></div>\n'
    + end(),
)

# 12. Onet-style: lead in <div class="hyphenate lead">, paragraphs <p class="hyphenate">,
# "Dalszy ciąg artykułu pod materiałem wideo" and "ZOBACZ TAKŻE" boxes, a "Tekst: A, B"
# authors line, the source line "Źródło: Onet".
t = "Kraków: nowa linia tramwajowa na Górkę Narodową ruszy w czerwcu"
P = [
    "Pierwsze tramwaje pojadą nową trasą z Krowodrzy Górki na Górkę Narodową 14 czerwca. Linia ma 3,4 km i siedem przystanków.",
    "Budowa trwała ponad trzy lata i kosztowała 420 mln zł, z czego połowę pokryły fundusze unijne. Na nowej trasie będą kursować dwie linie, numer 4 i 17, co pięć minut w godzinach szczytu.",
    "– To największa inwestycja tramwajowa w Krakowie od dziesięciu lat. Mieszkańcy Górki Narodowej czekali na nią bardzo długo – powiedział prezydent Krakowa Aleksander Miszalski podczas odbioru technicznego.",
    "Wraz z linią powstał parking „parkuj i jedź” na 400 samochodów przy pętli. Miasto zapowiada, że pierwsze dwa tygodnie parkowania będą bezpłatne.",
    "Radni z dzielnicy Prądnik Biały zwracają uwagę na hałas. – Torowisko biegnie kilkanaście metrów od bloków, a ekrany akustyczne postawiono tylko na połowie trasy – mówi radna Joanna Kasprzyk.",
]
url = "https://wiadomosci.onet.pl/krakow/krakow-nowa-linia-tramwajowa-na-gorke-narodowa-ruszy-w-czerwcu/k2l7pqz"
page(
    "wiadomosci.onet.pl.tramwaj-gorka-narodowa",
    dict(
        title=t,
        date="2025-05-22",
        language="pl",
        url=url,
        people=["Aleksander Miszalski", "Joanna Kasprzyk"],
        countries=["Poland"],
        note="Batch 10 (written before anything ran on it; fictional). Imitates Onet: lead in <div class=\"hyphenate lead\"> (expected), paragraphs <p class=hyphenate>, the ad interstitial 'Dalszy ciąg artykułu pod materiałem wideo' with a video player, a 'ZOBACZ TAKŻE' box of two links, an ad label 'Reklama', 'Tekst: Michał Nowak, Katarzyna Wrona' authors line and 'Źródło: Onet' after the story (none expected); date in <meta property=article:published_time> and '22 maja 2025, 09:14'; <title> 'headline - Wiadomości'.",
    ),
    P,
    head(f"{t} - Wiadomości", "pl")
    + og(t, "Onet Wiadomości", url, P[0])
    + '<meta property="article:published_time" content="2025-05-22T09:14:00+02:00">\n'
    + '</head>\n<body>\n<header class="onet-header"><a href="https://www.onet.pl/" class="onet-logo">Onet</a>' + nav([("kraj", "Kraj"), ("swiat", "Świat"), ("krakow", "Kraków"), ("premium", "Premium")]) + '</header>\n'
    + '<main class="main"><article class="detailContent"><h1 class="mainTitle">' + h(t) + '</h1><div class="authorsAndDate"><span class="datePublished">22 maja 2025, 09:14</span></div>'
    + '<div class="hyphenate lead">' + h(P[0]) + '</div>'
    + '<div class="detail"><p class="hyphenate">' + h(P[1]) + '</p>'
    + '<div class="adPlaceholder"><span class="adLabel">Reklama</span></div>'
    + '<div class="videoInterstitial"><p class="videoTitle">Dalszy ciąg artykułu pod materiałem wideo</p><div class="player" data-mvp="onet-player"></div></div>'
    + '<p class="hyphenate">' + h(P[2]) + '</p>'
    + '<div class="seeAlso"><span class="seeAlsoTitle">ZOBACZ TAKŻE</span><ul><li><a href="/krakow/krakow-strefa-czystego-transportu/abc123">Strefa Czystego Transportu w Krakowie. Co się zmieni?</a></li><li><a href="/krakow/mpk-nowe-tramwaje-lajkonik/def456">MPK odbiera ostatnie Lajkoniki</a></li></ul></div>'
    + "".join(f'<p class="hyphenate">{h(p)}</p>' for p in P[3:])
    + '<p class="authorsSource">Tekst: <a href="/autorzy/michal-nowak">Michał Nowak</a>, <a href="/autorzy/katarzyna-wrona">Katarzyna Wrona</a></p><p class="source">Źródło: Onet</p></div></article>'
    + '<aside class="rightColumn"><div class="box"><h3>Najczęściej czytane</h3><ol><li><a href="/kraj/1">Pogoda na weekend: upał i burze</a></li><li><a href="/kraj/2">Matura 2025: arkusze z polskiego</a></li></ol></div></aside></main>\n'
    + '<footer><p>© 2025 Ringier Axel Springer Polska sp. z o.o.</p></footer>\n'
    + end(),
)

# 13. Dagens Nyheter-style: "Publicerad 2025-02-27" and "Uppdaterad", a paywall-free story
# with "Läs mer:" link lists between paragraphs, a fact box "Fakta. …" in an <aside>
# inside the story, two authors with pictures, "Ämnen i artikeln" topic list.
t = "Stockholm stänger Slussen för biltrafik i tre veckor"
P = [
    "Slussen i centrala Stockholm stängs helt för biltrafik i tre veckor i sommar när den nya bussterminalen ska kopplas ihop med Katarinavägen. Stängningen börjar den 23 juni.",
    "Bussar som i dag går över Slussen leds om via Centralbron, och Trafikverket varnar för långa köer på Södermalm under hela perioden.",
    "– Vi har valt sommaren just för att trafiken är lägre då. Men det kommer att märkas, säger Lars Strömgren, trafikborgarråd i Stockholm.",
    "Ombyggnaden av Slussen började 2016 och beräknas nu bli klar 2030, sex år senare än den ursprungliga planen. Den totala kostnaden har stigit till omkring 16 miljarder kronor.",
    "Gång- och cykeltrafiken påverkas inte av stängningen, enligt staden.",
]
url = "https://www.dn.se/sthlm/stockholm-stanger-slussen-for-biltrafik-i-tre-veckor/"
page(
    "dn.se.slussen-stangs",
    dict(
        title=t,
        date="2025-02-27",
        language="sv",
        url=url,
        people=["Lars Strömgren"],
        countries=["Sweden"],
        note="Batch 10 (written before anything ran on it; fictional). Imitates Dagens Nyheter: <h1 class=article__title>, a lead <div class=article__lead> (expected: the first paragraph), byline of two authors with pictures and 'Publicerad 2025-02-27 06.00' / 'Uppdaterad 2025-02-27 09.12' (the date only there and in <meta property=article:published_time>); a 'Läs mer:' paragraph with two linked headlines between paragraphs; a fact box <aside class=fact-box> 'Fakta. Slussen' with a heading and three lines inside the story body (not expected: the label treats it as furniture like a teaser, it repeats the text's figures); 'Ämnen i artikeln' topic buttons and 'Följ' (not); <title> 'headline - DN.se'.",
    ),
    P,
    head(f"{t} - DN.se", "sv")
    + og(t, "DN.se", url, P[0])
    + '<meta property="article:published_time" content="2025-02-27T06:00:00+01:00">\n'
    + '</head>\n<body class="article-page">\n<header class="site-header"><a href="/" class="site-header__logo">Dagens Nyheter</a>' + nav([("sverige", "Sverige"), ("sthlm", "Sthlm"), ("varlden", "Världen"), ("ekonomi", "Ekonomi"), ("kultur", "Kultur")]) + '<a href="/login" class="site-header__login">Logga in</a></header>\n'
    + '<main><article class="article"><header class="article__header"><span class="article__label">Sthlm</span><h1 class="article__title">' + h(t) + '</h1><div class="article__lead">' + h(P[0]) + '</div>'
    + '<div class="article__byline"><div class="byline__author"><img src="/img/author-1.jpg" alt=""><a href="/av/sara-lindqvist/">Sara Lindqvist</a></div><div class="byline__author"><img src="/img/author-2.jpg" alt=""><a href="/av/erik-wahlberg/">Erik Wahlberg</a></div></div>'
    + '<div class="article__meta"><span>Publicerad 2025-02-27 06.00</span> <span>Uppdaterad 2025-02-27 09.12</span></div></header>'
    + '<div class="article__body">' + ps(P[1:3])
    + '<p class="article__read-more"><strong>Läs mer:</strong> <a href="/sthlm/nya-slussen-forsenas/">Nya Slussen försenas igen</a> <a href="/sthlm/bussterminalen-oppnar/">Bussterminalen i berget öppnar</a></p>'
    + '<aside class="fact-box"><h2 class="fact-box__title">Fakta. Slussen</h2><ul><li>Byggstart: 2016</li><li>Beräknat klart: 2030</li><li>Kostnad: cirka 16 miljarder kronor</li></ul></aside>'
    + ps(P[3:]) + '</div>'
    + '<div class="article__topics"><h3>Ämnen i artikeln</h3><a href="/om/slussen/">Slussen</a> <button>Följ</button> <a href="/om/trafik/">Trafik</a> <button>Följ</button></div></article></main>\n'
    + '<footer class="site-footer"><p>Dagens Nyheter © 2025. Ansvarig utgivare: Peter Wolodarski</p></footer>\n'
    + end(),
)

# 14. Yle-style: a caption with its credit glued ("… Kuva: Name / Yle"), the date line
# "27.3.2025 06:30 • Päivitetty 27.3.2025 09:10", "Lue myös:" boxes, a "Lue lisää" list.
t = "Tampereen ratikka saa jatkoa Hervantajärvelle – kaupunki hyväksyi suunnitelman"
P = [
    "Tampereen kaupunginvaltuusto hyväksyi maanantaina raitiotien jatkon Hervannasta Hervantajärvelle. Uusi osuus on kaksi kilometriä pitkä ja siihen tulee kolme pysäkkiä.",
    "Rakentaminen alkaa ensi vuonna, ja ensimmäiset vaunut kulkevat jatko-osuudella arviolta vuonna 2028. Hanke maksaa noin 60 miljoonaa euroa.",
    "Raitiovaunu Hervannan valtaväylällä.",
    "Apulaispormestari Aleksi Jäntti kertoo, että Hervantajärvelle rakennetaan seuraavan kymmenen vuoden aikana asunnot noin 7 000 asukkaalle.",
    "– Ratikka tulee alueelle ennen kuin suurin osa asukkaista. Niin on tehty myös Hiedanrannassa, ja se on toiminut hyvin, Jäntti sanoo.",
    "Kaikki valtuutetut eivät olleet samaa mieltä. Valtuutettu Minna Ojala huomautti, että kaupungin velka on kasvanut nopeasti ja jatko-osuuden hyödyt ovat vielä epävarmoja.",
]
url = "https://yle.fi/a/74-20151234"
page(
    "yle.fi.ratikka-hervantajarvi",
    dict(
        title=t,
        date="2025-03-24",
        language="fi",
        url=url,
        people=["Aleksi Jäntti", "Minna Ojala"],
        countries=["Finland"],
        note="Batch 10 (written before anything ran on it; fictional). Imitates Yle Uutiset: <h1 class=yle__article__heading>, paragraphs <p class=yle__article__paragraph> in <section class=yle__article__content>, a figure whose <figcaption> holds the caption and the credit glued in one element 'Raitiovaunu Hervannan valtaväylällä. Kuva: Jussi Koskinen / Yle' (the caption expected, not the credit), two 'Lue myös:' boxes with a linked headline, the date line '24.3.2025 18:30 • Päivitetty 24.3.2025 20:05' in <time datetime> (no JSON-LD), the author line 'Anna Heikkilä, Teemu Salo' and 'Yle Tampere' (not); <title> 'headline | Yle Uutiset | yle.fi'.",
    ),
    P,
    head(f"{t} | Yle Uutiset | yle.fi", "fi")
    + og(t, "Yle Uutiset", url, P[0])
    + '</head>\n<body>\n<header class="yle-header"><a href="https://yle.fi/" class="yle-header__logo">Yle</a>' + nav([("uutiset", "Uutiset"), ("urheilu", "Urheilu"), ("areena", "Areena"), ("tampere", "Tampere")]) + '</header>\n'
    + '<main id="main-content"><article class="yle__article"><header class="yle__article__header"><h1 class="yle__article__heading yle__article__heading--h1">' + h(t) + '</h1>'
    + '<div class="yle__article__header__info"><span class="yle__article__author">Anna Heikkilä, Teemu Salo</span> <span class="yle__article__unit">Yle Tampere</span> <time class="yle__article__date" datetime="2025-03-24T18:30:00+02:00">24.3.2025 18:30</time> • <time class="yle__article__date--modified" datetime="2025-03-24T20:05:00+02:00">Päivitetty 24.3.2025 20:05</time></div></header>'
    + '<section class="yle__article__content">' + "".join(f'<p class="yle__article__paragraph">{h(p)}</p>' for p in P[:2])
    + '<figure class="yle__article__figure"><img src="https://images.cdn.yle.fi/image/upload/ratikka.jpg" alt=""><figcaption class="yle__article__figcaption">' + h(P[2]) + ' Kuva: Jussi Koskinen / Yle</figcaption></figure>'
    + '<aside class="yle__article__read-also"><span class="yle__article__read-also__label">Lue myös:</span> <a href="/a/74-20140001">Ratikan matkustajamäärä ylitti odotukset</a></aside>'
    + "".join(f'<p class="yle__article__paragraph">{h(p)}</p>' for p in P[3:5])
    + '<aside class="yle__article__read-also"><span class="yle__article__read-also__label">Lue myös:</span> <a href="/a/74-20139002">Tampereen velka kasvaa – näin kaupunki aikoo säästää</a></aside>'
    + "".join(f'<p class="yle__article__paragraph">{h(p)}</p>' for p in P[5:])
    + '</section><div class="yle__article__share"><button>Jaa</button> <button>Kopioi linkki</button></div></article>'
    + '<section class="yle__most-read"><h2>Luetuimmat</h2><ol><li><a href="/a/74-1">Lumimyräkkä sotki liikenteen</a></li><li><a href="/a/74-2">Tampereen Ilves voitti</a></li></ol></section></main>\n'
    + '<footer class="yle-footer"><p>© Yle 2025</p><a href="/aihe/yle-tietosuoja">Tietosuoja</a></footer>\n'
    + end(),
)

# 15. Bitrix (ru) in windows-1251: table layout, "news-detail" div with text runs and
# <br>, the date in <span class="news-date-time">, "Возврат к списку" link, "Версия для
# печати", a left menu with other news.
t = "В Вологде отремонтируют Октябрьский мост к осени"
P = [
    "Капитальный ремонт Октябрьского моста через реку Вологду начнётся в мае и должен завершиться до 1 октября, сообщили в мэрии.",
    "Подрядчик заменит деформационные швы, гидроизоляцию и покрытие проезжей части, а также отремонтирует тротуары и ограждения. Стоимость работ составит 186 миллионов рублей.",
    "На время ремонта движение по мосту будет организовано по одной полосе в каждом направлении. Автобусы маршрутов № 2, 9 и 14 продолжат ходить по обычной схеме.",
    "«Мост не ремонтировался с 2004 года, и его состояние уже требует срочных мер», — отметил начальник департамента городского хозяйства Виктор Смирнов.",
    "Жителей просят по возможности объезжать мост по Пречистенской набережной и через Окружное шоссе.",
]
url = "https://vologda-portal.ru/novosti/detail/oktyabrskiy-most-remont/"
CHARSETS["vologda-portal.ru.oktyabrskiy-most"] = "windows-1251"
page(
    "vologda-portal.ru.oktyabrskiy-most",
    dict(
        title=t,
        date="2025-04-15",
        language="ru",
        url=url,
        people=["Виктор Смирнов"],
        countries=["Russia"],
        note="Batch 10 (written before anything ran on it; fictional). Imitates a 1C-Bitrix municipal news site saved in windows-1251 (declared by <meta http-equiv=Content-Type content='text/html; charset=windows-1251'>): a layout table (left menu cell with other news, content cell), <h1> the headline, <div class=news-detail> holding the date <span class=news-date-time>15.04.2025</span>, a picture and the text as runs separated by <br><br> (no <p>), then 'Возврат к списку' and 'Версия для печати' links and a 'Поделиться' row (none expected); <title> 'headline | Официальный портал Вологды'.",
    ),
    P,
    '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml" lang="ru">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">\n'
    + f'<title>{h(t)} | Официальный портал Вологды</title>\n<link href="/bitrix/templates/vologda/styles.css" rel="stylesheet">\n<script src="/bitrix/js/main/core/core.js"></script>\n'
    + '</head>\n<body>\n<div id="panel"></div>\n<table class="main" width="100%" cellpadding="0" cellspacing="0"><tr><td colspan="2" class="header"><a href="/"><img src="/bitrix/templates/vologda/images/logo.png" alt="Официальный портал Вологды"></a><div class="top-menu"><a href="/gorod/">Город</a> | <a href="/vlast/">Власть</a> | <a href="/novosti/">Новости</a> | <a href="/kontakty/">Контакты</a></div></td></tr>'
    + '<tr><td class="left-column" width="220" valign="top"><div class="left-menu"><b>Новости</b><ul><li><a href="/novosti/detail/vesennyaya-uborka/">Весенняя уборка города продлится до 31 мая</a></li><li><a href="/novosti/detail/den-goroda/">План мероприятий ко Дню города</a></li><li><a href="/novosti/detail/avtobusy-grafik/">Изменения в расписании автобусов</a></li></ul></div></td>'
    + '<td class="content" valign="top"><div class="breadcrumbs"><a href="/">Главная</a> / <a href="/novosti/">Новости</a></div><h1>' + h(t) + '</h1>'
    + '<div class="news-detail"><span class="news-date-time">15.04.2025</span><img class="detail_picture" border="0" src="/upload/iblock/3f2/most.jpg" width="400" height="267" alt=""><br><br>'
    + "<br><br>".join(h(p) for p in P)
    + '<div style="clear:both"></div><br></div><p><a href="/novosti/">Возврат к списку</a></p><div class="print"><a href="?print=Y">Версия для печати</a></div><div class="share">Поделиться: <a href="https://vk.com/share.php?url=' + url + '">ВКонтакте</a> <a href="https://connect.ok.ru/offer?url=' + url + '">Одноклассники</a></div></td></tr>'
    + '<tr><td colspan="2" class="footer">© 2008–2025 Администрация города Вологды. 160000, г. Вологда, ул. Каменный мост, 4</td></tr></table>\n'
    + end(),
)

# 16. Hürriyet-style: "Haberin Devamı" continuation button between paragraphs, "İLGİLİ
# HABERLER" box, spot <h2>, date "Giriş: 08.05.2025 - 10:15 | Son Güncelleme: …".
t = "İzmir'de metro hattı Narlıdere'ye uzatılıyor"
P = [
    "İzmir Büyükşehir Belediyesi, Fahrettin Altay–Narlıdere metro hattının Güzelbahçe'ye kadar uzatılması için ihaleye çıkıyor.",
    "Yeni hat 7,2 kilometre uzunluğunda olacak ve beş istasyon içerecek. Projenin maliyetinin yaklaşık 9 milyar lira olduğu açıklandı.",
    "İzmir Büyükşehir Belediye Başkanı Cemil Tugay, projeyi belediye meclisinde tanıttı. Tugay, \"Güzelbahçe'den Bornova'ya aktarmasız ulaşım mümkün olacak\" dedi.",
    "Belediyeye göre hattın 2029 yılında hizmete girmesi planlanıyor. Hattın günde 120 bin yolcu taşıması bekleniyor.",
    "Güzelbahçe sakinleri ise inşaat sırasında sahil yolunda yaşanacak trafikten endişe ediyor.",
]
url = "https://www.hurriyet.com.tr/yerel-haberler/izmir/izmirde-metro-hatti-narlidereye-uzatiliyor-42781234"
page(
    "hurriyet.com.tr.izmir-metro-guzelbahce",
    dict(
        title=t,
        date="2025-05-08",
        language="tr",
        url=url,
        people=["Cemil Tugay"],
        countries=["Turkey"],
        note="Batch 10 (written before anything ran on it; fictional). Imitates Hürriyet: <h1 class=rhd-article-title>, spot <h2 class=rhd-article-spot> (expected), 'Giriş: 08.05.2025 - 10:15 | Son Güncelleme: 08.05.2025 - 11:02' (and JSON-LD), a 'Haberin Devamı' continuation button <div class=read-more-button> between paragraphs, an 'İLGİLİ HABERLER' box with two links and summaries, 'Reklam' slot, tags; <title> 'headline - Son Dakika Haberleri'.",
    ),
    P,
    head(f"{t} - Son Dakika Haberleri", "tr")
    + og(t, "Hürriyet", url, P[0])
    + jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": t, "datePublished": "2025-05-08T10:15:00+03:00", "dateModified": "2025-05-08T11:02:00+03:00"})
    + '</head>\n<body>\n<header class="header"><a class="logo" href="/">Hürriyet</a>' + nav([("gundem", "Gündem"), ("ekonomi", "Ekonomi"), ("dunya", "Dünya"), ("yerel-haberler", "Yerel")]) + '</header>\n'
    + '<main><div class="rhd-article-box"><h1 class="rhd-article-title">' + h(t) + '</h1><h2 class="rhd-article-spot">' + h(P[0]) + '</h2>'
    + '<div class="rhd-time-box"><span class="rhd-time-box-text">Giriş: 08.05.2025 - 10:15</span> | <span>Son Güncelleme: 08.05.2025 - 11:02</span></div>'
    + '<div class="rhd-all-article-detail">' + ps(P[1:3])
    + '<div class="read-more-button"><a href="#devami">Haberin Devamı</a></div>'
    + '<div class="ad-box"><span>Reklam</span></div>'
    + ps(P[3:4])
    + '<div class="related-news-box"><span class="title">İLGİLİ HABERLER</span><div class="item"><a href="/yerel-haberler/izmir/izban-seferleri-artiyor-42770001">İZBAN seferleri artıyor</a><p>Yaz tarifesiyle birlikte sefer sayısı yüzde 20 artırılacak.</p></div><div class="item"><a href="/yerel-haberler/izmir/narlidere-metrosu-acildi-42200011">Narlıdere metrosu açıldı</a><p>Hattın ilk gününde 40 bin yolcu taşındı.</p></div></div>'
    + ps(P[4:]) + '</div>'
    + '<div class="rhd-article-tags"><a href="/haberleri/izmir">izmir</a> <a href="/haberleri/metro">metro</a> <a href="/haberleri/cemil-tugay">cemil tugay</a></div></div></main>\n'
    + '<footer><p>© Copyright 2025 Hürriyet Gazetecilik ve Matbaacılık A.Ş. Her hakkı saklıdır.</p></footer>\n'
    + end(),
)

# 17. Detik-style: "Jakarta - " dateline in <strong>, "Baca juga:" as a table, the ad
# line "ADVERTISEMENT SCROLL TO CONTINUE WITH CONTENT", the editor code "(rdp/imk)" and
# "Halaman 1 2" pager; two authors "Rizky Pratama, Dewi Lestari - detikNews".
t = "Pemprov DKI Tambah 200 Bus Listrik Transjakarta Tahun Ini"
P = [
    "Jakarta - Pemerintah Provinsi DKI Jakarta menambah 200 unit bus listrik untuk armada Transjakarta sepanjang tahun ini. Bus-bus tersebut akan dioperasikan secara bertahap mulai Juni.",
    "Gubernur DKI Jakarta Pramono Anung mengatakan penambahan armada itu bagian dari target elektrifikasi separuh armada Transjakarta pada 2027.",
    "\"Tahun ini 200 unit, tahun depan kita targetkan 500 unit lagi. Udara Jakarta harus lebih bersih,\" kata Pramono di Balai Kota, Rabu (21/5/2025).",
    "Direktur Utama Transjakarta Welfizon Yuza menjelaskan bus listrik baru itu akan melayani koridor 1 Blok M-Kota dan koridor 9 Pinang Ranti-Pluit lebih dulu.",
    "Saat ini Transjakarta mengoperasikan sekitar 300 bus listrik dari total lebih dari 4.000 armada.",
]
url = "https://news.detik.com/berita/d-7923456/pemprov-dki-tambah-200-bus-listrik-transjakarta-tahun-ini"
page(
    "news.detik.com.bus-listrik-transjakarta",
    dict(
        title=t,
        date="2025-05-21",
        language="id",
        url=url,
        people=["Pramono Anung", "Welfizon Yuza"],
        countries=["Indonesia"],
        note="Batch 10 (written before anything ran on it; fictional). Imitates detikNews: <h1 class=detail__title>, 'Rizky Pratama, Dewi Lestari - detikNews' author line, 'Rabu, 21 Mei 2025 14:32 WIB' in <div class=detail__date> (and <meta name=publishdate>), the body <div class=\"detail__body-text itp_bodycontent\"> whose first paragraph opens with '<strong>Jakarta</strong> - ' (kept, as the reader sees it), a 'Baca juga:' <table class=linksisip> between paragraphs, the ad line 'ADVERTISEMENT' / 'SCROLL TO CONTINUE WITH CONTENT' inside the body, the editor code '(rdp/imk)' as the last <strong> line, 'Halaman 1 2 Selanjutnya'-free single page, 'Tonton juga video' box and tags, the lead photo's credit-only caption 'Foto: Rizky Pratama/detikcom' (none expected); <title> 'headline'.",
    ),
    P,
    head(t, "id")
    + og(t, "detiknews", url, P[0][9:])
    + '<meta name="publishdate" content="2025/05/21 14:32:10">\n<meta name="author" content="Rizky Pratama, Dewi Lestari">\n'
    + '</head>\n<body>\n<header class="header"><a href="https://news.detik.com/" class="logo">detikNews</a>' + nav([("berita", "Berita"), ("daerah", "Daerah"), ("internasional", "Internasional"), ("kolom", "Kolom")]) + '</header>\n'
    + '<main><article class="detail"><div class="detail__header"><h1 class="detail__title">' + h(t) + '</h1><div class="detail__author">Rizky Pratama, Dewi Lestari - detikNews</div><div class="detail__date">Rabu, 21 Mei 2025 14:32 WIB</div></div>'
    + '<figure class="detail__media-image"><img src="https://akcdn.detik.net.id/community/media/visual/2025/05/21/bus-listrik.jpg" alt=""><figcaption class="detail__media-caption">Foto: Rizky Pratama/detikcom</figcaption></figure>'
    + '<div class="detail__body-text itp_bodycontent"><p><strong>Jakarta</strong> - ' + h(P[0][len("Jakarta - "):]) + '</p>'
    + ps(P[1:2])
    + '<table class="linksisip"><tr><td><div class="lihatjg"><strong>Baca juga:</strong> <a href="https://news.detik.com/berita/d-7901234/tarif-transjakarta-tidak-naik">Tarif Transjakarta Dipastikan Tidak Naik Tahun Ini</a></div></td></tr></table>'
    + ps(P[2:3])
    + '<div class="parallaxindetail scrollpage"><div class="ads-scrollpage-top"><span>ADVERTISEMENT</span></div><div id="div-gpt-ad-parallax"></div><div class="ads-scrollpage-bottom"><span>SCROLL TO CONTINUE WITH CONTENT</span></div></div>'
    + ps(P[3:])
    + '<p><strong>(rdp/imk)</strong></p></div>'
    + '<div class="detail__body-tag"><a href="https://www.detik.com/tag/transjakarta">transjakarta</a> <a href="https://www.detik.com/tag/bus-listrik">bus listrik</a> <a href="https://www.detik.com/tag/pramono-anung">pramono anung</a></div>'
    + '<div class="video-box"><h3>Tonton juga video \"Uji Coba Bus Listrik Rute Baru\"</h3></div></article>'
    + '<aside class="box_terpopuler"><h2>Terpopuler</h2><ol><li><a href="/1">Ganjil Genap Jakarta Hari Ini</a></li><li><a href="/2">Cuaca Jakarta Besok</a></li></ol></aside></main>\n'
    + '<footer><p>Copyright @ 2025 detikcom. All right reserved</p></footer>\n'
    + end(),
)

# 18. Yahoo!ニュース-style syndication in Shift_JIS: the provider's name in the title in
# full-width brackets, "3/19(水) 10:15配信", the body as text with <br> inside one <p>,
# "【関連記事】" links, "最終更新:3/19(水) 11:02", comments count.
t = "富山市、路面電車の新駅を来春開業へ　総曲輪に"
P = [
    "富山市は18日、市内電車の新しい停留場を総曲輪通りに設け、来年3月に開業させると発表した。新停留場の設置は2020年の南北接続以来となる。",
    "新停留場は西町と大手モールの間に設けられ、1日あたり約1500人の利用を見込む。事業費は約4億円で、国の補助金を活用する。",
    "藤井裕久市長は記者会見で「中心市街地への来訪者を増やし、歩いて楽しめるまちづくりにつなげたい」と述べた。",
    "市によると、停留場の整備に合わせて周辺の歩道も広げる。工事は今年8月に始まる予定だ。",
]
url = "https://news.yahoo.co.jp/articles/3f9a2b7c1d0e4f5a6b7c8d9e0f1a2b3c4d5e6f70"
CHARSETS["news.yahoo.co.jp.toyama-shinteiryujo"] = "shift_jis"
page(
    "news.yahoo.co.jp.toyama-shinteiryujo",
    dict(
        title=t,
        date="2025-03-19",
        language="ja",
        url=url,
        people=["藤井裕久"],
        countries=["Japan"],
        note="Batch 10 (written before anything ran on it; fictional). Imitates a Yahoo!ニュース syndicated article, saved in Shift_JIS (declared by <meta http-equiv=Content-Type content='text/html; charset=Shift_JIS'>): <title> 'headline（北日本ニュース） - Yahoo!ニュース' (the provider in full-width brackets, then the portal), the <h1> the headline; '3/19(水) 10:15配信' (no year on the page; the year only in JSON-LD datePublished), the provider's name and logo, the body one <div class=article_body> whose <p> holds the paragraphs separated by <br><br>, then '【関連記事】' with three links, '最終更新:3/19(水) 11:02', 'コメント 12件' and a ranking (none expected).",
    ),
    P,
    '<!DOCTYPE html>\n<html lang="ja">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">\n'
    + f'<title>{h(t)}（北日本ニュース） - Yahoo!ニュース</title>\n'
    + og(f"{t}（北日本ニュース） - Yahoo!ニュース", "Yahoo!ニュース", url, P[0])
    + jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": t, "datePublished": "2025-03-19T10:15:00+09:00", "dateModified": "2025-03-19T11:02:00+09:00", "publisher": {"@type": "Organization", "name": "Yahoo!ニュース"}, "author": {"@type": "Organization", "name": "北日本ニュース"}})
    + '</head>\n<body>\n<div id="wrapper"><header id="msthd"><a href="https://news.yahoo.co.jp/">Yahoo!ニュース</a><ul class="yjnHeader_nav"><li><a href="/topics/top-picks">トップ</a></li><li><a href="/categories/domestic">国内</a></li><li><a href="/categories/local">地域</a></li><li><a href="/ranking">ランキング</a></li></ul></header>\n'
    + '<main id="contentsWrap"><article id="uamods"><header><h1 class="sc-dkrFOg">' + h(t) + '</h1><div class="article_header_info"><p class="sc-jSMfEi"><time>3/19(水) 10:15配信</time></p><a class="provider" href="/media/kitanihon"><img src="https://s.yimg.jp/images/news/provider/kitanihon.png" alt="">北日本ニュース</a></div></header>'
    + '<div class="article_body highLightSearchTarget"><p class="sc-iqcoie">' + "<br><br>".join(h(p) for p in P) + '</p></div>'
    + '<div class="related_articles"><p>【関連記事】</p><ul><li><a href="https://news.yahoo.co.jp/articles/a1">富山駅前の再開発、第2期工事に着手</a></li><li><a href="https://news.yahoo.co.jp/articles/a2">路面電車の利用者、過去最多に</a></li><li><a href="https://news.yahoo.co.jp/articles/a3">総曲輪通りの空き店舗、3年で半減</a></li></ul></div>'
    + '<p class="article_footer_update">最終更新:3/19(水) 11:02</p><p class="provider_copyright">北日本ニュース</p></article>'
    + '<div class="comment_area"><a href="/articles/3f9a/comments">コメント 12件</a></div>'
    + '<aside class="ranking"><h2>アクセスランキング</h2><ol><li><a href="/r1">桜の開花、全国で平年より早く</a></li><li><a href="/r2">春の高校野球、組み合わせ決まる</a></li></ol></aside></main>\n'
    + '<footer id="footer"><p>(C) LY Corporation</p></footer></div>\n'
    + end(),
)

# 19. Sina-style in GBK: <div id="artibody"> with full-width-indented <p>, the date
# "2025年04月09日 10:15", the source "来源：新浪财经", a video block, "新浪财经APP" promo,
# "责任编辑：" line, "相关阅读" list; <title> "headline_新浪财经_新浪网".
t = "杭州地铁10号线北延段年底通车"
P = [
    "记者从杭州市地铁集团获悉，杭州地铁10号线北延段已完成全部主体工程，预计今年12月底开通运营。",
    "北延段全长约7.8公里，设车站5座，将连接主城区与余杭区良渚街道。开通后，从良渚到武林广场的时间将缩短至约30分钟。",
    "杭州市地铁集团副总经理周建明表示，目前正在进行设备安装和系统调试，三季度将开始空载试运行。",
    "截至目前，杭州地铁运营线路总里程已超过500公里。",
]
url = "https://finance.sina.com.cn/jjxw/2025-04-09/doc-inerxyzk1234567.shtml"
CHARSETS["finance.sina.com.cn.hangzhou-ditie-10"] = "gbk"
page(
    "finance.sina.com.cn.hangzhou-ditie-10",
    dict(
        title=t,
        date="2025-04-09",
        language="zh",
        url=url,
        people=["周建明"],
        countries=["China"],
        note="Batch 10 (written before anything ran on it; fictional). Imitates a Sina Finance article saved in GBK (declared by <meta http-equiv=Content-type content='text/html; charset=gb2312'>): <title> 'headline_新浪财经_新浪网', <h1 class=main-title>, '2025年04月09日 10:15' in <span class=date> and the source '来源：杭州日报' beside it (no JSON-LD); the body <div class=article id=artibody> of <p> each opening with two ideographic spaces; a '新浪财经APP' promotion line with a link and an <!-- 正文页 --> comment inside the body, '责任编辑：王晓' at the end, '相关阅读' and '新浪财经公众号' after it (none expected).",
    ),
    P,
    '<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv="Content-type" content="text/html; charset=gb2312">\n'
    + f'<title>{h(t)}_新浪财经_新浪网</title>\n<meta name="keywords" content="杭州地铁,10号线">\n<meta name="description" content="{html.escape(P[0])}">\n'
    + '</head>\n<body>\n<div class="top-nav"><a href="https://www.sina.com.cn/">新浪首页</a> <a href="https://finance.sina.com.cn/">新浪财经</a> <a href="https://finance.sina.com.cn/stock/">股票</a> <a href="https://finance.sina.com.cn/fund/">基金</a></div>\n'
    + '<div class="main-content w1240"><h1 class="main-title">' + h(t) + '</h1><div class="top-bar-wrap"><div class="date-source"><span class="date">2025年04月09日 10:15</span> <span class="source">来源：杭州日报</span></div><div class="top-bar-share"><a href="#">微博</a> <a href="#">微信</a></div></div>'
    + '<div class="article-content clearfix"><div class="article" id="artibody"><!-- 正文页 -->'
    + "".join(f"<p>\u3000\u3000{h(p)}</p>" for p in P)
    + '<p><a href="https://finance.sina.com.cn/mobile/comfinanceweb.shtml">海量资讯、精准解读，尽在新浪财经APP</a></p>'
    + '<p class="show_author">责任编辑：王晓</p></div></div>'
    + '<div class="article-bottom"><div class="related"><h3>相关阅读</h3><ul><li><a href="/r1.shtml">杭州地铁3号线客流创新高</a></li><li><a href="/r2.shtml">杭州今年计划新开工两条地铁线</a></li></ul></div><div class="gzh">新浪财经公众号：24小时滚动推送最新财经资讯</div></div></div>\n'
    + '<div class="footer"><p>新浪公司 版权所有</p></div>\n'
    + end(),
)

# 20. Korean regional paper in EUC-KR: the body <div id="articleBody"> with <br> text, the
# reporter line "김민수 기자 minsu@…" at the end, "ⓒ …무단전재 및 재배포금지", "입력
# 2025.04.02 10:15", "관련기사" list; <title> "headline - 강원미래신문".
t = "춘천 레고랜드 앞 도로 확장 공사 다음 달 착공"
P = [
    "춘천시는 레고랜드 코리아 리조트 진입도로 확장 공사를 다음 달 착공한다고 1일 밝혔다.",
    "공사는 중도 진입로 1.2㎞ 구간을 왕복 2차로에서 4차로로 넓히는 것으로, 사업비 180억원이 투입된다. 준공은 2026년 말 예정이다.",
    "주말마다 반복되던 진입로 정체가 크게 줄어들 것으로 시는 기대하고 있다.",
    "육동한 춘천시장은 \"관광객과 시민 모두 불편을 겪었던 구간\"이라며 \"공사 기간 교통 불편을 최소화하겠다\"고 말했다.",
]
url = "http://www.gwmirae.co.kr/news/articleView.html?idxno=58231"
CHARSETS["gwmirae.co.kr.legoland-doro"] = "euc-kr"
page(
    "gwmirae.co.kr.legoland-doro",
    dict(
        title=t,
        date="2025-04-02",
        language="ko",
        url=url,
        people=["육동한"],
        countries=["South Korea"],
        note="Batch 10 (written before anything ran on it; fictional). Imitates an older Korean regional paper's ND-soft-like page saved in EUC-KR (declared by <meta http-equiv=Content-Type content='text/html; charset=euc-kr'>): <title> 'headline - 강원미래신문', the headline in <div class=article-head-title> (no <h1>; an <h1> holds the logo), '입력 2025.04.02 10:15' in the info row, the body <div id=articleBody> of text runs split by <br><br>, ending with the reporter line '김민수 기자 minsu@gwmirae.co.kr' and '<저작권자 ⓒ 강원미래신문, 무단전재 및 재배포금지>' (not expected), a '관련기사' list and a 'Top' button.",
    ),
    P,
    '<!DOCTYPE html>\n<html lang="ko">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=euc-kr">\n'
    + f'<title>{h(t)} - 강원미래신문</title>\n'
    + f'<meta property="og:title" content="{html.escape(t)}">\n<meta property="og:url" content="{url}">\n'
    + '</head>\n<body>\n<div id="user-wrap"><div id="user-header"><h1 class="logo"><a href="/"><img src="/image/logo.gif" alt="강원미래신문"></a></h1><ul class="gnb"><li><a href="/news/articleList.html?sc_section_code=S1N1">정치</a></li><li><a href="/news/articleList.html?sc_section_code=S1N2">경제</a></li><li><a href="/news/articleList.html?sc_section_code=S1N3">사회</a></li></ul></div>\n'
    + '<div id="user-container"><div class="article-head"><div class="article-head-title">' + h(t) + '</div><div class="info-text"><ul><li>김민수 기자</li><li>입력 2025.04.02 10:15</li><li>댓글 0</li></ul></div></div>'
    + '<div id="articleBody" class="article-body">' + "<br><br>".join(h(p) for p in P) + '<br><br>김민수 기자 minsu@gwmirae.co.kr<br><br>&lt;저작권자 ⓒ 강원미래신문, 무단전재 및 재배포금지&gt;</div>'
    + '<div class="article-relation"><strong>관련기사</strong><ul><li><a href="/news/articleView.html?idxno=57011">레고랜드 방문객 지난해 100만명 돌파</a></li><li><a href="/news/articleView.html?idxno=56320">중도 유적공원 조성 본격화</a></li></ul></div><a href="#user-wrap" class="top">Top</a></div>\n'
    + '<div id="user-footer">강원미래신문 | 강원도 춘천시 중앙로 1 | 등록번호 강원 아00123</div></div>\n'
    + end(),
)


if __name__ == "__main__":
    write(PAGES)
    # Re-encode the legacy-charset pages: each declares its charset in its first bytes.
    for name, charset in CHARSETS.items():
        path = os.path.join(OUT, name + ".html")
        with open(path, encoding="utf-8") as f:
            text = f.read()
        with open(path, "wb") as f:
            f.write(text.encode(charset))
    print(f"{len(CHARSETS)} pages re-encoded")
