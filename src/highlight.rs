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
