//! `conflicting-figures`: the same metric for the same period stated with
//! different values in one paragraph.

use crate::finding::{Category, Severity};
use crate::number::{metric, Interval, Kind, Period, Statement};
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use foldhash::HashMap;
use std::borrow::Cow;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "conflicting-figures",
        title: "同一指标数值不一",
        category: Category::Number,
        severity: Severity::Warning,
        fix: FixAvailability::None,
        docs: Docs {
            what: "同一指标、同一期间出现了两个不同的数值（按写出的位数，四舍五入或截断后也对不上）：同一段中按所写期间比较，全篇按年份比较（句中写明的年份，否则按所在回顾或计划部分的年份；多年回顾中“由A增加到B”的B是回顾的最后一年的数；多年累计、年均的说法不比）。预计数、目标数（计划部分的数都是目标）和实际数分开比较。",
            why: "数据更新后只改了一处是常见的疏漏，读者会不知道该信哪一个。",
            bad: "全年新增规上工业企业26家，创历年新高。全年新增规上工业企业28家，排全市第一。",
            good: "全年新增规上工业企业26家，创历年新高。1-6月新增规上工业企业11家。",
        },
    },
    check,
};

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    in_paragraphs(ctx, sink);
    across_report(ctx, sink);
}

/// The same metric for the same year stated with two values far apart in
/// one report: “城镇新增就业2万人以上” among the targets and “1.6万人以上”
/// in the list of projects. A figure of a plan part is a target; a
/// figure's year is the one its period names, else its part's.
fn across_report(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let (text, m) = (ctx.text, ctx.numbers);
    // The figures moved to (由1.58亿人次增加到3.23亿人次), by index, with the
    // start of the figure moved from.
    let mut moved_to: Vec<(usize, usize)> = m
        .transitions
        .iter()
        .filter(|t| !t.rank)
        .map(|t| (t.to, m.quantities[t.from].range.start))
        .collect();
    moved_to.sort_unstable();
    // First by metric alone: most metrics are stated once, and their year
    // is never asked. (The keys share the paragraph pass's type: the
    // report's start for the paragraph, no period, any kind.) The cheap
    // tests come before the metric is keyed.
    let keyed = m.statements.iter().filter_map(|s| {
        let q = &m.quantities[s.quantity];
        if q.chinese
            || q.qualifier == Some(crate::number::Qualifier::About)
            || s.kind == Kind::Forecast
            || matches!(s.period, Some(p) if p != Period::Named("全年") && !matches!(p, Period::Year(_)))
            || s.metric.len() < 4
            || counted_before(text, m, s)
        {
            return None;
        }
        let metric = metric::key(own_metric(text, &moved_to, s));
        if metric.chars().count() < 4 {
            return None;
        }
        let report = ctx.calendar.report_start(q.range.start);
        Some(((report, metric, None, q.unit.base, Kind::Actual), s))
    });
    let (_, by_metric) = group(keyed);
    // Then by year and kind (a plan part's figures are targets), for the
    // metrics stated more than once. Which paragraphs look back over
    // several years is found only when a metric is.
    let mut keyed = Vec::new();
    for members in by_metric.iter().filter(|g| g.len() >= 2) {
        let many_years = ctx.many_years();
        for &s in members {
            let q = &m.quantities[s.quantity];
            // A look back over several years states where a figure moved
            // to: its level in the latest year reviewed.
            let dated = if many_years.of(s) {
                // Not when the move names its years (由2020年的…到2023年的…).
                moved_from(&moved_to, s)
                    .filter(|&from| crate::text::years(&text[from..q.range.start]).is_empty())
                    .and_then(|_| ctx.calendar.latest_review(q.range.start))
                    .map(|y| (y, crate::calendar::YearSource::Part { plan: false }))
            } else {
                ctx.calendar
                    .year_of(text, s.sentence.clone(), q.range.start)
            };
            let Some((year, source)) = dated else {
                continue;
            };
            let year = match s.period {
                Some(Period::Year(y)) => y,
                _ => year,
            };
            let target = s.kind == Kind::Target
                || matches!(source, crate::calendar::YearSource::Part { plan: true });
            let report = ctx.calendar.report_start(q.range.start);
            let kind = if target { Kind::Target } else { Kind::Actual };
            let metric = metric::key(own_metric(text, &moved_to, s));
            keyed.push((
                (report, metric, Some(Period::Year(year)), q.unit.base, kind),
                s,
            ));
        }
    }
    let (order, groups) = group(keyed.into_iter());
    // A bound (2万人以上) is a round number meant exactly, not a rounded
    // measurement.
    let written = |s: &Statement| {
        let q = &m.quantities[s.quantity];
        let written = match q.qualifier {
            Some(_) => Interval::exact(q.amount()),
            None => q.written_interval(),
        };
        (written.scale(q.unit.scale), q.qualifier)
    };
    for (key, members) in order.iter().zip(&groups) {
        let Some(Period::Year(year)) = key.2 else {
            continue;
        };
        for (k, b) in members.iter().enumerate().skip(1) {
            // Figures of one paragraph and period are compared by the
            // paragraph pass.
            let Some(a) = members[..k].iter().take(PAIR_WINDOW).find(|a| {
                let ((ia, qa), (ib, qb)) = (written(a), written(b));
                (a.paragraph != b.paragraph || a.period != b.period)
                    && qa == qb
                    && !ia.overlaps(&ib)
            }) else {
                continue;
            };
            let (qa, qb) = (&m.quantities[a.quantity], &m.quantities[b.quantity]);
            let metric = sink.quote(b.metric.clone());
            let what = if key.4 == Kind::Target {
                "目标"
            } else {
                "数值"
            };
            let line = ctx
                .marks
                .layout()
                .line_at(qa.range.start)
                .map_or(0, |l| l.number);
            sink.report(
                qb.range.clone(),
                format!(
                    "“{metric}”（{year}年）在本报告中有两个不同的{what}：第{line}行为{}，此处为{}，请核对以哪个为准。",
                    sink.quote(qa.range.clone()),
                    sink.quote(qb.range.clone())
                ),
            )
            .with_related(qa.range.clone(), "前文的数值".to_owned());
        }
    }
}

/// Where the figure `s` states moved from, when it is the end of a move
/// (由1.58亿人次增加到3.23亿人次).
fn moved_from(moved_to: &[(usize, usize)], s: &Statement) -> Option<usize> {
    let i = moved_to.partition_point(|&(to, _)| to < s.quantity);
    moved_to
        .get(i)
        .filter(|&&(to, _)| to == s.quantity)
        .map(|&(_, from)| from)
}

/// The metric of `s` as a name: for the end of a move, the words before
/// 由/从 and the figure moved from (the number model cuts them there), an
/// annual level's 年 left out (“年接待游客由1.58亿人次增加到” → 接待游客).
fn own_metric<'t>(text: &'t str, moved_to: &[(usize, usize)], s: &Statement) -> &'t str {
    let raw = &text[s.metric.clone()];
    let Some(from) = moved_from(moved_to, s) else {
        return raw;
    };
    let head = &text[s.metric.start..from.clamp(s.metric.start, s.metric.end)];
    let head = head
        .strip_suffix('由')
        .or_else(|| head.strip_suffix('从'))
        .unwrap_or(head);
    head.strip_prefix('年').unwrap_or(head)
}

/// Whether the clause of `s` follows a clause that ends in a count
/// (“其中新建项目51个，年度计划投资43.1亿元”): its metric is then the
/// named items' (新建项目's investment), not the bare words before the
/// figure, and two such figures of one paragraph or report are not one
/// metric's.
fn counted_before(text: &str, m: &crate::number::Model, s: &Statement) -> bool {
    let before = crate::text::last_chars(&text[..s.metric.start], 8);
    let Some(k) = before.rfind(['，', ',']) else {
        return false;
    };
    let at = s.metric.start - before.len() + k;
    let i = m.quantities.partition_point(|q| q.range.end < at);
    m.quantities
        .get(i)
        .is_some_and(|q| q.range.end == at && q.unit.kind == crate::number::UnitKind::Count)
}

fn in_paragraphs(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let text = ctx.text;
    let m = ctx.numbers;
    // A move's two figures (从98元提高到178元) are of two times.
    let mut moved: Vec<usize> = m.transitions.iter().flat_map(|t| [t.from, t.to]).collect();
    moved.sort_unstable();
    // (paragraph, metric as written in its whole clause, period, unit
    // family, kind) → the statements, in order.
    let keyed = m.statements.iter().filter_map(|s| {
        let q = &m.quantities[s.quantity];
        if s.period.is_none()
            || moved.binary_search(&s.quantity).is_ok()
            || text[s.metric.clone()].chars().count() < 4
            || counted_before(text, m, s)
            || !q.is_exact()
            || q.chinese
        {
            return None;
        }
        let key = (
            s.paragraph,
            Cow::Borrowed(whole_metric(text, s)),
            s.period,
            q.unit.base,
            s.kind,
        );
        Some((key, s))
    });
    let (_, groups) = group(keyed);
    let scaled = |s: &Statement| m.quantities[s.quantity].scaled_interval();
    for members in &groups {
        for (k, b) in members.iter().enumerate().skip(1) {
            // The earliest statements are what “前文” refers to; a bounded
            // look keeps a paragraph of thousands linear.
            let Some(a) = members[..k]
                .iter()
                .take(PAIR_WINDOW)
                .find(|a| !scaled(a).overlaps(&scaled(b)))
            else {
                continue;
            };
            let (qa, qb) = (&m.quantities[a.quantity], &m.quantities[b.quantity]);
            let metric = sink.quote(a.metric.clone());
            sink.report(
                qb.range.clone(),
                format!(
                    "“{metric}”（{}）在同一段中有两个不同的数值：前文为{}，此处为{}，请核对以哪个为准。",
                    a.period.map(|p| p.to_string()).unwrap_or_default(),
                    sink.quote(qa.range.clone()),
                    sink.quote(qb.range.clone())
                ),
            )
            .with_related(qa.range.clone(), "前文的数值".to_owned());
        }
    }
}

/// What statements are grouped by: (paragraph or report, metric, period,
/// unit family, kind).
type Key<'t> = (usize, Cow<'t, str>, Option<Period>, &'t str, Kind);

/// The statements grouped by key, each group in text order, and the keys
/// in order of first appearance.
fn group<'t, 's>(
    keyed: impl Iterator<Item = (Key<'t>, &'s Statement)>,
) -> (Vec<Key<'t>>, Vec<Vec<&'s Statement>>) {
    let mut index: HashMap<Key<'t>, usize> = HashMap::default();
    let (mut order, mut groups): (Vec<Key<'t>>, Vec<Vec<&'s Statement>>) = (Vec::new(), Vec::new());
    for (key, s) in keyed {
        let i = *index.entry(key.clone()).or_insert_with(|| {
            order.push(key);
            groups.push(Vec::new());
            groups.len() - 1
        });
        groups[i].push(s);
    }
    (order, groups)
}

/// How many earlier statements of a metric a statement is compared with.
const PAIR_WINDOW: usize = 8;

/// The metric with the rest of its clause when a 、 cut it: in
/// “申报省、市级科技重大专项36个” the metric phrase is 市级科技重大专项, but
/// what was counted is 申报省、市级科技重大专项 — not the same as 实施省、市级
/// 科技重大专项.
fn whole_metric<'t>(text: &'t str, s: &Statement) -> &'t str {
    let metric = &text[s.metric.clone()];
    if !text[..s.metric.start].ends_with('、') {
        return metric;
    }
    let before = &text[s.sentence.start..s.metric.start];
    let start = before
        .rfind(['，', ',', '；', ';', '：', ':', '。'])
        .map_or(s.sentence.start, |i| {
            s.sentence.start + i + before[i..].chars().next().map_or(1, char::len_utf8)
        });
    &text[start..s.metric.end]
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::tester::Tester;

    #[test]
    fn rule() {
        Tester::new(&RULE)
            .pass([
            // The end of a move over five years is the latest year's level.
            "某区2026年政府工作报告\n各位代表：\n一、“十四五”时期工作回顾\n五年来，文旅融合发展。年接待游客由1.58亿人次增加到3.23亿人次。\n二、2025年工作回顾\n全年接待游客3.23亿人次、增长8%。\n三、2026年工作安排\n抓好项目。\n",
            // A move that names its years.
            "某区2026年政府工作报告\n各位代表：\n一、“十四五”时期工作回顾\n五年来，文旅融合发展。接待游客由2020年的1.58亿人次增加到2023年的3.23亿人次。\n二、2025年工作回顾\n全年接待游客3.32亿人次、增长8%。\n三、2026年工作安排\n抓好项目。\n",
                // The investment of each kind of project, named by the
                // count before it.
                "全县重点项目85个，年度计划投资105亿元。其中新建项目51个，年度计划投资43亿元；续建项目34个，年度计划投资62亿元。",
                "某县2020年上半年工作总结\n一、上半年工作情况\n市级重点项目39个，年度计划投资52.6亿元。\n二、下半年工作打算\n安排县级项目12个，年度计划投资21.3亿元。\n",
                // Two different actions on the same kind of project.
                "2022年以来，申报省、市级科技重大专项36个，实施省、市级科技重大专项16个。",
                "某县2026年政府工作报告\n各位代表：\n一、2025年工作回顾\n全年城镇新增就业5.2万人，稳就业成效明显。\n二、2026年工作安排\n全县城镇新增就业6万人以上。\n",
            "全年新增规上工业企业26家。1-6月新增规上工业企业11家。",
            "预计全年工业投资完成41亿元，同比增长27%【年度目标是：工业投资实现37亿元，增长15%】。",
            "全年新增规上工业企业26家。\n全年新增规上工业企业28家。",
            "全年实现产值128亿元。全年实现产值128.3亿元。",
            "新增规上工业企业26家。新增规上工业企业28家。",
            ])
            .fail([
            "某区2026年政府工作报告\n各位代表：\n一、“十四五”时期工作回顾\n五年来，文旅融合发展。年接待游客由1.58亿人次增加到3.23亿人次。\n二、2025年工作回顾\n全年接待游客3.32亿人次、增长8%。\n三、2026年工作安排\n抓好项目。\n",
            "某區2026年政府工作報告\n各位代表：\n一、“十四五”時期工作回顧\n五年來，文旅融合發展。年接待遊客由1.58億人次增加到3.23億人次。\n二、2025年工作回顧\n全年接待遊客3.32億人次、增長8%。\n三、2026年工作安排\n抓好項目。\n",
            "某县2026年政府工作报告\n各位代表：\n一、2025年工作回顾\n全年城镇新增就业1.2万人，稳就业成效明显。\n二、2026年工作安排\n全年城镇新增就业2万人以上。\n民生实事：城镇新增就业1.6万人以上。\n",
            "全年新增规上工业企业26家，创历年新高。全年新增规上工业企业28家，排全市第一。",
            "全年新增规上工业企业26家。全年新增规上工业企业28家。",
            "某县2026年政府工作报告\n各位代表：\n一、2025年工作回顾\n全年城镇新增就业5.2万人，稳就业成效明显。\n二、2026年工作安排\n全县城镇新增就业6万人以上。\n附件：民生实事\n实现城镇新增就业5万人以上，完成技能培训1万人次。\n",
            // Untitled parts: the look back over five years ends at the
            // next part's title, and a title that names the plan year as
            // well as the coming five-year plan plans that year.
            "某市2026年政府工作报告\n“十四五”时期工作成效和2025年工作回顾\n“十四五”时期，全市综合实力明显增强。\n五年来城镇新增就业累计60万人。\n“十五五”时期目标任务和2026年重点工作\n“十五五”时期要在以下方面实现新进展。\n今年的主要预期目标是：地区生产总值增长5%左右，城镇新增就业12万人以上，居民收入增长与经济增长同步。\n附件\n2026年民生实事\n1.实现城镇新增就业10万人以上，开展职业技能培训5万人次。\n",
            ])
            .test_and_snapshot();
    }
}
