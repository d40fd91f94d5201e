//! JSON numbers and JSON equality with JSON Schema's semantics: `1 == 1.0`, integers compared
//! exactly against floats, `multipleOf` read in decimal (`19.99` is a multiple of `0.01`), the
//! way the `jsonschema` crate does it.

use std::cmp::Ordering;

use serde_json::{Number, Value};

/// A number as an exact integer where it is one in the source, else the float.
#[derive(Clone, Copy)]
enum Num {
    Int(i128),
    Float(f64),
}

fn num(n: &Number) -> Num {
    if let Some(u) = n.as_u64() {
        Num::Int(i128::from(u))
    } else if let Some(i) = n.as_i64() {
        Num::Int(i128::from(i))
    } else {
        Num::Float(n.as_f64().unwrap_or(0.0))
    }
}

/// Exact order of an integer against a finite float.
fn cmp_int_float(i: i128, f: f64) -> Ordering {
    // |i| < 2^127 ≈ 1.7e38; beyond that the float is on one side of every i128.
    if f >= 1.7e38 {
        return Ordering::Less;
    }
    if f <= -1.7e38 {
        return Ordering::Greater;
    }
    let t = f.trunc();
    #[allow(clippy::cast_possible_truncation)]
    match i.cmp(&(t as i128)) {
        Ordering::Equal => t.partial_cmp(&f).unwrap_or(Ordering::Equal),
        o => o,
    }
}

/// Exact order of two JSON numbers.
pub(crate) fn cmp(a: &Number, b: &Number) -> Ordering {
    match (num(a), num(b)) {
        (Num::Int(x), Num::Int(y)) => x.cmp(&y),
        (Num::Int(x), Num::Float(y)) => cmp_int_float(x, y),
        (Num::Float(x), Num::Int(y)) => cmp_int_float(y, x).reverse(),
        (Num::Float(x), Num::Float(y)) => x.partial_cmp(&y).unwrap_or(Ordering::Equal),
    }
}

/// Whether a number is an integer in JSON Schema's sense (`1.0` is).
pub(crate) fn is_integer(n: &Number) -> bool {
    match num(n) {
        Num::Int(_) => true,
        Num::Float(f) => f.fract() == 0.0,
    }
}

/// JSON equality: numbers by value, objects unordered, arrays in order.
pub(crate) fn json_eq(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => cmp(x, y) == Ordering::Equal,
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(p, q)| json_eq(p, q))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len()
                && x.iter()
                    .all(|(k, p)| y.get(k).is_some_and(|q| json_eq(p, q)))
        }
        (Value::String(x), Value::String(y)) => x == y,
        (Value::Bool(x), Value::Bool(y)) => x == y,
        (Value::Null, Value::Null) => true,
        _ => false,
    }
}

/// The largest integer every f64 below it represents exactly.
const MAX_SAFE_INTEGER: f64 = 9_007_199_254_740_992.0;

/// A compiled `multipleOf` divisor (positive, checked at compile time).
#[derive(Debug, Clone, Copy)]
pub(crate) struct MultipleOf {
    divisor: f64,
    /// Whole and small enough for integer arithmetic.
    whole: bool,
}

impl MultipleOf {
    pub(crate) fn new(divisor: f64) -> MultipleOf {
        MultipleOf {
            divisor,
            whole: divisor.fract() == 0.0 && divisor <= MAX_SAFE_INTEGER,
        }
    }

    /// Whether `value / divisor` is an integer.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    pub(crate) fn divides(&self, value: &Number) -> bool {
        let m = self.divisor;
        if self.whole {
            if let Some(u) = value.as_u64() {
                return u % (m as u64) == 0;
            }
            if let Some(i) = value.as_i64() {
                return i % (m as i64) == 0;
            }
            let f = value.as_f64().unwrap_or(0.0);
            return f.fract() == 0.0 && f % m == 0.0;
        }
        let f = value.as_f64().unwrap_or(0.0);
        if f == 0.0 {
            return true;
        }
        if f.abs() < m {
            return false;
        }
        match (decimal_parts(f), decimal_parts(m)) {
            (Some(v), Some(d)) => divides_decimal(v, d),
            _ => false,
        }
    }
}

/// A finite float as the shortest decimal that reads back as it: `mantissa · 10^-decimals`.
#[allow(clippy::cast_possible_truncation)]
fn decimal_parts(x: f64) -> Option<(i128, i32)> {
    let mut scale = 1.0_f64;
    // 10^d is exact up to d = 22, so `n / scale` is the correctly rounded decimal n·10^-d.
    for d in 0..=22 {
        let n = (x * scale).round();
        if n.abs() < MAX_SAFE_INTEGER && n / scale == x {
            return Some((n as i128, d));
        }
        scale *= 10.0;
    }
    // Very large or very small: read the shortest representation serde_json prints.
    let text = Number::from_f64(x)?.to_string();
    parse_decimal(&text)
}

/// `-1.25e-7` → (-125, 9).
fn parse_decimal(text: &str) -> Option<(i128, i32)> {
    let (digits, exponent) = match text.split_once(['e', 'E']) {
        Some((d, e)) => (d, e.trim_start_matches('+').parse::<i32>().ok()?),
        None => (text, 0),
    };
    let negative = digits.starts_with('-');
    let (mut mantissa, mut decimals, mut fraction) = (0i128, 0i32, false);
    for b in digits.bytes() {
        match b {
            b'-' => {}
            b'.' => fraction = true,
            b'0'..=b'9' => {
                mantissa = mantissa
                    .checked_mul(10)?
                    .checked_add(i128::from(b - b'0'))?;
                decimals += i32::from(fraction);
            }
            _ => return None,
        }
    }
    Some((
        if negative { -mantissa } else { mantissa },
        decimals.checked_sub(exponent)?,
    ))
}

fn gcd(mut a: i128, mut b: i128) -> i128 {
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a
}

/// Whether `v / m` is an integer, both read as decimals `mantissa · 10^-decimals`, exactly and
/// at any magnitude.
fn divides_decimal((vm, vd): (i128, i32), (mm, md): (i128, i32)) -> bool {
    if vm == 0 {
        return true;
    }
    if mm == 0 {
        return false;
    }
    // v / m = (vm / mm) · 10^k
    let k = md - vd;
    if k >= 0 {
        // Whole when what is left of mm after cancelling with vm divides 10^k.
        let mut rest = (mm / gcd(vm, mm)).abs();
        let twos = rest.trailing_zeros();
        rest >>= twos;
        let mut fives = 0;
        while rest % 5 == 0 {
            rest /= 5;
            fives += 1;
        }
        rest == 1 && i64::from(twos) <= i64::from(k) && fives <= k
    } else {
        // Whole when mm · 10^-k divides vm; a divisor beyond i128 exceeds |vm|.
        let divisor = 10i128
            .checked_pow(k.unsigned_abs())
            .and_then(|p| mm.checked_mul(p));
        divisor.is_some_and(|d| vm % d == 0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn n(v: Value) -> Number {
        match v {
            Value::Number(n) => n,
            _ => unreachable!("test helper takes numbers"),
        }
    }

    fn check_multiple(divisor: f64, value: Value, expected: bool) {
        assert_eq!(
            MultipleOf::new(divisor).divides(&n(value.clone())),
            expected,
            "{value} / {divisor}"
        );
    }

    #[test]
    fn decimal_multiple() {
        check_multiple(0.01, json!(19.99), true);
    }
    #[test]
    fn decimal_not_multiple() {
        check_multiple(0.01, json!(0.075), false);
    }
    #[test]
    fn tenth() {
        check_multiple(0.1, json!(4.5), true);
    }
    #[test]
    fn whole_divisor_float_instance() {
        check_multiple(2.0, json!(4.0), true);
    }
    #[test]
    fn whole_divisor_fraction() {
        check_multiple(2.0, json!(4.5), false);
    }
    #[test]
    fn big_integer() {
        check_multiple(3.0, json!(18446744073709551615_u64), true);
    }
    #[test]
    fn huge_float() {
        check_multiple(0.5, json!(1e308), true);
    }
    #[test]
    fn huge_float_decimal_divisor() {
        check_multiple(0.1, json!(1e308), true);
    }
    #[test]
    fn tiny_divisor() {
        check_multiple(1e-30, json!(3e-20), true);
    }
    #[test]
    fn huge_float_odd_divisor() {
        check_multiple(0.3, json!(1e308), false);
    }
    #[test]
    fn zero_is_multiple() {
        check_multiple(0.3, json!(0.0), true);
    }
    #[test]
    fn below_divisor() {
        check_multiple(0.3, json!(0.1), false);
    }
    #[test]
    fn int_float_compare() {
        assert_eq!(cmp(&n(json!(1)), &n(json!(1.0))), Ordering::Equal);
        assert_eq!(cmp(&n(json!(1)), &n(json!(1.5))), Ordering::Less);
        assert_eq!(cmp(&n(json!(-1)), &n(json!(-1.5))), Ordering::Greater);
        assert_eq!(
            cmp(
                &n(json!(18446744073709551615_u64)),
                &n(json!(18446744073709551614_u64))
            ),
            Ordering::Greater
        );
        assert_eq!(
            cmp(
                &n(json!(9007199254740993_u64)),
                &n(json!(9007199254740992.0))
            ),
            Ordering::Greater
        );
    }
    #[test]
    fn equality_is_by_value() {
        assert!(json_eq(&json!({"a": [1, 2.0]}), &json!({"a": [1.0, 2]})));
        assert!(!json_eq(&json!([1, 2]), &json!([2, 1])));
        assert!(!json_eq(&json!(0), &json!(false)));
    }
}
