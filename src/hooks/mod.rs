//! Effects that are not components: timers and the like.

mod autosave;
mod debounced_check;

pub use autosave::use_autosave;
pub use debounced_check::use_debounced_check;
