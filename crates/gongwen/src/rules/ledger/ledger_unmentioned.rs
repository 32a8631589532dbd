//! `ledger-unmentioned`: a key indicator of the office's statistics table
//! (marked in its 重点 column) that the report never states — reported once,
//! at the report's title.

use crate::finding::{Category, Severity};
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "ledger-unmentioned",
        title: "重点指标未提及",
        category: Category::Data,
        severity: Severity::Info,
        fix: FixAvailability::None,
        docs: Docs {
            what: "统计台账中标为重点（“重点”“关键”“考核”列填了“是”等）的指标，报告中一处也没有写到（按指标名称和同义词查找，不论数值对错），在标题处提示。没有导入台账时不报。",
            why: "考核指标漏写，汇总时要回头补；年度报告一般要写全主要指标。",
            bad: "青石县2025年工作总结\n一、工作成效\n新建5G基站136个。\n",
            good: "青石县2025年工作总结\n一、工作成效\n全县实现地区生产总值86.4亿元。\n",
        },
    },
    check,
};

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let table = &ctx.prepared.ledger;
    if table.indicators.is_empty() {
        return;
    }
    let Some(title) = ctx
        .outline
        .reports
        .iter()
        .find_map(|r| r.head.title.clone())
    else {
        return;
    };
    // Mentioned: any figure of its metric, whatever its value or period,
    // or its name.
    let keys: Vec<std::borrow::Cow<'_, str>> = ctx
        .numbers
        .statements
        .iter()
        .map(|s| crate::ledger::key(&ctx.text[s.metric.clone()], &ctx.config.aliases))
        .collect();
    for ind in table.indicators.iter().filter(|i| i.key_indicator) {
        // Named with no figure of its own (地区生产总值增长5.6%) counts too.
        if keys.iter().any(|k| *k == ind.key)
            || ctx.text.contains(ind.name.as_str())
            || ctx.text.contains(ind.key.as_str())
        {
            continue;
        }
        sink.report(
            title.clone(),
            format!(
                "{}的重点指标“{}”在报告中没有写到。",
                super::row_of(ind),
                ind.name
            ),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::ledger::example_config;
    use crate::rules::tester::Tester;

    #[test]
    fn rule() {
        Tester::new(&RULE)
            .config(example_config())
            .pass([
                "青石县2025年工作总结\n一、工作成效\n全县实现地区生产总值86.4亿元。\n",
                "青石县2025年工作总结\n一、工作成效\n地区生产总值增长5.6%，总量86.5亿元。\n",
            ])
            .fail(["青石县2025年工作总结\n一、工作成效\n新建5G基站136个。\n"])
            .test_and_snapshot();
    }
}
