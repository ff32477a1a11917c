# Bahasa Indonesia. Templat: en.ftl; lihat docs/i18n.md.

## Navigation and page furniture

skip-link = Langsung ke konten
nav-label = Rubrik
nav-editions = Edisi
nav-regions = Wilayah
nav-people = Tokoh
nav-tags = Tag
nav-sources = Sumber
search = Cari
breadcrumb = Jejak navigasi
pagination = Navigasi halaman
pagination-first = « Pertama
pagination-previous = ‹ Sebelumnya
pagination-next = Berikutnya ›
pagination-last = Terakhir »
pagination-status = Halaman { $page } dari { $pages }
page-of = halaman { $page } dari { $pages }
atom-feed = Umpan Atom
all-editions = Semua edisi
built-with = Dibuat dengan newsdesk
nothing-yet = Belum ada apa-apa di sini.

## Counts

articles-count = { $count } artikel
articles-word = artikel
reading-time = { $count } menit baca
words-count = { $count } kata

## Cards and article pages

pinned = Disematkan
original = Asli
original-hidden = artikel asli
original-hidden-at = artikel asli di { $source }
curators-note = Catatan redaksi
curators-note-prefix = Catatan redaksi:
also-in = Juga di
also-reported-by = Juga diberitakan oleh
also-covered-by = Juga diberitakan oleh
image-credit = Gambar: { $credit }
updated = Diperbarui
by-authors = Oleh { $authors }
source-prefix = Sumber:
original-article = Artikel asli
read-full-at = Baca artikel lengkapnya di { $source }
read-full-original = Baca artikel lengkapnya di sumber aslinya
more-people = Selengkapnya tentang tokoh-tokoh ini
more-places = Selengkapnya tentang tempat-tempat ini
tags = Tag
related-coverage = Berita terkait
in-brief = Sekilas

## Editions

latest-edition = Edisi terbaru
edition = Edisi
email = Surel
plain-text = Teks biasa
most-covered-places = Tempat paling banyak diberitakan
most-covered-people = Tokoh paling banyak diberitakan
top-stories = Berita utama
elsewhere = Berita lainnya
editions-nav = Edisi
previous-edition = Edisi sebelumnya
next-edition = Edisi berikutnya
edition-week = Minggu ke-{ $week }, { $year } ({ $days })
editions-title = Edisi
editions-intro = Semua edisi, yang terbaru lebih dulu.
no-editions = Belum ada edisi.

## Home and lists

all-articles = Semua artikel
nothing-published = Belum ada yang diterbitkan.
people-title = Tokoh
people-intro = Semua orang yang muncul dalam berita di sini, yang paling banyak diberitakan lebih dulu.
tags-title = Tag
tags-intro = Topik, dengan jumlah artikel untuk masing-masing.
sources-title = Sumber
sources-intro = Media asal artikel-artikel ini.

## Regions and people

regions-title = Wilayah
regions-intro = Liputan menurut kawasan dunia, subkawasan, dan negara.
where-the-news-is = Di mana beritanya
articles-per-country = Artikel per negara
countries-by-coverage = Negara menurut jumlah liputan
not-on-map = (tidak digambar di peta)
no-regions = Belum ada wilayah.
map-title = Peta dunia liputan menurut negara
region-kind-world = Kawasan dunia
region-kind-subregion = Subkawasan
region-kind-country = Negara
region-kind-city = Kota
children-countries = Negara
children-cities = Kota
older-by-country = Artikel lama, menurut negara
children-subregions = Subkawasan
articles-title = Artikel
articles-per-week = Artikel per minggu
often-alongside = Sering muncul bersama
people-in-stories = Tokoh dalam berita ini
where-in-news = Tempat mereka muncul dalam berita
also-in-stories = Juga dalam berita ini
timeline-summary = { $count } artikel dalam { $weeks } minggu, dari { $start } sampai { $end }
timeline-busiest = ; terbanyak: minggu { $week } ({ $count })
sentence-end = .


## Places CLDR has no name for (others come from CLDR: see docs/i18n.md)

place-balkans = Balkan
place-caucasus = Kaukasus
place-middle-east = Timur Tengah
place-levant = Syam
place-gulf = Teluk
place-pacific-islands = Kepulauan Pasifik
place-southern-ocean = Samudra Selatan

## Search

search-title = Cari
search-intro = Judul, ringkasan, tokoh, tempat, dan teks lengkap setiap artikel.
search-label = Cari di rangkuman berita
search-placeholder = mis. Blinken Laos
search-noscript = Pencarian berjalan di peramban Anda dan memerlukan JavaScript. Sebagai gantinya, telusuri { $editions }, { $regions }, atau { $people }.
search-link-editions = edisi
search-link-regions = wilayah
search-link-people = tokoh
search-short = Ketik sedikit lagi untuk mencari.
search-none = Tidak ada artikel yang cocok dengan “{ $query }”.
search-results = { $count } artikel cocok dengan “{ $query }”.
search-more = Menampilkan { $shown } yang pertama.
search-unavailable = Pencarian tidak tersedia: { $error }

## The page-not-found page

not-found-title = Halaman tidak ditemukan
not-found-intro = Halaman yang Anda cari tidak ada atau sudah dipindahkan.
not-found-help = Coba { $front }, telusuri { $editions }, atau lihat { $regions }, { $people }, { $tags }, dan { $sources }.
not-found-front = halaman depan
not-found-editions = edisi
not-found-regions = wilayah
not-found-people = tokoh
not-found-tags = tag
not-found-sources = sumber

## Emails and edition feeds

read-more = Baca selengkapnya
read-article = Baca artikelnya
original-at = Asli di { $source }
read-on-web = Baca edisi ini di web
read-on-web-colon = Baca edisi ini di web:
you-are-reading = Anda sedang membaca { $title }.

## newsdesk init --language

init-title = Selamat datang di rangkuman berita Anda
init-summary = Artikel pertama yang menunjukkan cara menulis rangkuman: metadata YAML, lalu Markdown.
init-note = Ganti artikel ini dengan berita nyata pertama Anda, atau hapus.
init-body =
    Setiap artikel adalah berkas Markdown di bawah `content/`, biasanya disusun per tahun
    dan bulan (`content/2024/07/berita-saya.md`). Halamannya diterbitkan di
    `/articles/YYYY/MM/<slug>/`.

    Sunting `site.yaml` (setidaknya `title` dan `base_url`), jalankan `newsdesk build`, dan
    jalankan `newsdesk check` sebelum menerbitkan. Teks antarmuka situs ini berasal dari
    tema; untuk mengubahnya, salin ke `i18n/{ $language }.ftl`.
