//! `heading-style`: one heading level written in two styles in one report —
//! （一） beside (二), 1. beside 2、.

use crate::finding::{Category, Severity};
use crate::outline::Style;
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "heading-style",
        title: "同级序号写法不一",
        category: Category::Outline,
        severity: Severity::Info,
        fix: FixAvailability::None,
        docs: Docs {
            what: "同一份报告中，同一层级的序号应使用同一种写法：二级标题统一用“（一）”（全角括号）或统一用“(一)”，三级标题统一用“1.”“1．”或“1、”中的一种。",
            why: "序号写法不一通常是拼接了不同来源的材料，排版不统一，也容易让人误判层级。",
            bad: "一、工作情况\n（一）稳运行\n(二)强创新\n（三）优服务\n",
            good: "一、工作情况\n（一）稳运行\n（二）强创新\n（三）优服务\n",
        },
    },
    check,
};

fn describe(style: Style) -> &'static str {
    match style {
        Style::FullParenChinese | Style::FullParenArabic => "全角括号",
        Style::HalfParenChinese | Style::HalfParenArabic => "半角括号",
        Style::ArabicDot => "半角点号",
        Style::ArabicFullDot => "全角点号",
        Style::ArabicComma => "顿号",
        Style::ChineseComma => "顿号",
        Style::ChineseDot => "点号",
        Style::Circled => "圈码",
    }
}

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let hs = &ctx.outline.headings;
    for report in &ctx.outline.reports {
        let headings = &hs[report.headings.clone()];
        for level in 1..=5u8 {
            // 一. is reported by `ordinal-punctuation` wherever it stands.
            let at_level: Vec<_> = headings
                .iter()
                .filter(|h| h.level == level && h.style != Style::ChineseDot)
                .collect();
            // The usual style: the most frequent, the earliest on a tie.
            let mut counts: Vec<(Style, usize)> = Vec::new();
            for h in &at_level {
                match counts.iter_mut().find(|(s, _)| *s == h.style) {
                    Some((_, n)) => *n += 1,
                    None => counts.push((h.style, 1)),
                }
            }
            if counts.len() < 2 {
                continue;
            }
            let usual = counts
                .iter()
                .fold(counts[0], |best, c| if c.1 > best.1 { *c } else { best })
                .0;
            let example = at_level
                .iter()
                .find(|h| h.style == usual)
                .map(|h| sink.quote(h.marker.clone()))
                .unwrap_or_default();
            for h in at_level.iter().filter(|h| h.style != usual) {
                let marker = sink.quote(h.marker.clone());
                sink.report(
                    h.marker.clone(),
                    format!(
                        "同级序号写法不一：本报告这一级大多写作“{example}”（{}），此处写作“{marker}”（{}），请统一为{}。",
                        describe(usual),
                        describe(h.style),
                        usual.write(h.number)
                    ),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::tester::Tester;

    #[test]
    fn rule() {
        Tester::new(&RULE)
            .pass([
            "一、情况\n(一)甲\n(二)乙\n二、计划\n1、丙\n2、丁\n",
            "一、情況\n（一）甲\n（二）乙\n",
            ])
            .fail([
            "一、工作情况\n（一）稳运行\n(二)强创新\n（三）优服务\n二、计划\n1.抓项目\n2、抓服务\n3.抓安全\n",
            ])
            .test_and_snapshot();
    }
}
