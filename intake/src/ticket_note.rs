//! The staff's note to a kiosk visitor (docs/KIOSK.md): a compact JWE, `alg` `dir`, `enc`
//! A256GCM, under a key derived from the visitor's ticket code with HKDF-SHA256 (salt
//! [`NOTE_SALT`], no info). The code travels inside the concern (encrypted to the team), so the
//! team can write a note and the visitor can read it; the server holds neither the code nor
//! the key. The staff inbox does the same with WebCrypto (app `kiosk/crypto.rs`); the test
//! `notes_from_the_browser_open_here` pins the two together.

use hkdf::Hkdf;
use josekit::jwe::{Dir, JweHeader};
use sha2::Sha256;

/// HKDF's salt for the note key.
pub const NOTE_SALT: &[u8] = b"pforte-ticket-note-v1";

/// Why a note could not be sealed or opened.
#[derive(Debug, thiserror::Error)]
pub enum NoteError {
    #[error(
        "the note cannot be opened with this ticket code (wrong code, or the note was altered)"
    )]
    Open,
    #[error("{0}")]
    Jose(#[from] josekit::JoseError),
}

/// The AES-256 key of a ticket code's notes (`canonical`: `ticket_code::normalize`d).
pub fn key(canonical: &str) -> [u8; 32] {
    let mut key = [0u8; 32];
    Hkdf::<Sha256>::new(Some(NOTE_SALT), canonical.as_bytes())
        .expand(&[], &mut key)
        .unwrap_or_else(|_| unreachable!("32 bytes is a valid HKDF-SHA256 length"));
    key
}

/// Encrypt `note` for the holder of the ticket code.
pub fn seal(canonical: &str, note: &str) -> Result<String, NoteError> {
    let mut header = JweHeader::new();
    header.set_content_encryption("A256GCM");
    let encrypter = Dir.encrypter_from_bytes(key(canonical))?;
    Ok(josekit::jwe::serialize_compact(
        note.as_bytes(),
        &header,
        &encrypter,
    )?)
}

/// Decrypt a note with the ticket code.
pub fn open(canonical: &str, jwe: &str) -> Result<String, NoteError> {
    let decrypter = Dir.decrypter_from_bytes(key(canonical))?;
    let (plain, header) =
        josekit::jwe::deserialize_compact(jwe, &decrypter).map_err(|_| NoteError::Open)?;
    if header.content_encryption() != Some("A256GCM") {
        return Err(NoteError::Open);
    }
    String::from_utf8(plain).map_err(|_| NoteError::Open)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_note_opens_with_its_code_only() {
        let code = "7KQM-2X9P-4ABC-DEFG-5";
        let sealed = seal(code, "Bitte zu Schalter 7 kommen").expect("seals");
        assert_eq!(sealed.split('.').count(), 5);
        assert_eq!(
            open(code, &sealed).expect("opens"),
            "Bitte zu Schalter 7 kommen"
        );
        assert!(matches!(
            open("0000-0000-0000-0000-0", &sealed),
            Err(NoteError::Open)
        ));
        let mut altered = sealed.clone().into_bytes();
        let last = altered.len() - 3;
        altered[last] = if altered[last] == b'A' { b'B' } else { b'A' };
        assert!(open(code, &String::from_utf8(altered).unwrap()).is_err());
    }

    #[test]
    fn the_key_is_hkdf_sha256_of_the_code() {
        // RFC 5869 by hand with Python's hmac: prk = HMAC(salt, code); key = HMAC(prk, 0x01).
        assert_eq!(
            pforte_engine::submission::hex(&key("ABCD-EFGH-JKMN-PQRS-T")),
            "7076e1f1d603228b6fe7af245ab71a8eab16eb41fc2e779a5fe4502d8ae0cc7d"
        );
    }
}
