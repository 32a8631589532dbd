//! `conflicting-figures`: the same metric for the same period stated with
//! different values in one paragraph.

use crate::finding::{Category, Severity};
use crate::number::Statement;
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "conflicting-figures",
        category: Category::Number,
        severity: Severity::Warning,
        fix: FixAvailability::None,
        docs: Docs {
            what: "同一段中，同一指标、同一期间出现了两个不同的数值（按写出的位数，四舍五入或截断后也对不上）。预计数、目标数和实际数分开比较。",
            why: "数据更新后只改了一处是常见的疏漏，读者会不知道该信哪一个。",
            bad: "全年新增规上工业企业26家，创历年新高。全年新增规上工业企业28家，排全市第一。",
            good: "全年新增规上工业企业26家，创历年新高。1-6月新增规上工业企业11家。",
        },
    },
    check,
};

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let text = ctx.text;
    let m = ctx.numbers;
    let usable: Vec<&Statement> = m
        .statements
        .iter()
        .filter(|s| {
            let q = &m.quantities[s.quantity];
            s.period.is_some()
                && text[s.metric.clone()].chars().count() >= 4
                && q.is_exact()
                && !q.chinese
        })
        .collect();
    let scaled = |s: &Statement| m.quantities[s.quantity].scaled_interval();
    let mut reported = Vec::new();
    for (k, a) in usable.iter().enumerate() {
        for b in usable[k + 1..]
            .iter()
            .take_while(|b| b.paragraph == a.paragraph)
        {
            let (qa, qb) = (&m.quantities[a.quantity], &m.quantities[b.quantity]);
            if a.paragraph != b.paragraph
                || a.period != b.period
                || text[a.metric.clone()] != text[b.metric.clone()]
                || qa.unit.base != qb.unit.base
                || a.kind != b.kind
                || reported.contains(&b.quantity)
                || scaled(a).overlaps(&scaled(b))
            {
                continue;
            }
            reported.push(b.quantity);
            let metric = sink.quote(a.metric.clone());
            sink.report(
                qb.range.clone(),
                format!(
                    "“{metric}”（{}）在同一段中有两个不同的数值：前文为{}，此处为{}，请核对以哪个为准。",
                    a.period.map(|p| p.to_string()).unwrap_or_default(),
                    sink.quote(qa.range.clone()),
                    sink.quote(qb.range.clone())
                ),
            )
            .with_related(qa.range.clone(), "前文的数值".to_owned());
        }
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
            "全年新增规上工业企业26家。1-6月新增规上工业企业11家。",
            "预计全年工业投资完成41亿元，同比增长27%【年度目标是：工业投资实现37亿元，增长15%】。",
            "全年新增规上工业企业26家。\n全年新增规上工业企业28家。",
            "全年实现产值128亿元。全年实现产值128.3亿元。",
            "新增规上工业企业26家。新增规上工业企业28家。",
            ])
            .fail([
            "全年新增规上工业企业26家，创历年新高。全年新增规上工业企业28家，排全市第一。",
            "全年新增规上工业企业26家。全年新增规上工业企业28家。",
            ])
            .test_and_snapshot();
    }
}
