//! `pforte serve`: the intake server's thin slice so far. It serves the built app, the form
//! catalogue and definitions and the translations, all from memory, behind one set of
//! security headers, limits and timeouts, and it owns the database (migrated at start-up).
//!
//! Each feature brings its own router (`forms::router`, `assets::serve` as the fallback);
//! [`app`] merges them in one place and adds the layers every response passes through, so a
//! new route cannot forget the headers. Tests call [`app`] with `tower::ServiceExt::oneshot`,
//! no TCP.

pub mod appointments;
pub mod assets;
pub mod calendar;
pub mod contact;
pub mod db;
pub mod error;
pub mod forms;
pub mod handover;
pub mod kiosk;
pub mod limits;
pub mod office;
pub mod openapi;
pub mod precompressed;
pub mod security;
pub mod shell;
pub mod staff;
pub mod status;
pub mod submissions;

use std::sync::Arc;
use std::time::Duration;

use axum::http::{Request, StatusCode};
use axum::Router;
use sqlx::AnyPool;
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

/// Largest request body on any route but submit and uploads, which have their own limits
/// (`submissions::SUBMIT_LIMIT`, and an upload's announced length).
pub const BODY_LIMIT: usize = 64 * 1024;
/// Longest a request may take before it is answered with 408.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);
/// Longest a submit may take (its body is up to 4 MiB, from a phone).
pub const SUBMIT_TIMEOUT: Duration = Duration::from_secs(120);

/// Everything the handlers share, loaded once at start-up.
#[derive(Debug)]
pub struct AppState {
    pub forms: Forms,
    pub locales: Locales,
    pub assets: Assets,
    /// index.html with a form's first texts, built on first request (see [`shell`]).
    pub shells: shell::Shells,
    pub db: AnyPool,
    /// Submissions: blob store, keys, uploads in progress.
    pub intake: submissions::Intake,
    /// Rate limits per client address and per reference.
    pub limits: limits::Limits,
    /// Appointment booking: open once a calendar is published (`--calendar`, or the office's
    /// `PUT /api/v1/office/calendar`).
    pub appointments: appointments::Appointments,
    /// The entrance kiosk, if the office configured its routing.
    pub kiosk: Option<kiosk::Kiosk>,
}

impl AppState {
    /// Load forms, translations and the app, and open (and migrate) the database.
    pub async fn load(config: &ServeConfig) -> Result<AppState, StartError> {
        let db = db::open(&config.data, config.database_url.as_deref()).await?;
        let office_key = match &config.office_key {
            Some(path) => Some(
                crate::office_key::read(path).map_err(|err| StartError::Key(err.to_string()))?,
            ),
            None => {
                tracing::warn!("no --office-key: submissions are refused until one is configured");
                None
            }
        };
        let mail =
            crate::mail::Relay::configured(config.smtp_url.as_deref(), config.mail_from.as_deref())
                .map_err(|err| StartError::Calendar(format!("email: {err:#}")))?;
        let appointments = appointments::Appointments::start(
            &db,
            config.calendar.as_deref(),
            &config.time_zone,
            mail,
        )
        .await?;
        Ok(AppState {
            forms: Forms::load(&config.forms),
            locales: Locales::load(&config.locales),
            assets: Assets::load(&config.dist)?,
            shells: shell::Shells::default(),
            db,
            intake: submissions::Intake::new(
                &config.data,
                config.blob_store.as_deref(),
                office_key,
                config.incomplete_ttl,
                config.max_submission_bytes,
            )?,
            limits: limits::Limits::default(),
            appointments,
            kiosk: match (&config.routing, &config.team_keys) {
                (Some(routing), Some(keys)) => Some(kiosk::Kiosk::load(
                    routing,
                    keys,
                    config.kiosk_network.clone(),
                    &config.time_zone,
                )?),
                _ => None,
            },
        })
    }
}

/// Delete expired incomplete submissions now and then (every tenth of their lifetime, at most
/// every ten minutes).
async fn sweep_forever(state: Arc<AppState>) {
    let every =
        (state.intake.incomplete_ttl / 10).clamp(Duration::from_secs(1), Duration::from_secs(600));
    let mut interval = tokio::time::interval(every);
    loop {
        interval.tick().await;
        match submissions::sweep(&state).await {
            Ok(0) => {}
            Ok(deleted) => tracing::info!(deleted, "expired incomplete submissions deleted"),
            Err(err) => tracing::error!(error = %err, "cannot delete expired submissions"),
        }
        match handover::sweep(&state).await {
            Ok(0) => {}
            Ok(deleted) => tracing::info!(deleted, "expired handovers deleted"),
            Err(err) => tracing::error!(error = %err, "cannot delete expired handovers"),
        }
        match contact::sweep(&state).await {
            Ok(0) => {}
            Ok(deleted) => tracing::info!(deleted, "expired booking codes deleted"),
            Err(err) => tracing::error!(error = %err, "cannot delete expired booking codes"),
        }
        match kiosk::sweep(&state).await {
            Ok(0) => {}
            Ok(deleted) => tracing::info!(deleted, "old kiosk concerns deleted"),
            Err(err) => tracing::error!(error = %err, "cannot delete old kiosk concerns"),
        }
        state.limits.shrink();
    }
}

/// The whole HTTP application.
pub fn app(state: AppState) -> Router {
    app_with(Arc::new(state))
}

/// [`app`] for a state that is shared with background tasks.
pub fn app_with(state: Arc<AppState>) -> Router {
    let [csp, nosniff, referrer, opener, permissions, frames] =
        security::headers(&state.assets.pages())
            .map(|(name, value)| SetResponseHeaderLayer::overriding(name, value));
    // Each group of routes gets its body limit and timeout; the security headers and the log
    // wrap them all.
    let small = Router::new()
        .merge(forms::router())
        .merge(submissions::router())
        .merge(handover::router())
        .merge(status::router())
        .merge(appointments::router())
        .merge(calendar::router())
        .merge(contact::router())
        .merge(office::router())
        .merge(kiosk::router())
        .merge(staff::router())
        .merge(openapi::router())
        .fallback(assets::serve)
        .method_not_allowed_fallback(error::method_not_allowed)
        .layer(RequestBodyLimitLayer::new(BODY_LIMIT))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            REQUEST_TIMEOUT,
        ));
    let submit = submissions::submit_router()
        .layer(RequestBodyLimitLayer::new(submissions::SUBMIT_LIMIT))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            SUBMIT_TIMEOUT,
        ));
    Router::new()
        .merge(submissions::upload_router())
        .merge(submit)
        .merge(small)
        .with_state(state)
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
                .layer(frames),
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
    let state = Arc::new(state);
    tokio::spawn(sweep_forever(Arc::clone(&state)));
    axum::serve(
        listener,
        app_with(state).into_make_service_with_connect_info::<std::net::SocketAddr>(),
    )
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
