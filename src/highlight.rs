//! Cutting the draft into plain and highlighted segments for the layer drawn
//! behind the textarea. Pure, so it is tested natively.

use gongwen::Finding;
use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    pub range: Range<usize>,
    /// Index into the findings of the highlighted finding, if any.
    pub finding: Option<usize>,
}

/// Splits `text` into segments in order. Where findings overlap, the earlier
/// one keeps the shared text and the later one is drawn from where the
/// earlier ends, so every character is drawn exactly once and the layer
/// stays aligned with the textarea.
pub fn segments(text: &str, findings: &[Finding]) -> Vec<Segment> {
    let mut order: Vec<usize> = (0..findings.len()).collect();
    order.sort_by_key(|&i| (findings[i].range.start, findings[i].range.end));
    let mut out = Vec::new();
    let mut pos = 0;
    for i in order {
        let r = &findings[i].range;
        let start = r.start.max(pos);
        let end = r.end.min(text.len());
        if start >= end {
            continue;
        }
        if pos < start {
            out.push(Segment {
                range: pos..start,
                finding: None,
            });
        }
        out.push(Segment {
            range: start..end,
            finding: Some(i),
        });
        pos = end;
    }
    if pos < text.len() {
        out.push(Segment {
            range: pos..text.len(),
            finding: None,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use gongwen::{check, Config};

    #[test]
    fn covers_the_text_once_in_order() {
        let text = "新增xx家，增长x.x%，（ ）";
        let report = check(text, &Config::default());
        let segs = segments(text, &report.findings);
        let joined: String = segs.iter().map(|s| &text[s.range.clone()]).collect();
        assert_eq!(joined, text);
        let marked: Vec<&str> = segs
            .iter()
            .filter(|s| s.finding.is_some())
            .map(|s| &text[s.range.clone()])
            .collect();
        assert_eq!(marked, ["xx", "x.x%", "（ ）"]);
    }

    #[test]
    fn clips_overlaps() {
        let text = "待补充xx";
        let mut findings = check(text, &Config::default()).findings;
        let mut wide = findings[0].clone();
        wide.range = 0..text.len();
        findings.push(wide);
        let segs = segments(text, &findings);
        let total: usize = segs.iter().map(|s| s.range.len()).sum();
        assert_eq!(total, text.len());
    }
}
