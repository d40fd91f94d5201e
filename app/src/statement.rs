//! The accessibility statement (Erklärung zur Barrierefreiheit, BITV 2.0 § 7) in the reader's
//! language, reachable from every page's footer. Its texts are in app.ftl (`a11y-*`), where
//! the office fills in its contact and enforcement body.

use leptos::prelude::*;
use pforte_engine::i18n::{Catalog, FluentArgs, FluentValue};

use crate::catalog::Shared;

/// When the statement was prepared (self-assessment); update with each review.
const PREPARED: &str = "2026-11-27";

#[component]
pub fn Statement(cat: Shared<Catalog>) -> impl IntoView {
    let t = |id: &str| cat.text(id, None);
    let mut args = FluentArgs::new();
    let date = crate::review::local_date(PREPARED, &cat.locale).unwrap_or(PREPARED.to_string());
    args.set("date", FluentValue::from(date));
    let known = (1..=4)
        .map(|i| view! { <li>{cat.text(&format!("a11y-known-{i}"), None)}</li> })
        .collect_view();
    view! {
        <article class="statement">
            <h1>{t("a11y-title")}</h1>
            <p>{t("a11y-intro")}</p>
            <h2>{t("a11y-status-title")}</h2>
            <p>{t("a11y-status")}</p>
            <h2>{t("a11y-known-title")}</h2>
            <ul>{known}</ul>
            <h2>{t("a11y-prepared-title")}</h2>
            <p>{cat.text("a11y-prepared", Some(&args))}</p>
            <h2>{t("a11y-feedback-title")}</h2>
            <p>{t("a11y-feedback")}</p>
            <p>{t("a11y-contact")}</p>
            <h2>{t("a11y-enforcement-title")}</h2>
            <p>{t("a11y-enforcement")}</p>
        </article>
    }
}
