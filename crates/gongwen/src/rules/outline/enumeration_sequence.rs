//! `enumeration-sequence`: gaps and repeats in 一是、二是… or 第一、第二…
//! inside one paragraph.

use crate::finding::{Category, Severity};
use crate::outline::marker::chinese_number;
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "enumeration-sequence",
        title: "一是二是不连续",
        category: Category::Outline,
        severity: Severity::Warning,
        fix: FixAvailability::None,
        docs: Docs {
            what: "段落内“一是……二是……三是……”或“第一，……第二，……”的列举必须连续，不能跳号或重号；每段各以“一是”“二是”……开头的连续几段也算一组列举。",
            why: "删改列举项后忘了顺延编号，读者会以为漏掉了内容。",
            bad: "抓好运行调度。一是建立台账；二是定期会商；四是跟踪问效。",
            good: "抓好运行调度。一是建立台账；二是定期会商；三是跟踪问效。",
        },
    },
    check,
};

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    for e in &ctx.outline.enumerations {
        // The number the previous item stands for: one slip, one finding
        // (一是 二是 四是 四是 五是: the first 四是 was to be 三是).
        let mut meant = e.items.first().map_or(0, |(n, _)| *n);
        for (k, pair) in e.items.windows(2).enumerate() {
            let ((a, ar), (b, br)) = (&pair[0], &pair[1]);
            let previous = meant;
            meant = if *b <= previous { previous + 1 } else { *b };
            if *b == previous + 1 {
                continue;
            }
            let (am, bm) = (sink.quote(ar.clone()), sink.quote(br.clone()));
            let next = e.items.get(k + 2);
            if let Some((_, nr)) = next.filter(|(n, _)| *b == previous + 2 && n == b) {
                meant = previous + 1;
                sink.report(
                    br.clone(),
                    format!(
                        "列举“{bm}”应为“{}是”：前一项是“{am}”，后面又有“{}”。",
                        chinese_number(previous + 1),
                        sink.quote(nr.clone())
                    ),
                )
                .with_related(ar.clone(), "前一项".to_owned())
                .with_related(nr.clone(), "后一项".to_owned());
                continue;
            }
            let message = if b == a {
                format!("列举“{bm}”重复了，前面已有“{am}”，请顺延编号。")
            } else if *b > previous + 1 {
                let missing: Vec<String> = (previous + 1..*b).map(chinese_number).collect();
                format!(
                    "列举从“{am}”跳到了“{bm}”，缺少“{}”，请补上或顺延编号。",
                    missing.join("、")
                )
            } else if b < a {
                format!("列举“{bm}”出现在“{am}”之后，顺序颠倒，请调整。")
            } else {
                continue;
            };
            sink.report(br.clone(), message)
                .with_related(ar.clone(), "前一项".to_owned());
        }
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
                "主要目标是：\n一是经济稳中向好。\n二是创新能力提升。\n三是改革持续深化。\n一是抓项目。\n二是抓服务。\n",
                "一是建立台账；二是定期会商；三是跟踪问效。",
                "统一是前提，唯一是目标。",
                "一是抓运行。",
                "二是抓服务；三是抓安全。",
            ])
            .fail([
                "主要目标是：\n一是经济稳中向好。\n二是创新能力提升。\n四是改革持续深化。\n四是开放水平提高。\n五是民生持续改善。\n",
                "一是建立台账；二是定期会商；四是跟踪问效。",
                "第一，抓调度。第一，抓服务。",
            ])
            .test_and_snapshot();
    }
}
