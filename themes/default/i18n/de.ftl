# Deutsch. Vorlage: en.ftl; siehe docs/i18n.md.

## Navigation and page furniture

skip-link = Zum Inhalt springen
nav-label = Rubriken
nav-editions = Ausgaben
nav-regions = Regionen
nav-people = Personen
nav-tags = Schlagwörter
nav-sources = Quellen
search = Suche
breadcrumb = Brotkrümelnavigation
pagination = Seitennavigation
pagination-first = « Erste
pagination-previous = ‹ Zurück
pagination-next = Weiter ›
pagination-last = Letzte »
pagination-status = Seite { $page } von { $pages }
page-of = Seite { $page } von { $pages }
atom-feed = Atom-Feed
all-editions = Alle Ausgaben
built-with = Erstellt mit newsdesk
nothing-yet = Hier gibt es noch nichts.

## Counts

articles-count = { $count ->
    [one] { $count } Artikel
   *[other] { $count } Artikel
}
articles-word = Artikel
reading-time = { $count } Min. Lesezeit
words-count = { $count ->
    [one] { $count } Wort
   *[other] { $count } Wörter
}

## Cards and article pages

pinned = Angeheftet
original = Original
original-hidden = Originalartikel
original-hidden-at = Originalartikel bei { $source }
curators-note = Anmerkung der Redaktion
curators-note-prefix = Anmerkung der Redaktion:
also-in = Auch bei
also-reported-by = Auch berichtet von
also-covered-by = Weitere Berichte von
image-credit = Bild: { $credit }
updated = Aktualisiert am
by-authors = Von { $authors }
source-prefix = Quelle:
original-article = Originalartikel
read-full-at = Den ganzen Artikel bei { $source } lesen
read-full-original = Den ganzen Artikel in der Originalquelle lesen
more-people = Mehr zu diesen Personen
more-places = Mehr zu diesen Orten
tags = Schlagwörter
related-coverage = Weitere Berichte
in-brief = Kurz gefasst

## Editions

latest-edition = Neueste Ausgabe
edition = Ausgabe
email = E-Mail
plain-text = Nur Text
most-covered-places = Meistgenannte Orte
most-covered-people = Meistgenannte Personen
top-stories = Topmeldungen
elsewhere = Sonstige
editions-nav = Ausgaben
previous-edition = Vorherige Ausgabe
next-edition = Nächste Ausgabe
edition-week = Woche { $week }, { $year } ({ $days })
editions-title = Ausgaben
editions-intro = Alle Ausgaben, die neueste zuerst.
no-editions = Noch keine Ausgaben.

## Home and lists

all-articles = Alle Artikel
nothing-published = Noch ist nichts veröffentlicht.
people-title = Personen
people-intro = Alle Personen in den Nachrichten, die meistgenannten zuerst.
tags-title = Schlagwörter
tags-intro = Themen, jeweils mit der Zahl der Artikel.
sources-title = Quellen
sources-intro = Die Medien, aus denen diese Artikel stammen.

## Regions and people

regions-title = Regionen
regions-intro = Berichterstattung nach Weltregion, Teilregion und Land.
where-the-news-is = Wo die Nachrichten spielen
articles-per-country = Artikel pro Land
countries-by-coverage = Länder nach Zahl der Artikel
not-on-map = (nicht auf der Karte eingezeichnet)
no-regions = Noch keine Regionen.
map-title = Weltkarte der Berichterstattung nach Land
region-kind-world = Weltregion
region-kind-subregion = Teilregion
region-kind-country = Land
region-kind-city = Stadt
children-countries = Länder
children-cities = Städte
older-by-country = Ältere Artikel nach Land
children-subregions = Teilregionen
articles-title = Artikel
articles-per-week = Artikel pro Woche
often-alongside = Oft genannt mit
people-in-stories = Personen in diesen Berichten
where-in-news = Wo sie in den Nachrichten vorkommen
also-in-stories = Ebenfalls in diesen Berichten
timeline-summary = { $count } Artikel in { $weeks ->
    [one] einer Woche
   *[other] { $weeks } Wochen
} vom { $start } bis zum { $end }
timeline-busiest = ; die meisten in der Woche vom { $week } ({ $count })
sentence-end = .


## Places CLDR has no name for (others come from CLDR: see docs/i18n.md)

place-balkans = Balkan
place-caucasus = Kaukasus
place-middle-east = Naher Osten
place-levant = Levante
place-gulf = Golfregion
place-pacific-islands = Pazifische Inseln
place-southern-ocean = Südpolarmeer

## Search

search-title = Suche
search-intro = Titel, Zusammenfassungen, Personen, Orte und der volle Text aller Artikel.
search-label = Diesen Nachrichtenüberblick durchsuchen
search-placeholder = z. B. Blinken Laos
search-noscript = Die Suche läuft in Ihrem Browser und braucht JavaScript. Stöbern Sie stattdessen in den { $editions }, { $regions } oder { $people }.
search-link-editions = Ausgaben
search-link-regions = Regionen
search-link-people = Personen
search-short = Bitte etwas mehr eingeben.
search-none = Kein Artikel passt zu „{ $query }“.
search-results = { $count ->
    [one] { $count } Artikel passt zu „{ $query }“.
   *[other] { $count } Artikel passen zu „{ $query }“.
}
search-more = Die ersten { $shown } werden angezeigt.
search-unavailable = Die Suche ist nicht verfügbar: { $error }

## The page-not-found page

not-found-title = Seite nicht gefunden
not-found-intro = Die gesuchte Seite gibt es nicht, oder sie ist umgezogen.
not-found-help = Versuchen Sie es mit der { $front }, stöbern Sie in den { $editions } oder sehen Sie unter { $regions }, { $people }, { $tags } und { $sources } nach.
not-found-front = Startseite
not-found-editions = Ausgaben
not-found-regions = Regionen
not-found-people = Personen
not-found-tags = Schlagwörtern
not-found-sources = Quellen

## Emails and edition feeds

read-more = Weiterlesen
read-article = Den Artikel lesen
original-at = Original bei { $source }
read-on-web = Diese Ausgabe im Web lesen
read-on-web-colon = Diese Ausgabe im Web lesen:
you-are-reading = Sie lesen { $title }.

## newsdesk init --language

init-title = Willkommen bei Ihrem Nachrichtenüberblick
init-summary = Ein erster Artikel zeigt, wie ein Überblick geschrieben wird: erst YAML-Metadaten, dann Markdown.
init-note = Ersetzen Sie diesen Artikel durch Ihre erste echte Meldung, oder löschen Sie ihn.
init-body =
    Jeder Artikel ist eine Markdown-Datei unter `content/`, meist nach Jahr und Monat
    abgelegt (`content/2024/07/meine-meldung.md`). Seine Seite erscheint unter
    `/articles/JJJJ/MM/<slug>/`.

    Tragen Sie in `site.yaml` mindestens `title` und `base_url` ein, bauen Sie die Seite mit
    `newsdesk build` und prüfen Sie sie vor dem Veröffentlichen mit `newsdesk check`. Die
    Texte der Oberfläche stammen aus dem Theme; um einen zu ändern, kopieren Sie ihn nach
    `i18n/{ $language }.ftl`.
