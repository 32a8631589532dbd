//! Effects that are not components: timers and the like.

mod autosave;
mod check;
mod editor;
mod file_picker;
mod keyboard;

pub use autosave::use_autosave;
pub use check::use_check;
pub use editor::use_editor_sync;
pub use file_picker::use_file_picker;
pub use keyboard::use_keyboard;
