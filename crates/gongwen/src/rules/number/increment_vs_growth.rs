//! `increment-vs-growth`: a total, its increase and its growth rate that do
//! not fit — “科技型企业达到460家，比上年增加115家、增长20%”: the
//! base is 460 − 115 = 345, and 115 ÷ 345 = 33.3%.

use super::fmt;
use crate::finding::{Category, Severity};
use crate::lexicon::WordSet;
use crate::number::{change_by, metric, Direction, Interval, Quantity, Statement, UnitKind};
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use foldhash::HashMap;

use std::sync::LazyLock;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "increment-vs-growth",
        title: "增量与增速不符",
        category: Category::Number,
        severity: Severity::Warning,
        fix: FixAvailability::None,
        docs: Docs {
            what: "“总量T，比上年增加N、增长p%”三个数要相互吻合：上年基数为T − N，增速应为 N ÷ (T − N)；减少时基数为T + N；先写净增再写总量（“净增N、总量达T、增长p%”）也一样。“新增”是毛增量，不扣除退出的，不能推出基数。句中只写“增量N、增长p%”时，总量T取报告中同一年、以句首指标命名的那个数（如前文“粮食总产量”）。按文中写出的位数，所有读法都对不上时报告，并给出计算过程。",
            why: "总量、增量和增速常从不同报表抄来，改了其中一个，另外两个就对不上了。",
            bad: "全县科技型企业达到460家，比上年增加115家、增长20%。",
            good: "全县科技型企业达到460家，比上年增加115家、增长33.3%。",
        },
    },
    check,
};

/// Metrics whose growth is stated at comparable prices (国家统计局：地区
/// 生产总值、增加值的增速按不变价格计算).
const REAL_GROWTH: [&str; 6] = ["生产总值", "增加值", "GDP", "经济总量", "可比价", "不变价"];

/// What may stand between the total and its increase: “，比上年”, “、较上年”.
static BETWEEN: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::words([
        "，",
        ",",
        "、",
        "比上年",
        "较上年",
        "比去年",
        "较去年",
        "同比",
        "比",
        "较",
        "上年",
    ])
});

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let (text, m) = (ctx.text, ctx.numbers);
    for s in &m.statements {
        let Some(growth) = s.growth else { continue };
        if s.quantity == 0 {
            continue;
        }
        let (n, total) = (&m.quantities[s.quantity], &m.quantities[s.quantity - 1]);
        let g = &m.quantities[growth.quantity];
        let Some((by, change)) = change_by(text, n) else {
            continue;
        };
        if !same_kind(total, n) || !BETWEEN.spans(&text[total.range.end..by], 3) {
            continue;
        }
        if change != growth.direction {
            continue;
        }
        // Output is grown at comparable prices (可比价): its increase in
        // current prices does not give its growth rate.
        let sentence = &text[s.sentence.clone()];
        if REAL_GROWTH.iter().any(|w| sentence.contains(w)) {
            continue;
        }
        compare(total, n, g, growth.direction, sink);
    }
    // “五年净增市场主体38万户、总量达126万户、较‘十三五’末增长30.2%”:
    // the net increase first, then the total and its growth.
    let qs = &m.quantities;
    for k in 2..qs.len() {
        let (n, total, g) = (&qs[k - 2], &qs[k - 1], &qs[k]);
        if g.unit.kind != UnitKind::Percent
            || !same_kind(total, n)
            || !TOTAL_AFTER.spans(&text[n.range.end..total.range.start], 3)
        {
            continue;
        }
        // The growth of the total, against the start of the increase's
        // period (较上年, 较“十三五”末): a short clause ending in 增长.
        let gap = &text[total.range.end..g.range.start];
        if !gap.ends_with("增长")
            || !gap.starts_with(['、', '，', ','])
            || gap.chars().count() > GROWTH_GAP
            || gap.contains(['。', '；', ';'])
        {
            continue;
        }
        // A net increase, said at the start of its clause (净增, 增加): a
        // gross one (新增) leaves out what closed, and gives no base.
        let Some(clause) = ctx.marks.layout().clause_at(text, n.range.start) else {
            continue;
        };
        let lead = &text[clause.start..n.range.start];
        if !(lead.contains("净增") || lead.contains("增加")) || lead.contains("新增") {
            continue;
        }
        let sentence = ctx
            .marks
            .layout()
            .sentence_at(n.range.start)
            .map_or("", |s| &text[s.whole.clone()]);
        if REAL_GROWTH.iter().any(|w| sentence.contains(w)) {
            continue;
        }
        compare(total, n, g, Direction::Up, sink);
    }
    elsewhere(ctx, sink);
}

/// Words that are the whole metric of an increase whose subject opens the
/// sentence (“粮食总产再创历史新高，……增量39.7亿斤、增长3.5%”).
const BARE_INCREASE: [&str; 4] = ["增量", "增产", "净增", "增加"];

/// “粮食总产再创历史新高，……增量39.7亿斤、增长3.5%”, its total stated
/// elsewhere in the report (“粮食总产量1640.06亿斤”): the sentence's
/// subject is the total's metric, and both are of one year.
fn elsewhere(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let (text, m) = (ctx.text, ctx.numbers);
    let increases: Vec<&Statement> = m
        .statements
        .iter()
        .filter(|s| {
            s.growth.is_some_and(|g| g.direction == Direction::Up)
                && BARE_INCREASE.contains(&&text[s.metric.clone()])
        })
        .collect();
    if increases.is_empty() {
        return;
    }
    // Every statement by its metric's stem (粮食总产 for 粮食总产量), keyed
    // once: each increase then looks up the starts of its sentence.
    let mut by_stem: HashMap<String, Vec<&Statement>> = HashMap::default();
    for t in &m.statements {
        let key = metric::key(&text[t.metric.clone()]);
        let stem = key.strip_suffix('量').unwrap_or(&key);
        if (4..=STEM_MOST).contains(&stem.chars().count()) {
            by_stem.entry(stem.to_owned()).or_default().push(t);
        }
    }
    for s in increases {
        let Some(growth) = s.growth else { continue };
        let n = &m.quantities[s.quantity];
        let Some(sentence) = ctx.marks.layout().sentence_at(n.range.start) else {
            continue;
        };
        // A total of the same kind right before in the sentence is the
        // one the first reading pairs it with.
        if s.quantity > 0 {
            let before = &m.quantities[s.quantity - 1];
            if before.range.start >= sentence.whole.start && same_kind(before, n) {
                continue;
            }
        }
        // The sentence's subject: its first words, read no further than a
        // stem can run (a sentence of a megabyte costs no more).
        let head = &text[sentence.whole.start..n.range.start];
        let head = crate::chars::first_chars(metric::without_leads(head), OPENING_CHARS);
        if REAL_GROWTH.iter().any(|w| head.contains(w)) {
            continue;
        }
        let Some(year) = ctx.stated_year(s) else {
            continue;
        };
        // The total: the one statement of the report whose metric opens
        // the sentence, of the same year.
        let report = ctx.calendar.report_start(n.range.start);
        let mut totals = head
            .char_indices()
            .map(|(k, c)| &head[..k + c.len_utf8()])
            .filter_map(|start| by_stem.get(start))
            .flatten()
            .filter(|t| {
                let q = &m.quantities[t.quantity];
                t.quantity != s.quantity
                    && same_kind(q, n)
                    && t.kind == s.kind
                    && t.growth.is_none_or(|g| g.quantity != growth.quantity)
                    && ctx.calendar.report_start(q.range.start) == report
                    && ctx.stated_year(t) == Some(year)
            });
        let (Some(total), None) = (totals.next(), totals.next()) else {
            continue;
        };
        let total = &m.quantities[total.quantity];
        if total.scaled_interval().lo <= n.scaled_interval().hi {
            continue;
        }
        compare(
            total,
            n,
            &m.quantities[growth.quantity],
            Direction::Up,
            sink,
        );
    }
}

/// The longest metric stem a sentence's subject is matched with, in
/// characters (规模以上工业企业营业收入).
const STEM_MOST: usize = 16;

/// How much of a sentence's opening is read for its subject, in characters.
const OPENING_CHARS: usize = STEM_MOST;

/// The longest clause between a total and its growth, in characters
/// (、较“十三五”末增长).
const GROWTH_GAP: usize = 14;

/// What may stand between a net increase and the total after it: “、总量达”.
static TOTAL_AFTER: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::words(["、", "，", ",", "总量", "总数", "达到", "达"]));

/// Reports the growth `g` when the total and its increase give another.
fn compare(
    total: &Quantity,
    n: &Quantity,
    g: &Quantity,
    direction: Direction,
    sink: &mut Sink<'_>,
) {
    let down = direction == Direction::Down;
    // The base: T − N for an increase, T + N for a decrease.
    let (t, d) = (total.scaled_interval(), n.scaled_interval());
    let base = if down {
        t.add(&d)
    } else {
        Interval {
            lo: t.lo - d.hi,
            hi: t.hi - d.lo,
        }
    };
    if base.lo <= 0.0 {
        return;
    }
    let rate = d.div(&base).scale(100.0);
    if rate.overlaps(&g.interval()) {
        return;
    }
    // Shown as written: 268亿千瓦时 and 70亿千瓦时 as 268 and 70.
    let shown = if total.magnitude == n.magnitude {
        total.magnitude
    } else {
        1.0
    };
    let (tv, nv) = (total.amount() / shown, n.amount() / shown);
    let base_mid = if down { tv + nv } else { tv - nv };
    let computed = nv / base_mid * 100.0;
    let sign = if down { "+" } else { "−" };
    let message = format!(
        "基数为 {} {sign} {} = {}，{} ÷ {} = {}%，文中为{}{}，请核对总量、增量或增速。",
        fmt(tv, total.decimals as usize),
        fmt(nv, n.decimals as usize),
        fmt(base_mid, total.decimals.max(n.decimals) as usize),
        fmt(nv, n.decimals as usize),
        fmt(base_mid, total.decimals.max(n.decimals) as usize),
        fmt(computed, g.decimals.max(1) as usize),
        direction.word(),
        sink.quote(g.range.clone()),
    );
    sink.report(g.range.clone(), message)
        .with_related(total.range.clone(), "总量".to_owned())
        .with_related(n.range.clone(), "增量".to_owned());
}

/// Two exact figures of one unit family, the total larger.
fn same_kind(total: &Quantity, n: &Quantity) -> bool {
    total.unit.base == n.unit.base
        && total.unit.kind == n.unit.kind
        && total.is_exact()
        && n.is_exact()
        && !total.ordinal
        && !n.ordinal
        && !total.chinese
        && !n.chinese
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::tester::Tester;

    #[test]
    fn rule() {
        Tester::new(&RULE)
            .pass([
                "新增市场主体38万户、总量达126万户、同比增长12%。",
                "五年净增市场主体38万户、总量达126万户、较“十三五”末增长43.2%。",
                "全县科技型企业达到460家，比上年增加115家、增长33.3%。",
                "粮食产量达到120万吨，比上年减少20万吨、下降14.3%。",
                // Not the total's increase: another figure.
                "新建项目30个，新增投资12亿元、增长15%。",
                "地区生产总值达到286亿元，净增31.5亿元，同比增长6.1%。",
                // The total stated elsewhere, of the same year.
                "2025年工作总结\n全县粮食总产量36.4万吨。\n粮食生产再获丰收。粮食总产创历史新高，增产1.2万吨、增长3.4%。\n",
                // Another year's total.
                "2025年工作总结\n2024年全县粮食总产量36.4万吨。\n粮食生产再获丰收。粮食总产创历史新高，增产1.2万吨、增长5.4%。\n",
                // Two totals: which is meant is unknown.
                "2025年工作总结\n全县粮食总产量36.4万吨。\n粮食生产再获丰收。粮食总产创历史新高，增产1.2万吨、增长5.4%。\n据农业部门统计，粮食总产量为36.9万吨。\n",
            ])
            .fail([
                "2025年工作总结\n全县粮食总产量36.4万吨。\n粮食生产再获丰收。粮食总产创历史新高，增产1.2万吨、增长5.4%。\n",
                "2025年工作總結\n全縣糧食總產量36.4萬噸。\n糧食生產再獲豐收。糧食總產創歷史新高，增產1.2萬噸、增長5.4%。\n",
                "五年淨增市場主體38萬戶、總量達126萬戶、較“十三五”末增長30.2%。",
                "五年净增市场主体38万户、总量达126万户、较“十三五”末增长30.2%。",
                "全县科技型企业达到460家，比上年增加115家、增长20%。",
                "粮食产量达到120万吨，比上年减少20万吨、下降16.7%。",
                "外送电量268亿千瓦时、比上年增加70亿千瓦时、增长30%。",
                "外送电量268亿度、比上年增加70亿度、增长30%。",
            ])
            .test_and_snapshot();
    }
}
