//! A configuration made ready to check with: its word lists folded, its
//! automata built and its patterns compiled once, when the settings change,
//! not on every check (an editor checks on every pause in typing).

use crate::config::{Config, StylePattern};
use crate::lexicon::fold::fold;
use crate::lexicon::{Lexicon, WordSet};
use crate::Severity;

/// A [`Config`] with everything the rules build from it, built once.
/// `gongwen::check_prepared` checks with it; `gongwen::check` prepares the
/// config it is given, on every call.
pub struct Prepared {
    config: Config,
    /// The document's heading texts, folded and trimmed: outline hints.
    pub(crate) hints: Vec<String>,
    /// The house-style words, their wrong form folded.
    pub(crate) house_words: Vec<ReadyWord>,
    /// The house-style patterns that compile, with their regexes.
    pub(crate) patterns: Vec<(StylePattern, regex::Regex)>,
    /// `todo-marker`'s markers with the office's own words, when it has
    /// some (else the rule's built-in automaton).
    pub(crate) todo_markers: Option<Lexicon<Severity>>,
    /// `site-chrome`'s phrases of the office, when it has some.
    pub(crate) junk_phrases: Option<WordSet>,
    /// The office's people, when it lists some.
    pub(crate) roster: Option<crate::naming::people::Roster>,
    /// The office's statistics table, read (empty without one).
    pub(crate) ledger: crate::ledger::Table,
}

/// A house-style word ready to search for.
pub(crate) struct ReadyWord {
    /// The wrong form, folded: what is searched for.
    pub wrong: String,
    pub right: String,
    pub note: String,
}

impl Prepared {
    pub fn new(config: &Config) -> Prepared {
        let folded = |words: &[String]| -> Vec<String> {
            words
                .iter()
                .map(|w| fold(w.trim()).into_owned())
                .filter(|w| !w.is_empty())
                .collect()
        };
        let placeholder_words = folded(&config.placeholder_words);
        let junk_phrases = folded(&config.junk_phrases);
        Prepared {
            hints: config
                .heading_texts
                .iter()
                .map(|h| fold(h.trim()).into_owned())
                .collect(),
            house_words: config
                .words
                .iter()
                .filter_map(|w| {
                    let wrong = fold(w.wrong.trim()).into_owned();
                    (!wrong.is_empty()).then(|| ReadyWord {
                        wrong,
                        right: w.right.trim().to_owned(),
                        note: w.note.trim().to_owned(),
                    })
                })
                .collect(),
            // The settings reader rejects a bad pattern with its line; one
            // that slips through (an old saved setting) is left out, never
            // fatal.
            patterns: config
                .patterns
                .iter()
                .filter_map(|p| Some((p.clone(), p.regex().ok()?)))
                .collect(),
            todo_markers: (!placeholder_words.is_empty())
                .then(|| super::placeholder::todo_marker::markers_with(&placeholder_words)),
            junk_phrases: (!junk_phrases.is_empty())
                .then(|| WordSet::words(junk_phrases.iter().map(String::as_str))),
            roster: crate::naming::people::Roster::new(&config.people),
            ledger: config.ledger.as_ref().map_or_else(Default::default, |l| {
                crate::ledger::Table::new(l, &config.ledger_columns, &config.aliases)
            }),
            config: config.clone(),
        }
    }

    /// The configuration this was prepared from.
    pub fn config(&self) -> &Config {
        &self.config
    }
}

impl std::fmt::Debug for Prepared {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Prepared")
            .field("config", &self.config)
            .finish_non_exhaustive()
    }
}

impl PartialEq for Prepared {
    /// Two are equal when prepared from equal configurations.
    fn eq(&self, other: &Self) -> bool {
        self.config == other.config
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::HouseWord;

    #[test]
    fn prepares_once_what_the_rules_read() {
        let config = Config {
            words: vec![HouseWord {
                wrong: " 進一步加大 ".into(),
                right: "加大".into(),
                note: String::new(),
            }],
            patterns: vec![
                StylePattern {
                    pattern: "加大.{0,4}力度".into(),
                    ..StylePattern::default()
                },
                // Does not compile: left out.
                StylePattern {
                    pattern: "(".into(),
                    ..StylePattern::default()
                },
            ],
            placeholder_words: vec!["  ".into()],
            heading_texts: vec![" 強化保障 ".into()],
            ..Config::default()
        };
        let p = Prepared::new(&config);
        assert_eq!(p.house_words[0].wrong, "进一步加大");
        assert_eq!(p.patterns.len(), 1);
        assert!(p.todo_markers.is_none() && p.junk_phrases.is_none());
        assert_eq!(p.hints, ["强化保障"]);
        assert_eq!(p.config(), &config);
    }
}
