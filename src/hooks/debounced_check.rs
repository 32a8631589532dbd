//! Checking again once typing pauses.

use crate::state::{Action, AppState, Checked};
use gloo_timers::callback::Timeout;
use std::rc::Rc;
use yew::prelude::*;

/// How long typing must pause before the draft is checked again.
const DEBOUNCE_MS: u32 = 150;

/// Schedules a check of the draft whenever it changes and no check of it is
/// there yet; a newer draft cancels the pending check (dropping a `Timeout`
/// cancels it).
#[hook]
pub fn use_debounced_check(state: AppState) {
    let draft = state.draft.clone();
    use_effect_with(draft, move |draft| {
        let pending = (!Rc::ptr_eq(&state.checked.text, draft)).then(|| {
            let (draft, review) = (draft.clone(), state.review.clone());
            let state = state.clone();
            Timeout::new(DEBOUNCE_MS, move || {
                // A very large draft goes to the worker, so typing never
                // waits for its check.
                if draft.len() >= crate::worker::LARGE
                    && crate::worker::check(&state, draft.clone(), review.clone())
                {
                    return;
                }
                state.dispatch(Action::Checked(Checked::run(draft, &review)))
            })
        });
        move || drop(pending)
    });
}
