//! Effects that are not components: timers and the like.

mod debounced_check;

pub use debounced_check::use_debounced_check;
