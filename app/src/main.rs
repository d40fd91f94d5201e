//! The applicant's app (index.html): mounts [`pforte_app::app::App`] with the split points
//! of its chunks (src/chunks.rs).

mod chunks;

fn main() {
    pforte_app::later::provide(chunks::all());
    leptos::mount::mount_to_body(pforte_app::app::App);
}
