//! 上年对照: the draft beside the previous year's report (`Ctx::previous`).
//! Without one, these rules say nothing.
//!
//! Their docs examples and test cases hold both texts: the previous
//! report after [`PREVIOUS`], this year's after [`CURRENT`] ([`split`]).

pub mod copied_from_previous;
pub mod target_below_previous;
pub mod unchanged_figure;

/// The line that opens the previous report in an example.
pub const PREVIOUS: &str = "【上年报告】\n";
/// The line that opens this year's report in an example.
pub const CURRENT: &str = "\n【本年报告】\n";

/// An example or test case as (previous report, this year's report). The
/// markers may be in traditional characters too (the tests check every
/// case again in traditional script).
pub fn split(example: &str) -> (Option<&str>, &str) {
    [(PREVIOUS, CURRENT), ("【上年報告】\n", "\n【本年報告】\n")]
        .iter()
        .find_map(|(previous, current)| {
            example
                .strip_prefix(previous)
                .and_then(|rest| rest.split_once(current))
        })
        .map_or((None, example), |(previous, current)| {
            (Some(previous), current)
        })
}
