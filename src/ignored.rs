//! Findings the user chose to leave in one document, as they are kept
//! with the draft.

use gongwen::Finding;
use serde::{Deserialize, Serialize};

/// A finding the user chose to ignore in this document, known by its rule,
/// its text and a few characters around it — so it stays ignored while the
/// rest of the draft is edited, and comes back if its own words change.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct IgnoreKey {
    pub rule: String,
    pub text: String,
    pub before: String,
    pub after: String,
}

/// Characters of context that identify an ignored finding.
const IGNORE_CONTEXT: usize = 6;

impl IgnoreKey {
    pub fn of(f: &Finding, text: &str) -> IgnoreKey {
        IgnoreKey {
            rule: f.rule.to_owned(),
            text: text[f.range.clone()].to_owned(),
            before: gongwen::text::last_chars(&text[..f.range.start], IGNORE_CONTEXT).to_owned(),
            after: text[f.range.end..].chars().take(IGNORE_CONTEXT).collect(),
        }
    }
}
