//! `wrong-weekday`: a date with a weekday that is not that date's
//! (“2023年11月13日（星期二）” — it was a Monday).

use crate::calendar::weekday_of;
use crate::finding::{Category, Severity};
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use std::ops::Range;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "wrong-weekday",
        title: "星期与日期不符",
        category: Category::Time,
        severity: Severity::Error,
        fix: FixAvailability::None,
        docs: Docs {
            what: "注明星期几的日期，星期要与日期相符，如“2023年11月13日（星期一）”；没写年份的日期（11月13日、13号）按句子所说的年份或报告年度计算。按公历计算。",
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
    for date in ctx.calendar.dates() {
        let Some(d) = date.day else { continue };
        let Some((w, index)) = weekday_after(text, date.range.end) else {
            continue;
        };
        // A date without its year is of the year its sentence speaks of.
        let year = date.year.or_else(|| {
            let sentence = ctx
                .marks
                .layout()
                .sentence_at(date.range.start)
                .map(|s| s.whole.clone())?;
            ctx.calendar
                .year_of(text, sentence, date.range.start)
                .map(|(y, _)| y)
                // Above the first part: the report's own year (the caption
                // under a dateline: 3月5日（星期一），大会开幕).
                .or_else(|| {
                    ctx.calendar
                        .report_at(date.range.start)?
                        .head_year(date.range.start)
                })
        });
        let Some(y) = year else { continue };
        let m = date.month;
        let Some(actual) = weekday_of(i64::from(y), m, d) else {
            continue;
        };
        if actual != index {
            let written = sink.quote(w.clone());
            let assumed = if date.year.is_none() {
                format!("（按本报告的{y}年计）")
            } else {
                String::new()
            };
            sink.report(
                w,
                format!(
                    "{y}年{m}月{d}日{assumed}是星期{}，文中写作“{written}”，请核对日期或星期。",
                    NAMES[actual]
                ),
            )
            .with_related(date.range.clone(), "日期".to_owned());
        }
    }
}

/// A weekday written right after a date (in brackets or not): 星期X, 周X,
/// 礼拜X; its range and index (0 = Monday).
fn weekday_after(text: &str, after: usize) -> Option<(Range<usize>, usize)> {
    let rest = &text[after..];
    let skip = rest.len() - rest.trim_start_matches(['（', '(', ' ', '，', ',']).len();
    let rest = &rest[skip..];
    let prefix = ["星期", "礼拜", "周"]
        .iter()
        .find(|p| rest.starts_with(**p))?;
    let day = rest[prefix.len()..].chars().next()?;
    let index = NAMES
        .iter()
        .position(|n| n.starts_with(day))
        .or_else(|| (day == '天').then_some(6))?;
    Some((
        after + skip..after + skip + prefix.len() + day.len_utf8(),
        index,
    ))
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::calendar::weekday_of;
    use crate::rules::tester::Tester;

    #[test]
    fn rule() {
        Tester::new(&RULE)
            .pass([
                "2023年工作总结\n一、主要工作\n11月13日（星期一）召开全县科技大会，11月14号（周二）报到。\n",
                "定于2023年11月13日（星期一）召开会议。",
                "2024年2月29日(周四)报到。",
                "2023年10月1日，星期日。",
                "2023年11月13日召开会议，星期二报到。",
                "于2023年11月13日（星期一）至15日（星期三）举办。",
                "2023年2月30日（星期四）",
            ])
            .fail([
                // A caption under the dateline, above the first part: the
                // report's year.
                "政府工作报告\n——2019年1月8日在某县第十七届人民代表大会第三次会议上\n1月8日（星期三），大会在县会议中心开幕。\n各位代表：\n一、过去一年工作回顾\n抓好项目。\n二、今年工作安排\n抓好项目。\n",
                "2023年工作总结\n一、主要工作\n11月13日（星期二）召开全县科技大会。\n",
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
