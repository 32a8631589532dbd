//! Years and terms that must fit the report's year.

pub mod anniversary;
pub mod base_year;
pub mod date_range_order;
pub mod dateline_date;
pub mod edition_year;
pub mod event_edition;
pub mod goal_year;
pub mod later_year_done;
pub mod meeting_not_held;
pub mod past_target_year;
pub mod plan_document_year;
pub mod plan_milestone;
pub mod plan_out_of_period;
pub mod plan_year;
pub mod preliminary_year;
pub mod published_before;
pub mod relative_year;
pub mod section_year;
pub mod session_order;
pub mod since_year_run;
pub mod span_length;
pub mod stale_term;
pub mod step_order;
pub mod wrong_weekday;
pub mod year_claim;
pub mod zodiac_year;
