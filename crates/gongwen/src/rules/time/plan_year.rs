//! `plan-year`: the plan is not for the year after the summary — “2023年工作
//! 总结及2023年工作计划”, or a plan section headed with the wrong year.

use crate::finding::{Category, Severity};
use crate::outline::{plans_its_year, Role};
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use crate::text::years;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "plan-year",
        title: "计划年度与报告年度不衔接",
        category: Category::Time,
        severity: Severity::Error,
        fix: FixAvailability::None,
        docs: Docs {
            what: "报告年度（标题中的第一个年份）与计划年度必须衔接：总结2023年，计划应是2024年；总结部分的标题不能写成别的年份，计划部分的标题应是下一年；“X年计划执行情况与Y年计划草案”中Y应为X＋1；开头一段说要总结的年份（“现将2019年工作总结如下”）也应是报告年度。",
            why: "照搬上一年材料时最容易漏改年份，年份错位的报告一眼就会被看出是旧稿改的。",
            bad: "2023年工作总结及2023年工作计划\n一、2023年工作情况\n二、存在问题\n三、2023年工作计划\n",
            good: "2023年工作总结及2024年工作计划\n一、2023年工作情况\n二、存在问题\n三、2024年工作计划\n",
        },
    },
    check,
};

/// Words joining a year's execution to the next year's plan, as a 计划
/// report names both (“2022年国民经济和社会发展计划执行情况与2023年……计划
/// 草案”). Each is found by a plain substring search: an automaton over
/// the whole text costs several times more on Chinese.
const EXECUTED_THEN_PLANNED: [&str; 3] = ["执行情况与", "执行情况和", "完成情况与"];

/// “X年计划执行情况与Y年计划草案”: the plan submitted with a year's
/// execution is the next year's.
fn executed_then_planned(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let text = ctx.text;
    for word in EXECUTED_THEN_PLANNED {
        for (at, _) in text.match_indices(word) {
            let Some(clause) = ctx.marks.layout().clause_at(text, at) else {
                continue;
            };
            let before = years(&text[clause.start..at]);
            let after = years(&text[at + word.len()..clause.end]);
            let (Some((x, _)), Some((y, r))) = (before.last(), after.first()) else {
                continue;
            };
            // The plan's year follows the word (与2023年…): nothing before it.
            if r.start > 3 || *y == x + 1 {
                continue;
            }
            let at = at + word.len() + r.start..at + word.len() + r.end;
            sink.report(
                at,
                format!(
                    "与{x}年计划执行情况一起提交的，应是{}年的计划草案，这里写作{y}年，请核对。",
                    x + 1
                ),
            );
        }
    }
}

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    executed_then_planned(ctx, sink);
    let text = ctx.text;
    let outline = ctx.outline;
    for report in &outline.reports {
        let Some(year) = report.head.year else {
            continue;
        };
        let Some(title) = report.head.year_range.clone() else {
            continue;
        };
        // The title: “2023年总结及2023年计划”.
        let title_line_end = text[title.start..]
            .find('\n')
            .map_or(text.len(), |i| title.start + i);
        let title_text = &text[title.start..title_line_end];
        // A half-year summary plans for the second half of the same year.
        let half = title_text.contains("上半年");
        if !half
            && title_text.matches(&format!("{year}年")).count() >= 2
            && ["计划", "谋划", "打算", "思路", "安排"]
                .iter()
                .any(|w| title_text.contains(w))
        {
            sink.report(
                title.clone(),
                format!(
                    "标题中总结和计划都写成了{year}年：计划应为{}年，请核对。",
                    year + 1
                ),
            );
        }
        // A dateline the headings contradict.
        if let (Some(at), Some(plan)) = (report.head.misdated.clone(), report.head.plan_year) {
            let said = sink.quote(at.clone());
            sink.report(
                at,
                format!("题注日期写作{said}，而标题和各部分回顾的是{year}年、计划的是{plan}年：报告应作于{plan}年，请核对日期。"),
            );
        }
        // The opening paragraph names the year summed up (“2020年，我局…”
        // in a 2021 summary is last year's opening).
        if let Some(opening) = report.head.opening.clone() {
            let found = years(&text[opening.clone()]);
            let first = found.first().cloned();
            if let Some((y, at)) = first.filter(|(y, at)| at.start == 0 && *y != year) {
                sink.report(
                    opening.start + at.start..opening.start + at.end,
                    format!("本报告总结的是{year}年，开头一段却从{y}年写起，请核对。"),
                )
                .with_related(title.clone(), "报告年度".to_owned());
            } else if let Some((y, at, plan)) = found.into_iter().find_map(|(y, at)| {
                // “现将2019年工作总结如下” in the summary of 2020; a plan
                // announced for a year before it (2022年下半年工作打算).
                let plan = announces(&text[opening.clone()], &at)?;
                let wrong = if plan { y < year } else { y != year };
                wrong.then_some((y, at, plan))
            }) {
                let what = if plan { "计划" } else { "总结" };
                sink.report(
                    opening.start + at.start..opening.start + at.end,
                    format!("本报告总结的是{year}年，开头却说要{what}{y}年的工作，请核对。"),
                )
                .with_related(title.clone(), "报告年度".to_owned());
            }
        }
        // Numbered headings, and section titles without a number (not the
        // report's own title) that name one part.
        let titles = outline
            .titles_in(report)
            .filter(|(_, roles)| roles.len() == 1);
        let parts = outline.headings[report.headings.clone()]
            .iter()
            .map(|h| (h.text.clone(), h.roles.as_slice()))
            .chain(titles);
        for (range, roles) in parts {
            let heading = &text[range.clone()];
            if half && roles.contains(&Role::Plan) {
                if let Some(i) = heading.find("上半年") {
                    let at = range.start + i;
                    sink.report(
                        at..at + "上半年".len(),
                        "这是上半年工作总结，计划部分应针对下半年，标题却写作“上半年”，请核对。"
                            .to_owned(),
                    );
                }
            }
            let Some((y, at)) = years(heading).into_iter().next() else {
                continue;
            };
            let expected = if roles.contains(&Role::Plan) {
                match report.head.plan_year {
                    Some(plan) => plan,
                    None if half => year,
                    None => year + 1,
                }
            } else if roles.contains(&Role::Summary) {
                // “2026年主要工作” in a government work report is its plan.
                if plans_its_year(heading, report.head.genre, report.head.plan_year) {
                    continue;
                }
                year
            } else {
                continue;
            };
            if y != expected {
                let what = if roles.contains(&Role::Plan) {
                    "计划"
                } else {
                    "总结"
                };
                sink.report(
                    range.start + at.start..range.start + at.end,
                    format!(
                        "本报告{what}的是{expected}年，这一{what}部分的标题却写作{y}年，请核对。"
                    ),
                )
                .with_related(title.clone(), "报告年度".to_owned());
            }
        }
    }
}

/// Words that announce what a report sums up (现将……总结如下; 就……进行
/// 总结汇报), closing the clause of the year they announce.
const ANNOUNCE: [&str; 7] = [
    "总结如下",
    "报告如下",
    "汇报如下",
    "进行总结",
    "总结汇报",
    "作如下总结",
    "情况如下",
];

/// Whether the year at `at` of the opening `opening` is one its clause
/// announces (现将/就 before it, an announcing word closing the clause),
/// and whether as the year planned (its words name a plan: 2024年工作打算)
/// or summed up.
fn announces(opening: &str, at: &std::ops::Range<usize>) -> Option<bool> {
    const BREAKS: [char; 7] = ['，', ',', '。', '；', ';', '：', ':'];
    let start = opening[..at.start].rfind(BREAKS).map_or(0, |k| {
        k + opening[k..].chars().next().map_or(1, char::len_utf8)
    });
    let end = opening[at.end..]
        .find(BREAKS)
        .map_or(opening.len(), |k| at.end + k);
    let lead = &opening[start..at.start];
    let rest = &opening[at.end..end];
    let announced = (lead.contains("现将") || lead.starts_with('就') || lead.contains("现就"))
        && ANNOUNCE.iter().any(|w| rest.contains(w));
    if !announced {
        return None;
    }
    // The year's own words: up to the next year or the announcing word.
    let own = rest
        .find(|c: char| c.is_ascii_digit())
        .map_or(rest, |k| &rest[..k]);
    Some(
        ["打算", "计划", "思路", "安排", "谋划"]
            .iter()
            .any(|w| own.contains(w)),
    )
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::tester::Tester;

    #[test]
    fn rule() {
        Tester::new(&RULE)
            .pass([
                "县科技局2020年工作总结暨2021年工作计划\n过去一年，我局围绕中心、服务大局，科技创新工作取得新进展，企业研发投入持续增长，创新平台建设迈出新步伐。现将2020年工作总结和2021年工作计划报告如下：\n一、主要工作\n全年完成各项任务。\n",

                "县科技局2020年工作总结\n过去一年，我局围绕中心、服务大局，科技创新工作取得新进展，企业研发投入持续增长，创新平台建设迈出新步伐。现将2020年我局工作总结如下：\n一、主要工作\n全年完成各项任务。\n",
                "县科技局2020年工作总结\n过去一年，对照2019年确定的目标，我局围绕中心、服务大局，科技创新工作取得新进展，企业研发投入持续增长。现将全年工作总结如下：\n一、主要工作\n全年完成各项任务。\n",

                // A speech at the meeting named for the year it plans.
                "县工信局局长在2031年县委经济工作务虚会上的发言\n一、2030年1-11月工作完成情况\n全年新增企业12家。\n二、2031年工作计划\n抓好项目。\n",
                "政府工作报告\n\n  ——2026年1月20日在某县第十八届人民代表大会第五次会议上\n\n  各位代表：\n\n  一、2025年工作回顾\n\n  2025年，是极不平凡的一年。我们坚持稳中求进。\n",
                "下面报告全区2022年经济社会发展计划执行情况与2023年计划草案，请予审议。\n",
                "某县2026年政府工作报告\n——2026年1月27日在某县第五届人民代表大会第五次会议上\n各位代表：\n一、2025年工作回顾\n二、2026年工作安排\n",
                "某县2026年政府工作报告\n各位代表：\n五年来主要成绩和2025年工作回顾\n全年增长5%，新增企业12家，成效明显。\n",
                "2021年工作总结\n2021年，我局坚持稳中求进，各项工作取得新成效，现将有关情况报告如下。\n一、2021年工作情况\n",
                // Only the plan year in the title: the summary is of the year before.
                "农业农村局工作总结及2021年工作计划\n一、2020年工作回顾\n二、2021年工作计划\n",
                // A government work report reviews the year before the one it names.
                "某县2023年政府工作报告\n各位代表：\n一、2022年工作回顾\n二、2023年工作安排\n",
                "某縣2023年政府工作報告\n一、2022年工作回顧\n二、2023年工作安排\n",
                // No year in the title: the dateline under it tells.
                "政府工作报告\n——2024年1月20日在某县第五届人民代表大会第三次会议上\n各位代表：\n一、2023年工作回顾\n二、2024年主要工作\n",
            "2023年上半年工作总结及下半年工作计划\n一、上半年工作情况\n二、2023年下半年工作计划\n",
            "2023年工作总结及2024年工作谋划\n一、2023年工作情况\n二、2024年工作谋划\n",
            "一、2023年工作情况\n二、2023年工作计划\n",
            ])
            .fail([
                "县经信局2023年上半年工作总结及下半年工作思路\n上半年，我局紧扣全年目标，狠抓项目建设和企业服务，各项工作稳步推进，现将我局2023年上半年工作开展情况及2022年下半年工作思路报告如下：\n一、主要指标\n完成各项任务。\n",

                // The opening announces another year's summary.
                "县科技局2020年工作总结\n过去一年，我局围绕中心、服务大局，科技创新工作取得新进展，企业研发投入持续增长，创新平台建设迈出新步伐。现将2019年我局工作总结如下：\n一、主要工作\n全年完成各项任务。\n",
                "全县2024年第一季度重大项目工作总结\n尊敬的各位领导：\n下面，我受局党组委托，就全县2023年一季度重点项目推进情况作总结汇报，不当之处请批评指正。\n一、总体情况\n一季度完成投资10亿元。\n",
                "縣科技局2020年工作總結\n過去一年，我局圍繞中心、服務大局，科技創新工作取得新進展，企業研發投入持續增長，創新平臺建設邁出新步伐。現將2019年我局工作總結如下：\n一、主要工作\n全年完成各項任務。\n",

                // A review heading the dateline and its opening sentence
                // both contradict.
                "政府工作报告\n\n  ——2026年1月20日在某县第十八届人民代表大会第五次会议上\n\n  各位代表：\n\n  一、2024年工作回顾\n\n  2025年，是极不平凡的一年。我们坚持稳中求进。\n",
                // Under a site's tag, the title is still the title.
                "【www.example.com--工作总结】\n青溪县科技局2030年工作总结及2030年工作打算\n",
                "2021年工作总结\n2020年，我局坚持稳中求进，各项工作取得新成效，现将有关情况报告如下。\n一、2021年工作情况\n",
                "农业农村局工作总结及2021年工作计划\n一、2021年工作回顾\n二、2021年工作计划\n",
                "某县2023年政府工作报告\n一、2023年工作回顾\n二、2023年工作安排\n",
                "政府工作报告\n（二〇二四年一月二十日在某县第五届人民代表大会第三次会议上）\n各位代表：\n一、2022年工作回顾\n二、2024年主要工作\n",
                "政府工作报告\n——2023年1月20日在某县第五届人民代表大会第三次会议上\n各位代表：\n一、2023年工作回顾\n二、2024年工作安排\n",
                "某县2026年政府工作报告\n各位代表：\n“十四五”时期发展成就和2024年工作回顾\n全年增长5%，新增企业12家，成效明显。\n",
                "下载\n打印\n2024年某县政府工作报告\n来源：某县融媒体中心\n时间：2024-01-25\n各位代表：\n一、2024年工作回顾\n二、2024年工作安排\n",
            "2023年上半年工作总结\n一、上半年工作情况\n二、上半年工作计划\n",
            "2023年工作总结及2023年工作计划\n一、2023年工作情况\n二、存在问题\n三、2023年工作计划\n",
            "2024年工作总结\n一、2023年工作情况\n",
            "某县2026年政府工作报告\n——2025年1月27日在某县第五届人民代表大会第五次会议上\n各位代表：\n一、2025年工作回顾\n二、2026年工作安排\n",
            "下面报告全区2022年经济社会发展计划执行情况与2022年计划草案，请予审议。\n",
            ])
            .test_and_snapshot();
    }
}
