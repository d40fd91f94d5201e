//! The engine's [`RegexEngine`] on the browser's own `RegExp` (ECMA-262, `u` flag): the
//! semantics JSON Schema's `pattern` asks for, at no bundle cost.

use js_sys::{Array, Function, Reflect, RegExp};
use pforte_engine::regex::{Regex, RegexEngine};
use wasm_bindgen::{JsCast, JsValue};

pub struct JsRegexEngine;

struct JsRegex(RegExp);

impl RegexEngine for JsRegexEngine {
    fn compile(&self, pattern: &str) -> Result<Box<dyn Regex>, String> {
        // `Reflect.construct` reports the SyntaxError of a bad pattern instead of aborting.
        let ctor: Function = Reflect::get(&js_sys::global(), &JsValue::from_str("RegExp"))
            .ok()
            .and_then(|c| c.dyn_into().ok())
            .ok_or_else(|| String::from("no RegExp"))?;
        let args = Array::of2(&JsValue::from_str(pattern), &JsValue::from_str("u"));
        match Reflect::construct(&ctor, &args) {
            Ok(re) => Ok(Box::new(JsRegex(re.unchecked_into()))),
            Err(err) => Err(err
                .dyn_into::<js_sys::Error>()
                .map(|e| String::from(e.message()))
                .unwrap_or_default()),
        }
    }
}

impl Regex for JsRegex {
    fn is_match(&self, haystack: &str) -> bool {
        self.0.test(haystack)
    }
}
