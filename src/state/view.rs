//! What the user looks at: the tab, the selected finding, the filter,
//! requests to show a place, and the notice line. Nothing here changes
//! the draft or asks for a check, except opening 体检报告 on a draft
//! typing left unchecked.

use super::State;
use gongwen::Finding;
use std::ops::Range;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct View {
    pub tab: Tab,
    /// The finding selected in the list, by index into the report.
    pub selected: Option<usize>,
    /// The last request to the editor to show a place.
    pub reveal: Option<Reveal>,
    /// Grows whenever the selected finding changes: the list scrolls it
    /// into view.
    pub list_reveal: u64,
    /// Grows when the editor should take the focus (Esc).
    pub focus_editor: u64,
    /// 体检报告 shown instead of the editor.
    pub report_view: bool,
    /// What the findings list shows.
    pub filter: Filter,
    /// A place in last year's report to select in 上年报告, with a number
    /// that grows with every request.
    pub previous_reveal: Option<(Range<usize>, u64)>,
    /// What the last command did, shown until the next one.
    pub notice: Option<Notice>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Tab {
    #[default]
    Findings,
    Checklist,
    Outline,
    Metrics,
    /// 规范表述: the standard formulations the draft uses.
    Formulations,
    /// 上年报告: last year's report, opened or pasted.
    Previous,
    /// 上年计划: last year's plan items and whether the draft takes them up.
    PlanFollowup,
    /// 数据核对: the statistics table and the figures stating it.
    Ledger,
    Settings,
    Help,
}

/// Which element of the highlight layer stands over a range, so the editor
/// can scroll it into view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    Finding(usize),
    Metric(usize),
    Heading(usize),
    /// A range no highlight covers (where the draft takes up a plan item).
    Text,
}

/// A request to the editor: select `range` and scroll it into view. `seq`
/// grows with every request, so asking twice for the same range works.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reveal {
    pub range: Range<usize>,
    pub anchor: Anchor,
    pub seq: u64,
}

/// What the last command did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub text: String,
    pub seq: u64,
    /// Something failed (shown in red and kept on screen).
    pub error: bool,
    /// The notice of a draft restored at start: it offers to discard it.
    pub discard: bool,
}

/// The findings list's filter: a category, a severity, words to search
/// for in the message, the quoted text or the rule's name.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    pub category: Option<gongwen::Category>,
    pub severity: Option<gongwen::Severity>,
    pub query: String,
}

impl Filter {
    pub fn is_active(&self) -> bool {
        self.category.is_some() || self.severity.is_some() || !self.query.trim().is_empty()
    }

    /// Whether finding `f` (quoting `text`) passes.
    pub fn admits(&self, f: &Finding, text: &str) -> bool {
        let q = self.query.trim();
        self.category.is_none_or(|c| c == f.category)
            && self.severity.is_none_or(|s| s == f.severity)
            && (q.is_empty()
                || f.message.contains(q)
                || text[f.range.clone()].contains(q)
                || f.rule.contains(q))
    }
}

impl State {
    pub(super) fn select(&mut self, i: usize) -> bool {
        let Some(f) = self.checked.report.findings.get(i) else {
            return false;
        };
        let range = f.range.clone();
        self.reveal(range, Anchor::Finding(i));
        self.view.selected = Some(i);
        self.view.list_reveal += 1;
        true
    }

    /// F8 / Shift+F8.
    pub(super) fn step(&mut self, forward: bool) -> bool {
        let n = self.checked.report.findings.len();
        if n == 0 || !self.is_current() {
            return false;
        }
        let i = match (self.view.selected, forward) {
            (None, true) => 0,
            (None, false) => n - 1,
            (Some(i), true) => (i + 1) % n,
            (Some(i), false) => (i + n - 1) % n,
        };
        self.select(i)
    }

    /// Selects the narrowest finding that holds byte `at`.
    pub(super) fn select_at(&mut self, at: usize) -> bool {
        if !self.is_current() {
            return false;
        }
        let found = (self.checked.report.findings.iter().enumerate())
            .filter(|(_, f)| f.range.start <= at && at < f.range.end)
            .min_by_key(|(_, f)| f.range.len())
            .map(|(i, _)| i);
        if found.is_none() || found == self.view.selected {
            return false;
        }
        self.view.selected = found;
        self.view.list_reveal += 1;
        true
    }

    pub(super) fn reveal(&mut self, range: Range<usize>, anchor: Anchor) -> bool {
        let seq = self.view.reveal.as_ref().map_or(1, |r| r.seq + 1);
        self.view.reveal = Some(Reveal { range, anchor, seq });
        true
    }

    pub(super) fn show_report(&mut self, on: bool) -> bool {
        // The report describes the text on screen: checked at once if
        // typing left it behind.
        if on && !self.is_current() {
            self.request_check(true);
        }
        self.view.report_view = on;
        if !on {
            self.view.focus_editor += 1;
        }
        true
    }

    pub(super) fn show_previous(&mut self, range: Range<usize>) -> bool {
        self.view.tab = Tab::Previous;
        let seq = self.view.previous_reveal.as_ref().map_or(1, |r| r.1 + 1);
        self.view.previous_reveal = Some((range, seq));
        true
    }

    pub(super) fn notice(&mut self, text: String) {
        self.notify(text, false);
    }

    pub(super) fn notify(&mut self, text: String, error: bool) -> bool {
        let seq = self.view.notice.as_ref().map_or(1, |n| n.seq + 1);
        self.view.notice = Some(Notice {
            text,
            seq,
            error,
            discard: false,
        });
        true
    }
}
