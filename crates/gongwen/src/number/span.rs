//! Paragraphs that speak of several years at once (五年来, 累计, 年均,
//! “十四五”时期): their figures are not one year's. Asked by the rules
//! that compare one year's figures.

use super::Model;
use crate::lexicon::WordSet;
use std::sync::LazyLock;

/// Words of a paragraph that speaks of several years at once (五年来,
/// 累计, 年均, “十四五”时期): its figures are not one year's.
static MANY_YEARS: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::words([
        "累计",
        "五年",
        "年均",
        "以来",
        "期间",
        "时期",
        "十四五",
        "十三五",
        "十五五",
    ])
});

/// Words that open a stretch of paragraphs about several years.
const MANY_YEARS_OPENERS: [&str; 5] = [
    "五年来",
    "过去五年",
    "“十四五”时期",
    "“十四五”以来",
    "十四五以来",
];

/// For each paragraph, whether it speaks of several years: it names them
/// (五年, 累计, 年均…), or it follows, under the same heading, a paragraph
/// that opens a look back over them (五年来，我们……); `headings` are
/// where the headings start, in order. One pass.
pub fn many_year_paragraphs(text: &str, headings: &[usize], numbers: &Model) -> Vec<bool> {
    let hs = headings;
    // Every word of many years, found in one search of the text.
    let words: Vec<usize> = MANY_YEARS.find_iter(text).map(|(r, ())| r.start).collect();
    let mut next_heading = 0;
    let mut stretch = false;
    numbers
        .paragraphs
        .iter()
        .map(|para| {
            while hs.get(next_heading).is_some_and(|&h| h < para.range.start) {
                next_heading += 1;
            }
            if hs.get(next_heading).is_some_and(|&h| h < para.range.end) {
                stretch = false;
            }
            let body = &text[para.range.clone()];
            // A paragraph that opens with one year (2025年，…; 过去一年)
            // ends a look back over several.
            if opens_with_one_year(body) {
                stretch = false;
            }
            stretch |= MANY_YEARS_OPENERS.iter().any(|w| body.starts_with(w));
            let first = words.partition_point(|&at| at < para.range.start);
            stretch || words.get(first).is_some_and(|&at| at < para.range.end)
        })
        .collect()
}

/// Words that open a paragraph about one year.
const ONE_YEAR_OPENERS: [&str; 4] = ["过去一年", "刚刚过去的", "今年以来", "去年以来"];

/// Whether `body` opens with one year: “2025年，”, “2025年是”, or words
/// such as 过去一年.
fn opens_with_one_year(body: &str) -> bool {
    if ONE_YEAR_OPENERS.iter().any(|w| body.starts_with(w)) {
        return true;
    }
    let digits = body.len() - body.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    digits == 4
        && body[digits..]
            .strip_prefix('年')
            .is_some_and(|rest| rest.starts_with(['，', ',', '是']))
}
