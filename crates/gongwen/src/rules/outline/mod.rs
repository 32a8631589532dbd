//! Numbering of headings and enumerations.

pub mod enumeration_sequence;
pub mod heading_level_order;
pub mod heading_sequence;
pub mod heading_style;

#[cfg(test)]
pub(crate) mod test_util {
    use crate::{check, Config};

    /// (line, snippet, message) of each finding of `rule` in `text`.
    pub fn found(rule: &str, text: &str) -> Vec<(usize, String, String)> {
        check(text, &Config::default())
            .findings
            .into_iter()
            .filter(|f| f.rule == rule)
            .map(|f| {
                (
                    1 + text[..f.range.start].matches('\n').count(),
                    text[f.range].to_owned(),
                    f.message,
                )
            })
            .collect()
    }
}
