//! JWE as the submission profile uses it (docs/SUBMISSION.md, "JWE profile"): compact
//! serialization, `alg` RSA-OAEP-256, `enc` A256GCM, `kid` the office key's thumbprint, and
//! attachments cut into chunks of [`CHUNK_SIZE`] plaintext bytes, one compact JWE per chunk,
//! joined by `\n`.
//!
//! All cryptography is josekit's (OpenSSL underneath). What this module adds is the profile
//! (anything else is refused before a key is touched), the chunk bookkeeping, and errors a
//! clerk can act on: "chunk 3 of 5 is missing" rather than "decryption failed".
//!
//! Decryption reads the header itself first (so a wrong profile, a wrong key or a misplaced
//! chunk is named as such), unwraps the content key once per attachment (all chunks share it)
//! and then lets josekit decrypt with that content key: any failure after the unwrap can only
//! be the AES-GCM authentication, that is, altered ciphertext.

use std::borrow::Cow;
use std::io::{BufRead, Read, Write};

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use josekit::jwe::alg::rsaes::{RsaesJweDecrypter, RsaesJweEncrypter};
use josekit::jwe::enc::A256GCM;
use josekit::jwe::{
    JweAlgorithm, JweContentEncryption, JweContext, JweDecrypter, JweEncrypter, JweHeader,
    RSA_OAEP_256,
};
use josekit::JoseError;
use openssl::bn::BigNum;
use openssl::pkey::{PKey, Private};
use openssl::rsa::Rsa;
use pforte_engine::submission::{
    ChunkHeader, CHUNK_HEADER, CHUNK_SEPARATOR, CHUNK_SIZE, JWE_ALG, JWE_ENC,
};
use serde_json::{Map, Value};
use sha2::{Digest, Sha512};

use crate::office_key::rsa_thumbprint;

/// Longest line (one chunk's compact JWE) the decoder reads: a full chunk in base64url plus
/// generous room for header, encrypted key, IV and tag. Anything longer is refused before it
/// is held in memory.
pub const MAX_CHUNK_TEXT: usize = CHUNK_SIZE / 3 * 4 + 64 * 1024;

/// Why a JWE could not be made or opened. The messages are for an office clerk.
#[derive(Debug, thiserror::Error)]
pub enum JweError {
    #[error("not a JWE: {0}")]
    NotJwe(String),
    #[error("the file is empty, not a JWE")]
    Empty,
    #[error("the JWE header is not readable: {0}")]
    Header(String),
    #[error("unsupported encryption: alg {alg}, enc {enc} (Pforte uses {JWE_ALG} with {JWE_ENC})")]
    Profile { alg: String, enc: String },
    #[error("the JWE is compressed (\"zip\"), which Pforte's profile does not allow")]
    Compressed,
    #[error("the JWE does not name the key it was encrypted for (no \"kid\")")]
    NoKid,
    #[error("encrypted for key {found}, this key is {expected}")]
    WrongKey { found: String, expected: String },
    #[error("the content key cannot be unwrapped with this private key: the encrypted key was altered, or the key pair does not match its kid")]
    Unwrap,
    #[error("authentication failed: the ciphertext was altered{}", chunk_suffix(*.chunk))]
    Altered { chunk: Option<(u32, u32)> },
    #[error("chunk {} of {count} is missing: the file is truncated", index + 1)]
    Missing { index: u32, count: u32 },
    #[error("chunk {} of {count} appears twice", index + 1)]
    Duplicate { index: u32, count: u32 },
    #[error("chunks missing or out of order: chunk {} of {count} found where chunk {} belongs", found + 1, expected + 1)]
    OutOfOrder {
        expected: u32,
        found: u32,
        count: u32,
    },
    #[error("chunk {} says the file has {count} chunks, chunk 1 said {first}", index + 1)]
    CountMismatch { index: u32, count: u32, first: u32 },
    #[error("part {} of the file is not numbered (no \"{CHUNK_HEADER}\" header)", position + 1)]
    Unnumbered { position: u32 },
    #[error("chunk {} has another content key than chunk 1: chunks of different files were mixed", index + 1)]
    MixedKeys { index: u32 },
    #[error("unexpected data after the last chunk")]
    TrailingData,
    #[error("chunk {} is longer than {MAX_CHUNK_TEXT} bytes", position + 1)]
    ChunkTooLarge { position: u32 },
    #[error("the key cannot be used: {0}")]
    Key(String),
    #[error("cannot read or write the attachment")]
    Io(#[from] std::io::Error),
    #[error("JOSE error: {0}")]
    Jose(String),
}

fn chunk_suffix(chunk: Option<(u32, u32)>) -> String {
    match chunk {
        Some((index, count)) if count > 1 => format!(" (chunk {} of {count})", index + 1),
        _ => String::new(),
    }
}

impl From<JoseError> for JweError {
    fn from(error: JoseError) -> JweError {
        JweError::Jose(error.to_string())
    }
}

/// The office's private key, ready to decrypt, with the `kid` it answers to (the RFC 7638
/// thumbprint of its public half).
#[derive(Debug, Clone)]
pub struct Decrypter {
    key: RsaesJweDecrypter,
    pub kid: String,
}

impl Decrypter {
    /// The decrypter for an RSA private key.
    pub fn new(key: &PKey<Private>) -> Result<Decrypter, JweError> {
        let rsa = key.rsa().map_err(|e| JweError::Key(e.to_string()))?;
        let kid = rsa_thumbprint(
            &URL_SAFE_NO_PAD.encode(rsa.n().to_vec()),
            &URL_SAFE_NO_PAD.encode(rsa.e().to_vec()),
        );
        let der = key
            .private_key_to_pkcs8()
            .map_err(|e| JweError::Key(e.to_string()))?;
        let key = RSA_OAEP_256.decrypter_from_der(der)?;
        Ok(Decrypter { key, kid })
    }

    /// Unwrap a content-encryption key.
    fn unwrap(&self, encrypted_key: &[u8]) -> Result<Vec<u8>, JweError> {
        let header = JweHeader::new();
        let cek = self
            .key
            .decrypt(Some(encrypted_key), &A256GCM, &header)
            .map_err(|_| JweError::Unwrap)?;
        if cek.len() != A256GCM.key_len() {
            return Err(JweError::Unwrap);
        }
        Ok(cek.into_owned())
    }
}

/// The protected header of a JWE, as far as the profile cares.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Header {
    pub alg: String,
    pub enc: String,
    pub kid: String,
    pub cty: Option<String>,
    /// `pforte-chunk`, if the JWE is a numbered chunk.
    pub chunk: Option<ChunkHeader>,
}

/// What [`decrypt_attachment`] wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decrypted {
    /// Plaintext bytes.
    pub bytes: u64,
    /// SHA-512 of the plaintext, lowercase hex (as in the metadata's `hash.content`).
    pub sha512: String,
    /// The `cty` of the first chunk (the file's media type, as the browser gave it).
    pub cty: Option<String>,
}

/// A compact JWE split into its parts, the header read and checked against the profile.
struct Parsed<'a> {
    header: Header,
    /// The wrapped content key; every chunk of an attachment carries the same one.
    encrypted_key: Vec<u8>,
    /// The whole compact JWE, for josekit.
    text: &'a str,
}

fn parse<'a>(compact: &'a str, key: &Decrypter) -> Result<Parsed<'a>, JweError> {
    let compact = compact.trim_end_matches(['\r']);
    let parts: Vec<&str> = compact.split('.').collect();
    let [header_b64, key_b64, iv_b64, ciphertext_b64, tag_b64] = parts[..] else {
        return Err(JweError::NotJwe(format!(
            "a compact JWE has 5 parts separated by dots, this has {}",
            parts.len()
        )));
    };
    for (name, part) in [
        ("encrypted key", key_b64),
        ("IV", iv_b64),
        ("ciphertext", ciphertext_b64),
        ("tag", tag_b64),
    ] {
        if !part
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        {
            return Err(JweError::NotJwe(format!("its {name} is not base64url")));
        }
    }
    let header_json = URL_SAFE_NO_PAD
        .decode(header_b64)
        .map_err(|_| JweError::NotJwe("its header is not base64url".into()))?;
    let header: Map<String, Value> = serde_json::from_slice(&header_json)
        .map_err(|_| JweError::Header("not a JSON object".into()))?;
    let header = read_header(&header)?;
    if header.alg != JWE_ALG || header.enc != JWE_ENC {
        return Err(JweError::Profile {
            alg: header.alg,
            enc: header.enc,
        });
    }
    if header.kid.is_empty() {
        return Err(JweError::NoKid);
    }
    if header.kid != key.kid {
        return Err(JweError::WrongKey {
            found: header.kid,
            expected: key.kid.clone(),
        });
    }
    let encrypted_key = URL_SAFE_NO_PAD
        .decode(key_b64)
        .map_err(|_| JweError::NotJwe("its encrypted key is not base64url".into()))?;
    Ok(Parsed {
        header,
        encrypted_key,
        text: compact,
    })
}

fn read_header(header: &Map<String, Value>) -> Result<Header, JweError> {
    let text = |name: &str| -> Result<Option<String>, JweError> {
        match header.get(name) {
            None => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.clone())),
            Some(_) => Err(JweError::Header(format!("\"{name}\" is not a string"))),
        }
    };
    if header.contains_key("zip") {
        return Err(JweError::Compressed);
    }
    let chunk = match header.get(CHUNK_HEADER) {
        None => None,
        Some(value) => {
            let chunk: ChunkHeader = serde_json::from_value(value.clone()).map_err(|_| {
                JweError::Header(format!(
                    "\"{CHUNK_HEADER}\" is not {{\"index\", \"count\"}}"
                ))
            })?;
            if chunk.count == 0 || chunk.index >= chunk.count {
                return Err(JweError::Header(format!(
                    "\"{CHUNK_HEADER}\" has index {} of count {}",
                    chunk.index, chunk.count
                )));
            }
            Some(chunk)
        }
    };
    Ok(Header {
        alg: text("alg")?.unwrap_or_else(|| "(none)".into()),
        enc: text("enc")?.unwrap_or_else(|| "(none)".into()),
        kid: text("kid")?.unwrap_or_default(),
        cty: text("cty")?,
        chunk,
    })
}

/// Decrypt a parsed JWE with an unwrapped content key. Every check that can name a problem
/// has passed; what fails now is authentication.
fn open(parsed: &Parsed<'_>, cek: &[u8]) -> Result<Vec<u8>, JweError> {
    let decrypter = UnwrappedKey { cek: cek.to_vec() };
    let chunk = parsed.header.chunk.map(|c| (c.index, c.count));
    JweContext::new()
        .deserialize_compact(parsed.text, &decrypter)
        .map(|(plaintext, _)| plaintext)
        .map_err(|_| JweError::Altered { chunk })
}

/// Decrypt one compact JWE of the profile.
pub fn decrypt_compact(compact: &str, key: &Decrypter) -> Result<(Vec<u8>, Header), JweError> {
    let compact = compact.trim();
    if compact.is_empty() {
        return Err(JweError::Empty);
    }
    let parsed = parse(compact, key)?;
    let cek = key.unwrap(&parsed.encrypted_key)?;
    let plaintext = open(&parsed, &cek)?;
    Ok((plaintext, parsed.header))
}

/// Decrypt a chunked attachment from `reader` into `out`, one chunk at a time (memory holds
/// one chunk), checking that the chunks come in order, agree on their count, share one content
/// key, are all there and are followed by nothing. A single JWE without a chunk header is a
/// file of one chunk.
///
/// On an error, `out` may hold the plaintext of the chunks before the bad one (each of them
/// authentic); the caller discards it.
pub fn decrypt_attachment(
    mut reader: impl BufRead,
    key: &Decrypter,
    mut out: impl Write,
) -> Result<Decrypted, JweError> {
    let mut hash = Sha512::new();
    let mut bytes = 0u64;
    let mut line = Vec::new();
    // The first chunk's count, encrypted key and content key.
    let mut first: Option<(u32, Vec<u8>, Vec<u8>)> = None;
    let mut cty = None;
    let mut position = 0u32;
    loop {
        line.clear();
        let limit = (MAX_CHUNK_TEXT + 1) as u64;
        let read = (&mut reader)
            .take(limit)
            .read_until(CHUNK_SEPARATOR, &mut line)?;
        let last_line = line.last() != Some(&CHUNK_SEPARATOR);
        if !last_line {
            line.pop();
        }
        if read == 0 {
            // End of input right after a separator (or of an empty file).
            return match first {
                None => Err(JweError::Empty),
                Some((count, _, _)) => Err(JweError::Missing {
                    index: position,
                    count,
                }),
            };
        }
        if line.len() > MAX_CHUNK_TEXT {
            return Err(JweError::ChunkTooLarge { position });
        }
        let text = std::str::from_utf8(&line)
            .map_err(|_| JweError::NotJwe(format!("part {} is not text", position + 1)))?;
        let parsed = parse(text, key)?;
        let chunk = match (parsed.header.chunk, position) {
            (Some(chunk), _) => chunk,
            (None, 0) => ChunkHeader { index: 0, count: 1 },
            (None, position) => return Err(JweError::Unnumbered { position }),
        };
        if first.is_none() {
            // All chunks share one content key: unwrap it once (the slow RSA step).
            let cek = key.unwrap(&parsed.encrypted_key)?;
            cty.clone_from(&parsed.header.cty);
            first = Some((chunk.count, parsed.encrypted_key.clone(), cek));
        }
        let Some((count, encrypted_key, cek)) = &first else {
            unreachable!("set above")
        };
        let count = *count;
        if *encrypted_key != parsed.encrypted_key {
            return Err(JweError::MixedKeys { index: position });
        }
        // Decrypt before judging the number: a number that was edited fails authentication
        // and is reported as altered, not as misplaced.
        let plaintext = open(&parsed, cek)?;
        if chunk.count != count {
            return Err(JweError::CountMismatch {
                index: position,
                count: chunk.count,
                first: count,
            });
        }
        if chunk.index != position {
            return Err(if position > 0 && chunk.index == position - 1 {
                JweError::Duplicate {
                    index: chunk.index,
                    count,
                }
            } else {
                JweError::OutOfOrder {
                    expected: position,
                    found: chunk.index,
                    count,
                }
            });
        }
        out.write_all(&plaintext)?;
        hash.update(&plaintext);
        bytes += plaintext.len() as u64;
        position += 1;
        if position == count {
            if !last_line || !reader.fill_buf()?.is_empty() {
                return Err(JweError::TrailingData);
            }
            out.flush()?;
            return Ok(Decrypted {
                bytes,
                sha512: format!("{:x}", hash.finalize()),
                cty,
            });
        }
        if last_line {
            return Err(JweError::Missing {
                index: position,
                count,
            });
        }
    }
}

/// The encrypter for an office public JWK (only `n`, `e` and `kid` are read; check the JWK
/// with [`crate::office_key::validate_office_jwk`] first where it matters).
fn encrypter(public_jwk: &Value) -> Result<RsaesJweEncrypter, JweError> {
    let member = |name: &str| -> Result<Vec<u8>, JweError> {
        let text = public_jwk
            .get(name)
            .and_then(Value::as_str)
            .ok_or_else(|| JweError::Key(format!("the JWK has no \"{name}\"")))?;
        URL_SAFE_NO_PAD
            .decode(text)
            .map_err(|_| JweError::Key(format!("the JWK's \"{name}\" is not base64url")))
    };
    let bn = |bytes: Vec<u8>| BigNum::from_slice(&bytes).map_err(|e| JweError::Key(e.to_string()));
    let rsa = Rsa::from_public_components(bn(member("n")?)?, bn(member("e")?)?)
        .map_err(|e| JweError::Key(e.to_string()))?;
    let der = PKey::from_rsa(rsa)
        .and_then(|key| key.public_key_to_der())
        .map_err(|e| JweError::Key(e.to_string()))?;
    let mut encrypter = RSA_OAEP_256.encrypter_from_der(der)?;
    let kid = public_jwk
        .get("kid")
        .and_then(Value::as_str)
        .ok_or_else(|| JweError::Key("the JWK has no \"kid\"".into()))?;
    encrypter.set_key_id(kid);
    Ok(encrypter)
}

fn header(cty: &str, kid: &str, chunk: Option<ChunkHeader>) -> Result<JweHeader, JweError> {
    let mut header = JweHeader::new();
    header.set_content_encryption(JWE_ENC);
    header.set_key_id(kid);
    header.set_content_type(cty);
    if let Some(chunk) = chunk {
        let value = serde_json::to_value(chunk).map_err(|e| JweError::Jose(e.to_string()))?;
        header.set_claim(CHUNK_HEADER, Some(value))?;
    }
    Ok(header)
}

/// Encrypt `plaintext` as one compact JWE of the profile for the office key `public_jwk`.
pub fn encrypt_compact(
    plaintext: &[u8],
    public_jwk: &Value,
    cty: &str,
) -> Result<String, JweError> {
    let encrypter = encrypter(public_jwk)?;
    let kid = encrypter.key_id().unwrap_or_default().to_string();
    Ok(JweContext::new().serialize_compact(plaintext, &header(cty, &kid, None)?, &encrypter)?)
}

/// Encrypt an attachment in the chunked format with chunks of [`CHUNK_SIZE`].
pub fn encrypt_attachment(
    plaintext: &[u8],
    public_jwk: &Value,
    media_type: &str,
) -> Result<String, JweError> {
    encrypt_attachment_with(plaintext, public_jwk, media_type, CHUNK_SIZE)
}

/// [`encrypt_attachment`] with another chunk size (tests use small ones). Like the browser,
/// it draws one content key and wraps it once; every chunk carries the same encrypted key, its
/// own IV and its number.
pub fn encrypt_attachment_with(
    plaintext: &[u8],
    public_jwk: &Value,
    media_type: &str,
    chunk_size: usize,
) -> Result<String, JweError> {
    assert!(chunk_size > 0, "a chunk holds at least one byte");
    let rsa = encrypter(public_jwk)?;
    let kid = rsa.key_id().unwrap_or_default().to_string();
    let mut cek = vec![0u8; A256GCM.key_len()];
    openssl::rand::rand_bytes(&mut cek).map_err(|e| JweError::Jose(e.to_string()))?;
    let mut ignored = JweHeader::new();
    let encrypted_key = rsa
        .encrypt(&cek, &JweHeader::new(), &mut ignored)?
        .ok_or_else(|| JweError::Jose("RSA-OAEP gave no encrypted key".into()))?;
    let shared = SharedKey {
        rsa,
        cek,
        encrypted_key,
    };
    let chunks: Vec<&[u8]> = if plaintext.is_empty() {
        vec![&[]]
    } else {
        plaintext.chunks(chunk_size).collect()
    };
    let count =
        u32::try_from(chunks.len()).map_err(|_| JweError::Jose("too many chunks".into()))?;
    let context = JweContext::new();
    let mut out = String::new();
    for (index, chunk) in (0..count).zip(chunks) {
        if index > 0 {
            out.push(CHUNK_SEPARATOR as char);
        }
        let header = header(media_type, &kid, Some(ChunkHeader { index, count }))?;
        out.push_str(&context.serialize_compact(chunk, &header, &shared)?);
    }
    Ok(out)
}

/// A key-management "algorithm" that hands josekit one content key drawn and wrapped once, so
/// that all chunks of an attachment share it (josekit would draw a fresh one per JWE). The
/// header still says RSA-OAEP-256, which is what the encrypted key is.
#[derive(Clone)]
struct SharedKey {
    rsa: RsaesJweEncrypter,
    cek: Vec<u8>,
    encrypted_key: Vec<u8>,
}

impl std::fmt::Debug for SharedKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SharedKey { .. }")
    }
}

impl JweEncrypter for SharedKey {
    fn algorithm(&self) -> &dyn JweAlgorithm {
        self.rsa.algorithm()
    }

    fn key_id(&self) -> Option<&str> {
        self.rsa.key_id()
    }

    fn compute_content_encryption_key(
        &self,
        _cencryption: &dyn JweContentEncryption,
        _in_header: &JweHeader,
        _out_header: &mut JweHeader,
    ) -> Result<Option<Cow<'_, [u8]>>, JoseError> {
        Ok(Some(Cow::Borrowed(&self.cek)))
    }

    fn encrypt(
        &self,
        _key: &[u8],
        _in_header: &JweHeader,
        _out_header: &mut JweHeader,
    ) -> Result<Option<Vec<u8>>, JoseError> {
        Ok(Some(self.encrypted_key.clone()))
    }

    fn box_clone(&self) -> Box<dyn JweEncrypter> {
        Box::new(self.clone())
    }
}

/// The decrypting counterpart: a content key already unwrapped (once per attachment).
#[derive(Clone)]
struct UnwrappedKey {
    cek: Vec<u8>,
}

impl std::fmt::Debug for UnwrappedKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("UnwrappedKey { .. }")
    }
}

impl JweDecrypter for UnwrappedKey {
    fn algorithm(&self) -> &dyn JweAlgorithm {
        &RSA_OAEP_256
    }

    fn key_id(&self) -> Option<&str> {
        // The kid was checked against the office key before the content key was unwrapped.
        None
    }

    fn decrypt(
        &self,
        _encrypted_key: Option<&[u8]>,
        _cencryption: &dyn JweContentEncryption,
        _header: &JweHeader,
    ) -> Result<Cow<'_, [u8]>, JoseError> {
        Ok(Cow::Borrowed(&self.cek))
    }

    fn box_clone(&self) -> Box<dyn JweDecrypter> {
        Box::new(self.clone())
    }
}
