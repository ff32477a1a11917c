# Polski. Wzór: en.ftl; zob. docs/i18n.md.

## Navigation and page furniture

skip-link = Przejdź do treści
nav-label = Działy
nav-editions = Wydania
nav-regions = Regiony
nav-people = Osoby
nav-tags = Tagi
nav-sources = Źródła
search = Szukaj
breadcrumb = Ścieżka nawigacji
pagination = Stronicowanie
pagination-first = « Pierwsza
pagination-previous = ‹ Poprzednia
pagination-next = Następna ›
pagination-last = Ostatnia »
pagination-status = Strona { $page } z { $pages }
page-of = strona { $page } z { $pages }
atom-feed = Kanał Atom
all-editions = Wszystkie wydania
built-with = Zbudowano w newsdesk
nothing-yet = Na razie nic tu nie ma.

## Counts

articles-count = { $count ->
    [one] { $count } artykuł
    [few] { $count } artykuły
    [many] { $count } artykułów
   *[other] { $count } artykułu
}
articles-word = { $count ->
    [one] artykuł
    [few] artykuły
    [many] artykułów
   *[other] artykułu
}
reading-time = { $count } min czytania
words-count = { $count ->
    [one] { $count } słowo
    [few] { $count } słowa
    [many] { $count } słów
   *[other] { $count } słowa
}

## Cards and article pages

pinned = Przypięte
original = Oryginał
original-hidden = oryginalny artykuł
original-hidden-at = oryginalny artykuł w { $source }
curators-note = Uwaga redakcji
curators-note-prefix = Uwaga redakcji:
also-in = Także w
also-reported-by = Pisali o tym także
also-covered-by = Pisali o tym także
image-credit = Zdjęcie: { $credit }
updated = Zaktualizowano
by-authors = Autor: { $authors }
source-prefix = Źródło:
original-article = Oryginalny artykuł
read-full-at = Przeczytaj cały artykuł w { $source }
read-full-original = Przeczytaj cały artykuł w oryginalnym źródle
more-people = Więcej o tych osobach
more-places = Więcej o tych miejscach
tags = Tagi
related-coverage = Powiązane artykuły
in-brief = W skrócie

## Editions

latest-edition = Najnowsze wydanie
edition = Wydanie
email = E-mail
plain-text = Zwykły tekst
most-covered-places = Najczęściej wymieniane miejsca
most-covered-people = Najczęściej wymieniane osoby
top-stories = Najważniejsze wiadomości
elsewhere = Pozostałe
editions-nav = Wydania
previous-edition = Poprzednie wydanie
next-edition = Następne wydanie
edition-week = Tydzień { $week }, { $year } ({ $days })
editions-title = Wydania
editions-intro = Wszystkie wydania, od najnowszego.
no-editions = Na razie brak wydań.

## Home and lists

all-articles = Wszystkie artykuły
nothing-published = Jeszcze nic nie opublikowano.
people-title = Osoby
people-intro = Wszyscy, o których tu piszemy, od najczęściej wymienianych.
tags-title = Tagi
tags-intro = Tematy wraz z liczbą artykułów.
sources-title = Źródła
sources-intro = Media, z których pochodzą te artykuły.

## Regions and people

regions-title = Regiony
regions-intro = Artykuły według regionu świata, podregionu i kraju.
where-the-news-is = Gdzie dzieją się wiadomości
articles-per-country = Artykuły według kraju
countries-by-coverage = Kraje według liczby artykułów
not-on-map = (nie ma go na mapie)
no-regions = Na razie brak regionów.
map-title = Mapa świata: artykuły według kraju
region-kind-world = Region świata
region-kind-subregion = Podregion
region-kind-country = Kraj
region-kind-city = Miasto
children-countries = Kraje
children-cities = Miasta
older-by-country = Starsze artykuły według kraju
children-subregions = Podregiony
articles-title = Artykuły
articles-per-week = Artykuły w tygodniu
often-alongside = Często razem z
people-in-stories = Osoby w tych artykułach
where-in-news = Gdzie pojawiają się w wiadomościach
also-in-stories = Także w tych artykułach
timeline-summary = { $count ->
    [one] { $count } artykuł
    [few] { $count } artykuły
    [many] { $count } artykułów
   *[other] { $count } artykułu
} w { $weeks ->
    [one] jednym tygodniu
   *[other] ciągu { $weeks } tygodni
}, od { $start } do { $end }
timeline-busiest = ; najwięcej w tygodniu od { $week } ({ $count })
sentence-end = .


## Places CLDR has no name for (others come from CLDR: see docs/i18n.md)

place-balkans = Bałkany
place-caucasus = Kaukaz
place-middle-east = Bliski Wschód
place-levant = Lewant
place-gulf = Zatoka Perska
place-pacific-islands = Wyspy Pacyfiku
place-southern-ocean = Ocean Południowy

## Search

search-title = Szukaj
search-intro = Tytuły, streszczenia, osoby, miejsca i pełny tekst każdego artykułu.
search-label = Szukaj w przeglądzie wiadomości
search-placeholder = np. Blinken Laos
search-noscript = Wyszukiwanie działa w przeglądarce i wymaga JavaScriptu. Zamiast tego przejrzyj { $editions }, { $regions } lub { $people }.
search-link-editions = wydania
search-link-regions = regiony
search-link-people = osoby
search-short = Wpisz trochę więcej, aby wyszukać.
search-none = Żaden artykuł nie pasuje do „{ $query }”.
search-results = { $count ->
    [one] { $count } artykuł pasuje do „{ $query }”.
    [few] { $count } artykuły pasują do „{ $query }”.
    [many] { $count } artykułów pasuje do „{ $query }”.
   *[other] { $count } artykułu pasuje do „{ $query }”.
}
search-more = Pokazano pierwsze { $shown }.
search-unavailable = Wyszukiwanie jest niedostępne: { $error }

## The page-not-found page

not-found-title = Nie znaleziono strony
not-found-intro = Strona, której szukasz, nie istnieje albo została przeniesiona.
not-found-help = Przejdź na { $front }, przejrzyj { $editions } albo zajrzyj do działów: { $regions }, { $people }, { $tags } i { $sources }.
not-found-front = stronę główną
not-found-editions = wydania
not-found-regions = regiony
not-found-people = osoby
not-found-tags = tagi
not-found-sources = źródła

## Emails and edition feeds

read-more = Czytaj dalej
read-article = Przeczytaj artykuł
original-at = Oryginał w { $source }
read-on-web = Przeczytaj to wydanie w sieci
read-on-web-colon = Przeczytaj to wydanie w sieci:
you-are-reading = Czytasz { $title }.

## newsdesk init --language

init-title = Witamy w Twoim przeglądzie wiadomości
init-summary = Pierwszy artykuł pokazuje, jak pisze się przegląd: najpierw metadane YAML, potem Markdown.
init-note = Zastąp ten artykuł pierwszą prawdziwą wiadomością albo go usuń.
init-body =
    Każdy artykuł to plik Markdown w katalogu `content/`, zwykle ułożony według roku i
    miesiąca (`content/2024/07/moja-wiadomosc.md`). Jego strona jest publikowana pod
    adresem `/articles/RRRR/MM/<slug>/`.

    Uzupełnij `site.yaml` (co najmniej `title` i `base_url`), uruchom `newsdesk build`, a
    przed publikacją `newsdesk check`. Teksty interfejsu pochodzą z motywu; aby zmienić
    któryś z nich, skopiuj go do `i18n/{ $language }.ftl`.
