//! `since-year-run`: a run counted from a year that is longer than the
//! time since — “2022年以来连续20个季度保持增长” in a review of 2025,
//! where 2022–2025 hold only 16 quarters.

use crate::finding::{Category, Severity};
use crate::number::chinese;
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use crate::text::Needle;
use std::sync::LazyLock;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "since-year-run",
        title: "“某年以来连续N”超出年数",
        category: Category::Time,
        severity: Severity::Warning,
        fix: FixAvailability::None,
        docs: Docs {
            what: "回顾中说“Y年以来连续N年（N个季度、N个月）”时，N不能超过从Y年到所回顾的年份为止的年数（季度数、月数）：2025年的回顾里，“2023年以来”最多连续3年、12个季度、36个月。计划部分不查。",
            why: "起始年份和连续的次数常分别改过，一个更新了另一个没有，算一下就对不上。",
            bad: "2025年工作总结\n一、2025年工作回顾\n全县工业投资2022年以来连续20个季度保持两位数增长。\n",
            good: "2025年工作总结\n一、2025年工作回顾\n全县工业投资2021年以来连续20个季度保持两位数增长。\n",
        },
    },
    check,
};

/// The units a run is counted in, with how many make a year.
const UNITS: [(&str, u32); 3] = [("个季度", 4), ("个月", 12), ("年", 1)];

/// How far after 以来 its 连续 may stand, in bytes (about 12 characters:
/// 以来经济增速连续).
const RUN_REACH: usize = 36;

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let text = ctx.text;
    static SINCE: LazyLock<Needle> = LazyLock::new(|| Needle::new("以来"));
    for at in SINCE.find_iter(text) {
        // “2023年以来” (自/从 before it or not): four digits and 年.
        let Some((from, start)) = crate::text::year_ending_at(text, at) else {
            continue;
        };
        let after_at = at + "以来".len();
        let end = crate::text::floor_boundary(text, (after_at + RUN_REACH).min(text.len()));
        let window = &text[after_at..end];
        let window = &window[..window
            .find(|c: char| crate::layout::CLAUSE_BREAKS.contains(&c) || c == '\n')
            .unwrap_or(window.len())];
        let Some(k) = window.find("连续") else {
            continue;
        };
        let run_at = after_at + k + "连续".len();
        let Some((count_end, count)) = chinese::figure_after(text, run_at)
            .filter(|&(_, v)| v >= 1.0 && v.fract() == 0.0)
            .map(|(end, v)| (end, v as u32))
        else {
            continue;
        };
        let Some(&(unit, per_year)) = UNITS.iter().find(|(u, _)| text[count_end..].starts_with(u))
        else {
            continue;
        };
        // The year the run ends in: the review part's (a plan counts on),
        // read from a title or heading, not from the year in this very
        // line.
        let Some((year, false)) = ctx.calendar.part_at(at) else {
            continue;
        };
        let in_title = ctx.outline.reports.iter().any(|r| {
            r.head
                .year_range
                .as_ref()
                .is_some_and(|y| y.start <= start && start < y.end)
        });
        if in_title {
            continue;
        }
        if year < from {
            continue;
        }
        let most = (year - from + 1) * per_year;
        if count <= most {
            continue;
        }
        let said = start..count_end + unit.len();
        let message = format!(
            "“{}”：{from}年到{year}年最多{most}{unit}，文中说连续{count}{unit}，请核对起始年份或次数。",
            sink.quote(said.clone()),
        );
        sink.report(said, message);
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
                "2025年工作总结\n一、2025年工作回顾\n全县工业投资2021年以来连续20个季度保持两位数增长。\n",
                "2025年工作总结\n一、2025年工作回顾\n粮食产量2019年以来连续七年保持稳定。\n",
                // A plan counts on past its year.
                "2025年工作总结\n一、2025年工作回顾\n全年平稳。\n二、2026年工作计划\n力争2022年以来连续20个季度保持增长。\n",
                // No year reviewed: nothing to count to.
                "工业投资2022年以来连续20个季度保持增长。",
            ])
            .fail([
                "2025年工作总结\n一、2025年工作回顾\n全县工业投资2022年以来连续20个季度保持两位数增长。\n",
                "2025年工作总结\n一、2025年工作回顾\n粮食产量2020年以来连续八年保持稳定。\n",
                "2025年工作總結\n一、2025年工作回顧\n全縣工業投資2022年以來連續20個季度保持兩位數增長。\n",
            ])
            .test_and_snapshot();
    }
}
