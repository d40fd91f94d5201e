//! The applicant's status and appointment pages (services.html): mounts
//! [`pforte_app::services::Services`] and nothing else.

fn main() {
    leptos::mount::mount_to_body(pforte_app::services::Services);
}
