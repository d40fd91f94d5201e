//! Regular expressions as a pair of small traits, so the engine never depends on a concrete
//! regex crate.
//!
//! JSON Schema `pattern` and `patternProperties` use ECMA-262 regular expressions with an
//! unanchored search. The browser already ships an ECMA-262 engine (`RegExp`), so the app
//! implements [`RegexEngine`] with `js_sys::RegExp` (flag `u`) and pays nothing; native builds
//! (server, `lint`, tests) enable the `native-regex` feature and use [`RegressEngine`], backed by
//! the `regress` crate, which follows the same specification.
//!
//! On native targets compiled patterns must be `Send + Sync`, so a compiled [`Schema`] can be
//! shared between server threads; on `wasm32` (single-threaded, `RegExp` is a `JsValue`) there is
//! no such bound.
//!
//! [`Schema`]: crate::schema::Schema

/// Compiles ECMA-262 patterns (unicode mode, no flags otherwise).
pub trait RegexEngine {
    /// Compile `pattern`; the error is a short reason for authors (no trailing period).
    fn compile(&self, pattern: &str) -> Result<Box<dyn Regex>, String>;
}

/// A compiled pattern.
pub trait Regex: MaybeSendSync {
    /// Whether the pattern matches anywhere in `haystack` (unanchored, like JSON Schema `pattern`).
    fn is_match(&self, haystack: &str) -> bool;
}

/// `Send + Sync` on native targets, nothing on `wasm32`.
#[cfg(not(target_arch = "wasm32"))]
pub trait MaybeSendSync: Send + Sync {}
#[cfg(not(target_arch = "wasm32"))]
impl<T: Send + Sync + ?Sized> MaybeSendSync for T {}

/// `Send + Sync` on native targets, nothing on `wasm32`.
#[cfg(target_arch = "wasm32")]
pub trait MaybeSendSync {}
#[cfg(target_arch = "wasm32")]
impl<T: ?Sized> MaybeSendSync for T {}

/// The native engine: the `regress` crate in unicode mode.
#[cfg(feature = "native-regex")]
#[derive(Debug, Clone, Copy, Default)]
pub struct RegressEngine;

#[cfg(feature = "native-regex")]
impl RegexEngine for RegressEngine {
    fn compile(&self, pattern: &str) -> Result<Box<dyn Regex>, String> {
        match regress::Regex::with_flags(pattern, "u") {
            Ok(re) => Ok(Box::new(Regressed(re))),
            Err(e) => Err(e.text),
        }
    }
}

#[cfg(feature = "native-regex")]
struct Regressed(regress::Regex);

#[cfg(feature = "native-regex")]
impl Regex for Regressed {
    fn is_match(&self, haystack: &str) -> bool {
        self.0.find(haystack).is_some()
    }
}

#[cfg(all(test, feature = "native-regex"))]
mod tests {
    use super::{RegexEngine, RegressEngine};

    fn check(pattern: &str, haystack: &str, expected: bool) {
        let re = RegressEngine.compile(pattern).expect("pattern compiles");
        assert_eq!(re.is_match(haystack), expected, "{pattern} on {haystack:?}");
    }

    #[test]
    fn unanchored() {
        check("b", "abc", true);
    }
    #[test]
    fn anchored() {
        check("^b", "abc", false);
    }
    #[test]
    fn digit_is_ascii() {
        check("^\\d$", "\u{663}", false);
    }
    #[test]
    fn astral_is_one_char() {
        check("^.$", "\u{1F4A9}", true);
    }
    #[test]
    fn property_escapes() {
        check("^\\p{L}+$", "Müller", true);
    }
    #[test]
    fn invalid_pattern_is_an_error() {
        assert!(RegressEngine.compile("(").is_err());
    }
}
