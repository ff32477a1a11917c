// Not a bench target: the image crate's resize against fast_image_resize on the photos of
// gen_photos.rs, built as its own crate with
//   image = { version = "0.25", default-features = false, features = ["jpeg"] }
//   fast_image_resize = { version = "6", features = ["image"] }
//   webp = { version = "0.3", default-features = false }
// and run as `resize_ab PHOTOS N ROUNDS` (release).
//! For each photo: decode once, then make 1200, 800 and 400 px the way the build does (each
//! from the next larger, Catmull-Rom) with either resizer, timed over ROUNDS rounds taken
//! A B A B; then encode both results (JPEG q80, WebP q75) and compare sizes, and the PSNR of
//! the fast_image_resize pixels against the image crate's (the current output).
use fast_image_resize as fir;
use image::{imageops::FilterType, DynamicImage, RgbImage};
use std::time::Instant;

const WIDTHS: [u32; 3] = [1200, 800, 400];

fn height(w0: u32, h0: u32, w: u32) -> u32 {
    ((u64::from(h0) * u64::from(w) + u64::from(w0) / 2) / u64::from(w0)).max(1) as u32
}

fn with_image(img: &DynamicImage) -> Vec<RgbImage> {
    let mut out = Vec::new();
    let mut src = img.clone();
    for w in WIDTHS {
        let h = height(img.width(), img.height(), w);
        src = src.resize_exact(w, h, FilterType::CatmullRom);
        out.push(src.to_rgb8());
    }
    out
}

fn with_fir(img: &DynamicImage, resizer: &mut fir::Resizer) -> Vec<RgbImage> {
    let opts = fir::ResizeOptions::new()
        .resize_alg(fir::ResizeAlg::Convolution(fir::FilterType::CatmullRom));
    let mut out: Vec<RgbImage> = Vec::new();
    let mut src = img.to_rgb8();
    for w in WIDTHS {
        let h = height(img.width(), img.height(), w);
        let mut dst = RgbImage::new(w, h);
        resizer.resize(&src, &mut dst, &opts).expect("resize");
        src = dst.clone();
        out.push(dst);
    }
    out
}

fn psnr(a: &RgbImage, b: &RgbImage) -> f64 {
    let se: f64 = a
        .as_raw()
        .iter()
        .zip(b.as_raw())
        .map(|(&x, &y)| (f64::from(x) - f64::from(y)).powi(2))
        .sum();
    let mse = se / a.as_raw().len() as f64;
    if mse == 0.0 {
        f64::INFINITY
    } else {
        10.0 * (255.0f64 * 255.0 / mse).log10()
    }
}

fn jpeg(img: &RgbImage) -> usize {
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 80)
        .encode_image(img)
        .unwrap();
    out.len()
}

fn webp(img: &RgbImage) -> usize {
    webp::Encoder::from_rgb(img.as_raw(), img.width(), img.height())
        .encode(75.0)
        .len()
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let dir = std::path::Path::new(&args[1]);
    let n: usize = args[2].parse().unwrap();
    let rounds: usize = args[3].parse().unwrap();
    let photos: Vec<DynamicImage> = (0..n)
        .map(|k| image::open(dir.join(format!("photo-{k:04}.jpg"))).unwrap())
        .collect();
    let mut resizer = fir::Resizer::new();
    let (mut ta, mut tb) = (Vec::new(), Vec::new());
    for _ in 0..rounds {
        let t = Instant::now();
        for p in &photos {
            std::hint::black_box(with_image(p));
        }
        ta.push(t.elapsed().as_secs_f64() * 1000.0 / n as f64);
        let t = Instant::now();
        for p in &photos {
            std::hint::black_box(with_fir(p, &mut resizer));
        }
        tb.push(t.elapsed().as_secs_f64() * 1000.0 / n as f64);
    }
    println!(
        "resize 1600x900 -> 1200, 800, 400 (chained), ms per photo, medians of {rounds} rounds: image {:.2}, fast_image_resize {:.2} (ratio {:.3}); rounds image {:?} fir {:?}",
        median(ta.clone()),
        median(tb.clone()),
        median(tb.clone()) / median(ta.clone()),
        ta.iter().map(|x| (x * 100.0).round() / 100.0).collect::<Vec<_>>(),
        tb.iter().map(|x| (x * 100.0).round() / 100.0).collect::<Vec<_>>()
    );
    // Whole pipeline per photo for scale: decode, resize (image), encode both formats.
    let t = Instant::now();
    for k in 0..n.min(10) {
        let bytes = std::fs::read(dir.join(format!("photo-{k:04}.jpg"))).unwrap();
        let img = image::load_from_memory(&bytes).unwrap();
        for r in with_image(&img) {
            std::hint::black_box((jpeg(&r), webp(&r)));
        }
    }
    println!(
        "whole work per photo (decode, resize with image, encode JPEG and WebP): {:.1} ms",
        t.elapsed().as_secs_f64() * 1000.0 / n.min(10) as f64
    );
    let mut sizes = [[0usize; 4]; 3];
    let mut psnrs = [Vec::new(), Vec::new(), Vec::new()];
    for p in &photos {
        let a = with_image(p);
        let b = with_fir(p, &mut resizer);
        for i in 0..3 {
            psnrs[i].push(psnr(&a[i], &b[i]));
            sizes[i][0] += jpeg(&a[i]);
            sizes[i][1] += jpeg(&b[i]);
            sizes[i][2] += webp(&a[i]);
            sizes[i][3] += webp(&b[i]);
        }
    }
    for i in 0..3 {
        println!(
            "{} px: PSNR fir vs image median {:.1} dB (min {:.1}); mean bytes JPEG image {} fir {}, WebP image {} fir {}",
            WIDTHS[i],
            median(psnrs[i].clone()),
            psnrs[i].iter().cloned().fold(f64::INFINITY, f64::min),
            sizes[i][0] / n,
            sizes[i][1] / n,
            sizes[i][2] / n,
            sizes[i][3] / n
        );
    }
}
