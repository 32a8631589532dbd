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
}
