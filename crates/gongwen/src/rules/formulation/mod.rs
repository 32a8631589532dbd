//! Standard formulations (规范表述): the party's and the government's fixed
//! phrases written in a known wrong form, one character off, or, for a
//! series, out of order. The table and its reading are the
//! `formulation` model; these rules only report.

pub mod altered_formulation;
pub mod leader_name;
pub mod misquoted_formulation;
pub mod series_order;

use crate::formulation::Use;
use crate::rules::Ctx;

/// Whether a use of a phrase is wrong in the year of the report it stands
/// in: a wrong form with a `since` year is wrong only from that year on
/// (三个自信 was the standard until 2016), when the report's year is known.
pub(crate) fn wrong_in_its_year(ctx: &Ctx<'_>, u: &Use) -> bool {
    let Some(since) = u.phrase().and_then(|p| p.since) else {
        return true;
    };
    let year = ctx
        .outline
        .reports
        .iter()
        .find(|r| r.range.contains(&u.range.start))
        .and_then(|r| r.head.year);
    year.is_none_or(|y| y >= since)
}

/// `standard` in the script of the draft at `range`: a character the draft
/// wrote there keeps its written form (國家 stays 國家, not 國傢); any other
/// is written in the draft's script.
pub(crate) fn like_written(ctx: &Ctx<'_>, range: std::ops::Range<usize>, standard: &str) -> String {
    let written = &ctx.original[range.clone()];
    let seen: Vec<(char, char)> = ctx.text[range].chars().zip(written.chars()).collect();
    let unfolded = crate::lexicon::fold::unfold_like(standard, written);
    standard
        .chars()
        .zip(unfolded.chars())
        .map(|(s, u)| seen.iter().find(|(f, _)| *f == s).map_or(u, |&(_, w)| w))
        .collect()
}
