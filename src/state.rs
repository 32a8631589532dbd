//! The app's state, in one place: what the user typed, what the engine found
//! in it, what is selected and what the editor is asked to show. Components
//! read it through the context and change it only by dispatching an
//! [`Action`]; the reducer is the one place that decides what follows.

use gongwen::outline::Genre;
use gongwen::{
    apply_fixes, check, check_prepared, fix_all_prepared, Applicability, Config, Finding,
    LineIndex, Report,
};
use std::collections::BTreeSet;
use std::ops::Range;
use std::rc::Rc;
use yew::prelude::*;

/// The demo draft shown on first visit: written for this project, in the
/// genre, with the kinds of defects the checker finds.
pub const DEMO: &str = include_str!("../static/demo.txt");

/// Last year's report of the demo's bureau, for 上年报告's 示例.
pub const DEMO_PREVIOUS: &str = include_str!("../static/demo-previous.txt");

/// The largest draft the page takes: a hundred long reports. A paste past
/// it (a whole archive, a binary file's text) is refused and the draft kept,
/// rather than freezing the page. Files have their own limit
/// (`gongwen_import::MAX_BYTES`).
pub const MAX_DRAFT_BYTES: usize = 5 * 1024 * 1024;

/// What components get from the context.
pub type AppState = UseReducerHandle<State>;

/// The user's settings, kept in the browser across documents: rule levels,
/// the office's own words and house-style patterns, findings the office
/// accepts. The same value as a `gongwen.toml` (`gongwen-config`): the app
/// imports and exports that file, and the CLI reads it.
pub use gongwen_config::{Level, Settings};

pub use crate::ignored::IgnoreKey;

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
}

impl PartialEq for Review {
    fn eq(&self, other: &Self) -> bool {
        self.genre == other.genre
            && Rc::ptr_eq(&self.settings, &other.settings)
            && Rc::ptr_eq(&self.ignored, &other.ignored)
            && Rc::ptr_eq(&self.headings, &other.headings)
            && Rc::ptr_eq(&self.previous, &other.previous)
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

/// A draft together with what the engine found in it. The highlights are
/// drawn only while the textarea still holds exactly this text.
#[derive(Debug)]
pub struct Checked {
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
        Rc::ptr_eq(&self.text, &other.text) && self.review == other.review
    }
}

impl Checked {
    /// Checks `text` as `review` says, timing it.
    pub fn run(text: Rc<str>, review: &Review) -> Rc<Checked> {
        let prepared = prepared(&review.config());
        let t0 = now();
        let report = check_prepared(&text, review.previous_model.as_deref(), &prepared);
        let ms = now() - t0;
        Checked::from_report(text, review, report, ms)
    }

    /// A check made elsewhere (in the worker), with the ignored findings
    /// taken out.
    pub fn from_report(text: Rc<str>, review: &Review, mut report: Report, ms: f64) -> Rc<Checked> {
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
            text,
            review: review.clone(),
            report,
            index,
            ms,
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    Findings,
    Checklist,
    Outline,
    Metrics,
    /// 上年报告: last year's report, opened or pasted.
    Previous,
    /// 上年计划: last year's plan items and whether the draft takes them up.
    PlanFollowup,
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

/// The textarea is given a new text from outside (示例, 清空, a fix, undo).
/// `seq` grows with every such change; `fresh` says whether it is a new
/// document (scroll to the top) or an edit of this one (keep the view).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Loaded {
    pub seq: u64,
    pub fresh: bool,
}

/// A change the app made to the draft, kept so that 撤销 (and Ctrl+Z while
/// the text is still the changed one) can restore it exactly.
#[derive(Debug, Clone)]
pub struct Change {
    pub before: Rc<str>,
    pub after: Rc<str>,
    /// For a file opened over a draft: what belonged to the draft before
    /// (its ignored findings, Word headings and file name), restored with
    /// its text.
    pub document: Option<Document>,
}

/// What belongs to one draft besides its text.
#[derive(Debug, Clone)]
pub struct Document {
    pub ignored: Rc<BTreeSet<IgnoreKey>>,
    pub headings: Rc<[String]>,
    pub source: Option<String>,
}

/// What the last command did, shown until the next one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub text: String,
    pub seq: u64,
    /// Something failed (shown in red and kept on screen).
    pub error: bool,
}

#[derive(Debug, Clone)]
pub struct State {
    /// What the textarea holds.
    pub draft: Rc<str>,
    /// The last check; its text may lag behind `draft` while typing.
    pub checked: Rc<Checked>,
    /// Genre, settings and ignored findings.
    pub review: Review,
    /// The finding selected in the list, by index into the report.
    pub selected: Option<usize>,
    pub tab: Tab,
    pub reveal: Option<Reveal>,
    /// Changes whenever the draft is replaced from outside the textarea: the
    /// editor then writes `draft` into the textarea.
    pub loaded: Loaded,
    /// The app's own changes to the draft, latest last.
    pub undo: Vec<Change>,
    pub notice: Option<Notice>,
    /// Whether the last autosave succeeded (`false` once the browser
    /// refused a draft too large for its storage).
    pub autosaved: bool,
    /// When the draft restored at start was saved (0: none restored).
    pub saved_at: u64,
    /// Whether the durable store (IndexedDB) keeps the draft: `None` until
    /// it has been opened.
    pub durable: Option<bool>,
    /// The draft on screen was restored from storage and not touched yet:
    /// the notice offers to discard it.
    pub restored: bool,
    /// Grows whenever the selected finding changes: the list scrolls it
    /// into view.
    pub list_reveal: u64,
    /// Grows when the editor should take the focus (Esc).
    pub focus_editor: u64,
    /// The name of the file the draft was opened from, for exports.
    pub source: Option<String>,
    /// 体检报告 shown instead of the editor.
    pub report_view: bool,
    /// What the findings list shows.
    pub filter: Filter,
    /// A place in last year's report to select in 上年报告, with a number
    /// that grows with every request.
    pub previous_reveal: Option<(Range<usize>, u64)>,
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

impl PartialEq for State {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.draft, &other.draft)
            && Rc::ptr_eq(&self.checked, &other.checked)
            && self.review == other.review
            && self.selected == other.selected
            && self.tab == other.tab
            && self.reveal == other.reveal
            && self.loaded == other.loaded
            && self.undo.len() == other.undo.len()
            && self.notice == other.notice
            && self.autosaved == other.autosaved
            && self.saved_at == other.saved_at
            && self.durable == other.durable
            && self.restored == other.restored
            && self.list_reveal == other.list_reveal
            && self.focus_editor == other.focus_editor
            && self.source == other.source
            && self.report_view == other.report_view
            && self.filter == other.filter
            && self.previous_reveal == other.previous_reveal
    }
}

impl Default for State {
    fn default() -> Self {
        // The browser compiles the wasm code lazily, on its first call: check
        // once to warm up, so that the status line shows what a check costs.
        let _ = check(DEMO, &Config::default());
        let draft: Rc<str> = Rc::from(DEMO);
        State {
            checked: Checked::run(draft.clone(), &Review::default()),
            draft,
            review: Review::default(),
            selected: None,
            tab: Tab::Findings,
            reveal: None,
            loaded: Loaded {
                seq: 1,
                fresh: true,
            },
            undo: Vec::new(),
            notice: None,
            autosaved: true,
            saved_at: 0,
            durable: None,
            restored: false,
            list_reveal: 0,
            focus_editor: 0,
            source: None,
            report_view: false,
            filter: Filter::default(),
            previous_reveal: None,
        }
    }
}

impl State {
    /// The app at start: the draft saved last time if there is one (with
    /// a notice), else the demo.
    pub fn restored(saved: Option<crate::storage::Saved>, settings: Settings) -> State {
        let mut state = State::default();
        state.review.settings = Rc::new(settings);
        if let Some(saved) = &saved {
            state.review.set_previous(Rc::from(saved.previous.as_str()));
        }
        state.checked = Checked::run(state.draft.clone(), &state.review);
        if let Some(saved) = saved {
            state.restore(saved);
        }
        state
    }

    /// Puts a saved draft on screen, with a notice (an empty one or the
    /// demo leaves the screen as it is).
    fn restore(&mut self, saved: crate::storage::Saved) {
        self.saved_at = saved.at;
        if saved.text.trim().is_empty() || saved.text == DEMO {
            return;
        }
        if *self.review.previous != *saved.previous {
            self.review.set_previous(Rc::from(saved.previous.as_str()));
        }
        self.review.genre = saved.genre.as_deref().and_then(Genre::from_name);
        self.review.ignored = Rc::new(saved.ignored.into_iter().collect());
        self.review.headings = Rc::from(saved.headings);
        let chars = saved.text.chars().count();
        self.replace(Rc::from(saved.text), true);
        self.loaded.seq += 1;
        self.restored = true;
        self.notice(format!("已恢复上次未完成的草稿（{chars} 字）。"));
    }
}

#[derive(Debug)]
pub enum Action {
    /// The user typed or pasted: `draft` is the textarea's new value. The
    /// check follows after a pause (`hooks::use_debounced_check`).
    Typed(Rc<str>),
    /// The textarea holds more than [`MAX_DRAFT_BYTES`] (its length in
    /// bytes): put the draft back and say why.
    TooLarge(usize),
    /// Replace the draft (示例, 清空) and check it at once.
    Load(Rc<str>),
    /// A check finished.
    Checked(Rc<Checked>),
    /// The user picked a genre (`None`: detect it): check again at once.
    Genre(Option<Genre>),
    /// Select finding `i` and show it in the editor.
    Select(usize),
    /// Show a key figure or heading in the editor.
    Reveal(Range<usize>, Anchor),
    Tab(Tab),
    /// Apply the fix of finding `i`.
    Fix(usize),
    /// Apply every safe fix (一键修复).
    FixSafe,
    /// Remove site chrome and copy damage (清理粘贴内容).
    CleanPaste,
    /// Undo the app's last change to the draft.
    Undo,
    /// A file was read (its name, then its text or why it cannot be read).
    Imported(String, Result<gongwen_import::Imported, String>),
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
    ImportSettings(String, Result<Settings, String>),
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
}

/// The kinds of words a user adds in 设置.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Words {
    Placeholder,
    Junk,
    /// House-style words, a line each (`gongwen_config::words_from_lines`).
    House,
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

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Typed(text) => {
                // An input event that changes nothing (an input method
                // fires a second one with the same text at commit; a form
                // filler fires several) keeps the draft as it is, so the
                // check already under way for it still applies.
                if *text == *self.draft {
                    return self;
                }
                next.draft = text;
                next.selected = None;
                next.restored = false;
            }
            Action::TooLarge(bytes) => {
                next.loaded = Loaded {
                    seq: next.loaded.seq + 1,
                    fresh: false,
                };
                next.notify(
                    format!(
                        "粘贴的内容太大（约 {:.1} MB），超过 {} MB，不像是一份报告；已保留原来的草稿。",
                        bytes as f64 / 1024.0 / 1024.0,
                        MAX_DRAFT_BYTES / 1024 / 1024
                    ),
                    true,
                );
            }
            Action::Load(text) => {
                next.review.ignored = Rc::new(BTreeSet::new());
                next.review.headings = Rc::default();
                next.replace(text, true);
                next.source = None;
                next.undo.clear();
                next.notice = None;
                next.restored = false;
            }
            Action::Checked(checked) => {
                // A check started before the draft or the genre changed
                // again is stale: the next one is on its way.
                if !Rc::ptr_eq(&checked.text, &next.draft) || checked.review != next.review {
                    return self;
                }
                next.checked = checked;
            }
            Action::Genre(genre) => {
                next.review.genre = genre;
                next.recheck();
            }
            Action::ToggleRule(rule, on) => {
                let mut settings = (*next.review.settings).clone();
                if !on {
                    settings.rules.insert(rule, Level::Off);
                } else if settings.rules.get(&rule) == Some(&Level::Off) {
                    settings.rules.remove(&rule);
                }
                next.review.settings = Rc::new(settings);
                next.recheck();
            }
            Action::SetWords(kind, words) => {
                let mut settings = (*next.review.settings).clone();
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
                        settings.words =
                            gongwen_config::words_from_lines(words.iter().map(String::as_str));
                    }
                }
                next.review.settings = Rc::new(settings);
                next.recheck();
            }
            Action::ImportSettings(name, Ok(settings)) => {
                next.review.settings = Rc::new(settings);
                next.recheck();
                next.notice(format!("已导入设置文件“{name}”。"));
            }
            Action::ImportSettings(name, Err(why)) => {
                next.notify(format!("无法导入设置文件“{name}”：{why}"), true);
            }
            Action::ResetSettings => {
                next.review.settings = Rc::new(Settings::default());
                next.recheck();
                next.notice("已恢复默认设置。".into());
            }
            Action::Ignore(i) => {
                if !self.is_current() {
                    return self;
                }
                let Some(f) = self.checked.report.findings.get(i) else {
                    return self;
                };
                let mut ignored = (*next.review.ignored).clone();
                ignored.insert(IgnoreKey::of(f, &self.checked.text));
                next.review.ignored = Rc::new(ignored);
                next.recheck();
                next.notice("已忽略这一处（只对本文档；可在“设置”中恢复）。".into());
            }
            Action::Filter(filter) => next.filter = filter,
            Action::ShowReport(on) => {
                // The report describes the text on screen: check it first
                // if typing left it behind.
                if on && !self.is_current() {
                    next.checked = Checked::run(next.draft.clone(), &next.review);
                }
                next.report_view = on;
                if !on {
                    next.focus_editor += 1;
                }
            }
            Action::UnignoreAll => {
                next.review.ignored = Rc::new(BTreeSet::new());
                next.recheck();
            }
            Action::Select(i) => {
                let Some(f) = next.checked.report.findings.get(i) else {
                    return self;
                };
                next.reveal = Some(reveal(&self, f.range.clone(), Anchor::Finding(i)));
                next.selected = Some(i);
                next.list_reveal += 1;
            }
            Action::Step(forward) => {
                let n = next.checked.report.findings.len();
                if n == 0 || !self.is_current() {
                    return self;
                }
                let i = match (self.selected, forward) {
                    (None, true) => 0,
                    (None, false) => n - 1,
                    (Some(i), true) => (i + 1) % n,
                    (Some(i), false) => (i + n - 1) % n,
                };
                return self.reduce(Action::Select(i));
            }
            Action::SelectAt(at) => {
                if !self.is_current() {
                    return self;
                }
                // The narrowest finding that holds the caret.
                let found = next
                    .checked
                    .report
                    .findings
                    .iter()
                    .enumerate()
                    .filter(|(_, f)| f.range.start <= at && at < f.range.end)
                    .min_by_key(|(_, f)| f.range.len())
                    .map(|(i, _)| i);
                if found.is_none() || found == self.selected {
                    return self;
                }
                next.selected = found;
                next.list_reveal += 1;
            }
            Action::FocusEditor => next.focus_editor += 1,
            Action::Notify(text, error) => next.notify(text, error),
            Action::Reveal(range, anchor) => next.reveal = Some(reveal(&self, range, anchor)),
            Action::Tab(tab) => next.tab = tab,
            Action::Fix(i) => {
                // Only a fix of the text the textarea holds: while a check
                // is pending, its ranges may not be where they were.
                if !self.is_current() {
                    return self;
                }
                let Some(f) = self.checked.report.findings.get(i) else {
                    return self;
                };
                let (text, n) = apply_fixes(&self.checked.text, std::slice::from_ref(f), |_| true);
                if n == 0 {
                    return self;
                }
                let title = f.fix.as_ref().map_or("", |fix| fix.title.as_str());
                next.notice(format!("已修复：{title}"));
                next.change(text.into());
            }
            Action::FixSafe => {
                let fixed = next.fix_all(|f| f.has_fix(Applicability::Safe));
                if fixed.applied == 0 {
                    next.notice("没有可以安全自动修复的问题。".into());
                } else {
                    next.notice(format!("已安全修复 {} 处。", fixed.applied));
                    next.change(fixed.text.into());
                }
            }
            Action::CleanPaste => {
                let fixed = next.fix_all(gongwen::is_paste_debris);
                if fixed.applied == 0 {
                    next.notice("没有发现网页残留或复制转换痕迹。".into());
                } else {
                    next.notice(format!(
                        "已清理 {} 处网页残留与复制转换痕迹。",
                        fixed.applied
                    ));
                    next.change(fixed.text.into());
                }
            }
            Action::Imported(name, Ok(imported)) => {
                // A draft the user wrote stays one 撤销 away.
                let keep = !next.draft.trim().is_empty() && *next.draft != *DEMO;
                let before = Document {
                    ignored: next.review.ignored.clone(),
                    headings: next.review.headings.clone(),
                    source: next.source.clone(),
                };
                let headings = Rc::from(imported.heading_texts());
                let text: Rc<str> = Rc::from(imported.text);
                next.review.ignored = Rc::new(BTreeSet::new());
                next.review.headings = headings;
                next.undo.clear();
                if keep {
                    next.undo.push(Change {
                        before: next.draft.clone(),
                        after: text.clone(),
                        document: Some(before),
                    });
                }
                next.replace(text, true);
                next.source = Some(name.clone());
                next.notice(if keep {
                    format!(
                        "已打开“{name}”（{}）。原来的草稿可点“撤销”找回。",
                        imported.format
                    )
                } else {
                    format!("已打开“{name}”（{}）。", imported.format)
                });
            }
            Action::Imported(name, Err(why)) => {
                next.notify(format!("无法打开“{name}”：{why}"), true);
            }
            Action::SetPrevious(text) => {
                if *text == *next.review.previous {
                    return self;
                }
                next.review.set_previous(text);
                next.recheck();
            }
            Action::ImportedPrevious(name, Ok(imported)) => {
                next.review.set_previous(Rc::from(imported.text));
                next.recheck();
                next.notice(format!("已打开上年报告“{name}”，已与草稿对照。"));
            }
            Action::ImportedPrevious(name, Err(why)) => {
                next.notify(format!("无法打开上年报告“{name}”：{why}"), true);
            }
            Action::ShowPrevious(range) => {
                next.tab = Tab::Previous;
                let seq = next.previous_reveal.as_ref().map_or(1, |r| r.1 + 1);
                next.previous_reveal = Some((range, seq));
            }
            Action::Autosaved(ok, chars) => {
                next.autosaved = ok;
                if !ok {
                    next.notify(
                        format!("草稿较大（{chars} 字），浏览器无法自动保存；关闭页面前请把全文复制保存到文件。"),
                        true,
                    );
                }
            }
            Action::Durable(Err(())) => {
                next.durable = Some(false);
                next.notify(
                    "此处浏览器不能使用 IndexedDB（例如从本地文件打开时），草稿只存在 localStorage 中：浏览器崩溃时，最后几秒的输入可能丢失。".into(),
                    false,
                );
            }
            Action::Durable(Ok(saved)) => {
                next.durable = Some(true);
                // A later copy than the one restored at start — the last
                // seconds before a crash, which localStorage had not
                // written yet — while nothing was changed since.
                let untouched = next.undo.is_empty() && (next.restored || &*next.draft == DEMO);
                if let Some(saved) = saved.filter(|s| untouched && s.at > next.saved_at) {
                    next.restore(saved);
                }
            }
            Action::DiscardRestored => {
                // The empty draft is saved over the old one by autosave.
                next.review.ignored = Rc::new(BTreeSet::new());
                next.review.headings = Rc::default();
                next.replace(Rc::from(""), true);
                next.undo.clear();
                next.restored = false;
                next.notice("已丢弃恢复的草稿。".into());
            }
            Action::Undo => {
                let Some(change) = next.undo.pop() else {
                    return self;
                };
                next.notice("已撤销。".into());
                let fresh = change.document.is_some();
                if let Some(document) = change.document {
                    next.review.ignored = document.ignored;
                    next.review.headings = document.headings;
                    next.source = document.source;
                }
                next.replace(change.before, fresh);
            }
        }
        Rc::new(next)
    }
}

impl State {
    /// Whether the highlights describe the text in the textarea.
    pub fn is_current(&self) -> bool {
        *self.checked.text == *self.draft
    }

    /// Whether 撤销 undoes an app change: there is one, and the user has
    /// not typed since (then the textarea's own undo is theirs).
    pub fn can_undo(&self) -> bool {
        self.undo.last().is_some_and(|c| *c.after == *self.draft)
    }

    /// How many findings offer a safe fix.
    pub fn safe_fixes(&self) -> usize {
        self.checked
            .report
            .findings
            .iter()
            .filter(|f| f.has_fix(Applicability::Safe))
            .count()
    }

    fn fix_all(&self, select: impl Fn(&Finding) -> bool) -> gongwen::Fixed {
        fix_all_prepared(&self.draft, &prepared(&self.review.config()), |f, _| {
            select(f)
        })
    }

    /// Puts `text` in the textarea and checks it at once.
    fn replace(&mut self, text: Rc<str>, fresh: bool) {
        self.checked = Checked::run(text.clone(), &self.review);
        self.draft = text;
        self.selected = None;
        self.loaded = Loaded {
            seq: self.loaded.seq + 1,
            fresh,
        };
    }

    /// Checks the draft again at once (the review changed).
    fn recheck(&mut self) {
        self.checked = Checked::run(self.draft.clone(), &self.review);
        self.selected = None;
    }

    /// An app change to the draft, remembered for 撤销.
    fn change(&mut self, text: Rc<str>) {
        // Typing since the last change makes the older ones meaningless.
        if !self.can_undo() {
            self.undo.clear();
        }
        self.undo.push(Change {
            before: self.draft.clone(),
            after: text.clone(),
            document: None,
        });
        self.replace(text, false);
    }

    fn notice(&mut self, text: String) {
        self.notify(text, false);
    }

    fn notify(&mut self, text: String, error: bool) {
        self.notice = Some(Notice {
            text,
            seq: self.notice.as_ref().map_or(1, |n| n.seq + 1),
            error,
        });
    }
}

fn reveal(state: &State, range: Range<usize>, anchor: Anchor) -> Reveal {
    Reveal {
        range,
        anchor,
        seq: state.reveal.as_ref().map_or(1, |r| r.seq + 1),
    }
}

/// The soak test: ten thousand random edits through the app's one state,
/// each checked, as a long editing session would make them. No panic, the
/// highlights always describe the draft, and what the state keeps does not
/// grow with the session.
#[cfg(test)]
mod soak {
    use super::*;

    /// Pieces an editing session types, pastes and deletes.
    const PIECES: &[&str] = &[
        "全年新增企业xx家，",
        "同比增长12.5%。",
        "完成完成",
        "\n一、工作总结\n",
        "（一）稳运行。",
        "\r\n",
        "𠀀",
        "e\u{301}",
        "\u{200b}",
        "，，",
        "发(fā)展",
        "2024年已完成",
        "下面是小编为大家整理的工作总结，供大家参考。\n",
        "　",
    ];

    struct Rng(u64);

    impl Rng {
        fn next(&mut self, n: usize) -> usize {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            (self.0 % n.max(1) as u64) as usize
        }
    }

    /// One settings file gives the app the findings the JS module gives
    /// (and the CLI: its own test compares it with the JS module).
    #[test]
    fn the_app_finds_what_the_js_module_finds_with_one_settings_file() {
        let settings = include_str!("../tests/fixtures/settings/gongwen.toml");
        let draft = include_str!("../tests/fixtures/settings/draft.txt");
        let state = State::restored(None, gongwen_config::parse(settings).expect("settings"));
        let state = Rc::new(state).reduce(Action::Typed(Rc::from(draft)));
        let checked = Checked::run(state.draft.clone(), &state.review);
        let options = gongwen_wasm::Options {
            settings: Some(settings.to_owned()),
            ..Default::default()
        };
        let js = gongwen_wasm::check_document(draft, &options).expect("checks");
        let key = |rule: &str, start: usize, message: &str| format!("{rule} {start} {message}");
        let app: Vec<String> = checked
            .report
            .findings
            .iter()
            .map(|f| key(f.rule, draft[..f.range.start].chars().count(), &f.message))
            .collect();
        let js: Vec<String> = serde_json::to_value(&js).expect("json")["findings"]
            .as_array()
            .expect("findings")
            .iter()
            .map(|f| {
                key(
                    f["rule"].as_str().unwrap_or_default(),
                    f["start"].as_u64().unwrap_or_default() as usize,
                    f["message"].as_str().unwrap_or_default(),
                )
            })
            .collect();
        assert!(app.len() >= 5, "{app:?}");
        assert_eq!(app, js);
    }

    fn saved(text: &str, at: u64) -> crate::storage::Saved {
        crate::storage::Saved {
            text: text.to_owned(),
            genre: None,
            ignored: Vec::new(),
            headings: Vec::new(),
            previous: String::new(),
            at,
        }
    }

    /// The durable copy, read after start, wins when it is later than the
    /// one localStorage gave, and only while nothing was changed.
    #[test]
    fn a_later_durable_copy_is_restored_while_nothing_was_changed() {
        let state = Rc::new(State::restored(
            Some(saved("全年新增企业12家。", 100)),
            Settings::default(),
        ));
        let later = state.clone().reduce(Action::Durable(Ok(Some(saved(
            "全年新增企业12家，增长8%。",
            200,
        )))));
        assert_eq!(&*later.draft, "全年新增企业12家，增长8%。");
        let older = state
            .clone()
            .reduce(Action::Durable(Ok(Some(saved("旧稿。", 50)))));
        assert_eq!(&*older.draft, "全年新增企业12家。");
        // Over the demo (localStorage kept nothing), the durable copy.
        let demo = Rc::new(State::restored(None, Settings::default()));
        let later = demo
            .clone()
            .reduce(Action::Durable(Ok(Some(saved("崩溃前的草稿。", 200)))));
        assert_eq!(&*later.draft, "崩溃前的草稿。");
        assert!(later.restored);
        // Never over what the user typed since.
        let typed = demo
            .clone()
            .reduce(Action::Typed(Rc::from("刚刚输入的文字。")))
            .reduce(Action::Durable(Ok(Some(saved("崩溃前的草稿。", 200)))));
        assert_eq!(&*typed.draft, "刚刚输入的文字。");
        // Without IndexedDB, a notice says what is at stake.
        let fallback = demo.reduce(Action::Durable(Err(())));
        assert_eq!(fallback.durable, Some(false));
    }

    #[test]
    fn the_same_text_typed_again_keeps_the_check_under_way() {
        let state = Rc::new(State::restored(None, Settings::default()));
        let state = state.reduce(Action::Typed(Rc::from("全年新增企业12家。布署")));
        // A check starts for this draft...
        let checked = Checked::run(state.draft.clone(), &state.review);
        // ...and the input method fires a second event with the same text.
        let state = state.reduce(Action::Typed(Rc::from("全年新增企业12家。布署")));
        let state = state.reduce(Action::Checked(checked));
        assert!(state.is_current());
        assert!(Rc::ptr_eq(&state.checked.text, &state.draft));
    }

    /// A character boundary of `text` picked by `rng`.
    fn boundary(text: &str, rng: &mut Rng) -> usize {
        let n = text.chars().count();
        text.char_indices()
            .nth(rng.next(n + 1))
            .map_or(text.len(), |(i, _)| i)
    }

    /// The process's resident memory, where the system says it
    /// (`/proc/self/statm` on Linux; pages of 4 KB).
    fn resident_bytes() -> Option<usize> {
        let statm = std::fs::read_to_string("/proc/self/statm").ok()?;
        let pages: usize = statm.split_whitespace().nth(1)?.parse().ok()?;
        Some(pages * 4096)
    }

    #[test]
    fn ten_thousand_edits() {
        let mut rng = Rng(0x2545_F491_4F6C_DD1D);
        let mut state = Rc::new(State::restored(None, Settings::default()));
        let mut longest_undo = 0;
        let mut resident = Vec::new();
        for step in 0..10_000 {
            let draft: &str = &state.draft;
            let at = boundary(draft, &mut rng);
            let mut text = draft.to_owned();
            if rng.next(3) == 0 || text.len() > 3_000 {
                let end = boundary(&text[at..], &mut rng) + at;
                text.replace_range(at..end, "");
            } else {
                text.insert_str(at, PIECES[rng.next(PIECES.len())]);
            }
            state = state.reduce(Action::Typed(Rc::from(text)));
            let checked = Checked::run(state.draft.clone(), &state.review);
            state = state.reduce(Action::Checked(checked));
            assert!(state.is_current(), "step {step}");
            match rng.next(10) {
                0 => state = state.reduce(Action::FixSafe),
                1 => state = state.reduce(Action::Undo),
                2 if !state.checked.report.findings.is_empty() => {
                    let i = rng.next(state.checked.report.findings.len());
                    state = state.reduce(Action::Ignore(i));
                }
                3 if !state.checked.report.findings.is_empty() => {
                    let i = rng.next(state.checked.report.findings.len());
                    state = state.reduce(Action::Select(i));
                }
                _ => {}
            }
            let text = &state.checked.text;
            for f in &state.checked.report.findings {
                assert!(f.range.end <= text.len(), "step {step}");
                assert!(text.is_char_boundary(f.range.start) && text.is_char_boundary(f.range.end));
            }
            longest_undo = longest_undo.max(state.undo.len());
            if step % 1_000 == 999 {
                resident.extend(resident_bytes());
            }
        }
        // Memory stays bounded: from the 2,000th edit (when the other tests
        // of this binary are long done and the allocator has its working
        // set) to the last, the process grows by less than 8 MB. Keeping a
        // copy of each draft (≥ 1 KB) would grow it by more.
        eprintln!("resident memory every 1,000 edits: {resident:?}");
        if let (Some(early), Some(late)) = (resident.get(1), resident.last()) {
            assert!(late.saturating_sub(*early) < 8 << 20, "{resident:?}");
        }
        // Typing clears the undo list; ignored findings are only those of
        // findings that existed. Neither grows with the session.
        assert!(longest_undo <= 10, "undo list grew to {longest_undo}");
        assert!(
            state.review.ignored.len() <= 2_000,
            "{}",
            state.review.ignored.len()
        );
    }
}
