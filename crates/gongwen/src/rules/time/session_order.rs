//! `session-order`: a session of a people's congress cited out of its
//! order — the review of last year's targets “set at” the very session the
//! report is delivered to (市十六届人大四次会议确定的目标 in a report to the
//! 第四次会议), or, for the National People's Congress, whose sessions come
//! once a year and five to a term, a count of years since a session that
//! does not fit (第十二届全国人大第二次会议以来的五年, delivered to the
//! 十三届一次会议: four years).

use crate::finding::{Category, Severity};
use crate::number::chinese;
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use crate::text::{floor_boundary, Needle};
use regex::Regex;
use std::sync::LazyLock;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "session-order",
        title: "人代会届次与年份不符",
        category: Category::Time,
        severity: Severity::Warning,
        fix: FixAvailability::None,
        docs: Docs {
            what: "政府工作报告题注写明了本次会议（第十四届人民代表大会第四次会议）。回顾上一年时说“某次会议确定的目标任务”，那次会议必须早于本次会议；全国人大每年开一次会、每届五年，“第某届全国人大第某次会议以来的N年”要与两次会议相隔的年数相符。地方人大有时一年开两次会，只查不可能的先后。",
            why: "套用上一年的报告时，会议的次数最容易漏改：上一年的目标由上一次会议确定。",
            bad: "某市2026年政府工作报告\n——2026年1月25日在某市第十六届人民代表大会第四次会议上\n各位代表：\n一、2025年工作回顾\n圆满完成市十六届人大四次会议确定的各项任务。\n二、2026年工作安排\n抓好项目。\n",
            good: "某市2026年政府工作报告\n——2026年1月25日在某市第十六届人民代表大会第四次会议上\n各位代表：\n一、2025年工作回顾\n圆满完成市十六届人大三次会议确定的各项任务。\n二、2026年工作安排\n抓好项目。\n",
        },
    },
    check,
};

/// A session of a people's congress: its term, whether national, its
/// number within the term.
static SESSION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"第?([一二三四五六七八九十]+|[0-9]+)届(全国)?(?:人大|人民代表大会)第?([一二三四五六七八九十]+|[0-9]+)次(?:全体)?会议")
        .expect("the session pattern compiles")
});

/// How far before its 会议 a session's name may start, in bytes (第十四届
/// 全国人民代表大会第五次全体: 17 characters).
const SESSION_REACH: usize = 60;

/// Every session named in `text`, with the offset its match is relative
/// to: found from 会议 (a few in a report), the pattern run on a window
/// ending there — over a whole report it would read every byte.
fn sessions(text: &str) -> impl Iterator<Item = (regex::Captures<'_>, usize)> {
    static MEETING: LazyLock<Needle> = LazyLock::new(|| Needle::new("会议"));
    MEETING.find_iter(text).filter_map(move |at| {
        let end = at + "会议".len();
        let from = floor_boundary(text, at.saturating_sub(SESSION_REACH));
        let c = SESSION.captures_iter(&text[from..end]).last()?;
        (c.get(0)?.end() == end - from).then_some((c, from))
    })
}

fn number(s: &str) -> Option<u32> {
    chinese::figure_value(s).map(|v| v as u32)
}

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let text = ctx.text;
    // Cheapest test first: a dateline names the session it was delivered at.
    if !text.contains("会议上") {
        return;
    }
    let Some((current, dateline, meeting)) = ctx.calendar.dates().iter().find_map(|d| {
        let meeting = crate::calendar::dateline_session(text, ctx.marks.layout(), d)?;
        let c = SESSION.captures(meeting)?;
        let line = ctx.marks.layout().line_at(d.range.start)?.body.clone();
        Some((
            (number(&c[1])?, c.get(2).is_some(), number(&c[3])?),
            line,
            meeting,
        ))
    }) else {
        return;
    };
    let (term0, national0, session0) = current;
    // The session as the user wrote it (traditional characters stay so).
    let meeting_at = meeting.as_ptr() as usize - text.as_ptr() as usize;
    let meeting = sink.quote(meeting_at..meeting_at + meeting.len());
    for (c, from) in sessions(text) {
        let whole = c.get(0).map_or(0..0, |m| from + m.start()..from + m.end());
        if whole.start >= dateline.start && whole.end <= dateline.end {
            continue;
        }
        let (Some(term), Some(session)) = (number(&c[1]), number(&c[3])) else {
            continue;
        };
        let national = c.get(2).is_some() && national0;
        // Years between that session and this one, where they are certain.
        let gap = national.then(|| {
            5 * i64::from(term0) - 5 * i64::from(term) + i64::from(session0) - i64::from(session)
        });
        let after = &text[whole.end..];
        let shown = sink.quote(whole.clone());
        if after.starts_with("确定的")
            && ctx
                .calendar
                .part_at(whole.start)
                .is_some_and(|(_, plan)| !plan)
        {
            let too_late = term == term0 && session >= session0;
            if too_late || gap.is_some_and(|g| g != 1) {
                sink.report(
                    whole,
                    format!("本报告是在{meeting}上作的，回顾的上一年目标应是上一次会议确定的，这里却写作{shown}，请核对会议次数。"),
                );
            }
            continue;
        }
        if let (Some(gap), Some(years)) = (gap, years_since(after)) {
            if gap != i64::from(years) {
                sink.report(
                    whole,
                    format!("{shown}距本次会议（{meeting}）{gap}年，这里却说以来{years}年，请核对届次、次数或年数。"),
                );
            }
        }
    }
}

/// The years counted in “以来的五年”, “以来5年” right after a session.
fn years_since(after: &str) -> Option<u32> {
    let rest = after.strip_prefix("以来")?;
    let rest = rest.strip_prefix('的').unwrap_or(rest);
    // A count of years is a few numerals (五, 5, 十二).
    let (year, _) = rest.char_indices().take(4).find(|&(_, c)| c == '年')?;
    number(&rest[..year])
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::tester::Tester;

    #[test]
    fn rule() {
        Tester::new(&RULE)
            .pass([
                "某市2026年政府工作报告\n——2026年1月25日在某市第十六届人民代表大会第四次会议上\n各位代表：\n一、2025年工作回顾\n圆满完成市十六届人大三次会议确定的各项任务。\n二、2026年工作安排\n抓好项目。\n",
                // A province that met twice in one year: two sessions back is possible.
                "某省2026年政府工作报告\n——2026年2月3日在某省第十四届人民代表大会第五次会议上\n各位代表：\n一、2025年工作回顾\n省十四届人大三次会议确定的主要目标顺利实现。\n",
                "政府工作报告\n——2018年3月5日在第十三届全国人民代表大会第一次会议上\n各位代表：\n一、过去五年工作回顾\n十二届全国人大一次会议以来的五年，经济社会发展取得显著成绩。\n",
                "政府工作报告\n——2017年3月5日在第十二届全国人民代表大会第五次会议上\n各位代表：\n一、2016年工作回顾\n较好完成十二届全国人大四次会议确定的各项任务。\n",
                // No dateline, nothing to count from.
                "某市2026年政府工作报告\n各位代表：\n一、2025年工作回顾\n圆满完成市十六届人大四次会议确定的各项任务。\n",
            ])
            .fail([
                "政府工作報告\n——2018年3月5日在第十三屆全國人民代表大會第一次會議上\n各位代表：\n一、過去五年工作回顧\n第十二屆全國人民代表大會第二次會議以來的五年，經濟社會發展取得顯著成績。\n",
                "某市2026年政府工作报告\n——2026年1月25日在某市第十六届人民代表大会第四次会议上\n各位代表：\n一、2025年工作回顾\n圆满完成市十六届人大四次会议确定的各项任务。\n二、2026年工作安排\n抓好项目。\n",
                "政府工作报告\n——2018年3月5日在第十三届全国人民代表大会第一次会议上\n各位代表：\n一、过去五年工作回顾\n第十二届全国人民代表大会第二次会议以来的五年，经济社会发展取得显著成绩。\n",
                "政府工作报告\n——2017年3月5日在第十二届全国人民代表大会第五次会议上\n各位代表：\n一、2016年工作回顾\n较好完成十二届全国人大三次会议确定的各项任务。\n",
                "某市2026年政府工作報告\n——2026年1月25日在某市第十六屆人民代表大會第四次會議上\n各位代表：\n一、2025年工作回顧\n圓滿完成市十六屆人大四次會議確定的各項任務。\n",
            ])
            .test_and_snapshot();
    }
}
