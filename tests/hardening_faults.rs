//! Faults lose nothing: a full disk mid-build leaves the previous output intact with no
//! temporary files, and a build killed with SIGKILL is repaired completely by the next one.

mod common;

use std::collections::BTreeMap;
use std::process::{Command, Stdio};
use std::time::Duration;

use common::*;

/// Output files that are the build's own bookkeeping (the lock holds a process id).
fn content_only(mut files: BTreeMap<String, Vec<u8>>) -> BTreeMap<String, Vec<u8>> {
    files.remove(".newsdesk-lock");
    files
}

fn corpus(n: usize) -> TempSite {
    let site = TempSite::new(&[]);
    for i in 0..n {
        let day = 1 + i % 28;
        site.write(
            &format!("content/2024/08/article-{i:04}.md"),
            &format!(
                "---\ntitle: Article {i} on the budget in France\ndate: 2024-08-{day:02}\ntags: [t{}]\npeople: [Person {}]\n---\n\n{}\n",
                i % 13,
                i % 17,
                "The minister said in Paris that the budget would rise. ".repeat(40)
            ),
        );
    }
    site
}

#[test]
fn full_disk_mid_build_keeps_the_previous_output() {
    let site = corpus(5);
    let out = site.root().join("mnt");
    std::fs::create_dir_all(&out).unwrap();
    let mounted = Command::new("mount")
        .args([
            "-t",
            "tmpfs",
            "-o",
            "size=1m",
            "tmpfs",
            out.to_str().unwrap(),
        ])
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !mounted {
        eprintln!("skipped: cannot mount a tmpfs here (needs root)");
        return;
    }
    struct Unmount(std::path::PathBuf);
    impl Drop for Unmount {
        fn drop(&mut self) {
            let _ = Command::new("umount").arg(&self.0).status();
        }
    }
    let _guard = Unmount(out.clone());
    let o = site.build(&["--quiet", "--output", out.to_str().unwrap()]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let before = snapshot(&out);

    // Far more than 1 MB of new pages: the disk fills while staging.
    for i in 0..40 {
        site.write(
            &format!("content/2024/08/big-{i}.md"),
            &format!(
                "---\ntitle: Big {i}\ndate: 2024-08-03\n---\n\n{}\n",
                "Filler words here. ".repeat(6000)
            ),
        );
    }
    let o = site.build(&["--quiet", "--output", out.to_str().unwrap()]);
    assert!(!o.status.success(), "the build cannot fit in 1 MB");
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.to_lowercase().contains("space"), "{err}");
    let after = snapshot(&out);
    assert_eq!(
        content_only(before).keys().collect::<Vec<_>>(),
        content_only(after.clone()).keys().collect::<Vec<_>>()
    );
    assert!(after.keys().all(|k| !k.contains("newsdesk-tmp")));
    assert_eq!(content_only(snapshot(&out)), content_only(after));
}

#[test]
fn a_killed_build_is_repaired_by_the_next() {
    let site = corpus(400);
    let clean = site.root().join("clean");
    let o = site.build(&["--quiet", "--output", clean.to_str().unwrap()]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let expected = content_only(snapshot(&clean));

    let out = site.out();
    let mut killed_mid_way = 0;
    for delay_ms in [150, 400, 800, 1500] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_newsdesk"))
            .args(["build", "--quiet", "--root", site.root().to_str().unwrap()])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(delay_ms));
        if child.try_wait().unwrap().is_none() {
            killed_mid_way += 1;
        }
        child.kill().unwrap(); // SIGKILL
        let _ = child.wait();
        // Touch an article so the next build has real work as well as repairs.
        site.write(
            "content/2024/08/article-0000.md",
            &std::fs::read_to_string(site.root().join("content/2024/08/article-0000.md")).unwrap(),
        );
    }
    assert!(killed_mid_way > 0, "no build was still running when killed");
    let o = site.build(&["--quiet"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let got = content_only(snapshot(&out));
    let mut expected = expected;
    // The manifest records the folder's own state; compare pages and assets byte for byte.
    expected.remove(".newsdesk-manifest");
    let mut got = got;
    got.remove(".newsdesk-manifest");
    assert_eq!(got.len(), expected.len(), "file sets differ");
    for (k, v) in &expected {
        assert!(got.get(k) == Some(v), "{k} differs after repair");
    }
}
