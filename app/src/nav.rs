//! The address bar: which page of a form the path names, and moving between pages with the
//! History API so the browser's back button and deep links work.

use leptos::prelude::*;

/// Where in a form the user is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    /// A step, by id (`None`: the first visible one).
    Step(Option<String>),
    Review,
}

/// The current path.
pub fn path() -> String {
    window().location().pathname().unwrap_or_default()
}

/// The place `path` names inside form `form_id`, if it is that form's path at all.
pub fn place_in(form_id: &str, path: &str) -> Option<Place> {
    let rest = path.strip_prefix("/forms/")?.strip_prefix(form_id)?;
    if !(rest.is_empty() || rest.starts_with('/')) {
        return None;
    }
    let rest = rest.trim_matches('/');
    Some(match rest {
        "" => Place::Step(None),
        "review" => Place::Review,
        step => Place::Step(Some(step.to_string())),
    })
}

pub fn form_path(form_id: &str, place: &Place) -> String {
    match place {
        Place::Step(None) => format!("/forms/{form_id}"),
        Place::Step(Some(step)) => format!("/forms/{form_id}/{step}"),
        Place::Review => format!("/forms/{form_id}/review"),
    }
}

/// Go to `path` as a new history entry (the query, e.g. `?lang=`, is dropped: the language
/// is remembered on the device).
pub fn push(path: &str) {
    if let Ok(history) = window().history() {
        let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(path));
    }
}

/// Move keyboard focus to the first input of the choice group `id` names (the group's
/// fieldset has the id; its inputs `<id>-0`, …), or else to the element with `id` (and
/// scroll it into view).
pub fn focus(id: &str) {
    use wasm_bindgen::JsCast;
    let doc = document();
    let found = doc
        .get_element_by_id(&format!("{id}-0"))
        .or_else(|| doc.get_element_by_id(id));
    if let Some(el) = found.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.focus();
        el.scroll_into_view();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_round_trip() {
        for place in [
            Place::Step(None),
            Place::Step(Some("person".into())),
            Place::Review,
        ] {
            assert_eq!(place_in("f", &form_path("f", &place)), Some(place));
        }
        assert_eq!(place_in("f", "/forms/other"), None);
        assert_eq!(place_in("f", "/forms/fx"), None);
        assert_eq!(
            place_in("f", "/forms/f/person/"),
            Some(Place::Step(Some("person".into())))
        );
    }
}
