//! `unchanged-figure`: a figure of this year's report that is exactly last
//! year's figure for the same metric and of the same kind (an actual, or a
//! target), though the report is a year later — “全年新增高新技术企业21家”
//! in both. Metrics are matched by the number model's metric phrase, never
//! by position. Figures of a named calendar year (2022年…) are facts that
//! both reports may cite, and small counts can repeat by chance: neither
//! is reported. A target kept for another year (城镇新增就业 as the same
//! target twice; a figure stated in both plan parts) is a choice, not a
//! slip: it is reported, as info, only when this report's review says the
//! year's actual already passed it.

use crate::finding::{Category, Severity};
use crate::number::{Kind, Period, Quantity, Statement, UnitKind};
use crate::outline::Role;
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use crate::text::fold_width;
use foldhash::HashMap;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "unchanged-figure",
        title: "数字与上年相同",
        category: Category::Previous,
        severity: Severity::Warning,
        fix: FixAvailability::None,
        docs: Docs {
            what: "本年报告中的数字与上年报告中同一指标、同一类（实际值或目标值）的数字完全相同，而报告年度已经变了，如两年都写“全年新增高新技术企业21家”。指标按数字前的指标名称匹配，不按位置。写明具体年份的数字（如“2022年完成……”）和10以内的整数不报。两年计划部分的目标相同不算未更新，只在本年报告回顾部分写的实际值已经超过这个目标时提示一次。",
            why: "改写上年报告时最容易漏改的就是数字；同一指标连续两年一模一样，多半是没有更新。",
            bad: "【上年报告】\n2023年工作总结\n全年新增高新技术企业21家，完成工业投资28.6亿元。\n【本年报告】\n2024年工作总结\n全年新增高新技术企业21家，完成工业投资31.2亿元。\n",
            good: "【上年报告】\n2023年工作总结\n全年新增高新技术企业21家，完成工业投资28.6亿元。\n【本年报告】\n2024年工作总结\n全年新增高新技术企业26家，完成工业投资31.2亿元；2022年新增高新技术企业18家。\n",
        },
    },
    check,
};

/// Whether a figure can be compared across the years: an amount, not a
/// rank or a count of a few, stated without a calendar year.
fn comparable(s: &Statement, q: &Quantity) -> bool {
    !s.metric.is_empty()
        && !q.chinese
        && !q.ordinal
        && s.kind != Kind::Forecast
        && !matches!(s.period, Some(Period::Year(_)))
        && !(q.unit.kind == UnitKind::Count && q.decimals == 0 && q.value * q.magnitude <= 10.0)
        && !(q.unit.kind == UnitKind::Percent && q.value >= 100.0)
}

/// The figure as written, digits folded to half width: `21家`.
fn written(text: &str, q: &Quantity) -> String {
    text[q.range.clone()].chars().map(fold_width).collect()
}

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let Some(previous) = ctx.previous else {
        return;
    };
    // Same year in both titles: a revision of one report, not a new year.
    let year = ctx.outline.reports.first().and_then(|r| r.head.year);
    if year.is_some() && year == previous.year() {
        return;
    }
    let (p, pm) = (&previous.text, &previous.numbers);
    let mut last_year: HashMap<(&str, Kind, String), &Statement> = HashMap::default();
    for s in &pm.statements {
        let q = &pm.quantities[s.quantity];
        if comparable(s, q) {
            last_year
                .entry((&p[s.metric.clone()], s.kind, written(p, q)))
                .or_insert(s);
        }
    }
    let m = ctx.numbers;
    let plan = crate::previous::part(ctx.outline, ctx.text, &[Role::Plan, Role::Targets]);
    for s in &m.statements {
        let q = &m.quantities[s.quantity];
        if !comparable(s, q) {
            continue;
        }
        let Some(before) =
            last_year.get(&(&ctx.text[s.metric.clone()], s.kind, written(ctx.text, q)))
        else {
            continue;
        };
        let metric = sink.quote(s.metric.clone());
        let figure = sink.quote(q.range.clone());
        let quote: String = previous.original[before.sentence.clone()]
            .chars()
            .take(40)
            .collect();
        let at_previous = pm.quantities[before.quantity].range.clone();
        if planned(s, &plan) && planned(before, &previous.plan) {
            // The same target again: worth a word only when the review
            // says the year's actual already passed it (a year's, not
            // five years' together).
            let many = ctx.many_years();
            let Some(actual) = m.statements.iter().find(|a| {
                !planned(a, &plan)
                    && !many.of(a)
                    && ctx.text[a.metric.clone()] == ctx.text[s.metric.clone()]
                    && m.quantities[a.quantity].unit.kind == q.unit.kind
                    && amount(&m.quantities[a.quantity]) > amount(q)
            }) else {
                continue;
            };
            let done = sink.quote(m.quantities[actual.quantity].range.clone());
            sink.report_with(
                q.range.clone(),
                format!("“{metric}”的目标{figure}与上年目标相同，而回顾中这一年已完成{done}，目标是否偏低？"),
                crate::finding::Severity::Info,
            )
            .with_related(
                m.quantities[actual.quantity].range.clone(),
                format!("实际完成{done}"),
            )
            .with_previous(at_previous, format!("上年报告：“{quote}”"));
            continue;
        }
        let kind = if s.kind == Kind::Target {
            "目标"
        } else {
            "数值"
        };
        sink.report(
            q.range.clone(),
            format!("“{metric}”{figure}与上年报告中的{kind}相同，是否未更新？"),
        )
        .with_previous(at_previous, format!("上年报告：“{quote}”"));
    }
}

/// Whether `s` is a target: said so (力争, 目标…), or stated in a plan
/// part (`plan`, of its report).
fn planned(s: &Statement, plan: &[std::ops::Range<usize>]) -> bool {
    s.kind == Kind::Target || plan.iter().any(|r| r.contains(&s.sentence.start))
}

/// A quantity's amount in its unit's base (万人 → 人).
fn amount(q: &Quantity) -> f64 {
    q.value * q.magnitude
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::tester::Tester;

    #[test]
    fn rule() {
        Tester::new(&RULE)
            .pass([
                "2024年工作总结\n全年新增高新技术企业21家。\n",
                // The same year: a revision.
                "【上年报告】\n2024年工作总结\n全年新增高新技术企业21家。\n【本年报告】\n2024年工作总结\n全年新增高新技术企业21家。\n",
                // A named year, a small count, a full coverage.
                "【上年报告】\n2023年工作总结\n2022年新增高新技术企业18家，新建园区3个，覆盖率达到100%。\n【本年报告】\n2024年工作总结\n2022年新增高新技术企业18家，新建园区3个，覆盖率达到100%。\n",
                // The same target in both plans, not yet passed.
                "【上年报告】\n2023年工作总结\n一、2023年工作情况\n全年城镇新增就业4100人。\n二、2024年工作计划\n城镇新增就业4500人，新建农村公路120公里。\n【本年报告】\n2024年工作总结\n一、2024年工作情况\n全年城镇新增就业4300人。\n二、2025年工作计划\n城镇新增就业4500人，新建农村公路120公里。\n",
                // Another metric with the same figure.
                "【上年报告】\n2023年工作总结\n全年新增高新技术企业21家。\n【本年报告】\n2024年工作总结\n全年新增入规企业21家。\n",
            ])
            .fail([
                "【上年报告】\n2023年工作总结\n全年新增高新技术企业21家，完成工业投资28.6亿元。\n【本年报告】\n2024年工作总结\n全年新增高新技术企业21家，完成工业投资28.6亿元。\n",
                "【上年报告】\n2023年工作總結\n全年新增高新技術企業21家。\n【本年报告】\n2024年工作總結\n全年新增高新技術企業２１家。\n",
                // The same target, though this year's actual passed it (info).
                "【上年报告】\n2023年工作总结\n一、2023年工作情况\n全年城镇新增就业4100人。\n二、2024年工作计划\n城镇新增就业4500人。\n【本年报告】\n2024年工作总结\n一、2024年工作情况\n全年城镇新增就业4800人。\n二、2025年工作计划\n城镇新增就业4500人。\n",
            ])
            .test_and_snapshot();
    }
}
