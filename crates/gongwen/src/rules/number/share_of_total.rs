//! `share-of-total`: a share that does not follow from the figure and the
//! total it is a share of — “高新技术产业产值45.6亿元，占规上工业总产值的
//! 41.2%” where the paragraph stated “规上工业总产值110.7亿元” (45.6 ÷ 110.7 =
//! 41.2% holds; with 120.5亿元 it would not). The total is found by its
//! metric phrase, never by position alone.

use super::fmt;
use crate::finding::{Category, Severity};
use crate::number::{metric, Interval, Quantity, Statement, UnitKind};
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use std::ops::Range;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "share-of-total",
        title: "占比与总量不符",
        category: Category::Number,
        severity: Severity::Warning,
        fix: FixAvailability::None,
        docs: Docs {
            what: "“A占B的x%”中，A和B都在文中给出数值时（B可以在前文同一段里，按指标名称对应，如“总产值”对应前面的“规上工业总产值”；也可以写在括号里，如“占年度计划（40亿元）的71.5%”），x%要等于A÷B。所有按四舍五入允许的读法都对不上时报告，并给出计算过程。占全市、全省等另一范围的比重，只在同一段用同一名称（如“全省进出口总值”）写出其总量时检查，前后均可；分项和占比之间可以隔着它的增速（“415.4亿元、增长11.7%，占……”）。“总量T（其中A为P），非A占比x%”中，x%要等于(T − P) ÷ T（如非税收入占比）。",
            why: "分项、总量和占比常常分别改动，改了一个忘了另两个，占比就成了无法自圆其说的数字。",
            bad: "全县规上工业总产值110.7亿元。其中高新技术产业产值45.6亿元，占规上工业总产值的45.2%。",
            good: "全县规上工业总产值110.7亿元。其中高新技术产业产值45.6亿元，占规上工业总产值的41.2%，占全市的12.5%。",
        },
    },
    check,
};

/// Words between a figure and 占 (“45.6亿元，占…”).
const MAX_GAP: usize = 4;
/// Words between a count and 占: what it counts and what was done
/// (“43个项目建成投产、占…”), in one clause.
const MAX_COUNT_GAP: usize = 14;
/// How many statements back in the paragraph the total may stand.
const LOOKBACK: usize = 16;

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let text = ctx.text;
    let m = ctx.numbers;
    for (i, rate) in m.quantities.iter().enumerate() {
        // A share in percent (占…的41.2%) or a multiple (为…的1.12倍).
        let scale = match rate.unit.kind {
            UnitKind::Percent => 100.0,
            UnitKind::Times => 1.0,
            _ => continue,
        };
        if rate.malformed.is_some() || rate.chinese {
            continue;
        }
        if scale == 100.0 {
            if let Some((part, total)) = complement(ctx, i) {
                check_complement(sink, &m.quantities[part], &m.quantities[total], rate);
                continue;
            }
        }
        // The figure before the share (brackets may stand between), and
        // the share's phrase.
        let found = (i.saturating_sub(3)..i).rev().find_map(|k| {
            let stated = m.statement_of(k)?;
            let q = &m.quantities[k];
            // Its growth may stand between (“415.4亿元、增长11.7%，占…”).
            let from = stated
                .growth
                .map(|g| &m.quantities[g.quantity])
                .filter(|g| g.range.start >= q.range.end && g.range.end <= rate.range.start)
                .map_or(q.range.end, |g| g.range.end);
            share_phrase(text, q, from, rate).map(|s| (k, s))
        });
        let Some((n, share)) = found else {
            continue;
        };
        let Some(num) = m.statement_of(n) else {
            continue;
        };
        let qn = &m.quantities[num.quantity];
        let qd = match share {
            Share::Named(base) => {
                match total_named(ctx, num, &base).or_else(|| total_written(ctx, num, &base)) {
                    Some(den) => &m.quantities[den],
                    None => continue,
                }
            }
            // “占全省进出口总值的17.7%”: a whole of the wider area, when
            // the paragraph states it under the same name.
            Share::Scoped(base) => match total_written(ctx, num, &base) {
                Some(den) => &m.quantities[den],
                None => continue,
            },
            // “总装机915万千瓦，新能源装机409万千瓦、占比44.7%”.
            Share::Implied => match total_implied(ctx, num) {
                Some(den) => &m.quantities[den],
                None => continue,
            },
            // “占年度计划（40亿元）的71.5%”: the total in brackets.
            Share::Given(range) => {
                let mut given = m
                    .quantities_in(&range)
                    .filter(|&k| m.quantities[k].unit.base == qn.unit.base);
                match (given.next(), given.next()) {
                    (Some(k), None) if qn.unit.kind != UnitKind::Count => &m.quantities[k],
                    _ => continue,
                }
            }
        };
        let ratio = qn.scaled_interval().div(&qd.scaled_interval());
        let percent = Interval {
            lo: ratio.lo * scale,
            hi: ratio.hi * scale,
        };
        if qd.amount() <= 0.0 || percent.overlaps(&rate.interval()) {
            continue;
        }
        let computed = qn.amount() * qn.unit.scale / (qd.amount() * qd.unit.scale) * scale;
        let message = format!(
            "{} ÷ {} = {}{}，文中为{}，请核对分项、总量或{}。",
            sink.quote(qn.range.clone()),
            sink.quote(qd.range.clone()),
            fmt(computed, rate.decimals.max(1) as usize),
            if scale == 1.0 { "倍" } else { "%" },
            sink.quote(rate.range.clone()),
            if scale == 1.0 { "倍数" } else { "占比" },
        );
        sink.report(rate.range.clone(), message)
            .with_related(qn.range.clone(), "分项".to_owned())
            .with_related(qd.range.clone(), "总量".to_owned());
    }
}

/// What a share is of, as written between 占 and 的.
enum Share {
    /// A metric named (`规上工业总产值`): its total is stated elsewhere.
    Named(Range<usize>),
    /// A metric of a wider area named with it (`全省进出口总值`): its
    /// total only where the same name is written with a figure.
    Scoped(Range<usize>),
    /// A phrase with its total in brackets (`年度计划（40亿元）`).
    Given(Range<usize>),
    /// No phrase: “、占比达44.7%” is a share of the sentence's total of
    /// the same metric (总装机 for 新能源装机).
    Implied,
}

/// Words of a bare share right after its figure: “、占比达44.7%”.
const BARE_SHARE: [&str; 2] = ["占比", "比重"];

/// “…，占规上工业总产值的41.2%”, right after the figure `num`: the phrase
/// it is a share of. Shares of another scope (占全市、占全省) are left out.
fn share_phrase(text: &str, num: &Quantity, from: usize, rate: &Quantity) -> Option<Share> {
    let head = text[..rate.range.start].trim_end_matches(['为', '达', '约', '了', '到']);
    if rate.unit.kind == UnitKind::Percent {
        let gap = head.get(num.range.end..).unwrap_or("");
        let bare = gap.trim_start_matches(['、', '，', ',']);
        if bare.len() < gap.len() && BARE_SHARE.contains(&bare) {
            return Some(Share::Implied);
        }
    }
    let head = ["的比重", "的比例", "比重", "比例", "的"]
        .iter()
        .find_map(|w| head.strip_suffix(w))?;
    // 占 a whole; 为/是 a multiple of a target (为年度目标的1.12倍).
    // 占 stands within a clause of the share: look back a bounded stretch.
    let floor =
        crate::text::ceil_boundary(head, head.len().saturating_sub(240).max(num.range.start));
    let zhan = floor
        + match rate.unit.kind {
            UnitKind::Times => head[floor..].rfind(['为', '是'])?,
            _ => head[floor..].rfind('占')?,
        };
    if zhan < from {
        return None;
    }
    let gap = &text[from..zhan];
    // A count stands before what it counts and what was done with it
    // (“43个项目建成投产、占…”).
    let reach = if num.unit.kind == UnitKind::Count {
        MAX_COUNT_GAP
    } else {
        MAX_GAP
    };
    let inner = gap.trim_end_matches(['、', '，', ',']);
    if gap.chars().count() > reach
        || gap.contains(['。', '；', ';'])
        || (reach > MAX_GAP && inner.contains(['、', '，', ',']))
    {
        return None;
    }
    let start = zhan + head[zhan..].chars().next().map_or(1, char::len_utf8);
    let phrase = &text[start..head.len()];
    let own = ["全县", "全区", "我县", "我区", "本县", "本区", "县", "区"]
        .iter()
        .find_map(|w| phrase.strip_prefix(w))
        .unwrap_or(phrase);
    // 省级、市级 name a level of what is counted, not another scope.
    let other_scope = ["全市", "全省", "全国", "全州", "市", "省", "国"]
        .iter()
        .any(|w| own.strip_prefix(w).is_some_and(|r| !r.starts_with('级')));
    if own.contains(['，', ',', '、']) || own.chars().count() < 2 {
        return None;
    }
    let range = head.len() - own.len()..head.len();
    if other_scope {
        // The wider area's name with its metric, at least 全省 and four
        // characters of what is measured.
        let whole = start..head.len();
        let named = text[whole.clone()].chars().count() >= 6
            && !text[whole.clone()].chars().any(crate::text::is_digit);
        return named.then_some(Share::Scoped(whole));
    }
    if own.chars().any(crate::text::is_digit) {
        return own.contains(['（', '(']).then_some(Share::Given(range));
    }
    Some(Share::Named(range))
}

/// The statement of the total the share names: the latest earlier
/// statement of the paragraph whose metric is the phrase, or ends with it
/// (总产值 ↔ 规上工业总产值), in the same unit family, of the same period
/// and kind.
///
/// A count written before what it counts (“200个重点项目”) is a
/// total of that phrase too.
fn total_named(ctx: &Ctx<'_>, num: &Statement, base: &Range<usize>) -> Option<usize> {
    let m = ctx.numbers;
    let phrase = &ctx.text[base.clone()];
    let qn = &m.quantities[num.quantity];
    let before = m.statements.partition_point(|s| s.quantity < num.quantity);
    let by_metric = m.statements[..before]
        .iter()
        .rev()
        .take(LOOKBACK)
        .take_while(|s| s.paragraph == num.paragraph)
        .find(|s| {
            let metric = &ctx.text[s.metric.clone()];
            let q = &m.quantities[s.quantity];
            metric.ends_with(phrase)
                && q.unit.base == qn.unit.base
                && q.interval().hi.is_finite()
                && s.kind == num.kind
                && (s.period.is_none() || num.period.is_none() || s.period == num.period)
        })
        .map(|s| s.quantity);
    by_metric.or_else(|| {
        if qn.unit.kind != UnitKind::Count {
            return None;
        }
        let paragraph = &m.paragraphs[num.paragraph].range;
        m.quantities_in(&(paragraph.start..qn.range.start))
            .rev()
            .take(LOOKBACK)
            .find(|&k| {
                let q = &m.quantities[k];
                q.unit.kind == UnitKind::Count
                    && q.unit.base == qn.unit.base
                    && q.is_exact()
                    && ctx.text[q.range.end..].starts_with(phrase)
            })
    })
}

/// The total a share names, where the paragraph writes the same name with a
/// figure after it, before or after the share (“……全省进出口总值创历史新高，
/// 达到5379亿元”): the first figure of that clause or the next, in the
/// part's unit family. The name must be written so once in the paragraph.
fn total_written(ctx: &Ctx<'_>, num: &Statement, base: &Range<usize>) -> Option<usize> {
    let (text, m) = (ctx.text, ctx.numbers);
    let phrase = &text[base.clone()];
    let qn = &m.quantities[num.quantity];
    let paragraph = m.paragraphs.get(num.paragraph)?.range.clone();
    let mut found = None;
    let mut at = paragraph.start;
    while let Some(k) = text[at..paragraph.end].find(phrase) {
        let start = at + k;
        at = start + phrase.len();
        if start == base.start {
            continue;
        }
        // The figure stated for the name: the next one, near, in the
        // same sentence.
        let reach = crate::text::ceil_boundary(text, (at + WRITTEN_REACH).min(paragraph.end));
        let Some(next) = m.quantities_in(&(at..reach)).next() else {
            continue;
        };
        let q = &m.quantities[next];
        let between = &text[at..q.range.start];
        if q.unit.base != qn.unit.base
            || !q.interval().hi.is_finite()
            || between.contains(['。', '；', ';'])
            || m.statement_of(next).is_none_or(|s| s.kind != num.kind)
        {
            continue;
        }
        if found.replace(next).is_some() {
            return None;
        }
    }
    found
}

/// How far after a total's name its figure may stand, in bytes (about
/// twelve characters: “创历史新高，达到”).
const WRITTEN_REACH: usize = 36;

/// “一般公共预算收入8.5亿元（其中税收收入7.5亿元，非税占比为21%）”: the
/// share of what is not the part (非税) of the total the part is 其中 of —
/// the part and its total, as quantity indices.
fn complement(ctx: &Ctx<'_>, rate: usize) -> Option<(usize, usize)> {
    let (text, m) = (ctx.text, ctx.numbers);
    let q = &m.quantities[rate];
    // Cheapest test first: 非 close before the share.
    let near = crate::text::last_chars(&text[..q.range.start], COMPLEMENT_REACH);
    if !near.contains('非') {
        return None;
    }
    let clause = ctx.marks.layout().clause_at(text, q.range.start)?;
    let said = text[clause.start..q.range.start].trim_end_matches(['为', '达', '是', '约', '了']);
    let subject = ["所占比重", "的比重", "占比", "比重"]
        .iter()
        .find_map(|w| said.strip_suffix(w))?;
    let stem = subject.strip_prefix('非')?;
    let stem = stem.strip_suffix("收入").unwrap_or(stem);
    if stem.is_empty() {
        return None;
    }
    // The part: the latest figure of the sentence before, whose metric
    // starts with the stem (税收收入 for 非税).
    let sentence = ctx.marks.layout().sentence_at(q.range.start)?.whole.clone();
    let before = m.statements.partition_point(|s| s.quantity < rate);
    let mut earlier = m.statements[..before]
        .iter()
        .rev()
        .take_while(|s| s.sentence.start >= sentence.start);
    let part = earlier.next()?;
    let pq = &m.quantities[part.quantity];
    if !metric::key(&text[part.metric.clone()]).starts_with(stem)
        || !matches!(pq.unit.kind, UnitKind::Money | UnitKind::Measure)
    {
        return None;
    }
    // Its total: the figure before it, 其中 between.
    let total = earlier.next()?;
    let tq = &m.quantities[total.quantity];
    let between = &text[tq.range.end..pq.range.start];
    if tq.unit.base != pq.unit.base
        || !between.contains("其中")
        || between.contains(['。', '；', ';'])
        || total.kind != part.kind
    {
        return None;
    }
    Some((part.quantity, total.quantity))
}

/// How far before a share its 非 may stand, in characters (非税收入所占比重为).
const COMPLEMENT_REACH: usize = 10;

fn check_complement(sink: &mut Sink<'_>, part: &Quantity, total: &Quantity, rate: &Quantity) {
    let (p, t) = (part.scaled_interval(), total.scaled_interval());
    if t.lo <= 0.0 || p.hi > t.lo {
        return;
    }
    let share = Interval {
        lo: (t.lo - p.hi) / t.lo * 100.0,
        hi: (t.hi - p.lo) / t.hi * 100.0,
    };
    if share.overlaps(&rate.interval()) {
        return;
    }
    let (pa, ta) = (
        part.amount() * part.unit.scale,
        total.amount() * total.unit.scale,
    );
    let unit = total.unit.scale * total.magnitude;
    let decimals = part.decimals.max(total.decimals) as usize;
    let message = format!(
        "({} − {}) ÷ {} = {} ÷ {} = {}%，文中为{}，请核对分项、总量或占比。",
        sink.quote(total.range.clone()),
        sink.quote(part.range.clone()),
        sink.quote(total.range.clone()),
        fmt((ta - pa) / unit, decimals),
        fmt(ta / unit, decimals),
        fmt((ta - pa) / ta * 100.0, rate.decimals.max(1) as usize),
        sink.quote(rate.range.clone()),
    );
    sink.report(rate.range.clone(), message)
        .with_related(part.range.clone(), "分项".to_owned())
        .with_related(total.range.clone(), "总量".to_owned());
}

/// The total of a bare share (“、占比达44.7%”): an earlier figure of the
/// sentence whose metric is the total of the part's (“总装机” for
/// “新能源装机”, “电力总装机规模” too), in the same unit family.
fn total_implied(ctx: &Ctx<'_>, num: &Statement) -> Option<usize> {
    let (text, m) = (ctx.text, ctx.numbers);
    let metric = &text[num.metric.clone()];
    // The part's last two characters name what is measured (装机, 产值).
    let cut = metric.char_indices().rev().nth(1)?.0;
    let total = format!("总{}", &metric[cut..]);
    let qn = &m.quantities[num.quantity];
    let before = m.statements.partition_point(|s| s.quantity < num.quantity);
    m.statements[..before]
        .iter()
        .rev()
        .take_while(|s| s.sentence == num.sentence)
        .find(|s| {
            let q = &m.quantities[s.quantity];
            text[s.metric.clone()].contains(total.as_str())
                && !metric.contains('总')
                && q.unit.base == qn.unit.base
                && q.is_exact()
                && s.kind == num.kind
        })
        .map(|s| s.quantity)
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::tester::Tester;

    #[test]
    fn rule() {
        Tester::new(&RULE)
            .pass([
                "完成固定资产投资45亿元，为年度目标（40亿元）的1.12倍。",
                // A range is no single figure.
                "全县规上工业总产值110.7亿元，新兴产业产值10-15亿元，占规上工业总产值的10%左右。",
                "完成固定资产投资28.6亿元，占年度计划（40亿元）的71.5%。",
                "完成固定资产投资28.6亿元，占年度计划（40亿元）的71.5%，超额完成省定任务。",
                "全县规上工业总产值110.7亿元。其中高新技术产业产值45.6亿元，占规上工业总产值的41.2%。",
                "全县规上工业总产值110.7亿元，高新技术产业产值45.6亿元，占规上工业总产值比重达41.2%。",
                // Another scope: 占全市.
                "全县规上工业总产值110.7亿元，高新技术产业产值45.6亿元，占全市规上工业总产值的12.5%。",
                // A share that rose by percentage points says nothing of the figures.
                "全县规上工业总产值110.7亿元，高新技术产业产值45.6亿元，占比提高2.1个百分点。",
                // The total in another unit.
                "全县规上工业总产值1107000万元。其中高新技术产业产值45.6亿元，占规上工业总产值的41.2%。",
                // No total named in the paragraph.
                "高新技术产业产值45.6亿元，占规上工业总产值的41.2%。",
                "全縣規上工業總產值110.7億元。其中高新技術產業產值45.6億元，佔規上工業總產值的41.2%。",
                "全县总装机达915万千瓦，新能源装机达409万千瓦、占比达44.7%。",
                "全市发电总装机规模2.4亿千瓦，风光装机1.1亿千瓦、占比达45.8%。",
                "200个重点项目完成投资86亿元，43个项目建成投产、占重点项目的21.5%。",
                // A share of another total than the sentence's.
                "全县总装机达915万千瓦，新能源装机达409万千瓦、占比提高3个百分点。",
                "新能源装机达409万千瓦、占比达47.4%。",
                // A wider area's whole stated under the same name, later.
                "物流通道带动全县进出口41.5亿元、增长11.7%，占全市进出口总值的7.7%。全市进出口总值创历史新高，达到537.9亿元。",
                // The name stated twice with figures: which is meant is unknown.
                "物流通道带动全县进出口41.5亿元，占全市进出口总值的17.7%。全市进出口总值达到537.9亿元，上半年全市进出口总值为235亿元。",
                // What is not the part: 非税 of the total the tax is 其中 of.
                "全县一般公共预算收入6.4亿元，增长3.1%（其中税收收入4.8亿元，非税占比为25%）。",
                "能源消费总量320万吨标准煤，其中化石能源消费256万吨标准煤，非化石能源所占比重为20%。",
                // No 其中: the two figures need not be part and whole.
                "全县一般公共预算收入6.4亿元，税收收入4.8亿元，非税占比为35%。",
                // The wider area named alone.
                "物流通道带动全县进出口41.5亿元，占全市的17.7%。全市进出口总值达到537.9亿元。",
            ])
            .fail([
                "完成固定资产投资45亿元，为年度目标（40亿元）的1.21倍。",
                "完成固定资产投资28.6亿元，占年度计划（40亿元）的81.5%。",
                "全县规上工业总产值110.7亿元。其中高新技术产业产值45.6亿元，占规上工业总产值的45.2%。",
                "全县规上工业总产值1107000万元。其中高新技术产业产值45.6亿元，占总产值的45.2%。",
                "全縣規上工業總產值110.7億元。其中高新技術產業產值45.6億元，佔總產值的45.2%。",
                "全县总装机达915万千瓦，新能源装机达409万千瓦、占比达47.4%。",
                "全市发电总装机规模2.4亿千瓦，风光装机1.1亿千瓦、占比达55.8%。",
                "200个重点项目完成投资86亿元，43个项目建成投产、占重点项目的31.5%。",
                "200个省级重点项目完成投资86亿元，43个项目建成投产、占省级重点项目的31.5%。",
                "全縣總裝機達915萬千瓦，新能源裝機達409萬千瓦、佔比達47.4%。",
                "物流通道带动全县进出口41.5亿元、增长11.7%，占全市进出口总值的17.7%。全市进出口总值创历史新高，达到537.9亿元。",
                "全市进出口总值达到537.9亿元。物流通道带动全县进出口41.5亿元，占全市进出口总值的17.7%。",
                "全县一般公共预算收入6.4亿元，增长3.1%（其中税收收入4.8亿元，非税占比为35%）。",
                "能源消费总量320万吨标准煤，其中化石能源消费256万吨标准煤，非化石能源所占比重为30%。",
                "全縣一般公共預算收入6.4億元，增長3.1%（其中稅收收入4.8億元，非稅佔比為35%）。",
                "物流通道帶動全縣進出口41.5億元、增長11.7%，佔全市進出口總值的17.7%。全市進出口總值創歷史新高，達到537.9億元。",
            ])
            .test_and_snapshot();
    }
}
