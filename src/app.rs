//! The page: header, editor, findings panel and status line.

use crate::editor::Editor;
use crate::panel::{FindingsPanel, HelpPanel, MetricsPanel, OutlinePanel};
use gloo_timers::callback::Timeout;
use gongwen::{check, Config, LineIndex, Report, Severity};
use std::rc::Rc;
use web_sys::{HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

/// The demo draft shown on first visit: written for this project, in the
/// genre, with the kinds of defects the checker finds.
pub const DEMO: &str = include_str!("../static/demo.txt");

/// The genres a user can pick (names as in the engine's `genres.json`).
const GENRES: &[(&str, &str)] = &[
    ("annual", "年度工作总结及计划"),
    ("half-year", "半年工作总结"),
    ("summary", "工作总结"),
    ("duty", "述职报告"),
    ("self-check", "自查报告"),
];

/// How long typing must pause before the draft is checked again.
const DEBOUNCE_MS: u32 = 150;

/// A draft together with what the engine found in it. The highlights are
/// drawn only while the textarea still holds exactly this text.
#[derive(Debug)]
pub struct Checked {
    pub text: Rc<str>,
    pub report: Report,
    pub index: LineIndex,
    pub ms: f64,
}

impl PartialEq for Checked {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.text, &other.text) && self.report == other.report
    }
}

/// Checks `text` as a report of `genre` (`None`: detect it).
fn run_check(text: Rc<str>, genre: Option<&str>) -> Rc<Checked> {
    let config = Config {
        genre: genre.map(str::to_owned),
        ..Config::default()
    };
    let perf = web_sys::window().and_then(|w| w.performance());
    let t0 = perf.as_ref().map_or(0.0, |p| p.now());
    let report = check(&text, &config);
    let ms = perf.as_ref().map_or(0.0, |p| p.now()) - t0;
    let index = LineIndex::new(&text);
    Rc::new(Checked {
        text,
        report,
        index,
        ms,
    })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tab {
    Findings,
    Outline,
    Metrics,
    Help,
}

#[function_component(App)]
pub fn app() -> Html {
    let draft = use_state(|| Rc::<str>::from(DEMO));
    let checked = use_state(|| {
        // The browser compiles the wasm code lazily, on its first call: check
        // once to warm up, so that the status line shows what a check costs.
        let _ = check(DEMO, &Config::default());
        run_check(Rc::from(DEMO), None)
    });
    let selected = use_state(|| None::<usize>);
    let tab = use_state(|| Tab::Findings);
    let timer = use_mut_ref(|| None::<Timeout>);
    // The genre the user picked (None: detect it). Read when a check runs.
    let genre = use_mut_ref(|| None::<&'static str>);
    let textarea = use_node_ref();

    let on_input = {
        let (draft, checked, selected, timer, genre) = (
            draft.clone(),
            checked.clone(),
            selected.clone(),
            timer.clone(),
            genre.clone(),
        );
        Callback::from(move |text: String| {
            let text: Rc<str> = Rc::from(text);
            draft.set(text.clone());
            selected.set(None);
            let (checked, genre) = (checked.clone(), genre.clone());
            // Dropping the previous timeout cancels it.
            *timer.borrow_mut() = Some(Timeout::new(DEBOUNCE_MS, move || {
                checked.set(run_check(text, *genre.borrow()))
            }));
        })
    };

    let load = {
        let (draft, checked, selected, timer, textarea, genre) = (
            draft.clone(),
            checked.clone(),
            selected.clone(),
            timer.clone(),
            textarea.clone(),
            genre.clone(),
        );
        move |content: &'static str| {
            let (draft, checked, selected, timer, textarea, genre) = (
                draft.clone(),
                checked.clone(),
                selected.clone(),
                timer.clone(),
                textarea.clone(),
                genre.clone(),
            );
            Callback::from(move |_: MouseEvent| {
                timer.borrow_mut().take();
                if let Some(el) = textarea.cast::<HtmlTextAreaElement>() {
                    el.set_value(content);
                    el.set_scroll_top(0);
                    let _ = el.focus();
                }
                let text: Rc<str> = Rc::from(content);
                draft.set(text.clone());
                checked.set(run_check(text, *genre.borrow()));
                selected.set(None);
            })
        }
    };

    let on_genre = {
        let (draft, checked, genre) = (draft.clone(), checked.clone(), genre.clone());
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            let picked = GENRES
                .iter()
                .map(|(name, _)| *name)
                .find(|name| *name == value);
            *genre.borrow_mut() = picked;
            checked.set(run_check((*draft).clone(), picked));
        })
    };

    let on_select = {
        let selected = selected.clone();
        Callback::from(move |i: usize| selected.set(Some(i)))
    };

    let report = &checked.report;
    let errors = report
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .count();
    let warnings = report.findings.len() - errors;
    let chars = draft.chars().filter(|c| !c.is_whitespace()).count();
    let tab_button = |t: Tab, label: &'static str| {
        let tab = tab.clone();
        let class = classes!("tab", (*tab == t).then_some("active"));
        html! { <button {class} onclick={Callback::from(move |_| tab.set(t))}>{label}</button> }
    };

    html! {
        <div class="page">
            <header class="top">
                <div class="brand">
                    <h1>{"公文体检"}</h1>
                    <p class="tagline">{"粘贴工作报告草稿，立即标出未填写的占位符等问题。全部在本机浏览器内完成，文字不会上传。"}</p>
                </div>
                <div class="actions">
                    <label class="genre">{"报告类型"}
                        <select id="genre" onchange={on_genre}>
                            <option value="auto" selected=true>{"自动识别"}</option>
                            { for GENRES.iter().map(|(name, label)| html! { <option value={*name}>{*label}</option> }) }
                        </select>
                    </label>
                    <button id="load-demo" onclick={load(DEMO)}>{"示例"}</button>
                    <button id="clear" onclick={load("")}>{"清空"}</button>
                </div>
            </header>
            <main class="work">
                <Editor
                    textarea={textarea.clone()}
                    initial={DEMO}
                    draft={(*draft).clone()}
                    checked={(*checked).clone()}
                    selected={*selected}
                    show_metrics={*tab == Tab::Metrics}
                    on_input={on_input}
                />
                <aside class="side">
                    <nav class="tabs">
                        {tab_button(Tab::Findings, "问题")}
                        {tab_button(Tab::Outline, "大纲")}
                        {tab_button(Tab::Metrics, "关键指标")}
                        {tab_button(Tab::Help, "规则说明")}
                    </nav>
                    {match *tab {
                        Tab::Findings => html! {
                            <FindingsPanel
                                checked={(*checked).clone()}
                                textarea={textarea.clone()}
                                selected={*selected}
                                {on_select}
                            />
                        },
                        Tab::Outline => html! { <OutlinePanel checked={(*checked).clone()} textarea={textarea.clone()} /> },
                        Tab::Metrics => html! { <MetricsPanel checked={(*checked).clone()} textarea={textarea.clone()} /> },
                        Tab::Help => html! { <HelpPanel /> },
                    }}
                </aside>
            </main>
            <footer class="status" id="status">
                <span>{format!("字数 {chars}")}</span>
                <span id="finding-count">{format!("问题 {}（错误 {errors}，警告 {warnings}）", report.findings.len())}</span>
                <span>{format!("用时 {:.1} ms", checked.ms)}</span>
            </footer>
        </div>
    }
}
