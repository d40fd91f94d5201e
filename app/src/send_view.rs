//! The end of the review page: send the application, and watch it go. What it does is
//! `send::run`; this is what the applicant sees: a progress bar per file and for all of them,
//! pause and resume, the countdown of an automatic retry with "try now", and every refusal in
//! their language, with "try again" (nothing picked or entered is lost by a failure).

use leptos::prelude::*;
use pforte_engine::form::message;
use pforte_engine::i18n::{FluentArgs, FluentValue};

use crate::fields::{human_size, Ctx};
use crate::nav::{self, Place};
use crate::send::{self, Phase, Sending};

#[component]
pub fn SendSection(
    ctx: Ctx,
    place: RwSignal<Place>,
    visible_steps: Memo<Vec<usize>>,
) -> impl IntoView {
    let sending = Sending::new();
    // Steps with slots that still need files, found when "send" is pressed.
    let missing = RwSignal::new(Vec::<(usize, usize)>::new());
    let running = move || !matches!(sending.phase.get(), Phase::Idle | Phase::Failed(_));
    let send = {
        let ctx = ctx.clone();
        move |_| {
            if running() {
                return;
            }
            let data = ctx.data.get_untracked();
            let mut gaps = Vec::new();
            for step in visible_steps.get_untracked() {
                let mut slots = Vec::new();
                crate::fields::missing_slots(&ctx, &ctx.form.steps[step].items, &data, &mut slots);
                gaps.extend(slots.into_iter().map(|slot| (step, slot)));
            }
            if !ctx.issues.get_untracked().is_empty() {
                sending.phase.set(Phase::Failed("send-error-incomplete"));
                return;
            }
            missing.set(gaps.clone());
            if !gaps.is_empty() {
                request_animation_frame(|| nav::focus("send-missing"));
                return;
            }
            let (ctx, files) = (ctx.clone(), ctx.files.get_untracked());
            sending.resume();
            wasm_bindgen_futures::spawn_local(async move {
                if let Some(reference) = send::run(ctx, files, sending).await {
                    let _ = window()
                        .location()
                        .assign(&format!("/receipts/{reference}"));
                }
            });
        }
    };
    let missing_view = {
        let ctx = ctx.clone();
        move || {
            let gaps = missing.get();
            (!gaps.is_empty()).then(|| {
                let items = gaps
                    .into_iter()
                    .map(|(step, slot)| {
                        let slot = &ctx.form.attachments[slot];
                        let label = ctx
                            .cat
                            .text(&message::attachment_label(&ctx.form.id, &slot.id), None);
                        let to = Place::Step(Some(ctx.form.steps[step].id.clone()));
                        let href = nav::form_path(&ctx.form.id, &to);
                        let form_id = ctx.form.id.clone();
                        let go = move |ev: leptos::ev::MouseEvent| {
                            ev.prevent_default();
                            nav::push(&nav::form_path(&form_id, &to));
                            place.set(to.clone());
                        };
                        view! { <li><a href=href on:click=go>{label}</a></li> }
                    })
                    .collect_view();
                view! {
                    <div class="error-summary" id="send-missing" tabindex="-1" role="alert">
                        <h3>{ctx.cat.text("send-missing-files", None)}</h3>
                        <ul>{items}</ul>
                    </div>
                }
            })
        }
    };
    let status = {
        let ctx = ctx.clone();
        move || {
            let id = match sending.phase.get() {
                Phase::Idle | Phase::Failed(_) => return None,
                Phase::Preparing => "send-preparing",
                Phase::Uploading => "send-uploading",
                Phase::Paused => "send-paused",
                Phase::Waiting(_) => "send-waiting",
                Phase::Submitting => "send-submitting",
            };
            Some(ctx.cat.text(id, None))
        }
    };
    let countdown = {
        let ctx = ctx.clone();
        move || match sending.phase.get() {
            Phase::Waiting(seconds) => {
                let mut args = FluentArgs::new();
                args.set("seconds", FluentValue::from(seconds));
                Some(view! {
                    <p class="countdown">
                        {ctx.cat.text("send-retry-in", Some(&args))}" "
                        <button type="button" class="link" on:click=move |_| sending.retry_now()>
                            {ctx.cat.text("send-retry-now", None)}
                        </button>
                    </p>
                })
            }
            _ => None,
        }
    };
    let progress = {
        let ctx = ctx.clone();
        move || {
            if matches!(sending.phase.get(), Phase::Idle | Phase::Failed(_)) {
                return None;
            }
            let files = ctx.files.get();
            if files.is_empty() {
                return None;
            }
            let sent = sending.sent.get();
            let total: f64 = files.iter().map(|f| f.length).sum();
            let done: f64 = sent.iter().sum();
            let mut args = FluentArgs::new();
            args.set("sent", FluentValue::from(human_size(done as u64)));
            args.set("total", FluentValue::from(human_size(total as u64)));
            let rows = files
                .iter()
                .enumerate()
                .map(|(i, f)| {
                    let value = sent.get(i).copied().unwrap_or(0.0);
                    let label_id = format!("send-file-{i}");
                    view! {
                        <li>
                            <span id=label_id.clone()><bdi>{f.filename.clone()}</bdi></span>
                            <progress aria-labelledby=label_id max=f.length value=value></progress>
                        </li>
                    }
                })
                .collect_view();
            let pause_label = if sending.phase.get() == Phase::Paused {
                "send-resume"
            } else {
                "send-pause"
            };
            let toggle = move |_| {
                if sending.phase.get_untracked() == Phase::Paused {
                    sending.resume();
                } else {
                    sending.pause();
                }
            };
            Some(view! {
                <p class="overall">
                    <span id="send-overall">{ctx.cat.text("send-progress", Some(&args))}</span>
                    <progress aria-labelledby="send-overall" max=total value=done></progress>
                </p>
                <ul class="file-progress">{rows}</ul>
                <p><button type="button" class="secondary" on:click=toggle>{ctx.cat.text(pause_label, None)}</button></p>
            })
        }
    };
    let failure = {
        let ctx = ctx.clone();
        move || match sending.phase.get() {
            Phase::Failed(id) => Some(view! {
                <p class="error-box" role="alert" id="send-error">{ctx.cat.text(id, None)}</p>
            }),
            _ => None,
        }
    };
    let button_label = {
        let ctx = ctx.clone();
        move || {
            let id = if matches!(sending.phase.get(), Phase::Failed(_)) {
                "send-again"
            } else {
                "send-button"
            };
            ctx.cat.text(id, None)
        }
    };
    view! {
        <section class="send" aria-labelledby="send-title">
            <h2 id="send-title">{ctx.both("send-title", None)}</h2>
            <p>{ctx.both("send-intro", None)}</p>
            {missing_view}
            {failure}
            <p class="nav">
                <button type="button" class="primary" id="send" on:click=send aria-disabled=move || running().then_some("true")>
                    {button_label}
                </button>
            </p>
            <p class="send-status" role="status">{status}</p>
            {countdown}
            {progress}
        </section>
    }
}
