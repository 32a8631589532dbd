//! `doubling-vs-values`: “由120元提高到220元、实现翻番” — a doubling (翻一番,
//! 翻两番, 增加一倍) that the two figures it joins do not show.

use super::fmt;
use crate::finding::{Category, Severity};
use crate::lexicon::Lexicon;
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use crate::text::floor_boundary;
use std::sync::LazyLock;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "doubling-vs-values",
        title: "翻番与数值不符",
        category: Category::Number,
        severity: Severity::Warning,
        fix: FixAvailability::None,
        docs: Docs {
            what: "“由X增加到Y，实现翻番（翻一番、增加一倍）”要求Y约为X的2倍及以上，“翻两番”约4倍，“翻三番”约8倍。按文中的数字计算，比所说的倍数低5%以上时报告。",
            why: "“翻番”是很醒目的说法，和两个数对不上时最容易被读者抓住。",
            bad: "困难群众救助标准由每月120元提高到220元，实现翻番。",
            good: "困难群众救助标准由每月120元提高到240元，实现翻番。",
        },
    },
    check,
};

/// Doubling words and the factor each claims.
static DOUBLINGS: LazyLock<Lexicon<f64>> = LazyLock::new(|| {
    Lexicon::new([
        ("翻番", 2.0),
        ("翻一番", 2.0),
        ("翻了一番", 2.0),
        ("增加一倍", 2.0),
        ("增长一倍", 2.0),
        ("翻两番", 4.0),
        ("翻了两番", 4.0),
        ("翻三番", 8.0),
        ("翻了三番", 8.0),
    ])
});

/// How far short of the claimed factor the figures may fall: “翻番” is said
/// of a little less than twice (1.9), not of 1.8 times.
const SLACK: f64 = 0.95;

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let (text, qs) = (ctx.text, &ctx.numbers.quantities);
    for t in &ctx.numbers.transitions {
        let (from, to) = (&qs[t.from], &qs[t.to]);
        if t.rank || from.unit.base != to.unit.base || from.unit.kind != to.unit.kind {
            continue;
        }
        // The doubling word in the few characters after the second figure.
        let limit = floor_boundary(text, (to.range.end + 24).min(text.len()));
        let after = &text[to.range.end..limit];
        let Some((range, factor)) = DOUBLINGS.find_iter(after).next() else {
            continue;
        };
        let gap = &after[..range.start];
        // A rate's divisor belongs to its unit (178元/月).
        let gap = per_unit(gap).map_or(gap, |n| &gap[n..]);
        if gap.contains(['。', '；', ';']) || gap.chars().count() > 4 {
            continue;
        }
        let ratio = to.scaled_interval().div(&from.scaled_interval());
        if ratio.hi >= factor * SLACK {
            continue;
        }
        let word = to.range.end + range.start..to.range.end + range.end;
        let said = sink.quote(word.clone());
        let computed = to.amount() * to.unit.scale / (from.amount() * from.unit.scale);
        sink.report(
            word,
            format!(
                "{} ÷ {} = {} 倍，说“{said}”应在{}倍左右，请核对两个数或说法。",
                fmt(to.amount(), to.decimals as usize),
                fmt(from.amount(), from.decimals as usize),
                fmt(computed, 2),
                fmt(factor, 0),
            ),
        )
        .with_related(from.range.clone(), "原来的数".to_owned())
        .with_related(to.range.clone(), "现在的数".to_owned());
    }
}

/// The length of a rate's divisor at the start of `s` (/月, /人), if any.
fn per_unit(s: &str) -> Option<usize> {
    let rest = s.strip_prefix(['/', '／'])?;
    let c = rest.chars().next().filter(|&c| crate::text::is_han(c))?;
    Some(s.len() - rest.len() + c.len_utf8())
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::tester::Tester;

    #[test]
    fn rule() {
        Tester::new(&RULE)
            .pass([
                "困难群众救助标准由每月120元提高到240元，实现翻番。",
                "每万人发明专利由8.4件增加到36件，翻了两番。",
                "困难群众救助标准由每月120元提高到230元，接近翻番。",
                "城乡低保标准从360元/月提高到730元/月、实现翻番。",
            ])
            .fail([
                "城鄉低保標準從360元/月提高到650元/月、實現翻番。",
                "困难群众救助标准由每月120元提高到220元，实现翻番。",
                "每万人发明专利由8.4件增加到19件，实现翻两番。",
                "城乡低保标准从360元/月提高到650元/月、实现翻番。",
            ])
            .test_and_snapshot();
    }
}
