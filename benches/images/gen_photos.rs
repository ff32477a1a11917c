// Not a bench target: a generator for benches/images/vs_hugo.py, built as its own crate
// with `image = { version = "0.25", default-features = false, features = ["jpeg"] }`.
//! Writes N distinct 1600x900 JPEGs, deterministic: gradients, shapes and noise from a seed.
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let out = std::path::Path::new(&args[1]);
    let n: u32 = args[2].parse().unwrap();
    std::fs::create_dir_all(out).unwrap();
    for k in 0..n {
        let mut s: u64 = 0x9E3779B97F4A7C15 ^ u64::from(k).wrapping_mul(0xBF58476D1CE4E5B9);
        let mut rnd = move || {
            s ^= s << 13;
            s ^= s >> 7;
            s ^= s << 17;
            s
        };
        let (cx, cy, r) = ((rnd() % 1600) as i64, (rnd() % 900) as i64, (rnd() % 300 + 80) as i64);
        let base = [(rnd() % 256) as i64, (rnd() % 256) as i64, (rnd() % 256) as i64];
        let img = image::RgbImage::from_fn(1600, 900, |x, y| {
            let (x, y) = (x as i64, y as i64);
            let inside = (x - cx).pow(2) + (y - cy).pow(2) < r * r;
            let noise = (rnd() % 33) as i64 - 16;
            let c = |i: usize| {
                let v = base[i] + (x * (i as i64 + 1) / 13) + (y / (i as i64 + 2)) + noise
                    + if inside { 90 } else { 0 };
                (v.rem_euclid(256)) as u8
            };
            image::Rgb([c(0), c(1), c(2)])
        });
        let f = std::fs::File::create(out.join(format!("photo-{k:04}.jpg"))).unwrap();
        let mut w = std::io::BufWriter::new(f);
        image::codecs::jpeg::JpegEncoder::new_with_quality(&mut w, 85)
            .encode_image(&img)
            .unwrap();
    }
}
