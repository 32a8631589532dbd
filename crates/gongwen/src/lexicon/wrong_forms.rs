//! The word tables of `misspelled-word` and `variant-form` (`words.json`:
//! each entry with the source that establishes its right form), searched
//! together in one pass with one automaton: [`hits`], read once per check
//! as `Ctx::words`.
//!
//! An entry may list longer strings that hold its wrong form but are
//! correct text (按装机容量 holds 按装): they go into the same automaton,
//! and since the search is leftmost-longest, a match of one of them — at
//! the same place or starting earlier — hides the wrong form inside it.

use super::Lexicon;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::ops::Range;
use std::sync::LazyLock;

#[derive(Debug, Deserialize)]
pub struct Entry {
    pub wrong: String,
    pub right: String,
    /// A key of the file's `sources`.
    pub source: String,
    #[serde(default)]
    pub except: Vec<String>,
}

/// A source: `short` names it in messages (《现代汉语词典》); the file's
/// `full` gives the edition and what the table takes from it, for readers
/// of the data.
#[derive(Debug, Deserialize)]
pub struct Source {
    pub short: String,
}

#[derive(Debug, Deserialize)]
struct Data {
    sources: BTreeMap<String, Source>,
    misspelled: Vec<Entry>,
    variants: Vec<Entry>,
}

static DATA: LazyLock<Data> = LazyLock::new(|| {
    serde_json::from_str(include_str!("words.json")).unwrap_or_else(|_| Data {
        sources: BTreeMap::new(),
        misspelled: Vec::new(),
        variants: Vec::new(),
    })
});

/// Which table an entry is of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// 错别字 (`misspelled-word`).
    Misspelled,
    /// 异形词 (`variant-form`).
    Variant,
}

/// A wrong form found in the text.
#[derive(Debug, Clone)]
pub struct Hit {
    pub range: Range<usize>,
    pub entry: &'static Entry,
    pub kind: Kind,
}

/// Both tables in one automaton over their wrong forms and exceptions
/// (`None`): the text is scanned once for both rules.
static WORDS: LazyLock<Lexicon<Option<(Kind, usize)>>> = LazyLock::new(|| {
    let words = [
        (Kind::Misspelled, &DATA.misspelled),
        (Kind::Variant, &DATA.variants),
    ]
    .into_iter()
    .flat_map(|(kind, entries)| {
        entries.iter().enumerate().flat_map(move |(i, e)| {
            std::iter::once((e.wrong.as_str(), Some((kind, i))))
                .chain(e.except.iter().map(|x| (x.as_str(), None)))
        })
    });
    Lexicon::new(words)
});

/// The entries of one table.
pub fn entries(kind: Kind) -> &'static [Entry] {
    match kind {
        Kind::Misspelled => &DATA.misspelled,
        Kind::Variant => &DATA.variants,
    }
}

/// Both tables' wrong forms and exceptions, for the walk of the text
/// ([`crate::walk`]).
pub fn table() -> &'static super::Index {
    WORDS.index()
}

/// Every wrong form of both tables, from the matches of [`table`] a walk
/// of the text (folded) found (patterns, in order): the model the check
/// builds once, for `Ctx::words`.
pub fn hits(found: Vec<(Range<usize>, usize)>) -> Vec<Hit> {
    found
        .into_iter()
        .filter_map(|(range, pattern)| {
            let (kind, i) = WORDS.value(pattern)?;
            Some(Hit {
                range,
                entry: &entries(kind)[i],
                kind,
            })
        })
        .collect()
}

/// The short name of an entry's source, for its message.
pub fn cite(entry: &Entry) -> &'static str {
    DATA.sources
        .get(&entry.source)
        .map_or("", |s| s.short.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::fold::fold;

    /// The data file is whole: it parses, every entry names a known
    /// source, right differs from wrong, no wrong form is written twice,
    /// and every exception holds its wrong form.
    #[test]
    fn the_tables_are_well_formed() {
        assert!(DATA.misspelled.len() >= 100, "{}", DATA.misspelled.len());
        assert!(DATA.variants.len() >= 50, "{}", DATA.variants.len());
        let mut seen = std::collections::BTreeSet::new();
        for e in DATA.misspelled.iter().chain(&DATA.variants) {
            assert!(DATA.sources.contains_key(&e.source), "{}", e.wrong);
            assert_ne!(e.wrong, e.right);
            assert_eq!(
                fold(&e.wrong),
                e.wrong,
                "tables are simplified: {}",
                e.wrong
            );
            assert!(seen.insert(e.wrong.as_str()), "{} twice", e.wrong);
            for x in &e.except {
                assert!(x.contains(e.wrong.as_str()), "{x} lacks {}", e.wrong);
            }
        }
    }
}
