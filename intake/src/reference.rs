//! The reference validator as the intake crate uses it: the engine's one constructor
//! ([`pforte_engine::reference::validator`]: draft 2020-12, `date` and `email` asserted with
//! the same semantics as the compact validator), and its errors as [`Issue`]s.

use serde_json::Value;

pub use pforte_engine::reference::{validator, Validator};

use crate::validate::Issue;

/// Every error as (instance pointer, keyword), in the validator's order; keywords are named
/// as the compact validator names them.
pub fn issues(validator: &Validator, data: &Value) -> Vec<Issue> {
    pforte_engine::reference::errors(validator, data)
        .into_iter()
        .map(|(instance, keyword)| Issue { instance, keyword })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn asserts_formats_and_uses_the_shared_email_check() {
        let v = validator(&json!({"type": "string", "format": "email"})).expect("compiles");
        assert!(v.is_valid(&json!("ada@example.org")));
        assert!(!v.is_valid(&json!("not an address")));
        let v = validator(&json!({"format": "date"})).expect("compiles");
        assert!(!v.is_valid(&json!("2024-02-30")));
    }

    #[test]
    fn reports_instance_and_keyword() {
        let v = validator(&json!({"properties": {"a": {"minLength": 2}}, "required": ["b"]}))
            .expect("compiles");
        let mut got = issues(&v, &json!({"a": "x"}));
        got.sort();
        let want = [("", "required"), ("/a", "minLength")].map(|(i, k)| Issue {
            instance: i.to_string(),
            keyword: k.to_string(),
        });
        assert_eq!(got, want);
    }
}
