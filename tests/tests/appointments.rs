//! Booking an appointment in the app: an applicant with a submitted application (reference
//! and status code) picks a service, a day and a time on a 360 px phone, gets the booked
//! appointment with its `.ics` and cancel link, and cancels it with that link; axe finds
//! nothing on any of these pages, in German and in Arabic, nor on the booking, status and
//! ticket pages' first view, the staff inbox's sign-in and booking's email proof in each of the
//! eight languages.

use anyhow::{ensure, Context, Result};
use pforte_engine::submission::status_secret;

use crate::harness::{env_path, Env};

/// A submitted application with a known status code, made over the API from the page (the
/// server checks only the JWE headers of what it stores); returns (reference, code).
async fn application(env: &Env) -> Result<(String, String)> {
    let code = status_secret::encode(0x5EED_CAFE_F00D_1234_u128);
    let canonical = status_secret::normalize(&code).context("a code")?;
    let digest = status_secret::digest(&canonical);
    let reference = env
        .client
        .execute_async(
            r#"const [digest, done] = arguments;
            (async () => {
              const key = await (await fetch('/api/v1/office-key')).json();
              const b64 = (s) => btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
              const jwe = b64(JSON.stringify({alg: 'RSA-OAEP-256', enc: 'A256GCM', kid: key.kid, cty: 'application/json'}))
                + '.AAAA.AAAA.AAAA.AAAA';
              const sid = crypto.randomUUID();
              const post = (url, body) => fetch(url, {method: 'POST', headers: {'content-type': 'application/json'}, body: JSON.stringify(body)});
              await post('/api/v1/submissions', {submissionId: sid, formId: 'residence-permit-extension', formVersion: '1.0.0', attachments: []});
              const receipt = await (await post(`/api/v1/submissions/${sid}/submit`,
                {encryptedMetadata: jwe, encryptedData: jwe, statusSecretSha256: digest})).json();
              done(receipt.claims.reference);
            })().catch((e) => done('failed: ' + e));"#,
            vec![serde_json::Value::from(digest)],
        )
        .await?;
    let reference = reference.as_str().unwrap_or_default().to_string();
    ensure!(
        !reference.starts_with("failed"),
        "no application: {reference}"
    );
    Ok((reference, code))
}

/// Once the times are shown: the first day's first time, booked.
async fn book_the_first_time(env: &Env) -> Result<()> {
    env.wait("select#appointment-times").await?;
    env.wait(".times input[type=radio]").await?.click().await?;
    env.click("form.appointment-times button[type=submit]")
        .await
}

#[tokio::test]
async fn an_applicant_books_and_cancels_an_appointment_on_a_phone() -> Result<()> {
    let env = Env::start(360, 800).await?;
    let axe = std::fs::read_to_string(env_path("AXE_JS")).context("reading axe-core")?;
    env.open("/?lang=de").await?;
    let (reference, code) = application(&env).await?;

    // Arabic first: the form reads right to left and has no violations.
    env.open("/appointments?lang=ar").await?;
    env.wait("#service-eat-pickup").await?;
    ensure!(
        env.js("return document.documentElement.dir").await? == "rtl",
        "not RTL"
    );
    crate::a11y::no_violations(&env, &axe, "appointments ar").await?;
    env.screenshot("appointments-ar-360-form").await?;

    env.open("/appointments?lang=de").await?;
    env.wait("#service-eat-pickup").await?;
    // A typo in the code is caught before the server is asked, and said in the one alert.
    env.click("#service-eat-pickup").await?;
    env.type_into("#status-reference", &reference).await?;
    env.type_into("#status-code", "ABCD").await?;
    env.click("form.appointment-proof button[type=submit]")
        .await?;
    env.wait("#status-error:not([hidden])").await?;
    // The focus moves in the next frame.
    let mut focused = serde_json::Value::Null;
    for _ in 0..20 {
        focused = env.js("return document.activeElement.id").await?;
        if focused == "status-error" {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    ensure!(focused == "status-error", "focus on {focused}");

    env.type_into("#status-code", &code.to_lowercase()).await?;
    env.click("form.appointment-proof button[type=submit]")
        .await?;
    env.wait("select#appointment-times").await?;
    let days = env
        .js("return document.querySelectorAll('#appointment-times option').length")
        .await?;
    ensure!(days.as_u64().unwrap_or(0) >= 5, "{days} days offered");
    crate::a11y::no_violations(&env, &axe, "appointment times de").await?;
    // The second day, its first time.
    env.js(
        "const s = document.getElementById('appointment-times'); s.selectedIndex = 1; \
            s.dispatchEvent(new Event('change')); return true;",
    )
    .await?;
    let first_time = env.wait(".times input[type=radio]").await?;
    first_time.click().await?;
    let chosen = env
        .js("return document.querySelector('.times input:checked + label').textContent")
        .await?;
    env.screenshot("appointments-de-360-times").await?;
    env.click("form.appointment-times button[type=submit]")
        .await?;
    env.wait("#appointment-booked").await?;
    let booked = env.text("main").await?;
    ensure!(
        booked.contains("Ihr Termin ist gebucht")
            && booked.contains(chosen.as_str().unwrap_or("?"))
            && booked.contains("Aufenthaltstitel (eAT)")
            && booked.contains("Bringen Sie Ihren Pass und Ihre Vorgangsnummer mit."),
        "the booking says: {booked}"
    );
    let ics = env
        .js("return document.querySelector('a[download=\"appointment.ics\"]').href")
        .await?;
    ensure!(
        ics.as_str().is_some_and(|h| h.starts_with("blob:")),
        "ics: {ics}"
    );
    crate::a11y::no_violations(&env, &axe, "appointment booked de").await?;
    env.screenshot("appointments-de-360-booked").await?;
    let cancel = env
        .js("return document.getElementById('appointment-cancel-link').href")
        .await?
        .as_str()
        .context("a cancel link")?
        .to_string();
    ensure!(cancel.contains("/appointments/cancel#"), "{cancel}");

    // The same person, the same service again: refused, naming the booked time.
    env.open("/appointments?lang=de").await?;
    env.wait("#service-eat-pickup").await?;
    env.click("#service-eat-pickup").await?;
    env.type_into("#status-reference", &reference).await?;
    env.type_into("#status-code", &code).await?;
    env.click("form.appointment-proof button[type=submit]")
        .await?;
    book_the_first_time(&env).await?;
    env.wait("#status-error:not([hidden])").await?;
    let refused = env.text("#status-error").await?;
    ensure!(refused.contains("schon einen Termin"), "{refused}");

    // Cancel with the link.
    env.client.goto(&cancel).await?;
    env.wait("form button[type=submit]").await?;
    crate::a11y::no_violations(&env, &axe, "cancel de").await?;
    env.click("form button[type=submit]").await?;
    env.wait("#cancel-outcome:not([hidden])").await?;
    let outcome = env.text("#cancel-outcome").await?;
    ensure!(outcome.contains("abgesagt"), "{outcome}");
    env.screenshot("appointments-de-360-cancelled").await?;

    // The booking, status and ticket pages in every language: no violations.
    for (tag, _, _) in pforte_engine::i18n::LOCALES {
        for (page, ready) in [
            ("appointments", "#service-eat-pickup"),
            ("status", "#status-reference"),
            ("ticket", "#ticket-code"),
            ("office", "#office-name"),
        ] {
            env.open(&format!("/{page}?lang={tag}")).await?;
            env.wait(ready).await?;
            crate::a11y::no_violations(&env, &axe, &format!("{page} {tag}")).await?;
        }
        // Booking without an application: the email proof's fields.
        env.open(&format!("/appointments?lang={tag}")).await?;
        env.wait("#proof-email").await?;
        env.click("#proof-email").await?;
        env.wait("#contact-email").await?;
        crate::a11y::no_violations(&env, &axe, &format!("appointments by email {tag}")).await?;
    }
    env.close().await
}

/// Someone without an application books with an email address: the code comes by email,
/// in Persian (right to left), and the address is nowhere on the server in the clear.
#[tokio::test]
async fn someone_without_an_application_books_with_an_emailed_code() -> Result<()> {
    const EMAIL: &str = "dara.e2e@example.org";
    let env = Env::start(360, 800).await?;
    let axe = std::fs::read_to_string(env_path("AXE_JS")).context("reading axe-core")?;
    env.open("/appointments?lang=fa").await?;
    env.wait("#proof-email").await?;
    env.click("#service-settlement-counselling").await?;
    env.click("#proof-email").await?;
    env.wait("#contact-email").await?;
    // A typo is caught in the browser, before any email.
    env.type_into("#contact-email", "dara.e2e").await?;
    env.click("#send-code").await?;
    env.wait("#status-error:not([hidden])").await?;
    ensure!(
        env.js("return document.getElementById('contact-email').getAttribute('aria-invalid')")
            .await?
            == "true",
        "the address is not marked invalid"
    );
    env.type_into("#contact-email", EMAIL).await?;
    env.click("#send-code").await?;
    env.wait("#contact-code").await?;
    let (to, message) = env.next_mail()?;
    ensure!(to == format!("<{EMAIL}>"), "sent to {to}");
    let code =
        pforte_testkit::one_time_code(&message).with_context(|| format!("no code in {message}"))?;
    crate::a11y::no_violations(&env, &axe, "appointments email fa").await?;
    env.screenshot("appointments-fa-360-email").await?;
    env.type_into("#contact-code", &code).await?;
    env.click("form.appointment-proof button[type=submit]")
        .await?;
    book_the_first_time(&env).await?;
    env.wait("#appointment-booked").await?;
    crate::a11y::no_violations(&env, &axe, "appointment booked by email fa").await?;
    // No application, so no reference number to bring: only the passport.
    let booked = env
        .text("section[aria-labelledby=appointment-booked]")
        .await?;
    ensure!(
        booked.contains("پاسپورت خود را همراه بیاورید.") && !booked.contains("شماره پیگیری"),
        "the booking by email says: {booked}"
    );

    let mut stored = Vec::new();
    crate::submission::files_under(&env.data, &mut stored)?;
    for path in &stored {
        let bytes = std::fs::read(path)?;
        ensure!(
            !bytes.windows(EMAIL.len()).any(|w| w == EMAIL.as_bytes()),
            "{} holds the address in the clear",
            path.display()
        );
    }
    env.close().await
}
