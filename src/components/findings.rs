//! 问题: findings grouped by category, with the numbers each one involves.
//! A draft with thousands of findings (a PDF pasted whole) draws the first
//! entries and more as the list is scrolled towards its end, so a check
//! lands in a few milliseconds however many it found.

use super::use_app_state;
use crate::state::{Action, AppState, Checked, Filter, State};
use gongwen::{Applicability, Category, Severity};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// Entries drawn at first, and added whenever the list is scrolled near
/// its end: a few screens' worth.
const PAGE: usize = 100;

#[function_component(FindingsPanel)]
pub fn findings_panel() -> Html {
    let state = use_app_state();
    let limit = use_state_eq(|| PAGE);
    // The selected entry scrolls into view, however it was selected (F8, a
    // click in the text).
    let list = use_node_ref();
    {
        let (list, selected) = (list.clone(), state.view.selected);
        use_effect_with(state.view.list_reveal, move |_| {
            let entry = selected.and_then(|i| {
                list.cast::<web_sys::Element>()?
                    .query_selector(&format!("li[data-finding=\"{i}\"]"))
                    .ok()
                    .flatten()
            });
            if let Some(entry) = entry {
                let options = web_sys::ScrollIntoViewOptions::new();
                options.set_block(web_sys::ScrollLogicalPosition::Nearest);
                entry.scroll_into_view_with_scroll_into_view_options(&options);
            }
        });
    }
    let checked = &state.checked;
    let findings = &checked.report.findings;
    let stories = html! {
        <Stories
            word={state.draft.word.as_ref().map(|w| w.bytes.clone())}
            review={checked.review.clone()}
            year={checked.report.year()} />
    };
    if findings.is_empty() {
        let text = if checked.text.trim().is_empty() {
            "粘贴草稿后，这里会列出发现的问题。"
        } else if state.draft.word.is_some() {
            "正文没有发现问题。"
        } else {
            "没有发现问题。"
        };
        return html! { <div class="findings empty" ref={list}>{text}{stories}</div> };
    }
    let filter = &state.view.filter;
    let shown: Vec<usize> = (0..findings.len())
        .filter(|&i| filter.admits(&findings[i], &checked.text))
        .collect();
    // The selected entry is always drawn (F8 and a click in the text
    // select findings far down the list).
    let at = |i: usize| {
        let cat = findings[i].category;
        let before = shown
            .iter()
            .filter(|&&k| rank(findings[k].category) < rank(cat))
            .count();
        before
            + shown
                .iter()
                .filter(|&&k| k < i && findings[k].category == cat)
                .count()
    };
    let drawn = (*limit).max(state.view.selected.map_or(0, |i| at(i) + PAGE / 2));
    let onscroll = {
        let limit = limit.clone();
        let total = shown.len();
        Callback::from(move |e: Event| {
            let el: web_sys::Element = e.target_unchecked_into();
            let near_end = el.scroll_top() + 2 * el.client_height() >= el.scroll_height();
            if near_end && drawn < total {
                limit.set(drawn + PAGE);
            }
        })
    };
    html! {
        <div class="findings" ref={list} role="list" aria-label="发现的问题" {onscroll}>
            {filter_bar(&state, shown.len(), findings.len())}
            if shown.is_empty() {
                <p class="no-match">{"没有符合筛选条件的问题。"}</p>
            }
            <Groups
                checked={checked.clone()}
                shown={Rc::<[usize]>::from(shown)}
                {drawn}
                selected={state.view.selected}
                current={state.is_current()}
                dispatch={state.dispatcher()} />
            {stories}
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct StoriesProps {
    /// The opened Word file's bytes.
    word: Option<Rc<[u8]>>,
    review: crate::state::Review,
    /// The year of the draft's title.
    year: Option<u32>,
}

/// 页眉、页脚和脚注: an opened Word file's footnotes, endnotes, headers
/// and footers, checked as texts beside the draft (as the CLI and the
/// annotated Word file check them). They are not in the draft, so they
/// are listed, not marked; 导出 → 带批注的 Word 文件 puts them in as
/// comments. Checked once per file and settings, not on every keystroke.
#[function_component(Stories)]
fn stories(props: &StoriesProps) -> Html {
    let found = use_memo(
        (props.word.clone(), props.review.clone(), props.year),
        |(bytes, review, year)| {
            let Some(bytes) = bytes else {
                return Vec::new();
            };
            let stories = gongwen_import::docx_stories(bytes).unwrap_or_default();
            let leave = |f: &gongwen::Finding, text: &str| review.settings.is_ignored(f, text);
            gongwen_json::word::check_stories(stories, &review.config(), *year, &leave)
                .into_iter()
                .flat_map(|(story, report)| {
                    report
                        .findings
                        .into_iter()
                        .map(|f| (story.kind.label(), story.text.clone(), f))
                        .collect::<Vec<_>>()
                })
                .collect::<Vec<_>>()
        },
    );
    if found.is_empty() {
        return Html::default();
    }
    let items = found.iter().map(|(kind, text, f)| {
        html! {
            <li class={classes!("finding", "story-finding", format!("sev-{}", f.severity.name()), format!("cat-{}", f.category.name()))}
                data-rule={f.rule} data-category={f.category.name()}>
                <div class="where">
                    <span class="line">{*kind}</span>
                    <code class="snippet">{text.get(f.range.clone()).unwrap_or_default().to_owned()}</code>
                    <span class="rule" title={format!("规则编号 {}（设置文件中用）", f.rule)}>{gongwen::rules::title(f.rule)}</span>
                </div>
                <p class="message">{f.message.clone()}</p>
            </li>
        }
    });
    html! {
        <section class="group stories" aria-label="页眉、页脚和脚注">
            <h2>{"页眉、页脚和脚注"}<span class="count">{found.len()}</span></h2>
            <p class="hint">{"这些文字不在正文中，请在 Word 里修改；导出“带批注的 Word 文件”时会写成批注和修订。"}</p>
            <ul>{ for items }</ul>
        </section>
    }
}

/// Where a category's group stands in the list.
fn rank(cat: Category) -> usize {
    Category::ALL.iter().position(|&c| c == cat).unwrap_or(0)
}

#[derive(Properties, PartialEq)]
struct GroupsProps {
    checked: Rc<Checked>,
    /// The findings the filter admits, in order.
    shown: Rc<[usize]>,
    /// How many entries to draw.
    drawn: usize,
    selected: Option<usize>,
    /// Whether the draft is the checked text (fixes wait for the check).
    current: bool,
    dispatch: UseReducerDispatcher<State>,
}

/// The list itself, by category. Typing changes none of its props but
/// `current`, once: the list is not drawn again on every keystroke.
#[function_component(Groups)]
fn groups(props: &GroupsProps) -> Html {
    let findings = &props.checked.report.findings;
    let mut budget = props.drawn;
    let groups = Category::ALL.iter().filter_map(|&cat| {
        let items: Vec<usize> = props
            .shown
            .iter()
            .copied()
            .filter(|&i| findings[i].category == cat)
            .collect();
        let take = items.len().min(budget);
        budget -= take;
        (take > 0).then_some((cat, items, take))
    });
    let groups: Html = groups
        .map(|(cat, items, take)| html! {
            <section class={classes!("group", format!("cat-{}", cat.name()))} data-category={cat.name()}>
                <h2><span class="swatch"></span>{cat.label()}<span class="count">{items.len()}</span></h2>
                <ul>
                    { for items[..take].iter().map(|&i| entry(props, i)) }
                </ul>
            </section>
        })
        .collect();
    let rest = props.shown.len().saturating_sub(props.drawn);
    html! {
        <>
            {groups}
            if rest > 0 {
                <p class="more">{format!("向下滚动显示其余 {rest} 条……")}</p>
            }
        </>
    }
}

fn entry(props: &GroupsProps, i: usize) -> Html {
    let checked = &props.checked;
    let state = &props.dispatch;
    let f = &checked.report.findings[i];
    let text = &checked.text;
    let at = checked.index.line_col(text, f.range.start);
    let onclick = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::Select(i)))
    };
    // A finding is a Tab stop: Enter or Space shows it, as a click does.
    let onkeydown = {
        let state = state.clone();
        Callback::from(move |e: KeyboardEvent| {
            let on_entry = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .is_some_and(|t| t.matches(".finding").unwrap_or(false));
            if on_entry && matches!(e.key().as_str(), "Enter" | " ") {
                e.prevent_default();
                state.dispatch(Action::Select(i));
            }
        })
    };
    let ignore = {
        let state = state.clone();
        Callback::from(move |e: MouseEvent| {
            e.stop_propagation();
            state.dispatch(Action::Ignore(i))
        })
    };
    let apply = {
        let state = state.clone();
        Callback::from(move |e: MouseEvent| {
            e.stop_propagation();
            state.dispatch(Action::Fix(i))
        })
    };
    // A finding may point at many places (every half-width mark of the
    // document): list the first few.
    const SHOWN: usize = 5;
    let more = f.related.len().saturating_sub(SHOWN);
    let related = f.related.iter().take(SHOWN).map(|r| {
        if r.previous {
            // A place in last year's report: shown in 上年报告 on a click.
            let previous = &checked.review.previous;
            let line = previous
                .get(..r.range.start)
                .map_or(0, |b| b.matches('\n').count())
                + 1;
            let show = {
                let state = state.clone();
                let range = r.range.clone();
                Callback::from(move |e: MouseEvent| {
                    e.stop_propagation();
                    state.dispatch(Action::ShowPrevious(range.clone()))
                })
            };
            return html! {
                <li class="related previous">
                    <button class="link show-previous" onclick={show}>
                        {format!("上年报告第 {line} 行")}
                    </button>
                    {format!(" {}", r.message)}
                </li>
            };
        }
        let at = checked.index.line_col(text, r.range.start);
        html! {
            <li class="related">
                <code>{text.get(r.range.clone()).unwrap_or_default().to_owned()}</code>
                {format!(" {}（第 {} 行）", r.message, at.line)}
            </li>
        }
    });
    let class = classes!(
        "finding",
        format!("sev-{}", f.severity.name()),
        (props.selected == Some(i)).then_some("active")
    );
    html! {
        <li {class} data-finding={i.to_string()} data-rule={f.rule} data-category={f.category.name()} tabindex="0" {onclick} {onkeydown}>
            <div class="where">
                <span class="line">{format!("第 {} 行", at.line)}</span>
                <code class="snippet">{text[f.range.clone()].to_owned()}</code>
                <span class="rule" title={format!("规则编号 {}（设置文件中用）", f.rule)}>{gongwen::rules::title(f.rule)}</span>
            </div>
            <p class="message">{f.message.clone()}</p>
            <div class="finding-actions">
                <button class="ignore" data-finding={i.to_string()} onclick={ignore}
                    title="本文档中不再提示这一处（可在“设置”中恢复）">{"忽略"}</button>
            </div>
            if let Some(fix) = &f.fix {
                <div class="fix">
                    <button class="apply-fix" data-finding={i.to_string()} onclick={apply}
                        disabled={!props.current}>{"修复"}</button>
                    <span class="fix-title">{fix.title.clone()}</span>
                    if fix.applicability == Applicability::Unsafe {
                        <span class="unsafe">{"请核对后再修复"}</span>
                    }
                </div>
            }
            if !f.related.is_empty() {
                <ul class="related-list">
                    { for related }
                    if more > 0 {
                        <li class="related">{format!("……另有 {more} 处")}</li>
                    }
                </ul>
            }
        </li>
    }
}

/// Category, severity and search, above the list.
fn filter_bar(state: &AppState, shown: usize, total: usize) -> Html {
    let filter = state.view.filter.clone();
    let findings = &state.checked.report.findings;
    let set = |change: fn(&mut Filter, String)| {
        let (state, filter) = (state.clone(), filter.clone());
        move |value: String| {
            let mut next = filter.clone();
            change(&mut next, value);
            state.dispatch(Action::Filter(next));
        }
    };
    let on_category = {
        let set = set(|f, v| f.category = Category::ALL.iter().copied().find(|c| c.name() == v));
        Callback::from(move |e: Event| set(e.target_unchecked_into::<HtmlSelectElement>().value()))
    };
    let on_severity = {
        let set = set(|f, v| {
            f.severity = [Severity::Error, Severity::Warning, Severity::Info]
                .into_iter()
                .find(|s| s.name() == v)
        });
        Callback::from(move |e: Event| set(e.target_unchecked_into::<HtmlSelectElement>().value()))
    };
    let on_query = {
        let set = set(|f, v| f.query = v);
        Callback::from(move |e: InputEvent| {
            set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let categories = Category::ALL.iter().filter_map(|&c| {
        let n = findings.iter().filter(|f| f.category == c).count();
        (n > 0).then(|| html! {
            <option value={c.name()} selected={filter.category == Some(c)}>{format!("{}（{n}）", c.label())}</option>
        })
    });
    html! {
        <div class="filter-bar" role="search">
            <select id="filter-category" aria-label="按类别筛选" onchange={on_category}>
                <option value="" selected={filter.category.is_none()}>{"全部类别"}</option>
                { for categories }
            </select>
            <select id="filter-severity" aria-label="按级别筛选" onchange={on_severity}>
                <option value="" selected={filter.severity.is_none()}>{"全部级别"}</option>
                { for [Severity::Error, Severity::Warning, Severity::Info].into_iter().map(|s| html! {
                    <option value={s.name()} selected={filter.severity == Some(s)}>{s.label()}</option>
                }) }
            </select>
            <input id="filter-query" type="search" placeholder="搜索问题" aria-label="搜索问题" value={filter.query.clone()} oninput={on_query} />
            if filter.is_active() {
                <span class="filter-count">{format!("{shown}/{total}")}</span>
            }
        </div>
    }
}
