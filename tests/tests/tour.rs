//! A screenshot of every step, in German and Arabic, on a phone (360 × 740) and a desktop
//! (1280 × 800), for people to look at (tests/artifacts/tour-*.png). Each page must show its
//! step heading and fit its width.

use anyhow::{ensure, Result};

use crate::harness::{step_ids, Env};

const FORM: &str = "residence-permit-extension";

#[tokio::test]
async fn every_step_on_phone_and_desktop_in_german_and_arabic() -> Result<()> {
    let steps = step_ids(FORM)?;
    for (width, height) in [(360, 740), (1280, 800)] {
        let env = Env::start(width, height).await?;
        for lang in ["de", "ar"] {
            for (i, step) in steps.iter().enumerate() {
                env.open(&format!("/forms/{FORM}/{step}?lang={lang}"))
                    .await?;
                let heading = env.wait("h2#step-title").await?.text().await?;
                ensure!(!heading.trim().is_empty(), "{step} {lang}: no heading");
                let overflow = env
                    .js("return document.documentElement.scrollWidth - window.innerWidth")
                    .await?;
                ensure!(
                    overflow.as_i64().unwrap_or(0) <= 0,
                    "{step} {lang} at {width} px scrolls sideways by {overflow} px"
                );
                env.screenshot(&format!("tour-{lang}-{width}-{i:02}-{step}"))
                    .await?;
            }
        }
        env.close().await?;
    }
    Ok(())
}
