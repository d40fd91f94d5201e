//! A response body prepared once at start-up: the bytes, their gzip (level 9) and brotli
//! (quality 11) encodings where those are smaller, and a strong ETag per encoding.
//!
//! Applicants are often on a weak mobile connection, so every byte the server sends is
//! compressed as hard as possible, which is too slow to do per request; doing it once at
//! start-up makes the best compression free. [`Precompressed::respond`] then negotiates the
//! encoding (brotli, else gzip, else identity) and answers `If-None-Match` with 304.

use std::io::Write;

use axum::body::{Body, Bytes};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::Response;
use flate2::write::GzEncoder;
use sha2::{Digest, Sha256};

/// A content coding the server can send.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Brotli,
    Gzip,
    Identity,
}

/// A body in every encoding worth sending.
#[derive(Debug, Clone)]
pub struct Precompressed {
    content_type: HeaderValue,
    /// Lower-case hex SHA-256 of the identity bytes.
    pub hash: String,
    identity: Bytes,
    gzip: Option<Bytes>,
    brotli: Option<Bytes>,
}

impl Precompressed {
    /// Prepare `bytes`; compressible media types are compressed once, here.
    pub fn new(bytes: Vec<u8>, content_type: &'static str) -> Precompressed {
        let (gzip, brotli) = if compressible(content_type) {
            let smaller = |c: Vec<u8>| (c.len() < bytes.len()).then(|| Bytes::from(c));
            (
                smaller(compress_gzip(&bytes)),
                smaller(compress_brotli(&bytes)),
            )
        } else {
            (None, None)
        };
        Precompressed {
            content_type: HeaderValue::from_static(content_type),
            hash: sha256_hex(&bytes),
            identity: Bytes::from(bytes),
            gzip,
            brotli,
        }
    }

    /// The uncompressed bytes.
    pub fn bytes(&self) -> &[u8] {
        &self.identity
    }

    /// The bytes in `encoding`, if prepared.
    pub fn encoded(&self, encoding: Encoding) -> Option<&Bytes> {
        match encoding {
            Encoding::Brotli => self.brotli.as_ref(),
            Encoding::Gzip => self.gzip.as_ref(),
            Encoding::Identity => Some(&self.identity),
        }
    }

    /// The response to a GET with `request` headers: the best encoding the client accepts,
    /// or 304 if its `If-None-Match` names the ETag of that encoding.
    pub fn respond(&self, request: &HeaderMap, cache_control: &'static str) -> Response {
        let accept = request
            .get(header::ACCEPT_ENCODING)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("");
        let encoding = [Encoding::Brotli, Encoding::Gzip]
            .into_iter()
            .find(|&e| self.encoded(e).is_some() && accepts(accept, e))
            .unwrap_or(Encoding::Identity);
        let etag = match encoding {
            Encoding::Brotli => format!("\"{}.br\"", self.hash),
            Encoding::Gzip => format!("\"{}.gz\"", self.hash),
            Encoding::Identity => format!("\"{}\"", self.hash),
        };
        let mut response = Response::new(Body::empty());
        let headers = response.headers_mut();
        if let Ok(value) = HeaderValue::from_str(&etag) {
            headers.insert(header::ETAG, value);
        }
        headers.insert(
            header::CACHE_CONTROL,
            HeaderValue::from_static(cache_control),
        );
        if self.gzip.is_some() || self.brotli.is_some() {
            headers.insert(header::VARY, HeaderValue::from_static("Accept-Encoding"));
        }
        let if_none_match = request
            .get(header::IF_NONE_MATCH)
            .and_then(|v| v.to_str().ok());
        if if_none_match.is_some_and(|tags| etag_matches(tags, &etag)) {
            *response.status_mut() = StatusCode::NOT_MODIFIED;
            return response;
        }
        let headers = response.headers_mut();
        headers.insert(header::CONTENT_TYPE, self.content_type.clone());
        match encoding {
            Encoding::Brotli => {
                headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static("br"))
            }
            Encoding::Gzip => {
                headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static("gzip"))
            }
            Encoding::Identity => None,
        };
        let body = self.encoded(encoding).cloned().unwrap_or_default();
        *response.body_mut() = Body::from(body);
        response
    }
}

/// Lower-case hex SHA-256.
pub fn sha256_hex(bytes: &[u8]) -> String {
    format!("{:x}", Sha256::digest(bytes))
}

/// Text, scripts, wasm, JSON, SVG compress well; images and fonts already are compressed.
fn compressible(content_type: &str) -> bool {
    let essence = content_type.split(';').next().unwrap_or_default().trim();
    essence.starts_with("text/")
        || matches!(
            essence,
            "application/javascript"
                | "application/json"
                | "application/manifest+json"
                | "application/wasm"
                | "application/xml"
                | "image/svg+xml"
                | "image/x-icon"
        )
}

fn compress_gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = GzEncoder::new(
        Vec::with_capacity(bytes.len() / 2),
        flate2::Compression::best(),
    );
    // Writing to a Vec cannot fail.
    let _ = encoder.write_all(bytes);
    encoder.finish().unwrap_or_default()
}

fn compress_brotli(bytes: &[u8]) -> Vec<u8> {
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        lgwin: 22,
        size_hint: bytes.len(),
        ..Default::default()
    };
    let mut out = Vec::with_capacity(bytes.len() / 2);
    match brotli::BrotliCompress(&mut &bytes[..], &mut out, &params) {
        Ok(_) => out,
        // Reading a slice and writing a Vec cannot fail; if it did, identity is still served.
        Err(_) => bytes.to_vec(),
    }
}

/// Does `accept_encoding` accept `encoding` (explicitly or through `*`, with q > 0)?
pub fn accepts(accept_encoding: &str, encoding: Encoding) -> bool {
    let name = match encoding {
        Encoding::Brotli => "br",
        Encoding::Gzip => "gzip",
        Encoding::Identity => return true,
    };
    let mut wildcard = false;
    for part in accept_encoding.split(',') {
        let mut params = part.split(';');
        let coding = params.next().unwrap_or_default().trim();
        let q = params
            .find_map(|p| {
                p.trim()
                    .strip_prefix("q=")
                    .and_then(|q| q.trim().parse::<f32>().ok())
            })
            .unwrap_or(1.0);
        if coding.eq_ignore_ascii_case(name) {
            return q > 0.0;
        }
        if coding == "*" {
            wildcard = q > 0.0;
        }
    }
    wildcard
}

/// Does an `If-None-Match` value name `etag`? (Weak comparison, as RFC 9110 requires here.)
pub fn etag_matches(if_none_match: &str, etag: &str) -> bool {
    let opaque = |t: &str| t.trim().trim_start_matches("W/").to_string();
    if_none_match.trim() == "*" || if_none_match.split(',').any(|t| opaque(t) == opaque(etag))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiates_by_name_and_quality() {
        let check = |header: &str, br: bool, gz: bool| {
            assert_eq!(
                (
                    accepts(header, Encoding::Brotli),
                    accepts(header, Encoding::Gzip)
                ),
                (br, gz),
                "{header}"
            );
        };
        check("", false, false);
        check("gzip, deflate, br, zstd", true, true);
        check("gzip;q=0.5", false, true);
        check("br;q=0, gzip", false, true);
        check("*", true, true);
        check("*;q=0, GZIP", false, true);
    }

    #[test]
    fn compresses_text_only_when_smaller() {
        let text = Precompressed::new(
            "hello pforte ".repeat(200).into_bytes(),
            "text/plain; charset=utf-8",
        );
        assert!(text.encoded(Encoding::Gzip).is_some_and(|b| b.len() < 100));
        assert!(text
            .encoded(Encoding::Brotli)
            .is_some_and(|b| b.len() < 100));
        let tiny = Precompressed::new(b"x".to_vec(), "text/plain; charset=utf-8");
        assert!(tiny.encoded(Encoding::Gzip).is_none() && tiny.encoded(Encoding::Brotli).is_none());
        let png = Precompressed::new(vec![0; 1000], "image/png");
        assert!(png.encoded(Encoding::Gzip).is_none());
    }

    #[test]
    fn etags_compare_weakly_in_lists() {
        assert!(etag_matches("\"a\"", "\"a\""));
        assert!(etag_matches("W/\"a\", \"b\"", "\"a\""));
        assert!(etag_matches("*", "\"a\""));
        assert!(!etag_matches("\"a.br\"", "\"a\""));
    }

    #[test]
    fn hashes_are_hex_sha256() {
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
