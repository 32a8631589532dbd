//! `sector-shares`: shares of the economy held by sectors that do not
//! overlap, adding past the whole — “制造业增加值占地区生产总值比重达53.5%，
//! 服务业增加值占地区生产总值比重达54%”: 53.5% + 54% > 100%.

use crate::finding::{Category, Severity};
use crate::lexicon::Lexicon;
use crate::number::{metric, UnitKind};
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use serde::Deserialize;
use std::sync::LazyLock;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "sector-shares",
        title: "三次产业比重之和超过100%",
        category: Category::Number,
        severity: Severity::Warning,
        fix: FixAvailability::None,
        docs: Docs {
            what: "第一、二、三产业互不重叠，它们（或其中的一部分，如制造业属于第二产业、现代服务业属于第三产业）占地区生产总值的比重，同一年加起来不能超过100%。按文中写出的位数，各部分比重的下限之和仍超过100%时报告；比重要写明是占地区生产总值（国内生产总值、GDP）的，“由A提高到B”中的A是过去的数，不计。",
            why: "结构数据常由不同的人从不同年份的材料抄来，一个改了另一个没改，合起来就超过了整体。",
            bad: "全市制造业增加值占地区生产总值比重达53.5%，服务业增加值占地区生产总值比重达54%。",
            good: "全市制造业增加值占地区生产总值比重达35.5%，服务业增加值占地区生产总值比重达54%。",
        },
    },
    check,
};

#[derive(Debug, Deserialize)]
struct Sector {
    words: Vec<String>,
}

/// The three sectors and the words for each or a part of it: data with
/// sources, `sectors.json`.
static SECTORS: LazyLock<Lexicon<usize>> = LazyLock::new(|| {
    let table: Vec<Sector> = serde_json::from_str(include_str!("sectors.json")).unwrap_or_default();
    Lexicon::new(
        table
            .iter()
            .enumerate()
            .flat_map(|(i, s)| s.words.iter().map(move |w| (w.as_str(), i)))
            .collect::<Vec<_>>(),
    )
});

/// Words that name the whole economy as a share's base.
const WHOLE: [&str; 4] = ["生产总值", "GDP", "经济总量", "地区总产值"];
/// Words that make a share a target, not a fact.
const TARGET: [&str; 5] = ["目标", "力争", "预计", "到20", "争取"];

/// Words that make a figure a share.
const SHARE: [&str; 3] = ["比重", "占比", "比例"];

/// A sector's share: its sector, report, year and the figure.
struct Share {
    sector: usize,
    report: usize,
    year: Option<u32>,
    lo: f64,
    range: std::ops::Range<usize>,
}

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let (text, m) = (ctx.text, ctx.numbers);
    let moved_from: Vec<usize> = m.transitions.iter().map(|t| t.from).collect();
    let mut shares: Vec<Share> = Vec::new();
    // Shares are no statements of the number model (those are amounts):
    // every percentage is read here.
    for (i, q) in m.quantities.iter().enumerate() {
        if q.unit.kind != UnitKind::Percent || moved_from.contains(&i) {
            continue;
        }
        // The clause up to the figure: a sector's word after the leads,
        // then 占/在 the whole's 比重.
        let Some(clause) = ctx.marks.layout().clause_at(text, q.range.start) else {
            continue;
        };
        let said = &text[clause.start..q.range.start];
        if !WHOLE.iter().any(|w| said.contains(w)) || !SHARE.iter().any(|w| said.contains(w)) {
            continue;
        }
        let subject = metric::without_leads(said);
        let Some((n, sector)) = SECTORS.prefix(subject) else {
            continue;
        };
        let rest = &subject[n..];
        let rest = rest.strip_prefix("增加值").unwrap_or(rest);
        if !rest.starts_with(['占', '在']) && !rest.starts_with("比重") {
            continue;
        }
        // Of one year: the calendar's (a text with no year is of one time
        // throughout); none in a plan, and no target.
        let Some(sentence) = ctx.marks.layout().sentence_at(q.range.start) else {
            continue;
        };
        let dated = ctx
            .calendar
            .year_of(text, sentence.whole.clone(), q.range.start);
        if matches!(
            dated,
            Some((_, crate::calendar::YearSource::Part { plan: true }))
        ) || TARGET.iter().any(|w| said.contains(w))
        {
            continue;
        }
        let year = dated.map(|(y, _)| y);
        let report = ctx
            .calendar
            .report_at(q.range.start)
            .map_or(0, |r| r.range.start);
        shares.push(Share {
            sector,
            report,
            year,
            lo: q.interval().lo,
            range: q.range.clone(),
        });
    }
    // For each share, the highest share of every other sector of its
    // report and year before it: their sum is at most the whole.
    for (k, b) in shares.iter().enumerate() {
        let mut best: [Option<&Share>; 3] = [None; 3];
        for a in shares[..=k]
            .iter()
            .filter(|a| a.report == b.report && a.year == b.year)
        {
            let slot = &mut best[a.sector.min(2)];
            if slot.is_none_or(|x| a.lo > x.lo) {
                *slot = Some(a);
            }
        }
        if best[b.sector.min(2)].is_some_and(|x| !std::ptr::eq(x, b)) {
            continue;
        }
        let parts: Vec<&Share> = best.iter().flatten().copied().collect();
        let sum: f64 = parts.iter().map(|p| p.lo).sum();
        if parts.len() < 2 || sum <= 100.0 + 1e-9 {
            continue;
        }
        let shown: Vec<String> = parts
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
        for p in parts.iter().filter(|p| !std::ptr::eq(**p, b)) {
            finding = finding.with_related(p.range.clone(), "另一产业的比重".to_owned());
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
                "全市制造业增加值占地区生产总值比重达35.5%，服务业增加值占地区生产总值比重达54%。",
                // Shares of another base.
                "制造业增加值占规上工业增加值比重达53.5%，服务业增加值占地区生产总值比重达54%。",
                // The share moved from is a past year's.
                "工业增加值占地区生产总值比重由58%降至46%，服务业增加值占地区生产总值比重达54%。",
                // One sector's parts overlap.
                "制造业增加值占地区生产总值比重达35%，工业增加值占地区生产总值比重达40%，服务业增加值占地区生产总值比重达55%。",
                // Another area's share.
                "高新区工业增加值占全区生产总值比重达70%，全区服务业增加值占地区生产总值比重达54%。",
            ])
            .fail([
                "全市制造业增加值占地区生产总值比重达53.5%，服务业增加值占地区生产总值比重达54%。",
                "服务业在地区生产总值中的比重达到52.4%。工业增加值占地区生产总值的比重为49.1%。",
                "全市製造業增加值佔地區生產總值比重達53.5%，服務業增加值佔地區生產總值比重達54%。",
            ])
            .test_and_snapshot();
    }
}
