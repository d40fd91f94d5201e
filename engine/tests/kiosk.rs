//! The kiosk's routing rules: the cases in `tests/data/kiosk/*.json` (a config and either its
//! expected errors or concerns with their expected team or error).
//!
//! A case file:
//! ```json
//! { "description": "…",
//!   "config": { … } | "configText": "raw text",
//!   "errors": ["/pointer: message", …],        // the config must fail with exactly these
//!   "routes": [{"concern": "lost-card", "language": "de", "reference": "0kqm 2x9p 5",
//!               "team": "cards"} | {…, "error": "message"}, …] }
//! ```
//! Errors are written as their `Display` text, so the messages the staff read are under test.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use pforte_engine::kiosk::{Problem, RouteError, Routing, LANGUAGES};
use serde::Deserialize;
use serde_json::Value;

fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/kiosk")
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct Case {
    description: String,
    config: Option<Value>,
    config_text: Option<String>,
    errors: Option<Vec<String>>,
    #[serde(default)]
    routes: Vec<RouteCase>,
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
struct RouteCase {
    concern: String,
    language: String,
    reference: Option<String>,
    team: Option<String>,
    error: Option<String>,
}

/// The config's text: raw (for syntax errors) or the JSON value pretty-printed with its keys
/// sorted, so that a shape error's line and column do not depend on serde_json's
/// `preserve_order` being on in the build.
fn config_text(case: &Case, path: &Path) -> String {
    fn sorted(value: &Value) -> Value {
        match value {
            Value::Object(map) => {
                let mut keys: Vec<&String> = map.keys().collect();
                keys.sort();
                Value::Object(
                    keys.into_iter()
                        .map(|k| (k.clone(), sorted(&map[k])))
                        .collect(),
                )
            }
            Value::Array(items) => Value::Array(items.iter().map(sorted).collect()),
            other => other.clone(),
        }
    }
    match (&case.config, &case.config_text) {
        (Some(value), None) => serde_json::to_string_pretty(&sorted(value)).expect("serialize"),
        (None, Some(text)) => text.clone(),
        _ => panic!("{}: needs one of config, configText", path.display()),
    }
}

fn case_files() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(data_dir())
        .expect("tests/data/kiosk")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no kiosk cases");
    files
}

/// Runs one case file; returns the kinds of the problems and route errors it raised.
fn run_case(path: &Path) -> Vec<&'static str> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let case: Case =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let file = path.file_name().unwrap_or_default().to_string_lossy();
    let name = format!("{file} ({})", case.description);
    match (&case.errors, Routing::from_json(&config_text(&case, path))) {
        (Some(expected), Err(errors)) => {
            let got: Vec<String> = errors.iter().map(ToString::to_string).collect();
            assert_eq!(&got, expected, "{name}: errors");
            assert!(case.routes.is_empty(), "{name}: routes on a broken config");
            errors.iter().map(|e| problem_kind(&e.problem)).collect()
        }
        (Some(_), Ok(_)) => panic!("{name}: the config compiled, errors were expected"),
        (None, Err(errors)) => {
            let got: Vec<String> = errors.iter().map(ToString::to_string).collect();
            panic!("{name}: {got:#?}")
        }
        (None, Ok(routing)) => {
            assert!(!case.routes.is_empty(), "{name}: no routes");
            let mut kinds = Vec::new();
            for (i, r) in case.routes.iter().enumerate() {
                let got = routing.route(&r.concern, &r.language, r.reference.as_deref());
                match (&r.team, &r.error, got) {
                    (Some(team), None, Ok(got)) => {
                        assert_eq!(got, team, "{name}: routes[{i}]");
                        assert!(routing.may_route(&r.concern, team), "{name}: routes[{i}]");
                    }
                    (None, Some(error), Err(got)) => {
                        assert_eq!(&got.to_string(), error, "{name}: routes[{i}]");
                        kinds.push(route_kind(&got));
                    }
                    (team, error, got) => panic!(
                        "{name}: routes[{i}] {r:?}: want team {team:?} / error {error:?}, got {got:?}"
                    ),
                }
            }
            kinds
        }
    }
}

/// Every problem kind, by an exhaustive match: a new kind fails to compile here until it is
/// named, and then fails [`data_cases`] until a case file raises it.
fn problem_kind(problem: &Problem) -> &'static str {
    match problem {
        Problem::Json { .. } => "Json",
        Problem::EmptyId => "EmptyId",
        Problem::Duplicate { .. } => "Duplicate",
        Problem::EmptyList => "EmptyList",
        Problem::UnknownTeam { .. } => "UnknownTeam",
        Problem::UnknownConcern { .. } => "UnknownConcern",
        Problem::UnknownLanguage { .. } => "UnknownLanguage",
        Problem::BadReferencePrefix { .. } => "BadReferencePrefix",
        Problem::NoCatchAll => "NoCatchAll",
        Problem::AfterCatchAll { .. } => "AfterCatchAll",
        Problem::Shadowed { .. } => "Shadowed",
    }
}

fn route_kind(error: &RouteError) -> &'static str {
    match error {
        RouteError::UnknownConcern { .. } => "route:UnknownConcern",
        RouteError::UnknownLanguage { .. } => "route:UnknownLanguage",
        RouteError::BadReference { .. } => "route:BadReference",
    }
}

const KINDS: &[&str] = &[
    "Json",
    "EmptyId",
    "Duplicate",
    "EmptyList",
    "UnknownTeam",
    "UnknownConcern",
    "UnknownLanguage",
    "BadReferencePrefix",
    "NoCatchAll",
    "AfterCatchAll",
    "Shadowed",
    "route:UnknownConcern",
    "route:UnknownLanguage",
    "route:BadReference",
];

#[test]
fn data_cases() {
    let mut seen = BTreeSet::new();
    let files = case_files();
    for path in &files {
        seen.extend(run_case(path));
    }
    let missing: Vec<&&str> = KINDS.iter().filter(|k| !seen.contains(**k)).collect();
    assert!(missing.is_empty(), "no case raises {missing:?}");
    eprintln!("kiosk: {} case files passed", files.len());
}

/// The accessors give the config's lists in its order.
#[test]
fn accessors() {
    let routing = Routing::from_json(
        r#"{"teams": [{"id": "b"}, {"id": "a"}], "concernTypes": ["x", "other"],
            "rules": [{"concern": "x", "referencePrefix": "0", "team": "a"}, {"team": "b"}]}"#,
    )
    .expect("compiles");
    assert_eq!(routing.teams(), ["b", "a"]);
    assert_eq!(routing.concern_types(), ["x", "other"]);
    assert_eq!(routing.rules().len(), 1);
    assert_eq!(routing.rules()[0].concern(), Some("x"));
    assert_eq!(routing.rules()[0].language(), None);
    assert_eq!(routing.rules()[0].reference_prefix(), Some("0"));
    assert_eq!(routing.rules()[0].team(), "a");
    assert_eq!(routing.fallback_team(), "b");
    assert_eq!(LANGUAGES.len(), 8);
}

/// `may_route` is exact: a pair is possible iff some language and reference route it there.
#[test]
fn may_route_names_only_reachable_teams() {
    let routing = Routing::from_json(
        r#"{"teams": [{"id": "cards"}, {"id": "a"}, {"id": "b"}, {"id": "desk"}],
            "concernTypes": ["lost-card", "permit"],
            "rules": [{"concern": "lost-card", "team": "cards"},
                      {"concern": "permit", "referencePrefix": "0", "team": "a"},
                      {"referencePrefix": "0A", "team": "b"},
                      {"team": "desk"}]}"#,
    )
    .expect("compiles");
    assert!(routing.may_route("lost-card", "cards"));
    assert!(
        !routing.may_route("lost-card", "desk"),
        "every lost card goes to cards"
    );
    assert!(!routing.may_route("lost-card", "a"));
    assert!(routing.may_route("permit", "a"));
    assert!(routing.may_route("permit", "desk"));
    assert!(
        !routing.may_route("permit", "b"),
        "prefix 0A is caught by prefix 0 first"
    );
    assert!(!routing.may_route("unknown", "desk"));
}

/// The example in docs/KIOSK.md compiles (the staff copy it).
#[test]
fn documented_example_compiles() {
    let doc =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/KIOSK.md"))
            .expect("docs/KIOSK.md");
    let start = doc.find("```json\n").expect("a json block") + "```json\n".len();
    let end = start + doc[start..].find("```").expect("end of the json block");
    let routing = Routing::from_json(&doc[start..end])
        .unwrap_or_else(|e| panic!("docs/KIOSK.md example: {e:?}"));
    assert_eq!(routing.route("lost-card", "ar", None), Ok("cards"));
}

/// The reachability check is sound and `route` is first-match: on generated rule lists (with
/// a final catch-all), dropping every rule reported unreachable leaves a config that compiles
/// and routes every concern as the first matching rule of the original list does.
mod generated {
    use super::*;
    use proptest::prelude::*;
    use serde_json::json;

    const CONCERNS: [&str; 2] = ["a", "b"];
    const LANGS: [&str; 2] = ["de", "ar"];
    const PREFIXES: [&str; 3] = ["0", "01", "1"];
    /// (as typed, its symbols)
    const REFERENCES: [(&str, &str); 3] = [
        ("0KQM-2X9P-5", "0KQM2X9P"),
        ("01ab 2345 e", "01AB2345"),
        ("1ZZZ-ZZZZ-0", "1ZZZZZZZ"),
    ];

    type GenRule = (Option<usize>, Option<usize>, Option<usize>, usize);

    fn rule() -> impl Strategy<Value = GenRule> {
        (
            proptest::option::of(0..CONCERNS.len()),
            proptest::option::of(0..LANGS.len()),
            proptest::option::of(0..PREFIXES.len()),
            0..3usize,
        )
    }

    fn config(rules: &[GenRule]) -> String {
        let list: Vec<Value> = rules
            .iter()
            .map(|&(c, l, p, t)| {
                let mut r = json!({"team": format!("t{t}")});
                if let Some(c) = c {
                    r["concern"] = json!(CONCERNS[c]);
                }
                if let Some(l) = l {
                    r["language"] = json!(LANGS[l]);
                }
                if let Some(p) = p {
                    r["referencePrefix"] = json!(PREFIXES[p]);
                }
                r
            })
            .collect();
        json!({
            "teams": [{"id": "t0"}, {"id": "t1"}, {"id": "t2"}, {"id": "t9"}],
            "concernTypes": CONCERNS,
            "rules": list,
        })
        .to_string()
    }

    fn oracle(rules: &[GenRule], concern: usize, lang: usize, symbols: Option<&str>) -> String {
        rules
            .iter()
            .find(|&&(c, l, p, _)| {
                c.is_none_or(|c| c == concern)
                    && l.is_none_or(|l| l == lang)
                    && p.is_none_or(|p| symbols.is_some_and(|s| s.starts_with(PREFIXES[p])))
            })
            .map(|r| format!("t{}", r.3))
            .expect("the final catch-all matches")
    }

    proptest! {
        #[test]
        fn unreachable_rules_change_nothing(mut rules in proptest::collection::vec(rule(), 0..7)) {
            rules.push((None, None, None, 9));
            let kept: Vec<GenRule> = match Routing::from_json(&config(&rules)) {
                Ok(_) => rules.clone(),
                Err(errors) => {
                    let mut dead = BTreeSet::new();
                    for e in &errors {
                        prop_assert!(
                            matches!(e.problem, Problem::Shadowed { .. } | Problem::AfterCatchAll { .. }),
                            "{e}"
                        );
                        let index: usize = e.pointer.trim_start_matches("/rules/").parse().expect("rule index");
                        dead.insert(index);
                    }
                    // A generated catch-all makes the final one dead and is the last kept.
                    rules.iter().enumerate().filter(|(i, _)| !dead.contains(i)).map(|(_, r)| *r).collect()
                }
            };
            let routing = Routing::from_json(&config(&kept))
                .map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
            for (concern, concern_id) in CONCERNS.iter().enumerate() {
                for (lang, lang_id) in LANGS.iter().enumerate() {
                    let inputs = std::iter::once(None).chain(REFERENCES.iter().map(Some));
                    for reference in inputs {
                        let got = routing
                            .route(concern_id, lang_id, reference.map(|r| r.0))
                            .expect("routes");
                        let want = oracle(&rules, concern, lang, reference.map(|r| r.1));
                        prop_assert_eq!(got, want.as_str());
                    }
                }
            }
        }
    }
}

/// The pin covers every team's key: another key, another team name or a key missing changes it.
#[test]
fn the_key_pin_changes_with_any_key() {
    use pforte_engine::kiosk::api::key_pin;
    use std::collections::BTreeMap;
    let key = |n: &str| serde_json::json!({"kty": "RSA", "e": "AQAB", "n": n, "kid": "ignored"});
    let keys: BTreeMap<String, Value> = [
        ("cards".to_string(), key("AAAA")),
        ("desk".to_string(), key("BBBB")),
    ]
    .into();
    let pin = key_pin(&keys);
    assert_eq!(pin.len(), 64);
    let mut swapped = keys.clone();
    swapped.insert("desk".into(), key("CCCC"));
    assert_ne!(key_pin(&swapped), pin);
    let mut renamed = keys.clone();
    let moved = renamed.remove("desk").expect("desk");
    renamed.insert("front".into(), moved);
    assert_ne!(key_pin(&renamed), pin);
    let mut fewer = keys.clone();
    fewer.remove("desk");
    assert_ne!(key_pin(&fewer), pin);
    // The kid is not trusted: only n and e count.
    let mut relabelled = keys.clone();
    relabelled.insert(
        "desk".into(),
        serde_json::json!({"kty": "RSA", "e": "AQAB", "n": "BBBB", "kid": "other"}),
    );
    assert_eq!(key_pin(&relabelled), pin);
}
