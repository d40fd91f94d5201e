//! A first paint with content. For a form's address, the static shell in index.html carries
//! the form's title and the addressed step's heading, help and information texts in the
//! reader's language, rendered here from the same definition and messages the app uses. An
//! applicant on a slow connection reads the form's introduction while the app (a few hundred
//! KB of wasm) is still on its way; the app hides its own page until its first step is ready
//! and then takes the shell away (app/src/form_page.rs).
//!
//! The language is the one the app will choose, as far as a server can know it: `?lang=`,
//! else the `pforte-lang` cookie the app sets when a language is chosen, else the browser's
//! `Accept-Language`, else German. Pages are built on first request and kept: their keys are
//! form ids, step ids and locale tags from the definitions and LOCALES only, so the cache is
//! bounded by what the office deployed. All text is HTML-escaped.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use axum::http::{header, HeaderMap};
use pforte_engine::form::{message, Form, Item};
use pforte_engine::i18n::{self, Catalog, FluentArgs, FluentValue, FALLBACK};
use pforte_engine::regex::RegressEngine;
use serde_json::Value;

use super::forms::{Forms, Locales};
use super::precompressed::Precompressed;

/// Built pages by (form, locale, step index).
#[derive(Debug, Default)]
pub struct Shells {
    pages: Mutex<HashMap<(String, String, usize), Arc<Precompressed>>>,
}

impl Shells {
    /// The page for `path` (`/forms/<id>[/<step>]`), or `None` when the path names no form
    /// this server has (the plain index.html serves then).
    pub fn page(
        &self,
        index: &str,
        forms: &Forms,
        locales: &Locales,
        path: &str,
        query: Option<&str>,
        headers: &HeaderMap,
    ) -> Option<Arc<Precompressed>> {
        let rest = path.strip_prefix("/forms/")?;
        let mut parts = rest.split('/');
        let id = parts.next()?;
        let entry = forms.by_id.get(id)?;
        let lang = language(query, headers, &locales.offered());
        // The addressed step, or the first one shown to an empty form (the app's fallback).
        let wanted = parts.next().unwrap_or_default();
        if wanted == "review" {
            return None; // the answers are on the device: nothing to render here
        }
        let step = entry
            .steps
            .iter()
            .position(|s| s == wanted)
            .unwrap_or(entry.first_step);
        let key = (id.to_string(), lang, step);
        if let Some(page) = self.pages.lock().ok()?.get(&key) {
            return Some(page.clone());
        }
        // A miss: compile the definition and render once.
        let text = std::str::from_utf8(entry.definition.bytes()).ok()?;
        let form = Form::from_json(text, &RegressEngine).ok()?;
        let cat = catalog(locales, &key.1, id)?;
        let html = render(index, &form, &cat, step)?;
        let page = Arc::new(Precompressed::new(
            html.into_bytes(),
            "text/html; charset=utf-8",
        ));
        self.pages.lock().ok()?.insert(key, page.clone());
        Some(page)
    }
}

/// The app's messages and the form's, for `lang` then German.
fn catalog(locales: &Locales, lang: &str, form_id: &str) -> Option<Catalog> {
    Some(locales.catalog(lang, &["app", form_id]))
}

/// The language the app will most likely choose (see the module comment).
pub fn language(query: Option<&str>, headers: &HeaderMap, offered: &[&str]) -> String {
    let offered_tag = |tag: &str| i18n::matching(tag, offered).map(str::to_string);
    let from_query = query.and_then(|q| {
        q.split('&')
            .find_map(|kv| kv.strip_prefix("lang=").and_then(offered_tag))
    });
    let from_cookie = || {
        headers
            .get_all(header::COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(';'))
            .find_map(|c| {
                let (name, value) = c.trim().split_once('=')?;
                (name == i18n::CHOICE_KEY)
                    .then(|| offered_tag(value))
                    .flatten()
            })
    };
    let from_browser = || {
        let accept = headers.get(header::ACCEPT_LANGUAGE)?.to_str().ok()?;
        let mut ranked: Vec<(f32, &str)> = accept
            .split(',')
            .map(|part| {
                let mut bits = part.split(';');
                let tag = bits.next().unwrap_or_default().trim();
                let q = bits
                    .find_map(|b| b.trim().strip_prefix("q="))
                    .and_then(|q| q.parse().ok())
                    .unwrap_or(1.0);
                (q, tag)
            })
            .filter(|(q, _)| *q > 0.0)
            .collect();
        ranked.sort_by(|a, b| b.0.total_cmp(&a.0));
        ranked.into_iter().find_map(|(_, tag)| offered_tag(tag))
    };
    from_query
        .or_else(from_cookie)
        .or_else(from_browser)
        .unwrap_or_else(|| FALLBACK.to_string())
}

/// index.html with `lang`/`dir`, the title, and the step's texts in the shell's `<main>`.
fn render(index: &str, form: &Form, cat: &Catalog, step: usize) -> Option<String> {
    let lang = cat.locale.as_str();
    let s = form.steps.get(step)?;
    let title = cat.text(&message::title(&form.id), None);
    let visible = form.visible_steps(&Value::Object(Default::default()));
    let mut args = FluentArgs::new();
    let position = visible.iter().position(|i| *i == step).unwrap_or(0);
    args.set("current", FluentValue::from(position + 1));
    args.set("total", FluentValue::from(visible.len()));
    let mut main = format!(
        "<h1>{}</h1><p class=\"progress\">{}</p><h2>{}</h2>",
        escape(&title),
        escape(&cat.text("step-progress", Some(&args))),
        escape(&cat.text(&message::step_title(&form.id, &s.id), None)),
    );
    if let Some(help) = cat.get(&message::step_help(&form.id, &s.id), None) {
        main.push_str(&format!("<p class=\"step-help\">{}</p>", escape(&help)));
    }
    // The step's own information texts (conditional ones need answers: the app shows them).
    for item in &s.items {
        if let (Item::Info(id), None) = (item, item.visible_if()) {
            let text = cat.text(&message::info(&form.id, id), None);
            main.push_str(&format!("<p class=\"info\">{}</p>", escape(&text)));
        }
    }
    main.push_str(&format!(
        "<p class=\"loading\" role=\"status\">{}</p>",
        escape(&cat.text("loading", None))
    ));

    let open = index.find("<main")?;
    let body_start = open + index[open..].find('>')? + 1;
    let body_end = body_start + index[body_start..].find("</main>")?;
    let dir = if i18n::is_rtl(lang) { "rtl" } else { "ltr" };
    let head = &index[..open];
    let head = replace_attr(head, "lang", lang)?;
    let head = replace_attr(&head, "dir", dir)?;
    let head = replace_title(&head, &format!("{title} – Pforte"))?;
    Some(format!(
        "{head}<main class=\"page\">{main}{}",
        &index[body_end..]
    ))
}

/// Set `name` on the `<html>` tag (trunk writes it with or without quotes).
fn replace_attr(html: &str, name: &str, value: &str) -> Option<String> {
    let tag_start = html.find("<html")?;
    let tag_end = tag_start + html[tag_start..].find('>')?;
    let tag = &html[tag_start..tag_end];
    let Some(at) = tag.find(&format!(" {name}=")) else {
        // Not there yet: add it.
        let at = tag_start + "<html".len();
        return Some(format!("{} {name}=\"{value}\"{}", &html[..at], &html[at..]));
    };
    let at = at + name.len() + 2;
    let rest = &tag[at..];
    let (quoted, len) = match rest.chars().next()? {
        '"' => (true, rest[1..].find('"')? + 2),
        _ => (false, rest.find([' ', '>']).unwrap_or(rest.len())),
    };
    let value = if quoted {
        format!("\"{value}\"")
    } else {
        value.to_string()
    };
    let start = tag_start + at;
    Some(format!("{}{value}{}", &html[..start], &html[start + len..]))
}

fn replace_title(html: &str, title: &str) -> Option<String> {
    let start = html.find("<title>")? + "<title>".len();
    let end = start + html[start..].find("</title>")?;
    Some(format!(
        "{}{}{}",
        &html[..start],
        escape(title),
        &html[end..]
    ))
}

/// Text as HTML text (and attribute values).
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    #[test]
    fn the_language_follows_query_cookie_then_browser() {
        let offered = ["de", "en", "ar"];
        let mut h = HeaderMap::new();
        assert_eq!(language(None, &h, &offered), "de");
        h.insert(
            header::ACCEPT_LANGUAGE,
            HeaderValue::from_static("fr-FR, ar-SY;q=0.9, en;q=0.8"),
        );
        assert_eq!(language(None, &h, &offered), "ar", "fr is not offered");
        h.insert(
            header::COOKIE,
            HeaderValue::from_static("x=1; pforte-lang=en"),
        );
        assert_eq!(language(None, &h, &offered), "en");
        assert_eq!(language(Some("a=b&lang=de"), &h, &offered), "de");
        assert_eq!(
            language(Some("lang=xx"), &h, &offered),
            "en",
            "unknown tags are ignored"
        );
    }

    #[test]
    fn attributes_are_replaced_with_or_without_quotes() {
        let html = "<!doctype html><html dir=ltr lang=de><head><title>Pforte</title>";
        let html = replace_attr(html, "lang", "ar").unwrap();
        let html = replace_attr(&html, "dir", "rtl").unwrap();
        let html = replace_title(&html, "A <b> & Pforte").unwrap();
        assert_eq!(
            html,
            "<!doctype html><html dir=rtl lang=ar><head><title>A &lt;b&gt; &amp; Pforte</title>"
        );
        let quoted = replace_attr("<html lang=\"de\" dir=\"ltr\">", "lang", "fa").unwrap();
        assert_eq!(quoted, "<html lang=\"fa\" dir=\"ltr\">");
        let added = replace_attr("<html lang=\"de\">", "dir", "rtl").unwrap();
        assert_eq!(added, "<html dir=\"rtl\" lang=\"de\">");
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(
            escape("<img src=x onerror=alert(1)> \"'&"),
            "&lt;img src=x onerror=alert(1)&gt; &quot;&#39;&amp;"
        );
    }
}
