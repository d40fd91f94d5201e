//! The counsellor's bilingual view: a switch shows the German original beneath every label,
//! help text and error; legally binding declarations show it always; the review page prints
//! in both languages.

use anyhow::{ensure, Result};

use crate::harness::Env;

const FORM: &str = "residence-permit-extension";

#[tokio::test]
async fn german_original_beneath_every_text_when_switched_on() -> Result<()> {
    let env = Env::start(360, 740).await?;
    env.open(&format!("/forms/{FORM}/person?lang=ar")).await?;
    env.wait("#f-person-familyName").await?;
    let originals =
        "return [...document.querySelectorAll('main .original')].map(e => e.textContent.trim())";
    ensure!(
        env.js(originals)
            .await?
            .as_array()
            .is_some_and(Vec::is_empty),
        "German shown before the switch"
    );

    env.wait("#bilingual").await?.click().await?;
    env.wait("label[for='f-person-familyName'] .original")
        .await?;
    let label = env
        .text("label[for='f-person-familyName'] .original")
        .await?;
    ensure!(label == "Familienname", "label's original is {label:?}");
    let lang = env
        .js("return document.querySelector('main .original').lang")
        .await?;
    ensure!(lang == "de", "the original is not marked German: {lang}");
    let all = env.js(originals).await?;
    ensure!(
        all.as_array().is_some_and(|a| a.len() > 10),
        "few originals: {all}"
    );
    // Errors too: leave a required field empty.
    env.client
        .find(fantoccini::Locator::Css("#f-person-familyName"))
        .await?
        .send_keys("\u{e004}")
        .await?;
    let error = env.text("#f-person-familyName-error .original").await?;
    ensure!(
        error == "Bitte füllen Sie dieses Feld aus.",
        "error's original is {error:?}"
    );
    env.screenshot("bilingual-ar-360-person").await?;

    // The choice is remembered: a new page load keeps the view.
    env.open(&format!("/forms/{FORM}/declarations")).await?;
    env.wait("#f-declarations-truthfulness").await?;
    ensure!(
        env.js("return document.getElementById('bilingual').checked")
            .await?
            == true,
        "the switch was not remembered"
    );
    env.close().await
}

#[tokio::test]
async fn declarations_always_offer_the_german_original() -> Result<()> {
    let env = Env::start(360, 740).await?;
    env.open(&format!("/forms/{FORM}/declarations?lang=tr"))
        .await?;
    env.wait("#f-declarations-truthfulness").await?;
    let original = env
        .text("label[for='f-declarations-truthfulness'] .original")
        .await?;
    ensure!(
        original.contains("Angaben"),
        "the declaration's German original reads {original:?}"
    );
    // Other texts stay in Turkish only.
    let others = env
        .js("return document.querySelectorAll('main .original').length")
        .await?;
    ensure!(others == 2, "{others} originals on the declarations step");
    env.screenshot("bilingual-tr-360-declarations").await?;

    // The review page has a print button that prints both languages.
    env.open(&format!("/forms/{FORM}/review")).await?;
    env.wait("section.review-step").await?;
    env.js("window.print = () => { window.printed = true; }; document.querySelector('.print button').click();")
        .await?;
    env.wait("section.review-step h2 .original").await?;
    // Printing follows the rebuilt page after a short delay.
    tokio::time::sleep(std::time::Duration::from_millis(600)).await;
    ensure!(
        env.js("return window.printed === true").await? == true,
        "print was not called"
    );
    env.close().await
}
