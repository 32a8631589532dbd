//! `year-claim`: “今年是‘十四五’开局之年” in a report of a year the claim
//! does not fit — the sign of a sentence carried over from another year's
//! report. The claims and the years they are true of are data
//! (`year_claims.json`, each with its source).

use crate::finding::{Category, Severity};
use crate::outline::Genre;
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use crate::text::{char_before, fold_width, is_digit};
use serde::Deserialize;
use std::ops::Range;
use std::sync::OnceLock;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "year-claim",
        title: "“某某之年”与年份不符",
        category: Category::Time,
        severity: Severity::Warning,
        fix: FixAvailability::None,
        docs: Docs {
            what: "“今年是脱贫攻坚收官之年”“2022年是党的二十大召开之年”这类只属于某一年的说法，要与所说的年份相符：“今年”按报告年度计算，写明的年份按所写计算。五年规划的开局、收官见 plan-milestone，周年见 anniversary。",
            why: "这类句子最常从往年的材料里原样搬来，年份一变就成了错话，而且非常显眼。",
            bad: "2023年工作总结\n今年是脱贫攻坚收官之年。\n",
            good: "2020年工作总结\n今年是脱贫攻坚收官之年。2022年是党的二十大召开之年。\n",
        },
    },
    check,
};

#[derive(Debug, Deserialize)]
struct Claim {
    /// Words that must all stand in the clause after 是.
    words: Vec<String>,
    /// The year the claim is true of.
    year: u32,
}

fn claims() -> &'static [Claim] {
    static CLAIMS: OnceLock<Vec<Claim>> = OnceLock::new();
    CLAIMS
        .get_or_init(|| serde_json::from_str(include_str!("year_claims.json")).unwrap_or_default())
}

/// Words for the year a report is written about, relative to it.
const RELATIVE: &[(&str, i64)] = &[
    ("今年", 0),
    ("本年", 0),
    ("去年", -1),
    ("上年", -1),
    ("明年", 1),
];

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let text = ctx.text;
    for report in &ctx.outline.reports {
        // 今年 of a government work report is the year it is delivered in.
        let this_year = match report.head.genre {
            Some(Genre::GovWork) => report.head.plan_year,
            _ => report.head.year,
        };
        let body = &text[report.range.clone()];
        for (i, _) in body.match_indices("年是") {
            let at = report.range.start + i;
            let Some((said, year_range)) = year_said(text, at, this_year) else {
                continue;
            };
            let claim_start = at + "年是".len();
            // The claim is one short clause: bounded, so a text of 年是
            // without punctuation stays linear.
            let limit = crate::text::floor_boundary(text, claim_start + 120);
            let claim_end = text[claim_start..limit]
                .find(['，', '。', '；', ',', ';', '\n'])
                .map_or(limit, |k| claim_start + k);
            let clause = &text[claim_start..claim_end];
            let Some(claim) = claims()
                .iter()
                .find(|c| c.words.iter().all(|w| clause.contains(w.as_str())))
            else {
                continue;
            };
            if claim.year != said {
                let shown = sink.quote(year_range.start..claim_end);
                sink.report(
                    year_range.start..claim_end,
                    format!(
                        "“{shown}”与年份不符：这一说法指的是{}年，这里说的是{said}年。多半是沿用了往年材料，请改写。",
                        claim.year
                    ),
                );
            }
        }
    }
}

/// The year meant by the words before `年是` at `at` (`2020年是`, `今年是`),
/// and their range; `None` when it cannot be read (`20xx年是`).
fn year_said(text: &str, at: usize, this_year: Option<u32>) -> Option<(u32, Range<usize>)> {
    let end = at + '年'.len_utf8();
    let digits: Vec<(usize, char)> = text[..at]
        .char_indices()
        .rev()
        .take_while(|(_, c)| is_digit(*c))
        .take(5)
        .collect();
    if let Some(&(start, _)) = digits.last() {
        if digits.len() != 4 {
            return None;
        }
        let year = digits.iter().rev().try_fold(0u32, |n, (_, c)| {
            Some(n * 10 + fold_width(*c).to_digit(10)?)
        })?;
        return Some((year, start..end));
    }
    if char_before(text, at).is_some_and(|c| matches!(fold_width(c), 'x' | 'X' | '*')) {
        return None;
    }
    let before = &text[..end];
    let (word, offset) = RELATIVE.iter().find(|(w, _)| before.ends_with(w))?;
    let year = i64::from(this_year?) + offset;
    Some((u32::try_from(year).ok()?, end - word.len()..end))
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::tester::Tester;

    #[test]
    fn rule() {
        Tester::new(&RULE)
            .pass([
                "2022年工作总结\n今年是党的二十大召开之年。\n",
                "2020年工作总结\n今年是脱贫攻坚收官之年。\n",
                "某县2020年政府工作报告\n各位代表：\n今年是脱贫攻坚收官之年。\n",
                "20xx年是脱贫攻坚收官之年。",
                "今年是脱贫攻坚收官之年。",
                "2023年工作总结\n今年是全面贯彻党的二十大精神的开局之年。\n",
            ])
            .fail([
                "2023年工作总结\n今年是脱贫攻坚收官之年。\n",
                "2023年工作总结\n2021年是党的二十大召开之年。\n",
                "2022年工作總結\n去年是脫貧攻堅收官之年。\n",
            ])
            .test_and_snapshot();
    }
}
