//! Numbers that do not add up. Every finding shows its arithmetic, and a
//! relation is reported only when every reading of the written digits
//! (rounded or truncated, within the qualifiers) fails.

pub mod announced_parts;
pub mod average_growth;
pub mod completion_rate;
pub mod conflicting_figures;
pub mod count_vs_names;
pub mod direction_vs_values;
pub mod doubling_vs_values;
pub mod floor_vs_value;
pub mod growth_comparison;
pub mod growth_integer_base;
pub mod growth_vs_base;
pub mod households_vs_people;
pub mod income_ratio;
pub mod increment_vs_growth;
pub mod increment_vs_values;
pub mod malformed_number;
pub mod output_parts;
pub mod parts_vs_total;
pub mod plan_vs_actual;
pub mod rank_in_group;
pub mod rate_vs_counts;
pub mod region_count;
pub mod respective_list;
pub mod restated_target;
pub mod share_of_total;
pub mod structure_sum;
pub mod target_vs_level;
pub mod threshold_vs_value;
pub mod total_below_year;

use crate::number::Quantity;
use crate::text::last_chars;

/// Whether a growth percentage is stated against the previous period (环比)
/// rather than the same period of last year: a base from last year, or next
/// year's target, says nothing about it.
pub fn is_period_on_period(text: &str, growth: &Quantity) -> bool {
    let before = last_chars(&text[..growth.range.start], 8);
    before.contains("环比")
}

/// Formats `v` with `decimals` decimals.
pub fn fmt(v: f64, decimals: usize) -> String {
    format!("{v:.decimals$}")
}
