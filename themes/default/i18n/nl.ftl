# Nederlands. Model: en.ftl; zie docs/i18n.md.

## Navigation and page furniture

skip-link = Naar de inhoud
nav-label = Rubrieken
nav-editions = Edities
nav-regions = Regio’s
nav-people = Personen
nav-tags = Tags
nav-sources = Bronnen
search = Zoeken
breadcrumb = Kruimelpad
pagination = Paginering
pagination-first = « Eerste
pagination-previous = ‹ Vorige
pagination-next = Volgende ›
pagination-last = Laatste »
pagination-status = Pagina { $page } van { $pages }
page-of = pagina { $page } van { $pages }
atom-feed = Atom-feed
all-editions = Alle edities
built-with = Gemaakt met newsdesk
nothing-yet = Hier staat nog niets.

## Counts

articles-count = { $count ->
    [one] { $count } artikel
   *[other] { $count } artikelen
}
articles-word = { $count ->
    [one] artikel
   *[other] artikelen
}
reading-time = { $count } min leestijd
words-count = { $count ->
    [one] { $count } woord
   *[other] { $count } woorden
}

## Cards and article pages

pinned = Vastgezet
original = Origineel
original-hidden = origineel artikel
original-hidden-at = origineel artikel bij { $source }
curators-note = Noot van de redactie
curators-note-prefix = Noot van de redactie:
also-in = Ook bij
also-reported-by = Ook gemeld door
also-covered-by = Ook bericht door
image-credit = Afbeelding: { $credit }
updated = Bijgewerkt op
by-authors = Door { $authors }
source-prefix = Bron:
original-article = Origineel artikel
read-full-at = Lees het hele artikel bij { $source }
read-full-original = Lees het hele artikel bij de oorspronkelijke bron
more-people = Meer over deze personen
more-places = Meer over deze plaatsen
tags = Tags
related-coverage = Verwante berichtgeving
in-brief = In het kort

## Editions

latest-edition = Nieuwste editie
edition = Editie
email = E-mail
plain-text = Platte tekst
most-covered-places = Meest genoemde plaatsen
most-covered-people = Meest genoemde personen
top-stories = Belangrijkste nieuws
elsewhere = Overig
editions-nav = Edities
previous-edition = Vorige editie
next-edition = Volgende editie
edition-week = Week { $week }, { $year } ({ $days })
editions-title = Edities
editions-intro = Alle edities, de nieuwste eerst.
no-editions = Nog geen edities.

## Home and lists

all-articles = Alle artikelen
nothing-published = Er is nog niets gepubliceerd.
people-title = Personen
people-intro = Iedereen die hier in het nieuws is, de meest genoemden eerst.
tags-title = Tags
tags-intro = Onderwerpen, met het aantal artikelen bij elk.
sources-title = Bronnen
sources-intro = De media waar deze artikelen vandaan komen.

## Regions and people

regions-title = Regio’s
regions-intro = Berichtgeving per werelddeel, regio en land.
where-the-news-is = Waar het nieuws is
articles-per-country = Artikelen per land
countries-by-coverage = Landen naar aantal artikelen
not-on-map = (niet op de kaart getekend)
no-regions = Nog geen regio’s.
map-title = Wereldkaart van de berichtgeving per land
region-kind-world = Werelddeel
region-kind-subregion = Regio
region-kind-country = Land
region-kind-city = Stad
children-countries = Landen
children-cities = Steden
older-by-country = Oudere artikelen, per land
children-subregions = Regio’s
articles-title = Artikelen
articles-per-week = Artikelen per week
often-alongside = Vaak samen met
people-in-stories = Personen in deze berichten
where-in-news = Waar ze in het nieuws zijn
also-in-stories = Ook in deze berichten
timeline-summary = { $count ->
    [one] { $count } artikel
   *[other] { $count } artikelen
} in { $weeks ->
    [one] één week
   *[other] { $weeks } weken
}, van { $start } tot { $end }
timeline-busiest = ; de drukste week: die van { $week } ({ $count })
sentence-end = .


## Places CLDR has no name for (others come from CLDR: see docs/i18n.md)

place-balkans = Balkan
place-caucasus = Kaukasus
place-middle-east = Midden-Oosten
place-levant = Levant
place-gulf = Golfregio
place-pacific-islands = Pacifische eilanden
place-southern-ocean = Zuidelijke Oceaan

## Search

search-title = Zoeken
search-intro = Titels, samenvattingen, personen, plaatsen en de volledige tekst van elk artikel.
search-label = Zoeken in het nieuwsoverzicht
search-placeholder = bijv. Blinken Laos
search-noscript = Zoeken gebeurt in uw browser en vereist JavaScript. Blader in plaats daarvan door de { $editions }, { $regions } of { $people }.
search-link-editions = edities
search-link-regions = regio’s
search-link-people = personen
search-short = Typ nog wat meer om te zoeken.
search-none = Geen artikelen gevonden voor ‘{ $query }’.
search-results = { $count ->
    [one] { $count } artikel gevonden voor ‘{ $query }’.
   *[other] { $count } artikelen gevonden voor ‘{ $query }’.
}
search-more = De eerste { $shown } worden getoond.
search-unavailable = Zoeken is niet beschikbaar: { $error }

## The page-not-found page

not-found-title = Pagina niet gevonden
not-found-intro = De gevraagde pagina bestaat niet of is verplaatst.
not-found-help = Probeer de { $front }, blader door de { $editions } of kijk bij { $regions }, { $people }, { $tags } en { $sources }.
not-found-front = voorpagina
not-found-editions = edities
not-found-regions = regio’s
not-found-people = personen
not-found-tags = tags
not-found-sources = bronnen

## Emails and edition feeds

read-more = Lees meer
read-article = Lees het artikel
original-at = Origineel bij { $source }
read-on-web = Lees deze editie op het web
read-on-web-colon = Lees deze editie op het web:
you-are-reading = U leest { $title }.

## newsdesk init --language

init-title = Welkom bij uw nieuwsoverzicht
init-summary = Een eerste artikel dat laat zien hoe een overzicht wordt geschreven: YAML-metadata en dan Markdown.
init-note = Vervang dit artikel door uw eerste echte bericht, of verwijder het.
init-body =
    Elk artikel is een Markdown-bestand in `content/`, meestal geordend per jaar en maand
    (`content/2024/07/mijn-bericht.md`). De pagina ervan verschijnt op
    `/articles/JJJJ/MM/<slug>/`.

    Pas `site.yaml` aan (minstens `title` en `base_url`), voer `newsdesk build` uit en
    controleer de site vóór publicatie met `newsdesk check`. De teksten van de interface
    komen uit het thema; kopieer een tekst naar `i18n/{ $language }.ftl` om hem te wijzigen.
