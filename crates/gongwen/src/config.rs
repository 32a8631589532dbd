//! What a user can change. A plain value: the defaults are what a user wants
//! without configuring anything.

use crate::finding::Severity;
use crate::outline::Genre;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "kebab-case")]
pub struct Config {
    /// Per-rule overrides, keyed by the rule's name.
    pub rules: BTreeMap<String, RuleConfig>,
    /// Extra words that mark unfinished text in this office's templates
    /// (e.g. `请在此处输入`), reported by `todo-marker`.
    pub placeholder_words: Vec<String>,
    /// Extra phrases that mark a line as site chrome in the pages this
    /// office copies from (e.g. a site's name), reported by `site-chrome`
    /// with a fix that deletes the line.
    pub junk_phrases: Vec<String>,
    /// The report genre (one of `genres.json`); `None` detects it from the
    /// title and sections.
    pub genre: Option<Genre>,
    /// Lines the source document marks as headings (Word's heading
    /// styles), by their text. One without a number (`奋力开创新局面`
    /// alone on its line) starts a new part of the report, after which
    /// numbering may start again at 一、, as after `2025年工作计划`.
    pub heading_texts: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "kebab-case")]
pub struct RuleConfig {
    pub enabled: bool,
    /// Replaces the rule's default severity.
    pub severity: Option<Severity>,
}

impl Default for RuleConfig {
    fn default() -> Self {
        RuleConfig {
            enabled: true,
            severity: None,
        }
    }
}

impl Config {
    /// Turns a rule off.
    pub fn disable(&mut self, rule: &str) {
        self.rules.entry(rule.to_owned()).or_default().enabled = false;
    }

    pub fn is_enabled(&self, rule: &str) -> bool {
        self.rules.get(rule).is_none_or(|r| r.enabled)
    }

    pub fn severity(&self, rule: &str, default: Severity) -> Severity {
        self.rules
            .get(rule)
            .and_then(|r| r.severity)
            .unwrap_or(default)
    }
}
