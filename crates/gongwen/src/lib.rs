//! 公文体检 engine: checks the text of a Chinese work report and returns
//! findings. The engine does no IO: text and a [`Config`] come in, a
//! [`Report`] goes out. Checking never fails.

pub mod config;
pub mod finding;
pub mod rules;
pub mod text;

pub use config::{Config, RuleConfig};
pub use finding::{apply_fixes, Applicability, Category, Edit, Finding, Fix, Related, Severity};
pub use rules::{Docs, Rule, RuleMeta, RULES};
pub use text::{LineCol, LineIndex};

use serde::Serialize;

/// What the engine found in one text.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Report {
    /// Sorted by position, then by rule name.
    pub findings: Vec<Finding>,
}

impl Report {
    pub fn has_errors(&self) -> bool {
        self.findings.iter().any(|f| f.severity == Severity::Error)
    }
}

/// Checks `text` with every enabled rule.
pub fn check(text: &str, config: &Config) -> Report {
    let ctx = rules::Ctx { text, config };
    let mut findings = Vec::new();
    for rule in RULES.iter().filter(|r| config.is_enabled(r.meta.name)) {
        let mut sink = rules::Sink::new(&rule.meta, config, &mut findings);
        (rule.check)(&ctx, &mut sink);
    }
    findings.sort_by(|a, b| {
        (a.range.start, a.range.end, a.rule).cmp(&(b.range.start, b.range.end, b.rule))
    });
    Report { findings }
}
