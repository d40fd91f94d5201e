//! Starts the intake server and ChromeDriver on free loopback ports, opens a headless
//! Chromium session, and stops everything again on drop.

pub mod proxy;

use std::net::TcpListener;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};
use fantoccini::{Client, ClientBuilder, Locator};

/// A path the xtask passes in; a clear failure when the test is run some other way.
pub fn env_path(name: &str) -> PathBuf {
    match std::env::var_os(name) {
        Some(v) => PathBuf::from(v),
        None => panic!("{name} is not set: run the browser tests through `cargo xtask test`"),
    }
}

/// The step ids of form `form`, in order, from its definition.
pub fn step_ids(form: &str) -> Result<Vec<String>> {
    let path = env_path("PFORTE_ROOT").join(format!("forms/{form}/form.json"));
    let def: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&path)?)?;
    Ok(def["steps"]
        .as_array()
        .context("form.json has no steps")?
        .iter()
        .filter_map(|s| s["id"].as_str().map(str::to_string))
        .collect())
}

/// Text without Fluent's bidi isolation marks around placeables.
pub fn plain(text: &str) -> String {
    text.replace(['\u{2068}', '\u{2069}'], "")
}

fn free_port() -> Result<u16> {
    Ok(TcpListener::bind("127.0.0.1:0")?.local_addr()?.port())
}

fn wait_for_port(port: u16, child: &mut Child, what: &str) -> Result<()> {
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(30) {
        if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return Ok(());
        }
        if let Some(status) = child.try_wait()? {
            bail!("{what} exited early with {status}");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    bail!("{what} did not listen on port {port} within 30 s")
}

/// Kills the child process when dropped.
struct Guard(Child);

impl Drop for Guard {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// A temporary directory removed on drop.
pub struct TempDir(pub PathBuf);

/// Start `pforte` with `args` and wait until it listens on `port`.
fn serve_on(args: &[std::ffi::OsString], port: u16, smtp_port: u16) -> Result<Guard> {
    let mut server = Command::new(env_path("PFORTE_BIN"))
        .args(args)
        // The office's relay: the test's SMTP server (Env::mail).
        .env("PFORTE_SMTP_URL", format!("smtp://127.0.0.1:{smtp_port}"))
        // Warnings and errors only; PFORTE_E2E_LOG=info shows every request.
        .env(
            "RUST_LOG",
            std::env::var("PFORTE_E2E_LOG").unwrap_or_else(|_| "warn".into()),
        )
        .stdout(Stdio::null())
        .spawn()
        .context("starting the intake server")?;
    wait_for_port(port, &mut server, "the intake server")?;
    Ok(Guard(server))
}

impl TempDir {
    pub fn new(tag: &str) -> Result<TempDir> {
        let dir = std::env::temp_dir().join(format!(
            "pforte-e2e-{tag}-{}-{}",
            std::process::id(),
            free_port()?
        ));
        std::fs::create_dir_all(&dir)?;
        Ok(TempDir(dir))
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Headless Chromium with the profile `profile`, through the chromedriver on `driver_port`.
async fn browser(
    driver_port: u16,
    profile: &std::path::Path,
    width: u32,
    height: u32,
) -> Result<Client> {
    let args = vec![
        "--headless=new".to_string(),
        "--no-sandbox".into(),
        "--disable-gpu".into(),
        "--disable-quic".into(),
        "--no-first-run".into(),
        "--disable-background-networking".into(),
        "--disable-component-update".into(),
        "--disable-sync".into(),
        "--hide-scrollbars".into(),
        format!("--window-size={width},{height}"),
        format!("--user-data-dir={}", profile.display()),
    ];
    let mut caps = serde_json::Map::new();
    caps.insert(
        "goog:chromeOptions".into(),
        serde_json::json!({ "binary": env_path("CHROMIUM"), "args": args }),
    );
    let client = ClientBuilder::rustls()?
        .capabilities(caps)
        .connect(&format!("http://127.0.0.1:{driver_port}"))
        .await
        .context("connecting to chromedriver")?;
    // `--window-size` is raised to headless Chromium's minimum of 500 px; resizing the
    // open window is not, so phone widths are set here and checked on every `open`.
    client.set_window_size(width, height).await?;
    Ok(client)
}

/// A running server + browser.
pub struct Env {
    pub client: Client,
    pub base: String,
    pub artifacts: PathBuf,
    width: u32,
    height: u32,
    server: Option<Guard>,
    /// How the server was started, to start it again on the same port and data.
    serve: Vec<std::ffi::OsString>,
    /// The server's data folder (database, blobs).
    pub data: PathBuf,
    /// The server's own port (`base` may point at a proxy in front of it).
    pub server_port: u16,
    /// The emails the server sent (recipient, message), through its relay on `smtp_port`.
    pub mail: std::sync::Mutex<std::sync::mpsc::Receiver<(String, String)>>,
    smtp_port: u16,
    driver_port: u16,
    _driver: Guard,
    _dirs: Vec<TempDir>,
}

impl Env {
    /// Start everything with a browser window of `width` × `height` CSS pixels.
    pub async fn start(width: u32, height: u32) -> Result<Env> {
        Env::start_with_locales(width, height, &env_path("PFORTE_ROOT").join("locales")).await
    }

    /// Like [`Env::start`], with the server reading translations from `locales`.
    pub async fn start_with_locales(
        width: u32,
        height: u32,
        locales: &std::path::Path,
    ) -> Result<Env> {
        Env::start_with(width, height, locales, &env_path("PFORTE_DIST")).await
    }

    /// Like [`Env::start`], with the server reading translations from `locales` and serving
    /// the app built into `dist`.
    pub async fn start_with(
        width: u32,
        height: u32,
        locales: &std::path::Path,
        dist: &std::path::Path,
    ) -> Result<Env> {
        let root = env_path("PFORTE_ROOT");
        let data = TempDir::new("data")?;
        let profile = TempDir::new("profile")?;
        let port = free_port()?;
        let mut serve: Vec<std::ffi::OsString> = vec![
            "serve".into(),
            "--addr".into(),
            format!("127.0.0.1:{port}").into(),
            "--dist".into(),
            dist.into(),
            "--forms".into(),
            root.join("forms").into(),
            "--locales".into(),
            locales.into(),
            "--data".into(),
            data.0.clone().into(),
            // Twelve counters, four services (tests/calendar.json).
            "--calendar".into(),
            root.join("tests/calendar.json").into(),
            "--mail-from".into(),
            "termine@pforte.invalid".into(),
        ];
        // The office key the test build is pinned to (xtask makes it), where there is one.
        if let Some(dir) = std::env::var_os("PFORTE_OFFICE_KEY_DIR") {
            serve.push("--office-key".into());
            serve.push(PathBuf::from(dir).join("office-key.jwk").into());
        }
        // The kiosk: tests/routing.json and the teams' keys (xtask makes them).
        if let Some(dir) = std::env::var_os("PFORTE_TEAM_KEY_DIR") {
            serve.push("--routing".into());
            serve.push(root.join("tests/routing.json").into());
            serve.push("--team-keys".into());
            serve.push(dir);
        }
        let (smtp_port, mail) = pforte_testkit::sink();
        let server = serve_on(&serve, port, smtp_port)?;
        let driver_port = free_port()?;
        let mut driver = Command::new(env_path("CHROMEDRIVER"))
            .arg(format!("--port={driver_port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .context("starting chromedriver")?;
        wait_for_port(driver_port, &mut driver, "chromedriver")?;
        let driver = Guard(driver);
        let client = browser(driver_port, &profile.0, width, height).await?;
        let artifacts = root.join("tests/artifacts");
        std::fs::create_dir_all(&artifacts)?;
        Ok(Env {
            client,
            base: format!("http://127.0.0.1:{port}"),
            artifacts,
            width,
            height,
            server: Some(server),
            serve,
            data: data.0.clone(),
            server_port: port,
            mail: std::sync::Mutex::new(mail),
            smtp_port,
            driver_port,
            _driver: driver,
            _dirs: vec![data, profile],
        })
    }

    /// The next email the server sent: (recipient, message). Waits up to 10 s.
    pub fn next_mail(&self) -> Result<(String, String)> {
        let mail = self
            .mail
            .lock()
            .map_err(|_| anyhow::anyhow!("the mail lock"))?;
        mail.recv_timeout(Duration::from_secs(10))
            .context("the server sent no email within 10 s")
    }

    pub async fn open(&self, path: &str) -> Result<()> {
        self.client.goto(&format!("{}{path}", self.base)).await?;
        let inner = self.js("return window.innerWidth").await?;
        if inner != self.width {
            bail!("the page is {inner} CSS px wide, not {}", self.width);
        }
        Ok(())
    }

    /// Wait until `css` matches an element and the app shows its page (index.html's static
    /// shell, which hides the app's page while it is there, is gone).
    pub async fn wait(&self, css: &str) -> Result<fantoccini::elements::Element> {
        let found = self
            .client
            .wait()
            .at_most(Duration::from_secs(20))
            .for_element(Locator::Css(css))
            .await
            .with_context(|| format!("waiting for {css}"))?;
        let start = Instant::now();
        while self.js("return !!document.getElementById('shell')").await? == true {
            if start.elapsed() > Duration::from_secs(20) {
                bail!("the static shell is still there (waiting for {css})");
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        Ok(found)
    }

    /// The text of the first element `css` matches (it must exist).
    pub async fn text(&self, css: &str) -> Result<String> {
        let el = self
            .client
            .find(Locator::Css(css))
            .await
            .with_context(|| format!("no {css}"))?;
        Ok(el.text().await?)
    }

    /// Click the first element `css` matches.
    pub async fn click(&self, css: &str) -> Result<()> {
        self.client.find(Locator::Css(css)).await?.click().await?;
        Ok(())
    }

    /// Replace the text of the field `css` matches with `text` (typed, key by key).
    pub async fn type_into(&self, css: &str, text: &str) -> Result<()> {
        let field = self.client.find(Locator::Css(css)).await?;
        field.clear().await?;
        field.send_keys(text).await?;
        Ok(())
    }

    /// Make the window `width` CSS px wide from now on (a phone after a desktop).
    pub async fn set_width(&mut self, width: u32) -> Result<()> {
        self.width = width;
        self.client.set_window_size(width, self.height).await?;
        Ok(())
    }

    /// Another browser with its own fresh profile, on the same server: a second person.
    pub async fn second_browser(&mut self) -> Result<Client> {
        let profile = TempDir::new("profile2")?;
        let client = browser(self.driver_port, &profile.0, self.width, self.height).await?;
        self._dirs.push(profile);
        Ok(client)
    }

    /// Evaluate a script and return its result.
    pub async fn js(&self, script: &str) -> Result<serde_json::Value> {
        Ok(self.client.execute(script, vec![]).await?)
    }

    /// Save a full-page PNG screenshot under tests/artifacts/ (the window grows to the page).
    pub async fn screenshot(&self, name: &str) -> Result<PathBuf> {
        let height = self
            .js("return document.documentElement.scrollHeight")
            .await?
            .as_u64()
            .unwrap_or(0) as u32;
        self.client
            .set_window_size(self.width, height.max(self.height))
            .await?;
        let png = self.client.screenshot().await?;
        self.client.set_window_size(self.width, self.height).await?;
        let path = self.artifacts.join(format!("{name}.png"));
        std::fs::write(&path, png)?;
        Ok(path)
    }

    /// Let the draft be saved (after the pause in typing), then open form `form`'s review page
    /// (a reload: the answers come back from the draft).
    pub async fn review_after_save(&self, form: &str) -> Result<()> {
        tokio::time::sleep(Duration::from_millis(1200)).await;
        self.open(&format!("/forms/{form}/review")).await?;
        self.wait("section.review-step").await?;
        Ok(())
    }

    /// Stop the intake server (the browser stays): the phone has lost its connection.
    pub fn stop_server(&mut self) {
        self.server = None;
    }

    /// Start the intake server again, on the same port and data folder.
    pub fn restart_server(&mut self) -> Result<()> {
        self.server = None;
        self.server = Some(serve_on(&self.serve, self.server_port, self.smtp_port)?);
        Ok(())
    }

    pub async fn close(self) -> Result<()> {
        self.client.clone().close().await?;
        Ok(())
    }
}
