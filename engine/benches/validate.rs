//! The compact validator beside the reference (`jsonschema`) on the full extension form, with
//! valid and invalid data, in one run so the figures are comparable on a noisy machine.

use std::path::Path;

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use pforte_engine::form::Form;
use pforte_engine::reference;
use pforte_engine::regex::RegressEngine;
use serde_json::Value;

const FORM: &str = "residence-permit-extension";

fn read(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The first example (by name) in `examples/<kind>/`.
fn example(dir: &Path, kind: &str) -> (String, Value) {
    let mut files: Vec<_> = std::fs::read_dir(dir.join("examples").join(kind))
        .expect("examples folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    let path = files.first().expect("at least one example");
    (
        path.file_stem()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned(),
        read(path),
    )
}

fn bench(c: &mut Criterion) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../forms")
        .join(FORM);
    let text = std::fs::read_to_string(dir.join("form.json")).expect("form.json");
    let form = Form::from_json(&text, &RegressEngine).unwrap_or_else(|e| panic!("{e:?}"));
    let reference = reference::validator(&form.raw_schema).expect("reference compiles");
    for kind in ["valid", "invalid"] {
        let (name, data) = example(&dir, kind);
        let pruned = form.prune(&data);
        let mut group = c.benchmark_group(format!("{FORM}/{kind}/{name}"));
        group.bench_function("compact validate", |b| {
            b.iter(|| black_box(form.schema.validate(black_box(&pruned))))
        });
        group.bench_function("compact is_valid", |b| {
            b.iter(|| black_box(form.schema.is_valid(black_box(&pruned))))
        });
        group.bench_function("jsonschema iter_errors", |b| {
            b.iter(|| black_box(reference.iter_errors(black_box(&pruned)).count()))
        });
        group.bench_function("jsonschema is_valid", |b| {
            b.iter(|| black_box(reference.is_valid(black_box(&pruned))))
        });
        group.bench_function("form.validate (prune + validate + attribute)", |b| {
            b.iter(|| black_box(form.validate(black_box(&data))))
        });
        group.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
