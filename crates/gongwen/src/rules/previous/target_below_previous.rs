//! `target-below-previous`: a target of this year's report set below what
//! last year's report says was already achieved for the same metric —
//! sometimes right (a year of decline, a changed scope), always worth a
//! look. Amounts only, in the same unit family, compared as intervals of
//! the digits written.

use crate::finding::{Category, Severity};
use crate::number::{Kind, Period, UnitKind};
use crate::outline::Role;
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "target-below-previous",
        title: "目标低于上年实绩",
        category: Category::Previous,
        severity: Severity::Info,
        fix: FixAvailability::None,
        docs: Docs {
            what: "本年报告中的目标值（力争、目标、确保……）低于上年报告中同一指标已经完成的数值，如上年报告“全年完成工业投资31.2亿元”，本年计划“力争完成工业投资30亿元”。只比较金额、数量等数值（不比较增速），单位换算后按所写位数的区间比较。有时确有原因（口径调整、行业下行），但值得核对。",
            why: "目标低于已经达到的水平，审核时一定会被问到；多是沿用了更早的目标。",
            bad: "【上年报告】\n2023年工作总结\n全年完成工业投资31.2亿元。\n【本年报告】\n2024年工作总结\n一、工作总结\n全年完成工业投资32.5亿元。\n二、2025年工作计划\n力争完成工业投资30亿元。\n",
            good: "【上年报告】\n2023年工作总结\n全年完成工业投资31.2亿元。\n【本年报告】\n2024年工作总结\n一、工作总结\n全年完成工业投资32.5亿元。\n二、2025年工作计划\n力争完成工业投资35亿元。\n",
        },
    },
    check,
};

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let Some(previous) = ctx.previous else {
        return;
    };
    let (p, pm) = (&previous.text, &previous.numbers);
    let in_summary = |at: usize| previous.summary.iter().any(|r| r.contains(&at));
    let achieved: Vec<_> = pm
        .statements
        .iter()
        .filter(|s| {
            let q = &pm.quantities[s.quantity];
            s.kind == Kind::Actual
                && !s.metric.is_empty()
                && !q.chinese
                && !q.ordinal
                && matches!(q.unit.kind, UnitKind::Money | UnitKind::Count)
                && matches!(s.period, None | Some(Period::Named("全年")))
                && in_summary(s.sentence.start)
        })
        .collect();
    // This year's targets: figures stated as targets in the plan part (a
    // summary sentence that mentions a target, “目标增速8.2%，1-4月完成
    // 18.04亿元”, states an actual), not of a part of the year.
    let plan = crate::previous::part(ctx.outline, ctx.text, &[Role::Plan, Role::Targets]);
    let m = ctx.numbers;
    for t in m.statements.iter().filter(|s| {
        s.kind == Kind::Target
            && !s.metric.is_empty()
            && !matches!(s.period, Some(Period::Months(..)))
            && plan.iter().any(|r| r.contains(&s.sentence.start))
    }) {
        let q = &m.quantities[t.quantity];
        if q.chinese || !matches!(q.unit.kind, UnitKind::Money | UnitKind::Count) {
            continue;
        }
        let metric = &ctx.text[t.metric.clone()];
        let Some(a) = achieved.iter().find(|a| {
            let aq = &pm.quantities[a.quantity];
            &p[a.metric.clone()] == metric
                && aq.unit.base == q.unit.base
                && q.scaled_interval().hi < aq.scaled_interval().lo
        }) else {
            continue;
        };
        let aq = &pm.quantities[a.quantity];
        let (target, done) = (
            sink.quote(q.range.clone()),
            &previous.original[aq.range.clone()],
        );
        sink.report(
            q.range.clone(),
            format!(
                "目标“{}”{target}低于上年报告中已完成的{done}，请核对目标是否偏低或沿用了旧目标。",
                sink.quote(t.metric.clone())
            ),
        )
        .with_previous(
            aq.range.clone(),
            format!("上年报告：{}{done}", &previous.original[a.metric.clone()]),
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
                "2024年工作总结\n二、2025年工作计划\n力争完成工业投资30亿元。\n",
                // Another unit family, another metric.
                "【上年报告】\n2023年工作总结\n全年完成工业投资31.2亿元，新增企业40家。\n【本年报告】\n2024年工作总结\n一、工作总结\n全年完成工业投资32.5亿元。\n二、2025年工作计划\n力争新增入规企业30家。\n",
            ])
            .fail([
                "【上年报告】\n2023年工作总结\n全年完成工业投资31.2亿元。\n【本年报告】\n2024年工作总结\n一、工作总结\n全年完成工业投资32.5亿元。\n二、2025年工作计划\n力争完成工业投资30亿元。\n",
                "【上年报告】\n2023年工作总结\n全年完成工业投资31.2億元。\n【本年报告】\n2024年工作总结\n二、2025年工作計劃\n力爭完成工业投资300000萬元。\n",
            ])
            .test_and_snapshot();
    }
}
