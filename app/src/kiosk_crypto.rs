//! The kiosk's cryptography beyond sealing (which is [`crate::seal`]): the staff inbox opens
//! a concern with the team's private key, and notes to a visitor are sealed and opened with
//! a key derived from their ticket code (docs/KIOSK.md). WebCrypto only; every key is
//! non-extractable and lives as long as the page.
//!
//! - [`import_team_key`]: a PKCS #8 PEM file (`pforte office keygen --team`) becomes an
//!   RSA-OAEP-256 key that can only unwrap content keys.
//! - [`open_concern`]: a compact JWE of the submission profile (RSA-OAEP-256, A256GCM).
//! - [`note_key`], [`seal_note`], [`open_note`]: `dir` + A256GCM under HKDF-SHA256 of the
//!   ticket code with the salt `pforte-ticket-note-v1`, the same as the server's
//!   `ticket_note.rs` (whose tests pin the derivation).

use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use base64::Engine;
use js_sys::{Array, Uint8Array};
use wasm_bindgen::JsCast;
use web_sys::CryptoKey;

use crate::drafts::object;
use crate::seal::{done, jwe_aes_gcm, push_compact, random_iv, subtle, take_sealed, SealError};

/// HKDF's salt for the note key (as in the server's `ticket_note::NOTE_SALT`).
const NOTE_SALT: &[u8] = b"pforte-ticket-note-v1";
/// The protected header of every note: `{"alg":"dir","enc":"A256GCM"}`.
const NOTE_HEADER: &str = r#"{"alg":"dir","enc":"A256GCM"}"#;

/// Why a key could not be imported or a JWE not opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenError {
    /// Not an unencrypted PKCS #8 private key in PEM.
    NotAKey,
    /// The JWE is not of the expected shape or profile.
    NotJwe,
    /// The key does not open it (another team's key, another ticket code, or altered).
    WrongKey,
}

/// The DER of an unencrypted PKCS #8 PEM (`-----BEGIN PRIVATE KEY-----`).
fn pkcs8_der(pem: &str) -> Result<Vec<u8>, OpenError> {
    let body = pem
        .split("-----BEGIN PRIVATE KEY-----")
        .nth(1)
        .and_then(|rest| rest.split("-----END PRIVATE KEY-----").next())
        .ok_or(OpenError::NotAKey)?;
    let text: String = body.chars().filter(|c| !c.is_whitespace()).collect();
    STANDARD.decode(text).map_err(|_| OpenError::NotAKey)
}

/// The team's private key from its PEM file, for unwrapping only, not extractable.
pub async fn import_team_key(pem: &str) -> Result<CryptoKey, OpenError> {
    let der = pkcs8_der(pem)?;
    let algorithm = object(&[("name", &"RSA-OAEP".into()), ("hash", &"SHA-256".into())]);
    let usages = Array::of1(&"unwrapKey".into());
    let subtle = subtle().map_err(|_| OpenError::NotAKey)?;
    done(subtle.import_key_with_object(
        "pkcs8",
        &Uint8Array::from(der.as_slice()),
        &algorithm,
        false,
        &usages,
    ))
    .await
    .map(JsCast::unchecked_into)
    .map_err(|_| OpenError::NotAKey)
}

/// The five parts of a compact JWE: header (base64url, as it is the AAD), and the decoded
/// encrypted key, IV, ciphertext and tag.
struct Compact<'a> {
    header: &'a str,
    encrypted_key: Vec<u8>,
    iv: Vec<u8>,
    sealed: Vec<u8>,
}

fn parse<'a>(compact: &'a str, alg: &str) -> Result<Compact<'a>, OpenError> {
    let parts: Vec<&str> = compact.trim().split('.').collect();
    let [header, key, iv, ciphertext, tag] = parts[..] else {
        return Err(OpenError::NotJwe);
    };
    let decode = |part: &str| URL_SAFE_NO_PAD.decode(part).map_err(|_| OpenError::NotJwe);
    let fields: serde_json::Value =
        serde_json::from_slice(&decode(header)?).map_err(|_| OpenError::NotJwe)?;
    if fields.get("alg").and_then(|v| v.as_str()) != Some(alg)
        || fields.get("enc").and_then(|v| v.as_str()) != Some("A256GCM")
        || fields.get("zip").is_some()
    {
        return Err(OpenError::NotJwe);
    }
    let mut sealed = decode(ciphertext)?;
    sealed.extend(decode(tag)?);
    Ok(Compact {
        header,
        encrypted_key: decode(key)?,
        iv: decode(iv)?,
        sealed,
    })
}

async fn aes_open(key: &CryptoKey, jwe: &Compact<'_>) -> Result<Vec<u8>, OpenError> {
    let params = jwe_aes_gcm(&jwe.iv, jwe.header);
    let subtle = subtle().map_err(|_| OpenError::WrongKey)?;
    let plain = done(subtle.decrypt_with_object_and_u8_array(&params, key, &jwe.sealed))
        .await
        .map_err(|_| OpenError::WrongKey)?;
    Ok(Uint8Array::new(&plain).to_vec())
}

/// The plaintext of a concern's JWE, opened with the team's key.
pub async fn open_concern(team_key: &CryptoKey, compact: &str) -> Result<Vec<u8>, OpenError> {
    let jwe = parse(compact, pforte_engine::submission::JWE_ALG)?;
    let subtle = subtle().map_err(|_| OpenError::WrongKey)?;
    let oaep = object(&[("name", &"RSA-OAEP".into())]);
    let aes = object(&[("name", &"AES-GCM".into())]);
    let usages = Array::of1(&"decrypt".into());
    let cek: CryptoKey = done(subtle.unwrap_key_with_u8_array_and_object_and_object(
        "raw",
        &jwe.encrypted_key,
        team_key,
        &oaep,
        &aes,
        false,
        &usages,
    ))
    .await
    .map_err(|_| OpenError::WrongKey)?
    .unchecked_into();
    aes_open(&cek, &jwe).await
}

/// The AES-256-GCM key of a ticket code's notes (`code` canonical).
pub async fn note_key(code: &str) -> Result<CryptoKey, SealError> {
    let subtle = subtle()?;
    let base: CryptoKey = done(subtle.import_key_with_str(
        "raw",
        &Uint8Array::from(code.as_bytes()),
        "HKDF",
        false,
        &Array::of1(&"deriveKey".into()),
    ))
    .await?
    .unchecked_into();
    let params = object(&[
        ("name", &"HKDF".into()),
        ("hash", &"SHA-256".into()),
        ("salt", &Uint8Array::from(NOTE_SALT).into()),
        ("info", &Uint8Array::new_with_length(0).into()),
    ]);
    let aes = object(&[("name", &"AES-GCM".into()), ("length", &256.into())]);
    let usages = Array::of2(&"encrypt".into(), &"decrypt".into());
    done(subtle.derive_key_with_object_and_object(&params, &base, &aes, false, &usages))
        .await
        .map(JsCast::unchecked_into)
}

/// A note as a compact JWE (`dir`, A256GCM) under `key`.
pub async fn seal_note(key: &CryptoKey, note: &str) -> Result<String, SealError> {
    let header = URL_SAFE_NO_PAD.encode(NOTE_HEADER);
    let iv = random_iv()?;
    let params = jwe_aes_gcm(&iv, &header);
    let output =
        done(subtle()?.encrypt_with_object_and_u8_array(&params, key, note.as_bytes())).await?;
    let mut sealed = Vec::new();
    let at = take_sealed(&output, &mut sealed);
    let mut text = Vec::new();
    push_compact(&mut text, &header, "", &iv, &sealed, at);
    String::from_utf8(text).map_err(|_| SealError::Crypto)
}

/// The text of a note, opened with the ticket code's key.
pub async fn open_note(key: &CryptoKey, compact: &str) -> Result<String, OpenError> {
    let jwe = parse(compact, "dir")?;
    if !jwe.encrypted_key.is_empty() {
        return Err(OpenError::NotJwe);
    }
    String::from_utf8(aes_open(key, &jwe).await?).map_err(|_| OpenError::NotJwe)
}
