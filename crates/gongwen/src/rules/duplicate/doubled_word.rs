//! `doubled-word`: a word written twice in a row — “完成完成”, “与与”,
//! “邮政邮政” — told apart from the reduplication Chinese uses on purpose
//! (常常、层层、家家户户、一步一步).

use crate::finding::{Applicability, Category, Fix, Severity};
use crate::lexicon::WordSet;
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use crate::text::{ceil_boundary, floor_boundary, is_han};
use std::sync::LazyLock;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "doubled-word",
        category: Category::Duplicate,
        severity: Severity::Warning,
        fix: FixAvailability::Always,
        docs: Docs {
            what: "同一个词连写两遍，如“完成完成”“与与”“邮政邮政”。“常常”“层层”“家家户户”“一步一步”“研究研究”这类有意的重叠不算。修复会删去多出的一遍。",
            why: "复制粘贴或改稿时多留的一遍，读者一眼就能看出，显得材料没有校对过。",
            bad: "全年完成完成技改项目12个，开展与与高校的合作。",
            good: "层层压实责任，常常深入企业，家家户户受益，一步一步推进，认真研究研究。",
        },
    },
    check,
};

/// Single characters that are never doubled on purpose.
const FUNCTION_WORDS: &str = "的与和及在是对把被将为并而或之从向于以其";
/// Two-character words that may be doubled on purpose (“研究研究”).
const VERBS_DOUBLED: &[&str] = &[
    "研究", "讨论", "商量", "学习", "了解", "考虑", "打听", "活动",
];
/// Common phrases whose words share characters, so that a window across
/// them reads as a doubled word: 企业创业创新 holds “业创业创”.
static CHAINS: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::words([
        "创业创新",
        "创新创业",
        "就业创业",
        "创业就业",
        "企业创新",
        "产业创新",
    ])
});

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let text = ctx.text;
    // A doubled word is all Han letters (numerals included): it lies in a
    // run between two other marks. One buffer serves every run.
    let mut chars: Vec<(usize, char)> = Vec::new();
    for run in ctx.marks.segments(|c| !is_han(c)) {
        chars.clear();
        chars.extend(
            text[run.clone()]
                .char_indices()
                .map(|(i, c)| (run.start + i, c)),
        );
        check_run(ctx, &chars, run.end, sink);
    }
}

/// Checks one run of Han letters, `chars`, that ends at byte `run_end`.
fn check_run(ctx: &Ctx<'_>, chars: &[(usize, char)], run_end: usize, sink: &mut Sink<'_>) {
    let text = ctx.text;
    let mut i = 0;
    while i < chars.len() {
        let Some(len) = doubled_at(chars, i) else {
            i += 1;
            continue;
        };
        let start = chars[i].0;
        let mid = chars[i + len].0;
        let end = chars.get(i + 2 * len).map_or(run_end, |&(b, _)| b);
        if in_chain(text, start, end) {
            i += 1;
            continue;
        }
        let word = sink.quote(start..mid);
        sink.report(start..end, format!("“{word}”连写了两遍，应删去一遍。"))
            .with_fix(Fix::delete(
                format!("删去重复的“{word}”"),
                Applicability::Safe,
                mid..end,
            ));
        i += 2 * len;
    }
}

/// Whether `start..end` lies inside a known chain of words (创业创新).
fn in_chain(text: &str, start: usize, end: usize) -> bool {
    let from = floor_boundary(text, start.saturating_sub(12));
    let to = ceil_boundary(text, end + 12);
    CHAINS
        .find_iter(&text[from..to])
        .any(|(r, ())| from + r.start < end && start < from + r.end)
}

/// The length (in characters) of a word doubled at `i`, if any.
fn doubled_at(chars: &[(usize, char)], i: usize) -> Option<usize> {
    // Cheapest test first: a character that comes again within four.
    let c = chars[i].1;
    if !chars.iter().skip(i + 1).take(4).any(|p| p.1 == c) {
        return None;
    }
    (1..=4).rev().find(|&len| {
        let Some(window) = chars.get(i..i + 2 * len) else {
            return false;
        };
        let (a, b) = window.split_at(len);
        // Cheapest test first: most positions fail on the first character.
        if a[0].1 != b[0].1
            || a.iter().map(|p| p.1).ne(b.iter().map(|p| p.1))
            || !a.iter().all(|&(_, c)| is_han(c))
        {
            return false;
        }
        let word: String = a.iter().map(|p| p.1).collect();
        // A doubled word followed by another doubled character is AABB
        // (家家户户, 是是非非), and 一X一X counts step by step.
        let aabb = len == 1
            && chars
                .get(i + 2..i + 4)
                .is_some_and(|w| w[0].1 == w[1].1 && is_han(w[0].1));
        match len {
            1 => FUNCTION_WORDS.contains(a[0].1) && !aabb,
            _ => !word.starts_with('一') && !VERBS_DOUBLED.contains(&word.as_str()),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::tester::Tester;

    #[test]
    fn rule() {
        Tester::new(&RULE)
            .pass([
                "层层压实责任，常常深入企业，家家户户受益。",
                "一步一步推进，一年一年积累。",
                "认真研究研究，大家讨论讨论。",
                "不了了之",
                "是是非非",
                "获评市级小型微型企业创业创新示范基地",
            ])
            .fail([
                "全年完成完成技改项目12个。",
                "开展与与高校院所的合作。",
                "开展与与xx市高校院所合作。",
                "郵政郵政業務",
                "的的确",
            ])
            .fix([("全年完成完成技改项目12个。", "全年完成技改项目12个。")])
            .test_and_snapshot();
    }
}
