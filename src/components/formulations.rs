//! 规范表述: the standard formulations the draft uses, the places it
//! names with their upper level and the office's listed people it names
//! with a title, each marked right or wrong with its standard form and
//! source, so a reviewer sees what was checked and not only what was found
//! (`Report::formulations`, `Report::places`, `Report::people`). A click
//! selects the place in the draft.

use super::use_app_state;
use crate::state::{Action, Anchor, AppState};
use gongwen::Mention;
use yew::prelude::*;

#[function_component(FormulationsPanel)]
pub fn formulations_panel() -> Html {
    let state = use_app_state();
    let report = &state.checked.report;
    let (formulations, places, people) = (&report.formulations, &report.places, &report.people);
    if formulations.is_empty() && places.is_empty() && people.is_empty() {
        return html! {
            <div class="formulations empty" id="formulations">
                {"草稿中没有用到表中的规范表述，也没有连写的两级地名或名单中人员的姓名职务。规范表述表收录党的二十大报告、二十届三中全会《决定》、党章和历年《政府工作报告》中的固定提法和并列提法，每条注明出处；地名按国家统计局区划代码核对；姓名职务按设置中的本单位人员名单核对。"}
            </div>
        };
    }
    let summary = |what: &str, list: &[Mention]| {
        let wrong = list.iter().filter(|m| !m.right).count();
        format!("{what} {} 处，其中 {wrong} 处有误。", list.len())
    };
    html! {
        <div class="formulations" id="formulations">
            if !formulations.is_empty() {
                <p class="summary">{summary("草稿用到规范表述", formulations)}</p>
                {table(&state, formulations, "formulation")}
            }
            if !places.is_empty() {
                <p class="summary">{summary("连写的两级地名", places)}</p>
                {table(&state, places, "place")}
            }
            if !people.is_empty() {
                <p class="summary">{summary("名单中人员的姓名职务", people)}</p>
                {table(&state, people, "person")}
            }
        </div>
    }
}

/// One table of mentions; `kind` names its rows' data attribute.
fn table(state: &AppState, mentions: &[Mention], kind: &'static str) -> Html {
    let checked = &state.checked;
    let text = &checked.text;
    let rows = mentions.iter().enumerate().map(|(i, m)| {
        let onclick = {
            let (state, range) = (state.clone(), m.range.clone());
            Callback::from(move |_: MouseEvent| {
                state.dispatch(Action::Reveal(range.clone(), Anchor::Text))
            })
        };
        let written = text.get(m.range.clone()).unwrap_or_default().to_owned();
        let line = checked.index.line_col(text, m.range.start).line;
        let (status, class) = if m.right {
            ("规范", "right")
        } else {
            ("有误", "wrong")
        };
        html! {
            <tr data-kind={kind} data-index={i.to_string()} class={class} {onclick}>
                <td class="status">{status}</td>
                <td>{written}<span class="line">{format!("第 {line} 行")}</span></td>
                <td>{if m.right { String::new() } else { m.standard.clone() }}</td>
                <td class="source">{m.source.clone()}</td>
            </tr>
        }
    });
    html! {
        <table>
            <thead><tr><th>{"状态"}</th><th>{"草稿写法"}</th><th>{"规范写法"}</th><th>{"出处"}</th></tr></thead>
            <tbody>{ for rows }</tbody>
        </table>
    }
}
