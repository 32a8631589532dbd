//! `base-year`: a figure of the year reviewed measured against that same
//! year — “森林覆盖率达到46.2%、较2025年提高2.3个百分点” in a review whose
//! last year is 2025 (the base is 2020, the year before the five).

use crate::finding::{Category, Severity};
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "base-year",
        title: "比较的基年就是当年",
        category: Category::Time,
        severity: Severity::Warning,
        fix: FixAvailability::None,
        docs: Docs {
            what: "回顾部分说某项指标“较（比）某年提高（增长、下降……）”时，这个基年要早于所说的年份：回顾2025年（或回顾到2025年为止的五年）时写“较2025年提高”，是拿当年和当年比。句中先写了更晚的年份（“截至2026年1月，较2025年底”）、基年后面写了年初（底、末、同期）的不算；计划部分不查。",
            why: "五年回顾的基年（上一个五年规划的最后一年）常在改稿时被顺手改成了当年。",
            bad: "某市2026年政府工作报告\n一、“十四五”时期工作回顾\n五年来，全市森林覆盖率较2025年提高2.3个百分点。\n二、2026年工作安排\n抓好项目。\n",
            good: "某市2026年政府工作报告\n一、“十四五”时期工作回顾\n五年来，全市森林覆盖率较2020年提高2.3个百分点。\n二、2026年工作安排\n抓好项目。\n",
        },
    },
    check,
};

/// Words that measure against a base year: 较2025年, 比2025年.
const AGAINST: [char; 2] = ['较', '比'];

/// Words of a change after the base (提高1.16岁, 增长58.1%, 翻一番).
const CHANGES: [&str; 9] = [
    "提高", "增长", "增加", "下降", "减少", "降低", "提升", "上升", "翻",
];

/// Words after the base year that make it a point in the year (年初,
/// 年底, 同期): a later figure of the same year may be measured against it.
const IN_YEAR: [&str; 10] = [
    "初",
    "底",
    "末",
    "同期",
    "上半年",
    "一季度",
    "前",
    "1月",
    "一月",
    "春",
];

/// How far after the base year its change may stand, in characters
/// (较2025年分别提高).
const CHANGE_REACH: usize = 4;

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let text = ctx.text;
    for (y, r) in crate::text::years_within(ctx.marks, 0..text.len())
        .iter()
        .cloned()
    {
        let Some(against) = text[..r.start].chars().next_back() else {
            continue;
        };
        if !AGAINST.contains(&against) {
            continue;
        }
        let after = &text[r.end..];
        let near = crate::chars::first_chars(after, CHANGE_REACH + 2);
        if IN_YEAR.iter().any(|w| after.starts_with(w)) || !CHANGES.iter().any(|w| near.contains(w))
        {
            continue;
        }
        // In a review whose last year is the base itself.
        let Some((part_year, plan)) = ctx.calendar.part_at(r.start) else {
            continue;
        };
        if plan || part_year != y {
            continue;
        }
        // The year the sentence speaks of, when it names one before.
        let Some(sentence) = ctx.marks.layout().sentence_at(r.start) else {
            continue;
        };
        let before = r.start - against.len_utf8();
        let said = crate::text::years_within(ctx.marks, sentence.whole.start..before);
        if said.iter().any(|&(s, _)| s >= y) {
            continue;
        }
        sink.report(
            r.clone(),
            format!(
                "这一部分回顾的是到{y}年为止的情况，却说“{}”，是拿{y}年和{y}年自己比：基年应早于{y}年，请核对。",
                sink.quote(r.start - against.len_utf8()..r.end)
            ),
        );
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
                "某市2026年政府工作报告\n一、“十四五”时期工作回顾\n五年来，全市森林覆盖率较2020年提高2.3个百分点。\n二、2026年工作安排\n力争森林覆盖率较2025年提高0.5个百分点。\n",
                // A point in the year, and a later year named first.
                "2025年工作总结\n一、2025年工作情况\n期末贷款余额较2025年初增长8.2%，截至2026年1月，税收较2025年增长3%。\n",
                "2025年工作总结\n一、2025年工作情况\n全年粮食产量增长3%，比2024年提高0.8个百分点。\n",
            ])
            .fail([
                "某市2026年政府工作报告\n一、“十四五”时期工作回顾\n五年来，全市森林覆盖率较2025年提高2.3个百分点。\n二、2026年工作安排\n抓好项目。\n",
                "2025年工作总结\n一、2025年工作情况\n全年新增企业120家，比2025年增长12%。\n",
            ])
            .test_and_snapshot();
    }
}
