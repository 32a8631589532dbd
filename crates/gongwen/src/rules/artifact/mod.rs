//! What converters and PDF copies leave in a text.

pub mod mojibake;
pub mod pinyin_in_brackets;
pub mod space_between_han;
