//! Untrusted text is never HTML: a translation and an applicant's answer that contain markup
//! are shown as the characters they are.

use anyhow::{ensure, Context, Result};

use crate::harness::{Env, TempDir};

const PAYLOAD: &str = "<img src=x onerror=alert(1)>";

/// Copy `from` into `to` recursively.
fn copy_dir(from: &std::path::Path, to: &std::path::Path) -> Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), &target)?;
        }
    }
    Ok(())
}

#[tokio::test]
async fn markup_in_a_translation_and_in_an_answer_is_text() -> Result<()> {
    let root = std::path::PathBuf::from(std::env::var_os("PFORTE_ROOT").context("PFORTE_ROOT")?);
    let locales = TempDir::new("locales")?;
    copy_dir(&root.join("locales"), &locales.0)?;
    // A later definition of a message overrides the earlier one in the catalogue.
    let app = locales.0.join("de/app.ftl");
    let mut text = std::fs::read_to_string(&app)?;
    text.push_str(&format!("nav-next = {PAYLOAD}Weiter\n"));
    std::fs::write(&app, text)?;

    let env = Env::start_with_locales(360, 740, &locales.0).await?;
    env.open("/forms/residence-permit-extension/person?lang=de")
        .await?;
    let input = env.wait("#f-person-familyName").await?;
    let button = env.text("form.step button[type=submit]").await?;
    ensure!(
        button == format!("{PAYLOAD}Weiter"),
        "the button says {button:?}"
    );

    input.send_keys(PAYLOAD).await?;
    // Let the autosave run, then open the review page (the draft brings the answer back).
    tokio::time::sleep(std::time::Duration::from_millis(1500)).await;
    env.open("/forms/residence-permit-extension/review").await?;
    env.wait("section.review-step").await?;
    let shown = env
        .client
        .execute(
            "return [...document.querySelectorAll('dd')].some(d => d.textContent === arguments[0])",
            vec![PAYLOAD.into()],
        )
        .await?;
    ensure!(
        shown == serde_json::Value::Bool(true),
        "the answer is not shown as text on the review page"
    );
    let images = env
        .js("return document.querySelectorAll('img').length")
        .await?;
    ensure!(
        images == 0,
        "{images} <img> elements were created from text"
    );
    env.close().await
}
