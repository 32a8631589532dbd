//! `plan-out-of-period`: a plan carried out in a year outside its period —
//! “实施‘八五’普法” or “编制‘十四五’行业规划” in the plan for 2026, when
//! the 八五 (2021—2025) and the 十四五 (2021—2025) are over. The plans and
//! their years are data (`calendar/plans.json`, with sources); the plan's
//! year comes from the calendar model.

use crate::calendar::plans;
use crate::finding::{Category, Severity};
use crate::lexicon::Lexicon;
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use std::sync::LazyLock;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "plan-out-of-period",
        title: "计划年份超出规划期",
        category: Category::Time,
        severity: Severity::Warning,
        fix: FixAvailability::None,
        docs: Docs {
            what: "计划部分“实施（推进、开展、落实）某五年规划”，计划的年份要在该规划的起止年份内；“编制（制定、谋划、启动）某规划”可提前一两年，但不能在规划期结束之后。五年规划（十四五2021—2025年、十五五2026—2030年……）和五年普法规划（七五2016—2020年、八五2021—2025年、九五2026—2030年）的年份见数据表。",
            why: "照抄上一年的计划时，“实施‘八五’普法”“编制‘十四五’行业规划”这类说法最容易漏改，而规划期一过就成了错话。",
            bad: "某县2026年政府工作报告\n各位代表：\n一、2025年工作回顾\n全年增长5%。\n二、2026年工作安排\n实施“八五”普法，编制“十四五”行业规划。\n",
            good: "某县2026年政府工作报告\n各位代表：\n一、2025年工作回顾\n扎实开展“八五”普法。\n二、2026年工作安排\n实施“九五”普法，编制“十五五”行业规划。\n",
        },
    },
    check,
};

/// How many years before its first a plan may be drawn up.
const DRAWN_UP_AHEAD: u32 = 2;

/// Verbs of carrying a plan out (`CARRY`) or drawing it up (`DRAW`).
const CARRY: usize = 0;
const DRAW: usize = 1;
static VERBS: LazyLock<Lexicon<usize>> = LazyLock::new(|| {
    let carry = ["实施", "推进", "开展", "落实", "执行", "深化"];
    let draw = ["编制", "制定", "谋划", "启动", "研究制定"];
    Lexicon::new(
        carry
            .iter()
            .map(|w| (*w, CARRY))
            .chain(draw.iter().map(|w| (*w, DRAW))),
    )
});

/// Plan names; a name may be several plans told apart by what follows
/// (七五 and “七五”普法).
static PLAN_NAMES: LazyLock<Lexicon<()>> =
    LazyLock::new(|| Lexicon::new(plans().iter().map(|p| (p.name.as_str(), ()))));

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let text = ctx.text;
    for (name, ()) in PLAN_NAMES.find_iter(text) {
        // The name in quotes, right after its verb (实施好“八五”).
        let open = text[..name.start]
            .strip_suffix(['“', '‘'])
            .map_or(name.start, str::len);
        let rest = &text[name.end..];
        let rest = rest.strip_prefix(['”', '’']).unwrap_or(rest);
        let named = &text[name.clone()];
        let Some(plan) = plans().iter().find(|p| {
            p.name == named
                && p.after
                    .as_deref()
                    .is_none_or(|after| rest.starts_with(after))
        }) else {
            continue;
        };
        // The plan of the old national series (七五计划) is never meant.
        if plan.after.is_none() && plan.from < 2000 {
            continue;
        }
        let before = &text[..open];
        let before = before.strip_suffix('好').unwrap_or(before);
        // The verb before the name (编制“十五五”规划), or the drawing up
        // named after it (“十五五”规划纲要编制工作).
        let drawn_after = || {
            let tail = ["规划纲要", "规划"]
                .iter()
                .find_map(|w| rest.strip_prefix(w))?;
            let tail = tail.strip_prefix('的').unwrap_or(tail);
            let (n, verb) = VERBS.prefix(tail)?;
            (verb == DRAW).then(|| (text.len() - tail.len() + n, verb))
        };
        let (verb_at, verb, after_end) = match VERBS.suffix(crate::text::last_chars(before, 4)) {
            Some((len, verb)) => (before.len() - len, verb, None),
            None => match drawn_after() {
                Some((end, verb)) => (open, verb, Some(end)),
                None => continue,
            },
        };
        let Some((year, true)) = ctx.calendar.part_at(name.start) else {
            continue;
        };
        let first = if verb == DRAW {
            plan.from.saturating_sub(DRAWN_UP_AHEAD)
        } else {
            plan.from
        };
        if (first..=plan.to).contains(&year) {
            continue;
        }
        // Through the closing quote and what names the plan (普法), or
        // through the verb after it.
        let end = after_end
            .unwrap_or(text.len() - rest.len() + plan.after.as_deref().map_or(0, str::len));
        let label = format!("“{}”{}", plan.name, plan.after.as_deref().unwrap_or(""));
        let when = if year > plan.to {
            "已经结束"
        } else {
            "还没有开始"
        };
        sink.report(
            verb_at..end,
            format!(
                "这一部分计划的是{year}年，{label}的规划期为{}—{}年，{when}，请核对规划名称。",
                plan.from, plan.to
            ),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::tester::Tester;

    #[test]
    fn plans_span_five_years() {
        assert!(plans().iter().all(|p| p.to == p.from + 4));
    }

    #[test]
    fn rule() {
        let head = "某县2026年政府工作报告\n各位代表：\n一、2025年工作回顾\n全年增长5%。";
        let plan = "\n二、2026年工作安排\n";
        let with = |review: &str, planned: &str| format!("{head}{review}{plan}{planned}\n");
        let pass = [
                with("扎实开展“八五”普法。", "实施“九五”普法，编制“十五五”行业规划。"),
                with("", "加快建设“十四五”批复的大基地，巩固“十四五”成果。"),
                with("", "实施好“十五五”规划，推进“九五”普法。"),
                // Drawn up a year ahead, the verb after the name.
                "某县2025年政府工作报告\n各位代表：\n一、2024年工作回顾\n全年增长5%。\n二、2025年工作安排\n做好“十五五”规划纲要编制工作。\n".to_owned(),
                // Drawn up a year ahead.
                "某县2025年政府工作报告\n各位代表：\n一、2024年工作回顾\n全年增长5%。\n二、2025年工作安排\n编制“十五五”规划，实施“八五”普法。\n".to_owned(),
                // The old national plan, not a plan of legal education.
                with("", "实施“七五”计划时期的老项目改造。"),
            ];
        let fail = [
                with("", "实施“八五”普法。"),
                with("", "认真编制“十四五”行业规划。"),
                with("", "深入推进“十四五”规划重大工程。"),
                // Drawn up years before its start.
                "某县2021年政府工作报告\n各位代表：\n一、2020年工作回顾\n全年增长5%。\n二、2021年工作安排\n做好“十五五”规划纲要编制工作。\n".to_owned(),
                "某縣2026年政府工作報告\n各位代表：\n一、2025年工作回顧\n全年增長5%。\n二、2026年工作安排\n實施“八五”普法。\n".to_owned(),
            ];
        Tester::new(&RULE)
            .pass(pass.map(|s| &*s.leak()))
            .fail(fail.map(|s| &*s.leak()))
            .test_and_snapshot();
    }
}
