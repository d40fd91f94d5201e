//! What the intake tests, its benchmarks and the end-to-end tests share, all on loopback: an
//! SMTP server (enough of RFC 5321 for lettre), so the server's and the CLI's emails are read
//! by the tests; and HTTP requests from many client addresses (127.1.x.y), as the server's
//! per-address limits expect of real traffic.

use std::net::TcpListener;

/// An SMTP server on loopback taking one message per connection, for as long as the test
/// runs: each message arrives on the channel as (RCPT TO argument, DATA).
pub fn sink() -> (u16, std::sync::mpsc::Receiver<(String, String)>) {
    let listener = TcpListener::bind("127.0.0.1:0").expect("a port");
    let port = listener.local_addr().expect("address").port();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(stream) = stream else { return };
            let Some(message) = one_session(stream) else {
                return;
            };
            if tx.send(message).is_err() {
                return;
            }
        }
    });
    (port, rx)
}

/// Serve one SMTP session; the message it carried, if any.
fn one_session(stream: std::net::TcpStream) -> Option<(String, String)> {
    use std::io::{BufRead, BufReader, Write};
    let mut reader = BufReader::new(stream.try_clone().ok()?);
    let mut out = stream;
    let mut say = |line: &str| out.write_all(format!("{line}\r\n").as_bytes()).is_ok();
    say("220 sink ESMTP");
    let (mut rcpt, mut data) = (String::new(), None);
    let mut line = String::new();
    loop {
        line.clear();
        if reader.read_line(&mut line).ok()? == 0 {
            break;
        }
        let upper = line.to_ascii_uppercase();
        if upper.starts_with("RCPT TO:") {
            rcpt = line[8..].trim().to_string();
            say("250 ok");
        } else if upper.starts_with("DATA") {
            say("354 go on");
            let mut body = String::new();
            loop {
                line.clear();
                if reader.read_line(&mut line).ok()? == 0 || line == ".\r\n" {
                    break;
                }
                body.push_str(&line);
            }
            data = Some(body);
            say("250 queued");
        } else if upper.starts_with("QUIT") {
            say("221 bye");
            break;
        } else {
            // EHLO, HELO, MAIL FROM, RSET, NOOP
            say("250 ok");
        }
    }
    Some((rcpt, data?))
}

/// The text of a MIME body part as lettre writes it (7bit, quoted-printable or base64).
pub fn decoded_body(message: &str) -> String {
    let (head, body) = message.split_once("\r\n\r\n").expect("headers and body");
    let head = head.to_ascii_lowercase();
    if head.contains("content-transfer-encoding: base64") {
        let joined: String = body.split_whitespace().collect();
        return String::from_utf8(
            base64::Engine::decode(&base64::engine::general_purpose::STANDARD, joined)
                .expect("base64"),
        )
        .expect("UTF-8");
    }
    if head.contains("content-transfer-encoding: quoted-printable") {
        let soft = body.replace("=\r\n", "");
        let mut bytes = Vec::new();
        let mut rest = soft.as_bytes();
        while let Some((&b, tail)) = rest.split_first() {
            if b == b'=' && tail.len() >= 2 {
                let hex = std::str::from_utf8(&tail[..2]).expect("hex");
                bytes.push(u8::from_str_radix(hex, 16).expect("hex"));
                rest = &tail[2..];
            } else {
                bytes.push(b);
                rest = tail;
            }
        }
        return String::from_utf8(bytes).expect("UTF-8");
    }
    body.to_string()
}

/// The one-time code in a message: its first line of exactly six digits (decoded first).
pub fn one_time_code(message: &str) -> Option<String> {
    decoded_body(message)
        .lines()
        .map(str::trim)
        .find(|line| line.len() == 6 && line.bytes().all(|b| b.is_ascii_digit()))
        .map(String::from)
}

/// The n-th client address: 127.1.0.1 and up (all of 127/8 is loopback on Linux).
pub fn client(n: usize) -> std::net::Ipv4Addr {
    let n = n as u32 + 1;
    std::net::Ipv4Addr::new(127, 1 + (n >> 16) as u8, (n >> 8) as u8, n as u8)
}

/// One JSON POST on a fresh connection from `from` to `server`; the status and the body.
pub async fn post_from(
    server: std::net::SocketAddr,
    from: std::net::Ipv4Addr,
    path: &str,
    body: &str,
) -> (u16, String) {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let socket = tokio::net::TcpSocket::new_v4().expect("socket");
    socket
        .bind(std::net::SocketAddr::from((from, 0)))
        .expect("bind");
    let mut stream = socket.connect(server).await.expect("connect");
    let request = format!(
        "POST {path} HTTP/1.1\r\nHost: loopback\r\nContent-Type: application/json\r\n\
         Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(request.as_bytes()).await.expect("write");
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer).await.expect("read");
    let text = String::from_utf8_lossy(&answer).into_owned();
    let status = text.get(9..12).and_then(|s| s.parse().ok()).unwrap_or(0);
    let body = text
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_string())
        .unwrap_or_default();
    (status, body)
}
