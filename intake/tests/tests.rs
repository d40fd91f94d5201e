//! The crate's one integration test binary (one link instead of one per file, as in ripgrep):
//! the server through `oneshot`, lint on its fixture folders and the real forms, and the
//! `pforte` binary's exit codes.

mod appointments;
mod cli;
mod kiosk;
mod lint;
mod office;
mod openapi;
mod processes;
mod server;
mod status;
mod submissions;
