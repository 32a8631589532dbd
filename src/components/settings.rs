//! 设置: rules on and off, the office's own to-do words, site phrases,
//! house-style words and people, and the findings ignored in this document. Kept in the browser, and
//! exported and imported as a `gongwen.toml`, the file the CLI reads.

use super::use_app_state;
use crate::state::{Action, Level, Words};
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
            let on = settings.rules.get(name) != Some(&Level::Off);
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
                        <b>{r.meta.title}</b>{" "}{what}{" "}<code class="rule-id">{name}</code>
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
        Callback::from(move |_: MouseEvent| {
            let sure = web_sys::window().is_some_and(|w| {
                w.confirm_with_message(
                    "恢复默认设置：自定义的用词、人员名单、规则开关和级别都会清除。确定吗？",
                )
                .unwrap_or(false)
            });
            if sure {
                state.dispatch(Action::ResetSettings)
            }
        })
    };
    let export = {
        let settings = settings.clone();
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            let toml = settings.to_toml();
            if crate::export::download(
                gongwen_config::FILE_NAME,
                "application/toml;charset=utf-8",
                &toml,
            )
            .is_err()
            {
                state.dispatch(Action::Notify("浏览器无法下载设置文件。".into(), true));
            }
        })
    };
    let (picker, pick, on_file) = {
        let state = state.clone();
        crate::hooks::use_file_picker(move |file| crate::import::open_settings(state.clone(), file))
    };
    let extra = settings.patterns.len() + settings.ignore.len();
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
            {words(Words::House, &gongwen_config::words_to_lines(&settings.words), "house-words", "本单位用词（每行一条：不用的写法 → 正确写法：说明；后两项可省）", "如：营商坏境 → 营商环境：常见笔误")}
            {words(Words::People, &gongwen_config::people_to_lines(&settings.people), "people", "本单位人员名单（每行一条：姓名 职务 任职起止；起止可省，职务调整的另起一行。用来核对文中的姓名与职务）", "如：张三 党组书记、局长 2021.3—")}
            <h2>{"检查规则"}</h2>
            { for groups }
            if extra > 0 {
                <p class="from-file" id="settings-from-file">
                    {format!("设置文件中另有本单位用语规则 {} 条、认可的写法 {} 处（导出后可在文件中修改）。", settings.patterns.len(), settings.ignore.len())}
                </p>
            }
            <p class="settings-actions">
                <button id="export-settings" onclick={export}
                    title="把这些设置存为 gongwen.toml：可发给同事导入，命令行工具 gongwen 也读这个文件">{"导出设置"}</button>
                <button id="import-settings" onclick={pick}
                    title="读入 gongwen.toml 设置文件（规则开关与级别、用语、本单位用语规则、认可的写法）">{"导入设置"}</button>
                <input type="file" id="settings-input" ref={picker} class="hidden" accept=".toml,text/plain" onchange={on_file} />
                <button id="reset-settings" onclick={reset}>{"恢复默认设置"}</button>
            </p>
        </div>
    }
}
