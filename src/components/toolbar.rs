//! The header: brand, genre picker, 示例 and 清空.

use super::use_app_state;
use crate::state::{Action, DEMO};
use gongwen::outline::Genre;
use std::rc::Rc;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[function_component(Toolbar)]
pub fn toolbar() -> Html {
    let state = use_app_state();
    let load = |content: &'static str| {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::Load(Rc::from(content))))
    };
    let on_genre = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            state.dispatch(Action::Genre(Genre::from_name(&value)));
        })
    };
    html! {
        <header class="top">
            <div class="brand">
                <h1>{"公文体检"}</h1>
                <p class="tagline">{"粘贴工作报告草稿，立即标出未填写的占位符等问题。全部在本机浏览器内完成，文字不会上传。"}</p>
            </div>
            <div class="actions">
                <label class="genre">{"报告类型"}
                    <select id="genre" onchange={on_genre}>
                        <option value="auto" selected={state.genre.is_none()}>{"自动识别"}</option>
                        { for Genre::all().map(|g| html! {
                            <option value={g.name()} selected={state.genre == Some(g)}>{g.label()}</option>
                        }) }
                    </select>
                </label>
                <button id="load-demo" onclick={load(DEMO)}>{"示例"}</button>
                <button id="clear" onclick={load("")}>{"清空"}</button>
            </div>
        </header>
    }
}
