//! `direction-vs-values`: a move told in words that the figures contradict —
//! “比重从38.2%提高到37.6%”, “由2.36万家增加到1.87万家”, “由第10位升至第11位”.

use crate::finding::{Category, Severity};
use crate::lexicon::words::CHANGE;
use crate::lexicon::Lexicon;
use crate::number::{Direction, Interval, Quantity, UnitKind, RATIO_MARKS};
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use std::sync::LazyLock;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "direction-vs-values",
        title: "升降方向与数值不符",
        category: Category::Number,
        severity: Severity::Warning,
        fix: FixAvailability::None,
        docs: Docs {
            what: "“由X提高（增加、提升、升至）到Y”要求Y大于X，“由X下降（减少、降至）到Y”要求Y小于X；名次相反，“由第10位升至第8位”名次数要变小；比值“由2.31∶1缩小至2.26∶1”要变小，扩大要变大。紧跟在增速后面的说法也要与增速的正负相符：“下降4.2%，实现逆势上扬”自相矛盾。按文中写出的位数，无论如何读都不符时报告。",
            why: "改稿时只改了一个数，或把上年和本年的数对调，句子的说法就和数字相反，读者一眼就能看出。",
            bad: "研发投入占比由2.1%提高到1.9%，排名由全国第10位升至第12位。",
            good: "研发投入占比由1.9%提高到2.1%，排名由全国第12位升至第10位，失业率由5.3%降至5.1%。",
        },
    },
    check,
};

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    moves(ctx, sink);
    rate_then_claim(ctx, sink);
    ratios(ctx, sink);
}

/// Words that say a figure rose, said of the rate right before them
/// (下降4.2%，实现逆势上扬), and whether they say it rose.
const CLAIMS: [(&str, bool); 8] = [
    ("逆势上扬", true),
    ("逆势增长", true),
    ("实现正增长", true),
    ("止跌回升", true),
    ("由负转正", true),
    ("扭负为正", true),
    ("由正转负", false),
    ("出现负增长", false),
];

pub(crate) static CLAIM_WORDS: LazyLock<Lexicon<bool>> = LazyLock::new(|| Lexicon::new(CLAIMS));

pub(crate) static RATIO_WORDS: LazyLock<Lexicon<bool>> =
    LazyLock::new(|| Lexicon::new(RATIO_MOVES));

/// How far after a rate its claim may stand, in characters (，实现逆势上扬).
const CLAIM_REACH: usize = 6;

/// “外贸进出口额86亿元，下降4.2%，实现逆势上扬”: a rate whose sign the
/// words right after it deny.
fn rate_then_claim(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let text = ctx.text;
    let qs = &ctx.numbers.quantities;
    // One search of the text for every claim.
    for (r, up) in ctx.find_iter(&CLAIM_WORDS) {
        let (at, word) = (r.start, &text[r]);
        // The rate right before, with only a comma and a few words between.
        let k = qs.partition_point(|q| q.range.end <= at);
        let Some(q) = k.checked_sub(1).map(|k| &qs[k]) else {
            continue;
        };
        if q.unit.kind != UnitKind::Percent {
            continue;
        }
        let between = &text[q.range.end..at];
        if between.chars().count() > CLAIM_REACH || !between.starts_with(['，', ',', '、']) {
            continue;
        }
        // The rate's own word of change (下降7.5%; 比增, a report's short
        // form of 比上年增长).
        let before = crate::text::last_chars(&text[..q.range.start], 4);
        let Some((len, direction)) = CHANGE.suffix(before).or_else(|| {
            before
                .ends_with("比增")
                .then_some(("比增".len(), Direction::Up))
        }) else {
            continue;
        };
        if up != (direction == Direction::Up) {
            let said = sink.quote(q.range.start - len..q.range.end);
            sink.report(
                at..at + word.len(),
                format!("前面写的是“{said}”，却说“{word}”，升降方向相反，请核对数值或说法。"),
            )
            .with_related(q.range.clone(), "增速".to_owned());
        }
    }
}

/// Words of a ratio's move (城乡居民收入比由2.31∶1缩小到2.26∶1) and
/// whether it grows.
const RATIO_MOVES: [(&str, bool); 6] = [
    ("缩小到", false),
    ("缩小至", false),
    ("缩小为", false),
    ("扩大到", true),
    ("扩大至", true),
    ("扩大为", true),
];

/// “由2.31∶1缩小至2.46∶1”: a ratio said to narrow whose figures widen, or
/// the reverse.
fn ratios(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let text = ctx.text;
    // Cheapest test first: a ratio's colon somewhere.
    if !text.contains(RATIO_MARKS) {
        return;
    }
    for (r, grows) in ctx.find_iter(&RATIO_WORDS) {
        let (at, word) = (r.start, &text[r]);
        let Some((to, to_len)) = ratio_at(&text[at + word.len()..]) else {
            continue;
        };
        let head = crate::text::last_chars(&text[..at], 12);
        let Some(from_at) = head.rfind(['由', '从']) else {
            continue;
        };
        let from_at = at - head.len() + from_at + '由'.len_utf8();
        let Some((from, from_len)) = ratio_at(&text[from_at..]) else {
            continue;
        };
        if from_at + from_len != at {
            continue;
        }
        let contradicted = if grows {
            to.hi <= from.lo
        } else {
            to.lo >= from.hi
        };
        if contradicted {
            let end = at + word.len() + to_len;
            sink.report(
                at..at + word.len(),
                format!(
                    "“{}”：比值由{}变为{}，是{}，与“{}”不符，请核对数值或说法。",
                    sink.quote(from_at..end),
                    sink.quote(from_at..from_at + from_len),
                    sink.quote(at + word.len()..end),
                    if grows { "缩小" } else { "扩大" },
                    word.trim_end_matches(['到', '至', '为'])
                ),
            );
        }
    }
}

/// A ratio to one at the start of `s` (2.52∶1, 2.4:1): its first term as
/// an interval from the digits written, and its length in bytes.
fn ratio_at(s: &str) -> Option<(Interval, usize)> {
    let digits = s
        .char_indices()
        .find(|&(_, c)| !(c.is_ascii_digit() || c == '.'))
        .map_or(s.len(), |(k, _)| k);
    let term = &s[..digits];
    let value: f64 = term.parse().ok()?;
    let rest = &s[digits..];
    let colon = RATIO_MARKS.into_iter().find(|&c| rest.starts_with(c))?;
    let one = rest[colon.len_utf8()..].strip_prefix('1')?;
    if one.starts_with(|c: char| c.is_ascii_digit() || c == '.') {
        return None;
    }
    let decimals = term.find('.').map_or(0, |k| term.len() - k - 1) as u32;
    Some((
        Interval::written(value, decimals),
        digits + colon.len_utf8() + 1,
    ))
}

/// The moves of the number model (由X提高到Y).
fn moves(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let qs = &ctx.numbers.quantities;
    for t in &ctx.numbers.transitions {
        let (from, to) = (&qs[t.from], &qs[t.to]);
        let rank = t.rank;
        if !rank && !comparable(from, to) {
            continue;
        }
        let (a, b) = (from.scaled_interval(), to.scaled_interval());
        // Up a ranking is a smaller number.
        let up = if rank {
            t.direction == Direction::Down
        } else {
            t.direction == Direction::Up
        };
        let contradicted = if up { b.hi <= a.lo } else { b.lo >= a.hi };
        if !contradicted {
            continue;
        }
        let words = sink.quote(t.words.clone());
        let (x, y) = (sink.quote(from.range.clone()), sink.quote(to.range.clone()));
        let message = if rank {
            let went = if b.lo > a.hi {
                "后退"
            } else if b.hi < a.lo {
                "前进"
            } else {
                "没有变化"
            };
            format!("名次由{x}到{y}，{went}了，与“{words}”不符：名次上升数字应变小，下降应变大，请核对名次或说法。")
        } else {
            let went = if b.hi < a.lo {
                "减少"
            } else if b.lo > a.hi {
                "增加"
            } else {
                "没有变化"
            };
            format!("由{x}到{y}是{went}，与“{words}”不符，请核对两个数或说法。")
        };
        sink.report(t.words.clone(), message)
            .with_related(from.range.clone(), "原来的数".to_owned())
            .with_related(to.range.clone(), "现在的数".to_owned());
    }
}

/// Figures of one kind and unit family: 2.36万家 and 1.87万家, 38.2% and
/// 37.6%; a bare number compares only with a bare number.
fn comparable(a: &Quantity, b: &Quantity) -> bool {
    a.unit.kind == b.unit.kind
        && a.unit.base == b.unit.base
        && !matches!(
            a.unit.kind,
            UnitKind::Year | UnitKind::Month | UnitKind::Day
        )
        && a.interval().hi.is_finite()
        && b.interval().hi.is_finite()
        && !a.ordinal
        && !b.ordinal
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::tester::Tester;

    #[test]
    fn rule() {
        Tester::new(&RULE)
            .pass([
                "规上工业产值46.3亿元，比增3.2%，实现逆势上扬。",
                "两项补贴标准分别从每人每月150元、260元提高到165元、280元。",
                "研发投入占比由1.9%提高到2.1%，排名由全国第12位升至第10位。",
                "失业率由5.3%降至5.1%，企业数从1.87万家增加到2.36万家。",
                // Rounded figures that may be equal are not contradicted.
                "占比由约38%提高到38.2%。",
                // Different kinds of figure are not compared.
                "由3个园区增加到5000家企业。",
                "由2020年的12家增加到2025年的30家。",
                "在百强榜上的排名由41位上升到35位，团队由3位增加到5位院士。",
                "外贸进出口额86亿元，增长4.2%，实现逆势上扬；城乡居民收入比由2.31∶1缩小至2.26∶1。",
                "出口额下降3.2%，降幅比上年收窄，全年实现正增长的行业有12个。",
            ])
            .fail([
                "规上工业产值46.3亿元，比降3.2%，实现逆势上扬。",
                "两项补贴标准分别从每人每月150元、260元提高到165元、250元。",
                "研发投入占比由2.1%提高到1.9%。",
                "企业数从2.36万家增加到1.87万家。",
                "排名由全国第10位升至第12位。",
                "航线由12条增至10条，失业率由5.1%降至5.3%。",
                "补贴由350元提高到330元。",
                "在百强榜上的排名由35位上升到41位。",
                "外贸进出口额86亿元，下降4.2%，实现逆势上扬。",
                "城乡居民收入比由2.31∶1缩小至2.46∶1。",
            ])
            .test_and_snapshot();
    }
}
