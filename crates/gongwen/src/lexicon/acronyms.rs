//! Latin acronyms as Chinese writing prints them (GDP, R&D, 5G, MHz), from
//! `acronyms.json`: what a lowercased `gdp` should read, and which Latin
//! letters in Chinese text are words of their own rather than masks.

use foldhash::HashMap;
use serde::Deserialize;
use std::sync::LazyLock;

#[derive(Debug, Default, Deserialize)]
struct Table {
    words: Vec<String>,
}

/// Lowercase form → printed form.
static CANONICAL: LazyLock<HashMap<String, String>> = LazyLock::new(|| {
    let table: Table = serde_json::from_str(include_str!("acronyms.json")).unwrap_or_default();
    table
        .words
        .into_iter()
        .map(|w| (w.to_ascii_lowercase(), w))
        .collect()
});

/// The printed form of the acronym whose lowercase form is `lower`.
pub fn canonical(lower: &str) -> Option<&'static str> {
    CANONICAL.get(lower).map(String::as_str)
}

#[cfg(test)]
mod tests {
    use super::canonical;

    #[test]
    fn looks_up_lowercase_forms() {
        assert_eq!(canonical("gdp"), Some("GDP"));
        assert_eq!(canonical("r&d"), Some("R&D"));
        assert_eq!(canonical("mhz"), Some("MHz"));
        assert_eq!(canonical("app"), None);
    }
}
