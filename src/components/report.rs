//! 体检报告: the draft's health on one page — counts by kind and severity,
//! findings per section, the key figures, what is still unfilled, every
//! finding, and the text with its problems marked. The page a reviewer
//! prints (A4, `@media print` in app.css) or hands back to the author.

use super::use_app_state;
use crate::highlight::{pieces, Mark};
use crate::state::Action;
use gongwen::{Category, Severity};
use yew::prelude::*;

#[function_component(ReportView)]
pub fn report_view() -> Html {
    let state = use_app_state();
    // Opened, the report takes the focus (Esc and 返回编辑 give it back to
    // the editor).
    let view = use_node_ref();
    {
        let view = view.clone();
        use_effect_with((), move |_| {
            if let Some(el) = view.cast::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        });
    }
    let checked = &state.checked;
    let text = &checked.text;
    let report = &checked.report;
    let findings = &report.findings;
    let count = |c: Category, s: Severity| {
        findings
            .iter()
            .filter(|f| f.category == c && f.severity == s)
            .count()
    };
    let severities = [Severity::Error, Severity::Warning, Severity::Info];
    let by_kind = Category::ALL.iter().filter_map(|&c| {
        let row: Vec<usize> = severities.iter().map(|&s| count(c, s)).collect();
        let total: usize = row.iter().sum();
        (total > 0).then(|| {
            html! {
                <tr>
                    <th scope="row">{c.label()}</th>
                    { for row.iter().map(|n| html! { <td class="num">{ if *n > 0 { n.to_string() } else { String::new() } }</td> }) }
                    <td class="num total">{total}</td>
                </tr>
            }
        })
    });
    // Findings per top-level section (sorted findings: a run per section).
    let outline = &report.outline;
    // Findings per part; those outside every part (the title, the
    // opening, a line above the first heading) get a row of their own, so
    // the rows add up to the total.
    let counts: Vec<(String, usize)> = outline
        .headings
        .iter()
        .filter(|h| h.level == 1)
        .map(|h| {
            let from = findings.partition_point(|f| f.range.start < h.section.start);
            let to = findings.partition_point(|f| f.range.start < h.section.end);
            (
                format!("{}{}", &text[h.marker.clone()], &text[h.text.clone()]),
                to.saturating_sub(from),
            )
        })
        .collect();
    let outside = findings
        .len()
        .saturating_sub(counts.iter().map(|(_, n)| n).sum::<usize>());
    let sections = counts
        .into_iter()
        .chain((outside > 0).then(|| ("标题、开头等（不在以上各部分中）".to_owned(), outside)))
        .chain(std::iter::once(("合计".to_owned(), findings.len())))
        .map(|(name, n)| {
            html! {
                <tr>
                    <th scope="row">{name}</th>
                    <td class="num">{n}</td>
                </tr>
            }
        });
    let metrics = report.metrics.iter().map(|m| {
        html! {
            <tr>
                <td>{m.metric.clone()}</td>
                <td class="num">{m.value.clone()}</td>
                <td>{m.period.clone().unwrap_or_default()}</td>
                <td class="num">{m.growth.clone().unwrap_or_default()}</td>
            </tr>
        }
    });
    let unfilled: Vec<_> = findings
        .iter()
        .filter(|f| f.category == Category::Placeholder)
        .collect();
    let list = Category::ALL.iter().filter_map(|&c| {
        let items: Vec<_> = findings.iter().filter(|f| f.category == c).collect();
        (!items.is_empty()).then(|| {
            html! {
                <section class="kind">
                    <h3>{format!("{}（{} 处）", c.label(), items.len())}</h3>
                    <ol>
                        { for items.into_iter().map(|f| {
                            let at = checked.index.line_col(text, f.range.start);
                            html! {
                                <li class={format!("sev-{}", f.severity.name())}>
                                    <span class="where">{format!("第 {} 行", at.line)}</span>
                                    <code>{text[f.range.clone()].to_owned()}</code>
                                    {" "}{f.message.clone()}
                                </li>
                            }
                        }) }
                    </ol>
                </section>
            }
        })
    });
    let marks: Vec<_> = findings
        .iter()
        .enumerate()
        .map(|(i, f)| (f.range.clone(), Mark::Finding(i)))
        .collect();
    let marked = pieces(text, &marks).into_iter().map(|p| {
        let part = text[p.range.clone()].to_owned();
        match p.mark {
            Some(Mark::Finding(i)) => {
                let f = &findings[i];
                html! { <mark class={format!("cat-{}", f.category.name())} title={f.message.clone()}>{part}</mark> }
            }
            _ => html! { {part} },
        }
    });
    let back = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::ShowReport(false)))
    };
    let print = Callback::from(|_: MouseEvent| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
    let name = state
        .draft
        .source
        .clone()
        .unwrap_or_else(|| "草稿".to_owned());
    let chars = text.chars().filter(|c| !c.is_whitespace()).count();
    let total = |s: Severity| findings.iter().filter(|f| f.severity == s).count();
    html! {
        <article class="report-view" id="report-view" aria-label="体检报告" tabindex="-1" ref={view}>
            <div class="report-actions no-print">
                <button id="print-report" onclick={print}>{"打印"}</button>
                <button id="close-report" onclick={back}>{"返回编辑"}</button>
            </div>
            <h1>{"公文体检报告"}</h1>
            <p class="meta">{format!(
                "{name} · {chars} 字 · 共 {} 处问题（错误 {}，警告 {}，提示 {}）{}",
                findings.len(),
                total(Severity::Error),
                total(Severity::Warning),
                total(Severity::Info),
                if checked.ignored > 0 { format!("，另有 {} 处已忽略", checked.ignored) } else { String::new() }
            )}</p>
            <section>
                <h2>{"问题分类"}</h2>
                if findings.is_empty() {
                    <p>{"没有发现问题。"}</p>
                } else {
                    <table id="report-kinds">
                        <thead><tr><th>{"类别"}</th><th>{"错误"}</th><th>{"警告"}</th><th>{"提示"}</th><th>{"合计"}</th></tr></thead>
                        <tbody>{ for by_kind }</tbody>
                    </table>
                }
            </section>
            if outline.headings.iter().any(|h| h.level == 1) {
                <section>
                    <h2>{"各部分问题数"}</h2>
                    <table id="report-sections"><tbody>{ for sections }</tbody></table>
                </section>
            }
            <section>
                <h2>{format!("待填写（{} 处）", unfilled.len())}</h2>
                if unfilled.is_empty() {
                    <p>{"没有待填写的占位符。"}</p>
                } else {
                    <p>{ for unfilled.iter().map(|f| {
                        let at = checked.index.line_col(text, f.range.start);
                        html! { <span class="hole-ref">{format!("第 {} 行“{}”", at.line, &text[f.range.clone()])}</span> }
                    }) }</p>
                }
            </section>
            if !report.metrics.is_empty() {
                <section>
                    <h2>{"关键指标"}</h2>
                    <table>
                        <thead><tr><th>{"指标"}</th><th>{"数值"}</th><th>{"期间"}</th><th>{"增速"}</th></tr></thead>
                        <tbody>{ for metrics }</tbody>
                    </table>
                </section>
            }
            <section class="report-list">
                <h2>{"问题清单"}</h2>
                { for list }
            </section>
            <section class="marked-text">
                <h2>{"原文（问题处已标出）"}</h2>
                <div class="text">{ for marked }</div>
            </section>
        </article>
    }
}
