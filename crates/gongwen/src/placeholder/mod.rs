//! The placeholder model: every mark an author was supposed to replace —
//! x runs, asterisks, ××/某某/○○/□□/____ — found once, with what the words
//! around it say is missing (`xxxx年` is a year, `xx家` a count, `xx县` a
//! name). Rules and other models ask it; none scans for placeholders itself.

mod asterisk;
mod mark;
mod x;

use crate::lexicon::words::CHANGE;
use crate::text::{char_at, char_before, is_digit, last_chars, Marks};
use std::ops::Range;

/// What a placeholder stands for, as far as its neighbours tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Missing {
    Year,
    Month,
    Date,
    Percent,
    Number,
    Rank,
    Version,
    Name,
    Content,
}

impl Missing {
    pub fn label(self) -> &'static str {
        match self {
            Missing::Year => "年份",
            Missing::Month => "月份",
            Missing::Date => "日期",
            Missing::Percent => "百分比",
            Missing::Number => "数值",
            Missing::Rank => "名次",
            Missing::Version => "版本号",
            Missing::Name => "名称",
            Missing::Content => "内容",
        }
    }
}

/// Measure words and units after a number (simplified and traditional).
const MEASURES: &str = "家户个项人名次座套条件亩吨元万亿千百十批台辆份场期所处间栋株头只本篇部首款张笔宗起例支队口座层栏米倍余多枚颗轮届天周季度时分秒";
/// Place and organisation suffixes that make the placeholder a name.
const NAME_SUFFIXES: &[&str] = &[
    "县", "区", "市", "省", "镇", "乡", "村", "街道", "社区", "大学", "学院", "公司", "企业",
    "集团", "局", "园", "同志", "书记", "主任", "局长", "牌", "路", "湖", "山", "科技", "机械",
    "股份", "有限",
];
/// Words before a percentage that make it a growth rate or a share.
const SHARE_WORDS: &[&str] = &["占比", "占", "比重", "率"];

/// Reads what the placeholder at `range` stands for from the text around it.
/// `range` may already include a trailing `%`.
pub fn missing(text: &str, range: &Range<usize>) -> Missing {
    let snippet = &text[range.clone()];
    if snippet.ends_with(['%', '％', '‰']) {
        return Missing::Percent;
    }
    let after = text[range.end..].trim_start_matches([' ', '\u{3000}']);
    let before = &text[..range.start];
    if after.starts_with("个百分点") || after.starts_with(['%', '％', '‰']) {
        return Missing::Percent;
    }
    if before.ends_with('第') && after.starts_with(['位', '名', '次', '批', '届']) {
        return Missing::Rank;
    }
    if after.starts_with('年') {
        return Missing::Year;
    }
    if after.starts_with(['月']) {
        return Missing::Month;
    }
    if after.starts_with(['日', '号']) {
        return Missing::Date;
    }
    if after.starts_with(['版']) {
        return Missing::Version;
    }
    if NAME_SUFFIXES.iter().any(|s| after.starts_with(s)) {
        return Missing::Name;
    }
    if after.starts_with(|c| MEASURES.contains(c))
        || after.starts_with(['G', 'M', 'K', 'T', 'W'])
        || char_before(text, range.start).is_some_and(is_digit)
        || char_at(text, range.end).is_some_and(is_digit)
    {
        return Missing::Number;
    }
    Missing::Content
}

/// A short note on what the number measures, when the words right before it
/// say so: “（增速）”, “（占比）”.
pub fn hint(text: &str, range: &Range<usize>, missing: Missing) -> &'static str {
    if missing != Missing::Percent {
        return "";
    }
    let before = last_chars(&text[..range.start], 6);
    if CHANGE.is_match(before) || before.contains("同比") || before.contains("环比") {
        "（增速）"
    } else if SHARE_WORDS.iter().any(|w| before.contains(w)) {
        "（占比）"
    } else {
        ""
    }
}

/// `range` extended over a percent sign right after it: `x.x%` is one
/// placeholder for a percentage.
pub fn with_percent(text: &str, mut range: Range<usize>) -> Range<usize> {
    if let Some(c) = char_at(text, range.end).filter(|c| matches!(c, '%' | '％' | '‰')) {
        range.end += c.len_utf8();
    }
    range
}

/// Whether `between` joins two placeholder runs into one (`x.xx`, `*-**`):
/// one or two of the `joiners`.
fn joined_by(between: &str, joiners: &[char]) -> bool {
    let n = between.chars().count();
    (1..=2).contains(&n) && between.chars().all(|c| joiners.contains(&c))
}

/// How a placeholder is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// Latin x runs (`xx`, `20xx`, `x.x%`).
    X,
    /// Asterisks (`**`, `*-**`).
    Asterisk,
    /// Other blank marks, with how they are written (“以 × 代替”).
    Mark(&'static str),
}

impl Form {
    /// How the form is described to the user (“以字母 x 代替”).
    pub fn describe(self) -> &'static str {
        match self {
            Form::X => "以字母 x 代替",
            Form::Asterisk => "以星号代替",
            Form::Mark(how) => how,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Placeholder {
    /// The placeholder, with a trailing `%` when it stands for a percentage.
    pub range: Range<usize>,
    pub form: Form,
    pub missing: Missing,
}

/// Every placeholder of a text, in order of position.
#[derive(Debug, Clone, Default)]
pub struct Model {
    pub items: Vec<Placeholder>,
}

impl Model {
    pub fn new(text: &str, marks: &Marks) -> Model {
        let x = x::find(text, marks).into_iter().map(|r| (r, Form::X));
        let stars = asterisk::find(text, marks)
            .into_iter()
            .map(|r| (r, Form::Asterisk));
        let marks = mark::find(text)
            .into_iter()
            .map(|(r, form)| (r, Form::Mark(form)));
        let mut items: Vec<Placeholder> = x
            .chain(stars)
            .chain(marks)
            .map(|(range, form)| Placeholder {
                missing: missing(text, &range),
                range,
                form,
            })
            .collect();
        items.sort_by_key(|p| (p.range.start, p.range.end));
        Model { items }
    }

    /// The placeholders written as `form` (for marks: any mark).
    pub fn of(&self, form: Form) -> impl Iterator<Item = &Placeholder> + '_ {
        self.items.iter().filter(move |p| match (form, p.form) {
            (Form::Mark(_), Form::Mark(_)) => true,
            (a, b) => a == b,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn what(text: &str, placeholder: &str) -> &'static str {
        let start = text.find(placeholder).unwrap_or_default();
        missing(text, &(start..start + placeholder.len())).label()
    }

    #[test]
    fn reads_what_is_missing_from_the_context() {
        assert_eq!(what("xxxx年", "xxxx"), "年份");
        assert_eq!(what("1-xx月", "xx"), "月份");
        assert_eq!(what("6月xx日", "xx"), "日期");
        assert_eq!(what("增长xx.x%", "xx.x%"), "百分比");
        assert_eq!(what("提高x个百分点", "x"), "百分比");
        assert_eq!(what("新增xx家", "xx"), "数值");
        assert_eq!(what("xx亿元", "xx"), "数值");
        assert_eq!(what("排名第x位", "x"), "名次");
        assert_eq!(what("xx县", "xx"), "名称");
        assert_eq!(what("与xx大学合作", "xx"), "名称");
        assert_eq!(what("指南（x.x版）", "x.x"), "版本号");
        assert_eq!(what("支持xx、粮食产业园", "xx"), "内容");
    }

    #[test]
    fn hints_growth_and_share() {
        let text = "同比增长xx.x%，占比x%";
        let a = text.find("xx.x%").unwrap_or_default();
        assert_eq!(hint(text, &(a..a + 6), Missing::Percent), "（增速）");
        let b = text.rfind("x%").unwrap_or_default();
        assert_eq!(hint(text, &(b..b + 2), Missing::Percent), "（占比）");
    }
}
