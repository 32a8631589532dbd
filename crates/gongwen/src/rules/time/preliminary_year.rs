//! `preliminary-year`: preliminary statistics of a year other than the one
//! reviewed — “初步统计，2024年全省地区生产总值……” in the review of 2025.
//! Preliminary figures are those of the year just ended: an older year
//! there is last year's sentence left in.

use crate::finding::{Category, Severity};
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use crate::text::{find_needles, years_within, Needle};
use std::sync::LazyLock;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "preliminary-year",
        title: "初步统计的年份不是回顾年度",
        category: Category::Time,
        severity: Severity::Warning,
        fix: FixAvailability::None,
        docs: Docs {
            what: "回顾部分“初步统计”“初步核算”“初步测算”“预计”之后写的年份，应是所回顾的年度：只有刚结束的一年才用初步数、预计数，更早的年份早有正式数据。",
            why: "年初写报告时，最容易把上一年报告里的“初步核算，某年……”连同年份一起留下。",
            bad: "某市2026年政府工作报告\n各位代表：\n一、2025年工作回顾\n据初步核算，2024年全市地区生产总值1200亿元。\n二、2026年工作安排\n抓好项目。\n",
            good: "某市2026年政府工作报告\n各位代表：\n一、2025年工作回顾\n据初步核算，2025年全市地区生产总值1200亿元，比2024年增长5%。\n二、2026年工作安排\n抓好项目。\n",
        },
    },
    check,
};

/// Words that give preliminary figures, and 预计: an estimate is made of
/// a year not yet counted in full, never of an earlier one.
const PRELIMINARY: [&str; 5] = ["初步统计", "初步核算", "初步测算", "快报统计", "预计"];

static PRELIMINARY_WORDS: LazyLock<Vec<Needle>> =
    LazyLock::new(|| PRELIMINARY.into_iter().map(Needle::new).collect());

/// How far after the word its year may stand, in bytes (about 8
/// characters: 初步核算，全年 or 初步统计，2025年).
const REACH: usize = 24;

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let text = ctx.text;
    for (at, word) in find_needles(&PRELIMINARY_WORDS, text) {
        let Some((reviewed, false)) = ctx.calendar.part_at(at) else {
            continue;
        };
        let from = at + word.len();
        let to = crate::text::floor_boundary(text, (from + REACH).min(text.len()));
        let Some((year, range)) = years_within(ctx.marks, from..to).first().cloned() else {
            continue;
        };
        if year >= reviewed || year + 5 < reviewed {
            continue;
        }
        sink.report(
                range,
                format!("这一部分回顾的是{reviewed}年，{word}的却是{year}年：初步数只属于刚结束的一年，请核对年份。"),
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
                "某市2026年政府工作报告\n各位代表：\n一、2025年工作回顾\n据初步核算，2025年全市地区生产总值1200亿元。\n",
                "2025年工作总结\n一、2025年工作情况\n初步统计，全年完成投资12亿元，比2024年增长5%。\n",
                // A plan speaks of its own year.
                "某市2026年政府工作报告\n各位代表：\n一、2025年工作回顾\n抓好项目。\n二、2026年工作安排\n初步测算，2027年可新增产能。\n",
                "2025年工作總結\n一、2025年工作情況\n據初步核算，2025年全市地區生產總值1200億元。\n",
                "2025年工作总结和2026年工作计划\n一、2025年工作情况\n预计2025年前三季度，全县农业总产值18.2亿元；预计2026年可新增产能。\n二、2026年工作计划\n抓好项目。\n",
            ])
            .fail([
                "某市2026年政府工作报告\n各位代表：\n一、2025年工作回顾\n据初步核算，2024年全市地区生产总值1200亿元。\n二、2026年工作安排\n抓好项目。\n",
                "2025年工作总结\n一、2025年工作情况\n初步统计，2024年全县规上工业增加值增长6%。\n",
                "2025年工作總結\n一、2025年工作情況\n初步統計，2024年全縣規上工業增加值增長6%。\n",
                // An estimate of a year already over.
                "2025年工作总结和2026年工作计划\n一、2025年工作情况\n预计2024年前三季度，全县农业总产值18.2亿元。\n二、2026年工作计划\n抓好项目。\n",
            ])
            .test_and_snapshot();
    }
}
