//! The app's state, in one place: what the user typed, what the engine found
//! in it, what is selected and what the editor is asked to show. Components
//! read it through the context and change it only by dispatching an
//! [`Action`]; the reducer is the one place that decides what follows.

use gongwen::outline::Genre;
use gongwen::{check, Config, LineIndex, Report};
use std::ops::Range;
use std::rc::Rc;
use yew::prelude::*;

/// The demo draft shown on first visit: written for this project, in the
/// genre, with the kinds of defects the checker finds.
pub const DEMO: &str = include_str!("../static/demo.txt");

/// What components get from the context.
pub type AppState = UseReducerHandle<State>;

/// A draft together with what the engine found in it. The highlights are
/// drawn only while the textarea still holds exactly this text.
#[derive(Debug)]
pub struct Checked {
    pub text: Rc<str>,
    /// The genre the text was checked as (`None`: detected).
    pub genre: Option<Genre>,
    pub report: Report,
    pub index: LineIndex,
    pub ms: f64,
}

impl PartialEq for Checked {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.text, &other.text) && self.genre == other.genre
    }
}

impl Checked {
    /// Checks `text` as a report of `genre` (`None`: detect it), timing it.
    pub fn run(text: Rc<str>, genre: Option<Genre>) -> Rc<Checked> {
        let config = Config {
            genre,
            ..Config::default()
        };
        let perf = web_sys::window().and_then(|w| w.performance());
        let t0 = perf.as_ref().map_or(0.0, |p| p.now());
        let report = check(&text, &config);
        let ms = perf.as_ref().map_or(0.0, |p| p.now()) - t0;
        let index = LineIndex::new(&text);
        Rc::new(Checked {
            text,
            genre,
            report,
            index,
            ms,
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    Findings,
    Outline,
    Metrics,
    Help,
}

/// Which element of the highlight layer stands over a range, so the editor
/// can scroll it into view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    Finding(usize),
    Metric(usize),
    Heading(usize),
}

/// A request to the editor: select `range` and scroll it into view. `seq`
/// grows with every request, so asking twice for the same range works.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reveal {
    pub range: Range<usize>,
    pub anchor: Anchor,
    pub seq: u64,
}

#[derive(Debug, Clone)]
pub struct State {
    /// What the textarea holds.
    pub draft: Rc<str>,
    /// The last check; its text may lag behind `draft` while typing.
    pub checked: Rc<Checked>,
    /// The genre the user picked (`None`: detect it).
    pub genre: Option<Genre>,
    /// The finding selected in the list, by index into the report.
    pub selected: Option<usize>,
    pub tab: Tab,
    pub reveal: Option<Reveal>,
    /// Grows whenever the draft is replaced from outside the textarea (示例,
    /// 清空): the editor then writes `draft` into the textarea.
    pub loaded: u64,
}

impl PartialEq for State {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.draft, &other.draft)
            && Rc::ptr_eq(&self.checked, &other.checked)
            && self.genre == other.genre
            && self.selected == other.selected
            && self.tab == other.tab
            && self.reveal == other.reveal
            && self.loaded == other.loaded
    }
}

impl Default for State {
    fn default() -> Self {
        // The browser compiles the wasm code lazily, on its first call: check
        // once to warm up, so that the status line shows what a check costs.
        let _ = check(DEMO, &Config::default());
        let draft: Rc<str> = Rc::from(DEMO);
        State {
            checked: Checked::run(draft.clone(), None),
            draft,
            genre: None,
            selected: None,
            tab: Tab::Findings,
            reveal: None,
            loaded: 1,
        }
    }
}

#[derive(Debug)]
pub enum Action {
    /// The user typed or pasted: `draft` is the textarea's new value. The
    /// check follows after a pause (`hooks::use_debounced_check`).
    Typed(Rc<str>),
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
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Typed(text) => {
                next.draft = text;
                next.selected = None;
            }
            Action::Load(text) => {
                next.checked = Checked::run(text.clone(), next.genre);
                next.draft = text;
                next.selected = None;
                next.loaded += 1;
            }
            Action::Checked(checked) => {
                // A check started before the draft or the genre changed
                // again is stale: the next one is on its way.
                if !Rc::ptr_eq(&checked.text, &next.draft) || checked.genre != next.genre {
                    return self;
                }
                next.checked = checked;
            }
            Action::Genre(genre) => {
                next.genre = genre;
                next.checked = Checked::run(next.draft.clone(), genre);
                next.selected = None;
            }
            Action::Select(i) => {
                let Some(f) = next.checked.report.findings.get(i) else {
                    return self;
                };
                next.reveal = Some(reveal(&self, f.range.clone(), Anchor::Finding(i)));
                next.selected = Some(i);
            }
            Action::Reveal(range, anchor) => next.reveal = Some(reveal(&self, range, anchor)),
            Action::Tab(tab) => next.tab = tab,
        }
        Rc::new(next)
    }
}

fn reveal(state: &State, range: Range<usize>, anchor: Anchor) -> Reveal {
    Reveal {
        range,
        anchor,
        seq: state.reveal.as_ref().map_or(1, |r| r.seq + 1),
    }
}
