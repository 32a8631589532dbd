//! Sections a report of its genre must have.

pub mod missing_section;
