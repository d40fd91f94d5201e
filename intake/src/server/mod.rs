//! `pforte serve`: the intake server's thin slice so far. It serves the built app, the form
//! catalogue and definitions and the translations, all from memory, behind one set of
//! security headers, limits and timeouts, and it owns the database (migrated at start-up).
//!
//! Each feature brings its own router (`forms::router`, `assets::serve` as the fallback);
//! [`app`] merges them in one place and adds the layers every response passes through, so a
//! new route cannot forget the headers. Tests call [`app`] with `tower::ServiceExt::oneshot`,
//! no TCP.

pub mod assets;
pub mod db;
pub mod error;
pub mod forms;
pub mod office;
pub mod precompressed;
pub mod security;
pub mod shell;

use std::sync::Arc;
use std::time::Duration;

use axum::http::{Request, StatusCode};
use axum::Router;
use sqlx::SqlitePool;
use tower::ServiceBuilder;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::{DefaultOnResponse, TraceLayer};
use tracing::Level;

use crate::config::ServeConfig;
use crate::error::StartError;
use assets::Assets;
use forms::{Forms, Locales};

/// Largest request body on any route. Nothing accepts a body yet; uploads will get their own,
/// larger limit on their own route.
pub const BODY_LIMIT: usize = 64 * 1024;
/// Longest a request may take before it is answered with 408.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

/// Everything the handlers share, loaded once at start-up.
#[derive(Debug)]
pub struct AppState {
    pub forms: Forms,
    pub locales: Locales,
    pub assets: Assets,
    /// index.html with a form's first texts, built on first request (see [`shell`]).
    pub shells: shell::Shells,
    pub db: SqlitePool,
}

impl AppState {
    /// Load forms, translations and the app, and open (and migrate) the database.
    pub async fn load(config: &ServeConfig) -> Result<AppState, StartError> {
        let db = db::open(&config.data).await?;
        Ok(AppState {
            forms: Forms::load(&config.forms),
            locales: Locales::load(&config.locales),
            assets: Assets::load(&config.dist)?,
            shells: shell::Shells::default(),
            db,
        })
    }
}

/// The whole HTTP application.
pub fn app(state: AppState) -> Router {
    let [csp, nosniff, referrer, opener, permissions, frames] =
        security::headers(state.assets.index_html())
            .map(|(name, value)| SetResponseHeaderLayer::overriding(name, value));
    Router::new()
        .merge(forms::router())
        .merge(office::router())
        .fallback(assets::serve)
        .method_not_allowed_fallback(error::method_not_allowed)
        .with_state(Arc::new(state))
        .layer(
            // Outermost first: every response, including 408 and 413, gets the headers.
            ServiceBuilder::new()
                .layer(
                    TraceLayer::new_for_http()
                        // Method and path only: no query strings, headers or bodies in the log.
                        .make_span_with(|request: &Request<_>| {
                            tracing::info_span!("request", method = %request.method(), path = %request.uri().path())
                        })
                        .on_response(DefaultOnResponse::new().level(Level::INFO)),
                )
                .layer(csp)
                .layer(nosniff)
                .layer(referrer)
                .layer(opener)
                .layer(permissions)
                .layer(frames)
                .layer(RequestBodyLimitLayer::new(BODY_LIMIT))
                .layer(TimeoutLayer::with_status_code(StatusCode::REQUEST_TIMEOUT, REQUEST_TIMEOUT)),
        )
}

/// Load everything, listen on `config.addr` and serve until Ctrl-C or SIGTERM.
pub async fn run(config: ServeConfig) -> Result<(), StartError> {
    let state = AppState::load(&config).await?;
    let listener = tokio::net::TcpListener::bind(config.addr)
        .await
        .map_err(|source| StartError::Bind {
            addr: config.addr,
            source,
        })?;
    let addr = listener.local_addr().map_err(|source| StartError::Bind {
        addr: config.addr,
        source,
    })?;
    println!("Pforte is serving on http://{addr}/");
    axum::serve(listener, app(state))
        .with_graceful_shutdown(shutdown_signal())
        .await
        .map_err(StartError::Serve)
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down");
}
