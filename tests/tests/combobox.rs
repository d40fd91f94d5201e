//! The nationality list with type-ahead, driven by the keyboard as a screen-reader or
//! keyboard-only user would: typing filters, ↓ and Enter choose, the chosen entry is the
//! answer (its code in the data, its label on the review page), and text that names no entry
//! says so instead of looking answered.

use anyhow::{ensure, Result};
use fantoccini::key::Key;

use crate::harness::Env;

const FORM: &str = "residence-permit-extension";
const BOX: &str = "#f-person-nationality";

#[tokio::test]
async fn nationality_is_chosen_by_typing_and_arrow_keys() -> Result<()> {
    let env = Env::start(360, 740).await?;
    env.open(&format!("/forms/{FORM}/person?lang=de")).await?;
    let input = env.wait(BOX).await?;
    ensure!(
        input.attr("role").await?.as_deref() == Some("combobox"),
        "the nationality control is not a combobox"
    );

    input.send_keys("türk").await?;
    let state = env
        .js(&format!(
            "const i = document.querySelector('{BOX}');
             const list = document.getElementById(i.getAttribute('aria-controls'));
             return [i.getAttribute('aria-expanded'), list.hidden,
                     [...list.querySelectorAll('[role=option]')].map(o => o.textContent.trim())];"
        ))
        .await?;
    ensure!(
        state[0] == "true" && state[1] == false,
        "list not open: {state}"
    );
    ensure!(
        state[2].get(0).and_then(|v| v.as_str()) == Some("Türkei"),
        "typing 'türk' did not offer Türkei first: {state}"
    );

    input.send_keys(&Key::Down.to_string()).await?;
    let active = env
        .js(&format!(
            "const i = document.querySelector('{BOX}');
             const a = i.getAttribute('aria-activedescendant');
             return a && document.getElementById(a).textContent.trim();"
        ))
        .await?;
    ensure!(active == "Türkei", "↓ made {active} active");
    input.send_keys(&Key::Enter.to_string()).await?;
    ensure!(
        input.prop("value").await?.as_deref() == Some("Türkei"),
        "Enter did not choose Türkei"
    );
    ensure!(
        input.attr("aria-expanded").await?.as_deref() == Some("false"),
        "the list stayed open after choosing"
    );
    env.screenshot("combobox-de-360-chosen").await?;

    // The answer is the entry: after the draft is saved, the review page names it.
    env.review_after_save(FORM).await?;
    let review = env.text("main").await?;
    ensure!(review.contains("Türkei"), "review does not show Türkei");

    // Text that names no entry: not an answer, and the field says so once left.
    env.open(&format!("/forms/{FORM}/person")).await?;
    let input = env.wait(BOX).await?;
    input.clear().await?;
    input.send_keys("Atlantis").await?;
    input.send_keys(&Key::Tab.to_string()).await?;
    let error = env.text("#f-person-nationality-error").await?;
    ensure!(
        error.contains("Bitte wählen Sie einen Eintrag aus der Liste."),
        "unmatched text shows {error:?}"
    );
    ensure!(
        input.attr("aria-invalid").await?.as_deref() == Some("true"),
        "unmatched text is not marked invalid"
    );
    env.close().await
}

/// The list mirrors in Arabic: screenshot with the list open for a person to look at.
#[tokio::test]
async fn the_list_opens_in_arabic() -> Result<()> {
    let env = Env::start(360, 740).await?;
    env.open(&format!("/forms/{FORM}/person?lang=ar")).await?;
    let input = env.wait(BOX).await?;
    input.send_keys(&Key::Down.to_string()).await?;
    let n = env
        .js("return document.querySelectorAll('[role=option]').length")
        .await?;
    ensure!(
        n.as_u64().is_some_and(|n| n > 150),
        "↓ on an empty box should open the whole list, got {n}"
    );
    let dir = env.js("return document.documentElement.dir").await?;
    ensure!(dir == "rtl", "document dir is {dir}");
    let option_dir = env
        .js("return getComputedStyle(document.querySelector('[role=option]')).direction")
        .await?;
    ensure!(option_dir == "rtl", "options run {option_dir}");
    env.screenshot("combobox-ar-360-open").await?;
    env.close().await
}
