//! Keys and clicks that work anywhere on the page: F8 / Shift+F8 step
//! through the findings; Esc closes an open menu, else leaves 体检报告,
//! else returns to the editor; a click outside an open menu closes it.

use crate::state::{Action, AppState};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[hook]
pub fn use_keyboard(state: AppState) {
    use_effect_with((), move |_| {
        let document = web_sys::window().and_then(|w| w.document());
        let keys = {
            let document = document.clone();
            Closure::<dyn Fn(KeyboardEvent)>::new(move |e: KeyboardEvent| {
                let action = match e.key().as_str() {
                    "F8" => Action::Step(!e.shift_key()),
                    "Escape" => {
                        e.prevent_default();
                        let Some(d) = &document else { return };
                        if close_menus(d, None) {
                            return;
                        }
                        // What is on screen decides (the closure outlives
                        // the state it was made with).
                        if d.get_element_by_id("report-view").is_some() {
                            Action::ShowReport(false)
                        } else {
                            Action::FocusEditor
                        }
                    }
                    _ => return,
                };
                e.prevent_default();
                state.dispatch(action);
            })
        };
        let clicks = {
            let document = document.clone();
            Closure::<dyn Fn(web_sys::Event)>::new(move |e: web_sys::Event| {
                let target = e.target().and_then(|t| t.dyn_into::<web_sys::Node>().ok());
                if let Some(d) = &document {
                    close_menus(d, target.as_ref());
                }
            })
        };
        if let Some(d) = &document {
            let _ = d.add_event_listener_with_callback("keydown", keys.as_ref().unchecked_ref());
            let _ =
                d.add_event_listener_with_callback("pointerdown", clicks.as_ref().unchecked_ref());
        }
        move || {
            if let Some(d) = &document {
                let _ =
                    d.remove_event_listener_with_callback("keydown", keys.as_ref().unchecked_ref());
                let _ = d.remove_event_listener_with_callback(
                    "pointerdown",
                    clicks.as_ref().unchecked_ref(),
                );
            }
        }
    });
}

/// Closes every open menu (`details.menu`) that does not hold `inside`;
/// whether one was closed. Closed by Esc, its button takes the focus.
pub fn close_menus(document: &web_sys::Document, inside: Option<&web_sys::Node>) -> bool {
    let Ok(open) = document.query_selector_all("details.menu[open]") else {
        return false;
    };
    let mut closed = false;
    for k in 0..open.length() {
        let Some(menu) = open
            .item(k)
            .and_then(|m| m.dyn_into::<web_sys::Element>().ok())
        else {
            continue;
        };
        if inside.is_some_and(|n| menu.contains(Some(n))) {
            continue;
        }
        let _ = menu.remove_attribute("open");
        closed = true;
        if inside.is_none() {
            let summary = menu.query_selector("summary").ok().flatten();
            if let Some(s) = summary.and_then(|s| s.dyn_into::<web_sys::HtmlElement>().ok()) {
                let _ = s.focus();
            }
        }
    }
    closed
}
