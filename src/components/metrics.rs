//! 关键指标: the figures the report states, with period and growth.

use super::use_app_state;
use crate::state::{Action, Anchor};
use yew::prelude::*;

#[function_component(MetricsPanel)]
pub fn metrics_panel() -> Html {
    let state = use_app_state();
    let metrics = &state.checked.report.metrics;
    if metrics.is_empty() {
        return html! { <div class="metrics empty">{"没有识别到“指标＋数值”形式的关键指标。"}</div> };
    }
    let rows = metrics.iter().enumerate().map(|(i, m)| {
        let onclick = {
            let (state, range) = (state.clone(), m.range.clone());
            Callback::from(move |_: MouseEvent| {
                state.dispatch(Action::Reveal(range.clone(), Anchor::Metric(i)))
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
