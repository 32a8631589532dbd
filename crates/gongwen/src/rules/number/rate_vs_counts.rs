//! `rate-vs-counts`: a rate or share that does not follow from the two counts
//! beside it — “收集问题1466个，办结1460个，办结率99.5%”, “占全市（40家）的37.5%”.

use super::fmt;
use crate::finding::{Category, Severity};
use crate::number::{Quantity, UnitKind};
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "rate-vs-counts",
        title: "比率与计数不符",
        category: Category::Number,
        severity: Severity::Warning,
        fix: FixAvailability::None,
        docs: Docs {
            what: "办结率、完成率、通过率、覆盖率等比率，以及“占……的百分之几”，在同一句中能找到分子和分母两个数时，按两个数重新计算并与文中比率比较（允许四舍五入或截断）。",
            why: "比率往往是按旧数据算好的，分子或分母更新后比率没有跟着改。",
            bad: "共收集企业问题1466个，办结1360个，办结率99.5%。",
            good: "共收集企业问题1466个，办结1460个，办结率99.5%。",
        },
    },
    check,
};

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let text = ctx.text;
    let qs = &ctx.numbers.quantities;
    for para in &ctx.numbers.paragraphs {
        // A named rate may count figures from earlier sentences of its
        // paragraph (“新开工项目46个。…已开工40个，开工率87%”); a share reads
        // its own sentence.
        let idx: Vec<usize> = ctx.numbers.quantities_in(&para.range).collect();
        for (k, &p) in idx.iter().enumerate() {
            let rate = &qs[p];
            if rate.unit.kind != UnitKind::Percent || rate.malformed.is_some() {
                continue;
            }
            // The figures a rate relates stand before it: look back over a
            // few, so a paragraph of thousands costs no more per rate than
            // a short one.
            let window = &idx[k.saturating_sub(LOOKBACK)..k];
            let from = match window.first() {
                Some(&i) if window.len() == LOOKBACK => qs[i].range.start,
                _ => para.range.start,
            };
            let earlier: Vec<&Quantity> = window.iter().map(|&i| &qs[i]).collect();
            let sentence = para
                .sentences
                .get(
                    para.sentences
                        .partition_point(|s| s.end <= rate.range.start),
                )
                .map_or(from, |s| s.start.max(from));
            let in_sentence: Vec<&Quantity> = earlier
                .iter()
                .copied()
                .filter(|q| q.range.start >= sentence)
                .collect();
            let Some((num, den, label)) = named_rate(text, &text[from..rate.range.start], &earlier)
                .or_else(|| {
                    share_of(
                        text,
                        &text[sentence..rate.range.start],
                        sentence,
                        &in_sentence,
                    )
                })
            else {
                continue;
            };
            let computed = num.amount() / den.amount() * 100.0;
            if den.amount() <= 0.0 || rate.interval().contains(computed) {
                continue;
            }
            let d = rate.decimals.max(1) as usize;
            let message = format!(
                "{label}按 {} ÷ {} 计算为 {}%，文中为 {}，请核对两个数或比率。",
                fmt(num.amount(), 0),
                fmt(den.amount(), 0),
                fmt(computed, d),
                sink.quote(rate.range.clone()),
            );
            sink.report(rate.range.clone(), message)
                .with_related(num.range.clone(), "分子".to_owned())
                .with_related(den.range.clone(), "分母".to_owned());
        }
    }
}

/// How many figures before a rate may be its numerator and denominator.
const LOOKBACK: usize = 12;

fn is_count(q: &Quantity) -> bool {
    q.unit.kind == UnitKind::Count
        && q.is_exact()
        && !q.chinese
        && !q.ordinal
        && q.malformed.is_none()
}

/// “办结1460个，办结率99.5%”: the rate's stem (办结) names the numerator;
/// the denominator is the count of the same unit just before it.
fn named_rate<'q>(
    text: &str,
    before: &str,
    earlier: &[&'q Quantity],
) -> Option<(&'q Quantity, &'q Quantity, String)> {
    let trimmed = before.trim_end_matches(['为', '达', '到', '是', '了']);
    let trimmed = trimmed.strip_suffix("达到").unwrap_or(trimmed);
    let head = trimmed.strip_suffix('率')?;
    let stem: String = head
        .chars()
        .rev()
        .take(2)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    if stem.chars().count() < 2 {
        return None;
    }
    let n = earlier
        .iter()
        .rposition(|q| is_count(q) && text[..q.range.start].ends_with(stem.as_str()))?;
    let num = earlier[n];
    let den = earlier[..n]
        .iter()
        .rev()
        .find(|q| is_count(q) && q.unit.base == num.unit.base)?;
    Some((num, den, format!("{stem}率")))
}

/// “重点项目15个，占全市完成数（40家）的37.5%”: the count before 占 over the
/// count between 占 and 的.
fn share_of<'q>(
    text: &str,
    before: &str,
    base: usize,
    earlier: &[&'q Quantity],
) -> Option<(&'q Quantity, &'q Quantity, String)> {
    let head = before.strip_suffix('的')?;
    let zhan = base + head.rfind('占')?;
    let den = earlier
        .iter()
        .rev()
        .find(|q| q.range.start > zhan && is_count(q))?;
    if earlier.iter().filter(|q| q.range.start > zhan).count() != 1 {
        return None;
    }
    let num = earlier
        .iter()
        .rev()
        .find(|q| q.range.end <= zhan && is_count(q))?;
    if text[num.range.end..zhan].chars().count() > 4 {
        return None;
    }
    Some((num, den, "占比".to_owned()))
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::tester::Tester;

    #[test]
    fn rule() {
        Tester::new(&RULE)
            .pass([
                "新开工项目46个。截至目前已开工40个，开工率87%。",
                "收集企业问题1466个，办结1460个，办结率99.5%。",
                "纳入重点项目15个，占全市完成数（40家）的37.5%。",
                "走访企业320家，办结率96.6%。",
                "完成投资12亿元，完成率110%。",
            ])
            .fail([
                "新开工项目46个。截至目前已开工45个，开工率87%。",
                "新開工項目46個。截至目前已開工45個，開工率87%。",
                "收集企业问题1466个，办结1360个，办结率99.5%。",
                "纳入重点项目15个，占全市完成数（40家）的47.5%。",
            ])
            .test_and_snapshot();
    }
}
