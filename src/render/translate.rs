//! The templates' `t(key="…", count=…, name=…)` function: a message of the site's language
//! (see [`crate::i18n`]). Every argument but `key` is a variable of the message; numbers
//! pick plural forms and are written with the locale's digits.
//!
//! In an HTML or XML template the message is escaped and marked safe, and an argument that
//! is itself safe HTML (a link built with `safe`) is placed as it is; anywhere else the
//! text is plain.

use std::borrow::Cow;
use std::sync::Arc;

use tera::{Kwargs, State, TeraResult, Value};

use crate::i18n::{Arg, Interface};

/// Private-use characters standing for HTML arguments while the message is escaped.
const OPEN: char = '\u{E000}';
const CLOSE: char = '\u{E001}';

/// Registers `t` on `tera`.
pub fn register(tera: &mut tera::Tera, interface: Arc<Interface>) {
    tera.register_function("t", move |kwargs: Kwargs, state: &State| {
        translate(&interface, &kwargs, state)
    });
}

/// Registers a `t` that fails: templates compile against it until a renderer replaces it.
pub fn register_placeholder(tera: &mut tera::Tera) {
    tera.register_function("t", |_: Kwargs, _: &State| -> TeraResult<Value> {
        Err(tera::Error::message(
            "`t` is only available while rendering a site",
        ))
    });
}

fn translate(interface: &Interface, kwargs: &Kwargs, state: &State) -> TeraResult<Value> {
    let key: &str = kwargs.must_get("key")?;
    let html = state.autoescaping_enabled();
    let mut safe: Vec<String> = Vec::new();
    let mut args: Vec<(String, Arg<'_>)> = Vec::new();
    for (name, value) in kwargs.iter() {
        let name = name.to_string();
        if name == "key" {
            continue;
        }
        let arg = if let Some(n) = value.as_f64().filter(|_| value.is_number()) {
            Arg::Num(n)
        } else if html && value.is_safe() {
            safe.push(value.as_str().unwrap_or_default().to_string());
            Arg::Str(Cow::Owned(format!("{OPEN}{}{CLOSE}", safe.len() - 1)))
        } else if let Some(s) = value.as_str() {
            Arg::Str(Cow::Owned(s.to_string()))
        } else if value.is_none() || value.is_undefined() {
            Arg::Str(Cow::Borrowed(""))
        } else {
            Arg::Str(Cow::Owned(value.to_string()))
        };
        args.push((name, arg));
    }
    let borrowed: Vec<(&str, Arg<'_>)> =
        args.iter().map(|(n, a)| (n.as_str(), a.clone())).collect();
    let text = interface.try_text(key, &borrowed).ok_or_else(|| {
        tera::Error::message(format!(
            "no message `{key}` in the translation files (themes/…/i18n/en.ftl or the site's i18n/)"
        ))
    })?;
    if !html {
        return Ok(Value::from(text));
    }
    let escaped = state.escape(&text)?;
    Ok(Value::safe_string(&restore(&escaped, &safe)))
}

/// Puts the safe HTML arguments back where their markers are.
fn restore(escaped: &str, safe: &[String]) -> String {
    if safe.is_empty() {
        return escaped.to_string();
    }
    let mut out = String::with_capacity(escaped.len());
    let mut rest = escaped;
    while let Some(start) = rest.find(OPEN) {
        out.push_str(&rest[..start]);
        let after = &rest[start + OPEN.len_utf8()..];
        let Some(end) = after.find(CLOSE) else {
            out.push_str(&rest[start..]);
            return out;
        };
        match after[..end].parse::<usize>().ok().and_then(|i| safe.get(i)) {
            Some(html) => out.push_str(html),
            None => out.push_str(&after[..end]),
        }
        rest = &after[end + CLOSE.len_utf8()..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(template: &str, name: &str, language: &str) -> String {
        let mut tera = tera::Tera::new();
        tera.autoescape_on([".html"]);
        register(&mut tera, Arc::new(Interface::builtin(language)));
        tera.add_raw_template(name, template).unwrap();
        tera.render(name, &tera::Context::new()).unwrap()
    }

    #[test]
    fn counts_pick_plural_forms_and_html_arguments_stay_html() {
        assert_eq!(
            render("{{ t(key='articles-count', count=1) }}", "a.html", "en"),
            "1 article"
        );
        assert_eq!(
            render("{{ t(key='articles-count', count=1234) }}", "a.html", "en"),
            "1,234 articles"
        );
        let html = render(
            "{{ t(key='read-full-at', source='<b>&') }}|{{ t(key='read-full-at', source='<a href=\"/\">x</a>' | safe) }}",
            "a.html",
            "en",
        );
        assert_eq!(
            html,
            "Read the full article at &lt;b&gt;&amp;|Read the full article at <a href=\"/\">x</a>"
        );
        assert_eq!(
            render("{{ t(key='read-full-at', source='<b>') }}", "a.txt", "en"),
            "Read the full article at <b>"
        );
    }

    #[test]
    fn an_unknown_key_is_an_error() {
        let mut tera = tera::Tera::new();
        register(&mut tera, Arc::new(Interface::builtin("en")));
        tera.add_raw_template("a.html", "{{ t(key='no-such-message') }}")
            .unwrap();
        let e = tera.render("a.html", &tera::Context::new()).unwrap_err();
        assert!(format!("{e:?}").contains("no-such-message"), "{e:?}");
    }
}
