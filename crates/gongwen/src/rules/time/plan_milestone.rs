//! `plan-milestone`: “2026年是‘十五五’收官之年” — a year of a five-year plan
//! named wrongly: its first year (开局、起步), its N-th, or its last (收官).
//! The plans and their years are data (`calendar/plans.json`, with
//! sources); the year comes from the calendar model.

use crate::calendar::{plans, Plan, YearSource};
use crate::finding::{Category, Severity};
use crate::lexicon::{Lexicon, WordSet};
use crate::outline::{says_review, Role};
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use crate::text::floor_boundary;
use std::sync::LazyLock;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "plan-milestone",
        title: "五年规划节点与年份不符",
        category: Category::Time,
        severity: Severity::Warning,
        fix: FixAvailability::None,
        docs: Docs {
            what: "标题中回顾或计划的五年规划要包含该部分的年份；“‘十四五’开局之年”“‘十五五’第二年”“‘十三五’收官之年”等，要与五年规划的起止年份（十三五2016—2020年、十四五2021—2025年、十五五2026—2030年……）和句子所说的年份相符：句中写明的年份、“今年/去年/明年”，或所在计划部分的年份。一年的回顾中说“实现了良好开局”的，开局之年就是所回顾的那一年。",
            why: "这类说法多从往年材料沿用，年份一变就成了错话，而且十分显眼。",
            bad: "2026年是“十五五”收官之年，2025年是“十四五”开局之年。",
            good: "2026年是“十五五”开局之年，2025年是“十四五”收官之年。",
        },
    },
    check,
};

/// The plans by name, with their index.
static PLAN_NAMES: LazyLock<Lexicon<usize>> = LazyLock::new(|| {
    Lexicon::new(
        plans()
            .iter()
            .enumerate()
            .filter(|(_, p)| p.after.is_none())
            .map(|(i, p)| (p.name.as_str(), i)),
    )
});

/// Which year of a plan a word names, counted from its first (0) or, for
/// negative numbers, back from its last (-1).
static MILESTONES: LazyLock<Lexicon<i32>> = LazyLock::new(|| {
    Lexicon::new([
        ("开局之年", 0),
        ("起步之年", 0),
        ("开局年", 0),
        ("第一年", 0),
        ("第二年", 1),
        ("第三年", 2),
        ("第四年", 3),
        ("第五年", 4),
        ("收官之年", -1),
        ("收官年", -1),
        ("最后一年", -1),
        ("圆满收官", -1),
        ("顺利收官", -1),
        ("胜利收官", -1),
        ("良好开局", 0),
        ("开局良好", 0),
        ("开好局", 0),
    ])
});

/// Milestones told as what the year achieved (“实现了良好开局”, “圆满收官”):
/// in a review of one year, that year's.
const ACHIEVED: [&str; 6] = [
    "良好开局",
    "开局良好",
    "开好局",
    "圆满收官",
    "顺利收官",
    "胜利收官",
];

/// Words that may stand between a plan's name and its milestone:
/// “‘十五五’规划的开局之年”.
static BETWEEN: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::words([
        "”",
        "’",
        "规划",
        "时期",
        "的",
        "实现",
        "全面",
        "目标任务",
        "发展",
        "开局",
        "了",
    ])
});

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    headings(ctx, sink);
    let text = ctx.text;
    for (name, i) in PLAN_NAMES.find_iter(text) {
        let plan = &plans()[i];
        let Some((offset, milestone)) = milestone_after(text, name.end) else {
            continue;
        };
        let claimed = if offset >= 0 {
            plan.from + offset as u32
        } else {
            plan.to + 1 - offset.unsigned_abs()
        };
        let Some(sentence) = ctx
            .marks
            .layout()
            .sentence_at(name.start)
            .map(|s| s.whole.clone())
        else {
            continue;
        };
        let Some((year, source)) = ctx.calendar.year_of(text, sentence, name.start) else {
            continue;
        };
        // A review looks back over several years: only a plan's end still
        // to come is wrong there — but what one year's review says the
        // year achieved (实现了良好开局) is that year's.
        let achieved = ACHIEVED.contains(&&text[milestone.clone()]);
        let wrong = match source {
            // A plan part may span the five years (“‘十五五’时期目标任务”),
            // but not one of a plan already over (确保“十四五”开好局 among
            // the tasks of 2026).
            YearSource::Part { plan: true } if achieved => plan.to < year,
            YearSource::Written(_) | YearSource::Part { plan: true } => claimed != year,
            YearSource::Part { plan: false } if achieved => {
                claimed != year && !many_years(ctx, name.start)
            }
            YearSource::Part { plan: false } => claimed > year,
        };
        if !wrong {
            continue;
        }
        // Quote the name with its opening mark: “十五五”收官之年.
        let start = if text[..name.start].ends_with(['“', '‘']) {
            name.start - '“'.len_utf8()
        } else {
            name.start
        };
        let said = match sink.quote(start..milestone.end) {
            q if q.starts_with(['“', '‘']) => q.to_owned(),
            q => format!("“{q}”"),
        };
        let basis = match &source {
            YearSource::Written(r) => format!("句中说的是“{}”", sink.quote(r.clone())),
            YearSource::Part { plan: true } => format!("这一部分计划的是{year}年"),
            YearSource::Part { plan: false } => format!("这一部分回顾的是{year}年"),
        };
        let finding = sink.report(
            start..milestone.end,
            format!(
                "{basis}，而{said}指的是{claimed}年（{}）。请按年份改写。",
                span(plan)
            ),
        );
        if let YearSource::Written(r) = source {
            finding.with_related(r, "所说的年份".to_owned());
        }
    }
}

/// Whether the paragraph at `at` stands in a look back over several years
/// (the plan's name alone does not make it one).
fn many_years(ctx: &Ctx<'_>, at: usize) -> bool {
    let p = ctx
        .numbers
        .paragraphs
        .partition_point(|p| p.range.end <= at);
    ctx.many_years().in_look_back(p)
}

/// A part's heading that names a plan the part's year is not in: a
/// review of 2025 headed “‘十三五’时期工作回顾”, a plan for 2026 headed
/// “‘十四五’时期主要任务”.
fn headings(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let text = ctx.text;
    let outline = ctx.outline;
    for report in &outline.reports {
        let (Some(year), Some(plan_year)) = (report.head.year, report.head.plan_year) else {
            continue;
        };
        let numbered = outline.headings[report.headings.clone()]
            .iter()
            .filter(|h| h.level <= 2)
            .map(|h| (h.text.clone(), h.roles.as_slice()));
        let titles = outline.titles_in(report);
        for (range, roles) in numbered.chain(titles) {
            let heading = &text[range.clone()];
            let review = says_review(heading);
            let part_year = if roles.contains(&Role::Summary) && review {
                year
            } else if (roles.contains(&Role::Plan) || roles.contains(&Role::Targets)) && !review {
                plan_year
            } else {
                continue;
            };
            // Every plan the heading names must hold its part's year.
            for (name, i) in PLAN_NAMES.find_iter(heading) {
                let plan = &plans()[i];
                if (plan.from..=plan.to).contains(&part_year) {
                    continue;
                }
                let at = range.start + name.start..range.start + name.end;
                let what = if part_year == year {
                    "回顾"
                } else {
                    "计划"
                };
                sink.report(
                    at,
                    format!(
                        "这一部分{what}的是{part_year}年，标题却写作“{}”（{}），请核对。",
                        plan.name,
                        span(plan)
                    ),
                );
            }
        }
    }
}

/// “十四五”为2021—2025年.
fn span(plan: &Plan) -> String {
    format!("“{}”为{}—{}年", plan.name, plan.from, plan.to)
}

/// The milestone named a few words after a plan's name ending at `at`.
fn milestone_after(text: &str, at: usize) -> Option<(i32, std::ops::Range<usize>)> {
    let mut i = at;
    let limit = floor_boundary(text, (at + 30).min(text.len()));
    while i < limit {
        let rest = &text[i..limit];
        if let Some((n, offset)) = MILESTONES.prefix(rest) {
            return Some((offset, i..i + n));
        }
        let (n, ()) = BETWEEN.prefix(rest)?;
        i += n;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::tester::Tester;

    #[test]
    fn rule() {
        Tester::new(&RULE)
            .pass([
                "某县2026年政府工作报告\n各位代表：\n一、2025年和“十四五”时期工作回顾\n二、“十五五”时期主要目标\n三、2026年工作安排\n",
                "2021年工作总结\n今年是“十四五”开局之年。\n",
                "2026年是“十五五”规划的开局之年，2025年，“十四五”圆满收官。",
                "某县2026年政府工作报告\n各位代表：\n一、2025年工作回顾\n“十四五”圆满收官。五年前，“十四五”开局之年，我们迎难而上。\n二、2026年工作安排\n确保“十五五”开好局。\n",
                // What one year achieved, in that year's review; a look back
                // over five years may name an earlier start.
                "某县2022年政府工作报告\n各位代表：\n一、2021年工作回顾\n一年来，“十四五”实现了良好开局。\n二、2022年工作安排\n抓好项目。\n",
                "某县2026年政府工作报告\n各位代表：\n一、“十四五”时期工作回顾\n五年来，“十四五”实现了良好开局，又圆满收官。\n二、2026年工作安排\n确保“十五五”开好局。\n",
                // No year to go by.
                "“十四五”开局之年。",
            ])
            .fail([
                // A plan part: the start of a plan already over.
                "某县2026年政府工作报告\n各位代表：\n一、2025年工作回顾\n项目稳步推进。\n二、2026年工作安排\n确保“十四五”开好局起好步。\n",

                "某縣2026年政府工作報告\n各位代表：\n一、2025年工作回顧\n一年來，我們攻堅克難，“十三五”圓滿收官。\n二、2026年工作安排\n抓好項目。\n",

                // One year's review: the plan that ended is that year's.
                "某县2026年政府工作报告\n各位代表：\n一、2025年工作回顾\n一年来，我们攻坚克难，“十三五”圆满收官，经济运行稳中向好。\n二、2026年工作安排\n抓好项目。\n",

                // The year whose targets were met, told first.
                "某县2026年政府工作报告\n各位代表：\n一、2025年工作回顾\n各位代表，2024年目标任务全面完成，标志着“十四五”胜利收官。\n二、2026年工作安排\n抓好项目。\n",
                "某县2026年政府工作报告\n各位代表：\n一、2025年工作回顾\n2025年目标任务全面完成，标志着“十三五”胜利收官。\n二、2026年工作安排\n抓好项目。\n",
                "2026年是“十五五”开局第二年。",
                "某县2026年政府工作报告\n各位代表：\n今年是“十五五”收官之年。\n",
                "2026年工作计划\n2026年是“十五五”第二年，2015年是“十二五”开局之年。\n",
                "2023年工作总结\n去年是“十四五”开局之年。\n",
                "某县2023年政府工作报告\n各位代表：\n一、2022年工作回顾\n一年来，“十三五”实现了良好开局。\n二、2023年工作安排\n抓好项目。\n",
                "某縣2023年政府工作報告\n各位代表：\n一、2022年工作回顧\n一年來，“十三五”實現了良好開局。\n二、2023年工作安排\n抓好項目。\n",
                "某县2025年政府工作报告\n各位代表：\n一、2024年工作回顾\n“十四五”圆满收官。\n",
                "某县2026年政府工作报告\n各位代表：\n一、2025年和“十三五”时期工作回顾\n二、“十四五”时期主要目标\n三、2026年工作安排\n",
            ])
            .test_and_snapshot();
    }
}
