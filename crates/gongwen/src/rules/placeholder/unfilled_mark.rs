//! `unfilled-mark`: other blank marks — ××, 某某, ○○, □□ and underscore
//! blanks — left where a figure or a name belongs.

use super::unfilled_message;
use crate::finding::{Category, Severity};
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use crate::text::{char_at, char_before, is_digit};
use std::ops::Range;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "unfilled-mark",
        category: Category::Placeholder,
        severity: Severity::Error,
        fix: FixAvailability::None,
        docs: Docs {
            what: "用 ××、某某、○○、□□ 或下划线 ____ 留出的空白，如 ××县、某某公司、完成____万元。",
            why: "这些符号是模板里“此处待填”的记号，留在上报稿里说明内容没有写完。",
            bad: "××县某某公司完成投资____万元，带动□□户增收。",
            good: "某企业完成投资3×4万元，规格2××3，二〇二三年。",
        },
    },
    check,
};

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let text = ctx.text;
    for (range, form) in placeholders(text) {
        let message = unfilled_message(text, &range, form);
        sink.report(range, message);
    }
}

/// The byte ranges of every blank mark in `text`, each with how it is written.
pub fn placeholders(text: &str) -> Vec<(Range<usize>, &'static str)> {
    runs(text)
        .filter_map(|(range, c)| {
            let n = text[range.clone()].chars().count();
            let before = char_before(text, range.start);
            let after = char_at(text, range.end);
            let form = match c {
                '×' if n >= 2 && !(before.is_some_and(is_digit) && after.is_some_and(is_digit)) => {
                    "以 × 代替"
                }
                // A single × between Chinese words is usually a product
                // (长×宽); before a measure word it is a blank (×家).
                '×' if n == 1 && !before.is_some_and(is_digit) && after.is_some_and(is_measure) => {
                    "以 × 代替"
                }
                '某' if n >= 2 => "以“某某”代替",
                '○' | '◯' if n >= 2 => "以 ○ 代替",
                '□' if n >= 2 => "以 □ 代替",
                '_' | '＿'
                    if n >= 2 && !(before.is_some_and(is_ident) && after.is_some_and(is_ident)) =>
                {
                    "以下划线留空"
                }
                _ => return None,
            };
            Some((range, form))
        })
        .collect()
}

fn is_measure(c: char) -> bool {
    "家户个個项項人名次批县縣区區市镇鎮乡鄉村年月日%％".contains(c)
}

fn is_ident(c: char) -> bool {
    c.is_ascii_alphanumeric()
}

/// Maximal runs of one blank character (`○` and `◯` count as one).
fn runs(text: &str) -> impl Iterator<Item = (Range<usize>, char)> + '_ {
    let class = |c: char| match c {
        '×' | '某' | '□' | '_' | '＿' => Some(c),
        '○' | '◯' => Some('○'),
        _ => None,
    };
    let mut iter = text.char_indices().peekable();
    std::iter::from_fn(move || {
        let (start, first) = iter.by_ref().find_map(|(i, c)| class(c).map(|k| (i, k)))?;
        let mut end = start + text[start..].chars().next().map_or(1, char::len_utf8);
        while let Some(&(i, c)) = iter.peek() {
            if class(c) != Some(first) {
                break;
            }
            end = i + c.len_utf8();
            iter.next();
        }
        Some((start..end, first))
    })
}

#[cfg(test)]
mod tests {
    use crate::rules::placeholder::test_util::snippets;

    fn found(text: &str) -> Vec<String> {
        snippets("unfilled-mark", text)
    }

    #[test]
    fn finds_blank_marks() {
        assert_eq!(found("××县"), ["××"]);
        assert_eq!(found("×××同志"), ["×××"]);
        assert_eq!(found("新增×家"), ["×"]);
        assert_eq!(found("某某公司"), ["某某"]);
        assert_eq!(found("○○镇"), ["○○"]);
        assert_eq!(found("□□户"), ["□□"]);
        assert_eq!(found("完成____万元"), ["____"]);
        assert_eq!(found("完成＿＿万元"), ["＿＿"]);
    }

    #[test]
    fn leaves_products_and_real_words_alone() {
        for text in [
            "3×4",
            "长×宽",
            "某企业",
            "二〇二三年",
            "□是 □否",
            "file__name",
            "12××34",
        ] {
            assert_eq!(found(text), Vec::<&str>::new(), "{text}");
        }
    }
}
