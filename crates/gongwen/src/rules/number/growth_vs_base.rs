//! `growth-vs-base`: a growth rate that does not follow from its base — an
//! explicit base (基数为120亿元, 上年同期…) or the base implied by another
//! statement of the same metric for the same period (a target and its
//! growth: “年度目标6.9亿元，增长15%” implies a base of 6.0亿元).

use super::{fmt, is_period_on_period};
use crate::finding::{Category, Severity};
use crate::number::{Direction, Interval, Model, Period, Quantity, Statement};
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use foldhash::HashMap;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "growth-vs-base",
        title: "增速与上年基数不符",
        category: Category::Number,
        severity: Severity::Warning,
        fix: FixAvailability::None,
        docs: Docs {
            what: "同一指标、同一期间的现值与增速，要能由同一个上年基数推出：文中写明的基数（基数为…、上年…），或同段另一处“目标值＋增速”所隐含的基数。所有按四舍五入或截断允许的读法都对不上时报告，并给出计算过程。",
            why: "增速和目标常在不同时间、由不同人填写，改了现值忘了改增速（或反过来）是审稿时最难发现、上报后最难解释的错误。",
            bad: "预计全年技改投资实现7.5亿元，同比增长32%（年度目标：技改投资实现6.9亿元，增长15%）。",
            good: "预计全年工业投资完成41亿元，同比增长27%（年度目标：工业投资实现37亿元，增长15%）。",
        },
    },
    check,
};

const BASE_WORDS: &[&str] = &[
    "基数为",
    "基数是",
    "基数",
    "上年为",
    "上年同期",
    "去年同期",
    "同期为",
    "上年",
    "去年为",
    "去年",
];

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let text = ctx.text;
    let m = ctx.numbers;
    let with_growth: Vec<&Statement> = m
        .statements
        .iter()
        .filter(|s| {
            s.growth
                .is_some_and(|g| !is_period_on_period(text, &m.quantities[g.quantity]))
                && !m.quantities[s.quantity].chinese
        })
        .collect();
    implied_bases(ctx, &with_growth, sink);
    explicit_bases(ctx, &with_growth, sink);
}

/// How many later statements of the same metric a statement is compared
/// with: real reports restate a metric a few times at most, and the bound
/// keeps a pathological paste linear.
const PAIR_WINDOW: usize = 8;

/// Two statements of one metric and period in one paragraph: the bases
/// their figures and growth rates imply must meet.
fn implied_bases(ctx: &Ctx<'_>, with_growth: &[&Statement], sink: &mut Sink<'_>) {
    let (text, m) = (ctx.text, ctx.numbers);
    // (paragraph, metric, period, unit family) → its statements, in order.
    let mut groups: HashMap<(usize, &str, Period, &str), Vec<&Statement>> = HashMap::default();
    for s in with_growth.iter().filter(|s| !s.metric.is_empty()) {
        let Some(period) = s.period else {
            continue;
        };
        let key = (
            s.paragraph,
            &text[s.metric.clone()],
            period,
            m.quantities[s.quantity].unit.base,
        );
        groups.entry(key).or_default().push(s);
    }
    for members in groups.values() {
        for (k, a) in members.iter().enumerate() {
            let Some(base_a) = implied_base(m, a) else {
                continue;
            };
            let disagreeing = members[k + 1..].iter().take(PAIR_WINDOW).find_map(|b| {
                implied_base(m, b)
                    .filter(|base_b| !base_a.overlaps(base_b))
                    .map(|base_b| (b, base_b))
            });
            if let Some((b, base_b)) = disagreeing {
                report_pair(m, a, b, base_a, base_b, sink);
            }
        }
    }
}

fn report_pair(
    m: &Model,
    a: &Statement,
    b: &Statement,
    base_a: Interval,
    base_b: Interval,
    sink: &mut Sink<'_>,
) {
    let (qa, qb) = (&m.quantities[a.quantity], &m.quantities[b.quantity]);
    let (Some(growth_a), Some(growth_b)) = (a.growth, b.growth) else {
        return;
    };
    let (ga, up_a) = (&m.quantities[growth_a.quantity], growth_a.direction);
    let (gb, up_b) = (&m.quantities[growth_b.quantity], growth_b.direction);
    let unit = qa.unit.written;
    let base_mid = qb.amount() / (1.0 + up_b.signed(gb.value) / 100.0);
    let implied = (qa.amount() / base_mid - 1.0) * 100.0;
    let message = format!(
        "{metric}两处数字推出的上年基数不一致：“{va}，{wa}{pa}”对应基数 {alo}～{ahi}{unit}；“{vb}，{wb}{pb}”对应基数 {blo}～{bhi}{unit}。按基数 {mid}{unit}计算，{va}对应{wi}{ri}%，文中为{pa}。",
        metric = sink.quote(a.metric.clone()),
        va = sink.quote(qa.range.clone()),
        wa = up_a.word(),
        pa = sink.quote(ga.range.clone()),
        vb = sink.quote(qb.range.clone()),
        wb = up_b.word(),
        pb = sink.quote(gb.range.clone()),
        alo = fmt(base_a.lo / qa.unit.scale, 2),
        ahi = fmt(base_a.hi / qa.unit.scale, 2),
        blo = fmt(base_b.lo / qa.unit.scale, 2),
        bhi = fmt(base_b.hi / qa.unit.scale, 2),
        mid = fmt(base_mid, 2),
        wi = Direction::of(implied).word(),
        ri = fmt(implied.abs(), 1),
    );
    let current = format!("{}的现值", sink.quote(a.metric.clone()));
    sink.report(ga.range.clone(), message)
        .with_related(qa.range.clone(), current)
        .with_related(qb.range.clone(), "另一处的数值".to_owned())
        .with_related(gb.range.clone(), "另一处的增速".to_owned());
}

/// An explicit base stated after the figure, in the same sentence
/// (基数为120亿元, 上年同期…, “（2022年12家）”).
fn explicit_bases(ctx: &Ctx<'_>, with_growth: &[&Statement], sink: &mut Sink<'_>) {
    let (text, m) = (ctx.text, ctx.numbers);
    for (i, base) in m.quantities.iter().enumerate() {
        if base.chinese || !is_base(text, base) {
            continue;
        }
        // The statements before the base, nearest first, while they stay in
        // its sentence (statements are in text order).
        let before = with_growth.partition_point(|s| s.quantity < i);
        let Some(current) = with_growth[..before]
            .iter()
            .rev()
            .take_while(|s| {
                s.sentence.start <= base.range.start && base.range.end <= s.sentence.end
            })
            .find(|s| m.quantities[s.quantity].unit.base == base.unit.base)
        else {
            continue;
        };
        against_base(ctx, current, base, sink);
    }
    // The figure moved from: “由700元提高到756元、增长8.0%”.
    for t in &m.transitions {
        let (from, to) = (&m.quantities[t.from], &m.quantities[t.to]);
        let k = with_growth.partition_point(|s| s.quantity < t.to);
        let Some(&current) = with_growth.get(k).filter(|s| s.quantity == t.to) else {
            continue;
        };
        if from.chinese
            || from.ordinal
            || from.unit.base != to.unit.base
            || from.unit.kind != to.unit.kind
            || !from.interval().hi.is_finite()
        {
            continue;
        }
        against_base(ctx, current, from, sink);
    }
}

/// Reports the growth of `current` when `base` does not give it.
fn against_base(ctx: &Ctx<'_>, current: &Statement, base: &Quantity, sink: &mut Sink<'_>) {
    let m = ctx.numbers;
    {
        let q = &m.quantities[current.quantity];
        let Some(growth) = current.growth else {
            return;
        };
        let (g, up) = (&m.quantities[growth.quantity], growth.direction);
        let ratio = q.scaled_interval().div(&base.scaled_interval());
        let stated = g.interval();
        let stated_ratio = stated.change_factor(up);
        if ratio.overlaps(&stated_ratio) {
            return;
        }
        let computed =
            (q.amount() * q.unit.scale / (base.amount() * base.unit.scale) - 1.0) * 100.0;
        let message = format!(
            "按基数{b}计算，{v}对应{w}{r}%（{vq} ÷ {vb} − 1 = {r2}%），文中为{word}{p}，请核对现值、基数或增速。",
            b = sink.quote(base.range.clone()),
            v = sink.quote(q.range.clone()),
            w = Direction::of(computed).word(),
            r = fmt(computed.abs(), g.decimals.max(1) as usize),
            word = up.word(),
            p = sink.quote(g.range.clone()),
            vq = fmt(q.amount(), q.decimals as usize),
            vb = fmt(base.amount(), base.decimals as usize),
            r2 = fmt(computed, g.decimals.max(1) as usize),
        );
        sink.report(g.range.clone(), message)
            .with_related(q.range.clone(), "现值".to_owned())
            .with_related(base.range.clone(), "基数".to_owned());
    }
}

/// The base a figure and its growth imply, in the unit family's base scale.
fn implied_base(m: &Model, s: &Statement) -> Option<Interval> {
    let q = &m.quantities[s.quantity];
    let growth = s.growth?;
    let p = m.quantities[growth.quantity].interval();
    let factor = p.change_factor(growth.direction);
    if factor.lo <= 0.0 || !factor.hi.is_finite() || !q.interval().hi.is_finite() {
        return None;
    }
    Some(q.scaled_interval().div(&factor))
}

/// A base: after 基数为/上年/去年同期…, or in brackets after a year:
/// “（2021年98家）”.
fn is_base(text: &str, q: &Quantity) -> bool {
    let before = &text[..q.range.start];
    if !q.interval().hi.is_finite() {
        return false;
    }
    if BASE_WORDS.iter().any(|w| before.ends_with(w)) {
        return true;
    }
    let Some(year) = before
        .strip_suffix("年末")
        .or_else(|| before.strip_suffix("年底"))
        .or_else(|| before.strip_suffix('年'))
    else {
        return false;
    };
    let digits = year.len() - year.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    digits == 4 && year[..year.len() - 4].ends_with(['（', '('])
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::tester::Tester;

    #[test]
    fn rule() {
        Tester::new(&RULE)
            .pass([
                "城乡低保标准由700元提高到756元、增长8.0%。",
            "预计全年工业投资完成41亿元，同比增长27%【年度目标是：工业投资实现37亿元，增长15%】。",
            "预计全年规上工业总产值实现128亿元，同比增长7.0%【2021年末基数为120亿元】。",
            "1至10月份，工业投资完成39.16亿元，同比增长25.9%。预计全年工业投资完成41亿元，同比增长27%。",
            "工业投资完成39.16亿元，同比增长25.9%；工业投资完成41亿元，同比增长27%。",
            "全年规上工业总产值实现145亿元，增幅在12%左右（上年128亿元）。",
            "全年新增高新技术企业15家，同比增长25%（2022年12家）。",
            "全年规上工业总产值实现150亿元，环比增长7.0%（上年基数为120亿元）。",
            ])
            .fail([
                "城乡低保标准由700元提高到756元、增长6.0%。",
            "预计全年技改投资实现7.5亿元，同比增长32%【年度目标是：技改投资实现6.9亿元，增长15%】。",
            "全年规上工业总产值实现150亿元，同比增长7.0%（上年基数为120亿元）。",
            "全年新增高新技术企业15家，同比增长50%（2022年12家）。",
            ])
            .test_and_snapshot();
    }
}
