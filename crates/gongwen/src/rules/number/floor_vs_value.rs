//! `floor-vs-value`: a floor said to hold year after year — “粮食总产量连续
//! 9年稳定在600亿斤以上”, “每年城镇新增就业8万人以上” — and the same metric's
//! figure for a year inside that run, stated below the floor. A metric is
//! known however it is worded (`number::metric`); a figure's year comes from
//! the calendar.

use super::fmt;
use crate::calendar::YearSource;
use crate::finding::{Category, Severity};
use crate::number::{chinese, metric, Kind, Period, Qualifier, Quantity, Statement, UnitKind};
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use std::borrow::Cow;
use std::ops::RangeInclusive;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "floor-vs-value",
        title: "“连续N年以上”与数值不符",
        category: Category::Number,
        severity: Severity::Warning,
        fix: FixAvailability::None,
        docs: Docs {
            what: "回顾中说某项指标“连续N年（稳定、保持）在X以上”或“每年X以上”时，同一报告里这项指标在这些年份中任何一年的实际数（按写出的位数）都不能低于X。指标按同义词归一后比较，年份按句中写明的年份，否则按所在回顾部分的年份；目标数、累计数、年均数不比。",
            why: "多年回顾和当年数据常由不同的人执笔、从不同的材料抄来，一处改了另一处没改，底线说法就和当年数字自相矛盾。",
            bad: "2025年工作总结\n一、2025年工作回顾\n全县粮食总产量达到58.2万吨。\n五年来，全县粮食总产量连续5年稳定在60万吨以上。\n",
            good: "2025年工作总结\n一、2025年工作回顾\n全县粮食总产量达到62.4万吨。\n五年来，全县粮食总产量连续5年稳定在60万吨以上。\n",
        },
    },
    check,
};

/// Words between “连续N年” and the floor: 稳定在, 保持在, 均, 都.
const HOLD_CHARS: &[char] = &['稳', '定', '保', '持', '在', '均', '都', '站', '居'];

/// Words in a figure's metric that make it not one year's figure.
const NOT_ONE_YEAR: [&str; 7] = ["累计", "年均", "平均", "每年", "连续", "五年", "合计"];

/// A floor: the metric's key, the years it holds for and the quantity.
struct Floor<'m> {
    key: String,
    years: RangeInclusive<u32>,
    report: usize,
    q: &'m Quantity,
}

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let (text, m) = (ctx.text, ctx.numbers);
    // Cheapest test first: a floor is an amount with 以上 whose metric
    // says 连续 or 每年.
    let floors: Vec<Floor<'_>> = m.statements.iter().filter_map(|s| floor(ctx, s)).collect();
    if floors.is_empty() {
        return;
    }
    for s in &m.statements {
        let q = &m.quantities[s.quantity];
        if q.qualifier.is_some()
            || q.chinese
            || s.kind != Kind::Actual
            || !is_level(q)
            || matches!(s.period, Some(p) if p != Period::Named("全年") && !matches!(p, Period::Year(_)))
        {
            continue;
        }
        let raw = &text[s.metric.clone()];
        if raw.chars().count() < 3 || NOT_ONE_YEAR.iter().any(|w| raw.contains(w)) {
            continue;
        }
        let Some(floor) = floors.iter().find(|f| {
            f.q.unit.base == q.unit.base
                && f.report == ctx.calendar.report_start(q.range.start)
                && q.scaled_interval().hi < f.q.amount() * f.q.unit.scale
        }) else {
            continue;
        };
        if metric::key(raw) != floor.key.as_str() {
            continue;
        }
        let Some(year) = ctx.stated_year(s) else {
            continue;
        };
        if !floor.years.contains(&year) {
            continue;
        }
        let floor_unit = sink.quote(floor.q.digits.end..floor.q.range.end).to_owned();
        let value = if sink.quote(q.digits.end..q.range.end) == floor_unit {
            String::new()
        } else {
            let unit = floor.q.unit.scale * floor.q.magnitude;
            // The digits written, moved into the floor's unit (9800万元 is
            // 0.98亿元): enough decimals to show every one.
            let shift = (unit / (q.unit.scale * q.magnitude))
                .log10()
                .round()
                .max(0.0) as u32;
            let v = fmt(
                q.amount() * q.unit.scale / unit,
                (q.decimals + shift).min(6) as usize,
            );
            let v = if v.contains('.') {
                v.trim_end_matches('0').trim_end_matches('.').to_owned()
            } else {
                v
            };
            format!("（即{v}{floor_unit}）")
        };
        let when = if floor.years.start() == floor.years.end() {
            "每年".to_owned()
        } else {
            format!("{}—{}年连续", floor.years.start(), floor.years.end())
        };
        let message = format!(
            "前文说“{}”{when}都在{}以上，而{year}年的实际数{}{value}低于它，请核对数值或说法。",
            sink.quote(s.metric.clone()),
            sink.quote(floor.q.digits.start..floor.q.range.end),
            sink.quote(q.range.clone()),
        );
        sink.report(q.range.clone(), message)
            .with_related(floor.q.range.clone(), "底线".to_owned());
    }
}

/// A floor stated by `s`, if it is one: “连续N年稳定在X以上” or “每年X以上”
/// in a review.
fn floor<'m>(ctx: &Ctx<'m>, s: &Statement) -> Option<Floor<'m>> {
    let (text, m) = (ctx.text, ctx.numbers);
    let q = &m.quantities[s.quantity];
    if q.qualifier != Some(Qualifier::AtLeast) || !is_level(q) || s.kind != Kind::Actual {
        return None;
    }
    let raw = &text[s.metric.clone()];
    let (metric, years) = if let Some(at) = raw.find("连续") {
        let (n, rest) = run_of_years(&raw[at + "连续".len()..])?;
        if !rest.chars().all(|c| HOLD_CHARS.contains(&c)) || rest.chars().count() > 4 {
            return None;
        }
        (&raw[..at], n)
    } else {
        // 每年 stands in the metric or right before it (a period word the
        // metric phrase left out).
        let before = crate::text::last_chars(&text[..s.metric.start], 2);
        let metric = raw
            .strip_prefix("每年")
            .or_else(|| (before == "每年").then_some(raw))?;
        (metric, 1)
    };
    if metric.chars().count() < 3 || NOT_ONE_YEAR.iter().any(|w| metric.contains(w)) {
        return None;
    }
    let (year, source) = ctx
        .calendar
        .year_of(text, s.sentence.clone(), q.range.start)?;
    if source == (YearSource::Part { plan: true }) {
        return None;
    }
    let key = match metric::key(metric) {
        Cow::Borrowed(k) => k.to_owned(),
        Cow::Owned(k) => k,
    };
    Some(Floor {
        key,
        years: year + 1 - years.min(year)..=year,
        report: ctx.calendar.report_start(q.range.start),
        q,
    })
}

/// “9年稳定在”: the number of years and what follows 年.
fn run_of_years(s: &str) -> Option<(u32, &str)> {
    let digits = s.len() - s.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let (n, rest) = if digits > 0 {
        (s[..digits].parse::<u32>().ok()?, &s[digits..])
    } else {
        let run = s.len() - s.trim_start_matches(chinese::is_numeral).len();
        (chinese::value(&s[..run])? as u32, &s[run..])
    };
    let rest = rest.strip_prefix('年')?;
    (2..=60).contains(&n).then_some((n, rest))
}

/// A level one could hold a floor on: an amount, not a rate or an ordinal.
fn is_level(q: &Quantity) -> bool {
    matches!(
        q.unit.kind,
        UnitKind::Count | UnitKind::Money | UnitKind::Measure
    ) && !q.ordinal
        && q.amount() > 0.0
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::tester::Tester;

    #[test]
    fn rule() {
        Tester::new(&RULE)
            .pass([
                "2025年工作总结\n一、2025年工作回顾\n全县粮食总产量达到62.4万吨。\n五年来，全县粮食总产量连续5年稳定在60万吨以上。\n",
                // A year outside the run.
                "2025年工作总结\n一、2025年工作回顾\n2018年全县粮食总产量为55.6万吨。\n全县粮食总产量连续5年稳定在60万吨以上。\n",
                // Another metric.
                "2025年工作总结\n一、2025年工作回顾\n全县油料总产量达到5.8万吨。\n全县粮食总产量连续5年稳定在60万吨以上。\n",
                // A plan's floor is a target, not a fact.
                "2025年工作总结\n一、2025年工作回顾\n城镇新增就业3.1万人。\n二、2026年工作计划\n每年城镇新增就业3.5万人以上。\n",
                // An average may hold while one year falls short.
                "2025年工作总结\n一、2025年工作回顾\n城镇新增就业3.1万人。\n五年来年均城镇新增就业3.5万人以上。\n",
                // A cumulative figure is not one year's.
                "2025年工作总结\n一、2025年工作回顾\n城镇新增就业累计16万人。\n每年城镇新增就业3.5万人以上。\n",
            ])
            .fail([
                "2025年工作总结\n一、2025年工作回顾\n全县粮食总产量达到58.2万吨。\n五年来，全县粮食总产量连续5年稳定在60万吨以上。\n",
                "某省2026年政府工作报告\n各位代表：\n一、2025年工作回顾\n城镇新增就业31.4万人。\n过去五年，每年城镇新增就业35万人以上。\n二、2026年工作安排\n抓好就业。\n",
                "2025年工作总结\n一、2025年工作回顾\n全县规上工业企业数连续三年保持在200家以上。\n2024年全县规上工业企业数为189家。\n",
                "2025年工作总结\n一、2025年工作回顾\n全县规上工业营业收入连续三年稳定在100亿元以上。\n2025年全县规上工业营业收入为9800万元。\n",
                // 目标任务 is a noun: what follows it is no target.
                "2025年工作总结\n一、五年工作回顾\n全县粮食总产量连续5年稳定在60万吨以上。\n二、2025年工作回顾\n聚焦目标任务体系，全县粮食产量达到11.8亿斤。\n",
                // A kind word closing a quoted name says nothing of intent.
                "2025年工作总结\n一、五年工作回顾\n实施“百城稳岗计划”，每年城镇新增就业3.5万人以上。\n二、2025年工作回顾\n城镇新增就业3.1万人。\n",
                "2025年工作總結\n一、2025年工作回顧\n全縣糧食總產量達到58.2萬噸。\n五年來，全縣糧食總產量連續5年穩定在60萬噸以上。\n",
            ])
            .test_and_snapshot();
    }
}
