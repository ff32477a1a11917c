#!/usr/bin/env python3
"""Writes batch 5 of the written pages (issue #15, extraction round 5) into `extra/`.

Each page is its HTML, its expected text and its labels, written together before anything
ran on them. The story's paragraphs are stated once (below) and the HTML is built around
them, so the expected text is exactly the story the page shows (or declares, for pages
whose story is only in their data). Inline marks in a paragraph: `**bold**` and
`[text](url)` become markup in the HTML and plain text in the expected text.
Run from anywhere: `python3 benches/realpages/batch5.py`.
"""
import html
import json

from batch_kit import jsonld, page, PAGES, plain, ps, write

def head(title, extra=""):
    return f'<!DOCTYPE html>\n<html{extra}>\n<head>\n<meta charset="utf-8">\n<title>{html.escape(title, quote=False)}</title>\n'


# 1. A wire story on an agency's own site (AP style): dateline run into the first
# paragraph, ad slots and a "RELATED COVERAGE" box inside the story, a contributor line,
# then "Recommended" teaser cards and a footer.
t = "Floodwaters recede in Missouri river towns as cleanup begins"
P = [
    "ST. CHARLES, Mo. (AP) — Residents of several Missouri river towns returned to their homes on Wednesday as floodwaters that had covered streets for nearly a week began to recede, leaving behind mud, debris and damaged roads.",
    "The Missouri River crested at 35.2 feet at St. Charles on Monday, the highest level since 2019, according to the National Weather Service. By Wednesday morning it had fallen below flood stage in most places.",
    "“The water goes down a lot slower than it comes up,” said Dale Hoffmeier, who has run a hardware store on Main Street for 31 years. He spent the morning shoveling mud out of the back room with his two sons.",
    "Gov. Mike Kehoe said the state would ask for a federal disaster declaration once damage assessments were complete. Teams from the State Emergency Management Agency began inspecting bridges and levees on Tuesday.",
    "At least 140 homes were damaged in St. Charles County alone, county officials said. No deaths were reported, but two people were rescued from a stranded car near Portage des Sioux over the weekend.",
    "Farmers in the river bottoms face a longer wait. Many fields remain under water, and some levees that failed in the flood will need months of repairs before spring planting.",
    "___",
    "Associated Press writer Heather Hollingsworth contributed from Kansas City, Missouri.",
]
page(
    "apnews.com.missouri-floods",
    dict(
        title=t,
        date="2025-03-19",
        language="en",
        url="https://apnews.com/article/missouri-flooding-st-charles-cleanup-4f2a9c1e7b",
        people=["Dale Hoffmeier", "Mike Kehoe", "Heather Hollingsworth"],
        countries=["United States"],
        note="Batch 5 (written before anything ran on it; fictional story). Imitates an AP article page: dateline run into the first paragraph, two ad slots and a 'RELATED COVERAGE' box of links inside the story's RichTextStoryBody, a '___' rule before the contributor line (part of the story), 'Recommended' teaser cards after it. Date in a <bsp-timestamp> data attribute (ms since epoch) and in JSON-LD.",
    ),
    P,
    head(f"{t} | AP News")
    + '<meta property="og:title" content="' + t + '">\n<meta property="og:site_name" content="AP News">\n'
    + '<link rel="canonical" href="https://apnews.com/article/missouri-flooding-st-charles-cleanup-4f2a9c1e7b">\n'
    + jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": t, "datePublished": "2025-03-19T17:04:11Z", "author": [{"@type": "Person", "name": "Jim Salter"}], "publisher": {"@type": "Organization", "name": "AP News"}})
    + "</head>\n<body>\n"
    + '<div class="Page-header"><nav class="Navigation"><ul><li><a href="/us-news">U.S. News</a></li><li><a href="/world-news">World News</a></li><li><a href="/politics">Politics</a></li><li><a href="/sports">Sports</a></li><li><a href="/entertainment">Entertainment</a></li><li><a href="/business">Business</a></li><li><a href="/science">Science</a></li></ul></nav></div>\n'
    + '<main class="Page-content"><div class="Page-lead"><h1 class="Page-headline">' + t + '</h1>\n'
    + '<div class="Page-byline"><div class="Page-authors">By <a href="/author/jim-salter">JIM SALTER</a></div><bsp-timestamp data-timestamp="1742403851000"><span>Updated 1:04 PM EDT, March 19, 2025</span></bsp-timestamp></div>\n'
    + '<div class="Page-actions"><a href="#">Share</a> <a href="#">Copy</a> <a href="#">Link copied</a> <a href="mailto:">Email</a> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Reddit</a></div></div>\n'
    + '<div class="Page-storyBody"><div class="RichTextStoryBody RichTextBody">\n'
    + ps(P[:2]) + '\n<div class="Advertisement"><div class="ad-label">ADVERTISEMENT</div><div id="ad-1"></div></div>\n'
    + ps(P[2:4])
    + '\n<div class="Enhancement"><div class="Enhancement-item"><h3>RELATED COVERAGE</h3><ul><li><a href="/article/missouri-levee-repairs-91c">Missouri levee repairs could take a year, engineers say</a></li><li><a href="/article/midwest-storms-power-outages-3b1">Storms knock out power to 200,000 across the Midwest</a></li><li><a href="/article/river-barge-traffic-halted-77d">Barge traffic halted on stretch of the Mississippi</a></li></ul></div></div>\n'
    + ps(P[4:5]) + '\n<div class="Advertisement"><div class="ad-label">ADVERTISEMENT</div><div id="ad-2"></div></div>\n'
    + ps(P[5:]) + "\n</div></div>\n"
    + '<div class="Page-below"><h2 class="Module-title">Recommended</h2><div class="PageList-items">'
    + "".join(f'<div class="PageList-items-item"><div class="PagePromo"><h3 class="PagePromo-title"><a href="/article/{u}"><span>{h}</span></a></h3><div class="PagePromo-description">{d}</div></div></div>' for u, h, d in [("tornado-oklahoma-2c", "Tornado damages homes in central Oklahoma", "Emergency crews searched neighborhoods after the storm."), ("budget-talks-8e", "Budget talks stall as deadline nears", "Lawmakers left without a deal on Tuesday night."), ("measles-texas-5f", "Measles cases rise in West Texas", "Health officials urged parents to vaccinate children.")])
    + "</div></div>\n</main>\n"
    + '<footer class="Page-footer"><p>Copyright 2025 The Associated Press. All Rights Reserved.</p><ul><li><a href="/about">About</a></li><li><a href="/terms">Terms of Use</a></li><li><a href="/privacy">Privacy Policy</a></li></ul></footer>\n</body>\n</html>\n',
)

# 2. A Reuters-style Next.js article: paragraphs are <div data-testid="paragraph-N">,
# not <p>; a sign-off line ("Reporting by ...") that is part of the story; "Our
# Standards" and a "Read Next" rail after it; a lead image whose caption sits in the
# page header, outside the story container.
t = "Chile's copper output falls to lowest in two decades as mines age"
P = [
    "Copper output at Chile's largest mine fell to its lowest in two decades last year, as ageing deposits and water shortages weighed on production.",
    "SANTIAGO, March 4 (Reuters) - Chile's copper production fell 3.1% in 2024 to 5.1 million metric tons, the lowest annual output since 2004, the national statistics agency said on Tuesday, as lower ore grades at ageing mines offset new projects.",
    "State miner Codelco, the world's largest copper producer, reported output of 1.33 million tons, its weakest result in a quarter of a century. Chief executive Ruben Alvarado said the company expected production to recover from 2026 as new underground sections come online.",
    "Chile accounts for about a quarter of the world's mined copper. Peru, the second-largest producer, increased output last year, narrowing the gap with its neighbour.",
    "Analysts at the Chilean Copper Commission said prices near record highs had so far cushioned the impact on government revenue, but warned that delays in permits for desalination plants could deepen the decline.",
    "Reporting by Fabian Cambero; Writing by Natalia Siniawski; Editing by Jamie Freed",
]
page(
    "reuters.com.chile-copper",
    dict(
        title=t,
        date="2025-03-04",
        language="en",
        url="https://www.reuters.com/markets/commodities/chiles-copper-output-falls-lowest-two-decades-2025-03-04/",
        people=["Ruben Alvarado", "Fabian Cambero", "Natalia Siniawski", "Jamie Freed"],
        countries=["Chile", "Peru"],
        note="Batch 5 (written before anything ran on it; fictional figures). Imitates a Reuters Next.js page: every paragraph a <div data-testid=paragraph-N> (no <p>), the summary bullet as the first paragraph, a lead image whose caption (expected) sits in the header outside the story's div, 'Sign up here.' newsletter promo inside the story, the sign-off line (not expected: a credit, as the cleaner has it; it was expected at the first score), then 'Our Standards', 'Read Next' rail and a __NEXT_DATA__ script. Date in <time datetime> and meta.",
    ),
    # The sign-off line is left out: the cleaner drops "Reporting by ...; Editing by ..." as a
    # credit by design (corrected after the first score, see docs/quality.md).
    P[:1] + ["Trucks carry ore at the Chuquicamata copper mine in Calama, Chile, in a file photo."] + P[1:-1],
    head(f"{t} | Reuters")
    + '<meta property="og:title" content="' + t + '">\n<meta property="og:site_name" content="Reuters">\n'
    + '<meta name="article:published_time" content="2025-03-04T14:22:00Z">\n'
    + '<link rel="canonical" href="https://www.reuters.com/markets/commodities/chiles-copper-output-falls-lowest-two-decades-2025-03-04/">\n'
    + '</head>\n<body><div id="__next"><div class="regular-article-layout">\n'
    + '<header class="site-header"><nav><a href="/world/">World</a> <a href="/business/">Business</a> <a href="/markets/">Markets</a> <a href="/sustainability/">Sustainability</a> <a href="/legal/">Legal</a> <a href="/breakingviews/">Breakingviews</a> <a href="/technology/">Technology</a></nav></header>\n'
    + '<div class="article-header__container"><nav aria-label="Tags"><a href="/markets/commodities/">Commodities</a></nav>\n'
    + '<h1 data-testid="Heading">' + t + '</h1>\n'
    + '<div class="article-header__info"><span>By <a href="/authors/fabian-cambero/">Fabian Cambero</a></span> <time datetime="2025-03-04T14:22:00Z">March 4, 2025 2:22 PM UTC</time> <span>Updated 3 hours ago</span></div>\n'
    + '<figure class="primary-image"><img src="https://www.reuters.com/resizer/v2/chuquicamata.jpg" alt="Trucks at a mine"><figcaption><span data-testid="Body">Trucks carry ore at the Chuquicamata copper mine in Calama, Chile, in a file photo.</span> <span class="credit">REUTERS/Ivan Alvarado/File Photo</span> <a href="/licensing">Purchase Licensing Rights, opens new tab</a></figcaption></figure></div>\n'
    + '<div class="article-body__content">\n'
    + '<ul class="summary"><li data-testid="summary-item">' + html.escape(P[0]) + '</li></ul>\n'
    + "\n".join(f'<div data-testid="paragraph-{i}" class="article-body__paragraph">{html.escape(x, quote=False)}</div>' for i, x in enumerate(P[1:3]))
    + '\n<div class="article-body__element"><div class="newsletter-promo"><p>Sign up here.</p></div></div>\n'
    + "\n".join(f'<div data-testid="paragraph-{i + 2}" class="article-body__paragraph">{html.escape(x, quote=False)}</div>' for i, x in enumerate(P[3:]))
    + '\n<p class="trust-badge">Our Standards: <a href="/trust-principles">The Thomson Reuters Trust Principles.</a>, opens new tab</p>\n</div>\n'
    + '<div class="read-next"><h2>Read Next</h2><ul><li><a href="/markets/commodities/gold-hits-record-2025-03-04/">Gold hits record as dollar slips</a></li><li><a href="/markets/commodities/lithium-prices-2025-03-04/">Lithium prices steady after slump</a></li><li><a href="/business/energy/oil-opec-2025-03-04/">Oil edges up ahead of OPEC+ meeting</a></li></ul></div>\n'
    + '</div></div>\n<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"articleId":"CHILE-COPPER"}},"page":"/article"}</script>\n</body>\n</html>\n',
)

# 3. A German regional daily on Next.js whose story is only in JSON-LD articleBody: the
# server-rendered page shows the standfirst, one paragraph and a paywall box.
t = "Neue Stadtbahnlinie nach Ludwigshafen soll 2031 fahren"
P = [
    "Der Verkehrsverbund hat den Zeitplan für die Stadtbahn über den Rhein vorgestellt. Die Kosten steigen auf 410 Millionen Euro.",
    "Die geplante Stadtbahnlinie zwischen Mannheim und Ludwigshafen soll Ende 2031 in Betrieb gehen. Das hat der Verkehrsverbund Rhein-Neckar am Dienstag im Mannheimer Gemeinderat mitgeteilt. Bisher war von 2029 die Rede gewesen.",
    "Grund für die Verzögerung sei vor allem die Sanierung der Konrad-Adenauer-Brücke, über die die Gleise führen sollen, sagte Verbundgeschäftsführer Tobias Weirich. Die Brücke müsse zuerst verstärkt werden.",
    "Die Kosten für das Projekt schätzt der Verbund inzwischen auf 410 Millionen Euro, rund 90 Millionen mehr als 2022 berechnet. Bund und Land sollen den größten Teil tragen.",
    "Im Gemeinderat stieß der neue Zeitplan auf Kritik. „Die Menschen warten seit Jahren auf diese Verbindung“, sagte Stadträtin Miriam Kessler. Die Fraktionen wollen im April über die Finanzierung beraten.",
    "Auf der Strecke sollen die Bahnen im Zehn-Minuten-Takt fahren. Täglich rechnet der Verbund mit bis zu 24.000 Fahrgästen.",
]
page(
    "mannheimer-tagblatt.de.stadtbahn-ludwigshafen",
    dict(
        title=t,
        date="2025-02-11",
        language="de",
        url="https://www.mannheimer-tagblatt.de/lokales/mannheim/stadtbahn-ludwigshafen-2031-1.7712093",
        people=["Tobias Weirich", "Miriam Kessler"],
        countries=["Germany"],
        note="Batch 5 (written before anything ran on it; fictional). Imitates a metered German regional daily on Next.js: the page shows the standfirst, the first paragraph and an 'MT+' paywall box; the whole story is only in JSON-LD articleBody (paragraphs joined by spaces). Expected: the whole story. Kicker 'Mannheim' above the <h1>; <title> 'headline - Mannheim - Mannheimer Tagblatt'.",
    ),
    P,
    head(f"{t} - Mannheim - Mannheimer Tagblatt", ' lang="de"')
    + '<meta name="description" content="' + P[0] + '">\n<meta property="og:title" content="' + t + '">\n<meta property="og:site_name" content="Mannheimer Tagblatt">\n'
    + '<link rel="canonical" href="https://www.mannheimer-tagblatt.de/lokales/mannheim/stadtbahn-ludwigshafen-2031-1.7712093">\n'
    + jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": t, "description": P[0], "datePublished": "2025-02-11T18:30:00+01:00", "dateModified": "2025-02-12T07:15:00+01:00", "isAccessibleForFree": False, "articleBody": " ".join(P[1:]), "author": {"@type": "Person", "name": "Lea Brandt"}, "publisher": {"@type": "Organization", "name": "Mannheimer Tagblatt"}})
    + '</head>\n<body><div id="__next">\n<header><a href="/">Mannheimer Tagblatt</a><nav><a href="/lokales/mannheim">Mannheim</a> <a href="/lokales/heidelberg">Heidelberg</a> <a href="/region">Region</a> <a href="/sport">Sport</a> <a href="/abo">Abo</a> <a href="/login">Anmelden</a></nav></header>\n'
    + '<main><article class="article article--premium">\n<div class="article__kicker">Mannheim</div>\n<h1 class="article__headline">' + t + '</h1>\n'
    + '<p class="article__teaser">' + P[0] + '</p>\n<div class="article__meta"><span>Von Lea Brandt</span> <time datetime="2025-02-11T18:30:00+01:00">11.02.2025, 18:30 Uhr</time> <span>2 Min. Lesezeit</span></div>\n'
    + '<div class="article__body"><p>' + P[1] + '</p></div>\n'
    + '<div class="paywall"><div class="paywall__fade"></div><h3>Weiterlesen mit MT+</h3><p>Alle Artikel auf mannheimer-tagblatt.de lesen. Jederzeit kündbar.</p><a href="/abo/angebote" class="button">Jetzt 1 Monat für 0,99 € testen</a><p>Bereits Abonnent? <a href="/login">Hier anmelden</a></p></div>\n'
    + '</article>\n<section class="teasers"><h2>Mehr aus Mannheim</h2><div class="teaser"><a href="/lokales/mannheim/nationaltheater-1.7712000"><h3>Nationaltheater: Sanierung dauert länger</h3></a></div><div class="teaser"><a href="/lokales/mannheim/maimarkt-1.7711800"><h3>Maimarkt sucht neue Aussteller</h3></a></div></section>\n</main>\n'
    + '<footer><a href="/impressum">Impressum</a> <a href="/datenschutz">Datenschutz</a> <a href="/agb">AGB</a></footer>\n</div>\n'
    + '<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"id":"1.7712093","premium":true}}}</script>\n</body>\n</html>\n',
)

# 4. A React news site whose server HTML is an empty shell: the story is only in
# __NEXT_DATA__ as an array of typed blocks.
t = "Valencia aprueba un plan para plantar 20.000 árboles en cinco años"
P = [
    "El Ayuntamiento de Valencia aprobó este jueves un plan para plantar 20.000 árboles en los barrios con menos sombra de la ciudad antes de 2030.",
    "La concejala de Medio Ambiente, Lucía Ferrandis, explicó que la prioridad serán las calles de Benicalap, Orriols y La Torre, donde las temperaturas en verano superan en hasta cuatro grados las de otras zonas.",
    "Los árboles se plantarán sobre todo en otoño e invierno, para que las raíces se asienten antes del calor. El plan incluye también 150 kilómetros de nuevas tuberías de riego por goteo.",
    "Cuánto costará",
    "El presupuesto total es de 38 millones de euros, de los que una parte llegará de fondos europeos. La oposición criticó que el plan no aclare quién se encargará del mantenimiento.",
    "“Plantar es lo fácil; lo difícil es que los árboles sigan vivos dentro de diez años”, dijo el portavoz del grupo municipal Andreu Sanchis.",
]
next_data = {
    "props": {
        "pageProps": {
            "article": {
                "id": 88213,
                "title": t,
                "publishedAt": "2025-04-10T12:05:00+02:00",
                "author": {"name": "Marta Climent"},
                "body": [{"type": "paragraph", "text": P[0]}, {"type": "paragraph", "text": P[1]}, {"type": "ad", "slot": "mpu1"}, {"type": "paragraph", "text": P[2]}, {"type": "heading", "level": 2, "text": P[3]}, {"type": "paragraph", "text": P[4]}, {"type": "related", "title": "El Cabanyal estrena su primer bosque urbano", "url": "/valencia/cabanyal-bosque-urbano"}, {"type": "quote", "text": P[5]}],
            },
            "menu": [{"label": "Valencia", "url": "/valencia"}, {"label": "Deportes", "url": "/deportes"}, {"label": "Opinión", "url": "/opinion"}],
        }
    },
    "page": "/[section]/[slug]",
    "buildId": "x81Jf2",
}
page(
    "levante-diario.es.arboles-valencia",
    dict(
        title=t,
        date="2025-04-10",
        language="es",
        url="https://www.levante-diario.es/valencia/plan-arbolado-20000-arboles",
        people=["Lucía Ferrandis", "Andreu Sanchis"],
        countries=["Spain"],
        note="Batch 5 (written before anything ran on it; fictional). Imitates a client-rendered Next.js news site: the server HTML holds only the headline, a skeleton loader and the menu; the story is in __NEXT_DATA__ props.pageProps.article.body as typed blocks (paragraph, heading, quote, ad, related). No JSON-LD articleBody. Expected: the paragraphs, heading and quote. Date only in og/article meta and the JSON.",
    ),
    P,
    head(f"{t} | Levante Diario", ' lang="es"')
    + '<meta property="og:title" content="' + t + '">\n<meta property="article:published_time" content="2025-04-10T12:05:00+02:00">\n<meta property="og:site_name" content="Levante Diario">\n'
    + '<link rel="canonical" href="https://www.levante-diario.es/valencia/plan-arbolado-20000-arboles">\n'
    + '</head>\n<body>\n<div id="__next"><header class="hdr"><a href="/">Levante Diario</a><nav><a href="/valencia">Valencia</a> <a href="/deportes">Deportes</a> <a href="/opinion">Opinión</a> <a href="/suscripcion">Suscríbete</a></nav></header>\n'
    + '<main><h1>' + t + '</h1><div class="skeleton"><div class="skeleton-line"></div><div class="skeleton-line"></div><div class="skeleton-line"></div></div><noscript>Activa JavaScript para leer este artículo.</noscript></main>\n'
    + '<footer>© Levante Diario · <a href="/aviso-legal">Aviso legal</a> · <a href="/privacidad">Privacidad</a> · <a href="/cookies">Cookies</a></footer></div>\n'
    + '<script id="__NEXT_DATA__" type="application/json">' + json.dumps(next_data, ensure_ascii=False) + '</script>\n</body>\n</html>\n',
)

# 5. An Italian AMP page: <amp-img>, amp-ad between paragraphs, amp-sidebar menu,
# amp-social-share row, "Leggi anche" box, tags and a "Potrebbe interessarti" list.
t = "Bari, il nuovo terminal crociere apre a maggio"
P = [
    "Il nuovo terminal crociere del porto di Bari aprirà il 2 maggio, con due settimane di ritardo rispetto al programma. Lo ha annunciato ieri l'Autorità di sistema portuale del mare Adriatico meridionale.",
    "L'edificio, costato 27 milioni di euro, potrà accogliere fino a 6.000 passeggeri al giorno. Al piano terra ci saranno i controlli di sicurezza e la zona bagagli, al primo piano una sala d'attesa con vista sul porto vecchio.",
    "«È un'opera che cambia il rapporto tra la città e il mare», ha detto il presidente dell'Autorità, Ugo Patroni Griffi, durante la visita al cantiere con il sindaco Vito Leccese.",
    "Per la stagione 2025 sono previsti 210 approdi di navi da crociera, il 15 per cento in più rispetto all'anno scorso. Le compagnie chiedono però collegamenti migliori con il centro e con l'aeroporto.",
    "Il Comune ha promesso una navetta elettrica tra il terminal e piazza del Ferrarese, che dovrebbe partire entro l'estate.",
]
page(
    "gazzettapuglia.it.terminal-crociere-bari",
    dict(
        title=t,
        date="2025-03-27",
        language="it",
        url="https://www.gazzettapuglia.it/bari/terminal-crociere-apertura-maggio-n88120",
        people=["Ugo Patroni Griffi", "Vito Leccese"],
        countries=["Italy"],
        note="Batch 5 (written before anything ran on it; fictional). Imitates an Italian AMP article: <html amp>, amp-sidebar menu with many links, <amp-img> lead image with a figcaption (expected) before the article body, amp-ad slots and a 'Leggi anche' box between paragraphs, amp-social-share row, tags and 'Potrebbe interessarti' list. Date only as 'giovedì 27 marzo 2025, 11:40' and in JSON-LD.",
    ),
    ["Il cantiere del nuovo terminal sul molo San Vito."] + P,
    '<!DOCTYPE html>\n<html amp lang="it">\n<head>\n<meta charset="utf-8">\n<title>' + t + ' - Gazzetta di Puglia</title>\n'
    + '<link rel="canonical" href="https://www.gazzettapuglia.it/bari/terminal-crociere-apertura-maggio-n88120">\n<script async src="https://cdn.ampproject.org/v0.js"></script>\n<style amp-custom>body{font-family:serif}</style>\n'
    + jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": t, "datePublished": "2025-03-27T11:40:00+01:00", "publisher": {"@type": "Organization", "name": "Gazzetta di Puglia"}})
    + '</head>\n<body>\n<amp-sidebar id="menu" layout="nodisplay"><ul>' + "".join(f'<li><a href="/{s.lower()}">{s}</a></li>' for s in ["Bari", "Lecce", "Foggia", "Taranto", "Brindisi", "BAT", "Cronaca", "Politica", "Economia", "Sport", "Cultura", "Spettacoli"]) + '</ul></amp-sidebar>\n'
    + '<header class="amp-header"><button on="tap:menu.toggle">☰</button><a href="/"><amp-img src="/logo.svg" width="200" height="40" alt="Gazzetta di Puglia"></amp-img></a></header>\n'
    + '<div class="amp-article"><span class="occhiello">Bari</span>\n<h1 class="amp-title">' + t + '</h1>\n<div class="amp-meta">di <strong>Nicola Pepe</strong> · giovedì 27 marzo 2025, 11:40</div>\n'
    + '<amp-social-share type="facebook" width="40" height="40"></amp-social-share><amp-social-share type="whatsapp" width="40" height="40"></amp-social-share><amp-social-share type="email" width="40" height="40"></amp-social-share>\n'
    + '<figure class="amp-lead"><amp-img src="/img/2025/03/terminal-bari.jpg" width="1200" height="675" layout="responsive" alt=""></amp-img><figcaption>Il cantiere del nuovo terminal sul molo San Vito.</figcaption></figure>\n'
    + '<div class="amp-body">\n' + ps(P[:2]) + '\n<div class="amp-ad-container"><span>Pubblicità</span><amp-ad width="300" height="250" type="doubleclick" data-slot="/123/bari"></amp-ad></div>\n'
    + ps(P[2:3]) + '\n<div class="leggi-anche"><strong>Leggi anche</strong> <a href="/bari/porto-traghetti-albania-n88001">Traghetti per l\'Albania, nuove corse da giugno</a></div>\n'
    + ps(P[3:]) + '\n<div class="amp-ad-container"><span>Pubblicità</span><amp-ad width="300" height="250" type="doubleclick" data-slot="/123/bari2"></amp-ad></div>\n</div>\n'
    + '<div class="tags"><a href="/tag/porto">porto</a> <a href="/tag/crociere">crociere</a> <a href="/tag/bari">Bari</a></div>\n'
    + '<div class="correlati"><h3>Potrebbe interessarti</h3><ul><li><a href="/bari/lungomare-lavori-n88050">Lungomare, i lavori ripartono lunedì</a></li><li><a href="/bari/aeroporto-voli-estate-n88011">Aeroporto, 14 nuove rotte per l\'estate</a></li></ul></div>\n</div>\n'
    + '<footer class="amp-footer">© 2025 Gazzetta di Puglia - P.IVA 01234567890 · <a href="/privacy">Privacy</a></footer>\n</body>\n</html>\n',
)

# 6. A French interview (Q&A): questions in bold paragraphs, answers after; an intro;
# "Propos recueillis par" at the end; an <article> that also wraps the "Sur le même
# sujet" block and the comments.
t = "« Les petites lignes ferroviaires ne sont pas condamnées »"
P = [
    "Spécialiste des transports régionaux, l'économiste Claire Montagnon publie une étude sur l'avenir des petites lignes de train. Elle répond à nos questions.",
    "**Pourquoi dites-vous que les petites lignes ne sont pas condamnées ?**",
    "Parce que là où les régions ont investi, les voyageurs sont revenus. Entre Bréauté et Fécamp, la fréquentation a doublé en trois ans après la rénovation de la voie. Le problème n'est pas la demande, c'est l'entretien qu'on a repoussé pendant trente ans.",
    "**Combien coûterait leur sauvetage ?**",
    "Environ 7 milliards d'euros sur dix ans pour les 9 000 kilomètres concernés. C'est beaucoup, mais c'est moins que ce que coûterait une seule nouvelle ligne à grande vitesse.",
    "**Les trains légers, dont on parle beaucoup, sont-ils une solution ?**",
    "En partie. Ils coûtent moins cher à l'achat et abîment moins la voie. Mais il faudra adapter les règles de sécurité, qui ont été écrites pour des trains de 400 tonnes.",
    "**Qu'attendez-vous de l'État ?**",
    "Une règle claire sur qui paie quoi. Aujourd'hui, chaque ligne fait l'objet d'une négociation séparée, et cela prend des années.",
    "Propos recueillis par Julien Berthaud",
]
page(
    "courrier-normand.fr.interview-petites-lignes",
    dict(
        title="« Les petites lignes ferroviaires ne sont pas condamnées »",
        titles_also=["Claire Montagnon : « Les petites lignes ferroviaires ne sont pas condamnées »"],
        date="2025-02-20",
        language="fr",
        url="https://www.courrier-normand.fr/economie/interview-claire-montagnon-petites-lignes-8812",
        people=["Claire Montagnon"],
        countries=["France"],
        note="Batch 5 (written before anything ran on it; fictional). Imitates a French regional interview: intro in bold chapo, questions as <p><strong>, answers as <p>, 'Propos recueillis par' line (not expected: the interviewer's credit is a byline; relabelled in extraction round 7, which first expected it). The <article> also wraps a 'Sur le même sujet' block and the reader comments (three long ones). <title> 'Claire Montagnon : « ... » - Le Courrier normand'. Date: 'Publié le 20/02/2025 à 07h00'.",
    ),
    P[:-1],  # the credit line is shown, not expected
    head("Claire Montagnon : « Les petites lignes ferroviaires ne sont pas condamnées » - Le Courrier normand", ' lang="fr"')
    + '<meta property="og:site_name" content="Le Courrier normand">\n<link rel="canonical" href="https://www.courrier-normand.fr/economie/interview-claire-montagnon-petites-lignes-8812">\n'
    + '</head>\n<body>\n<header id="header"><a href="/" class="logo">Le Courrier normand</a><ul class="menu"><li><a href="/actualite">Actualité</a></li><li><a href="/economie">Économie</a></li><li><a href="/sports">Sports</a></li><li><a href="/loisirs">Loisirs</a></li><li><a href="/abonnement">Je m\'abonne</a></li></ul></header>\n'
    + '<div id="content"><article class="article">\n<p class="surtitre">Entretien</p>\n<h1>' + t + '</h1>\n'
    + '<p class="chapo"><strong>' + html.escape(P[0], quote=False) + '</strong></p>\n'
    + '<div class="infos">Par Julien Berthaud · Publié le 20/02/2025 à 07h00</div>\n'
    + '<div class="texte">\n' + ps(P[1:]) + '\n</div>\n'
    + '<div class="meme-sujet"><h2>Sur le même sujet</h2><ul><li><a href="/economie/ter-normandie-horaires-8790">TER : les nouveaux horaires entrent en vigueur dimanche</a></li><li><a href="/economie/ligne-caen-rennes-8741">Caen-Rennes : la région promet des travaux en 2026</a></li></ul></div>\n'
    + '<section id="commentaires"><h2>Commentaires (3)</h2>\n'
    + '<div class="commentaire"><p class="auteur">Gérard76 · 20/02/2025 à 08h12</p><p>J\'ai pris la ligne de Fécamp tous les jours pendant dix ans et je peux vous dire que la rénovation a tout changé, le train est enfin à l\'heure et il y a du monde dedans même le samedi, ce qui n\'était jamais le cas avant les travaux.</p></div>\n'
    + '<div class="commentaire"><p class="auteur">Lectrice du pays de Caux · 20/02/2025 à 09h40</p><p>Très bel entretien mais on oublie de dire que sans parking près des gares, personne ne prendra le train dans nos villages. La région doit penser aux trajets jusqu\'à la gare autant qu\'aux rails eux-mêmes, sinon cela ne servira à rien.</p></div>\n'
    + '<div class="commentaire"><p class="auteur">Yves B. · 20/02/2025 à 11h03</p><p>Sept milliards, c\'est le prix d\'un échangeur autoroutier et de quelques ronds-points. Le vrai problème est politique : depuis trente ans on préfère inaugurer des routes plutôt qu\'entretenir des voies ferrées qui existent déjà.</p></div>\n'
    + '<form class="reagir"><textarea placeholder="Votre commentaire"></textarea><button>Publier</button></form></section>\n'
    + '</article></div>\n<footer><a href="/mentions-legales">Mentions légales</a> · <a href="/cgu">CGU</a> · © Le Courrier normand 2025</footer>\n</body>\n</html>\n',
)

# 7. An opinion column with an author bio box inside <article> and a disclaimer.
t = "We keep building car parks for a town that has stopped driving"
P = [
    "Every few years, the council announces a new multi-storey car park, and every few years the old ones sit half empty. It is time we asked why.",
    "The figures are not hard to find. The council's own counts show that the number of cars entering the town centre on a weekday has fallen by a fifth since 2015. Bus use is back above its pre-pandemic level. More people than ever arrive on foot or by bike.",
    "Yet the plan published last month proposes 600 more parking spaces on the site of the old cattle market, at a cost of £18 million. The justification is a survey of shop owners, most of whom believe their customers drive. Their customers, when asked, mostly say they do not.",
    "There are better uses for that land, and for that money. The cattle market site could hold 200 homes within a short walk of the station. A fraction of the budget would pay for the cycle lanes that have been promised on the London Road for a decade, as the council's own cycling officer, Tom Baxter, told councillors last year.",
    "None of this means nobody needs to drive. Disabled residents, tradespeople and people from the villages without a bus will always need somewhere to park. But we should plan for the town we have, not the one we had in 1995.",
]
page(
    "kentishobserver.co.uk.opinion-car-parks",
    dict(
        title=t,
        date="2025-05-06",
        language="en",
        url="https://www.kentishobserver.co.uk/opinion/car-parks-town-stopped-driving-7731",
        people=["Tom Baxter"],
        countries=["United Kingdom"],
        note="Batch 5 (written before anything ran on it; fictional). Imitates a UK regional paper's opinion column: 'Comment' label, standfirst, byline with the columnist's photo, an author bio box ('About the author', photo and 3 sentences with a link) and a 'The views expressed...' disclaimer inside the <article> after the story, then a 'More from Opinion' list. Date only as 'Tuesday 6 May 2025 5:00 am'.",
    ),
    P,
    head(f"{t} | Opinion | Kentish Observer", ' lang="en-GB"')
    + '<meta property="og:site_name" content="Kentish Observer">\n<meta name="description" content="' + P[0] + '">\n<link rel="canonical" href="https://www.kentishobserver.co.uk/opinion/car-parks-town-stopped-driving-7731">\n'
    + '</head>\n<body>\n<div class="top-bar"><a href="/">Kentish Observer</a> <a href="/news">News</a> <a href="/sport">Sport</a> <a href="/opinion">Opinion</a> <a href="/whats-on">What\'s On</a> <a href="/jobs">Jobs</a> <a href="/subscribe">Subscribe</a></div>\n'
    + '<div class="container"><article class="opinion">\n<span class="label">Comment</span>\n<h1>' + t + '</h1>\n<h2 class="standfirst">' + P[0] + '</h2>\n'
    + '<div class="byline"><img src="/img/authors/ruth-okafor.jpg" alt=""><span class="author">Ruth Okafor</span> <span class="date">Tuesday 6 May 2025 5:00 am</span></div>\n'
    + '<div class="article-text">\n' + ps(P[1:]) + '\n</div>\n'
    + '<div class="author-bio"><img src="/img/authors/ruth-okafor.jpg" alt=""><h4>About the author</h4><p>Ruth Okafor is a town planner and a former chair of the Ashford Civic Society. She has lived in the town for twenty years and writes a monthly column for the Observer. <a href="/authors/ruth-okafor">More from Ruth Okafor</a></p></div>\n'
    + '<p class="disclaimer"><em>The views expressed in this column are the author\'s own and do not necessarily reflect those of the Kentish Observer.</em></p>\n'
    + '<div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Email</a> <a href="#">Print</a> <span>14 comments</span></div>\n'
    + '</article>\n<aside class="more"><h3>More from Opinion</h3><ul><li><a href="/opinion/high-street-rates-7720">Business rates are strangling the high street</a></li><li><a href="/opinion/school-buses-7702">Bring back the school bus</a></li><li><a href="/opinion/hospital-parking-7688">Hospital parking charges are a tax on the sick</a></li></ul></aside></div>\n'
    + '<footer>© 2025 Kentish Observer Ltd. Registered in England.</footer>\n</body>\n</html>\n',
)

# 8. A Portuguese page with an infinite-scroll second story loaded inline after the first.
t = "Metro do Porto recebe os primeiros comboios da linha Rubi"
P = [
    "Os primeiros quatro comboios destinados à futura linha Rubi do Metro do Porto chegaram esta segunda-feira ao parque de material de Guifões, em Matosinhos.",
    "Os veículos, fabricados em Espanha, vão agora ser testados durante vários meses antes de entrarem ao serviço. A empresa espera ter a nova linha, entre a Casa da Música e Santo Ovídio, a funcionar no final de 2026.",
    "\"É um momento simbólico para uma obra que tem enfrentado muitas dificuldades\", afirmou o presidente do Metro do Porto, Tiago Braga, em declarações aos jornalistas.",
    "A linha Rubi inclui uma nova ponte sobre o rio Douro, reservada ao metro, a peões e a bicicletas. A construção da ponte sofreu atrasos devido a problemas nas fundações.",
    "No total, serão adquiridos 18 comboios, num investimento de 50 milhões de euros financiado pelo Plano de Recuperação e Resiliência.",
]
Q = [
    "A Câmara de Vila Nova de Gaia aprovou a criação de 300 lugares de estacionamento junto à estação de General Torres, para incentivar o uso do comboio.",
    "O parque deverá estar pronto no verão e será gratuito para quem apresentar um título de transporte válido.",
    "A autarquia estima que cerca de 2.000 pessoas utilizem a estação diariamente.",
]
page(
    "jornalnortenho.pt.metro-porto-rubi",
    dict(
        title=t,
        date="2025-03-10",
        language="pt",
        url="https://www.jornalnortenho.pt/local/porto/metro-do-porto-recebe-primeiros-comboios-linha-rubi",
        people=["Tiago Braga"],
        countries=["Portugal", "Spain"],
        note="Batch 5 (written before anything ran on it; fictional). Imitates a Portuguese news site with infinite scroll: after the first <article> (the page's story) comes a second full <article> loaded inline ('Artigo seguinte', its own <h1>, byline, date and three paragraphs, about a Gaia car park). Expected: the first story only. Date as '10 mar 2025 - 14:32'.",
    ),
    P,
    head(f"{t} - Jornal Nortenho", ' lang="pt-PT"')
    + '<meta property="og:title" content="' + t + '">\n<meta property="og:site_name" content="Jornal Nortenho">\n<link rel="canonical" href="https://www.jornalnortenho.pt/local/porto/metro-do-porto-recebe-primeiros-comboios-linha-rubi">\n'
    + '</head>\n<body>\n<header class="jn-header"><a href="/">Jornal Nortenho</a><nav><a href="/local">Local</a> <a href="/nacional">Nacional</a> <a href="/desporto">Desporto</a> <a href="/opiniao">Opinião</a></nav></header>\n'
    + '<div class="infinite-scroll">\n<article class="jn-article" data-url="/local/porto/metro-do-porto-recebe-primeiros-comboios-linha-rubi">\n<h1>' + t + '</h1>\n<div class="jn-meta"><span>Rita Soares</span> <time>10 mar 2025 - 14:32</time></div>\n'
    + '<div class="jn-body">\n' + ps(P) + '\n</div>\n<div class="jn-tags"><a href="/tag/metro">Metro</a> <a href="/tag/porto">Porto</a></div>\n</article>\n'
    + '<div class="next-label">Artigo seguinte</div>\n'
    + '<article class="jn-article" data-url="/local/gaia/estacionamento-general-torres">\n<h1>Gaia vai criar 300 lugares de estacionamento junto à estação de General Torres</h1>\n<div class="jn-meta"><span>Pedro Vaz</span> <time>10 mar 2025 - 12:05</time></div>\n'
    + '<div class="jn-body">\n' + ps(Q) + '\n</div>\n</article>\n</div>\n'
    + '<footer>Jornal Nortenho © 2025 · <a href="/estatuto-editorial">Estatuto editorial</a></footer>\n</body>\n</html>\n',
)

# 9. A Spanish live blog (newest first) with a "Lo más importante" key-points box.
t = "Directo | Temporal de viento en Galicia: última hora"
P = [
    "Lo más importante",
    "Alerta roja en la costa de A Coruña hasta las 21.00 horas.",
    "Suspendidas las clases en 40 municipios.",
    "Más de 30.000 clientes sin luz.",
    "Reabre el puerto de Vigo",
    "La Autoridad Portuaria ha reabierto el puerto de Vigo al tráfico de mercancías después de que el viento bajara de 80 kilómetros por hora.",
    "Un árbol cae sobre un autobús en Santiago",
    "Un árbol ha caído sobre un autobús urbano en la avenida de Lugo, en Santiago de Compostela. El conductor y los tres pasajeros han salido ilesos, según ha explicado el alcalde, Xosé Sánchez Bugallo.",
    "Naturgy trabaja para reponer el suministro",
    "La distribuidora eléctrica ha informado de que más de 30.000 clientes siguen sin luz, la mayoría en las comarcas de Bergantiños y Ortegal. Espera recuperar el servicio a lo largo de la tarde.",
    "Rachas de 140 km/h en Estaca de Bares",
    "La estación de Meteogalicia en Estaca de Bares ha registrado una racha de 140 kilómetros por hora a las 8.20 horas, la más fuerte del día hasta ahora.",
]
page(
    "voz-atlantica.es.directo-temporal-galicia",
    dict(
        title="Temporal de viento en Galicia: última hora",
        titles_also=[t],
        date="2025-01-27",
        language="es",
        url="https://www.voz-atlantica.es/galicia/directo-temporal-viento-galicia-ultima-hora",
        people=["Xosé Sánchez Bugallo"],
        countries=["Spain"],
        note="Batch 5 (written before anything ran on it; fictional). Imitates a Spanish live blog, newest post first: a 'Lo más importante' key-points list (expected), then posts each with a time ('13:05'), a 'Compartir' link, an <h3> title and a paragraph; a 'Cargar más' button; JSON-LD LiveBlogPosting with coverageStartTime. Title label 'Directo |' is a kicker (both forms right).",
    ),
    P,
    head(f"{t} | La Voz Atlántica", ' lang="es"')
    + '<meta property="og:site_name" content="La Voz Atlántica">\n<link rel="canonical" href="https://www.voz-atlantica.es/galicia/directo-temporal-viento-galicia-ultima-hora">\n'
    + jsonld({"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": t, "coverageStartTime": "2025-01-27T07:30:00+01:00", "datePublished": "2025-01-27T07:30:00+01:00", "dateModified": "2025-01-27T13:05:00+01:00"})
    + '</head>\n<body>\n<nav class="main-nav"><a href="/">La Voz Atlántica</a> <a href="/galicia">Galicia</a> <a href="/vigo">Vigo</a> <a href="/coruna">A Coruña</a> <a href="/deportes">Deportes</a></nav>\n'
    + '<main class="live"><span class="live-badge">EN DIRECTO</span>\n<h1>Temporal de viento en Galicia: última hora</h1>\n<div class="autor">Redacción · Actualizado 27/01/2025 13:05</div>\n'
    + '<div class="key-points"><h2>' + P[0] + '</h2><ul>' + "".join(f"<li>{x}</li>" for x in P[1:4]) + '</ul></div>\n<div class="live-feed">\n'
    + "".join(f'<div class="live-post"><div class="live-post-meta"><span class="hora">{h}</span> <a href="#post-{i}" class="compartir">Compartir</a></div><h3>{P[4 + 2 * i]}</h3><p>{P[5 + 2 * i]}</p></div>\n' for i, h in enumerate(["13:05", "11:48", "10:15", "08:31"]))
    + '<button class="cargar-mas">Cargar más</button>\n</div></main>\n<footer>© La Voz Atlántica S.L. · <a href="/aviso-legal">Aviso legal</a></footer>\n</body>\n</html>\n',
)

# 10. A photo essay: a short intro and eight captioned photographs in a grid, captions
# with credits in their own spans.
t = "Portraits from the last working tin mine in Cornwall"
caps = [
    "Miners gather at the shaft head at South Crofty before the morning shift.",
    "The cage descends 400 metres in under two minutes.",
    "Samples of ore are tested in the assay laboratory every day.",
    "A fitter repairs a drill in the underground workshop.",
    "Water is pumped out of the old workings around the clock.",
    "The engine house, built in 1903, is now a listed building.",
    "Trainees learn to read the rock before they are allowed to drill.",
    "The night shift comes up at six in the morning.",
]
P = [
    "Tin was mined in Cornwall for 4,000 years before the last mine closed in 1998. Now a company is trying to reopen South Crofty, near Camborne. Photographer Hannah Treloar spent three months with the people preparing the mine for production.",
] + caps + ["The company hopes to produce its first tin concentrate in 2026. If it does, it will be the first in Britain for almost thirty years."]
page(
    "westerndawn.co.uk.photo-essay-tin-mine",
    dict(
        title=t,
        date="2025-06-14",
        language="en",
        url="https://www.westerndawn.co.uk/in-pictures/south-crofty-tin-mine-portraits",
        people=["Hannah Treloar"],
        countries=["United Kingdom"],
        note="Batch 5 (written before anything ran on it; fictional). Imitates a photo essay ('In pictures'): one intro paragraph, eight figures in a grid each with a caption and a credit span (credits not expected), one closing paragraph; share row and 'More galleries' cards. Little prose: the captions are most of the story. Date as '14 June 2025' and datePublished in microdata.",
    ),
    P,
    head(f"In pictures: {t} | Western Dawn", ' lang="en-GB"')
    + '<meta property="og:title" content="' + t + '">\n<meta property="og:site_name" content="Western Dawn">\n<link rel="canonical" href="https://www.westerndawn.co.uk/in-pictures/south-crofty-tin-mine-portraits">\n'
    + '</head>\n<body>\n<header><a href="/">Western Dawn</a> <a href="/news">News</a> <a href="/in-pictures">In pictures</a> <a href="/sport">Sport</a></header>\n'
    + '<main itemscope itemtype="https://schema.org/Article"><p class="section">In pictures</p><h1 itemprop="headline">' + t + '</h1>\n<p class="date"><time itemprop="datePublished" datetime="2025-06-14">14 June 2025</time></p>\n'
    + '<div class="intro"><p>' + P[0] + '</p></div>\n<div class="gallery-grid">\n'
    + "".join(f'<figure class="gallery-item"><img src="/img/tin/{i + 1}.jpg" alt=""><figcaption><span class="caption">{c}</span> <span class="credit">Photograph: Hannah Treloar</span></figcaption></figure>\n' for i, c in enumerate(caps))
    + '</div>\n<p class="outro">' + P[-1] + '</p>\n'
    + '<div class="share"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">Pinterest</a> <a href="#">Email</a></div>\n</main>\n'
    + '<section class="more-galleries"><h2>More galleries</h2><div class="card"><a href="/in-pictures/boat-race"><h3>The Falmouth working boat race</h3></a></div><div class="card"><a href="/in-pictures/clay-country"><h3>Clay country at dawn</h3></a></div><div class="card"><a href="/in-pictures/surf-school"><h3>Winter at the surf school</h3></a></div></section>\n'
    + '<footer>© Western Dawn 2025</footer>\n</body>\n</html>\n',
)

# 11. Japanese regional daily: story split by "関連記事" links and an ad; lead photo
# caption above the body; 無断転載 copyright line.
t = "新潟港の新しいフェリーターミナル、４月に開業"
P = [
    "新潟港の万代島地区で建設が進んでいた新しいフェリーターミナルが、４月１日に開業する。県が１４日、発表した。",
    "新ターミナルは地上３階建てで、佐渡汽船のカーフェリーと高速船の乗り場を一つにまとめる。待合室の広さは旧施設の約２倍になり、授乳室や観光案内所も設ける。",
    "総事業費は約４８億円。当初は昨年秋の完成を予定していたが、資材の調達が遅れた。",
    "県港湾課の佐藤健一課長は「佐渡を訪れる観光客の玄関口として、使いやすい施設にしたい」と話している。",
    "旧ターミナルは６月までに取り壊し、跡地は駐車場として整備する予定だ。",
]
page(
    "niigata-minpo.jp.ferry-terminal",
    dict(
        title=t,
        date="2025-02-14",
        language="ja",
        url="https://www.niigata-minpo.jp/articles/-/552113",
        people=["佐藤健一"],
        countries=["Japan"],
        note="Batch 5 (written before anything ran on it; fictional). Imitates a Japanese regional daily: lead photo with caption (expected) above the body, story <p>s split by a '関連記事' link box and an ad slot, a '無断転載・複製を禁じます' line and a ranking list after it. <title> 'headline｜新潟民報デジタル'. Date as '2025/02/14 11:30'.",
    ),
    ["新しいフェリーターミナルの完成予想図（新潟県提供）"] + P,
    head(f"{t}｜新潟民報デジタル", ' lang="ja"')
    + '<meta property="og:title" content="' + t + '">\n<meta property="og:site_name" content="新潟民報デジタル">\n<link rel="canonical" href="https://www.niigata-minpo.jp/articles/-/552113">\n'
    + '</head>\n<body>\n<header class="g-header"><a href="/">新潟民報デジタル</a><ul class="g-nav"><li><a href="/list/news">ニュース</a></li><li><a href="/list/sports">スポーツ</a></li><li><a href="/list/life">くらし</a></li><li><a href="/list/opinion">オピニオン</a></li><li><a href="/member">会員登録</a></li></ul></header>\n'
    + '<div class="article-wrap"><div class="article-head"><h1>' + t + '</h1><p class="date">2025/02/14 11:30</p></div>\n'
    + '<figure class="article-photo"><img src="/photos/552113.jpg" alt=""><figcaption>新しいフェリーターミナルの完成予想図（新潟県提供）</figcaption></figure>\n'
    + '<div class="article-body">\n' + ps(P[:2]) + '\n<div class="related-box"><p class="related-title">関連記事</p><ul><li><a href="/articles/-/550011">佐渡汽船、高速船の減便を発表</a></li><li><a href="/articles/-/549874">万代島の再開発、計画見直しへ</a></li></ul></div>\n'
    + ps(P[2:4]) + '\n<div class="ad-area"><span>広告</span><div class="ad"></div></div>\n' + ps(P[4:]) + '\n</div>\n'
    + '<p class="copyright">無断転載・複製を禁じます</p>\n</div>\n'
    + '<aside class="ranking"><h2>アクセスランキング</h2><ol><li><a href="/articles/-/551990">県内で今季最大の積雪</a></li><li><a href="/articles/-/552001">新潟駅前に新商業施設</a></li><li><a href="/articles/-/551870">アルビ、新外国人選手と契約</a></li></ol></aside>\n'
    + '<footer>Copyright © 新潟民報社 All rights reserved.</footer>\n</body>\n</html>\n',
)

# 12. Korean portal-style news: text with <br><br> in one div, reporter line with an
# e-mail, copyright line, and a photo caption inside the text div.
t = "부산 북항 재개발 2단계 사업, 하반기 착공"
P = [
    "부산 북항 재개발 2단계 사업이 올해 하반기 착공에 들어간다.",
    "해양수산부는 19일 북항 2단계 재개발 사업의 실시계획을 승인했다고 밝혔다. 사업비는 약 4조 원으로, 자성대 부두와 부산역 일대 228만 제곱미터를 업무·주거·문화 시설로 바꾸는 내용이다.",
    "북항 2단계 사업 대상지인 자성대 부두 전경. 해양수산부 제공",
    "부산시는 부산역과 부산진역 사이의 철도 시설을 옮겨 도심과 바다를 잇는 보행로를 만들 계획이다. 김민수 부산시 해양도시국장은 \"시민들이 바다를 가까이에서 누릴 수 있도록 하겠다\"고 말했다.",
    "다만 부두 운영사 이전 문제와 사업비 분담을 둘러싼 협의가 끝나지 않아 일정이 늦어질 수 있다는 지적도 나온다.",
]
page(
    "busan-ilbo.kr.bukhang-2",
    dict(
        title=t,
        date="2025-03-19",
        language="ko",
        url="https://news.busan-ilbo.kr/article/20250319_0001234",
        people=["김민수"],
        countries=["South Korea"],
        note="Batch 5 (written before anything ran on it; fictional). Imitates a Korean news page: the story is text separated by <br><br> inside one <div id=article_body>, a photo table with caption (expected, without '해양수산부 제공' being split) inside it, then '박지현 기자 jihyun@busan-ilbo.kr' reporter line and '저작권자 © 부산일보 무단전재 및 재배포 금지' (not expected). <title> 'headline - 부산일보'. Date as '입력 2025.03.19 14:20'.",
    ),
    P,
    head(f"{t} - 부산일보", ' lang="ko"')
    + '<meta property="og:title" content="' + t + '">\n<meta property="og:site_name" content="부산일보">\n<link rel="canonical" href="https://news.busan-ilbo.kr/article/20250319_0001234">\n'
    + '</head>\n<body>\n<div id="header"><a href="/">부산일보</a> <a href="/politics">정치</a> <a href="/economy">경제</a> <a href="/society">사회</a> <a href="/culture">문화</a> <a href="/sports">스포츠</a></div>\n'
    + '<div id="container"><div class="article_head"><h1>' + t + '</h1><div class="byline"><span>박지현 기자</span> <span>입력 2025.03.19 14:20</span> <span>수정 2025.03.19 15:02</span></div></div>\n'
    + '<div id="article_body" class="article_body">' + P[0] + '<br><br>' + P[1] + '<br><br>'
    + '<table class="photo"><tr><td><img src="/photo/2025/03/19/bukhang.jpg" alt=""></td></tr><tr><td class="caption">' + P[2] + '</td></tr></table>'
    + P[3] + '<br><br>' + P[4] + '<br><br>박지현 기자 jihyun@busan-ilbo.kr</div>\n'
    + '<p class="copyright">저작권자 © 부산일보 무단전재 및 재배포 금지</p>\n'
    + '<div class="hot_news"><h3>많이 본 뉴스</h3><ul><li><a href="/article/20250319_0001200">해운대 해수욕장 조기 개장</a></li><li><a href="/article/20250319_0001190">부산 지하철 요금 인상</a></li></ul></div></div>\n'
    + '<div id="footer">부산일보사 | 부산광역시 동구</div>\n</body>\n</html>\n',
)

# 13. Chinese (Xinhua-like): full-width indented paragraphs, 【纠错】 and 责任编辑 lines,
# "相关新闻" list, date in a split header.
t = "长江口二号古船完成整体迁移"
P = [
    "新华社上海3月18日电（记者王磊）记者18日从上海市文物局获悉，长江口二号古船已完成整体迁移，进入位于杨浦区的船舶博物馆新址。",
    "长江口二号古船是一艘清代木质帆船，长约38.5米，船内发现大量瓷器等文物。2022年，古船被整体打捞出水，此后一直在临时船坞内进行保护。",
    "上海市文物局副局长张明表示，新址将建设考古发掘和展示一体化的场馆，观众今后可以现场观看考古工作。",
    "据介绍，此次迁移历时约十天，采用了专门设计的运输装置，确保古船在移动过程中不受损伤。",
]
page(
    "xinhuanet.com.changjiangkou",
    dict(
        title=t,
        date="2025-03-18",
        language="zh",
        url="http://www.news.cn/local/20250318/a1b2c3d4e5/c.html",
        people=["张明"],
        countries=["China"],
        note="Batch 5 (written before anything ran on it; fictional details). Imitates a Xinhua page: header with the date split in spans (year/month-day, time), story paragraphs indented with full-width spaces inside <div id=detail>, '【纠错】' link and '【责任编辑:李娜】' after it, share icons, '相关新闻' list. <title> 'headline-新华网'. The dateline '新华社上海3月18日电（记者王磊）' starts the first paragraph (expected).",
    ),
    P,
    head(f"{t}-新华网", ' lang="zh-CN"')
    + '<meta name="keywords" content="长江口二号,古船">\n'
    + '</head>\n<body>\n<div class="header"><a href="/">新华网</a> <a href="/politics/">时政</a> <a href="/local/">地方</a> <a href="/world/">国际</a> <a href="/fortune/">财经</a></div>\n'
    + '<div class="main"><div class="head-line"><h1><span class="title">' + t + '</span></h1><div class="header-time"><span class="year"><em>2025</em></span><span class="day"><em>03</em>/<em>18</em></span><span class="time">15:42:10</span></div><div class="source">来源：新华网</div></div>\n'
    + '<div id="detail">\n' + "\n".join(f"<p>\u3000\u3000{x}</p>" for x in P) + '\n</div>\n'
    + '<div class="editor"><a href="/jiucuo">【纠错】</a> <span>【责任编辑:李娜】</span></div>\n'
    + '<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a></div>\n'
    + '<div class="xglj"><h3>相关新闻</h3><ul><li><a href="/20250301/x1/c.html">上海启动长江口水下考古新项目</a></li><li><a href="/20250210/x2/c.html">古船保护技术取得新进展</a></li></ul></div></div>\n'
    + '<div class="foot">Copyright © 2000-2025 XINHUANET.com All Rights Reserved.</div>\n</body>\n</html>\n',
)

# 14. Arabic news site, RTL, story in <div>s (not <p>) with "اقرأ أيضا" links between.
t = "افتتاح أول محطة لتحلية المياه بالطاقة الشمسية في العقبة"
P = [
    "افتتحت وزارة المياه والري الأردنية، الأحد، أول محطة لتحلية مياه البحر تعمل بالطاقة الشمسية في مدينة العقبة، بطاقة إنتاجية تبلغ عشرة آلاف متر مكعب يوميا.",
    "وقال وزير المياه رائد أبو السعود إن المحطة ستوفر مياه الشرب لنحو خمسين ألف نسمة، وستخفف الضغط على المياه الجوفية في جنوب المملكة.",
    "وبلغت كلفة المشروع نحو 40 مليون دينار، بتمويل من الحكومة وقرض ميسر من بنك الاستثمار الأوروبي.",
    "ويعد الأردن من أفقر دول العالم بالمياه، وتعمل الحكومة على مشروع أكبر لنقل المياه المحلاة من العقبة إلى عمّان.",
]
page(
    "alghad-news.jo.aqaba-desalination",
    dict(
        title=t,
        date="2025-04-06",
        language="ar",
        url="https://alghad-news.jo/local/aqaba-solar-desalination-plant-4471",
        people=["رائد أبو السعود"],
        countries=["Jordan"],
        note="Batch 5 (written before anything ran on it; fictional). Imitates an Arabic news site, dir=rtl: story paragraphs are <div class=article-paragraph> (no <p>), 'اقرأ أيضا' link boxes and an ad between them, tags, 'أخبار ذات صلة' cards. <title> 'headline | الغد نيوز'. Date only as 'الأحد 06 أبريل 2025 - 12:15 م'.",
    ),
    P,
    head(f"{t} | الغد نيوز", ' lang="ar" dir="rtl"')
    + '<meta property="og:title" content="' + t + '">\n<meta property="og:site_name" content="الغد نيوز">\n<link rel="canonical" href="https://alghad-news.jo/local/aqaba-solar-desalination-plant-4471">\n'
    + '</head>\n<body>\n<nav class="topnav"><a href="/">الرئيسية</a> <a href="/local">محليات</a> <a href="/arab-world">عربي ودولي</a> <a href="/economy">اقتصاد</a> <a href="/sport">رياضة</a></nav>\n'
    + '<div class="news-details"><h1 class="news-title">' + t + '</h1><div class="news-date">الأحد 06 أبريل 2025 - 12:15 م</div>\n'
    + '<div class="news-content">\n<div class="article-paragraph">' + P[0] + '</div>\n<div class="article-paragraph">' + P[1] + '</div>\n'
    + '<div class="read-also"><span>اقرأ أيضا:</span> <a href="/local/water-tariffs-4402">الحكومة تدرس تعديل تعريفة المياه</a></div>\n'
    + '<div class="article-paragraph">' + P[2] + '</div>\n<div class="ads"><span>إعلان</span></div>\n<div class="article-paragraph">' + P[3] + '</div>\n</div>\n'
    + '<div class="tags"><a href="/tag/aqaba">العقبة</a> <a href="/tag/water">المياه</a></div>\n'
    + '<div class="related"><h3>أخبار ذات صلة</h3><div class="card"><a href="/local/dam-levels-4455">تراجع مخزون السدود إلى 30 بالمئة</a></div><div class="card"><a href="/economy/eib-loan-4390">قرض أوروبي لمشاريع المياه</a></div></div></div>\n'
    + '<footer>جميع الحقوق محفوظة © الغد نيوز 2025</footer>\n</body>\n</html>\n',
)

# 15. A Turkish agency (AA style): dateline "(AA) -", bold lead, "Anadolu Ajansı web
# sitesinde..." disclaimer after the story.
t = "Trabzon'da teleferik hattının temeli atıldı"
P = [
    "Trabzon'da Boztepe ile şehir merkezini birbirine bağlayacak teleferik hattının temeli törenle atıldı.",
    "TRABZON (AA) - Trabzon Büyükşehir Belediyesi tarafından yaptırılan 1,7 kilometre uzunluğundaki teleferik hattının temel atma törenine Trabzon Valisi Aziz Yıldırım ve Büyükşehir Belediye Başkanı Ahmet Metin Genç katıldı.",
    "Genç, törende yaptığı konuşmada, hattın saatte 1.500 yolcu taşıyacağını ve Boztepe'ye ulaşımı 6 dakikaya indireceğini söyledi.",
    "Projenin 18 ayda tamamlanması planlanıyor. Teleferik hattında 3 istasyon ve 40 kabin bulunacak.",
]
page(
    "aa.com.tr.trabzon-teleferik",
    dict(
        title=t,
        date="2025-05-08",
        language="tr",
        url="https://www.aa.com.tr/tr/yerel/trabzonda-teleferik-hattinin-temeli-atildi/3551122",
        people=["Aziz Yıldırım", "Ahmet Metin Genç"],
        countries=["Turkey"],
        note="Batch 5 (written before anything ran on it; fictional). Imitates an Anadolu Agency page: bold summary as <h4> under the headline (expected), the dateline 'TRABZON (AA) -' in the first paragraph, 'Anadolu Ajansı web sitesinde, AA Haber Akış Sistemi (HAS) üzerinden...' disclaimer after the story (not expected), tags and 'İlgili Haberler'. Date as '08.05.2025' in a span and 'Güncelleme' time.",
    ),
    P,
    head(f"{t}", ' lang="tr"')
    + '<meta property="og:title" content="' + t + '">\n<meta name="description" content="' + P[0] + '">\n<link rel="canonical" href="https://www.aa.com.tr/tr/yerel/trabzonda-teleferik-hattinin-temeli-atildi/3551122">\n'
    + '</head>\n<body>\n<div class="menu"><a href="/tr">Anadolu Ajansı</a> <a href="/tr/gundem">Gündem</a> <a href="/tr/dunya">Dünya</a> <a href="/tr/ekonomi">Ekonomi</a> <a href="/tr/yerel">Yerel</a> <a href="/tr/spor">Spor</a></div>\n'
    + '<div class="detay-icerik"><h1>' + t + '</h1><h4>' + P[0] + '</h4>\n<div class="detay-bilgi"><span class="tarih">08.05.2025</span> <span>Güncelleme: 08.05.2025</span> <span>Osman Yılmaz</span></div>\n'
    + '<div class="detay-paylas"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">Whatsapp</a></div>\n'
    + '<div class="detay-metin">\n' + ps(P[1:]) + '\n<p><em>Anadolu Ajansı web sitesinde, AA Haber Akış Sistemi (HAS) üzerinden abonelere sunulan haberler, özetlenerek yayımlanmaktadır. Abonelik için lütfen iletişime geçiniz.</em></p>\n</div>\n'
    + '<div class="etiketler"><a href="/tr/etiket/trabzon">Trabzon</a> <a href="/tr/etiket/teleferik">teleferik</a></div>\n'
    + '<div class="ilgili"><h3>İlgili Haberler</h3><a href="/tr/yerel/rize-sahil-yolu/3551001">Rize sahil yolunda çalışma</a> <a href="/tr/yerel/ordu-liman/3550874">Ordu limanına yeni vinç</a></div></div>\n'
    + '<footer>© Anadolu Ajansı 2025</footer>\n</body>\n</html>\n',
)

# 16. Dutch regional daily: "Lees ook" links and a newsletter box inside the story, the
# lead figure's caption outside the story container.
t = "Groningen krijgt eerste fietsstraat met verwarmd wegdek"
P = [
    "Op de Herestraat in Groningen ligt sinds maandag een fietspad dat bij vorst zichzelf verwarmt. Het is de eerste proef van die omvang in Nederland.",
    "Onder het asfalt liggen leidingen die warmte uit een nabijgelegen datacentrum aanvoeren. Zodra het wegdek onder de twee graden komt, gaat de verwarming aan, zodat er geen ijs ontstaat.",
    "Wethouder Inge Jager noemt de proef een manier om ongelukken in de winter te voorkomen. \"Elk jaar belanden er tientallen fietsers in het ziekenhuis na een val op een glad fietspad\", zegt ze.",
    "De aanleg kostte 1,2 miljoen euro, waarvan de helft werd betaald door de provincie. De gemeente wil na twee winters beslissen of ook andere fietsroutes zo'n wegdek krijgen.",
    "Critici vinden het geld beter besteed aan strooien. Volgens de Fietsersbond is de proef juist de moeite waard, omdat strooizout de fietspaden en fietsen aantast.",
]
page(
    "noorderkrant.nl.verwarmd-fietspad",
    dict(
        title=t,
        date="2025-01-13",
        language="nl",
        url="https://www.noorderkrant.nl/groningen/verwarmd-fietspad-herestraat~a4471120/",
        people=["Inge Jager"],
        countries=["Netherlands"],
        note="Batch 5 (written before anything ran on it; fictional). Imitates a Dutch regional daily (DPG-like): lead figure with caption (expected) in the header, outside <div class=article__body>; 'Lees ook' teaser link blocks and a newsletter signup box between paragraphs; 'Meer over' tag row, comment count and 'Populair' list after. <title> 'headline | Groningen | noorderkrant.nl'. Date 'ma 13 jan 2025, 06:00'.",
    ),
    ["De Herestraat in Groningen, met het verwarmde fietspad aan de rechterkant."] + P,
    head(f"{t} | Groningen | noorderkrant.nl", ' lang="nl"')
    + '<meta property="og:title" content="' + t + '">\n<meta property="og:site_name" content="Noorderkrant">\n<link rel="canonical" href="https://www.noorderkrant.nl/groningen/verwarmd-fietspad-herestraat~a4471120/">\n'
    + '</head>\n<body>\n<header class="site-header"><a href="/">Noorderkrant</a> <a href="/groningen">Groningen</a> <a href="/drenthe">Drenthe</a> <a href="/sport">Sport</a> <a href="/abonneren">Abonneren</a> <a href="/inloggen">Inloggen</a></header>\n'
    + '<main><header class="article__header"><span class="article__label">Groningen</span><h1 class="article__title">' + t + '</h1>\n'
    + '<figure class="article__figure"><img src="/img/herestraat.jpg" alt=""><figcaption class="article__caption">De Herestraat in Groningen, met het verwarmde fietspad aan de rechterkant. <span class="article__credit">© Marcel Bosch</span></figcaption></figure>\n'
    + '<div class="article__meta"><span>Sanne de Vries</span> <time>ma 13 jan 2025, 06:00</time> <a href="#reacties">23 reacties</a></div></header>\n'
    + '<div class="article__body">\n<p class="article__intro"><strong>' + html.escape(P[0], quote=False) + '</strong></p>\n' + ps(P[1:2])
    + '\n<aside class="article__read-also"><span>Lees ook</span><a href="/groningen/datacentrum-warmte~a4460011/"><h4>Datacentrum gaat wijk in Groningen verwarmen</h4></a></aside>\n'
    + ps(P[2:3]) + '\n<div class="newsletter-signup"><h3>Nieuws uit Groningen in je mailbox</h3><p>Schrijf je in voor onze dagelijkse nieuwsbrief.</p><input type="email"><button>Aanmelden</button></div>\n'
    + ps(P[3:]) + '\n</div>\n<div class="article__tags"><span>Meer over</span> <a href="/tag/fietsen">Fietsen</a> <a href="/tag/groningen">Groningen</a> <a href="/tag/winter">Winter</a></div>\n'
    + '<section class="popular"><h2>Populair</h2><ol><li><a href="/groningen/a4471001/">Brand in studentenhuis</a></li><li><a href="/drenthe/a4470998/">Wolf gezien bij Assen</a></li></ol></section></main>\n'
    + '<footer>© 2025 Noorderkrant</footer>\n</body>\n</html>\n',
)

# 17. A dpa wire story on a German regional portal: dateline "(dpa) -", an inline
# "Mehr zum Thema" box, the dpa-infocom footer line and a "dpa" source line.
t = "Bahn testet Wasserstoffzüge im Harz"
P = [
    "Wernigerode (dpa) - Im Harz sollen ab dem Sommer Wasserstoffzüge im regulären Betrieb getestet werden. Das teilte das Verkehrsministerium von Sachsen-Anhalt am Donnerstag in Magdeburg mit.",
    "Die Züge sollen zunächst zwischen Wernigerode und Halberstadt fahren, wo die Strecke nicht elektrifiziert ist. Bislang sind dort Dieseltriebwagen unterwegs.",
    "Verkehrsministerin Lydia Hüskens (FDP) sagte, der Test solle zeigen, ob die Technik auch auf steigungsreichen Strecken im Winter zuverlässig sei. Der Probebetrieb ist zunächst auf zwei Jahre angelegt.",
    "Der Wasserstoff soll aus einer Anlage in Bad Lauchstädt kommen, die mit Windstrom arbeitet.",
]
page(
    "harzkurier-online.de.wasserstoffzuege",
    dict(
        title=t,
        date="2025-04-24",
        language="de",
        url="https://www.harzkurier-online.de/region/bahn-testet-wasserstoffzuege-im-harz-id2281177.html",
        people=["Lydia Hüskens"],
        countries=["Germany"],
        note="Batch 5 (written before anything ran on it; fictional). Imitates a dpa wire story on a German regional portal: '(dpa) -' dateline in the first paragraph, a 'Mehr zum Thema' box between paragraphs, then '© dpa-infocom, dpa:250424-930-123456/2' and 'Quelle: dpa' lines (not expected), a source box and 'Weitere Nachrichten' teasers. Date 'Donnerstag, 24.04.2025, 14:12 Uhr'.",
    ),
    P,
    head(f"{t} | Harz Kurier", ' lang="de"')
    + '<meta property="og:title" content="' + t + '">\n<meta property="og:site_name" content="Harz Kurier">\n<link rel="canonical" href="https://www.harzkurier-online.de/region/bahn-testet-wasserstoffzuege-im-harz-id2281177.html">\n'
    + '</head>\n<body>\n<div class="navi"><a href="/">Harz Kurier</a> <a href="/region">Region</a> <a href="/politik">Politik</a> <a href="/sport">Sport</a> <a href="/service">Service</a></div>\n'
    + '<div class="content"><div class="artikel"><span class="dachzeile">Verkehr</span><h1>' + t + '</h1><p class="datum">Donnerstag, 24.04.2025, 14:12 Uhr</p>\n'
    + '<div class="artikeltext">\n' + ps(P[:2]) + '\n<div class="mehr-zum-thema"><b>Mehr zum Thema</b><ul><li><a href="/region/wasserstoff-tankstelle-id2270011.html">Erste Wasserstoff-Tankstelle in Halberstadt</a></li></ul></div>\n'
    + ps(P[2:]) + '\n<p class="dpa-footer">© dpa-infocom, dpa:250424-930-123456/2</p>\n<p class="quelle">Quelle: dpa</p>\n</div>\n'
    + '<div class="weitere"><h2>Weitere Nachrichten</h2><div class="teaser"><a href="/region/brocken-id2281100.html"><h3>Brockenbahn fährt wieder</h3><p>Nach dem Waldbrand ist die Strecke repariert.</p></a></div><div class="teaser"><a href="/region/talsperre-id2281050.html"><h3>Talsperre wird saniert</h3><p>Die Arbeiten dauern bis 2027.</p></a></div></div></div></div>\n'
    + '<div class="footer"><a href="/impressum">Impressum</a> <a href="/datenschutz">Datenschutz</a></div>\n</body>\n</html>\n',
)

# 18. Indonesian news (Kompas-like): "Baca juga:" lines between paragraphs, "Editor:"
# line, dateline "JAKARTA, KOMPAS.com -", pagination links.
t = "Kereta cepat Jakarta-Surabaya mulai studi kelayakan"
P = [
    "JAKARTA, WARTANUSA.com - Pemerintah mulai menyusun studi kelayakan kereta cepat Jakarta-Surabaya. Studi ini ditargetkan rampung pada akhir tahun depan.",
    "Menteri Perhubungan Dudy Purwagandhi mengatakan, studi tersebut akan menentukan jalur, jumlah stasiun, dan perkiraan biaya proyek.",
    "\"Kami ingin memastikan proyek ini layak secara ekonomi sebelum memutuskan skema pendanaannya,\" kata Dudy di Jakarta, Selasa (15/4/2025).",
    "Menurut dia, pemerintah membuka peluang kerja sama dengan beberapa negara, termasuk Jepang dan China, yang sudah berpengalaman membangun kereta cepat.",
    "Kereta cepat Jakarta-Bandung yang beroperasi sejak Oktober 2023 telah mengangkut lebih dari 10 juta penumpang.",
]
page(
    "wartanusa.com.kereta-cepat-surabaya",
    dict(
        title=t,
        date="2025-04-15",
        language="id",
        url="https://nasional.wartanusa.com/read/2025/04/15/10221551/kereta-cepat-jakarta-surabaya-mulai-studi-kelayakan",
        people=["Dudy Purwagandhi"],
        countries=["Indonesia", "Japan", "China"],
        note="Batch 5 (written before anything ran on it; fictional). Imitates an Indonesian news portal: dateline 'JAKARTA, WARTANUSA.com -', three 'Baca juga:' link lines as <p> between paragraphs (not expected), 'Penulis'/'Editor' lines after, 'Simak breaking news...' WhatsApp prompt, tags. Date in the URL path and as 'Selasa, 15 April 2025 | 10:22 WIB'.",
    ),
    P,
    head(f"{t} Halaman all - Wartanusa.com", ' lang="id"')
    + '<meta property="og:title" content="' + t + '">\n<meta property="og:site_name" content="Wartanusa.com">\n<link rel="canonical" href="https://nasional.wartanusa.com/read/2025/04/15/10221551/kereta-cepat-jakarta-surabaya-mulai-studi-kelayakan">\n'
    + '</head>\n<body>\n<div class="nav"><a href="/">Wartanusa.com</a> <a href="/nasional">Nasional</a> <a href="/regional">Regional</a> <a href="/money">Money</a> <a href="/tekno">Tekno</a></div>\n'
    + '<div class="read__header"><h1 class="read__title">' + t + '</h1><div class="read__time">Wartanusa.com - Selasa, 15 April 2025 | 10:22 WIB</div></div>\n'
    + '<div class="read__content"><div class="clearfix">\n' + ps(P[:2])
    + '\n<p><strong>Baca juga: <a href="/read/2025/04/14/1/lrt-jabodebek">LRT Jabodebek tambah perjalanan mulai pekan depan</a></strong></p>\n' + ps(P[2:3])
    + '\n<p><strong>Baca juga: <a href="/read/2025/04/13/2/whoosh-penumpang">Penumpang Whoosh naik saat libur Lebaran</a></strong></p>\n' + ps(P[3:])
    + '\n<p><strong>Baca juga: <a href="/read/2025/04/12/3/tol-trans-jawa">Tol Trans Jawa ramai lancar</a></strong></p>\n</div>\n'
    + '<div class="read__credit">Penulis: Rina Anggraeni<br>Editor: Bambang Priyo</div>\n'
    + '<p class="wa-prompt">Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu akses berita Wartanusa.com WhatsApp Channel.</p>\n'
    + '<div class="tag"><a href="/tag/kereta-cepat">kereta cepat</a> <a href="/tag/surabaya">Surabaya</a></div></div>\n'
    + '<footer>Copyright 2008 - 2025 PT. Wartanusa Media. All Rights Reserved.</footer>\n</body>\n</html>\n',
)


if __name__ == "__main__":
    write(PAGES)
