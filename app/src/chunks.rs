//! The form app's split points (see the library's `later.rs`): each `#[wasm_split]` function
//! and what it reaches only through it become a wasm chunk of their own when `cargo xtask
//! dist` splits the wasm. They live in the binary, not the library, because a split point is
//! an exported function and the other pages' wasms link the same library.
//!
//! The split macro writes the import/export glue between the main wasm and a chunk as
//! `unsafe extern "C"` items; this module is the one place the crate allows that.
#![allow(unsafe_code)]

use leptos::prelude::*;
use leptos::wasm_split::{wasm_split, SplitLoaderError};
use pforte_app::catalog::Shared;
use pforte_app::fields::Ctx;
use pforte_app::later::{Chunks, HandOver, Later, Unloaded};
use pforte_app::nav::Place;
use pforte_engine::i18n::Catalog;
use serde_json::Value;

/// A chunk that did not arrive.
struct Missing;

impl From<SplitLoaderError> for Missing {
    fn from(_: SplitLoaderError) -> Self {
        Missing
    }
}

/// The split points, for `later::provide`.
pub fn all() -> Chunks {
    Chunks {
        review: |ctx, place, visible| later(review(ctx, place, visible)),
        slot: |ctx, index| later(slot(ctx, index)),
        hand_over: |form, version, data| later(hand_over(form, version, data)),
        handover_made: |ctx, code| later(handover_made(ctx, code)),
        receipt: |reference, lang| later(receipt(reference, lang)),
        catalogue: |lang| later(catalogue(lang)),
        statement: |cat| later(statement(cat)),
        prefetch: || {
            Box::pin(async {
                // Each preload fetches its chunk and the parts it shares with others. A
                // failure is quiet: the chunk is fetched again when it is needed.
                let _ = __wasm_split_preload_review().await;
                let _ = __wasm_split_preload_slot().await;
                let _ = __wasm_split_preload_hand_over().await;
                let _ = __wasm_split_preload_receipt().await;
                let _ = __wasm_split_preload_catalogue().await;
                let _ = __wasm_split_preload_statement().await;
            })
        },
    }
}

fn later<T>(split: impl std::future::Future<Output = Result<T, Missing>> + 'static) -> Later<T> {
    Box::pin(async move { split.await.map_err(|Missing| Unloaded) })
}

#[wasm_split(review, wasm_split_path = ::leptos::wasm_split, fallible)]
fn review(
    ctx: Ctx,
    place: RwSignal<Place>,
    visible_steps: Memo<Vec<usize>>,
) -> Result<AnyView, Missing> {
    Ok(view! { <pforte_app::review::Review ctx place visible_steps /> }.into_any())
}

/// Attachment slots (`fields::render_slot`: picking, checking, re-encoding and encrypting
/// files).
#[wasm_split(slots, wasm_split_path = ::leptos::wasm_split, fallible)]
fn slot(ctx: Ctx, index: usize) -> Result<AnyView, Missing> {
    Ok(pforte_app::fields::render_slot(
        &ctx,
        &ctx.form.attachments[index],
    ))
}

#[wasm_split(hand_over, wasm_split_path = ::leptos::wasm_split, fallible)]
fn hand_over(form_id: String, version: String, data: Value) -> Result<HandOver, Missing> {
    Ok(Box::pin(async move {
        pforte_app::handover::hand_over(&form_id, &version, &data).await
    }))
}

#[wasm_split(hand_over, wasm_split_path = ::leptos::wasm_split, fallible)]
fn handover_made(ctx: Ctx, code: String) -> Result<AnyView, Missing> {
    Ok(pforte_app::handover::made_view(&ctx, code))
}

#[wasm_split(receipt, wasm_split_path = ::leptos::wasm_split, fallible)]
fn receipt(reference: String, lang: RwSignal<String>) -> Result<AnyView, Missing> {
    Ok(view! { <pforte_app::receipt_page::ReceiptPage reference lang /> }.into_any())
}

#[wasm_split(catalogue, wasm_split_path = ::leptos::wasm_split, fallible)]
fn catalogue(lang: RwSignal<String>) -> Result<AnyView, Missing> {
    Ok(view! { <pforte_app::app::CataloguePage lang /> }.into_any())
}

#[wasm_split(statement, wasm_split_path = ::leptos::wasm_split, fallible)]
fn statement(cat: Shared<Catalog>) -> Result<AnyView, Missing> {
    Ok(view! { <pforte_app::statement::Statement cat /> }.into_any())
}
