//! `ledger-growth`: a growth rate that differs from the office's
//! statistics table — 增长5.8% where the table's row has 5.6, or 增长 where
//! it has a fall — for a figure matched to its row as `ledger-figure`
//! matches it.

use crate::finding::{Category, Severity};
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "ledger-growth",
        title: "增速与统计台账不符",
        category: Category::Data,
        severity: Severity::Warning,
        fix: FixAvailability::None,
        docs: Docs {
            what: "按本单位导入的统计台账核对增速：与台账某行对上的数字，其“增长（下降）X%”与台账的增速按所写位数对不上，或方向相反（台账下降而报告写增长）时报告。没有导入台账时不报。",
            why: "增速常取自不同月份的快报，或把下降写成增长，逐条对台账最费时。",
            bad: "青石县2025年工作总结\n一、工作成效\n全县实现地区生产总值86.4亿元，增长5.8%。\n",
            good: "青石县2025年工作总结\n一、工作成效\n全县实现地区生产总值86.4亿元，增长5.6%。\n",
        },
    },
    check,
};

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let table = &ctx.prepared.ledger;
    for m in ctx.ledger.iter().filter(|m| m.growth == Some(false)) {
        let s = &ctx.numbers.statements[m.statement];
        let ind = &table.indicators[m.indicator];
        let (Some(g), Some((written, _))) = (s.growth, &ind.growth) else {
            continue;
        };
        let gq = &ctx.numbers.quantities[g.quantity];
        let here = sink.quote(gq.range.clone()).to_owned();
        let written = match written.strip_prefix(['-', '－', '−']) {
            Some(fall) => format!("下降{fall}"),
            None => format!("增长{}", written.trim_start_matches('+')),
        };
        sink.report(
            gq.range.clone(),
            format!(
                "“{}”的增速此处为{}{here}，{}为{written}，请核对。",
                ind.name,
                g.direction.word(),
                super::row_of(ind)
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
                "青石县2025年工作总结\n一、工作成效\n规上工业增加值21.35亿元，下降1.2%。\n",
            ])
            .fail([
                "青石县2025年工作总结\n一、工作成效\n全县实现地区生产总值86.4亿元，增长5.8%。\n",
                "青石县2025年工作总结\n一、工作成效\n规上工业增加值21.35亿元，增长1.2%。\n",
            ])
            .test_and_snapshot();
    }
}
