//! The staff inbox (`/office`, docs/KIOSK.md): a member of staff signs in, loads their team's
//! private key from its file, and works the team's kiosk concerns as they arrive.
//!
//! - The session token and the keys live in this page's memory only (no cookie, no storage):
//!   closing or reloading the page ends both, and signing out ends the session on the server.
//! - A key file becomes a non-extractable WebCrypto key that can only unwrap content keys
//!   ([`crate::kiosk_crypto::import_team_key`]); the file's text is dropped at once.
//! - The queue is polled every [`POLL_SECONDS`] (several intake processes can share one
//!   database, so no process-local push), and new concerns are announced in a live region.
//! - A note to the visitor is sealed here under the key of the ticket code inside the
//!   decrypted concern, so the server never reads it.

use std::collections::{BTreeSet, HashMap};

use leptos::prelude::*;
use pforte_engine::i18n::{Catalog, FluentArgs, FluentValue};
use pforte_engine::kiosk::api::{ConcernContent, ConcernState, QueuedConcern, Session, MAX_NOTE};
use send_wrapper::SendWrapper;
use wasm_bindgen::JsCast;
use web_sys::CryptoKey;

use crate::catalog::{self, Shared};
use crate::kiosk_crypto::{import_team_key, note_key, open_concern, seal_note, OpenError};

/// Seconds between two looks at the queue.
pub const POLL_SECONDS: u64 = 3;

type Keys = SendWrapper<HashMap<String, CryptoKey>>;
type Opened = HashMap<String, Result<ConcernContent, OpenError>>;

fn args(name: &str, value: impl Into<FluentValue<'static>>) -> FluentArgs<'static> {
    let mut args = FluentArgs::new();
    args.set(name.to_string(), value.into());
    args
}

#[component]
pub fn OfficePage(lang: RwSignal<String>) -> impl IntoView {
    let texts = crate::api::loaded(move || {
        let lang = lang.get();
        async move { catalog::load(&lang, &["kiosk", "office"]).await }
    });
    let session = RwSignal::new(None::<Session>);
    let notice = RwSignal::new(None::<&'static str>);
    move || {
        texts
            .get()
            .and_then(Result::ok)
            .map(|cat| match session.get() {
                None => view! { <SignIn cat session notice /> }.into_any(),
                Some(current) => {
                    view! { <Inbox cat session=current signed_in=session notice /> }.into_any()
                }
            })
    }
}

#[component]
fn SignIn(
    cat: Shared<Catalog>,
    session: RwSignal<Option<Session>>,
    notice: RwSignal<Option<&'static str>>,
) -> impl IntoView {
    let name = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        let body =
            serde_json::json!({"name": name.get_untracked(), "password": password.get_untracked()});
        leptos::task::spawn_local(async move {
            let answer = crate::api::post_json("/api/v1/office/sessions", &body.to_string()).await;
            password.set(String::new());
            match answer {
                Ok((201, text)) => match serde_json::from_str::<Session>(&text) {
                    Ok(new) => {
                        notice.set(None);
                        session.set(Some(new));
                        request_animation_frame(|| crate::nav::focus("office-heading"));
                    }
                    Err(_) => notice.set(Some("office-error-offline")),
                },
                Ok((429, _)) => notice.set(Some("office-error-too-many")),
                Ok((401, _)) => notice.set(Some("office-error-sign-in")),
                _ => notice.set(Some("office-error-offline")),
            }
            if notice.get_untracked().is_some() {
                request_animation_frame(|| crate::nav::focus("office-notice"));
            }
            busy.set(false);
        });
    };
    let c = cat.clone();
    view! {
        <h1>{cat.text("office-title", None)}</h1>
        <p class="error-box" id="office-notice" tabindex="-1" role="alert"
            hidden=move || notice.get().is_none()>{move || notice.get().map(|m| c.text(m, None))}</p>
        <form class="status-lookup" on:submit=submit>
            <div class="field">
                <label for="office-name">{cat.text("office-name", None)}</label>
                <input type="text" id="office-name" autocomplete="username" required
                    aria-describedby="office-notice"
                    prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev)) />
            </div>
            <div class="field">
                <label for="office-password">{cat.text("office-password", None)}</label>
                <input type="password" id="office-password" autocomplete="current-password" required
                    aria-describedby="office-notice"
                    prop:value=move || password.get() on:input=move |ev| password.set(event_target_value(&ev)) />
            </div>
            <button type="submit" class="primary" aria-disabled=move || busy.get().then_some("true")>
                {cat.text("office-sign-in", None)}
            </button>
        </form>
    }
}

#[component]
fn Inbox(
    cat: Shared<Catalog>,
    session: Session,
    signed_in: RwSignal<Option<Session>>,
    notice: RwSignal<Option<&'static str>>,
) -> impl IntoView {
    let token = session.token.clone();
    let queue = RwSignal::new(Vec::<QueuedConcern>::new());
    let keys = RwSignal::new_local(Keys::new(HashMap::new()));
    let opened = RwSignal::new(Opened::new());
    let seen = StoredValue::new(None::<BTreeSet<String>>);
    let fresh = RwSignal::new(0usize);
    let end = move |why: Option<&'static str>| {
        notice.set(why);
        signed_in.set(None);
    };
    let poll = {
        let token = token.clone();
        move || {
            let token = token.clone();
            leptos::task::spawn_local(async move {
                match crate::api::call("GET", "/api/v1/office/concerns", None, Some(&token)).await {
                    Ok((200, text)) => {
                        if let Ok(list) = serde_json::from_str::<Vec<QueuedConcern>>(&text) {
                            let ids: BTreeSet<String> = list.iter().map(|c| c.id.clone()).collect();
                            let added = seen.with_value(|before| {
                                before.as_ref().map_or(0, |b| ids.difference(b).count())
                            });
                            if added > 0 {
                                fresh.set(added);
                            }
                            seen.set_value(Some(ids));
                            queue.set(list);
                        }
                    }
                    Ok((401, _)) => end(Some("office-error-session")),
                    _ => {}
                }
            });
        }
    };
    poll();
    if let Ok(handle) =
        set_interval_with_handle(poll.clone(), std::time::Duration::from_secs(POLL_SECONDS))
    {
        on_cleanup(move || handle.clear());
    }
    // Open every concern a loaded key can open (once each).
    Effect::new(move || {
        let list = queue.get();
        let keys = keys.get();
        for concern in list {
            let Some(key) = keys.get(&concern.team).cloned() else {
                continue;
            };
            if opened.with_untracked(|o| matches!(o.get(&concern.id), Some(Ok(_)))) {
                continue;
            }
            leptos::task::spawn_local(async move {
                let result = open_concern(&key, &concern.encrypted)
                    .await
                    .and_then(|plain| {
                        serde_json::from_slice(&plain).map_err(|_| OpenError::NotJwe)
                    });
                opened.update(|o| {
                    o.insert(concern.id.clone(), result);
                });
            });
        }
    });
    let sign_out = {
        let token = token.clone();
        move |_| {
            let token = token.clone();
            leptos::task::spawn_local(async move {
                let _ =
                    crate::api::call("DELETE", "/api/v1/office/sessions", None, Some(&token)).await;
                end(None);
            });
        }
    };
    let teams = session
        .teams
        .iter()
        .map(|team| view! { <KeyLoader cat=cat.clone() team=team.clone() keys /> })
        .collect_view();
    let c = cat.clone();
    let announce = move || {
        let count = fresh.get();
        (count > 0).then(|| c.text("office-new-count", Some(&args("count", count))))
    };
    let c = cat.clone();
    let tok = token.clone();
    let list = move || {
        let list = queue.get();
        if list.is_empty() {
            return view! { <p>{c.text("office-empty", None)}</p> }.into_any();
        }
        list.into_iter()
            .map(|concern| {
                view! { <ConcernCard cat=c.clone() concern opened token=tok.clone() queue /> }
            })
            .collect_view()
            .into_any()
    };
    view! {
        <h1 id="office-heading" tabindex="-1">{cat.text("office-title", None)}</h1>
        <p>{cat.text("office-signed-in", Some(&args("name", session.name.clone())))}
            " "<button type="button" class="secondary" on:click=sign_out>{cat.text("office-sign-out", None)}</button></p>
        {teams}
        <p class="visually-hidden" role="status" aria-live="polite">{announce}</p>
        <section class="office-queue" aria-labelledby="office-heading">{list}</section>
    }
}

/// One team's key file: picked, imported, forgotten as text.
#[component]
fn KeyLoader(
    cat: Shared<Catalog>,
    team: String,
    keys: RwSignal<Keys, LocalStorage>,
) -> impl IntoView {
    let state = RwSignal::new(None::<&'static str>);
    let id = format!("office-key-{team}");
    let t = team.clone();
    let pick = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        input.set_value("");
        let team = t.clone();
        leptos::task::spawn_local(async move {
            let text = wasm_bindgen_futures::JsFuture::from(file.text())
                .await
                .ok()
                .and_then(|t| t.as_string())
                .unwrap_or_default();
            match import_team_key(&text).await {
                Ok(key) => {
                    keys.update(|k| {
                        k.insert(team, key);
                    });
                    state.set(Some("office-key-loaded"));
                }
                Err(_) => state.set(Some("office-key-error")),
            }
        });
    };
    let c = cat.clone();
    let hint = format!("{id}-hint");
    let status = format!("{id}-state");
    view! {
        <div class="field office-key">
            <h2>{cat.text("office-team", Some(&args("team", team.clone())))}</h2>
            <label for=id.clone()>{cat.text("office-key", Some(&args("team", team.clone())))}</label>
            <p class="help" id=hint.clone()>{cat.text("office-key-hint", None)}</p>
            <input type="file" id=id accept=".pem" aria-describedby=format!("{hint} {status}") on:change=pick />
            <p id=status role="status">{move || state.get().map(|m| c.text(m, None))}</p>
        </div>
    }
}

/// A language's own name (`ar` → العربية), with its direction.
fn endonym(tag: &str) -> impl IntoView {
    let (name, rtl) = pforte_engine::i18n::LOCALES
        .iter()
        .find(|(t, _, _)| *t == tag)
        .map_or((tag.to_string(), false), |(_, name, rtl)| {
            (name.to_string(), *rtl)
        });
    view! { <span lang=tag.to_string() dir=if rtl { "rtl" } else { "ltr" }>{name}</span> }
}

#[component]
fn ConcernCard(
    cat: Shared<Catalog>,
    concern: QueuedConcern,
    opened: RwSignal<Opened>,
    token: String,
    queue: RwSignal<Vec<QueuedConcern>>,
) -> impl IntoView {
    let id = concern.id.clone();
    let note = RwSignal::new(String::new());
    let saved = RwSignal::new(None::<&'static str>);
    let content = {
        let id = id.clone();
        move || opened.with(|o| o.get(&id).cloned())
    };
    let c = cat.clone();
    let body = {
        let content = content.clone();
        move || {
            match content() {
            None => view! { <p class="help">{c.text("office-locked", None)}</p> }.into_any(),
            Some(Err(_)) => view! { <p class="error-box">{c.text("office-cannot-open", None)}</p> }.into_any(),
            Some(Ok(content)) => view! {
                <dl class="office-content">
                    <dt>{c.text("office-field-language", None)}</dt><dd>{endonym(&content.language)}</dd>
                    <dt>{c.text("office-field-reference", None)}</dt>
                    <dd><bdi dir="ltr">{content.reference.clone().unwrap_or_else(|| "–".into())}</bdi></dd>
                    <dt>{c.text("office-field-contact", None)}</dt>
                    <dd><bdi dir="ltr">{content.contact.clone().unwrap_or_else(|| "–".into())}</bdi></dd>
                    <dt>{c.text("office-field-description", None)}</dt>
                    <dd class="office-description" dir="auto">{content.description.clone()}</dd>
                </dl>
            }
            .into_any(),
        }
        }
    };
    let change = move |state: ConcernState| {
        let (id, token, content) = (id.clone(), token.clone(), content.clone());
        move |_| {
            let (id, token, content) = (id.clone(), token.clone(), content());
            let text = note.get_untracked();
            leptos::task::spawn_local(async move {
                let mut body = serde_json::json!({ "state": state });
                if !text.trim().is_empty() {
                    let Some(Ok(content)) = content else {
                        saved.set(Some("office-locked"));
                        return;
                    };
                    let sealed = match note_key(&content.ticket_code).await {
                        Ok(key) => seal_note(&key, text.trim()).await.ok(),
                        Err(_) => None,
                    };
                    let Some(sealed) = sealed else {
                        saved.set(Some("office-error-save"));
                        return;
                    };
                    body["note"] = sealed.into();
                }
                let url = format!("/api/v1/office/concerns/{id}");
                match crate::api::call("POST", &url, Some(&body.to_string()), Some(&token)).await {
                    Ok((200, answer)) => {
                        if let Ok(updated) = serde_json::from_str::<QueuedConcern>(&answer) {
                            queue.update(|q| {
                                if let Some(slot) = q.iter_mut().find(|c| c.id == updated.id) {
                                    *slot = updated;
                                }
                            });
                        }
                        note.set(String::new());
                        saved.set(Some("office-saved"));
                    }
                    _ => saved.set(Some("office-error-save")),
                }
            });
        }
    };
    let state = match concern.state {
        ConcernState::New => "office-state-new",
        ConcernState::InProgress => "office-state-in-progress",
        ConcernState::Done => "office-state-done",
    };
    let heading = format!("concern-{}", concern.id);
    let note_id = format!("note-{}", concern.id);
    let c = cat.clone();
    view! {
        <article class="office-concern" aria-labelledby=heading.clone()>
            <h3 id=heading.clone()>
                {cat.text("office-ticket", Some(&args("ticket", concern.ticket.clone())))}
                " · "{cat.text(&format!("kiosk-concern-{}", concern.concern), None)}
            </h3>
            <p class="help">
                {cat.text("office-received", Some(&args("time", crate::receipt_page::local_time(&concern.created_at, &cat.locale))))}
                " · "<strong>{cat.text(state, None)}</strong>
                {concern.updated_by.clone().map(|name| view! { " · "{cat.text("office-by", Some(&args("name", name)))} })}
            </p>
            {body}
            <div class="field">
                <label for=note_id.clone()>{cat.text("office-note", Some(&args("max", MAX_NOTE)))}</label>
                <textarea id=note_id rows="2" maxlength=MAX_NOTE.to_string()
                    prop:value=move || note.get() on:input=move |ev| note.set(event_target_value(&ev))></textarea>
            </div>
            <div class="kiosk-actions">
                <button type="button" class="secondary" on:click=change(ConcernState::InProgress)>
                    {cat.text("office-mark-in-progress", None)}
                </button>
                <button type="button" class="primary" on:click=change(ConcernState::Done)>
                    {cat.text("office-mark-done", None)}
                </button>
            </div>
            <p role="status">{move || saved.get().map(|m| c.text(m, None))}</p>
        </article>
    }
}
