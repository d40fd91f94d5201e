//! Email through the office's SMTP relay, off unless configured (docs/STATUS.md, "Told by
//! email"). The relay is given as a URL in `PFORTE_SMTP_URL`, never as an argument, since it
//! may carry a password: `smtps://user:pass@relay.example.de` (TLS), `smtp://relay:587?tls=required`
//! (STARTTLS), or `smtp://127.0.0.1:2525` (plain, for a relay on the same host).
//!
//! Sending mail is generic, so it is lettre's; what Pforte writes is only the message.

use std::time::Duration;

use anyhow::Context;
use lettre::message::header::ContentType;
use lettre::message::Mailbox;
use lettre::{Message, SmtpTransport, Transport};

/// The variable holding the relay's URL.
pub const SMTP_URL_ENV: &str = "PFORTE_SMTP_URL";

/// A configured relay and the sender address.
#[derive(Clone)]
pub struct Relay {
    transport: SmtpTransport,
    from: Mailbox,
}

impl std::fmt::Debug for Relay {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The URL may hold a password: never printed.
        f.debug_struct("Relay")
            .field("from", &self.from)
            .finish_non_exhaustive()
    }
}

impl Relay {
    /// The relay from `PFORTE_SMTP_URL`, or `None` when it is unset (email is off).
    pub fn from_env(from: Option<&str>) -> anyhow::Result<Option<Relay>> {
        let url = std::env::var(SMTP_URL_ENV).ok();
        Relay::configured(url.as_deref(), from)
    }

    /// The relay at `url` sending as `from`; `None` without a URL (email is off). A URL
    /// without a sender is a mistake, not "off".
    pub fn configured(url: Option<&str>, from: Option<&str>) -> anyhow::Result<Option<Relay>> {
        match (url.filter(|u| !u.trim().is_empty()), from) {
            (Some(url), Some(from)) => Relay::new(url, from).map(Some),
            (Some(_), None) => anyhow::bail!(
                "{SMTP_URL_ENV} is set: give the sender with --mail-from (or PFORTE_MAIL_FROM)"
            ),
            (None, _) => Ok(None),
        }
    }

    /// The relay at `url` (see the module comment), sending as `from`.
    pub fn new(url: &str, from: &str) -> anyhow::Result<Relay> {
        // lettre's error would quote the URL, password and all.
        let transport = SmtpTransport::from_url(url.trim())
            .map_err(|_| {
                anyhow::anyhow!(
                    "{SMTP_URL_ENV} is not an SMTP URL (smtps://user:pass@host, \
                     smtp://host:587?tls=required, or smtp://host:port)"
                )
            })?
            .timeout(Some(Duration::from_secs(30)))
            .build();
        let from = from
            .parse()
            .with_context(|| format!("{from:?} is not a sender address (--mail-from)"))?;
        Ok(Relay { transport, from })
    }

    /// Send a plain-text message.
    pub fn send(&self, to: &str, subject: &str, body: &str) -> anyhow::Result<()> {
        let to: Mailbox = to
            .parse()
            .with_context(|| "the applicant's address is not an email address")?;
        let message = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(subject)
            .header(ContentType::TEXT_PLAIN)
            .body(body.to_string())
            .context("cannot build the message")?;
        self.transport
            .send(&message)
            .map_err(|err| anyhow::anyhow!("the SMTP relay refused the message: {err}"))?;
        Ok(())
    }
}
