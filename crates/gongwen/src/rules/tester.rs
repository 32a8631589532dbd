//! Rule tests as tables (oxc's `Tester`): texts that must pass, texts that
//! must fail, fixes with their expected result. One call checks them all
//! and writes the failures, text and character carets, into one snapshot
//! per rule (`snapshots/<rule>.snap`), reviewed like code.
//!
//! Every case is also checked in traditional characters (each simplified
//! character replaced by a traditional form from the same table the engine
//! folds with): it must give the same findings, so no rule reads anything
//! but the folded text.

use crate::finding::{apply_fixes, Finding};
use crate::lexicon::fold::fold_char;
use crate::rules::{FixAvailability, Rule};
use crate::Config;
use std::collections::HashMap;
use std::fmt::Write;
use std::sync::OnceLock;

#[derive(Debug)]
pub struct Tester {
    rule: &'static Rule,
    pass: Vec<&'static str>,
    fail: Vec<&'static str>,
    fix: Vec<(&'static str, &'static str)>,
    /// What every case is checked with: the defaults, unless the rule
    /// needs settings (`house-style`).
    config: Config,
}

impl Tester {
    pub fn new(rule: &'static Rule) -> Self {
        Tester {
            rule,
            pass: Vec::new(),
            fail: Vec::new(),
            fix: Vec::new(),
            config: Config::default(),
        }
    }

    /// Checks every case with `config` instead of the defaults.
    pub fn config(mut self, config: Config) -> Self {
        self.config = config;
        self
    }

    /// Texts the rule must say nothing about.
    pub fn pass(mut self, cases: impl IntoIterator<Item = &'static str>) -> Self {
        self.pass.extend(cases);
        self
    }

    /// Texts the rule must report (what it reports goes in the snapshot).
    pub fn fail(mut self, cases: impl IntoIterator<Item = &'static str>) -> Self {
        self.fail.extend(cases);
        self
    }

    /// (before, after): applying the rule's fixes to `before` gives `after`.
    pub fn fix(mut self, cases: impl IntoIterator<Item = (&'static str, &'static str)>) -> Self {
        self.fix.extend(cases);
        self
    }

    /// Runs every case and compares the failures with the rule's snapshot.
    pub fn test_and_snapshot(self) {
        let name = self.rule.meta.name;
        for text in &self.pass {
            let found = findings(&self.config, name, text);
            assert!(
                found.is_empty(),
                "{name} must pass:\n{}",
                render(text, &found)
            );
            assert_same_in_traditional(&self.config, name, text, &found);
        }
        let mut snapshot = String::new();
        for text in &self.fail {
            let found = findings(&self.config, name, text);
            assert!(!found.is_empty(), "{name} must fail: {text}");
            assert_same_in_traditional(&self.config, name, text, &found);
            self.assert_fix_availability(&found);
            snapshot.push_str(&render(text, &found));
            snapshot.push('\n');
        }
        for (before, after) in &self.fix {
            let fixed = apply(&self.config, name, before);
            assert_eq!(&fixed, after, "{name}: fixing {before}");
            // Fixes converge: fixing the result again changes nothing.
            assert_eq!(
                apply(&self.config, name, &fixed),
                fixed,
                "{name}: fixes must converge"
            );
            let _ = writeln!(snapshot, "fix: {before}\n  => {after}\n");
        }
        insta::with_settings!({
            snapshot_path => "snapshots",
            prepend_module_to_snapshot => false,
            omit_expression => true,
        }, {
            insta::assert_snapshot!(name, snapshot);
        });
    }

    fn assert_fix_availability(&self, found: &[Finding]) {
        let m = &self.rule.meta;
        match m.fix {
            FixAvailability::None => assert!(
                found.iter().all(|f| f.fix.is_none()),
                "{} declares no fix but offers one",
                m.name
            ),
            FixAvailability::Always => assert!(
                found.iter().all(|f| f.fix.is_some()),
                "{} declares a fix for every finding",
                m.name
            ),
            FixAvailability::Sometimes => {}
        }
    }
}

/// The findings of rule `name` in `text`.
///
/// A case may hold the previous year's report before this year's
/// (`rules::previous::split`): the findings are those of this year's text,
/// checked beside it.
pub fn findings(config: &Config, name: &str, text: &str) -> Vec<Finding> {
    let (previous, text) = crate::rules::previous::split(text);
    crate::check_with_previous(text, previous, config)
        .findings
        .into_iter()
        .filter(|f| f.rule == name)
        .collect()
}

/// `text` with every fix of rule `name` applied, whatever its safety.
pub fn apply(config: &Config, name: &str, text: &str) -> String {
    apply_fixes(text, &findings(config, name, text), |_| true).0
}

fn assert_same_in_traditional(config: &Config, name: &str, text: &str, found: &[Finding]) {
    let traditional = to_traditional(text);
    let again = findings(config, name, &traditional);
    let key = |f: &Finding| (f.range.clone(), f.severity);
    assert_eq!(
        again.iter().map(key).collect::<Vec<_>>(),
        found.iter().map(key).collect::<Vec<_>>(),
        "{name}: the same text in traditional characters gives other findings:\n{traditional}"
    );
}

/// `text` in traditional characters: each simplified character that the
/// fold table maps to becomes the first traditional form mapped to it.
pub fn to_traditional(text: &str) -> String {
    static BACK: OnceLock<HashMap<char, char>> = OnceLock::new();
    let back = BACK.get_or_init(|| {
        let mut back = HashMap::new();
        // Every character of the BMP's CJK blocks that folds to another.
        for c in ('\u{3400}'..='\u{9FFF}').chain('\u{F900}'..='\u{FAFF}') {
            let s = fold_char(c);
            if s != c {
                back.entry(s).or_insert(c);
            }
        }
        back
    });
    text.chars().map(|c| *back.get(&c).unwrap_or(&c)).collect()
}

/// The text, line by line, with carets under each finding and its message.
/// Columns count characters. A case with a previous report shows it first,
/// and each place found there after the finding.
fn render(case: &str, found: &[Finding]) -> String {
    let mut out = String::new();
    let (previous, text) = crate::rules::previous::split(case);
    if let Some(previous) = previous {
        for line in previous.lines() {
            let _ = writeln!(out, "上年 │ {line}");
        }
    }
    let mut start = 0;
    for (n, line) in text.split_inclusive('\n').enumerate() {
        let content = line.trim_end_matches(['\n', '\r']);
        let end = start + content.len();
        let _ = writeln!(out, "{:>3} │ {content}", n + 1);
        for f in found
            .iter()
            .filter(|f| f.range.start >= start && f.range.start <= end)
        {
            let col = text[start..f.range.start].chars().count();
            let width = text[f.range.start..f.range.end.min(end)]
                .chars()
                .count()
                .max(1);
            let _ = writeln!(
                out,
                "    │ {}{} {} {}",
                " ".repeat(col),
                "^".repeat(width),
                f.severity.name(),
                f.message
            );
            if let Some(fix) = &f.fix {
                let _ = writeln!(
                    out,
                    "    │ {}fix ({}): {}",
                    " ".repeat(col),
                    fix.applicability.name(),
                    fix.title
                );
            }
            for r in f.related.iter().filter(|r| r.previous) {
                let there = previous.and_then(|p| p.get(r.range.clone())).unwrap_or("?");
                let _ = writeln!(
                    out,
                    "    │ {}上年：«{there}» {}",
                    " ".repeat(col),
                    r.message
                );
            }
        }
        start += line.len();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn traditional_variants_fold_back_to_the_same_text() {
        let text = "全年规上工业总产值实现128亿元，同比增长7.0%。";
        let traditional = to_traditional(text);
        assert_ne!(traditional, text);
        assert_eq!(crate::lexicon::fold::fold(&traditional), text);
    }
}
