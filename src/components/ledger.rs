//! 数据核对: the office's statistics table (统计台账) beside the draft. The
//! table is opened from a CSV file or pasted from a spreadsheet (cells
//! copied from Excel or WPS arrive tab-separated) and kept in the browser
//! like the draft; the panel lists each indicator with its value and
//! growth and the figures of the draft that state it — 相符, 不符 or 未提及
//! (`Report::ledger`). A click on a figure selects it in the draft. When
//! the table's headers are not the usual ones, the user says which column
//! holds what (表头对应), once: the choice is kept in the settings.

use super::use_app_state;
use crate::state::{Action, Anchor};
use gongwen::ledger::HeaderView;
use gongwen::LedgerColumns;
use web_sys::{HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

/// The parts of an indicator a column can hold, as 表头对应 names them.
const PARTS: [(&str, &str); 6] = [
    ("name", "指标名称"),
    ("value", "本期数值"),
    ("unit", "单位"),
    ("growth", "增速（%）"),
    ("period", "时期"),
    ("key", "重点标记"),
];

/// The column `part` is read from.
fn read_from(columns: &gongwen::ledger::Columns, part: &str) -> Option<usize> {
    match part {
        "name" => columns.name,
        "value" => columns.value,
        "unit" => columns.unit,
        "growth" => columns.growth,
        "period" => columns.period,
        _ => columns.key,
    }
}

/// The office's choice for `part` (none: recognised by its header).
fn choice<'a>(columns: &'a mut LedgerColumns, part: &str) -> &'a mut Option<String> {
    match part {
        "name" => &mut columns.name,
        "value" => &mut columns.value,
        "unit" => &mut columns.unit,
        "growth" => &mut columns.growth,
        "period" => &mut columns.period,
        _ => &mut columns.key,
    }
}

/// 表头对应: for each part, the column it is read from, as a choice among
/// the header's labels. Open when the rows cannot be read yet.
#[derive(Properties, PartialEq)]
struct ColumnsProps {
    view: HeaderView,
}

#[function_component(ColumnChooser)]
fn column_chooser(props: &ColumnsProps) -> Html {
    let state = use_app_state();
    let view = &props.view;
    let chosen = state.review.settings.ledger.clone();
    let selects = PARTS.iter().map(|&(part, label)| {
        let at = read_from(&view.columns, part);
        let onchange = {
            let (state, names, chosen) = (state.clone(), view.names.clone(), chosen.clone());
            Callback::from(move |e: Event| {
                let select: HtmlSelectElement = e.target_unchecked_into();
                let mut columns = chosen.clone();
                *choice(&mut columns, part) = select
                    .value()
                    .parse::<usize>()
                    .ok()
                    .and_then(|c| names.get(c).cloned());
                state.dispatch(Action::SetLedgerColumns(columns));
            })
        };
        let options = view.labels.iter().enumerate().map(|(c, l)| {
            let l = if l.is_empty() {
                format!("第 {} 列", c + 1)
            } else {
                l.clone()
            };
            html! { <option value={c.to_string()} selected={at == Some(c)}>{l}</option> }
        });
        html! {
            <label>
                <span>{label}</span>
                <select data-part={part} {onchange}>
                    <option value="" selected={at.is_none()}>{"（无）"}</option>
                    { for options }
                </select>
            </label>
        }
    });
    let reset = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            state.dispatch(Action::SetLedgerColumns(LedgerColumns::default()))
        })
    };
    let summary = if view.read {
        "表头对应（各列已识别，可改）".to_owned()
    } else {
        let missing: Vec<&str> = [
            ("指标名称", view.columns.name),
            ("本期数值", view.columns.value),
        ]
        .iter()
        .filter(|(_, c)| c.is_none())
        .map(|(l, _)| *l)
        .collect();
        format!("表头对应：未认出“{}”列，请在下面指明", missing.join("”和“"))
    };
    html! {
        <details class={classes!("columns", (!view.read).then_some("unread"))} open={!view.read}>
            <summary>{summary}</summary>
            <p class="hint">{format!(
                "工作表“{}”的表头：选定后按列名记住（保存在设置中，导出的 gongwen.toml 含 [ledger] 一节），下次打开同样表头的台账无需再选。",
                view.sheet
            )}</p>
            <div class="column-choices">{ for selects }</div>
            if chosen != LedgerColumns::default() {
                <button id="ledger-columns-auto" onclick={reset}>{"恢复自动识别"}</button>
            }
        </details>
    }
}

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
                    {"打开本单位的统计台账（CSV 文件：在 Excel 或 WPS 中“另存为”CSV），或在 Excel、WPS 中选中指标所在的单元格（含表头行）复制后粘贴到下面。表头需有“指标名称”和“本期（本年、数值、累计）”列，可有“单位”“比上年增长%”“时期”“重点”列；表头不同的，打开后可逐列指定；草稿中同一指标、同一期间的数字和增速将与台账逐条核对。台账只在本机处理。"}
                </p>
                {actions}
                <textarea id="ledger-paste" rows="6" spellcheck="false"
                    placeholder="在此粘贴从 Excel 复制的单元格（含表头行）"
                    onchange={onpaste} />
            </div>
        };
    };
    let header = gongwen::ledger::header_view(&ledger, &state.review.settings.ledger);
    let chooser = match header {
        Some(view) => html! { <ColumnChooser {view} /> },
        None => html! {
            <p class="hint unread">{"台账前 10 行中没有表头行（至少两个文字单元格）：请在表格第一行写上“指标名称”“本期”等列名后重新打开。"}</p>
        },
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
            {chooser}
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
