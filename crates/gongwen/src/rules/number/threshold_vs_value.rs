//! `threshold-vs-value`: a threshold said to be passed by a figure below it
//! — “全县生产总值突破500亿元、达到486亿元”, “首次超过200座，达到196座”.

use super::fmt;
use crate::finding::{Category, Severity};
use crate::lexicon::WordSet;
use crate::number::{Period, Quantity, UnitKind};
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use crate::text::last_chars;
use std::sync::LazyLock;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "threshold-vs-value",
        title: "突破值与实际值不符",
        category: Category::Number,
        severity: Severity::Warning,
        fix: FixAvailability::None,
        docs: Docs {
            what: "“突破（首次超过、迈上、跨上、站上）X”与紧挨着的实际数值Y（“达到Y”“为Y”）同时出现时，Y必须不小于X；“成为第N个过X的省份”前面写的数值也一样；“由A提高到B、实现两个万亿级跃升（迈上两个千亿元台阶）”，A到B跨过的整数关口个数要与所说的相符；回顾中说某项指标“迈上（跃上、站上）X台阶”时，同一报告里这项指标最近一年的实际数也不能低于X；回顾多年时说“地区生产总值突破X”或“成为……首个（第N个）经济总量超过X的城市（省份）”（多年末的水平；累计数、全国等更大范围的不算），最近一年的实际数也不能低于X；紧接比重说“占据半壁江山”“过半”时，比重不能低于50%；说“建成千座（百家、万亩）……”之后紧接的累计数也不能低于这个整数。按文中写出的位数，无论如何读都小于X时报告。",
            why: "门槛说法常是先写好的，实际数出来后改了数字却没改说法，或者反过来。",
            bad: "全县生产总值突破500亿元、达到486亿元。",
            good: "全县生产总值突破500亿元、达到512亿元，首次超过200座，达到204座。",
        },
    },
    check,
};

/// Words that say a figure passed a threshold.
const PASSED_WORDS: [&str; 12] = [
    "突破",
    "跨越",
    "超过",
    "首次超过",
    "首超",
    "迈上",
    "跨上",
    "站上",
    "跃上",
    "跨过",
    "越过",
    "超",
];
static PASSED: LazyLock<WordSet> = LazyLock::new(|| WordSet::words(PASSED_WORDS));

/// Words right before the actual figure.
static REACHED: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::words(["达到", "达", "为", "实现", "至", "是", "累计达到"]));

/// What may join the threshold and the value: “、达到”, “，为”.
static JOINS: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::words([
        "、", "，", ",", "达到", "达", "为", "实现", "至", "台阶", "大关", "关口", "的",
    ])
});

/// How far back from “成为第N个过X” the figure reached may stand, in
/// bytes (about 40 characters).
const RANK_REACH: usize = 120;

/// The levels a figure may be said to cross, and their size in yuan: “实现
/// 两个万亿级跃升”, “迈上两个千亿元台阶”.
const LEVELS: [(&str, f64); 3] = [("百亿", 1e10), ("千亿", 1e11), ("万亿", 1e12)];

/// How far after a move its count of levels may stand, in bytes (about 12
/// characters: 、实现两个万亿级跃升).
const LEVELS_REACH: usize = 36;

/// “从3.68万亿元增长到4.93万亿元、实现两个万亿级跃升”: the levels of a
/// size crossed by a move, counted from its two figures.
fn levels_crossed(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let (text, qs) = (ctx.text, &ctx.numbers.quantities);
    for t in &ctx.numbers.transitions {
        let (from, to) = (&qs[t.from], &qs[t.to]);
        if t.rank || from.unit.kind != UnitKind::Money || to.unit.kind != UnitKind::Money {
            continue;
        }
        let end = crate::text::floor_boundary(text, (to.range.end + LEVELS_REACH).min(text.len()));
        let after = &text[to.range.end..end];
        let Some(count_at) = after.find('个') else {
            continue;
        };
        if after[..count_at].contains(['。', '；', '，']) {
            continue;
        }
        let Some((run_at, said)) = crate::number::chinese::figure_before(after, count_at) else {
            continue;
        };
        let run = &after[run_at..count_at];
        let rest = &after[count_at + '个'.len_utf8()..];
        let Some((level_word, size)) = LEVELS.iter().find(|(w, _)| rest.starts_with(w)) else {
            continue;
        };
        let tail = &rest[level_word.len()..];
        let tail = tail.strip_prefix('元').unwrap_or(tail);
        let tail = tail.strip_prefix('级').unwrap_or(tail);
        if !tail.starts_with("跃升") && !tail.starts_with("台阶") {
            continue;
        }
        // Every reading of the two figures as written.
        let (a, b) = (from.scaled_interval(), to.scaled_interval());
        let fewest = ((b.lo / size).floor() - (a.hi / size).floor()).max(0.0);
        let most = ((b.hi / size).floor() - (a.lo / size).floor()).max(0.0);
        if (fewest..=most).contains(&said) {
            continue;
        }
        let words_at = to.range.end + run_at;
        let words_end = to.range.end + count_at + '个'.len_utf8() + level_word.len();
        sink.report(
            words_at..words_end,
            format!(
                "从{}到{}跨过的{}元整数关口是{}个，文中说{}个，请核对数值或说法。",
                sink.quote(from.range.clone()),
                sink.quote(to.range.clone()),
                level_word,
                most,
                run,
            ),
        )
        .with_related(from.range.clone(), "原来的数".to_owned())
        .with_related(to.range.clone(), "现在的数".to_owned());
    }
}

/// Words that say a level now stands on a step: “粮食总产量登上300亿斤台阶”.
const STEP_WORDS: [&str; 5] = ["迈上", "跃上", "站上", "跨上", "登上"];

/// Adverbs between a metric and its step word (经济总量连续迈上).
const STEP_ADVERBS: [&str; 7] = ["连续", "首次", "成功", "先后", "接连", "相继", "稳步"];

/// How far after a step's figure 台阶 may stand, in bytes (两个台阶).
const STEP_REACH: usize = 15;

/// A step a review says a metric stands on, anywhere in the report.
struct Step<'q> {
    key: String,
    report: usize,
    /// The highest figure of the step's list (2千亿、3千亿两个台阶).
    top: &'q Quantity,
    /// Its size in the unit's base (5万亿 → 5e12), a bare magnitude read,
    /// and its words.
    size: f64,
    top_range: std::ops::Range<usize>,
    /// The step word and its figures.
    said: std::ops::Range<usize>,
}

/// “经济总量先后站上2千亿、3千亿两个台阶” in the review of five years, and
/// “全县地区生产总值2963亿元” in the review of the last: a level said to
/// stand on a step and the same metric's figure of the latest year below
/// it, wherever the two stand in one report.
fn steps_across_report(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let (text, m) = (ctx.text, &ctx.numbers);
    let qs = &m.quantities;
    static STEP: LazyLock<crate::text::Needle> = LazyLock::new(|| crate::text::Needle::new("台阶"));
    let mut steps: Vec<Step<'_>> = Vec::new();
    for at in STEP.find_iter(text) {
        if let Some(step) = step_before(ctx, at) {
            steps.push(step);
        }
    }
    if steps.is_empty() {
        return;
    }
    let many = ctx.many_years();
    for s in &m.statements {
        let v = &qs[s.quantity];
        if s.kind != crate::number::Kind::Actual
            || many.of(s)
            || v.ordinal
            || !matches!(
                v.unit.kind,
                UnitKind::Count | UnitKind::Money | UnitKind::Measure
            )
            || !v.interval().hi.is_finite()
        {
            continue;
        }
        let raw = &text[s.metric.clone()];
        if raw.chars().count() < 2
            || ["新增", "增加", "增量", "累计", "年均"]
                .iter()
                .any(|w| raw.contains(w))
        {
            continue;
        }
        let report = ctx.calendar.report_start(v.range.start);
        let below = |step: &&Step<'_>| {
            step.report == report
                && (step.top.unit.kind == UnitKind::None
                    || (step.top.unit.base == v.unit.base && step.top.unit.kind == v.unit.kind))
                // A figure written to its last digit, rounded or cut,
                // stays below the next unit of that digit: 2963亿 is
                // below 3千亿 however it was read.
                && v.scaled_interval().hi <= step.size
        };
        let Some(step) = steps.iter().find(below) else {
            continue;
        };
        if crate::number::metric::key(raw) != step.key.as_str() {
            continue;
        }
        let Some(year) = latest_year(ctx, s) else {
            continue;
        };
        let message = format!(
            "前文说“{}”，而{year}年的实际数值{}小于{}，请核对数值或说法。",
            sink.quote(step.said.clone()),
            sink.quote(v.range.clone()),
            sink.quote(step.top_range.clone()),
        );
        sink.report(v.range.clone(), message)
            .with_related(step.top_range.clone(), "门槛".to_owned());
    }
}

/// The year of the figure `s` states, when it is the latest year the
/// report reviews.
fn latest_year(ctx: &Ctx<'_>, s: &crate::number::Statement) -> Option<u32> {
    let at = ctx.numbers.quantities[s.quantity].range.start;
    let latest = ctx.calendar.latest_review(at)?;
    (ctx.stated_year(s)? == latest).then_some(latest)
}

/// “这五年……地区生产总值突破3.3万亿元” and “2025年……地区生产总值32765
/// 亿元”: a level a look back over several years says was passed (its
/// level at the end) and the same metric's figure of the latest year
/// below it, wherever the two stand in one report.
fn passed_in_look_back(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let (text, m) = (ctx.text, &ctx.numbers);
    let qs = &m.quantities;
    // A level: what the metric stands at, not what it added; a bound's
    // names no period, a year's figure may name its year (2025年，全省完成
    // 地区生产总值…) or the whole year.
    let level = |s: &crate::number::Statement| {
        let raw = &text[s.metric.clone()];
        s.kind == crate::number::Kind::Actual
            && raw.chars().count() >= 4
            && !["新增", "增加", "增量", "累计", "年均", "合计", "总计"]
                .iter()
                .any(|w| raw.contains(w))
    };
    // Cheapest test first: a bound written with a word of passing.
    let passed: Vec<&crate::number::Statement> = m
        .statements
        .iter()
        .filter(|s| {
            let q = &qs[s.quantity];
            let near = crate::text::last_chars(&text[..q.range.start], 8);
            q.qualifier == Some(crate::number::Qualifier::AtLeast)
                && PASSED.ends(crate::text::last_chars(&text[..q.range.start], 4))
                && !["累计", "合计", "总计", "共"]
                    .iter()
                    .any(|w| near.contains(w))
                && level(s)
                && s.period.is_none()
                && (opens_its_sentence(text, s) || first_to_pass(text, s).is_some())
        })
        .collect();
    if passed.is_empty() {
        return;
    }
    let many = ctx.many_years();
    let passed: Vec<(&crate::number::Statement, String, usize)> = passed
        .into_iter()
        .filter(|s| many.in_look_back(s.paragraph))
        .map(|s| {
            let q = &qs[s.quantity];
            let metric = first_to_pass(text, s).unwrap_or(s.metric.clone());
            let key = crate::number::metric::key(&text[metric]).into_owned();
            (s, key, ctx.calendar.report_start(q.range.start))
        })
        .collect();
    if passed.is_empty() {
        return;
    }
    for s in &m.statements {
        let v = &qs[s.quantity];
        let one_year = matches!(
            s.period,
            None | Some(Period::Year(_)) | Some(Period::Named("全年"))
        );
        if many.of(s)
            || !level(s)
            || !one_year
            || v.qualifier.is_some()
            || !v.interval().hi.is_finite()
        {
            continue;
        }
        let report = ctx.calendar.report_start(v.range.start);
        let Some((bound, _, _)) = passed.iter().find(|(b, key, r)| {
            let t = &qs[b.quantity];
            *r == report
                && t.unit.base == v.unit.base
                && t.unit.kind == v.unit.kind
                // A threshold is a round number meant exactly (突破3.3万亿元).
                && v.scaled_interval().hi < t.amount() * t.unit.scale
                && crate::number::metric::key(&text[s.metric.clone()]) == key.as_str()
        }) else {
            continue;
        };
        let Some(year) = latest_year(ctx, s) else {
            continue;
        };
        let t = &qs[bound.quantity];
        let word_at = t.range.start
            - PASSED
                .suffix(crate::text::last_chars(&text[..t.range.start], 4))
                .map_or(0, |(n, ())| n);
        let message = format!(
            "回顾多年时说“{}”，而{year}年的实际数值{}小于它，请核对数值或说法。",
            sink.quote(word_at..t.range.end),
            sink.quote(v.range.clone()),
        );
        sink.report(v.range.clone(), message)
            .with_related(t.range.clone(), "门槛".to_owned());
    }
}

/// Words after a threshold passed first (……首个经济总量超过3万亿元的城市):
/// what passed it.
const FIRST_OF: [&str; 6] = ["的城市", "的省份", "的省", "的地区", "的省区", "的经济体"];

/// Areas larger than the report's own: their milestones are not its.
const LARGER: [&str; 3] = ["我国", "全国", "中国"];

/// “重庆成为中西部地区首个经济总量超过3万亿元的城市”: a look back saying
/// the area was the first (or the Nth) to pass a level. Whichever area
/// passed it is the report's own or lies inside it, so the report's own
/// figure is at least the level. The metric: its words after 首个/第N个.
fn first_to_pass(text: &str, s: &crate::number::Statement) -> Option<std::ops::Range<usize>> {
    let metric = &text[s.metric.clone()];
    let after_q = &text[s.metric.end..];
    let q_end = after_q
        .find(|c: char| FIRST_OF.iter().any(|w| w.starts_with(c)))
        .map(|k| s.metric.end + k)?;
    if !FIRST_OF.iter().any(|w| text[q_end..].starts_with(w)) || q_end - s.metric.end > 24 {
        return None;
    }
    let k = metric.rfind("首个").map(|k| k + "首个".len()).or_else(|| {
        let at = metric.rfind('个')?;
        metric[..at]
            .ends_with(|c: char| c.is_ascii_digit() || crate::number::chinese::is_numeral(c))
            .then_some(at + '个'.len_utf8())
    })?;
    if !metric[..k].contains("成为") || LARGER.iter().any(|w| metric.contains(w)) {
        return None;
    }
    let own = s.metric.start + k..s.metric.end;
    (text[own.clone()].chars().count() >= 2).then_some(own)
}

/// What may stand before a look back's metric in its sentence: its opener
/// or the report's own area (这五年，地区生产总值…; 全省经济总量…).
const OPENERS: [&str; 12] = [
    "五年来",
    "这五年",
    "过去五年",
    "“十四五”时期",
    "“十四五”以来",
    "十四五以来",
    "全省",
    "全市",
    "全县",
    "全区",
    "我省",
    "我市",
];

/// Whether the metric of `s` opens its sentence, after an opener at most:
/// a metric after another clause (成渝地区双城经济圈建设走深走实，经济总量…)
/// may be another area's.
fn opens_its_sentence(text: &str, s: &crate::number::Statement) -> bool {
    let lead = text[s.sentence.start..s.metric.start.max(s.sentence.start)]
        .trim_matches(|c: char| crate::layout::BLANKS.contains(&c))
        .trim_end_matches(['，', ',']);
    lead.is_empty() || OPENERS.contains(&lead)
}

/// The size of a step's figure in its unit's base: a bare figure's
/// magnitude (5万亿) is read from the words after it.
fn step_size(text: &str, q: &Quantity) -> (f64, std::ops::Range<usize>) {
    if q.unit.kind != UnitKind::None {
        return (q.amount() * q.unit.scale, q.range.clone());
    }
    let after = &text[q.range.end..];
    let (word, scale) = [("万亿", 1e12), ("亿", 1e8), ("万", 1e4)]
        .into_iter()
        .find(|(w, _)| after.starts_with(w))
        .unwrap_or(("", 1.0));
    (q.amount() * scale, q.range.start..q.range.end + word.len())
}

/// The step whose 台阶 starts at `at`: a step word before a list of
/// figures of one unit family right before 台阶, said in a review.
fn step_before<'q>(ctx: &Ctx<'q>, at: usize) -> Option<Step<'q>> {
    let (text, qs) = (ctx.text, &ctx.numbers.quantities);
    // The last figure before 台阶, close to it, with no break between.
    let mut i = qs.partition_point(|q| q.range.end <= at).checked_sub(1)?;
    // The count of steps (两个台阶) is no step.
    if qs[i].chinese && qs[i].range.end == at {
        i = i.checked_sub(1)?;
    }
    let top_last = &qs[i];
    let gap = &text[top_last.range.end..at];
    if gap.len() > STEP_REACH || gap.contains(['，', '。', '；', '、', ',', ';']) {
        return None;
    }
    // Back through a list joined by 、 to its first figure.
    let mut first = i;
    let joint = |gap: &str| {
        let gap = ["万亿", "亿", "万"]
            .iter()
            .find_map(|w| gap.strip_prefix(w))
            .unwrap_or(gap);
        gap == "、"
    };
    while first > 0 && joint(&text[qs[first - 1].range.end..qs[first].range.start]) {
        first -= 1;
    }
    let list = &qs[first..=i];
    // A bare figure with its magnitude (2千亿、3千亿两个台阶) is of the
    // metric's unit.
    let bare = |q: &Quantity| {
        q.unit.kind == UnitKind::None
            && (q.magnitude >= 1e4
                || ["万", "亿"]
                    .iter()
                    .any(|w| text[q.range.end..].starts_with(w)))
    };
    if list.iter().any(|q| {
        q.ordinal
            || q.unit.kind != top_last.unit.kind
            || !(matches!(
                q.unit.kind,
                UnitKind::Count | UnitKind::Money | UnitKind::Measure
            ) || bare(q))
    }) {
        return None;
    }
    let start = qs[first].range.start;
    let before = &text[..start];
    let word = STEP_WORDS.iter().find(|w| before.ends_with(*w))?;
    let word_at = start - word.len();
    // The metric: its clause up to the step word, adverbs left out.
    let clause = ctx.marks.layout().clause_at(text, start)?;
    if clause.start > word_at {
        return None;
    }
    let mut metric = &text[clause.start..word_at];
    while let Some(rest) = STEP_ADVERBS.iter().find_map(|a| metric.strip_suffix(a)) {
        metric = rest;
    }
    if metric.chars().count() < 2 {
        return None;
    }
    // Said of what was done: not in a plan.
    if let Some((_, crate::calendar::YearSource::Part { plan: true })) =
        ctx.calendar.year_of(text, clause.clone(), start)
    {
        return None;
    }
    let top = list
        .iter()
        .max_by(|a, b| step_size(text, a).0.total_cmp(&step_size(text, b).0))?;
    let (size, top_range) = step_size(text, top);
    Some(Step {
        key: crate::number::metric::key(metric).into_owned(),
        report: ctx.calendar.report_start(start),
        top,
        size,
        top_range,
        said: word_at..at + "台阶".len(),
    })
}

/// Words that say a share passed a fraction without a figure: “首次占据
/// ‘半壁江山’” and “过半” say at least half.
const HALF_WORDS: [&str; 5] = ["超过一半", "超过半数", "半壁江山", "超半数", "过半"];

/// What may stand between a share and the words that say it passed half:
/// “49.2%，首次撑起‘半壁江山’”, “52%、首次过半”.
static HALF_JOINS: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::words([
        "，", ",", "、", "首次", "已", "已经", "稳居", "占据", "撑起", "占", "实现", "“", "‘",
    ])
});

/// “第三产业比重提高到49.2%，首次撑起‘半壁江山’”: a share said to be at
/// least half (半壁江山, 过半) stated below it.
fn half_words(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let (text, qs) = (ctx.text, &ctx.numbers.quantities);
    // Every word holds 半: found by memchr, the word read around it (an
    // automaton over Chinese text has no prefilter and costs more).
    static HALF_CHAR: LazyLock<crate::text::Needle> =
        LazyLock::new(|| crate::text::Needle::new("半"));
    for at in HALF_CHAR.find_iter(text) {
        let Some(word) = HALF_WORDS.iter().find_map(|w| {
            let start = at.checked_sub(w.find('半')?)?;
            text.get(start..)
                .is_some_and(|rest| rest.starts_with(w))
                .then(|| start..start + w.len())
        }) else {
            continue;
        };
        let i = qs.partition_point(|q| q.range.end <= word.start);
        let Some(share) = i.checked_sub(1).map(|k| &qs[k]) else {
            continue;
        };
        if share.unit.kind != UnitKind::Percent
            || share.qualifier.is_some()
            || !HALF_JOINS.spans(&text[share.range.end..word.start], 4)
            || share.written_interval().hi > 50.0
        {
            continue;
        }
        let message = format!(
            "说“{}”（至少一半），而所写的比重{}不到50%，请核对数值或说法。",
            sink.quote(word.clone()),
            sink.quote(share.range.clone()),
        );
        sink.report(share.range.clone(), message)
            .with_related(word, "说法".to_owned());
    }
}

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    levels_crossed(ctx, sink);
    steps_across_report(ctx, sink);
    passed_in_look_back(ctx, sink);
    half_words(ctx, sink);
    let (text, qs) = (ctx.text, &ctx.numbers.quantities);
    // “达到9.8万亿元，成为全国第三个过10万亿元的省份”: a place ranked among
    // those past a threshold, its figure given before in the sentence.
    for (i, threshold) in qs.iter().enumerate() {
        if !text[..threshold.range.start].ends_with("个过") {
            continue;
        }
        let from = threshold.range.start.saturating_sub(RANK_REACH);
        let Some(value) = qs[..i]
            .iter()
            .rev()
            .take_while(|q| q.range.start >= from)
            .find(|q| {
                comparable(threshold, q) && REACHED.ends(last_chars(&text[..q.range.start], 3))
            })
        else {
            continue;
        };
        if text[value.range.end..threshold.range.start].contains(['。', '；', ';', '\n']) {
            continue;
        }
        report_below(sink, threshold, value, "过".len());
    }
    for q in qs {
        round_goal_done(text, q, sink);
    }
    for pair in qs.windows(2) {
        // Either order: “突破X、达到Y” or “达到Y，突破X”.
        for (threshold, value) in [(&pair[0], &pair[1]), (&pair[1], &pair[0])] {
            // The actual figure is said to be reached (达到Y, 为Y); a value
            // that is itself a threshold, an increment (新增Y) or the next
            // item of a list (超过98%、85%) is not it.
            if !passes(text, threshold)
                || !REACHED.ends(last_chars(&text[..value.range.start], 3))
                || !comparable(threshold, value)
            {
                continue;
            }
            // Between the two: only joining words (and the threshold's own
            // word when it comes second).
            let (first, second) = (&pair[0], &pair[1]);
            let gap_end = if std::ptr::eq(second, threshold) {
                word_range(text, threshold).start
            } else {
                second.range.start
            };
            if first.range.end > gap_end || !JOINS.spans(&text[first.range.end..gap_end], 4) {
                continue;
            }
            let word = threshold.range.start - word_range(text, threshold).start;
            report_below(sink, threshold, value, word);
        }
    }
}

/// Words that say a goal was reached.
const DONE_WORDS: [&str; 3] = ["建成", "实现", "完成"];

/// “如期建成千座口袋公园，总数达到996座”: a goal named by a round count in
/// words (百/千/万 and the value's unit), said to be reached, and the count
/// reached right after it, below the goal.
fn round_goal_done(text: &str, value: &Quantity, sink: &mut Sink<'_>) {
    if value.chinese
        || value.unit.kind != UnitKind::Count
        || !REACHED.ends(last_chars(&text[..value.range.start], 3))
    {
        return;
    }
    let unit = &text[value.digits.end..value.range.end];
    let before = last_chars(&text[..value.range.start], GOAL_REACH);
    let from = value.range.start - before.len();
    for word in DONE_WORDS {
        let Some(k) = before.rfind(word) else {
            continue;
        };
        let rest = &before[k + word.len()..];
        let Some((round, size)) = [("百", 100.0), ("千", 1000.0), ("万", 10000.0)]
            .into_iter()
            .find(|(r, _)| rest.starts_with(r))
        else {
            continue;
        };
        let after = &rest[round.len()..];
        if unit.is_empty()
            || !after.starts_with(unit)
            || after.contains(['。', '；', ';', '、'])
            || value.scaled_interval().hi >= size * value.unit.scale
        {
            continue;
        }
        let goal = from + k..from + k + word.len() + round.len() + unit.len();
        let message = format!(
            "说“{}”，而实际数值{}小于{}，请核对数值或说法。",
            sink.quote(goal.clone()),
            sink.quote(value.range.clone()),
            fmt(size, 0) + unit,
        );
        sink.report(value.range.clone(), message)
            .with_related(goal, "目标".to_owned());
        return;
    }
}

/// How far before the count reached its round goal may stand, in
/// characters (建成千座口袋公园，总数达到).
const GOAL_REACH: usize = 16;

/// Reports `value` when it lies below `threshold`, whose word is the
/// `word` bytes before it.
fn report_below(sink: &mut Sink<'_>, threshold: &Quantity, value: &Quantity, word: usize) {
    // A threshold is a round number meant exactly (5万亿元), not a
    // rounded measurement.
    let t = threshold.amount() * threshold.unit.scale;
    if value.scaled_interval().hi >= t {
        return;
    }
    let message = format!(
        "说“{}”，而实际数值{}小于{}，请核对数值或说法。",
        sink.quote(threshold.range.start - word..threshold.range.end),
        sink.quote(value.range.clone()),
        sink.quote(threshold.range.clone()),
    );
    sink.report(value.range.clone(), message)
        .with_related(threshold.range.clone(), "门槛".to_owned());
}

/// Whether a threshold word stands right before `q`.
fn passes(text: &str, q: &Quantity) -> bool {
    // Cheapest test first: the character before must end such a word.
    let before = &text[..q.range.start];
    before.ends_with(|c: char| PASSED_LAST.contains(&c)) && PASSED.ends(last_chars(before, 4))
}

/// The last characters of the threshold words.
static PASSED_LAST: LazyLock<Vec<char>> = LazyLock::new(|| {
    PASSED_WORDS
        .iter()
        .filter_map(|w| w.chars().next_back())
        .collect()
});

/// The range of the threshold word before `q`.
fn word_range(text: &str, q: &Quantity) -> std::ops::Range<usize> {
    let before = last_chars(&text[..q.range.start], 4);
    let n = PASSED.suffix(before).map_or(0, |(n, ())| n);
    q.range.start - n..q.range.start
}

/// Figures of one unit family, the value exact or nearly.
fn comparable(t: &Quantity, v: &Quantity) -> bool {
    t.unit.base == v.unit.base
        && t.unit.kind == v.unit.kind
        && matches!(
            v.unit.kind,
            UnitKind::Count | UnitKind::Money | UnitKind::Measure | UnitKind::Percent
        )
        && !t.ordinal
        && !v.ordinal
        && v.interval().hi.is_finite()
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::tester::Tester;

    #[test]
    fn rule() {
        Tester::new(&RULE)
            .pass([
                // A level the look back says was passed, and the latest year's.
                "某省2026年政府工作报告\n各位代表：\n一、“十四五”时期和2025年工作回顾\n这五年，我们推动高质量发展。\n地区生产总值突破3.3万亿元、年均增长4.7%。\n各位代表！刚刚过去的2025年，我们稳中求进。全省完成地区生产总值33765亿元、增长4.1%。\n二、2026年工作安排\n抓好项目。\n",
                // The first to pass a level, said of a larger area.
                "某市2026年政府工作报告\n一、“十四五”时期工作回顾\n这五年，我国成为全球首个经济总量超过100万亿元的经济体。\n2025年，全市地区生产总值达到1864亿元。\n二、2026年工作安排\n抓好项目。\n",
                // A sum over the years, and another area's level.
                "某省2026年政府工作报告\n各位代表：\n一、“十四五”时期和2025年工作回顾\n这五年，我们推动高质量发展。\n实际使用外资累计超过1000亿美元。城市群建设走深走实，经济总量超9万亿元。\n各位代表！刚刚过去的2025年，我们稳中求进。实际使用外资160.6亿美元。全省完成地区生产总值32765亿元。\n二、2026年工作安排\n抓好项目。\n",
                "如期建成千座口袋公园，总数达到1008座。",
                "建设千座口袋公园，总数达到996座。",
                "第三产业在全县生产总值中的比重提高到50.6%，首次撑起“半壁江山”。",
                "第三产业比重提高到49.2%，民营经济撑起“半壁江山”。",
                "民营经济占比达到50%、首次过半。",
                "占比一半，首次过半。",
                "一半的企业。",
                "某a年上半年。",
                // A step said in a review, the latest year's figure on it;
                // an earlier year's below it; another metric; a plan's step.
                "某市2026年政府工作报告\n一、“十四五”时期和2025年工作回顾\n过去五年，全市经济总量先后站上4万亿、5万亿两个台阶。\n2025年，全市地区生产总值5.1万亿元。\n二、2026年工作安排\n抓好发展。\n",
                "某市2026年政府工作报告\n一、“十四五”时期和2025年工作回顾\n过去五年，粮食总产量稳步登上300亿斤台阶。\n2021年，全市粮食总产量280.2亿斤。\n二、2026年工作安排\n抓好发展。\n",
                "某市2026年政府工作报告\n一、“十四五”时期和2025年工作回顾\n过去五年，粮食总产量稳步登上300亿斤台阶。\n2025年，全市油料产量45.6亿斤。\n二、2026年工作安排\n抓好发展。\n",
                "某市2026年政府工作报告\n一、2025年工作回顾\n2025年，全市粮食总产量296.4亿斤。\n二、2026年工作安排\n力争粮食总产量迈上300亿斤台阶。\n",
                "工业产值由860亿元增加到1030亿元，迈上两个百亿元台阶。",
                "全市经济总量由2020年的1.42万亿元提高到2025年的3.05万亿元、实现两个万亿级跃升。",
                "全县生产总值突破500亿元、达到512亿元。",
                "公园数量首次超过200座，达到204座。",
                "全县经济总量达到102.3亿元，迈上100亿元台阶。",
                "全市经济总量达到2.04万亿元，成为本省第二个过2万亿元的城市。",
                "达到1.96万亿元。成为本省第二个过2万亿元城市的目标更近了。",
                // Different kinds of figure.
                "突破100家，带动就业2万人。",
                "入园率超过96%、88%，新建管网300公里、突破2000公里，市场主体超9万户，6家企业获评。",
            ])
            .fail([
                "某省2026年政府工作报告\n各位代表：\n一、“十四五”时期和2025年工作回顾\n这五年，我们推动高质量发展。\n地区生产总值突破3.3万亿元、年均增长4.7%。\n各位代表！刚刚过去的2025年，我们稳中求进。全省完成地区生产总值32765亿元、增长4.1%。\n二、2026年工作安排\n抓好项目。\n",
                // The first area to pass a level, in a paragraph that looks
                // back on the period after the address.
                "某市2026年政府工作报告\n一、2025年和“十四五”时期工作回顾\n2025年，全市地区生产总值达到18640亿元、增长5.1%。\n各位代表！站在2025年回望“十四五”，全市发展迈出坚实步伐。五年间，我市服务业持续壮大，本市成为西部首个经济总量超过2万亿元的城市。\n二、2026年工作安排\n抓好项目。\n",
                // The threshold's clause has a verb alone: its subject is the
                // sentence's (经济总量 = 地区生产总值).
                "某省2026年政府工作报告\n一、“十四五”时期和2025年工作回顾\n五年来，我们推动高质量发展。经济总量跨过两个千亿元台阶、超过5000亿元，年均增长5.2%。\n2025年，全省完成地区生产总值4862亿元、增长4.3%。\n二、2026年工作安排\n抓好项目。\n",
                "如期建成千座口袋公园，总数达到996座。",
                "第三产业在全县生产总值中的比重提高到49.2%，首次撑起“半壁江山”。",
                "民营经济占比达到48.6%、首次过半。",
                "某市2026年政府工作报告\n一、“十四五”时期和2025年工作回顾\n过去五年，全市经济总量先后站上4万亿、5万亿两个台阶。\n2025年，全市地区生产总值4.9万亿元、增长5.2%。\n二、2026年工作安排\n抓好发展。\n",
                "某省2026年政府工作报告\n一、“十四五”时期和2025年工作回顾\n过去五年，粮食总产量稳步登上300亿斤台阶。\n2025年，全省粮食总产量296.4亿斤、再创新高。\n二、2026年工作安排\n抓好发展。\n",
                "某省2026年政府工作報告\n一、“十四五”時期和2025年工作回顧\n過去五年，糧食總產量穩步登上300億斤台階。\n2025年，全省糧食總產量296.4億斤。\n二、2026年工作安排\n抓好發展。\n",
                "全市经济总量由2020年的1.42万亿元提高到2025年的2.31万亿元、实现两个万亿级跃升。",
                "全市經濟總量達到1.96萬億元，成為本省第二個過2萬億元的城市。",
                "财政收入跨越8亿元大关，达到7.6亿元。",
                "全县生产总值突破500亿元、达到486亿元。",
                "全县经济总量达到96.8亿元，迈上100亿元台阶。",
                "全市经济总量增长6.1%、达到1.96万亿元，成为本省第二个、沿江第一个过2万亿元的城市。",
            ])
            .test_and_snapshot();
    }
}
