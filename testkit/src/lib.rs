//! What the intake tests and the end-to-end tests share: an SMTP server on loopback, enough
//! of RFC 5321 for lettre, so the server's and the CLI's emails are read by the tests.

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
