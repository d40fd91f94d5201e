//! The engine's one integration test binary (one link step): data-driven suites live in modules.

mod appointments;
mod differential;
mod forms;
mod kiosk;
mod suite;
