//! Secure submission end to end: the extension form filled in Chromium with a photographed
//! document (a 12-megapixel JPEG, re-encoded in the browser) and PDFs (one larger than a
//! chunk), sent to a real intake server, the receipt shown; then `pforte office fetch`
//! decrypts it with the office key, and the data and files equal what was entered — the PDFs
//! byte for byte. Finally the server's database and blob folder are searched for every
//! plaintext entered: nothing may be found.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use anyhow::{bail, ensure, Context, Result};
use serde_json::Value;

use crate::harness::{env_path, Env, TempDir};
use crate::keyboard::{example, fill_by_keyboard, small_pdf};

const FORM: &str = "residence-permit-extension";

/// A photo-like JPEG made by the browser: `width` × `height`, gradients and noise (which JPEG
/// compresses as badly as a real photo), at quality 0.92. Returns its bytes.
pub async fn camera_photo(env: &Env, width: u32, height: u32) -> Result<Vec<u8>> {
    let script = format!(
        r#"const done = arguments[arguments.length - 1];
        const c = new OffscreenCanvas({width}, {height});
        const g = c.getContext('2d');
        const grad = g.createLinearGradient(0, 0, {width}, {height});
        grad.addColorStop(0, '#3a6ea5'); grad.addColorStop(1, '#e8c07d');
        g.fillStyle = grad; g.fillRect(0, 0, {width}, {height});
        const img = g.getImageData(0, 0, {width}, {height});
        let seed = 7;
        for (let i = 0; i < img.data.length; i += 4) {{
          seed = (seed * 1103515245 + 12345) & 0x7fffffff;
          const n = (seed >> 16) % 64 - 32;
          img.data[i] += n; img.data[i + 1] += n; img.data[i + 2] += n;
        }}
        g.putImageData(img, 0, 0);
        g.fillStyle = '#111'; g.font = '200px sans-serif';
        g.fillText('PASS 123', 400, 1200);
        c.convertToBlob({{type: 'image/jpeg', quality: 0.92}})
          .then((b) => b.arrayBuffer())
          .then((a) => done(new Uint8Array(a).toBase64()));"#
    );
    let encoded = env.client.execute_async(&script, vec![]).await?;
    let encoded = encoded.as_str().context("no photo")?;
    use base64::Engine;
    Ok(base64::engine::general_purpose::STANDARD.decode(encoded)?)
}

/// A PDF of `size` bytes: a valid header, `marker`, then pseudo-random bytes (so it does not
/// compress and spans several 4 MiB chunks when large).
pub fn large_pdf(dir: &Path, name: &str, size: usize, marker: &str) -> Result<PathBuf> {
    let mut bytes = format!("%PDF-1.4\n% {marker}\n").into_bytes();
    let mut seed: u32 = 12345;
    while bytes.len() < size {
        seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12345);
        bytes.push((seed >> 16) as u8);
    }
    bytes.extend_from_slice(b"\n%%EOF\n");
    let path = dir.join(name);
    std::fs::write(&path, bytes)?;
    Ok(path)
}

/// Width and height from a JPEG's start-of-frame segment.
fn jpeg_size(bytes: &[u8]) -> Option<(u32, u32)> {
    let mut at = 2;
    while at + 9 < bytes.len() {
        if bytes[at] != 0xFF {
            return None;
        }
        let marker = bytes[at + 1];
        let len = usize::from(u16::from_be_bytes([bytes[at + 2], bytes[at + 3]]));
        if matches!(marker, 0xC0..=0xC3) {
            let h = u16::from_be_bytes([bytes[at + 5], bytes[at + 6]]);
            let w = u16::from_be_bytes([bytes[at + 7], bytes[at + 8]]);
            return Some((u32::from(w), u32::from(h)));
        }
        at += 2 + len;
    }
    None
}

fn pforte(args: &[&str], paths: &[&Path]) -> Result<std::process::Output> {
    let mut cmd = Command::new(env_path("PFORTE_BIN"));
    cmd.args(args);
    for path in paths {
        cmd.arg(path);
    }
    let out = cmd.output().context("running pforte")?;
    Ok(out)
}

/// Decrypt one compact JWE with npm `jose` (`intake/tests/interop/jose-interop.mjs`).
fn jose_decrypt(pem: &Path, jwe: &[u8]) -> Result<Vec<u8>> {
    use std::io::Write;
    let script = env_path("PFORTE_ROOT").join("intake/tests/interop/jose-interop.mjs");
    let mut child = Command::new("node")
        .arg(script)
        .arg("decrypt")
        .arg(pem)
        .env("NODE_PATH", env_path("PFORTE_NODE_PATH"))
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .context("running node")?;
    child.stdin.take().context("stdin")?.write_all(jwe)?;
    let out = child.wait_with_output()?;
    ensure!(
        out.status.success(),
        "npm jose could not decrypt: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    Ok(out.stdout)
}

/// Every file under `dir`.
pub fn files_under(dir: &Path, out: &mut Vec<PathBuf>) -> Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            files_under(&path, out)?;
        } else {
            out.push(path);
        }
    }
    Ok(())
}

#[tokio::test]
async fn an_application_with_a_photo_and_pdfs_reaches_the_office_intact() -> Result<()> {
    let key_dir = env_path("PFORTE_OFFICE_KEY_DIR");
    let env = Env::start(360, 740).await?;
    let files = TempDir::new("submission-files")?;
    env.open(&format!("/forms/{FORM}?lang=de")).await?;
    env.wait("h2#step-title").await?;
    let photo = camera_photo(&env, 4000, 3000).await?;
    ensure!(
        photo.len() > 1_000_000,
        "the test photo is only {} bytes",
        photo.len()
    );
    let photo_path = files.0.join("IMG_20261127_0815.jpg");
    std::fs::write(&photo_path, &photo)?;
    let big = large_pdf(
        &files.0,
        "Meldebescheinigung.pdf",
        5 * 1024 * 1024 + 17,
        "MARKER-REGISTRATION-7731",
    )?;
    let small = small_pdf(&files.0, "Nachweis.pdf", "MARKER-SMALL-4409")?;
    fill_by_keyboard(&env, "de", &|slot| match slot {
        "passport" => vec![photo_path.clone()],
        "registration" => vec![big.clone()],
        _ => vec![small.clone()],
    })
    .await?;

    // Send, and wait for the receipt page.
    env.client
        .find(fantoccini::Locator::Id("send"))
        .await?
        .click()
        .await?;
    let start = Instant::now();
    loop {
        let url = env.client.current_url().await?;
        if url.path().starts_with("/receipts/") {
            break;
        }
        if let Ok(error) = env.text("#send-error").await {
            bail!("sending failed: {error}");
        }
        if start.elapsed() > Duration::from_secs(90) {
            let status = env.text("section.send").await.unwrap_or_default();
            bail!("no receipt after 90 s; the page says: {status}");
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    env.wait("#receipt-reference").await?;
    let reference = env.text("#receipt-reference").await?;
    let page = env.text("main").await?;
    ensure!(
        page.contains("Ihr Antrag ist eingegangen"),
        "the receipt page: {page}"
    );
    ensure!(
        env.js("return !!document.querySelector('svg.qr path')")
            .await?
            == true,
        "no QR code"
    );
    let status_code = env.text("#receipt-status-code").await?;
    ensure!(
        status_code.len() == 21 && status_code.matches('-').count() == 4,
        "the receipt shows no status code: {status_code:?}"
    );
    env.screenshot("submission-receipt-de-360").await?;
    // The same receipt in Arabic, with the German original beneath each text.
    env.open(&format!("/receipts/{reference}?lang=ar")).await?;
    env.wait("#receipt-reference").await?;
    ensure!(
        env.js("return document.documentElement.dir").await? == "rtl"
            && env
                .text("main")
                .await?
                .contains("Ihr Antrag ist eingegangen"),
        "the Arabic receipt lacks its direction or the German original"
    );
    let original = env.text(".deadline .original").await?;
    ensure!(
        original.contains("Dezember"),
        "the German original of the deadline shows another language's date: {original}"
    );
    let axe = std::fs::read_to_string(env_path("AXE_JS")).context("reading axe-core")?;
    let violations = crate::a11y::check(&env, &axe, "receipt ar").await?;
    ensure!(violations.is_empty(), "{violations:#?}");
    env.screenshot("submission-receipt-ar-360").await?;

    // The office: a token, then fetch with the private key.
    let token = pforte(
        &["office", "token", "create", "--name", "e2e", "--data"],
        &[&env.data],
    )?;
    ensure!(
        token.status.success(),
        "token create: {}",
        String::from_utf8_lossy(&token.stderr)
    );
    let token = String::from_utf8(token.stdout)?.trim().to_string();
    let token = token.lines().last().unwrap_or_default().trim().to_string();
    let out = TempDir::new("office-out")?;
    let root = env_path("PFORTE_ROOT");
    let fetch = Command::new(env_path("PFORTE_BIN"))
        .args([
            "office", "fetch", &reference, "--server", &env.base, "--key",
        ])
        .arg(key_dir.join("office-key.pem"))
        .arg("--out")
        .arg(&out.0)
        .arg("--forms")
        .arg(root.join("forms"))
        .env("PFORTE_OFFICE_TOKEN", &token)
        .output()?;
    ensure!(
        fetch.status.success(),
        "office fetch failed:\n{}\n{}",
        String::from_utf8_lossy(&fetch.stdout),
        String::from_utf8_lossy(&fetch.stderr)
    );
    let folder = out.0.join(&reference);
    let data: Value = serde_json::from_str(&std::fs::read_to_string(folder.join("data.json"))?)?;
    ensure!(
        data == example()?,
        "the office got other data than was entered:\n{data:#}"
    );
    let mut received = Vec::new();
    files_under(&folder.join("attachments"), &mut received)?;
    let by_name = |name: &str| -> Result<Vec<u8>> {
        let path = received
            .iter()
            .find(|p| p.file_name().is_some_and(|n| n.to_string_lossy() == name))
            .with_context(|| format!("no attachment {name} in {received:?}"))?;
        Ok(std::fs::read(path)?)
    };
    ensure!(
        by_name("Meldebescheinigung.pdf")? == std::fs::read(&big)?,
        "the large PDF differs"
    );
    ensure!(
        by_name("Nachweis.pdf")? == std::fs::read(&small)?,
        "the small PDF differs"
    );
    let jpeg = by_name("IMG_20261127_0815.jpg")?;
    let (w, h) = jpeg_size(&jpeg).context("the photo is no JPEG")?;
    ensure!(
        w.max(h) <= 2000 && jpeg.len() <= 1_000_000,
        "the photo was not downscaled: {w}×{h}, {} bytes",
        jpeg.len()
    );
    let summary = std::fs::read_to_string(folder.join("summary.txt"))?;
    ensure!(summary.contains(&reference), "summary: {summary}");

    status_in_the_app(&env, &reference, &token).await?;

    // Interop: what the browser encrypted decrypts with an independent implementation (npm
    // jose): the form data, and every chunk of the chunked PDF in order.
    let sid =
        serde_json::from_str::<Value>(&std::fs::read_to_string(folder.join("receipt.json"))?)?
            ["claims"]["submissionId"]
            .as_str()
            .context("no submission id in the receipt")?
            .to_string();
    let stored = env.data.join("blobs/submissions").join(&sid);
    let jose =
        |jwe: &[u8]| -> Result<Vec<u8>> { jose_decrypt(&key_dir.join("office-key.pem"), jwe) };
    let plain: Value = serde_json::from_slice(&jose(&std::fs::read(stored.join("data.jwe"))?)?)?;
    ensure!(plain == data, "npm jose reads other data: {plain}");
    let mut pdf_from_jose = None;
    for entry in std::fs::read_dir(stored.join("attachments"))? {
        let ciphertext = std::fs::read(entry?.path())?;
        if !ciphertext.contains(&b'\n') {
            continue;
        }
        let mut whole = Vec::new();
        for chunk in ciphertext.split(|b| *b == b'\n') {
            whole.extend(jose(chunk)?);
        }
        pdf_from_jose = Some(whole);
    }
    ensure!(
        pdf_from_jose == Some(std::fs::read(&big)?),
        "npm jose does not read the chunked PDF back"
    );

    // Nothing entered is on the server in the clear.
    let mut stored = Vec::new();
    files_under(&env.data, &mut stored)?;
    let needles: Vec<&[u8]> = vec![
        b"Sharma",
        b"rohan.sharma@example.com",
        NOTICE_EMAIL.as_bytes(),
        b"MARKER-REGISTRATION-7731",
        b"MARKER-SMALL-4409",
    ];
    for path in &stored {
        let bytes = std::fs::read(path)?;
        for needle in &needles {
            ensure!(
                !bytes.windows(needle.len()).any(|w| w == *needle),
                "{} holds {:?} in the clear",
                path.display(),
                String::from_utf8_lossy(needle)
            );
        }
    }
    env.close().await
}

/// The office sets statuses with the CLI; the applicant reads them on the status page, whose
/// status code this device fills in from the receipt, in German and in Arabic.
async fn status_in_the_app(env: &Env, reference: &str, token: &str) -> Result<()> {
    let office = |args: &[&str]| -> Result<std::process::Output> {
        Ok(Command::new(env_path("PFORTE_BIN"))
            .arg("office")
            .args(args)
            .args(["--server", &env.base])
            .env("PFORTE_OFFICE_TOKEN", token)
            .output()?)
    };
    for args in [
        vec![
            "status",
            reference,
            "documents-missing",
            "--document",
            "proof-of-income",
        ],
        vec!["fiction", reference, "--valid-until", "2027-03-31"],
        vec![
            "status",
            reference,
            "ready-for-pickup",
            "--pickup",
            "dispenser",
            "--pickup-code",
            "K7-42",
        ],
        vec!["history", reference],
    ] {
        let done = office(&args)?;
        ensure!(
            done.status.success(),
            "pforte office {}: {}",
            args.join(" "),
            String::from_utf8_lossy(&done.stderr)
        );
    }
    let axe = std::fs::read_to_string(env_path("AXE_JS")).context("reading axe-core")?;
    for lang in ["de", "ar"] {
        env.open(&format!("/status?ref={reference}&lang={lang}"))
            .await?;
        env.wait("#status-code").await?;
        // The code comes from the receipt on this device.
        let mut filled = String::new();
        for _ in 0..50 {
            filled = env
                .js("return document.getElementById('status-code').value")
                .await?
                .as_str()
                .unwrap_or_default()
                .to_string();
            if !filled.is_empty() {
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        ensure!(
            filled.len() == 21,
            "the status code was not filled in: {filled:?}"
        );
        env.client
            .find(fantoccini::Locator::Css(
                "form.status-lookup button[type=submit]",
            ))
            .await?
            .click()
            .await?;
        env.wait("#status-now").await?;
        let page = env.text("main").await?;
        ensure!(page.contains("K7-42"), "{lang}: no pickup code: {page}");
        let focused = env.js("return document.activeElement.id").await?;
        ensure!(
            focused == "status-now",
            "{lang}: focus is on {focused}, not the result"
        );
        let history = env
            .js("return document.querySelectorAll('.history li').length")
            .await?;
        ensure!(
            history == 4,
            "{lang}: the history has {history} entries, not 4"
        );
        if lang == "de" {
            for text in [
                "Abholbereit",
                "Es fehlen Unterlagen",
                "Eingegangen",
                "31. März 2027",
            ] {
                ensure!(page.contains(text), "de: {text:?} missing: {page}");
            }
        } else {
            ensure!(
                env.js("return document.documentElement.dir").await? == "rtl"
                    && !page.contains("Abholbereit"),
                "ar: not right-to-left or not translated: {page}"
            );
        }
        let violations = crate::a11y::check(env, &axe, &format!("status {lang}")).await?;
        ensure!(violations.is_empty(), "{violations:#?}");
        env.screenshot(&format!("status-{lang}-360")).await?;
        if lang == "ar" {
            notice_in_the_app(env, &axe).await?;
        }
    }
    Ok(())
}

/// Poll `script` (returning a boolean) for up to 10 s.
async fn until(env: &Env, script: &str) -> Result<bool> {
    for _ in 0..100 {
        if env.js(script).await? == true {
            return Ok(true);
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    Ok(false)
}

/// On the status page, the applicant asks to be told by email: a typo is caught and focused,
/// then the address is sealed in the browser and the page says it is on (the address must
/// not be on the server in the clear: the caller searches for it).
async fn notice_in_the_app(env: &Env, axe: &str) -> Result<()> {
    env.wait("#notice-email").await?;
    env.type_into("#notice-email", "amal.notice").await?;
    env.click("form.notice-form button[type=submit]").await?;
    ensure!(
        until(
            env,
            "return document.activeElement.id === 'notice-email' \
            && !document.getElementById('notice-error').hidden"
        )
        .await?,
        "a mistyped address is not told and focused"
    );
    env.type_into("#notice-email", NOTICE_EMAIL).await?;
    env.click("form.notice-form button[type=submit]").await?;
    ensure!(
        until(
            env,
            "return !document.getElementById('notice-done').hidden \
            && document.activeElement.id === 'notice-done'"
        )
        .await?,
        "asking for the email notice did not succeed: {}",
        env.text("main").await?
    );
    ensure!(
        env.js("return !!document.querySelector('.notice button.secondary')")
            .await?
            == true,
        "no way to stop the emails"
    );
    let violations = crate::a11y::check(env, axe, "status notice ar").await?;
    ensure!(violations.is_empty(), "{violations:#?}");
    env.screenshot("status-notice-ar-360").await?;
    Ok(())
}

/// The address the applicant gives for status notices.
const NOTICE_EMAIL: &str = "amal.notice@example.org";

async fn click_send(env: &Env) -> Result<()> {
    env.client
        .find(fantoccini::Locator::Id("send"))
        .await?
        .click()
        .await?;
    Ok(())
}

/// How much of the upload the page reports as sent (0 to 1), or `None` before it shows one.
async fn sent_fraction(env: &Env) -> Result<Option<f64>> {
    let value = env
        .js(
            "const p = document.querySelector('progress[aria-labelledby=send-overall]');
             return p ? p.value / p.max : null",
        )
        .await?;
    Ok(value.as_f64())
}

async fn wait_for_progress(env: &Env, at_least: f64) -> Result<()> {
    let start = Instant::now();
    loop {
        if sent_fraction(env).await?.is_some_and(|f| f >= at_least) {
            return Ok(());
        }
        if let Ok(error) = env.text("#send-error").await {
            bail!("sending failed: {error}");
        }
        if start.elapsed() > Duration::from_secs(60) {
            bail!("the upload did not reach {at_least} within 60 s");
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

async fn wait_for_receipt(env: &Env) -> Result<String> {
    let start = Instant::now();
    loop {
        if env
            .client
            .current_url()
            .await?
            .path()
            .starts_with("/receipts/")
        {
            env.wait("#receipt-reference").await?;
            return env.text("#receipt-reference").await;
        }
        if let Ok(error) = env.text("#send-error").await {
            bail!("sending failed: {error}");
        }
        if start.elapsed() > Duration::from_secs(120) {
            let status = env.text("section.send").await.unwrap_or_default();
            bail!("no receipt after 120 s; the page says: {status}");
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// A phone on a weak connection: the server is killed and restarted in the middle of an
/// upload, then the connection drops, then the applicant reloads the page and sends again.
/// The upload goes on from where it was each time (the bytes forwarded stay close to the
/// ciphertext's size), one submission is recorded, and the office gets the file intact.
#[tokio::test]
async fn an_upload_survives_a_killed_server_a_dropped_connection_and_a_reload() -> Result<()> {
    let key_dir = env_path("PFORTE_OFFICE_KEY_DIR");
    let mut env = Env::start(360, 740).await?;
    // Uploads at 3 MB/s through the proxy: a 9 MB file takes a few seconds.
    let proxy = crate::harness::proxy::Proxy::start(env.server_port, 3_000_000).await?;
    env.base = format!("http://127.0.0.1:{}", proxy.port);
    let files = TempDir::new("resume-files")?;
    let big = large_pdf(
        &files.0,
        "Einkommen.pdf",
        9 * 1024 * 1024,
        "MARKER-INCOME-5521",
    )?;
    let small = small_pdf(&files.0, "Nachweis.pdf", "MARKER-SMALL-8812")?;
    env.open(&format!("/forms/{FORM}?lang=de")).await?;
    env.wait("h2#step-title").await?;
    fill_by_keyboard(&env, "de", &|slot| match slot {
        "income-proof" => vec![big.clone()],
        _ => vec![small.clone()],
    })
    .await?;
    let before = proxy.upstream.load(std::sync::atomic::Ordering::SeqCst);
    click_send(&env).await?;
    wait_for_progress(&env, 0.2).await?;
    env.stop_server(); // killed: SIGKILL, mid-body
    tokio::time::sleep(Duration::from_millis(1500)).await;
    env.restart_server()?;
    wait_for_progress(&env, 0.5).await?;
    proxy.cut();
    wait_for_progress(&env, 0.7).await?;
    // The applicant reloads: the upload stops; sending again goes on from the server's offset.
    env.open(&format!("/forms/{FORM}/review")).await?;
    env.wait("#send").await?;
    tokio::time::sleep(Duration::from_millis(300)).await;
    click_send(&env).await?;
    let reference = wait_for_receipt(&env).await?;

    let forwarded = proxy.upstream.load(std::sync::atomic::Ordering::SeqCst) - before;
    let ciphertext: u64 = 9 * 1024 * 1024 * 4 / 3;
    ensure!(
        forwarded < ciphertext + ciphertext / 2,
        "{forwarded} bytes went upstream for a {ciphertext}-byte ciphertext: uploads started over"
    );
    // The office talks to the server directly (the proxy runs on this test's thread, which
    // the blocking commands below would stall).
    let direct = format!("http://127.0.0.1:{}", env.server_port);
    // One submission recorded, not two.
    let token = pforte(
        &["office", "token", "create", "--name", "e2e", "--data"],
        &[&env.data],
    )?;
    let token = String::from_utf8(token.stdout)?;
    let token = token.lines().last().unwrap_or_default().trim().to_string();
    let list = Command::new(env_path("PFORTE_BIN"))
        .args(["office", "list", "--server", &direct])
        .env("PFORTE_OFFICE_TOKEN", &token)
        .output()?;
    let listed = String::from_utf8(list.stdout)?;
    ensure!(
        listed.lines().filter(|l| !l.trim().is_empty()).count() == 1 && listed.contains(&reference),
        "the office lists: {listed}"
    );
    let out = TempDir::new("resume-out")?;
    let fetch = Command::new(env_path("PFORTE_BIN"))
        .args(["office", "fetch", &reference, "--server", &direct, "--key"])
        .arg(key_dir.join("office-key.pem"))
        .arg("--out")
        .arg(&out.0)
        .arg("--forms")
        .arg(env_path("PFORTE_ROOT").join("forms"))
        .env("PFORTE_OFFICE_TOKEN", &token)
        .output()?;
    ensure!(
        fetch.status.success(),
        "office fetch failed:\n{}",
        String::from_utf8_lossy(&fetch.stderr)
    );
    let mut received = Vec::new();
    files_under(&out.0.join(&reference).join("attachments"), &mut received)?;
    let income = received
        .iter()
        .find(|p| p.file_name().is_some_and(|n| n == "Einkommen.pdf"))
        .context("no Einkommen.pdf")?;
    ensure!(
        std::fs::read(income)? == std::fs::read(&big)?,
        "the resumed PDF differs"
    );
    env.close().await
}
