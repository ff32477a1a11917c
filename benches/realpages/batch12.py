#!/usr/bin/env python3
"""Writes batch 12 of the written pages (issue #15, extraction round 12) into `extra/`.

Each page is its HTML, its expected text and its labels, written together before anything
ran on them; events and people are fictional. Batches 1-11 had WordPress, Ghost, Medium,
Joomla, Arc, Brightspot, Squarespace, Wix, Tumblr, Substack, Blogger, Drupal, TYPO3, Bitrix,
Discourse, MediaWiki, CivicPlus, AMP, Next.js, live blogs and tickers, galleries, paywalls,
podcasts, sports tables, reviews, interviews, agency wires, press releases (Business Wire,
PR Newswire, PR TIMES, ministries, GOV.UK, the French State), Naver, Yahoo!ニュース, Sina,
WeChat and legacy charsets. Batch 12 takes what none had: a TownNews BLOX court report, a
Legacy-style obituary with a guest book, a Mailchimp newsletter archived on the web (table
layout), a fact check with a claim box and a rating, a local TV station's storm update with
shelter and road lists, a Drupal print view with numbered link footnotes, a city utility's
explainer whose questions are <details>/<summary>, a German police release on Presseportal,
a French recipe card (WP Recipe Maker) inside a news story, a Chilean court story with an
embedded X post, Daum news (headline in an <h3>), a Chinese government portal page, and
news pages in Slovak, Serbian Cyrillic, Croatian, Bulgarian, Urdu, Tamil, Malay, Filipino
and Catalan, languages no written page had.
Run from anywhere: `python3 benches/realpages/batch12.py`.
"""
import html

from batch_kit import end, h, head, jsonld, lis, nav, og, page, PAGES, ps, write


def art(url, headline, date, site, typ="NewsArticle", author="Staff"):
    """A JSON-LD article with its headline, date and publisher."""
    return jsonld({"@context": "https://schema.org", "@type": typ, "mainEntityOfPage": url, "headline": headline, "datePublished": date, "author": {"@type": "Person", "name": author}, "publisher": {"@type": "Organization", "name": site}})


# 1. TownNews BLOX court report: <title> "headline | Local News | site.com"; the story in
# div#article-body[itemprop=articleBody] with tnt-ads slots and a "Related to this story"
# box between paragraphs, the reporter's contact line in italics at the end, tags, a
# newsletter signup and "Most Popular" after.
t = "Jury convicts former youth pastor of taking $412,000 from church accounts"
P = [
    "A Burleigh County jury on Wednesday found a former youth pastor guilty of embezzling more than $412,000 from the Bismarck church where he worked for eleven years.",
    "Curtis Vance, 46, was convicted on three felony counts of theft of property after a six-day trial and about four hours of deliberation. He faces up to 20 years in prison on each count.",
    "Prosecutors said Vance opened a second account in the name of Cornerstone Fellowship's youth ministry in 2017 and moved donations, camp fees and a bequest from a longtime member into it over five years. Bank records shown to the jury traced the money to car payments, a boat and two family trips to Florida.",
    "\u201cThis was not a mistake in bookkeeping. It was a plan, and it ran for five years,\u201d Assistant State's Attorney Ellen Hartigan told jurors in her closing argument.",
    "Defense attorney Paul Dressler argued that church elders had approved the account and that Vance had been told he could use it for ministry expenses as he saw fit. Two former elders testified that they did not remember approving it.",
    "The church's treasurer, Janice Olsrud, testified that she discovered the account in 2023 when a bank statement was mailed to the church office by mistake.",
    "District Judge Marilyn Ostrowski ordered a presentence investigation and set sentencing for February. Vance remains free on bond.",
]
url = "https://www.dailyrecordtribune.com/news/local/jury-convicts-former-youth-pastor/article_5a1c22e4-9f0b-11ef-b1a2-0f3e4c6d8a10.html"
ad = '<div class="tnt-ads-container hidden-print"><div class="tnt-ads" id="tncms-region-article_instory_top"><div class="ad-label">Advertisement</div></div></div>'
page(
    "dailyrecordtribune.com.youth-pastor-verdict",
    dict(
        title=t,
        date="2025-12-03",
        language="en",
        url=url,
        people=["Curtis Vance", "Ellen Hartigan", "Paul Dressler", "Janice Olsrud", "Marilyn Ostrowski"],
        countries=["United States"],
        note="Batch 12 (written before anything ran on it; fictional). Imitates a TownNews BLOX court story: <title> 'headline | Local News | dailyrecordtribune.com'; the asset header with a kicker, <h1 class=headline>, the byline and <time datetime> 'Dec 3, 2025'; the story in div.asset-content > div#article-body[itemprop=articleBody] with tnt-ads slots ('Advertisement') and a 'Related to this story' box of two linked headlines between paragraphs (none expected); the reporter's contact line in italics at the end ('Reach Dana Whitlock at …', not expected); then tags, a 'Get local news delivered to your inbox!' signup and 'Most Popular' (none expected).",
    ),
    P,
    head(f"{t} | Local News | dailyrecordtribune.com", "en")
    + og(t, "Daily Record-Tribune", url, P[0])
    + '<meta property="article:published_time" content="2025-12-03T17:45:00-06:00">\n'
    + '</head>\n<body class="asset-page">\n<header id="site-header"><a class="navbar-brand" href="/">Daily Record-Tribune</a>' + nav([("news", "News"), ("news/local", "Local"), ("sports", "Sports"), ("obituaries", "Obituaries"), ("opinion", "Opinion"), ("eedition", "e-Edition")], "navbar-nav") + '</header>\n'
    + '<div id="main-page-container"><section id="main-top-container"></section><div class="row"><div class="col-md-8 main-content">'
    + '<article itemscope itemtype="http://schema.org/NewsArticle" id="asset-content"><header class="asset-header"><div class="asset-kicker"><a href="/news/local/">Local News</a></div><h1 class="headline" itemprop="headline"><span class="tnt-headline">' + h(t) + '</span></h1>'
    + '<ul class="list-inline asset-byline"><li><span itemprop="author" class="tnt-byline">By Dana Whitlock Staff writer</span></li><li class="hidden-print"><time datetime="2025-12-03T17:45:00-06:00" class="tnt-date asset-date text-muted">Dec 3, 2025</time></li></ul>'
    + '<div class="share-container"><a href="#" class="tnt-share-facebook">Facebook</a> <a href="#" class="tnt-share-twitter">Twitter</a> <a href="#" class="tnt-share-email">Email</a> <a href="#" class="tnt-share-print">Print</a> <a href="#" class="tnt-share-save">Save</a></div></header>'
    + '<div class="asset-content subscriber-premium"><div id="article-body" itemprop="articleBody" class="asset-body">'
    + ps(P[:2]) + ad + ps(P[2:4])
    + '<div class="related-content asset-related-items hidden-print"><h3 class="tnt-headline">Related to this story</h3><ul><li><a href="/news/local/former-youth-pastor-charged/article_1.html">Former youth pastor charged with theft from Bismarck church</a></li><li><a href="/news/local/church-audit/article_2.html">Church audit finds missing camp fees</a></li></ul></div>'
    + ps(P[4:6]) + ad + ps(P[6:])
    + '<p><em>Reach Dana Whitlock at 701-555-0143 or dwhitlock@dailyrecordtribune.com.</em></p>'
    + '</div></div>'
    + '<div class="asset-tags"><span>Tags</span> <a href="/search/?t=article&amp;k=courts">Courts</a> <a href="/search/?k=bismarck">Bismarck</a> <a href="/search/?k=crime">Crime</a></div>'
    + '<div class="tnt-newsletter-signup"><h3>Get local news delivered to your inbox!</h3><p>Subscribe to our Daily Headlines newsletter.</p><form><input type="email" placeholder="Email address"><button class="btn btn-primary">Sign up!</button></form></div>'
    + '</article></div><aside class="col-md-4"><div class="tnt-most-popular"><h3>Most Popular</h3><ol><li><a href="/news/local/a.html">Bismarck council approves new snow routes</a></li><li><a href="/news/local/b.html">Mandan man dies in crash on Interstate 94</a></li><li><a href="/sports/c.html">Demons roll past Century in season opener</a></li></ol></div></aside></div></div>\n'
    + '<footer id="site-footer"><p>\u00a9 Copyright 2025 Daily Record-Tribune, 707 E Front Ave, Bismarck, ND | Terms of Use | Privacy Policy</p><p>Powered by BLOX Content Management System from TownNews.com.</p></footer>\n'
    + end(),
)

# 2. A Legacy-style obituary: the <h1> is the person's name; og:title and <title>
# "Name Obituary (1938 - 2025) - Town, ST - Paper"; the life dates under the name; the
# text; "Published by … on Dec. 2, 2025." (the only date); service details card, a
# sympathy-flowers prompt and a guest book of condolence entries after.
t = "Margaret Ellen Halvorsen"
seo = "Margaret Halvorsen Obituary (1938 - 2025) - Moorhead, MN"
P = [
    "Margaret Ellen Halvorsen, 87, of Moorhead, died peacefully on Saturday, November 29, 2025, at Eventide Senior Living, surrounded by her family.",
    "Margaret was born on March 2, 1938, on the family farm near Hawley, Minnesota, the youngest of five children of Olaf and Ingrid Strand, who had come from Norway in 1923. She graduated from Hawley High School in 1956 and from Concordia College in 1960 with a degree in home economics.",
    "On June 18, 1960, she married Arne Halvorsen at Bethesda Lutheran Church. They farmed near Glyndon for 38 years, where Margaret kept the books, raised four children and a large garden, and taught Sunday school for three decades.",
    "She was known for her lefse, her quilts and her letters. Every grandchild received a handwritten letter on their birthday until she was 85.",
    "Margaret is survived by her children, Karen (Dale) Lindqvist, Thomas (Ruth) Halvorsen, Paul Halvorsen and Ellen (Mark) Berge; 11 grandchildren; and 9 great-grandchildren. She was preceded in death by her husband Arne in 2019 and by her four siblings.",
    "A funeral service will be held at 11 a.m. Friday, December 5, at Bethesda Lutheran Church in Moorhead, with visitation one hour before. Memorials are preferred to the Bethesda Lutheran Church quilting group.",
]
url = "https://www.legacy.com/us/obituaries/prairiesentinel/name/margaret-halvorsen-obituary?id=59321877"
page(
    "legacy.com.prairiesentinel.margaret-halvorsen",
    dict(
        title=t,
        titles_also=[seo],
        date="2025-12-02",
        language="en",
        url=url,
        people=["Margaret Ellen Halvorsen", "Olaf Strand", "Ingrid Strand", "Arne Halvorsen", "Karen Lindqvist", "Dale Lindqvist", "Thomas Halvorsen", "Ruth Halvorsen", "Paul Halvorsen", "Ellen Berge", "Mark Berge"],
        countries=["United States", "Norway"],
        note="Batch 12 (written before anything ran on it; fictional). Imitates a Legacy.com obituary page: og:title and <title> 'Margaret Halvorsen Obituary (1938 - 2025) - Moorhead, MN - Prairie Sentinel' (an SEO form, titles_also without the paper), the <h1> the person's full name; the life dates 'March 2, 1938 - November 29, 2025' under it and the obituary text in div[data-component=ObituaryText] (expected); 'Published by Prairie Sentinel on Dec. 2, 2025.' (the only date; not expected), a 'Service Information' card (funeral home and address), 'To plant trees in memory…' and 'Send Flowers' prompts, and a guest book of five condolence entries signed with names and towns, 'Sign the Guest Book' (none expected). People: everyone the text names, spouses in brackets with the family name they share.",
    ),
    P,
    head(f"{seo} - Prairie Sentinel", "en")
    + og(f"{seo} - Prairie Sentinel", "Legacy.com", url, P[0])
    + '</head>\n<body>\n<div id="__next"><header class="Header"><a href="/" class="Logo">Legacy</a>' + nav([("us/obituaries/local", "Obituaries"), ("news", "News"), ("advice", "Advice"), ("funeral-homes", "Funeral Homes")]) + '<a class="Button" href="/sign-in">Sign In</a></header>'
    + '<main><div class="ObituaryHeader"><div class="NewspaperLogo"><img alt="Prairie Sentinel logo" src="/logos/prairiesentinel.png"></div><h1 class="Name" data-component="NameHeadingText">' + h(t) + '</h1><p class="LifeDates">March 2, 1938 - November 29, 2025</p><p class="Location">Moorhead, MN</p></div>'
    + '<div class="ObituaryBody"><div class="ObituaryText" data-component="ObituaryText">' + ps(P) + '</div>'
    + '<p class="PublishedLine" data-component="PublishedLine">Published by Prairie Sentinel on Dec. 2, 2025.</p></div>'
    + '<div class="SympathyCTA"><p>To plant trees in memory, please visit the Sympathy Store.</p><a class="Button" href="/sympathy">Send Flowers</a></div>'
    + '<section class="ServiceInformation"><h2>Service Information</h2><div class="ServiceCard"><h3>Funeral Service</h3><p>Friday, December 5, 2025, 11:00 AM</p><p>Bethesda Lutheran Church<br>401 10th St S<br>Moorhead, MN 56560</p><a href="#">Get Directions</a></div><div class="FuneralHome"><h3>Funeral Home</h3><p>Wright Funeral Home<br>1104 8th St S, Moorhead, MN</p></div></section>'
    + '<section class="GuestBook"><h2>Guest Book</h2><p class="GuestBookIntro">Sponsored by Prairie Sentinel.</p><a class="Button" href="#sign">Sign the Guest Book</a>'
    + "".join(f'<div class="GuestBookEntry"><p class="EntryText">{h(x)}</p><p class="EntrySignature">{h(s)}</p><p class="EntryDate">December {d}, 2025</p></div>' for x, s, d in [
        ("Margaret was the kindest neighbour anyone could ask for. Her lefse at Christmas was the best in the county. Thinking of all of you.", "Janet Kvamme, Glyndon, MN", 2),
        ("Sending love and prayers to the whole Halvorsen family. She taught me in Sunday school and I still have the bookmark she made.", "Brian Ostlie, Fargo, ND", 2),
        ("So sorry for your loss. Margaret and Arne were wonderful friends to our parents.", "The Nordby family", 3),
        ("Her letters meant the world to my mother. Rest in peace, Margaret.", "Susan Aakre, Hawley, MN", 3),
        ("Our deepest sympathy. We will miss her at quilting group on Tuesdays.", "Bethesda Quilters", 4),
    ])
    + '</section></main><footer class="Footer"><p>\u00a9 2025 Legacy.com. All rights reserved.</p><a href="/privacy">Privacy Policy</a> <a href="/terms">Terms of Use</a></footer></div>\n'
    + end(),
)

# 3. A Mailchimp newsletter archived on the web: the campaign archive's bar ("Subscribe
# Past Issues Translate RSS"), the preheader's "View this email in your browser", the email
# as nested tables (mcnTextBlock cells), a masthead whose <h1> is the newsletter's name, the
# issue date as a line, items under <h2>s, a button block, a list of dates, then the
# footer with copyright, mailing address and unsubscribe links.
subject = "The Brookside Bulletin: Library roof, budget vote and a new crossing guard"
t = "Library roof, budget vote and a new crossing guard"
P = [
    "The library roof is finally done",
    "After two winters of buckets in the reading room, the Brookside branch library has a new roof. The work finished on Monday, nine days ahead of schedule, and the children's corner reopens this Saturday.",
    "Branch manager Ruth Abernathy thanked the 140 neighbours who wrote to the city last spring. \u201cThose letters moved this project up the list,\u201d she told us.",
    "The budget vote is December 15",
    "The city council will vote on next year's budget on Monday, December 15. The draft keeps the Brookside pool open five days a week but cuts the summer evening hours. Public comment is open until December 12, by email or in person at the council meeting.",
    "Meet our new crossing guard",
    "If you walk children to Lincoln Elementary, you have probably met Dev Malhotra already. Dev took over the corner of Elm and 34th in November after Carol Simms retired after sixteen years. Please say hello, and please slow down.",
    "Dates to remember",
    "December 6: Holiday lights walk, meet at the pocket park at 5 p.m.",
    "December 12: Last day for budget comments",
    "December 15: City council budget vote, 6 p.m., City Hall",
    "January 8: Brookside Neighborhood Association meeting, library community room",
]
url = "https://us12.campaign-archive.com/?u=4b3f1e2a9c0d7e6f5a4b3c2d1&id=8e7d6c5b4a"
mc_text = lambda inner: '<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock"><tbody class="mcnTextBlockOuter"><tr><td valign="top" class="mcnTextBlockInner"><table align="left" border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextContentContainer"><tbody><tr><td valign="top" class="mcnTextContent">' + inner + '</td></tr></tbody></table></td></tr></tbody></table>'
page(
    "us12.campaign-archive.com.brookside-bulletin",
    dict(
        title=subject,
        titles_also=[t],
        date="2025-12-04",
        language="en",
        url=url,
        people=["Ruth Abernathy", "Dev Malhotra", "Carol Simms"],
        countries=[],
        note="Batch 12 (written before anything ran on it; fictional). Imitates a Mailchimp campaign archive page: <title> and og:title the email's subject 'The Brookside Bulletin: Library roof, …' (the newsletter's name first behind a colon: the subject is the page's only headline, so both it and the part after the colon count); the archive bar ('Subscribe', 'Past Issues', 'Translate', 'RSS'), the preheader 'View this email in your browser', then the email as nested layout tables of mcnTextBlock cells: a masthead <h1> 'The Brookside Bulletin' (the newsletter's name, not expected) with the line 'Thursday, December 4, 2025 | Issue 48' (the date, not expected), three items each under an <h2> (expected), a button block 'Send a budget comment' (not expected), 'Dates to remember' as a <ul> (expected), a social follow block and the footer's copyright, mailing address and 'update your preferences or unsubscribe' lines (none expected). No JSON-LD, no <article>.",
    ),
    P,
    head(subject, "en")
    + f'<meta property="og:title" content="{html.escape(subject)}">\n<meta property="og:url" content="{url}">\n<meta property="og:description" content="View this email in your browser">\n'
    + '<style type="text/css">p{margin:10px 0;padding:0;} table{border-collapse:collapse;} .mcnTextContent{word-break:break-word;}</style>\n'
    + '</head>\n<body>\n<div id="awesomewrap"><div id="awesomebar"><ul id="awesomebar-nav"><li><a href="http://eepurl.com/h1a2b3">Subscribe</a></li><li><a href="https://us12.campaign-archive.com/home/?u=4b3f">Past Issues</a></li><li><a href="#">Translate</a></li><li><a href="https://us12.campaign-archive.com/feed?u=4b3f">RSS</a></li></ul></div></div>\n'
    + '<center><table align="center" border="0" cellpadding="0" cellspacing="0" height="100%" width="100%" id="bodyTable"><tr><td align="center" valign="top" id="bodyCell"><table border="0" cellpadding="0" cellspacing="0" width="100%" class="templateContainer">'
    + '<tr><td valign="top" id="templatePreheader">' + mc_text('<a href="*|ARCHIVE|*" target="_blank">View this email in your browser</a>') + '</td></tr>'
    + '<tr><td valign="top" id="templateHeader"><table class="mcnImageBlock" width="100%"><tr><td class="mcnImageContent"><img alt="" src="https://mcusercontent.com/4b3f/images/masthead.png" width="564" class="mcnImage"></td></tr></table>'
    + mc_text('<h1 style="text-align: center;">The Brookside Bulletin</h1><p style="text-align: center;">Thursday, December 4, 2025 | Issue 48</p>') + '</td></tr>'
    + '<tr><td valign="top" id="templateBody">'
    + mc_text(f'<h2>{h(P[0])}</h2>' + ps(P[1:3]))
    + '<table class="mcnDividerBlock" width="100%"><tr><td class="mcnDividerBlockInner"><table class="mcnDividerContent" width="100%"><tr><td><span></span></td></tr></table></td></tr></table>'
    + mc_text(f'<h2>{h(P[3])}</h2>' + ps(P[4:5]))
    + '<table class="mcnButtonBlock" width="100%"><tr><td align="center" class="mcnButtonBlockInner"><table class="mcnButtonContentContainer"><tr><td class="mcnButtonContent"><a class="mcnButton" title="Send a budget comment" href="mailto:council@brooksidecity.gov">Send a budget comment</a></td></tr></table></td></tr></table>'
    + mc_text(f'<h2>{h(P[5])}</h2>' + ps(P[6:7]))
    + mc_text(f'<h2>{h(P[7])}</h2>' + lis(P[8:]))
    + '</td></tr><tr><td valign="top" id="templateFooter"><table class="mcnFollowBlock" width="100%"><tr><td class="mcnFollowContent"><a href="https://www.facebook.com/brooksidena">Facebook</a> <a href="https://www.instagram.com/brooksidena">Instagram</a> <a href="https://brooksidena.org">Website</a></td></tr></table>'
    + mc_text('<em>Copyright \u00a9 2025 Brookside Neighborhood Association, All rights reserved.</em><br>You are receiving this email because you signed up at a Brookside block party or on our website.<br><br><strong>Our mailing address is:</strong><br>Brookside Neighborhood Association<br>3400 Elm St<br>Brookside, KS 66101<br><br>Want to change how you receive these emails?<br>You can <a href="*|UPDATE_PROFILE|*">update your preferences</a> or <a href="*|UNSUB|*">unsubscribe from this list</a>.')
    + '</td></tr></table></td></tr></table></center>\n'
    + end(),
)

# 4. A fact check: the claim box (label, the claim, who made it), the rating badge, the
# check itself with "Our ruling", an "Our sources" list, a Share-the-Facts box; JSON-LD
# ClaimReview (its "claimReviewed" and the rating) beside the NewsArticle.
t = "No, rain running off solar panels does not poison farmland"
claim = "Rainwater running off solar panels carries toxic chemicals that poison the soil of nearby farms."
P = [
    claim,
    "A post shared more than 9,000 times on Facebook since Nov. 20 claims that rain washing over solar panels picks up \u201ccadmium and lead\u201d and carries them into the soil of farms beside solar projects, making crops unsafe to eat.",
    "The post shows a photo of a solar farm next to a cornfield and says the field \u201cwill be poisoned for generations.\u201d The photo was taken in Story County, Iowa, according to a reverse image search; the farm in it has operated since 2021.",
    "Most panels sold in the United States are crystalline silicon panels, whose cells are sealed between glass and a polymer backsheet. Rain touches the glass, not the cells.",
    "\u201cWater running off the glass is chemically the same as rain falling on a barn roof,\u201d said Hannah Brekke, a soil scientist at Iowa State University who has sampled soil at four solar sites. \u201cWe have not found raised levels of cadmium or lead in any of them.\u201d",
    "A smaller share of panels use cadmium telluride cells. A 2024 review of studies on those panels found that the cadmium compound is sealed in and does not leach from intact panels; it can escape only when broken panels are crushed and left in acidic soil for long periods.",
    "Our ruling",
    "The post claims that rain running off solar panels poisons the soil of farms beside them. Rain does not touch the materials inside a panel, and soil tests at solar sites have not found the metals the post names. We rate this claim False.",
]
url = "https://www.truthmeter.news/fact-check/2025/nov/26/facebook-posts/solar-panels-rain-farmland/"
page(
    "truthmeter.news.solar-panels-rain",
    dict(
        title=t,
        date="2025-11-26",
        language="en",
        url=url,
        people=["Hannah Brekke"],
        countries=["United States"],
        note="Batch 12 (written before anything ran on it; fictional). Imitates a fact-checking site: <title> 'headline | TruthMeter'; a claim box above the text ('Claim' label, the claim (expected, the check's subject), 'Facebook posts, Nov. 20, 2025' and a rating badge image with 'False' (not expected: labels and a badge)); the check in div.article-body with an 'Our ruling' <h2> (expected); an 'Our sources' <h2> with a list of sources (a reference list, not expected); a 'Share The Facts' box repeating the claim and the rating (not expected); JSON-LD NewsArticle and ClaimReview (claimReviewed, reviewRating 'False', datePublished).",
    ),
    P,
    head(f"{t} | TruthMeter", "en")
    + og(t, "TruthMeter", url, "A post claims rain washing over solar panels poisons farmland. It does not.")
    + art(url, t, "2025-11-26T14:10:00-05:00", "TruthMeter", author="Owen Pratt")
    + jsonld({"@context": "https://schema.org", "@type": "ClaimReview", "url": url, "claimReviewed": claim, "datePublished": "2025-11-26", "itemReviewed": {"@type": "Claim", "author": {"@type": "Organization", "name": "Facebook posts"}, "datePublished": "2025-11-20"}, "reviewRating": {"@type": "Rating", "ratingValue": 2, "bestRating": 6, "worstRating": 1, "alternateName": "False"}, "author": {"@type": "Organization", "name": "TruthMeter"}})
    + '</head>\n<body>\n<header class="site-header"><a class="logo" href="/">TruthMeter</a>' + nav([("fact-check", "Fact Checks"), ("promises", "Promise Tracker"), ("about", "About Us"), ("donate", "Donate")]) + '</header>\n'
    + '<main class="main"><article class="fact-check"><div class="article-header"><div class="kicker"><a href="/fact-check/">Fact Check</a> \u00b7 <a href="/topics/environment/">Environment</a></div><h1 class="article-title">' + h(t) + '</h1>'
    + '<div class="byline">By <a href="/staff/owen-pratt/">Owen Pratt</a> \u2022 <time datetime="2025-11-26">November 26, 2025</time></div></div>'
    + '<div class="claim-box"><div class="claim-statement"><p class="claim-label">Claim</p><p class="claim-text">' + h(claim) + '</p><p class="claim-source">Facebook posts, Nov. 20, 2025</p></div><div class="rating"><img src="/img/rulings/false.png" alt="False"><span class="rating-label">Our rating</span> <span class="rating-value">False</span></div></div>'
    + '<div class="article-body">' + ps(P[1:6]) + f'<h2>{h(P[6])}</h2>' + ps(P[7:])
    + '<h2>Our sources</h2><ul class="sources"><li>Facebook post, Nov. 20, 2025</li><li>Interview with Hannah Brekke, Iowa State University, Nov. 24, 2025</li><li>Journal of Environmental Quality, \u201cLeaching from photovoltaic modules: a review,\u201d 2024</li><li>U.S. Department of Energy, Solar Energy Technologies Office, \u201cEnd-of-life management for solar photovoltaics,\u201d accessed Nov. 25, 2025</li></ul></div>'
    + '<div class="share-the-facts"><p class="stf-title">Share The Facts</p><p class="stf-who">Facebook posts</p><p class="stf-claim">\u201c' + h(claim) + '\u201d</p><p class="stf-rating">False</p><a href="#">Embed</a> <a href="#">Share</a></div>'
    + '</article><aside class="sidebar"><h3>Latest Fact Checks</h3><ul><li><a href="/fact-check/2025/nov/25/a/">Wind turbines do not cause cancer in cattle</a></li><li><a href="/fact-check/2025/nov/24/b/">No, the state is not taxing rainwater barrels</a></li></ul></aside></main>\n'
    + '<footer class="site-footer"><p>TruthMeter is a project of the Midwest Center for Public Information, a nonprofit.</p><p>\u00a9 2025 TruthMeter</p></footer>\n'
    + end(),
)

# 5. A local TV station's storm update (Nexstar-like WordPress): "Posted:" and "Updated:"
# lines, "UPDATE 4:15 p.m.:" paragraphs, lists of warming shelters and road closures under
# <h3>s (expected), an alerts widget, an app promotion and the station group's copyright
# line inside the body, "Trending Stories" after.
t = "Ice storm: 48,000 without power as warming shelters open across Central Texas"
P = [
    "UPDATE 4:15 p.m.: Oncor said crews had restored power to about 9,000 customers since noon, but 48,000 homes and businesses in McLennan, Bell and Coryell counties were still without electricity Friday afternoon.",
    "Freezing rain that began before dawn coated trees and power lines with up to half an inch of ice, bringing down branches across Waco, Temple and Killeen. The National Weather Service extended its ice storm warning until 6 p.m.",
    "\u201cWe expect more outages as the wind picks up this evening, and some customers should prepare to be without power overnight,\u201d Oncor spokesperson Gina Torres said.",
    "McLennan County emergency management coordinator Mike Hollis asked drivers to stay home. \u201cBridges and overpasses are solid ice. If you do not have to go out, please do not,\u201d he said.",
    "Warming shelters",
    "Waco Convention Center, 100 Washington Ave., open 24 hours",
    "Temple Community Center, 3 Nora Ln., open until 8 a.m. Saturday",
    "Killeen Senior Center, 2201 E. Veterans Memorial Blvd., open until 10 p.m.",
    "Pets on a leash or in a carrier are welcome at all three shelters.",
    "Road closures",
    "Interstate 35 northbound lower deck through Waco",
    "Loop 340 at the Brazos River bridge",
    "State Highway 195 between Killeen and Florence",
    "Call 311 to report a downed tree blocking a road. Report downed power lines to Oncor at 1-888-313-4747 and stay at least 35 feet away from them.",
]
url = "https://www.kcentx.com/news/local/ice-storm-power-outages-warming-shelters/"
page(
    "kcentx.com.ice-storm-shelters",
    dict(
        title=t,
        date="2025-12-05",
        language="en",
        url=url,
        people=["Gina Torres", "Mike Hollis"],
        countries=["United States"],
        note="Batch 12 (written before anything ran on it; fictional). Imitates a local TV station's WordPress VIP story: <title> 'headline | KCEN Texas'; 'Posted: Dec 5, 2025 / 06:10 AM CST' and 'Updated: Dec 5, 2025 / 04:15 PM CST' lines (not expected); the story in div.article-content with 'UPDATE 4:15 p.m.:' run into its paragraph (expected), two <h3>s each over a <ul> (warming shelters, road closures: expected), an active-alerts widget ('Ice Storm Warning until 6 PM CST', not expected), 'Download the KCEN app for breaking weather alerts.' and 'Copyright 2025 Nexstar Media Inc. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed.' as paragraphs inside the body (not expected); then 'Trending Stories' and a newsletter box. Date: article:published_time and JSON-LD.",
    ),
    P,
    head(f"{t} | KCEN Texas", "en")
    + og(t, "KCEN Texas", url, "Warming shelters are open and roads are closed as freezing rain coats Central Texas.")
    + '<meta property="article:published_time" content="2025-12-05T06:10:00-06:00">\n<meta property="article:modified_time" content="2025-12-05T16:15:00-06:00">\n'
    + art(url, t, "2025-12-05T06:10:00-06:00", "KCEN Texas", author="Ana Villarreal")
    + '</head>\n<body class="single single-post">\n<header class="site-header"><a class="site-header__logo" href="/">KCEN Texas</a>' + nav([("news", "News"), ("weather", "Weather"), ("sports", "Sports"), ("watch-live", "Watch Live"), ("contests", "Contests")]) + '</header>\n'
    + '<main id="main" class="site-main"><article class="article article--wide"><header class="article-header"><h1 class="article-title">' + h(t) + '</h1>'
    + '<div class="article-meta"><p class="article-byline">by: <a href="/author/ana-villarreal/">Ana Villarreal</a></p><p class="article-date"><time datetime="2025-12-05T06:10:00-06:00">Posted: Dec 5, 2025 / 06:10 AM CST</time></p><p class="article-date"><time datetime="2025-12-05T16:15:00-06:00">Updated: Dec 5, 2025 / 04:15 PM CST</time></p></div>'
    + '<div class="article-share"><a href="#">Share</a><a href="#">Facebook</a><a href="#">Email</a></div></header>'
    + '<div class="article-content article-body rich-text">' + ps(P[:3])
    + '<div class="wp-block-nexstar-alert-list alert-list"><h4>Active weather alerts</h4><ul><li><a href="/weather/alerts/">Ice Storm Warning until 6 PM CST</a></li><li><a href="/weather/alerts/">Wind Advisory until 9 PM CST</a></li></ul></div>'
    + ps(P[3:4])
    + f'<h3>{h(P[4])}</h3>' + lis(P[5:8]) + ps(P[8:9])
    + '<p><strong><a href="/app/">Download the KCEN app for breaking weather alerts.</a></strong></p>'
    + f'<h3>{h(P[9])}</h3>' + lis(P[10:13]) + ps(P[13:])
    + '<p class="copyright-line">Copyright 2025 Nexstar Media Inc. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed.</p></div></article>'
    + '<aside class="trending"><h2 class="trending__title">Trending Stories</h2><ul><li><a href="/news/a/">What to do if your pipes freeze</a></li><li><a href="/news/b/">School closings and delays for Friday</a></li><li><a href="/news/c/">Live radar: Ice storm tracker</a></li></ul></aside>'
    + '<div class="newsletter"><h2>Sign up for our newsletter</h2><p>Get the day\u2019s top stories every morning.</p><form><input type="email"><button>Subscribe</button></form></div></main>\n'
    + '<footer class="site-footer"><p>\u00a9 1998 - 2025 Nexstar Media Inc. | All Rights Reserved.</p></footer>\n'
    + end(),
)

# 6. A Drupal print view ("printer-friendly version"): no navigation, "Published on Site
# (https://…)", a breadcrumb, "Submitted by … on Thu, 11/20/2025 - 19:42" (the only date,
# US month first), links followed by "[1]" footnote numbers, and "Source URL:" and
# "Links:" with the numbered addresses at the end.
t = "School board cuts six bus routes to close budget gap"
P = [
    "The Riverbend School Board voted 5-2 on Thursday night to cut six of the district's 31 bus routes next fall, saving about $540,000 a year as the district tries to close a $2.1 million budget gap.",
    "Students who live within two miles of their school will no longer be eligible for a bus, up from one and a half miles today. About 620 students are affected, most of them at Riverbend Middle School and Eastside Elementary.",
    "Superintendent Gregory Finch said the district had looked at every other option in its budget plan before proposing the cuts. \u201cNobody on this board wanted to do this,\u201d he said. \u201cBut the state's transportation money has not kept up with what it costs to run a bus.\u201d",
    "Board member Tanya Albright, who voted against the plan, said the district had not studied whether the walking routes were safe. \u201cWe are asking twelve-year-olds to cross Highway 9 in the dark in January,\u201d she said.",
    "The district will publish the new walking boundaries by March 1 and hold two public meetings on safe routes in the spring.",
]
url = "https://riverbendjournal.org/news/2025/11/school-board-cuts-six-bus-routes"
page(
    "riverbendjournal.org.print.school-bus-routes",
    dict(
        title=t,
        date="2025-11-20",
        language="en",
        url=url,
        people=["Gregory Finch", "Tanya Albright"],
        countries=[],
        note="Batch 12 (written before anything ran on it; fictional). Imitates a Drupal 7 print module page (print/12345): <title> 'headline | Riverbend Journal', no og or JSON-LD, a canonical link to the story; div.print-logo, 'Published on Riverbend Journal (https://riverbendjournal.org)', a breadcrumb, h1.print-title, div.print-content with 'Submitted by Alma Reyes on Thu, 11/20/2025 - 19:42' (the only date, month first; not expected), the story whose links are each followed by span.print-footnote '[1]' (the numbers not expected), then 'Source URL: https://…' and 'Links:' with '[1] https://…' lines (not expected).",
    ),
    P,
    head(f"{t} | Riverbend Journal", "en")
    + f'<link rel="canonical" href="{url}">\n<meta name="robots" content="noindex, nofollow">\n<link type="text/css" rel="stylesheet" href="/sites/all/modules/print/css/print.css" media="all">\n'
    + '</head>\n<body>\n<div class="print-logo"><img src="/sites/default/files/logo.png" alt="Riverbend Journal" id="logo"></div>\n<div class="print-site_name">Published on <em>Riverbend Journal</em> (<a href="https://riverbendjournal.org">https://riverbendjournal.org</a>)</div>\n<p></p>\n<div class="print-breadcrumb"><a href="/">Home</a> &gt; <a href="/news">News</a> &gt; ' + h(t) + '</div>\n<hr class="print-hr">\n'
    + '<h1 class="print-title">' + h(t) + '</h1>\n<div class="print-content"><div id="node-12345" class="node node-article clearfix"><span class="submitted">Submitted by <span class="username">Alma Reyes</span> on Thu, 11/20/2025 - 19:42</span><div class="content clearfix"><div class="field field-name-body"><div class="field-items"><div class="field-item even" property="content:encoded">'
    + '<p>The Riverbend School Board voted 5-2 on Thursday night to cut six of the district\'s 31 bus routes next fall, saving about $540,000 a year as the district tries to close a <a href="https://riverbendjournal.org/news/2025/10/district-faces-budget-gap">$2.1 million budget gap</a><span class="print-footnote">[1]</span>.</p>'
    + ps(P[1:2])
    + '<p>' + h(P[2]).replace("its budget plan", '<a href="https://riverbendschools.org/budget/plan-2026.pdf">its budget plan</a><span class="print-footnote">[2]</span>') + '</p>'
    + ps(P[3:4])
    + '<p>' + h(P[4]).replace("two public meetings", '<a href="https://riverbendschools.org/safe-routes">two public meetings</a><span class="print-footnote">[3]</span>') + '</p>'
    + '</div></div></div></div></div></div>\n'
    + f'<div class="print-source_url"><strong>Source URL:</strong> <a href="{url}">{url}</a></div>\n'
    + '<div class="print-links"><p><strong>Links:</strong><br>[1] https://riverbendjournal.org/news/2025/10/district-faces-budget-gap<br>[2] https://riverbendschools.org/budget/plan-2026.pdf<br>[3] https://riverbendschools.org/safe-routes<br></p></div>\n'
    + end(),
)

# 7. A city's explainer on a government CMS (OpenCities-like): the questions are
# <details><summary> with the answers inside (expected), "Published on" and "Last updated"
# lines, a "Was this page helpful?" widget and a share row.
t = "Boil-water notice for the north side: what residents need to know"
P = [
    "The City of Carverton has issued a precautionary boil-water notice for homes and businesses north of Route 12 after a water main break on Harmon Avenue on Thursday night caused a loss of pressure in the system.",
    "Utilities director Denise Kowalczyk said there was no sign of contamination, but state rules require a notice whenever pressure drops below 20 pounds per square inch. The notice will stay in place until two rounds of samples taken 24 hours apart come back clean, most likely on Sunday.",
    "Who is affected?",
    "Every address north of Route 12 and west of the Millbrook River, about 6,800 homes and 300 businesses. A map of the area is on the Utilities page. Addresses south of Route 12 are not affected.",
    "What should I do?",
    "Bring tap water to a rolling boil for one minute and let it cool before drinking it, making ice, brushing teeth, washing fruit or preparing baby formula. Water is safe for bathing and laundry.",
    "Where can I get bottled water?",
    "Free bottled water is available at the North Side Fire Station, 410 Harmon Ave., from 8 a.m. to 8 p.m. on Friday and Saturday, two cases per household.",
    "How will I know when the notice is lifted?",
    "The city will post on this page and on its social media accounts, and send a text alert to everyone signed up for CarvertonAlerts. After the notice is lifted, run cold water taps for five minutes before use.",
]
url = "https://www.carverton.gov/News-Events/News/Boil-water-notice-north-side"
page(
    "carverton.gov.boil-water-notice",
    dict(
        title=t,
        date="2025-11-07",
        language="en",
        url=url,
        people=["Denise Kowalczyk"],
        countries=[],
        note="Batch 12 (written before anything ran on it; fictional). Imitates a city website on OpenCities: <title> 'headline - City of Carverton'; breadcrumb; the <h1>; 'Published on 07 November 2025' and 'Last updated: 08 November 2025' (not expected); two intro paragraphs, then four questions each a <details class=accordion> whose <summary> is the question and whose <div> holds the answer (questions and answers expected); then 'Was this page helpful? Yes No', a share row ('Share on Facebook', 'Share on X', 'Email', 'Print') and a related-information list (none expected). No og or JSON-LD.",
    ),
    P,
    head(f"{t} - City of Carverton", "en")
    + '<meta name="description" content="A precautionary boil-water notice is in place for addresses north of Route 12.">\n'
    + '</head>\n<body class="news-detail">\n<a class="skip-link" href="#main-content">Skip to main content</a><header class="oc-header"><a href="/" class="oc-logo"><img src="/logo.png" alt="City of Carverton"></a>' + nav([("Residents", "Residents"), ("Business", "Business"), ("Council", "Council"), ("News-Events", "News and Events"), ("Contact-Us", "Contact Us")], "oc-mainnav") + '</header>\n'
    + '<div class="breadcrumbs"><ul><li><a href="/">Home</a></li><li><a href="/News-Events">News and Events</a></li><li><a href="/News-Events/News">News</a></li><li>' + h(t) + '</li></ul></div>'
    + '<main id="main-content"><div class="main-content-wrapper"><h1 class="oc-page-title">' + h(t) + '</h1>'
    + '<div class="news-article-meta"><p class="published-on">Published on 07 November 2025</p></div>'
    + '<div class="page-content">' + ps(P[:2])
    + "".join(f'<details class="accordion"><summary class="accordion-trigger">{h(q)}</summary><div class="accordion-content"><p>{h(a)}</p></div></details>' for q, a in zip(P[2::2], P[3::2]))
    + '</div><p class="last-updated">Last updated: 08 November 2025</p>'
    + '<div class="feedback-form"><h2>Was this page helpful?</h2><button>Yes</button><button>No</button></div>'
    + '<div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Email</a> <a href="#">Print</a></div>'
    + '<div class="related-information"><h2>Related information</h2><ul><li><a href="/Residents/Water">Water and sewer</a></li><li><a href="/Residents/Alerts">Sign up for CarvertonAlerts</a></li></ul></div></div></main>\n'
    + '<footer class="oc-footer"><p>City of Carverton, 1 Civic Plaza, Carverton</p><p>\u00a9 2025 City of Carverton</p></footer>\n'
    + end(),
)

# 8. A German police release on Presseportal (blaulicht): the office's code first in the
# headline ("POL-HK: …", part of it); date and office above the <h1>; "Walsrode (ots) - "
# run into the first paragraph (kept); "Rückfragen bitte an:" contact block and
# "Original-Content von: …, übermittelt durch news aktuell" after; more stories, places.
t = "POL-HK: Walsrode: Einbruchserie in Kleingartenanlagen - Polizei nimmt zwei Tatverdächtige fest"
P = [
    "Walsrode (ots) - Nach einer Serie von mindestens 23 Einbrüchen in Gartenlauben in Walsrode und Bad Fallingbostel hat die Polizei in der Nacht zu Mittwoch zwei Tatverdächtige festgenommen. Die Männer im Alter von 27 und 34 Jahren wurden gegen 2.30 Uhr in der Kleingartenanlage \"Am Vogelpark\" von einer Streife angetroffen, als sie mit Werkzeug und einem Rasenmäher das Gelände verlassen wollten.",
    "Seit Anfang Oktober waren in den beiden Städten immer wieder Lauben aufgebrochen und Gartengeräte, Werkzeug und Kupferkabel gestohlen worden. Der Schaden wird auf rund 18.000 Euro geschätzt.",
    "Bei der Durchsuchung einer Garage in Walsrode, die einer der Männer angemietet hatte, stellten die Beamten zahlreiche Gegenstände sicher, die bereits Taten zugeordnet werden konnten. \"Wir gehen davon aus, dass wir damit einen großen Teil der Serie aufklären\", sagte Polizeisprecher Jens Kämmerer.",
    "Die beiden Männer, die keinen festen Wohnsitz in Deutschland haben, wurden auf Antrag der Staatsanwaltschaft Verden einem Haftrichter vorgeführt, der Untersuchungshaft anordnete.",
    "Geschädigte, die ihren Einbruch noch nicht angezeigt haben, werden gebeten, sich unter der Telefonnummer 05161 98440 bei der Polizei Walsrode zu melden. Eine Liste der sichergestellten Gegenstände mit Fotos ist im Polizeikommissariat einsehbar.",
]
url = "https://www.presseportal.de/blaulicht/pm/59459/6171234"
page(
    "presseportal.de.pol-hk-walsrode-einbrueche",
    dict(
        title=t,
        date="2025-11-27",
        language="de",
        url=url,
        people=["Jens Kämmerer"],
        countries=["Germany"],
        note="Batch 12 (written before anything ran on it; fictional). Imitates a Presseportal blaulicht release: <title> 'headline | Presseportal'; og:title the headline; the office's code 'POL-HK:' is part of the headline; date '27.11.2025 – 11:42' and the office 'Polizeiinspektion Heidekreis' above the <h1> (not expected); the text in <article class=story> paragraphs, the first opening 'Walsrode (ots) - ' (kept, as datelines are); then 'Rückfragen bitte an:' with the press office's address, phone and web address, 'Original-Content von: Polizeiinspektion Heidekreis, übermittelt durch news aktuell', 'Weitere Storys', 'Orte in dieser Meldung' and 'Themen in dieser Meldung' (none expected). The date only visible.",
    ),
    P,
    head(f"{t} | Presseportal", "de")
    + f'<meta property="og:title" content="{html.escape(t)}">\n<meta property="og:site_name" content="Presseportal">\n<meta property="og:url" content="{url}">\n<link rel="canonical" href="{url}">\n'
    + '</head>\n<body>\n<header class="header"><a href="/" class="logo">presseportal</a>' + nav([("blaulicht", "Blaulicht"), ("wirtschaft", "Wirtschaft"), ("finanzen", "Finanzen"), ("politik", "Politik")], "main-nav") + '<a href="/login">Anmelden</a></header>\n'
    + '<main><div class="card"><article class="story"><div class="story-meta"><p class="date">27.11.2025 \u2013 11:42</p><p class="customer"><a href="/blaulicht/nr/59459">Polizeiinspektion Heidekreis</a></p></div>'
    + '<h1>' + h(t) + '</h1>' + ps(P)
    + '<p><strong>Rückfragen bitte an:</strong></p><p>Polizeiinspektion Heidekreis<br>Pressestelle<br>Telefon: 05191/9380-104<br>E-Mail: pressestelle@pi-hk.polizei.niedersachsen.de<br>http://www.pd-lg.polizei-niedersachsen.de</p>'
    + '<p class="originator">Original-Content von: Polizeiinspektion Heidekreis, übermittelt durch news aktuell</p></article>'
    + '<div class="story-tags"><h3>Orte in dieser Meldung</h3><ul><li><a href="/blaulicht/l/niedersachsen">Niedersachsen</a></li><li><a href="/blaulicht/r/walsrode">Walsrode</a></li></ul><h3>Themen in dieser Meldung</h3><ul><li><a href="/blaulicht/t/einbruch">Einbruch</a></li><li><a href="/blaulicht/t/festnahme">Festnahme</a></li></ul></div>'
    + '<div class="share"><a href="#">Teilen</a> <a href="#">Drucken</a> <a href="#">Merken</a></div></div>'
    + '<section class="more-stories"><h2>Weitere Storys: Polizeiinspektion Heidekreis</h2><ul><li><a href="/blaulicht/pm/59459/6171001">POL-HK: Soltau: Verkehrsunfall mit zwei Leichtverletzten</a> <span>26.11.2025 – 15:10</span></li><li><a href="/blaulicht/pm/59459/6170512">POL-HK: Munster: Unbekannte beschädigen Bushaltestelle</a> <span>26.11.2025 – 09:03</span></li></ul><a class="button" href="/blaulicht/nr/59459">Alle Storys</a><p><a href="/rss/dienststelle_59459.rss2">Polizeiinspektion Heidekreis per RSS abonnieren</a></p></section></main>\n'
    + '<footer class="footer"><p>\u00a9 2025 news aktuell GmbH</p><a href="/impressum">Impressum</a> <a href="/datenschutz">Datenschutz</a></footer>\n'
    + end(),
)

# 9. A French regional daily's story carrying a recipe card (WP Recipe Maker): the
# story, then the card with its name, a star rating and vote count, print and pin buttons,
# times and servings, "Ingrédients" and "Instructions" lists and a note; JSON-LD Recipe
# (whose "name" is the recipe's, not the story's) beside NewsArticle.
t = "La recette du far breton de Maryvonne, 84 ans, qui régale les marchés de Quimper depuis 1972"
chapo = "Chaque samedi matin, Maryvonne Le Goff vend une trentaine de fars sur le marché des Halles. Elle nous a confié sa recette, inchangée depuis cinquante ans."
P = [
    chapo,
    "Il faut arriver avant neuf heures. Après, il ne reste souvent que des miettes sur l\u2019étal de Maryvonne Le Goff, installée sous les Halles Saint-François depuis 1972. Ses fars aux pruneaux, cuits la veille dans le four de sa maison d\u2019Ergué-Gabéric, partent à la part ou entiers.",
    "« Le secret, c\u2019est le repos. La pâte doit dormir une nuit au frais, sinon elle ne monte pas pareil », explique-t-elle. Et surtout pas de rhum dans la pâte : « Le rhum, c\u2019est pour les pruneaux, et on le met la veille. »",
    "Sa recette vient de sa mère, qui tenait une crêperie à Douarnenez. Maryvonne y a seulement ajouté un peu de beurre salé fondu, « parce qu\u2019on est en Bretagne ».",
    "Far breton aux pruneaux",
    "Préparation 15 min",
    "Cuisson 50 min",
    "Repos 12 h",
    "Portions 8",
    "Ingrédients",
    "250 g de pruneaux dénoyautés",
    "5 cl de rhum ambré",
    "250 g de farine",
    "180 g de sucre",
    "6 œufs",
    "1 litre de lait entier",
    "50 g de beurre salé fondu",
    "Instructions",
    "La veille, faites tremper les pruneaux dans le rhum.",
    "Mélangez la farine et le sucre, ajoutez les œufs un à un, puis le lait peu à peu en fouettant. Ajoutez le beurre fondu. Laissez reposer la pâte une nuit au réfrigérateur.",
    "Préchauffez le four à 200 °C. Beurrez un plat, versez la pâte et répartissez les pruneaux égouttés.",
    "Enfournez 10 minutes à 200 °C, puis 40 minutes à 180 °C. Laissez tiédir avant de démouler.",
    "Maryvonne conseille un plat en terre cuite, qui donne une croûte plus épaisse.",
]
url = "https://www.ouest-regions.fr/bretagne/quimper/la-recette-du-far-breton-de-maryvonne-2025-11-30"
rec = lambda lab, val: f'<div class="wprm-recipe-block-container wprm-recipe-time-container"><span class="wprm-recipe-details-label">{lab}</span> <span class="wprm-recipe-details">{val}</span></div>'
page(
    "ouest-regions.fr.recette-far-breton-quimper",
    dict(
        title=t,
        date="2025-11-30",
        language="fr",
        url=url,
        people=["Maryvonne Le Goff"],
        countries=["France"],
        note="Batch 12 (written before anything ran on it; fictional). Imitates a French regional daily's story with a WP Recipe Maker card: <title> 'headline - Ouest Régions'; the chapô (expected); the story's paragraphs with a 'Lire aussi' link between them and an 'Abonnez-vous' box (not expected); then div.wprm-recipe-container: the recipe's name <h2> (expected), a star rating '4,8 sur 5 (126 votes)', 'Imprimer la recette' and 'Épingler' buttons (not expected), time and servings rows 'Préparation 15 min', … (expected, each a line), 'Ingrédients' and 'Instructions' <h3>s over lists (expected) and the recipe's note (expected). JSON-LD NewsArticle (headline, datePublished) and Recipe (name 'Far breton aux pruneaux').",
    ),
    P,
    head(f"{t} - Ouest Régions", "fr")
    + og(t, "Ouest Régions", url, chapo)
    + art(url, t, "2025-11-30T07:00:00+01:00", "Ouest Régions", author="Gwenaëlle Riou")
    + jsonld({"@context": "https://schema.org", "@type": "Recipe", "name": P[4], "author": {"@type": "Person", "name": "Maryvonne Le Goff"}, "datePublished": "2025-11-30", "prepTime": "PT15M", "cookTime": "PT50M", "recipeYield": "8", "recipeIngredient": P[10:17], "recipeInstructions": [{"@type": "HowToStep", "text": x} for x in P[18:22]], "aggregateRating": {"@type": "AggregateRating", "ratingValue": "4.8", "ratingCount": "126"}})
    + '</head>\n<body class="article">\n<header class="header"><a class="logo" href="/">Ouest Régions</a>' + nav([("bretagne", "Bretagne"), ("normandie", "Normandie"), ("sports", "Sports"), ("loisirs", "Loisirs")]) + '</header>\n'
    + '<main><article class="article-content"><p class="article-surtitre">Quimper</p><h1 class="article-title">' + h(t) + '</h1><p class="article-chapo">' + h(chapo) + '</p>'
    + '<p class="article-meta">Gwenaëlle Riou. Publié le 30/11/2025 à 07h00</p>'
    + '<div class="article-body">' + ps(P[1:3])
    + '<p class="lire-aussi"><strong>Lire aussi :</strong> <a href="/bretagne/quimper/les-halles-saint-francois-fetent-leurs-cent-ans">Les Halles Saint-François fêtent leurs cent ans</a></p>'
    + ps(P[3:4])
    + '<div class="abo-box"><p>Cet article vous est offert. Pour lire tous nos articles, abonnez-vous dès 1 € le premier mois.</p><a class="btn" href="/abonnement">Je m\u2019abonne</a></div>'
    + '<div id="wprm-recipe-container-8841" class="wprm-recipe-container" data-recipe-id="8841"><div class="wprm-recipe wprm-recipe-template-classic">'
    + f'<h2 class="wprm-recipe-name wprm-block-text-bold">{h(P[4])}</h2>'
    + '<div class="wprm-recipe-rating"><span class="wprm-rating-star wprm-rating-star-full">\u2605</span><span class="wprm-rating-star">\u2605</span><span class="wprm-rating-star">\u2605</span><span class="wprm-rating-star">\u2605</span><span class="wprm-rating-star">\u2605</span><div class="wprm-recipe-rating-details">4,8 sur 5 (126 votes)</div></div>'
    + '<div class="wprm-recipe-buttons"><a href="/wprm_print/8841" class="wprm-recipe-print wprm-recipe-link">Imprimer la recette</a> <a href="#" class="wprm-recipe-pin wprm-recipe-link">Épingler</a></div>'
    + '<div class="wprm-recipe-times-container">' + "".join(rec(*x.split(" ", 1)) for x in P[5:9]) + '</div>'
    + f'<div class="wprm-recipe-ingredients-container"><h3 class="wprm-recipe-header">{h(P[9])}</h3><ul class="wprm-recipe-ingredients">' + "".join(f'<li class="wprm-recipe-ingredient"><span class="wprm-recipe-ingredient-amount">{h(x.split(" ", 2)[0])}</span> <span class="wprm-recipe-ingredient-unit">{h(x.split(" ", 2)[1])}</span> <span class="wprm-recipe-ingredient-name">{h(x.split(" ", 2)[2])}</span></li>' if len(x.split(" ")) > 2 else f'<li class="wprm-recipe-ingredient"><span class="wprm-recipe-ingredient-amount">{h(x.split(" ")[0])}</span> <span class="wprm-recipe-ingredient-name">{h(x.split(" ")[1])}</span></li>' for x in P[10:17]) + '</ul></div>'
    + f'<div class="wprm-recipe-instructions-container"><h3 class="wprm-recipe-header">{h(P[17])}</h3><ul class="wprm-recipe-instructions">' + "".join(f'<li class="wprm-recipe-instruction"><div class="wprm-recipe-instruction-text">{h(x)}</div></li>' for x in P[18:22]) + '</ul></div>'
    + f'<div class="wprm-recipe-notes-container"><div class="wprm-recipe-notes"><span>{h(P[22])}</span></div></div>'
    + '</div></div></div>'
    + '<div class="article-tags"><a href="/tag/recettes">Recettes</a> <a href="/tag/quimper">Quimper</a></div></article>'
    + '<aside class="a-la-une"><h2>À la une</h2><ul><li><a href="/bretagne/brest/a">Brest : le tramway roulera le dimanche matin</a></li><li><a href="/bretagne/lorient/b">Lorient : le festival dévoile sa programmation</a></li></ul></aside></main>\n'
    + '<footer class="footer"><p>\u00a9 Ouest Régions 2025</p></footer>\n'
    + end(),
)

# 10. A Chilean regional news site's court story with an embedded X post (its text and
# attribution line expected, as batch 6 had it), a "bajada" (expected), "Lee también" cards
# between paragraphs, a "Síguenos en Google News" prompt, tags.
t = "Tribunal declara culpable a exalcalde de Lota por fraude al fisco en compra de luminarias"
P = [
    "El Tribunal Oral en lo Penal de Concepción condenó al exjefe comunal por el pago de 412 millones de pesos en luminarias LED que nunca fueron instaladas.",
    "El Tribunal Oral en lo Penal de Concepción declaró este lunes culpable al exalcalde de Lota Mauricio Oyarce Salas por el delito de fraude al fisco, en el marco de la compra de 1.800 luminarias LED que la municipalidad pagó en 2021 y que nunca llegaron a instalarse.",
    "Según la acusación, Oyarce firmó tres decretos de pago a una empresa de Talcahuano por un total de 412 millones de pesos sin que existiera recepción conforme de los equipos. Una auditoría de la Contraloría Regional detectó en 2022 que solo 240 luminarias estaban en bodega.",
    "La fiscal jefa de Alta Complejidad, Carolina Fuentealba, valoró el veredicto y afirmó que \u201cse acreditó que el exalcalde conocía que los equipos no habían sido entregados cuando ordenó los pagos\u201d.",
    "Tras el veredicto, la Fiscalía publicó en sus redes:",
    "Tribunal Oral en lo Penal de Concepción declaró culpable a exalcalde de Lota por fraude al fisco. La lectura de sentencia quedó fijada para el 15 de diciembre. pic.twitter.com/Lk7Qw2Rt9e",
    "\u2014 Fiscalía Biobío (@FiscaliaBiobio) December 1, 2025",
    "La defensa, a cargo del abogado Rodrigo Salinas, anunció que pedirá la nulidad del juicio ante la Corte de Apelaciones. La Fiscalía solicitará una pena de cinco años y un día de presidio.",
]
url = "https://www.biobio-sur.cl/noticias/2025/12/01/tribunal-declara-culpable-a-exalcalde-de-lota-por-fraude-al-fisco.shtml"
page(
    "biobio-sur.cl.exalcalde-lota-fraude",
    dict(
        title=t,
        date="2025-12-01",
        language="es",
        url=url,
        people=["Mauricio Oyarce Salas", "Carolina Fuentealba", "Rodrigo Salinas"],
        countries=["Chile"],
        note="Batch 12 (written before anything ran on it; fictional). Imitates a Chilean regional news site: <title> 'headline | BioBio Sur'; the bajada <div class=post-excerpt> (expected); '01/12/2025 13:42' in span.post-date and article:published_time; the text in div.post-content with two 'Lee también' cards (image, section and linked headline) between paragraphs (not expected), an embedded X post as blockquote.twitter-tweet (its text and its attribution line expected, as batch 6's), 'Síguenos en Google News' after the text and tags (not expected).",
    ),
    P,
    head(f"{t} | BioBio Sur", "es")
    + og(t, "BioBio Sur", url, P[0])
    + '<meta property="article:published_time" content="2025-12-01T13:42:00-03:00">\n'
    + '</head>\n<body>\n<header class="header"><a class="logo" href="/">BioBio Sur</a>' + nav([("noticias/nacional", "Nacional"), ("noticias/regional", "Regional"), ("noticias/deportes", "Deportes"), ("noticias/economia", "Economía")]) + '</header>\n'
    + '<main><article class="post"><div class="post-categoria"><a href="/noticias/regional/">Regional</a> / <a href="/noticias/regional/biobio/">Región del Biobío</a></div><h1 class="post-title">' + h(t) + '</h1><div class="post-excerpt">' + h(P[0]) + '</div>'
    + '<div class="post-meta"><span class="post-author">Por Valentina Muñoz</span> <span class="post-date">01/12/2025 13:42</span></div>'
    + '<div class="post-content">' + ps(P[1:3])
    + '<div class="lee-tambien"><a href="/noticias/2025/11/20/a.shtml"><img src="/img/a.jpg" alt=""><span class="seccion">Regional</span><span class="titulo">Contraloría detecta irregularidades en compras de municipio de Coronel</span></a></div>'
    + ps(P[3:5])
    + '<blockquote class="twitter-tweet" data-lang="es"><p lang="es" dir="ltr">' + h(P[5][:-len(" pic.twitter.com/Lk7Qw2Rt9e")]) + ' <a href="https://t.co/Lk7Qw2Rt9e">pic.twitter.com/Lk7Qw2Rt9e</a></p>&mdash; Fiscalía Biobío (@FiscaliaBiobio) <a href="https://twitter.com/FiscaliaBiobio/status/1995501234567890123">December 1, 2025</a></blockquote>\n<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>\n'
    + '<div class="lee-tambien"><a href="/noticias/2025/10/02/b.shtml"><img src="/img/b.jpg" alt=""><span class="seccion">Nacional</span><span class="titulo">Corte Suprema confirma condena a exconcejal de Tomé</span></a></div>'
    + ps(P[7:])
    + '</div><div class="google-news"><a href="https://news.google.com/publications/biobiosur">Síguenos en Google News</a></div>'
    + '<div class="post-tags"><span>Temas:</span> <a href="/tag/lota">Lota</a> <a href="/tag/tribunales">Tribunales</a> <a href="/tag/fraude-al-fisco">Fraude al fisco</a></div></article></main>\n'
    + '<footer class="footer"><p>\u00a9 2025 BioBio Sur. Todos los derechos reservados.</p></footer>\n'
    + end(),
)

# 11. A Slovak regional daily (SME-like): <title> "headline | Trenčín Dnes"; a perex
# (expected); the date only visible in Slovak genitive ("6. decembra 2025 o 14:20");
# "Článok pokračuje pod video reklamou" and "Prečítajte si aj:" lines, a gallery box and a
# discussion button inside the story.
t = "Nový most cez Váh v Trenčíne otvoria o rok neskôr, stavbu zdržal archeologický výskum"
P = [
    "Archeológovia našli pri pilieroch mosta zvyšky rímskej cesty. Mesto počíta s otvorením až v decembri 2026.",
    "Stavba nového cestného mosta cez Váh v Trenčíne sa predĺži najmenej o rok. Na pravom brehu rieky totiž archeológovia pri výkopoch pre dva piliere našli zvyšky cesty a dláždenia z rímskeho obdobia, ktoré musia pred pokračovaním prác zdokumentovať.",
    "\u201eJe to nález, aký sme v Trenčíne nečakali. Cesta je zachovaná v dĺžke takmer štyridsať metrov,\u201c povedala archeologička Zuzana Hraběová z Krajského pamiatkového úradu.",
    "Primátor Marián Kolečanský uviedol, že mesto nález vníma ako príležitosť. Časť dláždenia by mala zostať viditeľná pod presklenou podlahou pri nábreží.",
    "Most za 38 miliónov eur mal byť pôvodne hotový v decembri 2025. Zhotoviteľ podľa mesta nárokuje navýšenie ceny o 2,4 milióna eur, o ktorom budú poslanci rokovať v januári.",
    "Starý most z roku 1929 zostáva pre autá uzavretý. Chodci a cyklisti ho môžu používať do otvorenia nového mosta.",
]
url = "https://trencin.dnes24.sk/novy-most-cez-vah-otvoria-o-rok-neskor-474512"
page(
    "trencin.dnes24.sk.novy-most-cez-vah",
    dict(
        title=t,
        date="2025-12-06",
        language="sk",
        url=url,
        people=["Zuzana Hraběová", "Marián Kolečanský"],
        countries=["Slovakia"],
        note="Batch 12 (written before anything ran on it; fictional). Imitates a Slovak regional daily: <title> 'headline | Trenčín Dnes'; og:title the headline; the perex in p.perex (expected); the byline and '6. decembra 2025 o 14:20' (the date only visible, in the genitive; not expected); in the text a 'Článok pokračuje pod video reklamou' line with a video-ad slot, a 'Prečítajte si aj:' line with a linked headline, a gallery box 'Fotogaléria (12 fotiek)' and a 'Diskusia (34)' button (none expected); then tags and 'Najčítanejšie'. 'rímskej' (Roman) names no country.",
    ),
    P,
    head(f"{t} | Trenčín Dnes", "sk")
    + og(t, "Trenčín Dnes", url, P[0])
    + '</head>\n<body>\n<header class="header"><a class="logo" href="/">Trenčín Dnes</a>' + nav([("spravy", "Správy"), ("sport", "Šport"), ("kultura", "Kultúra"), ("podujatia", "Podujatia")]) + '</header>\n'
    + '<main><article class="article"><h1 class="article-title">' + h(t) + '</h1><p class="perex">' + h(P[0]) + '</p>'
    + '<div class="article-info"><span class="article-author">Peter Hudec</span> <span class="article-published">6. decembra 2025 o 14:20</span> <a class="article-discussion-link" href="#diskusia">Diskusia (34)</a></div>'
    + '<div class="article-body">' + ps(P[1:3])
    + '<div class="video-ad"><p class="ad-label">Článok pokračuje pod video reklamou</p><div class="ad-slot" id="ad-video-1"></div></div>'
    + ps(P[3:4])
    + '<p class="read-more"><strong>Prečítajte si aj:</strong> <a href="/nabrezie-vahu-ziska-novu-promenadu-473980">Nábrežie Váhu získa novú promenádu</a></p>'
    + '<div class="gallery-box"><a href="/galeria/474512"><img src="/img/most-1.jpg" alt=""><span>Fotogaléria (12 fotiek)</span></a></div>'
    + ps(P[4:])
    + '</div><div class="article-tags"><a href="/tag/most">most</a> <a href="/tag/vah">Váh</a> <a href="/tag/archeologia">archeológia</a></div>'
    + '<a class="button discussion-button" id="diskusia" href="/diskusia/474512">Diskusia (34)</a></article>'
    + '<aside class="most-read"><h2>Najčítanejšie</h2><ol><li><a href="/a">Na Soblahovskej pribudne kruhový objazd</a></li><li><a href="/b">Dukla Trenčín prehrala v Nitre</a></li></ol></aside></main>\n'
    + '<footer class="footer"><p>\u00a9 2025 Dnes24.sk. Všetky práva vyhradené.</p></footer>\n'
    + end(),
)

# 12. A Serbian daily in Cyrillic (Dnevnik-like): <title> "headline | Дневник"; a lead
# (expected); the date "06.12.2025. у 18:40" (visible only, a dot after the year); a
# "Прочитајте још:" line, a comment thread of readers under "Коментари (3)".
t = "Трамвај се враћа у Нови Сад: прва линија од железничке станице до Лимана до 2029. године"
P = [
    "Град је усвојио студију изводљивости, а прва деоница дуга 7,2 километра требало би да кошта око 140 милиона евра.",
    "Скупштина Града Новог Сада усвојила је у петак студију изводљивости за повратак трамваја, више од седамдесет година након што је последња линија укинута 1958. године.",
    "Прва линија водила би од Железничке станице преко Булевара ослобођења до Лимана четири, са четрнаест станица. Према студији, трамвај би на тој траси превозио око 38.000 путника дневно.",
    "\u201eОво није пројекат за једну изборну годину, већ за наредних педесет година града\u201c, рекао је градоначелник Милан Ђурић на седници.",
    "Градски већник за саобраћај Јелена Павловић навела је да ће град за финансирање конкурисати за средства Европске инвестиционе банке, која је сличне пројекте подржала у Београду и Скопљу.",
    "Израда пројектне документације требало би да почне на пролеће, а радови најраније 2027. године.",
]
url = "https://www.dnevnik-vojvodina.rs/novi-sad/tramvaj-se-vraca-u-novi-sad-06-12-2025"
page(
    "dnevnik-vojvodina.rs.tramvaj-novi-sad",
    dict(
        title=t,
        date="2025-12-06",
        language="sr",
        url=url,
        people=["Милан Ђурић", "Јелена Павловић"],
        countries=["Serbia", "North Macedonia"],
        note="Batch 12 (written before anything ran on it; fictional). Imitates a Serbian regional daily in Cyrillic: <title> 'headline | Дневник'; og:title the headline; the lead in div.lead (expected); 'Аутор: Н. Петровић' and '06.12.2025. у 18:40' (the date only visible, a dot after the year; not expected); the text in div.article-text with a 'Прочитајте још:' line (not expected); tags; 'Коментари (3)' with three readers' comments, each with a name, a date and a reply link (not expected). Belgrade and Skopje name Serbia and North Macedonia.",
    ),
    P,
    head(f"{t} | Дневник", "sr")
    + og(t, "Дневник", url, P[0])
    + '</head>\n<body>\n<header class="site-header"><a class="logo" href="/">Дневник</a>' + nav([("novi-sad", "Нови Сад"), ("vojvodina", "Војводина"), ("srbija", "Србија"), ("sport", "Спорт"), ("kultura", "Култура")]) + '</header>\n'
    + '<main><article class="article"><h1 class="article-title">' + h(t) + '</h1><div class="lead">' + h(P[0]) + '</div>'
    + '<div class="article-meta"><span class="author">Аутор: Н. Петровић</span> <span class="date">06.12.2025. у 18:40</span></div>'
    + '<div class="article-text">' + ps(P[1:4])
    + '<p class="procitajte"><strong>Прочитајте још:</strong> <a href="/novi-sad/bulevar-evrope-novi-semafori">Нови семафори на Булевару Европе од понедељка</a></p>'
    + ps(P[4:]) + '</div>'
    + '<div class="tags"><a href="/tag/tramvaj">трамвај</a> <a href="/tag/saobracaj">саобраћај</a></div></article>'
    + '<section class="comments"><h3>Коментари (3)</h3>'
    + "".join(f'<div class="comment"><p class="comment-author">{h(a)}</p><p class="comment-date">{d}</p><p class="comment-text">{h(x)}</p><a class="reply" href="#">Одговори</a></div>' for a, d, x in [
        ("Драган", "06.12.2025. 19:02", "Па укинули смо га да бисмо га после седамдесет година поново правили. Боље икад него никад."),
        ("Весна Н.", "06.12.2025. 19:40", "Само нека прво среде аутобусе на линији седам, то је хитније од трамваја."),
        ("Sale021", "06.12.2025. 21:15", "Четрнаест станица за седам километара, биће спорије од бицикла."),
    ])
    + '<form class="comment-form"><textarea placeholder="Ваш коментар"></textarea><button>Пошаљи</button></form></section></main>\n'
    + '<footer class="site-footer"><p>\u00a9 2025 Дневник. Сва права задржана.</p></footer>\n'
    + end(),
)

# 13. A Croatian portal: the summary under the headline as a list of points (expected);
# figures whose captions end in a credit span ("Foto: … /Pixsell", the caption expected,
# not the credit); "Pročitajte više" box; the date "6.12.2025. u 10:15".
t = "Drava kod Osijeka narasla na 4,8 metara, obrana od poplava u izvanrednom stanju"
P = [
    "Vodostaj Drave najviši je od 2014. godine",
    "Na nasipima dežura više od 300 ljudi",
    "Vrhunac se očekuje u subotu navečer",
    "Vodostaj Drave kod Osijeka u petak je ujutro dosegnuo 4,8 metara, najviše od 2014. godine, pa su Hrvatske vode na dionici od Donjeg Miholjca do ušća u Dunav proglasile izvanredno stanje obrane od poplava.",
    "Drava kod Osijeka u petak ujutro",
    "Rijeka raste zbog obilnih kiša u Austriji i Sloveniji te ispuštanja vode iz akumulacija u Mađarskoj. \u201eVrhunac očekujemo u subotu navečer, između 4,9 i 5,1 metar. Nasipi su projektirani za 5,6 metara i za sada ih držimo pod kontrolom\u201c, rekla je Marija Kovačević iz Hrvatskih voda.",
    "Na nasipima je u tri smjene više od 300 ljudi, među njima vatrogasci, pripadnici civilne zaštite i volonteri, koji pune vreće s pijeskom na Zimskoj luci.",
    "Gradonačelnik Ivan Radić zamolio je građane da ne prilaze obali i da ne ulaze na nasipe. Šetnica uz Dravu zatvorena je od Tvrđe do pješačkog mosta.",
]
url = "https://www.slavonski-portal.hr/vijesti/drava-kod-osijeka-narasla-na-4-8-metara/2418877.aspx"
page(
    "slavonski-portal.hr.drava-osijek-vodostaj",
    dict(
        title=t,
        date="2025-12-06",
        language="hr",
        url=url,
        people=["Marija Kovačević", "Ivan Radić"],
        countries=["Croatia", "Austria", "Slovenia", "Hungary"],
        note="Batch 12 (written before anything ran on it; fictional). Imitates a Croatian news portal: <title> 'headline - Slavonski portal'; og:title the headline; a summary box of three points <ul class=summary> under the headline (expected); 'Autor: Hina, T.K.' and '6.12.2025. u 10:15' (the date only visible; not expected); a figure whose <figcaption> holds the caption and a span.credit 'Foto: Davor Kovač/Pixsell' (the caption expected, the credit not); a 'Pročitajte više' box with three linked headlines inside the text (not expected); 'Komentari' with a Facebook plugin (not expected). Osijek places the story in Croatia; Austria, Slovenia and Hungary are named.",
    ),
    P,
    head(f"{t} - Slavonski portal", "hr")
    + og(t, "Slavonski portal", url, P[3])
    + '</head>\n<body>\n<header class="header"><a class="logo" href="/">Slavonski portal</a>' + nav([("vijesti", "Vijesti"), ("sport", "Sport"), ("magazin", "Magazin"), ("kultura", "Kultura")]) + '</header>\n'
    + '<main><article class="article"><h1 class="title">' + h(t) + '</h1>' + lis(P[:3], "ul", ' class="summary"')
    + '<div class="article-info"><span class="author">Autor: Hina, T.K.</span> <span class="date">6.12.2025. u 10:15</span></div>'
    + '<div class="text">' + ps(P[3:4])
    + f'<figure class="img-container"><img src="/img/drava.jpg" alt="Drava"><figcaption>{h(P[4])} <span class="credit">Foto: Davor Kovač/Pixsell</span></figcaption></figure>'
    + ps(P[5:6])
    + '<div class="procitajte-vise"><h4>Pročitajte više</h4><ul><li><a href="/vijesti/a/2418001.aspx">Kiša ne prestaje: upozorenje za cijelu Slavoniju</a></li><li><a href="/vijesti/b/2417760.aspx">Kako se pripremiti za poplavu</a></li><li><a href="/vijesti/c/2416532.aspx">Dunav kod Vukovara raste</a></li></ul></div>'
    + ps(P[6:]) + '</div></article>'
    + '<section class="comments"><h3>Komentari</h3><div class="fb-comments" data-href="' + url + '" data-numposts="5"></div></section></main>\n'
    + '<footer class="footer"><p>\u00a9 2025 Slavonski portal. Sva prava pridržana.</p></footer>\n'
    + end(),
)

# 14. A Bulgarian city site: <title> "headline - Пловдив Днес"; a subtitle (expected); the
# date "6 дек 2025, 12:03" (abbreviated month, visible only) with a view counter; an
# "Още по темата" list and a "Последвайте ни в Google News" prompt inside the story.
t = "Пловдив пуска нощни автобуси по четири линии от 1 януари"
P = [
    "Общината ще плаща 1,2 милиона лева годишно за линиите, които ще се движат между полунощ и пет часа сутринта.",
    "От 1 януари в Пловдив ще се движат нощни автобуси по четири линии, реши в четвъртък Общинският съвет. Автобусите ще тръгват на всеки 40 минути между 0:00 и 5:00 часа от централната спирка на бул. \u201eЦар Борис III Обединител\u201c.",
    "Линиите ще свързват центъра с кварталите Тракия, Смирненски, Кючук Париж и Прослав, където живеят над половината от жителите на града.",
    "\u201eТова е най-честото искане, което получаваме от млади хора и от работещите на смени\u201c, каза заместник-кметът по транспорта Костадин Димитров.",
    "Билетът ще струва 2 лева, а картите за градския транспорт ще важат и през нощта. След шест месеца общината ще реши дали да запази линиите, според броя на пътниците.",
]
url = "https://www.plovdiv-dnes.bg/novini/plovdiv-puska-noshtni-avtobusi-282114"
page(
    "plovdiv-dnes.bg.noshtni-avtobusi",
    dict(
        title=t,
        date="2025-12-06",
        language="bg",
        url=url,
        people=["Костадин Димитров"],
        countries=["Bulgaria"],
        note="Batch 12 (written before anything ran on it; fictional). Imitates a Bulgarian city news site: <title> 'headline - Пловдив Днес'; no og:title; the subtitle <h2 class=subtitle> (expected); '6 дек 2025, 12:03' (abbreviated month, the date only visible) and '1842 прочитания' (not expected); the text in div.article-text with an 'Още по темата' list of three linked headlines between paragraphs and a 'Последвайте ни в Google News' line at its end (not expected); a 'Коментари (0)' link.",
    ),
    P,
    head(f"{t} - Пловдив Днес", "bg")
    + f'<link rel="canonical" href="{url}">\n<meta name="description" content="{html.escape(P[0])}">\n'
    + '</head>\n<body>\n<div class="top-bar"><a class="logo" href="/">Пловдив Днес</a>' + nav([("novini", "Новини"), ("sport", "Спорт"), ("kultura", "Култура"), ("biznes", "Бизнес")]) + '</div>\n'
    + '<div class="container"><div class="article"><h1>' + h(t) + '</h1><h2 class="subtitle">' + h(P[0]) + '</h2>'
    + '<div class="article-meta"><span class="date">6 дек 2025, 12:03</span> <span class="views">1842 прочитания</span> <a href="#comments">Коментари (0)</a></div>'
    + '<div class="article-text">' + ps(P[1:3])
    + '<div class="related"><h4>Още по темата</h4><ul><li><a href="/novini/a-281990">Нови електробуси тръгват по линия 1</a></li><li><a href="/novini/b-281544">Цената на билета остава 1,20 лева</a></li><li><a href="/novini/c-280873">Таксиметровите шофьори искат по-висока тарифа</a></li></ul></div>'
    + ps(P[3:])
    + '<p class="gnews"><a href="https://news.google.com/publications/plovdivdnes">Последвайте ни в Google News</a></p></div></div></div>\n'
    + '<footer><p>\u00a9 2025 Пловдив Днес. Всички права запазени.</p></footer>\n'
    + end(),
)

# 15. An Urdu daily (right to left): <html dir=rtl>; <title> "headline - روزنامہ لاہور";
# the date only visible in Urdu ("06 دسمبر 2025"); a "مزید پڑھیں:" line inside the story;
# a share row with Urdu labels.
t = "اورنج لائن میٹرو ٹرین کی توسیع: شاہدرہ سے کالا شاہ کاکو تک نئی لائن کی منظوری"
P = [
    "پنجاب حکومت نے لاہور میں اورنج لائن میٹرو ٹرین کو شاہدرہ سے کالا شاہ کاکو تک بڑھانے کے منصوبے کی منظوری دے دی ہے۔ نئی لائن کی لمبائی تقریباً 14 کلومیٹر ہوگی اور اس پر سات اسٹیشن بنائے جائیں گے۔",
    "صوبائی وزیر ٹرانسپورٹ بلال اکبر نے جمعہ کو پریس کانفرنس میں بتایا کہ منصوبے پر تقریباً 68 ارب روپے لاگت آئے گی اور تعمیر اگلے سال مارچ میں شروع ہوگی۔",
    "انہوں نے کہا کہ اس وقت اورنج لائن پر روزانہ ڈھائی لاکھ سے زیادہ مسافر سفر کرتے ہیں اور توسیع کے بعد یہ تعداد ساڑھے تین لاکھ تک پہنچنے کی توقع ہے۔",
    "ماس ٹرانزٹ اتھارٹی کی چیئرپرسن سعدیہ ملک کے مطابق نئی لائن کے لیے زیادہ تر زمین پہلے ہی سرکاری ملکیت میں ہے، اس لیے تعمیر میں تاخیر کا امکان کم ہے۔",
    "شہریوں نے منصوبے کا خیر مقدم کیا ہے، تاہم شاہدرہ کے تاجروں نے تعمیر کے دوران سڑکیں بند ہونے پر تشویش ظاہر کی ہے۔",
]
url = "https://www.roznama-lahore.pk/news/orange-line-extension-approved-118842"
page(
    "roznama-lahore.pk.orange-line-tawseeh",
    dict(
        title=t,
        date="2025-12-06",
        language="ur",
        url=url,
        people=["بلال اکبر", "سعدیہ ملک"],
        countries=["Pakistan"],
        note="Batch 12 (written before anything ran on it; fictional). Imitates an Urdu daily, right to left: <html lang=ur dir=rtl>; <title> 'headline - روزنامہ لاہور'; og:title the headline; the kicker 'لاہور' and the byline 'نمائندہ خصوصی' with '06 دسمبر 2025' (Urdu month, the date only visible; not expected); the text in div.detail-content with a 'مزید پڑھیں:' line and a linked headline (not expected); a share row 'شیئر کریں' and 'متعلقہ خبریں' after (not expected). Lahore places it in Pakistan.",
    ),
    P,
    head(f"{t} - روزنامہ لاہور", "ur", ' dir="rtl"')
    + og(t, "روزنامہ لاہور", url, P[0])
    + '</head>\n<body>\n<header class="header"><a class="logo" href="/">روزنامہ لاہور</a>' + nav([("pakistan", "پاکستان"), ("world", "دنیا"), ("sports", "کھیل"), ("business", "کاروبار")]) + '</header>\n'
    + '<main><div class="news-detail"><span class="kicker">لاہور</span><h1 class="news-title">' + h(t) + '</h1>'
    + '<div class="news-meta"><span class="reporter">نمائندہ خصوصی</span> <span class="news-date">06 دسمبر 2025</span></div>'
    + '<div class="detail-content">' + ps(P[:2])
    + '<p class="read-more"><strong>مزید پڑھیں:</strong> <a href="/news/a-118700">میٹرو بس کے کرایوں میں اضافہ نہ کرنے کا فیصلہ</a></p>'
    + ps(P[2:]) + '</div>'
    + '<div class="share"><span>شیئر کریں</span> <a href="#">فیس بک</a> <a href="#">واٹس ایپ</a> <a href="#">ٹوئٹر</a></div></div>'
    + '<aside class="related"><h3>متعلقہ خبریں</h3><ul><li><a href="/news/b">لاہور میں اسموگ کے باعث اسکول بند</a></li><li><a href="/news/c">رنگ روڈ کا جنوبی حصہ مکمل</a></li></ul></aside></main>\n'
    + '<footer><p>\u00a9 2025 روزنامہ لاہور۔ جملہ حقوق محفوظ ہیں۔</p></footer>\n'
    + end(),
)

# 16. A Tamil daily: <title> "headline | கோவை முரசு"; the date only visible with a Tamil
# month ("பதிவு: டிசம்பர் 06, 2025 10:15"); "இதையும் படிக்க:" lines inside the story; an
# app prompt at its end.
t = "சிறுவாணி அணை நீர்மட்டம் 45 அடியாக உயர்வு: கோவைக்கு குடிநீர் தட்டுப்பாடு நீங்கியது"
P = [
    "கோவை மாநகருக்கு குடிநீர் வழங்கும் சிறுவாணி அணையின் நீர்மட்டம் வெள்ளிக்கிழமை 45 அடியாக உயர்ந்தது. கடந்த இரண்டு வாரங்களாக மேற்குத் தொடர்ச்சி மலையில் பெய்த கனமழையால் அணைக்கு நீர்வரத்து அதிகரித்துள்ளது.",
    "அணையின் மொத்த உயரம் 50 அடி. கடந்த அக்டோபர் மாதம் நீர்மட்டம் 18 அடியாக குறைந்ததால், மாநகரின் பல பகுதிகளில் நான்கு நாட்களுக்கு ஒருமுறை மட்டுமே குடிநீர் வழங்கப்பட்டது.",
    "இனி வாரம் மூன்று முறை குடிநீர் வழங்கப்படும் என்று மாநகராட்சி ஆணையர் ஆர். செல்வராஜ் தெரிவித்தார்.",
    "அணை கேரள மாநிலத்தில் அமைந்துள்ளதால், நீர் திறப்பு குறித்து இரு மாநில அதிகாரிகளும் அடுத்த வாரம் பேச்சுவார்த்தை நடத்த உள்ளனர்.",
]
url = "https://www.kovaimurasu.in/district/coimbatore/siruvani-dam-level-rises-45-feet-2025-12-06"
page(
    "kovaimurasu.in.siruvani-anai-neermattam",
    dict(
        title=t,
        date="2025-12-06",
        language="ta",
        url=url,
        people=["ஆர். செல்வராஜ்"],
        countries=["India"],
        note="Batch 12 (written before anything ran on it; fictional). Imitates a Tamil regional daily: <title> 'headline | கோவை முரசு'; og:title the headline; 'பதிவு: டிசம்பர் 06, 2025 10:15' (Tamil month, the date only visible; not expected); the text in div.story-content with an 'இதையும் படிக்க:' line and a linked headline between paragraphs and an app prompt 'செய்திகளை உடனுக்குடன் அறிய கோவை முரசு செயலியை பதிவிறக்கம் செய்யுங்கள்' at its end (not expected); tags. Kerala and Coimbatore place it in India.",
    ),
    P,
    head(f"{t} | கோவை முரசு", "ta")
    + og(t, "கோவை முரசு", url, P[0])
    + '</head>\n<body>\n<header><a class="logo" href="/">கோவை முரசு</a>' + nav([("district", "மாவட்டம்"), ("tamilnadu", "தமிழ்நாடு"), ("india", "இந்தியா"), ("sports", "விளையாட்டு")]) + '</header>\n'
    + '<main><article class="story"><h1 class="story-title">' + h(t) + '</h1>'
    + '<div class="story-meta"><span class="byline">நமது நிருபர்</span> <span class="posted">பதிவு: டிசம்பர் 06, 2025 10:15</span></div>'
    + '<div class="story-content">' + ps(P[:2])
    + '<p><strong>இதையும் படிக்க:</strong> <a href="/district/coimbatore/a">கோவையில் மழை: பள்ளிகளுக்கு விடுமுறை</a></p>'
    + ps(P[2:])
    + '<p class="app-promo">செய்திகளை உடனுக்குடன் அறிய கோவை முரசு செயலியை பதிவிறக்கம் செய்யுங்கள்</p></div>'
    + '<div class="tags"><a href="/tag/siruvani">சிறுவாணி</a> <a href="/tag/coimbatore">கோவை</a></div></article></main>\n'
    + '<footer><p>\u00a9 2025 கோவை முரசு</p></footer>\n'
    + end(),
)

# 17. A Malay daily (Berita Harian-like): the date "Disember 6, 2025 @ 10:15am" (Malay
# month, visible) and in JSON-LD; "BACA: …" lines between paragraphs (not expected); an
# "Artikel Berkaitan" list and a Telegram prompt.
t = "Banjir di Kedah: Lebih 4,000 mangsa dipindahkan ke 38 pusat pemindahan sementara"
P = [
    "Jumlah mangsa banjir di Kedah meningkat kepada 4,218 orang daripada 1,302 keluarga pagi ini, berbanding 2,960 orang malam tadi, dengan 38 pusat pemindahan sementara dibuka di enam daerah.",
    "Daerah Kubang Pasu paling teruk terjejas dengan 1,540 mangsa, diikuti Pendang dan Padang Terap. Beberapa jalan utama di Jitra ditutup kepada kenderaan ringan.",
    "Pengarah Jabatan Pertahanan Awam negeri, Ahmad Faizal Rahman, berkata hujan lebat yang berterusan sejak tiga hari lalu menyebabkan Sungai Kedah melimpah di beberapa kawasan.",
    "\u201cKami menjangkakan jumlah mangsa akan terus meningkat jika hujan tidak berhenti menjelang petang,\u201d katanya ketika ditemui di pusat pemindahan Sekolah Kebangsaan Tunjang.",
    "Laluan ke sempadan Thailand di Bukit Kayu Hitam masih dibuka, namun pemandu dinasihatkan supaya berhati-hati.",
]
url = "https://www.beritautara.my/berita/nasional/2025/12/1482213/banjir-di-kedah-lebih-4000-mangsa-dipindahkan"
page(
    "beritautara.my.banjir-kedah-mangsa",
    dict(
        title=t,
        date="2025-12-06",
        language="ms",
        url=url,
        people=["Ahmad Faizal Rahman"],
        countries=["Malaysia", "Thailand"],
        note="Batch 12 (written before anything ran on it; fictional). Imitates a Malaysian daily in Malay: <title> 'headline | Berita Utara'; og:title the headline; 'Oleh Mohd Hafiz Ismail' and 'Disember 6, 2025 @ 10:15am' (Malay month; not expected), JSON-LD datePublished; the text in div.article-content with two 'BACA: …' lines of linked headlines between paragraphs (not expected); 'Artikel Berkaitan' and 'Ikuti kami di Telegram' after (not expected). Kedah places it in Malaysia.",
    ),
    P,
    head(f"{t} | Berita Utara", "ms")
    + og(t, "Berita Utara", url, P[0])
    + art(url, t, "2025-12-06T10:15:00+08:00", "Berita Utara", author="Mohd Hafiz Ismail")
    + '</head>\n<body>\n<header><a class="logo" href="/">Berita Utara</a>' + nav([("berita/nasional", "Nasional"), ("berita/politik", "Politik"), ("sukan", "Sukan"), ("hiburan", "Hiburan")]) + '</header>\n'
    + '<main><article><div class="category"><a href="/berita/nasional">Nasional</a></div><h1 class="article-title">' + h(t) + '</h1>'
    + '<div class="article-meta"><span class="author">Oleh Mohd Hafiz Ismail</span> <span class="date">Disember 6, 2025 @ 10:15am</span></div>'
    + '<div class="article-content">' + ps(P[:2])
    + '<p><strong>BACA: <a href="/berita/nasional/2025/12/1481990/a">Amaran hujan lebat di lima negeri hingga Isnin</a></strong></p>'
    + ps(P[2:4])
    + '<p><strong>BACA: <a href="/berita/nasional/2025/12/1481710/b">Mangsa banjir di Perlis meningkat</a></strong></p>'
    + ps(P[4:]) + '</div>'
    + '<div class="related"><h3>Artikel Berkaitan</h3><ul><li><a href="/a">Sekolah di Kubang Pasu ditutup esok</a></li><li><a href="/b">Bantuan awal RM1,000 untuk mangsa banjir</a></li></ul></div>'
    + '<p class="telegram"><a href="https://t.me/beritautara">Ikuti kami di Telegram untuk berita terkini</a></p></article></main>\n'
    + '<footer><p>\u00a9 2025 Berita Utara. Hak cipta terpelihara.</p></footer>\n'
    + end(),
)

# 18. A Filipino tabloid site in Tagalog: "ADVERTISEMENT" labels between paragraphs, a
# "BASAHIN:" read-also line, the date "Disyembre 6, 2025 - 08:30 AM" (visible only).
t = "Marikina River umabot sa ikalawang alarma, 1,200 pamilya inilikas"
P = [
    "Umabot sa ikalawang alarma ang Marikina River kaninang madaling-araw matapos tumaas ang tubig sa 16.2 metro dahil sa malakas na ulan na dala ng bagyong Uring.",
    "Inilikas ang mahigit 1,200 pamilya mula sa mga barangay ng Tumana, Malanday at Nangka patungo sa 14 na evacuation center sa lungsod.",
    "Ayon kay Mayor Rodel Santiago, nakahanda ang lungsod kung aabot sa ikatlong alarma ang ilog. \u201cHuwag na po nating hintayin ang sapilitang paglikas. Kung nasa mababang lugar kayo, lumikas na,\u201d aniya.",
    "Suspendido ang klase sa lahat ng antas sa Marikina ngayong Sabado. Bukas naman ang Marcos Highway sa lahat ng uri ng sasakyan.",
]
url = "https://www.balitangbayan.ph/balita/metro/marikina-river-ikalawang-alarma-1200-pamilya-inilikas"
page(
    "balitangbayan.ph.marikina-river-alarma",
    dict(
        title=t,
        date="2025-12-06",
        language="tl",
        url=url,
        people=["Rodel Santiago"],
        countries=["Philippines"],
        note="Batch 12 (written before anything ran on it; fictional). Imitates a Filipino tabloid site in Tagalog: <title> 'headline - Balitang Bayan'; og:title the headline; 'Ni Jun Dela Cruz' and 'Disyembre 6, 2025 - 08:30 AM' (Tagalog month, the date only visible; not expected); 'ADVERTISEMENT' labels over ad slots between paragraphs and a 'BASAHIN: …' line with a linked headline (not expected); tags 'Marikina', 'Baha' and 'Iba pang balita' after. Marikina places it in the Philippines.",
    ),
    P,
    head(f"{t} - Balitang Bayan", "tl")
    + og(t, "Balitang Bayan", url, P[0])
    + '</head>\n<body>\n<header><a class="logo" href="/">Balitang Bayan</a>' + nav([("balita/metro", "Metro"), ("balita/probinsya", "Probinsya"), ("showbiz", "Showbiz"), ("sports", "Sports")]) + '</header>\n'
    + '<main><article class="post"><h1 class="entry-title">' + h(t) + '</h1>'
    + '<div class="entry-meta"><span class="byline">Ni Jun Dela Cruz</span> <span class="posted-on">Disyembre 6, 2025 - 08:30 AM</span></div>'
    + '<div class="entry-content">' + ps(P[:1])
    + '<div class="ad-wrap"><span class="ad-label">ADVERTISEMENT</span><div class="ad-slot"></div></div>'
    + ps(P[1:2])
    + '<p><strong>BASAHIN: <a href="/balita/metro/bagyong-uring-lumakas">Bagyong Uring lumakas, Signal No. 2 sa Metro Manila</a></strong></p>'
    + ps(P[2:3])
    + '<div class="ad-wrap"><span class="ad-label">ADVERTISEMENT</span><div class="ad-slot"></div></div>'
    + ps(P[3:]) + '</div>'
    + '<div class="tags"><a href="/tag/marikina">Marikina</a> <a href="/tag/baha">Baha</a></div></article>'
    + '<aside><h3>Iba pang balita</h3><ul><li><a href="/a">Presyo ng gasolina bababa sa Martes</a></li><li><a href="/b">MRT-3 may libreng sakay sa Pasko</a></li></ul></aside></main>\n'
    + '<footer><p>\u00a9 2025 Balitang Bayan</p></footer>\n'
    + end(),
)

# 19. Daum news (v.daum.net): the headline an <h3 class=tit_view> (no <h1> but the
# portal's logo); "입력 2025. 12. 6. 10:15" with spaces after the dots; the story in
# div.article_view > section of <p dmcf-ptype=general>, a figure with its caption; the
# provider's copyright line in the last paragraph; reactions, "관련 기사" and comments.
t = "부산 도시철도 4호선 연장 예타 통과…2031년 개통 목표"
P = [
    "부산 도시철도 4호선을 안평역에서 기장군 정관신도시까지 연장하는 사업이 기획재정부 예비타당성조사를 통과했다.",
    "부산시는 6일 총사업비 7,850억원 규모의 4호선 연장 사업이 예타에서 경제성과 정책성을 모두 인정받았다고 밝혔다. 연장 구간은 12.4㎞로, 정거장 7곳이 새로 생긴다.",
    "부산 도시철도 4호선 안평역 전경",
    "시는 2027년 착공해 2031년 개통한다는 계획이다. 개통되면 정관신도시에서 서면까지 이동 시간이 현재 버스로 70분에서 45분으로 줄어들 것으로 예상된다.",
    "김정훈 부산시 교통국장은 \u201c정관 주민들의 20년 숙원이 풀리게 됐다\u201d며 \u201c설계 단계부터 주민 의견을 적극 반영하겠다\u201d고 말했다.",
]
url = "https://v.daum.net/v/20251206101503127"
page(
    "v.daum.net.busan-subway-line4",
    dict(
        title=t,
        date="2025-12-06",
        language="ko",
        url=url,
        people=["김정훈"],
        countries=["South Korea"],
        note="Batch 12 (written before anything ran on it; fictional). Imitates a Daum news viewer page: <title> 'headline | 다음뉴스'; og:title the headline; the logo in <h1 class=doc-title> ('Daum'), the headline <h3 class=tit_view data-translation=true>; 'Busan provider' logo, '김민수 기자' and '입력 2025. 12. 6. 10:15' / '수정 …' (spaces after the dots; also og:regDate 20251206101503; not expected); the story in div.article_view > section of <p dmcf-ptype=general>, a figure with its caption (expected) and the provider's copyright line '김민수 기자 (kimms@news1.kr)' and '[ⓒ 뉴스1코리아(news1.kr), 무단 전재 - 재배포, AI 학습 및 활용 금지]' as the last paragraphs (not expected); then the reactions row ('추천해요 12', …), '관련 기사' and the comment box (not expected). Busan places it in South Korea.",
    ),
    P,
    head(f"{t} | 다음뉴스", "ko")
    + og(t, "다음뉴스", url, P[0])
    + '<meta property="og:regDate" content="20251206101503">\n<meta name="article:media_name" content="뉴스1">\n'
    + '</head>\n<body>\n<div id="kakaoHead"><h1 class="doc-title"><a href="https://www.daum.net" class="link_daum"><span class="ir_wa">Daum</span></a></h1><a href="https://news.daum.net" class="link_news">뉴스</a>' + nav([("news", "홈"), ("society", "사회"), ("politics", "정치"), ("economic", "경제")], "gnb_comm") + '</div>\n'
    + '<div id="kakaoContent" class="cont-main"><div class="main-content"><div class="head_view"><h3 class="tit_view" data-translation="true">' + h(t) + '</h3>'
    + '<div class="info_view"><span class="txt_info">김민수 기자</span><span class="txt_info">입력 <span class="num_date">2025. 12. 6. 10:15</span></span><span class="txt_info">수정 <span class="num_date">2025. 12. 6. 11:02</span></span></div>'
    + '<div class="util_view"><button class="btn_util">음성으로 듣기</button><button class="btn_util">번역 설정</button><button class="btn_util">글씨크기 조절하기</button><button class="btn_util">인쇄하기</button></div></div>'
    + '<div class="news_view fs_type1"><div class="article_view" data-translation-body="true"><section dmcf-sid="a1b2c3">'
    + f'<p dmcf-pid="p1" dmcf-ptype="general">{h(P[0])}</p><p dmcf-pid="p2" dmcf-ptype="general">{h(P[1])}</p>'
    + f'<figure class="figure_frm origin_fig" dmcf-pid="p3" dmcf-ptype="figure"><p class="link_figure"><img class="thumb_g_article" src="https://img1.daumcdn.net/thumb/R658x0.q70/?fname=x.jpg" alt="{h(P[2])}"></p><figcaption class="txt_caption default_figure">{h(P[2])} (부산시 제공)</figcaption></figure>'
    + f'<p dmcf-pid="p4" dmcf-ptype="general">{h(P[3])}</p><p dmcf-pid="p5" dmcf-ptype="general">{h(P[4])}</p>'
    + '<p dmcf-pid="p6" dmcf-ptype="general">김민수 기자 (kimms@news1.kr)</p><p dmcf-pid="p7" dmcf-ptype="general">[ⓒ 뉴스1코리아(news1.kr), 무단 전재 - 재배포, AI 학습 및 활용 금지]</p>'
    + '</section></div></div>'
    + '<div class="emotion_wrap"><button>추천해요 12</button><button>좋아요 31</button><button>감동이에요 2</button><button>화나요 1</button><button>슬퍼요 0</button></div>'
    + '<div class="foot_view"><h4 class="tit_relate">관련 기사</h4><ul><li><a href="/v/20251130">부산 도시철도 2호선 양산 연장 착공</a></li><li><a href="/v/20251120">정관선 개통 15년…이용객 두 배로</a></li></ul></div>'
    + '<div class="cmt_view" id="alex-area"><h4>댓글 8</h4><p>댓글을 입력하세요</p></div></div></div>\n'
    + '<div id="kakaoFoot"><p>\u00a9 Kakao Corp.</p></div>\n'
    + end(),
)

# 20. A Chinese government portal page (gov.cn-like): <title> "headline_滚动新闻_中国政府网";
# the date and source line above the text with font-size and print controls; the text in
# div.pages_content#UCAP-CONTENT with full-width indented paragraphs; "【我要纠错】 责任编辑：…",
# "【打印】【关闭】" and "扫一扫在手机打开当前页" after.
t = "三部门联合部署冬季农村电网安全保供工作"
P = [
    "新华社北京12月5日电 记者从国家能源局获悉，国家能源局、国家发展改革委、农业农村部近日联合印发通知，部署今冬明春农村电网安全可靠供电工作。",
    "通知要求，各地要在12月底前完成农村地区配电变压器和线路的隐患排查，对重过载台区实施改造，确保春节前后农村居民用电高峰期间供电稳定。",
    "国家能源局电力司负责人周立新表示，今年以来农村电网已完成改造升级台区两万余个，北方地区清洁取暖用电需求持续增长，保供任务依然较重。",
    "通知还要求供电企业在雨雪冰冻天气期间加强巡视，提前备足抢修物资，确保故障发生后及时恢复供电。",
]
url = "https://www.gov.cn/lianbo/bumen/202512/content_7052341.htm"
page(
    "www.gov.cn.nongcun-dianwang-baogong",
    dict(
        title=t,
        date="2025-12-05",
        language="zh",
        url=url,
        people=["周立新"],
        countries=["China"],
        note="Batch 12 (written before anything ran on it; fictional). Imitates the Chinese central government portal: <title> 'headline_滚动新闻_中国政府网' (underscore-separated section and site); no og:title; the headline <h1> in div.article; the line '2025-12-05 16:30 来源： 新华社 【字体：大 中 小】 打印' above the text (not expected); the text in div.pages_content#UCAP-CONTENT of <p style='text-indent: 2em'> paragraphs (the first opening with the agency's dateline, kept); then '【我要纠错】 责任编辑：王磊', '【打印】【关闭】', '扫一扫在手机打开当前页' with a QR image, and the portal's footer (none expected). Beijing places it in China.",
    ),
    P,
    head(f"{t}_滚动新闻_中国政府网", "zh-CN")
    + '<meta name="keywords" content="农村电网,保供">\n<meta name="description" content="' + html.escape(P[1]) + '">\n<meta name="firstpublishedtime" content="2025-12-05-16:30:12">\n'
    + '</head>\n<body>\n<div class="header"><div class="logo"><a href="https://www.gov.cn/"><img src="/images/logo.png" alt="中国政府网"></a></div>' + nav([("index", "首页"), ("zhengce", "政策"), ("lianbo", "联播"), ("hudong", "互动"), ("fuwu", "服务")]) + '</div>\n'
    + '<div class="BreadcrumbNav"><a href="https://www.gov.cn/">首页</a> &gt; <a href="/lianbo/">联播</a> &gt; <a href="/lianbo/bumen/">部门</a></div>'
    + '<div class="article oneColumn pub_border"><h1 id="ti">' + h(t) + '</h1>'
    + '<div class="pages-date">2025-12-05 16:30 <span class="font">来源： 新华社</span> <span class="font index_switchsize">【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span> <span class="font printIco"><a href="#">打印</a></span></div>'
    + '<div class="pages_content" id="UCAP-CONTENT">' + ps(P, "p", ' style="text-indent: 2em; font-family: 宋体;"') + '</div>'
    + '<div class="editor">【我要纠错】 责任编辑：王磊</div>'
    + '<div class="pages_print"><span class="font"><a href="#">【打印】</a></span><span class="font"><a href="#">【关闭】</a></span></div>'
    + '<div class="mhide"><div class="code"><img src="/images/qr.png" alt=""><p>扫一扫在手机打开当前页</p></div></div></div>\n'
    + '<div class="footer"><p>主办单位：国务院办公厅　运行维护单位：中国政府网运行中心</p><p>版权所有：中国政府网　中文域名：中国政府网.政务</p><p>网站标识码bm01000001　京ICP备05070218号</p></div>\n'
    + end(),
)

# 21. A Catalan digital daily (VilaWeb-like): the kicker and a standfirst (expected), the
# date "06.12.2025 - 10:15 h" (visible only), a "Llegiu també" box, a reader-membership
# appeal box after the text, and comments.
t = "Girona tancarà el Barri Vell al trànsit de vehicles privats a partir de l'estiu"
P = [
    "L'ajuntament preveu instal·lar càmeres de lectura de matrícules a les sis entrades del nucli antic.",
    "L'Ajuntament de Girona tancarà el Barri Vell al trànsit de vehicles privats a partir del juny vinent. Només hi podran entrar els veïns, els serveis d'emergència, la distribució de mercaderies en horari de matí i els vehicles amb una plaça d'aparcament privada.",
    "L'alcaldessa, Laia Serrat, va presentar ahir la mesura en una roda de premsa i va dir que l'objectiu és \u201cretornar els carrers als vianants\u201d. Segons les dades municipals, cada dia entren al nucli antic uns 4.200 vehicles, dels quals menys d'un terç són de veïns.",
    "Els comerciants del Barri Vell han rebut la mesura amb reserves. El president de l'associació de botiguers, Jordi Pagès, va demanar que es garanteixi l'accés als aparcaments públics del voltant.",
    "El consistori preveu una campanya informativa a partir del març i un període de tres mesos sense sancions.",
]
url = "https://www.vilanova-digital.cat/noticia/girona-tancara-barri-vell-transit"
page(
    "vilanova-digital.cat.girona-barri-vell-transit",
    dict(
        title=t,
        date="2025-12-06",
        language="ca",
        url=url,
        people=["Laia Serrat", "Jordi Pagès"],
        countries=["Spain"],
        note="Batch 12 (written before anything ran on it; fictional). Imitates a Catalan digital daily: <title> 'headline | Vilanova Digital'; og:title the headline; a kicker 'Mobilitat' (not expected) and the standfirst <h2 class=entradeta> (expected); 'Redacció' and '06.12.2025 - 10:15 h' (the date only visible; not expected); a 'Llegiu també' box with a linked headline between paragraphs (not expected); after the text a membership appeal 'Fes-te subscriptor' with a button (not expected) and 'Comentaris' with two readers' comments (not expected). Girona places it in Spain.",
    ),
    P,
    head(f"{t} | Vilanova Digital", "ca")
    + og(t, "Vilanova Digital", url, P[0])
    + '</head>\n<body>\n<header><a class="logo" href="/">Vilanova Digital</a>' + nav([("seccio/politica", "Política"), ("seccio/societat", "Societat"), ("seccio/cultura", "Cultura"), ("seccio/esports", "Esports")]) + '</header>\n'
    + '<main><article class="noticia"><p class="avantitol">Mobilitat</p><h1 class="titol">' + h(t) + '</h1><h2 class="entradeta">' + h(P[0]) + '</h2>'
    + '<div class="signatura"><span class="autor">Redacció</span> <span class="data">06.12.2025 - 10:15 h</span></div>'
    + '<div class="cos">' + ps(P[1:3])
    + '<div class="llegiu-tambe"><p><strong>Llegiu també</strong></p><a href="/noticia/girona-bicing">Girona amplia el servei de bicicleta compartida a Montilivi</a></div>'
    + ps(P[3:]) + '</div>'
    + '<div class="subscripcio"><p>Vilanova Digital és un diari independent que es finança amb les quotes dels subscriptors. Si creieu en el periodisme lliure, feu-vos-en subscriptors.</p><a class="boto" href="/subscripcio">Fes-te subscriptor</a></div>'
    + '<section class="comentaris"><h3>Comentaris</h3><div class="comentari"><p class="nom">Marta R.</p><p>Ja era hora. Els caps de setmana és impossible caminar pel carrer de la Força.</p></div><div class="comentari"><p class="nom">Pere</p><p>I on aparcaran els que venen de fora a comprar? Això matarà el comerç.</p></div></section></article></main>\n'
    + '<footer><p>\u00a9 2025 Vilanova Digital</p></footer>\n'
    + end(),
)


if __name__ == "__main__":
    write(PAGES)
