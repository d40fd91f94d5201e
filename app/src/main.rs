//! The applicant's app (index.html): mounts [`pforte_app::app::App`] and nothing else.

fn main() {
    leptos::mount::mount_to_body(pforte_app::app::App);
}
