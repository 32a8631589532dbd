//! `past-target-year`: a target set for a year already over — “到2025年，
//! 人均地区生产总值达到10万元” in the plan for 2026. The plan's year comes
//! from the calendar model.

use crate::finding::{Category, Severity};
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use crate::text::leading_number;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "past-target-year",
        title: "目标年份早于计划年度",
        category: Category::Time,
        severity: Severity::Warning,
        fix: FixAvailability::None,
        docs: Docs {
            what: "计划部分“到某年……”“力争到某年……”设定的目标年份，不能早于计划年度：计划2026年的工作，不会再定“到2025年”的目标。写现状（“到2025年底已达……”“由……提高到2025年的……”）不算；计划里“2027年、2028年分别建成……”的各个年份也不能早于计划年度。",
            why: "照搬上一轮规划或往年计划时，目标年份最容易漏改，一看就知道是旧稿。",
            bad: "某县2026年政府工作报告\n各位代表：\n一、2025年工作回顾\n全年增长5%。\n二、2026年工作安排\n到2025年，建成省级创新平台20个。\n",
            good: "某县2026年政府工作报告\n各位代表：\n一、2025年工作回顾\n全年增长5%。\n二、2026年工作安排\n到2030年，建成省级创新平台20个。截至2025年底已建成12个，比2020年提高到2025年的水平。\n",
        },
    },
    check,
};

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    schedules(ctx, sink);
    let text = ctx.text;
    for (at, _) in text.match_indices('到') {
        // “到2025年” opening a target, not “到2025年底”, “到2025年的”.
        let start = at + '到'.len_utf8();
        let Some((year, len)) = leading_number(&text[start..]) else {
            continue;
        };
        if len != 4 || !text[start + len..].starts_with('年') {
            continue;
        }
        let range = start..start + len + '年'.len_utf8();
        let after = &text[range.end..];
        if after.starts_with(['底', '末', '的', '前', '初', '中', '以']) {
            continue;
        }
        let Some((planned, true)) = ctx.calendar.part_at(range.start) else {
            continue;
        };
        if year >= planned {
            continue;
        }
        let said = sink.quote(range.clone());
        sink.report(
            range,
            format!("这是{planned}年的计划，目标年份却写作{said}，已经过去，请核对。"),
        );
    }
}

/// Words of finishing after 分别, in a plan's schedule of years.
const FINISH: [&str; 7] = ["建成", "完成", "投运", "投产", "通车", "竣工", "实现"];

/// “2027年、2028年分别建成甲、乙高铁” in a plan: each year of the
/// schedule is the plan's year or later.
fn schedules(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let text = ctx.text;
    for (at, _) in text.match_indices("分别") {
        let after = &text[at + "分别".len()..];
        if !FINISH.iter().any(|w| after.starts_with(w)) {
            continue;
        }
        // The years right before 分别, joined by 、 or 和.
        let mut end = at;
        let mut years = Vec::new();
        while let Some((year, start)) = crate::text::year_ending_at(text, end) {
            years.push((year, start..end));
            let before = &text[..start];
            match ['、', '和'].iter().find(|c| before.ends_with(**c)) {
                Some(c) => end = start - c.len_utf8(),
                None => break,
            }
        }
        if years.len() < 2 {
            continue;
        }
        let Some((planned, true)) = ctx.calendar.part_at(at) else {
            continue;
        };
        for (year, range) in years.into_iter().rev().filter(|(y, _)| *y < planned) {
            let said = sink.quote(range.clone()).to_owned();
            sink.report(
                range,
                format!(
                    "这是{planned}年的计划，安排的完成年份却有{said}（{year}年已经过去），请核对。"
                ),
            );
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
                "某县2026年政府工作报告\n各位代表：\n一、2025年工作回顾\n到2025年，建成省级创新平台20个。\n二、2026年工作安排\n到2030年，建成省级创新平台30个，到2026年底达到22个。\n",
                "到2025年，建成省级创新平台20个。",
                "某县2026年政府工作报告\n一、2025年工作回顾\n2024年、2025年分别建成甲、乙两条公路。\n二、2026年工作安排\n2027年、2028年分别建成丙、丁高铁。\n",
            ])
            .fail([
                "某县2026年政府工作报告\n各位代表：\n一、2025年工作回顾\n全年增长5%。\n二、2026年工作安排\n力争到2025年，人均地区生产总值达到10万元。\n",
                "某县2026年政府工作报告\n一、2025年工作回顾\n全年增长5%。\n二、2026年工作安排\n今年建成甲高铁，2025年、2028年分别建成丙、丁高铁。\n",
            ])
            .test_and_snapshot();
    }
}
