//! What decides a check besides the text — genre, settings, ignored
//! findings, last year's report — and the check itself: its result
//! applies to one version of the draft and one review. The actions that
//! change the review are here; each asks for a check at once.

use super::{IgnoreKey, Level, Settings, State, Words};
use gongwen::outline::Genre;
use gongwen::{check_prepared, Config, LineIndex, Report};
use std::collections::BTreeSet;
use std::rc::Rc;

/// Everything besides the text that decides what a check reports.
#[derive(Debug, Clone, Default)]
pub struct Review {
    /// The genre the user picked (`None`: detect it).
    pub genre: Option<Genre>,
    pub settings: Rc<Settings>,
    pub ignored: Rc<BTreeSet<IgnoreKey>>,
    /// The headings of the Word document the draft was opened from.
    pub headings: Rc<[String]>,
    /// Last year's report, opened or pasted in 上年报告: the draft is
    /// checked beside it (empty: none).
    pub previous: Rc<str>,
    /// `previous` read by the engine once, not on every check.
    pub previous_model: Option<Rc<gongwen::previous::Model>>,
    /// The statistics table opened or pasted in 数据核对 (none: none).
    pub ledger: Option<Rc<gongwen::Ledger>>,
    /// The typesetting of the Word file the draft was opened from (the
    /// layout rules).
    pub word_format: Option<Rc<gongwen::typeset::WordFormat>>,
}

impl PartialEq for Review {
    fn eq(&self, other: &Self) -> bool {
        self.genre == other.genre
            && Rc::ptr_eq(&self.settings, &other.settings)
            && Rc::ptr_eq(&self.ignored, &other.ignored)
            && Rc::ptr_eq(&self.headings, &other.headings)
            && Rc::ptr_eq(&self.previous, &other.previous)
            && match (&self.ledger, &other.ledger) {
                (Some(a), Some(b)) => Rc::ptr_eq(a, b),
                (a, b) => a.is_none() && b.is_none(),
            }
            && match (&self.word_format, &other.word_format) {
                (Some(a), Some(b)) => Rc::ptr_eq(a, b),
                (a, b) => a.is_none() && b.is_none(),
            }
    }
}

impl Review {
    /// Takes `text` as last year's report, reading it once.
    pub fn set_previous(&mut self, text: Rc<str>) {
        self.previous_model =
            (!text.trim().is_empty()).then(|| Rc::new(gongwen::previous::Model::new(&text)));
        self.previous = text;
    }

    /// The engine's configuration: the settings, then the genre picked
    /// for this document (it wins over the settings') and the headings of
    /// the Word file it came from — built as the CLI and the JS module
    /// build theirs.
    pub fn config(&self) -> Config {
        self.settings.config_with(&gongwen_config::Overrides {
            genre: self.genre.map(Some),
            heading_texts: self.headings.to_vec(),
            ledger: self.ledger.as_deref().cloned(),
            word_format: self.word_format.as_deref().cloned(),
            ..Default::default()
        })
    }
}

thread_local! {
    /// The config prepared last (in the page, and in the worker): the
    /// draft is checked on every pause, the settings change rarely.
    static PREPARER: std::cell::RefCell<gongwen_config::Preparer> = Default::default();
}

/// `config` prepared, once per change of it.
pub fn prepared(config: &Config) -> Rc<gongwen::Prepared> {
    PREPARER.with(|p| p.borrow_mut().prepare(config))
}

/// A check to make: a version of the draft and the review to check it
/// with.
#[derive(Debug, Clone)]
pub struct Job {
    pub version: u64,
    pub text: Rc<str>,
    pub review: Review,
}

impl Job {
    /// Checks here and now, timing it.
    pub fn run(self) -> Rc<Checked> {
        let prepared = prepared(&self.review.config());
        let t0 = super::now();
        let report = check_prepared(&self.text, self.review.previous_model.as_deref(), &prepared);
        let ms = super::now() - t0;
        Checked::new(self, report, ms)
    }
}

/// A version of the draft together with what the engine found in it. The
/// highlights are drawn as they are only while the textarea holds it.
#[derive(Debug)]
pub struct Checked {
    pub version: u64,
    pub text: Rc<str>,
    /// What the text was checked with.
    pub review: Review,
    /// Without the findings the user ignored.
    pub report: Report,
    /// How many findings are ignored.
    pub ignored: usize,
    pub index: LineIndex,
    pub ms: f64,
}

impl PartialEq for Checked {
    fn eq(&self, other: &Self) -> bool {
        self.version == other.version
            && Rc::ptr_eq(&self.text, &other.text)
            && self.review == other.review
    }
}

impl Checked {
    /// `job`'s report (made here or in the worker), with the ignored
    /// findings taken out.
    pub fn new(job: Job, mut report: Report, ms: f64) -> Rc<Checked> {
        let Job {
            version,
            text,
            review,
        } = job;
        let before = report.findings.len();
        if !review.ignored.is_empty() || !review.settings.ignore.is_empty() {
            report.findings.retain(|f| {
                !review.settings.is_ignored(f, &text)
                    && !review.ignored.contains(&IgnoreKey::of(f, &text))
            });
        }
        let index = LineIndex::new(&text);
        Rc::new(Checked {
            ignored: before - report.findings.len(),
            version,
            text,
            review,
            report,
            index,
            ms,
        })
    }
}

impl State {
    /// Whether the findings describe the draft as it is.
    pub fn is_current(&self) -> bool {
        self.checked.version == self.draft.version && self.checked.review == self.review
    }

    /// The check the draft needs, if the last one does not describe it.
    pub fn job(&self) -> Option<Job> {
        (!self.is_current()).then(|| Job {
            version: self.draft.version,
            text: self.draft.text.clone(),
            review: self.review.clone(),
        })
    }

    /// How many findings offer a safe fix.
    pub fn safe_fixes(&self) -> usize {
        self.checked
            .report
            .findings
            .iter()
            .filter(|f| f.has_fix(gongwen::Applicability::Safe))
            .count()
    }

    pub(super) fn checked(&mut self, checked: Rc<Checked>) -> bool {
        // A check of an older version, or with an older review, is stale:
        // the next one is on its way.
        if checked.version != self.draft.version || checked.review != self.review {
            return false;
        }
        self.checked = checked;
        true
    }

    pub(super) fn genre(&mut self, genre: Option<Genre>) -> bool {
        self.review.genre = genre;
        self.recheck()
    }

    pub(super) fn toggle_rule(&mut self, rule: String, on: bool) -> bool {
        let mut settings = (*self.review.settings).clone();
        if !on {
            settings.rules.insert(rule, Level::Off);
        } else if settings.rules.get(&rule) == Some(&Level::Off) {
            settings.rules.remove(&rule);
        }
        self.settings(settings, None)
    }

    pub(super) fn set_words(&mut self, kind: Words, words: Vec<String>) -> bool {
        let mut settings = (*self.review.settings).clone();
        let lines = || {
            words
                .iter()
                .map(|w| w.trim().to_owned())
                .filter(|w| !w.is_empty())
                .collect()
        };
        match kind {
            Words::Placeholder => settings.placeholder_words = lines(),
            Words::Junk => settings.junk_phrases = lines(),
            Words::House => {
                settings.words = gongwen_config::words_from_lines(words.iter().map(String::as_str));
            }
            Words::People => {
                settings.people =
                    gongwen_config::people_from_lines(words.iter().map(String::as_str));
            }
        }
        self.settings(settings, None)
    }

    /// The statistics table's columns as the user chose them.
    pub(super) fn ledger_columns(&mut self, columns: gongwen::LedgerColumns) -> bool {
        if columns == self.review.settings.ledger {
            return false;
        }
        let notice = if columns == gongwen::LedgerColumns::default() {
            "台账各列已恢复按表头自动识别。"
        } else {
            "已按所选的列读取台账（保存在设置中，导出的 gongwen.toml 含此项）。"
        };
        let mut settings = (*self.review.settings).clone();
        settings.ledger = columns;
        self.settings(settings, Some(notice.to_owned()))
    }

    /// New settings in use (and what to say about it).
    pub(super) fn settings(&mut self, settings: Settings, notice: Option<String>) -> bool {
        self.review.settings = Rc::new(settings);
        if let Some(notice) = notice {
            self.notice(notice);
        }
        self.recheck()
    }

    pub(super) fn ignore(&mut self, i: usize) -> bool {
        if !self.is_current() {
            return false;
        }
        let Some(f) = self.checked.report.findings.get(i) else {
            return false;
        };
        let mut ignored = (*self.review.ignored).clone();
        ignored.insert(IgnoreKey::of(f, &self.checked.text));
        self.review.ignored = Rc::new(ignored);
        self.notice("已忽略这一处（只对本文档；可在“设置”中恢复）。".into());
        self.recheck()
    }

    pub(super) fn unignore_all(&mut self) -> bool {
        self.review.ignored = Rc::default();
        self.recheck()
    }

    /// Last year's report is `text` now (and what to say about it).
    pub(super) fn previous(&mut self, text: Rc<str>, notice: Option<String>) -> bool {
        if notice.is_none() && *text == *self.review.previous {
            return false;
        }
        self.review.set_previous(text);
        if let Some(notice) = notice {
            self.notice(notice);
        }
        self.recheck()
    }

    /// Takes `ledger` as the statistics table (none: clears it).
    pub(super) fn ledger(&mut self, ledger: Option<gongwen::Ledger>, notice: String) -> bool {
        self.review.ledger = ledger.map(Rc::new);
        self.notice(notice);
        self.recheck()
    }

    /// The review changed: the findings (and the selection among them)
    /// wait for a check at once.
    fn recheck(&mut self) -> bool {
        self.view.selected = None;
        self.request_check(true);
        true
    }
}
