//! `editions/<id>/email.html` and `email.txt`: an edition as a newsletter, from the theme's
//! `email.html` and `email.txt` templates. The HTML's `<style>` is inlined into `style`
//! attributes by css-inline (mail clients drop or mangle style sheets); only at-rules that
//! cannot be inlined (dark mode, narrow screens) stay in a `<style>`.

use std::sync::LazyLock;

use css_inline::CSSInliner;
use tera::Context;

use super::Renderer;
use super::digest::{self, Digest};
use super::text::underline;
use crate::error::{Error, Result};

static INLINER: LazyLock<CSSInliner<'static>> = LazyLock::new(|| {
    CSSInliner::options()
        .load_remote_stylesheets(false)
        .keep_style_tags(false)
        .keep_link_tags(false)
        .keep_at_rules(true)
        .apply_width_attributes(true)
        .build()
});

impl Renderer<'_> {
    /// The digest of edition `e`.
    pub fn digest(&self, e: usize) -> Digest {
        digest::build(self.site, e, &|i| self.contexts.values().summary(i))
    }

    fn digest_context(&self, e: usize) -> Context {
        let d = self.digest(e);
        let mut ctx = Context::new();
        let heading = format!("{}: {}", self.site.config.title, d.title);
        ctx.insert("heading", &heading);
        ctx.insert("heading_rule", &underline(&heading, '='));
        ctx.insert("digest", &d);
        ctx
    }

    /// Edition `e` as an email: the `email.html` template with its CSS inlined.
    pub fn email_html(&self, e: usize, path: &str) -> Result<String> {
        let ctx = self.digest_context(e);
        let html = self.render_template("email.html", &ctx, path)?;
        INLINER
            .inline(&html)
            .map_err(|err| Error::Msg(format!("inlining the CSS of {path}: {err}")))
    }

    /// Edition `e` as plain text: the `email.txt` template.
    pub fn email_text(&self, e: usize, path: &str) -> Result<String> {
        let ctx = self.digest_context(e);
        let text = self.render_template("email.txt", &ctx, path)?;
        // Templates leave runs of blank lines where blocks are empty: keep at most one.
        let mut out = String::with_capacity(text.len());
        let mut blank = 0;
        for line in text.lines() {
            let line = line.trim_end();
            blank = if line.is_empty() { blank + 1 } else { 0 };
            if blank <= 1 {
                out.push_str(line);
                out.push('\n');
            }
        }
        Ok(out.trim_start_matches('\n').to_string())
    }

    /// Edition `e` as Markdown.
    pub fn email_markdown(&self, e: usize) -> String {
        digest::markdown(
            &self.digest(e),
            &self.site.config.title,
            &self.site.interface,
        )
    }

    /// Edition `e` as the HTML fragment of its feed entry (`digest.html`).
    pub fn digest_html(&self, e: usize, path: &str) -> Result<String> {
        let ctx = self.digest_context(e);
        self.render_template("digest.html", &ctx, path)
    }
}
