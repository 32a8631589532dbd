//! Chunk markers of document-preview sites: `1、` `2、` `3、` put at the
//! start of each chunk (about a page) of a document shown as text. They look
//! like outline numbers, but the first is glued to the document's title
//! (“1、2023年XX区政府工作报告各位代表：…”) and the later ones cut sentences
//! (“…中国银饰之\n2、都”复评…”). They are not headings.

use super::{marker, Line, Style};
use crate::lexicon::words::TITLE;
use crate::text::is_han;
use serde::{Deserialize, Serialize};
use std::ops::Range;

/// One chunk marker of a preview site.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PreviewMarker {
    /// Byte range of the marker, e.g. `2、`.
    pub range: Range<usize>,
    pub number: u32,
    /// The line break (with the indentation around it) before a marker that
    /// cuts a sentence: deleting it and the marker joins the sentence again.
    pub cut: Option<Range<usize>>,
}

/// How many lines from the top of the text a first chunk marker may stand:
/// only the page's title and a line or two of chrome come before it.
const FIRST_WITHIN: usize = 6;

/// The preview markers among `lines`: a run `1、` `2、` … whose first is
/// glued to the title near the top of the text and whose later ones each
/// continue a sentence the line before left open. A marker that does not
/// continue the run is an outline number, whatever its line looks like.
pub(super) fn find(text: &str, lines: &[Line]) -> Vec<PreviewMarker> {
    let mut out: Vec<PreviewMarker> = Vec::new();
    // Whether the first marker was glued to running text after the title
    // (strong) or stands on its own title line (weak: kept only when a
    // later marker confirms the run).
    let mut strong_first = false;
    for (k, line) in lines.iter().enumerate() {
        let Some(m) = marker::at(text, line.range.start) else {
            continue;
        };
        if m.style != Style::ArabicComma {
            continue;
        }
        let body = &text[m.range.end..line.range.end];
        if out.is_empty() {
            if m.number != 1
                || k >= FIRST_WITHIN
                || !lines[..k].iter().all(|l| !is_heading(text, l))
            {
                continue;
            }
            let Some(glued) = title_glue(body) else {
                continue;
            };
            strong_first = glued;
            out.push(PreviewMarker {
                range: m.range,
                number: 1,
                cut: None,
            });
            continue;
        }
        let expected = out.last().map_or(1, |p| p.number + 1);
        if m.number != expected || k == 0 {
            continue;
        }
        let prev = &lines[k - 1];
        if !leaves_sentence_open(&text[prev.range.clone()]) {
            continue;
        }
        let cut = text[prev.range.end..line.range.start]
            .find('\n')
            .map(|_| prev.range.end..line.range.start);
        out.push(PreviewMarker {
            range: m.range,
            number: m.number,
            cut,
        });
    }
    if out.len() == 1 && !strong_first {
        out.clear();
    }
    out
}

fn is_heading(text: &str, line: &Line) -> bool {
    marker::at(text, line.range.start).is_some()
}

/// Whether the text after a `1、` starts with a report's title: a title
/// word before the first punctuation, after a year or an office
/// (“2023年XX区政府工作报告”, not “科技创新工作报告会”). `Some(true)` when a
/// page of running text follows the title without a break (“…工作报告各位
/// 代表：”), `Some(false)` when the title ends the line.
fn title_glue(body: &str) -> Option<bool> {
    let run_end = body
        .find(|c: char| !(is_han(c) || c.is_alphanumeric() || matches!(c, '(' | ')' | '（' | '）')))
        .unwrap_or(body.len());
    let run = &body[..run_end];
    if run.chars().count() > 60 {
        return None;
    }
    let (range, ()) = TITLE.find_iter(run).last()?;
    if !names_year_or_office(&run[..range.start]) {
        return None;
    }
    let after = &run[range.end..];
    if after.is_empty() {
        return (run_end == body.len()).then_some(false);
    }
    // A page of running text glued to the title.
    let glued = after.chars().filter(|&c| is_han(c)).count() >= 2
        && body.chars().filter(|&c| is_han(c)).count() >= 40;
    glued.then_some(true)
}

/// A title's head: a year (2023年, 20XX年, 上半年, 年度) or an office.
fn names_year_or_office(s: &str) -> bool {
    let year = s.char_indices().any(|(i, c)| {
        c == '年'
            && s[..i]
                .chars()
                .next_back()
                .is_some_and(|b| b.is_ascii_alphanumeric() || matches!(b, '半' | '*' | '○' | '〇'))
    });
    year || s.contains("年度")
        || ["局", "县", "区", "市", "政府", "委", "镇", "乡", "中心"]
            .iter()
            .any(|w| s.contains(w))
}

/// A long line of running text that stops mid-sentence: the preview site
/// cut the page there.
fn leaves_sentence_open(s: &str) -> bool {
    let han = s.chars().filter(|&c| is_han(c)).count();
    han >= 20
        && s.contains(['，', '。', '、', ',', '；', ';'])
        && s.chars()
            .next_back()
            .is_some_and(|c| is_han(c) || c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use crate::outline::Outline;

    fn markers(text: &str) -> Vec<(u32, bool)> {
        Outline::parse(text)
            .preview_markers
            .iter()
            .map(|p| (p.number, p.cut.is_some()))
            .collect()
    }

    #[test]
    fn finds_chunk_markers_glued_to_the_title_and_cutting_sentences() {
        let text = "2023年青溪县政府工作报告.docx\n1、2023年青溪县政府工作报告各位代表：现在，我代表县人民政府向大会报告工作，请予审议。一、2023年工作回顾一年来，我们抓产业、谋发展，荣获全国文明\n2、城市称号，全县地区生产总值增长6%，规上工业增加值增长7%，财政收入稳步增长，居民人均可支配收\n3、入3.2万元、增长5.5%。\n";
        assert_eq!(markers(text), [(1, false), (2, true), (3, true)]);
        let o = Outline::parse(text);
        assert!(o.headings.is_empty());
    }

    #[test]
    fn leaves_real_lists_alone() {
        for text in [
            "2023年工作总结\n一、主要工作\n1、抓经济运行。全年规上工业增加值增长7%，完成目标任务。\n2、抓企业培育。新增规上企业12家。\n",
            "1、抓经济运行。全年规上工业增加值增长7%，各项指标稳中有进，完成年度目标任务的\n2、抓企业培育。新增规上企业12家。\n",
            "1、2023年工作总结\n2、2024年工作计划\n",
        ] {
            assert_eq!(markers(text), [], "{text}");
        }
    }
}
