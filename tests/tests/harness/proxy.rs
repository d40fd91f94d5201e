//! A TCP proxy in front of the intake server that behaves like a weak phone connection:
//! uploads (browser → server) are throttled to a given rate, every connection can be cut at
//! once (the train enters a tunnel), and it counts the bytes it forwarded upstream, so a test
//! can tell a resumed upload from one that started again.

use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use anyhow::Result;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::watch;

pub struct Proxy {
    pub port: u16,
    /// Bytes forwarded from the browser to the server so far.
    pub upstream: Arc<AtomicU64>,
    cut: watch::Sender<usize>,
    cuts: Arc<AtomicUsize>,
}

impl Proxy {
    /// Listen on a free loopback port and forward to `target`, uploads at `rate` bytes/s.
    pub async fn start(target: u16, rate: u64) -> Result<Proxy> {
        let listener = TcpListener::bind("127.0.0.1:0").await?;
        let port = listener.local_addr()?.port();
        let upstream = Arc::new(AtomicU64::new(0));
        let (cut, cut_rx) = watch::channel(0usize);
        let counter = Arc::clone(&upstream);
        tokio::spawn(async move {
            while let Ok((client, _)) = listener.accept().await {
                let Ok(server) = TcpStream::connect(("127.0.0.1", target)).await else {
                    continue; // the server is down: the browser sees the connection close
                };
                let (counter, mut cut) = (Arc::clone(&counter), cut_rx.clone());
                cut.mark_unchanged();
                tokio::spawn(async move {
                    tokio::select! {
                        _ = pipe(client, server, rate, counter) => {}
                        _ = cut.changed() => {} // dropping both sockets resets the connection
                    }
                });
            }
        });
        Ok(Proxy {
            port,
            upstream,
            cut,
            cuts: Arc::new(AtomicUsize::new(0)),
        })
    }

    /// Cut every open connection.
    pub fn cut(&self) {
        let n = self.cuts.fetch_add(1, Ordering::SeqCst) + 1;
        let _ = self.cut.send(n);
    }
}

async fn pipe(client: TcpStream, server: TcpStream, rate: u64, counter: Arc<AtomicU64>) {
    let (mut client_read, mut client_write) = client.into_split();
    let (mut server_read, mut server_write) = server.into_split();
    let up = async {
        let mut buf = vec![0u8; 16 * 1024];
        loop {
            let n = match client_read.read(&mut buf).await {
                Ok(0) | Err(_) => break,
                Ok(n) => n,
            };
            if server_write.write_all(&buf[..n]).await.is_err() {
                break;
            }
            counter.fetch_add(n as u64, Ordering::SeqCst);
            tokio::time::sleep(Duration::from_micros(n as u64 * 1_000_000 / rate)).await;
        }
        let _ = server_write.shutdown().await;
    };
    let down = async {
        let _ = tokio::io::copy(&mut server_read, &mut client_write).await;
        let _ = client_write.shutdown().await;
    };
    tokio::join!(up, down);
}
