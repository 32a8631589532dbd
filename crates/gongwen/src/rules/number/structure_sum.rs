//! `structure-sum`: “三次产业结构为9.5∶40.2∶51.3” — shares of one whole,
//! written as a ratio, that do not add up to 100.

use super::fmt;
use crate::finding::{Category, Severity};
use crate::number::RATIO_MARKS;
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use crate::text::{floor_boundary, is_digit, last_chars};

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "structure-sum",
        title: "产业结构之和不为100",
        category: Category::Number,
        severity: Severity::Warning,
        fix: FixAvailability::None,
        docs: Docs {
            what: "“三次产业结构（比重、比例）为A∶B∶C”写的是各部分占整体的百分比，相加应为100（按写出的位数允许四舍五入）。",
            why: "结构比例常由三个数分别四舍五入后抄来，改了其中一个就不再合计为100。",
            bad: "三次产业结构调整为6.2∶45.3∶45.1。",
            good: "三次产业结构调整为6.2∶45.3∶48.5。",
        },
    },
    check,
};

/// Words that say a ratio splits one whole.
const WHOLE: [&str; 6] = ["结构", "比重", "比例", "构成", "占比", "产业比"];

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let text = ctx.text;
    for (at, c) in ctx.marks.all() {
        if !RATIO_MARKS.contains(c) {
            continue;
        }
        // Only the first colon of a ratio starts one.
        let Some(start) = number_start(text, *at) else {
            continue;
        };
        if text[..start].ends_with(RATIO_MARKS) {
            continue;
        }
        let Some((parts, end)) = ratio(text, start) else {
            continue;
        };
        let lead_in = last_chars(&text[..start], 12);
        if parts.len() < 3 || !WHOLE.iter().any(|w| lead_in.contains(w)) {
            continue;
        }
        // Each part rounded to its written digits: the sum may be off by
        // half a unit of the last digit, per part.
        let sum: f64 = parts.iter().map(|(v, _)| v).sum();
        let slack: f64 = parts
            .iter()
            .map(|(_, d)| 0.5 * 10f64.powi(-(*d as i32)))
            .sum();
        // Far from 100 is a ratio of something else (1∶2∶3).
        if (sum - 100.0).abs() <= slack + 1e-9 || !(90.0..=110.0).contains(&sum) {
            continue;
        }
        let decimals = parts.iter().map(|(_, d)| *d).max().unwrap_or(0) as usize;
        let terms: Vec<String> = parts.iter().map(|(v, d)| fmt(*v, *d as usize)).collect();
        sink.report(
            start..end,
            format!(
                "各部分之和 {} = {}，不是100，请核对各部分的比重。",
                terms.join(" + "),
                fmt(sum, decimals)
            ),
        );
    }
}

/// The start of the number that ends right before byte `at`.
fn number_start(text: &str, at: usize) -> Option<usize> {
    let before = &text[floor_boundary(text, at.saturating_sub(12))..at];
    let len: usize = before
        .chars()
        .rev()
        .take_while(|&c| is_digit(c) || c == '.')
        .map(char::len_utf8)
        .sum();
    (len > 0).then_some(at - len)
}

/// The numbers of a ratio from `start` (9.5∶40.2∶50.3) with their decimals,
/// and where it ends.
fn ratio(text: &str, start: usize) -> Option<(Vec<(f64, u32)>, usize)> {
    let mut parts = Vec::new();
    let mut i = start;
    loop {
        let rest = &text[i..];
        let len: usize = rest
            .chars()
            .take(8)
            .take_while(|&c| is_digit(c) || c == '.')
            .map(char::len_utf8)
            .sum();
        let written: String = rest[..len].chars().map(crate::text::fold_width).collect();
        let value: f64 = written.parse().ok()?;
        let decimals = written.split_once('.').map_or(0, |(_, f)| f.len() as u32);
        parts.push((value, decimals));
        i += len;
        match text[i..].chars().next() {
            Some(c) if RATIO_MARKS.contains(&c) && parts.len() < 8 => i += c.len_utf8(),
            _ => return Some((parts, i)),
        }
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
                "三次产业结构调整为6.2∶45.3∶48.5。",
                "三次产业比重为9.5∶40.2∶50.3，结构持续优化。",
                // Rounding: 33.3 + 33.3 + 33.3 = 99.9 is fine.
                "三次产业结构为33.3:33.3:33.3。",
                // Not shares of a whole.
                "按1∶2∶3的比例配套资金。",
            ])
            .fail([
                "三大产业占比调整为12.4∶41.9∶43.8。",
                "三次产业结构调整为6.2∶45.3∶45.1。",
                "三次产业比重为9.5:40.2:51.3。",
                "三次产业比调整为9.6︰44.1︰56.3。",
            ])
            .test_and_snapshot();
    }
}
