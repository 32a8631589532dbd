//! x placeholders: Latin x/X runs standing for a figure, year, name or
//! unit (`xx家`, `20xx年`, `x.x%`, `xG`, `“x+X”`).

use super::{joined_by, with_percent};
use crate::text::{
    char_at, char_before, fold_width, is_cjk_punct, is_digit, is_han, is_word_char, last_chars,
    Marks,
};
use std::ops::Range;

/// Units that may follow an x run inside one Latin word (`xxxmhz`).
const UNITS: &[&str] = &[
    "mhz", "ghz", "khz", "hz", "kw", "mw", "gw", "kwh", "mwh", "km", "kg", "mm", "cm", "m", "t",
    "mb", "gb", "tb", "kv", "w", "mu",
];
/// Characters that join x runs into one placeholder (`x.xx`, `x-xx`, `x+X`).
const JOINERS: &[char] = &['.', '．', '-', '－', '—', '–', '+', '＋', '~', '～'];
/// Words where a single X is a real term, not a placeholder (X光, X射线).
const X_TERMS: &[&str] = &["光", "射线", "线", "轴", "型", "形", "染色", "荧光"];

/// The byte ranges of every x placeholder in `text`.
pub fn find(text: &str, marks: &Marks) -> Vec<Range<usize>> {
    let mut groups: Vec<(Range<usize>, Part)> = Vec::new();
    // Cheapest test first: most words (figures) hold no x at all.
    let has_x = |w: &Range<usize>| text[w.clone()].contains(['x', 'X', 'ｘ', 'Ｘ']);
    for (range, part) in words(marks).filter(has_x).filter_map(|w| classify(text, w)) {
        if let Some((last, last_part)) = groups.last_mut() {
            if joined_by(&text[last.end..range.start], JOINERS) {
                last.end = range.end;
                *last_part = Part::Joined;
                continue;
            }
        }
        groups.push((range, part));
    }
    groups
        .into_iter()
        .filter(|(range, part)| *part != Part::LoneX || lone_x_is_placeholder(text, range))
        .map(|(range, _)| with_percent(text, range))
        .collect()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    /// A single `x` with nothing else in its word: a placeholder only where
    /// Chinese text surrounds it, not in a formula (`2 x 3`).
    LoneX,
    /// Two or more x, digits and x (`20xx`), or an x run before a unit.
    Strong,
    /// Several runs joined by `.`, `-`, `+`…
    Joined,
}

/// Maximal runs of Latin letters and digits.
fn words(marks: &Marks) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut iter = marks.all().iter().peekable();
    std::iter::from_fn(move || {
        let &(start, c) = iter.find(|(_, c)| is_word_char(*c))?;
        let mut end = start + c.len_utf8();
        // The word ends at a mark that is no word character, or where a Han
        // letter lies between two marks.
        while let Some(&&(i, c)) = iter.peek() {
            if i != end || !is_word_char(c) {
                break;
            }
            end = i + c.len_utf8();
            iter.next();
        }
        Some(start..end)
    })
}

/// The placeholder part of one word, if any.
fn classify(text: &str, word: Range<usize>) -> Option<(Range<usize>, Part)> {
    // Streamed, not collected: a pasted word can be a megabyte long.
    let mut chars = text[word.clone()]
        .char_indices()
        .map(|(i, c)| (word.start + i, fold_width(c)))
        .peekable();
    let mut digits = 0;
    while chars.next_if(|(_, c)| c.is_ascii_digit()).is_some() {
        digits += 1;
    }
    let mut xs = 0;
    while chars.next_if(|(_, c)| matches!(c, 'x' | 'X')).is_some() {
        xs += 1;
    }
    if xs == 0 {
        return None;
    }
    let Some(&(x_end, _)) = chars.peek() else {
        return match (digits, xs) {
            (0, 1) => Some((word, Part::LoneX)),
            (0, _) => Some((word, Part::Strong)),
            // `20xx`, `2xxx`; not `2x` (twice) or `3x4` (a product).
            (_, x) if x >= 2 => Some((word, Part::Strong)),
            // `202x` is a year; `555X` names a programme.
            (3, 1)
                if text[word.clone()].starts_with("20") || text[word.clone()].starts_with("19") =>
            {
                Some((word, Part::Strong))
            }
            _ => None,
        };
    };
    if digits > 0 {
        return None;
    }
    // A single x takes only a capital unit letter (`xG` for 5G, `xM` for a
    // bandwidth); lower-case units need two or more x, so that words such
    // as `xml` stay words.
    let unit = &text[x_end..word.end];
    let is_unit = || {
        let folded = || unit.chars().map(|c| fold_width(c).to_ascii_lowercase());
        UNITS.iter().any(|u| folded().eq(u.chars()))
    };
    if matches!(unit, "G" | "M" | "K" | "T" | "W") || (xs >= 2 && is_unit()) {
        return Some((word.start..x_end, Part::Strong));
    }
    None
}

fn lone_x_is_placeholder(text: &str, range: &Range<usize>) -> bool {
    let after = &text[range.end..];
    let before = char_before(text, range.start);
    let next = char_at(text, range.end);
    if X_TERMS.iter().any(|t| after.starts_with(t)) {
        return false;
    }
    // A term of a programme's formula: “1+N+X”, “双尖双领+X”, “X+1”.
    let plus = |c: Option<char>| matches!(c, Some('+' | '＋'));
    if plus(before) || plus(next) {
        return false;
    }
    // Model numbers: `X-7`, `7-X`.
    let dash = |c: Option<char>| matches!(c, Some('-' | '－'));
    let mut ahead = after.chars();
    let mut behind = last_chars(&text[..range.start], 2).chars();
    if (dash(ahead.next()) && ahead.next().is_some_and(is_digit))
        || (behind.next().is_some_and(is_digit) && dash(behind.next()))
    {
        return false;
    }
    let chinese = |c: Option<char>| {
        c.is_some_and(|c| is_han(c) || is_cjk_punct(c) || matches!(c, '%' | '％'))
    };
    chinese(before) || chinese(next)
}
