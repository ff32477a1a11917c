# 简体中文。模板：en.ftl；参见 docs/i18n.md。

## Navigation and page furniture

skip-link = 跳到正文
nav-label = 栏目
nav-editions = 各期
nav-regions = 地区
nav-people = 人物
nav-tags = 标签
nav-sources = 来源
search = 搜索
breadcrumb = 导航路径
pagination = 分页
pagination-first = « 第一页
pagination-previous = ‹ 上一页
pagination-next = 下一页 ›
pagination-last = 最后一页 »
pagination-status = 第 { $page } 页，共 { $pages } 页
page-of = 第 { $page } 页，共 { $pages } 页
atom-feed = Atom 订阅
all-editions = 所有各期
built-with = 由 newsdesk 生成
nothing-yet = 这里还没有内容。

## Counts

articles-count = { $count } 篇文章
articles-word = 篇文章
reading-time = 阅读约需 { $count } 分钟
words-count = { $count } 字

## Cards and article pages

pinned = 置顶
original = 原文
original-hidden = 原文链接
original-hidden-at = { $source } 上的原文
curators-note = 编者按
curators-note-prefix = 编者按：
also-in = 另见于
also-reported-by = 另据报道：
also-covered-by = 另见报道：
image-credit = 图片：{ $credit }
updated = 更新于
by-authors = 作者：{ $authors }
source-prefix = 来源：
original-article = 原文
read-full-at = 在 { $source } 阅读全文
read-full-original = 在原始来源阅读全文
more-people = 有关这些人物的更多内容
more-places = 有关这些地点的更多内容
tags = 标签
related-coverage = 相关报道
in-brief = 简讯

## Editions

latest-edition = 最新一期
edition = 本期
email = 电子邮件
plain-text = 纯文本
most-covered-places = 报道最多的地点
most-covered-people = 报道最多的人物
top-stories = 头条
elsewhere = 其他新闻
editions-nav = 各期
previous-edition = 上一期
next-edition = 下一期
edition-week = { $year }年第{ $week }周（{ $days }）
editions-title = 各期
editions-intro = 所有各期，最新的在前。
no-editions = 还没有任何一期。

## Home and lists

all-articles = 全部文章
nothing-published = 还没有发布任何内容。
people-title = 人物
people-intro = 新闻中出现的所有人物，报道最多的在前。
tags-title = 标签
tags-intro = 各个主题及其文章数量。
sources-title = 来源
sources-intro = 这些文章所来自的媒体。

## Regions and people

regions-title = 地区
regions-intro = 按世界地区、次区域和国家划分的报道。
where-the-news-is = 新闻发生在哪里
articles-per-country = 各国文章数
countries-by-coverage = 按报道数量排列的国家
not-on-map = （未在地图上显示）
no-regions = 还没有地区。
map-title = 按国家划分的报道世界地图
region-kind-world = 世界地区
region-kind-subregion = 次区域
region-kind-country = 国家
region-kind-city = 城市
children-countries = 国家
children-cities = 城市
older-by-country = 较早的文章(按国家)
children-subregions = 次区域
articles-title = 文章
articles-per-week = 每周文章数
often-alongside = 经常一同出现的人物
people-in-stories = 这些报道中的人物
where-in-news = 出现在哪些地方的新闻中
also-in-stories = 这些报道中的其他地点
timeline-summary = 从 { $start } 到 { $end } 的 { $weeks } 周内共 { $count } 篇文章
timeline-busiest = ；最多的一周：{ $week } 那一周（{ $count } 篇）
sentence-end = 。


## Places CLDR has no name for (others come from CLDR: see docs/i18n.md)

place-balkans = 巴尔干
place-caucasus = 高加索
place-middle-east = 中东
place-levant = 黎凡特
place-gulf = 海湾地区
place-pacific-islands = 太平洋岛屿
place-southern-ocean = 南大洋

## Search

search-title = 搜索
search-intro = 每篇文章的标题、摘要、人物、地点和全文。
search-label = 搜索新闻摘要
search-placeholder = 例如：布林肯 老挝
search-noscript = 搜索在您的浏览器中运行，需要 JavaScript。您可以改为浏览{ $editions }、{ $regions }或{ $people }。
search-link-editions = 各期
search-link-regions = 地区
search-link-people = 人物
search-short = 请再多输入一些内容。
search-none = 没有文章匹配“{ $query }”。
search-results = 有 { $count } 篇文章匹配“{ $query }”。
search-more = 显示前 { $shown } 篇。
search-unavailable = 搜索不可用：{ $error }

## The page-not-found page

not-found-title = 找不到页面
not-found-intro = 您要找的页面不存在或已移动。
not-found-help = 请前往{ $front }，浏览{ $editions }，或查看{ $regions }、{ $people }、{ $tags }和{ $sources }。
not-found-front = 首页
not-found-editions = 各期
not-found-regions = 地区
not-found-people = 人物
not-found-tags = 标签
not-found-sources = 来源

## Emails and edition feeds

read-more = 阅读更多
read-article = 阅读文章
original-at = { $source } 上的原文
read-on-web = 在网页上阅读本期
read-on-web-colon = 在网页上阅读本期：
you-are-reading = 您正在阅读《{ $title }》。

## newsdesk init --language

init-title = 欢迎使用您的新闻摘要
init-summary = 第一篇文章，展示新闻摘要的写法：先是 YAML 元数据，然后是 Markdown 正文。
init-note = 请用您的第一篇真实报道替换这篇文章，或者删除它。
init-body =
    每篇文章都是 `content/` 下的一个 Markdown 文件，通常按年份和月份存放
    （`content/2024/07/my-story.md`）。它的页面发布在 `/articles/YYYY/MM/<slug>/`。

    编辑 `site.yaml`（至少填写 `title` 和 `base_url`），运行 `newsdesk build`，发布前运行
    `newsdesk check`。本站的界面文字来自主题；如需修改，请把它复制到
    `i18n/{ $language }.ftl`。
