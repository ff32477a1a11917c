//! Two builds of one site, compared pixel for pixel in headless Chromium: how a change that
//! should not change the look (lighter markup, say) is checked. Ignored by default, as it
//! needs a build from before the change:
//!
//! ```text
//! NEWSDESK_LOOK_BEFORE=DIR NEWSDESK_LOOK_AFTER=DIR [NEWSDESK_LOOK_PAGES=path/,other/] \
//!   cargo test --test browser_look -- --ignored --nocapture
//! ```
//!
//! Both folders must be builds with the same base URL at the root of their host (`/`), the
//! "before" one made from a checkout of the old tree (a site's own `themes/` folder wins over
//! the theme compiled into the binary, so an old binary on the new tree shows the new theme). Each
//! page is shot at a phone and a desktop width, in light and in dark; any differing pixel
//! fails the test, naming the page and the box holding the differences. Both shots and a
//! difference image are written to `target/screenshots/look/` for review.

mod common;
#[path = "support/http.rs"]
mod http;
#[path = "support/page.rs"]
mod page;
#[path = "support/static_site.rs"]
mod static_site;

use std::path::{Path, PathBuf};
use std::time::Duration;

use common::*;
use image::{Rgba, RgbaImage};
use page::*;

/// The sample site's page 1 of home, a region, a person, an edition and an article.
const SAMPLE_PAGES: &str = "/,regions/china/,people/antony-j-blinken/,editions/2024-W31/,\
    articles/2024/07/blinken-and-a-top-chinese-official-in-talks-on-u-s-china-tensions/";

const WIDTHS: [u32; 2] = [375, 1280];

/// Where two screenshots differ: the count of differing pixels and their bounding box
/// (x0, y0, x1, y1), painting them red on a grey copy in `diff`.
fn difference(a: &RgbaImage, b: &RgbaImage, diff: &mut RgbaImage) -> Option<(u64, [u32; 4])> {
    let (mut n, mut x0, mut y0, mut x1, mut y1) = (0u64, u32::MAX, u32::MAX, 0, 0);
    for (x, y, p) in a.enumerate_pixels() {
        let q = b.get_pixel(x, y);
        if p != q {
            n += 1;
            (x0, y0, x1, y1) = (x0.min(x), y0.min(y), x1.max(x), y1.max(y));
            diff.put_pixel(x, y, Rgba([255, 0, 0, 255]));
        } else {
            let Rgba([r, g, bl, _]) = *p;
            let grey = ((r as u32 + g as u32 + bl as u32) / 6 + 128) as u8;
            diff.put_pixel(x, y, Rgba([grey, grey, grey, 255]));
        }
    }
    (n > 0).then_some((n, [x0, y0, x1, y1]))
}

/// The first differing pixel, in reading order.
fn first_difference(a: &RgbaImage, b: &RgbaImage) -> (u32, u32) {
    a.enumerate_pixels()
        .find(|(x, y, p)| *p != b.get_pixel(*x, *y))
        .map_or((0, 0), |(x, y, _)| (x, y))
}

/// The box around `b` (with a margin) in `before` over the same box in `after`, enlarged.
fn closeup(before: &RgbaImage, after: &RgbaImage, b: [u32; 4]) -> RgbaImage {
    let (x0, y0) = (b[0].saturating_sub(40), b[1].saturating_sub(20));
    let w = (b[2] + 40).min(before.width() - 1) - x0 + 1;
    let h = (b[3] + 20).min(before.height() - 1) - y0 + 1;
    let mut out = RgbaImage::from_pixel(w, 2 * h + 4, Rgba([255, 0, 0, 255]));
    for (img, top) in [(before, 0), (after, h + 4)] {
        let part = image::imageops::crop_imm(img, x0, y0, w, h).to_image();
        image::imageops::replace(&mut out, &part, 0, top as i64);
    }
    // Four times as large, pixels kept square: anti-aliasing is what such diffs are about.
    image::imageops::resize(
        &out,
        4 * w,
        4 * (2 * h + 4),
        image::imageops::FilterType::Nearest,
    )
}

fn shoot(tab: &headless_chrome::Tab, url: &str, width: u32, scheme: &str, file: &Path) {
    set_viewport(tab, width, 900);
    set_scheme(tab, scheme);
    open(tab, url);
    screenshot(tab, file, width);
}

#[test]
#[ignore = "needs NEWSDESK_LOOK_BEFORE and NEWSDESK_LOOK_AFTER: two builds to compare"]
fn two_builds_look_the_same_pixel_for_pixel() {
    let (Some(before), Some(after)) = (
        std::env::var_os("NEWSDESK_LOOK_BEFORE"),
        std::env::var_os("NEWSDESK_LOOK_AFTER"),
    ) else {
        panic!("set NEWSDESK_LOOK_BEFORE and NEWSDESK_LOOK_AFTER to two output folders");
    };
    let pages = std::env::var("NEWSDESK_LOOK_PAGES").unwrap_or_else(|_| SAMPLE_PAGES.into());
    let old = static_site::serve(PathBuf::from(before), "/");
    let new = static_site::serve(PathBuf::from(after), "/");
    let shots = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/screenshots/look");
    std::fs::create_dir_all(&shots).unwrap();

    let browser = browser().expect("a Chromium to compare with");
    let tab = browser.new_tab().unwrap();
    tab.set_default_timeout(Duration::from_secs(30));

    let mut problems = Vec::new();
    let mut compared = 0;
    for path in pages.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let path = path.trim_start_matches('/');
        let name = if path.is_empty() {
            "home".to_string()
        } else {
            path.trim_end_matches('/').replace('/', "_")
        };
        for width in WIDTHS {
            for scheme in ["light", "dark"] {
                let stem = shots.join(format!("{name}-{width}-{scheme}"));
                let (a, b) = (
                    stem.with_extension("before.png"),
                    stem.with_extension("after.png"),
                );
                shoot(&tab, &old.url(&format!("/{path}")), width, scheme, &a);
                shoot(&tab, &new.url(&format!("/{path}")), width, scheme, &b);
                let a = image::open(&a).unwrap().to_rgba8();
                let b = image::open(&b).unwrap().to_rgba8();
                compared += 1;
                let at = format!("/{path} at {width}px, {scheme}");
                if a.dimensions() != b.dimensions() {
                    let (x, y) = (a.dimensions(), b.dimensions());
                    problems.push(format!("{at}: {x:?} pixels before, {y:?} after"));
                    continue;
                }
                let mut diff = RgbaImage::new(a.width(), a.height());
                if let Some((n, [x0, y0, x1, y1])) = difference(&a, &b, &mut diff) {
                    diff.save(stem.with_extension("diff.png")).unwrap();
                    // The first (topmost) difference, close up; the diff image shows all.
                    let (fx, fy) = first_difference(&a, &b);
                    closeup(&a, &b, [fx.saturating_sub(60), fy, fx + 60, fy + 8])
                        .save(stem.with_extension("closeup.png"))
                        .unwrap();
                    problems.push(format!(
                        "{at}: {n} pixels differ within x {x0}..={x1}, y {y0}..={y1}"
                    ));
                }
            }
        }
    }
    println!("compared {compared} screenshot pairs");
    assert!(compared > 0, "no pages to compare");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
