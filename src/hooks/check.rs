//! Carrying out the state's requests for a check: after a pause in
//! typing, or at once when an action asked for it (a fix, undo, a new
//! document, a settings change, 体检报告).

use crate::state::{Action, AppState, Job};
use gloo_timers::callback::Timeout;
use yew::prelude::*;

/// How long typing must pause before the draft is checked again.
const DEBOUNCE_MS: u32 = 150;

/// Checks the draft whenever the state asks and its last check does not
/// describe it; a newer request cancels a pending one (dropping a
/// `Timeout` cancels it). A large draft is checked in the worker.
#[hook]
pub fn use_check(state: AppState) {
    use_effect_with(state.request, move |request| {
        let pending = state.job().map(|job| {
            let state = state.clone();
            let after = if request.now { 0 } else { DEBOUNCE_MS };
            Timeout::new(after, move || run(&state, job))
        });
        move || drop(pending)
    });
}

fn run(state: &AppState, job: Job) {
    // A very large draft goes to the worker, so typing never waits for
    // its check.
    if job.text.len() >= crate::worker::LARGE && crate::worker::check(state, &job) {
        return;
    }
    state.dispatch(Action::Checked(job.run()));
}
