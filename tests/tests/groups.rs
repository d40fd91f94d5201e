//! A repeatable group (the household): add, reorder and remove entries by keyboard-reachable
//! buttons; focus follows the entry; the count against the schema's maximum is shown.

use anyhow::{ensure, Result};
use fantoccini::Locator;

use crate::harness::{plain, Env};

const FORM: &str = "residence-permit-extension";

async fn value(env: &Env, css: &str) -> Result<String> {
    Ok(env
        .client
        .find(Locator::Css(css))
        .await?
        .prop("value")
        .await?
        .unwrap_or_default())
}

async fn focused(env: &Env) -> Result<String> {
    Ok(env
        .js("return document.activeElement ? document.activeElement.id : ''")
        .await?
        .as_str()
        .unwrap_or_default()
        .to_string())
}

#[tokio::test]
async fn entries_are_added_moved_and_removed_with_focus_following() -> Result<()> {
    let env = Env::start(360, 740).await?;
    env.open(&format!("/forms/{FORM}/household?lang=de"))
        .await?;
    let add = "#f-household > button";
    for (i, name) in ["Erste", "Zweite"].iter().enumerate() {
        env.wait(add).await?.click().await?;
        let input = env.wait(&format!("#f-household-{i}-familyName")).await?;
        ensure!(
            focused(&env).await? == format!("f-household-{i}-familyName"),
            "after adding entry {i}, focus is on {:?}",
            focused(&env).await?
        );
        input.send_keys(name).await?;
    }
    let count = plain(&env.text("#f-household > p[role=status]").await?);
    ensure!(
        count.contains("2 von höchstens 15"),
        "count reads {count:?}"
    );

    // "Move up" on the second entry: the answers swap, focus stays on the moved entry.
    env.wait("#f-household-1-up").await?.click().await?;
    ensure!(
        value(&env, "#f-household-0-familyName").await? == "Zweite"
            && value(&env, "#f-household-1-familyName").await? == "Erste",
        "entries did not swap"
    );
    ensure!(
        focused(&env).await? == "f-household-0-down",
        "focus after moving is on {:?}",
        focused(&env).await?
    );
    let up_name = plain(&env.text("#f-household-0-down").await?);
    ensure!(
        up_name.contains("Nach unten") && up_name.contains("Person 1"),
        "the button's name does not say which entry: {up_name:?}"
    );
    env.screenshot("groups-de-360-two-entries").await?;

    // Remove the first entry: the other one remains, numbered 1.
    env.client
        .find(Locator::XPath(
            "//fieldset[@id='f-household-0']//button[contains(., 'entfernen')]",
        ))
        .await?
        .click()
        .await?;
    ensure!(
        value(&env, "#f-household-0-familyName").await? == "Erste",
        "the wrong entry was removed"
    );
    let left = env
        .js("return document.querySelectorAll('#f-household fieldset.entry').length")
        .await?;
    ensure!(left == 1, "{left} entries left");
    env.close().await
}
