//! `later-year-done`: the summary of year Y reports something done in a
//! later year — a sign of last year's text or a mistyped year.

use crate::finding::{Category, Severity};
use crate::outline::Role;
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use crate::text::years_within;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "later-year-done",
        category: Category::Time,
        severity: Severity::Warning,
        fix: FixAvailability::None,
        docs: Docs {
            what: "总结部分只能写报告年度及以前已经发生的事：2023年的工作总结里写“2024年已完成……”，要么是年份写错，要么是把别的年份的材料搬了进来。写计划、目标、预计的句子不算。",
            why: "年份错位会让整段内容失去可信度，审稿时很难发现，上报后却很容易被看出来。",
            bad: "2023年工作总结\n一、2023年工作情况\n2024年已完成技改项目12个。\n二、2024年工作计划\n",
            good: "2023年工作总结\n一、2023年工作情况\n全年完成技改项目12个，力争2024年再新增10个。\n二、2024年工作计划\n",
        },
    },
    check,
};

/// Words of completion, and words that make a sentence about the future.
const DONE: &[&str] = &["已", "完成", "实现", "建成", "达到", "获批", "通过认定"];
const FUTURE: &[&str] = &[
    "力争", "计划", "预计", "将", "目标", "争取", "确保", "谋划", "打算", "展望", "到20", "要",
    "拟", "准备", "有望", "即将", "明年",
];

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let text = ctx.text;
    let o = ctx.outline;
    for report in &o.reports {
        let Some(year) = report.head.year else {
            continue;
        };
        let hs = &o.headings[report.headings.clone()];
        for (k, h) in hs.iter().enumerate() {
            if h.level != 1
                || !(h.roles.contains(&Role::Summary) || h.roles.contains(&Role::Highlights))
                || h.roles.contains(&Role::Plan)
            {
                continue;
            }
            // The section: to the next top-level heading.
            let end = hs[k + 1..]
                .iter()
                .find(|n| n.level <= h.level)
                .map_or(report.range.end, |n| n.marker.start);
            let section = h.text.end..end;
            // Cheapest test first: most sections name no later year (years
            // start with digits, which are marks).
            let later: Vec<_> = years_within(text, ctx.marks, section.clone())
                .into_iter()
                .filter(|(y, _)| (year + 1..year + 4).contains(y))
                .collect();
            if later.is_empty() {
                continue;
            }
            // The year and the word of completion must stand in the same
            // clause: each clause ends just after one of these marks.
            let ends: Vec<usize> = ctx
                .marks
                .within(section.clone())
                .iter()
                .filter(|(_, c)| matches!(c, '。' | '；' | '\n' | '，' | ',' | ';'))
                .map(|&(i, c)| i + c.len_utf8())
                .collect();
            for (y, r) in later {
                let k = ends.partition_point(|&e| e <= r.start);
                let from = k.checked_sub(1).map_or(section.start, |j| ends[j]);
                let clause = &text[from..ends.get(k).copied().unwrap_or(section.end)];
                if FUTURE.iter().any(|w| clause.contains(w))
                    || !DONE.iter().any(|w| clause.contains(w))
                {
                    continue;
                }
                sink.report(
                    r,
                    format!("这是{year}年工作总结的内容，却写到{y}年已经完成的事：请核对年份，或把这句移到计划部分并改写为目标。"),
                );
            }
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
            "2023年工作总结\n一、2023年工作情况\n全年完成项目12个，力争2024年再新增10个。\n2022年已完成一期工程。\n",
            "2023年工作总結\n一、2023年工作情況\n預計2024年建成投產。\n",
            "2023年工作總結\n一、2023年工作情況\n目前已到位部分資金,擬于2024年分步完成改制。\n",
            ])
            .fail([
            "2023年工作总结\n一、2023年工作情况\n2024年已完成技改项目12个。\n二、2024年工作计划\n2024年完成技改项目15个。\n",
            ])
            .test_and_snapshot();
    }

    #[test]
    fn the_settings_year_serves_a_report_whose_title_names_none() {
        let text = "县科技局工作总结\n一、工作情况\n2025年已完成技改项目12个。\n";
        let fired = |year: Option<u32>| {
            let config = crate::Config {
                year,
                ..crate::Config::default()
            };
            crate::check(text, &config)
                .findings
                .iter()
                .filter(|f| f.rule == "later-year-done")
                .count()
        };
        assert_eq!(fired(None), 0);
        assert_eq!(fired(Some(2024)), 1);
        assert_eq!(fired(Some(2025)), 0);
        // A year in the title wins over the settings'.
        let titled = text.replacen("县科技局", "县科技局2025年", 1);
        let config = crate::Config {
            year: Some(2024),
            ..crate::Config::default()
        };
        let report = crate::check(&titled, &config);
        assert!(report.findings.iter().all(|f| f.rule != "later-year-done"));
    }
}
