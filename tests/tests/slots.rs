//! Attachment slots show what they accept before anything is picked: file types, the size
//! limit, how many files and whether they are required, and their (empty) state.

use anyhow::{ensure, Result};

use crate::harness::{plain, Env};

const FORM: &str = "residence-permit-extension";

#[tokio::test]
async fn slots_state_their_rules_before_picking() -> Result<()> {
    let env = Env::start(360, 740).await?;
    env.open(&format!("/forms/{FORM}/documents?lang=de"))
        .await?;
    env.wait("#a-passport").await?;
    let rules = plain(&env.text("#a-passport .rules").await?);
    for want in [
        "JPEG, PNG, PDF",
        "höchstens 10 MB je Datei",
        "mindestens 1, höchstens 6 Dateien",
    ] {
        ensure!(
            rules.contains(want),
            "passport slot rules {rules:?} lack {want:?}"
        );
    }
    let state = env.text("#a-passport .state").await?;
    ensure!(
        state == "Noch keine Datei hinzugefügt.",
        "state reads {state:?}"
    );
    ensure!(
        env.js("return !!document.querySelector('#a-passport .req')")
            .await?
            == true,
        "a required slot is not marked required"
    );
    env.open(&format!("/forms/{FORM}/documents?lang=ar"))
        .await?;
    env.wait("#a-passport").await?;
    env.screenshot("slots-ar-360-documents").await?;
    env.close().await
}
