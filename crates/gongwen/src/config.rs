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
    /// The year the report sums up, as the office states it in its
    /// settings (`gongwen.toml`'s `year`): the year of every report whose
    /// title names none (a draft that starts with its opening paragraph).
    /// A year in the title always wins. The time rules (`plan-year`,
    /// `later-year-done`, `year-claim`, `stale-term`) read it as they read
    /// a title's year.
    pub year: Option<u32>,
    /// House-style patterns, reported by `house-style` in the order given.
    pub patterns: Vec<StylePattern>,
    /// House-style words (wrong → right), reported by `house-style`.
    pub words: Vec<HouseWord>,
    /// The office's own people: who held which title when. Read by
    /// `person-title` and `person-name`; never a built-in list, which
    /// would go stale.
    pub people: Vec<Person>,
    /// The office's statistics table (统计台账), when one is given: the
    /// figures the report should state (the `ledger-*` rules).
    pub ledger: Option<Ledger>,
    /// Which of the table's columns hold what, when its headers are not
    /// the usual ones (`gongwen.toml`'s `[ledger]`).
    pub ledger_columns: LedgerColumns,
    /// The office's own names for metrics (`[[aliases]]`): each list names
    /// one metric, its first name the one the table or the report uses.
    pub aliases: Vec<Vec<String>>,
    /// The Word file's typesetting, when the draft was opened from one
    /// (the layout rules).
    pub word_format: Option<crate::typeset::WordFormat>,
    /// The layout standard (`gongwen.toml`'s `[layout]`; GB/T 9704-2012
    /// by default).
    pub layout: crate::typeset::Standard,
}

/// A statistics table as read from its file: sheets of rows of cells,
/// each cell's text as the file shows it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Ledger {
    /// The file's name, for messages.
    pub name: String,
    pub sheets: Vec<Sheet>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Sheet {
    pub name: String,
    pub rows: Vec<Vec<String>>,
}

/// The headers of the table's columns, as the office's table writes them;
/// none: recognised by the usual headers (指标名称, 本期, 单位, 比上年增长,
/// 时期, 重点).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct LedgerColumns {
    pub name: Option<String>,
    pub value: Option<String>,
    pub unit: Option<String>,
    pub growth: Option<String>,
    pub period: Option<String>,
    pub key: Option<String>,
}

/// One person of the office with one title over one period (a person with
/// two titles over time is listed twice).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Person {
    pub name: String,
    /// The whole title, parts joined by 、 (党组书记、局长).
    pub title: String,
    /// From and to: 2021, 2021-03, 2021.3 or 2021年3月; none: open.
    pub from: Option<String>,
    pub to: Option<String>,
}

/// One house-style word: a form the office does not use, the form it uses
/// (a safe fix; empty: none), and why. Written in simplified or
/// traditional characters, it matches both.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(default)]
pub struct HouseWord {
    pub wrong: String,
    pub right: String,
    pub note: String,
}

/// One house-style pattern: a regular expression (the syntax of the
/// `regex` crate: `\p{Han}` and other scripts, Unicode `\d`, `\w`, `\s`;
/// not general categories such as `\p{P}`, nor `(?i)` outside ASCII) for
/// wording the office does not use, what to say, and optionally what to
/// write instead.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct StylePattern {
    pub pattern: String,
    /// Shown as the finding's message, after the matched text.
    pub message: String,
    /// The replacement (`$1`, `${name}` refer to groups); given, the
    /// finding offers it as a safe fix.
    pub replace: Option<String>,
}

impl StylePattern {
    /// The pattern compiled for the folded text: written in simplified
    /// characters or traditional ones, it matches both. The settings
    /// reader calls this to reject a bad pattern; `house-style` skips one.
    pub fn regex(&self) -> Result<regex::Regex, regex::Error> {
        regex::RegexBuilder::new(&crate::lexicon::fold::fold(&self.pattern))
            // A settings file is not a place for megabyte automata.
            .size_limit(1 << 20)
            .build()
    }
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
