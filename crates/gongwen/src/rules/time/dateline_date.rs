//! `dateline-date`: the date a report was delivered (——2026年1月21日在……第四次
//! 会议上) against what the text says of that session and that report: the
//! year the title plans (a second dateline left from last year's page), and
//! the day the session opened when the text says the report was delivered
//! there (“1月12日，……第四次会议在……开幕。省长……作政府工作报告”).

use crate::calendar::Date;
use crate::finding::{Category, Severity};
use crate::outline::Genre;
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use crate::text::ceil_boundary;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "dateline-date",
        title: "题注日期与正文不符",
        category: Category::Time,
        severity: Severity::Warning,
        fix: FixAvailability::None,
        docs: Docs {
            what: "报告题注（“——2026年1月27日在……第四次会议上”）的日期要与正文相符：政府工作报告题注的年份应是标题所说的年份；正文写明这次会议某月某日开幕、并在开幕时作政府工作报告的，题注日期应是开幕那天；题注日期早于开幕日期的，一定有误。",
            why: "题注常从上一年的页面复制后只改了一处，或把日子的两位数字写颠倒（1月12日写成1月21日）。",
            bad: "某省2026年政府工作报告\n——2026年1月21日在某省第十四届人民代表大会第四次会议上\n1月12日，某省第十四届人民代表大会第四次会议开幕。省长作政府工作报告。\n",
            good: "某省2026年政府工作报告\n——2026年1月12日在某省第十四届人民代表大会第四次会议上\n1月12日，某省第十四届人民代表大会第四次会议开幕。省长作政府工作报告。\n",
        },
    },
    check,
};

/// How far after 开幕 the report's delivery may be told, in bytes.
const DELIVERY_REACH: usize = 120;

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let text = ctx.text;
    // Cheapest test first: a dateline names the session it was delivered at.
    if !text.contains("会议上") {
        return;
    }
    for date in ctx.calendar.dates() {
        let (Some(year), Some(day)) = (date.year, date.day) else {
            continue;
        };
        let Some(meeting) = crate::calendar::dateline_session(text, ctx.marks.layout(), date)
        else {
            continue;
        };
        // The year the title plans.
        if let Some(report) = ctx
            .outline
            .reports
            .iter()
            .find(|r| r.range.contains(&date.range.start))
        {
            let head = &report.head;
            let misdated_here = head
                .misdated
                .as_ref()
                .is_some_and(|m| date.range.start <= m.start && m.end <= date.range.end);
            if head.genre == Some(Genre::GovWork) && !misdated_here {
                if let Some(planned) = head.plan_year.filter(|&p| p != year) {
                    sink.report(
                        date.range.clone(),
                        format!(
                            "题注日期是{}，而标题说的是{planned}年的政府工作报告，年份应为{planned}年。",
                            sink.quote(date.range.clone())
                        ),
                    );
                    continue;
                }
            }
        }
        // The day the session opened, when the report was delivered there.
        let Some((opened, delivered)) = opening(ctx, meeting, year) else {
            continue;
        };
        let said = (year, date.month, day);
        let open_key = (year, opened.month, opened.day.unwrap_or(0));
        if said == open_key || (!delivered && said > open_key) {
            continue;
        }
        let shown_open = sink.quote(opened.range.clone()).to_owned();
        let why = if said < open_key {
            "会议还没有开幕"
        } else {
            "正文说政府工作报告是在开幕时作的"
        };
        sink.report(
            date.range.clone(),
            format!(
                "题注日期是{}，而正文说这次会议{shown_open}开幕（{why}），请核对日期。",
                sink.quote(date.range.clone())
            ),
        )
        .with_related(opened.range.clone(), "开幕日期".to_owned());
    }
}

/// Where the text says `meeting` opened (“1月12日，……第四次会议在……开幕”):
/// that date, and whether the report was delivered at the opening (作政府
/// 工作报告 right after). A date without a year is of the dateline's.
fn opening<'c>(ctx: &'c Ctx<'_>, meeting: &str, year: u32) -> Option<(&'c Date, bool)> {
    let text = ctx.text;
    for (at, _) in text.match_indices("开幕") {
        let Some(sentence) = ctx.marks.layout().sentence_at(at).map(|s| s.whole.clone()) else {
            continue;
        };
        if !text[sentence.clone()].contains(meeting) {
            continue;
        }
        let Some(date) = ctx
            .calendar
            .dates_within(sentence.start..at)
            .iter()
            .find(|d| d.day.is_some() && d.year.is_none_or(|y| y == year))
        else {
            continue;
        };
        let after = ceil_boundary(text, (at + DELIVERY_REACH).min(text.len()));
        let delivered = text[at..after].contains("作政府工作报告");
        return Some((date, delivered));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::tester::Tester;

    #[test]
    fn rule() {
        Tester::new(&RULE)
            .pass([
                "某省2026年政府工作报告\n——2026年1月12日在某省第十四届人民代表大会第四次会议上\n1月12日，某省第十四届人民代表大会第四次会议开幕。省长作政府工作报告。\n",
                // Delivered later in the session, not at its opening.
                "某省2026年政府工作报告\n——2026年1月14日在某省第十四届人民代表大会第四次会议上\n1月12日，某省第十四届人民代表大会第四次会议开幕。\n",
                // Another session's opening.
                "某省2026年政府工作报告\n——2026年1月14日在某省第十四届人民代表大会第四次会议上\n1月20日，某省政协第十三届委员会第四次会议开幕。省长作政府工作报告。\n",
                // A date in the text, not a dateline.
                "某省2026年政府工作报告\n各位代表：\n2026年1月5日在全省会议上作了部署。\n",
            ])
            .fail([
                // A title run together with its dateline, last year's date.
                "某县2021年政府工作报告  2020年1月9日在某县第十七届人民代表大会第四次会议上\n各位代表：\n一、2020年工作回顾\n抓好项目。\n",
                "某省2026年政府工作报告\n——2026年1月21日在某省第十四届人民代表大会第四次会议上\n1月12日，某省第十四届人民代表大会第四次会议开幕。省长作政府工作报告。\n",
                "某省2026年政府工作报告\n——2026年1月9日在某省第十四届人民代表大会第四次会议上\n1月12日，某省第十四届人民代表大会第四次会议开幕。\n",
                // A second dateline left from last year's page.
                "某省2026年政府工作报告\n——2026年1月27日在某省第十四届人民代表大会第四次会议上\n首页\n某省2026年政府工作报告\n2025年1月27日在某省第十四届人民代表大会第四次会议上\n各位代表：\n",
                "某省2026年政府工作報告\n——2026年1月21日在某省第十四屆人民代表大會第四次會議上\n1月12日，某省第十四屆人民代表大會第四次會議開幕。省長作政府工作報告。\n",
            ])
            .test_and_snapshot();
    }
}
