//! `ledger-figure`: a figure that differs from the office's statistics
//! table — the same metric, unit family, period and area, and values that
//! no rounding or cutting of the digits written reconciles (86.5亿元 in the
//! report, 864312万元 in the table). The message shows both values and the
//! table's value in the report's unit.

use crate::finding::{Category, Severity};
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "ledger-figure",
        title: "数据与统计台账不符",
        category: Category::Data,
        severity: Severity::Warning,
        fix: FixAvailability::None,
        docs: Docs {
            what: "按本单位导入的统计台账核对报告中的数字：同一指标（按指标名称和同义词对上）、同一期间、同一地区、同一类单位（万元与亿元换算后比较）的实际数，按报告所写的位数四舍五入或截断后仍与台账不符的报告，并写出台账的表名、行号和换算后的数值。台账里没有的数字不报；目标数、预计数、“全市”等其他地区的数字不比。没有导入台账时不报。",
            why: "报告数字与统计部门的数据不一致，是审核最先查、也最难人工逐条核对的问题：数字对调、沿用上年数、初步数没换成正式数。",
            bad: "青石县2025年工作总结\n一、工作成效\n全县实现地区生产总值86.5亿元。\n",
            good: "青石县2025年工作总结\n一、工作成效\n全县实现地区生产总值86.4亿元。\n",
        },
    },
    check,
};

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let table = &ctx.prepared.ledger;
    for m in ctx.ledger.iter().filter(|m| m.value == Some(false)) {
        let s = &ctx.numbers.statements[m.statement];
        let q = &ctx.numbers.quantities[s.quantity];
        let ind = &table.indicators[m.indicator];
        let Some(v) = &ind.value else {
            continue;
        };
        let written = sink.quote(q.range.clone()).to_owned();
        // The table's value in the report's unit (when it is another), to
        // one more place than the report writes.
        let scale = q.unit.scale * q.magnitude;
        let converted = if (scale - v.scale).abs() > f64::EPSILON * scale {
            let unit = &ctx.original[q.digits.end..q.range.end];
            format!(
                "（合{:.*}{unit}）",
                q.decimals as usize + 1,
                v.amount / scale
            )
        } else {
            String::new()
        };
        sink.report(
            q.range.clone(),
            format!(
                "“{}”此处为{written}，{}为{}{converted}，按所写位数对不上，请核对。",
                ind.name,
                super::row_of(ind),
                v.written
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
            .config(crate::rules::ledger::example_config())
            .pass([
                "青石县2025年工作总结\n一、工作成效\n全县实现地区生产总值86.4亿元，增长5.6%。\n",
                // Cut, not rounded; in another unit; about.
                "青石县2025年工作总结\n一、工作成效\n地区生产总值864312万元，约86亿元。\n",
                // Another area, another period, a target.
                "青石县2025年工作总结\n一、工作成效\n全市实现地区生产总值1280亿元。1-6月地区生产总值40亿元。\n二、2026年工作计划\n地区生产总值达到92亿元。\n",
                // A metric the table does not have; another metric (新增).
                "青石县2025年工作总结\n一、工作成效\n新建5G基站136个，新增高新技术企业12家。\n",
            ])
            .fail([
                "青石县2025年工作总结\n一、工作成效\n全县实现地区生产总值86.5亿元。\n",
                "青石县2025年工作总结\n一、工作成效\n全县高新技术企业达到36家。\n",
                "青石县2025年工作总结\n一、工作成效\n1-11月社会消费品零售总额达到32.5亿元。\n",
                "青石縣2025年工作總結\n一、工作成效\n全縣實現地區生產總值86.5億元。\n",
            ])
            .test_and_snapshot();
    }
}
