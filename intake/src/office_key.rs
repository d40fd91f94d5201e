//! The office's public key as a deployment uses it: the RSA 4096 JWK that `pforte office
//! keygen` prints, that the server is given (`pforte serve --office-key FILE`) and serves, and
//! whose RFC 7638 thumbprint the app is built with.
//!
//! [`validate_office_jwk`] is the one check of such a JWK, so the server refuses at start-up
//! what the app would refuse later (or worse, what it would accept): a key of another size,
//! another algorithm, a JWK that carries the private key, or a `kid` that is not the
//! thumbprint.

use std::path::{Path, PathBuf};

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use pforte_engine::submission::{rsa_thumbprint_input, JWE_ALG};
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

/// Modulus size of the office key, in bits.
pub const OFFICE_KEY_BITS: usize = 4096;

/// The `key_ops` the office key is for: wrapping the content key of each JWE.
pub const KEY_OP: &str = "wrapKey";

/// A validated office public key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OfficeKey {
    /// The JWK's `kid`, equal to [`OfficeKey::thumbprint`].
    pub kid: String,
    /// RFC 7638 thumbprint (SHA-256, base64url without padding): what the app pins.
    pub thumbprint: String,
    /// The JWK as given.
    pub jwk: Value,
}

/// Why a JWK is not a usable office or team key (the messages name the file; the caller says
/// which key it is).
#[derive(Debug, thiserror::Error)]
pub enum OfficeKeyError {
    #[error("{}: cannot read the key", path.display())]
    Read {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{}: not a JWK (invalid JSON: {message})", path.display())]
    Json { path: PathBuf, message: String },
    #[error("{}: {source}", path.display())]
    InFile {
        path: PathBuf,
        #[source]
        source: Box<OfficeKeyError>,
    },
    #[error("the key is not a JSON object")]
    NotObject,
    #[error("the key has no \"{0}\"")]
    Missing(&'static str),
    #[error("the key's \"{member}\" must be {expected}, it is {found}")]
    Member {
        member: &'static str,
        expected: String,
        found: String,
    },
    #[error("the key contains the private key (\"{0}\"); give the server the public JWK only")]
    Private(String),
    #[error("the key has {bits} bits, it must have {OFFICE_KEY_BITS}")]
    Size { bits: usize },
    #[error("the key's \"kid\" is {kid}, but its thumbprint is {thumbprint}")]
    Kid { kid: String, thumbprint: String },
}

/// The RFC 7638 thumbprint of an RSA public key given as the JWK members `n` and `e`.
pub fn rsa_thumbprint(n: &str, e: &str) -> String {
    URL_SAFE_NO_PAD.encode(Sha256::digest(rsa_thumbprint_input(e, n).as_bytes()))
}

/// The office's public JWK for an RSA public key given as big-endian modulus and exponent.
pub fn public_jwk(n: &[u8], e: &[u8]) -> Value {
    let (n, e) = (URL_SAFE_NO_PAD.encode(n), URL_SAFE_NO_PAD.encode(e));
    let kid = rsa_thumbprint(&n, &e);
    json!({
        "kty": "RSA",
        "n": n,
        "e": e,
        "alg": JWE_ALG,
        "use": "enc",
        "key_ops": [KEY_OP],
        "kid": kid,
    })
}

/// Check that `jwk` is an office key: RSA, 4096 bits, `alg` RSA-OAEP-256, `key_ops`
/// containing `wrapKey`, `use` (if present) `enc`, no private members, and `kid` equal to the
/// RFC 7638 thumbprint.
pub fn validate_office_jwk(jwk: &Value) -> Result<OfficeKey, OfficeKeyError> {
    let object = jwk.as_object().ok_or(OfficeKeyError::NotObject)?;
    let text = |member: &'static str| -> Result<&str, OfficeKeyError> {
        match object.get(member) {
            None => Err(OfficeKeyError::Missing(member)),
            Some(Value::String(s)) => Ok(s),
            Some(other) => Err(OfficeKeyError::Member {
                member,
                expected: "a string".into(),
                found: other.to_string(),
            }),
        }
    };
    expect(text("kty")?, "kty", "RSA")?;
    expect(text("alg")?, "alg", JWE_ALG)?;
    if object.contains_key("use") {
        expect(text("use")?, "use", "enc")?;
    }
    for private in ["d", "p", "q", "dp", "dq", "qi", "oth"] {
        if object.contains_key(private) {
            return Err(OfficeKeyError::Private(private.into()));
        }
    }
    let ops = object
        .get("key_ops")
        .ok_or(OfficeKeyError::Missing("key_ops"))?;
    let has_wrap = ops
        .as_array()
        .is_some_and(|ops| ops.iter().any(|op| op == KEY_OP));
    if !has_wrap {
        return Err(OfficeKeyError::Member {
            member: "key_ops",
            expected: format!("a list containing \"{KEY_OP}\""),
            found: ops.to_string(),
        });
    }
    let (n, e) = (text("n")?, text("e")?);
    let modulus = decode_member("n", n)?;
    decode_member("e", e)?;
    // Minimal big-endian encoding (RFC 7518 § 6.3.1.1): the byte length and the top bit give
    // the size exactly.
    let bits = match modulus.iter().position(|b| *b != 0) {
        Some(first) => (modulus.len() - first) * 8 - modulus[first].leading_zeros() as usize,
        None => 0,
    };
    if bits != OFFICE_KEY_BITS {
        return Err(OfficeKeyError::Size { bits });
    }
    let thumbprint = rsa_thumbprint(n, e);
    let kid = text("kid")?;
    if kid != thumbprint {
        return Err(OfficeKeyError::Kid {
            kid: kid.into(),
            thumbprint,
        });
    }
    Ok(OfficeKey {
        kid: kid.into(),
        thumbprint,
        jwk: jwk.clone(),
    })
}

/// Read and validate the office key file (a public JWK) at `path`.
pub fn read(path: &Path) -> Result<OfficeKey, OfficeKeyError> {
    let text = std::fs::read_to_string(path).map_err(|source| OfficeKeyError::Read {
        path: path.to_path_buf(),
        source,
    })?;
    let jwk: Value = serde_json::from_str(&text).map_err(|e| OfficeKeyError::Json {
        path: path.to_path_buf(),
        message: e.to_string(),
    })?;
    validate_office_jwk(&jwk).map_err(|source| OfficeKeyError::InFile {
        path: path.to_path_buf(),
        source: Box::new(source),
    })
}

fn expect(found: &str, member: &'static str, expected: &str) -> Result<(), OfficeKeyError> {
    if found == expected {
        Ok(())
    } else {
        Err(OfficeKeyError::Member {
            member,
            expected: format!("\"{expected}\""),
            found: format!("\"{found}\""),
        })
    }
}

fn decode_member(member: &'static str, value: &str) -> Result<Vec<u8>, OfficeKeyError> {
    URL_SAFE_NO_PAD
        .decode(value)
        .map_err(|_| OfficeKeyError::Member {
            member,
            expected: "base64url without padding".into(),
            found: "something else".into(),
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 7638 § 3.1: the example key and its thumbprint.
    #[test]
    fn thumbprint_matches_rfc_7638() {
        let n = "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw";
        assert_eq!(
            rsa_thumbprint(n, "AQAB"),
            "NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs"
        );
    }
}
