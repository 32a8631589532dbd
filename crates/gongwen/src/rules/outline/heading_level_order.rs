//! `heading-level-order`: a higher-level heading after lower-level ones
//! under the same parent — （一） after 1. and 2. under 一、.

use crate::finding::{Category, Severity};
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use foldhash::HashMap;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "heading-level-order",
        title: "标题层级颠倒",
        category: Category::Outline,
        severity: Severity::Warning,
        fix: FixAvailability::None,
        docs: Docs {
            what: "同一上级标题下，较高层级的序号（如（一））不能出现在较低层级的序号（如1.、2.）之后。直接从“一、”跳到“1.”是允许的，但之后又出现“（一）”就说明层级乱了。",
            why: "层级错乱会让读者弄不清段落的从属关系，通常是合并材料时各部分的编号体系不一致造成的。",
            bad: "一、工作情况\n1.考核情况\n2.赛马情况\n（一）重点工作\n",
            good: "一、工作情况\n（一）考核情况\n1.红黑榜\n2.赛马\n（二）重点工作\n",
        },
    },
    check,
};

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let hs = &ctx.outline.headings;
    for report in &ctx.outline.reports {
        // For each parent, the first and the last earlier child at each
        // level: one pass, whatever the number of headings.
        let mut seen: HashMap<Option<usize>, [Option<(usize, usize)>; LEVELS]> = HashMap::default();
        for i in report.headings.clone() {
            let h = &hs[i];
            let level = usize::from(h.level).min(LEVELS - 1);
            let children = seen.entry(h.parent).or_default();
            // The first earlier sibling of a deeper level.
            let first = children[level + 1..]
                .iter()
                .flatten()
                .map(|&(first, _)| first)
                .min();
            // Only the first heading after it is reported: later ones follow it.
            let after_first = |(_, last): (usize, usize)| first.is_some_and(|f| last > f);
            let already = children[level].is_some_and(after_first);
            let slot = &mut children[level];
            *slot = Some(slot.map_or((i, i), |(f, _)| (f, i)));
            let Some(first) = first.filter(|_| !already) else {
                continue;
            };
            let (d, dm) = (&hs[first], sink.quote(hs[first].marker.clone()));
            let hm = sink.quote(h.marker.clone());
            sink.report(
                d.marker.clone(),
                format!("“{dm}”比“{hm}”（第{}行）低一级，却排在它前面，两者又同属一个上级标题：请在前面补一个{}，或把这几项并入相应的{}之下。", h.line, h.style.write(1), h.style.write(1)),
            )
            .with_related(h.marker.clone(), "后出现的高一级序号".to_owned());
            sink.report(
                h.marker.clone(),
                format!("“{hm}”出现在同一上级标题下的低一级序号“{dm}”（第{}行）之后，层级顺序颠倒，请调整编号层级。", d.line),
            )
            .with_related(d.marker.clone(), "先出现的低一级序号".to_owned());
        }
    }
}

/// Heading levels run from 1 to 5; index 0 is unused.
const LEVELS: usize = 6;

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::tester::Tester;

    #[test]
    fn rule() {
        Tester::new(&RULE)
            .pass([
                "一、工作情况\n1.抓调度\n2.抓服务\n二、存在问题\n1.短板\n",
                "一、情况\n（一）甲\n1.乙\n（二）丙\n",
            ])
            .fail([
                "一、工作情况\n1.考核情况\n2.赛马情况\n（一）重点工作\n1.企业培育\n二、工作谋划\n",
            ])
            .test_and_snapshot();
    }
}
