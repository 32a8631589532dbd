//! Key figures (关键指标): what the report states, for the app's table and
//! the CLI's `"metrics"`.

use crate::number::Model;
use serde::{Deserialize, Serialize};
use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Metric {
    /// What is measured (`规上工业总产值`).
    pub metric: String,
    /// The figure as written, with its unit (`128亿元`).
    pub value: String,
    pub unit: String,
    pub period: Option<String>,
    /// The stated growth as written, signed (`+7.0%`, `-3.2%`).
    pub growth: Option<String>,
    /// Byte range of the figure.
    pub range: Range<usize>,
}

pub fn metrics(text: &str, model: &Model) -> Vec<Metric> {
    model
        .statements
        .iter()
        .filter(|s| s.metric.len() >= 6 && !model.quantities[s.quantity].chinese)
        .map(|s| {
            let q = &model.quantities[s.quantity];
            Metric {
                metric: text[s.metric.clone()].to_owned(),
                value: text[q.range.clone()].to_owned(),
                unit: q.unit.written.to_owned(),
                period: s.period.map(|p| p.to_string()),
                growth: s.growth.map(|g| {
                    format!(
                        "{}{}",
                        g.direction.sign(),
                        &text[model.quantities[g.quantity].range.clone()]
                    )
                }),
                range: q.range.clone(),
            }
        })
        .collect()
}
