//! `restated-target`: the year's economic growth target stated twice with
//! two values — the main targets say “地区生产总值增长5%左右” and the
//! paragraph explaining them “确定5.5%左右的增长目标”, or a range
//! (6%－6.5%) where the other says one figure. A target is a written
//! commitment, not a measurement: its two statements must be written alike.

use crate::calendar::YearSource;
use crate::finding::{Category, Severity};
use crate::number::{metric, Quantity, UnitKind};
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "restated-target",
        title: "增长目标前后不一",
        category: Category::Number,
        severity: Severity::Warning,
        fix: FixAvailability::None,
        docs: Docs {
            what: "同一报告为计划年份定的经济增长预期目标（地区生产总值、国内生产总值、GDP增长，或说明目标时的“增长目标”“经济增长预期目标”）前后写了不同的数值或区间时报告。“经济增长预期7%左右”和谈目标的段落里的“7%左右的速度”也算。年均增长、规划期目标、“力争”“确保”等另一档次的目标和其他地区的目标不比。",
            why: "目标数在征求意见中常被调整，主要目标改了，后面解释目标的段落还留着旧数，读者不知道哪个算数。",
            bad: "2026年政府工作报告\n一、2025年工作回顾\n全县地区生产总值增长5.8%。\n二、2026年工作安排\n今年经济社会发展的主要预期目标是：地区生产总值增长6%左右，城镇新增就业0.8万人。\n确定6.5%左右的增长目标，兼顾了需要与可能。\n",
            good: "2026年政府工作报告\n一、2025年工作回顾\n全县地区生产总值增长5.8%。\n二、2026年工作安排\n今年经济社会发展的主要预期目标是：地区生产总值增长6%左右，城镇新增就业0.8万人。\n确定6%左右的增长目标，兼顾了需要与可能。\n",
        },
    },
    check,
};

/// How far before a figure its 增长 is looked for, in bytes (about twelve
/// characters: “地区生产总值增长”).
const NEAR: usize = 36;

/// How far before a figure its sentence is read for 目标 and the words of
/// another target, in bytes (about 100 characters).
const LEAD_REACH: usize = 300;

/// How far before a bare speed its paragraph is read for 目标 or 预期, in
/// bytes (about 300 characters).
const PARAGRAPH_REACH: usize = 900;

/// Marks joining the two ends of a range (6%－6.5%).
const RANGE_MARKS: [&str; 6] = ["－", "-", "—", "~", "～", "至"];

/// Words of a sentence (before the figure) that make a target another
/// one: a plan's term, an average over years, a higher tier, a past year.
const OTHER: [&str; 17] = [
    "年均", "平均", "五五", "规划", "纲要", "期间", "时期", "到20", "力争", "争取", "确保", "冲刺",
    "去年", "上年", "过去", "实际", "完成",
];

/// Words before a figure that say the target is stated with its metric:
/// the clause after its scope words, as the metric key reads it.
const HEADLINE: [&str; 2] = ["地区生产总值增长", "经济增长"];

/// Verbs that may open a clause whose target follows the figure
/// (“确定5%左右的增长目标”).
const SETTING: [&str; 6] = ["", "确定", "提出", "设定", "定下", "确立"];

/// Words after the figure that name it the growth target.
const NAMED_AFTER: [&str; 4] = [
    "的增长目标",
    "的经济增长目标",
    "的增长预期目标",
    "的经济增长预期目标",
];

/// Words after a bare figure that make it a speed of growth, in a
/// paragraph on the targets (“7%左右的速度”).
const SPEED_AFTER: [&str; 2] = ["的速度", "的增速"];

/// Qualifiers between a figure and what follows it.
const QUALIFIERS: [&str; 3] = ["左右", "以上", "上下"];

/// One statement of the growth target: the figures as written (one, or a
/// range's two ends), its report and year.
struct Stated<'m> {
    first: &'m Quantity,
    last: &'m Quantity,
    /// The end of the figure with its qualifier (6%左右).
    end: usize,
    report: usize,
    year: u32,
}

impl Stated<'_> {
    /// The figures as written, which two statements of a target share.
    fn written(&self) -> (f64, f64) {
        (self.first.value, self.last.value)
    }
}

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let (text, m) = (ctx.text, ctx.numbers);
    let mut stated: Vec<Stated<'_>> = Vec::new();
    for (i, q) in m.quantities.iter().enumerate() {
        if q.unit.kind != UnitKind::Percent || q.chinese || q.malformed.is_some() {
            continue;
        }
        // A range's first end is read with its second.
        let next_joins = m.quantities.get(i + 1).is_some_and(|n| joined(text, q, n));
        if next_joins {
            continue;
        }
        let first = match i.checked_sub(1).map(|k| &m.quantities[k]) {
            Some(p) if joined(text, p, q) => p,
            _ => q,
        };
        // Cheapest test first: growth is named close to the figure.
        let from = crate::chars::floor_boundary(text, first.range.start.saturating_sub(NEAR));
        let near_before = &text[from..first.range.start];
        let after = &text[q.range.end..];
        let after = QUALIFIERS
            .iter()
            .find_map(|w| after.strip_prefix(w))
            .unwrap_or(after);
        let named_after = NAMED_AFTER.iter().any(|w| after.starts_with(w));
        // “7%左右的速度可以实现比较充分的就业”: the rate a paragraph on the
        // targets speaks of.
        let speed = SPEED_AFTER.iter().any(|w| after.starts_with(w));
        if !named_after && !speed && !near_before.contains("增长") {
            continue;
        }
        // A target says so: 目标 before it in the sentence, or after it.
        let Some(sentence) = ctx.marks.layout().sentence_at(first.range.start) else {
            continue;
        };
        // A bounded look back: a sentence of a megabyte costs no more per
        // figure than a short one.
        let from = crate::chars::floor_boundary(text, first.range.start.saturating_sub(LEAD_REACH))
            .max(sentence.whole.start);
        let lead = &text[from..first.range.start];
        let says_target = |s: &str| s.contains("目标") || s.contains("预期");
        if OTHER.iter().any(|w| lead.contains(w)) || !(named_after || speed || says_target(lead)) {
            continue;
        }
        if speed {
            let ps = &ctx.numbers.paragraphs;
            let paragraph = ps
                .get(ps.partition_point(|p| p.range.end <= first.range.start))
                .map_or(first.range.start..first.range.start, |p| p.range.clone());
            let from = crate::chars::floor_boundary(
                text,
                first.range.start.saturating_sub(PARAGRAPH_REACH),
            )
            .max(paragraph.start);
            if !says_target(&text[from..first.range.start]) {
                continue;
            }
        }
        let Some(clause) = ctx.marks.layout().clause_at(text, first.range.start) else {
            continue;
        };
        let said = metric::without_leads(&text[clause.start..first.range.start]);
        let is_target = if named_after || speed {
            SETTING.contains(&said)
        } else {
            let key = metric::key(said);
            let bare = key.trim_end_matches(['为', '是']);
            let bare = bare
                .strip_suffix("定在")
                .or_else(|| bare.strip_suffix("定为"))
                .unwrap_or(bare);
            match bare
                .strip_suffix("预期目标")
                .or_else(|| bare.strip_suffix("目标"))
                .or_else(|| bare.strip_suffix("预期"))
            {
                // “经济增长预期目标7%左右”.
                Some(k) => HEADLINE.contains(&k.trim_end_matches('的')),
                // “地区生产总值增长6%左右” among the targets.
                None => HEADLINE.contains(&key.as_ref()),
            }
        };
        if !is_target {
            continue;
        }
        // A target of the year the report plans.
        let Some((year, source)) =
            ctx.calendar
                .year_of(text, sentence.whole.clone(), first.range.start)
        else {
            continue;
        };
        let planned = match ctx.calendar.latest_review(first.range.start) {
            Some(reviewed) => year > reviewed,
            None => source == (YearSource::Part { plan: true }),
        };
        if !planned {
            continue;
        }
        let qualifier = QUALIFIERS
            .iter()
            .find(|w| text[q.range.end..].starts_with(*w))
            .map_or(0, |w| w.len());
        stated.push(Stated {
            first,
            last: q,
            end: q.range.end + qualifier,
            report: ctx.calendar.report_start(first.range.start),
            year,
        });
    }
    for (k, later) in stated.iter().enumerate() {
        let Some(earlier) = stated[..k]
            .iter()
            .find(|e| e.report == later.report && e.year == later.year)
        else {
            continue;
        };
        if earlier.written() == later.written() {
            continue;
        }
        let said = |s: &Stated<'_>| sink.quote(s.first.range.start..s.end).to_owned();
        let (before, now) = (said(earlier), said(later));
        sink.report(
            later.first.range.start..later.end,
            format!(
                "{}年的经济增长预期目标前面写的是{before}，这里写成{now}，同一目标前后应一致，请核对。",
                later.year
            ),
        )
        .with_related(
            earlier.first.range.start..earlier.end,
            "前面写的目标".to_owned(),
        );
    }
}

/// Whether `a` and `b` are the two ends of one range (6%－6.5%, 6至6.5%).
fn joined(text: &str, a: &Quantity, b: &Quantity) -> bool {
    a.range.end <= b.range.start
        && RANGE_MARKS.contains(&&text[a.range.end..b.range.start])
        && matches!(a.unit.kind, UnitKind::Percent | UnitKind::None)
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::tester::Tester;

    /// A county report whose plan part holds `$plan`.
    macro_rules! report {
        ($plan:literal) => {
            concat!(
                "某县2026年政府工作报告\n一、2025年工作回顾\n全县地区生产总值增长5.8%。\n二、2026年工作安排\n",
                $plan,
                "\n"
            )
        };
    }

    #[test]
    fn rule() {
        Tester::new(&RULE)
            .pass([
                report!("今年经济社会发展的主要预期目标是：地区生产总值增长6%左右，城镇新增就业0.8万人。\n确定6%左右的增长目标，兼顾了需要与可能。"),
                report!("今年主要预期目标是：全县生产总值增长6%－6.5%。\n经济增长预期目标6%－6.5%，考虑了稳就业的需要。"),
                report!("经济增长预期6%左右，考虑了需要和可能。6%左右的速度可以实现比较充分的就业。"),
                // A speed in a paragraph that names no target.
                report!("今年主要预期目标是：地区生产总值增长6%左右。\n工业要提质增效，8%左右的增速是稳就业的底线。"),
                // A plan's term, an average, a higher tier, another metric.
                report!("“十五五”时期主要目标是：地区生产总值年均增长6.5%左右。\n今年主要预期目标是：地区生产总值增长6%左右。"),
                report!("今年主要预期目标是：地区生产总值增长6%左右，在实际工作中力争增长6.5%。"),
                report!("今年主要预期目标是：地区生产总值增长6%左右，规上工业增加值增长8%。\n确定8%的工业增长目标，体现了制造强县的导向。"),
                // The review's growth is no target.
                report!("今年主要预期目标是：地区生产总值增长6%左右。\n去年经济增长预期目标为6.5%，实际增长5.8%。"),
                // Targets of two reports in one file.
                report!("今年主要预期目标是：地区生产总值增长6%左右。\n某区2026年政府工作报告\n一、2025年工作回顾\n全区地区生产总值增长5.1%。\n二、2026年工作安排\n今年主要预期目标是：地区生产总值增长5%左右。"),
            ])
            .fail([
                report!("今年经济社会发展的主要预期目标是：地区生产总值增长6%左右，城镇新增就业0.8万人。\n确定6.5%左右的增长目标，兼顾了需要与可能。"),
                report!("今年主要预期目标是：全县生产总值增长6%－6.5%。\n经济增长预期目标6.5%左右，考虑了稳就业的需要。"),
                report!("今年主要预期目标是：GDP增长6%左右。\n提出5.5%左右的经济增长目标，是实事求是的。"),
                report!("今年主要預期目標是：地區生產總值增長6%左右。\n確定6.5%左右的增長目標，兼顧了需要與可能。"),
                // Without 目标: 预期, and the speed a paragraph on the targets
                // speaks of.
                report!("经济增长预期6.5%左右，考虑了需要和可能。6%左右的速度就能实现比较充分的就业。"),
            ])
            .test_and_snapshot();
    }
}
