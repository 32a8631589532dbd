//! `average-growth`: an average annual growth (年均增长) that the figures
//! it goes with do not give — “由874.6亿元增加到1112.4亿元、年均增长6.2%”
//! over five years, where (1112.4 ÷ 874.6)^(1/5) − 1 = 4.9% — or a
//! doubling (实现翻番) that the average growth cannot reach in those years.

use super::fmt;
use crate::finding::{Category, Severity};
use crate::lexicon::{Lexicon, WordSet};
use crate::number::chinese;
use crate::number::{Quantity, UnitKind};
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use crate::text::{floor_boundary, last_chars, years};
use std::sync::LazyLock;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "average-growth",
        title: "年均增速与首末值不符",
        category: Category::Number,
        severity: Severity::Warning,
        fix: FixAvailability::None,
        docs: Docs {
            what: "“由X增加到Y、年均增长p%”：按首末两个数和年数（写明的起止年份，或“五年来”“过去五年”“十四五时期”等说的年数）算出的年均增速 (Y÷X)^(1/年数)−1，与文中的p%对不上时报告，并给出计算过程；“实现翻番、年均增长p%”同理，(1+p%)^年数应在2倍左右。按可比价计算增速的指标（地区生产总值、增加值、经济总量）与现价总量算不出同一个数，不检查；年数读不出时也不检查。",
            why: "年均增速往往是另算后抄进来的，首末值改过一处、年数换过一次，增速就和数字对不上，而这是审稿人最容易验算的地方。",
            bad: "五年来，全县一般公共预算收入从12.5亿元增加到18.6亿元、年均增长10.5%。",
            good: "五年来，全县一般公共预算收入从12.5亿元增加到18.6亿元、年均增长8.3%；地区生产总值由120亿元增加到180亿元，年均增长6.5%。",
        },
    },
    check,
};

/// Words that say the figure after them is a yearly average growth.
static AVERAGE: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::words(["年均增长", "年均增速", "年均递增", "年均增幅", "年平均增长"])
});

/// Metrics whose growth is reckoned at comparable prices: their yearly
/// growth does not follow from the levels, which are at current prices.
static REAL_TERMS: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::words([
        "生产总值",
        "GDP",
        "增加值",
        "经济总量",
        "经济规模",
        "经济实力",
    ])
});

/// Doubling words after which a yearly growth may stand (实现翻番、年均
/// 增长15%), and the factor each claims.
static DOUBLINGS: LazyLock<Lexicon<f64>> = LazyLock::new(|| {
    Lexicon::new([
        ("翻番", 2.0),
        ("翻一番", 2.0),
        ("翻了一番", 2.0),
        ("翻两番", 4.0),
        ("翻了两番", 4.0),
    ])
});

/// How many years a span word covers: 五年来, 过去五年, 近三年, “十四五”.
static SPANS: LazyLock<Lexicon<u32>> = LazyLock::new(|| {
    Lexicon::new([
        ("十四五", 5),
        ("十三五", 5),
        ("十二五", 5),
        ("三年来", 3),
        ("四年来", 4),
        ("五年来", 5),
        ("十年来", 10),
        ("过去三年", 3),
        ("过去五年", 5),
        ("过去十年", 10),
        ("近三年", 3),
        ("近五年", 5),
        ("近十年", 10),
    ])
});

/// How far before a figure the words that give its span are looked for,
/// in bytes: the sentence and the paragraph's opening.
const SPAN_REACH: usize = 600;

/// The most characters between the figure moved to and its yearly growth
/// (、年均增长, ，年均增速为).
const GAP: usize = 8;

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let (text, qs) = (ctx.text, &ctx.numbers.quantities);
    for t in &ctx.numbers.transitions {
        let (from, to) = (&qs[t.from], &qs[t.to]);
        if t.rank
            || from.unit.base != to.unit.base
            || from.unit.kind != to.unit.kind
            || matches!(from.unit.kind, UnitKind::Percent | UnitKind::PercentPoint)
        {
            continue;
        }
        let Some(rate) = rate_after(text, qs, t.to) else {
            continue;
        };
        let lead_in = last_chars(&text[..from.range.start], 24);
        let clause = lead_in
            .rfind(['。', '；', ';', '，', ','])
            .map_or(lead_in, |k| &lead_in[k..]);
        if REAL_TERMS.is_match(clause) {
            continue;
        }
        let Some(n) = dated_span(text, from, to).or_else(|| span_before(text, from.range.start))
        else {
            continue;
        };
        let ratio = to.scaled_interval().div(&from.scaled_interval());
        let yearly = |r: f64| (r.powf(1.0 / f64::from(n)) - 1.0) * 100.0;
        let (lo, hi) = (yearly(ratio.lo), yearly(ratio.hi));
        let said = rate.interval();
        if said.hi >= lo && said.lo <= hi {
            continue;
        }
        let computed = yearly(to.amount() * to.unit.scale / (from.amount() * from.unit.scale));
        let shown = sink.quote(rate.range.clone());
        sink.report(
            rate.range.clone(),
            format!(
                "由{}到{}共{n}年，年均增速为 ({} ÷ {})^(1/{n}) − 1 = {}%，文中写的是“{shown}”，请核对首末两个数、年数或增速。",
                sink.quote(from.range.clone()),
                sink.quote(to.range.clone()),
                fmt(to.amount(), to.decimals as usize),
                fmt(from.amount(), from.decimals as usize),
                fmt(computed, 1),
            ),
        )
        .with_related(from.range.clone(), "起始值".to_owned())
        .with_related(to.range.clone(), "末尾值".to_owned());
    }
    doublings(ctx, sink);
}

/// 实现翻番、年均增长p%: the growth compounded over the span must reach
/// about the factor claimed.
fn doublings(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let (text, qs) = (ctx.text, &ctx.numbers.quantities);
    for (k, q) in qs.iter().enumerate() {
        if q.unit.kind != UnitKind::Percent || q.ordinal {
            continue;
        }
        let Some(rate) = rate_at(text, qs, k) else {
            continue;
        };
        let before = last_chars(&text[..rate.range.start], 16);
        let Some((_, factor)) = DOUBLINGS.find_iter(before).last() else {
            continue;
        };
        let clause = &before[before.rfind(['。', '；', ';']).map_or(0, |i| i + 1)..];
        if !DOUBLINGS.is_match(clause) {
            continue;
        }
        let Some(n) = span_before(text, rate.range.start) else {
            continue;
        };
        let said = rate.interval();
        let compound = |p: f64| (1.0 + p / 100.0).powf(f64::from(n));
        // 翻番 is said of a little less than the factor (1.9 times) and of
        // more; a growth far short of it, or far past it, does not fit.
        let (lo, hi) = (compound(said.lo), compound(said.hi));
        if hi >= factor * 0.95 && lo <= factor * 1.25 {
            continue;
        }
        let shown = sink.quote(rate.range.clone());
        sink.report(
            rate.range.clone(),
            format!(
                "{n}年间年均增长{shown}，累计为 (1 + {})^{n} = {} 倍，与所说的翻番（{}倍）不符，请核对增速或说法。",
                fmt(q.amount() / 100.0, (q.decimals + 2) as usize),
                fmt(compound(q.amount()), 2),
                fmt(factor, 0),
            ),
        );
    }
}

/// The yearly growth right after the figure `qs[to]`: 、年均增长6.2%.
fn rate_after<'q>(text: &str, qs: &'q [Quantity], to: usize) -> Option<&'q Quantity> {
    let next = qs.get(to + 1)?;
    let end = qs[to].range.end;
    let gap = text.get(end..next.range.start)?;
    (gap.chars().count() <= GAP && AVERAGE.is_match(gap) && !gap.contains("分别"))
        .then_some(next)
        .filter(|q| q.unit.kind == UnitKind::Percent && q.malformed.is_none())
}

/// `qs[k]` when it is a yearly growth: 年均增长 right before it.
fn rate_at<'q>(text: &str, qs: &'q [Quantity], k: usize) -> Option<&'q Quantity> {
    let q = &qs[k];
    let before = last_chars(&text[..q.range.start], 6);
    (AVERAGE.ends(before.trim_end_matches(['为', '达'])) && q.malformed.is_none()).then_some(q)
}

/// The span when both figures are dated (从2020年的874.6亿元增加到2025年
/// 的1112.4亿元).
fn dated_span(text: &str, from: &Quantity, to: &Quantity) -> Option<u32> {
    let year_before = |q: &Quantity| {
        let before = last_chars(&text[..q.range.start], 8);
        years(before).last().map(|&(y, _)| y)
    };
    let (a, b) = (year_before(from)?, year_before(to)?);
    (b > a && b - a <= 30).then_some(b - a)
}

/// The span a word before `at` gives (五年来, “十四五”时期): the nearest
/// within reach.
fn span_before(text: &str, at: usize) -> Option<u32> {
    let from = floor_boundary(text, at.saturating_sub(SPAN_REACH));
    let window = &text[from..at];
    SPANS.find_iter(window).last().map(|(_, n)| n).or_else(|| {
        // 这五年, 五年间: a count of years in numerals.
        let k = window.rfind("年来").or_else(|| window.rfind("年间"))?;
        let numerals = last_chars(&window[..k], 2);
        chinese::figure_value(numerals)
            .filter(|v| (2.0..=10.0).contains(v))
            .map(|v| v as u32)
    })
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::tester::Tester;

    #[test]
    fn rule() {
        Tester::new(&RULE)
            .pass([
                "五年来，全县一般公共预算收入从12.5亿元增加到18.6亿元、年均增长8.3%；地区生产总值由120亿元增加到180亿元，年均增长6.5%。",
                // No span: nothing to reckon with.
                "全县一般公共预算收入从12.5亿元增加到18.6亿元、年均增长10.5%。",
                "“十四五”时期，居民人均可支配收入由2.45万元增加到3.29万元、年均增长6.1%。",
                "从2020年的45.2亿元增长到2025年的63.8亿元，年均增长7.1%。",
                "五年来，进出口总额实现翻番、年均增长15.2%。",
                "过去五年，工业增加值由300亿元增加到420亿元，年均增长9%。",
            ])
            .fail([
                "五年来，全县一般公共预算收入从12.5亿元增加到18.6亿元、年均增长10.5%。",
                "從2020年的45.2億元增長到2025年的63.8億元，年均增長5.1%。",
                "过去五年，全县进出口总额实现翻番、年均增长10.2%。",
            ])
            .test_and_snapshot();
    }
}
