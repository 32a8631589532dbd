//! `section-year`: a part's heading that names one year while its opening
//! sentence speaks of another — “一、2023年工作回顾” over “2024年是……”:
//! the heading was kept from last year's text.

use crate::finding::{Category, Severity};
use crate::outline::Role;
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use crate::text::opening_year;
use crate::text::years;
use std::ops::Range;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "section-year",
        title: "部分标题与正文年份不符",
        category: Category::Time,
        severity: Severity::Warning,
        fix: FixAvailability::None,
        docs: Docs {
            what: "回顾或计划部分的标题只写了一个年份时，这一部分开头以年份作主语的句子（“2024年是……”“2024年，……”）应是同一年。标题写年份范围或几个年份的不查。",
            why: "沿用上一年的稿子时，正文改了，标题里的年份常常忘了改；标题最显眼，错了最难看。",
            bad: "某市2025年政府工作报告\n各位代表：\n一、2023年工作回顾\n2024年是全面推进乡村振兴的重要一年。\n二、2025年工作安排\n抓好项目。\n",
            good: "某市2025年政府工作报告\n各位代表：\n一、2024年工作回顾\n2024年是全面推进乡村振兴的重要一年。\n二、2025年工作安排\n2025年是“十四五”规划收官之年。\n",
        },
    },
    check,
};

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let (text, outline) = (ctx.text, ctx.outline);
    for report in &outline.reports {
        let hs = &outline.headings[report.headings.clone()];
        let top = hs.iter().map(|h| h.level).min().unwrap_or(1);
        let numbered = hs
            .iter()
            .filter(|h| h.level == top)
            .map(|h| (h.text.clone(), h.roles.as_slice()));
        for (heading, roles) in numbered.chain(outline.titles_in(report)) {
            if !roles
                .iter()
                .any(|r| matches!(r, Role::Summary | Role::Plan | Role::Highlights))
            {
                continue;
            }
            let Some((named, at)) = one_year(text, &heading) else {
                continue;
            };
            // The first sentence after the heading, on its line (a page
            // that lost its line breaks) or after blank lines.
            let first = crate::text::sentence_after(text, heading.end);
            let Some((said, r)) = opening_year(text, first) else {
                continue;
            };
            if said == named || said.abs_diff(named) > 3 {
                continue;
            }
            // The year with the word after it (2024年是, 2024年，).
            let next = text[r.end..].chars().next().map_or(0, char::len_utf8);
            let opening = sink.quote(r.start..r.end + next);
            sink.report(
                at,
                format!(
                    "标题写的是{named}年，这一部分开头却说“{opening}……”，请核对标题或正文的年份。"
                ),
            )
            .with_related(r, "正文说的年份".to_owned());
        }
    }
}

/// The one year a heading names, and where: none for a range (2021—2025年)
/// or several years.
fn one_year(text: &str, heading: &Range<usize>) -> Option<(u32, Range<usize>)> {
    let found = years(&text[heading.clone()]);
    let [(y, r)] = found.as_slice() else {
        return None;
    };
    let before = text[..heading.start + r.start].chars().next_back();
    if before.is_some_and(|c| matches!(c, '—' | '-' | '－' | '～' | '~' | '至' | '到')) {
        return None;
    }
    Some((*y, heading.start + r.start..heading.start + r.end))
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::tester::Tester;

    #[test]
    fn rule() {
        Tester::new(&RULE)
            .pass([
                "某市2025年政府工作报告\n\n  各位代表：\n\n  一、2024年工作回顾\n\n  2024年，是极不平凡的一年。\n",
                "某市2025年政府工作报告\n各位代表：\n一、2024年工作回顾\n2024年是关键一年。\n二、2025年工作安排\n2025年是收官之年。\n",
                "某市2026年政府工作报告\n各位代表：\n一、2021—2025年工作回顾\n2025年是收官之年。\n二、2026年工作安排\n抓好项目。\n",
                "2024年工作总结\n一、2024年工作情况\n2023年以来，我们狠抓项目。\n二、2025年工作计划\n抓好项目。\n",
                "某省2026年政府工作报告\n各位代表：\n五年来主要成绩和2025年工作回顾\n2025年，全省经济增长5%。\n今后五年主要目标和2026年重点工作\n今年是开局之年。\n",
            ])
            .fail([
                // Blank lines and indents between the heading and its opening.
                "某市2025年政府工作报告\n\n  各位代表：\n\n  一、2023年工作回顾\n\n  2024年，是极不平凡的一年。\n",
                "某市2025年政府工作报告\n各位代表：\n一、2023年工作回顾\n2024年是全面推进乡村振兴的重要一年。\n二、2025年工作安排\n抓好项目。\n",
                "2024年工作总结\n一、2024年工作情况\n2024年，全县经济增长5%。\n二、2024年工作计划\n2025年，要抓好项目。\n",
                "某市2025年政府工作報告\n各位代表：\n一、2023年工作回顧\n2024年是關鍵一年。\n二、2025年工作安排\n抓好項目。\n",
            ])
            .test_and_snapshot();
    }
}
