//! Parts of the form app that the first step of a form does not need, each a wasm chunk of
//! its own, fetched the first time it is shown: the review page with sending, attachment
//! slots, the hand-over, the receipt, the catalogue and the accessibility statement. Once a
//! form's step is on screen the app fetches them all in the background ([`prefetch`]), so the
//! service worker has them for a form filled offline.
//!
//! The split points themselves are in the form app's binary (src/chunks.rs, leptos'
//! wasm-split support; `cargo xtask dist` splits the wasm after the build), which hands them
//! to the library as [`Chunks`] before it mounts: a split point is an exported function, and
//! exports in the library would put every chunk's code into the other pages' wasms too.
//!
//! A chunk that cannot be fetched (a weak connection) shows a message with a "try again"
//! button, never a dead page: the split points are `fallible`.

use std::future::Future;
use std::pin::Pin;
use std::sync::OnceLock;

use leptos::prelude::*;
use pforte_engine::i18n::Catalog;
use serde_json::Value;

use crate::catalog::Shared;
use crate::fields::Ctx;
use crate::nav::Place;

/// A chunk did not arrive.
#[derive(Clone, Copy)]
pub struct Unloaded;

/// What a split point gives: once its chunk is here, the result.
pub type Later<T> = Pin<Box<dyn Future<Output = Result<T, Unloaded>>>>;

/// The hand-over's code: made and stored on the server by the hand-over chunk.
pub type HandOver = Pin<Box<dyn Future<Output = Result<String, crate::handover::HandoverError>>>>;

/// The review page, given the form, where the applicant is and the visible steps.
pub type ReviewOf = fn(Ctx, RwSignal<Place>, Memo<Vec<usize>>) -> Later<AnyView>;

/// The split points, as the form app's binary defines them.
#[derive(Clone, Copy)]
pub struct Chunks {
    pub review: ReviewOf,
    pub slot: fn(Ctx, usize) -> Later<AnyView>,
    pub hand_over: fn(String, String, Value) -> Later<HandOver>,
    pub handover_made: fn(Ctx, String) -> Later<AnyView>,
    pub receipt: fn(String, RwSignal<String>) -> Later<AnyView>,
    pub catalogue: fn(RwSignal<String>) -> Later<AnyView>,
    pub statement: fn(Shared<Catalog>) -> Later<AnyView>,
    /// Fetch every chunk; failures are quiet (a chunk is fetched again when it is needed).
    pub prefetch: fn() -> Pin<Box<dyn Future<Output = ()>>>,
}

static CHUNKS: OnceLock<Chunks> = OnceLock::new();

/// Hand the library the split points (the form app's `main`, before it mounts).
pub fn provide(chunks: Chunks) {
    let _ = CHUNKS.set(chunks);
}

/// The split points. Only the form app's pages ask, and its `main` provided them.
pub fn chunks() -> &'static Chunks {
    CHUNKS
        .get()
        .expect("the form app provides its chunks before it mounts")
}

/// The view `load` makes once its chunk is here; until then "…" (a status, as while other
/// things load), and if the chunk cannot be fetched, a message (in the language of the
/// catalogue `texts` gives, once it has one) with a button that tries again.
pub fn view<F>(
    texts: impl Fn() -> Option<Shared<Catalog>> + Clone + Send + Sync + 'static,
    load: impl Fn() -> F + Send + Sync + 'static,
) -> AnyView
where
    F: Future<Output = Result<AnyView, Unloaded>> + 'static,
{
    let tries = RwSignal::new(0u32);
    let waiting = RwSignal::new(true);
    let part = move || {
        tries.track();
        waiting.set(true);
        let texts = texts.clone();
        let pending = load();
        // The split loader's future stays on this thread (the browser has one).
        Suspend::new(send_wrapper::SendWrapper::new(async move {
            let loaded = pending.await;
            waiting.set(false);
            match loaded {
                Ok(view) => view,
                Err(Unloaded) => {
                    let text = move |id: &'static str| {
                        let texts = texts.clone();
                        move || texts().map(|cat| cat.text(id, None))
                    };
                    view! {
                        <div class="error-box" role="alert">
                            <p>{text("part-load-failed")}</p>
                            <button type="button" class="secondary" on:click=move |_| tries.update(|n| *n += 1)>
                                {text("part-load-retry")}
                            </button>
                        </div>
                    }
                    .into_any()
                }
            }
        }))
    };
    view! {
        <p class="loading" role="status" hidden=move || !waiting.get()>"…"</p>
        {part}
    }
    .into_any()
}

/// Fetch every chunk now (in the background, after a form's step is on screen), so a form
/// opened once can be completed offline.
pub fn prefetch() {
    static ASKED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
    if ASKED.swap(true, std::sync::atomic::Ordering::Relaxed) {
        return;
    }
    leptos::task::spawn_local((chunks().prefetch)());
}
