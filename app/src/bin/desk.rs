//! The office's pages (desk.html): mounts [`pforte_app::desk::Desk`] and nothing else.

fn main() {
    leptos::mount::mount_to_body(pforte_app::desk::Desk);
}
