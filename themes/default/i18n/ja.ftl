# 日本語。ひな形：en.ftl（docs/i18n.md を参照）。

## Navigation and page furniture

skip-link = 本文へ移動
nav-label = セクション
nav-editions = 各号
nav-regions = 地域
nav-people = 人物
nav-tags = タグ
nav-sources = 情報源
search = 検索
breadcrumb = パンくずリスト
pagination = ページ送り
pagination-first = « 最初
pagination-previous = ‹ 前へ
pagination-next = 次へ ›
pagination-last = 最後 »
pagination-status = { $pages } ページ中 { $page } ページ目
page-of = { $pages } ページ中 { $page } ページ目
atom-feed = Atom フィード
all-editions = すべての号
built-with = newsdesk で作成
nothing-yet = まだ何もありません。

## Counts

articles-count = { $count } 件の記事
articles-word = 件の記事
reading-time = { $count } 分で読めます
words-count = { $count } 語

## Cards and article pages

pinned = 固定
original = 元記事
original-hidden = （外部サイト）
original-hidden-at = （{ $source }）
curators-note = 編集者メモ
curators-note-prefix = 編集者メモ：
also-in = ほかの掲載先：
also-reported-by = ほかの報道：
also-covered-by = ほかの報道：
image-credit = 画像：{ $credit }
updated = 更新日：
by-authors = 執筆：{ $authors }
source-prefix = 情報源：
original-article = 元記事
read-full-at = { $source } で全文を読む
read-full-original = 元の情報源で全文を読む
more-people = この人物についてもっと見る
more-places = この場所についてもっと見る
tags = タグ
related-coverage = 関連記事
in-brief = 要点

## Editions

latest-edition = 最新号
edition = 号
email = メール
plain-text = テキスト版
most-covered-places = 最も多く取り上げられた場所
most-covered-people = 最も多く取り上げられた人物
top-stories = トップニュース
elsewhere = その他のニュース
editions-nav = 各号
previous-edition = 前の号
next-edition = 次の号
edition-week = { $year }年 第{ $week }週（{ $days }）
editions-title = 各号
editions-intro = すべての号（新しい順）。
no-editions = まだ号がありません。

## Home and lists

all-articles = すべての記事
nothing-published = まだ何も公開されていません。
people-title = 人物
people-intro = ニュースに登場するすべての人物（多く取り上げられた順）。
tags-title = タグ
tags-intro = トピックとそれぞれの記事数。
sources-title = 情報源
sources-intro = これらの記事の出典となったメディア。

## Regions and people

regions-title = 地域
regions-intro = 世界の地域・小地域・国別の報道。
where-the-news-is = ニュースの舞台
articles-per-country = 国別の記事数
countries-by-coverage = 記事数の多い国
not-on-map = （地図には表示されていません）
no-regions = まだ地域がありません。
map-title = 国別の報道を示す世界地図
region-kind-world = 世界の地域
region-kind-subregion = 小地域
region-kind-country = 国
region-kind-city = 都市
children-countries = 国
children-cities = 都市
older-by-country = 過去の記事(国別)
children-subregions = 小地域
articles-title = 記事
articles-per-week = 週ごとの記事数
often-alongside = よく一緒に登場する人物
people-in-stories = これらの記事に登場する人物
where-in-news = ニュースに登場する場所
also-in-stories = これらの記事に登場するほかの場所
timeline-summary = { $start }から{ $end }までの{ $weeks }週間で{ $count }件の記事
timeline-busiest = 。最も多かったのは{ $week }からの週（{ $count }件）
sentence-end = 。


## Places CLDR has no name for (others come from CLDR: see docs/i18n.md)

place-balkans = バルカン
place-caucasus = コーカサス
place-middle-east = 中東
place-levant = レバント
place-gulf = 湾岸
place-pacific-islands = 太平洋諸島
place-southern-ocean = 南極海

## Search

search-title = 検索
search-intro = すべての記事のタイトル・要約・人物・場所・本文。
search-label = ニュースダイジェストを検索
search-placeholder = 例：ブリンケン ラオス
search-noscript = 検索はブラウザー内で動作し、JavaScript が必要です。代わりに{ $editions }、{ $regions }、{ $people }をご覧ください。
search-link-editions = 各号
search-link-regions = 地域
search-link-people = 人物
search-short = もう少し入力してください。
search-none = 「{ $query }」に一致する記事はありません。
search-results = 「{ $query }」に一致する記事が { $count } 件あります。
search-more = 最初の { $shown } 件を表示しています。
search-unavailable = 検索を利用できません：{ $error }

## The page-not-found page

not-found-title = ページが見つかりません
not-found-intro = お探しのページは存在しないか、移動しました。
not-found-help = { $front }に戻るか、{ $editions }を見るか、{ $regions }・{ $people }・{ $tags }・{ $sources }からお探しください。
not-found-front = トップページ
not-found-editions = 各号
not-found-regions = 地域
not-found-people = 人物
not-found-tags = タグ
not-found-sources = 情報源

## Emails and edition feeds

read-more = 続きを読む
read-article = 記事を読む
original-at = { $source } の元記事
read-on-web = この号をウェブで読む
read-on-web-colon = この号をウェブで読む：
you-are-reading = 「{ $title }」をお読みいただいています。

## newsdesk init --language

init-title = ニュースダイジェストへようこそ
init-summary = ダイジェストの書き方を示す最初の記事です。YAML のメタデータのあとに Markdown の本文が続きます。
init-note = この記事を最初の本物の記事に置き換えるか、削除してください。
init-body =
    記事はそれぞれ `content/` の下の Markdown ファイルで、ふつうは年と月ごとに置きます
    （`content/2024/07/my-story.md`）。記事のページは `/articles/YYYY/MM/<slug>/` に公開されます。

    `site.yaml` を編集し（少なくとも `title` と `base_url`）、`newsdesk build` を実行し、
    公開前に `newsdesk check` を実行してください。このサイトの画面の文言はテーマから来ています。
    変更するには `i18n/{ $language }.ftl` にコピーしてください。
