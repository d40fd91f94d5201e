//! Offline support: registers the service worker `/sw.js` (from `public/sw.js`), which keeps
//! the app, the form definitions and the translations for a phone that loses its connection
//! mid-form; the answers themselves are kept by [`crate::drafts`].
//!
//! The worker stores what passes through it and lists nothing up front (it parses no
//! index.html). On the very first visit, though, the app, the form and its texts were all
//! fetched before the worker existed, so an applicant who goes offline then would reload into
//! an error page. So once the new worker takes control, this module fetches the page's
//! resources again, through it — from the HTTP cache, mostly (hashed files are immutable,
//! the API answers 304) — and from then on the form opens offline. A `PerformanceObserver`
//! names them, including requests still in flight when the worker took over.
//!
//! Registration is best effort: without a service worker (an insecure context, an old
//! browser, a failed download) the app works exactly as before, only online.

use js_sys::{Object, Promise, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{PerformanceEntry, PerformanceObserver, PerformanceObserverEntryList, Window};

/// Register `/sw.js` for the whole origin (its default scope, `/`, where it lives), if the
/// browser has service workers; failures are ignored.
pub fn register() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let navigator = window.navigator();
    // `navigator.serviceWorker` is absent outside secure contexts; calling it there would throw.
    if !Reflect::has(&navigator, &JsValue::from_str("serviceWorker")).unwrap_or(false) {
        return;
    }
    let container = navigator.service_worker();
    // A page loaded under a worker fetched everything through it already.
    let first_visit = container.controller().is_none();
    let registration = container.register("/sw.js");
    wasm_bindgen_futures::spawn_local(async move {
        // Awaited also so a rejection is handled rather than reported as uncaught.
        if JsFuture::from(registration).await.is_err() || !first_visit {
            return;
        }
        // The worker claims this page when it activates; the handler is set before the check,
        // so the change cannot slip between them.
        let controlled =
            Promise::new(&mut |resolve, _| container.set_oncontrollerchange(Some(&resolve)));
        if container.controller().is_none() {
            let _ = JsFuture::from(controlled).await;
        }
        container.set_oncontrollerchange(None);
        refetch_what_came_before(&window);
    });
}

/// Fetch again every resource the page requested before the worker took control (now), also
/// those still in flight: a buffered observer reports the finished ones at once and the others
/// as they finish.
fn refetch_what_came_before(window: &Window) {
    let Some(performance) = window.performance() else {
        return;
    };
    let control_taken = performance.now();
    let again = Closure::<dyn FnMut(PerformanceObserverEntryList)>::new({
        let window = window.clone();
        move |list: PerformanceObserverEntryList| {
            for entry in list.get_entries().iter() {
                let entry: PerformanceEntry = entry.unchecked_into();
                if entry.start_time() < control_taken {
                    let fetch = JsFuture::from(window.fetch_with_str(&entry.name()));
                    wasm_bindgen_futures::spawn_local(async move {
                        let _ = fetch.await; // offline by now: nothing to keep, nothing to report
                    });
                }
            }
        }
    });
    // `{type, buffered}`, built by hand: web-sys's dictionary knows only `entryTypes`, with
    // which browsers ignore `buffered`.
    let init = Object::new();
    let _ = Reflect::set(
        &init,
        &JsValue::from_str("type"),
        &JsValue::from_str("resource"),
    );
    let _ = Reflect::set(&init, &JsValue::from_str("buffered"), &JsValue::TRUE);
    if let Ok(observer) = PerformanceObserver::new(again.as_ref().unchecked_ref()) {
        observer.observe(init.unchecked_ref());
        // Observes for the page's lifetime (later entries start after `control_taken` and are
        // skipped), so its callback must live as long.
        again.forget();
    }
}
