//! `misquoted-formulation`: a fixed formulation in a form drafters write
//! instead of the standard one — 习近平新时代中国特色社会主义理论 for …思想,
//! 第二个百年目标 for 第二个百年奋斗目标, 国家总体安全观 for 总体国家安全观,
//! 三个确立, 坚决做到“两个确立” — from the table of the `formulation` model,
//! every entry with its source. The standard form is a safe fix.

use crate::finding::{Applicability, Category, Fix, Severity};
use crate::formulation::{cite, Reading};
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "misquoted-formulation",
        title: "规范表述写错",
        category: Category::Formulation,
        severity: Severity::Error,
        fix: FixAvailability::Always,
        docs: Docs {
            what: "党的文件和政府工作报告中的固定提法写成了常见的错误形式：“习近平新时代中国特色社会主义理论”（应为“思想”）、“第二个百年目标”（应为“第二个百年奋斗目标”）、“国家总体安全观”（应为“总体国家安全观”）、“三个确立”、“坚决做到‘两个确立’”（应为“坚定拥护‘两个确立’、坚决做到‘两个维护’”）、“筑牢中华民族共同体意识”（应为“铸牢”）。对照表取自党的二十大报告、二十届三中全会《决定》、《中国共产党章程》和2023—2025年《政府工作报告》等，每条注明出处；引号、顿号写与不写都认。可一键改为规范写法。",
            why: "规范提法写错是政治性差错，审稿人一眼就会退回；在线校对服务都查这一项，但内网不能把稿件发出去。",
            bad: "读书班逐章研读习近平新时代中国特色社会主义理论，坚持国家总体安全观。\n",
            good: "读书班逐章研读习近平新时代中国特色社会主义思想，坚持总体国家安全观。\n",
        },
    },
    check,
};

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    for u in &ctx.formulations.uses {
        let (Reading::Wrong, Some(p)) = (&u.reading, u.phrase()) else {
            continue;
        };
        if !super::wrong_in_its_year(ctx, u) {
            continue;
        }
        let written = sink.quote(u.range.clone());
        let right = super::like_written(ctx, u.range.clone(), &p.standard);
        let since = p.since.map_or(String::new(), |y| format!("{y}年起"));
        sink.report(
            u.range.clone(),
            format!(
                "“{written}”不是规范表述，{since}规范的写法是“{right}”（{}）。",
                cite(&p.source)
            ),
        )
        .with_fix(Fix::change_to(Applicability::Safe, u.range.clone(), &right));
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
                "读书班逐章研读习近平新时代中国特色社会主义思想，坚持总体国家安全观。",
                "支部书记讲党课时说，要坚定拥护“两个确立”，向第二个百年奋斗目标进军。",
                // Before 2016 the series had three members.
                "2015年工作总结\n坚定三个自信。\n",
                "统筹发展与安全，持续推进大众创业万众创新。",
            ])
            .fail([
                "读书班逐章研读习近平新时代中国特色社会主义理论。",
                "坚持国家总体安全观，筑牢中华民族共同体意识。",
                "坚决做到“两个确立”。",
                "坚决做到两个确立。",
                "深刻认识“三个确立”的决定性意义。",
                "2024年工作总结\n坚定三个自信。\n",
                "持续推进大众创新、万众创业。",
                "堅持國家總體安全觀。",
            ])
            .fix([
                ("向第二个百年目标进军。", "向第二个百年奋斗目标进军。"),
                ("坚决做到两个确立。", "坚定拥护“两个确立”。"),
                ("堅持國家總體安全觀。", "堅持總體國家安全觀。"),
            ])
            .test_and_snapshot();
    }

    /// Every entry of the table: each wrong form is reported and fixed to
    /// the standard, in simplified and traditional text; the standard and
    /// the entry's sentences of right use are not reported by any
    /// formulation rule.
    #[test]
    fn every_entry() {
        use crate::rules::tester::{apply, findings, to_traditional};
        let config = crate::Config::default();
        let names = [
            "misquoted-formulation",
            "altered-formulation",
            "series-order",
        ];
        for p in crate::formulation::phrases() {
            for w in &p.wrong {
                let bad = format!("——{w}——");
                let found = findings(&config, RULE.meta.name, &bad);
                assert_eq!(found.len(), 1, "{w}: {found:?}");
                assert_eq!(
                    apply(&config, RULE.meta.name, &bad),
                    format!("——{}——", p.standard)
                );
                let traditional = to_traditional(&bad);
                assert_eq!(
                    findings(&config, RULE.meta.name, &traditional).len(),
                    1,
                    "{traditional}"
                );
            }
            for good in std::iter::once(&p.standard).chain(&p.right) {
                for name in names {
                    assert_eq!(findings(&config, name, good), [], "{name}: {good}");
                }
            }
        }
        for s in crate::formulation::series() {
            for good in &s.right {
                for name in names {
                    assert_eq!(findings(&config, name, good), [], "{name}: {good}");
                }
            }
        }
    }
}
