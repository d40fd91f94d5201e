//! `cargo xtask bench`: every performance figure of the issues, each measured beside the peer
//! engines in the same run (the machines are shared and noisy; only side-by-side numbers
//! compare). Nothing here is a pass/fail test; it prints the figures for the notes.
//!
//! 1. the validators (criterion: compact vs jsonschema),
//! 2. the first load of the extension form's first step vs the peers' bare form bundles
//!    (`../shared/peers/measure.sh`),
//! 3. keystroke latency on a 300-field form vs rjsf and JSON Forms (`latency.sh`),
//! 4. Lighthouse (mobile) on the extension form vs the peers (`lighthouse.sh`).

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};

use crate::{absolute, cargo, dist, gzip_size, run, target_dir, tools};

const FORM: &str = "residence-permit-extension";
const PEERS: &str = "../shared/peers";

/// The release bundle, the release server, and the bench's forms folder (the forms, a
/// generated 300-field form, the extension form opened up, the upload form).
fn prepare() -> Result<(PathBuf, PathBuf)> {
    let dist = dist()?;
    run(cargo().args([
        "build",
        "--release",
        "-p",
        "pforte-intake",
        "--bin",
        "pforte",
    ]))?;
    let bench = absolute(&target_dir())?.join("bench");
    write_big_form(&bench)?;
    write_open_form(&bench)?;
    crate::bench_upload::write_upload_form(&bench.join("forms"), &bench.join("locales/de"))?;
    Ok((dist, bench))
}

/// `cargo xtask bench submission`: the secure-submission figures alone.
pub fn run_submission() -> Result<()> {
    let (dist, bench) = prepare()?;
    let server = Server::start(&bench.join("forms"), &bench, &dist)?;
    submission(&server, &bench)
}

fn submission(server: &Server, bench: &Path) -> Result<()> {
    let work = tools::tools_dir()?.join("peers");
    if !work.join("node_modules/playwright-core").exists() {
        // The peers' work folder brings playwright-core (as latency.sh installs it).
        run(Command::new("bash")
            .arg(Path::new(PEERS).join("measure.sh"))
            .arg(&work)
            .env("PATH", tools::path_with_tools()?))?;
        run(Command::new("npm")
            .args(["install", "--no-audit", "--no-fund", "--loglevel=error"])
            .current_dir(&work))?;
    }
    crate::bench_upload::browser(&server.base, &work)?;
    crate::bench_upload::upload_path(
        server.base.trim_start_matches("http://"),
        server.child.id(),
        bench,
    )
}

/// `cargo xtask bench booking`: the appointment budgets alone (free-time query and booking
/// under load, `intake/benches/booking.rs`), and the slot arithmetic beneath them.
pub fn run_booking() -> Result<()> {
    run(cargo().args(["bench", "-p", "pforte-engine", "--bench", "slots"]))?;
    run(cargo().args(["bench", "-p", "pforte-intake", "--bench", "booking"]))?;
    let postgres = crate::postgres::Postgres::start()?;
    run(cargo()
        .args(["bench", "-p", "pforte-intake", "--bench", "booking"])
        .env("PFORTE_BENCH_POSTGRES", &postgres.url))
}

pub fn run_all() -> Result<()> {
    run(cargo().args(["bench", "-p", "pforte-engine", "--bench", "validate"]))?;
    run_booking()?;
    let (dist, bench) = prepare()?;
    let server = Server::start(&bench.join("forms"), &bench, &dist)?;
    let open = Server::start(&bench.join("forms-open"), &bench, &dist)?;
    // The page as served for the form's address (index.html with the first step's texts).
    let page = bench.join(format!("{FORM}.html"));
    std::fs::write(&page, server.get(&format!("/forms/{FORM}?lang=de"))?)?;
    let ours = sizes(&dist, &page)?;
    if !Path::new(PEERS).join("measure.sh").exists() {
        println!("\n{PEERS} is missing: the peers are not measured");
        return Ok(());
    }
    let work = tools::tools_dir()?.join("peers");
    peer_sizes(&work, ours)?;
    println!(
        "\nkeystroke latency, 200 input events into the middle text field, ms \
         (pforte-300: the generated 300-field form; pforte-open: the extension form with every \
         step on one page and every condition open):"
    );
    run(Command::new("bash")
        .arg(Path::new(PEERS).join("latency.sh"))
        .arg(&work)
        .arg(format!("pforte-300={}/forms/{BIG}?lang=de", server.base))
        .arg(format!("pforte-open={}/forms/{FORM}?lang=de", open.base))
        .env("PATH", tools::path_with_tools()?))?;
    submission(&server, &bench)?;
    println!("\nLighthouse (mobile, simulated throttling):");
    run(Command::new("bash")
        .arg(Path::new(PEERS).join("lighthouse.sh"))
        .arg(&work)
        .arg(format!("pforte={}/forms/{FORM}?lang=de", server.base))
        .env("PATH", tools::path_with_tools()?))?;
    Ok(())
}

/// The bundle, and the first load of the form's first step in German; returns its gzip total.
fn sizes(dist: &Path, page: &Path) -> Result<u64> {
    println!("\nrelease bundle (dist/), bytes:");
    let mut files: Vec<PathBuf> = std::fs::read_dir(dist)?
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    size_table(&files)?;
    // Everything a browser transfers to show the extension form's first step in German: the
    // page as served, the files it names (the form's glue, wasm and stylesheet; not the other
    // pages' wasm) and the module the glue imports (the chunk loader), the service worker the
    // app registers, the definition and the form's locale files (the offered-locales list the
    // server builds is a few bytes, left out). The chunks (app/src/later.rs) come after the
    // step is on screen and are listed apart.
    println!("\nfirst load of /forms/{FORM} in German, bytes:");
    let served = std::fs::read_to_string(page)?;
    let named = |f: &PathBuf, by: &str| {
        let name = f.file_name().and_then(|n| n.to_str()).unwrap_or_default();
        !name.ends_with(".html") && by.contains(&format!("/{name}"))
    };
    let mut first = vec![page.to_path_buf()];
    let (direct, rest): (Vec<PathBuf>, Vec<PathBuf>) = files
        .into_iter()
        .partition(|f| f.file_name().is_some_and(|n| n == "sw.js") || named(f, &served));
    let mut imported = String::new();
    for file in direct
        .iter()
        .filter(|f| f.extension().is_some_and(|e| e == "js"))
    {
        imported.push_str(&std::fs::read_to_string(file)?);
    }
    let (loader, rest): (Vec<PathBuf>, Vec<PathBuf>) =
        rest.into_iter().partition(|f| named(f, &imported));
    first.extend(direct);
    first.extend(loader);
    first.push(PathBuf::from(format!("forms/{FORM}/form.json")));
    for name in ["app", FORM, "codelists"] {
        first.push(PathBuf::from(format!("locales/de/{name}.ftl")));
    }
    let ours = size_table(&first)?;
    println!(
        "budget 130 KB = 133120 bytes gzip -9: {}",
        if ours <= 133_120 { "met" } else { "NOT met" }
    );
    let chunks: Vec<PathBuf> = rest
        .into_iter()
        .filter(|f| {
            let name = f.file_name().and_then(|n| n.to_str()).unwrap_or_default();
            name.starts_with("pforte-app-") && name.ends_with(".wasm")
        })
        .collect();
    let mut chunk_gz = 0;
    for chunk in &chunks {
        chunk_gz += gzip_size(chunk)?;
    }
    println!(
        "then, in the background once the step is on screen: {} chunks of the form app, {chunk_gz} bytes gzip -9 (first load and chunks: {})",
        chunks.len(),
        ours + chunk_gz
    );
    Ok(ours)
}

/// Print raw and gzip -9 sizes of `files` and their total; returns the gzip total.
fn size_table(files: &[PathBuf]) -> Result<u64> {
    println!("{:<52} {:>10} {:>10}", "file", "raw", "gzip -9");
    let (mut raw_total, mut gz_total) = (0, 0);
    for path in files {
        let raw = std::fs::metadata(path)
            .with_context(|| format!("reading {}", path.display()))?
            .len();
        let gz = gzip_size(path)?;
        raw_total += raw;
        gz_total += gz;
        println!("{:<52} {raw:>10} {gz:>10}", path.display());
    }
    println!("{:<52} {raw_total:>10} {gz_total:>10}", "total");
    Ok(gz_total)
}

/// The peers' minimal one-form apps, measured by their script, beside our first load.
fn peer_sizes(work: &Path, ours: u64) -> Result<()> {
    println!("\npeers ({PEERS}/measure.sh: esbuild --minify, JS + own CSS, gzip -9):");
    let out = Command::new("bash")
        .arg(Path::new(PEERS).join("measure.sh"))
        .arg(work)
        .env("PATH", tools::path_with_tools()?)
        .output()
        .context("running measure.sh")?;
    if !out.status.success() {
        bail!(
            "measure.sh failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    println!(
        "{:<10} {:>10} {:>10} {:>12}",
        "app", "raw", "gzip -9", "pforte/peer"
    );
    for line in String::from_utf8_lossy(&out.stdout).lines().skip(1) {
        if let [name, raw, gz] = line.split_whitespace().collect::<Vec<_>>()[..] {
            let gz: f64 = gz.parse().unwrap_or(f64::NAN);
            println!("{name:<10} {raw:>10} {gz:>10} {:>12.2}", ours as f64 / gz);
        }
    }
    Ok(())
}

/// The generated form's id.
const BIG: &str = "big-300";

/// A form shaped like the peers' `bigschema.js`: one step, 30 sections of 10 text fields
/// (minLength 2, maxLength 40, a pattern; three required) and a yes/no switch that makes two
/// more required (if/then), with German texts; next to the real form in `bench/forms`.
fn write_big_form(bench: &Path) -> Result<()> {
    let forms = bench.join("forms");
    let locales = bench.join("locales/de");
    let _ = std::fs::remove_dir_all(bench);
    std::fs::create_dir_all(forms.join(BIG))?;
    std::fs::create_dir_all(&locales)?;
    let mut properties = Vec::new();
    let mut sections = Vec::new();
    let mut ftl = format!("{BIG}-title = Großes Formular\n{BIG}-step-all-title = Alle Angaben\n");
    for s in 0..30 {
        let mut fields = Vec::new();
        let mut items = Vec::new();
        for f in 0..10 {
            fields.push(format!(
                r#""f{f}": {{"type": "string", "minLength": 2, "maxLength": 40, "pattern": "^[A-Za-z0-9 ]*$"}}"#
            ));
            items.push(format!(r#"{{"field": "/s{s}/f{f}"}}"#));
            ftl.push_str(&format!("{BIG}-s{s}-f{f}-label = Feld {s}.{f}\n"));
        }
        fields.push(r#""has": {"type": "boolean"}"#.to_string());
        items.push(format!(r#"{{"field": "/s{s}/has"}}"#));
        ftl.push_str(&format!(
            "{BIG}-s{s}-has-label = Abschnitt {s} trifft zu\n{BIG}-section-s{s}-title = Abschnitt {s}\n"
        ));
        properties.push(format!(
            r#""s{s}": {{"type": "object", "required": ["f0", "f1", "f2"], "properties": {{{}}},
              "if": {{"properties": {{"has": {{"const": true}}}}, "required": ["has"]}},
              "then": {{"required": ["f3", "f4"]}}}}"#,
            fields.join(", ")
        ));
        sections.push(format!(
            r#"{{"section": "s{s}", "items": [{}]}}"#,
            items.join(", ")
        ));
    }
    let form = format!(
        r#"{{"id": "{BIG}", "version": "1.0.0", "routing": {{"team": "bench", "service": "{BIG}"}},
  "schema": {{"type": "object", "properties": {{{}}}}},
  "steps": [{{"id": "all", "items": [{}]}}]}}"#,
        properties.join(",\n"),
        sections.join(",\n")
    );
    std::fs::write(forms.join(BIG).join("form.json"), form)?;
    std::fs::write(locales.join(format!("{BIG}.ftl")), ftl)?;
    // The real form and the German texts beside it.
    copy_dir(&PathBuf::from("forms").join(FORM), &forms.join(FORM))?;
    for entry in std::fs::read_dir("locales/de")? {
        let path = entry?.path();
        std::fs::copy(&path, locales.join(path.file_name().context("no name")?))?;
    }
    Ok(())
}

/// The extension form with every step's items on one step and every `visibleIf` removed
/// (all conditional sections open), in `bench/forms-open`, for the latency measurement.
fn write_open_form(bench: &Path) -> Result<()> {
    let text = std::fs::read_to_string(format!("forms/{FORM}/form.json"))?;
    let mut form: serde_json::Value = serde_json::from_str(&text)?;
    let steps = form["steps"].as_array().context("no steps")?;
    let mut items: Vec<serde_json::Value> = steps
        .iter()
        .flat_map(|s| s["items"].as_array().cloned().unwrap_or_default())
        .collect();
    items.iter_mut().for_each(open_up);
    form["steps"] = serde_json::json!([{"id": "all", "items": items}]);
    if let Some(slots) = form["attachments"].as_array_mut() {
        slots.iter_mut().for_each(open_up);
    }
    let dir = bench.join("forms-open").join(FORM);
    std::fs::create_dir_all(&dir)?;
    std::fs::write(dir.join("form.json"), serde_json::to_string(&form)?)?;
    let ftl = bench.join(format!("locales/de/{FORM}.ftl"));
    let mut texts = std::fs::read_to_string(&ftl)?;
    texts.push_str(&format!("{FORM}-step-all-title = Alle Angaben\n"));
    Ok(std::fs::write(ftl, texts)?)
}

/// Remove every `visibleIf`, here and in nested items.
fn open_up(item: &mut serde_json::Value) {
    if let Some(obj) = item.as_object_mut() {
        obj.remove("visibleIf");
        if let Some(children) = obj.get_mut("items").and_then(|i| i.as_array_mut()) {
            children.iter_mut().for_each(open_up);
        }
    }
}

fn copy_dir(from: &Path, to: &Path) -> Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let path = entry?.path();
        let target = to.join(path.file_name().context("no name")?);
        if path.is_dir() {
            copy_dir(&path, &target)?;
        } else {
            std::fs::copy(&path, &target)?;
        }
    }
    Ok(())
}

/// `pforte serve` (release) on a free loopback port; stopped on drop.
struct Server {
    child: Child,
    base: String,
    data: PathBuf,
}

impl Server {
    fn start(forms: &Path, bench: &Path, dist: &Path) -> Result<Server> {
        let port = TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
        let bin = target_dir().join("release").join("pforte");
        let data = bench.join(format!("data-{port}"));
        let child = Command::new(&bin)
            .args(["serve", "--addr", &format!("127.0.0.1:{port}")])
            .arg("--dist")
            .arg(absolute(dist)?)
            .arg("--forms")
            .arg(forms)
            .arg("--locales")
            .arg(bench.join("locales"))
            .arg("--data")
            .arg(&data)
            .arg("--office-key")
            .arg(crate::dev_office_key()?.0.join("office-key.jwk"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .with_context(|| format!("starting {}", bin.display()))?;
        let server = Server {
            child,
            base: format!("http://127.0.0.1:{port}"),
            data,
        };
        let start = Instant::now();
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            if start.elapsed() > Duration::from_secs(60) {
                bail!("the server did not listen within 60 s");
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        Ok(server)
    }
}

impl Server {
    /// The body of a plain HTTP/1.1 GET (identity encoding).
    fn get(&self, path: &str) -> Result<Vec<u8>> {
        use std::io::{Read, Write};
        let host = self.base.trim_start_matches("http://");
        let mut stream = std::net::TcpStream::connect(host)?;
        write!(
            stream,
            "GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"
        )?;
        let mut answer = Vec::new();
        stream.read_to_end(&mut answer)?;
        let split = answer
            .windows(4)
            .position(|w| w == b"\r\n\r\n")
            .context("no end of headers")?;
        let head = String::from_utf8_lossy(&answer[..split]);
        if !head.starts_with("HTTP/1.1 200") || head.to_ascii_lowercase().contains("chunked") {
            bail!("GET {path}: {}", head.lines().next().unwrap_or_default());
        }
        Ok(answer[split + 4..].to_vec())
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        // The upload bench leaves gigabytes of ciphertext behind.
        let _ = std::fs::remove_dir_all(&self.data);
    }
}
