//! Encryption to the office, in the browser, with WebCrypto only: JWE compact serialization,
//! `alg` RSA-OAEP-256, `enc` A256GCM (FIT-Connect's profile; `docs/SUBMISSION.md`).
//!
//! - [`office_key`] fetches the office's public key and refuses it unless its RFC 7638
//!   thumbprint equals the one this build was pinned to (`PFORTE_OFFICE_KEY_THUMBPRINT` at
//!   build time): a key swapped on the server cannot redirect an application.
//! - [`seal_json`] encrypts form data and metadata, one JWE each.
//! - [`seal_file`] encrypts a file in 4 MiB chunks, each a compact JWE (the chunked format of
//!   `docs/SUBMISSION.md`), and hashes the plaintext with SHA-512 as it goes. WebCrypto's
//!   AES-GCM runs off the main thread while the hash runs on it, and the next chunk is read
//!   while the current one is encrypted, so reading, hashing and encrypting overlap. Each
//!   chunk becomes a `Blob` at once, so at most a few chunks are in memory, never the file
//!   several times over.
//!
//! SHA-512 is the `sha2` crate: WebCrypto's digest is one-shot and would need the whole file
//! in memory, and WebCrypto runs its operations one after the other on one thread, so a
//! digest there would queue behind the encryption instead of overlapping it. `sha2` and
//! `base64` are built with `opt-level = 3` (Cargo.toml): at the bundle's `z` the hash is
//! twice as slow. Ciphertext is base64url-encoded into a reused buffer in wasm memory and
//! handed to the `Blob` as bytes: a `Blob` made from JS strings costs three times as much
//! (figures in docs/SUBMISSION.md, "Where the time goes").

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use js_sys::{Array, ArrayBuffer, Object, Reflect, Uint8Array};
use pforte_engine::submission::{self, hex, ChunkHeader};
use sha2::{Digest, Sha512};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, BlobPropertyBag, CryptoKey, SubtleCrypto};

use crate::drafts::object;

/// Why something could not be encrypted. The applicant's text is in the Fluent catalogue
/// (`send-error-*`); this is for the code that picks it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SealError {
    /// This build has no pinned office key: the deployment is not set up for sending.
    NotPinned,
    /// The office key could not be fetched (offline, server down).
    KeyUnavailable,
    /// The server's key is not the pinned one: nothing is encrypted to it.
    WrongKey,
    /// WebCrypto is missing (insecure context) or failed.
    Crypto,
    /// The file could not be read (moved, deleted, permission withdrawn).
    Read,
}

impl SealError {
    /// The message id of this error in app.ftl.
    pub fn message(self) -> &'static str {
        match self {
            SealError::NotPinned => "send-error-not-configured",
            SealError::KeyUnavailable => "send-error-offline",
            SealError::WrongKey => "send-error-wrong-key",
            SealError::Crypto => "send-error-crypto",
            SealError::Read => "attachment-error-read",
        }
    }
}

const PINNED: Option<&str> = option_env!("PFORTE_OFFICE_KEY_THUMBPRINT");
const TAG_LEN: usize = 16;
/// File chunks read ahead of the one being encrypted.
const READ_AHEAD: u32 = 2;

/// The office's key, checked against the pin.
#[derive(Clone)]
pub struct OfficeKey {
    key: CryptoKey,
    kid: String,
}

pub(crate) fn subtle() -> Result<SubtleCrypto, SealError> {
    let subtle = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .ok_or(SealError::Crypto)?
        .subtle();
    if subtle.is_undefined() {
        return Err(SealError::Crypto);
    }
    Ok(subtle)
}

pub(crate) async fn done(promise: Result<js_sys::Promise, JsValue>) -> Result<JsValue, SealError> {
    JsFuture::from(promise.map_err(|_| SealError::Crypto)?)
        .await
        .map_err(|_| SealError::Crypto)
}

/// Fetch the office key and check it against the pinned thumbprint.
pub async fn office_key() -> Result<OfficeKey, SealError> {
    let pinned = PINNED
        .filter(|p| !p.is_empty())
        .ok_or(SealError::NotPinned)?;
    let text = crate::api::text("/api/v1/office-key")
        .await
        .map_err(|_| SealError::KeyUnavailable)?;
    let jwk: serde_json::Value =
        serde_json::from_str(&text).map_err(|_| SealError::KeyUnavailable)?;
    let field = |name: &str| jwk.get(name).and_then(|v| v.as_str()).unwrap_or_default();
    let input = submission::rsa_thumbprint_input(field("e"), field("n"));
    let digest = done(subtle()?.digest_with_str_and_u8_array("SHA-256", input.as_bytes())).await?;
    if b64(&Uint8Array::new(&digest)) != pinned {
        return Err(SealError::WrongKey);
    }
    import_public(&text, field("kid")).await
}

/// An RSA-OAEP-256 public key (JWK text) for wrapping content keys, with the `kid` its JWEs
/// name: the office key after its pin is checked, or a kiosk team's key.
pub async fn import_public(jwk: &str, kid: &str) -> Result<OfficeKey, SealError> {
    let algorithm = object(&[("name", &"RSA-OAEP".into()), ("hash", &"SHA-256".into())]);
    let js_jwk: Object = js_sys::JSON::parse(jwk)
        .map_err(|_| SealError::KeyUnavailable)?
        .unchecked_into();
    let usages = Array::of1(&"wrapKey".into());
    let key = done(subtle()?.import_key_with_object("jwk", &js_jwk, &algorithm, false, &usages))
        .await?
        .unchecked_into();
    Ok(OfficeKey {
        key,
        kid: kid.to_string(),
    })
}

/// A fresh content-encryption key, and it wrapped for the office (base64url).
struct Cek {
    key: CryptoKey,
    wrapped: String,
}

async fn cek(office: &OfficeKey) -> Result<Cek, SealError> {
    let subtle = subtle()?;
    let algorithm = object(&[("name", &"AES-GCM".into()), ("length", &256.into())]);
    // Extractable only so that `wrapKey` can wrap it; it never leaves WebCrypto in the clear.
    let usages = Array::of1(&"encrypt".into());
    let key: CryptoKey = done(subtle.generate_key_with_object(&algorithm, true, &usages))
        .await?
        .unchecked_into();
    let oaep = object(&[("name", &"RSA-OAEP".into())]);
    let wrapped = done(subtle.wrap_key_with_object("raw", &key, &office.key, &oaep)).await?;
    Ok(Cek {
        key,
        wrapped: b64(&Uint8Array::new(&wrapped)),
    })
}

/// The protected header, base64url.
fn header(office: &OfficeKey, cty: &str, chunk: Option<ChunkHeader>) -> String {
    let mut header = serde_json::json!({
        "alg": submission::JWE_ALG,
        "enc": submission::JWE_ENC,
        "kid": office.kid,
        "cty": cty,
    });
    if let Some(chunk) = chunk {
        header[submission::CHUNK_HEADER] =
            serde_json::json!({"index": chunk.index, "count": chunk.count});
    }
    URL_SAFE_NO_PAD.encode(header.to_string())
}

/// `N` random bytes from the browser's CSPRNG.
pub(crate) fn random<const N: usize>() -> Result<[u8; N], SealError> {
    let mut bytes = [0u8; N];
    web_sys::window()
        .and_then(|w| w.crypto().ok())
        .ok_or(SealError::Crypto)?
        .get_random_values_with_u8_array(&mut bytes)
        .map_err(|_| SealError::Crypto)?;
    Ok(bytes)
}

pub(crate) fn random_iv() -> Result<[u8; 12], SealError> {
    random()
}

/// WebCrypto's AES-GCM parameters for a JWE: its IV, and its protected header (base64url) as
/// the additional data, with the 128-bit tag JWE uses.
pub(crate) fn jwe_aes_gcm(iv: &[u8], header: &str) -> Object {
    object(&[
        ("name", &"AES-GCM".into()),
        ("iv", &Uint8Array::from(iv).into()),
        (
            "additionalData",
            &Uint8Array::from(header.as_bytes()).into(),
        ),
        ("tagLength", &128.into()),
    ])
}

/// Start AES-GCM over `plaintext` with the header as additional data; returns the IV and the
/// pending ciphertext (tag appended, as WebCrypto gives it).
fn encrypt(
    cek: &Cek,
    header: &str,
    plaintext: &JsValue,
) -> Result<([u8; 12], JsFuture), SealError> {
    let iv = random_iv()?;
    let params = jwe_aes_gcm(&iv, header);
    let promise = subtle()?
        .encrypt_with_object_and_buffer_source(&params, &cek.key, plaintext.unchecked_ref())
        .map_err(|_| SealError::Crypto)?;
    Ok((iv, JsFuture::from(promise)))
}

/// WebCrypto's output copied into `sealed`, and the split between ciphertext and tag.
pub(crate) fn take_sealed(output: &JsValue, sealed: &mut Vec<u8>) -> usize {
    let bytes = Uint8Array::new(output);
    sealed.resize(bytes.length() as usize, 0);
    bytes.copy_to(sealed);
    sealed.len().saturating_sub(TAG_LEN)
}

/// Append a compact JWE: header . wrapped key . iv . ciphertext . tag, where `sealed` is
/// WebCrypto's output (the tag from `at` on); header and key are base64url already.
pub(crate) fn push_compact(
    text: &mut Vec<u8>,
    header: &str,
    wrapped: &str,
    iv: &[u8],
    sealed: &[u8],
    at: usize,
) {
    text.extend_from_slice(header.as_bytes());
    text.push(b'.');
    text.extend_from_slice(wrapped.as_bytes());
    for part in [iv, &sealed[..at], &sealed[at..]] {
        text.push(b'.');
        let start = text.len();
        text.resize(
            start + base64::encoded_len(part.len(), false).unwrap_or(0),
            0,
        );
        let _ = URL_SAFE_NO_PAD.encode_slice(part, &mut text[start..]);
    }
}

/// One JWE for a JSON text (form data, metadata), and the text's SHA-512 (hex).
pub async fn seal_json(office: &OfficeKey, text: &str) -> Result<(String, String), SealError> {
    let cek = cek(office).await?;
    let header = header(office, submission::JSON_CONTENT_TYPE, None);
    let plain: JsValue = Uint8Array::from(text.as_bytes()).into();
    let (iv, pending) = encrypt(&cek, &header, &plain)?;
    let output = pending.await.map_err(|_| SealError::Crypto)?;
    let mut sealed = Vec::new();
    let at = take_sealed(&output, &mut sealed);
    let mut compact = Vec::new();
    push_compact(&mut compact, &header, &cek.wrapped, &iv, &sealed, at);
    let compact = String::from_utf8(compact).map_err(|_| SealError::Crypto)?;
    Ok((compact, hex(&Sha512::digest(text.as_bytes()))))
}

/// A file encrypted to the office: the ciphertext (chunked JWE) as a `Blob`, its length in
/// bytes, and the SHA-512 of the plaintext (hex).
pub struct SealedFile {
    pub blob: Blob,
    pub length: f64,
    pub sha512: String,
}

/// Encrypt `file` (`media_type` goes into `cty`) in chunks; `progress` is told the fraction
/// done after each chunk.
pub async fn seal_file(
    office: &OfficeKey,
    file: &Blob,
    media_type: &str,
    progress: &dyn Fn(f64),
) -> Result<SealedFile, SealError> {
    let size = file.size();
    let count = submission::chunk_count(size as u64);
    let chunk = submission::CHUNK_SIZE as f64;
    let cek = cek(office).await?;
    let mut hasher = Sha512::new();
    let mut scratch = vec![0u8; 1 << 20];
    // WebCrypto's output of one chunk, and its base64url text: reused from chunk to chunk.
    let mut sealed = Vec::new();
    let mut text = Vec::new();
    let mut staging = Uint8Array::new_with_length(0);
    let parts = Array::new();
    let mut length = 0.0;
    let read = |index: u32| -> Result<JsFuture, SealError> {
        let start = f64::from(index) * chunk;
        let piece = file
            .slice_with_f64_and_f64(start, (start + chunk).min(size))
            .map_err(|_| SealError::Read)?;
        Ok(JsFuture::from(piece.array_buffer()))
    };
    // Two reads in flight: the browser reads while this thread hashes and encodes.
    let mut reads = std::collections::VecDeque::new();
    for index in 0..count.min(READ_AHEAD) {
        reads.push_back(read(index)?);
    }
    let clock = web_sys::window().and_then(|w| w.performance());
    let now = || clock.as_ref().map_or(0.0, |p| p.now());
    let mut time = SealProfile::default();
    for index in 0..count {
        let t0 = now();
        let buffer: ArrayBuffer = reads
            .pop_front()
            .ok_or(SealError::Read)?
            .await
            .map_err(|_| SealError::Read)?
            .unchecked_into();
        time.read += now() - t0;
        if index + READ_AHEAD < count {
            reads.push_back(read(index + READ_AHEAD)?);
        }
        let header = header(office, media_type, Some(ChunkHeader { index, count }));
        let t1 = now();
        let (iv, pending) = encrypt(&cek, &header, &buffer)?;
        time.encrypt_call += now() - t1;
        // Hash while WebCrypto encrypts, through a reused scratch buffer.
        let t1 = now();
        let bytes = Uint8Array::new(&buffer);
        let mut at = 0;
        while at < bytes.length() {
            let end = (at + scratch.len() as u32).min(bytes.length());
            let piece = &mut scratch[..(end - at) as usize];
            bytes.subarray(at, end).copy_to(piece);
            hasher.update(&*piece);
            at = end;
        }
        let t2 = now();
        time.hash += t2 - t1;
        let output = pending.await.map_err(|_| SealError::Crypto)?;
        time.encrypt_wait += now() - t2;
        let t3 = now();
        let at = take_sealed(&output, &mut sealed);
        drop(output);
        // Chunks are joined by a newline: it goes before every chunk but the first.
        text.clear();
        if index > 0 {
            text.push(b'\n');
        }
        push_compact(&mut text, &header, &cek.wrapped, &iv, &sealed, at);
        length += text.len() as f64;
        let t4 = now();
        time.base64 += t4 - t3;
        // Out of wasm memory through one reused JS buffer (fresh 5 MB buffers cost page
        // faults); the Blob keeps its own copy.
        if staging.length() < text.len() as u32 {
            staging = Uint8Array::new_with_length(text.len() as u32);
        }
        let out = staging.subarray(0, text.len() as u32);
        out.copy_from(&text);
        parts.push(&blob(&Array::of1(&out), "")?.into());
        time.blob += now() - t4;
        progress(f64::from(index + 1) / f64::from(count));
    }
    time.publish();
    Ok(SealedFile {
        blob: blob(&parts, "application/jose")?,
        length,
        sha512: hex(&hasher.finalize()),
    })
}

/// Where the time of [`seal_file`] goes on the page's thread, in ms, for `cargo xtask bench`
/// (published as `window.pforteSealProfile`).
#[derive(Default)]
struct SealProfile {
    /// Waiting for file reads.
    read: f64,
    /// Calling WebCrypto's `encrypt`, which copies its input before it returns.
    encrypt_call: f64,
    /// SHA-512 of the plaintext (and its copy into wasm memory).
    hash: f64,
    /// Waiting for WebCrypto after the hash was done.
    encrypt_wait: f64,
    /// Taking WebCrypto's output into wasm memory and base64url-encoding the JWE text.
    base64: f64,
    /// Copying the text out of wasm memory into a `Blob`.
    blob: f64,
}

impl SealProfile {
    fn publish(&self) {
        let Some(window) = web_sys::window() else {
            return;
        };
        let profile = object(&[
            ("read", &self.read.into()),
            ("encryptCall", &self.encrypt_call.into()),
            ("hash", &self.hash.into()),
            ("encryptWait", &self.encrypt_wait.into()),
            ("base64", &self.base64.into()),
            ("blob", &self.blob.into()),
        ]);
        let _ = Reflect::set(&window, &"pforteSealProfile".into(), &profile);
    }
}

fn blob(parts: &Array, media_type: &str) -> Result<Blob, SealError> {
    let options = BlobPropertyBag::new();
    options.set_type(media_type);
    Blob::new_with_blob_sequence_and_options(parts, &options).map_err(|_| SealError::Crypto)
}

/// Base64url without padding.
pub(crate) fn b64(bytes: &Uint8Array) -> String {
    URL_SAFE_NO_PAD.encode(bytes.to_vec())
}
