//! The built app (trunk's `dist/`), served from memory.
//!
//! At start-up every file is read and precompressed (see [`super::precompressed`]). Files whose
//! names carry a content hash (`pforte-app-<hash>_bg.wasm`, `style-<hash>.css`) never change
//! under that name, so browsers may keep them for a year without asking again; everything else
//! (index.html above all, which names the hashed files) is revalidated on every load. Paths
//! without a file extension are the app's own routes and get index.html (client-side routing),
//! except those in [`PAGES`], which get a page with a wasm of its own (app/src/lib.rs), so the
//! applicant's form carries none of them.

use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;

use axum::body::{Body, HttpBody};
use axum::extract::State;
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};

use super::error::ApiError;
use super::precompressed::Precompressed;
use super::AppState;
use crate::error::StartError;

const IMMUTABLE: &str = "public, max-age=31536000, immutable";
const NO_CACHE: &str = "no-cache";
const INDEX: &str = "/index.html";
/// The routes with a page of their own: status and booking (services.html), and the office's
/// entrance kiosk, visitor's ticket and staff inbox (desk.html).
pub const PAGES: [(&str, &str); 6] = [
    ("/status", "/services.html"),
    ("/appointments", "/services.html"),
    ("/appointments/cancel", "/services.html"),
    ("/kiosk", "/desk.html"),
    ("/ticket", "/desk.html"),
    ("/office", "/desk.html"),
];

/// The files of the built app, by URL path (`/index.html`, `/pforte-app-….js`).
#[derive(Debug, Default)]
pub struct Assets {
    files: HashMap<String, Asset>,
}

#[derive(Debug)]
struct Asset {
    body: Precompressed,
    cache_control: &'static str,
}

impl Assets {
    /// Read every file under `dist`. A missing folder is an app that is not built (logged);
    /// an unreadable file is an error, since serving half an app helps nobody.
    pub fn load(dist: &Path) -> Result<Assets, StartError> {
        let mut assets = Assets::default();
        if !dist.is_dir() {
            tracing::warn!(folder = %dist.display(), "no built app: run `cargo xtask serve`");
            return Ok(assets);
        }
        assets.read_dir(dist, "")?;
        tracing::info!(files = assets.files.len(), folder = %dist.display(), "app loaded");
        if assets.index_html().is_none() {
            tracing::warn!(folder = %dist.display(), "no index.html: the app is not built, run `cargo xtask serve`");
        }
        Ok(assets)
    }

    fn read_dir(&mut self, dir: &Path, prefix: &str) -> Result<(), StartError> {
        let read_error = |source| StartError::Read {
            path: dir.to_path_buf(),
            source,
        };
        for entry in std::fs::read_dir(dir).map_err(read_error)? {
            let path = entry.map_err(read_error)?.path();
            let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
                tracing::warn!(file = %path.display(), "not served: the name is not UTF-8");
                continue;
            };
            let url = format!("{prefix}/{name}");
            if path.is_dir() {
                self.read_dir(&path, &url)?;
                continue;
            }
            let bytes = std::fs::read(&path).map_err(|source| StartError::Read {
                path: path.clone(),
                source,
            })?;
            let cache_control = if is_hashed(name) { IMMUTABLE } else { NO_CACHE };
            self.files.insert(
                url,
                Asset {
                    body: Precompressed::new(bytes, content_type(name)),
                    cache_control,
                },
            );
        }
        Ok(())
    }

    /// index.html as text, if the app is built.
    pub fn index_html(&self) -> Option<&str> {
        self.text(INDEX)
    }

    /// The app's HTML pages as text (index.html and those of [`PAGES`]), those that are built.
    pub fn pages(&self) -> Vec<&str> {
        let mut files: Vec<&str> = PAGES.iter().map(|(_, file)| *file).collect();
        files.sort_unstable();
        files.dedup();
        std::iter::once(INDEX)
            .chain(files)
            .filter_map(|p| self.text(p))
            .collect()
    }

    fn text(&self, path: &str) -> Option<&str> {
        self.files
            .get(path)
            .and_then(|a| std::str::from_utf8(a.body.bytes()).ok())
    }
}

/// The router's fallback: app files, app routes, and 404s (JSON ones under `/api`).
pub async fn serve(
    State(state): State<Arc<AppState>>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
) -> Response {
    let path = uri.path();
    if path == "/api" || path.starts_with("/api/") {
        return ApiError::NotFound(format!("no API endpoint {path}")).into_response();
    }
    if method != Method::GET && method != Method::HEAD {
        return (
            StatusCode::METHOD_NOT_ALLOWED,
            [(header::ALLOW, "GET, HEAD")],
            "method not allowed\n",
        )
            .into_response();
    }
    let files = &state.assets.files;
    let key = if path.ends_with('/') {
        format!("{path}index.html")
    } else {
        path.to_string()
    };
    let own_page = PAGES
        .iter()
        .find(|(route, _)| *route == path)
        .and_then(|(_, file)| files.get(*file));
    let mut response = match files.get(&key) {
        Some(asset) => asset.body.respond(&headers, asset.cache_control),
        None if own_page.is_some() => own_page.map_or_else(not_built, |page| {
            page.body.respond(&headers, page.cache_control)
        }),
        None if is_app_route(path) => match files.get(INDEX) {
            Some(index) => {
                // A form's address: the shell carries the form's first texts.
                let page = state.assets.index_html().and_then(|html| {
                    state.shells.page(
                        html,
                        &state.forms,
                        &state.locales,
                        path,
                        uri.query(),
                        &headers,
                    )
                });
                match page {
                    Some(page) => {
                        let mut response = page.respond(&headers, NO_CACHE);
                        // The page's language depends on these too.
                        response.headers_mut().insert(
                            header::VARY,
                            HeaderValue::from_static("Accept-Encoding, Cookie, Accept-Language"),
                        );
                        response
                    }
                    None => index.body.respond(&headers, index.cache_control),
                }
            }
            None => not_built(),
        },
        None => (
            StatusCode::NOT_FOUND,
            [(header::CACHE_CONTROL, NO_CACHE)],
            "not found\n",
        )
            .into_response(),
    };
    if method == Method::HEAD {
        // The headers of the GET, Content-Length included, without the body.
        if let Some(length) = response.body().size_hint().exact() {
            response
                .headers_mut()
                .insert(header::CONTENT_LENGTH, HeaderValue::from(length));
        }
        *response.body_mut() = Body::empty();
    }
    response
}

/// 503 with instructions, instead of a blank page, when nobody has built the app yet.
fn not_built() -> Response {
    let text = "Pforte's app is not built, so there is nothing to show here yet.\n\n\
                Run `cargo xtask serve` to build the app and start the server.\n";
    let mut response = (StatusCode::SERVICE_UNAVAILABLE, text).into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/plain; charset=utf-8"),
    );
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// A path the app routes itself: its last segment has no file extension.
fn is_app_route(path: &str) -> bool {
    !path.rsplit('/').next().unwrap_or_default().contains('.')
}

/// Trunk writes its 64-bit content hash in hex without leading zeros: 16 digits, fewer one
/// time in sixteen (a build with `pforte-app-f83bd4da910c957.js` was seen). Ten or more.
fn is_trunk_hash(hash: &str) -> bool {
    (10..=16).contains(&hash.len()) && hash.bytes().all(|b| b.is_ascii_hexdigit())
}

/// Does the file name carry a content hash, as trunk writes them
/// (`pforte-app-0123456789abcdef_bg.wasm`, `style-0123456789abcdef.css`)?
fn is_hashed(name: &str) -> bool {
    let stem = name.split('.').next().unwrap_or_default();
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    stem.rsplit_once('-')
        .is_some_and(|(_, hash)| is_trunk_hash(hash))
}

/// The Content-Type for a file name (the few kinds a built app contains).
fn content_type(name: &str) -> &'static str {
    let extension = name
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    match extension.as_str() {
        "html" | "htm" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "wasm" => "application/wasm",
        "json" | "map" => "application/json",
        "webmanifest" => "application/manifest+json",
        "txt" | "ftl" => "text/plain; charset=utf-8",
        "xml" => "application/xml",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "avif" => "image/avif",
        "ico" => "image/x-icon",
        "woff2" => "font/woff2",
        "woff" => "font/woff",
        "pdf" => "application/pdf",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_hashed_names() {
        for hashed in [
            "pforte-app-0123456789abcdef_bg.wasm",
            "pforte-app-0123456789abcdef.js",
            "style-89abcdef01234567.css",
            // a hash with a leading zero, which trunk drops
            "pforte-app-f83bd4da910c957.js",
            // the form app's chunks and their loader (xtask/src/split.rs)
            "pforte-app-split-review-b37f2848d68f78f7.wasm",
            "pforte-app-chunk-7-1497800e6e581a1c.wasm",
            "pforte-app-split-c9eccb95635fc1fc.js",
        ] {
            assert!(is_hashed(hashed), "{hashed}");
        }
        for plain in [
            "index.html",
            "sw.js",
            "manifest.webmanifest",
            "icon-192.png",
            "0123456789abcdef0.js",
            "style-0123.css",
        ] {
            assert!(!is_hashed(plain), "{plain}");
        }
    }

    #[test]
    fn routes_have_no_extension() {
        assert!(
            is_app_route("/")
                && is_app_route("/forms/residence-permit-extension")
                && is_app_route("/a.b/c")
        );
        assert!(!is_app_route("/favicon.ico") && !is_app_route("/x/y.js"));
    }

    #[test]
    fn content_types() {
        assert_eq!(content_type("a_bg.wasm"), "application/wasm");
        assert_eq!(content_type("INDEX.HTML"), "text/html; charset=utf-8");
        assert_eq!(content_type("noext"), "application/octet-stream");
    }
}
