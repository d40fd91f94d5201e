//! Pforte's intake crate: the intake server (`pforte serve`) and the office's command line
//! (`pforte validate`, `pforte forms lint`).
//!
//! The design decision everything here follows: **this crate has no idea of its own about what
//! a form means.** Parsing, compiling, pruning and validating a form are the engine's, the same
//! code the browser runs; this crate only does the I/O around it (files, HTTP, the database).
//! The one other validator, the `jsonschema` crate that the compact engine is held to, is built
//! in exactly one place ([`reference::validator`]). So "the server validates exactly what the
//! browser does" holds by construction, and lint can prove it on every example.
//!
//! Code map:
//! - [`server`]: axum app (`server::app`), start-up loading, security headers, database.
//! - [`validate`]: `pforte validate`; [`reference`]: the reference validator.
//! - Submissions: [`jwe`] (the JWE profile and chunked attachments), [`office_key`] (the
//!   office's public key as a deployment checks it), [`receipt`] (the signed receipt),
//!   `server::office` (the office API) and [`office`] (`pforte office …`).
//! - [`lint`]: `pforte forms lint`, every finding with `path:line: pointer: message`.
//! - [`load`], [`finding`], [`position`]: reading files and locating problems in them.
//! - [`cli`], [`config`]: the command line; [`error`]: typed errors.

pub mod blobs;
pub mod cli;
pub mod config;
pub mod error;
pub mod finding;
pub mod jwe;
pub mod lint;
pub mod load;
pub mod mail;
pub mod office;
pub mod office_key;
pub mod position;
pub mod receipt;
pub mod reference;
pub mod server;
pub mod ticket_note;
pub mod validate;
