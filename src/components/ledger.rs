//! 数据核对: the office's statistics table (统计台账) beside the draft. The
//! table is opened from a CSV file or pasted from a spreadsheet (cells
//! copied from Excel or WPS arrive tab-separated) and kept in the browser
//! like the draft; the panel lists each indicator with its value and
//! growth and the figures of the draft that state it — 相符, 不符 or 未提及
//! (`Report::ledger`). A click on a figure selects it in the draft.

use super::use_app_state;
use crate::state::{Action, Anchor};
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

#[function_component(LedgerPanel)]
pub fn ledger_panel() -> Html {
    let state = use_app_state();
    let (picker, pick, on_file) = {
        let state = state.clone();
        crate::hooks::use_file_picker(move |file| crate::import::open_ledger(state.clone(), file))
    };
    let onpaste = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            let text = area.value();
            if text.trim().is_empty() {
                return;
            }
            let (rows, _) = gongwen_import::parse_text(&text, false);
            let sheet = gongwen_import::TableSheet {
                name: "粘贴的表格".to_owned(),
                rows,
            };
            state.dispatch(Action::SetLedger(Some(crate::import::ledger_of(
                "粘贴的表格".to_owned(),
                vec![sheet],
            ))));
        })
    };
    let clear = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::SetLedger(None)))
    };
    let actions = html! {
        <p class="ledger-actions">
            <button id="open-ledger" onclick={pick}>{"打开统计台账"}</button>
            <input type="file" id="ledger-input" ref={picker} class="hidden"
                accept=".csv,.tsv,.txt,text/csv,text/plain" onchange={on_file} />
            if state.review.ledger.is_some() {
                <button id="clear-ledger" onclick={clear}>{"清除台账"}</button>
            }
        </p>
    };
    let Some(ledger) = state.review.ledger.clone() else {
        return html! {
            <div class="ledger empty" id="ledger">
                <p class="hint">
                    {"打开本单位的统计台账（CSV 文件：在 Excel 或 WPS 中“另存为”CSV），或在 Excel、WPS 中选中指标所在的单元格（含表头行）复制后粘贴到下面。表头需有“指标名称”和“本期（本年、数值、累计）”列，可有“单位”“比上年增长%”“时期”“重点”列；草稿中同一指标、同一期间的数字和增速将与台账逐条核对。台账只在本机处理。"}
                </p>
                {actions}
                <textarea id="ledger-paste" rows="6" spellcheck="false"
                    placeholder="在此粘贴从 Excel 复制的单元格（含表头行）"
                    onchange={onpaste} />
            </div>
        };
    };
    let checked = &state.checked;
    let rows = &checked.report.ledger;
    let differs = rows
        .iter()
        .filter(|r| r.mentions.iter().any(|m| !m.agrees))
        .count();
    let unmentioned = rows.iter().filter(|r| r.mentions.is_empty()).count();
    let agree = rows.len() - differs - unmentioned;
    let body = rows.iter().enumerate().map(|(i, r)| {
        let (status, class) = if r.mentions.is_empty() {
            ("未提及", "none")
        } else if r.mentions.iter().any(|m| !m.agrees) {
            ("不符", "wrong")
        } else {
            ("相符", "right")
        };
        let mentions = r.mentions.iter().map(|m| {
            let onclick = {
                let (state, range) = (state.clone(), m.range.clone());
                Callback::from(move |_: MouseEvent| {
                    state.dispatch(Action::Reveal(range.clone(), Anchor::Text))
                })
            };
            let written = checked.text.get(m.range.clone()).unwrap_or_default().to_owned();
            let line = checked.index.line_col(&checked.text, m.range.start).line;
            let class = if m.agrees { "agrees" } else { "differs" };
            html! {
                <button class={classes!("mention", class)} {onclick} title={format!("第 {line} 行")}>
                    {written}
                </button>
            }
        });
        html! {
            <tr data-index={i.to_string()} class={class}>
                <td class="status">{status}</td>
                <td>{&r.name}if r.key { <span class="key">{"重点"}</span> }
                    <span class="line">{format!("第 {} 行", r.row)}</span></td>
                <td>{&r.value}</td>
                <td>{&r.growth}</td>
                <td class="mentions">{ for mentions }</td>
            </tr>
        }
    });
    html! {
        <div class="ledger" id="ledger">
            {actions}
            <p class="summary">
                {format!("台账“{}”：{} 个指标，草稿中相符 {agree} 个、不符 {differs} 个、未提及 {unmentioned} 个。", ledger.name, rows.len())}
            </p>
            <table>
                <thead><tr><th>{"状态"}</th><th>{"指标"}</th><th>{"台账数值"}</th><th>{"增速"}</th><th>{"草稿中的数字"}</th></tr></thead>
                <tbody>{ for body }</tbody>
            </table>
        </div>
    }
}
