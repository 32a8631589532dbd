//! The app's state, in one place, in three parts: the draft
//! ([`draft`]: text, version, undo), the review ([`review`]: settings,
//! ignored findings, last year's report, and the check that applies to
//! one version) and the view ([`view`]: tab, selection, filter, notice).
//! Components read it through the context and change it only by
//! dispatching an [`Action`]. The reducer is pure: no IO and no check. An
//! action that needs the draft checked says so in [`State::request`],
//! and the check hook (`hooks::use_check`) carries it out — in the worker
//! when the draft is large — and dispatches [`Action::Checked`].

mod draft;
mod review;
#[cfg(test)]
mod tests;
mod view;

pub use crate::ignored::IgnoreKey;
pub use draft::{Draft, Sweep, Word};
pub use gongwen_config::{Level, Settings};
pub use review::{prepared, Checked, Job, Review};
pub use view::{Anchor, Filter, Reveal, Tab, View};

use gongwen::outline::Genre;
use std::ops::Range;
use std::rc::Rc;
use yew::prelude::*;

/// The demo draft shown on first visit: written for this project, in the
/// genre, with the kinds of defects the checker finds.
pub const DEMO: &str = include_str!("../../static/demo.txt");

/// Last year's report of the demo's bureau, for 上年报告's 示例.
pub const DEMO_PREVIOUS: &str = include_str!("../../static/demo-previous.txt");

/// The largest draft the page takes: a hundred long reports. A paste past
/// it (a whole archive, a binary file's text) is refused and the draft kept,
/// rather than freezing the page. Files have their own limit
/// (`gongwen_import::MAX_BYTES`).
pub const MAX_DRAFT_BYTES: usize = 5 * 1024 * 1024;

/// What components get from the context.
pub type AppState = UseReducerHandle<State>;

#[derive(Debug, Clone, PartialEq)]
pub struct State {
    pub draft: Draft,
    pub review: Review,
    /// The last check; it may describe an older version of the draft while
    /// typing, or an older review until the check asked for lands.
    pub checked: Rc<Checked>,
    pub view: View,
    /// What the check hook is asked to do.
    pub request: Request,
}

/// A request for a check of the draft as it is: `seq` grows with every
/// request; `now` skips the pause typing waits for.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Request {
    pub seq: u64,
    pub now: bool,
}

impl State {
    /// The app at start: the draft saved last time if there is one (with
    /// a notice), else the demo — checked before the first frame.
    pub fn restored(saved: Option<crate::storage::Saved>, settings: Settings) -> State {
        let text: Rc<str> = Rc::from(DEMO);
        let mut review = Review {
            settings: Rc::new(settings),
            ..Review::default()
        };
        if let Some(saved) = &saved {
            review.set_previous(Rc::from(saved.previous.as_str()));
            review.ledger = saved.ledger.clone().map(Rc::new);
        }
        let job = Job {
            version: 0,
            text: text.clone(),
            review: review.clone(),
        };
        // Checked once, after the saved draft (if any) is in place.
        let mut state = State {
            draft: Draft::new(text),
            review,
            checked: Checked::new(job, gongwen::Report::default(), 0.0),
            view: View::default(),
            request: Request::default(),
        };
        if let Some(saved) = saved {
            state.restore(saved);
        }
        state.draft.start_version = state.draft.version;
        let job = Job {
            version: state.draft.version,
            text: state.draft.text.clone(),
            review: state.review.clone(),
        };
        state.checked = job.run();
        state
    }

    fn request_check(&mut self, now: bool) {
        self.request = Request {
            seq: self.request.seq + 1,
            now,
        };
    }
}

#[derive(Debug)]
pub enum Action {
    /// The user typed or pasted: the textarea's new value. Its check
    /// follows after a pause.
    Typed(Rc<str>),
    /// The textarea holds more than [`MAX_DRAFT_BYTES`] (its length in
    /// bytes): put the draft back and say why.
    TooLarge(usize),
    /// Replace the draft with the demo (示例) or nothing (清空); the draft
    /// the user wrote stays one 撤销 away.
    Load(Rc<str>),
    /// A check finished.
    Checked(Rc<Checked>),
    /// The user picked a genre (`None`: detect it).
    Genre(Option<Genre>),
    /// Select finding `i` and show it in the editor.
    Select(usize),
    /// Show a key figure or heading in the editor.
    Reveal(Range<usize>, Anchor),
    Tab(Tab),
    /// Apply the fix of finding `i`.
    Fix(usize),
    /// A [`Sweep`] was made ([`State::sweep`]): the text it left and how
    /// many fixes it applied.
    Swept(Sweep, Rc<str>, usize),
    /// Undo the app's last change to the draft.
    Undo,
    /// A file was read (its name, then its text or why it cannot be read).
    Imported(String, Result<gongwen_import::Imported, String>),
    /// A Word file was read: its name, its text, and its bytes (kept to
    /// be given back annotated: 导出 → 带批注的 Word 文件).
    ImportedWord(String, gongwen_import::Imported, Rc<[u8]>),
    /// An autosave succeeded or failed (and the draft's length).
    Autosaved(bool, usize),
    /// The durable store was opened and read: the draft kept there, or
    /// `Err` when IndexedDB cannot be used here.
    Durable(Result<Option<crate::storage::Saved>, ()>),
    /// Throw away the restored draft and start empty.
    DiscardRestored,
    /// F8 / Shift+F8: select the next (previous) finding and show it.
    Step(bool),
    /// The caret was put at byte `at` in the text: select the finding
    /// there, if any, without moving the caret.
    SelectAt(usize),
    /// Esc: back to the editor.
    FocusEditor,
    /// Say something in the notice line (an error when `true`).
    Notify(String, bool),
    /// Turn a rule on (`true`) or off.
    ToggleRule(String, bool),
    /// The office's own words of one kind, one per entry.
    SetWords(Words, Vec<String>),
    ResetSettings,
    /// A settings file (`gongwen.toml`) was read: its name, then the
    /// settings or why they cannot be used. The settings in use are
    /// replaced only on success.
    ImportSettings(String, Result<Box<Settings>, String>),
    /// Ignore finding `i` in this document.
    Ignore(usize),
    /// Show every ignored finding again.
    UnignoreAll,
    /// Show (`true`) or leave 体检报告.
    ShowReport(bool),
    /// Filter the findings list.
    Filter(Filter),
    /// 上年报告 holds this text now (typed, pasted or cleared).
    SetPrevious(Rc<str>),
    /// A file was read for 上年报告: its text, or why it cannot be used.
    ImportedPrevious(String, Result<gongwen_import::Imported, String>),
    /// Show this place of last year's report in 上年报告.
    ShowPrevious(Range<usize>),
    /// A statistics table read from a file or pasted; none: cleared.
    SetLedger(Option<gongwen::Ledger>),
    /// A statistics table file that could not be read, and why.
    LedgerUnreadable(String, String),
    /// The user chose the table's columns (all none: recognised by their
    /// headers again); kept in the settings.
    SetLedgerColumns(gongwen::LedgerColumns),
}

/// The kinds of words a user adds in 设置.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Words {
    Placeholder,
    Junk,
    /// House-style words, a line each (`gongwen_config::words_from_lines`).
    House,
    /// The office's people, a title a line
    /// (`gongwen_config::people_from_lines`).
    People,
}

/// Milliseconds from the page's clock (natively, in tests: none).
fn now() -> f64 {
    #[cfg(target_arch = "wasm32")]
    {
        web_sys::window()
            .and_then(|w| w.performance())
            .map_or(0.0, |p| p.now())
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        0.0
    }
}

impl Reducible for State {
    type Action = Action;

    /// Each action changes a copy of the state; one that changes nothing
    /// returns the state as it was, so nothing is drawn again.
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        let changed = match action {
            Action::Typed(text) => next.typed(text),
            Action::TooLarge(bytes) => next.too_large(bytes),
            Action::Load(text) if text.is_empty() => next.load(text, "已清空。"),
            Action::Load(text) => next.load(text, "已载入示例草稿。"),
            Action::DiscardRestored => next.load(Rc::from(""), "已丢弃恢复的草稿。"),
            Action::Fix(i) => next.fix(i),
            Action::Swept(sweep, text, applied) => next.swept(sweep, text, applied),
            Action::Undo => next.undo(),
            Action::Imported(name, Ok(imported)) => next.imported(name, imported, None),
            Action::ImportedWord(name, imported, bytes) => {
                let word = Rc::new(draft::Word {
                    bytes,
                    text: Rc::from(imported.text.as_str()),
                    format: imported.word_format.clone().map(|f| Rc::new(*f)),
                });
                next.imported(name, imported, Some(word))
            }
            Action::Imported(name, Err(why)) => {
                next.notify(format!("无法打开“{name}”：{why}"), true)
            }
            Action::Autosaved(ok, chars) => next.autosaved(ok, chars),
            Action::Durable(found) => next.durable(found),
            Action::Checked(checked) => next.checked(checked),
            Action::Genre(genre) => next.genre(genre),
            Action::ToggleRule(rule, on) => next.toggle_rule(rule, on),
            Action::SetWords(kind, words) => next.set_words(kind, words),
            Action::ResetSettings => {
                next.settings(Settings::default(), Some("已恢复默认设置。".into()))
            }
            Action::ImportSettings(name, Ok(settings)) => {
                next.settings(*settings, Some(format!("已导入设置文件“{name}”。")))
            }
            Action::ImportSettings(name, Err(why)) => {
                next.notify(format!("无法导入设置文件“{name}”：{why}"), true)
            }
            Action::Ignore(i) => next.ignore(i),
            Action::UnignoreAll => next.unignore_all(),
            Action::SetPrevious(text) => next.previous(text, None),
            Action::ImportedPrevious(name, Ok(imported)) => next.previous(
                Rc::from(imported.text),
                Some(format!("已打开上年报告“{name}”，已与草稿对照。")),
            ),
            Action::ImportedPrevious(name, Err(why)) => {
                next.notify(format!("无法打开上年报告“{name}”：{why}"), true)
            }
            Action::SetLedger(ledger) => {
                let notice = match &ledger {
                    Some(l) => format!("已读入统计台账“{}”，已按台账核对草稿中的数字。", l.name),
                    None => "已清除统计台账。".to_owned(),
                };
                next.ledger(ledger, notice)
            }
            Action::LedgerUnreadable(name, why) => {
                next.notify(format!("无法读取统计台账“{name}”：{why}"), true)
            }
            Action::SetLedgerColumns(columns) => next.ledger_columns(columns),
            Action::Select(i) => next.select(i),
            Action::Step(forward) => next.step(forward),
            Action::SelectAt(at) => next.select_at(at),
            Action::Reveal(range, anchor) => next.reveal(range, anchor),
            Action::ShowReport(on) => next.show_report(on),
            Action::ShowPrevious(range) => next.show_previous(range),
            Action::Notify(text, error) => next.notify(text, error),
            Action::Tab(tab) => {
                next.view.tab = tab;
                true
            }
            Action::Filter(filter) => {
                next.view.filter = filter;
                true
            }
            Action::FocusEditor => {
                next.view.focus_editor += 1;
                true
            }
        };
        if changed {
            Rc::new(next)
        } else {
            self
        }
    }
}
