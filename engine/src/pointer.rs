//! JSON pointers (RFC 6901): escaping, splitting and resolving against `serde_json::Value`.

use serde_json::Value;

/// Escape one reference token (`~` → `~0`, `/` → `~1`).
pub fn escape(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}

/// Split a pointer into unescaped tokens; `None` if it does not start with `/` (and is not "").
pub fn tokens(pointer: &str) -> Option<Vec<String>> {
    if pointer.is_empty() {
        return Some(Vec::new());
    }
    let rest = pointer.strip_prefix('/')?;
    Some(
        rest.split('/')
            .map(|t| t.replace("~1", "/").replace("~0", "~"))
            .collect(),
    )
}

/// Join a parent pointer and one unescaped token.
pub fn push(parent: &str, token: &str) -> String {
    let mut out = String::with_capacity(parent.len() + token.len() + 1);
    out.push_str(parent);
    out.push('/');
    out.push_str(&escape(token));
    out
}

/// Look up `pointer` in `value`.
pub fn get<'a>(value: &'a Value, pointer: &str) -> Option<&'a Value> {
    value.pointer(pointer)
}

/// Set `pointer` in `value` to `new`, creating intermediate objects. Array indices must exist
/// (or be one past the end, which appends). Returns false if the path runs through a scalar.
pub fn set(value: &mut Value, pointer: &str, new: Value) -> bool {
    let Some(tokens) = tokens(pointer) else {
        return false;
    };
    let mut cur = value;
    for (i, tok) in tokens.iter().enumerate() {
        let last = i + 1 == tokens.len();
        if cur.is_null() {
            *cur = Value::Object(Default::default());
        }
        cur = match cur {
            Value::Object(map) => {
                if last {
                    map.insert(tok.clone(), new);
                    return true;
                }
                map.entry(tok.clone()).or_insert(Value::Null)
            }
            Value::Array(items) => {
                let Ok(idx) = tok.parse::<usize>() else {
                    return false;
                };
                if idx == items.len() {
                    items.push(Value::Null);
                }
                let Some(slot) = items.get_mut(idx) else {
                    return false;
                };
                if last {
                    *slot = new;
                    return true;
                }
                slot
            }
            _ => return false,
        };
    }
    *cur = new;
    true
}

/// Remove the value at `pointer`; returns it if it was there.
pub fn remove(value: &mut Value, pointer: &str) -> Option<Value> {
    let tokens = tokens(pointer)?;
    let (last, parents) = tokens.split_last()?;
    let mut cur = value;
    for tok in parents {
        cur = match cur {
            Value::Object(map) => map.get_mut(tok)?,
            Value::Array(items) => items.get_mut(tok.parse::<usize>().ok()?)?,
            _ => return None,
        };
    }
    match cur {
        Value::Object(map) => map.remove(last),
        Value::Array(items) => {
            let idx = last.parse::<usize>().ok()?;
            (idx < items.len()).then(|| items.remove(idx))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn escapes_round_trip() {
        assert_eq!(push("/a", "b/c~d"), "/a/b~1c~0d");
        assert_eq!(tokens("/a/b~1c~0d").unwrap(), vec!["a", "b/c~d"]);
        assert_eq!(tokens("").unwrap(), Vec::<String>::new());
        assert!(tokens("a").is_none());
    }

    #[test]
    fn set_creates_objects_and_appends() {
        let mut v = Value::Null;
        assert!(set(&mut v, "/person/name", json!("Ada")));
        assert!(set(&mut v, "/kids", json!([])));
        assert!(set(&mut v, "/kids/0/name", json!("Bo")));
        assert_eq!(
            v,
            json!({"person": {"name": "Ada"}, "kids": [{"name": "Bo"}]})
        );
        assert!(!set(&mut v, "/person/name/x", json!(1)));
        assert!(!set(&mut v, "/kids/5", json!(1)));
    }

    #[test]
    fn remove_returns_the_value() {
        let mut v = json!({"a": {"b": 1}, "l": [1, 2]});
        assert_eq!(remove(&mut v, "/a/b"), Some(json!(1)));
        assert_eq!(remove(&mut v, "/l/0"), Some(json!(1)));
        assert_eq!(remove(&mut v, "/l/9"), None);
        assert_eq!(v, json!({"a": {}, "l": [2]}));
    }
}
