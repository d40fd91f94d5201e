//! A throwaway S3-compatible server for the tests: moto (PyPI `moto[server]`, pinned) in a
//! virtualenv under the tools folder, on loopback on a free port, with one bucket; stopped on
//! drop. It keeps everything in memory, so nothing is left behind.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};

/// The moto release the tests run against.
const MOTO: &str = "moto[server]==5.2.5";
/// The bucket the tests use (each test a prefix of its own).
pub const BUCKET: &str = "pforte";

pub struct Moto {
    /// `http://127.0.0.1:<port>`.
    pub endpoint: String,
    server: Child,
}

/// One plain HTTP/1.1 request without a body; the status code.
fn http(port: u16, method: &str, path: &str) -> Result<u16> {
    let mut stream = TcpStream::connect(("127.0.0.1", port))?;
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    write!(
        stream,
        "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
    )?;
    let mut answer = String::new();
    stream.read_to_string(&mut answer)?;
    answer
        .split_whitespace()
        .nth(1)
        .and_then(|code| code.parse().ok())
        .context("not an HTTP answer")
}

impl Moto {
    pub fn start() -> Result<Moto> {
        let venv = crate::tools::tools_dir()?.join("moto-venv");
        let server_bin = venv.join("bin/moto_server");
        if !server_bin.is_file() {
            let made = Command::new("python3")
                .arg("-m")
                .arg("venv")
                .arg(&venv)
                .status();
            if !made.is_ok_and(|s| s.success()) {
                crate::tools::apt_packages("python3 -m venv", "python3-venv")?;
                crate::run(Command::new("python3").arg("-m").arg("venv").arg(&venv))?;
            }
            crate::run(Command::new(venv.join("bin/pip")).args(["install", "-q", MOTO]))?;
        }
        let port = TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
        let server = Command::new(&server_bin)
            .args(["-H", "127.0.0.1", "-p", &port.to_string()])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .context("starting moto_server")?;
        let mut moto = Moto {
            endpoint: format!("http://127.0.0.1:{port}"),
            server,
        };
        let start = Instant::now();
        while http(port, "GET", "/moto-api/").ok() != Some(200) {
            if let Some(status) = moto.server.try_wait()? {
                bail!("moto_server exited ({status})");
            }
            if start.elapsed() > Duration::from_secs(30) {
                bail!("moto_server did not answer within 30 s");
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let created = http(port, "PUT", &format!("/{BUCKET}"))?;
        if created != 200 {
            bail!("moto refused to create the bucket ({created})");
        }
        eprintln!("moto (S3) on {}", moto.endpoint);
        Ok(moto)
    }

    /// The environment the intake server reads its S3 settings from.
    pub fn env(&self) -> [(&'static str, String); 5] {
        [
            ("AWS_ENDPOINT", self.endpoint.clone()),
            ("AWS_ALLOW_HTTP", "true".into()),
            ("AWS_ACCESS_KEY_ID", "test".into()),
            ("AWS_SECRET_ACCESS_KEY", "test".into()),
            ("AWS_REGION", "us-east-1".into()),
        ]
    }
}

impl Drop for Moto {
    fn drop(&mut self) {
        let _ = self.server.kill();
        let _ = self.server.wait();
    }
}
