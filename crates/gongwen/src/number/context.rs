//! Reading quantities in context: sentences and paragraphs, the metric a
//! figure measures, its period, and which percentage states its growth.

use super::respective::{self, RespectiveList};
use super::{quantities, Quantity, UnitKind};
use crate::lexicon::words::{Direction, CHANGE};
use crate::lexicon::{Lexicon, WordSet};
use crate::text::{char_before, is_digit, last_chars, leading_number, years_within, Marks};
use std::ops::Range;
use std::sync::LazyLock;

/// The number model of one text.
#[derive(Debug, Clone, Default)]
pub struct Model {
    pub quantities: Vec<Quantity>,
    pub paragraphs: Vec<Paragraph>,
    /// Every 分别 list, in order.
    pub respective: Vec<RespectiveList>,
    /// Figures read as “metric + value (+ growth)”.
    pub statements: Vec<Statement>,
    /// Moves from one figure to another: “由25个增加到29个”.
    pub transitions: Vec<super::Transition>,
}

#[derive(Debug, Clone)]
pub struct Paragraph {
    pub range: Range<usize>,
    pub sentences: Vec<Range<usize>>,
}

/// A figure with what it measures.
#[derive(Debug, Clone, PartialEq)]
pub struct Statement {
    /// Index into `Model::quantities`.
    pub quantity: usize,
    /// The metric phrase (`规上工业总产值`); may be empty.
    pub metric: Range<usize>,
    /// The period (`全年`, `1-10月`, `2023年`, `上半年`), when the sentence
    /// names one before the figure.
    pub period: Option<Period>,
    /// The percentage stating this figure's change.
    pub growth: Option<Growth>,
    pub paragraph: usize,
    pub sentence: Range<usize>,
    /// Whether the figure is an actual value, a forecast or a target.
    pub kind: Kind,
}

/// A period a figure is stated for, normalised: `1至10月份` and `1-10月`
/// are one period. Plain data, so statements carry it without allocating.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Period {
    /// 全年, 上半年, 前三季度, 明年…
    Named(&'static str),
    /// A month range: `1-10月`.
    Months(u32, u32),
    /// A calendar year: `2023年`.
    Year(u32),
}

impl std::fmt::Display for Period {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Period::Named(name) => f.write_str(name),
            Period::Months(a, b) => write!(f, "{a}-{b}月"),
            Period::Year(y) => write!(f, "{y}年"),
        }
    }
}

/// A figure's stated change: “同比增长7.0%”, “下降3.2%”.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Growth {
    /// Index into `Model::quantities` of the percentage.
    pub quantity: usize,
    pub direction: Direction,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    Actual,
    /// 预计、预测.
    Forecast,
    /// 目标、力争、计划、争取、确保.
    Target,
}

const KINDS: [(&str, Kind); 7] = [
    ("预计", Kind::Forecast),
    ("预测", Kind::Forecast),
    ("目标", Kind::Target),
    ("力争", Kind::Target),
    ("计划", Kind::Target),
    ("争取", Kind::Target),
    ("确保", Kind::Target),
];
static KIND_WORDS: LazyLock<Lexicon<Kind>> = LazyLock::new(|| Lexicon::new(KINDS));

/// A period word or a kind word, as a sentence's cues are read.
#[derive(Debug, Clone, Copy)]
enum Cue {
    Period(&'static str),
    Kind(Kind),
}

/// The period words and the kind words in one automaton, so that a
/// sentence is scanned once for both. The two tables share no character
/// (tested), so no match of one can hide a match of the other.
static CUE_WORDS: LazyLock<Lexicon<Cue>> = LazyLock::new(|| {
    Lexicon::new(
        PERIODS
            .iter()
            .map(|&(w, name)| (w, Cue::Period(name)))
            .chain(KINDS.iter().map(|&(w, kind)| (w, Cue::Kind(kind)))),
    )
});

/// Words right before a figure that make it an increase or a decrease
/// (比上年增加12家, 净增5家, 减少3家), not a level.
static CHANGE_BY: LazyLock<Lexicon<Direction>> = LazyLock::new(|| {
    Lexicon::new([
        ("增加", Direction::Up),
        ("增长", Direction::Up),
        ("多", Direction::Up),
        ("净增", Direction::Up),
        ("减少", Direction::Down),
        ("下降", Direction::Down),
        ("少", Direction::Down),
    ])
});

/// Whether `q` is an increase or a decrease (增加12家): where the word
/// saying so starts, and which way.
pub fn change_by(text: &str, q: &Quantity) -> Option<(usize, Direction)> {
    let before = last_chars(&text[..q.range.start], 2);
    let (len, direction) = CHANGE_BY.suffix(before)?;
    Some((q.range.start - len, direction))
}

/// Whether `s` holds a forecast or target word (预计、目标、力争…): figures
/// on either side of it are not of one kind.
pub fn names_a_kind(s: &str) -> bool {
    KIND_WORDS.is_match(s)
}

impl Model {
    /// Reads the figures of `text`; `placeholders` are the text's
    /// placeholders, some of which stand for figures in a 分别 list.
    pub fn new(text: &str, marks: &Marks, placeholders: &crate::placeholder::Model) -> Self {
        let quantities = quantities(text, marks);
        let paragraphs = paragraphs(marks);
        let xs = placeholders
            .of(crate::placeholder::Form::X)
            .map(|p| &p.range);
        let respective = respective::lists(text, &quantities, &paragraphs, xs);
        let transitions = super::transition::transitions(text, &quantities);
        let mut model = Model {
            quantities,
            paragraphs,
            respective,
            statements: Vec::new(),
            transitions,
        };
        model.statements = statements(text, marks, &model);
        model
    }

    /// The statement about quantity `quantity`, if it is one. Statements are
    /// kept in quantity order.
    pub fn statement_of(&self, quantity: usize) -> Option<&Statement> {
        let i = self.statements.partition_point(|s| s.quantity < quantity);
        self.statements.get(i).filter(|s| s.quantity == quantity)
    }

    /// The indices of the quantities lying inside `range`, in order.
    pub fn quantities_in(&self, range: &Range<usize>) -> Range<usize> {
        quantities_in(&self.quantities, range)
    }
}

fn quantities_in(qs: &[Quantity], range: &Range<usize>) -> Range<usize> {
    let from = qs.partition_point(|q| q.range.start < range.start);
    let to = from + qs[from..].partition_point(|q| q.range.end <= range.end);
    from..to
}

/// The lines and their sentences, as the layout cut them.
fn paragraphs(marks: &Marks) -> Vec<Paragraph> {
    let layout = marks.layout();
    let sentences = layout.sentences();
    layout
        .lines()
        .iter()
        .map(|line| {
            let from = sentences.partition_point(|s| s.whole.start < line.content.start);
            let to = from + sentences[from..].partition_point(|s| s.whole.start < line.content.end);
            Paragraph {
                range: line.content.clone(),
                sentences: sentences[from..to]
                    .iter()
                    .map(|s| s.whole.clone())
                    .collect(),
            }
        })
        .collect()
}

/// Boundaries of the phrase that names a metric.
const PHRASE_BREAKS: &[char] = &[
    '，', ',', '。', '；', ';', '：', ':', '、', '【', '】', '（', '）', '(', ')', '“', '”', '\n',
];
/// Words stripped from the front of a metric phrase: periods and framing.
static LEADING: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::words([
        "预计",
        "全年",
        "今年",
        "完成",
        "实现",
        "年度目标是",
        "目标是",
        "年度",
        "其中",
        "力争",
        "累计",
        "同时",
        "全县",
        "全市",
        "全区",
    ])
});
/// Verbs stripped from the end of a metric phrase.
static TRAILING: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::words([
        "实现", "完成", "达到", "达", "为", "是", "共计", "共", "累计", "总计", "约", "近", "超过",
        "超", "突破", "了", "到", "在",
    ])
});

fn is_value(q: &Quantity) -> bool {
    !q.ordinal
        && q.malformed.is_none()
        && matches!(
            q.unit.kind,
            UnitKind::Count | UnitKind::Money | UnitKind::Measure
        )
}

/// The direction of the last change word shortly before `at`.
fn growth_word_before(text: &str, clause_start: usize, at: usize) -> Option<Direction> {
    let tail = last_chars(&text[clause_start..at], 12);
    CHANGE.last(tail).map(|(_, d)| d)
}

/// The start of the clause holding `at` (after the last ，；： etc.).
fn clause_start(breaks: &[usize], floor: usize, at: usize) -> usize {
    let i = breaks.partition_point(|&b| b <= at);
    i.checked_sub(1).map_or(floor, |i| breaks[i].max(floor))
}

/// The offsets just after each ；or ：, in order: the clause groups of a
/// 分别 list.
fn group_breaks(marks: &Marks) -> Vec<usize> {
    marks
        .all()
        .iter()
        .filter(|(_, c)| matches!(c, '；' | ';' | '：' | ':'))
        .map(|&(i, c)| i + c.len_utf8())
        .collect()
}

/// The offsets just after each phrase break, in order: what `clause_start`
/// searches, found in one pass instead of a backward scan per figure.
fn phrase_breaks(marks: &Marks) -> Vec<usize> {
    marks
        .all()
        .iter()
        .filter(|(_, c)| PHRASE_BREAKS.contains(c))
        .map(|&(i, c)| i + c.len_utf8())
        .collect()
}

/// What pairing growth rates with figures needs of the whole text, found
/// once; `growth_of` is filled sentence by sentence.
struct Pairing<'a> {
    text: &'a str,
    qs: &'a [Quantity],
    lists: &'a [RespectiveList],
    /// Offsets just after each phrase break (，；：…).
    breaks: Vec<usize>,
    /// Offsets just after each ；or ：.
    group_breaks: Vec<usize>,
    /// For each quantity (and one past the last), how many values come
    /// before it: how many values a span holds, without walking it.
    values_before: Vec<usize>,
    /// Indexed by quantity; each sentence writes only its own quantities.
    growth_of: Vec<Option<Growth>>,
}

impl<'a> Pairing<'a> {
    fn new(text: &'a str, marks: &Marks, model: &'a Model) -> Self {
        let qs = &model.quantities;
        let mut values_before = Vec::with_capacity(qs.len() + 1);
        let mut n = 0;
        for q in qs {
            values_before.push(n);
            n += usize::from(is_value(q));
        }
        values_before.push(n);
        Pairing {
            text,
            qs,
            lists: &model.respective,
            breaks: phrase_breaks(marks),
            group_breaks: group_breaks(marks),
            values_before,
            growth_of: vec![None; qs.len()],
        }
    }
}

fn statements(text: &str, marks: &Marks, model: &Model) -> Vec<Statement> {
    let qs = &model.quantities;
    let mut out = Vec::new();
    let mut pairing = Pairing::new(text, marks, model);
    // One buffer for every sentence's quantities: a paste of fifty thousand
    // sentences should not cost fifty thousand allocations.
    let mut idx: Vec<usize> = Vec::new();
    for (p, para) in model.paragraphs.iter().enumerate() {
        for sentence in &para.sentences {
            idx.clear();
            idx.extend(quantities_in(qs, sentence));
            // Periods and kinds matter only where there are values.
            let cues = if idx.iter().any(|&i| is_value(&qs[i])) {
                Cues::new(text, marks, sentence)
            } else {
                Cues::default()
            };
            pairing.respective_lists(sentence, &idx);
            pairing.adjacent(sentence, &idx);
            // The subject of the sentence's last figure: a clause with no
            // words of its own (“经济总量跨过两个万亿元大关、超过7万亿元”)
            // speaks of it.
            // The last metric, its subject read only when a clause asks.
            let mut last: Option<Range<usize>> = None;
            for &i in idx.iter().filter(|&&i| is_value(&qs[i])) {
                let q = &qs[i];
                let mut metric =
                    metric_phrase(text, &pairing.breaks, sentence.start, q.range.start);
                match last.as_ref().filter(|_| verb_only(text, &metric)) {
                    Some(before) => {
                        if let Some(subject) = subject_of(text, before) {
                            metric = subject;
                        }
                    }
                    None => last = Some(metric.clone()),
                }
                out.push(Statement {
                    quantity: i,
                    metric,
                    period: cues.period_before(q.range.start),
                    growth: pairing.growth_of[i],
                    paragraph: p,
                    sentence: sentence.clone(),
                    kind: cues.kind_before(q.range.start),
                });
            }
        }
    }
    out
}

/// “A 1.69亿元、B 541项、C 32家，分别较去年增长186.1%、567.9%、38.8%”:
/// the k values before 分别 pair with the k percentages after it, when both
/// counts agree exactly.
impl Pairing<'_> {
    fn respective_lists(&mut self, sentence: &Range<usize>, idx: &[usize]) {
        let (text, lists, qs) = (self.text, self.lists, self.qs);
        let (group_breaks, values_before) = (&self.group_breaks, &self.values_before);
        let growth_of = &mut self.growth_of;
        let first = lists.partition_point(|l| l.keyword.start < sentence.start);
        let in_sentence = lists[first..]
            .iter()
            .take_while(|l| l.keyword.end <= sentence.end);
        for list in in_sentence {
            let (at, after) = (list.keyword.start, list.keyword.end);
            // The percentages right after 分别, joined by 、.
            let mut percents = Vec::new();
            let mut direction = None;
            let from = idx.partition_point(|&i| qs[i].range.start < after);
            for &i in &idx[from..] {
                let q = &qs[i];
                let gap_start = percents.last().map_or(after, |&j: &usize| qs[j].range.end);
                let gap = &text[gap_start..q.range.start];
                if q.unit.kind != UnitKind::Percent {
                    break;
                }
                if percents.is_empty() {
                    direction = growth_word_before(text, after, q.range.start);
                    if direction.is_none() || gap.chars().count() > 12 {
                        break;
                    }
                } else if !matches!(gap, "、" | "，" | ",") {
                    break;
                }
                percents.push(i);
            }
            let Some(direction) = direction else { continue };
            if percents.len() < 2 || names_own_subjects(text, qs, &self.breaks, sentence.start, at)
            {
                continue;
            }
            // The values: figures of the same clause group before 分别. They
            // are counted first (in constant time), and listed only when the
            // count matches.
            let group_start = clause_start(group_breaks, sentence.start, at);
            let lo = idx.partition_point(|&i| qs[i].range.start < group_start);
            let hi = idx.partition_point(|&i| qs[i].range.end <= at);
            // `idx` is a run of consecutive quantities: the count of values
            // before position k of it, k up to its length.
            let count = |k: usize| match idx.get(k) {
                Some(&i) => values_before[i],
                None => idx.last().map_or(0, |&i| values_before[i + 1]),
            };
            if hi < lo || count(hi) - count(lo) != percents.len() {
                continue;
            }
            let values: Vec<usize> = idx[lo..hi]
                .iter()
                .copied()
                .filter(|&i| is_value(&qs[i]))
                .collect();
            for (v, g) in values.into_iter().zip(percents) {
                growth_of[v] = Some(Growth {
                    quantity: g,
                    direction,
                });
            }
        }
    }

    /// “认定高新技术企业21家，…，同比增长163%”: a growth percentage pairs with the
    /// nearest value before it in the same sentence, unless a ； intervenes.
    fn adjacent(&mut self, sentence: &Range<usize>, idx: &[usize]) {
        let (text, lists, qs, breaks) = (self.text, self.lists, self.qs, &self.breaks);
        let growth_of = &mut self.growth_of;
        // A sentence holds a handful of figures: a vector beats a hash set.
        let taken: Vec<usize> = idx
            .iter()
            .filter_map(|&i| growth_of[i].map(|g| g.quantity))
            .collect();
        for (k, &g) in idx.iter().enumerate() {
            let q = &qs[g];
            if q.unit.kind != UnitKind::Percent || taken.contains(&g) {
                continue;
            }
            let clause = clause_start(breaks, sentence.start, q.range.start);
            // Members of a 分别 list pair by position or not at all.
            let next_list = lists.partition_point(|l| l.keyword.start < clause);
            let in_list = lists
                .get(next_list)
                .is_some_and(|l| l.keyword.end <= q.range.start);
            if in_list || char_before(text, q.range.start) == Some('、') {
                continue;
            }
            let Some(direction) = growth_word_before(text, clause, q.range.start) else {
                continue;
            };
            // The nearest figure before that is not a rank (“7县（市）第5”).
            // Growth of a rate (“占比提高2.1%”) is ambiguous, and an amount
            // whose unit we do not know (“送出210亿度”) still stands
            // between: skip both.
            let is_rank = |q: &Quantity| {
                q.ordinal
                    || (q.unit.kind == UnitKind::None
                        && !text[q.range.end..].starts_with(['万', '亿', '千', '百']))
            };
            // A figure in a note closed before the growth (“60亿元（上年为
            // 50亿元），增长20%”) is the base the note gives, not what
            // changed.
            let in_closed_note = |c: &Quantity| {
                let gap = &text[c.range.end
                    ..crate::text::floor_boundary(text, q.range.start.min(c.range.end + 4 * 24))];
                let closes = gap.matches(['）', ')', '】']).count();
                closes > gap.matches(['（', '(', '【']).count()
            };
            let Some(&v) = idx[..k]
                .iter()
                .rev()
                .find(|&&i| !is_rank(&qs[i]) && !in_closed_note(&qs[i]))
            else {
                continue;
            };
            if !is_value(&qs[v]) || growth_of[v].is_some() {
                continue;
            }
            let between = &text[qs[v].range.end..q.range.start];
            if between.contains(['；', ';']) || between.chars().count() > 24 {
                continue;
            }
            // Digits between that no rank holds are a figure we could not
            // read (“210亿度”): the growth may be its.
            let ranks = &idx[idx[..k].partition_point(|&i| i <= v)..k];
            let unread_digits = between.char_indices().any(|(j, c)| {
                let at = qs[v].range.end + j;
                is_digit(c) && !ranks.iter().any(|&i| qs[i].range.contains(&at))
            });
            if unread_digits {
                continue;
            }
            // The growth must be bare (“，同比增长7%”, “32家同比增长7%”):
            // “，产值同比增长7%” and “17个传统产业增加值增长5.3%” state the
            // growth of something else.
            let growth_clause = if clause > qs[v].range.end {
                clause
            } else {
                qs[v].range.end
            };
            if !is_bare_growth(&text[growth_clause..q.range.start]) {
                continue;
            }
            growth_of[v] = Some(Growth {
                quantity: g,
                direction,
            });
        }
    }
}

/// Whether the words right before 分别 (at `at`) name what the list is
/// about: “基础设施投资、工业投资分别增长3.2%、8.5%” lists its own subjects,
/// so figures earlier in the sentence are not its values. The values of a
/// list stand right before 分别: its clause then holds a figure (“C 32家分别”)
/// or nothing but filler (“…企业32家，分别较去年增长”).
fn names_own_subjects(
    text: &str,
    qs: &[Quantity],
    breaks: &[usize],
    floor: usize,
    at: usize,
) -> bool {
    let clause = clause_start(breaks, floor, at);
    let words = text[clause..at].trim();
    let holds_figure = !quantities_in(qs, &(clause..at)).is_empty();
    !words.is_empty() && !holds_figure && !is_bare_growth(words)
}

/// Filler that may stand between a clause break and a growth percentage.
static GROWTH_FILLER: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::words([
        "同比",
        "环比",
        "较去年",
        "较上年",
        "比上年",
        "比去年",
        "较",
        "同期",
        "分别",
        "了",
        "为",
        "达",
        "到",
        "在",
        "约",
        "近",
        "超过",
        "超",
        "达到",
    ])
});

fn is_bare_growth(clause: &str) -> bool {
    let mut rest = clause.trim();
    while !rest.is_empty() {
        let word = GROWTH_FILLER
            .prefix(rest)
            .map(|(n, _)| n)
            .or_else(|| CHANGE.prefix(rest).map(|(n, _)| n));
        match word {
            Some(n) => rest = &rest[n..],
            None => return false,
        }
    }
    true
}

/// The longest a metric phrase may be, in bytes (about 30 characters): a
/// clause without breaks (a PDF line of prose) names no metric beyond that.
const MAX_METRIC: usize = 90;

fn metric_phrase(text: &str, breaks: &[usize], floor: usize, at: usize) -> Range<usize> {
    let mut start = clause_start(breaks, floor, at);
    if at - start > MAX_METRIC {
        // Keep the words right before the figure, on a character boundary.
        start = crate::text::ceil_boundary(text, at - MAX_METRIC);
    }
    let mut end = at;
    loop {
        let phrase = &text[start..end];
        if let Some((n, _)) = LEADING.prefix(phrase) {
            start += n;
            continue;
        }
        if let Some(p) = period_prefix_len(phrase) {
            start += p;
            continue;
        }
        if let Some(p) = item_number_len(text, start) {
            start += p;
            continue;
        }
        if let Some((n, _)) = TRAILING.suffix(phrase).filter(|&(n, _)| phrase.len() > n) {
            end -= n;
            continue;
        }
        break;
    }
    // A move's figures (国内生产总值从54万亿元增加到82.7万亿元) are the
    // metric's before 从/由.
    if let Some(k) = move_start(&text[start..end]) {
        end = start + k;
    }
    start..end.max(start)
}

/// Verbs of a move from one figure to another (从54万亿元增加到).
const MOVE_VERBS: [&str; 10] = [
    "增加", "提高", "提升", "增长", "上升", "下降", "减少", "降低", "扩大", "缩小",
];

/// Where a move's 从/由 starts in a metric phrase: at the phrase's end (the
/// figure moved from follows it), or before one figure and its verb (the
/// figure moved to follows: 从54万亿元增加). Moves of lists (从2021年的
/// 46503元和16935元分别提高到) are left whole.
fn move_start(phrase: &str) -> Option<usize> {
    phrase.char_indices().find_map(|(k, c)| {
        let after = &phrase[k + c.len_utf8()..];
        let one_move = after.is_empty()
            || (after.starts_with(|n: char| n.is_ascii_digit())
                && !after.contains(['和', '、', '的', '，', '年'])
                && MOVE_VERBS.iter().any(|v| after.ends_with(v)));
        (k > 0 && matches!(c, '从' | '由') && one_move).then_some(k)
    })
}

/// Words that end a metric's subject: what it did, not what it is.
static SUBJECT_ENDS: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::words([
        "实现",
        "完成",
        "达到",
        "达",
        "为",
        "是",
        "共计",
        "累计",
        "总计",
        "超过",
        "突破",
        "跨过",
        "跨越",
        "迈上",
        "站上",
        "跃上",
        "增长",
        "提高",
        "下降",
        "稳定在",
        "保持",
    ])
});

/// The fewest characters a subject names (经济总量, 粮食产量).
const SUBJECT_MIN_CHARS: usize = 2;

/// Whether the clause before a figure holds nothing but a verb (“、超过”,
/// “，达到”) right after a clause break: it speaks of the last subject.
fn verb_only(text: &str, metric: &Range<usize>) -> bool {
    let phrase = &text[metric.clone()];
    let after_break = text[..metric.start].ends_with(['、', '，', ',']);
    // An empty clause is a list's next item (“192项审批中介服务事项、
    // 220项职业资格许可认定事项”), not the subject's next figure.
    after_break
        && TRAILING
            .suffix(phrase)
            .is_some_and(|(n, _)| n == phrase.len())
}

/// The subject of a metric phrase: its words before what it did
/// (经济总量 of 经济总量跨过两个), when they name something.
fn subject_of(text: &str, metric: &Range<usize>) -> Option<Range<usize>> {
    let phrase = &text[metric.clone()];
    let end = SUBJECT_ENDS
        .find_iter(phrase)
        .next()
        .map_or(phrase.len(), |(r, ())| r.start);
    // The figures of a 分别 list have a subject each.
    (phrase[..end].chars().count() >= SUBJECT_MIN_CHARS && !phrase.contains("分别"))
        .then(|| metric.start..metric.start + end)
}

/// The length of an item's number at the start of a line at `at`
/// (“1.实现城镇新增就业”, “2、新建”): not part of the metric.
fn item_number_len(text: &str, at: usize) -> Option<usize> {
    if at > 0 && !text[..at].ends_with('\n') {
        return None;
    }
    let s = &text[at..];
    let digits = s.len() - s.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if !(1..=2).contains(&digits) {
        return None;
    }
    let sep = s[digits..]
        .chars()
        .next()
        .filter(|c| matches!(c, '.' | '．' | '、'))?;
    let after = s[digits + sep.len_utf8()..].chars().next();
    (!after.is_some_and(|c| c.is_ascii_digit())).then_some(digits + sep.len_utf8())
}

/// The length of a period at the start of `s`: a month range (`1-10月`,
/// `1至10月份`), a year (`2024年`) or a period word (`明年`, `上半年`).
fn period_prefix_len(s: &str) -> Option<usize> {
    period_at(s).map(|(_, len)| len)
}

/// The period at the start of `s` — a month range (`1-10月`), a period
/// word (`上半年`) or a year (`2024年`) — and its length: how a period is
/// read wherever it is written (a table's cell as a sentence).
pub(crate) fn period_at(s: &str) -> Option<(Period, usize)> {
    if let Some(found) = month_range(s, 0) {
        return Some(found);
    }
    if let Some((n, name)) = PERIOD_WORDS.prefix(s) {
        return Some((Period::Named(name), n));
    }
    let digits = s.len() - s.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if digits == 4 && s[4..].starts_with('年') {
        return Some((Period::Year(s[..4].parse().ok()?), 4 + '年'.len_utf8()));
    }
    None
}

/// A month range starting at byte `at` of `s`: the period and its length.
fn month_range(s: &str, at: usize) -> Option<(Period, usize)> {
    let rest = &s[at..];
    let (a, len_a) = leading_number(rest)?;
    let mut i = len_a;
    let sep = rest[i..].chars().next()?;
    if !matches!(sep, '-' | '—' | '–' | '~' | '～' | '至' | '到' | '－') {
        return None;
    }
    i += sep.len_utf8();
    let (b, len_b) = leading_number(&rest[i..])?;
    i += len_b;
    if !rest[i..].starts_with('月') {
        return None;
    }
    i += '月'.len_utf8();
    if rest[i..].starts_with('份') {
        i += '份'.len_utf8();
    }
    Some((Period::Months(a, b), i))
}

const PERIODS: [(&str, &str); 12] = [
    ("全年", "全年"),
    ("年度", "全年"),
    ("上半年", "上半年"),
    ("下半年", "下半年"),
    ("前三季度", "前三季度"),
    ("一季度", "一季度"),
    ("二季度", "二季度"),
    ("三季度", "三季度"),
    ("四季度", "四季度"),
    ("今年以来", "今年以来"),
    ("明年", "明年"),
    ("去年", "去年"),
];
static PERIOD_WORDS: LazyLock<Lexicon<&'static str>> = LazyLock::new(|| Lexicon::new(PERIODS));

/// For each of `starts` (sorted byte offsets into `s`), where the innermost
/// bracket around it closes, if it closes within `s`: a period named in a
/// note such as “【2021年末基数为120亿元】” does not set the period of what
/// follows the note. One sweep with a stack of open brackets.
fn closing_of_enclosing_note(marks: &[(usize, char)], starts: &[usize]) -> Vec<Option<usize>> {
    let mut out = vec![None; starts.len()];
    // Open brackets, each with the starts waiting for it to close.
    let mut open: Vec<Vec<usize>> = Vec::new();
    let mut next = 0;
    for &(i, c) in marks {
        while next < starts.len() && starts[next] <= i {
            if let Some(waiting) = open.last_mut() {
                waiting.push(next);
            }
            next += 1;
        }
        match c {
            '【' | '（' | '(' | '[' | '〔' => open.push(Vec::new()),
            '】' | '）' | ')' | ']' | '〕' => {
                for k in open.pop().unwrap_or_default() {
                    out[k] = Some(i);
                }
            }
            _ => {}
        }
    }
    out
}

/// How far back a figure looks for the period it belongs to, in periods
/// named in its sentence: enough for any real sentence, and a bound on the
/// work in a pathological one.
const PERIOD_LOOKBACK: usize = 64;

/// A period named in a sentence: where, which, and where the innermost
/// note around it closes (if it does, within the sentence).
struct Mention {
    range: Range<usize>,
    period: Period,
    note_closes: Option<usize>,
}

/// What a sentence says about time and intent, found once per sentence:
/// the periods it names and its forecast/target words, in order of
/// position. Positions are absolute byte offsets.
#[derive(Default)]
struct Cues {
    periods: Vec<Mention>,
    kinds: Vec<(Range<usize>, Kind)>,
}

impl Cues {
    fn new(text: &str, marks: &Marks, sentence: &Range<usize>) -> Self {
        let s = &text[sentence.clone()];
        let base = sentence.start;
        let in_sentence = marks.within(sentence.clone());
        // Absolute byte ranges from here on. One scan for period and kind
        // words.
        let mut found: Vec<(Range<usize>, Period)> = Vec::new();
        let mut kinds: Vec<(Range<usize>, Kind)> = Vec::new();
        for (r, cue) in CUE_WORDS.find_iter(s) {
            let r = base + r.start..base + r.end;
            match cue {
                Cue::Period(name) => found.push((r, Period::Named(name))),
                // A kind word that closes a quoted name (“稳岗计划”,
                // 《目标责任书》) names something; it says nothing of intent.
                // 目标任务 is the tasks set, a noun (聚焦目标任务体系).
                Cue::Kind(_)
                    if text[r.end..].starts_with(['”', '》', '」', '』', '’', '"'])
                        || text[r.end..].starts_with("任务") => {}
                Cue::Kind(kind) => kinds.push((r, kind)),
            }
        }
        let upto = &text[..sentence.end];
        for &(pos, c) in in_sentence {
            if !is_digit(c) || char_before(upto, pos).is_some_and(is_digit) {
                continue;
            }
            if let Some((period, len)) = month_range(upto, pos) {
                found.push((pos..pos + len, period));
            }
        }
        for (y, r) in years_within(marks, sentence.clone()).iter().cloned() {
            found.push((r, Period::Year(y)));
        }
        found.sort_by_key(|(r, _)| (r.start, r.end));
        let starts: Vec<usize> = found.iter().map(|(r, _)| r.start).collect();
        let closes = closing_of_enclosing_note(in_sentence, &starts);
        let periods = found
            .into_iter()
            .zip(closes)
            .map(|((range, period), note_closes)| Mention {
                range,
                period,
                note_closes,
            })
            .collect();
        Cues { periods, kinds }
    }

    /// The last period named before `at`, outside notes closed before it.
    fn period_before(&self, at: usize) -> Option<Period> {
        let before = self.periods.partition_point(|p| p.range.start < at);
        self.periods[..before]
            .iter()
            .rev()
            .take(PERIOD_LOOKBACK)
            .find(|p| p.range.end <= at && p.note_closes.is_none_or(|c| c >= at))
            .map(|p| p.period)
    }

    /// The last kind word before `at` decides whether a figure is an actual
    /// value, a forecast or a target.
    fn kind_before(&self, at: usize) -> Kind {
        // Kind words never overlap, so their ends are in order too.
        let before = self.kinds.partition_point(|(r, _)| r.end <= at);
        before
            .checked_sub(1)
            .map_or(Kind::Actual, |i| self.kinds[i].1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn describe(text: &str) -> Vec<String> {
        let marks = Marks::new(text);
        let m = Model::new(text, &marks, &crate::placeholder::Model::new(text, &marks));
        m.statements
            .iter()
            .map(|s| {
                let q = &m.quantities[s.quantity];
                let g = s
                    .growth
                    .map(|g| {
                        format!(
                            " {}{}",
                            g.direction.sign(),
                            &text[m.quantities[g.quantity].range.clone()]
                        )
                    })
                    .unwrap_or_default();
                format!(
                    "{}|{}|{}{}",
                    &text[s.metric.clone()],
                    &text[q.range.clone()],
                    s.period.map(|p| p.to_string()).unwrap_or_default(),
                    g
                )
            })
            .collect()
    }

    #[test]
    fn period_and_kind_words_share_no_character() {
        // What lets one automaton find both without one hiding the other.
        let chars =
            |words: &[&str]| -> Vec<char> { words.iter().flat_map(|w| w.chars()).collect() };
        let periods = chars(&PERIODS.map(|(w, _)| w));
        let kinds = chars(&KINDS.map(|(w, _)| w));
        assert!(periods.iter().all(|c| !kinds.contains(c)));
    }

    #[test]
    fn reads_metric_period_and_growth() {
        assert_eq!(
            describe("1至10月份，规上工业产值实现104.5亿元，同比增长5.9%；技改投资实现6.52亿元，同比下降16.8%。"),
            ["规上工业产值|104.5亿元|1-10月 +5.9%", "技改投资|6.52亿元|1-10月 -16.8%"]
        );
        assert_eq!(
            describe("预计全年技改投资实现7.5亿元，同比增长32%【年度目标是：技改投资实现6.9亿元，增长15%】。"),
            ["技改投资|7.5亿元|全年 +32%", "技改投资|6.9亿元|全年 +15%"]
        );
        assert_eq!(
            describe("认定高新技术企业21家，7县（市）第5，同比增长163%。"),
            ["认定高新技术企业|21家| +163%"]
        );
        // A growth that names its own quantity, or a figure of an unknown
        // unit between, is not the count's growth.
        assert_eq!(describe("11个重点产业增加值增长5.3%。"), ["|11个|"]);
        assert_eq!(
            describe("外送气覆盖7个省份，送出天然气210亿标方、增长15%。"),
            ["外送气覆盖|7个|"]
        );
        // 度 is the kilowatt-hour: the growth is the electricity's.
        assert_eq!(
            describe("外送电覆盖7个省份，送出电量210亿度、增长15%。"),
            ["外送电覆盖|7个|", "送出电量|210亿度| +15%"]
        );
        assert_eq!(
            describe("地区生产总值实现60亿元（上年为50亿元），同比增长20%。"),
            ["地区生产总值|60亿元| +20%", "上年|50亿元|"]
        );
        assert_eq!(
            describe("新增企业32家同比增长38.8%。"),
            ["新增企业|32家| +38.8%"]
        );
    }

    #[test]
    fn a_moves_figures_are_the_metrics_before_from() {
        assert_eq!(
            describe("地区生产总值从180亿元增加到260亿元，年均增长7.1%。"),
            ["地区生产总值|180亿元|", "地区生产总值|260亿元|"]
        );
        // A move of a list is left whole.
        assert_eq!(
            describe("城乡居民收入从2021年的4万元和1万元分别提高到5万元和2万元。"),
            [
                "城乡居民收入从2021年的|4万元|2021年",
                "城乡居民收入从2021年的4万元和|1万元|2021年",
                "城乡居民收入从2021年的4万元和1万元分别提高|5万元|2021年",
                "城乡居民收入从2021年的4万元和1万元分别提高到5万元和|2万元|2021年"
            ]
        );
    }

    #[test]
    fn a_clause_of_a_verb_alone_speaks_of_the_last_subject() {
        assert_eq!(
            describe("全市粮食产量跨过两个百万吨台阶、超过520万吨。"),
            [
                "粮食产量跨过|两个|",
                "粮食产量跨过两个|百万吨|",
                "粮食产量|520万吨|"
            ]
        );
        assert_eq!(
            describe("全县税收收入突破9亿元，达到9.3亿元。"),
            ["税收收入|9亿元|", "税收收入|9.3亿元|"]
        );
        // An empty clause is a list's next item; a 分别 list's figures each
        // have their own subject.
        assert_eq!(
            describe("新建农田水利工程12处、5处小型水库。"),
            ["新建农田水利工程|12处|", "|5处|"]
        );
        assert_eq!(
            describe("道路、桥梁投资分别达到12亿元、达到3亿元。"),
            ["桥梁投资分别|12亿元|", "达到|3亿元|"]
        );
    }

    #[test]
    fn pairs_respective_lists_by_position() {
        assert_eq!(
            describe("预计全年完成财政科技支出1.69亿元、技术合同登记541项，认定高新技术企业32家，分别较去年增长186.1%、567.9%、38.8%。"),
            ["财政科技支出|1.69亿元|全年 +186.1%", "技术合同登记|541项|全年 +567.9%", "认定高新技术企业|32家|全年 +38.8%"]
        );
        // The list names its own subjects before 分别: the counts earlier in
        // the sentence are not what grew.
        assert_eq!(
            describe("新增企业12家，建成项目340个，道路投资、园区投资分别增长3.2%、8.5%。"),
            ["新增企业|12家|", "建成项目|340个|"]
        );
        assert_eq!(
            describe("引进企业15家、平台6个，订单量与销售额分别增长22.1%、15.1%。"),
            ["引进企业|15家|", "平台|6个|"]
        );
        // Three values, two percentages: nothing is paired.
        assert_eq!(
            describe("新增A企业3家、B企业4家、C企业5家，分别增长10%、20%。"),
            ["新增A企业|3家|", "B企业|4家|", "C企业|5家|"]
        );
    }
}
