//! 设置: rules on and off, the office's own to-do words and site phrases,
//! and the findings ignored in this document. Kept in the browser.

use super::use_app_state;
use crate::state::{Action, Words};
use gongwen::{Category, RULES};
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

#[function_component(SettingsPanel)]
pub fn settings_panel() -> Html {
    let state = use_app_state();
    let settings = &state.review.settings;
    let words = |kind: Words,
                 current: &[String],
                 id: &'static str,
                 label: &'static str,
                 hint: &'static str| {
        let onchange = {
            let state = state.clone();
            Callback::from(move |e: Event| {
                let area: HtmlTextAreaElement = e.target_unchecked_into();
                let list = area.value().lines().map(str::to_owned).collect();
                state.dispatch(Action::SetWords(kind, list));
            })
        };
        html! {
            <label class="words">
                <span>{label}</span>
                <textarea {id} rows="3" placeholder={hint} value={current.join("\n")} {onchange} />
            </label>
        }
    };
    let groups = Category::ALL.iter().map(|&cat| {
        let rules = RULES.iter().filter(|r| r.meta.category == cat).map(|r| {
            let name = r.meta.name;
            let on = !settings.disabled.contains(name);
            let onchange = {
                let state = state.clone();
                Callback::from(move |e: Event| {
                    let input: HtmlInputElement = e.target_unchecked_into();
                    state.dispatch(Action::ToggleRule(name.to_owned(), input.checked()));
                })
            };
            let what = r
                .meta
                .docs
                .what
                .split_inclusive('。')
                .next()
                .unwrap_or_default();
            html! {
                <li>
                    <label title={r.meta.docs.what}>
                        <input type="checkbox" data-rule={name} checked={on} {onchange} />
                        <code>{name}</code>{" "}{what}
                    </label>
                </li>
            }
        });
        html! {
            <section class="rule-group">
                <h3>{cat.label()}</h3>
                <ul>{ for rules }</ul>
            </section>
        }
    });
    let ignored = state.review.ignored.len();
    let unignore = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::UnignoreAll))
    };
    let reset = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::ResetSettings))
    };
    html! {
        <div class="settings" id="settings">
            <p class="ignored" id="ignored-count">
                {format!("本文档已忽略 {ignored} 处。")}
                if ignored > 0 {
                    <button id="unignore-all" class="link" onclick={unignore}>{"全部恢复"}</button>
                }
            </p>
            {words(Words::Placeholder, &settings.placeholder_words, "placeholder-words", "本单位模板里的待填写用语（每行一个）", "如：请在此处输入")}
            {words(Words::Junk, &settings.junk_phrases, "junk-phrases", "网页残留用语（每行一个，含此用语的行按网页残留报告）", "如：某某范文网")}
            <h2>{"检查规则"}</h2>
            { for groups }
            <p><button id="reset-settings" onclick={reset}>{"恢复默认设置"}</button></p>
        </div>
    }
}
