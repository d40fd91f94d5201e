//! Keyboard only, as a person without a mouse or with a screen reader works: the whole
//! extension form, from its first step to the review page, with nothing but Tab, typing,
//! Space, arrow keys and Enter, in German and in Arabic. The answers are a valid example of
//! the form (examples/valid/study-email-only.json); each control gets its answer in the way
//! its kind takes keys (text typed, a radio group entered once and moved through with ↓, a
//! checkbox toggled with Space, a list typed into, a date typed in the browser's field order).
//!
//! Only keys reach the page: the test reads the DOM to know where focus is and which option
//! is which, but never clicks and never sets a value by script.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use anyhow::{bail, ensure, Context, Result};
use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::key::Key;
use serde_json::Value;

use crate::harness::{env_path, Env};

const FORM: &str = "residence-permit-extension";
const EXAMPLE: &str = "examples/valid/study-email-only.json";

/// Press each character of `keys` (special keys as `Key` characters) on whatever has focus.
async fn press(env: &Env, keys: &str) -> Result<()> {
    let mut actions = KeyActions::new("keyboard".into());
    for c in keys.chars() {
        actions = actions
            .then(KeyAction::Down { value: c })
            .then(KeyAction::Up { value: c });
    }
    env.client.perform_actions(actions).await?;
    Ok(())
}

fn key(k: Key) -> String {
    char::from(k).to_string()
}

/// What has focus: id, tag, type, role, name, the step's submit button or not.
const FOCUSED: &str = r#"const e = document.activeElement;
return e ? { id: e.id || '', tag: e.tagName.toLowerCase(), type: e.type || '', role: e.getAttribute('role') || '',
  name: e.name || '', submit: e.type === 'submit' && !!e.closest('form.step'),
  options: e.tagName === 'SELECT' ? [...e.options].map((o) => [o.value, o.textContent]) : null } : null;"#;

/// The code lists' labels in `lang`, by code (`codelist-<list>-<code> = label`).
fn code_labels(lang: &str) -> Result<HashMap<String, String>> {
    let path = env_path("PFORTE_ROOT").join(format!("locales/{lang}/codelists.ftl"));
    let text = std::fs::read_to_string(&path).with_context(|| format!("{}", path.display()))?;
    Ok(text
        .lines()
        .filter_map(|l| {
            let (id, label) = l.split_once(" = ")?;
            let code = id.strip_prefix("codelist-")?.rsplit('-').next()?;
            Some((code.to_string(), label.trim().to_string()))
        })
        .collect())
}

/// The answer at a control's DOM id (`f-person-familyName` → `/person/familyName`).
fn answer<'a>(example: &'a Value, dom_id: &str) -> Option<&'a Value> {
    example.pointer(&dom_id.strip_prefix('f')?.replace('-', "/"))
}

/// Text of a JSON answer as the control takes it (the radio's `value` attribute too).
fn token(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// The answers the form is filled with.
pub fn example() -> Result<Value> {
    let root = env_path("PFORTE_ROOT");
    Ok(serde_json::from_str(&std::fs::read_to_string(
        root.join(format!("forms/{FORM}/{EXAMPLE}")),
    )?)?)
}

/// Fill the extension form by keyboard from its first step to the review page and leave the
/// browser there. Attachment slots get the files `files(slot)` names: a file input is the one
/// control keys cannot fill (the picker is the operating system's), so the test hands the
/// paths to it through WebDriver, as a person would pick them in the dialog.
pub async fn fill_by_keyboard(
    env: &Env,
    lang: &str,
    files: &dyn Fn(&str) -> Vec<std::path::PathBuf>,
) -> Result<()> {
    let example = example()?;
    let labels = code_labels(lang)?;
    env.open(&format!("/forms/{FORM}?lang={lang}")).await?;
    env.wait("h2#step-title").await?;
    // The order the browser's date field takes its parts in.
    let date_order = env
        .js("return new Intl.DateTimeFormat(navigator.language).formatToParts(new Date(2000, 10, 22))
               .filter((p) => ['day', 'month', 'year'].includes(p.type)).map((p) => p.type)")
        .await?;
    let date_order: Vec<String> = serde_json::from_value(date_order)?;

    let mut steps = 0;
    loop {
        let heading = env.text("h2#step-title").await?;
        let mut radio_groups_done: Vec<String> = Vec::new();
        let mut tabs = 0;
        loop {
            press(env, &key(Key::Tab)).await?;
            tabs += 1;
            if tabs > 200 {
                bail!("{lang}: no way to 'next' by Tab on step {heading:?}");
            }
            let f = env.js(FOCUSED).await?;
            if f["submit"] == true {
                press(env, &key(Key::Enter)).await?;
                break;
            }
            let id = f["id"].as_str().unwrap_or_default().to_string();
            if f["type"] == "file" {
                let slot = id.strip_prefix("file-").unwrap_or_default().to_string();
                attach(env, &slot, &files(&slot)).await?;
                continue;
            }
            let (tag, ty, role) = (
                f["tag"].as_str().unwrap_or_default(),
                f["type"].as_str().unwrap_or_default(),
                f["role"].as_str().unwrap_or_default(),
            );
            if ty == "radio" {
                // One tab stop per group (named by the group's id); Space checks the first,
                // each ↓ checks the next.
                let group = f["name"].as_str().unwrap_or_default().to_string();
                if radio_groups_done.contains(&group) {
                    continue;
                }
                radio_groups_done.push(group.clone());
                let Some(want) = answer(&example, &group).map(token) else {
                    continue;
                };
                let values = env
                    .js(&format!(
                        "return [...document.getElementsByName('{group}')].map((r) => r.value)"
                    ))
                    .await?;
                let values: Vec<String> = serde_json::from_value(values)?;
                let at = values
                    .iter()
                    .position(|v| *v == want)
                    .with_context(|| format!("{group} offers no {want}"))?;
                let mut keys = key(Key::Space);
                for _ in 0..at {
                    keys.push_str(&key(Key::Down));
                }
                press(env, &keys).await?;
                continue;
            }
            if ty == "checkbox" {
                // A consent (its own id) or one box of several (`<id>-<i>`, value = option).
                let single = answer(&example, &id);
                let tick = match single {
                    Some(v) => *v == Value::Bool(true),
                    None => {
                        let group = id.rsplit_once('-').map_or("", |(g, _)| g);
                        let value = env
                            .js(&format!("return document.getElementById('{id}').value"))
                            .await?;
                        answer(&example, group)
                            .and_then(Value::as_array)
                            .is_some_and(|a| a.iter().any(|v| token(v) == value))
                    }
                };
                if tick {
                    press(env, &key(Key::Space)).await?;
                }
                continue;
            }
            let Some(value) = answer(&example, &id) else {
                continue;
            };
            let text = token(value);
            match (tag, ty, role) {
                (_, _, "combobox") => {
                    let label = labels
                        .get(&text)
                        .with_context(|| format!("no {lang} label for code {text}"))?;
                    press(env, label).await?;
                    press(env, &(key(Key::Down) + &key(Key::Enter))).await?;
                }
                ("select", _, _) => {
                    // A native list takes the first letters of an option's text.
                    let options: Vec<(String, String)> =
                        serde_json::from_value(f["options"].clone())?;
                    let label = options
                        .iter()
                        .find(|(v, _)| *v == text)
                        .map(|(_, l)| l.clone())
                        .with_context(|| format!("{id} offers no {text}"))?;
                    press(env, &label).await?;
                }
                (_, "date", _) => {
                    let (y, rest) = text.split_once('-').context("not a date")?;
                    let (m, d) = rest.split_once('-').context("not a date")?;
                    let typed: String = date_order
                        .iter()
                        .map(|p| match p.as_str() {
                            "day" => d,
                            "month" => m,
                            _ => y,
                        })
                        .collect();
                    press(env, &typed).await?;
                }
                _ => press(env, &text).await?,
            }
        }
        steps += 1;
        // The next step, or the review page; an error summary means a wrong answer.
        let start = Instant::now();
        loop {
            if env
                .js("return !!document.querySelector('section.review-step')")
                .await?
                == true
            {
                break;
            }
            let now = env
                .js("const h = document.querySelector('h2#step-title'); return h ? h.textContent : ''")
                .await?;
            if now.as_str().is_some_and(|t| !t.is_empty() && t != heading) {
                break;
            }
            if env
                .js("return !!document.getElementById('error-summary')")
                .await?
                == true
            {
                let summary = env.text("#error-summary").await?;
                bail!("{lang}: step {heading:?} refused the answers:\n{summary}");
            }
            if start.elapsed() > Duration::from_secs(10) {
                bail!("{lang}: 'next' on {heading:?} went nowhere");
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        if env
            .js("return !!document.querySelector('section.review-step')")
            .await?
            == true
        {
            break;
        }
        ensure!(steps < 30, "{lang}: more steps than the form has");
    }
    let review = env.text("main").await?;
    ensure!(
        review.contains("Sharma") && review.contains("rohan.sharma@example.com"),
        "{lang}: the review lacks the typed answers"
    );
    Ok(())
}

/// Pick `paths` in slot `slot` and wait until each is encrypted and listed (or fail with the
/// slot's error).
pub async fn attach(env: &Env, slot: &str, paths: &[std::path::PathBuf]) -> Result<()> {
    if paths.is_empty() {
        return Ok(());
    }
    let before = env
        .js(&format!(
            "return document.querySelectorAll('#a-{slot} ul.files li').length"
        ))
        .await?
        .as_u64()
        .unwrap_or(0);
    let input = env
        .client
        .find(fantoccini::Locator::Id(&format!("file-{slot}")))
        .await?;
    let list: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
    input.send_keys(&list.join("\n")).await?;
    let want = before + paths.len() as u64;
    let start = Instant::now();
    loop {
        let state = env
            .js(&format!(
                "return [document.querySelectorAll('#a-{slot} ul.files li').length,
                         document.getElementById('a-{slot}-error').textContent]"
            ))
            .await?;
        if state[0].as_u64() == Some(want) {
            return Ok(());
        }
        if let Some(error) = state[1].as_str().filter(|e| !e.is_empty()) {
            bail!("slot {slot} refused the file: {error}");
        }
        if start.elapsed() > Duration::from_secs(60) {
            bail!("slot {slot}: the files were not ready after 60 s");
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// A small PDF whose content is `marker` (so tests can find it, or prove it is not there).
pub fn small_pdf(dir: &std::path::Path, name: &str, marker: &str) -> Result<std::path::PathBuf> {
    let path = dir.join(name);
    let body = format!(
        "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n% {marker}\ntrailer<</Root 1 0 R>>\n%%EOF\n"
    );
    std::fs::write(&path, body)?;
    Ok(path)
}

async fn complete_by_keyboard(lang: &str) -> Result<()> {
    let env = Env::start(360, 740).await?;
    let dir = crate::harness::TempDir::new("keyboard-files")?;
    let pdf = small_pdf(&dir.0, "document.pdf", "keyboard test document")?;
    fill_by_keyboard(&env, lang, &|_| vec![pdf.clone()]).await?;
    env.screenshot(&format!("keyboard-{lang}-360-review"))
        .await?;
    env.close().await
}

#[tokio::test]
async fn the_whole_form_by_keyboard_in_german() -> Result<()> {
    complete_by_keyboard("de").await
}

#[tokio::test]
async fn the_whole_form_by_keyboard_in_arabic() -> Result<()> {
    complete_by_keyboard("ar").await
}
