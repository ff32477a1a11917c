#!/usr/bin/env python3
"""Writes batch 9 of the written pages (issue #15, extraction round 9) into `extra/`.

Each page is its HTML, its expected text and its labels, written together before anything
ran on them; events and people are fictional. Batch 9 aims at page kinds no earlier batch
had: a MediaWiki article (infobox, contents box, edit links, references, navbox), a
CivicPlus "News Flash" whose `<h1>` is the section, a photo slideshow, a hard paywall
teaser, football and baseball match reports with tables, a podcast transcript with speaker
labels, an NGO press release with a donation box, a long read with pull quotes and "read
also" cards, a municipal notice built of lists, a live ticker as a list, a story followed
by the next one's opening, a Japanese "――" interview, a Chinese picture gallery, a
ministry release, a page whose headline is only in JSON-LD and a `<div>` under a logo
`<h1>`, an Arabic subscriber wall, an Indonesian timetable, a Norwegian story with a
fact box and an opinion column whose author's bio sits above it. Titles put the site or a
section first ("Site — Headline", "Site : Headline", "Sport | Headline | Site"), or say
nothing of the story at all.
Run from anywhere: `python3 benches/realpages/batch9.py`.
"""
import html

from batch_kit import end, h, head, jsonld, lis, nav, og, page, PAGES, ps, write


def rows(table, header=True):
    """A table's rows as HTML (the first row as header cells when `header`) and as the
    expected text's lines ("a | b | c")."""
    out = ""
    for i, r in enumerate(table):
        cell = "th" if header and i == 0 else "td"
        out += "<tr>" + "".join(f"<{cell}>{h(c)}</{cell}>" for c in r) + "</tr>"
    return out, [" | ".join(r) for r in table]


# 1. A MediaWiki article: hatnote, infobox table, a contents box, "[edit]" links in every
# heading, citation marks (kept, as on the saved Wikipedia page), a references list, a
# navbox and categories (none of those expected), the wiki's name behind the title.
t = "Harrow Creek Viaduct"
P = [
    "The Harrow Creek Viaduct is a disused railway viaduct crossing the valley of Harrow Creek near Kelsby in North Yorkshire, England. Built of local sandstone between 1868 and 1871 for the Kelsby and Wensdale Railway, it has fourteen arches and stands 31 metres above the creek at its highest point.[1]",
    "The viaduct carried passenger trains until 1958 and goods traffic until 1964. Since 2019 it has been part of the Wensdale Greenway, a walking and cycling route.[2]",
    "History",
    "Construction",
    "The line's engineer, Thomas Ashworth, first proposed an embankment across the valley, but borings in 1866 found soft clay to a depth of twelve metres. A viaduct was chosen instead, and the contract went to the Leeds firm of Pickering and Hale.[1] About 600 men worked on the site at the height of construction, many of them living in a temporary camp on the valley floor.",
    "Two workers died during construction: one in a fall from the scaffolding of the seventh arch in 1869 and one when a crane failed in 1870. A plaque recording their names was placed on the northern abutment in 1996.[3]",
    "Closure and restoration",
    "After the line closed, the viaduct passed to the British Railways Board and later to the Historical Railways Estate. Inspections in the 1990s found water damage in six of the arches, and the structure was fenced off in 2003.[4]",
    "A local trust led by Margaret Ellery raised \u00a32.3 million for repairs between 2012 and 2018, with grants from the National Lottery Heritage Fund and the county council. The viaduct reopened to walkers and cyclists on 6 April 2019.[2]",
    "Design",
    "Each arch spans 12 metres. The piers taper from 4.2 metres at their base to 2.8 metres below the springing of the arches, and the three tallest piers stand on timber piles driven through the clay.[1] The parapets were rebuilt in 2017 with stone from the same quarry.",
]
url = "https://en.wikipedia.org/wiki/Harrow_Creek_Viaduct"
edit = '<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/w/index.php?title=Harrow_Creek_Viaduct&amp;action=edit&amp;section={n}" title="Edit section: {s}">edit</a><span class="mw-editsection-bracket">]</span></span>'


def cite(p):
    return h(p).replace("[1]", '<sup class="reference"><a href="#cite_note-1">[1]</a></sup>').replace("[2]", '<sup class="reference"><a href="#cite_note-2">[2]</a></sup>').replace("[3]", '<sup class="reference"><a href="#cite_note-3">[3]</a></sup>').replace("[4]", '<sup class="reference"><a href="#cite_note-4">[4]</a></sup>')


page(
    "en.wikipedia.org.harrow-creek-viaduct",
    dict(
        title=t,
        date="2011-05-14",
        language="en",
        url=url,
        people=["Thomas Ashworth", "Margaret Ellery"],
        countries=["United Kingdom"],
        note="Batch 9 (written before anything ran on it; fictional). Imitates a MediaWiki (Vector 2022) article: <title> 'Harrow Creek Viaduct - Wikipedia', <h1 id=firstHeading><span class=mw-page-title-main>; a hatnote 'For the road bridge, see …', an infobox table, a contents box, '[edit]' links inside every <h2>/<h3>, citation marks <sup>[1]</sup> (kept in the text, as the saved Wikipedia page's label keeps them), 'References' and 'External links' sections, a navbox table and a category list (none expected); date: JSON-LD datePublished (the page's creation) 2011-05-14, dateModified and the footer's 'This page was last edited on 2 March 2025'.",
    ),
    P,
    head(f"{t} - Wikipedia", "en", ' class="client-nojs vector-feature-toc-pinned-clientpref-1" dir="ltr"')
    + f'<link rel="canonical" href="{url}">\n'
    + jsonld({"@context": "https://schema.org", "@type": "Article", "name": t, "url": url, "sameAs": "http://www.wikidata.org/entity/Q98765432", "author": {"@type": "Organization", "name": "Contributors to Wikimedia projects"}, "publisher": {"@type": "Organization", "name": "Wikimedia Foundation, Inc."}, "datePublished": "2011-05-14T18:22:05Z", "dateModified": "2025-03-02T09:41:17Z", "headline": "railway viaduct in North Yorkshire, England"})
    + '</head>\n<body class="skin-vector mediawiki ltr sitedir-ltr ns-0 page-Harrow_Creek_Viaduct">\n'
    + '<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header"><a href="/wiki/Main_Page" class="mw-logo">Wikipedia The Free Encyclopedia</a><div id="p-search"><form action="/w/index.php"><input type="search" name="search" placeholder="Search Wikipedia"><button>Search</button></form></div><nav><ul><li><a href="/wiki/Special:CreateAccount">Create account</a></li><li><a href="/wiki/Special:UserLogin">Log in</a></li></ul></nav></header></div>\n'
    + '<div class="mw-page-container"><div class="vector-main-menu"><ul><li><a href="/wiki/Main_Page">Main page</a></li><li><a href="/wiki/Wikipedia:Contents">Contents</a></li><li><a href="/wiki/Portal:Current_events">Current events</a></li><li><a href="/wiki/Special:Random">Random article</a></li><li><a href="/wiki/Wikipedia:About">About Wikipedia</a></li><li><a href="/wiki/Help:Contents">Help</a></li></ul></div>\n'
    + '<nav id="vector-toc" class="vector-toc"><div class="vector-toc-title">Contents</div><ul><li><a href="#">(Top)</a></li><li><a href="#History">1 History</a><ul><li><a href="#Construction">1.1 Construction</a></li><li><a href="#Closure_and_restoration">1.2 Closure and restoration</a></li></ul></li><li><a href="#Design">2 Design</a></li><li><a href="#References">3 References</a></li><li><a href="#External_links">4 External links</a></li></ul></nav>\n'
    + '<main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar"><h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">' + h(t) + '</span></h1><div class="vector-page-toolbar"><a href="/wiki/Harrow_Creek_Viaduct">Article</a> <a href="/wiki/Talk:Harrow_Creek_Viaduct">Talk</a> <a href="/w/index.php?title=Harrow_Creek_Viaduct&amp;action=edit">Edit</a> <a href="/w/index.php?title=Harrow_Creek_Viaduct&amp;action=history">View history</a></div></header>\n'
    + '<div id="bodyContent" class="vector-body"><div id="siteSub">From Wikipedia, the free encyclopedia</div><div id="contentSub"></div>'
    + '<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">'
    + '<div role="note" class="hatnote navigation-not-searchable">For the road bridge over the same creek, see <a href="/wiki/Kelsby_Bridge">Kelsby Bridge</a>.</div>'
    + '<table class="infobox"><tbody><tr><th colspan="2" class="infobox-above">Harrow Creek Viaduct</th></tr><tr><td colspan="2" class="infobox-image"><a href="/wiki/File:Harrow_Creek_Viaduct_2019.jpg"><img src="//upload.wikimedia.org/wikipedia/commons/thumb/a/ab/Harrow_Creek_Viaduct_2019.jpg/250px-Harrow_Creek_Viaduct_2019.jpg" width="250" height="167" alt=""></a><div class="infobox-caption">The viaduct from the south in 2019</div></td></tr><tr><th class="infobox-label">Coordinates</th><td class="infobox-data">54\u00b016\u203212\u2033N 1\u00b054\u203208\u2033W</td></tr><tr><th class="infobox-label">Carries</th><td class="infobox-data">Wensdale Greenway</td></tr><tr><th class="infobox-label">Crosses</th><td class="infobox-data">Harrow Creek</td></tr><tr><th class="infobox-label">Material</th><td class="infobox-data">Sandstone</td></tr><tr><th class="infobox-label">Total length</th><td class="infobox-data">218 m</td></tr><tr><th class="infobox-label">Height</th><td class="infobox-data">31 m</td></tr><tr><th class="infobox-label">No. of spans</th><td class="infobox-data">14</td></tr><tr><th class="infobox-label">Opened</th><td class="infobox-data">1 August 1871</td></tr><tr><th class="infobox-label">Closed</th><td class="infobox-data">1964</td></tr></tbody></table>'
    + "".join(f"<p>{cite(p)}</p>" for p in P[:2])
    + f'<div class="mw-heading mw-heading2"><h2 id="History">History</h2>{edit.format(n=1, s="History")}</div>'
    + f'<div class="mw-heading mw-heading3"><h3 id="Construction">Construction</h3>{edit.format(n=2, s="Construction")}</div>'
    + "".join(f"<p>{cite(p)}</p>" for p in P[4:6])
    + f'<div class="mw-heading mw-heading3"><h3 id="Closure_and_restoration">Closure and restoration</h3>{edit.format(n=3, s="Closure and restoration")}</div>'
    + "".join(f"<p>{cite(p)}</p>" for p in P[7:9])
    + f'<div class="mw-heading mw-heading2"><h2 id="Design">Design</h2>{edit.format(n=4, s="Design")}</div>'
    + f"<p>{cite(P[10])}</p>"
    + f'<div class="mw-heading mw-heading2"><h2 id="References">References</h2>{edit.format(n=5, s="References")}</div>'
    + '<div class="reflist"><ol class="references"><li id="cite_note-1"><span class="mw-cite-backlink"><a href="#cite_ref-1">^</a></span> <span class="reference-text"><cite>Whitaker, John (1985). <i>Railways of the Northern Dales</i>. Harrogate: Dales Press. pp. 112\u2013118.</cite></span></li><li id="cite_note-2"><span class="mw-cite-backlink"><a href="#cite_ref-2">^</a></span> <span class="reference-text"><a class="external text" href="https://www.example.org/greenway-opens">"Viaduct reopens as part of Wensdale Greenway"</a>. <i>Northern Echo-Gazette</i>. 6 April 2019.</span></li><li id="cite_note-3"><span class="mw-cite-backlink"><a href="#cite_ref-3">^</a></span> <span class="reference-text">"Memorial to viaduct navvies unveiled". <i>Kelsby Courier</i>. 12 October 1996.</span></li><li id="cite_note-4"><span class="mw-cite-backlink"><a href="#cite_ref-4">^</a></span> <span class="reference-text">Historical Railways Estate (2004). <i>Structure inspection report HCV/14</i>.</span></li></ol></div>'
    + f'<div class="mw-heading mw-heading2"><h2 id="External_links">External links</h2>{edit.format(n=6, s="External links")}</div>'
    + '<ul><li><a class="external text" href="https://www.wensdalegreenway.org.uk/">Wensdale Greenway Trust</a></li><li><a href="https://commons.wikimedia.org/wiki/Category:Harrow_Creek_Viaduct">Media related to Harrow Creek Viaduct</a> at Wikimedia Commons</li></ul>'
    + '<div role="navigation" class="navbox"><table class="nowraplinks navbox-inner"><tbody><tr><th colspan="2" class="navbox-title">Railway viaducts in North Yorkshire</th></tr><tr><td class="navbox-list"><ul><li><a href="/wiki/Ribblehead_Viaduct">Ribblehead</a></li><li><a href="/wiki/Dent_Head_Viaduct">Dent Head</a></li><li><a href="/wiki/Arten_Gill_Viaduct">Arten Gill</a></li><li><a class="mw-selflink selflink">Harrow Creek</a></li><li><a href="/wiki/Kelsby_Bridge">Kelsby Bridge</a></li><li><a href="/wiki/Crimple_Valley_Viaduct">Crimple Valley</a></li></ul></td></tr></tbody></table></div>'
    + '</div></div><div id="catlinks" class="catlinks"><div id="mw-normal-catlinks"><a href="/wiki/Help:Category">Categories</a>: <ul><li><a href="/wiki/Category:Railway_viaducts_in_North_Yorkshire">Railway viaducts in North Yorkshire</a></li><li><a href="/wiki/Category:Bridges_completed_in_1871">Bridges completed in 1871</a></li><li><a href="/wiki/Category:Rail_trails_in_England">Rail trails in England</a></li></ul></div></div></div></main></div>\n'
    + '<footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on 2 March 2025, at 09:41<span class="anonymous-show">&#160;(UTC)</span>.</li><li id="footer-info-copyright">Text is available under the <a href="//en.wikipedia.org/wiki/Wikipedia:Text_of_the_Creative_Commons_Attribution-ShareAlike_4.0_International_License">Creative Commons Attribution-ShareAlike 4.0 License</a>; additional terms may apply.</li></ul><ul id="footer-places"><li><a href="/wiki/Wikipedia:About">About Wikipedia</a></li><li><a href="/wiki/Wikipedia:General_disclaimer">Disclaimers</a></li><li><a href="https://developer.wikimedia.org">Developers</a></li></ul></footer>\n'
    + end(),
)

# 2. A CivicPlus "News Flash" item: the <h1> is the module's name ("News Flash"), the
# headline an <h2 class=detailTitle>; <title> "News Flash • City of Brookfield, WI •
# CivicEngage"; the story in a layout table's cell; "Post Date:" line; a "Tools" row, an
# "Other News in" list and a "Return to" link.
t = "Spring brush collection begins April 7 with new zone schedule"
P = [
    "The Department of Public Works will begin its annual spring brush collection on Monday, April 7. This year the city is divided into four collection zones instead of six, and crews will pass each street only once.",
    "Residents should have brush at the curb by 7 a.m. on the first day of their zone's collection week. Crews will not return to streets they have already completed.",
    "Collection weeks by zone:",
    "Zone 1 (north of Capitol Drive): April 7",
    "Zone 2 (Capitol Drive to North Avenue): April 14",
    "Zone 3 (North Avenue to Bluemound Road): April 21",
    "Zone 4 (south of Bluemound Road): April 28",
    "Brush must be cut to lengths of 8 feet or less, with the cut ends facing the street, and piles may be no larger than 4 feet high. Leaves, grass clippings, root balls and lumber will not be collected.",
    "\u201cFour zones let us keep our chippers running all week instead of moving them across the city every other day,\u201d said Public Works Director Alan Kessler. He said the change should save about 300 hours of staff time.",
    "Residents who miss their zone can take brush to the drop-off site at 2100 Enterprise Drive on Saturdays from 8 a.m. to 2 p.m. at no charge.",
]
url = "https://www.brookfieldwi.gov/CivicAlerts.aspx?AID=2417"
page(
    "brookfieldwi.gov.brush-collection",
    dict(
        title=t,
        date="2025-03-18",
        language="en",
        url=url,
        people=["Alan Kessler"],
        countries=["United States"],
        note="Batch 9 (written before anything ran on it; fictional). Imitates a CivicPlus CivicEngage 'News Flash' page: <title> 'News Flash \u2022 Brookfield, WI \u2022 CivicEngage' (no headline), <h1> 'News Flash' (the module, not the story), the headline in <h2 class=detailTitle>; the story in <div class=fr-view> inside a layout table cell beside the 'Tools' links and 'Categories' list; 'Post Date: 03/18/2025 10:15 AM' the only date; a zone list (expected); 'Other News in Public Works' and '\u21d0 Return to News Flash' after it; a Google Translate bar and footer with the city hall address.",
    ),
    P,
    head("News Flash \u2022 Brookfield, WI \u2022 CivicEngage", "en")
    + f'<link rel="canonical" href="{url}">\n'
    + '</head>\n<body class="wide">\n<div id="divSkipToMain"><a href="#cpPageContent">Skip to Main Content</a></div>\n'
    + '<div id="google_translate_element">Select Language \u25bc Powered by Google Translate</div>'
    + '<header id="bannerDiv"><a href="/"><img src="/ImageRepository/Document?documentID=1" alt="Brookfield Wisconsin Homepage"></a>' + nav([("Government", "Government"), ("Departments", "Departments"), ("Community", "Community"), ("Business", "Business"), ("How-Do-I", "How Do I...")], "siteNav") + '<div class="search"><input placeholder="Search"><a href="/Search">Search</a></div></header>\n'
    + '<main id="cpPageContent"><div class="breadCrumbs"><a href="/">Home</a> \u203a <a href="/CivicAlerts.aspx">News Flash</a></div>'
    + '<h1 id="versionHeadLine" class="headline">News Flash</h1>'
    + '<table class="contentMain" role="presentation"><tr><td class="mainContent">'
    + '<div class="moduleContentNew"><h3 class="subhead1">Public Works</h3>'
    + '<h2 class="detailTitle">' + h(t) + '</h2><div class="date">Post Date: 03/18/2025 10:15 AM</div>'
    + '<div class="fr-view">' + ps(P[:3]) + lis(P[3:7]) + ps(P[7:]) + '</div></div>'
    + '<div class="relatedNews"><h3>Other News in Public Works</h3><div class="item"><a href="/CivicAlerts.aspx?AID=2398">Hydrant flushing to start in Zone 2</a><div class="intro">Residents may notice discolored water during the day while crews flush hydrants in the northwest part of the city.</div></div><div class="item"><a href="/CivicAlerts.aspx?AID=2380">Road restrictions lifted March 14</a><div class="intro">Seasonal weight limits on city streets have been lifted ahead of schedule.</div></div><a class="viewAll" href="/CivicAlerts.aspx?CID=4">View All</a></div>'
    + '<a class="back" href="/CivicAlerts.aspx">\u21d0 Return to News Flash</a>'
    + '</td><td class="sidebar"><div class="tools"><h3>Tools</h3><ul><li><a href="/RSS.aspx">RSS</a></li><li><a href="/CivicAlerts.aspx?AID=2417&amp;print=true">Print</a></li><li><a href="/CivicAlerts.aspx?AID=2417&amp;email=true">Email</a></li><li><a href="/CivicAlerts.aspx?AID=2417&amp;share=true">Share</a></li></ul></div><div class="categories"><h3>Categories</h3><ul><li><a href="/CivicAlerts.aspx?CID=1">City News</a></li><li><a href="/CivicAlerts.aspx?CID=4">Public Works</a></li><li><a href="/CivicAlerts.aspx?CID=5">Police Department</a></li><li><a href="/CivicAlerts.aspx?CID=7">Parks &amp; Recreation</a></li></ul></div></td></tr></table></main>\n'
    + '<footer id="footer"><p>City Hall, 2000 N Calhoun Road, Brookfield, WI 53005</p><p>Phone: 262-782-9650</p><a href="/Privacy">Privacy Policy</a> <a href="/Accessibility">Accessibility</a> <a href="https://www.civicplus.com/">Government Websites by CivicPlus\u00ae</a></footer>\n'
    + end(),
)

# 3. A photo slideshow: each slide an <li> with the picture, a counter "1 of 6", a caption
# (expected) and a credit (not); "Previous"/"Next" buttons; an intro paragraph above;
# <title> "Gallery: headline | Site"; og:title the same with "PHOTOS:"; date in metadata.
t = "Thousands turn out as the tall ships sail into Portland Harbor"
P = [
    "More than 40,000 people lined the waterfront on Saturday as 17 tall ships from eight countries sailed into Portland Harbor for the opening of the Maine Maritime Festival, which runs through Wednesday.",
    "The Norwegian full-rigged ship Sørlandet led the parade of sail past Fort Gorges shortly after 10 a.m., with cadets standing on the yards as it passed the Maine State Pier.",
    "Spectators packed the Eastern Promenade, where the city closed the road to traffic for the day. Many arrived before dawn to claim a spot on the hillside.",
    "Deckhands aboard the schooner Harvey Gamage furl the sails after the ship docked at Ocean Gateway. The ships will be open for free tours from Sunday.",
    "Festival director Louise Tremblay, center, greets the captain of the Spanish training ship Juan Sebastián de Elcano at the welcome ceremony.",
    "A fireboat from the Portland Fire Department sprays water in salute as the last ship, the Canadian brigantine St. Lawrence II, enters the harbor.",
    "Children watch the parade of sail from the deck of the Casco Bay Lines ferry. Festival organizers expect more than 150,000 visitors over five days.",
]
url = "https://www.cascobaytimes.com/gallery/2025/07/12/tall-ships-portland-harbor-photos/"
credits = ["Derek Paulsen/Casco Bay Times", "Derek Paulsen/Casco Bay Times", "Mia Chen/Casco Bay Times", "Derek Paulsen/Casco Bay Times", "Mia Chen/Casco Bay Times", "Mia Chen/Casco Bay Times"]
slides = "".join(
    f'<li class="slide"><figure><img src="https://www.cascobaytimes.com/img/tallships-{i + 1}.jpg" alt=""><div class="slide-count">{i + 1} of 6</div><figcaption><p class="slide-caption">{h(c)}</p><p class="slide-credit">{h(cr)}</p></figcaption></figure><div class="slide-nav"><button class="prev">Previous</button><button class="next">Next</button></div></li>'
    for i, (c, cr) in enumerate(zip(P[1:], credits))
)
page(
    "cascobaytimes.com.tall-ships-photos",
    dict(
        title=t,
        date="2025-07-12",
        language="en",
        url=url,
        people=["Louise Tremblay"],
        countries=["United States", "Norway", "Spain", "Canada"],
        note="Batch 9 (written before anything ran on it; fictional). Imitates a US daily's photo gallery: <title> 'Gallery: headline | Casco Bay Times', og:title 'PHOTOS: headline'; one intro paragraph, then a slideshow <ul class=slideshow> of six <li> slides, each a figure with the counter '1 of 6', a <p class=slide-caption> (expected) and <p class=slide-credit> (not), and Previous/Next buttons; 'More galleries' cards and an ad after it. Date in article:published_time and 'July 12, 2025'.",
    ),
    P,
    head(f"Gallery: {t} | Casco Bay Times", "en")
    + og(f"PHOTOS: {t}", "Casco Bay Times", url, "The Maine Maritime Festival opened with a parade of sail.")
    + '<meta property="article:published_time" content="2025-07-12T16:30:00-04:00">\n'
    + '</head>\n<body class="gallery-page">\n<header class="site-header"><a class="logo" href="/">Casco Bay Times</a>' + nav([("news", "News"), ("sports", "Sports"), ("gallery", "Photos"), ("opinion", "Opinion"), ("obituaries", "Obituaries")]) + '<a class="subscribe" href="/subscribe">Subscribe</a></header>\n'
    + '<main><div class="gallery-header"><span class="gallery-label">Photo gallery</span><h1 class="gallery-title">' + h(t) + '</h1><div class="gallery-meta">By Derek Paulsen and Mia Chen \u00b7 July 12, 2025</div></div>'
    + '<div class="gallery-intro"><p>' + h(P[0]) + '</p></div>'
    + '<div class="slideshow-wrap"><ul class="slideshow">' + slides + '</ul></div>'
    + '<div class="ad-slot"><span>Advertisement</span></div>'
    + '<section class="more-galleries"><h2>More galleries</h2><div class="card"><a href="/gallery/2025/07/05/fireworks/"><img src="/img/fw.jpg" alt=""><h3>Fourth of July fireworks light up the Eastern Prom</h3></a></div><div class="card"><a href="/gallery/2025/06/28/pride/"><img src="/img/pride.jpg" alt=""><h3>Portland Pride parade draws record crowd</h3></a></div><div class="card"><a href="/gallery/2025/06/21/old-port-festival/"><img src="/img/opf.jpg" alt=""><h3>Old Port Festival returns with three stages</h3></a></div></section></main>\n'
    + '<footer class="site-footer"><p>\u00a9 2025 Casco Bay Times, Portland, Maine</p><a href="/contact">Contact us</a> <a href="/terms">Terms of use</a></footer>\n'
    + end(),
)

# 4. A hard paywall: the site's name first in <title> behind an em dash, no og:title; two
# paragraphs shown, then a wall with more prose than the teaser (offer, benefit list,
# "Already a subscriber? Log in"); the rest of the story is not in the page.
t = "County weighs closing two rural fire stations to cover a $4 million shortfall"
P = [
    "Supervisors will consider closing fire stations in Millersburg and Dry Fork under a budget plan released Friday, a move the county's fire chief says would add up to nine minutes to emergency response times in the eastern end of the county.",
    "The proposal is one of several that County Administrator Gwen Hollis laid out to close a $4.1 million gap in next year's budget, which faces rising health insurance costs and the end of federal pandemic aid.",
]
url = "https://www.thelaurelregister.com/news/county-weighs-closing-two-rural-fire-stations/article_8c2e4f10-0a6b-11f0-9d3e-3f1c5a7b2e91.html"
page(
    "thelaurelregister.com.fire-stations-budget",
    dict(
        title=t,
        date="2025-03-22",
        language="en",
        url=url,
        people=["Gwen Hollis"],
        countries=["United States"],
        note="Batch 9 (written before anything ran on it; fictional). Imitates a small daily's hard paywall (BLOX-like): <title> 'The Laurel Register \u2014 headline' (site first, em dash), no og:title; the two free paragraphs (expected) then a subscriber wall <div class=subscriber-only-wall> with more prose than the teaser: an offer heading, three paragraphs on local journalism, a benefit list and '$1 for 3 months', 'Already a subscriber? Log in', 'Need help? Call 606-555-0144' (none expected); the story's remaining paragraphs are not in the page. Date: 'Mar 22, 2025' visible and article:published_time.",
    ),
    P,
    head(f"The Laurel Register \u2014 {t}", "en")
    + f'<meta name="description" content="{html.escape(P[0])}">\n<link rel="canonical" href="{url}">\n<meta property="article:published_time" content="2025-03-22T17:05:00-04:00">\n'
    + '</head>\n<body>\n<div id="site-top"><a class="logo" href="/">The Laurel Register</a>' + nav([("news", "News"), ("sports", "Sports"), ("obituaries", "Obituaries"), ("opinion", "Opinion"), ("classifieds", "Classifieds"), ("e-edition", "e-Edition")]) + '</div>\n'
    + '<div id="main-page-container"><div class="asset-header"><h1 class="headline"><span class="asset-headline">' + h(t) + '</span></h1><ul class="list-inline"><li class="asset-author">Rachel Dunbar rdunbar@thelaurelregister.com</li><li><time datetime="2025-03-22T17:05:00-04:00">Mar 22, 2025</time></li></ul></div>'
    + '<div id="asset-content" class="asset-content subscriber-premium"><div class="asset-body"><div class="subscriber-preview">' + ps(P) + '</div>'
    + '<div class="subscriber-only-wall"><h2>Keep reading for just $1</h2><p>The Laurel Register has covered Laurel County for 112 years. Our reporters sit through the budget hearings, the school board meetings and the court dockets so that you know what is being decided in your name.</p><p>Local journalism costs money to produce. Subscriptions now pay for most of our newsroom, and every new subscriber helps us keep a reporter at the county courthouse.</p><p>Subscribe today and get unlimited access to every story on our website and app, plus the e-Edition, a digital replica of each day\u2019s printed paper.</p><ul><li>Unlimited access to thelaurelregister.com</li><li>The daily e-Edition and archives back to 1998</li><li>Breaking news alerts and newsletters</li></ul><p class="offer">$1 for 3 months, then $9.99 a month. Cancel anytime.</p><a class="btn" href="/subscribe/">Subscribe now</a><p>Already a subscriber? <a href="/users/login/">Log in</a></p><p>Need help? Call 606-555-0144</p></div></div></div>'
    + '<div class="related-headlines"><h3>Related</h3><ul><li><a href="/news/fire-district-levy-fails/">Fire district levy fails by 212 votes</a></li><li><a href="/news/volunteer-firefighters-decline/">Volunteer firefighter numbers down by a third since 2010</a></li></ul></div></div>\n'
    + '<footer><p>\u00a9 2025 The Laurel Register, 120 W 4th St, London, KY</p><a href="/site/terms.html">Terms of Use</a> <a href="/site/privacy.html">Privacy Policy</a></footer>\n'
    + end(),
)

# 5. A football match report: <title> "Sport | headline | Site" (section first); a
# scoreline box above the story; the story; then line-ups and match statistics as tables
# inside the story body (expected); a league table in the sidebar (not).
t = "Harrogate Town come from behind to beat Bradford in late drama"
P = [
    "Harrogate Town scored twice in the last six minutes to beat Bradford City 2-1 at Wetherby Road on Saturday and move six points clear of the League Two relegation places.",
    "Bradford had led since the 31st minute, when Calum Grieve headed in a corner from the right, and the visitors had chances to double their lead before the break.",
    "Harrogate manager Simon Weaver sent on two strikers on the hour, and the changes paid off when Josh March turned in Anthony O'Connor's low cross in the 84th minute. March then set up Ellis Taylor for the winner in the second minute of stoppage time.",
    "\u201cWe showed character today. We were second best for an hour, but the lads kept going and the substitutes changed the game,\u201d Weaver said.",
    "Bradford manager Graham Alexander said his side had only themselves to blame. \u201cWe should have been out of sight at half-time. You cannot give teams in this league a way back,\u201d he said.",
    "Line-ups",
    "Harrogate Town: Belshaw; Sims, O'Connor, Foulds, Burrell; Folarin, Kavanagh, Taylor; Muldoon, Daly, Dooley. Substitutes: March (Daly 61), Cornelius (Dooley 61).",
    "Bradford City: Walker; Halliday, Grieve, Kelleher, Pointon; Smallwood, Pattison; Sarcevic, Oduor, Cook; Walker. Substitutes: Shipley (Oduor 70).",
    "Match statistics",
]
stats = [["", "Harrogate", "Bradford"], ["Possession", "44%", "56%"], ["Shots", "11", "14"], ["Shots on target", "5", "6"], ["Corners", "4", "7"], ["Fouls", "12", "9"]]
stats_html, stats_text = rows(stats)
P = P + stats_text + ["Attendance: 3,904. Referee: Sam Purkiss."]
url = "https://www.yorkshiredalespost.co.uk/sport/football/harrogate-town-come-from-behind-to-beat-bradford-4987211"
page(
    "yorkshiredalespost.co.uk.harrogate-bradford-report",
    dict(
        title=t,
        date="2025-03-15",
        language="en",
        url=url,
        people=["Calum Grieve", "Simon Weaver", "Josh March", "Anthony O'Connor", "Ellis Taylor", "Graham Alexander", "Sam Purkiss"],
        countries=["United Kingdom"],
        note="Batch 9 (written before anything ran on it; fictional). Imitates a UK regional match report: <title> 'Sport | headline | Yorkshire Dales Post' (section first), og:title the headline; a scoreline box above the story ('Harrogate Town 2 \u2013 1 Bradford City', 'FT', scorers with minutes: not expected); the report, then 'Line-ups' (two paragraphs) and 'Match statistics' as a <table> and the attendance line inside the story body (expected); a 'League Two table' in the sidebar (not). Date in JSON-LD and 'Saturday, 15th March 2025, 5:12pm'.",
    ),
    P,
    head(f"Sport | {t} | Yorkshire Dales Post", "en")
    + og(t, "Yorkshire Dales Post", url)
    + jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": t, "datePublished": "2025-03-15T17:12:00+00:00", "author": {"@type": "Person", "name": "Neil Barraclough"}})
    + '</head>\n<body>\n<header><a href="/" class="logo">Yorkshire Dales Post</a>' + nav([("news", "News"), ("sport", "Sport"), ("sport/football", "Football"), ("sport/cricket", "Cricket"), ("whats-on", "What's On")]) + '</header>\n'
    + '<main class="article-page"><div class="article-col"><div class="section-label"><a href="/sport/football">Football</a></div><h1 class="headline">' + h(t) + '</h1>'
    + '<div class="byline">By Neil Barraclough<br><span class="published">Published 15th Mar 2025, 17:12 GMT</span></div>'
    + '<div class="scoreline"><div class="team home">Harrogate Town <span class="score">2</span></div><div class="team away"><span class="score">1</span> Bradford City</div><div class="status">FT</div><ul class="scorers"><li>March 84\'</li><li>Taylor 90+2\'</li><li>Grieve 31\'</li></ul></div>'
    + '<div class="article-body">' + ps(P[:5])
    + '<div class="read-more-inline"><span>READ MORE:</span> <a href="/sport/football/harrogate-sign-striker-4981100">Harrogate sign striker on loan until end of season</a></div>'
    + f"<h2>{h(P[5])}</h2>" + ps(P[6:8]) + f"<h2>{h(P[8])}</h2>"
    + f'<table class="stats">{stats_html}</table>' + ps(P[-1:]) + '</div>'
    + '<div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Copy link</a></div></div>'
    + '<aside class="sidebar"><h3>League Two table</h3><table><tr><th>Pos</th><th>Team</th><th>P</th><th>Pts</th></tr><tr><td>17</td><td>Harrogate Town</td><td>36</td><td>42</td></tr><tr><td>18</td><td>Bradford City</td><td>36</td><td>41</td></tr><tr><td>19</td><td>Tranmere Rovers</td><td>36</td><td>38</td></tr></table><h3>Most read</h3><ol><li><a href="/news/a59-closure">A59 closed for two weeks at Kex Gill</a></li><li><a href="/news/theatre-funding">Harrogate Theatre wins \u00a31m grant</a></li></ol></aside></main>\n'
    + '<footer><p>\u00a9 2025 Yorkshire Dales Post</p><a href="/privacy">Privacy notice</a> <a href="/cookies">Cookie settings</a></footer>\n'
    + end(),
)

# 6. A podcast episode page: an audio player with its controls as text, show notes with
# timestamps and links (not expected), then a transcript whose paragraphs open with the
# speaker's name in bold capitals (expected: the intro and the transcript).
t = "Why small farms are turning to robots"
intro = "Labor shortages and rising wages are pushing family dairy farms in the Upper Midwest toward milking robots. Host Dana Whitlock visits a Wisconsin farm that made the switch two years ago."
T = [
    "**DANA WHITLOCK:** Kevin Brandt milks 140 cows on a farm his grandfather bought in 1951. Until two years ago, that meant getting up at four every morning. Now three robots do the milking, and the cows decide when.",
    "**KEVIN BRANDT:** They walk in on their own, usually three times a day. The robot reads the tag on her collar, cleans the teats, attaches the cups and lets her go when she's done. I didn't believe it would work until I saw it.",
    "**DANA WHITLOCK:** The robots cost Brandt about $600,000, paid off over ten years with a loan backed by the Farm Service Agency. He says he could not find workers for the milking shifts anymore.",
    "**KEVIN BRANDT:** We had ads up for eight months. The people who did come stayed a few weeks. Now it's me, my son and one full-time employee, and we have more time for the fields and the calves.",
    "**DANA WHITLOCK:** Agricultural economist Rosa Delgado at the University of Wisconsin says robots were once only for large operations, but that is changing.",
    "**ROSA DELGADO:** The sweet spot used to be 500 cows and up. Now we see farms with 100 to 200 cows buying one or two units, because labor has become the constraint, not the price of the machine.",
    "**DANA WHITLOCK:** Delgado says about one in ten dairy farms in the state now uses robotic milking, up from one in fifty a decade ago.",
]
P = [intro] + T
url = "https://www.heartlandradio.org/podcasts/field-notes/2025/04/02/small-farms-robots"
page(
    "heartlandradio.org.field-notes-farm-robots",
    dict(
        title=t,
        date="2025-04-02",
        language="en",
        url=url,
        people=["Dana Whitlock", "Kevin Brandt", "Rosa Delgado"],
        countries=["United States"],
        note="Batch 9 (written before anything ran on it; fictional). Imitates a public-radio podcast episode page: <title> 'Why small farms are turning to robots : Field Notes : Heartland Public Radio' (NPR-style ' : ' separators, show and site behind), og:title the headline; an episode label 'Field Notes \u00b7 Episode 112', an audio player whose controls are text ('Play', '0:00 / 24:31', '1x', 'Download', 'Embed'), the episode summary (expected), 'Show notes' with timestamps and links and a 'Subscribe on' row of podcast apps (not expected); a 'Transcript' heading (not expected: page furniture naming the next block) and transcript paragraphs opening with the speaker in bold capitals (expected, with the names); 'Copyright \u00a9 2025 Heartland Public Radio. This transcript was created on a rush deadline' note (not). Date in JSON-LD PodcastEpisode and 'April 2, 2025'.",
    ),
    P,
    head(f"{t} : Field Notes : Heartland Public Radio", "en")
    + og(t, "Heartland Public Radio", url, intro)
    + jsonld({"@context": "https://schema.org", "@type": "PodcastEpisode", "name": t, "datePublished": "2025-04-02", "episodeNumber": 112, "partOfSeries": {"@type": "PodcastSeries", "name": "Field Notes"}})
    + '</head>\n<body>\n<header class="global-header"><a href="/" class="brand">Heartland Public Radio</a>' + nav([("news", "News"), ("podcasts", "Podcasts"), ("schedule", "Schedule"), ("donate", "Donate")]) + '<a class="listen-live" href="/live">Listen Live</a></header>\n'
    + '<main><div class="episode"><div class="episode-label"><a href="/podcasts/field-notes">Field Notes</a> \u00b7 Episode 112</div><h1 class="episode-title">' + h(t) + '</h1><div class="episode-date">April 2, 2025</div>'
    + '<div class="audio-player"><button>Play</button><span class="time">0:00 / 24:31</span><button>1x</button><a href="/audio/fn112.mp3">Download</a><a href="#">Embed</a></div>'
    + f'<div class="episode-summary"><p>{h(intro)}</p></div>'
    + '<div class="subscribe-row">Subscribe on <a href="#">Apple Podcasts</a> <a href="#">Spotify</a> <a href="#">Pocket Casts</a> <a href="/podcasts/field-notes/rss">RSS</a></div>'
    + '<section class="show-notes"><h2>Show notes</h2><ul><li>00:00 \u2013 <a href="#">Intro</a></li><li>02:14 \u2013 Morning on the Brandt farm</li><li>11:40 \u2013 <a href="https://dairy.wisc.edu/">UW dairy research</a> on robotic milking</li><li>19:05 \u2013 What it costs</li></ul><p>Music by Blue Dot Sessions. Produced by Carl Jensen.</p></section>'
    + '<section class="transcript"><h2>Transcript</h2>' + ps(T) + '<p class="transcript-note">Copyright \u00a9 2025 Heartland Public Radio. This transcript was created on a rush deadline and may not be in its final form.</p></section></div>'
    + '<aside class="more-episodes"><h2>More from Field Notes</h2><div class="ep"><a href="/podcasts/field-notes/2025/03/26/grain-prices">The long wait for grain prices to recover</a><p>Corn and soybean growers are holding on to last year\u2019s harvest, hoping prices rise before planting.</p></div><div class="ep"><a href="/podcasts/field-notes/2025/03/19/rural-vets">Where have all the large-animal vets gone?</a><p>Rural counties are struggling to find veterinarians who treat cattle and horses.</p></div></aside></main>\n'
    + '<footer><p>Heartland Public Radio is a member station of NPR.</p><a href="/donate">Donate</a> <a href="/privacy">Privacy</a></footer>\n'
    + end(),
)

# 7. A German regional football report (Regionalliga): the score in the <title> before the
# headline, a "Spieldaten" box with line-ups, goals, referee and attendance as a table in
# the story (expected), a "Tabelle" box and a "Liveticker zum Nachlesen" link (not).
t = "Lindenau dreht das Derby in der Nachspielzeit"
P = [
    "Der SV Lindenau hat das Sachsenderby gegen den FC Erzgebirge II mit 2:1 gewonnen und den Abstand auf die Abstiegsplätze auf sieben Punkte vergrößert. Vor 2.140 Zuschauern fiel das Siegtor erst in der 93. Minute.",
    "Die Gäste aus dem Erzgebirge waren die bessere Mannschaft in der ersten Halbzeit. Nach einer Ecke von Tobias Wendt köpfte Paul Reinhardt in der 28. Minute zum 0:1 ein, kurz darauf traf Wendt nur die Latte.",
    "Lindenaus Trainer Marco Kästner reagierte zur Pause und brachte mit Jonas Seidel einen zweiten Stürmer. Seidel glich in der 71. Minute nach einem Konter aus, in der Nachspielzeit verwandelte Kapitän Felix Brandner einen Freistoß aus 20 Metern.",
    "\u201eDas war kein schönes Spiel, aber die Mannschaft hat nie aufgehört zu glauben\u201c, sagte Kästner nach dem Abpfiff. Sein Gegenüber Ronny Ebert haderte mit der Chancenverwertung: \u201eWir hätten zur Pause 2:0 führen müssen.\u201c",
    "Am kommenden Sonntag muss Lindenau beim Tabellenführer in Zwickau antreten.",
    "Spieldaten",
]
facts = [["SV Lindenau", "Hentschel \u2013 Lorenz, Brandner, Petzold, Kaiser \u2013 Uhlig, Arnold (46. Seidel) \u2013 Vogt, Schreiber, Franke \u2013 Richter"], ["FC Erzgebirge II", "Lehmann \u2013 Fuchs, Reinhardt, Graf, Winkler \u2013 Wendt, Böhme \u2013 Krause, Hofmann (77. Sommer), Berger \u2013 Günther"], ["Tore", "0:1 Reinhardt (28.), 1:1 Seidel (71.), 2:1 Brandner (90.+3)"], ["Schiedsrichter", "Lukas Albrecht (Dresden)"], ["Zuschauer", "2.140"]]
facts_html, facts_text = rows(facts, header=False)
P = P + facts_text
url = "https://www.leipziger-tagespost.de/sport/fussball/regionalliga/sv-lindenau-fc-erzgebirge-ii-spielbericht-2-1-XYZ4LKQ2.html"
page(
    "leipziger-tagespost.de.lindenau-derby",
    dict(
        title=t,
        date="2025-03-15",
        language="de",
        url=url,
        titles_also=[f"SV Lindenau \u2013 FC Erzgebirge II 2:1: {t}"],
        people=["Tobias Wendt", "Paul Reinhardt", "Marco Kästner", "Jonas Seidel", "Felix Brandner", "Ronny Ebert", "Lukas Albrecht"],
        countries=["Germany"],
        note="Batch 9 (written before anything ran on it; fictional). Imitates a German regional paper's match report: <title> 'SV Lindenau \u2013 FC Erzgebirge II 2:1: headline | Leipziger Tagespost' (the fixture and score before the headline), og:title the same; kicker 'Regionalliga Nordost' above the <h1>; the report, a 'Spieldaten' <h3> and a two-column facts table (line-ups, goals, referee, attendance; expected as the story's table); a 'Liveticker zum Nachlesen' link line, a 'Tabelle Regionalliga Nordost' box and 'Mehr aus dem Sport' teasers (not). Date in JSON-LD and 'Sa., 15.03.2025, 16:05 Uhr'.",
    ),
    P,
    head(f"SV Lindenau \u2013 FC Erzgebirge II 2:1: {t} | Leipziger Tagespost", "de")
    + og(f"SV Lindenau \u2013 FC Erzgebirge II 2:1: {t}", "Leipziger Tagespost", url)
    + jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": f"SV Lindenau \u2013 FC Erzgebirge II 2:1: {t}", "datePublished": "2025-03-15T16:05:00+01:00", "author": {"@type": "Person", "name": "Steffen Maier"}})
    + '</head>\n<body>\n<header class="header"><a class="logo" href="/">Leipziger Tagespost</a>' + nav([("leipzig", "Leipzig"), ("region", "Region"), ("sport", "Sport"), ("kultur", "Kultur"), ("plus", "LT+")]) + '</header>\n'
    + '<main><article class="article"><header class="article-header"><span class="kicker">Regionalliga Nordost</span><h1 class="article-title">' + h(t) + '</h1><div class="article-meta"><span class="author">Von Steffen Maier</span> <time datetime="2025-03-15T16:05:00+01:00">Sa., 15.03.2025, 16:05 Uhr</time></div></header>'
    + '<div class="article-body">' + ps(P[:5])
    + '<p class="link-line"><a href="/sport/fussball/regionalliga/liveticker-sv-lindenau-erzgebirge">Liveticker zum Nachlesen: So lief das Derby</a></p>'
    + f'<h3>{h(P[5])}</h3><table class="match-facts">{facts_html}</table></div></article>'
    + '<aside class="standings"><h2>Tabelle Regionalliga Nordost</h2><table><tr><th>Pl.</th><th>Verein</th><th>Sp.</th><th>Pkt.</th></tr><tr><td>1</td><td>FSV Zwickau</td><td>24</td><td>51</td></tr><tr><td>12</td><td>SV Lindenau</td><td>24</td><td>29</td></tr><tr><td>14</td><td>FC Erzgebirge II</td><td>24</td><td>25</td></tr></table></aside>'
    + '<section class="teaser-list"><h2>Mehr aus dem Sport</h2><div class="teaser"><a href="/sport/handball/dhfk-sieg"><h3>DHfK gewinnt in Kiel</h3><p>Die Leipziger Handballer feiern den dritten Auswärtssieg in Folge.</p></a></div><div class="teaser"><a href="/sport/basketball/uni-riesen"><h3>Uni-Riesen verlieren knapp</h3><p>Am Ende fehlten zwei Punkte gegen Jena.</p></a></div></section></main>\n'
    + '<footer><p>\u00a9 Leipziger Tagespost 2025</p><a href="/impressum">Impressum</a> <a href="/datenschutz">Datenschutz</a></footer>\n'
    + end(),
)

# 8. A French NGO's press release: "Site : headline" <title> (site first, French colon);
# a donation box in the middle of the text, a PDF link, a press contact and an "À propos"
# boilerplate at the end (none expected); the date only in "Publié le 11 mars 2025".
t = "Le littoral breton a perdu 14 % de ses herbiers de zostère en dix ans"
P = [
    "Les herbiers de zostère marine, qui abritent des centaines d'espèces le long des côtes bretonnes, ont reculé de 14 % entre 2014 et 2024, selon un inventaire publié ce mardi par l'association Sentinelles de l'Estran.",
    "L'étude repose sur 320 relevés effectués par 85 plongeurs et bénévoles dans 41 baies, du golfe du Morbihan à la baie de Morlaix. Les pertes les plus fortes sont observées dans les zones de mouillage des bateaux de plaisance, où les chaînes d'ancre arrachent les plantes.",
    "« Les herbiers sont des nurseries pour les poissons et ils stockent du carbone. Les perdre, c'est perdre une partie de la vie de nos baies », explique Gwenaëlle Le Bihan, biologiste marine et coordinatrice de l'inventaire.",
    "L'association demande l'installation de mouillages écologiques, qui ne touchent pas le fond, dans les douze baies les plus touchées, ainsi qu'une meilleure information des plaisanciers.",
    "Trois communes, dont Locmariaquer et Sarzeau, ont déjà annoncé qu'elles équiperaient leurs zones de mouillage d'ici à l'été 2026.",
]
url = "https://www.sentinelles-estran.org/actualites/communique-herbiers-zostere-2025"
page(
    "sentinelles-estran.org.herbiers-zostere",
    dict(
        title=t,
        date="2025-03-11",
        language="fr",
        url=url,
        people=["Gwenaëlle Le Bihan"],
        countries=["France"],
        note="Batch 9 (written before anything ran on it; fictional). Imitates a French environmental NGO's press release on a WordPress theme: <title> 'Sentinelles de l\u2019Estran : headline' (site first, French spaced colon), og:title the headline; label 'Communiqué de presse' above the <h1>; 'Publié le 11 mars 2025' (the only date); a donation box <div class=encart-don> in the middle of the text with prose ('Chaque don compte\u2026', '66 % de votre don est déductible') and a button, a 'Télécharger le communiqué (PDF, 412 Ko)' link, a 'Contact presse' block with name, phone and e-mail and an 'À propos de Sentinelles de l\u2019Estran' boilerplate paragraph (none expected); share row and newsletter form.",
    ),
    P,
    head(f"Sentinelles de l\u2019Estran : {t}", "fr")
    + og(t, "", url)
    + '</head>\n<body class="single-post">\n<header class="site-header"><a class="custom-logo-link" href="/">Sentinelles de l\u2019Estran</a>' + nav([("association", "L\u2019association"), ("actions", "Nos actions"), ("actualites", "Actualités"), ("agir", "Agir avec nous")]) + '<a class="btn-don" href="/don">Faire un don</a></header>\n'
    + '<main id="main"><div class="entry-header"><span class="post-type">Communiqué de presse</span><h1 class="entry-title">' + h(t) + '</h1><p class="entry-date">Publié le 11 mars 2025</p></div>'
    + '<div class="entry-content">' + ps(P[:3])
    + '<div class="encart-don"><h3>Soutenez nos inventaires</h3><p>Chaque don compte : 30 € permettent de financer une journée de relevés en plongée, 80 € l\u2019équipement d\u2019un bénévole pour une saison. Nos inventaires sont indépendants et financés à 70 % par nos donateurs.</p><p>66 % de votre don est déductible de vos impôts.</p><a class="wp-block-button__link" href="/don">Je fais un don</a></div>'
    + ps(P[3:])
    + '<p><a href="/wp-content/uploads/2025/03/CP-herbiers-2025.pdf">Télécharger le communiqué (PDF, 412 Ko)</a></p>'
    + '<div class="contact-presse"><h3>Contact presse</h3><p>Yann Kerhervé, chargé de communication<br>06 12 34 56 78 \u2013 presse@sentinelles-estran.org</p></div>'
    + '<h3>À propos de Sentinelles de l\u2019Estran</h3><p>Fondée en 2009 à Vannes, Sentinelles de l\u2019Estran est une association de protection du littoral qui réunit 2 400 adhérents et 300 bénévoles. Elle mène des inventaires participatifs de la faune et de la flore marines et sensibilise les usagers de la mer.</p></div>'
    + '<div class="partage">Partager : <a href="#">Facebook</a> <a href="#">LinkedIn</a> <a href="#">Bluesky</a> <a href="#">E-mail</a></div></main>\n'
    + '<section class="newsletter"><h2>Restez informé</h2><p>Recevez nos actualités une fois par mois.</p><form><input type="email" placeholder="Votre adresse e-mail"><button>Je m\u2019inscris</button></form></section>\n'
    + '<footer class="site-footer"><p>Sentinelles de l\u2019Estran \u2013 12 rue du Port, 56000 Vannes</p><a href="/mentions-legales">Mentions légales</a> <a href="/confidentialite">Politique de confidentialité</a></footer>\n'
    + end(),
)

# 9. A Portuguese municipal-news story made of lists: closed streets, bus diversions and
# parking rules as <ul>s under <h3>s (expected); the date in the URL and "11/03/2025 14:20";
# a "Notícias relacionadas" list and a weather widget (not).
t = "Obras na Avenida Lourenço Peixinho cortam trânsito durante seis semanas"
P = [
    "A Câmara Municipal de Aveiro vai cortar o trânsito na Avenida Dr. Lourenço Peixinho a partir de segunda-feira, 17 de março, para substituir a rede de águas pluviais e renovar os passeios. As obras deverão durar seis semanas.",
    "O vereador das Obras Públicas, Rui Carvalho, explicou que a intervenção será feita em três fases, para manter sempre aberto o acesso à estação de comboios.",
    "Ruas cortadas ao trânsito",
    "Avenida Dr. Lourenço Peixinho, entre a Rua Almirante Cândido dos Reis e a Rotunda da Estação (17 de março a 4 de abril)",
    "Rua de Viana do Castelo, no cruzamento com a avenida (7 a 18 de abril)",
    "Rua Eng. Oudinot, apenas no sentido nascente-poente (21 a 30 de abril)",
    "Alterações nos autocarros",
    "As linhas 2 e 5 passam a circular pela Rua de Aveiro e pela Avenida 25 de Abril.",
    "A paragem da Avenida Central é transferida para a Rua do Clube dos Galitos.",
    "O autocarro da linha 11 para a Universidade mantém o percurso habitual.",
    "Estacionamento",
    "O parque da estação mantém-se aberto, com entrada pela Rua da República. Os moradores com dístico podem estacionar gratuitamente no parque do Fórum durante as obras.",
    "A empreitada custa 1,9 milhões de euros e é financiada em parte por fundos europeus. Segundo Rui Carvalho, a nova rede vai acabar com as inundações que afetam a avenida em dias de chuva forte.",
]
url = "https://www.diariodeaveiro.pt/noticia/2025/03/11/obras-avenida-lourenco-peixinho-cortam-transito"
page(
    "diariodeaveiro.pt.obras-avenida",
    dict(
        title=t,
        date="2025-03-11",
        language="pt",
        url=url,
        people=["Rui Carvalho"],
        countries=["Portugal"],
        note="Batch 9 (written before anything ran on it; fictional). Imitates a Portuguese local daily's service story made of lists: intro paragraphs, then three <h3> sections ('Ruas cortadas ao trânsito', 'Alterações nos autocarros', 'Estacionamento') holding <ul>s of short items and a paragraph, and a closing paragraph (all expected); <title> 'headline - Diário de Aveiro'; the date only in the URL and the visible '11/03/2025 14:20'; a 'Notícias relacionadas' list, a weather widget ('Aveiro 16°C Céu pouco nublado') and a 'Mais lidas' list (not).",
    ),
    P,
    head(f"{t} - Diário de Aveiro", "pt-PT")
    + f'<link rel="canonical" href="{url}">\n<meta property="og:title" content="{html.escape(t)}">\n'
    + '</head>\n<body>\n<div class="topo"><div class="meteo">Aveiro 16°C Céu pouco nublado</div><a class="logo" href="/">Diário de Aveiro</a>' + nav([("regiao", "Região"), ("desporto", "Desporto"), ("cultura", "Cultura"), ("opiniao", "Opinião"), ("assinaturas", "Assinaturas")]) + '</div>\n'
    + '<div class="conteudo"><div class="noticia"><div class="categoria">Aveiro</div><h1>' + h(t) + '</h1><div class="dados">Redação \u00b7 11/03/2025 14:20</div>'
    + '<div class="texto">' + ps(P[:2])
    + f"<h3>{h(P[2])}</h3>{lis(P[3:6])}<h3>{h(P[6])}</h3>{lis(P[7:10])}<h3>{h(P[10])}</h3>" + ps(P[11:]) + '</div>'
    + '<div class="relacionadas"><h4>Notícias relacionadas</h4><ul><li><a href="/noticia/2025/02/20/ponte-praca-cortada">Ponte-Praça fechada a peões durante um mês</a></li><li><a href="/noticia/2025/01/30/novas-ciclovias-aveiro">Câmara aprova três novas ciclovias</a></li></ul></div></div>'
    + '<aside class="lateral"><h4>Mais lidas</h4><ol><li><a href="/noticia/2025/03/10/beira-mar-vence">Beira-Mar vence e sobe ao terceiro lugar</a></li><li><a href="/noticia/2025/03/09/festival-ovos-moles">Festival dos Ovos Moles bate recorde de visitantes</a></li></ol></aside></div>\n'
    + '<footer><p>\u00a9 2025 Diário de Aveiro \u2013 Todos os direitos reservados</p><a href="/estatuto-editorial">Estatuto editorial</a> <a href="/ficha-tecnica">Ficha técnica</a></footer>\n'
    + end(),
)

# 10. A Dutch live ticker as one ordered list: each <li> a time, a bold heading line and
# text; newest first; a "Lees ook" link inside one entry; og:title "LIVE | …" (label the
# <h1> lacks); JSON-LD LiveBlogPosting.
t = "Uitslagen gemeenteraadsverkiezing Breda: volg de telling"
E = [
    ("23:48", "Stadspartij blijft grootste", "Met alle 96 stembureaus geteld is de Stadspartij Breda met 11 zetels de grootste partij. GroenLinks-PvdA komt op 8 zetels, de VVD op 6. De opkomst was 52,4 procent, iets hoger dan vier jaar geleden."),
    ("23:15", "Lijsttrekker spreekt van historische avond", "Lijsttrekker Anouk Verbeek van de Stadspartij sprak in het stadhuis haar aanhang toe. \u2018Breda heeft gekozen voor een partij die de wijken kent\u2019, zei ze. Ze wil morgen de andere partijleiders uitnodigen voor een eerste gesprek."),
    ("22:30", "Helft van de stemmen geteld", "Na 48 stembureaus staat de Stadspartij op 23 procent van de stemmen. De nieuwe partij Breda Vooruit haalt in de wijk Haagse Beemden een verrassend hoge score."),
    ("21:40", "Telling vertraagd in Prinsenbeek", "In Prinsenbeek moest een stembureau opnieuw tellen omdat het aantal stemmen niet klopte met het aantal opgekomen kiezers. Volgens de gemeente gaat het om een verschil van twaalf stemmen."),
    ("21:00", "Stembureaus gesloten", "De stembureaus in Breda zijn dicht. Het tellen begint meteen; de gemeente verwacht de voorlopige uitslag rond middernacht."),
]
P = ["De stembussen in Breda zijn gesloten en het tellen is begonnen. In dit liveblog houden we je op de hoogte van de uitslagen per wijk en de reacties van de partijen."]
for _, head_line, text in E:
    P += [head_line, text]
url = "https://www.omroepbrabantwest.nl/nieuws/live/2025/03/18/uitslagen-gemeenteraadsverkiezing-breda"
entries = "".join(
    f'<li class="ticker-item"><time class="ticker-time" datetime="2025-03-18T{tm}:00+01:00">{tm}</time><div class="ticker-content"><strong class="ticker-title">{h(hl)}</strong><p>{h(tx)}</p>'
    + ('<p class="lees-ook">Lees ook: <a href="/nieuws/2025/03/17/breda-vooruit-nieuwe-partij">Wie zijn de mensen achter Breda Vooruit?</a></p>' if tm == "22:30" else "")
    + '<div class="ticker-share"><a href="#">Deel</a></div></div></li>'
    for tm, hl, tx in E
)
page(
    "omroepbrabantwest.nl.live-verkiezing-breda",
    dict(
        title=t,
        date="2025-03-18",
        language="nl",
        url=url,
        people=["Anouk Verbeek"],
        countries=["Netherlands"],
        note="Batch 9 (written before anything ran on it; fictional). Imitates a Dutch regional broadcaster's live ticker: og:title 'LIVE | headline' (a label the <h1> lacks; expected the <h1>), <title> 'LIVE | headline - Omroep Brabant West'; an intro paragraph, then one <ol class=ticker> whose <li>s hold a <time>, a bold title line and a paragraph (titles and paragraphs expected, times not), newest first; a 'Lees ook:' link line inside one entry and a 'Deel' link in each (not); a 'Meer laden' button; JSON-LD LiveBlogPosting with coverageStartTime. Date in JSON-LD and '18 maart 2025'.",
    ),
    P,
    head(f"LIVE | {t} - Omroep Brabant West", "nl")
    + og(f"LIVE | {t}", "Omroep Brabant West", url)
    + jsonld({"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": f"LIVE | {t}", "datePublished": "2025-03-18T20:55:00+01:00", "dateModified": "2025-03-18T23:48:00+01:00", "coverageStartTime": "2025-03-18T21:00:00+01:00", "coverageEndTime": "2025-03-19T01:00:00+01:00"})
    + '</head>\n<body>\n<header class="site-header"><a class="logo" href="/">Omroep Brabant West</a>' + nav([("nieuws", "Nieuws"), ("sport", "Sport"), ("tv", "TV"), ("radio", "Radio"), ("verkeer", "Verkeer")]) + '</header>\n'
    + '<main><div class="live-header"><span class="live-badge">LIVE</span><h1 class="article-title">' + h(t) + '</h1><p class="meta">18 maart 2025 \u00b7 laatste update 23:48</p></div>'
    + '<div class="live-intro"><p>' + h(P[0]) + '</p></div>'
    + '<ol class="ticker">' + entries + '</ol><button class="load-more">Meer laden</button></main>\n'
    + '<aside class="meest-gelezen"><h2>Meest gelezen</h2><ol><li><a href="/nieuws/a58-file">Lange file op de A58 na ongeluk</a></li><li><a href="/nieuws/nac-wint">NAC wint van Roda JC</a></li></ol></aside>\n'
    + '<footer><p>\u00a9 Omroep Brabant West</p><a href="/privacy">Privacy</a> <a href="/cookies">Cookies</a></footer>\n'
    + end(),
)

# 11. A Polish story followed in the same column by the opening of the next one (its own
# <h2> headline, lead and two paragraphs, then "Czytaj dalej"), in a plain <div>, not an
# <article>; the date "12.03.2025, 09:40".
t = "Tramwaj na Gocław. Miasto wybrało wykonawcę, budowa ruszy latem"
P = [
    "Tramwaje Warszawskie wybrały wykonawcę nowej trasy tramwajowej na Gocław. Za 612 mln zł linię o długości 4,2 km zbuduje konsorcjum firm Budimex i Trakcja. Umowa ma zostać podpisana jeszcze w marcu.",
    "Trasa poprowadzi od ronda Wiatraczna ulicami Ostrobramską i Fieldorfa do pętli przy ulicy Bora-Komorowskiego. Powstanie na niej siedem przystanków, a tramwaje mają jeździć co pięć minut w godzinach szczytu.",
    "\u2013 To najważniejsza inwestycja tramwajowa na prawym brzegu Wisły od lat. Mieszkańcy Gocławia czekali na nią ponad dwie dekady \u2013 powiedziała rzeczniczka spółki Magdalena Sołtys.",
    "Prace mają ruszyć w lipcu i potrwać dwa lata. Na czas budowy zamknięty zostanie jeden pas ruchu na Ostrobramskiej w każdą stronę. Pierwsze tramwaje pojadą na Gocław pod koniec 2027 roku.",
    "Inwestycja jest w 60 procentach finansowana ze środków unijnych.",
]
nxt = [
    "Nocne autobusy pojadą częściej. Zmiany od kwietnia",
    "Od 1 kwietnia linie nocne N01, N02 i N03 będą kursować co 15 minut zamiast co 30. Zarząd Transportu Miejskiego tłumaczy zmianę rosnącą liczbą pasażerów.",
    "W weekendy autobusy nocne przewożą już ponad 40 tysięcy osób. Najwięcej pasażerów jeździ linią N02 między Centrum a Białołęką.",
]
url = "https://www.gazetastoleczna.pl/warszawa/tramwaj-na-goclaw-wybrano-wykonawce/ar/c1-18456321"
page(
    "gazetastoleczna.pl.tramwaj-goclaw",
    dict(
        title=t,
        date="2025-03-12",
        language="pl",
        url=url,
        people=["Magdalena Sołtys"],
        countries=["Poland"],
        note="Batch 9 (written before anything ran on it; fictional). Imitates a Polish regional portal whose story is followed, in the same <div class=content-column>, by the opening of the next story: a <div class='next-article-preview'> with the label 'Następny artykuł', its own <h2> headline, lead and two paragraphs and a 'Czytaj dalej' link (not expected); <title> 'headline | Gazeta Stołeczna'; 'Czytaj także:' link line between paragraphs (not); date '12.03.2025, 09:40' and article:published_time.",
    ),
    P,
    head(f"{t} | Gazeta Stołeczna", "pl")
    + og(t, "Gazeta Stołeczna", url, P[0])
    + '<meta property="article:published_time" content="2025-03-12T09:40:00+01:00">\n'
    + '</head>\n<body>\n<header><a class="logo" href="/">Gazeta Stołeczna</a>' + nav([("warszawa", "Warszawa"), ("komunikacja", "Komunikacja"), ("sport", "Sport"), ("kultura", "Kultura")]) + '</header>\n'
    + '<main><div class="content-column"><div class="article-header"><h1 class="article-title">' + h(t) + '</h1><div class="article-meta">Anna Wróbel \u00b7 12.03.2025, 09:40</div></div>'
    + '<div class="article-lead"><p>' + h(P[0]) + '</p></div><div class="article-text">' + ps(P[1:3])
    + '<p class="read-also"><b>Czytaj także:</b> <a href="/warszawa/metro-bemowo/ar/c1-18440012">Metro na Bemowie. Kiedy otwarcie stacji?</a></p>'
    + ps(P[3:]) + '</div>'
    + '<div class="next-article-preview"><span class="label">Następny artykuł</span><h2><a href="/warszawa/nocne-autobusy-czesciej/ar/c1-18456400">' + h(nxt[0]) + '</a></h2><div class="article-meta">Piotr Nowak \u00b7 12.03.2025, 08:15</div>' + ps(nxt[1:]) + '<a class="read-more" href="/warszawa/nocne-autobusy-czesciej/ar/c1-18456400">Czytaj dalej</a></div></div>'
    + '<aside class="sidebar"><h3>Najczęściej czytane</h3><ol><li><a href="/warszawa/most-lazienkowski">Most Łazienkowski znów zamknięty</a></li><li><a href="/sport/legia-wygrywa">Legia wygrywa w Poznaniu</a></li></ol></aside></main>\n'
    + '<footer><p>\u00a9 2025 Gazeta Stołeczna</p><a href="/regulamin">Regulamin</a> <a href="/polityka-prywatnosci">Polityka prywatności</a></footer>\n'
    + end(),
)

# 12. A Japanese interview: questions as paragraphs opening with "――" (expected, as the
# labels keep interview questions), answers as plain paragraphs, subheadings; <title>
# "headline｜インタビュー｜site"; the interviewee's profile box at the end (not expected).
t = "「地方の鉄道は観光だけでは残らない」　信越ローカル鉄道・小林社長に聞く"
P = [
    "赤字が続く地方の鉄道をどう残すのか。昨年、信越ローカル鉄道の社長に就任した小林真理子さんに、通学客を増やす取り組みや沿線自治体との協力について聞いた。",
    "通学の足を守る",
    "――就任から1年がたちました。最初に取り組んだことは何ですか。",
    "沿線の高校を全部回りました。利用者の6割は高校生です。部活動の終わる時間に合わせて、夕方の便を2本増やしました。それだけで定期券の利用が1割増えました。",
    "――観光列車に力を入れる鉄道会社も多いですね。",
    "観光は大切ですが、それだけでは鉄道は残りません。毎日乗ってくれる人がいてこそです。観光列車の収入は全体の5%ほどにすぎません。",
    "自治体との協力",
    "――沿線の3市町との協議はどうなっていますか。",
    "来年度から、線路や駅の維持費を自治体が負担する「上下分離」について話し合いを始めます。住民の皆さんにも説明会を開いて、鉄道が町にとってどれだけ大事かを知ってもらいたいと思っています。",
]
url = "https://www.shinetsu-keizai.jp/articles/interview/20250312-kobayashi"
page(
    "shinetsu-keizai.jp.interview-kobayashi",
    dict(
        title=t,
        date="2025-03-12",
        language="ja",
        url=url,
        people=["小林真理子"],
        countries=["Japan"],
        note="Batch 9 (written before anything ran on it; fictional). Imitates a Japanese regional business magazine's interview: <title> 'headline｜インタビュー｜信越経済オンライン' (section between headline and site); a lead paragraph, <h2> subheadings, questions as <p> opening with '――' and answers as plain <p>s (all expected); a photo with caption '小林真理子社長（長野市で）' and credit '撮影・田中健' (not expected: a portrait caption of the interviewee outside the text, with its credit); a 'プロフィール' box after the interview (not expected), an 'この記事をシェアする' row and '関連記事' links. Date '2025年3月12日' and JSON-LD.",
    ),
    P,
    head(f"{t}｜インタビュー｜信越経済オンライン", "ja")
    + og(t, "信越経済オンライン", url)
    + jsonld({"@context": "https://schema.org", "@type": "Article", "headline": t, "datePublished": "2025-03-12T06:00:00+09:00", "author": {"@type": "Person", "name": "田中健"}})
    + '</head>\n<body>\n<header class="l-header"><a class="logo" href="/">信越経済オンライン</a>' + nav([("news", "ニュース"), ("interview", "インタビュー"), ("company", "企業"), ("column", "コラム")]) + '</header>\n'
    + '<main class="l-main"><div class="article"><div class="article-category"><a href="/interview/">インタビュー</a></div><h1 class="article-title">' + h(t) + '</h1><div class="article-date">2025年3月12日</div>'
    + '<div class="sns-share">この記事をシェアする <a href="#">X</a> <a href="#">Facebook</a> <a href="#">LINE</a></div>'
    + '<div class="article-body"><p class="lead">' + h(P[0]) + '</p>'
    + '<figure class="photo"><img src="/img/kobayashi.jpg" alt=""><figcaption>小林真理子社長（長野市で）<span class="credit">撮影・田中健</span></figcaption></figure>'
    + f"<h2>{h(P[1])}</h2>" + ps(P[2:6]) + f"<h2>{h(P[6])}</h2>" + ps(P[7:]) + '</div>'
    + '<div class="profile"><h3>プロフィール</h3><p>こばやし・まりこ　1968年長野市生まれ。地元の信用金庫を経て2010年に信越ローカル鉄道に入社。営業部長などを経て2024年6月から現職。</p></div>'
    + '<div class="related"><h3>関連記事</h3><ul><li><a href="/articles/20250220-railway-subsidy">地方鉄道の支援策、国が新制度</a></li><li><a href="/articles/20250115-bus-driver">路線バスの運転手不足が深刻に</a></li></ul></div></div></main>\n'
    + '<footer><p>Copyright © 信越経済オンライン All rights reserved.</p></footer>\n'
    + end(),
)

# 13. A Chinese picture gallery: an intro, then each picture followed by its caption in
# <p class=pictext> with a "1/5" counter, "上一张 / 下一张" buttons; <title> with "_图片频道_"
# and the site; "来源：" and "责任编辑" lines; date "2025-03-12 10:21:33".
t = "组图：南京长江五桥正式通车 市民徒步体验"
P = [
    "3月12日上午，南京长江五桥正式通车。大桥全长10.3公里，是南京第五座跨越长江的大桥，从江北新区到主城区的行车时间由40分钟缩短到15分钟。",
    "通车前一天，大桥向市民开放徒步体验，约8000名市民报名参加。",
    "市民在桥面上合影留念。大桥采用钢混组合结构，主跨长600米。",
    "建设者代表王建国在通车仪式上发言。他在工地上工作了五年。",
    "清晨，第一批车辆驶上大桥。交警在各出入口引导交通。",
    "夜幕下的长江五桥。桥上安装了节能灯光系统，每晚开灯至23时。",
]
url = "https://pic.jiangnan-news.cn/2025-03/12/c_1130245871.htm"
pics = "".join(
    f'<div class="pic-item"><div class="pic"><img src="https://pic.jiangnan-news.cn/img/2025/0312/wuqiao{i + 1}.jpg" alt=""></div><div class="pic-count">{i + 1}/5</div><p class="pictext">{h(c)}</p><div class="pic-btn"><a href="#">上一张</a> <a href="#">下一张</a></div></div>'
    for i, c in enumerate(P[1:])
)
page(
    "pic.jiangnan-news.cn.nanjing-wuqiao",
    dict(
        title=t,
        date="2025-03-12",
        language="zh",
        url=url,
        people=["王建国"],
        countries=["China"],
        note="Batch 9 (written before anything ran on it; fictional). Imitates a Chinese portal's picture channel: <title> 'headline_图片频道_江南新闻网'; '来源：江南新闻网　2025-03-12 10:21:33' line above; an intro <p>, then five <div class=pic-item> each with a picture, a counter '1/5', the caption <p class=pictext> (expected) and '上一张 下一张' links; '【纠错】 责任编辑：李明' after (not); a '相关图集' grid with titles (not). The label 组图： is part of the <h1>, og:title and <title>.",
    ),
    P,
    head(f"{t}_图片频道_江南新闻网", "zh-CN")
    + '<meta name="keywords" content="南京,长江五桥,通车">\n<meta name="description" content="' + html.escape(P[0]) + '">\n'
    + '</head>\n<body>\n<div class="top-nav"><a href="/">江南新闻网</a> <a href="/news/">新闻</a> <a href="/pic/">图片</a> <a href="/video/">视频</a></div>\n'
    + '<div class="main"><div class="breadcrumb"><a href="/">首页</a> &gt; <a href="/pic/">图片频道</a> &gt; 正文</div><h1 class="pic-title">' + h(t) + '</h1>'
    + '<div class="info">来源：江南新闻网　2025-03-12 10:21:33</div>'
    + '<div class="pic-content"><p class="intro">' + h(P[0]) + '</p>' + pics + '</div>'
    + '<div class="editor">【纠错】 责任编辑：李明</div>'
    + '<div class="related-pics"><h3>相关图集</h3><ul><li><a href="/2025-03/10/c_1130244100.htm"><img src="/img/a.jpg" alt="">玄武湖樱花提前开放</a></li><li><a href="/2025-03/08/c_1130243222.htm"><img src="/img/b.jpg" alt="">南京地铁7号线全线贯通</a></li></ul></div></div>\n'
    + '<div class="footer"><p>江南新闻网版权所有 未经授权禁止复制</p></div>\n'
    + end(),
)

# 14. A Korean baseball report: the line score as a <table> after the lead (expected),
# <br>-separated text in the article body, the reporter's e-mail, "입력 2025.03.23 17:45";
# <title> "headline - 스포츠경남".
t = "NC, 연장 11회 끝내기… 개막 2연승"
ls = [["팀", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "R", "H", "E"], ["한화", "0", "1", "0", "0", "2", "0", "0", "0", "0", "0", "0", "3", "8", "1"], ["NC", "0", "0", "0", "2", "0", "0", "0", "1", "0", "0", "1", "4", "11", "0"]]
ls_html, ls_text = rows(ls)
P = [
    "NC 다이노스가 연장 11회 말 끝내기 안타로 한화 이글스를 꺾고 개막 2연승을 달렸다.",
] + ls_text + [
    "NC는 23일 창원NC파크에서 열린 2025 프로야구 정규시즌 한화와의 경기에서 4-3으로 이겼다. 3-3으로 맞선 11회 말 2사 2루에서 박준혁이 좌익수 앞 안타를 쳐 경기를 끝냈다.",
    "선발 투수 이도윤은 6이닝 동안 3실점으로 버텼고, 불펜은 5이닝을 무실점으로 막았다. 8회 말에는 김태민의 희생플라이로 동점을 만들었다.",
    "박준혁은 경기 후 \"직구를 노리고 있었다. 팬들 앞에서 끝내기를 쳐서 기쁘다\"고 말했다. 강인호 감독은 \"불펜 투수들이 잘 버텨 줬다\"고 했다.",
    "두 팀은 24일 같은 장소에서 3연전 마지막 경기를 치른다.",
]
url = "https://www.sportsgn.co.kr/news/articleView.html?idxno=412877"
page(
    "sportsgn.co.kr.nc-walkoff",
    dict(
        title=t,
        date="2025-03-23",
        language="ko",
        url=url,
        people=["박준혁", "이도윤", "김태민", "강인호"],
        countries=["South Korea"],
        note="Batch 9 (written before anything ran on it; fictional). Imitates a Korean regional sports paper on a common Korean news CMS (articleView.html): <title> 'headline - 스포츠경남'; '입력 2025.03.23 17:45' and '수정' in a list; the lead line in bold, then the line score as a <table class=scoreboard> (expected as rows), then the report as <br><br>-separated text in <div id=article-view-content-div> (expected); the reporter line '김지훈 기자 jh@sportsgn.co.kr' and '저작권자 © 스포츠경남 무단전재 및 재배포 금지' (not); '관련기사' and '많이 본 뉴스' lists (not).",
    ),
    P,
    head(f"{t} - 스포츠경남", "ko")
    + og(t, "스포츠경남", url, P[0])
    + '<meta property="article:published_time" content="2025-03-23T17:45:00+09:00">\n'
    + '</head>\n<body>\n<header id="user-header"><a href="/" class="logo">스포츠경남</a>' + nav([("baseball", "야구"), ("football", "축구"), ("basketball", "농구"), ("golf", "골프")]) + '</header>\n'
    + '<div id="user-container"><section class="article-view-header"><h3 class="heading">' + h(t) + '</h3><ul class="infomation"><li><i class="icon-user"></i> 김지훈 기자</li><li><i class="icon-clock"></i> 입력 2025.03.23 17:45</li><li>수정 2025.03.23 18:02</li></ul>'
    + '<div class="share-btns"><a href="#">페이스북</a> <a href="#">카카오톡</a> <a href="#">URL복사</a></div></section>'
    + '<article id="article-view-content-div" class="article-veiw-body"><p><strong>' + h(P[0]) + '</strong></p>'
    + f'<table class="scoreboard">{ls_html}</table>'
    + "<br><br>".join(h(p) for p in P[4:]) + '<br><br>김지훈 기자 jh@sportsgn.co.kr</article>'
    + '<div class="view-copyright">저작권자 © 스포츠경남 무단전재 및 재배포 금지</div>'
    + '<div class="related"><h4>관련기사</h4><ul><li><a href="/news/articleView.html?idxno=412801">NC, 개막전서 한화에 6-2 승리</a></li><li><a href="/news/articleView.html?idxno=412650">창원NC파크 새 전광판 공개</a></li></ul></div></div>'
    + '<aside class="most-view"><h4>많이 본 뉴스</h4><ol><li><a href="/news/articleView.html?idxno=412870">경남FC, 홈 개막전 매진</a></li><li><a href="/news/articleView.html?idxno=412866">롯데 새 외국인 투수 첫 등판</a></li></ol></aside>\n'
    + '<footer><p>스포츠경남 | 경남 창원시 의창구 | 대표전화 055-000-0000</p></footer>\n'
    + end(),
)

# 15. A Russian regional ministry's press release: a long ministry name behind the title,
# breadcrumbs, "Пресс-служба" sign-off and a document list after the text, a
# "Версия для слабовидящих" link, the date "12 марта 2025, 11:00".
t = "В Новосибирской области отремонтируют 48 мостов до конца 2026 года"
P = [
    "Министерство транспорта и дорожного хозяйства Новосибирской области утвердило программу ремонта мостов на 2025\u20132026 годы. В неё вошли 48 мостов и путепроводов на региональных дорогах, общая стоимость работ составит 3,7 млрд рублей.",
    "В этом году подрядчики приступят к ремонту 22 сооружений, в том числе моста через реку Бердь у Искитима и путепровода на Гусинобродском шоссе. Работы на мосту через Бердь начнутся в мае, движение на время ремонта будет организовано по одной полосе.",
    "\u00abБольшая часть мостов построена в 1970-е годы. После ремонта их срок службы увеличится минимум на 30 лет\u00bb, \u2014 сообщил министр транспорта и дорожного хозяйства региона Андрей Кравцов.",
    "Программа финансируется из областного бюджета и в рамках национального проекта \u00abИнфраструктура для жизни\u00bb.",
]
url = "https://mintrans.nso.ru/news/2025/03/12/remont-48-mostov"
page(
    "mintrans.nso.ru.remont-mostov",
    dict(
        title=t,
        date="2025-03-12",
        language="ru",
        url=url,
        people=["Андрей Кравцов"],
        countries=["Russia"],
        note="Batch 9 (written before anything ran on it; fictional). Imitates a Russian regional ministry's site: <title> 'headline | Министерство транспорта и дорожного хозяйства Новосибирской области' (a ministry name longer than the headline), no og tags; 'Версия для слабовидящих' and a search form in the header, breadcrumbs 'Главная / Новости'; the date '12 марта 2025, 11:00' above the text; a photo with 'Фото: пресс-служба минтранса НСО'; after the text 'Пресс-служба министерства транспорта и дорожного хозяйства Новосибирской области' (not expected), a 'Документы' list with PDF sizes, 'Поделиться' row and 'Другие новости' (not).",
    ),
    P,
    head(f"{t} | Министерство транспорта и дорожного хозяйства Новосибирской области", "ru")
    + '</head>\n<body>\n<div class="header"><a class="special" href="?special=1">Версия для слабовидящих</a><a class="logo" href="/">Министерство транспорта и дорожного хозяйства Новосибирской области</a><form class="search"><input placeholder="Поиск по сайту"><button>Найти</button></form>' + nav([("ministry", "О министерстве"), ("activity", "Деятельность"), ("news", "Новости"), ("documents", "Документы"), ("contacts", "Контакты")], "menu") + '</div>\n'
    + '<div class="content"><div class="breadcrumbs"><a href="/">Главная</a> / <a href="/news">Новости</a></div><h1>' + h(t) + '</h1><div class="news-date">12 марта 2025, 11:00</div>'
    + '<div class="news-image"><img src="/upload/news/2025/most-berd.jpg" alt=""><div class="photo-source">Фото: пресс-служба минтранса НСО</div></div>'
    + '<div class="news-text">' + ps(P) + '<p><i>Пресс-служба министерства транспорта и дорожного хозяйства Новосибирской области</i></p></div>'
    + '<div class="news-docs"><h3>Документы</h3><ul><li><a href="/upload/docs/programma-mosty-2025.pdf">Программа ремонта мостов на 2025\u20132026 годы (PDF, 1,2 МБ)</a></li><li><a href="/upload/docs/perechen-mostov.xlsx">Перечень сооружений (XLSX, 48 КБ)</a></li></ul></div>'
    + '<div class="share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Одноклассники</a> <a href="#">Telegram</a></div>'
    + '<div class="other-news"><h3>Другие новости</h3><ul><li><a href="/news/2025/03/11/ledovye-perepravy">Все ледовые переправы закрыты</a></li><li><a href="/news/2025/03/07/avtobusy-berdsk">Новые автобусы вышли на маршруты в Бердске</a></li></ul></div></div>\n'
    + '<div class="footer"><p>630007, г. Новосибирск, ул. Кирова, 3. Телефон приёмной: (383) 238-00-00</p><p>© 2025 Правительство Новосибирской области</p></div>\n'
    + end(),
)

# 16. A Turkish local site whose <h1> is its logo and whose <title> says nothing of the
# story; the headline only in JSON-LD and a <div class=news-title>; no og:title.
t = "Edirne'de Tunca Nehri üzerine yeni yaya köprüsü yapılacak"
P = [
    "Edirne Belediyesi, Tunca Nehri üzerinde Sarayiçi ile Kıyık Mahallesi'ni birbirine bağlayacak yeni bir yaya ve bisiklet köprüsü yapılacağını açıkladı. 140 metre uzunluğundaki köprünün ihalesi nisan ayında yapılacak.",
    "Belediye Başkanı Serkan Aydoğdu, köprünün hem öğrencilerin hem de tarihi Sarayiçi bölgesini ziyaret eden turistlerin işini kolaylaştıracağını söyledi. Aydoğdu, \"Bugün iki mahalle arasında yürüyerek 25 dakika süren yol, beş dakikaya inecek\" dedi.",
    "Köprü çelik konstrüksiyon olarak inşa edilecek ve taşkın riskine karşı mevcut köprülerden 1,5 metre daha yüksek olacak. Projenin maliyeti 86 milyon lira olarak hesaplanıyor.",
    "Çalışmaların 2026 yazında tamamlanması planlanıyor.",
]
url = "https://www.trakyaekspres.com.tr/edirne/tunca-nehri-yeni-yaya-koprusu-h48213.html"
page(
    "trakyaekspres.com.tr.tunca-yaya-koprusu",
    dict(
        title=t,
        date="2025-03-12",
        language="tr",
        url=url,
        people=["Serkan Aydoğdu"],
        countries=["Turkey"],
        note="Batch 9 (written before anything ran on it; fictional). Imitates a Turkish local news site on a cheap news script: <h1 class=logo> is the site's name 'Trakya Ekspres', <title> 'Trakya Ekspres - Edirne Haberleri, Son Dakika' (the same on every page: nothing of the story), no og:title; the headline only in JSON-LD NewsArticle and a visible <div class=news-title>; the spot in <div class=news-spot> (the first paragraph, expected); 'Google News'e abone ol' prompt, 'İlgili Haberler' list and 'Yorum yaz' form (not). Date in JSON-LD and '12.03.2025 - 11:24'.",
    ),
    P,
    head("Trakya Ekspres - Edirne Haberleri, Son Dakika", "tr")
    + '<meta name="description" content="Trakya Ekspres: Edirne ve Trakya\'dan son dakika haberleri.">\n'
    + jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": t, "description": P[0], "datePublished": "2025-03-12T11:24:00+03:00", "mainEntityOfPage": url, "publisher": {"@type": "Organization", "name": "Trakya Ekspres"}})
    + '</head>\n<body>\n<div class="header"><h1 class="logo"><a href="/">Trakya Ekspres</a></h1>' + nav([("edirne", "Edirne"), ("kirklareli", "Kırklareli"), ("tekirdag", "Tekirdağ"), ("spor", "Spor"), ("ekonomi", "Ekonomi")], "menu") + '<div class="weather">Edirne 14°C</div></div>\n'
    + '<div class="container"><div class="news-detail"><div class="news-title">' + h(t) + '</div><div class="news-spot">' + h(P[0]) + '</div><div class="news-date">12.03.2025 - 11:24 | Güncelleme: 12.03.2025 - 11:30</div>'
    + '<div class="news-text">' + ps(P[1:]) + '</div>'
    + '<div class="gn"><a href="https://news.google.com/publications/trakyaekspres">Google News\'e abone ol</a></div>'
    + '<div class="related"><h3>İlgili Haberler</h3><ul><li><a href="/edirne/selimiye-restorasyon-h48190.html">Selimiye Camii restorasyonunda son aşama</a></li><li><a href="/edirne/kirkpinar-hazirlik-h48150.html">Kırkpınar için hazırlıklar başladı</a></li></ul></div>'
    + '<div class="comment-form"><h3>Yorum yaz</h3><form><textarea placeholder="Yorumunuz"></textarea><button>Gönder</button></form></div></div></div>\n'
    + '<div class="footer"><p>© 2025 Trakya Ekspres. Tüm hakları saklıdır.</p></div>\n'
    + end(),
)

# 17. An Arabic subscriber wall: the standfirst and two paragraphs shown, then a wall with
# more prose than the story (plans, prices, benefits); the rest of the story not in the
# page; dir=rtl; <title> "headline | site".
t = "الحكومة تطرح مناقصة لإنشاء أول محطة لتحلية المياه بالطاقة الشمسية في صحار"
P = [
    "تبلغ طاقة المحطة المقترحة 100 ألف متر مكعب يوميًا، وتكفي لتزويد نحو 300 ألف نسمة بمياه الشرب.",
    "طرحت هيئة تنظيم الخدمات العامة مناقصة دولية لإنشاء وتشغيل محطة لتحلية مياه البحر تعمل بالطاقة الشمسية في ولاية صحار، في أول مشروع من نوعه في البلاد.",
    "وقال رئيس الهيئة المهندس سالم بن خلفان الحارثي إن المشروع سيخفض تكلفة إنتاج المتر المكعب من المياه بنحو 30 في المئة مقارنة بالمحطات العاملة بالغاز، وإن آخر موعد لتقديم العروض هو نهاية يونيو المقبل.",
]
url = "https://www.alwatan-eco.om/economy/2025/03/12/solar-desalination-sohar-tender"
page(
    "alwatan-eco.om.sohar-solar-desalination",
    dict(
        title=t,
        date="2025-03-12",
        language="ar",
        url=url,
        people=["سالم بن خلفان الحارثي"],
        countries=["Oman"],
        note="Batch 9 (written before anything ran on it; fictional). Imitates an Arabic business daily's subscriber wall (dir=rtl): <title> 'headline | الوطن الاقتصادي'; og:title the headline; the standfirst <p class=article-summary> and two paragraphs (expected), then <div class=paywall> with the heading 'هذا المقال مخصص للمشتركين', three paragraphs about the subscription, a list of plans with prices in ريال and 'لديك اشتراك؟ تسجيل الدخول' (none expected); the rest of the story is not in the page. Date in JSON-LD and '12 مارس 2025'.",
    ),
    P,
    head(f"{t} | الوطن الاقتصادي", "ar", ' dir="rtl"')
    + og(t, "الوطن الاقتصادي", url, P[0])
    + jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": t, "datePublished": "2025-03-12T08:30:00+04:00", "isAccessibleForFree": False, "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".paywalled"}})
    + '</head>\n<body>\n<header class="site-header"><a class="logo" href="/">الوطن الاقتصادي</a>' + nav([("economy", "اقتصاد"), ("markets", "أسواق"), ("energy", "طاقة"), ("opinion", "رأي")]) + '<a class="subscribe" href="/subscribe">اشترك الآن</a></header>\n'
    + '<main><article class="article"><h1 class="article-title">' + h(t) + '</h1><div class="article-meta"><span>مسقط - الوطن الاقتصادي</span> <span>12 مارس 2025</span></div>'
    + '<p class="article-summary">' + h(P[0]) + '</p><div class="article-body">' + ps(P[1:]) + '</div>'
    + '<div class="paywall paywalled"><h2>هذا المقال مخصص للمشتركين</h2><p>اشترك في الوطن الاقتصادي لتقرأ المقال كاملًا، وتحصل على تحليلات يومية لأسواق الخليج وأخبار الشركات والطاقة من فريق محررينا في مسقط ودبي والرياض.</p><p>يحصل المشتركون على النسخة الرقمية من الصحيفة كل صباح، ونشرة بريدية أسبوعية عن أسعار النفط والذهب، وإمكانية تصفح الأرشيف منذ عام 2005.</p><p>يمكنك إلغاء اشتراكك في أي وقت دون رسوم إضافية.</p><ul class="plans"><li>اشتراك شهري: 3 ريالات</li><li>اشتراك سنوي: 30 ريالًا</li><li>اشتراك الشركات: تواصل معنا</li></ul><a class="btn" href="/subscribe">اشترك الآن</a><p>لديك اشتراك؟ <a href="/login">تسجيل الدخول</a></p></div></article>'
    + '<aside class="most-read"><h3>الأكثر قراءة</h3><ol><li><a href="/markets/2025/03/11/msx-index">مؤشر بورصة مسقط يرتفع لليوم الثالث</a></li><li><a href="/energy/2025/03/10/oman-lng">صادرات الغاز المسال ترتفع 8%</a></li></ol></aside></main>\n'
    + '<footer><p>جميع الحقوق محفوظة © 2025 الوطن الاقتصادي</p></footer>\n'
    + end(),
)

# 18. An Indonesian local site: the site's name first in <title> behind an em dash; a ferry
# timetable as a <table> in the story (expected); "Baca Juga" lines; the date "Rabu, 12
# Maret 2025 | 08:15 WITA".
t = "Jadwal Kapal Cepat Lembar–Gili Trawangan Bertambah Mulai April"
tbl = [["Keberangkatan", "Dari Lembar", "Dari Gili Trawangan"], ["Pagi", "07.30 WITA", "09.30 WITA"], ["Siang", "11.00 WITA", "13.00 WITA"], ["Sore", "15.00 WITA", "17.00 WITA"]]
tbl_html, tbl_text = rows(tbl)
P = [
    "Dinas Perhubungan Provinsi Nusa Tenggara Barat menambah jadwal kapal cepat dari Pelabuhan Lembar ke Gili Trawangan mulai 1 April 2025. Kapal yang semula berangkat dua kali sehari kini berlayar tiga kali.",
    "Kepala Dinas Perhubungan NTB, Lalu Hamdani, mengatakan penambahan jadwal dilakukan karena jumlah wisatawan yang datang lewat Lembar naik 40 persen sejak awal tahun.",
    "\"Banyak wisatawan dari Bali yang turun di Lembar lalu ingin langsung ke Gili. Selama ini mereka harus menunggu lama atau naik mobil ke Bangsal,\" kata Lalu Hamdani, Selasa (11/3/2025).",
    "Berikut jadwal kapal cepat Lembar\u2013Gili Trawangan mulai April:",
] + tbl_text + [
    "Harga tiket tetap Rp 250.000 per orang untuk sekali jalan. Tiket bisa dibeli di loket pelabuhan atau melalui aplikasi resmi operator.",
]
url = "https://www.kabarlombok.id/daerah/2025/03/12/jadwal-kapal-cepat-lembar-gili-trawangan-bertambah"
page(
    "kabarlombok.id.jadwal-kapal-gili",
    dict(
        title=t,
        date="2025-03-12",
        language="id",
        url=url,
        people=["Lalu Hamdani"],
        countries=["Indonesia"],
        note="Batch 9 (written before anything ran on it; fictional). Imitates an Indonesian local news site: <title> 'Kabar Lombok \u2014 headline' (site first, em dash), og:title the headline; the dateline 'MATARAM, KABARLOMBOK.ID \u2014' is not in the text (a <strong> before the first paragraph, not expected); a timetable <table> after an introducing line (expected as rows); two 'Baca Juga:' link lines (not); 'Editor: Baiq Rahmi' and 'Ikuti berita terkini di Google News' (not). Date 'Rabu, 12 Maret 2025 | 08:15 WITA' and JSON-LD.",
    ),
    P,
    head(f"Kabar Lombok \u2014 {t}", "id")
    + og(t, "Kabar Lombok", url, P[0])
    + jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": t, "datePublished": "2025-03-12T08:15:00+08:00"})
    + '</head>\n<body>\n<header><a class="logo" href="/">Kabar Lombok</a>' + nav([("daerah", "Daerah"), ("wisata", "Wisata"), ("ekonomi", "Ekonomi"), ("olahraga", "Olahraga")]) + '</header>\n'
    + '<main><div class="post"><h1 class="post-title">' + h(t) + '</h1><div class="post-meta">Rabu, 12 Maret 2025 | 08:15 WITA \u00b7 Penulis: Made Suardana</div>'
    + '<div class="post-content"><p><strong>MATARAM, KABARLOMBOK.ID \u2014</strong> ' + h(P[0]) + '</p>' + ps(P[1:2])
    + '<p><strong>Baca Juga: <a href="/wisata/2025/03/05/gili-trawangan-bebas-plastik">Gili Trawangan Larang Kantong Plastik Mulai Mei</a></strong></p>'
    + ps(P[2:4]) + f'<table class="jadwal">{tbl_html}</table>'
    + '<p><strong>Baca Juga: <a href="/daerah/2025/03/01/pelabuhan-lembar-renovasi">Renovasi Pelabuhan Lembar Rampung Juni</a></strong></p>'
    + ps(P[-1:]) + '<p class="editor">Editor: Baiq Rahmi</p></div>'
    + '<div class="gnews"><a href="https://news.google.com/publications/kabarlombok">Ikuti berita terkini di Google News</a></div></div>'
    + '<aside><h3>Terpopuler</h3><ol><li><a href="/daerah/mandalika-motogp">Tiket MotoGP Mandalika Mulai Dijual</a></li><li><a href="/ekonomi/harga-cabai">Harga Cabai di Mataram Turun</a></li></ol></aside></main>\n'
    + '<footer><p>\u00a9 2025 Kabar Lombok. All Rights Reserved.</p></footer>\n'
    + end(),
)

# 19. A Norwegian regional paper: the section first in <title> ("Politikk | headline |
# site"), an "ingress" lead, a fact box ("Fakta") inside the story (expected), an inline
# "Les også" card, "Publisert 12.03.2025 10:15".
t = "Bystyret sier ja til bompenger i Bergen sentrum fra 2026"
P = [
    "Et flertall i bystyret stemte onsdag kveld for å innføre en ny bomring rundt Bergen sentrum. Pengene skal gå til bybanen og nye sykkelveier.",
    "Vedtaket ble gjort med 38 mot 29 stemmer etter en debatt som varte i over fire timer. Arbeiderpartiet, SV, MDG og Rødt stemte for, mens Høyre, Fremskrittspartiet og Pensjonistpartiet stemte mot.",
    "Byrådsleder Ingrid Solheim mener bomringen er nødvendig for å nå klimamålene. \u2013 Vi får mindre kø, renere luft og penger til kollektivtrafikken. Det er en god avtale for byen, sa hun etter avstemningen.",
    "Høyres gruppeleder Henrik Vik kalte vedtaket et ekstra skattetrykk på familier som må bruke bil. \u2013 Mange har ikke et godt kollektivtilbud der de bor, sa Vik.",
    "Fakta: Den nye bomringen",
    "Ti nye bomstasjoner rundt sentrum",
    "Takst: 32 kroner for bensinbil i rushtiden, 16 kroner utenom rush",
    "Elbiler betaler halv pris",
    "Planlagt oppstart: 1. mars 2026",
    "Saken skal nå behandles av fylkestinget og deretter av Stortinget.",
]
url = "https://www.bergensposten.no/politikk/i/Xq7R2m/bystyret-sier-ja-til-bompenger-i-bergen-sentrum"
page(
    "bergensposten.no.bomring-sentrum",
    dict(
        title=t,
        date="2025-03-12",
        language="nb",
        url=url,
        people=["Ingrid Solheim", "Henrik Vik"],
        countries=["Norway"],
        note="Batch 9 (written before anything ran on it; fictional). Imitates a Norwegian regional paper (Schibsted-like): <title> 'Politikk | headline | Bergensposten' (section first); og:title the headline; the lead <p class=ingress> (expected); a fact box <aside class=factbox> with the heading 'Fakta: Den nye bomringen' and a list, placed inside the story (expected, as part of the story); an inline 'Les også' card with a picture, headline and a summary (not); the byline box with the journalists' names and e-mails; 'Publisert 12.03.2025 10:15' and 'Oppdatert' (date in <time>).",
    ),
    P,
    head(f"Politikk | {t} | Bergensposten", "no")
    + og(t, "Bergensposten", url, P[0])
    + '</head>\n<body>\n<header class="masthead"><a class="logo" href="/">Bergensposten</a>' + nav([("nyheter", "Nyheter"), ("politikk", "Politikk"), ("sport", "Sport"), ("kultur", "Kultur"), ("meninger", "Meninger")]) + '<a href="/abonnement">Kjøp abonnement</a></header>\n'
    + '<main><article class="article"><header><a class="section" href="/politikk">Politikk</a><h1 class="article-title">' + h(t) + '</h1><p class="ingress">' + h(P[0]) + '</p>'
    + '<div class="byline"><div class="author">Kari Nilsen <a href="mailto:kari.nilsen@bergensposten.no">kari.nilsen@bergensposten.no</a></div><div class="author">Ole Haugland</div><div class="dates"><time datetime="2025-03-12T10:15:00+01:00">Publisert 12.03.2025 10:15</time> <time>Oppdatert 12.03.2025 11:02</time></div></div></header>'
    + '<div class="article-body">' + ps(P[1:3])
    + '<div class="les-ogsa"><a href="/politikk/i/Lm3K9p/bybanen-til-asane-far-gront-lys"><img src="/img/bybane.jpg" alt=""><span class="label">Les også</span><h3>Bybanen til Åsane får grønt lys</h3><p>Staten går inn med 70 prosent av kostnadene for den nye strekningen.</p></a></div>'
    + ps(P[3:4])
    + f'<aside class="factbox"><h3>{h(P[4])}</h3>{lis(P[5:9])}</aside>'
    + ps(P[9:]) + '</div></article>'
    + '<section class="more"><h2>Mer fra Politikk</h2><ul><li><a href="/politikk/i/Aa1/skolestruktur">Byrådet vil legge ned to skoler</a></li><li><a href="/politikk/i/Bb2/eiendomsskatt">Eiendomsskatten øker med 8 prosent</a></li></ul></section></main>\n'
    + '<footer><p>Ansvarlig redaktør: Lars Berg \u00b7 Bergensposten følger Vær Varsom-plakatens regler for god presseskikk.</p></footer>\n'
    + end(),
)

# 20. A Spanish opinion column whose author's bio sits between the headline and the text
# (a photo, the name, a bio paragraph: not expected), a standfirst, and a disclaimer at the
# end; <title> "Opinión | headline | site" (section first).
t = "El tranvía que Valencia necesita no es el que está en el plan"
P = [
    "La ampliación del tranvía hacia el norte resolverá un problema que ya no existe, mientras los barrios del sur siguen sin transporte.",
    "El Ayuntamiento presentó la semana pasada su plan de movilidad para la próxima década, y la pieza central es una nueva línea de tranvía entre el centro y los barrios del norte. Es una buena noticia para quien vive allí. Pero los datos del propio plan cuentan otra historia.",
    "Según las encuestas de movilidad que acompañan al documento, el 62 % de los vecinos de los barrios del sur tarda más de 45 minutos en llegar al trabajo en transporte público. En el norte, esa cifra es del 31 %. El norte ya tiene dos líneas de metro; el sur, ninguna.",
    "La concejala de Movilidad, Carmen Ibáñez, ha defendido que la línea norte es la más fácil de construir porque aprovecha una antigua vía de tren. Es cierto. Pero que una obra sea fácil no la convierte en prioritaria.",
    "Lo que Valencia necesita es una línea que conecte los barrios del sur con los polígonos industriales donde trabajan sus vecinos. Costaría más y llevaría más tiempo, pero serviría a quienes más lo necesitan. El plan todavía está en exposición pública hasta el 30 de abril: aún hay tiempo para cambiarlo.",
]
url = "https://www.eldiariodelturia.es/opinion/2025/03/14/tranvia-valencia-necesita-plan-movilidad"
page(
    "eldiariodelturia.es.opinion-tranvia",
    dict(
        title=t,
        date="2025-03-14",
        language="es",
        url=url,
        people=["Carmen Ibáñez"],
        countries=["Spain"],
        note="Batch 9 (written before anything ran on it; fictional). Imitates a Spanish regional daily's opinion column: <title> 'Opinión | headline | El Diario del Turia' (section first), og:title the headline; label 'Tribuna' above the <h1>; the standfirst <h2 class=subtitulo> (expected); between the headline and the text a columnist block <div class=firma-columnista> with photo, name 'Lucía Ferrer' and a bio paragraph ('Lucía Ferrer es catedrática de Economía Aplicada en la Universitat de València…', not expected); the column, then the italic disclaimer 'Las opiniones expresadas en esta tribuna son responsabilidad exclusiva de su autora.' (not); 'Más Opinión' list. Date in JSON-LD and '14 mar 2025 - 06:00'.",
    ),
    P,
    head(f"Opinión | {t} | El Diario del Turia", "es")
    + og(t, "El Diario del Turia", url, P[0])
    + jsonld({"@context": "https://schema.org", "@type": "OpinionNewsArticle", "headline": t, "datePublished": "2025-03-14T06:00:00+01:00", "author": {"@type": "Person", "name": "Lucía Ferrer"}})
    + '</head>\n<body>\n<header class="cabecera"><a class="logo" href="/">El Diario del Turia</a>' + nav([("valencia", "Valencia"), ("comunitat", "Comunitat"), ("opinion", "Opinión"), ("deportes", "Deportes"), ("cultura", "Cultura")]) + '</header>\n'
    + '<main><div class="noticia opinion"><span class="antetitulo">Tribuna</span><h1 class="titulo">' + h(t) + '</h1><h2 class="subtitulo">' + h(P[0]) + '</h2>'
    + '<div class="firma-columnista"><img src="/img/firmas/lucia-ferrer.jpg" alt=""><div class="datos"><span class="nombre">Lucía Ferrer</span><p class="bio">Lucía Ferrer es catedrática de Economía Aplicada en la Universitat de València y autora de varios estudios sobre transporte urbano y desigualdad. Fue asesora del Ministerio de Transportes entre 2018 y 2021.</p></div></div>'
    + '<div class="fecha">14 mar 2025 - 06:00</div>'
    + '<div class="cuerpo">' + ps(P[1:]) + '<p><em>Las opiniones expresadas en esta tribuna son responsabilidad exclusiva de su autora.</em></p></div>'
    + '<div class="compartir">Compartir: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a></div></div>'
    + '<aside class="mas-opinion"><h3>Más Opinión</h3><ul><li><a href="/opinion/2025/03/13/vivienda-alquiler">El alquiler ya no es una etapa</a></li><li><a href="/opinion/2025/03/12/fallas-turismo">Fallas para quién</a></li></ul></aside></main>\n'
    + '<footer><p>© 2025 El Diario del Turia</p><a href="/aviso-legal">Aviso legal</a></footer>\n'
    + end(),
)

# 21. An Italian long read: pull quotes repeating a sentence of the text (<blockquote
# class=pullquote>, not expected: the sentence is already in the text), "Leggi anche"
# cards with picture, kicker, headline and summary between paragraphs (not expected),
# subheadings, a drop cap; <title> "headline | Longform | site".
t = "Le isole che si svuotano: un inverno a Linosa"
P = [
    "A Linosa, d'inverno, restano meno di duecento persone. Abbiamo passato tre settimane sull'isola per capire chi resta e perché.",
    "Alle sei del mattino il porto di Linosa è deserto. Il traghetto da Lampedusa arriva tre volte alla settimana, quando il mare lo permette, e porta il pane, la posta e i medicinali. Quest'inverno, per undici giorni di fila, non è arrivato affatto.",
    "Giuseppe Cavallaro ha 71 anni e fa il pescatore da quando ne aveva quattordici. Racconta che negli anni Settanta sull'isola vivevano più di seicento persone, e che la scuola aveva tre classi. Oggi la scuola ha sei alunni, tutti nella stessa aula.",
    "Chi resta",
    "«Qui non si resta per caso. Si resta perché si sceglie di restare», dice Cavallaro. Sua figlia vive a Palermo, suo figlio a Torino. Tornano d'estate, come quasi tutti.",
    "D'estate, infatti, Linosa si riempie. Le case colorate vengono affittate ai turisti, il bar del porto resta aperto fino a notte e la popolazione supera le mille persone. Poi, a ottobre, l'isola si svuota di nuovo.",
    "La sindaca di Lampedusa e Linosa, Rosalia Tuccio, ha promesso un medico fisso sull'isola per tutto l'anno. Fino a oggi il medico arriva due giorni alla settimana, e per le urgenze serve l'elicottero da Lampedusa.",
    "Il futuro",
    "Alcuni giovani stanno provando a tornare. Marta Bonanno, 29 anni, ha aperto un piccolo laboratorio di conserve con i capperi e le lenticchie dell'isola, che vende online in tutta Italia. «Con internet si può lavorare da qui. Quello che manca sono i servizi», dice.",
    "Per lei, restare a Linosa non è una rinuncia. Ma ammette che, senza una scuola media e senza un medico, una famiglia con figli difficilmente potrà scegliere l'isola.",
]
url = "https://www.settimanaleadriatico.it/longform/2025/03/15/isole-che-si-svuotano-inverno-linosa"
card = '<aside class="leggi-anche-card"><a href="{u}"><img src="/img/{i}.jpg" alt=""><span class="occhiello">{k}</span><h4>{h}</h4><p>{s}</p></a></aside>'
page(
    "settimanaleadriatico.it.inverno-linosa",
    dict(
        title=t,
        date="2025-03-15",
        language="it",
        url=url,
        people=["Giuseppe Cavallaro", "Rosalia Tuccio", "Marta Bonanno"],
        countries=["Italy"],
        note="Batch 9 (written before anything ran on it; fictional). Imitates an Italian weekly's long read: <title> 'headline | Longform | Il Settimanale Adriatico' (section between headline and site); a standfirst <p class=sommario> (expected); the first paragraph's first letter in a <span class=capolettera> (drop cap); <h2> subheadings; two pull quotes <blockquote class=pullquote> each repeating a sentence of the text (not expected); two 'Leggi anche' cards <aside class=leggi-anche-card> between paragraphs with picture, kicker, headline and a summary sentence (not); a photo with caption 'Il porto di Linosa a gennaio' and credit 'Foto di Luca Sanna' (the caption expected, the credit not); 'Questo articolo fa parte della serie Isole minori' note at the end (not). Date in JSON-LD and '15 marzo 2025'.",
    ),
    P[:4] + ["Il porto di Linosa a gennaio"] + P[4:],
    head(f"{t} | Longform | Il Settimanale Adriatico", "it")
    + og(t, "Il Settimanale Adriatico", url, P[0])
    + jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": t, "datePublished": "2025-03-15T07:00:00+01:00", "author": {"@type": "Person", "name": "Francesca Lo Verde"}})
    + '</head>\n<body class="longform">\n<header class="site-header"><a class="logo" href="/">Il Settimanale Adriatico</a>' + nav([("attualita", "Attualità"), ("longform", "Longform"), ("cultura", "Cultura"), ("abbonati", "Abbonati")]) + '</header>\n'
    + '<main><article class="longread"><header class="longread-header"><span class="rubrica">Longform</span><h1 class="longread-title">' + h(t) + '</h1><p class="sommario">' + h(P[0]) + '</p><div class="firma">di Francesca Lo Verde \u00b7 15 marzo 2025 \u00b7 12 minuti di lettura</div></header>'
    + '<div class="longread-body">'
    + '<p><span class="capolettera">' + h(P[1][0]) + '</span>' + h(P[1][1:]) + '</p>'
    + ps(P[2:3])
    + '<blockquote class="pullquote"><p>«Qui non si resta per caso. Si resta perché si sceglie di restare»</p></blockquote>'
    + card.format(u="/attualita/2025/02/10/traghetti-isole-minori-tagli", i="traghetti", k="Trasporti", h="Traghetti per le isole minori, la Regione taglia le corse invernali", s="Dal primo novembre le corse per Linosa e Pantelleria scendono da cinque a tre alla settimana.")
    + f"<h2>{h(P[3])}</h2>"
    + '<figure class="foto"><img src="/img/linosa-porto.jpg" alt=""><figcaption>Il porto di Linosa a gennaio <span class="credit">Foto di Luca Sanna</span></figcaption></figure>'
    + ps(P[4:7])
    + card.format(u="/attualita/2025/01/22/medici-isole", i="medici", k="Sanità", h="Medici nelle isole minori: i bandi vanno deserti", s="Nessun medico ha risposto agli ultimi tre bandi per le guardie mediche sulle isole siciliane.")
    + f"<h2>{h(P[7])}</h2>" + ps(P[8:9])
    + '<blockquote class="pullquote"><p>«Con internet si può lavorare da qui. Quello che manca sono i servizi»</p></blockquote>'
    + ps(P[9:])
    + '<p class="serie"><em>Questo articolo fa parte della serie <a href="/longform/isole-minori">Isole minori</a>.</em></p></div></article>'
    + '<section class="correlati"><h2>Potrebbe interessarti</h2><ul><li><a href="/longform/2025/02/20/borghi-appennino">I borghi dell\'Appennino che rinascono</a></li><li><a href="/longform/2025/01/30/pescatori-mazara">L\'ultima flotta di Mazara</a></li></ul></section></main>\n'
    + '<footer><p>© 2025 Il Settimanale Adriatico \u2013 P.IVA 01234567890</p></footer>\n'
    + end(),
)


if __name__ == "__main__":
    write(PAGES)
