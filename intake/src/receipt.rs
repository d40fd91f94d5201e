//! The server's receipt key (Ed25519) and the signed receipt (a compact JWS, `alg` EdDSA).
//!
//! The key is made on the server's first start in its data folder (`receipt-key.pem`, mode
//! 0600) and never leaves it; its public JWK is served at `/api/v1/receipt-key`.

use std::io::Write;
use std::path::Path;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use josekit::jwk::alg::ed::EdCurve;
use josekit::jws::alg::eddsa::EddsaJwsSigner;
use josekit::jws::{EdDSA, JwsHeader};
use pforte_engine::submission::ReceiptClaims;
use sha2::{Digest, Sha256};

/// The key file's name in the data folder.
pub const FILE: &str = "receipt-key.pem";

/// Why the receipt key cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum ReceiptError {
    #[error("{path}: {source}")]
    Io {
        path: std::path::PathBuf,
        source: std::io::Error,
    },
    #[error("receipt key: {0}")]
    Jose(#[from] josekit::JoseError),
}

/// The server's signing key.
pub struct ReceiptKey {
    signer: EddsaJwsSigner,
    public_jwk: serde_json::Value,
    kid: String,
}

impl std::fmt::Debug for ReceiptKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never the private key.
        f.debug_struct("ReceiptKey")
            .field("kid", &self.kid)
            .finish()
    }
}

impl ReceiptKey {
    /// The key in `data_dir`, made (mode 0600) if there is none yet.
    pub fn load_or_create(data_dir: &Path) -> Result<ReceiptKey, ReceiptError> {
        let path = data_dir.join(FILE);
        let io = |source| ReceiptError::Io {
            path: path.clone(),
            source,
        };
        let pem = match std::fs::read(&path) {
            Ok(pem) => pem,
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => {
                let pem = EdDSA
                    .generate_key_pair(EdCurve::Ed25519)?
                    .to_pem_private_key();
                let mut options = std::fs::OpenOptions::new();
                options.write(true).create_new(true);
                #[cfg(unix)]
                std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
                let mut file = options.open(&path).map_err(io)?;
                file.write_all(&pem)
                    .and_then(|()| file.sync_all())
                    .map_err(io)?;
                pem
            }
            Err(err) => return Err(io(err)),
        };
        let pair = EdDSA.key_pair_from_pem(&pem)?;
        let jwk = pair.to_jwk_public_key();
        let x = jwk
            .parameter("x")
            .and_then(|x| x.as_str())
            .unwrap_or_default()
            .to_string();
        let kid = URL_SAFE_NO_PAD.encode(Sha256::digest(format!(
            r#"{{"crv":"Ed25519","kty":"OKP","x":"{x}"}}"#
        )));
        let public_jwk = serde_json::json!({
            "kty": "OKP", "crv": "Ed25519", "x": x, "alg": "EdDSA", "use": "sig", "kid": kid,
        });
        let mut signer = EdDSA.signer_from_pem(&pem)?;
        signer.set_key_id(kid.clone());
        Ok(ReceiptKey {
            signer,
            public_jwk,
            kid,
        })
    }

    /// The receipt as a compact JWS.
    pub fn sign(&self, claims: &ReceiptClaims) -> Result<String, ReceiptError> {
        let payload = serde_json::to_vec(claims)
            .map_err(|err| ReceiptError::Jose(josekit::JoseError::InvalidJson(err.into())))?;
        let mut header = JwsHeader::new();
        header.set_key_id(self.kid.clone());
        Ok(josekit::jws::serialize_compact(
            &payload,
            &header,
            &self.signer,
        )?)
    }

    /// The public key, to verify receipts with.
    pub fn public_jwk(&self) -> &serde_json::Value {
        &self.public_jwk
    }
}
