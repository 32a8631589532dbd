//! 大纲: each report's genre and year, and its heading tree with the role of
//! each section and the number of findings inside it.

use super::use_app_state;
use crate::state::{Action, Anchor};
use yew::prelude::*;

#[function_component(OutlinePanel)]
pub fn outline_panel() -> Html {
    let state = use_app_state();
    let checked = &state.checked;
    let text = &checked.text;
    let outline = &checked.report.outline;
    if outline.headings.is_empty() {
        return html! { <div class="outline empty">{"没有识别到“一、”“（一）”“1.”等标题。"}</div> };
    }
    let findings = &checked.report.findings;
    let reports = outline.reports.iter().map(|r| {
        let genre = r.head.genre.map_or("未识别类型", |g| g.label());
        let year = r.head.year.map(|y| format!(" · {y}年")).unwrap_or_default();
        let items = r.headings.clone().map(|i| {
            let h = &outline.headings[i];
            // Findings are sorted by position: the section's are one run.
            let from = findings.partition_point(|f| f.range.start < h.section.start);
            let to = findings.partition_point(|f| f.range.start < h.section.end);
            let count = to.saturating_sub(from);
            let onclick = {
                let (state, range) = (state.clone(), h.marker.start..h.text.end);
                Callback::from(move |_: MouseEvent| {
                    state.dispatch(Action::Reveal(range.clone(), Anchor::Heading(i)))
                })
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
