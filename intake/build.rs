//! Rebuild when a migration is added: `sqlx::migrate!` embeds `migrations/` at compile time,
//! and cargo does not know to watch that folder otherwise.

fn main() {
    println!("cargo:rerun-if-changed=migrations");
}
