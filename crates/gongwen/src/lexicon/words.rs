//! Word tables that more than one model or rule asks about, each written
//! once, in simplified characters. Tables used by a single model or rule
//! live beside it; tables that change with policy are data files.

use super::{Lexicon, WordSet};
use std::sync::LazyLock;

/// Measure words of whole things (家、个、项、人…): a figure before one is a
/// count, and a placeholder before one stands for a number.
pub const COUNT_WORDS: &str =
    "家户个项人名次座套条件批台辆份场所处间栋只本篇部款张笔宗起例支队枚颗轮届类种位块";

/// `c` as written in [`COUNT_WORDS`], if it is a measure word of whole
/// things. Asked at every figure: a binary search, not a scan of the
/// string.
pub fn count_word(c: char) -> Option<&'static str> {
    // The words sorted, and where each stands in the string.
    static SORTED: std::sync::LazyLock<(Vec<char>, Vec<usize>)> = std::sync::LazyLock::new(|| {
        let mut words: Vec<char> = COUNT_WORDS.chars().collect();
        words.sort_unstable();
        let at = words
            .iter()
            .map(|&w| COUNT_WORDS.find(w).unwrap_or_default())
            .collect();
        (words, at)
    });
    let (words, at) = &*SORTED;
    let k = words.binary_search(&c).ok()?;
    Some(&COUNT_WORDS[at[k]..at[k] + c.len_utf8()])
}

/// Which way a stated change goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Direction {
    Up,
    Down,
}

impl Direction {
    /// The word a message uses for it.
    pub fn word(self) -> &'static str {
        match self {
            Direction::Up => "增长",
            Direction::Down => "下降",
        }
    }

    /// The sign a figure of this direction carries (`+7.0%`).
    pub fn sign(self) -> &'static str {
        match self {
            Direction::Up => "+",
            Direction::Down => "-",
        }
    }

    /// `v` with the sign of this direction.
    pub fn signed(self, v: f64) -> f64 {
        match self {
            Direction::Up => v,
            Direction::Down => -v,
        }
    }

    /// The direction of a signed change.
    pub fn of(change: f64) -> Direction {
        if change < 0.0 {
            Direction::Down
        } else {
            Direction::Up
        }
    }
}

/// Words that state a change and its direction: 增长 7.0%, 下降 3.2%.
pub static CHANGE: LazyLock<Lexicon<Direction>> = LazyLock::new(|| {
    let up = [
        "同比增长",
        "增长",
        "增幅",
        "增速",
        "提高",
        "提升",
        "上升",
        "增加",
        "递增",
        // 比上年增长, as county reports shorten it.
        "比增",
    ];
    let down = ["下降", "减少", "降低", "回落", "下滑", "比降"];
    Lexicon::new(
        up.iter()
            .map(|w| (*w, Direction::Up))
            .chain(down.iter().map(|w| (*w, Direction::Down))),
    )
});

/// Words that make a line a report's title (总结、计划、述职…).
pub static TITLE: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::words([
        "总结", "报告", "计划", "汇报", "谋划", "打算", "述职", "自查",
    ])
});

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::fold::fold;

    #[test]
    fn tables_match_traditional_text_through_folding() {
        assert_eq!(
            CHANGE.last(&fold("同比增長")).map(|(_, d)| d),
            Some(Direction::Up)
        );
        assert_eq!(
            CHANGE.last(&fold("較上年減少")).map(|(_, d)| d),
            Some(Direction::Down)
        );
        assert!(TITLE.is_match(&fold("二〇二三年工作總結")));
        assert!(count_word(fold("個").chars().next().unwrap_or_default()).is_some());
    }
}
