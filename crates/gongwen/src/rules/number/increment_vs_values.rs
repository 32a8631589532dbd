//! `increment-vs-values`: an increase told beside the two figures it
//! joins that is not their difference — “由520元提高到565元、增加55元”
//! (565 − 520 = 45), “达到286.4亿元，较上年的201.7亿元增加94.7亿元”
//! (286.4 − 201.7 = 84.7).

use super::fmt;
use crate::finding::{Category, Severity};
use crate::number::{change_by, Direction, Interval, Model, Quantity, UnitKind};
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use crate::text::last_chars;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "increment-vs-values",
        title: "增量与前后两数不符",
        category: Category::Number,
        severity: Severity::Warning,
        fix: FixAvailability::None,
        docs: Docs {
            what: "同一句里写出了前后两个数和两者之差时，差要对得上：“由X提高到Y、增加N”“达到Y，较（比）……的X增加N”中N应等于Y − X（减少时为X − Y）。按文中写出的位数，所有读法都对不上时报告，并给出计算过程。",
            why: "改了现值或基数，增量常常忘了跟着改；两数相减是审稿人最先心算的一步。",
            bad: "农村低保标准由每月520元提高到565元、增加55元。",
            good: "农村低保标准由每月520元提高到565元、增加45元。",
        },
    },
    check,
};

/// What may stand between the second figure and its increase: “、增加”.
const JOINS: [&str; 3] = ["、", "，", ","];

/// Words that open a comparison with an earlier figure: “较上年的”,
/// “比2020年末的”.
const COMPARED: [char; 2] = ['较', '比'];

/// How far before the earlier figure its 较/比 may stand, in characters
/// (较“十三五”末的).
const COMPARED_REACH: usize = 12;

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let (text, m) = (ctx.text, ctx.numbers);
    for t in &m.transitions {
        if t.rank {
            continue;
        }
        let (from, to) = (&m.quantities[t.from], &m.quantities[t.to]);
        // The new ones before the move: “新增……县2个、由25个增加到29个”.
        if let Some(n) = t.from.checked_sub(1).map(|k| &m.quantities[k]) {
            if let Some(by) = new_before(text, n, from, t.direction) {
                judge(text, sink, from, to, n, (by, Direction::Up));
            }
        }
        let Some(n) = m.quantities.get(t.to + 1) else {
            continue;
        };
        let Some((by, direction)) = change_by(text, n) else {
            continue;
        };
        if to.range.end <= by && JOINS.contains(&&text[to.range.end..by]) {
            judge(text, sink, from, to, n, (by, direction));
        }
    }
    for (i, n) in m.quantities.iter().enumerate() {
        // Cheapest test first: the earlier figure stands right before the
        // change word (“201.7亿元增加”), a few bytes before this one.
        let close = i
            .checked_sub(1)
            .is_some_and(|k| n.range.start.saturating_sub(m.quantities[k].range.end) <= 6);
        if !close {
            continue;
        }
        let Some((by, direction)) = change_by(text, n) else {
            continue;
        };
        if let Some((from, to)) = compared(text, m, i, by) {
            judge(text, sink, from, to, n, (by, direction));
        }
    }
}

/// Where 新增 stands before `n` in its clause, when `n` is the number of
/// new ones joined (by 、 or ，) to the rise that opens at `from`
/// (“新增……2个、由25个增加到29个”).
fn new_before(text: &str, n: &Quantity, from: &Quantity, direction: Direction) -> Option<usize> {
    if direction != Direction::Up || n.range.end > from.range.start {
        return None;
    }
    let gap = &text[n.range.end..from.range.start];
    let opener = JOINS.iter().find_map(|j| gap.strip_prefix(j))?;
    if !matches!(opener, "由" | "从") {
        return None;
    }
    let before = last_chars(&text[..n.range.start], NEW_REACH);
    let clause = before
        .rfind(['，', ',', '。', '；', ';', '：', ':', '、'])
        .map_or(0, |k| {
            k + before[k..].chars().next().map_or(1, char::len_utf8)
        });
    let k = before[clause..].find("新增")?;
    Some(n.range.start - before.len() + clause + k)
}

/// How far before the number of new ones 新增 may stand, in characters.
const NEW_REACH: usize = 24;

/// “Y，较……的X增加N”: the figures Y and X of the increase `qs[i]`, whose
/// change word starts at `by`.
fn compared<'m>(
    text: &str,
    m: &'m Model,
    i: usize,
    by: usize,
) -> Option<(&'m Quantity, &'m Quantity)> {
    let qs = &m.quantities;
    let from = qs.get(i.checked_sub(1)?)?;
    if from.range.end != by {
        return None;
    }
    // 较/比 a few characters before X, in its clause.
    let before = last_chars(&text[..from.range.start], COMPARED_REACH);
    let k = before.rfind(COMPARED)?;
    if before[k..].contains(['，', '。', '；', ',', ';', '、']) {
        return None;
    }
    let compared_at = from.range.start - before.len() + k;
    // Only a year between 较 and X (比2020年的); Y is the figure before.
    let mut j = i - 1;
    while j > 0 && qs[j - 1].range.end > compared_at {
        if qs[j - 1].unit.kind != UnitKind::Year {
            return None;
        }
        j -= 1;
    }
    let to = qs.get(j.checked_sub(1)?)?;
    let gap = text.get(to.range.end..compared_at)?;
    JOINS.contains(&gap).then_some((from, to))
}

/// Reports when N is not Y − X (X − Y for a decrease) for any reading of
/// the written digits.
fn judge(
    text: &str,
    sink: &mut Sink<'_>,
    from: &Quantity,
    to: &Quantity,
    n: &Quantity,
    (by, direction): (usize, Direction),
) {
    if !comparable(from, to) || !comparable(to, n) {
        return;
    }
    let (x, y, d) = (
        from.scaled_interval(),
        to.scaled_interval(),
        n.scaled_interval(),
    );
    let diff = match direction {
        Direction::Up => Interval {
            lo: y.lo - x.hi,
            hi: y.hi - x.lo,
        },
        Direction::Down => Interval {
            lo: x.lo - y.hi,
            hi: x.hi - y.lo,
        },
    };
    if diff.overlaps(&d) {
        return;
    }
    let decimals = from.decimals.max(to.decimals) as usize;
    let scale = n.unit.scale;
    let (a, b) = match direction {
        Direction::Up => (to, from),
        Direction::Down => (from, to),
    };
    let value = (a.amount() * a.unit.scale - b.amount() * b.unit.scale) / scale / n.magnitude;
    // The unit as written after the increase's digits (万元, 万家).
    let unit = &text[n.digits.end..n.range.end];
    let message = format!(
        "{} − {} = {}{unit}，文中写的是“{}”，请核对三个数。",
        sink.quote(a.range.clone()),
        sink.quote(b.range.clone()),
        fmt(value, decimals),
        sink.quote(by..n.range.end),
    );
    sink.report(n.range.clone(), message)
        .with_related(from.range.clone(), "原来的数".to_owned())
        .with_related(to.range.clone(), "现在的数".to_owned());
}

/// Exact figures of one kind and unit family.
fn comparable(a: &Quantity, b: &Quantity) -> bool {
    a.unit.kind == b.unit.kind
        && a.unit.base == b.unit.base
        && matches!(
            a.unit.kind,
            UnitKind::Count | UnitKind::Money | UnitKind::Measure
        )
        && a.is_exact()
        && b.is_exact()
        && !a.ordinal
        && !b.ordinal
        && a.malformed.is_none()
        && b.malformed.is_none()
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::tester::Tester;

    #[test]
    fn rule() {
        Tester::new(&RULE)
            .pass([
                "新增产值超100亿元的乡镇4个、由12个增加到16个。",
                // The new ones of another kind.
                "新增企业5家，园区由12个增加到16个。",
                "农村低保标准由每月520元提高到565元、增加45元。",
                "园区由25个增加到29个，增加4个。",
                "税收收入达到286.4亿元，较2020年的201.7亿元增加84.7亿元。",
                "耕地由120万亩减少到110万亩、减少10万亩。",
                // Rounded figures: 2.4 − 1.9 may be 0.46 and more.
                "产值由1.9亿元增加到2.4亿元、增加4600万元。",
                // The increase of something else.
                "园区由25个增加到29个，增加投资12亿元。",
                // Shares: points or percent, not told apart here.
                "比重由38%提高到41%、提高3个百分点。",
                "企業由25家增加到29家，增加4家。",
            ])
            .fail([
                "新增产值超100亿元的乡镇3个、由12个增加到16个。",
                "农村低保标准由每月520元提高到565元、增加55元。",
                "税收收入达到286.4亿元，较“十三五”末的201.7亿元增加94.7亿元。",
                "耕地由120万亩减少到110万亩、减少20万亩。",
                "企業由25家增加到29家，增加6家。",
                "营业收入达到86亿元，比上年的72亿元增加18亿元。",
            ])
            .test_and_snapshot();
    }
}
