//! The address GitHub Pages will serve a repository at, and the check that `base_url` agrees:
//! a base URL without the project's subpath is the commonest cause of a published site whose
//! links and styles are all broken.

/// A repository on github.com.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GitHubRepo {
    /// The user or organisation.
    pub owner: String,
    /// The repository name, without `.git`.
    pub name: String,
}

impl GitHubRepo {
    /// Whether this is a user or organisation site (`USER.github.io`), served at the domain root.
    pub fn is_user_site(&self) -> bool {
        self.name
            .eq_ignore_ascii_case(&format!("{}.github.io", self.owner))
    }
}

/// Recognises the usual GitHub remote forms: `https://github.com/U/R(.git)`, with or without
/// credentials, `git@github.com:U/R(.git)`, `ssh://git@github.com[:port]/U/R(.git)`,
/// `ssh.github.com` and `git://github.com/U/R`.
pub fn parse_github_remote(url: &str) -> Option<GitHubRepo> {
    let url = url.trim();
    let path = if let Some((scheme, rest)) = url.split_once("://") {
        if !matches!(
            scheme,
            "https" | "http" | "ssh" | "git" | "git+ssh" | "ssh+git"
        ) {
            return None;
        }
        let (authority, path) = rest.split_once('/')?;
        let host = authority.rsplit('@').next()?;
        let host = host.split(':').next()?;
        if !is_github_host(host) {
            return None;
        }
        path
    } else {
        // scp-like syntax: [user@]host:path
        let (authority, path) = url.split_once(':')?;
        if authority.contains('/') {
            return None;
        }
        let host = authority.rsplit('@').next()?;
        if !is_github_host(host) {
            return None;
        }
        path
    };
    let path = path.trim_matches('/');
    let path = path.strip_suffix(".git").unwrap_or(path);
    let mut parts = path.split('/');
    let (owner, name) = (parts.next()?, parts.next()?);
    if parts.next().is_some() || owner.is_empty() || name.is_empty() {
        return None;
    }
    Some(GitHubRepo {
        owner: owner.to_string(),
        name: name.to_string(),
    })
}

fn is_github_host(host: &str) -> bool {
    host.eq_ignore_ascii_case("github.com") || host.eq_ignore_ascii_case("ssh.github.com")
}

/// The address the site will be served at: the custom domain when there is one, otherwise the
/// github.io address implied by the remote; `None` when neither is known.
pub fn pages_address(repo: Option<&GitHubRepo>, cname: Option<&str>) -> Option<String> {
    if let Some(domain) = cname.map(str::trim).filter(|d| !d.is_empty()) {
        return Some(format!("https://{}/", domain.to_ascii_lowercase()));
    }
    let repo = repo?;
    let host = format!("{}.github.io", repo.owner.to_ascii_lowercase());
    if repo.is_user_site() {
        Some(format!("https://{host}/"))
    } else {
        Some(format!("https://{host}/{}/", repo.name))
    }
}

/// Compares a normalised `base_url` with the expected Pages address; returns a warning on a mismatch.
pub fn check_base_url(base_url: &str, expected: &str, why: &str) -> Option<String> {
    let (b_scheme, b_host, b_path) = split(base_url)?;
    let (_, e_host, e_path) = split(expected)?;
    let same_place = b_host.eq_ignore_ascii_case(e_host) && b_path.eq_ignore_ascii_case(e_path);
    if !same_place {
        let hint = if b_host.eq_ignore_ascii_case(e_host) && b_path == "/" {
            " (the project's subpath is missing, so every link and stylesheet would point \
             outside the site)"
        } else {
            ""
        };
        return Some(format!(
            "base_url is {base_url} but {why} publishes the site at {expected}: links on the \
             published site will be broken{hint}. Set `base_url: {expected}` in site.yaml (or pass \
             --base-url {expected}){}",
            if why.contains("cname") {
                ""
            } else {
                ", or set `deploy: {cname: your.domain}` if you use a custom domain"
            }
        ));
    }
    if b_scheme == "http" && e_host.ends_with(".github.io") {
        return Some(format!(
            "base_url {base_url} uses http://, but GitHub Pages serves {e_host} over https: use {expected}"
        ));
    }
    None
}

/// (scheme, host, path) of an absolute URL; the path always starts with `/`.
fn split(url: &str) -> Option<(&str, &str, &str)> {
    let (scheme, rest) = url.split_once("://")?;
    let (host, path) = match rest.find('/') {
        Some(i) => (&rest[..i], &rest[i..]),
        None => (rest, "/"),
    };
    Some((scheme, host, path))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn repo(url: &str) -> Option<(String, String)> {
        parse_github_remote(url).map(|r| (r.owner, r.name))
    }

    #[test]
    fn parses_remote_forms() {
        let want = Some(("alice".to_string(), "digest".to_string()));
        for url in [
            "https://github.com/alice/digest.git",
            "https://github.com/alice/digest",
            "https://github.com/alice/digest/",
            "https://alice:ghp_token@github.com/alice/digest.git",
            "git@github.com:alice/digest.git",
            "git@github.com:alice/digest",
            "ssh://git@github.com/alice/digest.git",
            "ssh://git@ssh.github.com:443/alice/digest.git",
            "git://github.com/alice/digest.git",
        ] {
            assert_eq!(repo(url), want, "{url}");
        }
        for url in [
            "/srv/git/digest.git",
            "file:///srv/git/digest.git",
            "https://gitlab.com/alice/digest.git",
            "git@gitlab.com:alice/digest.git",
            "https://github.com/alice",
            "https://github.com/alice/digest/tree/main",
            "../digest.git",
        ] {
            assert_eq!(repo(url), None, "{url}");
        }
    }

    #[test]
    fn pages_addresses() {
        let project = parse_github_remote("git@github.com:Alice/digest.git").unwrap();
        assert_eq!(
            pages_address(Some(&project), None).unwrap(),
            "https://alice.github.io/digest/"
        );
        let user = parse_github_remote("https://github.com/Alice/alice.github.io").unwrap();
        assert!(user.is_user_site());
        assert_eq!(
            pages_address(Some(&user), None).unwrap(),
            "https://alice.github.io/"
        );
        assert_eq!(
            pages_address(Some(&project), Some("News.Example.org")).unwrap(),
            "https://news.example.org/"
        );
        assert_eq!(
            pages_address(None, Some("news.example.org")).unwrap(),
            "https://news.example.org/"
        );
        assert_eq!(pages_address(None, None), None);
    }

    #[test]
    fn base_url_checks() {
        let exp = "https://alice.github.io/digest/";
        assert_eq!(check_base_url(exp, exp, "remote origin"), None);
        assert_eq!(
            check_base_url("https://Alice.github.io/digest/", exp, "remote origin"),
            None
        );
        let w = check_base_url("https://alice.github.io/", exp, "remote origin").unwrap();
        assert!(w.contains("subpath is missing"), "{w}");
        assert!(
            w.contains("base_url: https://alice.github.io/digest/"),
            "{w}"
        );
        let w = check_base_url("https://example.org/", exp, "remote origin").unwrap();
        assert!(w.contains("custom domain"), "{w}");
        let w = check_base_url("http://alice.github.io/digest/", exp, "remote origin").unwrap();
        assert!(w.contains("https"), "{w}");
        let w = check_base_url(
            "https://alice.github.io/digest/",
            "https://news.example.org/",
            "deploy.cname",
        )
        .unwrap();
        assert!(!w.contains("custom domain"), "{w}");
    }
}
