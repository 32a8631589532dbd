//! `heading-sequence`: gaps, duplicates and reversals among sibling headings
//! of one level under one parent: （一）（三）, two （五）, （二） with no （一）.

use crate::finding::{Category, Severity};
use crate::outline::Heading;
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use foldhash::HashMap;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "heading-sequence",
        title: "标题序号跳号重号",
        category: Category::Outline,
        severity: Severity::Warning,
        fix: FixAvailability::None,
        docs: Docs {
            what: "同一上级标题下、同一层级的序号必须从一开始连续编排：不能跳号（（一）后接（三））、重号（两个（五））或倒序。",
            why: "增删段落后忘了重新编号，是审核时最常被退回的格式问题之一。",
            bad: "一、工作情况\n（一）稳运行\n（三）强创新\n（三）优服务\n",
            good: "一、工作情况\n（一）稳运行\n（二）强创新\n（三）优服务\n二、存在问题\n",
        },
    },
    check,
};

/// Headings are siblings when they share parent and level, and no
/// unnumbered section line stands between them.
type Sibling = (Option<usize>, u8);

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let hs = &ctx.outline.headings;
    for report in &ctx.outline.reports {
        let range = report.headings.clone();
        let mut order: Vec<Vec<usize>> = Vec::new();
        let mut group_of: HashMap<Sibling, usize> = HashMap::default();
        for i in range.clone() {
            let g = *group_of
                .entry((hs[i].parent, hs[i].level))
                .or_insert_with(|| {
                    order.push(Vec::new());
                    order.len() - 1
                });
            order[g].push(i);
        }
        for members in order {
            let mut start = 0;
            for k in 1..=members.len() {
                // Numbering starts again at 1 after a section line without a
                // number (“2024年工作展望”) or a Word heading without one. A
                // sequence that goes on across such a line (“主要目标” broken
                // onto a line of its own) is still one sequence.
                let restart = members.get(k).is_some_and(|&j| {
                    let i = members[k - 1];
                    hs[j].number == 1
                        && (hs[i].segment != hs[j].segment
                            || ctx.outline.unnumbered_between(hs[i].line, hs[j].line))
                });
                if restart || k == members.len() {
                    let run = &members[start..k];
                    let opens_text = run[0] == range.start && report.head.title.is_none();
                    sequence(hs, run, runs_on(hs, run[0]) || opens_text, sink);
                    start = k;
                }
            }
        }
    }
}

/// Whether heading `i` continues a numbering that runs across its
/// parents: paragraph numbers 1.–286. of a policy address keep counting
/// under each new heading, so `i` is the first of its parent but the
/// previous heading of its style carries the number before it.
fn runs_on(hs: &[Heading], i: usize) -> bool {
    let Some(h) = hs[..i].iter().rev().find(|h| h.style == hs[i].style) else {
        return false;
    };
    // （六）七、（八）: the 七、 was to be （七）, a slip of its own; （八）
    // goes on from （六）.
    let over_a_slip = hs[i]
        .parent
        .is_some_and(|p| hs[p].number == h.number + 1 && h.number + 2 == hs[i].number);
    h.parent != hs[i].parent && (h.number + 1 == hs[i].number || over_a_slip)
}

/// Checks one sequence of siblings; `continues` says its first number
/// may be above 1 (it goes on from an earlier parent's numbering, or the
/// text starts in the middle of a document, at “（五）”).
fn sequence(hs: &[Heading], members: &[usize], continues: bool, sink: &mut Sink<'_>) {
    let original = sink.original();
    let marker = |i: usize| original[hs[i].marker.clone()].to_owned();
    let first = &hs[members[0]];
    if first.number > 1 && !continues {
        let missing: Vec<String> = (1..first.number).map(|n| first.style.write(n)).collect();
        sink.report(
            first.marker.clone(),
            format!(
                "“{}”之前没有同级的{}：同级序号应从{}开始，请补上缺少的部分或重新编号。",
                marker(members[0]),
                missing.join(""),
                first.style.write(1)
            ),
        );
    }
    // The number the previous heading stands for: a repeated or backward
    // number is one slip (（三）（三）（五） means the second （三） was to be
    // （四）), so the heading after it is read against what it meant.
    let mut meant = first.number;
    for (k, pair) in members.windows(2).enumerate() {
        let (a, b) = (&hs[pair[0]], &hs[pair[1]]);
        let previous = meant;
        meant = if b.number <= previous {
            previous + 1
        } else {
            b.number
        };
        if b.number == previous + 1 {
            continue;
        }
        // （三）（五）（五）（六）: the first （五） was to be （四）.
        let next = members.get(k + 2).map(|&j| &hs[j]);
        if let Some(next) = next.filter(|n| b.number == previous + 2 && n.number == b.number) {
            meant = previous + 1;
            sink.report(
                b.marker.clone(),
                format!(
                    "序号“{}”应为{}：前一个同级序号是“{}”，第{}行又是{}。",
                    marker(pair[1]),
                    b.style.write(previous + 1),
                    marker(pair[0]),
                    next.line,
                    b.style.write(b.number)
                ),
            )
            .with_related(a.marker.clone(), "前一个同级序号".to_owned())
            .with_related(next.marker.clone(), "后一个同级序号".to_owned());
            continue;
        }
        let message = if b.number == a.number {
            format!(
                "序号“{}”与前面第{}行的同级序号重复，请重新编号（此处应为{}）。",
                marker(pair[1]),
                a.line,
                b.style.write(a.number + 1)
            )
        } else if b.number > previous + 1 {
            let missing: Vec<String> = (previous + 1..b.number).map(|n| b.style.write(n)).collect();
            format!(
                "序号从“{}”跳到了“{}”，缺少{}，请补上或重新编号。",
                marker(pair[0]),
                marker(pair[1]),
                missing.join("")
            )
        } else if b.number < a.number {
            format!(
                "序号“{}”出现在第{}行的“{}”之后，顺序颠倒，请重新编号。",
                marker(pair[1]),
                a.line,
                marker(pair[0])
            )
        } else {
            continue;
        };
        sink.report(b.marker.clone(), message)
            .with_related(a.marker.clone(), "前一个同级序号".to_owned());
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
                // Items whose text starts with a figure.
                "一、主要工作\n1.抓项目。\n2.2026年10件实事全部完成。\n3.5+2产业体系初步形成。\n4.优服务。\n",
                // An unnumbered section title starts the numbering again.
                "2023年工作总结\n1.稳运行。\n2.强创新。\n2024年工作展望\n1.抓项目。\n2.优服务。\n",
                "2023年工作總結\n1.穩運行。\n2.強創新。\n存在的問題\n1.總量偏小。\n",
            "一、工作情况\n（一）稳运行\n1.抓调度\n2.抓服务\n（二）强创新\n1.平台\n二、存在问题\n三、工作计划\n（一）目标\n（二）举措\n",
            "一、工作情况\n1.抓调度\n2.抓服务\n二、存在问题\n",
            "壹、說明\n一、工作情況\n（一）穩運行\n（二）強創新\n二、存在問題\n",
            "一、回顾\n（一）稳增长\n1.抓投资。\n2.促消费。\n（二）强创新\n3.建平台。\n4.育企业。\n",
            "一、回顾\n二、安排\n（一）稳增长\n（二）强创新\n三、强创新\n（四）优服务\n四、保障\n",
            "（五）强化保障。\n（六）抓好落实。\n",
            "某县2025年工作总结\n一、主要成绩\n二、主要目标\n今后五年的\n主要目标\n是：稳中求进。\n三、工作安排\n",
            ])
            .fail([
            "一、工作情况\n（一）稳运行\n（三）强创新\n",
            "一、工作情况\n（四）稳运行\n（五）强创新\n（五）优服务\n（六）抓安全\n",
            "一、工作情况\n(二)聚焦创新\n",
            "一、工作情况\n二、存在問題\n二、工作計劃\n",
            "某县2025年工作总结\n二、主要成绩\n三、存在问题\n",
            "一、回顾\n（一）稳增长\n1.抓投资。\n2.促消费。\n（二）强创新\n4.建平台。\n",
            // One slip, one finding: the （五） after a repeated （三） is right.
            "一、工作情况\n（一）稳运行\n（二）强创新\n（三）优服务\n（三）抓安全\n（五）促改革\n",
            "一、工作情况\n（一）稳运行\n（二）强创新\n（三）优服务\n（五）抓安全\n（五）促改革\n（六）强保障\n",
            ])
            .test_and_snapshot();
    }

    #[test]
    fn a_word_heading_without_a_number_starts_the_numbering_again() {
        let simplified = "一、工作情况\n（一）稳运行。\n（二）强创新。\n着力提升服务效能\n（一）优化审批。\n（二）强化保障。\n二、存在问题\n";
        let traditional = "一、工作情況\n（一）穩運行。\n（二）強創新。\n著力提升服務效能\n（一）優化審批。\n（二）強化保障。\n二、存在問題\n";
        let fired_in = |text: &str, config: &crate::Config| {
            crate::check(text, config)
                .findings
                .iter()
                .filter(|f| f.rule == "heading-sequence")
                .count()
        };
        let fired = |config: &crate::Config| fired_in(simplified, config);
        assert_eq!(fired(&crate::Config::default()), 1);
        for (text, hint) in [
            (simplified, "着力提升服务效能"),
            (traditional, " 著力提升服務效能 "),
        ] {
            let config = crate::Config {
                heading_texts: vec![hint.to_owned()],
                ..crate::Config::default()
            };
            assert_eq!(fired_in(text, &crate::Config::default()), 1, "{hint}");
            assert_eq!(fired_in(text, &config), 0, "{hint}");
        }
        // Numbering that goes on below it is fine too; a gap still is not.
        let on = simplified
            .replace("（一）优化", "（三）优化")
            .replace("（二）强化", "（四）强化");
        let config = crate::Config {
            heading_texts: vec!["着力提升服务效能".to_owned()],
            ..crate::Config::default()
        };
        assert_eq!(fired_in(&on, &config), 0);
        assert_eq!(
            fired_in(&on.replace("（四）强化", "（五）强化"), &config),
            1
        );
        // A hint that is a sentence, or names another line, changes nothing.
        let config = crate::Config {
            heading_texts: vec!["（一）稳运行。".to_owned(), "强化保障".to_owned()],
            ..crate::Config::default()
        };
        assert_eq!(fired(&config), 1);
    }
}
