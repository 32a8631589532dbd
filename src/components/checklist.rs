//! 待填清单: every placeholder still in the draft, with the words around
//! it, as a to-do list that shrinks as the user fills them in (it is the
//! placeholder findings of the last check).

use super::use_app_state;
use crate::state::{Action, Checked, State};
use gongwen::Category;
use std::rc::Rc;
use yew::prelude::*;

/// Characters of context shown on each side of a placeholder.
const CONTEXT: usize = 14;

#[function_component(ChecklistPanel)]
pub fn checklist_panel() -> Html {
    let state = use_app_state();
    html! { <Todos checked={state.checked.clone()} dispatch={state.dispatcher()} /> }
}

#[derive(Properties, PartialEq)]
struct TodosProps {
    checked: Rc<Checked>,
    dispatch: UseReducerDispatcher<State>,
}

/// The list, drawn again only when a check lands (not on every keystroke).
#[function_component(Todos)]
fn todos(props: &TodosProps) -> Html {
    let (checked, state) = (&props.checked, &props.dispatch);
    let text = &checked.text;
    let items: Vec<usize> = (0..checked.report.findings.len())
        .filter(|&i| checked.report.findings[i].category == Category::Placeholder)
        .collect();
    if items.is_empty() {
        let done = if text.trim().is_empty() {
            "粘贴草稿后，这里会列出所有待填写的地方。"
        } else {
            "没有待填写的占位符了。"
        };
        return html! { <div class="checklist empty" id="checklist">{done}</div> };
    }
    let entry = |i: usize| {
        let f = &checked.report.findings[i];
        let line_start = text[..f.range.start].rfind('\n').map_or(0, |k| k + 1);
        let line_end = text[f.range.end..]
            .find('\n')
            .map_or(text.len(), |k| f.range.end + k);
        let before =
            gongwen::text::last_chars(&text[line_start..f.range.start], CONTEXT).to_owned();
        let after: String = text[f.range.end..line_end].chars().take(CONTEXT).collect();
        let at = checked.index.line_col(text, f.range.start);
        let onclick = {
            let state = state.clone();
            Callback::from(move |_: MouseEvent| state.dispatch(Action::Select(i)))
        };
        html! {
            <li class="todo" data-finding={i.to_string()} role="listitem" {onclick}>
                <span class="line">{format!("第 {} 行", at.line)}</span>
                <span class="context">
                    {before}<mark class="hole">{text[f.range.clone()].to_owned()}</mark>{after}
                </span>
            </li>
        }
    };
    html! {
        <div class="checklist" id="checklist">
            <p class="summary" id="checklist-count">{format!("还有 {} 处待填写", items.len())}</p>
            <ul role="list" aria-label="待填清单">{ for items.into_iter().map(entry) }</ul>
        </div>
    }
}
