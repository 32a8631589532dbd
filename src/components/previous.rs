//! 上年报告 and 上年计划: last year's report beside the draft. 上年报告 holds
//! its text (opened from a file or pasted; kept in the browser like the
//! draft) and shows the places the `previous` findings point to; 上年计划
//! lists last year's plan items and targets and whether this year's
//! summary takes them up (`Report::plan_followup`).

use super::use_app_state;
use crate::state::{Action, Anchor, Checked, State};
use std::rc::Rc;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

#[function_component(PreviousPanel)]
pub fn previous_panel() -> Html {
    let state = use_app_state();
    let area = use_node_ref();
    let previous = state.review.previous.clone();
    let oninput = {
        let state = state.clone();
        Callback::from(move |e: InputEvent| {
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            state.dispatch(Action::SetPrevious(Rc::from(area.value())));
        })
    };
    let demo = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            state.dispatch(Action::SetPrevious(Rc::from(crate::state::DEMO_PREVIOUS)))
        })
    };
    let clear = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::SetPrevious(Rc::from(""))))
    };
    let (picker, pick, on_file) = {
        let state = state.clone();
        crate::hooks::use_file_picker(move |file| crate::import::open_previous(state.clone(), file))
    };
    // Select the place a finding points to.
    {
        let area = area.clone();
        let previous = previous.clone();
        use_effect_with(state.view.previous_reveal.clone(), move |reveal| {
            if let (Some((range, _)), Some(ta)) = (reveal, area.cast::<HtmlTextAreaElement>()) {
                let utf16 =
                    |at: usize| previous.get(..at).map_or(0, |s| s.encode_utf16().count()) as u32;
                let _ = ta.focus();
                let _ = ta.set_selection_range(utf16(range.start), utf16(range.end));
                crate::textarea::scroll_to_line(&ta, &previous, range.start);
            }
        });
    }
    let compared = state
        .checked
        .report
        .findings
        .iter()
        .filter(|f| f.category == gongwen::Category::Previous)
        .count();
    html! {
        <div class="previous" id="previous">
            <p class="hint">
                {"打开或粘贴上年的年度报告，本年草稿将与之对照：照搬的段落、未更新的数字、低于上年实际的目标，以及上年计划的落实情况（见“上年计划”）。文字只在本机处理。"}
            </p>
            <p class="previous-actions">
                <button id="open-previous" onclick={pick}>{"打开上年报告"}</button>
                <input type="file" id="previous-input" ref={picker} class="hidden"
                    accept=".txt,.md,.docx,text/plain" onchange={on_file} />
                <button id="previous-demo" onclick={demo}
                    title="载入示例草稿所属单位的上年报告，看看对照的效果">{"示例"}</button>
                <button id="clear-previous" onclick={clear} disabled={previous.is_empty()}>{"清空"}</button>
                if !previous.trim().is_empty() {
                    <span class="previous-status" id="previous-status">
                        {format!("上年报告 {} 字，对照发现 {compared} 处。", previous.chars().count())}
                    </span>
                }
            </p>
            <textarea id="previous-text" ref={area} spellcheck="false"
                placeholder="在此粘贴上年的工作总结（或点“打开上年报告”）"
                value={previous.to_string()} {oninput} />
        </div>
    }
}

#[function_component(PlanPanel)]
pub fn plan_panel() -> Html {
    let state = use_app_state();
    html! { <Plan checked={state.checked.clone()} dispatch={state.dispatcher()} /> }
}

#[derive(Properties, PartialEq)]
struct PlanProps {
    checked: Rc<Checked>,
    dispatch: UseReducerDispatcher<State>,
}

/// 上年计划落实情况, drawn again only when a check lands.
#[function_component(Plan)]
fn plan(props: &PlanProps) -> Html {
    let (checked, state) = (&props.checked, &props.dispatch);
    let items = &checked.report.plan_followup;
    if checked.review.previous.trim().is_empty() {
        return html! {
            <div class="plan empty" id="plan">{"在“上年报告”中打开或粘贴上年的报告后，这里会列出上年计划的每一项及本年是否落实。"}</div>
        };
    }
    if items.is_empty() {
        return html! {
            <div class="plan empty" id="plan">{"上年报告中没有找到“工作计划”部分的任务或目标。"}</div>
        };
    }
    let text = &checked.text;
    let taken = items.iter().filter(|i| i.mentioned.is_some()).count();
    let entry = |item: &gongwen::previous::PlanItem| {
        let status = if item.mentioned.is_some() {
            "已提及"
        } else {
            "未提及"
        };
        let class = classes!("plan-item", item.mentioned.is_none().then_some("missing"));
        let onclick = {
            let state = state.clone();
            let (mentioned, there) = (item.mentioned.clone(), item.previous.clone());
            Callback::from(move |_: MouseEvent| match &mentioned {
                Some(range) => state.dispatch(Action::Reveal(range.clone(), Anchor::Text)),
                None => state.dispatch(Action::ShowPrevious(there.clone())),
            })
        };
        let line = item.mentioned.as_ref().map(|r| {
            format!(
                "（本年第 {} 行）",
                checked.index.line_col(text, r.start).line
            )
        });
        let targets = item.targets.iter().map(|t| {
            let result = t.result.as_ref().map_or_else(
                || "本年报告未写明".to_owned(),
                |(r, _)| format!("本年：{r}"),
            );
            html! { <li class="target">{format!("目标：{}；{result}", t.target)}</li> }
        });
        html! {
            <li {class} {onclick} role="listitem">
                <span class="status">{status}</span>
                <span class="item-text">{item.text.clone()}</span>
                if let Some(line) = line { <span class="line">{line}</span> }
                if !item.targets.is_empty() { <ul class="targets">{ for targets }</ul> }
            </li>
        }
    };
    html! {
        <div class="plan" id="plan">
            <p class="summary" id="plan-count">
                {format!("上年计划 {} 项，本年总结已提及 {taken} 项、未提及 {} 项。", items.len(), items.len() - taken)}
            </p>
            <ul role="list" aria-label="上年计划落实情况">{ for items.iter().map(entry) }</ul>
        </div>
    }
}
