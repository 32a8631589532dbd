//! `completion-rate`: “完成635亿元，完成年计划710亿元的98.4%” — a share of a
//! plan completed that does not follow from the figure and the plan.

use super::fmt;
use crate::finding::{Category, Severity};
use crate::lexicon::WordSet;
use crate::number::{Quantity, UnitKind};
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use crate::text::last_chars;
use std::sync::LazyLock;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "completion-rate",
        category: Category::Number,
        severity: Severity::Warning,
        fix: FixAvailability::None,
        docs: Docs {
            what: "“完成X，完成年计划（目标、任务）Y的p%”中，p应等于 X ÷ Y。按文中写出的位数，所有读法都对不上时报告，并给出计算过程。",
            why: "完成率常在计划数或完成数更新后忘了重算，上级一除就会发现。",
            bad: "固定资产投资完成300亿元，完成年计划385亿元的87.9%。",
            good: "固定资产投资完成300亿元，完成年计划385亿元的77.9%。",
        },
    },
    check,
};

/// Words right before the plan's figure: 完成年计划, 占年度目标.
static OF_PLAN: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::words([
        "完成年计划",
        "完成全年计划",
        "完成计划",
        "完成年度计划",
        "完成目标",
        "完成年度目标",
        "完成全年目标",
        "完成任务",
        "完成年度任务",
        "完成全年任务",
        "占年计划",
        "占年度计划",
        "占全年计划",
        "占年度目标",
        "占全年目标",
        "为年计划",
        "为年度计划",
        "为全年目标",
    ])
});

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let (text, qs) = (ctx.text, &ctx.numbers.quantities);
    for (i, plan) in qs.iter().enumerate() {
        if i == 0 || !OF_PLAN.ends(last_chars(&text[..plan.range.start], 8)) {
            continue;
        }
        // 的p%, right after the plan.
        let Some(rate) = qs.get(i + 1).filter(|r| {
            r.unit.kind == UnitKind::Percent && &text[plan.range.end..r.range.start] == "的"
        }) else {
            continue;
        };
        // The figure completed: the value just before, of the same unit.
        let done = &qs[i - 1];
        if !comparable(done, plan) || text[done.range.end..plan.range.start].chars().count() > 10 {
            continue;
        }
        let ratio = done
            .scaled_interval()
            .div(&plan.scaled_interval())
            .scale(100.0);
        if ratio.overlaps(&rate.interval()) {
            continue;
        }
        let computed = done.amount() * done.unit.scale / (plan.amount() * plan.unit.scale) * 100.0;
        let message = format!(
            "{} ÷ {} = {}%，文中为{}，请核对完成数、计划数或完成率。",
            sink.quote(done.range.clone()),
            sink.quote(plan.range.clone()),
            fmt(computed, rate.decimals.max(1) as usize),
            sink.quote(rate.range.clone()),
        );
        sink.report(rate.range.clone(), message)
            .with_related(done.range.clone(), "完成数".to_owned())
            .with_related(plan.range.clone(), "计划数".to_owned());
    }
}

/// Exact figures of one unit family.
fn comparable(a: &Quantity, b: &Quantity) -> bool {
    a.unit.base == b.unit.base
        && a.unit.kind == b.unit.kind
        && matches!(
            a.unit.kind,
            UnitKind::Count | UnitKind::Money | UnitKind::Measure
        )
        && a.interval().hi.is_finite()
        && b.interval().hi.is_finite()
        && b.amount() > 0.0
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::tester::Tester;

    #[test]
    fn rule() {
        Tester::new(&RULE)
            .pass([
                "固定资产投资完成300亿元，完成年计划385亿元的77.9%。",
                "地区生产总值635亿元，完成年计划710亿元的89.4%，增长2.0%。",
            ])
            .fail([
                "固定资产投资完成300亿元，完成年计划385亿元的87.9%。",
                "地区生产总值635亿元,完成年计划710亿元的98.4%,增长2.0%。",
            ])
            .test_and_snapshot();
    }
}
