//! Cutting the draft into plain and highlighted pieces for the layer drawn
//! behind the textarea. Pure, so it is tested natively.

use std::ops::Range;

/// What a piece of the layer shows, highest priority first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Mark {
    /// Finding `i` of the report.
    Finding(usize),
    /// A number involved in the selected finding.
    Related,
    /// Key figure `i` of the report (an anchor, underlined on its tab).
    Metric(usize),
    /// Heading `i` of the outline (an anchor for the 大纲 panel).
    Heading(usize),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    pub range: Range<usize>,
    pub mark: Option<Mark>,
}

/// Splits `text` into pieces in order, each drawn with the highest-priority
/// mark that covers it. Every byte is drawn exactly once, so the layer stays
/// aligned with the textarea however the marks overlap.
pub fn pieces(text: &str, marks: &[(Range<usize>, Mark)]) -> Vec<Piece> {
    let mut bounds: Vec<usize> = marks
        .iter()
        .flat_map(|(r, _)| [r.start.min(text.len()), r.end.min(text.len())])
        .chain([0, text.len()])
        .collect();
    bounds.sort_unstable();
    bounds.dedup();
    let mut by_start: Vec<&(Range<usize>, Mark)> = marks.iter().collect();
    by_start.sort_by_key(|(r, _)| r.start);
    let mut out: Vec<Piece> = Vec::new();
    let mut active: Vec<&(Range<usize>, Mark)> = Vec::new();
    let mut next = 0;
    for w in bounds.windows(2) {
        let (a, b) = (w[0], w[1]);
        while next < by_start.len() && by_start[next].0.start <= a {
            active.push(by_start[next]);
            next += 1;
        }
        active.retain(|(r, _)| r.end > a);
        let mark = active
            .iter()
            .filter(|(r, _)| r.start <= a && r.end >= b)
            .map(|(_, m)| *m)
            .min();
        match out.last_mut() {
            Some(last) if last.mark == mark && last.range.end == a => last.range.end = b,
            _ => out.push(Piece { range: a..b, mark }),
        }
    }
    out
}

/// A piece of the layer cut at block boundaries: ranges are relative to
/// the block's start.
pub type Blocks = Vec<(Range<usize>, Vec<Piece>)>;

/// A line longer than this is cut into several blocks.
const LONG_LINE: usize = 2048;

/// Cuts the layer into blocks that the page redraws separately: each line
/// with the empty lines after it, and a long line (a one-line paste) after
/// a 。 or ， once it has `LONG_LINE` bytes (or anywhere at four times that).
/// Block ends are defined by the text around them, not by counting from
/// the top, so typing changes the blocks at the edit and leaves the rest
/// equal: the page redraws one block per keystroke, not the whole text.
pub fn blocks(text: &str, pieces: Vec<Piece>) -> Blocks {
    let bytes = text.as_bytes();
    let mut ends = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'\n' {
            // Empty lines stay with the line before them.
            let mut j = i + 1;
            while j < bytes.len() && (bytes[j] == b'\n' || bytes[j] == b'\r') {
                j += 1;
            }
            ends.push(j);
            start = j;
            i = j;
            continue;
        }
        let len = i - start;
        if len >= LONG_LINE && text.is_char_boundary(i) {
            let end = if text[i..].starts_with('。') || text[i..].starts_with('，') {
                i + '。'.len_utf8()
            } else if len >= 4 * LONG_LINE {
                i
            } else {
                i += 1;
                continue;
            };
            ends.push(end);
            start = end;
            i = end;
            continue;
        }
        i += 1;
    }
    if start < text.len() || ends.is_empty() {
        ends.push(text.len());
    }
    let mut out: Blocks = Vec::with_capacity(ends.len());
    let mut pieces = pieces.into_iter().peekable();
    let mut from = 0;
    for end in ends {
        let mut inside = Vec::new();
        while let Some(p) = pieces.peek_mut() {
            if p.range.start >= end {
                break;
            }
            let cut_end = p.range.end.min(end);
            inside.push(Piece {
                range: p.range.start - from..cut_end - from,
                mark: p.mark,
            });
            if p.range.end > end {
                p.range.start = end;
                break;
            }
            pieces.next();
        }
        out.push((from..end, inside));
        from = end;
    }
    out
}

/// How the text changed since the last check: one edited stretch between
/// an unchanged prefix and an unchanged suffix (what typing or pasting at
/// one place does). Marks outside the stretch keep following their words
/// until the next check lands; marks inside it are dropped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shift {
    /// Bytes before the edit, the same in both texts.
    prefix: usize,
    /// Where the unchanged suffix starts in the old text.
    old_tail: usize,
    /// New length minus old length.
    delta: isize,
}

impl Shift {
    pub fn between(old: &str, new: &str) -> Shift {
        let mut prefix = old
            .bytes()
            .zip(new.bytes())
            .take_while(|(a, b)| a == b)
            .count();
        while !old.is_char_boundary(prefix) || !new.is_char_boundary(prefix) {
            prefix -= 1;
        }
        let max = old.len().min(new.len()) - prefix;
        let mut suffix = old
            .bytes()
            .rev()
            .zip(new.bytes().rev())
            .take(max)
            .take_while(|(a, b)| a == b)
            .count();
        while !old.is_char_boundary(old.len() - suffix) || !new.is_char_boundary(new.len() - suffix)
        {
            suffix -= 1;
        }
        Shift {
            prefix,
            old_tail: old.len() - suffix,
            delta: new.len() as isize - old.len() as isize,
        }
    }

    /// Where `range` of the old text is in the new one, unless the edit
    /// touched it.
    pub fn map(&self, range: &Range<usize>) -> Option<Range<usize>> {
        if range.end <= self.prefix {
            Some(range.clone())
        } else if range.start >= self.old_tail {
            let at = |i: usize| (i as isize + self.delta) as usize;
            Some(at(range.start)..at(range.end))
        } else {
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use gongwen::{check, Config};

    fn marked(text: &str, marks: &[(Range<usize>, Mark)]) -> Vec<(String, Option<Mark>)> {
        pieces(text, marks)
            .into_iter()
            .map(|p| (text[p.range].to_owned(), p.mark))
            .collect()
    }

    #[test]
    fn covers_the_text_once_in_order() {
        let text = "新增xx家，增长x.x%，（ ）";
        let report = check(text, &Config::default());
        let marks: Vec<_> = report
            .findings
            .iter()
            .enumerate()
            .map(|(i, f)| (f.range.clone(), Mark::Finding(i)))
            .collect();
        let pieces = marked(text, &marks);
        assert_eq!(
            pieces.iter().map(|p| p.0.as_str()).collect::<String>(),
            text
        );
        let found: Vec<&str> = pieces
            .iter()
            .filter(|p| p.1.is_some())
            .map(|p| p.0.as_str())
            .collect();
        assert_eq!(found, ["xx", "x.x%", "（ ）"]);
    }

    #[test]
    fn marks_follow_an_edit_elsewhere_and_drop_when_touched() {
        let old = "新增xx家，增长x.x%。";
        let new = "全年新增xx家，增长x.x%。";
        let shift = Shift::between(old, new);
        let xx = old.find("xx").unwrap_or_default();
        let moved = shift.map(&(xx..xx + 2)).unwrap_or_default();
        assert_eq!(&new[moved], "xx");
        // Typing inside the placeholder: its mark goes until the check.
        let typed = "新增1x家，增长x.x%。";
        let shift = Shift::between(old, typed);
        assert_eq!(shift.map(&(xx..xx + 2)), None);
        let rate = old.find("x.x%").unwrap_or_default();
        let moved = shift.map(&(rate..rate + 4)).unwrap_or_default();
        assert_eq!(&typed[moved], "x.x%");
        // Repeated characters at the edit and astral ones stay on boundaries.
        let shift = Shift::between("𠀀𠀀𠀀", "𠀀𠀀𠀀𠀀");
        assert!(shift.map(&(0..4)).is_some());
    }

    #[test]
    fn findings_win_over_related_and_metrics() {
        let text = "产值150亿元增长7.0%";
        let marks = [
            (6..15, Mark::Metric(0)),
            (9..15, Mark::Related),
            (15..25, Mark::Finding(0)),
        ];
        assert_eq!(
            marked(text, &marks),
            [
                ("产值".to_owned(), None),
                ("150".to_owned(), Some(Mark::Metric(0))),
                ("亿元".to_owned(), Some(Mark::Related)),
                ("增长7.0%".to_owned(), Some(Mark::Finding(0))),
            ]
        );
    }

    #[test]
    fn blocks_cover_the_text_and_stay_equal_away_from_an_edit() {
        let text = "一、总体情况\n\n全年新增xx家。\n二、存在问题\n";
        let xx = text.find("xx").unwrap_or_default();
        let marks = [(xx..xx + 2, Mark::Finding(0))];
        let cut = blocks(text, pieces(text, &marks));
        let lines: Vec<&str> = cut.iter().map(|(r, _)| &text[r.clone()]).collect();
        assert_eq!(
            lines,
            ["一、总体情况\n\n", "全年新增xx家。\n", "二、存在问题\n"]
        );
        // Every block's pieces cover it, relative to its start.
        for (range, inside) in &cut {
            let block = &text[range.clone()];
            assert_eq!(
                inside
                    .iter()
                    .map(|p| &block[p.range.clone()])
                    .collect::<String>(),
                block
            );
        }
        assert_eq!(cut[1].0.len(), "全年新增xx家。\n".len());
        let marked: Vec<_> = cut[1].1.iter().filter(|p| p.mark.is_some()).collect();
        assert_eq!(&text[cut[1].0.start..][marked[0].range.clone()], "xx");
        // Typing in the first line leaves the other blocks as they were.
        let typed = "一、总体情况概述\n\n全年新增xx家。\n二、存在问题\n";
        let again = blocks(typed, pieces(typed, &[]));
        assert_eq!(&typed[again[2].0.clone()], lines[2]);
        // A mark across a line end is cut into one part per block.
        let across = blocks(text, pieces(text, &[(3..text.len() - 3, Mark::Related)]));
        assert!(across
            .iter()
            .all(|(_, p)| p.iter().any(|p| p.mark == Some(Mark::Related))));
    }

    #[test]
    fn a_one_line_paste_is_cut_at_punctuation() {
        let text = "企业发展势头良好，".repeat(2000);
        let cut = blocks(&text, pieces(&text, &[]));
        assert!(cut.len() > 10, "{} blocks", cut.len());
        assert!(cut.iter().all(|(r, _)| text[r.clone()].ends_with('，')));
        let mut at = 0;
        for (r, _) in &cut {
            assert_eq!(r.start, at);
            at = r.end;
        }
        assert_eq!(at, text.len());
        // Without any punctuation it is still cut, on character boundaries.
        let plain = "字".repeat(10_000);
        let cut = blocks(&plain, pieces(&plain, &[]));
        assert!(cut.len() > 1 && cut.iter().all(|(r, _)| plain.is_char_boundary(r.start)));
        assert_eq!(blocks("", Vec::new()).len(), 1);
    }
}
