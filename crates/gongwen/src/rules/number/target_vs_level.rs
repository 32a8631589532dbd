//! `target-vs-level`: a plan that raises a rate to a level the review says
//! was already passed — “常住人口城镇化率提升至63%” planned where the review
//! puts it at 64.7% — or lowers one to a level already below. A rate is a
//! metric ending in 率/比重/比例/占比 (growth rates aside); the two sides are
//! matched by their normalised metric (`number::metric`), their years by the
//! calendar.

use crate::calendar::YearSource;
use crate::finding::{Category, Severity};
use crate::number::{metric, Direction, Qualifier, Quantity, UnitKind};
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use crate::text::last_chars;
use std::borrow::Cow;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "target-vs-level",
        title: "目标已提前达到",
        category: Category::Number,
        severity: Severity::Warning,
        fix: FixAvailability::None,
        docs: Docs {
            what: "计划部分说把某个比率“提高到（提升至）X”，而回顾部分写明这个比率已经达到或超过X；或者说“降低到（降至）X”，而它已经低于X。比率指以“率”“比重”“比例”“占比”结尾的指标（增长率、增速除外），按同义词归一后比较。",
            why: "目标常从往年的规划里照抄，当年的实际水平已经超过了它，“提高到”就成了倒退。",
            bad: "2025年工作总结\n一、2025年工作回顾\n全县常住人口城镇化率达到61.2%。\n二、2026年工作计划\n常住人口城镇化率提高到60%。\n",
            good: "2025年工作总结\n一、2025年工作回顾\n全县常住人口城镇化率达到61.2%。\n二、2026年工作计划\n常住人口城镇化率提高到62%。\n",
        },
    },
    check,
};

/// Words before a rate that move it to a level in a plan.
const MOVES_TO: [(&str, Direction); 12] = [
    ("提高到", Direction::Up),
    ("提高至", Direction::Up),
    ("提升到", Direction::Up),
    ("提升至", Direction::Up),
    ("增加到", Direction::Up),
    ("增至", Direction::Up),
    ("升至", Direction::Up),
    ("降低到", Direction::Down),
    ("降低至", Direction::Down),
    ("下降到", Direction::Down),
    ("下降至", Direction::Down),
    ("降至", Direction::Down),
];

/// Words before a rate that state its level.
const LEVEL_WORDS: [&str; 11] = [
    "达到",
    "达",
    "为",
    "超过",
    "突破",
    "提高到",
    "提高至",
    "提升到",
    "提升至",
    "升至",
    "降至",
];

/// The endings of a rate's metric.
const RATE_ENDS: [&str; 4] = ["率", "比重", "比例", "占比"];

/// A rate stated in a part: its metric's key, the year, and the quantity.
struct Rate<'m> {
    key: String,
    year: u32,
    plan: bool,
    report: usize,
    moves: Option<Direction>,
    q: &'m Quantity,
}

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let (text, m) = (ctx.text, ctx.numbers);
    let mut rates: Vec<Rate<'_>> = Vec::new();
    let mut any_move = false;
    for q in &m.quantities {
        if q.unit.kind != UnitKind::Percent || q.qualifier == Some(Qualifier::AtMost) {
            continue;
        }
        // Cheapest test first: the words right before the figure.
        let before = last_chars(&text[..q.range.start], 3);
        let moves = MOVES_TO
            .iter()
            .find(|(w, _)| before.ends_with(w))
            .map(|&(w, d)| (w, d));
        let word = match moves {
            Some((w, _)) => w,
            None => match LEVEL_WORDS.iter().find(|w| before.ends_with(*w)) {
                Some(w) => w,
                None => continue,
            },
        };
        let Some(clause) = ctx.marks.layout().clause_at(text, q.range.start) else {
            continue;
        };
        let word_at = q.range.start - word.len();
        if clause.start >= word_at {
            continue;
        }
        let raw = &text[clause.start..word_at];
        if !RATE_ENDS.iter().any(|e| raw.ends_with(e))
            || ["增长", "增速", "增幅", "年均"]
                .iter()
                .any(|w| raw.contains(w))
        {
            continue;
        }
        let Some(sentence) = ctx.marks.layout().sentence_at(q.range.start) else {
            continue;
        };
        let Some((year, source)) =
            ctx.calendar
                .year_of(text, sentence.whole.clone(), q.range.start)
        else {
            continue;
        };
        let plan = source == (YearSource::Part { plan: true })
            || ctx
                .calendar
                .report_at(q.range.start)
                .and_then(|r| r.this_year)
                .is_some_and(|this| year > this);
        let moves = moves.map(|(_, d)| d).filter(|_| plan);
        any_move |= moves.is_some();
        let key = match metric::key(raw) {
            Cow::Borrowed(k) => k.to_owned(),
            Cow::Owned(k) => k,
        };
        if key.chars().count() < 3 {
            continue;
        }
        rates.push(Rate {
            key,
            year,
            plan,
            report: ctx.calendar.report_start(q.range.start),
            moves,
            q,
        });
    }
    if !any_move {
        return;
    }
    for target in rates.iter().filter(|r| r.moves.is_some()) {
        let Some(direction) = target.moves else {
            continue;
        };
        // A target is a round number meant exactly; a level is measured.
        let t = target.q.amount();
        // The latest level the review states, before the plan's year.
        let Some(level) = rates
            .iter()
            .filter(|r| {
                !r.plan
                    && r.report == target.report
                    && r.key == target.key
                    && r.year < target.year
                    && r.q.qualifier != Some(Qualifier::About)
            })
            .max_by_key(|r| r.year)
        else {
            continue;
        };
        let l = level.q.written_interval();
        let (passed, verb) = match direction {
            Direction::Up => (t <= l.lo, "提高"),
            Direction::Down => (t >= l.hi, "降低"),
        };
        if !passed {
            continue;
        }
        let written = last_chars(&text[..target.q.range.start], 3);
        let word = MOVES_TO
            .iter()
            .find(|(w, _)| written.ends_with(w))
            .map_or("", |(w, _)| *w);
        let message = format!(
            "计划把“{}”{word}{}，但前文说{}年已经是{}，{verb}到这个水平反而是{}，请核对目标或现状。",
            target.key,
            sink.quote(target.q.range.clone()),
            level.year,
            sink.quote(level.q.range.clone()),
            if direction == Direction::Up {
                "下降"
            } else {
                "上升"
            },
        );
        sink.report(target.q.range.clone(), message)
            .with_related(level.q.range.clone(), "现状".to_owned());
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
                "2025年工作总结\n一、2025年工作回顾\n全县常住人口城镇化率达到61.2%。\n二、2026年工作计划\n常住人口城镇化率提高到62%。\n",
                // Another rate.
                "2025年工作总结\n一、2025年工作回顾\n全县户籍人口城镇化率达到61.2%。\n二、2026年工作计划\n常住人口城镇化率提高到60%。\n",
                // A growth rate may be planned below last year's.
                "2025年工作总结\n一、2025年工作回顾\n全县工业增长率达到9.5%。\n二、2026年工作计划\n工业增长率提高到8%。\n",
                // A level of the plan's own year is no current level.
                "2025年工作总结\n一、2025年工作回顾\n2018年全县城镇化率为61.2%。\n二、2026年工作计划\n城镇化率提高到60%。\n",
                "2025年工作总结\n一、2025年工作回顾\n全县城镇调查失业率为5.1%。\n二、2026年工作计划\n城镇调查失业率降至4.9%。\n",
            ])
            .fail([
                "2025年工作总结\n一、2025年工作回顾\n全县常住人口城镇化率达到61.2%。\n二、2026年工作计划\n常住人口城镇化率提高到60%。\n",
                "某省2026年政府工作报告\n各位代表：\n一、2025年工作回顾\n学前教育毛入园率超过93%。\n二、2026年工作安排\n扩大普惠性学前教育资源，学前教育毛入园率提高到92%以上。\n",
                "2025年工作总结\n一、2025年工作回顾\n全县城镇调查失业率为4.8%。\n二、2026年工作计划\n城镇调查失业率降至4.9%。\n",
                "2025年工作總結\n一、2025年工作回顧\n全縣常住人口城鎮化率達到61.2%。\n二、2026年工作計劃\n常住人口城鎮化率提高到60%。\n",
            ])
            .test_and_snapshot();
    }
}
