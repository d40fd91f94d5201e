//! Every form in `forms/`: it compiles, its valid examples raise no issue, and every issue of
//! its invalid examples lands on a field the applicant can see (an error no field shows is an
//! error the applicant cannot fix). Plus the compiler's findings on small broken definitions.

use std::path::{Path, PathBuf};

use pforte_engine::form::{DefinitionError, Form};
use pforte_engine::regex::RegressEngine;
use pforte_engine::schema::Keyword;
use serde_json::{json, Value};

fn forms_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../forms")
}

fn json_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|x| x == "json"));
    files.sort();
    files
}

fn read(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn load(dir: &Path) -> Form {
    let text = std::fs::read_to_string(dir.join("form.json")).expect("form.json");
    Form::from_json(&text, &RegressEngine).unwrap_or_else(|e| panic!("{}: {e:?}", dir.display()))
}

fn form_dirs() -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(forms_dir())
        .expect("forms/")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.join("form.json").is_file())
        .collect();
    dirs.sort();
    assert!(!dirs.is_empty(), "no form in forms/");
    dirs
}

#[test]
fn valid_examples_raise_no_issue() {
    for dir in form_dirs() {
        let form = load(&dir);
        let files = json_files(&dir.join("examples/valid"));
        assert!(!files.is_empty(), "{}: no valid examples", dir.display());
        for file in files {
            let issues = form.validate(&read(&file));
            assert!(issues.is_empty(), "{}: {issues:?}", file.display());
        }
    }
}

#[test]
fn every_issue_of_an_invalid_example_is_on_a_visible_field() {
    for dir in form_dirs() {
        let form = load(&dir);
        let files = json_files(&dir.join("examples/invalid"));
        assert!(!files.is_empty(), "{}: no invalid examples", dir.display());
        for file in files {
            let issues = form.validate(&read(&file));
            assert!(!issues.is_empty(), "{}: no issue", file.display());
            // Properties the form does not know (tampered or outdated data) are the one kind
            // of issue no control can show: the app never produces them.
            for issue in issues
                .iter()
                .filter(|i| i.keyword != Keyword::AdditionalProperties)
            {
                assert!(
                    issue.stem.is_some(),
                    "{}: issue on no field: {issue:?}",
                    file.display()
                );
            }
        }
    }
}

#[test]
fn an_empty_form_names_the_missing_fields_not_their_objects() {
    let form = load(&forms_dir().join("residence-permit-extension"));
    let issues = form.validate(&json!({}));
    let pointers: Vec<&str> = issues.iter().map(|i| i.pointer.as_str()).collect();
    assert!(pointers.contains(&"/person/familyName"), "{pointers:?}");
    assert!(!pointers.contains(&"/person"), "{pointers:?}");
    assert!(issues.iter().all(|i| i.stem.is_some()), "{issues:?}");
}

#[test]
fn hidden_fields_are_dropped_before_validation() {
    let form = load(&forms_dir().join("residence-permit-extension"));
    let valid = read(
        &forms_dir()
            .join("residence-permit-extension/examples/valid")
            .join(
                json_files(&forms_dir().join("residence-permit-extension/examples/valid"))[0]
                    .file_name()
                    .expect("file name"),
            ),
    );
    // Whatever a hidden section held, pruning removes it, so it never blocks a submission.
    let pruned = form.prune(&valid);
    assert_eq!(form.prune(&pruned), pruned, "prune is idempotent");
    assert!(form.validate(&pruned).is_empty());
}

/// Compile a small definition and return its findings as `pointer: message` lines.
fn findings(def: Value) -> Vec<String> {
    match Form::from_json(&def.to_string(), &RegressEngine) {
        Ok(_) => Vec::new(),
        Err(errors) => errors.iter().map(DefinitionError::to_string).collect(),
    }
}

fn tiny(schema: Value, items: Value) -> Value {
    json!({
        "id": "tiny", "version": "1.0.0",
        "routing": {"team": "t", "service": "s"},
        "schema": schema,
        "steps": [{"id": "one", "items": items}]
    })
}

fn check(def: Value, expected: &[&str]) {
    assert_eq!(findings(def), expected);
}

#[test]
fn a_clean_definition_compiles() {
    check(
        tiny(
            json!({"type": "object", "properties": {"a": {"type": "string"}}}),
            json!([{"field": "/a"}]),
        ),
        &[],
    );
}

#[test]
fn dangling_and_unplaced_fields() {
    check(
        tiny(
            json!({"type": "object", "properties": {"a": {"type": "string"}}}),
            json!([{"field": "/b"}]),
        ),
        &[
            "/steps/0/items/0/field: /b is not declared in the data schema's properties",
            "/schema/properties/a: field /a is on no step",
        ],
    );
}

#[test]
fn keywords_outside_the_subset() {
    let found = findings(tiny(
        json!({"type": "object", "properties": {"a": {"type": "string"}}, "unevaluatedProperties": false}),
        json!([{"field": "/a"}]),
    ));
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].starts_with("/schema/unevaluatedProperties: "),
        "{found:?}"
    );
}

#[test]
fn widgets_must_fit() {
    check(
        tiny(
            json!({"type": "object", "properties": {"a": {"type": "string"}}}),
            json!([{"field": "/a", "widget": "yes-no"}]),
        ),
        &["/steps/0/items/0/field: widget \"yes-no\" does not fit the schema of /a"],
    );
}

#[test]
fn items_need_exactly_one_kind() {
    check(
        tiny(json!({"type": "object", "properties": {"a": {"type": "string"}}}), json!([{"field": "/a", "info": "x"}])),
        &["/steps/0/items/0: an item needs exactly one of field, group, section, info, attachment", "/schema/properties/a: field /a is on no step"],
    );
}

#[test]
fn the_version_is_semantic() {
    let mut def = tiny(
        json!({"type": "object", "properties": {"a": {"type": "string"}}}),
        json!([{"field": "/a"}]),
    );
    def["version"] = json!("v1");
    check(
        def,
        &["/version: version \"v1\" must be a semantic version like 1.0.0"],
    );
}

#[test]
fn options_a_sibling_keyword_excludes_are_not_offered() {
    let def = tiny(
        json!({
            "type": "object",
            "$defs": {"land": {"type": "string", "enum": ["000", "163", "997"], "x-code-list": "staat"}},
            "properties": {"a": {"$ref": "#/$defs/land", "not": {"const": "997"}, "x-fim-id": "F1"}}
        }),
        json!([{"field": "/a"}]),
    );
    let form = Form::from_json(&def.to_string(), &RegressEngine).expect("compiles");
    let mut seen = Vec::new();
    form.for_each_field(&mut |f, _| {
        seen.push((f.options.clone(), f.fim_id.clone(), f.code_list.clone()))
    });
    assert_eq!(
        seen,
        vec![(
            vec![json!("000"), json!("163")],
            Some("F1".into()),
            Some("staat".into())
        )]
    );
}

/// Answers that are inherently left-to-right are marked so (they stay LTR in Arabic and
/// Persian pages); free text is not.
#[test]
fn left_to_right_answers_are_recognised() {
    let def = tiny(
        json!({"type": "object", "properties": {
            "name": {"type": "string"},
            "native": {"type": "string", "pattern": "^[^0-9]+$"},
            "any": {"type": "string", "pattern": "^.{2,}$"},
            "script": {"type": "string", "pattern": "^\\p{L}+$"},
            "passport": {"type": "string", "pattern": "^[A-Za-z0-9]{5,20}$"},
            "phone": {"type": "string", "pattern": "^\\+?[0-9][0-9 ()/-]{5,29}$"},
            "email": {"type": "string", "format": "email"},
            "born": {"type": "string", "format": "date"},
            "income": {"type": "number"}
        }}),
        json!([{"field": "/name"}, {"field": "/native"}, {"field": "/any"}, {"field": "/script"},
               {"field": "/passport"}, {"field": "/phone"}, {"field": "/email"}, {"field": "/born"},
               {"field": "/income"}]),
    );
    let form = Form::from_json(&def.to_string(), &RegressEngine).expect("compiles");
    let ltr: Vec<(String, bool)> = form.steps[0]
        .items
        .iter()
        .filter_map(|i| match i {
            pforte_engine::form::Item::Field(f) => Some((f.stem.clone(), f.hints.ltr)),
            _ => None,
        })
        .collect();
    let expect = [
        ("name", false),
        ("native", false),
        ("any", false),
        ("script", false),
        ("passport", true),
        ("phone", true),
        ("email", true),
        ("born", true),
        ("income", true),
    ];
    let expect: Vec<(String, bool)> = expect.iter().map(|(s, b)| (s.to_string(), *b)).collect();
    assert_eq!(ltr, expect);
}

#[test]
fn a_deadline_must_be_a_date_field() {
    let schema = json!({"type": "object", "properties": {
        "until": {"type": "string", "format": "date"}, "name": {"type": "string"}}});
    let items = json!([{"field": "/until"}, {"field": "/name"}]);
    let with = |deadline: &str| {
        let mut def = tiny(schema.clone(), items.clone());
        def["deadline"] = json!(deadline);
        def
    };
    check(with("/until"), &[]);
    check(
        with("/name"),
        &["/deadline: \"/name\" must point to a date field on a step, outside any group"],
    );
    check(
        with("/nowhere"),
        &["/deadline: \"/nowhere\" must point to a date field on a step, outside any group"],
    );
}
