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
const MANY_YEARS_OPENERS: [&str; 7] = [
    "五年来",
    "这五年",
    "五年间",
    "过去五年",
    "“十四五”时期",
    "“十四五”以来",
    "十四五以来",
];

/// Which figures speak of several years at once: those of a paragraph in
/// a look back over several years (after 五年来，我们……, under the same
/// heading), and those of a sentence that names several years (累计, 年均,
/// 五年, “十四五”时期). A word of many years marks its sentence, not its
/// paragraph: “累计注册科技型企业4500家” in a review of one year leaves
/// that year's other figures one year's.
#[derive(Debug, Clone, Default)]
pub struct ManyYears {
    /// Per paragraph of the number model: inside a look back's stretch.
    stretch: Vec<bool>,
    /// Per paragraph: whether it holds a word of many years.
    worded: Vec<bool>,
    /// Where each word of many years starts, in order.
    words: Vec<usize>,
}

impl ManyYears {
    /// Whether the figure `s` states is of several years.
    pub fn of(&self, s: &super::Statement) -> bool {
        self.stretch.get(s.paragraph).copied().unwrap_or(true) || self.names(&s.sentence)
    }

    /// Whether paragraph `p` speaks of several years anywhere: in a look
    /// back, or naming them in one of its sentences.
    pub fn paragraph(&self, p: usize) -> bool {
        self.stretch.get(p).copied().unwrap_or(true) || self.worded.get(p).copied().unwrap_or(true)
    }

    /// Whether paragraph `p` stands in a look back over several years
    /// (after 五年来，我们…… under the same heading), whatever it names.
    pub fn in_look_back(&self, p: usize) -> bool {
        self.stretch.get(p).copied().unwrap_or(true)
    }

    /// Whether `range` holds a word of many years.
    fn names(&self, range: &std::ops::Range<usize>) -> bool {
        let first = self.words.partition_point(|&at| at < range.start);
        self.words.get(first).is_some_and(|&at| at < range.end)
    }
}

/// Which figures of `numbers` speak of several years; `headings` are where
/// the headings start, in order. One pass.
pub fn many_years(text: &str, headings: &[usize], numbers: &Model) -> ManyYears {
    let hs = headings;
    // Every word of many years, found in one search of the text.
    let words: Vec<usize> = MANY_YEARS.find_iter(text).map(|(r, ())| r.start).collect();
    let mut next_heading = 0;
    let mut stretch = false;
    let mut flags = Vec::with_capacity(numbers.paragraphs.len());
    let mut worded = Vec::with_capacity(numbers.paragraphs.len());
    for para in &numbers.paragraphs {
        while hs.get(next_heading).is_some_and(|&h| h < para.range.start) {
            next_heading += 1;
        }
        if hs.get(next_heading).is_some_and(|&h| h < para.range.end) {
            stretch = false;
        }
        // An address opens a speech's paragraph (各位代表！刚刚过去的2025年…).
        let body = &text[para.range.clone()];
        let body = body.strip_prefix("各位代表").map_or(body, |rest| {
            rest.trim_start_matches(['！', '，', ',', '：', '!', ':'])
        });
        // A paragraph that opens with one year (2025年，…; 过去一年)
        // ends a look back over several.
        if opens_with_one_year(body) {
            stretch = false;
        }
        // An opener at the start, or in a first sentence that looks back
        // on the period (透过2025回望“十四五”，……。这五年，是……).
        let first = body.find('。').map_or(body, |k| &body[..k]);
        stretch |= MANY_YEARS_OPENERS.iter().any(|w| body.starts_with(w))
            || (first.contains("回望") && first.contains("五”"));
        flags.push(stretch);
        let first = words.partition_point(|&at| at < para.range.start);
        worded.push(words.get(first).is_some_and(|&at| at < para.range.end));
    }
    ManyYears {
        stretch: flags,
        worded,
        words,
    }
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
