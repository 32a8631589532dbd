//! 规则说明: every rule's docs, from the engine's registry.

use gongwen::RULES;
use yew::prelude::*;

#[function_component(HelpPanel)]
pub fn help_panel() -> Html {
    html! {
        <div class="help">
            <section class="steps">
                <h3>{"三步用法"}</h3>
                <ol>
                    <li>{"把草稿粘贴到左边（或点“打开文件”选 .txt、.docx），草稿只在本机浏览器里，不会上传。"}</li>
                    <li>{"看右边“问题”：点一条，左边原文中的那一处会标出；有“修复”按钮的可以直接改，“一键修复（安全）”一次改完不会改错的。"}</li>
                    <li>{"改完点“体检报告”打印或导出问题清单；把上一年的报告贴进“上年报告”，还能查照抄的句子和去年计划的落实。"}</li>
                </ol>
            </section>
            { for RULES.iter().map(|rule| {
                let m = &rule.meta;
                html! {
                    <details class="rule-doc" data-rule={m.name}>
                        <summary>
                            <span class={classes!("swatch", format!("cat-{}", m.category.name()))}></span>
                            <b>{m.title}</b>{" · "}{m.category.label()}
                            <code class="rule-id">{m.name}</code>
                        </summary>
                        <h3>{"检查什么"}</h3><p>{m.docs.what}</p>
                        <h3>{"为什么"}</h3><p>{m.docs.why}</p>
                        <h3>{"示例（错误）"}</h3><p class="example bad">{m.docs.bad}</p>
                        <h3>{"示例（正确）"}</h3><p class="example good">{m.docs.good}</p>
                    </details>
                }
            }) }
        </div>
    }
}
