//! Saving the draft to browser storage once typing pauses.

use crate::state::{Action, AppState};
use crate::storage::{self, Saved};
use gloo_timers::callback::Timeout;
use yew::prelude::*;

/// How long the draft must stay unchanged before it is saved.
const SAVE_AFTER_MS: u32 = 400;

/// Saves the draft and genre whenever they change (a newer change cancels
/// a pending save); a draft the browser will not store is reported once.
#[hook]
pub fn use_autosave(state: AppState) {
    let settings = state.review.settings.clone();
    let key = (
        state.draft.clone(),
        state.review.genre,
        state.review.ignored.clone(),
        state.review.headings.clone(),
        state.review.previous.clone(),
    );
    use_effect_with(key, move |(draft, genre, ignored, headings, previous)| {
        let saved = Saved {
            text: draft.to_string(),
            genre: genre.map(|g| g.name().to_owned()),
            ignored: ignored.iter().cloned().collect(),
            headings: headings.to_vec(),
            previous: previous.to_string(),
        };
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
            if ok != state.autosaved {
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
