//! One walk of the text for the word tables of the models — the
//! formulations' forms, phrase heads and tails and series members, the
//! upper divisions' names, the 错别字 and 异形词 tables' wrong forms — and
//! of the rules that join it (`rules::walked`). Each character is tested
//! once against the first two characters of every table's words
//! ([`Together`]); each model then reads its own tables' matches, each
//! rule asks for its own (`Ctx::find_iter`). A table's own search of the
//! whole text costs several times what it adds to the walk.

use crate::lexicon::{Index, Together};
use std::ops::Range;

/// A table's matches in a walk: each match's range and pattern, in order.
pub type Matches = Vec<(Range<usize>, usize)>;

/// What one walk found, table by table.
#[derive(Debug, Default)]
pub struct Found {
    /// The tables of [`crate::formulation::tables`], in order.
    pub formulations: Vec<Matches>,
    /// [`crate::naming::upper_table`]'s.
    pub uppers: Matches,
    /// [`crate::lexicon::wrong_forms::table`]'s.
    pub wrong_forms: Matches,
    /// The extra tables the walk was built with, each with its matches.
    pub extra: Vec<(&'static Index, Matches)>,
}

/// The models' tables in the order of [`Found`], then the extra ones.
#[derive(Debug)]
pub struct Walk {
    together: Together,
    /// How many of the tables are the models' own (they come first).
    models: usize,
    extra: Vec<&'static Index>,
}

impl Walk {
    /// A walk for the models' tables and `extra` ones (the rules' tables
    /// that join the walk; none for the models alone).
    pub fn new(extra: Vec<&'static Index>) -> Walk {
        let mut tables = crate::formulation::tables().to_vec();
        tables.push(crate::naming::upper_table());
        tables.push(crate::lexicon::wrong_forms::table());
        let models = tables.len();
        tables.extend(extra.iter().copied());
        Walk {
            together: Together::new(tables),
            models,
            extra,
        }
    }

    /// Walks `text` (folded) once for every table.
    pub fn walk(&self, text: &str) -> Found {
        let mut found = self.together.scan(text);
        let extra = found.split_off(self.models.min(found.len()));
        let wrong_forms = found.pop().unwrap_or_default();
        let uppers = found.pop().unwrap_or_default();
        Found {
            formulations: found,
            uppers,
            wrong_forms,
            extra: self.extra.iter().copied().zip(extra).collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::LazyLock;

    #[test]
    fn each_table_keeps_its_own_matches() {
        // A formulation, a province with its city, a wrong form: each
        // found by its own table in the one walk.
        let text = "坚持稳中求进工作总基调，湖北省武汉市按装设备。";
        let found = Walk::new(Vec::new()).walk(text);
        let said = |matches: &[(Range<usize>, usize)]| -> Vec<&str> {
            matches.iter().map(|(r, _)| &text[r.clone()]).collect()
        };
        assert_eq!(found.formulations.len(), 4);
        assert!(said(&found.formulations[0])
            .iter()
            .any(|w| w.contains("稳中求进")));
        assert_eq!(said(&found.uppers), ["湖北省", "武汉市"]);
        assert_eq!(said(&found.wrong_forms), ["按装"]);
        assert!(found.extra.is_empty());
    }

    #[test]
    fn an_extra_table_finds_what_it_finds_alone() {
        static DASHES: LazyLock<crate::lexicon::WordSet> =
            LazyLock::new(|| crate::lexicon::WordSet::words(["-", "—", "——", "至"]));
        let walk = Walk::new(vec![DASHES.index()]);
        let text = "2024—2025年，3-5个，1——2，至今";
        let found = walk.walk(text);
        let alone: Vec<Range<usize>> = DASHES.find_iter(text).map(|(r, ())| r).collect();
        let walked: Vec<Range<usize>> = found.extra[0].1.iter().map(|(r, _)| r.clone()).collect();
        assert_eq!(walked, alone);
        assert!(std::ptr::eq(found.extra[0].0, DASHES.index()));
    }
}
