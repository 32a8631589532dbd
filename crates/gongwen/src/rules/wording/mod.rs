//! Wording the office itself rules out: its house style, from its settings.

pub mod house_style;
