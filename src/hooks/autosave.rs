//! Saving the draft to browser storage once typing pauses, and at once
//! when the page is hidden or left.

use crate::state::{Action, AppState};
use crate::storage::{self, Saved};
use gloo_timers::callback::Timeout;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// How long the draft must stay unchanged before it is saved.
const SAVE_AFTER_MS: u32 = 400;

/// Saves the draft and genre whenever they change (a newer change cancels
/// a pending save), to localStorage and to the durable store; a draft the
/// browser will not store is reported once. The durable store is opened
/// and read once, on start: a later copy than localStorage's is restored.
#[hook]
pub fn use_autosave(state: AppState) {
    let settings = state.review.settings.clone();
    // The draft last asked to be saved, for a save on leaving the page.
    let latest: Rc<RefCell<Option<Saved>>> = use_mut_ref(|| None);
    {
        let (state, latest) = (state.clone(), latest.clone());
        use_effect_with((), move |_| {
            storage::open_durable(move |found| state.dispatch(Action::Durable(found)));
            let flush = Closure::<dyn Fn()>::new(move || {
                if let Some(saved) = latest.borrow().as_ref() {
                    let _ = storage::save(saved);
                    storage::save_durable(saved);
                }
            });
            if let Some(window) = web_sys::window() {
                let _ = window
                    .add_event_listener_with_callback("pagehide", flush.as_ref().unchecked_ref());
                if let Some(document) = window.document() {
                    let _ = document.add_event_listener_with_callback(
                        "visibilitychange",
                        flush.as_ref().unchecked_ref(),
                    );
                }
            }
            flush.forget();
        });
    }
    // What is kept changes with these (the statistics table by identity:
    // a new table is a new `Rc`; the last: the draft the last command
    // replaced, while 撤销 can restore it).
    let key = (
        state.draft.text.clone(),
        state.review.genre,
        state.review.ignored.clone(),
        state.review.headings.clone(),
        state.review.previous.clone(),
        state.review.ledger.as_ref().map(|l| Rc::as_ptr(l) as usize),
        state.draft.replaced().map(|c| c.before.clone()),
    );
    let kept = state.clone();
    use_effect_with(key, move |_| {
        let saved = kept.saved(storage::now_ms());
        *latest.borrow_mut() = Some(saved.clone());
        let state = state.clone();
        // A draft emptied (discarded, cleared) is saved at once: the old
        // one must not come back on a reload.
        let after = if saved.text.is_empty() {
            0
        } else {
            SAVE_AFTER_MS
        };
        let pending = Timeout::new(after, move || {
            let ok = storage::save(&saved).is_ok();
            storage::save_durable(&saved);
            if ok != state.draft.autosaved {
                state.dispatch(Action::Autosaved(ok, saved.text.chars().count()));
            }
        });
        move || drop(pending)
    });
    // Settings are saved as soon as they change.
    use_effect_with(settings, |settings| {
        storage::save_settings(settings);
    });
}
