//! Numbering of headings and enumerations.

pub mod enumeration_sequence;
pub mod heading_level_order;
pub mod heading_sequence;
pub mod heading_style;
