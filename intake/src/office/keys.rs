//! The office key pair: `pforte office keygen` makes it, `pforte office fetch` loads the
//! private half to decrypt.
//!
//! The private key is PKCS#8 PEM, optionally encrypted with a passphrase (AES-256-CBC,
//! OpenSSL's PKCS#8 encryption with PBKDF2), in a file that is mode 0600 from the moment it
//! exists and is never written over. The public half is the JWK of
//! [`crate::office_key`], with `kid` set to its RFC 7638 thumbprint.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use openssl::pkey::{PKey, Private};
use openssl::rsa::Rsa;
use openssl::symm::Cipher;
use serde_json::Value;

use crate::jwe::Decrypter;
use crate::office_key::{self, OfficeKey, OFFICE_KEY_BITS};
use crate::receipt::write_new_private;

/// The private key's file name as keygen writes it.
pub const PRIVATE_FILE: &str = "office-key.pem";
/// The public JWK's file name as keygen writes it.
pub const PUBLIC_FILE: &str = "office-key.jwk";
/// Where the passphrase of an encrypted private key is read from, if set.
pub const PASSPHRASE_ENV: &str = "PFORTE_KEY_PASSPHRASE";

/// Why a key could not be made or loaded.
#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    #[error("{}: already exists; keygen never replaces a key (move it away first)", path.display())]
    Exists { path: PathBuf },
    #[error("{}: cannot write", path.display())]
    Write {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{}: cannot read", path.display())]
    Read {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{}: the private key is encrypted; set {PASSPHRASE_ENV} or run in a terminal to be asked", path.display())]
    NeedPassphrase { path: PathBuf },
    #[error("{}: wrong passphrase, or not a PEM private key", path.display())]
    Decode { path: PathBuf },
    #[error("{}: not an RSA {OFFICE_KEY_BITS} private key", path.display())]
    NotOfficeKey { path: PathBuf },
    #[error("the passphrases differ")]
    PassphraseMismatch,
    #[error("the passphrase is empty")]
    EmptyPassphrase,
    #[error("cannot read the passphrase")]
    Prompt(#[source] std::io::Error),
    #[error("OpenSSL: {0}")]
    OpenSsl(#[from] openssl::error::ErrorStack),
    #[error(transparent)]
    Jwe(#[from] crate::jwe::JweError),
}

/// What keygen wrote.
#[derive(Debug)]
pub struct Generated {
    pub private_path: PathBuf,
    pub public_path: PathBuf,
    pub key: OfficeKey,
}

/// A fresh RSA 4096 private key (takes a few seconds).
pub fn generate() -> Result<PKey<Private>, KeyError> {
    let bits = u32::try_from(OFFICE_KEY_BITS).unwrap_or(4096);
    Ok(PKey::from_rsa(Rsa::generate(bits)?)?)
}

/// PKCS#8 PEM of `key`, encrypted with AES-256-CBC if a passphrase is given.
pub fn private_pem(key: &PKey<Private>, passphrase: Option<&str>) -> Result<Vec<u8>, KeyError> {
    Ok(match passphrase {
        Some(passphrase) => {
            key.private_key_to_pem_pkcs8_passphrase(Cipher::aes_256_cbc(), passphrase.as_bytes())?
        }
        None => key.private_key_to_pem_pkcs8()?,
    })
}

/// The office's public JWK of a private key.
pub fn public_jwk(key: &PKey<Private>) -> Result<Value, KeyError> {
    let rsa = key.rsa()?;
    Ok(office_key::public_jwk(&rsa.n().to_vec(), &rsa.e().to_vec()))
}

/// Make a key pair in `dir`: `office-key.pem` (0600, encrypted if `passphrase` is given) and
/// `office-key.jwk`. Refuses if either file exists.
/// The two files of a key pair: the office's (`office-key.pem`, `office-key.jwk`) or a kiosk
/// team's (`team-<id>.pem`, `team-<id>.jwk`, the name the server looks for).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyFiles {
    pub private: String,
    pub public: String,
}

impl KeyFiles {
    pub fn office() -> KeyFiles {
        KeyFiles {
            private: PRIVATE_FILE.into(),
            public: PUBLIC_FILE.into(),
        }
    }

    pub fn team(id: &str) -> KeyFiles {
        KeyFiles {
            private: format!("team-{id}.pem"),
            public: crate::server::kiosk::team_key_file(id),
        }
    }
}

pub fn keygen(
    dir: &Path,
    files: &KeyFiles,
    passphrase: Option<&str>,
) -> Result<Generated, KeyError> {
    refuse_existing(dir, files)?;
    write_key_pair(dir, files, &generate()?, passphrase)
}

fn refuse_existing(dir: &Path, files: &KeyFiles) -> Result<(), KeyError> {
    for path in [dir.join(&files.private), dir.join(&files.public)] {
        if path.exists() {
            return Err(KeyError::Exists { path });
        }
    }
    Ok(())
}

/// Write `key` as keygen does (the files of [`keygen`], same refusals).
pub fn write_key_pair(
    dir: &Path,
    files: &KeyFiles,
    key: &PKey<Private>,
    passphrase: Option<&str>,
) -> Result<Generated, KeyError> {
    refuse_existing(dir, files)?;
    let private_path = dir.join(&files.private);
    let public_path = dir.join(&files.public);
    std::fs::create_dir_all(dir).map_err(|source| KeyError::Write {
        path: dir.to_path_buf(),
        source,
    })?;
    let jwk = public_jwk(key)?;
    let office = office_key::validate_office_jwk(&jwk)
        .unwrap_or_else(|e| unreachable!("keygen made an invalid office key: {e}"));
    write_new_private(&private_path, &private_pem(key, passphrase)?).map_err(
        |source| match source.kind() {
            std::io::ErrorKind::AlreadyExists => KeyError::Exists {
                path: private_path.clone(),
            },
            _ => KeyError::Write {
                path: private_path.clone(),
                source,
            },
        },
    )?;
    let text = serde_json::to_string_pretty(&jwk).unwrap_or_default() + "\n";
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&public_path)
        .and_then(|mut file| std::io::Write::write_all(&mut file, text.as_bytes()))
        .map_err(|source| KeyError::Write {
            path: public_path.clone(),
            source,
        })?;
    Ok(Generated {
        private_path,
        public_path,
        key: office,
    })
}

/// Is this PEM an encrypted private key?
pub fn is_encrypted(pem: &[u8]) -> bool {
    pem.windows(b"ENCRYPTED".len()).any(|w| w == b"ENCRYPTED")
}

/// Load the private key at `path`, decrypting it with `passphrase` if it is encrypted.
pub fn load_private(path: &Path, passphrase: Option<&str>) -> Result<Decrypter, KeyError> {
    let pem = std::fs::read(path).map_err(|source| KeyError::Read {
        path: path.to_path_buf(),
        source,
    })?;
    let decode = || KeyError::Decode {
        path: path.to_path_buf(),
    };
    let key = if is_encrypted(&pem) {
        let passphrase = passphrase.ok_or_else(|| KeyError::NeedPassphrase {
            path: path.to_path_buf(),
        })?;
        PKey::private_key_from_pem_passphrase(&pem, passphrase.as_bytes()).map_err(|_| decode())?
    } else {
        PKey::private_key_from_pem(&pem).map_err(|_| decode())?
    };
    let is_office_key = key
        .rsa()
        .is_ok_and(|rsa| rsa.n().num_bits() as usize == OFFICE_KEY_BITS);
    if !is_office_key {
        return Err(KeyError::NotOfficeKey {
            path: path.to_path_buf(),
        });
    }
    Ok(Decrypter::new(&key)?)
}

/// Load the private key at `path`, asking for the passphrase if it is encrypted: from
/// `PFORTE_KEY_PASSPHRASE`, else by a prompt when stdin is a terminal.
pub fn load_private_asking(path: &Path) -> Result<Decrypter, KeyError> {
    let pem = std::fs::read(path).map_err(|source| KeyError::Read {
        path: path.to_path_buf(),
        source,
    })?;
    if !is_encrypted(&pem) {
        return load_private(path, None);
    }
    let passphrase = match std::env::var(PASSPHRASE_ENV) {
        Ok(passphrase) => passphrase,
        Err(_) if std::io::stdin().is_terminal() => {
            rpassword::prompt_password(format!("Passphrase for {}: ", path.display()))
                .map_err(KeyError::Prompt)?
        }
        Err(_) => {
            return Err(KeyError::NeedPassphrase {
                path: path.to_path_buf(),
            })
        }
    };
    load_private(path, Some(&passphrase))
}

/// The passphrase for a new key: `PFORTE_KEY_PASSPHRASE`, else asked twice on the terminal.
pub fn new_passphrase() -> Result<String, KeyError> {
    if let Ok(passphrase) = std::env::var(PASSPHRASE_ENV) {
        return non_empty(passphrase);
    }
    if !std::io::stdin().is_terminal() {
        return Err(KeyError::NeedPassphrase {
            path: PathBuf::from(PRIVATE_FILE),
        });
    }
    let first =
        rpassword::prompt_password("Passphrase for the new key: ").map_err(KeyError::Prompt)?;
    let second = rpassword::prompt_password("Same passphrase again: ").map_err(KeyError::Prompt)?;
    if first != second {
        return Err(KeyError::PassphraseMismatch);
    }
    non_empty(first)
}

fn non_empty(passphrase: String) -> Result<String, KeyError> {
    if passphrase.is_empty() {
        Err(KeyError::EmptyPassphrase)
    } else {
        Ok(passphrase)
    }
}
