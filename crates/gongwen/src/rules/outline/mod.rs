//! Numbering of headings and enumerations.

pub mod enumeration_sequence;
pub mod heading_level_order;
pub mod heading_sequence;
pub mod heading_style;

#[cfg(test)]
pub(crate) mod test_util {
    pub use crate::rules::test_util::findings as found;
}
