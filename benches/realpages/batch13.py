#!/usr/bin/env python3
"""Writes batch 13 of the written pages (issue #15, extraction round 13) into `extra/`.

Each page is its HTML, its expected text and its labels, written together before anything
ran on them; events and people are fictional. Batches 1-12 had the systems and kinds listed
in batch12.py and docs/quality.md (among them Substack, Ghost, Medium, AMP, live blogs,
galleries, paywalls, agency wires, Business Wire and PR Newswire releases, obituaries,
fact checks, Mailchimp, Naver and Daum). Batch 13 takes what none had: an AFP story
syndicated on a portal (MSN-like: the provider's logo, "Story by AFP", the date only in
JSON-LD `dateCreated`), a EurekAlert! science release (its "4-Dec-2025" date, the journal
and DOI lines and the disclaimer), a LinkedIn article (author card, reactions, "More
articles by"), a Newspack nonprofit newsroom (donation prompt and a "Republish this story"
box holding the story again in a textarea), The Conversation (authors with their posts,
a disclosure statement, a date in AEDT a day after UTC), a PTI story syndicated on an
Indian site (the agency's editor codes and "auto-generated from a syndicated feed"), a
Japanese regional paper whose name is only in its logo and whose date is only a 年月日
line, and news pages in thirteen languages no written page had: Lithuanian, Latvian,
Estonian, Georgian, Armenian, Azerbaijani, Macedonian, Albanian, Swahili, Basque, Marathi,
Nepali (a Bikram Sambat dateline) and Icelandic; plus an Afrikaans paywall whose story is
whole only in JSON-LD `articleBody`.
Run from anywhere: `python3 benches/realpages/batch13.py`.
"""
import html

from batch_kit import end, h, head, jsonld, lis, nav, og, page, PAGES, ps, write


def art(url, headline, date, site, typ="NewsArticle", author="Staff", lang=None, key="datePublished"):
    """A JSON-LD article with its headline, date (under `key`) and publisher."""
    obj = {"@context": "https://schema.org", "@type": typ, "mainEntityOfPage": url, "headline": headline}
    if date:
        obj[key] = date
    obj["author"] = {"@type": "Person", "name": author}
    obj["publisher"] = {"@type": "Organization", "name": site}
    if lang:
        obj["inLanguage"] = lang
    return jsonld(obj)


# 1. An AFP story syndicated on a portal (MSN-like): <title> the headline alone; the
# provider's logo and "Story by AFP • 5h" (relative); the date only in JSON-LD dateCreated;
# the text opens with the agency's dateline "Paris (AFP) –"; a "Related video" card between
# paragraphs; "© Agence France-Presse" and a "Continue reading" / feed of cards after.
t = "Paris museums to stay open until midnight on Fridays from April"
P = [
    "Paris (AFP) \u2013 The Louvre, the Mus\u00e9e d'Orsay and the Centre Pompidou will stay open until midnight every Friday from April, the French culture ministry said on Friday, in a trial meant to spread visitors over longer hours.",
    "The three museums drew more than 14 million visitors between them last year, and queues at the Louvre's glass pyramid regularly stretch past an hour in spring and summer.",
    "\u201cWe want Parisians to come back to their museums after work, and visitors to stop planning their day around a queue,\u201d Culture Minister Claire Dumoulin told reporters at the Orsay.",
    "Late openings on Friday evenings will cost the same as daytime tickets, and entry will be free for visitors under 26 from the European Union, as it is now during the day.",
    "Unions representing museum staff said they had not been consulted. The CGT-Culture union said it would ask for extra pay and additional hires before the trial begins.",
    "The ministry said the trial would run until the end of September and be extended to other national museums if attendance justified the cost.",
]
url = "https://www.msn.com/en-gb/news/world/paris-museums-to-stay-open-until-midnight-on-fridays-from-april/ar-AA1rT9xQ"
page(
    "www.msn.com.en-gb.paris-museums-midnight",
    dict(
        title=t,
        date="2025-12-05",
        language="en",
        url=url,
        people=["Claire Dumoulin"],
        countries=["France"],
        note="Batch 13 (written before anything ran on it; fictional). Imitates an AFP story syndicated on MSN: <title> the headline alone, og:site_name 'MSN'; a provider row with the AFP logo, 'Story by AFP' and a relative '5h' (no absolute date visible); the date only in JSON-LD dateCreated (no datePublished, no meta); the text in div.article-body opens with the agency dateline 'Paris (AFP) \u2013' (kept, part of the paragraph); a 'Related video' card with a video title between paragraphs, '\u00a9 Agence France-Presse' after the text, a 'Continue reading' button and a feed of sponsored cards (none expected). Paris places it in France.",
    ),
    P,
    head(t, "en-gb")
    + og(t, "MSN", url, P[1])
    + jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": t, "dateCreated": "2025-12-05T10:47:00Z", "author": {"@type": "Organization", "name": "AFP"}, "publisher": {"@type": "Organization", "name": "MSN"}, "mainEntityOfPage": url})
    + '</head>\n<body>\n<div id="root"><header class="msn-header"><a href="/en-gb" class="logo">Microsoft Start</a><form class="search"><input placeholder="Search the web"></form>' + nav([("en-gb/news", "News"), ("en-gb/weather", "Weather"), ("en-gb/money", "Money"), ("en-gb/sport", "Sport")]) + '</header>'
    + '<main><div class="article-page"><div class="provider-row"><img class="provider-logo" alt="AFP" src="https://img-s-msn-com.akamaized.net/tenant/amp/entityid/AAfp.img"><span class="provider-name">AFP</span><span class="byline">Story by AFP</span> \u2022 <span class="time">5h</span></div>'
    + '<h1 class="article-title">' + h(t) + '</h1>'
    + '<div class="reactions"><button>Like</button><span>128</span><button>Comment</button><span>34</span></div>'
    + '<div class="article-body"><div class="article-image"><img src="https://img-s-msn-com.akamaized.net/tenant/amp/entityid/AA1rT9xR.img" alt="The Louvre pyramid at night"><span class="image-attribution">\u00a9 Provided by AFP</span></div>'
    + ps(P[:3])
    + '<div class="related-video"><span class="label">Related video</span><div class="video-card"><span class="video-title">Louvre: inside the night shift (Bloomberg)</span><span class="duration">2:14</span></div></div>'
    + ps(P[3:])
    + '<p class="copyright">\u00a9 Agence France-Presse</p></div>'
    + '<button class="continue-reading">Continue reading</button>'
    + '<section class="feed"><h2>More for you</h2><div class="card sponsored"><span>Sponsored</span><a href="#">The 5 best travel credit cards of 2025</a></div><div class="card"><a href="#">Eiffel Tower closed as staff strike over pay</a><span>The Independent</span></div><div class="card"><a href="#">Versailles to open Marie Antoinette\'s private rooms</a><span>Reuters</span></div></section></div></main>'
    + '<footer><a href="#">Privacy &amp; Cookies</a> <a href="#">Terms of use</a> <span>\u00a9 Microsoft 2025</span></footer></div>\n'
    + end(),
)

# 2. A EurekAlert! release: "NEWS RELEASE 4-DEC-2025" above the headline, "Peer-Reviewed
# Publication" and the institution under it; the text; then the journal, DOI, method,
# article title and publication date lines, the disclaimer, the media contact.
t = "Drought-hardy sorghum roots recruit soil fungi to find water, study finds"
P = [
    "When the soil dries out, sorghum roots release a sugar-rich signal that draws in fungi able to reach water the roots cannot, according to a study by plant scientists at Kansas Plains University.",
    "The team grew 24 sorghum varieties in field plots near Hays, Kansas, cutting irrigation to half for three summers. Varieties that kept their yields under drought had up to four times more arbuscular mycorrhizal fungi around their roots than varieties that lost yield.",
    "\u201cThe plant is not just surviving the drought on its own. It is calling for help, and the fungi answer,\u201d said Dr. Miriam Oyelaran, professor of plant pathology and the study's senior author.",
    "The researchers traced the signal to a group of root exudates that rose within two days of water being withheld. Fungal threads then grew as far as 12 centimetres from the roots, into soil the roots had not reached.",
    "Lead author Jonah Whitfield, a doctoral student, said the findings could help breeders select for the trait without years of field trials. \u201cIf we can measure the signal in a seedling, we can screen thousands of lines in a greenhouse,\u201d he said.",
    "The work was funded by the U.S. Department of Agriculture's National Institute of Food and Agriculture.",
]
url = "https://www.eurekalert.org/news-releases/1093512"
page(
    "www.eurekalert.org.sorghum-roots-fungi",
    dict(
        title=t,
        date="2025-12-04",
        language="en",
        url=url,
        people=["Miriam Oyelaran", "Jonah Whitfield"],
        countries=["United States"],
        note="Batch 13 (written before anything ran on it; fictional). Imitates a EurekAlert! news release: <title> 'headline | EurekAlert!'; 'NEWS RELEASE 4-DEC-2025' above the <h1> (the only date; no meta, no JSON-LD), 'Peer-Reviewed Publication' and the institution's name under it; the text in div.article-body (expected); then 'Journal', 'DOI', 'Method of Research', 'Subject of Research', 'Article Title', 'Article Publication Date' lines, the disclaimer 'AAAS and EurekAlert! are not responsible …', a media contact box, and 'Keywords' (none expected). Kansas places it in the United States.",
    ),
    P,
    head(f"{t} | EurekAlert!", "en")
    + og(t, "EurekAlert!", url, P[0])
    + '</head>\n<body>\n<header class="site-header"><a class="logo" href="/">EurekAlert! The Global Source for Science News</a>' + nav([("news-releases/browse", "News Releases"), ("multimedia", "Multimedia"), ("meetings", "Meetings"), ("login", "Log in")]) + '</header>\n'
    + '<main class="main-content"><article class="article"><p class="type">NEWS RELEASE <span class="date">4-DEC-2025</span></p><h1 class="page_title">' + h(t) + '</h1>'
    + '<h2 class="subtitle">Peer-Reviewed Publication</h2><p class="institution"><a href="/institution/kansas-plains-university">Kansas Plains University</a></p>'
    + '<div class="share"><a href="#">Share</a> <a href="#">Print</a> <a href="#">E-Mail</a></div>'
    + '<div class="article-body">' + ps(P) + '</div>'
    + '<div class="more-info"><ul class="info-list"><li><strong>Journal</strong> Nature Plants</li><li><strong>DOI</strong> <a href="https://doi.org/10.1038/s41477-025-01993-x">10.1038/s41477-025-01993-x</a></li><li><strong>Method of Research</strong> Experimental study</li><li><strong>Subject of Research</strong> Not applicable</li><li><strong>Article Title</strong> Root exudates recruit arbuscular mycorrhizal fungi under drought in sorghum</li><li><strong>Article Publication Date</strong> 4-Dec-2025</li></ul></div>'
    + '<p class="disclaimer"><strong>Disclaimer:</strong> AAAS and EurekAlert! are not responsible for the accuracy of news releases posted to EurekAlert! by contributing institutions or for the use of any information through the EurekAlert system.</p>'
    + '<div class="contact"><h3>Media Contact</h3><p>Renee Harlan<br>Kansas Plains University<br>rharlan@kpu.edu<br>Office: 785-555-0190</p></div>'
    + '<div class="keywords"><h3>Keywords</h3><a href="#">/Life sciences/Botany</a> <a href="#">/Life sciences/Mycology</a> <a href="#">/Applied sciences and engineering/Agriculture</a></div></article></main>\n'
    + '<footer><p>Copyright \u00a9 2025 by the American Association for the Advancement of Science (AAAS)</p></footer>\n'
    + end(),
)

# 3. A LinkedIn article: <title> "headline | LinkedIn"; the author card (name, job line,
# "Published Dec 3, 2025", "+ Follow") between headline and text; subheadings as <h3>;
# the reaction counts, "Like Comment Share", "To view or add a comment, sign in", "More
# articles by …" and "Explore topics" after.
t = "What three years of a four-day week taught our factory"
P = [
    "In January 2023 we moved the 180 people at our Leicester bakery plant to a four-day week with no cut in pay. I was sceptical. Three years on, I would not go back, but not for the reasons I expected.",
    "Output did not fall",
    "We expected to lose a day of output and win it back slowly. Instead, output per line hour rose 9 percent in the first six months and has stayed there. Most of that came from changeovers: with one day less, the teams planned them properly instead of improvising.",
    "Sick days halved",
    "Absence fell from 5.1 percent to 2.4 percent. Our HR lead, Tomasz Wojcik, thinks the long weekend does more for recovery than any wellness programme we tried before.",
    "Hiring got easier, then harder",
    "For two years we filled vacancies in days. This year several plants near us copied the idea, and the advantage is gone. A four-day week is a benefit only while it is rare.",
    "What I would tell another plant manager: start with one shift, measure changeovers before anything else, and do not promise it is permanent until the numbers say so.",
]
url = "https://www.linkedin.com/pulse/what-three-years-four-day-week-taught-our-factory-gwen-ashby-7d2kf"
page(
    "www.linkedin.com.pulse.four-day-week-factory",
    dict(
        title=t,
        date="2025-12-03",
        language="en",
        url=url,
        people=["Tomasz Wojcik"],
        countries=["United Kingdom"],
        note="Batch 13 (written before anything ran on it; fictional). Imitates a LinkedIn Pulse article: <title> 'headline | LinkedIn', og:site_name 'LinkedIn'; the author card between headline and text (name 'Gwen Ashby', job line 'Plant Manager at Harlow Foods', 'Published Dec 3, 2025', '+ Follow'; not expected); JSON-LD Article with datePublished; the text with <h3> subheadings (expected); then the reaction counts '142 \u00b7 23 Comments', 'Like Comment Share', 'To view or add a comment, sign in', 'More articles by Gwen Ashby' with three titles, 'Explore topics' (none expected). Leicester places it in the United Kingdom.",
    ),
    P,
    head(f"{t} | LinkedIn", "en")
    + og(t, "LinkedIn", url, P[0])
    + jsonld({"@context": "http://schema.org", "@type": "Article", "name": t, "headline": t, "datePublished": "2025-12-03T08:02:11.000+00:00", "author": {"@type": "Person", "name": "Gwen Ashby", "url": "https://uk.linkedin.com/in/gwenashby"}, "publisher": {"@type": "Organization", "name": "LinkedIn"}})
    + '</head>\n<body class="pulse">\n<header class="global-nav"><a class="nav-logo" href="/">LinkedIn</a><a href="/signup">Join now</a> <a href="/login">Sign in</a></header>\n'
    + '<main class="main"><article class="article-main"><figure class="cover-img"><img src="https://media.licdn.com/dms/image/cover.jpg" alt=""></figure><h1 class="pulse-title">' + h(t) + '</h1>'
    + '<div class="author-info"><a class="author-name" href="https://uk.linkedin.com/in/gwenashby">Gwen Ashby</a><p class="author-headline">Plant Manager at Harlow Foods</p><p class="published-date">Published Dec 3, 2025</p><button class="follow">+ Follow</button></div>'
    + '<div class="article-content" data-test-id="article-content-blocks">'
    + ps(P[:1]) + f'<h3>{h(P[1])}</h3>' + ps(P[2:3]) + f'<h3>{h(P[3])}</h3>' + ps(P[4:5]) + f'<h3>{h(P[5])}</h3>' + ps(P[6:]) + '</div>'
    + '<div class="social-details"><span class="reactions-count">142</span> \u00b7 <span>23 Comments</span></div><div class="social-actions"><button>Like</button><button>Comment</button><button>Share</button></div>'
    + '<p class="sign-in-cta">To view or add a comment, <a href="/login">sign in</a></p></article>'
    + '<section class="more-articles"><h2>More articles by Gwen Ashby</h2><ul><li><a href="#">Why we stopped chasing OEE</a><span>Sep 14, 2025</span></li><li><a href="#">The changeover is the job</a><span>Jun 2, 2025</span></li><li><a href="#">Night shifts, honestly</a><span>Feb 20, 2025</span></li></ul></section>'
    + '<section class="explore"><h2>Explore topics</h2><a href="#">Sales</a> <a href="#">Marketing</a> <a href="#">Manufacturing</a> <a href="#">Human Resources</a></section></main>\n'
    + '<footer class="li-footer"><span>LinkedIn \u00a9 2025</span> <a href="#">About</a> <a href="#">Accessibility</a> <a href="#">User Agreement</a> <a href="#">Privacy Policy</a></footer>\n'
    + end(),
)

# 4. A Newspack nonprofit newsroom: <title> "headline – site"; a donation prompt inside the
# story; after it the author's bio, a "Republish this story" box whose modal holds the
# Creative Commons terms and the whole story again inside a <textarea>, and "Our
# Republishing Guidelines".
t = "Rural clinics in three counties lose their only pharmacist as chain closes stores"
P = [
    "When the Prairie Drug store in Cando closes on Dec. 19, the nearest place to fill a prescription will be 52 miles away in Devils Lake.",
    "The store is one of five that Prairie Drug, a regional chain, told employees last week it would close in Towner, Benson and Ramsey counties by the end of January. In three of those towns it is the only pharmacy.",
    "\u201cWe have patients on insulin, on blood thinners, on dialysis medications. Some of them do not drive,\u201d said Dr. Lena Brekken, the only physician at the Towner County Medical Center. \u201cA mail-order plan does not work when the mail takes four days in a blizzard.\u201d",
    "The chain's chief executive, Ron Salveson, said in a statement that falling reimbursements from pharmacy benefit managers had made the stores unprofitable. The company did not answer questions about whether it had offered to sell them.",
    "State Rep. Carla Hoffner, a Cando Republican, said she would ask the Legislature's interim health committee to look at a grant program that helped keep rural pharmacies open in South Dakota.",
    "The clinic is looking into a telepharmacy arrangement, in which a pharmacist in another town supervises a technician by video, which North Dakota has allowed since 2001.",
]
url = "https://www.prairiepublicledger.org/2025/12/02/rural-clinics-lose-pharmacist-chain-closes-stores/"
republish_html = "".join(f"<p>{h(x)}</p>" for x in P)
page(
    "prairiepublicledger.org.rural-pharmacies-close",
    dict(
        title=t,
        date="2025-12-02",
        language="en",
        url=url,
        people=["Lena Brekken", "Ron Salveson", "Carla Hoffner"],
        countries=["United States"],
        note="Batch 13 (written before anything ran on it; fictional). Imitates a Newspack (WordPress) nonprofit newsroom: <title> 'headline \u2013 Prairie Public Ledger'; the byline and 'December 2, 2025' in div.entry-meta with <time datetime>; article:published_time; the text in div.entry-content with a newspack-inline-popup donation prompt ('Support nonprofit news …', 'Donate today') between paragraphs; then the author bio ('Alicia Moreno covers health …'), a 'Republish this story' button and modal whose body holds the Creative Commons terms and the whole story again inside a <textarea>, 'Our Republishing Guidelines' with bullets (none expected). The towns place it in the United States (South Dakota named).",
    ),
    P,
    head(f"{t} \u2013 Prairie Public Ledger", "en-US")
    + og(t, "Prairie Public Ledger", url, P[0])
    + '<meta property="article:published_time" content="2025-12-02T06:00:00+00:00">\n'
    + '</head>\n<body class="post-template-default single single-post newspack-theme">\n<header id="masthead" class="site-header"><div class="site-branding"><a href="/" rel="home" class="custom-logo-link"><img class="custom-logo" alt="Prairie Public Ledger" src="/wp-content/uploads/logo.png"></a></div>' + nav([("category/health", "Health"), ("category/education", "Education"), ("category/environment", "Environment"), ("donate", "Donate")], "main-navigation") + '</header>\n'
    + '<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main"><article id="post-18423" class="post type-post status-publish"><header class="entry-header"><span class="cat-links"><a href="/category/health/">Health</a></span><h1 class="entry-title">' + h(t) + '</h1>'
    + '<div class="entry-subhead"><div class="entry-meta"><span class="author vcard">by <a class="url fn n" href="/author/amoreno/">Alicia Moreno</a></span><span class="posted-on"><time class="entry-date published" datetime="2025-12-02T00:00:00-06:00">December 2, 2025</time></span></div><div class="newspack-sharing"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email</a></div></div></header>'
    + '<div class="entry-content">' + ps(P[:3])
    + '<div class="newspack-popup newspack-inline-popup"><div class="wp-block-group"><h2 class="wp-block-heading">Support nonprofit news in North Dakota</h2><p>The Ledger is free to read because readers like you chip in. Every gift is matched through Dec. 31.</p><div class="wp-block-buttons"><a class="wp-block-button__link" href="/donate/">Donate today</a></div></div></div>'
    + ps(P[3:]) + '</div>'
    + '<div class="author-bio"><div class="author-bio-text"><h2 class="accent-header">Alicia Moreno</h2><p>Alicia Moreno covers health and rural communities for the Prairie Public Ledger. Reach her at amoreno@prairiepublicledger.org.</p><a class="author-link" href="/author/amoreno/">More by Alicia Moreno</a></div></div>'
    + '<div class="republication-tracker-tool"><button class="republication-tracker-tool-button">Republish this story</button><div id="republication-tracker-tool-modal" class="modal" style="display:none;"><div class="modal-content"><h2>Republish this article</h2><p>This work is licensed under a <a href="https://creativecommons.org/licenses/by-nd/4.0/">Creative Commons Attribution-NoDerivatives 4.0 International License</a>.</p>'
    + '<div class="license"><p><strong>Our Republishing Guidelines</strong></p><ul><li>You have to credit us. In the byline, we prefer \u201cAuthor Name, Prairie Public Ledger.\u201d</li><li>You can\'t edit our material, except to reflect relative changes in time, location and editorial style.</li><li>You can\'t sell our material separately or syndicate it.</li><li>If you share republished stories on social media, we\'d appreciate being tagged in your posts.</li></ul></div>'
    + '<textarea readonly class="article-code">' + html.escape(f"<h1>{t}</h1>{republish_html}<p>This article first appeared on Prairie Public Ledger and is republished here under a Creative Commons license.</p>") + '</textarea><button class="copy">Copy to clipboard</button></div></div></div>'
    + '</article></main></div></div>\n'
    + '<footer id="colophon" class="site-footer"><p>\u00a9 2025 Prairie Public Ledger. Proudly powered by Newspack by WordPress.</p></footer>\n'
    + end(),
)

# 5. The Conversation: "Published: December 5, 2025 6:12am AEDT" (the day after the UTC
# timestamp in the metadata); authors with their posts and the disclosure statement and
# partners box in a sidebar; subheadings; "We believe in the free flow of information"
# republishing box and "Read more:" lines inside the text.
t = "Marine heatwaves are arriving earlier off Tasmania. Here is what that means for kelp"
P = [
    "The waters off Tasmania's east coast warmed faster than almost anywhere in the southern hemisphere over the past century. Now, marine heatwaves there are starting earlier in the year, and that matters for the giant kelp forests that once lined the coast.",
    "Our new study, published today in Global Change Biology, looked at 30 years of satellite sea-surface temperatures and dive surveys at 42 reefs. We found that the first marine heatwave of the season now arrives, on average, 19 days earlier than it did in the 1990s.",
    "Why timing matters",
    "Giant kelp grows fastest in spring. A heatwave in late summer hits adult plants that have already grown. A heatwave in spring hits young kelp when it is most fragile, and the reefs we surveyed lost most of their new growth in years with early heatwaves.",
    "What can be done",
    "Some restoration groups are already planting kelp bred from the few survivors that tolerate warmer water. Our results suggest planting should move earlier in the year too, so young kelp has more time to grow before the first heatwave.",
    "As marine ecologist Craig Johnson has argued for years, the east coast is a window onto what other temperate reefs will face. What we learn here about timing will matter far beyond Tasmania.",
]
url = "https://theconversation.com/marine-heatwaves-are-arriving-earlier-off-tasmania-here-is-what-that-means-for-kelp-248113"
page(
    "theconversation.com.tasmania-kelp-heatwaves",
    dict(
        title=t,
        date="2025-12-05",
        dates_also=["2025-12-04"],
        language="en",
        url=url,
        people=["Craig Johnson"],
        countries=["Australia"],
        note="Batch 13 (written before anything ran on it; fictional). Imitates The Conversation: <title> the headline alone, og:site_name 'The Conversation'; 'Published: December 5, 2025 6:12am AEDT' under the headline while article:published_time and JSON-LD say 2025-12-04T19:12:00Z (both days right: dates_also); the authors' box ('Priya Raman, Senior Lecturer in Marine Ecology, University of Tasmania'), the disclosure statement and partners in an <aside> (none expected); the text in div.content-body with <h2> subheadings and a 'Read more: …' line linking an older article (not expected); after it the 'Republish our articles for free' box and tags (none expected). Tasmania places it in Australia.",
    ),
    P,
    head(t, "en")
    + og(t, "The Conversation", url, P[0])
    + '<meta property="article:published_time" content="2025-12-04T19:12:00Z">\n'
    + jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": t, "datePublished": "2025-12-04T19:12:00Z", "author": [{"@type": "Person", "name": "Priya Raman"}], "publisher": {"@type": "Organization", "name": "The Conversation"}})
    + '</head>\n<body class="articles show">\n<header class="site-header"><a class="logo" href="/au">The Conversation</a><p class="tagline">Academic rigour, journalistic flair</p>' + nav([("au/covid-19", "COVID-19"), ("au/arts", "Arts + Culture"), ("au/business", "Business + Economy"), ("au/environment", "Environment + Energy")]) + '</header>\n'
    + '<main><article><header><h1 class="entry-title instapaper_title">' + h(t) + '</h1><div class="timestamps"><time datetime="2025-12-04T19:12:00Z">Published: December 5, 2025 6:12am AEDT</time></div></header>'
    + '<div class="grid-ten"><div itemprop="articleBody" class="content-body content entry-content instapaper_body inline-promos">' + ps(P[:2])
    + '<p><strong>Read more: <a href="/tasmanias-kelp-forests-have-all-but-vanished-123456">Tasmania\'s kelp forests have all but vanished. Can we bring them back?</a></strong></p>'
    + f'<h2>{h(P[2])}</h2>' + ps(P[3:4]) + f'<h2>{h(P[4])}</h2>' + ps(P[5:]) + '</div>'
    + '<aside class="content-sidebar"><div class="content-authors-group"><h2>Author</h2><ul><li class="author"><a href="/profiles/priya-raman-1020304">Priya Raman</a><p class="role">Senior Lecturer in Marine Ecology, University of Tasmania</p></li></ul></div>'
    + '<div class="disclosure"><h2>Disclosure statement</h2><p>Priya Raman receives funding from the Australian Research Council and the Fisheries Research and Development Corporation.</p></div>'
    + '<div class="partners"><h2>Partners</h2><p>University of Tasmania provides funding as a member of The Conversation AU.</p><p><a href="/au/partners">View all partners</a></p></div></aside></div>'
    + '<div class="republish"><p>We believe in the free flow of information</p><p>Republish our articles for free, online or in print, under Creative Commons licence.</p><a class="button" href="/republishing-guidelines">Republish this article</a></div>'
    + '<div class="topic-list"><a href="#">Marine heatwaves</a> <a href="#">Kelp</a> <a href="#">Tasmania</a></div></article></main>\n'
    + '<footer><p>Copyright \u00a9 2010\u20132025, The Conversation Media Group Ltd</p></footer>\n'
    + end(),
)

# 6. A PTI story syndicated on an Indian site: the dateline "New Delhi, Dec 5 (PTI)" opens
# the text; PTI's editor codes "PTI ABC DEF KSS" on the last line; the site's note that
# the story was auto-generated from a syndicated feed; an "Also Read" box.
t = "Delhi Metro to run trains every two minutes on Yellow Line from January"
P = [
    "New Delhi, Dec 5 (PTI) The Delhi Metro will run trains every two minutes on the Yellow Line during morning and evening peak hours from January 15, Delhi Metro Rail Corporation officials said on Friday.",
    "The frequency on the city's busiest corridor, between Samaypur Badli and Millennium City Centre Gurugram, is now two minutes and forty seconds at peak hours.",
    "\u201cTwelve new trainsets have been inducted on the line after trials, which allows us to cut the gap between trains,\u201d DMRC managing director Vikas Kumar Saxena said.",
    "The Yellow Line carries around 12 lakh passengers on an average weekday, and stations such as Rajiv Chowk and Hauz Khas see heavy crowding in the evenings, officials said.",
    "The corporation also plans to open two more entry gates at the Chandni Chowk station by March, they said.",
]
url = "https://www.deccansentinel.com/india/delhi-metro-to-run-trains-every-two-minutes-on-yellow-line-from-january-3321457"
page(
    "deccansentinel.com.delhi-metro-yellow-line",
    dict(
        title=t,
        date="2025-12-05",
        language="en",
        url=url,
        people=["Vikas Kumar Saxena"],
        countries=["India"],
        note="Batch 13 (written before anything ran on it; fictional). Imitates a PTI story syndicated on an Indian news site: <title> 'headline - Deccan Sentinel'; 'Published: 05 Dec 2025, 4:32 pm' and article:published_time (+05:30); the text opens with PTI's dateline 'New Delhi, Dec 5 (PTI)' (kept: part of the paragraph); an 'Also Read' box between paragraphs (not expected); PTI's editor codes 'PTI ABC DV KSS KSS' alone as the last paragraph, then '(This story has not been edited by Deccan Sentinel staff and is auto-generated from a syndicated feed.)' (neither expected); tags and 'Latest News' after. Delhi places it in India.",
    ),
    P,
    head(f"{t} - Deccan Sentinel", "en")
    + og(t, "Deccan Sentinel", url, P[0])
    + '<meta property="article:published_time" content="2025-12-05T16:32:00+05:30">\n'
    + '</head>\n<body>\n<header class="header"><a href="/" class="logo">Deccan Sentinel</a>' + nav([("india", "India"), ("world", "World"), ("business", "Business"), ("sports", "Sports"), ("entertainment", "Entertainment")]) + '</header>\n'
    + '<main class="container"><div class="breadcrumb"><a href="/">Home</a> / <a href="/india">India</a></div><div class="story"><h1 class="story-title">' + h(t) + '</h1>'
    + '<div class="story-meta"><span class="author">PTI</span> <span class="date">Published: 05 Dec 2025, 4:32 pm</span></div>'
    + '<div class="story-content">' + ps(P[:3])
    + '<div class="also-read-box"><span>Also Read</span><a href="/india/delhi-metro-phase-4-1234">Delhi Metro Phase 4: Magenta Line extension to open by March</a></div>'
    + ps(P[3:]) + '<p>PTI ABC DV KSS KSS</p>'
    + '<p class="disclaimer"><em>(This story has not been edited by Deccan Sentinel staff and is auto-generated from a syndicated feed.)</em></p></div>'
    + '<div class="tags"><a href="#">Delhi Metro</a> <a href="#">DMRC</a> <a href="#">Yellow Line</a></div></div>'
    + '<aside class="latest"><h3>Latest News</h3><ul><li><a href="#">Air quality in Delhi slips to \u2018very poor\u2019 again</a></li><li><a href="#">Sensex ends 300 points higher as banks gain</a></li></ul></aside></main>\n'
    + '<footer><p>\u00a9 2025 Deccan Sentinel. All rights reserved.</p></footer>\n'
    + end(),
)

# 7. A Japanese regional paper: <title> "headline｜社会｜北斗日報" where the paper's name is
# declared only there and in the logo's alt (no og:site_name, no JSON-LD); the only date is
# "2025年12月5日 18:30" in a <p>; a photo caption; 関連記事 and the copyright notice after.
t = "函館市電、来春から全線でICカード乗車券導入へ　観光客の利便性向上"
P = [
    "函館市企業局は5日、市電の全線で来年4月から交通系ICカードの利用を始めると発表した。これまでは現金と専用の回数券、一日乗車券に限られていた。",
    "ICカードの読み取り機は全32両に取り付ける。事業費は約2億4千万円で、国の補助金を活用する。",
    "市電の利用者は年間約480万人で、そのうち3割ほどが観光客とみられる。観光客からは「小銭の用意が大変」との声が多く寄せられていた。",
    "IC乗車券が使えるようになる市電の車両＝函館市内",
    "企業局の佐藤浩之交通部長は「観光客にも市民にも使いやすい市電にしたい。運賃の支払いにかかる時間が短くなり、定時運行にもつながる」と話した。",
]
url = "https://www.hokuto-nippo.jp/articles/-/118432"
page(
    "hokuto-nippo.jp.hakodate-shiden-ic",
    dict(
        title=t,
        date="2025-12-05",
        language="ja",
        url=url,
        people=["佐藤浩之"],
        countries=["Japan"],
        note="Batch 13 (written before anything ran on it; fictional). Imitates a Japanese regional paper's site: <title> 'headline｜社会｜北斗日報' (the paper's name declared only there and in the logo's alt; no og:site_name, no JSON-LD, og:title the headline with the same suffix); the only date is '2025年12月5日 18:30' in p.date (no meta, no <time>); the text in div.article-body with a photo whose caption ends in '＝函館市内' (the caption expected, after the third paragraph); then '関連記事' links, '無断転載・複製を禁じます' and a paywall login prompt for other stories (none expected). Hakodate places it in Japan.",
    ),
    P,
    head(f"{t}｜社会｜北斗日報", "ja")
    + f'<meta property="og:title" content="{html.escape(t)}｜社会｜北斗日報">\n<meta property="og:type" content="article">\n<meta property="og:url" content="{url}">\n<meta name="description" content="{html.escape(P[0])}">\n'
    + '</head>\n<body>\n<header class="l-header"><h2 class="logo"><a href="/"><img src="/img/logo.svg" alt="北斗日報"></a></h2>' + nav([("category/news", "ニュース"), ("category/society", "社会"), ("category/economy", "経済"), ("category/sports", "スポーツ")]) + '<a class="login" href="/login">ログイン</a></header>\n'
    + '<main class="l-main"><article class="article"><div class="article-header"><span class="category">社会</span><h1 class="article-title">' + h(t) + '</h1><p class="date">2025年12月5日 18:30</p></div>'
    + '<div class="article-body">' + ps(P[:3])
    + f'<figure class="article-photo"><img src="/img/118432-1.jpg" alt=""><figcaption>{h(P[3])}</figcaption></figure>'
    + ps(P[4:]) + '</div>'
    + '<div class="sns-share"><a href="#">X</a><a href="#">Facebook</a><a href="#">LINE</a></div></article>'
    + '<section class="related"><h3>関連記事</h3><ul><li><a href="/articles/-/117900">函館市電、運賃値上げを申請　来年度から</a></li><li><a href="/articles/-/116511">函館朝市、外国人観光客が過去最多</a></li></ul></section>'
    + '<p class="copyright-note">北斗日報の記事・写真の無断転載・複製を禁じます。</p></main>\n'
    + '<footer class="l-footer"><p>Copyright \u00a9 北斗日報社 All Rights Reserved.</p></footer>\n'
    + end(),
)

# 8. A Lithuanian portal: <title> "headline - Kauno diena24" (the site's name also only in
# JSON-LD publisher and the logo); the date only visible as "2025 m. gruodžio 5 d. 14:32";
# a "Taip pat skaitykite:" line, a photo caption with "Nuotr." credit, the comments count
# and the typo prompt.
t = "Kaune šią žiemą bus atnaujinta 40 autobusų stotelių"
P = [
    "Kauno miesto savivaldybė šią žiemą atnaujins 40 viešojo transporto stotelių: jose atsiras nauji stogeliai, suolai ir elektroninės švieslentės, rodančios autobusų atvykimo laiką.",
    "Pirmosios stotelės bus pakeistos Savanorių prospekte ir Žaliakalnyje, o darbai turėtų baigtis iki kovo pabaigos, sakė savivaldybės Transporto skyriaus vedėjas Mindaugas Petrauskas.",
    "Naujoji stotelė Savanorių prospekte",
    "Projektas kainuos apie 1,2 mln. eurų, iš kurių dalį padengs Europos Sąjungos fondai. Kauniečiai stotelių atnaujinimo prašė dar praėjusių metų gyventojų apklausoje.",
    "„Stotelė yra pirmas dalykas, kurį žmogus mato, kai renkasi viešąjį transportą. Ji turi būti šilta, šviesi ir informatyvi“, – teigė vicemeras Tomas Jankauskas.",
]
url = "https://kaunodiena24.lt/naujienos/kaunas/miesto-pulsas/kaune-sia-ziema-bus-atnaujinta-40-autobusu-stoteliu-1184320"
page(
    "kaunodiena24.lt.kaunas-stoteles",
    dict(
        title=t,
        date="2025-12-05",
        language="lt",
        url=url,
        people=["Mindaugas Petrauskas", "Tomas Jankauskas"],
        countries=["Lithuania"],
        note="Batch 13 (written before anything ran on it; fictional). Imitates a Lithuanian city portal: <title> 'headline - Kauno diena24' (the name also in JSON-LD publisher, which has no date, and the logo; no og:site_name); the date only visible '2025 m. gruodžio 5 d. 14:32'; the byline 'Rūta Vaitkutė'; a photo whose caption 'Naujoji stotelė Savanorių prospekte' (expected) is followed by the credit 'Nuotr. Eglės Juodytės' (not expected); a 'Taip pat skaitykite: …' line (not expected); then 'Komentarai (37)', 'Pastebėjote klaidą? Pažymėkite tekstą ir spauskite Ctrl+Enter' and related stories (none expected). Kaunas places it in Lithuania.",
    ),
    P,
    head(f"{t} - Kauno diena24", "lt")
    + f'<meta property="og:title" content="{html.escape(t)}">\n<meta property="og:type" content="article">\n<meta property="og:url" content="{url}">\n<link rel="canonical" href="{url}">\n'
    + jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": t, "publisher": {"@type": "Organization", "name": "Kauno diena24", "logo": {"@type": "ImageObject", "url": "https://kaunodiena24.lt/img/logo.png"}}})
    + '</head>\n<body>\n<header><a class="logo" href="/"><img src="/img/logo.png" alt="Kauno diena24"></a>' + nav([("naujienos/kaunas", "Kaunas"), ("naujienos/lietuva", "Lietuva"), ("naujienos/pasaulis", "Pasaulis"), ("naujienos/sportas", "Sportas")]) + '</header>\n'
    + '<main><article class="article"><h1 class="article-title">' + h(t) + '</h1><div class="article-info"><span class="author">Rūta Vaitkutė</span> <span class="date">2025 m. gruodžio 5 d. 14:32</span></div>'
    + '<div class="article-content">' + ps(P[:2])
    + f'<figure><img src="/img/stotele.jpg" alt=""><figcaption><span class="caption">{h(P[2])}</span> <span class="credit">Nuotr. Eglės Juodytės</span></figcaption></figure>'
    + ps(P[3:4]) + '<p><strong>Taip pat skaitykite:</strong> <a href="/naujienos/kaunas/troleibusai">Kaune – nauji troleibusai: kada jie pasirodys gatvėse</a></p>' + ps(P[4:]) + '</div>'
    + '<div class="comments-link"><a href="#komentarai">Komentarai (37)</a></div><p class="typo">Pastebėjote klaidą? Pažymėkite tekstą ir spauskite Ctrl+Enter</p></article>'
    + '<section class="related"><h3>Susiję straipsniai</h3><ul><li><a href="#">Kaunas gavo ES lėšų dviračių takams</a></li><li><a href="#">Žaliakalnio funikulierius vėl veikia</a></li></ul></section></main>\n'
    + '<footer><p>\u00a9 2025 Kauno diena24. Visos teisės saugomos.</p></footer>\n'
    + end(),
)

# 9. A Latvian public broadcaster: a short live update list? No: a news story with the
# date as "5. decembris, 2025, 10:15", the standfirst in bold, "Lasiet arī:" box, an
# embedded audio player's title, and the Ctrl+Enter prompt.
t = "Rīgā no janvāra sabiedriskajā transportā varēs norēķināties ar bankas karti"
P = [
    "No nākamā gada janvāra Rīgas tramvajos, trolejbusos un autobusos par braucienu varēs samaksāt, pieliekot validatoram bankas karti vai telefonu.",
    "Pašvaldības uzņēmums \u201cRīgas satiksme\u201d piektdien paziņoja, ka jaunie validatori jau uzstādīti visos 780 transportlīdzekļos un pašlaik notiek to pārbaude.",
    "Brauciena cena, maksājot ar karti, būs tāda pati kā ar e-talonu \u2013 1,50 eiro. Papildu maksa netiks iekasēta, sacīja uzņēmuma valdes priekšsēdētājs Kaspars Ozoliņš.",
    "E-taloni arī turpmāk būs derīgi, un braukšanas atvieglojumi skolēniem un pensionāriem saglabāsies tikai ar tiem, jo bankas karte nevar apliecināt tiesības uz atlaidi.",
    "Rīgas vicemēre Linda Bērziņa norādīja, ka jaunā sistēma īpaši atvieglos dzīvi tūristiem un tiem, kas pilsētā brauc reti.",
]
url = "https://www.lsm-zinas.lv/raksts/zinas/latvija/riga-no-janvara-sabiedriskaja-transporta-vares-norekinaties-ar-bankas-karti.a612345/"
page(
    "lsm-zinas.lv.riga-bankas-karte",
    dict(
        title=t,
        date="2025-12-05",
        language="lv",
        url=url,
        people=["Kaspars Ozoliņš", "Linda Bērziņa"],
        countries=["Latvia"],
        note="Batch 13 (written before anything ran on it; fictional). Imitates a Latvian public broadcaster's news page: <title> 'headline / Raksts' (no site name; og:site_name 'LSM zinas'); the standfirst in <p class=lead><strong> (expected); the date only visible '5. decembris, 2025, 10:15' and the source line 'LSM.lv Ziņu redakcija' (not expected); an audio player titled 'Klausies: Rīgas satiksme par jaunajiem validatoriem' (not expected); a 'Lasiet arī' box (not expected); 'Ja pamanījāt kļūdu, iezīmējiet tekstu un nospiediet Ctrl+Enter' and 'Tēmas' tags after (none expected). Riga places it in Latvia.",
    ),
    P,
    head(f"{t} / Raksts", "lv")
    + og(t, "LSM zinas", url, P[0])
    + '</head>\n<body>\n<header class="header"><a href="/" class="logo"><img src="/img/lsm.svg" alt="LSM"></a>' + nav([("zinas/latvija", "Latvijā"), ("zinas/arzemes", "Ārzemēs"), ("ekonomika", "Ekonomika"), ("sports", "Sports")]) + '</header>\n'
    + '<main class="article-page"><article><div class="article__meta"><span class="article__source">LSM.lv Ziņu redakcija</span> <span class="article__date">5. decembris, 2025, 10:15</span></div><h1 class="article__headline">' + h(t) + '</h1>'
    + f'<p class="article__lead"><strong>{h(P[0])}</strong></p>'
    + '<div class="audio-player"><button>\u25b6</button><span class="audio-title">Klausies: Rīgas satiksme par jaunajiem validatoriem</span><span class="audio-duration">03:12</span></div>'
    + '<div class="article__body">' + ps(P[1:3])
    + '<div class="read-more-box"><h4>Lasiet arī</h4><a href="/raksts/zinas/latvija/e-talons.a611000/">E-talona cenas nākamgad nemainīsies</a></div>'
    + ps(P[3:]) + '</div>'
    + '<p class="article__typo">Ja pamanījāt kļūdu, iezīmējiet tekstu un nospiediet Ctrl+Enter</p>'
    + '<div class="article__tags"><span>Tēmas</span> <a href="#">Rīga</a> <a href="#">Sabiedriskais transports</a></div></article></main>\n'
    + '<footer><p>\u00a9 Latvijas Sabiedriskie mediji, 2025</p></footer>\n'
    + end(),
)

# 10. An Estonian public broadcaster: "headline | Eesti | ERR"; date visible only as
# "05.12.2025 12:41"? No: as "5. detsember 2025, 12:41"; the editor's line "Toimetaja:
# Mari Peegel" and the source line "Allikas: ERR" after the text; a "Loe ka:" line.
t = "Tartu avab jõulukuu ajaks kesklinnas tasuta parklad"
P = [
    "Tartu linn muudab detsembri viimasel kahel nädalal kesklinna kolm suurt parklat tasuta, et meelitada inimesi jõuluturule ja kohalikesse kauplustesse.",
    "Tasuta parkimine kehtib 15. kuni 31. detsembrini Vabaduse puiestee, Turu tänava ja Küüni tänava parklates kuni kolm tundi korraga.",
    "Abilinnapea Kristjan Lepik ütles, et möödunud aastal kaupmeeste palvel tehtud katse suurendas kesklinna külastajate arvu ligi viiendiku võrra.",
    "\u201cKesklinn peab jõulude ajal olema elav. Kui inimesed sõidavad kaubanduskeskustesse linna servale, jääb vanalinn tühjaks,\u201d märkis Lepik.",
    "Ühistranspordi kasutajatele on detsembris tasuta ka linnaliinibussid laupäeviti.",
]
url = "https://www.err-uudised.ee/1609871234/tartu-avab-joulukuu-ajaks-kesklinnas-tasuta-parklad"
page(
    "err-uudised.ee.tartu-tasuta-parklad",
    dict(
        title=t,
        date="2025-12-05",
        language="et",
        url=url,
        people=["Kristjan Lepik"],
        countries=["Estonia"],
        note="Batch 13 (written before anything ran on it; fictional). Imitates an Estonian public broadcaster's story: <title> 'headline | Eesti | ERR' (section then site); og:title the headline; the date only visible as '5. detsember 2025, 12:41' in span.pubdate; a 'Loe ka:' line with a linked headline (not expected); after the text 'Toimetaja: Mari Peegel' and 'Allikas: ERR' (not expected), share buttons and 'Viimased uudised' (none expected). Tartu places it in Estonia.",
    ),
    P,
    head(f"{t} | Eesti | ERR", "et")
    + og(t, "ERR", url, P[0])
    + '</head>\n<body>\n<header class="err-header"><a href="/" class="logo">ERR uudised</a>' + nav([("eesti", "Eesti"), ("valismaa", "Välismaa"), ("majandus", "Majandus"), ("kultuur", "Kultuur")]) + '</header>\n'
    + '<main><article class="article"><div class="category"><a href="/eesti">Eesti</a></div><h1>' + h(t) + '</h1><div class="meta"><span class="pubdate">5. detsember 2025, 12:41</span></div>'
    + '<div class="lead">' + ps(P[:1]) + '</div><div class="body">' + ps(P[1:3])
    + '<p><strong>Loe ka:</strong> <a href="/1609860000/tartu-joulumaa">Tartu jõulumaa avatakse Raekoja platsil</a></p>'
    + ps(P[3:]) + '</div>'
    + '<div class="editor"><p>Toimetaja: Mari Peegel</p><p>Allikas: ERR</p></div>'
    + '<div class="share"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">E-post</a></div></article>'
    + '<aside class="latest"><h3>Viimased uudised</h3><ul><li><a href="#">Riigikogu võttis vastu eelarve</a></li><li><a href="#">Ilm: nädalavahetusel tuleb lund</a></li></ul></aside></main>\n'
    + '<footer><p>\u00a9 2025 ERR</p></footer>\n'
    + end(),
)

# 11. A Georgian news agency: <title> the headline alone; JSON-LD with datePublished; the
# date visible as "05 დეკემბერი 2025 13:20"; "ასევე წაიკითხეთ:" line; tags and the site's
# copyright note ("სრულად ან ნაწილობრივ გამოყენებისას...").
t = "თბილისში ახალი საბაგირო გზის მშენებლობა გაზაფხულზე დაიწყება"
P = [
    "თბილისის მერიამ ვაკე-ბაგების ახალი საბაგირო გზის მშენებლობის ტენდერის გამარჯვებული გამოავლინა. სამუშაოები გაზაფხულზე დაიწყება და ორ წელიწადში დასრულდება.",
    "საბაგირო გზის სიგრძე 2,4 კილომეტრი იქნება, ხოლო მგზავრობა ორ ბოლო სადგურს შორის რვა წუთს გაგრძელდება. პროექტის ღირებულება 48 მილიონი ლარია.",
    "თბილისის ვიცე-მერის ნინო ბერიძის განცხადებით, ახალი ხაზი დღეში 12 ათასამდე მგზავრს მოემსახურება და ვაკის ქუჩებზე საცობებს შეამცირებს.",
    "ბაგების მაცხოვრებლები წლებია ითხოვდნენ ცენტრთან უკეთეს კავშირს. ახლა ავტობუსით მგზავრობას საცობების დროს ერთ საათამდე სჭირდება.",
]
url = "https://www.kartuli-ambebi.ge/ge/news/812345-tbilisshi-akhali-sabagiro"
page(
    "kartuli-ambebi.ge.tbilisi-sabagiro",
    dict(
        title=t,
        date="2025-12-05",
        language="ka",
        url=url,
        people=["ნინო ბერიძე"],
        countries=["Georgia"],
        note="Batch 13 (written before anything ran on it; fictional). Imitates a Georgian news agency: <title> the headline alone (og:site_name 'ქართული ამბები'); JSON-LD NewsArticle with datePublished 2025-12-05T13:20:00+04:00; the date visible as '05 დეკემბერი 2025 13:20'; an 'ასევე წაიკითხეთ:' line (not expected); tags 'თეგები:' and the note 'ქართული ამბების მასალების სრულად ან ნაწილობრივ გამოყენებისას წყაროს მითითება სავალდებულოა' after (none expected). Tbilisi places it in Georgia. People: the vice-mayor by her name in the nominative.",
    ),
    P,
    head(t, "ka")
    + og(t, "ქართული ამბები", url, P[0])
    + art(url, t, "2025-12-05T13:20:00+04:00", "ქართული ამბები", author="ქართული ამბები")
    + '</head>\n<body>\n<header><a class="logo" href="/ge">ქართული ამბები</a>' + nav([("ge/politika", "პოლიტიკა"), ("ge/ekonomika", "ეკონომიკა"), ("ge/sazogadoeba", "საზოგადოება"), ("ge/sporti", "სპორტი")]) + '</header>\n'
    + '<main><div class="news-page"><h1 class="news-title">' + h(t) + '</h1><div class="news-date">05 დეკემბერი 2025 13:20</div>'
    + '<div class="news-text">' + ps(P[:2]) + '<p><b>ასევე წაიკითხეთ:</b> <a href="/ge/news/811000">თბილისის მეტროში ახალი ვაგონები ჩადგება</a></p>' + ps(P[2:]) + '</div>'
    + '<div class="tags">თეგები: <a href="#">თბილისი</a> <a href="#">საბაგირო</a></div>'
    + '<p class="copy-note">ქართული ამბების მასალების სრულად ან ნაწილობრივ გამოყენებისას წყაროს მითითება სავალდებულოა</p></div></main>\n'
    + '<footer><p>\u00a9 2025 ქართული ამბები</p></footer>\n'
    + end(),
)

# 12. An Armenian news agency: the agency's dateline in capitals opens the text ("ԵՐԵՎԱՆ, 5
# ԴԵԿՏԵՄԲԵՐԻ, ԱՐՄԵՆՊՐԵՍ:"), kept; the date visible as "11:40, 5 Դեկտեմբեր, 2025";
# og:title the headline; "Կարդացեք նաև" box; the agency's reuse notice.
t = "Երևանում կբացվի քաղաքային նոր գրադարան"
P = [
    "ԵՐԵՎԱՆ, 5 ԴԵԿՏԵՄԲԵՐԻ, ՀԱՅԼՈՒՐ: Երևանի Շենգավիթ վարչական շրջանում հաջորդ տարի կբացվի քաղաքային նոր գրադարան՝ ընթերցասրահով և երեխաների համար նախատեսված սենյակով:",
    "Ինչպես հայտնեց Երևանի փոխքաղաքապետ Արմեն Սարգսյանը, շենքի վերանորոգման աշխատանքներն արդեն սկսվել են և կավարտվեն մինչև ամառ: Ծրագրի արժեքը կազմում է 620 միլիոն դրամ:",
    "«Գրադարանը պետք է լինի ոչ միայն գրքերի, այլև հանդիպումների վայր»,- ասել է Սարգսյանը:",
    "Գրադարանում կլինի մոտ 40 հազար գիրք, ինչպես նաև համակարգչային սրահ՝ անվճար ինտերնետով:",
]
url = "https://haylur-news.am/am/news/1182345.html"
page(
    "haylur-news.am.yerevan-gradaran",
    dict(
        title=t,
        date="2025-12-05",
        language="hy",
        url=url,
        people=["Արմեն Սարգսյան"],
        countries=["Armenia"],
        note="Batch 13 (written before anything ran on it; fictional). Imitates an Armenian news agency: <title> 'headline - Հայլուր'; og:title the headline; the date visible only as '11:40, 5 Դեկտեմբեր, 2025'; the text opens with the agency dateline in capitals 'ԵՐԵՎԱՆ, 5 ԴԵԿՏԵՄԲԵՐԻ, ՀԱՅԼՈՒՐ:' (kept, part of the paragraph); a 'Կարդացեք նաև' box (not expected); the notice 'Հայլուրի նյութերն օգտագործելիս հղումը պարտադիր է' and tags after (none expected). Yerevan places it in Armenia.",
    ),
    P,
    head(f"{t} - Հայլուր", "hy")
    + og(t, "Հայլուր", url, P[1])
    + '</head>\n<body>\n<header><a class="logo" href="/am">Հայլուր</a>' + nav([("am/politics", "Քաղաքականություն"), ("am/economy", "Տնտեսություն"), ("am/society", "Հասարակություն")]) + '</header>\n'
    + '<main><article class="article"><h1>' + h(t) + '</h1><div class="article-date">11:40, 5 Դեկտեմբեր, 2025</div>'
    + '<div class="article-text">' + ps(P[:2])
    + '<div class="read-also"><span>Կարդացեք նաև</span><a href="/am/news/1181000.html">Երևանում կվերանորոգվեն 12 դպրոց</a></div>' + ps(P[2:]) + '</div>'
    + '<p class="notice">Հայլուրի նյութերն օգտագործելիս հղումը պարտադիր է</p><div class="tags"><a href="#">Երևան</a> <a href="#">գրադարան</a></div></article></main>\n'
    + '<footer><p>\u00a9 2025 Հայլուր</p></footer>\n'
    + end(),
)

# 13. An Azerbaijani agency: the dateline "Bakı. 5 dekabr. APA" hmm: "Bakı, 5 dekabr,
# Xəbər24" opens the text (kept); the date visible as "05 dekabr 2025 14:08"; the agency's
# own "Digər xəbərlər" list and "Xəbəri paylaş" row.
t = "Bakıda yeni metro stansiyasının tikintisinə başlanılıb"
P = [
    "Bakı, 5 dekabr, Xəbər24. Bakı metropoliteninin Bənövşəyi xəttində yeni \u201cXocəsən\u201d stansiyasının tikintisinə başlanılıb.",
    "Metropolitenin mətbuat xidmətinin rəhbəri Rəşad Məmmədov bildirib ki, stansiyanın 2028-ci ilin sonuna qədər istifadəyə verilməsi planlaşdırılır.",
    "Onun sözlərinə görə, yeni stansiya gündə 40 min sərnişinə xidmət göstərəcək və Binəqədi rayonunun sakinlərinin şəhər mərkəzinə getmə vaxtını təxminən yarıya endirəcək.",
    "Layihənin dəyəri açıqlanmayıb. Tikinti işləri zamanı ərazidə avtobus marşrutlarının hərəkət sxemi dəyişdiriləcək.",
]
url = "https://xeber24.az/az/news/bakida-yeni-metro-stansiyasinin-tikintisine-baslanilib-712455"
page(
    "xeber24.az.baki-metro-stansiya",
    dict(
        title=t,
        date="2025-12-05",
        language="az",
        url=url,
        people=["Rəşad Məmmədov"],
        countries=["Azerbaijan"],
        note="Batch 13 (written before anything ran on it; fictional). Imitates an Azerbaijani news agency: <title> 'headline | Xəbər24'; og:title the headline; the date visible as '05 dekabr 2025 14:08' with a views counter; the text opens with the agency dateline 'Bakı, 5 dekabr, Xəbər24.' (kept); 'Xəbəri paylaş' share row and 'Digər xəbərlər' list after (none expected). Baku places it in Azerbaijan.",
    ),
    P,
    head(f"{t} | Xəbər24", "az")
    + og(t, "Xəbər24", url, P[1])
    + '</head>\n<body>\n<header><a class="logo" href="/az">Xəbər24</a>' + nav([("az/siyaset", "Siyasət"), ("az/iqtisadiyyat", "İqtisadiyyat"), ("az/cemiyyet", "Cəmiyyət"), ("az/idman", "İdman")]) + '</header>\n'
    + '<main><div class="news-detail"><h1>' + h(t) + '</h1><div class="news-info"><span class="date">05 dekabr 2025 14:08</span> <span class="views">1 245</span></div>'
    + '<div class="news-content">' + ps(P) + '</div>'
    + '<div class="share"><span>Xəbəri paylaş</span> <a href="#">Facebook</a> <a href="#">WhatsApp</a> <a href="#">Telegram</a></div></div>'
    + '<section class="other-news"><h3>Digər xəbərlər</h3><ul><li><a href="#">Sumqayıtda yeni park açılıb</a> <span>13:40</span></li><li><a href="#">Gəncədə su kəsintisi olacaq</a> <span>12:15</span></li></ul></section></main>\n'
    + '<footer><p>\u00a9 2025 Xəbər24. Məlumatdan istifadə edərkən istinad mütləqdir.</p></footer>\n'
    + end(),
)

# 14. A Macedonian portal: the date visible as "05.12.2025 во 10:15" hmm no: "5 декември
# 2025, 10:15"; "Прочитај повеќе:" line; an embedded Facebook post's text (the police's
# statement) kept; "Следете нè на Viber" prompt.
t = "Скопје воведува зелени коридори за автобусите на булеварот Илинден"
P = [
    "Град Скопје од понеделник воведува посебни ленти за автобусите на булеварот Илинден, со кои градскиот превоз треба да биде побрз за десет минути во шпиц.",
    "Градоначалничката Елена Трајковска изјави дека лентите ќе бидат обележани со црвена боја и дека возилата што ќе ги користат ќе бидат казнувани.",
    "„Секој ден над 60.000 луѓе се возат со автобусите на ЈСП. Тие заслужуваат да стигнат на време“, рече Трајковска.",
    "Сообраќајната полиција соопшти дека првите две недели возачите ќе бидат само предупредувани.",
]
url = "https://skopje-denes.mk/skopje/zeleni-koridori-avtobusi-ilinden-448812/"
page(
    "skopje-denes.mk.zeleni-koridori",
    dict(
        title=t,
        date="2025-12-05",
        language="mk",
        url=url,
        people=["Елена Трајковска"],
        countries=["North Macedonia"],
        note="Batch 13 (written before anything ran on it; fictional). Imitates a Macedonian news portal: <title> 'headline - Скопје Денес'; og:title the headline; article:published_time; the date visible as '5 декември 2025, 10:15'; a 'Прочитај повеќе:' line (not expected); 'Следете нè и на Viber' prompt and 'Поврзани вести' after (none expected). Skopje places it in North Macedonia.",
    ),
    P,
    head(f"{t} - Скопје Денес", "mk")
    + og(t, "Скопје Денес", url, P[0])
    + '<meta property="article:published_time" content="2025-12-05T10:15:00+01:00">\n'
    + '</head>\n<body>\n<header><a class="logo" href="/">Скопје Денес</a>' + nav([("skopje", "Скопје"), ("makedonija", "Македонија"), ("svet", "Свет"), ("sport", "Спорт")]) + '</header>\n'
    + '<main><article class="post"><h1 class="post-title">' + h(t) + '</h1><div class="post-meta"><span class="date">5 декември 2025, 10:15</span></div>'
    + '<div class="post-content">' + ps(P[:2]) + '<p><strong>Прочитај повеќе: <a href="/skopje/novi-avtobusi-448001/">Пристигнаа првите 20 нови автобуси за ЈСП</a></strong></p>' + ps(P[2:])
    + '<p class="viber"><em>Следете нè и на Viber за најновите вести од Скопје.</em></p></div></article>'
    + '<section class="related"><h3>Поврзани вести</h3><ul><li><a href="#">Затворен дел од Партизанска поради реконструкција</a></li></ul></section></main>\n'
    + '<footer><p>\u00a9 2025 Скопје Денес</p></footer>\n'
    + end(),
)

# 15. An Albanian (Kosovo) portal: "headline - Prishtina Sot"; the date visible as "5
# Dhjetor, 2025 11:20"; "Lexo edhe:" lines; "Ndiqni lajmet e fundit në Telegram" prompt.
t = "Prishtina fillon ndërtimin e parkingut nëntokësor në qendër të qytetit"
P = [
    "Komuna e Prishtinës ka nisur ndërtimin e parkingut nëntokësor nën sheshin \u201cSkënderbeu\u201d, me 420 vende parkimi në tri kate.",
    "Kryetari i komunës, Arben Krasniqi, tha në ceremoninë e fillimit të punimeve se projekti do të përfundojë brenda dy vitesh dhe do të lirojë rrugët e qendrës nga veturat e parkuara.",
    "Vlera e projektit është 11 milionë euro, të cilat do të financohen nga buxheti komunal dhe një kredi nga Banka Evropiane për Rindërtim dhe Zhvillim.",
    "Gjatë punimeve, qarkullimi në rrugën \u201cAgim Ramadani\u201d do të jetë i kufizuar, ka njoftuar komuna.",
]
url = "https://prishtinasot.net/lajme/prishtina-fillon-ndertimin-e-parkingut-nentokesor/"
page(
    "prishtinasot.net.parking-nentokesor",
    dict(
        title=t,
        date="2025-12-05",
        language="sq",
        url=url,
        people=["Arben Krasniqi"],
        countries=["Kosovo"],
        note="Batch 13 (written before anything ran on it; fictional). Imitates a Kosovo news portal: <title> 'headline - Prishtina Sot'; og:title the headline; the date visible as '5 Dhjetor, 2025 11:20' (no meta, no JSON-LD); two 'Lexo edhe:' lines with linked headlines (not expected); after the text 'Ndiqni lajmet e fundit në Telegram' and 'Lajme të ngjashme' (none expected). Pristina places it in Kosovo. Agim Ramadani is a street's name here, not a person in the story.",
    ),
    P,
    head(f"{t} - Prishtina Sot", "sq")
    + og(t, "Prishtina Sot", url, P[0])
    + '</head>\n<body>\n<header><a class="logo" href="/">Prishtina Sot</a>' + nav([("lajme", "Lajme"), ("politike", "Politikë"), ("ekonomi", "Ekonomi"), ("sport", "Sport")]) + '</header>\n'
    + '<main><article><h1 class="entry-title">' + h(t) + '</h1><div class="entry-meta"><span class="date">5 Dhjetor, 2025 11:20</span></div>'
    + '<div class="entry-content">' + ps(P[:1]) + '<p><strong>Lexo edhe: <a href="/lajme/trafiku-ne-prishtine/">Prishtina me plan të ri për trafikun</a></strong></p>' + ps(P[1:3])
    + '<p><strong>Lexo edhe: <a href="/lajme/autobuset-elektrike/">Autobusët elektrikë qarkullojnë nga janari</a></strong></p>' + ps(P[3:])
    + '<p class="telegram"><a href="https://t.me/prishtinasot">Ndiqni lajmet e fundit në Telegram</a></p></div></article>'
    + '<section class="related"><h3>Lajme të ngjashme</h3><ul><li><a href="#">Komuna ndan 2 milionë euro për shkollat</a></li></ul></section></main>\n'
    + '<footer><p>\u00a9 2025 Prishtina Sot. Të gjitha të drejtat e rezervuara.</p></footer>\n'
    + end(),
)

# 16. A Swahili daily (Tanzania): the date visible as "Ijumaa, Desemba 05, 2025"; the
# story with "Soma zaidi:" lines; the author's line "Imeandikwa na Neema Mushi" above;
# JSON-LD without a date.
t = "Dar es Salaam kuanza kutumia mabasi ya umeme mwakani"
P = [
    "Serikali imetangaza kuwa mabasi 100 ya umeme yataanza kutoa huduma katika barabara za mabasi yaendayo haraka jijini Dar es Salaam kuanzia Julai mwakani.",
    "Akizungumza jana bungeni, Waziri wa Uchukuzi, Juma Mwakyusa, alisema mabasi hayo yatapunguza gharama za mafuta na uchafuzi wa hewa katikati ya jiji.",
    "\u201cTunataka wananchi wapate usafiri wa uhakika na wa bei nafuu, na mazingira yetu yabaki safi,\u201d alisema Mwakyusa.",
    "Kwa mujibu wa wizara, vituo vitatu vya kuchajia vitajengwa Kimara, Gerezani na Mbagala kabla ya mabasi kuwasili.",
]
url = "https://www.habarileo-tz.co.tz/habari/kitaifa/dar-es-salaam-kuanza-kutumia-mabasi-ya-umeme-mwakani-4981234"
page(
    "habarileo-tz.co.tz.mabasi-ya-umeme",
    dict(
        title=t,
        date="2025-12-05",
        language="sw",
        url=url,
        people=["Juma Mwakyusa"],
        countries=["Tanzania"],
        note="Batch 13 (written before anything ran on it; fictional). Imitates a Tanzanian Swahili daily: <title> 'headline | Habari Leo' (the site's name also in JSON-LD publisher, whose NewsArticle has no date; no og:site_name); 'Imeandikwa na Neema Mushi' and the date only visible 'Ijumaa, Desemba 05, 2025'; a 'Soma zaidi:' line (not expected); 'Habari zinazohusiana' after (not expected). Dar es Salaam places it in Tanzania.",
    ),
    P,
    head(f"{t} | Habari Leo", "sw")
    + f'<meta property="og:title" content="{html.escape(t)}">\n<meta property="og:type" content="article">\n<meta property="og:url" content="{url}">\n'
    + art(url, t, None, "Habari Leo", author="Neema Mushi")
    + '</head>\n<body>\n<header><a class="logo" href="/"><img src="/logo.png" alt="Habari Leo"></a>' + nav([("habari/kitaifa", "Kitaifa"), ("habari/kimataifa", "Kimataifa"), ("biashara", "Biashara"), ("michezo", "Michezo")]) + '</header>\n'
    + '<main><article class="article"><h1>' + h(t) + '</h1><div class="byline"><span>Imeandikwa na Neema Mushi</span><span class="date">Ijumaa, Desemba 05, 2025</span></div>'
    + '<div class="article-body">' + ps(P[:2]) + '<p><strong>Soma zaidi:</strong> <a href="/habari/kitaifa/brt-awamu-ya-tatu">BRT awamu ya tatu kukamilika Machi</a></p>' + ps(P[2:]) + '</div></article>'
    + '<section class="related"><h3>Habari zinazohusiana</h3><ul><li><a href="#">Bei ya mafuta yashuka kwa mwezi Desemba</a></li></ul></section></main>\n'
    + '<footer><p>\u00a9 2025 Habari Leo</p></footer>\n'
    + end(),
)

# 17. A Basque daily: the date visible as "2025eko abenduaren 5a, 09:30"; the standfirst as
# <h2>; an "Irakurri ere:" hmm no: Basque sites use "Gai honi buruz gehiago"; a
# subscription appeal "Harpidetu" box.
t = "Bilboko metroak gaueko zerbitzua luzatuko du asteburuetan"
P = [
    "Larunbatetan eta igandeetan trenak goizeko hiruretara arte ibiliko dira urtarriletik aurrera.",
    "Bilboko metroak asteburuetako gaueko zerbitzua luzatuko du urtarrilaren 10etik aurrera. Orain arte azken trena goizeko biak aldera irteten zen; aurrerantzean, hiruretan.",
    "Metro Bilboko zuzendari nagusi Miren Etxeberriak azaldu duenez, neurria gazteen eskaerei erantzuteko hartu da, eta lehen sei hilabeteetan proban egongo da.",
    "Gaueko trenak 15 minuturo ibiliko dira bi lineetan. Zerbitzuak urtean 1,4 milioi euro gehiago kostatuko ditu.",
]
url = "https://www.egunkaria-bizkaia.eus/gizartea/2025-12-05/bilboko-metroak-gaueko-zerbitzua-luzatuko-du.htm"
page(
    "egunkaria-bizkaia.eus.metro-gaueko-zerbitzua",
    dict(
        title=t,
        date="2025-12-05",
        language="eu",
        url=url,
        people=["Miren Etxeberria"],
        countries=["Spain"],
        note="Batch 13 (written before anything ran on it; fictional). Imitates a Basque-language daily: <title> 'headline | Bizkaiko Egunkaria'; og:title the headline; the standfirst an <h2 class=sarrera> (expected); the date visible only as '2025eko abenduaren 5a, 09:30' (also in the URL); a 'Harpidetu' appeal box after the text and 'Gai honi buruz gehiago' links (none expected). Bilbao places it in Spain. People: 'Miren Etxeberriak' is the ergative of Miren Etxeberria.",
    ),
    P,
    head(f"{t} | Bizkaiko Egunkaria", "eu")
    + og(t, "Bizkaiko Egunkaria", url, P[0])
    + '</head>\n<body>\n<header><a class="logo" href="/">Bizkaiko Egunkaria</a>' + nav([("politika", "Politika"), ("gizartea", "Gizartea"), ("ekonomia", "Ekonomia"), ("kirola", "Kirola")]) + '</header>\n'
    + '<main><article><h1 class="titularra">' + h(t) + '</h1><h2 class="sarrera">' + h(P[0]) + '</h2><div class="egilea"><span>Jon Arregi</span> <span class="data">2025eko abenduaren 5a, 09:30</span></div>'
    + '<div class="testua">' + ps(P[1:]) + '</div>'
    + '<div class="harpidetu"><p>Euskarazko kazetaritza independentea egiteko zure laguntza behar dugu.</p><a href="/harpidetu">Harpidetu</a></div>'
    + '<section class="gehiago"><h3>Gai honi buruz gehiago</h3><ul><li><a href="#">Bizkaibusek linea berriak izango ditu</a></li></ul></section></article></main>\n'
    + '<footer><p>\u00a9 2025 Bizkaiko Egunkaria</p></footer>\n'
    + end(),
)

# 18. A Marathi daily: the date visible in Devanagari digits "प्रकाशित: ५ डिसेंबर २०२५, ०४:३०
# PM"; a "हेही वाचा:" line; the app prompt; og:title with a label "Pune News :".
t = "पुण्यात मेट्रोच्या तिसऱ्या मार्गिकेचे काम जानेवारीत सुरू होणार"
P = [
    "पुणे मेट्रोच्या हिंजवडी ते शिवाजीनगर या तिसऱ्या मार्गिकेचे उर्वरित काम जानेवारीपासून पुन्हा वेगाने सुरू होणार असल्याची माहिती महामेट्रोने दिली.",
    "या मार्गिकेची लांबी २३ किलोमीटर असून त्यावर २३ स्थानके असतील. आतापर्यंत सुमारे ७० टक्के काम पूर्ण झाले आहे.",
    "महामेट्रोचे प्रकल्प संचालक अतुल गाडगीळ यांनी सांगितले, \u201cहिंजवडीतील आयटी कर्मचाऱ्यांना या मार्गिकेचा सर्वाधिक फायदा होईल. दररोज दोन लाख प्रवासी प्रवास करतील, असा अंदाज आहे.\u201d",
    "काम सुरू असलेल्या भागात वाहतुकीत बदल करण्यात येणार असून नागरिकांनी सहकार्य करावे, असे आवाहन वाहतूक पोलिसांनी केले आहे.",
]
url = "https://www.punevarta.com/pune/pune-metro-line-3-hinjawadi-work-january-2025-12-05"
page(
    "punevarta.com.pune-metro-line3",
    dict(
        title=t,
        titles_also=[f"Pune News : {t}"],
        date="2025-12-05",
        language="mr",
        url=url,
        people=["अतुल गाडगीळ"],
        countries=["India"],
        note="Batch 13 (written before anything ran on it; fictional). Imitates a Marathi daily's site: <title> and og:title 'Pune News : headline | पुणे वार्ता' (a label before the headline, titles_also); the <h1> the headline; the date visible only in Devanagari digits 'प्रकाशित: ५ डिसेंबर २०२५, ०४:३० PM' (the URL also ends in the date); a 'हेही वाचा:' line (not expected); an app prompt 'पुणे वार्ताचे ॲप डाउनलोड करा' after (not expected). Pune places it in India.",
    ),
    P,
    head(f"Pune News : {t} | पुणे वार्ता", "mr")
    + f'<meta property="og:title" content="Pune News : {html.escape(t)}">\n<meta property="og:site_name" content="पुणे वार्ता">\n<meta property="og:type" content="article">\n<meta property="og:url" content="{url}">\n'
    + '</head>\n<body>\n<header><a class="logo" href="/">पुणे वार्ता</a>' + nav([("pune", "पुणे"), ("maharashtra", "महाराष्ट्र"), ("desh", "देश"), ("krida", "क्रीडा")]) + '</header>\n'
    + '<main><article><h1>' + h(t) + '</h1><div class="meta"><span class="author">पुणे वार्ता वृत्तसेवा</span> <span class="date">प्रकाशित: ५ डिसेंबर २०२५, ०४:३० PM</span></div>'
    + '<div class="story">' + ps(P[:2]) + '<p><strong>हेही वाचा:</strong> <a href="/pune/pmpml-bus">पीएमपीच्या ताफ्यात नव्या ई-बस दाखल</a></p>' + ps(P[2:]) + '</div>'
    + '<div class="app-promo"><p>पुणे वार्ताचे ॲप डाउनलोड करा आणि ताज्या बातम्या मिळवा.</p></div></article></main>\n'
    + '<footer><p>\u00a9 2025 पुणे वार्ता</p></footer>\n'
    + end(),
)

# 19. A Nepali portal: the visible date is Bikram Sambat "मंसिर १९, २०८२" (no Gregorian date
# visible); JSON-LD datePublished gives 2025-12-05; "यो पनि पढ्नुहोस्:" lines; reactions
# ("तपाईंको प्रतिक्रिया") row after.
t = "काठमाडौंमा विद्युतीय बस थपिने, साझा यातायातलाई ५० बस"
P = [
    "काठमाडौं उपत्यकामा सार्वजनिक यातायात सुधार गर्न सरकारले साझा यातायातलाई थप ५० विद्युतीय बस उपलब्ध गराउने भएको छ।",
    "भौतिक पूर्वाधार तथा यातायात मन्त्री रमेश अधिकारीले बिहीबार बसेको मन्त्रिपरिषद् बैठकले बस खरिदका लागि रकम स्वीकृत गरेको जानकारी दिए।",
    "नयाँ बसहरू चैत महिनाभित्र सञ्चालनमा आउनेछन्। तिनीहरू रत्नपार्क, कलंकी र भक्तपुर रुटमा चल्नेछन्।",
    "साझा यातायातका अध्यक्ष सुनिता श्रेष्ठले बिहानको भीडमा यात्रुको चाप कम हुने बताइन्।",
]
url = "https://www.khabar-sagar.com.np/news/2082/08/19/kathmandu-electric-bus"
page(
    "khabar-sagar.com.np.sajha-electric-bus",
    dict(
        title=t,
        date="2025-12-05",
        language="ne",
        url=url,
        people=["रमेश अधिकारी", "सुनिता श्रेष्ठ"],
        countries=["Nepal"],
        note="Batch 13 (written before anything ran on it; fictional). Imitates a Nepali news portal: <title> 'headline - खबर सागर'; the visible date only in the Bikram Sambat calendar 'मंसिर १९, २०८२ शुक्रबार' (the URL's 2082/08/19 too); JSON-LD NewsArticle with datePublished 2025-12-05T10:30:00+05:45 (the Gregorian date, the one to give); a 'यो पनि पढ्नुहोस्:' line (not expected); a reactions row 'तपाईंको प्रतिक्रिया' and related news after (none expected). Kathmandu places it in Nepal.",
    ),
    P,
    head(f"{t} - खबर सागर", "ne")
    + og(t, "खबर सागर", url, P[0])
    + art(url, t, "2025-12-05T10:30:00+05:45", "खबर सागर")
    + '</head>\n<body>\n<header><a class="logo" href="/">खबर सागर</a>' + nav([("samachar", "समाचार"), ("artha", "अर्थ"), ("khel", "खेलकुद"), ("bichar", "विचार")]) + '</header>\n'
    + '<main><article><h1 class="news-title">' + h(t) + '</h1><div class="post-meta"><span class="author">खबर सागर संवाददाता</span> <span class="date">मंसिर १९, २०८२ शुक्रबार</span></div>'
    + '<div class="news-content">' + ps(P[:2]) + '<p><strong>यो पनि पढ्नुहोस्:</strong> <a href="/news/2082/08/15/ring-road">रिङरोडमा बस लेन छुट्याइने</a></p>' + ps(P[2:]) + '</div>'
    + '<div class="reactions"><h4>तपाईंको प्रतिक्रिया</h4><span>खुसी 12</span> <span>दुःखी 1</span> <span>अचम्मित 3</span></div></article>'
    + '<section class="related"><h3>सम्बन्धित समाचार</h3><ul><li><a href="#">उपत्यकामा सवारी जाम घटाउन नयाँ योजना</a></li></ul></section></main>\n'
    + '<footer><p>\u00a9 २०८२ खबर सागर</p></footer>\n'
    + end(),
)

# 20. An Icelandic public broadcaster: photo with caption and a "Mynd: RÚV – …" credit;
# the date visible as "5. desember 2025 kl. 10:15"; the standfirst in bold; "Fréttin var
# uppfærð kl. 11:02" at the end.
t = "Strætó fjölgar ferðum á höfuðborgarsvæðinu í janúar"
P = [
    "Strætó ætlar að fjölga ferðum á fimm leiðum á höfuðborgarsvæðinu frá og með janúar. Vagnar á leiðum 1 og 6 munu aka á tíu mínútna fresti á annatíma.",
    "Framkvæmdastjóri Strætó, Guðrún Einarsdóttir, segir að farþegum hafi fjölgað um tólf prósent á árinu og að vagnarnir séu oft fullir á morgnana.",
    "Farþegar bíða eftir vagni á Hlemmi.",
    "Aukningin kostar um 400 milljónir króna á ári og skiptist kostnaðurinn á milli sveitarfélaganna á svæðinu.",
    "Borgarstjórinn í Reykjavík, Einar Þorsteinsson, sagði í samtali við fréttastofu að þetta væri fyrsta skrefið áður en Borgarlínan tekur til starfa.",
]
url = "https://www.ruv-frettir.is/frettir/innlent/2025-12-05-straeto-fjolgar-ferdum-a-hofudborgarsvaedinu-i-januar-431122"
page(
    "ruv-frettir.is.straeto-fjolgar-ferdum",
    dict(
        title=t,
        date="2025-12-05",
        language="is",
        url=url,
        people=["Guðrún Einarsdóttir", "Einar Þorsteinsson"],
        countries=["Iceland"],
        note="Batch 13 (written before anything ran on it; fictional). Imitates the Icelandic public broadcaster's news page: <title> 'headline - RÚV.is'; og:title the headline; the date visible as '5. desember 2025 kl. 10:15' and article:published_time; the first paragraph in bold as the lead (expected); a photo whose caption 'Farþegar bíða eftir vagni á Hlemmi.' (expected) is followed by 'Mynd: RÚV – Ragnar Visage' (not expected); 'Fréttin var uppfærð kl. 11:02' and the reporter's name after (not expected). Reykjavík places it in Iceland.",
    ),
    P,
    head(f"{t} - RÚV.is", "is")
    + og(t, "RÚV", url, P[0])
    + '<meta property="article:published_time" content="2025-12-05T10:15:00+00:00">\n'
    + '</head>\n<body>\n<header><a class="logo" href="/">RÚV</a>' + nav([("frettir/innlent", "Innlent"), ("frettir/erlent", "Erlent"), ("ithrottir", "Íþróttir"), ("menning", "Menning")]) + '</header>\n'
    + '<main><article class="news"><h1>' + h(t) + '</h1><div class="meta"><span class="date">5. desember 2025 kl. 10:15</span></div>'
    + f'<div class="body"><p><strong>{h(P[0])}</strong></p>' + ps(P[1:2])
    + f'<figure><img src="/myndir/hlemmur.jpg" alt=""><figcaption><span class="caption">{h(P[2])}</span> <span class="credit">Mynd: RÚV – Ragnar Visage</span></figcaption></figure>'
    + ps(P[3:]) + '<p class="updated"><em>Fréttin var uppfærð kl. 11:02</em></p></div>'
    + '<div class="author">Anna Kristín Jónsdóttir</div></article></main>\n'
    + '<footer><p>\u00a9 RÚV 2025</p></footer>\n'
    + end(),
)

# 21. An Afrikaans daily behind a paywall: the page shows the first two paragraphs and a
# subscription wall; the whole story is in JSON-LD articleBody; the date visible as
# "05 Desember 2025, 06:00" and in JSON-LD.
t = "Stellenbosch kry nuwe bushalte-netwerk ná jare se vertraging"
P = [
    "Die Stellenbosch-munisipaliteit het Donderdag die eerste 14 bushaltes van 'n nuwe openbare vervoernetwerk in gebruik geneem, nadat die projek byna vyf jaar vertraag is.",
    "Die busse ry elke 20 minute tussen Kayamandi, die middedorp en die Technopark, en 'n rit kos R12.",
    "Raadslid Pieter Joubert, burgemeesterskomiteelid vir vervoer, het gesê die stelsel sal veral werkers help wat nou staatmaak op duur minibustaxi's.",
    "\u201cMense in Kayamandi spandeer soms 'n kwart van hul loon op vervoer. Dit moet verander,\u201d het Joubert gesê.",
    "Die munisipaliteit beplan om die netwerk teen 2027 na Idas Vallei en Cloetesville uit te brei.",
]
url = "https://www.dagbreek-nuus.co.za/nuus/stellenbosch-kry-nuwe-bushalte-netwerk-20251205"
page(
    "dagbreek-nuus.co.za.stellenbosch-busnetwerk",
    dict(
        title=t,
        date="2025-12-05",
        language="af",
        url=url,
        people=["Pieter Joubert"],
        countries=["South Africa"],
        note="Batch 13 (written before anything ran on it; fictional). Imitates an Afrikaans daily behind a paywall: <title> 'headline | Dagbreek'; og:title the headline; the date visible as '05 Desember 2025, 06:00' and in JSON-LD datePublished; the page shows only the first two paragraphs, then a wall ('Hierdie artikel is slegs vir intekenaars.', 'Teken nou in vir R1 vir die eerste maand', 'Reeds 'n intekenaar? Meld aan'); the whole story (five paragraphs) only in JSON-LD articleBody (isAccessibleForFree false, hasPart cssSelector .paywall). Stellenbosch places it in South Africa.",
    ),
    P,
    head(f"{t} | Dagbreek", "af")
    + og(t, "Dagbreek", url, P[0])
    + jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": t, "datePublished": "2025-12-05T06:00:00+02:00", "articleBody": "\n\n".join(P), "isAccessibleForFree": False, "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".paywall"}, "author": {"@type": "Person", "name": "Marelize Botha"}, "publisher": {"@type": "Organization", "name": "Dagbreek"}})
    + '</head>\n<body>\n<header><a class="logo" href="/">Dagbreek</a>' + nav([("nuus", "Nuus"), ("sake", "Sake"), ("sport", "Sport"), ("vermaak", "Vermaak")]) + '</header>\n'
    + '<main><article><h1>' + h(t) + '</h1><div class="byline"><span>Marelize Botha</span> <span class="date">05 Desember 2025, 06:00</span></div>'
    + '<div class="article-body">' + ps(P[:2]) + '</div>'
    + '<div class="paywall"><h3>Hierdie artikel is slegs vir intekenaars.</h3><p>Teken nou in vir R1 vir die eerste maand en lees onbeperk.</p><a class="button" href="/teken-in">Teken in</a><p>Reeds \'n intekenaar? <a href="/meld-aan">Meld aan</a></p></div></article></main>\n'
    + '<footer><p>\u00a9 2025 Dagbreek. Alle regte voorbehou.</p></footer>\n'
    + end(),
)


if __name__ == "__main__":
    write(PAGES)
