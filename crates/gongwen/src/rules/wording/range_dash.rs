//! `range-dash`: a range of figures joined with a hyphen or written with
//! one percent sign. GB/T 15834—2011 (标点符号用法) joins the ends of a
//! range of time with a dash (1—10月, 2021—2025年) and of a range of values
//! with a wave dash; GB/T 15835—2011 keeps the percent sign on both ends
//! (10%～20%). Reported as info, with the fix where the reading is certain:
//! the ends are in order, months are months, years are years.

use crate::finding::{Applicability, Category, Fix, Severity};
use crate::lexicon::WordSet;
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use crate::text::{fold_width, is_digit};
use std::sync::LazyLock;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "range-dash",
        title: "范围连接号",
        category: Category::Wording,
        severity: Severity::Info,
        fix: FixAvailability::Always,
        docs: Docs {
            what: "数字范围的写法：时间的起止用一字线“—”（“1-10月”应为“1—10月”，“2021-2025年”应为“2021—2025年”，GB/T 15834—2011）；百分数范围两端都带百分号，中间用浪纹线（“10-20%”应为“10%～20%”，GB/T 15835—2011）。日期（2024-10-01）、电话、标准编号等不是范围，不报。",
            why: "连字符“-”不是中文的连接号；只在后一个数后写“%”，前一个数会被读成普通数字。",
            bad: "1-10月，全县规上工业增加值增长10-20%；2021-2025年规划。",
            good: "1—10月，全县规上工业增加值增长10%～20%；2021—2025年规划；2024-10-01。",
        },
    },
    check,
};

/// The marks written between the ends of a range.
const DASH_MARKS: [&str; 5] = ["-", "－", "~", "～", "〜"];

pub(crate) static DASHES: LazyLock<WordSet> = LazyLock::new(|| WordSet::words(DASH_MARKS));

fn is_hyphen(c: char) -> bool {
    DASH_MARKS.iter().any(|d| d.starts_with(c))
}

/// A figure: its value and byte length (digits with at most one decimal
/// point).
fn figure(s: &str) -> Option<(f64, usize)> {
    let mut len = 0;
    let mut point = false;
    let mut digits = String::new();
    for c in s.chars() {
        if is_digit(c) {
            digits.push(fold_width(c));
        } else if matches!(c, '.' | '．')
            && !point
            && len > 0
            && s[len + c.len_utf8()..].starts_with(is_digit)
        {
            point = true;
            digits.push('.');
        } else {
            break;
        }
        len += c.len_utf8();
    }
    Some((digits.parse().ok()?, len)).filter(|_| len > 0)
}

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let text = ctx.text;
    // The dashes, found in one search rather than by decoding every
    // character.
    let dashes = ctx
        .find_iter(&DASHES)
        .into_iter()
        .filter_map(|(r, ())| Some((r.start, text[r].chars().next()?)));
    for (at, dash) in dashes {
        let after = at + dash.len_utf8();
        // The figure before the dash, whole: not part of a date, a code or
        // a longer number.
        let start = text[..at]
            .char_indices()
            .rev()
            .take_while(|&(_, c)| is_digit(c) || matches!(c, '.' | '．'))
            .last()
            .map_or(at, |(i, _)| i);
        if start == at
            || text[..start].chars().next_back().is_some_and(|c| {
                is_hyphen(c)
                    || c.is_ascii_alphanumeric()
                    || matches!(c, '/' | '／' | '.' | '：' | ':' | '#')
            })
        {
            continue;
        }
        let (Some((a, a_len)), Some((b, b_len))) =
            (figure(&text[start..at]), figure(&text[after..]))
        else {
            continue;
        };
        if a_len != at - start || a >= b {
            continue;
        }
        let end = after + b_len;
        let rest = &text[end..];
        if rest.starts_with(is_hyphen) || rest.starts_with(|c: char| c.is_ascii_alphanumeric()) {
            continue;
        }
        let whole = |x: f64| x.fract() == 0.0;
        let (a_text, b_text) = (sink.quote(start..at), sink.quote(after..end));
        let Some(unit) = rest.chars().next() else {
            continue;
        };
        let (right, what) = if matches!(unit, '%' | '％') {
            (
                format!("{a_text}{unit}～{b_text}"),
                "百分数范围两端都写百分号，中间用浪纹线",
            )
        } else if matches!(dash, '-' | '－')
            && whole(a)
            && whole(b)
            && match unit {
                '月' => a >= 1.0 && b <= 12.0,
                '日' | '号' => a >= 1.0 && b <= 31.0,
                '年' => a_len == 4 && b_len == 4 && (1900.0..2100.0).contains(&a),
                _ => false,
            }
        {
            (format!("{a_text}—{b_text}"), "时间的起止用一字线“—”")
        } else {
            continue;
        };
        let range = start..end;
        let written = sink.quote(range.clone());
        sink.report(
            range.clone(),
            format!("“{written}{unit}”应写作“{right}{unit}”：{what}（GB/T 15834—2011、GB/T 15835—2011）。"),
        )
        .with_fix(Fix::change_to(Applicability::Safe, range, &right));
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
                "1—10月，增长10%～20%；2021—2025年规划。",
                "2024-10-01，电话0571-88881234，GB/T 15835-2011，第3-2号文件。",
                "12-3月，20-10%，3-5人，SN-2023年。",
                "10%～20%，10%-20%。",
            ])
            .fail([
                "1-10月，全县规上工业增加值增长10-20%。",
                "2021-2025年规划，每月5-10日报送，增长1.5～2.5%。",
                "１－１０月，增長１０－２０％。",
            ])
            .fix([
                ("1-10月增长10-20%。", "1—10月增长10%～20%。"),
                ("2021-2025年。", "2021—2025年。"),
            ])
            .test_and_snapshot();
    }
}
