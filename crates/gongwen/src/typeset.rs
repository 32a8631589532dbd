//! The Word file's typesetting (版式), for the layout rules: what the
//! importer read of a .docx — the page, and each paragraph's fonts, size
//! and line pitch, resolved through the styles, the document defaults and
//! the theme — and the standard it is held to (GB/T 9704-2012 by default,
//! every figure the office's to change in `gongwen.toml`'s `[layout]`).
//!
//! The model places each paragraph of the file in the text by its own text
//! (the first line, in order, that is exactly that paragraph), so a draft
//! edited since it was opened is judged only where its paragraphs are
//! still as the file has them, and gives each a role: the title, a heading
//! of level 1 (一、) or 2 （一）, or body text.

use serde::{Deserialize, Serialize};
use std::ops::Range;

/// What a .docx says of its typesetting.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct WordFormat {
    /// The first section's page (none: the file says nothing).
    pub page: Option<Page>,
    /// The paragraphs of the body outside tables, in order.
    pub paragraphs: Vec<ParagraphFormat>,
    /// The text of each footer that shows a page number, the number's
    /// field written `{PAGE}` (`— {PAGE} —`).
    pub page_numbers: Vec<String>,
}

/// A page: its size and margins, in twentieths of a point (twips; 1 mm =
/// 56.7).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Page {
    pub width: u32,
    pub height: u32,
    pub top: u32,
    pub bottom: u32,
    pub left: u32,
    pub right: u32,
    /// The document grid's line pitch, when the page has one (`w:docGrid`
    /// of type lines).
    pub line_pitch: Option<u32>,
}

/// One paragraph as Word lays it out.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ParagraphFormat {
    /// Its text, as the text of the file has it (numbering label
    /// included).
    pub text: String,
    /// The East Asian font most of its Chinese characters are set in.
    pub east_asia: Option<String>,
    /// The size most of its characters are set in, in half-points (三号,
    /// 16 pt: 32).
    pub size: Option<u32>,
    /// The line spacing: exact or at least, in twips; or a multiple of a
    /// line in 240ths (`auto`).
    pub line: Option<u32>,
    pub line_rule: LineRule,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum LineRule {
    /// A multiple of single spacing (Word's default).
    #[default]
    Auto,
    Exact,
    AtLeast,
}

/// The standard the layout is held to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Standard {
    /// When to check: `auto` (a file already set partly as a 公文 is
    /// held to it: its title in 小标宋 or its body in 仿宋), `always`,
    /// `never`.
    pub check: When,
    /// Paper, width and height, in millimetres.
    pub paper_mm: [f64; 2],
    /// Top, bottom, left and right margins, in millimetres.
    pub margins_mm: [f64; 4],
    pub tolerance_mm: f64,
    /// The title's fonts (a font is right when its name holds one of
    /// these) and size in points.
    pub title_fonts: Vec<String>,
    pub title_size_pt: f64,
    pub body_fonts: Vec<String>,
    pub body_size_pt: f64,
    /// The fonts of level-1 (一、) and level-2 (（一）) headings.
    pub heading_fonts: Vec<Vec<String>>,
    /// The line pitch allowed, from and to, in points.
    pub line_pt: [f64; 2],
}

// Its figures are never NaN (they come from a TOML file or the defaults):
// equality is total, as the config's needs it.
impl Eq for Standard {}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum When {
    #[default]
    Auto,
    Always,
    Never,
}

impl Default for Standard {
    /// GB/T 9704-2012 《党政机关公文格式》: A4; type area 156 × 225 mm with
    /// the top margin 37 mm and the left 28 mm (±1 mm), so bottom 35 and
    /// right 26; title 二号小标宋, body 三号仿宋, level-1 headings 黑体,
    /// level-2 楷体; 22 lines a page, which most offices set as an exact
    /// line spacing of 28 to 29 pt.
    fn default() -> Standard {
        let fonts = |names: &[&str]| names.iter().map(|n| (*n).to_owned()).collect::<Vec<_>>();
        Standard {
            check: When::Auto,
            paper_mm: [210.0, 297.0],
            margins_mm: [37.0, 35.0, 28.0, 26.0],
            tolerance_mm: 1.0,
            title_fonts: fonts(&["小标宋"]),
            title_size_pt: 22.0,
            body_fonts: fonts(&["仿宋"]),
            body_size_pt: 16.0,
            heading_fonts: vec![fonts(&["黑体"]), fonts(&["楷体"])],
            line_pt: [28.0, 29.0],
        }
    }
}

/// The role of a paragraph in the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Title,
    /// A heading of level 1 (一、) or 2 (（一）).
    Heading(u8),
    /// Level 3 and below, and text.
    Body,
}

/// A paragraph of the file found in the text.
#[derive(Debug, Clone)]
pub struct Placed<'a> {
    pub range: Range<usize>,
    pub role: Role,
    pub format: &'a ParagraphFormat,
}

/// The file's paragraphs placed in the text, when the file is to be
/// checked (see [`Standard::check`]).
#[derive(Debug, Default)]
pub struct Model<'a> {
    pub paragraphs: Vec<Placed<'a>>,
    pub page: Option<Page>,
    pub page_numbers: &'a [String],
}

impl<'a> Model<'a> {
    pub fn new(
        text: &str,
        format: Option<&'a WordFormat>,
        standard: &Standard,
        outline: &crate::outline::Outline,
    ) -> Model<'a> {
        let Some(format) = format else {
            return Model::default();
        };
        if standard.check == When::Never {
            return Model::default();
        }
        let titles: Vec<Range<usize>> = outline
            .reports
            .iter()
            .filter_map(|r| r.head.title.clone())
            .collect();
        let mut paragraphs = Vec::new();
        let mut lines = line_ranges(text).into_iter().peekable();
        for p in &format.paragraphs {
            if p.text.trim().is_empty() {
                continue;
            }
            // The next line, in order, that is this paragraph.
            let mut found = None;
            let mut ahead = lines.clone();
            while let Some(r) = ahead.next() {
                if text[r.clone()] == *p.text {
                    found = Some(r);
                    lines = ahead;
                    break;
                }
            }
            let Some(range) = found else {
                continue;
            };
            let role =
                if titles
                    .iter()
                    .any(|t| t.start >= range.start && t.end <= range.end)
                {
                    Role::Title
                } else {
                    match outline.headings.iter().find(|h| {
                        h.marker.start == range.start + leading_blank(&text[range.clone()])
                    }) {
                        Some(h) if h.level <= 2 => Role::Heading(h.level),
                        _ => Role::Body,
                    }
                };
            paragraphs.push(Placed {
                range,
                role,
                format: p,
            });
        }
        let model = Model {
            paragraphs,
            page: format.page,
            page_numbers: &format.page_numbers,
        };
        if standard.check == When::Auto && !model.looks_like_a_gongwen(standard) {
            return Model::default();
        }
        model
    }

    /// Whether the file is set partly as a 公文 already: its title in a
    /// title font, or most of its body in a body font.
    fn looks_like_a_gongwen(&self, standard: &Standard) -> bool {
        let title = self.paragraphs.iter().any(|p| {
            p.role == Role::Title && is_one_of(p.format.east_asia.as_deref(), &standard.title_fonts)
        });
        let body: Vec<&Placed<'_>> = self
            .paragraphs
            .iter()
            .filter(|p| p.role == Role::Body)
            .collect();
        let in_body_font = body
            .iter()
            .filter(|p| is_one_of(p.format.east_asia.as_deref(), &standard.body_fonts))
            .count();
        title || (!body.is_empty() && in_body_font * 2 > body.len())
    }
}

/// Whether `font` is one of `names` (its name holds one of them).
pub fn is_one_of(font: Option<&str>, names: &[String]) -> bool {
    font.is_some_and(|f| names.iter().any(|n| f.contains(n.as_str())))
}

/// Each line's range, without its line break.
fn line_ranges(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let body = line.trim_end_matches(['\n', '\r']);
        out.push(at..at + body.len());
        at += line.len();
    }
    out
}

fn leading_blank(s: &str) -> usize {
    s.len() - s.trim_start().len()
}

/// Millimetres of twips.
pub fn mm(twips: u32) -> f64 {
    f64::from(twips) / 56.692_913
}

/// A size in half-points as Chinese type sizes name it (三号), or points.
pub fn size_name(half_points: u32) -> String {
    const NAMES: [(u32, &str); 10] = [
        (84, "初号"),
        (72, "小初"),
        (52, "一号"),
        (48, "小一"),
        (44, "二号"),
        (36, "小二"),
        (32, "三号"),
        (30, "小三"),
        (28, "四号"),
        (24, "小四"),
    ];
    let pt = f64::from(half_points) / 2.0;
    match NAMES.iter().find(|(h, _)| *h == half_points) {
        Some((_, name)) => format!("{name}（{pt}磅）"),
        None => format!("{pt}磅"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn para(text: &str, font: &str, size: u32) -> ParagraphFormat {
        ParagraphFormat {
            text: text.into(),
            east_asia: Some(font.into()),
            size: Some(size),
            line: Some(580),
            line_rule: LineRule::Exact,
        }
    }

    #[test]
    fn paragraphs_are_placed_by_their_text_and_given_a_role() {
        let text = "白沙县2025年工作总结\n一、主要工作\n（一）稳增长\n全年完成投资4.6亿元。\n";
        let format = WordFormat {
            paragraphs: vec![
                para("白沙县2025年工作总结", "方正小标宋简体", 44),
                para("一、主要工作", "黑体", 32),
                para("（一）稳增长", "楷体_GB2312", 32),
                para("已删去的段落", "仿宋_GB2312", 32),
                para("全年完成投资4.6亿元。", "仿宋_GB2312", 32),
            ],
            ..WordFormat::default()
        };
        let outline = crate::outline::Outline::parse(text);
        let model = Model::new(text, Some(&format), &Standard::default(), &outline);
        let roles: Vec<(&str, Role)> = model
            .paragraphs
            .iter()
            .map(|p| (&text[p.range.clone()], p.role))
            .collect();
        assert_eq!(
            roles,
            [
                ("白沙县2025年工作总结", Role::Title),
                ("一、主要工作", Role::Heading(1)),
                ("（一）稳增长", Role::Heading(2)),
                ("全年完成投资4.6亿元。", Role::Body),
            ]
        );
        // A file not set as a 公文 at all is left alone unless asked.
        let plain = WordFormat {
            paragraphs: vec![para("全年完成投资4.6亿元。", "宋体", 24)],
            ..WordFormat::default()
        };
        assert!(
            Model::new(text, Some(&plain), &Standard::default(), &outline)
                .paragraphs
                .is_empty()
        );
        let always = Standard {
            check: When::Always,
            ..Standard::default()
        };
        assert_eq!(
            Model::new(text, Some(&plain), &always, &outline)
                .paragraphs
                .len(),
            1
        );
        assert_eq!(size_name(32), "三号（16磅）");
        assert!((mm(2098) - 37.0).abs() < 0.05);
    }
}
