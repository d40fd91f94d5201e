//! The secure-submission figures of `cargo xtask bench`:
//!
//! - the browser: encrypt + hash of 50 MB and the photo re-encoding (`xtask/bench-submission.js`
//!   in headless Chromium, on a generated form with one large slot),
//! - the intake upload path: 500 MB of attachment ciphertext from a loopback client (`curl`,
//!   streaming the file) into the local store, beside the disk's own write bandwidth measured
//!   with `dd … conv=fdatasync` in the same folder in the same run, and the server's peak RSS.

use std::io::{Read, Write};
use std::path::Path;
use std::process::Command;
use std::time::Instant;

use anyhow::{bail, Context, Result};

use crate::{dev_office_key, run, tools};

/// The generated form's id: one step, one slot for PDFs and JPEGs of up to 500 MiB (the largest a slot may take).
pub const UPLOAD_FORM: &str = "bench-upload";

/// Write the upload form and its German texts into the bench folders.
pub fn write_upload_form(forms: &Path, locales: &Path) -> Result<()> {
    let dir = forms.join(UPLOAD_FORM);
    std::fs::create_dir_all(&dir)?;
    std::fs::write(
        dir.join("form.json"),
        format!(
            r#"{{"id": "{UPLOAD_FORM}", "version": "1.0.0",
  "routing": {{"team": "bench", "service": "{UPLOAD_FORM}"}},
  "schema": {{"type": "object", "properties": {{"note": {{"type": "string"}}}}}},
  "steps": [{{"id": "files", "items": [{{"field": "/note"}}, {{"attachment": "document"}}]}}],
  "attachments": [{{"id": "document", "accept": ["application/pdf", "image/jpeg"],
    "maxSize": 524288000, "minCount": 0, "maxCount": 3}}]}}"#
        ),
    )?;
    std::fs::write(
        locales.join(format!("{UPLOAD_FORM}.ftl")),
        format!(
            "{UPLOAD_FORM}-title = Hochladen\n{UPLOAD_FORM}-step-files-title = Dateien\n\
             {UPLOAD_FORM}-note-label = Notiz\n{UPLOAD_FORM}-attachment-document-label = Dokument\n"
        ),
    )?;
    Ok(())
}

/// Run the browser measurements against `base` (a server with the upload form).
pub fn browser(base: &str, work: &Path) -> Result<()> {
    println!("\nsecure submission in headless Chromium:");
    run(Command::new("node")
        .arg("xtask/bench-submission.js")
        .arg(format!("{base}/forms/{UPLOAD_FORM}?lang=de"))
        .arg(work.join("upload-bench"))
        .env("NODE_PATH", work.join("node_modules"))
        .env("PATH", tools::path_with_tools()?))
}

/// One HTTP/1.1 request on a fresh connection; returns status and body.
fn http(host: &str, method: &str, path: &str, body: &str) -> Result<(u16, String)> {
    let mut stream = std::net::TcpStream::connect(host)?;
    write!(
        stream,
        "{method} {path} HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\n\
         Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )?;
    let mut answer = String::new();
    stream.read_to_string(&mut answer)?;
    let status = answer
        .get(9..12)
        .and_then(|s| s.parse().ok())
        .context("no status line")?;
    let body = answer
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_string())
        .unwrap_or_default();
    Ok((status, body))
}

/// Peak resident memory of a process (VmHWM), in MB.
fn peak_rss_mb(pid: u32) -> Result<f64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status"))?;
    let kb: f64 = status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .context("no VmHWM")?;
    Ok(kb / 1024.0)
}

/// A file that passes the server's checks for an attachment: a compact JWE header for the
/// office key, then base64url characters to `size` bytes.
fn fake_ciphertext(path: &Path, size: usize, kid: &str) -> Result<()> {
    use base64::Engine;
    let header = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(format!(
        r#"{{"alg":"RSA-OAEP-256","enc":"A256GCM","kid":"{kid}","cty":"application/pdf"}}"#
    ));
    let mut file = std::io::BufWriter::new(std::fs::File::create(path)?);
    file.write_all(header.as_bytes())?;
    file.write_all(b".")?;
    let alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut block = vec![0u8; 1 << 20];
    let mut seed: u32 = 99;
    for b in &mut block {
        seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12345);
        *b = alphabet[(seed >> 16) as usize % 64];
    }
    let mut left = size - header.len() - 1;
    while left > 0 {
        let n = left.min(block.len());
        file.write_all(&block[..n])?;
        left -= n;
    }
    file.flush()?;
    Ok(())
}

/// Rounds of the upload path; the disk and the upload alternate, so both see the same noise.
const ROUNDS: usize = 3;

/// The upload path: 500 MB through `pid`'s server at `host`, beside `dd` in `folder`,
/// alternating, median of [`ROUNDS`].
pub fn upload_path(host: &str, pid: u32, folder: &Path) -> Result<()> {
    const SIZE: usize = 500 * 1000 * 1000;
    let (_, kid) = dev_office_key()?;
    std::fs::create_dir_all(folder)?;
    let file = folder.join("upload-500mb.jwe");
    if std::fs::metadata(&file).map(|m| m.len() as usize).ok() != Some(SIZE) {
        fake_ciphertext(&file, SIZE, &kid)?;
    }
    let rss_before = peak_rss_mb(pid)?;
    let (mut disk, mut upload) = (Vec::new(), Vec::new());
    for _ in 0..ROUNDS {
        disk.push(dd(folder)?);
        upload.push(SIZE as f64 / 1e6 / patch(host, &file, SIZE)?);
    }
    let _ = std::fs::remove_file(&file);
    let (disk, upload) = (median(disk), median(upload));
    println!(
        "\nintake upload path, 500 MB attachment ciphertext, loopback client (curl -T), \
         alternating with dd, median of {ROUNDS}:"
    );
    println!("  disk (dd bs=1M count=477 conv=fdatasync)   {disk:.0} MB/s");
    println!(
        "  pforte PATCH into the store (synced)       {upload:.0} MB/s = {:.0} % of the disk's",
        upload / disk * 100.0
    );
    println!(
        "  server peak RSS: {rss_before:.0} MB before the uploads, {:.0} MB after",
        peak_rss_mb(pid)?
    );
    Ok(())
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

/// The disk, as dd sees it: 500 MB written and synced in `folder`, in MB/s.
fn dd(folder: &Path) -> Result<f64> {
    let target = folder.join("dd.tmp");
    let start = Instant::now();
    let dd = Command::new("dd")
        .arg("if=/dev/zero")
        .arg(format!("of={}", target.display()))
        .args(["bs=1M", "count=477", "conv=fdatasync"])
        .output()?;
    let secs = start.elapsed().as_secs_f64();
    let _ = std::fs::remove_file(&target);
    if !dd.status.success() {
        bail!("dd failed: {}", String::from_utf8_lossy(&dd.stderr));
    }
    Ok(477.0 * 1.048_576 / secs)
}

/// Announce a submission with one attachment of `size` bytes and PATCH `file` into it in
/// one request; returns the seconds the PATCH took.
fn patch(host: &str, file: &Path, size: usize) -> Result<f64> {
    let sid = uuid_v4();
    let aid = uuid_v4();
    let announce = format!(
        r#"{{"submissionId":"{sid}","formId":"{UPLOAD_FORM}","formVersion":"1.0.0",
            "attachments":[{{"attachmentId":"{aid}","length":{size}}}]}}"#
    );
    let (status, body) = http(host, "POST", "/api/v1/submissions", &announce)?;
    if status != 201 {
        bail!("announce: {status} {body}");
    }
    let start = Instant::now();
    let curl = Command::new("curl")
        .args([
            "-sS",
            "-o",
            "/dev/null",
            "-w",
            "%{http_code}",
            "-X",
            "PATCH",
        ])
        .args(["-H", "Tus-Resumable: 1.0.0"])
        .args(["-H", "Content-Type: application/offset+octet-stream"])
        .args(["-H", "Upload-Offset: 0", "-H", "Expect:"])
        .arg("-T")
        .arg(file)
        .arg(format!(
            "http://{host}/api/v1/submissions/{sid}/attachments/{aid}"
        ))
        .output()
        .context("running curl")?;
    let secs = start.elapsed().as_secs_f64();
    let code = String::from_utf8_lossy(&curl.stdout).to_string();
    if code != "204" {
        bail!(
            "upload: HTTP {code} {}",
            String::from_utf8_lossy(&curl.stderr)
        );
    }
    Ok(secs)
}

/// A UUID v4 from /dev/urandom (xtask has no uuid crate).
fn uuid_v4() -> String {
    let mut b = [0u8; 16];
    if let Ok(mut f) = std::fs::File::open("/dev/urandom") {
        let _ = f.read_exact(&mut b);
    }
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    let h: String = b.iter().map(|x| format!("{x:02x}")).collect();
    format!(
        "{}-{}-{}-{}-{}",
        &h[0..8],
        &h[8..12],
        &h[12..16],
        &h[16..20],
        &h[20..32]
    )
}
