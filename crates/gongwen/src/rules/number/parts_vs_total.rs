//! `parts-vs-total`: a breakdown that does not add up to its total —
//! “共120家，其中…” with parts that exceed it, an exhaustive split (分为、
//! “…，共计N家”) whose parts do not sum to it, or 净增 ≠ 新增 − 退出.

use super::fmt;
use crate::finding::{Category, Severity};
use crate::number::{names_a_kind, Interval, Quantity, UnitKind};
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use crate::text::Needle;
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "parts-vs-total",
        title: "分项之和与总数不符",
        category: Category::Number,
        severity: Severity::Warning,
        fix: FixAvailability::None,
        docs: Docs {
            what: "总数与其构成对不上：明确完整的构成（分为……、“……，共计N家”）各部分之和必须等于总数；只列部分的构成（其中、包括、等）各部分之和不能超过总数，但“其中”后恰是一个整体的两半（中央和地方、城镇和乡村，见 partitions.json）时，两部分之和必须等于总数；“一是……6项指标，二是……5项指标……以上共计N项指标”，N应等于前面各项之和；紧接总数的分句以同一量词的数开头、省去了名称（“形成案例64项，71项获推广”），说的是其中一部分，也不能超过总数；净增应等于新增减去退出；“9金、5银、6铜共20枚奖牌”，各色奖牌之和应等于总数；规划的预期性指标与约束性指标个数之和应等于同一句的主要指标个数。",
            why: "总数和分项常来自不同报表，更新一处忘了另一处，就会出现“部分大于整体”的低级错误。",
            bad: "全县规上工业企业120家，其中高新技术企业78家、专精特新企业52家。省级10家、市级15家，共计28家。",
            good: "全县规上工业企业120家，其中高新技术企业45家、专精特新企业30家等。省级10家、市级15家，共计25家。",
        },
    },
    check,
};

const PARTIAL: &[&str] = &["其中：", "其中:", "其中", "包括", "含"];
const EXHAUSTIVE: &[&str] = &["分为", "分成"];
const TOTAL_AFTER: &[&str] = &["共计", "合计", "总计", "共"];

fn is_amount(q: &Quantity) -> bool {
    !q.ordinal
        && !q.chinese
        && q.malformed.is_none()
        && q.is_exact()
        && matches!(
            q.unit.kind,
            UnitKind::Count | UnitKind::Money | UnitKind::Measure
        )
}

/// Whether two amounts count in one unit: the same, or 家 and 户, both
/// said of businesses (经营主体14.7万户、其中企业9.3万家).
fn same_base(a: &Quantity, b: &Quantity) -> bool {
    let firm = |q: &Quantity| matches!(q.unit.base, "家" | "户");
    a.unit.base == b.unit.base || (firm(a) && firm(b))
}

fn sum(qs: &[&Quantity]) -> Interval {
    qs.iter()
        .fold(Interval::exact(0.0), |acc, q| acc.add(&q.scaled_interval()))
}

/// A medal count: gold, silver and bronze, then their total — “9金、5银、
/// 6铜共20枚奖牌”. The colours are no units of the number model.
static MEDALS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"([0-9]+)金、?([0-9]+)银、?([0-9]+)铜[，,]?(?:共计|合计|总计|共)([0-9]+)枚")
        .expect("the medal pattern compiles")
});

/// How far before 铜 a medal count may start, in bytes.
const MEDALS_REACH: usize = 40;

fn medals(text: &str, sink: &mut Sink<'_>) {
    static BRONZE: LazyLock<Needle> = LazyLock::new(|| Needle::new("铜"));
    for at in BRONZE.find_iter(text) {
        let from = crate::text::floor_boundary(text, at.saturating_sub(MEDALS_REACH));
        let to = crate::text::floor_boundary(text, (at + MEDALS_REACH).min(text.len()));
        let Some(c) = MEDALS.captures(&text[from..to]) else {
            continue;
        };
        let whole = c.get(0).map_or(0..0, |m| m.range());
        // Each count is read once, at its own 铜.
        if from + whole.start > at || at >= from + whole.end {
            continue;
        }
        let n = |i: usize| c.get(i).and_then(|m| m.as_str().parse::<u64>().ok());
        let (Some(g), Some(sv), Some(b), Some(total)) = (n(1), n(2), n(3), n(4)) else {
            continue;
        };
        if g + sv + b == total {
            continue;
        }
        let t = c.get(4).map_or(0..0, |m| from + m.start()..from + m.end());
        sink.report(
            t.clone(),
            format!(
                "{g} + {sv} + {b} = {}枚，文中说共{total}枚，请核对奖牌数。",
                g + sv + b
            ),
        );
    }
}

/// The count right before `word` (16个预期性指标) or right after it
/// (预期性指标16项), in `qs`.
fn count_at<'q>(text: &str, qs: &'q [Quantity], word: Range<usize>) -> Option<&'q Quantity> {
    let k = qs.partition_point(|q| q.range.start < word.start);
    let before = k
        .checked_sub(1)
        .map(|i| &qs[i])
        .filter(|q| q.range.end == word.start);
    let after = qs.get(k).filter(|q| {
        q.range.start >= word.end
            && text[word.end..q.range.start]
                .strip_prefix("指标")
                .is_some_and(str::is_empty)
    });
    before
        .or(after)
        .filter(|q| q.unit.kind == UnitKind::Count && q.is_exact() && !q.ordinal)
}

/// “20个主要指标，包括……13个预期性指标，还有……8个约束性指标”: the
/// indicators of a plan are expected (预期性) or binding (约束性), and the
/// two counts add up to the main indicators of the same sentence.
fn indicator_kinds(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    static BINDING: LazyLock<Needle> = LazyLock::new(|| Needle::new("约束性"));
    static EXPECTED: LazyLock<Needle> = LazyLock::new(|| Needle::new("预期性"));
    static MAIN: LazyLock<Needle> = LazyLock::new(|| Needle::new("主要指标"));
    let (text, qs) = (ctx.text, &ctx.numbers.quantities);
    for at in BINDING.find_iter(text) {
        let Some(sentence) = ctx.marks.layout().sentence_at(at) else {
            continue;
        };
        let s = sentence.whole.clone();
        let find = |n: &Needle| {
            n.find_iter(&text[s.clone()])
                .map(|k| s.start + k)
                .collect::<Vec<_>>()
        };
        let (expected, main) = (find(&EXPECTED), find(&MAIN));
        let (Some(&e), Some(&m)) = (expected.first(), main.first()) else {
            continue;
        };
        if expected.len() > 1 || main.len() > 1 || find(&BINDING).len() > 1 {
            continue;
        }
        let (Some(b), Some(e), Some(t)) = (
            count_at(text, qs, at..at + "约束性".len()),
            count_at(text, qs, e..e + "预期性".len()),
            count_at(text, qs, m..m + "主要指标".len()),
        ) else {
            continue;
        };
        if b.value + e.value == t.value {
            continue;
        }
        sink.report(
            t.range.clone(),
            format!(
                "预期性指标{}与约束性指标{}之和为{}，与主要指标{}不符，请核对。",
                sink.quote(e.range.clone()),
                sink.quote(b.range.clone()),
                e.value + b.value,
                sink.quote(t.range.clone()),
            ),
        )
        .with_related(e.range.clone(), "预期性指标".to_owned())
        .with_related(b.range.clone(), "约束性指标".to_owned());
    }
}

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let text = ctx.text;
    medals(text, sink);
    indicator_kinds(ctx, sink);
    let m = ctx.numbers;
    let groups = ctx.marks.layout().groups();
    // One pair of buffers for every sentence.
    let (mut idx, mut qs): (Vec<usize>, Vec<&Quantity>) = (Vec::new(), Vec::new());
    for para in &m.paragraphs {
        sum_above(text, m, para.range.clone(), sink);
        for pair in para.sentences.windows(2) {
            parts_in_next_sentence(text, m, groups, &pair[0], &pair[1], sink);
        }
        for sentence in &para.sentences {
            // A total and a part at least.
            let found = m.quantities_in(sentence);
            if found.len() < 2 {
                continue;
            }
            idx.clear();
            idx.extend(found);
            qs.clear();
            qs.extend(idx.iter().map(|&i| &m.quantities[i]));
            total_then_parts(text, &qs, sink);
            parts_then_total(text, &qs, sink);
            net_growth(text, m, &idx, sink);
            subsets(text, &qs, sink);
            done_and_not(text, ctx.marks.layout(), &qs, sink);
        }
    }
}

/// “T，其中A a、B b” / “T，分为A a、B b”.
fn total_then_parts(text: &str, qs: &[&Quantity], sink: &mut Sink<'_>) {
    for (k, t) in qs.iter().enumerate() {
        if !is_amount(t) {
            continue;
        }
        let after = partial_marker_after(&text[t.range.end..]);
        let exhaustive = EXHAUSTIVE.iter().any(|w| after.starts_with(w));
        if !exhaustive && !PARTIAL.iter().any(|w| after.starts_with(w)) {
            continue;
        }
        // The parts come after the marker (past the total's own growth).
        let marker_at = text.len() - after.len();
        let first = k + 1 + qs[k + 1..].partition_point(|q| q.range.start < marker_at);
        // “项目31个，总投资156.8亿元，其中甲7个项目总投资88.5亿元”: the total's
        // companion of another unit (31个) has its own part (7个) before
        // each of the total's.
        let companion = k.checked_sub(1).map(|j| qs[j]).filter(|c| {
            is_amount(c)
                && !same_base(c, t)
                && text[c.range.end..t.range.start].chars().count() <= COMPANION_GAP
        });
        let mut parts = list_after(text, t, companion, marker_at, &qs[first..]);
        // “26万亩、其中甲9万亩，乙88万亩”: a breakdown opened inside a
        // list of the total's own kind ends at the list's next item.
        if text[t.range.end..marker_at].contains('、') {
            let mut end = marker_at;
            let kept = parts
                .iter()
                .take_while(|q| {
                    let tight = !text[end..q.range.start].contains(['，', ',']);
                    end = q.range.end;
                    tight
                })
                .count();
            parts.truncate(kept);
        }
        if parts.is_empty() {
            continue;
        }
        let last = parts[parts.len() - 1];
        // “全年完成50亿元，其中预计…”: actual total, forecast parts.
        if names_a_kind(&text[t.range.end..last.range.start]) {
            continue;
        }
        let partial_tail = text[last.range.end..].starts_with('等');
        let s = sum(&parts);
        let total = t.scaled_interval();
        let exceeds = s.lo > total.hi * (1.0 + 1e-9);
        if exceeds || (exhaustive && !partial_tail && parts.len() >= 2 && !s.overlaps(&total)) {
            report(sink, t, &parts, exceeds);
        }
    }
}

/// The text after a total where a breakdown may start: right after the
/// figure or after the noun it counts (“新增专利授权48件，其中…”).
fn partial_marker_after(after: &str) -> &str {
    let bare = after.trim_start_matches(['，', ',', '、', '（', '(', '【', '[']);
    if EXHAUSTIVE
        .iter()
        .chain(PARTIAL)
        .any(|w| bare.starts_with(w))
    {
        return bare;
    }
    // A short noun of Han letters, then a comma.
    let noun = after
        .char_indices()
        .take_while(|&(_, c)| crate::text::is_han(c))
        .take(12)
        .last()
        .map_or(0, |(k, c)| k + c.len_utf8());
    let mut rest = &after[noun..];
    // The total's growth may stand before its breakdown: “12.6亿元，增长
    // 5.2%，其中…”.
    if let Some(growth) = growth_clause(rest) {
        rest = &rest[growth..];
    }
    if (noun > 0 || rest.len() < after.len()) && rest.starts_with(['，', ',']) {
        let rest = rest.trim_start_matches(['，', ',']);
        if PARTIAL.iter().any(|w| rest.starts_with(w)) {
            return rest;
        }
    }
    bare
}

/// The length of a growth clause at the start of `s`: “，（同比）增长4.26%”.
fn growth_clause(s: &str) -> Option<usize> {
    let body = s.strip_prefix(['，', ','])?;
    let body = ["同比", "比上年", "较上年"]
        .iter()
        .find_map(|w| body.strip_prefix(w))
        .unwrap_or(body);
    let body = ["增长", "下降", "提高", "减少"]
        .iter()
        .find_map(|w| body.strip_prefix(w))?;
    let digits = body.len()
        - body
            .trim_start_matches(|c: char| c.is_ascii_digit() || c == '.')
            .len();
    let rest = body[digits..].strip_prefix('%')?;
    (digits > 0).then(|| s.len() - rest.len())
}

/// “A a、B b，共计T”.
fn parts_then_total(text: &str, qs: &[&Quantity], sink: &mut Sink<'_>) {
    for (k, t) in qs.iter().enumerate() {
        let before = &text[..t.range.start];
        if !is_amount(t) || !TOTAL_AFTER.iter().any(|w| before.ends_with(w)) {
            continue;
        }
        // The list: amounts of the same unit family just before, joined by 、.
        let mut parts: Vec<&Quantity> = Vec::new();
        let mut end = before
            .trim_end_matches(
                TOTAL_AFTER
                    .iter()
                    .flat_map(|w| w.chars())
                    .collect::<Vec<_>>()
                    .as_slice(),
            )
            .trim_end_matches(['，', ',', '、'])
            .len();
        for q in qs[..k].iter().rev() {
            let gap = &text[q.range.end..end];
            let joined = if parts.is_empty() {
                gap.is_empty()
            } else {
                gap.ends_with('、') || gap.ends_with('，') || gap.ends_with(',')
            };
            if !is_amount(q)
                || q.unit.base != t.unit.base
                || !joined
                || gap.contains(['；', ';', '。'])
            {
                break;
            }
            parts.push(q);
            end = text[..q.range.start]
                .trim_end_matches(|c: char| {
                    c != '、'
                        && c != '，'
                        && c != ','
                        && c != '；'
                        && c != ';'
                        && c != '：'
                        && c != ':'
                })
                .len();
            if end == 0 || !text[..end].ends_with(['、', '，', ',']) {
                break;
            }
        }
        parts.reverse();
        if parts.len() >= 2 && !sum(&parts).overlaps(&t.scaled_interval()) {
            report(sink, t, &parts, sum(&parts).lo > t.scaled_interval().hi);
        }
    }
}

/// The parts listed after a total and its marker: amounts of the same unit
/// family, until the clause group ends (；。, a closing bracket, another unit).
/// How far before a total its companion of another unit may stand, in
/// characters (“项目31个，总投资”).
const COMPANION_GAP: usize = 8;

fn list_after<'q>(
    text: &str,
    total: &Quantity,
    companion: Option<&Quantity>,
    from: usize,
    rest: &[&'q Quantity],
) -> Vec<&'q Quantity> {
    let mut parts = Vec::new();
    let mut prev_end = from;
    for q in rest {
        let gap = &text[prev_end..q.range.start];
        if gap.contains(['；', ';', '。', '】', '）', ')']) || gap.chars().count() > 20 {
            break;
        }
        if companion.is_some_and(|c| is_amount(q) && same_base(q, c)) {
            prev_end = q.range.end;
            continue;
        }
        if !is_amount(q) || !same_base(q, total) {
            break;
        }
        parts.push(*q);
        prev_end = q.range.end;
    }
    parts
}

/// “共安排项目85个，计划投资105亿元。其中新建项目51个，计划投资43亿元；
/// 续建项目36个，……”: a sentence opened by 其中 breaks down the sentence
/// before it. For each unit family stated once there, its figures in the
/// 其中 sentence (outside brackets) are parts of that total and cannot
/// exceed it.
fn parts_in_next_sentence(
    text: &str,
    m: &crate::number::Model,
    groups: &[crate::layout::Piece],
    total_sentence: &Range<usize>,
    sentence: &Range<usize>,
    sink: &mut Sink<'_>,
) {
    let opening = text[sentence.clone()].trim_start_matches(['，', ',', ' ', '　']);
    if !opening.starts_with("其中") {
        return;
    }
    let totals = m.quantities_in(total_sentence);
    // A change of the total (比去年增加2000亿元) is not another total.
    let level = |q: &&Quantity| crate::number::change_by(text, q).is_none();
    for t in totals.clone().map(|i| &m.quantities[i]).filter(level) {
        if !is_amount(t)
            || totals
                .clone()
                .map(|i| &m.quantities[i])
                .filter(level)
                .filter(|q| q.unit.base == t.unit.base && q.unit.kind == t.unit.kind)
                .count()
                != 1
        {
            continue;
        }
        // One part per group (；), in order, while each group names its
        // part before the figure: “续建项目34个，……”. A group that opens
        // with a figure (51个新建项目中……) looks back at a part: the list
        // has ended.
        let first = groups.partition_point(|g| g.whole.start < sentence.start);
        let mut pieces: Vec<Range<usize>> = groups[first..]
            .iter()
            .take_while(|g| g.whole.end <= sentence.end)
            .map(|g| g.text.clone())
            .collect();
        // One group only (“其中，中央财政赤字1.45万亿元，地方财政赤字8300亿
        // 元”): its clauses are the parts, when each names one.
        if let [only] = pieces.as_slice() {
            let only = only.clone();
            pieces = crate::layout::clauses_within(text, only);
        }
        let mut of_t: Vec<&Quantity> = Vec::new();
        let mut leads: Vec<&str> = Vec::new();
        for piece in &pieces {
            let body = text[piece.clone()]
                .trim_start_matches("其中")
                .trim_start_matches(['，', ',']);
            if body.is_empty() && of_t.is_empty() {
                continue;
            }
            if body.starts_with(crate::text::is_digit) {
                break;
            }
            let mut mine = m
                .quantities_in(piece)
                .map(|i| &m.quantities[i])
                .filter(|q| q.unit.base == t.unit.base && q.unit.kind == t.unit.kind);
            match (mine.next(), mine.next()) {
                (Some(q), None) => {
                    of_t.push(q);
                    leads.push(body);
                }
                _ => break,
            }
        }
        if of_t.len() < 2
            || !of_t
                .iter()
                .all(|q| is_amount(q) && !bracketed(text, sentence.start, q.range.start))
            // Parts that name a kind (其中预计…) the total does not are of
            // another kind; parts that name none share the total's (预计
            // 全年……。其中，……).
            || (names_a_kind(&text[sentence.clone()]) && !names_a_kind(&text[total_sentence.clone()]))
        {
            continue;
        }
        let (total, parts) = (t.scaled_interval(), sum(&of_t));
        if parts.lo > total.hi * (1.0 + 1e-9) {
            report(sink, t, &of_t, true);
        } else if partitions(&leads, &text[total_sentence.clone()]) && !parts.overlaps(&total) {
            // The two halves of a whole (中央、地方) add up to it exactly.
            report(sink, t, &of_t, false);
        }
    }
}

/// Wholes split into parts that leave nothing out (中央 and 地方), with
/// their sources.
#[derive(serde::Deserialize)]
struct Partitions {
    partitions: Vec<Partition>,
}

#[derive(serde::Deserialize)]
struct Partition {
    members: Vec<String>,
}

static PARTITIONS: LazyLock<Partitions> = LazyLock::new(|| {
    serde_json::from_str(include_str!("partitions.json")).unwrap_or(Partitions {
        partitions: Vec::new(),
    })
});

/// Whether the parts, by the words that open them (中央财政赤字…, 地方财政
/// 赤字…), are the members of one partition, each once, each naming the
/// same thing after its member word — and that thing is named in the
/// total's sentence (财政赤字).
fn partitions(leads: &[&str], total_sentence: &str) -> bool {
    PARTITIONS.partitions.iter().any(|p| {
        if p.members.len() != leads.len() {
            return false;
        }
        let mut rest: Option<&str> = None;
        p.members.iter().zip(leads).all(|(member, lead)| {
            let Some(after) = lead.strip_prefix(member.as_str()) else {
                return false;
            };
            // What is split: the Han words after the member, up to the figure.
            let thing: &str = &after[..after
                .find(|c: char| !crate::text::is_han(c))
                .unwrap_or(after.len())];
            let thing = thing.trim_end_matches(['为', '达', '是']);
            let same = rest.is_none_or(|r| r == thing);
            rest = Some(thing);
            same && thing.chars().count() >= 2 && total_sentence.contains(thing)
        })
    })
}

/// “计划开工项目22个，已开工17个，未开工5个”: what is done and what is
/// not of one verb split the total that names the verb; the two add up to
/// it exactly.
fn done_and_not(text: &str, layout: &crate::layout::Layout, qs: &[&Quantity], sink: &mut Sink<'_>) {
    for w in qs.windows(3) {
        let (t, done, not) = (w[0], w[1], w[2]);
        if !is_amount(t) || !is_amount(done) || !is_amount(not) {
            continue;
        }
        if t.unit.base != done.unit.base || done.unit.base != not.unit.base {
            continue;
        }
        let Some(verb) = after_word(text, t, done, '已') else {
            continue;
        };
        if after_word(text, done, not, '未') != Some(verb) {
            continue;
        }
        // The total names the verb in its clause (计划开工项目22个), and
        // no third part follows (、在建3个).
        let Some(clause) = layout.clause_at(text, t.range.start) else {
            continue;
        };
        let named = &text[clause.start.max(t.range.start.saturating_sub(60))..t.range.start];
        if !named.contains(verb) || text[not.range.end..].starts_with('、') {
            continue;
        }
        let parts = [done, not];
        if !sum(&parts).overlaps(&t.scaled_interval()) {
            report(sink, t, &parts, sum(&parts).lo > t.scaled_interval().hi);
        }
    }
}

/// The verb after `word` (已/未) that opens the clause of `q`, right after
/// the clause of `prev`: “，已开工15个” gives 开工.
fn after_word<'t>(text: &'t str, prev: &Quantity, q: &Quantity, word: char) -> Option<&'t str> {
    let between = text.get(prev.range.end..q.range.start)?;
    let rest = between.strip_prefix(['，', ',', '、'])?;
    let verb = rest.strip_prefix(word)?;
    let n = verb.chars().count();
    ((1..=4).contains(&n) && verb.chars().all(crate::text::is_han)).then_some(verb)
}

/// Whether an unclosed bracket opens between `from` and `at`.
fn bracketed(text: &str, from: usize, at: usize) -> bool {
    let between = &text[from..at];
    between.matches(['（', '(']).count() > between.matches(['）', ')']).count()
}

/// Words after a whole that open the part it holds: “40个考核项目中有43个”.
const AMONG: &[&str] = &["中有", "中", "当中有", "当中", "里有"];

/// Words that make a figure the new ones (新增22个), and words that make
/// the next one the total they join (总数达到12个).
const NEW: &[&str] = &[
    "新增",
    "新建",
    "新认定",
    "新创建",
    "新登记",
    "新获批",
    "新入选",
];
const WHOLE: &[&str] = &["总数", "累计", "总量", "总计", "共计", "总共"];
const REACH: &[&str] = &["达到", "达", "为", "增至", "增加到", "超过"];

/// A part and its whole read in the order written: “M项X中有N项”
/// (the part after its whole) and “新增N个，总数达到M个” (the new ones
/// before the total they join). The part is at most the whole.
fn subsets(text: &str, qs: &[&Quantity], sink: &mut Sink<'_>) {
    for pair in qs.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        if !is_amount(a)
            || !is_amount(b)
            || a.unit.base != b.unit.base
            || a.range.end > b.range.start
        {
            continue;
        }
        let between = &text[a.range.end..b.range.start];
        let (whole, part, said) = if done_of_carried_out(text, a, between) {
            (a, b, "其中完成的")
        } else if is_new(text, a) && joins_total(between) {
            (b, a, "新增的")
        } else if between.chars().count() > 12 || between.contains(['。', '；', ';', '、']) {
            // Within one clause and a short noun.
            continue;
        } else if among(between) || elliptical(text, a, b, between) {
            (a, b, "其中的")
        } else {
            continue;
        };
        if part.scaled_interval().lo > whole.scaled_interval().hi * (1.0 + 1e-9) {
            let (p, w) = (
                sink.quote(part.range.clone()),
                sink.quote(whole.range.clone()),
            );
            sink.report(
                whole.range.clone(),
                format!("{said}{p}大于总数{w}，部分不能超过整体，请核对总数或分项。"),
            )
            .with_related(part.range.clone(), "分项".to_owned());
        }
    }
}

/// “形成64项创新案例，71项获省级推广”: a count of things named,
/// then a clause that opens with a count of the same unit and a verb, its
/// noun left out — it counts some of those things.
fn elliptical(text: &str, a: &Quantity, b: &Quantity, between: &str) -> bool {
    let Some(noun) = between.strip_suffix(['，', ',']) else {
        return false;
    };
    let n = noun.chars().count();
    // The first count is inside its clause (形成64项) and names its
    // things (not “2人当选院士，47人入选”: two clauses of their own).
    let inside = text[..a.range.start]
        .chars()
        .next_back()
        .is_some_and(crate::text::is_han);
    let names_things = !PART_VERBS
        .iter()
        .chain(&["当选", "获得"])
        .any(|v| noun.starts_with(v));
    a.unit.kind == UnitKind::Count
        && inside
        && names_things
        && (2..=10).contains(&n)
        && noun.chars().all(crate::text::is_han)
        && PART_VERBS
            .iter()
            .any(|v| text[b.range.end..].starts_with(v))
}

/// “实施工程项目1260个、完工1310个”: what was carried out this year, then
/// how many of them were finished — a part of it. (Not 开工…竣工: projects
/// finished may have started in earlier years.)
fn done_of_carried_out(text: &str, a: &Quantity, between: &str) -> bool {
    let Some(done) = between.strip_prefix(['、', '，', ',']) else {
        return false;
    };
    if !DONE.contains(&done) || a.unit.kind != UnitKind::Count {
        return false;
    }
    crate::layout::clause_before(text, a.range.start, LEAD_CHARS).contains("实施")
}

/// How far back a figure's lead words (新增, 实施) are read, in characters.
const LEAD_CHARS: usize = 24;

/// Words of finishing what was carried out.
const DONE: [&str; 4] = ["完工", "竣工", "建成", "完成"];

/// Verbs that open a clause about some of the things just counted: 71项获
/// 推广, 37项入选, 12个列入.
const PART_VERBS: [&str; 8] = ["获", "被", "入选", "入围", "列入", "纳入", "通过", "向"];

/// Words that total what the sentences before said: 以上合计18项指标.
const ABOVE: [&str; 5] = ["以上共计", "以上合计", "以上总计", "以上共", "上述共计"];

/// The longest name of what a count counts, read after it (项指标).
const THING_MOST: usize = 8;

/// “……设置6项指标。……设置5项指标。……以上合计19项指标”: the
/// counts of one thing in a paragraph, then their total: it is their sum.
fn sum_above(
    text: &str,
    m: &crate::number::Model,
    para: std::ops::Range<usize>,
    sink: &mut Sink<'_>,
) {
    // Cheapest test first: a count right after 以上共计 (a comparison of
    // bytes at each figure, no search of the paragraph).
    let range = m.quantities_in(&para);
    let is_total = |t: &Quantity| {
        t.unit.kind == UnitKind::Count
            && ABOVE.iter().any(|w| text[..t.range.start].ends_with(w))
            && is_amount(t)
    };
    if !m.quantities[range.clone()].iter().any(is_total) {
        return;
    }
    let qs: Vec<&Quantity> = range.map(|i| &m.quantities[i]).collect();
    for (k, t) in qs.iter().enumerate() {
        if !is_total(t) {
            continue;
        }
        let thing = thing_after(text, t);
        if thing.is_empty() {
            continue;
        }
        let parts: Vec<&Quantity> = qs[..k]
            .iter()
            .filter(|q| {
                is_amount(q)
                    && q.unit.base == t.unit.base
                    && thing_after(text, q) == thing
                    && !text[..q.range.start].ends_with("其中")
            })
            .copied()
            .collect();
        if parts.len() < 2 {
            continue;
        }
        let s = sum(&parts);
        if !s.overlaps(&t.scaled_interval()) {
            report(sink, t, &parts, s.lo > t.scaled_interval().hi);
        }
    }
}

/// The Han name right after a count, up to a break (6项指标，→ 指标).
fn thing_after<'t>(text: &'t str, q: &Quantity) -> &'t str {
    let after = &text[q.range.end..];
    let len: usize = after
        .chars()
        .take_while(|&c| crate::text::is_han(c))
        .take(THING_MOST + 1)
        .map(char::len_utf8)
        .sum();
    let thing = &after[..len];
    if thing.chars().count() > THING_MOST {
        return "";
    }
    thing
}

/// “测评点中有”: a short Han noun, then 中(有), and nothing else.
fn among(between: &str) -> bool {
    let noun =
        between.trim_end_matches(|c: char| !crate::text::is_han(c) || c == '有' || c == '中');
    let rest = &between[noun.len()..];
    AMONG.contains(&rest)
        && !noun.is_empty()
        && noun.chars().all(crate::text::is_han)
        && !noun.ends_with(['其', '之'])
}

/// Whether a new-ones word stands right before `q` in its clause (新增22个,
/// 新增省级文明城市15个, 新增甲市、乙市等省级文明城市15个).
fn is_new(text: &str, q: &Quantity) -> bool {
    let clause = crate::layout::clause_before(text, q.range.start, LEAD_CHARS);
    NEW.iter().any(|w| clause.contains(w))
}

/// The longest noun of the new ones after their count (新增1000处信号灯
/// 联网、累计达800处), in characters.
const NEW_NOUN_CHARS: usize = 8;

/// “，总数达到”: a clause break, a total word and a verb, nothing else —
/// after the new ones' noun at most (信号灯联网、累计达).
fn joins_total(between: &str) -> bool {
    let Some(k) = between.find(['，', ',', '、']) else {
        return false;
    };
    let noun = &between[..k];
    if noun.chars().count() > NEW_NOUN_CHARS || !noun.chars().all(crate::text::is_han) {
        return false;
    }
    let rest = &between[k + between[k..].chars().next().map_or(0, char::len_utf8)..];
    WHOLE.iter().any(|w| {
        rest.strip_prefix(w)
            .is_some_and(|r| r.is_empty() || REACH.contains(&r))
    })
}

fn report(sink: &mut Sink<'_>, total: &Quantity, parts: &[&Quantity], exceeds: bool) {
    // Every figure in the total's unit as written (8300亿元 as 0.83 of
    // 2.38万亿元), keeping the most decimals any figure was written with:
    // 30 + 7.05 + 0.32 = 37.37, not 37.
    let scale = total.unit.scale * total.magnitude;
    let decimals = parts
        .iter()
        .map(|p| p.decimals)
        .chain([total.decimals])
        .max()
        .unwrap_or(0) as usize;
    let mixed = parts.iter().any(|p| p.unit.scale * p.magnitude != scale);
    let terms: Vec<String> = parts
        .iter()
        .map(|p| {
            let shown = if mixed { decimals } else { p.decimals as usize };
            fmt(p.amount() * p.unit.scale / scale, shown)
        })
        .collect();
    let s: f64 = parts.iter().map(|p| p.amount() * p.unit.scale).sum::<f64>() / scale;
    let shown = sink.quote(total.range.clone());
    let unit = sink.quote(total.digits.end..total.range.end).to_owned();
    let message = if let [part] = parts {
        // One part larger than its whole: no sum to show.
        format!(
            "其中的{}大于总数{shown}，部分不能超过整体，请核对总数或分项。",
            sink.quote(part.range.clone())
        )
    } else if exceeds {
        format!(
            "各部分之和 {} = {}{unit}，超过了总数{shown}，请核对总数或分项。",
            terms.join(" + "),
            fmt(s, decimals)
        )
    } else {
        format!(
            "各部分之和 {} = {}{unit}，与总数{shown}不符，请核对总数或分项。",
            terms.join(" + "),
            fmt(s, decimals)
        )
    };
    let range: Range<usize> = total.range.clone();
    let f = sink.report(range, message);
    for p in parts {
        f.with_related(p.range.clone(), "分项".to_owned());
    }
}

/// 净增 = 新增 − 退出, all three in one sentence.
fn net_growth(text: &str, m: &crate::number::Model, idx: &[usize], sink: &mut Sink<'_>) {
    let find = |words: &[&str]| {
        idx.iter().copied().find(|&i| {
            m.statement_of(i).is_some_and(|s| {
                let metric = &text[s.metric.clone()];
                words.iter().any(|w| metric.starts_with(w))
            }) && is_amount(&m.quantities[i])
        })
    };
    let (Some(net), Some(new), Some(out)) = (
        find(&["净增"]),
        find(&["新增"]),
        find(&["退出", "退规", "退库", "注销", "减少"]),
    ) else {
        return;
    };
    let (n, a, o) = (&m.quantities[net], &m.quantities[new], &m.quantities[out]);
    if n.unit.base != a.unit.base || a.unit.base != o.unit.base {
        return;
    }
    let expected = a.amount() - o.amount();
    if (expected - n.amount()).abs() > 1e-9 {
        sink.report(
            n.range.clone(),
            format!(
                "净增应为新增减去退出：{} − {} = {}{}，文中为{}，请核对。",
                fmt(a.amount(), 0),
                fmt(o.amount(), 0),
                fmt(expected, 0),
                n.unit.written,
                sink.quote(n.range.clone())
            ),
        )
        .with_related(a.range.clone(), "新增".to_owned())
        .with_related(o.range.clone(), "退出".to_owned());
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
                "全市纳入省级重点的项目31个，总投资156.8亿元，其中本县7个项目总投资达88.5亿元。",

                "全县常住人口52.6万人，比上年减少0.4万人。其中，城镇人口31.2万人，乡村人口21.4万人。",
                // Parts that are no halves of a whole may leave some out.
                "全县常住人口52.6万人，比上年减少0.4万人。其中，城镇人口31.2万人，外来人口8.1万人。",
                "经济发展方面设置6项指标。创新驱动方面设置5项指标。民生福祉方面设置8项指标。以上合计19项指标，其中预期性指标12项、约束性指标7项。",
                "实施“千村整治”工程项目1260个、完工1190个。",
                "新开工项目120个、竣工150个。",
                // Some of the things just counted, their noun left out.
                "累计形成64项改革创新案例，41项获省级推广、9项入选全国典型。",
                // Another unit, or a clause with its own noun.
                "形成创新案例64项，71人次获表彰。",
                "形成创新案例64项，新增企业71家获认定。",
                "累计培育科技型企业812家，3人当选省级学科带头人，26人入选国家人才工程。",
                "主要指标中，预期性指标14项、约束性指标6项，比上一个五年新增2项。",
                "规划纲要设置四个方面20个主要指标，包括人均收入增长等13个预期性指标，还有耕地保有量等7个约束性指标。",
                "我市选手在省运会上摘得7金、4银、3铜共14枚奖牌，铜材产量增长5%。",
                "完成植树造林26万亩、其中防护林工程9万亩，治理退化湿地88万亩。",
                "经营主体总量达到146万户，新登记14.7万户、其中企业5.7万家。",
                "一般公共预算收入12.6亿元，增长5.2%，其中税收收入9.8亿元。",
                "全年新增专利授权48件，其中23件为发明专利。",
                // Parts of another kind than the total.
                "全年完成投资50亿元，其中预计工业投资20亿元、基础设施投资35亿元。",
                "全县规上工业企业120家，其中高新技术企业45家、专精特新企业30家等。",
                "全县规上工业企业120家，其中高新技术企业45家、专精特新企业30家。",
                "省级10家、市级15家，共计25家。",
                "新增规上工业企业26家【其中：净增16家、退规10家】。",
                "参评企业221户，规上企业103户、规下企业118户。",
                "完成投资12亿元，其中技改投资3亿元、基础设施4.5亿元。",
                "入库企业100户，其中：A类48户、B类12户、C类29户、D类11户。",
                "全县企业120家，其中项目150个、企业30家。",
                "全区40个考核项目中有36个获评优秀。",
                "新增省级文明城市5个，总数达到12个。",
                "新增600处智慧路灯、累计达4200处，新建停车位3000个、改造停车场12处。",
                "新增5个，累计12个；新增企业30家，带动就业1200人。",
                "认定企业12家，总数达到30家。",
                "共安排项目85个，计划投资105亿元。其中新建项目51个，计划投资43亿元；续建项目34个，计划投资62亿元。",
                "共安排项目85个。其中新建项目51个（其中省级项目40个），续建项目34个。",
                "年内计划新开工项目22个，已开工17个，未开工5个。",
                // The list ends where a group looks back at a part.
                "共安排项目85个，计划投资105亿元。其中新建项目51个，计划投资43亿元；续建项目34个，计划投资62亿元；51个新建项目中已开工42个，完成投资59.6亿元。",
                "年内计划新开工项目22个，已签约17个，未开工6个。",
            ])
            .fail([
                "全市纳入省级重点的项目31个，总投资156.8亿元，其中本县7个项目总投资达188.5亿元。",
                "全市納入省級重點的項目31個，總投資156.8億元，其中本縣7個項目總投資達188.5億元。",

                // The two halves of a whole (城镇、乡村) add up to it.
                "全县常住人口52.6万人，比上年减少0.4万人。其中，城镇人口31.2万人，乡村人口20.1万人。",
                "全縣常住人口52.6萬人，比上年減少0.4萬人。其中，城鎮人口31.2萬人，鄉村人口20.1萬人。",
                // A forecast total's parts in the next sentence share its kind.
                "预计前三季度，全区农林牧渔业总产值28.4亿元，增长6.3%。其中，农业产值7.6亿元；林业产值2.1亿元；牧业产值18.2亿元；渔业产值1.5亿元。",
                "经济发展方面设置6项指标。创新驱动方面设置5项指标。民生福祉方面设置8项指标。以上合计18项指标。",
                "实施“百村示范、千村整治”工程项目1260个、完工1310个。",
                "累计形成64项改革创新案例，71项获省级推广、9项入选全国典型。",
                "規劃綱要設置四個方面20個主要指標，包括人均收入增長等13個預期性指標，還有耕地保有量等8個約束性指標。",
                "规划纲要设置四个方面20个主要指标，包括人均收入增长等13个预期性指标，还有耕地保有量等8个约束性指标。",
                "我市選手在省運會上摘得7金、4銀、3銅共15枚獎牌。",
                "我市选手在省运会上摘得7金、4银、3铜共15枚奖牌。",
                "經營主體總量達到146萬戶，新登記14.7萬戶、其中企業15.7萬家。",
                "经营主体总量达到146万户，新登记14.7万户、其中企业15.7万家。",
                "新增东城、西城、南城、北城等省级文明城市15个，总数达到12个。",
                "一般公共预算收入12.6亿元，增长5.2%，其中税收收入13.1亿元。",
                "全年新增专利授权48件，其中63件为发明专利。",
                // All forecasts, or all targets: comparable.
                "预计全年完成投资50亿元，其中工业投资20亿元、基础设施投资35亿元。",
                "2024年力争完成投资50亿元，其中工业投资20亿元、基础设施投资35亿元。",
                "全县规上工业企业120家，其中高新技术企业78家、专精特新企业52家。",
                "省级10家、市级15家，共计28家。",
                "参评企业221户，分为规上企业103户、规下企业108户。",
                "新增规上工业企业26家，退规10家，净增14家。",
                "全区40个考核项目中有43个获评优秀。",
                "新增省级文明城市15个，总数达到12个。",
                "新增600处智慧路灯、累计达420处。",
                "新认定高新技术企业52家，累计达到48家。",
                "共安排项目85个，计划投资105亿元。其中新建项目51个，计划投资43亿元；续建项目36个，计划投资62亿元。",
                "年内计划新开工项目22个，已开工17个，未开工6个。",
                "年內計劃新開工項目22個,已開工17個,未開工6個。",
            ])
            .test_and_snapshot();
    }
}
