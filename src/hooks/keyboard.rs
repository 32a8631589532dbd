//! Keys that work anywhere on the page: F8 / Shift+F8 step through the
//! findings, Esc returns to the editor.

use crate::state::{Action, AppState};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[hook]
pub fn use_keyboard(state: AppState) {
    use_effect_with((), move |_| {
        let listener = Closure::<dyn Fn(KeyboardEvent)>::new(move |e: KeyboardEvent| {
            let action = match e.key().as_str() {
                "F8" => Action::Step(!e.shift_key()),
                "Escape" => Action::FocusEditor,
                _ => return,
            };
            e.prevent_default();
            state.dispatch(action);
        });
        let document = web_sys::window().and_then(|w| w.document());
        if let Some(d) = &document {
            let _ =
                d.add_event_listener_with_callback("keydown", listener.as_ref().unchecked_ref());
        }
        move || {
            if let Some(d) = &document {
                let _ = d.remove_event_listener_with_callback(
                    "keydown",
                    listener.as_ref().unchecked_ref(),
                );
            }
        }
    });
}
