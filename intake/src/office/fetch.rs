//! `pforte office fetch`, after the download: decrypt a submission, check every hash against
//! the decrypted metadata and the receipt, re-validate the data with the reference validator
//! against the exact form version, and write the result folder
//! (`<out>/<ref>/{data.json, attachments/, receipt.json, summary.txt}`).
//!
//! Everything is written into a hidden temporary folder beside the target and renamed into
//! place at the end, so a failed fetch (a hash that does not match, a broken chunk, a full
//! disk) leaves nothing half-written. The network is behind a closure that opens an
//! attachment's ciphertext, so this runs on local files in tests.

use std::collections::HashSet;
use std::fmt::Write as _;
use std::fs::File;
use std::io::{BufReader, BufWriter, Read};
use std::path::{Path, PathBuf};

use anyhow::{bail, ensure, Context};
use pforte_engine::submission::{form_uri, AnnouncedAttachment, Metadata};
use serde_json::Value;
use sha2::{Digest, Sha256, Sha512};

use crate::jwe::{decrypt_attachment, decrypt_compact, Decrypter};
use crate::load;
use crate::reference;
use crate::server::office::Detail;
use crate::server::precompressed::sha256_hex;
use crate::validate::Outcome;

/// What a fetch wrote.
#[derive(Debug)]
pub struct Fetched {
    /// `<out>/<ref>`.
    pub dir: PathBuf,
    pub validation: Outcome,
    pub summary: String,
}

/// One attachment as written.
#[derive(Debug)]
struct Written {
    filename: String,
    purpose: String,
    mime_type: String,
    bytes: u64,
}

/// Decrypt and check `detail` and its attachments (read through `open`) and write them into
/// `<out>/<reference>`. Fails, leaving nothing behind, if any hash does not match or anything
/// cannot be decrypted; an invalid answer is not a failure here but is reported in
/// [`Fetched::validation`] and the summary.
pub fn unpack<'a>(
    detail: &Detail,
    key: &Decrypter,
    forms: &Path,
    out: &Path,
    mut open: impl FnMut(&AnnouncedAttachment) -> anyhow::Result<Box<dyn Read + 'a>>,
) -> anyhow::Result<Fetched> {
    let entry = &detail.entry;
    let target = out.join(&entry.reference);
    ensure!(
        !target.exists(),
        "{} already exists; move it away to fetch again",
        target.display()
    );
    check_receipt_matches(detail)?;
    let receipt_hash = |part: &str| {
        detail
            .receipt
            .claims
            .ciphertexts
            .iter()
            .find(|c| c.part == part)
            .map(|c| c.sha256.clone())
    };
    let check_ciphertext = |part: &str, sha256: &str| -> anyhow::Result<()> {
        match receipt_hash(part) {
            Some(signed) if signed.eq_ignore_ascii_case(sha256) => Ok(()),
            Some(_) => bail!("the {part} ciphertext is not the one the receipt names: the server's copy was changed"),
            None => bail!("the receipt does not name the {part} ciphertext"),
        }
    };

    check_ciphertext(
        "metadata",
        &sha256_hex(detail.encrypted_metadata.as_bytes()),
    )?;
    check_ciphertext("data", &sha256_hex(detail.encrypted_data.as_bytes()))?;
    let (metadata, _) =
        decrypt_compact(&detail.encrypted_metadata, key).context("cannot decrypt the metadata")?;
    let metadata: Metadata =
        serde_json::from_slice(&metadata).context("the decrypted metadata is not valid")?;
    let structure = &metadata.content_structure;
    let (data_bytes, _) =
        decrypt_compact(&detail.encrypted_data, key).context("cannot decrypt the data")?;
    check_sha512(
        "the form data",
        &structure.data.hash,
        &sha512_hex(&data_bytes),
    )?;

    let uri = form_uri(&entry.form_id, &entry.form_version);
    ensure!(
        structure.data.submission_schema.schema_uri == uri,
        "the metadata says the data follows {}, the server recorded {uri}",
        structure.data.submission_schema.schema_uri
    );
    let data: Value =
        serde_json::from_slice(&data_bytes).context("the decrypted data is not JSON")?;
    let validation = validate(forms, &entry.form_id, &entry.form_version, &data)?;

    // The metadata (signed by nobody but encrypted by the applicant's browser) and the
    // server's record must list the same attachments.
    let announced: HashSet<&str> = entry
        .attachments
        .iter()
        .map(|a| a.attachment_id.as_str())
        .collect();
    let described: HashSet<&str> = structure
        .attachments
        .iter()
        .map(|a| a.attachment_id.as_str())
        .collect();
    ensure!(
        announced == described,
        "the metadata lists other attachments than the server has ({} described, {} stored)",
        described.len(),
        announced.len()
    );

    std::fs::create_dir_all(out).with_context(|| format!("cannot create {}", out.display()))?;
    let temp = tempfile::Builder::new()
        .prefix(&format!(".{}.partial-", entry.reference))
        .tempdir_in(out)
        .with_context(|| format!("cannot create a temporary folder in {}", out.display()))?;
    let attachments_dir = temp.path().join("attachments");
    std::fs::create_dir(&attachments_dir).context("cannot create the attachments folder")?;

    let mut names = Names::default();
    let mut written = Vec::new();
    for announced in &entry.attachments {
        let aid = &announced.attachment_id;
        let description = structure
            .attachments
            .iter()
            .find(|d| d.attachment_id == *aid)
            .context("checked above: every stored attachment is described")?;
        let filename = names.claim(&description.filename);
        let path = attachments_dir.join(&filename);
        let file = File::create(&path).with_context(|| format!("cannot create {filename}"))?;
        let mut ciphertext = HashingReader::new(open(announced)?);
        let decrypted = decrypt_attachment(
            BufReader::with_capacity(1 << 16, &mut ciphertext),
            key,
            BufWriter::new(file),
        )
        .with_context(|| format!("attachment {filename} ({aid})"))?;
        ensure!(
            ciphertext.bytes == announced.length,
            "attachment {filename}: {} bytes arrived, {} were announced",
            ciphertext.bytes,
            announced.length
        );
        check_ciphertext(aid, &ciphertext.hex())
            .with_context(|| format!("attachment {filename}"))?;
        check_sha512(
            &format!("attachment {filename}"),
            &description.hash,
            &decrypted.sha512,
        )?;
        written.push(Written {
            filename,
            purpose: description.purpose.clone(),
            mime_type: description.mime_type.clone(),
            bytes: decrypted.bytes,
        });
    }

    std::fs::write(temp.path().join("data.json"), &data_bytes).context("cannot write data.json")?;
    let receipt = serde_json::to_string_pretty(&detail.receipt).context("receipt")? + "\n";
    std::fs::write(temp.path().join("receipt.json"), receipt)
        .context("cannot write receipt.json")?;
    let summary = summary(detail, &data, &written, &validation);
    std::fs::write(temp.path().join("summary.txt"), &summary)
        .context("cannot write summary.txt")?;

    let partial = temp.keep();
    std::fs::rename(&partial, &target)
        .with_context(|| format!("cannot move {} to {}", partial.display(), target.display()))?;
    Ok(Fetched {
        dir: target,
        validation,
        summary,
    })
}

/// The receipt must be about this submission.
fn check_receipt_matches(detail: &Detail) -> anyhow::Result<()> {
    let (claims, entry) = (&detail.receipt.claims, &detail.entry);
    ensure!(
        claims.reference == entry.reference
            && claims.submission_id == entry.submission_id
            && claims.form_id == entry.form_id
            && claims.form_version == entry.form_version,
        "the receipt is for another submission ({} {}), not {}",
        claims.reference,
        claims.submission_id,
        entry.reference
    );
    Ok(())
}

fn check_sha512(
    what: &str,
    expected: &pforte_engine::submission::Hash,
    actual: &str,
) -> anyhow::Result<()> {
    ensure!(
        expected.kind == "sha512",
        "{what}: the metadata gives a {} hash, Pforte uses sha512",
        expected.kind
    );
    ensure!(
        expected.content.eq_ignore_ascii_case(actual),
        "{what}: SHA-512 does not match the metadata: the content was changed after it was described"
    );
    Ok(())
}

/// Re-validate `data` with the reference validator against `forms/<id>/form.json`, which must
/// be the version the applicant filled in.
fn validate(forms: &Path, id: &str, version: &str, data: &Value) -> anyhow::Result<Outcome> {
    ensure!(
        !id.is_empty()
            && id
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'),
        "the form id {id:?} is not a folder name"
    );
    let path = forms.join(id).join("form.json");
    let form = load::read_form(&path)?;
    ensure!(
        form.version == version,
        "{} is version {}, but the submission was made with version {version}; \
         check out that version of the form to fetch it",
        path.display(),
        form.version
    );
    let validator = reference::validator(&form.raw_schema).map_err(|e| {
        anyhow::anyhow!(
            "{}: the reference validator rejects the data schema: {e}",
            path.display()
        )
    })?;
    let pruned = form.prune(data);
    Ok(Outcome::new(reference::issues(&validator, &pruned)))
}

/// The readable summary of a fetched submission.
fn summary(detail: &Detail, data: &Value, written: &[Written], validation: &Outcome) -> String {
    let entry = &detail.entry;
    let mut text = String::new();
    let _ = writeln!(text, "Reference:     {}", entry.reference);
    let _ = writeln!(text, "Received at:   {}", entry.received_at);
    let _ = writeln!(
        text,
        "Form:          {} version {}",
        entry.form_id, entry.form_version
    );
    let _ = writeln!(text, "Submission id: {}", entry.submission_id);
    text.push_str("\nAnswers\n");
    let mut answers = Vec::new();
    flatten("", data, &mut answers);
    if answers.is_empty() {
        text.push_str("  (none)\n");
    }
    for (pointer, value) in answers {
        let _ = writeln!(text, "  {pointer}: {value}");
    }
    text.push_str("\nAttachments\n");
    if written.is_empty() {
        text.push_str("  (none)\n");
    }
    for file in written {
        let _ = writeln!(
            text,
            "  attachments/{} ({}, {}): {} bytes, SHA-512 matches the metadata",
            file.filename, file.purpose, file.mime_type, file.bytes
        );
    }
    text.push_str("\nChecks\n");
    text.push_str(
        "  Every ciphertext is the one the receipt names; every SHA-512 matches the metadata.\n",
    );
    if validation.valid {
        text.push_str("  Validation (reference validator, this form version): valid\n");
    } else {
        let _ = writeln!(
            text,
            "  Validation (reference validator, this form version): INVALID, {} error(s)",
            validation.errors.len()
        );
        for issue in &validation.errors {
            let at = if issue.instance.is_empty() {
                "(the whole form)"
            } else {
                &issue.instance
            };
            let _ = writeln!(text, "    {at}: {}", issue.keyword);
        }
    }
    text
}

/// Every leaf of `value` as (JSON pointer, value as JSON text), in document order.
fn flatten(pointer: &str, value: &Value, out: &mut Vec<(String, String)>) {
    match value {
        Value::Object(map) if !map.is_empty() => {
            for (key, value) in map {
                flatten(&pforte_engine::pointer::push(pointer, key), value, out);
            }
        }
        Value::Array(items) if !items.is_empty() => {
            for (index, value) in items.iter().enumerate() {
                flatten(&format!("{pointer}/{index}"), value, out);
            }
        }
        leaf => out.push((
            if pointer.is_empty() { "/" } else { pointer }.to_string(),
            leaf.to_string(),
        )),
    }
}

/// File names made safe and unique within one attachments folder.
#[derive(Debug, Default)]
pub struct Names {
    taken: HashSet<String>,
}

impl Names {
    /// A safe, unused name for `wanted`: `a.pdf`, then `a (2).pdf`, `a (3).pdf`, …
    pub fn claim(&mut self, wanted: &str) -> String {
        let safe = sanitize_filename(wanted);
        let (stem, extension) = match safe.rfind('.') {
            Some(dot) if dot > 0 => safe.split_at(dot),
            _ => (safe.as_str(), ""),
        };
        let mut candidate = safe.clone();
        let mut number = 2;
        // Case-insensitively unique, so the folder survives a copy to a Windows share.
        while !self.taken.insert(candidate.to_lowercase()) {
            candidate = format!("{stem} ({number}){extension}");
            number += 1;
        }
        candidate
    }
}

/// A file name the applicant chose, made harmless: no path separators or control characters,
/// no `..`, not hidden, not empty, at most 200 bytes.
pub fn sanitize_filename(name: &str) -> String {
    let mut safe: String = name
        .chars()
        .map(|c| match c {
            '/' | '\\' | ':' | '\0' => '_',
            c if c.is_control() => '_',
            c => c,
        })
        .collect();
    while safe.contains("..") {
        safe = safe.replace("..", ".");
    }
    let safe = safe.trim().trim_start_matches('.').trim_end_matches('.');
    let mut safe = if safe.is_empty() {
        "attachment".to_string()
    } else {
        safe.to_string()
    };
    if safe.len() > 200 {
        let mut end = 200;
        while !safe.is_char_boundary(end) {
            end -= 1;
        }
        safe.truncate(end);
    }
    safe
}

/// Counts and hashes (SHA-256) what is read through it: the ciphertext as it arrives.
struct HashingReader<R> {
    inner: R,
    hash: Sha256,
    bytes: u64,
}

impl<R: Read> HashingReader<R> {
    fn new(inner: R) -> Self {
        HashingReader {
            inner,
            hash: Sha256::new(),
            bytes: 0,
        }
    }

    fn hex(&self) -> String {
        format!("{:x}", self.hash.clone().finalize())
    }
}

impl<R: Read> Read for HashingReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let read = self.inner.read(buf)?;
        self.hash.update(&buf[..read]);
        self.bytes += read as u64;
        Ok(read)
    }
}

fn sha512_hex(bytes: &[u8]) -> String {
    format!("{:x}", Sha512::digest(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filenames_are_made_safe_and_unique() {
        let mut names = Names::default();
        assert_eq!(names.claim("pass.pdf"), "pass.pdf");
        assert_eq!(names.claim("PASS.pdf"), "PASS (2).pdf");
        assert_eq!(names.claim("pass.pdf"), "pass (3).pdf");
        assert_eq!(names.claim("../../etc/passwd"), "_._etc_passwd");
        assert_eq!(names.claim(".."), "attachment");
        assert_eq!(names.claim(""), "attachment (2)");
        assert_eq!(names.claim(".bashrc"), "bashrc");
        assert_eq!(names.claim("a\\b\nc"), "a_b_c");
        assert!(sanitize_filename(&"ä".repeat(300)).len() <= 200);
    }
}
