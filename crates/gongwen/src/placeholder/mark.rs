//! Blank marks: ××, 某某, ○○, □□ and underscore blanks.

use crate::lexicon::Lexicon;
use crate::text::{char_at, char_before, is_digit};
use std::ops::Range;
use std::sync::LazyLock;

/// The byte ranges of every blank mark in `text`, each with how it is written.
pub fn find(text: &str) -> Vec<(Range<usize>, &'static str)> {
    runs(text)
        .into_iter()
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

/// The blank characters, each with its class (`○` and `◯` are one).
static BLANKS: LazyLock<Lexicon<char>> = LazyLock::new(|| {
    Lexicon::new([
        ("×", '×'),
        ("某", '某'),
        ("□", '□'),
        ("_", '_'),
        ("＿", '＿'),
        ("○", '○'),
        ("◯", '○'),
    ])
});

/// Maximal runs of one blank character, found by one automaton search
/// (most texts have none: no character is decoded to learn that).
fn runs(text: &str) -> Vec<(Range<usize>, char)> {
    let mut out: Vec<(Range<usize>, char)> = Vec::new();
    for (range, class) in BLANKS.find_iter(text) {
        match out.last_mut() {
            Some((run, k)) if run.end == range.start && *k == class => run.end = range.end,
            _ => out.push((range, class)),
        }
    }
    out
}
