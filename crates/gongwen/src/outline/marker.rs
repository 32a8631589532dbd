//! Heading markers: 一、 （一） (一) 1. 1． 1、 （1） (1) ①.

use crate::number::chinese;
use crate::text::{fold_width, is_digit};
use serde::{Deserialize, Serialize};
use std::ops::Range;

/// How a heading number is written. Each style belongs to one level.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Style {
    /// 一、
    ChineseComma,
    /// 一. or 一． (a level-one number with the dot of Arabic numbers; GB/T
    /// 15834 writes 一、)
    ChineseDot,
    /// （一）
    FullParenChinese,
    /// (一)
    HalfParenChinese,
    /// 1.
    ArabicDot,
    /// 1．
    ArabicFullDot,
    /// 1、
    ArabicComma,
    /// （1）
    FullParenArabic,
    /// (1)
    HalfParenArabic,
    /// ①
    Circled,
}

impl Style {
    pub fn level(self) -> u8 {
        match self {
            Style::ChineseComma | Style::ChineseDot => 1,
            Style::FullParenChinese | Style::HalfParenChinese => 2,
            Style::ArabicDot | Style::ArabicFullDot | Style::ArabicComma => 3,
            Style::FullParenArabic | Style::HalfParenArabic => 4,
            Style::Circled => 5,
        }
    }

    /// How number `n` is written in this style, for messages.
    pub fn write(self, n: u32) -> String {
        let c = chinese_number(n);
        match self {
            Style::ChineseComma => format!("{c}、"),
            Style::ChineseDot => format!("{c}."),
            Style::FullParenChinese => format!("（{c}）"),
            Style::HalfParenChinese => format!("({c})"),
            Style::ArabicDot => format!("{n}."),
            Style::ArabicFullDot => format!("{n}．"),
            Style::ArabicComma => format!("{n}、"),
            Style::FullParenArabic => format!("（{n}）"),
            Style::HalfParenArabic => format!("({n})"),
            Style::Circled => char::from_u32(0x2460 + n.saturating_sub(1))
                .map_or_else(|| format!("({n})"), String::from),
        }
    }
}

/// 1 → 一, 12 → 十二, 20 → 二十.
pub fn chinese_number(n: u32) -> String {
    const D: [&str; 10] = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    match n {
        0..=9 => D[n as usize].to_owned(),
        10..=19 => format!("十{}", if n == 10 { "" } else { D[(n - 10) as usize] }),
        20..=99 => format!(
            "{}十{}",
            D[(n / 10) as usize],
            if n % 10 == 0 {
                ""
            } else {
                D[(n % 10) as usize]
            }
        ),
        _ => n.to_string(),
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Marker {
    pub range: Range<usize>,
    pub style: Style,
    pub number: u32,
}

/// A `N.` marker followed by a figure (`20.2026年10件实事`, `21.5+2产业`):
/// the caller takes it for a heading only where `N.` continues a list.
pub fn before_figure(text: &str, at: usize) -> Option<Marker> {
    let s = &text[at..];
    let (n, len, is_chinese) = number_at(s)?;
    let sep = s[len..].chars().next()?;
    let after = s[len + sep.len_utf8()..].chars().next();
    let style = match sep {
        '.' => Style::ArabicDot,
        '．' => Style::ArabicFullDot,
        _ => return None,
    };
    (!is_chinese && after.is_some_and(is_digit)).then_some(Marker {
        range: at..at + len + sep.len_utf8(),
        style,
        number: n,
    })
}

/// The heading marker at byte `at` (the start of a line's content), if any.
pub fn at(text: &str, at: usize) -> Option<Marker> {
    let s = &text[at..];
    let first = s.chars().next()?;
    let marker = |len: usize, style: Style, number: u32| {
        Some(Marker {
            range: at..at + len,
            style,
            number,
        })
    };
    if let Some(c @ '①'..='⑳') = Some(first) {
        return marker(c.len_utf8(), Style::Circled, c as u32 - 0x2460 + 1);
    }
    if matches!(first, '（' | '(') {
        let inner = &s[first.len_utf8()..];
        let (n, len, is_chinese) = number_at(inner)?;
        let close = inner[len..].chars().next()?;
        if !matches!(close, '）' | ')') {
            return None;
        }
        let full = first == '（';
        let style = match (is_chinese, full) {
            (true, true) => Style::FullParenChinese,
            (true, false) => Style::HalfParenChinese,
            (false, true) => Style::FullParenArabic,
            (false, false) => Style::HalfParenArabic,
        };
        return marker(first.len_utf8() + len + close.len_utf8(), style, n);
    }
    let (n, len, is_chinese) = number_at(s)?;
    let sep = s[len..].chars().next()?;
    let after = s[len + sep.len_utf8()..].chars().next();
    let style = match (is_chinese, sep) {
        (true, '、') => Style::ChineseComma,
        // 一.五 is not a heading; 一.总体情况 is one, mispunctuated.
        (true, '.' | '．')
            if !after.is_some_and(|c| is_digit(c) || "一二三四五六七八九十".contains(c)) =>
        {
            Style::ChineseDot
        }
        // `1.5亿元` is a figure, not a heading.
        (false, '.') if !after.is_some_and(is_digit) => Style::ArabicDot,
        (false, '．') if !after.is_some_and(is_digit) => Style::ArabicFullDot,
        (false, '、') => Style::ArabicComma,
        _ => return None,
    };
    after?;
    marker(len + sep.len_utf8(), style, n)
}

/// A heading number at the start of `s`: (value, byte length, Chinese?).
fn number_at(s: &str) -> Option<(u32, usize, bool)> {
    let digits: usize = s
        .chars()
        .take_while(|c| is_digit(*c))
        .take(3)
        .map(char::len_utf8)
        .sum();
    if digits > 0 {
        let n: String = s[..digits].chars().map(fold_width).collect();
        return n
            .parse()
            .ok()
            .filter(|n| *n > 0)
            .map(|n| (n, digits, false));
    }
    let run: usize = s
        .chars()
        .take_while(|c| {
            matches!(
                c,
                '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十'
            )
        })
        .take(3)
        .map(char::len_utf8)
        .sum();
    if run == 0 {
        return None;
    }
    let n = chinese::value(&s[..run])?;
    (1.0..=99.0).contains(&n).then_some((n as u32, run, true))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(s: &str) -> Option<(Style, u32, &str)> {
        at(s, 0).map(|m| (m.style, m.number, &s[m.range]))
    }

    #[test]
    fn reads_markers_of_every_style() {
        assert_eq!(read("一、工作情况"), Some((Style::ChineseComma, 1, "一、")));
        assert_eq!(
            read("十二、其他"),
            Some((Style::ChineseComma, 12, "十二、"))
        );
        assert_eq!(
            read("（三）稳运行"),
            Some((Style::FullParenChinese, 3, "（三）"))
        );
        assert_eq!(
            read("(十一)外贸"),
            Some((Style::HalfParenChinese, 11, "(十一)"))
        );
        assert_eq!(read("2.抓调度"), Some((Style::ArabicDot, 2, "2.")));
        assert_eq!(read("2．抓调度"), Some((Style::ArabicFullDot, 2, "2．")));
        assert_eq!(read("3、平台"), Some((Style::ArabicComma, 3, "3、")));
        assert_eq!(
            read("（4）细项"),
            Some((Style::FullParenArabic, 4, "（4）"))
        );
        assert_eq!(read("(4)细项"), Some((Style::HalfParenArabic, 4, "(4)")));
        assert_eq!(read("③要点"), Some((Style::Circled, 3, "③")));
    }

    #[test]
    fn leaves_figures_and_prose_alone() {
        for s in [
            "1.5亿元",
            "2023年",
            "一是抓运行",
            "（2022年12家）",
            "今年以来",
            "（）",
            "1.",
        ] {
            assert_eq!(read(s), None, "{s}");
        }
        assert_eq!(Style::FullParenChinese.write(12), "（十二）");
        assert_eq!(Style::ChineseComma.write(20), "二十、");
    }
}
