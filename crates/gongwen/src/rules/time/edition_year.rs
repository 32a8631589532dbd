//! `edition-year`: an edition of a well-known recurring event that does not
//! fit the year the sentence speaks of — “第十九届亚运会” among the tasks
//! of 2026 (it was held in 2023), “第14届全国运动会” in the review of 2025
//! (that year's was the 15th), “第六次全国人口普查” among the work of 2020
//! (the 7th). The events and the years of their editions
//! are data (`calendar/events.json`, with sources).

use crate::calendar::{events, YearSource};
use crate::finding::{Category, Severity};
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "edition-year",
        title: "届次与年份不符",
        category: Category::Time,
        severity: Severity::Warning,
        fix: FixAvailability::None,
        docs: Docs {
            what: "进博会、消博会、链博会、广交会、东博会、高交会、全运会、亚运会等定期举办的活动，每一届在哪一年举办是确定的，全国人口、经济、农业、污染源普查每一次在哪一年开展也是确定的（普查工作可从前一年筹备到后一年发布）：回顾某一年时说举办或参加的届次、计划某一年时说要办好或参加的届次，都要与那一年相符。回顾多年（“五年来”）的段落只查尚未举办的届次。",
            why: "届次年年在变，照抄上一年的材料时最容易原样留下。",
            bad: "某市2026年政府工作报告\n各位代表：\n一、2025年工作回顾\n代表团在第十四届全国运动会上获得金牌12枚。\n二、2026年工作安排\n做好第八届进博会服务保障。\n",
            good: "某市2026年政府工作报告\n各位代表：\n一、2025年工作回顾\n代表团在第十五届全国运动会上获得金牌12枚。\n二、2026年工作安排\n做好第九届进博会服务保障。\n",
        },
    },
    check,
};

/// Words that tell an edition is taken part in or hosted in the year
/// planned.
const PLANNED: [&str; 14] = [
    "办好",
    // A census's work (做好第七次全国人口普查, 开展, 组织实施).
    "开展",
    "组织实施",
    "普查工作",
    "举办",
    "承办",
    "做好",
    "服务保障",
    "筹办",
    "筹备",
    "参加",
    "参赛",
    "备战",
    "争取",
];

/// Words that tell an edition was held or taken part in, in the year
/// reviewed.
const HELD: [&str; 15] = [
    "举办",
    "召开",
    "举行",
    "圆满",
    "闭幕",
    "开幕",
    "上",
    "参加",
    "获",
    "夺",
    "奖牌",
    "金牌",
    "完成",
    "开展",
    "普查工作",
];

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let text = ctx.text;
    for edition in crate::calendar::editions(text) {
        let Some(event) = events().iter().find(|e| e.is_named(edition.name)) else {
            continue;
        };
        let (Some(held_in), Some(work)) = (
            event.year_of(edition.number),
            event.years_of(edition.number),
        ) else {
            continue;
        };
        let (first, last) = (*work.start(), *work.end());
        let at = edition.at;
        let Some(sentence) = ctx.marks.layout().sentence_at(at) else {
            continue;
        };
        let Some((year, source)) = ctx.calendar.year_of(text, sentence.whole.clone(), at) else {
            continue;
        };
        let Some(clause) = ctx.marks.layout().clause_at(text, at) else {
            continue;
        };
        let clause = &text[clause];
        let wrong = match source {
            YearSource::Part { plan: true } => {
                // Preparing an edition of a later year is planning ahead,
                // of a yearly event or of an earlier year it is not.
                PLANNED.iter().any(|w| clause.contains(w))
                    && (last < year || (first > year && event.yearly() && !clause.contains("筹")))
            }
            YearSource::Part { plan: false } => {
                if !HELD.iter().any(|w| clause.contains(w)) {
                    false
                } else if first > year {
                    true
                } else {
                    // A review over several years may name any of them.
                    let many = ctx.many_years();
                    let para = ctx
                        .numbers
                        .paragraphs
                        .partition_point(|p| p.range.end <= at);
                    // A census's round may be reviewed among the five
                    // years a report looks back on, however it reads.
                    let back = if edition.census { 5 } else { 0 };
                    last + back < year && !many.paragraph(para)
                }
            }
            // A year written in the sentence: the edition of that year.
            YearSource::Written(_) => {
                !work.contains(&year) && HELD.iter().chain(&PLANNED).any(|w| clause.contains(w))
            }
        };
        if !wrong {
            continue;
        }
        let shown = sink.quote(edition.range.clone());
        let instead = match event.editions_in(year) {
            Some((n, k)) => {
                let all: Vec<String> = (n..n + k).map(|e| edition.like(text, e)).collect();
                format!("{year}年的是{}", all.join("、"))
            }
            None if edition.census => format!("{year}年没有开展"),
            None => format!("{year}年没有举办"),
        };
        sink.report(
            edition.range.clone(),
            format!(
                "{shown}是{held_in}年的一{}，这里说的却是{year}年：{instead}，请核对{}或年份。",
                if edition.census { "次" } else { "届" },
                if edition.census { "次数" } else { "届次" },
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
            .pass([
                "某省2026年政府工作报告\n各位代表：\n一、2025年工作回顾\n高标准完成第五次经济普查任务。\n",

                // A census's work runs from the year before to the year after.
                "某县2020年工作总结\n一、2020年工作总结\n扎实做好第七次全国人口普查工作。\n二、2021年工作计划\n做好第七次全国人口普查数据开发。\n",
                "某省2026年政府工作报告\n各位代表：\n一、2025年工作回顾\n第五次全国经济普查成果广泛应用。\n二、2026年工作安排\n组织实施第四次全国农业普查。\n",
                "某省2025年政府工作报告\n各位代表：\n一、2024年工作回顾\n完成第五次全国经济普查。\n二、2025年工作安排\n做好第四次全国农业普查准备工作。\n",

                "某市2026年政府工作报告\n各位代表：\n一、2025年工作回顾\n代表团在第十五届全国运动会上获得金牌12枚。第八届中国国际进口博览会圆满举办。\n二、2026年工作安排\n做好第九届进博会服务保障，筹办第十六届全运会。\n",
                // A review over five years names each of them.
                "某省2026年政府工作报告\n各位代表：\n一、“十四五”时期工作回顾\n五年来，我们成功举办第十四届全国运动会，连续举办五届消博会。\n二、2026年工作安排\n争取第二十届亚运会再创佳绩。\n",
                // An edition spoken of, not held: its results carried on.
                "某市2026年政府工作报告\n各位代表：\n一、2025年工作回顾\n项目稳步推进。\n二、2026年工作安排\n放大第八届进博会溢出效应。\n",
                // Another event with a name like one in the table.
                "某县2026年政府工作报告\n各位代表：\n一、2025年工作回顾\n第三届农民运动会圆满举办。\n二、2026年工作安排\n办好省第十二届运动会和第十三届全国民族运动会。\n",
                "某市2026年政府工作報告\n各位代表：\n一、2025年工作回顧\n第八屆進博會圓滿舉辦。\n",
            ])
            .fail([
                // A census round of another decade.
                "某县2020年工作总结\n一、2020年工作总结\n扎实做好第六次全国人口普查工作。\n",
                "某省2026年政府工作报告\n各位代表：\n一、2025年工作回顾\n项目稳步推进。\n二、2026年工作安排\n组织实施第三次全国农业普查。\n",
                "某省2026年政府工作報告\n各位代表：\n一、2025年工作回顧\n項目穩步推進。\n二、2026年工作安排\n組織實施第三次全國農業普查。\n",

                "某市2026年政府工作報告\n各位代表：\n一、2025年工作回顧\n代表團在第14屆全國運動會上獲得金牌12枚。\n",
                "某市2026年政府工作报告\n各位代表：\n一、2025年工作回顾\n代表团在第14届全国运动会上获得金牌12枚。\n二、2026年工作安排\n做好第八届进博会服务保障。\n",
                "某省2026年政府工作报告\n各位代表：\n一、2025年工作回顾\n项目稳步推进。\n二、2026年工作安排\n争取第十九届亚运会再创佳绩，办好第七届消博会。\n",
                "2023年工作总结\n一、2023年工作情况\n组织企业参加第一百三十五届广交会。\n",
            ])
            .test_and_snapshot();
    }
}
