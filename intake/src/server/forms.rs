//! The form catalogue, form definitions and translations: `/api/v1/forms`,
//! `/api/v1/forms/{id}` and `/api/v1/locales/{lang}/{name}`.
//!
//! Everything is read, checked and compressed at start-up and served from memory. A form that
//! does not compile is logged with its findings and left out, so one broken definition cannot
//! take the office's other forms offline. The definition is served byte for byte as written,
//! with its SHA-256 as ETag: the hash a submission records is the hash of exactly these bytes.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;
use std::sync::Arc;

use axum::extract::{Path as UrlPath, State};
use axum::http::HeaderMap;
use axum::response::Response;
use axum::routing::get;
use axum::Router;
use pforte_engine::i18n::{self, Catalog, LOCALES};
use serde::Serialize;

use super::error::ApiError;
use super::precompressed::Precompressed;
use super::AppState;
use crate::load;

/// Definitions and translations change with a deployment, not a build: always revalidate
/// (cheap, thanks to the ETag) so nobody fills in an outdated form.
const NO_CACHE: &str = "no-cache";

/// The loaded forms, by id.
#[derive(Debug)]
pub struct Forms {
    pub by_id: BTreeMap<String, FormEntry>,
    /// The catalogue's JSON, prepared once.
    catalogue: Precompressed,
}

/// One served form: its catalogue entry and its definition.
#[derive(Debug)]
pub struct FormEntry {
    pub entry: CatalogueEntry,
    /// The definition bytes as written; `definition.hash` is the definition hash.
    pub definition: Precompressed,
    /// The step ids in order, and the first step an empty form shows (for the shell).
    pub steps: Vec<String>,
    pub first_step: usize,
}

/// One form in `GET /api/v1/forms`.
#[derive(Debug, Clone, Serialize)]
pub struct CatalogueEntry {
    pub id: String,
    pub version: String,
    /// Hex SHA-256 of the definition bytes.
    pub hash: String,
    pub team: String,
    pub service: String,
}

impl Forms {
    /// Load every `*/form.json` in `dir`; failures are logged and skipped.
    pub fn load(dir: &Path) -> Forms {
        let mut by_id = BTreeMap::new();
        let mut dirs: Vec<_> = match std::fs::read_dir(dir) {
            Ok(entries) => entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.is_dir())
                .collect(),
            Err(e) => {
                tracing::warn!(folder = %dir.display(), error = %e, "cannot read the forms folder: serving no forms");
                Vec::new()
            }
        };
        dirs.sort();
        for path in dirs
            .into_iter()
            .map(|d| d.join("form.json"))
            .filter(|p| p.exists())
        {
            let Some(form) = load_form(&path) else {
                continue;
            };
            if by_id.contains_key(&form.entry.id) {
                tracing::error!(form = %path.display(), id = %form.entry.id, "a form with this id is already loaded: not served");
                continue;
            }
            tracing::info!(id = %form.entry.id, version = %form.entry.version, "form loaded");
            by_id.insert(form.entry.id.clone(), form);
        }
        let entries: Vec<&CatalogueEntry> = by_id.values().map(|f| &f.entry).collect();
        let json = serde_json::to_vec(&entries).unwrap_or_else(|_| b"[]".to_vec());
        Forms {
            by_id,
            catalogue: Precompressed::new(json, "application/json"),
        }
    }
}

fn load_form(path: &Path) -> Option<FormEntry> {
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) => {
            tracing::error!(form = %path.display(), error = %e, "cannot read the form: not served");
            return None;
        }
    };
    let Ok(text) = std::str::from_utf8(&bytes) else {
        tracing::error!(form = %path.display(), "the form is not UTF-8: not served");
        return None;
    };
    let form = match load::compile_form(path, text) {
        Ok(form) => form,
        Err(findings) => {
            for finding in &findings {
                tracing::error!(%finding, "form finding");
            }
            tracing::error!(form = %path.display(), findings = findings.len(), "the form does not compile: not served (run `pforte forms lint`)");
            return None;
        }
    };
    let steps = form.steps.iter().map(|s| s.id.clone()).collect();
    let first_step = form
        .visible_steps(&serde_json::Value::Object(Default::default()))
        .first()
        .copied()
        .unwrap_or(0);
    let definition = Precompressed::new(bytes, "application/json");
    let entry = CatalogueEntry {
        id: form.id,
        version: form.version,
        hash: definition.hash.clone(),
        team: form.routing.team,
        service: form.routing.service,
    };
    Some(FormEntry {
        entry,
        definition,
        steps,
        first_step,
    })
}

/// The Fluent files of the offered locales, by (locale, name).
#[derive(Debug, Default)]
pub struct Locales {
    pub files: HashMap<(String, String), Precompressed>,
    /// `GET /api/v1/locales`: the tags that have files, in the order of `LOCALES`.
    pub index: Option<Precompressed>,
}

impl Locales {
    /// The tags that have files, in the order of `LOCALES`.
    pub fn offered(&self) -> Vec<&'static str> {
        LOCALES
            .iter()
            .map(|(tag, _, _)| *tag)
            .filter(|tag| self.files.keys().any(|(t, _)| t == tag))
            .collect()
    }

    /// The catalogue of the files `names` in `lang`, then German (a file that does not
    /// parse is left out; lint reports it).
    pub fn catalog(&self, lang: &str, names: &[&str]) -> Catalog {
        let bundles = i18n::chain(lang)
            .into_iter()
            .map(|tag| {
                let resources = names
                    .iter()
                    .filter_map(|name| self.files.get(&(tag.to_string(), name.to_string())))
                    .filter_map(|file| std::str::from_utf8(file.bytes()).ok())
                    .filter_map(|text| i18n::parse(text).ok())
                    .collect();
                (tag, resources)
            })
            .collect();
        Catalog::new(bundles)
    }

    /// Load `dir/<lang>/<name>.ftl` for every offered locale; unreadable files are logged.
    pub fn load(dir: &Path) -> Locales {
        let mut files = HashMap::new();
        for (tag, _, _) in LOCALES {
            let Ok(entries) = std::fs::read_dir(dir.join(tag)) else {
                continue;
            };
            for path in entries.filter_map(Result::ok).map(|e| e.path()) {
                let Some(name) = path
                    .file_name()
                    .and_then(|n| n.to_str())
                    .and_then(|n| n.strip_suffix(".ftl"))
                else {
                    continue;
                };
                if !is_name(name) {
                    tracing::warn!(file = %path.display(), "not served: a locale file name must match [a-z][a-z0-9-]*");
                    continue;
                }
                match std::fs::read(&path) {
                    Ok(bytes) => {
                        files.insert(
                            (tag.to_string(), name.to_string()),
                            Precompressed::new(bytes, "text/plain; charset=utf-8"),
                        );
                    }
                    Err(e) => {
                        tracing::error!(file = %path.display(), error = %e, "cannot read: not served")
                    }
                }
            }
        }
        tracing::info!(files = files.len(), "locale files loaded");
        let mut locales = Locales { files, index: None };
        let json = serde_json::to_vec(&locales.offered()).unwrap_or_default();
        locales.index = Some(Precompressed::new(json, "application/json"));
        locales
    }
}

/// `[a-z][a-z0-9-]*`: the only names served, so no path can be smuggled in.
fn is_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

pub fn router() -> Router<Arc<AppState>> {
    Router::new()
        .route("/api/v1/forms", get(catalogue))
        .route("/api/v1/forms/{id}", get(definition))
        .route("/api/v1/locales", get(offered))
        .route("/api/v1/locales/{lang}/{name}", get(locale))
}

/// The languages the office offers: those with translations on this server.
#[utoipa::path(
    get,
    path = "/api/v1/locales",
    tag = "forms",
    summary = "The languages this server has translations for",
    responses((status = 200, description = "Language tags", body = Vec<String>), (status = 404, description = "No locales at all", body = crate::server::openapi::ErrorBody))
)]
pub(crate) async fn offered(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let index = state
        .locales
        .index
        .as_ref()
        .ok_or_else(|| ApiError::NotFound("no locales".into()))?;
    Ok(index.respond(&headers, NO_CACHE))
}

#[utoipa::path(
    get,
    path = "/api/v1/forms",
    tag = "forms",
    summary = "The forms the office offers",
    responses((status = 200, description = "Id, version and title id of each form that compiles", body = Vec<serde_json::Value>))
)]
pub(crate) async fn catalogue(State(state): State<Arc<AppState>>, headers: HeaderMap) -> Response {
    state.forms.catalogue.respond(&headers, NO_CACHE)
}

#[utoipa::path(
    get,
    path = "/api/v1/forms/{id}",
    tag = "forms",
    summary = "A form definition (form.json)",
    params(("id" = String, Path, description = "The form id")),
    responses((status = 200, description = "The definition as the author wrote it", body = serde_json::Value), (status = 404, description = "No form with this id", body = crate::server::openapi::ErrorBody))
)]
pub(crate) async fn definition(
    State(state): State<Arc<AppState>>,
    UrlPath(id): UrlPath<String>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let form = state
        .forms
        .by_id
        .get(&id)
        .ok_or_else(|| ApiError::NotFound(format!("no form {id:?}")))?;
    Ok(form.definition.respond(&headers, NO_CACHE))
}

#[utoipa::path(
    get,
    path = "/api/v1/locales/{lang}/{name}",
    tag = "forms",
    summary = "A Fluent file",
    params(("lang" = String, Path, description = "Language tag, one of the eight"), ("name" = String, Path, description = "File name without .ftl, [a-z][a-z0-9-]*")),
    responses((status = 200, description = "Fluent text", body = String, content_type = "text/plain"), (status = 400, description = "The request is malformed; the message says what to change", body = crate::server::openapi::ErrorBody), (status = 404, description = "No such locale or file", body = crate::server::openapi::ErrorBody))
)]
pub(crate) async fn locale(
    State(state): State<Arc<AppState>>,
    UrlPath((lang, name)): UrlPath<(String, String)>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    if !LOCALES.iter().any(|(tag, _, _)| *tag == lang) {
        return Err(ApiError::NotFound(format!("no locale {lang:?}")));
    }
    if !is_name(&name) {
        return Err(ApiError::BadRequest(format!(
            "{name:?} is not a locale file name: [a-z][a-z0-9-]*"
        )));
    }
    let file = state.locales.files.get(&(lang.clone(), name.clone()));
    let file =
        file.ok_or_else(|| ApiError::NotFound(format!("no locale file {name:?} in {lang:?}")))?;
    Ok(file.respond(&headers, NO_CACHE))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_cannot_carry_paths() {
        assert!(is_name("residence-permit-extension") && is_name("app") && is_name("a1"));
        for bad in ["", "../secret", "a/b", "A", "1a", "a.ftl", "a%2F"] {
            assert!(!is_name(bad), "{bad}");
        }
    }
}
