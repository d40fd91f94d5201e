//! The wizard's navigation: deep links to a step and to the review page, "change" links, and
//! the browser's back button.

use anyhow::{ensure, Result};
use fantoccini::Locator;

use crate::harness::Env;

const FORM: &str = "residence-permit-extension";

async fn heading(env: &Env) -> Result<String> {
    Ok(env
        .js("const h = document.querySelector('main h2'); return h ? h.textContent : ''")
        .await?
        .as_str()
        .unwrap_or_default()
        .to_string())
}

#[tokio::test]
async fn deep_links_change_links_and_the_back_button() -> Result<()> {
    let env = Env::start(360, 740).await?;
    // A deep link to a step opens that step.
    env.open(&format!("/forms/{FORM}/passport?lang=de")).await?;
    env.wait("h2#step-title").await?;
    ensure!(
        heading(&env).await? == "Ihr Pass",
        "deep link opened {:?}",
        heading(&env).await?
    );

    // The review lists every visible step with a change link; hidden steps are absent.
    env.open(&format!("/forms/{FORM}/review")).await?;
    env.wait("section.review-step").await?;
    let steps = env
        .js("return document.querySelectorAll('section.review-step').length")
        .await?;
    ensure!(
        steps.as_u64().is_some_and(|n| n >= 10),
        "review shows {steps} steps"
    );
    env.screenshot("wizard-de-360-review").await?;

    env.client
        .find(Locator::Css(&format!(
            "a.change[href='/forms/{FORM}/person']"
        )))
        .await?
        .click()
        .await?;
    env.wait("h2#step-title").await?;
    let url = env.client.current_url().await?;
    ensure!(
        url.path() == format!("/forms/{FORM}/person"),
        "change link went to {url}"
    );

    // Back returns to the review page.
    env.client.back().await?;
    env.wait("section.review-step").await?;
    env.close().await
}
