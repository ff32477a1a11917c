#!/usr/bin/env python3
"""Writes batch 11 of the written pages (issue #15, extraction round 11) into `extra/`.

Each page is its HTML, its expected text and its labels, written together before anything
ran on them; events and people are fictional. Batch 11 aims at page kinds and systems no
earlier batch imitated: a Substack post with inline subscribe widgets, a Business Wire
press release (dateline, "About" boilerplate, contacts, safe-harbour text), a Blogger post
of `<br>` runs whose `<title>` puts the blog first, an opinion column with the author's bio
at its end under a `<title>` that puts the site first, a Drupal university news release
with a media contact, a Czech story paginated over three pages, a Naver news page (headline
an `<h2>` under a logo `<h1>`), a Hungarian review with a rating and a specification box, a
Romanian government press page with attachments, a Danish live blog, a Ukrainian story
dated only in words, a Greek paywalled teaser, a Hebrew story dated "dd.mm.yy", a Persian
agency story dated in the Solar Hijri calendar with "انتهای پیام", a Hindi photo essay of
long captions, a Bengali story with Bengali digits, a Thai story dated in the Buddhist
era, a Vietnamese story whose author closes it, an Arabic interview of bold questions and a
Spanish regional page whose headline is an `<h2>` under a logo `<h1>`.
Run from anywhere: `python3 benches/realpages/batch11.py`.
"""
import html

from batch_kit import end, h, head, jsonld, lis, nav, og, page, PAGES, ps, write

# 1. Substack post: <h1 class=post-title>, <h3 class=subtitle> (the standfirst, expected),
# the body in div.available-content > div.body.markup with a "Subscribe now" button
# widget and a "Share" captioned button in the middle, a footnote, the like/comment row,
# "Ready for more?" subscribe box and "Discussion about this post" after.
t = "The quiet collapse of the county weekly"
sub = "Three papers closed in our region this year. I spent a month finding out who reads the ones that are left."
P = [
    sub,
    "On the last Thursday in September, the Harlan Falls Courier printed its final edition. It was twelve pages long, four of them legal notices, and it carried a short front-page letter from the owner thanking readers for 131 years.",
    "The Courier was the third weekly in our five-county region to close in 2025. The Pine Ridge Record went in March and the Oakes Valley Sentinel in June. What is left are six weeklies, one daily that prints three days a week, and a handful of Facebook groups.",
    "I wanted to know who still pays for the papers that survive, so I spent October riding along with delivery drivers, sitting in on a newsroom of two, and talking to more than forty subscribers.",
    "Who is still reading",
    "The short answer is: older readers, and people who need the legal notices. Marlene Ostby, who has run the Tri-County Ledger for nineteen years, showed me her subscriber list. Of 2,140 paid subscribers, just over 1,500 are 65 or older.",
    "\u201cWhen one of my readers dies, I usually find out because the family calls to cancel,\u201d she said. \u201cThat is how I lose most of them now.\u201d",
    "But the surprise was the second group: contractors, lawyers and county employees who read every public notice, every zoning hearing and every bid announcement. For them the paper is a work tool.",
    "What would keep them alive",
    "Nobody I spoke to believed advertising would come back. The papers that are holding on have done two things: raised the price of a subscription, and put their public notices online in a form people can search.",
    "Next week: the weekly that went nonprofit, and what its first year looked like.",
]
url = "https://plainsledger.substack.com/p/the-quiet-collapse-of-the-county-weekly"
sub_widget = '<p class="button-wrapper" data-attrs=\'{"url":"https://plainsledger.substack.com/subscribe?","text":"Subscribe now"}\'><a class="button primary" href="https://plainsledger.substack.com/subscribe?"><span>Subscribe now</span></a></p>'
page(
    "plainsledger.substack.com.county-weekly",
    dict(
        title=t,
        date="2025-11-06",
        language="en",
        url=url,
        people=["Marlene Ostby"],
        countries=[],
        note="Batch 11 (written before anything ran on it; fictional). Imitates a Substack post: <title> 'headline - The Plains Ledger', og:title the headline; <h1 class=post-title>, the subtitle <h3 class=subtitle> (the standfirst, expected), the byline with the author's avatar and 'Nov 6, 2025'; the body div.available-content > div.body.markup holds <p>s, two <h2>s, a 'Subscribe now' button widget and a 'Share' captioned-button widget ('Thanks for reading The Plains Ledger! Subscribe for free to receive new posts and support my work.') between paragraphs (not expected), and after it the like/comment/restack row, a 'Ready for more?' subscribe form and 'Discussion about this post' with two comments (none expected). Date: JSON-LD datePublished 2025-11-06.",
    ),
    P,
    head(f"{t} - The Plains Ledger", "en")
    + og(t, "The Plains Ledger", url, sub)
    + jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "url": url, "headline": t, "description": sub, "datePublished": "2025-11-06T12:02:41+00:00", "dateModified": "2025-11-06T12:02:41+00:00", "author": [{"@type": "Person", "name": "Caleb Norquist", "url": "https://substack.com/@calebnorquist"}], "publisher": {"@type": "Organization", "name": "The Plains Ledger"}})
    + '</head>\n<body>\n<div id="entry"><div class="main-menu"><div class="topbar-content"><a href="/" class="navbar-title-link">The Plains Ledger</a><div class="navbar-buttons"><a href="/subscribe" class="button primary">Subscribe</a><a href="/sign-in" class="button">Sign in</a></div></div></div>\n'
    + '<div class="container"><div class="single-post-container"><div class="single-post"><article class="typography newsletter-post post">'
    + '<div class="post-header"><h1 class="post-title published">' + h(t) + '</h1><h3 class="subtitle">' + h(sub) + '</h3>'
    + '<div class="post-meta"><div class="profile-hover-card-target"><a href="https://substack.com/@calebnorquist">Caleb Norquist</a></div><div class="pencraft pc-display-flex"><div class="meta-EgzBVA">Nov 6, 2025</div></div>'
    + '<div class="post-ufi"><a class="like-button" href="#">124</a><a class="comment-button" href="#comments">31</a><a class="restack-button" href="#">12</a><button class="share-button">Share</button></div></div></div>'
    + '<div class="available-content"><div dir="auto" class="body markup">'
    + ps(P[1:4])
    + '<div class="subscription-widget-wrap-editor" data-attrs=\'{"url":"https://plainsledger.substack.com/subscribe?","text":"Subscribe","language":"en"}\'><div class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">The Plains Ledger is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.</p></div><form class="subscription-widget-subscribe"><input type="email" class="email-input" name="email" placeholder="Type your email\u2026"><input type="submit" class="button primary" value="Subscribe"></form></div></div>'
    + '<h2 class="header-anchor-post">' + h(P[4]) + '</h2>'
    + ps(P[5:8])
    + '<div class="captioned-button-wrap" data-attrs=\'{"url":"https://plainsledger.substack.com/p/the-quiet-collapse-of-the-county-weekly?utm_source=substack&utm_medium=email&utm_content=share&action=share","text":"Share"}\'><div class="preamble"><p class="cta-caption">Thanks for reading The Plains Ledger! This post is public so feel free to share it.</p></div>' + '<p class="button-wrapper"><a class="button primary" href="' + url + '?action=share"><span>Share</span></a></p></div>'
    + '<h2 class="header-anchor-post">' + h(P[8]) + '</h2>'
    + ps(P[9:11])
    + sub_widget
    + '</div></div>'
    + '<div class="post-footer"><div class="post-ufi"><a class="like-button" href="#">124 Likes</a> <a class="post-ufi-button" href="#comments">31 Comments</a> <a href="#">12 Restacks</a></div></div>'
    + '</article>'
    + '<div class="visibility-check"></div><div class="subscribe-footer"><h2>Ready for more?</h2><form class="subscription-widget-subscribe"><input type="email" placeholder="Type your email\u2026"><input type="submit" class="button primary" value="Subscribe"></form></div>'
    + '<div id="comments" class="comments-section"><h4 class="comments-heading">Discussion about this post</h4><div class="comment-list"><div class="comment"><div class="comment-meta"><a href="#">Ruth Ellingboe</a> <span>Nov 6</span></div><div class="comment-body"><p>My father delivered the Pine Ridge Record for thirty years. When it closed, nobody in town knew when the school board met anymore. We found out about the levy vote after it happened.</p></div></div><div class="comment"><div class="comment-meta"><a href="#">Dale Kettering</a> <span>Nov 7</span></div><div class="comment-body"><p>The point about public notices is the one nobody talks about. I am a surveyor and I read every page of them. I would pay twice the price.</p></div></div></div></div>'
    + '</div></div></div></div>\n<div class="footer-wrap"><div class="footer"><p>\u00a9 2025 Caleb Norquist</p><a href="https://substack.com/privacy">Privacy</a> \u2219 <a href="https://substack.com/tos">Terms</a> \u2219 <a href="https://substack.com/signup">Start writing</a> <a href="https://substack.com/app">Get the app</a><p>Substack is the home for great culture</p></div></div>\n'
    + end(),
)

# 2. Business Wire press release: <title> "headline | Business Wire"; the headline <h1>,
# a subhead list (expected as the standfirst), the dateline run into the first paragraph
# ("ROCHESTER, N.Y.--(BUSINESS WIRE)--"), "About Lakeshore Optics" boilerplate,
# forward-looking statements, "Contacts" with names, phone and e-mail (none expected).
t = "Lakeshore Optics to Build $180 Million Lens Coating Plant in Rochester, Adding 420 Jobs"
P = [
    "New facility will triple the company\u2019s capacity for precision coatings used in medical imaging and satellite instruments",
    "ROCHESTER, N.Y.--(BUSINESS WIRE)--Lakeshore Optics, Inc. (NASDAQ: LKSO), a maker of precision optical components, today announced plans to build a $180 million lens coating plant in the Eastman Business Park in Rochester, New York. The company expects to hire 420 people at the plant over five years.",
    "The 210,000-square-foot facility will house 24 vacuum coating chambers and a clean-room assembly line. Construction is expected to begin in the second quarter of 2026, with production starting in late 2027.",
    "\u201cRochester has been the home of American optics for more than a century, and this is where the people who know how to do this work live,\u201d said Theresa Vukovich, chief executive officer of Lakeshore Optics. \u201cThis plant lets us say yes to customers we have had to turn away.\u201d",
    "The company said demand for its coatings had grown by about 40 percent a year since 2022, driven by orders from makers of medical imaging equipment and small satellites.",
    "New York State will support the project with up to $22 million in Excelsior Jobs Program tax credits, tied to the hiring commitments. Monroe County has approved a 15-year property tax agreement.",
]
url = "https://www.businesswire.com/news/home/20251202005112/en/Lakeshore-Optics-to-Build-180-Million-Lens-Coating-Plant-in-Rochester-Adding-420-Jobs"
page(
    "businesswire.com.lakeshore-optics-rochester",
    dict(
        title=t,
        date="2025-12-02",
        language="en",
        url=url,
        people=["Theresa Vukovich"],
        countries=["United States"],
        note="Batch 11 (written before anything ran on it; fictional). Imitates a Business Wire release: <title> 'headline | Business Wire'; the headline <h1 class=epr-headline>, the subhead in <div class=bw-release-subhead><ul><li><i> (expected, as the standfirst); a <time> 'December 02, 2025 08:00 AM Eastern Standard Time'; the body div.bw-release-story starts with the dateline run into the first paragraph ('ROCHESTER, N.Y.--(BUSINESS WIRE)--', kept with it); then '<b>About Lakeshore Optics</b>' boilerplate, a 'Forward-Looking Statements' paragraph, and after the story 'Contacts' (a media and an investor contact with phones and e-mail), a social share row, 'More News From Lakeshore Optics, Inc.' and 'Release Summary' (none expected).",
    ),
    P,
    head(f"{t} | Business Wire", "en")
    + og(t, "Business Wire", url, P[0])
    + '<meta name="dc.date" content="2025-12-02">\n'
    + '</head>\n<body class="bw-release">\n<div class="bw-header"><a href="/" class="bw-logo">Business Wire</a>' + nav([("portal/site/home/news", "News"), ("portal/site/home/solutions", "Solutions"), ("portal/site/home/contact", "Contact Us")], "bw-nav") + '</div>\n'
    + '<div class="bw-release-main"><div class="bw-release-breadcrumbs"><a href="/news/home/">Press Releases</a></div>'
    + '<h1 class="epr-headline">' + h(t) + '</h1>'
    + '<div class="bw-release-subhead"><ul><li><i>' + h(P[0]) + '</i></li></ul></div>'
    + '<div class="bw-release-timestamp"><time datetime="2025-12-02T13:00:00Z">December 02, 2025 08:00 AM Eastern Standard Time</time></div>'
    + '<div class="bw-release-share"><a href="#">Share</a> <a href="#">Facebook</a> <a href="#">LinkedIn</a> <a href="#">X</a> <a href="#">Email</a> <a href="#">Print</a></div>'
    + '<div class="bw-release-story">'
    + '<p><b>ROCHESTER, N.Y.--(<a href="http://www.businesswire.com">BUSINESS WIRE</a>)--</b>' + h(P[1][len("ROCHESTER, N.Y.--(BUSINESS WIRE)--"):]) + '</p>'
    + ps(P[2:])
    + '<p><b>About Lakeshore Optics</b></p><p>Lakeshore Optics, Inc. designs and manufactures precision optical components and thin-film coatings for medical, aerospace and industrial customers. Founded in 1988, the company employs 1,150 people at sites in New York, Arizona and Penang, Malaysia. For more information, visit <a href="https://www.lakeshoreoptics.com">www.lakeshoreoptics.com</a>.</p>'
    + '<p><b>Forward-Looking Statements</b></p><p>This press release contains forward-looking statements within the meaning of the Private Securities Litigation Reform Act of 1995, including statements about the timing, cost and hiring of the planned facility. Actual results may differ materially because of risks described in the company\u2019s filings with the Securities and Exchange Commission.</p>'
    + '</div>'
    + '<div class="bw-release-contact"><h2>Contacts</h2><p><b>Media</b><br>Janelle Ortiz<br>Lakeshore Optics<br>+1 585-555-0142<br>jortiz@lakeshoreoptics.com</p><p><b>Investors</b><br>Michael Brandt<br>+1 585-555-0178<br>ir@lakeshoreoptics.com</p></div>'
    + '<div class="bw-release-sidebars"><h3>More News From Lakeshore Optics, Inc.</h3><ul><li><a href="/news/home/20251030005020/en/">Lakeshore Optics Reports Third Quarter 2025 Results</a></li><li><a href="/news/home/20250812005233/en/">Lakeshore Optics Opens Application Lab in Tucson</a></li></ul><h3>Release Summary</h3><p>Lakeshore Optics announces a $180 million lens coating plant in Rochester, N.Y.</p></div></div>\n'
    + '<footer class="bw-footer"><p>\u00a9 2025 Business Wire, Inc. A Berkshire Hathaway Company</p><a href="/portal/site/home/privacy/">Privacy Statement</a> <a href="/portal/site/home/terms/">Terms of Use</a></footer>\n'
    + end(),
)

# 3. Blogger (blogspot) post: <title> "Blog name: Post title"; the blog's name the <h1>,
# the post title an <h3 class=post-title>, the date in <h2 class=date-header> and in
# <abbr class=published title=...> in "Posted by ... at 9:14 AM"; the body <br> runs.
t = "Counting swifts at the old Hadley chimney"
P = [
    "Every September, for about two weeks, the chimney swifts gather at the old Hadley Paper Company smokestack before they leave for South America. Last night five of us met in the parking lot at 6:30 to count them going in.",
    "It was a cool, clear evening and the birds started circling at about 7:05. By 7:20 there was a funnel of them over the stack, and at 7:31 the first ones dropped in. Counting them is a matter of clicking in tens and hoping you are all counting the same tens.",
    "Our totals ranged from 1,840 to 2,115. We settled on 1,980, which is the highest count at the Hadley stack since Gordon Pell started keeping records here in 2009.",
    "Gordon thinks the closing of two other roost chimneys in town has pushed more birds to this one. The mill's owners have promised not to cap the stack, but it is on the list of buildings the town wants to demolish, so the count matters.",
    "We will be out again on Thursday and Saturday. Bring a clicker and a folding chair if you have them.",
]
url = "https://valleybirdnotes.blogspot.com/2025/09/counting-swifts-at-old-hadley-chimney.html"
page(
    "valleybirdnotes.blogspot.com.hadley-swifts",
    dict(
        title=t,
        date="2025-09-16",
        language="en",
        url=url,
        people=["Gordon Pell"],
        countries=[],
        note="Batch 11 (written before anything ran on it; fictional). Imitates a classic Blogger template: <title> 'Valley Bird Notes: Counting swifts…' (blog first, a colon); the blog's name in <h1 class=title> in the header with its description; the date in <h2 class=date-header><span>Tuesday, September 16, 2025</span>; the post title <h3 class='post-title entry-title'>; the body div.post-body.entry-content of text runs split by <br><br> (no <p>); then 'Posted by Wren Alcott at <abbr class=published title=2025-09-16T21:14:00-04:00>9:14 PM</abbr>', 'No comments:', 'Email ThisBlogThis!Share to X…', labels, 'Post a Comment', 'Newer Post Older Post Home', 'Subscribe to: Post Comments (Atom)'; a sidebar with 'About Me', 'Blog Archive' by year and month and a 'Followers' widget (none expected). No og:title.",
    ),
    P,
    head(f"Valley Bird Notes: {t}", "en")
    + f'<link rel="canonical" href="{url}">\n<meta content="{url}" property="og:url">\n<meta name="generator" content="blogger">\n'
    + '</head>\n<body class="variant-simple">\n<div class="navbar section" id="navbar"><div class="widget Navbar" id="Navbar1"><iframe src="https://www.blogger.com/navbar/1234"></iframe></div></div>\n'
    + '<div class="outer-wrapper"><div class="header-outer"><div class="header section" id="header"><div class="widget Header" id="Header1"><div id="header-inner"><div class="titlewrapper"><h1 class="title"><a href="https://valleybirdnotes.blogspot.com/">Valley Bird Notes</a></h1></div><div class="descriptionwrapper"><p class="description"><span>Birding the Connecticut River valley, one evening at a time.</span></p></div></div></div></div></div>\n'
    + '<div class="columns"><div class="main-outer"><div class="main section" id="main"><div class="widget Blog" id="Blog1"><div class="blog-posts hfeed">'
    + '<div class="date-outer"><h2 class="date-header"><span>Tuesday, September 16, 2025</span></h2><div class="date-posts"><div class="post-outer"><div class="post hentry uncustomized-post-template" itemscope itemtype="http://schema.org/BlogPosting">'
    + '<a name="4471029384756"></a><h3 class="post-title entry-title" itemprop="name">' + h(t) + '</h3><div class="post-header"><div class="post-header-line-1"></div></div>'
    + '<div class="post-body entry-content" id="post-body-4471029384756" itemprop="description articleBody"><div dir="ltr" style="text-align: left;">' + "<br><br>".join(h(p) for p in P) + '</div><div style="clear: both;"></div></div>'
    + '<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">Posted by <span class="fn" itemprop="author"><a class="g-profile" href="https://www.blogger.com/profile/0811" rel="author"><span itemprop="name">Wren Alcott</span></a></span></span> <span class="post-timestamp">at <meta content="' + url + '" itemprop="url"><a class="timestamp-link" href="' + url + '" rel="bookmark" title="permanent link"><abbr class="published" itemprop="datePublished" title="2025-09-16T21:14:00-04:00">9:14 PM</abbr></a></span> <span class="post-comment-link"><a class="comment-link" href="' + url + '#comment-form">No comments:</a></span></div>'
    + '<div class="post-footer-line post-footer-line-2"><div class="post-share-buttons goog-inline-block"><a class="goog-inline-block share-button sb-email" href="#" title="Email This"><span class="share-button-link-text">Email This</span></a><a class="share-button sb-blog" href="#"><span class="share-button-link-text">BlogThis!</span></a><a class="share-button sb-twitter" href="#"><span class="share-button-link-text">Share to X</span></a><a class="share-button sb-facebook" href="#"><span class="share-button-link-text">Share to Facebook</span></a></div><span class="post-labels">Labels: <a href="/search/label/chimney%20swifts" rel="tag">chimney swifts</a>, <a href="/search/label/Hadley" rel="tag">Hadley</a>, <a href="/search/label/counts" rel="tag">counts</a></span></div></div></div>'
    + '<div class="comments" id="comments"><a name="comments"></a><h4>No comments:</h4><div id="comment-holder"></div><p class="comment-footer"><div class="comment-form"><a name="comment-form"></a><h4 id="comment-post-message">Post a Comment</h4><iframe class="blogger-iframe-colorize blogger-comment-from-post" id="comment-editor" src=""></iframe></div></p></div>'
    + '</div></div></div></div>'
    + '<div class="blog-pager" id="blog-pager"><span id="blog-pager-newer-link"><a class="blog-pager-newer-link" href="/2025/09/thursday-swift-count.html" title="Newer Post">Newer Post</a></span><span id="blog-pager-older-link"><a class="blog-pager-older-link" href="/2025/09/nighthawks-over-mount-tom.html" title="Older Post">Older Post</a></span><a class="home-link" href="https://valleybirdnotes.blogspot.com/">Home</a></div><div class="clear"></div><div class="post-feeds"><div class="feed-links">Subscribe to: <a class="feed-link" href="/feeds/4471029384756/comments/default" type="application/atom+xml">Post Comments (Atom)</a></div></div>'
    + '</div></div></div>'
    + '<div class="sidebar-outer"><div class="sidebar section" id="sidebar-right-1"><div class="widget Profile" id="Profile1"><h2>About Me</h2><div class="widget-content"><a href="https://www.blogger.com/profile/0811"><img src="//blogger.googleusercontent.com/img/profile.jpg" alt="My photo"></a><dl class="profile-datablock"><dt class="profile-data"><a class="profile-name-link g-profile" href="https://www.blogger.com/profile/0811">Wren Alcott</a></dt><dd class="profile-textblock">Retired science teacher. I count birds and write about it so I remember.</dd></dl><a class="profile-link" href="https://www.blogger.com/profile/0811">View my complete profile</a></div></div>'
    + '<div class="widget BlogArchive" id="BlogArchive1"><h2>Blog Archive</h2><div class="widget-content"><ul class="hierarchy"><li class="archivedate expanded"><a class="toggle" href="#">\u25bc</a> <a class="post-count-link" href="/2025/">2025</a> <span class="post-count">(23)</span><ul class="hierarchy"><li class="archivedate expanded"><a href="/2025/09/">September</a> <span class="post-count">(4)</span><ul class="posts"><li><a href="/2025/09/thursday-swift-count.html">Thursday swift count: 2,240</a></li><li><a href="' + url + '">Counting swifts at the old Hadley chimney</a></li><li><a href="/2025/09/nighthawks-over-mount-tom.html">Nighthawks over Mount Tom</a></li></ul></li><li class="archivedate collapsed"><a href="/2025/08/">August</a> <span class="post-count">(3)</span></li></ul></li><li class="archivedate collapsed"><a href="/2024/">2024</a> <span class="post-count">(31)</span></li></ul></div></div>'
    + '<div class="widget Followers" id="Followers1"><h2 class="title">Followers</h2><div class="widget-content"><div id="Followers1-wrapper"></div></div></div></div></div></div>'
    + '<div class="footer-outer"><div class="widget Attribution" id="Attribution1"><div class="widget-content" style="text-align: center;">Simple theme. Powered by <a href="https://www.blogger.com">Blogger</a>.</div></div></div></div>\n'
    + end(),
)

# 4. Opinion column: <title> "The Ridgeline Gazette | headline" (site first, a bar); a
# kicker "Opinion", "Guest column"; the author's bio in italics at the end ("Dr. … is …"),
# then "Send a letter to the editor" box and "More opinion" links.
t = "Our town can keep its pool open. It just has to stop pretending it is free"
P = [
    "Every summer for the last five years, the Ridgeline town council has had the same argument about the Memorial Pool, and every summer it has ended the same way: the pool opens late, closes early and loses about $190,000.",
    "This year the council is talking about closing it for good. Before it does, I want to make the case for a simpler answer. Charge for it.",
    "Admission to the Memorial Pool has been free since 1971. That was a fine idea when the town's lifeguards were high-school students paid the minimum wage and chlorine was cheap. It is not a fine idea now, when we cannot hire enough lifeguards at the wage we pay and the filtration system is older than most of the people who use it.",
    "Parks director Sam Okafor told the council in March that the pool drew about 21,000 swimmers last summer. A $3 day pass, with free entry for children on school lunch programmes and a $60 season family pass, would cover about two thirds of the pool's running costs, based on last summer's attendance. Towns around us charge between $4 and $8.",
    "Some will say a fee keeps out the families who need the pool most. That is why the free pass for children matters, and why the council should fund it first, before anything else in the parks budget.",
    "The alternative is not a free pool. The alternative is no pool.",
]
url = "https://www.ridgelinegazette.com/opinion/columns/2025/05/14/memorial-pool-fee-column/"
page(
    "ridgelinegazette.com.memorial-pool-column",
    dict(
        title=t,
        date="2025-05-14",
        language="en",
        url=url,
        people=["Sam Okafor"],
        countries=[],
        note="Batch 11 (written before anything ran on it; fictional). Imitates a small daily's opinion column: <title> 'The Ridgeline Gazette | Our town can keep…' (site first, a bar), og:title the headline; kicker 'Opinion' and label 'Guest column'; byline 'Helen Marchetti, Guest columnist' with 'Published 5:02 a.m. ET May 14, 2025' and <meta article:published_time>; the column in div.article-body; at its end an italic <p><em> bio 'Helen Marchetti is a former Ridgeline parks commissioner and a swimming coach at Ridgeline High School.' and 'The views expressed are the author's own.' (not expected: an author box, though inside the body), then a 'Have something to say? Send a letter to the editor' box and 'More opinion' links (none expected).",
    ),
    P,
    head(f"The Ridgeline Gazette | {t}", "en")
    + og(t, "The Ridgeline Gazette", url, P[1])
    + '<meta property="article:published_time" content="2025-05-14T05:02:00-04:00">\n<meta property="article:section" content="Opinion">\n'
    + '</head>\n<body class="opinion">\n<header class="site-header"><a href="/" class="logo">The Ridgeline Gazette</a>' + nav([("news", "News"), ("sports", "Sports"), ("opinion", "Opinion"), ("obituaries", "Obituaries"), ("classifieds", "Classifieds")]) + '</header>\n'
    + '<main><article class="story opinion-story"><div class="story-kicker"><a href="/opinion/">Opinion</a> <span class="label">Guest column</span></div><h1 class="story-headline">' + h(t) + '</h1>'
    + '<div class="byline"><span class="author">Helen Marchetti</span>, <span class="title">Guest columnist</span></div><div class="dateline">Published 5:02 a.m. ET May 14, 2025</div>'
    + '<div class="article-body">' + ps(P)
    + '<p><em>Helen Marchetti is a former Ridgeline parks commissioner and a swimming coach at Ridgeline High School.</em></p><p><em>The views expressed are the author\u2019s own.</em></p></div>'
    + '<div class="letters-box"><h3>Have something to say?</h3><p>Send a letter to the editor of no more than 250 words to <a href="mailto:letters@ridgelinegazette.com">letters@ridgelinegazette.com</a>. Include your name and town.</p></div></article>'
    + '<aside class="more-opinion"><h2>More opinion</h2><ul><li><a href="/opinion/editorials/2025/05/12/school-budget/">Editorial: Pass the school budget, then fix the formula</a></li><li><a href="/opinion/letters/2025/05/13/">Letters: Parking on Main Street, the library hours and the dog park</a></li><li><a href="/opinion/columns/2025/05/10/garden-club/">Column: What the garden club knows about volunteers</a></li></ul></aside></main>\n'
    + '<footer class="site-footer"><p>\u00a9 2025 The Ridgeline Gazette</p><a href="/contact/">Contact</a> <a href="/subscribe/">Subscribe</a></footer>\n'
    + end(),
)

# 5. Drupal 10 university news release: node__content > field--name-body; a "Media
# contact" block inside the node, "Share this story", "Topics" terms, a "Related news"
# view with teasers; <title> "headline | News | Site".
t = "Engineers test a road surface that charges electric buses as they wait at stops"
P = [
    "A stretch of Campus Drive outside the student union has become a test track for a road surface that charges electric buses wirelessly while they pick up passengers.",
    "The 40-metre section, installed over the summer by a team from the College of Engineering, has copper coils embedded 12 centimetres below the asphalt. A receiver plate under the bus picks up power whenever the bus stops over it.",
    "In the first ten weeks of testing, the university's two electric shuttle buses took on an average of 1.6 kilowatt-hours at each stop, enough to add about 10 percent to their daily range.",
    "\u201cA bus spends a surprising part of its day standing still with its doors open,\u201d said Professor Amara Osei, who leads the project. \u201cIf it can charge during those minutes, it can carry a smaller battery, and that makes it lighter and cheaper.\u201d",
    "The research team will publish its first results in the spring. The state Department of Transportation, which paid for half of the $1.9 million project, is considering a second test on a city bus route.",
]
url = "https://news.northplains.edu/news/2025/10/engineers-test-road-surface-charges-electric-buses"
page(
    "news.northplains.edu.wireless-charging-road",
    dict(
        title=t,
        date="2025-10-21",
        language="en",
        url=url,
        people=["Amara Osei"],
        countries=[],
        note="Batch 11 (written before anything ran on it; fictional). Imitates a Drupal 10 university newsroom (Olivero-like markup): <title> 'headline | News | North Plains University'; <h1 class=page-title><span class='field field--name-title'>; the node's date 'October 21, 2025' in a field--name-field-date <time datetime>; the body div.field--name-body.field--type-text-with-summary; inside the node after the body a 'Media contact' field (a name, a phone, an e-mail), 'Share this story', 'Topics' terms; a 'Related news' view block of three teasers with summaries (none expected). No country named (a US state department only).",
    ),
    P,
    head(f"{t} | News | North Plains University", "en")
    + og(t, "North Plains University", url, P[0])
    + '<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">\n'
    + '</head>\n<body class="path-node page-node-type-news-article">\n<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>\n<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper"><div id="page">'
    + '<header class="site-header" role="banner"><div class="region region--header"><div id="block-sitebranding" class="block block-system block-system-branding-block"><a href="/" rel="home" class="site-branding__name">North Plains University</a></div><nav role="navigation" id="block-mainnavigation" class="block block-menu navigation menu--main"><ul class="menu"><li class="menu__item"><a href="/news" class="menu__link">News</a></li><li class="menu__item"><a href="/events" class="menu__link">Events</a></li><li class="menu__item"><a href="/experts" class="menu__link">Find an Expert</a></li><li class="menu__item"><a href="/media" class="menu__link">For Media</a></li></ul></nav></div></header>\n'
    + '<main role="main"><a id="main-content" tabindex="-1"></a><div class="region region--content"><div id="block-pagetitle" class="block block-core block-page-title-block"><h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">' + h(t) + '</span></h1></div>'
    + '<div id="block-mainpagecontent" class="block block-system block-system-main-block"><article data-history-node-id="18233" class="node node--type-news-article node--view-mode-full"><div class="node__content">'
    + '<div class="field field--name-field-date field--type-datetime field--label-hidden field__item"><time datetime="2025-10-21T14:00:00Z">October 21, 2025</time></div>'
    + '<div class="field field--name-field-image field--type-image field--label-hidden field__item"><img src="/sites/default/files/styles/wide/public/2025-10/charging-road.jpg" alt="A shuttle bus stopped over the test section" loading="lazy"></div>'
    + '<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">' + ps(P) + '</div>'
    + '<div class="field field--name-field-media-contact field--type-entity-reference field--label-above"><div class="field__label">Media contact</div><div class="field__item"><p>Jordan Whitaker<br>University Communications<br>701-555-0119<br><a href="mailto:jordan.whitaker@northplains.edu">jordan.whitaker@northplains.edu</a></p></div></div>'
    + '<div class="share-links"><h2>Share this story</h2><ul><li><a href="https://www.facebook.com/sharer/sharer.php?u=' + url + '">Facebook</a></li><li><a href="https://www.linkedin.com/shareArticle?url=' + url + '">LinkedIn</a></li><li><a href="mailto:?body=' + url + '">Email</a></li></ul></div>'
    + '<div class="field field--name-field-topics field--type-entity-reference field--label-above"><div class="field__label">Topics</div><div class="field__items"><div class="field__item"><a href="/news/topics/engineering" hreflang="en">Engineering</a></div><div class="field__item"><a href="/news/topics/sustainability" hreflang="en">Sustainability</a></div><div class="field__item"><a href="/news/topics/research" hreflang="en">Research</a></div></div></div>'
    + '</div></article></div>'
    + '<div class="views-element-container block block-views block-views-blockrelated-news-block-1"><h2>Related news</h2><div class="view view-related-news view-id-related_news"><div class="view-content"><div class="views-row"><div class="views-field views-field-title"><span class="field-content"><a href="/news/2025/09/battery-recycling-lab-opens">Battery recycling lab opens in the engineering annex</a></span></div><div class="views-field views-field-body"><div class="field-content">The new lab will let students take apart and test used electric-vehicle batteries, with support from two regional utilities.</div></div></div>'
    + '<div class="views-row"><div class="views-field views-field-title"><span class="field-content"><a href="/news/2025/08/solar-canopy-parking">Solar canopy over Lot C will power the campus shuttle depot</a></span></div><div class="views-field views-field-body"><div class="field-content">Construction starts in November on a 1.2-megawatt canopy that will shade 300 parking spaces.</div></div></div>'
    + '<div class="views-row"><div class="views-field views-field-title"><span class="field-content"><a href="/news/2025/06/osei-career-award">Amara Osei wins early-career award for transport research</a></span></div><div class="views-field views-field-body"><div class="field-content">The award recognises her work on charging systems for public transport.</div></div></div></div></div></div>'
    + '</div></main>\n<footer class="site-footer"><div class="region region--footer"><p>North Plains University \u00b7 1200 University Avenue \u00b7 Fargo, ND</p><p>\u00a9 2025 North Plains University</p></div></footer></div></div></div>\n'
    + end(),
)

# 6. Czech story paginated over three pages (iDNES-like): "Strana 1 / 3", a pager with
# "Další strana" and the pages' numbers below the text, "Pokračování článku na další
# straně"; the headline <h1>, the perex (expected), "Foto:" credits; the date visible.
t = "Brno otevřelo první úsek nového obchvatu. Řidiči ušetří až deset minut"
P = [
    "Řidiči mohou od pondělního rána využívat první, čtyři kilometry dlouhý úsek velkého městského okruhu v Brně. Stavba trvala tři roky a stála 2,8 miliardy korun.",
    "Nový úsek vede od Žabovřeské ulice k Pisárkám a z velké části jej tvoří tunel pod Královým Polem. Podle města by měl odvést z centra až 25 tisíc aut denně.",
    "„Dnes je to den, na který Brňané čekali desítky let,“ řekla při slavnostním otevření primátorka Markéta Vaňková. Upozornila ale, že dopravní situace se zlepší až po dokončení dalších částí okruhu.",
    "Ředitel Brněnských komunikací Pavel Zábranský uvedl, že první dny bude provoz v tunelu sledovat dispečink a rychlost bude omezena na 50 kilometrů za hodinu.",
    "Řidiči, kteří jezdí z Bystrce do Pisárek, by podle měření města měli ve špičce ušetřit až deset minut.",
]
url = "https://www.jihomoravske-listy.cz/brno/zpravy/velky-mestsky-okruh-prvni-usek-otevren.A251103_081230_brno-zpravy_vako"
page(
    "jihomoravske-listy.cz.okruh-prvni-usek",
    dict(
        title=t,
        date="2025-11-03",
        language="cs",
        url=url,
        people=["Markéta Vaňková", "Pavel Zábranský"],
        countries=["Czech Republic"],
        note="Batch 11 (written before anything ran on it; fictional). Imitates a Czech daily's story split over three pages (only page 1 saved): <title> 'headline - Jihomoravské listy'; the perex in div.opener (expected); 'Foto: Petr Novák, MAFRA' credit under the photo, byline and '3. listopadu 2025 8:12' in div.art-info (date only there and in <meta name=cXenseParse:recs:publishtime>); the text in div#art-text; inside it a 'Pokračování článku na další straně' line; below it a pager 'Strana 1 / 3' with links 1, 2, 3 and 'Další strana' and 'Předchozí strana' (none expected; page 1 only is expected); 'Mohlo by vás zajímat' teasers.",
    ),
    P,
    head(f"{t} - Jihomoravské listy", "cs")
    + og(t, "Jihomoravské listy", url, P[0])
    + '<meta name="cXenseParse:recs:publishtime" content="2025-11-03T08:12:30+01:00">\n'
    + '</head>\n<body>\n<div id="header"><a href="/" id="logo">Jihomoravské listy</a>' + nav([("zpravy", "Zprávy"), ("brno", "Brno"), ("sport", "Sport"), ("kultura", "Kultura"), ("bydleni", "Bydlení")]) + '</div>\n'
    + '<div id="content"><div class="art-full"><div class="art-header"><h1 itemprop="name headline">' + h(t) + '</h1><div class="art-info"><div class="authors"><span itemprop="author">Jan Procházka</span></div><span class="time-date" content="2025-11-03T08:12:30CET">3. listopadu 2025 8:12</span></div></div>'
    + '<div class="opener">' + h(P[0]) + '</div>'
    + '<div class="art-photo"><img src="https://1gr.cz/fotky/idnes/25/111/cl6/okruh.jpg" alt=""><div class="art-photo-info"><span class="author">Foto: Petr Novák, MAFRA</span></div></div>'
    + '<div class="bbtext" id="art-text">' + ps(P[1:])
    + '<div class="dalsi-strana"><p>Pokračování článku na další straně</p></div></div>'
    + '<div class="paging"><span class="pg-info">Strana 1 / 3</span> <span class="ico-prev disabled">Předchozí strana</span> <span class="active">1</span> <a href="?page=2">2</a> <a href="?page=3">3</a> <a class="ico-right" href="?page=2">Další strana</a></div>'
    + '</div>'
    + '<div class="mohlo-by-vas"><h3>Mohlo by vás zajímat</h3><ul><li><a href="/brno/zpravy/tramvaj-do-bystrce">Tramvaj do Bystrce pojede už příští rok, slibuje dopravní podnik</a></li><li><a href="/brno/zpravy/parkovani-centrum">Parkování v centru Brna zdraží, rozhodli zastupitelé</a></li></ul></div></div>\n'
    + '<div id="footer"><p>© 2025 Jihomoravské listy. Všechna práva vyhrazena.</p></div>\n'
    + end(),
)

# 7. Naver news (n.news.naver.com): a logo <h1>, the headline <h2 id=title_area> with a
# <span>; the date in span._ARTICLE_DATE_TIME data-date-time; the body div#dic_area of
# <br> runs with a photo and its <em class=img_desc> caption (expected); the reporter box,
# reactions, "기사제공 연합뉴스", the copyright line.
t = "부산 북항 재개발 2단계 착공…2030년 오페라하우스 개관"
P = [
    "부산 북항 재개발 2단계 사업이 14일 착공식을 열고 본격적인 공사에 들어갔다.",
    "해양수산부와 부산시는 이날 북항 자성대 부두 일원에서 착공식을 열고 2030년까지 총사업비 4조원을 투입해 주거·업무·문화 시설을 조성한다고 밝혔다.",
    "부산 북항 재개발 2단계 사업 부지 전경.",
    "2단계 사업 부지는 약 228만㎡ 규모로, 철도 시설 이전 부지와 컨테이너 부두가 포함된다. 부산시는 이곳에 오페라하우스와 국제회의 시설을 함께 지을 계획이다.",
    "박형준 부산시장은 \"북항은 부산의 새로운 백년을 여는 관문이 될 것\"이라며 \"시민들이 바다를 가까이에서 누릴 수 있도록 하겠다\"고 말했다.",
    "해수부는 내년 상반기까지 부두 이전을 마무리하고 기반 시설 공사를 시작할 예정이다.",
]
url = "https://n.news.naver.com/mnews/article/001/0015022831"
page(
    "n.news.naver.com.busan-bukhang",
    dict(
        title=t,
        date="2025-03-14",
        language="ko",
        url=url,
        people=["박형준"],
        countries=["South Korea"],
        note="Batch 11 (written before anything ran on it; fictional). Imitates a Naver news article page: <title> 'headline' alone, og:title the same, og:article:author '연합뉴스 | 네이버'; a logo <h1> ('NAVER 뉴스'), the press logo, and the headline in <h2 id=title_area class=media_end_head_headline><span>; '입력 2025.03.14. 오전 10:21' in span.media_end_head_info_datestamp_time with data-date-time='2025-03-14 10:21:03', '기사원문', the reporter name; the body article#dic_area of text runs split by <br><br>, a photo in span.end_photo_org with its caption <em class=img_desc> (expected); then the reporter's e-mail 'kimdy@yna.co.kr' at the end of the body and the reporter line '김도윤 기자 kimdy@yna.co.kr' inside the body (not expected), the copyright notice 'Copyright ⓒ 연합뉴스. All rights reserved. 무단 전재-재배포, AI 학습 및 활용 금지', the reaction buttons ('좋아요 훈훈해요 슬퍼요 화나요 후속기사 원해요'), '기자 구독' box, '기사제공 연합뉴스', '연합뉴스 언론사 주요뉴스' teasers (none expected).",
    ),
    P,
    head(t, "ko")
    + og(t, "", url, P[0])
    + '<meta property="og:article:author" content="연합뉴스 | 네이버">\n'
    + '</head>\n<body>\n<div id="ct_wrap"><header class="Nlnb"><h1 class="Nlogo"><a href="https://news.naver.com/" class="Nlogo_link"><span class="blind">NAVER 뉴스</span></a></h1><ul class="Nlnb_menu"><li><a href="https://news.naver.com/section/100">정치</a></li><li><a href="https://news.naver.com/section/101">경제</a></li><li><a href="https://news.naver.com/section/102">사회</a></li><li><a href="https://news.naver.com/section/103">생활/문화</a></li></ul></header>\n'
    + '<div id="ct" class="ct"><div class="media_end_head go_trans"><div class="media_end_head_top"><a href="https://media.naver.com/press/001" class="media_end_head_top_logo"><img src="https://mimgnews.pstatic.net/image/upload/office_logo/001/2020/09/15/logo_001.png" alt="연합뉴스"></a></div>'
    + '<div class="media_end_head_title"><h2 id="title_area" class="media_end_head_headline"><span>' + h(t) + '</span></h2></div>'
    + '<div class="media_end_head_info nv_notrans"><div class="media_end_head_journalist"><em class="media_end_head_journalist_name">김도윤 기자</em></div><div class="media_end_head_info_datestamp"><div class="media_end_head_info_datestamp_bunch"><span class="media_end_head_info_datestamp_term">입력</span><span class="media_end_head_info_datestamp_time _ARTICLE_DATE_TIME" data-date-time="2025-03-14 10:21:03">2025.03.14. 오전 10:21</span></div></div><a href="https://www.yna.co.kr/view/AKR20250314051200051" class="media_end_head_origin_link">기사원문</a></div></div>'
    + '<div id="contents" class="newsct_body"><div id="newsct_article" class="newsct_article _article_body"><article id="dic_area" class="go_trans _article_content">'
    + h(P[0]) + '<br><br>' + h(P[1]) + '<br><br>'
    + '<span class="end_photo_org"><div class="nbd_im_w"><div class="nbd_a"><img id="img1" src="https://imgnews.pstatic.net/image/001/2025/03/14/PYH2025031405120005100_P4.jpg" alt=""></div></div><em class="img_desc">' + h(P[2]) + ' [부산시 제공. 재판매 및 DB 금지]</em></span><br><br>'
    + h(P[3]) + '<br><br>' + h(P[4]) + '<br><br>' + h(P[5]) + '<br><br>kimdy@yna.co.kr'
    + '</article></div>'
    + '<div class="byline"><p><span class="byline_s">김도윤 기자(kimdy@yna.co.kr)</span></p></div>'
    + '<div class="_article_copyright"><p class="c_text">Copyright ⓒ 연합뉴스. All rights reserved. 무단 전재-재배포, AI 학습 및 활용 금지</p></div>'
    + '<div class="media_end_linked_reaction"><ul class="u_likeit_layer"><li><span class="u_likeit_list_name">좋아요</span><span class="u_likeit_list_count">12</span></li><li><span class="u_likeit_list_name">훈훈해요</span><span class="u_likeit_list_count">3</span></li><li><span class="u_likeit_list_name">슬퍼요</span><span class="u_likeit_list_count">0</span></li><li><span class="u_likeit_list_name">화나요</span><span class="u_likeit_list_count">1</span></li><li><span class="u_likeit_list_name">후속기사 원해요</span><span class="u_likeit_list_count">2</span></li></ul></div>'
    + '<div class="media_journalistcard"><a href="#" class="media_journalistcard_summary_name">김도윤 기자</a><button class="media_journalistcard_subscribe">구독</button><p>구독자 1,204</p></div>'
    + '<div class="media_end_linked_more"><h4 class="media_end_linked_more_title">연합뉴스 언론사 주요뉴스</h4><ul><li><a href="https://n.news.naver.com/mnews/article/001/0015022790">가덕도신공항 부지 공사 입찰 재공고…7월 계약 목표</a></li><li><a href="https://n.news.naver.com/mnews/article/001/0015022711">부산 지하철 1호선 하단∼사하 연장 구간 시험 운행</a></li></ul></div>'
    + '<p class="media_end_copyright">기사제공 연합뉴스</p></div></div></div>\n<footer class="Nfooter"><p>ⓒ NAVER Corp.</p></footer>\n'
    + end(),
)

# 8. Hungarian phone review: a score badge "8,5 / 10", a "Műszaki adatok" specification
# box (an <aside> table), pros and cons lists under "Pro" and "Kontra" inside the text
# (expected, part of the verdict), the headline <h1>, the lead (expected).
t = "Teszt: a Vertex Nova 7 akkuja két napot is kibír, a kamerája viszont csalódás"
P = [
    "A Vertex Nova 7 a középkategória árán kínál csúcskategóriás akkumulátort. Két hétig használtuk, és egyszer sem kellett napközben töltenünk.",
    "A telefon 6,7 hüvelykes kijelzője fényes és éles, kültéren is jól olvasható. A 6000 mAh-s akkumulátor átlagos használat mellett két napot bírt, videózás közben is alig merült.",
    "A kamera viszont nem tartott lépést a többi részlettel. Nappali fényben a képek rendben vannak, de este zajosak, a színek pedig fakók. Ebben az árkategóriában a versenytársak jobbak.",
    "A gyártó magyarországi képviseletének vezetője, Szabó Eszter a bemutatón azt mondta, a kamera szoftverét egy nyári frissítés javítani fogja. Ezt a tesztidőszak alatt még nem tudtuk ellenőrizni.",
    "Ítélet",
    "Aki a telefonjától elsősorban hosszú üzemidőt vár, ennél jobbat 150 ezer forint alatt nem talál. Aki sokat fotózik, annak érdemes várni a frissítésre.",
    "Pro",
    "kiváló akkumulátor",
    "fényes kijelző",
    "gyors töltés",
    "Kontra",
    "gyenge esti fotók",
    "nincs vízállóság",
]
url = "https://www.kutyutar.hu/teszt/vertex-nova-7-teszt"
spec = [("Kijelző", "6,7\" OLED, 120 Hz"), ("Processzor", "Dimensity 7300"), ("Memória", "8 GB RAM, 256 GB"), ("Akkumulátor", "6000 mAh, 45 W"), ("Kamera", "50 + 8 MP"), ("Ár", "139 990 Ft")]
page(
    "kutyutar.hu.vertex-nova-7-teszt",
    dict(
        title=t,
        date="2025-04-22",
        language="hu",
        url=url,
        people=["Szabó Eszter"],
        countries=["Hungary"],
        note="Batch 11 (written before anything ran on it; fictional). Imitates a Hungarian tech site's review: <title> 'headline | Kütyütár'; the lead in p.lead (expected); byline 'Kovács Bence' and '2025. április 22. 09:40' (date there and in article:published_time); a score badge 'Értékelés 8,5/10' with stars; an <aside class=spec-box> 'Műszaki adatok' table inside the article before the text (not expected: the product's data sheet, not the review's prose); the review, a 'Ítélet' subheading, and a pros and cons box with 'Pro' and 'Kontra' headings and <ul>s (expected: the verdict); after it 'Hol kapható?' price comparison links, 'Kapcsolódó tesztek' and comments (none expected).",
    ),
    P,
    head(f"{t} | Kütyütár", "hu")
    + og(t, "Kütyütár", url, P[0])
    + '<meta property="article:published_time" content="2025-04-22T09:40:00+02:00">\n'
    + '</head>\n<body class="single-review">\n<header class="site-header"><a href="/" class="logo">Kütyütár</a>' + nav([("hirek", "Hírek"), ("teszt", "Tesztek"), ("mobil", "Mobil"), ("pc", "PC"), ("jatek", "Játék")]) + '</header>\n'
    + '<main class="container"><article class="review"><h1 class="entry-title">' + h(t) + '</h1>'
    + '<div class="entry-meta"><span class="author">Kovács Bence</span> <time datetime="2025-04-22T09:40:00+02:00">2025. április 22. 09:40</time></div>'
    + '<div class="score-badge"><span class="score-label">Értékelés</span> <span class="score">8,5</span>/10 <span class="stars">★★★★☆</span></div>'
    + '<p class="lead">' + h(P[0]) + '</p>'
    + '<aside class="spec-box"><h3>Műszaki adatok</h3><table>' + "".join(f"<tr><th>{h(k)}</th><td>{h(v)}</td></tr>" for k, v in spec) + '</table></aside>'
    + '<div class="entry-content">' + ps(P[1:4]) + '<h2>' + h(P[4]) + '</h2>' + ps(P[5:6])
    + '<div class="pros-cons"><div class="pros"><h4>' + h(P[6]) + '</h4>' + lis(P[7:10]) + '</div><div class="cons"><h4>' + h(P[10]) + '</h4>' + lis(P[11:13]) + '</div></div></div>'
    + '<div class="where-to-buy"><h3>Hol kapható?</h3><ul><li><a href="https://www.arukereso.hu/mobiltelefon-c3277/vertex/nova-7">Árukereső: 134 990 Ft-tól</a></li><li><a href="https://www.emag.hu/vertex-nova-7">eMAG: 139 990 Ft</a></li></ul></div>'
    + '</article><section class="related"><h2>Kapcsolódó tesztek</h2><ul><li><a href="/teszt/vertex-nova-6-teszt">Teszt: Vertex Nova 6 – jó, de nem elég jó</a></li><li><a href="/teszt/pulsar-x3-teszt">Teszt: Pulsar X3, a kamerás telefon olcsón</a></li></ul></section>'
    + '<section class="comments"><h2>Hozzászólások (3)</h2><div class="comment"><b>tibi_76</b><p>Nálam is ez volt a gond az esti képekkel, frissítés után sem lett sokkal jobb.</p></div></section></main>\n'
    + '<footer class="site-footer"><p>© 2025 Kütyütár Média Kft.</p></footer>\n'
    + end(),
)

# 9. Romanian government press page: <title> "Guvernul României - headline" (site first);
# breadcrumbs, "Comunicat de presă" label, "Publicat: 12 februarie 2025"; the text; the
# sign-off "Biroul de presă al Guvernului", an attachments list ("Descarcă (PDF, 245 KB)"),
# print and share links (none expected).
t = "Guvernul a aprobat programul de reabilitare a 120 de poduri de pe drumurile județene"
P = [
    "Guvernul a aprobat, în ședința de miercuri, o hotărâre privind finanțarea programului național de reabilitare a podurilor de pe drumurile județene din România, cu un buget total de 1,8 miliarde de lei pentru perioada 2025-2028.",
    "Programul cuprinde 120 de poduri din 31 de județe, construite în mare parte înainte de 1970, care au fost încadrate în clasa tehnică IV sau V în urma inspecțiilor din ultimii doi ani.",
    "Potrivit ministrului Dezvoltării, Ioana Stănescu, primele contracte vor fi semnate până la sfârșitul lunii iunie. „Avem poduri pe care circulă zilnic autobuzele școlare și care nu mai pot aștepta”, a declarat ministrul.",
    "Consiliile județene vor asigura o cofinanțare de 10% din valoarea fiecărei lucrări.",
]
url = "https://gov.ro/ro/stiri/comunicat-de-presa-program-reabilitare-poduri-drumuri-judetene"
page(
    "gov.ro.program-reabilitare-poduri",
    dict(
        title=t,
        date="2025-02-12",
        language="ro",
        url=url,
        people=["Ioana Stănescu"],
        countries=["Romania"],
        note="Batch 11 (written before anything ran on it; fictional). Imitates a government press page: <title> 'Guvernul României - headline' (site first, a hyphen), no og or JSON-LD; breadcrumbs 'Acasă / Știri / Comunicate de presă'; label 'Comunicat de presă'; the headline <h1>; 'Publicat: 12 februarie 2025' visible only; the text in div.pageDescription; then the sign-off '<b>Biroul de presă al Guvernului</b>', an attachments list 'Documente atașate' with 'Descarcă (PDF, 245 KB)' and 'Tipărește' / share links, and a 'Alte știri' list (none expected).",
    ),
    P,
    head(f"Guvernul României - {t}", "ro")
    + '</head>\n<body>\n<div id="header"><a href="/ro" class="logo"><img src="/img/stema.png" alt="Guvernul României"></a><ul class="menu"><li><a href="/ro/guvernul">Guvernul</a></li><li><a href="/ro/stiri">Știri</a></li><li><a href="/ro/transparenta">Transparență</a></li><li><a href="/ro/contact">Contact</a></li></ul></div>\n'
    + '<div id="content"><div class="breadcrumbs"><a href="/ro">Acasă</a> / <a href="/ro/stiri">Știri</a> / <a href="/ro/stiri/comunicate">Comunicate de presă</a></div>'
    + '<div class="stire"><span class="label">Comunicat de presă</span><h1>' + h(t) + '</h1><p class="data">Publicat: 12 februarie 2025</p>'
    + '<div class="pageDescription">' + ps(P) + '<p><b>Biroul de presă al Guvernului</b></p></div>'
    + '<div class="atasamente"><h3>Documente atașate</h3><ul><li><a href="/fisiere/stiri/hg-poduri-2025.pdf">Hotărâre privind aprobarea programului</a> <span>Descarcă (PDF, 245 KB)</span></li><li><a href="/fisiere/stiri/lista-poduri.pdf">Lista podurilor incluse în program</a> <span>Descarcă (PDF, 612 KB)</span></li></ul></div>'
    + '<div class="tools"><a href="javascript:window.print()">Tipărește</a> <a href="https://www.facebook.com/sharer.php?u=' + url + '">Distribuie</a></div></div>'
    + '<div class="alte-stiri"><h3>Alte știri</h3><ul><li><a href="/ro/stiri/sedinta-de-guvern-din-12-februarie-2025">Ședința de guvern din 12 februarie 2025</a></li><li><a href="/ro/stiri/declaratii-de-presa-ale-purtatorului-de-cuvant">Declarații de presă ale purtătorului de cuvânt al Guvernului</a></li></ul></div></div>\n'
    + '<div id="footer"><p>© Guvernul României. Palatul Victoria, Piața Victoriei nr. 1, București</p></div>\n'
    + end(),
)

# 10. Danish live blog: entries newest first, each an <article class=entry> whose header
# holds a <time> clock ("14.32") and whose body an <h3> and <p>s; a pinned summary at the
# top ("Overblik", a <ul>, expected); "Opdateret" line; JSON-LD LiveBlogPosting.
t = "LIVE Storm over Jylland: Færger aflyst og broer lukket for høje vogne"
P = [
    "Overblik",
    "Stormen Ingrid rammer Vestjylland med vindstød op til 35 meter i sekundet.",
    "Alle færger mellem Hirtshals og Norge er aflyst resten af dagen.",
    "Storebæltsbroen er lukket for høje vogne.",
    "Vandet stiger i Ribe",
    "Kystdirektoratet forventer nu en vandstand på 4,1 meter over normalen i Ribe i aften. Beredskabet er begyndt at lukke slusen ved Kammerslusen.",
    "Storebæltsbroen lukket for høje vogne",
    "Sund & Bælt har lukket Storebæltsbroen for lastbiler, campingvogne og motorcykler. Personbiler kan stadig køre over, men opfordres til at sænke farten.",
    "Beredskabschef: Bliv inde",
    "\u201dDer er ingen grund til at være udenfor i aften, med mindre man er nødt til det,\u201d siger beredskabschef Lars Møller Kjeldsen fra Beredskab Sydvest.",
]
url = "https://www.dr.dk/nyheder/indland/live-storm-over-jylland"
def entry(clock, iso, head_, paras):
    return f'<article class="entry"><header class="entry-header"><time datetime="{iso}">{clock}</time></header><div class="entry-body"><h3>{h(head_)}</h3>{ps(paras)}</div><div class="entry-share"><button>Del</button></div></article>'
page(
    "dr.dk.live-storm-jylland",
    dict(
        title=t,
        date="2025-10-28",
        language="da",
        url=url,
        people=["Lars Møller Kjeldsen"],
        countries=["Denmark", "Norway"],
        note="Batch 11 (written before anything ran on it; fictional). Imitates a Danish broadcaster's live blog: <title> 'headline | Indland | DR'; the <h1> starts with 'LIVE'; 'Opdateret i dag kl. 16.05' under it; a pinned 'Overblik' box (an <h2> and <ul>, expected); entries newest first, each an <article class=entry> with a header <time datetime=…> showing only the clock '16.05' (not expected) and a body of <h3> and <p> (expected), and a 'Del' button; a 'Hent flere opdateringer' button and 'Seneste nyt' list after (none expected). Date: JSON-LD LiveBlogPosting datePublished and coverageStartTime 2025-10-28.",
    ),
    P,
    head(f"{t} | Indland | DR", "da")
    + og(t, "DR", url, P[1])
    + jsonld({"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": t, "datePublished": "2025-10-28T09:12:00+01:00", "coverageStartTime": "2025-10-28T09:12:00+01:00", "dateModified": "2025-10-28T16:05:00+01:00"})
    + '</head>\n<body>\n<header class="dre-header"><a href="/" class="dre-logo">DR</a>' + nav([("nyheder", "Nyheder"), ("sporten", "Sporten"), ("drtv", "DRTV"), ("lyd", "DR LYD")]) + '</header>\n'
    + '<main><div class="dre-article"><h1 class="dre-article-title">' + h(t) + '</h1><p class="dre-article-updated">Opdateret i dag kl. 16.05</p>'
    + '<section class="liveblog-summary"><h2>' + h(P[0]) + '</h2>' + lis(P[1:4]) + '</section>'
    + '<div class="liveblog-entries">'
    + entry("16.05", "2025-10-28T16:05:00+01:00", P[4], P[5:6])
    + entry("15.41", "2025-10-28T15:41:00+01:00", P[6], P[7:8])
    + entry("15.10", "2025-10-28T15:10:00+01:00", P[8], P[9:10])
    + '</div><button class="liveblog-load-more">Hent flere opdateringer</button></div>'
    + '<aside class="latest"><h2>Seneste nyt</h2><ul><li><a href="/nyheder/indland/tog-aflyst-vestjylland">Togtrafikken i Vestjylland indstillet</a></li><li><a href="/nyheder/vejret/prognose">Se prognosen: Her rammer stormen hårdest</a></li></ul></aside></main>\n'
    + '<footer class="dre-footer"><p>DR Byen, Emil Holms Kanal 20, 0999 København C</p></footer>\n'
    + end(),
)

# 11. Ukrainian story dated only in words ("Понеділок, 3 березня 2025, 14:20"), with
# "Читайте також:" inline links, "Реклама:" labels, and a Telegram prompt at the end.
t = "У Житомирі відкрили укриття для 600 школярів під новим стадіоном"
P = [
    "У Житомирі в понеділок відкрили протирадіаційне укриття під новим шкільним стадіоном. Воно розраховане на 600 учнів двох сусідніх шкіл.",
    "Укриття площею 1 200 квадратних метрів має класи, туалети, медичний пункт і генератор. Під час повітряної тривоги уроки тут зможуть тривати без перерви.",
    "Міський голова Сергій Сухомлин сказав, що будівництво коштувало 48 мільйонів гривень і частину коштів надали міжнародні партнери.",
    "До кінця року в місті планують відкрити ще три такі укриття.",
]
url = "https://www.zhytomyr-vesti.com.ua/news/2025/03/03/ukryttia-pid-stadionom/"
page(
    "zhytomyr-vesti.com.ua.ukryttia-stadion",
    dict(
        title=t,
        date="2025-03-03",
        language="uk",
        url=url,
        people=["Сергій Сухомлин"],
        countries=["Ukraine"],
        note="Batch 11 (written before anything ran on it; fictional). Imitates a Ukrainian news site (Ukrainska Pravda-like markup): <title> 'headline | Житомирські вісті'; date only visible, in words, 'Понеділок, 3 березня 2025, 14:20' in div.post_time (no <time>, no metadata date); the text div.post_text with an inline 'Читайте також: …' paragraph and a 'Реклама:' ad slot between paragraphs, ending with 'Підписуйтеся на наш Telegram-канал' prompt (none expected); tags and 'Популярне' list after.",
    ),
    P,
    head(f"{t} | Житомирські вісті", "uk")
    + f'<meta property="og:title" content="{html.escape(t)}">\n<link rel="canonical" href="{url}">\n'
    + '</head>\n<body>\n<div class="header"><a href="/" class="logo">Житомирські вісті</a>' + nav([("news", "Новини"), ("war", "Війна"), ("city", "Місто"), ("sport", "Спорт")]) + '</div>\n'
    + '<div class="container"><div class="post"><h1 class="post_title">' + h(t) + '</h1><div class="post_time">Понеділок, 3 березня 2025, 14:20</div><div class="post_author">Олена Мельник</div>'
    + '<div class="post_text">' + ps(P[:2])
    + '<p><strong>Читайте також: </strong><a href="/news/2025/02/20/shkoly-zmishane-navchannia/">Школи Житомира повертаються до змішаного навчання</a></p>'
    + '<div class="banner"><span class="label">Реклама:</span><div class="adsbygoogle"></div></div>'
    + ps(P[2:])
    + '<p><em>Підписуйтеся на наш <a href="https://t.me/zhytomyrvesti">Telegram-канал</a>, щоб першими дізнаватися новини Житомира.</em></p></div>'
    + '<div class="post_tags"><a href="/tags/ukryttia">укриття</a> <a href="/tags/osvita">освіта</a></div></div>'
    + '<div class="popular"><h3>Популярне</h3><ul><li><a href="/news/2025/03/02/tramvai/">Трамвай на Корбутівку запустять у квітні</a></li><li><a href="/news/2025/03/01/svitlo/">Графіки відключень світла на тиждень</a></li></ul></div></div>\n'
    + '<div class="footer"><p>© 2025 Житомирські вісті</p></div>\n'
    + end(),
)

# 12. Greek paywalled page (Kathimerini-like): the lead and two paragraphs, then a
# subscription box ("Για να διαβάσετε ολόκληρο το άρθρο…") with benefits and a button.
t = "Η Θεσσαλονίκη αποκτά το πρώτο θαλάσσιο ταξί της τον Ιούνιο"
P = [
    "Τρεις γραμμές θαλάσσιας συγκοινωνίας θα συνδέουν από τον Ιούνιο το κέντρο της Θεσσαλονίκης με την Καλαμαριά, την Περαία και τα Νέα Επιβάτα.",
    "Η δημοτική επιχείρηση ανέθεσε τη λειτουργία σε ιδιωτική εταιρεία για πέντε χρόνια. Τα σκάφη θα χωρούν 120 επιβάτες και θα εκτελούν δρομολόγια κάθε 40 λεπτά.",
    "Ο δήμαρχος Στέλιος Αγγελούδης δήλωσε ότι το εισιτήριο θα κοστίζει όσο και του λεωφορείου, 1,20 ευρώ.",
]
url = "https://www.kathimerini-voreia.gr/society/562133022/thalassio-taxi-thessaloniki/"
page(
    "kathimerini-voreia.gr.thalassio-taxi",
    dict(
        title=t,
        date="2025-03-19",
        language="el",
        url=url,
        people=["Στέλιος Αγγελούδης"],
        countries=["Greece"],
        note="Batch 11 (written before anything ran on it; fictional). Imitates a Greek daily's metered article: <title> 'headline | Η ΚΑΘΗΜΕΡΙΝΗ Βορείου Ελλάδος'; kicker 'ΚΟΙΝΩΝΙΑ'; byline and '19.03.2025 • 08:30' (date also in article:published_time); three visible paragraphs (expected), then div.paywall-box with 'Για να διαβάσετε ολόκληρο το άρθρο γίνετε συνδρομητής' , a list of three benefits, a price line and 'Εγγραφείτε' button, and 'Είστε ήδη συνδρομητής; Σύνδεση' (none expected); 'Διαβάστε επίσης' teasers.",
    ),
    P,
    head(f"{t} | Η ΚΑΘΗΜΕΡΙΝΗ Βορείου Ελλάδος", "el")
    + og(t, "Η ΚΑΘΗΜΕΡΙΝΗ", url, P[0])
    + '<meta property="article:published_time" content="2025-03-19T08:30:00+02:00">\n'
    + '</head>\n<body>\n<header><a href="/" class="logo">Η ΚΑΘΗΜΕΡΙΝΗ</a>' + nav([("politics", "ΠΟΛΙΤΙΚΗ"), ("economy", "ΟΙΚΟΝΟΜΙΑ"), ("society", "ΚΟΙΝΩΝΙΑ"), ("culture", "ΠΟΛΙΤΙΣΜΟΣ")]) + '</header>\n'
    + '<main><article class="k-article"><div class="k-kicker">ΚΟΙΝΩΝΙΑ</div><h1 class="entry-title">' + h(t) + '</h1><div class="k-meta"><span class="k-author">Γιώργος Παπαδάκης</span> <span class="k-date">19.03.2025 • 08:30</span></div>'
    + '<div class="entry-content">' + ps(P) + '</div>'
    + '<div class="paywall-box"><h3>Για να διαβάσετε ολόκληρο το άρθρο γίνετε συνδρομητής</h3><ul><li>Απεριόριστη πρόσβαση σε όλα τα άρθρα</li><li>Η ψηφιακή έκδοση της εφημερίδας κάθε πρωί</li><li>Newsletters μόνο για συνδρομητές</li></ul><p class="price">Μόνο 1 € τον πρώτο μήνα</p><a class="btn btn-subscribe" href="/subscribe">Εγγραφείτε</a><p>Είστε ήδη συνδρομητής; <a href="/login">Σύνδεση</a></p></div></article>'
    + '<section class="read-also"><h3>Διαβάστε επίσης</h3><ul><li><a href="/society/metro-thessaloniki-nees-staseis/">Μετρό Θεσσαλονίκης: πότε ανοίγουν οι νέοι σταθμοί</a></li><li><a href="/society/paralia-anaplasi/">Ξεκινά η ανάπλαση της Νέας Παραλίας</a></li></ul></section></main>\n'
    + '<footer><p>© 2025 Η ΚΑΘΗΜΕΡΙΝΗ</p></footer>\n'
    + end(),
)

# 13. Hebrew (right to left): <html dir=rtl>; the headline <h1>, the subtitle <h2>
# (expected), "פורסם: 10.03.25, 08:12" (day.month.two-digit year) the only date; talkbacks.
t = "חיפה תפעיל רכבל חדש מהנמל לטכניון כבר בקיץ"
P = [
    "עיריית חיפה הודיעה כי הקו השני של הרכבל יחבר את הנמל לקמפוס הטכניון עד סוף הקיץ.",
    "הקו החדש יהיה באורך של 2.3 קילומטרים ויכלול ארבע תחנות. זמן הנסיעה מהנמל לטכניון יתקצר לפי העירייה לפחות מעשר דקות.",
    "ראש העירייה יונה יהב אמר כי הרכבל \"יוריד אלפי מכוניות מהכבישים בכל יום\". עלות הפרויקט מוערכת ב-310 מיליון שקלים.",
    "תושבי שכונת נווה שאנן הביעו חשש מהרעש ומהפגיעה בפרטיות, והעירייה הבטיחה לקיים מפגש עם התושבים בחודש הבא.",
]
url = "https://www.haifa-now.co.il/articles/0,7340,L-5512093,00.html"
page(
    "haifa-now.co.il.rakbal-technion",
    dict(
        title=t,
        date="2025-03-10",
        language="he",
        url=url,
        people=["יונה יהב"],
        countries=["Israel"],
        note="Batch 11 (written before anything ran on it; fictional). Imitates a Ynet-like Hebrew page: <html lang=he dir=rtl>; <title> 'headline - חיפה עכשיו'; the subtitle <h2 class=subTitle> (expected); the byline 'דנה כהן' and 'פורסם: 10.03.25, 08:12' (day.month.two-digit year, the only date on the page); the text in div.text_editor_paragraph blocks; a 'מומלצים' list and a talkbacks section 'תגובות' with two numbered talkbacks (none expected).",
    ),
    P,
    head(f"{t} - חיפה עכשיו", "he", ' dir="rtl"')
    + f'<meta property="og:title" content="{html.escape(t)}">\n<link rel="canonical" href="{url}">\n'
    + '</head>\n<body>\n<header class="mainHeader"><a href="/" class="logo">חיפה עכשיו</a>' + nav([("news", "חדשות"), ("city", "עירוני"), ("culture", "תרבות"), ("sport", "ספורט")]) + '</header>\n'
    + '<main><div class="ArticleHeaderComponent"><h1 class="mainTitle">' + h(t) + '</h1><h2 class="subTitle">' + h(P[0]) + '</h2><div class="authors"><span>דנה כהן</span></div><div class="date"><span>פורסם: 10.03.25, 08:12</span></div></div>'
    + '<div class="ArticleBodyComponent">' + "".join(f'<div class="text_editor_paragraph"><span>{h(p)}</span></div>' for p in P[1:]) + '</div>'
    + '<div class="recommended"><h3>מומלצים</h3><ul><li><a href="/articles/0,7340,L-5510011,00.html">הכרמלית תיסגר לשיפוץ לחצי שנה</a></li><li><a href="/articles/0,7340,L-5509876,00.html">חוף דדו: נפתח מתחם הספורט החדש</a></li></ul></div>'
    + '<section class="talkbacks"><h3>תגובות</h3><ol><li><b>1. סוף סוף</b><p>מחכים לזה שנים, רק שלא יתעכב כמו הקו הראשון</p><span>משה, חיפה</span></li><li><b>2. מה עם המחיר?</b><p>אם זה יעלה כמו אוטובוס אני בעד</p><span>רותי</span></li></ol></section></main>\n'
    + '<footer><p>כל הזכויות שמורות © 2025</p></footer>\n'
    + end(),
)

# 14. Persian news agency: the date visible only in the Solar Hijri calendar with Persian
# digits ("۱۴ اسفند ۱۴۰۳ - ۱۰:۲۵"), the Gregorian one in JSON-LD; "کد خبر", the lead
# (expected), "انتهای پیام" ending the text (not expected).
t = "متروی اصفهان به فرودگاه شهید بهشتی می‌رسد"
P = [
    "خط دوم متروی اصفهان تا پایان سال آینده به فرودگاه بین‌المللی شهید بهشتی متصل می‌شود.",
    "مدیرعامل سازمان قطار شهری اصفهان گفت عملیات حفاری تونل در بخش شرقی خط دوم به ۸۰ درصد رسیده و نصب ریل از ماه آینده آغاز می‌شود.",
    "محمدرضا کریمی افزود: «با بهره‌برداری از این خط، مسافران می‌توانند در کمتر از ۳۰ دقیقه از میدان امام حسین به فرودگاه برسند.»",
    "طول خط دوم متروی اصفهان ۲۳ کیلومتر است و ۲۲ ایستگاه دارد.",
]
url = "https://www.isfahan-khabar.ir/news/85012345/"
page(
    "isfahan-khabar.ir.metro-forudgah",
    dict(
        title=t,
        date="2025-03-04",
        language="fa",
        url=url,
        people=["محمدرضا کریمی"],
        countries=["Iran"],
        note="Batch 11 (written before anything ran on it; fictional). Imitates a Persian news agency page: <html lang=fa dir=rtl>; <title> 'headline - خبرگزاری اصفهان خبر'; 'کد خبر: 85012345' and the date visible only as '۱۴ اسفند ۱۴۰۳ - ۱۰:۲۵' (Solar Hijri, Persian digits), the Gregorian date in JSON-LD datePublished 2025-03-04; the lead in p.summary (expected); the text div.item-text ending with 'انتهای پیام' (not expected); a 'برچسب‌ها' tag list and 'اخبار مرتبط' (none expected).",
    ),
    P,
    head(f"{t} - خبرگزاری اصفهان خبر", "fa", ' dir="rtl"')
    + og(t, "اصفهان خبر", url, P[0])
    + jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": t, "datePublished": "2025-03-04T10:25:00+03:30"})
    + '</head>\n<body>\n<header><a href="/" class="logo">اصفهان خبر</a>' + nav([("service/politics", "سیاسی"), ("service/economy", "اقتصادی"), ("service/society", "اجتماعی"), ("service/sport", "ورزشی")]) + '</header>\n'
    + '<main><div class="item-header"><div class="item-date"><span>کد خبر: 85012345</span> <span>۱۴ اسفند ۱۴۰۳ - ۱۰:۲۵</span></div><h1 class="title">' + h(t) + '</h1><p class="summary">' + h(P[0]) + '</p></div>'
    + '<div class="item-text">' + ps(P[1:]) + '<p>انتهای پیام</p></div>'
    + '<div class="tags"><span>برچسب‌ها:</span> <a href="/tag/مترو">مترو</a> <a href="/tag/اصفهان">اصفهان</a></div>'
    + '<div class="related"><h3>اخبار مرتبط</h3><ul><li><a href="/news/85011111/">افزایش ساعت کار متروی اصفهان در نوروز</a></li><li><a href="/news/85010987/">بلیت الکترونیک اتوبوس‌های اصفهان یکپارچه می‌شود</a></li></ul></div></main>\n'
    + '<footer><p>کلیه حقوق محفوظ است</p></footer>\n'
    + end(),
)

# 15. Hindi photo essay: each photo a <figure> with a long <figcaption> (the story is
# told in the captions; expected), a slide counter "1/5" in its own <span>, "फोटो:"
# credits in their own <span>; a short intro; "ये भी पढ़ें" links after.
t = "तस्वीरों में: वाराणसी के घाटों पर देव दीपावली की तैयारी"
P = [
    "कार्तिक पूर्णिमा से पहले वाराणसी के 84 घाटों पर दस लाख से अधिक दीये जलाने की तैयारी चल रही है। देखिए तस्वीरों में।",
    "दशाश्वमेध घाट पर स्वयंसेवक मिट्टी के दीयों को धूप में सुखा रहे हैं। आयोजन समिति के अनुसार इस बार पांच लाख दीये स्थानीय कुम्हारों से खरीदे गए हैं।",
    "अस्सी घाट पर नावों को रंगा जा रहा है। नाविक संघ के अध्यक्ष शंभू निषाद ने बताया कि देव दीपावली की शाम घाटों पर उतरने के लिए सभी नावों की बुकिंग पहले ही हो चुकी है।",
    "राजघाट पर लेज़र शो के लिए मंच बनाया जा रहा है। यह शो गंगा के किनारे शहर के इतिहास की कहानी सुनाएगा।",
    "शाम को घाटों पर अभ्यास के लिए पहली बार दीये जलाए गए। प्रशासन ने इस बार सुरक्षा के लिए 1,200 पुलिसकर्मी तैनात करने की योजना बनाई है।",
]
url = "https://www.uttar-samachar.com/photo-gallery/varanasi-dev-deepawali-taiyari-1829931"
def fig(i, n, cap):
    return f'<figure class="photo-slide"><span class="slide-count">{i}/{n}</span><img src="https://img.uttar-samachar.com/2025/11/dev-deepawali-{i}.jpg" alt=""><figcaption>{h(cap)}</figcaption><span class="photo-credit">फोटो: राजेश यादव</span></figure>'
page(
    "uttar-samachar.com.dev-deepawali-photos",
    dict(
        title=t,
        date="2025-11-03",
        language="hi",
        url=url,
        people=["शंभू निषाद"],
        countries=["India"],
        note="Batch 11 (written before anything ran on it; fictional). Imitates a Hindi portal's photo gallery: <title> 'headline | उत्तर समाचार'; a short intro <p> (expected); four <figure>s each with a counter span '1/4', an <img>, a long <figcaption> telling the story (expected) and a span 'फोटो: राजेश यादव' credit (not expected); 'प्रकाशित: 03 नवंबर 2025' and article:published_time; 'ये भी पढ़ें' links and 'अगली गैलरी' (none expected).",
    ),
    P,
    head(f"{t} | उत्तर समाचार", "hi")
    + og(t, "उत्तर समाचार", url, P[0])
    + '<meta property="article:published_time" content="2025-11-03T17:45:00+05:30">\n'
    + '</head>\n<body>\n<header><a href="/" class="logo">उत्तर समाचार</a>' + nav([("desh", "देश"), ("pradesh", "प्रदेश"), ("photo-gallery", "फोटो"), ("video", "वीडियो")]) + '</header>\n'
    + '<main><div class="gallery-page"><h1>' + h(t) + '</h1><div class="meta"><span>प्रकाशित: 03 नवंबर 2025</span></div><p class="gallery-intro">' + h(P[0]) + '</p>'
    + '<div class="gallery">' + "".join(fig(i + 1, 4, c) for i, c in enumerate(P[1:])) + '</div>'
    + '<div class="ye-bhi-padhen"><h3>ये भी पढ़ें</h3><ul><li><a href="/uttar-pradesh/varanasi-ganga-aarti-samay">गंगा आरती का समय बदला</a></li><li><a href="/photo-gallery/ayodhya-deepotsav-1829010">तस्वीरों में: अयोध्या दीपोत्सव</a></li></ul></div><a class="next-gallery" href="/photo-gallery/prayagraj-magh-mela-1830002">अगली गैलरी</a></div></main>\n'
    + '<footer><p>© 2025 उत्तर समाचार</p></footer>\n'
    + end(),
)

# 16. Bengali: the date visible in Bengali digits ("প্রকাশ: ০৫ মার্চ ২০২৫, ১০: ৩০"),
# JSON-LD datePublished; "আরও পড়ুন" inline blocks with a linked headline.
t = "চট্টগ্রামে কর্ণফুলী টানেলে টোল কমছে এপ্রিল থেকে"
P = [
    "চট্টগ্রামের কর্ণফুলী নদীর তলদেশের টানেলে আগামী এপ্রিল থেকে গাড়ির টোল কমানো হচ্ছে। সেতু বিভাগ গতকাল মঙ্গলবার এ সিদ্ধান্তের কথা জানিয়েছে।",
    "নতুন হার অনুযায়ী প্রাইভেট কারের টোল ২০০ টাকা থেকে কমে ১৫০ টাকা হবে। বাস ও ট্রাকের টোলও ২৫ শতাংশ কমবে।",
    "সেতু বিভাগের সচিব মনজুর হোসেন বলেন, টানেলে প্রত্যাশার চেয়ে অনেক কম গাড়ি চলছে। টোল কমালে যান চলাচল বাড়বে বলে তাঁরা আশা করছেন।",
    "টানেলটি ২০২৩ সালের অক্টোবরে চালু হয়। এটি দেশের প্রথম নদীর তলদেশের টানেল।",
]
url = "https://www.dainik-purbokone.com/bangladesh/district/chattogram/karnaphuli-tunnel-toll"
page(
    "dainik-purbokone.com.karnaphuli-tunnel-toll",
    dict(
        title=t,
        date="2025-03-05",
        language="bn",
        url=url,
        people=["মনজুর হোসেন"],
        countries=["Bangladesh"],
        note="Batch 11 (written before anything ran on it; fictional). Imitates a Bengali daily (Prothom Alo-like): <title> 'headline | দৈনিক পূর্বকোণ'; the byline 'নিজস্ব প্রতিবেদক, চট্টগ্রাম' and 'প্রকাশ: ০৫ মার্চ ২০২৫, ১০: ৩০' in Bengali digits (and JSON-LD datePublished); the text in div.story-element-text blocks with an 'আরও পড়ুন' block holding a linked headline between them (not expected); share buttons and a 'বিষয়:' tag row after.",
    ),
    P,
    head(f"{t} | দৈনিক পূর্বকোণ", "bn")
    + og(t, "দৈনিক পূর্বকোণ", url, P[0])
    + jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": t, "datePublished": "2025-03-05T10:30:00+06:00", "author": {"@type": "Person", "name": "নিজস্ব প্রতিবেদক"}})
    + '</head>\n<body>\n<header><a href="/" class="logo">দৈনিক পূর্বকোণ</a>' + nav([("bangladesh", "বাংলাদেশ"), ("world", "বিশ্ব"), ("business", "বাণিজ্য"), ("sports", "খেলা")]) + '</header>\n'
    + '<main><div class="story-head"><h1 class="headline">' + h(t) + '</h1><div class="contributor">নিজস্ব প্রতিবেদক, চট্টগ্রাম</div><div class="time"><span>প্রকাশ: ০৫ মার্চ ২০২৫, ১০: ৩০</span></div></div>'
    + '<div class="story-content">' + "".join(f'<div class="story-element story-element-text"><p>{h(p)}</p></div>' for p in P[:2])
    + '<div class="story-element story-element-also-read"><span class="also-read-title">আরও পড়ুন</span><a href="/bangladesh/karnaphuli-tunnel-lokshan">কর্ণফুলী টানেলে দিনে লোকসান ২৭ লাখ টাকা</a></div>'
    + "".join(f'<div class="story-element story-element-text"><p>{h(p)}</p></div>' for p in P[2:]) + '</div>'
    + '<div class="share"><a href="#">Facebook</a> <a href="#">WhatsApp</a></div><div class="tags">বিষয়: <a href="/topic/কর্ণফুলী-টানেল">কর্ণফুলী টানেল</a> <a href="/topic/চট্টগ্রাম">চট্টগ্রাম</a></div></main>\n'
    + '<footer><p>স্বত্ব © ২০২৫ দৈনিক পূর্বকোণ</p></footer>\n'
    + end(),
)

# 17. Thai: the date visible in the Buddhist era ("5 มี.ค. 2568 10:15 น."), the Gregorian
# one in article:published_time; "อ่านข่าวที่เกี่ยวข้อง" list inside the text; tags.
t = "กรุงเทพฯ เปิดทางเดินลอยฟ้าเชื่อมรถไฟฟ้า 3 สาย ย่านพญาไท"
P = [
    "กรุงเทพมหานครเปิดใช้ทางเดินลอยฟ้ายาว 1.2 กิโลเมตร เชื่อมสถานีรถไฟฟ้าสามสายในย่านพญาไทอย่างเป็นทางการเมื่อวันที่ 4 มีนาคม",
    "ทางเดินดังกล่าวเชื่อมสถานีพญาไทของรถไฟฟ้าบีทีเอส สถานีรถไฟฟ้าแอร์พอร์ต เรล ลิงก์ และสถานีรถไฟฟ้าสายสีส้มที่กำลังก่อสร้าง",
    "นายชัชชาติ สิทธิพันธุ์ ผู้ว่าราชการกรุงเทพมหานคร กล่าวว่า ทางเดินนี้จะช่วยให้ผู้โดยสารกว่า 60,000 คนต่อวันเดินทางได้สะดวกและปลอดภัยขึ้น",
    "ทางเดินเปิดให้บริการทุกวันตั้งแต่เวลา 05.00 ถึง 24.00 น.",
]
url = "https://www.thaikhao-daily.com/news/local/bangkok/2841577"
page(
    "thaikhao-daily.com.skywalk-phaya-thai",
    dict(
        title=t,
        date="2025-03-05",
        language="th",
        url=url,
        people=["ชัชชาติ สิทธิพันธุ์"],
        countries=["Thailand"],
        note="Batch 11 (written before anything ran on it; fictional). Imitates a Thai daily (Thairath-like): <title> 'headline | ไทยข่าวรายวัน'; the date visible in the Buddhist era '5 มี.ค. 2568 10:15 น.' and in article:published_time 2025-03-05; the text in div.article-content <p>s with an 'อ่านข่าวที่เกี่ยวข้อง' box of two linked headlines between them (not expected); a tag row 'แท็กที่เกี่ยวข้อง' and 'ข่าวล่าสุด' after.",
    ),
    P,
    head(f"{t} | ไทยข่าวรายวัน", "th")
    + og(t, "ไทยข่าวรายวัน", url, P[0])
    + '<meta property="article:published_time" content="2025-03-05T10:15:00+07:00">\n'
    + '</head>\n<body>\n<header><a href="/" class="logo">ไทยข่าวรายวัน</a>' + nav([("news/politic", "การเมือง"), ("news/local", "ข่าวทั่วไทย"), ("sport", "กีฬา"), ("entertain", "บันเทิง")]) + '</header>\n'
    + '<main><article><h1>' + h(t) + '</h1><div class="article-date"><span>5 มี.ค. 2568 10:15 น.</span></div>'
    + '<div class="article-content">' + ps(P[:2])
    + '<div class="related-inline"><strong>อ่านข่าวที่เกี่ยวข้อง</strong><ul><li><a href="/news/local/bangkok/2839001">รถไฟฟ้าสายสีส้มฝั่งตะวันออกเปิดทดลองวิ่ง</a></li><li><a href="/news/local/bangkok/2837112">กทม.ขยายทางเท้าถนนพญาไท</a></li></ul></div>'
    + ps(P[2:]) + '</div>'
    + '<div class="tags"><span>แท็กที่เกี่ยวข้อง</span> <a href="/tags/ทางเดินลอยฟ้า">ทางเดินลอยฟ้า</a> <a href="/tags/รถไฟฟ้า">รถไฟฟ้า</a></div></article>'
    + '<aside class="latest"><h3>ข่าวล่าสุด</h3><ul><li><a href="/news/local/2841570">ฝนตกหนักหลายเขต กทม.</a></li><li><a href="/news/local/2841561">เปิดจองตั๋วรถไฟช่วงสงกรานต์</a></li></ul></aside></main>\n'
    + '<footer><p>© 2025 ไทยข่าวรายวัน</p></footer>\n'
    + end(),
)

# 18. Vietnamese (VnExpress-like): p.description (the standfirst, expected), the text in
# article.fck_detail of p.Normal, the author's name closing it in a right-aligned
# <p class=Normal><strong> (not expected); "Thứ năm, 6/3/2025, 10:05 (GMT+7)".
t = "Đà Nẵng thí điểm xe buýt điện miễn phí trên bán đảo Sơn Trà"
P = [
    "Từ ngày 10/3, du khách và người dân có thể đi xe buýt điện miễn phí trên tuyến dài 18 km quanh bán đảo Sơn Trà trong ba tháng thí điểm.",
    "Tuyến xe buýt xuất phát từ cầu Rồng, đi qua bãi biển Mỹ Khê, chùa Linh Ứng và kết thúc tại bãi Bụt. Mỗi ngày có 24 chuyến, cách nhau 30 phút.",
    "Ông Lê Trung Chinh, Chủ tịch UBND thành phố Đà Nẵng, cho biết thành phố muốn hạn chế xe cá nhân lên bán đảo để bảo vệ rừng và đàn voọc chà vá chân nâu.",
    "Sau thời gian thí điểm, thành phố sẽ đánh giá và có thể thu phí với mức giá thấp.",
]
url = "https://vnexpress.net/da-nang-thi-diem-xe-buyt-dien-mien-phi-tren-ban-dao-son-tra-4858210.html"
page(
    "vnexpress.net.xe-buyt-dien-son-tra",
    dict(
        title=t,
        date="2025-03-06",
        language="vi",
        url=url,
        people=["Lê Trung Chinh"],
        countries=["Vietnam"],
        note="Batch 11 (written before anything ran on it; fictional). Imitates VnExpress's article page: <title> 'headline - VnExpress'; span.date 'Thứ năm, 6/3/2025, 10:05 (GMT+7)' (day/month) and <meta name=pubdate content=2025-03-06T10:05:00+07:00>; the standfirst <p class=description> (expected), the text article.fck_detail of <p class=Normal>, an image figure without caption, and the author closing it in <p class=Normal style='text-align:right;'><strong>Nguyễn Đông</strong></p> (not expected); then a tag list, 'Xem nhiều nhất', and comments ('Ý kiến (12)').",
    ),
    P,
    head(f"{t} - VnExpress", "vi")
    + og(t, "VnExpress", url, P[0])
    + '<meta name="pubdate" itemprop="datePublished" content="2025-03-06T10:05:00+07:00">\n'
    + '</head>\n<body>\n<header class="header"><a href="/" class="logo">VnExpress</a>' + nav([("thoi-su", "Thời sự"), ("the-gioi", "Thế giới"), ("kinh-doanh", "Kinh doanh"), ("du-lich", "Du lịch")]) + '</header>\n'
    + '<section class="section page-detail"><div class="container"><div class="sidebar-1"><div class="header-content"><ul class="breadcrumb"><li><a href="/thoi-su">Thời sự</a></li><li><a href="/thoi-su/giao-thong">Giao thông</a></li></ul><span class="date">Thứ năm, 6/3/2025, 10:05 (GMT+7)</span></div>'
    + '<h1 class="title-detail">' + h(t) + '</h1><p class="description">' + h(P[0]) + '</p>'
    + '<article class="fck_detail">' + ps(P[1:3], "p", ' class="Normal"')
    + '<figure class="tplCaption"><div class="fig-picture"><img src="https://i1-vnexpress.vnecdn.net/2025/03/06/xe-buyt-son-tra.jpg" alt=""></div></figure>'
    + ps(P[3:], "p", ' class="Normal"') + '<p class="Normal" style="text-align:right;"><strong>Nguyễn Đông</strong></p></article>'
    + '<div class="tags"><h4 class="item-tag"><a href="/topic/xe-buyt-dien">Xe buýt điện</a></h4><h4 class="item-tag"><a href="/topic/son-tra">Sơn Trà</a></h4></div>'
    + '<div class="box-comment"><h3>Ý kiến (12)</h3><div class="comment_item"><p class="full_content"><b>minhtuan</b> Nên làm sớm hơn, mùa hè đường lên chùa kẹt xe rất khổ.</p></div></div></div>'
    + '<div class="sidebar-2"><h3>Xem nhiều nhất</h3><ul><li><a href="/cau-rong-phun-lua-4858001.html">Cầu Rồng phun lửa phục vụ du khách dịp lễ</a></li><li><a href="/ha-noi-mo-rong-duong-vanh-dai-4857990.html">Hà Nội mở rộng đường vành đai 2</a></li></ul></div></div></section>\n'
    + '<footer><p>© Copyright 1997 VnExpress.net, All rights reserved</p></footer>\n'
    + end(),
)

# 19. Arabic interview in questions and answers: a short intro, each question a <p> with
# its text in <strong> (expected, as the rules keep interview questions), each answer a <p>;
# "اقرأ أيضاً:" inline; the interviewee's portrait caption; <title> "site | headline".
t = "مديرة مهرجان الرباط للسينما: نريد أن يشاهد الأطفال أفلاماً من إفريقيا"
P = [
    "تنطلق الدورة العاشرة من مهرجان الرباط لسينما الطفل الأسبوع المقبل بمشاركة 42 فيلماً من 19 دولة. التقينا مديرة المهرجان سلمى بنعلي.",
    "ما الجديد في هذه الدورة؟",
    "للمرة الأولى خصصنا نصف البرنامج لأفلام من إفريقيا. أطفالنا يعرفون أفلام الرسوم المتحركة الأمريكية واليابانية جيداً، لكنهم نادراً ما يشاهدون أفلاماً من السنغال أو نيجيريا.",
    "كيف تختارون الأفلام؟",
    "لدينا لجنة من سبعة أعضاء، بينهم معلمان وطفلان في الثانية عشرة من العمر. رأي الطفلين يهمنا كثيراً.",
    "ماذا عن المدارس خارج الرباط؟",
    "هذا العام سننظم عروضاً متنقلة في 12 قرية في جهة الرباط سلا القنيطرة، بالتعاون مع وزارة التربية الوطنية.",
]
url = "https://www.hespress-thaqafa.ma/interviews/rabat-children-film-festival-benali"
page(
    "hespress-thaqafa.ma.mahrajan-atfal-benali",
    dict(
        title=t,
        date="2025-04-08",
        language="ar",
        url=url,
        people=["سلمى بنعلي"],
        countries=["Morocco", "United States", "Japan", "Senegal", "Nigeria"],
        note="Batch 11 (written before anything ran on it; fictional). Imitates a Moroccan culture site's interview: <html lang=ar dir=rtl>; <title> 'هسبريس ثقافة | headline' (site first, a bar); the intro <p> (expected), questions as <p><strong>…</strong></p> (expected), answers as <p>s; a portrait figure with caption 'سلمى بنعلي - تصوير: يوسف العلوي' (not expected: a portrait credit line), an 'اقرأ أيضاً:' linked line between answers (not expected); the date '8 أبريل 2025 - 11:20' and JSON-LD datePublished; share row and 'مواضيع ذات صلة'.",
    ),
    P,
    head(f"هسبريس ثقافة | {t}", "ar", ' dir="rtl"')
    + og(t, "هسبريس ثقافة", url, P[0])
    + jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": t, "datePublished": "2025-04-08T11:20:00+01:00"})
    + '</head>\n<body>\n<header><a href="/" class="logo">هسبريس ثقافة</a>' + nav([("cinema", "سينما"), ("books", "كتب"), ("music", "موسيقى"), ("interviews", "حوارات")]) + '</header>\n'
    + '<main><article class="post"><span class="category">حوارات</span><h1 class="post-title">' + h(t) + '</h1><div class="post-meta"><span class="author">حنان الإدريسي</span> <span class="date">8 أبريل 2025 - 11:20</span></div>'
    + '<figure class="post-thumb"><img src="/uploads/2025/04/benali.jpg" alt=""><figcaption>سلمى بنعلي - تصوير: يوسف العلوي</figcaption></figure>'
    + '<div class="post-content"><p>' + h(P[0]) + '</p>'
    + '<p><strong>' + h(P[1]) + '</strong></p><p>' + h(P[2]) + '</p>'
    + '<p><strong>' + h(P[3]) + '</strong></p><p>' + h(P[4]) + '</p>'
    + '<p>اقرأ أيضاً: <a href="/cinema/tetouan-festival-2025">مهرجان تطوان يكرم رواد السينما الإفريقية</a></p>'
    + '<p><strong>' + h(P[5]) + '</strong></p><p>' + h(P[6]) + '</p></div>'
    + '<div class="share"><a href="#">فيسبوك</a> <a href="#">واتساب</a> <a href="#">تويتر</a></div></article>'
    + '<section class="related"><h3>مواضيع ذات صلة</h3><ul><li><a href="/cinema/animation-workshop-sale">ورشة للرسوم المتحركة لأطفال سلا</a></li><li><a href="/books/children-books-fair">معرض كتاب الطفل يفتح أبوابه في الدار البيضاء</a></li></ul></section></main>\n'
    + '<footer><p>جميع الحقوق محفوظة © 2025</p></footer>\n'
    + end(),
)

# 20. Spanish regional page: the logo is the <h1>, the headline an <h2 class=titulo>,
# <title> "El Litoral Sur | headline" (site first); a "volanta" kicker and a "bajada"
# (the standfirst, expected); the date "Martes 11 de febrero de 2025 | 19:40" only.
t = "Santa Fe licita la nueva costanera de Rincón con ciclovía y muelle de pescadores"
P = [
    "La obra, de 2,6 kilómetros, costará 4.800 millones de pesos y estaría terminada a fines de 2026.",
    "El gobierno de Santa Fe abrió este martes la licitación para construir la nueva costanera de San José del Rincón, un reclamo de los vecinos desde la crecida de 2016.",
    "El proyecto incluye una defensa contra inundaciones, una ciclovía, un muelle para pescadores y tres miradores sobre el río. Se presentaron siete empresas.",
    "\u201cEs una obra que protege a las familias y al mismo tiempo le devuelve el río a la ciudad\u201d, dijo la ministra de Obras Públicas, Lucía Ferreyra, durante el acto.",
    "La adjudicación está prevista para abril.",
]
url = "https://www.ellitoralsur.com.ar/nota/2025-2-11-19-40-0-santa-fe-licita-costanera-rincon"
page(
    "ellitoralsur.com.ar.costanera-rincon",
    dict(
        title=t,
        date="2025-02-11",
        language="es",
        url=url,
        people=["Lucía Ferreyra"],
        countries=["Argentina"],
        note="Batch 11 (written before anything ran on it; fictional). Imitates an Argentine regional site: the logo in <h1 class=logo> (its alt 'El Litoral Sur'), the headline <h2 class=titulo> (no other heading before it), <title> 'El Litoral Sur | headline' (site first, a bar), no og:title; the 'volanta' kicker 'OBRAS', the 'bajada' (the standfirst, expected); the date only visible, 'Martes 11 de febrero de 2025 | 19:40'; the text div.cuerpo; after it '¿Qué te pareció esta noticia?' reaction buttons and 'Más leídas' (none expected).",
    ),
    P,
    head(f"El Litoral Sur | {t}", "es")
    + f'<link rel="canonical" href="{url}">\n'
    + '</head>\n<body>\n<header><h1 class="logo"><a href="/"><img src="/img/logo.png" alt="El Litoral Sur"></a></h1>' + nav([("seccion/politica", "Política"), ("seccion/la-ciudad", "La Ciudad"), ("seccion/deportes", "Deportes"), ("seccion/policiales", "Policiales")]) + '</header>\n'
    + '<main><div class="nota"><div class="volanta">OBRAS</div><h2 class="titulo">' + h(t) + '</h2><div class="bajada"><p>' + h(P[0]) + '</p></div><div class="fecha">Martes 11 de febrero de 2025 | 19:40</div>'
    + '<div class="cuerpo">' + ps(P[1:]) + '</div>'
    + '<div class="reacciones"><p>¿Qué te pareció esta noticia?</p><button>Me gusta</button><button>Me enoja</button><button>Me entristece</button></div></div>'
    + '<aside class="mas-leidas"><h3>Más leídas</h3><ol><li><a href="/nota/colectivos-paro">Paro de colectivos: cómo funciona el servicio</a></li><li><a href="/nota/puente-colgante-obras">Cortan el Puente Colgante por obras</a></li></ol></aside></main>\n'
    + '<footer><p>© 2025 El Litoral Sur - Todos los derechos reservados</p></footer>\n'
    + end(),
)


if __name__ == "__main__":
    write(PAGES)
