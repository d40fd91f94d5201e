//! The review page: every answer of every visible step, with a "change" link to its step,
//! before the applicant submits. Hidden steps, sections and fields are not listed (their data
//! is dropped from the submission as well).

use leptos::prelude::*;
use pforte_engine::form::{message, Field, Item, Widget};
use pforte_engine::i18n::{FluentArgs, FluentValue};
use serde_json::Value;

use crate::fields::{option_label, Ctx};
use crate::nav::Place;

#[component]
pub fn Review(ctx: Ctx, place: RwSignal<Place>, visible_steps: Memo<Vec<usize>>) -> impl IntoView {
    let body = {
        let ctx = ctx.clone();
        move || {
            let data = ctx.data.get();
            visible_steps
                .get()
                .into_iter()
                .map(|index| {
                    let step = &ctx.form.steps[index];
                    let mut rows = Vec::new();
                    answers(&ctx, &step.items, &data, &data, "", &mut rows);
                    let title_id = message::step_title(&ctx.form.id, &step.id);
                    let (title, title_de) = ctx.both(&title_id, None);
                    let to = Place::Step(Some(step.id.clone()));
                    let href = crate::nav::form_path(&ctx.form.id, &to);
                    let form_id = ctx.form.id.clone();
                    let change = move |ev: leptos::ev::MouseEvent| {
                        ev.prevent_default();
                        crate::nav::push(&crate::nav::form_path(&form_id, &to));
                        place.set(to.clone());
                    };
                    let has_rows = !rows.is_empty();
                    view! {
                        <section class="review-step">
                            <h2>{title.clone()}{title_de}</h2>
                            <a class="change" href=href on:click=change>
                                {ctx.cat.text("review-change", None)}
                                <span class="visually-hidden">": "{title}</span>
                            </a>
                            {has_rows.then(|| view! { <dl>{rows}</dl> })}
                        </section>
                    }
                })
                .collect_view()
        }
    };
    // Printing: in both languages (a counsellor hands the applicant the German original
    // beside their own), without the page's controls (see style.css).
    let print = {
        let bilingual = ctx.bilingual;
        move |_| {
            bilingual.set(true);
            set_timeout(
                || {
                    let _ = window().print();
                },
                std::time::Duration::from_millis(100),
            );
        }
    };
    view! {
        <p class="progress">{ctx.cat.text("review-intro", None)}</p>
        <h2 class="review-title">{ctx.both("review-title", None)}</h2>
        <p class="print">
            <button type="button" class="secondary" on:click=print>{ctx.cat.text("print-review", None)}</button>
        </p>
        {body}
        <crate::send_view::SendSection ctx=ctx.clone() place visible_steps />
    }
}

/// One `<dt>`/`<dd>` pair per visible field (groups: one per entry field, titled by entry).
fn answers(
    ctx: &Ctx,
    items: &[Item],
    root: &Value,
    scope: &Value,
    base: &str,
    out: &mut Vec<AnyView>,
) {
    let f = &ctx.form.id;
    for item in items {
        match item {
            Item::Field(field) if item.shown(scope) => {
                let value = root.pointer(&format!("{base}{}", field.pointer));
                let label = ctx.both(&message::label(f, &field.stem), None);
                let text = display(ctx, field, value);
                // An inherently left-to-right answer keeps its order inside RTL text.
                // (Not dates: the review writes them out in words of the reader's language.)
                let dir = (field.hints.ltr && field.widget != Widget::Date).then_some("ltr");
                out.push(
                    view! { <div class="answer"><dt>{label}</dt><dd><bdi dir=dir>{text}</bdi></dd></div> }
                        .into_any(),
                );
            }
            Item::Section(s) if item.shown(scope) => answers(ctx, &s.items, root, scope, base, out),
            Item::Group(g) if item.shown(scope) => {
                let at = format!("{base}{}", g.field.pointer);
                let entries = root
                    .pointer(&at)
                    .and_then(Value::as_array)
                    .map_or(0, Vec::len);
                let label = ctx.both(&message::label(f, &g.field.stem), None);
                if entries == 0 {
                    let none = ctx.cat.text("review-empty", None);
                    out.push(
                        view! { <div class="answer"><dt>{label}</dt><dd>{none}</dd></div> }
                            .into_any(),
                    );
                }
                for i in 0..entries {
                    let entry_base = format!("{at}/{i}");
                    let entry = root.pointer(&entry_base).cloned().unwrap_or(Value::Null);
                    let mut args = FluentArgs::new();
                    args.set("number", FluentValue::from(i + 1));
                    let title = ctx.both(&message::group_entry(f, &g.field.stem), Some(&args));
                    let mut rows = Vec::new();
                    answers(ctx, &g.items, root, &entry, &entry_base, &mut rows);
                    out.push(view! { <div class="answer entry"><dt>{title}</dt><dd><dl>{rows}</dl></dd></div> }.into_any());
                }
            }
            _ => {}
        }
    }
}

/// An answer as the applicant would say it: option labels, yes/no, dates in their locale.
fn display(ctx: &Ctx, field: &Field, value: Option<&Value>) -> String {
    let option = |v: &Value| option_label(ctx, field, v);
    match (field.widget, value) {
        (_, None | Some(Value::Null)) => ctx.inline("review-empty"),
        (Widget::YesNo | Widget::Consent, Some(Value::Bool(b))) => {
            ctx.inline(if *b { "answer-yes" } else { "answer-no" })
        }
        (Widget::Radio | Widget::Select | Widget::Combobox, Some(v)) => option(v),
        (Widget::Checkboxes, Some(Value::Array(list))) => {
            list.iter().map(option).collect::<Vec<_>>().join(", ")
        }
        (Widget::Date, Some(Value::String(s))) => {
            local_date(s, &ctx.cat.locale).unwrap_or_else(|| s.clone())
        }
        (_, Some(Value::String(s))) => s.clone(),
        // In the locale's digits and separators (the browser's Intl, at no bundle cost).
        (_, Some(Value::Number(n))) => n.as_f64().map_or_else(
            || n.to_string(),
            |f| {
                js_sys::Number::from(f)
                    .to_locale_string(&ctx.cat.locale)
                    .into()
            },
        ),
        (_, Some(other)) => other.to_string(),
    }
}

/// `YYYY-MM-DD` in the locale's own date format (the browser's Intl, at no bundle cost).
pub fn local_date(iso: &str, locale: &str) -> Option<String> {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_str(&format!(
        "{iso}T00:00:00Z"
    )));
    if date.get_time().is_nan() {
        return None;
    }
    let options = js_sys::Object::new();
    js_sys::Reflect::set(&options, &"timeZone".into(), &"UTC".into()).ok()?;
    js_sys::Reflect::set(&options, &"dateStyle".into(), &"long".into()).ok()?;
    Some(date.to_locale_date_string(locale, &options).into())
}
