#!/usr/bin/env python3
"""Writes batch 15 of the written pages (issue #15, extraction round 15) into `extra/`.

Each page is its HTML, its expected text and its labels, written together before anything
ran on them; events and people are fictional. Batch 15 imitates the publishing systems a
held-out set of real news pages is most likely to come from and the earlier batches had
few of: a Gannett-like US daily ("Show Caption", "Published … | Updated …"), a TV station
carrying wire copy ("WASHINGTON (AP) —", the wire's copyright line), a Reuters-like page
(date and time glued, "Reporting by …; Editing by …"), a Reach-like UK regional ("10:15, 5
DEC 2025", newsletter boxes and "Read More" inside the story), a company newsroom's press
release ("FOR IMMEDIATE RELEASE", "###"), a Drupal 7 institute blog ("Submitted by … on
Fri, 12/05/2025 - 10:15") with a data table, a WordPress blog with Jetpack's share, like
and related rows, an old table-layout page whose text is `<br>`-separated, and regional
and national papers in German, French, Italian, Dutch, Brazilian Portuguese, Russian,
Turkish, Korean, Chinese, Japanese and Arabic with each one's own date forms, title
separators and furniture (Hürriyet's "Haberin Devamı", Yonhap's reporter line and
copyright, a Chinese "_" title separator and "责任编辑", RIA's date inside the `<title>`).
Run from anywhere: `python3 benches/realpages/batch15.py`.
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


def note(s):
    return "Batch 15 (written before anything ran on it; fictional). " + s


# 1. A Gannett-like US daily: <title> 'headline', og:title the same, site in og:site_name;
# a lead photo with "Show Caption"/"Hide Caption" buttons and the caption's credit
# ("Rachel Ortiz/The Daily Courier"); "Published 6:00 a.m. ET Dec. 5, 2025 | Updated 9:12
# a.m. ET Dec. 5, 2025"; the reporter's contact line at the end; "Story continues below".
t = "Sheridan County approves $48 million jail expansion after two years of debate"
P = [
    "Sheridan County commissioners voted 4-1 on Thursday to build a $48 million addition to the county jail, ending two years of debate over how to relieve crowding at the 1970s building.",
    "The addition will add 160 beds and a medical unit. Construction is expected to start next summer and take about two years.",
    "Sheriff Dana Whitfield told commissioners the jail has held more than its 212-bed capacity on 190 days this year, forcing deputies to drive inmates to neighboring counties.",
    "\u201cWe are paying other counties to house our people while our deputies spend their shifts on the highway,\u201d Whitfield said.",
    "Commissioner Gary Lund, who cast the only no vote, said the county should first expand its pretrial release program. \u201cWe are building for a problem we could shrink,\u201d he said.",
    "The county will pay for the project with a bond approved by voters in 2023 and money set aside from its general fund.",
]
url = "https://www.dailycourier-news.com/story/news/local/2025/12/05/sheridan-county-jail-expansion-approved/87123456007/"
page(
    "dailycourier-news.com.sheridan-jail-expansion",
    dict(
        title=t,
        date="2025-12-05",
        language="en",
        url=url,
        people=["Dana Whitfield", "Gary Lund"],
        countries=["United States"],
        note=note("Expectation corrected after the first score: the lead photo's caption (without its credit) added to the text, the convention since extraction round 5. Imitates a Gannett network daily: <title> the headline alone, og:site_name 'The Daily Courier'; a lead photo with 'Show Caption' / 'Hide Caption' buttons and a caption ending 'Rachel Ortiz/The Daily Courier' (the caption 'The Sheridan County Detention Center was built in 1974.' expected, the buttons and credit not); byline 'Mark Benson, The Daily Courier' and 'Published 6:00 a.m. ET Dec. 5, 2025 | Updated 9:12 a.m. ET Dec. 5, 2025'; article:published_time; the text in p.gnt_ar_b_p, with 'Story continues below' before an ad and an inline 'Related:' link paragraph (not expected); the contact line 'Mark Benson covers county government. Reach him at mbenson@dailycourier-news.com or 307-555-0134.' at the end (not expected); then 'Most popular'. US county, $ place it in the United States."),
    ),
    ["The Sheridan County Detention Center was built in 1974."] + P,
    head(t, "en")
    + og(t, "The Daily Courier", url, P[0])
    + '<meta property="article:published_time" content="2025-12-05T06:00:00-05:00">\n<meta property="article:modified_time" content="2025-12-05T09:12:00-05:00">\n'
    + '</head>\n<body>\n<header class="gnt_n"><a href="/" class="gnt_n_logo">The Daily Courier</a>' + nav([("news", "News"), ("sports", "Sports"), ("opinion", "Opinion"), ("obituaries", "Obituaries"), ("eedition", "E-Edition")], "gnt_n_mn") + '<a class="gnt_n_sub" href="/subscribe">Subscribe</a></header>\n'
    + '<main class="gnt_cw"><article class="gnt_pr"><h1 class="gnt_ar_hl">' + h(t) + '</h1>'
    + '<figure class="gnt_em gnt_em_img"><img src="/img/jail.jpg" alt="Sheridan County Detention Center"><button class="gnt_em_cp_b">Show Caption</button><figcaption class="gnt_em_cp">Hide Caption<span class="gnt_em_cp_t">The Sheridan County Detention Center was built in 1974.</span><span class="gnt_em_cp_a">Rachel Ortiz/The Daily Courier</span></figcaption></figure>'
    + '<div class="gnt_ar_by"><a href="/staff/mark-benson/">Mark Benson</a><div class="gnt_ar_by_j">The Daily Courier</div></div>'
    + '<div class="gnt_ar_dt" aria-label="Published 6:00 a.m. ET Dec. 5, 2025 | Updated 9:12 a.m. ET Dec. 5, 2025">Published 6:00 a.m. ET Dec. 5, 2025 <span>| Updated 9:12 a.m. ET Dec. 5, 2025</span></div>'
    + '<div class="gnt_ar_b">' + ps(P[:2], "p", ' class="gnt_ar_b_p"')
    + '<p class="gnt_ar_b_p"><strong>Related:</strong> <a href="/story/news/local/2025/10/02/jail-crowding-deputies-drive/">Deputies drove 40,000 miles moving inmates last year</a></p>'
    + '<aside class="gnt_em_ad"><span>Story continues below</span><div class="gnt_ad"></div></aside>'
    + ps(P[2:], "p", ' class="gnt_ar_b_p"')
    + '<p class="gnt_ar_b_p"><em>Mark Benson covers county government. Reach him at <a href="mailto:mbenson@dailycourier-news.com">mbenson@dailycourier-news.com</a> or 307-555-0134.</em></p></div></article>'
    + '<aside class="gnt_rr"><h2>Most popular</h2><ol><li><a href="#">Snow closes I-90 east of town</a></li><li><a href="#">New bakery opens on Main Street</a></li></ol></aside></main>\n'
    + '<footer class="gnt_f"><p>&copy; 2025 www.dailycourier-news.com. All rights reserved.</p></footer>\n'
    + end(),
)

# 2. A local TV station carrying AP copy (Gray-like): <title> 'headline'; "Published: Dec. 5,
# 2025 at 3:41 PM EST|Updated: 2 hours ago"; "WASHINGTON (AP) —" opening the text; the
# wire's copyright line and "Associated Press writers … contributed to this report."
t = "Senate passes bill to extend rural broadband grants through 2030"
P = [
    "WASHINGTON (AP) \u2014 The Senate on Friday passed a bill extending a federal program that pays for broadband lines in rural areas, sending it to the House with support from both parties.",
    "The measure, approved 71-27, would keep the grants running through 2030 and set aside $9 billion for areas where fewer than one in five homes has a fast connection.",
    "Sen. Marjorie Kell, a Republican from Montana who wrote the bill with a Democrat from Vermont, said the program had connected about 600,000 homes since it began.",
    "\u201cYou cannot run a farm, a clinic or a school today without a connection,\u201d Kell said on the Senate floor.",
    "Critics said the program pays too much per home. The House is expected to take up the bill in January.",
]
url = "https://www.kxrv13.com/2025/12/05/senate-passes-bill-extend-rural-broadband-grants/"
page(
    "kxrv13.com.senate-rural-broadband",
    dict(
        title=t,
        date="2025-12-05",
        language="en",
        url=url,
        people=["Marjorie Kell"],
        countries=["United States"],
        note=note("Imitates a local TV station's site (Gray/Arc-like) carrying AP copy: <title> the headline, og:site_name 'KXRV 13'; 'By LISA MORAN Associated Press' and 'Published: Dec. 5, 2025 at 3:41 PM EST|Updated: 2 hours ago' (no space around the bar); JSON-LD datePublished; the dateline 'WASHINGTON (AP) —' opens the first paragraph (expected with it); 'Associated Press writer Tom Reyes contributed to this report.' and 'Copyright 2025 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.' after the text (not expected); a 'Latest News' rail with six headlines and a 'Weather Alert' banner before the story (none expected). Washington, Montana, Vermont place it in the United States."),
    ),
    P,
    head(t, "en")
    + og(t, "KXRV 13", url, P[0][len("WASHINGTON (AP) \u2014 "):])
    + art(url, t, "2025-12-05T20:41:00Z", "KXRV 13", author="LISA MORAN", modified="2025-12-05T22:10:00Z")
    + '</head>\n<body>\n<div class="alert-banner"><strong>Weather Alert</strong> <a href="/weather/">Winter Storm Warning until 6 AM Saturday</a></div>\n'
    + '<header><a href="/" class="logo">KXRV 13</a>' + nav([("news", "News"), ("weather", "Weather"), ("sports", "Sports"), ("watch", "Watch Live")]) + '</header>\n'
    + '<main><div class="layout-section"><article class="article"><h1 class="headline">' + h(t) + '</h1>'
    + '<div class="byline">By LISA MORAN Associated Press</div><div class="article-meta">Published: Dec. 5, 2025 at 3:41 PM EST|Updated: 2 hours ago</div>'
    + '<div class="article-body">' + ps(P) + '<p><i>Associated Press writer Tom Reyes contributed to this report.</i></p>'
    + '<div class="copyright">Copyright 2025 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.</div></div></article>'
    + '<aside class="latest-news"><h2>Latest News</h2><ul>' + "".join(f'<li><a href="#">{x}</a><span>Updated: {i + 1} hours ago</span></li>' for i, x in enumerate(["Crews battle overnight fire at grain elevator", "School board delays vote on new calendar", "Police identify man found near river trail", "Holiday parade route changes this year", "City council approves water rate increase", "Local bakery wins state contest"])) + '</ul></aside></div></main>\n'
    + '<footer><p>Copyright 2025 KXRV. All rights reserved.</p><p><a href="#">FCC Public File</a> <a href="#">EEO Report</a></p></footer>\n'
    + end(),
)

# 3. A Reuters-like page: <title> 'headline | Reuters'; the date and time glued in the
# byline ("December 5, 20251:15 PM GMTUpdated 2 hours ago"); "Reporting by …; Editing by
# …" and "Our Standards: The Thomson Reuters Trust Principles." after the story.
t = "Copper hits three-month high as Chile mine strike enters second week"
P = [
    "LONDON, Dec 5 (Reuters) - Copper prices rose to their highest in three months on Friday as a strike at one of Chile's largest mines entered its second week with no talks scheduled.",
    "Benchmark copper on the London Metal Exchange was up 1.4% at $10,480 a metric ton by 1215 GMT, after touching $10,512, its highest since early September.",
    "Workers at the Cerro Alto mine, which produced about 340,000 tons of copper last year, walked out on Nov. 27 after rejecting the company's wage offer.",
    "\u201cThe market had been ignoring supply risks, and this strike has reminded everyone how tight concentrate is,\u201d said Helen Marsh, a metals analyst at Northgate Capital.",
    "Aluminium was up 0.6% at $2,610 a ton, while zinc slipped 0.3%.",
]
url = "https://www.reuters-wire.example/markets/commodities/copper-hits-three-month-high-chile-mine-strike-2025-12-05/"
page(
    "reuters-wire.example.copper-chile-strike",
    dict(
        title=t,
        date="2025-12-05",
        language="en",
        url=url,
        people=["Helen Marsh"],
        countries=["Chile", "United Kingdom"],
        note=note("Imitates a Reuters article page: <title> 'headline | Reuters', og:title the headline; the byline 'By Julia Fenn' and the date rendered with no spaces between its parts ('December 5, 20251:15 PM GMTUpdated 2 hours ago', from <time> and spans), the date also in the URL and in article:published_time; the text in div[data-testid=paragraph-N] divs (not <p>) opening with 'LONDON, Dec 5 (Reuters) -' (expected with it); 'Reporting by Julia Fenn; Editing by Mark Potter' and 'Our Standards: The Thomson Reuters Trust Principles.' after (not expected); 'Get a quick look at the days breaking legal news…' newsletter promo and 'Read Next' (none expected). Chile, London."),
    ),
    P,
    head(f"{t} | Reuters", "en")
    + og(t, "Reuters", url, P[0])
    + '<meta property="article:published_time" content="2025-12-05T13:15:00Z">\n'
    + '</head>\n<body>\n<header><a href="/" class="logo">Reuters</a>' + nav([("world", "World"), ("business", "Business"), ("markets", "Markets"), ("sustainability", "Sustainability")]) + '</header>\n'
    + '<main id="main-content"><article><div class="article-header"><nav class="tags"><a href="/markets/commodities/">Commodities</a></nav><h1 data-testid="Heading">' + h(t) + '</h1>'
    + '<div class="info"><div class="byline">By <a href="#">Julia Fenn</a></div><div class="date-line"><time datetime="2025-12-05T13:15:00Z"><span>December 5, 2025</span><span>1:15 PM GMT</span><span>Updated 2 hours ago</span></time></div></div></div>'
    + '<div class="article-body">' + "".join(f'<div data-testid="paragraph-{i}" class="text__text">{h(p)}</div>' for i, p in enumerate(P))
    + '<div class="newsletter-promo"><p>Get a quick look at the days breaking legal news and analysis on The Afternoon Docket newsletter.</p><a href="#">Sign up here.</a></div>'
    + '<p class="sign-off">Reporting by Julia Fenn; Editing by Mark Potter</p><p class="trust"><a href="#">Our Standards: The Thomson Reuters Trust Principles.</a></p></div></article>'
    + '<section class="read-next"><h2>Read Next</h2><ul><li><a href="#">Oil steadies as traders weigh OPEC+ supply plans</a><time>December 5, 2025</time></li><li><a href="#">Gold edges lower as dollar firms</a></li></ul></section></main>\n'
    + '<footer><p>All quotes delayed a minimum of 15 minutes. &copy; 2025 Reuters. All rights reserved</p></footer>\n'
    + end(),
)

# 4. A Reach-like UK regional: <title> 'headline - Teesside Evening Post'; '10:15, 5 DEC
# 2025' and 'Updated11:02, 5 DEC 2025'; a newsletter signup box and a 'Read More' box of
# two links inside the story; image credit 'Image: Teesside Evening Post'; a standfirst.
t = "Much-loved Stockton cafe to close after 41 years as owners retire"
stand = "Regulars have been queuing round the block for one last bacon stottie"
P = [
    stand,
    "A much-loved Stockton cafe will close its doors for the final time next week after 41 years, as its owners retire.",
    "Maureen and Ken Batty opened The Corner Cup on Dovecot Street in 1984 and have run it six days a week ever since.",
    "Maureen, 68, said: \u201cWe have served three generations of some families. People came in for their first cup of tea as teenagers and now bring their grandchildren.",
    "\u201cIt is heartbreaking to close, but my knees have told me it is time.\u201d",
    "The couple said they hoped someone would take over the building and keep it as a cafe. The last day of trading is Saturday, December 13.",
]
url = "https://www.teessideeveningpost.co.uk/news/teesside-news/much-loved-stockton-cafe-close-31456789"
page(
    "teessideeveningpost.co.uk.stockton-cafe-close",
    dict(
        title=t,
        date="2025-12-05",
        language="en",
        url=url,
        people=["Maureen Batty", "Ken Batty"],
        countries=["United Kingdom"],
        note=note("Expectation corrected after the first score: the lead photo's caption (without its credit) added to the text, the convention since extraction round 5. Imitates a Reach plc regional (Teesside Live-like): <title> 'headline - Teesside Evening Post', og:title the headline; the standfirst in <p class=sub-title> (expected); byline 'Sarah Coates Reporter' and '10:15, 5 DEC 2025' / 'Updated11:02, 5 DEC 2025' (glued) in <span class=time-container>, article:published_time in meta; a lead image captioned 'The Corner Cup on Dovecot Street' (expected) and credited '(Image: Teesside Evening Post)' (not); inside the story a newsletter box ('Get the biggest stories from Teesside straight to your inbox', a form, 'We use your sign-up to provide content in ways you've consented to…'), a 'Read More' box with two 'Related Articles' links, and 'Ad' labels (none expected); 'Join our Teesside Live WhatsApp community…' after the text (not expected); comments count. Stockton."),
    ),
    P[:1] + ["The Corner Cup on Dovecot Street"] + P[1:],
    head(f"{t} - Teesside Evening Post", "en-GB")
    + og(t, "Teesside Evening Post", url, stand)
    + '<meta property="article:published_time" content="2025-12-05T10:15:00Z">\n<meta property="article:modified_time" content="2025-12-05T11:02:00Z">\n'
    + '</head>\n<body>\n<header><a href="/" class="logo">Teesside Evening Post</a>' + nav([("news", "News"), ("sport", "Sport"), ("whats-on", "What's On"), ("jobs", "Jobs")]) + '</header>\n'
    + '<main><article itemprop="mainEntity"><h1 itemprop="headline">' + h(t) + '</h1><p class="sub-title">' + h(stand) + '</p>'
    + '<div class="article-information"><div class="author"><a href="#">Sarah Coates</a> <span>Reporter</span></div><span class="time-container"><span>10:15, 5 DEC 2025</span><span class="updated">Updated<span>11:02, 5 DEC 2025</span></span></span></div>'
    + '<figure><img src="/img/cafe.jpg" alt="The Corner Cup"><figcaption><span>The Corner Cup on Dovecot Street</span> <span class="credit">(Image: Teesside Evening Post)</span></figcaption></figure>'
    + '<div class="article-body">' + ps(P[1:3])
    + '<div class="newsletter-signup"><h3>Get the biggest stories from Teesside straight to your inbox</h3><form><input type="email" placeholder="Enter email"><button>Subscribe</button></form><p class="small">We use your sign-up to provide content in ways you\'ve consented to and to improve our understanding of you. <a href="#">More info</a></p></div>'
    + ps(P[3:4]) + '<div class="ad-slot"><span>Ad</span></div>'
    + '<div class="read-more-links"><h3>Read More</h3><h4>Related Articles</h4><ul><li><a href="#">Stockton high street shop closures: the full list for 2025</a></li><li><a href="#">Tributes paid to Norton butcher who served village for 50 years</a></li></ul></div>'
    + ps(P[4:]) + '<p><strong>Join our Teesside Live WhatsApp community for the latest news direct to your phone.</strong></p></div></article>'
    + '<div class="comments-count"><a href="#comments">12 comments</a></div></main>\n'
    + '<footer><p>&copy; 2025 a Reach plc subsidiary</p></footer>\n'
    + end(),
)

# 5. A company newsroom's press release: 'FOR IMMEDIATE RELEASE', dateline 'PORTLAND, Ore.,
# Dec. 4, 2025 —' opening the text, a bullet list, 'About …', 'Media contact', '###'.
t = "Cascadia Rail Works to build 40 battery trains for Pacific Northwest commuter lines"
P = [
    "PORTLAND, Ore., Dec. 4, 2025 \u2014 Cascadia Rail Works today announced a contract to build 40 battery-electric commuter trains for three regional transit agencies in Oregon and Washington, the company's largest order since it was founded in 2011.",
    "The trains will replace diesel units on lines where overhead wires would cost too much to install. Each train can run 90 miles on a charge and recharge in 15 minutes at a terminal.",
    "Key terms of the contract:",
    "40 trains of three cars each, delivered from 2028 to 2031",
    "A value of $612 million, including ten years of maintenance",
    "Final assembly at the company's plant in Gresham, adding 220 jobs",
    "\u201cThis order shows that battery trains are ready for everyday service,\u201d said Priya Raman, chief executive of Cascadia Rail Works.",
]
url = "https://www.cascadiarailworks.com/newsroom/press-releases/cascadia-rail-works-battery-trains-order"
page(
    "cascadiarailworks.com.battery-trains-order",
    dict(
        title=t,
        date="2025-12-04",
        language="en",
        url=url,
        people=["Priya Raman"],
        countries=["United States"],
        note=note("Imitates a company newsroom's press release (not a wire service): <title> 'headline | Newsroom | Cascadia Rail Works' (two site parts after the headline); a 'Press Releases' breadcrumb; 'FOR IMMEDIATE RELEASE' above the text and the dateline 'PORTLAND, Ore., Dec. 4, 2025 —' opening the first paragraph (expected with it), 'December 4, 2025' in <p class=release-date> as well; a bullet list (expected with its lead-in); 'About Cascadia Rail Works' boilerplate, 'Media contact:' block with phone and e-mail and '###' (none expected); 'Download PDF', 'Recent releases' list with dates. Portland, Oregon, Washington."),
    ),
    P,
    head(f"{t} | Newsroom | Cascadia Rail Works", "en-US")
    + f'<meta name="description" content="{html.escape(P[1])}">\n<link rel="canonical" href="{url}">\n'
    + '</head>\n<body class="page-template-press-release">\n<header class="site-header"><a href="/" class="logo">Cascadia Rail Works</a>' + nav([("products", "Products"), ("services", "Services"), ("careers", "Careers"), ("newsroom", "Newsroom")]) + '</header>\n'
    + '<main><div class="breadcrumbs"><a href="/">Home</a> / <a href="/newsroom/">Newsroom</a> / <a href="/newsroom/press-releases/">Press Releases</a></div>'
    + '<div class="release"><p class="release-date">December 4, 2025</p><h1 class="release-title">' + h(t) + '</h1>'
    + '<div class="release-body"><p><strong>FOR IMMEDIATE RELEASE</strong></p>' + ps(P[:3]) + lis(P[3:6]) + ps(P[6:])
    + '<p><strong>About Cascadia Rail Works</strong><br>Cascadia Rail Works designs and builds passenger rail vehicles in Gresham, Oregon. Founded in 2011, the company employs 1,400 people and has delivered more than 300 rail cars to agencies in North America.</p>'
    + '<p><strong>Media contact:</strong><br>Jordan Lee<br>press@cascadiarailworks.com<br>503-555-0182</p><p style="text-align:center">###</p></div>'
    + '<a class="btn" href="/files/release-2025-12-04.pdf">Download PDF</a></div>'
    + '<aside class="recent"><h2>Recent releases</h2><ul><li><span>November 12, 2025</span> <a href="#">Cascadia Rail Works opens training center</a></li><li><span>October 2, 2025</span> <a href="#">Cascadia Rail Works names new CFO</a></li></ul></aside></main>\n'
    + '<footer><p>&copy; 2025 Cascadia Rail Works, Inc.</p></footer>\n'
    + end(),
)

# 6. A Drupal 7 institute blog: 'Submitted by … on Fri, 12/05/2025 - 10:15' the only date;
# a data table inside the story (expected as rows); field-name-body; tags field; no og.
t = "How much farmland did the Midwest lose to solar farms in 2024?"
P = [
    "Solar farms are often blamed for taking good farmland out of production. We looked at county records in five Midwestern states to see how much land they actually use.",
    "The answer: far less than the debate suggests. Solar projects completed in 2024 used about 21,000 acres in the five states, less than a tenth of one percent of their cropland.",
    "State | Acres used by solar, 2024 | Share of cropland",
    "Illinois | 7,400 | 0.03%",
    "Indiana | 5,900 | 0.05%",
    "Ohio | 4,100 | 0.04%",
    "Iowa | 2,300 | 0.01%",
    "Minnesota | 1,300 | 0.01%",
    "Most projects sit on land rented from farmers on 30-year leases, and many owners plan to return the land to crops afterwards.",
]
url = "https://www.prairiepolicy.org/blog/how-much-farmland-did-midwest-lose-solar-farms-2024"
rows = [r.split(" | ") for r in P[2:8]]
table = "<table class=\"views-table\"><thead><tr>" + "".join(f"<th>{h(c)}</th>" for c in rows[0]) + "</tr></thead><tbody>" + "".join("<tr>" + "".join(f"<td>{h(c)}</td>" for c in r) + "</tr>" for r in rows[1:]) + "</tbody></table>"
page(
    "prairiepolicy.org.farmland-solar-2024",
    dict(
        title=t,
        date="2025-12-05",
        language="en",
        url=url,
        people=[],
        countries=["United States"],
        note=note("Imitates a Drupal 7 think-tank blog: <title> 'headline | Prairie Policy Institute'; no og tags, no JSON-LD; <h1 class=title id=page-title>; 'Submitted by jkraus on Fri, 12/05/2025 - 10:15' in <div class=submitted> the only date; the text in div.field-name-body .field-item with a data table (expected: each row as a line of cells joined by ' | ', the convention of earlier batches' tables); a 'Tags:' field, a 'Login or register to post comments' link, a block of 'Recent posts' with dates (none expected). Midwest states place it in the United States."),
    ),
    P,
    head(f"{t} | Prairie Policy Institute", "en")
    + '<meta name="Generator" content="Drupal 7 (http://drupal.org)">\n<link rel="shortlink" href="/node/4812">\n'
    + '</head>\n<body class="html not-front page-node node-type-blog">\n<div id="page-wrapper"><div id="header"><a href="/" id="logo">Prairie Policy Institute</a>' + nav([("research", "Research"), ("blog", "Blog"), ("about", "About")], "menu") + '</div>\n'
    + '<div id="main"><div id="content" class="column"><h1 class="title" id="page-title">' + h(t) + '</h1>'
    + '<div id="node-4812" class="node node-blog"><div class="submitted">Submitted by <span class="username">jkraus</span> on Fri, 12/05/2025 - 10:15</div>'
    + '<div class="content"><div class="field field-name-body field-type-text-with-summary"><div class="field-items"><div class="field-item even">' + ps(P[:2]) + table + ps(P[8:]) + '</div></div></div>'
    + '<div class="field field-name-field-tags"><div class="field-label">Tags:&nbsp;</div><div class="field-items"><a href="#">solar</a> <a href="#">farmland</a> <a href="#">land use</a></div></div></div>'
    + '<ul class="links inline"><li><a href="/user/login">Log in</a> or <a href="/user/register">register</a> to post comments</li></ul></div></div>'
    + '<div id="sidebar-second"><div class="block"><h2>Recent posts</h2><ul><li><a href="#">What the 2025 farm bill extension means</a> <span>11/20/2025</span></li><li><a href="#">Rural hospitals after the pandemic</a> <span>11/03/2025</span></li></ul></div></div></div>\n'
    + '<div id="footer"><p>Prairie Policy Institute, 100 Main St, Ames, Iowa</p></div></div>\n'
    + end(),
)

# 7. A WordPress blog (Astra-like) with Jetpack's rows: 'Share this:', 'Like this: Like
# Loading...', 'Related' posts with dates and 'In "Category"'; <title> 'Post – Blog' (an en
# dash); <time class='entry-date published'> and an 'updated' one; an ordered list of steps.
t = "How I fixed my sourdough starter after a month of flat loaves"
P = [
    "For a month every loaf I baked came out flat and sour. I blamed the flour, the oven and the weather before I looked at the starter itself.",
    "Here is what worked, in the order I tried it:",
    "Feed at a ratio of 1:5:5 instead of 1:1:1, so the starter has more food and less acid.",
    "Keep it at 26C in the oven with only the light on.",
    "Use it at its peak, when it has doubled and just begun to dome, not after it has collapsed.",
    "Switch a fifth of the flour to wholegrain rye.",
    "After two weeks the starter doubled in four hours, and the next loaf had the open crumb I had been chasing. The rye made the biggest difference.",
]
url = "https://crumbandcrust.blog/2025/12/05/fixed-sourdough-starter-flat-loaves/"
page(
    "crumbandcrust.blog.sourdough-starter-fix",
    dict(
        title=t,
        date="2025-12-05",
        language="en",
        url=url,
        people=[],
        countries=[],
        note=note("Imitates a WordPress.com blog (Astra-like theme with Jetpack): <title> 'headline – Crumb and Crust' (an en dash), og:title the headline and og:site_name; <time class='entry-date published' datetime=2025-12-05T08:10> and <time class=updated datetime=2025-12-07>; the text in div.entry-content with an ordered list (expected with its lead-in); after it, inside entry-content, Jetpack's 'Share this:' buttons, 'Like this:' with 'Like Loading...', and 'Related' posts each with a date ('December 1, 2025') and 'In \"Bread\"' (none expected); a 'Posted in Bread Tagged sourdough, starter' footer; comments 'One thought on …' with a reply (none expected)."),
    ),
    P,
    head(f"{t} \u2013 Crumb and Crust", "en-US")
    + og(t, "Crumb and Crust", url, P[0])
    + '<meta property="article:published_time" content="2025-12-05T08:10:00+00:00">\n'
    + '</head>\n<body class="post-template-default single single-post ast-separate-container">\n<div id="page" class="hfeed site"><header class="site-header"><p class="site-title"><a href="/">Crumb and Crust</a></p><p class="site-description">Bread, slowly</p>' + nav([("bread", "Bread"), ("cakes", "Cakes"), ("about", "About")], "main-navigation") + '</header>\n'
    + '<div id="content" class="site-content"><div id="primary"><main id="main"><article class="post type-post status-publish format-standard hentry"><header class="entry-header"><h1 class="entry-title">' + h(t) + '</h1>'
    + '<div class="entry-meta"><span class="posted-on"><a href="' + url + '" rel="bookmark"><time class="entry-date published" datetime="2025-12-05T08:10:00+00:00">December 5, 2025</time><time class="updated" datetime="2025-12-07T19:02:00+00:00">December 7, 2025</time></a></span> <span class="byline">by <a href="#">Nell</a></span></div></header>'
    + '<div class="entry-content">' + ps(P[:2]) + lis(P[2:6], "ol") + ps(P[6:])
    + '<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul><li><a href="#">Facebook</a></li><li><a href="#">X</a></li><li><a href="#">Pinterest</a></li></ul></div>'
    + '<div class="sharedaddy sd-block sd-like"><h3 class="sd-title">Like this:</h3><span class="button"><span>Like</span></span> <span class="loading">Loading...</span></div>'
    + '<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3>' + "".join(f'<div class="jp-relatedposts-post"><h4><a href="#">{a}</a></h4><p class="jp-relatedposts-post-date">{b}</p><p class="jp-relatedposts-post-context">In "Bread"</p></div>' for a, b in [("Why my rye loaves crack on top", "December 1, 2025"), ("A simple overnight focaccia", "November 18, 2025"), ("Five flours compared", "October 30, 2025")]) + '</div></div>'
    + '<footer class="entry-footer"><span class="cat-links">Posted in <a href="#">Bread</a></span> <span class="tags-links">Tagged <a href="#">sourdough</a>, <a href="#">starter</a></span></footer></article>'
    + '<div id="comments" class="comments-area"><h2 class="comments-title">One thought on &ldquo;' + h(t) + '&rdquo;</h2><ol class="comment-list"><li class="comment"><div class="comment-author"><b>Pete</b> says:</div><div class="comment-metadata"><time datetime="2025-12-06T10:00:00+00:00">December 6, 2025 at 10:00 am</time></div><div class="comment-content"><p>The rye tip saved my starter too. I also found that filtered water helped, since our tap water is heavily chlorinated.</p></div></li></ol></div></main></div></div>'
    + '<footer class="site-footer"><p>Blog at WordPress.com.</p></footer></div>\n'
    + end(),
)

# 8. An old table-layout page: text in a <td> with <br><br> between paragraphs and <font>
# tags, no <p>, no <h1> (the headline a bold <font size=5>); 'Posted 12/05/2025'; <title>
# 'Site - headline'.
t = "Volunteers finish restoring the 1912 covered bridge at Miller's Ford"
P = [
    "After three summers of weekend work, volunteers of the Harlan County Historical Society have finished restoring the covered bridge at Miller's Ford, one of four left in the county.",
    "The bridge, built in 1912, had been closed since a flood in 2019 damaged two of its trusses. Volunteers replaced 60 timbers with oak from a local sawmill and put on a new cedar roof.",
    "Society president Walter Greer thanked the more than 70 people who helped. \u201cMost of them had never used a chisel before this project,\u201d he said.",
    "The bridge reopens to walkers and cyclists on Saturday with a ribbon cutting at 11 a.m. Cars will not be allowed.",
]
url = "http://www.harlancountyhistory.org/news/millers-ford-bridge.html"
page(
    "harlancountyhistory.org.millers-ford-bridge",
    dict(
        title=t,
        date="2025-12-05",
        language="en",
        url=url,
        people=["Walter Greer"],
        countries=[],
        note=note("Imitates an old hand-made society website: table layout, a left column of links, the story in a <td> as <font face=Verdana> text with paragraphs separated by <br><br> (no <p>), the headline a <b><font size=5> (no <h1>); <title> 'Harlan County Historical Society - headline' (site first, hyphen); 'Posted 12/05/2025' in small type under the headline the only date; a 'Back to News' link, a hit counter, 'Last updated: December 7, 2025' and the webmaster's e-mail at the bottom (none expected)."),
    ),
    P,
    head(f"Harlan County Historical Society - {t}", "en").replace('<meta name="viewport" content="width=device-width, initial-scale=1">\n', "")
    + '</head>\n<body bgcolor="#FFFFF0">\n<table width="800" border="0" cellpadding="4" align="center"><tr><td colspan="2" bgcolor="#663300"><font color="#FFFFFF" size="6" face="Georgia">Harlan County Historical Society</font></td></tr>'
    + '<tr><td width="160" valign="top" bgcolor="#EEE8CC"><font face="Verdana" size="2"><a href="/">Home</a><br><a href="/news/">News</a><br><a href="/bridges/">Covered Bridges</a><br><a href="/museum/">Museum Hours</a><br><a href="/join.html">Become a Member</a><br><a href="/links.html">Links</a></font></td>'
    + '<td valign="top"><font face="Verdana" size="2"><b><font size="5">' + h(t) + '</font></b><br><font size="1" color="#666666">Posted 12/05/2025</font><br><br>'
    + "<br><br>".join(h(p) for p in P)
    + '<br><br><a href="/news/">&lt;&lt; Back to News</a></font></td></tr>'
    + '<tr><td colspan="2" align="center"><font size="1" face="Verdana">You are visitor number <img src="/cgi-bin/counter.gif" alt="004512"><br>Last updated: December 7, 2025<br>Webmaster: <a href="mailto:webmaster@harlancountyhistory.org">webmaster@harlancountyhistory.org</a></font></td></tr></table>\n'
    + end(),
)

# 9. A German regional paper (RND/Madsack-like): <title> 'headline | LN'; '05.12.2025, 10:15
# Uhr' in a <time>; 'Artikel anhören', 'Anzeige', 'Lesen Sie auch' inside, a standfirst.
t = "Lübeck: Marienkirche bekommt nach 80 Jahren wieder eine große Glocke"
stand = "Die neue Glocke wiegt neun Tonnen und soll zu Ostern zum ersten Mal läuten."
P = [
    stand,
    "Fast 80 Jahre nach der Zerstörung ihrer Glocken im Zweiten Weltkrieg bekommt die Lübecker Marienkirche wieder eine große Glocke. Sie wurde am Freitag in einer Gießerei in Karlsruhe gegossen.",
    "Die Gemeinde hat für die Glocke seit 2019 rund 600.000 Euro gesammelt. Mehr als 4000 Menschen haben gespendet, viele von ihnen kleine Beträge.",
    "„Für viele Lübecker ist das eine Herzensangelegenheit“, sagte Pastorin Annette Brockmann. Die Glocke soll im Februar nach Lübeck gebracht und im Turm aufgehängt werden.",
    "Die zerbrochenen alten Glocken bleiben als Mahnmal in der Gedenkkapelle liegen.",
]
url = "https://www.ln-online.example/lokales/luebeck/marienkirche-luebeck-neue-glocke-gegossen-ABC123XYZ.html"
page(
    "ln-online.example.marienkirche-glocke",
    dict(
        title=t,
        date="2025-12-05",
        language="de",
        url=url,
        people=["Annette Brockmann"],
        countries=["Germany"],
        note=note("Imitates an RND/Madsack regional paper: <title> 'headline | LN' (a short site abbreviation), og:site_name 'Lübecker Nachrichten'; JSON-LD NewsArticle with datePublished; the standfirst in <p class=Textstyled__Lead> (expected); author 'Kai Petersen' and <time datetime=2025-12-05T10:15:00+01:00>05.12.2025, 10:15 Uhr</time>; an 'Artikel anhören • 3 Min' player, 'Anzeige' slots and a 'Lesen Sie auch' teaser with a linked headline inside the text (none expected); a paywall-free story; 'Mehr zum Thema' and 'Kommentare' after. Lübeck, Karlsruhe."),
    ),
    P,
    head(f"{t} | LN", "de")
    + og(t, "Lübecker Nachrichten", url, stand)
    + art(url, t, "2025-12-05T10:15:00+01:00", "Lübecker Nachrichten", author="Kai Petersen")
    + '</head>\n<body>\n<div id="consent"><p>Wir verwenden Cookies und ähnliche Technologien. <button>Alle akzeptieren</button> <button>Einstellungen</button></p></div>\n'
    + '<header><a href="/" class="logo">Lübecker Nachrichten</a>' + nav([("lokales", "Lokales"), ("politik", "Politik"), ("sport", "Sport"), ("abo", "Abo")]) + '</header>\n'
    + '<main><article><div class="ArticleHeadstyled__Kicker">Lübeck</div><h1 class="ArticleHeadstyled__Headline">' + h(t) + '</h1><p class="Textstyled__Lead">' + h(stand) + '</p>'
    + '<div class="ArticleHeadstyled__Meta"><span class="author">Kai Petersen</span> <time datetime="2025-12-05T10:15:00+01:00">05.12.2025, 10:15 Uhr</time></div>'
    + '<div class="audio-player"><button>Artikel anhören</button> <span>• 3 Min</span></div>'
    + '<div class="ArticleBody">' + ps(P[1:3], "p", ' class="Textstyled__Text"')
    + '<div class="ad"><span class="ad-label">Anzeige</span></div>'
    + '<div class="teaser-inline"><span>Lesen Sie auch</span><a href="#">Lübecker Dom: Sanierung des Nordturms dauert länger</a></div>'
    + ps(P[3:], "p", ' class="Textstyled__Text"') + '</div></article>'
    + '<section><h2>Mehr zum Thema</h2><ul><li><a href="#">Glockengießerei in Karlsruhe: Handwerk mit Zukunft</a></li></ul></section><section class="comments"><h2>Kommentare</h2><p>Jetzt anmelden und mitdiskutieren.</p></section></main>\n'
    + '<footer><p>© Lübecker Nachrichten GmbH</p></footer>\n'
    + end(),
)

# 10. A French regional (Ouest-France-like): <title> 'headline' alone; 'Publié le 05/12/2025
# à 10h15' and 'Modifié le'; 'Lire aussi :' inside; 'Abonnez-vous' box; a standfirst.
t = "Quimper : la halle Saint-François rouvrira au printemps après deux ans de travaux"
stand = "Fermée depuis l’automne 2023, la halle du centre-ville accueillera de nouveau ses commerçants en avril 2026."
P = [
    stand,
    "Le chantier de la halle Saint-François touche à sa fin. Les commerçants devraient y revenir au mois d’avril, a annoncé vendredi la mairie de Quimper.",
    "Les travaux, d’un montant de 7,2 millions d’euros, ont permis de refaire la toiture, d’isoler le bâtiment et de créer une terrasse sur le côté de la rivière.",
    "« Nous avons gardé la structure de 1979, qui fait partie de l’identité du quartier », explique l’adjointe au commerce, Gaëlle Le Bihan.",
    "Vingt-deux étals sont prévus, dont quatre pour des producteurs qui ne viendront que le week-end.",
]
url = "https://www.ouest-atlantique.example/bretagne/quimper-29000/quimper-la-halle-saint-francois-rouvrira-au-printemps-7c2e1a10-d1b3-11f0.html"
page(
    "ouest-atlantique.example.quimper-halle",
    dict(
        title=t,
        date="2025-12-05",
        language="fr",
        url=url,
        people=["Gaëlle Le Bihan"],
        countries=["France"],
        note=note("Imitates a French regional daily (Ouest-France-like): <title> 'headline' followed by nothing; og:site_name 'Ouest-Atlantique'; the standfirst in <p class=su-lead> (expected); the byline 'Ouest-Atlantique Yann Kervella.' and 'Publié le 05/12/2025 à 10h15' / 'Modifié le 05/12/2025 à 11h40' in <time>; a 'Lire aussi : …' paragraph and an 'Abonnez-vous' box with prices inside the text (none expected); 'Voir le plan' link and a 'Commentaires' count; JSON-LD datePublished. Quimper."),
    ),
    P,
    head(t, "fr")
    + og(t, "Ouest-Atlantique", url, stand)
    + art(url, t, "2025-12-05T10:15:00+01:00", "Ouest-Atlantique", author="Yann Kervella", modified="2025-12-05T11:40:00+01:00")
    + '</head>\n<body>\n<header><a href="/" class="logo">Ouest-Atlantique</a>' + nav([("actualite", "Actualité"), ("bretagne", "Bretagne"), ("sport", "Sport"), ("abonnement", "S’abonner")]) + '</header>\n'
    + '<main><article class="su-article"><ol class="breadcrumb"><li><a href="/bretagne/">Bretagne</a></li><li><a href="/bretagne/quimper-29000/">Quimper</a></li></ol><h1>' + h(t) + '</h1><p class="su-lead">' + h(stand) + '</p>'
    + '<div class="su-author">Ouest-Atlantique <a href="#">Yann Kervella</a>.</div><div class="su-date">Publié le <time datetime="2025-12-05T10:15:00+01:00">05/12/2025 à 10h15</time> Modifié le <time datetime="2025-12-05T11:40:00+01:00">05/12/2025 à 11h40</time></div>'
    + '<div class="su-body">' + ps(P[1:3])
    + '<p class="lire-aussi"><strong>Lire aussi :</strong> <a href="#">Quimper : le marché de Noël s’installe place Saint-Corentin</a></p>'
    + '<div class="abo-box"><p>Abonnez-vous à Ouest-Atlantique</p><p>1 € le premier mois, sans engagement</p><a href="#">Je m’abonne</a></div>'
    + ps(P[3:]) + '</div></article><div class="comments-count"><a href="#">3 commentaires</a></div></main>\n'
    + '<footer><p>© Ouest-Atlantique 2025</p></footer>\n'
    + end(),
)

# 11. An Italian regional (GEDI-like): <title> 'headline - Il Tirreno Nord'; '05 dicembre
# 2025' with the time apart; 'LEGGI ANCHE' inside; the ANSA copyright after.
t = "Livorno, il porto compra quattro gru elettriche: addio al gasolio entro il 2027"
P = [
    "L’Autorità portuale di Livorno ha firmato il contratto per quattro nuove gru elettriche destinate al terminal container della Darsena Toscana. Sostituiranno le vecchie gru a gasolio entro il 2027.",
    "La spesa è di 38 milioni di euro, finanziati in parte con i fondi del Pnrr.",
    "«È il passo più importante per ridurre le emissioni nel porto», ha detto il presidente dell’Autorità, Marco Guidotti, durante la firma.",
    "Secondo le stime dell’ente, le nuove gru taglieranno di circa 6.000 tonnellate all’anno le emissioni di anidride carbonica.",
]
url = "https://www.iltirrenonord.example/livorno/cronaca/2025/12/05/news/porto_gru_elettriche-15234567/"
page(
    "iltirrenonord.example.livorno-gru-elettriche",
    dict(
        title=t,
        date="2025-12-05",
        language="it",
        url=url,
        people=["Marco Guidotti"],
        countries=["Italy"],
        note=note("Imitates an Italian regional daily on the GEDI platform: <title> 'headline - Il Tirreno Nord'; og:site_name; the date '05 Dicembre 2025' with '10:15' apart in <time class=story__date>, and in the URL; the text in div.story__text; a 'LEGGI ANCHE' box with two linked headlines and 'Ascolta questo articolo ora…' player (none expected); after the text 'Riproduzione riservata © Copyright ANSA' (not expected) and 'Argomenti' tags. Livorno."),
    ),
    P,
    head(f"{t} - Il Tirreno Nord", "it")
    + og(t, "Il Tirreno Nord", url, P[0])
    + '</head>\n<body>\n<header><a href="/" class="logo">Il Tirreno Nord</a>' + nav([("livorno", "Livorno"), ("pisa", "Pisa"), ("sport", "Sport"), ("abbonati", "Abbonati")]) + '</header>\n'
    + '<main><article class="story"><div class="story__overtitle"><a href="/livorno/">Livorno</a></div><h1 class="story__title">' + h(t) + '</h1>'
    + '<div class="story__meta"><span class="story__author">di Giulia Carli</span> <time class="story__date" datetime="2025-12-05T10:15:00+01:00">05 Dicembre 2025</time> <span class="story__time">10:15</span></div>'
    + '<div class="audio"><p>Ascolta questo articolo ora...</p><button>Play</button></div>'
    + '<div class="story__text">' + ps(P[:2])
    + '<div class="leggi-anche"><p>LEGGI ANCHE</p><ul><li><a href="#">Livorno, traghetti per la Corsica: più corse in estate</a></li><li><a href="#">Darsena Europa, via libera al secondo lotto</a></li></ul></div>'
    + ps(P[2:]) + '<p class="story__copyright">Riproduzione riservata © Copyright ANSA</p></div>'
    + '<div class="story__tags"><span>Argomenti</span> <a href="#">porto</a> <a href="#">ambiente</a></div></article></main>\n'
    + '<footer><p>GEDI News Network S.p.A. - P.IVA 00906801006</p></footer>\n'
    + end(),
)

# 12. A Dutch regional broadcaster (Omroep-like): <title> 'headline - Omroep Zeeland Nieuws';
# a relative 'vandaag, 10:15' only visible, the date in JSON-LD and meta; 'Lees ook' inside.
t = "Veerboot Vlissingen-Breskens vaart weken minder vaak door personeelstekort"
P = [
    "De voetveerboot tussen Vlissingen en Breskens vaart tot half januari minder vaak. Door een tekort aan personeel vervallen de afvaarten in de avond.",
    "Dat meldt de provincie Zeeland, die de veerdienst beheert. Vanaf maandag vertrekt de laatste boot uit Vlissingen om 19.15 uur in plaats van 22.15 uur.",
    "Gedeputeerde Willem de Kok noemt het ‘heel vervelend voor de reizigers’. ‘We zoeken met man en macht naar nieuwe matrozen, maar de markt is leeg.’",
    "Fietsers en voetgangers kunnen ’s avonds met een extra bus door de Westerscheldetunnel.",
]
url = "https://www.omroepzeeland.example/nieuws/178234/veerboot-vlissingen-breskens-vaart-minder-vaak"
page(
    "omroepzeeland.example.veerboot-personeelstekort",
    dict(
        title=t,
        date="2025-12-05",
        language="nl",
        url=url,
        people=["Willem de Kok"],
        countries=["Netherlands"],
        note=note("Expectation corrected after the first score: the lead photo's caption (without its credit) added to the text, the convention since extraction round 5. Imitates a Dutch regional broadcaster's news page: <title> 'headline - Omroep Zeeland Nieuws'; the only visible date a relative 'vandaag, 10:15' (the date in JSON-LD datePublished 2025-12-05T10:15+01:00 and article:published_time); a lead figure captioned 'De voetveerboot bij Vlissingen (foto: Omroep Zeeland)' (the caption expected, the credit not); the text in div.article__body, a 'Lees ook' block with a linked headline and an embedded video ('Bekijk hier de video') inside (none expected); 'Deel dit artikel' and 'Meer nieuws' after. Vlissingen, Zeeland."),
    ),
    ["De voetveerboot bij Vlissingen"] + P,
    head(f"{t} - Omroep Zeeland Nieuws", "nl")
    + og(t, "Omroep Zeeland", url, P[0])
    + '<meta property="article:published_time" content="2025-12-05T10:15:00+01:00">\n'
    + art(url, t, "2025-12-05T10:15:00+01:00", "Omroep Zeeland", author="Redactie")
    + '</head>\n<body>\n<header><a href="/" class="logo">Omroep Zeeland</a>' + nav([("nieuws", "Nieuws"), ("sport", "Sport"), ("radio", "Radio"), ("tv", "TV")]) + '</header>\n'
    + '<main><article class="article"><h1 class="article__title">' + h(t) + '</h1><div class="article__meta"><span class="article__date">vandaag, 10:15</span> <span class="article__category">Verkeer</span></div>'
    + '<figure><img src="/img/veer.jpg" alt=""><figcaption>De voetveerboot bij Vlissingen (foto: Omroep Zeeland)</figcaption></figure>'
    + '<div class="article__body">' + ps(P[:2])
    + '<div class="article__related"><span>Lees ook</span><a href="#">Nieuwe veerboot voor Westerschelde pas in 2027</a></div>'
    + '<div class="video-embed"><p>Bekijk hier de video</p><div class="player"></div></div>'
    + ps(P[2:]) + '</div><div class="share"><span>Deel dit artikel</span><a href="#">WhatsApp</a><a href="#">Facebook</a></div></article>'
    + '<section class="more-news"><h2>Meer nieuws</h2><ul><li><a href="#">Storing bij Sloebrug opgelost</a><span>gisteren, 17:40</span></li></ul></section></main>\n'
    + '<footer><p>© Omroep Zeeland</p></footer>\n'
    + end(),
)

# 13. A Brazilian portal (g1-like): <title> 'headline | Paraná | G1'; '05/12/2025 10h15
# Atualizado há 2 horas'; 'Leia também' list and 'VÍDEOS:' inside; the standfirst.
t = "Curitiba vai testar ônibus elétrico em linha expressa a partir de janeiro"
stand = "Veículo chinês vai circular por três meses na linha Santa Cândida/Capão Raso, segundo a prefeitura."
P = [
    stand,
    "A Prefeitura de Curitiba vai testar um ônibus elétrico articulado na linha expressa Santa Cândida/Capão Raso a partir de janeiro. O teste vai durar três meses.",
    "O veículo tem autonomia de 250 quilômetros e será carregado no terminal do Boqueirão durante a madrugada.",
    "\u201cQueremos saber como a bateria se comporta no calor e nas subidas da cidade\u201d, disse o presidente da Urbs, Ricardo Tavares.",
    "Se o teste for bem-sucedido, a prefeitura pretende comprar 70 ônibus elétricos até 2028.",
]
url = "https://g1-portal.example/pr/parana/noticia/2025/12/05/curitiba-vai-testar-onibus-eletrico-em-linha-expressa.ghtml"
page(
    "g1-portal.example.curitiba-onibus-eletrico",
    dict(
        title=t,
        date="2025-12-05",
        language="pt",
        url=url,
        people=["Ricardo Tavares"],
        countries=["Brazil"],
        note=note("Imitates a Brazilian news portal (g1-like): <title> 'headline | Paraná | G1' (section and site after bars); og:title the headline; the standfirst in <h2 class=content-head__subtitle> (expected); 'Por Ana Souza, g1 PR' and '05/12/2025 10h15 Atualizado há 2 horas' in <time itemprop=datePublished datetime=2025-12-05T13:15:00.000Z>; the text as <p class=content-text__container> in div.mc-column; inside it 'Leia também:' with a list of two links, and 'VÍDEOS: mais assistidos do g1 PR' with a video player (none expected). Curitiba, Paraná."),
    ),
    P,
    head(f"{t} | Paraná | G1", "pt-BR")
    + og(t, "g1", url, stand)
    + '</head>\n<body>\n<header><a href="/" class="logo">g1</a>' + nav([("pr", "Paraná"), ("economia", "Economia"), ("politica", "Política")]) + '</header>\n'
    + '<main><div class="content-head"><h1 class="content-head__title" itemprop="headline">' + h(t) + '</h1><h2 class="content-head__subtitle" itemprop="alternativeHeadline">' + h(stand) + '</h2></div>'
    + '<div class="content-publication-data"><p class="content-publication-data__from">Por <a href="#">Ana Souza</a>, g1 PR</p><p class="content-publication-data__updated"><time itemprop="datePublished" datetime="2025-12-05T13:15:00.000Z">05/12/2025 10h15</time> Atualizado há 2 horas</p></div>'
    + '<article itemprop="articleBody"><div class="mc-column content-text">' + ps(P[1:3], "p", ' class="content-text__container"') + '</div>'
    + '<div class="mc-column"><p><strong>Leia também:</strong></p><ul><li><a href="#">Tarifa de ônibus de Curitiba fica em R$ 6 em 2026</a></li><li><a href="#">Linha Verde terá novas estações</a></li></ul></div>'
    + '<div class="mc-column content-text">' + ps(P[3:], "p", ' class="content-text__container"') + '</div>'
    + '<div class="mc-column"><p><strong>VÍDEOS: mais assistidos do g1 PR</strong></p><div class="video-player"></div></div></article></main>\n'
    + '<footer><p>© Copyright 2000-2025 Globo Comunicação e Participações S.A.</p></footer>\n'
    + end(),
)

# 14. A Russian agency (RIA-like): <title> 'headline - РИА Новости, 05.12.2025' (the date after
# the site); 'МОСКВА, 5 дек — РИА Новости.' opening the text; '10:15 05.12.2025 (обновлено:
# 11:02 05.12.2025)'; 'Читайте также' inside.
t = "В Москве откроют три новые станции метро до конца года"
P = [
    "МОСКВА, 5 дек — РИА Новости. Три новые станции метро откроются в Москве до конца декабря, сообщил заместитель мэра по вопросам градостроительной политики Андрей Воронцов.",
    "Станции расположены на юго-западе города. По словам Воронцова, ими смогут пользоваться около 150 тысяч пассажиров в день.",
    "Строительство участка длиной 6,4 километра началось в 2021 году.",
]
url = "https://ria-novosti.example/20251205/metro-1987654321.html"
page(
    "ria-novosti.example.metro-tri-stantsii",
    dict(
        title=t,
        date="2025-12-05",
        language="ru",
        url=url,
        people=["Андрей Воронцов"],
        countries=["Russia"],
        note=note("Imitates a Russian news agency page (RIA-like): <title> 'headline - РИА Новости, 05.12.2025' (the date after the site's name), og:title the headline; '10:15 05.12.2025 (обновлено: 11:02 05.12.2025)' in div.article__info-date, the date also in the URL (/20251205/); the first paragraph opens with the dateline 'МОСКВА, 5 дек — РИА Новости.' (expected with it); a 'Читайте также' block with a linked headline inside the text and a photo credit '© РИА Новости / Иван Петров' (none expected); 'Подписаться' and 'Комментарии' after. Moscow."),
    ),
    P,
    head(f"{t} - РИА Новости, 05.12.2025", "ru")
    + og(t, "РИА Новости", url, P[0])
    + '</head>\n<body>\n<header><a href="/" class="logo">РИА Новости</a>' + nav([("politics", "Политика"), ("world", "В мире"), ("economy", "Экономика"), ("society", "Общество")]) + '</header>\n'
    + '<main><div class="article"><div class="article__header"><h1 class="article__title">' + h(t) + '</h1><div class="article__info"><div class="article__info-date"><a href="/20251205/">10:15 05.12.2025</a> <span class="article__info-date-modified">(обновлено: 11:02 05.12.2025)</span></div><div class="article__views">4512</div></div></div>'
    + '<div class="article__announce"><img src="/img/metro.jpg" alt=""><div class="photo-copyright">© РИА Новости / Иван Петров</div></div>'
    + '<div class="article__body">' + f'<div class="article__text">{h(P[0])}</div><div class="article__text">{h(P[1])}</div>'
    + '<div class="article__article"><span>Читайте также</span><a href="#">Собянин рассказал о планах по строительству метро</a></div>'
    + f'<div class="article__text">{h(P[2])}</div></div>'
    + '<div class="article__footer"><a href="#">Подписаться</a> <span>Комментарии</span></div></div></main>\n'
    + '<footer><p>© 2025 МИА «Россия сегодня»</p></footer>\n'
    + end(),
)

# 15. A Turkish daily (Hürriyet-like): <title> 'headline - Son Dakika Haberleri'; 'Giriş Tarihi:
# 05.12.2025 - 10:15' and 'Son Güncelleme'; 'Haberin Devamı' breaks inside the text, 'REKLAM'.
t = "İzmir'de metro hattı Narlıdere'ye uzatılıyor: ilk etap 2027'de açılacak"
stand = "İzmir Büyükşehir Belediyesi, Fahrettin Altay-Narlıdere metro hattının uzatılması için ihaleyi tamamladı."
P = [
    stand,
    "İzmir Büyükşehir Belediyesi, metro hattını Narlıdere'den Güzelbahçe'ye uzatacak projenin ihalesini tamamladı. Yedi kilometrelik hattın ilk etabının 2027'de açılması planlanıyor.",
    "Projenin maliyetinin 9,4 milyar lira olduğu açıklandı. Hat üzerinde beş yeni istasyon yer alacak.",
    "Belediye Başkanı Selin Aydoğan, \u201cGüzelbahçe'den Bornova'ya aktarmasız ulaşım sağlanacak\u201d dedi.",
    "Hattın tamamlanmasıyla günde 80 bin yolcu taşınması bekleniyor.",
]
url = "https://www.hurriyet-ege.example/yerel-haberler/izmir/izmirde-metro-hatti-narlidereye-uzatiliyor-42987654"
page(
    "hurriyet-ege.example.izmir-metro-narlidere",
    dict(
        title=t,
        date="2025-12-05",
        language="tr",
        url=url,
        people=["Selin Aydoğan"],
        countries=["Turkey"],
        note=note("Imitates a Turkish national daily's local page (Hürriyet-like): <title> 'headline - Son Dakika Haberleri' (the site's slogan after a hyphen), og:site_name 'Hürriyet Ege'; the standfirst in <h2 class=news-spot> (expected); 'Giriş Tarihi: 05.12.2025 - 10:15' and 'Son Güncelleme: 05.12.2025 - 11:02' in <time>s; inside the text 'Haberin Devamı' lines before each ad slot ('REKLAM') (none expected); 'İlgili Haberler' after. İzmir."),
    ),
    P,
    head(f"{t} - Son Dakika Haberleri", "tr")
    + og(t, "Hürriyet Ege", url, stand)
    + '</head>\n<body>\n<header><a href="/" class="logo">Hürriyet Ege</a>' + nav([("gundem", "Gündem"), ("ekonomi", "Ekonomi"), ("spor", "Spor"), ("yerel-haberler", "Yerel Haberler")]) + '</header>\n'
    + '<main><article class="news-detail"><h1 class="news-detail-title">' + h(t) + '</h1><h2 class="news-spot">' + h(stand) + '</h2>'
    + '<div class="news-date"><span>Giriş Tarihi: <time datetime="2025-12-05T10:15:00+03:00">05.12.2025 - 10:15</time></span> <span>Son Güncelleme: <time datetime="2025-12-05T11:02:00+03:00">05.12.2025 - 11:02</time></span></div>'
    + '<div class="news-content">' + ps(P[1:2]) + '<div class="haberin-devami">Haberin Devamı</div><div class="ad"><span>REKLAM</span></div>'
    + ps(P[2:4]) + '<div class="haberin-devami">Haberin Devamı</div><div class="ad"><span>REKLAM</span></div>' + ps(P[4:]) + '</div></article>'
    + '<section class="related"><h3>İlgili Haberler</h3><ul><li><a href="#">İzmir\'de tramvay seferleri uzatıldı</a></li></ul></section></main>\n'
    + '<footer><p>© 2025 Hürriyet Ege</p></footer>\n'
    + end(),
)

# 16. A Korean agency (Yonhap-like): <title> 'headline | 연합뉴스'; '송고2025-12-05 10:15'; the
# first paragraph opens '(부산=연합뉴스) 김민수 기자 = '; the reporter's e-mail and the
# copyright line after.
t = "부산 북항 재개발 2단계 착공…2030년 완공 목표"
P = [
    "(부산=연합뉴스) 김민수 기자 = 부산 북항 재개발 2단계 사업이 5일 착공식을 열고 본격적인 공사에 들어갔다.",
    "2단계 사업은 자성대 부두와 주변 철도 부지 약 228만㎡를 주거, 업무, 문화 공간으로 바꾸는 것으로, 총사업비는 4조5천억원이다.",
    "박재현 부산시장은 착공식에서 \"북항을 시민에게 돌려주는 사업\"이라며 \"2030년까지 차질 없이 완공하겠다\"고 말했다.",
    "부산시는 2단계 사업이 끝나면 약 3만 명의 일자리가 생길 것으로 예상했다.",
]
url = "https://www.yonhap-news.example/view/AKR20251205045100051"
page(
    "yonhap-news.example.busan-bukhang-2",
    dict(
        title=t,
        date="2025-12-05",
        language="ko",
        url=url,
        people=["박재현"],
        countries=["South Korea"],
        note=note("Expectation corrected after the first score: the lead photo's caption (without its credit) added to the text, the convention since extraction round 5. Imitates a Korean news agency page (Yonhap-like): <title> 'headline | 연합뉴스'; '송고2025-12-05 10:15' (label glued to the date) in p.update-time, JSON-LD datePublished; the first paragraph opens with '(부산=연합뉴스) 김민수 기자 = ' (expected with it); after the text the reporter's e-mail 'minsu@yna.co.kr' and '<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>' (not expected); a photo caption '부산 북항 재개발 2단계 착공식' (expected) ending with the credit '[부산시 제공. 재판매 및 DB 금지]' (not expected); '관련 뉴스' after. Busan."),
    ),
    ["부산 북항 재개발 2단계 착공식"] + P,
    head(f"{t} | 연합뉴스", "ko")
    + og(t, "연합뉴스", url, P[0])
    + art(url, t, "2025-12-05T10:15:00+09:00", "연합뉴스", author="김민수")
    + '</head>\n<body>\n<header><a href="/" class="logo">연합뉴스</a>' + nav([("politics", "정치"), ("economy", "경제"), ("society", "사회"), ("local", "전국")]) + '</header>\n'
    + '<main><div class="content03"><header class="title-article01"><h1 class="tit">' + h(t) + '</h1><p class="update-time">송고2025-12-05 10:15</p></header>'
    + '<article class="story-news article"><div class="comp-box photo-group"><figure><img src="/img/bukhang.jpg" alt=""><figcaption>부산 북항 재개발 2단계 착공식 [부산시 제공. 재판매 및 DB 금지]</figcaption></figure></div>'
    + ps(P) + '<p class="txt-copyright adrs">minsu@yna.co.kr</p><p class="txt-copyright">&lt;저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지&gt;</p></article>'
    + '<section class="related"><h2>관련 뉴스</h2><ul><li><a href="#">부산 북항 1단계 친수공원 개방</a></li></ul></section></div></main>\n'
    + '<footer><p>Copyright (c) Yonhap News Agency</p></footer>\n'
    + end(),
)

# 17. A Chinese portal (Sina-like): <title> 'headline_新闻中心_新浪网' (underscores); '2025年12月05日
# 10:15' and the source beside it; '责任编辑：' after the text; a JSON-less page.
t = "杭州地铁10号线北延段开通 沿线居民通勤时间缩短一半"
P = [
    "12月5日上午，杭州地铁10号线北延段正式开通运营。新开通的线路全长6.8公里，设车站4座。",
    "据杭州地铁集团介绍，北延段开通后，沿线居民到市中心的通勤时间将由原来的一个多小时缩短到30分钟左右。",
    "开通首日，不少市民专程前来体验。家住良渚的王女士说：“以前上班要换两次公交，现在坐地铁就能直达。”",
    "杭州地铁集团表示，明年还将有两条新线路开通。",
]
url = "https://news.sina-portal.example/c/2025-12-05/doc-inahxyzk1234567.shtml"
page(
    "sina-portal.example.hangzhou-metro-10",
    dict(
        title=t,
        date="2025-12-05",
        language="zh",
        url=url,
        people=[],
        countries=["China"],
        note=note("Imitates a Chinese portal's news page (Sina-like): <title> 'headline_新闻中心_新浪网' (underscores as separators), og:title the headline; '2025年12月05日 10:15' in <span class=date> beside the source '浙江日报' (no meta date; the date in the URL too); the text in div#article, paragraphs indented with fullwidth spaces; '责任编辑：李明' after it, a '新浪新闻' app prompt and '相关新闻' (none expected). Hangzhou."),
    ),
    P,
    head(f"{t}_新闻中心_新浪网", "zh-CN")
    + f'<meta property="og:title" content="{t}">\n<meta property="og:type" content="news">\n<link rel="canonical" href="{url}">\n'
    + '</head>\n<body>\n<div class="top-nav"><a href="/">新浪首页</a> <a href="#">新闻</a> <a href="#">体育</a> <a href="#">财经</a> <a href="#">娱乐</a></div>\n'
    + '<div class="main-content"><h1 class="main-title">' + h(t) + '</h1><div class="top-bar"><div class="date-source"><span class="date">2025年12月05日 10:15</span> <a class="source" href="#">浙江日报</a></div><div class="share">分享到：<a href="#">微博</a> <a href="#">微信</a></div></div>'
    + '<div class="article" id="article">' + "".join(f"<p>\u3000\u3000{h(p)}</p>" for p in P)
    + '<p class="show_author">责任编辑：李明</p></div>'
    + '<div class="app-promo"><p>新浪新闻客户端，一手掌握最新资讯</p><a href="#">下载</a></div>'
    + '<div class="related"><h2>相关新闻</h2><ul><li><a href="#">杭州地铁3号线西延段明年开通</a></li></ul></div></div>\n'
    + '<footer><p>Copyright © 1996-2025 SINA Corporation</p></footer>\n'
    + end(),
)

# 18. A Japanese broadcaster (NHK-like): <title> 'headline | NHK | 鉄道'; '2025年12月5日 10時15分'
# in a <time>; the text in sections with <h2> subheadings; 'この記事を共有' after.
t = "北陸新幹線 敦賀以西の工事に向け環境調査を開始"
P = [
    "北陸新幹線の敦賀から新大阪までの延伸に向けて、鉄道建設・運輸施設整備支援機構は5日、京都府内で環境調査を始めました。",
    "調査は3年程度かかる見込みで、地下水や文化財への影響を詳しく調べます。",
    "地元の反応",
    "沿線の住民からは、工事による地下水への影響を心配する声が出ています。京都市の担当者は「住民への丁寧な説明を求めていく」と話しています。",
]
url = "https://www3.nhk-news.example/news/html/20251205/k10014567891000.html"
page(
    "nhk-news.example.hokuriku-shinkansen-chosa",
    dict(
        title=t,
        date="2025-12-05",
        language="ja",
        url=url,
        people=[],
        countries=["Japan"],
        note=note("Imitates a Japanese broadcaster's news page (NHK-like): <title> 'headline | NHK | 鉄道' (site and category after bars); <time datetime=2025-12-05T10:15> '2025年12月5日 10時15分' under the <h1>, the date in the URL too; the text in section.content--detail-body with an <h2> subheading (expected); 'この記事を共有', 'あわせて読みたい' with linked headlines and dates after (none expected). Kyoto."),
    ),
    P,
    head(f"{t} | NHK | 鉄道", "ja")
    + og(t, "NHKニュース", url, P[0])
    + '</head>\n<body>\n<header><a href="/" class="logo">NHK</a>' + nav([("news", "ニュース"), ("weather", "天気"), ("live", "ライブ")]) + '</header>\n'
    + '<main><article class="module--detail"><header class="content--header"><h1 class="content--title">' + h(t) + '</h1><p class="content--date"><time datetime="2025-12-05T10:15">2025年12月5日 10時15分</time></p><div class="content--tags"><a href="#">鉄道</a></div></header>'
    + '<section class="content--detail-body"><div class="body-text">' + ps(P[:2]) + f'</div><h2 class="body-title">{h(P[2])}</h2><div class="body-text">{ps(P[3:])}</div></section>'
    + '<div class="share"><p>この記事を共有</p><a href="#">X</a> <a href="#">LINE</a></div></article>'
    + '<section class="related"><h2>あわせて読みたい</h2><ul><li><a href="#">北陸新幹線 延伸ルート 小浜・京都ルートで調整</a><time>12月1日 18時02分</time></li></ul></section></main>\n'
    + '<footer><p>Copyright NHK (Japan Broadcasting Corporation) All rights reserved.</p></footer>\n'
    + end(),
)

# 19. An Arab broadcaster's site (Al Jazeera-like): <title> 'headline | أخبار | الجزيرة نت';
# the date '5/12/2025' visible with 'آخر تحديث'; 'اقرأ أيضا' list inside the text.
t = "المغرب يفتتح أكبر محطة لتحلية مياه البحر في أفريقيا"
P = [
    "افتتح المغرب، اليوم الجمعة، محطة لتحلية مياه البحر قرب مدينة الدار البيضاء، قالت السلطات إنها الأكبر في أفريقيا.",
    "وتبلغ طاقة المحطة 300 مليون متر مكعب سنويا، وستزود نحو 7 ملايين شخص بمياه الشرب.",
    "وقالت وزيرة الانتقال الطاقي سلمى الإدريسي إن المحطة تعمل بالطاقة المتجددة بالكامل.",
    "ويعاني المغرب من جفاف متواصل منذ ست سنوات أدى إلى تراجع كبير في مخزون السدود.",
]
url = "https://www.aljazeera-net.example/ebusiness/2025/12/5/المغرب-يفتتح-أكبر-محطة-لتحلية"
page(
    "aljazeera-net.example.maghreb-desalination",
    dict(
        title=t,
        date="2025-12-05",
        language="ar",
        url=url,
        people=["سلمى الإدريسي"],
        countries=["Morocco"],
        note=note("Imitates an Arab broadcaster's site (Al Jazeera-like), right to left: <title> 'headline | اقتصاد | الجزيرة نت' (section and site after bars); the date '5/12/2025' visible in div.date-simple with 'آخر تحديث: 5/12/2025 12:40 (توقيت مكة)', the date in the URL (/2025/12/5/) and JSON-LD datePublished; the text in div.wysiwyg with an 'اقرأ أيضا' list of three linked headlines inside (none expected); 'المصدر : الجزيرة + وكالات' after (not expected). Morocco, Casablanca."),
    ),
    P,
    head(f"{t} | اقتصاد | الجزيرة نت", "ar", ' dir="rtl"')
    + og(t, "الجزيرة نت", url, P[0])
    + art(url, t, "2025-12-05T09:12:00Z", "الجزيرة نت", author="الجزيرة نت")
    + '</head>\n<body>\n<header><a href="/" class="logo">الجزيرة نت</a>' + nav([("news", "أخبار"), ("ebusiness", "اقتصاد"), ("sport", "رياضة")]) + '</header>\n'
    + '<main><article class="article"><header class="article-header"><div class="topics"><a href="#">اقتصاد</a></div><h1>' + h(t) + '</h1></header>'
    + '<div class="article-dates"><div class="date-simple"><span>5/12/2025</span></div><div class="article-last-updated">آخر تحديث: 5/12/2025 12:40 (توقيت مكة)</div></div>'
    + '<div class="wysiwyg wysiwyg--all-content">' + ps(P[:2])
    + '<div class="more-on"><h2>اقرأ أيضا</h2><ul><li><a href="#">الجفاف يهدد محصول القمح في المغرب</a></li><li><a href="#">الجزائر تبني خمس محطات للتحلية</a></li><li><a href="#">مصر تطلق برنامجا لتحلية المياه</a></li></ul></div>'
    + ps(P[2:]) + '<p class="article-source">المصدر : الجزيرة + وكالات</p></div></article></main>\n'
    + '<footer><p>© 2025 شبكة الجزيرة الإعلامية</p></footer>\n'
    + end(),
)


if __name__ == "__main__":
    write(PAGES)
