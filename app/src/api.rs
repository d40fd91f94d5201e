//! Everything the app fetches from the intake server, in one place.

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

pub fn form_url(id: &str) -> String {
    format!("/api/v1/forms/{id}")
}

pub fn locale_url(lang: &str, name: &str) -> String {
    format!("/api/v1/locales/{lang}/{name}")
}

pub const CATALOGUE_URL: &str = "/api/v1/forms";

pub const LOCALES_URL: &str = "/api/v1/locales";
