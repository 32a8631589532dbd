//! `date-range-order`: a span of days that ends before it starts —
//! “11月16日至10日”, “2025年3月8日—2025年3月6日”. A span whose end names
//! a month without its year may run into the next year (12月28日至1月3日):
//! it is not compared.

use crate::finding::{Category, Severity};
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "date-range-order",
        title: "起止日期颠倒",
        category: Category::Time,
        severity: Severity::Warning,
        fix: FixAvailability::None,
        docs: Docs {
            what: "“11月6日至10日”“2025年3月6日—2025年3月8日”这类起止日期，结束的一天不能早于开始的一天。结束日只写了月、日而月份更小的（12月28日至1月3日），可能跨了年，不比较。",
            why: "起止日期常是改一个数字时多打或少打了一位（6日写成16日），整段日期就前后颠倒了。",
            bad: "11月16日至10日，考察组来我县调研。",
            good: "11月6日至10日，考察组来我县调研。",
        },
    },
    check,
};

/// Marks between the first and last day of a span.
const DASHES: [&str; 8] = ["至", "到", "—", "－", "-", "~", "～", "–"];

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let text = ctx.text;
    for start in ctx.calendar.dates() {
        let Some(day) = start.day else { continue };
        let rest = &text[start.range.end..];
        let Some(dash) = DASHES.iter().find(|d| rest.starts_with(*d)) else {
            continue;
        };
        let end_at = start.range.end + dash.len();
        let Some((end, len)) = end_of_span(&text[end_at..]) else {
            continue;
        };
        let from = (start.year, start.month, day);
        let to = (
            end.year.or(start.year),
            end.month.unwrap_or(start.month),
            end.day,
        );
        // A month without its year may be the next year's.
        let comparable = end.month.is_none() || end.year.is_some() || to.1 >= from.1;
        if !comparable || to >= from {
            continue;
        }
        let span = start.range.start..end_at + len;
        sink.report(
            span.clone(),
            format!(
                "“{}”的结束日早于开始日，请核对日期。",
                sink.quote(span.clone())
            ),
        );
    }
}

/// The last day of a span, as written after its dash.
struct End {
    year: Option<u32>,
    month: Option<u32>,
    day: u32,
}

/// The day a span ends on at the start of `s` — “10日”, “12月3日”,
/// “2026年1月5日” — and its length in bytes.
fn end_of_span(s: &str) -> Option<(End, usize)> {
    let mut at = 0;
    let mut parts = Vec::new();
    loop {
        let (n, len) = leading_number(&s[at..])?;
        at += len;
        let unit = s[at..].chars().next()?;
        at += unit.len_utf8();
        parts.push((n, unit));
        if matches!(unit, '日' | '号') {
            break;
        }
        if parts.len() == 3 || !matches!(unit, '年' | '月') {
            return None;
        }
    }
    let (day, _) = parts.pop()?;
    let month = parts.pop().filter(|&(_, u)| u == '月').map(|(m, _)| m);
    let year = parts.pop().filter(|&(_, u)| u == '年').map(|(y, _)| y);
    let valid = (1..=31).contains(&day)
        && month.is_none_or(|m| (1..=12).contains(&m))
        && year.is_none_or(|y| (1000..=9999).contains(&y));
    valid.then_some((End { year, month, day }, at))
}

/// The number written in digits at the start of `s`, and its length.
fn leading_number(s: &str) -> Option<(u32, usize)> {
    let mut n: u32 = 0;
    let mut len = 0;
    for c in s.chars() {
        let Some(d) = crate::text::fold_width(c).to_digit(10) else {
            break;
        };
        n = n.checked_mul(10)?.checked_add(d)?;
        len += c.len_utf8();
    }
    (len > 0).then_some((n, len))
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::tester::Tester;

    #[test]
    fn rule() {
        Tester::new(&RULE)
            .pass([
                "11月6日至10日，考察组来我县调研。",
                "2025年3月6日—3月8日召开。",
                // Over the new year.
                "12月28日至1月3日开展集中整治。",
                "2025年12月28日至2026年1月3日开展集中整治。",
                "5月8日至5月8日举办。",
                "活动于5月20日至6月15日举行，8月1日到10日复查。",
            ])
            .fail([
                "11月16日至10日，考察组来我县调研。",
                "2025年3月8日—2025年3月6日召开。",
                "活动于5月20日至5月15日举行。",
                "2026年1月5日至2025年12月28日开展集中整治。",
            ])
            .test_and_snapshot();
    }
}
