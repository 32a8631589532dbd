//! `meeting-not-held`: a party congress or plenum, or a session of the
//! National People's Congress, cited in a report written before it was
//! held — “贯彻党的十八届六中全会精神” in a report of March 2016,
//! 十四届全国人大三次会议 in a summary of 2023. The meetings and their months are data
//! (`calendar/meetings.json`, with sources); when the report was written
//! comes from the calendar model.

use crate::calendar::{meetings, Meeting};
use crate::finding::{Category, Severity};
use crate::lexicon::Lexicon;
use crate::number::chinese;
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use crate::text::floor_boundary;
use std::ops::Range;
use std::sync::LazyLock;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "meeting-not-held",
        title: "会议尚未召开",
        category: Category::Time,
        severity: Severity::Warning,
        fix: FixAvailability::None,
        docs: Docs {
            what: "报告引用的党代会、中央全会（十八届六中全会、二十届三中全会、二十大……）和全国人民代表大会会议（十四届全国人大三次会议）必须在报告写成之前已经召开：按政府工作报告的题注日期（没有时按所计划年份的3月），或总结年度的次年2月计算。同一届尚未列入表中的下一次全会，按上一次全会之后至少半年计算。",
            why: "套用别人的或后来的材料时，最容易把还没开的会写成“深入贯彻”，一眼就能看出材料的来路。",
            bad: "某县2016年政府工作报告\n各位代表：\n深入贯彻党的十八届五中、六中全会精神。\n",
            good: "某县2017年政府工作报告\n各位代表：\n深入贯彻党的十八届五中、六中全会精神。\n",
        },
    },
    check,
};

/// What a name in the text is: a committee's term (十八届) whose plenums
/// follow, a congress (十九大) with its index in the table, or a term of
/// the National People's Congress (十四届) whose session may follow.
#[derive(Debug, Clone, Copy)]
enum Named {
    Term,
    Congress(usize),
    NpcTerm,
}

/// The terms and the congresses by name, in one automaton: the text is
/// searched once.
static NAMES: LazyLock<Lexicon<Named>> = LazyLock::new(|| {
    Lexicon::new(meetings().iter().enumerate().filter_map(|(i, m)| {
        if m.term.is_empty() {
            Some((m.name.as_str(), Named::Congress(i)))
        } else {
            // Every plenum or session of a term names it: one entry each
            // is enough.
            let named = if m.body == "npc" {
                Named::NpcTerm
            } else {
                Named::Term
            };
            (m.number == 1).then_some((m.term.as_str(), named))
        }
    }))
});

/// Plenum numbers as they are written (一中全会…).
const NUMERALS: [&str; 10] = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

/// Words that look ahead to a meeting still to come.
const AHEAD: [&str; 7] = ["迎接", "喜迎", "迎来", "献礼", "即将", "筹备", "召开前"];

/// How many months after the last plenum of a term in the table the next
/// one can be held at the earliest.
const NEXT_PLENUM_MONTHS: u32 = 6;

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let text = ctx.text;
    // Every name starts with a numeral (十八届, 二十大), and numerals are
    // marks: the names are looked for only where one starts.
    let starts = ctx
        .marks
        .all()
        .iter()
        .filter(|&&(at, c)| chinese::is_numeral(c) && !text[..at].ends_with(chinese::is_numeral))
        .map(|&(at, _)| at);
    let found = starts.filter_map(|at| {
        NAMES
            .prefix(&text[at..])
            .map(|(n, named)| (at..at + n, named))
    });
    for (found, named) in found {
        match named {
            Named::Term => {
                for (number, at) in plenums_after(text, found.end) {
                    let name = &text[found.clone()];
                    let display = format!(
                        "{name}{}中全会",
                        NUMERALS[(number as usize).min(NUMERALS.len() - 1)]
                    );
                    cited(ctx, sink, found.start..at.end, &display, held(name, number));
                }
            }
            Named::Congress(i) => {
                // 二十大 inside 一百二十大 is no congress.
                if text[..found.start]
                    .chars()
                    .next_back()
                    .is_some_and(chinese::is_numeral)
                {
                    continue;
                }
                let m = &meetings()[i];
                cited(ctx, sink, found, &m.name, Some(((m.year, m.month), true)));
            }
            Named::NpcTerm => {
                let Some((number, end)) = session_after(text, found.end) else {
                    continue;
                };
                let term = &text[found.clone()];
                let display = format!(
                    "{term}全国人大{}次会议",
                    NUMERALS[(number as usize).min(NUMERALS.len() - 1)]
                );
                cited(
                    ctx,
                    sink,
                    found.start..end,
                    &display,
                    held_session(term, number),
                );
            }
        }
    }
}

/// The session of the National People's Congress named after its term
/// ending at `at` — 全国人大三次会议, 全国人民代表大会第三次会议: its number
/// and where the name ends.
fn session_after(text: &str, at: usize) -> Option<(u32, usize)> {
    let rest = &text[at..];
    let rest = ["全国人大", "全国人民代表大会"]
        .iter()
        .find_map(|w| rest.strip_prefix(w))?;
    let rest = rest.strip_prefix('第').unwrap_or(rest);
    let c = rest.chars().next().filter(|&c| chinese::is_numeral(c))?;
    let number = chinese::value(&c.to_string())? as u32;
    let rest = rest[c.len_utf8()..].strip_prefix('次')?;
    let rest = rest.strip_prefix("全体").unwrap_or(rest);
    let rest = rest.strip_prefix("会议")?;
    Some((number, text.len() - rest.len()))
}

/// When session `number` of the congress's `term` was held, or the
/// earliest it can be if the table does not have it yet (one session a
/// year, in March); and whether that is known.
fn held_session(term: &str, number: u32) -> Option<((u32, u32), bool)> {
    let of_term: Vec<&Meeting> = meetings()
        .iter()
        .filter(|m| m.body == "npc" && m.term == term)
        .collect();
    if let Some(m) = of_term.iter().find(|m| m.number == number) {
        return Some(((m.year, m.month), true));
    }
    let last = of_term.iter().max_by_key(|m| m.number)?;
    (number > last.number).then(|| ((last.year + number - last.number, 3), false))
}

/// The plenums named after a term ending at `at`: “五中、六中全会”, “三中全会”,
/// “一中全会以来”: each number and its range.
fn plenums_after(text: &str, at: usize) -> Vec<(u32, Range<usize>)> {
    let limit = floor_boundary(text, (at + 40).min(text.len()));
    let mut out = Vec::new();
    let mut i = at;
    loop {
        let rest = &text[i..limit];
        let Some(c) = rest.chars().next().filter(|&c| chinese::is_numeral(c)) else {
            break;
        };
        let after = &rest[c.len_utf8()..];
        if !after.starts_with('中') {
            break;
        }
        let Some(n) = chinese::value(&c.to_string()) else {
            break;
        };
        let end = i + c.len_utf8() + '中'.len_utf8();
        out.push((n as u32, i..end));
        i = end;
        if text[i..limit].starts_with('、') {
            i += '、'.len_utf8();
        } else {
            break;
        }
    }
    // Only plenums: the list ends in 全会.
    if text[i..limit].starts_with("全会") {
        out
    } else {
        Vec::new()
    }
}

/// When plenum `number` of `term` was held, or the earliest it can be if
/// the table does not have it yet; and whether that is known.
fn held(term: &str, number: u32) -> Option<((u32, u32), bool)> {
    let of_term: Vec<&Meeting> = meetings()
        .iter()
        .filter(|m| m.body.is_empty() && m.term == term)
        .collect();
    if let Some(m) = of_term.iter().find(|m| m.number == number) {
        return Some(((m.year, m.month), true));
    }
    let last = of_term.iter().max_by_key(|m| m.number)?;
    (number > last.number).then(|| {
        let months = last.year * 12 + last.month - 1 + NEXT_PLENUM_MONTHS * (number - last.number);
        ((months / 12, months % 12 + 1), false)
    })
}

/// Reports the meeting at `range` when the report citing it was written
/// before `held`.
fn cited(
    ctx: &Ctx<'_>,
    sink: &mut Sink<'_>,
    range: Range<usize>,
    name: &str,
    held: Option<((u32, u32), bool)>,
) {
    let Some(((year, month), known)) = held else {
        return;
    };
    let Some((by_year, by_month)) = ctx
        .calendar
        .report_at(range.start)
        .and_then(|r| r.written_by)
    else {
        return;
    };
    if (year, month) <= (by_year, by_month) {
        return;
    }
    // Looking ahead to it (喜迎二十大胜利召开) is no citation.
    let before = &ctx.text[floor_boundary(ctx.text, range.start.saturating_sub(18))..range.start];
    if AHEAD.iter().any(|w| before.contains(w)) {
        return;
    }
    let when = if known {
        format!("于{year}年{month}月召开")
    } else {
        format!("最早也要到{year}年{month}月前后才会召开")
    };
    sink.report(
        range,
        format!("“{name}”{when}，而本报告写于{by_year}年{by_month}月或之前，不可能引用它。多半是套用了后来的材料或写错了届次，请核对。"),
    );
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::tester::Tester;

    #[test]
    fn rule() {
        Tester::new(&RULE)
            .pass([
                "某县2017年政府工作报告\n各位代表：\n深入贯彻党的十八届五中、六中全会精神。\n",
                "2024年工作总结\n深入学习贯彻党的二十届三中全会精神和党的二十大精神。\n",
                "政府工作报告\n——2025年11月20日在某县人民代表大会上\n各位代表：\n贯彻党的二十届四中全会精神。\n",
                // No year to go by.
                "贯彻党的二十届四中全会精神。",
                "2021年工作总结\n以优异成绩迎接党的二十大胜利召开。\n",
                "2025年工作总结\n认真落实十四届全国人大三次会议精神。\n",
                "政府工作报告\n——2026年3月5日在第十四届全国人民代表大会第四次会议上\n各位代表：\n一、2025年工作回顾\n完成十四届全国人大三次会议确定的任务。\n",
            ])
            .fail([
                "某县2016年政府工作报告\n各位代表：\n深入贯彻党的十八届五中、六中全会精神。\n",
                "政府工作报告\n——2026年1月26日在某县人民代表大会上\n各位代表：\n贯彻党的二十届五中全会精神。\n",
                "2021年工作总结\n深入学习贯彻党的二十大精神。\n",
                "2023年工作总结\n认真落实十四届全国人大三次会议精神。\n",
                "2019年工作總結\n認真落實第十三屆全國人民代表大會第三次會議精神。\n",
            ])
            .test_and_snapshot();
    }
}
