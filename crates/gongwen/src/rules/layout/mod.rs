//! 版式: a Word file's typesetting against the layout standard
//! (GB/T 9704-2012 unless the office's `[layout]` says otherwise) — the
//! page and its margins, the title's, headings' and body's fonts and sizes,
//! the line spacing, the page numbers — read from the typeset model
//! (`Ctx::typeset`), which holds nothing for a pasted text or a file not
//! set as a 公文; and the form of document numbers (〔2024〕5号), read from
//! the text.

pub mod body_format;
pub mod doc_number_form;
pub mod heading_format;
pub mod line_spacing;
pub mod page_number_form;
pub mod page_setup;
pub mod title_format;

use crate::typeset::{LineRule, Page, ParagraphFormat, Placed, Standard};
use std::ops::Range;

/// The 1-based line of `at` in `text`.
pub(crate) fn line_of(text: &str, at: usize) -> usize {
    text[..at].matches('\n').count() + 1
}

/// Reports paragraphs wrong the same way as one finding, at the first,
/// with the lines of the others (`unit`: 段 or 处).
pub(crate) fn report_grouped<'p, 'a: 'p>(
    ctx: &crate::rules::Ctx<'_>,
    sink: &mut crate::rules::Sink<'_>,
    paragraphs: impl Iterator<Item = &'p Placed<'a>>,
    unit: &str,
    wrong: impl Fn(&ParagraphFormat) -> Option<String>,
) {
    for (said, ranges) in grouped(paragraphs, wrong) {
        let others = where_else(ctx.text, &ranges, unit);
        sink.report(ranges[0].clone(), format!("{said}{others}。"));
    }
}

/// Paragraphs grouped by what is wrong with them (`wrong` says it, or
/// `None` when nothing is): each group's message and its paragraphs, in
/// the order the first of each stands.
fn grouped<'p, 'a>(
    paragraphs: impl Iterator<Item = &'p Placed<'a>>,
    wrong: impl Fn(&ParagraphFormat) -> Option<String>,
) -> Vec<(String, Vec<Range<usize>>)>
where
    'a: 'p,
{
    let mut groups: Vec<(String, Vec<Range<usize>>)> = Vec::new();
    for p in paragraphs {
        let Some(said) = wrong(p.format) else {
            continue;
        };
        match groups.iter_mut().find(|(s, _)| *s == said) {
            Some((_, ranges)) => ranges.push(p.range.clone()),
            None => groups.push((said, vec![p.range.clone()])),
        }
    }
    groups
}

/// “共 3 段（第 5、9、12 行）” for a group of more than one paragraph.
fn where_else(text: &str, ranges: &[Range<usize>], unit: &str) -> String {
    if ranges.len() < 2 {
        return String::new();
    }
    let lines: Vec<String> = ranges
        .iter()
        .take(8)
        .map(|r| line_of(text, r.start).to_string())
        .collect();
    let more = if ranges.len() > 8 { "……" } else { "" };
    format!(
        "（同样的共 {} {unit}：第 {}{more} 行）",
        ranges.len(),
        lines.join("、")
    )
}

/// A font and size against the fonts and size asked for: what differs, or
/// `None`.
pub(crate) fn font_and_size(
    p: &ParagraphFormat,
    fonts: &[String],
    size_pt: f64,
    what: &str,
) -> Option<String> {
    let mut wrong = Vec::new();
    if let Some(font) = p.east_asia.as_deref() {
        if !crate::typeset::is_one_of(Some(font), fonts) {
            wrong.push(format!("字体为“{font}”，应为{}", fonts.join("或")));
        }
    }
    if let Some(size) = p.size {
        if (f64::from(size) / 2.0 - size_pt).abs() > 0.01 {
            wrong.push(format!(
                "字号为{}，应为{}",
                crate::typeset::size_name(size),
                crate::typeset::size_name((size_pt * 2.0).round() as u32)
            ));
        }
    }
    (!wrong.is_empty()).then(|| format!("{what}{}", wrong.join("，")))
}

/// The line pitch a paragraph takes, in points: exact or at least as
/// set; a multiple of single spacing snapped to the page's grid when it
/// has one; else about 1.3 times the font size (Chinese fonts' single
/// spacing), times the multiple. Also whether it is a fixed value.
pub(crate) fn pitch(p: &ParagraphFormat, page: Option<&Page>, size_pt: f64) -> (f64, bool) {
    let line = p.line.unwrap_or(240);
    match p.line_rule {
        LineRule::Exact | LineRule::AtLeast => (f64::from(line) / 20.0, true),
        LineRule::Auto => {
            let natural = size_pt * 1.3 * f64::from(line) / 240.0;
            match page.and_then(|p| p.line_pitch).filter(|g| *g > 0) {
                Some(grid) => {
                    let grid = f64::from(grid) / 20.0;
                    ((natural / grid).ceil().max(1.0) * grid, true)
                }
                None => (natural, false),
            }
        }
    }
}

/// The size a paragraph is measured at: its own, else the standard's body
/// size.
pub(crate) fn size_pt(p: &ParagraphFormat, standard: &Standard) -> f64 {
    p.size.map_or(standard.body_size_pt, |s| f64::from(s) / 2.0)
}

/// The defaults, with [`example_format`] as the Word file: what the
/// layout rules' tests check with.
#[cfg(test)]
pub(crate) fn example_config() -> crate::Config {
    crate::Config {
        word_format: Some(example_format()),
        ..crate::Config::default()
    }
}

#[cfg(test)]
/// The Word file the rules' documentation speaks of: each example's lines
/// set as its text says (the right ones as GB/T 9704 asks, the wrong ones
/// in Word's defaults), on a page with Word's default margins and a footer
/// numbered 第 1 页.
pub(crate) fn example_format() -> crate::typeset::WordFormat {
    let para = |text: &str, font: &str, size: u32, line: u32, rule: LineRule| ParagraphFormat {
        text: text.to_owned(),
        east_asia: Some(font.to_owned()),
        size: Some(size),
        line: Some(line),
        line_rule: rule,
    };
    let exact = LineRule::Exact;
    crate::typeset::WordFormat {
        page: Some(Page {
            width: 11906,
            height: 16838,
            top: 1440,
            bottom: 1440,
            left: 1800,
            right: 1800,
            line_pitch: None,
        }),
        paragraphs: vec![
            para(
                "青石县科技局2025年工作总结",
                "方正小标宋简体",
                44,
                580,
                exact,
            ),
            para("青石县科技局2024年工作总结", "宋体", 36, 580, exact),
            para("一、主要工作", "黑体", 32, 580, exact),
            para("一、工作成效", "宋体", 32, 580, exact),
            para("（一）创新主体", "楷体_GB2312", 32, 580, exact),
            para("全年新增高新技术企业12家。", "仿宋_GB2312", 32, 580, exact),
            para("全年新增科技型中小企业35家。", "宋体", 24, 580, exact),
            para(
                "全年登记技术合同86项。",
                "仿宋_GB2312",
                32,
                240,
                LineRule::Auto,
            ),
        ],
        page_numbers: vec!["第{PAGE}页".to_owned()],
    }
}
