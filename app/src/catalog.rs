//! The app's side of i18n: which locale the user wants, loading its Fluent files (with the
//! German fallback) and telling the document its language and direction.

use std::rc::Rc;

use pforte_engine::i18n::{self, Catalog, FALLBACK};
use send_wrapper::SendWrapper;

use crate::api;

/// Shared, single-threaded data captured by view closures (the browser has one thread).
pub type Shared<T> = SendWrapper<Rc<T>>;

pub fn shared<T>(value: T) -> Shared<T> {
    SendWrapper::new(Rc::new(value))
}

/// A choice remembered on the device (`localStorage`: not personal data, only preferences).
pub fn stored(key: &str) -> Option<String> {
    let storage = web_sys::window()?.local_storage().ok()??;
    storage.get_item(key).ok()?
}

pub fn store(key: &str, value: &str) {
    if let Some(Ok(Some(storage))) = web_sys::window().map(|w| w.local_storage()) {
        let _ = storage.set_item(key, value);
    }
}

/// `?lang=` in the URL, then the remembered choice, then the browser's languages, then German.
pub fn initial_locale() -> String {
    let window = web_sys::window();
    let from_query = window
        .as_ref()
        .and_then(|w| w.location().search().ok())
        .and_then(|q| {
            q.trim_start_matches('?')
                .split('&')
                .find_map(|kv| kv.strip_prefix("lang=").and_then(i18n::supported))
        });
    let remembered = || i18n::supported(&stored(i18n::CHOICE_KEY)?);
    let browser = || {
        let langs = window.as_ref()?.navigator().languages();
        langs
            .iter()
            .filter_map(|l| l.as_string())
            .find_map(|l| i18n::supported(&l))
    };
    from_query
        .or_else(remembered)
        .or_else(browser)
        .unwrap_or(FALLBACK)
        .to_string()
}

/// Remember the choice and set `lang`/`dir` on `<html>`.
pub fn apply(lang: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    store(i18n::CHOICE_KEY, lang);
    set_document_language(lang);
    // Also for the server, which renders a form's first texts in this language.
    if let Some(doc) = window.document() {
        let cookie = format!(
            "{}={lang}; path=/; max-age=31536000; samesite=lax",
            i18n::CHOICE_KEY
        );
        let _ = js_sys::Reflect::set(&doc, &"cookie".into(), &cookie.into());
    }
}

/// Set `lang` and `dir` on `<html>`, remembering nothing (the kiosk's choice).
pub fn set_document_language(lang: &str) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", lang);
        let _ = root.set_attribute("dir", if i18n::is_rtl(lang) { "rtl" } else { "ltr" });
    }
}

/// The languages the server has translations for (`GET /api/v1/locales`).
pub async fn offered() -> Result<Vec<String>, String> {
    let text = api::text(api::LOCALES_URL).await?;
    let list: serde_json::Value = serde_json::from_str(&text).map_err(|e| e.to_string())?;
    Ok(list
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|t| t.as_str().map(str::to_string))
        .collect())
}

/// Load `app.ftl` and the named resources for `lang`, then German as the fallback.
pub async fn load(lang: &str, names: &[&str]) -> Result<Shared<Catalog>, String> {
    let mut bundles = Vec::new();
    for tag in i18n::chain(lang) {
        let mut resources = Vec::new();
        for name in std::iter::once(&"app").chain(names) {
            let url = api::locale_url(tag, name);
            if let Some(text) = api::optional_text(&url).await? {
                let res =
                    i18n::parse(&text).map_err(|e| format!("{url}: {} syntax errors", e.len()))?;
                resources.push(res);
            }
        }
        bundles.push((tag, resources));
    }
    Ok(shared(Catalog::new(bundles)))
}
