# Русский. Образец: en.ftl; см. docs/i18n.md.

## Navigation and page furniture

skip-link = Перейти к содержимому
nav-label = Разделы
nav-editions = Выпуски
nav-regions = Регионы
nav-people = Люди
nav-tags = Теги
nav-sources = Источники
search = Поиск
breadcrumb = Навигационная цепочка
pagination = Страницы
pagination-first = « Первая
pagination-previous = ‹ Предыдущая
pagination-next = Следующая ›
pagination-last = Последняя »
pagination-status = Страница { $page } из { $pages }
page-of = страница { $page } из { $pages }
atom-feed = Лента Atom
all-editions = Все выпуски
built-with = Сделано на newsdesk
nothing-yet = Здесь пока ничего нет.

## Counts

articles-count = { $count ->
    [one] { $count } статья
    [few] { $count } статьи
    [many] { $count } статей
   *[other] { $count } статьи
}
articles-word = { $count ->
    [one] статья
    [few] статьи
    [many] статей
   *[other] статьи
}
reading-time = { $count } мин чтения
words-count = { $count ->
    [one] { $count } слово
    [few] { $count } слова
    [many] { $count } слов
   *[other] { $count } слова
}

## Cards and article pages

pinned = Закреплено
original = Оригинал
original-hidden = оригинальная статья
original-hidden-at = оригинальная статья на { $source }
curators-note = Примечание редакции
curators-note-prefix = Примечание редакции:
also-in = Также в
also-reported-by = Также сообщили
also-covered-by = Также об этом писали
image-credit = Изображение: { $credit }
updated = Обновлено
by-authors = Автор: { $authors }
source-prefix = Источник:
original-article = Оригинальная статья
read-full-at = Читать статью полностью на { $source }
read-full-original = Читать статью полностью в первоисточнике
more-people = Подробнее об этих людях
more-places = Подробнее об этих местах
tags = Теги
related-coverage = По теме
in-brief = Коротко

## Editions

latest-edition = Последний выпуск
edition = Выпуск
email = Электронная почта
plain-text = Простой текст
most-covered-places = Чаще всего упоминаемые места
most-covered-people = Чаще всего упоминаемые люди
top-stories = Главное
elsewhere = Другие новости
editions-nav = Выпуски
previous-edition = Предыдущий выпуск
next-edition = Следующий выпуск
edition-week = Неделя { $week }, { $year } ({ $days })
editions-title = Выпуски
editions-intro = Все выпуски, начиная с последнего.
no-editions = Выпусков пока нет.

## Home and lists

all-articles = Все статьи
nothing-published = Пока ничего не опубликовано.
people-title = Люди
people-intro = Все, кто попал в новости, — сначала самые упоминаемые.
tags-title = Теги
tags-intro = Темы и число статей по каждой.
sources-title = Источники
sources-intro = Издания, из которых взяты эти статьи.

## Regions and people

regions-title = Регионы
regions-intro = Новости по частям света, регионам и странам.
where-the-news-is = Где происходят события
articles-per-country = Статей по странам
countries-by-coverage = Страны по числу статей
not-on-map = (не отмечено на карте)
no-regions = Регионов пока нет.
map-title = Карта мира: статьи по странам
region-kind-world = Часть света
region-kind-subregion = Регион
region-kind-country = Страна
region-kind-city = Город
children-countries = Страны
children-cities = Города
older-by-country = Более ранние статьи по странам
children-subregions = Регионы
articles-title = Статьи
articles-per-week = Статей в неделю
often-alongside = Часто упоминается вместе с
people-in-stories = Люди в этих новостях
where-in-news = Где они в новостях
also-in-stories = Также в этих новостях
timeline-summary = { $count ->
    [one] { $count } статья
    [few] { $count } статьи
    [many] { $count } статей
   *[other] { $count } статьи
} за { $weeks ->
    [one] { $weeks } неделю
    [few] { $weeks } недели
   *[many] { $weeks } недель
}, с { $start } по { $end }
timeline-busiest = ; больше всего — на неделе с { $week } ({ $count })
sentence-end = .


## Places CLDR has no name for (others come from CLDR: see docs/i18n.md)

place-balkans = Балканы
place-caucasus = Кавказ
place-middle-east = Ближний Восток
place-levant = Левант
place-gulf = Персидский залив
place-pacific-islands = Острова Тихого океана
place-southern-ocean = Южный океан

## Search

search-title = Поиск
search-intro = Заголовки, краткие изложения, люди, места и полный текст каждой статьи.
search-label = Поиск по обзору новостей
search-placeholder = например, Блинкен Лаос
search-noscript = Поиск работает в браузере и требует JavaScript. Вместо этого просмотрите { $editions }, { $regions } или { $people }.
search-link-editions = выпуски
search-link-regions = регионы
search-link-people = людей
search-short = Введите чуть больше, чтобы начать поиск.
search-none = По запросу «{ $query }» ничего не найдено.
search-results = { $count ->
    [one] По запросу «{ $query }» найдена { $count } статья.
    [few] По запросу «{ $query }» найдено { $count } статьи.
    [many] По запросу «{ $query }» найдено { $count } статей.
   *[other] По запросу «{ $query }» найдено { $count } статьи.
}
search-more = Показаны первые { $shown }.
search-unavailable = Поиск недоступен: { $error }

## The page-not-found page

not-found-title = Страница не найдена
not-found-intro = Запрошенной страницы нет, или она переехала.
not-found-help = Перейдите на { $front }, просмотрите { $editions } или загляните в разделы: { $regions }, { $people }, { $tags } и { $sources }.
not-found-front = главную страницу
not-found-editions = выпуски
not-found-regions = регионы
not-found-people = люди
not-found-tags = теги
not-found-sources = источники

## Emails and edition feeds

read-more = Читать далее
read-article = Читать статью
original-at = Оригинал на { $source }
read-on-web = Читать этот выпуск на сайте
read-on-web-colon = Читать этот выпуск на сайте:
you-are-reading = Вы читаете «{ $title }».

## newsdesk init --language

init-title = Добро пожаловать в ваш обзор новостей
init-summary = Первая статья показывает, как пишется обзор: сначала метаданные YAML, затем Markdown.
init-note = Замените эту статью своей первой настоящей новостью или удалите её.
init-body =
    Каждая статья — это файл Markdown в папке `content/`, обычно разложенный по годам и
    месяцам (`content/2024/07/moya-novost.md`). Её страница публикуется по адресу
    `/articles/ГГГГ/ММ/<slug>/`.

    Укажите в `site.yaml` хотя бы `title` и `base_url`, запустите `newsdesk build`, а перед
    публикацией — `newsdesk check`. Тексты интерфейса берутся из темы; чтобы изменить
    какой-либо из них, скопируйте его в `i18n/{ $language }.ftl`.
