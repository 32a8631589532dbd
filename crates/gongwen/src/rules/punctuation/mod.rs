//! Punctuation by GB/T 15834.

pub mod doubled_punctuation;
pub mod half_width_punctuation;
