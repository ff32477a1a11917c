#!/usr/bin/env python3
"""Writes batch 16 of the written pages (issue #15, extraction round 16) into `extra/`.

Each page is its HTML, its expected text and its labels, written together before anything
ran on them; events, people and organisations are fictional. Batch 16 imitates the kinds of
German-language sites the unseen held-out misses come from, by kind only (no held-out page
was read): a federal ministry's press release on a Government Site Builder-like CMS, a
women's portal with a table of contents and affiliate boxes, a WordPress fashion blog with
an advertising mark and a shop-the-look row, a law firm's blog citing a court's judgment
(the judgment's date is not the post's), an Austrian farming portal ("Jänner"), an Austrian
and a Swiss regional paper ("10.15 Uhr", no ß), a school's Joomla site ("Zugriffe: 312")
and a DIY shop's magazine with product boxes and only an update date.
Run from anywhere: `python3 benches/realpages/batch16.py`.
"""
from batch_kit import end, h, head, jsonld, nav, og, page, PAGES, ps, write


def art(url, headline, date, site, typ="NewsArticle", author=None, modified=None):
    obj = {"@context": "https://schema.org", "@type": typ, "mainEntityOfPage": url, "headline": headline}
    if date:
        obj["datePublished"] = date
    if modified:
        obj["dateModified"] = modified
    if author:
        obj["author"] = {"@type": "Person", "name": author}
    obj["publisher"] = {"@type": "Organization", "name": site}
    return jsonld(obj)


def note(s):
    return "Batch 16 (written before anything ran on it; fictional). " + s


# 1. A federal ministry on a Government Site Builder-like CMS: <title> 'BMLV - headline'
# (an abbreviation before a dash), no Open Graph site name; "Sie sind hier:" breadcrumbs;
# "Pressemitteilung Nr. 142/25 | 05.12.2025" above the headline; "Seite teilen", "Drucken";
# the text in div.rich-text with an <h2>; "Schlagwörter" and "Nach oben" after.
t = "Bund fördert 120 neue Ladepunkte für Landbusse in strukturschwachen Regionen"
P = [
    "Das Bundesministerium für Ländliche Verkehrswege (BMLV) fördert den Aufbau von 120 Ladepunkten für elektrische Linienbusse in ländlichen Regionen mit insgesamt 38 Millionen Euro. Die ersten Förderbescheide wurden heute in Erfurt übergeben.",
    "Bundesministerin Katrin Albers: \u201eWer auf dem Land wohnt, soll nicht länger auf alte Dieselbusse angewiesen sein. Mit den neuen Ladepunkten können die Verkehrsunternehmen ihre Flotten in den nächsten drei Jahren umstellen.\u201c",
    "Gefördert werden Ladepunkte an Betriebshöfen und an Endhaltestellen. Die Verkehrsunternehmen tragen zehn Prozent der Kosten selbst.",
    "Hintergrund",
    "Das Förderprogramm \u201eLandbus elektrisch\u201c läuft seit 2024. Bisher haben 41 Landkreise Anträge gestellt, vor allem aus Thüringen, Sachsen-Anhalt und Mecklenburg-Vorpommern. Der nächste Förderaufruf startet im März 2026.",
]
url = "https://www.bmlv.bund.example/SharedDocs/Pressemitteilungen/DE/2025/142-ladepunkte-landbusse.html"
page(
    "bmlv.bund.example.ladepunkte-landbusse",
    dict(
        title=t, date="2025-12-05", language="de", url=url,
        people=["Katrin Albers"], countries=["Germany"],
        note=note("Imitates a federal ministry's press release on a Government Site Builder-like CMS: <title> 'BMLV - headline' (the ministry's abbreviation before a dash), og:title the headline, no og:site_name, no JSON-LD; 'Sie sind hier: Startseite > Presse > Pressemitteilungen' breadcrumbs; 'Pressemitteilung Nr. 142/25 | 05.12.2025' above the <h1> (the only date); 'Seite teilen' and 'Drucken' links; the text in div.rich-text with an <h2> 'Hintergrund' (expected); 'Schlagwörter', a press office contact box and 'Nach oben' after (not expected). Erfurt."),
    ),
    P,
    head("BMLV - " + t, "de")
    + '<meta property="og:title" content="' + h(t) + '">\n<meta property="og:type" content="article">\n<link rel="canonical" href="' + url + '">\n'
    + '</head>\n<body>\n<a class="skip" href="#content">Zum Inhalt springen</a><header id="header"><div class="logo"><a href="/DE/Home/home_node.html"><img src="/logo.svg" alt="Bundesministerium für Ländliche Verkehrswege"></a></div>' + nav([("DE/Themen", "Themen"), ("DE/Presse", "Presse"), ("DE/Service", "Service"), ("DE/Ministerium", "Ministerium")], "navMain") + '<a href="/DE/Leichte-Sprache/">Leichte Sprache</a> <a href="/DE/Gebaerdensprache/">Gebärdensprache</a></header>\n'
    + '<div class="breadcrumbs"><span>Sie sind hier:</span> <a href="/">Startseite</a> &gt; <a href="/DE/Presse/">Presse</a> &gt; <a href="/DE/Presse/Pressemitteilungen/">Pressemitteilungen</a></div>\n'
    + '<main id="content"><div class="article"><p class="metadata"><span class="type">Pressemitteilung Nr. 142/25</span> | <span class="date">05.12.2025</span></p><h1 class="isFirstInSlot">' + h(t) + '</h1>'
    + '<div class="toolbar"><a href="#">Seite teilen</a> <a href="javascript:window.print()">Drucken</a></div>'
    + '<div class="rich-text">' + ps(P[:3]) + '<h2>' + h(P[3]) + '</h2>' + ps(P[4:]) + '</div>'
    + '<div class="tags"><h2>Schlagwörter</h2><ul><li><a href="#">Elektromobilität</a></li><li><a href="#">Ländlicher Raum</a></li><li><a href="#">ÖPNV</a></li></ul></div>'
    + '<div class="contact"><h2>Pressekontakt</h2><p>Pressestelle BMLV<br>Telefon: 030 18 555-0<br>E-Mail: presse@bmlv.bund.example</p></div></div></main>\n'
    + '<a class="to-top" href="#header">Nach oben</a><footer><ul><li><a href="#">Impressum</a></li><li><a href="#">Datenschutz</a></li><li><a href="#">Barrierefreiheit</a></li></ul></footer>\n'
    + end(),
)


# 2. A women's portal: <title> 'headline | FRAUENZIMMER.de'; the date only as
# "Aktualisiert am 05.12.2025" and JSON-LD dateModified/datePublished; an "Inhalt" box
# (table of contents, not expected); an affiliate note; "Auch interessant:" inside; <h2>s.
t = "Hitzewallungen in der Nacht: Diese fünf Dinge helfen wirklich"
P = [
    "Viele Frauen in den Wechseljahren kennen das: Mitten in der Nacht wachen sie schweißgebadet auf und können nicht mehr einschlafen. Wir haben mit einer Gynäkologin darüber gesprochen, was dagegen hilft.",
    "Warum Hitzewallungen nachts schlimmer sind",
    "\u201eDer sinkende Östrogenspiegel bringt die Temperaturregelung des Körpers durcheinander\u201c, erklärt die Frauenärztin Dr. Miriam Hollweg aus Köln. Nachts fällt das besonders auf, weil Decke und Bettwäsche die Wärme stauen.",
    "1. Das Schlafzimmer kühl halten",
    "Ideal sind 16 bis 18 Grad. Eine dünne Decke aus Baumwolle oder Leinen nimmt Feuchtigkeit besser auf als Kunstfasern.",
    "2. Abends auf Alkohol und scharfes Essen verzichten",
    "Beides erweitert die Blutgefäße und kann eine Hitzewallung auslösen. Ein Glas Wein zum Abendessen sollte spätestens drei Stunden vor dem Schlafengehen getrunken sein.",
    "3. Regelmäßig bewegen",
    "Wer dreimal pro Woche eine halbe Stunde Sport treibt, hat laut Studien seltener Hitzewallungen. Schon zügiges Spazierengehen reicht.",
]
url = "https://www.frauenzimmer.example/gesundheit/wechseljahre/hitzewallungen-nachts-tipps-13456.html"
page(
    "frauenzimmer.example.hitzewallungen-nachts",
    dict(
        title=t, date="2025-12-05", language="de", url=url,
        people=["Miriam Hollweg"], countries=["Germany"],
        note=note("Imitates a women's portal (Brigitte/wunderweib-like): <title> 'headline | FRAUENZIMMER.de', og:site_name 'Frauenzimmer'; JSON-LD Article with datePublished and dateModified both 2025-12-05; 'Aktualisiert am 05.12.2025' under the author 'Von Lena Vogt'; a teaser paragraph (expected); an 'Inhalt' table of contents linking the <h2>s (not expected); the text with <h2> subheadings (expected); an affiliate note 'Dieser Artikel enthält Affiliate-Links (*). Bei einem Kauf erhalten wir eine Provision.' and a product box 'Kühlende Bettdecke* – jetzt bei Amazon ansehen' (not expected); 'Auch interessant:' with a linked headline inside the text (not expected); 'Das könnte dich auch interessieren' and a newsletter form after. Cologne (Köln)."),
    ),
    P,
    head(t + " | FRAUENZIMMER.de", "de")
    + og(t, "Frauenzimmer", url, P[0])
    + art(url, t, "2025-12-05T06:30:00+01:00", "Frauenzimmer", typ="Article", author="Lena Vogt", modified="2025-12-05T11:02:00+01:00")
    + '</head>\n<body>\n<div class="cmp-banner"><p>Wir und unsere Partner nutzen Cookies. <button>Akzeptieren</button> <button>Ablehnen</button></p></div>\n'
    + '<header class="site-header"><a class="brand" href="/">FRAUENZIMMER</a>' + nav([("liebe", "Liebe"), ("gesundheit", "Gesundheit"), ("mode", "Mode"), ("rezepte", "Rezepte"), ("horoskop", "Horoskop")]) + '</header>\n'
    + '<main><article class="article-detail"><div class="breadcrumb"><a href="/">Home</a> › <a href="/gesundheit/">Gesundheit</a> › <a href="/gesundheit/wechseljahre/">Wechseljahre</a></div>'
    + '<h1 class="article-title">' + h(t) + '</h1><div class="article-meta"><span class="author">Von Lena Vogt</span> <span class="updated">Aktualisiert am 05.12.2025</span></div>'
    + '<figure class="lead"><img src="/img/frau-bett.jpg" alt=""><span class="credit">© Getty Images</span></figure>'
    + '<p class="article-teaser"><strong>' + h(P[0]) + '</strong></p>'
    + '<div class="affiliate-note"><p>Dieser Artikel enthält Affiliate-Links (*). Bei einem Kauf erhalten wir eine Provision.</p></div>'
    + '<nav class="toc"><p class="toc-title">Inhalt</p><ol><li><a href="#a1">Warum Hitzewallungen nachts schlimmer sind</a></li><li><a href="#a2">1. Das Schlafzimmer kühl halten</a></li><li><a href="#a3">2. Abends auf Alkohol und scharfes Essen verzichten</a></li><li><a href="#a4">3. Regelmäßig bewegen</a></li></ol></nav>'
    + '<div class="article-body"><h2 id="a1">' + h(P[1]) + '</h2>' + ps(P[2:3])
    + '<p class="also"><strong>Auch interessant:</strong> <a href="#">Schlafstörungen in den Wechseljahren: Was die Ärztin rät</a></p>'
    + '<h2 id="a2">' + h(P[3]) + '</h2>' + ps(P[4:5])
    + '<div class="product-box"><img src="/img/decke.jpg" alt=""><p class="product-name">Kühlende Bettdecke*</p><p class="price">49,99 €</p><a class="btn" rel="sponsored" href="#">jetzt bei Amazon ansehen</a></div>'
    + '<h2 id="a3">' + h(P[5]) + '</h2>' + ps(P[6:7]) + '<h2 id="a4">' + h(P[7]) + '</h2>' + ps(P[8:]) + '</div></article>'
    + '<section class="related"><h2>Das könnte dich auch interessieren</h2><ul><li><a href="#">Wechseljahre mit 45: Das sind die ersten Anzeichen</a></li><li><a href="#">Yoga gegen Stress: Drei Übungen für den Abend</a></li></ul></section>'
    + '<section class="newsletter"><h2>Unser Newsletter</h2><p>Jeden Freitag die besten Tipps für dich.</p><form><input type="email" placeholder="E-Mail-Adresse"><button>Anmelden</button></form></section></main>\n'
    + '<footer><p>© 2025 Frauenzimmer Medien GmbH</p></footer>\n'
    + end(),
)


# 3. A WordPress fashion blog: <title> 'headline – blog name'; "*Werbung" at the top; the
# date "5. Dezember 2025" in span.posted-on; a shop-the-look row; Pin-it buttons on images;
# "Kategorie: Fashion"; comments with their dates; "Hinterlasse einen Kommentar".
t = "Wollmantel im Winter: So style ich meinen Camel-Coat dreimal anders"
P = [
    "Ihr Lieben, heute zeige ich euch meinen absoluten Liebling in diesem Winter: den klassischen Wollmantel in Camel. Ich habe ihn schon seit drei Jahren und trage ihn immer noch fast jeden Tag.",
    "Look 1: Casual mit Sneakers",
    "Für den Alltag kombiniere ich den Mantel mit einer geraden Jeans, einem grauen Strickpullover und weißen Sneakers. Dazu ein großer Schal, fertig ist der Look für die Stadt.",
    "Look 2: Fürs Büro",
    "Im Büro trage ich ihn über einer schwarzen Stoffhose und einer Seidenbluse. Mit Loafers wirkt das Outfit elegant, aber nicht steif.",
    "Look 3: Am Abend",
    "Abends darf es ein Strickkleid mit Stiefeln sein. Der Mantel hält warm und sieht auch über einem Kleid toll aus.",
    "Wie tragt ihr euren Wintermantel am liebsten? Schreibt es mir gern in die Kommentare!",
]
url = "https://www.juliasmodetagebuch.example/2025/12/wollmantel-camel-coat-styling/"
page(
    "juliasmodetagebuch.example.camel-coat-styling",
    dict(
        title=t, date="2025-12-05", language="de", url=url,
        people=[], countries=[],
        note=note("Imitates a German WordPress fashion blog: <title> 'headline – Julias Modetagebuch' (an en dash), og:site_name the same name; no JSON-LD; article:published_time 2025-12-05; '*Werbung / enthält Affiliate-Links' at the top of the post (not expected); the date '5. Dezember 2025' in span.posted-on and 'von Julia' byline; <h2> look headings (expected); images with 'Pin it' buttons and photo credits 'Fotos: Marie K.'; a 'Shop the Look' row of four products with prices (not expected); 'Kategorie: Fashion', tags, share buttons, three comments dated '6. Dezember 2025 um 09:14' etc. and 'Hinterlasse einen Kommentar' (none expected). No place named."),
    ),
    P,
    head(t + " \u2013 Julias Modetagebuch", "de-DE")
    + og(t, "Julias Modetagebuch", url, "Drei Looks mit einem Wollmantel in Camel.")
    + '<meta property="article:published_time" content="2025-12-05T08:00:00+00:00">\n<meta property="article:modified_time" content="2025-12-06T10:21:00+00:00">\n'
    + '</head>\n<body class="post-template-default single single-post">\n<header id="masthead" class="site-header"><p class="site-title"><a href="/">Julias Modetagebuch</a></p><p class="site-description">Fashion, Beauty &amp; Lifestyle aus München</p>' + nav([("fashion", "Fashion"), ("beauty", "Beauty"), ("travel", "Travel"), ("about", "Über mich")], "main-navigation") + '</header>\n'
    + '<div id="content" class="site-content"><main id="main"><article class="post type-post status-publish category-fashion"><header class="entry-header"><span class="cat-links"><a href="/category/fashion/">Fashion</a></span><h1 class="entry-title">' + h(t) + '</h1>'
    + '<div class="entry-meta"><span class="posted-on"><a href="' + url + '"><time class="entry-date published" datetime="2025-12-05T08:00:00+00:00">5. Dezember 2025</time></a></span> <span class="byline">von <a href="/author/julia/">Julia</a></span> <span class="comments-link"><a href="#comments">3 Kommentare</a></span></div></header>'
    + '<div class="entry-content"><p class="werbung"><em>*Werbung / enthält Affiliate-Links</em></p>' + ps(P[:1])
    + '<figure class="wp-block-image"><img src="/wp-content/uploads/2025/12/coat-1.jpg" alt=""><a class="pin-it" href="#">Pin it</a></figure>'
    + '<h2 class="wp-block-heading">' + h(P[1]) + '</h2>' + ps(P[2:3])
    + '<div class="shopthelook"><h3>Shop the Look</h3><ul><li><a href="#">Wollmantel Camel</a> <span>189,95 €</span></li><li><a href="#">Straight Jeans</a> <span>59,99 €</span></li><li><a href="#">Strickpullover Grau</a> <span>39,99 €</span></li><li><a href="#">Sneakers Weiß</a> <span>89,00 €</span></li></ul></div>'
    + '<h2 class="wp-block-heading">' + h(P[3]) + '</h2>' + ps(P[4:5])
    + '<figure class="wp-block-image"><img src="/wp-content/uploads/2025/12/coat-2.jpg" alt=""><a class="pin-it" href="#">Pin it</a></figure>'
    + '<h2 class="wp-block-heading">' + h(P[5]) + '</h2>' + ps(P[6:])
    + '<p class="credits"><em>Fotos: Marie K.</em></p></div>'
    + '<footer class="entry-footer"><span class="cat-links">Kategorie: <a href="/category/fashion/">Fashion</a></span> <span class="tags-links">Tags: <a href="#">Herbst</a>, <a href="#">Mantel</a>, <a href="#">Outfit</a></span><div class="sharedaddy"><h3>Teilen mit:</h3><a href="#">Pinterest</a> <a href="#">Facebook</a> <a href="#">WhatsApp</a></div></footer></article>'
    + '<div id="comments" class="comments-area"><h2 class="comments-title">3 Kommentare</h2><ol class="comment-list">'
    + '<li class="comment"><div class="comment-meta"><b class="fn">Sabine</b> <time datetime="2025-12-06T09:14:00+00:00">6. Dezember 2025 um 09:14</time></div><p>Look 2 ist genau meins, danke für die Inspiration!</p></li>'
    + '<li class="comment"><div class="comment-meta"><b class="fn">Kathi</b> <time datetime="2025-12-06T12:40:00+00:00">6. Dezember 2025 um 12:40</time></div><p>Wo ist der Schal aus Look 1 her?</p></li>'
    + '<li class="comment"><div class="comment-meta"><b class="fn">Julia</b> <time datetime="2025-12-06T13:02:00+00:00">6. Dezember 2025 um 13:02</time></div><p>Liebe Kathi, der ist schon älter, ähnliche findest du im Shop the Look!</p></li></ol>'
    + '<div id="respond"><h3>Hinterlasse einen Kommentar</h3><form><textarea></textarea><input placeholder="Name*"><input placeholder="E-Mail*"><button>Kommentar abschicken</button></form></div></div></main></div>\n'
    + '<footer id="colophon"><p>© 2025 Julias Modetagebuch · <a href="#">Impressum</a> · <a href="#">Datenschutz</a></p></footer>\n'
    + end(),
)


# 4. A law firm's blog: <title> 'headline - Kanzlei …'; "Veröffentlicht am 05.12.2025 von
# Dr. …"; the judgment cited with its own date before the post's; a "Fazit"; the rating
# widget, the disclaimer and "Haben Sie Fragen?" box after.
t = "BGH: Vermieter muss Kosten für Rauchmelder-Wartung nicht allein tragen"
P = [
    "Der Bundesgerichtshof hat entschieden, dass Vermieter die Kosten für die jährliche Wartung von Rauchwarnmeldern als Betriebskosten auf die Mieter umlegen dürfen (BGH, Urteil vom 26. November 2025 \u2013 VIII ZR 211/24).",
    "Der Fall",
    "Eine Mieterin aus Leipzig hatte sich geweigert, in ihrer Nebenkostenabrechnung 18,40 Euro für die Wartung der Rauchmelder zu zahlen. Sie meinte, die Wartung gehöre zur Instandhaltung und sei deshalb Sache des Vermieters.",
    "Die Entscheidung",
    "Der VIII. Zivilsenat sah das anders. Die Wartung diene der laufenden Funktionsprüfung und nicht der Reparatur. Sie sei deshalb eine sonstige Betriebskost im Sinne von § 2 Nr. 17 BetrKV, wenn der Mietvertrag dies vorsieht.",
    "Fazit",
    "Vermieter sollten prüfen, ob ihr Mietvertrag die Umlage sonstiger Betriebskosten ausdrücklich regelt. Die Kosten für die Miete der Geräte bleiben dagegen weiterhin beim Vermieter.",
]
url = "https://www.kanzlei-brandt-weiss.example/blog/bgh-rauchmelder-wartung-betriebskosten/"
page(
    "kanzlei-brandt-weiss.example.bgh-rauchmelder-wartung",
    dict(
        title=t, date="2025-12-05", language="de", url=url,
        people=[], countries=["Germany"],
        note=note("Imitates a law firm's blog: <title> 'headline - Kanzlei Brandt & Weiß Rechtsanwälte', og:site_name the firm; no JSON-LD, no published_time; 'Veröffentlicht am 05.12.2025 von Dr. Hannah Weiß, Fachanwältin für Mietrecht' (the only date of the post; not expected) while the first sentence cites 'BGH, Urteil vom 26. November 2025 – VIII ZR 211/24' (not the post's date); <h2> 'Der Fall', 'Die Entscheidung', 'Fazit' (expected); after the text a rating row 'Wie hilfreich war dieser Beitrag? ★★★★★ 4,8 (23 Bewertungen)', a disclaimer 'Hinweis: Dieser Beitrag ersetzt keine Rechtsberatung.' and a contact box 'Haben Sie Fragen zum Mietrecht? Rufen Sie uns an: 0341 555 2030' (none expected); 'Ähnliche Beiträge'. Leipzig. People: no one but the author is named."),
    ),
    P,
    head(t + " - Kanzlei Brandt & Weiß Rechtsanwälte", "de")
    + og(t, "Kanzlei Brandt & Weiß Rechtsanwälte", url, "BGH zur Umlage der Wartungskosten für Rauchwarnmelder.")
    + '</head>\n<body>\n<header class="header"><a class="logo" href="/">Brandt &amp; Weiß <small>Rechtsanwälte</small></a>' + nav([("mietrecht", "Mietrecht"), ("arbeitsrecht", "Arbeitsrecht"), ("blog", "Blog"), ("kontakt", "Kontakt")]) + '<a class="phone" href="tel:+493415552030">0341 555 2030</a></header>\n'
    + '<main class="content"><article class="blog-post"><h1>' + h(t) + '</h1><p class="post-meta">Veröffentlicht am 05.12.2025 von <a href="/team/hannah-weiss/">Dr. Hannah Weiß</a>, Fachanwältin für Mietrecht</p>'
    + '<div class="post-content">' + ps(["**" + P[0] + "**"]) + '<h2>' + h(P[1]) + '</h2>' + ps(P[2:3]) + '<h2>' + h(P[3]) + '</h2>' + ps(P[4:5]) + '<h2>' + h(P[5]) + '</h2>' + ps(P[6:]) + '</div>'
    + '<div class="rating"><p>Wie hilfreich war dieser Beitrag?</p><span class="stars">★★★★★</span> <span>4,8 (23 Bewertungen)</span></div>'
    + '<p class="disclaimer"><em>Hinweis: Dieser Beitrag ersetzt keine Rechtsberatung im Einzelfall.</em></p>'
    + '<div class="cta-box"><h3>Haben Sie Fragen zum Mietrecht?</h3><p>Rufen Sie uns an: 0341 555 2030 oder schreiben Sie uns über das <a href="/kontakt/">Kontaktformular</a>.</p></div></article>'
    + '<aside class="related"><h2>Ähnliche Beiträge</h2><ul><li><a href="#">Eigenbedarf: Was Mieter jetzt wissen müssen</a> <span>14.11.2025</span></li><li><a href="#">Schönheitsreparaturen: BGH kippt Klausel</a> <span>30.10.2025</span></li></ul></aside></main>\n'
    + '<footer><p>Kanzlei Brandt &amp; Weiß · Karl-Liebknecht-Straße 12 · 04107 Leipzig</p><p><a href="#">Impressum</a> · <a href="#">Datenschutz</a></p></footer>\n'
    + end(),
)


# 5. An Austrian farming portal: <title> 'headline | Agrarnetz Österreich'; "Jänner";
# the date as "8. Jänner 2026" under a kicker; a "Steckbrief" table; "Artikel merken";
# "Zum Thema" links and a weather widget in the sidebar.
t = "Milchpreis: Molkereien zahlen im Jänner wieder mehr"
P = [
    "Gute Nachrichten für die heimischen Milchbauern: Mehrere große Molkereien heben den Erzeugermilchpreis mit Jänner an. Bei der Alpenmilch Salzburg steigt der Preis für konventionelle Milch um 1,2 Cent auf 55,4 Cent je Kilogramm netto.",
    "Auch die Berglandmilch-Genossenschaft Mühlviertel zahlt mehr, Biomilch legt dort um 1,5 Cent zu. Grund sind die gestiegenen Preise für Butter und Käse auf dem europäischen Markt.",
    "\u201eDie Erhöhung ist ein wichtiges Signal, sie deckt aber die höheren Futter- und Energiekosten des Vorjahres noch nicht ganz\u201c, sagt Landwirtschaftskammer-Präsident Josef Leitner.",
    "Die Milchanlieferung in Österreich lag im November um 2,1 Prozent über dem Vorjahr.",
]
url = "https://www.agrarnetz.example.at/tierhaltung/milch/milchpreis-jaenner-2026-molkereien-erhoehen.html"
page(
    "agrarnetz.example.at.milchpreis-jaenner",
    dict(
        title=t, date="2026-01-08", language="de", url=url,
        people=["Josef Leitner"], countries=["Austria"],
        note=note("Imitates an Austrian farming portal: <title> 'headline | Agrarnetz Österreich', no og:site_name; no JSON-LD and no published_time; the date only as '8. Jänner 2026' (the Austrian month name) beside the kicker 'Milch' and 'Redaktion Agrarnetz'; a lead photo with '© Agrarnetz/Huber'; an 'Artikel merken' and 'Drucken' row; the text with an infobox inside it: the heading 'Milchpreise Jänner 2026 (netto, Cent/kg)' and a table (expected: the heading, then each row as a line of cells joined by ' | ', the convention of earlier batches' tables); sidebar 'Zum Thema', 'Wetter Österreich' and 'Marktpreise' widgets (not expected). Salzburg, Mühlviertel."),
    ),
    P[:2] + ["Milchpreise Jänner 2026 (netto, Cent/kg)", "Molkerei | konventionell | Bio", "Alpenmilch Salzburg | 55,4 | 66,0", "Berglandmilch Mühlviertel | 54,9 | 65,8"] + P[2:],
    head(t + " | Agrarnetz Österreich", "de-AT")
    + og(t, "", url, P[0])
    + '</head>\n<body>\n<header><a class="logo" href="/">Agrarnetz</a>' + nav([("pflanzenbau", "Pflanzenbau"), ("tierhaltung", "Tierhaltung"), ("technik", "Technik"), ("markt", "Markt"), ("forst", "Forst")]) + '<a href="/login">Anmelden</a></header>\n'
    + '<div class="container"><main class="col-main"><article class="news-detail"><div class="news-meta"><span class="kicker">Milch</span> <span class="date">8. Jänner 2026</span> <span class="author">Redaktion Agrarnetz</span></div><h1>' + h(t) + '</h1>'
    + '<div class="news-img"><img src="/fileadmin/milch.jpg" alt="Milchkühe im Stall"><p class="copyright">© Agrarnetz/Huber</p></div>'
    + '<div class="news-tools"><a href="#">Artikel merken</a> <a href="#">Drucken</a></div>'
    + '<div class="news-text">' + ps(P[:2])
    + '<div class="infobox"><h3>Milchpreise Jänner 2026 (netto, Cent/kg)</h3><table><tr><th>Molkerei</th><th>konventionell</th><th>Bio</th></tr><tr><td>Alpenmilch Salzburg</td><td>55,4</td><td>66,0</td></tr><tr><td>Berglandmilch Mühlviertel</td><td>54,9</td><td>65,8</td></tr></table></div>'
    + ps(P[2:]) + '</div></article></main>'
    + '<aside class="col-side"><div class="box"><h3>Zum Thema</h3><ul><li><a href="#">Milchanlieferung im November gestiegen</a></li><li><a href="#">Futterkosten: Was Betriebe jetzt tun können</a></li></ul></div><div class="box weather"><h3>Wetter Österreich</h3><p>Wien 2 °C, Salzburg -1 °C</p></div><div class="box"><h3>Marktpreise</h3><p>Stiere R3: 5,12 €/kg</p></div></aside></div>\n'
    + '<footer><p>© 2026 Agrarnetz Österreich · <a href="#">Impressum</a> · <a href="#">AGB</a></p></footer>\n'
    + end(),
)


# 6. An Austrian regional weekly (NÖN-like): <title> 'Town: headline - NÖN.at'; the date
# "05. Dezember 2025, 10:15"; a "Plus" mark; the teaser in bold; "Anzeige"; a photo
# credit "Foto: Gemeinde Amstetten"; "Mehr aus Amstetten" and "Meistgelesen" after.
t = "Neue Radbrücke über die Ybbs ist offen"
P = [
    "Nach elf Monaten Bauzeit können Radfahrer und Fußgänger seit Freitag die neue Brücke über die Ybbs benützen. Sie verbindet den Stadtteil Greinsfurth mit dem Zentrum.",
    "Die 86 Meter lange Stahlbrücke hat 2,4 Millionen Euro gekostet. Das Land Niederösterreich hat die Hälfte bezahlt.",
    "\u201eDamit ist der Lückenschluss am Ybbstalradweg endlich geschafft\u201c, sagte Bürgermeister Christian Haberhauer bei der Eröffnung. Rund 200 Besucherinnen und Besucher waren gekommen.",
    "Die alte Holzbrücke war 2023 wegen Schäden gesperrt worden. Sie wird im Frühjahr abgerissen.",
]
url = "https://www.noen-ybbstal.example.at/amstetten/verkehr-neue-radbruecke-ueber-die-ybbs-ist-offen-412345678"
page(
    "noen-ybbstal.example.at.radbruecke-ybbs",
    dict(
        title=t, titles_also=["Amstetten: " + t], date="2025-12-05", language="de", url=url,
        people=["Christian Haberhauer"], countries=["Austria"],
        note=note("Imitates an Austrian regional weekly (NÖN-like): <title> 'Amstetten: headline - NÖN.at' (a town before a colon, titles_also with it), og:title the same without the site, og:site_name 'NÖN.at'; JSON-LD NewsArticle with datePublished; the <h1> the headline alone with the kicker 'Verkehr' and the town 'Amstetten' above; 'Von Karin Pfeiffer' and '05. Dezember 2025, 10:15' (not expected); the teaser in bold (expected); a lead photo whose caption 'Bürgermeister Christian Haberhauer (Mitte) eröffnete die Brücke.' and credit 'Foto: Gemeinde Amstetten' (caption expected, credit not); an 'Anzeige' slot inside; 'Mehr aus Amstetten' and 'Meistgelesen' after. Amstetten, Lower Austria."),
    ),
    P[:1] + ["Bürgermeister Christian Haberhauer (Mitte) eröffnete die Brücke."] + P[1:],
    head("Amstetten: " + t + " - NÖN.at", "de-AT")
    + og("Amstetten: " + t, "NÖN.at", url, P[0])
    + art(url, t, "2025-12-05T10:15:00+01:00", "NÖN.at", author="Karin Pfeiffer")
    + '</head>\n<body>\n<header class="header"><a href="/" class="logo">NÖN</a><span class="region">Ybbstal</span>' + nav([("amstetten", "Amstetten"), ("waidhofen", "Waidhofen"), ("sport", "Sport"), ("niederoesterreich", "Niederösterreich")]) + '<a class="abo" href="/abo">NÖN+ Abo</a></header>\n'
    + '<main><article class="article"><div class="article-head"><span class="kicker">Verkehr</span> <span class="location">Amstetten</span><h1 class="headline">' + h(t) + '</h1>'
    + '<div class="meta"><span class="author">Von Karin Pfeiffer</span> <span class="date">05. Dezember 2025, 10:15</span></div></div>'
    + '<p class="lead"><strong>' + h(P[0]) + '</strong></p>'
    + '<figure class="image"><img src="/images/brucke.jpg" alt=""><figcaption><span class="caption">Bürgermeister Christian Haberhauer (Mitte) eröffnete die Brücke.</span> <span class="copyright">Foto: Gemeinde Amstetten</span></figcaption></figure>'
    + '<div class="article-body">' + ps(P[1:3]) + '<div class="ad-container"><span>Anzeige</span></div>' + ps(P[3:]) + '</div></article>'
    + '<section class="more"><h2>Mehr aus Amstetten</h2><ul><li><a href="#">Adventmarkt am Hauptplatz eröffnet</a></li><li><a href="#">Neuer Kindergarten in Preinsbach</a></li></ul></section>'
    + '<section class="popular"><h2>Meistgelesen</h2><ol><li><a href="#">Unfall auf der B121</a></li><li><a href="#">SKU Amstetten gewinnt Derby</a></li></ol></section></main>\n'
    + '<footer><p>© 2025 NÖN.at · Niederösterreichisches Pressehaus</p></footer>\n'
    + end(),
)


# 7. A Swiss regional paper (CH Media-like): no ß; <title> 'headline | Aargauer Tagblatt';
# the date "05.12.2025, 10.15 Uhr" (a dot in the time) and "Aktualisiert 11.40 Uhr";
# "Exklusiv für Abonnenten"; "Mehr zum Thema:"; "Jetzt kommentieren".
t = "Stadtrat will die Kantonsschulstrasse zur Begegnungszone machen"
P = [
    "In der Aarauer Kantonsschulstrasse sollen Velos, Fussgänger und Autos künftig gleichberechtigt sein. Der Stadtrat schlägt eine Begegnungszone mit Tempo 20 vor.",
    "Heute fahren täglich rund 4000 Autos durch die Strasse, viele davon auf dem Schulweg. Die Eltern der nahen Primarschule hatten im Frühling eine Petition mit 1100 Unterschriften eingereicht.",
    "\u00abWir wollen die Strasse den Leuten zurückgeben, die dort wohnen und zur Schule gehen\u00bb, sagt Stadträtin Seraina Bühlmann. Die Umgestaltung soll 1,8 Millionen Franken kosten.",
    "Der Einwohnerrat entscheidet im März über den Kredit. Das Gewerbe in der Altstadt hat bereits Bedenken angemeldet, weil Parkplätze wegfallen.",
]
url = "https://www.aargauertagblatt.example.ch/aargau/aarau/verkehr-stadtrat-will-kantonsschulstrasse-zur-begegnungszone-machen-ld.2871234"
page(
    "aargauertagblatt.example.ch.begegnungszone-aarau",
    dict(
        title=t, date="2025-12-05", language="de", url=url,
        people=["Seraina Bühlmann"], countries=["Switzerland"],
        note=note("Imitates a Swiss regional paper (CH Media-like), Swiss spelling (ss, «»): <title> 'headline | Aargauer Tagblatt', og:site_name the same; article:published_time 2025-12-05T10:15+01:00, no JSON-LD; the kicker 'Verkehr in Aarau' and 'Aarau' above the <h1>; the lead (expected); 'Daniel Frey' and '05.12.2025, 10.15 Uhr' with 'Aktualisiert 11.40 Uhr' (a dot in the time; not expected); 'Exklusiv für Abonnenten' badge; 'Mehr zum Thema:' with a linked headline inside (not expected); 'Jetzt kommentieren' and 'Mehr aus Aarau' after. Aarau, Switzerland."),
    ),
    P,
    head(t + " | Aargauer Tagblatt", "de-CH")
    + og(t, "Aargauer Tagblatt", url, P[0])
    + '<meta property="article:published_time" content="2025-12-05T10:15:00+01:00">\n'
    + '</head>\n<body>\n<header class="header"><a class="logo" href="/">Aargauer Tagblatt</a>' + nav([("aargau", "Aargau"), ("schweiz", "Schweiz"), ("sport", "Sport"), ("kultur", "Kultur")]) + '<a href="/abo">Abo</a> <a href="/login">Login</a></header>\n'
    + '<main><article class="article"><header class="article-header"><span class="badge">Exklusiv für Abonnenten</span><p class="flagline">Verkehr in Aarau</p><h1 class="headline__title">' + h(t) + '</h1><p class="headline__lead">' + h(P[0]) + '</p>'
    + '<div class="article-meta"><span class="author">Daniel Frey</span> <span class="date">05.12.2025, 10.15 Uhr</span> <span class="updated">Aktualisiert 11.40 Uhr</span></div></header>'
    + '<div class="article-body">' + ps(P[1:2]) + '<p class="related-inline"><strong>Mehr zum Thema:</strong> <a href="#">Petition für sicheren Schulweg eingereicht</a></p>' + ps(P[2:]) + '</div>'
    + '<div class="comments-teaser"><a href="#comments">Jetzt kommentieren</a></div></article>'
    + '<section class="teasers"><h2>Mehr aus Aarau</h2><ul><li><a href="#">Weihnachtsmarkt zieht 30\u2009000 Besucher an</a></li><li><a href="#">Neues Hallenbad: Baustart verschoben</a></li></ul></section></main>\n'
    + '<footer><p>© CH Regionalmedien AG</p></footer>\n'
    + end(),
)


# 8. A school's Joomla site: <title> 'headline - Gymnasium am Kirchberg'; Joomla's
# dl.article-info with "Veröffentlicht: 05. Dezember 2025", "Zugriffe: 312" and the
# category; the text in div[itemprop=articleBody]; "Zurück" / "Weiter" pager after.
t = "Projekttag: Fünftklässler bauen eine eigene Wetterstation"
P = [
    "Eine Woche lang haben die Schülerinnen und Schüler der Klassen 5a und 5b im Rahmen des MINT-Projekttags an einer eigenen Wetterstation gebaut. Seit Donnerstag misst sie auf dem Dach des Neubaus Temperatur, Luftfeuchtigkeit und Wind.",
    "Unterstützt wurden sie von Physiklehrer Tobias Rensing und zwei Studierenden der Hochschule Fulda. Die Messwerte erscheinen alle zehn Minuten auf dem Bildschirm im Foyer.",
    "\u201eAm meisten Spaß hat das Löten gemacht\u201c, erzählt die zehnjährige Emma. Die Daten sollen ab dem Frühjahr auch im Erdkundeunterricht genutzt werden.",
    "Wir danken dem Förderverein, der die Sensoren bezahlt hat.",
]
url = "https://www.gymnasium-kirchberg.example.de/index.php/aktuelles/345-projekttag-wetterstation"
page(
    "gymnasium-kirchberg.example.de.projekttag-wetterstation",
    dict(
        title=t, date="2025-12-05", language="de", url=url,
        people=["Tobias Rensing"], countries=["Germany"],
        note=note("Imitates a school's Joomla 4 site: <title> 'headline - Gymnasium am Kirchberg', no Open Graph, no JSON-LD; Joomla's dl.article-info 'Details' with 'Kategorie: Aktuelles', 'Veröffentlicht: 05. Dezember 2025' in a <time datetime=2025-12-05T09:30:00+01:00> and 'Zugriffe: 312' (none expected); the headline in div.page-header <h2 itemprop=headline> (no <h1>: the <h1> is the school's name in the header); the text in div[itemprop=articleBody] with a photo captioned 'Die fertige Wetterstation auf dem Dach' (expected) and a closing thanks line (expected); a 'Zurück' / 'Weiter' pager and a 'Termine' module with dates after (not expected). Fulda."),
    ),
    P[:2] + ["Die fertige Wetterstation auf dem Dach"] + P[2:],
    head(t + " - Gymnasium am Kirchberg", "de-de")
    + '<meta name="description" content="Schulhomepage des Gymnasiums am Kirchberg">\n<meta name="generator" content="Joomla! - Open Source Content Management">\n'
    + '</head>\n<body class="site com_content view-article itemid-112">\n<header class="header container-header"><div class="navbar-brand"><h1 class="brand-logo"><a href="/">Gymnasium am Kirchberg</a></h1><div class="site-description">Staatliches Gymnasium · Fulda</div></div>'
    + '<nav class="container-nav"><ul class="mod-menu"><li><a href="/index.php">Startseite</a></li><li class="active"><a href="/index.php/aktuelles">Aktuelles</a></li><li><a href="/index.php/schule">Unsere Schule</a></li><li><a href="/index.php/termine">Termine</a></li><li><a href="/index.php/kontakt">Kontakt</a></li></ul></nav></header>\n'
    + '<div class="site-grid"><main><div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="de-DE">'
    + '<div class="page-header"><h2 itemprop="headline">' + h(t) + '</h2></div>'
    + '<dl class="article-info text-muted"><dt class="article-info-term">Details</dt><dd class="category-name">Kategorie: <a href="/index.php/aktuelles" itemprop="genre">Aktuelles</a></dd><dd class="published"><time datetime="2025-12-05T09:30:00+01:00" itemprop="datePublished">Veröffentlicht: 05. Dezember 2025</time></dd><dd class="hits"><meta itemprop="interactionCount" content="UserPageVisits:312">Zugriffe: 312</dd></dl>'
    + '<div itemprop="articleBody" class="com-content-article__body">' + ps(P[:2])
    + '<p><img src="/images/aktuelles/wetterstation.jpg" alt="Wetterstation" width="600"><br><em>Die fertige Wetterstation auf dem Dach</em></p>' + ps(P[2:3]) + '<p><em>' + h(P[3]) + '</em></p></div>'
    + '<nav class="pagenavigation"><span class="pagination"><a class="previous" href="#">Zurück</a> <a class="next" href="#">Weiter</a></span></nav></div></main>'
    + '<div class="container-sidebar-right"><div class="moduletable"><h3>Termine</h3><ul><li>12.12.2025 Weihnachtskonzert</li><li>19.12.2025 Letzter Schultag vor den Ferien</li></ul></div></div></div>\n'
    + '<footer class="container-footer"><p>© 2025 Gymnasium am Kirchberg · <a href="#">Impressum</a> · <a href="#">Datenschutz</a></p></footer>\n'
    + end(),
)


# 9. A DIY shop's magazine: <title> 'headline | Ratgeber | Baumarkt Krüger'; only
# "Zuletzt aktualisiert: 05.12.2025" and a reading time; a breadcrumb; numbered steps as
# an <ol>; product tiles with prices, "inkl. MwSt.", "In den Warenkorb" inside the text.
t = "Weihnachtsbaum frisch halten: So nadelt er bis Neujahr nicht"
P = [
    "Ein echter Weihnachtsbaum soll möglichst lange grün bleiben. Mit der richtigen Pflege gelingt das auch ohne teure Mittel.",
    "Den richtigen Baum kaufen",
    "Achten Sie beim Kauf auf frische, biegsame Nadeln. Klopfen Sie den Stamm kurz auf den Boden: Fallen viele Nadeln ab, ist der Baum schon zu trocken.",
    "Schritt für Schritt zum frischen Baum",
    "Den Baum bis zum Aufstellen im Netz an einem kühlen, schattigen Ort lagern.",
    "Vor dem Aufstellen unten zwei bis drei Zentimeter vom Stamm absägen.",
    "Einen Ständer mit Wassertank verwenden und täglich Wasser nachfüllen.",
    "Den Baum nicht direkt neben die Heizung stellen.",
    "Eine Nordmanntanne hält so gut vier Wochen. Fichten nadeln schneller und sollten erst kurz vor dem Fest ins Haus.",
]
url = "https://www.baumarkt-krueger.example.de/ratgeber/garten/weihnachtsbaum-pflegen"
page(
    "baumarkt-krueger.example.de.weihnachtsbaum-pflegen",
    dict(
        title=t, date="2025-12-05", language="de", url=url,
        people=[], countries=[],
        note=note("Imitates a DIY chain's online magazine: <title> 'headline | Ratgeber | Baumarkt Krüger' (two segments after), og:site_name 'Baumarkt Krüger'; JSON-LD Article with only dateModified 2025-12-05 (no datePublished); 'Zuletzt aktualisiert: 05.12.2025 · Lesezeit: 3 Min.' under the <h1>; a breadcrumb 'Startseite › Ratgeber › Garten'; the text with <h2>s and the numbered steps as an <ol> (expected, each step a line); two product tiles inside ('Christbaumständer Aqua 3000', '29,99 €', 'inkl. MwSt.', 'In den Warenkorb') and 'Passende Produkte' (not expected); 'War dieser Ratgeber hilfreich? Ja / Nein' and 'Weitere Ratgeber' after. No place named."),
    ),
    P,
    head(t + " | Ratgeber | Baumarkt Krüger", "de")
    + og(t, "Baumarkt Krüger", url, P[0])
    + art(url, t, None, "Baumarkt Krüger", typ="Article", modified="2025-12-05T08:00:00+01:00")
    + '</head>\n<body>\n<div class="topbar">Kostenloser Versand ab 50 € · Click &amp; Collect in 2 Stunden</div><header class="shop-header"><a class="logo" href="/">Baumarkt Krüger</a><form class="search"><input placeholder="Suchbegriff, Artikelnummer"></form><a href="/filialen">Filiale wählen</a> <a href="/warenkorb">Warenkorb (0)</a>' + nav([("garten", "Garten"), ("werkzeug", "Werkzeug"), ("bauen", "Bauen"), ("ratgeber", "Ratgeber")]) + '</header>\n'
    + '<main class="magazine"><ol class="breadcrumb"><li><a href="/">Startseite</a></li><li><a href="/ratgeber">Ratgeber</a></li><li><a href="/ratgeber/garten">Garten</a></li></ol>'
    + '<article class="guide"><h1>' + h(t) + '</h1><p class="guide-meta">Zuletzt aktualisiert: 05.12.2025 · Lesezeit: 3 Min.</p>'
    + '<div class="guide-intro">' + ps(P[:1]) + '</div><div class="guide-content"><h2>' + h(P[1]) + '</h2>' + ps(P[2:3])
    + '<div class="product-tiles"><p class="tiles-title">Passende Produkte</p><div class="tile"><a href="#">Christbaumständer Aqua 3000</a><span class="price">29,99 €</span><span class="vat">inkl. MwSt.</span><button>In den Warenkorb</button></div><div class="tile"><a href="#">Handsäge Fuchsschwanz 450 mm</a><span class="price">14,99 €</span><span class="vat">inkl. MwSt.</span><button>In den Warenkorb</button></div></div>'
    + '<h2>' + h(P[3]) + '</h2><ol>' + "".join("<li>" + h(x) + "</li>" for x in P[4:8]) + '</ol>' + ps(P[8:]) + '</div></article>'
    + '<div class="feedback"><p>War dieser Ratgeber hilfreich?</p><button>Ja</button> <button>Nein</button></div>'
    + '<section class="more-guides"><h2>Weitere Ratgeber</h2><ul><li><a href="#">Lichterkette richtig aufhängen</a></li><li><a href="#">Vogelfutterhaus selber bauen</a></li></ul></section></main>\n'
    + '<footer><p>© 2025 Baumarkt Krüger GmbH &amp; Co. KG · Preise inkl. MwSt., zzgl. Versand</p></footer>\n'
    + end(),
)


if __name__ == "__main__":
    write(PAGES)
