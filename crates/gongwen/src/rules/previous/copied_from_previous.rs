//! `copied-from-previous`: sentences of the draft that are last year's
//! summary sentences with at most the years and figures changed — one
//! finding per run of such sentences, so that a copied paragraph is one
//! finding, with the place in last year's report.

use crate::finding::{Category, Severity};
use crate::previous::{prose_key, sentences};
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use serde::Deserialize;
use std::ops::Range;
use std::sync::LazyLock;

/// Phrases of sentences every year's report repeats on purpose (the
/// thanks, the proposals handled): `boilerplate.json`.
#[derive(Deserialize, Default)]
struct Boilerplate {
    phrases: Vec<Phrase>,
}

#[derive(Deserialize)]
struct Phrase {
    phrase: String,
}

static BOILERPLATE: LazyLock<crate::lexicon::WordSet> = LazyLock::new(|| {
    let table: Boilerplate =
        serde_json::from_str(include_str!("boilerplate.json")).unwrap_or_default();
    crate::lexicon::WordSet::words(table.phrases.iter().map(|p| p.phrase.as_str()))
});

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "copied-from-previous",
        title: "照抄上年总结",
        category: Category::Previous,
        severity: Severity::Info,
        fix: FixAvailability::None,
        docs: Docs {
            what: "与上年报告“工作总结”部分相同的句子：除年份和数字外一字不差。相连的几句算一处，标出上年报告中的对应位置。只列指标和数值的句子（“完成工业投资32.5亿元”）数值已更新，不算照搬；指导思想、“在县委、县政府的坚强领导下”、致谢、办理人大代表建议和政协委员提案等每年都有的固定说法和书名号、引号里的政策名称也不计，去掉这些后不足16个字的句子不计。",
            why: "年度报告多由上年报告改写而来，整段照搬、只改了数字的段落最容易被看出来，也常留下上年的情况。",
            bad: "【上年报告】\n一、2023年工作总结\n全县深入开展企业服务月活动，组织干部走访规上企业120家次，帮助企业解决用工融资难题35个。\n【本年报告】\n一、2024年工作总结\n全县深入开展企业服务月活动，组织干部走访规上企业160家次，帮助企业解决用工融资难题42个。\n",
            good: "【上年报告】\n一、2023年工作总结\n全县深入开展企业服务月活动，组织干部走访规上企业120家次。\n【本年报告】\n一、2024年工作总结\n全县推行“企业吹哨、部门报到”机制，干部走访规上企业160家次。\n",
        },
    },
    check,
};

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let Some(previous) = ctx.previous else {
        return;
    };
    // Last year's summary sentences by key, read once with its report.
    let index = &previous.summary_keys;
    if index.is_empty() {
        return;
    }
    // Runs of this year's sentences found there.
    let mut run: Vec<(Range<usize>, Range<usize>)> = Vec::new();
    for s in sentences(ctx.text, 0..ctx.text.len()) {
        match index
            .get(&prose_key(ctx.text, s.clone(), ctx.numbers))
            .filter(|_| !BOILERPLATE.is_match(&ctx.text[s.clone()]))
        {
            Some(p) => run.push((s, p.clone())),
            None => report(sink, ctx.text, &previous.text, &previous.original, &mut run),
        }
    }
    report(sink, ctx.text, &previous.text, &previous.original, &mut run);
}

/// Reports a run of copied sentences; `text` and `previous` are the two
/// reports as the models read them (folded), `original` last year's as
/// written.
fn report(
    sink: &mut Sink<'_>,
    text: &str,
    previous: &str,
    original: &str,
    run: &mut Vec<(Range<usize>, Range<usize>)>,
) {
    let (Some(first), Some(last)) = (run.first(), run.last()) else {
        return;
    };
    let range = first.0.start..last.0.end;
    // Last year's place: the run's span there when it is in order there.
    let there = if last.1.start >= first.1.start {
        first.1.start..last.1.end
    } else {
        first.1.clone()
    };
    // Word for word, or with years and figures changed.
    let identical = run
        .iter()
        .all(|(s, p)| text[s.clone()] == previous[p.clone()]);
    let how = if identical {
        "完全相同"
    } else {
        "只有年份、数字不同"
    };
    let message = if run.len() == 1 {
        format!("这句话与上年报告中的一句{how}，是否照搬未改？")
    } else {
        format!("这{}句话与上年报告中的一段{how}，是否照搬未改？", run.len())
    };
    let quote: String = original[there.clone()].chars().take(40).collect();
    sink.report(range, message)
        .with_previous(there, format!("上年报告：“{quote}”"));
    run.clear();
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::tester::Tester;

    #[test]
    fn rule() {
        Tester::new(&RULE)
            .pass([
                // No previous report: nothing to compare.
                "一、2024年工作总结\n全县深入开展企业服务月活动，组织干部走访规上企业160家次。\n",
                // Stock phrases and quoted policy names are not copied text.
                "【上年报告】\n一、2023年工作总结\n2023年，在县委、县政府的坚强领导下，我局以习近平新时代中国特色社会主义思想为指导。贯彻落实《白石县促进工业经济高质量发展的若干措施》。\n【本年报告】\n一、2024年工作总结\n2024年，在县委、县政府的坚强领导下，我局以习近平新时代中国特色社会主义思想为指导。贯彻落实《白石县促进工业经济高质量发展的若干措施》。\n",
                // Last year's plan is not its summary.
                "【上年报告】\n一、2023年工作总结\n完成投资5亿元。\n二、2024年工作计划\n全力推进园区道路、污水管网等基础设施建设。\n【本年报告】\n一、2024年工作总结\n全力推进园区道路、污水管网等基础设施建设。\n",
            ])
            .pass([
                // Said every year on purpose: the thanks, the proposals.
                "【上年报告】\n一、2030年工作回顾\n全年办理市人大代表建议126件、市政协委员提案241件，办复率100%。我代表市人民政府，向全市人民和各界人士表示衷心的感谢！\n【本年报告】\n一、2031年工作回顾\n全年办理市人大代表建议131件、市政协委员提案236件，办复率100%。我代表市人民政府，向全市人民和各界人士表示衷心的感谢！\n",
            ])
            .fail([
                // Word for word.
                "【上年报告】\n一、2023年工作总结\n积极推动企业上云用数赋智，持续提升中小企业数字化水平。\n【本年报告】\n一、2024年工作总结\n积极推动企业上云用数赋智，持续提升中小企业数字化水平。\n",
                "【上年报告】\n一、2023年工作总结\n全县深入开展企业服务月活动，组织干部走访规上企业120家次，帮助企业解决用工融资难题35个。新建5G基站136个，重点园区千兆光网覆盖率达到100%。\n二、存在问题\n总量偏小。\n【本年报告】\n一、2024年工作总结\n（一）服务企业。全县深入开展企业服务月活动，组织干部走访规上企业160家次，帮助企业解决用工融资难题42个。新建5G基站150个，重点园区千兆光网覆盖率达到100%。另有新内容一句在此。\n",
                "【上年报告】\n一、2023年工作总结\n（一）服务企业。全县深入开展企业服务月活动，组织干部走访规上企业120家次。积极推动企业上云用数赋智，提升中小企业数字化水平。\n【本年报告】\n一、2024年工作总结\n（一）服务企业。全县深入开展企业服务月活动，组织干部走访规上企业160家次。积极推动企业上云用数赋智，提升中小企业数字化水平。新的一句话不在上年报告里。\n",
                "【上年报告】\n一、2023年工作總結\n全縣深入開展企業服務月活動，組織幹部走訪規上企業120家次，幫助企業解決用工融資難題35個。\n【本年报告】\n一、2024年工作總結\n全縣深入開展企業服務月活動，組織幹部走訪規上企業160家次，幫助企業解決用工融資難題42個。\n",
            ])
            .test_and_snapshot();
    }
}
