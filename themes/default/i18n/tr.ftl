# Türkçe. Şablon: en.ftl; bkz. docs/i18n.md.

## Navigation and page furniture

skip-link = İçeriğe geç
nav-label = Bölümler
nav-editions = Sayılar
nav-regions = Bölgeler
nav-people = Kişiler
nav-tags = Etiketler
nav-sources = Kaynaklar
search = Ara
breadcrumb = Gezinti yolu
pagination = Sayfalar
pagination-first = « İlk
pagination-previous = ‹ Önceki
pagination-next = Sonraki ›
pagination-last = Son »
pagination-status = Sayfa { $page } / { $pages }
page-of = sayfa { $page } / { $pages }
atom-feed = Atom akışı
all-editions = Tüm sayılar
built-with = newsdesk ile hazırlandı
nothing-yet = Burada henüz bir şey yok.

## Counts

articles-count = { $count } haber
articles-word = haber
reading-time = { $count } dk okuma
words-count = { $count } kelime

## Cards and article pages

pinned = Sabitlendi
original = Orijinal
original-hidden = orijinal haber
original-hidden-at = { $source } sitesindeki orijinal haber
curators-note = Editörün notu
curators-note-prefix = Editörün notu:
also-in = Ayrıca:
also-reported-by = Haberi verenler:
also-covered-by = Bu haberi verenler:
image-credit = Görsel: { $credit }
updated = Güncellendi:
by-authors = Yazan: { $authors }
source-prefix = Kaynak:
original-article = Orijinal haber
read-full-at = Haberin tamamını { $source } sitesinde okuyun
read-full-original = Haberin tamamını özgün kaynağında okuyun
more-people = Bu kişiler hakkında daha fazlası
more-places = Bu yerler hakkında daha fazlası
tags = Etiketler
related-coverage = İlgili haberler
in-brief = Kısaca

## Editions

latest-edition = Son sayı
edition = Sayı
email = E-posta
plain-text = Düz metin
most-covered-places = En çok geçen yerler
most-covered-people = En çok geçen kişiler
top-stories = Öne çıkanlar
elsewhere = Diğer haberler
editions-nav = Sayılar
previous-edition = Önceki sayı
next-edition = Sonraki sayı
edition-week = { $year }, { $week }. hafta ({ $days })
editions-title = Sayılar
editions-intro = Tüm sayılar, en yenisi önce.
no-editions = Henüz sayı yok.

## Home and lists

all-articles = Tüm haberler
nothing-published = Henüz bir şey yayımlanmadı.
people-title = Kişiler
people-intro = Haberlerde adı geçen herkes, en çok geçenler önce.
tags-title = Etiketler
tags-intro = Konular ve her birindeki haber sayısı.
sources-title = Kaynaklar
sources-intro = Bu haberlerin alındığı yayınlar.

## Regions and people

regions-title = Bölgeler
regions-intro = Dünya bölgesi, alt bölge ve ülkeye göre haberler.
where-the-news-is = Haberler nerede
articles-per-country = Ülke başına haber
countries-by-coverage = Haber sayısına göre ülkeler
not-on-map = (haritada gösterilmiyor)
no-regions = Henüz bölge yok.
map-title = Ülkelere göre haberlerin dünya haritası
region-kind-world = Dünya bölgesi
region-kind-subregion = Alt bölge
region-kind-country = Ülke
region-kind-city = Şehir
children-countries = Ülkeler
children-cities = Şehirler
older-by-country = Ülkelere göre eski haberler
children-subregions = Alt bölgeler
articles-title = Haberler
articles-per-week = Haftalık haber sayısı
often-alongside = Sık sık birlikte geçtiği kişiler
people-in-stories = Bu haberlerdeki kişiler
where-in-news = Haberlerde geçtiği yerler
also-in-stories = Bu haberlerde geçen diğer yerler
timeline-summary = { $start } ile { $end } arasındaki { $weeks } haftada { $count } haber
timeline-busiest = ; en yoğun hafta: { $week } haftası ({ $count })
sentence-end = .


## Places CLDR has no name for (others come from CLDR: see docs/i18n.md)

place-balkans = Balkanlar
place-caucasus = Kafkasya
place-middle-east = Orta Doğu
place-levant = Levant
place-gulf = Körfez
place-pacific-islands = Pasifik Adaları
place-southern-ocean = Güney Okyanusu

## Search

search-title = Ara
search-intro = Her haberin başlığı, özeti, kişileri, yerleri ve tam metni.
search-label = Haber bülteninde ara
search-placeholder = ör. Blinken Laos
search-noscript = Arama tarayıcınızda çalışır ve JavaScript gerektirir. Bunun yerine { $editions }, { $regions } ya da { $people } sayfalarına göz atın.
search-link-editions = sayılar
search-link-regions = bölgeler
search-link-people = kişiler
search-short = Aramak için biraz daha yazın.
search-none = “{ $query }” ile eşleşen haber yok.
search-results = “{ $query }” ile eşleşen { $count } haber var.
search-more = İlk { $shown } sonuç gösteriliyor.
search-unavailable = Arama kullanılamıyor: { $error }

## The page-not-found page

not-found-title = Sayfa bulunamadı
not-found-intro = Aradığınız sayfa yok ya da taşındı.
not-found-help = { $front } dönün, { $editions } göz atın ya da { $regions }, { $people }, { $tags } ve { $sources } bölümlerine bakın.
not-found-front = ana sayfaya
not-found-editions = sayılara
not-found-regions = bölgeler
not-found-people = kişiler
not-found-tags = etiketler
not-found-sources = kaynaklar

## Emails and edition feeds

read-more = Devamını oku
read-article = Haberi okuyun
original-at = { $source } sitesindeki orijinali
read-on-web = Bu sayıyı web’de okuyun
read-on-web-colon = Bu sayıyı web’de okuyun:
you-are-reading = { $title } okuyorsunuz.

## newsdesk init --language

init-title = Haber bülteninize hoş geldiniz
init-summary = Bir bültenin nasıl yazıldığını gösteren ilk haber: önce YAML üst verisi, sonra Markdown.
init-note = Bu haberi ilk gerçek haberinizle değiştirin ya da silin.
init-body =
    Her haber `content/` altında bir Markdown dosyasıdır ve genellikle yıl ve aya göre
    dosyalanır (`content/2024/07/haberim.md`). Sayfası `/articles/YYYY/AA/<slug>/`
    adresinde yayımlanır.

    `site.yaml` dosyasını düzenleyin (en azından `title` ve `base_url`), `newsdesk build`
    komutunu çalıştırın ve yayımlamadan önce `newsdesk check` ile denetleyin. Arayüz
    metinleri temadan gelir; birini değiştirmek için `i18n/{ $language }.ftl` dosyasına
    kopyalayın.
