//! `span-length`: a programme named for a number of years whose dates
//! span another — “三年行动（2024—2027年）” runs four years. A programme's
//! years are counted inclusively: 2024—2026 is three.

use crate::finding::{Category, Severity};
use crate::number::chinese;
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "span-length",
        title: "“N年行动”与起止年份不符",
        category: Category::Time,
        severity: Severity::Warning,
        fix: FixAvailability::None,
        docs: Docs {
            what: "“三年行动（2024—2026年）”“五年规划（2021—2025年）”这类以年数命名的行动、计划、规划、方案、工程，括号里的起止年份（含首尾两年）要正好是所说的年数。",
            why: "行动计划常照抄上一轮的名称或起止年份，只改了一处，年数和年份就对不上。",
            bad: "全面落实营商环境提升三年行动（2024—2027年）。",
            good: "全面落实营商环境提升三年行动（2024—2026年）。",
        },
    },
    check,
};

/// Words that end the name of a programme counted in years.
const PROGRAMMES: [&str; 8] = [
    "行动", "计划", "规划", "方案", "攻坚", "工程", "纲要", "战略",
];

/// Marks between the first and last year of a span.
const DASHES: [char; 7] = ['-', '—', '–', '~', '～', '－', '至'];

/// How far before the bracket the count of years may stand, in characters
/// (三年攻坚行动, 五年提质增效行动计划).
const NAME_CHARS: usize = 12;

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let text = ctx.text;
    for &(at, c) in ctx.marks.within(0..text.len()) {
        if c != '（' && c != '(' {
            continue;
        }
        let Some((from, to, close)) = span_in_brackets(text, at + c.len_utf8()) else {
            continue;
        };
        if to < from {
            continue;
        }
        let before = crate::text::last_chars(&text[..at], NAME_CHARS);
        let Some(end) = PROGRAMMES
            .iter()
            .filter(|w| before.ends_with(*w))
            .map(|w| before.len() - w.len())
            .next()
        else {
            continue;
        };
        let name = &before[..end];
        // The count: the last 年 after a numeral in the name (三年行动, 三年
        // 攻坚行动).
        let Some(k) = name.rfind('年') else {
            continue;
        };
        let name_start = at - before.len();
        let Some((count_start, n)) = chinese::figure_before(text, name_start + k) else {
            continue;
        };
        let n = n as u32;
        let years = to - from + 1;
        if !(2..=10).contains(&n) || n == years {
            continue;
        }
        sink.report(
            count_start..close,
            format!(
                "{from}—{to}年含首尾是{years}年，名称却说“{}”，请核对年数或起止年份。",
                sink.quote(count_start..name_start + k + '年'.len_utf8())
            ),
        );
    }
}

/// “2024—2027年）” right after an opening bracket at `at`: the two years
/// and where the closing bracket ends.
fn span_in_brackets(text: &str, at: usize) -> Option<(u32, u32, usize)> {
    let rest = text.get(at..)?;
    let first: u32 = rest.get(..4)?.parse().ok()?;
    let rest = rest[4..].trim_start_matches('年');
    let after_dash = rest.trim_start_matches(DASHES);
    if after_dash.len() == rest.len() {
        return None;
    }
    let last: u32 = after_dash.get(..4)?.parse().ok()?;
    let tail = after_dash[4..].trim_start_matches('年');
    let closing = tail.chars().next().filter(|c| matches!(c, '）' | ')'))?;
    let close = text.len() - tail.len() + closing.len_utf8();
    ((1949..=2100).contains(&first)).then_some((first, last, close))
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::tester::Tester;

    #[test]
    fn rule() {
        Tester::new(&RULE)
            .pass([
                "全面落实营商环境提升三年行动（2024—2026年）。",
                "实施“十四五”五年规划（2021-2025年）。",
                "编制乡村振兴三年攻坚行动方案(2023~2025)。",
                // No count in the name.
                "落实国土空间总体规划（2021—2035年）。",
                // A span that is no programme's.
                "过去三年（2022—2025年）我们攻坚克难。",
            ])
            .fail([
                "全面落实营商环境提升三年行动（2024—2027年）。",
                "编制乡村振兴五年攻坚行动方案(2023-2025年)。",
                "全面落實營商環境提升三年行動（2024—2027年）。",
            ])
            .test_and_snapshot();
    }
}
