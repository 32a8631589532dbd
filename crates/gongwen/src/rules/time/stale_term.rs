//! `stale-term`: a term that was current in an earlier year, used as current
//! — 十九大精神 in a report written after the 20th Congress, 十三五 after 2020.
//! The dated table is data (`stale_terms.json`, with sources).

use crate::finding::{Category, Severity};
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use crate::text::{last_chars, years};
use serde::Deserialize;
use std::sync::OnceLock;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "stale-term",
        title: "过时提法",
        category: Category::Time,
        severity: Severity::Warning,
        fix: FixAvailability::None,
        docs: Docs {
            what: "按报告年度检查过时的提法：党的二十大（2022年10月）之后仍说“贯彻十九大精神”“十九届×中全会”，2021年以后仍把“十三五”当作当前规划，等等。回顾过去时期（“十三五期间”“十九大以来”）不算。",
            why: "照搬往年材料时，这些提法最容易漏改，被上级认为材料陈旧、政治表述不准确。",
            bad: "2023年工作总结\n全面贯彻党的十九大精神。\n",
            good: "2023年工作总结\n全面贯彻党的二十大精神，十三五期间累计完成投资100亿元。\n",
        },
    },
    check,
};

#[derive(Debug, Deserialize)]
struct Term {
    term: String,
    replaced_by: String,
    stale_from_year: u32,
    stale_if_mentioned: Vec<String>,
    past_context: Vec<String>,
}

fn terms() -> &'static [Term] {
    static TERMS: OnceLock<Vec<Term>> = OnceLock::new();
    TERMS.get_or_init(|| serde_json::from_str(include_str!("stale_terms.json")).unwrap_or_default())
}

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let text = ctx.text;
    // A term absent from the whole text is absent from each of its
    // reports: one search per term, not one per term and report.
    let present: Vec<&Term> = terms()
        .iter()
        .filter(|t| text.contains(t.term.as_str()))
        .collect();
    for report in &ctx.outline.reports {
        let body = &text[report.range.clone()];
        for &t in &present {
            let by_year = report.head.year.is_some_and(|y| y >= t.stale_from_year);
            // Cheapest test first: the mentions are searched only when the
            // year does not decide.
            let by_mention = || {
                t.stale_if_mentioned
                    .iter()
                    .any(|m| body.contains(m.as_str()))
            };
            if !by_year && !by_mention() {
                continue;
            }
            for (i, _) in body.match_indices(t.term.as_str()) {
                let after = &body[i + t.term.len()..];
                let before = last_chars(&body[..i], 4);
                let after_head: String = after.chars().take(6).collect();
                if t.past_context
                    .iter()
                    .any(|c| after_head.contains(c.as_str()) || before.contains(c.as_str()))
                {
                    continue;
                }
                let at = report.range.start + i;
                // 第十九届省运会: an ordinal of something else, not the
                // party's congress or committee.
                if before.ends_with('第') && !after_head.starts_with(['中', '全']) {
                    continue;
                }
                if names_new_term_apart(ctx, at, t) || in_review_of_earlier_year(ctx, report, at, t)
                {
                    continue;
                }
                let why = match (by_year, report.head.year) {
                    (true, Some(y)) => format!("报告年度为{y}年"),
                    _ => "文中已提到新的提法".to_owned(),
                };
                let instead = if t.replaced_by.is_empty() {
                    String::new()
                } else {
                    format!("，现行提法为“{}”", t.replaced_by)
                };
                sink.report(at..at + t.term.len(), format!("“{}”是过时的提法：{why}{instead}。如确指过去的时期，请写明（如“{}期间”）。", t.term, t.term));
            }
        }
    }
}

/// Whether the sentence around byte `i` of `body` names the new term in
/// another clause: “深入贯彻党的十九大和十九届历次全会精神，认真学习贯彻党的
/// 二十大精神” tells both eras apart. In one clause (“贯彻党的十九大和二十大
/// 精神”) the old term is still offered as current guidance.
fn names_new_term_apart(ctx: &Ctx<'_>, at: usize, t: &Term) -> bool {
    let text = ctx.text;
    let Some(sentence) = ctx.marks.layout().sentence_at(at) else {
        return false;
    };
    let sentence = sentence.whole.clone();
    let Some(clause) = ctx.marks.layout().clause_at(text, at) else {
        return false;
    };
    let names_new = |s: &str| {
        !t.replaced_by.is_empty() && s.contains(t.replaced_by.as_str())
            || t.stale_if_mentioned.iter().any(|m| s.contains(m.as_str()))
    };
    names_new(&text[sentence]) && !names_new(&text[clause])
}

/// Whether byte `at` lies in a section whose heading names a year before
/// the term went stale (“一、2022年工作回顾” of a report delivered in 2023):
/// that section narrates its own year.
fn in_review_of_earlier_year(
    ctx: &Ctx<'_>,
    report: &crate::outline::Report,
    at: usize,
    t: &Term,
) -> bool {
    ctx.outline.headings[report.headings.clone()]
        .iter()
        .rev()
        .filter(|h| h.section.contains(&at))
        .find_map(|h| years(&ctx.text[h.text.clone()]).first().map(|(y, _)| *y))
        .is_some_and(|y| y < t.stale_from_year)
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::tester::Tester;

    #[test]
    fn rule() {
        Tester::new(&RULE)
            .pass([
                "2024年工作总结\n承办第十九届省运会帆船比赛。\n",
                "2023年工作总结\n十三五期间累计完成投资100亿元，党的十九大以来成就显著。\n",
                "2023年工作总结\n五年财政收入较“十三五”增长16.3%，事故起数比“十三五”同期下降一半。\n",
                "2020年工作总结\n全面贯彻党的十九大精神，十三五规划圆满收官。\n",
                "全面贯彻党的十九大精神。",
                // Both eras named apart in one sentence: narration.
                "2023年政府工作报告\n一、2022年工作回顾\n深入贯彻落实党的十九大和十九届历次全会精神，认真学习贯彻党的二十大精神。\n",
                // A section about an earlier year tells that year's story.
                "2023年工作总结及2024年工作计划\n一、2022年工作回顾\n全面贯彻党的十九大精神。\n",
            ])
            .fail([
                "2023年工作总结\n全面贯彻党的十九大精神。\n",
                "县科技局以二十大精神为指引。深入贯彻党的十九大精神。",
                "县科技局以二十大精神为指引，深入贯彻党的十九大和二十大精神。",
                "2022年工作总结\n落实十三五规划目标。\n",
                "2024年工作总结\n一、2024年工作情况\n全面貫徹黨的十九大精神。\n",
            ])
            .test_and_snapshot();
    }
}
