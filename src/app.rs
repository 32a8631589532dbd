//! The page: it holds the state and lays out the components.

use crate::components::{
    ChecklistPanel, Editor, FindingsPanel, FormulationsPanel, HelpPanel, LedgerPanel, MetricsPanel,
    OutlinePanel, PlanPanel, PreviousPanel, ReportView, SettingsPanel, StatusLine, Toolbar,
};
use crate::hooks::{use_autosave, use_check, use_keyboard};
use crate::state::{Action, AppState, State, Tab};
use yew::prelude::*;

#[function_component(App)]
pub fn app() -> Html {
    let state =
        use_reducer(|| State::restored(crate::storage::load(), crate::storage::load_settings()));
    use_check(state.clone());
    use_autosave(state.clone());
    use_keyboard(state.clone());
    html! {
        <ContextProvider<AppState> context={state.clone()}>
            <div class="page">
                <Toolbar />
                if *state.draft.text == *crate::state::DEMO && !state.view.report_view {
                    <p class="demo-hint" id="demo-hint">
                        {"这是示例草稿：点“清空”后粘贴您的草稿，或点“打开文件”。"}
                    </p>
                }
                if state.view.report_view {
                    <main class="work report">
                        <ReportView />
                    </main>
                } else {
                <main class="work">
                    <Editor />
                    <aside class="side" aria-label="问题与报告结构">
                        <nav class="tabs" role="tablist" aria-label="检查结果">
                            {tab_button(&state, Tab::Findings, "问题")}
                            {tab_button(&state, Tab::Checklist, "待填清单")}
                            {tab_button(&state, Tab::Outline, "大纲")}
                            {tab_button(&state, Tab::Metrics, "关键指标")}
                            {tab_button(&state, Tab::Ledger, "数据核对")}
                            {tab_button(&state, Tab::Formulations, "规范表述")}
                            {tab_button(&state, Tab::Previous, "上年报告")}
                            {tab_button(&state, Tab::PlanFollowup, "上年计划")}
                            {tab_button(&state, Tab::Settings, "设置")}
                            {tab_button(&state, Tab::Help, "规则说明")}
                        </nav>
                        {match state.view.tab {
                            Tab::Findings => html! { <FindingsPanel /> },
                            Tab::Checklist => html! { <ChecklistPanel /> },
                            Tab::Outline => html! { <OutlinePanel /> },
                            Tab::Metrics => html! { <MetricsPanel /> },
                            Tab::Formulations => html! { <FormulationsPanel /> },
                            Tab::Previous => html! { <PreviousPanel /> },
                            Tab::PlanFollowup => html! { <PlanPanel /> },
                            Tab::Ledger => html! { <LedgerPanel /> },
                            Tab::Settings => html! { <SettingsPanel /> },
                            Tab::Help => html! { <HelpPanel /> },
                        }}
                    </aside>
                </main>
                }
                <StatusLine />
            </div>
        </ContextProvider<AppState>>
    }
}

fn tab_button(state: &AppState, tab: Tab, label: &'static str) -> Html {
    let class = classes!("tab", (state.view.tab == tab).then_some("active"));
    let onclick = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::Tab(tab)))
    };
    let selected = if state.view.tab == tab {
        "true"
    } else {
        "false"
    };
    html! { <button {class} {onclick} role="tab" aria-selected={selected}>{label}</button> }
}
