//! Effects that are not components: timers and the like.

mod autosave;
mod debounced_check;
mod keyboard;

pub use autosave::use_autosave;
pub use debounced_check::use_debounced_check;
pub use keyboard::use_keyboard;
