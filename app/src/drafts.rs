//! Drafts on the device, encrypted at rest: the applicant's answers survive a reload, a dead
//! battery or a dropped connection, and yet a shared family phone shows them to no other app
//! and no one who copies the browser's files.
//!
//! Design: IndexedDB (`pforte`, stores `keys` and `drafts`) holds, per form, an AES-GCM 256 key
//! made by WebCrypto as **non-extractable** — stored as the `CryptoKey` object itself, which the
//! structured clone keeps non-extractable, so its bytes never reach JavaScript, this wasm or the
//! disk in a form anyone can read out — and the draft sealed with it: `{iv, ciphertext,
//! version, savedAt}`, with a fresh 96-bit IV per save and the form id + version as additional
//! data, so a draft cannot be replayed into another form or read by another version of it.
//!
//! One key per form rather than one per browser: IndexedDB's backends do not overwrite what is
//! deleted (Chromium's LevelDB keeps old records in its log files until a compaction), so
//! "start over" can only make a draft *really* gone by deleting the key along with it —
//! the ciphertext left on the disk is then noise. [`wipe_all`] clears both stores and deletes the
//! database.
//!
//! Every IndexedDB request becomes a future through one helper, [`settle`]: a `Promise` whose
//! `resolve`/`reject` are themselves the request's `onsuccess`/`onerror` handlers, so no Rust
//! closure is allocated or leaked per request. No JS glue (the CSP allows no inline script), no
//! serde derives and no `format!` (the bundle budget).

use std::cell::Cell;
use std::fmt;
use std::future::Future;

use js_sys::{Array, Date, Function, Object, Promise, Reflect, Uint8Array};
use serde_json::Value;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    Crypto, CryptoKey, IdbDatabase, IdbFactory, IdbRequest, IdbTransaction, IdbTransactionMode,
    SubtleCrypto,
};

const DB: &str = "pforte";
/// Bump with a migration in [`open`]'s upgrade handler when the stores change.
/// 2: the `outbox` store (see [`outbox`]).
const DB_VERSION: u32 = 2;
const KEYS: &str = "keys";
const DRAFTS: &str = "drafts";
const OUTBOX: &str = "outbox";
// The stored record's fields: the IV (Uint8Array), the AES-GCM output (ArrayBuffer, tag
// included), the form version that sealed it and the time in ms since the epoch, all that a
// later version needs to tell what it finds. Nothing else, and nothing in the clear but these.
const IV: &str = "iv";
const CIPHERTEXT: &str = "ciphertext";
const VERSION: &str = "version";
const SAVED_AT: &str = "savedAt";
/// 96 bits, the IV length AES-GCM is specified for.
const IV_LEN: usize = 12;
/// Prefix of the additional data: names this use, so the same key could never be tricked into
/// accepting a ciphertext made for another purpose.
const AAD_CONTEXT: &[u8] = b"pforte-draft-v1";

/// Why a draft could not be loaded, saved or wiped. Text for the applicant comes from the
/// Fluent catalogue; [`Display`](fmt::Display) is for logs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DraftError {
    /// No IndexedDB or WebCrypto here (some private modes, an insecure context): the form
    /// still works, nothing is kept.
    Unavailable,
    /// The browser refused to store or delete (storage full, cleared under our feet).
    Failed,
    /// A stored draft that does not decrypt or parse: tampered with, its key gone, or saved by
    /// another version of the form. Wipe it and start empty.
    Unreadable,
}

impl fmt::Display for DraftError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            DraftError::Unavailable => "drafts cannot be kept in this browser",
            DraftError::Failed => "the browser did not store or delete the draft",
            DraftError::Unreadable => "the stored draft cannot be read",
        })
    }
}

impl std::error::Error for DraftError {}

use DraftError::{Failed, Unavailable, Unreadable};

thread_local! {
    /// Bumped by every save and wipe. A save stores its ciphertext only if no newer save or
    /// wipe started while it was encrypting, so a slow save can neither overwrite a newer draft
    /// nor bring back one that "start over" has just wiped.
    static GENERATION: Cell<u32> = const { Cell::new(0) };
}

fn next_generation() -> u32 {
    GENERATION.with(|g| {
        g.set(g.get().wrapping_add(1));
        g.get()
    })
}

fn is_current(generation: u32) -> bool {
    GENERATION.with(|g| g.get() == generation)
}

/// The AES-GCM additional data for a draft of `form_id` at `version`: a context label, then
/// each part as a 4-byte big-endian length and its UTF-8 bytes. Length prefixes keep the
/// encoding unambiguous (`("a-b", "1")` and `("a", "b-1")` differ) without forbidding any
/// character in ids or versions.
pub fn additional_data(form_id: &str, version: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(AAD_CONTEXT.len() + 8 + form_id.len() + version.len());
    out.extend_from_slice(AAD_CONTEXT);
    for part in [form_id, version] {
        out.extend_from_slice(&(part.len() as u32).to_be_bytes());
        out.extend_from_slice(part.as_bytes());
    }
    out
}

/// The stored draft of `form_id`, if any, decrypted and parsed. `version` is the form's
/// current version: a draft saved by another version fails authentication and is
/// [`Unreadable`](DraftError::Unreadable), as is a tampered one or one whose key is gone.
pub async fn load(form_id: &str, version: &str) -> Result<Option<Value>, DraftError> {
    let (_, subtle) = crypto()?;
    let db = open().await?;
    let tx = transaction(&db.0, IdbTransactionMode::Readonly)?;
    let id = JsValue::from_str(form_id);
    // Both requests are wired before either is awaited (see `request`).
    let key = request(tx.object_store(KEYS).and_then(|s| s.get(&id)));
    let record = request(tx.object_store(DRAFTS).and_then(|s| s.get(&id)));
    let (key, record) = (key.await?, record.await?);
    if record.is_undefined() {
        return Ok(None);
    }
    // From here on, whatever goes wrong is the stored draft's fault. No shape checks are
    // needed: a missing key, IV or ciphertext makes `decrypt` throw or reject.
    let field =
        |name: &str| Reflect::get(&record, &JsValue::from_str(name)).map_err(|_| Unreadable);
    let params = gcm(&field(IV)?, &additional_data(form_id, version));
    let sealed: Object = field(CIPHERTEXT)?.unchecked_into();
    let plain = subtle
        .decrypt_with_object_and_buffer_source(&params, key.unchecked_ref(), &sealed)
        .map_err(|_| Unreadable)?;
    let plain = JsFuture::from(plain).await.map_err(|_| Unreadable)?;
    // `from_str`, not `from_slice`: the app parses every other JSON from a `&str` already, and
    // a second reader type would add a second copy of the whole parser to the bundle.
    let text = String::from_utf8(Uint8Array::new(&plain).to_vec()).map_err(|_| Unreadable)?;
    serde_json::from_str(&text)
        .map(Some)
        .map_err(|_| Unreadable)
}

/// Encrypt `data` and store it as the draft of `form_id` at `version`, replacing the last one.
pub async fn save(form_id: &str, version: &str, data: &Value) -> Result<(), DraftError> {
    let generation = next_generation();
    let (crypto, subtle) = crypto()?;
    let db = open().await?;
    let key = key(&db.0, &subtle, form_id).await?;
    let mut iv = [0u8; IV_LEN];
    crypto
        .get_random_values_with_u8_array(&mut iv)
        .map_err(|_| Unavailable)?;
    let iv = JsValue::from(Uint8Array::from(&iv[..]));
    // `Display` writes compact JSON, as `to_vec` would, but reuses the serializer the app
    // already ships for showing values (`to_vec` would add a second copy of it).
    let plain = data.to_string().into_bytes();
    let params = gcm(&iv, &additional_data(form_id, version));
    // WebCrypto copies `plain` out of the wasm memory before this call returns.
    let sealed = subtle
        .encrypt_with_object_and_u8_array(&params, &key, &plain)
        .map_err(|_| Failed)?;
    let sealed = JsFuture::from(sealed).await.map_err(|_| Failed)?;
    if !is_current(generation) {
        return Ok(()); // a newer save or a wipe started meanwhile: it wins
    }
    let record = object(&[
        (IV, &iv),
        (CIPHERTEXT, &sealed),
        (VERSION, &JsValue::from_str(version)),
        (SAVED_AT, &JsValue::from_f64(Date::now())),
    ]);
    let tx = transaction(&db.0, IdbTransactionMode::Readwrite)?;
    let done = committed(&tx);
    tx.object_store(DRAFTS)
        .and_then(|s| s.put_with_key(&record, &JsValue::from_str(form_id)))
        .map_err(|_| Failed)?;
    done.await
}

/// "Start over": delete the draft of `form_id`, its key and its outbox records (picked files,
/// a submission in progress), in one transaction. Saves still encrypting when this is called
/// are dropped.
pub async fn wipe(form_id: &str) -> Result<(), DraftError> {
    next_generation();
    let db = open().await?;
    let tx = transaction(&db.0, IdbTransactionMode::Readwrite)?;
    let done = committed(&tx);
    let id = JsValue::from_str(form_id);
    for store in [DRAFTS, KEYS] {
        tx.object_store(store)
            .and_then(|s| s.delete(&id))
            .map_err(|_| Failed)?;
    }
    let outbox = tx.object_store(OUTBOX).map_err(|_| Failed)?;
    let records = request(outbox.get_all()).await?;
    let keys = request(outbox.get_all_keys()).await?;
    let (records, keys): (Array, Array) = (records.unchecked_into(), keys.unchecked_into());
    for (record, key) in records.iter().zip(keys.iter()) {
        if outbox::form_of(&record).as_deref() == Some(form_id) {
            outbox.delete(&key).map_err(|_| Failed)?;
        }
    }
    done.await
}

/// The `outbox` store: what is on its way to the office, keyed by a string with a prefix:
/// `file:<attachment id>` for a picked file (its record holds the ciphertext `Blob`, which is
/// encrypted to the office key, so nothing here is readable on the device), `send:<form id>`
/// for a submission in progress (its id and, once made, the exact submit body, so a retry
/// sends the same bytes and gets the same receipt) and `receipt:<reference>` for a receipt.
/// Every record but receipts has a `form` field, by which [`wipe`] finds them.
pub mod outbox {
    use super::*;

    /// The `form` field of a record.
    pub fn form_of(record: &JsValue) -> Option<String> {
        Reflect::get(record, &JsValue::from_str("form"))
            .ok()?
            .as_string()
    }

    /// Store `record` under `key`.
    pub async fn put(key: &str, record: &JsValue) -> Result<(), DraftError> {
        let db = open().await?;
        let tx =
            db.0.transaction_with_str_and_mode(OUTBOX, IdbTransactionMode::Readwrite)
                .map_err(|_| Failed)?;
        let done = committed(&tx);
        tx.object_store(OUTBOX)
            .and_then(|s| s.put_with_key(record, &JsValue::from_str(key)))
            .map_err(|_| Failed)?;
        done.await
    }

    /// The record under `key` (`undefined` if none).
    pub async fn get(key: &str) -> Result<JsValue, DraftError> {
        let db = open().await?;
        let tx = db.0.transaction_with_str(OUTBOX).map_err(|_| Failed)?;
        request(
            tx.object_store(OUTBOX)
                .and_then(|s| s.get(&JsValue::from_str(key))),
        )
        .await
    }

    /// Every record whose key starts with `prefix` and whose `form` is `form_id`, in key order.
    pub async fn list(prefix: &str, form_id: &str) -> Result<Vec<JsValue>, DraftError> {
        let db = open().await?;
        let tx = db.0.transaction_with_str(OUTBOX).map_err(|_| Failed)?;
        let store = tx.object_store(OUTBOX).map_err(|_| Failed)?;
        let records = request(store.get_all());
        let keys = request(store.get_all_keys());
        let (records, keys): (Array, Array) = (
            records.await?.unchecked_into(),
            keys.await?.unchecked_into(),
        );
        Ok(records
            .iter()
            .zip(keys.iter())
            .filter(|(record, key)| {
                key.as_string().is_some_and(|k| k.starts_with(prefix))
                    && form_of(record).as_deref() == Some(form_id)
            })
            .map(|(record, _)| record)
            .collect())
    }

    /// Delete the records under `keys`, in one transaction.
    pub async fn delete(keys: &[String]) -> Result<(), DraftError> {
        let db = open().await?;
        let tx =
            db.0.transaction_with_str_and_mode(OUTBOX, IdbTransactionMode::Readwrite)
                .map_err(|_| Failed)?;
        let done = committed(&tx);
        let store = tx.object_store(OUTBOX).map_err(|_| Failed)?;
        for key in keys {
            store.delete(&JsValue::from_str(key)).map_err(|_| Failed)?;
        }
        done.await
    }
}

/// Every trace (the kiosk's reset): clear both stores in one transaction, then delete the
/// database itself. The deletion is not awaited — another tab holding the database open would
/// block it until that tab closes — but by then both stores are already empty.
pub async fn wipe_all() -> Result<(), DraftError> {
    next_generation();
    {
        let db = open().await?;
        let tx = transaction(&db.0, IdbTransactionMode::Readwrite)?;
        let done = committed(&tx);
        for store in [DRAFTS, KEYS, OUTBOX] {
            tx.object_store(store)
                .and_then(|s| s.clear())
                .map_err(|_| Failed)?;
        }
        done.await?;
    } // our connection closes here, so it does not block the deletion
    let _ = factory()?.delete_database(DB);
    Ok(())
}

/// A promise whose `resolve` and `reject` `wire` installs as event handlers, as a future. The
/// handlers are installed now, synchronously, so no event can fire unobserved however late the
/// future is awaited.
fn settle(wire: impl FnOnce(&Function, &Function)) -> JsFuture {
    let mut wire = Some(wire);
    JsFuture::from(Promise::new(&mut |resolve, reject| {
        if let Some(wire) = wire.take() {
            wire(&resolve, &reject);
        }
    }))
}

/// An IndexedDB request (or the error of creating it) as a future of its result.
fn request(req: Result<IdbRequest, JsValue>) -> impl Future<Output = Result<JsValue, DraftError>> {
    let wired = req.map(|req| {
        let done = settle(|ok, err| {
            req.set_onsuccess(Some(ok));
            req.set_onerror(Some(err));
        });
        (req, done)
    });
    async move {
        let (req, done) = wired.map_err(|_| Failed)?;
        done.await.map_err(|_| Failed)?;
        req.result().map_err(|_| Failed)
    }
}

/// Resolves when `tx` has committed; an error in any of its requests aborts it and fails this.
/// Writes are awaited this way, not by their request: only a commit is on the disk.
fn committed(tx: &IdbTransaction) -> impl Future<Output = Result<(), DraftError>> {
    let done = settle(|ok, err| {
        tx.set_oncomplete(Some(ok));
        tx.set_onerror(Some(err));
        tx.set_onabort(Some(err));
    });
    async move { done.await.map(drop).map_err(|_| Failed) }
}

/// An open connection, closed when dropped (after its transactions finish), so none lingers
/// to block [`wipe_all`]'s deletion or a later version's upgrade.
struct Db(IdbDatabase);

impl Drop for Db {
    fn drop(&mut self) {
        self.0.close();
    }
}

fn factory() -> Result<IdbFactory, DraftError> {
    web_sys::window()
        .and_then(|w| w.indexed_db().ok().flatten())
        .ok_or(Unavailable)
}

async fn open() -> Result<Db, DraftError> {
    let req = factory()?
        .open_with_u32(DB, DB_VERSION)
        .map_err(|_| Unavailable)?;
    // Runs only when the database is new (or older than DB_VERSION): create the stores. Keys
    // are out-of-line (the form id), so a record holds nothing but its four fields.
    let upgrade = Closure::<dyn FnMut()>::new({
        let req = req.clone();
        move || {
            if let Ok(db) = req.result() {
                let db: IdbDatabase = db.unchecked_into();
                let have = db.object_store_names();
                for store in [KEYS, DRAFTS, OUTBOX] {
                    if !have.contains(store) {
                        let _ = db.create_object_store(store);
                    }
                }
            }
        }
    });
    req.set_onupgradeneeded(Some(upgrade.as_ref().unchecked_ref()));
    let db = request(Ok(req.clone().into())).await;
    req.set_onupgradeneeded(None);
    drop(upgrade);
    Ok(Db(db.map_err(|_| Unavailable)?.unchecked_into()))
}

/// A transaction over all three stores.
fn transaction(db: &IdbDatabase, mode: IdbTransactionMode) -> Result<IdbTransaction, DraftError> {
    let stores = Array::of3(
        &JsValue::from_str(KEYS),
        &JsValue::from_str(DRAFTS),
        &JsValue::from_str(OUTBOX),
    );
    db.transaction_with_str_sequence_and_mode(&stores, mode)
        .map_err(|_| Failed)
}

fn crypto() -> Result<(Crypto, SubtleCrypto), DraftError> {
    let crypto = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .ok_or(Unavailable)?;
    let subtle = crypto.subtle();
    // `crypto.subtle` exists only in secure contexts (https, localhost).
    if subtle.is_undefined() {
        return Err(Unavailable);
    }
    Ok((crypto, subtle))
}

/// The stored key of `form_id`, or a new one stored now.
async fn key(
    db: &IdbDatabase,
    subtle: &SubtleCrypto,
    form_id: &str,
) -> Result<CryptoKey, DraftError> {
    let id = JsValue::from_str(form_id);
    let stored = stored_key(db, &id).await?;
    if let Some(key) = stored {
        return Ok(key);
    }
    let algorithm = object(&[
        ("name", &JsValue::from_str("AES-GCM")),
        ("length", &JsValue::from_f64(256.0)),
    ]);
    let usages = Array::of2(&JsValue::from_str("encrypt"), &JsValue::from_str("decrypt"));
    let fresh = subtle
        .generate_key_with_object(&algorithm, false, &usages)
        .map_err(|_| Unavailable)?;
    let fresh: CryptoKey = JsFuture::from(fresh)
        .await
        .map_err(|_| Unavailable)?
        .unchecked_into();
    // `add`, not `put`: if another tab or a concurrent save stored a key meanwhile, that one
    // may already seal a draft, so it stays and is used instead.
    let tx = transaction(db, IdbTransactionMode::Readwrite)?;
    let done = committed(&tx);
    tx.object_store(KEYS)
        .and_then(|s| s.add_with_key(&fresh, &id))
        .map_err(|_| Failed)?;
    if done.await.is_ok() {
        return Ok(fresh);
    }
    stored_key(db, &id).await?.ok_or(Failed)
}

async fn stored_key(db: &IdbDatabase, id: &JsValue) -> Result<Option<CryptoKey>, DraftError> {
    let tx = transaction(db, IdbTransactionMode::Readonly)?;
    let key = request(tx.object_store(KEYS).and_then(|s| s.get(id))).await?;
    Ok((!key.is_undefined()).then(|| key.unchecked_into()))
}

/// `{name: "AES-GCM", iv, additionalData}`.
fn gcm(iv: &JsValue, additional_data: &[u8]) -> Object {
    object(&[
        ("name", &JsValue::from_str("AES-GCM")),
        ("iv", iv),
        ("additionalData", &Uint8Array::from(additional_data).into()),
    ])
}

/// A plain object with `fields` (setting a property on a fresh object cannot fail).
pub(crate) fn object(fields: &[(&str, &JsValue)]) -> Object {
    let out = Object::new();
    for (name, value) in fields {
        let _ = Reflect::set(&out, &JsValue::from_str(name), value);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(form_id: &str, version: &str, expected: &[u8]) {
        assert_eq!(additional_data(form_id, version), expected);
    }

    #[test]
    fn additional_data_is_the_context_then_length_prefixed_parts() {
        check("f", "1", b"pforte-draft-v1\0\0\0\x01f\0\0\0\x011");
        check("", "", b"pforte-draft-v1\0\0\0\0\0\0\0\0");
        check(
            "ä",
            "2.0",
            b"pforte-draft-v1\0\0\0\x02\xc3\xa4\0\0\0\x032.0",
        );
    }

    #[test]
    fn additional_data_tells_every_split_apart() {
        assert_ne!(additional_data("a-b", "1"), additional_data("a", "b-1"));
        assert_ne!(additional_data("ab", ""), additional_data("a", "b"));
        assert_ne!(additional_data("f", "1.0.0"), additional_data("f", "1.0.1"));
        assert_ne!(additional_data("f", "1"), additional_data("g", "1"));
    }

    #[test]
    fn errors_read_as_short_sentences_without_a_period() {
        for e in [Unavailable, Failed, Unreadable] {
            let text = e.to_string();
            assert!(!text.is_empty() && !text.ends_with('.'), "{text:?}");
        }
    }
}
