//! Years and terms that must fit the report's year.

pub mod plan_year;
pub mod stale_term;
