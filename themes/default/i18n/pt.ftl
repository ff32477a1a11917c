# Português. Modelo: en.ftl; veja docs/i18n.md.

## Navigation and page furniture

skip-link = Ir para o conteúdo
nav-label = Secções
nav-editions = Edições
nav-regions = Regiões
nav-people = Pessoas
nav-tags = Etiquetas
nav-sources = Fontes
search = Pesquisar
breadcrumb = Trilho de navegação
pagination = Paginação
pagination-first = « Primeira
pagination-previous = ‹ Anterior
pagination-next = Seguinte ›
pagination-last = Última »
pagination-status = Página { $page } de { $pages }
page-of = página { $page } de { $pages }
atom-feed = Feed Atom
all-editions = Todas as edições
built-with = Feito com newsdesk
nothing-yet = Ainda não há nada aqui.

## Counts

articles-count = { $count ->
    [one] { $count } artigo
   *[other] { $count } artigos
}
articles-word = { $count ->
    [one] artigo
   *[other] artigos
}
reading-time = { $count } min de leitura
words-count = { $count ->
    [one] { $count } palavra
   *[other] { $count } palavras
}

## Cards and article pages

pinned = Fixado
original = Original
original-hidden = artigo original
original-hidden-at = artigo original em { $source }
curators-note = Nota da redação
curators-note-prefix = Nota da redação:
also-in = Também em
also-reported-by = Também noticiado por
also-covered-by = Também noticiado por
image-credit = Imagem: { $credit }
updated = Atualizado a
by-authors = Por { $authors }
source-prefix = Fonte:
original-article = Artigo original
read-full-at = Ler o artigo completo em { $source }
read-full-original = Ler o artigo completo na fonte original
more-people = Mais sobre estas pessoas
more-places = Mais sobre estes lugares
tags = Etiquetas
related-coverage = Cobertura relacionada
in-brief = Em resumo

## Editions

latest-edition = Edição mais recente
edition = Edição
email = E-mail
plain-text = Texto simples
most-covered-places = Lugares mais referidos
most-covered-people = Pessoas mais referidas
top-stories = Destaques
elsewhere = Outras notícias
editions-nav = Edições
previous-edition = Edição anterior
next-edition = Edição seguinte
edition-week = Semana { $week } de { $year } ({ $days })
editions-title = Edições
editions-intro = Todas as edições, da mais recente para a mais antiga.
no-editions = Ainda não há edições.

## Home and lists

all-articles = Todos os artigos
nothing-published = Ainda nada foi publicado.
people-title = Pessoas
people-intro = Todas as pessoas nas notícias, as mais referidas primeiro.
tags-title = Etiquetas
tags-intro = Os temas, com o número de artigos de cada um.
sources-title = Fontes
sources-intro = As publicações de onde vêm estes artigos.

## Regions and people

regions-title = Regiões
regions-intro = Cobertura por região do mundo, sub-região e país.
where-the-news-is = Onde estão as notícias
articles-per-country = Artigos por país
countries-by-coverage = Países por cobertura
not-on-map = (não desenhado no mapa)
no-regions = Ainda não há regiões.
map-title = Mapa-múndi da cobertura por país
region-kind-world = Região do mundo
region-kind-subregion = Sub-região
region-kind-country = País
region-kind-city = Cidade
children-countries = Países
children-cities = Cidades
older-by-country = Artigos anteriores, por país
children-subregions = Sub-regiões
articles-title = Artigos
articles-per-week = Artigos por semana
often-alongside = Muitas vezes ao lado de
people-in-stories = Pessoas nestas notícias
where-in-news = Onde aparecem nas notícias
also-in-stories = Também nestas notícias
timeline-summary = { $count ->
    [one] { $count } artigo
   *[other] { $count } artigos
} em { $weeks ->
    [one] uma semana
   *[other] { $weeks } semanas
}, de { $start } a { $end }
timeline-busiest = ; a semana com mais: a de { $week } ({ $count })
sentence-end = .


## Places CLDR has no name for (others come from CLDR: see docs/i18n.md)

place-balkans = Balcãs
place-caucasus = Cáucaso
place-middle-east = Médio Oriente
place-levant = Levante
place-gulf = Golfo
place-pacific-islands = Ilhas do Pacífico
place-southern-ocean = Oceano Antártico

## Search

search-title = Pesquisar
search-intro = Títulos, resumos, pessoas, lugares e o texto completo de cada artigo.
search-label = Pesquisar no resumo de notícias
search-placeholder = p. ex. Blinken Laos
search-noscript = A pesquisa funciona no seu navegador e precisa de JavaScript. Em alternativa, consulte as { $editions }, as { $regions } ou as { $people }.
search-link-editions = edições
search-link-regions = regiões
search-link-people = pessoas
search-short = Escreva um pouco mais para pesquisar.
search-none = Nenhum artigo corresponde a «{ $query }».
search-results = { $count ->
    [one] { $count } artigo corresponde a «{ $query }».
   *[other] { $count } artigos correspondem a «{ $query }».
}
search-more = São mostrados os primeiros { $shown }.
search-unavailable = A pesquisa não está disponível: { $error }

## The page-not-found page

not-found-title = Página não encontrada
not-found-intro = A página que procura não existe ou mudou de sítio.
not-found-help = Experimente a { $front }, consulte as { $editions } ou procure entre { $regions }, { $people }, { $tags } e { $sources }.
not-found-front = página inicial
not-found-editions = edições
not-found-regions = regiões
not-found-people = pessoas
not-found-tags = etiquetas
not-found-sources = fontes

## Emails and edition feeds

read-more = Ler mais
read-article = Ler o artigo
original-at = Original em { $source }
read-on-web = Ler esta edição na web
read-on-web-colon = Ler esta edição na web:
you-are-reading = Está a ler { $title }.

## newsdesk init --language

init-title = Bem-vindo ao seu resumo de notícias
init-summary = Um primeiro artigo para mostrar como se escreve um resumo: metadados YAML e depois Markdown.
init-note = Substitua este artigo pela sua primeira notícia verdadeira, ou apague-o.
init-body =
    Cada artigo é um ficheiro Markdown em `content/`, normalmente arrumado por ano e mês
    (`content/2024/07/a-minha-noticia.md`). A sua página é publicada em
    `/articles/AAAA/MM/<slug>/`.

    Edite `site.yaml` (pelo menos `title` e `base_url`), execute `newsdesk build` e, antes
    de publicar, `newsdesk check`. Os textos da interface vêm do tema; para mudar um,
    copie-o para `i18n/{ $language }.ftl`.
