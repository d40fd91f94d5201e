//! The form app's wasm, split: what a form's first step needs, and chunks fetched later
//! (the split points are in app/src/chunks.rs, shown by app/src/later.rs; leptos' wasm-split
//! support).
//!
//! Trunk builds index.html as usual; the form app's binary is linked with `--emit-relocs`
//! (app/build.rs), which wasm-split-cli needs to move functions into chunks. This step then
//! replaces the wasm and the JS glue trunk wrote for the form app:
//!
//! 1. wasm-split-cli splits cargo's wasm into the main module, one chunk per split point,
//!    chunks shared by several split points, and the JS that loads them;
//! 2. wasm-bindgen makes the main module's glue under trunk's file name;
//! 3. wasm-opt optimises the main module and every chunk (trunk is told not to);
//! 4. the chunks and the loader JS get content-hashed names (`pforte-app-split-review-<hash>.wasm`),
//!    which the server serves as immutable and the service worker caches like trunk's files.

use std::collections::hash_map::DefaultHasher;
use std::hash::Hasher;
use std::path::Path;
use std::process::Command;

use anyhow::{bail, Context, Result};

use crate::{run, tools};

/// wasm-opt's flags for every wasm of the form app: those app/services.html and app/desk.html
/// give trunk for the other pages (`data-wasm-opt="z"` and `data-wasm-opt-params`), and
/// `--strip-debug`, which drops the names and relocation data wasm-split leaves.
const WASM_OPT: [&str; 10] = [
    "-Oz",
    "--converge",
    "--strip-producers",
    "--enable-bulk-memory",
    "--enable-nontrapping-float-to-int",
    "--enable-sign-ext",
    "--enable-mutable-globals",
    "--enable-reference-types",
    "--enable-multivalue",
    "--strip-debug",
];

/// The loader JS wasm-split-cli writes, as the main glue imports it.
const LOADER: &str = "__wasm_split.js";

/// Split `wasm` (cargo's output for the form app) and put the result into `dist` in place of
/// trunk's `<glue>.js` and `<glue>_bg.wasm`.
pub fn split(wasm: &Path, dist: &Path, glue: &str) -> Result<()> {
    let work = crate::absolute(&crate::target_dir())?.join("wasm-split");
    if work.exists() {
        std::fs::remove_dir_all(&work)?;
    }
    std::fs::create_dir_all(work.join("bindgen"))?;
    run(Command::new(tools::wasm_split()?)
        .arg(wasm)
        .arg(&work)
        .args(["--out-name", glue]))?;
    run(Command::new("wasm-bindgen")
        .args([
            "--target",
            "web",
            "--no-typescript",
            // The chunks import the function table the linker exported.
            "--keep-lld-exports",
            "--out-name",
            glue,
            "--out-dir",
        ])
        .arg(work.join("bindgen"))
        .arg(work.join(format!("{glue}.wasm"))))?;
    let path = tools::path_with_tools()?;
    let optimise = |from: &Path, to: &Path| {
        run(Command::new("wasm-opt")
            .args(WASM_OPT)
            .arg(from)
            .arg("-o")
            .arg(to)
            .env("PATH", &path))
    };
    optimise(
        &work.join("bindgen").join(format!("{glue}_bg.wasm")),
        &dist.join(format!("{glue}_bg.wasm")),
    )?;

    let mut loader = std::fs::read_to_string(work.join(LOADER))
        .with_context(|| format!("wasm-split-cli wrote no {LOADER}"))?;
    let mut chunks = 0;
    for entry in std::fs::read_dir(&work)? {
        let file = entry?.path();
        let Some(name) = file.file_name().and_then(|n| n.to_str()) else {
            continue;
        };
        // split_<split point>.wasm and chunk_<n>.wasm (parts that several share).
        let Some(stem) = name
            .strip_suffix(".wasm")
            .filter(|s| s.starts_with("split_") || s.starts_with("chunk_"))
        else {
            continue;
        };
        let quoted = format!("\"./{name}\"");
        if !loader.contains(&quoted) {
            bail!("{LOADER} does not load {name}");
        }
        let optimised = work.join(format!("{stem}.opt.wasm"));
        optimise(&file, &optimised)?;
        let bytes = std::fs::read(&optimised)?;
        let hashed = format!(
            "pforte-app-{}-{:016x}.wasm",
            stem.replace('_', "-"),
            hash(&bytes)
        );
        std::fs::write(dist.join(&hashed), bytes)?;
        loader = loader.replace(&quoted, &format!("\"./{hashed}\""));
        chunks += 1;
    }
    let loader_name = format!("pforte-app-split-{:016x}.js", hash(loader.as_bytes()));
    std::fs::write(dist.join(&loader_name), &loader)?;

    let glue_js = std::fs::read_to_string(work.join("bindgen").join(format!("{glue}.js")))?;
    // The glue's `import … from "./__wasm_split.js"` lines name the file; the wasm's imports
    // keep the module name (the import object's keys).
    let imported = format!("from \"./{LOADER}\"");
    if !glue_js.contains(&imported) {
        bail!("the glue of {glue} does not import {LOADER}: are there no split points?");
    }
    std::fs::write(
        dist.join(format!("{glue}.js")),
        glue_js.replace(&imported, &format!("from \"./{loader_name}\"")),
    )?;
    eprintln!("xtask: {glue} split into its main module and {chunks} chunks");
    Ok(())
}

/// A content hash for file names (std's SipHash with fixed keys: the same bytes give the same
/// name from one build to the next).
fn hash(bytes: &[u8]) -> u64 {
    let mut hasher = DefaultHasher::new();
    hasher.write(bytes);
    hasher.finish()
}
