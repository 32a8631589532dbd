//! Word 2007+ files (.docx): read into text (`reader`), given back with
//! the review in them (`annotate`), made from text (`plain`), and their
//! typesetting read (`format`). External entities are never resolved
//! (quick-xml does not fetch).

mod annotate;
mod format;
mod plain;
mod reader;
mod xml;

pub use annotate::{annotate, shorten, Annotated, Note, Reviewer};
pub use plain::plain_docx;
pub use reader::{read, stories, Heading, Story, StoryKind};
