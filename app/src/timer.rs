//! Debouncing on the browser's own timers: autosave runs once the applicant pauses, not on
//! every keystroke (each save is an encryption and a disk write on a mid-range phone).
//!
//! One `Closure` per debounced function, made once and reused for every `setTimeout`, rather
//! than one per call: nothing is allocated or leaked per keystroke. Dropping the debounced
//! function cancels a pending call, so the browser never calls into a freed closure.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::Window;

struct Pending {
    window: Window,
    handle: Cell<Option<i32>>,
    run: Closure<dyn FnMut()>,
}

impl Drop for Pending {
    fn drop(&mut self) {
        if let Some(handle) = self.handle.take() {
            self.window.clear_timeout_with_handle(handle);
        }
    }
}

/// `f`, called `ms` milliseconds after the last of a burst of `call`s; `flush` runs a
/// pending call at once (the page is being hidden). Outside a window (never the case in the
/// app) calls do nothing.
pub fn debounced(ms: i32, f: impl Fn() + 'static) -> Debounced {
    let pending = web_sys::window().map(|window| {
        Rc::new(Pending {
            window,
            handle: Cell::new(None),
            run: Closure::new(f),
        })
    });
    Debounced { pending, ms }
}

#[derive(Clone)]
pub struct Debounced {
    pending: Option<Rc<Pending>>,
    ms: i32,
}

impl Debounced {
    pub fn call(&self) {
        let Some(p) = &self.pending else { return };
        if let Some(handle) = p.handle.take() {
            p.window.clear_timeout_with_handle(handle);
        }
        let callback: &js_sys::Function = p.run.as_ref().unchecked_ref();
        p.handle.set(
            p.window
                .set_timeout_with_callback_and_timeout_and_arguments_0(callback, self.ms)
                .ok(),
        );
    }

    /// Run the pending call now, if there is one.
    pub fn flush(&self) {
        let Some(p) = &self.pending else { return };
        if let Some(handle) = p.handle.take() {
            p.window.clear_timeout_with_handle(handle);
            let callback: &js_sys::Function = p.run.as_ref().unchecked_ref();
            let _ = callback.call0(&wasm_bindgen::JsValue::NULL);
        }
    }
}
