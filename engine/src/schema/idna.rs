//! An approximation of IDNA `domain_to_ascii` (UTS 46, as the `idna` crate implements it for
//! the `validator` crate's email check) that needs no Unicode tables of its own.
//!
//! Exact parts: label separators (`.`, `。`, `．`, `｡`), the `xn--` rules, Punycode encoding and
//! decoding (RFC 3492), "a label must not start with a combining mark", and the RFC 5893 bidi
//! rule's structure. Approximated parts, because the real mapping and bidi tables are large:
//!
//! * Mapping: ASCII, Latin-1, basic Greek and Cyrillic capitals are lowercased and fullwidth
//!   ASCII is narrowed; a few default-ignorable characters (soft hyphen, variation selectors,
//!   zero-width space, …) are dropped. Other characters are kept as they are, so compatibility
//!   mappings (ligatures, presentation forms, NFKC) and NFC composition are not applied.
//! * Validity: UTS 46 (unlike IDNA2008) accepts letters, marks, digits and most symbols and
//!   punctuation; it rejects controls, format characters, private use, unassigned code points
//!   and separators. So a non-ASCII character is accepted unless it is in `\p{C}` or `\p{Z}`
//!   (or is U+FFFC/U+FFFD), classified through the [`RegexEngine`] (the browser's `RegExp`
//!   knows Unicode properties for free). Joiners (ZWJ/ZWNJ) are therefore rejected, even where
//!   CONTEXTJ would allow them. A short table rejects the symbols UTS 46 disallows or maps to
//!   ASCII punctuation or spaces (spacing diacritics, `⒈`, `⑴`, `‥`, small forms, …).
//! * Bidi classes: letters in the Hebrew, Arabic, Syriac, Thaana, NKo, … blocks are
//!   right-to-left, Arabic-Indic digits are AN, Extended Arabic-Indic digits and super- and
//!   subscript digits EN, non-spacing marks NSM, symbols, punctuation and common-script
//!   numbers (circled, fractions) neutral, everything else non-ASCII left-to-right.
//!
//! `engine/tests/differential.rs` checks agreement with `validator` on generated addresses over
//! an alphabet of common scripts; `engine/SCHEMA-SUBSET.md` lists the known differences.

use crate::regex::{Regex, RegexEngine};

/// Unicode character classes compiled through the regex engine.
pub(crate) struct CharClasses {
    disallowed: Box<dyn Regex>,
    mark: Box<dyn Regex>,
    nonspacing_mark: Box<dyn Regex>,
    neutral: Box<dyn Regex>,
    other_number: Box<dyn Regex>,
}

impl CharClasses {
    /// `None` if the engine lacks Unicode property escapes (then non-ASCII domains are invalid).
    pub(crate) fn compile(engine: &dyn RegexEngine) -> Option<CharClasses> {
        Some(CharClasses {
            disallowed: engine.compile("^[\\p{C}\\p{Z}\\uFFFC\\uFFFD]$").ok()?,
            mark: engine.compile("^\\p{M}$").ok()?,
            nonspacing_mark: engine.compile("^[\\p{Mn}\\p{Me}]$").ok()?,
            neutral: engine.compile("^[\\p{S}\\p{P}]$").ok()?,
            other_number: engine.compile("^(?=\\p{No})\\p{Script=Common}$").ok()?,
        })
    }

    fn test(re: &dyn Regex, c: char) -> bool {
        let mut buf = [0u8; 4];
        re.is_match(c.encode_utf8(&mut buf))
    }

    fn is_mark(&self, c: char) -> bool {
        Self::test(self.mark.as_ref(), c)
    }

    fn is_valid(&self, c: char) -> bool {
        !is_disallowed_by_mapping(c) && !Self::test(self.disallowed.as_ref(), c)
    }
}

/// The domain in ASCII form, or `None` where IDNA processing reports an error.
pub(crate) fn to_ascii(domain: &str, classes: &CharClasses) -> Option<String> {
    let mut out = String::with_capacity(domain.len() + 8);
    // The Unicode form of every label, for the bidi rule.
    let mut unicode: Vec<Vec<char>> = Vec::new();
    for (i, label) in domain
        .split(['.', '\u{3002}', '\u{FF0E}', '\u{FF61}'])
        .enumerate()
    {
        if i > 0 {
            out.push('.');
        }
        let mapped: Vec<char> = label
            .chars()
            .filter(|c| !is_ignored(*c))
            .map(map_char)
            .collect();
        if mapped.iter().all(char::is_ascii) {
            let ascii: String = mapped.iter().collect();
            if let Some(encoded) = ascii.strip_prefix("xn--") {
                let decoded = decode_label(encoded, classes)?;
                unicode.push(decoded);
            } else {
                unicode.push(mapped);
            }
            out.push_str(&ascii);
        } else {
            if mapped.starts_with(&['x', 'n', '-', '-']) {
                return None;
            }
            check_unicode_label(&mapped, classes)?;
            out.push_str("xn--");
            out.push_str(&encode(&mapped)?);
            unicode.push(mapped);
        }
    }
    bidi_ok(&unicode, classes).then_some(out)
}

/// Every non-ASCII character valid, and no combining mark first.
fn check_unicode_label(label: &[char], classes: &CharClasses) -> Option<()> {
    // Thai and Lao SARA AM decompose to a combining mark first.
    if label
        .first()
        .is_some_and(|c| classes.is_mark(*c) || matches!(*c, '\u{E33}' | '\u{EB3}'))
    {
        return None;
    }
    label
        .iter()
        .all(|c| c.is_ascii() || classes.is_valid(*c))
        .then_some(())
}

/// Decode an `xn--` label and check it the way a Unicode label is checked.
fn decode_label(encoded: &str, classes: &CharClasses) -> Option<Vec<char>> {
    if encoded.is_empty() || encoded.ends_with('-') {
        return None;
    }
    let decoded = decode(encoded)?;
    // The decoded label must already be in mapped form and must need the encoding.
    let in_mapped_form = decoded
        .iter()
        .all(|c| !is_ignored(*c) && map_char(*c) == *c);
    if !in_mapped_form || decoded.iter().all(char::is_ascii) {
        return None;
    }
    check_unicode_label(&decoded, classes)?;
    Some(decoded)
}

/// Symbols UTS 46 disallows or maps to ASCII punctuation or spaces (which the hostname check
/// then rejects): spacing diacritics, parenthesised and dotted numbers, dot leaders, small and
/// vertical punctuation forms, super/subscript operators, ideographic description characters.
fn is_disallowed_by_mapping(c: char) -> bool {
    matches!(
        u32::from(c),
        0xA8 | 0xAF | 0xB4 | 0xB8 | 0x2D8..=0x2DD | 0x37A | 0x37E | 0x384..=0x385 | 0x387
            | 0x1FBD | 0x1FBF..=0x1FC1 | 0x1FCD..=0x1FCF | 0x1FDD..=0x1FDF | 0x1FED..=0x1FEF
            | 0x1FFD..=0x1FFE | 0x2017 | 0x2024..=0x2026 | 0x203C | 0x203E | 0x2047..=0x2049
            | 0x207A | 0x207C..=0x207E | 0x208A | 0x208C..=0x208E | 0x2100..=0x2101 | 0x2105..=0x2106
            | 0x2474..=0x24B5 | 0x2A74..=0x2A76 | 0x2FF0..=0x2FFF | 0xFE10..=0xFE19 | 0xFE30..=0xFE6B
    )
}

/// Characters UTS 46 maps to nothing (a small, common subset).
fn is_ignored(c: char) -> bool {
    matches!(
        u32::from(c),
        0xAD | 0x34F | 0x115F..=0x1160 | 0x17B4..=0x17B5 | 0x180B..=0x180D | 0x180F | 0x200B | 0x2060
            | 0x2064 | 0x3164 | 0xFE00..=0xFE0F | 0xFEFF | 0xFFA0 | 0x1BCA0..=0x1BCA3 | 0xE0100..=0xE01EF
    )
}

/// Lowercase the common capitals and narrow fullwidth ASCII.
fn map_char(c: char) -> char {
    let cp = u32::from(c);
    let mapped = match cp {
        0x41..=0x5A => cp + 0x20,
        0xFF21..=0xFF3A => cp - 0xFEE0 + 0x20,
        0xFF01..=0xFF5E => cp - 0xFEE0,
        0xC0..=0xDE if cp != 0xD7 => cp + 0x20,
        0x391..=0x3A9 if cp != 0x3A2 => cp + 0x20,
        0x410..=0x42F => cp + 0x20,
        0x400..=0x40F => cp + 0x50,
        _ => cp,
    };
    char::from_u32(mapped).unwrap_or(c)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Bidi {
    L,
    /// R or AL: the rule treats them alike.
    R,
    En,
    An,
    Es,
    Nsm,
    /// ON, CS, ET, BN and everything else (only ASCII punctuation reaches here).
    Other,
}

fn bidi_class(c: char, classes: &CharClasses) -> Bidi {
    if c.is_ascii() {
        return match c {
            'a'..='z' | 'A'..='Z' => Bidi::L,
            '0'..='9' => Bidi::En,
            '-' | '+' => Bidi::Es,
            _ => Bidi::Other,
        };
    }
    match u32::from(c) {
        0x660..=0x669 | 0x66B..=0x66C | 0x10D30..=0x10D39 | 0x10E60..=0x10E7E => return Bidi::An,
        0x6F0..=0x6F9
        | 0xB2..=0xB3
        | 0xB9
        | 0x2070..=0x2079
        | 0x2080..=0x2089
        | 0x2488..=0x249B => return Bidi::En,
        _ => {}
    }
    if CharClasses::test(classes.nonspacing_mark.as_ref(), c) {
        return Bidi::Nsm;
    }
    // The neutral symbols among them.
    if matches!(u32::from(c), 0x606..=0x607 | 0x609..=0x60A | 0x60C | 0x60E..=0x60F | 0x6DE | 0x6E9 | 0x7F6)
    {
        return Bidi::Other;
    }
    // Letters, punctuation and symbols of the right-to-left blocks (and the Hebrew letterlike
    // symbols, which map to Hebrew letters) are R or AL.
    if matches!(
        u32::from(c),
        0x590..=0x8FF | 0x2135..=0x2138 | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF | 0x10800..=0x10FFF | 0x1E800..=0x1EFFF
    ) {
        return Bidi::R;
    }
    if CharClasses::test(classes.neutral.as_ref(), c)
        || CharClasses::test(classes.other_number.as_ref(), c)
    {
        return Bidi::Other;
    }
    Bidi::L
}

/// RFC 5893 section 2, applied to every label when some label has right-to-left characters.
fn bidi_ok(labels: &[Vec<char>], classes: &CharClasses) -> bool {
    let is_bidi = labels
        .iter()
        .flatten()
        .any(|c| matches!(bidi_class(*c, classes), Bidi::R | Bidi::An));
    if !is_bidi {
        return true;
    }
    labels.iter().all(|label| {
        let classes: Vec<Bidi> = label.iter().map(|c| bidi_class(*c, classes)).collect();
        let Some((&first, tail)) = classes.split_first() else {
            return true;
        };
        if !matches!(first, Bidi::L | Bidi::R) {
            return false;
        }
        let end = tail
            .iter()
            .rposition(|b| *b != Bidi::Nsm)
            .map_or(0, |i| i + 1);
        let Some((&last, middle)) = tail[..end].split_last() else {
            return true;
        };
        if first == Bidi::L {
            matches!(last, Bidi::L | Bidi::En)
                && middle.iter().all(|b| *b != Bidi::R && *b != Bidi::An)
        } else {
            let numerals = middle.iter().chain(std::iter::once(&last));
            let (mut en, mut an) = (false, false);
            for b in numerals {
                en |= *b == Bidi::En;
                an |= *b == Bidi::An;
            }
            matches!(last, Bidi::R | Bidi::En | Bidi::An)
                && middle.iter().all(|b| *b != Bidi::L)
                && !(en && an)
        }
    })
}

const BASE: u32 = 36;
const T_MIN: u32 = 1;
const T_MAX: u32 = 26;
const SKEW: u32 = 38;
const DAMP: u32 = 700;
const INITIAL_BIAS: u32 = 72;
const INITIAL_N: u32 = 128;

fn adapt(delta: u32, points: u32, first: bool) -> u32 {
    let mut delta = if first { delta / DAMP } else { delta / 2 };
    delta += delta / points;
    let mut k = 0;
    while delta > ((BASE - T_MIN) * T_MAX) / 2 {
        delta /= BASE - T_MIN;
        k += BASE;
    }
    k + (BASE - T_MIN + 1) * delta / (delta + SKEW)
}

fn threshold(k: u32, bias: u32) -> u32 {
    if k <= bias {
        T_MIN
    } else if k >= bias + T_MAX {
        T_MAX
    } else {
        k - bias
    }
}

fn digit(d: u32) -> char {
    // d < 36 by construction.
    let byte = if d < 26 {
        b'a' + d as u8
    } else {
        b'0' + (d - 26) as u8
    };
    char::from(byte)
}

/// RFC 3492 encoding; `None` on overflow.
#[allow(clippy::cast_possible_truncation)]
fn encode(input: &[char]) -> Option<String> {
    let mut out: String = input.iter().filter(|c| c.is_ascii()).collect();
    let basic = u32::try_from(out.len()).ok()?;
    if basic > 0 {
        out.push('-');
    }
    let total = u32::try_from(input.len()).ok()?;
    let (mut n, mut delta, mut bias, mut handled) = (INITIAL_N, 0u32, INITIAL_BIAS, basic);
    while handled < total {
        let m = input
            .iter()
            .map(|c| u32::from(*c))
            .filter(|c| *c >= n)
            .min()?;
        delta = delta.checked_add((m - n).checked_mul(handled + 1)?)?;
        n = m;
        for c in input.iter().map(|c| u32::from(*c)) {
            if c < n {
                delta = delta.checked_add(1)?;
            }
            if c == n {
                let mut q = delta;
                let mut k = BASE;
                loop {
                    let t = threshold(k, bias);
                    if q < t {
                        break;
                    }
                    out.push(digit(t + (q - t) % (BASE - t)));
                    q = (q - t) / (BASE - t);
                    k += BASE;
                }
                out.push(digit(q));
                bias = adapt(delta, handled + 1, handled == basic);
                delta = 0;
                handled += 1;
            }
        }
        delta = delta.checked_add(1)?;
        n = n.checked_add(1)?;
    }
    Some(out)
}

/// RFC 3492 decoding; `None` if malformed.
fn decode(input: &str) -> Option<Vec<char>> {
    let (basic, rest) = match input.rfind('-') {
        Some(i) => (&input[..i], &input[i + 1..]),
        None => ("", input),
    };
    let mut output: Vec<char> = basic.chars().collect();
    if !output.iter().all(char::is_ascii) {
        return None;
    }
    let (mut n, mut i, mut bias) = (INITIAL_N, 0u32, INITIAL_BIAS);
    let mut bytes = rest.bytes().peekable();
    while bytes.peek().is_some() {
        let old_i = i;
        let mut w = 1u32;
        let mut k = BASE;
        loop {
            let d = match bytes.next()? {
                b @ b'a'..=b'z' => u32::from(b - b'a'),
                b @ b'A'..=b'Z' => u32::from(b - b'A'),
                b @ b'0'..=b'9' => u32::from(b - b'0') + 26,
                _ => return None,
            };
            i = i.checked_add(d.checked_mul(w)?)?;
            let t = threshold(k, bias);
            if d < t {
                break;
            }
            w = w.checked_mul(BASE - t)?;
            k += BASE;
        }
        let len = u32::try_from(output.len() + 1).ok()?;
        bias = adapt(i - old_i, len, old_i == 0);
        n = n.checked_add(i / len)?;
        i %= len;
        let c = char::from_u32(n)?;
        if c.is_ascii() {
            return None;
        }
        output.insert(usize::try_from(i).ok()?, c);
        i += 1;
    }
    Some(output)
}

#[cfg(test)]
mod tests {
    use super::{decode, encode};

    fn check(unicode: &str, punycode: &str) {
        let chars: Vec<char> = unicode.chars().collect();
        assert_eq!(
            encode(&chars).as_deref(),
            Some(punycode),
            "encode {unicode}"
        );
        assert_eq!(decode(punycode), Some(chars), "decode {punycode}");
    }

    #[test]
    fn punycode_latin() {
        check("bücher", "bcher-kva");
    }
    #[test]
    fn punycode_only_non_ascii() {
        check("ü", "tda");
    }
    #[test]
    fn punycode_german() {
        check("münchen", "mnchen-3ya");
    }
    #[test]
    fn punycode_chinese() {
        check("中文", "fiq228c");
    }
    #[test]
    fn punycode_arabic() {
        check("مثال", "mgbh0fb");
    }
    #[test]
    fn punycode_garbage_is_none() {
        assert_eq!(decode("99999999999999"), None);
    }
}
