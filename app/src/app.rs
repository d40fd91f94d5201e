//! The app shell: top bar with the language chooser, and the page for the current path
//! (`/` the form catalogue, `/forms/<id>` a form).

use leptos::prelude::*;
use pforte_engine::form::message;
use pforte_engine::i18n::LOCALES;

use crate::catalog;
use crate::form_page::FormPage;
use crate::later;

/// What the path asks for.
enum Route {
    Catalogue,
    Form(String),
    Statement,
    Receipt(String),
}

/// The accessibility statement's address.
const STATEMENT: &str = "/accessibility";
/// The status lookup's address.
pub const STATUS: &str = "/status";
/// Booking an appointment.
pub const APPOINTMENTS: &str = "/appointments";

fn route() -> Route {
    let path = web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_default();
    if path == STATEMENT {
        return Route::Statement;
    }
    if let Some(reference) = path.strip_prefix("/receipts/") {
        return Route::Receipt(reference.to_string());
    }
    match path.strip_prefix("/forms/") {
        // `/forms/<id>` and its places (`/forms/<id>/<step>`, `/forms/<id>/review`).
        Some(rest) if !rest.is_empty() => {
            Route::Form(rest.split('/').next().unwrap_or_default().to_string())
        }
        _ => Route::Catalogue,
    }
}

#[component]
pub fn App() -> impl IntoView {
    // The static shell in index.html painted the first frame. A form's page takes it away
    // once its first step is ready (the server put the step's texts into it); any other page
    // takes over now.
    let route = route();
    if !matches!(route, Route::Form(_)) {
        remove_shell();
    }
    crate::offline::register();
    let lang = RwSignal::new(catalog::initial_locale());
    framed(lang, move |frame| {
        let texts = move || frame.get().and_then(Result::ok);
        match route {
            Route::Form(id) => view! { <FormPage id lang /> }.into_any(),
            // The other pages are chunks of their own (later.rs).
            Route::Catalogue => later::view(texts, move || (later::chunks().catalogue)(lang)),
            Route::Receipt(reference) => {
                later::view(texts, move || (later::chunks().receipt)(reference.clone(), lang))
            }
            // The statement is the app's own texts: the frame's catalogue.
            Route::Statement => view! {
                {move || texts().map(|cat| later::view(texts, move || (later::chunks().statement)(cat.clone())))}
            }
            .into_any(),
        }
    })
}

/// The app's own texts in the chosen language, as the frame loaded them.
pub type FrameTexts =
    ReadSignal<Option<Result<catalog::Shared<pforte_engine::i18n::Catalog>, String>>>;

/// The page `page` makes (given the frame's texts) in the app's frame: skip link, top bar
/// with the language chooser, footer; the document's `lang` and `dir` follow `lang`.
pub fn framed(lang: RwSignal<String>, page: impl FnOnce(FrameTexts) -> AnyView) -> AnyView {
    Effect::new(move || catalog::apply(&lang.get()));
    let frame: FrameTexts = crate::api::loaded(move || {
        let lang = lang.get();
        async move { catalog::load(&lang, &[]).await }
    });
    let page = page(frame);
    // The frame's own texts (skip link, footer): the app's messages only.
    let text = move |id: &'static str| {
        move || {
            frame
                .get()
                .and_then(Result::ok)
                .map(|cat| cat.text(id, None))
        }
    };
    view! {
        <a class="skip-link" href="#main">{text("skip-to-content")}</a>
        <header class="topbar">
            <a class="brand" href="/">"Pforte"</a>
            <LanguageChooser lang />
        </header>
        <main class="page" id="main" tabindex="-1">{page}</main>
        <footer class="footer">
            <a href=STATEMENT>{text("footer-accessibility")}</a>
        </footer>
    }
    .into_any()
}

/// Remove index.html's static shell (style.css hides the app's page while it is there).
pub fn remove_shell() {
    if let Some(shell) = document().get_element_by_id("shell") {
        shell.remove();
    }
}

/// The languages by endonym, each in its own language and direction (no flags).
#[component]
fn LanguageChooser(lang: RwSignal<String>) -> impl IntoView {
    let offered = crate::api::loaded(catalog::offered);
    let options = move || {
        let offered = offered
            .get()
            .and_then(Result::ok)
            .unwrap_or_else(|| vec![lang.get_untracked()]);
        LOCALES
        .iter()
        .filter(|(tag, _, _)| offered.iter().any(|t| t == tag))
        .map(|(tag, name, rtl)| {
            let tag = *tag;
            view! {
                <option value=tag lang=tag dir=if *rtl { "rtl" } else { "ltr" } selected=move || lang.get() == tag>
                    {*name}
                </option>
            }
        })
        .collect_view()
    };
    view! {
        <label class="lang">
            <span class="visually-hidden">"Sprache / Language"</span>
            <select on:change=move |ev| lang.set(event_target_value(&ev))>{options}</select>
        </label>
    }
}

/// The list of application types the office offers.
#[component]
pub fn CataloguePage(lang: RwSignal<String>) -> impl IntoView {
    let forms = crate::api::loaded(move || {
        let lang = lang.get();
        async move {
            let text = crate::api::text(crate::api::CATALOGUE_URL).await?;
            let list: serde_json::Value = serde_json::from_str(&text).map_err(|e| e.to_string())?;
            let ids: Vec<String> = list
                .as_array()
                .map(|a| {
                    a.iter()
                        .filter_map(|f| f.get("id")?.as_str().map(str::to_string))
                        .collect()
                })
                .unwrap_or_default();
            let names: Vec<&str> = ids.iter().map(String::as_str).collect();
            let cat = catalog::load(&lang, &names).await?;
            let forms: Vec<(String, String)> = ids
                .into_iter()
                .map(|id| (cat.text(&message::title(&id), None), id))
                .collect();
            let links = (
                cat.text("status-title", None),
                cat.text("appointments-title", None),
            );
            Ok::<_, String>((cat.text("catalogue-title", None), forms, links))
        }
    });
    move || {
        match forms.get() {
        None => view! { <p class="loading" role="status">"…"</p> }.into_any(),
        Some(Err(e)) => view! { <p class="error-box" role="alert">{e}</p> }.into_any(),
        Some(Ok((title, forms, (status, appointments)))) => view! {
            <h1>{title}</h1>
            <ul class="catalogue">
                {forms
                    .into_iter()
                    .map(|(title, id)| view! { <li><a href=format!("/forms/{id}")>{title}</a></li> })
                    .collect_view()}
            </ul>
            <p class="more"><a href=STATUS>{status}</a></p>
            <p class="more"><a href=APPOINTMENTS>{appointments}</a></p>
            <Resume lang />
        }
        .into_any(),
    }
    }
}

/// "Continue with a resume code": a code a counsellor (or client) handed over brings the
/// draft onto this device and opens the form.
#[component]
fn Resume(lang: RwSignal<String>) -> impl IntoView {
    let texts = crate::api::loaded(move || {
        let lang = lang.get();
        async move { catalog::load(&lang, &[]).await }
    });
    let typed = RwSignal::new(String::new());
    let error = RwSignal::new(None::<&'static str>);
    let busy = RwSignal::new(false);
    let go = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        error.set(None);
        let code = typed.get_untracked();
        wasm_bindgen_futures::spawn_local(async move {
            match resume_into_drafts(&code).await {
                Ok(form_id) => {
                    let _ = window().location().assign(&format!("/forms/{form_id}"));
                }
                Err(message) => {
                    error.set(Some(message));
                    busy.set(false);
                    request_animation_frame(|| crate::nav::focus("resume-code"));
                }
            }
        });
    };
    move || {
        texts.get().and_then(Result::ok).map(|cat| {
            let message = {
                let cat = cat.clone();
                move || error.get().map(|id| cat.text(id, None))
            };
            view! {
                <form class="resume" on:submit=go novalidate>
                    <h2>{cat.text("resume-title", None)}</h2>
                    <div class="field">
                        <label for="resume-code">{cat.text("resume-label", None)}</label>
                        <p class="help" id="resume-help">{cat.text("resume-help", None)}</p>
                        <p class="error" id="resume-error" role="alert">{message}</p>
                        <input type="text" id="resume-code" dir="ltr" autocomplete="off" spellcheck="false"
                            autocapitalize="characters" aria-describedby="resume-help resume-error"
                            aria-invalid=move || error.get().is_some().then_some("true")
                            on:input=move |ev| typed.set(event_target_value(&ev)) />
                    </div>
                    <button type="submit" class="primary" aria-disabled=move || busy.get().then_some("true")>
                        {cat.text("resume-button", None)}
                    </button>
                </form>
            }
        })
    }
}

/// Fetch the draft behind a code and keep it on this device as the form's draft.
async fn resume_into_drafts(code: &str) -> Result<String, &'static str> {
    let resumed = crate::handover::resume(code)
        .await
        .map_err(crate::handover::HandoverError::message)?;
    // Saved under the form's current version (a draft is sealed to the version it is for).
    let definition = crate::api::text(&crate::api::form_url(&resumed.form_id))
        .await
        .map_err(|_| "send-error-offline")?;
    let version = serde_json::from_str::<serde_json::Value>(&definition)
        .ok()
        .and_then(|d| d["version"].as_str().map(str::to_string))
        .ok_or("send-error-form-changed")?;
    crate::drafts::save(&resumed.form_id, &version, &resumed.data)
        .await
        .map_err(|_| "attachment-error-storage")?;
    Ok(resumed.form_id)
}
