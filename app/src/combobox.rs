//! A long list with type-ahead (the WAI-ARIA 1.2 combobox pattern with a listbox popup): the
//! applicant types a few letters of a nationality in their own language instead of scrolling
//! 200 entries. The input shows the chosen entry's label; the data holds its code.
//!
//! Keyboard: typing filters and opens the list, ↓/↑ move through it (the input keeps focus,
//! `aria-activedescendant` names the option), Enter chooses, Escape closes. Touch and mouse
//! choose by tapping. Text that matches no entry leaves the answer empty and says so.

use leptos::prelude::*;
use pforte_engine::i18n::{FluentArgs, FluentValue};
use serde_json::Value;

/// The entries' labels, lower-cased once, searched by each keystroke.
pub struct Choices {
    pub values: Vec<Value>,
    pub labels: Vec<String>,
    folded: Vec<String>,
}

impl Choices {
    /// The entries sorted by their label in the reader's language (folded text order: a
    /// code list's own order, such as Destatis' numbering, means nothing to a reader).
    pub fn new(values: Vec<Value>, labels: Vec<String>) -> Choices {
        let mut entries: Vec<(String, String, Value)> = labels
            .into_iter()
            .zip(values)
            .map(|(l, v)| (fold(&l), l, v))
            .collect();
        entries.sort_by(|a, b| a.0.cmp(&b.0));
        let mut c = Choices {
            values: Vec::new(),
            labels: Vec::new(),
            folded: Vec::new(),
        };
        for (f, l, v) in entries {
            c.folded.push(f);
            c.labels.push(l);
            c.values.push(v);
        }
        c
    }

    /// The entries whose label contains `query`, those starting with it first; all for "".
    pub fn matching(&self, query: &str) -> Vec<usize> {
        let q = fold(query.trim());
        let (mut starts, mut inner): (Vec<usize>, Vec<usize>) = (Vec::new(), Vec::new());
        for (i, label) in self.folded.iter().enumerate() {
            if label.starts_with(&q) {
                starts.push(i);
            } else if label.contains(&q) {
                inner.push(i);
            }
        }
        starts.extend(inner);
        starts
    }

    /// The entry whose label is exactly `text` (ignoring case and surrounding spaces).
    pub fn exact(&self, text: &str) -> Option<usize> {
        let q = fold(text.trim());
        (!q.is_empty())
            .then(|| self.folded.iter().position(|l| *l == q))
            .flatten()
    }

    pub fn label_of(&self, value: &Value) -> Option<&str> {
        let i = self.values.iter().position(|v| v == value)?;
        Some(&self.labels[i])
    }
}

/// Case-folded text for matching; German sharp s and the common Latin accents fold to their
/// base letters so "Turkei" finds "Türkei" and "Cote" finds "Côte d'Ivoire".
fn fold(text: &str) -> String {
    text.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' => 'a',
            'ç' | 'č' | 'ć' => 'c',
            'è' | 'é' | 'ê' | 'ë' | 'ě' | 'ē' => 'e',
            'ì' | 'í' | 'î' | 'ï' | 'ı' => 'i',
            'ñ' | 'ń' | 'ň' => 'n',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' => 'o',
            'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' => 'u',
            'ý' | 'ÿ' => 'y',
            'ş' | 'š' | 'ś' => 's',
            'ž' | 'ź' | 'ż' => 'z',
            'ğ' => 'g',
            'ř' => 'r',
            'ł' => 'l',
            'ß' => 's',
            _ => c,
        })
        .collect()
}

/// The text in the box and whether the list is open: owned by the field, which also shows
/// "choose an entry from the list" for text that names no entry.
#[derive(Clone, Copy)]
pub struct State {
    pub query: RwSignal<String>,
    pub open: RwSignal<bool>,
}

impl State {
    pub fn new(text: String) -> State {
        State {
            query: RwSignal::new(text),
            open: RwSignal::new(false),
        }
    }

    /// Closed with text in it that is not the answer (the answer is empty).
    pub fn unmatched(&self, answered: bool) -> bool {
        !answered && !self.open.get() && !self.query.with(|q| q.trim().is_empty())
    }
}

/// What the combobox needs from its field (see `fields::Wiring`).
pub struct Props {
    pub state: State,
    pub id: String,
    pub name: String,
    pub required: bool,
    pub choices: Choices,
    pub value: Box<dyn Fn() -> Option<Value> + Send + Sync>,
    pub set: Box<dyn Fn(Option<Value>) + Send + Sync>,
    pub touch: Box<dyn Fn() + Send + Sync>,
    pub describedby: Box<dyn Fn() -> Option<String> + Send + Sync>,
    pub invalid: Box<dyn Fn() -> Option<&'static str> + Send + Sync>,
    /// Texts: the hint, the results count (with `$count`), the "no such entry" error.
    pub hint: String,
    pub results: Box<dyn Fn(usize) -> String + Send + Sync>,
}

pub fn combobox(p: Props) -> impl IntoView {
    let Props {
        state: State { query, open },
        id,
        name,
        required,
        choices,
        value,
        set,
        touch,
        describedby,
        invalid,
        hint,
        results,
    } = p;
    let choices = StoredValue::new(choices);
    let active = RwSignal::new(None::<usize>);
    let matches = Memo::new(move |_| choices.with_value(|c| c.matching(&query.get())));
    let list_id = format!("{id}-list");
    let option_id = {
        let id = id.clone();
        move |i: usize| format!("{id}-o{i}")
    };
    let set = StoredValue::new(set);
    let touch = StoredValue::new(touch);
    let choose = move |i: usize| {
        let (v, label) = choices.with_value(|c| (c.values[i].clone(), c.labels[i].clone()));
        set.with_value(|s| s(Some(v)));
        query.set(label);
        open.set(false);
        active.set(None);
    };
    let on_input = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        let exact = choices.with_value(|c| c.exact(&text));
        set.with_value(|s| s(exact.map(|i| choices.with_value(|c| c.values[i].clone()))));
        query.set(text);
        open.set(true);
        active.set(None);
    };
    let scroll_to = {
        let option_id = option_id.clone();
        move |i: usize| {
            if let Some(el) = document().get_element_by_id(&option_id(i)) {
                el.scroll_into_view_with_bool(false);
            }
        }
    };
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        let n = matches.with(Vec::len);
        match ev.key().as_str() {
            "ArrowDown" | "ArrowUp" if n > 0 => {
                ev.prevent_default();
                let down = ev.key() == "ArrowDown";
                let next = match (active.get_untracked(), down, open.get_untracked()) {
                    (_, true, false) | (None, true, _) => 0,
                    (None, false, _) => n - 1,
                    (Some(a), true, _) => (a + 1) % n,
                    (Some(a), false, _) => (a + n - 1) % n,
                };
                open.set(true);
                active.set(Some(next));
                scroll_to(next);
            }
            "Enter" => {
                if let (true, Some(a)) = (open.get_untracked(), active.get_untracked()) {
                    ev.prevent_default();
                    if let Some(i) = matches.with_untracked(|m| m.get(a).copied()) {
                        choose(i);
                    }
                }
            }
            "Escape" if open.get_untracked() => {
                ev.prevent_default();
                open.set(false);
                active.set(None);
            }
            _ => {}
        }
    };
    let on_blur = move |_| {
        open.set(false);
        active.set(None);
        touch.with_value(|t| t());
    };
    let active_id = {
        let option_id = option_id.clone();
        move || {
            let a = active.get()?;
            open.get().then(|| option_id(a))
        }
    };
    // The list exists only while open, and follows this field's answer alone (a Memo), not
    // every keystroke anywhere in the form: 200 options rebuilt per keystroke in each of six
    // lists cost 15 ms on the whole form.
    let current = Memo::new(move |_| value());
    let options = move || {
        if !open.get() {
            return Vec::new();
        }
        let shown = matches.get();
        let current = current.get();
        shown
            .into_iter()
            .enumerate()
            .map(|(pos, i)| {
                let (label, v) = choices.with_value(|c| (c.labels[i].clone(), c.values[i].clone()));
                let selected = current.as_ref() == Some(&v);
                view! {
                    <li id=option_id(pos) role="option"
                        class=move || if active.get() == Some(pos) { "active" } else { "" }
                        aria-selected=if selected { "true" } else { "false" }
                        // Keep focus in the input: choosing must not blur it first.
                        on:mousedown=|ev| ev.prevent_default()
                        on:click=move |_| choose(i)>
                        {label}
                    </li>
                }
            })
            .collect::<Vec<_>>()
    };
    let hint_id = format!("{id}-hint");
    let described = {
        let hint_id = hint_id.clone();
        move || match describedby() {
            Some(ids) => format!("{hint_id} {ids}"),
            None => hint_id.clone(),
        }
    };
    let count = move || open.get().then(|| results(matches.with(Vec::len)));
    view! {
        <p class="help" id=hint_id>{hint}</p>
        <div class="combo">
            <input id=id type="text" name=name role="combobox" autocomplete="off" spellcheck="false"
                aria-autocomplete="list" aria-controls=list_id.clone()
                aria-expanded=move || if open.get() { "true" } else { "false" }
                aria-activedescendant=active_id aria-describedby=described
                aria-invalid=invalid aria-required=required.then_some("true")
                prop:value=move || query.get()
                on:input=on_input on:keydown=on_keydown on:blur=on_blur
                on:click=move |_| open.set(true) />
            <ul id=list_id role="listbox" hidden=move || !open.get()>{options}</ul>
        </div>
        <p class="visually-hidden" role="status">{count}</p>
    }
}

/// `results` text for `Props`: the catalog's `combobox-results` with `$count`.
pub fn results_text(cat: &pforte_engine::i18n::Catalog, count: usize) -> String {
    let mut args = FluentArgs::new();
    args.set("count", FluentValue::from(count));
    cat.text("combobox-results", Some(&args))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn nations() -> Choices {
        let labels = [
            "Türkei",
            "Syrien",
            "Côte d'Ivoire",
            "Österreich",
            "Tunesien",
        ];
        Choices::new(
            (0..labels.len()).map(|i| json!(i.to_string())).collect(),
            labels.iter().map(|s| s.to_string()).collect(),
        )
    }

    fn labels(c: &Choices, query: &str) -> Vec<String> {
        c.matching(query)
            .into_iter()
            .map(|i| c.labels[i].clone())
            .collect()
    }

    #[test]
    fn sorted_by_label_prefix_matches_first_accents_fold() {
        let c = nations();
        assert_eq!(labels(&c, "tu"), ["Tunesien", "Türkei"]);
        assert_eq!(
            labels(&c, "s"),
            ["Syrien", "Österreich", "Tunesien"],
            "prefix first"
        );
        assert_eq!(labels(&c, "turk"), ["Türkei"]);
        assert_eq!(labels(&c, "cote"), ["Côte d'Ivoire"]);
        assert_eq!(labels(&c, "REICH"), ["Österreich"]);
        assert_eq!(
            labels(&c, "en"),
            ["Syrien", "Tunesien"],
            "contained, in label order"
        );
        assert_eq!(labels(&c, "")[0], "Côte d'Ivoire");
        assert!(c.matching("xyz").is_empty());
    }

    #[test]
    fn only_an_exact_label_is_an_answer() {
        let c = nations();
        assert_eq!(
            c.exact(" türkei ").map(|i| c.labels[i].as_str()),
            Some("Türkei")
        );
        assert_eq!(c.exact("Türk"), None);
        assert_eq!(c.exact(""), None);
        assert_eq!(c.label_of(&json!("1")), Some("Syrien"));
    }
}
