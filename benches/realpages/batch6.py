#!/usr/bin/env python3
"""Writes batch 6 of the written pages (issue #15, extraction round 6) into `extra/`.

Each page is its HTML, its expected text and its labels, written together before anything
ran on them. The story's paragraphs are stated once (below) and the HTML is built around
them, so the expected text is exactly the story the page shows. Inline marks in a
paragraph: `**bold**` and `[text](url)` become markup in the HTML and plain text in the
expected text. Layouts imitated here were not imitated by earlier batches: consent walls
in the DOM, paywall teasers, galleries, embedded posts and players, footnotes, pull
quotes, tables of contents, key-points boxes, corrections, author boxes, comment
threads, tag clouds, breadcrumbs, print/share bars and multi-page stories, on public
broadcasters, government and university pages and national and regional dailies.
Run from anywhere: `python3 benches/realpages/batch6.py`.
"""
import html

from batch_kit import h, jsonld, og, page, PAGES, plain, ps, write

def head(title, extra=""):
    return f'<!DOCTYPE html>\n<html{extra}>\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>{html.escape(title, quote=False)}</title>\n'


# 1. A German public broadcaster: a consent-management wall in the DOM before the page
# (several paragraphs of prose about cookies and partners), a topline kicker above the
# <h1>, "Stand:" date line, a video player with its own title and duration, <h2>
# subheadings, an inline "Mehr zum Thema" list, a broadcast note after the story
# ("Über dieses Thema berichtete ..."), a "Sendungsbezug" box and a long footer.
t = "Bahn will Hunderte Brücken schneller sanieren"
P = [
    "Die Deutsche Bahn will in diesem Jahr so viele Eisenbahnbrücken erneuern wie noch nie. Möglich machen sollen das schnellere Genehmigungen und Bauteile aus dem Baukasten.",
    "Die Deutsche Bahn will in diesem Jahr mehr als 400 Eisenbahnbrücken sanieren oder neu bauen. Das kündigte Infrastrukturvorstand Gerd Lindenau in Berlin an. Im vergangenen Jahr waren es rund 340 Brücken gewesen.",
    "Vor allem kleinere Brücken über Bäche, Feldwege und Landstraßen sollen künftig in wenigen Tagen statt in mehreren Wochen ausgetauscht werden. Dafür setzt die Bahn auf vorgefertigte Bauteile aus Beton, die nachts mit großen Kränen eingesetzt werden.",
    "Genehmigungen sollen schneller kommen",
    "Nach Angaben des Unternehmens sind knapp 1.100 der rund 25.700 Eisenbahnbrücken in Deutschland in einem so schlechten Zustand, dass sich eine Sanierung nicht mehr lohnt. Sie sollen in den kommenden zehn Jahren ersetzt werden.",
    "Bislang dauert es oft Jahre, bis ein Ersatzneubau genehmigt ist. Das Eisenbahn-Bundesamt will solche Verfahren nun bündeln. „Eine Brücke, die genauso aussieht wie die alte, braucht kein neues Planfeststellungsverfahren“, sagte Behördenpräsidentin Ulrike Hasselbach.",
    "Kritik vom Fahrgastverband",
    "Der Fahrgastverband Pro Bahn begrüßte die Pläne grundsätzlich, warnte aber vor zusätzlichen Sperrungen. Wenn Hunderte Baustellen gleichzeitig laufen, müssten Reisende sich auf noch mehr Umleitungen und Ersatzbusse einstellen, sagte Verbandssprecher Jonas Ebeling.",
]
page(
    "tagesbericht.de.bahn-bruecken",
    dict(
        title=t,
        titles_also=["Deutsche Bahn: " + t],
        date="2025-01-15",
        language="de",
        url="https://www.tagesbericht.de/wirtschaft/unternehmen/bahn-bruecken-sanierung-100.html",
        people=["Gerd Lindenau", "Ulrike Hasselbach", "Jonas Ebeling"],
        countries=["Germany"],
        note="Batch 6 (written before anything ran on it; fictional). Imitates a German public broadcaster's story page: a consent-management wall (four paragraphs of prose about cookies and partners, buttons) in the DOM before the page, a topline kicker 'Deutsche Bahn' above the <h1>, a standfirst (expected), 'Stand: 15.01.2025 17:42 Uhr', a video player with its title and duration ('Video: ... 2 Min'), <h2> subheadings, a 'Mehr zum Thema' link list inside the story, the broadcast note 'Über dieses Thema berichtete ...' after it (not expected), a 'Sendungsbezug' box and a long footer. Date only in the visible 'Stand:' line and meta 'date'.",
    ),
    P,
    head(f"Deutsche Bahn: {t} | tagesbericht.de", ' lang="de"')
    + og(t, "tagesbericht.de", "https://www.tagesbericht.de/wirtschaft/unternehmen/bahn-bruecken-sanierung-100.html", P[0])
    + '<meta name="date" content="2025-01-15T17:42:11+01:00">\n'
    + "</head>\n<body>\n"
    + '<div id="cmp-wall" class="consent-layer" role="dialog" aria-modal="true"><div class="consent-layer__inner"><h2>Ihre Einwilligung zur Datenverarbeitung</h2>'
    + "<p>Wir verwenden Cookies und ähnliche Technologien, um Ihnen unser Angebot bereitzustellen, die Nutzung unserer Seiten zu analysieren und Inhalte von Drittanbietern wie Videos, Karten und Beiträge aus sozialen Netzwerken einzubinden. Dabei werden personenbezogene Daten wie Ihre IP-Adresse an diese Anbieter übermittelt.</p>"
    + "<p>Einige dieser Anbieter haben ihren Sitz in Ländern außerhalb der Europäischen Union, in denen kein vergleichbares Datenschutzniveau besteht. Mit Ihrer Zustimmung willigen Sie auch in die Übermittlung Ihrer Daten in diese Länder ein. Ihre Einwilligung können Sie jederzeit in den Datenschutzeinstellungen am Ende jeder Seite widerrufen.</p>"
    + "<p>Wenn Sie nicht zustimmen, nutzen wir nur technisch notwendige Cookies. Einige Inhalte, etwa eingebettete Videos und Audios, stehen Ihnen dann nicht zur Verfügung. Weitere Informationen finden Sie in unserer Datenschutzerklärung und im Verzeichnis der Partner, mit denen wir zusammenarbeiten.</p>"
    + '<p>Sie können Ihre Auswahl auch einzeln treffen: für Statistik, für externe Inhalte von Plattformen wie YouTube, X und Instagram und für die Personalisierung von Empfehlungen in unserer App und auf der Website.</p>'
    + '<div class="consent-layer__buttons"><button>Alle akzeptieren</button> <button>Nur notwendige</button> <a href="/datenschutz/einstellungen">Einstellungen</a></div></div></div>\n'
    + '<header class="header"><a class="logo" href="/">tagesbericht</a><nav><ul><li><a href="/inland">Inland</a></li><li><a href="/ausland">Ausland</a></li><li><a href="/wirtschaft">Wirtschaft</a></li><li><a href="/wissen">Wissen</a></li><li><a href="/faktenfinder">Faktenfinder</a></li><li><a href="/investigativ">Investigativ</a></li><li><a href="/wetter">Wetter</a></li></ul></nav></header>\n'
    + '<main class="content"><div class="seitenkopf"><h1 class="seitenkopf__headline"><span class="seitenkopf__topline">Deutsche Bahn</span> <span class="seitenkopf__headline--text">' + t + '</span></h1>\n'
    + '<p class="metatextline">Stand: 15.01.2025 17:42 Uhr</p></div>\n'
    + '<p class="textabsatz m-ten m-offset-one l-eight l-offset-two columns twelve"><strong>' + h(P[0]) + '</strong></p>\n'
    + '<div class="v-instance" data-v-type="video"><div class="ts-mediaplayer"><div class="ts-mediaplayer__title">Video: Marode Brücken: Wie die Bahn schneller bauen will, 15.01.2025 17:00 Uhr</div><div class="ts-mediaplayer__duration">2 Min</div><button>Abspielen</button></div></div>\n'
    + ps(P[1:3], "p", ' class="textabsatz columns twelve"') + "\n"
    + f'<h2 class="meldung__subhead">{h(P[3])}</h2>\n' + ps(P[4:6], "p", ' class="textabsatz columns twelve"') + "\n"
    + '<div class="teaser-xs__list"><h2 class="teaser-xs__headline">Mehr zum Thema</h2><ul><li><a href="/inland/bahn-sanierung-korridore-100.html">Generalsanierung: Diese Strecken werden 2025 gesperrt</a></li><li><a href="/wirtschaft/bahn-bilanz-puenktlichkeit-102.html">Bahn so unpünktlich wie nie</a></li></ul></div>\n'
    + f'<h2 class="meldung__subhead">{h(P[6])}</h2>\n' + ps(P[7:], "p", ' class="textabsatz columns twelve"') + "\n"
    + '<p class="textabsatz columns twelve"><em>Über dieses Thema berichtete die tagesbericht-Sendung am 15. Januar 2025 um 17:00 Uhr.</em></p>\n'
    + '<div class="sendungsbezug"><h3>Sendungsbezug</h3><p><a href="/sendung/17-uhr-100.html">tagesbericht 17:00 Uhr, 15.01.2025</a></p></div>\n'
    + '<div class="tag-cloud"><h2>Schlagworte</h2><a href="/thema/deutsche_bahn">Deutsche Bahn</a> <a href="/thema/infrastruktur">Infrastruktur</a> <a href="/thema/bruecken">Brücken</a></div>\n'
    + '<div class="social-bar"><a href="#">Teilen</a> <a href="#">Facebook</a> <a href="#">WhatsApp</a> <a href="#">E-Mail</a> <a href="#">Drucken</a></div>\n</main>\n'
    + '<footer class="footer"><ul><li><a href="/impressum">Impressum</a></li><li><a href="/datenschutz">Datenschutz</a></li><li><a href="/barrierefreiheit">Barrierefreiheit</a></li><li><a href="/kontakt">Kontakt</a></li></ul><p>Alle Inhalte dieser Website sind urheberrechtlich geschützt.</p></footer>\n</body>\n</html>\n',
)

# 2. A French prefecture press release on the State design system (DSFR): breadcrumb,
# "Communiqué de presse" badge, "Publié le 15/01/2025", the release in <div class="fr-
# text">, a "Télécharger le communiqué" PDF link card, a press contact block, a share
# bar with "Imprimer", and "Dans la même rubrique" cards with descriptions.
t = "Travaux sur la RN 165 : fermeture de nuit de l'échangeur de Kervignac"
P = [
    "La direction interdépartementale des routes Ouest engage, à compter du lundi 20 janvier 2025, des travaux de réfection de la chaussée sur la RN 165 au niveau de l'échangeur de Kervignac.",
    "Afin de garantir la sécurité des usagers et des agents, l'échangeur sera fermé à la circulation chaque nuit de 21 h à 6 h, du lundi au vendredi, pendant trois semaines.",
    "Des déviations seront mises en place par les routes départementales 765 et 194. Les temps de parcours pourront être allongés d'une dizaine de minutes.",
    "Le préfet du Morbihan, Pascal Bolot, appelle les usagers à la plus grande prudence aux abords du chantier et au respect des limitations de vitesse.",
    "Les conditions de circulation peuvent être consultées en temps réel sur le site Bison Futé.",
]
page(
    "morbihan.gouv.fr.rn165-kervignac",
    dict(
        title=t,
        date="2025-01-15",
        language="fr",
        url="https://www.morbihan.gouv.fr/Actualites/Communiques-de-presse/2025/Travaux-sur-la-RN-165-fermeture-de-nuit-de-l-echangeur-de-Kervignac",
        people=["Pascal Bolot"],
        countries=["France"],
        note="Batch 6 (written before anything ran on it; fictional). Imitates a French prefecture press release on the State design system (DSFR): skip links, header with Marianne block, breadcrumb, 'Communiqué de presse' badge, 'Publié le 15/01/2025' (the only date), the release in <div class='fr-text'>, a PDF download card, a 'Contact presse' block, a share bar with 'Imprimer', 'Dans la même rubrique' cards with one-sentence descriptions, and a footer of State sites. No og:site_name; <title> 'headline - Les services de l'État dans le Morbihan'.",
    ),
    P,
    head(f"{t} - Les services de l'État dans le Morbihan", ' lang="fr"')
    + '<link rel="canonical" href="https://www.morbihan.gouv.fr/Actualites/Communiques-de-presse/2025/Travaux-sur-la-RN-165-fermeture-de-nuit-de-l-echangeur-de-Kervignac">\n'
    + "</head>\n<body>\n"
    + '<div class="fr-skiplinks"><nav role="navigation" aria-label="Accès rapide"><ul class="fr-skiplinks__list"><li><a class="fr-link" href="#contenu">Contenu</a></li><li><a class="fr-link" href="#header-navigation">Menu</a></li><li><a class="fr-link" href="#footer">Pied de page</a></li></ul></nav></div>\n'
    + '<header role="banner" class="fr-header"><div class="fr-header__brand"><p class="fr-logo">Préfet<br>du Morbihan</p><p class="fr-header__service-tagline">Liberté<br>Égalité<br>Fraternité</p></div><nav id="header-navigation" class="fr-nav"><ul><li><a href="/Actualites">Actualités</a></li><li><a href="/Politiques-publiques">Politiques publiques</a></li><li><a href="/Demarches">Démarches</a></li><li><a href="/Services-de-l-Etat">Services de l\'État</a></li><li><a href="/Publications">Publications</a></li></ul></nav></header>\n'
    + '<main id="contenu" role="main"><div class="fr-container"><nav role="navigation" class="fr-breadcrumb" aria-label="vous êtes ici :"><ol class="fr-breadcrumb__list"><li><a class="fr-breadcrumb__link" href="/">Accueil</a></li><li><a class="fr-breadcrumb__link" href="/Actualites">Actualités</a></li><li><a class="fr-breadcrumb__link" href="/Actualites/Communiques-de-presse">Communiqués de presse</a></li><li><a class="fr-breadcrumb__link" aria-current="page">Travaux sur la RN 165 : fermeture de nuit de l\'échangeur…</a></li></ol></nav>\n'
    + '<div class="fr-grid-row"><div class="fr-col-12 fr-col-md-8"><p class="fr-badge fr-badge--info">Communiqué de presse</p>\n<h1>' + h(t) + '</h1>\n<p class="fr-text--sm">Publié le 15/01/2025</p>\n'
    + '<div class="fr-text">' + ps(P) + '</div>\n'
    + '<div class="fr-download fr-enlarge-link"><p><a href="/content/download/61234/cp-rn165.pdf" download>Télécharger le communiqué de presse <span class="fr-download__detail">PDF - 184,25 Ko</span></a></p></div>\n'
    + '<div class="fr-callout"><h3 class="fr-callout__title">Contact presse</h3><p class="fr-callout__text">Bureau de la communication interministérielle<br>Tél : 02 97 54 84 00<br>pref-communication@morbihan.gouv.fr</p></div>\n'
    + '<div class="fr-share"><p class="fr-share__title">Partager la page</p><ul class="fr-btns-group"><li><a class="fr-btn--facebook fr-btn" href="#">Partager sur Facebook</a></li><li><a class="fr-btn--twitter-x fr-btn" href="#">Partager sur X</a></li><li><a class="fr-btn--linkedin fr-btn" href="#">Partager sur LinkedIn</a></li><li><a class="fr-btn--mail fr-btn" href="#">Partager par email</a></li><li><button class="fr-btn--copy fr-btn">Copier dans le presse-papier</button></li><li><button class="fr-btn">Imprimer</button></li></ul></div></div>\n'
    + '<div class="fr-col-12 fr-col-md-4"><h2 class="fr-h5">Dans la même rubrique</h2>'
    + "".join(f'<div class="fr-card"><div class="fr-card__body"><h3 class="fr-card__title"><a href="/Actualites/Communiques-de-presse/2025/{u}">{a}</a></h3><p class="fr-card__desc">{b}</p><p class="fr-card__detail">{d}</p></div></div>' for u, a, b, d in [("Vigilance-orange-vent", "Vigilance orange vent violent sur le Morbihan", "Le département est placé en vigilance orange vent violent à partir de ce soir 18 heures, les rafales pouvant atteindre 130 km/h sur le littoral.", "14/01/2025"), ("Campagne-hivernale", "Lancement de la campagne de vaccination contre la grippe aviaire", "Les éleveurs de volailles du département sont invités à se rapprocher de leur vétérinaire sanitaire avant la fin du mois de janvier.", "10/01/2025"), ("Voeux-prefet", "Cérémonie des vœux du préfet aux forces de sécurité", "Le préfet a présenté ses vœux aux policiers, gendarmes et sapeurs-pompiers du département lors d'une cérémonie à Vannes.", "08/01/2025")])
    + "</div></div></div></main>\n"
    + '<footer id="footer" class="fr-footer"><div class="fr-footer__content"><p class="fr-footer__content-desc">Les services de l\'État dans le Morbihan</p><ul class="fr-footer__content-list"><li><a href="https://www.info.gouv.fr">info.gouv.fr</a></li><li><a href="https://www.service-public.fr">service-public.fr</a></li><li><a href="https://www.legifrance.gouv.fr">legifrance.gouv.fr</a></li><li><a href="https://www.data.gouv.fr">data.gouv.fr</a></li></ul></div><ul class="fr-footer__bottom-list"><li><a href="/Plan-du-site">Plan du site</a></li><li><a href="/Accessibilite">Accessibilité : partiellement conforme</a></li><li><a href="/Mentions-legales">Mentions légales</a></li><li><a href="/Donnees-personnelles">Données personnelles</a></li><li><a href="/Gestion-des-cookies">Gestion des cookies</a></li></ul></footer>\n</body>\n</html>\n',
)

# 3. A Spanish national daily's metered story (El País-like): kicker, standfirst in <h2>,
# byline block with place and date, three visible paragraphs, then a subscription wall
# that cuts the story ("Este contenido es exclusivo para suscriptores"); a "Archivado
# En" tag list, "Se adhiere a los criterios de The Trust Project", a comments link and a
# "Lo más visto" list with long headlines. No articleBody in JSON-LD.
t = "El Gobierno limitará los vuelos cortos que tengan alternativa en tren de menos de dos horas y media"
P = [
    "La medida, incluida en el anteproyecto de ley de movilidad sostenible, afectará a una decena de rutas peninsulares a partir de 2027",
    "El Consejo de Ministros aprobó este martes en segunda vuelta el anteproyecto de ley de movilidad sostenible, que prohibirá los vuelos nacionales cuando exista una alternativa en tren de menos de dos horas y media. La medida no se aplicará a los pasajeros que hagan escala para conectar con un vuelo internacional.",
    "Según el Ministerio de Transportes, la restricción afectará a una decena de rutas, entre ellas Madrid-Valencia, Madrid-Zaragoza y Barcelona-Zaragoza, en las que el avión ya ha perdido la mayor parte de sus viajeros frente al AVE. Francia aprobó una norma parecida en 2023.",
    "“No se trata de prohibir por prohibir, sino de ordenar un sistema en el que el tren ya es la opción preferida”, defendió el ministro Óscar Puente en la rueda de prensa posterior a la reunión. Las aerolíneas reclaman que se cuente el tiempo de acceso a las estaciones.",
]
page(
    "elpais-diario.es.vuelos-cortos",
    dict(
        title=t,
        date="2025-03-11",
        language="es",
        url="https://elpais-diario.es/economia/2025-03-11/el-gobierno-limitara-los-vuelos-cortos-con-alternativa-en-tren.html",
        people=["Óscar Puente"],
        countries=["Spain", "France"],
        note="Batch 6 (written before anything ran on it; fictional). Imitates a Spanish national daily's metered article: kicker link, standfirst in <h2 class=a_st> (expected), byline with city and date, three visible paragraphs, then a subscriber wall cutting the story (expected: only what is shown), 'Archivado En' tags, Trust Project line, comments link, 'Lo más visto' list. JSON-LD without articleBody; date in the URL, in JSON-LD and as '11 mar 2025 - 13:20 CET'.",
    ),
    P,
    head(f"{t} | Economía | EL PAÍS DIARIO", ' lang="es"')
    + og(t, "El País Diario", "https://elpais-diario.es/economia/2025-03-11/el-gobierno-limitara-los-vuelos-cortos-con-alternativa-en-tren.html", P[0])
    + jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": t, "description": P[0], "datePublished": "2025-03-11T13:20:44+01:00", "dateModified": "2025-03-11T16:02:10+01:00", "isAccessibleForFree": False, "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".a_c_paywall"}, "author": [{"@type": "Person", "name": "Manuel V. Gómez"}], "publisher": {"@type": "Organization", "name": "El País Diario"}})
    + "</head>\n<body>\n"
    + '<header class="_g"><a href="/">EL PAÍS DIARIO</a><nav><a href="/espana/">España</a> <a href="/internacional/">Internacional</a> <a href="/economia/">Economía</a> <a href="/sociedad/">Sociedad</a> <a href="/cultura/">Cultura</a> <a href="/suscripciones/" class="btn">Suscríbete</a> <a href="/login">Iniciar sesión</a></nav></header>\n'
    + '<main id="main-content"><article class="a _g _g-lg"><header class="a_e"><div class="a_k"><a href="/economia/transporte/">Transporte</a></div>\n<h1 class="a_t">' + h(t) + '</h1>\n<h2 class="a_st">' + h(P[0]) + '</h2></header>\n'
    + '<div class="a_md"><div class="a_md_a"><a href="/autor/manuel-v-gomez/">Manuel V. Gómez</a></div><div class="a_md_f"><span>Madrid</span> - <a href="/hemeroteca/2025-03-11/"><time datetime="2025-03-11T13:20:44+01:00">11 mar 2025 - 13:20 CET</time></a></div><div class="a_md_sh"><a href="#">Compartir en Whatsapp</a> <a href="#">Compartir en Facebook</a> <a href="#">Compartir en Twitter</a> <a href="#">Copiar enlace</a> <a href="#comentarios">Ir a los comentarios</a></div></div>\n'
    + '<div class="a_c clearfix" data-dtm-region="articulo_cuerpo">' + ps(P[1:]) + '</div>\n'
    + '<div class="a_c_paywall"><div class="w_rp"><p class="w_rp_t">Este contenido es exclusivo para suscriptores</p><p class="w_rp_s">Lee sin límites con una suscripción a EL PAÍS DIARIO. Apoya el periodismo de calidad.</p><a class="btn" href="/suscripciones/#/campaign">Suscríbete</a><p>¿Ya tienes una suscripción? <a href="/login">Inicia sesión</a></p><p class="w_rp_f">_</p></div></div>\n'
    + '<div class="a_tgs"><p class="a_tgs_t">Archivado En</p><ul><li><a href="/noticias/aviones/">Aviones</a></li><li><a href="/noticias/trenes-alta-velocidad/">Trenes alta velocidad</a></li><li><a href="/noticias/oscar-puente/">Óscar Puente</a></li><li><a href="/noticias/ministerio-transportes/">Ministerio de Transportes</a></li></ul></div>\n'
    + '<div class="a_tp"><a href="/estaticos/trust-project/">Se adhiere a los criterios de <span>The Trust Project</span></a></div>\n'
    + '<div id="comentarios" class="a_com"><a href="#">Comentarios (214)</a> <p>Normas</p></div></article>\n'
    + '<aside class="mv"><h2>Lo más visto</h2><ol>'
    + "".join(f'<li><a href="/{u}">{a}</a></li>' for u, a in [("sociedad/2025-03-11/lluvias.html", "Las lluvias de marzo dejan los embalses por encima del 60% por primera vez desde 2021"), ("espana/2025-03-11/congreso.html", "El Congreso rechaza la reforma de la financiación autonómica con los votos de PP y Junts"), ("cultura/2025-03-10/prado.html", "El Prado recupera un retrato de Goya que estuvo perdido durante más de un siglo")])
    + "</ol></aside></main>\n"
    + '<footer><p>© EDICIONES EL PAÍS DIARIO S.L.</p><a href="/contacto/">Contacto</a> <a href="/aviso-legal/">Aviso legal</a> <a href="/politica-cookies/">Política cookies</a></footer>\n</body>\n</html>\n',
)

# 4. An Italian regional daily's story split over two pages: this is page 1 of 2, with
# a pagination row ("1 2 Pagina successiva »"), a pull quote in an <aside> repeating a
# sentence, a "Leggi anche" box, a "Riproduzione riservata ©" line, a comment thread of
# long reader comments (Disqus-like markup with prose), and a "Potrebbe interessarti"
# sponsored grid.
t = "Ferrovia Adriatica, il raddoppio tra Termoli e Lesina slitta al 2028"
P = [
    "Il completamento del raddoppio della linea ferroviaria adriatica tra Termoli e Lesina slitta di almeno due anni. Lo ha comunicato Rete Ferroviaria Italiana durante l'incontro in Regione con i sindaci del territorio.",
    "I lavori, avviati nel 2022, avrebbero dovuto concludersi entro la fine del 2026. Secondo i tecnici, il ritardo è dovuto soprattutto ai ritrovamenti archeologici emersi nei pressi di Chieuti e alla revisione del progetto di un viadotto sul torrente Saccione.",
    "«Non possiamo accettare che l'ultimo tratto a binario unico della dorsale adriatica resti tale ancora per anni», ha dichiarato l'assessore regionale ai Trasporti, Giuseppe Di Vito, al termine della riunione.",
    "Il tratto di 33 chilometri è l'unico a binario unico tra Bologna e Lecce e rappresenta un collo di bottiglia per i treni a lunga percorrenza, che spesso accumulano ritardi proprio in questa zona.",
    "I costi",
    "Il costo complessivo dell'opera è salito a 720 milioni di euro, finanziati in parte con i fondi del Piano nazionale di ripresa e resilienza. RFI assicura che le risorse non sono a rischio, nonostante la scadenza europea del 2026.",
]
page(
    "primapagina-molise.it.raddoppio-termoli-lesina",
    dict(
        title=t,
        date="2025-02-06",
        language="it",
        url="https://www.primapagina-molise.it/2025/02/06/ferrovia-adriatica-raddoppio-termoli-lesina-2028/",
        people=["Giuseppe Di Vito"],
        countries=["Italy"],
        note="Batch 6 (written before anything ran on it; fictional). Imitates an Italian regional daily's story split over two pages (this is page 1: expected is what it shows): pagination row '1 2 Pagina successiva »' after the text, a pull quote <aside> repeating a sentence (not expected), a 'Leggi anche' box, 'Riproduzione riservata ©', a reader comment thread with long comments, a sponsored 'Potrebbe interessarti' grid. Date in the URL path and 'Pubblicato il 6 Febbraio 2025 alle 11:48'.",
    ),
    P,
    head(f"{t} - Primapagina Molise", ' lang="it-IT"')
    + og(t, "Primapagina Molise", "https://www.primapagina-molise.it/2025/02/06/ferrovia-adriatica-raddoppio-termoli-lesina-2028/")
    + '<link rel="next" href="https://www.primapagina-molise.it/2025/02/06/ferrovia-adriatica-raddoppio-termoli-lesina-2028/2/">\n'
    + "</head>\n<body class=\"single single-post\">\n"
    + '<div class="top-bar"><span>Giovedì 6 Febbraio 2025</span> <a href="/abbonati">Abbonati</a> <a href="/newsletter">Newsletter</a></div>\n'
    + '<header id="masthead"><a href="/">Primapagina Molise</a><nav><ul><li><a href="/cronaca">Cronaca</a></li><li><a href="/politica">Politica</a></li><li><a href="/economia">Economia</a></li><li><a href="/sport">Sport</a></li><li><a href="/cultura">Cultura</a></li></ul></nav></header>\n'
    + '<div id="content"><div class="breadcrumbs"><a href="/">Home</a> » <a href="/economia">Economia</a> » <span>Ferrovia Adriatica, il raddoppio…</span></div>\n'
    + '<div class="post-header"><h1 class="entry-title">' + h(t) + '</h1><div class="entry-meta">Pubblicato il 6 Febbraio 2025 alle 11:48 da <a href="/author/redazione">Redazione</a></div></div>\n'
    + '<div class="entry-content">\n' + ps(P[:2]) + "\n"
    + '<aside class="pullquote"><blockquote><p>«Non possiamo accettare che l\'ultimo tratto a binario unico della dorsale adriatica resti tale ancora per anni»</p></blockquote></aside>\n'
    + ps(P[2:4]) + "\n"
    + '<div class="leggi-anche"><span>Leggi anche</span> <a href="/2025/02/03/treni-regionali-nuovi-orari/">Treni regionali, cambiano gli orari sulla Termoli-Campobasso</a></div>\n'
    + f"<h3>{h(P[4])}</h3>\n" + ps(P[5:]) + "\n"
    + '<div class="page-links"><span class="page-links-title">Pagine:</span> <span class="post-page-numbers current">1</span> <a class="post-page-numbers" href="/2025/02/06/ferrovia-adriatica-raddoppio-termoli-lesina-2028/2/">2</a> <a class="next" href="/2025/02/06/ferrovia-adriatica-raddoppio-termoli-lesina-2028/2/">Pagina successiva »</a></div>\n'
    + '<p class="copyright">Riproduzione riservata ©</p>\n</div>\n'
    + '<div id="comments" class="comments-area"><h3 class="comments-title">3 commenti</h3><ol class="comment-list">'
    + "".join(f'<li class="comment"><div class="comment-author vcard"><b class="fn">{a}</b></div><div class="comment-metadata">{d}</div><div class="comment-content"><p>{c}</p></div><div class="reply"><a href="#">Rispondi</a></div></li>' for a, d, c in [("Antonio Carlucci", "6 Febbraio 2025 alle 13:02", "Sono trent'anni che sentiamo parlare di questo raddoppio. Ogni volta c'è una scusa nuova: prima i soldi, poi le autorizzazioni, adesso i reperti archeologici. Intanto chi prende il Frecciabianca per Bologna continua a fermarsi a Lesina ad aspettare il treno che arriva dall'altra parte."), ("Maria Pia D.", "6 Febbraio 2025 alle 14:37", "I ritrovamenti archeologici vanno tutelati, su questo non si discute, ma non è possibile che nessuno li avesse previsti in una zona che tutti sanno essere ricca di resti di epoca romana. Bastava fare i sondaggi prima di appaltare i lavori."), ("Luca", "6 Febbraio 2025 alle 18:10", "Il problema vero è che il Molise non conta niente a Roma. Se fosse successo in Emilia avrebbero già trovato una soluzione in sei mesi.")])
    + '</ol><div id="respond"><h3>Lascia un commento</h3><form><textarea></textarea><button>Invia commento</button></form></div></div>\n'
    + '<div class="sponsored"><h4>Potrebbe interessarti</h4><div class="sp-item"><a href="https://ads.example.net/1">Questo trucco per risparmiare sulla bolletta sta facendo impazzire i fornitori</a></div><div class="sp-item"><a href="https://ads.example.net/2">Medici sorpresi: il metodo naturale contro il dolore alle articolazioni</a></div></div>\n'
    + '</div>\n<footer><p>Primapagina Molise - Testata giornalistica registrata presso il Tribunale di Campobasso n. 4/2011 - P.IVA 01234560701</p></footer>\n</body>\n</html>\n',
)

# 5. A Portuguese public broadcaster: a "listen to this article" audio player with its
# controls as text, the story in <div class="article-body"> with an embedded post
# (a Twitter/X blockquote, expected as the reader sees it), a "Leia também" link between
# paragraphs, a photo with caption and credit, tags, "Comentar" and a "Mais Lidas" list.
t = "CP compra mais 22 comboios para as linhas urbanas de Lisboa e Porto"
P = [
    "A CP - Comboios de Portugal assinou esta quarta-feira o contrato para a compra de 22 novas unidades elétricas destinadas às linhas urbanas de Lisboa e do Porto, num investimento de 340 milhões de euros.",
    "Os primeiros comboios deverão chegar em 2027 e vão substituir composições com mais de 40 anos na linha de Sintra e na linha da Azambuja. No Porto, reforçarão os serviços para Braga e Guimarães.",
    "O ministro das Infraestruturas, Miguel Pinto Luz, sublinhou na cerimónia que se trata da maior encomenda de material circulante da empresa em duas décadas.",
    "Hoje damos um passo decisivo para quem anda de comboio todos os dias. 22 novos comboios para Lisboa e Porto, fabricados em parte em Portugal.",
    "— Miguel Pinto Luz (@mpintoluz) 12 de março de 2025",
    "Parte da montagem será feita na fábrica de Guifões, em Matosinhos, o que deverá criar cerca de 200 postos de trabalho, segundo o presidente da CP, Pedro Moreira.",
    "Os novos comboios da CP serão montados em parte em Matosinhos.",
]
page(
    "rtp-noticias.pt.cp-comboios-urbanos",
    dict(
        title=t,
        date="2025-03-12",
        language="pt",
        url="https://www.rtp-noticias.pt/noticias/economia/cp-compra-mais-22-comboios-para-as-linhas-urbanas-de-lisboa-e-porto_n1641201",
        people=["Miguel Pinto Luz", "Pedro Moreira"],
        countries=["Portugal"],
        note="Batch 6 (written before anything ran on it; fictional). Imitates a Portuguese public broadcaster's story: an 'Ouvir artigo' audio player with its controls as text ('00:00 / 02:41', 'Velocidade 1x'), the story with an embedded X post (a twitter-tweet blockquote: its text and its attribution line expected), a 'Leia também' link between paragraphs, a figure at the end with caption (expected) and credit 'Foto: Lusa', tags, 'Comentar', a 'Mais Lidas' list. Date as '12 Mar 2025, 15:47' and in article:published_time.",
    ),
    P,
    head(f"{t} | RTP Notícias", ' lang="pt-PT"')
    + og(t, "RTP Notícias", "https://www.rtp-noticias.pt/noticias/economia/cp-compra-mais-22-comboios-para-as-linhas-urbanas-de-lisboa-e-porto_n1641201")
    + '<meta property="article:published_time" content="2025-03-12T15:47:00Z">\n'
    + "</head>\n<body>\n"
    + '<header><a href="/" class="logo">RTP Notícias</a><nav><a href="/noticias/pais">País</a> <a href="/noticias/mundo">Mundo</a> <a href="/noticias/economia">Economia</a> <a href="/noticias/desporto">Desporto</a> <a href="/play">RTP Play</a> <a href="/direto">Em Direto</a></nav></header>\n'
    + '<section class="article-container"><div class="article-header"><span class="section-label"><a href="/noticias/economia">Economia</a></span><h1 class="article-title">' + h(t) + '</h1>\n'
    + '<div class="article-meta"><span class="author">Sandra Henriques - RTP</span> <span class="date">12 Mar 2025, 15:47</span></div>\n'
    + '<div class="audio-player" data-src="/audio/n1641201.mp3"><button>Ouvir artigo</button><span class="time">00:00 / 02:41</span><span class="speed">Velocidade 1x</span><span class="tts-note">Voz gerada automaticamente</span></div></div>\n'
    + '<div class="article-body">\n' + ps(P[:2]) + "\n"
    + '<p class="leia-tambem"><strong>Leia também:</strong> <a href="/noticias/pais/greve-cp-marco_n1640990">Greve na CP suprime metade dos comboios na sexta-feira</a></p>\n'
    + ps(P[2:3]) + "\n"
    + '<blockquote class="twitter-tweet" data-lang="pt"><p lang="pt" dir="ltr">' + h(P[3]) + ' <a href="https://t.co/Ab12Cd34">pic.twitter.com/Ab12Cd34</a></p>&mdash; Miguel Pinto Luz (@mpintoluz) <a href="https://twitter.com/mpintoluz/status/1899812345678901234">12 de março de 2025</a></blockquote>\n<script async src="https://platform.twitter.com/widgets.js"></script>\n'
    + ps(P[5:6]) + "\n"
    + '<figure class="article-image"><img src="https://cdn.rtp-noticias.pt/images/2025/03/guifoes.jpg" alt="Fábrica de Guifões"><figcaption>' + h(P[6]) + ' <span class="credit">Foto: Lusa</span></figcaption></figure>\n</div>\n'
    + '<div class="tags"><a href="/tag/cp">CP</a> <a href="/tag/comboios">Comboios</a> <a href="/tag/ferrovia">Ferrovia</a></div>\n'
    + '<div class="share"><a href="#">Partilhar</a> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a> <a href="#comentarios">Comentar</a></div></section>\n'
    + '<aside class="mais-lidas"><h2>Mais Lidas</h2><ol><li><a href="/noticias/pais/incendio_n1641100">Incêndio em armazém de Loures mobiliza 80 bombeiros</a></li><li><a href="/noticias/mundo/eleicoes_n1641050">Eleições antecipadas marcadas para maio</a></li><li><a href="/noticias/desporto/benfica_n1641000">Benfica vence e isola-se na liderança</a></li></ol></aside>\n'
    + '<footer><p>© RTP, Rádio e Televisão de Portugal 2025</p><a href="/termos">Termos e condições</a> <a href="/privacidade">Política de privacidade</a></footer>\n</body>\n</html>\n',
)

# 6. A Dutch university news page: breadcrumb, "Leestijd: 3 minuten", an intro in
# <div class="intro">, subheadings, a "Meer informatie" contact box, and a sidebar of
# related news items each with a two-sentence summary (more prose than some stories).
t = "Onderzoekers Wageningen kweken tarwe die droogte beter verdraagt"
P = [
    "Onderzoekers van Wageningen University & Research hebben tarwerassen ontwikkeld die tot een kwart minder water nodig hebben zonder dat de opbrengst daalt. Dat blijkt uit veldproeven in Nederland en Spanje.",
    "Het team onder leiding van prof. dr. Hanneke Verbeek kruiste oude landrassen uit Noord-Afrika met moderne Nederlandse rassen. De nakomelingen vormen diepere wortels en sluiten hun huidmondjes sneller bij hitte.",
    "Drie jaar proeven",
    "De nieuwe lijnen werden drie seizoenen getest op proefvelden in Flevoland en bij Córdoba. In het droge voorjaar van 2023 leverden ze in Spanje 18 procent meer graan op dan de standaardrassen.",
    "„We hebben geen genetische modificatie gebruikt, alleen klassieke veredeling met moderne technieken om de juiste planten snel te vinden”, zegt Verbeek. Volgens haar kunnen de eerste rassen over vijf jaar bij boeren op het land staan.",
    "Zaadbedrijven tonen interesse",
    "Twee Nederlandse zaadbedrijven hebben al een licentie aangevraagd. Het onderzoek werd gefinancierd door de Nederlandse Organisatie voor Wetenschappelijk Onderzoek en verschijnt deze week in het tijdschrift Nature Plants.",
]
page(
    "wur.nl.tarwe-droogte",
    dict(
        title=t,
        date="2025-04-03",
        language="nl",
        url="https://www.wur.nl/nl/nieuws/onderzoekers-wageningen-kweken-tarwe-die-droogte-beter-verdraagt.htm",
        people=["Hanneke Verbeek"],
        countries=["Netherlands", "Spain"],
        note="Batch 6 (written before anything ran on it; fictional). Imitates a Dutch university news page: breadcrumb, date '3 april 2025' and 'Leestijd: 3 minuten' in a meta row, intro in <div class=intro> (expected), <h2> subheadings, a 'Meer informatie' contact box (name, role, e-mail; not expected), a 'Lees ook' sidebar of related news items each with a two-sentence summary, social links and footer.",
    ),
    P,
    head(f"{t} - WUR", ' lang="nl"')
    + og(t, "WUR", "https://www.wur.nl/nl/nieuws/onderzoekers-wageningen-kweken-tarwe-die-droogte-beter-verdraagt.htm", P[0])
    + "</head>\n<body>\n"
    + '<header class="site-header"><a href="/nl.htm" class="logo">Wageningen University &amp; Research</a><nav><a href="/nl/onderwijs.htm">Onderwijs</a> <a href="/nl/onderzoek-resultaten.htm">Onderzoek &amp; Resultaten</a> <a href="/nl/nieuws.htm">Nieuws</a> <a href="/nl/over-wur.htm">Over WUR</a> <a href="/en.htm">EN</a></nav></header>\n'
    + '<div class="breadcrumb"><ol><li><a href="/nl.htm">Home</a></li><li><a href="/nl/nieuws.htm">Nieuws</a></li><li>Onderzoekers Wageningen kweken tarwe die droogte beter verdraagt</li></ol></div>\n'
    + '<div class="page"><div class="main-column"><p class="label">Nieuws</p><h1>' + h(t) + '</h1>\n'
    + '<div class="meta"><span class="date">3 april 2025</span> <span class="reading-time">Leestijd: 3 minuten</span></div>\n'
    + '<div class="intro"><p>' + h(P[0]) + '</p></div>\n<div class="rich-text">\n' + ps(P[1:2]) + f"\n<h2>{h(P[2])}</h2>\n" + ps(P[3:5]) + f"\n<h2>{h(P[5])}</h2>\n" + ps(P[6:]) + "\n</div>\n"
    + '<div class="contact-box"><h3>Meer informatie</h3><div class="person"><p class="name">prof.dr. H (Hanneke) Verbeek</p><p class="role">Hoogleraar Plantenveredeling</p><p><a href="mailto:hanneke.verbeek@wur.nl">hanneke.verbeek@wur.nl</a></p></div><div class="person"><p class="name">Jeroen Smit</p><p class="role">Wetenschapsredacteur</p><p><a href="tel:+31317480000">+31 317 48 00 00</a></p></div></div>\n'
    + '<div class="share"><span>Deel dit artikel</span> <a href="#">LinkedIn</a> <a href="#">Bluesky</a> <a href="#">E-mail</a></div></div>\n'
    + '<aside class="side-column"><h2>Lees ook</h2>'
    + "".join(f'<div class="news-item"><a href="/nl/nieuws/{u}.htm"><h3>{a}</h3></a><p class="date">{d}</p><p>{b}</p></div>' for u, a, d, b in [("bodemleven", "Bodemleven herstelt sneller dan gedacht na omschakeling naar biologisch", "27 maart 2025", "Al na drie jaar biologische teelt is het aantal regenwormen op akkers in Drenthe verdubbeld. Onderzoekers volgden vijftig bedrijven die de overstap maakten."), ("kas-energie", "Kassen kunnen helft minder gas gebruiken met nieuwe schermen", "20 maart 2025", "Een nieuw type energiescherm houdt 's nachts meer warmte vast zonder de lichtinval overdag te verminderen. Tuinders in het Westland testen het deze winter op grote schaal."), ("mosselen", "Mosselkweek in de Noordzee blijkt goed te combineren met windparken", "12 maart 2025", "Tussen de windturbines voor de kust van Zeeland groeiden mosselen even snel als in de Oosterschelde. Het onderzoek opent de weg naar meer voedselproductie op zee.")])
    + "</aside></div>\n"
    + '<footer><p>Wageningen University &amp; Research</p><a href="/nl/disclaimer.htm">Disclaimer</a> <a href="/nl/privacy.htm">Privacy</a> <a href="/nl/cookies.htm">Cookies</a></footer>\n</body>\n</html>\n',
)

# 7. A Polish news portal's explainer: a "Najważniejsze informacje" key-points box above
# the story (expected: the author's summary), a "Spis treści" table of contents of anchor
# links (not expected), <h2> sections with ids, a "Zobacz także" box, a correction note
# at the end ("Aktualizacja: ..."; expected), and a tag cloud.
t = "Nowy rozkład jazdy PKP Intercity. Co zmieni się od 9 marca?"
P = [
    "Najważniejsze informacje",
    "Od 9 marca PKP Intercity uruchomi 18 nowych połączeń.",
    "Wrócą bezpośrednie pociągi z Krakowa do Kołobrzegu.",
    "Na trasie Warszawa – Gdańsk część pociągów pojedzie o 10 minut szybciej.",
    "Od niedzieli 9 marca obowiązuje korekta rocznego rozkładu jazdy. PKP Intercity zapowiada 18 nowych połączeń i skrócenie czasu podróży na kilku najważniejszych trasach w kraju.",
    "Nowe połączenia",
    "Najwięcej zmian dotyczy Pomorza i Małopolski. Po dwóch latach przerwy wracają bezpośrednie pociągi z Krakowa do Kołobrzegu, a między Gdynią a Olsztynem pojadą dwie dodatkowe pary pociągów dziennie.",
    "Szybciej z Warszawy do Gdańska",
    "Dzięki zakończeniu prac na linii kolejowej nr 9 część pociągów Express InterCity Premium pokona trasę z Warszawy do Gdańska w 2 godziny i 29 minut. „To efekt wieloletnich inwestycji w infrastrukturę” – powiedział rzecznik spółki Maciej Dutkiewicz.",
    "Bilety na nowe pociągi są już dostępne w kasach, aplikacji i na stronie przewoźnika.",
    "Aktualizacja, 4 marca, godz. 16:10: W pierwotnej wersji tekstu podaliśmy, że nowe połączenia ruszą 2 marca. Prawidłowa data to 9 marca.",
]
page(
    "wiadomosci-dnia.pl.rozklad-pkp-intercity",
    dict(
        title=t,
        date="2025-03-04",
        language="pl",
        url="https://wiadomosci-dnia.pl/kraj/nowy-rozklad-jazdy-pkp-intercity-co-zmieni-sie-od-9-marca-7141223",
        people=["Maciej Dutkiewicz"],
        countries=["Poland"],
        note="Batch 6 (written before anything ran on it; fictional). Imitates a Polish news portal's explainer: a 'Najważniejsze informacje' key-points box (heading and three bullets, expected) above the text, a 'Spis treści' table of contents of anchor links (not expected), <h2> sections with ids, a 'Zobacz także' box, a correction note at the end ('Aktualizacja, ...', expected), a tag cloud, 'Udostępnij' bar. Date '04.03.2025, 14:05' in the byline and JSON-LD; the correction mentions other dates.",
    ),
    P,
    head(f"{t} - Wiadomości Dnia", ' lang="pl"')
    + og(t, "Wiadomości Dnia", "https://wiadomosci-dnia.pl/kraj/nowy-rozklad-jazdy-pkp-intercity-co-zmieni-sie-od-9-marca-7141223")
    + jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": t, "datePublished": "2025-03-04T14:05:00+01:00", "dateModified": "2025-03-04T16:10:00+01:00", "author": {"@type": "Person", "name": "Anna Zawadzka"}})
    + "</head>\n<body>\n"
    + '<header><a href="/">Wiadomości Dnia</a><nav><a href="/kraj">Kraj</a> <a href="/swiat">Świat</a> <a href="/biznes">Biznes</a> <a href="/sport">Sport</a> <a href="/pogoda">Pogoda</a></nav></header>\n'
    + '<main><article class="article"><div class="article__category"><a href="/kraj">Kraj</a></div><h1>' + h(t) + '</h1>\n'
    + '<div class="article__author"><span>Anna Zawadzka</span> <span class="article__date">04.03.2025, 14:05</span></div>\n'
    + '<div class="key-points"><h2 class="key-points__title">' + P[0] + '</h2><ul>' + "".join(f"<li>{h(x)}</li>" for x in P[1:4]) + "</ul></div>\n"
    + '<nav class="toc"><p class="toc__title">Spis treści</p><ol><li><a href="#nowe-polaczenia">Nowe połączenia</a></li><li><a href="#szybciej">Szybciej z Warszawy do Gdańska</a></li></ol></nav>\n'
    + '<div class="article__body">' + ps(P[4:5]) + f'\n<h2 id="nowe-polaczenia">{h(P[5])}</h2>\n' + ps(P[6:7]) + "\n"
    + '<div class="see-also"><p class="see-also__title">Zobacz także</p><a href="/kraj/strajk-maszynistow-7140112">Strajk maszynistów? Związkowcy dają czas do końca miesiąca</a></div>\n'
    + f'<h2 id="szybciej">{h(P[7])}</h2>\n' + ps(P[8:10]) + "\n"
    + '<p class="article__update"><em>' + h(P[10]) + "</em></p></div>\n"
    + '<div class="article__tags"><span>Tagi:</span> <a href="/tag/pkp-intercity">PKP Intercity</a> <a href="/tag/kolej">kolej</a> <a href="/tag/rozklad-jazdy">rozkład jazdy</a> <a href="/tag/pociagi">pociągi</a> <a href="/tag/transport">transport</a></div>\n'
    + '<div class="share"><span>Udostępnij</span> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Kopiuj link</a></div></article>\n'
    + '<section class="recommended"><h2>Polecane</h2><a href="/kraj/pogoda-weekend-7141100"><h3>Pogoda na weekend. Synoptycy ostrzegają przed przymrozkami</h3></a><a href="/biznes/ceny-paliw-7141090"><h3>Ceny paliw. Kierowcy zapłacą więcej</h3></a></section></main>\n'
    + '<footer><p>© 2025 Wiadomości Dnia</p><a href="/regulamin">Regulamin</a> <a href="/polityka-prywatnosci">Polityka prywatności</a></footer>\n</body>\n</html>\n',
)

# 8. A Turkish national daily's page: <title> ends with a generic suffix ("Son Dakika
# Haberleri") that is not the og:site_name, a YouTube embed between paragraphs, two
# "İLGİLİ HABER" boxes each with a headline and a one-sentence summary, a photo-gallery
# link card, "Güncelleme" beside the date, and a comment form.
t = "İstanbul'da metrobüs hattına 40 yeni elektrikli araç"
P = [
    "İstanbul Büyükşehir Belediyesi, metrobüs hattında kullanılmak üzere 40 yeni elektrikli otobüs satın aldı. Araçların mart ayı sonunda seferlere başlaması bekleniyor.",
    "İETT Genel Müdürü Mehmet Demirtaş, yeni araçların tek şarjla 300 kilometre yol gidebildiğini ve her birinin 180 yolcu taşıyabileceğini söyledi.",
    "Metrobüs hattında günde yaklaşık 1 milyon yolcu taşınıyor. Özellikle sabah ve akşam saatlerinde yaşanan yoğunluk nedeniyle yolcular uzun süredir daha sık sefer talep ediyordu.",
    "Demirtaş, \"Yeni araçlarla yoğun saatlerde sefer aralığını 20 saniyeye kadar düşüreceğiz\" dedi.",
    "Belediye, 2026 yılı sonuna kadar metrobüs filosunun üçte birini elektrikli araçlardan oluşturmayı hedefliyor. Araçlar Ankara'daki bir fabrikada üretildi.",
]
page(
    "gunes-gazetesi.com.tr.metrobus-elektrikli",
    dict(
        title=t,
        date="2025-02-19",
        language="tr",
        url="https://www.gunes-gazetesi.com.tr/gundem/istanbulda-metrobus-hattina-40-yeni-elektrikli-arac-7123456",
        people=["Mehmet Demirtaş"],
        countries=["Turkey"],
        note="Batch 6 (written before anything ran on it; fictional). Imitates a Turkish national daily: <title> 'headline - Son Dakika Haberleri' (the suffix is not og:site_name 'Güneş Gazetesi'), a YouTube iframe between paragraphs, two 'İLGİLİ HABER' boxes (headline and one-sentence summary each, not expected), a 'FOTO GALERİ' link card, date '19.02.2025 - 09:14' with 'Güncelleme: 19.02.2025 - 10:02', 'Google News'ta takip et' prompt, comment form.",
    ),
    P,
    head(f"{t} - Son Dakika Haberleri", ' lang="tr"')
    + og(t, "Güneş Gazetesi", "https://www.gunes-gazetesi.com.tr/gundem/istanbulda-metrobus-hattina-40-yeni-elektrikli-arac-7123456")
    + "</head>\n<body>\n"
    + '<header><a href="/">GÜNEŞ</a><nav><a href="/gundem">Gündem</a> <a href="/ekonomi">Ekonomi</a> <a href="/dunya">Dünya</a> <a href="/spor">Spor</a> <a href="/yasam">Yaşam</a> <a href="/foto-galeri">Foto Galeri</a></nav></header>\n'
    + '<div class="container"><div class="news-detail"><h1 class="news-title">' + h(t) + '</h1>\n<h2 class="news-spot">' + h(P[0]) + '</h2>\n'
    + '<div class="news-date"><span>Giriş: 19.02.2025 - 09:14</span> <span>Güncelleme: 19.02.2025 - 10:02</span></div>\n'
    + '<div class="follow"><a href="https://news.google.com/publications/xyz">Google News\'ta takip et</a></div>\n'
    + '<div class="news-content">\n' + ps(P[1:2]) + "\n"
    + '<div class="related-news"><span class="label">İLGİLİ HABER</span><a href="/gundem/marmaray-sefer-7123001"><strong>Marmaray\'da sefer sayısı artırıldı</strong><p>Yoğun saatlerde Marmaray seferleri 4 dakikada bir yapılacak ve gece seferleri hafta sonu da sürecek.</p></a></div>\n'
    + ps(P[2:3]) + "\n"
    + '<div class="video-embed"><iframe width="640" height="360" src="https://www.youtube.com/embed/aB3dE5fG7h" title="Yeni elektrikli metrobüsler test sürüşünde" frameborder="0" allowfullscreen></iframe></div>\n'
    + ps(P[3:4]) + "\n"
    + '<div class="related-news"><span class="label">İLGİLİ HABER</span><a href="/gundem/istanbul-trafik-7122890"><strong>İstanbul trafiğinde yeni dönem</strong><p>Kent genelinde 200 kavşakta akıllı sinyalizasyon sistemine geçiliyor.</p></a></div>\n'
    + ps(P[4:]) + "\n</div>\n"
    + '<div class="gallery-card"><a href="/foto-galeri/elektrikli-metrobus-7123457"><span>FOTO GALERİ</span> Yeni elektrikli metrobüslerin ilk görüntüleri</a></div>\n'
    + '<div class="tags"><a href="/etiket/metrobus">metrobüs</a> <a href="/etiket/iett">İETT</a> <a href="/etiket/istanbul">İstanbul</a></div>\n'
    + '<div class="comments"><h3>Yorumlar</h3><p>Yorum yapabilmek için giriş yapmalısınız.</p><form><textarea placeholder="Yorumunuzu yazın"></textarea><button>Gönder</button></form></div></div>\n'
    + '<aside class="sidebar"><h3>Çok Okunanlar</h3><ul><li><a href="/spor/derbi-7123300">Derbide kazanan çıkmadı</a></li><li><a href="/ekonomi/altin-7123280">Gram altın rekor kırdı</a></li><li><a href="/yasam/kar-7123270">İstanbul\'a kar geliyor mu?</a></li></ul></aside></div>\n'
    + '<footer><p>© 2025 Güneş Gazetesi. Tüm hakları saklıdır.</p><a href="/kunye">Künye</a> <a href="/gizlilik">Gizlilik</a> <a href="/kvkk">KVKK</a></footer>\n</body>\n</html>\n',
)

# 9. A Russian city news site: photo credits under each image ("Фото: пресс-служба
# ..."), a "Читайте также" line, a "Подписывайтесь на наш канал в Telegram" prompt,
# "Нашли опечатку? Выделите текст и нажмите Ctrl+Enter", and a thread of long reader
# comments in <div>s below the story.
t = "В Казани откроют вторую линию метро к 2028 году"
P = [
    "Строительство второй линии казанского метро планируют завершить к концу 2028 года. Об этом сообщил мэр Казани Ильсур Метшин на встрече с жителями Советского района.",
    "Первый участок новой линии пройдёт от станции «Дубравная» до Южного промышленного района и получит шесть станций. Его длина составит около 9 километров.",
    "Станция «Дубравная» станет пересадочной между двумя линиями.",
    "По словам мэра, стоимость первого участка оценивается в 72 миллиарда рублей. Большую часть средств выделит федеральный бюджет.",
    "«Мы понимаем, что жители ждут метро уже больше десяти лет. Теперь у проекта есть финансирование, и подрядчик уже вышел на площадку», — сказал Метшин.",
    "Сейчас в Казани работает одна линия метро из 11 станций. В 2024 году ею воспользовались более 35 миллионов пассажиров.",
]
page(
    "kazan-gorod.ru.metro-vtoraya-liniya",
    dict(
        title=t,
        date="2025-01-28",
        language="ru",
        url="https://kazan-gorod.ru/news/transport/2025-01-28/v-kazani-otkroyut-vtoruyu-liniyu-metro-k-2028-godu-3412877",
        people=["Ильсур Метшин"],
        countries=["Russia"],
        note="Batch 6 (written before anything ran on it; fictional). Imitates a Russian city news site: a figure inside the story with caption (expected) and 'Фото: пресс-служба мэрии Казани' credit in its own span, a 'Читайте также:' link paragraph, a Telegram subscription prompt, the typo prompt 'Нашли опечатку? ...', a reader comment thread of long comments in <div>s, 'Самое читаемое'. Date in the URL path and '28 января 2025, 11:40'.",
    ),
    P,
    head(f"{t} - 28 января 2025 - Казань-город", ' lang="ru"')
    + og(t, "Казань-город", "https://kazan-gorod.ru/news/transport/2025-01-28/v-kazani-otkroyut-vtoruyu-liniyu-metro-k-2028-godu-3412877")
    + "</head>\n<body>\n"
    + '<header><a href="/">Казань-город</a><nav><a href="/news">Новости</a> <a href="/news/transport">Транспорт</a> <a href="/news/city">Город</a> <a href="/afisha">Афиша</a> <a href="/weather">Погода</a></nav></header>\n'
    + '<div class="layout"><div class="article"><h1 itemprop="headline">' + h(t) + '</h1>\n'
    + '<div class="article-info"><time>28 января 2025, 11:40</time> <span class="views">3 241</span> <span class="comments-count">12</span></div>\n'
    + '<div class="article-text" itemprop="articleBody">\n' + ps(P[:2]) + "\n"
    + '<figure class="article-photo"><img src="/upload/2025/01/28/dubravnaya.jpg" alt=""><figcaption><span class="caption">' + h(P[2]) + '</span> <span class="author">Фото: пресс-служба мэрии Казани</span></figcaption></figure>\n'
    + ps(P[3:4]) + "\n"
    + '<p><b>Читайте также:</b> <a href="/news/transport/2025-01-20/tramvai-3410001">Новые трамваи выйдут на маршрут №5 в феврале</a></p>\n'
    + ps(P[4:]) + "\n</div>\n"
    + '<div class="tg-promo"><a href="https://t.me/kazangorod">Подписывайтесь на наш канал в Telegram, чтобы первыми узнавать главные новости Казани</a></div>\n'
    + '<p class="typo-note">Нашли опечатку? Выделите текст и нажмите Ctrl+Enter</p>\n'
    + '<div class="comments"><div class="comments-title">Комментарии (12)</div>'
    + "".join(f'<div class="comment"><div class="comment-head"><span class="comment-name">{a}</span> <span class="comment-date">{d}</span></div><div class="comment-text">{c}</div><div class="comment-actions"><a href="#">Ответить</a></div></div>' for a, d, c in [("Гость", "28 января 2025, 12:05", "Вторую линию обещают с 2013 года, сначала к Универсиаде, потом к чемпионату мира по футболу. Каждый раз переносят сроки, а цена только растёт. Не верю, что в 2028 году что-то откроют, хорошо если начнут хотя бы копать."), ("Рустем", "28 января 2025, 12:31", "Живу на Азино, каждый день по часу стою в пробке на проспекте Победы. Если метро дойдёт до нас, это решит половину проблем района, но пока в планах только южное направление, а нам опять ждать."), ("Алина К.", "28 января 2025, 13:17", "Лучше бы пустили больше автобусов и сделали выделенные полосы, это дешевле и быстрее, чем десять лет строить шесть станций.")])
    + "</div></div>\n"
    + '<aside><div class="popular"><h3>Самое читаемое</h3><ul><li><a href="/news/city/sneg">Снегопад парализовал движение на трассе М-7</a></li><li><a href="/news/city/ceny">Цены на проезд вырастут с 1 марта</a></li></ul></div></aside></div>\n'
    + '<footer><p>© 2025 Казань-город. 18+</p><p>Сетевое издание зарегистрировано Роскомнадзором.</p></footer>\n</body>\n</html>\n',
)

# 10. An Indonesian ministry press release: "Siaran Pers No. ..." reference line above
# the headline, the release text, a "Tentang Kementerian" boilerplate box, an
# "Informasi lebih lanjut" contact block, a print/PDF bar, and a sidebar of "Berita
# Terkait" with summaries.
t = "Pemerintah Tambah 12 Rute Kapal Perintis di Wilayah Timur Indonesia"
P = [
    "Kementerian Perhubungan menambah 12 rute kapal perintis pada tahun 2025 untuk menghubungkan pulau-pulau kecil di wilayah timur Indonesia. Dengan tambahan ini, jumlah rute kapal perintis menjadi 128 rute.",
    "Direktur Jenderal Perhubungan Laut, Antoni Arif Priadi, mengatakan penambahan rute difokuskan di Provinsi Maluku, Maluku Utara, dan Papua Barat Daya, yang masih memiliki banyak pulau tanpa layanan kapal reguler.",
    "\"Kapal perintis adalah wujud kehadiran negara di pulau-pulau terluar. Tanpa kapal ini, harga bahan pokok di sana bisa dua kali lipat,\" ujar Antoni di Jakarta, Senin (20/1).",
    "Tarif kapal perintis tetap disubsidi pemerintah sehingga masyarakat hanya membayar mulai Rp 15.000 per orang. Tahun ini anggaran subsidi mencapai Rp 1,2 triliun.",
    "Kementerian juga akan memasang alat pelacak di seluruh kapal perintis agar jadwal keberangkatan dan posisi kapal dapat dipantau masyarakat melalui aplikasi.",
]
page(
    "dephub.go.id.kapal-perintis",
    dict(
        title=t,
        date="2025-01-20",
        language="id",
        url="https://dephub.go.id/post/read/pemerintah-tambah-12-rute-kapal-perintis-di-wilayah-timur-indonesia",
        people=["Antoni Arif Priadi"],
        countries=["Indonesia"],
        note="Batch 6 (written before anything ran on it; fictional). Imitates an Indonesian ministry press release: the reference 'SIARAN PERS No. 14/SP/I/BKIP/2025' above the headline (not expected), date 'Senin, 20 Januari 2025' in a meta row, the release text, a 'Tentang Kementerian Perhubungan' boilerplate box and an 'Informasi lebih lanjut' contact block (not expected), 'Cetak'/'Unduh PDF' bar, a 'Berita Terkait' sidebar with one-sentence summaries. <title> 'Kementerian Perhubungan Republik Indonesia | headline' (site first).",
    ),
    P,
    head(f"Kementerian Perhubungan Republik Indonesia | {t}", ' lang="id"')
    + '<meta property="og:title" content="' + h(t) + '">\n<link rel="canonical" href="https://dephub.go.id/post/read/pemerintah-tambah-12-rute-kapal-perintis-di-wilayah-timur-indonesia">\n'
    + "</head>\n<body>\n"
    + '<div class="topbar"><a href="/">Beranda</a> <a href="/ppid">PPID</a> <a href="/pengaduan">Pengaduan</a> <a href="/en">EN</a></div>\n'
    + '<header><a href="/" class="logo">Kementerian Perhubungan Republik Indonesia</a><nav><a href="/profil">Profil</a> <a href="/berita">Berita</a> <a href="/siaran-pers">Siaran Pers</a> <a href="/regulasi">Regulasi</a> <a href="/layanan">Layanan</a></nav></header>\n'
    + '<div class="container"><div class="row"><div class="col-md-8"><div class="post-detail"><p class="post-ref">SIARAN PERS No. 14/SP/I/BKIP/2025</p><h1 class="post-title">' + h(t) + '</h1>\n'
    + '<div class="post-meta"><span><i class="fa fa-calendar"></i> Senin, 20 Januari 2025</span> <span><i class="fa fa-eye"></i> 1.284 kali dilihat</span></div>\n'
    + '<div class="post-content">' + ps(P) + "</div>\n"
    + '<div class="boilerplate"><h4>Tentang Kementerian Perhubungan</h4><p>Kementerian Perhubungan Republik Indonesia adalah kementerian yang membidangi urusan transportasi darat, laut, udara, dan perkeretaapian. Kementerian berkomitmen mewujudkan transportasi yang andal, berdaya saing, dan memberikan nilai tambah bagi masyarakat.</p></div>\n'
    + '<div class="contact"><h4>Informasi lebih lanjut</h4><p>Kepala Biro Komunikasi dan Informasi Publik<br>Telp./Faks: (021) 3811308<br>Email: humas@dephub.go.id</p></div>\n'
    + '<div class="post-actions"><a href="#" onclick="window.print()">Cetak</a> <a href="/post/pdf/8812">Unduh PDF</a> <a href="#">Bagikan</a></div></div></div>\n'
    + '<div class="col-md-4 sidebar"><h3>Berita Terkait</h3>'
    + "".join(f'<div class="related"><a href="/post/read/{u}"><h5>{a}</h5></a><p>{b}</p></div>' for u, a, b in [("mudik-gratis", "Kemenhub Buka Pendaftaran Mudik Gratis Lebaran 2025", "Pendaftaran dibuka mulai 1 Februari untuk 100.000 kursi bus, kapal, dan kereta api di seluruh Indonesia."), ("pelabuhan-patimban", "Pelabuhan Patimban Mulai Layani Ekspor Mobil ke Australia", "Sebanyak 2.000 unit kendaraan diberangkatkan dalam pengapalan perdana pekan lalu.")])
    + "</div></div></div>\n"
    + '<footer><p>Hak Cipta © 2025 Kementerian Perhubungan Republik Indonesia</p><p>Jl. Medan Merdeka Barat No. 8, Jakarta Pusat 10110</p></footer>\n</body>\n</html>\n',
)

# 11. A Japanese IT news magazine's two-page article, page 1: the date line "2025年02月
# 05日 10時00分 公開", author line, the lead in a <p class="lead">, subheadings, an inline
# "関連記事" box, a pagination row "1|2 次のページへ", "Copyright © ITmedia ..." style
# line, and a ranking sidebar.
t = "国内初、水素で走る鉄道車両が営業運転へ　JR東日本が2030年に"
P = [
    "JR東日本は2月4日、水素を燃料とする燃料電池を使った鉄道車両を2030年度に営業運転させると発表した。国内の鉄道で水素車両が営業運転するのは初めてとなる。",
    "導入するのは、試験車両「HYBARI」をもとに開発する2両編成の車両。まず南武線の尻手駅と浜川崎駅を結ぶ支線で運行し、その後、鶴見線にも広げる計画だ。",
    "1回の充填で140キロ走行",
    "新しい車両は、1回の水素充填で最大140キロを走ることができる。最高速度は時速100キロで、現在のディーゼル車両と同じ水準という。",
    "同社の松田誠一常務は「非電化区間が多い地方路線での活用も見込んでいる」と話す。水素の供給には、川崎市内に建設する専用の充填設備を使う。",
]
page(
    "itmedia-news.jp.suiso-ressha",
    dict(
        title=t,
        date="2025-02-05",
        language="ja",
        url="https://www.itmedia-news.jp/news/articles/2502/05/news087.html",
        people=["松田誠一"],
        countries=["Japan"],
        note="Batch 6 (written before anything ran on it; fictional). Imitates a Japanese IT news magazine's two-page article (page 1; expected is what it shows): date '2025年02月05日 10時00分 公開', author '[山田太郎，ITmedia]' line, a lead paragraph, <h3> subheadings, an inline '関連記事' box of links, pagination '1|2 次のページへ', copyright line, ranking sidebar. <title> 'headline - ITmedia NEWS'; og:site_name 'ITmedia NEWS'.",
    ),
    P,
    head(f"{t} - ITmedia NEWS", ' lang="ja"')
    + og(t, "ITmedia NEWS", "https://www.itmedia-news.jp/news/articles/2502/05/news087.html")
    + "</head>\n<body>\n"
    + '<div id="masthead"><a href="/">ITmedia NEWS</a><ul class="gnav"><li><a href="/news/subtop/aiplus/">AI+</a></li><li><a href="/news/subtop/security/">セキュリティ</a></li><li><a href="/news/subtop/technology/">テクノロジー</a></li><li><a href="/news/subtop/business/">ビジネス</a></li></ul></div>\n'
    + '<div id="cmsWrap"><div id="cmsTitle"><h1 class="title">' + h(t) + '</h1></div>\n'
    + '<div id="cmsDate"><div class="arrow">2025年02月05日 10時00分 公開</div></div>\n<div id="byline"><p>[山田太郎，ITmedia]</p></div>\n'
    + '<div id="cmsBody"><div class="inner">\n<p class="lead">' + h(P[0]) + '</p>\n' + ps(P[1:2]) + "\n"
    + '<div class="cmsBodyRelated"><h4>関連記事</h4><ul><li><a href="/news/articles/2411/20/news101.html">JR東日本、水素ハイブリッド電車の試験走行を公開</a></li><li><a href="/news/articles/2409/10/news055.html">トヨタと川崎重工、水素サプライチェーンで提携</a></li></ul></div>\n'
    + f"<h3>{h(P[2])}</h3>\n" + ps(P[3:]) + "\n"
    + '<div class="ctrl"><span class="current">1</span>|<a href="/news/articles/2502/05/news087_2.html">2</a> <a href="/news/articles/2502/05/news087_2.html" class="next">次のページへ</a></div>\n'
    + '</div></div>\n<div class="snsbar"><a href="#">ポスト</a> <a href="#">シェア</a> <a href="#">はてブ</a> <a href="#">note</a></div>\n'
    + '<p class="copyright">Copyright © ITmedia, Inc. All Rights Reserved.</p></div>\n'
    + '<div id="ranking"><h2>アクセスランキング</h2><ol><li><a href="/news/articles/2502/04/news120.html">「Windows 10」サポート終了まで8カ月</a></li><li><a href="/news/articles/2502/04/news099.html">生成AIで社内文書を検索、導入企業が急増</a></li></ol></div>\n'
    + '<footer><a href="/info/">会社概要</a> <a href="/privacy/">プライバシーポリシー</a></footer>\n</body>\n</html>\n',
)

# 12. A Taiwanese news portal (traditional Chinese): the story in <div class="story">
# with a photo caption paragraph "▲...（圖／...提供）", a "▼" image caption, an app
# promotion line in 【】 brackets, "延伸閱讀" links, "關鍵字" tags, and a "讀者迴響"
# comment area; title "headline | 生活 | 台灣今日新聞網".
t = "台鐵新自強號明年全面上線　花東線車程縮短20分鐘"
P = [
    "國營台灣鐵路公司今（6）日宣布，新一代城際列車將在明年底前全數交車，屆時花東線的自強號將全部換成新車，台北到台東最快可縮短約20分鐘。",
    "台鐵指出，新車共有600輛，目前已有420輛投入營運。新車採用車廂傾斜技術，在彎道較多的路段可以維持較高的速度。",
    "▲新自強號在花蓮站進行測試。",
    "台鐵董事長杜微表示，花東地區的民眾長期面臨一票難求的問題，新車到位後每天將增加8個班次，座位數也會比現在多出三成。",
    "此外，台鐵也計畫在2026年推出新的訂票系統，旅客可以在手機上直接選位，並提供候補購票的服務。",
]
page(
    "twtoday.com.tw.xin-ziqiang",
    dict(
        title=t,
        date="2025-03-06",
        language="zh",
        url="https://www.twtoday.com.tw/news/20250306/2941187.htm",
        people=["杜微"],
        countries=["Taiwan"],
        note="Batch 6 (written before anything ran on it; fictional). Imitates a Taiwanese news portal (traditional Chinese): the story as <p>s inside <div class=story>, an image with the caption as a '▲' paragraph with '（圖／台鐵公司提供）' credit (caption expected without the credit), an app promotion line '【...】' (not expected), '延伸閱讀' links, '關鍵字' tags, '讀者迴響'; date '2025年03月06日 14:22' and in the URL; <title> 'headline | 生活 | 台灣今日新聞網'.",
    ),
    P,
    head(f"{t} | 生活 | 台灣今日新聞網", ' lang="zh-Hant-TW"')
    + og(t, "台灣今日新聞網", "https://www.twtoday.com.tw/news/20250306/2941187.htm")
    + "</head>\n<body>\n"
    + '<header><a href="/">台灣今日新聞網</a><nav><a href="/news/hot">熱門</a> <a href="/news/politics">政治</a> <a href="/news/life">生活</a> <a href="/news/world">國際</a> <a href="/news/sport">體育</a></nav></header>\n'
    + '<div class="container"><div class="subject_article"><header><h1 class="title">' + h(t) + '</h1><time class="date">2025年03月06日 14:22</time><div class="author">記者林怡君／台北報導</div></header>\n'
    + '<div class="story">\n' + ps(P[:2]) + "\n"
    + '<p><img src="https://cdn.twtoday.com.tw/2025/03/06/train.jpg" alt=""></p>\n<p><strong>' + h(P[2]) + '（圖／台鐵公司提供）</strong></p>\n'
    + ps(P[3:]) + "\n"
    + '<p><strong>【不用抽 不用搶 現在用APP看新聞 保證天天中獎】</strong></p>\n'
    + '<p class="ext">延伸閱讀：<a href="/news/20250301/2938001.htm">高鐵春假加開班次</a>、<a href="/news/20250228/2937000.htm">台北捷運環狀線北段動工</a></p>\n</div>\n'
    + '<div class="tag"><span>關鍵字：</span><a href="/tag/台鐵">台鐵</a> <a href="/tag/自強號">自強號</a> <a href="/tag/花東">花東</a></div>\n'
    + '<div class="fb-comments"><h3>讀者迴響</h3></div></div>\n'
    + '<aside><h3>熱門新聞</h3><ul><li><a href="/news/20250306/2941100.htm">寒流來襲　北部低溫探10度</a></li><li><a href="/news/20250306/2941050.htm">油價下週可望調降</a></li></ul></aside></div>\n'
    + '<footer><p>台灣今日新聞網 版權所有 © 2025</p></footer>\n</body>\n</html>\n',
)

# 13. An Arabic pan-regional channel's site: the story in <div class="wysiwyg">, an
# embedded video with a title bar, an "اقرأ أيضا" box, and after the story an author box
# with a photo, a two-sentence bio and links to the author's other stories.
t = "السعودية تبدأ تشغيل أول قطار كهربائي بين الرياض والدمام"
P = [
    "بدأت الخطوط الحديدية السعودية اليوم الأحد تشغيل أول قطار كهربائي على خط الرياض الدمام، في خطوة تهدف إلى خفض زمن الرحلة وتقليل الانبعاثات.",
    "وقال الرئيس التنفيذي للشركة بشار المالك إن القطار الجديد يقطع المسافة بين المدينتين في ثلاث ساعات تقريبا، بدلا من أربع ساعات ونصف الساعة حاليا.",
    "وأضاف أن الشركة ستشغل ست رحلات يومية في كل اتجاه خلال الأشهر الأولى، على أن يرتفع العدد إلى عشر رحلات بنهاية العام.",
    "ويبلغ طول الخط نحو 450 كيلومترا، وقد جرى تحديثه خلال السنوات الثلاث الماضية بتكلفة تجاوزت ثمانية مليارات ريال.",
    "ويأتي المشروع ضمن خطط المملكة لتوسيع شبكة السكك الحديدية وربطها بدول الخليج، ومنها الربط المزمع مع الإمارات وقطر.",
]
page(
    "alqanat-news.net.qitar-kahrabai",
    dict(
        title=t,
        date="2025-04-06",
        language="ar",
        url="https://www.alqanat-news.net/economy/2025/4/6/السعودية-تبدأ-تشغيل-أول-قطار-كهربائي",
        people=["بشار المالك"],
        countries=["Saudi Arabia", "United Arab Emirates", "Qatar"],
        note="Batch 6 (written before anything ran on it; fictional). Imitates an Arabic pan-regional channel's site: the story in <div class=wysiwyg>, an embedded video with its title bar and duration, an 'اقرأ أيضا' box of links, and after the story an author box (name, photo, a two-sentence bio in a <p>, 'المزيد من الكاتب'; not expected), tags, 'الأكثر قراءة'. Date '6/4/2025' in the article header and in the URL; <title> 'headline | القناة نت'.",
    ),
    P,
    head(f"{t} | القناة نت", ' lang="ar" dir="rtl"')
    + og(t, "القناة نت", "https://www.alqanat-news.net/economy/2025/4/6/السعودية-تبدأ-تشغيل-أول-قطار-كهربائي")
    + "</head>\n<body>\n"
    + '<header><a href="/">القناة نت</a><nav><a href="/news">أخبار</a> <a href="/politics">سياسة</a> <a href="/economy">اقتصاد</a> <a href="/sport">رياضة</a> <a href="/live">البث المباشر</a></nav></header>\n'
    + '<main><div class="article-header"><div class="topics"><a href="/economy">اقتصاد</a></div><h1>' + h(t) + '</h1><div class="date-simple"><span>نشر في</span> <span>6/4/2025</span></div></div>\n'
    + '<div class="article-video"><div class="video-title">شاهد: أول رحلة للقطار الكهربائي السعودي</div><div class="video-duration">1:42</div><button>تشغيل الفيديو</button></div>\n'
    + '<div class="wysiwyg wysiwyg--all-content">' + ps(P[:3]) + "\n"
    + '<div class="more-on"><h2>اقرأ أيضا</h2><ul><li><a href="/economy/2025/3/30/مترو-الرياض">مترو الرياض ينقل مليون راكب في شهره الأول</a></li><li><a href="/economy/2025/3/20/قطار-الحرمين">قطار الحرمين يزيد رحلاته في رمضان</a></li></ul></div>\n'
    + ps(P[3:]) + "</div>\n"
    + '<div class="author-card"><img src="/images/authors/salem.jpg" alt=""><div class="author-card__body"><h3 class="author-card__name"><a href="/author/salem-alharbi">سالم الحربي</a></h3><p class="author-card__bio">صحفي متخصص في شؤون الاقتصاد والطاقة في منطقة الخليج، عمل مراسلا في الرياض ودبي لأكثر من عشر سنوات. يغطي قطاعات النقل والنفط والاستثمار.</p><a href="/author/salem-alharbi">المزيد من الكاتب</a></div></div>\n'
    + '<div class="tags"><a href="/tag/السعودية">السعودية</a> <a href="/tag/قطارات">قطارات</a></div>\n'
    + '<aside class="most-read"><h2>الأكثر قراءة</h2><ol><li><a href="/news/1">قمة خليجية طارئة الأسبوع المقبل</a></li><li><a href="/news/2">أسعار النفط ترتفع بعد قرار أوبك</a></li></ol></aside></main>\n'
    + '<footer><p>© 2025 القناة نت</p></footer>\n</body>\n</html>\n',
)

# 14. A Korean portal's news viewer (Naver-like): the story is <br>-separated text in
# <article id="dic_area">, a photo caption in <em class="img_desc">, the reporter's
# sign-off with e-mail, the press's copyright line, reaction buttons with counts, and
# "언론사 주요뉴스" below.
t = "서울 지하철 9호선 4단계 연장 구간 내년 착공"
P = [
    "서울 지하철 9호선 4단계 연장 사업이 내년 상반기 착공에 들어간다.",
    "서울시는 강동구 고덕동에서 샘터공원까지 4.1㎞ 구간에 정거장 4곳을 새로 만드는 9호선 4단계 연장 사업의 실시설계를 마쳤다고 11일 밝혔다.",
    "9호선 4단계 연장 구간 노선도. 서울시 제공",
    "총사업비는 약 6600억원으로, 개통은 2031년이 목표다. 연장 구간이 개통되면 고덕동에서 강남까지 이동 시간이 20분가량 줄어들 것으로 시는 내다봤다.",
    "김승원 서울시 도시교통실장은 \"강동 지역 주민들의 교통 불편을 덜기 위해 공사 기간을 최대한 단축하겠다\"고 말했다.",
]
page(
    "news.hanbit-ilbo.kr.line9-extension",
    dict(
        title=t,
        date="2025-02-11",
        language="ko",
        url="https://n.hanbit-ilbo.kr/article/025/0003412345",
        people=["김승원"],
        countries=["South Korea"],
        note="Batch 6 (written before anything ran on it; fictional). Imitates a Korean portal's news viewer: <br>-separated text in <article id=dic_area>, a photo whose caption (expected, the source credit is part of the caption line as Korean pages print it) is in <em class=img_desc>, a reporter sign-off '이지현 기자 jh@hanbit.co.kr' (not expected), '<저작권자 ⓒ 한빛일보, 무단 전재 및 재배포 금지>', reaction buttons with counts ('좋아요 12 훈훈해요 3 ...'), '언론사 주요뉴스'. Date '입력 2025.02.11. 오전 10:12' in a data attribute and text.",
    ),
    P,
    head(f"{t} : 한빛뉴스", ' lang="ko"')
    + og(t, "한빛뉴스", "https://n.hanbit-ilbo.kr/article/025/0003412345")
    + "</head>\n<body>\n"
    + '<div id="header"><a href="/">한빛뉴스</a><ul class="Nlnb"><li><a href="/section/100">정치</a></li><li><a href="/section/101">경제</a></li><li><a href="/section/102">사회</a></li><li><a href="/section/103">생활/문화</a></li><li><a href="/section/104">IT/과학</a></li></ul></div>\n'
    + '<div id="ct"><div class="media_end_head"><div class="media_end_head_top"><a href="/press/025">한빛일보</a></div><h2 id="title_area" class="media_end_head_headline"><span>' + h(t) + '</span></h2>\n'
    + '<div class="media_end_head_info"><span class="byline_s">이지현 기자</span> <span class="media_end_head_info_datestamp_time" data-date-time="2025-02-11 10:12:05">입력 2025.02.11. 오전 10:12</span> <a href="#">댓글</a> <a href="#">본문 요약봇</a> <a href="#">텍스트 음성 변환 서비스 사용하기</a> <a href="#">글자 크기 변경하기</a> <a href="#">SNS 보내기</a></div></div>\n'
    + '<div id="newsct_article"><article id="dic_area" class="go_trans _article_content">' + h(P[0]) + "<br><br>" + h(P[1]) + '<br><br><span class="end_photo_org"><img src="https://imgnews.hanbit-ilbo.kr/025/2025/02/11/line9.jpg" alt=""><em class="img_desc">' + h(P[2]) + "</em></span><br><br>" + h(P[3]) + "<br><br>" + h(P[4]) + '<br><br>이지현 기자 jh@hanbit.co.kr</article>\n'
    + '<p class="source">&lt;저작권자 ⓒ 한빛일보, 무단 전재 및 재배포 금지&gt;</p></div>\n'
    + '<div class="media_end_linked"><div class="reaction"><a href="#">좋아요 <span>12</span></a> <a href="#">훈훈해요 <span>3</span></a> <a href="#">슬퍼요 <span>0</span></a> <a href="#">화나요 <span>2</span></a> <a href="#">후속기사 원해요 <span>5</span></a></div></div>\n'
    + '<div class="press_news"><h4>한빛일보 주요뉴스</h4><ul><li><a href="/article/025/1">한파 특보 확대… 서울 체감 영하 15도</a></li><li><a href="/article/025/2">수도권 집값 3주 연속 상승</a></li><li><a href="/article/025/3">반도체 수출 두 달째 증가</a></li></ul></div></div>\n'
    + '<div id="footer"><p>Copyright ⓒ HANBIT Corp. All Rights Reserved.</p></div>\n</body>\n</html>\n',
)

# 15. A GOV.UK press release: "From:" organisation line, "Published 14 January 2025",
# a summary paragraph (govuk-body-l), a "Contents"-free body with <h2>s, a "Notes to
# editors" section (part of the release), "Share this page" links, a "Related content"
# list, "Explore the topic", a feedback widget ("Is this page useful?") and a long footer.
t = "New funding to reopen 12 railway stations in the north of England"
P = [
    "Twelve railway stations closed in the 1960s will reopen under a £220 million programme, helping more than 300,000 people reach jobs and services.",
    "Twelve railway stations in the north of England are set to reopen by 2030, the Transport Secretary announced today, with £220 million of new funding from the Restoring Your Railway programme.",
    "The stations, in Lancashire, Yorkshire, Cumbria and the North East, were closed during the cuts of the 1960s. Most sit on lines that are still used by passenger trains, so trains can stop there again once platforms, footbridges and car parks are rebuilt.",
    "Transport Secretary Heidi Alexander said:",
    "Reopening these stations will put towns that lost their railway 60 years ago back on the map, and give people a quick and reliable way to get to work, college and hospital appointments.",
    "Local partners",
    "Each station has been proposed by local councils and MPs, who will now work with Network Rail to finalise designs. The first, at Haxby near York, is expected to open in 2027.",
    "Notes to editors",
    "The 12 stations are: Haxby, Ferryhill, Gilberdyke Junction, Hazel Grove North, Kirkby Stephen East, Leamside, Middlewich, Ollerton, Silverdale Road, Skelmanthorpe, Thornaby North and Wyke.",
    "Funding comes from the Restoring Your Railway fund announced in 2020. Business cases for each station will be published in the spring.",
]
B = [
    "programme to bring back stations closed in the 1960s",
    "more than 300,000 people will live within walking distance of a reopened station",
]
page(
    "gov.uk.reopen-railway-stations",
    dict(
        title=t,
        date="2025-01-14",
        language="en",
        url="https://www.gov.uk/government/news/new-funding-to-reopen-12-railway-stations-in-the-north-of-england",
        people=["Heidi Alexander"],
        countries=["United Kingdom"],
        note="Batch 6 (written before anything ran on it; fictional). Imitates a GOV.UK press release: cookie banner (prose and buttons) first in the DOM, skip link, crown header, breadcrumbs, 'Press release' label, the summary in <p class=gem-c-lead-paragraph> (expected), 'From: Department for Transport and Heidi Alexander MP' and 'Published 14 January 2025', the body in <div class=govspeak> opening with two bullets (expected), a quote in a blockquote and 'Notes to editors' (expected), 'Share this page', 'Related content', 'Explore the topic', the 'Is this page useful?' feedback widget and a long footer. <title> 'headline - GOV.UK'.",
    ),
    P[:1] + B + P[1:],
    head(f"{t} - GOV.UK", ' lang="en" class="govuk-template"')
    + og(t, "GOV.UK", "https://www.gov.uk/government/news/new-funding-to-reopen-12-railway-stations-in-the-north-of-england", P[0])
    + '<meta name="govuk:first-published-at" content="2025-01-14T00:01:00+00:00">\n'
    + "</head>\n<body class=\"govuk-template__body\">\n"
    + '<div id="global-cookie-message" class="gem-c-cookie-banner govuk-clearfix" role="region" aria-label="Cookies on GOV.UK"><div class="govuk-cookie-banner__message govuk-width-container"><h2 class="govuk-cookie-banner__heading govuk-heading-m">Cookies on GOV.UK</h2><div class="govuk-cookie-banner__content"><p class="govuk-body">We use some essential cookies to make this website work.</p><p class="govuk-body">We’d like to set additional cookies to understand how you use GOV.UK, remember your settings and improve government services.</p><p class="govuk-body">We also use cookies set by other sites to help us deliver content from their services.</p></div><div class="govuk-button-group"><button class="govuk-button">Accept additional cookies</button><button class="govuk-button">Reject additional cookies</button><a class="govuk-link" href="/help/cookies">View cookies</a></div></div></div>\n'
    + '<a href="#content" class="govuk-skip-link">Skip to main content</a>\n'
    + '<header class="gem-c-layout-super-navigation-header"><a href="/" class="govuk-header__link--homepage">GOV.UK</a><nav><button>Menu</button> <button>Search GOV.UK</button></nav></header>\n'
    + '<div class="govuk-width-container"><div class="gem-c-contextual-breadcrumbs"><nav class="govuk-breadcrumbs" aria-label="Breadcrumb"><ol class="govuk-breadcrumbs__list"><li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/">Home</a></li><li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/transport">Transport</a></li><li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/transport/rail">Rail</a></li></ol></nav></div>\n'
    + '<main role="main" id="content" class="govuk-main-wrapper" lang="en"><div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds"><div class="gem-c-title"><span class="govuk-caption-xl gem-c-title__context">Press release</span><h1 class="gem-c-title__text govuk-heading-l">' + h(t) + '</h1></div>\n'
    + '<p class="gem-c-lead-paragraph">' + h(P[0]) + '</p></div></div>\n'
    + '<div class="gem-c-metadata" data-module="metadata"><dl><dt class="gem-c-metadata__term">From:</dt><dd class="gem-c-metadata__definition"><a href="/government/organisations/department-for-transport" class="govuk-link">Department for Transport</a> and <a href="/government/people/heidi-alexander" class="govuk-link">The Rt Hon Heidi Alexander MP</a></dd><dt class="gem-c-metadata__term">Published</dt><dd class="gem-c-metadata__definition">14 January 2025</dd></dl></div>\n'
    + '<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds"><div class="gem-c-govspeak govuk-govspeak"><div class="govspeak">\n'
    + "<ul>" + "".join(f"<li>{h(x)}</li>" for x in B) + "</ul>\n"
    + ps(P[1:4]) + "\n<blockquote><p>" + h(P[4]) + "</p></blockquote>\n"
    + f'<h2 id="local-partners">{h(P[5])}</h2>\n' + ps(P[6:7]) + f'\n<h2 id="notes-to-editors">{h(P[7])}</h2>\n' + ps(P[8:]) + "\n</div></div>\n"
    + '<div class="gem-c-share-links"><h2 class="gem-c-share-links__title">Share this page</h2><ul><li><a href="https://www.facebook.com/sharer/sharer.php?u=x">Share on Facebook</a></li><li><a href="https://twitter.com/share?url=x">Share on Twitter</a></li></ul></div>\n'
    + '<div class="gem-c-published-dates"><dl><dt>Published 14 January 2025</dt></dl></div></div>\n'
    + '<div class="govuk-grid-column-one-third"><aside class="gem-c-related-navigation"><h2 class="gem-c-related-navigation__main-heading">Related content</h2><ul><li><a href="/guidance/restoring-your-railway-fund">Restoring Your Railway fund</a></li><li><a href="/government/news/first-reopened-line-in-wales">First reopened line in Wales welcomes passengers</a></li></ul><h3>Explore the topic</h3><ul><li><a href="/transport/rail">Rail</a></li><li><a href="/transport/local-transport">Local transport</a></li></ul></aside></div></div></main>\n'
    + '<div class="gem-c-feedback govuk-!-display-none-print"><div class="gem-c-feedback__prompt"><h2 class="gem-c-feedback__prompt-question">Is this page useful?</h2><ul><li><button>Yes this page is useful</button></li><li><button>No this page is not useful</button></li></ul><button>Report a problem with this page</button></div></div></div>\n'
    + '<footer class="govuk-footer"><div class="govuk-width-container"><h2 class="govuk-visually-hidden">Support links</h2><ul class="govuk-footer__inline-list"><li><a href="/help">Help</a></li><li><a href="/help/privacy-notice">Privacy</a></li><li><a href="/help/cookies">Cookies</a></li><li><a href="/help/accessibility-statement">Accessibility statement</a></li><li><a href="/contact">Contact</a></li><li><a href="/help/terms-conditions">Terms and conditions</a></li></ul><p>All content is available under the <a href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/">Open Government Licence v3.0</a>, except where otherwise stated</p><p>© Crown copyright</p></div></footer>\n</body>\n</html>\n',
)

# 16. A WordPress science blog: a correction notice at the top of the post (expected), an
# Easy-Table-of-Contents box (not expected), numbered footnote markers in the text and a
# footnotes list at the end (expected: part of the text), a "Share this:" row, an author
# box with a bio, a wpDiscuz comment thread with long comments, and a tag cloud widget.
t = "Why night trains keep coming back (and why they keep disappearing)"
P = [
    "Correction, 22 January: an earlier version of this post said the Vienna–Paris service was withdrawn in 2023. It was suspended in 2024.",
    "Every decade or so, the night train is declared dead and then reborn. The latest revival began in 2016, when Austria's federal railway took over most of the sleeper routes that Germany's railway had just abandoned.[1]",
    "What changed?",
    "The short answer is that the costs did not change, but the customers did. A sleeper carriage carries perhaps a third as many passengers as a day coach, and it is used once a day instead of three or four times. That arithmetic has not moved since the 1980s.",
    "What moved is demand. Surveys since 2019 show a steady share of travellers who say they would pay more to avoid flying on trips of up to 1,000 kilometres.[2] Operators such as European Sleeper, co-founded by the Dutch entrepreneur Joris Hendriks, now sell out popular dates weeks in advance.",
    "Why they still disappear",
    "The trouble is rolling stock and track access. New sleeper cars take years to build and cost more than their day-train cousins, and every border crossing brings its own charges and timetable negotiations. When a single supplier falls behind, a whole route can vanish for a season.",
    "Until governments treat night trains as infrastructure rather than as a niche product, I expect the cycle to continue.",
    "Notes",
    "The routes were taken over in December 2016 under the Nightjet brand.",
    "See the European Commission's Eurobarometer on transport attitudes, 2023 edition.",
]
page(
    "railwayeconomics.blog.night-trains",
    dict(
        title=t,
        date="2025-01-20",
        language="en",
        url="https://railwayeconomics.blog/2025/01/20/why-night-trains-keep-coming-back/",
        people=["Joris Hendriks"],
        countries=["Austria", "Germany", "France", "Netherlands"],
        note="Batch 6 (written before anything ran on it; fictional). Imitates a WordPress science/economics blog: a correction notice in a <div class=wp-block-group> at the top of the post (expected), an Easy-Table-of-Contents box (not expected), footnote markers as <sup><a> and a footnotes list under a 'Notes' heading at the end (expected, without the list numbers, as the metric reads lists), Jetpack 'Share this:' row, an author box with a bio, a wpDiscuz comment thread with long comments, a tag cloud and archive widget in the sidebar. Date in the URL and <time class=entry-date>; the correction gives another date.",
    ),
    P,
    head(f"{t} – Railway Economics", ' lang="en-GB"')
    + og(t, "Railway Economics", "https://railwayeconomics.blog/2025/01/20/why-night-trains-keep-coming-back/")
    + "</head>\n<body class=\"post-template-default single single-post\">\n"
    + '<div id="page" class="site"><header id="masthead" class="site-header"><p class="site-title"><a href="/">Railway Economics</a></p><p class="site-description">Notes on trains, money and policy</p><nav class="main-navigation"><ul><li><a href="/about/">About</a></li><li><a href="/archive/">Archive</a></li><li><a href="/subscribe/">Subscribe</a></li></ul></nav></header>\n'
    + '<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main"><article id="post-2214" class="post-2214 post type-post status-publish"><header class="entry-header"><h1 class="entry-title">' + h(t) + '</h1><div class="entry-meta"><span class="posted-on"><a href="/2025/01/20/why-night-trains-keep-coming-back/"><time class="entry-date published" datetime="2025-01-20T08:00:00+00:00">January 20, 2025</time></a></span> <span class="byline">by <a href="/author/clare/">Clare Whitfield</a></span></div></header>\n'
    + '<div class="entry-content">\n<div class="wp-block-group correction"><p><strong>' + h(P[0].split(":", 1)[0]) + ":</strong>" + h(P[0].split(":", 1)[1]) + "</p></div>\n"
    + '<div id="ez-toc-container" class="ez-toc-v2_0 counter-hierarchy"><div class="ez-toc-title-container"><p class="ez-toc-title">Table of Contents</p><span class="ez-toc-title-toggle"><a href="#">Toggle</a></span></div><nav><ul class="ez-toc-list"><li><a href="#What_changed">What changed?</a></li><li><a href="#Why_they_still_disappear">Why they still disappear</a></li><li><a href="#Notes">Notes</a></li></ul></nav></div>\n'
    + '<p>' + h(P[1][:-3]) + '<sup id="fnref-1"><a href="#fn-1">[1]</a></sup></p>\n'
    + f'<h2><span class="ez-toc-section" id="What_changed"></span>{h(P[2])}</h2>\n' + ps(P[3:4]) + "\n"
    + '<p>' + h(P[4].split("[2]")[0]) + '<sup id="fnref-2"><a href="#fn-2">[2]</a></sup>' + h(P[4].split("[2]")[1]) + "</p>\n"
    + f'<h2><span class="ez-toc-section" id="Why_they_still_disappear"></span>{h(P[5])}</h2>\n' + ps(P[6:8]) + "\n"
    + f'<h2><span class="ez-toc-section" id="Notes"></span>{h(P[8])}</h2>\n<ol class="footnotes">' + "".join(f'<li id="fn-{i + 1}">{h(x)} <a href="#fnref-{i + 1}">↩</a></li>' for i, x in enumerate(P[9:])) + "</ol>\n"
    + '<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social"><h3 class="sd-title">Share this:</h3><div class="sd-content"><ul><li><a href="#">Mastodon</a></li><li><a href="#">Bluesky</a></li><li><a href="#">Email</a></li><li><a href="#">Print</a></li></ul></div></div></div>\n</div>\n'
    + '<footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/europe/">Europe</a></span> <span class="tags-links">Tagged <a href="/tag/night-trains/">night trains</a>, <a href="/tag/nightjet/">Nightjet</a>, <a href="/tag/sleeper/">sleeper</a></span></footer>\n'
    + '<div class="author-box"><img src="/wp-content/uploads/clare.jpg" alt=""><div class="author-box__text"><h4>About Clare Whitfield</h4><p>Clare Whitfield spent twelve years as a transport economist at a consultancy in London before starting this blog in 2018. She writes about the money behind Europe’s railways and lives in Bristol with too many timetables.</p></div></div>\n'
    + '</article>\n<div id="comments" class="comments-area"><div class="wpd-thread-head"><div class="wpd-thread-info">4 Comments</div></div><div class="wpd-thread-list">'
    + "".join(f'<div class="wpd-comment"><div class="wpd-comment-wrap"><div class="wpd-comment-author">{a}</div><div class="wpd-comment-date">{d}</div><div class="wpd-comment-text"><p>{c}</p></div><div class="wpd-comment-footer"><span>Reply</span></div></div></div>' for a, d, c in [("Martin K.", "January 20, 2025 at 10:14 am", "Good piece, but I think you understate the role of the track access charges. On the Brussels to Berlin route the charges are a bigger share of the ticket price than the rolling stock, and they are set by each country separately with no coordination at all. That alone would kill most routes without subsidy."), ("Ingrid", "January 20, 2025 at 1:52 pm", "I took the Nightjet from Vienna to Hamburg last month and the train was completely full, even on a Tuesday in November. The demand is clearly there. The problem is that the couchette cars are thirty years old and break down constantly, so half the time you end up on a bus."), ("Clare Whitfield", "January 20, 2025 at 3:05 pm", "Thanks Martin, fair point. I plan a separate post on access charges, with numbers for the main routes."), ("Pete", "January 21, 2025 at 9:40 am", "The sleeper from London to Penzance has survived every round of cuts because it is treated as a public service, which rather proves your final point.")])
    + "</div></div></main></div>\n"
    + '<aside id="secondary" class="widget-area"><section class="widget widget_tag_cloud"><h2 class="widget-title">Tags</h2><div class="tagcloud"><a href="/tag/hs2/">HS2</a> <a href="/tag/fares/">fares</a> <a href="/tag/freight/">freight</a> <a href="/tag/night-trains/">night trains</a> <a href="/tag/nightjet/">Nightjet</a> <a href="/tag/subsidy/">subsidy</a> <a href="/tag/timetables/">timetables</a></div></section><section class="widget widget_archive"><h2 class="widget-title">Archives</h2><ul><li><a href="/2025/01/">January 2025</a></li><li><a href="/2024/12/">December 2024</a></li><li><a href="/2024/11/">November 2024</a></li></ul></section></aside></div>\n'
    + '<footer id="colophon" class="site-footer"><div class="site-info"><a href="https://wordpress.org/">Proudly powered by WordPress</a></div></footer></div>\n</body>\n</html>\n',
)

# 17. A US public radio story page (NPR-like): an audio module ("Listen · 3:52",
# "Queue", "Download", "Transcript"), images with "Enlarge this image" and "toggle
# caption" controls and a credit inside the caption block, "Sponsor Message" slots inside
# the story, a "More Stories From NPR"-style rail, and a "Related Topics" list.
t = "Small towns are betting on passenger rail again. Will the trains come?"
P = [
    "When the last passenger train left Pueblo, Colo., in 1971, Nick Gradisar was a teenager. Now he is the city's mayor, and he wants the trains back.",
    "Mayor Nick Gradisar stands on the platform of Pueblo's historic Union Depot, which has not seen a scheduled passenger train in more than 50 years.",
    "\"Every town our size used to have a train,\" Gradisar said on a recent morning at the city's empty Union Depot. \"We are not asking for anything new. We are asking for what we had.\"",
    "Pueblo is one of dozens of small cities competing for federal money under a program that aims to restore long-distance and regional routes. The Federal Railroad Administration has selected 69 corridors for further study, from Colorado's Front Range to the Gulf Coast.",
    "But studies are not trains. Rail advocates point out that most of the corridors will need state money for stations, track upgrades and operating subsidies, and that few states have committed it.",
    "\"The federal program opens the door,\" said Madison Butler, a transportation analyst with the Eno Center for Transportation. \"Whether anyone walks through it depends on state legislatures.\"",
    "In Colorado, lawmakers last year created a new tax district to pay for a Front Range line linking Pueblo, Denver and Fort Collins. Voters could be asked to approve the tax as soon as 2026.",
]
page(
    "npr-radio.org.small-town-rail",
    dict(
        title=t,
        titles_also=["Small towns bet on passenger rail"],
        date="2025-02-24",
        language="en",
        url="https://www.npr-radio.org/2025/02/24/nx-s1-5301122/passenger-rail-small-towns-pueblo",
        people=["Nick Gradisar", "Madison Butler"],
        countries=["United States"],
        note="Batch 6 (written before anything ran on it; fictional). Imitates a US public radio story page: an audio module ('Listen · 3:52', 'Queue', 'Download', 'Transcript'), a lead image after the first paragraph with 'Enlarge this image', the caption (expected), 'toggle caption' and the credit 'Rachel Ortiz/KRCC' in the caption block, two 'Sponsor Message' slots inside the story, a 'More Stories From NPR' rail of teasers with one-sentence summaries, 'Related Topics'. Date in the URL, in a <time datetime> and as 'February 24, 2025 5:00 AM ET'.",
    ),
    P,
    head(f"Small towns bet on passenger rail : NPR", ' lang="en"')
    + og(t, "NPR", "https://www.npr-radio.org/2025/02/24/nx-s1-5301122/passenger-rail-small-towns-pueblo", "When the last passenger train left Pueblo, Colo., in 1971, Nick Gradisar was a teenager. Now he is the city's mayor.")
    + "</head>\n<body>\n"
    + '<header id="globalheader"><a href="/">NPR</a><nav><a href="/sections/news/">News</a> <a href="/sections/arts/">Culture</a> <a href="/music/">Music</a> <a href="/podcasts/">Podcasts &amp; Shows</a> <a href="/search">Search</a> <a href="/donations/">Donate</a></nav></header>\n'
    + '<main><article class="story"><div class="storytitle"><div class="slug-wrap"><h3 class="slug"><a href="/sections/national/">National</a></h3></div><h1>' + h(t) + '</h1></div>\n'
    + '<div id="story-meta"><div class="byline-container"><p class="byline__name">Stina Sieg</p></div><div class="dateblock"><time datetime="2025-02-24T05:00:00-05:00"><span class="date">February 24, 2025</span><span class="time">5:00 AM ET</span></time></div></div>\n'
    + '<div class="audio-module"><div class="audio-module-controls"><button class="audio-module-listen"><b>Listen</b> · <b class="audio-module-listen-duration">3:52</b></button><span>3-Minute Listen</span></div><ul class="audio-module-tools"><li><a href="#">Queue</a></li><li><a href="https://ondemand.npr-radio.org/mp3/2025/02/24/rail.mp3">Download</a></li><li><a href="/transcripts/nx-s1-5301122">Transcript</a></li></ul></div>\n'
    + '<div id="storytext" class="storytext">' + ps(P[:1]) + "\n"
    + '<div class="bucketwrap image large"><div class="imagewrap"><img src="https://media.npr-radio.org/assets/img/2025/02/24/pueblo.jpg" alt=""><b class="toggle-caption">Enlarge this image</b></div><div class="credit-caption"><div class="caption"><p>' + h(P[1]) + '</p><b class="toggle-caption">toggle caption</b></div><span class="credit">Rachel Ortiz/KRCC</span></div></div>\n'
    + ps(P[2:4]) + "\n"
    + '<aside class="ad-wrap"><p class="left">Sponsor Message</p><div id="ad-backstage"></div></aside>\n'
    + ps(P[4:6]) + "\n"
    + '<aside class="ad-wrap"><p class="left">Sponsor Message</p><div id="ad-backstage-2"></div></aside>\n'
    + ps(P[6:]) + "\n</div>\n"
    + '<div class="tags"><h3>Related Topics</h3><ul><li><a href="/tags/amtrak">Amtrak</a></li><li><a href="/tags/colorado">Colorado</a></li><li><a href="/tags/infrastructure">Infrastructure</a></li></ul></div></article>\n'
    + '<aside class="more-stories"><h3>More Stories From NPR</h3>'
    + "".join(f'<article class="item"><h2 class="title"><a href="/2025/02/{u}">{a}</a></h2><p class="teaser">{b}</p></article>' for u, a, b in [("23/nx-1/bus-drivers", "Why cities can't find enough bus drivers", "Transit agencies are raising pay and offering signing bonuses, but many routes still run short of drivers every day."), ("22/nx-2/bridges", "America's bridges are getting better, slowly", "A new federal report finds fewer bridges in poor condition, but repairs are falling behind in rural counties.")])
    + "</aside></main>\n"
    + '<footer id="globalfooter"><ul><li><a href="/about/">About NPR</a></li><li><a href="/careers/">Careers</a></li><li><a href="/privacy/">Privacy</a></li><li><a href="/terms/">Terms of Use</a></li></ul><p>© 2025 npr</p></footer>\n</body>\n</html>\n',
)


if __name__ == "__main__":
    write(PAGES)
