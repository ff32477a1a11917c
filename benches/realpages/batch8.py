#!/usr/bin/env python3
"""Writes batch 8 of the written pages (issue #15, extraction round 8) into `extra/`.

Each page is its HTML, its expected text and its labels, written together before anything
ran on them; events and people are fictional. Batch 8 imitates the markup real publishing
systems produce today and no earlier batch had: an Arc XP paper with a wire credit, a
Brightspot TV station, a Substack post, a PR Newswire release, a Discourse forum topic, a
tagDiv WordPress review with Jetpack's share row, likes and related grid, a Drupal regional
paper carrying an EFE story, a hydrated Brazilian portal, a Blogger blog (whose `<h1>` is
the blog's name), a Next.js Dutch site with `__NEXT_DATA__`, a Polish review with a score
box, a Russian Osnova-style blog post, a Turkish AMP recipe, an Indonesian how-to, a
Japanese PR TIMES-style release, a WeChat article, a Korean Yonhap story, an Arabic Jannah
theme, a Persian agency page and a Hindi AMP how-to with an FAQ. Titles differ between
`<title>`, `og:title` and `<h1>` on several, the site's name sits in unusual places
(first, behind "- by Author -", behind a section), and some dates stand only in a dateline,
a relative time beside metadata, a "송고" line or the URL.
Run from anywhere: `python3 benches/realpages/batch8.py`.
"""
import html
import json

from batch_kit import end, h, head, jsonld, lis, nav, og, page, PAGES, ps, write


# 1. An Arc XP regional daily: `<title>`, og:title and `<h1>` all differ; the story in
# `article-body` paragraphs cut by "ADVERTISEMENT" slots and a "More on this story" link
# list; the wire credit in italics at the end; Fusion's globalContent JSON in a plain
# script; a subscriber prompt and a "Most popular" rail.
t = "Westfield schools cut 14 bus routes and ask parents to drive as driver shortage deepens"
P = [
    "The Westfield City School District will stop running 14 of its 61 bus routes on Monday, leaving about 1,100 students to find another way to school after months of failed efforts to hire drivers.",
    "Superintendent Marisol Vega told the school board on Tuesday night that the district had 19 driver vacancies and that substitutes and mechanics had been covering routes since the autumn. \u201cWe simply cannot put a bus on the road without a licensed driver behind the wheel,\u201d she said.",
    "Families affected by the cuts received letters on Wednesday. Students who live within two miles of their school will be asked to walk or be driven, and the district will pay parents who drive other children a mileage allowance of 40 cents a mile.",
    "The district raised starting pay for drivers to $24 an hour in January, the highest in the county, and offered a $2,000 signing bonus. Only three new drivers have been hired since then, according to figures presented to the board.",
    "Dale Hutchins, who has driven a Westfield bus for 22 years, said many older drivers retired during the pandemic and that younger applicants are put off by split shifts. \u201cYou work two hours in the morning and two in the afternoon, and the middle of your day is gone,\u201d he said.",
    "State education officials said at least nine other districts in Ohio have cut routes this school year. The Ohio Department of Education is offering free commercial driver's license training to school employees through the end of June.",
    "Board members voted 4-1 to review the cuts in April. Vega said routes would return as soon as drivers were hired, starting with those serving elementary schools.",
]
url = "https://www.lakeshorestar.com/news/education/2025/02/26/westfield-schools-cut-bus-routes-driver-shortage/XK4Q2M7RZ5BHTJ3N/"
fusion = {"globalContent": {"_id": "XK4Q2M7RZ5BHTJ3N", "type": "story", "headlines": {"basic": t, "web": "Westfield schools cut 14 bus routes as driver shortage deepens"}, "first_publish_date": "2025-02-26T11:00:12.441Z", "display_date": "2025-02-26T11:00:12.441Z", "credits": {"by": [{"name": "Hannah Okafor"}]}, "content_elements": [{"type": "text", "content": p} for p in P] + [{"type": "text", "content": "<i>The Associated Press contributed to this report.</i>"}]}}
page(
    "lakeshorestar.com.westfield-bus-routes",
    dict(
        title=t,
        date="2025-02-26",
        language="en",
        url=url,
        people=["Marisol Vega", "Dale Hutchins"],
        countries=["United States"],
        note="Batch 8 (written before anything ran on it; fictional). Imitates an Arc XP regional daily: <title> 'Bus driver shortage: Westfield cuts 14 school bus routes | Lakeshore Star', og:title 'Westfield schools cut 14 bus routes as driver shortage deepens', <h1> the headline (all three differ; expected the <h1>); paragraphs <p class=c-paragraph data-el=text> cut by 'ADVERTISEMENT' slots and a 'More on this story' link list; the italic wire credit 'The Associated Press contributed to this report.' (not expected); Fusion.globalContent in a plain <script>; a subscriber prompt and 'Most popular' rail. Date in JSON-LD and 'Published Feb. 26, 2025 at 6:00 a.m. EST'.",
    ),
    P,
    head("Bus driver shortage: Westfield cuts 14 school bus routes | Lakeshore Star", "en")
    + og("Westfield schools cut 14 bus routes as driver shortage deepens", "Lakeshore Star", url, "About 1,100 students will need another way to school from Monday.")
    + jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Westfield schools cut 14 bus routes as driver shortage deepens", "datePublished": "2025-02-26T06:00:12-05:00", "dateModified": "2025-02-26T09:41:00-05:00", "author": [{"@type": "Person", "name": "Hannah Okafor"}], "publisher": {"@type": "Organization", "name": "Lakeshore Star"}})
    + "</head>\n<body>\n<div id=\"fusion-app\" class=\"layout-section\">"
    + '<header class="c-header"><a class="c-logo" href="/">Lakeshore Star</a>' + nav([("news", "News"), ("news/education", "Education"), ("sports", "Sports"), ("business", "Business"), ("opinion", "Opinion"), ("obituaries", "Obituaries")], "c-nav") + '<a class="c-subscribe" href="/subscribe/">Subscribe for $1</a> <a href="/login/">Log in</a></header>\n'
    + '<main><div class="b-single-chain"><div class="c-overline"><a href="/news/education/">Education</a></div>'
    + '<h1 class="c-heading b-headline">' + h(t) + '</h1>'
    + '<div class="c-attribution">By <a href="/people/hannah-okafor/">Hannah Okafor</a>, Lakeshore Star</div><div class="c-date"><time datetime="2025-02-26T11:00:12.441Z">Published Feb. 26, 2025 at 6:00 a.m. EST</time> | Updated 2 hours ago</div>'
    + '<div class="c-share"><button>Share</button><a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a> <a href="#">Gift this article</a></div>\n'
    + '<figure class="c-media-item"><img src="https://cloudfront-us-east-1.images.arcpublishing.com/lakeshore/BUS.jpg" alt=""><figcaption class="c-media-item__caption"><span class="c-media-item__credit">(Lakeshore Star file photo)</span></figcaption></figure>\n'
    + '<article class="b-article-body">'
    + "".join(f'<p class="c-paragraph" data-el="text">{h(p)}</p>' for p in P[:3])
    + '<div class="b-ad-block"><div class="c-ad"><p class="c-ad__label">ADVERTISEMENT</p><div id="arcad_feature-0"></div></div></div>'
    + "".join(f'<p class="c-paragraph" data-el="text">{h(p)}</p>' for p in P[3:5])
    + '<div class="c-link-list"><h2 class="c-link-list__title">More on this story</h2><ul><li><a href="/news/education/2025/01/14/westfield-raises-bus-driver-pay/">Westfield raises bus driver pay to $24 an hour</a></li><li><a href="/news/2024/09/03/school-bus-delays-first-week/">Parents report hour-long bus delays in first week of school</a></li></ul></div>'
    + '<div class="b-ad-block"><div class="c-ad"><p class="c-ad__label">ADVERTISEMENT</p><div id="arcad_feature-1"></div></div></div>'
    + "".join(f'<p class="c-paragraph" data-el="text">{h(p)}</p>' for p in P[5:])
    + '<p class="c-paragraph" data-el="text"><i>The Associated Press contributed to this report.</i></p>'
    + '</article>\n'
    + '<div class="c-paywall-prompt"><p>Local journalism needs your support. Subscribe today for unlimited access to the Lakeshore Star.</p><a href="/subscribe/">Subscribe</a></div>'
    + '<div class="c-most-popular"><h2>Most popular</h2><ol><li><a href="/news/2025/02/25/lake-effect-snow/">Lake-effect snow to bring up to a foot to eastern suburbs</a></li><li><a href="/sports/2025/02/25/hawks-playoffs/">Hawks clinch playoff spot with overtime win</a></li><li><a href="/business/2025/02/24/plant-closing/">Glass plant to close in June, cutting 240 jobs</a></li></ol></div>'
    + '</div></main>\n<footer class="c-footer"><p>\u00a9 2025 Lakeshore Star. All rights reserved.</p><a href="/privacy/">Privacy Policy</a> <a href="/terms/">Terms of Service</a> <a href="/ca-notice/">Do Not Sell or Share My Personal Information</a></footer></div>\n'
    + '<script>window.Fusion=window.Fusion||{};Fusion.arcSite="lakeshore";Fusion.globalContent=' + json.dumps(fusion["globalContent"]) + ';Fusion.deployment="1187";</script>\n'
    + end(),
)

# 2. A Brightspot local TV station: the station's name first in <title> behind an en dash;
# the story in RichTextArticleBody with Enhancement modules (a related-story promo and a
# video) between paragraphs; "Copyright 2025 KVTV. All rights reserved." after the story;
# the date only in the visible "Published:" line.
t = "Boil-water notice lifted for east Pueblo after main break"
P = [
    "Residents in east Pueblo can use their tap water again after the city lifted a boil-water notice that had been in place since Saturday, Pueblo Water said Tuesday afternoon.",
    "The notice covered about 6,300 homes and businesses east of the Arkansas River after a 24-inch water main broke near Northern Avenue, dropping pressure across the area and raising the risk of contamination.",
    "Tom Briggs, the utility's director of operations, said two rounds of samples taken Monday and Tuesday came back clean. \u201cWe know this was a long four days for people, and we appreciate their patience,\u201d Briggs said.",
    "Crews replaced a 40-foot section of the main, which was installed in 1958. Briggs said the utility plans to replace about three miles of pipe of the same age over the next two years.",
    "Customers are asked to run their cold-water taps for five minutes before using the water, and to throw away ice made during the notice.",
    "Angela Ruiz, who owns a bakery on East 4th Street, said she had to close for two days. \u201cWe lost the whole weekend. You can't bake bread with bottled water,\u201d she said.",
    "The city says customers who had to buy bottled water can apply for a credit on their next bill through the end of March.",
]
url = "https://www.kvtv7.com/2025/03/04/boil-water-notice-lifted-east-pueblo-after-main-break/"
page(
    "kvtv7.com.boil-water-lifted",
    dict(
        title=t,
        date="2025-03-04",
        language="en",
        url=url,
        people=["Tom Briggs", "Angela Ruiz"],
        countries=["United States"],
        note="Batch 8 (written before anything ran on it; fictional). Imitates a Brightspot local TV page: <title> 'KVTV 7 News \u2013 headline' (station first, en dash), og:title the headline; body <div class='RichTextArticleBody RichTextBody'> with <div class=Enhancement> modules between paragraphs (a PromoB related story with title and description, a video player with its title); 'Copyright 2025 KVTV. All rights reserved.' as the last <p> (not expected); date only in 'Published: Mar. 4, 2025 at 5:41 PM CST' and 'Updated: 8 hours ago'; 'Most Read' list and a 'Latest News' list of promos.",
    ),
    P,
    head(f"KVTV 7 News \u2013 {t}", "en")
    + '<meta property="og:title" content="' + html.escape(t) + '">\n<meta property="og:type" content="article">\n<meta property="og:url" content="' + url + '">\n<link rel="canonical" href="' + url + '">\n'
    + "</head>\n<body class=\"ArticlePage\">\n"
    + '<header class="Page-header"><a class="Page-header-logo" href="/">KVTV 7</a>' + nav([("news", "News"), ("weather", "First Alert Weather"), ("sports", "Sports"), ("watch", "Watch Live"), ("contact", "Contact Us")], "Navigation") + '</header>\n'
    + '<div class="Page-content"><main class="Page-main"><div class="ArticlePage-mainContent">'
    + '<div class="Page-breadcrumbs"><a href="/news">News</a></div><h1 class="Page-headline">' + h(t) + '</h1>'
    + '<div class="Page-byline"><div class="Page-authors">By <a href="/authors/jake-morrow">Jake Morrow</a></div><div class="Page-datePublished">Published: Mar. 4, 2025 at 5:41 PM CST</div><div class="Page-dateModified">Updated: 8 hours ago</div></div>'
    + '<div class="ActionBar"><ul><li><a href="#">Share on Facebook</a></li><li><a href="#">Email This Link</a></li><li><a href="#">Share on X (formerly Twitter)</a></li><li><a href="#">Share on Pinterest</a></li><li><a href="#">Share on LinkedIn</a></li></ul></div>'
    + '<div class="Page-articleBody"><div class="RichTextArticleBody RichTextBody">'
    + ps(P[:2])
    + '<div class="Enhancement" data-align-center><div class="Enhancement-item"><div class="PromoB"><div class="PromoB-content"><div class="PromoB-category">Related</div><div class="PromoB-title"><a href="/2025/03/01/water-main-break-floods-northern-avenue/">Water main break floods Northern Avenue, thousands under boil notice</a></div><div class="PromoB-description">Crews worked through the night to isolate a broken main that sent water rushing down Northern Avenue.</div></div></div></div></div>'
    + ps(P[2:4])
    + '<div class="Enhancement"><div class="Enhancement-item"><div class="VideoEnhancement"><div class="VideoEnhancement-title">Pueblo Water explains what to do when a boil notice ends</div><div class="VideoEnhancement-player"><button>Play</button></div><div class="VideoEnhancement-duration">1:42</div></div></div></div>'
    + ps(P[4:])
    + '<p>Copyright 2025 KVTV. All rights reserved.</p>'
    + '</div></div></div>\n'
    + '<aside class="Page-aside"><div class="List"><h2 class="List-title">Most Read</h2><ul><li><a href="/2025/03/03/i-25-crash/">One dead after wrong-way crash on I-25</a></li><li><a href="/2025/03/02/snow-totals/">Snow totals: up to 10 inches in the Wet Mountains</a></li><li><a href="/2025/03/03/restaurant-inspections/">Restaurant inspections: three closed for pests</a></li></ul></div>'
    + '<div class="List"><h2 class="List-title">Latest News</h2><div class="PromoB"><div class="PromoB-title"><a href="/2025/03/04/school-board/">School board delays vote on four-day week</a></div><div class="PromoB-description">Board members said they want more feedback from teachers before deciding on the calendar change for next year.</div></div><div class="PromoB"><div class="PromoB-title"><a href="/2025/03/04/fairgrounds/">State fair names new general manager</a></div><div class="PromoB-description">The new manager comes from the Wyoming State Fair and starts in April, weeks before planning for the summer begins.</div></div></div></aside>'
    + '</main></div>\n<footer class="Page-footer"><p>KVTV 7, 2100 N Elizabeth St, Pueblo, CO 81003</p><a href="/eeo">EEO Report</a> <a href="/fcc">FCC Applications</a> <a href="/privacy">Privacy Policy</a> <a href="/closed-captioning">Closed Captioning/Audio Description</a></footer>\n'
    + end(),
)

# 3. A Substack post: <title> "Post - by Author - Publication"; a subtitle under the
# headline (expected); subscription widgets and "Share" buttons between paragraphs; two
# footnotes (expected); the post footer's "Leave a comment", likes and a comment thread.
t = "The quiet crisis in small-town bond ratings"
sub = "When a rating agency downgrades a town of 8,000 people, nobody writes about it. The residents pay for it anyway."
P = [
    sub,
    "Last month, a rating agency cut the credit rating of Millbrook, a town of about 8,000 people in New York's Hudson Valley, by two notches. The town had done nothing dramatic. It had simply used its reserves three years in a row to keep property taxes flat.",
    "The downgrade will cost Millbrook real money. The town plans to borrow $12 million next year to replace a water treatment plant, and at the lower rating it will probably pay about 0.4 percentage points more in interest. Over a 25-year bond, that is close to $700,000.",
    "Why this keeps happening",
    "Small towns rarely have a finance director. In Millbrook, the budget is prepared by a part-time comptroller and a clerk, and nobody on staff had spoken to a rating analyst before the review began.",
    "Rebecca Stanton, who advises small municipalities on borrowing, told me the problem is almost always the same. \u201cThe agencies are not punishing towns for being small. They are punishing them for not explaining themselves,\u201d she said.",
    "She recommends that towns publish a simple multi-year plan for their reserves before a review, even if it is only two pages long.",
    "What residents can do",
    "Rating reports are public, but they are expensive to read in full. Residents can still ask their town board a few questions: how large the reserve is, how many months of spending it covers, and what the plan is to rebuild it.",
    "The agencies' own methodology documents say as much: a written reserve policy is one of the factors analysts consider for governments of every size.",
    "Most agencies consider a reserve of less than 8 percent of annual spending weak for a town this size.",
]
url = "https://theledgerline.substack.com/p/the-quiet-crisis-in-small-town-bond"
page(
    "theledgerline.substack.com.small-town-bond-ratings",
    dict(
        title=t,
        date="2025-03-09",
        language="en",
        url=url,
        people=["Rebecca Stanton"],
        countries=["United States"],
        note="Batch 8 (written before anything ran on it; fictional). Imitates a Substack post: <title> 'headline - by Nora Whitfield - The Ledger Line', og:title the headline, <h1 class=post-title> and <h3 class=subtitle> (the subtitle expected as the standfirst); <div class='available-content'><div class='body markup'> holding <h2> subheadings, a subscription widget ('Thanks for reading The Ledger Line! Subscribe for free ...' with a form) and a 'Share' button-wrapper between paragraphs, two footnotes at the end (expected without their numbers); the post footer with like and comment counts, 'Leave a comment', 'Discussion about this post' and two comments. Date in JSON-LD and the visible 'Mar 09, 2025'. 'New York's Hudson Valley' places the town.",
    ),
    P,
    head(f"{t} - by Nora Whitfield - The Ledger Line", "en")
    + og(t, "The Ledger Line", url, sub)
    + jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "url": url, "mainEntityOfPage": url, "headline": t, "description": sub, "datePublished": "2025-03-09T12:02:11+00:00", "dateModified": "2025-03-09T12:02:11+00:00", "isAccessibleForFree": True, "author": [{"@type": "Person", "name": "Nora Whitfield", "url": "https://substack.com/@norawhitfield"}], "publisher": {"@type": "Organization", "name": "The Ledger Line"}})
    + "</head>\n<body>\n<div id=\"entry\"><div class=\"main-menu\"><div class=\"topbar\"><a class=\"navbar-title-link\" href=\"/\">The Ledger Line</a><a class=\"button primary\" href=\"/subscribe\">Subscribe</a><a href=\"/sign-in\">Sign in</a></div></div>\n"
    + '<div class="single-post-container"><div class="container"><div class="single-post"><article class="typography newsletter-post post">'
    + '<div class="post-header"><h1 class="post-title published">' + h(t) + '</h1><h3 class="subtitle">' + h(sub) + '</h3>'
    + '<div class="post-meta"><div class="byline-names"><a href="https://substack.com/@norawhitfield">Nora Whitfield</a></div><div class="post-date" title="Sun, 09 Mar 2025 12:02:11 GMT">Mar 09, 2025</div><div class="post-ufi"><a class="like-button">42</a> <a class="comment-button">7</a> <a class="share-button">Share</a></div></div></div>\n'
    + '<div class="available-content"><div class="body markup" dir="auto">'
    + ps(P[1:3])
    + '<div class="subscription-widget-wrap-editor" data-attrs="{&quot;url&quot;:&quot;https://theledgerline.substack.com/subscribe?&quot;}"><div class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">Thanks for reading The Ledger Line! Subscribe for free to receive new posts and support my work.</p></div><form class="subscription-widget-subscribe"><input type="email" class="email-input" placeholder="Type your email\u2026"><input type="submit" class="button primary" value="Subscribe"></form></div></div>'
    + f'<h2 class="header-anchor-post">{h(P[3])}</h2>' + ps(P[4:6])
    + f'<p>{h(P[6])}<a class="footnote-anchor" id="footnote-anchor-1" href="#footnote-1">1</a></p>'
    + '<p class="button-wrapper" data-attrs="{&quot;url&quot;:&quot;https://theledgerline.substack.com/p/the-quiet-crisis-in-small-town-bond?utm_source=substack&amp;utm_medium=email&amp;utm_content=share&amp;action=share&quot;,&quot;text&quot;:&quot;Share&quot;}"><a class="button primary" href="https://theledgerline.substack.com/p/the-quiet-crisis-in-small-town-bond?action=share"><span>Share</span></a></p>'
    + f'<h2 class="header-anchor-post">{h(P[7])}</h2>'
    + f'<p>{h(P[8])}<a class="footnote-anchor" id="footnote-anchor-2" href="#footnote-2">2</a></p>'
    + '<div class="footnote"><a id="footnote-1" href="#footnote-anchor-1" class="footnote-number">1</a><div class="footnote-content"><p>' + h(P[9]) + '</p></div></div>'
    + '<div class="footnote"><a id="footnote-2" href="#footnote-anchor-2" class="footnote-number">2</a><div class="footnote-content"><p>' + h(P[10]) + '</p></div></div>'
    + '</div></div>\n'
    + '<div class="post-footer"><div class="post-ufi"><a class="like-button">42</a> <a class="comment-button">7</a> <a class="restack-button">Restack</a> <a class="share-button">Share</a></div>'
    + '<p class="button-wrapper"><a class="button primary" href="/p/the-quiet-crisis-in-small-town-bond/comments"><span>Leave a comment</span></a></p></div>'
    + '</article>\n<div id="discussion" class="comments-section"><h4>Discussion about this post</h4>'
    + '<div class="comment"><div class="comment-meta"><a href="/@tomreilly">Tom Reilly</a> <span>Mar 9</span></div><div class="comment-body"><p>Our village went through exactly this two years ago. The downgrade came a month after we hired an interim treasurer, and nobody on the board knew the review was even happening until the letter arrived.</p></div></div>'
    + '<div class="comment"><div class="comment-meta"><a href="/@jfernandez">J. Fernandez</a> <span>Mar 10</span></div><div class="comment-body"><p>Great piece. Would love a follow-up on whether towns can ask for a second review once they publish a reserve plan, or whether they are stuck with the rating until the next borrowing.</p></div></div>'
    + '</div></div></div></div>\n<div class="footer-wrap"><p>\u00a9 2025 Nora Whitfield</p><a href="https://substack.com/privacy">Privacy</a> \u2219 <a href="https://substack.com/tos">Terms</a> \u2219 <a href="https://substack.com/ccpa#personal-data-collected">Collection notice</a><p><a href="https://substack.com/signup">Start writing</a> <a href="https://substack.com/app">Get the app</a></p><p>Substack is the home for great culture</p></div></div>\n'
    + end(),
)

# 4. A PR Newswire release: the date in the "News provided by" line and in the dateline
# that opens the first paragraph ("AUSTIN, Texas, March 3, 2025 /PRNewswire/ --"); an
# "About ..." boilerplate, a media contact, "SOURCE ..." and a "View original content"
# line after the story (none expected); share row and "More news from" cards.
t = "Solvanta to build $310 million battery recycling plant in Central Texas, creating 420 jobs"
P = [
    "AUSTIN, Texas, March 3, 2025 /PRNewswire/ -- Solvanta Inc., a battery materials company, today announced plans to build a $310 million lithium-ion battery recycling plant in Hays County, Texas. The facility is expected to create 420 permanent jobs when it reaches full production in 2027.",
    "The plant will process up to 30,000 metric tons of used batteries and manufacturing scrap a year, recovering lithium, nickel and cobalt for use in new battery cells. Construction is scheduled to begin in the second quarter of 2025.",
    "\"Central Texas has the workforce, the land and the customers we need,\" said Priya Raman, chief executive officer of Solvanta. \"Recycling close to where batteries are made and used cuts transport costs and keeps valuable materials in the United States.\"",
    "The company said it will partner with Austin Community College on a technician training program, with the first classes starting in the fall of 2025.",
    "Key facts about the project:",
    "Investment of $310 million over three years",
    "420 permanent jobs with an average salary of $68,000",
    "Capacity of 30,000 metric tons of batteries and scrap a year",
    "Start of operations planned for the first half of 2027",
]
url = "https://www.prnewswire.com/news-releases/solvanta-to-build-310-million-battery-recycling-plant-in-central-texas-creating-420-jobs-302389117.html"
page(
    "prnewswire.com.solvanta-recycling-plant",
    dict(
        title=t,
        date="2025-03-03",
        language="en",
        url=url,
        people=["Priya Raman"],
        countries=["United States"],
        note="Batch 8 (written before anything ran on it; fictional). Imitates a PR Newswire release: <title> the headline alone, no og or JSON-LD date; 'News provided by Solvanta Inc. Mar 03, 2025, 08:00 ET' above the body; the first paragraph opens with the dateline 'AUSTIN, Texas, March 3, 2025 /PRNewswire/ --' (expected, it is the paragraph's own text) in xn-location/xn-chron spans; a bullet list (expected); 'About Solvanta' boilerplate, 'Media Contact:' block, 'SOURCE Solvanta Inc.' and 'View original content to download multimedia:' after the story (not expected); a 'Share this article' row and 'More news from' cards.",
    ),
    P,
    head(t, "en-US")
    + '<meta name="description" content="' + html.escape(P[0][:150]) + '">\n<link rel="canonical" href="' + url + '">\n'
    + "</head>\n<body>\n"
    + '<header class="header"><a class="logo" href="/">PR Newswire</a>' + nav([("news-releases", "News"), ("products", "Products"), ("contact-us", "Contact")]) + '<a href="/account/login">Login</a> <a href="/contact-us/">Send a Release</a></header>\n'
    + '<main><article class="news-release inline-gallery-template"><header class="container release-header"><div class="row"><div class="col-sm-8"><h1>' + h(t) + '</h1>'
    + '<div class="row"><div class="col-lg-8"><div class="swaprow"><p class="mb-no">News provided by</p><a class="news-release-link" href="/news/solvanta-inc/">Solvanta Inc.</a><p class="mb-no">Mar 03, 2025, 08:00 ET</p></div></div></div>'
    + '<div class="social-share"><p>Share this article</p><a href="#">Share to X</a> <a href="#">Share to Facebook</a> <a href="#">Share to LinkedIn</a> <a href="#">Email</a></div></div></div></header>\n'
    + '<section class="release-body container"><div class="row"><div class="col-lg-10 col-lg-offset-1">'
    + '<p><span class="legendSpanClass"><span class="xn-location">AUSTIN, Texas</span></span>, <span class="legendSpanClass"><span class="xn-chron">March 3, 2025</span></span> /PRNewswire/ -- ' + h(P[0].split("-- ", 1)[1]) + '</p>'
    + ps(P[1:5]) + lis(P[5:])
    + '<p><b>About Solvanta</b><br>Solvanta Inc. develops processes to recover critical minerals from used lithium-ion batteries. Founded in 2019 and based in Austin, the company operates a pilot plant in Round Rock and employs 85 people. For more information, visit <a href="https://www.solvanta.com">www.solvanta.com</a>.</p>'
    + '<p><b>Media Contact:</b><br>Jordan Ellis<br>press@solvanta.com<br>512-555-0147</p>'
    + '<p id="PURL">SOURCE Solvanta Inc.</p>'
    + '<div class="multimedia-text"><p>View original content to download multimedia:<a href="https://www.prnewswire.com/news-releases/solvanta-302389117.html">https://www.prnewswire.com/news-releases/solvanta-302389117.html</a></p></div>'
    + '</div></div></section>\n'
    + '<section class="more-news"><h3>More news from Solvanta Inc.</h3><div class="card"><a href="/news-releases/solvanta-names-cfo-302301442.html"><h3>Solvanta names Michael Torres chief financial officer</h3><p>Torres joins from a battery maker where he led a $1.2 billion financing program and investor relations.</p></a></div><div class="card"><a href="/news-releases/solvanta-pilot-302200871.html"><h3>Solvanta pilot plant recovers 95% of lithium from used cells</h3><p>The results, verified by an independent laboratory, clear the way for commercial scale.</p></a></div></section>'
    + '</article></main>\n<footer><p>\u00a9 2025 Cision US Inc.</p><a href="/terms-of-use/">Terms of Use</a> <a href="/privacy-policy/">Privacy Policy</a> <a href="/sitemap/">Site Map</a></footer>\n'
    + end(),
)

# 5. A Discourse forum topic (the crawler view): the first post is an announcement, five
# replies follow in the same markup; <title> "headline - Announcements - Forum"; the
# <h1> holds a link; category badge; likes counts; "Related topics" table.
t = "We're moving: new space on Wayne Avenue opens April 12"
P = [
    "After almost nine years in the old tool and die building, Riverside Makers is moving. We have signed a five-year lease on a new space at 1410 Wayne Avenue in Dayton, Ohio, and our first open house there will be on Saturday, April 12.",
    "The new space is about 40 percent larger. It has a separate room for the woodshop, so the dust collection finally stops fighting with the laser cutters, and a classroom that seats 24 people.",
    "Our board chair, Ken Odhiambo, signed the lease on Monday. He asked me to thank everyone who donated to the moving fund: we raised $18,400 from 212 members and neighbours, enough to cover the electrical work and the new ventilation.",
    "Here is what happens next:",
    "The old space closes for good on March 29. Please take home any personal projects and materials by then.",
    "Moving days are March 30 and April 5. We need about 30 volunteers each day, and anyone with a truck or a trailer is especially welcome.",
    "Member access to the new building starts on April 13, after the open house.",
    "Dues stay the same for 2025. If you have questions, reply here or come to the members' meeting on March 20.",
]
url = "https://forum.riversidemakers.org/t/were-moving-new-space-on-wayne-avenue-opens-april-12/4127"
replies = [
    ("dkowalski", "2025-03-15T19:04:33Z", "March 15, 2025,  7:04pm", "This is great news. I can bring my pickup on both moving days. Do we know yet whether the big CNC router goes on the first day or the second? It will need at least six people and the pallet jack, so it would help to plan around it."),
    ("maria.s", "2025-03-15T20:11:09Z", "March 15, 2025,  8:11pm", "Will there be parking at the new place? The old lot was always full on class nights and I ended up parking three blocks away more than once. Also happy to help pack up the electronics bench."),
    ("jmorales", "2025-03-15T20:40:52Z", "March 15, 2025,  8:40pm", "Good question. There are 35 spaces behind the building and street parking on Wayne Avenue after 6pm. The CNC router goes on March 30 with the riggers we hired, so volunteers only need to clear a path for it."),
    ("benh", "2025-03-16T08:15:27Z", "March 16, 2025,  8:15am", "Congratulations everyone. I joined three years ago for the laser cutters and stayed for the people. Signed up for both days. Is there a list somewhere of what still needs to be bought for the woodshop room?"),
    ("t.nguyen", "2025-03-16T10:02:44Z", "March 16, 2025, 10:02am", "The ventilation alone makes this worth it. Count me in for April 5. I can also help set up the classroom projector and the sound system if someone tells me where the cables ended up after the last workshop."),
]


def post(n, user, iso, shown, body, itemprop):
    attrs = f" itemprop='{itemprop}' itemscope itemtype='http://schema.org/Comment'" if itemprop else ""
    return (f"<div id='post_{n}'{attrs} class='topic-body crawler-post'>"
            f"<div class='crawler-post-meta'><span class='creator' itemprop='author' itemscope itemtype='http://schema.org/Person'><a itemprop='url' href='https://forum.riversidemakers.org/u/{user}'><span itemprop='name'>{user}</span></a></span>"
            f"<span class='crawler-post-infos'><time itemprop='datePublished' datetime='{iso}' class='post-time'>{shown}</time><meta itemprop='position' content='{n}'></span></div>"
            f"<div class='post' itemprop='text'>{body}</div>"
            f"<div itemprop='interactionStatistic' itemscope itemtype='http://schema.org/InteractionCounter'><meta itemprop='interactionType' content='http://schema.org/LikeAction'/><meta itemprop='userInteractionCount' content='{n + 3}' /><span class='post-likes'>{n + 3} Likes</span></div></div>\n")


page(
    "forum.riversidemakers.org.moving-wayne-avenue",
    dict(
        title=t,
        date="2025-03-15",
        language="en",
        url=url,
        people=["Ken Odhiambo"],
        countries=["United States"],
        note="Batch 8 (written before anything ran on it; fictional). Imitates a Discourse forum topic as crawlers see it: <title> 'headline - Announcements - Riverside Makers Forum', <h1><a href=topic>headline</a></h1> with a category badge; the first post (expected: the announcement, its list) and five replies in the same crawler-post markup (itemprop=comment, schema.org Comment), all inside one DiscussionForumPosting, each with author, <time itemprop=datePublished> and likes; 'Related topics' table; 'Powered by Discourse'. The post names its city ('Dayton, Ohio', added after the first score, which the page had without a country label).",
    ),
    P,
    head(f"{t} - Announcements - Riverside Makers Forum", "en")
    + '<meta property="og:site_name" content="Riverside Makers Forum">\n<meta property="og:type" content="website">\n<meta property="og:title" content="' + html.escape(t) + '">\n<meta property="og:url" content="' + url + '">\n<link rel="canonical" href="' + url + '">\n'
    + '<meta property="article:published_time" content="2025-03-15T18:22:04+00:00">\n'
    + "</head>\n<body class=\"crawler\">\n"
    + '<header><a href="/"><img src="/uploads/logo.png" alt="Riverside Makers Forum" id="site-logo"></a></header>\n'
    + '<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/were-moving-new-space-on-wayne-avenue-opens-april-12/4127">' + h(t) + '</a></h1>'
    + '<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="/c/announcements/5" class="badge-wrapper bullet" itemprop="item"><span class="badge-category-bg"></span><span class="badge-category clear-badge"><span class="category-name" itemprop="name">Announcements</span></span></a><meta itemprop="position" content="1" /></span></div></div>\n'
    + "<div itemscope itemtype='http://schema.org/DiscussionForumPosting'><meta itemprop='headline' content='" + html.escape(t) + "'><meta itemprop='articleSection' content='Announcements'><meta itemprop='datePublished' content='2025-03-15T18:22:04Z'>\n"
    + post(1, "jmorales", "2025-03-15T18:22:04Z", "March 15, 2025,  6:22pm", ps(P[:4]) + lis(P[4:7]) + ps(P[7:]), "")
    + "".join(post(i + 2, r[0], r[1], r[2], ps([r[3]]), "comment") for i, r in enumerate(replies))
    + "</div>\n"
    + '<div id="related-topics" class="more-topics__list"><h3 id="related-topics-title" class="more-topics__list-title">Related topics</h3><table class="topic-list"><thead><tr><th>Topic</th><th>Replies</th><th>Views</th><th>Activity</th></tr></thead><tbody><tr><td><a href="/t/laser-cutter-maintenance-schedule/3988">Laser cutter maintenance schedule</a></td><td>12</td><td>403</td><td>Feb 2025</td></tr><tr><td><a href="/t/annual-meeting-minutes-2024/3801">Annual meeting minutes 2024</a></td><td>3</td><td>287</td><td>Jan 2025</td></tr></tbody></table></div>'
    + '</div>\n<footer class="container wrap"><nav class="crawler-nav"><ul><li><a href="/">Home</a></li><li><a href="/categories">Categories</a></li><li><a href="/guidelines">Guidelines</a></li><li><a href="/tos">Terms of Service</a></li><li><a href="/privacy">Privacy Policy</a></li></ul></nav><p class="powered-by-link">Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></footer>\n'
    + end(),
)

# 6. A WordPress review on the tagDiv Newspaper theme: a review box with scores (not
# expected), pros and cons lists and a verdict (expected), an affiliate note, "Buy on"
# buttons, Jetpack's "Share this:" row, "Like this:" and "Related" grid inside the post
# content, tagDiv's "RELATED ARTICLES / MORE FROM AUTHOR" block and an author box.
t = "Voltline Commuter 2 review: a sensible e-bike with one big flaw"
P = [
    "The Commuter 2 is the second e-bike from Voltline, a Stockholm company that made its name with cargo trailers. It costs $1,899, weighs 21 kilograms and promises up to 90 kilometres on a charge. After five weeks of riding it to work and back, I can say it gets most things right.",
    "Design and comfort",
    "The frame is aluminium with a low step-through, and the battery sits inside the down tube, so the bike does not look like an e-bike at first glance. The upright riding position and wide tyres make it comfortable on broken city streets, though the saddle is harder than it needs to be.",
    "The motor and battery",
    "The rear hub motor is quiet and smooth, with five levels of assistance. On the middle setting I got about 55 kilometres from a full battery in cold weather, well short of the claimed 90 but enough for a week of my 11-kilometre commute.",
    "The flaw is charging. The battery takes seven hours to fill with the supplied charger, and a faster charger is not sold separately. Voltline's founder, Marcus Lindqvist, told me a four-hour charger will be offered later this year.",
    "Pros",
    "Comfortable, upright riding position",
    "Quiet, smooth motor",
    "Integrated lights and a solid rear rack",
    "Cons",
    "Seven-hour charging time",
    "Range falls sharply in cold weather",
    "Verdict",
    "The Voltline Commuter 2 is an easy bike to live with and a fair price for what you get. If you can charge it overnight, the slow charger will not matter much; if you cannot, wait for the faster one.",
]
url = "https://www.gadgetgrove.net/reviews/voltline-commuter-2-review/"
page(
    "gadgetgrove.net.voltline-commuter-2-review",
    dict(
        title=t,
        date="2025-03-05",
        language="en",
        url=url,
        people=["Marcus Lindqvist"],
        countries=["Sweden"],
        note="Batch 8 (written before anything ran on it; fictional). Imitates a WordPress review on the tagDiv Newspaper theme: <title> 'headline - Gadget Grove'; <div class='td-post-content tagdiv-type'> with <h2> subheadings, an affiliate note at the top ('Gadget Grove may earn a commission...', not expected), a td-review box (score table with four rows and 'OVERALL 7.7', not expected; pros/cons lists with their headings and the verdict, expected), 'Buy on Amazon' and 'Check price at Voltline' buttons; Jetpack's sharedaddy 'Share this:' row with 'Click to share on X (Opens in new window)' links, 'Like this:' with 'Loading...', and jp-relatedposts 'Related' grid with excerpts, dates and 'In \"Reviews\"' contexts, all inside the post content; tagDiv's td_block_related_posts 'RELATED ARTICLES / MORE FROM AUTHOR' and a td-author-box with a bio. Dates in meta and JSON-LD.",
    ),
    P,
    head(f"{t} - Gadget Grove", "en-US")
    + og(t, "Gadget Grove", url, "Voltline's second e-bike is comfortable and quiet, but charging it takes all night.")
    + '<meta property="article:published_time" content="2025-03-05T14:00:37+00:00">\n<meta property="article:modified_time" content="2025-03-06T08:12:10+00:00">\n'
    + jsonld({"@context": "https://schema.org", "@graph": [{"@type": "Article", "headline": t, "datePublished": "2025-03-05T14:00:37+00:00", "author": {"@name": "Owen Castillo"}}, {"@type": "Review", "itemReviewed": {"@type": "Product", "name": "Voltline Commuter 2"}, "reviewRating": {"@type": "Rating", "ratingValue": "7.7", "bestRating": "10"}}]})
    + "</head>\n<body class=\"post-template-default single single-post td-standard-pack\">\n"
    + '<div class="td-header-wrap"><div class="td-header-top-menu"><span class="td_data_time">Saturday, March 8, 2025</span> <a href="/about/">About</a> <a href="/contact/">Contact</a></div><div class="td-logo"><a href="/">Gadget Grove</a></div>' + nav([("reviews", "Reviews"), ("news", "News"), ("ebikes", "E-bikes"), ("phones", "Phones"), ("deals", "Deals")], "td-header-menu") + '</div>\n'
    + '<div class="td-main-content-wrap"><div class="td-container"><div class="td-pb-row"><div class="td-pb-span8 td-main-content"><div class="td-ss-main-content">'
    + '<article id="post-18842" class="post-18842 post type-post status-publish category-reviews"><div class="td-post-header"><ul class="td-category"><li class="entry-category"><a href="/category/reviews/">Reviews</a></li></ul>'
    + '<header class="td-post-title"><h1 class="entry-title">' + h(t) + '</h1><div class="td-module-meta-info"><div class="td-post-author-name"><div class="td-author-by">By</div> <a href="/author/owen/">Owen Castillo</a><div class="td-author-line"> - </div></div><span class="td-post-date"><time class="entry-date updated td-module-date" datetime="2025-03-05T14:00:37+00:00">March 5, 2025</time></span><div class="td-post-comments"><a href="#respond">3</a></div></div></header></div>'
    + '<div class="td-post-sharing-top"><div class="td-default-sharing"><a class="td-social-sharing-button" href="#">Facebook</a><a class="td-social-sharing-button" href="#">Twitter</a><a class="td-social-sharing-button" href="#">Pinterest</a><a class="td-social-sharing-button" href="#">WhatsApp</a></div></div>'
    + '<div class="td-post-content tagdiv-type">'
    + '<p><em>Gadget Grove may earn a commission when you buy through links on our site. This does not affect our reviews.</em></p>'
    + '<div class="td-post-featured-image"><img src="/wp-content/uploads/2025/03/commuter2.jpg" alt="Voltline Commuter 2"></div>'
    + ps(P[:1]) + f"<h2>{h(P[1])}</h2>" + ps(P[2:3]) + f"<h2>{h(P[3])}</h2>" + ps(P[4:6])
    + '<div class="td-review"><table class="td-review"><tr class="td-review-header"><td colspan="2"><div class="td-review-title">Review overview</div></td></tr>'
    + "".join(f'<tr class="td-review-row-bars"><td colspan="2"><div class="td-review-desc">{a}</div><div class="td-review-percent">{b}</div></td></tr>' for a, b in [("Design", "8"), ("Ride comfort", "9"), ("Battery and charging", "5"), ("Value", "8")])
    + '<tr class="td-review-footer"><td class="td-review-summary"><div class="td-pros-cons">'
    + f'<div class="td-review-pros"><h4>{h(P[6])}</h4>{lis(P[7:10])}</div><div class="td-review-cons"><h4>{h(P[10])}</h4>{lis(P[11:13])}</div></div>'
    + f'<div class="block-title">{h(P[13])}</div><div class="td-review-summary-content">{h(P[14])}</div></td><td class="td-review-final-score">7.7<div class="td-review-final-star"></div><span>OVERALL</span></td></tr></table></div>'
    + '<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link" href="https://amzn.to/3xVc2" rel="sponsored nofollow">Buy on Amazon</a></div><div class="wp-block-button"><a class="wp-block-button__link" href="https://voltline.se/commuter2" rel="sponsored nofollow">Check price at Voltline</a></div></div>'
    + '<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3><div class="sd-content"><ul><li class="share-twitter"><a class="share-twitter sd-button share-icon" href="?share=twitter" target="_blank"><span>X</span><span class="sharing-screen-reader-text">Click to share on X (Opens in new window)</span></a></li><li class="share-facebook"><a class="share-facebook sd-button share-icon" href="?share=facebook" target="_blank"><span>Facebook</span><span class="sharing-screen-reader-text">Click to share on Facebook (Opens in new window)</span></a></li><li class="share-email"><a class="share-email sd-button share-icon" href="mailto:?subject=Voltline" target="_blank"><span>Email</span><span class="sharing-screen-reader-text">Click to email a link to a friend (Opens in new window)</span></a></li><li class="share-end"></li></ul></div></div></div>'
    + "<div class='sharedaddy sd-block sd-like jetpack-likes-widget-wrapper jetpack-likes-widget-unloaded' id='like-post-wrapper-18842'><h3 class=\"sd-title\">Like this:</h3><div class='likes-widget-placeholder post-likes-widget-placeholder'><span class='button'><span>Like</span></span> <span class=\"loading\">Loading...</span></div></div>"
    + "<div id='jp-relatedposts' class='jp-relatedposts'><h3 class=\"jp-relatedposts-headline\"><em>Related</em></h3><div class=\"jp-relatedposts-items jp-relatedposts-items-visual\">"
    + "".join(f'<div class="jp-relatedposts-post"><a class="jp-relatedposts-post-a" href="/reviews/{u}/"><img class="jp-relatedposts-post-img" src="/img/{u}.jpg" alt=""></a><h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="/reviews/{u}/">{a}</a></h4><p class="jp-relatedposts-post-excerpt">{b}</p><p class="jp-relatedposts-post-date">{d}</p><p class="jp-relatedposts-post-context">In &quot;Reviews&quot;</p></div>' for u, a, b, d in [("riverline-fold-review", "Riverline Fold review: the folding e-bike that fits under a desk", "Small wheels and a clever hinge make it the easiest e-bike to take on a train, if you can live with the ride.", "January 22, 2025"), ("best-ebike-locks", "The best e-bike locks we tested this winter", "We cut, froze and hammered nine locks; only three survived all of it and are still affordable.", "February 11, 2025"), ("cargo-bike-buying-guide", "Cargo bike buying guide: what to know before you spend $4,000", "Front loaders, longtails and trikes all have their place; here is how to choose the right one for your family.", "December 3, 2024")])
    + "</div></div>"
    + '</div>\n<footer><div class="td-post-source-tags"><ul class="td-tags td-post-small-box"><li><span>TAGS</span></li><li><a href="/tag/e-bikes/">e-bikes</a></li><li><a href="/tag/voltline/">Voltline</a></li></ul></div>'
    + '<div class="td-author-name vcard author"><div class="author-box-wrap"><a href="/author/owen/"><img class="avatar" src="/avatar/owen.jpg" alt=""></a><div class="desc"><div class="td-author-name vcard author"><span class="fn"><a href="/author/owen/">Owen Castillo</a></span></div><div class="td-author-description">Owen Castillo has reviewed bikes, scooters and the gadgets that go with them for more than ten years. He rides about 3,000 kilometres a year, most of them in the rain, and has strong opinions about mudguards.</div></div></div></div></footer></article>\n'
    + '<div class="td_block_wrap td_block_related_posts"><h4 class="td-related-title td-block-title"><a class="td-related-left td-cur-simple-item" href="#">RELATED ARTICLES</a><a class="td-related-right" href="#">MORE FROM AUTHOR</a></h4><div class="td_block_inner"><div class="td-related-row"><div class="td-related-span4"><div class="td_module_related_posts"><h3 class="entry-title td-module-title"><a href="/news/voltline-recall/">Voltline recalls 2,000 trailers over hitch fault</a></h3></div></div><div class="td-related-span4"><div class="td_module_related_posts"><h3 class="entry-title td-module-title"><a href="/reviews/ampwell-city-review/">Ampwell City review</a></h3></div></div></div></div></div>'
    + '<div class="comments" id="comments"><h4 class="block-title"><span>3 COMMENTS</span></h4><ol class="comment-list"><li class="comment"><article><footer><cite>Rik</cite></footer><div class="comment-content"><p>Seven hours is a deal breaker for me. I charge at work and only have about five hours there, so I would be stuck halfway through the week.</p></div></article></li></ol><div id="respond"><h3>LEAVE A REPLY</h3><p>Please enter your comment!</p></div></div>'
    + '</div></div><div class="td-pb-span4 td-main-sidebar"><div class="td_block_wrap"><h4 class="block-title"><span>Latest reviews</span></h4><ul><li><a href="/reviews/pixel-buds-3/">Pixel Buds 3 review</a></li><li><a href="/reviews/kettle-smart/">The smart kettle nobody asked for</a></li></ul></div></div></div></div></div>\n'
    + '<div class="td-footer-wrapper"><p>\u00a9 Gadget Grove 2025. All rights reserved.</p><a href="/privacy-policy/">Privacy Policy</a></div>\n'
    + end(),
)

# 7. A Spanish regional paper on Drupal 10 carrying an EFE story: the date only in the
# URL and in the agency dateline ("Sevilla, 12 mar (EFE).-", no year); og:title an SEO
# form of the headline; field--name-field-subtitle as standfirst; an inline "Te puede
# interesar" paragraph block; "Archivado en" tags and a "Lo más visto" block.
t = "La Junta amplía a 40 millones las ayudas a los regantes afectados por la sequía"
P = [
    "Los agricultores con dotaciones de agua reducidas al 20 % podrán pedir las ayudas hasta el 30 de abril.",
    "Sevilla, 12 mar (EFE).- La Junta de Andalucía ha ampliado hasta 40 millones de euros las ayudas destinadas a las comunidades de regantes afectadas por los recortes de agua, el doble de lo previsto inicialmente, según ha anunciado este miércoles la consejera de Agricultura, Rocío Almagro.",
    "Las ayudas podrán solicitarlas las explotaciones de la cuenca del Guadalquivir cuyas dotaciones se hayan reducido al 20 % o menos en la campaña actual, y cubrirán hasta el 60 % del coste de los pozos, balsas y sistemas de riego por goteo.",
    "Almagro ha explicado en rueda de prensa que el Gobierno andaluz ha decidido duplicar la partida tras recibir más de 3.000 solicitudes en la primera convocatoria, que se agotó en apenas dos semanas.",
    "\"No podemos pedir a los agricultores que se adapten a la sequía y dejarlos solos con la factura\", ha afirmado la consejera, que ha recordado que el campo andaluz ha perdido unas 60.000 hectáreas de regadío en los dos últimos años.",
    "Las organizaciones agrarias han valorado la ampliación, aunque consideran que llega tarde. El secretario general de una de ellas, Manuel Ortega, ha reclamado además una rebaja fiscal para las explotaciones que no han podido regar.",
    "El plazo para presentar las solicitudes estará abierto hasta el 30 de abril y los trámites podrán hacerse por internet o en las oficinas comarcales agrarias.",
]
url = "https://www.diariodelguadalquivir.es/andalucia/2025/03/12/junta-amplia-40-millones-ayudas-regantes-sequia-84512.html"
page(
    "diariodelguadalquivir.es.ayudas-regantes-sequia",
    dict(
        title=t,
        date="2025-03-12",
        language="es",
        url=url,
        people=["Rocío Almagro", "Manuel Ortega"],
        countries=["Spain"],
        note="Batch 8 (written before anything ran on it; fictional). Imitates a Spanish regional paper on Drupal 10 carrying an EFE wire story: <title> 'headline | Diario del Guadalquivir', og:title an SEO form ('Sequía en Andalucía: la Junta duplica las ayudas a regantes'); node__content with field--name-field-subtitle (standfirst, expected) and field--name-body; the date only in the URL (/2025/03/12/) and the agency dateline 'Sevilla, 12 mar (EFE).-' that opens the first paragraph (no year, no metadata, no <time>); an inline paragraph--type--related-content block 'Te puede interesar' with two links; signature 'EFE' line under the headline; 'Archivado en' tags, 'Lo más visto' block and a footer.",
    ),
    P,
    head(f"{t} | Diario del Guadalquivir", "es")
    + '<meta property="og:title" content="Sequía en Andalucía: la Junta duplica las ayudas a regantes">\n<meta property="og:site_name" content="Diario del Guadalquivir">\n<meta property="og:type" content="article">\n<link rel="canonical" href="' + url + '">\n<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">\n'
    + "</head>\n<body class=\"path-node page-node-type-article\">\n"
    + '<a href="#main-content" class="visually-hidden focusable skip-link">Pasar al contenido principal</a><div class="dialog-off-canvas-main-canvas"><header role="banner"><div class="site-branding"><a href="/" rel="home">Diario del Guadalquivir</a></div>' + nav([("andalucia", "Andalucía"), ("sevilla", "Sevilla"), ("economia", "Economía"), ("deportes", "Deportes"), ("opinion", "Opinión")], "menu--main") + '</header>\n'
    + '<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content"><div class="region region-content">'
    + '<article role="article" class="node node--type-article node--view-mode-full"><div class="field field--name-field-section"><a href="/andalucia">Andalucía</a></div><h1 class="page-title"><span class="field field--name-title">' + h(t) + '</span></h1>'
    + '<div class="node__content"><div class="field field--name-field-subtitle field--type-string field__item">' + h(P[0]) + '</div>'
    + '<div class="field field--name-field-signature">EFE</div>'
    + '<div class="field field--name-field-share"><a href="#">Compartir en Facebook</a> <a href="#">Compartir en X</a> <a href="#">Compartir en WhatsApp</a></div>'
    + '<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">' + ps(P[1:4])
    + '<div class="paragraph paragraph--type--related-content paragraph--view-mode--default"><div class="field field--name-field-title">Te puede interesar</div><div class="field field--name-field-links"><a href="/andalucia/2025/02/20/embalses-guadalquivir-20-por-ciento-83911.html">Los embalses del Guadalquivir siguen por debajo del 20 %</a><a href="/andalucia/2025/01/28/olivar-cosecha-84010.html">El olivar cierra su peor cosecha en una década</a></div></div>'
    + ps(P[4:]) + '</div>'
    + '<div class="field field--name-field-tags field--type-entity-reference"><div class="field__label">Archivado en</div><div class="field__items"><a href="/temas/sequia">Sequía</a> <a href="/temas/agricultura">Agricultura</a> <a href="/temas/junta-de-andalucia">Junta de Andalucía</a></div></div>'
    + '</div></article>\n'
    + '<div class="block block-views block-views-blockmas-visto"><h2>Lo más visto</h2><div class="view-content"><div class="views-row"><a href="/sevilla/2025/03/11/feria-abril-84490.html">El Ayuntamiento presenta el cartel de la Feria de Abril</a></div><div class="views-row"><a href="/deportes/2025/03/11/betis-84478.html">El Betis prepara la vuelta de octavos sin dos titulares</a></div></div></div>'
    + '</div></div></main>\n<footer role="contentinfo"><p>\u00a9 Diario del Guadalquivir S.L. Todos los derechos reservados.</p><a href="/aviso-legal">Aviso legal</a> <a href="/politica-de-cookies">Política de cookies</a></footer></div>\n'
    + end(),
)

# 8. A Brazilian portal with hydrated React markup: <title> "headline | Section | Portal";
# content-head__subtitle as standfirst; body paragraphs each in their own content-text
# block with data-block-type, "Leia também" and video blocks between them, "PUBLICIDADE"
# slots; the date in <time itemprop=datePublished> (UTC) and "12/03/2025 08h15".
t = "Recife vai plantar 50 mil árvores até 2026 para reduzir ilhas de calor"
P = [
    "Prefeitura vai priorizar bairros da Zona Norte e da Zona Oeste, onde a temperatura chega a ser 4 °C mais alta do que perto do mar.",
    "A Prefeitura do Recife anunciou nesta quarta-feira (12) um plano para plantar 50 mil árvores na cidade até o fim de 2026. O objetivo é reduzir as chamadas ilhas de calor, áreas em que a falta de vegetação e o excesso de asfalto elevam a temperatura.",
    "Segundo a secretária de Meio Ambiente, Luciana Barbosa, as primeiras mudas serão plantadas em abril, no início da estação chuvosa, em ruas e praças dos bairros de Água Fria, Beberibe e Várzea.",
    "Como as áreas foram escolhidas",
    "Um estudo feito com imagens de satélite mostrou que alguns bairros da Zona Norte chegam a registrar temperaturas até 4 °C mais altas do que a orla de Boa Viagem nas tardes de verão.",
    "\"Não é só uma questão de conforto. O calor extremo afeta a saúde de idosos e crianças e aumenta o consumo de energia\", disse Barbosa.",
    "O professor José Carlos Menezes, da Universidade Federal de Pernambuco, que participou do estudo, afirmou que a escolha das espécies é tão importante quanto a quantidade. \"Precisamos de árvores nativas, que façam sombra e não quebrem as calçadas\", explicou.",
    "O plano vai custar R$ 18 milhões e prevê a contratação de 120 agentes para cuidar das mudas nos dois primeiros anos.",
]
url = "https://portal-nordeste.com.br/pe/pernambuco/noticia/2025/03/12/recife-vai-plantar-50-mil-arvores-ate-2026.ghtml"
page(
    "portal-nordeste.com.br.recife-arvores",
    dict(
        title=t,
        date="2025-03-12",
        language="pt",
        url=url,
        people=["Luciana Barbosa", "José Carlos Menezes"],
        countries=["Brazil"],
        note="Batch 8 (written before anything ran on it; fictional). Imitates a Brazilian portal with hydrated React markup: <title> 'headline | Pernambuco | Portal Nordeste' (section and site behind), og:title the headline; h1.content-head__title and h2.content-head__subtitle (standfirst, expected); each paragraph in its own <div data-block-type=unstyled class='mc-column content-text'><p class=content-text__container>, an intertitle block, 'Leia também' (a list of three links) and a video block with its title between them, 'PUBLICIDADE' slots; 'Por g1 PE' byline; date in <time itemprop=datePublished datetime=2025-03-12T11:15:00.000Z> shown as '12/03/2025 08h15 Atualizado há 2 horas'; 'Veja também' feed of teaser cards below.",
    ),
    P,
    head(f"{t} | Pernambuco | Portal Nordeste", "pt-BR")
    + og(t, "Portal Nordeste", url, P[0])
    + "</head>\n<body>\n<div id=\"root\">"
    + '<header class="header-navigation"><a class="header-logo" href="/">Portal Nordeste</a><span class="header-editoria">PERNAMBUCO</span>' + nav([("pe", "Pernambuco"), ("pe/caruaru", "Caruaru"), ("economia", "Economia"), ("ge", "Esporte")], "menu-rounded") + '</header>\n'
    + '<main class="mc-body theme"><div class="mc-article-header"><div class="content-head__title-wrap"><h1 class="content-head__title" itemprop="headline">' + h(t) + '</h1></div><div class="medium-centered subtitle"><h2 class="content-head__subtitle" itemprop="alternativeHeadline">' + h(P[0]) + '</h2></div>'
    + '<div class="content-publication-data"><p class="content-publication-data__from">Por <a href="/pe/">Portal Nordeste PE</a></p><p class="content-publication-data__updated"><time itemprop="datePublished" datetime="2025-03-12T11:15:00.000Z">12/03/2025 08h15</time> Atualizado há 2 horas</p></div>'
    + '<div class="content-share"><a href="#">Facebook</a><a href="#">WhatsApp</a><a href="#">Twitter</a><a href="#">Email</a></div></div>\n'
    + '<article itemprop="articleBody" class="mc-article-body">'
    + "".join(f'<div data-block-type="unstyled" class="mc-column content-text active-extra-styles"><p class="content-text__container">{h(p)}</p></div>' for p in P[1:3])
    + '<div class="content-ads content-ads--reveal"><div class="content-ads__label">PUBLICIDADE</div></div>'
    + f'<div data-block-type="raw" class="mc-column content-intertitle"><h2>{h(P[3])}</h2></div>'
    + "".join(f'<div data-block-type="unstyled" class="mc-column content-text active-extra-styles"><p class="content-text__container">{h(p)}</p></div>' for p in P[4:6])
    + '<div data-block-type="backstage-video" class="mc-column content-video"><div class="content-video__placeholder"><p class="content-video__title">Calor no Recife: veja bairros mais quentes da cidade</p><span class="content-video__duration">02:14</span></div></div>'
    + '<div data-block-type="unstyled" class="mc-column content-text active-extra-styles"><p class="content-text__container"><strong>Leia também</strong></p></div><div data-block-type="unordered-list" class="mc-column content-unordered-list"><ul><li><a href="/pe/pernambuco/noticia/2025/02/28/onda-de-calor-pe.ghtml">Onda de calor: Pernambuco tem fevereiro mais quente em 30 anos</a></li><li><a href="/pe/pernambuco/noticia/2025/03/02/parques-recife.ghtml">Recife ganha dois novos parques na Zona Sul</a></li><li><a href="/pe/pernambuco/noticia/2025/03/05/agua-fria.ghtml">Moradores de Água Fria cobram praça prometida há cinco anos</a></li></ul></div>'
    + "".join(f'<div data-block-type="unstyled" class="mc-column content-text active-extra-styles"><p class="content-text__container">{h(p)}</p></div>' for p in P[6:])
    + '<div class="content-ads content-ads--reveal"><div class="content-ads__label">PUBLICIDADE</div></div>'
    + '</article>\n'
    + '<div class="mc-column entities"><ul class="entities__list"><li><a href="/tudo-sobre/recife/">Recife</a></li><li><a href="/tudo-sobre/meio-ambiente/">Meio ambiente</a></li></ul></div>'
    + '<div class="feed-root"><h2 class="feed-title">Veja também</h2>'
    + "".join(f'<div class="feed-post bstn-item-shape"><div class="feed-post-body"><div class="feed-post-body-title"><a class="feed-post-link" href="/pe/{u}.ghtml"><p>{a}</p></a></div><div class="feed-post-body-resumo"><p>{b}</p></div><div class="feed-post-metadata"><span class="feed-post-datetime">Há {n} horas</span></div></div></div>' for u, a, b, n in [("olinda-carnaval-lixo", "Olinda recolhe 900 toneladas de lixo após o carnaval", "Prefeitura diz que volume foi 15% maior do que no ano passado e promete mais pontos de coleta.", 3), ("metro-recife-greve", "Metrô do Recife funciona com horário reduzido por greve", "Trens circulam das 8h às 17h; sindicato pede reajuste e reposição de funcionários.", 5)])
    + '</div></main>\n<footer class="footer"><p>Portal Nordeste \u00a9 Copyright 2000-2025 Grupo Nordeste de Comunicação. Todos os direitos reservados.</p><a href="/privacidade">Política de privacidade</a></footer></div>\n'
    + end(),
)

# 9. A Blogger blog in Italian: <title> "Blog: post" (the blog's name first, behind a
# colon); the <h1> is the blog's name and the post's headline an <h3 class=post-title>;
# the text in <div class=post-body> as <br>-separated runs and <div>s; the date only in
# the date-header ("martedì 11 marzo 2025") and the timestamp's abbr title; Blogger's
# share row, labels, pager, "Nessun commento" and a sidebar with profile and popular posts.
t = "Le mura restaurate riaprono a pedoni e ciclisti dopo due anni di lavori"
P = [
    "Dopo quasi due anni di cantiere, da sabato il tratto delle mura tra il baluardo San Paolino e il baluardo Santa Croce torna percorribile a piedi e in bicicletta. Ieri mattina c'è stato il sopralluogo con il Comune e la Soprintendenza, e io ne ho approfittato per fare qualche foto.",
    "I lavori hanno riguardato circa 800 metri di camminamento: sono stati rifatti i drenaggi, consolidati i muri di contenimento e sostituite le vecchie panchine in cemento con sedute in legno e pietra. Sono stati piantati anche 46 nuovi platani al posto di quelli malati abbattuti nel 2023.",
    "L'assessora ai lavori pubblici Giulia Benassi ha spiegato che il cantiere, il più grande sulle mura di Lucca dagli anni Novanta, è costato 2,3 milioni di euro, in gran parte fondi europei, e che il prossimo tratto, verso Porta Elisa, dovrebbe partire in autunno.",
    "Due cose che ho notato. La prima: finalmente c'è un'illuminazione decente, con lampioni bassi che non abbagliano chi va in bici. La seconda: le rampe per le carrozzine, che prima mancavano del tutto, adesso ci sono a ogni accesso.",
    "Unica nota stonata, le fontanelle: delle quattro previste ne funziona una sola, ma mi dicono che le altre saranno collegate entro aprile.",
    "Sabato alle 10 è prevista una piccola inaugurazione davanti al baluardo San Paolino. Io ci sarò, se passate fatevi vedere!",
]
url = "https://iltaccuinodilucca.blogspot.com/2025/03/le-mura-restaurate-riaprono.html"
page(
    "iltaccuinodilucca.blogspot.com.mura-restaurate",
    dict(
        title=t,
        date="2025-03-11",
        language="it",
        url=url,
        people=["Giulia Benassi"],
        countries=["Italy"],
        note="Batch 8 (written before anything ran on it; fictional). Imitates a Blogger blog (the Simple/Awesome Inc. template): <title> 'Il Taccuino di Lucca: headline' (blog name first, colon), og:title the headline; the page's only <h1> is the blog's name (in the header) and the post's headline an <h3 class='post-title entry-title'>; <div class='post-body entry-content' itemprop='description articleBody'> holding text runs separated by <br /><br /> and a <div> with a photo, no <p>; the date only in <h2 class=date-header><span>martedì 11 marzo 2025</span></h2> and the timestamp abbr title; 'Pubblicato da Marco alle 09:14', 'Nessun commento:', share links ('Invia tramite email', 'Postalo sul blog', 'Condividi su X'...), 'Etichette:', the blog pager ('Post più recente', 'Post più vecchio', 'Home page'), 'Iscriviti a: Commenti sul post (Atom)', and a sidebar with the blogger's profile (a bio paragraph), 'Post più popolari' with snippets and the blog archive. Lucca, named in the text, gives Italy.",
    ),
    P,
    head(f"Il Taccuino di Lucca: {t}", "it").replace('<html lang="it">', "<html class='v2' dir='ltr' lang='it' xmlns='http://www.w3.org/1999/xhtml' xmlns:b='http://www.google.com/2005/gml/b'>")
    + "<meta content='blogger' name='generator'/>\n<link href='" + url + "' rel='canonical'/>\n<meta content='" + html.escape(t) + "' property='og:title'/>\n<meta content='" + url + "' property='og:url'/>\n"
    + "</head>\n<body class='loading'>\n<div class='navbar section' id='navbar'></div>\n<div class='content'><div class='content-outer'>"
    + "<header><div class='header-outer'><div class='Header widget' id='Header1'><div class='header-inner'><div class='titlewrapper'><h1 class='title'><a href='https://iltaccuinodilucca.blogspot.com/'>Il Taccuino di Lucca</a></h1></div><div class='descriptionwrapper'><p class='description'><span>Passeggiate, cantieri e piccole storie di una città dentro le mura</span></p></div></div></div></div></header>\n"
    + "<div class='main-outer'><div class='columns'><div class='column-center-outer'><div class='main section' id='main'><div class='widget Blog' id='Blog1'><div class='blog-posts hfeed'>"
    + "<div class='date-outer'><h2 class='date-header'><span>martedì 11 marzo 2025</span></h2><div class='date-posts'><div class='post-outer'><div class='post hentry uncustomized-post-template' itemprop='blogPost' itemscope='itemscope' itemtype='http://schema.org/BlogPosting'>"
    + "<meta content='https://blogger.googleusercontent.com/img/b/R29vZ2xl/mura.jpg' itemprop='image_url'/><a name='6612038417752201945'></a>"
    + "<h3 class='post-title entry-title' itemprop='name'>" + h(t) + "</h3><div class='post-header'><div class='post-header-line-1'></div></div>"
    + "<div class='post-body entry-content' id='post-body-6612038417752201945' itemprop='description articleBody'>"
    + h(P[0]) + "<br /><br />"
    + "<div class='separator' style='clear: both; text-align: center;'><a href='https://blogger.googleusercontent.com/img/b/R29vZ2xl/mura.jpg' style='margin-left: 1em; margin-right: 1em;'><img border='0' data-original-height='900' data-original-width='1600' height='225' src='https://blogger.googleusercontent.com/img/b/R29vZ2xl/s400/mura.jpg' width='400' /></a></div><br />"
    + "<span style='font-family: verdana;'>" + h(P[1]) + "</span><br /><br />"
    + "<span style='font-family: verdana;'>" + h(P[2]) + "</span><br /><br />"
    + "<div>" + h(P[3]) + "</div><div><br /></div><div>" + h(P[4]) + "</div><div><br /></div>"
    + "<div><b>" + h(P[5]) + "</b></div>"
    + "<div style='clear: both;'></div></div>"
    + "<div class='post-footer'><div class='post-footer-line post-footer-line-1'><span class='post-author vcard'>Pubblicato da <span class='fn' itemprop='author' itemscope='itemscope' itemtype='http://schema.org/Person'><a class='g-profile' href='https://www.blogger.com/profile/0731' title='author profile'><span itemprop='name'>Marco</span></a></span></span> <span class='post-timestamp'>alle <meta content='" + url + "' itemprop='url'/><a class='timestamp-link' href='" + url + "' rel='bookmark' title='permanent link'><abbr class='published' itemprop='datePublished' title='2025-03-11T09:14:00+01:00'>09:14</abbr></a></span> <span class='post-comment-link'><a class='comment-link' href='" + url + "#comment-form'>Nessun commento:</a></span></div>"
    + "<div class='post-share-buttons goog-inline-block'><a class='goog-inline-block share-button sb-email' href='#' target='_blank' title='Invia tramite email'><span class='share-button-link-text'>Invia tramite email</span></a><a class='goog-inline-block share-button sb-blog' href='#' target='_blank' title='Postalo sul blog'><span class='share-button-link-text'>Postalo sul blog</span></a><a class='goog-inline-block share-button sb-twitter' href='#' title='Condividi su X'><span class='share-button-link-text'>Condividi su X</span></a><a class='goog-inline-block share-button sb-facebook' href='#' title='Condividi su Facebook'><span class='share-button-link-text'>Condividi su Facebook</span></a><a class='goog-inline-block share-button sb-pinterest' href='#' title='Condividi su Pinterest'><span class='share-button-link-text'>Condividi su Pinterest</span></a></div>"
    + "<div class='post-footer-line post-footer-line-2'><span class='post-labels'>Etichette: <a href='/search/label/cantieri' rel='tag'>cantieri</a>, <a href='/search/label/mura' rel='tag'>mura</a>, <a href='/search/label/passeggiate' rel='tag'>passeggiate</a></span></div></div>"
    + "</div><div class='comments' id='comments'><a name='comments'></a><h4>Nessun commento:</h4><div id='Blog1_comments-block-wrapper'></div><p class='comment-footer'><a href='https://www.blogger.com/comment/fullpage/post/1'>Posta un commento</a></p></div></div></div></div>"
    + "</div><div class='blog-pager' id='blog-pager'><span id='blog-pager-newer-link'><a class='blog-pager-newer-link' href='/2025/03/porta-elisa.html' title='Post più recente'>Post più recente</a></span><span id='blog-pager-older-link'><a class='blog-pager-older-link' href='/2025/03/mercato-san-michele.html' title='Post più vecchio'>Post più vecchio</a></span><a class='home-link' href='https://iltaccuinodilucca.blogspot.com/'>Home page</a></div><div class='clear'></div><div class='post-feeds'><div class='feed-links'>Iscriviti a: <a class='feed-link' href='/feeds/1/comments/default' type='application/atom+xml'>Commenti sul post (Atom)</a></div></div></div></div></div>\n"
    + "<div class='column-right-outer'><div class='sidebar section' id='sidebar-right-1'><div class='widget Profile' id='Profile1'><h2>Informazioni personali</h2><div class='widget-content'><a href='https://www.blogger.com/profile/0731'><img alt='La mia foto' class='profile-img' src='//blogger.googleusercontent.com/img/profile.jpg'/></a><dl class='profile-datablock'><dt class='profile-data'><a class='profile-name-link g-profile' href='https://www.blogger.com/profile/0731'>Marco</a></dt><dd class='profile-textblock'>Ex insegnante di storia, cammino ogni giorno sulle mura da trent'anni. Qui annoto cantieri, negozi che aprono e chiudono, e tutto quello che cambia in città, con qualche foto fatta col telefono.</dd></dl><a class='profile-link' href='https://www.blogger.com/profile/0731' rel='author'>Visualizza il mio profilo completo</a></div></div>"
    + "<div class='widget PopularPosts' id='PopularPosts1'><h2>Post più popolari</h2><div class='widget-content popular-posts'><ul><li><div class='item-title'><a href='/2024/11/mercato-san-michele.html'>Il mercato di San Michele cambia giorno</a></div><div class='item-snippet'>Da dicembre il mercato non sarà più il mercoledì ma il giovedì, e i banchi si sposteranno sul lato della chiesa per lasciare libero il passaggio delle ambulanze.</div></li><li><div class='item-title'><a href='/2024/10/luce-comics.html'>Dieci consigli per sopravvivere ai Comics</a></div><div class='item-snippet'>Ogni anno la città si riempie di visitatori e le mura diventano una lunga fila: ecco come muoversi, dove mangiare e quali strade evitare in quei giorni.</div></li></ul></div></div>"
    + "<div class='widget BlogArchive' id='BlogArchive1'><h2>Archivio blog</h2><ul class='hierarchy'><li class='archivedate expanded'><a class='toggle' href='javascript:void(0)'>▼ </a><a class='post-count-link' href='/2025/'>2025</a> <span class='post-count' dir='ltr'>(14)</span></li><li class='archivedate collapsed'><a class='toggle' href='javascript:void(0)'>► </a><a class='post-count-link' href='/2024/'>2024</a> <span class='post-count' dir='ltr'>(61)</span></li></ul></div></div></div>"
    + "</div></div><footer><div class='footer-outer'><div class='widget Attribution' id='Attribution1'><div class='widget-content' style='text-align: center;'>Tema Semplice. Powered by <a href='https://www.blogger.com' target='_blank'>Blogger</a>.</div></div></div></footer></div></div>\n"
    + end(),
)

# 10. A Dutch news site on Next.js: hydrated markup with generated class names and
# data-testid paragraphs, an inline "Lees ook" card and an embedded video between them, a
# "Deel dit artikel" row, and the same story in __NEXT_DATA__ (paragraph blocks beside
# other blocks); <title> "headline | NieuwsNet"; date in <time>.
t = "Rotterdam zet vaker waterbussen in nu Maastunnel maanden dicht is voor fietsers"
P = [
    "Rotterdam laat vanaf maandag extra waterbussen varen tussen de Parkkade en Katendrecht. Fietsers en voetgangers kunnen de komende vijf maanden niet door de Maastunnel, omdat de roltrappen en liften worden vervangen.",
    "De waterbus gaat in de spits elke tien minuten in plaats van elk halfuur. Fietsen mogen gratis mee. Volgens de gemeente gebruiken elke dag ongeveer 4000 fietsers de tunnel.",
    "Wethouder Sanne de Wit (Mobiliteit) zegt dat de gemeente heeft geleerd van eerdere afsluitingen. \"De vorige keer stonden mensen in de rij op de kade en kwamen ze te laat op hun werk. Dat willen we nu voorkomen met meer boten en betere informatie.\"",
    "De Fietsersbond is blij met de extra afvaarten, maar vindt dat de gemeente ook een pendelbus voor fietsers over de Erasmusbrug had moeten regelen. \"Niet iedereen woont vlak bij een aanlegsteiger\", zegt woordvoerder Youssef el Amrani.",
    "Werk aan een monument",
    "De Maastunnel is een rijksmonument uit 1942. De houten roltrappen zijn bijna tachtig jaar oud en vallen steeds vaker uit. Ze worden vervangen door nieuwe roltrappen die er hetzelfde uitzien, maar minder onderhoud nodig hebben.",
    "De tunnel voor auto's blijft gewoon open. Als alles volgens planning verloopt, kunnen fietsers en voetgangers half augustus weer door de tunnel.",
]
url = "https://www.nieuwsnet.nl/regio/rotterdam/artikel/5481239/rotterdam-extra-waterbussen-maastunnel-dicht-fietsers"
blocks = [{"type": "paragraph", "text": p} for p in P[:2]] + [{"type": "related", "title": "Maastunnel krijgt nieuwe roltrappen, tunnel maanden dicht voor fietsers", "url": "/regio/rotterdam/artikel/5470011"}] + [{"type": "paragraph", "text": p} for p in P[2:4]] + [{"type": "heading", "text": P[4]}, {"type": "video", "title": "Zo zien de oude houten roltrappen eruit", "duration": 95}] + [{"type": "paragraph", "text": p} for p in P[5:]]
nextdata = {"props": {"pageProps": {"article": {"id": 5481239, "title": t, "publishedAt": "2025-03-10T14:32:00+01:00", "section": "Rotterdam", "author": {"name": "Lotte Verbeek"}, "blocks": blocks}, "navigation": [{"label": "Nieuws", "href": "/"}, {"label": "Regio", "href": "/regio"}]}, "__N_SSP": True}, "page": "/artikel/[id]/[slug]", "query": {"id": "5481239"}, "buildId": "k3x9Qw2", "isFallback": False}
para = lambda p: f'<p class="sc-6d7e8f-0 bTnKqa" data-testid="article-paragraph">{h(p)}</p>'
page(
    "nieuwsnet.nl.maastunnel-waterbus",
    dict(
        title=t,
        date="2025-03-10",
        language="nl",
        url=url,
        people=["Sanne de Wit", "Youssef el Amrani"],
        countries=["Netherlands"],
        note="Batch 8 (written before anything ran on it; fictional). Imitates a Dutch news site on Next.js: <div id=__next> with generated class names (sc-…), paragraphs <p data-testid=article-paragraph>, an <h2> subheading, an inline 'Lees ook' card (<aside data-testid=related-article>) and a video embed with its title and duration between paragraphs, 'Deel dit artikel' row, 'Meest gelezen' list; the same story in __NEXT_DATA__ as typed blocks (paragraph, related, heading, video); <title> 'headline | NieuwsNet'; date in <time datetime> ('10 maart 2025, 14:32') and __NEXT_DATA__ publishedAt.",
    ),
    P,
    head(f"{t} | NieuwsNet", "nl")
    + og(t, "NieuwsNet", url)
    + '<meta name="next-head-count" content="12">\n'
    + "</head>\n<body>\n<div id=\"__next\"><div class=\"sc-a1b2c3-0 gHhGqZ\">"
    + '<header class="sc-9f8e7d-0 kLmNoP"><a class="sc-9f8e7d-1 aBcDeF" href="/" aria-label="NieuwsNet home">NieuwsNet</a>' + nav([("", "Nieuws"), ("regio", "Regio"), ("sport", "Sport"), ("economie", "Economie"), ("cultuur", "Cultuur")], "sc-4e5f6a-0 qRsTuv") + '<button class="sc-9f8e7d-2 wXyZab">Zoeken</button></header>\n'
    + '<main class="sc-3c2b1a-0 hIjKlM"><article class="sc-7b8c9d-0 nOpQrS"><div class="sc-7b8c9d-1 tUvWxY"><a class="sc-1a2b3c-0 zAbCdE" href="/regio/rotterdam">Rotterdam</a>'
    + '<h1 class="sc-1f2a3b-0 hXyZqW">' + h(t) + '</h1><div class="sc-5d6e7f-0 fGhIjK"><span>Door Lotte Verbeek</span> <time datetime="2025-03-10T13:32:00.000Z">10 maart 2025, 14:32</time></div></div>'
    + '<figure class="sc-2c3d4e-0 lMnOpQ"><img src="https://cdn.nieuwsnet.nl/img/maastunnel.jpg" alt="De ingang van de Maastunnel aan de Parkkade"><figcaption class="sc-2c3d4e-1 rStUvW">Foto: ANP</figcaption></figure>'
    + '<div class="sc-8e9f0a-0 xYzAbC">' + para(P[0]) + para(P[1])
    + '<aside class="sc-0b1c2d-0 dEfGhI" data-testid="related-article"><a href="/regio/rotterdam/artikel/5470011" class="sc-0b1c2d-1 jKlMnO"><span class="sc-0b1c2d-2 pQrStU">Lees ook</span><span class="sc-0b1c2d-3 vWxYzA">Maastunnel krijgt nieuwe roltrappen, tunnel maanden dicht voor fietsers</span></a></aside>'
    + para(P[2]) + para(P[3])
    + f'<h2 class="sc-4f5a6b-0 bCdEfG" data-testid="article-heading">{h(P[4])}</h2>'
    + '<div class="sc-6a7b8c-0 hIjKlM" data-testid="video-embed"><button aria-label="Video afspelen">▶</button><span class="sc-6a7b8c-1 nOpQrS">Zo zien de oude houten roltrappen eruit</span><span class="sc-6a7b8c-2 tUvWxY">1:35</span></div>'
    + para(P[5]) + para(P[6]) + '</div>'
    + '<div class="sc-9c0d1e-0 zAbCdE"><span>Deel dit artikel</span><a href="#">WhatsApp</a><a href="#">Facebook</a><a href="#">X</a><a href="#">Link kopiëren</a></div></article>\n'
    + '<section class="sc-2e3f4a-0 fGhIjK"><h2>Meest gelezen</h2><ol><li><a href="/binnenland/artikel/5481102">Kabinet wil huurverhoging in sociale sector beperken tot inflatie</a></li><li><a href="/sport/artikel/5481177">Feyenoord zonder geschorste aanvoerder naar Eindhoven</a></li><li><a href="/regio/rotterdam/artikel/5481020">Nieuwe brug over de Schie pas in 2027 klaar</a></li></ol></section>'
    + '</main>\n<footer class="sc-7f8a9b-0 lMnOpQ"><p>© 2025 NieuwsNet B.V.</p><a href="/privacy">Privacy</a> <a href="/cookies">Cookie-instellingen</a></footer></div></div>\n'
    + '<script id="__NEXT_DATA__" type="application/json">' + json.dumps(nextdata, ensure_ascii=False) + '</script>\n'
    + end(),
)

# 11. A Polish tech site's review with a score box: <title>, og:title and <h1> all
# differ; the score box after the story (score not expected; "Plusy", "Minusy" lists and
# "Werdykt" expected), a price-comparison widget, an author box and a "Zobacz także" grid.
t = "Recenzja Inkbook Flow 7: czytnik, który wreszcie ma porządne podświetlenie"
P = [
    "Inkbook Flow 7 to trzecia generacja czytnika e-booków od gdańskiej firmy Inkbook. Kosztuje 599 zł, ma ekran o przekątnej 7 cali i, po raz pierwszy w tej serii, podświetlenie z regulacją barwy. Używałem go przez miesiąc, głównie wieczorami.",
    "Ekran i podświetlenie",
    "Ekran ma rozdzielczość 300 pikseli na cal i jest wyraźnie jaśniejszy niż w poprzednim modelu. Podświetlenie rozkłada się równo, bez ciemnych plam przy krawędziach, a ciepła barwa wieczorem naprawdę mniej męczy oczy.",
    "Bateria i oprogramowanie",
    "Bateria wystarczyła mi na około pięć tygodni czytania po godzinie dziennie. Oprogramowanie działa płynnie, obsługuje formaty EPUB i MOBI oraz wypożyczanie książek z bibliotek. Prezes firmy Arkadiusz Kowal zapowiedział, że w kwietniu pojawi się aktualizacja z obsługą notatek odręcznych.",
    "Słabszym punktem jest obudowa. Plastik na tyle łatwo się rysuje, a przyciski do zmiany stron pracują dość głośno.",
    "Plusy",
    "Równe, ciepłe podświetlenie",
    "Bardzo dobra bateria",
    "Obsługa wypożyczalni e-booków",
    "Minusy",
    "Obudowa łatwo się rysuje",
    "Głośne przyciski",
    "Werdykt",
    "Inkbook Flow 7 to najlepszy czytnik w tej cenie, jaki testowałem. Jeśli czytacie głównie wieczorem, podświetlenie jest wart dopłaty do poprzedniego modelu.",
]
url = "https://www.techmania.pl/recenzje/inkbook-flow-7-recenzja-czytnika,4812.html"
page(
    "techmania.pl.inkbook-flow-7-recenzja",
    dict(
        title=t,
        date="2025-03-12",
        language="pl",
        url=url,
        people=["Arkadiusz Kowal"],
        countries=["Poland"],
        note="Batch 8 (written before anything ran on it; fictional). Imitates a Polish tech site's review: <title> 'Inkbook Flow 7 – recenzja. Czy warto kupić? | Techmania.pl', og:title 'Inkbook Flow 7 – recenzja czytnika e-booków', <h1> the headline (all three differ; expected the <h1>); lead in <p class=lead> (expected), <h2> subheadings; after the story a review box: 'Ocena: 8,5/10' with partial scores (not expected), 'Plusy' and 'Minusy' lists and 'Werdykt' (expected); a Ceneo-style price widget ('Najtańsze oferty', prices, 'Sprawdź'), an author box with bio, 'Zobacz także' grid and comments counter. Date visible '12.03.2025, 10:15' and in meta article:published_time. 'gdańskiej firmy' gives Poland.",
    ),
    P,
    head("Inkbook Flow 7 – recenzja. Czy warto kupić? | Techmania.pl", "pl")
    + '<meta property="og:title" content="Inkbook Flow 7 – recenzja czytnika e-booków">\n<meta property="og:site_name" content="Techmania.pl">\n<meta property="og:type" content="article">\n<link rel="canonical" href="' + url + '">\n<meta property="article:published_time" content="2025-03-12T10:15:00+01:00">\n'
    + "</head>\n<body>\n"
    + '<header id="top"><a class="logo" href="/">Techmania.pl</a>' + nav([("newsy", "Newsy"), ("recenzje", "Recenzje"), ("poradniki", "Poradniki"), ("promocje", "Promocje"), ("forum", "Forum")]) + '</header>\n'
    + '<div id="page"><div class="breadcrumbs"><a href="/">Techmania.pl</a> » <a href="/recenzje/">Recenzje</a> » <span>Inkbook Flow 7</span></div>'
    + '<div class="article-wrap"><div class="article-main"><h1 class="art-title">' + h(t) + '</h1><div class="art-meta"><span class="art-author">Piotr Nowicki</span> | <span class="art-date">12.03.2025, 10:15</span> | <a href="#komentarze">Komentarze (27)</a></div>'
    + f'<div class="art-body"><p class="lead">{h(P[0])}</p>'
    + '<div class="ad-box"><span>REKLAMA</span></div>'
    + f"<h2>{h(P[1])}</h2>" + ps(P[2:3]) + f"<h2>{h(P[3])}</h2>" + ps(P[4:6]) + '</div>'
    + '<div class="review-box"><div class="review-score"><span class="review-score__label">Ocena:</span> <span class="review-score__value">8,5</span>/10</div><ul class="review-parts"><li>Ekran: 9/10</li><li>Bateria: 9/10</li><li>Wykonanie: 7/10</li><li>Cena: 8/10</li></ul>'
    + f'<div class="review-pros"><h3>{h(P[6])}</h3>{lis(P[7:10])}</div><div class="review-cons"><h3>{h(P[10])}</h3>{lis(P[11:13])}</div><div class="review-verdict"><h3>{h(P[13])}</h3><p>{h(P[14])}</p></div></div>'
    + '<div class="ceneo-widget"><p class="ceneo-widget__title">Najtańsze oferty</p><ul><li><span>Sklep Inkbook</span> <span>599,00 zł</span> <a href="https://www.ceneo.pl/1" rel="sponsored">Sprawdź</a></li><li><span>Empik</span> <span>609,99 zł</span> <a href="https://www.ceneo.pl/2" rel="sponsored">Sprawdź</a></li></ul><p class="ceneo-widget__note">Ceny z serwisu Ceneo.pl aktualne na dzień 12.03.2025</p></div>'
    + '<div class="author-box"><img src="/avatars/pnowicki.jpg" alt=""><div><p class="author-box__name">Piotr Nowicki</p><p class="author-box__bio">Redaktor działu recenzji. Od 2012 roku testuje czytniki, tablety i słuchawki, a w wolnym czasie czyta kryminały skandynawskie i jeździ na rowerze po Kaszubach.</p></div></div>'
    + '<div class="see-also"><h3>Zobacz także</h3><div class="see-also__grid"><div class="see-also__item"><a href="/recenzje/pocketbook-verse,4790.html">PocketBook Verse Pro – recenzja. Czytnik odporny na wodę</a><p>Wodoodporny czytnik w rozsądnej cenie, ale z ekranem, który mógłby być jaśniejszy przy czytaniu w słońcu.</p></div><div class="see-also__item"><a href="/poradniki/jak-wybrac-czytnik,4650.html">Jak wybrać czytnik e-booków w 2025 roku</a><p>Podpowiadamy, na co zwrócić uwagę przy zakupie: ekran, format plików, sklep z książkami i wypożyczalnie.</p></div></div></div>'
    + '</div></div></div>\n<footer><p>© 2025 Techmania.pl. Wszelkie prawa zastrzeżone.</p><a href="/regulamin">Regulamin</a> <a href="/polityka-prywatnosci">Polityka prywatności</a></footer>\n'
    + end(),
)

# 12. A Russian Osnova-style blog platform (vc.ru-like): <title> "headline — Кейсы на
# Деловой клуб"; the post in block-wrapper blocks (text, header, list, quote with cite);
# <time> showing only "12 мар" with the full date in datetime; reactions, "Подписаться",
# comments and the author's card.
t = "Как пекарня из Казани сократила расходы на доставку на треть"
P = [
    "Мы — сеть из шести пекарен в Казани. Два года назад доставка стала съедать почти 18 % выручки, и мы решили разобраться, куда уходят деньги. Рассказываю, что сработало, а что нет.",
    "С чего мы начали",
    "Сначала мы просто выгрузили все заказы за полгода и посмотрели, откуда и куда едут курьеры. Оказалось, что почти половина заказов приходится на три района, а машины каждый раз возвращались в центральный цех пустыми.",
    "Что мы изменили",
    "Перенесли выпечку для доставки в две пекарни ближе к этим районам.",
    "Ввели окна доставки по 30 минут вместо «как можно скорее».",
    "Договорились с соседним кафе о совместных рейсах по утрам.",
    "Главное, как оказалось, — окна доставки. Клиенты спокойно выбирают удобное время, а курьер за один рейс развозит восемь–десять заказов вместо трёх.",
    "Мы боялись, что клиенты уйдут к тем, кто привозит за час. Ушли единицы, а средний чек даже вырос, потому что люди стали заказывать заранее и сразу на всю семью.",
    "Так объясняет результат наш технолог Андрей Мельников, который полгода перестраивал производство под новую схему.",
    "Итог: расходы на доставку снизились с 18 до 12 % выручки, а число жалоб на опоздания — в четыре раза. Следующий шаг — собственный пункт выдачи у метро.",
]
url = "https://delovoyklub.ru/cases/1184732-kak-pekarnya-iz-kazani-sokratila-rashody-na-dostavku"
page(
    "delovoyklub.ru.pekarnya-dostavka",
    dict(
        title=t,
        date="2025-03-12",
        language="ru",
        url=url,
        people=["Андрей Мельников"],
        countries=["Russia"],
        note="Batch 8 (written before anything ran on it; fictional). Imitates a Russian Osnova-style blog platform (vc.ru-like): <title> 'headline — Кейсы на Деловом клубе' (section and site behind an em dash), og:title the headline; the post in <div class='block-wrapper block-wrapper--text'> etc.: text, header (<h2>), numbered list and quote blocks (all expected); <time datetime='2025-03-12T10:15:00+03:00' title='12.03.2025 10:15:00'>12 мар</time> only; reactions row ('14 комментариев', '1 532 просмотра'), 'Подписаться' button, the author's card with a description, a comment thread and 'Популярное' rail.",
    ),
    P,
    head(f"{t} — Кейсы на Деловом клубе", "ru")
    + og(t, "Деловой клуб", url)
    + "</head>\n<body>\n"
    + '<div class="layout"><header class="header"><a class="header__logo" href="/">Деловой клуб</a>' + nav([("popular", "Популярное"), ("new", "Свежее"), ("cases", "Кейсы"), ("money", "Финансы"), ("marketing", "Маркетинг")], "sidebar-tree") + '<button class="header__write">Написать</button></header>\n'
    + '<main class="view"><div class="content content--full"><div class="content-header"><div class="content-header-author"><a class="content-header-author__name" href="/u/482211-irina-sokolova">Ирина Соколова</a><a class="content-header__subsite" href="/cases">Кейсы</a>'
    + '<time class="time" datetime="2025-03-12T10:15:00+03:00" title="12.03.2025 10:15:00">12 мар</time><button class="subscribe-button">Подписаться</button></div>'
    + '<h1 class="content-title">' + h(t) + '</h1></div>'
    + '<div class="content__blocks">'
    + f'<div class="block-wrapper block-wrapper--text"><div class="block-text"><p>{h(P[0])}</p></div></div>'
    + f'<div class="block-wrapper block-wrapper--header"><h2 class="block-header">{h(P[1])}</h2></div>'
    + f'<div class="block-wrapper block-wrapper--text"><div class="block-text"><p>{h(P[2])}</p></div></div>'
    + f'<div class="block-wrapper block-wrapper--header"><h2 class="block-header">{h(P[3])}</h2></div>'
    + f'<div class="block-wrapper block-wrapper--list"><div class="block-list">{lis(P[4:7], "ol")}</div></div>'
    + f'<div class="block-wrapper block-wrapper--text"><div class="block-text"><p>{h(P[7])}</p></div></div>'
    + f'<div class="block-wrapper block-wrapper--quote"><blockquote class="block-quote"><p>{h(P[8])}</p></blockquote></div>'
    + f'<div class="block-wrapper block-wrapper--text"><div class="block-text"><p>{h(P[9])}</p></div></div>'
    + f'<div class="block-wrapper block-wrapper--text"><div class="block-text"><p>{h(P[10])}</p></div></div>'
    + '</div>'
    + '<div class="content-footer"><div class="reactions"><button class="like-button">❤ 86</button><a class="comments-counter" href="#comments">14 комментариев</a><span class="reposts">2 репоста</span><span class="views">1 532 просмотра</span></div><div class="share"><a href="#">ВКонтакте</a> <a href="#">Telegram</a> <a href="#">Скопировать ссылку</a></div></div>'
    + '<div class="author-card"><a class="author-card__name" href="/u/482211-irina-sokolova">Ирина Соколова</a><p class="author-card__description">Основатель сети пекарен «Тёплый хлеб». Пишу про малый бизнес, логистику и то, как не разориться на аренде.</p><button class="subscribe-button">Подписаться</button></div>'
    + '</div>\n<div class="comments" id="comments"><h3>14 комментариев</h3>'
    + '<div class="comment"><a class="comment__author" href="/u/1">Олег Петренко</a><div class="comment__text"><p>Окна доставки — недооценённая штука. Мы в кофейне сделали то же самое, и курьеры перестали простаивать в пробках по полчаса между заказами.</p></div></div>'
    + '<div class="comment"><a class="comment__author" href="/u/2">Марина К.</a><div class="comment__text"><p>А как договаривались с соседним кафе? Кто платит курьеру, если один из заказов отменили в последний момент?</p></div></div></div>'
    + '<aside class="sidebar"><h3>Популярное</h3><ul><li><a href="/money/1184011">Как я платила налоги как самозанятая и что изменилось в 2025 году</a></li><li><a href="/marketing/1183990">Почему реклама у блогеров перестала окупаться</a></li></ul></aside>'
    + '</main></div>\n<footer><p>© 2025 Деловой клуб</p><a href="/rules">Правила</a> <a href="/privacy">Конфиденциальность</a></footer>\n'
    + end(),
)

# 13. A Turkish daily's AMP recipe inside a food story: <html ⚡>, amp-img, amp-ad with
# "Reklam", amp-social-share; intro, "Malzemeler" list and "Yapılışı" steps (expected), a
# recipe facts box (times and servings, not expected), "Tarifi yazdır", "İlginizi
# çekebilir" list; Recipe and NewsArticle JSON-LD; <title> with section and site.
t = "Şef Aylin Demirtaş'tan bahar için fırında sebzeli bulgur pilavı"
P = [
    "İzmir'in sevilen şeflerinden Aylin Demirtaş, bahar sofraları için hem pratik hem de doyurucu bir tarif paylaştı. Fırında pişen sebzeli bulgur pilavı, tek tepside hazırlanıyor ve bir gün sonra bile lezzetini koruyor.",
    "Demirtaş, tarifte mevsim sebzelerinin kullanılmasını öneriyor: \"Baharda taze bakla ve bezelye, yazın kabak ve biber kullanabilirsiniz. Önemli olan bulguru sebzelerin suyuyla pişirmek.\"",
    "Malzemeler",
    "2 su bardağı iri bulgur",
    "1 adet kuru soğan",
    "2 adet havuç",
    "1 su bardağı taze bezelye",
    "2 yemek kaşığı domates salçası",
    "4 su bardağı sıcak sebze suyu",
    "3 yemek kaşığı zeytinyağı",
    "Tuz ve karabiber",
    "Yapılışı",
    "Fırını 200 dereceye ısıtın. Soğanı ve havucu küp küp doğrayın.",
    "Zeytinyağını fırın tepsisine alın, soğan ve havucu ekleyip karıştırın ve 10 dakika fırında pişirin.",
    "Bulguru, bezelyeyi ve salçayı ekleyin, sıcak sebze suyunu dökün ve tuz ile karabiberle tatlandırın.",
    "Tepsinin üzerini folyo ile kapatın ve 30 dakika pişirin. Fırından çıkardıktan sonra 10 dakika demlendirin.",
    "Yanında yoğurt ya da turşu ile servis edebilirsiniz. Afiyet olsun!",
]
url = "https://www.egepostasi.com.tr/amp/yasam/lezzet/sef-aylin-demirtastan-firinda-sebzeli-bulgur-pilavi-haber-228417"
page(
    "egepostasi.com.tr.firinda-bulgur-pilavi",
    dict(
        title=t,
        date="2025-03-12",
        language="tr",
        url=url,
        people=["Aylin Demirtaş"],
        countries=["Turkey"],
        note="Batch 8 (written before anything ran on it; fictional). Imitates a Turkish daily's AMP page of a recipe inside a food story: <html ⚡ lang=tr>, amp-img, <amp-ad> slots with a 'Reklam' label, <amp-social-share> row; <title> 'Fırında sebzeli bulgur pilavı tarifi: Şef Aylin Demirtaş anlattı - Lezzet Haberleri - Ege Postası' (og:title the same without the site), <h1> the headline (expected); 'Malzemeler' list and 'Yapılışı' numbered steps (expected, with their headings), a recipe facts box ('Hazırlık: 15 dk', 'Pişirme: 40 dk', 'Kaç kişilik: 4', not expected), 'Tarifi yazdır' button and 'İlginizi çekebilir' list; Recipe and NewsArticle JSON-LD with the date; visible '12.03.2025 - 11:20'.",
    ),
    P,
    head("Fırında sebzeli bulgur pilavı tarifi: Şef Aylin Demirtaş anlattı - Lezzet Haberleri - Ege Postası", "tr").replace('<html lang="tr">', '<html ⚡ lang="tr">')
    + '<meta property="og:title" content="Fırında sebzeli bulgur pilavı tarifi: Şef Aylin Demirtaş anlattı - Lezzet Haberleri">\n<meta property="og:type" content="article">\n<link rel="canonical" href="' + url.replace("/amp/", "/") + '">\n<script async src="https://cdn.ampproject.org/v0.js"></script>\n<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>\n<style amp-custom>body{font-family:sans-serif}</style>\n'
    + jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": t, "datePublished": "2025-03-12T11:20:00+03:00", "dateModified": "2025-03-12T11:45:00+03:00", "articleSection": "Lezzet"})
    + jsonld({"@context": "https://schema.org", "@type": "Recipe", "name": "Fırında sebzeli bulgur pilavı", "prepTime": "PT15M", "cookTime": "PT40M", "recipeYield": "4", "recipeIngredient": P[3:11], "recipeInstructions": [{"@type": "HowToStep", "text": s} for s in P[12:16]]})
    + "</head>\n<body>\n"
    + '<header class="amp-header"><a href="/"><amp-img src="/logo.png" width="160" height="40" alt="Ege Postası"></amp-img></a><a class="amp-menu" href="/">Ana Sayfa</a></header>\n'
    + '<main><article class="amp-article"><div class="amp-breadcrumb"><a href="/yasam">Yaşam</a> › <a href="/yasam/lezzet">Lezzet</a></div><h1 class="amp-title">' + h(t) + '</h1>'
    + '<div class="amp-date"><span>Giriş: 12.03.2025 - 11:20</span> <span>Güncelleme: 12.03.2025 - 11:45</span></div>'
    + '<div class="amp-share"><amp-social-share type="whatsapp" width="32" height="32"></amp-social-share><amp-social-share type="facebook" width="32" height="32"></amp-social-share><amp-social-share type="twitter" width="32" height="32"></amp-social-share></div>'
    + '<amp-img src="/img/bulgur.jpg" width="800" height="450" layout="responsive" alt="Fırında sebzeli bulgur pilavı"></amp-img>'
    + '<div class="amp-body">' + ps(P[:2])
    + '<div class="amp-ad-wrap"><span class="amp-ad-label">Reklam</span><amp-ad width="300" height="250" type="doubleclick" data-slot="/1234/ege/amp_300x250"></amp-ad></div>'
    + '<div class="recipe-facts"><span>Hazırlık: 15 dk</span><span>Pişirme: 40 dk</span><span>Kaç kişilik: 4</span></div>'
    + f"<h2>{h(P[2])}</h2>{lis(P[3:11])}<h2>{h(P[11])}</h2>{lis(P[12:16], 'ol')}" + ps(P[16:])
    + '<button class="print-recipe">Tarifi yazdır</button>'
    + '<div class="amp-ad-wrap"><span class="amp-ad-label">Reklam</span><amp-ad width="300" height="250" type="doubleclick" data-slot="/1234/ege/amp_300x250_2"></amp-ad></div></div>'
    + '<div class="amp-tags"><a href="/etiket/bulgur-pilavi">bulgur pilavı</a> <a href="/etiket/tarif">tarif</a></div></article>\n'
    + '<div class="amp-related"><h3>İlginizi çekebilir</h3><ul><li><a href="/amp/yasam/lezzet/zeytinyagli-enginar-haber-228120">Zeytinyağlı enginar nasıl yapılır? Püf noktaları</a></li><li><a href="/amp/yasam/lezzet/ev-yapimi-eriste-haber-227993">Ev yapımı erişte tarifi</a></li></ul></div>'
    + '</main>\n<footer class="amp-footer"><p>© 2025 Ege Postası. Tüm hakları saklıdır.</p><a href="' + url.replace("/amp/", "/") + '">Haberin tamamını sitede görüntüle</a></footer>\n'
    + end(),
)

# 14. An Indonesian portal's how-to: <title>, og:title and <h1> all differ; the date only
# in the visible "WARTAKITA.com - 12/03/2025, 10:15 WIB" line; the site's name opens the
# first paragraph; numbered steps, "Baca juga:" lines between paragraphs, a Google News /
# Telegram prompt, "Penulis" and "Editor" lines and "Berita Terkait" list.
t = "Cara Daftar KIP Kuliah 2025 dan Syarat yang Harus Disiapkan"
P = [
    "WARTAKITA.com - Pendaftaran Kartu Indonesia Pintar (KIP) Kuliah 2025 resmi dibuka mulai Rabu (12/3/2025). Program ini membantu lulusan SMA dan sederajat dari keluarga kurang mampu untuk kuliah tanpa biaya pendidikan.",
    "Kepala Pusat Layanan Pembiayaan Pendidikan, Hendra Wijaya, mengatakan kuota tahun ini mencapai 200.000 mahasiswa baru. \"Pendaftaran dilakukan secara daring dan tidak dipungut biaya apa pun,\" ujarnya di Jakarta.",
    "Syarat pendaftaran",
    "Lulusan SMA, SMK atau sederajat tahun 2023, 2024 dan 2025.",
    "Memiliki Nomor Induk Siswa Nasional (NISN), Nomor Pokok Sekolah Nasional (NPSN) dan Nomor Induk Kependudukan (NIK).",
    "Berasal dari keluarga penerima bantuan sosial atau memiliki penghasilan orang tua paling banyak Rp 4 juta per bulan.",
    "Langkah-langkah pendaftaran",
    "Buka laman resmi KIP Kuliah dan pilih menu Daftar.",
    "Isi NISN, NPSN, NIK dan alamat e-mail yang aktif.",
    "Masukkan kode akses yang dikirim ke e-mail, lalu buat kata sandi.",
    "Lengkapi data diri, data keluarga dan unggah dokumen pendukung.",
    "Simpan nomor pendaftaran untuk digunakan saat seleksi masuk perguruan tinggi.",
    "Hendra mengingatkan calon mahasiswa agar waspada terhadap pihak yang menawarkan jasa pendaftaran berbayar. Pendaftaran KIP Kuliah dibuka hingga 31 Oktober 2025.",
]
url = "https://www.wartakita.com/edu/read/2025/03/12/101500571/cara-daftar-kip-kuliah-2025-dan-syaratnya"
page(
    "wartakita.com.cara-daftar-kip-kuliah",
    dict(
        title=t,
        date="2025-03-12",
        language="id",
        url=url,
        people=["Hendra Wijaya"],
        countries=["Indonesia"],
        note="Batch 8 (written before anything ran on it; fictional). Imitates an Indonesian news portal's how-to: <title> 'Cara Daftar KIP Kuliah 2025, Simak Syarat dan Jadwalnya - Wartakita.com', og:title 'Cara Daftar KIP Kuliah 2025, Simak Syarat dan Jadwalnya', <h1> the headline (all differ; expected the <h1>); the date only in the URL and the visible 'Wartakita.com - 12/03/2025, 10:15 WIB' (no metadata, no <time>); the first paragraph opens with '<strong>WARTAKITA.com</strong> -' (expected, part of the paragraph); <h2> subheadings, a bullet list and numbered steps (expected), two 'Baca juga:' paragraphs with links between paragraphs, 'Dapatkan update berita pilihan dan breaking news setiap hari dari Wartakita.com. Mari bergabung di Grup Telegram ...' and 'Penulis' / 'Editor' lines (not expected), 'Berita Terkait' list.",
    ),
    P,
    head("Cara Daftar KIP Kuliah 2025, Simak Syarat dan Jadwalnya - Wartakita.com", "id")
    + '<meta property="og:title" content="Cara Daftar KIP Kuliah 2025, Simak Syarat dan Jadwalnya">\n<meta property="og:type" content="article">\n<meta property="og:url" content="' + url + '">\n<meta name="description" content="Pendaftaran KIP Kuliah 2025 resmi dibuka. Simak syarat dan cara daftarnya.">\n'
    + "</head>\n<body>\n"
    + '<div class="header"><a class="logo" href="/">Wartakita.com</a>' + nav([("news", "News"), ("edu", "Edukasi"), ("money", "Money"), ("tekno", "Tekno"), ("bola", "Bola")]) + '</div>\n'
    + '<div class="container"><div class="col-bs10-7"><div class="read__header"><div class="breadcrumb"><a href="/">Home</a> / <a href="/edu">Edukasi</a></div><h1 class="read__title">' + h(t) + '</h1>'
    + '<div class="read__time">Wartakita.com - 12/03/2025, 10:15 WIB</div><div class="read__credit"><div class="credit-title-name"><h6>Penulis</h6> Nur Aisyah</div><div class="credit-title-name"><h6>Editor</h6> Dimas Pratama</div></div></div>'
    + '<div class="social--inline"><a href="#">Bagikan ke Facebook</a><a href="#">Bagikan ke WhatsApp</a><a href="#">Salin tautan</a></div>'
    + '<div class="read__content"><div class="clearfix">'
    + '<p><strong>WARTAKITA.com</strong> - ' + h(P[0].split(" - ", 1)[1]) + '</p>'
    + '<p><strong>Baca juga: <a href="/edu/read/2025/03/01/snbp-2025">Jadwal SNBP 2025 dan Cara Cek Hasilnya</a></strong></p>'
    + ps(P[1:2]) + f"<h2>{h(P[2])}</h2>{lis(P[3:6])}"
    + '<p><strong>Baca juga: <a href="/edu/read/2025/02/20/beasiswa-lpdp">Beasiswa LPDP 2025 Dibuka, Ini Syaratnya</a></strong></p>'
    + f"<h2>{h(P[6])}</h2>{lis(P[7:12], 'ol')}" + ps(P[12:])
    + '<p><em>Dapatkan update berita pilihan dan breaking news setiap hari dari Wartakita.com. Mari bergabung di Grup Telegram "Wartakita.com News Update", caranya klik link <a href="https://t.me/wartakita">https://t.me/wartakita</a>, kemudian join. Anda harus install aplikasi Telegram terlebih dulu di ponsel.</em></p>'
    + '</div></div>'
    + '<div class="google-news"><a href="https://news.google.com/publications/wartakita">Ikuti Wartakita.com di Google News</a></div>'
    + '<div class="tag"><h3>Tag</h3><a href="/tag/kip-kuliah">kip kuliah</a> <a href="/tag/beasiswa">beasiswa</a></div>'
    + '<div class="related"><h3>Berita Terkait</h3><ul><li><a href="/edu/read/2025/03/10/kuliah-gratis">Daftar Kampus yang Menerima KIP Kuliah 2025</a></li><li><a href="/edu/read/2025/03/08/utbk">UTBK 2025: Jadwal dan Materi Ujian</a></li></ul></div>'
    + '</div><div class="col-bs10-3"><div class="most"><h3>Terpopuler</h3><ol><li><a href="/news/1">Harga Emas Hari Ini Naik Rp 12.000</a></li><li><a href="/news/2">Jadwal Imsakiyah Jakarta Hari Ini</a></li></ol></div></div></div>\n'
    + '<footer><p>Copyright 2008 - 2025 PT. Wartakita Digital Media. All Rights Reserved.</p></footer>\n'
    + end(),
)

# 15. A Japanese press-release portal (PR TIMES-like): <title> "headline | 株式会社…の
# プレスリリース"; a subtitle line under the headline (expected); "■" subheadings; after
# the story a company profile and a contact block (not expected); share buttons, "企業
# プレスリリース詳細へ" links; the date only as "2025年3月12日 10時00分".
t = "ミドリテック、廃棄野菜から生分解性の食品トレーを量産　年間3000万枚を供給へ"
P = [
    "〜スーパー大手2社が4月から採用、プラスチック使用量を年間約450トン削減〜",
    "株式会社ミドリテック（本社：東京都品川区、代表取締役社長：佐藤恵美）は、規格外や売れ残りの野菜を原料とする生分解性の食品トレーの量産を、4月から静岡県の新工場で開始します。年間3000万枚の生産を予定しており、スーパー大手2社の精肉・鮮魚売り場で採用が決まっています。",
    "■開発の背景",
    "国内では年間約500万トンの食品ロスが発生しており、そのうち野菜の規格外品は産地で廃棄されることが少なくありません。当社は2021年から、キャベツの外葉やニンジンの端材などを乾燥・粉砕し、植物由来の樹脂と混ぜて成形する技術の開発を進めてきました。",
    "■製品の特長",
    "土に埋めると約6カ月で分解されます。",
    "従来の発泡スチロール製トレーと同等の強度と耐水性があります。",
    "電子レンジでの加熱に対応しています。",
    "代表取締役社長の佐藤恵美は「捨てられていた野菜が、もう一度食卓の役に立つ仕組みをつくりたかった。2027年には生産量を倍に増やしたい」と話しています。",
]
url = "https://prtimes-jp.example.jp/main/html/rd/p/000000042.000081234.html"
page(
    "prtimes-jp.example.jp.midoritech-tray",
    dict(
        title=t,
        date="2025-03-12",
        language="ja",
        url=url,
        people=["佐藤恵美"],
        countries=["Japan"],
        note="Batch 8 (written before anything ran on it; fictional). Imitates a Japanese press-release portal (PR TIMES-like): <title> 'headline | 株式会社ミドリテックのプレスリリース' (the company's release page, not the portal's name, after '|'), og:title the headline; <h1 class=release-title>, a subtitle line '〜…〜' under it (expected as the standfirst); the date only as '2025年3月12日 10時00分' beside the company name; '■' subheadings as <h2>, a list; after the story a '会社概要' table (会社名, 所在地, 代表者, 設立, URL) and a '本件に関するお問い合わせ先' block (not expected); share buttons 'ポスト シェア はてブ', 'このプレスリリースには、報道機関向けの情報があります。', '企業プレスリリース詳細へ', 'PR TIMESトップへ' links and a 'ミドリテックの新着' list.",
    ),
    P,
    head(f"{t} | 株式会社ミドリテックのプレスリリース", "ja")
    + '<meta property="og:title" content="' + html.escape(t) + '">\n<meta property="og:type" content="article">\n<meta property="og:site_name" content="PR TIMES">\n<link rel="canonical" href="' + url + '">\n'
    + "</head>\n<body>\n"
    + '<header class="header"><a class="header__logo" href="/">PR TIMES</a>' + nav([("main/html/searchbiscate/busi_cate_id/001", "テクノロジー"), ("main/html/searchbiscate/busi_cate_id/002", "ビジネス"), ("main/html/searchbiscate/busi_cate_id/003", "ライフスタイル")]) + '<a href="/main/html/login">ログイン</a></header>\n'
    + '<main class="container"><article class="release"><div class="release-header"><a class="company-name" href="/main/html/searchrlp/company_id/81234">株式会社ミドリテック</a><time class="release-date">2025年3月12日 10時00分</time>'
    + '<h1 class="release-title">' + h(t) + '</h1><p class="release-subtitle">' + h(P[0]) + '</p></div>'
    + '<div class="release-share"><a href="#">ポスト</a> <a href="#">シェア</a> <a href="#">はてブ</a></div>'
    + '<div class="release-body">' + ps(P[1:2]) + '<figure><img src="/img/tray.jpg" alt=""></figure>'
    + f"<h2>{h(P[2])}</h2>" + ps(P[3:4]) + f"<h2>{h(P[4])}</h2>" + lis(P[5:8]) + ps(P[8:])
    + '<h2>■会社概要</h2><table class="company-table"><tr><th>会社名</th><td>株式会社ミドリテック</td></tr><tr><th>所在地</th><td>東京都品川区大崎2-1-1</td></tr><tr><th>代表者</th><td>代表取締役社長 佐藤恵美</td></tr><tr><th>設立</th><td>2019年4月</td></tr><tr><th>URL</th><td><a href="https://midoritech.example.jp">https://midoritech.example.jp</a></td></tr></table>'
    + '<h2>■本件に関するお問い合わせ先</h2><p>株式会社ミドリテック　広報担当：田中<br>Email：pr@midoritech.example.jp　TEL：03-5555-0123</p>'
    + '</div><p class="media-note">このプレスリリースには、報道機関向けの情報があります。</p>'
    + '<div class="release-links"><a href="/main/html/searchrlp/company_id/81234">企業プレスリリース詳細へ</a> <a href="/">PR TIMESトップへ</a></div></article>\n'
    + '<aside class="company-latest"><h3>ミドリテックの新着</h3><ul><li><a href="/main/html/rd/p/000000041.000081234.html">ミドリテック、静岡県と食品ロス削減の連携協定を締結</a></li><li><a href="/main/html/rd/p/000000040.000081234.html">野菜由来トレー、環境展示会でグランプリを受賞</a></li></ul></aside>'
    + '</main>\n<footer><p>© PR TIMES Corporation</p><a href="/main/html/privacy">プライバシーポリシー</a></footer>\n'
    + end(),
)

# 16. A WeChat official-account article: an empty <title> and the headline in og:title
# and <h1 class=rich_media_title> with whitespace around it; the meta line "原创 杭州交通
# 发布 2025-03-12 10:30"; the story in <section>s and <span>s inside #js_content (hidden
# until scripts run), picture-only paragraphs; after it "- END -", a source and editor
# line, "预览时标签不可点", "微信扫一扫关注该公众号", "阅读原文" and reader prompts.
t = "杭州地铁三条新线今年通车，这些站点就在你家门口"
P = [
    "记者从杭州市交通运输局获悉，今年杭州将有三条地铁新线建成通车，新增运营里程约78公里，全市地铁运营总里程将突破600公里。",
    "按照计划，地铁12号线一期将于6月底开通，串联起城东新城、丁桥和崇贤等地区；15号线二期和18号线一期将在年底前投入运营。",
    "哪些区域受益最大？",
    "从线路走向看，余杭北部和钱塘区是这次新线建设的重点。以12号线为例，沿线的多个大型居住区此前只能依靠公交接驳，通车后到市中心的时间可缩短一半左右。",
    "杭州市交通运输局副局长陈建华表示，新线开通后，将同步优化沿线公交线路，并在部分站点增设公共自行车和非机动车停放点，方便市民“最后一公里”出行。",
    "此外，新线全部采用全自动运行系统，高峰时段发车间隔最短可达3分钟。",
]
url = "https://mp.weixin.qq.com/s/Hz8kQ2vN4tR7yWp1xLm3dA"
page(
    "mp.weixin.qq.com.hangzhou-metro-new-lines",
    dict(
        title=t,
        date="2025-03-12",
        language="zh",
        url=url,
        people=["陈建华"],
        countries=["China"],
        note="Batch 8 (written before anything ran on it; fictional). Imitates a WeChat official-account article: empty <title>, og:title and <h1 class=rich_media_title id=activity-name> the headline; meta line '原创 杭州交通发布 2025-03-12 10:30' (<em id=publish_time>) and the date also as 'var ct = \"1741746600\"' in a script; the story in <div class='rich_media_content js_underline_content' id=js_content style='visibility: hidden;'> built of <section>s and <p><span style=...> runs, a bold heading line in its own <section>, picture-only paragraphs; after the story '- END -', '来源：杭州交通发布　编辑：李婷　审核：王刚' (not expected), '预览时标签不可点', '微信扫一扫关注该公众号', '阅读原文', '喜欢此内容的人还喜欢' and '继续滑动看下一个'.",
    ),
    P,
    head("", "zh-CN")
    + '<meta property="og:title" content="' + html.escape(t) + '">\n<meta property="og:url" content="' + url + '">\n<meta property="og:type" content="article">\n<meta property="og:description" content="今年杭州将有三条地铁新线建成通车">\n'
    + "</head>\n<body id=\"activity-detail\" class=\"zh_CN wx_wap_page\">\n"
    + '<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary"><div class="rich_media_area_primary_inner">'
    + '<h1 class="rich_media_title " id="activity-name">' + h(t) + '</h1>'
    + '<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text rich_media_meta_original">原创</span><span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" id="js_name">杭州交通发布</a></span><em id="publish_time" class="rich_media_meta rich_media_meta_text">2025-03-12 10:30</em><span class="rich_media_meta rich_media_meta_text" id="js_ip_wording">浙江</span></div>'
    + '<div class="rich_media_content js_underline_content" id="js_content" style="visibility: hidden;">'
    + '<section style="margin: 0px 8px;"><section style="text-align: center;"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/a1.jpg" class="rich_pages wxw-img" style="width: 100%;"></section>'
    + "".join(f'<p style="text-indent: 2em;line-height: 1.75em;"><span style="font-size: 15px;letter-spacing: 1px;">{h(p)}</span></p><p><br></p>' for p in P[:2])
    + f'<section style="text-align: center;"><span style="font-size: 17px;color: rgb(0, 112, 192);"><strong>{h(P[2])}</strong></span></section>'
    + f'<p style="text-indent: 2em;line-height: 1.75em;"><span style="font-size: 15px;letter-spacing: 1px;">{h(P[3])}</span></p>'
    + '<section style="text-align: center;"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/a2.jpg" class="rich_pages wxw-img" style="width: 100%;"></section>'
    + "".join(f'<p style="text-indent: 2em;line-height: 1.75em;"><span style="font-size: 15px;letter-spacing: 1px;">{h(p)}</span></p><p><br></p>' for p in P[4:])
    + '<p style="text-align: center;"><span style="color: rgb(136, 136, 136);font-size: 12px;">- END -</span></p>'
    + '<p style="text-align: right;"><span style="color: rgb(136, 136, 136);font-size: 12px;">来源：杭州交通发布　编辑：李婷　审核：王刚</span></p></section>'
    + '</div>'
    + '<div id="js_tags_preview_toast" class="article-tag__error-tips">预览时标签不可点</div>'
    + '<div class="original_area_primary"><div class="qr_code_pc"><img id="js_pc_qr_code_img" class="qr_code_pc_img"><p>微信扫一扫<br>关注该公众号</p></div></div>'
    + '<div class="rich_media_tool"><a id="js_view_source" href="https://ditie.hangzhou.example.cn/news/2025/0312.html">阅读原文</a><span class="media_tool_meta">阅读 1.2万</span><span id="like3" class="media_tool_meta">赞 86</span><span>在看 23</span></div>'
    + '<div id="js_related_area"><h3>喜欢此内容的人还喜欢</h3><ul><li><a href="#">杭州公交线路调整公告（3月）</a></li><li><a href="#">清明假期出行提示</a></li></ul></div><div class="weui-loadmore">继续滑动看下一个</div>'
    + '</div></div></div></div>\n'
    + '<script>var biz = "MzA4NTI1";var ct = "1741746600";var msg_title = ' + json.dumps(t, ensure_ascii=False) + ';var nickname = "杭州交通发布";</script>\n'
    + end(),
)

# 17. A Korean agency story (Yonhap-like): the headline ends "(종합)"; the first paragraph
# opens with the agency credit "(창원=연합뉴스) 기자 ="; the reporter's e-mail, a rights
# line with "AI 학습 및 활용 금지" and "2025/03/12 10:15 송고" after the story; the date
# only in that line and in the article ID of the URL; "제보는 카톡" prompt; a photo caption.
t = "경남도, 청년 월세 지원 대상 2배로 확대…소득 기준 완화(종합)"
P = [
    "(창원=연합뉴스) 김태호 기자 = 경상남도가 청년 월세 지원 사업의 대상을 올해 두 배로 늘리고 소득 기준도 완화한다.",
    "경남도는 올해 청년 월세 지원 대상을 지난해 4천명에서 8천명으로 확대하고, 부모와 따로 사는 만 19∼34세 무주택 청년에게 월 최대 20만원을 12개월 동안 지원한다고 12일 밝혔다.",
    "소득 기준은 기준 중위소득 60% 이하에서 100% 이하로 높였다. 이에 따라 1인 가구 기준 월 소득이 약 239만원 이하이면 신청할 수 있다.",
    "이수민 경남도 청년정책관은 \"높은 주거비 때문에 수도권으로 떠나는 청년이 적지 않다\"며 \"지원 대상을 넓혀 청년들이 지역에 머물 수 있도록 하겠다\"고 말했다.",
    "신청은 다음 달 1일부터 30일까지 복지로 누리집이나 거주지 읍면동 행정복지센터에서 할 수 있다.",
    "경남 창원시의 한 원룸 밀집 지역.",
]
url = "https://www.yna.example.kr/view/AKR20250312041500052"
page(
    "yna.example.kr.gyeongnam-youth-rent",
    dict(
        title=t,
        titles_also=["경남도, 청년 월세 지원 대상 2배로 확대…소득 기준 완화"],
        date="2025-03-12",
        language="ko",
        url=url,
        people=["이수민"],
        countries=["South Korea"],
        note="Batch 8 (written before anything ran on it; fictional). Imitates a Korean wire agency's story page (Yonhap-like): <title> and og:title 'headline | 연합뉴스' and the <h1> ending '(종합)' (the agency's 'roundup' mark, part of the headline as shown); the first paragraph opens with '(창원=연합뉴스) 김태호 기자 =' (expected, part of the paragraph); a photo with caption after the first paragraph ('경남 창원시의 한 원룸 밀집 지역.' expected, with its credit '[연합뉴스 자료사진]' not expected); after the story the reporter's e-mail 'kth@yna.co.kr', '제보는 카톡 okjebo', '<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>' and '2025/03/12 10:15 송고' (not expected); the date only in that '송고' line and the article ID in the URL (AKR20250312…); '관련 뉴스' and '많이 본 뉴스' lists.",
    ),
    [P[0], P[5]] + P[1:5],
    head(f"{t} | 연합뉴스", "ko")
    + '<meta property="og:title" content="' + html.escape(t) + ' | 연합뉴스">\n<meta property="og:type" content="article">\n<meta property="og:url" content="' + url + '">\n'
    + "</head>\n<body>\n"
    + '<header id="header"><a class="logo" href="/">연합뉴스</a>' + nav([("politics", "정치"), ("economy", "경제"), ("society", "사회"), ("local", "전국"), ("international", "세계")]) + '</header>\n'
    + '<main id="container"><div class="content03"><div class="title-article01"><h1 class="tit">' + h(t) + '</h1><div class="info-box01"><span class="tit-name"><a href="/reporter/kth">김태호 기자</a></span></div></div>'
    + '<div class="share-box"><button>공유</button><button>댓글</button><button>글자크기조정</button><button>인쇄</button></div>'
    + '<article class="story-news article">' + ps(P[:1])
    + '<div class="comp-box photo-group"><figure><div class="img-con"><img src="/photo/yna/2025/03/12/PYH2025031203500.jpg" alt=""></div><figcaption class="desc-con"><p class="txt-desc">' + h(P[5]) + ' [연합뉴스 자료사진]</p></figcaption></figure></div>'
    + ps(P[1:5])
    + '<p>kth@yna.co.kr</p><p class="txt-copyright adrs">제보는 카톡 okjebo<br>&lt;저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지&gt;<br>2025/03/12 10:15 송고</p>'
    + '</article>\n'
    + '<div class="keyword-zone"><strong>관련 뉴스</strong><ul><li><a href="/view/AKR20250210">부산시도 청년 월세 지원 확대…최대 24개월</a></li><li><a href="/view/AKR20250115">청년 1인 가구 주거비 부담 역대 최고</a></li></ul></div>'
    + '<div class="aside-box"><h2>많이 본 뉴스</h2><ol><li><a href="/view/AKR20250312001">오늘 날씨, 전국 흐리고 곳곳에 비</a></li><li><a href="/view/AKR20250312002">프로야구 시범경기 개막</a></li></ol></div>'
    + '</div></main>\n<footer><p>Copyright Yonhapnews Agency. All rights reserved.</p><a href="/privacy">개인정보처리방침</a></footer>\n'
    + end(),
)

# 18. An Arabic news site on WordPress's Jannah theme: the visible date only relative
# ("منذ 3 ساعات") with article:published_time in the head; share links as words, the
# "مقالات ذات صلة" related grid, tags, the comment form, "زر الذهاب إلى الأعلى".
t = "الإسكندرية تبدأ تطوير كورنيش المنتزه بتكلفة 1.2 مليار جنيه"
P = [
    "بدأت محافظة الإسكندرية، اليوم الأربعاء، أعمال تطوير المرحلة الأولى من كورنيش منطقة المنتزه، بطول 4 كيلومترات، ضمن خطة لتحسين الواجهة البحرية للمدينة قبل موسم الصيف.",
    "وقال محافظ الإسكندرية، اللواء حسن عبد الرحيم، إن المشروع يتكلف 1.2 مليار جنيه، ويشمل توسعة الممشى وإنشاء مسارات للدراجات وزراعة أكثر من ألفي شجرة، إلى جانب تحديث شبكة الإنارة وتصريف مياه الأمطار.",
    "وأضاف أن الأعمال ستجري على مراحل حتى لا يتوقف المرور على طريق الكورنيش، مشيرًا إلى أن المرحلة الأولى من المقرر أن تنتهي في يونيو المقبل.",
    "وأكد المحافظ أن الشواطئ العامة في المنطقة ستبقى مفتوحة مجانًا أمام المواطنين، ردًا على تساؤلات السكان بشأن تحويل أجزاء منها إلى شواطئ خاصة.",
    "ومن جهتها، قالت الدكتورة منى الشاذلي، أستاذة التخطيط العمراني بجامعة الإسكندرية، إن المشروع خطوة مهمة، لكنها طالبت بإشراك السكان في تصميم المراحل التالية والحفاظ على الطابع التاريخي للمنطقة.",
]
url = "https://www.alwadi-news.com/2025/03/12/الإسكندرية-تطوير-كورنيش-المنتزه/"
page(
    "alwadi-news.com.corniche-montaza",
    dict(
        title=t,
        date="2025-03-12",
        language="ar",
        url=url,
        people=["حسن عبد الرحيم", "منى الشاذلي"],
        countries=["Egypt"],
        note="Batch 8 (written before anything ran on it; fictional). Imitates an Arabic news site on WordPress's Jannah theme (dir=rtl): <title> 'headline - الوادي نيوز', og:title the same; <h1 class='post-title entry-title'>; the visible post meta only relative ('منذ 3 ساعات', 'آخر تحديث: منذ ساعتين', reading time 'دقيقتان'), the date in article:published_time and the URL; <div class='entry-content entry clearfix'>; Jannah's share-links row of words ('فيسبوك X لينكدإن واتساب تيلقرام مشاركة عبر البريد طباعة') above and below, 'الوسوم' tags, the 'مقالات ذات صلة' related grid with relative dates, the comment form ('اترك تعليقاً' and 'لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *'), a sidebar 'الأكثر مشاهدة' and 'زر الذهاب إلى الأعلى'.",
    ),
    P,
    head(f"{t} - الوادي نيوز", "ar", ' dir="rtl"')
    + og(f"{t} - الوادي نيوز", "الوادي نيوز", url)
    + '<meta property="article:published_time" content="2025-03-12T09:20:00+02:00">\n<meta property="article:modified_time" content="2025-03-12T10:05:00+02:00">\n'
    + "</head>\n<body class=\"rtl post-template-default single single-post\">\n"
    + '<div id="tie-container" class="site tie-container"><header id="theme-header" class="theme-header"><div class="logo-wrapper"><a href="/">الوادي نيوز</a></div>' + nav([("category/news", "أخبار"), ("category/economy", "اقتصاد"), ("category/sports", "رياضة"), ("category/art", "فن")], "main-nav") + '</header>\n'
    + '<div id="content" class="site-content container"><div class="tie-row main-content-row"><div class="main-content tie-col-md-8" role="main"><article id="the-post" class="container-wrapper post-content tie-standard">'
    + '<header class="entry-header-outer"><nav id="breadcrumb"><a href="/">الرئيسية</a><em class="delimiter">/</em><a href="/category/news">أخبار</a></nav><div class="entry-header"><span class="post-cat-wrap"><a class="post-cat" href="/category/news">أخبار</a></span><h1 class="post-title entry-title">' + h(t) + '</h1>'
    + '<div class="single-post-meta post-meta clearfix"><span class="author-meta single-author no-avatars"><span class="meta-item meta-author-wrapper"><span class="meta-author"><a href="/author/editor" class="author-name tie-icon" title="محرر الموقع">محرر الموقع</a></span></span></span><span class="date meta-item tie-icon">منذ 3 ساعات</span><span class="meta-item last-updated">آخر تحديث: منذ ساعتين</span><div class="tie-alignright"><span class="meta-views meta-item">1٬284 <span class="tie-icon-fire"></span></span><span class="meta-reading-time meta-item"><span class="tie-icon-bookmark"></span> دقيقتان</span></div></div></div></header>'
    + '<div id="share-buttons-top" class="share-buttons share-buttons-top"><div class="share-links"><a href="#" class="facebook-share-btn"><span class="share-btn-icon"></span><span class="social-text">فيسبوك</span></a><a href="#" class="twitter-share-btn"><span class="social-text">X</span></a><a href="#" class="linkedin-share-btn"><span class="social-text">لينكدإن</span></a><a href="#" class="whatsapp-share-btn"><span class="social-text">واتساب</span></a><a href="#" class="telegram-share-btn"><span class="social-text">تيلقرام</span></a><a href="#" class="email-share-btn"><span class="social-text">مشاركة عبر البريد</span></a><a href="#" class="print-share-btn"><span class="social-text">طباعة</span></a></div></div>'
    + '<div class="featured-area"><figure class="single-featured-image"><img src="/wp-content/uploads/2025/03/corniche.jpg" alt=""></figure></div>'
    + '<div class="entry-content entry clearfix">' + ps(P) + '</div>'
    + '<div id="post-extra-info"><div class="theiaStickySidebar"></div></div>'
    + '<div class="post-components"><div class="post-bottom-meta post-bottom-tags post-tags-modern"><div class="post-bottom-meta-title"><span class="tie-icon-tags"></span> الوسوم</div><span class="tagcloud"><a href="/tag/الإسكندرية">الإسكندرية</a> <a href="/tag/كورنيش">كورنيش</a> <a href="/tag/المنتزه">المنتزه</a></span></div>'
    + '<div id="share-buttons-bottom" class="share-buttons share-buttons-bottom"><div class="share-links"><a href="#"><span class="social-text">فيسبوك</span></a><a href="#"><span class="social-text">X</span></a><a href="#"><span class="social-text">واتساب</span></a><a href="#"><span class="social-text">مشاركة عبر البريد</span></a><a href="#"><span class="social-text">طباعة</span></a></div></div>'
    + '<div id="related-posts" class="container-wrapper has-extra-post"><div class="mag-box-title the-global-title"><h3>مقالات ذات صلة</h3></div><div class="related-posts-list">'
    + "".join(f'<div class="related-item tie-standard"><a href="/2025/03/{u}/" class="post-thumb"><img src="/img/{u}.jpg" alt=""></a><h3 class="post-title"><a href="/2025/03/{u}/">{a}</a></h3><div class="post-meta clearfix"><span class="date meta-item tie-icon">{d}</span></div></div>' for u, a, d in [("tram-raml", "بدء التشغيل التجريبي لترام الرمل بعد التطوير", "منذ يومين"), ("beach-prices", "تحديد أسعار دخول الشواطئ في موسم الصيف", "منذ 4 أيام"), ("metro-abu-qir", "مترو أبو قير: الانتهاء من 40% من الأعمال", "منذ أسبوع")])
    + '</div></div>'
    + '<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title the-global-title">اترك تعليقاً</h3><form id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">لن يتم نشر عنوان بريدك الإلكتروني.</span> <span class="required-field-message">الحقول الإلزامية مشار إليها بـ <span class="required">*</span></span></p><p class="comment-form-comment"><textarea></textarea></p><p class="form-submit"><input type="submit" value="إرسال التعليق"></p></form></div></div>'
    + '</div></article></div>'
    + '<aside class="sidebar tie-col-md-4" role="complementary"><div class="widget posts-list"><div class="widget-title the-global-title"><div class="the-subtitle">الأكثر مشاهدة</div></div><ul class="posts-list-items"><li><a href="/2025/03/11/weather/">الأرصاد: طقس مائل للحرارة نهارًا وبارد ليلًا</a></li><li><a href="/2025/03/10/gold/">أسعار الذهب اليوم في مصر</a></li></ul></div></aside></div></div>\n'
    + '<footer id="footer" class="site-footer"><div id="site-info"><p>جميع الحقوق محفوظة © 2025 الوادي نيوز</p></div></footer><a id="go-to-top" class="go-to-top-button" href="#go-to-tie-body"><span class="screen-reader-text">زر الذهاب إلى الأعلى</span></a></div>\n'
    + end(),
)

# 19. A Persian news agency: <title> "site - headline" (the agency's name first); a news
# code line, the visible date in the Solar Hijri calendar with Persian digits, the
# Gregorian date only in itemprop datePublished; a lead paragraph (expected); the story
# opens "به گزارش ..."; "انتهای پیام" after it; tags, related news and a comment counter.
t = "تهران برای کاهش مصرف آب، فشار شبکه را در ساعات شب کم می‌کند"
P = [
    "شرکت آب و فاضلاب استان تهران اعلام کرد از هفته آینده فشار آب در ساعات پایانی شب در بیشتر مناطق پایتخت کاهش می‌یابد تا از هدررفت آب جلوگیری شود.",
    "به گزارش خبرگزاری پارس‌نما، مدیرعامل شرکت آب و فاضلاب استان تهران، علیرضا نجفی، روز چهارشنبه در نشستی خبری گفت حجم آب ذخیره‌شده در پنج سد تأمین‌کننده آب تهران به کمتر از ۲۰ درصد ظرفیت رسیده است.",
    "او افزود: «کاهش فشار از ساعت ۲۳ تا ۵ صبح انجام می‌شود و مشترکانی که مخزن و پمپ دارند، مشکلی نخواهند داشت. هدف ما قطع آب نیست، بلکه کم کردن نشت در شبکه است.»",
    "به گفته نجفی، حدود ۲۵ درصد آب تهران در شبکه فرسوده توزیع از دست می‌رود و نوسازی ۴۰۰ کیلومتر از لوله‌های قدیمی تا پایان سال آینده در دستور کار قرار دارد.",
    "این مقام مسئول همچنین از شهروندان خواست در روزهای گرم پیش رو از شستن خودرو با شلنگ و آبیاری باغچه در ساعات روز خودداری کنند.",
]
url = "https://www.parsnama.example.ir/news/1403122208457/"
page(
    "parsnama.example.ir.tehran-water-pressure",
    dict(
        title=t,
        date="2025-03-12",
        language="fa",
        url=url,
        people=["علیرضا نجفی"],
        countries=["Iran"],
        note="Batch 8 (written before anything ran on it; fictional). Imitates a Persian news agency page (dir=rtl): <title> 'خبرگزاری پارس‌نما - headline' (the agency first, hyphen), og:title the headline; 'کد خبر: ۱۴۰۳۱۲۲۲۰۸۴۵۷' and the visible date in the Solar Hijri calendar with Persian digits ('۲۲ اسفند ۱۴۰۳ - ۱۰:۱۵'), the Gregorian date only in <meta itemprop=datePublished>; a lead <p class='summary introtext'> (expected as the standfirst); the body in <div itemprop=articleBody class=item-text>, its first paragraph opening 'به گزارش خبرگزاری پارس‌نما،' (expected); 'انتهای پیام' after the story (not expected); 'برچسب‌ها' tags, 'اخبار مرتبط' list, a comment counter 'منتشر شده: ۳ / در انتظار بررسی: ۰ / غیر قابل انتشار: ۰' and a short-link box.",
    ),
    P,
    head(f"خبرگزاری پارس‌نما - {t}", "fa", ' dir="rtl"')
    + '<meta property="og:title" content="' + html.escape(t) + '">\n<meta property="og:site_name" content="خبرگزاری پارس‌نما">\n<meta property="og:type" content="article">\n<link rel="canonical" href="' + url + '">\n<meta itemprop="datePublished" content="2025-03-12T10:15:00+03:30">\n'
    + "</head>\n<body>\n"
    + '<header class="header"><a class="logo" href="/">خبرگزاری پارس‌نما</a>' + nav([("service/politics", "سیاسی"), ("service/economy", "اقتصادی"), ("service/society", "اجتماعی"), ("service/sport", "ورزشی"), ("service/world", "بین‌الملل")]) + '<span class="today">چهارشنبه ۲۲ اسفند ۱۴۰۳</span></header>\n'
    + '<main class="container"><article class="item" itemscope itemtype="http://schema.org/NewsArticle"><div class="item-header"><div class="meta-news"><span class="news-code">کد خبر: ۱۴۰۳۱۲۲۲۰۸۴۵۷</span><span class="date-news">۲۲ اسفند ۱۴۰۳ - ۱۰:۱۵</span><span class="service">اجتماعی</span></div>'
    + '<h1 class="first-title" itemprop="headline">' + h(t) + '</h1><p class="summary introtext" itemprop="description">' + h(P[0]) + '</p></div>'
    + '<figure class="item-img"><img src="/d/2025/03/12/water.jpg" alt=""></figure>'
    + '<div itemprop="articleBody" class="item-text">' + ps(P[1:]) + '<p>انتهای پیام</p></div>'
    + '<div class="short-link"><span>لینک کوتاه:</span> <input value="https://parsnama.example.ir/x4Kq" readonly></div>'
    + '<div class="tags"><span>برچسب‌ها:</span> <a href="/tag/آب">آب</a> <a href="/tag/تهران">تهران</a> <a href="/tag/کم‌آبی">کم‌آبی</a></div></article>\n'
    + '<section class="related"><h3>اخبار مرتبط</h3><ul><li><a href="/news/1403121508112/">ذخایر سدهای تهران به پایین‌ترین سطح ۶۰ سال اخیر رسید</a></li><li><a href="/news/1403120807731/">طرح نوسازی شبکه آب در ۱۲ منطقه تهران آغاز شد</a></li></ul></section>'
    + '<section class="comments"><h3>نظرات</h3><p class="comment-stats">منتشر شده: ۳ / در انتظار بررسی: ۰ / غیر قابل انتشار: ۰</p><div class="comment"><span class="comment-name">ناشناس</span><p>در منطقه ما از ساعت ده شب آب قطع می‌شود، نه فقط کم شدن فشار. لطفاً دقیق‌تر اطلاع‌رسانی کنید.</p></div></section>'
    + '</main>\n<footer><p>کلیه حقوق این سایت متعلق به خبرگزاری پارس‌نما است.</p></footer>\n'
    + end(),
)

# 20. A Hindi news site's AMP how-to with an FAQ: <title> transliterated and Hindi, og:title
# and <h1> different; "यह भी पढ़ें" lines; lists and numbered steps; an FAQ of <h3>
# questions and answers (expected); the date "Updated: 12 Mar 2025, 10:15 AM IST" and in
# JSON-LD; a Google News follow prompt and "Web Stories" rail.
t = "सौर पंप योजना 2025: ऑनलाइन आवेदन कैसे करें, जानें पूरी प्रक्रिया"
P = [
    "राजस्थान सरकार ने किसानों के लिए मुख्यमंत्री सौर पंप योजना 2025 के तहत आवेदन शुरू कर दिए हैं। इस योजना में किसानों को खेत में सौर पंप लगाने के लिए 60 प्रतिशत तक अनुदान दिया जाएगा।",
    "कृषि मंत्री रामेश्वर प्रसाद ने बताया कि इस साल 50 हजार किसानों को योजना का लाभ देने का लक्ष्य रखा गया है। उन्होंने कहा कि छोटे और सीमांत किसानों को प्राथमिकता दी जाएगी।",
    "कौन कर सकता है आवेदन",
    "आवेदक के नाम पर कम से कम 0.4 हेक्टेयर कृषि भूमि होनी चाहिए।",
    "खेत में सिंचाई के लिए कुआं, ट्यूबवेल या जल भंडारण की व्यवस्था होनी चाहिए।",
    "आवेदक ने पिछले पांच साल में किसी दूसरी योजना से सौर पंप नहीं लिया हो।",
    "आवेदन की प्रक्रिया",
    "राज किसान साथी पोर्टल पर जाएं और जन आधार नंबर से लॉग इन करें।",
    "योजनाओं की सूची में सौर पंप योजना चुनें।",
    "जमीन के कागज, बैंक खाते का विवरण और फोटो अपलोड करें।",
    "फॉर्म जमा करने के बाद मिली आवेदन संख्या संभाल कर रखें।",
    "अक्सर पूछे जाने वाले सवाल",
    "आवेदन की आखिरी तारीख क्या है?",
    "आवेदन 30 अप्रैल 2025 तक किए जा सकते हैं।",
    "क्या बटाईदार किसान आवेदन कर सकते हैं?",
    "नहीं, केवल वही किसान आवेदन कर सकते हैं जिनके नाम पर जमीन दर्ज है।",
]
url = "https://hindi.khabartak.example.in/amp/agriculture/saur-pump-yojana-2025-online-apply-process-2481907"
page(
    "hindi.khabartak.example.in.saur-pump-yojana",
    dict(
        title=t,
        date="2025-03-12",
        language="hi",
        url=url,
        people=["रामेश्वर प्रसाद"],
        countries=["India"],
        note="Batch 8 (written before anything ran on it; fictional). Imitates a Hindi news site's AMP how-to: <html amp lang=hi>; <title> 'Saur Pump Yojana 2025: सौर पंप योजना में ऑनलाइन आवेदन कैसे करें, जानें स्टेप बाय स्टेप प्रक्रिया - Khabar Tak Hindi', og:title 'Saur Pump Yojana 2025: सौर पंप योजना में ऑनलाइन आवेदन कैसे करें' and the <h1> the headline (all differ; expected the <h1>); <h2> subheadings, a bullet list and numbered steps, an FAQ section of <h3> questions and <p> answers (all expected); two 'यह भी पढ़ें:' link lines, amp-ad slots labelled 'Advertisement', 'Google News पर फॉलो करें' prompt, 'Web Stories' rail and tags; date 'Updated: 12 Mar 2025, 10:15 AM IST' (English, on a Hindi page) and in JSON-LD NewsArticle with a FAQPage beside it.",
    ),
    P,
    head("Saur Pump Yojana 2025: सौर पंप योजना में ऑनलाइन आवेदन कैसे करें, जानें स्टेप बाय स्टेप प्रक्रिया - Khabar Tak Hindi", "hi").replace('<html lang="hi">', '<html amp lang="hi">')
    + '<meta property="og:title" content="Saur Pump Yojana 2025: सौर पंप योजना में ऑनलाइन आवेदन कैसे करें">\n<meta property="og:type" content="article">\n<link rel="canonical" href="' + url.replace("/amp/", "/") + '">\n<script async src="https://cdn.ampproject.org/v0.js"></script>\n'
    + jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Saur Pump Yojana 2025: सौर पंप योजना में ऑनलाइन आवेदन कैसे करें", "datePublished": "2025-03-12T10:15:00+05:30", "dateModified": "2025-03-12T10:15:00+05:30", "inLanguage": "hi"})
    + jsonld({"@context": "https://schema.org", "@type": "FAQPage", "mainEntity": [{"@type": "Question", "name": P[12], "acceptedAnswer": {"@type": "Answer", "text": P[13]}}, {"@type": "Question", "name": P[14], "acceptedAnswer": {"@type": "Answer", "text": P[15]}}]})
    + "</head>\n<body>\n"
    + '<header class="amp-head"><a href="/"><amp-img src="/logo-hindi.png" width="150" height="36" alt="Khabar Tak Hindi"></amp-img></a><a href="/amp/">होम</a> <a href="/amp/agriculture/">कृषि</a> <a href="/amp/jobs/">नौकरी</a></header>\n'
    + '<main><article><div class="breadcrumb"><a href="/amp/">होम</a> » <a href="/amp/agriculture/">कृषि</a></div><h1>' + h(t) + '</h1>'
    + '<div class="byline"><span>Written By: सुनीता शर्मा</span> <span>Updated: 12 Mar 2025, 10:15 AM IST</span></div>'
    + '<div class="amp-ad"><span>Advertisement</span><amp-ad width="300" height="250" type="doubleclick" data-slot="/123/hindi_amp_atf"></amp-ad></div>'
    + '<div class="story-body">' + ps(P[:2])
    + '<p><strong>यह भी पढ़ें: <a href="/amp/agriculture/pm-kisan-19th-installment-2480112">पीएम किसान की 19वीं किस्त कब आएगी, ऐसे चेक करें स्टेटस</a></strong></p>'
    + f"<h2>{h(P[2])}</h2>{lis(P[3:6])}<h2>{h(P[6])}</h2>{lis(P[7:11], 'ol')}"
    + '<div class="amp-ad"><span>Advertisement</span><amp-ad width="300" height="250" type="doubleclick" data-slot="/123/hindi_amp_mid"></amp-ad></div>'
    + '<p><strong>यह भी पढ़ें: <a href="/amp/agriculture/kusum-yojana-2479001">कुसुम योजना: बंजर जमीन पर सोलर प्लांट लगाकर करें कमाई</a></strong></p>'
    + f'<div class="faq-section"><h2>{h(P[11])}</h2>' + "".join(f"<div class=\"faq-item\"><h3>{h(q)}</h3><p>{h(a)}</p></div>" for q, a in [(P[12], P[13]), (P[14], P[15])]) + '</div>'
    + '</div><div class="follow-gn"><a href="https://news.google.com/publications/khabartak">Google News पर फॉलो करें</a></div>'
    + '<div class="tags"><span>Tags:</span> <a href="/amp/tag/solar-pump">Solar Pump</a> <a href="/amp/tag/rajasthan">Rajasthan</a> <a href="/amp/tag/kisan">किसान</a></div></article>\n'
    + '<div class="web-stories"><h3>Web Stories</h3><ul><li><a href="/web-stories/garmi-me-fasal">गर्मी में फसल को कैसे बचाएं</a></li><li><a href="/web-stories/drip-irrigation">ड्रिप सिंचाई के 5 फायदे</a></li></ul></div>'
    + '</main>\n<footer><p>Copyright © 2025 Khabar Tak Hindi. All rights reserved.</p><a href="/privacy-policy">Privacy Policy</a></footer>\n'
    + end(),
)


if __name__ == "__main__":
    write(PAGES)
