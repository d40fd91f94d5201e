//! Message lookup with a fallback chain: the requested locale first, then German, the
//! office's reference language. All human text in Pforte goes through here; a missing message
//! shows its id (visible to testers, caught earlier by lint) rather than nothing.

use fluent_bundle::FluentBundle;

pub use fluent_bundle::{FluentArgs, FluentResource};
use unic_langid::LanguageIdentifier;

pub use fluent_bundle::FluentValue;

/// The reference locale every chain ends with.
pub const FALLBACK: &str = "de";

/// The locales the office offers, as (tag, endonym, right-to-left).
pub const LOCALES: &[(&str, &str, bool)] = &[
    ("de", "Deutsch", false),
    ("en", "English", false),
    ("tr", "Türkçe", false),
    ("ar", "العربية", true),
    ("fa", "فارسی", true),
    ("ru", "Русский", false),
    ("uk", "Українська", false),
    ("fr", "Français", false),
];

/// Where the reader's language choice is remembered, under this name: the app's
/// `localStorage` and the cookie the server reads to render a form's first texts.
pub const CHOICE_KEY: &str = "pforte-lang";

/// The locale of `offered` a language tag asks for (`ar-SY` → `ar`), by its primary subtag.
pub fn matching<'a>(tag: &str, offered: &[&'a str]) -> Option<&'a str> {
    let primary = primary_subtag(tag)?;
    offered.iter().copied().find(|t| *t == primary)
}

/// The one of [`LOCALES`] a language tag asks for (`ar-SY` → `ar`), by its primary subtag.
pub fn supported(tag: &str) -> Option<&'static str> {
    let primary = primary_subtag(tag)?;
    LOCALES.iter().map(|(t, _, _)| *t).find(|t| *t == primary)
}

fn primary_subtag(tag: &str) -> Option<String> {
    Some(tag.trim().split(['-', '_']).next()?.to_ascii_lowercase())
}

/// The locales a catalogue for `lang` looks in, in order: `lang`, then German.
pub fn chain(lang: &str) -> Vec<&str> {
    if lang == FALLBACK {
        vec![lang]
    } else {
        vec![lang, FALLBACK]
    }
}

/// Is `tag` written right to left?
pub fn is_rtl(tag: &str) -> bool {
    LOCALES.iter().any(|(t, _, rtl)| *t == tag && *rtl)
}

/// A Fluent syntax error in one resource.
#[derive(Debug, Clone, PartialEq)]
pub struct SyntaxError {
    /// Byte offset in the source.
    pub offset: usize,
    pub message: String,
}

/// Parse one `.ftl` source; every syntax error with its byte offset.
pub fn parse(source: &str) -> Result<FluentResource, Vec<SyntaxError>> {
    FluentResource::try_new(source.to_string()).map_err(|(_, errors)| {
        errors
            .into_iter()
            .map(|e| SyntaxError {
                offset: e.pos.start,
                message: e.kind.to_string(),
            })
            .collect()
    })
}

/// The ids of the messages (not terms) a resource defines, in order.
pub fn message_ids(resource: &FluentResource) -> Vec<String> {
    resource
        .entries()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect()
}

/// A chain of bundles, most preferred first.
pub struct Catalog {
    bundles: Vec<FluentBundle<FluentResource>>,
    /// The tag of the most preferred locale.
    pub locale: String,
    /// Which bundle is German, when German is not the preferred locale.
    original: Option<usize>,
}

impl Catalog {
    /// Build a catalog from `(locale tag, resources)` pairs, most preferred first. Duplicate
    /// ids across resources of one locale keep the first definition.
    pub fn new(chain: Vec<(&str, Vec<FluentResource>)>) -> Catalog {
        let locale = chain.first().map_or(FALLBACK, |(t, _)| *t).to_string();
        let original = chain
            .iter()
            .position(|(t, _)| *t == FALLBACK)
            .filter(|&i| i > 0);
        let bundles = chain
            .into_iter()
            .map(|(tag, resources)| {
                let lang: LanguageIdentifier = tag.parse().unwrap_or_default();
                let mut bundle = FluentBundle::new(vec![lang]);
                for r in resources {
                    // Overriding entries are reported by lint; here the first one wins.
                    bundle.add_resource_overriding(r);
                }
                bundle
            })
            .collect();
        Catalog {
            bundles,
            locale,
            original,
        }
    }

    /// Does any bundle in the chain have `id`?
    pub fn has(&self, id: &str) -> bool {
        self.bundles.iter().any(|b| b.has_message(id))
    }

    /// Format `id` from the first bundle that has it.
    pub fn get(&self, id: &str, args: Option<&FluentArgs>) -> Option<String> {
        self.bundles.iter().find_map(|b| format(b, id, args))
    }

    /// The German original of `id`, when the preferred locale is another one and its text
    /// differs from the German (a message not yet translated is already German). For the
    /// counsellor's bilingual view and for legally binding declarations.
    pub fn original(&self, id: &str, args: Option<&FluentArgs>) -> Option<String> {
        let german = format(self.bundles.get(self.original?)?, id, args)?;
        (self.get(id, args).as_deref() != Some(german.as_str())).then_some(german)
    }

    /// Format `id`, or show the id itself when no locale has it.
    pub fn text(&self, id: &str, args: Option<&FluentArgs>) -> String {
        self.get(id, args).unwrap_or_else(|| id.to_string())
    }
}

fn format(
    bundle: &FluentBundle<FluentResource>,
    id: &str,
    args: Option<&FluentArgs>,
) -> Option<String> {
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    Some(
        bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn res(s: &str) -> FluentResource {
        parse(s).expect("valid ftl")
    }

    #[test]
    fn falls_back_to_german_then_to_the_id() {
        let c = Catalog::new(vec![
            ("en", vec![res("hello = Hello\n")]),
            (
                FALLBACK,
                vec![res("hello = Hallo\nonly-de = Nur Deutsch\n")],
            ),
        ]);
        assert_eq!(c.text("hello", None), "Hello");
        assert_eq!(c.text("only-de", None), "Nur Deutsch");
        assert_eq!(c.text("missing", None), "missing");
        assert!(c.has("only-de") && !c.has("missing"));
        assert_eq!(c.original("hello", None).as_deref(), Some("Hallo"));
        assert_eq!(
            c.original("only-de", None),
            None,
            "untranslated: already German"
        );
        let de = Catalog::new(vec![(FALLBACK, vec![res("hello = Hallo\n")])]);
        assert_eq!(
            de.original("hello", None),
            None,
            "German has no second language"
        );
    }

    #[test]
    fn formats_arguments_and_plurals() {
        let c = Catalog::new(vec![(
            "en",
            vec![res(
                "files = { $count ->\n    [one] one file\n   *[other] { $count } files\n}\n",
            )],
        )]);
        let mut args = FluentArgs::new();
        args.set("count", 1);
        assert_eq!(c.text("files", Some(&args)), "one file");
        args.set("count", 3);
        assert!(c.text("files", Some(&args)).contains("3"));
    }

    /// Numbers as text and plural categories (the vendored fluent-bundle's float patch).
    #[test]
    fn numbers_select_plurals_and_format_like_rust() {
        let ru = "n = { $n ->\n    [0] ноль\n    [one] one\n    [few] few\n    [many] many\n   *[other] other\n}\n\
                  shown = { $n }\nlit = { 1.50 }\n";
        let c = Catalog::new(vec![("ru", vec![res(ru)])]);
        let cases: [(f64, &str, &str); 8] = [
            (0.0, "ноль", "0"),
            (1.0, "one", "1"),
            (21.0, "one", "21"),
            (3.0, "few", "3"),
            (11.0, "many", "11"),
            (1.5, "other", "1.5"),
            (-2.0, "few", "-2"),
            (0.1, "other", "0.1"),
        ];
        for (n, category, text) in cases {
            let mut args = FluentArgs::new();
            args.set("n", n);
            assert_eq!(c.text("n", Some(&args)), category, "plural of {n}");
            assert_eq!(
                c.text("shown", Some(&args))
                    .trim_matches(['\u{2068}', '\u{2069}']),
                text
            );
        }
        assert_eq!(
            c.text("lit", None),
            "1.50",
            "a literal keeps its fraction digits"
        );
    }

    #[test]
    fn reports_syntax_errors_with_offsets() {
        let errors = parse("ok = fine\nbroken = {\n").expect_err("must fail");
        assert_eq!(errors.len(), 1);
        assert!(errors[0].offset >= 10);
    }

    #[test]
    fn lists_message_ids_not_terms() {
        let r = res("-brand = Pforte\na = x\nb = { -brand }\n");
        assert_eq!(message_ids(&r), vec!["a", "b"]);
    }

    #[test]
    fn tags_match_by_primary_subtag_and_chains_end_in_german() {
        assert_eq!(matching(" AR-sy", &["de", "ar"]), Some("ar"));
        assert_eq!(matching("fr_FR", &["de", "ar"]), None);
        assert_eq!(supported("fr_FR"), Some("fr"));
        assert_eq!(supported("ES"), None);
        assert_eq!(chain("ar"), ["ar", "de"]);
        assert_eq!(chain("de"), ["de"]);
    }

    #[test]
    fn knows_the_rtl_locales() {
        assert!(is_rtl("ar") && is_rtl("fa") && !is_rtl("de"));
    }
}
