//! Everything the app fetches from the intake server, in one place.

use std::cell::Cell;
use std::future::Future;
use std::rc::Rc;

use leptos::prelude::*;

use gloo_net::http::Request;

/// GET `url` as text; an error names the URL and the status.
pub async fn text(url: &str) -> Result<String, String> {
    let resp = Request::get(url)
        .send()
        .await
        .map_err(|e| format!("{url}: {e}"))?;
    if !resp.ok() {
        return Err(format!("{url}: HTTP {}", resp.status()));
    }
    resp.text().await.map_err(|e| format!("{url}: {e}"))
}

/// GET `url` as text, `None` on 404 (an optional resource such as a missing translation).
pub async fn optional_text(url: &str) -> Result<Option<String>, String> {
    let resp = Request::get(url)
        .send()
        .await
        .map_err(|e| format!("{url}: {e}"))?;
    match resp.status() {
        404 => Ok(None),
        _ if resp.ok() => resp
            .text()
            .await
            .map(Some)
            .map_err(|e| format!("{url}: {e}")),
        status => Err(format!("{url}: HTTP {status}")),
    }
}

/// POST a JSON body; the status and the answer's text (refusals are answers, not errors: an
/// error is no answer at all).
pub async fn post_json(url: &str, body: &str) -> Result<(u16, String), String> {
    call("POST", url, Some(body), None).await
}

/// A request with an optional JSON body and bearer token (the staff inbox's session); the
/// status and the answer's text, as [`post_json`].
pub async fn call(
    method: &str,
    url: &str,
    body: Option<&str>,
    token: Option<&str>,
) -> Result<(u16, String), String> {
    let mut builder = gloo_net::http::RequestBuilder::new(url).method(match method {
        "GET" => gloo_net::http::Method::GET,
        "DELETE" => gloo_net::http::Method::DELETE,
        _ => gloo_net::http::Method::POST,
    });
    if let Some(token) = token {
        builder = builder.header("authorization", &format!("Bearer {token}"));
    }
    let request = match body {
        Some(body) => builder
            .header("content-type", "application/json")
            .body(body)
            .map_err(|e| format!("{url}: {e}"))?,
        None => builder.build().map_err(|e| format!("{url}: {e}"))?,
    };
    let resp = request.send().await.map_err(|e| format!("{url}: {e}"))?;
    let status = resp.status();
    let text = resp.text().await.map_err(|e| format!("{url}: {e}"))?;
    Ok((status, text))
}

pub fn form_url(id: &str) -> String {
    format!("/api/v1/forms/{id}")
}

pub fn locale_url(lang: &str, name: &str) -> String {
    format!("/api/v1/locales/{lang}/{name}")
}

pub const CATALOGUE_URL: &str = "/api/v1/forms";

pub const LOCALES_URL: &str = "/api/v1/locales";

/// A signal that `load` fills, again whenever a signal it reads (before its first await)
/// changes; `None` until the first result. A slower earlier load never overwrites a later
/// one. (A plain signal and `spawn_local`: leptos' `LocalResource` costs ~12 KB of wasm.)
pub fn loaded<T, Fut>(load: impl Fn() -> Fut + 'static) -> ReadSignal<Option<T>>
where
    T: Send + Sync + 'static,
    Fut: Future<Output = T> + 'static,
{
    let (value, set) = signal(None);
    let latest = Rc::new(Cell::new(0u32));
    Effect::new(move || {
        let pending = load();
        let this = latest.get().wrapping_add(1);
        latest.set(this);
        let latest = latest.clone();
        leptos::task::spawn_local(async move {
            let result = pending.await;
            if latest.get() == this {
                set.set(Some(result));
            }
        });
    });
    value
}
