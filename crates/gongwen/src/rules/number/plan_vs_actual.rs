//! `plan-vs-actual`: next year's target and its stated growth must follow
//! from this year's figure for the same metric (“明年力争实现145亿元，增长
//! 12%左右” against this year's 128亿元).

use super::{fmt, is_period_on_period};
use crate::finding::{Category, Severity};
use crate::number::{Direction, Interval, Kind, Period, Statement};
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use foldhash::HashMap;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "plan-vs-actual",
        title: "目标与本年实绩推算不符",
        category: Category::Number,
        severity: Severity::Warning,
        fix: FixAvailability::None,
        docs: Docs {
            what: "计划部分的目标值和目标增速，要能由前文本年度同一指标的数值推出：目标值 ÷ 本年数值 − 1 应与目标增速相符（允许四舍五入、截断和“左右”“以上”）。",
            why: "计划常沿用去年的模板或先定增速后算目标，本年数据更新后目标没跟着调整，上级一算就会发现。",
            bad: "全年规上工业总产值完成128亿元。\n明年力争规上工业总产值实现160亿元，增长12%左右。",
            good: "全年规上工业总产值完成128亿元。\n明年力争规上工业总产值实现145亿元，增长12%左右。",
        },
    },
    check,
};

fn scaled(m: &crate::number::Model, s: &Statement) -> Interval {
    m.quantities[s.quantity].scaled_interval()
}

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let text = ctx.text;
    let m = ctx.numbers;
    // This year's figures for the whole year, stated as an actual or a
    // forecast, by metric, in order: found once, not once per target.
    let mut actual_by_metric: HashMap<&str, Vec<&Statement>> = HashMap::default();
    for a in &m.statements {
        let qa = &m.quantities[a.quantity];
        if a.period == Some(Period::Named("全年")) && a.kind != Kind::Target && !qa.chinese {
            actual_by_metric
                .entry(&text[a.metric.clone()])
                .or_default()
                .push(a);
        }
    }
    let reports = &ctx.outline.reports;
    for plan in m.statements.iter().filter(|s| s.growth.is_some()) {
        let q = &m.quantities[plan.quantity];
        if q.chinese || plan.kind != Kind::Target || plan.metric.is_empty() {
            continue;
        }
        // The same metric in an earlier paragraph of the same report (a
        // paste of several reports compares each with itself).
        let report_start = reports
            .partition_point(|r| r.range.start <= plan.sentence.start)
            .checked_sub(1)
            .map_or(0, |i| reports[i].range.start);
        let same_metric = actual_by_metric
            .get(&text[plan.metric.clone()])
            .map_or(&[][..], Vec::as_slice);
        let from = same_metric.partition_point(|a| a.sentence.start < report_start);
        let to = same_metric.partition_point(|a| a.paragraph < plan.paragraph);
        let actuals: Vec<&Statement> = same_metric[from..to.max(from)]
            .iter()
            .copied()
            .filter(|a| m.quantities[a.quantity].unit.base == q.unit.base)
            .collect();
        let Some(growth) = plan.growth else {
            continue;
        };
        let g = &m.quantities[growth.quantity];
        if is_period_on_period(text, g) {
            continue;
        }
        let p = g.interval();
        let stated = p.change_factor(growth.direction);
        let target = scaled(m, plan);
        // Any consistent reading clears the target: ambiguity is not reported.
        let Some(actual) = actuals.last() else {
            continue;
        };
        if actuals
            .iter()
            .any(|a| target.div(&scaled(m, a)).overlaps(&stated))
        {
            continue;
        }
        let qa = &m.quantities[actual.quantity];
        let computed = (q.amount() * q.unit.scale / (qa.amount() * qa.unit.scale) - 1.0) * 100.0;
        let message = format!(
            "目标{}按本年{}计算，对应{}{}%（{} ÷ {} − 1），文中目标增速为{}，请核对目标值或增速。",
            sink.quote(q.range.clone()),
            sink.quote(qa.range.clone()),
            Direction::of(computed).word(),
            fmt(computed.abs(), 1),
            fmt(q.amount(), q.decimals as usize),
            fmt(qa.amount(), qa.decimals as usize),
            sink.quote(g.range.clone()),
        );
        sink.report(g.range.clone(), message)
            .with_related(q.range.clone(), "目标值".to_owned())
            .with_related(qa.range.clone(), "本年数值".to_owned());
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
            "预计全年规上工业总产值实现128亿元。\n力争规上工业总产值实现145亿元，增幅在12%左右。",
            "预计全年工业投资完成41亿元。\n力争工业投资实现49亿元，同比增长20%。",
            "预计全年技改投资实现7.5亿元。\n力争技改投资实现9亿元，同比增长在15%以上。",
            "1-10月技改投资实现6.52亿元。\n力争技改投资实现9亿元，同比增长10%。",
            ])
            .fail([
            "预计全年规上工业总产值实现128亿元，同比增长7.0%。\n明年力争规上工业总产值实现160亿元，增长12%左右。",
            ])
            .test_and_snapshot();
    }
}
