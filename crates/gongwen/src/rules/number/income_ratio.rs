//! `income-ratio`: the urban–rural income ratio against the two incomes or
//! their growth given with it — “城镇居民人均可支配收入38650元……农村居民
//! 人均可支配收入17420元……城乡居民收入比缩小至2.12” (38650 ÷ 17420 =
//! 2.22); “城乡居民人均收入分别增长4.6%、6.9%，收入比扩大至2.31” (rural
//! incomes grew faster: the ratio shrank).

use super::fmt;
use crate::finding::{Category, Severity};
use crate::number::{Interval, Quantity, UnitKind};
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use crate::text::{is_digit, Needle};
use std::sync::LazyLock;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "income-ratio",
        title: "城乡收入比与收入不符",
        category: Category::Number,
        severity: Severity::Warning,
        fix: FixAvailability::None,
        docs: Docs {
            what: "城乡居民收入比是城镇居民人均可支配收入除以农村居民人均可支配收入：同一段里写了两项收入时，收入比要与两数相除的结果相符（按写出的位数计算）；写了两项收入的增速时，农村增得快，收入比只能缩小，城镇增得快，只能扩大。",
            why: "收入比常从上一年的材料里照抄，或者把“缩小”误写成“扩大”，和同一段的收入数字一对就能看出来。",
            bad: "城镇居民人均可支配收入38650元，农村居民人均可支配收入17420元，城乡居民收入比缩小至2.12。",
            good: "城镇居民人均可支配收入38650元，农村居民人均可支配收入17420元，城乡居民收入比缩小至2.22。",
        },
    },
    check,
};

/// Words between 收入比 and its value, and the way each says it moved.
const MOVES: [(&str, Option<bool>); 12] = [
    ("缩小至", Some(false)),
    ("缩小到", Some(false)),
    ("缩小为", Some(false)),
    ("下降至", Some(false)),
    ("降至", Some(false)),
    ("降低至", Some(false)),
    ("扩大至", Some(true)),
    ("扩大到", Some(true)),
    ("调整为", None),
    ("达到", None),
    ("为", None),
    ("", None),
];

/// How far before 收入比 the incomes may be stated, in bytes (about 200
/// characters of the paragraph).
const REACH: usize = 600;

static RATIO: LazyLock<Needle> = LazyLock::new(|| Needle::new("收入比"));

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let text = ctx.text;
    let m = ctx.numbers;
    for at in RATIO.find_iter(text) {
        // 城乡 names the ratio, or the incomes its sentence speaks of (城乡
        // 居民人均收入年均增长……，收入比扩大至……).
        let Some(sentence) = ctx.marks.layout().sentence_at(at) else {
            continue;
        };
        let head =
            crate::text::floor_boundary(text, at.saturating_sub(REACH)).max(sentence.whole.start);
        if !text[head..at].contains("城乡") {
            continue;
        }
        let after = &text[at + "收入比".len()..];
        let Some((word, up)) = MOVES.iter().find(|(w, _)| after.starts_with(w)) else {
            continue;
        };
        let value_at = at + "收入比".len() + word.len();
        let Some((ratio, range)) = bare_decimal(text, value_at) else {
            continue;
        };
        let para = m.paragraphs.partition_point(|p| p.range.end <= at);
        if !m
            .paragraphs
            .get(para)
            .is_some_and(|p| p.range.contains(&at))
        {
            continue;
        }
        let from = crate::text::floor_boundary(text, at.saturating_sub(REACH))
            .max(m.paragraphs[para].range.start);
        // The incomes: the last of each before the ratio.
        let income = |place: &str| {
            m.statements.iter().rfind(|s| {
                let name = &text[s.metric.clone()];
                s.paragraph == para
                    && s.metric.start >= from
                    && s.metric.end <= at
                    && name.contains(place)
                    && name.contains("收入")
                    && m.quantities[s.quantity].unit.kind == UnitKind::Money
            })
        };
        let (urban, rural) = (income("城镇"), income("农村"));
        if let (Some(u), Some(r)) = (urban, rural) {
            let (uq, rq) = (&m.quantities[u.quantity], &m.quantities[r.quantity]);
            let computed = uq.scaled_interval().div(&rq.scaled_interval());
            if !computed.overlaps(&ratio) {
                let value = uq.amount() * uq.unit.scale / (rq.amount() * rq.unit.scale);
                let shown = sink.quote(range.clone());
                sink.report(
                    range,
                    format!(
                        "城乡居民收入比 = 城镇 ÷ 农村 = {} ÷ {} = {}，文中为{}，请核对。",
                        sink.quote(uq.range.clone()),
                        sink.quote(rq.range.clone()),
                        fmt(value, 2),
                        shown,
                    ),
                )
                .with_related(uq.range.clone(), "城镇居民收入".to_owned())
                .with_related(rq.range.clone(), "农村居民收入".to_owned());
                continue;
            }
        }
        // The direction against the two growth rates, urban then rural.
        let Some(up) = up else {
            continue;
        };
        let Some((gu, gr)) = growths(ctx, from, at) else {
            continue;
        };
        if (*up && gu.hi < gr.lo) || (!*up && gu.lo > gr.hi) {
            let (faster, moved) = if *up {
                ("农村", "缩小")
            } else {
                ("城镇", "扩大")
            };
            sink.report(
                at..value_at,
                format!("同一段说{faster}居民收入增得更快，城乡居民收入比应当{moved}，这里却说“{}”，请核对。", word.trim_end_matches(['至', '到', '为'])),
            );
        }
    }
}

/// The growth of urban and rural incomes before `at`: two percentages
/// after a 城乡……增长 (分别增长4.6%、6.9%), or each stated with its income.
fn growths(ctx: &Ctx<'_>, from: usize, at: usize) -> Option<(Interval, Interval)> {
    let (text, m) = (ctx.text, ctx.numbers);
    let qs = &m.quantities;
    let k = qs.partition_point(|q| q.range.start < from);
    let end = qs.partition_point(|q| q.range.start < at);
    let pairs = (k..end.saturating_sub(1)).rev().find(|&i| {
        let (a, b) = (&qs[i], &qs[i + 1]);
        a.unit.kind == UnitKind::Percent
            && b.unit.kind == UnitKind::Percent
            && &text[a.range.end..b.range.start] == "、"
            && {
                let lead =
                    crate::text::floor_boundary(text, a.range.start.saturating_sub(60)).max(from);
                let lead = &text[lead..a.range.start];
                lead.contains("城乡") && lead.contains("增长")
            }
    });
    if let Some(i) = pairs {
        return Some((qs[i].interval(), qs[i + 1].interval()));
    }
    // Each growth after its income: 城镇居民人均可支配收入（同比）增长4.1%.
    let grown = |place: &str| {
        qs[k..end]
            .iter()
            .filter(|q| q.unit.kind == UnitKind::Percent)
            .find(|q| {
                let lead =
                    crate::text::floor_boundary(text, q.range.start.saturating_sub(60)).max(from);
                let lead = &text[lead..q.range.start];
                let clause = lead
                    .rfind(['，', '；', '。', ',', ';'])
                    .map_or(lead, |c| &lead[c..]);
                clause.contains(place) && clause.contains("收入") && clause.ends_with("增长")
            })
            .map(Quantity::interval)
    };
    Some((grown("城镇")?, grown("农村")?))
}

/// The written ratio at `at` of `text`: digits with a decimal point and no
/// unit after them (2.03, not 2.03%).
fn bare_decimal(text: &str, at: usize) -> Option<(Interval, std::ops::Range<usize>)> {
    let written = ratio_text(text, at);
    let (whole, frac) = written.split_once('.')?;
    if whole.is_empty() || frac.is_empty() {
        return None;
    }
    // A unit or a word run on is no bare ratio (2.03%, 2.03倍, 2.03万元).
    let rest = &text[at + written.len()..];
    if rest.starts_with(|c: char| matches!(c, '%' | '％' | '‰') || crate::text::is_han(c)) {
        return None;
    }
    let value: f64 = written.parse().ok()?;
    Some((
        Interval::written(value, frac.len() as u32),
        at..at + written.len(),
    ))
}

fn ratio_text(text: &str, at: usize) -> String {
    text[at..]
        .chars()
        .take_while(|&c| is_digit(c) || c == '.')
        .collect()
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::tester::Tester;

    #[test]
    fn rule() {
        Tester::new(&RULE)
            .pass([
                "城镇居民人均可支配收入38650元，增长8.2%；农村居民人均可支配收入17420元，增长9.2%，城乡居民收入比缩小至2.22。",
                "城乡居民人均收入分别增长4.6%、6.9%，收入比缩小至2.31。",
                "城乡居民收入比缩小至2.12。",
                "城乡居民人均可支配收入比由2.5缩小至2.45，城镇居民人均可支配收入38650元。",
                "城镇居民人均可支配收入38650元，农村居民人均可支配收入17420元，城乡居民收入比为2.2:1。",
                "城鎮居民人均可支配收入38650元，農村居民人均可支配收入17420元，城鄉居民收入比縮小至2.22。",
            ])
            .fail([
                "城鄉居民人均收入分別增長4.6%、6.9%，收入比擴大至2.31。",
                "城镇居民人均可支配收入38650元，增长8.2%；农村居民人均可支配收入17420元，增长9.2%，城乡居民收入比缩小至2.12。",
                "城乡居民人均收入分别增长4.6%、6.9%，收入比扩大至2.31。",
                "城镇居民人均可支配收入增长4.1%，农村居民人均可支配收入增长6.3%，城乡居民收入比扩大至2.31。",
                "城鎮居民人均可支配收入38650元，農村居民人均可支配收入17420元，城鄉居民收入比縮小至2.12。",
            ])
            .test_and_snapshot();
    }
}
