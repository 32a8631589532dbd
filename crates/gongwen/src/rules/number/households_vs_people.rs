//! `households-vs-people`: households counted with the people in them —
//! “13.07万户4.6万群众”, “帮扶脱贫户120户、98人” — where there are fewer
//! people than households: every household holds at least one person.

use super::fmt;
use crate::finding::{Category, Severity};
use crate::number::{Quantity, UnitKind};
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "households-vs-people",
        title: "人数少于户数",
        category: Category::Number,
        severity: Severity::Warning,
        fix: FixAvailability::None,
        docs: Docs {
            what: "紧挨着写的户数和人数（“13.07万户4.6万群众”“帮扶脱贫户120户、98人”）：每户至少一人，人数少于户数时报告，多是单位（万）、小数点或两个数写反了。",
            why: "户数和人数一般同时从台账摘出，改了一个忘了另一个，或把“46万”写成“4.6万”，就会出现人比户少的怪事。",
            bad: "全年帮助3.2万户1.5万群众解决饮水困难，帮扶脱贫户120户、98人。",
            good: "全年帮助3.2万户10.5万群众解决饮水困难，帮扶脱贫户120户、386人，其中5户98人为易地搬迁。",
        },
    },
    check,
};

/// What may stand between a count of households and a count of people:
/// nothing, a list comma, a comma, 共 or 涉及.
const JOINS: [&str; 7] = ["", "、", "，", ",", "共", "、共", "涉及"];

/// Words after a bare figure that make it a count of people (4.6万群众).
const PEOPLE: [&str; 6] = ["群众", "人口", "居民", "农民", "村民", "名"];

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let (text, qs) = (ctx.text, &ctx.numbers.quantities);
    for pair in qs.windows(2) {
        let (homes, people) = (&pair[0], &pair[1]);
        if homes.unit.base != "户" || homes.ordinal || people.ordinal {
            continue;
        }
        if homes.range.end > people.range.start
            || !JOINS.contains(&&text[homes.range.end..people.range.start])
        {
            continue;
        }
        let Some((scale, end)) = people_scale(text, people) else {
            continue;
        };
        let h = homes.scaled_interval();
        let p = people.interval().scale(scale);
        if p.hi >= h.lo {
            continue;
        }
        sink.report(
            homes.range.start..end,
            format!(
                "“{}”：{}户却只有{}人，人数少于户数（每户至少一人），请核对单位、小数点或两个数是否写反。",
                sink.quote(homes.range.start..end),
                fmt(homes.amount() * homes.unit.scale, 0),
                fmt(people.amount() * scale, 0),
            ),
        );
    }
}

/// When `q` counts people — in 人 or 万人, or a bare figure before 群众,
/// 人口 or the like (4.6万群众: the model reads 4.6, 万 is the word's) —
/// the scale to people and where the count ends.
fn people_scale(text: &str, q: &Quantity) -> Option<(f64, usize)> {
    if q.unit.kind == UnitKind::Count && q.unit.base == "人" {
        return Some((q.unit.scale, q.range.end));
    }
    if q.unit.kind != UnitKind::None {
        return None;
    }
    let rest = &text[q.range.end..];
    let (factor, rest) = match rest.strip_prefix('万') {
        Some(r) => (1e4, r),
        None => (1.0, rest),
    };
    let word = PEOPLE.iter().find(|w| rest.starts_with(*w))?;
    let end = text.len() - rest.len() + word.len();
    Some((factor * q.magnitude, end))
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::tester::Tester;

    #[test]
    fn rule() {
        Tester::new(&RULE)
            .pass([
                "全年帮助3.2万户10.5万群众解决饮水困难，帮扶脱贫户120户、386人，其中5户98人为易地搬迁。",
                "走访企业120户，服务群众98人次。",
                "新增市场主体1.2万户，带动就业9800人。",
            ])
            .fail([
                "全年帮助3.2万户1.5万群众解决饮水困难，帮扶脱贫户120户、98人。",
                "搬遷安置1200戶、960人。",
            ])
            .test_and_snapshot();
    }
}
