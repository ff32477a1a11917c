# Español. Modelo: en.ftl; véase docs/i18n.md.

## Navigation and page furniture

skip-link = Saltar al contenido
nav-label = Secciones
nav-editions = Ediciones
nav-regions = Regiones
nav-people = Personas
nav-tags = Etiquetas
nav-sources = Fuentes
search = Buscar
breadcrumb = Ruta de navegación
pagination = Paginación
pagination-first = « Primera
pagination-previous = ‹ Anterior
pagination-next = Siguiente ›
pagination-last = Última »
pagination-status = Página { $page } de { $pages }
page-of = página { $page } de { $pages }
atom-feed = Canal Atom
all-editions = Todas las ediciones
built-with = Hecho con newsdesk
nothing-yet = Todavía no hay nada aquí.

## Counts

articles-count = { $count ->
    [one] { $count } artículo
   *[other] { $count } artículos
}
articles-word = { $count ->
    [one] artículo
   *[other] artículos
}
reading-time = { $count } min de lectura
words-count = { $count ->
    [one] { $count } palabra
   *[other] { $count } palabras
}

## Cards and article pages

pinned = Fijado
original = Original
original-hidden = artículo original
original-hidden-at = artículo original en { $source }
curators-note = Nota de la redacción
curators-note-prefix = Nota de la redacción:
also-in = También en
also-reported-by = También informaron
also-covered-by = También cubierto por
image-credit = Imagen: { $credit }
updated = Actualizado el
by-authors = Por { $authors }
source-prefix = Fuente:
original-article = Artículo original
read-full-at = Leer el artículo completo en { $source }
read-full-original = Leer el artículo completo en la fuente original
more-people = Más sobre estas personas
more-places = Más sobre estos lugares
tags = Etiquetas
related-coverage = Cobertura relacionada
in-brief = En breve

## Editions

latest-edition = Última edición
edition = Edición
email = Correo electrónico
plain-text = Texto sin formato
most-covered-places = Lugares más citados
most-covered-people = Personas más citadas
top-stories = Noticias destacadas
elsewhere = Otras noticias
editions-nav = Ediciones
previous-edition = Edición anterior
next-edition = Edición siguiente
edition-week = Semana { $week } de { $year } ({ $days })
editions-title = Ediciones
editions-intro = Todas las ediciones, de la más reciente a la más antigua.
no-editions = Todavía no hay ediciones.

## Home and lists

all-articles = Todos los artículos
nothing-published = Todavía no se ha publicado nada.
people-title = Personas
people-intro = Todas las personas que aparecen en las noticias, las más citadas primero.
tags-title = Etiquetas
tags-intro = Los temas, con el número de artículos de cada uno.
sources-title = Fuentes
sources-intro = Las publicaciones de las que proceden estos artículos.

## Regions and people

regions-title = Regiones
regions-intro = Cobertura por región del mundo, subregión y país.
where-the-news-is = Dónde están las noticias
articles-per-country = Artículos por país
countries-by-coverage = Países por cobertura
not-on-map = (no aparece en el mapa)
no-regions = Todavía no hay regiones.
map-title = Mapa mundial de la cobertura por país
region-kind-world = Región del mundo
region-kind-subregion = Subregión
region-kind-country = País
region-kind-city = Ciudad
children-countries = Países
children-cities = Ciudades
older-by-country = Artículos anteriores, por país
children-subregions = Subregiones
articles-title = Artículos
articles-per-week = Artículos por semana
often-alongside = Aparece a menudo con
people-in-stories = Personas en estas noticias
where-in-news = Dónde aparecen en las noticias
also-in-stories = También en estas noticias
timeline-summary = { $count ->
    [one] { $count } artículo
   *[other] { $count } artículos
} en { $weeks ->
    [one] una semana
   *[other] { $weeks } semanas
}, del { $start } al { $end }
timeline-busiest = ; la semana con más: la del { $week } ({ $count })
sentence-end = .


## Places CLDR has no name for (others come from CLDR: see docs/i18n.md)

place-balkans = Balcanes
place-caucasus = Cáucaso
place-middle-east = Oriente Medio
place-levant = Levante
place-gulf = Golfo
place-pacific-islands = Islas del Pacífico
place-southern-ocean = Océano Antártico

## Search

search-title = Buscar
search-intro = Títulos, resúmenes, personas, lugares y el texto completo de cada artículo.
search-label = Buscar en el resumen de noticias
search-placeholder = p. ej., Blinken Laos
search-noscript = La búsqueda funciona en su navegador y necesita JavaScript. Consulte en su lugar las { $editions }, las { $regions } o las { $people }.
search-link-editions = ediciones
search-link-regions = regiones
search-link-people = personas
search-short = Escriba un poco más para buscar.
search-none = Ningún artículo coincide con «{ $query }».
search-results = { $count ->
    [one] { $count } artículo coincide con «{ $query }».
   *[other] { $count } artículos coinciden con «{ $query }».
}
search-more = Se muestran los { $shown } primeros.
search-unavailable = La búsqueda no está disponible: { $error }

## The page-not-found page

not-found-title = Página no encontrada
not-found-intro = La página que busca no existe o se ha trasladado.
not-found-help = Pruebe con la { $front }, consulte las { $editions } o busque entre { $regions }, { $people }, { $tags } y { $sources }.
not-found-front = portada
not-found-editions = ediciones
not-found-regions = regiones
not-found-people = personas
not-found-tags = etiquetas
not-found-sources = fuentes

## Emails and edition feeds

read-more = Seguir leyendo
read-article = Leer el artículo
original-at = Original en { $source }
read-on-web = Leer esta edición en la web
read-on-web-colon = Leer esta edición en la web:
you-are-reading = Está leyendo { $title }.

## newsdesk init --language

init-title = Bienvenido a su resumen de noticias
init-summary = Un primer artículo que muestra cómo se escribe un resumen: metadatos YAML y después Markdown.
init-note = Sustituya este artículo por su primera noticia real, o bórrelo.
init-body =
    Cada artículo es un archivo Markdown dentro de `content/`, normalmente ordenado por año
    y mes (`content/2024/07/mi-noticia.md`). Su página se publica en
    `/articles/AAAA/MM/<slug>/`.

    Edite `site.yaml` (al menos `title` y `base_url`), ejecute `newsdesk build` y, antes de
    publicar, `newsdesk check`. Los textos de la interfaz proceden del tema; para cambiar
    uno, cópielo en `i18n/{ $language }.ftl`.
