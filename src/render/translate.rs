//! The templates' `t(key="…", count=…, name=…)` function: a message of the site's language
//! (see [`crate::i18n`]). Every argument but `key` is a variable of the message; numbers
//! pick plural forms and are written with the locale's digits.
//!
//! In an HTML or XML template the message is escaped and marked safe, and an argument that
//! is itself safe HTML (a link built with `safe`) is placed as it is; anywhere else the
//! text is plain.

use std::borrow::Cow;
use std::fmt::Write as _;
use std::sync::{Arc, Mutex};

use rustc_hash::FxHashMap;

use tera::{Kwargs, State, TeraResult, Value};

use crate::i18n::{Arg, Interface};

/// Private-use characters standing for HTML arguments while the message is escaped.
const OPEN: char = '\u{E000}';
const CLOSE: char = '\u{E001}';

/// Registers `t` and `t_forms` on `tera`.
pub fn register(tera: &mut tera::Tera, interface: Arc<Interface>) {
    let shared = Arc::clone(&interface);
    let memo = Memo::default();
    tera.register_function("t", move |kwargs: Kwargs, state: &State| {
        memo.translate(&shared, &kwargs, state)
    });
    tera.register_function("t_forms", move |kwargs: Kwargs, _: &State| {
        forms(&interface, &kwargs)
    });
}

/// `t_forms(key="…", name="{q}")`: the message in every plural form of the language as a
/// JSON object (form → text, `{n}` for the count), for the theme's scripts. Other arguments
/// are text, placed as they are (scripts fill in placeholders such as `{q}`).
fn forms(interface: &Interface, kwargs: &Kwargs) -> TeraResult<Value> {
    let key: &str = kwargs.must_get("key")?;
    let args: Vec<(String, String)> = kwargs
        .iter()
        .map(|(name, value)| (name.to_string(), value))
        .filter(|(name, _)| name != "key")
        .map(|(name, value)| {
            let text = value
                .as_str()
                .map_or_else(|| value.to_string(), str::to_string);
            (name, text)
        })
        .collect();
    let borrowed: Vec<(&str, Arg<'_>)> = args
        .iter()
        .map(|(n, v)| (n.as_str(), Arg::from(v.as_str())))
        .collect();
    let forms = interface.plural_forms(key, &borrowed).ok_or_else(|| {
        tera::Error::message(format!("no message `{key}` in the translation files"))
    })?;
    let object: serde_json::Map<String, serde_json::Value> = forms
        .into_iter()
        .map(|(form, text)| (form.to_string(), serde_json::Value::String(text)))
        .collect();
    Ok(Value::from(serde_json::Value::Object(object).to_string()))
}

/// Registers a `t` and `t_forms` that fail: templates compile against them until a
/// renderer replaces them.
pub fn register_placeholder(tera: &mut tera::Tera) {
    for name in ["t", "t_forms"] {
        tera.register_function(name, move |_: Kwargs, _: &State| -> TeraResult<Value> {
            Err(tera::Error::message(format!(
                "`{name}` is only available while rendering a site"
            )))
        });
    }
}

/// Messages already made, by key, arguments and mode: every card of every list page asks
/// for the same few (`reading-time` of a count, `original`, `nav-people`, …), and making one
/// through Fluent and the escaper costs more than finding it here.
#[derive(Default)]
struct Memo(Mutex<FxHashMap<String, Value>>);

impl Memo {
    /// Entries kept at most: a template passing each page's own text as an argument makes
    /// a message no other page asks for, which need not be kept.
    const LIMIT: usize = 4096;

    fn translate(
        &self,
        interface: &Interface,
        kwargs: &Kwargs,
        state: &State,
    ) -> TeraResult<Value> {
        let id = memo_id(kwargs, state.autoescaping_enabled());
        if let Some(v) = self.0.lock().expect("memo lock").get(&id) {
            return Ok(v.clone());
        }
        let v = translate(interface, kwargs, state)?;
        let mut memo = self.0.lock().expect("memo lock");
        if memo.len() < Self::LIMIT {
            memo.insert(id, v.clone());
        }
        Ok(v)
    }
}

/// What a call's message depends on: its mode and each argument as [`translate`] reads it
/// (a number, safe HTML, text or nothing), in call order.
fn memo_id(kwargs: &Kwargs, html: bool) -> String {
    let mut id = String::from(if html { "h" } else { "t" });
    for (name, value) in kwargs.iter() {
        let kind = if value.is_number() {
            'n'
        } else if html && value.is_safe() {
            's'
        } else if value.as_str().is_some() {
            'p'
        } else if value.is_none() || value.is_undefined() {
            'u'
        } else {
            'o'
        };
        // The separators are control characters no template argument is made of.
        let _ = write!(id, "\u{1}{name}\u{2}{kind}");
        match value.as_str() {
            Some(s) => id.push_str(s),
            None => {
                let _ = write!(id, "{value}");
            }
        }
    }
    id
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
    fn forms_give_each_plural_form_with_a_place_for_the_count() {
        let forms = |lang: &str| -> serde_json::Value {
            let html = render(
                "{{ t_forms(key='search-results', query='{q}') }}",
                "a.txt",
                lang,
            );
            serde_json::from_str(&html).unwrap()
        };
        let en = forms("en");
        assert_eq!(en["one"], "{n} article matches “{q}”.");
        assert_eq!(en["other"], "{n} articles match “{q}”.");
        assert_eq!(en.as_object().unwrap().len(), 2);
        let ru = forms("ru");
        // Russian's fourth form, `other`, is for fractions only.
        assert_eq!(ru.as_object().unwrap().len(), 3, "{ru}");
        assert!(ru["few"].as_str().unwrap().contains("{n} статьи"), "{ru}");
        assert!(ru["many"].as_str().unwrap().contains("{n} статей"), "{ru}");
        let ar = forms("ar");
        assert_eq!(ar.as_object().unwrap().len(), 6, "{ar}");
        // Arabic says "one article" and "two articles" without a numeral.
        assert_eq!(ar["one"], "مقال واحد يطابق «{q}».");
        assert!(ar["few"].as_str().unwrap().starts_with("{n} "), "{ar}");
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
    fn remembered_messages_tell_apart_every_argument_and_kind() {
        // One Tera, so the second of each pair comes from the memo when nothing differs.
        let html = render(
            "{{ t(key='articles-count', count=1) }}|{{ t(key='articles-count', count=2) }}|\
             {{ t(key='articles-count', count=1) }}|\
             {{ t(key='read-full-at', source='<i>x</i>') }}|\
             {{ t(key='read-full-at', source='<i>x</i>' | safe) }}|\
             {{ t(key='read-full-at', source='<i>x</i>') }}|{{ t(key='read-full-at', source='y') }}",
            "a.html",
            "en",
        );
        assert_eq!(
            html,
            "1 article|2 articles|1 article|\
             Read the full article at &lt;i&gt;x&lt;/i&gt;|Read the full article at <i>x</i>|\
             Read the full article at &lt;i&gt;x&lt;/i&gt;|Read the full article at y"
        );
        let mut tera = tera::Tera::new();
        tera.autoescape_on([".html"]);
        register(&mut tera, Arc::new(Interface::builtin("en")));
        let call = "{{ t(key='read-full-at', source='<b>') }}";
        tera.add_raw_template("a.html", call).unwrap();
        tera.add_raw_template("a.txt", call).unwrap();
        let ctx = tera::Context::new();
        assert_eq!(
            tera.render("a.html", &ctx).unwrap(),
            "Read the full article at &lt;b&gt;"
        );
        assert_eq!(
            tera.render("a.txt", &ctx).unwrap(),
            "Read the full article at <b>",
            "the escaped message is not reused outside HTML"
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
