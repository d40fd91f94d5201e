//! Email addresses as Pforte checks and compares them: for booking with a verified address
//! (docs/APPOINTMENTS.md, "Booking without an application") and for status notices
//! (docs/STATUS.md). One place, so the browser refuses exactly what the server refuses.

/// The longest address accepted (RFC 5321's path limit).
pub const MAX_EMAIL: usize = 254;

/// How many digits a one-time code has.
pub const CODE_DIGITS: usize = 6;

/// Whether `typed` looks like an email address: something@domain.tld, no spaces, at most
/// [`MAX_EMAIL`] characters. The relay has the last word; this catches typos.
pub fn looks_like_email(typed: &str) -> bool {
    let typed = typed.trim();
    let Some((local, domain)) = typed.rsplit_once('@') else {
        return false;
    };
    typed.len() <= MAX_EMAIL
        && !local.is_empty()
        && !typed.chars().any(|c| c.is_whitespace() || c.is_control())
        && domain
            .split_once('.')
            .is_some_and(|(name, tld)| !name.is_empty() && !tld.is_empty())
        && !domain.ends_with('.')
        && !domain.contains("..")
}

/// The one spelling of a mailbox that "one open booking per person" counts: trimmed, in
/// lower case, without a `+tag` in the local part (`Amal+2@Example.org` is
/// `amal@example.org`), so the same inbox cannot pose as many people. `None` for what does
/// not look like an address.
pub fn identity(typed: &str) -> Option<String> {
    if !looks_like_email(typed) {
        return None;
    }
    let lower = typed.trim().to_lowercase();
    let (local, domain) = lower.rsplit_once('@')?;
    let local = local.split('+').next().filter(|l| !l.is_empty())?;
    Some(format!("{local}@{domain}"))
}

/// A one-time code as typed or pasted (spaces, and the invisible direction marks a
/// right-to-left mail may carry, are dropped), if it has exactly [`CODE_DIGITS`] digits.
pub fn code(typed: &str) -> Option<String> {
    let invisible = |c: char| {
        c.is_whitespace() || matches!(c, '\u{200e}' | '\u{200f}' | '\u{2066}'..='\u{2069}')
    };
    let digits: String = typed.chars().filter(|c| !invisible(*c)).collect();
    (digits.len() == CODE_DIGITS && digits.bytes().all(|b| b.is_ascii_digit())).then_some(digits)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typos_in_an_email_address_are_caught() {
        for good in ["amal@example.org", " amal.x+1@mail.example.de ", "a@b.co"] {
            assert!(looks_like_email(good), "{good}");
        }
        let long = format!("{}@example.org", "a".repeat(250));
        for bad in [
            "",
            "amal",
            "amal@",
            "@example.org",
            "amal@example",
            "amal@example.",
            "amal@.org",
            "amal @example.org",
            "amal@exa..mple.org",
            "am\u{7}al@example.org",
            &long,
        ] {
            assert!(!looks_like_email(bad), "{bad:?}");
        }
    }

    #[test]
    fn one_inbox_is_one_person() {
        assert_eq!(
            identity(" Amal+Termin2@Example.ORG").as_deref(),
            Some("amal@example.org")
        );
        assert_eq!(
            identity("amal@example.org"),
            identity("AMAL+x+y@example.org")
        );
        assert_ne!(identity("amal@example.org"), identity("amal.b@example.org"));
        assert_eq!(identity("+tag@example.org"), None);
        assert_eq!(identity("no address"), None);
    }

    #[test]
    fn codes_have_six_digits() {
        assert_eq!(code("123 456").as_deref(), Some("123456"));
        assert_eq!(code("\u{2068}123456\u{2069}").as_deref(), Some("123456"));
        for bad in ["12345", "1234567", "12345a", "١٢٣٤٥٦", ""] {
            assert_eq!(code(bad), None, "{bad}");
        }
    }
}
