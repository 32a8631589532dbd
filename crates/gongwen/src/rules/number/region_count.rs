//! `region-count`: the count of an area's own divisions said to be all of
//! them (全省21个地级以上市, 七地（市）全覆盖) against another count of the
//! same divisions in the report that is larger (19个地级以上市 beside
//! 覆盖全部12个地级以上市), or against another count of all of them.

use crate::finding::{Category, Severity};
use crate::lexicon::WordSet;
use crate::number::chinese;
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use serde::Deserialize;
use std::sync::LazyLock;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "region-count",
        title: "所辖区划个数前后不符",
        category: Category::Number,
        severity: Severity::Warning,
        fix: FixAvailability::None,
        docs: Docs {
            what: "“全省21个地级以上市”“七地（市）全覆盖”“N个县（市、区）全部……”说的是所辖区划的全部个数：同一报告里同一种区划（地级以上市、地（市）、县（市、区）、乡镇（街道）、行政村等，表见region_units.json）的其他个数不能比它多，两处说“全部”的个数也要相同。前面写了另一个范围的（“全省”与“全市”）不比。",
            why: "区划个数是定数，写错多是数字对调（21写成12）或照抄了别处的旧数，读者一看就知道有误。",
            bad: "全省公共实训基地覆盖全部12个地级以上市，其中19个地级以上市建成国家卫生城市。",
            good: "全省公共实训基地覆盖全部21个地级以上市，其中19个地级以上市建成国家卫生城市。",
        },
    },
    check,
};

#[derive(Deserialize)]
struct Table {
    units: Vec<String>,
    all_before: Vec<String>,
    all_after: Vec<String>,
}

/// The divisions and the words that make a count all of them, from
/// `region_units.json` (with its sources).
static TABLE: LazyLock<(WordSet, Table)> = LazyLock::new(|| {
    let table: Table = serde_json::from_str(include_str!("region_units.json")).unwrap_or(Table {
        units: Vec::new(),
        all_before: Vec::new(),
        all_after: Vec::new(),
    });
    let units = WordSet::words(table.units.iter().map(String::as_str));
    (units, table)
});

/// The most divisions a count may name: larger figures are of other things.
const MOST: f64 = 100_000.0;

/// How many characters before a count its area may stand (全省共有).
const AREA_REACH: usize = 5;

/// How many characters after a division its word of all may stand (均 or
/// 已 between: 七地（市）均全覆盖).
const ALL_AFTER_REACH: usize = 1;

/// One count of divisions: the figure's range, its value, the division,
/// the area word before it (全省), whether it says all of them, and the
/// report it stands in.
struct Count<'t> {
    figure: std::ops::Range<usize>,
    value: f64,
    unit: &'t str,
    area: Option<&'t str>,
    all: bool,
    report: usize,
}

/// The table this rule asks of the check's walk of the text
/// ([`crate::rules::walked`]).
pub(crate) fn walked() -> &'static crate::lexicon::Index {
    TABLE.0.index()
}

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let text = ctx.text;
    let (units, table) = &*TABLE;
    let mut counts: Vec<Count<'_>> = Vec::new();
    for (r, ()) in ctx.find_iter(units) {
        let before = &text[..r.start];
        let figure_end = before.strip_suffix('个').map_or(r.start, str::len);
        let Some((start, value)) = chinese::figure_before(text, figure_end) else {
            continue;
        };
        if !(2.0..=MOST).contains(&value) || value.fract() != 0.0 {
            continue;
        }
        // A count of times, not of divisions (12个地级以上市次).
        if text[r.end..].starts_with('次') {
            continue;
        }
        // The area counted, a few words before (全省共有122个县（市、区）),
        // within the clause.
        let lead = crate::layout::clause_before(text, start, AREA_REACH);
        let area = table
            .all_before
            .iter()
            .filter(|w| w.starts_with('全'))
            .find(|w| lead.contains(w.as_str()))
            .map(String::as_str);
        let every = table
            .all_before
            .iter()
            .any(|w| text[..start].ends_with(w.as_str()));
        let after = &text[r.end..];
        let skip = crate::chars::first_chars(after, ALL_AFTER_REACH).len();
        let all = area.is_some()
            || every
            || table
                .all_after
                .iter()
                .any(|w| after.starts_with(w.as_str()) || after[skip..].starts_with(w.as_str()));
        counts.push(Count {
            figure: start..figure_end,
            value,
            unit: &text[r],
            area,
            all,
            report: ctx.calendar.report_start(start),
        });
    }
    for (k, all) in counts.iter().enumerate().filter(|(_, c)| c.all) {
        // Another area's count (全省 beside 全市) is not compared.
        let same = |c: &&Count<'_>| {
            c.unit == all.unit
                && c.report == all.report
                && (c.area.is_none() || all.area.is_none() || c.area == all.area)
        };
        let larger = counts.iter().filter(same).find(|c| c.value > all.value);
        // Two counts of all of them: the later is reported.
        let other_all = counts[..k]
            .iter()
            .filter(same)
            .find(|c| c.all && c.value != all.value);
        let (other, message) = match (larger, other_all) {
            (Some(c), _) => (
                c,
                format!(
                    "这里说{}个{}是全部，而别处说有{}个{}，比全部还多，请核对个数。",
                    sink.quote(all.figure.clone()),
                    all.unit,
                    sink.quote(c.figure.clone()),
                    c.unit
                ),
            ),
            (None, Some(c)) => (
                c,
                format!(
                    "这里说全部{}共{}个，而前文说全部共{}个，请核对个数。",
                    all.unit,
                    sink.quote(all.figure.clone()),
                    sink.quote(c.figure.clone())
                ),
            ),
            (None, None) => continue,
        };
        sink.report(all.figure.clone(), message)
            .with_related(other.figure.clone(), format!("另一处{}个数", other.unit));
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
                "全省公共实训基地覆盖全部21个地级以上市，其中19个地级以上市建成国家卫生城市。",
                // Another area's divisions.
                "全市12个县（市、区）全部通过验收，全省共有122个县（市、区）。",
                "全市7个县（市、区）全部通过验收。全省100个县（市、区）中，我市排名靠前。",
                // A count of times.
                "七地（市）全覆盖，累计服务12个地（市）次。",
                "五地（市）全部开通城际公交，我们还对口支援了3个地（市）。",
            ])
            .fail([
                "全省公共实训基地覆盖全部12个地级以上市，其中19个地级以上市建成国家卫生城市。",
                "五地（市）全部开通城际公交。二级以上医院覆盖六地（市）。",
                "全县15个乡镇（街道）实现网格化管理。全县16个乡镇（街道）全部通过验收。",
            ])
            .test_and_snapshot();
    }
}
