//! The signed receipt (docs/SUBMISSION.md, "Receipt"): a compact JWS, `alg` EdDSA (Ed25519),
//! `kid` the RFC 8037/7638 thumbprint of the server's receipt key, payload
//! [`ReceiptClaims`].
//!
//! The server signs with [`ReceiptKey`] (created in its data folder on first start); anyone
//! with the public JWK verifies with [`verify`], offline: the applicant's proof of what the
//! office received, and the office's check that a receipt is genuine.

use std::fs::OpenOptions;
use std::io::{ErrorKind, Write};
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use josekit::jwk::alg::ed::EdCurve;
use josekit::jwk::Jwk;
use josekit::jws::{EdDSA, JwsHeader};
use pforte_engine::status::{self, CaseEvent, EventClaims};
use pforte_engine::submission::ReceiptClaims;
use serde_json::{json, Map, Value};
use sha2::{Digest, Sha256};

/// The receipt key's file name in the server's data folder.
pub const KEY_FILE: &str = "receipt-key.pem";

/// Why a receipt key could not be loaded or used.
#[derive(Debug, thiserror::Error)]
pub enum ReceiptKeyError {
    #[error("{}: cannot read or create the receipt key", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{}: not an Ed25519 private key in PEM: {message}", path.display())]
    Invalid { path: PathBuf, message: String },
    #[error("cannot sign the receipt: {0}")]
    Sign(String),
}

/// Why a receipt is not valid.
#[derive(Debug, thiserror::Error)]
pub enum ReceiptError {
    #[error("the receipt key is not an Ed25519 public JWK: {0}")]
    Key(String),
    #[error("the receipt is not a compact JWS")]
    NotJws,
    #[error("event {seq}: {what}")]
    Chain { seq: usize, what: String },
    #[error("the receipt is signed with {found}, receipts use EdDSA")]
    Algorithm { found: String },
    #[error("the receipt was signed by key {found}, the given key is {expected}")]
    WrongKey { found: String, expected: String },
    #[error("the signature is invalid: the receipt was altered or signed by another key")]
    Signature,
    #[error("the signed payload is not a receipt: {0}")]
    Payload(String),
    #[error("the receipt's readable claims differ from the signed ones")]
    ClaimsDiffer,
    #[error("the file is neither a receipt (JSON with \"jws\") nor a JWS: {0}")]
    File(String),
}

/// The server's Ed25519 receipt key.
#[derive(Clone)]
pub struct ReceiptKey {
    /// PKCS#8 PEM of the private key.
    pem: Vec<u8>,
    public: Value,
    kid: String,
}

impl std::fmt::Debug for ReceiptKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ReceiptKey")
            .field("kid", &self.kid)
            .finish_non_exhaustive()
    }
}

impl ReceiptKey {
    /// Load `receipt-key.pem` from `data_dir`, or create it (mode 0600 from the start) if there
    /// is none. Two servers starting at once agree: the loser of the creation race loads the
    /// winner's key.
    pub fn load_or_create(data_dir: &Path) -> Result<ReceiptKey, ReceiptKeyError> {
        let path = data_dir.join(KEY_FILE);
        let io = |source| ReceiptKeyError::Io {
            path: path.clone(),
            source,
        };
        match std::fs::read(&path) {
            Ok(pem) => return ReceiptKey::from_pem(&path, pem),
            Err(e) if e.kind() == ErrorKind::NotFound => {}
            Err(e) => return Err(io(e)),
        }
        std::fs::create_dir_all(data_dir).map_err(io)?;
        let pem = EdDSA
            .generate_key_pair(EdCurve::Ed25519)
            .map_err(|e| ReceiptKeyError::Invalid {
                path: path.clone(),
                message: e.to_string(),
            })?
            .to_pem_private_key();
        match write_new_private(&path, &pem) {
            Ok(()) => ReceiptKey::from_pem(&path, pem),
            Err(e) if e.kind() == ErrorKind::AlreadyExists => {
                ReceiptKey::from_pem(&path, std::fs::read(&path).map_err(io)?)
            }
            Err(e) => Err(io(e)),
        }
    }

    fn from_pem(path: &Path, pem: Vec<u8>) -> Result<ReceiptKey, ReceiptKeyError> {
        let invalid = |message: String| ReceiptKeyError::Invalid {
            path: path.to_path_buf(),
            message,
        };
        let pair = EdDSA
            .key_pair_from_pem(&pem)
            .map_err(|e| invalid(e.to_string()))?;
        if pair.curve() != EdCurve::Ed25519 {
            return Err(invalid(format!("the curve is {}", pair.curve())));
        }
        let jwk = pair.to_jwk_public_key();
        let x = jwk
            .parameter("x")
            .and_then(Value::as_str)
            .ok_or_else(|| invalid("no public key".into()))?
            .to_string();
        let kid = okp_thumbprint(&x);
        let public = json!({
            "kty": "OKP",
            "crv": "Ed25519",
            "x": x,
            "alg": "EdDSA",
            "use": "sig",
            "kid": kid,
        });
        Ok(ReceiptKey { pem, public, kid })
    }

    /// A secret for another purpose, derived from this key (HKDF-SHA256 with `purpose` as
    /// info), so a server has one secret file to keep and to copy to its other processes.
    pub fn derive(&self, purpose: &str) -> [u8; 32] {
        let mut out = [0u8; 32];
        // 32 bytes are always within HKDF-SHA256's output limit.
        let _ = hkdf::Hkdf::<sha2::Sha256>::new(Some(b"pforte-receipt-key-derive-v1"), &self.pem)
            .expand(purpose.as_bytes(), &mut out);
        out
    }

    /// The key id: the RFC 7638 thumbprint of the public key.
    pub fn kid(&self) -> &str {
        &self.kid
    }

    /// The public JWK, as served at `GET /api/v1/receipt-key`.
    pub fn public_jwk(&self) -> Value {
        self.public.clone()
    }

    /// Sign `claims` as a compact JWS.
    pub fn sign(&self, claims: &ReceiptClaims) -> Result<String, ReceiptKeyError> {
        self.sign_json(claims, None)
    }

    /// Sign a case event (a Security Event Token, `typ` `secevent+jwt`).
    pub fn sign_event(&self, claims: &EventClaims) -> Result<String, ReceiptKeyError> {
        self.sign_json(claims, Some(status::EVENT_TYPE))
    }

    fn sign_json(
        &self,
        claims: &impl serde::Serialize,
        typ: Option<&str>,
    ) -> Result<String, ReceiptKeyError> {
        let sign = |e: &dyn std::fmt::Display| ReceiptKeyError::Sign(e.to_string());
        let signer = EdDSA.signer_from_pem(&self.pem).map_err(|e| sign(&e))?;
        let mut header = JwsHeader::new();
        header.set_key_id(&self.kid);
        if let Some(typ) = typ {
            header.set_token_type(typ);
        }
        let payload = serde_json::to_vec(claims).map_err(|e| sign(&e))?;
        josekit::jws::serialize_compact(&payload, &header, &signer).map_err(|e| sign(&e))
    }
}

/// The RFC 8037 § 2 / RFC 7638 thumbprint of an Ed25519 public key (`x` in base64url).
pub fn okp_thumbprint(x: &str) -> String {
    let input = format!(r#"{{"crv":"Ed25519","kty":"OKP","x":"{x}"}}"#);
    URL_SAFE_NO_PAD.encode(Sha256::digest(input.as_bytes()))
}

/// Verify a receipt JWS against the receipt key's public JWK and return its claims.
pub fn verify(jws: &str, public_jwk: &Value) -> Result<ReceiptClaims, ReceiptError> {
    let payload = verified_payload(jws, public_jwk)?;
    serde_json::from_value(payload).map_err(|e| ReceiptError::Payload(e.to_string()))
}

/// Verify a case event's JWS against the server's public JWK and return its claims.
pub fn verify_event(jws: &str, public_jwk: &Value) -> Result<EventClaims, ReceiptError> {
    let payload = verified_payload(jws, public_jwk)?;
    serde_json::from_value(payload).map_err(|e| ReceiptError::Payload(e.to_string()))
}

/// Check a case's event log: every event signed by this key, about this case, numbered from
/// 1 without gaps, each naming the SHA-256 of the one before, and saying what the list says.
pub fn verify_history(
    events: &[CaseEvent],
    public_jwk: &Value,
    reference: &str,
) -> Result<(), ReceiptError> {
    let mut prev: Option<String> = None;
    for (n, event) in events.iter().enumerate() {
        let claims = verify_event(&event.jws, public_jwk)?;
        let broken = |what: &str| ReceiptError::Chain {
            seq: n + 1,
            what: what.to_string(),
        };
        if claims.sub != format!("reference:{reference}") {
            return Err(broken("it is about another case"));
        }
        if claims.seq as usize != n + 1 || event.seq != claims.seq {
            return Err(broken("it is out of place"));
        }
        if claims.prev != prev {
            return Err(broken("it does not follow the event before"));
        }
        let signed = status::Event::from_events(&claims.events);
        let listed = CaseEvent::new(String::new(), String::new(), claims.seq, signed);
        if (&listed.status, &listed.fiction_valid_until)
            != (&event.status, &event.fiction_valid_until)
        {
            return Err(broken("the list says something else than the signed event"));
        }
        prev = Some(pforte_engine::submission::hex(&Sha256::digest(
            event.jws.as_bytes(),
        )));
    }
    Ok(())
}

/// The payload of a receipt JWS whose signature holds, as JSON.
fn verified_payload(jws: &str, public_jwk: &Value) -> Result<Value, ReceiptError> {
    let object: Map<String, Value> = public_jwk
        .as_object()
        .cloned()
        .ok_or_else(|| ReceiptError::Key("not a JSON object".into()))?;
    let x = object
        .get("x")
        .and_then(Value::as_str)
        .ok_or_else(|| ReceiptError::Key("no \"x\"".into()))?;
    if object.get("crv").and_then(Value::as_str) != Some("Ed25519") {
        return Err(ReceiptError::Key("\"crv\" is not Ed25519".into()));
    }
    let expected = okp_thumbprint(x);
    let jws = jws.trim();
    let parts: Vec<&str> = jws.split('.').collect();
    let [header, _, _] = parts[..] else {
        return Err(ReceiptError::NotJws);
    };
    let header: Map<String, Value> = URL_SAFE_NO_PAD
        .decode(header)
        .ok()
        .and_then(|h| serde_json::from_slice(&h).ok())
        .ok_or(ReceiptError::NotJws)?;
    let alg = header
        .get("alg")
        .and_then(Value::as_str)
        .unwrap_or("(none)");
    if alg != "EdDSA" {
        return Err(ReceiptError::Algorithm { found: alg.into() });
    }
    if let Some(found) = header.get("kid").and_then(Value::as_str) {
        if found != expected {
            return Err(ReceiptError::WrongKey {
                found: found.into(),
                expected,
            });
        }
    }
    // josekit refuses a JWK whose `alg`, `use` or `key_ops` do not say "verify with EdDSA";
    // hand it the key material only, the members above are checked here.
    let mut bare = Map::new();
    bare.insert("kty".into(), "OKP".into());
    bare.insert("crv".into(), "Ed25519".into());
    bare.insert("x".into(), x.into());
    let bare = Jwk::from_map(bare).map_err(|e| ReceiptError::Key(e.to_string()))?;
    let verifier = EdDSA
        .verifier_from_jwk(&bare)
        .map_err(|e| ReceiptError::Key(e.to_string()))?;
    let (payload, _) =
        josekit::jws::deserialize_compact(jws, &verifier).map_err(|_| ReceiptError::Signature)?;
    serde_json::from_slice(&payload).map_err(|e| ReceiptError::Payload(e.to_string()))
}

/// Verify a receipt file's content: the JSON the server answered (`{"jws", "claims"}`, in which
/// case `claims` must equal the signed payload) or a bare JWS.
pub fn verify_file(text: &str, public_jwk: &Value) -> Result<ReceiptClaims, ReceiptError> {
    let trimmed = text.trim();
    if !trimmed.starts_with('{') {
        return verify(trimmed, public_jwk);
    }
    let value: Value =
        serde_json::from_str(trimmed).map_err(|e| ReceiptError::File(e.to_string()))?;
    let jws = value
        .get("jws")
        .and_then(Value::as_str)
        .ok_or_else(|| ReceiptError::File("no \"jws\"".into()))?;
    let signed = verified_payload(jws, public_jwk)?;
    // Compared as JSON values: member order does not matter, any other difference does.
    if value.get("claims").is_some_and(|claims| *claims != signed) {
        return Err(ReceiptError::ClaimsDiffer);
    }
    serde_json::from_value(signed).map_err(|e| ReceiptError::Payload(e.to_string()))
}

/// Create `path` for a private key: mode 0600 from the moment it exists, never over an
/// existing file, synced before returning.
pub fn write_new_private(path: &Path, content: &[u8]) -> std::io::Result<()> {
    let mut file = OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)?;
    file.write_all(content)?;
    file.sync_all()
}
