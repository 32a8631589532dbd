//! `unfilled-x`: Latin x/X runs standing for a figure, year, name or unit.

use super::{unfilled_message, with_percent};
use crate::finding::{Category, Severity};
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use crate::text::{
    char_at, char_before, fold_width, is_cjk_punct, is_digit, is_han, is_word_char, last_chars,
};
use std::ops::Range;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "unfilled-x",
        category: Category::Placeholder,
        severity: Severity::Error,
        fix: FixAvailability::None,
        docs: Docs {
            what: "用字母 x/X 顶替、尚未填写的数字、年份、名称或单位，如 xx家、20xx年、x.x%、x-xx月、xx县、xG基站、“x+X”产业。几个 x 串以 . - — + 相连时算作一处。",
            why: "起草时照抄上年材料或模板网站，数字和名称常先用 x 占位，最后忘了填。带着 xx 上报的材料会被退回，也最难看。",
            bad: "全年新增规上工业企业xx家，工业增加值同比增长x.x%，建成xG基站xx个。",
            good: "全年新增规上工业企业12家，引进Xbox配件、x86服务器和Linux运维项目，拍X光片。",
        },
    },
    check,
};

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    for range in ctx.x_placeholders().iter().cloned() {
        let message = unfilled_message(ctx.text, &range, "以字母 x 代替");
        sink.report(range, message);
    }
}

/// Units that may follow an x run inside one Latin word (`xxxmhz`).
const UNITS: &[&str] = &[
    "mhz", "ghz", "khz", "hz", "kw", "mw", "gw", "kwh", "mwh", "km", "kg", "mm", "cm", "m", "t",
    "mb", "gb", "tb", "kv", "w", "mu",
];
/// Characters that join x runs into one placeholder (`x.xx`, `x-xx`, `x+X`).
const JOINERS: &[char] = &['.', '．', '-', '－', '—', '–', '+', '＋', '~', '～'];
/// Words where a single X is a real term, not a placeholder (X光, X射线).
const X_TERMS: &[&str] = &[
    "光", "射线", "射線", "线", "線", "轴", "軸", "型", "形", "染色", "荧光", "熒光",
];

/// The byte ranges of every x placeholder in `text`.
pub fn placeholders(text: &str) -> Vec<Range<usize>> {
    let mut groups: Vec<(Range<usize>, Part)> = Vec::new();
    for (range, part) in words(text).filter_map(|w| classify(text, w)) {
        if let Some((last, last_part)) = groups.last_mut() {
            if is_joiner_run(&text[last.end..range.start]) {
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
fn words(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut iter = text.char_indices().peekable();
    std::iter::from_fn(move || {
        let (start, _) = iter.find(|(_, c)| is_word_char(*c))?;
        let mut end = text.len();
        while let Some(&(i, c)) = iter.peek() {
            if !is_word_char(c) {
                end = i;
                break;
            }
            iter.next();
        }
        Some(start..end)
    })
}

/// The placeholder part of one word, if any.
fn classify(text: &str, word: Range<usize>) -> Option<(Range<usize>, Part)> {
    let chars: Vec<(usize, char)> = text[word.clone()]
        .char_indices()
        .map(|(i, c)| (word.start + i, fold_width(c)))
        .collect();
    let digits = chars.iter().take_while(|(_, c)| c.is_ascii_digit()).count();
    let xs = chars[digits..]
        .iter()
        .take_while(|(_, c)| matches!(c, 'x' | 'X'))
        .count();
    if xs == 0 {
        return None;
    }
    let rest: String = chars[digits + xs..]
        .iter()
        .map(|(_, c)| c.to_ascii_lowercase())
        .collect();
    let x_end = chars.get(digits + xs).map_or(word.end, |(i, _)| *i);
    if rest.is_empty() {
        return match (digits, xs) {
            (0, 1) => Some((word, Part::LoneX)),
            (0, _) => Some((word, Part::Strong)),
            // `20xx`, `2xxx`, `202x`; not `2x` (twice) or `3x4` (a product).
            (d, x) if x >= 2 || d >= 3 => Some((word, Part::Strong)),
            _ => None,
        };
    }
    if digits > 0 {
        return None;
    }
    // A single x takes only a capital unit letter (`xG` for 5G, `xM` for a
    // bandwidth); lower-case units need two or more x, so that words such
    // as `xml` stay words.
    let unit = &text[x_end..word.end];
    if matches!(unit, "G" | "M" | "K" | "T" | "W") || (xs >= 2 && UNITS.contains(&rest.as_str())) {
        return Some((word.start..x_end, Part::Strong));
    }
    None
}

fn is_joiner_run(between: &str) -> bool {
    let n = between.chars().count();
    (1..=2).contains(&n) && between.chars().all(|c| JOINERS.contains(&c))
}

fn lone_x_is_placeholder(text: &str, range: &Range<usize>) -> bool {
    let after = &text[range.end..];
    let before = char_before(text, range.start);
    let next = char_at(text, range.end);
    if X_TERMS.iter().any(|t| after.starts_with(t)) {
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

#[cfg(test)]
mod tests {
    use crate::rules::placeholder::test_util::{messages, snippets};

    fn found(text: &str) -> Vec<String> {
        snippets("unfilled-x", text)
    }

    #[test]
    fn finds_every_x_form_of_the_issue() {
        assert_eq!(found("新增xx家企业"), ["xx"]);
        assert_eq!(found("xxxx年工作总结"), ["xxxx"]);
        assert_eq!(found("20xx年"), ["20xx"]);
        assert_eq!(found("增长x.x%"), ["x.x%"]);
        assert_eq!(found("占比xx.xx%，"), ["xx.xx%"]);
        assert_eq!(found("x-xx月"), ["x-xx"]);
        assert_eq!(found("完成XX亿元"), ["XX"]);
        assert_eq!(found("全省第x位"), ["x"]);
        assert_eq!(found("xx县"), ["xx"]);
        assert_eq!(found("与xx大学合作"), ["xx"]);
        assert_eq!(found("建成xG基站"), ["x"]);
        assert_eq!(found("构建“x+X”产业体系"), ["x+X"]);
        assert_eq!(found("提高x个百分点"), ["x"]);
        assert_eq!(found("带宽xxxmhz"), ["xxx"]);
        assert_eq!(found("网速从xM升级至xxxM"), ["x", "xxx"]);
        assert_eq!(found("xxxx—xxxx年"), ["xxxx—xxxx"]);
        assert_eq!(found("指南（x.x版）"), ["x.x"]);
        assert_eq!(found("全年ｘｘ家"), ["ｘｘ"]);
        assert_eq!(found("xx、xx成功入选"), ["xx", "xx"]);
        assert_eq!(found("研发人员数为xxx,增幅为xx%;"), ["xxx", "xx%"]);
        assert_eq!(found("企業(yè)x家"), ["x"]);
    }

    #[test]
    fn leaves_words_codes_and_formulas_alone() {
        for text in [
            "Xbox",
            "x86服务器",
            "max值",
            "Linux系统",
            "ICT产业",
            "r&d投入",
            "gdp增长",
            "5g基站",
            "3×4",
            "某企业",
            "y = 2x + 1",
            "面积 3 x 4 米",
            "2x",
            "引进X-7型设备",
            "拍X光片",
            "X射线",
            "xml文件",
            "Xi'an",
            "續(xù)貸",
            "企業(yè)",
        ] {
            assert_eq!(found(text), Vec::<&str>::new(), "{text}");
        }
    }

    #[test]
    fn says_what_is_missing() {
        assert_eq!(
            messages("unfilled-x", "同比增长xx.x%"),
            ["未填写的百分比占位符“xx.x%”（增速）：以字母 x 代替，请填入实际百分比。"]
        );
        assert_eq!(
            messages("unfilled-x", "20xx年"),
            ["未填写的年份占位符“20xx”：以字母 x 代替，请填入实际年份。"]
        );
    }
}
