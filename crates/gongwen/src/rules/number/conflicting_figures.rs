//! `conflicting-figures`: the same metric for the same period stated with
//! different values in one paragraph.

use crate::finding::{Category, Severity};
use crate::number::{Kind, Period, Statement};
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use foldhash::HashMap;

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
    // (paragraph, metric as written in its whole clause, period, unit
    // family, kind) → the statements, in order.
    type Key<'t> = (usize, &'t str, Option<Period>, &'t str, Kind);
    let mut groups: HashMap<Key<'_>, Vec<&Statement>> = HashMap::default();
    let mut order: Vec<Key<'_>> = Vec::new();
    for s in &m.statements {
        let q = &m.quantities[s.quantity];
        if s.period.is_none()
            || text[s.metric.clone()].chars().count() < 4
            || !q.is_exact()
            || q.chinese
        {
            continue;
        }
        let key = (
            s.paragraph,
            whole_metric(text, s),
            s.period,
            q.unit.base,
            s.kind,
        );
        let members = groups.entry(key).or_default();
        if members.is_empty() {
            order.push(key);
        }
        members.push(s);
    }
    let scaled = |s: &Statement| m.quantities[s.quantity].scaled_interval();
    for key in &order {
        let members = &groups[key];
        for (k, b) in members.iter().enumerate().skip(1) {
            // The earliest statements are what “前文” refers to; a bounded
            // look keeps a paragraph of thousands linear.
            let Some(a) = members[..k]
                .iter()
                .take(PAIR_WINDOW)
                .find(|a| !scaled(a).overlaps(&scaled(b)))
            else {
                continue;
            };
            let (qa, qb) = (&m.quantities[a.quantity], &m.quantities[b.quantity]);
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

/// How many earlier statements of a metric a statement is compared with.
const PAIR_WINDOW: usize = 8;

/// The metric with the rest of its clause when a 、 cut it: in
/// “申报省、市级科技重大专项36个” the metric phrase is 市级科技重大专项, but
/// what was counted is 申报省、市级科技重大专项 — not the same as 实施省、市级
/// 科技重大专项.
fn whole_metric<'t>(text: &'t str, s: &Statement) -> &'t str {
    let metric = &text[s.metric.clone()];
    if !text[..s.metric.start].ends_with('、') {
        return metric;
    }
    let before = &text[s.sentence.start..s.metric.start];
    let start = before
        .rfind(['，', ',', '；', ';', '：', ':', '。'])
        .map_or(s.sentence.start, |i| {
            s.sentence.start + i + before[i..].chars().next().map_or(1, char::len_utf8)
        });
    &text[start..s.metric.end]
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::tester::Tester;

    #[test]
    fn rule() {
        Tester::new(&RULE)
            .pass([
                // Two different actions on the same kind of project.
                "2022年以来，申报省、市级科技重大专项36个，实施省、市级科技重大专项16个。",
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
