//! Notes drafters leave for reviewers.

pub mod drafting_note;
