//! Words written twice.

pub mod doubled_word;
pub mod leftover_phrase;
pub mod repeated_sentence;
pub mod repeated_title;
