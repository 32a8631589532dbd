//! Words a website's filter masked.

pub mod latin_in_han;
pub mod masked_word;
pub mod stripped_number;
pub mod stripped_year;

use crate::lexicon::Lexicon;
use serde::Deserialize;
use std::sync::LazyLock;

/// One known mask (`masks.json`): what the site wrote, the word it
/// replaced, and whether restoring it is certain.
#[derive(Debug, Deserialize)]
pub(crate) struct Mask {
    pub mask: String,
    pub original: String,
    pub safe: bool,
}

/// The table of known masks. Two rules read it: `masked-word` reports and
/// restores these, `latin-in-han` leaves them to it and reports only the
/// Latin letters the table does not know.
pub(crate) static MASKS: LazyLock<Vec<Mask>> =
    LazyLock::new(|| serde_json::from_str(include_str!("masks.json")).unwrap_or_default());

/// Every mask of [`MASKS`], valued by its index there.
pub(crate) static MASK_LEXICON: LazyLock<Lexicon<usize>> =
    LazyLock::new(|| Lexicon::new(MASKS.iter().enumerate().map(|(i, m)| (m.mask.as_str(), i))));
