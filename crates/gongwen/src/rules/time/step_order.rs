//! `step-order`: a project's history told with dates out of order —
//! “2023年5月签约，2023年3月开工” (started before it was signed) or a
//! completion dated before the start.

use crate::finding::{Category, Severity};
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use std::ops::Range;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "step-order",
        title: "项目进程日期先后颠倒",
        category: Category::Time,
        severity: Severity::Warning,
        fix: FixAvailability::None,
        docs: Docs {
            what: "同一句话里按日期叙述一个项目的进程时，签约、开工、竣工（建成、投产）的先后要与日期相符：不能先开工后签约，也不能竣工早于开工。只比较写明了年月的日期。",
            why: "项目进度常由不同科室分别提供，日期抄错一位，整段进程就自相矛盾。",
            bad: "青溪新材料项目于2023年5月签约，2023年3月开工，2024年6月竣工投产。",
            good: "青溪新材料项目于2023年3月签约，2023年5月开工，2024年6月竣工投产。",
        },
    },
    check,
};

/// Steps of a project, in the order they happen.
const STEPS: &[(&str, u8)] = &[
    ("签约", 0),
    ("签订", 0),
    ("落地", 0),
    ("开工", 1),
    ("动工", 1),
    ("竣工", 2),
    ("建成", 2),
    ("投产", 2),
];

/// A dated step: where its date is written, the date (year, month, day or
/// 0), the step's rank and its word.
struct Step {
    date: Range<usize>,
    when: (u32, u32, u32),
    rank: u8,
    word: &'static str,
}

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    for sentence in ctx.numbers.paragraphs.iter().flat_map(|p| &p.sentences) {
        let steps = dated_steps(ctx, sentence);
        // Each later step against each earlier one in the sentence: a few
        // at most.
        for (k, b) in steps.iter().enumerate().take(8) {
            let Some(a) = steps[..k]
                .iter()
                .find(|a| a.rank < b.rank && b.when < a.when)
            else {
                continue;
            };
            let (da, db) = (sink.quote(a.date.clone()), sink.quote(b.date.clone()));
            sink.report(
                b.date.clone(),
                format!(
                    "“{db}{}”早于前面的“{da}{}”：{}应在{}之后，请核对日期。",
                    b.word, a.word, b.word, a.word
                ),
            )
            .with_related(a.date.clone(), format!("{}日期", a.word));
        }
    }
}

/// The dates of `sentence` (at least year and month) each followed closely
/// by a step word, in order. The dates are the calendar's.
fn dated_steps(ctx: &Ctx<'_>, sentence: &Range<usize>) -> Vec<Step> {
    let text = ctx.text;
    let mut out = Vec::new();
    for date in ctx.calendar.dates_within(sentence.clone()) {
        let Some(when) = date.key() else {
            continue;
        };
        let near: String = text[date.range.end..].chars().take(4).collect();
        let Some(&(word, rank)) = STEPS.iter().find(|(w, _)| near.contains(w)) else {
            continue;
        };
        out.push(Step {
            date: date.range.clone(),
            when,
            rank,
            word,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::tester::Tester;

    #[test]
    fn rule() {
        Tester::new(&RULE)
            .pass([
                "青溪新材料项目于2023年3月签约，2023年5月开工，2024年6月竣工投产。",
                "2023年5月签约的项目已于2023年3月完成选址。",
                "项目2024年6月竣工。2023年5月开工的二期进展顺利。",
                "2023年5月12日签约，2023年5月12日开工。",
            ])
            .fail([
                "青溪新材料项目于2023年5月签约，2023年3月开工，2024年6月竣工投产。",
                "该项目2024年3月开工，2023年12月建成。",
                "該項目2024年3月開工，2023年12月建成。",
            ])
            .test_and_snapshot();
    }
}
