//! 关键指标: the figures the report states, with period and growth. A
//! page pasted whole can state tens of thousands: the first rows are drawn,
//! and more as the table is scrolled towards its end.

use super::use_app_state;
use crate::state::{Action, Anchor};
use yew::prelude::*;

/// Rows drawn at first, and added whenever the table is scrolled near its
/// end.
const PAGE: usize = 200;

#[function_component(MetricsPanel)]
pub fn metrics_panel() -> Html {
    let state = use_app_state();
    let limit = use_state_eq(|| PAGE);
    let metrics = &state.checked.report.metrics;
    if metrics.is_empty() {
        return html! { <div class="metrics empty">{"没有识别到“指标＋数值”形式的关键指标。"}</div> };
    }
    let onscroll = {
        let (limit, total) = (limit.clone(), metrics.len());
        Callback::from(move |e: Event| {
            let el: web_sys::Element = e.target_unchecked_into();
            if el.scroll_top() + 2 * el.client_height() >= el.scroll_height() && *limit < total {
                limit.set(*limit + PAGE);
            }
        })
    };
    let rest = metrics.len().saturating_sub(*limit);
    let rows = metrics.iter().take(*limit).enumerate().map(|(i, m)| {
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
        <div class="metrics" {onscroll}>
            <table>
                <thead><tr><th>{"指标"}</th><th>{"数值"}</th><th>{"期间"}</th><th>{"增速"}</th></tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
            if rest > 0 {
                <p class="more">{format!("向下滚动显示其余 {rest} 个……")}</p>
            }
        </div>
    }
}
