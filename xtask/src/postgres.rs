//! A throwaway PostgreSQL server for the tests: Debian's `postgresql` package (installed when
//! missing, like Chromium), a new cluster in a temporary folder, listening on loopback only
//! on a free port, without durability (fsync off: nothing here must survive a crash), stopped
//! and deleted on drop.
//!
//! `initdb` and the server refuse to run as root, so as root they run as the package's
//! `postgres` user (`setpriv`), in a folder under /tmp that user can reach.

use std::net::TcpListener;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};

pub struct Postgres {
    /// `postgres://pforte:…@127.0.0.1:<port>/postgres`: the admin URL tests create their
    /// databases with.
    pub url: String,
    server: Child,
    dir: PathBuf,
}

/// The newest installed PostgreSQL's `bin` folder.
fn bin_dir() -> Option<PathBuf> {
    let mut versions: Vec<(u32, PathBuf)> = std::fs::read_dir("/usr/lib/postgresql")
        .ok()?
        .filter_map(|entry| {
            let entry = entry.ok()?;
            let version = entry.file_name().to_str()?.parse().ok()?;
            let bin = entry.path().join("bin");
            bin.join("initdb").is_file().then_some((version, bin))
        })
        .collect();
    versions.sort();
    versions.pop().map(|(_, bin)| bin)
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|out| String::from_utf8_lossy(&out.stdout).trim() == "0")
}

impl Postgres {
    pub fn start() -> Result<Postgres> {
        let bin = match bin_dir() {
            Some(bin) => bin,
            None => {
                crate::tools::apt_packages("initdb", "postgresql")?;
                bin_dir().context("PostgreSQL is still missing after installing postgresql")?
            }
        };
        let port = TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
        let dir = std::env::temp_dir().join(format!("pforte-pg-{}-{port}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir)?;
        let password = format!("pw{port}{}", std::process::id());
        std::fs::write(dir.join("pw"), format!("{password}\n"))?;
        let as_postgres = |program: PathBuf| {
            let mut cmd = if is_root() {
                let mut cmd = Command::new("setpriv");
                cmd.args([
                    "--reuid=postgres",
                    "--regid=postgres",
                    "--init-groups",
                    "--",
                ])
                .arg(program);
                cmd
            } else {
                Command::new(program)
            };
            cmd.current_dir(&dir);
            cmd
        };
        if is_root() {
            crate::run(Command::new("chown").args(["-R", "postgres:"]).arg(&dir))?;
        }
        let init = as_postgres(bin.join("initdb"))
            .arg("-D")
            .arg(dir.join("data"))
            .args(["-U", "pforte", "-A", "scram-sha-256", "-E", "UTF8"])
            .args(["--locale=C.UTF-8", "--no-sync"])
            .arg(format!("--pwfile={}", dir.join("pw").display()))
            .stdout(Stdio::null())
            .status()
            .context("running initdb")?;
        if !init.success() {
            bail!("initdb failed in {}", dir.display());
        }
        let log = std::fs::File::create(dir.join("log"))?;
        let server = as_postgres(bin.join("postgres"))
            .arg("-D")
            .arg(dir.join("data"))
            .args(["-p", &port.to_string(), "-k"])
            .arg(&dir)
            .args(["-c", "listen_addresses=127.0.0.1", "-c", "fsync=off"])
            .args(["-c", "synchronous_commit=off", "-c", "full_page_writes=off"])
            .args(["-c", "max_connections=300"])
            .stdout(log.try_clone()?)
            .stderr(log)
            .spawn()
            .context("starting postgres")?;
        let mut postgres = Postgres {
            url: format!("postgres://pforte:{password}@127.0.0.1:{port}/postgres"),
            server,
            dir,
        };
        let start = Instant::now();
        loop {
            let ready = Command::new(bin.join("pg_isready"))
                .args(["-q", "-h", "127.0.0.1", "-p", &port.to_string()])
                .status()
                .is_ok_and(|s| s.success());
            if ready {
                break;
            }
            if let Some(status) = postgres.server.try_wait()? {
                bail!(
                    "postgres exited ({status}); see {}",
                    postgres.dir.join("log").display()
                );
            }
            if start.elapsed() > Duration::from_secs(30) {
                bail!("postgres did not accept connections within 30 s");
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        eprintln!("PostgreSQL on 127.0.0.1:{port} ({})", bin.display());
        Ok(postgres)
    }
}

impl Drop for Postgres {
    fn drop(&mut self) {
        // SIGINT: PostgreSQL's fast shutdown.
        let _ = Command::new("kill")
            .args(["-INT", &self.server.id().to_string()])
            .status();
        let _ = self.server.wait();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}
