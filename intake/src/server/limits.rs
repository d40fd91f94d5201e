//! Rate limits per client address and per reference (`governor`), and the client's address
//! as an extractor. Every limit answers 429 with `Retry-After` ([`too_many`]).
//!
//! | Limit | Burst, then | Guards |
//! |---|---|---|
//! | proofs per address | 10, then one per 6 s | status lookups, free times, booking, cancelling |
//! | proofs per reference | 20, then one per 3 min | guessing one applicant's status code from many addresses |
//! | writes per address | 30, then one per 10 s | announcing submissions, storing and fetching handovers |
//!
//! A counsellor's office behind one address sends a few applications an hour; a script
//! filling the disk with announcements or handovers sends hundreds.

use std::convert::Infallible;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::num::NonZeroU32;

use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::request::Parts;
use axum::http::StatusCode;
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};

use super::error::ApiError;

/// The client's address as the server saw it (the connection's peer). Requests without a
/// connection (the `oneshot` tests') share one address, 0.0.0.0.
#[derive(Debug, Clone, Copy)]
pub struct ClientAddr(pub IpAddr);

impl<S: Send + Sync> FromRequestParts<S> for ClientAddr {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        Ok(ClientAddr(
            parts
                .extensions
                .get::<ConnectInfo<SocketAddr>>()
                .map_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED), |ConnectInfo(addr)| {
                    addr.ip()
                }),
        ))
    }
}

/// Too many requests: 429 with `Retry-After` (see [`ApiError`]).
pub fn too_many() -> ApiError {
    ApiError::refused(
        StatusCode::TOO_MANY_REQUESTS,
        "too-many-requests",
        "too many requests; try again in a few minutes",
    )
}

fn quota(burst: u32, seconds: u64) -> Quota {
    Quota::with_period(std::time::Duration::from_secs(seconds))
        .expect("a period above zero")
        .allow_burst(NonZeroU32::new(burst).expect("a burst above zero"))
}

/// The server's limits (see the module's table).
pub struct Limits {
    proofs: DefaultKeyedRateLimiter<IpAddr>,
    references: DefaultKeyedRateLimiter<String>,
    writes: DefaultKeyedRateLimiter<IpAddr>,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            proofs: RateLimiter::keyed(quota(10, 6)),
            references: RateLimiter::keyed(quota(20, 180)),
            writes: RateLimiter::keyed(quota(30, 10)),
        }
    }
}

impl Limits {
    /// Count one proof (reference and status code, or a cancel token) from `client`.
    pub fn proof_from(&self, client: ClientAddr) -> Result<(), ApiError> {
        self.proofs.check_key(&client.0).map_err(|_| too_many())
    }

    /// Count one proof for `reference`, from anywhere.
    pub fn proof_for(&self, reference: &str) -> Result<(), ApiError> {
        self.references
            .check_key(&reference.to_string())
            .map_err(|_| too_many())
    }

    /// Count one sign-in attempt as `name` from `client` (the limits of a proof: per
    /// address, and per name from anywhere).
    pub fn sign_in(&self, client: ClientAddr, name: &str) -> Result<(), ApiError> {
        self.proof_from(client)?;
        self.proof_for(&format!("staff:{name}"))
    }

    /// Count one anonymous write (an announcement, a handover) from `client`.
    pub fn write_from(&self, client: ClientAddr) -> Result<(), ApiError> {
        self.writes.check_key(&client.0).map_err(|_| too_many())
    }

    /// Forget keys whose limit has fully recovered (called by the sweep).
    pub fn shrink(&self) {
        for limiter in [&self.proofs, &self.writes] {
            limiter.retain_recent();
            limiter.shrink_to_fit();
        }
        self.references.retain_recent();
        self.references.shrink_to_fit();
    }
}

impl std::fmt::Debug for Limits {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Limits")
    }
}
