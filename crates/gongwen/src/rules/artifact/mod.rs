//! What converters and PDF copies leave in a text.

pub mod pinyin_in_brackets;
