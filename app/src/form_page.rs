//! A form: loads its definition and messages, keeps the applicant's data, shows one step at a
//! time with back/next. The data lives here, above the language, so switching language
//! re-renders the texts and keeps every answer.

use std::collections::BTreeSet;

use leptos::prelude::*;
use pforte_engine::form::{message, FieldIssue, Form};
use pforte_engine::i18n::{Catalog, FluentValue};
use serde_json::Value;

use crate::api;
use crate::catalog::{self, shared, Shared};
use crate::fields::{render_items, Ctx};
use crate::regex_js::JsRegexEngine;

#[component]
pub fn FormPage(id: String, lang: RwSignal<String>) -> impl IntoView {
    let definition = LocalResource::new({
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
                Ok::<_, String>(shared(form))
            }
        }
    });
    let messages = LocalResource::new(move || {
        let id = id.clone();
        let lang = lang.get();
        async move { catalog::load(&lang, &[&id, "codelists"]).await }
    });
    let data = RwSignal::new(Value::Object(Default::default()));
    let touched = RwSignal::new(BTreeSet::<String>::new());
    let step = RwSignal::new(0usize);
    move || match (definition.get(), messages.get()) {
        (Some(Err(e)), _) | (_, Some(Err(e))) => {
            view! { <pre class="error-box" role="alert">{e}</pre> }.into_any()
        }
        (Some(Ok(form)), Some(Ok(cat))) => {
            view! { <FormView form cat data touched step /> }.into_any()
        }
        _ => view! { <p class="loading" role="status">"…"</p> }.into_any(),
    }
}

#[component]
fn FormView(
    form: Shared<Form>,
    cat: Shared<Catalog>,
    data: RwSignal<Value>,
    touched: RwSignal<BTreeSet<String>>,
    step: RwSignal<usize>,
) -> impl IntoView {
    let issues = {
        let form = form.clone();
        // Validation runs once per change of the data; every field reads the result.
        Memo::new_with_compare(move |_| shared(form.validate(&data.get())), |_, _| true)
    };
    let visible_steps = {
        let form = form.clone();
        Memo::new(move |_| form.visible_steps(&data.get()))
    };
    let ctx = Ctx {
        form: form.clone(),
        cat: cat.clone(),
        data,
        touched,
        issues,
    };
    let title = cat.text(&message::title(&form.id), None);
    let progress = {
        let cat = cat.clone();
        move || {
            let steps = visible_steps.get();
            let pos = steps.iter().position(|s| *s == step.get()).unwrap_or(0);
            let mut args = pforte_engine::i18n::FluentArgs::new();
            args.set("current", FluentValue::from(pos + 1));
            args.set("total", FluentValue::from(steps.len()));
            cat.text("step-progress", Some(&args))
        }
    };
    let body = {
        let ctx = ctx.clone();
        move || {
            let index = step.get();
            let Some(s) = ctx.form.steps.get(index) else {
                return ().into_any();
            };
            let heading = ctx
                .cat
                .text(&message::step_title(&ctx.form.id, &s.id), None);
            let help = ctx.cat.get(&message::step_help(&ctx.form.id, &s.id), None);
            view! {
                <h2 id="step-title">{heading}</h2>
                {help.map(|h| view! { <p class="step-help">{h}</p> })}
                {render_items(&ctx, index, &s.items, &[], "")}
            }
            .into_any()
        }
    };
    let move_by = move |forward: bool| {
        let steps = visible_steps.get_untracked();
        let pos = steps
            .iter()
            .position(|s| *s == step.get_untracked())
            .unwrap_or(0);
        let target = if forward {
            steps.get(pos + 1)
        } else {
            pos.checked_sub(1).and_then(|p| steps.get(p))
        };
        if let Some(t) = target {
            step.set(*t);
        }
    };
    let next = {
        let ctx = ctx.clone();
        move |_| {
            // Show every error of this step before moving on.
            let current = step.get_untracked();
            let open: Vec<FieldIssue> = ctx.step_issues(current);
            if open.is_empty() {
                move_by(true);
            } else {
                touched.update(|t| t.extend(open.into_iter().map(|i| i.pointer)));
            }
        }
    };
    let back_label = cat.text("nav-back", None);
    let next_label = cat.text("nav-next", None);
    view! {
        <h1>{title}</h1>
        <p class="progress">{progress}</p>
        <form class="step" novalidate on:submit=move |ev| ev.prevent_default()>
            {body}
            <div class="nav">
                <button type="button" class="secondary" on:click=move |_| move_by(false)>{back_label}</button>
                <button type="submit" class="primary" on:click=next>{next_label}</button>
            </div>
        </form>
    }
}
