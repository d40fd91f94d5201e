//! `cargo xtask`: the project's one entry point for building, serving, testing and benchmarking.
//!
//! It installs what a fresh Debian machine with only rustup lacks (the wasm target, trunk,
//! wasm-bindgen-cli at the version in Cargo.lock, wasm-opt, Chromium and its driver), so the
//! toolchain facts live in code rather than in people's heads. Plain std, anyhow and
//! serde_json: it runs before anything else is built.

mod bench;
mod bench_upload;
mod moto;
mod postgres;
mod split;
mod tools;

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{bail, Context, Result};

const USAGE: &str = "usage: cargo xtask <command>

commands:
  serve [--addr HOST:PORT]  build the app (release) and run the intake server on it
  test                      everything: fmt, clippy, unit and data-driven tests (the intake suite on
                            SQLite + folder and on a throwaway PostgreSQL + S3), lint, wasm build, browser tests
  test postgres             only the intake suite on a throwaway PostgreSQL and S3 (moto)
  bench                     validator benchmarks, first-load size, keystroke latency and Lighthouse,
                            each beside the peer engines (../shared/peers) in the same run
  bench submission          only the secure-submission figures (encrypt + hash, photo, upload path)
  bench booking             only the appointment figures (slots, free-time query, booking under load)
  dist                      build the app (release) into dist/
  tools                     install the missing tools only";

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = root()?;
    std::env::set_current_dir(&root)?;
    match args.first().map(String::as_str) {
        Some("serve") => serve(&args[1..]),
        Some("test") if args.get(1).map(String::as_str) == Some("postgres") => test_postgres(),
        Some("test") => test(),
        Some("bench") if args.get(1).map(String::as_str) == Some("submission") => {
            bench::run_submission()
        }
        Some("bench") if args.get(1).map(String::as_str) == Some("booking") => bench::run_booking(),
        Some("bench") => bench::run_all(),
        Some("dist") => dist().map(|_| ()),
        Some("tools") => tools::ensure_all(true),
        _ => {
            eprintln!("{USAGE}");
            std::process::exit(2)
        }
    }
}

/// The workspace root (xtask's parent folder). Read at run time: with a build cache shared
/// by several clones (CI's), the compile-time path may name another clone.
fn root() -> Result<PathBuf> {
    let manifest = std::env::var_os("CARGO_MANIFEST_DIR")
        .map_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")), PathBuf::from);
    Ok(manifest
        .parent()
        .context("xtask has no parent folder")?
        .to_path_buf())
}

/// Run a command, echoing it, failing with its name if it fails.
pub fn run(cmd: &mut Command) -> Result<()> {
    eprintln!("$ {}", show(cmd));
    let status = cmd
        .status()
        .with_context(|| format!("cannot start {}", show(cmd)))?;
    if !status.success() {
        bail!("{} failed with {status}", show(cmd));
    }
    Ok(())
}

fn show(cmd: &Command) -> String {
    let mut s = cmd.get_program().to_string_lossy().into_owned();
    for a in cmd.get_args() {
        s.push(' ');
        s.push_str(&a.to_string_lossy());
    }
    s
}

pub(crate) fn cargo() -> Command {
    Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
}

/// Where cargo puts build output (honours CARGO_TARGET_DIR, as CI sets it outside the clone).
pub(crate) fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| PathBuf::from("target"), PathBuf::from)
}

/// Build the browser app in release mode into dist/: trunk with the pinned nightly's
/// build-std (see tools.rs), then xtask/post-build.js (terser on the JS glue; the app loads
/// after the first paint).
/// The pages built beside index.html, each with its own wasm (app/src/lib.rs).
const PAGES: [&str; 2] = ["services.html", "desk.html"];

pub(crate) fn dist() -> Result<PathBuf> {
    tools::ensure_wasm()?;
    let dist = PathBuf::from("dist");
    // The office key the app encrypts to is pinned at build time. A deployment sets its own
    // key's thumbprint; without one, the build is pinned to the development key (whose
    // private half is only in the build folder), so it can never send to a real office.
    let thumbprint = match std::env::var("PFORTE_OFFICE_KEY_THUMBPRINT") {
        Ok(pinned) if !pinned.is_empty() => pinned,
        _ => {
            let (dir, thumbprint) = dev_office_key()?;
            eprintln!(
                "xtask: PFORTE_OFFICE_KEY_THUMBPRINT is not set: the app is pinned to the development office key in {} (not for deployment)",
                dir.display()
            );
            thumbprint
        }
    };
    let wasm_target = absolute(&target_dir())?.join("wasm-nightly");
    let trunk = |html: &str, out: &Path| -> Result<()> {
        run(Command::new("trunk")
            .args(["build", html, "--release", "true", "--dist"])
            .arg(out)
            .env("PFORTE_OFFICE_KEY_THUMBPRINT", &thumbprint)
            .env("PATH", tools::path_with_tools()?)
            .env("RUSTUP_TOOLCHAIN", tools::NIGHTLY)
            // Its own folder: std built from source must not mix with stable's artifacts.
            .env("CARGO_TARGET_DIR", &wasm_target)
            .env("CARGO_UNSTABLE_BUILD_STD", "std,panic_abort")
            .env("CARGO_UNSTABLE_BUILD_STD_FEATURES", "optimize_for_size")
            .env(
                "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS",
                // erase_components: leptos' own switch to type-erase component views, which
                // saves ~17 KB of gzipped wasm in this app.
                "-Zunstable-options -Cpanic=immediate-abort --cfg erase_components",
            ))
    };
    // The applicant's forms, then the pages with a wasm of their own (app/src/lib.rs), each
    // into a folder of its own (trunk empties its output folder) and moved into dist.
    trunk("app/index.html", &dist)?;
    // The form app: its wasm split into the first step's part and chunks loaded later.
    let index = std::fs::read_to_string(dist.join("index.html"))?;
    let glue = index
        .split(['/', '\'', '"'])
        .find_map(|part| {
            part.strip_suffix(".js")
                .filter(|s| s.starts_with("pforte-app-"))
        })
        .context("dist/index.html names no pforte-app glue")?
        .to_string();
    split::split(
        &wasm_target.join("wasm32-unknown-unknown/wasm-release/pforte-app.wasm"),
        &dist,
        &glue,
    )?;
    for page in PAGES {
        let out = absolute(&target_dir())?.join(format!("dist-{page}"));
        trunk(&format!("app/{page}"), &out)?;
        for entry in std::fs::read_dir(&out)? {
            let path = entry?.path();
            let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
                continue;
            };
            // trunk 0.21 names its page index.html whatever the source was called.
            let into = if name.ends_with(".html") { page } else { name };
            std::fs::copy(&path, dist.join(into))?;
        }
    }
    run(Command::new("node")
        .arg("xtask/post-build.js")
        .arg(&dist)
        .arg(tools::tools_dir()?)
        .arg("index.html")
        .args(PAGES))?;
    Ok(dist)
}

fn serve(args: &[String]) -> Result<()> {
    tools::openssl()?;
    let dist = dist()?;
    let mut cmd = cargo();
    cmd.args([
        "run",
        "--release",
        "-p",
        "pforte-intake",
        "--bin",
        "pforte",
        "--",
        "serve",
        "--dist",
    ])
    .arg(&dist)
    .args(["--forms", "forms", "--locales", "locales", "--data", "data"]);
    if !args.iter().any(|a| a.starts_with("--office-key")) {
        cmd.arg("--office-key")
            .arg(dev_office_key()?.0.join("office-key.jwk"));
    }
    cmd.args(args);
    run(&mut cmd)
}

/// The intake suite against a throwaway PostgreSQL and S3 (moto): each test its own
/// database and its own prefix in the bucket.
fn test_postgres() -> Result<()> {
    let postgres = postgres::Postgres::start()?;
    let s3 = moto::Moto::start()?;
    run(cargo()
        .args(["test", "-p", "pforte-intake", "--test", "tests"])
        .env("PFORTE_TEST_POSTGRES", &postgres.url)
        .env("PFORTE_TEST_S3", format!("s3://{}", moto::BUCKET))
        .envs(s3.env()))
}

fn test() -> Result<()> {
    tools::ensure_all(false)?;
    run(cargo().args(["fmt", "--all", "--check"]))?;
    run(cargo().args([
        "clippy",
        "--workspace",
        "--exclude",
        "pforte-app",
        "--all-targets",
        "--",
        "-D",
        "warnings",
    ]))?;
    run(cargo().args([
        "clippy",
        "-p",
        "pforte-app",
        "--target",
        "wasm32-unknown-unknown",
        "--",
        "-D",
        "warnings",
    ]))?;
    run(cargo().args([
        "test",
        "--workspace",
        "--exclude",
        "pforte-app",
        "--exclude",
        "pforte-e2e",
    ]))?;
    test_postgres()?;
    // The app's pure logic (routing, parsing input) runs natively too.
    run(cargo().args(["test", "-p", "pforte-app", "--lib"]))?;
    // The real forms must lint clean (the intake tests check the linter on broken fixtures).
    run(cargo().args([
        "run",
        "-q",
        "-p",
        "pforte-intake",
        "--bin",
        "pforte",
        "--",
        "forms",
        "lint",
        "forms",
        // The calendar the browser tests serve, as an office's would be checked.
        "--calendar",
        "tests/calendar.json",
        "--routing",
        "tests/routing.json",
    ]))?;
    let dist = dist()?;
    let bin = target_dir().join("debug").join("pforte");
    let mut e2e = cargo();
    e2e.args([
        "test",
        "-p",
        "pforte-e2e",
        "--test",
        "e2e",
        "--",
        "--test-threads=1",
    ])
    .env("PFORTE_BIN", absolute(&bin)?)
    .env("PFORTE_DIST", absolute(&dist)?)
    .env("PFORTE_ROOT", absolute(Path::new("."))?)
    .env("CHROMEDRIVER", tools::chromedriver()?)
    .env("CHROMIUM", tools::chromium()?)
    .env("AXE_JS", tools::axe()?)
    .env("PFORTE_OFFICE_KEY_DIR", dev_office_key()?.0)
    .env("PFORTE_TEAM_KEY_DIR", dev_team_keys()?)
    .env("PFORTE_NODE_PATH", tools::jose()?);
    run(&mut e2e)
}

/// The development office key: made once with `pforte office keygen` in the build folder,
/// used by `serve`, the tests and the benchmarks. Returns its folder (`office-key.pem`,
/// `office-key.jwk`) and its thumbprint.
pub(crate) fn dev_office_key() -> Result<(PathBuf, String)> {
    let dir = absolute(&target_dir())?.join("dev-office-key");
    let jwk = dir.join("office-key.jwk");
    if !jwk.is_file() {
        // keygen refuses to overwrite: clear a half-made pair first.
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir)?;
        run(cargo()
            .args(["run", "-q", "-p", "pforte-intake", "--bin", "pforte", "--"])
            .args(["office", "keygen", "--out"])
            .arg(&dir)
            .stdout(std::process::Stdio::null()))?;
    }
    let text =
        std::fs::read_to_string(&jwk).with_context(|| format!("reading {}", jwk.display()))?;
    let key: serde_json::Value = serde_json::from_str(&text)?;
    let kid = key["kid"]
        .as_str()
        .with_context(|| format!("{} has no kid", jwk.display()))?;
    Ok((dir, kid.to_string()))
}

/// The kiosk teams' development key pairs (`team-<id>.pem`, `team-<id>.jwk`) for the teams of
/// tests/routing.json: made once with `pforte office keygen --team`, like the office key.
pub(crate) fn dev_team_keys() -> Result<PathBuf> {
    let dir = absolute(&target_dir())?.join("dev-team-keys");
    let routing: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string("tests/routing.json")?)?;
    for team in routing["teams"].as_array().into_iter().flatten() {
        let id = team["id"].as_str().context("a team without id")?;
        if dir.join(format!("team-{id}.jwk")).is_file() {
            continue;
        }
        let _ = std::fs::remove_file(dir.join(format!("team-{id}.pem")));
        std::fs::create_dir_all(&dir)?;
        run(cargo()
            .args(["run", "-q", "-p", "pforte-intake", "--bin", "pforte", "--"])
            .args(["office", "keygen", "--team", id, "--out"])
            .arg(&dir)
            .stdout(std::process::Stdio::null()))?;
    }
    Ok(dir)
}

pub(crate) fn absolute(p: &Path) -> Result<PathBuf> {
    std::path::absolute(p).with_context(|| format!("no absolute path for {}", p.display()))
}

/// Size of `path` after `gzip -9` (the measure the design brief's budget uses).
pub(crate) fn gzip_size(path: &Path) -> Result<u64> {
    let out = Command::new("gzip")
        .args(["-9", "-c"])
        .arg(path)
        .output()
        .context("gzip not found")?;
    if !out.status.success() {
        bail!("gzip failed on {}", path.display());
    }
    Ok(out.stdout.len() as u64)
}
