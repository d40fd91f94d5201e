//! Resume codes: a counsellor hands a half-filled form over with a code; on another device
//! (here: the same browser with its storage wiped) the code brings the answers back. A code
//! with a typo is refused before anything is asked of the server.

use std::time::{Duration, Instant};

use anyhow::{bail, ensure, Result};
use fantoccini::Locator;

use crate::harness::Env;

const FORM: &str = "residence-permit-extension";

#[tokio::test]
async fn a_resume_code_brings_the_answers_to_another_device() -> Result<()> {
    let env = Env::start(360, 740).await?;
    env.open(&format!("/forms/{FORM}/person?lang=de")).await?;
    env.wait("#f-person-familyName")
        .await?
        .send_keys("Okonkwo-Lindqvist")
        .await?;
    env.client
        .find(Locator::Id("handover-make"))
        .await?
        .click()
        .await?;
    let start = Instant::now();
    let code = loop {
        if let Ok(code) = env.text("#handover-code").await {
            break code;
        }
        if let Ok(error) = env.text("#handover-result.error-box").await {
            bail!("no code: {error}");
        }
        if start.elapsed() > Duration::from_secs(20) {
            bail!("no code after 20 s");
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    ensure!(code.len() == 26, "code {code:?}");
    env.screenshot("handover-code-de-360").await?;

    // Another device: nothing of this one's storage.
    env.js("indexedDB.deleteDatabase('pforte'); localStorage.clear(); return true")
        .await?;
    env.open("/?lang=de").await?;
    // A typo is caught by the check symbol.
    let mut typo: Vec<char> = code.chars().collect();
    typo[0] = if typo[0] == 'A' { 'B' } else { 'A' };
    let input = env.wait("#resume-code").await?;
    input
        .send_keys(&typo.into_iter().collect::<String>())
        .await?;
    env.client
        .find(Locator::Css("form.resume button[type=submit]"))
        .await?
        .click()
        .await?;
    let start = Instant::now();
    while env.text("#resume-error").await?.is_empty() {
        if start.elapsed() > Duration::from_secs(20) {
            bail!("a wrong code was not refused");
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    ensure!(
        env.js("return document.getElementById('resume-code').getAttribute('aria-invalid')")
            .await?
            == "true",
        "the code field is not marked invalid"
    );
    input.clear().await?;
    input.send_keys(&code.to_lowercase()).await?;
    env.client
        .find(Locator::Css("form.resume button[type=submit]"))
        .await?
        .click()
        .await?;
    let start = Instant::now();
    loop {
        if env
            .client
            .current_url()
            .await?
            .path()
            .starts_with("/forms/")
        {
            break;
        }
        if start.elapsed() > Duration::from_secs(30) {
            let error = env.text("#resume-error").await.unwrap_or_default();
            bail!("the code did not open the form: {error}");
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    env.open(&format!("/forms/{FORM}/person?lang=de")).await?;
    let name = env
        .wait("#f-person-familyName")
        .await?
        .prop("value")
        .await?;
    ensure!(
        name.as_deref() == Some("Okonkwo-Lindqvist"),
        "the resumed form has {name:?}"
    );
    env.close().await
}
