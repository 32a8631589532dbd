//! 规范表述: the standard formulations the draft uses, each marked right or
//! wrong with its standard form and source, so a reviewer sees what was
//! checked and not only what was found (`Report::formulations`). A click
//! selects the place in the draft.

use super::use_app_state;
use crate::state::{Action, Anchor};
use yew::prelude::*;

#[function_component(FormulationsPanel)]
pub fn formulations_panel() -> Html {
    let state = use_app_state();
    let checked = &state.checked;
    let mentions = &checked.report.formulations;
    if mentions.is_empty() {
        return html! {
            <div class="formulations empty" id="formulations">
                {"草稿中没有用到表中的规范表述。表中收录党的二十大报告、二十届三中全会《决定》、党章和历年《政府工作报告》中的固定提法和并列提法，每条注明出处。"}
            </div>
        };
    }
    let text = &checked.text;
    let wrong = mentions.iter().filter(|m| !m.right).count();
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
            <tr data-formulation={i.to_string()} class={class} {onclick}>
                <td class="status">{status}</td>
                <td>{written}<span class="line">{format!("第 {line} 行")}</span></td>
                <td>{if m.right { String::new() } else { m.standard.clone() }}</td>
                <td class="source">{m.source.clone()}</td>
            </tr>
        }
    });
    html! {
        <div class="formulations" id="formulations">
            <p class="summary">
                {format!("草稿用到规范表述 {} 处，其中 {wrong} 处有误。", mentions.len())}
            </p>
            <table>
                <thead><tr><th>{"状态"}</th><th>{"草稿写法"}</th><th>{"规范写法"}</th><th>{"出处"}</th></tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
        </div>
    }
}
