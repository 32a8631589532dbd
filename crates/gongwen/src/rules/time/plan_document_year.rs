//! `plan-document-year`: the plan of year Y carries out a programme dated
//! the year before — “落实营商环境提升2025年行动方案” or “抓好2025年……民生
//! 实事” among the tasks of 2026. A year's programme (行动方案, 民生实事,
//! 工作要点…) bears the year it is carried out in: last year's is the
//! sentence left from last year's plan.

use crate::finding::{Category, Severity};
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use crate::text::{find_needles, years_within, Needle};
use std::sync::LazyLock;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "plan-document-year",
        title: "计划中的年度方案年份不对",
        category: Category::Time,
        severity: Severity::Warning,
        fix: FixAvailability::None,
        docs: Docs {
            what: "计划部分要实施、办好的年度方案和年度清单（某年行动方案、实施方案、工作要点、民生实事、重点工作）应是计划年度的：计划2026年的工作，写“实施2025年行动方案”“抓好2025年民生实事”，多是照抄上一年计划时没改年份。说到上一年的成果、完成情况或经验的不算。",
            why: "年度方案的名称里带着年份，照抄上一年的计划时最容易原样留下。",
            bad: "某市2026年政府工作报告\n各位代表：\n一、2025年工作回顾\n抓好项目。\n二、2026年工作安排\n落实营商环境提升2025年行动方案，办好2025年十件民生实事。\n",
            good: "某市2026年政府工作报告\n各位代表：\n一、2025年工作回顾\n抓好项目。\n二、2026年工作安排\n落实营商环境提升2026年行动方案，巩固2025年民生实事成果。\n",
        },
    },
    check,
};

/// Names of a year's programme.
const PROGRAMMES: [&str; 7] = [
    "行动方案",
    "实施方案",
    "行动计划",
    "工作要点",
    "民生实事",
    "为民办实事",
    "重点工作",
];

/// Words that speak of last year's programme as done: its results, not
/// its carrying out.
const LOOKING_BACK: [&str; 6] = ["完成", "成果", "成效", "经验", "基础上", "延续"];

/// How far before the programme's name its year may stand, in bytes (about
/// 14 characters: 2025年十大类46项民生实事).
const REACH: usize = 42;

static PROGRAMME_NAMES: LazyLock<Vec<Needle>> =
    LazyLock::new(|| PROGRAMMES.into_iter().map(Needle::new).collect());

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let text = ctx.text;
    for (at, word) in find_needles(&PROGRAMME_NAMES, text) {
        let Some((planned, true)) = ctx.calendar.part_at(at) else {
            continue;
        };
        let Some(clause) = ctx.marks.layout().clause_at(text, at) else {
            continue;
        };
        let from = crate::text::floor_boundary(text, at.saturating_sub(REACH)).max(clause.start);
        let Some((year, range)) = years_within(ctx.marks, from..at).last().cloned() else {
            continue;
        };
        if year + 1 != planned
            || LOOKING_BACK
                .iter()
                .any(|w| text[clause.clone()].contains(w))
        {
            continue;
        }
        sink.report(
                range,
                format!("这一部分计划的是{planned}年，要实施的却是{year}年的{word}：请核对年份（应为{planned}年）。"),
            );
    }
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::tester::Tester;

    /// A plan of 2026 holding `s`.
    macro_rules! with {
        ($s:literal) => {
            concat!("某市2026年政府工作报告\n各位代表：\n一、2025年工作回顾\n抓好项目。\n二、2026年工作安排\n", $s, "\n")
        };
    }

    #[test]
    fn rule() {
        Tester::new(&RULE)
            .pass([
                with!("落实营商环境提升2026年行动方案，扎实办好2026年十二类38项民生实事。"),
                with!("巩固2025年民生实事成果，总结2025年行动方案经验。"),
                with!("在2025年重点工作基础上，推进2026年重点工作。"),
                with!("落实2023年出台的行动方案。"),
                // A review speaks of last year's.
                "某市2026年政府工作报告\n各位代表：\n一、2025年工作回顾\n实施2025年行动方案。\n",
                with!("落實營商環境提升2026年行動方案。"),
            ])
            .fail([
                with!("落实营商环境提升2025年行动方案。"),
                with!("扎实办好2025年十二类38项民生实事。"),
                with!("落實營商環境提升2025年行動方案。"),
            ])
            .test_and_snapshot();
    }
}
