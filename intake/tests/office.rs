//! The office side of submissions: the chunked JWE (round trip and every kind of tampering,
//! each with its own error), the office key files, the receipt, the office API through
//! `oneshot`, `fetch` on local ciphertexts, and interop with npm `jose`.
//!
//! RSA 4096 keys take seconds to make, so the test binary makes one ([`office_key`]) and every
//! test shares it.

use std::io::Read;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;

use axum::body::Body;
use axum::http::{HeaderMap, Method, StatusCode};
use axum::Router;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use josekit::jwe::{JweHeader, RSA_OAEP, RSA_OAEP_256};
use openssl::pkey::{PKey, Private};
use openssl::rsa::Rsa;
use pforte_engine::submission::{
    form_uri, AnnouncedAttachment, AttachmentDescription, CiphertextHash, ContentStructure,
    DataDescription, Hash, Metadata, Receipt, ReceiptClaims, SubmissionSchema,
};
use pforte_intake::blobs::Part;
use pforte_intake::jwe::{
    decrypt_attachment, decrypt_compact, encrypt_attachment, encrypt_attachment_with,
    encrypt_compact, Decrypted, Decrypter, JweError,
};
use pforte_intake::office::fetch::unpack;
use pforte_intake::office::keys::{self, KeyError};
use pforte_intake::office_key::{validate_office_jwk, OfficeKeyError};
use pforte_intake::receipt::{self, ReceiptError, ReceiptKey};
use pforte_intake::server::office::{Detail, Entry};
use pforte_intake::server::{app, AppState};
use serde_json::{json, Value};
use sha2::{Digest, Sha256, Sha512};

/// The test binary's office key: private key, public JWK, decrypter.
struct TestKey {
    private: PKey<Private>,
    jwk: Value,
    decrypter: Decrypter,
}

fn office_key() -> &'static TestKey {
    static KEY: OnceLock<TestKey> = OnceLock::new();
    KEY.get_or_init(|| {
        let private = keys::generate().expect("RSA 4096");
        let jwk = keys::public_jwk(&private).expect("public JWK");
        let decrypter = Decrypter::new(&private).expect("decrypter");
        TestKey {
            private,
            jwk,
            decrypter,
        }
    })
}

/// A small other key (2048 bits, quick to make): "encrypted for someone else".
fn other_jwk() -> Value {
    let rsa = Rsa::generate(2048).expect("RSA 2048");
    pforte_intake::office_key::public_jwk(&rsa.n().to_vec(), &rsa.e().to_vec())
}

fn plaintext(len: usize) -> Vec<u8> {
    (0..len).map(|i| (i * 7 + i / 251) as u8).collect()
}

fn decrypt(text: &str) -> Result<Decrypted, JweError> {
    let mut out = Vec::new();
    decrypt_attachment(text.as_bytes(), &office_key().decrypter, &mut out)
}

fn sha512_hex(bytes: &[u8]) -> String {
    format!("{:x}", Sha512::digest(bytes))
}

fn sha256_hex(bytes: &[u8]) -> String {
    format!("{:x}", Sha256::digest(bytes))
}

// --- chunked JWE ------------------------------------------------------------------------

#[test]
fn chunked_attachments_round_trip() {
    let key = office_key();
    for (len, chunk, chunks) in [(1000, 100, 10), (1001, 100, 11), (0, 100, 1), (5, 100, 1)] {
        let data = plaintext(len);
        let text =
            encrypt_attachment_with(&data, &key.jwk, "application/pdf", chunk).expect("encrypts");
        assert_eq!(
            text.split('\n').count(),
            chunks,
            "{len} bytes in chunks of {chunk}"
        );
        let mut out = Vec::new();
        let decrypted =
            decrypt_attachment(text.as_bytes(), &key.decrypter, &mut out).expect("decrypts");
        assert_eq!(out, data);
        assert_eq!(decrypted.bytes, len as u64);
        assert_eq!(decrypted.sha512, sha512_hex(&data));
        assert_eq!(decrypted.cty.as_deref(), Some("application/pdf"));
    }
    // The production chunk size: a small file is one JWE, readable by decrypt_compact too.
    let text = encrypt_attachment(b"hello", &key.jwk, "text/plain").expect("encrypts");
    let (plain, header) = decrypt_compact(&text, &key.decrypter).expect("one JWE");
    assert_eq!(plain, b"hello");
    assert_eq!(header.chunk.map(|c| (c.index, c.count)), Some((0, 1)));
    assert_eq!(header.kid, key.decrypter.kid);
}

#[test]
fn chunks_share_one_encrypted_key_and_differ_in_iv() {
    let text =
        encrypt_attachment_with(&plaintext(300), &office_key().jwk, "a/b", 100).expect("encrypts");
    let parts: Vec<Vec<&str>> = text.split('\n').map(|c| c.split('.').collect()).collect();
    assert!(
        parts.iter().all(|p| p[1] == parts[0][1]),
        "one encrypted key"
    );
    assert_ne!(parts[0][2], parts[1][2], "fresh IVs");
}

#[test]
fn a_plain_jwe_is_an_attachment_of_one_chunk() {
    let key = office_key();
    let text = encrypt_compact(b"{\"a\":1}", &key.jwk, "application/json").expect("encrypts");
    let decrypted = decrypt(&text).expect("decrypts");
    assert_eq!(decrypted.bytes, 7);
    // Followed by anything, it is not.
    assert!(matches!(
        decrypt(&format!("{text}\n{text}")),
        Err(JweError::TrailingData)
    ));
}

/// The five chunks every tampering test starts from, as lines.
fn five_chunks() -> Vec<String> {
    let text = encrypt_attachment_with(&plaintext(450), &office_key().jwk, "image/png", 100)
        .expect("encrypts");
    text.split('\n').map(String::from).collect()
}

/// Change one base64url character in the middle of part `part` (0..5) of a compact JWE.
fn flip(compact: &str, part: usize) -> String {
    let mut parts: Vec<String> = compact.split('.').map(String::from).collect();
    let middle = parts[part].len() / 2;
    let old = parts[part].as_bytes()[middle];
    let new = if old == b'A' { "B" } else { "A" };
    parts[part].replace_range(middle..=middle, new);
    parts.join(".")
}

/// Re-encode the protected header of a compact JWE after `edit`.
fn edit_header(compact: &str, edit: impl FnOnce(&mut Value)) -> String {
    let mut parts: Vec<String> = compact.split('.').map(String::from).collect();
    let mut header: Value =
        serde_json::from_slice(&URL_SAFE_NO_PAD.decode(&parts[0]).expect("b64")).expect("json");
    edit(&mut header);
    parts[0] = URL_SAFE_NO_PAD.encode(serde_json::to_vec(&header).expect("json"));
    parts.join(".")
}

fn check(chunks: &[String], expected: impl Fn(&JweError) -> bool) {
    let text = chunks.join("\n");
    match decrypt(&text) {
        Err(e) if expected(&e) => {}
        other => panic!("unexpected: {other:?}"),
    }
}

#[test]
fn every_altered_part_of_a_chunk_fails_authentication() {
    let chunks = five_chunks();
    for part in [2, 3, 4] {
        let mut tampered = chunks.clone();
        tampered[1] = flip(&tampered[1], part);
        check(&tampered, |e| {
            matches!(
                e,
                JweError::Altered {
                    chunk: Some((1, 5))
                }
            )
        });
    }
    // The header is the additional data: an edited chunk number or media type is caught.
    let mut tampered = chunks.clone();
    tampered[1] = edit_header(&tampered[1], |h| h["cty"] = json!("text/html"));
    check(&tampered, |e| matches!(e, JweError::Altered { .. }));
    let mut tampered = chunks.clone();
    tampered[1] = edit_header(&tampered[1], |h| h["pforte-chunk"]["index"] = json!(2));
    check(&tampered, |e| matches!(e, JweError::Altered { .. }));
    // A flipped header byte breaks the JSON, the profile or authentication; never passes.
    let mut tampered = chunks.clone();
    tampered[1] = flip(&tampered[1], 0);
    assert!(decrypt(&tampered.join("\n")).is_err());
    // The first chunk's encrypted key no longer unwraps; a later chunk's differs from the first.
    let mut tampered = chunks.clone();
    tampered[0] = flip(&tampered[0], 1);
    check(&tampered, |e| matches!(e, JweError::Unwrap));
    let mut tampered = chunks.clone();
    tampered[3] = flip(&tampered[3], 1);
    check(&tampered, |e| matches!(e, JweError::MixedKeys { index: 3 }));
}

#[test]
fn misplaced_chunks_are_named() {
    let chunks = five_chunks();
    let mut swapped = chunks.clone();
    swapped.swap(1, 2);
    check(&swapped, |e| {
        matches!(
            e,
            JweError::OutOfOrder {
                expected: 1,
                found: 2,
                count: 5
            }
        )
    });
    check(&chunks[..4], |e| {
        matches!(e, JweError::Missing { index: 4, count: 5 })
    });
    let e = decrypt(&chunks[..4].join("\n")).expect_err("truncated");
    assert_eq!(
        e.to_string(),
        "chunk 5 of 5 is missing: the file is truncated"
    );
    // Truncated right after a separator.
    let text = chunks[..4].join("\n") + "\n";
    assert!(matches!(
        decrypt(&text),
        Err(JweError::Missing { index: 4, count: 5 })
    ));
    let mut dropped = chunks.clone();
    dropped.remove(2);
    check(&dropped, |e| {
        matches!(
            e,
            JweError::OutOfOrder {
                expected: 2,
                found: 3,
                ..
            }
        )
    });
    let mut duplicated = chunks.clone();
    duplicated.insert(2, chunks[1].clone());
    check(&duplicated, |e| {
        matches!(e, JweError::Duplicate { index: 1, count: 5 })
    });
    let mut trailing = chunks.clone();
    trailing.push("garbage".into());
    check(&trailing, |e| matches!(e, JweError::TrailingData));
    assert!(matches!(
        decrypt(&(chunks.join("\n") + "\n")),
        Err(JweError::TrailingData)
    ));
    // A chunk of another attachment (same key, same count) in the right place.
    let other = five_chunks();
    let mut mixed = chunks.clone();
    mixed[2] = other[2].clone();
    check(&mixed, |e| matches!(e, JweError::MixedKeys { index: 2 }));
}

#[test]
fn foreign_keys_and_profiles_are_refused_by_name() {
    let key = office_key();
    let other = other_jwk();
    let text = encrypt_attachment_with(b"x", &other, "a/b", 100).expect("encrypts");
    let e = decrypt(&text).expect_err("another key");
    assert!(
        matches!(&e, JweError::WrongKey { found, expected } if *found == other["kid"] && *expected == key.decrypter.kid),
        "{e:?}"
    );
    assert!(e.to_string().starts_with("encrypted for key "), "{e}");
    // Another key that claims to be ours.
    let mut liar = other.clone();
    liar["kid"] = key.jwk["kid"].clone();
    let text = encrypt_compact(b"x", &liar, "a/b").expect("encrypts");
    assert!(matches!(
        decrypt_compact(&text, &key.decrypter),
        Err(JweError::Unwrap)
    ));
    // RSA-OAEP with SHA-1, and A128GCM: refused, naming what was found.
    let pem = key.private.public_key_to_pem().expect("pem");
    let encrypter = RSA_OAEP.encrypter_from_pem(&pem).expect("encrypter");
    let mut header = JweHeader::new();
    header.set_content_encryption("A256GCM");
    header.set_key_id(key.decrypter.kid.clone());
    let text = josekit::jwe::serialize_compact(b"x", &header, &encrypter).expect("encrypts");
    let e = decrypt_compact(&text, &key.decrypter).expect_err("wrong alg");
    assert!(
        matches!(&e, JweError::Profile { alg, .. } if alg == "RSA-OAEP"),
        "{e:?}"
    );
    assert!(e.to_string().contains("alg RSA-OAEP, enc A256GCM"), "{e}");
    let encrypter = RSA_OAEP_256.encrypter_from_pem(&pem).expect("encrypter");
    header.set_content_encryption("A128GCM");
    let text = josekit::jwe::serialize_compact(b"x", &header, &encrypter).expect("encrypts");
    let e = decrypt(&text).expect_err("wrong enc");
    assert!(
        matches!(&e, JweError::Profile { enc, .. } if enc == "A128GCM"),
        "{e:?}"
    );
    // Not a JWE at all.
    assert!(matches!(decrypt("hello"), Err(JweError::NotJwe(_))));
    assert!(matches!(decrypt(""), Err(JweError::Empty)));
    assert!(matches!(
        decrypt_compact("a.b.c.d.e", &key.decrypter),
        Err(JweError::NotJwe(_)) | Err(JweError::Header(_))
    ));
}

// --- keys ---------------------------------------------------------------------------------

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path)
        .expect("exists")
        .permissions()
        .mode()
        & 0o777
}

#[test]
fn keygen_writes_a_private_file_0600_and_never_overwrites() {
    let dir = tempfile::tempdir().expect("temp dir");
    let key = office_key();
    let generated = keys::write_key_pair(dir.path(), &keys::KeyFiles::office(), &key.private, None)
        .expect("writes");
    assert_eq!(mode(&generated.private_path), 0o600);
    let jwk: Value =
        serde_json::from_str(&std::fs::read_to_string(&generated.public_path).expect("jwk"))
            .expect("json");
    let office = validate_office_jwk(&jwk).expect("a valid office key");
    assert_eq!(office.kid, key.decrypter.kid);
    assert_eq!(jwk["key_ops"], json!(["wrapKey"]));
    assert_eq!(jwk["alg"], "RSA-OAEP-256");
    let before = std::fs::read(&generated.private_path).expect("pem");
    assert!(matches!(
        keys::write_key_pair(dir.path(), &keys::KeyFiles::office(), &key.private, None),
        Err(KeyError::Exists { .. })
    ));
    assert!(matches!(
        keys::keygen(dir.path(), &keys::KeyFiles::office(), None),
        Err(KeyError::Exists { .. })
    ));
    assert_eq!(
        std::fs::read(&generated.private_path).expect("pem"),
        before,
        "untouched"
    );
    // What is encrypted to the written public key, the written private key decrypts.
    let loaded = keys::load_private(&generated.private_path, None).expect("loads");
    let text = encrypt_compact(b"secret", &jwk, "text/plain").expect("encrypts");
    assert_eq!(
        decrypt_compact(&text, &loaded).expect("decrypts").0,
        b"secret"
    );
}

#[test]
fn an_encrypted_private_key_needs_its_passphrase() {
    let dir = tempfile::tempdir().expect("temp dir");
    let generated = keys::write_key_pair(
        dir.path(),
        &keys::KeyFiles::office(),
        &office_key().private,
        Some("correct horse"),
    )
    .expect("writes");
    let pem = std::fs::read_to_string(&generated.private_path).expect("pem");
    assert!(
        pem.starts_with("-----BEGIN ENCRYPTED PRIVATE KEY-----"),
        "{pem}"
    );
    assert_eq!(mode(&generated.private_path), 0o600);
    assert!(matches!(
        keys::load_private(&generated.private_path, None),
        Err(KeyError::NeedPassphrase { .. })
    ));
    assert!(matches!(
        keys::load_private(&generated.private_path, Some("wrong")),
        Err(KeyError::Decode { .. })
    ));
    let loaded = keys::load_private(&generated.private_path, Some("correct horse")).expect("loads");
    assert_eq!(loaded.kid, office_key().decrypter.kid);
}

#[test]
fn office_jwks_are_validated() {
    let good = office_key().jwk.clone();
    assert!(validate_office_jwk(&good).is_ok());
    let check = |edit: &dyn Fn(&mut Value), expected: &dyn Fn(&OfficeKeyError) -> bool| {
        let mut jwk = good.clone();
        edit(&mut jwk);
        match validate_office_jwk(&jwk) {
            Err(e) if expected(&e) => {}
            other => panic!("unexpected for {jwk}: {other:?}"),
        }
    };
    check(&|j| j["kid"] = json!("someone-else"), &|e| {
        matches!(e, OfficeKeyError::Kid { .. })
    });
    check(&|j| j["alg"] = json!("RSA-OAEP"), &|e| {
        matches!(e, OfficeKeyError::Member { member: "alg", .. })
    });
    check(&|j| j["key_ops"] = json!(["encrypt"]), &|e| {
        matches!(
            e,
            OfficeKeyError::Member {
                member: "key_ops",
                ..
            }
        )
    });
    check(&|j| j["kty"] = json!("EC"), &|e| {
        matches!(e, OfficeKeyError::Member { member: "kty", .. })
    });
    check(&|j| j["d"] = json!("AAAA"), &|e| {
        matches!(e, OfficeKeyError::Private(_))
    });
    check(
        &|j| {
            j.as_object_mut().map(|o| o.remove("kid"));
        },
        &|e| matches!(e, OfficeKeyError::Missing("kid")),
    );
    assert!(matches!(
        validate_office_jwk(&other_jwk()),
        Err(OfficeKeyError::Size { bits: 2048 })
    ));
}

// --- receipt ------------------------------------------------------------------------------

fn claims() -> ReceiptClaims {
    ReceiptClaims {
        reference: "7KQM-2X9P-V".into(),
        submission_id: "0f8fad5b-d9cb-469f-a165-70867728950e".into(),
        received_at: "2026-11-27T07:12:03Z".into(),
        form_id: "tiny".into(),
        form_version: "1.0.0".into(),
        ciphertexts: vec![CiphertextHash {
            part: "data".into(),
            sha256: "00".repeat(32),
        }],
    }
}

#[test]
fn receipts_verify_and_tampered_ones_do_not() {
    let dir = tempfile::tempdir().expect("temp dir");
    let key = ReceiptKey::load_or_create(dir.path()).expect("creates");
    assert_eq!(mode(&dir.path().join(receipt::KEY_FILE)), 0o600);
    let again = ReceiptKey::load_or_create(dir.path()).expect("loads");
    assert_eq!(
        again.public_jwk(),
        key.public_jwk(),
        "the same key the second time"
    );
    let jwk = key.public_jwk();
    assert_eq!(
        jwk["kid"],
        receipt::okp_thumbprint(jwk["x"].as_str().expect("x"))
    );
    let jws = key.sign(&claims()).expect("signs");
    assert_eq!(receipt::verify(&jws, &jwk).expect("valid"), claims());
    // The file the server's answer is saved as, and a bare JWS.
    let file = serde_json::to_string(&Receipt {
        jws: jws.clone(),
        claims: claims(),
    })
    .expect("json");
    assert_eq!(receipt::verify_file(&file, &jwk).expect("valid"), claims());
    assert!(receipt::verify_file(&format!("{jws}\n"), &jwk).is_ok());
    // Readable claims that differ from the signed ones.
    let mut other = claims();
    other.reference = "0000-0000-0".into();
    let file = serde_json::to_string(&Receipt {
        jws: jws.clone(),
        claims: other.clone(),
    })
    .expect("json");
    assert!(matches!(
        receipt::verify_file(&file, &jwk),
        Err(ReceiptError::ClaimsDiffer)
    ));
    // A changed payload under the old signature.
    let parts: Vec<&str> = jws.split('.').collect();
    let payload = URL_SAFE_NO_PAD.encode(serde_json::to_vec(&other).expect("json"));
    let forged = format!("{}.{payload}.{}", parts[0], parts[2]);
    assert!(matches!(
        receipt::verify(&forged, &jwk),
        Err(ReceiptError::Signature)
    ));
    // Another server's key.
    let stranger = ReceiptKey::load_or_create(&dir.path().join("other")).expect("creates");
    assert!(matches!(
        receipt::verify(&jws, &stranger.public_jwk()),
        Err(ReceiptError::WrongKey { .. })
    ));
    let mut no_kid = stranger.public_jwk();
    no_kid["x"] = jwk["x"].clone();
    assert!(
        receipt::verify(&jws, &no_kid).is_ok(),
        "the key material decides, not the JWK's kid"
    );
}

// --- office API ---------------------------------------------------------------------------

const TOKEN: &str = "office-test-token-0123456789";
const SID: &str = "0f8fad5b-d9cb-469f-a165-70867728950e";
const AID: &str = "7c9e6679-7425-40de-944b-e07fc1f90ae7";

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/server")
}

/// A submitted application, encrypted to the test key: its server record and ciphertexts.
struct Submission {
    detail: Detail,
    attachment: String,
    attachment_plain: Vec<u8>,
}

fn submission(data: &Value, version: &str, receipt_key: &ReceiptKey) -> Submission {
    let key = office_key();
    let data_bytes = serde_json::to_vec(data).expect("json");
    let attachment_plain = plaintext(2500);
    let attachment = encrypt_attachment_with(&attachment_plain, &key.jwk, "application/pdf", 1000)
        .expect("encrypts");
    let metadata = Metadata {
        content_structure: ContentStructure {
            data: DataDescription {
                hash: Hash::sha512(sha512_hex(&data_bytes)),
                submission_schema: SubmissionSchema {
                    schema_uri: form_uri("tiny", version),
                    mime_type: "application/json".into(),
                },
            },
            attachments: vec![AttachmentDescription {
                attachment_id: AID.into(),
                hash: Hash::sha512(sha512_hex(&attachment_plain)),
                purpose: "passport".into(),
                filename: "../pass port.pdf".into(),
                mime_type: "application/pdf".into(),
            }],
        },
    };
    let encrypted_metadata = encrypt_compact(
        &serde_json::to_vec(&metadata).expect("json"),
        &key.jwk,
        "application/json",
    )
    .expect("encrypts");
    let encrypted_data =
        encrypt_compact(&data_bytes, &key.jwk, "application/json").expect("encrypts");
    let claims = ReceiptClaims {
        reference: "7KQM-2X9P-V".into(),
        submission_id: SID.into(),
        received_at: "2026-11-27T07:12:03Z".into(),
        form_id: "tiny".into(),
        form_version: version.into(),
        ciphertexts: vec![
            CiphertextHash {
                part: "metadata".into(),
                sha256: sha256_hex(encrypted_metadata.as_bytes()),
            },
            CiphertextHash {
                part: "data".into(),
                sha256: sha256_hex(encrypted_data.as_bytes()),
            },
            CiphertextHash {
                part: AID.into(),
                sha256: sha256_hex(attachment.as_bytes()),
            },
        ],
    };
    let receipt = Receipt {
        jws: receipt_key.sign(&claims).expect("signs"),
        claims,
    };
    Submission {
        detail: Detail {
            entry: Entry {
                reference: "7KQM-2X9P-V".into(),
                submission_id: SID.into(),
                form_id: "tiny".into(),
                form_version: version.into(),
                received_at: "2026-11-27T07:12:03Z".into(),
                state: "submitted".into(),
                attachments: vec![AnnouncedAttachment {
                    attachment_id: AID.into(),
                    length: attachment.len() as u64,
                }],
            },
            encrypted_metadata,
            encrypted_data,
            receipt,
        },
        attachment,
        attachment_plain,
    }
}

/// The app with one submitted application in its database and blob folder, and a token.
async fn office_app() -> (Router, tempfile::TempDir, Submission) {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path().join("data");
    let config = crate::server::config(
        fixtures().join("dist"),
        fixtures().join("forms"),
        fixtures().join("locales"),
        data.clone(),
    );
    let state = AppState::load(&config).await.expect("loads");
    let receipt_key = ReceiptKey::load_or_create(&data).expect("receipt key");
    let sub = submission(&json!({"name": "Ada"}), "1.0.0", &receipt_key);
    let db = state.db.clone();
    crate::server::add_office_token(&db, TOKEN).await;
    let received = 1_795_763_523_i64; // 2026-11-27T07:12:03Z
    sqlx::query(
        "INSERT INTO submissions (id, form_id, form_version, announce, created_at, state, reference, submitted_at, receipt) \
         VALUES ($1, 'tiny', '1.0.0', '{}', 0, 'submitted', '7KQM-2X9P-V', $2, $3)",
    )
    .bind(SID)
    .bind(received)
    .bind(serde_json::to_string(&sub.detail.receipt).expect("json"))
    .execute(&db)
    .await
    .expect("submission");
    // One that is still being uploaded: never shown to the office.
    sqlx::query("INSERT INTO submissions (id, form_id, form_version, announce, created_at, state) VALUES ('11111111-2222-4333-8444-555555555555', 'tiny', '1.0.0', '{}', 0, 'announced')")
        .execute(&db)
        .await
        .expect("announced");
    sqlx::query("INSERT INTO attachments (submission_id, id, position, length, sha256) VALUES ($1, $2, 0, $3, 'x')")
        .bind(SID)
        .bind(AID)
        .bind(sub.attachment.len() as i64)
        .execute(&db)
        .await
        .expect("attachment");
    // The ciphertexts as the server stores them (data folder, or the S3 store under test).
    let blobs = &state.intake.blobs;
    for (part, text) in [
        (
            Part::Metadata,
            sub.detail.encrypted_metadata.as_bytes().to_vec(),
        ),
        (Part::Data, sub.detail.encrypted_data.as_bytes().to_vec()),
        (Part::Attachment(AID), sub.attachment.as_bytes().to_vec()),
    ] {
        blobs
            .put(SID, part, bytes::Bytes::from(text))
            .await
            .expect("a stored ciphertext");
    }
    (app(state), dir, sub)
}

async fn call(
    router: &Router,
    method: Method,
    uri: &str,
    token: Option<&str>,
) -> (StatusCode, HeaderMap, Vec<u8>) {
    let bearer = token.map(|t| format!("Bearer {t}"));
    let headers: Vec<(&str, &str)> = bearer
        .iter()
        .map(|b| ("authorization", b.as_str()))
        .collect();
    let answer = crate::server::request(router, method, uri, &headers, Body::empty()).await;
    (answer.status, answer.headers, answer.body)
}

fn json_of(body: &[u8]) -> Value {
    serde_json::from_slice(body)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(body)))
}

#[tokio::test]
async fn office_endpoints_need_a_known_token() {
    let (router, _dir, _) = office_app().await;
    let base = "/api/v1/office/submissions";
    for (method, uri) in [
        (Method::GET, base.to_string()),
        (Method::GET, format!("{base}/7KQM-2X9P-V")),
        (Method::GET, format!("{base}/7KQM-2X9P-V/attachments/{AID}")),
        (Method::POST, format!("{base}/7KQM-2X9P-V/ack")),
    ] {
        for token in [None, Some("wrong"), Some("")] {
            let (status, headers, body) = call(&router, method.clone(), &uri, token).await;
            assert_eq!(status, StatusCode::UNAUTHORIZED, "{method} {uri} {token:?}");
            let challenge = headers["www-authenticate"].to_str().expect("ascii");
            assert!(challenge.starts_with("Bearer"), "{challenge}");
            assert_eq!(json_of(&body)["error"]["code"], "unauthorized");
        }
    }
    let (_, headers, _) = call(&router, Method::GET, base, Some("wrong")).await;
    assert!(headers["www-authenticate"]
        .to_str()
        .expect("ascii")
        .contains("invalid_token"));
}

#[tokio::test]
async fn office_lists_fetches_and_acknowledges() {
    let (router, _dir, sub) = office_app().await;
    let base = "/api/v1/office/submissions";
    let (status, _, body) = call(&router, Method::GET, base, Some(TOKEN)).await;
    assert_eq!(status, StatusCode::OK);
    let list: Vec<Entry> = serde_json::from_slice(&body).expect("entries");
    assert_eq!(
        list,
        vec![sub.detail.entry.clone()],
        "the announced one is not listed"
    );
    assert_eq!(
        json_of(&body)[0]["attachments"][0]["attachmentId"],
        AID,
        "camelCase as documented"
    );

    // Typed loosely, as a clerk might; a typo is caught by the check symbol.
    let (status, _, body) = call(
        &router,
        Method::GET,
        &format!("{base}/7kqm%202x9p%20v"),
        Some(TOKEN),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let detail: Detail = serde_json::from_slice(&body).expect("detail");
    assert_eq!(detail, sub.detail);
    let (status, _, _) = call(
        &router,
        Method::GET,
        &format!("{base}/7KQM-2X9P-5"),
        Some(TOKEN),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let (status, _, _) = call(
        &router,
        Method::GET,
        &format!("{base}/0000-0000-0"),
        Some(TOKEN),
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    let (status, headers, body) = call(
        &router,
        Method::GET,
        &format!("{base}/7KQM-2X9P-V/attachments/{AID}"),
        Some(TOKEN),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        headers["content-length"],
        sub.attachment.len().to_string().as_str()
    );
    assert_eq!(body, sub.attachment.as_bytes());
    let (status, _, _) = call(
        &router,
        Method::GET,
        &format!("{base}/7KQM-2X9P-V/attachments/{SID}"),
        Some(TOKEN),
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    for _ in 0..2 {
        let (status, _, body) = call(
            &router,
            Method::POST,
            &format!("{base}/7KQM-2X9P-V/ack"),
            Some(TOKEN),
        )
        .await;
        assert_eq!(status, StatusCode::OK, "idempotent");
        assert_eq!(json_of(&body)["state"], "fetched");
    }
    let (_, _, body) = call(&router, Method::GET, base, Some(TOKEN)).await;
    assert_eq!(json_of(&body), json!([]));
    let (_, _, body) = call(
        &router,
        Method::GET,
        &format!("{base}?state=fetched"),
        Some(TOKEN),
    )
    .await;
    assert_eq!(json_of(&body)[0]["reference"], "7KQM-2X9P-V");
    let (status, _, _) = call(
        &router,
        Method::GET,
        &format!("{base}?state=announced"),
        Some(TOKEN),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
}

// --- fetch --------------------------------------------------------------------------------

fn unpack_into(
    sub: &Submission,
    out: &Path,
) -> anyhow::Result<pforte_intake::office::fetch::Fetched> {
    let attachment = sub.attachment.clone();
    unpack(
        &sub.detail,
        &office_key().decrypter,
        &fixtures().join("forms"),
        out,
        move |_| {
            Ok(Box::new(std::io::Cursor::new(attachment.clone().into_bytes())) as Box<dyn Read>)
        },
    )
}

#[test]
fn fetch_writes_checked_files_or_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let receipt_key = ReceiptKey::load_or_create(dir.path()).expect("receipt key");
    let out = dir.path().join("out");
    let sub = submission(&json!({"name": "Ada"}), "1.0.0", &receipt_key);
    let fetched = unpack_into(&sub, &out).expect("fetches");
    assert!(fetched.validation.valid, "{:?}", fetched.validation);
    let folder = out.join("7KQM-2X9P-V");
    assert_eq!(fetched.dir, folder);
    assert_eq!(
        json_of(&std::fs::read(folder.join("data.json")).expect("data")),
        json!({"name": "Ada"})
    );
    assert_eq!(
        std::fs::read(folder.join("attachments/_pass port.pdf")).expect("attachment"),
        sub.attachment_plain
    );
    let receipt: Receipt =
        serde_json::from_slice(&std::fs::read(folder.join("receipt.json")).expect("receipt"))
            .expect("json");
    assert!(receipt::verify_file(
        &serde_json::to_string(&receipt).expect("json"),
        &receipt_key.public_jwk()
    )
    .is_ok());
    let summary = std::fs::read_to_string(folder.join("summary.txt")).expect("summary");
    for line in [
        "7KQM-2X9P-V",
        "/name: \"Ada\"",
        "2500 bytes, SHA-512 matches",
        "valid",
    ] {
        assert!(summary.contains(line), "{line} in\n{summary}");
    }
    // Again: refused, the first result untouched.
    assert!(unpack_into(&sub, &out).is_err());
    assert_eq!(std::fs::read_dir(&out).expect("out").count(), 1);

    // A changed attachment (re-encrypted, so it decrypts): its hash gives it away, nothing is
    // written.
    let out = dir.path().join("out2");
    let mut changed = submission(&json!({"name": "Ada"}), "1.0.0", &receipt_key);
    changed.attachment =
        encrypt_attachment_with(b"other", &office_key().jwk, "a/b", 1000).expect("encrypts");
    changed.detail.entry.attachments[0].length = changed.attachment.len() as u64;
    let e = unpack_into(&changed, &out).expect_err("receipt names another ciphertext");
    assert!(
        format!("{e:#}").contains("not the one the receipt names"),
        "{e:#}"
    );
    assert_eq!(
        std::fs::read_dir(&out).map(|d| d.count()).unwrap_or(0),
        0,
        "nothing left behind"
    );

    // Invalid data is fetched, and says so.
    let out = dir.path().join("out3");
    let invalid = submission(&json!({"name": ""}), "1.0.0", &receipt_key);
    let fetched = unpack_into(&invalid, &out).expect("fetches");
    assert!(!fetched.validation.valid);
    assert!(fetched.summary.contains("INVALID"), "{}", fetched.summary);

    // Another form version than the local one.
    let out = dir.path().join("out4");
    let other_version = submission(&json!({"name": "Ada"}), "2.0.0", &receipt_key);
    let e = unpack_into(&other_version, &out).expect_err("version differs");
    assert!(
        format!("{e:#}")
            .contains("is version 1.0.0, but the submission was made with version 2.0.0"),
        "{e:#}"
    );
    // Metadata that names another form than the server recorded.
    let mut mismatch = submission(&json!({"name": "Ada"}), "1.0.0", &receipt_key);
    mismatch.detail.entry.form_version = "2.0.0".into();
    mismatch.detail.receipt.claims.form_version = "2.0.0".into();
    let e = unpack_into(&mismatch, &out).expect_err("metadata disagrees");
    assert!(
        format!("{e:#}").contains("follows urn:pforte:form:tiny:1.0.0"),
        "{e:#}"
    );
}

// --- the pforte binary against a real server --------------------------------------------

fn pforte(args: &[&str], env: &[(&str, &str)]) -> std::process::Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_pforte"));
    command
        .args(args)
        .env_remove("PFORTE_OFFICE_TOKEN")
        .env_remove("PFORTE_KEY_PASSPHRASE");
    for (name, value) in env {
        command.env(name, value);
    }
    command.stdin(Stdio::null()).output().expect("runs pforte")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn the_cli_lists_fetches_acknowledges_and_verifies() {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let (router, dir, _) = runtime.block_on(office_app());
    let listener = runtime
        .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
        .expect("binds");
    let server = format!("http://{}", listener.local_addr().expect("address"));
    runtime.spawn(async move { axum::serve(listener, router).await });
    let keys_dir = dir.path().join("keys");
    let generated = keys::write_key_pair(
        &keys_dir,
        &keys::KeyFiles::office(),
        &office_key().private,
        Some("pass"),
    )
    .expect("writes");
    let pem = generated.private_path.to_string_lossy().into_owned();
    let out = dir.path().join("inbox");
    let out = out.to_string_lossy().into_owned();
    let forms = fixtures().join("forms").to_string_lossy().into_owned();
    let token = [("PFORTE_OFFICE_TOKEN", TOKEN)];

    let output = pforte(&["office", "list", "--server", &server], &token);
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert!(
        text(&output.stdout).starts_with("7KQM-2X9P-V  2026-11-27T07:12:03Z  tiny 1.0.0"),
        "{}",
        text(&output.stdout)
    );
    let output = pforte(&["office", "list", "--server", &server], &[]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        text(&output.stderr).contains("set PFORTE_OFFICE_TOKEN"),
        "{}",
        text(&output.stderr)
    );
    let output = pforte(
        &["office", "list", "--server", &server],
        &[("PFORTE_OFFICE_TOKEN", "nope")],
    );
    assert_eq!(output.status.code(), Some(1));
    assert!(
        text(&output.stderr).contains("does not accept the token"),
        "{}",
        text(&output.stderr)
    );

    let fetch = [
        "office",
        "fetch",
        "7kqm 2x9p v",
        "--server",
        &server,
        "--key",
        &pem,
        "--out",
        &out,
        "--forms",
        &forms,
    ];
    let output = pforte(&fetch, &token);
    assert_eq!(output.status.code(), Some(1), "no passphrase, no terminal");
    assert!(
        text(&output.stderr).contains("PFORTE_KEY_PASSPHRASE"),
        "{}",
        text(&output.stderr)
    );
    let with_passphrase = [token[0], ("PFORTE_KEY_PASSPHRASE", "pass")];
    let output = pforte(&fetch, &with_passphrase);
    assert!(output.status.success(), "{}", text(&output.stderr));
    let folder = Path::new(&out).join("7KQM-2X9P-V");
    assert!(folder.join("summary.txt").is_file());
    assert_eq!(text(&output.stdout).trim(), folder.to_string_lossy());

    let output = pforte(
        &["office", "ack", "7KQM-2X9P-V", "--server", &server],
        &token,
    );
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert_eq!(text(&output.stdout).trim(), "7KQM-2X9P-V fetched");

    // The receipt, checked offline with the server's receipt key.
    let receipt_key = ReceiptKey::load_or_create(&dir.path().join("data")).expect("loads");
    let jwk = dir.path().join("receipt-key.jwk");
    std::fs::write(&jwk, receipt_key.public_jwk().to_string()).expect("writes");
    let jwk = jwk.to_string_lossy().into_owned();
    let receipt = folder.join("receipt.json").to_string_lossy().into_owned();
    let output = pforte(&["office", "verify-receipt", &receipt, "--key", &jwk], &[]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert_eq!(json_of(&output.stdout)["reference"], "7KQM-2X9P-V");
    let tampered = std::fs::read_to_string(&receipt)
        .expect("reads")
        .replace("7KQM-2X9P-V", "0000-0000-0");
    std::fs::write(&receipt, tampered).expect("writes");
    let output = pforte(&["office", "verify-receipt", &receipt, "--key", &jwk], &[]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        text(&output.stderr).contains("NOT valid"),
        "{}",
        text(&output.stderr)
    );
}

#[test]
fn tokens_are_created_once_listed_and_revoked() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path().join("data").to_string_lossy().into_owned();
    let output = pforte(
        &[
            "office", "token", "create", "--data", &data, "--name", "clerk",
        ],
        &[],
    );
    assert!(output.status.success(), "{}", text(&output.stderr));
    let token = text(&output.stdout).trim().to_string();
    assert_eq!(
        URL_SAFE_NO_PAD.decode(&token).expect("base64url").len(),
        32,
        "256 bits"
    );
    let output = pforte(
        &[
            "office", "token", "create", "--data", &data, "--name", "clerk",
        ],
        &[],
    );
    assert_eq!(output.status.code(), Some(1), "names are unique");
    let output = pforte(&["office", "token", "list", "--data", &data], &[]);
    assert!(
        text(&output.stdout).starts_with("clerk  created "),
        "{}",
        text(&output.stdout)
    );
    assert!(!text(&output.stdout).contains(&token), "never shown again");
    for file in ["pforte.db", "pforte.db-wal"] {
        let bytes = std::fs::read(Path::new(&data).join(file)).unwrap_or_default();
        assert!(
            !bytes.windows(token.len()).any(|w| w == token.as_bytes()),
            "only the hash is stored"
        );
    }
    let output = pforte(
        &[
            "office", "token", "revoke", "--data", &data, "--name", "clerk",
        ],
        &[],
    );
    assert!(output.status.success(), "{}", text(&output.stderr));
    let output = pforte(
        &[
            "office", "token", "revoke", "--data", &data, "--name", "clerk",
        ],
        &[],
    );
    assert_eq!(output.status.code(), Some(1));
}

// --- interop with npm jose -----------------------------------------------------------------

/// Where `cargo xtask tools` (and the developer, by hand) installs npm `jose`.
fn jose_node_path() -> PathBuf {
    let home = std::env::var_os("HOME").expect("HOME is set");
    let modules = Path::new(&home).join(".cache/pforte-tools/node_modules");
    assert!(
        modules.join("jose/package.json").is_file(),
        "npm jose is not installed at {}; install it with \
         `npm install --prefix $HOME/.cache/pforte-tools jose@6`",
        modules.display()
    );
    modules
}

fn node(args: &[&str], stdin: &[u8]) -> (Vec<u8>, String) {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/interop/jose-interop.mjs");
    let mut child = Command::new("node")
        .arg(script)
        .args(args)
        .env("NODE_PATH", jose_node_path())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("node runs (install Node.js)");
    std::io::Write::write_all(&mut child.stdin.take().expect("stdin"), stdin).expect("writes");
    let output = child.wait_with_output().expect("node ends");
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(output.status.success(), "node failed: {stderr}");
    (output.stdout, stderr)
}

#[test]
fn npm_jose_reads_ours_and_we_read_its() {
    let key = office_key();
    let dir = tempfile::tempdir().expect("temp dir");
    let generated = keys::write_key_pair(dir.path(), &keys::KeyFiles::office(), &key.private, None)
        .expect("writes");
    let pem = generated.private_path.to_string_lossy().into_owned();
    let jwk = generated.public_path.to_string_lossy().into_owned();

    // Ours → jose: a one-chunk attachment is an ordinary JWE, header included.
    let text = encrypt_attachment(b"from Rust", &key.jwk, "text/plain").expect("encrypts");
    let (plain, header) = node(&["decrypt", &pem], text.as_bytes());
    assert_eq!(plain, b"from Rust");
    let header: Value = serde_json::from_str(header.trim()).expect("header");
    assert_eq!(header["pforte-chunk"], json!({"index": 0, "count": 1}));
    assert_eq!(header["kid"], key.jwk["kid"]);
    // …and each chunk of a longer one.
    let text = encrypt_attachment_with(&plaintext(250), &key.jwk, "a/b", 100).expect("encrypts");
    let mut joined = Vec::new();
    for chunk in text.split('\n') {
        joined.extend(node(&["decrypt", &pem], chunk.as_bytes()).0);
    }
    assert_eq!(joined, plaintext(250));

    // jose → ours, to the public JWK as keygen writes it.
    let (jwe, _) = node(
        &["encrypt", &jwk, "application/json"],
        b"{\"from\":\"jose\"}",
    );
    let jwe = String::from_utf8(jwe).expect("text");
    let (plain, header) = decrypt_compact(&jwe, &key.decrypter).expect("decrypts");
    assert_eq!(plain, b"{\"from\":\"jose\"}");
    assert_eq!(header.cty.as_deref(), Some("application/json"));
    assert_eq!(decrypt(&jwe).expect("as an attachment").bytes, 15);
}
