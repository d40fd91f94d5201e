//! Drafts on the device: the answers survive a reload, IndexedDB holds only ciphertext under a
//! key that cannot be exported, "start over" leaves nothing readable behind, and a tampered
//! draft is dropped without breaking the form.
//!
//! The tests read IndexedDB from inside the page (`execute_async`), as another script on a
//! shared phone could, and check the stored records against the on-disk contract of
//! app/src/drafts.rs: `drafts[formId] = {iv, ciphertext, version, savedAt}`, AES-GCM under
//! the non-extractable `keys[formId]`, with the additional data built as `additional_data`
//! there builds it. Decrypting in the test proves the ciphertext is what it claims to be.

use std::time::{Duration, Instant};

use anyhow::{bail, ensure, Context, Result};
use fantoccini::elements::Element;
use fantoccini::Locator;
use serde_json::Value;

use crate::harness::Env;

const FORM: &str = "residence-permit-extension";
const FAMILY_NAME: &str = "#f-person-familyName";
/// A name that occurs nowhere else in the app, so finding it means finding the draft.
const NAME: &str = "Quastenflosser";

/// Everything the `drafts` and `keys` stores hold, as the page sees it: per draft its fields,
/// IV and ciphertext, every byte as Latin-1 text (plaintext would show through), and the
/// plaintext when the stored key decrypts it with this form's additional data; per key its
/// properties and whether `exportKey` rejected. Given an earlier draft (`stash`), also whether
/// the key stored now still opens it.
const INSPECT: &str = r#"
const [stash, done] = arguments;
(async () => {
  const empty = { drafts: [], keys: [], stashOpens: false };
  if (!(await indexedDB.databases()).some((d) => d.name === 'pforte')) return empty;
  // Opened without a version only once the app has created it: an open of a missing
  // database would create it empty, at version 1, without the app's stores.
  const db = await new Promise((ok, err) => {
    const r = indexedDB.open('pforte');
    r.onsuccess = () => ok(r.result);
    r.onerror = () => err(r.error);
  });
  if (!db.objectStoreNames.contains('drafts') || !db.objectStoreNames.contains('keys')) {
    db.close();
    return empty;
  }
  const tx = db.transaction(['drafts', 'keys']);
  const all = (store, what) => new Promise((ok, err) => {
    const r = tx.objectStore(store)[what]();
    r.onsuccess = () => ok(r.result);
    r.onerror = () => err(r.error);
  });
  const [draftIds, drafts, keyIds, keys] = await Promise.all([
    all('drafts', 'getAllKeys'), all('drafts', 'getAll'), all('keys', 'getAllKeys'), all('keys', 'getAll'),
  ]);
  db.close();
  const bytes = (x) => x instanceof ArrayBuffer ? new Uint8Array(x)
    : ArrayBuffer.isView(x) ? new Uint8Array(x.buffer, x.byteOffset, x.byteLength) : null;
  const latin1 = (x) => { const b = bytes(x); return b ? String.fromCharCode(...b) : JSON.stringify(x); };
  const aad = (id, version) => {
    const enc = new TextEncoder();
    const out = [...enc.encode('pforte-draft-v1')];
    for (const part of [id, version]) {
      const b = enc.encode(part);
      out.push(b.length >>> 24, (b.length >>> 16) & 255, (b.length >>> 8) & 255, b.length & 255, ...b);
    }
    return new Uint8Array(out);
  };
  const open = async (key, record, id) => {
    try {
      const plain = await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: record.iv, additionalData: aad(id, record.version) }, key, record.ciphertext);
      return new TextDecoder().decode(plain);
    } catch (e) { return null; }
  };
  const out = { drafts: [], keys: [], stashOpens: false };
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    let exportRejected = false;
    try { await crypto.subtle.exportKey('raw', k); } catch (e) { exportRejected = true; }
    out.keys.push({
      id: keyIds[i], isCryptoKey: k instanceof CryptoKey, extractable: k.extractable,
      algorithm: k.algorithm && k.algorithm.name, length: k.algorithm && k.algorithm.length,
      usages: [...(k.usages || [])].sort(), exportRejected,
    });
  }
  for (let i = 0; i < drafts.length; i++) {
    const id = draftIds[i], r = drafts[i], key = keys[keyIds.indexOf(id)];
    out.drafts.push({
      id,
      fields: Object.keys(r).sort(),
      iv: bytes(r.iv) && [...bytes(r.iv)],
      ciphertext: bytes(r.ciphertext) && [...bytes(r.ciphertext)],
      version: r.version,
      savedAt: r.savedAt,
      raw: Object.keys(r).map((f) => latin1(r[f])).join('\n'),
      plaintext: key ? await open(key, r, id) : null,
      // The same record read as a draft of another form must fail: the form id is bound.
      otherFormOpens: key ? (await open(key, r, id + '-other')) !== null : false,
    });
  }
  const key = keys[keyIds.indexOf(stash && stash.id)];
  if (stash && key) {
    const old = { iv: new Uint8Array(stash.iv), ciphertext: new Uint8Array(stash.ciphertext), version: stash.version };
    out.stashOpens = (await open(key, old, stash.id)) !== null;
  }
  return out;
})().then(done, (e) => done({ error: String(e) }));
"#;

/// Flip one bit of the stored ciphertext of this form's draft.
const TAMPER: &str = r#"
const [id, done] = arguments;
const r = indexedDB.open('pforte');
r.onerror = () => done(String(r.error));
r.onsuccess = () => {
  const db = r.result;
  const store = db.transaction('drafts', 'readwrite').objectStore('drafts');
  const get = store.get(id);
  get.onsuccess = () => {
    const record = get.result;
    const ct = new Uint8Array(record.ciphertext.slice(0));
    ct[0] ^= 1;
    record.ciphertext = ct.buffer;
    const put = store.put(record, id);
    put.onsuccess = () => { db.close(); done('ok'); };
    put.onerror = () => { db.close(); done(String(put.error)); };
  };
  get.onerror = () => { db.close(); done(String(get.error)); };
};
"#;

async fn inspect(env: &Env) -> Result<Value> {
    inspect_with(env, Value::Null).await
}

/// [`inspect`], and whether the key stored now opens `stash`, an earlier draft.
async fn inspect_with(env: &Env, stash: Value) -> Result<Value> {
    let v = env.client.execute_async(INSPECT, vec![stash]).await?;
    if let Some(e) = v.get("error") {
        bail!("reading IndexedDB failed: {e}");
    }
    Ok(v)
}

/// The stored draft of the form, if any.
async fn draft(env: &Env) -> Result<Option<Value>> {
    let all = inspect(env).await?;
    Ok(all["drafts"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|d| d["id"] == FORM)
        .cloned())
}

/// Poll `f` until it holds, for at most 15 s.
async fn eventually<F, Fut>(what: &str, mut f: F) -> Result<()>
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Result<bool>>,
{
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(15) {
        if f().await? {
            return Ok(());
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    bail!("{what}: not within 15 s")
}

/// Until the saved draft of the form decrypts to data holding `NAME` (or, with `false`, until
/// no stored draft of it does).
async fn draft_holds_name(env: &Env, holds: bool) -> Result<()> {
    let what = if holds {
        "the draft is saved"
    } else {
        "the draft is wiped"
    };
    eventually(what, || async {
        let d = draft(env).await?;
        let found = d
            .as_ref()
            .and_then(|d| d["plaintext"].as_str())
            .is_some_and(|p| p.contains(NAME));
        Ok(found == holds)
    })
    .await
}

/// Open the form (or reload it) and go on to the person step; returns the family name input.
async fn person_step(env: &Env) -> Result<Element> {
    env.wait("h2#step-title").await?;
    for _ in 0..4 {
        let shown = env
            .js(&format!(
                "const e = document.querySelector('{FAMILY_NAME}'); return !!e && e.offsetParent !== null"
            ))
            .await?;
        if shown == Value::Bool(true) {
            return Ok(env.client.find(Locator::Css(FAMILY_NAME)).await?);
        }
        env.client
            .find(Locator::Css("form.step button[type=submit]"))
            .await?
            .click()
            .await?;
        env.wait("h2#step-title").await?;
    }
    bail!("no family name field within four steps")
}

async fn value(field: &Element) -> Result<String> {
    Ok(field.prop("value").await?.unwrap_or_default())
}

/// Fill in the family name and wait until the autosave has stored it.
async fn fill_and_save(env: &Env) -> Result<Element> {
    env.open(&format!("/forms/{FORM}?lang=de")).await?;
    let field = person_step(env).await?;
    field.send_keys(NAME).await?;
    draft_holds_name(env, true).await?;
    Ok(field)
}

/// The field shows no value once the page is ready, and still none a moment later (the draft
/// is loaded asynchronously: an empty field right after the reload proves nothing alone).
async fn stays_empty(env: &Env) -> Result<()> {
    let field = person_step(env).await?;
    for _ in 0..8 {
        let v = value(&field).await?;
        ensure!(v.is_empty(), "the family name field shows {v:?}");
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    Ok(())
}

#[tokio::test]
async fn a_draft_survives_a_reload() -> Result<()> {
    let env = Env::start(360, 740).await?;
    fill_and_save(&env).await?;
    env.client.refresh().await?;
    let field = person_step(&env).await?;
    eventually("the family name is back after the reload", || async {
        Ok(value(&field).await? == NAME)
    })
    .await?;
    env.screenshot("drafts-de-360-restored").await?;
    env.close().await
}

#[tokio::test]
async fn the_stored_draft_is_ciphertext_under_a_key_that_cannot_be_exported() -> Result<()> {
    let env = Env::start(360, 740).await?;
    fill_and_save(&env).await?;
    let all = inspect(&env).await?;
    let drafts = all["drafts"].as_array().context("no drafts list")?;
    ensure!(drafts.len() == 1, "want one draft, found {drafts:?}");
    let d = &drafts[0];
    ensure!(
        d["fields"] == serde_json::json!(["ciphertext", "iv", "savedAt", "version"]),
        "the record has fields {}",
        d["fields"]
    );
    let length = |field: &str| d[field].as_array().map_or(0, Vec::len);
    ensure!(
        length("iv") == 12,
        "a {}-byte IV, want 96 bits",
        length("iv")
    );
    ensure!(
        length("ciphertext") > NAME.len() + 16,
        "ciphertext of {} bytes cannot hold the data and the tag",
        length("ciphertext")
    );
    ensure!(d["version"].is_string() && d["savedAt"].is_number(), "{d}");
    let raw = d["raw"].as_str().unwrap_or_default();
    ensure!(
        !raw.contains(NAME),
        "the family name is stored in plain text"
    );
    ensure!(
        d["plaintext"].as_str().is_some_and(|p| p.contains(NAME)),
        "the stored key and the form's additional data do not open the draft"
    );
    ensure!(
        d["otherFormOpens"] == false,
        "the draft opens as a draft of another form: the form id is not bound"
    );

    let keys = all["keys"].as_array().context("no keys list")?;
    ensure!(keys.len() == 1, "want one key, found {keys:?}");
    let k = &keys[0];
    ensure!(k["id"] == FORM, "the key is stored under {}", k["id"]);
    ensure!(k["isCryptoKey"] == true, "the key is not a CryptoKey: {k}");
    ensure!(k["extractable"] == false, "the key is extractable: {k}");
    ensure!(
        k["algorithm"] == "AES-GCM" && k["length"] == 256,
        "the key is not AES-GCM 256: {k}"
    );
    ensure!(
        k["usages"] == serde_json::json!(["decrypt", "encrypt"]),
        "key usages {}",
        k["usages"]
    );
    ensure!(
        k["exportRejected"] == true,
        "crypto.subtle.exportKey gave the key's bytes away"
    );
    env.close().await
}

#[tokio::test]
async fn start_over_leaves_no_readable_draft() -> Result<()> {
    let env = Env::start(360, 740).await?;
    fill_and_save(&env).await?;
    // Keep the draft's bytes, as a copy of the browser's files would keep them.
    let before = draft(&env).await?.context("no draft after saving")?;
    env.wait("[data-action=start-over]").await?.click().await?;
    // Should "start over" ask through the browser's own confirm(), say yes.
    let _ = env.client.accept_alert().await;
    // The form may autosave its emptied data at once: what counts is that nothing stored
    // decrypts to the name any more (a wipe deletes draft and key together).
    draft_holds_name(&env, false).await?;
    let d = draft(&env).await?;
    ensure!(
        d.as_ref()
            .is_none_or(|d| !d["raw"].as_str().unwrap_or_default().contains(NAME)),
        "the name is still stored: {d:?}"
    );
    // Overwriting the draft is not enough: the old ciphertext may linger on the disk, so its
    // key must be gone too (a new draft gets a new key).
    let after = inspect_with(&env, before).await?;
    ensure!(
        after["stashOpens"] == false,
        "the key stored now still opens the draft from before \"start over\""
    );
    env.client.refresh().await?;
    stays_empty(&env).await?;
    env.close().await
}

#[tokio::test]
async fn a_tampered_draft_is_dropped_and_the_form_starts_empty() -> Result<()> {
    let env = Env::start(360, 740).await?;
    fill_and_save(&env).await?;
    let result = env
        .client
        .execute_async(TAMPER, vec![Value::from(FORM)])
        .await?;
    ensure!(result == "ok", "tampering failed: {result}");
    env.client.refresh().await?;
    // The form still works, with no answers, and the unreadable draft is gone (wiped, or
    // replaced by a new save), so the next start does not trip over it again.
    stays_empty(&env).await?;
    eventually("the tampered draft is wiped", || async {
        Ok(draft(&env)
            .await?
            .is_none_or(|d| d["plaintext"].is_string()))
    })
    .await?;
    env.close().await
}
