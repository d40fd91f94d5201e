//! Telling an applicant by email that their case's status changed (docs/STATUS.md, "Told by
//! email"). Off unless the office configures a relay (`PFORTE_SMTP_URL`). The address was
//! encrypted in the applicant's browser to the office key; only here, on the office's side,
//! is it opened, and only to send this one message, which says that the status changed and
//! links to the status page, never what the status is.

use anyhow::Context;
use pforte_engine::i18n::{self, Catalog, FluentArgs};
use pforte_engine::status::NoticeAddress;

use super::keys;
use super::Client;
use crate::jwe;
use crate::mail::Relay;

/// The message, in the applicant's language (the server's `mail.ftl`, German where a text
/// is missing): subject and plain-text body.
pub fn compose(catalog: &Catalog, reference: &str, link: &str) -> (String, String) {
    let mut args = FluentArgs::new();
    args.set("reference", reference);
    let subject = catalog.text("notice-mail-subject", Some(&args));
    let body = format!(
        "{}\n\n{link}\n\n{}\n",
        catalog.text("notice-mail-body", Some(&args)),
        catalog.text("notice-mail-footer", None)
    );
    (subject, body)
}

/// Open `encrypted` with the office key at `key_file` and send the notice for `reference`;
/// the status page's address starts with `public_base`. Returns the language written in.
pub fn tell(
    client: &Client,
    relay: &Relay,
    key_file: &std::path::Path,
    encrypted: &str,
    reference: &str,
    public_base: &str,
) -> anyhow::Result<String> {
    let key = keys::load_private_asking(key_file)?;
    let (plain, _) = jwe::decrypt_compact(encrypted, &key)
        .context("the applicant's address cannot be opened with this key")?;
    let address: NoticeAddress = serde_json::from_slice(&plain)
        .context("the applicant's encrypted address is not {email, lang}")?;
    let lang = i18n::supported(&address.lang).unwrap_or(i18n::FALLBACK);
    let catalog = client.catalog(lang, "mail")?;
    let link = format!(
        "{}/status?ref={reference}",
        public_base.trim_end_matches('/')
    );
    let (subject, body) = compose(&catalog, reference, &link);
    relay.send(&address.email, &subject, &body)?;
    Ok(lang.to_string())
}

impl Client {
    /// `GET /office/submissions/{ref}/notice`: the encrypted address, if the applicant
    /// asked to be told.
    pub fn notice(&self, reference: &str) -> anyhow::Result<Option<String>> {
        let url = self.url(&format!("submissions/{reference}/notice"));
        let answer: crate::server::office::NoticeAddress = self.json(self.agent.get(&url), &url)?;
        Ok(answer.encrypted_address)
    }

    /// The server's locale file `name` in `lang` and German after it, as a catalogue.
    pub fn catalog(&self, lang: &str, name: &str) -> anyhow::Result<Catalog> {
        let mut chain = Vec::new();
        for tag in i18n::chain(lang) {
            let url = format!("{}/api/v1/locales/{tag}/{name}", self.base);
            let mut response = self
                .agent
                .get(&url)
                .call()
                .with_context(|| format!("{url}: no answer"))?;
            if !response.status().is_success() {
                continue;
            }
            let text = response
                .body_mut()
                .with_config()
                .limit(1024 * 1024)
                .read_to_string()
                .with_context(|| format!("{url}: cannot read"))?;
            let resource = i18n::parse(&text).map_err(|errors| {
                anyhow::anyhow!("{url}: not Fluent ({} syntax errors)", errors.len())
            })?;
            chain.push((tag, vec![resource]));
        }
        anyhow::ensure!(
            !chain.is_empty(),
            "the server has no {name}.ftl, in {lang} or in German"
        );
        Ok(Catalog::new(chain))
    }
}
