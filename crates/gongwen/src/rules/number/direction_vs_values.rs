//! `direction-vs-values`: a move told in words that the figures contradict —
//! “比重从38.2%提高到37.6%”, “由2.36万家增加到1.87万家”, “由第10位升至第11位”.

use crate::finding::{Category, Severity};
use crate::number::{Direction, Quantity, UnitKind};
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "direction-vs-values",
        title: "升降方向与数值不符",
        category: Category::Number,
        severity: Severity::Warning,
        fix: FixAvailability::None,
        docs: Docs {
            what: "“由X提高（增加、提升、升至）到Y”要求Y大于X，“由X下降（减少、降至）到Y”要求Y小于X；名次相反，“由第10位升至第8位”名次数要变小。按文中写出的位数，无论如何读都不符时报告。",
            why: "改稿时只改了一个数，或把上年和本年的数对调，句子的说法就和数字相反，读者一眼就能看出。",
            bad: "研发投入占比由2.1%提高到1.9%，排名由全国第10位升至第12位。",
            good: "研发投入占比由1.9%提高到2.1%，排名由全国第12位升至第10位，失业率由5.3%降至5.1%。",
        },
    },
    check,
};

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
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
                "两项补贴标准分别从每人每月150元、260元提高到165元、280元。",
                "研发投入占比由1.9%提高到2.1%，排名由全国第12位升至第10位。",
                "失业率由5.3%降至5.1%，企业数从1.87万家增加到2.36万家。",
                // Rounded figures that may be equal are not contradicted.
                "占比由约38%提高到38.2%。",
                // Different kinds of figure are not compared.
                "由3个园区增加到5000家企业。",
                "由2020年的12家增加到2025年的30家。",
                "在百强榜上的排名由41位上升到35位，团队由3位增加到5位院士。",
            ])
            .fail([
                "两项补贴标准分别从每人每月150元、260元提高到165元、250元。",
                "研发投入占比由2.1%提高到1.9%。",
                "企业数从2.36万家增加到1.87万家。",
                "排名由全国第10位升至第12位。",
                "航线由12条增至10条，失业率由5.1%降至5.3%。",
                "补贴由350元提高到330元。",
                "在百强榜上的排名由35位上升到41位。",
            ])
            .test_and_snapshot();
    }
}
