//! The entrance kiosk end to end (docs/KIOSK.md): a member of staff of team "cards" signs in
//! to the staff inbox in one browser; a visitor at the kiosk (another browser) sends a lost
//! card concern in Arabic and gets a ticket; the idle timeout wipes the kiosk (DOM, storages,
//! IndexedDB, history); the concern appears in the inbox within seconds, stays closed to the
//! front desk's key and opens with the cards key; the staff's note reaches the visitor's
//! phone through the ticket code. axe finds nothing on the kiosk in every language, nor on the
//! inbox and the ticket page; the kiosk's controls are at least 60 px.

use std::process::Command;
use std::time::{Duration, Instant};

use anyhow::{bail, ensure, Context, Result};
use fantoccini::Locator;
use pforte_engine::i18n::LOCALES;

use crate::a11y::no_violations;
use crate::harness::{env_path, Env};

const DESCRIPTION: &str = "Meine Karte wurde am Bahnhof gestohlen";
const PASSWORD: &str = "correct horse battery";

/// Controls of the kiosk smaller than 60 × 60 CSS px (a radio or checkbox with its row).
const SMALL_TARGETS: &str = r#"const small = [];
for (const e of document.querySelectorAll('.kiosk a[href], .kiosk button, .kiosk input, .kiosk textarea')) {
  const row = (e.type === 'radio' || e.type === 'checkbox') && e.closest('.kiosk-choice');
  const r = (row || e).getBoundingClientRect();
  if (r.width === 0 && r.height === 0) continue;
  if (r.width < 60 || r.height < 60) small.push(`${e.tagName}#${e.id} ${Math.round(r.width)}x${Math.round(r.height)}`);
}
return small;"#;

async fn targets_at_least_60(env: &Env, what: &str) -> Result<()> {
    let small = env.js(SMALL_TARGETS).await?;
    ensure!(
        small.as_array().is_some_and(Vec::is_empty),
        "{what}: small targets {small}"
    );
    Ok(())
}

/// The pin of the development team keys, as `pforte office kiosk-pin` prints it.
fn kiosk_pin() -> Result<String> {
    let out = Command::new(env_path("PFORTE_BIN"))
        .args(["office", "kiosk-pin", "--routing"])
        .arg(env_path("PFORTE_ROOT").join("tests/routing.json"))
        .arg("--team-keys")
        .arg(env_path("PFORTE_TEAM_KEY_DIR"))
        .output()
        .context("pforte office kiosk-pin")?;
    ensure!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    Ok(String::from_utf8_lossy(&out.stdout).trim().to_string())
}

fn add_staff(env: &Env, name: &str, team: &str) -> Result<()> {
    let status = Command::new(env_path("PFORTE_BIN"))
        .args(["office", "staff", "add", name, "--team", team, "--data"])
        .arg(&env.data)
        .env("PFORTE_STAFF_PASSWORD", PASSWORD)
        .status()
        .context("pforte office staff add")?;
    ensure!(status.success(), "staff add failed");
    Ok(())
}

/// Pick a key file in the inbox's file input for `team`.
async fn load_key(env: &Env, team: &str, file: &str) -> Result<()> {
    let path = env_path("PFORTE_TEAM_KEY_DIR").join(file);
    env.client
        .find(Locator::Css(&format!("#office-key-{team}")))
        .await?
        .send_keys(&path.display().to_string())
        .await?;
    Ok(())
}

async fn wait_for_text(env: &Env, css: &str, wanted: &str, within: Duration) -> Result<String> {
    let start = Instant::now();
    loop {
        let text = env
            .js(&format!(
                "return [...document.querySelectorAll('{css}')].map(e => e.innerText).join('\\n')"
            ))
            .await?;
        let text = text.as_str().unwrap_or_default().to_string();
        if text.contains(wanted) {
            return Ok(text);
        }
        if start.elapsed() > within {
            bail!("{css} has no {wanted:?} after {within:?}: {text:?}");
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test]
async fn a_concern_goes_from_the_kiosk_to_its_team_and_leaves_nothing_behind() -> Result<()> {
    let mut env = Env::start(768, 1024).await?;
    let axe = std::fs::read_to_string(env_path("AXE_JS")).context("reading axe-core")?;
    add_staff(&env, "ayse", "cards")?;

    // The staff member signs in, in a second browser (this client drives it for now).
    let mut kiosk = env.second_browser().await?;
    std::mem::swap(&mut env.client, &mut kiosk);
    env.open("/office?lang=de").await?;
    env.wait("#office-name").await?;
    no_violations(&env, &axe, "office sign-in de").await?;
    env.type_into("#office-name", "ayse").await?;
    env.type_into("#office-password", "not the password")
        .await?;
    env.click("button[type=submit]").await?;
    wait_for_text(
        &env,
        "#office-notice",
        "stimmt nicht",
        Duration::from_secs(5),
    )
    .await?;
    env.type_into("#office-password", PASSWORD).await?;
    env.click("button[type=submit]").await?;
    env.wait("#office-key-cards").await?;
    // The front desk's key, picked by mistake, is taken as a key but opens nothing of cards'.
    load_key(&env, "cards", "team-front-desk.pem").await?;
    wait_for_text(
        &env,
        "#office-key-cards-state",
        "geladen",
        Duration::from_secs(5),
    )
    .await?;
    no_violations(&env, &axe, "office inbox de").await?;
    std::mem::swap(&mut env.client, &mut kiosk);

    // A terminal started with another pin refuses the server's keys.
    let pin = kiosk_pin()?;
    env.open(&format!("/kiosk?pin={}", "0".repeat(64))).await?;
    wait_for_text(&env, ".kiosk", "Information", Duration::from_secs(10)).await?;
    ensure!(
        env.js("return !!document.querySelector('.kiosk-language')")
            .await?
            == false,
        "a kiosk with the wrong pin offers the form"
    );
    // The visitor at the kiosk.
    env.open(&format!("/kiosk?idle=10&pin={pin}")).await?;
    env.wait(".kiosk-language").await?;
    let history_before = env.js("return history.length").await?;
    no_violations(&env, &axe, "kiosk start").await?;
    targets_at_least_60(&env, "kiosk start").await?;
    env.screenshot("kiosk-start").await?;
    env.click(".kiosk-language[lang=ar]").await?;
    env.wait("#kiosk-description").await?;
    ensure!(env.js("return document.documentElement.dir").await? == "rtl");
    // Sending nothing: the summary names the problems and takes the focus.
    env.click(".kiosk-form button[type=submit]").await?;
    env.wait("#kiosk-errors").await?;
    ensure!(env.js("return document.activeElement.id").await? == "kiosk-errors");
    no_violations(&env, &axe, "kiosk errors ar").await?;
    env.click("#kiosk-concern-lost-card").await?;
    env.type_into("#kiosk-description", DESCRIPTION).await?;
    env.type_into("#kiosk-contact", "+49 30 1234567").await?;
    env.click("#kiosk-consent").await?;
    targets_at_least_60(&env, "kiosk form").await?;
    env.screenshot("kiosk-form-ar").await?;
    env.click(".kiosk-form button[type=submit]").await?;
    env.wait("#kiosk-number").await?;
    let sent_at = Instant::now();
    let number = env.text("#kiosk-number").await?;
    let code = env.text("#kiosk-code").await?;
    ensure!(number == "001", "ticket {number}");
    no_violations(&env, &axe, "kiosk ticket ar").await?;
    env.screenshot("kiosk-ticket-ar").await?;

    // The idle timeout: a countdown, then the start screen with nothing left.
    env.wait(".kiosk-idle").await?;
    env.screenshot("kiosk-idle-ar").await?;
    let start = Instant::now();
    while env
        .js("return !!document.querySelector('.kiosk-idle')")
        .await?
        == true
    {
        ensure!(
            start.elapsed() < Duration::from_secs(15),
            "the kiosk did not wipe itself"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    env.wait(".kiosk-language").await?;
    let traces = env
        .client
        .execute_async(
            r#"const [number, code, description, done] = arguments;
            (async () => {
              const html = document.documentElement.outerHTML;
              const dbs = indexedDB.databases ? await indexedDB.databases() : [];
              done({
                dom: [number, code, description].filter((t) => html.includes(t)),
                local: localStorage.length, session: sessionStorage.length,
                databases: dbs.map((d) => d.name), history: history.length,
                state: history.state, lang: document.documentElement.lang,
                form: !!document.getElementById('kiosk-description'),
              });
            })().catch((e) => done({error: String(e)}));"#,
            vec![
                number.clone().into(),
                code.clone().into(),
                DESCRIPTION.into(),
            ],
        )
        .await?;
    ensure!(
        traces["dom"] == serde_json::json!([]),
        "left in the DOM: {traces}"
    );
    ensure!(
        traces["local"] == 0 && traces["session"] == 0,
        "storage: {traces}"
    );
    ensure!(
        traces["databases"] == serde_json::json!([]),
        "IndexedDB: {traces}"
    );
    ensure!(
        traces["history"] == history_before,
        "history grew: {traces}"
    );
    ensure!(
        traces["state"].is_null() && traces["form"] == false,
        "{traces}"
    );
    ensure!(
        traces["lang"] == "de",
        "the language was remembered: {traces}"
    );
    // Going back leads away from the kiosk, never into the previous visitor's form.
    env.client.back().await?;
    tokio::time::sleep(Duration::from_millis(500)).await;
    let url = env.client.current_url().await?;
    ensure!(
        !(url.path() == "/kiosk"
            && env
                .js("return !!document.getElementById('kiosk-description')")
                .await?
                == true),
        "back shows a form"
    );

    // The inbox: the concern arrives within seconds, closed to the wrong key.
    std::mem::swap(&mut env.client, &mut kiosk);
    let text = wait_for_text(&env, ".office-concern", "001", Duration::from_secs(10)).await?;
    let arrived = sent_at.elapsed();
    ensure!(
        !text.contains(DESCRIPTION),
        "decrypted with the wrong key: {text}"
    );
    wait_for_text(
        &env,
        ".office-concern",
        "nicht öffnen",
        Duration::from_secs(5),
    )
    .await?;
    load_key(&env, "cards", "team-cards.pem").await?;
    wait_for_text(&env, ".office-concern", DESCRIPTION, Duration::from_secs(5)).await?;
    eprintln!("kiosk → inbox: the concern was listed {arrived:?} after the ticket showed");
    no_violations(&env, &axe, "office inbox with a concern").await?;
    env.screenshot("office-inbox-de").await?;
    let note = "Bitte kommen Sie zu Schalter 7.";
    env.type_into(".office-concern textarea", note).await?;
    env.click(".office-concern button.secondary").await?;
    wait_for_text(
        &env,
        ".office-concern",
        "In Bearbeitung",
        Duration::from_secs(5),
    )
    .await?;
    std::mem::swap(&mut env.client, &mut kiosk);

    // The visitor's phone reads the note with the ticket code.
    env.set_width(360).await?;
    env.open(&format!("/ticket?lang=ar#{code}")).await?;
    wait_for_text(&env, ".ticket-note", note, Duration::from_secs(10)).await?;
    no_violations(&env, &axe, "ticket ar").await?;
    env.screenshot("ticket-ar-360").await?;
    env.set_width(768).await?;

    // axe on the kiosk's form in every language.
    for (tag, _, _) in LOCALES {
        env.open("/kiosk").await?;
        env.wait(".kiosk-language").await?;
        env.click(&format!(".kiosk-language[lang={tag}]")).await?;
        env.wait("#kiosk-description").await?;
        no_violations(&env, &axe, &format!("kiosk form {tag}")).await?;
    }
    kiosk.close().await?;
    env.close().await
}
