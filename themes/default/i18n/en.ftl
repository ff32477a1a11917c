# English: the default theme's interface strings, and the model for every other language.
# To add a language, copy this file to i18n/<code>.ftl (de.ftl, pt-BR.ftl) and translate the
# text after each `=`; keep the ids and the { $variables }. Plural forms follow the CLDR rules
# of the language: [zero] [one] [two] [few] [many] and *[other] (the default, marked *).
# See docs/i18n.md.

## Navigation and page furniture

skip-link = Skip to content
nav-label = Sections
nav-editions = Editions
nav-regions = Regions
nav-people = People
nav-tags = Tags
nav-sources = Sources
search = Search
breadcrumb = Breadcrumb
pagination = Pagination
pagination-first = « First
pagination-previous = ‹ Previous
pagination-next = Next ›
pagination-last = Last »
# "Page 2 of 7" in the pager; "page 2 of 7" after a count.
pagination-status = Page { $page } of { $pages }
page-of = page { $page } of { $pages }
atom-feed = Atom feed
all-editions = All editions
built-with = Built with newsdesk
nothing-yet = Nothing here yet.

## Counts

# "5 articles"
articles-count = { $count ->
    [one] { $count } article
   *[other] { $count } articles
}
# After a number shown on its own (for screen readers): "5 <articles>".
articles-word = { $count ->
    [one] article
   *[other] articles
}
# On cards and article pages.
reading-time = { $count } min read
words-count = { $count ->
    [one] { $count } word
   *[other] { $count } words
}

## Cards and article pages

pinned = Pinned
original = Original
original-hidden = article
original-hidden-at = article at { $source }
curators-note = Curator’s note
curators-note-prefix = Curator’s note:
also-in = Also in
also-reported-by = Also reported by
also-covered-by = Also covered by
image-credit = Image: { $credit }
updated = Updated
by-authors = By { $authors }
source-prefix = Source:
original-article = Original article
read-full-at = Read the full article at { $source }
read-full-original = Read the full article at the original source
more-people = More about these people
more-places = More about these places
tags = Tags
related-coverage = Related coverage
in-brief = In brief

## Editions

latest-edition = Latest edition
edition = Edition
email = Email
plain-text = Plain text
most-covered-places = Most covered places
most-covered-people = Most covered people
top-stories = Top stories
elsewhere = Elsewhere
editions-nav = Editions
previous-edition = Previous edition
next-edition = Next edition
# Weekly edition titles: "Week 31, 2024 (29 July–4 August)". $days is the span of dates.
edition-week = Week { $week }, { $year } ({ $days })
editions-title = Editions
editions-intro = Every edition, newest first.
no-editions = No editions yet.

## Home and lists

all-articles = All articles
nothing-published = Nothing has been published yet.
people-title = People
people-intro = Everyone in the news here, most covered first.
tags-title = Tags
tags-intro = Topics, with the number of articles for each.
sources-title = Sources
sources-intro = The publications these articles come from.

## Regions and people

regions-title = Regions
regions-intro = Coverage by world region, subregion and country.
where-the-news-is = Where the news is
articles-per-country = Articles per country
countries-by-coverage = Countries by coverage
not-on-map = (not drawn on the map)
no-regions = No regions yet.
map-title = World map of coverage by country
region-kind-world = World region
region-kind-subregion = Subregion
region-kind-country = Country
region-kind-city = City
children-countries = Countries
children-cities = Cities
older-by-country = Older articles, by country
children-subregions = Subregions
articles-title = Articles
articles-per-week = Articles per week
often-alongside = Often alongside
people-in-stories = People in these stories
where-in-news = Where they are in the news
also-in-stories = Also in these stories
# The text beside a timeline chart: "7 articles in the 4 weeks from 1 July 2024 to 28 July 2024".
timeline-summary = { $count ->
    [one] { $count } article
   *[other] { $count } articles
} in the { $weeks ->
    [one] week
   *[other] { $weeks } weeks
} from { $start } to { $end }
# Added to the timeline text when it spans more than one week.
timeline-busiest = ; busiest: the week of { $week } ({ $count })
# Closes the timeline text.
sentence-end = .

## Search

search-title = Search
search-intro = Titles, summaries, people, places and full text of every article.
search-label = Search the digest
search-placeholder = e.g. Blinken Laos
search-noscript = Search runs in your browser and needs JavaScript. Browse the { $editions }, { $regions } or { $people } instead.
search-link-editions = editions
search-link-regions = regions
search-link-people = people
search-short = Type a little more to search.
# $query is what the reader typed.
search-none = No articles match “{ $query }”.
search-results = { $count ->
    [one] { $count } article matches “{ $query }”.
   *[other] { $count } articles match “{ $query }”.
}
search-more = Showing the first { $shown }.
search-unavailable = Search is not available: { $error }

## The page-not-found page

not-found-title = Page not found
not-found-intro = The page you asked for does not exist, or has moved.
not-found-help = Try the { $front }, browse the { $editions }, or look through { $regions }, { $people }, { $tags } and { $sources }.
not-found-front = front page
not-found-editions = editions
not-found-regions = regions
not-found-people = people
not-found-tags = tags
not-found-sources = sources

## Emails and edition feeds

read-more = Read more
read-article = Read the article
original-at = Original at { $source }
read-on-web = Read this edition on the web
read-on-web-colon = Read this edition on the web:
you-are-reading = You are reading { $title }.

## newsdesk init --language: the welcome article of a new site

init-title = Welcome to your news digest
init-summary = A first article to show how a digest is written: YAML front matter, then Markdown.
init-note = Replace this article with your first real story, or delete it.
init-body =
    Every article is a Markdown file under `content/`, usually filed by year and month
    (`content/2024/07/my-story.md`). Its page is published at `/articles/YYYY/MM/<slug>/`.

    Edit `site.yaml` (at least `title` and `base_url`), run `newsdesk build`, and run
    `newsdesk check` before you publish. The interface strings of this site come from
    the theme; to change one, copy it into `i18n/{ $language }.ftl`.
