# العربية. النموذج: en.ftl؛ انظر docs/i18n.md.

## Navigation and page furniture

skip-link = انتقل إلى المحتوى
nav-label = الأقسام
nav-editions = الأعداد
nav-regions = المناطق
nav-people = الأشخاص
nav-tags = الوسوم
nav-sources = المصادر
search = بحث
breadcrumb = مسار التنقل
pagination = التنقل بين الصفحات
pagination-first = « الأولى
pagination-previous = ‹ السابقة
pagination-next = التالية ›
pagination-last = الأخيرة »
pagination-status = الصفحة { $page } من { $pages }
page-of = الصفحة { $page } من { $pages }
atom-feed = خلاصة Atom
all-editions = كل الأعداد
built-with = أُنشئ باستخدام newsdesk
nothing-yet = لا شيء هنا بعد.

## Counts

articles-count = { $count ->
    [zero] لا مقالات
    [one] مقال واحد
    [two] مقالان
    [few] { $count } مقالات
    [many] { $count } مقالًا
   *[other] { $count } مقال
}
articles-word = { $count ->
    [zero] مقالات
    [one] مقال
    [two] مقالان
    [few] مقالات
    [many] مقالًا
   *[other] مقال
}
reading-time = { $count ->
    [one] قراءة في دقيقة واحدة
    [two] قراءة في دقيقتين
    [few] قراءة في { $count } دقائق
   *[other] قراءة في { $count } دقيقة
}
words-count = { $count ->
    [zero] لا كلمات
    [one] كلمة واحدة
    [two] كلمتان
    [few] { $count } كلمات
    [many] { $count } كلمةً
   *[other] { $count } كلمة
}

## Cards and article pages

pinned = مثبّت
original = الأصل
original-hidden = المقال الأصلي
original-hidden-at = المقال الأصلي في { $source }
curators-note = ملاحظة المحرر
curators-note-prefix = ملاحظة المحرر:
also-in = ورد أيضًا في
also-reported-by = نشرته أيضًا
also-covered-by = تناولته أيضًا
image-credit = الصورة: { $credit }
updated = حُدّث في
by-authors = بقلم { $authors }
source-prefix = المصدر:
original-article = المقال الأصلي
read-full-at = اقرأ المقال كاملًا في { $source }
read-full-original = اقرأ المقال كاملًا في مصدره الأصلي
more-people = المزيد عن هؤلاء الأشخاص
more-places = المزيد عن هذه الأماكن
tags = الوسوم
related-coverage = تغطية ذات صلة
in-brief = باختصار

## Editions

latest-edition = أحدث عدد
edition = العدد
email = البريد الإلكتروني
plain-text = نص عادي
most-covered-places = الأماكن الأكثر تغطية
most-covered-people = الأشخاص الأكثر تغطية
top-stories = أبرز الأخبار
elsewhere = أخبار أخرى
editions-nav = الأعداد
previous-edition = العدد السابق
next-edition = العدد التالي
edition-week = الأسبوع { $week } من عام { $year } ({ $days })
editions-title = الأعداد
editions-intro = كل الأعداد، الأحدث أولًا.
no-editions = لا أعداد بعد.

## Home and lists

all-articles = كل المقالات
nothing-published = لم يُنشر شيء بعد.
people-title = الأشخاص
people-intro = كل من ورد في الأخبار هنا، الأكثر تغطية أولًا.
tags-title = الوسوم
tags-intro = الموضوعات، مع عدد المقالات لكل منها.
sources-title = المصادر
sources-intro = المنشورات التي جاءت منها هذه المقالات.

## Regions and people

regions-title = المناطق
regions-intro = التغطية حسب المنطقة والإقليم والبلد.
where-the-news-is = أين تقع الأخبار
articles-per-country = المقالات حسب البلد
countries-by-coverage = البلدان حسب حجم التغطية
not-on-map = (غير مرسوم على الخريطة)
no-regions = لا مناطق بعد.
map-title = خريطة العالم للتغطية حسب البلد
region-kind-world = منطقة من العالم
region-kind-subregion = إقليم
region-kind-country = بلد
region-kind-city = مدينة
children-countries = البلدان
children-cities = المدن
older-by-country = المقالات الأقدم حسب البلد
children-subregions = الأقاليم
articles-title = المقالات
articles-per-week = المقالات في الأسبوع
often-alongside = يرد كثيرًا مع
people-in-stories = أشخاص في هذه الأخبار
where-in-news = أين يردون في الأخبار
also-in-stories = ورد أيضًا في هذه الأخبار
timeline-summary = { $count ->
    [zero] لا مقالات
    [one] مقال واحد
    [two] مقالان
    [few] { $count } مقالات
    [many] { $count } مقالًا
   *[other] { $count } مقال
} في { $weeks ->
    [one] أسبوع واحد
    [two] أسبوعين
    [few] { $weeks } أسابيع
   *[other] { $weeks } أسبوعًا
} من { $start } إلى { $end }
timeline-busiest = ؛ أكثرها في أسبوع { $week } ({ $count })
sentence-end = .


## Places CLDR has no name for (others come from CLDR: see docs/i18n.md)

place-balkans = البلقان
place-caucasus = القوقاز
place-middle-east = الشرق الأوسط
place-levant = بلاد الشام
place-gulf = الخليج
place-pacific-islands = جزر المحيط الهادئ
place-southern-ocean = المحيط الجنوبي

## Search

search-title = بحث
search-intro = العناوين والملخصات والأشخاص والأماكن والنص الكامل لكل مقال.
search-label = ابحث في النشرة
search-placeholder = مثلًا: بلينكن لاوس
search-noscript = يعمل البحث في متصفحك ويحتاج إلى جافاسكربت. تصفّح { $editions } أو { $regions } أو { $people } بدلًا من ذلك.
search-link-editions = الأعداد
search-link-regions = المناطق
search-link-people = الأشخاص
search-short = اكتب المزيد قليلًا للبحث.
search-none = لا مقالات تطابق «{ $query }».
search-results = { $count ->
    [one] مقال واحد يطابق «{ $query }».
    [two] مقالان يطابقان «{ $query }».
    [few] { $count } مقالات تطابق «{ $query }».
    [many] { $count } مقالًا يطابق «{ $query }».
   *[other] { $count } مقال يطابق «{ $query }».
}
search-more = تُعرض أول { $shown } نتيجة.
search-unavailable = البحث غير متاح: { $error }

## The page-not-found page

not-found-title = الصفحة غير موجودة
not-found-intro = الصفحة التي طلبتها غير موجودة، أو نُقلت.
not-found-help = جرّب { $front }، أو تصفّح { $editions }، أو ابحث في { $regions } و{ $people } و{ $tags } و{ $sources }.
not-found-front = الصفحة الرئيسية
not-found-editions = الأعداد
not-found-regions = المناطق
not-found-people = الأشخاص
not-found-tags = الوسوم
not-found-sources = المصادر

## Emails and edition feeds

read-more = اقرأ المزيد
read-article = اقرأ المقال
original-at = الأصل في { $source }
read-on-web = اقرأ هذا العدد على الويب
read-on-web-colon = اقرأ هذا العدد على الويب:
you-are-reading = أنت تقرأ { $title }.

## newsdesk init --language

init-title = مرحبًا بك في نشرتك الإخبارية
init-summary = مقال أول يبيّن كيف تُكتب النشرة: بيانات YAML في الأعلى، ثم نص Markdown.
init-note = استبدل هذا المقال بأول خبر حقيقي لديك، أو احذفه.
init-body =
    كل مقال ملف Markdown داخل `content/`، يُرتَّب عادةً حسب السنة والشهر
    (`content/2024/07/my-story.md`). تُنشر صفحته على العنوان `/articles/YYYY/MM/<slug>/`.

    عدّل `site.yaml` (على الأقل `title` و`base_url`)، ثم شغّل `newsdesk build`، وشغّل
    `newsdesk check` قبل النشر. نصوص واجهة هذا الموقع تأتي من القالب؛ لتغيير أحدها
    انسخه إلى `i18n/{ $language }.ftl`.
