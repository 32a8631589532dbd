//! `missing-section`: a section the report's genre requires is absent —
//! most often 存在问题 in an annual summary and plan.

use crate::finding::{Category, Severity};
use crate::outline::{roles, Genre, Role};
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "missing-section",
        title: "缺少必备部分",
        category: Category::Section,
        severity: Severity::Warning,
        fix: FixAvailability::None,
        docs: Docs {
            what: "按报告类型（年度总结及计划、工作总结、半年总结、述职报告、自查报告，自动识别或手动选择）检查必备部分是否齐全，例如年度工作总结及计划须有工作总结、存在问题、下一年计划三部分。问题只在其他段落里顺带提及时，给出较弱的提示。政府工作报告的困难和问题不单列一节，回顾部分有“我们也清醒看到……困难和问题”这样一段即可（计划部分谈外部环境的困难挑战不算）；全文都没有时报告。完整的政府工作报告，计划部分还须写出当年经济社会发展的主要预期目标（“主要预期目标是：……”），一千字以上的计划部分都没有时报告。",
            why: "缺少“存在问题”等规定部分的报告会被上级退回；问题一笔带过也常被要求单独成节。",
            bad: "2023年工作总结及2024年工作计划\n一、2023年工作情况\n（一）稳运行。全年新增企业12家。\n二、2024年工作计划\n（一）强创新。新增高新技术企业10家。\n",
            good: "2023年工作总结及2024年工作计划\n一、2023年工作情况\n（一）稳运行。\n二、存在的问题\n（一）总量偏小。\n三、2024年工作计划\n（一）强创新。\n",
        },
    },
    check,
};

/// Phrases that discuss problems inside a paragraph of another section.
const IN_PASSING: &[&str] = &[
    "但还存在",
    "但仍存在",
    "但也存在",
    "仍然存在",
    "还存在一些",
    "存在的问题",
    "存在一些问题",
    "不足之处",
    "主要表现在",
    "短板弱项",
    "但仍然",
    "发展不足",
];

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let text = ctx.text;
    let outline = ctx.outline;
    let chosen = ctx.config.genre;
    for report in &outline.reports {
        let Some(genre) = chosen.or(report.head.genre) else {
            continue;
        };
        let Some(profile) = roles::profile(genre) else {
            continue;
        };
        let headings = &outline.headings[report.headings.clone()];
        if headings.is_empty() {
            continue;
        }
        // Top-level sections named by their theme (一、突出防疫发展两手抓)
        // are the summary's content: a summary is missing only when every
        // top-level section is something else.
        let top = headings.iter().map(|h| h.level).min().unwrap_or(1);
        let thematic = headings
            .iter()
            .any(|h| h.level == top && h.roles.is_empty());
        let has = |role: Role| {
            headings.iter().any(|h| {
                h.roles.contains(&role)
                    || (role == Role::Summary && h.roles.contains(&Role::Highlights))
            }) || (role == Role::Summary && thematic)
        };
        // Later parts are missing only from a report that is all there: a
        // paste cut off mid-sentence would have had them further on.
        // A part the genre states in a paragraph (a 政府工作报告's “我们也清醒
        // 看到……困难和问题”) is there when a sentence of the report says it.
        // The plan: from the first top-level heading of a plan (not a
        // review's （五）推进改革部署落地) to the report's end.
        let plan_at = headings
            .iter()
            .find(|h| h.level == top && h.roles.contains(&Role::Plan))
            .map(|h| h.marker.start)
            .or_else(|| {
                // A part titled by its theme that the calendar knows plans
                // (its text opens with 2026年是……).
                ctx.calendar
                    .report_at(report.range.start)?
                    .plan_start()
                    .and_then(|at| headings.iter().find(|h| h.section.start == at))
                    .map(|h| h.marker.start)
            });
        let in_paragraph = |role: Role| {
            role == Role::Problems && profile.in_paragraph.contains(&role) && {
                // The report's paragraphs, found by search: a paste of
                // many reports reads each paragraph once per report. The
                // problems are the review's: the plan's look at the world
                // (我们要看到困难问题和风险挑战) is not a shortcoming owned.
                let ps = &ctx.numbers.paragraphs;
                let first = ps.partition_point(|p| p.range.start < report.range.start);
                let end = plan_at.unwrap_or(report.range.end);
                ps[first..]
                    .iter()
                    .take_while(|p| p.range.end <= end)
                    .flat_map(|p| &p.sentences)
                    .any(|s| roles::acknowledges_problems(&text[s.clone()]))
            }
        };
        if genre == Genre::GovWork && report.ends_complete {
            if let Some(at) = plan_at {
                untargeted_plan(ctx, at..report.range.end, sink);
            }
        }
        let missing = profile
            .required
            .iter()
            .filter(|&&r| !has(r) && !in_paragraph(r))
            .filter(|&&r| r == Role::Summary || report.ends_complete);
        for &role in missing {
            // Where the section belongs: problems and plans go before the
            // first later section, a summary at the top.
            let anchor = match role {
                Role::Problems => headings
                    .iter()
                    .find(|h| h.roles.contains(&Role::Plan))
                    .or(headings.last()),
                Role::Plan => headings.last(),
                _ => headings.first(),
            };
            let Some(anchor) = anchor else { continue };
            let body = &text[report.range.clone()];
            let passing = (role == Role::Problems)
                .then(|| {
                    IN_PASSING
                        .iter()
                        .filter_map(|w| body.find(w).map(|i| (i, *w)))
                        .min_by_key(|(i, _)| *i)
                })
                .flatten();
            match passing {
                Some((i, w)) => {
                    let at = report.range.start + i;
                    // Counted from the report's first line: a paste of many
                    // reports is not counted from the top once per report.
                    let line = report.line + text[report.range.start..at].matches('\n').count();
                    sink.report_with(
                        at..at + w.len(),
                        format!(
                            "{}没有单独的“{}”部分，问题只在第{line}行的段落中顺带提及。建议单独成节，常用标题如{}。",
                            profile.label,
                            role.label(),
                            role.usual_titles()
                        ),
                        Severity::Info,
                    );
                }
                None => {
                    sink.report(
                        anchor.marker.start..anchor.text.end,
                        format!(
                            "{}缺少“{}”部分，应放在此节之前或附近，常用标题如{}。",
                            profile.label,
                            role.label(),
                            role.usual_titles()
                        ),
                    );
                }
            }
        }
    }
}

/// Words that state a year's main targets (今年经济社会发展的主要预期目标
/// 是：……); a heading of them (（一）主要预期目标) says them too.
const TARGETS_STATED: [&str; 6] = [
    "主要预期目标",
    "主要目标是",
    "主要目标为",
    "主要目标：",
    "预期目标是",
    "预期目标为",
];

/// The shortest plan, in characters, that states its main targets: a
/// 政府工作报告's plan runs to thousands.
const TARGETS_PLAN_CHARS: usize = 1000;

/// A 政府工作报告 plans a year under its main targets (经济增长5%左右，城镇
/// 调查失业率5.5%左右……): a complete plan with none lost its paragraph.
fn untargeted_plan(ctx: &Ctx<'_>, plan: std::ops::Range<usize>, sink: &mut Sink<'_>) {
    let body = &ctx.text[plan.clone()];
    if body.chars().count() < TARGETS_PLAN_CHARS || TARGETS_STATED.iter().any(|w| body.contains(w))
    {
        return;
    }
    let line_end = body.find('\n').map_or(plan.end, |n| plan.start + n);
    sink.report(
        plan.start..line_end,
        "政府工作报告的计划部分没有写出今年经济社会发展的主要预期目标（“今年经济社会发展的主要预期目标是：……”）：请核对这一段是否漏掉了。".to_owned(),
    );
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::tester::Tester;

    /// Four times `s`: a plan long enough to state its main targets.
    macro_rules! x4 {
        ($s:expr) => {
            concat!($s, $s, $s, $s)
        };
    }

    /// A plan of about 1,000 characters, with no main targets.
    macro_rules! long_plan {
        () => {
            x4!(x4!("抓好项目建设，确保新开工项目10个以上，推动产业转型升级和城乡融合发展，办好民生实事，持续优化营商环境，守住安全发展底线。\n"))
        };
    }

    #[test]
    fn rule() {
        Tester::new(&RULE)
            .pass([
                // Sections named by their theme are the summary's content.
                "2023年工作总结\n一、聚焦稳增长，工业经济稳中有进\n全年运行平稳。\n二、存在的问题\n总量偏小。\n",
                // Cut off mid-sentence or on a bare heading: the later parts
                // may follow.
                "2023年工作总结及2024年工作计划\n一、2023年工作情况\n（一）稳运行。全年新增企业12家。\n（二）强创新。\n",
                "2023年工作总结及2024年工作计划\n一、2023年工作情况\n（一）稳运行。全年新增企业12家，",
                "2023年工作總結及2024年工作計劃\n一、2023年工作情況\n（一）穩運行。全年新增企業12家，",
            "2023年工作總結及2024年工作計劃\n一、2023年工作情況\n二、存在問題\n三、2024年工作計劃\n",
            "一、工作总结\n全年新增企业12家。\n",
            "全年新增企业12家。",
            "述职报告\n一、主要工作\n二、下一步打算\n",
            // A government work report states its problems in a paragraph.
            "某县2024年政府工作报告\n各位代表：\n一、2023年工作回顾\n全年新增企业12家。在肯定成绩的同时，我们也清醒认识到，发展中还有不少困难和问题。\n二、2024年工作安排\n抓好项目建设，确保新开工项目10个以上。\n",
            "政府工作报告\n各位代表：\n一、2023年工作回顾\n全年新增企业12家。成绩固然可喜，短板也不容忽视。\n二、2024年工作安排\n抓好项目建设，确保新开工项目10个以上。\n",
            "政府工作报告\n各位代表：\n一、2023年工作回顾\n全年新增企业12家。发展中还存在不少困难和问题，主要是需求不足。\n二、2024年工作安排\n抓好项目建设，确保新开工项目10个以上。\n",

            // A government work report states its year's main targets.
                concat!(
                    "某县2026年政府工作报告\n各位代表：\n一、2025年工作回顾\n全年新增企业12家。我们也清醒看到，发展中还有不少困难和问题。\n二、2026年工作安排\n今年全县经济社会发展的主要预期目标是：地区生产总值增长6%左右，城镇调查失业率5.5%以内。\n",
                    long_plan!()
                ),
                // A short plan, or one cut off, may state them further on.
                "某县2026年政府工作报告\n各位代表：\n一、2025年工作回顾\n全年新增企业12家。我们也清醒看到，发展中还有不少困难和问题。\n二、2026年工作安排\n抓好项目建设。\n",
            ])
            .fail([
            "2023年工作总结及2024年工作计划\n一、2023年工作情况\n（一）稳运行。全年新增企业12家。\n二、2024年工作计划\n（一）强创新。新增高新技术企业10家。\n",
            "2022年工作总结\n一、2022年工作总结\n全年运行平稳，但还存在一些困难。\n二、2023年工作安排\n抓好项目建设，确保新开工项目10个。\n",
            "某县2024年政府工作报告\n各位代表：\n一、2023年工作回顾\n全年新增企业12家，解决群众急难问题300件。\n二、2024年工作安排\n抓好项目建设，确保新开工项目10个以上。\n",
            // Difficulties to be overcome are no shortcomings acknowledged.
            "某县2024年政府工作报告\n各位代表：\n一、2023年工作回顾\n全年新增企业12家。我们深刻认识到，团结奋斗是我们战胜一切困难的底气。\n二、2024年工作安排\n抓好项目建设，确保新开工项目10个以上。\n三、加强政府自身建设\n要拿出担当，直面问题、迎难而上，勇于迎挑战、解难题。\n",

            // A plan of a year with no main targets.
                concat!(
                    "某县2026年政府工作报告\n各位代表：\n一、2025年工作回顾\n全年新增企业12家。我们也清醒看到，发展中还有不少困难和问题。\n二、2026年工作安排\n",
                    long_plan!()
                ),
                // The plan's look at the world owns no shortcoming of the
                // county's: the review states none.
                concat!(
                    "某县2026年政府工作报告\n各位代表：\n一、2025年工作回顾\n全年新增企业12家。\n二、2026年工作安排\n今年全县经济社会发展的主要预期目标是：地区生产总值增长6%左右。我们要清醒看到外部环境的困难问题和风险挑战。\n",
                    long_plan!()
                ),
            ])
            .test_and_snapshot();
    }

    #[test]
    fn the_genre_can_be_chosen() {
        use crate::outline::Genre;
        use crate::{check, Config};
        let text = "述职报告\n一、主要工作\n全年完成各项工作任务，运行平稳。\n二、下一步打算\n抓好项目建设，确保全年目标完成。\n";
        let config = Config {
            genre: Some(Genre::SelfCheck),
            ..Config::default()
        };
        let report = check(text, &config);
        let found = report
            .findings
            .iter()
            .filter(|f| f.rule == "missing-section");
        assert_eq!(found.count(), 1);
    }
}
