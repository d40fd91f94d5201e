//! The entrance kiosk's routing rules: which team's queue an urgent concern goes to.
//!
//! At the entrance terminal a visitor picks a concern type, the kiosk knows their language,
//! and they may type the reference number of an application. The office's routing config
//! (`docs/KIOSK.md`) maps that to a team. As with calendars and form definitions there are two
//! types: [`RoutingDoc`] is exactly what was written (serde), and [`Routing`] is the compiled
//! config whose invariants hold. [`Routing::from_json`] reports every problem, each with a
//! JSON pointer, not the first.
//!
//! Design decisions, and why:
//!
//! - **First match wins, and the last rule catches everything.** Rules are tried in order;
//!   the config must end with a rule without conditions, so [`Routing::route`] always finds a
//!   team for a valid concern and cannot fail for want of a rule.
//! - **Dead rules are errors.** A rule after the catch-all, or a rule whose conditions include
//!   all of an earlier rule's (same concern, same language, a prefix that extends the earlier
//!   prefix), can never match. That is nearly always a mistake in the order, so it is
//!   reported rather than silently ignored. Rules made dead only by several earlier rules
//!   together (e.g. one rule per concern type) are not detected.
//! - **Strict config, forgiving visitors.** Staff write reference prefixes in the canonical
//!   symbols (`0-9`, `A-Z` without I, L, O, U); a visitor's typed reference is read as
//!   forgivingly as everywhere else (`submission::reference::normalize`: case, spaces,
//!   hyphens, O/I/L).
//! - **The languages are a constant** ([`LANGUAGES`]): the eight the kiosk offers. A rule
//!   naming another language could never match, so it is an error.

pub mod api;

use std::collections::HashMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::pointer::push;
use crate::submission::reference;

/// The languages the kiosk offers (language codes as the locale folders name them).
pub const LANGUAGES: [&str; 8] = ["de", "en", "tr", "ar", "fa", "ru", "uk", "fr"];

/// The longest `referencePrefix`: a reference has 8 symbols before its check symbol.
pub const MAX_PREFIX: usize = 8;

/// The routing config as the office writes it (`docs/KIOSK.md`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct RoutingDoc {
    pub teams: Vec<TeamDoc>,
    /// The concern types a visitor can choose, e.g. `"lost-card"`.
    pub concern_types: Vec<String>,
    /// Tried in order; the first whose conditions all match wins.
    pub rules: Vec<RuleDoc>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct TeamDoc {
    pub id: String,
}

/// One rule: up to three conditions (all must match) and the team. No conditions: catch-all.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct RuleDoc {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub concern: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// The first 1 to 8 symbols of the reference; only concerns with a reference match.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference_prefix: Option<String>,
    pub team: String,
}

impl RuleDoc {
    fn is_catch_all(&self) -> bool {
        self.concern.is_none() && self.language.is_none() && self.reference_prefix.is_none()
    }

    /// Whether every concern this rule matches is matched by `earlier` too (its conditions
    /// are a subset of ours; a prefix is covered by any prefix of it).
    fn covered_by(&self, earlier: &RuleDoc) -> bool {
        fn same(earlier: &Option<String>, later: &Option<String>) -> bool {
            earlier.is_none() || earlier == later
        }
        let prefix = match (&earlier.reference_prefix, &self.reference_prefix) {
            (None, _) => true,
            (Some(e), Some(l)) => l.starts_with(e.as_str()),
            (Some(_), None) => false,
        };
        same(&earlier.concern, &self.concern) && same(&earlier.language, &self.language) && prefix
    }
}

/// One problem in a routing config: where (a JSON pointer) and what ([`Problem`]).
pub type RoutingError = crate::config::ConfigError<Problem>;

/// What is wrong. The text for the staff comes from `Display`; tests and tools match on this.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// Not JSON, or not of the config's shape (a missing or unknown field, a wrong type).
    /// serde stops at the first of these, so there is at most one.
    Json {
        line: usize,
        column: usize,
        message: String,
    },
    /// An empty team id or concern type.
    EmptyId,
    /// The id appeared before, at the pointer `first`.
    Duplicate {
        id: String,
        first: String,
    },
    /// `teams` or `concernTypes` is empty.
    EmptyList,
    UnknownTeam {
        id: String,
    },
    UnknownConcern {
        id: String,
    },
    /// Not one of [`LANGUAGES`].
    UnknownLanguage {
        code: String,
    },
    /// Not 1 to 8 symbols of `0-9A-Z` without I, L, O, U.
    BadReferencePrefix {
        text: String,
    },
    /// The last rule has conditions (or there are no rules), so some concerns reach no team.
    NoCatchAll,
    /// The rule comes after the catch-all at `catch_all` and can never match.
    AfterCatchAll {
        catch_all: String,
    },
    /// The earlier rule at `by` matches everything this rule would, so it can never match.
    Shadowed {
        by: String,
    },
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::Json { message, .. } => f.write_str(message),
            Problem::EmptyId => f.write_str("the id is empty"),
            Problem::Duplicate { id, first } => {
                write!(f, "\"{id}\" appears twice (first at {first})")
            }
            Problem::EmptyList => f.write_str("the list is empty"),
            Problem::UnknownTeam { id } => write!(f, "no team has the id \"{id}\""),
            Problem::UnknownConcern { id } => {
                write!(f, "\"{id}\" is not one of the concernTypes")
            }
            Problem::UnknownLanguage { code } => write!(
                f,
                "\"{code}\" is not a language of the kiosk ({})",
                LANGUAGES.join(", ")
            ),
            Problem::BadReferencePrefix { text } => write!(
                f,
                "\"{text}\" is not 1 to {MAX_PREFIX} reference symbols (0-9, A-Z without I, L, O, U)"
            ),
            Problem::NoCatchAll => f.write_str(
                "the last rule must have no conditions, so that every concern reaches a team",
            ),
            Problem::AfterCatchAll { catch_all } => write!(
                f,
                "the rule can never match: the rule without conditions at {catch_all} comes first"
            ),
            Problem::Shadowed { by } => write!(
                f,
                "the rule can never match: the rule at {by} matches everything it would, and comes first"
            ),
        }
    }
}

crate::config_problem_with_json_variant!(Problem);

/// Why a concern could not be routed (a kiosk bug or a mistyped reference, never the config's
/// fault: a compiled config routes every valid concern).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RouteError {
    /// Not one of the config's concern types.
    UnknownConcern { concern: String },
    /// Not one of [`LANGUAGES`].
    UnknownLanguage { language: String },
    /// The typed reference is not a reference (length, symbols or check symbol).
    BadReference { typed: String },
}

impl fmt::Display for RouteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RouteError::UnknownConcern { concern } => {
                write!(f, "\"{concern}\" is not a concern type of the kiosk")
            }
            RouteError::UnknownLanguage { language } => {
                write!(f, "\"{language}\" is not a language of the kiosk")
            }
            RouteError::BadReference { typed } => {
                write!(f, "\"{typed}\" is not a reference number")
            }
        }
    }
}

impl std::error::Error for RouteError {}

/// A compiled rule with at least one condition (the catch-all is [`Routing::fallback_team`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rule {
    concern: Option<String>,
    language: Option<String>,
    reference_prefix: Option<String>,
    team: String,
}

impl Rule {
    pub fn concern(&self) -> Option<&str> {
        self.concern.as_deref()
    }

    pub fn language(&self) -> Option<&str> {
        self.language.as_deref()
    }

    /// Canonical symbols, compared with the reference's first symbols (hyphen not counted).
    pub fn reference_prefix(&self) -> Option<&str> {
        self.reference_prefix.as_deref()
    }

    pub fn team(&self) -> &str {
        &self.team
    }

    /// `symbols`: the normalized reference's 8 symbols without hyphen and check symbol.
    fn matches(&self, concern: &str, language: &str, symbols: Option<&str>) -> bool {
        self.concern.as_deref().is_none_or(|c| c == concern)
            && self.language.as_deref().is_none_or(|l| l == language)
            && match (&self.reference_prefix, symbols) {
                (None, _) => true,
                (Some(prefix), Some(symbols)) => symbols.starts_with(prefix.as_str()),
                (Some(_), None) => false,
            }
    }
}

/// The compiled routing config. Invariants: team ids and concern types are non-empty and
/// unique; every rule names a known team, concern type and language, and a valid prefix;
/// every rule can match something; the last rule is the only catch-all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Routing {
    teams: Vec<String>,
    concern_types: Vec<String>,
    /// The rules with conditions, in order.
    rules: Vec<Rule>,
    /// The team of the final catch-all.
    fallback: String,
}

impl Routing {
    /// Parse and compile a config; every problem, with its location, on failure.
    pub fn from_json(text: &str) -> Result<Routing, Vec<RoutingError>> {
        let doc: RoutingDoc =
            serde_json::from_str(text).map_err(|e| vec![RoutingError::json(&e)])?;
        Routing::compile(&doc)
    }

    /// Compile a parsed document; every problem, with its JSON pointer, on failure.
    pub fn compile(doc: &RoutingDoc) -> Result<Routing, Vec<RoutingError>> {
        let mut errors = Vec::new();
        let mut problem = |pointer: String, problem: Problem| {
            errors.push(RoutingError { pointer, problem });
        };

        let teams = unique_ids(
            doc.teams.iter().map(|t| t.id.as_str()),
            "/teams",
            Some("id"),
            &mut problem,
        );
        let concerns = unique_ids(
            doc.concern_types.iter().map(String::as_str),
            "/concernTypes",
            None,
            &mut problem,
        );

        let mut catch_all: Option<usize> = None;
        for (i, rule) in doc.rules.iter().enumerate() {
            let at = push("/rules", &i.to_string());
            if let Some(c) = &rule.concern {
                if !concerns.contains_key(c.as_str()) {
                    problem(
                        push(&at, "concern"),
                        Problem::UnknownConcern { id: c.clone() },
                    );
                }
            }
            if let Some(l) = &rule.language {
                if !LANGUAGES.contains(&l.as_str()) {
                    problem(
                        push(&at, "language"),
                        Problem::UnknownLanguage { code: l.clone() },
                    );
                }
            }
            if let Some(p) = &rule.reference_prefix {
                if !is_prefix(p) {
                    problem(
                        push(&at, "referencePrefix"),
                        Problem::BadReferencePrefix { text: p.clone() },
                    );
                }
            }
            if !teams.contains_key(rule.team.as_str()) {
                problem(
                    push(&at, "team"),
                    Problem::UnknownTeam {
                        id: rule.team.clone(),
                    },
                );
            }
            if let Some(first) = catch_all {
                problem(
                    at,
                    Problem::AfterCatchAll {
                        catch_all: push("/rules", &first.to_string()),
                    },
                );
            } else if let Some(by) = doc.rules[..i].iter().position(|e| rule.covered_by(e)) {
                problem(
                    at,
                    Problem::Shadowed {
                        by: push("/rules", &by.to_string()),
                    },
                );
            } else if rule.is_catch_all() {
                catch_all = Some(i);
            }
        }
        if catch_all.is_none() {
            problem("/rules".to_owned(), Problem::NoCatchAll);
        }

        if !errors.is_empty() {
            return Err(errors);
        }
        let mut rules: Vec<Rule> = doc
            .rules
            .iter()
            .map(|r| Rule {
                concern: r.concern.clone(),
                language: r.language.clone(),
                reference_prefix: r.reference_prefix.clone(),
                team: r.team.clone(),
            })
            .collect();
        // No errors: the last rule is the one catch-all.
        let fallback = rules.pop().map(|r| r.team).unwrap_or_default();
        Ok(Routing {
            teams: doc.teams.iter().map(|t| t.id.clone()).collect(),
            concern_types: doc.concern_types.clone(),
            rules,
            fallback,
        })
    }

    /// The team for a concern: the first rule whose conditions all match, else the catch-all.
    /// `reference` is as the visitor typed it (normalized here; empty or blank means none).
    pub fn route(
        &self,
        concern: &str,
        language: &str,
        reference: Option<&str>,
    ) -> Result<&str, RouteError> {
        if !self.concern_types.iter().any(|c| c == concern) {
            return Err(RouteError::UnknownConcern {
                concern: concern.to_owned(),
            });
        }
        if !LANGUAGES.contains(&language) {
            return Err(RouteError::UnknownLanguage {
                language: language.to_owned(),
            });
        }
        let symbols = match reference.filter(|r| !r.trim().is_empty()) {
            None => None,
            Some(typed) => match reference::normalize(typed) {
                Some(normal) => Some(normal.replace('-', "")),
                None => {
                    return Err(RouteError::BadReference {
                        typed: typed.to_owned(),
                    })
                }
            },
        };
        Ok(self.team_for(concern, language, symbols.as_deref()))
    }

    /// Whether some visitor could have a concern of this type routed to `team`, for some
    /// language and some reference or none. The server checks what a kiosk sends with this:
    /// it cannot see the language or the reference, which are encrypted.
    pub fn may_route(&self, concern: &str, team: &str) -> bool {
        if !self.concern_types.iter().any(|c| c == concern) {
            return false;
        }
        // Every way a reference can meet the rules: no reference, or one that starts with a
        // rule's prefix (or with nothing) followed by each symbol in turn.
        let mut references: Vec<Option<String>> = vec![None];
        let prefixes = self.rules.iter().filter_map(Rule::reference_prefix);
        for prefix in prefixes.chain([""]) {
            for &symbol in crate::submission::codes::SYMBOLS {
                let pad = (symbol as char)
                    .to_string()
                    .repeat(MAX_PREFIX - prefix.len());
                references.push(Some(format!("{prefix}{pad}")));
            }
        }
        references.iter().any(|symbols| {
            LANGUAGES
                .iter()
                .any(|language| self.team_for(concern, language, symbols.as_deref()) == team)
        })
    }

    fn team_for(&self, concern: &str, language: &str, symbols: Option<&str>) -> &str {
        self.rules
            .iter()
            .find(|r| r.matches(concern, language, symbols))
            .map_or(self.fallback.as_str(), |r| r.team.as_str())
    }

    /// Team ids, in config order.
    pub fn teams(&self) -> &[String] {
        &self.teams
    }

    /// Concern types, in config order (the order the kiosk offers them).
    pub fn concern_types(&self) -> &[String] {
        &self.concern_types
    }

    /// The rules with conditions, in the order they are tried.
    pub fn rules(&self) -> &[Rule] {
        &self.rules
    }

    /// The team of the final rule without conditions.
    pub fn fallback_team(&self) -> &str {
        &self.fallback
    }
}

/// 1 to [`MAX_PREFIX`] canonical reference symbols.
fn is_prefix(text: &str) -> bool {
    (1..=MAX_PREFIX).contains(&text.len())
        && text
            .bytes()
            .all(|b| crate::submission::codes::SYMBOLS.contains(&b))
}

/// Report empty and duplicate ids of a list (at `list/i`, or `list/i/field`); the map of the
/// first occurrence of each id.
fn unique_ids<'a>(
    ids: impl ExactSizeIterator<Item = &'a str>,
    list: &str,
    field: Option<&str>,
    problem: &mut impl FnMut(String, Problem),
) -> HashMap<&'a str, String> {
    let mut seen: HashMap<&'a str, String> = HashMap::new();
    if ids.len() == 0 {
        problem(list.to_owned(), Problem::EmptyList);
    }
    for (i, id) in ids.enumerate() {
        let item = push(list, &i.to_string());
        let at = match field {
            Some(f) => push(&item, f),
            None => item,
        };
        if id.is_empty() {
            problem(at, Problem::EmptyId);
        } else if let Some(first) = seen.get(id) {
            problem(
                at,
                Problem::Duplicate {
                    id: id.to_owned(),
                    first: first.clone(),
                },
            );
        } else {
            seen.insert(id, at);
        }
    }
    seen
}
