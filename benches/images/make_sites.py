#!/usr/bin/env python3
"""Sets up the three sites benches/images/vs_hugo.py builds (standard library only).

    python3 benches/images/make_sites.py PHOTOS [N]

PHOTOS holds photo-0000.jpg … from gen_photos.rs (`gen_photos PHOTOS N`); N defaults to the
number of photos there. Under $IMAGES_BENCH_DIR (default /tmp/hugo-images) it writes:

  hugo/      ../shared/bench/hugo-site with each article a page bundle (index.md + photo.jpg)
             and a page layout that makes 400, 800 and 1200 px as WebP q75 and JPEG q80
             (Catmull-Rom) into a <picture> with srcset;
  nd/        a newsdesk site of the same articles (newsdesk flavor) with
             `image: /images/photo-NNNN.jpg` and the photos in static/images/;
  nd-noimg/  the same newsdesk site without `image:` and without the photos.

The articles come from ../shared/bench/gen_corpus.py (same seed, so the same N gives the same
articles in all three). Photos are hard-linked where the file system allows, else copied.
"""

import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED_BENCH = os.path.normpath(os.path.join(HERE, "..", "..", "..", "shared", "bench"))
B = os.environ.get("IMAGES_BENCH_DIR", "/tmp/hugo-images")

SITE_YAML = """title: Synthetic News Digest
base_url: https://digest.example.org/
paginate_by: 20
feed_limit: 20
editions: daily
"""

# The article page of the Hugo peer, with the lead image in the same three sizes and two
# formats newsdesk makes, and the <picture> newsdesk's theme writes.
HUGO_PAGE = """{{ define "title" }}{{ .Title }} &middot; {{ site.Title }}{{ end }}
{{ define "main" }}
<article>
  <h1>{{ .Title }}</h1>
  {{ with .Resources.GetMatch "photo.jpg" }}
  {{ $w4 := .Resize "400x webp q75 CatmullRom" }}{{ $w8 := .Resize "800x webp q75 CatmullRom" }}{{ $w12 := .Resize "1200x webp q75 CatmullRom" }}
  {{ $j4 := .Resize "400x jpg q80 CatmullRom" }}{{ $j8 := .Resize "800x jpg q80 CatmullRom" }}{{ $j12 := .Resize "1200x jpg q80 CatmullRom" }}
  <picture>
    <source type="image/webp" srcset="{{ $w4.RelPermalink }} 400w, {{ $w8.RelPermalink }} 800w, {{ $w12.RelPermalink }} 1200w" sizes="(min-width: 50rem) 46rem, 100vw">
    <img src="{{ $j8.RelPermalink }}" srcset="{{ $j4.RelPermalink }} 400w, {{ $j8.RelPermalink }} 800w, {{ $j12.RelPermalink }} 1200w" sizes="(min-width: 50rem) 46rem, 100vw" width="{{ $j8.Width }}" height="{{ $j8.Height }}" alt="">
  </picture>
  {{ end }}
  <p class="meta"><time datetime="{{ .Date.Format "2006-01-02T15:04:05Z07:00" }}">{{ .Date.Format "January 2, 2006 15:04 UTC" }}</time>
    &middot; <a href="{{ .Params.source_url }}">{{ .Params.source }}</a></p>
  <p class="summary"><em>{{ .Params.summary }}</em></p>
  {{ .Content }}
  <footer>
    <p>Regions: {{ range $i, $t := .GetTerms "regions" }}{{ if $i }}, {{ end }}<a href="{{ $t.RelPermalink }}">{{ $t.LinkTitle }}</a>{{ end }}</p>
    <p>People: {{ range $i, $t := .GetTerms "people" }}{{ if $i }}, {{ end }}<a href="{{ $t.RelPermalink }}">{{ $t.LinkTitle }}</a>{{ end }}</p>
    <p>Tags: {{ range $i, $t := .GetTerms "tags" }}{{ if $i }}, {{ end }}<a href="{{ $t.RelPermalink }}">{{ $t.LinkTitle }}</a>{{ end }}</p>
  </footer>
</article>
{{ end }}
"""


def link(src, dest):
    os.makedirs(os.path.dirname(dest), exist_ok=True)
    try:
        os.link(src, dest)
    except OSError:
        shutil.copyfile(src, dest)


def articles(corpus):
    """Article files of a generated corpus, relative to its content folder, in a fixed order."""
    root = os.path.join(corpus, "content")
    found = []
    for d, _, files in os.walk(root):
        found += [os.path.relpath(os.path.join(d, f), root) for f in files if f.endswith(".md")]
    return root, sorted(found)


def with_image(text, line):
    """The article with `line` added as the last front matter key."""
    head, sep, rest = text[4:].partition("\n---\n")
    assert text.startswith("---\n") and sep, "front matter between --- lines"
    return "---\n" + head + "\n" + line + sep + rest


def main():
    photos = sys.argv[1]
    names = sorted(f for f in os.listdir(photos) if f.startswith("photo-") and f.endswith(".jpg"))
    n = int(sys.argv[2]) if len(sys.argv) > 2 else len(names)
    if len(names) < n:
        raise SystemExit(f"{photos} has {len(names)} photos, fewer than {n}")
    shutil.rmtree(B, ignore_errors=True)
    gen = os.path.join(SHARED_BENCH, "gen_corpus.py")
    for flavor in ["plain", "newsdesk"]:
        subprocess.run([sys.executable, gen, os.path.join(B, "corpus-" + flavor), str(n),
                        "--flavor", flavor], check=True, stdout=subprocess.DEVNULL)

    # Hugo: page bundles.
    hugo = os.path.join(B, "hugo")
    shutil.copytree(os.path.join(SHARED_BENCH, "hugo-site"), hugo, symlinks=False)
    with open(os.path.join(hugo, "layouts", "page.html"), "w") as f:
        f.write(HUGO_PAGE)
    root, files = articles(os.path.join(B, "corpus-plain"))
    for k, rel in enumerate(files[:n]):
        bundle = os.path.join(hugo, "content", rel[:-3])
        os.makedirs(bundle, exist_ok=True)
        shutil.copyfile(os.path.join(root, rel), os.path.join(bundle, "index.md"))
        link(os.path.join(photos, names[k]), os.path.join(bundle, "photo.jpg"))

    # newsdesk, with and without images.
    root, files = articles(os.path.join(B, "corpus-newsdesk"))
    for site, images in [("nd", True), ("nd-noimg", False)]:
        base = os.path.join(B, site)
        os.makedirs(base)
        with open(os.path.join(base, "site.yaml"), "w") as f:
            f.write(SITE_YAML)
        for k, rel in enumerate(files[:n]):
            with open(os.path.join(root, rel)) as f:
                text = f.read()
            if images:
                text = with_image(text, f"image: /images/{names[k]}")
                link(os.path.join(photos, names[k]), os.path.join(base, "static", "images", names[k]))
            dest = os.path.join(base, "content", rel)
            os.makedirs(os.path.dirname(dest), exist_ok=True)
            with open(dest, "w") as f:
                f.write(text)
    print(f"{n} articles: {hugo}, {B}/nd, {B}/nd-noimg")


if __name__ == "__main__":
    main()
