//! Effects that are not components: timers and the like.

mod autosave;
mod debounced_check;
mod file_picker;
mod keyboard;

pub use autosave::use_autosave;
pub use debounced_check::use_debounced_check;
pub use file_picker::use_file_picker;
pub use keyboard::use_keyboard;
