#!/usr/bin/env python3
"""Writes batch 7 of the written pages (issue #15, extraction round 7) into `extra/`.

Each page is its HTML, its expected text and its labels, written together before anything
ran on them; events and people are fictional. Batch 7 is meant to be harder than batch 6
in the ways real pages are: titles (the site name at the front of `<title>` or behind
unusual separators, `og:title` carrying a kicker or section label the `<h1>` lacks, a
headline broken across `<br>`, an `<h1>` that is the site's logo), boilerplate-heavy
blocks beside short stories, stories cut into several containers by ads and related
boxes, a live blog, Q&A interviews, a photo essay told in captions, list articles, a
paywall teaser, an AMP page and author bios, in ja, zh, ko, ar, th, he, hi, vi, el, uk,
cs, sv, fi as well as en, de and fr.
Run from anywhere: `python3 benches/realpages/batch7.py`.
"""
import html

from batch_kit import end, h, head, jsonld, nav, og, page, PAGES, ps, write


def teasers(cls, heading, items, tag="h3"):
    """A box of teasers, each a linked headline with a one-sentence summary."""
    return f'<div class="{cls}"><h2>{heading}</h2>' + "".join(
        f'<div class="{cls}__item"><{tag}><a href="/{u}">{a}</a></{tag}><p>{b}</p></div>' for u, a, b in items
    ) + "</div>"


# 1. An English regional daily's live blog: "Key events" list linking to entries, entries
# as <article> blocks with their own times and a few with headings, ad slots and a
# "Please turn on JavaScript" note between them, a "Load more updates" button, a
# standfirst list of bullet points (expected) and a "Most viewed" rail.
t = "Storm Edda live: trains cancelled and thousands without power as 90mph gusts hit coast"
P = [
    "Amber wind warning in force across the south-west until 9pm",
    "More than 40,000 homes without electricity, network operator says",
    "All trains west of Exeter cancelled for the rest of the day",
    "The Met Office says the strongest gusts have now passed the Isles of Scilly and are moving up the Bristol Channel. A gust of 92mph was recorded at Berry Head just after 2pm, the highest on the mainland so far.",
    "Forecasters expect winds to ease slowly from the west during the evening, but the amber warning stays in place until 9pm.",
    "Power cuts spread inland",
    "National Grid Electricity Distribution says 41,300 customers are now without power, most of them in Cornwall and south Devon. Engineers cannot climb poles while gusts stay above 50mph, so some homes may be without electricity overnight.",
    "The company has opened a welfare line for vulnerable customers and says it will send out generators to care homes first.",
    "Great Western Railway has cancelled all trains west of Exeter St Davids after a tree fell on the line near Dawlish. A spokesperson said passengers should not attempt to travel and that tickets dated today will be accepted tomorrow.",
    "Rail replacement buses cannot run either, because several roads along the coast are closed by fallen trees.",
    "Devon and Cornwall Police have closed the A379 at Slapton Sands, where waves are breaking over the road. Inspector Rebecca Thorne urged people to stay away from the seafront: \u201cPlease do not go to watch the waves. They are far bigger and stronger than they look.\u201d",
]
page(
    "harbourtimes.co.uk.storm-edda-live",
    dict(
        title=t,
        date="2025-02-14",
        language="en",
        url="https://www.harbourtimes.co.uk/news/live/2025/feb/14/storm-edda-live-updates-wind-warning-trains-power-cuts",
        people=["Rebecca Thorne"],
        countries=["United Kingdom"],
        note="Batch 7 (written before anything ran on it; fictional). Imitates an English daily's live blog: standfirst as a bullet list (expected), 'Key events' list of links to the entries (not expected), entries as <article class=block> with a <time> each ('14.32 GMT', not expected) and some with <h2> headings (expected), an 'Advertisement' slot and a 'Please turn on JavaScript' note between entries, 'Updated at 15.02 GMT' lines, a 'Load more updates' button, 'Most viewed' rail. <title> ends '| The Harbour Times'; date in JSON-LD LiveBlogPosting coverageStartTime and article:published_time.",
    ),
    P[:3] + P[10:] + P[3:5] + P[8:10] + P[5:8],  # the entries newest first, as the page shows them
    head(f"{t} | The Harbour Times", "en-GB")
    + og(t, "The Harbour Times", "https://www.harbourtimes.co.uk/news/live/2025/feb/14/storm-edda-live-updates-wind-warning-trains-power-cuts", "Amber wind warning in force across the south-west until 9pm")
    + '<meta property="article:published_time" content="2025-02-14T09:12:04Z">\n'
    + jsonld({"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": t, "coverageStartTime": "2025-02-14T09:12:04+00:00", "coverageEndTime": "2025-02-14T21:00:00+00:00", "datePublished": "2025-02-14T09:12:04+00:00", "dateModified": "2025-02-14T15:02:37+00:00"})
    + "</head>\n<body>\n"
    + '<a class="skip" href="#maincontent">Skip to main content</a>\n<header><a class="logo" href="/">The Harbour Times</a>'
    + nav([("news", "News"), ("sport", "Sport"), ("opinion", "Opinion"), ("culture", "Culture"), ("lifestyle", "Lifestyle")])
    + '<a class="support" href="/support">Support us</a></header>\n'
    + '<main id="maincontent"><div class="live-header"><span class="badge">LIVE</span> <a href="/news/weather">UK weather</a><h1>' + h(t) + '</h1>\n'
    + '<div class="standfirst"><ul>' + "".join(f"<li>{h(x)}</li>" for x in P[:3]) + '</ul></div>\n'
    + '<p class="byline">Sam Whitlock and <a href="/profile/priya-anand">Priya Anand</a></p><p class="dateline">Fri 14 Feb 2025 15.02 GMT</p></div>\n'
    + '<div class="key-events"><h2>Key events</h2><ul><li><a href="#block-5">2h ago <span>Roads closed along the coast</span></a></li><li><a href="#block-3">3h ago <span>All trains west of Exeter cancelled</span></a></li><li><a href="#block-2">4h ago <span>Power cuts spread inland</span></a></li></ul><button>Show key events only</button></div>\n'
    + '<p class="js-note">Please turn on JavaScript to receive live updates.</p>\n'
    + '<div class="live-blog">'
    + '<article id="block-5" class="block"><p class="block-time"><time datetime="2025-02-14T14:32:00Z">14.32 GMT</time></p>' + ps([P[10]]) + '</article>\n'
    + '<div class="ad-slot"><p>Advertisement</p></div>\n'
    + '<article id="block-4" class="block"><p class="block-time"><time datetime="2025-02-14T13:50:00Z">13.50 GMT</time></p>' + ps(P[3:5]) + '<p class="updated">Updated at 14.05 GMT</p></article>\n'
    + '<article id="block-3" class="block"><p class="block-time"><time datetime="2025-02-14T12:41:00Z">12.41 GMT</time></p>' + ps(P[8:10]) + '</article>\n'
    + '<div class="ad-slot"><p>Advertisement</p></div>\n'
    + '<article id="block-2" class="block"><p class="block-time"><time datetime="2025-02-14T11:18:00Z">11.18 GMT</time></p><h2>' + h(P[5]) + '</h2>' + ps(P[6:8]) + '</article>\n'
    + '</div><button class="load-more">Load more updates</button>\n'
    + teasers("most-viewed", "Most viewed", [("news/2025/feb/13/hospital", "Hospital waiting lists fall for third month in a row", "The number of patients waiting more than a year has dropped to its lowest level since 2021."), ("sport/2025/feb/14/argyle", "Argyle sack manager after cup exit", "The club said the decision was taken with regret after a run of nine games without a win.")])
    + "</main>\n"
    + '<footer><p>© 2025 Harbour Times Media Ltd. All rights reserved.</p><a href="/privacy">Privacy policy</a> <a href="/cookies">Cookie settings</a> <a href="/terms">Terms &amp; conditions</a></footer>\n'
    + end(),
)

# 2. A Japanese regional paper: <title> suffix behind a full-width colon ("：北陸日報デジ
# タル"), the date only as "2025年1月22日 18時05分" beside the headline, a photo inside the
# story with its caption (expected), a "スポンサーリンク" ad label, an inline "関連記事" box
# between paragraphs, a "この記事を読んだ人におすすめ" rail and a login prompt.
t = "北陸新幹線、敦賀以西の着工は2027年度に　国交省が工程案"
P = [
    "国土交通省は22日、北陸新幹線の敦賀以西の延伸について、2027年度の着工を目指す工程案を与党の整備委員会に示した。京都府内のルートを巡る地元との調整が続いており、当初目標としていた2025年度からは2年遅れとなる。",
    "工程案によると、環境影響評価の手続きを2026年度中に終え、用地の取得を進めながら順次工事に入る。全線の開業時期については「現時点では示すことが難しい」としている。",
    "敦賀駅のホームで出発を待つ北陸新幹線の車両。延伸区間の開業時期は見通せていない",
    "整備委員会の委員長を務める中村健一郎衆院議員は会合後、「地元の理解を得ながら、一日も早い着工につなげたい」と記者団に述べた。",
    "一方、京都府内では地下水への影響を懸念する声が根強い。府は独自の調査を求めており、国との協議は年度をまたぐ見通しだ。",
]
page(
    "hokuriku-nippo.jp.shinkansen-tsuruga",
    dict(
        title=t,
        date="2025-01-22",
        language="ja",
        url="https://www.hokuriku-nippo.jp/articles/-/1284417",
        people=["中村健一郎"],
        countries=["Japan"],
        note="Batch 7 (written before anything ran on it; fictional). Imitates a Japanese regional paper: <title> 'headline：北陸日報デジタル' (full-width colon, no og:site_name), og:title = headline, date only as '2025年1月22日 18時05分' beside the headline, a photo after the second paragraph with its caption (expected) and credit '（撮影・山田）' inside the caption (expected as the caption without it), 'スポンサーリンク' ad label, an inline '関連記事' box between paragraphs, a 'この記事を読んだ人におすすめ' rail, a members' login prompt.",
    ),
    P,
    head(f"{t}：北陸日報デジタル", "ja")
    + '<meta property="og:title" content="' + html.escape(t) + '">\n<meta property="og:type" content="article">\n<link rel="canonical" href="https://www.hokuriku-nippo.jp/articles/-/1284417">\n'
    + "</head>\n<body>\n"
    + '<header class="site-header"><div class="logo"><a href="/">北陸日報デジタル</a></div>'
    + nav([("news", "ニュース"), ("sports", "スポーツ"), ("life", "くらし"), ("opinion", "社説・コラム"), ("photo", "写真")])
    + '<a href="/login">ログイン</a> <a href="/join">会員登録</a></header>\n'
    + '<main><article class="article"><div class="article-header"><h1 class="article-title">' + h(t) + '</h1><div class="article-date">2025年1月22日 18時05分</div>'
    + '<div class="sns-share"><a href="#">X（旧Twitter）でシェア</a> <a href="#">Facebookでシェア</a> <a href="#">LINEで送る</a></div></div>\n'
    + '<div class="article-body">' + ps(P[:2])
    + '<figure class="article-photo"><img src="/img/1284417-1.jpg" alt=""><figcaption>' + h(P[2]) + '（撮影・山田）</figcaption></figure>\n'
    + '<div class="ad-label">スポンサーリンク</div><div class="ad-inarticle"></div>\n'
    + ps(P[3:4])
    + '<div class="related-inline"><p class="related-inline__title">関連記事</p><ul><li><a href="/articles/-/1271003">北陸新幹線延伸、京都ルートで地下水調査を要望</a></li><li><a href="/articles/-/1266542">敦賀開業1年　利用者は想定上回る</a></li></ul></div>\n'
    + ps(P[4:]) + "</div>\n"
    + '<div class="member-prompt"><p>会員登録すると、すべての記事をお読みいただけます。</p><a href="/join">無料会員登録</a></div></article>\n'
    + teasers("recommend", "この記事を読んだ人におすすめ", [("articles/-/1284001", "金沢港に大型クルーズ船、今年は過去最多の寄港へ", "県によると、今年は海外の船会社を中心に60回を超える寄港が予定されている。"), ("articles/-/1283950", "能登の仮設商店街、春に本格再開へ", "被災した店舗のうち12店が、仮設の商店街で営業を再開する準備を進めている。")])
    + '</main>\n<footer><p>Copyright © 北陸日報社 All rights reserved.</p><a href="/privacy">個人情報保護方針</a> <a href="/about">会社案内</a></footer>\n'
    + end(),
)

# 3. A Chinese portal's finance channel: <title> "headline_财经频道_华东新闻网" (underscore
# separators, two trailing parts), the story cut into two containers by an ad and a
# "相关阅读" box, source line "2025-03-04 09:30　来源：华东新闻网", a "责任编辑" line after
# the story, share buttons and a long "热点推荐" list.
t = "长三角铁路春运发送旅客创新高 单日突破四百万人次"
P = [
    "记者从中国铁路上海局集团获悉，今年春运期间，长三角铁路累计发送旅客1.2亿人次，同比增长8.6%，其中2月16日单日发送旅客412万人次，创历史新高。",
    "为应对客流高峰，铁路部门在春运期间每天加开旅客列车超过300列，并在上海虹桥、杭州东、南京南等大站增设临时售票窗口和候车区。",
    "上海局集团客运部负责人周立新介绍，今年节后返程客流更加集中，部分热门方向车票在开售后几分钟内售罄。铁路部门通过候补购票功能，累计兑现车票超过600万张。",
    "此外，今年春运首次在长三角主要车站全面推行电子客票“一码通行”，旅客进站平均排队时间缩短了三分之一。",
    "铁路部门提醒，春运结束后部分加开列车将陆续停运，旅客出行前请通过官方渠道查询最新车次信息。",
]
page(
    "huadong-news.cn.chunyun-record",
    dict(
        title=t,
        date="2025-03-04",
        language="zh",
        url="https://finance.huadong-news.cn/2025/03/04/ARTI1741051800123456.shtml",
        people=["周立新"],
        countries=["China"],
        note="Batch 7 (written before anything ran on it; fictional). Imitates a Chinese portal's channel page: <title> 'headline_财经频道_华东新闻网' (underscores, section and site), no og tags, date in the URL and in '2025-03-04 09:30　来源：华东新闻网'; the story in two <div class=article-content> containers split by an ad and a '相关阅读' box of links; '责任编辑：王明' after the story (not expected); share row '分享到：微信 微博 QQ空间'; '热点推荐' list.",
    ),
    P,
    head(f"{t}_财经频道_华东新闻网", "zh-CN")
    + '<meta name="keywords" content="春运,铁路,长三角">\n<meta name="description" content="' + html.escape(P[0][:60]) + '">\n'
    + "</head>\n<body>\n"
    + '<div class="top-bar"><a href="/">首页</a> | <a href="/news">新闻</a> | <a href="/finance">财经</a> | <a href="/tech">科技</a> | <a href="/sports">体育</a> | <a href="/app">客户端下载</a></div>\n'
    + '<div class="main-wrap"><div class="crumb"><a href="/">华东新闻网</a> &gt; <a href="/finance">财经频道</a> &gt; 正文</div>\n'
    + '<div class="article"><h1>' + h(t) + '</h1><div class="info"><span class="time">2025-03-04 09:30</span>\u3000<span class="source">来源：华东新闻网</span>\u3000<span class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></span></div>\n'
    + '<div class="article-content">' + ps(P[:2]) + '</div>\n'
    + '<div class="adv"><span>广告</span><a href="/ad/1"><img src="/ad/banner.jpg" alt="广告"></a></div>\n'
    + '<div class="xgyd"><h3>相关阅读</h3><ul><li><a href="/2025/02/20/a1.shtml">春运返程高峰来临 多地铁路加开夜间高铁</a></li><li><a href="/2025/02/10/a2.shtml">候补购票成功率超九成 铁路12306发布春运数据</a></li></ul></div>\n'
    + '<div class="article-content">' + ps(P[2:]) + '</div>\n'
    + '<p class="editor">责任编辑：王明</p></div></div>\n'
    + '<div class="hot"><h3>热点推荐</h3><ul>' + "".join(f'<li><a href="/2025/03/0{i}/h{i}.shtml">{a}</a></li>' for i, a in enumerate(["上海发布新一轮消费券 覆盖餐饮零售文旅", "杭州亚运场馆赛后利用率超过八成", "南京地铁新线路年底前开通 全长三十公里", "江苏外贸开局良好 一季度出口增长超预期"], 1)) + '</ul></div>\n'
    + '<div class="footer"><p>关于我们 | 联系我们 | 广告服务 | 网站地图</p><p>华东新闻网版权所有 未经授权禁止转载</p><p>沪ICP备12345678号</p></div>\n'
    + end(),
)

# 4. A Korean business daily's Q&A interview: og:title and <title> carry a "[인터뷰]"
# label the <h1> lacks, a lead photo with caption (expected), an intro, questions as bold
# paragraphs starting with "―" (expected) and answers, the reporter's name and e-mail at
# the end, "무단전재 및 재배포 금지", a "많이 본 뉴스" rail.
t = "김서연 한빛철도 대표 \"지방 노선, 수요 기다리지 말고 먼저 만들어야\""
P = [
    "김서연 한빛철도 대표가 서울 본사에서 인터뷰하고 있다.",
    "지방 중소도시를 잇는 민자 철도 사업에 뛰어든 지 5년. 김서연 한빛철도 대표는 \"철도는 수요를 따라가는 사업이 아니라 수요를 만드는 사업\"이라고 말했다. 지난달 서울 본사에서 그를 만났다.",
    "― 지방 노선은 적자가 불가피하다는 지적이 많습니다.",
    "\"처음 몇 년은 적자가 맞습니다. 하지만 역이 생기면 주변에 주거와 상업 시설이 들어서고, 그 수요가 다시 철도로 돌아옵니다. 10년을 보고 투자해야 하는 사업입니다.\"",
    "― 정부 지원은 충분하다고 보십니까.",
    "\"건설비 지원은 늘었지만 운영 단계의 지원이 부족합니다. 개통 후 초기 5년 정도는 운영비 일부를 보전해 주는 제도가 필요합니다.\"",
    "― 앞으로의 계획은요.",
    "\"내년 상반기에 충북 구간 착공을 앞두고 있습니다. 지역 대학과 함께 철도 정비 인력을 키우는 과정도 올해 처음 문을 엽니다.\"",
]
page(
    "seoul-kyungje.co.kr.interview-hanbit-rail",
    dict(
        title=t,
        date="2025-04-07",
        language="ko",
        url="https://www.seoul-kyungje.co.kr/article/2025040712345",
        people=["김서연"],
        countries=["South Korea"],
        note="Batch 7 (written before anything ran on it; fictional). Imitates a Korean business daily's Q&A interview: og:title and <title> start with '[인터뷰]' (a label the <h1> lacks; expected title is the <h1>), <title> ends ' - 서울경제일보', a lead photo with caption before the intro (expected; credit '/사진=이동훈 기자' not expected), questions as bold paragraphs starting with '―' (expected), answers in quotes, '박지민 기자 jimin@seoul-kyungje.co.kr' and '<저작권자 ⓒ 서울경제일보, 무단전재 및 재배포 금지>' after the story, '많이 본 뉴스' rail. Date only in '입력 2025.04.07 06:00' and article:published_time.",
    ),
    P,
    head(f"[인터뷰] {t} - 서울경제일보", "ko")
    + og("[인터뷰] " + t, "서울경제일보", "https://www.seoul-kyungje.co.kr/article/2025040712345")
    + '<meta property="article:published_time" content="2025-04-07T06:00:00+09:00">\n'
    + "</head>\n<body>\n"
    + '<header><a class="logo" href="/">서울경제일보</a>' + nav([("economy", "경제"), ("finance", "금융"), ("industry", "산업"), ("realestate", "부동산"), ("people", "피플")]) + '</header>\n'
    + '<div id="container"><div class="article-head"><h1 class="headline">' + h(t) + '</h1><div class="byline"><span>박지민 기자</span> <span class="date">입력 2025.04.07 06:00</span> <span>수정 2025.04.07 08:12</span></div>'
    + '<div class="util"><button>글자크기</button> <button>인쇄</button> <button>공유</button></div></div>\n'
    + '<div id="article-view-content"><figure class="photo-layout"><img src="/news/photo/202504/12345_1.jpg" alt=""><figcaption>' + h(P[0]) + ' /사진=이동훈 기자</figcaption></figure>\n'
    + ps(P[1:2])
    + "".join((f"<p><strong>{h(x)}</strong></p>" if x.startswith("―") else f"<p>{h(x)}</p>") for x in P[2:])
    + '<p class="reporter">박지민 기자 jimin@seoul-kyungje.co.kr</p>\n<p class="copyright">&lt;저작권자 ⓒ 서울경제일보, 무단전재 및 재배포 금지&gt;</p></div></div>\n'
    + teasers("most-read", "많이 본 뉴스", [("article/2025040611111", "기준금리 동결 전망 우세… 시장은 하반기 인하에 무게", "금융통화위원회를 앞두고 전문가 대부분이 이번 달 금리 동결을 예상했다."), ("article/2025040622222", "수도권 아파트 거래량 석 달 연속 증가", "서울과 경기 지역의 아파트 매매 거래가 지난달에도 늘어난 것으로 나타났다.")])
    + '<footer><p>서울경제일보 | 등록번호 서울 아00000 | 발행인 홍길동</p><p>Copyright © 서울경제일보. All rights reserved.</p></footer>\n'
    + end(),
)

# 5. An Arabic news site: the story cut into three containers by an ad slot, an "اقرأ
# أيضا" box and an embedded video with its own title; og:title carries the site name
# after a dash; date only in JSON-LD and a visible "نشر في" line with Arabic-Indic digits.
t = "مصر تبدأ تشغيل أول قطار كهربائي سريع بين العين السخنة والعلمين"
P = [
    "بدأت مصر التشغيل التجريبي لأول قطار كهربائي سريع يربط بين مدينة العين السخنة على البحر الأحمر ومدينة العلمين الجديدة على البحر المتوسط، في رحلة تستغرق نحو ثلاث ساعات.",
    "وقال وزير النقل كامل الوزير خلال جولة تفقدية إن المرحلة الأولى من الخط تمتد لمسافة 660 كيلومترا، وتضم 21 محطة، على أن يبدأ التشغيل التجاري الكامل قبل نهاية العام.",
    "ويسير القطار بسرعة تصل إلى 230 كيلومترا في الساعة، وقد صُمم لنقل الركاب والبضائع الخفيفة، في إطار خطة لربط الموانئ المصرية بالمدن الجديدة.",
    "وأوضح رئيس الهيئة القومية للأنفاق طارق جويلي أن أسعار التذاكر ستُعلن خلال الأسابيع المقبلة، مشيرا إلى أن الحجز سيكون إلكترونيا بالكامل.",
    "ويعد المشروع جزءا من شبكة للقطارات السريعة يبلغ طولها الإجمالي نحو ألفي كيلومتر، تنفذها شركات مصرية بالتعاون مع شركة ألمانية.",
]
page(
    "akhbar-alyawm.net.qitar-sari",
    dict(
        title=t,
        date="2025-01-28",
        language="ar",
        url="https://www.akhbar-alyawm.net/news/2025/01/28/egypt-high-speed-train",
        people=["كامل الوزير", "طارق جويلي"],
        countries=["Egypt", "Germany"],
        note="Batch 7 (written before anything ran on it; fictional). Imitates an Arabic news site (dir=rtl): og:title 'headline - أخبار اليوم نت' (site name inside og:title), <title> the same, og:site_name 'أخبار اليوم نت'; the story cut into three <div class=article-text> containers by an ad slot ('إعلان'), an 'اقرأ أيضا' box with two links and a video embed with its own title; 'نشر في ٢٨ يناير ٢٠٢٥' with Arabic-Indic digits, date otherwise only in JSON-LD; tags and 'الأكثر قراءة' list.",
    ),
    P,
    head(f"{t} - أخبار اليوم نت", "ar").replace('<html lang="ar">', '<html lang="ar" dir="rtl">')
    + og(t + " - أخبار اليوم نت", "أخبار اليوم نت", "https://www.akhbar-alyawm.net/news/2025/01/28/egypt-high-speed-train")
    + jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": t, "datePublished": "2025-01-28T11:40:00+02:00", "publisher": {"@type": "Organization", "name": "أخبار اليوم نت"}})
    + "</head>\n<body>\n"
    + '<header><a class="logo" href="/">أخبار اليوم نت</a>' + nav([("egypt", "مصر"), ("arab", "عربي"), ("world", "دولي"), ("economy", "اقتصاد"), ("sports", "رياضة")]) + '</header>\n'
    + '<main><div class="breadcrumb"><a href="/">الرئيسية</a> › <a href="/egypt">مصر</a></div><h1>' + h(t) + '</h1><div class="meta"><span class="author">القاهرة - أحمد سعيد</span> <span class="date">نشر في ٢٨ يناير ٢٠٢٥</span></div>\n'
    + '<div class="article-text">' + ps(P[:2]) + '</div>\n'
    + '<div class="ad-slot"><span>إعلان</span><div id="div-gpt-ad-1"></div></div>\n'
    + '<div class="article-text">' + ps(P[2:3]) + '</div>\n'
    + '<div class="read-also"><span class="read-also__label">اقرأ أيضا</span><ul><li><a href="/news/2025/01/20/metro">افتتاح ثلاث محطات جديدة في الخط الثالث لمترو القاهرة</a></li><li><a href="/news/2025/01/12/monorail">موعد تشغيل مونوريل العاصمة الإدارية</a></li></ul></div>\n'
    + '<div class="video-embed"><p class="video-title">فيديو: لقطات من الرحلة التجريبية للقطار السريع</p><iframe src="https://player.akhbar-alyawm.net/v/88231"></iframe></div>\n'
    + '<div class="article-text">' + ps(P[3:]) + '</div>\n'
    + '<div class="tags"><span>الكلمات المفتاحية:</span> <a href="/tag/trains">القطار السريع</a> <a href="/tag/transport">وزارة النقل</a></div>\n'
    + '<div class="most-read"><h3>الأكثر قراءة</h3><ol><li><a href="/news/a">أسعار الذهب اليوم في مصر</a></li><li><a href="/news/b">حالة الطقس غدا: انخفاض في درجات الحرارة</a></li><li><a href="/news/c">نتيجة الشهادة الإعدادية ٢٠٢٥</a></li></ol></div></main>\n'
    + '<footer><p>جميع الحقوق محفوظة © أخبار اليوم نت ٢٠٢٥</p><a href="/about">من نحن</a> <a href="/contact">اتصل بنا</a></footer>\n'
    + end(),
)

# 6. A Thai regional news WordPress site whose <h1> is the site logo: the headline is the
# post's <h2 class="entry-title">; the date in Thai with a Buddhist-era year
# ("15 ม.ค. 2568") and in article:published_time; a "ข่าวที่เกี่ยวข้อง" grid and a
# LINE follow prompt.
t = "เชียงใหม่เปิดรถไฟฟ้ารางเบาสายแรก ทดลองวิ่งฟรีสามเดือน"
P = [
    "จังหวัดเชียงใหม่เปิดทดลองให้บริการรถไฟฟ้ารางเบาสายแรกอย่างเป็นทางการเมื่อวันที่ 15 มกราคม โดยเส้นทางเริ่มจากท่าอากาศยานเชียงใหม่ไปยังสถานีขนส่งอาเขต ระยะทางประมาณ 11 กิโลเมตร",
    "นายสมชาย วงศ์ไทย ผู้ว่าราชการจังหวัดเชียงใหม่ กล่าวว่า ในช่วงสามเดือนแรกประชาชนและนักท่องเที่ยวสามารถใช้บริการได้ฟรี เพื่อให้คุ้นเคยกับระบบขนส่งสาธารณะรูปแบบใหม่ และช่วยลดปัญหาการจราจรในเขตเมือง",
    "รถไฟฟ้าสายนี้มีทั้งหมด 12 สถานี ให้บริการตั้งแต่เวลา 06.00 ถึง 22.00 น. ความถี่ประมาณ 10 นาทีต่อขบวน หลังช่วงทดลองจะเก็บค่าโดยสารตามระยะทาง ไม่เกิน 40 บาทต่อเที่ยว",
    "ผู้ประกอบการร้านค้าย่านนิมมานเหมินท์ระบุว่า หวังว่ารถไฟฟ้าจะช่วยให้นักท่องเที่ยวเดินทางสะดวกขึ้น โดยเฉพาะในช่วงฤดูท่องเที่ยวปลายปี",
]
page(
    "khao-nuea.com.chiangmai-light-rail",
    dict(
        title=t,
        date="2025-01-15",
        language="th",
        url="https://www.khao-nuea.com/2025/01/15/chiangmai-light-rail/",
        people=["สมชาย วงศ์ไทย"],
        countries=["Thailand"],
        note="Batch 7 (written before anything ran on it; fictional). Imitates a Thai regional WordPress news site whose <h1 class=site-title> is the site's logo and name ('ข่าวเหนือออนไลน์') on every page; the headline is the post's <h2 class=entry-title>; <title> 'headline - ข่าวเหนือออนไลน์'; no og:title; date in the URL, in article:published_time and visible as '15 ม.ค. 2568' (Buddhist era); 'แชร์' share row, 'ติดตามข่าวสารผ่าน LINE' prompt, 'ข่าวที่เกี่ยวข้อง' grid with excerpts, sidebar 'ข่าวล่าสุด'.",
    ),
    P,
    head(f"{t} - ข่าวเหนือออนไลน์", "th")
    + '<meta property="og:site_name" content="ข่าวเหนือออนไลน์">\n<meta property="og:type" content="article">\n<meta property="article:published_time" content="2025-01-15T10:24:00+07:00">\n<link rel="canonical" href="https://www.khao-nuea.com/2025/01/15/chiangmai-light-rail/">\n'
    + "</head>\n<body class=\"single-post\">\n"
    + '<header id="masthead" class="site-header"><h1 class="site-title"><a href="/" rel="home"><img src="/wp-content/uploads/logo.png" alt="ข่าวเหนือออนไลน์"> ข่าวเหนือออนไลน์</a></h1><p class="site-description">ข่าวภาคเหนือ ทันทุกเหตุการณ์</p>'
    + nav([("category/local", "ข่าวท้องถิ่น"), ("category/politics", "การเมือง"), ("category/economy", "เศรษฐกิจ"), ("category/travel", "ท่องเที่ยว")], "main-navigation") + '</header>\n'
    + '<div id="content"><main id="main"><article class="post type-post"><header class="entry-header"><span class="cat-links"><a href="/category/local/">ข่าวท้องถิ่น</a></span><h2 class="entry-title">' + h(t) + '</h2>'
    + '<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="2025-01-15T10:24:00+07:00">15 ม.ค. 2568</time></span> <span class="byline">โดย กองบรรณาธิการ</span></div></header>\n'
    + '<div class="entry-content">' + ps(P) + '\n<div class="share-row">แชร์ <a href="#">Facebook</a> <a href="#">LINE</a> <a href="#">X</a></div>\n<p class="line-follow"><a href="https://line.me/R/ti/p/@khaonuea">ติดตามข่าวสารผ่าน LINE @khaonuea</a></p></div></article>\n'
    + teasers("related-posts", "ข่าวที่เกี่ยวข้อง", [("2025/01/10/bus/", "ขนส่งเชียงใหม่เพิ่มรถเมล์ไฟฟ้าอีก 20 คัน", "รถเมล์ไฟฟ้าชุดใหม่จะวิ่งให้บริการในเส้นทางรอบคูเมืองและย่านมหาวิทยาลัยตั้งแต่เดือนหน้า"), ("2025/01/05/pm25/", "ค่าฝุ่น PM2.5 เชียงใหม่เริ่มสูงขึ้น แนะสวมหน้ากาก", "สำนักงานสาธารณสุขจังหวัดแนะนำให้ประชาชนหลีกเลี่ยงกิจกรรมกลางแจ้งในช่วงเช้า")])
    + '</main><aside id="secondary"><h3 class="widget-title">ข่าวล่าสุด</h3><ul><li><a href="/2025/01/14/a/">ลำปางจัดงานวันเด็กยิ่งใหญ่</a></li><li><a href="/2025/01/13/b/">น่านเปิดเส้นทางท่องเที่ยวใหม่</a></li></ul></aside></div>\n'
    + '<footer id="colophon"><p>© 2025 ข่าวเหนือออนไลน์ สงวนลิขสิทธิ์</p></footer>\n'
    + end(),
)

# 7. A Hebrew regional site with the site name at the FRONT of <title> ("site | headline"),
# no og:title; an author box after the story with a two-sentence bio (not expected), a
# "תגובות" count, a newsletter box and a "עוד באתר" rail.
t = "הרכבת הקלה לכרמיאל: העבודות יחלו בקיץ"
P = [
    "משרד התחבורה הודיע השבוע כי העבודות להקמת הקו הראשון של הרכבת הקלה בין חיפה לכרמיאל יחלו בקיץ הקרוב, לאחר שהושלמו הליכי התכנון והמכרז.",
    "הקו יהיה באורך של כ-40 קילומטרים ויכלול 28 תחנות, בהן תחנות בקריות, בשפרעם ובמג'ד אל-כרום. זמן הנסיעה המתוכנן מחיפה לכרמיאל הוא כשעה.",
    "ראש עיריית כרמיאל, משה קונינסקי, בירך על ההחלטה ואמר כי מדובר ב\"יום היסטורי לגליל\". לדבריו, הרכבת תקצר משמעותית את זמני הנסיעה לעבודה ולאוניברסיטאות.",
    "לפי לוח הזמנים, הקו אמור להיפתח לנוסעים ב-2031. תושבים באזור הביעו חשש מעומסי תנועה בזמן העבודות.",
]
page(
    "galil-news.co.il.light-rail-karmiel",
    dict(
        title=t,
        date="2025-03-19",
        language="he",
        url="https://www.galil-news.co.il/news/2025/03/19/karmiel-light-rail",
        people=["משה קונינסקי"],
        countries=["Israel"],
        note="Batch 7 (written before anything ran on it; fictional). Imitates a Hebrew regional site (dir=rtl): <title> 'חדשות הגליל | headline' (site name at the front), no og:title, og:site_name 'חדשות הגליל'; the headline itself has a colon; date in the URL and visible '19.03.2025 | 14:10'; after the story an author box with photo, name and a two-sentence bio (not expected), a newsletter signup box, 'תגובות (3)' link, 'עוד באתר' rail.",
    ),
    P,
    head(f"חדשות הגליל | {t}", "he").replace('<html lang="he">', '<html lang="he" dir="rtl">')
    + '<meta property="og:site_name" content="חדשות הגליל">\n<link rel="canonical" href="https://www.galil-news.co.il/news/2025/03/19/karmiel-light-rail">\n'
    + "</head>\n<body>\n"
    + '<header><a class="logo" href="/">חדשות הגליל</a>' + nav([("news", "חדשות"), ("local", "מקומי"), ("economy", "כלכלה"), ("culture", "תרבות")]) + '</header>\n'
    + '<main><article><h1>' + h(t) + '</h1><div class="meta"><span class="author">מאת <a href="/author/noa-levi">נועה לוי</a></span> <span class="date">19.03.2025 | 14:10</span></div>\n'
    + '<div class="content">' + ps(P) + '</div>\n'
    + '<div class="author-box"><img src="/img/authors/noa.jpg" alt=""><div><p class="author-name">נועה לוי</p><p>נועה לוי היא כתבת התחבורה והתשתיות של חדשות הגליל מאז 2019. לפני כן סיקרה את השלטון המקומי בצפון ולמדה מדיניות ציבורית באוניברסיטת חיפה.</p></div></div>\n'
    + '<div class="newsletter"><h3>הירשמו לניוזלטר</h3><p>כל החדשות מהגליל ישירות למייל, פעם ביום.</p><form><input type="email" placeholder="כתובת מייל"><button>הרשמה</button></form></div>\n'
    + '<a class="comments-link" href="#comments">תגובות (3)</a></article>\n'
    + teasers("more", "עוד באתר", [("news/2025/03/18/a", "מחלף חדש ייפתח בכניסה לנהריה", "המחלף צפוי להקל על הפקקים בשעות הבוקר ויחבר את העיר לכביש 4."), ("news/2025/03/17/b", "פסטיבל האביב בעכו חוזר", "הפסטיבל יתקיים בעיר העתיקה ויכלול הופעות, סדנאות ושוק אמנים.")])
    + '</main>\n<footer><p>© כל הזכויות שמורות לחדשות הגליל</p><a href="/privacy">מדיניות פרטיות</a> <a href="/accessibility">הצהרת נגישות</a></footer>\n'
    + end(),
)

# 8. A Hindi news portal's list article: numbered <h2> items with a paragraph each, "ये
# भी पढ़ें:" links between items, a "Google News पर फॉलो करें" prompt, <title> with
# the site's Hindi-and-English name after a dash.
t = "सर्दियों में ट्रेन से घूमने के लिए भारत के 5 सबसे खूबसूरत रूट"
P = [
    "सर्दियों का मौसम ट्रेन यात्रा के लिए सबसे अच्छा माना जाता है। पहाड़ों पर बर्फ, मैदानों में हल्की धूप और खिड़की से दिखते बदलते नज़ारे सफर को यादगार बना देते हैं। यहां हम आपको ऐसे पांच रेल रूट के बारे में बता रहे हैं, जिन पर इस मौसम में जरूर सफर करना चाहिए।",
    "1. कालका-शिमला टॉय ट्रेन",
    "यूनेस्को की विश्व धरोहर सूची में शामिल यह रेल लाइन 102 सुरंगों और सैकड़ों पुलों से होकर गुजरती है। दिसंबर और जनवरी में बर्फ से ढके देवदार के जंगल इस सफर को खास बना देते हैं। शिमला के स्टेशन मास्टर राजेश ठाकुर बताते हैं कि इन दिनों हर ट्रेन पूरी भरी रहती है।",
    "2. जम्मू-बारामूला रेल लाइन",
    "चिनाब पुल और कश्मीर घाटी की बर्फीली वादियों से होकर गुजरने वाला यह रूट अब देश के सबसे लोकप्रिय रेल सफरों में गिना जाता है।",
    "3. मुंबई-गोवा कोंकण रेलवे",
    "पश्चिमी घाट की पहाड़ियों, नदियों और समुद्र के किनारे से गुजरने वाली कोंकण रेलवे सर्दियों में हरी-भरी और सुहावनी रहती है।",
    "4. न्यू जलपाईगुड़ी-दार्जिलिंग हिमालयन रेलवे",
    "साफ मौसम में इस रूट से कंचनजंगा की चोटियां दिखाई देती हैं। घूम स्टेशन देश के सबसे ऊंचे रेलवे स्टेशनों में से एक है।",
    "5. मेट्टुपालयम-ऊटी नीलगिरि रेल",
    "नीलगिरि की पहाड़ियों में चाय के बागानों के बीच से धीमी रफ्तार में चलने वाली यह ट्रेन परिवार के साथ सफर के लिए बेहतरीन है।",
]
page(
    "khabar-lok.in.winter-train-routes",
    dict(
        title=t,
        date="2025-12-08",
        language="hi",
        url="https://www.khabar-lok.in/travel/winter-train-routes-india-2025-12-08",
        people=["राजेश ठाकुर"],
        countries=["India"],
        note="Batch 7 (written before anything ran on it; fictional). Imitates a Hindi news portal's list article: intro paragraph, five numbered <h2> items each with a paragraph (all expected), a 'ये भी पढ़ें:' link paragraph after items 2 and 4 (not expected), an image with credit between items (no caption), 'Google News पर फॉलो करें' prompt, tags 'टैग्स:', <title> 'headline - खबर लोक | Khabar Lok Hindi News'; og:title the headline; date in the URL, JSON-LD and 'अपडेटेड: 08 दिसंबर 2025, 10:15 AM IST'.",
    ),
    P,
    head(f"{t} - खबर लोक | Khabar Lok Hindi News", "hi")
    + og(t, "Khabar Lok", "https://www.khabar-lok.in/travel/winter-train-routes-india-2025-12-08")
    + jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": t, "datePublished": "2025-12-08T10:15:00+05:30", "inLanguage": "hi"})
    + "</head>\n<body>\n"
    + '<header><a class="logo" href="/">खबर लोक</a>' + nav([("national", "देश"), ("world", "दुनिया"), ("travel", "ट्रैवल"), ("business", "बिज़नेस"), ("cricket", "क्रिकेट")]) + '</header>\n'
    + '<main><div class="story"><h1>' + h(t) + '</h1><div class="byline">लेखक: <a href="/author/rahul">राहुल शर्मा</a> | अपडेटेड: 08 दिसंबर 2025, 10:15 AM IST</div>\n'
    + '<div class="story-body">' + ps(P[:1])
    + f"<h2>{h(P[1])}</h2><p>{h(P[2])}</p><h2>{h(P[3])}</h2><p>{h(P[4])}</p>"
    + '<p class="also-read"><strong>ये भी पढ़ें:</strong> <a href="/travel/vande-bharat-sleeper">वंदे भारत स्लीपर ट्रेन का किराया और रूट जानिए</a></p>'
    + '<div class="img"><img src="/photos/konkan.jpg" alt="कोंकण रेलवे"><span class="credit">(फोटो: सोशल मीडिया)</span></div>'
    + f"<h2>{h(P[5])}</h2><p>{h(P[6])}</p><h2>{h(P[7])}</h2><p>{h(P[8])}</p>"
    + '<p class="also-read"><strong>ये भी पढ़ें:</strong> <a href="/travel/irctc-tour-package">IRCTC का सस्ता टूर पैकेज, 6 दिन में घूमें नॉर्थ ईस्ट</a></p>'
    + f"<h2>{h(P[9])}</h2><p>{h(P[10])}</p>"
    + '</div>\n<div class="gnews"><a href="https://news.google.com/publications/khabarlok">Google News पर फॉलो करें</a></div>\n<div class="tags">टैग्स: <a href="/tag/train">ट्रेन</a> <a href="/tag/travel">ट्रैवल</a></div></div></main>\n'
    + '<footer><p>© 2025 खबर लोक. सर्वाधिकार सुरक्षित.</p><a href="/about">हमारे बारे में</a> <a href="/contact">संपर्क करें</a></footer>\n'
    + end(),
)

# 9. A Vietnamese daily's AMP page: <html ⚡>, amp-img with captions, amp-ad slots inside
# the story, an <amp-sidebar> menu of many links before the article, amp-social-share,
# a "Tin liên quan" list, date as "Thứ năm, 23/1/2025, 14:20 (GMT+7)".
t = "Hà Nội khởi công tuyến metro số 5 Văn Cao - Hòa Lạc"
P = [
    "Sáng 23/1, Hà Nội khởi công tuyến đường sắt đô thị số 5 nối trung tâm thành phố với khu công nghệ cao Hòa Lạc, tổng vốn đầu tư khoảng 65.400 tỷ đồng.",
    "Tuyến dài gần 39 km, trong đó đoạn đi ngầm khoảng 7 km từ Văn Cao đến đường Vành đai 3, còn lại đi trên cao dọc Đại lộ Thăng Long. Toàn tuyến có 20 ga, dự kiến hoàn thành năm 2030.",
    "Phối cảnh ga Văn Cao của tuyến metro số 5.",
    "Phó chủ tịch UBND thành phố Nguyễn Trọng Đông cho biết khi đi vào vận hành, tuyến metro có thể phục vụ khoảng 200.000 lượt khách mỗi ngày, giảm áp lực giao thông cho cửa ngõ phía tây.",
    "Đây là tuyến metro thứ ba của Hà Nội được khởi công, sau tuyến Cát Linh - Hà Đông và Nhổn - ga Hà Nội.",
]
page(
    "tintuc-ngay.vn.metro-so-5",
    dict(
        title=t,
        date="2025-01-23",
        language="vi",
        url="https://tintuc-ngay.vn/ha-noi-khoi-cong-tuyen-metro-so-5-van-cao-hoa-lac-4841233.html",
        people=["Nguyễn Trọng Đông"],
        countries=["Vietnam"],
        note="Batch 7 (written before anything ran on it; fictional). Imitates a Vietnamese daily's AMP page: <html ⚡>, amp-boilerplate style, an <amp-sidebar> menu of 14 links before the article, a 'Thời sự' breadcrumb, 'Thứ năm, 23/1/2025, 14:20 (GMT+7)' (date also in JSON-LD), the standfirst in <p class=description> (expected), an <amp-img> in a <figure> with caption (expected) and credit 'Ảnh: Ban quản lý dự án', two <amp-ad> slots inside the story with 'Quảng cáo' labels, the author as a right-aligned <p><strong>Minh Anh</strong></p> (not expected), amp-social-share row, 'Tin liên quan' list. <title> 'headline - Tin Tức Ngày'.",
    ),
    P,
    '<!DOCTYPE html>\n<html ⚡ lang="vi">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">\n<title>' + h(t) + ' - Tin Tức Ngày</title>\n'
    + '<link rel="canonical" href="https://tintuc-ngay.vn/ha-noi-khoi-cong-tuyen-metro-so-5-van-cao-hoa-lac-4841233.html">\n<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both}</style><noscript><style amp-boilerplate>body{-webkit-animation:none}</style></noscript>\n<script async src="https://cdn.ampproject.org/v0.js"></script>\n'
    + '<meta property="og:title" content="' + html.escape(t) + '">\n<meta property="og:site_name" content="Tin Tức Ngày">\n'
    + jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": t, "datePublished": "2025-01-23T14:20:00+07:00", "mainEntityOfPage": "https://tintuc-ngay.vn/ha-noi-khoi-cong-tuyen-metro-so-5-van-cao-hoa-lac-4841233.html"})
    + "</head>\n<body>\n"
    + '<amp-sidebar id="sidebar" layout="nodisplay" side="left"><ul>' + "".join(f'<li><a href="/{u}">{a}</a></li>' for u, a in [("thoi-su", "Thời sự"), ("goc-nhin", "Góc nhìn"), ("the-gioi", "Thế giới"), ("video", "Video"), ("podcasts", "Podcasts"), ("kinh-doanh", "Kinh doanh"), ("bat-dong-san", "Bất động sản"), ("khoa-hoc", "Khoa học"), ("giai-tri", "Giải trí"), ("the-thao", "Thể thao"), ("phap-luat", "Pháp luật"), ("giao-duc", "Giáo dục"), ("suc-khoe", "Sức khỏe"), ("du-lich", "Du lịch")]) + '</ul></amp-sidebar>\n'
    + '<header class="header-amp"><button on="tap:sidebar.toggle">Menu</button><a href="/"><amp-img src="/logo.svg" width="100" height="30" alt="Tin Tức Ngày"></amp-img></a></header>\n'
    + '<section class="section-detail"><ul class="breadcrumb"><li><a href="/thoi-su">Thời sự</a></li><li><a href="/thoi-su/giao-thong">Giao thông</a></li></ul><span class="date">Thứ năm, 23/1/2025, 14:20 (GMT+7)</span>\n'
    + '<h1 class="title-detail">' + h(t) + '</h1>\n<p class="description">' + h(P[0]) + '</p>\n'
    + '<article class="fck_detail">' + ps(P[1:2])
    + '<amp-ad width="300" height="250" type="doubleclick" data-slot="/2766/amp_inread"><div fallback>Quảng cáo</div></amp-ad>\n'
    + '<figure class="tplCaption"><amp-img src="https://i.tintuc-ngay.vn/2025/01/23/ga-van-cao.jpg" width="680" height="408" layout="responsive" alt="ga Văn Cao"></amp-img><figcaption><p class="Image">' + h(P[2]) + ' Ảnh: <em>Ban quản lý dự án</em></p></figcaption></figure>\n'
    + ps(P[3:4])
    + '<amp-ad width="300" height="250" type="doubleclick" data-slot="/2766/amp_inread2"><div fallback>Quảng cáo</div></amp-ad>\n'
    + ps(P[4:]) + '<p style="text-align:right;"><strong>Minh Anh</strong></p></article>\n'
    + '<amp-social-share type="facebook" width="30" height="30"></amp-social-share><amp-social-share type="email" width="30" height="30"></amp-social-share>\n'
    + '<div class="box-tinlienquan"><h3>Tin liên quan</h3><ul><li><a href="/metro-nhon-ga-ha-noi-chay-thu-4840011.html">Metro Nhổn - ga Hà Nội chạy thử đoạn ngầm</a></li><li><a href="/ha-noi-dat-muc-tieu-400-km-metro-4838002.html">Hà Nội đặt mục tiêu 400 km metro vào năm 2035</a></li></ul></div></section>\n'
    + '<footer><p>© Copyright 1997-2025 Tin Tức Ngày, All rights reserved</p></footer>\n'
    + end(),
)

# 10. A Greek daily's paywall teaser: no og:title, <title> with the site name at the front
# behind "::" ("Η Εφημερίδα :: headline"), the <h1> broken across a <br>, two visible
# paragraphs then a subscription box with prose and prices.
t1, t2 = "Μετρό Θεσσαλονίκης:", "Στις 30 Νοεμβρίου η πρεμιέρα της επέκτασης προς την Καλαμαριά"
t = t1 + " " + t2
P = [
    "Στις 30 Νοεμβρίου θα δοθεί στο επιβατικό κοινό η επέκταση του μετρό Θεσσαλονίκης προς την Καλαμαριά, όπως ανακοίνωσε ο υπουργός Υποδομών και Μεταφορών Χρίστος Δήμας κατά την επίσκεψή του στους σταθμούς.",
    "Η επέκταση έχει μήκος 4,8 χιλιομέτρων και περιλαμβάνει πέντε νέους σταθμούς. Σύμφωνα με τον υπουργό, οι δοκιμαστικές διαδρομές χωρίς επιβάτες ξεκινούν τις επόμενες ημέρες και θα διαρκέσουν περίπου ένα μήνα.",
]
page(
    "makedoniki-efimerida.gr.metro-kalamaria",
    dict(
        title=t,
        date="2025-10-21",
        language="el",
        url="https://www.makedoniki-efimerida.gr/thessaloniki/metro-thessalonikis-kalamaria-30-noemvriou",
        people=["Χρίστος Δήμας"],
        countries=["Greece"],
        note="Batch 7 (written before anything ran on it; fictional). Imitates a Greek daily's metered story: no og tags, <title> 'Μακεδονική Εφημερίδα :: headline' (site first, '::'), the <h1> broken by a <br> after the colon (expected title joined by a space), two visible paragraphs, then a subscription box with a heading, two paragraphs of prose about the offer, prices and buttons (not expected). Date in JSON-LD and visible '21.10.2025 • 13:45'; 'Διαβάστε ακόμη' list, footer.",
    ),
    P,
    head(f"Μακεδονική Εφημερίδα :: {t}", "el")
    + '<link rel="canonical" href="https://www.makedoniki-efimerida.gr/thessaloniki/metro-thessalonikis-kalamaria-30-noemvriou">\n'
    + jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": t, "datePublished": "2025-10-21T13:45:00+03:00", "isAccessibleForFree": False})
    + "</head>\n<body>\n"
    + '<header><a class="brand" href="/">Μακεδονική Εφημερίδα</a>' + nav([("thessaloniki", "Θεσσαλονίκη"), ("ellada", "Ελλάδα"), ("kosmos", "Κόσμος"), ("oikonomia", "Οικονομία"), ("athlitika", "Αθλητικά")]) + '<a href="/syndromi">Συνδρομή</a></header>\n'
    + '<main><article class="article"><a class="category" href="/thessaloniki">Θεσσαλονίκη</a><h1 class="article__title">' + h(t1) + '<br>' + h(t2) + '</h1><div class="article__date">21.10.2025 • 13:45</div>\n'
    + '<div class="article__body">' + ps(P) + '</div>\n'
    + '<div class="paywall"><h3>Συνεχίστε να διαβάζετε με μια συνδρομή</h3><p>Η ανεξάρτητη δημοσιογραφία χρειάζεται τη στήριξή σας. Με τη συνδρομή σας αποκτάτε απεριόριστη πρόσβαση σε όλα τα άρθρα, την ψηφιακή έκδοση της εφημερίδας και τα ενημερωτικά μας δελτία.</p><p>Πρώτος μήνας μόνο 1 ευρώ, στη συνέχεια 6,90 ευρώ τον μήνα. Μπορείτε να ακυρώσετε όποτε θέλετε.</p><a class="btn" href="/syndromi">Γίνετε συνδρομητής</a> <a href="/login">Είστε ήδη συνδρομητής; Συνδεθείτε</a></div></article>\n'
    + '<aside class="read-more"><h3>Διαβάστε ακόμη</h3><ul><li><a href="/thessaloniki/flyover">Flyover: Πότε κλείνει η περιφερειακή οδός</a></li><li><a href="/thessaloniki/limani">Λιμάνι Θεσσαλονίκης: Ρεκόρ διακίνησης εμπορευματοκιβωτίων</a></li></ul></aside></main>\n'
    + '<footer><p>© 2025 Μακεδονική Εφημερίδα. Με επιφύλαξη παντός δικαιώματος.</p></footer>\n'
    + end(),
)

# 11. A Ukrainian news agency's short story (three paragraphs) beside boilerplate-heavy
# blocks with more prose than the story: an "Про агентство" box of two long paragraphs in
# the sidebar, a "Популярне" list of teasers with summaries, and a long disclaimer about
# quoting the agency's materials.
t = "Укрзалізниця призначила додатковий поїзд до Ужгорода на свята"
P = [
    "Укрзалізниця призначила додатковий нічний поїзд Київ – Ужгород на період новорічних свят. Він курсуватиме з 27 грудня до 8 січня через день.",
    "Квитки вже можна придбати в застосунку та на сайті перевізника, повідомила речниця компанії Олена Марченко. За її словами, на популярні дати продано вже понад 70% місць.",
    "Поїзд сполученням Київ – Ужгород складатиметься з купейних вагонів і вагонів класу СВ. У дорозі він буде близько 14 годин.",
]
page(
    "ukr-visti.ua.dodatkovyi-poizd-uzhhorod",
    dict(
        title=t,
        date="2025-12-12",
        language="uk",
        url="https://www.ukr-visti.ua/economy/transport/3941277-ukrzaliznycia-pryznachyla-dodatkovyi-poizd-do-uzhhoroda.html",
        people=["Олена Марченко"],
        countries=["Ukraine"],
        note="Batch 7 (written before anything ran on it; fictional). Imitates a Ukrainian news agency: a three-paragraph story beside blocks with more prose than it — an 'Про агентство' sidebar box (two long paragraphs), a 'Популярне' list of teasers with one-sentence summaries, a long disclaimer paragraph about quoting the agency's materials after the story (not expected), 'Читайте також' link between paragraphs, 'Фото: Укрзалізниця' credit. <title> 'headline | Укрвісті'; og:title the headline; date in article:published_time and visible '12.12.2025 11:38'.",
    ),
    P,
    head(f"{t} | Укрвісті", "uk")
    + og(t, "Укрвісті", "https://www.ukr-visti.ua/economy/transport/3941277-ukrzaliznycia-pryznachyla-dodatkovyi-poizd-do-uzhhoroda.html")
    + '<meta property="article:published_time" content="2025-12-12T11:38:00+02:00">\n'
    + "</head>\n<body>\n"
    + '<header><a class="logo" href="/">Укрвісті</a>' + nav([("politics", "Політика"), ("economy", "Економіка"), ("world", "Світ"), ("society", "Суспільство"), ("sport", "Спорт")]) + '<a href="/en/">EN</a> <a href="/">UA</a></header>\n'
    + '<div class="layout"><main class="layout__main"><article><h1>' + h(t) + '</h1><div class="date">12.12.2025 11:38</div>\n'
    + '<div class="news-text"><figure><img src="/img/3941277.jpg" alt=""><span class="credit">Фото: Укрзалізниця</span></figure>' + ps(P[:1])
    + '<p class="read-also">Читайте також: <a href="/economy/transport/3939001-ukrzaliznycia-zapuskaie-novyi-rejs.html">Укрзалізниця запускає новий рейс до Польщі</a></p>'
    + ps(P[1:]) + '</div>\n'
    + '<p class="disclaimer">При цитуванні і використанні будь-яких матеріалів в Інтернеті відкриті для пошукових систем гіперпосилання не нижче першого абзацу на ukr-visti.ua обов\'язкові, крім того, цитування перекладів матеріалів іноземних ЗМІ можливе лише за умови гіперпосилання на сайт ukr-visti.ua та на сайт іноземного ЗМІ. Матеріали з позначкою «Реклама» або «PR» публікуються на правах реклами.</p></article></main>\n'
    + '<aside class="layout__side"><div class="about-box"><h3>Про агентство</h3><p>Укрвісті — національне інформаційне агентство, яке щодня публікує понад триста новин українською, англійською та іншими мовами. Агентство має власних кореспондентів у всіх областях України та в багатьох країнах світу і готує фото- та відеоматеріали.</p><p>Підписка на стрічку новин агентства дає змогу редакціям, органам влади та бізнесу отримувати перевірену інформацію першими. Детальніше про умови співпраці можна дізнатися у відділі маркетингу.</p></div>\n'
    + teasers("popular", "Популярне", [("society/3941100-zyma.html", "Синоптики попередили про сильні морози наступного тижня", "У більшості областей температура вночі опуститься до мінус двадцяти градусів, попереджають у гідрометцентрі."), ("economy/3941050-ceny.html", "Ціни на пальне почали знижуватися", "Великі мережі АЗС знизили вартість бензину та дизельного пального на одну-дві гривні за літр.")])
    + '</aside></div>\n<footer><p>© 2025 Укрвісті. Усі права захищені.</p><a href="/about">Про нас</a> <a href="/contacts">Контакти</a></footer>\n'
    + end(),
)

# 12. A Czech news site: og:title starts with a "VIDEO:" label the <h1> lacks, an author
# profile with a long bio after the story in the same kind of <p> as the story, and a
# "Mohlo by vás zajímat" box with perexes.
t = "Praha otevřela první úsek tramvajové trati na Dvorce"
P = [
    "Tramvaje začaly v sobotu ráno jezdit po nové trati z Pankráce na Dvorce. Kilometr a půl dlouhý úsek stavěl dopravní podnik necelé dva roky.",
    "Nová trať má dvě zastávky a napojuje se na stávající síť u Pražského povstání. Jezdí po ní linky 11 a 18 v intervalu osmi minut, o víkendu každých deset minut.",
    "„Je to první nová tramvajová trať v centru Prahy po mnoha letech a zdaleka ne poslední,“ řekl při slavnostním zahájení náměstek primátora Zdeněk Hřib. Další úsek přes Vltavu do Smíchova by měl být hotový v roce 2027.",
    "Obyvatelé Podolí si stavbu pochvalují, stěžují si ale na hluk z prvních nočních jízd. Dopravní podnik slíbil, že koleje v zatáčkách dodatečně namaže.",
]
page(
    "zpravy-dnes.cz.tramvaj-dvorce",
    dict(
        title=t,
        date="2025-06-14",
        language="cs",
        url="https://www.zpravy-dnes.cz/praha/zpravy/tramvajova-trat-dvorce-otevreni.A250614_093012_praha-zpravy_jkl",
        people=["Zdeněk Hřib"],
        countries=["Czech Republic"],
        note="Batch 7 (written before anything ran on it; fictional). Imitates a Czech news site: og:title 'VIDEO: headline' (a label the <h1> lacks), <title> 'headline | Zprávy Dnes' ; a perex in <div class=opener> (not present: the first paragraph is the story's); an embedded video box with its title; after the story 'Autor:' profile box with photo and two long paragraphs of bio in <p> (not expected); 'Mohlo by vás zajímat' box with perex paragraphs. Date in the URL id (A250614), article:published_time and '14. června 2025 9:30'.",
    ),
    P,
    head(f"{t} | Zprávy Dnes", "cs")
    + og("VIDEO: " + t, "Zprávy Dnes", "https://www.zpravy-dnes.cz/praha/zpravy/tramvajova-trat-dvorce-otevreni.A250614_093012_praha-zpravy_jkl")
    + '<meta property="article:published_time" content="2025-06-14T09:30:12+02:00">\n'
    + "</head>\n<body>\n"
    + '<header><a class="logo" href="/">Zprávy Dnes</a>' + nav([("zpravy", "Zprávy"), ("praha", "Praha"), ("ekonomika", "Ekonomika"), ("sport", "Sport"), ("kultura", "Kultura")]) + '</header>\n'
    + '<main><div class="art-full"><h1 itemprop="name headline">' + h(t) + '</h1><div class="art-info"><span class="time">14. června 2025 9:30</span> <span class="author">Jan Kolář</span></div>\n'
    + '<div id="art-text" class="text">' + ps(P[:2])
    + '<div class="video-box"><p class="video-title">VIDEO: Podívejte se na první jízdu tramvaje na Dvorce</p><div class="player" data-id="250614"></div><p class="video-credit">Video: Jan Kolář, Zprávy Dnes</p></div>'
    + ps(P[2:]) + '</div>\n'
    + '<div class="authors"><h3>Autor:</h3><img src="/foto/autori/kolar.jpg" alt=""><p><strong>Jan Kolář</strong> je redaktorem pražské rubriky. Zabývá se dopravou, územním plánováním a komunální politikou, dříve psal pro regionální deníky v Plzni a v Ústí nad Labem.</p><p>Vystudoval žurnalistiku na Univerzitě Karlově a za sérii článků o pražských mostech získal v roce 2022 novinářskou cenu. Ve volném čase jezdí na kole a fotografuje industriální stavby.</p></div></div>\n'
    + teasers("zajimat", "Mohlo by vás zajímat", [("praha/zpravy/metro-d.A250610", "Stavba metra D zrychlí, tunel pod Krčí je hotový", "Razicí štít dorazil do stanice Nemocnice Krč o tři měsíce dříve, než stavbaři plánovali."), ("praha/zpravy/most.A250601", "Libeňský most se znovu otevře v září", "Oprava památkově chráněného mostu se protáhla kvůli horšímu stavu pilířů, než ukázal průzkum.")])
    + '</main>\n<footer><p>© 2025 Zprávy Dnes, a.s. Všechna práva vyhrazena.</p></footer>\n'
    + end(),
)

# 13. A Swedish photo essay told in captions: a short intro, then seven figures whose
# captions carry the story (expected), each with a "Foto:" credit (not expected); a
# "Bildextra" section label before the title in <title>; a "Dela" row and a "Fler
# bildspel" rail.
t = "Sista resan med nattåget till Narvik"
P = [
    "I december kör nattåget mellan Stockholm och Narvik för sista gången i sin nuvarande form. Fotografen Elin Sandberg följde med hela vägen, 1 470 kilometer genom vintermörkret.",
    "Avgång från Stockholms central klockan 18.11. Många av resenärerna har åkt sträckan varje jul i decennier.",
    "Konduktören Mats Öberg har arbetat på linjen i 31 år. Han känner igen stamgästerna och vet vem som vill bli väckt före Kiruna.",
    "I restaurangvagnen serveras köttbullar och renskav. Vid midnatt sitter fortfarande ett tiotal resenärer kvar och spelar kort.",
    "Strax efter Boden blir landskapet vitt. Temperaturen utanför fönstret har sjunkit till minus 28 grader.",
    "I Kiruna kliver gruvarbetare och turister av. Stationen flyttades 2013 när staden började flytta österut.",
    "Sista timmen går längs Torneträsk och genom fjällen till norska gränsen vid Riksgränsen.",
    "Framme i Narvik, efter 19 timmar. Från nästa år tar ett nytt bolag över trafiken med moderna vagnar.",
]
page(
    "nordposten.se.nattaget-narvik-bildextra",
    dict(
        title=t,
        date="2025-12-20",
        language="sv",
        url="https://www.nordposten.se/kultur/bildextra/2025-12-20/sista-resan-med-nattaget-till-narvik",
        people=["Elin Sandberg", "Mats Öberg"],
        countries=["Sweden", "Norway"],
        note="Batch 7 (written before anything ran on it; fictional). Imitates a Swedish daily's photo essay: <title> 'Bildextra: headline | Nordposten' (a section label before the headline; og:title and <h1> are the headline), a two-sentence intro (expected), then seven <figure>s each with a <figcaption> of one or two sentences (the story; expected) and a 'Foto: Elin Sandberg' credit span inside (not expected), image counter '1/7' spans, a 'Dela' share row, 'Fler bildspel' rail with teasers. Date in the URL and JSON-LD.",
    ),
    P,
    head(f"Bildextra: {t} | Nordposten", "sv")
    + og(t, "Nordposten", "https://www.nordposten.se/kultur/bildextra/2025-12-20/sista-resan-med-nattaget-till-narvik", P[0])
    + jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": t, "datePublished": "2025-12-20T07:00:00+01:00", "author": {"@type": "Person", "name": "Elin Sandberg"}})
    + "</head>\n<body>\n"
    + '<header><a class="logo" href="/">Nordposten</a>' + nav([("nyheter", "Nyheter"), ("sport", "Sport"), ("kultur", "Kultur"), ("ledare", "Ledare"), ("e-tidning", "e-Tidning")]) + '<a href="/logga-in">Logga in</a></header>\n'
    + '<main><article class="gallery-article"><span class="kicker">Bildextra</span><h1>' + h(t) + '</h1><p class="lead">' + h(P[0]) + '</p><p class="byline">Foto och text: Elin Sandberg · 20 december 2025</p>\n'
    + "".join(f'<figure class="gallery-item"><img src="/bilder/narvik-{i}.jpg" alt=""><span class="counter">{i}/7</span><figcaption>{h(c)} <span class="photographer">Foto: Elin Sandberg</span></figcaption></figure>\n' for i, c in enumerate(P[1:], 1))
    + '<div class="share"><span>Dela</span> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Kopiera länk</a></div></article>\n'
    + teasers("more-galleries", "Fler bildspel", [("kultur/bildextra/2025-12-13/lucia", "Luciatåget genom gamla stan", "Över tusen personer följde luciatåget när det gick genom de upplysta gränderna på fredagskvällen."), ("kultur/bildextra/2025-12-06/isfiske", "Isfiskets första helg", "Isen på sjön bar redan i början av december, och många passade på att pimpla abborre.")])
    + '</main>\n<footer><p>Nordposten · Ansvarig utgivare: Karin Lund</p><p>© 2025 Nordposten AB</p></footer>\n'
    + end(),
)

# 14. A Finnish regional paper: the story split into four <div class="article-text">
# containers by two ad slots ("Mainos") and a "Lue myös" box; <title> with section in
# the middle ("headline | Kotimaa | Savon Viesti"); a fact box inside the story
# (expected) and a comment prompt.
t = "Savonrata sähköistetään Pieksämäeltä Joensuuhun – työt alkavat keväällä"
P = [
    "Väylävirasto aloittaa Savonradan sähköistyksen Pieksämäen ja Joensuun välillä ensi keväänä. Urakka maksaa noin 140 miljoonaa euroa, ja sen on määrä valmistua vuonna 2028.",
    "Sähköistyksen jälkeen rataosalla voivat kulkea sähköjunat, ja dieselvetureista päästään eroon. Matka-aika Helsingistä Joensuuhun lyhenee noin vartilla.",
    "– Tämä on itäiselle Suomelle tärkein ratahanke vuosikymmeneen, sanoo Väyläviraston hankepäällikkö Pekka Huttunen.",
    "Työt tehdään pääosin öisin ja viikonloppuisin, mutta junaliikenteeseen on luvassa katkoja. Osa vuoroista korvataan busseilla kesällä 2026.",
    "Hanke lyhyesti",
    "Rataosan pituus on noin 180 kilometriä.",
    "Kustannusarvio on 140 miljoonaa euroa, josta EU rahoittaa osan.",
    "Valmistuminen on arvioitu vuodelle 2028.",
    "Joensuun kaupunginjohtaja Kari Karjalainen pitää päätöstä odotettuna. Hänen mukaansa sähköistys on edellytys sille, että Joensuuhun saadaan tulevaisuudessa myös nopeampia yhteyksiä.",
]
page(
    "savonviesti.fi.savonrata-sahkoistys",
    dict(
        title=t,
        date="2025-11-05",
        language="fi",
        url="https://www.savonviesti.fi/uutiset/kotimaa/savonrata-sahkoistetaan-pieksamaelta-joensuuhun/8123456",
        people=["Pekka Huttunen", "Kari Karjalainen"],
        countries=["Finland"],
        note="Batch 7 (written before anything ran on it; fictional). Imitates a Finnish regional paper: <title> 'headline | Kotimaa | Savon Viesti' (section between headline and site), og:title the headline; the story split into four <div class=article-text> containers by two 'Mainos' ad slots and a 'Lue myös' box of two linked headlines; a fact box 'Hanke lyhyesti' with three bullets inside the story (expected, heading and items); interview dashes; 'Tilaajille' badge, 'Kommentoi' prompt and 'Luetuimmat' list. Date in article:published_time and '5.11.2025 18:02'.",
    ),
    P,
    head(f"{t} | Kotimaa | Savon Viesti", "fi")
    + og(t, "Savon Viesti", "https://www.savonviesti.fi/uutiset/kotimaa/savonrata-sahkoistetaan-pieksamaelta-joensuuhun/8123456")
    + '<meta property="article:published_time" content="2025-11-05T18:02:00+02:00">\n'
    + "</head>\n<body>\n"
    + '<header><a class="logo" href="/">Savon Viesti</a>' + nav([("uutiset", "Uutiset"), ("urheilu", "Urheilu"), ("mielipide", "Mielipide"), ("kulttuuri", "Kulttuuri"), ("nakoislehti", "Näköislehti")]) + '<a href="/tilaa">Tilaa</a></header>\n'
    + '<main><article><div class="article-header"><span class="badge">Tilaajille</span> <a class="section" href="/uutiset/kotimaa">Kotimaa</a><h1>' + h(t) + '</h1><p class="meta">Anni Lappalainen | 5.11.2025 18:02</p></div>\n'
    + '<div class="article-text">' + ps(P[:2]) + '</div>\n'
    + '<div class="ad"><span class="ad-label">Mainos</span><div class="ad-slot" id="ad-1"></div></div>\n'
    + '<div class="article-text">' + ps(P[2:4]) + '</div>\n'
    + '<div class="read-also"><h4>Lue myös</h4><ul><li><a href="/uutiset/kotimaa/itarata/8100001">Itärata etenee – ensimmäiset linjaukset valmiina</a></li><li><a href="/uutiset/kotimaa/junat/8090002">VR lisää vuoroja Kuopion ja Helsingin välille</a></li></ul></div>\n'
    + '<div class="article-text"><div class="fact-box"><h3>' + h(P[4]) + '</h3><ul>' + "".join(f"<li>{h(x)}</li>" for x in P[5:8]) + '</ul></div></div>\n'
    + '<div class="ad"><span class="ad-label">Mainos</span><div class="ad-slot" id="ad-2"></div></div>\n'
    + '<div class="article-text">' + ps(P[8:]) + '</div>\n'
    + '<div class="comment-prompt"><a href="#kommentit">Kommentoi</a> <span>Kommentointi edellyttää kirjautumista.</span></div></article>\n'
    + '<aside class="most-read"><h3>Luetuimmat</h3><ol><li><a href="/a/1">Kuopion torille suunnitellaan kattoa</a></li><li><a href="/a/2">Ensilumi satoi Savoon</a></li><li><a href="/a/3">KalPa voitti vieraissa jatkoajalla</a></li></ol></aside></main>\n'
    + '<footer><p>© Savon Viesti 2025</p><a href="/tietosuoja">Tietosuoja</a> <a href="/evasteet">Evästeasetukset</a></footer>\n'
    + end(),
)

# 15. A boingboing-like group blog: a two-paragraph post with an embedded YouTube frame,
# beside a boilerplate-heavy sidebar (a "Boing Deals" block of product blurbs with more
# prose than the post), a "Previous/Next post" row with excerpts, and a disclosure line.
t = "Watch a restored 1950s subway car roll through Brooklyn again"
P = [
    "Transit nerds, clear your afternoon. The New York Transit Museum has finished restoring an R11 subway car, one of only ten ever built, and took it for a spin on the Culver line last weekend. The stainless-steel car was designed to be the train of the future in 1949.",
    "The museum's chief restorer, Dolores Avila, says it took four years to rebuild the motors and find seat fabric that matched the original. The car will run on special excursions a few times a year.",
]
page(
    "wonderbits.net.r11-subway-car",
    dict(
        title=t,
        date="2025-05-12",
        language="en",
        url="https://wonderbits.net/2025/05/12/watch-a-restored-1950s-subway-car-roll-through-brooklyn-again.html",
        people=["Dolores Avila"],
        countries=["United States"],
        note="Batch 7 (written before anything ran on it; fictional). Imitates a group blog's short post (two paragraphs and a YouTube iframe) beside boilerplate-heavy blocks: a 'Wonderbits Deals' sidebar of four product blurbs (each a paragraph of 40-60 words, more prose than the post), a 'Previous post / Next post' row with excerpts, a disclosure paragraph ('Wonderbits may earn a commission…', not expected), the author's short bio, tags. <title> 'headline / Wonderbits' (slash separator); og:title the headline; date in the URL and 'Mon May 12, 2025 3:14pm'.",
    ),
    P,
    head(f"{t} / Wonderbits", "en")
    + og(t, "Wonderbits", "https://wonderbits.net/2025/05/12/watch-a-restored-1950s-subway-car-roll-through-brooklyn-again.html")
    + "</head>\n<body>\n"
    + '<header><a class="logo" href="/">Wonderbits</a> <span class="tagline">A Directory of Wonderful Things</span>' + nav([("tag/science", "Science"), ("tag/technology", "Tech"), ("tag/art", "Art"), ("shop", "Shop"), ("about", "About")]) + '</header>\n'
    + '<div class="wrap"><main><article class="post"><h1 class="post-title">' + h(t) + '</h1><div class="post-meta"><a href="/author/kfalk">Kira Falk</a> <time datetime="2025-05-12T15:14:00-07:00">Mon May 12, 2025 3:14pm</time></div>\n'
    + '<div class="post-body">' + ps(P[:1]) + '<iframe width="560" height="315" src="https://www.youtube.com/embed/x9r11abc" title="YouTube video player" allowfullscreen></iframe>' + ps(P[1:]) + '</div>\n'
    + '<p class="disclosure">Wonderbits may earn a commission from purchases made through links on this page. Our editors choose every product independently.</p>\n'
    + '<div class="post-tags"><a href="/tag/subways">subways</a> <a href="/tag/new-york">new york</a> <a href="/tag/trains">trains</a></div>\n'
    + '<div class="author-bio"><p>Kira Falk is a contributing editor at Wonderbits. She writes about old machines, odd museums and the people who keep them running.</p></div></article>\n'
    + '<nav class="post-nav"><div class="prev"><span>Previous post</span><a href="/2025/05/12/lego-lighthouse.html">This working Lego lighthouse has a real Fresnel lens</a><p>A retired engineer spent two years building a lighthouse that actually rotates, complete with a tiny lens he ground himself.</p></div><div class="next"><span>Next post</span><a href="/2025/05/12/cat-piano.html">A cat, a piano and 40 million views</a><p>The internet\'s newest star is a tabby who walks across a grand piano every morning at exactly the same time.</p></div></nav></main>\n'
    + '<aside class="sidebar"><div class="deals"><h3>Wonderbits Deals</h3>'
    + "".join(f'<div class="deal"><h4><a href="/shop/{u}">{a}</a></h4><p>{b}</p></div>' for u, a, b in [("vpn", "Get lifetime access to a private VPN for 90% off", "Browse without being tracked on up to five devices at once. This lifetime subscription includes servers in more than 50 countries, no bandwidth limits and a strict no-logs policy, and right now it costs less than a single year of most competing services."), ("language", "Learn a new language this summer with this top-rated app", "Whether you are planning a trip or just want to keep your brain busy, this app offers bite-sized lessons in 14 languages, speech recognition that corrects your accent, and offline mode for when you are travelling without a connection."), ("knives", "This Japanese chef's knife set is 60% off today", "Forged from high-carbon steel and balanced for precision, these three knives will handle everything from delicate fish to tough squash, and they come with a magnetic wooden block that looks good on any counter."), ("drone", "A folding camera drone that fits in your pocket", "It shoots stabilised 4K video, follows you automatically and flies for 30 minutes on a charge, which makes it a great companion for hikes, road trips and every kind of outdoor adventure this summer.")])
    + '</div><div class="newsletter"><h3>Get the Wonderbits newsletter</h3><p>The best of the site, every morning.</p><form><input type="email"><button>Subscribe</button></form></div></aside></div>\n'
    + '<footer><p>Wonderbits is published under a Creative Commons license except where otherwise noted.</p><a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer>\n'
    + end(),
)

# 16. A US metro daily's op-ed: og:title and <title> start with an "Opinion |" label the
# <h1> and JSON-LD headline lack; a pull quote repeating a sentence; the writer's bio as
# an italic last paragraph inside the story container (not expected); a "Letters" prompt.
t = "Our buses are stuck in traffic. Give them their own lanes."
P = [
    "Every weekday morning, about 60,000 people in this city ride a bus that spends a third of its trip standing still. They wait behind delivery vans, at lights timed for cars and in queues of drivers turning left. Then we wonder why ridership has not come back.",
    "The fix is neither new nor expensive. Paint, a few signs and cameras that ticket drivers who block the lane can speed up a route by 20 percent within weeks. Cities from Seattle to Boston have done it, and in each of them ridership on the improved routes went up.",
    "Yet our council has spent four years studying a single corridor on Halsted Avenue. Business owners worry about losing parking, and council members worry about business owners. Alderman Tom Reyes, who chairs the transportation committee, has asked for a fifth study. Meanwhile bus riders, who are poorer and less likely to show up at public meetings, keep waiting.",
    "The council votes on the Halsted plan next month. It should approve it, and then stop studying and start painting on the next ten corridors.",
]
page(
    "metroledger.com.opinion-bus-lanes",
    dict(
        title=t,
        date="2025-09-03",
        language="en",
        url="https://www.metroledger.com/opinion/2025/09/03/bus-lanes-halsted-council-vote/",
        people=["Tom Reyes"],
        countries=["United States"],
        note="Batch 7 (written before anything ran on it; fictional). Imitates a US metro daily's op-ed: og:title and <title> start with 'Opinion | ' (a section label the <h1> and JSON-LD headline lack), <title> ends ' - The Metro Ledger'; a pull quote <aside> repeating a sentence of the story (not expected); the writer's bio as an italic last <p><em> inside the story container ('Maria Gomez is a transportation economist…', not expected); 'Want to respond? Write a letter to the editor.' prompt (not expected); 'Opinion' rail. Date in the URL, JSON-LD and 'Sept. 3, 2025 at 6:00 a.m. CDT'.",
    ),
    P,
    head(f"Opinion | {t} - The Metro Ledger", "en")
    + og("Opinion | " + t, "The Metro Ledger", "https://www.metroledger.com/opinion/2025/09/03/bus-lanes-halsted-council-vote/")
    + jsonld({"@context": "https://schema.org", "@type": "OpinionNewsArticle", "headline": t, "datePublished": "2025-09-03T06:00:00-05:00", "author": {"@type": "Person", "name": "Maria Gomez"}})
    + "</head>\n<body>\n"
    + '<header><a class="logo" href="/">The Metro Ledger</a>' + nav([("news", "News"), ("politics", "Politics"), ("opinion", "Opinion"), ("sports", "Sports"), ("business", "Business")]) + '<a class="subscribe" href="/subscribe">Subscribe $1 for 6 months</a></header>\n'
    + '<main><article><div class="headline-block"><a class="section" href="/opinion/">Opinion</a><h1>' + h(t) + '</h1><p class="byline">By Maria Gomez</p><p class="timestamp">Sept. 3, 2025 at 6:00 a.m. CDT</p></div>\n'
    + '<div class="article-body">' + ps(P[:2])
    + '<aside class="pullquote"><blockquote>Paint, a few signs and cameras can speed up a route by 20 percent within weeks.</blockquote></aside>'
    + ps(P[2:])
    + '<p><em>Maria Gomez is a transportation economist at Lakeshore University and a former member of the city\'s transit advisory board.</em></p></div>\n'
    + '<p class="letters"><strong>Want to respond?</strong> <a href="/opinion/letters/submit/">Write a letter to the editor.</a></p></article>\n'
    + teasers("opinion-rail", "Opinion", [("opinion/2025/09/02/schools", "Editorial: The school board should publish its budget", "Parents deserve to see where the money goes before the board asks voters for more of it."), ("opinion/2025/09/01/heat", "We are not ready for the next heat wave", "Cooling centers closed early this summer, and the people who needed them most paid the price.")])
    + '</main>\n<footer><p>© 2025 The Metro Ledger. All rights reserved.</p><a href="/about">About us</a> <a href="/privacy">Privacy</a></footer>\n'
    + end(),
)

# 17. A German family-travel blog's list article: the <h1> is a kicker span and a headline
# span with no space between, <title> "Ratgeber: headline – Unterwegs mit Kids" with no
# og:title; numbered <h3> tips with paragraphs, affiliate product boxes ("Bei Amazon
# ansehen*", prices) between them, an "*Affiliate-Links" note, an author box, a
# comment form.
k = "Ratgeber"
t = "Zugfahren mit Kindern: 5 Tipps für entspannte Reisen"
P = [
    "Lange Zugfahrten mit Kindern können anstrengend sein – müssen sie aber nicht. Wir sind in den letzten Jahren mit unseren zwei Kindern tausende Kilometer durch Deutschland und Europa gefahren und haben dabei einiges gelernt.",
    "1. Im Kleinkindabteil reservieren",
    "In vielen ICE gibt es ein Kleinkindabteil mit mehr Platz für Kinderwagen und Spielzeug. Die Reservierung lohnt sich, denn die Abteile sind gerade in den Ferien schnell ausgebucht, wie uns Zugbegleiterin Sabine Krüger bestätigt hat.",
    "2. Zu ruhigen Zeiten fahren",
    "Wer kann, fährt am Dienstag oder Mittwoch und meidet die Freitagnachmittage. Dann sind die Züge leerer, und die Kinder können auch mal durch den Gang laufen.",
    "3. Snacks und Spiele einpacken",
    "Eine Dose mit kleinen Snacks und ein paar neue Spiele, die die Kinder noch nicht kennen, wirken Wunder. Bei uns hat sich ein Stickerheft bewährt.",
    "4. Pausen beim Umsteigen einplanen",
    "Lieber einen späteren Anschluss wählen und die Umsteigezeit für einen Spielplatz oder ein Eis am Bahnhof nutzen.",
    "5. Die Kinder mitplanen lassen",
    "Wenn die Kinder auf der Karte verfolgen dürfen, wo der Zug gerade ist, wird die Fahrt selbst zum Abenteuer.",
]
page(
    "unterwegs-mit-kids.de.zugfahren-tipps",
    dict(
        title=t,
        titles_also=[f"{k}: {t}"],
        date="2025-07-02",
        language="de",
        url="https://www.unterwegs-mit-kids.de/ratgeber/zugfahren-mit-kindern-tipps/",
        people=["Sabine Krüger"],
        countries=["Germany"],
        note="Batch 7 (written before anything ran on it; fictional). Imitates a German family-travel WordPress blog's list article: <h1> holds <span class=kicker>Ratgeber</span><span class=headline>…</span> with no space between them; <title> 'Ratgeber: headline – Unterwegs mit Kids'; no og:title; intro and five numbered <h3> tips with a paragraph each (expected); two affiliate product boxes between tips (product name, three feature bullets, price '24,99 €', 'Bei Amazon ansehen*' button, not expected), a '*Affiliate-Links' note, 'Letzte Aktualisierung am 1.07.2025 / Bilder von der Amazon Product Advertising API' line, an author box, a comment form. Date in JSON-LD and 'Veröffentlicht am 2. Juli 2025'.",
    ),
    P,
    head(f"{k}: {t} – Unterwegs mit Kids", "de-DE")
    + jsonld({"@context": "https://schema.org", "@type": "BlogPosting", "headline": f"{k}: {t}", "datePublished": "2025-07-02T08:00:00+02:00", "author": {"@type": "Person", "name": "Lena Hofmann"}})
    + '<link rel="canonical" href="https://www.unterwegs-mit-kids.de/ratgeber/zugfahren-mit-kindern-tipps/">\n'
    + "</head>\n<body>\n"
    + '<header class="site-header"><p class="site-title"><a href="/">Unterwegs mit Kids</a></p><p class="site-description">Der Familienreiseblog</p>' + nav([("reiseziele", "Reiseziele"), ("ratgeber", "Ratgeber"), ("packlisten", "Packlisten"), ("ueber-uns", "Über uns")]) + '</header>\n'
    + '<main class="site-main"><article class="post"><header class="entry-header"><h1 class="entry-title"><span class="kicker">' + k + '</span><span class="headline">' + h(t) + '</span></h1><p class="entry-meta">Veröffentlicht am 2. Juli 2025 von Lena Hofmann</p></header>\n'
    + '<div class="entry-content"><p class="affiliate-note">*Affiliate-Links: Wenn du über diese Links einkaufst, erhalten wir eine kleine Provision. Für dich ändert sich am Preis nichts.</p>' + ps(P[:1])
    + f"<h3>{h(P[1])}</h3><p>{h(P[2])}</p><h3>{h(P[3])}</h3><p>{h(P[4])}</p>"
    + '<div class="aawp-product"><p class="aawp-product__title"><a href="https://amazon.de/dp/B0X1">Reisespiel-Set für Kinder ab 4 Jahren, magnetisch</a></p><ul><li>Magnetische Spielsteine, nichts geht verloren</li><li>Fünf Spiele in einer Box</li><li>Passt in jeden Rucksack</li></ul><p class="aawp-product__price">24,99 €</p><a class="aawp-button" href="https://amazon.de/dp/B0X1">Bei Amazon ansehen*</a></div>'
    + f"<h3>{h(P[5])}</h3><p>{h(P[6])}</p><h3>{h(P[7])}</h3><p>{h(P[8])}</p>"
    + '<div class="aawp-product"><p class="aawp-product__title"><a href="https://amazon.de/dp/B0X2">Stickerheft Fahrzeuge mit über 500 Stickern</a></p><ul><li>Wiederablösbare Sticker</li><li>32 Szenen</li><li>Ab 3 Jahren</li></ul><p class="aawp-product__price">9,99 €</p><a class="aawp-button" href="https://amazon.de/dp/B0X2">Bei Amazon ansehen*</a></div>'
    + f"<h3>{h(P[9])}</h3><p>{h(P[10])}</p>"
    + '<p class="aawp-disclaimer">Letzte Aktualisierung am 1.07.2025 / Affiliate Links / Bilder von der Amazon Product Advertising API</p></div>\n'
    + '<div class="author-box"><img src="/wp-content/uploads/lena.jpg" alt=""><p><strong>Lena Hofmann</strong> reist seit zehn Jahren mit Mann und zwei Kindern am liebsten mit dem Zug. Auf diesem Blog teilt sie ihre Erfahrungen, Packlisten und Lieblingsziele.</p></div></article>\n'
    + '<div id="comments"><h3>Schreibe einen Kommentar</h3><form><p>Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert.</p><textarea></textarea><button>Kommentar abschicken</button></form></div></main>\n'
    + '<footer><p>© 2025 Unterwegs mit Kids</p><a href="/impressum">Impressum</a> <a href="/datenschutz">Datenschutz</a></footer>\n'
    + end(),
)

# 18. A French weekly's Q&A interview: the site name at the front of <title> behind a
# middle dot ("Le Journal des Villes · headline"), og:title the headline; a standfirst,
# questions as <h2 class="question"> (expected), an "À lire aussi" link between answers, a
# "Propos recueillis par" line (not expected) and a newsletter box.
t = "« Le vélo cargo peut remplacer une voiture sur deux en ville »"
P = [
    "Urbaniste et chercheuse à l'université de Strasbourg, Camille Roussel étudie depuis dix ans la logistique du dernier kilomètre. Elle publie une enquête sur les familles qui ont renoncé à leur voiture.",
    "Pourquoi vous intéresser aux vélos cargos ?",
    "Parce qu'ils répondent à la question que tout le monde pose : comment faire les courses et emmener les enfants sans voiture ? Dans notre enquête, la moitié des familles équipées ont vendu leur deuxième voiture dans l'année.",
    "Est-ce réservé aux centres-villes ?",
    "Non. Avec l'assistance électrique, les trajets de huit à dix kilomètres deviennent faciles, y compris en première couronne. Le vrai frein, c'est le stationnement : il faut pouvoir ranger un vélo de deux mètres chez soi.",
    "Que devraient faire les communes ?",
    "Prévoir des abris sécurisés en pied d'immeuble et aider à l'achat, comme Strasbourg le fait déjà. Une aide de 1 000 euros coûte bien moins cher qu'une place de parking.",
]
page(
    "journaldesvilles.fr.entretien-velo-cargo",
    dict(
        title=t,
        date="2025-04-16",
        language="fr",
        url="https://www.journaldesvilles.fr/mobilites/entretien-camille-roussel-velo-cargo-2025-04-16",
        people=["Camille Roussel"],
        countries=["France"],
        note="Batch 7 (written before anything ran on it; fictional). Imitates a French weekly's Q&A interview: <title> 'Le Journal des Villes · headline' (site first, middle dot), og:title the headline (which is a quote in « »), og:site_name; standfirst <p class=chapo> (expected); questions as <h2 class=question> (expected), answers in <p>; an 'À lire aussi' link paragraph between answers, 'Propos recueillis par Julien Marchand' line (not expected), newsletter box, 'Sur le même sujet' teasers. Date in JSON-LD and 'Publié le 16 avril 2025 à 07h30'.",
    ),
    P,
    head(f"Le Journal des Villes · {t}", "fr")
    + og(t, "Le Journal des Villes", "https://www.journaldesvilles.fr/mobilites/entretien-camille-roussel-velo-cargo-2025-04-16", P[0])
    + jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": t, "datePublished": "2025-04-16T07:30:00+02:00"})
    + "</head>\n<body>\n"
    + '<header><a class="logo" href="/">Le Journal des Villes</a>' + nav([("mobilites", "Mobilités"), ("logement", "Logement"), ("climat", "Climat"), ("politique", "Politique locale")]) + '<a href="/abonnement">S\'abonner</a></header>\n'
    + '<main><article><p class="surtitre">Entretien</p><h1>' + h(t) + '</h1><p class="chapo">' + h(P[0]) + '</p><p class="date">Publié le 16 avril 2025 à 07h30</p>\n'
    + '<div class="article-content">'
    + f'<h2 class="question">{h(P[1])}</h2><p>{h(P[2])}</p><h2 class="question">{h(P[3])}</h2><p>{h(P[4])}</p>'
    + '<p class="lire-aussi"><strong>À lire aussi</strong> <a href="/mobilites/strasbourg-aide-velo-2025">Strasbourg double son aide à l\'achat de vélos</a></p>'
    + f'<h2 class="question">{h(P[5])}</h2><p>{h(P[6])}</p>'
    + '<p class="signature">Propos recueillis par Julien Marchand</p></div>\n'
    + '<div class="newsletter-box"><p>Recevez chaque semaine l\'essentiel de l\'actualité des villes.</p><form><input type="email" placeholder="Votre adresse e-mail"><button>Je m\'inscris</button></form></div></article>\n'
    + teasers("same-topic", "Sur le même sujet", [("mobilites/zfe-report", "ZFE : le report divise les maires", "Plusieurs grandes villes demandent plus de temps avant d'interdire les véhicules les plus polluants."), ("mobilites/tram-train", "Le tram-train revient en grâce", "Moins cher qu'un métro, il séduit les agglomérations moyennes qui veulent relier leur périphérie.")])
    + '</main>\n<footer><p>© Le Journal des Villes 2025</p><a href="/mentions-legales">Mentions légales</a></footer>\n'
    + end(),
)


if __name__ == "__main__":
    write(PAGES)
