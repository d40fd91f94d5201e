//! The pinned toolchain facts, and installing what is missing.
//!
//! - trunk 0.21.x: 0.22 needs a newer rustc than the machine's stable.
//! - wasm-bindgen-cli must equal the `wasm-bindgen` version in Cargo.lock; Trunk.toml pins the
//!   same version with `offline = true`, so trunk never tries to download it. Installed
//!   without `--locked` (with it, one locked dependency is missing from the registry).
//! - wasm-opt comes from the npm package `binaryen` (Debian's binaryen is too old), installed
//!   under the tools folder outside the clone and put on trunk's PATH.
//! - The browser bundle is built with a pinned nightly: `-Z build-std` with
//!   `optimize_for_size` and `-Cpanic=immediate-abort` make the wasm ~11 % smaller gzipped
//!   than stable's prebuilt std (measured in ARCHITECTURE.md, "Bundle budget"). Everything
//!   else (clippy, tests, the server) stays on stable.
//! - wasm-split-cli (crate `wasm_split_cli_support`, feature `build-binary`) splits the form
//!   app's wasm at its split points (app/src/chunks.rs). Its 0.2 line must match the
//!   `wasm_split_helpers` 0.2 in Cargo.lock (leptos' runtime half of the same protocol);
//!   installed under the tools folder.
//! - terser minifies wasm-bindgen's JS glue (trunk's own minifier fails on it).
//! - Chromium and ChromeDriver come from Debian (`chromium`, `chromium-driver`).
//! - OpenSSL's headers (Debian `libssl-dev`, found by `pkg-config`) for josekit, the JOSE
//!   crate of the server and the office CLI.

use std::path::PathBuf;
use std::process::Command;

use anyhow::{bail, Context, Result};

use crate::run;

const TRUNK_SERIES: &str = "0.21.";
const TRUNK_REQ: &str = "~0.21";
const BINARYEN: &str = "132.0.0";
const TERSER: &str = "5.51.2";
const AXE: &str = "4.14.1";
/// npm `jose`: the independent JOSE implementation the interop tests decrypt and encrypt with.
const JOSE: &str = "6.2.18";
/// wasm-split-cli's version (see above).
const WASM_SPLIT: &str = "0.2.4";
/// The nightly the wasm bundle is built with (newest rustup had when it was pinned).
pub const NIGHTLY: &str = "nightly-2026-10-01";

/// Install everything; `verbose` prints what was already there.
pub fn ensure_all(verbose: bool) -> Result<()> {
    openssl()?;
    ensure_wasm()?;
    axe()?;
    jose()?;
    chromium()?;
    chromedriver()?;
    if verbose {
        eprintln!(
            "tools ready: wasm32 target, trunk, wasm-bindgen {}, wasm-opt, chromium, chromedriver",
            bindgen_version()?
        );
    }
    Ok(())
}

/// What building the browser app needs.
pub fn ensure_wasm() -> Result<()> {
    let targets =
        output(Command::new("rustup").args(["target", "list", "--installed"])).unwrap_or_default();
    if !targets
        .lines()
        .any(|l| l.trim() == "wasm32-unknown-unknown")
    {
        run(Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]))?;
    }
    let trunk = output(Command::new("trunk").arg("--version")).unwrap_or_default();
    if !trunk
        .split_whitespace()
        .nth(1)
        .is_some_and(|v| v.starts_with(TRUNK_SERIES))
    {
        run(Command::new("cargo").args(["install", "--locked", "trunk", "--version", TRUNK_REQ]))?;
    }
    let want = bindgen_version()?;
    check_trunk_toml(&want)?;
    let have = output(Command::new("wasm-bindgen").arg("--version")).unwrap_or_default();
    if have.split_whitespace().nth(1) != Some(want.as_str()) {
        run(Command::new("cargo").args(["install", "wasm-bindgen-cli", "--version", &want]))?;
    }
    npm_tool("wasm-opt", &format!("binaryen@{BINARYEN}"))?;
    npm_tool("terser", &format!("terser@{TERSER}"))?;
    wasm_split()?;
    ensure_nightly()
}

/// wasm-split-cli under the tools folder, installed when missing or of another version.
pub fn wasm_split() -> Result<PathBuf> {
    let root = tools_dir()?.join(format!("wasm-split-{WASM_SPLIT}"));
    let bin = root.join("bin/wasm-split-cli");
    if !bin.exists() {
        run(Command::new("cargo")
            .args([
                "install",
                "--locked",
                "wasm_split_cli_support",
                "--version",
                WASM_SPLIT,
            ])
            .args(["--features", "build-binary", "--root"])
            .arg(&root))?;
    }
    Ok(bin)
}

/// axe-core's browser script, for the accessibility checks of the browser tests.
pub fn axe() -> Result<PathBuf> {
    let script = tools_dir()?.join("node_modules/axe-core/axe.min.js");
    if !script.exists() {
        npm_install(&format!("axe-core@{AXE}"))?;
    }
    Ok(script)
}

/// npm `jose` under the tools folder (the interop tests resolve it with NODE_PATH there).
pub fn jose() -> Result<PathBuf> {
    let modules = tools_dir()?.join("node_modules");
    if !modules.join("jose/package.json").exists() {
        npm_install(&format!("jose@{JOSE}"))?;
    }
    Ok(modules)
}

/// An npm package's binary under the tools folder, installed when missing.
fn npm_tool(bin: &str, package: &str) -> Result<()> {
    if tools_dir()?.join("node_modules/.bin").join(bin).exists() {
        return Ok(());
    }
    npm_install(package)
}

/// `npm install` into the tools folder.
fn npm_install(package: &str) -> Result<()> {
    need("npm", "nodejs npm")?;
    std::fs::create_dir_all(tools_dir()?)?;
    run(Command::new("npm")
        .args([
            "install",
            "--no-audit",
            "--no-fund",
            "--loglevel=error",
            "--prefix",
        ])
        .arg(tools_dir()?)
        .arg(package))
}

/// The pinned nightly with rust-src and the wasm target, and std's own dependencies in
/// cargo's cache (trunk runs cargo offline, and build-std compiles std from source).
fn ensure_nightly() -> Result<()> {
    let have = output(Command::new("rustup").args(["toolchain", "list"])).unwrap_or_default();
    let sysroot = || {
        output(
            Command::new("rustc")
                .arg(format!("+{NIGHTLY}"))
                .args(["--print", "sysroot"]),
        )
    };
    let ready = have.lines().any(|l| l.starts_with(NIGHTLY))
        && sysroot().is_some_and(|root| {
            let rustlib = PathBuf::from(root.trim()).join("lib/rustlib");
            rustlib.join("src/rust/library/Cargo.lock").exists()
                && rustlib.join("wasm32-unknown-unknown").exists()
        });
    if !ready {
        run(Command::new("rustup").args([
            "toolchain",
            "install",
            NIGHTLY,
            "--profile",
            "minimal",
            "--component",
            "rust-src",
            "--target",
            "wasm32-unknown-unknown",
        ]))?;
    }
    let root = sysroot().context("the pinned nightly has no sysroot")?;
    let library = PathBuf::from(root.trim()).join("lib/rustlib/src/rust/library/Cargo.toml");
    let stamp = tools_dir()?.join(format!("{NIGHTLY}.fetched"));
    if !stamp.exists() {
        run(Command::new("cargo")
            .arg(format!("+{NIGHTLY}"))
            .arg("fetch")
            .arg("--manifest-path")
            .arg(&library))?;
        std::fs::create_dir_all(tools_dir()?)?;
        std::fs::write(&stamp, "std's dependencies are in cargo's cache\n")?;
    }
    Ok(())
}

/// Tools installed by xtask itself live here, outside the clone, so CI runs reuse them.
pub fn tools_dir() -> Result<PathBuf> {
    if let Some(dir) = std::env::var_os("PFORTE_TOOLS_DIR") {
        return Ok(PathBuf::from(dir));
    }
    let home = std::env::var_os("HOME").context("HOME is not set")?;
    Ok(PathBuf::from(home).join(".cache/pforte-tools"))
}

/// PATH with the tools folder first (trunk finds wasm-opt there).
pub fn path_with_tools() -> Result<std::ffi::OsString> {
    let mut paths = vec![tools_dir()?.join("node_modules/.bin")];
    paths.extend(std::env::split_paths(
        &std::env::var_os("PATH").unwrap_or_default(),
    ));
    Ok(std::env::join_paths(paths)?)
}

/// The wasm-bindgen version Cargo.lock resolved.
fn bindgen_version() -> Result<String> {
    let lock = std::fs::read_to_string("Cargo.lock").context("reading Cargo.lock")?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == "name = \"wasm-bindgen\"" {
            if let Some(v) = lines.next().and_then(|l| l.strip_prefix("version = \"")) {
                return Ok(v.trim_end_matches('"').to_string());
            }
        }
    }
    bail!("Cargo.lock has no wasm-bindgen package")
}

fn check_trunk_toml(want: &str) -> Result<()> {
    let toml = std::fs::read_to_string("Trunk.toml").context("reading Trunk.toml")?;
    let pinned = toml
        .lines()
        .find_map(|l| l.trim().strip_prefix("wasm_bindgen = \""))
        .map(|v| v.trim_end_matches('"'));
    if pinned != Some(want) {
        bail!(
            "Trunk.toml pins wasm_bindgen = {pinned:?} but Cargo.lock has {want}: make them equal"
        );
    }
    Ok(())
}

pub fn chromium() -> Result<PathBuf> {
    find_or_apt("chromium", "chromium")
}

pub fn chromedriver() -> Result<PathBuf> {
    find_or_apt("chromedriver", "chromium-driver")
}

/// OpenSSL's headers and pkg-config, which `openssl-sys` (under josekit) builds against.
pub fn openssl() -> Result<()> {
    let found = || {
        Command::new("pkg-config")
            .args(["--exists", "openssl"])
            .status()
            .is_ok_and(|s| s.success())
    };
    if found() {
        return Ok(());
    }
    apt("pkg-config", "libssl-dev pkg-config")?;
    if !found() {
        bail!("OpenSSL is still not found by pkg-config after installing libssl-dev");
    }
    Ok(())
}

/// A program on PATH, installed with apt when missing and we are root on Debian.
fn find_or_apt(program: &str, package: &str) -> Result<PathBuf> {
    if let Some(p) = which(program) {
        return Ok(p);
    }
    need(program, package)?;
    which(program).with_context(|| format!("{program} still missing after installing {package}"))
}

fn need(program: &str, packages: &str) -> Result<()> {
    if which(program).is_some() {
        return Ok(());
    }
    apt(program, packages)
}

/// [`apt`] for other modules: install `packages` (which provide `program`).
pub fn apt_packages(program: &str, packages: &str) -> Result<()> {
    apt(program, packages)
}

/// Install Debian packages when root on Debian; otherwise say which to install.
fn apt(program: &str, packages: &str) -> Result<()> {
    let root = output(Command::new("id").arg("-u")).is_some_and(|u| u.trim() == "0");
    if !root || which("apt-get").is_none() {
        bail!("{program} is missing: install the Debian package(s) {packages} (e.g. sudo apt-get install {packages})");
    }
    run(Command::new("apt-get").arg("update").arg("-q"))?;
    let mut cmd = Command::new("apt-get");
    cmd.args(["install", "-y", "-q", "--no-install-recommends"])
        .args(packages.split(' '));
    cmd.env("DEBIAN_FRONTEND", "noninteractive");
    run(&mut cmd)
}

fn which(program: &str) -> Option<PathBuf> {
    std::env::split_paths(&std::env::var_os("PATH")?)
        .map(|d| d.join(program))
        .find(|p| p.is_file())
}

fn output(cmd: &mut Command) -> Option<String> {
    let out = cmd.output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}
