//! A form: loads its definition and messages, keeps the applicant's data, and shows the
//! place the address names — one step, or the review of every answer. The data lives here,
//! above the language and the place, so switching either keeps every answer.

use std::collections::BTreeSet;

use leptos::prelude::*;
use pforte_engine::form::{message, FieldIssue, Form};
use pforte_engine::i18n::{Catalog, FluentArgs, FluentValue};
use serde_json::Value;

use crate::api;
use crate::catalog::{self, shared, Shared};
use crate::drafts;
use crate::fields::{render_items, Ctx};
use crate::nav::{self, Place};
use crate::regex_js::JsRegexEngine;
use crate::timer;

const BILINGUAL_KEY: &str = "pforte-bilingual";

#[component]
pub fn FormPage(id: String, lang: RwSignal<String>) -> impl IntoView {
    let data = RwSignal::new(Value::Object(Default::default()));
    let definition = api::loaded({
        let id = id.clone();
        move || {
            let id = id.clone();
            async move {
                let text = api::text(&api::form_url(&id)).await?;
                let form = Form::from_json(&text, &JsRegexEngine).map_err(|errors| {
                    errors
                        .iter()
                        .map(ToString::to_string)
                        .collect::<Vec<_>>()
                        .join("\n")
                })?;
                // The draft on this device, if any; one that cannot be read is wiped.
                match drafts::load(&id, &form.version).await {
                    Ok(Some(v)) => data.set(v),
                    Ok(None) => {}
                    Err(drafts::DraftError::Unreadable) => {
                        let _ = drafts::wipe(&id).await;
                    }
                    Err(e) => leptos::logging::warn!("{e}"),
                }
                Ok::<_, String>(shared(form))
            }
        }
    });
    let messages = api::loaded({
        let id = id.clone();
        move || {
            let id = id.clone();
            let lang = lang.get();
            async move { catalog::load(&lang, &[&id, "codelists"]).await }
        }
    });
    let touched = RwSignal::new(BTreeSet::<String>::new());
    let place = RwSignal::new(nav::place_in(&id, &nav::path()).unwrap_or(Place::Step(None)));
    // The browser's back and forward buttons move between the places of the form.
    let _ = window_event_listener(leptos::ev::popstate, {
        let id = id.clone();
        move |_| place.set(nav::place_in(&id, &nav::path()).unwrap_or(Place::Step(None)))
    });
    move || match (definition.get(), messages.get()) {
        (Some(Err(e)), _) | (_, Some(Err(e))) => {
            crate::app::remove_shell();
            view! { <pre class="error-box" role="alert">{e}</pre> }.into_any()
        }
        (Some(Ok(form)), Some(Ok(cat))) => {
            // Built now, shown once the shell is gone (next frame: no flash of both).
            request_animation_frame(|| {
                crate::app::remove_shell();
                crate::later::prefetch();
            });
            view! { <FormView form cat data touched place /> }.into_any()
        }
        _ => view! { <p class="loading" role="status">"…"</p> }.into_any(),
    }
}

/// Go to `to` inside the form: a new history entry, and the page starts at its heading.
fn go(form_id: &str, place: RwSignal<Place>, to: Place) {
    nav::push(&nav::form_path(form_id, &to));
    place.set(to);
    if let Some(w) = web_sys::window() {
        w.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

#[component]
fn FormView(
    form: Shared<Form>,
    cat: Shared<Catalog>,
    data: RwSignal<Value>,
    touched: RwSignal<BTreeSet<String>>,
    place: RwSignal<Place>,
) -> impl IntoView {
    let issues = {
        let form = form.clone();
        // Validation runs once per change of the data; every field reads the result. (`with`,
        // not `get`: a keystroke must not copy every answer of the form.)
        Memo::new_with_compare(
            move |_| shared(data.with(|d| form.validate(d))),
            |_, _| true,
        )
    };
    let visible_steps = {
        let form = form.clone();
        Memo::new(move |_| data.with(|d| form.visible_steps(d)))
    };
    // The step the place names; a hidden or unknown step falls back to the first visible one.
    let current = {
        let form = form.clone();
        Memo::new(move |_| match place.get() {
            Place::Review => None,
            Place::Step(id) => {
                let steps = visible_steps.get();
                let named = id.and_then(|id| form.steps.iter().position(|s| s.id == id));
                Some(
                    named
                        .filter(|i| steps.contains(i))
                        .or(steps.first().copied())
                        .unwrap_or(0),
                )
            }
        })
    };
    let summary = RwSignal::new(shared(Vec::<FieldIssue>::new()));
    let slots = RwSignal::new(Vec::<usize>::new());
    Effect::new(move || {
        current.track();
        summary.set(shared(Vec::new()));
        slots.set(Vec::new());
    });
    // The counsellor's bilingual view (remembered on the device), offered in every language
    // but German.
    let bilingual = RwSignal::new(catalog::stored(BILINGUAL_KEY).as_deref() == Some("1"));
    // The picked files of this form, from the outbox.
    let files = RwSignal::new(Vec::new());
    {
        let id = form.id.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let stored = crate::files::list(&id).await;
            if !stored.is_empty() {
                files.set(stored);
            }
        });
    }
    let ctx = Ctx {
        form: form.clone(),
        cat: cat.clone(),
        data,
        touched,
        issues,
        bilingual,
        files,
        short_slots: RwSignal::new(Vec::new()),
    };
    let toggle = (cat.locale != pforte_engine::i18n::FALLBACK).then(|| {
        view! {
            <div class="choice bilingual">
                <input type="checkbox" id="bilingual" prop:checked=move || bilingual.get()
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        catalog::store(BILINGUAL_KEY, if on { "1" } else { "0" });
                        bilingual.set(on);
                    } />
                <label for="bilingual">{cat.text("bilingual-toggle", None)}</label>
            </div>
        }
    });
    let title = cat.text(&message::title(&form.id), None);
    // Autosave: every change, debounced, encrypted on the device (not on the first run: that
    // would store an empty draft on every visit).
    let save = {
        let (id, version) = (form.id.clone(), form.version.clone());
        timer::debounced(400, move || {
            let (id, version, d) = (id.clone(), version.clone(), data.get_untracked());
            wasm_bindgen_futures::spawn_local(async move {
                let _ = drafts::save(&id, &version, &d).await;
            });
        })
    };
    Effect::watch(
        move || data.track(),
        {
            let save = save.clone();
            move |_, _, _| save.call()
        },
        false,
    );
    // A phone switching apps or a closing tab: save what the pause has not saved yet (on
    // "hidden" the page still runs, so the encrypted write completes).
    let _ = window_event_listener(leptos::ev::visibilitychange, {
        let save = save.clone();
        move |_| {
            if document().visibility_state() == web_sys::VisibilityState::Hidden {
                save.flush();
            }
        }
    });
    let _ = window_event_listener(leptos::ev::pagehide, move |_| save.flush());
    let start_over = {
        let id = form.id.clone();
        let question = cat.text("start-over-confirm", None);
        move |_| {
            if !window().confirm_with_message(&question).unwrap_or(false) {
                return;
            }
            let id = id.clone();
            data.set(Value::Object(Default::default()));
            touched.set(BTreeSet::new());
            files.set(Vec::new());
            go(&id, place, Place::Step(None));
            wasm_bindgen_futures::spawn_local(async move {
                let _ = drafts::wipe(&id).await;
            });
        }
    };
    view! {
        <h1>{title}</h1>
        {toggle}
        {
            let ctx = ctx.clone();
            // The step is rebuilt when the bilingual view is switched.
            move || match (current.get(), bilingual.track()).0 {
                None => {
                    let ctx = ctx.clone();
                    let cat = ctx.cat.clone();
                    crate::later::view(move || Some(cat.clone()), move || {
                        (crate::later::chunks().review)(ctx.clone(), place, visible_steps)
                    })
                }
                Some(index) => view! { <StepView ctx=ctx.clone() index place visible_steps summary slots /> }.into_any(),
            }
        }
        <HandOver ctx=ctx.clone() />
        <p class="start-over">
            <button type="button" class="link" data-action="start-over" on:click=start_over>
                {cat.text("start-over", None)}
            </button>
        </p>
    }
}

#[component]
fn StepView(
    ctx: Ctx,
    index: usize,
    place: RwSignal<Place>,
    visible_steps: Memo<Vec<usize>>,
    summary: RwSignal<Shared<Vec<FieldIssue>>>,
    slots: RwSignal<Vec<usize>>,
) -> impl IntoView {
    let form = ctx.form.clone();
    let step = &form.steps[index];
    let progress = {
        let cat = ctx.cat.clone();
        move || {
            let steps = visible_steps.get();
            let pos = steps.iter().position(|s| *s == index).unwrap_or(0);
            let mut args = FluentArgs::new();
            args.set("current", FluentValue::from(pos + 1));
            args.set("total", FluentValue::from(steps.len()));
            cat.text("step-progress", Some(&args))
        }
    };
    let heading = ctx.both(&message::step_title(&form.id, &step.id), None);
    let help_id = message::step_help(&form.id, &step.id);
    let help = ctx.cat.has(&help_id).then(|| ctx.both(&help_id, None));
    let neighbour = move |forward: bool| -> Option<usize> {
        let steps = visible_steps.get_untracked();
        let pos = steps.iter().position(|s| *s == index)?;
        if forward {
            steps.get(pos + 1).copied()
        } else {
            pos.checked_sub(1).and_then(|p| steps.get(p).copied())
        }
    };
    let back = {
        let form = form.clone();
        move |_| {
            if let Some(prev) = neighbour(false) {
                go(
                    &form.id,
                    place,
                    Place::Step(Some(form.steps[prev].id.clone())),
                );
            }
        }
    };
    let next = {
        let ctx = ctx.clone();
        let form = form.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let open = ctx.step_issues(index);
            let mut missing = Vec::new();
            crate::fields::missing_slots(
                &ctx,
                &form.steps[index].items,
                &ctx.data.get_untracked(),
                &mut missing,
            );
            if open.is_empty() && missing.is_empty() {
                let to = match neighbour(true) {
                    Some(n) => Place::Step(Some(form.steps[n].id.clone())),
                    None => Place::Review,
                };
                go(&form.id, place, to);
            } else {
                // Show every error of the step, list them on top and move focus there.
                ctx.touched
                    .update(|t| t.extend(open.iter().map(|i| i.pointer.clone())));
                summary.set(shared(open));
                ctx.short_slots.set(
                    missing
                        .iter()
                        .map(|&i| form.attachments[i].id.clone())
                        .collect(),
                );
                slots.set(missing);
                request_animation_frame(|| nav::focus("error-summary"));
            }
        }
    };
    let is_first = move || neighbour(false).is_none();
    view! {
        <p class="progress">{progress}</p>
        <ErrorSummary ctx=ctx.clone() summary slots />
        <form class="step" novalidate on:submit=next>
            <h2 id="step-title">{heading}</h2>
            {help.map(|h| view! { <p class="step-help">{h}</p> })}
            {render_items(&ctx, index, &step.items, &[], "")}
            <div class="nav">
                <button type="button" class="secondary" hidden=is_first on:click=back>
                    {ctx.cat.text("nav-back", None)}
                </button>
                <button type="submit" class="primary">{ctx.cat.text("nav-next", None)}</button>
            </div>
        </form>
    }
}

/// The errors of a step after a failed "next": a list of links to the fields, which takes
/// focus so screen-reader users hear what to fix.
#[component]
fn ErrorSummary(
    ctx: Ctx,
    summary: RwSignal<Shared<Vec<FieldIssue>>>,
    slots: RwSignal<Vec<usize>>,
) -> impl IntoView {
    move || {
        let issues = summary.get();
        let missing = slots.get();
        if issues.is_empty() && missing.is_empty() {
            return ().into_any();
        }
        let slot_items = missing
            .into_iter()
            .map(|i| {
                let slot = &ctx.form.attachments[i];
                let target = crate::fields::slot_input_id(&slot.id);
                let label = ctx
                    .cat
                    .text(&message::attachment_label(&ctx.form.id, &slot.id), None);
                let mut args = FluentArgs::new();
                args.set("min", FluentValue::from(slot.min_count));
                let text = ctx.cat.text("attachment-error-missing", Some(&args));
                summary_link(target, label, text)
            })
            .collect_view();
        let items = issues
            .iter()
            .map(|issue| {
                let target = crate::fields::control_id(&issue.pointer);
                let label = issue
                    .stem
                    .as_ref()
                    .map(|s| ctx.cat.text(&message::label(&ctx.form.id, s), None))
                    .unwrap_or_default();
                let text = ctx.issue_text(issue);
                summary_link(target, label, text)
            })
            .collect_view();
        view! {
            <div class="error-summary" id="error-summary" tabindex="-1" role="alert" aria-labelledby="error-summary-title">
                <h2 id="error-summary-title">{ctx.cat.text("error-summary-title", None)}</h2>
                <ul>{items}{slot_items}</ul>
            </div>
        }
        .into_any()
    }
}

/// One entry of the error summary: a link that moves focus to the control `target`.
fn summary_link(target: String, label: String, text: String) -> impl IntoView {
    let href = format!("#{target}");
    view! {
        <li>
            <a href=href on:click=move |ev| { ev.prevent_default(); nav::focus(&target); }>
                {label}": "{text}
            </a>
        </li>
    }
}

/// Hand the form over to another person with a resume code (a counsellor to a client, or
/// back): the code, its QR code and how long it is valid.
#[component]
fn HandOver(ctx: Ctx) -> impl IntoView {
    // None: not asked; Some(Ok(code)); Some(Err(message id)).
    let made = RwSignal::new(None::<Result<String, &'static str>>);
    let busy = RwSignal::new(false);
    let make = {
        let ctx = ctx.clone();
        move |_| {
            if busy.get_untracked() {
                return;
            }
            busy.set(true);
            let (id, version, data) = (
                ctx.form.id.clone(),
                ctx.form.version.clone(),
                ctx.data.get_untracked(),
            );
            wasm_bindgen_futures::spawn_local(async move {
                let result = match (crate::later::chunks().hand_over)(id, version, data).await {
                    Ok(made) => made.await,
                    Err(crate::later::Unloaded) => Err(crate::handover::HandoverError::Offline),
                };
                made.set(Some(
                    result.map_err(crate::handover::HandoverError::message),
                ));
                busy.set(false);
                request_animation_frame(|| nav::focus("handover-result"));
            });
        }
    };
    let result = {
        let ctx = ctx.clone();
        move || {
            made.get().map(|outcome| match outcome {
                // The code's view (with its QR code) is in the hand-over's chunk, here by now.
                Ok(code) => {
                    let ctx = ctx.clone();
                    let cat = ctx.cat.clone();
                    crate::later::view(move || Some(cat.clone()), move || {
                        (crate::later::chunks().handover_made)(ctx.clone(), code.clone())
                    })
                }
                Err(message) => view! {
                    <p class="error-box" id="handover-result" tabindex="-1" role="alert">{ctx.cat.text(message, None)}</p>
                }
                .into_any(),
            })
        }
    };
    view! {
        <section class="handover" aria-labelledby="handover-title">
            <h2 id="handover-title">{ctx.both("handover-title", None)}</h2>
            <p>{ctx.both("handover-intro", None)}</p>
            <p>
                <button type="button" class="secondary" id="handover-make" on:click=make
                    aria-disabled=move || busy.get().then_some("true")>
                    {ctx.cat.text("handover-button", None)}
                </button>
            </p>
            {result}
        </section>
    }
}
