//! `growth-comparison`: a growth rate said to be faster or slower than
//! another one the report states for the same year, when the two figures
//! say the opposite — “城镇、农村居民收入分别增长6.3%、5.9%，农村居民
//! 收入增速快于城镇居民”; “居民收入增长6.4%，快于经济增速” with 地区生产
//! 总值增长6.9% earlier in the review.
//!
//! Every growth rate of the report is read once into an index (a figure's
//! own growth, a bare “X增长p%”, each name of a 分别 list), kept with its
//! year from the calendar; a comparison names its two sides and each is
//! looked up there.

use crate::calendar::YearSource;
use crate::finding::{Category, Severity};
use crate::number::{metric, Direction, Interval, Quantity, UnitKind};
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use crate::text::last_chars;
use std::borrow::Cow;
use std::cell::OnceCell;
use std::ops::Range;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "growth-comparison",
        title: "增速快慢比较不符",
        category: Category::Number,
        severity: Severity::Warning,
        fix: FixAvailability::None,
        docs: Docs {
            what: "说某项增速“快于、高于、慢于、低于”另一项增速时，两项增速在同一报告同一年份中写出的数值要支持这个说法（增速按统计部门公布时的四舍五入读：3.8%是3.75%～3.85%，所有读法都不成立时报告）：如“城镇、农村居民收入分别增长6.3%、5.9%”之后又说“农村居民收入增幅高于城镇居民”。“经济增速”指地区生产总值的增速。比较的对象直接写成目标数时（“增长11.3%，低于13%左右的预期目标”），按写出的增速和目标数（目标是定下的数，不按舍入放宽）比较。找不到另一项增速、或有两种读法时不报告。",
            why: "比较的说法多是沿用往年的固定表述，当年数据变了，说法却没跟着改。",
            bad: "2025年工作总结\n一、2025年工作回顾\n城乡居民收入分别增长6.3%、5.9%，农民收入增幅继续高于城镇居民。\n",
            good: "2025年工作总结\n一、2025年工作回顾\n城乡居民收入分别增长4.7%、6.1%，农民收入增幅继续高于城镇居民。\n",
        },
    },
    check,
};

/// Comparison words and whether they say the subject grew faster.
const COMPARE: [(&str, bool); 6] = [
    ("快于", true),
    ("超过", true),
    ("高于", true),
    ("跑赢", true),
    ("慢于", false),
    ("低于", false),
];

/// Words right before a growth rate, longest first, and its direction.
const GROWTH_WORDS: [(&str, Direction); 9] = [
    ("增速为", Direction::Up),
    ("增幅为", Direction::Up),
    ("增长", Direction::Up),
    ("增速", Direction::Up),
    ("增幅", Direction::Up),
    ("提高", Direction::Up),
    ("上升", Direction::Up),
    ("下降", Direction::Down),
    ("回落", Direction::Down),
];

/// Names that join two (城乡 is 城镇 and 农村), as a 分别 list spells them
/// out.
const COMPOUNDS: [(&str, [&str; 2]); 1] = [("城乡", ["城镇", "农村"])];

/// Everyday names for a side of a comparison, and the name the figures
/// use (农民收入 is 农村居民收入).
const ALIASES: [(&str, &str); 1] = [("农民", "农村居民")];

/// Words inside a name that do not tell one side from another (农村常住
/// 居民人均可支配收入 is 农村居民收入 when compared): left out of names and
/// phrases alike.
const FILLERS: [&str; 3] = ["常住", "人均可支配", "人均"];

/// `s` with its aliases named as the figures name them and its fillers
/// left out.
fn normal(s: &str) -> Cow<'_, str> {
    let mut out = Cow::Borrowed(s);
    for (alias, name) in ALIASES {
        if out.contains(alias) {
            out = Cow::Owned(out.replace(alias, name));
        }
    }
    for filler in FILLERS {
        if out.contains(filler) {
            out = Cow::Owned(out.replace(filler, ""));
        }
    }
    out
}

/// Words a name may carry that say nothing of what grew.
const LEADS: [&str; 8] = [
    "其中",
    "全省",
    "全市",
    "全县",
    "全区",
    "全国",
    "初步核算",
    "初步统计",
];
const TAILS: [&str; 7] = ["同比", "比上年", "较上年", "实际", "分别", "名义", "年均"];

/// One growth rate of the report: what grew (a range of the text, or a
/// name cut from a 分别 list), the rate, its year and report.
struct Entry<'t> {
    name: Cow<'t, str>,
    rate: Interval,
    at: Range<usize>,
    /// The year and report, read from the calendar when first asked: most
    /// rates are never compared.
    scope: OnceCell<Option<(u32, usize)>>,
}

impl Entry<'_> {
    fn in_scope(&self, ctx: &Ctx<'_>, scope: (u32, usize)) -> bool {
        *self.scope.get_or_init(|| year_at(ctx, self.at.start)) == Some(scope)
    }
}

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let text = ctx.text;
    // Cheapest test first: a comparison word somewhere.
    // One search for the last characters of the words (于, 赢, 过), each
    // hit then read back: six searches of the whole text cost six times one.
    let mut claims: Vec<(usize, &str, bool)> = text
        .match_indices('于')
        .chain(text.match_indices('赢'))
        .chain(text.match_indices('过'))
        .filter_map(|(end, last)| {
            let end = end + last.len();
            COMPARE
                .iter()
                .find(|(w, _)| text[..end].ends_with(w))
                .map(|&(w, faster)| (end - w.len(), w, faster))
        })
        .collect();
    if claims.is_empty() {
        return;
    }
    claims.sort_unstable();
    for &(at, word, faster) in &claims {
        against_target(ctx, at, word, faster, sink);
        against_bracketed(ctx, at, word, faster, sink);
    }
    let entries = index(ctx);
    if entries.len() < 2 {
        return;
    }
    for (at, word, faster) in claims {
        let Some((year, report)) = year_at(ctx, at) else {
            continue;
        };
        let same_year = |e: &&Entry<'_>| e.in_scope(ctx, (year, report));
        let Some(clause) = ctx.marks.layout().clause_at(text, at) else {
            continue;
        };
        // The subject: the rate right before the word (增长6.4%，快于…), or
        // the growth the clause before it names (农村居民收入增速快于…).
        let subject = match rate_just_before(text, ctx, at) {
            Some(q) => entries
                .iter()
                .filter(same_year)
                .find(|e| e.at == q.range)
                .map(|e| (e, true)),
            None => {
                let phrase = &text[clause.start..at];
                // A rate written in the clause is the subject's own (年均
                // 增长7.2%、持续高于…): not one to look up.
                if !["增速", "增幅", "增长"].iter().any(|w| phrase.contains(w))
                    || phrase.contains(['%', '％'])
                {
                    continue;
                }
                // A yearly average only when the clause says so.
                let average = phrase.contains("年均");
                best_match(phrase, entries.iter(), |e| {
                    same_year(e) && averaged(text, &e.at) == average
                })
                .map(|e| (e, false))
            }
        };
        let Some((subject, right_before)) = subject else {
            continue;
        };
        // The objects: what follows the word in its clause, cut at a figure
        // (快于全国0.5个百分点), each name of “A和B” looked up alone.
        let after_word = at + word.len();
        let object = &text[after_word..clause.end.max(after_word)];
        let object = &object[..object
            .find(|c: char| c.is_ascii_digit() || c == '的')
            .unwrap_or(object.len())];
        for part in object.split(['和', '及', '与', '、']) {
            // A yearly average is compared with a yearly average (年均增长
            // 6.8%、超过经济增速: the economy's 年均增长7.1%).
            let average = averaged(text, &subject.at);
            let Some(other) = best_match(part, entries.iter(), |e| {
                same_year(e) && averaged(text, &e.at) == average
            })
            .filter(|o| o.at != subject.at) else {
                continue;
            };
            let (s, o) = (subject.rate, other.rate);
            let contradicted = if faster { s.hi <= o.lo } else { s.lo >= o.hi };
            if !contradicted {
                continue;
            }
            let shown = |e: &Entry<'_>| {
                let q = &text[e.at.clone()];
                if e.rate.hi < 0.0 {
                    format!("下降{q}")
                } else {
                    format!("增长{q}")
                }
            };
            let subject_name = if right_before {
                "前面的增速"
            } else {
                &subject.name
            };
            let message = format!(
                "说“{}{word}{}”，但{subject_name}为{}，{}为{}，{}，请核对数值或说法。",
                sink.quote(clause.start..at),
                sink.quote(after_word..after_word + object.len()),
                shown(subject),
                other.name,
                shown(other),
                if faster {
                    "并不更快"
                } else {
                    "并不更慢"
                },
            );
            sink.report(at..after_word, message)
                .with_related(subject.at.clone(), "比较的一方".to_owned())
                .with_related(other.at.clone(), format!("{}的增速", other.name));
            break;
        }
    }
}

/// Words after a target's figure that make it the target compared with
/// (“低于13%左右的预期目标”).
const TARGET_AFTER: [&str; 4] = ["的预期目标", "的目标", "的年度目标", "的调控目标"];

/// “M2增长11.3%，低于13%左右的预期目标”: a growth rate compared with the
/// target written right after the comparison word. The claim must hold of
/// the written figures (the target as written, its 左右 aside).
fn against_target(ctx: &Ctx<'_>, at: usize, word: &str, faster: bool, sink: &mut Sink<'_>) {
    let text = ctx.text;
    let Some(q) = rate_just_before(text, ctx, at) else {
        return;
    };
    let Some((_, direction)) = growth_word_before(text, q) else {
        return;
    };
    let after = at + word.len();
    let qs = &ctx.numbers.quantities;
    let k = qs.partition_point(|t| t.range.start < after);
    let Some(target) = qs
        .get(k)
        .filter(|t| t.range.start == after && t.unit.kind == UnitKind::Percent && !t.chinese)
    else {
        return;
    };
    let rest = &text[target.range.end..];
    let rest = rest.strip_prefix("左右").unwrap_or(rest);
    if !TARGET_AFTER.iter().any(|w| rest.starts_with(w)) {
        return;
    }
    // A target is a figure set, not measured: exactly as written.
    let (rate, goal) = (signed(q, direction), Interval::exact(target.amount()));
    let contradicted = if faster {
        rate.hi <= goal.lo
    } else {
        rate.lo >= goal.hi
    };
    if !contradicted {
        return;
    }
    let said = sink.quote(q.range.clone()).to_owned();
    let goal_said = sink.quote(target.range.clone()).to_owned();
    sink.report(
        at..after,
        format!(
            "{said}并不{}目标{goal_said}，“{word}”与数值不符，请核对数值或说法。",
            if faster { "高于" } else { "低于" }
        ),
    )
    .with_related(target.range.clone(), "目标".to_owned());
}

/// The longest object before its bracketed rate (全省平均水平（3.9%）), in
/// characters.
const BRACKETED_OBJECT_CHARS: usize = 10;

/// “增长3.8%，高于全国（3.6%）”: a growth rate compared with the rate
/// written in brackets right after what it is compared with. Both are
/// measured: the claim must fail however either was rounded.
fn against_bracketed(ctx: &Ctx<'_>, at: usize, word: &str, faster: bool, sink: &mut Sink<'_>) {
    let text = ctx.text;
    let after = at + word.len();
    let object_end = crate::chars::first_chars(&text[after..], BRACKETED_OBJECT_CHARS + 1);
    let Some(open) = object_end.find(['（', '(']) else {
        return;
    };
    let object = &object_end[..open];
    if object.is_empty() || !object.chars().all(crate::text::is_han) {
        return;
    }
    let Some(q) = rate_just_before(text, ctx, at) else {
        return;
    };
    let Some((_, direction)) = growth_word_before(text, q) else {
        return;
    };
    let inside = after + open + object_end[open..].chars().next().map_or(0, char::len_utf8);
    // The bracket holds the other rate alone, or after a word of growth.
    let lead = ["增长", "增速为", "增速", "为"]
        .iter()
        .find(|w| text[inside..].starts_with(*w))
        .map_or(0, |w| w.len());
    let qs = &ctx.numbers.quantities;
    let k = qs.partition_point(|t| t.range.start < inside + lead);
    let Some(other) = qs.get(k).filter(|t| {
        t.range.start == inside + lead
            && t.unit.kind == UnitKind::Percent
            && !t.chinese
            && text[t.range.end..].starts_with(['）', ')'])
    }) else {
        return;
    };
    let (rate, theirs) = (
        signed(q, direction),
        Interval::rounded(other.amount(), other.decimals),
    );
    let contradicted = if faster {
        rate.hi <= theirs.lo
    } else {
        rate.lo >= theirs.hi
    };
    if !contradicted {
        return;
    }
    let said = sink.quote(q.range.clone()).to_owned();
    let theirs_said = sink.quote(other.range.clone()).to_owned();
    sink.report(
        at..after,
        format!(
            "{said}并不{}{object}的{theirs_said}，“{word}”与数值不符，请核对数值或说法。",
            if faster { "高于" } else { "低于" }
        ),
    )
    .with_related(other.range.clone(), format!("{object}的增速"));
}

/// The entry of `entries` that `phrase` names: the one whose name's start
/// the phrase holds longest (农村居民 over 居民). “经济增速” is the growth
/// of 地区生产总值. None when two entries of different rates tie.
fn best_match<'e, 't>(
    phrase: &str,
    entries: impl Iterator<Item = &'e Entry<'t>>,
    in_scope: impl Fn(&&'e Entry<'t>) -> bool,
) -> Option<&'e Entry<'t>>
where
    't: 'e,
{
    let phrase = normal(phrase);
    let economy = phrase.contains("经济") && !phrase.contains("居民");
    let mut best: Option<(usize, &Entry<'t>)> = None;
    let mut tied = false;
    for e in entries {
        let score = if economy {
            if metric::key(&e.name).starts_with("地区生产总值") {
                usize::MAX
            } else {
                continue;
            }
        } else {
            shared_start(&phrase, &e.name)
        };
        // The year is asked last: it is the costly question.
        // The phrase holds the whole name, or a start long enough to tell
        // it (城镇 does not tell 城镇居民收入 from 城镇低保标准).
        if !(score == e.name.chars().count() || score >= 4) || !in_scope(&e) {
            continue;
        }
        match best {
            Some((b, be)) if b == score => tied |= !be.rate.overlaps(&e.rate),
            Some((b, _)) if b > score => {}
            _ => {
                best = Some((score, e));
                tied = false;
            }
        }
    }
    best.filter(|_| !tied).map(|(_, e)| e)
}

/// How many characters of `name`'s start `phrase` holds, counted in
/// characters: at least two to count, at most `NAME_CHARS`.
fn shared_start(phrase: &str, name: &str) -> usize {
    // Cheapest test first: the first two characters.
    let mut ends = name.char_indices().map(|(i, c)| i + c.len_utf8()).skip(1);
    let Some(two) = ends.next() else {
        return 0;
    };
    if !phrase.contains(&name[..two]) {
        return 0;
    }
    2 + ends
        .take(NAME_CHARS - 2)
        .take_while(|&end| phrase.contains(&name[..end]))
        .count()
}

/// The longest start of a name compared.
const NAME_CHARS: usize = 12;

/// The percentage ending right before `at` (skipping a mark and an
/// adverb: “增长6.4%，快于”, “增长5.8%、均高于”), when it is a growth rate.
fn rate_just_before<'m>(text: &str, ctx: &Ctx<'m>, at: usize) -> Option<&'m Quantity> {
    let before = text[..at]
        .trim_end_matches(['均', '都', '也', '仍'])
        .trim_end_matches(['，', '、', ',']);
    let qs = &ctx.numbers.quantities;
    let k = qs.partition_point(|q| q.range.end < before.len());
    let q = qs.get(k).filter(|q| q.range.end == before.len())?;
    (q.unit.kind == UnitKind::Percent && growth_word_before(text, q).is_some()).then_some(q)
}

/// The growth word right before `q` (增长, 下降…): where it starts and the
/// direction.
fn growth_word_before(text: &str, q: &Quantity) -> Option<(usize, Direction)> {
    let before = last_chars(&text[..q.range.start], 3);
    GROWTH_WORDS
        .iter()
        .find(|(w, _)| before.ends_with(w))
        .map(|&(w, d)| (q.range.start - w.len(), d))
}

/// The year and report of position `at`; none in a plan.
fn year_at(ctx: &Ctx<'_>, at: usize) -> Option<(u32, usize)> {
    let sentence = ctx.marks.layout().sentence_at(at)?.whole.clone();
    let (year, source) = ctx.calendar.year_of(ctx.text, sentence, at)?;
    if source == (YearSource::Part { plan: true }) {
        return None;
    }
    let report = ctx.calendar.report_start(at);
    Some((year, report))
}

/// How far before a rate 年均 may stand, in characters (年均实际增长).
const AVERAGED_REACH: usize = 6;

/// Whether the rate at `at` is a yearly average (年均增长7.1%).
fn averaged(text: &str, at: &Range<usize>) -> bool {
    last_chars(&text[..at.start], AVERAGED_REACH).contains("年均")
}

/// A growth rate signed by its direction.
fn signed(q: &Quantity, d: Direction) -> Interval {
    // Published growth rates are rounded, not cut: 3.8% is 3.75–3.85%.
    let i = Interval::rounded(q.amount(), q.decimals);
    match d {
        Direction::Up => i,
        Direction::Down => Interval {
            lo: -i.hi,
            hi: -i.lo,
        },
    }
}

/// `name` without the words that say nothing of what grew.
fn trimmed(mut name: &str) -> &str {
    loop {
        let before = name;
        for w in LEADS {
            name = name.strip_prefix(w).unwrap_or(name);
        }
        for w in TAILS {
            name = name.strip_suffix(w).unwrap_or(name);
        }
        if name == before {
            return name.trim();
        }
    }
}

/// Every growth rate of the report's reviews, once.
fn index<'t>(ctx: &Ctx<'t>) -> Vec<Entry<'t>> {
    let (text, m) = (ctx.text, ctx.numbers);
    let mut out: Vec<Entry<'t>> = Vec::new();
    let mut push = |name: Cow<'t, str>, q: &Quantity, d: Direction| {
        let name = match name {
            Cow::Borrowed(n) => normal(trimmed(n)),
            Cow::Owned(n) => Cow::Owned(normal(trimmed(&n)).into_owned()),
        };
        // A yearly average (年均) is kept as its name without it: it is
        // compared only with another average (`averaged`).
        if name.chars().count() < 2 {
            return;
        }
        out.push(Entry {
            name,
            rate: signed(q, d),
            at: q.range.clone(),
            scope: OnceCell::new(),
        });
    };
    // 分别 lists: each name with its rate.
    // Which quantities an entry was read from already.
    let mut used = vec![false; m.quantities.len()];
    for list in &m.respective {
        let lead =
            &text[list.keyword.end..list.values.first().map_or(list.keyword.end, |v| v.start)];
        let Some(&(_, d)) = GROWTH_WORDS.iter().find(|(w, _)| lead.contains(w)) else {
            continue;
        };
        let mut names: Vec<Cow<'t, str>> = text[list.clause.start..list.keyword.start]
            .split(['、', '和', '及', '与'])
            .map(Cow::Borrowed)
            .collect();
        // 城乡居民收入分别增长a、b: the town's and the country's.
        if let [one] = names.as_slice() {
            if let Some((rest, parts)) = COMPOUNDS
                .iter()
                .find_map(|(w, parts)| Some((trimmed(one).strip_prefix(w)?, parts)))
            {
                names = parts
                    .iter()
                    .map(|p| Cow::Owned(format!("{p}{rest}")))
                    .collect();
            }
        }
        if names.len() != list.values.len() || names.len() < 2 {
            continue;
        }
        for (name, v) in names.into_iter().zip(&list.values) {
            let k = m.quantities.partition_point(|q| q.range.start < v.start);
            if let Some(q) = m
                .quantities
                .get(k)
                .filter(|q| q.range.start == v.start && q.unit.kind == UnitKind::Percent)
            {
                push(name, q, d);
                used[k] = true;
            }
        }
    }
    // A figure's own growth (收入39545元、增长5%).
    for s in &m.statements {
        if let Some(g) = s.growth {
            let q = &m.quantities[g.quantity];
            if q.unit.kind == UnitKind::Percent && !used[g.quantity] {
                push(Cow::Borrowed(&text[s.metric.clone()]), q, g.direction);
                used[g.quantity] = true;
            }
        }
    }
    // A bare rate: “国内生产总值增长6.9%”.
    for (k, q) in m.quantities.iter().enumerate() {
        if q.unit.kind != UnitKind::Percent || used[k] {
            continue;
        }
        let Some((word, d)) = growth_word_before(text, q) else {
            continue;
        };
        let Some(clause) = ctx.marks.layout().clause_at(text, word) else {
            continue;
        };
        let name = &text[clause.start..word];
        // A clause of a rate alone after a move (国内生产总值从54万亿元增加到
        // 82.7万亿元，年均增长7.1%) names what moved.
        let name = if trimmed(name).chars().count() < 2 {
            moved_before(m, clause.start).map_or(name, |s| &text[s.metric.clone()])
        } else {
            name
        };
        if !name.is_empty() {
            push(Cow::Borrowed(name), q, d);
        }
    }
    out
}

/// The statement of a figure moved to that ends right before the clause
/// at `clause` (…增加到82.7万亿元，).
fn moved_before(m: &crate::number::Model, clause: usize) -> Option<&crate::number::Statement> {
    let t = m.transitions.iter().find(|t| {
        let to = &m.quantities[t.to].range;
        !t.rank && to.end < clause && clause - to.end <= '，'.len_utf8()
    })?;
    m.statements.iter().find(|s| s.quantity == t.to)
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::tester::Tester;

    #[test]
    fn rule() {
        Tester::new(&RULE)
            .pass([
                // A rate against the target written after the word.
                "2025年工作总结\n一、2025年工作回顾\n广义货币M2增长8.3%，低于9%左右的预期目标。居民收入增长6.5%，高于6%的年度目标。\n",
                "2025年工作总结\n一、2025年工作回顾\n城乡居民收入分别增长4.7%、6.1%，农民收入增幅继续高于城镇居民。\n",
                // Rounded rates that may still hold.
                "2025年工作总结\n一、2025年工作回顾\n全县地区生产总值增长6.1%。\n居民人均可支配收入增长6.1%，快于经济增速。\n",
                // Another year's rate.
                "2025年工作总结\n一、2025年工作回顾\n全县地区生产总值增长7.2%。\n二、2026年工作计划\n力争居民收入增长6.5%，快于经济增速。\n",
                // A yearly average is not compared with one year's rate.
                "某县2026年政府工作报告\n一、过去五年工作回顾\n五年来，全县地区生产总值年均增长6.1%，2025年增长7.2%。居民收入增长7.0%，快于经济增速。\n二、2026年工作安排\n抓好项目。\n",
                // A bracketed rate that may be equal once rounded, or higher.
                "2025年工作总结\n一、2025年工作回顾\n全县税收收入增长2.4%，高于全市（2.1%），快于全省平均水平(2.4%)。\n",
                // Nothing to compare with: 全国 is not stated.
                "2025年工作总结\n一、2025年工作回顾\n居民收入增长5.1%，高于全国平均水平。\n",
                // A level, not a growth.
                "2025年工作总结\n一、2025年工作回顾\n城镇化率达到58.2%，高于全省平均。工业投资增长9.5%。\n",
                // Two readings of 城镇: left alone.
                "2025年工作总结\n一、2025年工作回顾\n城镇居民收入增长5.2%，城镇投资增长3.1%。农村居民收入增速快于城镇。农村居民收入增长4.6%。\n",
            ])
            .fail([
                "2025年工作总结\n一、2025年工作回顾\n广义货币M2增长9.3%，低于9%左右的预期目标。\n",
                "2025年工作总结\n一、2025年工作回顾\n居民收入增长5.8%，高于6%的年度目标。\n",
                "2025年工作总结\n一、2025年工作回顾\n全县税收收入增长2.4%，高于全市（2.5%）。\n",
                // Rates are rounded by the statistics office: 5.9% is below 6.0%.
                "2025年工作总结\n一、2025年工作回顾\n全县地区生产总值增长6.0%。\n全县居民人均可支配收入增长5.9%，快于经济增速。\n",
                "2025年工作總結\n一、2025年工作回顧\n廣義貨幣M2增長9.3%，低於9%左右的預期目標。\n",
                "2025年工作总结\n一、2025年工作回顾\n城乡居民收入分别增长6.3%、5.9%，农民收入增幅继续高于城镇居民。\n",
                "2025年工作总结\n一、2025年工作回顾\n全县地区生产总值增长6.9%。\n全县居民人均可支配收入增长6.4%，快于经济增速。\n",
                // Yearly averages over five years, the economy's after a move.
                "某县2026年政府工作报告\n一、过去五年工作回顾\n五年来，全县地区生产总值从180亿元增加到245亿元，年均增长6.4%。居民收入年均增长5.9%、超过经济增速。\n二、2026年工作安排\n抓好项目。\n",
                "某省2026年政府工作报告\n各位代表：\n一、2025年工作回顾\n居民人均可支配收入达到28760元、增长6.2%，其中农村居民收入增长7.1%。\n易地搬迁群众收入增长6.8%，高于全体居民和农村居民收入增速。\n二、2026年工作安排\n抓好就业。\n",
                "2025年工作总结\n一、2025年工作回顾\n城镇常住居民人均可支配收入增长6.6%，农村常住居民人均可支配收入增长5.8%。\n农村居民收入增幅已连续八年跑赢城镇居民。\n",
                "2025年工作總結\n一、2025年工作回顧\n城鄉居民收入分別增長6.3%、5.9%，農民收入增幅繼續高於城鎮居民。\n",
            ])
            .test_and_snapshot();
    }
}
