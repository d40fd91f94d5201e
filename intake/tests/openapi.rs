//! The OpenAPI document against the code: the checked-in `docs/openapi.json` is what the code
//! generates, every route in `server/` is documented with its methods, and every documented
//! operation reaches a handler (not the "no API endpoint" fallback, not 405).
//!
//! After changing the API: `cargo run -p pforte-intake --bin pforte -- openapi >
//! docs/openapi.json`, and read the diff.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use axum::body::Body;
use axum::http::{Method, StatusCode};
use pforte_intake::server::openapi;
use serde_json::Value;

use crate::server::{fixtures, request};

fn root() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/.."))
}

#[test]
fn the_checked_in_document_is_the_generated_one() {
    let path = root().join("docs/openapi.json");
    let checked_in = std::fs::read_to_string(&path).unwrap_or_default();
    let generated = openapi::document_text();
    assert!(
        checked_in == generated,
        "docs/openapi.json is out of date: run `cargo run -p pforte-intake --bin pforte -- \
         openapi > docs/openapi.json` and commit it"
    );
    let doc: Value = serde_json::from_str(&generated).expect("JSON");
    assert_eq!(doc["openapi"], "3.1.0");
    // OpenAPI requires unique operation ids (clients name their methods after them).
    let mut ids = BTreeSet::new();
    for item in doc["paths"].as_object().expect("paths").values() {
        for operation in item.as_object().expect("path item").values() {
            let id = operation["operationId"].as_str().expect("an operationId");
            assert!(ids.insert(id.to_string()), "operationId {id} twice");
        }
    }
}

/// `path → methods` of every `.route("…", get(…).post(…))` in the server's sources.
fn routes_in_code() -> BTreeMap<String, BTreeSet<String>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/server");
    let mut routes = BTreeMap::new();
    for entry in std::fs::read_dir(&dir).expect("src/server") {
        let path = entry.expect("entry").path();
        let text = std::fs::read_to_string(&path).expect("source");
        let mut rest = text.as_str();
        while let Some(at) = rest.find(".route(") {
            rest = &rest[at + ".route(".len()..];
            let Some(open) = rest.find('"') else { break };
            let after = &rest[open + 1..];
            let Some(close) = after.find('"') else { break };
            let route = after[..close].to_string();
            // The method routers up to the end of this .route(…) call.
            let mut depth = 1;
            let mut end = 0;
            for (i, c) in rest.char_indices() {
                match c {
                    '(' => depth += 1,
                    ')' => {
                        depth -= 1;
                        if depth == 0 {
                            end = i;
                            break;
                        }
                    }
                    _ => {}
                }
            }
            let call = &rest[close + open + 2..end];
            let methods: BTreeSet<String> =
                ["get", "post", "put", "delete", "patch", "head", "options"]
                    .into_iter()
                    .filter(|m| call.contains(&format!("{m}(")) || call.contains(&format!(".{m}(")))
                    .map(str::to_string)
                    .collect();
            // A path, not prose that mentions `.route("…")`.
            if route.starts_with('/') {
                routes
                    .entry(route)
                    .or_insert_with(BTreeSet::new)
                    .extend(methods);
            }
        }
    }
    routes
}

fn documented() -> BTreeMap<String, BTreeSet<String>> {
    let doc: Value = serde_json::to_value(openapi::document()).expect("JSON");
    doc["paths"]
        .as_object()
        .expect("paths")
        .iter()
        .map(|(path, item)| {
            let methods = item
                .as_object()
                .expect("path item")
                .keys()
                .filter(|k| {
                    ["get", "post", "put", "delete", "patch", "head", "options"]
                        .contains(&k.as_str())
                })
                .cloned()
                .collect();
            (path.clone(), methods)
        })
        .collect()
}

#[test]
fn every_route_is_documented_and_nothing_else() {
    let code = routes_in_code();
    assert!(
        code.len() > 25,
        "the source scan finds the routes: {code:?}"
    );
    assert_eq!(code, documented());
}

#[tokio::test]
async fn every_documented_operation_reaches_a_handler() {
    let data = tempfile::tempdir().expect("temp dir");
    let config = crate::server::config(
        fixtures().join("dist"),
        fixtures().join("forms"),
        fixtures().join("locales"),
        data.path().join("data"),
    );
    let state = pforte_intake::server::AppState::load(&config)
        .await
        .expect("loads");
    let app = pforte_intake::server::app(state);
    for (path, methods) in documented() {
        let uri = path
            .split('/')
            .map(|part| if part.starts_with('{') { "x" } else { part })
            .collect::<Vec<_>>()
            .join("/");
        for method in methods {
            let method = Method::from_bytes(method.to_uppercase().as_bytes()).expect("method");
            let answer = request(&app, method.clone(), &uri, &[], Body::empty()).await;
            assert_ne!(
                answer.status,
                StatusCode::METHOD_NOT_ALLOWED,
                "{method} {uri}"
            );
            assert!(
                !answer.text().contains("no API endpoint"),
                "{method} {uri} is not routed"
            );
        }
    }
}
