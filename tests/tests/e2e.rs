//! End-to-end tests: the real intake server serving the real release build of the app, driven
//! in headless Chromium over WebDriver. Run through `cargo xtask test`, which builds both and
//! passes their paths in the environment.

mod a11y;
mod appointments;
mod bilingual;
mod combobox;
mod drafts;
mod groups;
mod handover;
mod harness;
mod keyboard;
mod kiosk;
mod numbers;
mod offline;
mod slots;
mod submission;
mod thin_slice;
mod tour;
mod wizard;
mod xss;
