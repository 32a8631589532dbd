//! `output-parts`: the parts of a region's output that add up past it — “工业
//! 增加值1.52万亿元，服务业增加值3.46万亿元” where the report puts the whole
//! 地区生产总值 at 4.93万亿元. The three sectors and what lies within which
//! are data (`output_parts.json`, with its source); a metric is known
//! however it is worded (`number::metric`), and a figure's year comes from
//! the calendar.

use super::fmt;
use crate::calendar::YearSource;
use crate::finding::{Category, Severity};
use crate::number::{metric, Interval, Kind, Period, Quantity, UnitKind};
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use serde::Deserialize;
use std::sync::LazyLock;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "output-parts",
        title: "产业增加值超过总量",
        category: Category::Number,
        severity: Severity::Warning,
        fix: FixAvailability::None,
        docs: Docs {
            what: "同一年的产业增加值不能超过地区生产总值：三次产业（服务业即第三产业）增加值之和等于地区生产总值，工业、建筑业增加值属于第二产业，制造业增加值属于工业。同一报告中同一年份的这些数值（可以分散在不同段落）相加超过整体，或部分大于所属的整体时报告，并给出计算过程；不同产业占地区生产总值的比重（写明占地区生产总值、国内生产总值或GDP的）同一年相加也不能超过100%，“由A提高到B”中的A是过去的数，不计。",
            why: "产业数据和总量常从不同报表、不同年份抄来，部分加起来比整体还大，是审稿人一算就能发现的硬伤。",
            bad: "2025年工作总结\n全县地区生产总值达到550亿元。工业增加值160亿元，服务业增加值400亿元。\n",
            good: "2025年工作总结\n全县地区生产总值达到550亿元。工业增加值160亿元，服务业增加值330亿元。\n",
        },
    },
    check,
};

#[derive(Debug, Deserialize)]
struct Table {
    whole: String,
    parts: Vec<Part>,
}

#[derive(Debug, Deserialize)]
struct Part {
    name: String,
    within: Option<String>,
    #[serde(default)]
    same_as: Option<String>,
}

static TABLE: LazyLock<Table> = LazyLock::new(|| {
    serde_json::from_str(include_str!("output_parts.json")).unwrap_or(Table {
        whole: String::new(),
        parts: Vec::new(),
    })
});

/// A figure of one of the table's metrics: which (the whole is `None`),
/// its year and the quantity.
struct Stated<'m> {
    part: Option<&'static str>,
    year: u32,
    report: usize,
    q: &'m Quantity,
}

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let (text, m) = (ctx.text, ctx.numbers);
    let table = &*TABLE;
    if table.whole.is_empty() {
        return;
    }
    shares(ctx, sink);
    let mut stated: Vec<Stated<'_>> = Vec::new();
    for s in &m.statements {
        let q = &m.quantities[s.quantity];
        if q.unit.kind != UnitKind::Money
            // A forecast of the year (预计全年完成……) is its figure too.
            || s.kind == Kind::Target
            || q.qualifier == Some(crate::number::Qualifier::AtMost)
            || matches!(s.period, Some(p) if p != Period::Named("全年") && !matches!(p, Period::Year(_)))
            || s.metric.len() < 6
        {
            continue;
        }
        // Cheapest test first: the table's metrics all name 增加值 or a
        // total (生产总值, 经济总量, GDP).
        let raw = &text[s.metric.clone()];
        if !["增加值", "总值", "总量", "GDP"]
            .iter()
            .any(|w| raw.contains(w))
        {
            continue;
        }
        let key = metric::key(raw);
        let part = if key.starts_with(table.whole.as_str()) {
            None
        } else if let Some(p) = table
            .parts
            .iter()
            .find(|p| key.starts_with(p.name.as_str()))
        {
            Some(canonical(p))
        } else {
            continue;
        };
        let Some((year, source)) = ctx
            .calendar
            .year_of(text, s.sentence.clone(), q.range.start)
        else {
            continue;
        };
        if source == (YearSource::Part { plan: true }) {
            continue;
        }
        let year = match s.period {
            Some(Period::Year(y)) => y,
            _ => year,
        };
        let report = ctx.calendar.report_start(q.range.start);
        stated.push(Stated {
            part,
            year,
            report,
            q,
        });
    }
    // Each whole, with the parts of its report and year.
    for whole in stated.iter().filter(|s| s.part.is_none()) {
        let of = |name: &str| {
            stated
                .iter()
                .find(|s| s.part == Some(name) && s.year == whole.year && s.report == whole.report)
                .map(|s| s.q)
        };
        let total = whole.q.scaled_interval();
        // The disjoint parts: the three sectors, or what lies within them.
        let mut parts: Vec<&Quantity> = Vec::new();
        for sector in ["第一产业增加值", "第二产业增加值", "第三产业增加值"] {
            let within: Vec<&Quantity> = table
                .parts
                .iter()
                .filter(|p| p.within.as_deref() == Some(sector))
                .filter_map(|p| of(&p.name))
                .collect();
            let sum_within = sum(&within);
            match of(sector) {
                Some(q) if q.scaled_interval().lo >= sum_within.lo => parts.push(q),
                _ => parts.extend(within),
            }
        }
        if parts.is_empty() {
            continue;
        }
        let s = sum(&parts);
        if s.lo > total.hi * (1.0 + 1e-9) {
            report(sink, whole.q, &parts, whole.year);
        }
    }
}

/// Words that name the whole economy as a share's base.
const WHOLE: [&str; 3] = ["生产总值", "GDP", "经济总量"];
/// Words that make a figure a share.
const SHARE: [&str; 3] = ["比重", "占比", "比例"];
/// How far before a share its word (比重) may stand, in characters.
const SHARE_REACH: usize = 12;

/// Words that make a share a target, not a fact.
const TARGET: [&str; 5] = ["目标", "力争", "预计", "到20", "争取"];

/// The sector (第一、二、三产业增加值) a part lies in.
fn sector_of(p: &'static Part) -> &'static str {
    let mut name = canonical(p);
    while let Some(up) = TABLE
        .parts
        .iter()
        .find(|q| q.name == name)
        .and_then(|q| q.within.as_deref())
    {
        name = up;
    }
    name
}

/// A sector's share of the whole: its sector, report, year and figure.
struct Share {
    sector: &'static str,
    report: usize,
    year: Option<u32>,
    lo: f64,
    range: std::ops::Range<usize>,
}

/// “制造业增加值占地区生产总值的比重为51.8%，服务业增加值占地区生产总值的
/// 比重为52.6%”: shares of the whole held by different sectors (or parts of
/// them) add past 100%. Shares are no statements of the number model
/// (those are amounts): every percentage is read here.
fn shares(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let (text, m) = (ctx.text, ctx.numbers);
    let mut moved_from: Vec<usize> = m.transitions.iter().map(|t| t.from).collect();
    moved_from.sort_unstable();
    let mut found: Vec<Share> = Vec::new();
    for (i, q) in m.quantities.iter().enumerate() {
        if q.unit.kind != UnitKind::Percent {
            continue;
        }
        // Cheapest test first: a share's words close before the figure.
        let near = crate::text::last_chars(&text[..q.range.start], SHARE_REACH);
        if !SHARE.iter().any(|w| near.contains(w)) || moved_from.binary_search(&i).is_ok() {
            continue;
        }
        // The clause up to the figure: a part's name after the leads, then
        // 占/在 the whole's 比重.
        let Some(clause) = ctx.marks.layout().clause_at(text, q.range.start) else {
            continue;
        };
        let said = &text[clause.start..q.range.start];
        if !WHOLE.iter().any(|w| said.contains(w))
            || !SHARE.iter().any(|w| said.contains(w))
            || TARGET.iter().any(|w| said.contains(w))
        {
            continue;
        }
        let subject = metric::without_leads(said);
        let Some(part) = TABLE.parts.iter().find(|p| {
            let short = p.name.strip_suffix("增加值").unwrap_or(&p.name);
            subject.strip_prefix(short).is_some_and(|rest| {
                let rest = rest.strip_prefix("增加值").unwrap_or(rest);
                rest.starts_with(['占', '在']) || rest.starts_with("比重")
            })
        }) else {
            continue;
        };
        // Of one year: the calendar's (a text with no year is of one time
        // throughout); none in a plan.
        let Some(sentence) = ctx.marks.layout().sentence_at(q.range.start) else {
            continue;
        };
        let dated = ctx
            .calendar
            .year_of(text, sentence.whole.clone(), q.range.start);
        if matches!(dated, Some((_, YearSource::Part { plan: true }))) {
            continue;
        }
        found.push(Share {
            sector: sector_of(part),
            report: ctx.calendar.report_start(q.range.start),
            year: dated.map(|(y, _)| y),
            lo: q.interval().lo,
            range: q.range.clone(),
        });
    }
    // For each report and year, the highest share of each sector so far:
    // their sum is at most the whole. A share is reported when it becomes
    // its sector's highest and the sum passes 100%.
    let mut highest: foldhash::HashMap<(usize, Option<u32>), Vec<&Share>> =
        foldhash::HashMap::default();
    for b in &found {
        let best = highest.entry((b.report, b.year)).or_default();
        match best.iter_mut().find(|x| x.sector == b.sector) {
            Some(x) if b.lo > x.lo => *x = b,
            Some(_) => continue,
            None => best.push(b),
        }
        let sum: f64 = best.iter().map(|p| p.lo).sum();
        if best.len() < 2 || sum <= 100.0 + 1e-9 {
            continue;
        }
        let shown: Vec<String> = best
            .iter()
            .map(|p| sink.quote(p.range.clone()).to_owned())
            .collect();
        let mut finding = sink.report(
            b.range.clone(),
            format!(
                "不同产业占地区生产总值的比重相加为{}，超过了100%：三次产业互不重叠，请核对各比重。",
                shown.join(" + ")
            ),
        );
        for p in best.iter().filter(|p| !std::ptr::eq(**p, b)) {
            finding = finding.with_related(p.range.clone(), "另一产业的比重".to_owned());
        }
    }
}

/// The name a part is kept under (服务业 is 第三产业).
fn canonical(p: &'static Part) -> &'static str {
    p.same_as.as_deref().unwrap_or(p.name.as_str())
}

fn sum(qs: &[&Quantity]) -> Interval {
    qs.iter()
        .fold(Interval::exact(0.0), |acc, q| acc.add(&q.scaled_interval()))
}

fn report(sink: &mut Sink<'_>, whole: &Quantity, parts: &[&Quantity], year: u32) {
    let unit = whole.unit.scale * whole.magnitude;
    let terms: Vec<String> = parts
        .iter()
        .map(|p| {
            fmt(
                p.amount() * p.unit.scale / unit,
                p.decimals.max(whole.decimals) as usize,
            )
        })
        .collect();
    let total: f64 = parts.iter().map(|p| p.amount() * p.unit.scale).sum::<f64>() / unit;
    let decimals = parts
        .iter()
        .map(|p| p.decimals)
        .chain([whole.decimals])
        .max()
        .unwrap_or(0) as usize;
    let shown: Vec<String> = parts
        .iter()
        .map(|p| sink.quote(p.range.clone()).to_owned())
        .collect();
    let w = sink.quote(whole.range.clone());
    let written_unit = sink.quote(whole.digits.end..whole.range.end).to_owned();
    let f = sink.report(
        whole.range.clone(),
        match shown.as_slice() {
            [one] => format!(
                "{year}年的产业增加值{one}超过了地区生产总值{w}，部分不能超过整体，请核对。"
            ),
            _ => format!(
                "{year}年的产业增加值（{}）相加为 {} = {}{written_unit}，超过了地区生产总值{w}，部分不能超过整体，请核对。",
                shown.join("、"),
                terms.join(" + "),
                fmt(total, decimals),
            ),
        },
    );
    for p in parts {
        f.with_related(p.range.clone(), "产业增加值".to_owned());
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
                "全县制造业增加值占地区生产总值的比重为31.8%，服务业增加值占地区生产总值的比重为52.6%。",
                // Shares of another base.
                "制造业增加值占规上工业增加值的比重为61.8%，服务业增加值占地区生产总值的比重为52.6%。",
                // The share moved from is a past year's.
                "工业增加值占地区生产总值的比重由58%降至46%，服务业增加值占地区生产总值的比重为52.6%。",
                // One sector's parts overlap.
                "制造业增加值占地区生产总值比重达35%，工业增加值占地区生产总值比重达40%，服务业增加值占地区生产总值比重达55%。",
                // Another area's share.
                "开发区工业增加值占全区生产总值的比重为70%，全区服务业增加值占地区生产总值的比重为52.6%。",
                "2025年工作总结\n全县地区生产总值达到550亿元。工业增加值160亿元，服务业增加值330亿元。\n",
                // Rounded figures that may add up: 1.5 + 3.5 may be 4.9.
                "某省2026年政府工作报告\n各位代表：\n一、2025年工作回顾\n全省地区生产总值达到4.93万亿元。\n工业增加值提升到1.5万亿元，服务业增加值提升到3.5万亿元。\n二、2026年工作安排\n抓好项目。\n",
                // Another year's parts.
                "2025年工作总结\n全县地区生产总值达到550亿元。2020年工业增加值160亿元，2025年服务业增加值400亿元。\n",
                // Another place's output.
                "2025年工作总结\n全县地区生产总值达到550亿元。工业增加值160亿元，开发区服务业增加值400亿元。\n",
                // Targets are not compared with actuals.
                "2025年工作总结\n一、2025年工作情况\n全县地区生产总值达到550亿元。\n二、2026年工作计划\n力争工业增加值达到200亿元，服务业增加值达到400亿元。\n",
            ])
            .fail([
                "2025年工作總結\n預計全年完成地區生產總值98億元，增長5.1%；第三產業增加值102億元，增長4%。\n",

                "全县制造业增加值占地区生产总值的比重为51.8%，服务业增加值占地区生产总值的比重为52.6%。",
                "服务业在地区生产总值中的比重达到52.4%。工业增加值占地区生产总值的比重为49.1%。",
                "全縣製造業增加值佔地區生產總值的比重為51.8%，服務業增加值佔地區生產總值的比重為52.6%。",
                "2025年工作总结\n全县地区生产总值达到550亿元。工业增加值160亿元，服务业增加值400亿元。\n",
                "某省2026年政府工作报告\n各位代表：\n一、2025年工作回顾\n全省地区生产总值达到4.93万亿元。\n工业增加值提升到1.52万亿元，服务业增加值提升到3.46万亿元。\n二、2026年工作安排\n抓好项目。\n",
                "2025年工作总结\n全县生产总值550亿元，第一产业增加值60亿元，第二产业增加值200亿元，第三产业增加值310亿元。\n",
                "2025年工作總結\n全縣地區生產總值達到550億元。工業增加值160億元，服務業增加值400億元。\n",
                // A forecast of the year reviewed: one sector above the whole.
                "2025年工作总结\n预计全年完成地区生产总值98亿元，增长5.1%；第三产业增加值102亿元，增长4%。\n",
            ])
            .test_and_snapshot();
    }
}
