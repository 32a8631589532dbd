//! `completion-rate`: “完成635亿元，完成年计划710亿元的98.4%” — a share of a
//! plan completed that does not follow from the figure and the plan.

use super::fmt;
use crate::finding::{Category, Severity};
use crate::lexicon::WordSet;
use crate::number::{Quantity, UnitKind};
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use crate::text::last_chars;
use std::sync::LazyLock;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "completion-rate",
        title: "完成率计算不符",
        category: Category::Number,
        severity: Severity::Warning,
        fix: FixAvailability::None,
        docs: Docs {
            what: "“完成X，完成年计划（目标、任务）Y的p%”“年度计划投资Y，完成投资X，完成年度计划投资p%”中，p应等于 X ÷ Y；“超额完成Y的目标（实际完成X）”中，X不能小于Y；“完成（占）年度目标的p%，超额完成年度任务”中，p不能低于100。按文中写出的位数，所有读法都对不上时报告，并给出计算过程。",
            why: "完成率常在计划数或完成数更新后忘了重算，上级一除就会发现。",
            bad: "固定资产投资完成300亿元，完成年计划385亿元的87.9%。",
            good: "固定资产投资完成300亿元，完成年计划385亿元的77.9%。",
        },
    },
    check,
};

/// Words right before the plan's figure: 完成年计划, 占年度目标.
static OF_PLAN: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::words([
        "完成年计划",
        "完成全年计划",
        "完成计划",
        "完成年度计划",
        "完成目标",
        "完成年度目标",
        "完成全年目标",
        "完成任务",
        "完成年度任务",
        "完成全年任务",
        "占年计划",
        "占年度计划",
        "占全年计划",
        "占年度目标",
        "占全年目标",
        "为年计划",
        "为年度计划",
        "为全年目标",
    ])
});

/// How far after 超额完成 its target and the actual figure may stand, in
/// bytes (about 60 characters).
const OVER_REACH: usize = 180;

static EXCEEDED: LazyLock<crate::text::Needle> =
    LazyLock::new(|| crate::text::Needle::new("超额完成"));

/// “超额完成80亿元的招商任务（实际完成76亿元）”: a target said to be
/// exceeded, and the actual figure of its sentence below it.
fn exceeded(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let (text, qs) = (ctx.text, &ctx.numbers.quantities);
    for at in EXCEEDED.find_iter(text) {
        let Some(sentence) = ctx.marks.layout().sentence_at(at) else {
            continue;
        };
        let end = crate::text::floor_boundary(text, (at + OVER_REACH).min(sentence.whole.end));
        let k = qs.partition_point(|q| q.range.start < at);
        let within = qs[k..].iter().take_while(|q| q.range.end <= end);
        let mut target = None;
        let mut actual = None;
        for q in within {
            if !q.is_exact()
                || q.ordinal
                || !matches!(
                    q.unit.kind,
                    UnitKind::Money | UnitKind::Count | UnitKind::Measure
                )
            {
                continue;
            }
            let before = &text[..q.range.start];
            if target.is_none() {
                // The target is the first figure, before its 目标/任务/计划.
                let rest = &text[q.range.end..end];
                let names = ["目标", "任务", "计划"]
                    .iter()
                    .filter_map(|w| rest.find(w))
                    .min();
                if names.is_some_and(|n| n <= 30) {
                    target = Some(q);
                }
                continue;
            }
            if before.ends_with("实际完成")
                || before.ends_with("实际")
                || before.ends_with("实际为")
            {
                actual = Some(q);
                break;
            }
        }
        let (Some(t), Some(a)) = (target, actual) else {
            continue;
        };
        if t.unit.base != a.unit.base || a.scaled_interval().hi >= t.scaled_interval().lo {
            continue;
        }
        let ratio = a.amount() * a.unit.scale / (t.amount() * t.unit.scale) * 100.0;
        sink.report(
            a.range.clone(),
            format!(
                "说“超额完成”{}的目标，实际完成的{}却低于目标（{} ÷ {} = {}%），请核对数值或说法。",
                sink.quote(t.range.clone()),
                sink.quote(a.range.clone()),
                fmt(a.amount(), a.decimals as usize),
                fmt(t.amount(), t.decimals as usize),
                fmt(ratio, 1),
            ),
        )
        .with_related(t.range.clone(), "目标".to_owned());
    }
}

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    exceeded(ctx, sink);
    let (text, qs) = (ctx.text, &ctx.numbers.quantities);
    for (k, rate) in qs.iter().enumerate() {
        if rate.unit.kind != UnitKind::Percent {
            continue;
        }
        // “完成年计划Y的p%”, “完成年度计划投资p%”.
        let raw = &text[..rate.range.start];
        let before = raw.strip_suffix('的').unwrap_or(raw);
        let before = before.strip_suffix("投资").unwrap_or(before);
        if before.len() == raw.len() && !OF_PLAN.ends(last_chars(before, 8)) {
            continue;
        }
        if short_but_exceeded(text, rate, sink) {
            continue;
        }
        let Some((done, plan)) = plan_figure(ctx, k, before) else {
            continue;
        };
        if !comparable(done, plan) {
            continue;
        }
        let ratio = done
            .scaled_interval()
            .div(&plan.scaled_interval())
            .scale(100.0);
        if ratio.overlaps(&rate.interval()) {
            continue;
        }
        let computed = done.amount() * done.unit.scale / (plan.amount() * plan.unit.scale) * 100.0;
        let message = format!(
            "{} ÷ {} = {}%，文中为{}，请核对完成数、计划数或完成率。",
            sink.quote(done.range.clone()),
            sink.quote(plan.range.clone()),
            fmt(computed, rate.decimals.max(1) as usize),
            sink.quote(rate.range.clone()),
        );
        sink.report(rate.range.clone(), message)
            .with_related(done.range.clone(), "完成数".to_owned())
            .with_related(plan.range.clone(), "计划数".to_owned());
    }
}

/// Words that may stand between a completion rate and the 超额完成 said of
/// it (“，超额完成年度任务”, “，已超额完成”).
const BEFORE_EXCEEDED: [&str; 6] = ["，", ",", "、", "已", "并", "提前"];

/// “完成投资48亿元，占全年目标的93%，超额完成全年任务”: a rate of the
/// plan below 100% said, in the same breath, to exceed it.
fn short_but_exceeded(text: &str, rate: &Quantity, sink: &mut Sink<'_>) -> bool {
    if !rate.is_exact() || rate.interval().hi >= 100.0 {
        return false;
    }
    let mut rest = &text[rate.range.end..];
    while let Some(w) = BEFORE_EXCEEDED.iter().find(|w| rest.starts_with(**w)) {
        rest = &rest[w.len()..];
    }
    if rest.len() == text.len() - rate.range.end || !rest.starts_with("超额完成") {
        return false;
    }
    let at = text.len() - rest.len();
    sink.report(
        rate.range.clone(),
        format!(
            "完成了计划的{}，不足100%，后面却说“超额完成”，请核对完成率或说法。",
            sink.quote(rate.range.clone()),
        ),
    )
    .with_related(at..at + "超额完成".len(), "超额完成".to_owned());
    true
}

/// The figure completed and the plan's figure for the rate `qs[k]`, whose
/// text before its 的 is `before`: “完成X，完成年计划Y的”, “完成X，完成年度
/// 任务（Y）的”, or “年度计划Y……完成X，占年度计划的”.
fn plan_figure<'q>(
    ctx: &'q Ctx<'_>,
    k: usize,
    before: &str,
) -> Option<(&'q Quantity, &'q Quantity)> {
    let (text, qs) = (ctx.text, &ctx.numbers.quantities);
    // The plan's figure right before 的, perhaps in brackets.
    if let Some(plan) = k.checked_sub(1).map(|i| &qs[i]) {
        let gap = &before[plan.range.end.min(before.len())..];
        if plan.range.end <= before.len() && matches!(gap, "" | "）" | ")") {
            let lead = text[..plan.range.start].trim_end_matches(['（', '(']);
            if OF_PLAN.ends(last_chars(lead, 8)) {
                // The figure completed: the nearest of the plan's unit before
                // it, past the growth that may stand between (完成26.4亿元，
                // 同比下降3.1%，完成年度任务（80亿元）的…).
                let done = qs[..k - 1]
                    .iter()
                    .rev()
                    .take(3)
                    .find(|q| q.unit.base == plan.unit.base && q.unit.kind == plan.unit.kind)?;
                let between = &text[done.range.end..plan.range.start];
                return (between.chars().count() <= 24).then_some((done, plan));
            }
            return None;
        }
    }
    // No figure after the plan's words: the plan was stated earlier in the
    // sentence (年度计划16亿元).
    let (n, ()) = OF_PLAN.suffix(last_chars(before, 8))?;
    let words_at = before.len() - n;
    let sentence = ctx
        .marks
        .layout()
        .sentence_at(words_at)
        .map(|s| s.whole.clone())?;
    let in_sentence = &qs[..k];
    // The plan is stated a little before (a bounded look keeps a sentence
    // of a megabyte linear).
    let floor = sentence.start.max(words_at.saturating_sub(PLAN_REACH));
    let from = in_sentence.partition_point(|q| q.range.start < floor);
    let done = in_sentence[from..]
        .iter()
        .rev()
        .find(|q| q.range.end <= words_at)
        .filter(|q| text[q.range.end..words_at].chars().count() <= 4)?;
    // The plan's figure: the one figure of the sentence stated as a plan;
    // with two (新建项目计划投资12亿元、续建项目计划投资30亿元) the
    // whole is not written, and nothing is compared.
    let mut plans = stated_plans(text, &in_sentence[from..], sentence.start, done);
    if let Some(plan) = plans.next() {
        return plans.next().is_none().then_some((done, plan));
    }
    // Or in the sentence before, on the same line (年度计划投资15.2亿元。截至
    // 7月底，已完成投资9.58亿元，占年度计划的63.0%).
    let prev = ctx
        .marks
        .layout()
        .sentence_at(sentence.start.checked_sub(1)?)?
        .whole
        .clone();
    if text[prev.end..sentence.start].contains('\n') {
        return None;
    }
    let from = qs.partition_point(|q| q.range.start < prev.start);
    let to = qs.partition_point(|q| q.range.start < prev.end);
    let mut plans = stated_plans(text, &qs[from..to], prev.start, done);
    let plan = plans.next()?;
    plans.next().is_none().then_some((done, plan))
}

/// The figures of `figures`, in a sentence starting at `start`, stated as
/// a plan (计划投资12亿元), other than `done`.
fn stated_plans<'q>(
    text: &'q str,
    figures: &'q [Quantity],
    start: usize,
    done: &'q Quantity,
) -> impl Iterator<Item = &'q Quantity> + 'q {
    figures.iter().filter(move |q| {
        !std::ptr::eq(*q, done)
            && PLANNED.ends(last_chars(
                &text[start.max(crate::text::floor_boundary(
                    text,
                    q.range.start.saturating_sub(18),
                ))..q.range.start],
                6,
            ))
    })
}

/// How far before 占年度计划的 the plan's own figure is looked for, in
/// bytes (about 200 characters).
const PLAN_REACH: usize = 600;

/// Words before a plan's figure stated on its own: 年度计划16亿元.
static PLANNED: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::words([
        "计划",
        "计划投资",
        "目标",
        "任务",
        "年度计划",
        "年度目标",
        "年度任务",
        "全年计划",
        "全年目标",
        "全年任务",
        "计划完成",
    ])
});

/// Exact figures of one unit family.
fn comparable(a: &Quantity, b: &Quantity) -> bool {
    a.unit.base == b.unit.base
        && a.unit.kind == b.unit.kind
        && matches!(
            a.unit.kind,
            UnitKind::Count | UnitKind::Money | UnitKind::Measure
        )
        && a.interval().hi.is_finite()
        && b.interval().hi.is_finite()
        && b.amount() > 0.0
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::tester::Tester;

    #[test]
    fn rule() {
        Tester::new(&RULE)
            .pass([
                "5个水利项目年度计划投资4.2亿元，全年完成投资3.9亿元，完成年度计划投资92.9%。",
                "全区市级重点项目6个，年度计划投资15.2亿元。截至7月底，已完成投资9.58亿元，占年度计划的63.0%。",
                "新建项目计划投资8亿元、续建项目计划投资19亿元。已完成投资9.58亿元，占年度计划的68.9%。",
                "超额完成签约引资80亿元的年度目标任务（实际完成86亿元）。",
                "超额完成80亿元的招商任务，新签约项目9个，实际到位资金45亿元。",
                "新建项目年度计划投资12亿元；续建项目年度计划投资30亿元；完成投资21亿元，占年度计划的50%。",
                "固定资产投资完成300亿元，完成年计划385亿元的77.9%。",
                "农业总产值72亿元，完成年计划80亿元的90%，增长3.0%。",
                "技改投资完成18.6亿元，完成年度任务（24亿元）的77.5%。",
                "年度计划投资16亿元，上半年完成9.2亿元，占年度计划的57.5%。",
                "重点项目完成投资52亿元，占全年目标的104%，超额完成全年任务。",
                "重点项目完成投资48亿元，占全年目标的93%，基本完成全年任务。",
                "重点项目完成投资48亿元，占年度计划的93%，工业投资超额完成年度任务。",
            ])
            .fail([
                "5个水利项目年度计划投资4.2亿元，全年完成投资3.9亿元，完成年度计划投资82.9%。",
                "5個水利項目年度計劃投資4.2億元，全年完成投資3.9億元，完成年度計劃投資82.9%。",
                "全區市級重點項目6個，年度計劃投資15.2億元。截至7月底，已完成投資9.58億元，佔年度計劃的68.9%。",
                "超額完成簽約引資80億元的年度目標任務（實際完成76億元）。",
                "全区市级重点项目6个，年度计划投资15.2亿元。截至7月底，已完成投资9.58亿元，占年度计划的68.9%。",
                "超额完成签约引资80亿元的年度目标任务（实际完成76亿元）。",
                "全县外贸进出口完成26.4亿元，同比下降3.1%，完成年度任务（80亿元）的36%。",
                "固定资产投资完成300亿元，完成年计划385亿元的87.9%。",
                "农业总产值72亿元,完成年计划80亿元的95%,增长3.0%。",
                "技改投资完成18.6亿元，完成年度任务（24亿元）的87.5%。",
                "年度计划投资16亿元，上半年完成9.2亿元，占年度计划的62.5%。",
                "重点项目完成投资48亿元，占全年目标的93%，超额完成全年任务。",
                "重點項目完成投資48億元，佔全年目標的93%，已超額完成全年任務。",
            ])
            .test_and_snapshot();
    }
}
