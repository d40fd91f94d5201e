//! Security headers on every response, including a strict Content Security Policy.
//!
//! The app is one wasm module loaded by one inline module script that trunk writes into
//! index.html. Rather than allowing inline scripts in general (`'unsafe-inline'`), the policy
//! lists the SHA-256 of each inline script found in index.html at start-up, so exactly the
//! scripts that were built run, and an injected one does not.

use axum::http::{header, HeaderName, HeaderValue};
use sha2::{Digest, Sha256};

/// Every header but the CSP, which depends on index.html.
const STATIC_HEADERS: [(HeaderName, &str); 5] = [
    (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
    (header::REFERRER_POLICY, "no-referrer"),
    (
        HeaderName::from_static("cross-origin-opener-policy"),
        "same-origin",
    ),
    (
        HeaderName::from_static("permissions-policy"),
        "camera=(self), geolocation=(), microphone=()",
    ),
    (header::X_FRAME_OPTIONS, "DENY"),
];

/// The policy for an app whose HTML pages are `pages` (index.html, desk.html; none when the
/// app is not built): their inline scripts, and nothing else inline, may run.
pub fn content_security_policy(pages: &[&str]) -> String {
    let mut script_src = String::from("'self' 'wasm-unsafe-eval'");
    for hash in pages.iter().flat_map(|html| inline_script_hashes(html)) {
        script_src.push(' ');
        script_src.push_str(&hash);
    }
    format!(
        "default-src 'none'; script-src {script_src}; style-src 'self'; img-src 'self' data:; \
         font-src 'self'; connect-src 'self'; manifest-src 'self'; worker-src 'self'; \
         base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    )
}

/// `'sha256-…'` sources for the inline `<script>` elements (those without `src`) of `html`,
/// in document order. The hash covers the exact text between the tags, as browsers compute it.
pub fn inline_script_hashes(html: &str) -> Vec<String> {
    let lower = html.to_ascii_lowercase();
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(start) = lower[at..].find("<script").map(|i| at + i) {
        let Some(tag_end) = start_tag_end(html, start) else {
            break;
        };
        let Some(close) = lower[tag_end..].find("</script").map(|i| tag_end + i) else {
            break;
        };
        if !has_attribute(&lower[start + "<script".len()..tag_end - 1], "src") {
            let digest = Sha256::digest(&html.as_bytes()[tag_end..close]);
            out.push(format!("'sha256-{}'", base64(&digest)));
        }
        at = close + "</script".len();
    }
    out
}

/// The index just past the `>` that ends the start tag beginning at `start` (quotes respected).
fn start_tag_end(html: &str, start: usize) -> Option<usize> {
    let mut quote = None;
    for (i, c) in html[start..].char_indices() {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, '>') => return Some(start + i + 1),
            _ => {}
        }
    }
    None
}

/// Does the (lower-cased) attribute text of a start tag have attribute `name`?
fn has_attribute(attributes: &str, name: &str) -> bool {
    let mut rest = attributes;
    loop {
        rest = rest.trim_start_matches(|c: char| c.is_ascii_whitespace() || c == '/');
        if rest.is_empty() {
            return false;
        }
        let end = rest
            .find(|c: char| c.is_ascii_whitespace() || c == '=' || c == '/')
            .unwrap_or(rest.len());
        if &rest[..end] == name {
            return true;
        }
        rest = rest[end..].trim_start();
        if let Some(value) = rest.strip_prefix('=') {
            let value = value.trim_start();
            rest = match value.chars().next() {
                Some(q @ ('"' | '\'')) => value[1..].find(q).map_or("", |i| &value[i + 2..]),
                _ => value
                    .find(|c: char| c.is_ascii_whitespace())
                    .map_or("", |i| &value[i..]),
            };
        }
    }
}

/// Standard base64 with padding (RFC 4648), as CSP hash sources use.
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &b)| n | (u32::from(b) << (16 - 8 * i)));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// The security headers for every response of an app whose HTML pages are `pages`.
pub fn headers(pages: &[&str]) -> [(HeaderName, HeaderValue); 6] {
    let csp = content_security_policy(pages);
    // Hash sources are base64 and the rest is ASCII, so this cannot fail; if it did, the
    // strictest policy is the safe answer.
    let csp = HeaderValue::from_str(&csp)
        .unwrap_or_else(|_| HeaderValue::from_static("default-src 'none'"));
    let [a, b, c, d, e] =
        STATIC_HEADERS.map(|(name, value)| (name, HeaderValue::from_static(value)));
    [(header::CONTENT_SECURITY_POLICY, csp), a, b, c, d, e]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_rfc_4648() {
        let cases = [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("foobar", "Zm9vYmFy"),
        ];
        for (input, want) in cases {
            assert_eq!(base64(input.as_bytes()), want, "{input}");
        }
    }

    #[test]
    fn hashes_inline_scripts_only() {
        // echo -n 'alert(1)' | openssl dgst -sha256 -binary | base64
        let html = r#"<script src="/a.js"></script><SCRIPT type="module">alert(1)</SCRIPT><script data-x='a>b'>alert(1)</script>"#;
        let want = "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='";
        assert_eq!(inline_script_hashes(html), vec![want, want]);
    }

    #[test]
    fn attributes_are_parsed_not_searched() {
        assert!(has_attribute(" type=\"module\" src=x", "src"));
        assert!(!has_attribute(" data-src=\"x\" type='src'", "src"));
        assert!(!has_attribute(" title=\"a src=b\"", "src"));
    }

    #[test]
    fn policy_without_an_app_has_no_hashes() {
        let csp = content_security_policy(&[]);
        assert!(csp.starts_with(
            "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self';"
        ));
        assert!(csp.ends_with("frame-ancestors 'none'"));
    }
}
