//! The asserted `format`s: `date` (RFC 3339 full-date) and `email`.
//!
//! `email` is exactly the algorithm of the `validator` crate 0.21 (`ValidateEmail`), which the
//! server uses through `jsonschema`: at most 64 characters before the last `@` and 255 after
//! it, an HTML5 user part, then a hostname of LDH labels or an IP literal in brackets, and
//! finally IDNA (`domain_to_ascii`) for internationalised domains. The regexes are written out
//! by hand here (the browser cannot afford the `regex` crate), and IDNA is approximated in
//! [`super::idna`] (the browser cannot afford the Unicode tables either).

use super::idna::{self, CharClasses};
use crate::regex::RegexEngine;

pub(crate) use idna::CharClasses as EmailClasses;

/// An asserted format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Format {
    Date,
    Email,
}

impl Format {
    /// The asserted format of that name; `None` for annotation-only formats.
    pub(crate) fn from_name(name: &str) -> Option<Format> {
        match name {
            "date" => Some(Format::Date),
            "email" => Some(Format::Email),
            _ => None,
        }
    }

    pub(crate) fn name(self) -> &'static str {
        match self {
            Format::Date => "date",
            Format::Email => "email",
        }
    }
}

/// RFC 3339 `full-date`: `YYYY-MM-DD` with a real calendar day (leap years included).
pub fn is_date(value: &str) -> bool {
    let b = value.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let digits = |range: std::ops::Range<usize>| -> Option<u32> {
        b[range].iter().try_fold(0u32, |acc, &d| {
            d.is_ascii_digit().then(|| acc * 10 + u32::from(d - b'0'))
        })
    };
    let (Some(year), Some(month), Some(day)) = (digits(0..4), digits(5..7), digits(8..10)) else {
        return false;
    };
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&day)
}

/// Whether `value` is an email address by `validator` 0.21's rules (see the module doc).
///
/// `engine` compiles the Unicode character classes of the IDNA fallback; it is used only for
/// domains that contain non-ASCII characters.
pub fn is_email(value: &str, engine: &dyn RegexEngine) -> bool {
    email(value, |domain| {
        CharClasses::compile(engine).and_then(|c| idna::to_ascii(domain, &c))
    })
}

/// [`is_email`] with the character classes compiled once, by the schema.
pub(crate) fn email_with(value: &str, classes: Option<&CharClasses>) -> bool {
    email(value, |domain| {
        classes.and_then(|c| idna::to_ascii(domain, c))
    })
}

/// The algorithm; `to_ascii` is the IDNA fallback for non-ASCII domains.
fn email(value: &str, to_ascii: impl FnOnce(&str) -> Option<String>) -> bool {
    let Some((user, domain)) = value.rsplit_once('@') else {
        return false;
    };
    if user.chars().count() > 64 || domain.chars().count() > 255 {
        return false;
    }
    if !is_user(user) {
        return false;
    }
    if is_domain(domain) {
        return true;
    }
    // For an ASCII domain the IDNA fallback only lowercases, which changes nothing above.
    if domain.is_ascii() {
        return false;
    }
    to_ascii(domain).is_some_and(|ascii| is_domain(&ascii))
}

/// `^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+\z`
fn is_user(user: &str) -> bool {
    !user.is_empty()
        && user
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b".!#$%&'*+/=?^_`{|}~-".contains(&b))
}

/// The domain regex, or else an IP literal at the end.
fn is_domain(domain: &str) -> bool {
    is_hostname(domain) || is_ip_literal(domain)
}

/// `^[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$`
fn is_hostname(domain: &str) -> bool {
    domain.split('.').all(|label| {
        let b = label.as_bytes();
        match (b.first(), b.last()) {
            (Some(first), Some(last)) => {
                b.len() <= 63
                    && first.is_ascii_alphanumeric()
                    && last.is_ascii_alphanumeric()
                    && b.iter().all(|c| c.is_ascii_alphanumeric() || *c == b'-')
            }
            _ => false,
        }
    })
}

/// `\[([a-fA-F0-9:\.]+)\]\z` searched anywhere (the reference does not anchor its start), and
/// the captured text must parse as an IPv4 or IPv6 address.
fn is_ip_literal(domain: &str) -> bool {
    let Some(inner) = domain.strip_suffix(']') else {
        return false;
    };
    let Some(open) = inner.rfind('[') else {
        return false;
    };
    let address = &inner[open + 1..];
    !address.is_empty()
        && address
            .bytes()
            .all(|b| b.is_ascii_hexdigit() || b == b':' || b == b'.')
        && address.parse::<core::net::IpAddr>().is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_date(value: &str, expected: bool) {
        assert_eq!(is_date(value), expected, "{value}");
    }

    #[test]
    fn date_plain() {
        check_date("2024-05-31", true);
    }
    #[test]
    fn date_leap_day() {
        check_date("2024-02-29", true);
    }
    #[test]
    fn date_not_leap() {
        check_date("2023-02-29", false);
    }
    #[test]
    fn date_century_not_leap() {
        check_date("1900-02-29", false);
    }
    #[test]
    fn date_400_leap() {
        check_date("2000-02-29", true);
    }
    #[test]
    fn date_month_13() {
        check_date("2024-13-01", false);
    }
    #[test]
    fn date_day_0() {
        check_date("2024-01-00", false);
    }
    #[test]
    fn date_april_31() {
        check_date("2024-04-31", false);
    }
    #[test]
    fn date_short() {
        check_date("2024-1-01", false);
    }
    #[test]
    fn date_non_ascii_digit() {
        check_date("2024-01-0\u{663}", false);
    }
    #[test]
    fn date_with_time() {
        check_date("2024-01-01T00:00:00Z", false);
    }
}
