//! What converters and PDF copies leave in a text.

pub mod broken_paragraph;
pub mod lowercase_acronym;
pub mod mojibake;
pub mod page_number;
pub mod per_mille_slip;
pub mod pinyin_in_brackets;
pub mod preview_marker;
pub mod run_together_title;
pub mod space_between_han;
