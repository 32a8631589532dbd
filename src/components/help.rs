//! 规则说明: every rule's docs, from the engine's registry.

use gongwen::RULES;
use yew::prelude::*;

#[function_component(HelpPanel)]
pub fn help_panel() -> Html {
    html! {
        <div class="help">
            { for RULES.iter().map(|rule| {
                let m = &rule.meta;
                html! {
                    <details class="rule-doc" data-rule={m.name}>
                        <summary>
                            <span class={classes!("swatch", format!("cat-{}", m.category.name()))}></span>
                            <code>{m.name}</code>{" · "}{m.category.label()}
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
