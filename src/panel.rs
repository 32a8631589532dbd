//! The side panels: findings grouped by category, and the rules' help.

use crate::app::Checked;
use gongwen::{Category, RULES};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, HtmlTextAreaElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FindingsProps {
    pub checked: Rc<Checked>,
    pub textarea: NodeRef,
    pub selected: Option<usize>,
    pub on_select: Callback<usize>,
}

#[function_component(FindingsPanel)]
pub fn findings_panel(props: &FindingsProps) -> Html {
    let checked = &props.checked;
    let findings = &checked.report.findings;
    if findings.is_empty() {
        let text = if checked.text.trim().is_empty() {
            "粘贴草稿后，这里会列出发现的问题。"
        } else {
            "没有发现问题。"
        };
        return html! { <div class="findings empty">{text}</div> };
    }
    let groups = Category::ALL.iter().filter_map(|&cat| {
        let items: Vec<usize> = (0..findings.len())
            .filter(|&i| findings[i].category == cat)
            .collect();
        (!items.is_empty()).then_some((cat, items))
    });
    html! {
        <div class="findings">
            { for groups.map(|(cat, items)| html! {
                <section class={classes!("group", format!("cat-{}", cat.name()))} data-category={cat.name()}>
                    <h2><span class="swatch"></span>{cat.label()}<span class="count">{items.len()}</span></h2>
                    <ul>
                        { for items.into_iter().map(|i| entry(props, i)) }
                    </ul>
                </section>
            }) }
        </div>
    }
}

fn entry(props: &FindingsProps, i: usize) -> Html {
    let checked = &props.checked;
    let f = &checked.report.findings[i];
    let text = &checked.text;
    let at = checked.index.line_col(text, f.range.start);
    let onclick = {
        let (checked, textarea, on_select) = (
            checked.clone(),
            props.textarea.clone(),
            props.on_select.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let f = &checked.report.findings[i];
            reveal(
                &checked,
                &textarea,
                f.range.clone(),
                &format!("mark[data-finding=\"{i}\"]"),
            );
            on_select.emit(i);
        })
    };
    let related = f.related.iter().map(|r| {
        let at = checked.index.line_col(text, r.range.start);
        html! {
            <li class="related">
                <code>{text[r.range.clone()].to_owned()}</code>
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
        <li {class} data-finding={i.to_string()} data-rule={f.rule} data-category={f.category.name()} {onclick}>
            <div class="where">
                <span class="line">{format!("第 {} 行", at.line)}</span>
                <code class="snippet">{text[f.range.clone()].to_owned()}</code>
                <span class="rule">{f.rule}</span>
            </div>
            <p class="message">{f.message.clone()}</p>
            if !f.related.is_empty() {
                <ul class="related-list">{ for related }</ul>
            }
        </li>
    }
}

/// Selects `range` in the textarea and scrolls it into view. The DOM counts
/// in UTF-16 units: the engine's `LineIndex` converts. `anchor` finds the
/// element of the highlight layer drawn over that range; the layer has the
/// textarea's layout, so its offset is where the selection sits.
fn reveal(checked: &Checked, textarea: &NodeRef, range: std::ops::Range<usize>, anchor: &str) {
    let Some(ta) = textarea.cast::<HtmlTextAreaElement>() else {
        return;
    };
    let text = &checked.text;
    let start = checked.index.utf16_offset(text, range.start) as u32;
    let end = checked.index.utf16_offset(text, range.end) as u32;
    let _ = ta.focus();
    let _ = ta.set_selection_range(start, end);
    let mark = ta
        .parent_element()
        .and_then(|editor| editor.query_selector(anchor).ok().flatten())
        .and_then(|m| m.dyn_into::<HtmlElement>().ok());
    if let Some(mark) = mark {
        let top = mark.offset_top() - ta.client_height() / 3;
        ta.set_scroll_top(top.max(0));
    }
}

#[derive(Properties, PartialEq)]
pub struct MetricsProps {
    pub checked: Rc<Checked>,
    pub textarea: NodeRef,
}

/// 关键指标: the figures the report states, with period and growth.
#[function_component(MetricsPanel)]
pub fn metrics_panel(props: &MetricsProps) -> Html {
    let checked = &props.checked;
    let metrics = &checked.report.metrics;
    if metrics.is_empty() {
        return html! { <div class="metrics empty">{"没有识别到“指标＋数值”形式的关键指标。"}</div> };
    }
    let rows = metrics.iter().enumerate().map(|(i, m)| {
        let onclick = {
            let (checked, textarea, range) =
                (checked.clone(), props.textarea.clone(), m.range.clone());
            Callback::from(move |_: MouseEvent| {
                reveal(
                    &checked,
                    &textarea,
                    range.clone(),
                    &format!("[data-metric=\"{i}\"]"),
                )
            })
        };
        html! {
            <tr data-metric={i.to_string()} {onclick}>
                <td>{m.metric.clone()}</td>
                <td class="num">{m.value.clone()}</td>
                <td>{m.period.clone().unwrap_or_default()}</td>
                <td class="num">{m.growth.clone().unwrap_or_default()}</td>
            </tr>
        }
    });
    html! {
        <div class="metrics">
            <table>
                <thead><tr><th>{"指标"}</th><th>{"数值"}</th><th>{"期间"}</th><th>{"增速"}</th></tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct OutlineProps {
    pub checked: Rc<Checked>,
    pub textarea: NodeRef,
}

/// 大纲: each report's genre and year, and its heading tree with the role of
/// each section and the number of findings inside it.
#[function_component(OutlinePanel)]
pub fn outline_panel(props: &OutlineProps) -> Html {
    let checked = &props.checked;
    let text = &checked.text;
    let outline = &checked.report.outline;
    if outline.headings.is_empty() {
        return html! { <div class="outline empty">{"没有识别到“一、”“（一）”“1.”等标题。"}</div> };
    }
    let findings = &checked.report.findings;
    let reports = outline.reports.iter().map(|r| {
        let genre = r.head.genre.and_then(gongwen::outline::roles::profile).map_or("未识别类型", |p| p.label.as_str());
        let year = r.head.year.map(|y| format!(" · {y}年")).unwrap_or_default();
        let items = r.headings.clone().map(|i| {
            let h = &outline.headings[i];
            // The section runs to the next heading of the same or a higher level.
            let end = outline.headings[i + 1..r.headings.end].iter().find(|n| n.level <= h.level).map_or(r.range.end, |n| n.marker.start);
            let count = findings.iter().filter(|f| f.range.start >= h.marker.start && f.range.start < end).count();
            let onclick = {
                let (checked, textarea, range) = (checked.clone(), props.textarea.clone(), h.marker.start..h.text.end);
                Callback::from(move |_: MouseEvent| reveal(&checked, &textarea, range.clone(), &format!("[data-heading=\"{i}\"]")))
            };
            html! {
                <li class={classes!("heading", format!("level-{}", h.level))} data-heading={i.to_string()} {onclick}>
                    <span class="marker">{text[h.marker.clone()].to_owned()}</span>
                    <span class="title">{text[h.text.clone()].to_owned()}</span>
                    { for h.roles.iter().map(|role| html! { <span class="role">{role.label()}</span> }) }
                    if count > 0 { <span class="badge" title="本节中的问题数">{count}</span> }
                </li>
            }
        });
        html! {
            <section class="report">
                <h2>{format!("第 {} 行起 · {genre}{year}", r.line)}</h2>
                <ul>{ for items }</ul>
            </section>
        }
    });
    html! { <div class="outline">{ for reports }</div> }
}

#[function_component(HelpPanel)]
pub fn help_panel() -> Html {
    html! {
        <div class="help">
            { for RULES.iter().map(|rule| {
                let m = &rule.meta;
                html! {
                    <details class="rule-doc" data-rule={m.name}>
                        <summary>
                            <span class={classes!("swatch", format!("cat-{}", m.category.name()))}></span>
                            <code>{m.name}</code>{" · "}{m.category.label()}
                        </summary>
                        <h3>{"检查什么"}</h3><p>{m.docs.what}</p>
                        <h3>{"为什么"}</h3><p>{m.docs.why}</p>
                        <h3>{"示例（错误）"}</h3><p class="example bad">{m.docs.bad}</p>
                        <h3>{"示例（正确）"}</h3><p class="example good">{m.docs.good}</p>
                    </details>
                }
            }) }
        </div>
    }
}
