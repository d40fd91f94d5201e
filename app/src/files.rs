//! Picked files: checked, re-encoded if they are photos, encrypted to the office at once and
//! kept in the outbox (IndexedDB) until the application is sent.
//!
//! Encrypting when the file is picked, not when the application is sent, is what makes an
//! upload resumable after a reload: the browser cannot keep a picked `File` across a reload,
//! but it can keep the ciphertext `Blob`, and a resumed upload must send exactly the bytes it
//! sent before. It also means nothing readable is stored on the device (the ciphertext is for
//! the office key only).
//!
//! The checks, in the order a person would want to hear about them: how many files the slot
//! takes; what the file really is (its first bytes, not its name); for photos, re-encoding
//! as JPEG at most [`PHOTO_MAX_EDGE`] pixels on the longer edge (the EXIF orientation is
//! applied and the EXIF data, GPS position included, dropped); then the slot's size limit.

use js_sys::{Reflect, Uint8Array};
use pforte_engine::form::AttachmentSlot;
use pforte_engine::submission::{sniff, PHOTO_MAX_EDGE, PHOTO_QUALITY};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, File, ImageBitmap, OffscreenCanvas, OffscreenCanvasRenderingContext2d};

use crate::drafts::outbox;
use crate::seal::{self, OfficeKey, SealError};

/// A file in the outbox, as the page shows it (the ciphertext stays in IndexedDB).
#[derive(Debug, Clone, PartialEq)]
pub struct Picked {
    /// UUID v4: the attachment id of the submission.
    pub id: String,
    pub slot: String,
    pub filename: String,
    pub media_type: String,
    /// Plaintext bytes (after re-encoding).
    pub size: f64,
    /// SHA-512 of the plaintext, hex.
    pub sha512: String,
    /// Ciphertext bytes.
    pub length: f64,
}

/// Why a file was refused; each is a message in app.ftl.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    TooMany,
    WrongType,
    TooLarge,
    /// A photo the browser cannot decode (HEIC in most browsers but Safari).
    Undecodable,
    Seal(SealError),
    /// The outbox could not store it (storage full or unavailable).
    Storage,
}

impl Refusal {
    pub fn message(self) -> &'static str {
        match self {
            Refusal::TooMany => "attachment-error-count",
            Refusal::WrongType => "attachment-error-type",
            Refusal::TooLarge => "attachment-error-size",
            Refusal::Undecodable => "attachment-error-decode",
            Refusal::Seal(e) => e.message(),
            Refusal::Storage => "attachment-error-storage",
        }
    }
}

const FILE_PREFIX: &str = "file:";

/// Check, re-encode, encrypt and store one file for `slot` of form `form_id`, which already
/// holds `present` files. `progress` hears the fraction encrypted.
pub async fn add(
    form_id: &str,
    slot: &AttachmentSlot,
    present: usize,
    file: &File,
    office: &OfficeKey,
    progress: &dyn Fn(f64),
) -> Result<Picked, Refusal> {
    if present >= slot.max_count as usize {
        return Err(Refusal::TooMany);
    }
    let head = file
        .slice_with_i32_and_i32(0, 16)
        .map_err(|_| Refusal::Seal(SealError::Read))?;
    let head = JsFuture::from(head.array_buffer())
        .await
        .map_err(|_| Refusal::Seal(SealError::Read))?;
    let found = sniff(&Uint8Array::new(&head).to_vec()).ok_or(Refusal::WrongType)?;
    let accepts = |t: &str| slot.accept.iter().any(|a| a == t);
    let photo = matches!(found, "image/jpeg" | "image/heic" | "image/webp");
    let mut filename = file.name();
    let (blob, media_type): (Blob, &str) = if photo && accepts("image/jpeg") {
        mark("pforte-photo-start");
        let jpeg = reencode(file).await?;
        measure("pforte-photo", "pforte-photo-start");
        if found != "image/jpeg" {
            filename = with_extension(&filename, "jpg");
        }
        (jpeg, "image/jpeg")
    } else if accepts(found) {
        (file.clone().into(), found)
    } else {
        return Err(Refusal::WrongType);
    };
    if blob.size() > slot.max_size as f64 {
        return Err(Refusal::TooLarge);
    }
    mark("pforte-seal-start");
    let sealed = seal::seal_file(office, &blob, media_type, progress)
        .await
        .map_err(Refusal::Seal)?;
    measure("pforte-seal", "pforte-seal-start");
    let picked = Picked {
        id: random_uuid().ok_or(Refusal::Seal(SealError::Crypto))?,
        slot: slot.id.clone(),
        filename,
        media_type: media_type.to_string(),
        size: blob.size(),
        sha512: sealed.sha512,
        length: sealed.length,
    };
    let record = record(form_id, &picked, &sealed.blob);
    outbox::put(&format!("{FILE_PREFIX}{}", picked.id), &record)
        .await
        .map_err(|_| Refusal::Storage)?;
    Ok(picked)
}

/// The files of `form_id` in the outbox.
pub async fn list(form_id: &str) -> Vec<Picked> {
    let records = outbox::list(FILE_PREFIX, form_id).await.unwrap_or_default();
    records.iter().filter_map(from_record).collect()
}

/// The stored ciphertext of a picked file.
pub async fn ciphertext(id: &str) -> Option<Blob> {
    let record = outbox::get(&format!("{FILE_PREFIX}{id}")).await.ok()?;
    Reflect::get(&record, &"blob".into()).ok()?.dyn_into().ok()
}

/// Remove a picked file.
pub async fn remove(id: &str) {
    let _ = outbox::delete(&[format!("{FILE_PREFIX}{id}")]).await;
}

/// Remove every picked file of a form (after it was sent).
pub async fn remove_all(files: &[Picked]) {
    let keys: Vec<String> = files
        .iter()
        .map(|f| format!("{FILE_PREFIX}{}", f.id))
        .collect();
    let _ = outbox::delete(&keys).await;
}

fn record(form_id: &str, picked: &Picked, blob: &Blob) -> JsValue {
    crate::drafts::object(&[
        ("form", &form_id.into()),
        ("id", &picked.id.as_str().into()),
        ("slot", &picked.slot.as_str().into()),
        ("filename", &picked.filename.as_str().into()),
        ("mediaType", &picked.media_type.as_str().into()),
        ("size", &picked.size.into()),
        ("sha512", &picked.sha512.as_str().into()),
        ("length", &picked.length.into()),
        ("blob", &blob.into()),
    ])
    .into()
}

fn from_record(record: &JsValue) -> Option<Picked> {
    let text = |name: &str| Reflect::get(record, &name.into()).ok()?.as_string();
    let number = |name: &str| Reflect::get(record, &name.into()).ok()?.as_f64();
    Some(Picked {
        id: text("id")?,
        slot: text("slot")?,
        filename: text("filename")?,
        media_type: text("mediaType")?,
        size: number("size")?,
        sha512: text("sha512")?,
        length: number("length")?,
    })
}

/// User Timing marks around re-encoding and encryption: `cargo xtask bench` reads them, and
/// so can a browser's performance panel.
fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}

fn measure(name: &str, start: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.measure_with_start_mark(name, start);
    }
}

/// A photo as JPEG, at most [`PHOTO_MAX_EDGE`] pixels on its longer edge, upright, without
/// EXIF: the browser decodes it (`createImageBitmap` applies the EXIF orientation), draws it
/// on an `OffscreenCanvas` and encodes it again.
async fn reencode(file: &File) -> Result<Blob, Refusal> {
    let window = web_sys::window().ok_or(Refusal::Undecodable)?;
    let bitmap = window
        .create_image_bitmap_with_blob(file)
        .map_err(|_| Refusal::Undecodable)?;
    let bitmap: ImageBitmap = JsFuture::from(bitmap)
        .await
        .map_err(|_| Refusal::Undecodable)?
        .unchecked_into();
    let (w, h) = (bitmap.width(), bitmap.height());
    let scale = (f64::from(PHOTO_MAX_EDGE) / f64::from(w.max(h))).min(1.0);
    let (tw, th) = (
        ((f64::from(w) * scale).round() as u32).max(1),
        ((f64::from(h) * scale).round() as u32).max(1),
    );
    let canvas = OffscreenCanvas::new(tw, th).map_err(|_| Refusal::Undecodable)?;
    let context: OffscreenCanvasRenderingContext2d = canvas
        .get_context("2d")
        .ok()
        .flatten()
        .ok_or(Refusal::Undecodable)?
        .unchecked_into();
    // Text on a downscaled document stays sharper with the best resampling.
    let _ = Reflect::set(&context, &"imageSmoothingQuality".into(), &"high".into());
    context
        .draw_image_with_image_bitmap_and_dw_and_dh(&bitmap, 0.0, 0.0, f64::from(tw), f64::from(th))
        .map_err(|_| Refusal::Undecodable)?;
    bitmap.close();
    let options = web_sys::ImageEncodeOptions::new();
    options.set_type("image/jpeg");
    options.set_quality(PHOTO_QUALITY);
    let blob = canvas
        .convert_to_blob_with_options(&options)
        .map_err(|_| Refusal::Undecodable)?;
    Ok(JsFuture::from(blob)
        .await
        .map_err(|_| Refusal::Undecodable)?
        .unchecked_into())
}

fn with_extension(name: &str, extension: &str) -> String {
    let stem = name.rsplit_once('.').map_or(name, |(stem, _)| stem);
    format!("{stem}.{extension}")
}

/// `crypto.randomUUID()`: a UUID v4 from the browser's CSPRNG.
pub fn random_uuid() -> Option<String> {
    Some(web_sys::window()?.crypto().ok()?.random_uuid())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converted_photos_are_renamed() {
        assert_eq!(with_extension("IMG_0001.HEIC", "jpg"), "IMG_0001.jpg");
        assert_eq!(with_extension("scan", "jpg"), "scan.jpg");
        assert_eq!(with_extension("a.b.webp", "jpg"), "a.b.jpg");
    }
}
