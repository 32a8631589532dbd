//! Words written twice.

pub mod doubled_word;
