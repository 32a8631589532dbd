//! Wording: misspelled and misused words, doubled qualifiers, number usage,
//! and the office's own house style.

pub mod chinese_zero;
pub mod doubled_qualifier;
pub mod house_style;
pub mod misspelled_word;
pub mod misused_word;
pub mod mixed_year_numerals;
pub mod range_dash;
pub mod table;
pub mod variant_form;
