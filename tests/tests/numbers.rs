//! Numbers as people type and read them: a decimal comma stays as typed in the field (not
//! rewritten to a point under the cursor), Arabic-Indic digits are understood, and the review
//! shows the amount in the locale's own digits and separators (the browser's Intl).

use anyhow::{ensure, Result};

use crate::harness::Env;

const FORM: &str = "residence-permit-extension";
const AMOUNT: &str = "#f-income-monthlyNet";

#[tokio::test]
async fn amounts_keep_their_comma_and_read_back_in_the_locale() -> Result<()> {
    let env = Env::start(360, 740).await?;
    env.open(&format!("/forms/{FORM}/income?lang=de")).await?;
    let field = env.wait(AMOUNT).await?;
    field.send_keys("1234,5").await?;
    let shown = field.prop("value").await?.unwrap_or_default();
    ensure!(shown == "1234,5", "the field now reads {shown:?}");

    env.review_after_save(FORM).await?;
    let review = env.text("main").await?;
    ensure!(
        review.contains("1.234,5"),
        "the review does not show 1.234,5"
    );

    // The same amount typed with Arabic-Indic digits and separator, read back in Arabic.
    env.open(&format!("/forms/{FORM}/income?lang=ar")).await?;
    let field = env.wait(AMOUNT).await?;
    field.clear().await?;
    field.send_keys("١٢٣٤٫٥").await?;
    let shown = field.prop("value").await?.unwrap_or_default();
    ensure!(shown == "١٢٣٤٫٥", "the field now reads {shown:?}");
    env.review_after_save(FORM).await?;
    let review = env.text("main").await?;
    // Arabic's own default digits are CLDR's choice (Latin in current data): what the
    // browser's Intl gives for the locale.
    let arabic = env.js("return (1234.5).toLocaleString('ar')").await?;
    let arabic = arabic.as_str().unwrap_or_default();
    ensure!(
        !arabic.is_empty() && review.contains(arabic),
        "the Arabic review does not show {arabic:?}"
    );
    env.close().await
}

/// Passport numbers, e-mail addresses and phone numbers stay left to right in Arabic: in the
/// field and on the review page.
#[tokio::test]
async fn left_to_right_answers_stay_so_in_arabic() -> Result<()> {
    let env = Env::start(360, 740).await?;
    env.open(&format!("/forms/{FORM}/passport?lang=ar")).await?;
    let field = env.wait("#f-passport-number").await?;
    field.send_keys("Z4512398").await?;
    let dir = env
        .js("return getComputedStyle(document.getElementById('f-passport-number')).direction")
        .await?;
    ensure!(dir == "ltr", "the passport number field runs {dir}");
    let name_dir = env
        .js("const e = document.getElementById('f-passport-issuingState'); return getComputedStyle(e).direction")
        .await?;
    ensure!(name_dir == "rtl", "a free-text field runs {name_dir}");
    env.review_after_save(FORM).await?;
    let shown = env
        .js("return [...document.querySelectorAll('dd > bdi[dir=ltr]')].map((b) => b.textContent)")
        .await?;
    ensure!(
        shown
            .as_array()
            .is_some_and(|a| a.iter().any(|t| t == "Z4512398")),
        "the review does not isolate the passport number as LTR: {shown}"
    );
    env.close().await
}
