# Italiano. Modello: en.ftl; vedi docs/i18n.md.

## Navigation and page furniture

skip-link = Vai al contenuto
nav-label = Sezioni
nav-editions = Edizioni
nav-regions = Regioni
nav-people = Persone
nav-tags = Tag
nav-sources = Fonti
search = Cerca
breadcrumb = Percorso di navigazione
pagination = Paginazione
pagination-first = « Prima
pagination-previous = ‹ Precedente
pagination-next = Successiva ›
pagination-last = Ultima »
pagination-status = Pagina { $page } di { $pages }
page-of = pagina { $page } di { $pages }
atom-feed = Feed Atom
all-editions = Tutte le edizioni
built-with = Realizzato con newsdesk
nothing-yet = Non c’è ancora niente.

## Counts

articles-count = { $count ->
    [one] { $count } articolo
   *[other] { $count } articoli
}
articles-word = { $count ->
    [one] articolo
   *[other] articoli
}
reading-time = { $count } min di lettura
words-count = { $count ->
    [one] { $count } parola
   *[other] { $count } parole
}

## Cards and article pages

pinned = In evidenza
original = Originale
original-hidden = articolo originale
original-hidden-at = articolo originale su { $source }
curators-note = Nota della redazione
curators-note-prefix = Nota della redazione:
also-in = Anche su
also-reported-by = Ne hanno scritto anche
also-covered-by = Ne hanno scritto anche
image-credit = Immagine: { $credit }
updated = Aggiornato il
by-authors = Di { $authors }
source-prefix = Fonte:
original-article = Articolo originale
read-full-at = Leggi l’articolo completo su { $source }
read-full-original = Leggi l’articolo completo alla fonte originale
more-people = Altro su queste persone
more-places = Altro su questi luoghi
tags = Tag
related-coverage = Articoli correlati
in-brief = In breve

## Editions

latest-edition = Ultima edizione
edition = Edizione
email = E-mail
plain-text = Solo testo
most-covered-places = Luoghi più citati
most-covered-people = Persone più citate
top-stories = Notizie principali
elsewhere = Altre notizie
editions-nav = Edizioni
previous-edition = Edizione precedente
next-edition = Edizione successiva
edition-week = Settimana { $week }, { $year } ({ $days })
editions-title = Edizioni
editions-intro = Tutte le edizioni, dalla più recente.
no-editions = Ancora nessuna edizione.

## Home and lists

all-articles = Tutti gli articoli
nothing-published = Non è stato ancora pubblicato niente.
people-title = Persone
people-intro = Tutte le persone che compaiono nelle notizie, le più citate per prime.
tags-title = Tag
tags-intro = Gli argomenti, con il numero di articoli per ciascuno.
sources-title = Fonti
sources-intro = Le testate da cui provengono questi articoli.

## Regions and people

regions-title = Regioni
regions-intro = La copertura per regione del mondo, sottoregione e paese.
where-the-news-is = Dove sono le notizie
articles-per-country = Articoli per paese
countries-by-coverage = Paesi per copertura
not-on-map = (non disegnato sulla mappa)
no-regions = Ancora nessuna regione.
map-title = Mappa del mondo della copertura per paese
region-kind-world = Regione del mondo
region-kind-subregion = Sottoregione
region-kind-country = Paese
region-kind-city = Città
children-countries = Paesi
children-cities = Città
older-by-country = Articoli precedenti, per paese
children-subregions = Sottoregioni
articles-title = Articoli
articles-per-week = Articoli per settimana
often-alongside = Spesso insieme a
people-in-stories = Persone in queste notizie
where-in-news = Dove compaiono nelle notizie
also-in-stories = Anche in queste notizie
timeline-summary = { $count ->
    [one] { $count } articolo
   *[other] { $count } articoli
} in { $weeks ->
    [one] una settimana
   *[other] { $weeks } settimane
}, dal { $start } al { $end }
timeline-busiest = ; la settimana più intensa: quella del { $week } ({ $count })
sentence-end = .


## Places CLDR has no name for (others come from CLDR: see docs/i18n.md)

place-balkans = Balcani
place-caucasus = Caucaso
place-middle-east = Medio Oriente
place-levant = Levante
place-gulf = Golfo
place-pacific-islands = Isole del Pacifico
place-southern-ocean = Oceano Antartico

## Search

search-title = Cerca
search-intro = Titoli, sommari, persone, luoghi e testo completo di ogni articolo.
search-label = Cerca nella rassegna
search-placeholder = es. Blinken Laos
search-noscript = La ricerca funziona nel browser e richiede JavaScript. Sfoglia invece le { $editions }, le { $regions } o le { $people }.
search-link-editions = edizioni
search-link-regions = regioni
search-link-people = persone
search-short = Scrivi ancora qualcosa per cercare.
search-none = Nessun articolo corrisponde a «{ $query }».
search-results = { $count ->
    [one] { $count } articolo corrisponde a «{ $query }».
   *[other] { $count } articoli corrispondono a «{ $query }».
}
search-more = Sono mostrati i primi { $shown }.
search-unavailable = La ricerca non è disponibile: { $error }

## The page-not-found page

not-found-title = Pagina non trovata
not-found-intro = La pagina richiesta non esiste o è stata spostata.
not-found-help = Prova la { $front }, sfoglia le { $editions } oppure consulta { $regions }, { $people }, { $tags } e { $sources }.
not-found-front = prima pagina
not-found-editions = edizioni
not-found-regions = regioni
not-found-people = persone
not-found-tags = tag
not-found-sources = fonti

## Emails and edition feeds

read-more = Continua a leggere
read-article = Leggi l’articolo
original-at = Originale su { $source }
read-on-web = Leggi questa edizione sul web
read-on-web-colon = Leggi questa edizione sul web:
you-are-reading = Stai leggendo { $title }.

## newsdesk init --language

init-title = Benvenuto nella tua rassegna di notizie
init-summary = Un primo articolo per mostrare come si scrive una rassegna: metadati YAML, poi Markdown.
init-note = Sostituisci questo articolo con la tua prima vera notizia, oppure cancellalo.
init-body =
    Ogni articolo è un file Markdown in `content/`, di solito archiviato per anno e mese
    (`content/2024/07/la-mia-notizia.md`). La sua pagina è pubblicata in
    `/articles/AAAA/MM/<slug>/`.

    Modifica `site.yaml` (almeno `title` e `base_url`), esegui `newsdesk build` e, prima di
    pubblicare, `newsdesk check`. I testi dell’interfaccia vengono dal tema; per cambiarne
    uno, copialo in `i18n/{ $language }.ftl`.
