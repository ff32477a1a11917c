# Français. Modèle : en.ftl ; voir docs/i18n.md.

## Navigation and page furniture

skip-link = Aller au contenu
nav-label = Rubriques
nav-editions = Éditions
nav-regions = Régions
nav-people = Personnalités
nav-tags = Mots-clés
nav-sources = Sources
search = Rechercher
breadcrumb = Fil d’Ariane
pagination = Pagination
pagination-first = « Première
pagination-previous = ‹ Précédente
pagination-next = Suivante ›
pagination-last = Dernière »
pagination-status = Page { $page } sur { $pages }
page-of = page { $page } sur { $pages }
atom-feed = Flux Atom
all-editions = Toutes les éditions
built-with = Réalisé avec newsdesk
nothing-yet = Rien pour l’instant.

## Counts

articles-count = { $count ->
    [one] { $count } article
   *[other] { $count } articles
}
articles-word = { $count ->
    [one] article
   *[other] articles
}
reading-time = { $count } min de lecture
words-count = { $count ->
    [one] { $count } mot
   *[other] { $count } mots
}

## Cards and article pages

pinned = Épinglé
original = Original
original-hidden = article original
original-hidden-at = article original sur { $source }
curators-note = Note de la rédaction
curators-note-prefix = Note de la rédaction :
also-in = Aussi dans
also-reported-by = Également rapporté par
also-covered-by = Également couvert par
image-credit = Image : { $credit }
updated = Mis à jour le
by-authors = Par { $authors }
source-prefix = Source :
original-article = Article original
read-full-at = Lire l’article complet sur { $source }
read-full-original = Lire l’article complet à la source
more-people = En savoir plus sur ces personnalités
more-places = En savoir plus sur ces lieux
tags = Mots-clés
related-coverage = Sur le même sujet
in-brief = En bref

## Editions

latest-edition = Dernière édition
edition = Édition
email = E-mail
plain-text = Texte brut
most-covered-places = Lieux les plus cités
most-covered-people = Personnalités les plus citées
top-stories = À la une
elsewhere = Ailleurs
editions-nav = Éditions
previous-edition = Édition précédente
next-edition = Édition suivante
edition-week = Semaine { $week }, { $year } ({ $days })
editions-title = Éditions
editions-intro = Toutes les éditions, de la plus récente à la plus ancienne.
no-editions = Aucune édition pour l’instant.

## Home and lists

all-articles = Tous les articles
nothing-published = Rien n’a encore été publié.
people-title = Personnalités
people-intro = Toutes les personnes dans l’actualité ici, les plus citées d’abord.
tags-title = Mots-clés
tags-intro = Les thèmes, avec le nombre d’articles pour chacun.
sources-title = Sources
sources-intro = Les publications d’où viennent ces articles.

## Regions and people

regions-title = Régions
regions-intro = La couverture par région du monde, sous-région et pays.
where-the-news-is = Où se passe l’actualité
articles-per-country = Articles par pays
countries-by-coverage = Pays par nombre d’articles
not-on-map = (absent de la carte)
no-regions = Aucune région pour l’instant.
map-title = Carte du monde de la couverture par pays
region-kind-world = Région du monde
region-kind-subregion = Sous-région
region-kind-country = Pays
region-kind-city = Ville
children-countries = Pays
children-cities = Villes
older-by-country = Articles plus anciens, par pays
children-subregions = Sous-régions
articles-title = Articles
articles-per-week = Articles par semaine
often-alongside = Souvent aux côtés de
people-in-stories = Personnalités dans ces articles
where-in-news = Où l’on parle d’eux
also-in-stories = Également dans ces articles
timeline-summary = { $count ->
    [one] { $count } article
   *[other] { $count } articles
} en { $weeks ->
    [one] une semaine
   *[other] { $weeks } semaines
}, du { $start } au { $end }
timeline-busiest = ; la semaine la plus chargée : celle du { $week } ({ $count })
sentence-end = .


## Places CLDR has no name for (others come from CLDR: see docs/i18n.md)

place-balkans = Balkans
place-caucasus = Caucase
place-middle-east = Moyen-Orient
place-levant = Levant
place-gulf = Golfe
place-pacific-islands = Îles du Pacifique
place-southern-ocean = Océan Austral

## Search

search-title = Rechercher
search-intro = Titres, résumés, personnalités, lieux et texte intégral de chaque article.
search-label = Rechercher dans la revue de presse
search-placeholder = p. ex. Blinken Laos
search-noscript = La recherche fonctionne dans votre navigateur et nécessite JavaScript. Parcourez plutôt les { $editions }, les { $regions } ou les { $people }.
search-link-editions = éditions
search-link-regions = régions
search-link-people = personnalités
search-short = Saisissez un peu plus pour lancer la recherche.
search-none = Aucun article ne correspond à « { $query } ».
search-results = { $count ->
    [one] { $count } article correspond à « { $query } ».
   *[other] { $count } articles correspondent à « { $query } ».
}
search-more = Les { $shown } premiers sont affichés.
search-unavailable = La recherche n’est pas disponible : { $error }

## The page-not-found page

not-found-title = Page introuvable
not-found-intro = La page demandée n’existe pas ou a été déplacée.
not-found-help = Essayez la { $front }, parcourez les { $editions }, ou consultez les { $regions }, les { $people }, les { $tags } et les { $sources }.
not-found-front = page d’accueil
not-found-editions = éditions
not-found-regions = régions
not-found-people = personnalités
not-found-tags = mots-clés
not-found-sources = sources

## Emails and edition feeds

read-more = Lire la suite
read-article = Lire l’article
original-at = Original sur { $source }
read-on-web = Lire cette édition sur le web
read-on-web-colon = Lire cette édition sur le web :
you-are-reading = Vous lisez { $title }.

## newsdesk init --language

init-title = Bienvenue dans votre revue de presse
init-summary = Un premier article pour montrer comment s’écrit une revue : des métadonnées YAML, puis du Markdown.
init-note = Remplacez cet article par votre premier vrai sujet, ou supprimez-le.
init-body =
    Chaque article est un fichier Markdown dans `content/`, rangé d’ordinaire par année et
    par mois (`content/2024/07/mon-article.md`). Sa page est publiée à l’adresse
    `/articles/AAAA/MM/<slug>/`.

    Modifiez `site.yaml` (au moins `title` et `base_url`), lancez `newsdesk build`, puis
    `newsdesk check` avant de publier. Les textes de l’interface viennent du thème ; pour
    en changer un, copiez-le dans `i18n/{ $language }.ftl`.
