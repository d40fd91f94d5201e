//! Offline: a form opened once can be filled without a connection. After one visit the
//! service worker holds the app, the definition and the translations; with the server gone,
//! a reload shows the same step with the answers from the encrypted draft, and the review
//! page (a chunk fetched after the first step) lists them.

use std::time::{Duration, Instant};

use anyhow::{bail, ensure, Result};

use crate::harness::Env;

const FORM: &str = "residence-permit-extension";
const NAME: &str = "Ohnenetz";

/// The paths the service worker's cache holds.
const CACHED: &str = r#"const done = arguments[arguments.length - 1];
caches.keys()
  .then((names) => Promise.all(names.map((n) => caches.open(n).then((c) => c.keys()))))
  .then((lists) => done(lists.flat().map((r) => new URL(r.url).pathname)))
  .catch((e) => done(['error: ' + e]));"#;

#[tokio::test]
async fn a_reload_without_the_server_brings_back_the_step_and_the_answers() -> Result<()> {
    let mut env = Env::start(360, 740).await?;
    env.open(&format!("/forms/{FORM}/person?lang=de")).await?;
    env.wait("#f-person-familyName")
        .await?
        .send_keys(NAME)
        .await?;

    // Wait until the worker has taken over and stored what the page needs.
    let needed = [
        "/".to_string(),
        format!("/api/v1/forms/{FORM}"),
        "/api/v1/locales/de/app".to_string(),
        format!("/api/v1/locales/de/{FORM}"),
        "/api/v1/locales/de/codelists".to_string(),
    ];
    let start = Instant::now();
    loop {
        let cached = env.client.execute_async(CACHED, vec![]).await?;
        let paths: Vec<&str> = cached
            .as_array()
            .map(|a| a.iter().filter_map(|v| v.as_str()).collect())
            .unwrap_or_default();
        let has_wasm = paths.iter().any(|p| p.ends_with("_bg.wasm"));
        if has_wasm && needed.iter().all(|n| paths.contains(&n.as_str())) {
            break;
        }
        if start.elapsed() > Duration::from_secs(20) {
            bail!("the service worker stored only {paths:?}");
        }
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    // The draft is saved after a pause in typing.
    tokio::time::sleep(Duration::from_millis(1200)).await;

    env.stop_server();
    env.client.refresh().await?;
    let input = env.wait("#f-person-familyName").await?;
    let value = input.prop("value").await?.unwrap_or_default();
    ensure!(value == NAME, "offline, the name field holds {value:?}");
    let heading = env.text("h2#step-title").await?;
    ensure!(!heading.is_empty(), "offline, the step has no heading");
    env.screenshot("offline-de-360-person").await?;

    // The review page is a chunk of its own (app/src/later.rs), fetched in the background
    // once the first step was on screen: offline, it is there too, with the answer.
    env.open(&format!("/forms/{FORM}/review?lang=de")).await?;
    let review = env.wait(".review-title").await?.text().await?;
    ensure!(!review.is_empty(), "offline, the review page has no title");
    let page = env.text("main").await?;
    ensure!(
        page.contains(NAME),
        "offline, the review page lacks the name: {page}"
    );
    env.close().await
}

/// A part of the app that cannot be fetched (here: the review page's chunk is not on the
/// server at all) is a message in the page's language with a button that tries again, and the
/// rest of the app goes on working: no dead page.
#[tokio::test]
async fn a_part_that_cannot_be_fetched_says_so_and_offers_to_try_again() -> Result<()> {
    let root = crate::harness::env_path("PFORTE_ROOT");
    let dist = crate::harness::TempDir::new("dist-without-review")?;
    let mut removed = 0;
    for entry in std::fs::read_dir(crate::harness::env_path("PFORTE_DIST"))? {
        let path = entry?.path();
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        if name.starts_with("pforte-app-split-review-") && name.ends_with(".wasm") {
            removed += 1;
            continue;
        }
        std::fs::copy(&path, dist.0.join(name))?;
    }
    ensure!(
        removed == 1,
        "the build has {removed} review chunks, not one"
    );
    let env = Env::start_with(360, 740, &root.join("locales"), &dist.0).await?;
    env.open(&format!("/forms/{FORM}/review?lang=de")).await?;
    let failed = "main .error-box[role=alert]";
    let message = env.wait(failed).await?.text().await?;
    ensure!(
        message.contains("konnte nicht geladen werden"),
        "the message is not the German one: {message:?}"
    );
    env.screenshot("chunk-missing-de-360").await?;
    env.click(&format!("{failed} button")).await?;
    // Tried again, failed again: still the message, and the app still answers.
    tokio::time::sleep(Duration::from_millis(500)).await;
    let again = env.wait(failed).await?.text().await?;
    ensure!(
        again.contains("Noch einmal versuchen"),
        "after trying again: {again:?}"
    );
    env.open(&format!("/forms/{FORM}?lang=de")).await?;
    env.wait("h2#step-title").await?;
    env.close().await
}
