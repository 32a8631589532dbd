//! `event-edition`: one edition of a recurring event told as held in the
//! review and as still to be hosted in the plan — “第六届茶文化节……成功举办”
//! in the review of 2025, “办好第六届茶文化节” among the tasks of 2026. An
//! edition is held once: one of the two numbers is last year's.

use crate::calendar::{same_event, YearSource};
use crate::finding::{Category, Severity};
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use std::ops::Range;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "event-edition",
        title: "同一届活动既已办又将办",
        category: Category::Time,
        severity: Severity::Warning,
        fix: FixAvailability::None,
        docs: Docs {
            what: "同一届活动（“第N届……会、节、赛、展、论坛、大集”）不能既在回顾部分说已经举办，又在计划部分说要办好（举办、承办、筹办）：届次一年一变，计划里的届次常是照抄去年的。",
            why: "节会、赛事的届次每年都要改，是最容易从上一年报告里原样留下来的数字。",
            bad: "2025年工作总结\n一、2025年工作回顾\n成功举办第五届茶文化节。\n二、2026年工作计划\n办好第五届茶文化节。\n",
            good: "2025年工作总结\n一、2025年工作回顾\n成功举办第五届茶文化节。\n二、2026年工作计划\n办好第六届茶文化节。\n",
        },
    },
    check,
};

/// Words that host an edition still to come.
const HOSTING: [&str; 6] = ["办好", "举办", "承办", "筹办", "做好", "筹备"];

/// Words that tell an edition was held.
const HELD: [&str; 6] = ["成功举办", "举办", "召开", "举行", "圆满", "闭幕"];

/// One mention of an edition: its number, its event's name, where, the
/// year and whether it is planned.
struct Mention<'t> {
    edition: u32,
    name: &'t str,
    range: Range<usize>,
    year: u32,
    plan: bool,
    told: bool,
    /// The next edition, written as this one is (第七届 after 第六届).
    next: String,
}

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let text = ctx.text;
    let mut mentions: Vec<Mention<'_>> = Vec::new();
    // A census's work runs over years: reviewed and planned alike.
    for edition in crate::calendar::editions(text)
        .into_iter()
        .filter(|e| !e.census)
    {
        let at = edition.at;
        let start = edition.range.start;
        let Some(sentence) = ctx.marks.layout().sentence_at(at) else {
            continue;
        };
        let Some((year, source)) = ctx.calendar.year_of(text, sentence.whole.clone(), at) else {
            continue;
        };
        let plan = source == (YearSource::Part { plan: true });
        let Some(clause) = ctx.marks.layout().clause_at(text, at) else {
            continue;
        };
        let told = if plan {
            HOSTING
                .iter()
                .any(|w| text[clause.start..start].contains(w))
        } else {
            held(&text[clause.clone()])
        };
        mentions.push(Mention {
            next: edition.like(text, edition.number + 1),
            edition: edition.number,
            name: edition.name,
            range: edition.range,
            year,
            plan,
            told,
        });
    }
    for planned in mentions.iter().filter(|m| m.plan && m.told) {
        let Some(held) = mentions.iter().find(|m| {
            !m.plan
                && m.told
                && m.year < planned.year
                && m.edition == planned.edition
                && same_event(m.name, planned.name)
        }) else {
            continue;
        };
        sink.report(
            planned.range.clone(),
            format!(
                "前文说{}已经在{}年举办，这里又要办好{}：同一届活动只办一次，计划里应是{}，请核对届次。",
                sink.quote(held.range.clone()),
                held.year,
                sink.quote(planned.range.clone()),
                planned.next
            ),
        )
        .with_related(held.range.clone(), "已举办的一届".to_owned());
    }
}

/// Whether a clause tells an edition was held: a word of holding, not of
/// winning the right to host it (获得……举办权, 申办).
fn held(clause: &str) -> bool {
    !clause.contains("举办权")
        && !clause.contains("申办")
        && HELD.iter().any(|w| clause.contains(w))
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::tester::Tester;

    #[test]
    fn rule() {
        Tester::new(&RULE)
            .pass([
                "2025年工作总结\n一、2025年工作回顾\n成功举办第五届茶文化节。\n二、2026年工作计划\n办好第六届茶文化节。\n",
                // The plan speaks of the edition held, not of hosting it.
                "2025年工作总结\n一、2025年工作回顾\n成功举办第五届茶文化节。\n二、2026年工作计划\n放大第五届茶文化节带动效应。\n",
                // Another event of the same number.
                "2025年工作总结\n一、2025年工作回顾\n成功举办第五届茶文化节。\n二、2026年工作计划\n办好第五届农民运动会。\n",
                // Winning the right to host is not holding.
                "2025年工作总结\n一、2025年工作回顾\n成功获得第十二届民族运动会举办权。\n二、2026年工作计划\n办好第十二届民族运动会。\n",
                // A congress is no event.
                "某省2026年政府工作报告\n各位代表：\n一、2025年工作回顾\n第十四届人民代表大会第三次会议圆满召开。\n二、2026年工作安排\n做好第十四届人民代表大会第四次会议保障。\n",
            ])
            .fail([
                "2025年工作总结\n一、2025年工作回顾\n成功举办第五届茶文化节。\n二、2026年工作计划\n办好第五届茶文化节。\n",
                "某省2026年政府工作报告\n各位代表：\n一、2025年工作回顾\n第9届民俗文化节、第四届茶产业大会相继举办。\n二、2026年工作安排\n筹办第五届茶产业大会和第9届民俗文化节。\n",
                // One event under its full name and its short one.
                "某市2026年政府工作报告\n各位代表：\n一、2025年工作回顾\n第三届青溪国际茶叶博览会圆满举办。\n二、2026年工作安排\n办好第三届茶博会。\n",
                "2025年工作總結\n一、2025年工作回顧\n成功舉辦第五屆茶文化節。\n二、2026年工作計劃\n辦好第五屆茶文化節。\n",
            ])
            .test_and_snapshot();
    }
}
