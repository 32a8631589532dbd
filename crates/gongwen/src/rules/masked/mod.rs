//! Words a website's filter masked.

pub mod masked_word;
