fn main() {
    let root = std::path::PathBuf::from("/tmp/newsdesk-bench/nd-10000");
    let mut cache = newsdesk::content::Cache::default();
    let a = newsdesk::content::load_cached(&root, chrono_tz::UTC, false, &mut cache).unwrap();
    drop(a);
    let t = std::time::Instant::now();
    let a2 = newsdesk::content::load_cached(&root, chrono_tz::UTC, false, &mut cache).unwrap();
    let t1 = t.elapsed();
    let config = newsdesk::config::Config::load(&root).unwrap();
    let site = newsdesk::site::Site::new(config, "https://x.org/", a2);
    eprintln!("cached load {:?}, site {:?}", t1, t.elapsed() - t1);
    drop(site);
}
