//! The syllables of Hanyu Pinyin (`pinyin.json`): whether a Latin word
//! is pinyin run together (zhongguo, kejiju), for lines of pinyin a site
//! adds to a page.

use foldhash::HashSet;
use serde::Deserialize;
use std::sync::LazyLock;

#[derive(Debug, Default, Deserialize)]
struct Table {
    syllables: Vec<String>,
}

static SYLLABLES: LazyLock<HashSet<String>> = LazyLock::new(|| {
    serde_json::from_str::<Table>(include_str!("pinyin.json"))
        .unwrap_or_default()
        .syllables
        .into_iter()
        .collect()
});

/// The longest syllable, in letters (zhuang, chuang, shuang).
const LONGEST: usize = 6;

/// Whether `word` (lowercase ASCII letters) splits into pinyin syllables
/// without a letter left over.
pub fn is_pinyin(word: &str) -> bool {
    let b = word.as_bytes();
    if b.is_empty() || !b.iter().all(u8::is_ascii_lowercase) {
        return false;
    }
    // ends[i]: the first i letters split into syllables.
    let mut ends = vec![false; b.len() + 1];
    ends[0] = true;
    for i in 0..b.len() {
        if !ends[i] {
            continue;
        }
        for len in 1..=LONGEST.min(b.len() - i) {
            if SYLLABLES.contains(&word[i..i + len]) {
                ends[i + len] = true;
            }
        }
    }
    ends[b.len()]
}

#[cfg(test)]
mod tests {
    use super::is_pinyin;

    #[test]
    fn splits_into_syllables() {
        for w in [
            "zhongguo", "kejiju", "gongzuo", "zongjie", "xian", "lv", "a",
        ] {
            assert!(is_pinyin(w), "{w}");
        }
        for w in [
            "report", "the", "annual", "work", "science", "", "Zhong", "gdp",
        ] {
            assert!(!is_pinyin(w), "{w}");
        }
    }
}
