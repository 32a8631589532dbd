//! `wrong-weekday`: a date with a weekday that is not that date's
//! (“2023年11月13日（星期二）” — it was a Monday).

use crate::finding::{Category, Severity};
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use crate::text::{fold_width, is_digit};
use std::ops::Range;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "wrong-weekday",
        category: Category::Time,
        severity: Severity::Error,
        fix: FixAvailability::None,
        docs: Docs {
            what: "写明年月日又注明星期几的日期，星期要与日期相符，如“2023年11月13日（星期一）”。按公历计算。",
            why: "会议通知、活动安排里的日期和星期对不上，读者不知道以哪个为准；这类错误多半是改了日期忘了改星期。",
            bad: "定于2023年11月13日（星期二）召开全县科技工作会议。",
            good: "定于2023年11月13日（星期一）召开全县科技工作会议，11月14日（周二）报到。",
        },
    },
    check,
};

const NAMES: [&str; 7] = ["一", "二", "三", "四", "五", "六", "日"];

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let text = ctx.text;
    for ((date, (y, m, d)), weekday) in dated_weekdays(text) {
        let Some(actual) = weekday_of(y, m, d) else {
            continue;
        };
        if actual != weekday.1 {
            let written = sink.quote(weekday.0.clone());
            sink.report(
                weekday.0.clone(),
                format!(
                    "{y}年{m}月{d}日是星期{}，文中写作“{written}”，请核对日期或星期。",
                    NAMES[actual]
                ),
            )
            .with_related(date, "日期".to_owned());
        }
    }
}

/// A written date: its range and (year, month, day).
type Date = (Range<usize>, (i64, u32, u32));
/// A written weekday: its range and index (0 = Monday).
type Weekday = (Range<usize>, usize);

/// Every `Y年M月D日` followed (in brackets or not) by 星期X/周X.
fn dated_weekdays(text: &str) -> Vec<(Date, Weekday)> {
    let mut out = Vec::new();
    for (i, _) in text.match_indices('日') {
        let Some((start, date)) = date_before(text, i) else {
            continue;
        };
        let after = i + '日'.len_utf8();
        let rest = &text[after..];
        let skip = rest.len() - rest.trim_start_matches(['（', '(', ' ', '，', ',']).len();
        let rest = &rest[skip..];
        let Some(prefix) = ["星期", "礼拜", "周"]
            .iter()
            .find(|p| rest.starts_with(**p))
        else {
            continue;
        };
        let Some(day) = rest[prefix.len()..].chars().next() else {
            continue;
        };
        let Some(index) = NAMES
            .iter()
            .position(|n| n.starts_with(day))
            .or_else(|| (day == '天').then_some(6))
        else {
            continue;
        };
        let w = after + skip..after + skip + prefix.len() + day.len_utf8();
        out.push(((start..after, date), (w, index)));
    }
    out
}

/// The date written right before the 日 at `at`: `2023年11月13`.
fn date_before(text: &str, at: usize) -> Option<(usize, (i64, u32, u32))> {
    let (d, d_start) = number_before(text, at)?;
    let m_end = text[..d_start].strip_suffix('月')?.len();
    let (m, m_start) = number_before(text, m_end)?;
    let y_end = text[..m_start].strip_suffix('年')?.len();
    let (y, y_start) = number_before(text, y_end)?;
    (y >= 1000).then_some((y_start, (i64::from(y), m, d)))
}

/// The number written in digits right before byte `end`, and where it starts.
fn number_before(text: &str, end: usize) -> Option<(u32, usize)> {
    let digits: Vec<(usize, char)> = text[..end]
        .char_indices()
        .rev()
        .take_while(|(_, c)| is_digit(*c))
        .take(5)
        .collect();
    let &(start, _) = digits.last()?;
    let value = digits.iter().rev().try_fold(0u32, |n, (_, c)| {
        Some(n * 10 + fold_width(*c).to_digit(10)?)
    })?;
    Some((value, start))
}

/// The weekday of a Gregorian date, 0 = Monday; `None` if there is no such
/// date. Days since 1970-01-01 by Howard Hinnant's `days_from_civil`.
fn weekday_of(y: i64, m: u32, d: u32) -> Option<usize> {
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days_in_month = [
        31,
        if leap { 29 } else { 28 },
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ];
    if !(1..=12).contains(&m) || d == 0 || d > days_in_month[m as usize - 1] {
        return None;
    }
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (i64::from(m) + 9) % 12;
    let doy = (153 * mp + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    // 1970-01-01 was a Thursday (index 3).
    Some((days + 3).rem_euclid(7) as usize)
}

#[cfg(test)]
mod tests {
    use super::{weekday_of, RULE};
    use crate::rules::tester::Tester;

    #[test]
    fn rule() {
        Tester::new(&RULE)
            .pass([
                "定于2023年11月13日（星期一）召开会议。",
                "2024年2月29日(周四)报到。",
                "2023年10月1日，星期日。",
                "2023年11月13日召开会议，星期二报到。",
                "于2023年11月13日（星期一）至15日（星期三）举办。",
                "2023年2月30日（星期四）",
            ])
            .fail([
                "定于2023年11月13日（星期二）召开会议。",
                "2024年2月29日(周五)报到。",
                "定於2023年11月13日（禮拜二）召開會議。",
            ])
            .test_and_snapshot();
    }

    #[test]
    fn knows_the_calendar() {
        assert_eq!(weekday_of(2023, 11, 13), Some(0));
        assert_eq!(weekday_of(2000, 1, 1), Some(5));
        assert_eq!(weekday_of(1970, 1, 1), Some(3));
        assert_eq!(weekday_of(2024, 2, 29), Some(3));
        assert_eq!(weekday_of(2023, 2, 29), None);
    }
}
