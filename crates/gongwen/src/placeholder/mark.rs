//! Blank marks: ××, 某某, ○○, □□ and underscore blanks.

use crate::text::{char_at, char_before, is_digit};
use std::ops::Range;

/// The byte ranges of every blank mark in `text`, each with how it is written.
pub fn find(text: &str) -> Vec<(Range<usize>, &'static str)> {
    runs(text)
        .filter_map(|(range, c)| {
            let n = text[range.clone()].chars().count();
            let before = char_before(text, range.start);
            let after = char_at(text, range.end);
            let form = match c {
                '×' if n >= 2 && !(before.is_some_and(is_digit) && after.is_some_and(is_digit)) => {
                    "以 × 代替"
                }
                // A single × between Chinese words is usually a product
                // (长×宽); before a measure word it is a blank (×家).
                '×' if n == 1 && !before.is_some_and(is_digit) && after.is_some_and(is_measure) => {
                    "以 × 代替"
                }
                '某' if n >= 2 => "以“某某”代替",
                '○' | '◯' if n >= 2 => "以 ○ 代替",
                '□' if n >= 2 => "以 □ 代替",
                '_' | '＿'
                    if n >= 2 && !(before.is_some_and(is_ident) && after.is_some_and(is_ident)) =>
                {
                    "以下划线留空"
                }
                _ => return None,
            };
            Some((range, form))
        })
        .collect()
}

fn is_measure(c: char) -> bool {
    "家户个项人名次批县区市镇乡村年月日%％".contains(c)
}

fn is_ident(c: char) -> bool {
    c.is_ascii_alphanumeric()
}

/// Maximal runs of one blank character (`○` and `◯` count as one).
fn runs(text: &str) -> impl Iterator<Item = (Range<usize>, char)> + '_ {
    let class = |c: char| match c {
        '×' | '某' | '□' | '_' | '＿' => Some(c),
        '○' | '◯' => Some('○'),
        _ => None,
    };
    let mut iter = text.char_indices().peekable();
    std::iter::from_fn(move || {
        let (start, first) = iter.by_ref().find_map(|(i, c)| class(c).map(|k| (i, k)))?;
        let mut end = start + text[start..].chars().next().map_or(1, char::len_utf8);
        while let Some(&(i, c)) = iter.peek() {
            if class(c) != Some(first) {
                break;
            }
            end = i + c.len_utf8();
            iter.next();
        }
        Some((start..end, first))
    })
}
