//! One walk of the text for the word tables of the models: the
//! formulations' forms, phrase heads and tails and series members, the
//! upper divisions' names, the 错别字 and 异形词 tables' wrong forms. Each
//! character is tested once against the first two characters of every
//! table's words ([`Together`]); each model then reads its own tables'
//! matches. Three walks of their own cost about half again as much.

use crate::lexicon::Together;
use std::ops::Range;
use std::sync::LazyLock;

/// What one walk found, table by table: the matches with their patterns.
#[derive(Debug, Default)]
pub struct Found {
    /// The tables of [`crate::formulation::tables`], in order.
    pub formulations: Vec<Vec<(Range<usize>, usize)>>,
    /// [`crate::naming::upper_table`]'s.
    pub uppers: Vec<(Range<usize>, usize)>,
    /// [`crate::lexicon::wrong_forms::table`]'s.
    pub wrong_forms: Vec<(Range<usize>, usize)>,
}

/// The tables in the order of [`Found`]: the formulations' first, then
/// the upper divisions', then the wrong forms'.
static TABLES: LazyLock<Together> = LazyLock::new(|| {
    let mut tables = crate::formulation::tables().to_vec();
    tables.push(crate::naming::upper_table());
    tables.push(crate::lexicon::wrong_forms::table());
    Together::new(tables)
});

/// Walks `text` (folded) once for every table.
pub fn walk(text: &str) -> Found {
    let mut found = TABLES.scan(text);
    let wrong_forms = found.pop().unwrap_or_default();
    let uppers = found.pop().unwrap_or_default();
    Found {
        formulations: found,
        uppers,
        wrong_forms,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_table_keeps_its_own_matches() {
        // A formulation, a province with its city, a wrong form: each
        // found by its own table in the one walk.
        let text = "坚持稳中求进工作总基调，湖北省武汉市按装设备。";
        let found = walk(text);
        let said = |matches: &[(Range<usize>, usize)]| -> Vec<&str> {
            matches.iter().map(|(r, _)| &text[r.clone()]).collect()
        };
        assert_eq!(found.formulations.len(), 4);
        assert!(said(&found.formulations[0])
            .iter()
            .any(|w| w.contains("稳中求进")));
        assert_eq!(said(&found.uppers), ["湖北省", "武汉市"]);
        assert_eq!(said(&found.wrong_forms), ["按装"]);
    }
}
